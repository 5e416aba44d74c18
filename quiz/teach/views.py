"""Teachers' story library: add stories (paste or upload), read their analysis, delete them."""

from __future__ import annotations

from datetime import date
from functools import wraps
from types import SimpleNamespace

import sqlalchemy as sa
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from markupsafe import Markup
from sqlalchemy.exc import IntegrityError

from quiz.db import db
from quiz.errors import or_404
from quiz.models import Answer, Classroom, Question, QuestionStatus, SetItem, Story
from quiz.security import page_number
from quiz.services import access, import_jobs, splits
from quiz.services import questions_authoring as authoring
from quiz.services.stories import (
    MAX_STORIES_PER_IMPORT,
    ImportRefused,
    ImportResult,
    import_stories,
    paste_text,
    too_many,
)
from quiz.services.uploads import Upload, UploadRefused, read_upload
from quiz.teach.forms import QuestionForm, SplitForm, StoryForm

bp = Blueprint("teach", __name__, url_prefix="/teach")
PER_PAGE = 20


def teacher_required(view):
    """Only signed-in teachers; students get a 403."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_teacher:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def own_story(story_id: int) -> Story:
    """The current teacher's story, or 404 (another teacher's story is not even acknowledged)."""
    return or_404(access.own_story(db.session, current_user, story_id))


@bp.get("/stories")
@teacher_required
def stories():
    """The teacher's stories, newest first, with their question counts, paginated."""
    page = page_number()
    base = sa.select(Story).where(Story.owner_id == current_user.id)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(base.subquery()))
    rows = db.session.scalars(
        base.order_by(Story.created_at.desc(), Story.id.desc())
        .limit(PER_PAGE)
        .offset((page - 1) * PER_PAGE)
    ).all()
    counts = question_counts([s.id for s in rows])
    pages = max((total + PER_PAGE - 1) // PER_PAGE, 1)
    return render_template(
        "teach/stories.html",
        stories=rows,
        counts=counts,
        page=page,
        pages=pages,
        total=total,
        jobs=import_jobs.pending(db.session, current_user) if page == 1 else [],
        job_title=import_jobs.title_of,
    )


def question_counts(story_ids: list[int]) -> dict[int, int]:
    if not story_ids:
        return {}
    rows = db.session.execute(
        sa.select(Question.story_id, sa.func.count())
        .where(Question.story_id.in_(story_ids))
        .group_by(Question.story_id)
    )
    return dict(rows.all())


@bp.route("/stories/new", methods=["GET", "POST"])
@teacher_required
def new_story():
    """Paste or upload a story; a text that splits into several is shown split before saving."""
    form = StoryForm()
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("teach/story_new.html", form=form), status
    upload = _story_upload(form)
    if upload is None:
        return render_template("teach/story_new.html", form=form), 400
    details = {
        "title": form.title.data or upload.title,
        "outlet": form.outlet.data or upload.outlet,
        "url": form.url.data or upload.url,
        "published": form.published.data or upload.published,
    }
    starts = splits.proposed_starts(upload.text)
    if len(starts) > MAX_STORIES_PER_IMPORT:
        form.text.errors.append(str(too_many()))
        return render_template("teach/story_new.html", form=form), 400
    if len(starts) > 1:
        return _split_page(SplitForm(formdata=None), upload.text, starts, details)
    return _save(form.text, upload.text, details, split=True) or (
        render_template("teach/story_new.html", form=form),
        400,
    )


def _story_upload(form: StoryForm) -> Upload | None:
    """The pasted text, or the uploaded file read; None (with a form error) when neither."""
    file = form.upload.data
    if file and getattr(file, "filename", ""):
        try:
            upload = read_upload(file.filename, file.read())
        except UploadRefused as exc:
            form.upload.errors.append(str(exc))
            return None
    else:
        upload = Upload(text=paste_text(form.text.data))
    if not upload.text.strip():
        form.text.errors.append("Paste the story text, or choose a file to upload.")
        return None
    return upload


def _save(field, text: str, details: dict, *, split: bool, starts: list[int] | None = None):
    """Import the text and say what was added and what was in the library already.

    Returns the redirect, or None with the reason added to ``field``'s errors. A text longer than
    ANALYSE_INLINE_MAX_CHARS goes to the job queue: the redirect is to its progress page.
    """
    if len(text) > current_app.config["ANALYSE_INLINE_MAX_CHARS"]:
        return _enqueue(field, text, details, split=split)
    try:
        result = import_stories(db.session, current_user, text, split=split, **details)
        db.session.commit()
    except ImportRefused as exc:
        db.session.rollback()
        field.errors.append(str(exc))
        return None
    except IntegrityError:  # the same story sent twice at once (a double click): keep the first
        db.session.rollback()
        flash("That story was already added.", "info")
        return redirect(url_for("teach.stories"))
    return _after_import(result)


def _enqueue(field, text: str, details: dict, *, split: bool):
    """Store the text as an import job, queue its analysis and show its progress page."""
    try:
        job_id = import_jobs.submit(db.session, current_user, text, details, split=split)
    except ImportRefused as exc:
        field.errors.append(str(exc))
        return None
    return redirect(url_for("teach.import_job", job_id=job_id))


def _own_job(job_id: int):
    return or_404(import_jobs.own(db.session, current_user, job_id))


@bp.get("/imports/<int:job_id>")
@teacher_required
def import_job(job_id: int):
    """A queued analysis: its progress (refreshing itself), then its stories, or why it failed."""
    job = _own_job(job_id)
    if job.status == import_jobs.DONE:
        stored = import_jobs.stories_of(db.session, job)
        existing = [s for s in stored if s.id in set(job.existing_ids or [])]
        if stored:
            return _after_import(ImportResult(stories=stored, existing=existing))
    retry = None
    if job.status == import_jobs.FAILED:
        retry = StoryForm(formdata=None)
        retry.text.data = job.text
        for key in ("title", "outlet", "url"):
            retry[key].data = (job.details or {}).get(key) or ""
    return render_template(
        "teach/import_job.html",
        job=job,
        state=import_jobs.state(job),
        title=import_jobs.title_of(job),
        retry=retry,
        form=FlaskForm(),
    )


@bp.get("/imports/<int:job_id>/state")
@teacher_required
def import_job_state(job_id: int):
    """The job's progress as JSON, for the page's small poll (with JavaScript on)."""
    return jsonify(import_jobs.state(_own_job(job_id)))


@bp.post("/imports/<int:job_id>/discard")
@teacher_required
def discard_import_job(job_id: int):
    """Forget a failed (or stuck) job and its text."""
    if not FlaskForm().validate_on_submit():
        abort(400)
    job = _own_job(job_id)
    if job.status == import_jobs.RUNNING:
        flash("That analysis is running; it can be discarded once it ends.", "error")
        return redirect(url_for("teach.import_job", job_id=job.id))
    db.session.delete(job)
    db.session.commit()
    flash("The queued text was discarded.", "success")
    return redirect(url_for("teach.stories"))


def _story_link(story: Story) -> Markup:
    return Markup('<a href="{}">{}</a>').format(
        url_for("teach.story", story_id=story.id), story.title
    )


def _after_import(result: ImportResult):
    added, existing = result.added, result.existing
    if existing:
        links = Markup(", ").join(_story_link(s) for s in existing)
        flash(Markup("Already in your library: {}.").format(links), "info")
    if len(result.stories) == 1:
        if added:
            flash(f"Story added: “{added[0].title}”.", "success")
        return redirect(url_for("teach.story", story_id=result.stories[0].id))
    if added:
        flash(f"{len(added)} stor{'y' if len(added) == 1 else 'ies'} added.", "success")
    return redirect(url_for("teach.stories"))


def _split_page(form: SplitForm, text: str, starts: list[int], details: dict, status=200):
    form.text.data = text
    for key in ("title", "outlet", "url"):
        form[key].data = details.get(key) or ""
    published = details.get("published")
    form.published.data = published.isoformat() if published else ""
    return render_template(
        "teach/story_split.html",
        form=form,
        parts=splits.parts(text, starts),
        starts=starts,
    ), status


@bp.post("/stories/split")
@teacher_required
def split_story():
    """Change the proposed split (move a start, merge, tick starts) or save the stories."""
    form = SplitForm()
    if not form.validate_on_submit():
        flash("The text of the split was lost or changed; paste it again.", "error")
        return redirect(url_for("teach.new_story"))
    text = paste_text(form.text.data)
    details = {
        "title": form.title.data or None,
        "outlet": form.outlet.data or None,
        "url": form.url.data or None,
        "published": _iso_date(form.published.data),
    }
    starts = splits.clean_starts(text, request.form.getlist("start"))
    if "merge" in request.form:
        starts = splits.merge(starts, request.form.get("merge", type=int) or 0)
    for name, step in (("earlier", -1), ("later", 1)):
        if name in request.form:
            starts = splits.move(text, starts, request.form.get(name, type=int) or 0, step)
    if request.form.get("action") == "save" and starts:
        joined = splits.join_parts(text, starts)
        saved = _save(form.text, joined, details, split=False)
        if saved is not None:
            return saved
        return _split_page(form, text, starts, details, status=400)
    return _split_page(form, text, starts, details)


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


@bp.get("/stories/<int:story_id>")
@teacher_required
def story(story_id: int):
    """A story with what the engine found in it and its questions."""
    row = own_story(story_id)
    qs = db.session.scalars(
        sa.select(Question).where(Question.story_id == row.id).order_by(Question.id)
    ).all()
    classes = db.session.scalars(Classroom.owned_by(current_user)).all()
    return render_template("teach/story.html", story=row, questions=qs, classes=classes)


def ask_first(template: str, refused: object = None, **context):
    """The page of a confirm-then-act view, or None when its posted confirmation may go ahead.

    A GET shows ``template`` (with ``form`` for the CSRF token, and ``context``); a POST goes
    ahead unless ``refused`` is truthy (what stands in the way, e.g. the sets a question is in),
    which shows the page again with 409. A posted form that does not validate is a 400.
    """
    form = FlaskForm()
    if not refused and form.validate_on_submit():
        return None
    status = (409 if refused else 400) if form.is_submitted() else 200
    return render_template(template, form=form, **context), status


@bp.route("/stories/<int:story_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete_story(story_id: int):
    """Ask first (GET), then delete the story and its generated questions (POST)."""
    row = own_story(story_id)
    n_questions = question_counts([row.id]).get(row.id, 0)
    in_sets = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(SetItem)
        .join(Question, Question.id == SetItem.question_id)
        .where(Question.story_id == row.id)
    )
    # Questions already in a set may have students' answers: those are never deleted here.
    context = {"story": row, "n": n_questions, "in_sets": in_sets}
    if page := ask_first("teach/story_delete.html", in_sets, **context):
        return page
    title = row.title
    db.session.execute(sa.delete(Question).where(Question.story_id == row.id))
    db.session.delete(row)
    db.session.commit()
    flash(f"Deleted “{title}” and its {n_questions} questions.", "success")
    return redirect(url_for("teach.stories"))


def own_question(question_id: int) -> Question:
    """The current teacher's question, or 404."""
    return or_404(access.own_question(db.session, current_user, question_id))


def _back_to(question: Question):
    if question.story_id:
        return redirect(
            url_for("teach.story", story_id=question.story_id, _anchor=f"q{question.id}")
        )
    return redirect(url_for("teach.stories"))


@bp.post("/questions/<int:question_id>/status")
@teacher_required
def set_status(question_id: int):
    """Approve, reject, or send back to draft one question."""
    question = own_question(question_id)
    form = FlaskForm()
    status = request.form.get("status", "")
    if not form.validate_on_submit() or status not in {s.value for s in QuestionStatus}:
        abort(400)
    question.status = QuestionStatus(status)
    db.session.commit()
    return _back_to(question)


@bp.post("/stories/<int:story_id>/approve")
@teacher_required
def approve_all(story_id: int):
    """Approve every draft question of a story at once."""
    row = own_story(story_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    result = db.session.execute(
        sa.update(Question)
        .where(Question.story_id == row.id, Question.status == QuestionStatus.DRAFT)
        .values(status=QuestionStatus.APPROVED)
    )
    db.session.commit()
    flash(
        f"Approved {result.rowcount} draft question{'s' if result.rowcount != 1 else ''}.",
        "success",
    )
    return redirect(url_for("teach.story", story_id=row.id))


def answered(question: Question) -> bool:
    """Whether any student has answered this question (its options and answer are then fixed)."""
    return (
        db.session.scalar(sa.select(Answer.id).where(Answer.question_id == question.id).limit(1))
        is not None
    )


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_question(question_id: int):
    """Edit a question's wording, options, answer and explanation."""
    question = own_question(question_id)
    locked = question.kind == "spot_the_cue" or answered(question)
    form = QuestionForm(obj=None if request.method == "POST" else _form_data(question))
    form.locked = locked
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template(
            "teach/question_edit.html", form=form, q=question, locked=locked
        ), status
    options = list(question.options) if locked else form.option_list()
    answer = question.answer if locked else form.answer_index()
    problems = authoring.check_edit(question, form.prompt.data.strip(), options, answer)
    if problems:  # the one validation, the engine's rules, for every question
        authoring.show_on_form(form, problems)
        return render_template(
            "teach/question_edit.html", form=form, q=question, locked=locked
        ), 400
    question.prompt = form.prompt.data.strip()
    question.explanation = (form.explanation.data or "").strip()
    question.options, question.answer = options, answer
    db.session.commit()
    flash("Question saved.", "success")
    return _back_to(question)


def _form_data(question: Question):
    """The question's fields in the shape the form shows them."""
    answer = question.answer + 1 if isinstance(question.answer, int) else None
    return SimpleNamespace(
        prompt=question.prompt,
        options="\n".join(question.options),
        answer=answer,
        explanation=question.explanation,
    )
