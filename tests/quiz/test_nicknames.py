"""The nickname word filter refuses disguised words and leaves ordinary names alone."""

from __future__ import annotations

import pytest

from quiz.services.nicknames import blocked, word_lists

DISGUISED = [
    "shit",
    "SHIT",
    "sh1t",
    "5hit",
    "s h i t",
    "s.h.i.t",
    "s-h-i-t",
    "sh_it",
    "shiiiiit",
    "xXshitXx",
    "b1tch",
    "bïtch",
    "BÎTCH",
    "p0rn",
    "n4zi",
    "h1tl3r",
    "d1ck head",
    "a$$",
    "Big Dick",
    "fuck99",
]
ALLOWED = ["Sam", "Cassidy", "Scunthorpe", "Dickens", "Grass", "Essex", "Hancock", "Pat O'Neil"]


@pytest.mark.parametrize("nickname", DISGUISED)
def test_disguised_words_are_refused(nickname):
    assert blocked(nickname)


@pytest.mark.parametrize("nickname", ALLOWED)
def test_ordinary_names_pass(nickname):
    assert not blocked(nickname)


def test_the_words_are_data_one_a_line():
    whole, anywhere = word_lists()
    assert "shit" in anywhere and "ass" in whole and "ass" not in anywhere


def test_join_page_and_api_refuse_a_disguised_nickname(client, auth, classroom):
    page = auth.join(nickname="B1tch").get_data(as_text=True)
    assert "not allowed in class" in page
    response = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "s.h.1.t"})
    assert response.status_code in (400, 422)
    assert "not allowed in class" in str(response.get_json()["error"])
    ok = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "Cassidy"})
    assert ok.status_code == 201
