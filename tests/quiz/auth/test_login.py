"""Teachers sign in and out: sessions, cookies, CSRF and rate limits."""

from __future__ import annotations

from http.cookies import SimpleCookie

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


def test_failed_logins_are_limited_per_account_across_addresses(app, client, csrf, teacher):
    def attempt(address: str, password: str = "wrong password"):
        token = csrf(client, "/login")
        data = {"username": "ms-rivera", "password": password, "csrf_token": token}
        return client.post("/login", data=data, environ_base={"REMOTE_ADDR": address})

    for i in range(10):
        assert attempt(f"10.0.0.{i}").status_code == 401
    blocked = attempt("10.0.1.1", password="correct horse battery")
    assert blocked.status_code == 429
    assert "Too many tries" in blocked.get_data(as_text=True)


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


def test_sign_in_page_and_api_share_one_budget_per_account(client, csrf, teacher):
    for i in range(5):
        token = csrf(client, "/login")
        data = {"username": "ms-rivera", "password": "wrong", "csrf_token": token}
        response = client.post("/login", data=data, environ_base={"REMOTE_ADDR": f"10.1.0.{i}"})
        assert response.status_code == 401
    for i in range(5):
        body = {"username": "MS-RIVERA", "password": "wrong"}
        address = {"REMOTE_ADDR": f"10.2.0.{i}"}
        assert client.post("/api/v1/tokens", json=body, environ_base=address).status_code == 401
    body = {"username": "ms-rivera", "password": "correct horse battery"}
    response = client.post("/api/v1/tokens", json=body, environ_base={"REMOTE_ADDR": "10.3.0.1"})
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
