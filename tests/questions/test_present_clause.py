"""A clause in the present tense is a clause ("The budget asks everyone …", "The plan costs the
city money"): ``is_clause`` knew only listed verbs and words in -ed, so quotations and claims in
the present were never asked about. Controls: a noun phrase ending in a plural ("The new tax
cuts", "the budget proposals for the year") is still no clause."""

from __future__ import annotations

import pytest

from questions.generate.text import is_clause


@pytest.mark.parametrize(
    "text",
    [
        "“This budget asks everyone to give a little,”",
        "The plan costs the city money",
        "Our union demands a fair wage",
        "The mayor wants to win",
    ],
)
def test_present_tense_clauses(text: str) -> None:
    assert is_clause(text)


@pytest.mark.parametrize(
    "text", ["The new tax cuts", "the budget proposals for the year", "The glass houses"]
)
def test_control_plural_noun_phrases_are_no_clauses(text: str) -> None:
    assert not is_clause(text)
