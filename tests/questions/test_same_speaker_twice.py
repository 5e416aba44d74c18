"""A speaker's quotation that runs over two sentences of one paragraph is asked once by
who_said, not twice with the same options (a teacher's reading of fresh wire stories: the
second question "repeats the first: the same speaker, the same options"). giveaway.thin keeps
the first. Controls: the same speaker in another paragraph, another speaker in the same
paragraph, and another kind. Own story."""

from __future__ import annotations

from dataclasses import replace

from questions import analyze
from questions.generate import KINDS
from questions.generate.giveaway import thin
from questions.generate.registry import Context
from questions.model import Question

STORY = (
    "Pension savers crowd court hearing\n\n"
    "LAGOS (Reuters) - A Lagos court on Monday remanded three executives of Brightwater "
    "Pensions in custody over the alleged diversion of savings.\n\n"
    "Defence lawyer Kemi Adebayo said the executives had been held for two weeks before the "
    "hearing.\n\n"
    "Regulator spokeswoman Ada Nwosu said the fund's accounts had been frozen in March.\n\n"
    "Retired engineer Tunde Bakare said the firm had blamed the missing payments on a computer "
    "upgrade.\n"
)


def _first() -> Question:
    analysis = analyze(STORY)
    built = KINDS["who_said"].build(Context(analysis, analysis.stories[0]))
    return next(q for q in built if q.options[q.answer] == "Tunde Bakare")  # type: ignore[index]


def _next_sentence(q: Question, *, line: int | None = None, answer: int | None = None) -> Question:
    """The same question on a later sentence (evidence just after the first's)."""
    s, e = q.evidence.span
    evidence = replace(q.evidence, span=(e + 1, e + 40), line=line or q.evidence.line)
    return replace(
        q,
        id=q.id + "b",
        prompt="Who said this: “Now we are reading about houses bought in Lekki”?",
        evidence=evidence,
        answer=q.answer if answer is None else answer,
    )


def test_the_same_speaker_twice_in_one_paragraph_is_asked_once() -> None:
    first = _first()
    kept, dropped = thin([first, _next_sentence(first)])
    assert kept == [first] and len(dropped) == 1


def test_the_same_speaker_in_another_paragraph_is_kept() -> None:
    first = _first()
    later = _next_sentence(first, line=first.evidence.line + 2)
    assert thin([first, later])[0] == [first, later]


def test_another_speaker_in_the_same_paragraph_is_kept() -> None:
    first = _first()
    other = _next_sentence(first, answer=(first.answer + 1) % len(first.options))  # type: ignore[operator]
    assert thin([first, other])[0] == [first, other]


def test_another_kind_on_the_same_speaker_is_kept() -> None:
    first = _first()
    source = replace(_next_sentence(first), kind="source_check")
    assert thin([first, source])[0] == [first, source]
