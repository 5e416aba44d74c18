"""hedge_words and characterization on ordinary news (issue 7): the hedges news is full of
become questions, with wrong options that are words of the same sentence and do not hedge; a
source's quoted description ("called the plan “a disgrace”") becomes a characterization
question. Every sentence here was written for these tests (invented places and people)."""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.kinds.characterization import _source_is_subject, verb_forms
from questions.generate.kinds.hedge_words import candidate_words, signals_uncertainty
from questions.model import Question

HEAD = "Floods close the valley road\n\n"
LEDE = (
    "Heavy rain closed the main road into the Orlen valley for a third day on Friday, cutting "
    "off four villages and leaving hundreds of drivers stranded near the old bridge.\n\n"
)
SOURCES = (
    "Regional governor Petra Halm said the army would send two helicopters on Saturday.\n\n"
    "Tomas Brekk, a hydrologist at Orlen University, said the river had risen by two metres.\n\n"
    "The bus company Valley Lines said forty services had been cancelled since Tuesday.\n\n"
)


def story(*paragraphs: str) -> str:
    return HEAD + LEDE + "".join(p + "\n\n" for p in paragraphs) + SOURCES


def of_kind(text: str, kind: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind == kind]


def right(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# -- hedge_words: the hedges of ordinary news are asked about --------------------------------

# Wrong options must never be defensible: no hedge, modal, negation, verb of saying,
# verification or denial, approximation or "not yet" word.
_DEFENSIBLE = re.compile(
    r"confirm|deny|deni|neither|not|never|report|claim|alleg|may|might|could|said|say|seem"
    r"|appear|unclear|likely|possib|presum|propos|prospect|planned|nearly|about|some"
)

HEDGED = [
    (
        "may_have",
        "The driver of the lorry may have fallen asleep before the crash, the regional police "
        "said in a brief statement on Saturday.",
        "may",
    ),
    (
        "unclear_whether",
        "It is unclear whether the new bridge will reopen before the busy summer season.",
        "unclear",
    ),
    (
        "presumably",
        "The old pumps were presumably switched off when the local power station flooded.",
        "presumably",
    ),
    (
        "believed_to",
        "The missing hiker is widely believed to have taken the longer northern path.",
        "believed",
    ),
    (
        "seemingly",
        "The mayor seemingly ignored several earlier warnings from the national weather office.",
        "seemingly",
    ),
    (
        "unconfirmed",
        "Unconfirmed rumours of a second major landslide spread quickly through the eastern "
        "villages.",
        "unconfirmed",
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "hedge"), [c[1:] for c in HEDGED], ids=[c[0] for c in HEDGED]
)
def test_hedge_question_made_with_honest_foils(paragraph: str, hedge: str) -> None:
    qs = [q for q in of_kind(story(paragraph), "hedge_words") if paragraph[:30] in q.prompt]
    assert qs, "a hedge question is made"
    (q,) = qs
    assert right(q) == hedge
    wrong = [o for o in q.options if o != hedge]
    assert len(wrong) >= 2
    assert not [w for w in wrong if _DEFENSIBLE.search(w)], wrong
    assert all(re.search(rf"\b{re.escape(w)}\b", paragraph, re.IGNORECASE) for w in wrong)
    assert hedge in q.explanation.lower() and paragraph[:40] in q.explanation


NOT_HEDGED = [
    # "may have" + a noun: a possibility to come, not an unconfirmed event
    (
        "may_have_a_noun",
        "After the flood, the farmers may have a better harvest next year than the towns expect.",
    ),
    # "couldn't possibly": emphasis, not doubt
    (
        "negated_possibly",
        "The clean-up couldn't possibly have started sooner, given the heavy rain and the "
        "flooded roads.",
    ),
    # reports that are documents, not hearsay
    (
        "filed_reports",
        "The quarterly reports that list spending on flood defences were published on Monday.",
    ),
    ("report_relative", "A long official report that could reshape flood insurance is due in May."),
    # a hedge inside a speaker's quotation (single curly marks) is the speaker's, not the story's
    (
        "quoted_single",
        "‘The dam may have failed overnight,’ a local farmer told the national broadcaster.",
    ),
    # "claimed responsibility" / "claimed the lives of": nothing unconfirmed
    (
        "claimed_responsibility",
        "A small militant group claimed responsibility for the sabotage of the eastern pumping "
        "station.",
    ),
    # the story says the claim is false: refuted, not "unconfirmed"
    (
        "debunked_claim",
        "The mayor repeated the debunked claim that the old dam had been built without any steel.",
    ),
    # a heading in capitals glued to the sentence
    (
        "caps_heading",
        "ORLEN MAYOR QUITS After weeks of public criticism over alleged delays, the former "
        "mayor finally resigned on Sunday.",
    ),
    # a title-case headline line
    ("headline", "Orlen Mayor Reportedly Weighs Early Evacuation Of Southern Villages"),
]


@pytest.mark.parametrize("paragraph", [c[1] for c in NOT_HEDGED], ids=[c[0] for c in NOT_HEDGED])
def test_no_hedge_question_where_nothing_is_hedged(paragraph: str) -> None:
    assert not [q for q in of_kind(story(paragraph), "hedge_words") if paragraph[:25] in q.prompt]


def test_amid_reports_is_a_hedge_but_a_document_report_is_not() -> None:
    s = "Shares fell amid reports that the chairman had resigned."
    assert signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    s = "Annual reports that list the donors are public."
    assert not signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    s = "It also hired staff who review reports of abuse."
    assert not signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    s = "The radio station didn't report that the mayor had resigned."  # a verb
    assert not signals_uncertainty(s, (s.index("report"), s.index("report") + 6))


def test_foils_are_never_words_of_doubt_or_falsity() -> None:
    words = candidate_words(
        "The voters, deeply skeptical, reportedly mocked the fictitious and misleading figures.",
        "reportedly",
    )
    assert not {"skeptical", "fictitious", "misleading"} & set(words)
    assert "deeply" in words


def test_foils_take_superlatives_and_adjectives_in_ic_not_nouns() -> None:
    words = candidate_words(
        "The biggest protest seemingly drew chaotic crowds and loud music to the square.",
        "seemingly",
    )
    assert {"biggest", "chaotic"} <= set(words)
    assert not {"protest", "music"} & set(words)


def test_might_have_is_not_asked() -> None:
    """ "might have" is most often a road not taken ("the city might have built a dam")."""
    s = "The city might have built a second dam decades ago."
    assert not signals_uncertainty(s, (s.index("might"), s.index("might") + 5))


def test_foils_are_not_verbs_in_ly_nor_words_of_doubt() -> None:
    words = candidate_words(
        "Those strict rules seemingly did not apply to the prospective owners of the proposed "
        "and nearly finished tower, officially opened recently.",
        "seemingly",
    )
    assert "apply" not in words
    assert not {"prospective", "proposed", "nearly"} & set(words)
    assert {"officially", "recently"} <= set(words)


# -- characterization: "called X “Y”" -------------------------------------------------------


def test_called_with_a_quoted_description_is_a_characterization() -> None:
    text = story(
        "Opposition leader Ivo Marek called the rescue plan “slow and chaotic.”",
        "Farmers’ union chief Lena Sorel said the valley needed new dykes within a year.",
    )
    (q,) = of_kind(text, "characterization")
    assert q.prompt == "According to the story, who called the rescue plan “slow and chaotic”?"
    assert right(q) == "Ivo Marek"
    assert "Ivo Marek" not in [o for o in q.options if o != right(q)]
    assert "slow and chaotic" in q.explanation


NOT_CHARACTERIZED = [
    # under a negation: the source did not call it that
    (
        "negated",
        "Ivo Marek criticised the governor for not calling the flood a national emergency.",
    ),
    # the thing is a bare possessive: whose son, the question cannot say
    ("possessive", "Ivo Marek called their daughter “the pride of the valley.”"),
    # the description is not in the source's words
    ("unquoted", "Ivo Marek called the rescue plan a slow and chaotic effort."),
    # "called for": a request, no description
    ("called_for", "Ivo Marek called for an inquiry into the rescue plan."),
]


@pytest.mark.parametrize(
    "paragraph", [c[1] for c in NOT_CHARACTERIZED], ids=[c[0] for c in NOT_CHARACTERIZED]
)
def test_no_characterization_question(paragraph: str) -> None:
    text = story(paragraph, "Farmers’ union chief Lena Sorel said the valley needed new dykes.")
    assert not of_kind(text, "characterization")


def test_participle_source_is_the_subject_of_the_sentence() -> None:
    """ "X ran the campaign, and soon ads appeared calling the plan “...”": not X's words."""
    text = story(
        "Ivo Marek ran the opposition campaign, and soon newspaper ads were running "
        "calling the rescue plan “a costly failure.”",
        "Farmers’ union chief Lena Sorel said the valley needed new dykes within a year.",
    )
    assert not of_kind(text, "characterization")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Ivo Marek ran the opposition campaign, and soon newspaper ads were running "
            "calling the rescue plan “a costly failure.”",
            False,
        ),
        ("Ivo Marek spoke for an hour, calling the rescue plan “a costly failure.”", True),
        ("Ivo Marek called the rescue plan “a costly failure.”", True),
    ],
)
def test_source_is_subject_rule(sentence: str, subject: bool) -> None:
    """The rule itself, with the name as the source (the analysis may read the first sentence's
    source otherwise, which would let the end-to-end test above pass for another reason)."""
    text = story(sentence)
    claim = next(c for s in analyze(text).stories for c in s.claims if c.stance == "characterizes")
    at = text.index("Ivo Marek")
    named = replace(claim, source_span=(at, at + len("Ivo Marek")))
    assert _source_is_subject(SimpleNamespace(text=text), named) is subject


@pytest.mark.parametrize(
    ("cue", "forms"),
    [
        ("called", ("did", "call")),
        ("calling", ("did", "call")),
        ("has also called", ("has", "called")),
        ("dubbed", ("did", "dub")),
        ("never called", None),
        ("describes", ("does", "describe")),
    ],
)
def test_verb_forms(cue: str, forms: tuple[str, str] | None) -> None:
    assert verb_forms(cue) == forms


# -- source_check: what kind of source ------------------------------------------------------


def test_an_organisations_president_is_not_a_government_official() -> None:
    said = " said the valley needed new dykes before next winter.\n\n"
    others = (
        "Tomas Brekk, a hydrologist at Orlen University, said the river had risen by two metres."
        "\n\nThe bus company Valley Lines said forty services had been cancelled since Tuesday.\n"
    )
    union = HEAD + LEDE + "Farmers Union President Karin Vell" + said + others
    mayor = HEAD + LEDE + "Mayor Karin Vell" + said + others
    asked = [q for q in of_kind(mayor, "source_check") if "new dykes" in q.prompt]
    assert [right(q) for q in asked] == ["A government or its officials"]  # the control
    for q in of_kind(union, "source_check"):
        assert not ("new dykes" in q.prompt and right(q) == "A government or its officials")


@pytest.mark.parametrize(
    ("said", "clean"),
    [
        ("while most of the roads were reopened by Sunday", None),
        ("the mayor had ignored it - “He would have ignored a flood,” Ms. Halm said twice", None),
        ("A family of four was among the passengers", "a family of four was among the passengers"),
        ("the river had risen by two metres", "the river had risen by two metres"),
    ],
)
def test_source_kind_claim_is_no_side_clause_nor_a_nested_quotation(
    said: str, clean: str | None
) -> None:
    from questions.generate.kinds.source_check import _clean_said

    assert _clean_said(said) == clean


def test_a_headline_mention_does_not_show_a_government_title() -> None:
    """A headline read as a mention of the speaker ("Radio Orlen President On Marek") gives them
    the station president's title: the kind must come from the story's own sentences."""
    from gen_fixtures import claim, one_story

    from questions.generate.registry import Context
    from questions.generate.sources import shows_kind

    head = "Radio Orlen President On Marek: Good For Ratings"
    body = "Ivo Marek said the station had doubled its audience since March."
    text = head + "\n" + body + "\n"
    claims = [
        claim(text, head, "Ivo Marek", head[:30], "On", "Good For Ratings", kind="official"),
        claim(text, body, "Ivo Marek", "Ivo Marek", "said", "the station had doubled its audience"),
    ]
    analysis = one_story(text, claims)
    ctx = Context(analysis, analysis.stories[0])
    assert not shows_kind(ctx, "Ivo Marek", "official")


def test_paragraph_opening_pronoun_is_no_characterization_source() -> None:
    """ "He portrayed X as Y" opening a paragraph after another speaker's sentence: whose "he" is
    a guess, so no question names him."""
    text = story(
        "Ivo Marek has said for weeks that the rescue plan ignores the eastern villages. "
        "Reporter Anna Dahl wrote back that the plan had reached every village by Friday.",
        "He portrayed the rescue plan as a gift to the western towns.",
    )
    assert not of_kind(text, "characterization")


@pytest.mark.parametrize(
    ("sentence", "prompt"),
    [
        (
            "The Orlen Farmers Union has described the rescue plan as a slow and costly effort.",
            "who has described the rescue plan as a slow and costly effort?",
        ),
        (
            "Opposition leader Ivo Marek sees the rescue plan as a slow and costly effort.",
            "who sees the rescue plan as a slow and costly effort?",
        ),
    ],
)
def test_characterization_prompt_keeps_the_cues_tense(sentence: str, prompt: str) -> None:
    text = story(sentence, "Farmers’ union chief Lena Sorel said the valley needed new dykes.")
    (q,) = of_kind(text, "characterization")
    assert q.prompt.endswith(prompt)
