"""API tokens expire, and their owner can list and revoke them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from quiz.db import db
from quiz.models import ApiToken
from quiz.services import tokens


def _row(app, secret: str) -> ApiToken:
    query = sa.select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(secret))
    return db.session.scalar(query)


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_a_token_expires_in_30_days(api, teacher):
    token = api.teacher_token()
    (listed,) = api.get("/tokens", token).get_json()
    expires = _when(listed["expires_at"])
    expected = datetime.now(UTC) + tokens.TOKEN_LIFETIME
    assert abs(expires - expected) < timedelta(minutes=1)
    assert tokens.TOKEN_LIFETIME == timedelta(days=30)


def test_students_tokens_expire_too(api, classroom):
    (listed,) = api.get("/tokens", api.student_token()).get_json()
    assert listed["current"] is True
    assert _when(listed["expires_at"]) > datetime.now(UTC) + timedelta(days=29)


def test_an_expired_token_is_401(api, app, teacher):
    token = api.teacher_token()
    assert api.get("/classes", token).status_code == 200
    with app.app_context():
        _row(app, token).expires_at = datetime.now(UTC) - timedelta(seconds=1)
        db.session.commit()
    resp = api.get("/classes", token)
    assert resp.status_code == 401 and "expired" in resp.get_json()["error"]["message"]


def test_list_shows_only_the_callers_live_tokens(api, app, teacher, make_teacher):
    first, second, revoked = api.teacher_token(), api.teacher_token(), api.teacher_token()
    api.delete("/tokens/current", revoked)
    make_teacher("mr-okafor")
    stranger = api.teacher_token("mr-okafor")
    resp = api.get("/tokens", second)
    assert resp.status_code == 200
    listed = resp.get_json()
    with app.app_context():
        ids = {_row(app, t).id: t for t in (first, second, revoked, stranger)}
    assert {t["id"] for t in listed} == {i for i, t in ids.items() if t in (first, second)}
    current = [t for t in listed if t["current"]]
    assert len(current) == 1 and ids[current[0]["id"]] == second
    assert set(listed[0]) == {"id", "created_at", "last_used_at", "expires_at", "current"}


def test_revoke_one_of_ones_own_tokens(api, app, teacher):
    keep, lost = api.teacher_token(), api.teacher_token()
    with app.app_context():
        lost_id = _row(app, lost).id
    assert api.delete(f"/tokens/{lost_id}", keep).status_code == 204
    assert api.get("/classes", lost).status_code == 401
    assert api.get("/classes", keep).status_code == 200
    assert lost_id not in {t["id"] for t in api.get("/tokens", keep).get_json()}


def test_another_users_token_cannot_be_revoked(api, app, teacher, make_teacher, classroom):
    make_teacher("mr-okafor")
    theirs = api.teacher_token("mr-okafor")
    student = api.student_token()
    with app.app_context():
        their_id = _row(app, theirs).id
    for caller in (api.teacher_token(), student):
        resp = api.delete(f"/tokens/{their_id}", caller)
        assert resp.status_code == 404 and resp.get_json()["error"]["code"] == "not_found"
    assert api.get("/classes", theirs).status_code == 200
    assert api.delete("/tokens/2147483647", student).status_code == 404


def test_listing_needs_a_token(api):
    assert api.get("/tokens").status_code == 401


def test_tokens_stored_before_expiry_existed_get_30_days(make_app):
    from alembic import command

    from quiz.migrations import alembic_config

    app = make_app()
    with app.app_context(), db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(
            sa.text(
                "INSERT INTO users (role, username, username_key, active, created_at) "
                "VALUES ('teacher', 'old', 'old', true, CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO api_tokens (user_id, token_hash, created_at) "
                "SELECT id, 'h', CURRENT_TIMESTAMP FROM users"
            )
        )
        command.upgrade(cfg, "head")
        (expires,) = conn.execute(sa.text("SELECT expires_at FROM api_tokens")).one()
    if isinstance(expires, str):  # SQLite
        expires = datetime.fromisoformat(expires)
    expires = expires.replace(tzinfo=UTC) if expires.tzinfo is None else expires
    assert expires > datetime.now(UTC) + timedelta(days=29)
