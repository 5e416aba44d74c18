"""The readable report of ``python -m questions analyze PATH``, for a teacher to check."""

from __future__ import annotations

from collections import Counter

from questions.model import Analysis, Claim, StoryAnalysis
from questions.stories import split_lines

_RULE = "=" * 72


def format_analysis(analysis: Analysis, file: str | None = None) -> str:
    """A plain-text report of every story: furniture, headings, claims, verification, hedges."""
    lines = _lines(analysis.text)
    out = [f"File: {file}" if file else "Text", f"Stories: {len(analysis.stories)}"]
    if not analysis.stories:
        out.append("No story text found.")
    for story in analysis.stories:
        out.extend(["", _RULE, *_story(story, lines)])
    return "\n".join(out)


def _lines(text: str) -> list[str]:
    """The text's lines, stripped, indexable by 1-based line number minus one."""
    return [line.text for line in split_lines(text)]


def _quote(lines: list[str], number: int, width: int = 70) -> str:
    """Line ``number`` of the text, shortened to ``width`` characters."""
    text = lines[number - 1] if 0 < number <= len(lines) else ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _story(story: StoryAnalysis, lines: list[str]) -> list[str]:
    """The report section of one story."""
    out = [
        f"Story {story.index + 1}: lines {story.start_line}-{story.end_line}",
        f"Title: {story.title}",
        f"Sentences: {len(story.sentences)}"
        f" ({sum(s.attributed for s in story.sentences)} attributed)",
        "",
        f"Dropped lines ({len(story.dropped)}):"
        + _counts(Counter(d.reason for d in story.dropped)),
    ]
    out += [f"  {d.line:>4}  {d.reason:<12} {_quote(lines, d.line, 56)}" for d in story.dropped]
    out += ["", f"Headings ({len(story.headings)}):"]
    out += [f"  {n:>4}  {_quote(lines, n)}" for n in story.headings]
    out += ["", f"Claims ({len(story.claims)}):"]
    for claim in story.claims:
        out.extend(_claim(claim))
    out += ["", f"Verification ({len(story.verification)}):"]
    out += [f"  {v.line:>4}  {v.status} by {v.by}: {v.object}" for v in story.verification]
    out += ["", f"Hedges ({len(story.hedges)}):"]
    out += [f"  {h.line:>4}  {h.word}" for h in story.hedges]
    return out


def _counts(counter: Counter[str]) -> str:
    """`` caption 3, video 2`` — reasons with their counts, most common first."""
    return "".join(f" {reason} {n}," for reason, n in counter.most_common()).rstrip(",")


def _claim(claim: Claim) -> list[str]:
    """The lines describing one claim."""
    source = claim.source or "(no source)"
    if claim.source_text and claim.source_text != claim.source:
        source += f' (written "{claim.source_text}")'
    kind = f" [{claim.source_kind}]" if claim.source_kind else ""
    channel = f", via {claim.channel}" if claim.channel else ""
    return [
        f"  {claim.line:>4}  source:  {source}{kind}",
        f"        cue:     {claim.cue or '-'}"
        f"  (stance: {claim.stance}, quote: {claim.quote}{channel})",
        f"        content: {claim.content}",
    ]
