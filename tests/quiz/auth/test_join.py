"""Students join a class with its code and a nickname, and come back with a rejoin PIN."""

from __future__ import annotations

import re

import sqlalchemy as sa

from quiz.db import db
from quiz.models import Membership, Role, User


def pin_from(client) -> str:
    page = client.get("/welcome").get_data(as_text=True)
    match = re.search(r'class="pin"[^>]*>(\d{4})<', page)
    assert match, page
    return match.group(1)


def students(app) -> list[User]:
    with app.app_context():
        return db.session.scalars(sa.select(User).where(User.role == Role.STUDENT)).all()


def test_join_creates_a_student_and_shows_the_pin_once(app, client, auth, classroom):
    response = auth.join(nickname="  Sam   Lee ")
    assert response.status_code == 302 and response.headers["Location"] == "/welcome"
    pin = pin_from(client)
    assert client.get("/welcome").status_code == 302, "the PIN is shown only once"
    [student] = students(app)
    assert student.nickname == "Sam Lee"
    assert student.pin_hash and pin not in student.pin_hash
    assert student.check_pin(pin)
    page = client.get("/").get_data(as_text=True)
    assert "Year 9 Media" in page and "No quizzes yet" in page


def test_codes_ignore_case_spaces_and_dashes(app, auth, classroom):
    assert auth.join(code=" abc-234 ").status_code == 302
    assert len(students(app)) == 1


def test_unknown_code_is_explained(app, auth, classroom):
    response = auth.join(code="ZZZ999")
    assert response.status_code == 404
    assert "No class has that code" in response.get_data(as_text=True)
    assert students(app) == []


def test_nickname_taken_in_the_class_whatever_its_case(app, auth, another, classroom):
    auth.join(nickname="Sam")
    _, other = another()
    response = other.join(nickname="sAM")
    assert response.status_code == 409
    assert "taken" in response.get_data(as_text=True)
    assert len(students(app)) == 1


def test_same_nickname_in_another_class_is_fine(app, auth, another, teacher, classroom, make_class):
    make_class(teacher, name="Year 10", code="XYZ789")
    auth.join(nickname="Sam")
    _, other = another()
    assert other.join(code="XYZ789", nickname="Sam").status_code == 302
    assert len(students(app)) == 2


def test_rejoin_with_the_pin_on_another_device(app, client, auth, another, classroom):
    auth.join(nickname="Sam")
    pin = pin_from(client)
    [student] = students(app)
    phone, phone_auth = another()
    response = phone_auth.join(nickname="sam", pin=pin)
    assert response.status_code == 302
    with phone.session_transaction() as sess:
        assert sess["_user_id"] == str(student.id)
    assert len(students(app)) == 1


def test_rejoin_with_a_wrong_pin_is_refused(app, client, auth, another, classroom):
    auth.join(nickname="Sam")
    pin = pin_from(client)
    wrong = f"{(int(pin) + 1) % 10000:04d}"
    phone, phone_auth = another()
    response = phone_auth.join(nickname="Sam", pin=wrong)
    assert response.status_code == 401
    assert "do not match" in response.get_data(as_text=True)
    with phone.session_transaction() as sess:
        assert "_user_id" not in sess


def test_pin_guessing_is_limited_per_nickname(app, auth, another, classroom):
    auth.join(nickname="Sam")
    for i in range(10):
        _, guesser = another()
        assert guesser.join(nickname="Sam", pin=f"{i:04d}").status_code in (401, 302)
    _, guesser = another()
    assert guesser.join(nickname="Sam", pin="9999").status_code == 429


def test_a_whole_class_can_join_from_one_school_address(app, another, classroom):
    for i in range(35):
        _, student = another()
        assert student.join(nickname=f"Student {i}").status_code == 302
    assert len(students(app)) == 35


def test_nickname_rules_are_explained(app, auth, classroom):
    response = auth.join(nickname="<script>")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "letters, numbers" in page
    assert "<script>" not in page.split("</header>", 1)[1].replace('value="&lt;script&gt;"', "")
    assert students(app) == []


def test_join_without_csrf_is_rejected(app, client, classroom):
    response = client.post("/join", data={"join_code": "ABC234", "nickname": "Sam"})
    assert response.status_code == 400
    assert students(app) == []


def test_archived_class_cannot_be_joined(app, auth, classroom):
    from quiz.models import Classroom

    with app.app_context():
        db.session.get(Classroom, classroom).archived = True
        db.session.commit()
    assert auth.join().status_code == 404


def test_memberships_are_recorded(app, auth, classroom):
    auth.join(nickname="Ana")
    with app.app_context():
        [member] = db.session.scalars(sa.select(Membership)).all()
        assert member.class_id == classroom and member.nickname_key == "ana"
