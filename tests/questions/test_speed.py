"""Speed work with the same output (issue 7): work done once that was done again and again.

Stories are invented (wire-news style). The tests that count a helper's calls fail on the code
before it (the helper did not exist or ran again); the others (lede forms read one at a time,
the outlet headline, a paragraph's analysis) are controls: they check that what is computed is
the same as the plain expression it replaces, and pass on the code before too.
"""

from __future__ import annotations

import pytest

from questions import analyze, generate
from questions.cues import _CUE_MATCHER, _WORDS_LONGEST, _runs, _words
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context
from questions.segment import _is_lede, _unit

STORY = (
    "Harbour board approves new ferry timetable\n"
    "\n"
    "The Velmar harbour board approved a new ferry timetable on Tuesday, adding two "
    "evening sailings to Orsk Island from next month.\n"
    "\n"
    '"The island has waited years for a late boat," the board\'s chairwoman, Ilse '
    "Marken, told reporters.\n"
    "\n"
    "Ferries will leave Velmar at 8 p.m. and 10 p.m. on weekdays. The board said the "
    "change would cost about 40,000 crowns a year.\n"
    "\n"
    "Surely the council should have acted sooner. Residents of Orsk said they would "
    "hold a meeting on Friday.\n"
    "\n"
    "The operator, Baltfer, said it had hired four more crew members for the new "
    "sailings.\n"
    "\n"
)


def test_outlet_headline_read_once_per_story(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    read = fact_or_claim._read_outlet_headline

    def counted(ctx: Context) -> str | None:
        calls.append(ctx.story.index)
        return read(ctx)

    monkeypatch.setattr(fact_or_claim, "_read_outlet_headline", counted)
    analysis = analyze(STORY)
    questions = generate(analysis)
    assert questions  # the story asks something
    assert len(calls) == len(set(calls)) == 1


def test_outlet_headline_same_as_read() -> None:
    analysis = analyze(STORY)
    ctx = Context(analysis, analysis.stories[0])
    expected = fact_or_claim._read_outlet_headline(ctx)
    assert expected == "Harbour board approves new ferry timetable"
    assert fact_or_claim._outlet_headline(ctx) == expected
    assert fact_or_claim._outlet_headline(ctx) == expected  # from the cache


def test_analysis_on_line_is_the_plain_expression() -> None:
    analysis = analyze(STORY)
    story = analysis.stories[0]
    ctx = Context(analysis, story)
    seen = []
    for line in sorted(ctx.by_line):
        plain = any(
            not s.attributed
            and not s.in_quote
            and not ctx.others_in(s.span)
            and fact_or_claim.is_analysis(s.text)
            for s in ctx.by_line[line]
        )
        assert fact_or_claim._analysis_on_line(ctx, line) == plain
        seen.append(plain)
    assert True in seen and False in seen  # "Surely the council ..." is analysis, others not


def test_long_segment_split_once_with_another_string_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import questions.cues as cues

    calls = []

    def counted(*args: object) -> list[str]:
        calls.append(args[1:3])
        return _runs(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cues, "_runs", counted)
    long_text = "The mayor of Velmar said the ferry would run late. " * 60
    assert len(long_text) > _WORDS_LONGEST
    first = _words(long_text, 0, len(long_text))
    _words("The board said so.", 0, 18)
    again = _words(long_text, 0, len(long_text))
    assert again is first
    assert calls.count((0, len(long_text))) == 1


def test_words_same_as_split() -> None:
    text = "Ms Marken’s board, which met on Tuesday, said: “two more sailings”."
    for start, end in [(0, len(text)), (3, 20), (4, 30), (0, 0)]:
        assert _words(text, start, end) == _runs(
            text, start, end, start > 0 and text[start - 1].isalnum()
        )
    # a matcher reads the same words from a string it has read before
    assert [m.group() for m in _CUE_MATCHER.finditer(text, 0, len(text))] == ["said"]


@pytest.mark.parametrize(
    ("paragraph", "lede"),
    [
        ("The Velmar harbour board has approved two evening ferries to Orsk Island.", True),
        ("Ferries to Orsk Island will run later from March, the harbour board has said.", True),
        ("Velmar says the ferries will run later. The board met on Tuesday.", True),
        ("Ferries will leave Velmar at 8 p.m. on weekdays.", False),  # control: no lede form
        ("The board, which met on Tuesday, said the crew had been hired.", False),  # control
    ],
)
def test_lede_forms_read_alone(paragraph: str, lede: bool) -> None:
    assert _is_lede(_unit(0, paragraph, False)) is lede
