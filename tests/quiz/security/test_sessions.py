"""Signing out ends the session for good (a copied cookie stops working), "sign out everywhere"
ends every session of the account, and a new student's PIN never rides in the cookie."""

from __future__ import annotations

import sqlalchemy as sa

from quiz.db import db
from quiz.models import LoginSession


def _copy_cookies(source, target) -> None:
    for cookie in source._cookies.values():
        target.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)


def test_a_copied_session_cookie_stops_working_after_sign_out(client, auth, another, teacher):
    auth.login()
    thief, _ = another()
    _copy_cookies(client, thief)
    assert thief.get("/teach/stories").status_code == 200  # the copy works while signed in
    auth.logout()
    response = thief.get("/teach/stories")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_copied_student_cookie_stops_working_after_sign_out(client, auth, another, classroom):
    auth.join(nickname="Sam")
    copy, _ = another()
    _copy_cookies(client, copy)
    auth.logout()
    page = copy.get("/").get_data(as_text=True)
    assert "Sam" not in page and "Join" in page


def test_sign_out_everywhere_ends_every_session_of_the_account(
    client, auth, another, csrf, teacher
):
    auth.login()
    laptop, laptop_auth = another()
    laptop_auth.login()
    token = csrf(client, "/")
    assert "Sign out on every device" in client.get("/").get_data(as_text=True)
    response = client.post("/logout/everywhere", data={"csrf_token": token})
    assert response.status_code == 302
    assert laptop.get("/teach/stories").status_code == 302
    assert client.get("/teach/stories").status_code == 302
    assert laptop_auth.login().status_code == 302  # signing in again works


def test_sign_out_everywhere_needs_post_and_csrf(client, auth, teacher):
    auth.login()
    assert client.get("/logout/everywhere").status_code == 405
    assert client.post("/logout/everywhere").status_code == 400
    assert client.get("/teach/stories").status_code == 200


def test_a_session_older_than_its_lifetime_is_over(app, client, auth, teacher):
    auth.login()
    with app.app_context():
        db.session.execute(
            sa.update(LoginSession).values(created_at=sa.func.datetime("now", "-13 hours"))
            if db.engine.dialect.name == "sqlite"
            else sa.update(LoginSession).values(created_at=sa.text("now() - interval '13 hours'"))
        )
        db.session.commit()
    assert client.get("/teach/stories").status_code == 302


def _session_data(app, client) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    serializer = app.session_interface.get_signing_serializer(app)
    return repr(serializer.loads(cookie.value))


def test_the_new_pin_is_not_in_the_session_cookie(app, client, auth, classroom):
    response = auth.join(nickname="Sam")
    assert response.status_code == 302
    before = _session_data(app, client)
    welcome = client.get("/welcome").get_data(as_text=True)
    pin = welcome.split('class="pin"')[1].split(">")[1][:4]
    assert pin.isdigit()
    assert pin not in before, "the PIN is readable in the signed cookie"
    assert pin not in _session_data(app, client)
    # Shown once only.
    assert client.get("/welcome").status_code == 302


def test_changing_the_password_signs_out_the_other_devices(client, auth, another, csrf, teacher):
    auth.login()
    laptop, laptop_auth = another()
    laptop_auth.login()
    data = {
        "current": "correct horse battery",
        "new": "a brand new pass phrase",
        "confirm": "a brand new pass phrase",
        "csrf_token": csrf(client, "/account"),
    }
    assert client.post("/account", data=data).status_code == 302
    assert client.get("/teach/stories").status_code == 200  # this device stays signed in
    assert laptop.get("/teach/stories").status_code == 302  # the other one is signed out
