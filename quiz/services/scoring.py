"""Answering and scoring: checking a choice, recording it once, totals and results by skill.

Scoring rule: a correct answer earns ``POINTS_PER_CORRECT`` (100) points, a wrong one 0, and a
repeat of an answer already recorded earns nothing (the database holds one answer per attempt and
question). There is no time bonus: the score is the same whether a student is quick or careful.

``choice`` is the index of the chosen option; for multi-select kinds (``spot_the_cue``) it is the
sorted list of word indices the student marked, right when it overlaps the answer by the rule of
``questions.generate.score_spot_the_cue`` (F1 of marked and answer indices >= 0.6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Attempt,
    Membership,
    Question,
    SetItem,
    User,
)

POINTS_PER_CORRECT = 100
LATE_GRACE_S = 2  # an answer sent as the clock runs out is still on its way: a moment's grace
MULTI_KINDS = frozenset({"spot_the_cue"})
PASS_F1 = 0.6

try:  # the engine's own rule, so the web app and the CLI report agree
    from questions.generate import score_spot_the_cue
except ImportError:  # pragma: no cover - only while the engine lacks it

    def score_spot_the_cue(answer, choice) -> bool:
        """Fallback: F1 overlap of marked and answer indices >= 0.6."""
        want, got = set(answer), set(choice)
        hit = len(want & got)
        if not hit:
            return False
        precision, recall = hit / len(got), hit / len(want)
        return 2 * precision * recall / (precision + recall) >= PASS_F1


class ChoiceError(ValueError):
    """A choice that does not fit the question (wrong type, or an index out of range)."""


def is_multi(kind: str) -> bool:
    """True for kinds answered by marking several options (words)."""
    return kind in MULTI_KINDS


def normalize_choice(question: Question, raw: Any) -> int | list[int]:
    """The choice as stored: an option index, or for multi kinds sorted distinct indices."""
    size = len(question.options)
    if is_multi(question.kind):
        if not isinstance(raw, list) or not raw:
            raise ChoiceError("must be a non-empty list of word indices")
        if len(raw) > size or not all(_index(v, size) for v in raw):
            raise ChoiceError(f"must hold distinct word indices from 0 to {size - 1}")
        if len(set(raw)) != len(raw):
            raise ChoiceError("must not repeat an index")
        return sorted(raw)
    if not _index(raw, size):
        raise ChoiceError(f"must be an option index from 0 to {size - 1}")
    return raw


def _index(value: Any, size: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size


def is_correct(question: Question, choice: int | list[int]) -> bool:
    """Whether ``choice`` (already normalised) answers ``question`` right."""
    if is_multi(question.kind):
        return score_spot_the_cue(question.answer or [], choice)
    return choice == question.answer


def accepts_answers(assignment: Assignment, now: datetime | None = None) -> str | None:
    """None when the assignment takes answers now, else the reason it does not."""
    now = now or utcnow()
    if assignment.status == AssignmentStatus.CLOSED or _passed(assignment.closes_at, now):
        return "This assignment is closed: it takes no more answers."
    if assignment.status == AssignmentStatus.SCHEDULED or not _passed(
        assignment.opens_at, now, True
    ):
        return "This assignment has not opened yet."
    return None


def deadline(attempt: Attempt, time_limit_s: int | None) -> datetime | None:
    """When the attempt's time runs out (UTC), or None without a time limit."""
    if not time_limit_s or attempt.started_at is None:
        return None
    started = attempt.started_at
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return started + timedelta(seconds=time_limit_s)


def late(attempt: Attempt, time_limit_s: int | None, now: datetime | None = None) -> str | None:
    """None while the attempt is within its time limit, else the reason an answer is refused."""
    end = deadline(attempt, time_limit_s)
    if end is None or (now or utcnow()) <= end + timedelta(seconds=LATE_GRACE_S):
        return None
    return "Time is up for this quiz: answers after the time limit are not counted."


def _passed(moment: datetime | None, now: datetime, default: bool = False) -> bool:
    if moment is None:
        return default
    if moment.tzinfo is None:  # SQLite hands back naive times; all stored times are UTC
        moment = moment.replace(tzinfo=UTC)
    return moment <= now


def set_questions(session: Session, set_id: int) -> list[Question]:
    """The questions of a set in their order."""
    return list(
        session.scalars(
            sa.select(Question)
            .join(SetItem, SetItem.question_id == Question.id)
            .where(SetItem.set_id == set_id)
            .order_by(SetItem.position)
        )
    )


def in_set(session: Session, set_id: int, question_id: int) -> Question | None:
    """The question if it belongs to the set, else None."""
    return session.scalar(
        sa.select(Question)
        .join(SetItem, SetItem.question_id == Question.id)
        .where(SetItem.set_id == set_id, Question.id == question_id)
    )


def recorded(session: Session, attempt_id: int, question_id: int) -> Answer | None:
    """The answer already recorded for this attempt and question, if any."""
    return session.scalar(
        sa.select(Answer).where(Answer.attempt_id == attempt_id, Answer.question_id == question_id)
    )


def record_answer(
    session: Session,
    attempt: Attempt,
    question: Question,
    choice: int | list[int],
    confidence: int | None = None,
) -> Answer:
    """Insert the answer and add its points to the attempt's total.

    The insert comes first: a second identical answer racing this one fails on the unique
    (attempt, question) constraint with IntegrityError, so its points are never added. The total
    is raised by one UPDATE (``score = score + points``), never by a read-modify-write.
    """
    correct = is_correct(question, choice)
    answer = Answer(
        attempt_id=attempt.id,
        question_id=question.id,
        choice=choice,
        correct=correct,
        points=POINTS_PER_CORRECT if correct else 0,
        confidence=confidence,
    )
    session.add(answer)
    session.flush()
    if answer.points:
        session.execute(
            sa.update(Attempt)
            .where(Attempt.id == attempt.id)
            .values(score=Attempt.score + answer.points)
        )
    return answer


def running_score(session: Session, answer: Answer) -> int:
    """The attempt's total up to and including ``answer`` (the same on every replay)."""
    total = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Answer.points), 0)).where(
            Answer.attempt_id == answer.attempt_id, Answer.id <= answer.id
        )
    )
    return int(total or 0)


def feedback(session: Session, answer: Answer, question: Question) -> dict[str, Any]:
    """What a student sees after answering: right or not, the answer, why, and the total."""
    return {
        "correct": answer.correct,
        "answer": question.answer,
        "explanation": question.explanation,
        "evidence": question.evidence,
        "score": running_score(session, answer),
    }


@dataclass
class Totals:
    """One student's totals: score, correct and answered counts, and the same by skill."""

    score: int = 0
    correct: int = 0
    answered: int = 0
    by_skill: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, skill: str, correct: bool, points: int) -> None:
        self.score += points
        self.correct += int(correct)
        self.answered += 1
        counts = self.by_skill.setdefault(skill, {"correct": 0, "answered": 0})
        counts["correct"] += int(correct)
        counts["answered"] += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "correct": self.correct,
            "answered": self.answered,
            "by_skill": self.by_skill,
        }


def empty_totals(skills: list[str]) -> Totals:
    """Totals with every skill of a set present at zero."""
    return Totals(by_skill={s: {"correct": 0, "answered": 0} for s in skills})


def skills_of(questions: list[Question]) -> list[str]:
    """The skills a list of questions tests, in order of first appearance."""
    return list(dict.fromkeys(q.skill for q in questions))


def attempt_totals(session: Session, attempt: Attempt, questions: list[Question]) -> Totals:
    """The totals of one attempt, with every skill of its set listed."""
    skill = {q.id: q.skill for q in questions}
    totals = empty_totals(skills_of(questions))
    rows = session.execute(
        sa.select(Answer.question_id, Answer.correct, Answer.points).where(
            Answer.attempt_id == attempt.id
        )
    )
    for qid, correct, points in rows:
        totals.add(skill.get(qid, "Other"), correct, points)
    return totals


@dataclass
class Results:
    """An assignment's results: a row a student and each question's rate of correct answers."""

    skills: list[str]
    students: list[tuple[User, Totals]]
    questions: list[tuple[int, float | None]]


def assignment_results(session: Session, assignment: Assignment) -> Results:
    """Every student of the class (and anyone who answered) with totals, by nickname."""
    questions = set_questions(session, assignment.set_id)
    skills = skills_of(questions)
    skill = {q.id: q.skill for q in questions}
    students = session.scalars(
        sa.select(User)
        .where(
            User.id.in_(
                sa.select(Membership.user_id)
                .where(Membership.class_id == assignment.class_id)
                .union(sa.select(Attempt.student_id).where(Attempt.assignment_id == assignment.id))
            )
        )
        .order_by(sa.func.lower(User.nickname), User.id)
    ).all()
    totals = {s.id: empty_totals(skills) for s in students}
    per_question: dict[int, list[int]] = {q.id: [0, 0] for q in questions}
    rows = session.execute(
        sa.select(Attempt.student_id, Answer.question_id, Answer.correct, Answer.points)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .where(Attempt.assignment_id == assignment.id)
    )
    for student_id, qid, correct, points in rows:
        totals[student_id].add(skill.get(qid, "Other"), correct, points)
        counts = per_question.setdefault(qid, [0, 0])
        counts[0] += int(correct)
        counts[1] += 1
    rates = [(q.id, _rate(*per_question[q.id])) for q in questions]
    return Results(skills, [(s, totals[s.id]) for s in students], rates)


def _rate(correct: int, answered: int) -> float | None:
    return round(correct / answered, 4) if answered else None
