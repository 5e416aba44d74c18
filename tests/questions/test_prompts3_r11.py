"""Small wording faults a strict teacher still marks, on wire stories of our own:

- a verification matter that opened its sentence keeps no capital after "that" ("did the agency
  confirm that laboratory tests …"), unless a name;
- a source_check prompt whose words only open on a quoted fragment is asked as a claim, not as
  "say this: “validation” of …, and that …";
- "the man's account", "the official's statement": a common noun owns nothing a prompt can tell;
- hedge_words: a keyed word written twice in its sentence, once as no hedge, is not asked;
- what_denied: wrong options that point back ("That the council was checking the claim") go.
"""

from __future__ import annotations

from story_kit import kinds_built, wrong_options

from questions import analyze
from questions.generate import generate
from questions.generate.text import generic_owner, vague_option, vague_reference


def _questions(*paragraphs: str) -> list:
    return generate(analyze("\n\n".join(paragraphs)), thin_giveaways=False)


_RECALL = (
    "Health officials in Varno recalled 4,000 packs of frozen chicken on Tuesday after an "
    "outbreak sickened 31 people."
)


def test_confirmed_matter_opening_its_sentence_is_lowered() -> None:
    qs = _questions(
        _RECALL,
        "Laboratory tests on samples from the Kestrel Farms plant found salmonella, the agency "
        "confirmed.",
    )
    prompts = [q.prompt for q in qs if q.kind == "verification"]
    assert prompts
    assert all("that Laboratory" not in p for p in prompts), prompts
    assert any("that laboratory tests on samples" in p for p in prompts), prompts


def test_confirmed_matter_opening_on_a_name_keeps_it() -> None:  # control
    qs = _questions(
        _RECALL,
        "Kestrel Farms recalled a second batch on Wednesday, the agency confirmed.",
        "Kestrel Farms said it was working with inspectors.",
    )
    prompts = [q.prompt for q in qs if q.kind == "verification"]
    assert all("that kestrel" not in p for p in prompts), prompts


_BOARD = "The Brenmoor hospital board said on Monday it had adopted a new screening policy."


def test_quoted_fragment_run_on_is_asked_as_a_claim() -> None:
    qs = _questions(
        _BOARD,
        "Chief executive Dana Holt said in a statement that “validation” of the nurses' work "
        "had come at last, and that every patient would be screened within an hour of arrival.",
    )
    prompts = [q.prompt for q in qs if q.kind == "source_check"]
    assert prompts
    assert all("this: “validation”" not in p for p in prompts), prompts
    assert all("statement: “validation”" not in p for p in prompts), prompts


def test_whole_quotation_still_shown_as_spoken() -> None:  # control
    qs = _questions(
        _BOARD,
        "“Every patient will be screened within an hour,” chief executive Dana Holt said in a "
        "statement.",
    )
    prompts = [q.prompt for q in qs if q.kind == "source_check"]
    assert any(": “Every patient will be screened within an hour”?" in p for p in prompts)


def test_generic_person_possessive_is_vague() -> None:
    for prompt in (
        "According to the story, was the outlet able to verify the man's account of the night?",
        "According to the story, did police confirm the official's statement?",
        "According to the story, did the agency verify the person’s claim?",
        "According to the story, did the firm confirm the former employee's account?",
    ):
        assert generic_owner(prompt), prompt
        assert vague_reference(prompt), prompt
    # controls: a named owner, a qualified body, the noun owning no thing said
    for prompt in (
        "According to the story, did police verify Alena Brook's account of the night?",
        "According to the story, did the party confirm the Labour official's statement?",
        "According to the story, who said that the man's car was found near the river?",
    ):
        assert generic_owner(prompt) is None, prompt


def test_generic_possessive_verification_not_asked() -> None:
    qs = _questions(
        "A man was arrested in Dorvale on Sunday after a fire at a warehouse, police said.",
        "Police said they were examining the man's account of the night, which could not be "
        "verified.",
    )
    assert not [q for q in qs if "the man's account" in q.prompt]


_TUMOURS = (
    "Shares in Torvik Biotech rose sharply on Monday.",
    "Trials in people have not begun.",
)


def _hedges(sentence: str) -> list:
    return [q for q in _questions(_TUMOURS[0], sentence, _TUMOURS[1]) if q.kind == "hedge_words"]


def test_hedge_word_written_twice_once_unhedged_is_not_asked() -> None:
    assert not _hedges(
        "The study, which appeared in a leading journal last year, found the compound appeared "
        "to shrink tumours quickly in several mice."
    )


def test_hedge_word_written_once_is_still_asked() -> None:  # control
    qs = _hedges(
        "The study, published in a leading journal last year, found the compound appeared to "
        "shrink tumours quickly in several mice."
    )
    assert qs and qs[0].options and "appeared" in qs[0].options


_BRIDGE = (
    "Bridge row in Larkfield\n\n"
    "LARKFIELD, May 4 - Larkfield's council named a new works chief on Thursday, the city said."
    "\n\nCouncillor Rita Olsen said the ferry fares would rise in June. Engineer Amal Berg said "
    "that the council was checking the claim.\n\n"
    "Union leader Dora Pike said that dock workers could strike against the board.\n\n"
    "In a short interview, council member Tomas Reyes rejected the idea that the bridge was "
    "unsafe.\n"
)


def test_what_denied_drops_pointing_back_options() -> None:
    qs = kinds_built(_BRIDGE, "what_denied")
    for q in qs:
        assert "That the council was checking the claim" not in q.options, q.options


def test_what_denied_keeps_plain_options() -> None:  # control
    qs = kinds_built(_BRIDGE, "what_denied")
    assert qs
    assert "That the ferry fares would rise in June" in wrong_options(qs[0])
    assert vague_option("that the council was checking the claim")
    assert vague_option("that the reports were false")
    assert vague_option("that the claim that fares would rise was false") is None
    assert vague_option("that the ferry fares would rise in June") is None
