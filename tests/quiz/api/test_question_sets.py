"""Teachers' set calls: read, change, copy, delete, export, import; assignments; results; the one
validation of own questions."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Attempt, Question, QuestionSet


def test_list_get_patch_duplicate_delete(api, quiz_setup):
    token, set_id = quiz_setup["teacher"], quiz_setup["set_id"]
    q1, q2, q3 = quiz_setup["questions"]
    listed = api.get("/sets", token).get_json()
    assert [s["id"] for s in listed] == [set_id]
    assert listed[0]["settings"]["feedback"] == "each"  # defaults filled in
    patched = api.patch(
        f"/sets/{set_id}",
        token,
        json={"title": "Week one", "question_ids": [q3, q1, q2], "settings": {"confidence": 5}},
    )
    assert patched.status_code == 200, patched.get_json()
    body = patched.get_json()
    assert body["title"] == "Week one" and body["question_ids"] == [q3, q1, q2]
    assert body["settings"]["confidence"] == 5 and body["settings"]["question_time_s"] == 20
    assert api.get(f"/sets/{set_id}", token).get_json() == body
    bad = api.patch(f"/sets/{set_id}", token, json={"settings": {"question_time_s": 1}})
    assert bad.status_code == 422
    copy = api.post(f"/sets/{set_id}/duplicate", token)
    assert copy.status_code == 201 and copy.get_json()["question_ids"] == [q3, q1, q2]
    refused = api.delete(f"/sets/{set_id}", token)
    assert refused.status_code == 409 and "Year 9 Media" in refused.get_json()["error"]["message"]
    assert api.delete(f"/sets/{copy.get_json()['id']}", token).status_code == 204
    assert [s["id"] for s in api.get("/sets", token).get_json()] == [set_id]


@pytest.mark.parametrize("fmt", ["gift", "moodle_xml", "json"])
def test_export(api, quiz_setup, fmt):
    resp = api.get(f"/sets/{quiz_setup['set_id']}/export?format={fmt}", quiz_setup["teacher"])
    assert resp.status_code == 200
    assert (
        resp.mimetype
        == {
            "gift": "text/plain",
            "moodle_xml": "application/xml",
            "json": "application/json",
        }[fmt]
    )


def test_import_json_round_trip_and_gift_errors(api, app, quiz_setup):
    token = quiz_setup["teacher"]
    exported = api.get(f"/sets/{quiz_setup['set_id']}/export?format=json", token)
    back = api.post(
        "/sets/import", token, json={"format": "json", "content": exported.get_data(as_text=True)}
    )
    assert back.status_code == 201, back.get_json()
    assert len(back.get_json()["question_ids"]) == 3
    with app.app_context():
        before = db.session.scalar(sa.select(sa.func.count()).select_from(Question))
    bad = api.post(
        "/sets/import",
        token,
        json={"format": "gift", "content": "Fine?{=a ~b ~c}\n\nBroken {#3:1}\n"},
    )
    assert bad.status_code == 422
    assert bad.get_json()["errors"] == [
        {"line": 3, "message": "a numerical question has no kind here"}
    ]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Question)) == before


def test_assignment_title_times_close_reopen_delete(api, app, quiz_setup):
    token, aid = quiz_setup["teacher"], quiz_setup["assignment_id"]
    resp = api.patch(
        f"/assignments/{aid}",
        token,
        json={"title": "Monday", "opens_at": "2030-01-01T09:00:00Z", "closes_at": None},
    )
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["title"] == "Monday" and body["opens_at"].startswith("2030-01-01T09:00:00")
    wrong = api.patch(f"/assignments/{aid}", token, json={"closes_at": "2029-12-31T09:00:00+00:00"})
    assert wrong.status_code == 422
    assert (
        api.patch(f"/assignments/{aid}", token, json={"status": "closed"}).get_json()["status"]
        == "closed"
    )
    assert (
        api.patch(f"/assignments/{aid}", token, json={"status": "open"}).get_json()["status"]
        == "open"
    )
    assert api.delete(f"/assignments/{aid}", token).status_code == 204
    assert api.get(f"/assignments/{aid}/results", token).status_code == 404


def test_assigning_a_set_twice_asks_first(api, quiz_setup):
    token, class_id, set_id = quiz_setup["teacher"], quiz_setup["class_id"], quiz_setup["set_id"]
    again = api.post(f"/classes/{class_id}/assignments", token, json={"set_id": set_id})
    assert again.status_code == 409
    sure = api.post(
        f"/classes/{class_id}/assignments",
        token,
        json={"set_id": set_id, "again": True, "title": "Retake"},
    )
    assert sure.status_code == 201 and sure.get_json()["title"] == "Retake"


def test_results_have_status_discernment_and_wrong_answers(api, app, quiz_setup):
    token, aid = quiz_setup["teacher"], quiz_setup["assignment_id"]
    q1, q2, _ = quiz_setup["questions"]
    student = api.student_token()
    attempt = api.post(f"/assignments/{aid}/attempts", student).get_json()["attempt_id"]
    api.post(f"/attempts/{attempt}/answers", student, json={"question_id": q1, "choice": 0})
    api.post(f"/attempts/{attempt}/answers", student, json={"question_id": q2, "choice": 0})
    body = api.get(f"/assignments/{aid}/results", token).get_json()
    (row,) = body["students"]
    assert row["status"] == "in_progress" and row["answered"] == 2
    assert row["discernment"]["misses"] == 1 and row["discernment"]["correct_rejections"] == 1
    first = body["questions"][0]
    assert first == {
        "question_id": q1,
        "answered": 1,
        "correct_rate": 0.0,
        "most_common_wrong": "Fact",
    }
    csv = api.get(f"/assignments/{aid}/results.csv", token)
    assert csv.get_data().startswith("\ufeff".encode())


def test_own_question_uses_the_engine_rules(api, tteacher):
    good = {
        "kind": "who_said",
        "prompt": "Who said the budget was fair?",
        "options": ["The mayor", "The council", "The police"],
        "answer": 0,
    }
    assert api.post("/questions", tteacher, json=good).status_code == 201
    bad = api.post("/questions", tteacher, json=good | {"prompt": "who said it"})
    assert bad.status_code == 422 and "question mark" in bad.get_json()["error"]["message"]
    two = api.post("/questions", tteacher, json=good | {"options": ["A", "B"]})
    assert two.status_code == 422 and "3 or 4 options" in two.get_json()["error"]["message"]


ROUTES = [
    ("GET", "/sets/{set}"),
    ("PATCH", "/sets/{set}"),
    ("DELETE", "/sets/{set}"),
    ("POST", "/sets/{set}/duplicate"),
    ("GET", "/sets/{set}/export?format=json"),
    ("PATCH", "/assignments/{a}"),
    ("DELETE", "/assignments/{a}"),
    ("GET", "/assignments/{a}/results"),
    ("GET", "/assignments/{a}/results.csv"),
]


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_another_teacher_gets_404_and_nothing_changes(
    api, app, make_teacher, quiz_setup, method, path
):
    make_teacher("mr-other")
    other = api.teacher_token("mr-other")
    url = path.format(set=quiz_setup["set_id"], a=quiz_setup["assignment_id"])
    body = {"title": "Stolen"} if method == "PATCH" else None
    resp = api.call(method, url, other, json=body)
    assert resp.status_code == 404
    assert "Week 1" not in resp.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(QuestionSet, quiz_setup["set_id"]).title == "Week 1"
    assert api.get(f"/sets/{quiz_setup['set_id']}", quiz_setup["teacher"]).status_code == 200


def test_deleting_an_assignment_removes_exactly_its_answers(api, app, quiz_setup):
    token, aid = quiz_setup["teacher"], quiz_setup["assignment_id"]
    q1 = quiz_setup["questions"][0]
    second = api.post(
        f"/classes/{quiz_setup['class_id']}/assignments",
        token,
        json={"set_id": quiz_setup["set_id"], "again": True},
    ).get_json()["id"]
    student = api.student_token()
    for a in (aid, second):
        attempt = api.post(f"/assignments/{a}/attempts", student).get_json()["attempt_id"]
        api.post(f"/attempts/{attempt}/answers", student, json={"question_id": q1, "choice": 1})
    assert api.delete(f"/assignments/{aid}", token).status_code == 204
    with app.app_context():
        left = db.session.execute(
            sa.select(Attempt.assignment_id, sa.func.count(Answer.id))
            .join(Answer, Answer.attempt_id == Attempt.id)
            .group_by(Attempt.assignment_id)
        ).all()
    assert left == [(second, 1)]
