"""Wording of questions over forms a teacher met in a second batch of fresh wire stories (issue 7),
tested here on invented stories of the same forms.

* An organisation's officer named by "its director, Jane Doe" (after the organisation's own
  claim, the quotation first: "“…,” its director, Jane Doe, posted") is the organisation's own
  voice: never a wrong option of who said the organisation's claim, nor it of hers.
* A source named by a common noun's possessive ("the treasurer's office") keeps its "the"
  inside a prompt; a person's possessive ("Anna Berg's office") takes none.
* The addressee of "told" ("told a briefing that …", "told the Velda Courier she …") is marked
  with the cue, not left in what is claimed; a time or place after it is not.
* A denial whose clause points back ("that any such letter had arrived", "that this
  decision …") says nothing when asked alone: no what_denied or who_denied question on it.
"""

from __future__ import annotations

import pytest
from story_kit import answer, kinds_built

from questions import analyze
from questions.generate.registry import KINDS, Context
from questions.generate.sources import distractors, source_key, story_sources
from questions.generate.text import display_name, leans_back

DAM = (
    "Regional council approves Tarn Valley dam\n\n"
    "DELSBY, March 4 - The regional council of Ostmark on Tuesday approved plans for a"
    " hydroelectric dam on the Tarn river, ending a two-year dispute.\n\n"
    "Council leader Petra Halvorsen said the dam would supply power to forty thousand homes."
    " Engineer Tomas Brekke, who drew up the plans, told reporters the work would start in"
    " June.\n\n"
    "Conservation group Riverwatch claimed the dam would wipe out the salmon run within a"
    " decade. {officer}\n\n"
    "Farmer Jon Aske said the reservoir would flood his grazing land.\n"
)


def _wrong_names(text: str) -> dict[str, set[str]]:
    """Each source's name → the names offered as wrong options of who said its first claim."""
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    sources = story_sources(ctx)
    out: dict[str, set[str]] = {}
    for claim in analysis.stories[0].claims:
        info = sources.get(source_key(claim.source or ""))
        if info and info.name not in out:
            out[info.name] = {w.name for w in distractors(ctx, info, claim)}
    return out


@pytest.mark.parametrize(
    "officer",
    [
        "“We will fight this in every court,” its director, Siri Vangen, posted on social media.",
        "“We will fight this in every court,” its spokesperson Siri Vangen said.",
        "Siri Vangen, its director, said the valley would never recover.",
    ],
)
def test_an_organisations_officer_is_never_its_wrong_option(officer: str) -> None:
    wrong = _wrong_names(DAM.format(officer=officer))
    group = "Riverwatch"  # shown without its description "Conservation group"
    assert "Siri Vangen" not in wrong[group]
    assert group not in wrong["Siri Vangen"]
    assert "Jon Aske" in wrong[group]  # control: someone else is still offered


def test_its_officer_within_a_sentence_is_not_tied_to_the_last_group() -> None:
    # control: "its" of a noun inside the sentence ("the Delsby Water Board and its
    # chairman") is not the group that spoke last, so the person stays a wrong option
    officer = (
        "Shop owner Lise Tangen said the Delsby Water Board and its chairman, Siri Vangen,"
        " had ignored the town."
    )
    wrong = _wrong_names(DAM.format(officer=officer))
    assert "Lise Tangen" in wrong["Riverwatch"]
    assert not {"Siri Vangen"} & set(wrong)  # she says nothing: no source of her own


STATEMENT = (
    "Ferry subsidy cut in Velda county\n\n"
    "VELDA, May 2 - Velda county cut its ferry subsidy by a third on Thursday, the second cut in"
    " two years.\n\n"
    "{source} said in a statement that every island pupil would still cross for free. Ferry"
    " operator Nordlink told reporters its timetable would shrink in the autumn.\n"
)


def test_a_common_nouns_possessive_keeps_the_in_the_prompt() -> None:
    qs = kinds_built(STATEMENT.format(source="The treasurer's office"), "source_check")
    prompts = [q.prompt for q in qs]
    assert any("how did the treasurer's office make the claim" in p for p in prompts), prompts
    assert not any("did treasurer's office" in p for p in prompts)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("treasurer's office", "the treasurer's office"),
        ("harbourmaster’s staff", "the harbourmaster’s staff"),
        ("Anna Berg's office", "Anna Berg's office"),  # control: a person's, no "the"
        ("the treasurer's office", "the treasurer's office"),  # control: one "the" only
    ],
)
def test_display_name_of_a_possessive(name: str, shown: str) -> None:
    assert display_name(name) == shown


STRIKE = (
    "Rail strike halts trains in Morsund\n\n"
    "MORSUND, Jan 12 - Drivers in Morsund walked out on Monday over pay, halting all services"
    " across the region.\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        (
            "Port captain Olle Hedin told a crowded briefing that the ferry lane would reopen"
            " by Friday.",
            "Port captain Olle Hedin told a crowded briefing",
        ),
        # controls: what the cue already held, and a time after the addressee
        (
            "Union organiser Per Moe told reporters that drivers would stay out for a week.",
            "Union organiser Per Moe told reporters",
        ),
        (
            "Union organiser Per Moe told a briefing on Sunday that drivers would stay out.",
            "Union organiser Per Moe told a briefing",
        ),
    ],
)
def test_the_addressee_of_told_is_marked_with_the_cue(sentence: str, marked: str) -> None:
    analysis = analyze(STRIKE.format(sentence=sentence))
    qs = KINDS["spot_the_cue"].build(Context(analysis, analysis.stories[0]))  # before the caps
    answers = [" ".join(q.options[i] for i in q.answer) for q in qs]  # type: ignore[union-attr]
    assert marked in answers, answers


def test_a_named_addressee_read_into_the_claim_is_never_left_out_of_the_cue() -> None:
    # the analysis reads "the Velda Courier she had seen …" as what is claimed: the question is
    # either skipped (its explanation would quote the paper's name as part of the claim) or marks
    # the paper with the cue, never "told" alone with the paper left among the claimed words
    sentence = (
        "Harbour pilot Eva Lund told the Velda Courier she had seen the ferry drift for ten"
        " minutes."
    )
    analysis = analyze(STRIKE.format(sentence=sentence))
    qs = KINDS["spot_the_cue"].build(Context(analysis, analysis.stories[0]))
    answers = [" ".join(q.options[i] for i in q.answer) for q in qs]  # type: ignore[union-attr]
    assert "Harbour pilot Eva Lund told" not in answers, answers


LIFT = (
    "Roof leak shuts Brandvik school\n\n"
    "BRANDVIK, Nov 3 - Brandvik secondary school closed two wings on Wednesday after rain came"
    " through the roof of its sports hall, the town council said.\n\n"
    "A teacher, Ruben Falk, claimed that the school board had been warned the roof was rotten."
    " The board's chair, Astrid Moen, denied that {denied}.\n\n"
    "Caretaker Nils Vik said buckets had stood in the hall since August. Building inspector Tove"
    " Ek said a survey would start next month.\n\n"
    "Pupil Jonas Rud said lessons had moved to the library. A parent, Lena Borg, said the"
    " council had acted fast. Councillor Pia Holt said the school had lost its repair budget.\n"
)


@pytest.mark.parametrize(
    "denied",
    ["any such letter had arrived", "the board had received such letters"],
)
def test_a_denial_that_points_back_is_not_asked_alone(denied: str) -> None:
    qs = kinds_built(LIFT.format(denied=denied), "what_denied", "who_denied")
    assert not [q.prompt for q in qs if "such" in q.prompt or "such" in answer(q)]


def test_a_denial_that_says_what_it_denies_is_still_asked() -> None:
    # control: the same denial, saying what is denied
    qs = kinds_built(LIFT.format(denied="the roof had been reported unsafe"), "what_denied")
    assert [answer(q) for q in qs] == ["That the roof had been reported unsafe"]


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        ("that any such letter had arrived", "such"),
        ("that this ruling had put pupils at risk", "this"),
        ("that these were false", "these"),
        ("that that claim was true", "that"),
        # controls: a time, a generic "those who", a quoted "this", no pointer at all
        ("that the firm had broken rules this year", None),
        ("that the rules apply to those who ask", None),
        ("that he had said “this is wrong”", None),
        ("that reports of a leak were true", None),
    ],
)
def test_leans_back(phrase: str, word: str | None) -> None:
    assert leans_back(phrase) == word
