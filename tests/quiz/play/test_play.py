"""The classroom loop in the browser: a teacher assigns a story's quiz, a student plays it once,
the teacher reads the results."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Attempt, QuestionStatus, Story


@pytest.fixture
def story_id(teacher, make_story, question_fields):
    """A story of the teacher with two approved questions and one draft."""
    who_said, fact_or_claim = question_fields
    evidence = {"line": 1, "span": [0, 42], "text": "The council approved the budget on Monday."}
    approved = {"status": QuestionStatus.APPROVED, "evidence": evidence}
    story, _ = make_story(
        teacher,
        who_said | approved | {"answer": 1, "explanation": "The council said it."},
        fact_or_claim | approved,
        fact_or_claim | {"prompt": "A draft?", "explanation": "Draft."},
    )
    return story


def assign(client, auth, csrf, story_id, classroom) -> int:
    auth.login()
    token = csrf(client, f"/teach/stories/{story_id}")
    response = client.post(
        f"/teach/stories/{story_id}/assign", data={"csrf_token": token, "class_id": classroom}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    auth.logout()
    return int(response.headers["Location"].rsplit("/", 1)[1])


def question_id(page: str) -> int:
    return int(re.search(r'name="question_id" value="(\d+)"', page).group(1))


def next_page(client, assignment: int) -> str:
    """The page of the student's next question: from the quiz's address, past the story."""
    page = client.get(f"/play/{assignment}", follow_redirects=True).get_data(as_text=True)
    start = re.search(r'href="(/play/\d+/q/\d+)"', page)
    if 'name="question_id"' not in page and start:
        page = client.get(start.group(1)).get_data(as_text=True)
    return page


def test_teacher_assigns_only_approved_questions(app, client, auth, csrf, story_id, classroom):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.login()
    page = client.get(f"/teach/assignments/{assignment}").get_data(as_text=True)
    assert "Who said the budget was fair?" in page and "A draft?" not in page
    assert "No students in this class yet" in page


def test_a_story_with_no_approved_question_is_not_assigned(
    app, client, auth, csrf, teacher, classroom
):
    with app.app_context():
        story = Story(
            owner_id=teacher,
            title="Empty",
            text="Nothing.\n",
            text_hash=Story.hash_text("Nothing.\n"),
        )
        db.session.add(story)
        db.session.commit()
        sid = story.id
    auth.login()
    token = csrf(client, f"/teach/stories/{sid}")
    response = client.post(
        f"/teach/stories/{sid}/assign", data={"csrf_token": token, "class_id": classroom}
    )
    assert response.status_code == 302
    assert "Approve at least one question" in client.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_student_plays_gets_feedback_and_a_summary(app, client, auth, csrf, story_id, classroom):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.join(nickname="Sam")
    home = client.get("/").get_data(as_text=True)
    assert "Budget" in home and "0 of 2 answered" in home
    page = next_page(client, assignment)
    first = question_id(page)
    token = csrf(client, "/")
    response = client.post(
        f"/play/{assignment}/answer",
        data={"csrf_token": token, "question_id": first, "choice": "1"},
    )
    assert response.headers["Location"] == f"/play/{assignment}/q/{first}"
    feedback = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Right!" in feedback and "The council said it." in feedback
    assert "The council approved the budget on Monday." in feedback
    page = next_page(client, assignment)
    second = question_id(page)
    assert second != first
    token = csrf(client, "/")
    response = client.post(
        f"/play/{assignment}/answer",
        data={"csrf_token": token, "question_id": second, "choice": "1"},
    )
    assert "Not quite." in client.get(response.headers["Location"]).get_data(as_text=True)
    summary = client.get(f"/play/{assignment}", follow_redirects=True).get_data(as_text=True)
    assert "got <strong>1</strong> right" in summary and "100 points" in summary
    assert "Attribution" in summary and "Fact or claim" in summary
    with app.app_context():
        attempt = db.session.scalars(sa.select(Attempt)).one()
        assert attempt.score == 100 and attempt.finished_at is not None


def test_a_double_submit_or_stale_tab_counts_once(app, client, auth, csrf, story_id, classroom):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.join(nickname="Sam")
    page = next_page(client, assignment)
    qid = question_id(page)
    token = csrf(client, "/")
    for choice in ("1", "1", "0"):
        client.post(
            f"/play/{assignment}/answer",
            data={"csrf_token": token, "question_id": qid, "choice": choice},
        )
    with app.app_context():
        answers = db.session.scalars(sa.select(Answer)).all()
        assert [(a.choice, a.correct) for a in answers] == [(1, True)]
        assert db.session.scalars(sa.select(Attempt)).one().score == 100


def test_no_choice_is_explained_and_records_nothing(app, client, auth, csrf, story_id, classroom):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.join(nickname="Sam")
    qid = question_id(next_page(client, assignment))
    token = csrf(client, "/")
    response = client.post(
        f"/play/{assignment}/answer", data={"csrf_token": token, "question_id": qid, "choice": "7"}
    )
    assert "Choose an answer" in client.get(response.headers["Location"]).get_data(as_text=True)
    with app.app_context():
        assert db.session.scalars(sa.select(Answer)).all() == []


def test_a_student_of_another_class_cannot_play(
    app, client, auth, csrf, teacher, story_id, classroom, make_class
):
    assignment = assign(client, auth, csrf, story_id, classroom)
    make_class(teacher, name="Other", code="OTH234")
    auth.join(code="OTH234", nickname="Outsider")
    assert client.get(f"/play/{assignment}").status_code == 404
    token = csrf(client, "/")
    response = client.post(
        f"/play/{assignment}/answer", data={"csrf_token": token, "question_id": 1, "choice": "0"}
    )
    assert response.status_code == 404


def test_results_show_the_student_by_skill_to_their_teacher_only(
    app, client, auth, csrf, story_id, classroom, make_teacher
):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.join(nickname="Sam O'Neil")
    qid = question_id(next_page(client, assignment))
    token = csrf(client, "/")
    client.post(
        f"/play/{assignment}/answer", data={"csrf_token": token, "question_id": qid, "choice": "1"}
    )
    auth.logout()
    auth.login()
    page = client.get(f"/teach/assignments/{assignment}").get_data(as_text=True)
    assert "Sam O&#39;Neil" in page
    assert "<td>100</td>" in page and "Attribution" in page
    auth.logout()
    make_teacher("mr-other")
    auth.login(username="mr-other")
    assert client.get(f"/teach/assignments/{assignment}").status_code == 404


def test_teachers_cannot_play(client, auth, csrf, story_id, classroom):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.login()
    assert client.get(f"/play/{assignment}").status_code == 403


def test_reading_feedback_or_summary_starts_no_attempt(
    app, client, auth, csrf, story_id, classroom
):
    assignment = assign(client, auth, csrf, story_id, classroom)
    auth.join(nickname="Sam")
    assert client.get(f"/play/{assignment}/feedback/1").status_code == 404
    response = client.get(f"/play/{assignment}/summary")
    assert response.status_code == 302 and response.headers["Location"].endswith(
        f"/play/{assignment}"
    )
    with app.app_context():
        assert db.session.scalars(sa.select(Attempt)).all() == []
