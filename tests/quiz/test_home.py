"""Home pages per role: a teacher sees only their own classes; user text is escaped."""

from __future__ import annotations

import sqlalchemy as sa

from quiz.db import db
from quiz.models import Classroom


def test_teacher_sees_only_their_own_classes(client, auth, teacher, make_teacher, make_class):
    make_class(teacher, name="Mine", code="MINE22")
    other = make_teacher("mr-other")
    make_class(other, name="Not mine", code="THEIRS")
    auth.login()
    page = client.get("/").get_data(as_text=True)
    assert "Mine" in page and "MINE22" in page
    assert "Not mine" not in page and "THEIRS" not in page


def test_teacher_creates_a_class_with_a_join_code(app, client, auth, teacher, csrf):
    auth.login()
    token = csrf(client, "/")
    response = client.post("/classes", data={"name": "  Year 8  Civics ", "csrf_token": token})
    assert response.status_code == 302
    with app.app_context():
        classroom = db.session.scalars(sa.select(Classroom)).one()
    assert classroom.name == "Year 8 Civics" and classroom.teacher_id == teacher
    assert len(classroom.join_code) == 6 and classroom.join_code.isalnum()
    assert classroom.join_code in client.get("/").get_data(as_text=True)


def test_class_name_is_required(app, client, auth, teacher, csrf):
    auth.login()
    response = client.post("/classes", data={"name": "   ", "csrf_token": csrf(client, "/")})
    assert response.status_code == 400
    assert "Give the class a name." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalars(sa.select(Classroom)).all() == []


def test_class_names_are_escaped(client, auth, teacher, make_class):
    make_class(teacher, name='<img src=x onerror="alert(1)">', code="ESC234")
    auth.login()
    page = client.get("/").get_data(as_text=True)
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page


def test_students_cannot_create_classes(app, client, auth, classroom, csrf):
    auth.join(nickname="Sam")
    token = csrf(client, "/join")
    response = client.post("/classes", data={"name": "Hack", "csrf_token": token})
    assert response.status_code == 403
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Classroom)) == 1


def test_anonymous_visitors_get_the_join_form(client, csrf):
    page = client.get("/").get_data(as_text=True)
    assert 'name="join_code"' in page and 'for="join_code"' in page
    token = csrf(client, "/")
    response = client.post("/classes", data={"name": "x", "csrf_token": token})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
