"""Leaderboards: who is listed, the order and its tie-break, and who may see them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quiz.db import db
from quiz.models import Answer, Attempt
from quiz.services.ranking import leaderboard

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def store_answers(app, assignment_id: int, student_id: int, answers: list[tuple[int, bool, int]]):
    """Store an attempt with answers given as (question id, correct, seconds after T0)."""
    with app.app_context():
        attempt = Attempt(assignment_id=assignment_id, student_id=student_id)
        db.session.add(attempt)
        db.session.flush()
        for qid, correct, seconds in answers:
            points = 100 if correct else 0
            db.session.add(
                Answer(
                    attempt_id=attempt.id,
                    question_id=qid,
                    choice=1,
                    correct=correct,
                    points=points,
                    answered_at=T0 + timedelta(seconds=seconds),
                )
            )
            attempt.score += points
            if points:  # as scoring.record_answer keeps it: when the score last rose
                attempt.reached_at = max(attempt.reached_at or T0, T0 + timedelta(seconds=seconds))
        db.session.commit()


@pytest.fixture
def board(api, app, quiz_setup):
    """Six students: two tied on 200 (different times), two tied on 100 (same time), one on 0,
    one who never answered."""
    q1, q2, q3 = quiz_setup["questions"]
    ids = {n: api.join(n)["student_id"] for n in ["Ann", "bob", "Cy", "al", "Eve", "Dee"]}
    a = quiz_setup["assignment_id"]
    store_answers(app, a, ids["Ann"], [(q1, True, 1), (q2, True, 10)])
    store_answers(app, a, ids["bob"], [(q1, True, 2), (q2, True, 5), (q3, False, 30)])
    store_answers(app, a, ids["Cy"], [(q1, True, 7)])
    store_answers(app, a, ids["al"], [(q1, True, 7), (q2, False, 1)])
    store_answers(app, a, ids["Eve"], [(q1, False, 3)])
    return quiz_setup | {"ids": ids}


EXPECTED = [
    {"rank": 1, "nickname": "bob", "score": 200},  # reached 200 at +5s
    {"rank": 2, "nickname": "Ann", "score": 200},  # reached 200 at +10s
    {"rank": 3, "nickname": "al", "score": 100},  # same time as Cy: nickname key "al" < "cy"
    {"rank": 4, "nickname": "Cy", "score": 100},
    {"rank": 5, "nickname": "Eve", "score": 0},  # answered, none right; Dee never answered
]


def test_assignment_board_order_and_tie_break(api, board):
    resp = api.get(f"/assignments/{board['assignment_id']}/leaderboard", board["teacher"])
    assert resp.status_code == 200
    assert resp.get_json() == {"entries": EXPECTED}


def test_class_board_sums_assignments(api, app, board):
    second = api.post(
        f"/classes/{board['class_id']}/assignments",
        board["teacher"],
        json={"set_id": board["set_id"]},
    ).get_json()["id"]
    store_answers(app, second, board["ids"]["Eve"], [(board["questions"][0], True, 100)])
    store_answers(app, second, board["ids"]["Dee"], [(board["questions"][0], True, 50)])
    entries = api.get(f"/classes/{board['class_id']}/leaderboard", board["teacher"]).get_json()[
        "entries"
    ]
    assert [(e["nickname"], e["score"]) for e in entries] == [
        ("bob", 200),
        ("Ann", 200),
        ("al", 100),
        ("Cy", 100),
        ("Dee", 100),  # reached 100 at +50s
        ("Eve", 100),  # reached 100 at +100s
    ]
    assert [e["rank"] for e in entries] == [1, 2, 3, 4, 5, 6]
    one = api.get(f"/assignments/{second}/leaderboard", board["teacher"]).get_json()["entries"]
    assert [e["nickname"] for e in one] == ["Dee", "Eve"]


def test_the_query_function_is_the_same_for_views(app, board):
    with app.app_context():
        entries = leaderboard(db.session, board["class_id"], board["assignment_id"])
    assert [e.to_json() for e in entries] == EXPECTED
    assert entries[0].student_id == board["ids"]["bob"]


def test_students_of_the_class_see_the_board(api, board):
    token = api.post("/join", json={"join_code": "ABC234", "nickname": "Viewer"}).get_json()[
        "token"
    ]
    assert api.get(f"/classes/{board['class_id']}/leaderboard", token).get_json() == {
        "entries": EXPECTED
    }
    assert api.get(f"/assignments/{board['assignment_id']}/leaderboard", token).status_code == 200


def test_outsiders_do_not_see_the_board(api, board, make_teacher, make_class):
    make_class(make_teacher("mr-other"), name="Other", code="XYZ789")
    for token in (api.teacher_token("mr-other"), api.student_token("Kim", "XYZ789")):
        for path in (
            f"/classes/{board['class_id']}/leaderboard",
            f"/assignments/{board['assignment_id']}/leaderboard",
        ):
            resp = api.get(path, token)
            assert resp.status_code == 404 and "bob" not in resp.get_data(as_text=True)
    assert api.get(f"/classes/{board['class_id']}/leaderboard").status_code == 401


def test_an_empty_board(api, quiz_setup):
    resp = api.get(f"/classes/{quiz_setup['class_id']}/leaderboard", quiz_setup["teacher"])
    assert resp.get_json() == {"entries": []}
