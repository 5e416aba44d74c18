"""Question-set pages: the list, a page per set (questions, order, settings), copy, delete, assign.

Each view reads the request, calls ``quiz.services.sets`` / ``assignments``, commits, redirects.
"""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice

from quiz.db import db
from quiz.errors import or_404
from quiz.models import Classroom, Mode, QuestionSet
from quiz.security import id_field
from quiz.services import access, exports, imports, sets
from quiz.services import assignments as assigning
from quiz.teach.set_forms import AssignForm, ImportForm, SettingsForm, TitleForm
from quiz.teach.views import ask_first, bp, teacher_required


def own_set(set_id: int) -> QuestionSet:
    """The current teacher's set, or 404."""
    return or_404(access.own_set(db.session, current_user, set_id))


def _checked() -> None:
    """400 unless the posted form carries a valid CSRF token."""
    if not FlaskForm().validate_on_submit():
        abort(400)


def _back(qset: QuestionSet, anchor: str | None = None):
    return redirect(url_for("teach.set_page", set_id=qset.id, _anchor=anchor))


@bp.get("/sets")
@teacher_required
def sets_list():
    """The teacher's question sets, newest first."""
    rows = sets.list_sets(db.session, current_user)
    return render_template("teach/sets.html", rows=rows, form=TitleForm(formdata=None))


@bp.post("/sets")
@teacher_required
def new_set():
    """A new, empty set; questions are added on its page."""
    form = TitleForm()
    if not form.validate_on_submit():
        rows = sets.list_sets(db.session, current_user)
        return render_template("teach/sets.html", rows=rows, form=form), 400
    row = sets.create_set(db.session, current_user, form.title.data)
    db.session.commit()
    flash(f"Set “{row.title}” created. Add questions below.", "success")
    return _back(row, "add")


def _filters() -> sets.Filters:
    story = id_field("story")
    return sets.Filters(
        story_id=story if story is not None and story >= 0 else None,
        kind=request.args.get("kind") or None,
        skill=request.args.get("skill") or None,
    )


def render_set(qset: QuestionSet, status: int = 200, **forms):
    """The set page; ``forms`` replace the blank ones (to show their errors)."""
    questions = sets.set_questions(db.session, qset)
    filters = _filters()
    classes = db.session.scalars(Classroom.owned_by(current_user)).all()
    assign_form = forms.get("assign_form") or AssignForm(formdata=None)
    assign_form.class_id.choices = [SelectChoice(c.id, c.name) for c in classes]
    context = {
        "qset": qset,
        "questions": questions,
        "settings": sets.settings_of(qset),
        "title_form": forms.get("title_form") or TitleForm(formdata=None, title=qset.title),
        "settings_form": forms.get("settings_form") or SettingsForm.of(sets.settings_of(qset)),
        "assign_form": assign_form,
        "classes": classes,
        "filters": filters,
        "choices": sets.picker_choices(db.session, current_user),
        "candidates": sets.candidates(
            db.session, current_user, filters, exclude=[q.id for q in questions]
        ),
        "assignments": sets.assignments_of(db.session, qset),
        "again": forms.get("again"),
    }
    return render_template("teach/set.html", **context), status


@bp.get("/sets/<int:set_id>")
@teacher_required
def set_page(set_id: int):
    """One set: its questions in order, the picker, settings, and where it is assigned."""
    return render_set(own_set(set_id))


@bp.post("/sets/<int:set_id>/title")
@teacher_required
def set_title(set_id: int):
    qset = own_set(set_id)
    form = TitleForm()
    if not form.validate_on_submit():
        return render_set(qset, 400, title_form=form)
    sets.update_set(db.session, current_user, qset, title=form.title.data)
    db.session.commit()
    flash("Title saved.", "success")
    return _back(qset)


@bp.post("/sets/<int:set_id>/settings")
@teacher_required
def set_settings(set_id: int):
    qset = own_set(set_id)
    form = SettingsForm()
    if not form.validate_on_submit():
        return render_set(qset, 400, settings_form=form)
    try:
        sets.update_set(db.session, current_user, qset, settings=form.settings())
    except sets.SetError as exc:
        db.session.rollback()
        form.form_errors.append(str(exc))
        return render_set(qset, 400, settings_form=form)
    db.session.commit()
    flash("Settings saved.", "success")
    return _back(qset, "settings")


def _ids(name: str) -> list[int]:
    """Integer ids posted under ``name`` (anything else is ignored as not an id)."""
    out = []
    for raw in request.form.getlist(name):
        if raw.isdigit() and len(raw) < 11:
            out.append(int(raw))
    return out


@bp.post("/sets/<int:set_id>/add")
@teacher_required
def set_add(set_id: int):
    """Append the ticked questions of the picker."""
    qset = own_set(set_id)
    _checked()
    ids = _ids("question_ids")
    if not ids:
        flash("Tick at least one question to add.", "error")
        return _back(qset, "add")
    try:
        added = sets.add_questions(db.session, current_user, qset, ids)
    except sets.SetError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return _back(qset, "add")
    db.session.commit()
    flash(f"Added {added} question{'' if added == 1 else 's'}.", "success")
    return _back(qset, "questions")


@bp.post("/sets/<int:set_id>/questions/<int:question_id>/move")
@teacher_required
def set_move(set_id: int, question_id: int):
    """Move a question up or down one place (the no-JavaScript way to reorder)."""
    qset = own_set(set_id)
    _checked()
    step = {"up": -1, "down": 1}.get(request.form.get("direction", ""))
    if step is None:
        abort(400)
    sets.move(db.session, qset, question_id, step)
    db.session.commit()
    return _back(qset, f"item-{question_id}")


@bp.post("/sets/<int:set_id>/questions/<int:question_id>/remove")
@teacher_required
def set_remove(set_id: int, question_id: int):
    qset = own_set(set_id)
    _checked()
    if sets.remove_question(db.session, qset, question_id):
        db.session.commit()
        flash("Question taken out of the set (it stays in your library).", "success")
    return _back(qset, "questions")


@bp.post("/sets/<int:set_id>/order")
@teacher_required
def set_order(set_id: int):
    """Save a whole new order (sent by the drag-and-drop script); the same questions only."""
    qset = own_set(set_id)
    _checked()
    ids = _ids("question_ids")
    if sorted(ids) != sorted(sets.question_ids(db.session, qset)):
        flash("The order could not be saved: the set changed meanwhile. Try again.", "error")
        return _back(qset, "questions")
    sets.update_set(db.session, current_user, qset, ids=ids)
    db.session.commit()
    flash("New order saved.", "success")
    return _back(qset, "questions")


@bp.post("/sets/<int:set_id>/duplicate")
@teacher_required
def set_duplicate(set_id: int):
    qset = own_set(set_id)
    _checked()
    try:
        copy = sets.duplicate(db.session, current_user, qset)
    except sets.SetError as exc:  # a question of the set is no longer approved
        db.session.rollback()
        flash(str(exc), "error")
        return _back(qset)
    db.session.commit()
    flash(f"Made “{copy.title}”.", "success")
    return _back(copy)


@bp.route("/sets/<int:set_id>/delete", methods=["GET", "POST"])
@teacher_required
def set_delete(set_id: int):
    """Ask first (GET), then delete (POST); refused, saying where, while the set is assigned."""
    qset = own_set(set_id)
    used = sets.assignments_of(db.session, qset)
    if page := ask_first("teach/set_delete.html", used, qset=qset, used=used):
        return page
    title = qset.title
    sets.delete_set(db.session, qset)
    db.session.commit()
    flash(f"Deleted the set “{title}”. Its questions stay in your library.", "success")
    return redirect(url_for("teach.sets_list"))


@bp.post("/sets/<int:set_id>/assign")
@teacher_required
def set_assign(set_id: int):
    """Give the set to a class; asks first when the class already has it."""
    qset = own_set(set_id)
    form = AssignForm()
    form.class_id.choices = []
    if not form.validate_on_submit():
        return render_set(qset, 400, assign_form=form)
    classroom = access.own_class(db.session, current_user, form.class_id.data)
    if classroom is None:
        form.class_id.errors = ["Choose one of your classes."]
        return render_set(qset, 400, assign_form=form)
    try:
        row = assigning.assign(
            db.session,
            classroom,
            qset,
            mode=Mode(form.mode.data),
            title=form.title.data,
            opens_at=assigning.aware(form.opens_at.data),
            closes_at=assigning.aware(form.closes_at.data),
            again=form.again.data == "1",
        )
    except assigning.AlreadyAssigned as exc:
        db.session.rollback()
        form.again.data = "1"
        return render_set(qset, 409, assign_form=form, again=exc)
    except sets.SetError as exc:
        db.session.rollback()
        form.form_errors.append(str(exc))
        return render_set(qset, 400, assign_form=form)
    db.session.commit()
    flash(f"Assigned “{row.display_title}” to {classroom.name}.", "success")
    return redirect(url_for("teach.results", assignment_id=row.id))


@bp.get("/sets/<int:set_id>/export")
@teacher_required
def set_export(set_id: int):
    """Download the set as GIFT, Moodle XML or JSON."""
    qset = own_set(set_id)
    fmt = request.args.get("format", "gift")
    if fmt not in exports.EXPORTERS:
        abort(404)
    body, mimetype, name = exports.export(db.session, qset, fmt)
    return Response(
        body.encode("utf-8"),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.route("/sets/import", methods=["GET", "POST"])
@teacher_required
def import_set():
    """A set from a GIFT or JSON file (or pasted text); any problem stores nothing."""
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("teach/set_import.html", form=form), (
            400 if form.is_submitted() else 200
        )
    content = form.content_text()
    if content is None:
        return render_template("teach/set_import.html", form=form), 400
    try:
        qset = imports.import_set(
            db.session, current_user, form.format.data, content, form.title.data or None
        )
    except exports.ImportFailed as exc:
        db.session.rollback()
        return render_template("teach/set_import.html", form=form, errors=exc.errors), 422
    db.session.commit()
    n = len(qset.items)
    flash(f"Imported “{qset.title}” with {n} question{'' if n == 1 else 's'}.", "success")
    return _back(qset)
