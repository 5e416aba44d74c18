"""Long analyses run in the job queue (Huey), not in the request: the request returns at once, the
page shows the progress, then the stories; a failure is shown and the text is never lost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

import questions
from quiz import jobs
from quiz.db import Base, db, utcnow
from quiz.extensions import limiter
from quiz.models import ImportJob, Story, User
from quiz.services import import_jobs

ROOT = Path(__file__).resolve().parents[3]
PARAGRAPH = (
    "The city council has approved a new budget that raises spending on schools by 4%.\n"
    "Mayor Jane Ortiz said the plan would “put classrooms first” and denied that taxes "
    "would rise.\n"
    "Opposition councillors claimed the figures did not add up.\n"
)
LIMIT = 300  # texts longer than this go to the queue in these tests
LONG = PARAGRAPH * 3  # one story, over LIMIT


def _app(make_app, **overrides):
    app = make_app(ANALYSE_INLINE_MAX_CHARS=LIMIT, **overrides)
    with app.app_context():
        Base.metadata.create_all(db.engine)
    limiter.reset()
    return app


@pytest.fixture
def queue_url() -> str:
    """A queue nobody consumes until the test says so (jobs.run_pending)."""
    return "memory"


@pytest.fixture
def app(make_app, queue_url, tmp_path):
    url = f"sqlite:///{tmp_path / 'jobs.db'}" if queue_url == "sqlite" else queue_url
    return _app(make_app, JOBS_URL=url)


@pytest.fixture
def signed_in(client, auth, teacher):
    auth.login()
    return client


def post_story(client, csrf, text, **fields):
    data = {"csrf_token": csrf(client, "/teach/stories/new"), "text": text, "title": ""} | fields
    return client.post("/teach/stories/new", data=data, content_type="multipart/form-data")


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def the_job(app) -> ImportJob:
    with app.app_context():
        job = db.session.scalars(sa.select(ImportJob)).one()
        db.session.expunge(job)
        return job


@pytest.fixture
def engine_calls(monkeypatch):
    """Every call of the engine's analysis, recorded (and passed on)."""
    calls = []
    real = questions.analyze

    def spy(text, **kw):
        calls.append(len(text))
        return real(text, **kw)

    monkeypatch.setattr(questions, "analyze", spy)
    return calls


def test_a_long_paste_is_queued_and_the_request_runs_no_analysis(
    app, signed_in, csrf, engine_calls
):
    started = time.perf_counter()
    response = post_story(signed_in, csrf, LONG, title="Budget night")
    elapsed = time.perf_counter() - started
    assert response.status_code == 302
    job = the_job(app)
    assert response.headers["Location"] == f"/teach/imports/{job.id}"
    assert engine_calls == [] and elapsed < 2  # the request did not analyse anything
    assert job.status == "queued" and job.text == LONG and count(app, Story) == 0
    page = signed_in.get(f"/teach/imports/{job.id}").get_data(as_text=True)
    assert "Waiting for its turn" in page and "Budget night" in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert f'href="/teach/imports/{job.id}">Refresh</a>' in page
    assert "import_job.js" in page
    listing = signed_in.get("/teach/stories").get_data(as_text=True)
    assert "Being analysed" in listing and "waiting" in listing
    assert signed_in.get(f"/teach/imports/{job.id}/state").get_json()["status"] == "queued"

    assert jobs.run_pending(app) == 1
    assert engine_calls == [len(LONG)]
    done = signed_in.get(f"/teach/imports/{job.id}")
    assert done.status_code == 302 and "/teach/stories/" in done.headers["Location"]
    assert count(app, Story) == 1 and the_job(app).text == ""  # stored as a story now
    assert "Being analysed" not in signed_in.get("/teach/stories").get_data(as_text=True)


def test_a_short_paste_is_still_analysed_in_the_request(app, signed_in, csrf, engine_calls):
    response = post_story(signed_in, csrf, PARAGRAPH)
    assert response.status_code == 302 and "/teach/stories/" in response.headers["Location"]
    assert engine_calls == [len(PARAGRAPH)] and count(app, ImportJob) == 0


def test_progress_passes_through_every_step(app, signed_in, csrf, monkeypatch):
    post_story(signed_in, csrf, LONG)
    job_id = the_job(app).id
    seen = []
    real = import_jobs._set

    def record(jid, **values):
        real(jid, **values)
        row = db.session.get(ImportJob, jid)
        db.session.refresh(row)
        seen.append((row.status, row.step))
        page = signed_in.get(f"/teach/imports/{jid}").get_data(as_text=True)
        if row.status == "running":
            assert f"of {len(import_jobs.STEPS)}: {import_jobs.STEPS[row.step]}" in page

    monkeypatch.setattr(import_jobs, "_set", record)
    jobs.run_pending(app)
    assert seen == [
        ("running", "analysing"),
        ("running", "analysing"),
        ("running", "questions"),
        ("running", "saving"),
    ]
    assert the_job(app).status == "done" and the_job(app).story_ids
    state = signed_in.get(f"/teach/imports/{job_id}/state").get_json()
    assert state["status"] == "done" and state["story_ids"] == the_job(app).story_ids


def test_a_failed_analysis_is_shown_and_the_text_comes_back(app, signed_in, csrf, monkeypatch):
    post_story(signed_in, csrf, LONG, title="Kept title", outlet="Kept outlet")
    job_id = the_job(app).id

    def broken(text, **kw):
        raise RuntimeError("engine broke")

    monkeypatch.setattr(questions, "analyze", broken)
    jobs.run_pending(app)
    job = the_job(app)
    assert job.status == "failed" and job.error == import_jobs.UNEXPECTED
    assert job.text == LONG and count(app, Story) == 0
    response = signed_in.get(f"/teach/imports/{job_id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "unexpected error" in page and 'role="alert"' in page
    assert "Try again" in page and "Opposition councillors claimed" in page
    assert 'value="Kept title"' in page and 'value="Kept outlet"' in page
    assert "refresh" not in page.lower().split("</head>")[0]  # no more refreshing
    assert "failed" in signed_in.get("/teach/stories").get_data(as_text=True)
    token = csrf(signed_in, f"/teach/imports/{job_id}")
    signed_in.post(f"/teach/imports/{job_id}/discard", data={"csrf_token": token})
    assert count(app, ImportJob) == 0


def test_a_text_the_engine_refuses_says_why(app, signed_in, csrf):
    furniture = "Advertisement\nImage: a caption. Pic: AP\n" * 12
    post_story(signed_in, csrf, furniture)
    jobs.run_pending(app)
    job = the_job(app)
    assert job.status == "failed" and "No story text was found" in job.error
    assert job.text == furniture


def test_another_teachers_job_is_not_found(app, signed_in, csrf, another, make_teacher):
    post_story(signed_in, csrf, LONG)
    job_id = the_job(app).id
    make_teacher("mr-other")
    other, other_auth = another()
    other_auth.login("mr-other")
    for path in (f"/teach/imports/{job_id}", f"/teach/imports/{job_id}/state"):
        response = other.get(path)
        assert response.status_code == 404 and "councillors" not in response.get_data(as_text=True)
    token = csrf(other, "/teach/stories/new")
    assert (
        other.post(f"/teach/imports/{job_id}/discard", data={"csrf_token": token}).status_code
        == 404
    )
    assert count(app, ImportJob) == 1


def test_a_queue_that_cannot_be_reached_keeps_the_text(app, signed_in, csrf, monkeypatch):
    def down(job_id):
        raise ConnectionError("queue down")

    monkeypatch.setattr(app.extensions["jobs"], "enqueue", down)
    response = post_story(signed_in, csrf, LONG)
    assert response.status_code == 302
    job = the_job(app)
    assert job.status == "failed" and "could not be reached" in job.error and job.text == LONG


def test_the_api_answers_202_with_the_job_then_its_stories(app, client, teacher, make_teacher):
    def call(method, path, token=None, json=None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.open(f"/api/v1{path}", method=method, json=json, headers=headers)

    def token_of(username):
        body = {"username": username, "password": "correct horse battery"}
        return call("POST", "/tokens", json=body).get_json()["token"]

    token = token_of("ms-rivera")
    response = call("POST", "/stories", token, {"title": "Budget night", "text": LONG})
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert body["status"] == "queued" and body["story_ids"] == []
    assert call("GET", f"/imports/{body['id']}", token).get_json()["status"] == "queued"
    jobs.run_pending(app)
    done = call("GET", f"/imports/{body['id']}", token).get_json()
    assert done["status"] == "done" and len(done["story_ids"]) == 1
    story = call("GET", f"/stories/{done['story_ids'][0]}", token).get_json()
    assert story["title"] == "Budget night"
    make_teacher("mr-other")
    assert call("GET", f"/imports/{body['id']}", token_of("mr-other")).status_code == 404
    short = call("POST", "/stories", token, {"title": "Short", "text": PARAGRAPH + "More.\n"})
    assert short.status_code == 201


@pytest.mark.parametrize("queue_url", ["immediate"])
def test_in_immediate_mode_the_job_is_done_when_the_page_opens(app, signed_in, csrf):
    response = post_story(signed_in, csrf, LONG)
    follow = signed_in.get(response.headers["Location"])
    assert follow.status_code == 302 and "/teach/stories/" in follow.headers["Location"]
    with app.app_context():
        assert db.session.scalar(sa.select(ImportJob.status)) == "done"


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "sqlite").startswith("sqlite"),
    reason="the consumer process is tested on the SQLite set-up `make run` uses",
)
@pytest.mark.parametrize("queue_url", ["sqlite"])
def test_make_runs_consumer_analyses_a_queued_job_on_sqlite(app, teacher, database_url):
    """`flask jobs` (what `make run` starts beside gunicorn) takes the job from Huey's SQLite
    queue and stores the story."""
    queue = app.config["JOBS_URL"]
    with app.app_context():
        owner = db.session.get(User, teacher)
        job_id = import_jobs.create(db.session, owner, LONG, {}, split=True).id
        db.session.commit()
        jobs.jobs().enqueue(job_id)
    env = os.environ | {
        "DATABASE_URL": database_url,
        "JOBS_URL": queue,
        "SECRET_KEY": "test-secret-key-not-for-production",
    }
    proc = subprocess.Popen(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "flask", "--app", "wsgi", "jobs"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            with app.app_context():
                status = db.session.scalar(
                    sa.select(ImportJob.status).where(ImportJob.id == job_id)
                )
            if status in ("done", "failed"):
                break
            time.sleep(0.2)
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert status == "done", out.decode(errors="replace")[-2000:]
    assert count(app, Story) == 1
    assert re.search(r"Job queue: sqlite:///", out.decode(errors="replace"))


def test_a_job_left_running_by_a_stopped_consumer_fails_with_its_text(app, signed_in, csrf):
    post_story(signed_in, csrf, LONG)
    job_id = the_job(app).id
    with app.app_context():
        row = db.session.get(ImportJob, job_id)
        row.status, row.step = "running", "analysing"
        row.started_at = row.created_at = utcnow() - timedelta(minutes=30)
        db.session.commit()
    page = signed_in.get(f"/teach/imports/{job_id}").get_data(as_text=True)
    assert "stopped before it finished" in page and "Opposition councillors claimed" in page
    assert the_job(app).status == "failed"


def test_a_job_waiting_for_minutes_says_the_worker_may_be_down(app, signed_in, csrf):
    post_story(signed_in, csrf, LONG)
    job_id = the_job(app).id
    assert "may not be running" not in signed_in.get(f"/teach/imports/{job_id}").get_data(
        as_text=True
    )
    with app.app_context():
        db.session.get(ImportJob, job_id).created_at = utcnow() - timedelta(minutes=5)
        db.session.commit()
    assert "may not be running" in signed_in.get(f"/teach/imports/{job_id}").get_data(as_text=True)
    assert signed_in.get(f"/teach/imports/{job_id}/state").get_json()["waiting_long"] is True
