"""Denial forms the den9 wire stories left without a question (own stories): a denial in a
relative clause after a name that opens the sentence ("Caldor, who denies the charges, …"),
and a denial the denier reports of itself ("X said in a statement that it rejected the
group's claims and that …"). Each keys the right denier; controls make no wrong question."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options

DENIALS = ("who_denied", "what_denied")


def _denials(text: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind in DENIALS]


TRIAL = (
    "Trial opens for ferry captain\n\nHALDEN, Vesmark (AP) — The trial of a ferry captain accused"
    " of sailing while drunk opened on Tuesday in Halden.\n\n"
    "Prosecutors say {full} had drunk four beers before the ferry left port in March.\n\n"
    "{lead}, who denies the charges, listened to the evidence through an interpreter.\n\n"
    "Judge Greta Lund said the trial would last about two weeks.\n\n"
    "Passenger Anna Brisk said the ferry had swayed badly on the crossing.\n\n"
    "The ferry line carries about 2,000 people a day."
)


@pytest.mark.parametrize(
    ("full", "lead"),
    [
        ("Oskar Tamberg", "Tamberg"),  # the surname alone, its given name paragraphs before
        ("Oskar Tamberg", "Oskar Tamberg"),  # the name in full (asked before too: a control)
    ],
)
def test_relative_who_denies_is_the_name_before_it(full: str, lead: str) -> None:
    qs = [q for q in _denials(TRIAL.format(full=full, lead=lead)) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        ("According to the story, who denied the charges made by prosecutors?", "Oskar Tamberg")
    ]
    assert set(wrong_options(qs[0])) == {"Greta Lund", "Anna Brisk"}


@pytest.mark.parametrize(
    "lead",
    [
        "On Monday, Tamberg",  # not a name alone before the comma
        "Lawyers for the ferry line",  # a group, not a name
    ],
)
def test_relative_who_after_anything_but_a_name_stays_unresolved(lead: str) -> None:
    """Only a personal name that opens the sentence stands for "who": nothing else is keyed."""
    for q in _denials(TRIAL.format(full="Oskar Tamberg", lead=lead)):
        assert answer(q) not in ("Oskar Tamberg", "Tamberg")
        assert "Lawyers" not in answer(q)


def test_relative_who_of_a_surname_with_two_given_names_stays_unresolved() -> None:
    """ "Tamberg, who …" in a story naming both Oskar and Lena Tamberg: which one?"""
    text = TRIAL.format(full="Oskar Tamberg", lead="Tamberg").replace(
        "Judge Greta Lund said", "His sister Lena Tamberg said"
    )
    assert [q for q in _denials(text) if q.kind == "who_denied"] == []


TOWERS = (
    "Tenants say heating was off for weeks\n\nBIRCHFIELD, Norland (AP) — Tenants in two tower"
    " blocks said on Monday that they had gone without heating for most of January.\n\n"
    "A tenants' group said the boilers in both towers had been broken for three weeks.\n\n"
    "{denial}\n\n"
    "City councillor Paul Ostrem said he had asked for an inspection of the towers.\n\n"
    "Resident Anna Brisk said her children had slept in their coats.\n\n"
    "The towers hold about 400 flats."
)


def test_said_in_a_statement_that_it_rejected_the_claims() -> None:
    denial = (
        "Velmar Services said in a statement that it rejected the group's claims and that"
        " repairs had begun on Friday."
    )
    qs = [q for q in _denials(TOWERS.format(denial=denial)) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who rejected the group's claims that the boilers in both"
            " towers had been broken for three weeks?",
            "Velmar Services",
        )
    ]
    assert set(wrong_options(qs[0])) == {"Paul Ostrem", "Anna Brisk"}
    assert "tenants' group" in qs[0].explanation


@pytest.mark.parametrize(
    "denial",
    [
        # a person's "it": some body, not the speaker
        "Housing officer Paul Varga said it rejected the group's claims and that repairs had"
        " begun on Friday.",
        # someone else rejected the claims
        "Velmar Services said in a statement that the council had rejected the group's claims.",
        # the speaker's plan, not a denial made
        "Velmar Services said it would reject the group's claims.",
        # the claims rejected, and more after them: what else?
        "Velmar Services said it rejected the group's claims about the boilers in the towers.",
    ],
)
def test_said_rejected_controls(denial: str) -> None:
    for q in _denials(TOWERS.format(denial=denial)):
        assert answer(q) not in ("Velmar Services", "Paul Varga")
