"""Teachers' calls: writing and reviewing questions, assembling sets, assigning them to classes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, Strict, model_validator

from questions.contract import QuestionKind
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
    Question,
    QuestionSet,
    QuestionStatus,
)
from quiz.services import access, scoring
from quiz.services import assignments as assigning
from quiz.services import questions_authoring as authoring
from quiz.services.sets import (
    QUESTION_TIME_RANGE,
    TIME_LIMIT_RANGE,
    SetError,
    create_set,
    question_ids,
    settings_of,
)

MAX_SET = 200


def _iso_string(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("must be a date and time in ISO 8601, like 2026-12-01T09:00:00Z")
    return value


# A time in ISO 8601, sent as a string; one without an offset is taken as UTC.
Moment = Annotated[datetime, Strict(False), BeforeValidator(_iso_string)]


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
    passage: free_text(5000) | None = None


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
    title: free_text(200) | None = None
    opens_at: Moment | None = None
    closes_at: Moment | None = None
    again: bool = False  # the class has this set already: assign it once more all the same


class AssignmentOut(Out):
    id: int
    class_id: int
    set_id: int
    title: str
    mode: Mode
    status: AssignmentStatus
    opens_at: datetime | None
    closes_at: datetime | None


def assignment_json(row: Assignment) -> dict[str, Any]:
    """An assignment as the API shows it (times in UTC; title: its own, else the set's)."""
    return {
        "id": row.id,
        "class_id": row.class_id,
        "set_id": row.set_id,
        "title": row.display_title,
        "mode": row.mode,
        "status": row.status,
        "opens_at": assigning.aware(row.opens_at),
        "closes_at": assigning.aware(row.closes_at),
    }


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
    """Write a question (approved: its author has reviewed it), checked by the engine's rules."""
    story = None
    if body.story_id is not None:
        story = own_story_or_none(body.story_id)
        if story is None:
            raise rule("story_id", "no story of yours has that id")
    draft = authoring.Draft(
        kind=body.kind.value,
        prompt=body.prompt,
        options=list(body.options),
        answer=body.answer,
        explanation=body.explanation or "",
        story=story,
        passage=body.passage or None,
    )
    try:
        row = authoring.create(db.session, current(), draft)
    except authoring.Invalid as exc:
        db.session.rollback()
        raise _problems(exc.problems) from None
    db.session.commit()
    return row


def _problems(problems: list[authoring.Problem]) -> ApiError:
    """The validation service's problems as one 422 naming the first field."""
    first = problems[0].field if problems[0].field != "form" else "prompt"
    return rule(first, " ".join(p.message for p in problems if p.field == problems[0].field))


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
        problems = authoring.check_edit(row, body.prompt, list(row.options), row.answer)
        if problems and not {"options", "answer"} & sent:
            raise _problems(problems)
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
    answer = _answer(row.kind, options, body.answer if "answer" in sent else row.answer)
    problems = authoring.check_edit(row, row.prompt, options, answer)
    if problems:
        raise _problems(problems)
    row.answer, row.options = answer, options


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
    errors={409: "The class has this set already: send again: true to assign it once more."},
)
def new_assignment(class_id: int, body: AssignmentIn) -> dict[str, Any]:
    """Assign a set to a class; it opens at once unless opens_at says later."""
    classroom = own_class(class_id)
    qset = access.own_set(db.session, current(), body.set_id)
    if qset is None:
        raise rule("set_id", "no question set of yours has that id")
    try:
        row = assigning.assign(
            db.session,
            classroom,
            qset,
            mode=Mode(body.mode),
            title=body.title,
            opens_at=body.opens_at,
            closes_at=body.closes_at,
            again=body.again,
        )
    except assigning.AlreadyAssigned as exc:
        db.session.rollback()
        raise ApiError(409, f'{exc} Send "again": true to assign it once more.') from None
    except SetError as exc:
        db.session.rollback()
        raise rule((exc.field or "set_id").split(".")[0], str(exc)) from None
    db.session.commit()
    return assignment_json(row)
