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
    QuestionSet,
)
from quiz.services import access, scoring

TRIES = 3  # an answer that loses a race is re-read and replayed, never counted twice


class AssignmentBrief(Out):
    id: int
    title: str
    mode: Mode
    status: AssignmentStatus


class StudentQuestion(Out):
    """A question as students see it: no answer, no explanation."""

    id: int
    kind: QuestionKind
    prompt: str
    options: list[str]


class AttemptOut(Out):
    attempt_id: int
    questions: list[StudentQuestion]
    answered: list[int]
    score: int


class AnswerIn(In):
    question_id: Id
    choice: Choice
    confidence: integer(1, 5) | None = None


class FeedbackOut(Out):
    correct: bool
    answer: Choice
    explanation: str
    evidence: Json | None
    score: int


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


class TotalsOut(Out):
    score: int
    correct: int
    answered: int
    by_skill: dict[str, SkillCounts]


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
    qs = scoring.set_questions(db.session, assignment.set_id)
    return {
        "attempt_id": attempt.id,
        "questions": qs,
        "answered": list(answered),
        "score": attempt.score,
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
        409: ("Another choice than the recorded one, or the attempt is closed.", AnswerConflict),
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
            result = done.feedback(db.session)
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
                recorded={"choice": done.answer.choice} | result,
            )
        return result, done.status
    raise ApiError(503, "The server is busy; send the same answer again.", "unavailable")


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
    return scoring.attempt_totals(db.session, attempt, qs).to_json()
