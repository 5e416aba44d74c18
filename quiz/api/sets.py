"""Teachers' calls: writing and reviewing questions, assembling sets, assigning them to classes."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import sqlalchemy as sa
from pydantic import AfterValidator, ConfigDict, Field, model_validator

from questions.contract import KIND_SKILL, QuestionKind
from quiz.api.common import ApiError, bp, current
from quiz.api.fields import Choice, Id, In, Out, enum_of, free_text, integer, text
from quiz.api.spec import TEACHERS, endpoint, rule
from quiz.api.teach import QuestionOut, own_class, own_question, own_story
from quiz.db import db
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Feedback,
    Mode,
    Origin,
    Question,
    QuestionSet,
    QuestionStatus,
)
from quiz.services import scoring
from quiz.services.sets import (
    QUESTION_TIME_RANGE,
    TIME_LIMIT_RANGE,
    SetError,
    create_set,
    question_ids,
    settings_of,
)

MAX_SET = 200


def _distinct(ids: list[int]) -> list[int]:
    if len(set(ids)) != len(ids):
        raise ValueError("must not repeat an id")
    return ids


Options = Annotated[list[text(500)], Field(min_length=2, max_length=300)]
Explanation = free_text(5000) | None


class QuestionIn(In):
    kind: enum_of(QuestionKind)
    prompt: text(2000)
    options: Options
    answer: Choice
    explanation: Explanation = None
    story_id: Id | None = None


class QuestionPatch(In):
    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    status: enum_of(QuestionStatus) = None  # type: ignore[assignment]
    prompt: text(2000) = None  # type: ignore[assignment]
    options: Options = None  # type: ignore[assignment]
    answer: Choice = None  # type: ignore[assignment]
    explanation: Explanation = None

    @model_validator(mode="after")
    def _not_empty(self) -> QuestionPatch:
        if not self.model_fields_set:
            raise ValueError(f"Send at least one of: {', '.join(sorted(type(self).model_fields))}.")
        return self


class SettingsIn(In):
    """A set's play settings; every key optional (defaults: ``quiz.services.sets``)."""

    feedback: enum_of(Feedback) = Feedback.EACH
    confidence: Literal[3, 5] | None = None
    time_limit_s: integer(*TIME_LIMIT_RANGE) | None = None
    shuffle_questions: bool = False
    shuffle_options: bool = False
    question_time_s: integer(*QUESTION_TIME_RANGE) = 20
    speed_bonus: bool = False


class SettingsOut(Out):
    feedback: Feedback
    confidence: Literal[3, 5] | None
    time_limit_s: int | None
    shuffle_questions: bool
    shuffle_options: bool
    question_time_s: int
    speed_bonus: bool


class SetIn(In):
    title: text(200, squash=True)
    question_ids: Annotated[
        list[Id],
        Field(min_length=1, max_length=MAX_SET, json_schema_extra={"uniqueItems": True}),
        AfterValidator(_distinct),
    ]
    settings: SettingsIn | None = None


class SetOut(Out):
    id: int
    title: str
    question_ids: list[int]
    settings: SettingsOut


class AssignmentIn(In):
    set_id: Id
    mode: enum_of(Mode) = Mode.SELF_PACED


class AssignmentOut(Out):
    id: int
    class_id: int
    set_id: int
    mode: Mode
    status: AssignmentStatus


def _options(kind: str, options: list[str]) -> list[str]:
    """Rules per kind: a sentence's words (up to 300, short) or up to 10 options."""
    if scoring.is_multi(kind):
        if any(len(o) > 100 for o in options):
            raise rule("options", "each word of a spot_the_cue sentence is at most 100 characters")
    elif len(options) > 10:
        raise rule("options", "a question of this kind has at most 10 options")
    return options


def _answer(kind: str, options: list[str], raw: Any) -> int | list[int]:
    try:
        return scoring.normalize_choice(Question(kind=kind, options=options), raw)
    except scoring.ChoiceError as exc:
        raise rule("answer", str(exc)) from None


@endpoint(
    bp, "POST", "/questions", roles=TEACHERS, body=QuestionIn, response=QuestionOut, status=201
)
def new_question(body: QuestionIn) -> Question:
    """Write a question (approved: its author has reviewed it)."""
    options = _options(body.kind, body.options)
    answer = _answer(body.kind, options, body.answer)
    if body.story_id is not None and own_story_or_none(body.story_id) is None:
        raise rule("story_id", "no story of yours has that id")
    row = Question(
        owner_id=current().id,
        story_id=body.story_id,
        kind=body.kind.value,
        skill=KIND_SKILL[body.kind].value,
        prompt=body.prompt,
        options=options,
        answer=answer,
        explanation=body.explanation or "",
        status=QuestionStatus.APPROVED,
        origin=Origin.TEACHER,
    )
    db.session.add(row)
    db.session.commit()
    return row


def own_story_or_none(story_id: int):
    try:
        return own_story(story_id)
    except ApiError:
        return None


ANSWERED = (
    "Students have already answered this question, so its options and answer are fixed. "
    "Write a new question instead."
)


@endpoint(
    bp,
    "PATCH",
    "/questions/{question_id}",
    roles=TEACHERS,
    body=QuestionPatch,
    response=QuestionOut,
    errors={409: "Students have answered it: its options and answer are fixed."},
)
def edit_question(question_id: int, body: QuestionPatch) -> Question:
    """Review or edit a question (options and answer are fixed once answered)."""
    row = own_question(question_id)
    sent = body.model_fields_set
    if "status" in sent:
        row.status = body.status
    if "prompt" in sent:
        row.prompt = body.prompt
    if "explanation" in sent:
        row.explanation = body.explanation or ""
    if "options" in sent or "answer" in sent:
        _change_answer(row, body)
    db.session.commit()
    return row


def _change_answer(row: Question, body: QuestionPatch) -> None:
    answered = db.session.scalar(sa.select(Answer.id).where(Answer.question_id == row.id).limit(1))
    if answered is not None:
        raise ApiError(409, ANSWERED)
    sent = body.model_fields_set
    options = _options(row.kind, body.options) if "options" in sent else list(row.options)
    row.answer = _answer(row.kind, options, body.answer if "answer" in sent else row.answer)
    row.options = options


@endpoint(bp, "POST", "/sets", roles=TEACHERS, body=SetIn, response=SetOut, status=201)
def new_set(body: SetIn) -> dict[str, Any]:
    """Assemble a set of the caller's approved questions."""
    settings = body.settings.model_dump(mode="json", exclude_unset=True) if body.settings else None
    try:
        row = create_set(db.session, current(), body.title, body.question_ids, settings)
    except SetError as exc:
        raise rule((exc.field or "title").split(".")[0], str(exc).rstrip(".")) from None
    db.session.commit()
    return set_json(row)


def set_json(row: QuestionSet) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "question_ids": question_ids(db.session, row),
        "settings": settings_of(row),
    }


@endpoint(
    bp,
    "POST",
    "/classes/{class_id}/assignments",
    roles=TEACHERS,
    body=AssignmentIn,
    response=AssignmentOut,
    status=201,
)
def new_assignment(class_id: int, body: AssignmentIn) -> Assignment:
    """Assign a set to a class; it opens at once."""
    classroom = own_class(class_id)
    qset = db.session.get(QuestionSet, body.set_id)
    if qset is None or qset.owner_id != current().id:
        raise rule("set_id", "no question set of yours has that id")
    row = Assignment(
        class_id=classroom.id, set_id=qset.id, mode=body.mode, status=AssignmentStatus.OPEN
    )
    db.session.add(row)
    db.session.commit()
    return row
