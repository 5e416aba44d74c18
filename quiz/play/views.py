"""Students play an assignment in the browser: the story first, then one question a page, each at
its own address (/play/<assignment>/q/<question>), feedback after each or at the end, a summary
with the claims map, and their progress over all their quizzes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

import sqlalchemy as sa
from flask import (
    Blueprint,
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy.exc import IntegrityError, OperationalError

from quiz.db import db, utcnow
from quiz.errors import or_404
from quiz.models import Assignment, Attempt, Mode, Question
from quiz.play import charts
from quiz.services import access, attempts, reading, scoring, shuffle, skills

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


@dataclass
class Play:
    """An assignment as one student plays it: attempt, answers so far, settings."""

    assignment: Assignment
    attempt: Attempt | None
    state: attempts.State
    settings: attempts.Settings

    @property
    def over(self) -> bool:
        return attempts.over(self.assignment, self.attempt, self.state, self.settings)

    @property
    def show_feedback(self) -> bool:
        """Feedback after each answer, or (feedback at the end) once the quiz is over."""
        return self.settings.feedback == attempts.FEEDBACK_EACH or self.over


def load(assignment_id: int, start: bool = False) -> Play:
    """The student's play of an assignment; ``start`` begins their attempt if there is none."""
    assignment = my_assignment(assignment_id)
    if assignment.mode == Mode.LIVE:  # a live game is played with the class, on its own page
        abort(redirect(url_for("boards.play", assignment_id=assignment.id)))
    attempt = attempt_for(assignment) if start else find_attempt(assignment)
    return Play(
        assignment,
        attempt,
        attempts.state(db.session, assignment, attempt),
        attempts.settings_of(assignment.question_set),
    )


def no_store(response):
    """Pages that depend on what was answered are never shown from a cache (back button)."""
    response = make_response(response)
    response.headers["Cache-Control"] = "no-store"
    return response


def question_url(play: Play, question: Question | None) -> str:
    if question is None:
        return url_for("play.summary", assignment_id=play.assignment.id)
    return url_for("play.question", assignment_id=play.assignment.id, question_id=question.id)


@bp.get("/<int:assignment_id>")
@student_required
def play(assignment_id: int):
    """Where the student is: the story before their first answer, then their next question."""
    p = load(assignment_id)
    if not p.state.answers:
        return redirect(url_for("play.read", assignment_id=p.assignment.id))
    if p.over:
        return redirect(url_for("play.summary", assignment_id=p.assignment.id))
    return redirect(question_url(p, p.state.current))


@bp.get("/<int:assignment_id>/read")
@student_required
def read(assignment_id: int):
    """The story (or stories) the quiz is built on, cleanly set, nothing marked."""
    p = load(assignment_id)
    stories = [reading.reading(s) for s in reading.stories_of(p.state.questions)]
    return no_store(render_template("play/read.html", p=p, stories=stories, next_url=_next_url(p)))


def _next_url(p: Play) -> str:
    if p.over:
        return url_for("play.summary", assignment_id=p.assignment.id)
    return question_url(p, p.state.current)


@bp.get("/<int:assignment_id>/q/<int:question_id>")
@student_required
def question(assignment_id: int, question_id: int):
    """The question this address names: asked if it is the student's next, else its feedback."""
    p = load(assignment_id)
    q = or_404(next((q for q in p.state.questions if q.id == question_id), None))
    if q.id in p.state.answers:
        return no_store(_feedback_page(p, q))
    if p.attempt is None:
        p = load(assignment_id, start=True)
    current = p.state.current
    if p.over or current is None:
        return redirect(url_for("play.summary", assignment_id=p.assignment.id))
    if current.id != q.id:  # not yet their turn: show the question they are on
        return redirect(question_url(p, current))
    return no_store(_question_page(p, q))


def _question_page(p: Play, q: Question):
    deadline = scoring.deadline(p.attempt, p.settings.time_limit_s)
    return render_template(
        "play/question.html",
        p=p,
        q=q,
        number=p.state.number(q),
        total=len(p.state.questions),
        passage=reading.passage(q.story, q.evidence),
        closed=scoring.accepts_answers(p.assignment),
        multi=scoring.is_multi(q.kind),
        options=shuffle.shown_options(p.state.orders.get(q.id), q.options),
        deadline=deadline,
        seconds_left=max(0, int((deadline - utcnow()).total_seconds())) if deadline else None,
        form=FlaskForm(),
    )


def _feedback_page(p: Play, q: Question):
    answer = p.state.answers[q.id]
    following = p.state.current if not p.over else None
    return render_template(
        "play/feedback.html",
        p=p,
        q=q,
        r=attempts.review(q, answer, p.state.orders.get(q.id)) if p.show_feedback else None,
        answer=answer,
        number=p.state.number(q),
        total=len(p.state.questions),
        score=scoring.running_score(db.session, answer),
        next_url=question_url(p, following),
        more=following is not None,
        multi=scoring.is_multi(q.kind),
    )


def _choice(p: Play, question: Question):
    """The choice sent by the form, normalised to the stored option index (the form sends places
    on the screen, which differ with "shuffle options"), or None with nothing chosen."""
    if scoring.is_multi(question.kind):
        raw = sorted({int(v) for v in request.form.getlist("choice") if v.isdigit()})
    else:
        value = request.form.get("choice", "")
        raw = int(value) if value.isdigit() else None
    if raw is None or raw == []:
        return None
    try:
        choice = scoring.normalize_choice(question, raw)
    except scoring.ChoiceError:
        return None
    return shuffle.to_stored(p.state.orders.get(question.id), choice)


@bp.post("/<int:assignment_id>/answer")
@student_required
def answer(assignment_id: int):
    """Record the answer to the question on the student's screen, once.

    The form names its question; an answer to any other question (one not yet shown, from a
    hand-made form or an old tab) is refused. A double click or a stale tab shows the answer
    already recorded.
    """
    if not FlaskForm().validate_on_submit():
        abort(400)
    p = load(assignment_id, start=True)
    wanted = request.form.get("question_id", type=int)
    q = or_404(next((q for q in p.state.questions if q.id == wanted), None))
    if q.id in p.state.answers:
        flash("You had already answered this question; your first answer counts.", "info")
        return redirect(question_url(p, q))
    if (reason := attempts.refusal(p.assignment, p.attempt, p.state, q, p.settings)) is not None:
        flash(reason, "error")
        return redirect(_next_url(p))
    choice = _choice(p, q)
    if choice is None:
        flash("Choose an answer before you check it.", "error")
        return redirect(question_url(p, q))
    try:
        sure = attempts.confidence(request.form.get("confidence"), p.settings)
    except attempts.ConfidenceError as exc:
        flash(str(exc), "error")
        return redirect(question_url(p, q))
    try:
        scoring.record_answer(db.session, p.attempt, q, choice, sure)
        db.session.commit()
    except (IntegrityError, OperationalError):  # the same answer sent twice at once
        db.session.rollback()
    if p.settings.feedback == attempts.FEEDBACK_END:
        p = load(assignment_id)
        if not p.over:
            flash("Answer saved. You will see how you did at the end.", "success")
            return redirect(question_url(p, p.state.current))
    return redirect(question_url(p, q))


@bp.get("/<int:assignment_id>/feedback/<int:question_id>")
@student_required
def feedback(assignment_id: int, question_id: int):
    """Old address of a question's feedback: the question's own address shows it now."""
    p = load(assignment_id)
    if question_id not in p.state.answers:
        abort(404)
    return redirect(
        url_for("play.question", assignment_id=p.assignment.id, question_id=question_id)
    )


@bp.get("/<int:assignment_id>/summary")
@student_required
def summary(assignment_id: int):
    """Totals by skill, every answer with its explanation, discernment, calibration, claims map."""
    p = load(assignment_id)
    if p.attempt is None:  # nothing answered yet: there is nothing to sum up
        return redirect(url_for("play.play", assignment_id=p.assignment.id))
    totals = scoring.attempt_totals(db.session, p.attempt, p.state.questions)
    if p.attempt.finished_at is None and p.over:
        p.attempt.finished_at = utcnow()
        db.session.commit()
    pairs = [(q, p.state.answers[q.id]) for q in p.state.questions if q.id in p.state.answers]
    maps = [reading.claims_map(s) for s in reading.stories_of(p.state.questions)] if p.over else []
    return no_store(
        render_template(
            "play/summary.html",
            p=p,
            totals=totals,
            total=len(p.state.questions),
            reviews=attempts.reviews(p.state, p.over) if p.show_feedback else [],
            discernment=skills.discernment(pairs),
            calibration=skills.calibration(pairs, p.settings.confidence),
            labels=p.settings.confidence_labels,
            maps=maps,
            next_url=_next_url(p),
        )
    )


@bp.get("/progress")
@student_required
def progress():
    """The student's own progress: each skill and discernment over their quizzes."""
    quizzes = skills.progress(db.session, current_user)
    return render_template("play/progress.html", quizzes=quizzes, chart=charts.progress(quizzes))
