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
    "sentence", ["Read the first instalment here.", "See the full timeline of the trial here."]
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


def _fact_or_claim_statements(text: str) -> list[str]:
    from questions import analyze
    from questions.generate import generate

    built = generate(analyze(text), thin_giveaways=False)
    return [q.prompt for q in built if q.kind == "fact_or_claim"]


def test_a_hope_in_a_speakers_words_is_no_claim() -> None:
    from questions import analyze
    from questions.generate.claims import is_claim
    from questions.generate.registry import Context

    text = (
        "Bakery closes\n\nHOLME (AP) — Resident Margaret Finch said the bakery had closed in June."
        " She added that she hoped another business would take over the building.\n"
    )
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    added = [c for c in analysis.stories[0].claims if c.cue == "added"]
    assert added and not is_claim(ctx, added[0])
    said = [c for c in analysis.stories[0].claims if c.cue == "said"]
    assert said and is_claim(ctx, said[0])  # the control: what she said happened


def test_a_forecast_is_no_plain_fact() -> None:
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert not plain_fact(
        "Approval of the committee's plan is a foregone conclusion when the board meets June 16."
    )
    assert plain_fact("The board meets on June 16.")  # the control


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Resident Margaret Finch said the bakery had closed in June.", "Margaret Finch"),
        ("Swimming campaigner Joe Platt said the pool must reopen.", "Joe Platt"),
        ("Shop owner Tom Hale said the street was closed.", "Tom Hale"),
    ],
)
def test_a_role_opening_the_sentence_is_not_the_name(sentence: str, name: str) -> None:
    from questions import analyze

    text = f"Town news\n\nHOLME (AP) — Rain fell.\n\n{sentence}\n"
    assert [c.source for c in analyze(text).stories[0].claims] == [name]


def test_control_a_name_of_capitalised_words_stays_whole() -> None:
    from questions import analyze

    text = "Town news\n\nHOLME (AP) — Rain fell.\n\nBaker Street Bank said rates would rise.\n"
    assert [c.source for c in analyze(text).stories[0].claims] == ["Baker Street Bank"]
