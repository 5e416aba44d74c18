"""The page where a teacher writes their own question (any kind the engine makes).

spot_the_cue takes two steps and no JavaScript: write the sentence, press Next, then tick the
words that name the source and the cue. The rules are ``quiz.services.questions_authoring``'s.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from quiz.db import db
from quiz.models import Story
from quiz.services import access, sets
from quiz.services import questions_authoring as authoring
from quiz.teach.set_forms import OwnQuestionForm
from quiz.teach.views import bp, teacher_required


def _form() -> OwnQuestionForm:
    form = OwnQuestionForm()
    form.kind.choices = [
        SelectChoice(k.name, f"{k.name.replace('_', ' ')} ({k.skill})")
        for k in authoring.kinds().values()
    ]
    stories = db.session.execute(
        sa.select(Story.id, Story.title)
        .where(Story.owner_id == current_user.id)
        .order_by(Story.created_at.desc(), Story.id.desc())
    ).all()
    form.story_id.choices = [SelectChoice("", "None")] + [
        SelectChoice(str(sid), title[:80]) for sid, title in stories
    ]
    if request.method == "GET":
        form.story_id.data = request.args.get("story_id", "")
        form.set_id.data = request.args.get("set_id", "")
        form.kind.data = request.args.get("kind", "who_said")
    return form


def _render(form: OwnQuestionForm, status: int = 200, words: list[str] | None = None):
    marked = {int(i) for i in request.form.getlist("marked") if i.isdigit()}
    return render_template("teach/question_new.html", form=form, words=words, marked=marked), status


@bp.route("/questions/new", methods=["GET", "POST"])
@teacher_required
def new_question():
    """Write a question; it is approved at once and, when opened from a set, added to it."""
    form = _form()
    if not form.validate_on_submit():
        return _render(form, 400 if form.is_submitted() else 200)
    draft = _draft(form)
    if draft is None:
        return _render(form, 400)
    multi = authoring.kinds()[draft.kind].multi if draft.kind in authoring.kinds() else False
    if multi and draft.options and request.form.get("step") != "mark":
        return _render(form, 200, words=draft.options)  # now mark the words
    try:
        row = authoring.create(db.session, current_user, draft)
        qset = access.own_set(db.session, current_user, _int(form.set_id.data))
        if qset is not None:
            sets.add_questions(db.session, current_user, qset, [row.id])
    except authoring.Invalid as exc:
        db.session.rollback()
        _show(form, exc.problems)
        return _render(form, 400, words=draft.options if multi else None)
    db.session.commit()
    if qset is not None:
        flash("Question saved and added to the set.", "success")
        return redirect(url_for("teach.set_page", set_id=qset.id, _anchor=f"item-{row.id}"))
    flash("Question saved. Add it to a set from the set's page.", "success")
    if row.story_id:
        return redirect(url_for("teach.story", story_id=row.story_id, _anchor=f"q{row.id}"))
    return redirect(url_for("teach.sets_list"))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 11 else None


def _draft(form: OwnQuestionForm) -> authoring.Draft | None:
    """The form as a draft for the service; None (with an error shown) for an unknown story."""
    kind = form.kind.data or ""
    info = authoring.kinds().get(kind)
    story = None
    if form.story_id.data:
        story = access.own_story(db.session, current_user, _int(form.story_id.data))
        if story is None:
            form.story_id.errors = ["Choose one of your stories."]
            return None
    if info is not None and info.multi:
        options = authoring.words(form.sentence.data or "")
        answer = sorted({int(i) for i in request.form.getlist("marked") if i.isdigit()})
    else:
        options = form.option_list() or list(authoring.BINARY_OPTIONS.get(kind, []))
        raw = (form.answer.data or "").strip()
        answer = int(raw) - 1 if raw.isdigit() and len(raw) < 4 else None
    return authoring.Draft(
        kind=kind,
        prompt=form.prompt.data or "",
        options=options,
        answer=answer,
        explanation=form.explanation.data or "",
        story=story,
        passage=(form.passage.data or "").strip() or None,
    )


def _show(form: OwnQuestionForm, problems: list[authoring.Problem]) -> None:
    """Each problem under its field (spot_the_cue's words and marks under the sentence)."""
    fields = {"answer": form.answer, "options": form.options, "passage": form.passage}
    fields |= {"prompt": form.prompt, "explanation": form.explanation, "kind": form.kind}
    multi = authoring.kinds().get(form.kind.data or "")
    for p in problems:
        name = p.field
        if multi and multi.multi and name in ("answer", "options"):
            name = "sentence"
        target = fields.get(name) or (form.sentence if name == "sentence" else None)
        if target is None:
            form.form_errors.append(p.message)
        else:
            target.errors = [*target.errors, p.message]
