"""Browser tests (``make e2e``): the real app on a free port, driven by Debian's Chromium.

Fixtures
- ``live_server`` (one per test module): the app served by Werkzeug in a thread on
  127.0.0.1:<free port>, on a fresh SQLite database in a temporary folder, set up by the app's
  own ``flask demo`` (migrations, seed stories, the demo teacher ``e2e_kit.DEMO_USERNAME`` /
  ``DEMO_PASSWORD``, a demo class). Fields: ``url``, ``app``, ``join_code``, ``teacher_id``,
  ``class_id``; ``path("/x")`` gives a full URL. The tests of one module share it (use
  ``unique_nickname()``); each module gets its own database, so one file's changes (approving
  questions, assigning) never disturb another's. Long analyses run at once in the request (the
  queue's immediate mode) unless the test module sets ``JOB_QUEUE = True``: then the queue is a
  SQLite file beside the database and its consumer runs as ``make run`` starts it (``flask jobs``
  in a process of its own), so a long paste shows its real progress page.
- ``browser`` (session): Chromium from /usr/bin/chromium (Playwright never downloads a browser).
- ``phone`` and ``desktop``: a fresh page (own cookies) at 390×844 and 1280×800.
- ``new_page("phone" | "desktop")``: more pages, e.g. two students at once.
Helpers are plain functions in ``e2e_kit`` (sign_in, join, shoot, assert_accessible, …).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent))

from e2e_kit import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DESKTOP,
    PHONE,
    LiveServer,
    watch,
)

if not os.path.exists(CHROMIUM):  # pragma: no cover - make e2e installs it
    pytest.exit(f"{CHROMIUM} is missing: run `make e2e`, which installs Debian's chromium.", 2)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _load_demo(app) -> tuple[str, int, int]:
    """Run the app's own ``flask demo``; return the demo class's code, the teacher and class ids."""
    import sqlalchemy as sa

    from quiz.db import db
    from quiz.models import Classroom, User

    result = app.test_cli_runner().invoke(args=["demo"], env={"DEMO_PASSWORD": DEMO_PASSWORD})
    assert result.exit_code == 0, result.output
    with app.app_context():
        teacher = db.session.scalar(User.by_username(DEMO_USERNAME))
        classroom = db.session.scalar(
            sa.select(Classroom).where(Classroom.teacher_id == teacher.id)
        )
        return classroom.join_code, teacher.id, classroom.id


ROOT = Path(__file__).resolve().parents[2]


def _start_consumer(settings: dict, log: Path) -> subprocess.Popen:
    """``flask jobs`` on the module's queue and database, in a process of its own (as make run)."""
    env = os.environ | {
        "DATABASE_URL": settings["DATABASE_URL"],
        "JOBS_URL": settings["JOBS_URL"],
        "SECRET_KEY": settings["SECRET_KEY"],
    }
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "jobs"]
    with log.open("wb") as out:
        consumer = subprocess.Popen(  # noqa: S603 - our own interpreter and app
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        consumer.wait(timeout=1)  # still running after a second: it started
    except subprocess.TimeoutExpired:
        return consumer
    pytest.fail(f"the job queue's consumer stopped at once:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def live_server(request, tmp_path_factory) -> Iterator[LiveServer]:
    from quiz import create_app
    from quiz.config import TestConfig

    folder = tmp_path_factory.mktemp("live")
    queue = getattr(request.module, "JOB_QUEUE", False)
    settings = TestConfig.as_dict() | {
        "TESTING": False,  # behave as served: real error pages, limits on
        "DATABASE_URL": f"sqlite:///{folder / 'e2e.db'}",
        "INSTANCE_PATH": str(folder / "instance"),
        # One test session signs in and joins from one address many times.
        "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute",
        "JOIN_LIMIT_PER_ADDRESS": "1000 per minute",
    }
    if queue:
        settings["JOBS_URL"] = f"sqlite:///{folder / 'jobs.db'}"
    app = create_app(settings)
    consumer = _start_consumer(settings, folder / "jobs.log") if queue else None
    join_code, teacher_id, class_id = _load_demo(app)
    port = _free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="e2e-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", app, join_code, teacher_id, class_id)
    finally:
        if consumer is not None:
            consumer.terminate()
            consumer.wait(timeout=10)
        server.shutdown()
        thread.join(timeout=10)
        app.extensions["db_engine"].dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser) -> Iterator:
    """``new_page("phone" | "desktop")``: a page in its own browser context (own cookies)."""
    contexts = []

    def make(viewport: str = "desktop") -> Page:
        phone = viewport == "phone"
        context = browser.new_context(
            viewport=PHONE if phone else DESKTOP,
            is_mobile=phone,
            has_touch=phone,
            device_scale_factor=2 if phone else 1,
            locale="en-GB",
            timezone_id="UTC",
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return watch(context.new_page())

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_page) -> Page:
    return new_page("phone")


@pytest.fixture
def desktop(new_page) -> Page:
    return new_page("desktop")
