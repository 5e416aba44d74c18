"""One normalisation of join codes, nicknames and usernames — for lookups and for limit keys —
and one rejoin-PIN budget for the join page and the API."""

from __future__ import annotations

import pytest
from limits import parse

from quiz.config import Config
from quiz.db import Base, db
from quiz.extensions import limiter
from quiz.models import casefold_key, code_key

SPELLINGS = ["ABC234", "abc234", "ABC-234", "a b c 2 3 4", "abc–234", "ＡＢＣ２３４", " abc 234 "]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_code_is_one_code(spelling):
    assert code_key(spelling) == "ABC234"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sam", "sam"),
        ("  Sam   Lee ", "sam lee"),
        ("ＳＡＭ", "sam"),
        ("Straße", "strasse"),
        ("ﬁn", "fin"),
    ],
)
def test_every_spelling_of_a_name_is_one_name(name, key):
    assert casefold_key(name) == key


def _page_rejoin(client, csrf, code, nickname, pin):
    token = csrf(client, "/join")
    data = {"join_code": code, "nickname": nickname, "rejoin_pin": pin, "csrf_token": token}
    return client.post("/join", data=data)


def _wrong(pin: str) -> str:
    return f"{(int(pin) + 1) % 10_000:04d}"


def test_rejoin_pin_guesses_share_one_budget_across_spellings_and_doors(
    app, client, csrf, another, classroom
):
    """Ten wrong PINs in all, whatever the spelling of code and nickname and whichever door."""
    joined = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "Sam Lee"})
    pin = joined.get_json()["rejoin_pin"]
    guesser, _ = another()
    for i, spelling in enumerate(SPELLINGS[:5]):
        response = _page_rejoin(
            guesser, csrf, spelling, ["sam lee", "SAM  LEE"][i % 2], _wrong(pin)
        )
        assert response.status_code == 401
    for spelling in SPELLINGS[2:7]:
        body = {"join_code": spelling, "nickname": "Sam lee", "rejoin_pin": _wrong(pin)}
        assert guesser.post("/api/v1/join", json=body).status_code == 401
    # The budget is spent: even the right PIN is refused for a while, on both doors.
    assert _page_rejoin(guesser, csrf, "ABC234", "Sam Lee", pin).status_code == 429
    body = {"join_code": "ABC234", "nickname": "Sam Lee", "rejoin_pin": pin}
    assert guesser.post("/api/v1/join", json=body).status_code == 429


@pytest.mark.parametrize("nickname", ["ß" * 24, "ﬃ" * 11, "ﷺ" * 2])
def test_a_nickname_that_grows_when_folded_is_refused_clearly(client, auth, classroom, nickname):
    """ "ß"×24 folds to 48 letters: past the column's 32, so it is refused — never a 500."""
    response = auth.join(nickname=nickname)
    assert response.status_code == 400
    assert "too long once written in small letters" in response.get_data(as_text=True)
    api = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": nickname})
    assert api.status_code in (400, 422)
    assert api.get_json()["error"]["field"] == "nickname"


def test_a_class_behind_one_address_never_trips_the_join_limit():
    """350 students of one school join within seconds from one address."""
    limit = parse(Config.JOIN_LIMIT_PER_ADDRESS)
    per_minute = limit.amount * 60 / limit.get_expiry()
    assert per_minute >= 350 * 2


def test_many_students_join_from_one_address(app, client, classroom):
    app.config["JOIN_LIMIT_PER_ADDRESS"] = Config.JOIN_LIMIT_PER_ADDRESS
    for i in range(40):
        response = client.post(
            "/api/v1/join",
            json={"join_code": "abc-234", "nickname": f"Student {i}"},
            environ_base={"REMOTE_ADDR": "192.0.2.10"},
        )
        assert response.status_code == 201, response.get_json()


@pytest.mark.parametrize("username", ["ß" * 40, "ﬃ" * 30, "a\x00b", "x"])
def test_create_teacher_refuses_usernames_the_column_cannot_hold(runner, username):
    result = runner.invoke(args=["create-teacher", username], input="a long pass phrase\n")
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_limits_see_the_real_address_behind_a_trusted_proxy(make_app):
    limiter.reset()
    app = make_app(TRUSTED_PROXIES=1, LOGIN_LIMIT_PER_ADDRESS="2 per 5 minutes")
    with app.app_context():
        Base.metadata.create_all(db.engine)
    client = app.test_client()
    for i in range(3):  # three schools behind one proxy: none is blocked by the others
        for _ in range(2):
            response = client.post(
                "/api/v1/tokens",
                json={"username": f"nobody{i}", "password": "wrong password"},
                headers={"X-Forwarded-For": f"198.51.100.{i}"},
            )
            assert response.status_code == 401
    blocked = client.post(
        "/api/v1/tokens",
        json={"username": "nobody0", "password": "wrong password"},
        headers={"X-Forwarded-For": "198.51.100.0"},
    )
    assert blocked.status_code == 429
