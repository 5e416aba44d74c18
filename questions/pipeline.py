"""The engine's entry point: ``analyze(text)`` runs every stage over a text of stories.

Stages: lines and their kinds (``questions.stories``: furniture, headings), story ranges
(``questions.segment``), sentences (``questions.sentences``), then for each story the claims
(``questions.attribution``), which mark the sentences they cover as ``attributed``, and the
verification statements and hedges (``questions.verification``).

A story's ``start_line``/``end_line`` are its first and last non-blank lines (furniture
included); its ``span`` runs from the start of the first to the end of the last. Its ``title``
is its first heading (a headline) or else the first sentence of its first paragraph, cut at a
word boundary to at most ``TITLE_MAX_CHARS`` characters with "…" marking the cut.
"""

from __future__ import annotations

import gc
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from questions.attribution import find_claims
from questions.model import (
    UNVOUCHED_ACTS,
    Analysis,
    Claim,
    Dropped,
    Sentence,
    Span,
    StoryAnalysis,
)
from questions.segment import story_ranges
from questions.sentences import paragraph_sentences
from questions.stories import Line, LineKind, classify_lines, split_lines
from questions.verification import find_hedges, find_verification

TITLE_MAX_CHARS = 120


def analyze(text: str, *, split: bool = True) -> Analysis:
    """Analyse a text holding one or more news stories; spans index into ``text``.

    ``split=False`` splits only at explicit separator lines (``---``), never by topic.
    """
    with cycle_collection_paused():
        lines = split_lines(text)
        kinds = classify_lines(lines)
        stories = []
        for first, last in story_ranges(lines, kinds, split=split):
            story = _read_story(
                text, lines[first : last + 1], kinds[first : last + 1], len(stories)
            )
            _find_claims(text, story)
            stories.append(story)
        return Analysis(text=text, stories=stories)


_PAUSE_LOCK = threading.Lock()
_PAUSED = {"depth": 0, "was_enabled": False}  # analyses running now; whether gc was on before


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while analyses run, as it was after the last ends.

    The analysis makes no reference cycles (reference counting frees all it drops; checked on
    the 840 PolNeAR train articles: the collector found nothing), yet the collector runs every
    few hundred objects made and each full pass reads every object alive, the text's lines and
    the claims found so far among them: about 5-8% of an analysis of long articles. Nested and
    concurrent analyses (threads) share one pause; the collector's state before the first is
    restored after the last.
    """
    with _PAUSE_LOCK:
        if _PAUSED["depth"] == 0:
            _PAUSED["was_enabled"] = gc.isenabled()
            gc.disable()
        _PAUSED["depth"] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _PAUSED["depth"] -= 1
            if _PAUSED["depth"] == 0 and _PAUSED["was_enabled"]:
                gc.enable()


def _read_story(text: str, lines: list[Line], kinds: list[LineKind], index: int) -> StoryAnalysis:
    """A StoryAnalysis with its furniture, headings and sentences filled in."""
    used = [i for i, k in enumerate(kinds) if k.kind not in ("blank", "separator")]
    first, last = lines[used[0]], lines[used[-1]]
    story = StoryAnalysis(
        index=index,
        start_line=first.number,
        end_line=last.number,
        title="",
        span=(first.start, last.end),
    )
    for line, kind in zip(lines, kinds, strict=True):
        if kind.kind == "furniture":
            story.dropped.append(Dropped(line.number, kind.reason or "furniture"))
        elif kind.kind == "heading":
            story.headings.append(line.number)
        elif kind.kind == "body":
            story.sentences.extend(paragraph_sentences(text, line))
    story.title = _title(lines, kinds)
    return story


def _title(lines: list[Line], kinds: list[LineKind]) -> str:
    """The story's title: its first heading or first sentence, cut at a word near 120 characters."""
    for line, kind in zip(lines, kinds, strict=True):
        if kind.kind in ("heading", "body"):
            first = paragraph_sentences(line.text, Line(1, 0, len(line.text), line.text))
            return shorten(first[0].text if first else line.text)
    return ""


def shorten(words: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Cut a string at a word boundary to at most ``limit`` characters, marking the cut with …."""
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit - 1].rstrip(" ,;:–—-") + "…"


def _find_claims(text: str, story: StoryAnalysis) -> None:
    """Run the attribution and verification stages and mark attributed sentences."""
    found = find_claims(text, story)
    story.claims = [c for c in found if c.act == "claim"]
    story.others = [c for c in found if c.act != "claim"]
    story.sentences = mark_attributed(
        story.sentences, [c for c in found if c.act not in UNVOUCHED_ACTS]
    )
    story.verification = find_verification(text, story, story.claims)
    story.hedges = find_hedges(text, story)


def mark_attributed(sentences: list[Sentence], claims: list[Claim]) -> list[Sentence]:
    """Sentences with ``attributed`` set where a claim's sentence or content overlaps them."""
    covered = _merge(s for c in claims for s in (c.sentence_span, c.content_span) if s)
    if not covered:
        return sentences
    starts = [s for s, _ in covered]
    out = []
    for sentence in sentences:
        start, end = sentence.span
        i = bisect_left(starts, end) - 1  # the last covered span starting before the end
        hit = i >= 0 and covered[i][1] > start
        out.append(replace(sentence, attributed=True) if hit else sentence)
    return out


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Non-empty spans merged into sorted, disjoint ones."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
