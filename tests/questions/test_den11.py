"""Denial forms the fresh wire stories left without a question (own stories in
tests/questions/data/den11/): a spokesperson's quoted "We categorically deny that …" of a
clause longer than a short quotation, and "rejected the accusation" answering "X blamed Y"
in the sentence just before, said by Y's own spokesman. Controls: no question when the
quotation needs a pronoun resolved, or when whose group rejects is unclear."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import who_denied as w
from questions.generate.registry import Context
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options

DATA = Path(__file__).parent / "data" / "den11"
DENIALS = ("who_denied", "what_denied")


def _story(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _denials(text: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind in DENIALS]


def test_quoted_we_deny_that_is_asked_of_its_speaker() -> None:
    qs = _denials(_story("quoted_we_deny.txt"))
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "Who made this denial: “We categorically deny that any member of our cooperative"
            " paid money to a harbour inspector”?",
            "Ilse Vantongeren",
        )
    ]
    # the accuser, the harbour master, the minister: none of them denied it
    assert set(wrong_options(qs[0])) == {"Tomas Ruddle", "Greta Olsson", "Paul Dekker"}


@pytest.mark.parametrize(
    "quote",
    [
        # "they": who? the quotation alone does not say
        "We categorically deny that they paid money to a harbour inspector",
        # two sentences in the quotation, too long to quote whole: more than one clause
        "We categorically deny that any member of our cooperative paid money to an inspector."
        " The union is lying",
        # too long for a prompt
        "We categorically deny that any member of our cooperative ever paid money or gave"
        " gifts of any kind to a harbour inspector or to anyone working for the port",
    ],
)
def test_quoted_we_deny_that_needing_more_is_not_asked(quote: str) -> None:
    text = _story("quoted_we_deny.txt").replace(
        "We categorically deny that any member of our cooperative paid money to a harbour"
        " inspector",
        quote,
    )
    assert not [q for q in _denials(text) if q.prompt.startswith("Who made this denial")]


def test_blamed_body_rejecting_through_its_named_spokesman() -> None:
    qs = _denials(_story("blamed_named.txt"))
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who rejected the accusation made by the Kelto Rights Centre?",
            "Amir Tolvey",
        )
    ]
    assert set(wrong_options(qs[0])) == {"Lena Markov", "Paulo Reyes"}


def _antecedents(text: str) -> list[tuple[str, str] | None]:
    an = analyze(text)
    ctx = Context(an, an.stories[0])
    out = []
    for c in an.stories[0].claims:
        if c.stance == "denies":
            ante = w.denied_antecedent(ctx, c)
            out.append(ante and (ante[0], ante[1]))
    return out


def test_spokesman_for_the_group_answers_the_blame_on_that_group() -> None:
    """ "A spokesman for the group" after "X blamed the Free Valley Brigade": the accusation
    against the brigade. (No question yet in this story: the analysis ties the spokesman to
    every source there, so no wrong option is left; see the report of den11.)"""
    assert _antecedents(_story("blamed_group.txt")) == [
        ("the accusation", "against the Free Valley Brigade")
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the accuser is a group too: which group rejects?
        ("The Kelto Rights Centre blamed", "The Kelto rights group blamed"),
        # the spokesman is someone else's
        ("A spokesman for the group, Amir Tolvey,", "A spokesman for the army, Amir Tolvey,"),
        # "the group that …": some other group
        ("A spokesman for the group,", "A spokesman for the group that runs the clinic,"),
    ],
)
def test_blame_rejected_by_an_unclear_group_is_not_resolved(old: str, new: str) -> None:
    text = _story("blamed_group.txt").replace(old, new)
    assert old not in text
    for ante in _antecedents(text):
        assert ante is None or "Free Valley Brigade" not in ante[1]
    for q in _denials(text):
        assert "Free Valley Brigade" not in q.prompt
