"""Who is speaking (issue 7, readers' reports of session 3): surnames, pronouns, role words and
source kinds. Own sentences; names and places invented."""

from __future__ import annotations

from questions import analyze


def _story(*paragraphs: str) -> str:
    """A story: a headline and paragraphs, a blank line between."""
    return "\n\n".join(paragraphs) + "\n"


def _sources(text: str) -> list[tuple[int, str | None, str | None]]:
    """(line, resolved source, source kind) of every claim."""
    return [(c.line, c.source, c.source_kind) for s in analyze(text).stories for c in s.claims]


def _source_at(text: str, line: int) -> str | None:
    return next(source for at, source, _ in _sources(text) if at == line)


# --- 1. a bare surname goes to the person named in full before it, not to a later titled one


_MILL = _story(
    "Mill Plan Splits Valley Town.",
    "Nora Quint argued on Monday that the town could lower water rates and still fix the bridge.",
    "At a hearing on Wednesday, Quint said the old paper mill would open again in June.",
    "Council member Peter Vale said the plan would cost farmers more.",
    "Quint and her husband, former President Walter Quint, often walk along the river.",
)


def test_surname_goes_to_the_speaker_named_before_not_a_later_title() -> None:
    assert _source_at(_MILL, 5) == "Nora Quint"


def test_surname_after_both_stays_with_the_first_speaker() -> None:
    # the husband is named in passing; the story's "Quint" is still the woman it quotes
    text = _MILL + "\nLater, Quint said the mill would hire 40 workers.\n"
    assert _source_at(text, 11) == "Nora Quint"


def test_surname_in_a_headline_still_takes_the_titled_name_below() -> None:
    # control: nothing named before the headline, so the titled mention below names it
    text = _story(
        "Varga Says Talks Will Go On.",
        "Talks between the two ports will go on next month, government spokesman Imre "
        "Varga said on Friday.",
        "Varga said both sides wanted a deal before winter.",
    )
    assert [source for _, source, _ in _sources(text)] == ["Imre Varga"] * 3


def test_surname_after_a_name_in_its_own_paragraph() -> None:
    # control: the paragraph itself names the other person just before ("Otto Renn ... Renn said")
    text = _story(
        "Election Day In Greenfield.",
        "Paula Renn said on Monday that she expected to win the county by a wide margin.",
        "Her husband, former Governor Otto Renn, visited a polling station on Tuesday. "
        'Renn said, "I hope nobody minds a handshake."',
        "Poll workers said the lines were short.",
    )
    assert _source_at(text, 3) == "Paula Renn"
    assert _source_at(text, 5) == "Otto Renn"
