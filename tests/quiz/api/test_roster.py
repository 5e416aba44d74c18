"""The roster calls: PATCH, POST …/pin and DELETE /students/{id} — the caller's students only."""

from __future__ import annotations

import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Assignment, Attempt, Membership, QuestionSet, Team, User


def test_rename_and_move_a_student(api, app, teacher, classroom):
    token = api.teacher_token()
    sam = api.join("Sam")["student_id"]
    api.join("Alex")
    with app.app_context():
        db.session.add(Team(class_id=classroom, name="Owls"))
        db.session.commit()
    resp = api.patch(f"/students/{sam}", token, json={"nickname": "  Samira  ", "team": "owls"})
    assert resp.status_code == 200
    assert resp.get_json() == {"id": sam, "nickname": "Samira", "team": "Owls"}
    assert api.patch(f"/students/{sam}", token, json={"team": None}).get_json()["team"] is None
    taken = api.patch(f"/students/{sam}", token, json={"nickname": "ALEX"})
    assert taken.status_code == 409
    assert api.patch(f"/students/{sam}", token, json={"team": "Hawks"}).status_code == 422
    assert api.patch(f"/students/{sam}", token, json={"nickname": "x"}).status_code == 422
    assert api.patch(f"/students/{sam}", token, json={"colour": "red"}).status_code == 422
    with app.app_context():
        assert db.session.get(User, sam).nickname == "Samira"


def test_a_new_pin_is_returned_once_and_works(api, teacher, classroom):
    token = api.teacher_token()
    sam = api.join("Sam")
    resp = api.post(f"/students/{sam['student_id']}/pin", token)
    assert resp.status_code == 200
    pin = resp.get_json()["rejoin_pin"]
    assert len(pin) == 4 and pin.isdigit()
    again = api.post("/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": pin})
    assert again.status_code == 200
    if pin != sam["rejoin_pin"]:
        old = {"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": sam["rejoin_pin"]}
        assert api.post("/join", json=old).status_code == 401


def test_delete_a_student_with_their_attempts_and_answers(
    api, app, teacher, classroom, make_story, question_fields
):
    token = api.teacher_token()
    sam = api.join("Sam")["student_id"]
    alex = api.join("Alex")["student_id"]
    _, qids = make_story(teacher, *question_fields)
    with app.app_context():
        qset = QuestionSet(owner_id=teacher, title="Quiz")
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=classroom, set_id=qset.id)
        db.session.add(assignment)
        db.session.flush()
        for student in (sam, alex):
            attempt = Attempt(assignment_id=assignment.id, student_id=student)
            attempt.answers = [Answer(question_id=q, choice=0, correct=True) for q in qids]
            db.session.add(attempt)
        db.session.commit()
    assert api.delete(f"/students/{sam}", token).status_code == 204
    assert api.delete(f"/students/{sam}", token).status_code == 404
    with app.app_context():
        count = lambda m, *w: db.session.scalar(  # noqa: E731
            sa.select(sa.func.count()).select_from(m).where(*w)
        )
        assert count(User, User.id == sam) == 0
        assert count(Attempt) == 1 and count(Answer) == 2
        assert count(Membership) == 1


def test_another_teachers_students_are_not_found(api, app, teacher, classroom, make_teacher):
    sam = api.join("Sam")["student_id"]
    make_teacher("mr-okafor")
    other = api.teacher_token("mr-okafor")
    for method, path, body in [
        ("PATCH", f"/students/{sam}", {"nickname": "Mine"}),
        ("POST", f"/students/{sam}/pin", None),
        ("DELETE", f"/students/{sam}", None),
    ]:
        resp = api.call(method, path, other, json=body)
        assert resp.status_code == 404, (method, path)
        assert "Sam" not in resp.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, sam).nickname == "Sam"


def test_students_may_not_manage_the_roster(api, classroom):
    me = api.join("Sam")
    other = api.join("Alex")["student_id"]
    assert api.post(f"/students/{other}/pin", me["token"]).status_code == 403
    assert api.delete(f"/students/{other}", me["token"]).status_code == 403


def test_ids_out_of_range_are_not_found_on_every_method(api, teacher):
    token = api.teacher_token()
    for student_id in (0, 2**31, 10**25):
        assert api.patch(f"/students/{student_id}", token, json={}).status_code == 404
        assert api.post(f"/students/{student_id}/pin", token).status_code == 404
        assert api.delete(f"/students/{student_id}", token).status_code == 404
