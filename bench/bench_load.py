"""Load: a school of students behind one address join and answer at once (``make bench-load``).

Serves the app as ``make run`` does (gunicorn with ``--gunicorn``: the Makefile passes make run's
one gevent worker) on a fresh database —
SQLite in a temporary folder, and PostgreSQL (a fresh schema) when ``--pg URL`` is given — with one
teacher, one class and an assignment of ``--questions`` questions. Then ``--students`` client
threads, all from 127.0.0.1, wait at a barrier and at once: join the class (POST /api/v1/join),
start the attempt, and answer question 1 (a synchronised burst); then the other questions.

Reports per call: p50/p95/p99 latency, 5xx and other failures, the wall time of the burst, and
checks the database: exactly one answer per student and question, scores equal to the answers'
points. Exit status 1 when a 5xx happened or an answer was lost or doubled.

    python bench/bench_load.py [--students 350] [--questions 3] [--pg postgresql+psycopg://...]
        [--gunicorn "--worker-class gevent --workers 1 --worker-connections 6000"]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kit import free_port, fresh_limits, port_answers, seed_fact_quiz  # noqa: E402
from quiz import create_app  # noqa: E402
from quiz.config import TestConfig  # noqa: E402
from quiz.db import db, migrate  # noqa: E402
from quiz.models import (  # noqa: E402
    Answer,
    Attempt,
)

JOIN_CODE = "LDT234"


def seed(database_url: str, questions: int) -> dict:
    app = create_app(TestConfig.as_dict() | {"DATABASE_URL": database_url, "TESTING": False})
    with app.app_context():
        migrate(db.engine)
        quiz = seed_fact_quiz(
            db.session,
            teacher="load-teacher",
            class_name="Whole school",
            join_code=JOIN_CODE,
            title="Load",
            questions=questions,
        )
        db.session.commit()
        result = {
            "assignment": quiz.assignment.id,
            "questions": [(q.id, q.answer) for q in quiz.questions],
        }
    app.extensions["db_engine"].dispose()
    return result


def serve(database_url: str, port: int, worker_args: str, log: Path, limits: str | None = None):
    env = os.environ | {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-load-secret",
        "RATELIMIT_STORAGE_URI": limits or os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
    }
    gunicorn = Path(sys.executable).parent / "gunicorn"
    proc = subprocess.Popen(
        [str(gunicorn), *shlex.split(worker_args),
         "--backlog", "2048", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("gunicorn did not start:\n" + log.read_text()[-2000:])


class Student(threading.Thread):
    """One student: one keep-alive connection, join → start → answer every question."""

    def __init__(self, n, port, quiz, barriers, timings, failures) -> None:
        super().__init__(daemon=True)
        self.n, self.port, self.quiz = n, port, quiz
        self.barriers, self.timings, self.failures = barriers, timings, failures
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, kind: str, path: str, body: dict, token: str | None = None) -> dict | None:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        start = time.perf_counter()
        for attempt in (1, 2):
            try:
                self.conn.request("POST", path, body=json.dumps(body), headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                status = response.status
                break
            except (OSError, http.client.HTTPException) as exc:
                # The server closes an idle keep-alive connection (gunicorn's keepalive is 2 s);
                # like a browser, open a new one and send again once (answers are idempotent).
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    self.failures[kind].append(f"{type(exc).__name__}")
                    return None
                start = time.perf_counter()
        self.timings[kind].append(time.perf_counter() - start)
        if status >= 400:
            self.failures[kind].append(str(status))
            return None
        return json.loads(data) if data else {}

    def run(self) -> None:
        self.barriers[0].wait()
        joined = self.call(
            "join", "/api/v1/join", {"join_code": JOIN_CODE, "nickname": f"Pupil {self.n}"}
        )
        if joined is None:
            self.barriers[1].wait()
            return
        token = joined["token"]
        attempt = self.call(
            "start", f"/api/v1/assignments/{self.quiz['assignment']}/attempts", {}, token
        )
        self.barriers[1].wait()  # everyone answers question 1 at the same moment
        if attempt is None:
            return
        for n, (question, answer) in enumerate(self.quiz["questions"]):
            self.call(
                "answer",
                f"/api/v1/attempts/{attempt['attempt_id']}/answers",
                {"question_id": question, "choice": answer},
                token,
            )
            if n == 0:
                self.timings["first answer done"].append(time.perf_counter())
        self.conn.close()


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def check(database_url: str, students: int, questions: int) -> tuple[int, int, int]:
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        pairs = conn.execute(
            sa.select(Answer.attempt_id, Answer.question_id, sa.func.count()).group_by(
                Answer.attempt_id, Answer.question_id
            )
        ).all()
        doubled = sum(1 for *_, c in pairs if c != 1)
        points = dict(conn.execute(
            sa.select(Answer.attempt_id, sa.func.sum(Answer.points)).group_by(Answer.attempt_id)
        ).all())  # fmt: skip
        drift = sum(
            1
            for a, s in conn.execute(sa.select(Attempt.id, Attempt.score))
            if s != points.get(a, 0)
        )
    engine.dispose()
    return len(pairs), doubled, drift


def run(label: str, database_url: str, args) -> bool:
    quiz = seed(database_url, args.questions)
    port = free_port()
    workers, limits = args.gunicorn, None
    if label == "PostgreSQL" and args.pg_gunicorn and port_answers(6379):
        # Production's shape (README): several workers over PostgreSQL, limit counters in Redis.
        workers, limits = args.pg_gunicorn, fresh_limits(14)
    args.shown = workers
    with tempfile.TemporaryDirectory() as tmp:
        proc = serve(database_url, port, workers, Path(tmp) / "gunicorn.log", limits)
        try:
            timings, failures = defaultdict(list), defaultdict(list)
            barriers = [threading.Barrier(args.students + 1), threading.Barrier(args.students + 1)]
            crowd = [
                Student(n, port, quiz, barriers, timings, failures) for n in range(args.students)
            ]
            for s in crowd:
                s.start()
            barriers[0].wait()
            start = time.perf_counter()
            barriers[1].wait()
            joined_at = time.perf_counter()
            for s in crowd:
                s.join()
            done = time.perf_counter()
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=20)
    stored, doubled, drift = check(database_url, args.students, args.questions)
    expected = args.students * args.questions
    server_errors = sum(1 for f in failures.values() for x in f if x.startswith("5"))
    print(f"\n== {label}: {args.students} students, {args.questions} questions, "
          f"gunicorn {args.shown}" + (" (limits in Redis)" if limits else ""))  # fmt: skip
    first = max(timings.pop("first answer done", [done])) - start
    print(
        f"   join + start burst: {joined_at - start:.2f} s; joined and answered question 1: "
        f"{first:.2f} s; everything: {done - start:.2f} s"
    )
    for kind in ("join", "start", "answer"):
        t = [x * 1000 for x in timings[kind]]
        print(
            f"   {kind:7s} n={len(t):4d}  p50 {pct(t, 50):7.0f} ms  p95 {pct(t, 95):7.0f} ms  "
            f"p99 {pct(t, 99):7.0f} ms  max {max(t, default=float('nan')):7.0f} ms  "
            f"failures {len(failures[kind])} {sorted(set(failures[kind]))}"
        )
    print(f"   answers stored {stored}/{expected}, doubled {doubled}, score drift {drift}, "
          f"5xx {server_errors}")  # fmt: skip
    return server_errors == 0 and stored == expected and doubled == 0 and drift == 0


def pg_schema_url(base: str) -> tuple[str, callable]:
    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(base, poolclass=sa.pool.NullPool)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}", drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=350)
    parser.add_argument("--questions", type=int, default=3)
    parser.add_argument(
        "--gunicorn",
        default="--worker-class gevent --workers 1 --worker-connections 6000",
        help="gunicorn's worker options (make bench-load passes make run's)",
    )
    parser.add_argument(
        "--pg-gunicorn",
        default="--worker-class gevent --workers 2 --worker-connections 3000",
        help="over PostgreSQL as production runs it, when Redis answers ('' for --gunicorn)",
    )
    parser.add_argument("--pg", help="a PostgreSQL URL: run there too (a fresh schema)")
    parser.add_argument("--only-pg", action="store_true")
    args = parser.parse_args()
    ok = True
    if not args.only_pg:
        with tempfile.TemporaryDirectory() as tmp:
            ok &= run("SQLite", f"sqlite:///{tmp}/load.db", args)
    if args.pg:
        url, drop = pg_schema_url(args.pg)
        try:
            ok &= run("PostgreSQL", url, args)
        finally:
            drop()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
