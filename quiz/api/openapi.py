"""The OpenAPI 3.1 document of the API, served at GET /api/v1/openapi.json (no token needed)."""

from __future__ import annotations

from typing import Any

from flask import jsonify

from quiz.api.common import bp
from quiz.api.spec_schemas import BODIES, ERRORS, ID_PARAM_MAX, INT, SCHEMAS, STR, array, obj, ref
from quiz.services.scoring import POINTS_PER_CORRECT


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def op(
    summary: str,
    tag: str,
    ok: dict[int, tuple[str, Any]],
    errors: tuple[int, ...],
    *,
    body: str | None = None,
    public: bool = False,
    recorded: bool = False,
) -> dict[str, Any]:
    """One operation: its success answers, error answers, body and security."""
    responses: dict[str, Any] = {}
    for status, (what, schema) in ok.items():
        responses[str(status)] = {"description": what} | (_json(schema) if schema else {})
    for status in errors:
        schema = ref("Conflict") if status == 409 and recorded else ref("Error")
        responses.setdefault(str(status), {"description": ERRORS[status]} | _json(schema))
    out: dict[str, Any] = {"summary": summary, "tags": [tag], "responses": responses}
    if body:
        out["requestBody"] = {"required": True} | _json(BODIES[body])
    if public:
        out["security"] = []
    return out


def id_param(name: str) -> dict[str, Any]:
    schema = {"type": "integer", "minimum": 1, "maximum": ID_PARAM_MAX}
    return {"name": name, "in": "path", "required": True, "schema": schema}


AUTH = (401, 403)
BODY = (400, 413, 422)

TEACH, PLAY = "teachers", "students"
PATHS: dict[str, Any] = {
    "/openapi.json": {
        "get": op(
            "This document", "meta", {200: ("OpenAPI 3.1", {"type": "object"})}, (), public=True
        )
    },
    "/tokens": {
        "post": op(
            "A teacher signs in: a bearer token for their username and password",
            "sign-in",
            {
                201: (
                    "Token",
                    obj({"token": STR, "role": {"enum": ["teacher", "admin"]}, "user_id": INT}),
                )
            },
            (400, 401, 413, 422, 429),
            body="tokens",
            public=True,
        )
    },
    "/tokens/current": {
        "delete": op("Revoke the token of this call", "sign-in", {204: ("Revoked", None)}, (401,))
    },
    "/join": {
        "post": op(
            "A student joins a class (201), or rejoins with their PIN (200)",
            "sign-in",
            {
                201: (
                    "Joined",
                    obj({"token": STR, "student_id": INT, "class_id": INT, "rejoin_pin": STR}),
                ),
                200: ("Rejoined", obj({"token": STR, "student_id": INT, "class_id": INT})),
            },
            (400, 401, 404, 409, 413, 422, 429),
            body="join",
            public=True,
        )
    },
    "/classes": {
        "get": op(
            "The caller's classes", TEACH, {200: ("Classes", array(ref("ClassSummary")))}, AUTH
        ),
        "post": op(
            "Create a class (a name the caller already uses: 409)",
            TEACH,
            {201: ("Created", ref("Class"))},
            AUTH + BODY + (409,),
            body="class",
        ),
    },
    "/classes/{class_id}/students": {
        "get": op(
            "A class's students", TEACH, {200: ("Students", array(ref("Student")))}, AUTH + (404,)
        )
    },
    "/stories": {
        "post": op(
            "Import a text; several stories in it become several",
            TEACH,
            {
                201: (
                    "Stored",
                    obj({"stories": array(obj({"id": INT, "title": STR, "questions": INT}))}),
                )
            },
            AUTH + BODY + (409,),
            body="stories",
        )
    },
    "/stories/{story_id}": {
        "get": op(
            "A story's text and analysis", TEACH, {200: ("Story", ref("Story"))}, AUTH + (404,)
        )
    },
    "/stories/{story_id}/questions": {
        "get": op(
            "A story's questions",
            TEACH,
            {200: ("Questions", array(ref("Question")))},
            AUTH + (404,),
        )
    },
    "/questions": {
        "post": op(
            "Write a question (approved: its author has reviewed it)",
            TEACH,
            {201: ("Created", ref("Question"))},
            AUTH + BODY,
            body="question",
        )
    },
    "/questions/{question_id}": {
        "patch": op(
            "Review or edit a question (options and answer are fixed once answered)",
            TEACH,
            {200: ("Updated", ref("Question"))},
            AUTH + BODY + (404, 409),
            body="question_patch",
        )
    },
    "/sets": {
        "post": op(
            "Assemble a set of the caller's approved questions",
            TEACH,
            {201: ("Created", ref("QuestionSet"))},
            AUTH + BODY,
            body="set",
        )
    },
    "/classes/{class_id}/assignments": {
        "post": op(
            "Assign a set to a class",
            TEACH,
            {201: ("Created", ref("Assignment"))},
            AUTH + BODY + (404,),
            body="assignment",
        )
    },
    "/assignments/{assignment_id}/results": {
        "get": op(
            "An assignment's results", TEACH, {200: ("Results", ref("Results"))}, AUTH + (404,)
        )
    },
    "/assignments/{assignment_id}/results.csv": {
        "get": {
            **op("The results as CSV, one row a student", TEACH, {}, AUTH + (404,)),
            "responses": {
                "200": {
                    "description": "CSV with a header row; formula-like cells start with '",
                    "content": {"text/csv": {"schema": STR}},
                },
                **{str(s): {"description": ERRORS[s]} | _json(ref("Error")) for s in AUTH + (404,)},
            },
        }
    },
    "/assignments": {
        "get": op(
            "The student's assignments",
            PLAY,
            {
                200: (
                    "Assignments",
                    array(obj({"id": INT, "title": STR, "mode": STR, "status": STR})),
                )
            },
            AUTH,
        )
    },
    "/assignments/{assignment_id}/attempts": {
        "post": op(
            "Start an attempt (201) or resume the open one (200)",
            PLAY,
            {201: ("Started", ref("Attempt")), 200: ("Resumed", ref("Attempt"))},
            AUTH + (400, 404, 409, 413),
        )
    },
    "/attempts/{attempt_id}/answers": {
        "post": op(
            f"Answer a question ({POINTS_PER_CORRECT} points when right); repeats are answered",
            PLAY,
            {201: ("Recorded", ref("Feedback")), 200: ("The same answer again", ref("Feedback"))},
            AUTH + BODY + (404, 409, 503),
            body="answer",
            recorded=True,
        )
    },
    "/attempts/{attempt_id}/finish": {
        "post": op(
            "Finish the attempt", PLAY, {200: ("Totals", ref("Totals"))}, AUTH + (400, 404, 413)
        )
    },
    "/classes/{class_id}/leaderboard": {
        "get": op(
            "A class's leaderboard", "boards", {200: ("Board", ref("Leaderboard"))}, (401, 404)
        )
    },
    "/assignments/{assignment_id}/leaderboard": {
        "get": op(
            "An assignment's leaderboard",
            "boards",
            {200: ("Board", ref("Leaderboard"))},
            (401, 404),
        )
    },
}


def _with_params(paths: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for path, ops in paths.items():
        names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
        out[path] = ({"parameters": [id_param(n) for n in names]} if names else {}) | ops
    return out


def document() -> dict[str, Any]:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Fact or Claim API",
            "version": "1",
            "description": (
                'The JSON API of Fact or Claim. Errors: {"error": {"code", "message"}}. '
                f"A right answer earns {POINTS_PER_CORRECT} points, a wrong one none."
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": _with_params(PATHS),
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


@bp.get("/openapi.json")
def openapi_json():
    """This API's OpenAPI 3.1 document (no token needed)."""
    return jsonify(document())
