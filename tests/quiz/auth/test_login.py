"""Teachers sign in and out: sessions, cookies, CSRF and rate limits."""

from __future__ import annotations

from http.cookies import SimpleCookie

import pytest

from quiz.models import Role


def session_cookie_header(response) -> str:
    headers = [h for h in response.headers.getlist("Set-Cookie") if h.startswith("session=")]
    assert headers, "no session cookie was set"
    return headers[-1]


def test_teacher_signs_in_and_sees_their_home(client, auth, teacher):
    response = auth.login()
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "My classes" in page and "ms-rivera" in page


def test_session_cookie_is_httponly_and_samesite_lax(auth, teacher):
    header = session_cookie_header(auth.login())
    cookie = SimpleCookie(header)["session"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_login_starts_a_new_session(client, auth, teacher):
    with client.session_transaction() as sess:
        sess["planted"] = "by someone else"
    auth.login()
    with client.session_transaction() as sess:
        assert "planted" not in sess
        assert sess["_user_id"] == str(teacher)


def test_wrong_password_is_refused_with_a_clear_message(client, auth, teacher):
    response = auth.login(password="not the password")
    assert response.status_code == 401
    assert "do not match" in response.get_data(as_text=True)
    with client.session_transaction() as sess:
        assert "_user_id" not in sess


def test_username_is_case_insensitive(auth, teacher):
    assert auth.login(username="MS-RIVERA").status_code == 302


def test_empty_form_explains_what_is_missing(auth):
    response = auth.login(username="", password="")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Enter your username." in page and "Enter your password." in page
    assert 'aria-invalid="true"' in page


def test_students_cannot_use_the_teacher_sign_in(app, auth, make_teacher):
    make_teacher("a-student-name", role=Role.STUDENT)
    assert auth.login(username="a-student-name").status_code == 401


def test_login_without_csrf_token_is_rejected(client, teacher):
    response = client.post(
        "/login", data={"username": "ms-rivera", "password": "correct horse battery"}
    )
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)
    with client.session_transaction() as sess:
        assert "_user_id" not in sess


def test_next_only_redirects_within_the_site(client, auth, teacher, csrf):
    token = csrf(client, "/login")
    data = {"username": "ms-rivera", "password": "correct horse battery", "csrf_token": token}
    response = client.post("/login?next=https://evil.example/", data=data)
    assert response.headers["Location"] == "/"
    auth.logout()
    token = csrf(client, "/login")
    response = client.post("/login?next=/healthz", data=data | {"csrf_token": token})
    assert response.headers["Location"] == "/healthz"


def test_logout_needs_post_with_csrf(client, auth, teacher):
    auth.login()
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 400
    with client.session_transaction() as sess:
        assert sess.get("_user_id") == str(teacher)
    auth.logout()
    with client.session_transaction() as sess:
        assert "_user_id" not in sess


def _try_login(client, csrf, address: str, password: str = "wrong password", name="ms-rivera"):
    token = csrf(client, "/login")
    data = {"username": name, "password": password, "csrf_token": token}
    return client.post("/login", data=data, environ_base={"REMOTE_ADDR": address})


def test_a_stranger_cannot_lock_the_teacher_out(client, csrf, teacher):
    """Ten wrong passwords from one address block that address for this account only."""
    for _ in range(10):
        assert _try_login(client, csrf, "203.0.113.9").status_code == 401
    blocked = _try_login(client, csrf, "203.0.113.9", password="correct horse battery")
    assert blocked.status_code == 429
    assert "Too many tries" in blocked.get_data(as_text=True)
    # The teacher, from the school's address, still signs in.
    assert _try_login(client, csrf, "198.51.100.1", "correct horse battery").status_code == 302


def test_failed_logins_are_limited_per_account_across_addresses(app, client, csrf, teacher):
    """A guesser spread over many addresses meets a much higher per-account ceiling."""
    app.config["LOGIN_LIMIT_PER_ACCOUNT_ANY_ADDRESS"] = "15 per 5 minutes"
    for i in range(15):
        assert _try_login(client, csrf, f"10.0.0.{i}").status_code == 401
    assert _try_login(client, csrf, "10.0.1.1", "correct horse battery").status_code == 429


@pytest.mark.parametrize(
    ("username", "spelling"),
    [
        ("ms rivera", "ms  rivera"),
        ("ms rivera", " MS Rivera\t"),
        ("ms-rivera", "Ｍｓ－ｒｉｖｅｒａ"),
        ("strauß", "STRAUSS"),
    ],
)
def test_every_spelling_of_a_username_shares_one_budget(
    client, csrf, make_teacher, username, spelling
):
    make_teacher(username)
    for _ in range(9):
        assert _try_login(client, csrf, "203.0.113.9", name=username).status_code == 401
    assert _try_login(client, csrf, "203.0.113.9", name=spelling).status_code == 401
    again = _try_login(client, csrf, "203.0.113.9", "correct horse battery", name=username)
    assert again.status_code == 429


def test_sign_in_page_and_token_call_share_the_budget(client, csrf, teacher):
    for _ in range(5):
        assert _try_login(client, csrf, "203.0.113.9").status_code == 401
    for _ in range(5):
        response = client.post(
            "/api/v1/tokens",
            json={"username": "MS-Rivera", "password": "nope nope"},
            environ_base={"REMOTE_ADDR": "203.0.113.9"},
        )
        assert response.status_code == 401
    assert _try_login(client, csrf, "203.0.113.9", "correct horse battery").status_code == 429
    body = {"username": "ms-rivera", "password": "correct horse battery"}
    response = client.post("/api/v1/tokens", json=body, environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"


def test_failed_logins_are_limited_per_address_across_accounts(app, client, csrf):
    app.config["LOGIN_LIMIT_PER_ADDRESS"] = "5 per 5 minutes"
    for i in range(5):
        token = csrf(client, "/login")
        response = client.post(
            "/login", data={"username": f"user{i}", "password": "x", "csrf_token": token}
        )
        assert response.status_code == 401
    token = csrf(client, "/login")
    response = client.post(
        "/login", data={"username": "fresh", "password": "x", "csrf_token": token}
    )
    assert response.status_code == 429


def test_successful_logins_do_not_use_up_the_limit(auth, teacher):
    for _ in range(12):
        assert auth.login().status_code == 302
        auth.logout()
