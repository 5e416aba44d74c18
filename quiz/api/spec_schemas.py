"""The schemas of the OpenAPI document: answers (``SCHEMAS``) and request bodies (``BODIES``)."""

from __future__ import annotations

from typing import Any

INT = {"type": "integer"}
STR = {"type": "string"}
ID_PARAM_MAX = 2147483647
INDEX = {"type": "integer", "minimum": 0}
CHOICE = {"oneOf": [INDEX, {"type": "array", "items": INDEX, "minItems": 1}]}
ERRORS = {
    400: "The body is not JSON, or not a JSON object.",
    401: "No token, or an unknown or revoked one.",
    403: "The token's role may not make this call.",
    404: "Not found, or not the caller's.",
    409: "Conflicts with what is stored.",
    413: "The body is over 2 MB.",
    422: "A field is missing or not valid; the message names it.",
    429: "Too many tries; wait and retry.",
    503: "Busy; send the same request again.",
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(props: dict[str, Any], required: list[str] | None = None, extra: bool = False) -> dict:
    """An object schema; every property required unless ``required`` says otherwise."""
    return {
        "type": "object",
        "properties": props,
        "required": list(props) if required is None else required,
        "additionalProperties": extra,
    }


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [schema, {"type": "null"}]}


def text(max_len: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_len}


SKILL_COUNTS = {"type": "object", "additionalProperties": obj({"correct": INT, "answered": INT})}
QUESTION = obj(
    {
        "id": INT,
        "kind": STR,
        "skill": STR,
        "prompt": STR,
        "options": array(STR),
        "answer": CHOICE,
        "explanation": STR,
        "evidence": nullable({"type": "object"}),
        "status": {"enum": ["draft", "approved", "rejected"]},
        "story_id": nullable(INT),
    }
)
FEEDBACK_PROPS = {
    "correct": {"type": "boolean"},
    "answer": CHOICE,
    "explanation": STR,
    "evidence": nullable({"type": "object"}),
    "score": INT,
}
TOTALS = obj({"score": INT, "correct": INT, "answered": INT, "by_skill": SKILL_COUNTS})
ENTRY = obj({"rank": {"type": "integer", "minimum": 1}, "nickname": STR, "score": INT})
SCHEMAS: dict[str, Any] = {
    "Error": obj(
        {"error": obj({"code": STR, "message": STR, "field": STR}, required=["code", "message"])},
        extra=True,
    ),
    "Conflict": obj(
        {
            "error": obj({"code": STR, "message": STR}),
            "recorded": obj({"choice": CHOICE} | FEEDBACK_PROPS),
        },
        required=["error"],
    ),
    "Question": QUESTION,
    "Feedback": obj(FEEDBACK_PROPS),
    "Totals": TOTALS,
    "Leaderboard": obj({"entries": array(ENTRY)}),
    "Assignment": obj(
        {
            "id": INT,
            "class_id": INT,
            "set_id": INT,
            "mode": {"enum": ["self_paced", "live"]},
            "status": {"enum": ["scheduled", "open", "closed"]},
        }
    ),
    "Attempt": obj(
        {
            "attempt_id": INT,
            "questions": array(obj({"id": INT, "kind": STR, "prompt": STR, "options": array(STR)})),
            "answered": array(INT),
            "score": INT,
        }
    ),
    "Class": obj({"id": INT, "name": STR, "join_code": STR}),
    "ClassSummary": obj({"id": INT, "name": STR, "join_code": STR, "students": INT}),
    "Student": obj({"id": INT, "nickname": STR, "team": nullable(STR)}),
    "Story": obj({"id": INT, "title": STR, "text": STR, "analysis": nullable({"type": "object"})}),
    "QuestionSet": obj(
        {"id": INT, "title": STR, "question_ids": array(INT), "settings": {"type": "object"}}
    ),
    "Results": obj(
        {
            "students": array(
                obj(
                    {
                        "student_id": INT,
                        "nickname": nullable(STR),
                        "score": INT,
                        "correct": INT,
                        "answered": INT,
                        "by_skill": SKILL_COUNTS,
                    }
                )
            ),
            "questions": array(
                obj({"question_id": INT, "correct_rate": nullable({"type": "number"})})
            ),
        }
    ),
}

BODIES: dict[str, Any] = {
    "tokens": obj({"username": text(64), "password": text(200)}),
    "join": obj(
        {
            "join_code": text(40),
            "nickname": {"type": "string", "minLength": 2, "maxLength": 24},
            "rejoin_pin": {"type": "string", "pattern": "^[0-9]{4}$"},
        },
        required=["join_code", "nickname"],
    ),
    "class": obj({"name": text(80)}),
    "stories": obj(
        {
            "title": text(300),
            "text": {"type": "string", "minLength": 1},
            "outlet": nullable(text(120)),
            "url": nullable(
                {"type": "string", "maxLength": 500, "pattern": "^[hH][tT][tT][pP][sS]?://"}
            ),
        },
        required=["title", "text"],
    ),
    "question": obj(
        {
            "kind": STR,
            "prompt": text(2000),
            "options": {"type": "array", "items": text(500), "minItems": 2, "maxItems": 300},
            "answer": CHOICE,
            "explanation": nullable({"type": "string", "maxLength": 5000}),
            "story_id": nullable({"type": "integer", "minimum": 1}),
        },
        required=["kind", "prompt", "options", "answer"],
    ),
    "question_patch": {
        **obj(
            {
                "status": {"enum": ["draft", "approved", "rejected"]},
                "prompt": text(2000),
                "options": {"type": "array", "items": text(500), "minItems": 2},
                "answer": CHOICE,
                "explanation": nullable({"type": "string", "maxLength": 5000}),
            },
            required=[],
        ),
        "minProperties": 1,
    },
    "set": obj(
        {
            "title": text(200),
            "question_ids": {
                "type": "array",
                "items": {"type": "integer", "minimum": 1},
                "minItems": 1,
                "maxItems": 200,
                "uniqueItems": True,
            },
            "settings": nullable({"type": "object", "maxProperties": 50}),
        },
        required=["title", "question_ids"],
    ),
    "assignment": obj(
        {"set_id": {"type": "integer", "minimum": 1}, "mode": {"enum": ["self_paced", "live"]}},
        required=["set_id"],
    ),
    "answer": obj(
        {
            "question_id": {"type": "integer", "minimum": 1},
            "choice": CHOICE,
            "confidence": nullable({"type": "integer", "minimum": 1, "maximum": 5}),
        },
        required=["question_id", "choice"],
    ),
}
