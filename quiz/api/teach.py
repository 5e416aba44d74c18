"""Teachers' calls: classes, stories, questions, sets, assignments and their results."""

from __future__ import annotations

from typing import Annotated, Literal

import sqlalchemy as sa
from flask import current_app, request
from pydantic import Field
from sqlalchemy.exc import IntegrityError

import questions
from questions.contract import QuestionKind, Skill
from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import Choice, In, Json, Out, string, text
from quiz.api.spec import TEACHERS, endpoint, rule
from quiz.db import db
from quiz.models import (
    Assignment,
    Classroom,
    ImportJob,
    Membership,
    Question,
    QuestionStatus,
    Story,
    Team,
    User,
)
from quiz.services import access, import_jobs
from quiz.services.classes import ClassNameTaken, create_class
from quiz.services.stories import MAX_TEXT_CHARS, ImportRefused, import_text

MAX_WORDS = 300
URL = r"^[hH][tT][tT][pP][sS]?://[^\x00]*$"
Url = string(max_len=500, regex=URL, message="must start with http:// or https://", tidy=str.strip)


class ClassIn(In):
    name: text(80, squash=True)


class ClassOut(Out):
    id: int
    name: str
    join_code: str


class ClassSummary(ClassOut):
    students: int


class StudentOut(Out):
    id: int
    nickname: str
    team: Annotated[str | None, Field(description="The name of the student's team; null: none.")]


class StoriesIn(In):
    title: text(300, squash=True)
    text: text(MAX_TEXT_CHARS)
    outlet: text(120, squash=True) | None = None
    url: Url | None = None


class StoryBrief(Out):
    id: int
    title: str
    questions: int


class StoriesOut(Out):
    stories: list[StoryBrief]


class ImportJobOut(Out):
    """A long text's analysis in the job queue: ``status`` queued, running, done or failed;
    ``step`` (while running) in words, ``step_number`` of ``steps``; ``story_ids`` when done;
    ``error`` when failed (the text is kept: send it again, or in smaller pieces)."""

    id: int
    status: Literal["queued", "running", "done", "failed"]
    step: str | None
    step_number: int
    steps: int
    error: str | None
    story_ids: list[int]
    characters: int
    waiting_long: bool  # queued for minutes: the queue's consumer may not be running


class StoryOut(Out):
    id: int
    title: str
    text: str
    analysis: Json | None


class QuestionOut(Out):
    """A question as teachers see it (with its answer and explanation)."""

    id: int
    kind: QuestionKind
    skill: Skill
    prompt: str
    options: list[str]
    answer: Choice
    explanation: str
    evidence: Json | None
    status: QuestionStatus
    story_id: int | None


def own_class(class_id: int) -> Classroom:
    return _found(access.own_class(db.session, current(), class_id), "That class")


def own_story(story_id: int) -> Story:
    return _found(access.own_story(db.session, current(), story_id), "That story")


def own_question(question_id: int) -> Question:
    return _found(access.own_question(db.session, current(), question_id), "That question")


def own_assignment(assignment_id: int) -> Assignment:
    return _found(access.own_assignment(db.session, current(), assignment_id), "That assignment")


def _found(row, what: str):
    if row is None:
        raise not_found(what)
    return row


@endpoint(
    bp,
    "POST",
    "/classes",
    roles=TEACHERS,
    body=ClassIn,
    response=ClassOut,
    status=201,
    errors={409: "The caller already has a class with that name."},
)
def new_class(body: ClassIn) -> Classroom:
    """Create a class with a fresh join code (a name the caller already uses: 409)."""
    try:
        row = create_class(db.session, current(), body.name)
    except ClassNameTaken as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    db.session.commit()
    return row


@endpoint(bp, "GET", "/classes", roles=TEACHERS, response=list[ClassSummary])
def list_classes():
    """The caller's classes with their numbers of students."""
    rows = db.session.scalars(Classroom.owned_by(current())).all()
    counts = dict(
        db.session.execute(
            sa.select(Membership.class_id, sa.func.count())
            .where(Membership.class_id.in_([c.id for c in rows]))
            .group_by(Membership.class_id)
        ).all()
    )
    return [
        {"id": c.id, "name": c.name, "join_code": c.join_code, "students": counts.get(c.id, 0)}
        for c in rows
    ]


@endpoint(bp, "GET", "/classes/{class_id}/students", roles=TEACHERS, response=list[StudentOut])
def class_students(class_id: int):
    """A class's students, by nickname."""
    row = own_class(class_id)
    members = db.session.execute(
        sa.select(Membership.user_id, User.nickname, Team.name)
        .join(User, User.id == Membership.user_id)
        .outerjoin(Team, Team.id == Membership.team_id)
        .where(Membership.class_id == row.id)
        .order_by(Membership.nickname_key, Membership.user_id)
    ).all()
    return [{"id": uid, "nickname": nick, "team": team} for uid, nick, team in members]


@endpoint(
    bp,
    "POST",
    "/stories",
    roles=TEACHERS,
    body=StoriesIn,
    responses={201: StoriesOut, 202: ImportJobOut},
    errors={409: "The same text is being added at this moment."},
)
def new_stories(body: StoriesIn):
    """Import a text; several stories in it become several.

    The answer is 201 with the stories, as API.md says (the analysis is linear in the text: a few
    seconds at the 200,000-character cap). A client that would rather not wait sends
    `Prefer: respond-async` (RFC 7240): a text longer than ANALYSE_INLINE_MAX_CHARS (20,000
    characters by default) is then analysed by the job queue, outside the request, and the answer
    is 202 with the job (follow it with GET /imports/{job_id}; when done, its story_ids)."""
    text_in = questions.text.normalize_newlines(body.text)
    if _wants_async() and len(text_in) > current_app.config["ANALYSE_INLINE_MAX_CHARS"]:
        return _queued(text_in, body)
    try:
        stored = import_text(
            db.session,
            current(),
            text_in,
            title=body.title,
            outlet=body.outlet,
            url=body.url,
        )
        db.session.commit()
    except (ImportRefused, questions.InputError) as exc:
        db.session.rollback()
        raise rule("text", str(exc)) from None
    except IntegrityError:  # the same text sent twice at once
        db.session.rollback()
        raise ApiError(
            409, "That story is being added already; list it again in a moment."
        ) from None
    counts = _question_counts([s.id for s in stored])
    briefs = [{"id": s.id, "title": s.title, "questions": counts.get(s.id, 0)} for s in stored]
    return {"stories": briefs}


def _wants_async() -> bool:
    """RFC 7240: `Prefer: respond-async` among the client's preferences."""
    prefs = ",".join(request.headers.getlist("Prefer")).lower()
    return "respond-async" in {p.split(";")[0].strip() for p in prefs.split(",")}


def _queued(text_in: str, body: StoriesIn):
    details = {"title": body.title, "outlet": body.outlet, "url": body.url}
    try:
        job_id = import_jobs.submit(db.session, current(), text_in, details, split=True)
    except ImportRefused as exc:
        raise rule("text", str(exc)) from None
    return import_jobs.state(db.session.get(ImportJob, job_id)), 202


@endpoint(bp, "GET", "/imports/{job_id}", roles=TEACHERS, response=ImportJobOut)
def import_job(job_id: int):
    """The progress of a text queued for analysis (202 of POST /stories); the caller's only."""
    job = import_jobs.own(db.session, current(), job_id)
    if job is None:
        raise not_found("That import")
    return import_jobs.state(job)


def _question_counts(story_ids: list[int]) -> dict[int, int]:
    rows = db.session.execute(
        sa.select(Question.story_id, sa.func.count())
        .where(Question.story_id.in_(story_ids))
        .group_by(Question.story_id)
    )
    return dict(rows.all())


@endpoint(bp, "GET", "/stories/{story_id}", roles=TEACHERS, response=StoryOut)
def get_story(story_id: int) -> Story:
    """A story's own text and the engine's analysis of it (spans index that text)."""
    return own_story(story_id)


@endpoint(bp, "GET", "/stories/{story_id}/questions", roles=TEACHERS, response=list[QuestionOut])
def story_questions(story_id: int):
    """A story's questions (drawn from it or written for it), oldest first."""
    row = own_story(story_id)
    rows = db.session.scalars(
        sa.select(Question).where(Question.story_id == row.id).order_by(Question.id)
    )
    return list(rows)
