"""Error pages: HTML for the site, the JSON error shape under /api/v1."""

from __future__ import annotations

from typing import TypeVar

from flask import Flask, Response, abort, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from quiz.db import db

API_PREFIX = "/api/v1"
T = TypeVar("T")

# status -> (API code, what the person should read)
MESSAGES = {
    400: (
        "invalid",
        "The request could not be understood. Please check what you sent and try again.",
    ),
    401: ("unauthorized", "Please sign in first."),
    403: ("forbidden", "You do not have access to this page."),
    404: ("not_found", "We could not find that page. It may have been moved or deleted."),
    405: ("invalid", "That action is not allowed here."),
    409: ("conflict", "That conflicts with something already saved."),
    413: (
        "too_large",
        "That upload is too large. The limit is 2 MB; try a shorter text or a smaller file.",
    ),
    422: ("invalid", "Some of what you sent is not valid."),
    429: ("rate_limited", "Too many tries in a short time. Please wait a minute and try again."),
    500: (
        "server_error",
        "Something went wrong on our side. Nothing you entered was half-saved; please try again.",
    ),
}

CSRF_MESSAGE = (
    "This form has expired or was opened in another tab. We reloaded nothing and saved nothing: "
    "go back, reload the page, and send it again."
)


def or_404(row: T | None) -> T:
    """The object, or a 404 (in the caller's shape) when it is missing or not the caller's."""
    if row is None:
        abort(404)
    return row


def wants_json() -> bool:
    """True for API paths, where every answer is JSON."""
    return request.path.startswith(API_PREFIX)


def error_response(status: int, message: str | None = None, code: str | None = None) -> Response:
    """An error in the shape the caller expects: JSON under /api/v1, an HTML page elsewhere."""
    default_code, default_message = MESSAGES.get(status, ("error", "Something went wrong."))
    message = message or default_message
    if wants_json():
        resp = jsonify(error={"code": code or default_code, "message": message})
    else:
        resp = Response(render_template("errors/error.html", status=status, message=message))
    resp.status_code = status
    return resp


def handle_http(exc: HTTPException) -> Response:
    status = exc.code or 500
    if isinstance(exc, CSRFError):
        return error_response(400, CSRF_MESSAGE, "invalid")
    detail = exc.description if status in (400, 409, 422) and _own_description(exc) else None
    resp = error_response(status, detail)
    original = exc.get_response().headers
    for header in ("Retry-After", "Allow"):
        if original.get(header):
            resp.headers[header] = original[header]
    return resp


def _own_description(exc: HTTPException) -> bool:
    """True when the description was written by our code rather than Werkzeug's default text."""
    return exc.description != type(exc).description


def handle_unexpected(exc: Exception) -> Response:
    """Roll back the half-done transaction, log the error, answer a calm 500."""
    db.session.rollback()
    if not isinstance(exc, InternalServerError):
        current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return error_response(500)


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_unexpected)
