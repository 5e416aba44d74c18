"""Teachers' calls: writing and reviewing questions, assembling sets, assigning them to classes."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import jsonify

from quiz.api import schemas
from quiz.api.common import ID, TEACHERS, ApiError, bp, created, current, json_body, require
from quiz.api.teach import own_class, own_question, own_story, question_json
from quiz.db import db
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Mode,
    Origin,
    Question,
    QuestionSet,
    QuestionStatus,
    SetItem,
)
from quiz.services import scoring

STATUSES = [s.value for s in QuestionStatus]
MODES = [m.value for m in Mode]
QUESTION_FIELDS = {"kind", "prompt", "options", "answer", "explanation", "story_id"}
PATCH_FIELDS = {"status", "prompt", "options", "answer", "explanation"}


def kinds() -> dict[str, str]:
    """Question kinds a teacher may write, with the skill each tests (the engine's registry)."""
    from questions.generate import KINDS

    return {name: spec.skill for name, spec in KINDS.items()}


def _options(body: dict[str, Any], kind: str) -> list[str]:
    if scoring.is_multi(kind):  # the sentence's words, in order
        return schemas.string_list(body, "options", min_items=2, max_items=300, max_len=100)
    return schemas.string_list(body, "options", min_items=2, max_items=10, max_len=500)


def _answer(kind: str, options: list[str], raw: Any) -> int | list[int]:
    try:
        return scoring.normalize_choice(Question(kind=kind, options=options), raw)
    except scoring.ChoiceError as exc:
        raise schemas.invalid("answer", str(exc)) from None


@bp.post("/questions")
@require(*TEACHERS)
def new_question():
    """A question the teacher writes; it counts as reviewed (approved) by its author."""
    body = json_body()
    schemas.only(body, QUESTION_FIELDS)
    kind = schemas.one_of(body, "kind", sorted(kinds()))
    prompt = schemas.text(body, "prompt", max_len=2000)
    options = _options(body, kind)
    if "answer" not in body:
        raise schemas.invalid("answer", "this field is required")
    answer = _answer(kind, options, body["answer"])
    explanation = schemas.text(body, "explanation", max_len=5000, required=False) or ""
    story_id = schemas.integer(body, "story_id", required=False)
    if story_id is not None:
        try:
            own_story(story_id)
        except ApiError:
            raise schemas.invalid("story_id", "no story of yours has that id") from None
    row = Question(
        owner_id=current().id,
        story_id=story_id,
        kind=kind,
        skill=kinds()[kind],
        prompt=prompt,
        options=options,
        answer=answer,
        explanation=explanation,
        status=QuestionStatus.APPROVED,
        origin=Origin.TEACHER,
    )
    db.session.add(row)
    db.session.commit()
    return created(question_json(row))


@bp.patch(f"/questions/<{ID}:question_id>")
@require(*TEACHERS)
def edit_question(question_id: int):
    """Review (approve, reject, back to draft) or edit a question."""
    row = own_question(question_id)
    body = json_body()
    schemas.only(body, PATCH_FIELDS)
    if not body:
        raise ApiError(422, f"Send at least one of: {', '.join(sorted(PATCH_FIELDS))}.")
    if "status" in body:
        row.status = QuestionStatus(schemas.one_of(body, "status", STATUSES))
    if "prompt" in body:
        row.prompt = schemas.text(body, "prompt", max_len=2000)
    if "explanation" in body:
        row.explanation = schemas.text(body, "explanation", max_len=5000, required=False) or ""
    if "options" in body or "answer" in body:
        _change_answer(row, body)
    db.session.commit()
    return jsonify(question_json(row))


def _change_answer(row: Question, body: dict[str, Any]) -> None:
    answered = db.session.scalar(sa.select(Answer.id).where(Answer.question_id == row.id).limit(1))
    if answered is not None:
        raise ApiError(
            409,
            "Students have already answered this question, so its options and answer are fixed. "
            "Write a new question instead.",
        )
    options = _options(body, row.kind) if "options" in body else list(row.options)
    row.answer = _answer(row.kind, options, body.get("answer", row.answer))
    row.options = options


@bp.post("/sets")
@require(*TEACHERS)
def new_set():
    """An ordered set of the caller's approved questions."""
    body = json_body()
    schemas.only(body, {"title", "question_ids", "settings"})
    title = schemas.text(body, "title", max_len=200, squash=True)
    ids = schemas.id_list(body, "question_ids")
    settings = schemas.obj(body, "settings")
    usable = set(
        db.session.scalars(
            sa.select(Question.id).where(
                Question.id.in_(ids),
                Question.owner_id == current().id,
                Question.status == QuestionStatus.APPROVED,
            )
        )
    )
    bad = [i for i in ids if i not in usable]
    if bad:
        raise schemas.invalid(
            "question_ids",
            "these are not approved questions of yours: " + ", ".join(map(str, bad)),
        )
    row = QuestionSet(owner_id=current().id, title=title, settings=settings)
    row.items = [SetItem(question_id=qid, position=n) for n, qid in enumerate(ids)]
    db.session.add(row)
    db.session.commit()
    return created({"id": row.id, "title": row.title, "question_ids": ids, "settings": settings})


@bp.post(f"/classes/<{ID}:class_id>/assignments")
@require(*TEACHERS)
def new_assignment(class_id: int):
    """Give one of the caller's sets to one of their classes; it opens at once."""
    classroom = own_class(class_id)
    body = json_body()
    schemas.only(body, {"set_id", "mode"})
    set_id = schemas.integer(body, "set_id")
    mode = schemas.one_of(body, "mode", MODES, default=Mode.SELF_PACED.value)
    qset = db.session.get(QuestionSet, set_id)
    if qset is None or qset.owner_id != current().id:
        raise schemas.invalid("set_id", "no question set of yours has that id")
    row = Assignment(
        class_id=classroom.id, set_id=qset.id, mode=Mode(mode), status=AssignmentStatus.OPEN
    )
    db.session.add(row)
    db.session.commit()
    return created(assignment_json(row))


def assignment_json(row: Assignment) -> dict[str, Any]:
    return {
        "id": row.id,
        "class_id": row.class_id,
        "set_id": row.set_id,
        "mode": row.mode.value,
        "status": row.status.value,
    }
