"""Teacher accounts: invites made by an admin, signing up with one, changing a password."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from quiz.db import db, utcnow
from quiz.models import Invite, Role, User

NEW_PASSWORD = "lighthouse kettle 42"  # noqa: S105 - test only


@pytest.fixture
def admin(make_teacher) -> int:
    return make_teacher("head-admin", role=Role.ADMIN)


def make_invite(client, auth, csrf, note="Ms Chen") -> str:
    auth.login("head-admin")
    response = client.post(
        "/admin/invites", data={"csrf_token": csrf(client, "/admin/teachers"), "note": note}
    )
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    code = re.search(r'class="pin invite-code">([A-Z0-9-]+)<', response.get_data(as_text=True))
    auth.logout()
    return code.group(1)


def sign_up(client, csrf, code, username="ms-chen", password=NEW_PASSWORD, confirm=None):
    data = {
        "csrf_token": csrf(client, "/signup"),
        "code": code,
        "username": username,
        "password": password,
        "confirm": password if confirm is None else confirm,
    }
    return client.post("/signup", data=data)


def test_an_invited_teacher_signs_up_and_is_signed_in(app, client, auth, csrf, admin):
    code = make_invite(client, auth, csrf)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    response = sign_up(client, csrf, code.lower().replace("-", " "))
    assert response.status_code == 302
    home = client.get("/").get_data(as_text=True)
    assert "Welcome, ms-chen!" in home
    with app.app_context():
        user = db.session.scalar(User.by_username("ms-chen"))
        assert user.role == Role.TEACHER and user.check_password(NEW_PASSWORD)
        invite = db.session.scalars(sa.select(Invite)).one()
        assert invite.used_by_id == user.id and invite.code_hash != code
    # The code is used up.
    auth.logout()
    again = sign_up(client, csrf, code, username="someone-else")
    assert again.status_code == 400 and "not valid" in again.get_data(as_text=True)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"code": "ZZZZ-ZZZZ-ZZZZ"}, "That invite code is not valid"),
        ({"password": "password123"}, "most common"),
        ({"password": "short"}, "at least 8 characters"),
        ({"confirm": "something else entirely"}, "not the same"),
        ({"username": "head-admin"}, "That username is taken"),
        ({"username": "HEAD-ADMIN"}, "That username is taken"),
        ({"username": "a b/c"}, "letters, numbers, dots"),
        ({"username": "ms-chen", "password": "ms-chen-1234"}, "built from your username"),
    ],
)
def test_sign_up_refusals_are_explained_and_store_nothing(
    app, client, auth, csrf, admin, fields, message
):
    code = make_invite(client, auth, csrf)
    args = {"code": code} | fields
    response = sign_up(client, csrf, **args)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 1
        assert db.session.scalars(sa.select(Invite)).one().used_at is None


def test_an_expired_or_withdrawn_invite_does_not_work(app, client, auth, csrf, admin):
    expired = make_invite(client, auth, csrf, note="Late")
    with app.app_context():
        db.session.execute(sa.update(Invite).values(expires_at=utcnow() - timedelta(minutes=1)))
        db.session.commit()
    assert sign_up(client, csrf, expired).status_code == 400
    withdrawn = make_invite(client, auth, csrf, note="Withdrawn")
    auth.login("head-admin")
    page = client.get("/admin/teachers").get_data(as_text=True)
    assert "Withdrawn" in page and "Late" not in page  # expired invites are not listed
    with app.app_context():
        invite_id = db.session.scalar(sa.select(Invite.id).where(Invite.note == "Withdrawn"))
    client.post(
        f"/admin/invites/{invite_id}/revoke",
        data={"csrf_token": csrf(client, "/admin/teachers")},
    )
    auth.logout()
    assert sign_up(client, csrf, withdrawn).status_code == 400


def test_admin_pages_are_for_admins_only(client, auth, csrf, teacher, admin, classroom):
    assert client.get("/admin/teachers").status_code == 302  # anonymous: sign in first
    auth.login()
    assert client.get("/admin/teachers").status_code == 403
    token = csrf(client, "/account")
    assert client.post("/admin/invites", data={"csrf_token": token}).status_code == 403
    auth.logout()
    auth.join()
    assert client.get("/admin/teachers").status_code == 403
    assert client.get("/account").status_code == 403


def test_the_admin_lists_every_teacher(client, auth, teacher, admin, classroom, make_story):
    make_story(teacher)
    auth.login("head-admin")
    page = client.get("/admin/teachers").get_data(as_text=True)
    row = page[page.index("<td>ms-rivera") :].split("</tr>")[0]
    assert [int(n) for n in re.findall(r"<td>(\d+)</td>", row)] == [1, 0, 1]
    assert "head-admin" in page


def test_change_password_needs_the_current_one(app, client, auth, csrf, teacher, another):
    auth.login()
    token = csrf(client, "/account")

    def change(current, new, confirm=None):
        data = {"csrf_token": token, "current": current, "new": new, "confirm": confirm or new}
        return client.post("/account", data=data)

    wrong = change("not my password", NEW_PASSWORD)
    assert wrong.status_code == 400 and "not your current password" in wrong.get_data(as_text=True)
    common = change("correct horse battery", "iloveyou123")
    assert common.status_code == 400 and "most common" in common.get_data(as_text=True)
    assert change("correct horse battery", NEW_PASSWORD).status_code == 302
    _, other = another()
    assert other.login(password="correct horse battery").status_code == 401
    assert other.login(password=NEW_PASSWORD).status_code == 302
