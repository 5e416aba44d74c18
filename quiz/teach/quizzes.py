"""Teachers turn a story's approved questions into a quiz for a class, and read its results."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from quiz.db import db
from quiz.errors import or_404
from quiz.models import Assignment, AssignmentStatus
from quiz.services import access, sets
from quiz.services import assignments as assigning
from quiz.services import results as reports
from quiz.teach.set_forms import AssignmentForm
from quiz.teach.views import ask_first, bp, own_story, teacher_required


@bp.post("/stories/<int:story_id>/assign")
@teacher_required
def assign_story(story_id: int):
    """The one-step shortcut: a set named after the story, of its approved questions, given to a
    class. Giving the same story to the same class again asks first."""
    story = own_story(story_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    classroom = access.own_class(db.session, current_user, request.form.get("class_id", type=int))
    if classroom is None:
        flash("Choose one of your classes.", "error")
        return redirect(url_for("teach.story", story_id=story.id))
    try:
        qset = sets.story_set(db.session, current_user, story)
        row = assigning.assign(db.session, classroom, qset, again=request.form.get("again") == "1")
    except assigning.AlreadyAssigned as exc:
        db.session.rollback()
        return render_template(
            "teach/assign_again.html", story=story, classroom=classroom, existing=exc.existing
        ), 409
    except sets.SetError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("teach.story", story_id=story.id))
    db.session.commit()
    n = len(row.question_set.items)
    flash(
        f"Assigned {n} question{'' if n == 1 else 's'} to {classroom.name} as “{qset.title}”.",
        "success",
    )
    return redirect(url_for("teach.results", assignment_id=row.id))


def own_assignment(assignment_id: int) -> Assignment:
    """An assignment of one of the current teacher's classes, or 404."""
    return or_404(access.own_assignment(db.session, current_user, assignment_id))


def render_results(assignment: Assignment, status: int = 200, form: AssignmentForm | None = None):
    """The results page, with the assignment's own settings (title, times, close/reopen)."""
    rep = reports.report(db.session, assignment)
    form = form or AssignmentForm(
        formdata=None,
        title=assignment.title or "",
        opens_at=assignment.opens_at,
        closes_at=assignment.closes_at,
    )
    return render_template(
        "teach/results.html",
        assignment=assignment,
        rep=rep,
        chart=reports.chart(rep),
        state=assigning.state(assignment),
        form=form,
        answers=assigning.answer_count(db.session, assignment),
    ), status


@bp.get("/assignments/<int:assignment_id>")
@teacher_required
def results(assignment_id: int):
    """Each student's status, score, skills and discernment; each question's answers; a chart."""
    return render_results(own_assignment(assignment_id))


@bp.get("/assignments/<int:assignment_id>/results.csv")
@teacher_required
def results_csv(assignment_id: int):
    """The results as a CSV download (UTF-8 with BOM, formula-safe), with the page's session."""
    row = own_assignment(assignment_id)
    body = reports.results_csv(reports.report(db.session, row))
    return Response(
        body.encode("utf-8"),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="assignment-{row.id}-results.csv"'},
    )


@bp.post("/assignments/<int:assignment_id>/edit")
@teacher_required
def assignment_edit(assignment_id: int):
    """Rename and retime an assignment."""
    row = own_assignment(assignment_id)
    form = AssignmentForm()
    if not form.validate_on_submit():
        return render_results(row, 400, form)
    try:
        assigning.update(
            db.session,
            row,
            title=form.title.data or "",
            times=(assigning.aware(form.opens_at.data), assigning.aware(form.closes_at.data)),
        )
    except sets.SetError as exc:
        db.session.rollback()
        form.form_errors.append(str(exc))
        return render_results(row, 400, form)
    db.session.commit()
    flash("Assignment saved.", "success")
    return redirect(url_for("teach.results", assignment_id=row.id))


@bp.post("/assignments/<int:assignment_id>/close")
@teacher_required
def assignment_close(assignment_id: int):
    """Close now: no more answers are taken."""
    return _set_status(
        assignment_id, AssignmentStatus.CLOSED, "Closed: students can no longer answer."
    )


@bp.post("/assignments/<int:assignment_id>/reopen")
@teacher_required
def assignment_reopen(assignment_id: int):
    """Open again (a closing time that has passed is cleared)."""
    return _set_status(assignment_id, AssignmentStatus.OPEN, "Reopened: students can answer again.")


def _set_status(assignment_id: int, status: AssignmentStatus, done: str):
    """Close or reopen one of the teacher's assignments (a posted form with its CSRF token)."""
    row = own_assignment(assignment_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    assigning.update(db.session, row, status=status)
    db.session.commit()
    flash(done, "success")
    return redirect(url_for("teach.results", assignment_id=row.id))


@bp.route("/assignments/<int:assignment_id>/delete", methods=["GET", "POST"])
@teacher_required
def assignment_delete(assignment_id: int):
    """Ask first, saying how many answers go with it; then delete it and exactly its answers."""
    row = own_assignment(assignment_id)
    n = assigning.answer_count(db.session, row)
    if page := ask_first("teach/assignment_delete.html", assignment=row, n=n):
        return page
    set_id, title, name = row.set_id, row.display_title, row.classroom.name
    n = assigning.delete(db.session, row)
    db.session.commit()
    flash(
        f"Deleted “{title}” for {name} and its {n} answer{'' if n == 1 else 's'}. "
        "The question set stays.",
        "success",
    )
    return redirect(url_for("teach.set_page", set_id=set_id))


def class_assignments(class_ids: list[int]) -> dict[int, list[Assignment]]:
    """The assignments of each class, newest first."""
    out: dict[int, list[Assignment]] = {cid: [] for cid in class_ids}
    rows = db.session.scalars(
        sa.select(Assignment)
        .where(Assignment.class_id.in_(class_ids))
        .order_by(Assignment.created_at.desc(), Assignment.id.desc())
    )
    for row in rows:
        out[row.class_id].append(row)
    return out
