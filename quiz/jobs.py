"""The job queue: long story analyses run outside the request worker, by Huey (huey==3.5.4).

``JOBS_URL`` says where the queue lives:

- ``sqlite:///path`` (default: ``instance/jobs.db``): Huey's SQLite storage. ``make run`` starts one
  consumer process (``flask jobs``) beside gunicorn, so nothing else needs starting by hand.
- ``redis://…``: Huey's Redis storage (production, with ``flask jobs`` run as its own service).
- ``immediate``: no queue: a job runs at once in the caller (the test suite; Huey's immediate mode
  runs the same code paths a consumer does).
- ``memory``: an in-memory queue nobody consumes until :func:`run_pending` (tests of the states
  a job passes through).

The task itself only names a job row (:class:`quiz.models.ImportJob`): the text and the progress
live in the database, so a page shows them whatever the queue's storage is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey

log = logging.getLogger(__name__)


@dataclass
class Jobs:
    huey: Huey
    analyse: Any  # the Huey task: analyse(job_id)

    def enqueue(self, job_id: int) -> None:
        self.analyse(job_id)


def make_huey(url: str) -> Huey:
    if url == "immediate":
        return MemoryHuey("fact-or-claim", immediate=True, results=False)
    if url == "memory":
        return MemoryHuey("fact-or-claim", results=False)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("fact-or-claim", url=url, results=False)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey("fact-or-claim", filename=str(path), results=False)
    raise ValueError(f"JOBS_URL: unknown queue {url!r} (sqlite:///…, redis://…, immediate, memory)")


def init_app(app: Flask) -> None:
    huey = make_huey(app.config["JOBS_URL"])

    def analyse_import(job_id: int) -> None:
        """Run one import job's analysis in an app context of its own."""
        from quiz.services import import_jobs  # noqa: PLC0415 - the service imports the models

        with app.app_context():
            import_jobs.run(job_id)

    app.extensions["jobs"] = Jobs(huey, huey.task(name="analyse_import")(analyse_import))


def jobs() -> Jobs:
    return current_app.extensions["jobs"]


def run_pending(app: Flask) -> int:
    """Run every job waiting in the queue now, in this process (tests); how many ran."""
    huey = app.extensions["jobs"].huey
    ran = 0
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
        ran += 1
    return ran
