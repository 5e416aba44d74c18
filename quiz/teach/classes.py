"""Class pages: the list, one class with its roster, teams and join code, one student's actions.

Every route with a class id answers 404 for a class that is not the teacher's, and every route with
a student id answers 404 for a student who is not in that class: another teacher's data is never
shown, not even its existence. The rules themselves live in quiz.services.roster / teams / classes.
"""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from quiz.db import db
from quiz.errors import or_404
from quiz.models import Classroom, Membership, Team
from quiz.services import access, roster, teams
from quiz.services.assignments import state as assignment_state
from quiz.services.classes import (
    ClassNameTaken,
    class_summaries,
    create_class,
    join_qr_svg,
    regenerate_code,
    rename_class,
)
from quiz.teach.class_forms import ClassForm, NicknameForm, TeamNameForm, TeamsForm
from quiz.teach.quizzes import class_assignments
from quiz.teach.views import ask_first, bp, teacher_required


def own_class(class_id: int) -> Classroom:
    """The current teacher's class, or 404."""
    return or_404(access.own_class(db.session, current_user, class_id))


def class_member(classroom: Classroom, student_id: int) -> Membership:
    """A student of this class, or 404."""
    return or_404(roster.member_in(db.session, classroom, student_id))


def join_url(classroom: Classroom) -> str:
    return url_for("auth.join", code=classroom.join_code, _external=True)


@bp.route("/classes", methods=["GET", "POST"])
@teacher_required
def classes():
    """The teacher's classes; the form makes a new one (a name already used is refused)."""
    form = ClassForm()
    status = 200
    if form.validate_on_submit():
        try:
            row = create_class(db.session, current_user, form.name.data)
        except ClassNameTaken as exc:
            db.session.rollback()
            form.name.errors.append(str(exc))
            status = 409
        else:
            db.session.commit()
            flash(f"Class “{row.name}” created. Its join code is {row.join_code}.", "success")
            return redirect(url_for("teach.class_page", class_id=row.id))
    elif form.is_submitted():
        status = 400
    rows = class_summaries(db.session, current_user)
    return render_template("teach/classes.html", rows=rows, form=form), status


def _class_page(classroom: Classroom, status: int = 200, **forms):
    forms.setdefault("rename_form", ClassForm(formdata=None, obj=classroom))
    forms.setdefault("teams_form", TeamsForm(formdata=None))
    return render_template(
        "teach/class.html",
        classroom=classroom,
        roster=roster.roster(db.session, classroom),
        teams=teams.teams(db.session, classroom),
        join_url=join_url(classroom),
        assignments=class_assignments([classroom.id])[classroom.id],
        state=assignment_state,
        form=FlaskForm(),
        **forms,
    ), status


@bp.get("/classes/<int:class_id>")
@teacher_required
def class_page(class_id: int):
    """The roster, the teams and the join code of one class."""
    return _class_page(own_class(class_id))


@bp.get("/classes/<int:class_id>/projector")
@teacher_required
def class_projector(class_id: int):
    """The join code and its QR code, large, for the projector."""
    classroom = own_class(class_id)
    return render_template(
        "teach/class_projector.html", classroom=classroom, join_url=join_url(classroom)
    )


@bp.get("/classes/<int:class_id>/qr.svg")
@teacher_required
def class_qr(class_id: int):
    """A QR code of the class's join address (the code filled in), as SVG."""
    classroom = own_class(class_id)
    svg = join_qr_svg(join_url(classroom), title=f"Join {classroom.name}")
    return Response(svg, mimetype="image/svg+xml", headers={"Cache-Control": "no-store"})


@bp.post("/classes/<int:class_id>/rename")
@teacher_required
def rename_class_view(class_id: int):
    classroom = own_class(class_id)
    form = ClassForm()
    if not form.validate_on_submit():
        return _class_page(classroom, 400, rename_form=form)
    try:
        rename_class(db.session, classroom, form.name.data)
    except ClassNameTaken as exc:
        db.session.rollback()
        form.name.errors.append(str(exc))
        return _class_page(own_class(class_id), 409, rename_form=form)
    db.session.commit()
    flash(f"The class is now called “{classroom.name}”.", "success")
    return redirect(url_for("teach.class_page", class_id=classroom.id))


@bp.post("/classes/<int:class_id>/code")
@teacher_required
def new_join_code(class_id: int):
    """A new join code; the old one stops working, students already in stay in."""
    classroom = own_class(class_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    code = regenerate_code(db.session, classroom)
    db.session.commit()
    flash(f"New join code: {code}. The old code no longer works.", "success")
    return redirect(url_for("teach.class_page", class_id=classroom.id))


@bp.post("/classes/<int:class_id>/teams")
@teacher_required
def make_teams(class_id: int):
    """Put every student in one of N balanced teams."""
    classroom = own_class(class_id)
    form = TeamsForm()
    if not form.validate_on_submit():
        return _class_page(classroom, 400, teams_form=form)
    made = teams.balance(db.session, classroom, form.count.data)
    db.session.commit()
    flash(f"{len(made)} balanced teams made.", "success")
    return redirect(url_for("teach.class_page", class_id=classroom.id, _anchor="teams"))


@bp.post("/classes/<int:class_id>/teams/clear")
@teacher_required
def clear_teams(class_id: int):
    classroom = own_class(class_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    teams.clear(db.session, classroom)
    db.session.commit()
    flash("Teams removed; every student is still in the class.", "success")
    return redirect(url_for("teach.class_page", class_id=classroom.id, _anchor="teams"))


@bp.post("/classes/<int:class_id>/teams/assign")
@teacher_required
def assign_teams(class_id: int):
    """Save the team chosen for each student in the roster's team column."""
    classroom = own_class(class_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    try:
        for row in roster.roster(db.session, classroom):
            raw = request.form.get(f"team-{row.student_id}")
            if raw is None:
                continue
            team_id = int(raw) if raw.isdigit() else None
            member = roster.member_in(db.session, classroom, row.student_id)
            roster.set_team(db.session, member, team_id)
    except roster.RosterRefused as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("teach.class_page", class_id=classroom.id, _anchor="teams"))
    db.session.commit()
    flash("Teams saved.", "success")
    return redirect(url_for("teach.class_page", class_id=classroom.id, _anchor="teams"))


@bp.route("/classes/<int:class_id>/teams/<int:team_id>", methods=["GET", "POST"])
@teacher_required
def rename_team(class_id: int, team_id: int):
    classroom = own_class(class_id)
    team = db.session.get(Team, team_id) if 0 < team_id <= access.MAX_ID else None
    if team is None or team.class_id != classroom.id:
        abort(404)
    form = TeamNameForm(obj=team if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            teams.rename_team(db.session, team, form.name.data)
        except roster.RosterRefused as exc:
            db.session.rollback()
            form.name.errors.append(str(exc))
        else:
            db.session.commit()
            flash(f"Team renamed “{team.name}”.", "success")
            return redirect(url_for("teach.class_page", class_id=classroom.id, _anchor="teams"))
    status = 400 if form.is_submitted() else 200
    return render_template(
        "teach/team_edit.html", classroom=classroom, team=team, form=form
    ), status


@bp.route("/classes/<int:class_id>/students/<int:student_id>", methods=["GET", "POST"])
@teacher_required
def student_page(class_id: int, student_id: int):
    """One student: rename them (POST), reset their PIN or remove them (links)."""
    classroom = own_class(class_id)
    member = class_member(classroom, student_id)
    form = NicknameForm(formdata=None if request.method == "GET" else request.form)
    status = 200
    if request.method == "GET":
        form.nickname.data = member.user.nickname
    elif not form.validate_on_submit():
        status = 400
    else:
        old = member.user.nickname
        try:
            roster.rename(db.session, member, form.nickname.data)
        except roster.RosterRefused as exc:
            db.session.rollback()
            form.nickname.errors.append(str(exc))
            status = 409 if isinstance(exc, roster.NicknameTaken) else 400
        else:
            db.session.commit()
            flash(f"“{old}” is now “{member.user.nickname}”.", "success")
            return redirect(url_for("teach.class_page", class_id=classroom.id))
    return render_template(
        "teach/student.html",
        classroom=classroom,
        member=member,
        form=form,
        removal=roster.removal(db.session, member),
    ), status


@bp.post("/classes/<int:class_id>/students/<int:student_id>/pin")
@teacher_required
def reset_pin(class_id: int, student_id: int):
    """A new rejoin PIN for the student, shown on this page once."""
    classroom = own_class(class_id)
    member = class_member(classroom, student_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    pin = roster.reset_pin(db.session, member)
    db.session.commit()
    page = render_template("teach/student_pin.html", classroom=classroom, member=member, pin=pin)
    return Response(page, headers={"Cache-Control": "no-store"})


@bp.route("/classes/<int:class_id>/students/<int:student_id>/remove", methods=["GET", "POST"])
@teacher_required
def remove_student(class_id: int, student_id: int):
    """Ask first, saying what goes with the student (GET); then remove them (POST)."""
    classroom = own_class(class_id)
    member = class_member(classroom, student_id)
    removal = roster.removal(db.session, member)
    context = {"classroom": classroom, "member": member, "removal": removal}
    if page := ask_first("teach/student_remove.html", **context):
        return page
    nickname = member.user.nickname
    counts = roster.remove(db.session, member)
    db.session.commit()
    flash(
        f"Removed {nickname} with {counts.attempts} quiz attempt"
        f"{'' if counts.attempts == 1 else 's'} and {counts.answers} answer"
        f"{'' if counts.answers == 1 else 's'}.",
        "success",
    )
    return redirect(url_for("teach.class_page", class_id=classroom.id))
