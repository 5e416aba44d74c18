"""A denial of an accusation made paragraphs before, in a real browser: the teacher pastes a story
whose company "rejected the accusations" five paragraphs after a union organiser made them; the
engine asks who rejected the accusations made by the organiser, with both sentences as its
evidence (``earlier_span``). The student, on a phone, sees both paragraphs as the question's
passage (the accusation first, the paragraphs between left out and marked as such) and, after
answering, both sentences as the evidence. Screenshots go to /tmp/shots/earlier/."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from e2e_kit import assert_accessible, assert_no_problems, join, shoot, sign_in, unique_nickname
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/shots/earlier")
TITLE = "Dam workers walk out over safety"
ACCUSATION = (
    "Union organiser Lida Varga accused the Korvath Power company of ignoring cracks in the "
    "Brenna dam wall for two years."
)
DENIAL = "Korvath Power rejected the accusations as false."
STORY = "\n\n".join(
    [
        TITLE,
        f"BRENNA, Moravel (AP) — {ACCUSATION}",
        "About 300 workers stopped work at the dam on Monday morning.",
        "Engineer Paval Rusk said the night shift had been sent home early.",
        "The dam supplies electricity to about 40,000 homes in the valley.",
        "Mayor Hana Seld said the town council would meet on Wednesday.",
        DENIAL,
    ]
)
BETWEEN = "About 300 workers stopped work at the dam on Monday morning."


def snap(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")


def _assign_only_the_denial(server, story_id: int) -> int:
    """A quiz of the story's one who_denied question, approved, assigned to the demo class."""
    from quiz.db import db
    from quiz.models import Assignment, Question, QuestionSet, QuestionStatus, SetItem

    with server.app.app_context():
        denial = db.session.scalars(
            sa.select(Question).where(Question.story_id == story_id, Question.kind == "who_denied")
        ).one()
        assert denial.evidence.get("earlier_text") == ACCUSATION
        denial.status = QuestionStatus.APPROVED
        qset = QuestionSet(owner_id=server.teacher_id, title="E2E earlier accusation")
        qset.items = [SetItem(question_id=denial.id, position=0)]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=server.class_id, set_id=qset.id, title="E2E denial")
        db.session.add(assignment)
        db.session.commit()
        return assignment.id


def test_a_denial_of_an_earlier_accusation_shows_both_passages(new_page, live_server):
    teacher = new_page("desktop")
    sign_in(teacher, live_server)
    teacher.goto(live_server.path("/teach/stories/new"))
    teacher.get_by_label("Story text").fill(STORY)
    teacher.get_by_role("button", name="Add story").click()
    expect(teacher).to_have_url(re.compile(r"/teach/stories/\d+$"))
    expect(teacher.get_by_text("who rejected the accusations made by Lida Varga")).to_be_visible()
    story_id = int(teacher.url.rsplit("/", 1)[1])
    assignment_id = _assign_only_the_denial(live_server, story_id)

    phone = new_page("phone")
    join(phone, live_server, unique_nickname("Denial"))
    phone.goto(live_server.path(f"/play/{assignment_id}/read"))
    phone.get_by_role("link", name="Start the questions").click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text(
        "who rejected the accusations made by Lida Varga"
    )
    passage = phone.locator("section.passage")
    paragraphs = passage.locator("p:not(.more):not(.gap)")
    expect(paragraphs).to_have_count(2)
    expect(paragraphs.nth(0)).to_contain_text(ACCUSATION)
    expect(paragraphs.nth(1)).to_have_text(DENIAL)
    expect(passage).not_to_contain_text(BETWEEN)
    expect(passage.locator(".gap")).to_have_count(1)  # the paragraphs between, left out
    assert_accessible(phone)
    snap(phone, "question")

    phone.get_by_label("Korvath Power").check()
    phone.get_by_role("button", name="Check my answer").click()
    expect(phone.locator("#verdict")).to_contain_text("Right!")
    quote = phone.locator("figure.evidence blockquote")
    expect(quote).to_contain_text(ACCUSATION)
    # the denial with its source and cue marked (a screen reader hears "Source:", "Cue:" first)
    expect(quote.locator("mark.hl-source")).to_have_text(re.compile(r"Source:\s*Korvath Power$"))
    expect(quote.locator("mark.hl-cue")).to_have_text(re.compile(r"Cue:\s*rejected$"))
    text = quote.inner_text()
    assert text.index(ACCUSATION) < text.index(" … ") < text.index("the accusations as false.")
    assert_accessible(phone)
    assert_no_problems(phone)
    snap(phone, "feedback")
    shoot(phone, "student-feedback-earlier-accusation")
