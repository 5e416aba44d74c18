"""Students' calls: their assignments, attempts (start and resume), answers (once), finishing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Assignment, AssignmentStatus, Attempt
from quiz.services import scoring


@pytest.fixture
def play(api, quiz_setup):
    """A student who has started the quiz: their token, attempt id, and the setup."""
    token = api.student_token()
    resp = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", token)
    assert resp.status_code == 201
    return {
        "token": token,
        "attempt": resp.get_json()["attempt_id"],
        "start": resp.get_json(),
    } | quiz_setup


def send(api, play, question: int, choice, **extra):
    body = {"question_id": play["questions"][question], "choice": choice} | extra
    return api.post(f"/attempts/{play['attempt']}/answers", play["token"], json=body)


def attempt_score(app, attempt_id: int) -> tuple[int, int]:
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        n = db.session.scalar(
            sa.select(sa.func.count()).select_from(Answer).where(Answer.attempt_id == attempt_id)
        )
        return attempt.score, n


def test_student_lists_their_class_assignments(api, quiz_setup, make_teacher, make_class):
    token = api.student_token()
    make_class(make_teacher("mr-other"), name="Other", code="XYZ789")
    other = api.teacher_token("mr-other")
    assert api.get("/assignments", other).status_code == 403
    resp = api.get("/assignments", token)
    assert resp.status_code == 200
    assert resp.get_json() == [
        {
            "id": quiz_setup["assignment_id"],
            "title": "Week 1",
            "mode": "self_paced",
            "status": "open",
        }
    ]
    assert api.get("/assignments", api.student_token("Kim", "XYZ789")).get_json() == []


def test_start_shows_questions_without_answers(play):
    start = play["start"]
    assert set(start) == {"attempt_id", "settings", "questions", "answered", "score"}
    assert [q["id"] for q in start["questions"]] == play["questions"]
    for q in start["questions"]:
        assert set(q) == {"id", "kind", "prompt", "options", "story_id", "passage"}
    assert start["answered"] == [] and start["score"] == 0


def test_start_again_resumes_the_open_attempt(api, play):
    send(api, play, 0, 1)
    resp = api.post(f"/assignments/{play['assignment_id']}/attempts", play["token"])
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["attempt_id"] == play["attempt"]
    assert body["answered"] == [play["questions"][0]] and body["score"] == 100


def test_a_finished_attempt_is_not_restarted(api, play):
    api.post(f"/attempts/{play['attempt']}/finish", play["token"])
    resp = api.post(f"/assignments/{play['assignment_id']}/attempts", play["token"])
    assert resp.status_code == 409 and "finished" in resp.get_json()["error"]["message"]


def test_only_members_may_start(api, quiz_setup, make_teacher, make_class):
    make_class(make_teacher("mr-other"), name="Other", code="XYZ789")
    outsider = api.student_token("Kim", "XYZ789")
    resp = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", outsider)
    assert resp.status_code == 404
    assert api.post("/assignments/4242/attempts", outsider).status_code == 404
    teacher = api.post(
        f"/assignments/{quiz_setup['assignment_id']}/attempts", quiz_setup["teacher"]
    )
    assert teacher.status_code == 403


@pytest.mark.parametrize(
    ("status", "opens", "closes", "message"),
    [
        (AssignmentStatus.CLOSED, None, None, "closed"),
        (AssignmentStatus.SCHEDULED, None, None, "not opened"),
        (AssignmentStatus.OPEN, timedelta(hours=1), None, "not opened"),
        (AssignmentStatus.OPEN, None, timedelta(hours=-1), "closed"),
    ],
)
def test_start_refused_outside_the_open_window(
    api, app, quiz_setup, status, opens, closes, message
):
    now = datetime.now(UTC)
    with app.app_context():
        row = db.session.get(Assignment, quiz_setup["assignment_id"])
        row.status = status
        row.opens_at = now + opens if opens else None
        row.closes_at = now + closes if closes else None
        db.session.commit()
    resp = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", api.student_token())
    assert resp.status_code == 409 and message in resp.get_json()["error"]["message"]


# -- answers ------------------------------------------------------------------------------------


def test_a_right_answer(api, app, play):
    resp = send(api, play, 0, 1, confidence=4)
    assert resp.status_code == 201
    assert resp.get_json() == {
        "withheld": False,
        "correct": True,
        "answer": 1,
        "explanation": "The outlet attributes it with 'said'.",
        "evidence": {"line": 1, "span": [0, 5], "text": "x", "cue": "said"},
        "score": 100,
    }
    with app.app_context():
        assert db.session.scalar(sa.select(Answer.confidence)) == 4


def test_a_wrong_answer_adds_nothing(api, play):
    resp = send(api, play, 0, 0)
    assert resp.status_code == 201
    assert resp.get_json()["correct"] is False and resp.get_json()["score"] == 0


def test_the_same_answer_twice_counts_once(api, app, play):
    first = send(api, play, 0, 1)
    second_q = send(api, play, 1, 0)
    again = send(api, play, 0, 1)
    assert first.status_code == 201 and again.status_code == 200
    assert again.get_json() == first.get_json()  # the same body, score as it was then
    assert second_q.get_json()["score"] == 200
    assert attempt_score(app, play["attempt"]) == (200, 2)


def test_a_changed_answer_is_409_with_the_recorded_one(api, app, play):
    first = send(api, play, 0, 1).get_json()
    resp = send(api, play, 0, 0)
    assert resp.status_code == 409
    body = resp.get_json()
    assert body["error"]["code"] == "conflict"
    assert body["recorded"] == {"choice": 1} | first
    assert attempt_score(app, play["attempt"]) == (100, 1)


def test_spot_the_cue_overlap_rule(api, play):
    resp = send(api, play, 2, [1, 0, 2])  # F1 of {0,1,2} vs {0,1} = 0.8
    assert resp.status_code == 201 and resp.get_json()["correct"] is True
    assert resp.get_json()["answer"] == [0, 1]
    assert send(api, play, 2, [2, 1, 0]).status_code == 200  # the same marks, in another order


def test_spot_the_cue_too_many_marks_is_wrong(api, play):
    resp = send(api, play, 2, [0, 1, 2, 3, 4, 5, 6])  # F1 = 4/9
    assert resp.get_json()["correct"] is False


@pytest.mark.parametrize(
    ("question", "body", "field"),
    [
        (0, {"choice": 1}, "question_id"),
        (0, {"question_id": 1}, "choice"),
        (0, {"question_id": "1", "choice": 1}, "question_id"),
        (0, {"question_id": -1, "choice": 1}, "question_id"),
        (0, {"question_id": 10**30, "choice": 1}, "question_id"),
        (0, {"question_id": 4242, "choice": 1}, "question_id"),
        (0, {"choice": 2}, "choice"),
        (0, {"choice": -1}, "choice"),
        (0, {"choice": "1"}, "choice"),
        (0, {"choice": [1]}, "choice"),
        (0, {"choice": 1.5}, "choice"),
        (0, {"choice": None}, "choice"),
        (0, {"choice": 1, "confidence": 9}, "confidence"),
        (0, {"choice": 1, "confidence": "high"}, "confidence"),
        (2, {"choice": 1}, "choice"),
        (2, {"choice": []}, "choice"),
        (2, {"choice": [0, 0]}, "choice"),
        (2, {"choice": [7]}, "choice"),
        (2, {"choice": [True]}, "choice"),
        (0, {"choice": 1, "extra": 1}, "extra"),
    ],
)
def test_answer_validation(api, app, play, question, body, field):
    full = {"question_id": play["questions"][question]} | body
    full = {
        k: v
        for k, v in full.items()
        if not (k == "question_id" and "question_id" not in body and question is None)
    }
    if "question_id" not in body and field == "question_id":
        full.pop("question_id")
    resp = api.post(f"/attempts/{play['attempt']}/answers", play["token"], json=full)
    assert resp.status_code == 422, resp.get_json()
    assert resp.get_json()["error"]["field"] == field
    assert attempt_score(app, play["attempt"]) == (0, 0)


def test_a_question_of_another_set_is_refused(api, play, teacher, make_question):
    other = make_question(teacher)
    resp = api.post(
        f"/attempts/{play['attempt']}/answers",
        play["token"],
        json={"question_id": other, "choice": 1},
    )
    assert resp.status_code == 422 and "not part" in resp.get_json()["error"]["message"]


def test_someone_elses_attempt_is_404(api, play):
    kim = api.student_token("Kim")
    resp = api.post(
        f"/attempts/{play['attempt']}/answers",
        kim,
        json={"question_id": play["questions"][0], "choice": 1},
    )
    assert resp.status_code == 404
    assert api.post(f"/attempts/{play['attempt']}/finish", kim).status_code == 404
    teacher = api.post(f"/attempts/{play['attempt']}/finish", play["teacher"])
    assert teacher.status_code == 403


def test_a_finished_attempt_takes_no_new_answers(api, app, play):
    first = send(api, play, 0, 1)
    api.post(f"/attempts/{play['attempt']}/finish", play["token"])
    resp = send(api, play, 1, 0)
    assert resp.status_code == 409 and "finished" in resp.get_json()["error"]["message"]
    assert send(api, play, 0, 1).get_json() == first.get_json()  # a late retry is still answered


def test_a_closed_assignment_takes_no_new_answers(api, app, play):
    with app.app_context():
        db.session.get(Assignment, play["assignment_id"]).status = AssignmentStatus.CLOSED
        db.session.commit()
    resp = send(api, play, 0, 1)
    assert resp.status_code == 409 and "closed" in resp.get_json()["error"]["message"]


def test_answers_are_not_limited_below_120_a_minute(api, play):
    assert send(api, play, 0, 1).status_code == 201
    for _ in range(125):
        assert send(api, play, 0, 1).status_code == 200


def test_a_lost_race_replays_the_winner(api, app, play, monkeypatch):
    """The unique constraint decides: the loser rolls back, re-reads, and answers 200 or 409."""
    real = scoring._answer_context
    calls = {"n": 0}

    def blind_first(session, attempt_id, question_id):
        ctx = real(session, attempt_id, question_id)
        calls["n"] += 1
        if calls["n"] == 1:  # the other request inserts between our read and our insert
            with app.app_context():
                attempt = db.session.get(Attempt, attempt_id)
                question = scoring.in_set(db.session, play["set_id"], question_id)
                scoring.record_answer(db.session, attempt, question, 1)
                db.session.commit()
        return ctx

    monkeypatch.setattr(scoring, "_answer_context", blind_first)
    resp = send(api, play, 0, 1)
    assert resp.status_code == 200 and resp.get_json()["score"] == 100
    assert attempt_score(app, play["attempt"]) == (100, 1)


def test_two_identical_answers_at_once_count_once(app, api, play):
    barrier = threading.Barrier(4)
    statuses = []

    def go():
        client = app.test_client()
        barrier.wait()
        resp = client.post(
            f"/api/v1/attempts/{play['attempt']}/answers",
            json={"question_id": play["questions"][0], "choice": 1},
            headers={"Authorization": f"Bearer {play['token']}"},
        )
        statuses.append(resp.status_code)

    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200, 200, 200, 201]
    assert attempt_score(app, play["attempt"]) == (100, 1)


def test_finish_returns_totals_by_skill(api, play):
    send(api, play, 0, 1)
    send(api, play, 2, [5])
    resp = api.post(f"/attempts/{play['attempt']}/finish", play["token"])
    assert resp.status_code == 200
    expected = {
        "score": 100,
        "correct": 1,
        "answered": 2,
        "by_skill": {
            "Fact or claim": {"correct": 1, "answered": 1},
            "Attribution": {"correct": 0, "answered": 1},
        },
        # one claim called a claim: without a fact there is no d′; the set asks no confidence
        "discernment": {
            "hits": 1,
            "misses": 0,
            "false_alarms": 0,
            "correct_rejections": 0,
            "d_prime": None,
        },
        "calibration": None,
    }
    assert resp.get_json() == expected
    assert api.post(f"/attempts/{play['attempt']}/finish", play["token"]).get_json() == expected


def test_two_starts_at_once_make_one_attempt(app, api, quiz_setup):
    token = api.student_token()
    barrier = threading.Barrier(3)
    answers = []

    def go():
        client = app.test_client()
        barrier.wait()
        resp = client.post(
            f"/api/v1/assignments/{quiz_setup['assignment_id']}/attempts",
            headers={"Authorization": f"Bearer {token}"},
        )
        answers.append((resp.status_code, resp.get_json()["attempt_id"]))

    threads = [threading.Thread(target=go) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(s for s, _ in answers) == [200, 200, 201]
    assert len({a for _, a in answers}) == 1


# -- feedback at the end ------------------------------------------------------------------------


def test_feedback_at_the_end_withholds_the_verdict_until_the_attempt_is_over(api, quiz_setup):
    """As the pages: no right/wrong, answer, explanation or score while the attempt is open."""
    resp = api.patch(
        f"/sets/{quiz_setup['set_id']}",
        quiz_setup["teacher"],
        json={"settings": {"feedback": "end"}},
    )
    assert resp.status_code == 200, resp.get_json()
    token = api.student_token()
    start = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", token).get_json()
    assert start["score"] is None
    play = {"token": token, "attempt": start["attempt_id"]} | quiz_setup
    hidden = {
        "withheld": True,
        "correct": None,
        "answer": None,
        "explanation": None,
        "evidence": None,
        "score": None,
    }
    first = send(api, play, 0, 1)
    assert first.status_code == 201 and first.get_json() == hidden
    assert send(api, play, 0, 1).get_json() == hidden  # the same again tells nothing either
    conflict = send(api, play, 0, 0)
    assert conflict.status_code == 409
    assert conflict.get_json()["recorded"] == {"choice": 1} | hidden
    assert send(api, play, 1, 1).get_json() == hidden
    last = send(api, play, 2, [0, 1])  # the last question: the attempt is over, the verdict shows
    assert last.status_code == 201
    assert last.get_json()["withheld"] is False and last.get_json()["correct"] is True
    again = send(api, play, 0, 1).get_json()
    assert again["withheld"] is False and again["correct"] is True and again["answer"] == 1
    resumed = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", token).get_json()
    assert resumed["score"] == 200


def test_feedback_at_the_end_shows_the_verdict_once_finished(api, quiz_setup):
    api.patch(
        f"/sets/{quiz_setup['set_id']}",
        quiz_setup["teacher"],
        json={"settings": {"feedback": "end"}},
    )
    token = api.student_token()
    start = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", token).get_json()
    play = {"token": token, "attempt": start["attempt_id"]} | quiz_setup
    assert send(api, play, 0, 0).get_json()["withheld"] is True
    api.post(f"/attempts/{play['attempt']}/finish", token)
    shown = send(api, play, 0, 0).get_json()
    assert shown["withheld"] is False and shown["correct"] is False and shown["answer"] == 1
