"""A speaker's aside between the subject and the cue (issue 7, session 3).

"Judge Ann Reed, writing for the majority, said ...", "Tom Hale, who calls the plan “a farce,”
said ...": the aside holds a cue of its own, or a quotation that holds the aside's closing
comma. The main cue is a claim of the subject; the aside's cue is kept apart (act "aside"), its
words ending where the aside ends. Controls: a quotation with no aside before an inverted cue.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    """(act, cue, source name, content) of every attribution of the text's first story."""
    story = analyze(text).stories[0]
    return [(c.act, c.cue or "", c.source or "", c.content) for c in story.claims + story.others]


MAIN = [
    (
        "participle",
        "Judge Ann Reed, writing for the majority in the 5-2 ruling, said the ferry law is sound.",
        "Ann Reed",
        "writing",
    ),
    (
        "participle_with_quotation",
        "Mr. Hale, citing “the great patience of voters,” said the tax would pass in March.",
        "Hale",
        "citing",
    ),
    (
        "relative_with_quotation",
        "Nora Vance, who calls the bridge plan “a farce,” said she would vote against it.",
        "Nora Vance",
        "calls",
    ),
    (
        "relative_with_two_apostrophes",
        "Ed Morrow, who called the levy ''a disgrace,'' said the council must vote again.",
        "Ed Morrow",
        "called",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "aside"), [c[1:] for c in MAIN], ids=[c[0] for c in MAIN]
)
def test_the_main_cue_is_the_subjects_claim(text: str, speaker: str, aside: str) -> None:
    found = _claims(text)
    said = [c for c in found if c[1] == "said"]
    assert said, found
    act, _, source, content = said[0]
    assert act == "claim"
    assert speaker in source
    assert "said" not in content
    # the aside's cue is no claim to quiz, and its words stop where the aside stops
    inner = [c for c in found if c[1].startswith(aside)]
    assert inner and all(c[0] != "claim" for c in inner), found
    assert all("said" not in c[3] for c in inner), found


CONTROLS = [
    # a quotation before an inverted cue, with no aside: the speaker comes after the cue
    ("“The dam will hold,” said Lena Ortiz, the county engineer.", "Lena Ortiz"),
    ("On Monday the senator called the levy “reckless,” said an aide to the mayor.", "aide"),
]


@pytest.mark.parametrize(("text", "speaker"), CONTROLS)
def test_a_quotation_without_an_aside_is_no_subject(text: str, speaker: str) -> None:
    said = [c for c in _claims(text) if c[1] == "said"]
    assert said and speaker in said[0][2], _claims(text)
