"""Teachers' calls: classes, stories, questions, sets, assignments and their results."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import jsonify
from sqlalchemy.exc import IntegrityError

import questions
from quiz.api import schemas
from quiz.api.common import (
    ID,
    TEACHERS,
    ApiError,
    bp,
    created,
    current,
    json_body,
    not_found,
    require,
)
from quiz.db import db
from quiz.models import (
    Assignment,
    Classroom,
    Membership,
    Question,
    Story,
    Team,
    User,
)
from quiz.services import access
from quiz.services.classes import ClassNameTaken, create_class
from quiz.services.stories import ImportRefused, import_text

MAX_WORDS = 300


def question_json(q: Question) -> dict[str, Any]:
    """A question as teachers see it (with its answer and explanation)."""
    return {
        "id": q.id,
        "kind": q.kind,
        "skill": q.skill,
        "prompt": q.prompt,
        "options": q.options,
        "answer": q.answer,
        "explanation": q.explanation,
        "evidence": q.evidence,
        "status": q.status.value,
        "story_id": q.story_id,
    }


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


@bp.post("/classes")
@require(*TEACHERS)
def new_class():
    """A new class with a fresh join code."""
    body = json_body()
    schemas.only(body, {"name"})
    name = schemas.text(body, "name", max_len=80, squash=True)
    try:
        row = create_class(db.session, current(), name)
    except ClassNameTaken as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    db.session.commit()
    return created({"id": row.id, "name": row.name, "join_code": row.join_code})


@bp.get("/classes")
@require(*TEACHERS)
def list_classes():
    """The caller's own classes with their numbers of students."""
    rows = db.session.scalars(Classroom.owned_by(current())).all()
    counts = dict(
        db.session.execute(
            sa.select(Membership.class_id, sa.func.count())
            .where(Membership.class_id.in_([c.id for c in rows]))
            .group_by(Membership.class_id)
        ).all()
    )
    return jsonify(
        [
            {"id": c.id, "name": c.name, "join_code": c.join_code, "students": counts.get(c.id, 0)}
            for c in rows
        ]
    )


@bp.get(f"/classes/<{ID}:class_id>/students")
@require(*TEACHERS)
def class_students(class_id: int):
    """The students of one of the caller's classes, by nickname."""
    row = own_class(class_id)
    members = db.session.execute(
        sa.select(Membership.user_id, User.nickname, Team.name)
        .join(User, User.id == Membership.user_id)
        .outerjoin(Team, Team.id == Membership.team_id)
        .where(Membership.class_id == row.id)
        .order_by(Membership.nickname_key, Membership.user_id)
    ).all()
    return jsonify([{"id": uid, "nickname": nick, "team": team} for uid, nick, team in members])


@bp.post("/stories")
@require(*TEACHERS)
def new_stories():
    """Import a text: every story in it is stored with its claims and draft questions."""
    body = json_body()
    schemas.only(body, {"title", "text", "outlet", "url"})
    title = schemas.text(body, "title", max_len=300, squash=True)
    text = schemas.text(body, "text", max_len=2 * 1024 * 1024)
    outlet = schemas.text(body, "outlet", max_len=120, required=False, squash=True)
    url = schemas.text(body, "url", max_len=500, required=False)
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise schemas.invalid("url", "must start with http:// or https://")
    try:
        stored = import_text(
            db.session,
            current(),
            questions.text.normalize_newlines(text),
            title=title,
            outlet=outlet,
            url=url,
        )
        db.session.commit()
    except (ImportRefused, questions.InputError) as exc:
        db.session.rollback()
        raise schemas.invalid("text", str(exc)) from None
    except IntegrityError:  # the same text sent twice at once
        db.session.rollback()
        raise ApiError(
            409, "That story is being added already; list it again in a moment."
        ) from None
    counts = _question_counts([s.id for s in stored])
    return created(
        {
            "stories": [
                {"id": s.id, "title": s.title, "questions": counts.get(s.id, 0)} for s in stored
            ]
        }
    )


def _question_counts(story_ids: list[int]) -> dict[int, int]:
    rows = db.session.execute(
        sa.select(Question.story_id, sa.func.count())
        .where(Question.story_id.in_(story_ids))
        .group_by(Question.story_id)
    )
    return dict(rows.all())


@bp.get(f"/stories/<{ID}:story_id>")
@require(*TEACHERS)
def get_story(story_id: int):
    """A story's own text and the engine's analysis of it (spans index that text)."""
    row = own_story(story_id)
    return jsonify(id=row.id, title=row.title, text=row.text, analysis=row.analysis)


@bp.get(f"/stories/<{ID}:story_id>/questions")
@require(*TEACHERS)
def story_questions(story_id: int):
    """The questions drawn from a story (or written for it), oldest first."""
    row = own_story(story_id)
    rows = db.session.scalars(
        sa.select(Question).where(Question.story_id == row.id).order_by(Question.id)
    )
    return jsonify([question_json(q) for q in rows])
