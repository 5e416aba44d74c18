"""A student's way through an attempt: which question they are shown, which answer is accepted,
the set's play settings, and what they see after answering.

Rule: questions come in the set's order (or, with "shuffle questions", in an order drawn for the
attempt: :mod:`quiz.services.shuffle`) and a student is only ever shown the first one they have
not answered. An answer is accepted only for that question — the one on their screen — so an old
tab, the back button or a hand-made form cannot answer a question the student was never shown. An
answered question is never asked again; its page shows its feedback (or, when the set keeps
feedback for the end, that the answer is saved).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Answer, Assignment, Attempt, Question, QuestionSet, SetItem
from quiz.services import reading, scoring, shuffle

FEEDBACK_EACH, FEEDBACK_END = "each", "end"
CONFIDENCE_LEVELS = scoring.CONFIDENCE_LEVELS
CONFIDENCE_LABELS = {
    3: ["Just guessing", "Fairly sure", "Certain"],
    5: ["Just guessing", "Not very sure", "Fairly sure", "Quite sure", "Certain"],
}


@dataclass(frozen=True)
class Settings:
    """The play settings of a set (defaults filled in)."""

    feedback: str = FEEDBACK_EACH
    confidence: int | None = None  # None (not asked), 3 or 5 levels
    time_limit_s: int | None = None
    shuffle_questions: bool = False
    shuffle_options: bool = False

    @property
    def confidence_labels(self) -> list[str]:
        return CONFIDENCE_LABELS.get(self.confidence or 0, [])


def settings_of(qset: QuestionSet) -> Settings:
    """A set's play settings; values that do not fit fall back to the defaults."""
    raw = qset.settings if isinstance(qset.settings, dict) else {}
    feedback = raw.get("feedback") if raw.get("feedback") in (FEEDBACK_EACH, FEEDBACK_END) else None
    confidence = raw.get("confidence") if raw.get("confidence") in CONFIDENCE_LEVELS else None
    limit = raw.get("time_limit_s")
    limit = limit if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0 else None
    return Settings(feedback or FEEDBACK_EACH, confidence, limit, *shuffle.flags(raw))


@dataclass
class State:
    """The questions of an attempt, the answers given so far, and what comes next."""

    questions: list[Question]
    answers: dict[int, Answer] = field(default_factory=dict)
    orders: dict[int, list[int]] = field(default_factory=dict)  # shuffled options per question

    @property
    def pending(self) -> list[Question]:
        return [q for q in self.questions if q.id not in self.answers]

    @property
    def current(self) -> Question | None:
        """The question the student is shown: the first one not yet answered."""
        return next(iter(self.pending), None)

    def number(self, question: Question) -> int:
        return next(i for i, q in enumerate(self.questions, 1) if q.id == question.id)

    def after(self, question: Question) -> Question | None:
        """The question that comes after ``question`` in the set, if any."""
        n = self.number(question)
        return self.questions[n] if n < len(self.questions) else None


def state(session: Session, assignment: Assignment, attempt: Attempt | None) -> State:
    """The attempt's questions in its order (the set's, or shuffled for this attempt)."""
    questions = scoring.set_questions(session, assignment.set_id)
    if attempt is None:
        return State(questions)
    by_attempt, by_option = shuffle.flags(assignment.question_set.settings)
    questions = shuffle.question_order(attempt.id, questions, by_attempt)
    orders = {}
    for q in questions:
        size = len(q.options or [])
        order = shuffle.option_order(attempt.id, q.id, q.kind, size, by_option)
        if order is not None:
            orders[q.id] = order
    rows = session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt.id))
    return State(questions, {a.question_id: a for a in rows}, orders)


def over(assignment: Assignment, attempt: Attempt | None, st: State, settings: Settings) -> bool:
    """True when the attempt takes no more answers: all answered, time up, or closed."""
    if attempt is None:
        return False
    return (
        not st.pending
        or attempt.finished_at is not None
        or scoring.late(attempt, settings.time_limit_s) is not None
        or scoring.accepts_answers(assignment) is not None
    )


def refusal(
    assignment: Assignment,
    attempt: Attempt,
    st: State,
    question: Question,
    settings: Settings,
    now: datetime | None = None,
) -> str | None:
    """None when ``question`` may be answered now, else why not (in words for a student)."""
    if (reason := scoring.accepts_answers(assignment, now)) is not None:
        return reason
    if (reason := scoring.late(attempt, settings.time_limit_s, now)) is not None:
        return reason
    if attempt.finished_at is not None:
        return "This quiz is finished: it takes no more answers."
    current = st.current
    if current is None or current.id != question.id:
        return "That is not the question on your screen; here is the one to answer."
    return None


def verdict_withheld(session: Session, ctx: Any, now: datetime | None = None) -> bool:
    """True when the set keeps feedback for the end and the attempt still takes answers: the
    verdict on an answer (right or not, the answer, why, the score) is not shown yet. ``ctx`` is
    the row :func:`scoring.submit_answer` read (attempt id, times, assignment, settings)."""
    raw = ctx.settings if isinstance(ctx.settings, dict) else {}
    if raw.get("feedback") != FEEDBACK_END or ctx.finished_at is not None:
        return False
    if scoring.window_reason(ctx.status, ctx.opens_at, ctx.closes_at, now) is not None:
        return False
    if scoring.late(ctx, scoring.time_limit_of(raw), now) is not None:
        return False
    set_id = sa.select(Assignment.set_id).join(Attempt, Attempt.assignment_id == Assignment.id)
    total = session.scalar(
        sa.select(sa.func.count())
        .select_from(SetItem)
        .where(SetItem.set_id == set_id.where(Attempt.id == ctx.id).scalar_subquery())
    )
    answered = session.scalar(
        sa.select(sa.func.count()).select_from(Answer).where(Answer.attempt_id == ctx.id)
    )
    return answered < total


class ConfidenceError(ValueError):
    """A confidence the set does not ask for, or outside its levels."""


def confidence(raw: Any, settings: Settings) -> int | None:
    """The confidence to store, by the one rule of :func:`scoring.confidence_of`."""
    try:
        return scoring.confidence_of(raw, {"confidence": settings.confidence})
    except scoring.ChoiceError as exc:
        raise ConfidenceError(str(exc)) from None


@dataclass
class Review:
    """One answered question as the student sees it afterwards."""

    question: Question
    answer: Answer | None  # None: not answered before the quiz ended
    explanation: str
    evidence: list[reading.Segment]
    words: list[tuple[str, bool, bool]]  # spot_the_cue: (word, marked by the student, right)
    order: list[int] | None = None  # the options' order on the student's screen

    @property
    def shown(self) -> list[tuple[int, str]]:
        """(stored index, option) in the order the student saw them."""
        options = self.question.options or []
        order = self.order or range(len(options))
        return [(i, str(options[i])) for i in order]

    @property
    def right_answer(self) -> str:
        q = self.question
        if scoring.is_multi(q.kind):
            return " ".join(w for w, _, right in self.words if right)
        return _option(q, q.answer)

    @property
    def your_answer(self) -> str:
        if scoring.is_multi(self.question.kind):
            return " ".join(w for w, mine, _ in self.words if mine)
        return _option(self.question, self.answer.choice) if self.answer else ""


def _option(question: Question, index: Any) -> str:
    options = question.options or []
    return str(options[index]) if isinstance(index, int) and 0 <= index < len(options) else ""


def review(question: Question, answer: Answer | None, order: list[int] | None = None) -> Review:
    """What a student sees for an answered question: answers, one explanation, marked evidence."""
    words = []
    if scoring.is_multi(question.kind):
        choice = answer.choice if answer is not None else None
        mine = set(choice) if isinstance(choice, list) else set()
        right = set(question.answer or []) if isinstance(question.answer, list) else set()
        words = [(str(w), i in mine, i in right) for i, w in enumerate(question.options or [])]
    return Review(
        question,
        answer,
        reading.explanation(question.explanation),
        reading.evidence_segments(question.story, question.evidence),
        words,
        order,
    )


def reviews(st: State, everything: bool = False) -> list[Review]:
    """The answered questions of the attempt in its order; ``everything`` adds the others
    (once the quiz is over: time ran out, or the assignment closed)."""
    return [
        review(q, st.answers.get(q.id), st.orders.get(q.id))
        for q in st.questions
        if everything or q.id in st.answers
    ]
