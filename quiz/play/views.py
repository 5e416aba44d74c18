"""Students play an assignment in the browser: one question at a time, feedback after each."""

from __future__ import annotations

from functools import wraps

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy.exc import IntegrityError, OperationalError

from quiz.db import db, utcnow
from quiz.errors import or_404
from quiz.models import Answer, Assignment, Attempt, Question
from quiz.security import id_field
from quiz.services import access, scoring

bp = Blueprint("play", __name__, url_prefix="/play")


def student_required(view):
    """Only signed-in students; teachers get a 403."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_student:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def my_assignment(assignment_id: int) -> Assignment:
    """An assignment of one of the student's classes, or 404 (a student in the wrong class)."""
    return or_404(access.class_assignment(db.session, current_user, assignment_id))


def find_attempt(assignment: Assignment) -> Attempt | None:
    """The student's attempt at an assignment, if they started one."""
    return db.session.scalar(
        sa.select(Attempt).where(
            Attempt.assignment_id == assignment.id, Attempt.student_id == current_user.id
        )
    )


def attempt_for(assignment: Assignment) -> Attempt:
    """The student's attempt at an assignment, started now if there is none yet."""
    attempt = find_attempt(assignment)
    if attempt is not None:
        return attempt
    db.session.add(Attempt(assignment_id=assignment.id, student_id=current_user.id))
    try:
        db.session.commit()
    except IntegrityError:  # started a moment ago in another tab
        db.session.rollback()
    return find_attempt(assignment)


def answered_ids(attempt: Attempt) -> set[int]:
    """The questions this attempt has answered."""
    rows = db.session.scalars(sa.select(Answer.question_id).where(Answer.attempt_id == attempt.id))
    return set(rows)


@bp.get("/<int:assignment_id>")
@student_required
def play(assignment_id: int):
    """The next unanswered question, or the summary when all are answered."""
    assignment = my_assignment(assignment_id)
    attempt = attempt_for(assignment)
    questions = scoring.set_questions(db.session, assignment.set_id)
    done = answered_ids(attempt)
    pending = [q for q in questions if q.id not in done]
    if not pending:
        return redirect(url_for("play.summary", assignment_id=assignment.id))
    closed = scoring.accepts_answers(assignment)
    return render_template(
        "play/question.html",
        assignment=assignment,
        q=pending[0],
        number=len(done) + 1,
        total=len(questions),
        score=attempt.score,
        closed=closed,
        multi=scoring.is_multi(pending[0].kind),
        form=FlaskForm(),
    )


def _choice(question: Question):
    """The choice sent by the form, normalised, or None with nothing chosen."""
    if scoring.is_multi(question.kind):
        raw = sorted({int(v) for v in request.form.getlist("choice") if v.isdigit()})
    else:
        value = request.form.get("choice", "")
        raw = int(value) if value.isdigit() else None
    if raw is None or raw == []:
        return None
    try:
        return scoring.normalize_choice(question, raw)
    except scoring.ChoiceError:
        return None


@bp.post("/<int:assignment_id>/answer")
@student_required
def answer(assignment_id: int):
    """Record an answer once; a double click or a stale tab shows the answer already recorded."""
    assignment = my_assignment(assignment_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    question = scoring.in_set(db.session, assignment.set_id, id_field("question_id", "form") or 0)
    if question is None:
        abort(404)
    attempt = attempt_for(assignment)
    feedback_url = url_for("play.feedback", assignment_id=assignment.id, question_id=question.id)
    if scoring.recorded(db.session, attempt.id, question.id) is not None:
        flash("You had already answered this question; your first answer counts.", "info")
        return redirect(feedback_url)
    if (reason := scoring.accepts_answers(assignment)) is not None:
        flash(reason, "error")
        return redirect(url_for("play.play", assignment_id=assignment.id))
    if attempt.finished_at is not None:  # finished through the API: no more answers
        flash("You have already finished this assignment.", "info")
        return redirect(url_for("play.summary", assignment_id=assignment.id))
    choice = _choice(question)
    if choice is None:
        flash("Choose an answer before you check it.", "error")
        return redirect(url_for("play.play", assignment_id=assignment.id))
    try:
        scoring.record_answer(db.session, attempt, question, choice)
        db.session.commit()
    except (IntegrityError, OperationalError):  # the same answer sent twice at once
        db.session.rollback()
    return redirect(feedback_url)


@bp.get("/<int:assignment_id>/feedback/<int:question_id>")
@student_required
def feedback(assignment_id: int, question_id: int):
    """Right or not, the right answer, and why — with the evidence from the story."""
    assignment = my_assignment(assignment_id)
    question = scoring.in_set(db.session, assignment.set_id, question_id)
    attempt = find_attempt(assignment)
    answer = question and attempt and scoring.recorded(db.session, attempt.id, question.id)
    if not answer:
        abort(404)
    questions = scoring.set_questions(db.session, assignment.set_id)
    more = len(answered_ids(attempt)) < len(questions)
    return render_template(
        "play/feedback.html",
        assignment=assignment,
        q=question,
        answer=answer,
        score=scoring.running_score(db.session, answer),
        more=more,
        multi=scoring.is_multi(question.kind),
    )


@bp.get("/<int:assignment_id>/summary")
@student_required
def summary(assignment_id: int):
    """The student's totals, skill by skill."""
    assignment = my_assignment(assignment_id)
    attempt = find_attempt(assignment)
    if attempt is None:  # nothing answered yet: there is nothing to sum up
        return redirect(url_for("play.play", assignment_id=assignment.id))
    questions = scoring.set_questions(db.session, assignment.set_id)
    totals = scoring.attempt_totals(db.session, attempt, questions)
    if attempt.finished_at is None and totals.answered == len(questions):
        attempt.finished_at = utcnow()
        db.session.commit()
    return render_template(
        "play/summary.html", assignment=assignment, totals=totals, total=len(questions)
    )
