"""Attribution forms found while closing the recall gap on unseen news (issue 7).

Each case is a sentence written here in the style of a construction the engine used to miss,
with the cue and the source it must find. Controls must find no claim on the listed word.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(cue, source text) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
                out.append((text[c.cue_span[0] : c.cue_span[1]], src))
    return out


FOUND = [
    (
        "two_apostrophes_inverted",
        "The tax plans are ''profoundly irresponsible,'' said Ann Bell, a budget analyst.",
        ("said", "Ann Bell"),
    ),
    (
        "inverted_after_quotation_common_noun",
        "“Donald is an amazing leader and a fighter,” said the 46-year-old, smiling.",
        ("said", "the 46-year-old"),
    ),
    (
        "inverted_after_quotation_indefinite",
        "“It is more of the same, but worse,” says a narrator.",
        ("says", "narrator"),
    ),
    (
        "asked_opening_the_sentence_has_no_source",
        "Asked whether she would run again next year, the mayor smiled and said nothing.",
        ("Asked", None),
    ),
    (
        "asked_about_has_no_source",
        "Asked about the new tax on fuel, the governor said nothing.",
        ("Asked", None),
    ),
    (
        "in_a_named_poll",
        "In a new Channel 9 poll released Monday, 52 percent of likely voters back the levy.",
        ("In", "a new Channel 9 poll"),
    ),
    (
        "percent_in_the_latest_survey",
        "The mayor won 45 percent support among older voters in the latest city survey.",
        ("in", "the latest city survey"),
    ),
    (
        "two_apostrophes_pronoun_after",
        "''We will be back next year,'' he said.",
        ("said", "he"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_form_is_found(text: str, expected: tuple[str, str | None]) -> None:
    cue, source = expected
    found = _found(text)
    assert any(
        c.lower() == cue.lower() and (s == source or (source and s and source in s))
        for c, s in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Sanders appears to be spending more heavily as the first vote nears.",
        "The senator seemed to be of two minds on Tuesday night.",
    ],
)
def test_seeming_is_nobody_s_claim(text: str) -> None:
    """A hedge on the outlet's own statement names no speaker, whatever its subject."""
    assert all(s is None for _, s in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mayor leads in the polls\n\nThe mayor is leading in the polls this spring.", "in"),
        ("Interview\n\nQ: Will you run again?\n\nA: I have not decided.", ":"),
        ("Tally\n\nSmith: 547.\n\nJones: 46.", ":"),
        ("Revealed: The Plan Nobody Saw Coming\n\nThe council met on Monday.", ":"),
    ],
)
def test_not_an_attribution(text: str, word: str) -> None:
    """Controls: a poll standing with no figures, interview labels, tallies, headline labels."""
    assert all(c != word for c, _ in _found(text)), _found(text)
