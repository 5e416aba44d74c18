"""Sign-in over the API: teacher tokens, joining and rejoining a class, revoking, rate limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import ApiToken, Membership, Role, User
from quiz.services import tokens


def test_teacher_gets_a_token_that_works(api, teacher):
    resp = api.post("/tokens", json={"username": "MS-Rivera ", "password": "correct horse battery"})
    assert resp.status_code == 201
    body = resp.get_json()
    assert set(body) == {"token", "role", "user_id"}
    assert body["role"] == "teacher" and body["user_id"] == teacher
    assert api.get("/classes", body["token"]).status_code == 200


def test_only_the_hash_of_a_token_is_stored(api, app, teacher):
    secret = api.teacher_token()
    with app.app_context():
        stored = db.session.scalars(sa.select(ApiToken.token_hash)).all()
    assert secret not in stored and ApiToken.hash(secret) in stored


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"username": "ms-rivera", "password": "wrong"}, 401),
        ({"username": "nobody", "password": "correct horse battery"}, 401),
        ({"username": "ms-rivera"}, 422),
        ({"password": "x"}, 422),
        ({"username": 5, "password": "x"}, 422),
        ({"username": "ms-rivera", "password": ["x"]}, 422),
        ({"username": "ms-rivera", "password": "x", "extra": 1}, 422),
    ],
)
def test_bad_sign_in(api, teacher, body, status):
    resp = api.post("/tokens", json=body)
    assert resp.status_code == status
    assert resp.get_json()["error"]["code"] == ("unauthorized" if status == 401 else "invalid")
    assert "token" not in resp.get_json()


def test_a_disabled_teacher_gets_no_token(api, app, teacher):
    with app.app_context():
        db.session.get(User, teacher).active = False
        db.session.commit()
    assert api.post("/tokens", json={"username": "ms-rivera", "password": "x"}).status_code == 401


def test_sign_in_is_limited_per_account(api, teacher):
    for _ in range(10):
        assert (
            api.post("/tokens", json={"username": "ms-rivera", "password": "no"}).status_code == 401
        )
    resp = api.post("/tokens", json={"username": "ms-rivera", "password": "correct horse battery"})
    assert resp.status_code == 429
    assert resp.get_json()["error"]["code"] == "rate_limited"
    other = api.post("/tokens", json={"username": "someone-else", "password": "no"})
    assert other.status_code == 401  # another account is not locked out by this one's guesses


def test_successful_sign_ins_do_not_count_against_the_limit(api, teacher):
    for _ in range(12):
        api.teacher_token()


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Basic abc",
        "Token abc",
        "Bearer not-a-token",
        "Bearer " + "x" * 5000,
    ],
)
def test_missing_or_unknown_token_is_401(api, teacher, header):
    headers = {"Authorization": header} if header is not None else {}
    resp = api.get("/classes", headers=headers)
    assert resp.status_code == 401
    assert resp.get_json()["error"]["code"] == "unauthorized"
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


def test_revoked_token_stops_working(api, teacher):
    token = api.teacher_token()
    other = api.teacher_token()
    resp = api.delete("/tokens/current", token)
    assert resp.status_code == 204 and resp.get_data() == b""
    assert api.get("/classes", token).status_code == 401
    assert api.delete("/tokens/current", token).status_code == 401
    assert api.get("/classes", other).status_code == 200  # only that one token


def test_students_revoke_their_token_too(api, classroom):
    token = api.student_token()
    assert api.delete("/tokens/current", token).status_code == 204
    assert api.get("/assignments", token).status_code == 401


def test_last_used_is_written_at_most_once_a_minute(api, app, teacher):
    token = api.teacher_token()
    api.get("/classes", token)
    with app.app_context():
        row = db.session.scalar(
            sa.select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(token))
        )
        first = row.last_used_at
        assert first is not None
    api.get("/classes", token)
    with app.app_context():
        row = db.session.scalar(
            sa.select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(token))
        )
        assert row.last_used_at == first
        row.last_used_at = datetime.now(UTC) - timedelta(minutes=2)
        db.session.commit()
    api.get("/classes", token)
    with app.app_context():
        row = db.session.scalar(
            sa.select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(token))
        )
        assert row.last_used_at.replace(tzinfo=UTC) > datetime.now(UTC) - timedelta(seconds=30)


def test_needs_touch_rule():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    row = ApiToken(token_hash="x")
    assert tokens.needs_touch(row, now)
    row.last_used_at = now - timedelta(seconds=59)
    assert not tokens.needs_touch(row, now)
    row.last_used_at = (now - timedelta(seconds=60)).replace(tzinfo=None)  # as SQLite returns it
    assert tokens.needs_touch(row, now)


def test_api_sets_no_cookies(api, teacher, classroom):
    token = api.teacher_token()
    for resp in (
        api.get("/classes", token),
        api.post("/join", json={"join_code": "ABC234", "nickname": "Kim"}),
    ):
        assert "Set-Cookie" not in resp.headers


def test_a_browser_session_does_not_authenticate_the_api(api, auth, teacher):
    auth.login()
    assert api.get("/classes").status_code == 401


# -- joining ------------------------------------------------------------------------------------


def test_join_creates_a_student_with_a_pin(api, app, classroom):
    resp = api.post("/join", json={"join_code": "abc-234", "nickname": "  Sam   Lee "})
    assert resp.status_code == 201
    body = resp.get_json()
    assert set(body) == {"token", "student_id", "class_id", "rejoin_pin"}
    assert body["class_id"] == classroom and len(body["rejoin_pin"]) == 4
    with app.app_context():
        user = db.session.get(User, body["student_id"])
        assert user.role == Role.STUDENT and user.nickname == "Sam Lee"
        assert user.check_pin(body["rejoin_pin"])
        assert db.session.scalar(sa.select(Membership.nickname_key)) == "sam lee"
    assert api.get("/assignments", body["token"]).status_code == 200


def test_a_taken_nickname_is_409_whatever_its_case(api, classroom):
    api.join("Sam")
    resp = api.post("/join", json={"join_code": "ABC234", "nickname": "SAM"})
    assert resp.status_code == 409
    assert resp.get_json()["error"]["code"] == "conflict"
    assert "rejoin_pin" in resp.get_json()["error"]["message"]


def test_rejoin_with_the_pin_is_the_same_student(api, classroom):
    first = api.join("Sam")
    resp = api.post(
        "/join", json={"join_code": "ABC234", "nickname": "sam", "rejoin_pin": first["rejoin_pin"]}
    )
    assert resp.status_code == 200
    body = resp.get_json()
    assert set(body) == {"token", "student_id", "class_id"}
    assert body["student_id"] == first["student_id"] and body["token"] != first["token"]
    assert (
        api.get("/assignments", first["token"]).status_code == 200
    )  # the first device still works


def test_rejoin_with_a_wrong_pin_is_401(api, classroom):
    first = api.join("Sam")
    wrong = f"{(int(first['rejoin_pin']) + 1) % 10000:04d}"
    resp = api.post("/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": wrong})
    assert resp.status_code == 401
    assert "token" not in resp.get_json()


def test_rejoin_guesses_are_limited_per_nickname(api, classroom):
    first = api.join("Sam")
    wrong = f"{(int(first['rejoin_pin']) + 1) % 10000:04d}"
    for _ in range(10):
        api.post("/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": wrong})
    resp = api.post(
        "/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": first["rejoin_pin"]}
    )
    assert resp.status_code == 429
    assert api.post("/join", json={"join_code": "ABC234", "nickname": "Kim"}).status_code == 201


def test_a_whole_class_can_join_from_one_address(api, classroom):
    for n in range(40):
        api.join(f"Student {n}")


def test_unknown_join_code_is_404(api, classroom):
    resp = api.post("/join", json={"join_code": "ZZZ999", "nickname": "Sam"})
    assert resp.status_code == 404 and resp.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"nickname": "Sam"}, "join_code"),
        ({"join_code": "ABC234"}, "nickname"),
        ({"join_code": "AB", "nickname": "Sam"}, "join_code"),
        ({"join_code": "ABC234", "nickname": "S"}, "nickname"),
        ({"join_code": "ABC234", "nickname": "x" * 25}, "nickname"),
        ({"join_code": "ABC234", "nickname": "=cmd|calc"}, "nickname"),
        ({"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": "12a4"}, "rejoin_pin"),
        ({"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": 1234}, "rejoin_pin"),
        ({"join_code": 234, "nickname": "Sam"}, "join_code"),
        ({"join_code": "ABC234", "nickname": ["Sam"]}, "nickname"),
    ],
)
def test_join_validation_names_the_field(api, classroom, body, field):
    resp = api.post("/join", json=body)
    assert resp.status_code == 422
    error = resp.get_json()["error"]
    assert error["code"] == "invalid" and error["field"] == field and field in error["message"]
