"""Property: for any text, every reported span lies in the text and indexes exactly its string."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import Analysis, analyze

# Pieces of news language (quotes, cues, names, abbreviations, furniture) mixed with anything.
PIECES = [
    "Russia says",
    " said",
    ", he added.",
    "Mr Peskov",
    "the Kremlin has said.",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "U.S. ",
    "Dr. ",
    "3.5",
    "1,000",
    ". ",
    "? ",
    "! ",
    "...",
    "\n",
    "\r\n",
    "\r",
    "\n---\n",
    "Image: a tank. Pic: AP\n",
    "Advertisement\n",
    "1:35\n",
    "Sky News has been unable to verify the reports.",
    "alleged ",
    "according to officials, ",
    "denied ",
    "told Sky News that ",
    "Who was behind it?\n",
    "Spreaker\nThis content may be using cookies.\nWe need your permission to use cookies.\n",
    " ",
    "\t",
    "\u00a0",
    "\u2028",
    "\ufeff",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join),
)


def check_spans(text: str, analysis: Analysis) -> None:
    """Every span of the analysis is inside ``text`` and matches its reported string."""
    n = len(text)

    def inside(span: tuple[int, int] | None) -> None:
        if span is not None:
            assert 0 <= span[0] <= span[1] <= n

    def exact(span: tuple[int, int] | None, value: str | None) -> None:
        inside(span)
        if span is not None:
            assert text[span[0] : span[1]] == value

    for story in analysis.stories:
        inside(story.span)
        for s in story.sentences:
            exact(s.span, s.text)
        for c in story.claims:
            exact(c.sentence_span, c.sentence)
            exact(c.source_span, c.source_text)
            exact(c.cue_span, c.cue)
            exact(c.content_span, c.content)
        for v in story.verification:
            inside(v.span)
            inside(v.sentence_span)
        for h in story.hedges:
            exact(h.span, h.word)
            inside(h.sentence_span)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spans_index_the_text(text: str) -> None:
    analysis = analyze(text)
    assert analysis.text is text
    check_spans(text, analysis)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_line_numbers_are_lines_of_the_text(text: str) -> None:
    analysis = analyze(text)
    last_line = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for story in analysis.stories:
        assert 1 <= story.start_line <= story.end_line <= last_line
        numbers = [d.line for d in story.dropped] + story.headings
        numbers += [s.line for s in story.sentences]
        assert all(story.start_line <= k <= story.end_line for k in numbers)
