"""A student on a 390 px phone: joins the demo class, reads the story, answers every kind of
question (tapping words included), sees feedback with highlights, the summary with the claims map,
and their progress page. Screenshots go to /tmp/shots/students/ (and a few to docs/screenshots/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from e2e_kit import (
    SCREENSHOTS,
    assert_accessible,
    assert_no_problems,
    join,
    shoot,
    unique_nickname,
)
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/shots/students")
TITLE = "E2E reading walk"


def snap(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")


@pytest.fixture(scope="module")
def walk_assignment(live_server) -> dict:
    """A quiz of one approved question of each kind from the demo stories, asking confidence."""
    from quiz.db import db
    from quiz.models import Assignment, Question, QuestionSet, QuestionStatus, SetItem

    with live_server.app.app_context():
        rows = db.session.scalars(
            sa.select(Question)
            .where(Question.owner_id == live_server.teacher_id)
            .order_by(Question.story_id, Question.engine_id)
        ).all()
        first_story = rows[0].story_id
        picked: dict[str, Question] = {}
        for q in rows:  # prefer the first story, so the quiz reads one story where it can
            if q.kind not in picked or (
                picked[q.kind].story_id != first_story and q.story_id == first_story
            ):
                picked[q.kind] = q
        questions = list(picked.values())
        for q in questions:
            q.status = QuestionStatus.APPROVED
        qset = QuestionSet(owner_id=live_server.teacher_id, title=TITLE, settings={"confidence": 3})
        qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(questions)]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=live_server.class_id, set_id=qset.id, title=TITLE)
        db.session.add(assignment)
        db.session.commit()
        return {
            "id": assignment.id,
            "kinds": {q.id: q.kind for q in questions},
            "answers": {q.id: q.answer for q in questions},
        }


def no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{page.url} scrolls sideways on a phone ({width}px)"


def test_a_student_reads_answers_every_kind_and_sees_the_claims_map(
    phone, live_server, walk_assignment
):
    page = phone
    join(page, live_server, unique_nickname("Reader"))
    page.goto(live_server.path("/"))
    page.get_by_role("listitem").filter(has_text=TITLE).get_by_role("link").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Read the story first")
    assert page.locator("mark").count() == 0, "the reading text marks nothing"
    assert page.locator("article.story-read p").count() >= 5
    no_sideways_scroll(page)
    assert_accessible(page)
    snap(page, "e2e-01-read")
    page.get_by_role("link", name="Start the questions").click()

    seen: set[str] = set()
    step = 0
    while "/q/" in page.url:
        step += 1
        qid = int(re.search(r"/q/(\d+)", page.url).group(1))
        kind = walk_assignment["kinds"][qid]
        expect(page.locator("section.passage")).to_be_visible()
        assert page.locator("mark").count() == 0, "nothing marked before answering"
        no_sideways_scroll(page)
        if kind not in seen:
            snap(page, f"e2e-{step:02d}-question-{kind}")
        if kind == "spot_the_cue":
            for index in walk_assignment["answers"][qid]:  # tap the words, as a finger would
                page.locator(f"label[for=w{index}]").tap()
            assert page.locator("input[name=choice]:checked").count() == len(
                walk_assignment["answers"][qid]
            )
        else:
            page.locator(".choices:not(.confidence) label").first.tap()
        page.locator(".confidence label").nth(2).tap()
        if step == 1:
            assert_accessible(page)
            shoot(page, "student-question-phone")
        page.get_by_role("button", name="Check my answer").tap()

        verdict = page.locator("#verdict")
        expect(verdict).to_contain_text(re.compile("Right!|Not quite."))
        assert page.locator("form input[name=question_id]").count() == 0
        if kind == "spot_the_cue":
            expect(page.locator("mark.word-mine").first).to_be_visible()
            expect(page.locator("mark.word-right").first).to_be_visible()
        if page.locator("mark.hl-cue").count():
            expect(page.locator("mark.hl-cue .visually-hidden").first).to_have_text("Cue:")
        if kind not in seen:
            snap(page, f"e2e-{step:02d}-feedback-{kind}")
        if step == 1:  # back shows what the address names: this question's feedback, not a form
            page.go_back()
            expect(page.locator("#verdict")).to_be_visible()
            assert page.locator("input[name=question_id]").count() == 0
            page.go_forward()
            assert_accessible(page)
            shoot(page, "student-feedback-phone")
        seen.add(kind)
        no_sideways_scroll(page)
        page.locator("a.button", has_text=re.compile("Next question|See how you did")).click()

    assert seen == set(walk_assignment["kinds"].values()), "every kind was answered"
    expect(page.get_by_role("heading", name="Skill by skill")).to_be_visible()
    expect(page.get_by_text("How sure you were")).to_be_visible()
    assert page.locator("ol.reviews > li").count() == len(walk_assignment["kinds"])
    expect(page.locator(".claims-map").first).to_be_visible()
    assert page.locator("mark.claim").count() > 0
    no_sideways_scroll(page)
    assert_accessible(page)
    snap(page, "e2e-90-summary")
    claims_map = page.locator(".claims-map").first
    claims_map.screenshot(path=str(SHOTS / "e2e-91-claims-map.png"))
    skills = page.locator("section.card").nth(1)
    skills.screenshot(path=str(SCREENSHOTS / "student-skills-phone.png"))

    page.get_by_role("link", name="My progress").first.click()
    expect(page.get_by_role("heading", name="My progress")).to_be_visible()
    expect(page.locator("svg.progress-chart").first).to_be_visible()
    no_sideways_scroll(page)
    assert_accessible(page)
    assert_no_problems(page)
    snap(page, "e2e-95-progress")
