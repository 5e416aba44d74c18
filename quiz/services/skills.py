"""Measuring the skill itself: discernment (d′) on fact_or_claim, calibration of confidence, and a
student's progress over their quizzes.

**Discernment.** In fact_or_claim a "claim" is the signal. A hit is a claim called a claim, a miss a
claim called a fact, a false alarm a fact called a claim, a correct rejection a fact called a fact.
d′ = z(H) − z(F) with the log-linear correction (Hautus 1995): H = (hits + 0.5) / (claims + 1) and
F = (false alarms + 0.5) / (facts + 1), so rates of 0 and 1 stay finite. Answering "claim" to
everything gives H ≈ F and d′ ≈ 0 (exactly 0 with as many facts as claims): doubting everything is
not discernment. d′ is None until the student has met at least one fact and one claim.

**Calibration.** Confidence level ``k`` of ``n`` levels stands for a probability of being right of
``k / n`` (3 levels: 1/3, 2/3, 1; 5 levels: 0.2 … 1). The Brier score is the mean of
``(probability − outcome)²`` over the answers that carry a confidence (0 is perfect; always saying
"certain" and being right half the time gives 0.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from statistics import NormalDist
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Answer, Assignment, Attempt, Question, User

FACT_OR_CLAIM = "fact_or_claim"
_Z = NormalDist().inv_cdf


def claim_index(question: Question) -> int:
    """The index of the option that means "a claim" (the one naming a claim, not a fact)."""
    for i, option in enumerate(question.options or []):
        text = str(option).casefold()
        if "claim" in text and "fact" not in text:
            return i
    return 1


@dataclass
class Discernment:
    hits: int = 0
    misses: int = 0
    false_alarms: int = 0
    correct_rejections: int = 0

    def add(self, is_claim: bool, called_claim: bool) -> None:
        if is_claim:
            self.hits += called_claim
            self.misses += not called_claim
        else:
            self.false_alarms += called_claim
            self.correct_rejections += not called_claim

    @property
    def d_prime(self) -> float | None:
        claims = self.hits + self.misses
        facts = self.false_alarms + self.correct_rejections
        if not claims or not facts:
            return None
        hit_rate = (self.hits + 0.5) / (claims + 1)
        false_alarm_rate = (self.false_alarms + 0.5) / (facts + 1)
        return round(_Z(hit_rate) - _Z(false_alarm_rate), 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "hits": self.hits,
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "correct_rejections": self.correct_rejections,
            "d_prime": self.d_prime,
        }

    def in_words(self) -> str:
        """What d′ means, for a 14-year-old."""
        d = self.d_prime
        if d is None:
            return "Not enough fact-or-claim questions yet to tell (you need at least one of each)."
        if d >= 2:
            return "You tell facts from claims very well — you are not just doubting everything."
        if d >= 1:
            return "You tell facts from claims quite well. Keep checking for who is speaking."
        if d > 0.3:
            return (
                "You are starting to tell facts from claims. Look for the words that name a source."
            )
        if d >= -0.3:
            return (
                "Right now your answers do not tell facts from claims: calling everything a claim"
                " (or everything a fact) scores here. Look for who says it and words like “said”."
            )
        return "You are mixing facts and claims up: a fact is told by the story in its own voice."


def discernment(pairs: list[tuple[Question, Answer]]) -> Discernment:
    """Hits, misses, false alarms and correct rejections over the fact_or_claim answers."""
    out = Discernment()
    for question, answer in pairs:
        if question.kind != FACT_OR_CLAIM or not isinstance(answer.choice, int):
            continue
        claim = claim_index(question)
        out.add(question.answer == claim, answer.choice == claim)
    return out


def calibration(pairs: list[tuple[Question, Answer]], levels: int | None) -> dict[str, Any] | None:
    """Share right at each confidence level and the Brier score; None when the set asked none."""
    if not levels:
        return None
    table = {level: {"answered": 0, "correct": 0} for level in range(1, levels + 1)}
    squares = []
    for _, answer in pairs:
        if answer.confidence is None or answer.confidence not in table:
            continue
        row = table[answer.confidence]
        row["answered"] += 1
        row["correct"] += int(answer.correct)
        squares.append((answer.confidence / levels - int(answer.correct)) ** 2)
    brier = round(sum(squares) / len(squares), 3) if squares else None
    return {"levels": {str(k): v for k, v in table.items()}, "brier": brier}


def attempt_pairs(session: Session, attempt: Attempt) -> list[tuple[Question, Answer]]:
    """The attempt's answers with their questions, in the order they were given."""
    rows = session.execute(
        sa.select(Question, Answer)
        .join(Answer, Answer.question_id == Question.id)
        .where(Answer.attempt_id == attempt.id)
        .order_by(Answer.id)
    )
    return [(q, a) for q, a in rows]


@dataclass
class QuizProgress:
    """One quiz of a student: when, its title, share right by skill, and discernment."""

    title: str
    when: datetime
    by_skill: dict[str, tuple[int, int]]  # skill -> (correct, answered)
    discernment: Discernment

    @property
    def correct(self) -> int:
        return sum(c for c, _ in self.by_skill.values())

    @property
    def answered(self) -> int:
        return sum(n for _, n in self.by_skill.values())


def progress(session: Session, student: User) -> list[QuizProgress]:
    """Every quiz the student has answered in, oldest first."""
    attempts = session.execute(
        sa.select(Attempt, Assignment)
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Attempt.student_id == student.id)
        .order_by(Attempt.started_at, Attempt.id)
    ).all()
    out = []
    for attempt, assignment in attempts:
        pairs = attempt_pairs(session, attempt)
        if not pairs:
            continue
        by_skill: dict[str, tuple[int, int]] = {}
        for question, answer in pairs:
            c, n = by_skill.get(question.skill, (0, 0))
            by_skill[question.skill] = (c + int(answer.correct), n + 1)
        title = assignment.display_title
        out.append(QuizProgress(title, attempt.started_at, by_skill, discernment(pairs)))
    return out


def attempt_report(session: Session, attempt: Attempt, levels: int | None) -> dict[str, Any]:
    """Discernment and calibration of one attempt, as ``finish`` returns them."""
    pairs = attempt_pairs(session, attempt)
    return {
        "discernment": discernment(pairs).to_json(),
        "calibration": calibration(pairs, levels),
    }
