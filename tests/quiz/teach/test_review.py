"""Teachers review generated questions: approve, reject, edit — only their own."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import (
    Answer,
    Assignment,
    Attempt,
    Question,
    QuestionSet,
    QuestionStatus,
    Role,
    User,
)


@pytest.fixture
def story_with_questions(teacher, make_story, question_fields):
    """A story of the teacher with two draft questions; returns (story id, question ids)."""
    return make_story(teacher, *question_fields)


def status_of(app, qid) -> QuestionStatus:
    with app.app_context():
        return db.session.get(Question, qid).status


def test_approve_and_reject_one_question(app, client, auth, csrf, story_with_questions):
    story_id, (q1, q2) = story_with_questions
    auth.login()
    token = csrf(client, f"/teach/stories/{story_id}")
    response = client.post(
        f"/teach/questions/{q1}/status", data={"csrf_token": token, "status": "approved"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(f"#q{q1}")
    client.post(f"/teach/questions/{q2}/status", data={"csrf_token": token, "status": "rejected"})
    assert status_of(app, q1) == QuestionStatus.APPROVED
    assert status_of(app, q2) == QuestionStatus.REJECTED


def test_unknown_status_and_missing_csrf_change_nothing(
    app, client, auth, csrf, story_with_questions
):
    story_id, (q1, _) = story_with_questions
    auth.login()
    token = csrf(client, f"/teach/stories/{story_id}")
    assert (
        client.post(
            f"/teach/questions/{q1}/status", data={"csrf_token": token, "status": "gold"}
        ).status_code
        == 400
    )
    assert (
        client.post(f"/teach/questions/{q1}/status", data={"status": "approved"}).status_code == 400
    )
    assert status_of(app, q1) == QuestionStatus.DRAFT


def test_approve_all_drafts(app, client, auth, csrf, story_with_questions):
    story_id, qids = story_with_questions
    auth.login()
    token = csrf(client, f"/teach/stories/{story_id}")
    response = client.post(f"/teach/stories/{story_id}/approve", data={"csrf_token": token})
    assert response.status_code == 302
    assert "Approved 2 draft questions" in client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    assert all(status_of(app, q) == QuestionStatus.APPROVED for q in qids)


def test_edit_a_question(app, client, auth, csrf, story_with_questions):
    _, (q1, _) = story_with_questions
    auth.login()
    page = client.get(f"/teach/questions/{q1}/edit").get_data(as_text=True)
    assert "Mayor\nCouncil\nPolice" in page
    token = csrf(client, f"/teach/questions/{q1}/edit")
    data = {
        "csrf_token": token,
        "prompt": "Who called the budget fair?",
        "options": "Council\n  The mayor \n\nPolice",
        "answer": "2",
        "explanation": "Line 1.",
    }
    assert client.post(f"/teach/questions/{q1}/edit", data=data).status_code == 302
    with app.app_context():
        q = db.session.get(Question, q1)
        assert (q.prompt, q.options, q.answer) == (
            "Who called the budget fair?",
            ["Council", "The mayor", "Police"],
            1,
        )


@pytest.mark.parametrize(
    ("options", "answer", "message"),
    [
        ("Only one", "1", "two to six options"),
        ("Same\nsame", "1", "Two options are the same"),
        ("A\nB\nC", "4", "There is no option 4"),
        ("A\nB\nC", "", "Say which option is right"),
    ],
)
def test_edit_is_validated(app, client, auth, csrf, story_with_questions, options, answer, message):
    _, (q1, _) = story_with_questions
    auth.login()
    token = csrf(client, f"/teach/questions/{q1}/edit")
    data = {"csrf_token": token, "prompt": "Who?", "options": options, "answer": answer}
    response = client.post(f"/teach/questions/{q1}/edit", data=data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Question, q1).options == ["Mayor", "Council", "Police"]


def test_answered_questions_keep_their_options(
    app, client, auth, csrf, teacher, classroom, story_with_questions
):
    _, (q1, _) = story_with_questions
    with app.app_context():
        qs = QuestionSet(owner_id=teacher, title="Set")
        pupil = User(role=Role.STUDENT, nickname="Sam")
        db.session.add_all([qs, pupil])
        db.session.flush()
        assignment = Assignment(class_id=classroom, set_id=qs.id)
        db.session.add(assignment)
        db.session.flush()
        attempt = Attempt(assignment_id=assignment.id, student_id=pupil.id)
        db.session.add(attempt)
        db.session.flush()
        db.session.add(Answer(attempt_id=attempt.id, question_id=q1, choice=0, correct=True))
        db.session.commit()
    auth.login()
    token = csrf(client, f"/teach/questions/{q1}/edit")
    data = {
        "csrf_token": token,
        "prompt": "Who said it was fair?",
        "options": "X\nY",
        "answer": "2",
    }
    assert client.post(f"/teach/questions/{q1}/edit", data=data).status_code == 302
    with app.app_context():
        q = db.session.get(Question, q1)
        assert q.prompt == "Who said it was fair?"
        assert (q.options, q.answer) == (["Mayor", "Council", "Police"], 0)


def test_other_teachers_questions_are_out_of_reach(
    app, client, auth, csrf, make_teacher, story_with_questions
):
    _, (q1, _) = story_with_questions
    make_teacher("mr-other")
    auth.login(username="mr-other")
    token = csrf(client, "/teach/stories/new")
    assert client.get(f"/teach/questions/{q1}/edit").status_code == 404
    response = client.post(
        f"/teach/questions/{q1}/status", data={"csrf_token": token, "status": "approved"}
    )
    assert response.status_code == 404
    assert status_of(app, q1) == QuestionStatus.DRAFT
    with app.app_context():
        assert (
            db.session.scalar(sa.select(Question.prompt).where(Question.id == q1))
            == "Who said the budget was fair?"
        )
