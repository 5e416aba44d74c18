"""What every API module shares: the blueprint, errors, bearer-token auth, the JSON body."""

from __future__ import annotations

import json
import math
from typing import Any

from flask import Blueprint, Response, g, jsonify, request

from quiz.db import db
from quiz.errors import MESSAGES
from quiz.models import User
from quiz.services import tokens

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_DEPTH = 32


class ApiError(Exception):
    """An error answer in the API's shape; extra keys go beside ``error`` (e.g. ``recorded``)."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        code: str | None = None,
        *,
        headers: dict[str, str] | None = None,
        field: str | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message or "")
        self.status, self.message, self.code, self.field = status, message, code, field
        self.headers, self.extra = headers or {}, extra


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError) -> Response:
    default_code, default_message = MESSAGES.get(exc.status, ("error", "Something went wrong."))
    error = {"code": exc.code or default_code, "message": exc.message or default_message}
    body = {"error": error | ({"field": exc.field} if exc.field else {})}
    resp = jsonify(body | exc.extra)
    resp.status_code = exc.status
    resp.headers.update(exc.headers)
    return resp


def not_found(what: str = "That") -> ApiError:
    """The 404 for an object that does not exist or is not the caller's (the two look alike)."""
    return ApiError(404, f"{what} was not found, or it is not yours.")


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.casefold() != "bearer" or not secret.strip():
        raise ApiError(
            401,
            "Send your API token in the header 'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return secret.strip()


def authenticate() -> User:
    """The user of the request's bearer token (401 when missing, unknown or revoked)."""
    row = tokens.find_token(db.session, _bearer())
    if row is None:
        raise ApiError(
            401,
            "That API token is not valid: it is unknown, expired or revoked, "
            "or its account is disabled.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    if tokens.touch(row):
        db.session.commit()
    g.api_token, g.api_user = row, row.user
    return row.user


def current() -> User:
    """The user of this API request (set when its token was checked)."""
    return g.api_user


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _parse(raw: bytes) -> Any:
    """JSON text to Python; ValueError for anything that is not plain, finite JSON."""
    try:
        return json.loads(raw, parse_constant=_reject_constant, parse_float=_finite)
    except RecursionError:  # "[[[[…" nested thousands deep
        raise ValueError("nested too deeply") from None


def body_text(name: str) -> str:
    """A string field of the JSON body, or "" (for rate-limit keys: never raises)."""
    if "api_body" not in g:
        try:
            g.api_body = _parse(request.get_data(cache=True)) if request.content_length else None
        except ValueError:
            g.api_body = None
    value = g.api_body.get(name) if isinstance(g.api_body, dict) else None
    return value if isinstance(value, str) else ""


def read_json() -> dict[str, Any]:
    """The request body as a JSON object (``{}`` when empty): 400 when not JSON or not an object.

    Strings are checked once here (no NUL characters, no lone surrogates), so no field can carry
    text the database would refuse; deep nesting is refused before it can exhaust the stack.
    """
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    try:
        data = _parse(raw)
    except ValueError:
        raise ApiError(400, "The body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise ApiError(400, 'The body must be a JSON object, like {"name": "..."}.')
    for key, item in data.items():
        _check_strings(item, 1, key)
        _check_text(key, key)
    return data


def _check_strings(value: Any, depth: int, field: str) -> None:
    if depth > MAX_DEPTH:
        raise ApiError(400, "The body is nested too deeply.")
    if isinstance(value, str):
        _check_text(value, field)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, field)
            _check_strings(item, depth + 1, field)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, depth + 1, field)


def _check_text(text: str, field: str) -> None:
    if "\x00" in text:
        raise ApiError(422, f"{field}: text must not hold NUL characters.", field=field)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(
            422, f"{field}: text must be valid Unicode (no lone surrogates).", field=field
        ) from None
