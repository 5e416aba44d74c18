"""Hand-built questions for the tests of what generation does with finished questions
(``giveaway.py``'s thinning, the reading fixes): one builder instead of one per test file."""

from __future__ import annotations

from questions.model import Evidence, Question, Span


def fake_question(
    kind: str,
    prompt: str,
    options: tuple[str, ...],
    answer: int | tuple[int, ...],
    *,
    sentence: str,
    span: Span,
    explanation: str = "The story says so.",
    cue: str | None = "said",
    skill: str = "Attribution",
    qid: str | None = None,
) -> Question:
    """A question of ``kind`` on ``sentence`` (at ``span`` of an imagined story 0, line 1);
    its id is built from the kind, the span and the prompt unless ``qid`` is given."""
    return Question(
        id=qid or f"{kind}-{span[0]}-{prompt[:12]}",
        story=0,
        kind=kind,
        skill=skill,
        difficulty=2,
        prompt=prompt,
        options=options,
        answer=answer,
        explanation=explanation,
        evidence=Evidence(1, span, sentence, cue),
    )
