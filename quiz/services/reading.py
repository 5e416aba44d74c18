"""What a student reads: a story set cleanly, the passage a question is about, highlighted evidence,
and the claims map of a story.

Everything here works from a stored story (its own text and the engine's analysis of it, spans and
1-based line numbers into that text). Page furniture (captions, adverts, video titles, cookie
banners) is left out, crossheads stay as headings, and nothing is marked in the reading text: marks
would give answers away. Marks (source, cue, claims by stance) appear only in what a student sees
after answering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quiz.models import Claim, Question, Story

# What each stance means in a sentence a student reads ("Kyiv denied …").
STANCE_WORDS = {
    "asserts": "said",
    "denies": "denied",
    "accuses": "accused",
    "confirms": "confirmed",
    "declines": "would not say",
    "characterizes": "described",
}
VERIFIED = frozenset({"verified", "confirmed"})
_EMPHASIS = re.compile(r"\*([^*\n]+)\*")
# "The story says: “<evidence>” — <why>": the sentence is shown once, marked, beside the why.
_QUOTED_LEAD = re.compile(
    r"^(?:The story says:\s*“(?:[^”]|”(?!\s*—))*”\s*—\s*"
    r"|In “(?:[^”]|”(?!\s+the words))*”\s+(?=the words))"
)


def plain(text: str | None) -> str:
    """Text without emphasis markers (``*says*`` → ``says``): highlighting is done from spans."""
    return _EMPHASIS.sub(r"\1", text or "")


def explanation(text: str | None) -> str:
    """An explanation without emphasis markers and without repeating the evidence sentence."""
    out = _QUOTED_LEAD.sub("", _EMPHASIS.sub(r"“\1”", text or ""), count=1)
    return out[:1].upper() + out[1:] if out else out


@dataclass
class Block:
    """One paragraph (``kind`` "p") or crosshead (``kind`` "h") of a story, by its 1-based line;
    ``GAP`` (kind "gap") stands for paragraphs a passage leaves out."""

    kind: str
    line: int
    text: str
    start: int = 0  # offsets of the line in the story's text
    end: int = 0


# Stands for the paragraphs left out between two passages of one question (kind "gap").
GAP = Block("gap", 0, "…")


@dataclass
class Segment:
    """A piece of text, marked (``mark``: "source", "cue", or a stance) or not (None)."""

    text: str
    mark: str | None = None
    label: str = ""  # what a screen reader hears before a marked piece


@dataclass
class Reading:
    """A story as a student reads it."""

    id: int
    title: str
    outlet: str | None
    blocks: list[Block]

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks]


def _lines(story: Story) -> list[tuple[int, int, str]]:
    """Every line of the story's text as (1-based number, start offset, text)."""
    out, start = [], 0
    for number, line in enumerate(story.text.split("\n"), start=1):
        out.append((number, start, line))
        start += len(line) + 1
    return out


def blocks(story: Story) -> list[Block]:
    """The story's paragraphs and crossheads, page furniture left out."""
    analysis = story.analysis or {}
    dropped = {d.get("line") for d in analysis.get("dropped", []) if isinstance(d, dict)}
    headings = set(analysis.get("headings", []))
    out = []
    for number, start, line in _lines(story):
        text = line.strip()
        if not text or number in dropped:
            continue
        kind = "h" if number in headings else "p"
        out.append(Block(kind, number, text, start, start + len(line)))
    return out


def heading(story: Story, first: str | None) -> str:
    """The story's title, unless it only repeats the start of the first paragraph."""
    title = (story.title or "").strip()
    stem = title.rstrip("…").rstrip(".").strip()
    if not title or (first and stem and first.startswith(stem)):
        return story.outlet or "The story"
    return title


def reading(story: Story) -> Reading:
    """The story set for reading: a heading, paragraphs and crossheads, nothing marked."""
    body = blocks(story)
    first = next((b.text for b in body if b.kind == "p"), None)
    return Reading(story.id, heading(story, first), story.outlet, body)


def passage(story: Story | None, evidence: dict[str, Any] | None) -> list[Block]:
    """The paragraph(s) holding a question's evidence, or nothing when it has none."""
    if story is None or not isinstance(evidence, dict):
        return []
    body = blocks(story)
    span = _span(evidence.get("span"), len(story.text))
    if span is not None:
        start, end = span
        hits = [b for b in body if b.start < end and start < b.end]
        # an earlier sentence the question also rests on ("Rebels accused the army of …" for
        # "The army dismissed the accusations."): its paragraph first
        earlier = _span(evidence.get("earlier_span"), len(story.text))
        if hits and earlier is not None and earlier[1] <= start:
            first = [b for b in body if b.start < earlier[1] and earlier[0] < b.end]
            rest = [b for b in hits if b.start >= earlier[1]]
            # paragraphs left out between the two: say so, so the two do not read as one run
            skipped = first and rest and any(first[-1].end <= b.start < rest[0].start for b in body)
            hits = first + ([GAP] if skipped else []) + rest
        if hits:
            return hits
    line = evidence.get("line")
    return [b for b in body if b.line == line]


def _span(value: Any, size: int) -> tuple[int, int] | None:
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] < value[1] <= size
    ):
        return value[0], value[1]
    return None


def _claim_for(story: Story, start: int, end: int) -> Claim | None:
    """The stored claim whose cue lies inside [start, end), for evidence that lacks its spans."""
    for claim in story.claims:
        cue = _span(claim.cue_span, len(story.text))
        if cue is not None and start <= cue[0] and cue[1] <= end:
            return claim
    return None


def evidence_segments(story: Story | None, evidence: dict[str, Any] | None) -> list[Segment]:
    """The evidence sentence once, its source and cue marked from their spans."""
    if not isinstance(evidence, dict):
        return []
    text = plain(evidence.get("text"))
    span = _span(evidence.get("span"), len(story.text)) if story is not None else None
    if span is None:
        return [Segment(text)] if text else []
    start, end = span
    marks = []
    source, cue = evidence.get("source_span"), evidence.get("cue_span")
    if source is None and cue is None and evidence.get("cue"):
        claim = _claim_for(story, start, end)
        if claim is not None:
            source, cue = claim.source_span, claim.cue_span
    for value, mark, label in ((source, "source", "Source: "), (cue, "cue", "Cue: ")):
        inner = _span(value, len(story.text))
        if inner is not None and start <= inner[0] and inner[1] <= end:
            marks.append((inner[0], inner[1], mark, label))
    earlier = _span(evidence.get("earlier_span"), len(story.text))
    if earlier is not None and earlier[1] <= start:  # the accusation, then the denial
        return [
            *_cut(story.text, *earlier, []),
            Segment(" … "),
            *_cut(story.text, start, end, marks),
        ]
    return _cut(story.text, start, end, marks)


def _cut(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> list[Segment]:
    """``text[start:end]`` cut into segments; marks that overlap an earlier one are skipped."""
    out, at = [], start
    for s, e, mark, label in sorted(marks):
        if s < at:
            continue
        if s > at:
            out.append(Segment(text[at:s]))
        out.append(Segment(text[s:e], mark, label))
        at = e
    if at < end:
        out.append(Segment(text[at:end]))
    return out


@dataclass
class SourceEntry:
    """One source of a story and what they said, denied or confirmed."""

    name: str
    statements: list[tuple[str, str]] = field(default_factory=list)  # (stance word, content)


@dataclass
class ClaimsMap:
    """A story with its attributed claims marked by stance, its sources, and what was verified."""

    reading: Reading
    paragraphs: list[tuple[Block, list[Segment]]]
    sources: list[SourceEntry]
    verified: list[dict[str, Any]]
    unverified: list[dict[str, Any]]


def claims_map(story: Story) -> ClaimsMap:
    """Every attributed claim of the story marked by stance, grouped by source, and verification."""
    read = reading(story)
    size = len(story.text)
    spans = []
    for claim in story.claims:
        span = _span(claim.content_span, size)
        if span is not None:
            word = STANCE_WORDS.get(claim.stance, claim.stance)
            who = claim.source or "someone"
            spans.append((span[0], span[1], f"stance-{claim.stance}", f"{who} {word}: "))
    paragraphs = []
    for block in read.blocks:
        inside = [m for m in spans if block.start <= m[0] and m[1] <= block.end]
        paragraphs.append((block, _cut(story.text, block.start, block.end, inside)))
    analysis = story.analysis or {}
    checks = [v for v in analysis.get("verification", []) if isinstance(v, dict)]
    return ClaimsMap(
        read,
        paragraphs,
        _sources(story.claims),
        [v for v in checks if v.get("status") in VERIFIED],
        [v for v in checks if v.get("status") not in VERIFIED],
    )


def _sources(claims: list[Claim]) -> list[SourceEntry]:
    by_name: dict[str, SourceEntry] = {}
    for claim in claims:
        name = claim.source or "An unnamed source"
        entry = by_name.setdefault(name.casefold(), SourceEntry(name))
        entry.statements.append((STANCE_WORDS.get(claim.stance, claim.stance), claim.content))
    return list(by_name.values())


def stories_of(questions: list[Question]) -> list[Story]:
    """The stories a list of questions is built on, in order of first appearance."""
    seen: dict[int, Story] = {}
    for q in questions:
        if q.story is not None and q.story_id not in seen:
            seen[q.story_id] = q.story
    return list(seen.values())


def story_json(story: Story) -> dict[str, Any]:
    """A story's reading text for the API: furniture removed, nothing marked."""
    read = reading(story)
    return {
        "id": read.id,
        "title": read.title,
        "outlet": read.outlet,
        "paragraphs": read.paragraphs,
    }


def passage_text(question: Question) -> str | None:
    """The paragraph(s) holding a question's evidence as one text (blank line between), or None."""
    text = "\n\n".join(b.text for b in passage(question.story, question.evidence))
    return text or None
