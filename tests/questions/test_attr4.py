"""Attribution fixes of branch attr4 (issue 7, train 2-fold F1, precision), from audited errors.

Three readings of a second cue in a sentence that already holds a rule's claim, where the second
cue is part of the first claim's report or of who its speaker is, not an attribution of its own:

- a sentence-final attribution ("…, the Courier reported", "…, according to the minutes") reports
  the clause before it, so a cue in that clause is part of its report, and an "According to X,"
  opening a sentence reports all of it;
- a verb joined by "and" after a speech verb's words, whose form fits the reported clause and
  not the speech verb ("said the group is neutral and supports …"), goes on with those words;
- an act in a relative clause on the speaker ("said Ana Reyes, a shipping agent who backed the
  mayor") tells who the speaker is; a verb of saying or thinking there is still a view.

Every sentence is written here; each case has controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze

_HEAD = "Harbor board weighs new tolls\n\n"


def _cues(sentence: str) -> list[str]:
    """The cue text of every attribution found in a one-sentence story, claims and others."""
    text = _HEAD + sentence
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                out.append(text[c.cue_span[0] : c.cue_span[1]])
    return sorted(out)


# --- a sentence-final attribution reports the clause before it


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        (
            "Mayor Lena Voss wanted to sell the old depot to a developer, a plan critics called"
            " reckless, the Harbor Courier reported.",
            ["reported"],
        ),
        (
            "Councillor Ted Marsh compared the budget to a “leaky bucket,” according to minutes"
            " of the meeting.",
            ["according to"],
        ),
    ],
)
def test_clause_before_a_final_attribution_is_its_report(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # each of two reports has its own words before it
        (
            "The mill will close in May, the union said, while the plant will stay open, the"
            " mayor said.",
            ["said", "said"],
        ),
        # the later cue is a relative clause on a noun of the first claim
        (
            "Reed accused the board of waste, a charge that the board chairman denied.",
            ["accused", "denied"],
        ),
        # a subordinate clause opens the sentence
        (
            "When Reed accused the board of waste, the chairman walked out, the Courier reported.",
            ["accused", "reported"],
        ),
        # a denial after the clause answers it, it does not report it
        (
            "Port officials said the dredger sank overnight, a claim Norvel Shipyards denies.",
            ["denies", "said"],
        ),
        # "as the Courier reported" is an aside on the clause, not its report
        (
            "Reed wanted to sell the depot, a plan critics called reckless, as the Courier"
            " reported.",
            ["reported", "wanted"],
        ),
    ],
)
def test_final_attribution_controls(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues


# --- an "According to X," opening the sentence reports all of it


def test_cue_after_opening_according_to_is_its_report() -> None:
    sentence = "According to the minutes, Reed spoke first, and Hale asked the board to wait."
    assert _cues(sentence) == ["According to"]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # a semicolon ends what the opening reports
        (
            "According to the minutes, Reed spoke first; Hale later asked the board to wait.",
            ["According to", "later asked"],
        ),
        # "according to" not opening the sentence
        (
            "When the vote came, according to the minutes, Hale asked the board to wait.",
            ["according to", "asked"],
        ),
    ],
)
def test_according_to_controls(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues


# --- a verb after "and" whose form fits the reported clause goes on with the words


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        (
            "Luis Ortega, the head of the guild, said the group is neutral and supports"
            " candidates of both parties.",
            ["said"],
        ),
        ("Gus Pratt said few voters would follow the senator and endorse the governor.", ["said"]),
    ],
)
def test_verb_after_and_goes_on_with_the_words(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # two past verbs: a second act of the speaker
        ("Mayor Ann Reed said the plan was sound and called it overdue.", ["called", "said"]),
        # two present verbs: the same
        ("Tom Hale says the plan works and insists it will save money.", ["insists", "says"]),
    ],
)
def test_verb_after_and_controls(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues


# --- an act in a relative clause on the speaker tells who the speaker is


@pytest.mark.parametrize(
    "sentence",
    [
        "“The port needs dredging,” said Ana Reyes, a shipping agent who backed the mayor in the"
        " last election.",
        "“We will appeal,” said Tom Hale, a lawyer who declined to give his fee.",
        "Ana Reyes, who opposed the tolls, said the vote was rushed.",
    ],
)
def test_act_describing_the_speaker_is_no_attribution(sentence: str) -> None:
    assert _cues(sentence) == ["said"]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        (
            "“The fee is too high,” said Ana Reyes, a trader who said she would move her business.",
            ["said", "said"],
        ),
        (
            "Ana Reyes, who argued the tolls were illegal, said the vote was rushed.",
            ["argued", "said"],
        ),
    ],
)
def test_view_of_the_speaker_stays(sentence: str, cues: list[str]) -> None:
    assert _cues(sentence) == cues
