"""Source names students see (issue 7, "who is speaking"): whole names, the person not the role.

Own sentences, written for these cases.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    """(resolved source, source text as written) of every claim."""
    return [(c.source, c.source_text) for s in analyze(text).stories for c in s.claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a capitalised word of an organisation's name is not a noun a relative clause follows
        ("The Fair Tax Policy Center says the plan would cost more.", "Fair Tax Policy Center"),
        ("The Harbour Policy Institute said the port was too small.", "Harbour Policy Institute"),
        # an apposition naming the person who holds a role names the speaker
        ("The Dock Union’s president, Jane Doe, said the strike would go on.", "Jane Doe"),
        ("Acme's chief executive, Maria Lopez, said profits rose.", "Maria Lopez"),
        ("The president of Acme, Jane Doe, said profits rose.", "Jane Doe"),
        # controls: a name before an apposition stays the name; an apposition with no name is
        # not taken
        ("Senator Ann Moss, a Democrat, said the bill was flawed.", "Ann Moss"),
        ("Officials of Acme, the company, said profits rose.", "Officials of Acme"),
    ],
)
def test_source_name(text: str, source: str) -> None:
    assert _sources(text)[0][0] == source


def test_relative_noun_still_cut_before_a_name() -> None:
    # "a move Republicans said would ...": lower-case "move" opens a bare relative clause
    text = "It was a move Republicans said would fail in the Senate."
    assert ("Republicans", "Republicans") in _sources(text)


def test_possessive_pronoun_tells_gender() -> None:
    # "her deputy" right after the mention says the speaker is a woman, so "He" is not her
    text = "Lena Moss praised her deputy Tom Alder on Monday. He said the budget was balanced."
    assert _sources(text)[1][0] != "Lena Moss"
    text = "Lena Moss thanked her staff on Monday. She said the budget was balanced."
    assert _sources(text)[1][0] == "Lena Moss"


def test_object_her_says_nothing() -> None:
    # "told her that": "her" is someone else, not a sign of the speaker's gender
    text = "Lena Moss told her that the plan was sound. She said it would pass."
    assert _sources(text)[1][0] == "Lena Moss"


@pytest.mark.parametrize(
    "text",
    [
        "The hospital confirmed that two patients had died.",
        "The university confirmed that the professor had resigned.",
    ],
)
def test_institution_confirms(text: str) -> None:
    story = analyze(text).stories[0]
    assert [v.status for v in story.verification] == ["confirmed"]
