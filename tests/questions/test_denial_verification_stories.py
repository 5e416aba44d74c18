"""Denial and verification questions on short wire stories written for these tests
(tests/questions/data/wire_denials.txt, wire_verification.txt; invented places and people).

Each story must give questions of the denial or verification kinds, and each such question must
be right: the answer is the one the story supports, the prompt does not give it away, and no
wrong option is a source that also denied something.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question

DATA = Path(__file__).parent / "data"


def _questions(name: str) -> list[Question]:
    # what the kinds build, before giveaway.py thins questions that give each other away
    return generate(analyze((DATA / name).read_text(encoding="utf-8")), thin_giveaways=False)


def _answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


@pytest.fixture(scope="module")
def denials() -> list[Question]:
    return _questions("wire_denials.txt")


@pytest.fixture(scope="module")
def verification() -> list[Question]:
    return _questions("wire_verification.txt")


def test_who_denied_the_rejected_claim(denials: list[Question]) -> None:
    (q,) = [q for q in denials if q.kind == "who_denied" and "inspections" in q.prompt]
    assert _answer(q) == "Alvin Grech"
    assert "Dana Holt" not in q.options  # she denied something too: never a wrong option


def test_who_made_the_quoted_denial(denials: list[Question]) -> None:
    (q,) = [q for q in denials if q.kind == "who_denied" and "categorically" in q.prompt]
    assert _answer(q) == "Dana Holt"
    assert "Alvin Grech" not in q.options


def test_what_denied(denials: list[Question]) -> None:
    qs = [q for q in denials if q.kind == "what_denied"]
    assert qs
    for q in qs:
        assert "Grech" in q.prompt
        assert _answer(q) == "That the warehouse had been left without inspections for months"


def test_verification_in_the_denial_story(denials: list[Question]) -> None:
    qs = {q.prompt: _answer(q) for q in denials if q.kind == "verification"}
    assert qs == {
        "According to the story, was the Associated Press able to verify the claim that 14 "
        "people were treated for smoke inhalation?": "The Associated Press could not verify it",
        "According to the story, did the port authority confirm the cause of the fire?": (
            "The port authority has not confirmed it"
        ),
    }


def test_verification_story(verification: list[Question]) -> None:
    qs = {q.prompt: _answer(q) for q in verification if q.kind == "verification"}
    # three of the five built are kept (the kind's share, at least three: KIND_MIN_CAP); which
    # follows the options' order (the trim drops from the most common keyed position), so the
    # options offered for a value ("how many drones", r9: no "denied it") changed those kept;
    # since ver11 the opening claim "its forces had destroyed …, a claim that could not be
    # independently verified" is asked too (by its speaker), and the trim keeps it
    assert qs == {
        "According to the story, was Reuters able to verify the claim by Kaldova's defence "
        "ministry that its forces had destroyed a fuel depot across the border?": (
            "Reuters could not verify it"
        ),
        "According to the story, was Reuters able to verify the location of a video that "
        "showed smoke rising over the depot?": "Reuters verified it",
        "According to the story, did the regional hospital confirm the deaths?": (
            "The regional hospital confirmed them"
        ),
    }


def test_every_verification_statement_is_read() -> None:
    text = (DATA / "wire_verification.txt").read_text(encoding="utf-8")
    found = {(v.by, v.status) for s in analyze(text).stories for v in s.verification}
    assert found == {
        ("Reuters", "unverified"),
        ("neighbouring government of Ostrana", "neither confirmed nor denied"),
        ("Reuters", "verified"),
        ("regional hospital", "confirmed"),
        ("Kaldovan officials", "unverified"),
    }


def test_claim_called_untrue_asks_what_the_claim_said() -> None:
    text = (
        "Tax claim disputed\n\n"
        "MERRIT, Alden (AP) — Campaign spokeswoman Mia Corr said on Thursday that Senator Ada "
        'Pike\'s claim that Tallis had raised property taxes twice is "simply not true."\n\n'
        "Economist Lara Winfield said property taxes rose by 2 percent a year. Union leader "
        "Sam Oduya said teachers had not had a raise in four years. Mayor Lena Holm said the "
        "city budget would be balanced next year."
    )
    built = generate(analyze(text), thin_giveaways=False)  # before giveaway.py
    qs = [q for q in built if q.kind in ("who_denied", "what_denied")]
    assert qs
    for q in qs:
        assert "not true" not in q.prompt + " ".join(q.options)
        if q.kind == "who_denied":
            assert q.prompt == (
                "According to the story, who denied that Tallis had raised property taxes twice?"
            )
            assert _answer(q) == "Mia Corr"
        else:
            assert _answer(q) == "That Tallis had raised property taxes twice"


def test_denied_that_keeps_a_clause_of_any_verb() -> None:
    text = (
        "Debate notes\n\n"
        "Senator Mara Quill denied that the new levy amounts to a tax increase, however, "
        "appearing to rely on an older definition.\n\n"
        "Governor Abe Lund said the levy would raise $2 billion. Economist Ina Roe said prices "
        "would rise by 3 percent next year. Mayor Cal Dorn said the city would sue."
    )
    (q,) = [q for q in generate(analyze(text), thin_giveaways=False) if q.kind == "who_denied"]
    assert q.prompt == (
        "According to the story, who denied that the new levy amounts to a tax increase?"
    )
    assert _answer(q) == "Mara Quill"
