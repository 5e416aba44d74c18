"""Teachers turn a story's approved questions into a quiz for a class, and read its results."""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from quiz.db import db
from quiz.errors import or_404
from quiz.models import (
    Assignment,
    AssignmentStatus,
    Mode,
    Question,
    QuestionSet,
    QuestionStatus,
    SetItem,
)
from quiz.services import access, scoring
from quiz.teach.views import bp, own_story, teacher_required


def approved_questions(story_id: int) -> list[Question]:
    return list(
        db.session.scalars(
            sa.select(Question)
            .where(Question.story_id == story_id, Question.status == QuestionStatus.APPROVED)
            .order_by(Question.id)
        )
    )


@bp.post("/stories/<int:story_id>/assign")
@teacher_required
def assign_story(story_id: int):
    """Make a quiz of the story's approved questions and give it to one of the teacher's classes."""
    story = own_story(story_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    classroom = access.own_class(db.session, current_user, request.form.get("class_id", type=int))
    if classroom is None:
        flash("Choose one of your classes.", "error")
        return redirect(url_for("teach.story", story_id=story.id))
    # Mixed, but the same every time: ordered by the engine's hash ids, so kinds (and the answers of
    # fact_or_claim) do not come in runs.
    questions = sorted(approved_questions(story.id), key=lambda q: (q.engine_id or "", q.id))
    if not questions:
        flash(
            "Approve at least one question first: only approved questions go into a quiz.", "error"
        )
        return redirect(url_for("teach.story", story_id=story.id))
    qset = QuestionSet(owner_id=current_user.id, title=story.title[:200])
    qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(questions)]
    db.session.add(qset)
    db.session.flush()
    assignment = Assignment(
        class_id=classroom.id, set_id=qset.id, mode=Mode.SELF_PACED, status=AssignmentStatus.OPEN
    )
    db.session.add(assignment)
    db.session.commit()
    flash(f"Assigned {len(questions)} questions to {classroom.name}.", "success")
    return redirect(url_for("teach.results", assignment_id=assignment.id))


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
