"""Teachers turn a story's approved questions into a quiz for a class, and read its results."""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from quiz.db import db
from quiz.errors import or_404
from quiz.models import Assignment
from quiz.services import access, scoring, sets
from quiz.services import assignments as assigning
from quiz.teach.views import bp, own_story, teacher_required


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


@bp.get("/assignments/<int:assignment_id>")
@teacher_required
def results(assignment_id: int):
    """Every student's score, by skill, and how often each question was answered right."""
    assignment = own_assignment(assignment_id)
    res = scoring.assignment_results(db.session, assignment)
    questions = {q.id: q for q in scoring.set_questions(db.session, assignment.set_id)}
    return render_template(
        "teach/results.html", assignment=assignment, res=res, questions=questions
    )


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
