"""Helpers shared by the tests of the own wire-style story fixtures (``data/wire_*.txt``)."""

from __future__ import annotations

from pathlib import Path

from questions import analyze
from questions.generate import generate
from questions.model import Question

DATA = Path(__file__).parent / "data"


def built(name: str) -> list[Question]:
    """What the kinds build from a fixture, before giveaway.py thins questions that give each
    other away."""
    return generate(analyze((DATA / name).read_text(encoding="utf-8")), thin_giveaways=False)


def answer(q: Question) -> str:
    """The keyed option's text."""
    assert isinstance(q.answer, int)
    return q.options[q.answer]


def kind_answers(qs: list[Question], kind: str) -> dict[str, str]:
    """Prompt → keyed answer of the questions of one kind."""
    return {q.prompt: answer(q) for q in qs if q.kind == kind}
