"""One teacher cannot flood the analysis queue: at most MAX_WAITING_JOBS long texts of one account
wait (queued or running) at once; the next is refused with a clear message and its text kept in
the form (page) or a 422 (API), and nothing is queued for it.

Found by the outside probe: any number of 200k-character texts could be queued by one account in a
loop, each stored in the database and each taking the single consumer seconds, so every other
teacher's long import waited behind them.
"""

from __future__ import annotations

import sqlalchemy as sa

from quiz.db import Base, db
from quiz.extensions import limiter
from quiz.models import ImportJob
from quiz.services.import_jobs import MAX_WAITING_JOBS
from tests.quiz.conftest import TEACHER_PASSWORD, csrf_token

LIMIT = 300
TEXT = (
    "The city council has approved a new budget that raises spending on schools by {n}%.\n"
    "Mayor Jane Ortiz said the plan would put classrooms first.\n"
) * 4


def _app(make_app):
    app = make_app(ANALYSE_INLINE_MAX_CHARS=LIMIT, JOBS_URL="memory")
    with app.app_context():
        Base.metadata.create_all(db.engine)
    limiter.reset()
    return app


def _jobs(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(ImportJob))


def test_the_page_refuses_a_long_text_past_the_waiting_cap_and_keeps_it(make_app, teacher):
    app = _app(make_app)
    client = app.test_client()
    token = csrf_token(client, "/login")
    login = {"username": "ms-rivera", "password": TEACHER_PASSWORD, "csrf_token": token}
    assert client.post("/login", data=login).status_code == 302
    for n in range(MAX_WAITING_JOBS):
        data = {"csrf_token": csrf_token(client, "/teach/stories/new"), "text": TEXT.format(n=n)}
        response = client.post("/teach/stories/new", data=data, content_type="multipart/form-data")
        assert response.status_code == 302 and "/teach/imports/" in response.headers["Location"]
    last = TEXT.format(n=99)
    data = {"csrf_token": csrf_token(client, "/teach/stories/new"), "text": last}
    response = client.post("/teach/stories/new", data=data, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code in (400, 422, 429)
    assert "waiting for analysis" in page and "spending on schools by 99%" in page
    assert _jobs(app) == MAX_WAITING_JOBS


def test_the_api_refuses_a_long_text_past_the_waiting_cap(make_app, teacher):
    app = _app(make_app)
    client = app.test_client()
    login = {"username": "ms-rivera", "password": TEACHER_PASSWORD}
    token = client.post("/api/v1/tokens", json=login).json["token"]
    headers = {"Authorization": f"Bearer {token}", "Prefer": "respond-async"}
    for n in range(MAX_WAITING_JOBS):
        response = client.post(
            "/api/v1/stories",
            json={"text": TEXT.format(n=n), "title": f"Budget {n}"},
            headers=headers,
        )
        assert response.status_code == 202, response.json
    response = client.post(
        "/api/v1/stories", json={"text": TEXT.format(n=99), "title": "Budget 99"}, headers=headers
    )
    assert response.status_code == 422, response.json
    assert "waiting for analysis" in response.get_data(as_text=True)
    assert _jobs(app) == MAX_WAITING_JOBS
