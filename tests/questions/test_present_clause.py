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


@pytest.mark.parametrize(
    "text",
    [
        "Hale's remarks on taxes when the governor came under fire last year",
        "the thinking back when the city won the bid two years ago",
    ],
)
def test_a_noun_phrase_before_a_subordinate_clause_is_no_clause(text: str) -> None:
    # the verb of "when the governor came" is not the main clause's: "who said that Hale's
    # remarks on taxes when …?" made no sense
    assert not is_clause(text)


@pytest.mark.parametrize(
    "text", ["the plan failed when the money ran out", "the mayor would resign if the vote failed"]
)
def test_control_a_main_verb_before_the_subordinate_clause(text: str) -> None:
    assert is_clause(text)


@pytest.mark.parametrize(
    "sentence", ["Read part 1 here, and part 2 here.", "See chapter 1 here, and chapter 2 here."]
)
def test_a_pointer_to_a_link_is_furniture(sentence: str) -> None:
    from questions.generate.text import not_a_sentence

    assert not_a_sentence(sentence) == "furniture"


def test_control_here_in_prose_is_prose() -> None:
    from questions.generate.text import not_a_sentence

    assert not_a_sentence("Readers here said the plan was fine.") is None


def test_open_in_an_open_question_is_no_foil() -> None:
    from questions.generate.kinds.hedge_words import candidate_words

    sentence = "It is also an open question how loyal many of the supposed delegates will be."
    assert "open" not in candidate_words(sentence, "supposed")
