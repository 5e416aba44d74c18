"""Denials a fresh set of wire stories held and no question asked about (issue 7, session 3):

* "The army said the claim was false" after one claim in the sentence before;
* "… said the dam had held and that the claim was false": the anaphoric denial second;
* "X accused the Harbour Party of taking money …", then "The Harbour Party denied the
  accusation": the accusation "of taking money …";
* "The energy ministry … denied that …": a ministry of any portfolio is a denier to offer.
"""

from __future__ import annotations

from story_kit import kinds_built

OTHERS = (
    "\n\nResident Ann Reed said her cellar had flooded overnight.\n\n"
    "Shop owner Tom Hale said the high street had been closed since Sunday.\n\n"
    "Nurse Mia Lund said the clinic had treated forty people.\n"
)


def _denials(body: str) -> list:
    text = "Valley counts the damage\n\nHOLME (AP) — Rain fell for two days.\n\n" + body + OTHERS
    return kinds_built(text, "who_denied", "what_denied")


def test_the_claim_called_false_in_the_next_sentence() -> None:
    (q,) = [
        q
        for q in _denials(
            "Rebel commander Ivo Kran claimed that rebel units had taken the bridge at Dorn. "
            "The Estarran army said the claim was false."
        )
        if q.kind == "who_denied"
    ]
    assert q.prompt == (
        "According to the story, who denied the claim that rebel units had taken the bridge"
        " at Dorn?"
    )
    assert q.options[q.answer] == "The Estarran army"


def test_the_claim_called_false_after_and_that() -> None:
    qs = _denials(
        "Some residents alleged that the sluice gates had been opened without warning. "
        "The water board, Vale Water, said the gates had stayed shut and that the claim was false."
    )
    assert qs
    assert all("the sluice gates had been opened without warning" in q.explanation for q in qs)


def test_an_accusation_of_doing_something() -> None:
    (q,) = [
        q
        for q in _denials(
            "Ann Reed's campaign accused the Harbour Party of taking money from a shipping firm. "
            "The Harbour Party denied the accusation."
        )
        if q.kind == "who_denied"
    ]
    assert q.prompt == (
        "According to the story, who denied the accusation of taking money from a shipping firm?"
    )
    assert q.options[q.answer] == "The Harbour Party"


def test_a_ministry_of_any_portfolio_is_a_denier() -> None:
    qs = _denials(
        "The energy ministry said the grid would be repaired by Friday and denied that the "
        "blackout had been caused by a lack of money."
    )
    assert any("the energy ministry" in q.prompt or "energy ministry" in str(q.options) for q in qs)


def test_control_a_claim_called_true_is_no_denial() -> None:
    assert not _denials(
        "Rebel commander Ivo Kran claimed that rebel units had taken the bridge at Dorn. "
        "The Estarran army said the claim was true."
    )
