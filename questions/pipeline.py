"""The engine's entry point: ``analyze(text)`` runs every stage over a text of stories."""

from __future__ import annotations

from dataclasses import replace

from questions.attribution import find_claims
from questions.model import Analysis, Claim, Dropped, Sentence, StoryAnalysis
from questions.segment import story_ranges
from questions.sentences import paragraph_sentences
from questions.stories import Line, LineKind, classify_lines, split_lines
from questions.verification import find_hedges, find_verification

TITLE_MAX_CHARS = 120


def analyze(text: str) -> Analysis:
    """Analyse a text holding one or more news stories; spans index into ``text``."""
    lines = split_lines(text)
    kinds = classify_lines(lines)
    stories = []
    for first, last in story_ranges(lines, kinds):
        story = _read_story(text, lines[first : last + 1], kinds[first : last + 1], len(stories))
        _find_claims(text, story)
        stories.append(story)
    return Analysis(text=text, stories=stories)


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
    story.claims = find_claims(text, story)
    story.sentences = mark_attributed(story.sentences, story.claims)
    story.verification = find_verification(text, story, story.claims)
    story.hedges = find_hedges(text, story)


def mark_attributed(sentences: list[Sentence], claims: list[Claim]) -> list[Sentence]:
    """Sentences with ``attributed`` set where a claim's sentence or content overlaps them."""
    spans = sorted(s for c in claims for s in (c.sentence_span, c.content_span) if s)
    if not spans:
        return sentences
    out = []
    for sentence in sentences:
        start, end = sentence.span
        hit = any(s < end and start < e for s, e in spans)
        out.append(replace(sentence, attributed=True) if hit else sentence)
    return out
