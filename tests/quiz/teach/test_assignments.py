"""Assignment pages: results (status, skills, per question), CSV, rename, close, reopen, delete."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa

from quiz.db import db, utcnow
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Attempt,
    Membership,
    QuestionSet,
    QuestionStatus,
    Role,
    SetItem,
    User,
    casefold_key,
)

APPROVED = {"status": QuestionStatus.APPROVED}


def student(app, class_id, nickname):
    with app.app_context():
        user = User(role=Role.STUDENT, nickname=nickname)
        db.session.add(user)
        db.session.flush()
        db.session.add(
            Membership(class_id=class_id, user_id=user.id, nickname_key=casefold_key(nickname))
        )
        db.session.commit()
        return user.id


def answer(app, assignment_id, student_id, question_id, choice, correct, finished=False):
    with app.app_context():
        attempt = db.session.scalar(
            sa.select(Attempt).where(
                Attempt.assignment_id == assignment_id, Attempt.student_id == student_id
            )
        )
        if attempt is None:
            attempt = Attempt(assignment_id=assignment_id, student_id=student_id)
            db.session.add(attempt)
            db.session.flush()
        db.session.add(
            Answer(
                attempt_id=attempt.id,
                question_id=question_id,
                choice=choice,
                correct=correct,
                points=100 if correct else 0,
            )
        )
        attempt.score += 100 if correct else 0
        if finished:
            attempt.finished_at = utcnow()
        db.session.commit()


@pytest.fixture
def world(app, teacher, classroom, make_story, question_fields):
    """Two assignments of one set to one class, three students with answers to the first."""
    who, foc = question_fields
    _, (q1, q2) = make_story(teacher, who | APPROVED | {"prompt": "=HYPERLINK(1)?"}, foc | APPROVED)
    with app.app_context():
        qset = QuestionSet(owner_id=teacher, title="Week 1", settings={})
        qset.items = [SetItem(question_id=q1, position=0), SetItem(question_id=q2, position=1)]
        db.session.add(qset)
        db.session.flush()
        a1 = Assignment(class_id=classroom, set_id=qset.id, title="Monday")
        a2 = Assignment(class_id=classroom, set_id=qset.id, title="Friday")
        db.session.add_all([a1, a2])
        db.session.commit()
        ids = (a1.id, a2.id)
    amy = student(app, classroom, "Amy")
    ben = student(app, classroom, "=cmd|' /C calc'!A0")
    student(app, classroom, "Cleo")
    answer(app, ids[0], amy, q1, 0, True)
    answer(app, ids[0], amy, q2, 1, False, finished=True)
    answer(app, ids[0], ben, q1, 2, False)
    answer(app, ids[1], amy, q1, 0, True)
    return {"assignments": ids, "questions": (q1, q2), "amy": amy, "ben": ben}


def test_results_page_shows_status_questions_and_chart(client, auth, world):
    auth.login()
    page = client.get(f"/teach/assignments/{world['assignments'][0]}").get_data(as_text=True)
    assert "1 finished · 1 in progress · 1 not started" in page
    assert "<svg" in page and "Q1: 50% right. Q2: 0% right." in page  # the text alternative
    assert "Police" in page  # Ben's wrong answer is the most common wrong one of Q1
    assert "Download CSV" in page


def test_csv_download_with_the_page_session(client, auth, world):
    auth.login()
    response = client.get(f"/teach/assignments/{world['assignments'][0]}/results.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    raw = response.get_data()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:7] == [
        "student_id",
        "nickname",
        "status",
        "score",
        "correct",
        "answered",
        "d_prime",
    ]
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["Amy"][2:6] == ["finished", "100", "1", "2"]
    assert "'=cmd|' /C calc'!A0" in by_name  # formula defused
    assert by_name["Cleo"][2] == "not_started"


def test_csv_needs_a_teacher_session(client, world):
    response = client.get(f"/teach/assignments/{world['assignments'][0]}/results.csv")
    assert response.status_code in (302, 401)


def test_delete_removes_exactly_its_answers(app, client, auth, csrf, world):
    first, second = world["assignments"]
    auth.login()
    page = client.get(f"/teach/assignments/{first}/delete").get_data(as_text=True)
    assert "3 answers" in page
    token = csrf(client, f"/teach/assignments/{first}/delete")
    response = client.post(f"/teach/assignments/{first}/delete", data={"csrf_token": token})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Assignment, first) is None
        left = db.session.execute(
            sa.select(Attempt.assignment_id, sa.func.count(Answer.id))
            .join(Answer, Answer.attempt_id == Attempt.id)
            .group_by(Attempt.assignment_id)
        ).all()
        assert left == [(second, 1)]


def test_rename_close_reopen(app, client, auth, csrf, world):
    first, _ = world["assignments"]
    auth.login()
    url = f"/teach/assignments/{first}"
    token = csrf(client, url)
    client.post(f"{url}/edit", data={"csrf_token": token, "title": "Quiz of Monday"})
    assert "Quiz of Monday" in client.get(url).get_data(as_text=True)
    bad = client.post(
        f"{url}/edit",
        data={
            "csrf_token": token,
            "opens_at": "2030-01-02T09:00",
            "closes_at": "2030-01-01T09:00",
        },
    )
    assert bad.status_code == 400 and "must come after" in bad.get_data(as_text=True)
    client.post(f"{url}/close", data={"csrf_token": token})
    with app.app_context():
        assert db.session.get(Assignment, first).status == AssignmentStatus.CLOSED
    client.post(f"{url}/reopen", data={"csrf_token": token})
    with app.app_context():
        assert db.session.get(Assignment, first).status == AssignmentStatus.OPEN


ROUTES = [
    ("get", "/teach/assignments/{id}"),
    ("get", "/teach/assignments/{id}/results.csv"),
    ("post", "/teach/assignments/{id}/edit"),
    ("post", "/teach/assignments/{id}/close"),
    ("post", "/teach/assignments/{id}/reopen"),
    ("get", "/teach/assignments/{id}/delete"),
    ("post", "/teach/assignments/{id}/delete"),
]


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_another_teacher_gets_404(app, csrf, another, make_teacher, world, method, path):
    first, _ = world["assignments"]
    make_teacher("mr-other")
    other, other_auth = another()
    other_auth.login("mr-other")
    data = {"csrf_token": csrf(other, "/teach/sets"), "title": "Stolen"}
    url = path.format(id=first)
    response = other.get(url) if method == "get" else other.post(url, data=data)
    assert response.status_code == 404
    assert "Amy" not in response.get_data(as_text=True)
    with app.app_context():
        row = db.session.get(Assignment, first)
        assert row is not None and row.title == "Monday" and row.status == AssignmentStatus.OPEN
