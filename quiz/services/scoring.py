"""Answering and scoring: checking a choice, recording it once, totals and results by skill.

Scoring rule: a correct answer earns ``POINTS_PER_CORRECT`` (100) points, a wrong one 0, and a
repeat of an answer already recorded earns nothing (the database holds one answer per attempt and
question). Self-paced play has no time bonus: the score is the same whether a student is quick or
careful. In a timed live game a correct answer also earns a speed bonus, kept apart from the
points (``bonus``, up to ``SPEED_BONUS_MAX`` = 50, in proportion to the time left): the ranking
orders by points first and bonus second, so being right always counts before being fast.

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
    LiveGame,
    LiveState,
    LoginSession,
    Membership,
    Mode,
    Question,
    QuestionSet,
    SetItem,
    User,
)
from quiz.services import shuffle

POINTS_PER_CORRECT = 100
SPEED_BONUS_MAX = 50
ANSWERS = Answer.__table__
ATTEMPTS = Attempt.__table__
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
    return window_reason(assignment.status, assignment.opens_at, assignment.closes_at, now)


def window_reason(
    status: AssignmentStatus,
    opens_at: datetime | None,
    closes_at: datetime | None,
    now: datetime | None = None,
) -> str | None:
    """None when an assignment with these status and times takes answers now, else why not."""
    now = now or utcnow()
    if status == AssignmentStatus.CLOSED or _passed(closes_at, now):
        return "This assignment is closed: it takes no more answers."
    if status == AssignmentStatus.SCHEDULED or not _passed(opens_at, now, True):
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
    *,
    bonus: int = 0,
    total: bool = True,
    now: datetime | None = None,
) -> Answer:
    """Insert the answer and add its points to the attempt's total; the answer has ``score``.

    The insert comes first: a second answer racing this one fails on the unique (attempt,
    question) constraint with IntegrityError, so its points are never added. The total is raised
    by one UPDATE (``score = score + points``) that returns the new total, never by a
    read-modify-write; ``attempt`` and ``question`` need only ``id`` (and ``kind``, ``answer``).
    ``total=False``: a wrong answer (nothing to add) does not read the total back either (a live
    game shows no total until the reveal); ``answer.score`` is then unset.
    """
    now = now or utcnow()
    correct = is_correct(question, choice)
    points = POINTS_PER_CORRECT if correct else 0
    bonus = bonus if correct else 0
    values = dict(
        attempt_id=attempt.id,
        question_id=question.id,
        choice=choice,
        correct=correct,
        points=points,
        bonus=bonus,
        confidence=confidence,
        answered_at=now,
    )
    conn = session.connection()
    answer = Answer(id=conn.execute(INSERT_ANSWER, values).scalar_one(), **values)
    params = {"attempt": attempt.id, "add_points": points, "add_bonus": bonus, "now": now}
    if points or total:
        answer.score = conn.execute(RAISE_SCORE if points else READ_SCORE, params).scalar_one()
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
    """What a student sees after answering: right or not, the answer, why, and the total.

    A fresh answer carries the total its UPDATE returned (``answer.score``); a replayed one is
    summed up to itself, so a replay shows the same total as the first time.
    """
    score = getattr(answer, "score", None)
    return {
        "correct": answer.correct,
        "answer": question.answer,
        "explanation": question.explanation,
        "evidence": question.evidence,
        "score": running_score(session, answer) if score is None else score,
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


class Refused(Exception):
    """An answer the service will not record: ``status`` 404, 409 or 422, why, and which field."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


@dataclass
class Submitted:
    """The outcome of an answer: ``status`` 201 new, 200 the same again, 409 another choice."""

    status: int
    answer: Answer
    question: Any
    live: bool
    order: list[int] | None = None  # "shuffle options": the stored index at each screen place
    context: Any = None  # the row read by submit_answer (attempt, assignment, settings)

    def feedback(self, session: Session) -> dict[str, Any]:
        """The feedback, with the right answer as a place on the student's screen."""
        out = feedback(session, self.answer, self.question)
        out["answer"] = shuffle.to_shown(self.order, out["answer"])
        return out

    @property
    def shown_choice(self) -> Any:
        """The recorded choice as a place on the student's screen."""
        return shuffle.to_shown(self.order, self.answer.choice)


def _context_statement() -> sa.Select:
    """The one read behind an answer, built once: every join is on a unique or primary key."""
    at, asg, qs, item, q, ans, live = (
        m.__table__ for m in (Attempt, Assignment, QuestionSet, SetItem, Question, Answer, LiveGame)
    )
    attempt_id, question_id = sa.bindparam("attempt_id"), sa.bindparam("question_id")
    return (
        sa.select(
            at.c.id, at.c.student_id, at.c.started_at, at.c.finished_at,
            asg.c.mode, asg.c.status, asg.c.opens_at, asg.c.closes_at, qs.c.settings,
            q.c.id.label("question_id"), q.c.kind, q.c.options, q.c.answer, q.c.explanation,
            q.c.evidence,
            ans.c.id.label("answer_id"), ans.c.choice, ans.c.correct, ans.c.points, ans.c.bonus,
            live.c.id.label("live_game_id"), live.c.state.label("live_state"),
            live.c.question_id.label("live_question_id"), live.c.seconds, live.c.deadline_at,
            live.c.paused_left_ms,
        )
        .select_from(at)
        .join(asg, asg.c.id == at.c.assignment_id)
        .join(qs, qs.c.id == asg.c.set_id)
        .outerjoin(item, (item.c.set_id == asg.c.set_id) & (item.c.question_id == question_id))
        .outerjoin(q, q.c.id == item.c.question_id)
        .outerjoin(ans, (ans.c.attempt_id == at.c.id) & (ans.c.question_id == question_id))
        .outerjoin(live, live.c.assignment_id == asg.c.id)
        .where(at.c.id == attempt_id)
    )  # fmt: skip


def _signed_in_statement(context: sa.Select) -> sa.Select:
    """The same read, only for a student whose signed-in session (by its secret's hash) is on
    and whose account is active: the page's answer call checks its sign-in in this one read."""
    at, ls, users = Attempt.__table__, LoginSession.__table__, User.__table__
    since = sa.bindparam("since", type_=ls.c.created_at.type)
    return context.join(
        ls,
        (ls.c.user_id == at.c.student_id)
        & (ls.c.token_hash == sa.bindparam("token_hash"))
        & ls.c.ended_at.is_(None)
        & (ls.c.created_at > since),
    ).join(users, (users.c.id == at.c.student_id) & users.c.active.is_(True))


CONTEXT = _context_statement()
CONTEXT_SIGNED_IN = _signed_in_statement(CONTEXT)
INSERT_ANSWER = sa.insert(ANSWERS).returning(ANSWERS.c.id)
RAISE_SCORE = (
    sa.update(ATTEMPTS)
    .where(ATTEMPTS.c.id == sa.bindparam("attempt", type_=sa.Integer))
    .values(
        score=ATTEMPTS.c.score + sa.bindparam("add_points", type_=sa.Integer),
        bonus=ATTEMPTS.c.bonus + sa.bindparam("add_bonus", type_=sa.Integer),
        reached_at=sa.bindparam("now", type_=ATTEMPTS.c.reached_at.type),
    )
    .returning(ATTEMPTS.c.score)
)
# A wrong answer adds nothing: the UPDATE only hands back the total (and keeps the row order).
READ_SCORE = (
    sa.update(ATTEMPTS)
    .where(ATTEMPTS.c.id == sa.bindparam("attempt", type_=sa.Integer))
    .values(score=ATTEMPTS.c.score)
    .returning(ATTEMPTS.c.score)
)


def _answer_context(
    session: Session,
    attempt_id: int,
    question_id: int,
    signed_in: tuple[str, datetime] | None = None,
) -> sa.Row | None:
    """Everything an answer needs, in one indexed read: attempt, assignment, question, the answer
    already recorded (if any), and the live game (if any); with ``signed_in`` (a session
    secret's hash, and the oldest start a live session may have) only for that live session."""
    params = {"attempt_id": attempt_id, "question_id": question_id}
    statement = CONTEXT
    if signed_in is not None:
        statement = CONTEXT_SIGNED_IN
        params |= {"token_hash": signed_in[0], "since": signed_in[1]}
    return session.connection().execute(statement, params).one_or_none()


def submit_answer(
    session: Session,
    student_id: int,
    attempt_id: int,
    question_id: int,
    raw_choice: Any,
    confidence: int | None = None,
    *,
    live: bool = False,
    game_id: int | None = None,
    signed_in: tuple[str, datetime] | None = None,
    now: datetime | None = None,
) -> Submitted:
    """Record a student's answer once, with one read and one insert (the caller commits).

    ``live`` says which door the answer came through: live games take answers only through the
    game (only while its question is open), self-paced assignments only through the attempt.
    ``game_id``: the live game the answer was sent to; an attempt of another game is not found.
    ``signed_in``: see :func:`_answer_context` (not found unless that session is on).
    Raises :class:`Refused`; an IntegrityError means a racing answer won (roll back, try again).
    """
    now = now or utcnow()
    if signed_in is None:
        ctx = _answer_context(session, attempt_id, question_id)
    else:
        ctx = _answer_context(session, attempt_id, question_id, signed_in=signed_in)
    if ctx is None or ctx.student_id != student_id:
        raise Refused(404, "That attempt was not found, or it is not yours.")
    if game_id is not None and ctx.live_game_id != game_id:
        raise Refused(404, "That attempt is not one of this game's.")
    if ctx.question_id is None:
        raise Refused(422, "that question is not part of this assignment", "question_id")
    question = Question(
        id=ctx.question_id,
        kind=ctx.kind,
        options=ctx.options,
        answer=ctx.answer,
        explanation=ctx.explanation,
        evidence=ctx.evidence,
    )
    try:
        choice = normalize_choice(question, raw_choice)
    except ChoiceError as exc:
        raise Refused(422, str(exc), "choice") from None
    is_live = ctx.mode == Mode.LIVE
    order = None
    if not is_live:  # a self-paced choice is a place on the screen: "shuffle options" maps it
        shuffled = shuffle.flags(ctx.settings)[1]
        order = shuffle.option_order(ctx.id, ctx.question_id, ctx.kind, len(ctx.options), shuffled)
        choice = shuffle.to_stored(order, choice)
        try:
            confidence = confidence_of(confidence, ctx.settings)
        except ChoiceError as exc:
            raise Refused(422, str(exc), "confidence") from None
    if ctx.answer_id is not None:
        answer = Answer(
            id=ctx.answer_id,
            attempt_id=attempt_id,
            question_id=question_id,
            choice=ctx.choice,
            correct=ctx.correct,
            points=ctx.points,
            bonus=ctx.bonus,
        )
        status = 200 if ctx.choice == choice else 409
        return Submitted(status, answer, question, is_live, order, ctx)
    if is_live != live:
        raise Refused(
            409,
            "This assignment is a live game: answer on the game page."
            if is_live
            else "This assignment is not a live game.",
        )
    if ctx.finished_at is not None:
        raise Refused(409, "This attempt is finished: it takes no more answers.")
    reason = window_reason(ctx.status, ctx.opens_at, ctx.closes_at, now)
    if reason is None and is_live:
        reason = live_reason(ctx, question_id, now)
    elif reason is None:
        reason = late(ctx, time_limit_of(ctx.settings), now)
    if reason:
        raise Refused(409, reason)
    bonus = speed_bonus(ctx, now) if is_live else 0
    answer = record_answer(
        session, ctx, question, choice, confidence, bonus=bonus, total=not is_live, now=now
    )
    return Submitted(201, answer, question, is_live, order, ctx)


CONFIDENCE_LEVELS = (3, 5)


def confidence_of(raw: Any, settings: Any) -> int | None:
    """The confidence to store. A set asking for it (``confidence`` 3 or 5 levels) needs 1..levels
    (ChoiceError otherwise); a set that does not ask keeps a 1..5 sent anyway, else None."""
    levels = settings.get("confidence") if isinstance(settings, dict) else None
    if isinstance(raw, str) and raw.isdigit():
        raw = int(raw)
    valid = isinstance(raw, int) and not isinstance(raw, bool)
    if levels not in CONFIDENCE_LEVELS:
        return raw if valid and 1 <= raw <= max(CONFIDENCE_LEVELS) else None
    if not valid or not 1 <= raw <= levels:
        raise ChoiceError(f"Say how sure you are (1 to {levels}).")
    return raw


def time_limit_of(settings: Any) -> int | None:
    """A set's ``time_limit_s`` setting (seconds for a whole self-paced attempt), if valid."""
    limit = settings.get("time_limit_s") if isinstance(settings, dict) else None
    valid = isinstance(limit, int) and not isinstance(limit, bool) and limit > 0
    return limit if valid else None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def ms_left(deadline_at: datetime | None, paused_left_ms: int | None, now: datetime) -> int | None:
    """Milliseconds left on a live question's timer (None: untimed; never below 0)."""
    if paused_left_ms is not None:
        return paused_left_ms
    deadline = _aware(deadline_at)
    if deadline is None:
        return None
    return max(0, int((deadline - now).total_seconds() * 1000))


def live_reason(ctx: Any, question_id: int, now: datetime) -> str | None:
    """None when the live game takes an answer to this question now, else why it does not."""
    if ctx.live_state != LiveState.QUESTION or ctx.live_question_id != question_id:
        return "This question is closed: it takes no more answers."
    left = ms_left(ctx.deadline_at, ctx.paused_left_ms, now)
    if left is not None and left <= 0:
        return "Time is up for this question: it takes no more answers."
    return None


def speed_bonus(ctx: Any, now: datetime) -> int:
    """The speed bonus of a right answer now: SPEED_BONUS_MAX times the share of time left."""
    left = ms_left(ctx.deadline_at, ctx.paused_left_ms, now)
    if left is None or not ctx.seconds:
        return 0
    return round(SPEED_BONUS_MAX * min(1.0, left / (ctx.seconds * 1000)))
