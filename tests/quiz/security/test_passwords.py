"""Passwords: NIST 800-63B-style choice (length, common list) and sign-in timing that does not tell
which usernames exist."""

from __future__ import annotations

import time

import pytest

from quiz.services import passwords


@pytest.mark.parametrize(
    "password",
    [
        "12345678",
        "password",
        "PASSWORD1",
        "qwertyuiop",
        "iloveyou!",
        "aaaaaaaaaa",
        "abababab",
        "short",
        "Fact or Claim",
    ],
)
def test_weak_passwords_are_refused(password):
    assert passwords.password_problem(password) is not None


@pytest.mark.parametrize(
    "password",
    ["correct horse battery", "tea at four, then chess", "Zebra-Lantern-93", "ééééàààçç"],
)
def test_good_passwords_are_accepted(password):
    assert passwords.password_problem(password) is None


def test_the_username_is_not_a_password():
    assert passwords.password_problem("ms-rivera-2026", username="ms-rivera") is not None
    assert passwords.password_problem("Ms-Rivera", username="ms-rivera") is not None


def test_the_common_list_is_a_data_file_of_thousands():
    common = passwords.common_passwords()
    assert len(common) > 5000
    assert "12345678" in common and "password" in common
    assert all(len(p) >= passwords.MIN_LENGTH for p in common)


def test_create_teacher_refuses_a_common_password(runner):
    result = runner.invoke(args=["create-teacher", "ms-lee"], input="12345678\n")
    assert result.exit_code != 0
    assert "most common" in result.output


def _hash_checks(monkeypatch) -> list[str]:
    calls: list[str] = []
    import quiz.models
    import quiz.services.passwords as svc

    real_model, real_svc = quiz.models.check_password_hash, svc.check_password_hash
    monkeypatch.setattr(
        quiz.models, "check_password_hash", lambda *a: calls.append("real") or real_model(*a)
    )
    monkeypatch.setattr(
        svc, "check_password_hash", lambda *a: calls.append("dummy") or real_svc(*a)
    )
    return calls


@pytest.mark.parametrize("username", ["no-such-teacher", "ms-rivera"])
def test_unknown_and_known_usernames_cost_one_hash_check(
    client, csrf, teacher, monkeypatch, username
):
    calls = _hash_checks(monkeypatch)
    token = csrf(client, "/login")
    data = {"username": username, "password": "wrong password", "csrf_token": token}
    assert client.post("/login", data=data).status_code == 401
    assert len(calls) == 1


def test_a_student_account_costs_one_hash_check_too(client, auth, another, classroom, monkeypatch):
    auth.join(nickname="Sam")
    calls = _hash_checks(monkeypatch)
    other, other_auth = another()
    assert other_auth.login(username="Sam", password="whatever it is").status_code == 401
    assert len(calls) == 1


def test_unknown_usernames_answer_about_as_slowly_as_known_ones(api_like_client, teacher):
    def timed(name: str) -> float:
        body = {"username": name, "password": "wrong password"}
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            assert api_like_client.post("/api/v1/tokens", json=body).status_code == 401
            best = min(best, time.perf_counter() - start)
        return best

    known, unknown = timed("ms-rivera"), timed("nobody-here")
    assert unknown > known * 0.5, (known, unknown)


@pytest.fixture
def api_like_client(app, client):
    app.config["LOGIN_LIMIT_PER_ACCOUNT"] = "1000 per minute"
    return client
