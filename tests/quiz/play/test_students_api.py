"""The students' API mirrors the pages: reading text, passages, no leaks, d′ and calibration."""

from __future__ import annotations

import json
from datetime import timedelta

import sqlalchemy as sa

from quiz.db import db, utcnow
from quiz.models import Attempt

API = "/api/v1"
MAYOR = "Mayor Ann Lee said the budget was fair."  # as in this folder's conftest
EXPLAIN_WHO = "these are the mayor's own words"
EXPLAIN_CLAIM = "the union is the source of this denial"


def student_token(client, code: str = "ABC234", nickname: str = "Kim") -> dict[str, str]:
    resp = client.post(f"{API}/join", json={"join_code": code, "nickname": nickname})
    assert resp.status_code == 201, resp.get_json()
    return {"Authorization": f"Bearer {resp.get_json()['token']}"}


def test_stories_give_the_reading_text_unmarked(client, make_quiz):
    quiz = make_quiz()
    auth = student_token(client)
    resp = client.get(f"{API}/assignments/{quiz.assignment}/stories", headers=auth)
    assert resp.status_code == 200
    (story,) = resp.get_json()
    assert set(story) == {"id", "title", "outlet", "paragraphs"} and story["id"] == quiz.story
    assert MAYOR in story["paragraphs"] and "Reactions" in story["paragraphs"]
    text = json.dumps(story)
    assert "Advertisement" not in text and "Image:" not in text
    assert "*" not in text and "<" not in text


def test_stories_of_another_class_are_not_found(client, make_quiz, teacher, make_class):
    quiz = make_quiz()
    make_class(teacher, name="Other", code="OTH234")
    auth = student_token(client, "OTH234", "Outsider")
    assert (
        client.get(f"{API}/assignments/{quiz.assignment}/stories", headers=auth).status_code == 404
    )


def test_attempt_questions_carry_their_passage_and_nothing_more(client, make_quiz):
    quiz = make_quiz()
    auth = student_token(client)
    resp = client.post(f"{API}/assignments/{quiz.assignment}/attempts", headers=auth, json={})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["settings"]["feedback"] == "each"
    first = body["questions"][0]
    assert set(first) == {"id", "kind", "prompt", "options", "story_id", "passage"}
    assert first["passage"] == MAYOR and first["story_id"] == quiz.story
    text = json.dumps(body)
    assert EXPLAIN_WHO not in text and EXPLAIN_CLAIM not in text
    assert "answer" not in first and "explanation" not in text and "source_span" not in text


def answer(client, auth, attempt, qid, choice, **extra):
    return client.post(
        f"{API}/attempts/{attempt}/answers",
        headers=auth,
        json={"question_id": qid, "choice": choice} | extra,
    )


def test_finish_returns_discernment_and_calibration(client, make_quiz):
    quiz = make_quiz({"confidence": 3})
    auth = student_token(client)
    attempt = client.post(
        f"{API}/assignments/{quiz.assignment}/attempts", headers=auth, json={}
    ).get_json()["attempt_id"]
    assert answer(client, auth, attempt, quiz.questions[0], 1).status_code == 422  # no confidence
    assert answer(client, auth, attempt, quiz.questions[0], 1, confidence=4).status_code == 422
    # right (certain), fact called a claim (certain), right words (fairly sure), claim (guessing)
    for i, choice, sure in ((0, 1, 3), (1, 1, 3), (2, [0, 1, 2], 2), (3, 1, 1)):
        assert (
            answer(client, auth, attempt, quiz.questions[i], choice, confidence=sure).status_code
            == 201
        )
    body = client.post(f"{API}/attempts/{attempt}/finish", headers=auth, json={}).get_json()
    assert body["discernment"] == {
        "hits": 1,
        "misses": 0,
        "false_alarms": 1,
        "correct_rejections": 0,
        "d_prime": 0.0,  # H = F = 0.75: calling both a claim tells nothing
    }
    # p = 1, 1, 2/3, 1/3 for right, wrong, right, right: (0 + 1 + 1/9 + 4/9) / 4 = 0.389
    assert body["calibration"] == {
        "levels": {
            "1": {"correct": 1, "answered": 1},
            "2": {"correct": 1, "answered": 1},
            "3": {"correct": 1, "answered": 2},
        },
        "brier": 0.389,
    }


def test_a_late_api_answer_is_refused(app, client, make_quiz):
    quiz = make_quiz({"time_limit_s": 60})
    auth = student_token(client)
    attempt = client.post(
        f"{API}/assignments/{quiz.assignment}/attempts", headers=auth, json={}
    ).get_json()["attempt_id"]
    with app.app_context():
        row = db.session.get(Attempt, attempt)
        row.started_at = utcnow() - timedelta(minutes=2)
        db.session.commit()
    resp = answer(client, auth, attempt, quiz.questions[0], 1)
    assert resp.status_code == 409 and "Time is up" in resp.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.scalar(sa.select(Attempt).where(Attempt.id == attempt)).score == 0
