"""The readable report of generated questions, for a teacher checking a story."""

from __future__ import annotations

import textwrap

from questions.generate.text import marked_runs, marked_words, trim_run
from questions.model import Analysis, Question

_WIDTH = 100


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def mark_words(words: tuple[str, ...], marked: set[int]) -> str:
    """The words joined, each run of marked words wrapped in ** **, the punctuation around the
    run left outside ("**said Elias**,")."""
    out: list[str] = []
    i = 0
    for a, b in marked_runs(words, marked):
        out.extend(words[i:a])
        head, core, tail = trim_run(" ".join(words[a:b]))
        out.append(f"{head}**{core}**{tail}")
        i = b
    out.extend(words[i:])
    return " ".join(out)


def format_question(n: int, q: Question) -> str:
    """One question: prompt, options with the right one marked, explanation and evidence."""
    head = f"{n}. [{q.kind} · {q.skill} · difficulty {q.difficulty}] id {q.id}"
    lines = [head, _wrap(q.prompt, "   ")]
    if isinstance(q.answer, tuple):
        lines.append(_wrap("Sentence: " + mark_words(q.options, set(q.answer)), "   "))
        lines.append(_wrap("Answer: " + marked_words(q.options, set(q.answer)), "   "))
    else:
        for i, opt in enumerate(q.options):
            mark = "*" if i == q.answer else " "
            lines.append(f"   {mark} {chr(65 + i)}) {opt}")
        lines.append(f"   Answer: {chr(65 + q.answer)}) {q.options[q.answer]}")
    lines.append(_wrap("Why: " + q.explanation, "   "))
    cue = f", cue “{q.evidence.cue}”" if q.evidence.cue else ""
    lines.append(f"   Evidence: line {q.evidence.line}{cue}")
    return "\n".join(lines)


def format_report(analysis: Analysis, questions: list[Question]) -> str:
    """Each story with its questions, the right options marked with '*'."""
    out = []
    for story in analysis.stories:
        mine = [q for q in questions if q.story == story.index]
        title = story.title or "(untitled)"
        out.append(f"=== Story {story.index + 1}: {title}")
        out.append(f"    lines {story.start_line}-{story.end_line}, {len(mine)} questions\n")
        if not mine:
            out.append("   (no questions: the story offers nothing the engine can ask safely)\n")
        for n, q in enumerate(mine, 1):
            out.append(format_question(n, q) + "\n")
    out.append(f"{len(questions)} questions in all.")
    return "\n".join(out)
