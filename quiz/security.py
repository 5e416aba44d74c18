"""What every response and request goes through: security headers, body size, NUL bytes, ids.

- Headers on every answer: a Content-Security-Policy the pages satisfy (scripts and styles only
  from our own static files — no inline script or ``style=""``), no framing, no MIME sniffing, a
  same-origin Referer, HSTS in production, and ``Cache-Control: no-store`` on everything but
  static files (pages show PINs, tokens and pupils' names).
- A chunked body (no Content-Length) is read up to the 2 MB limit and refused with 413 beyond
  it — never silently cut.
- A NUL character in any form field or query parameter is refused with 400 before a view (and so
  the database, which would refuse it with an error) sees it.
- ``<int:…>`` in every route only matches ids a database integer column can hold, so an id past
  the range is a plain 404.
"""

from __future__ import annotations

import io

from flask import Flask, abort, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # a 32-bit signed integer column (PostgreSQL's INTEGER)
MAX_PAGE = 100_000

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
HSTS = "max-age=31536000; includeSubDomains"
NUL_MESSAGE = "Text must not contain NUL characters (\\0). Remove them and send it again."


class IdConverter(IntegerConverter):
    """``<int:…>``: a non-negative integer no larger than a database integer column holds."""

    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def page_number(name: str = "page") -> int:
    """A page number from the query string: 1 when absent or not a number, at most MAX_PAGE."""
    value = request.args.get(name, 1, type=int) or 1
    return min(max(value, 1), MAX_PAGE)


def id_field(name: str, source: str = "args") -> int | None:
    """An id from the query string (or ``source="form"``): None unless a database could hold it."""
    values = request.form if source == "form" else request.args
    value = values.get(name, type=int)
    return value if value is not None and 0 < value <= MAX_ID else None


class ChunkedBodyLimit:
    """WSGI middleware: buffer a body sent without Content-Length (chunked) up to ``limit`` bytes.

    Within the limit the app sees an ordinary body with a Content-Length; past it the app sees a
    Content-Length over the limit, so reading the body raises 413 through the usual error pages.
    """

    def __init__(self, wsgi_app, limit: int) -> None:
        self.wsgi_app, self.limit = wsgi_app, limit

    def __call__(self, environ, start_response):
        # Transfer-Encoding wins over any Content-Length sent beside it (RFC 9112, 6.3).
        if "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            body = self._read(environ["wsgi.input"])
            environ.pop("HTTP_TRANSFER_ENCODING", None)
            if len(body) > self.limit:
                body, length = b"", self.limit + 1
            else:
                length = len(body)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(length)
        return self.wsgi_app(environ, start_response)

    def _read(self, stream) -> bytes:
        parts, size = [], 0
        while size <= self.limit:
            part = stream.read(min(65536, self.limit + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
        return b"".join(parts)


def _refuse_nul() -> None:
    if request.endpoint == "static":
        return
    fields = [*request.args.items(multi=True)]
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and request.mimetype in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        fields += request.form.items(multi=True)
    if any("\x00" in key or "\x00" in value for key, value in fields):
        abort(400, NUL_MESSAGE)


def _add_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.config.get("QUIZ_ENV") == "production":
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        response.headers.pop("Expires", None)
    return response


def init_app(app: Flask) -> None:
    """Register before the blueprints: the id converter applies to the routes added after it."""
    app.url_map.converters["int"] = IdConverter
    app.wsgi_app = ChunkedBodyLimit(app.wsgi_app, app.config["MAX_CONTENT_LENGTH"])
    if proxies := int(app.config.get("TRUSTED_PROXIES") or 0):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
    app.before_request(_refuse_nul)
    app.after_request(_add_headers)
