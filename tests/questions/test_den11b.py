"""who_denied never offers as a wrong option someone the story ties to the answer's own body
(issue 7: a distractor must be truly wrong). Own stories in tests/questions/data/den11b/: a
party's press officer denies for "our league" after "The CUL flatly rejected …", and the story
introduces the party's own candidate as "Corin Haldane of the ruling Civic Unity League (CUL)"
(or "CUL candidate …", "…, a CUL member"): she is not offered. Where whose "we" it is cannot be
told ("our league" with no league named before), the question is kept and anyone the story
ties to a league is left out of its options (den12's `_our_nouns`). Control: a story whose
other speakers are all clearly on other sides keeps its question and options."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options

DATA = Path(__file__).parent / "data" / "den11b"
PROMPT = (
    "Who made this denial: “We categorically deny that any member of our league offered money"
    " to voters”?"
)
INTRO = "Election officials said Corin Haldane of the ruling Civic Unity League (CUL) won the seat"


def _story(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _who(text: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind == "who_denied"]


@pytest.mark.parametrize(
    "intro",
    [
        INTRO,
        "Election officials said the candidate of the ruling Civic Unity League (CUL), Corin"
        " Haldane, won the seat",
        "Election officials said Civic Unity League (CUL) candidate Corin Haldane won the seat",
        "Election officials said Corin Haldane, a Civic Unity League (CUL) member, won the seat",
    ],
)
def test_same_party_candidate_is_no_wrong_option(intro: str) -> None:
    text = _story("same_party.txt")
    assert INTRO in text
    qs = _who(text.replace(INTRO, intro))
    for q in qs:
        assert "Corin Haldane" not in wrong_options(q)
        assert "Haldane" not in wrong_options(q)
    # the accuser and the police chief remain: the question is still asked
    assert [(q.prompt, answer(q), set(wrong_options(q))) for q in qs] == [
        (PROMPT, "Dario Vencel", {"Ines Varro", "Anton Brisk"})
    ]


def test_we_of_an_unknown_body_keeps_only_the_other_sides_options() -> None:
    # no body named before the speaker, none in the mention: whose "our league"? Haldane's
    # maybe (of the Civic Unity League) — so she is never a wrong option; the accuser and the
    # police chief are (den12: anyone the story ties to a league is left out)
    text = (
        _story("same_party.txt")
        .replace("The CUL flatly rejected the allegations. ", "")
        .replace("the league's press officer, Dario Vencel,", "Dario Vencel")
    )
    assert "Dario Vencel said" in text
    asked = [(answer(q), set(wrong_options(q))) for q in _who(text) if "our league" in q.prompt]
    assert asked == [("Dario Vencel", {"Ines Varro", "Anton Brisk"})]


def test_other_sides_keep_their_question() -> None:
    qs = _who(_story("other_sides.txt"))
    assert [(q.prompt, answer(q), set(wrong_options(q))) for q in qs] == [
        (
            "Who made this denial: “We categorically deny that any member of our cooperative"
            " paid money to a milk tester”?",
            "Mette Ravnsborg",
            {"Liv Thorsen", "Bo Lindahl", "Harald Quist"},
        )
    ]
