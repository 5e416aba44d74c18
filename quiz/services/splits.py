"""Where a pasted text splits into stories, shown before anything is saved and changed by hand.

The engine proposes where each story starts (``questions.segment``); the teacher may then move a
start to the paragraph before or after, merge a story into the one above, or tick any paragraph
as a story's start. A split is just the sorted line numbers (1-based) where stories start, so a
page without JavaScript carries it in ordinary form fields. Saving joins the parts with separator
lines and has the engine split there and only there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from questions.pipeline import shorten
from questions.segment import story_ranges
from questions.stories import classify_lines, split_lines

SEPARATOR_LINE = "---"
PREVIEW_CHARS = 280  # a paragraph is shown cut to this many characters


@dataclass(frozen=True)
class Paragraph:
    """A non-blank line of the text: a paragraph, a heading, or page furniture."""

    line: int
    text: str
    kind: str  # "body", "heading" or "furniture"

    @property
    def preview(self) -> str:
        return shorten(self.text, PREVIEW_CHARS)


@dataclass(frozen=True)
class Part:
    """One story of a proposed split."""

    title: str
    paragraphs: list[Paragraph]

    @property
    def start(self) -> int:
        return self.paragraphs[0].line


def paragraphs(text: str) -> list[Paragraph]:
    """The text's non-blank lines, separator lines left out."""
    lines = split_lines(text)
    return [
        Paragraph(line.number, line.text, kind.kind)
        for line, kind in zip(lines, classify_lines(lines), strict=True)
        if kind.kind in ("body", "heading", "furniture")
    ]


def proposed_starts(text: str) -> list[int]:
    """The lines where the engine would start each story of ``text``."""
    lines = split_lines(text)
    numbers = [p.line for p in paragraphs(text)]
    starts = []
    for first, _ in story_ranges(lines, classify_lines(lines)):
        at = next((n for n in numbers if n >= lines[first].number), None)
        if at is not None and at not in starts:
            starts.append(at)
    return starts


def clean_starts(text: str, raw: Iterable[str | int]) -> list[int]:
    """The given start lines that are paragraphs of ``text``, sorted; the first always starts."""
    numbers = [p.line for p in paragraphs(text)]
    if not numbers:
        return []
    wanted = {int(v) for v in raw if str(v).strip().isdigit()}
    return sorted({numbers[0], *(n for n in numbers if n in wanted)})


def merge(starts: list[int], line: int) -> list[int]:
    """The split with the story starting at ``line`` joined to the one above it."""
    return [s for s in starts if s != line or s == starts[0]]


def move(text: str, starts: list[int], line: int, step: int) -> list[int]:
    """The split with the start at ``line`` moved ``step`` paragraphs (-1 earlier, +1 later).

    A start never moves onto or past its neighbours, and the first story always starts first.
    """
    numbers = [p.line for p in paragraphs(text)]
    if line not in starts or line == starts[0] or line not in numbers:
        return starts
    i = starts.index(line)
    lo = starts[i - 1]
    hi = starts[i + 1] if i + 1 < len(starts) else numbers[-1] + 1
    j = numbers.index(line) + step
    if not 0 <= j < len(numbers) or not lo < numbers[j] < hi:
        return starts
    return sorted({*starts[:i], numbers[j], *starts[i + 1 :]})


def parts(text: str, starts: list[int]) -> list[Part]:
    """The stories ``text`` makes when split at ``starts``, each with a provisional title."""
    out: list[list[Paragraph]] = []
    for p in paragraphs(text):
        if not out or p.line in starts:
            out.append([])
        out[-1].append(p)
    return [Part(_title(ps), ps) for ps in out]


def _title(ps: list[Paragraph]) -> str:
    story = [p for p in ps if p.kind != "furniture"] or ps
    return shorten(story[0].text, 120)


def join_parts(text: str, starts: list[int]) -> str:
    """The text with a separator line before each chosen start and no other separator.

    Lines are kept exactly as they were (``text`` has plain newlines), so a story saved this way
    has the same text as the same story pasted on its own.
    """
    raw = text.split("\n")
    out: list[str] = []
    lines = split_lines(text)
    for line, kind in zip(lines, classify_lines(lines), strict=True):
        if kind.kind == "separator":
            continue
        if line.number in starts and line.number != starts[0]:
            out.append(SEPARATOR_LINE)
        out.append(raw[line.number - 1])
    return "\n".join(out) + "\n"
