"""The front door: home pages per role, creating a class, and the health check."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, flash, jsonify, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from quiz.auth.forms import JoinForm, squash
from quiz.db import db
from quiz.models import Answer, Attempt, Classroom, Membership, SetItem, Story
from quiz.services.classes import ClassNameTaken, create_class
from quiz.teach.quizzes import class_assignments

bp = Blueprint("main", __name__)


class ClassForm(FlaskForm):
    name = StringField(
        "Class name",
        validators=[
            DataRequired("Give the class a name."),
            Length(max=80, message="At most 80 characters."),
        ],
        filters=[squash],
    )


@bp.get("/")
def index():
    """Anonymous visitors see the join form; teachers their classes; students their class."""
    if not current_user.is_authenticated:
        return render_template("main/landing.html", form=JoinForm())
    if current_user.is_teacher:
        return teacher_home(ClassForm())
    return student_home()


def teacher_home(form: ClassForm, status: int = 200):
    classes = db.session.scalars(Classroom.owned_by(current_user)).all()
    counts = dict(
        db.session.execute(
            sa.select(Membership.class_id, sa.func.count())
            .where(Membership.class_id.in_([c.id for c in classes]))
            .group_by(Membership.class_id)
        ).all()
    )
    stories = db.session.scalar(
        sa.select(sa.func.count()).select_from(Story).where(Story.owner_id == current_user.id)
    )
    assignments = class_assignments([c.id for c in classes])
    return (
        render_template(
            "main/teacher_home.html",
            classes=classes,
            counts=counts,
            stories=stories,
            form=form,
            assignments=assignments,
        ),
        status,
    )


def student_home():
    memberships = db.session.scalars(
        sa.select(Membership).where(Membership.user_id == current_user.id)
    ).all()
    assignments = class_assignments([m.class_id for m in memberships])
    progress = dict(
        db.session.execute(
            sa.select(Attempt.assignment_id, sa.func.count(Answer.id))
            .join(Answer, Answer.attempt_id == Attempt.id)
            .where(Attempt.student_id == current_user.id)
            .group_by(Attempt.assignment_id)
        ).all()
    )
    set_ids = [a.set_id for rows in assignments.values() for a in rows]
    sizes = dict(
        db.session.execute(
            sa.select(SetItem.set_id, sa.func.count())
            .where(SetItem.set_id.in_(set_ids))
            .group_by(SetItem.set_id)
        ).all()
    )
    return render_template(
        "main/student_home.html",
        memberships=memberships,
        assignments=assignments,
        progress=progress,
        sizes=sizes,
    )


@bp.post("/classes")
@login_required
def new_class():
    """A teacher creates a class; it gets a fresh join code."""
    if not current_user.is_teacher:
        abort(403)
    form = ClassForm()
    if not form.validate_on_submit():
        return teacher_home(form, 400)
    try:
        classroom = create_class(db.session, current_user, form.name.data)
    except ClassNameTaken as exc:
        db.session.rollback()
        form.name.errors.append(str(exc))
        return teacher_home(form, 409)
    db.session.commit()
    flash(f"Class “{classroom.name}” created. Its join code is {classroom.join_code}.", "success")
    return redirect(url_for("main.index"))


@bp.get("/healthz")
def healthz():
    """Liveness and database check for load balancers and monitors."""
    try:
        db.session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="error", database="unreachable"), 503
    return jsonify(status="ok", database="ok")
