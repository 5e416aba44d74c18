"""Attribution fixes of the twelfth round (issue 7, train 2-fold F1), each from audited misses.

Three readings: a headline's speaker with an audience, place or topic before its colon ("Mayor
Reed to Valley Farmers: ..."); colon leads that are interjections or form labels ("Wow: ...",
"Name: ...", "Twitter: @handle"), and a poll's figure after its colon that is no tally; a
quotation closed by an opening curly mark (“...,“ said X), a slip some outlets print. Every
sentence is written here; each case has controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _attributions(text: str) -> list[tuple[str, str | None, str, str]]:
    """(cue, source text, act, content) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
                out.append((text[c.cue_span[0] : c.cue_span[1]], src, c.act, c.content))
    return out


_BODY = "\n\nThe county council met on Monday to discuss the budget for the coming year."


# --- a headline's speaker, then "to/at/on" an audience, place or topic, then a colon


@pytest.mark.parametrize(
    "head, source, content",
    [
        ("Mayor Reed to Valley Farmers: The dam will hold.", "Mayor Reed", "The dam will hold."),
        (
            "Governor Hale at Harbor Summit: We will rebuild the port.",
            "Governor Hale",
            "We will rebuild the port.",
        ),
        (
            "Senator Oduya on Bridge Tolls: ‘They Will Come Down.’",
            "Senator Oduya",
            "‘They Will Come Down.’",
        ),
    ],
)
def test_headline_speaker_with_audience(head: str, source: str, content: str) -> None:
    assert (":", source, "claim", content) in _attributions(head + _BODY)


@pytest.mark.parametrize(
    "head",
    [
        "Still to come: results from the eastern districts.",  # no speaker: a lower-case lead
        "Follow Ann Reed on Twitter: @annreed.",  # an invitation, a handle
        "According to Valley Post: the dam will hold.",  # read by "according to" as before
    ],
)
def test_headline_to_controls(head: str) -> None:
    assert all(cue != ":" for cue, _, _, _ in _attributions(head + _BODY))


# --- colon leads that label a line or exclaim; figures after the colon


@pytest.mark.parametrize(
    "head",
    [
        "Wow: The Mayor Just Cut the Ribbon on the New Bridge.",
        "Bombshell: The Council Just Voted to Close the Port.",
        "Just Leaked: Photos of the New Stadium Roof.",
        "So: the vote is set for Friday.",
        "Name: Ann Reed. Age: 41. Job: Welder.",
        "Twitter: @annreed.",
    ],
)
def test_colon_lead_not_speaker(head: str) -> None:
    assert all(cue != ":" for cue, _, _, _ in _attributions(head + _BODY))


@pytest.mark.parametrize("head", ["Reed: 547.", "Hale: 1,312.", "Reed: 48%; Hale: 45%."])
def test_colon_tally_still_no_claim(head: str) -> None:
    assert all(cue != ":" for cue, _, _, _ in _attributions(head + _BODY))


def test_poll_figure_after_colon_is_a_claim() -> None:
    found = _attributions("Poll: 4 county races are tight." + _BODY)
    assert (":", "Poll", "claim", "4 county races are tight.") in found


@pytest.mark.parametrize(
    "head, source",
    [
        ("Hale: The Port Will Reopen in May.", "Hale"),
        ("Valley Post: Council Weighs New Tax.", "Valley Post"),
    ],
)
def test_colon_speaker_controls(head: str, source: str) -> None:
    assert any(cue == ":" and src == source for cue, src, _, _ in _attributions(head + _BODY))


# --- a quotation closed by an opening curly mark


def test_quotation_closed_by_opening_mark() -> None:
    text = "“The dam will hold through the spring,“ said Ann Reed, the county engineer."
    found = _attributions(text)
    assert (
        "said",
        "Ann Reed",
        "claim",
        "“The dam will hold through the spring,“",
    ) in found


def test_quotation_closed_by_opening_mark_pronoun() -> None:
    text = (
        "Ann Reed inspected the dam on Monday.\n\n"
        "“The walls are sound and the gates work,“ she said. “We checked every bolt.”"
    )
    found = _attributions(text)
    assert any(cue == "said" and src == "she" and act == "claim" for cue, src, act, _ in found)


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("“The dam will hold,” said Ann Reed.", "said", "Ann Reed"),  # a proper closing mark
        ("The mayor said “nothing“ had changed.", "said", "The mayor"),  # no punctuation before
    ],
)
def test_closing_mark_controls(text: str, cue: str, source: str) -> None:
    assert any(c == cue and s == source for c, s, _, _ in _attributions(text))


# --- a speaker after a quotation followed by a relative clause ("said an aide who spoke …")


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "“It will be close,” said a party strategist who spoke on condition of anonymity.",
            "a party strategist",
        ),
        (
            '"More delays," said a port official who had no leave to comment on the talks.',
            "a port official",
        ),
        (
            "“We lost the farm vote,” said a lawmaker whose district borders the river.",
            "a lawmaker",
        ),
    ],
)
def test_inverted_speaker_before_relative_clause(text: str, source: str) -> None:
    assert any(
        cue == "said" and src == source and act == "claim"
        for cue, src, act, _ in _attributions(text)
    )


@pytest.mark.parametrize(
    "text, source",
    [
        ("“We lost,” said Ann Reed, who ran the campaign.", "Ann Reed"),  # a comma: as before
        ("The mayor said farmers who lost crops would be paid.", "The mayor"),  # not inverted
    ],
)
def test_inverted_speaker_controls(text: str, source: str) -> None:
    assert any(cue == "said" and src == source for cue, src, _, _ in _attributions(text))


def test_said_who_without_quotation_unchanged() -> None:
    # no quotation before the cue: "said" followed by a noun and "who" is not read as inverted
    found = _attributions("Officials in the district said voters who moved must register again.")
    assert (
        "said",
        "Officials in the district",
        "claim",
        "voters who moved must register again",
    ) in found
