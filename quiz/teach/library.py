"""A story in the library: edit its details, regenerate its questions, project its claims map."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from quiz.db import db
from quiz.services import reading
from quiz.services.stories import ImportRefused, regenerate, update_details
from quiz.teach.forms import StoryDetailsForm
from quiz.teach.views import bp, own_story, teacher_required


@bp.route("/stories/<int:story_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_story(story_id: int):
    """Change a story's title, outlet, web address and date."""
    story = own_story(story_id)
    if request.method == "GET":
        form = StoryDetailsForm(
            formdata=None,
            data={
                "title": story.title,
                "outlet": story.outlet,
                "url": story.url,
                "published": story.published_on,
            },
        )
    else:
        form = StoryDetailsForm()
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("teach/story_edit.html", story=story, form=form), status
    update_details(
        story,
        title=form.title.data,
        outlet=form.outlet.data,
        url=form.url.data,
        published=form.published.data,
    )
    db.session.commit()
    flash("Story details saved.", "success")
    return redirect(url_for("teach.story", story_id=story.id))


@bp.post("/stories/<int:story_id>/regenerate")
@teacher_required
def regenerate_questions(story_id: int):
    """Run the engine on the story again; answered questions and those in sets are kept."""
    story = own_story(story_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    try:
        done = regenerate(db.session, story)
    except ImportRefused as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("teach.story", story_id=story.id))
    db.session.commit()
    flash(
        f"Questions regenerated: {done.added} new draft{'' if done.added == 1 else 's'}, "
        f"{done.removed} unused replaced, {done.kept} kept (answered, in a set, or yours).",
        "success",
    )
    return redirect(url_for("teach.story", story_id=story.id))


@bp.get("/stories/<int:story_id>/map")
@teacher_required
def claims_map(story_id: int):
    """The story's claims map on its own page, in type large enough to project."""
    story = own_story(story_id)
    return render_template(
        "teach/claims_map.html",
        story=story,
        m=reading.claims_map(story),
        words=reading.STANCE_WORDS,
    )
