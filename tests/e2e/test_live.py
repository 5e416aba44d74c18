"""A live game in real browsers: the teacher hosts, two students play on phones, and the projector
display follows lobby → questions → reveals → podium without ever reloading.

Screenshots go to /tmp/shots/live/ (and docs/screenshots/ through ``shoot``).
"""

from __future__ import annotations

import re
from pathlib import Path

from e2e_kit import assert_accessible, assert_no_problems, join, shoot, sign_in, unique_nickname
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/shots/live")
QUESTIONS = [
    ("Fact or claim: 'The mayor said the vote was fair.'", ["Fact", "Claim"], 1,
     "The outlet reports what the mayor said: a claim.", "The mayor said the vote was fair."),
    ("Who said the vote was fair?", ["The mayor", "The council", "The police"], 0,
     "'said' follows the mayor.", "The mayor said the vote was fair."),
]  # fmt: skip


def snap(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")
    shoot(page, f"live-{name}")


def live_assignment(server) -> int:
    """A live assignment of two questions for the demo class (stored directly)."""
    from quiz.db import db
    from quiz.models import Assignment, Mode, Question, QuestionSet, QuestionStatus, SetItem

    with server.app.app_context():
        qset = QuestionSet(owner_id=server.teacher_id, title="Live quiz", settings={})
        db.session.add(qset)
        db.session.flush()
        for i, (prompt, options, answer, why, text) in enumerate(QUESTIONS):
            q = Question(
                owner_id=server.teacher_id, kind="fact_or_claim" if i == 0 else "who_said",
                skill="Fact or claim" if i == 0 else "Attribution", prompt=prompt,
                options=options, answer=answer, explanation=why,
                evidence={"line": 1, "text": text}, status=QuestionStatus.APPROVED,
            )  # fmt: skip
            db.session.add(q)
            db.session.flush()
            db.session.add(SetItem(set_id=qset.id, question_id=q.id, position=i))
        row = Assignment(class_id=server.class_id, set_id=qset.id, mode=Mode.LIVE)
        db.session.add(row)
        db.session.commit()
        return row.id


def test_a_live_game_for_two_students_on_the_projector(desktop, new_page, live_server):
    assignment_id = live_assignment(live_server)
    teacher = desktop
    sign_in(teacher, live_server)

    # The projector link, from the class board.
    teacher.goto(live_server.path(f"/boards/classes/{live_server.class_id}"))
    teacher.get_by_role("button", name=re.compile("display link")).first.click()
    display_url = teacher.locator("a.display-link").get_attribute("href")
    snap(teacher, "teacher-board")

    # The lobby.
    teacher.goto(live_server.path("/live"))
    teacher.get_by_role("button", name="Open the lobby").last.click()
    expect(teacher.get_by_role("button", name="Start the game")).to_be_visible()

    projector = new_page("desktop")
    projector.goto(display_url)
    projector.evaluate("window.__notReloaded = true")
    expect(projector.locator("#stage")).to_contain_text("Waiting for players")
    expect(projector.locator(".code")).to_contain_text(live_server.join_code)
    assert projector.locator(".qr svg").count() == 1
    assert_accessible(projector)

    names = [unique_nickname("Ada"), unique_nickname("Bo")]
    phones = []
    for name in names:
        phone = new_page("phone")
        join(phone, live_server, name)
        phone.goto(live_server.path(f"/play/{assignment_id}"))  # the self-paced door redirects
        expect(phone).to_have_url(re.compile(f"/live/play/{assignment_id}$"))
        phones.append(phone)
    for name in names:  # the names appear on the projector without a reload
        expect(projector.locator("#stage")).to_contain_text(name, timeout=5000)
    snap(projector, "1-lobby")
    snap(phones[0], "phone-lobby")

    for number, (prompt, options, answer, why, _) in enumerate(QUESTIONS):
        teacher.get_by_role(
            "button", name="Start the game" if number == 0 else "Next question"
        ).click()
        expect(projector.locator("#stage")).to_contain_text(prompt, timeout=3000)
        for i, phone in enumerate(phones):
            expect(phone.locator("#stage")).to_contain_text(prompt, timeout=3000)
            pick = answer if i == 0 else (answer + 1) % len(options)
            phone.locator("#stage label").nth(pick).click()
            phone.get_by_role("button", name="Send my answer").click()
            expect(phone.locator("#stage")).to_contain_text("Answer recorded")
        if number == 0:
            snap(projector, "2-question")
            snap(phones[0], "phone-question")
            assert_accessible(phones[0])
        teacher.get_by_role("button", name="Show the answers").click()
        expect(projector.locator("#stage")).to_contain_text("right answer", timeout=3000)
        expect(projector.locator("#stage")).to_contain_text(why)
        expect(phones[0].locator(".verdict")).to_have_text("Right!", timeout=3000)
        expect(phones[1].locator(".verdict")).to_have_text("Not this time.")
        if number == 0:
            snap(projector, "3-reveal")
            snap(phones[0], "phone-reveal")

    teacher.get_by_role("button", name="Show the podium").click()
    expect(projector.locator(".podium")).to_contain_text(names[0], timeout=3000)
    expect(projector.locator("#stage")).to_contain_text("The class by skill")
    expect(phones[0].locator(".mine-rank")).to_contain_text("number 1 of 2")
    snap(projector, "4-podium")
    snap(phones[1], "phone-podium")
    assert projector.evaluate("window.__notReloaded") is True  # followed it all without reload
    assert_accessible(projector)
    for page in (projector, *phones, teacher):
        assert_no_problems(page)
