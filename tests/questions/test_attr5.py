"""Attribution recall of branch attr5 (issue 7, train 2-fold F1), from audited misses.

Two readings, each checked on train's held-out halves:

- a listed cue with its words whose speaker the rules could not name ("Reed continued on Tuesday,
  saying …", "…, telling the Ledger that …", "… and made clear that …") was dropped; it is now an
  attribution whose speaker is read from the words around it, as a learned cue's is (kept apart,
  act "learned", never quizzed);
- a learned cue of several words ("are looking forward", "renewed endorsement") reads its speaker
  before its first word, not before its last ("young farmers are looking" was the speaker).

Every sentence is written here; each case has controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.learned import cue_model

_HEAD = "Valley board weighs new dam\n\n"

needs_model = pytest.mark.skipif(cue_model() is None, reason="no learned cue model")


def _all(text: str) -> list[tuple[str, str, str | None]]:
    """(act, cue, source as written) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            out.append((c.act, c.cue or "", c.source_text))
    return out


def _with_cue(text: str, cue: str) -> list[tuple[str, str, str | None]]:
    return [a for a in _all(text) if a[1] == cue]


# --- a listed cue whose speaker the rules could not name


@pytest.mark.parametrize(
    "sentence, cue, speaker",
    [
        ("Reed continued on Tuesday, saying the levy had been a mistake.", "saying", "Reed"),
        (
            "The Hale campaign responded Friday, saying the report was wrong.",
            "saying",
            "The Hale campaign",
        ),
        (
            "Ann Bell continued her push online, referencing a report that the mill would close.",
            "referencing",
            "Ann Bell",
        ),
        (
            "Tom Vance then interjected, calling the mayor's budget a gift to developers.",
            "calling",
            "Tom Vance",
        ),
        (
            "Gil Marsh said he saw no reason to change course, telling the Ledger that the county"
            " was doing fine.",
            "telling the Ledger",
            "Gil Marsh",
        ),
    ],
)
def test_unnamed_speaker_read_near(sentence: str, cue: str, speaker: str) -> None:
    found = _with_cue(_HEAD + sentence, cue)
    assert found == [("learned", cue, speaker)]


@needs_model
def test_made_clear_after_a_learned_cue() -> None:
    text = (
        _HEAD + "Ellen Cho continued to voice doubts about the bridge and made clear that she"
        " would not back it."
    )
    assert _with_cue(text, "made clear") == [("learned", "made clear", "Ellen Cho")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a cue that needs a quotation reports no words without one
        "Fighting continued overnight in the valley.",
        "Work on the dam continues, the contractor's sign reads.",
        # a fall in figures is no act
        "Trade between the two towns declined 40 percent last year.",
    ],
)
def test_no_speaker_no_words_controls(sentence: str) -> None:
    acts = [a for a in _all(_HEAD + sentence) if a[1] in ("continued", "continues", "declined")]
    assert acts == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the rules name these speakers: unchanged, still claims
        ("Ann Reed said the bridge was safe.", [("claim", "said", "Ann Reed")]),
        ("Vance replied, “We will win.”", [("claim", "replied", "Vance")]),
        (
            "Mayor Dan Ross has waded into the dispute, throwing his weight behind the farmers'"
            " plan.",
            [("claim", "throwing his weight behind", "Mayor Dan Ross")],
        ),
    ],
)
def test_named_speakers_unchanged(sentence: str, expected: list) -> None:
    assert _all(_HEAD + sentence) == expected


def test_read_near_is_never_quizzed() -> None:
    text = _HEAD + "Reed continued on Tuesday, saying the levy had been a mistake."
    story = analyze(text).stories[0]
    assert [c.cue for c in story.claims] == []
    assert [c.act for c in story.others] == ["learned"]


# --- a learned cue of several words: its speaker before its first word


@needs_model
@pytest.mark.parametrize(
    "sentence, cue, speaker",
    [
        (
            "Outside the hall, young farmers are looking forward to a warm welcome in Tallowby.",
            "looking forward",
            "young farmers",
        ),
        (
            "Reed's renewed endorsement of his staff came with caveats.",
            "renewed endorsement",
            "Reed's",
        ),
    ],
)
def test_learned_run_speaker_before_first_word(sentence: str, cue: str, speaker: str) -> None:
    found = _with_cue(_HEAD + sentence, cue)
    assert found == [("learned", cue, speaker)]


@needs_model
def test_learned_single_word_speaker_unchanged() -> None:
    text = (
        _HEAD + "Councillor Ada Voss, a lawyer, will visit the radio station to talk about the dam."
    )
    assert _with_cue(text, "talk") == [("learned", "talk", "Councillor Ada Voss")]
