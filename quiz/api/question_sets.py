"""Teachers' calls on question sets, their export and import, and assignments (sets helper).

Thin translations: a body is validated by its model, the rule is the service's
(``quiz.services.sets``, ``assignments``, ``exports``, ``imports``), the answer is its model.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from flask import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import Id, In, NoBody, Out, free_text, text
from quiz.api.sets import AssignmentOut, Moment, SetOut, SettingsIn, assignment_json, set_json
from quiz.api.spec import TEACHERS, ErrorDetail, Media, endpoint, rule
from quiz.api.teach import own_assignment
from quiz.db import db
from quiz.models import AssignmentStatus, QuestionSet
from quiz.services import access, exports, imports, sets
from quiz.services import assignments as assigning

MAX_IMPORT = 1_000_000


def own_set(set_id: int) -> QuestionSet:
    row = access.own_set(db.session, current(), set_id)
    if row is None:
        raise not_found("That question set")
    return row


class SetPatch(In):
    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    title: text(200, squash=True) = None  # type: ignore[assignment]
    question_ids: Annotated[list[Id], Field(max_length=sets.MAX_QUESTIONS)] = None  # type: ignore[assignment]
    settings: SettingsIn = None  # type: ignore[assignment]

    @model_validator(mode="after")
    def _not_empty(self) -> SetPatch:
        if not self.model_fields_set:
            raise ValueError("Send at least one of: question_ids, settings, title.")
        return self


def _set_error(exc: sets.SetError) -> ApiError:
    return rule((exc.field or "title").split(".")[0], str(exc))


@endpoint(bp, "GET", "/sets", roles=TEACHERS, response=list[SetOut])
def list_sets() -> list[dict[str, Any]]:
    """The caller's own question sets, newest first."""
    return [set_json(s.row) for s in sets.list_sets(db.session, current())]


ID_405 = {405: "The id is not a valid id (0, or too large) on a path that has other methods."}


@endpoint(bp, "GET", "/sets/{set_id}", roles=TEACHERS, response=SetOut, errors=ID_405)
def get_set(set_id: int) -> dict[str, Any]:
    """One of the caller's sets."""
    return set_json(own_set(set_id))


@endpoint(
    bp, "PATCH", "/sets/{set_id}", roles=TEACHERS, body=SetPatch, response=SetOut, errors=ID_405
)
def edit_set(set_id: int, body: SetPatch) -> dict[str, Any]:
    """Rename a set, give its questions a new order (or a new list), change its settings."""
    row = own_set(set_id)
    sent = body.model_fields_set
    settings = None
    if "settings" in sent:
        settings = body.settings.model_dump(mode="json", exclude_unset=True)
    try:
        sets.update_set(
            db.session,
            current(),
            row,
            title=body.title if "title" in sent else None,
            ids=body.question_ids if "question_ids" in sent else None,
            settings=settings,
        )
    except sets.SetError as exc:
        db.session.rollback()
        raise _set_error(exc) from None
    db.session.commit()
    return set_json(row)


@endpoint(
    bp,
    "DELETE",
    "/sets/{set_id}",
    roles=TEACHERS,
    response=None,
    status=204,
    errors={409: "It is assigned: the message names each class and assignment."} | ID_405,
)
def delete_set(set_id: int) -> None:
    """Delete a set that no class has (its questions stay)."""
    row = own_set(set_id)
    try:
        sets.delete_set(db.session, row)
    except sets.SetInUse as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    db.session.commit()


@endpoint(
    bp,
    "POST",
    "/sets/{set_id}/duplicate",
    roles=TEACHERS,
    body=NoBody,
    response=SetOut,
    status=201,
    errors={409: "A question of the set is no longer approved: approve it or take it out."},
)
def duplicate_set(set_id: int, body: NoBody) -> dict[str, Any]:
    """A copy of a set: same questions, order and settings, titled "Copy of …"."""
    try:
        copy = sets.duplicate(db.session, current(), own_set(set_id))
    except sets.SetError as exc:  # a question of the set is no longer approved
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    db.session.commit()
    return set_json(copy)


class ExportQuery(In):
    model_config = ConfigDict(strict=False)

    format: Literal["gift", "moodle_xml", "json"] = "gift"


@endpoint(
    bp,
    "GET",
    "/sets/{set_id}/export",
    roles=TEACHERS,
    query=ExportQuery,
    errors=(422,),
    response=Media("text/plain", ("application/xml", "application/json")),
)
def export_set(set_id: int, query: ExportQuery) -> Response:
    """A set as GIFT (text/plain), Moodle XML (application/xml) or JSON (application/json)."""
    body, mimetype, name = exports.export(db.session, own_set(set_id), query.format)
    return Response(
        body.encode("utf-8"),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class ImportIn(In):
    format: Literal["gift", "json"]
    title: text(200, squash=True) | None = None
    content: text(MAX_IMPORT)


class LineProblem(Out):
    line: int | None
    message: str


class ImportProblems(BaseModel):
    """A 422: the error, and for a file with problems each problem with its line."""

    model_config = ConfigDict(extra="forbid")
    error: ErrorDetail
    errors: list[LineProblem] = []


@endpoint(
    bp,
    "POST",
    "/sets/import",
    roles=TEACHERS,
    body=ImportIn,
    response=SetOut,
    status=201,
    errors={
        422: (
            "A field is not valid, or the file has problems: each in errors with its line; "
            "nothing was stored.",
            ImportProblems,
        )
    },
)
def import_set(body: ImportIn) -> tuple[dict[str, Any], int]:
    """Import a GIFT or JSON set: its questions (approved, the caller's own) and the set."""
    try:
        row = imports.import_set(db.session, current(), body.format, body.content, body.title)
    except exports.ImportFailed as exc:
        db.session.rollback()
        raise ApiError(
            422,
            f"The {body.format} file has {len(exc.errors)} problem(s); nothing was stored.",
            "rule",
            field="content",
            errors=[e.to_json() for e in exc.errors],
        ) from None
    db.session.commit()
    return set_json(row), 201


class AssignmentPatch(In):
    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    title: free_text(200) | None = None
    status: Literal["open", "closed"] = None  # type: ignore[assignment]
    opens_at: Moment | None = None
    closes_at: Moment | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> AssignmentPatch:
        if not self.model_fields_set:
            raise ValueError("Send at least one of: closes_at, opens_at, status, title.")
        return self


@endpoint(
    bp,
    "PATCH",
    "/assignments/{assignment_id}",
    roles=TEACHERS,
    body=AssignmentPatch,
    response=AssignmentOut,
    errors=ID_405,
)
def edit_assignment(assignment_id: int, body: AssignmentPatch) -> dict[str, Any]:
    """Rename, retime, close or reopen an assignment (an empty title: the set's title)."""
    row = own_assignment(assignment_id)
    sent = body.model_fields_set
    times = None
    if {"opens_at", "closes_at"} & sent:
        times = (
            body.opens_at if "opens_at" in sent else row.opens_at,
            body.closes_at if "closes_at" in sent else row.closes_at,
        )
    try:
        assigning.update(
            db.session,
            row,
            title=(body.title or "") if "title" in sent else None,
            times=times,
            status=AssignmentStatus(body.status) if "status" in sent else None,
        )
    except sets.SetError as exc:
        db.session.rollback()
        raise _set_error(exc) from None
    db.session.commit()
    return assignment_json(row)


@endpoint(
    bp,
    "DELETE",
    "/assignments/{assignment_id}",
    roles=TEACHERS,
    response=None,
    status=204,
    errors=ID_405,
)
def delete_assignment(assignment_id: int) -> None:
    """Delete an assignment with exactly its attempts and answers (the set stays)."""
    assigning.delete(db.session, own_assignment(assignment_id))
    db.session.commit()
