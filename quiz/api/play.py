"""Students' calls: their assignments, starting (or resuming) an attempt, answering, finishing."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import jsonify
from sqlalchemy.exc import IntegrityError, OperationalError

from quiz.api import schemas
from quiz.api.common import (
    ID,
    STUDENTS,
    ApiError,
    bp,
    created,
    current,
    json_body,
    not_found,
    require,
)
from quiz.db import db, utcnow
from quiz.models import Answer, Assignment, Attempt, Membership, Question, QuestionSet
from quiz.services import access, scoring

TRIES = 3  # an answer that loses a race is re-read and replayed, never counted twice


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


@bp.get("/assignments")
@require(*STUDENTS)
def my_assignments():
    """The assignments of the student's classes, newest first."""
    rows = db.session.execute(
        sa.select(Assignment, QuestionSet.title)
        .join(QuestionSet, QuestionSet.id == Assignment.set_id)
        .join(Membership, Membership.class_id == Assignment.class_id)
        .where(Membership.user_id == current().id)
        .order_by(Assignment.created_at.desc(), Assignment.id.desc())
    ).all()
    return jsonify(
        [
            {"id": a.id, "title": title, "mode": a.mode.value, "status": a.status.value}
            for a, title in rows
        ]
    )


def student_question(q: Question) -> dict[str, Any]:
    """A question as students see it: no answer, no explanation."""
    return {"id": q.id, "kind": q.kind, "prompt": q.prompt, "options": q.options}


def attempt_json(attempt: Attempt, assignment: Assignment) -> dict[str, Any]:
    answered = db.session.scalars(
        sa.select(Answer.question_id).where(Answer.attempt_id == attempt.id).order_by(Answer.id)
    ).all()
    qs = scoring.set_questions(db.session, assignment.set_id)
    return {
        "attempt_id": attempt.id,
        "questions": [student_question(q) for q in qs],
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
    return jsonify(attempt_json(attempt, assignment))


@bp.post(f"/assignments/<{ID}:assignment_id>/attempts")
@require(*STUDENTS)
def start_attempt(assignment_id: int):
    """Start the student's attempt (201), or resume the open one (200)."""
    assignment = my_assignment(assignment_id)
    json_body()  # no fields, but a malformed body is still refused
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
    return created(attempt_json(attempt, assignment))


@bp.post(f"/attempts/<{ID}:attempt_id>/answers")
@require(*STUDENTS)
def answer(attempt_id: int):
    """Record an answer once: 201 new, 200 the same again, 409 a different choice."""
    body = json_body()
    schemas.only(body, {"question_id", "choice", "confidence"})
    question_id = schemas.integer(body, "question_id")
    if "choice" not in body:
        raise schemas.invalid("choice", "this field is required")
    confidence = schemas.integer(body, "confidence", lo=1, hi=5, required=False)
    for _ in range(TRIES):
        try:
            done = scoring.submit_answer(
                db.session, current().id, attempt_id, question_id, body["choice"], confidence
            )
            result = done.feedback(db.session)
            db.session.commit()
        except scoring.Refused as exc:
            db.session.rollback()
            raise ApiError(exc.status, exc.message, field=exc.field) from None
        except (IntegrityError, OperationalError):  # lost a race: read what the winner wrote
            db.session.rollback()
            continue
        if done.status == 409:
            raise ApiError(
                409,
                "You already answered this question; your first answer stands.",
                recorded={"choice": done.answer.choice} | result,
            )
        return jsonify(result), done.status
    raise ApiError(503, "The server is busy; send the same answer again.", "unavailable")


@bp.post(f"/attempts/<{ID}:attempt_id>/finish")
@require(*STUDENTS)
def finish(attempt_id: int):
    """Finish the attempt (again is harmless) and return its totals by skill."""
    attempt = my_attempt(attempt_id)
    json_body()
    if attempt.finished_at is None:
        attempt.finished_at = utcnow()
        db.session.commit()
    assignment = db.session.get(Assignment, attempt.assignment_id)
    qs = scoring.set_questions(db.session, assignment.set_id)
    return jsonify(scoring.attempt_totals(db.session, attempt, qs).to_json())
