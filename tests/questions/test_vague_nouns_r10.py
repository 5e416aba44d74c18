"""Prompts whose noun phrases point back to what only the story before them shows are not asked
(text.py ``vague_reference``, ``unintroduced_definite``, ``no_comment``; validate.py
``_vague``), on wire stories of our own:

- "on that request" (a demonstrative after a preposition), "his"/"her"/"its" with no owner in
  the prompt ("the app was among its five largest markets": the app is no owner of markets);
- a bare "the images"/"the report"/"the request": which one, the prompt does not say;
- "X said it could not comment": a refusal, not a claim;
- a capital left after "that" ("who said that Service on line B …") is lowered when the word is
  capitalised elsewhere only inside a longer name.

Controls: "that night", "the images of the crash", "the 2021 survey report", "the company",
"the man", "Who said that his party …" (the speaker), "into that voting booth" as spoken,
names after "that".
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.text import (
    lower_positional,
    no_comment,
    unintroduced_definite,
    vague_reference,
)


def _prompts(*paragraphs: str) -> dict[str, str]:
    """Prompt → kind of every question generated from a story of our own."""
    analysis = analyze("\n\n".join(paragraphs))
    return {q.prompt: q.kind for q in generate(analysis, thin_giveaways=False)}


def test_demonstrative_after_preposition_and_ownerless_possessives() -> None:
    assert vague_reference("Officials said a hearing on that request would be held in May.")
    assert vague_reference(
        "“The board may come back later with that request.” — Does the story report this as "
        "fact, or as someone's claim?"
    )
    assert vague_reference("The board voted against that proposal on Friday.")
    assert (
        vague_reference(
            "According to the story, who said that the app was among its five largest markets?"
        )
        == "its"
    )
    assert vague_reference("According to the story, who said that the vote was his idea?") is None
    assert vague_reference("Crowds said her speech was too long.") == "her"
    # controls
    assert vague_reference("The ferry sank on that night in 2009.") is None
    assert vague_reference("Prices rose in that case too.") is None
    assert vague_reference("Who said this: “I will walk into that voting booth”?") is None
    assert vague_reference("Turnout rose in this election.") is None
    assert vague_reference("Who said that his party would win the vote?") is None
    assert vague_reference("Police questioned her on Monday.") is None
    assert vague_reference("The council said its budget would rise.") is None


def test_bare_definites_of_documents_and_evidence() -> None:
    assert unintroduced_definite("was the Courier able to verify the images?")
    assert unintroduced_definite("did the ministry confirm that the report existed?")
    assert unintroduced_definite("the ministry was still handling the request")


def test_self_contained_definites_stand() -> None:
    assert unintroduced_definite("did police confirm the images of the fire?") is None
    assert unintroduced_definite("did the office confirm the 2021 survey report?") is None
    assert unintroduced_definite("the company said the depot would close") is None
    assert unintroduced_definite("the man said the van was stolen") is None
    assert unintroduced_definite("a report said the report was late") is None


def test_no_comment_is_not_a_claim() -> None:
    assert no_comment("the ministry could not comment on the case")
    assert no_comment("the firm declined to comment")
    assert no_comment("a spokesman had no immediate comment")
    assert not no_comment("the mayor commented on the plan at length")


def test_capital_after_that_only_inside_names() -> None:
    text = (
        "The Vennland Rail Service said trains ran late. service resumed at noon. "
        "The State Laboratory said so. a laboratory in Marlow helped. One thing is plain: "
        "Teachers are angry. The Union of Teachers met. teachers marched."
    )
    assert lower_positional("Service on line B was cut", text) == "service on line B was cut"
    assert lower_positional("Laboratory tests showed lead", text) == "laboratory tests showed lead"
    assert lower_positional("Teachers are angry", text) == "teachers are angry"
    # controls: a name, a given name before a surname
    assert lower_positional("Marlow said", text) == "Marlow said"
    assert lower_positional("Bill Tarn said", "said Bill Tarn. the bill") == "Bill Tarn said"


_FIRE = (
    "Fire at dairy depot",
    "TOLVA, Vennland (Wire) — Fire destroyed a dairy depot in Tolva on Sunday night, the fire "
    "service said, and 30 workers were sent home.",
    "Photos of the burning depot were posted online by a local student.",
    "The Tolva Courier was not able to verify the images.",
    "Lina Voss, a spokeswoman for the depot's owner Brenna Foods, said the company could not "
    "comment while police investigated.",
    "Fire chief Ola Brandt said the blaze had started in a storage room.",
    "Union leader Mette Ask said the workers would be paid for the week.",
)


def test_fire_story_asks_no_vague_or_no_comment_prompt() -> None:
    prompts = _prompts(*_FIRE)
    assert not any("verify the images" in p for p in prompts), prompts
    assert not any("could not comment" in p for p in prompts), prompts
    # control: a claim of its own still asked
    assert any("storage room" in p for p in prompts), prompts
