"""Error pages answer HTML on the site and the JSON error shape under /api/v1; never a raw 500."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from werkzeug.exceptions import Forbidden

from quiz.db import db
from quiz.models import User


@pytest.fixture
def failing_app(make_app):
    """An app with routes that fail, on the site and under the API prefix."""
    app = make_app()

    def boom():
        db.session.add(User(role="teacher", username="half", username_key="half"))
        db.session.flush()
        raise RuntimeError("something broke")

    def forbidden():
        raise Forbidden()

    def echo():
        from flask import jsonify, request

        return jsonify(request.get_json())

    app.add_url_rule("/boom", "boom", boom)
    app.add_url_rule("/api/v1/boom", "api_boom", boom)
    app.add_url_rule("/api/v1/forbidden", "api_forbidden", forbidden)
    app.add_url_rule("/forbidden", "forbidden", forbidden)
    app.add_url_rule("/api/v1/echo", "api_echo", echo, methods=["POST"])
    with app.app_context():
        from quiz.db import Base

        Base.metadata.create_all(db.engine)
    return app


@pytest.mark.parametrize(
    ("path", "status", "html_text"),
    [
        ("/no-such-page", 404, "Page not found"),
        ("/forbidden", 403, "No access"),
        ("/boom", 500, "Something went wrong"),
    ],
)
def test_html_error_pages(failing_app, path, status, html_text, caplog):
    response = failing_app.test_client().get(path)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert html_text in page and "Traceback" not in page and "something broke" not in page


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/v1/no-such-thing", 404, "not_found"),
        ("/api/v1/forbidden", 403, "forbidden"),
        ("/api/v1/boom", 500, "server_error"),
    ],
)
def test_api_errors_are_json(failing_app, path, status, code, caplog):
    response = failing_app.test_client().get(path)
    assert response.status_code == status
    assert response.is_json
    body = response.get_json()
    assert body["error"]["code"] == code and body["error"]["message"]


def test_a_500_rolls_back_the_half_done_work(failing_app, caplog):
    failing_app.test_client().get("/boom")
    with failing_app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 0
    assert "something broke" in caplog.text, "the error is logged for the operator"


def test_too_large_body_answers_413_in_both_shapes(failing_app):
    client = failing_app.test_client()
    big = b"x" * (2 * 1024 * 1024 + 1)
    page = client.post("/join", data=big, content_type="application/octet-stream")
    assert page.status_code == 413 and "2 MB" in page.get_data(as_text=True)
    api = client.post("/api/v1/echo", data=big, content_type="application/json")
    assert api.status_code == 413 and api.get_json()["error"]["code"] == "too_large"


def test_rate_limited_answers_429_in_both_shapes(app, client, csrf):
    app.config["LOGIN_LIMIT_PER_ADDRESS"] = "1 per 5 minutes"
    token = csrf(client, "/login")
    client.post("/login", data={"username": "a", "password": "b", "csrf_token": token})
    token = csrf(client, "/login")
    response = client.post("/login", data={"username": "c", "password": "d", "csrf_token": token})
    assert response.status_code == 429
    assert response.mimetype == "text/html"
    assert "Retry-After" in response.headers or "Too many" in response.get_data(as_text=True)


def test_method_not_allowed_is_a_page_not_a_crash(client):
    response = client.delete("/login")
    assert response.status_code == 405
    assert "not allowed" in response.get_data(as_text=True)


def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_an_unreachable_database(client, monkeypatch):
    def broken(*_a, **_kw):
        raise sa.exc.OperationalError("SELECT 1", {}, Exception("down"))

    monkeypatch.setattr(db.session, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"
