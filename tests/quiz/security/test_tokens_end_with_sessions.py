"""Signing out on every device and a password change also end the account's API tokens.

Found by the outside probe: both ended every browser session but left every API token working
for up to 30 days, so someone who had taken the password (and issued a token with it) or a token
kept full access after the teacher changed the password and signed out everywhere.
"""

from __future__ import annotations

from tests.quiz.conftest import TEACHER_PASSWORD, csrf_token

NEW_PASSWORD = "a much newer passphrase 9"  # noqa: S105 - test only


def _token(client) -> dict[str, str]:
    login = {"username": "ms-rivera", "password": TEACHER_PASSWORD}
    response = client.post("/api/v1/tokens", json=login)
    assert response.status_code == 201, response.get_json()
    return {"Authorization": f"Bearer {response.get_json()['token']}"}


def test_sign_out_everywhere_ends_the_api_tokens_too(client, auth, another, teacher):
    thief, _ = another()
    stolen = _token(thief)
    assert thief.get("/api/v1/classes", headers=stolen).status_code == 200
    auth.login()
    data = {"csrf_token": csrf_token(client, "/teach/stories")}
    assert client.post("/logout/everywhere", data=data).status_code == 302
    assert thief.get("/api/v1/classes", headers=stolen).status_code == 401


def test_a_password_change_ends_the_api_tokens_and_keeps_this_device(
    client, auth, another, teacher
):
    thief, _ = another()
    stolen = _token(thief)
    auth.login()
    data = {
        "csrf_token": csrf_token(client, "/account"),
        "current": TEACHER_PASSWORD,
        "new": NEW_PASSWORD,
        "confirm": NEW_PASSWORD,
    }
    response = client.post("/account", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    assert thief.get("/api/v1/classes", headers=stolen).status_code == 401
    assert client.get("/teach/stories").status_code == 200  # this device stays signed in


def test_a_student_signing_out_everywhere_ends_their_api_token(client, auth, classroom, another):
    phone, _ = another()
    joined = phone.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "Sam"})
    token = {"Authorization": f"Bearer {joined.get_json()['token']}"}
    assert phone.get("/api/v1/assignments", headers=token).status_code == 200
    auth.join(nickname="Sam", pin=joined.get_json()["rejoin_pin"])
    data = {"csrf_token": csrf_token(client, "/")}
    assert client.post("/logout/everywhere", data=data).status_code == 302
    assert phone.get("/api/v1/assignments", headers=token).status_code == 401
