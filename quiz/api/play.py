"""Students' calls: their assignments, starting (or resuming) an attempt, answering, finishing."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError, OperationalError

from questions.contract import QuestionKind
from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import Choice, Id, In, Json, NoBody, Out, integer
from quiz.api.spec import STUDENTS, ErrorDetail, endpoint, rule
from quiz.db import db, utcnow
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Attempt,
    Membership,
    Mode,
    Question,
    QuestionSet,
)
from quiz.services import access, attempts, reading, scoring, sets, shuffle, skills

TRIES = 3  # an answer that loses a race is re-read and replayed, never counted twice


class AssignmentBrief(Out):
    id: int
    title: str
    mode: Mode
    status: AssignmentStatus


class StudentQuestion(Out):
    """A question as students see it: no answer, no explanation; its passage to read first.

    With the set's ``shuffle_options``, ``options`` come in this attempt's own order (the same on
    every call, the same as the pages show) and a ``choice`` sent back is a place in this list."""

    id: int
    kind: QuestionKind
    prompt: str
    options: list[str]
    story_id: int | None
    passage: str | None  # the paragraph(s) holding the question's evidence, unmarked


class AttemptOut(Out):
    """``questions`` in the attempt's order: the set's, or with ``shuffle_questions`` an order drawn
    for this attempt (stable across calls and pages). ``score`` is null while the set keeps
    feedback for the end and the attempt still takes answers."""

    attempt_id: int
    settings: Json
    questions: list[StudentQuestion]
    answered: list[int]
    score: int | None


class AnswerIn(In):
    question_id: Id
    choice: Choice
    confidence: integer(1, 5) | None = None


class FeedbackOut(Out):
    """The verdict on an answer. ``answer`` is the right option as a place in the options the
    attempt showed (see ``shuffle_options``).

    When the set keeps feedback for the end (``settings.feedback == "end"``), ``withheld`` is true
    and ``correct``, ``answer``, ``explanation``, ``evidence`` and ``score`` are null while the
    attempt still takes answers — as the pages show no verdict then. Once every question is
    answered, the attempt is finished, its time is up or the assignment closed, the same answer
    sent again (200) carries the verdict."""

    withheld: bool
    correct: bool | None
    answer: Choice | None
    explanation: str | None
    evidence: Json | None
    score: int | None


class Recorded(FeedbackOut):
    choice: Choice


class AnswerConflict(BaseModel):
    """A 409 for another choice: the error, and the answer recorded first."""

    model_config = {"extra": "forbid"}
    error: ErrorDetail
    recorded: Recorded = None  # type: ignore[assignment]  # absent when the attempt is closed


class SkillCounts(Out):
    correct: int
    answered: int


class DiscernmentOut(Out):
    """fact_or_claim answers by signal detection ("claim" is the signal); d′ log-linear corrected,
    null until the student met at least one fact and one claim."""

    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int
    d_prime: float | None


class CalibrationOut(Out):
    """Right answers at each confidence level, and the Brier score (level k of n = k/n)."""

    levels: dict[str, SkillCounts]
    brier: float | None


class TotalsOut(Out):
    score: int
    correct: int
    answered: int
    by_skill: dict[str, SkillCounts]
    discernment: DiscernmentOut
    calibration: CalibrationOut | None


def my_assignment(assignment_id: int) -> Assignment:
    """An assignment of one of the student's classes, or 404."""
    row = access.class_assignment(db.session, current(), assignment_id)
    if row is None:
        raise not_found("That assignment")
    return row


def my_attempt(attempt_id: int) -> Attempt:
    row = access.own_attempt(db.session, current(), attempt_id)
    if row is None:
        raise not_found("That attempt")
    return row


@endpoint(bp, "GET", "/assignments", roles=STUDENTS, response=list[AssignmentBrief])
def my_assignments():
    """The student's assignments (of their classes), newest first."""
    rows = db.session.execute(
        sa.select(Assignment, QuestionSet.title)
        .join(QuestionSet, QuestionSet.id == Assignment.set_id)
        .join(Membership, Membership.class_id == Assignment.class_id)
        .where(Membership.user_id == current().id)
        .order_by(Assignment.created_at.desc(), Assignment.id.desc())
    ).all()
    return [{"id": a.id, "title": title, "mode": a.mode, "status": a.status} for a, title in rows]


def attempt_json(attempt: Attempt, assignment: Assignment) -> dict[str, Any]:
    answered = db.session.scalars(
        sa.select(Answer.question_id).where(Answer.attempt_id == attempt.id).order_by(Answer.id)
    ).all()
    st = attempts.state(db.session, assignment, attempt)
    settings = attempts.settings_of(assignment.question_set)
    withheld = settings.feedback == attempts.FEEDBACK_END and not attempts.over(
        assignment, attempt, st, settings
    )
    return {
        "attempt_id": attempt.id,
        "settings": sets.settings_of(assignment.question_set),
        "questions": [student_question(q, st.orders.get(q.id)) for q in st.questions],
        "answered": list(answered),
        "score": None if withheld else attempt.score,
    }


def student_question(q: Question, order: list[int] | None = None) -> dict[str, Any]:
    """A question for a student; ``order``: the attempt's order of its options (shuffled)."""
    return {
        "id": q.id,
        "kind": q.kind,
        "prompt": q.prompt,
        "options": shuffle.shown_options(order, q.options),
        "story_id": q.story_id,
        "passage": reading.passage_text(q),
    }


def _existing(assignment: Assignment) -> Attempt | None:
    return db.session.scalar(
        sa.select(Attempt).where(
            Attempt.assignment_id == assignment.id, Attempt.student_id == current().id
        )
    )


def _resume(attempt: Attempt, assignment: Assignment):
    if attempt.finished_at is not None:
        raise ApiError(409, "You have already finished this assignment.")
    return attempt_json(attempt, assignment), 200


@endpoint(
    bp,
    "POST",
    "/assignments/{assignment_id}/attempts",
    roles=STUDENTS,
    body=NoBody,
    responses={201: AttemptOut, 200: AttemptOut},
    errors={409: "Finished already, or the assignment takes no answers now."},
)
def start_attempt(assignment_id: int, body: NoBody):
    """Start an attempt (201) or resume the open one (200)."""
    assignment = my_assignment(assignment_id)
    attempt = _existing(assignment)
    if attempt is not None:
        return _resume(attempt, assignment)
    reason = scoring.accepts_answers(assignment)
    if reason:
        raise ApiError(409, reason)
    attempt = Attempt(assignment_id=assignment.id, student_id=current().id)
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:  # the same call from another tab a moment ago: resume that one
        db.session.rollback()
        attempt = _existing(assignment)
        if attempt is None:
            raise
        return _resume(attempt, assignment)
    return attempt_json(attempt, assignment), 201


@endpoint(
    bp,
    "POST",
    "/attempts/{attempt_id}/answers",
    roles=STUDENTS,
    body=AnswerIn,
    responses={201: FeedbackOut, 200: FeedbackOut},
    errors={
        409: (
            "Another choice than the recorded one; the attempt is closed or its time is up.",
            AnswerConflict,
        ),
        503: "Busy; send the same answer again.",
    },
)
def answer(attempt_id: int, body: AnswerIn):
    """Answer a question; the same answer again is answered 200 and counted once.

    One indexed read and one insert (``scoring.submit_answer``); a lost race is re-read.
    """
    for _ in range(TRIES):
        try:
            done = scoring.submit_answer(
                db.session, current().id, attempt_id, body.question_id, body.choice,
                body.confidence,
            )  # fmt: skip
            result = _verdict(done)
            db.session.commit()
        except scoring.Refused as exc:
            db.session.rollback()
            raise _refusal(exc) from None
        except (IntegrityError, OperationalError):  # lost a race: read what the winner wrote
            db.session.rollback()
            continue
        if done.status == 409:
            raise ApiError(
                409,
                "You already answered this question; your first answer stands.",
                recorded={"choice": done.shown_choice} | result,
            )
        return result, done.status
    raise ApiError(503, "The server is busy; send the same answer again.", "unavailable")


WITHHELD = dict.fromkeys(("correct", "answer", "explanation", "evidence", "score"))


def _verdict(done: scoring.Submitted) -> dict[str, Any]:
    """The feedback, or (feedback at the end, attempt still open) nothing that tells the verdict."""
    if attempts.verdict_withheld(db.session, done.context):
        return {"withheld": True} | WITHHELD
    return {"withheld": False} | done.feedback(db.session)


def _refusal(exc: scoring.Refused) -> ApiError:
    """The API's answer to an answer the scoring service refused."""
    if exc.status == 404:
        return not_found("That attempt")
    if exc.status == 422 and exc.field:
        return rule(exc.field, exc.message)
    return ApiError(exc.status, exc.message)


@endpoint(
    bp, "POST", "/attempts/{attempt_id}/finish", roles=STUDENTS, body=NoBody, response=TotalsOut
)
def finish(attempt_id: int, body: NoBody):
    """Finish the attempt (again is harmless): its totals, by skill too."""
    attempt = my_attempt(attempt_id)
    if attempt.finished_at is None:
        attempt.finished_at = utcnow()
        db.session.commit()
    assignment = db.session.get(Assignment, attempt.assignment_id)
    qs = scoring.set_questions(db.session, assignment.set_id)
    levels = attempts.settings_of(assignment.question_set).confidence
    totals = scoring.attempt_totals(db.session, attempt, qs).to_json()
    return totals | skills.attempt_report(db.session, attempt, levels)
