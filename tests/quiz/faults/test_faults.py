"""Faults: SQLite busy, a gunicorn worker killed mid-burst, PostgreSQL connections dropped.

- SQLite busy: another connection holds the write lock for a second; the request waits (busy
  timeout) and succeeds — never "database is locked" for the person.
- A worker killed (SIGKILL) in the middle of a burst of answers: gunicorn starts a new one; the
  clients retry what failed; afterwards every student has exactly one answer per question and the
  scores add up (nothing lost, nothing counted twice).
- PostgreSQL: every connection of the app is terminated (what a server restart does to a pool);
  the app answers again within seconds. And a real restart, of a private throwaway PostgreSQL
  server (initdb in a temporary folder, its own port; the shared one is never touched): the app
  answers again within seconds, nothing lost or doubled (skipped when initdb/pg_ctl are missing).
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from quiz.db import db, migrate
from quiz.models import (
    Answer,
    ApiToken,
    Assignment,
    Attempt,
    Classroom,
    Membership,
    Question,
    QuestionSet,
    QuestionStatus,
    Role,
    SetItem,
    User,
    casefold_key,
)

ROOT = Path(__file__).resolve().parents[3]
GUNICORN = Path(sys.executable).parent / "gunicorn"


def seed_quiz(app, students: int, questions: int) -> dict:
    """A class with ``students`` students (API tokens, attempts started) and a set of questions."""
    with app.app_context():
        migrate(db.engine)
        teacher = User(role=Role.TEACHER, username="fault-teacher", username_key="fault-teacher")
        teacher.password_hash = generate_password_hash("fault teacher pw", "pbkdf2:sha256:1000")
        classroom = Classroom(name="Faults", join_code="FLT234", teacher=teacher)
        db.session.add(classroom)
        db.session.flush()
        rows = [
            Question(
                owner_id=teacher.id,
                kind="fact_or_claim",
                skill="Fact or claim",
                prompt=f"Question {i}?",
                options=["Fact", "Claim"],
                answer=i % 2,
                status=QuestionStatus.APPROVED,
            )
            for i in range(questions)
        ]
        db.session.add_all(rows)
        db.session.flush()
        qset = QuestionSet(owner_id=teacher.id, title="Faults")
        qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(rows)]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=classroom.id, set_id=qset.id)
        db.session.add(assignment)
        db.session.flush()
        players = []
        for i in range(students):
            user = User(role=Role.STUDENT, nickname=f"Player {i}")
            db.session.add(
                Membership(classroom=classroom, user=user, nickname_key=casefold_key(user.nickname))
            )
            token, secret = ApiToken.issue(user)
            db.session.add(token)
            db.session.flush()
            attempt = Attempt(assignment_id=assignment.id, student_id=user.id)
            db.session.add(attempt)
            db.session.flush()
            players.append({"token": secret, "attempt": attempt.id})
        db.session.commit()
        return {
            "players": players,
            "questions": [q.id for q in rows],
            "answers": [i % 2 for i in range(questions)],
        }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """``gunicorn wsgi:app`` on a free port against ``database_url``."""

    def __init__(self, database_url: str, tmp: Path, workers: int = 2) -> None:
        self.port = _free_port()
        env = os.environ | {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "fault-test-secret",
            "RATELIMIT_STORAGE_URI": "memory://",
        }
        self.log = open(tmp / "gunicorn.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                str(GUNICORN),
                "--workers",
                str(workers),
                "--threads",
                "4",
                "--graceful-timeout",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "wsgi:app",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/healthz")[0] == 200 and len(self.workers()) == workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not start: " + (tmp / "gunicorn.log").read_text()[-2000:])

    def request(self, method: str, path: str, body=None, token: str | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            headers = {"Content-Type": "application/json"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            data = json.dumps(body) if body is not None else None
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def workers(self) -> list[int]:
        """The pids of the master's worker processes."""
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.proc.pid:
                pids.append(int(entry.name))
        return pids

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def test_sqlite_busy_waits_and_succeeds(app, client, classroom, db_kind, tmp_path):
    if db_kind != "sqlite":
        pytest.skip("SQLite's write lock only")
    url = app.config["DATABASE_URL"].removeprefix("sqlite:///")
    import sqlite3

    holder = sqlite3.connect(url, timeout=5, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, as a long write in another worker holds it
    holder.execute("UPDATE classes SET name = name")
    released = threading.Timer(1.0, holder.commit)
    released.start()
    try:
        start = time.perf_counter()
        response = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "Sam"})
        waited = time.perf_counter() - start
    finally:
        released.join()
        holder.close()
    assert response.status_code == 201, response.get_json()
    assert waited >= 0.8, "the request did not meet the lock (the test proves nothing)"


def _answer_with_retry(server: Gunicorn, player: dict, question: int, choice: int) -> int:
    """Send one answer, retrying on a dropped connection or a 5xx, as the student's page does."""
    for attempt in range(8):
        try:
            status, _ = server.request(
                "POST",
                f"/api/v1/attempts/{player['attempt']}/answers",
                {"question_id": question, "choice": choice},
                player["token"],
            )
        except (OSError, http.client.HTTPException):  # the worker died mid-answer
            status = None
        if status in (200, 201):
            return status
        time.sleep(0.2 * (attempt + 1))
    return status or 0


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed in this environment")
def test_a_worker_killed_mid_burst_loses_or_doubles_no_answer(make_app, database_url, tmp_path):
    app = make_app()
    quiz = seed_quiz(app, students=30, questions=3)
    server = Gunicorn(database_url, tmp_path)
    try:
        jobs = [
            (player, question, choice)
            for question, choice in zip(quiz["questions"], quiz["answers"], strict=True)
            for player in quiz["players"]
        ]
        killed = []

        def kill_one_worker() -> None:
            time.sleep(0.3)
            victim = server.workers()[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

        killer = threading.Thread(target=kill_one_worker)
        killer.start()
        with ThreadPoolExecutor(max_workers=12) as pool:
            statuses = list(pool.map(lambda job: _answer_with_retry(server, *job), jobs))
        killer.join()
        assert killed, "no worker was killed"
        assert all(s in (200, 201) for s in statuses), statuses
    finally:
        server.stop()
    with app.app_context():
        pairs = db.session.execute(
            sa.select(Answer.attempt_id, Answer.question_id, sa.func.count()).group_by(
                Answer.attempt_id, Answer.question_id
            )
        ).all()
        assert len(pairs) == len(jobs), "an answer was lost"
        assert all(count == 1 for *_, count in pairs), "an answer was stored twice"
        scores = db.session.execute(sa.select(Attempt.id, Attempt.score)).all()
        points = dict(
            db.session.execute(
                sa.select(Answer.attempt_id, sa.func.sum(Answer.points)).group_by(Answer.attempt_id)
            ).all()
        )
        assert all(score == points.get(attempt, 0) for attempt, score in scores), "a score drifted"


def test_postgresql_connections_dropped_the_app_answers_again(make_app, database_url, db_kind):
    if db_kind != "postgresql":
        pytest.skip("PostgreSQL only (make test-pg)")
    name = "fault-" + os.urandom(4).hex()
    app = make_app(DATABASE_URL=f"{database_url}&application_name={name}")
    quiz = seed_quiz(app, students=1, questions=1)
    client = app.test_client()
    player = quiz["players"][0]
    headers = {"Authorization": f"Bearer {player['token']}"}
    assert client.get("/api/v1/assignments", headers=headers).status_code == 200
    admin = sa.create_engine(os.environ["DATABASE_URL"], poolclass=sa.pool.NullPool)
    with admin.begin() as conn:
        killed = conn.execute(
            sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name = :name"
            ),
            {"name": name},
        ).scalar()
    admin.dispose()
    assert killed >= 1, "the app held no connection to drop (the test proves nothing)"
    deadline = time.monotonic() + 5
    statuses = []
    while time.monotonic() < deadline:
        statuses.append(client.get("/api/v1/assignments", headers=headers).status_code)
        if statuses[-1] == 200:
            break
        time.sleep(0.2)
    assert statuses[-1] == 200, statuses
    body = {"question_id": quiz["questions"][0], "choice": quiz["answers"][0]}
    answer = client.post(
        f"/api/v1/attempts/{player['attempt']}/answers", json=body, headers=headers
    )
    assert answer.status_code == 201


def _pg_binaries() -> tuple[Path, Path] | None:
    """initdb and pg_ctl of this machine's PostgreSQL, if any."""
    import shutil  # noqa: PLC0415

    found = [shutil.which(name) for name in ("initdb", "pg_ctl")]
    if all(found):
        return Path(found[0]), Path(found[1])
    for bindir in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir / "initdb", bindir / "pg_ctl"
    return None


class PrivatePostgres:
    """A throwaway PostgreSQL server of its own (initdb in a temporary folder, its own port and
    socket folder), so restarting it touches nobody else's database. As root it runs as the
    ``postgres`` system user (PostgreSQL refuses to run as root)."""

    def __init__(self, initdb: Path, pg_ctl: Path, root: Path) -> None:
        import pwd  # noqa: PLC0415

        self.pg_ctl, self.root = pg_ctl, root
        self.user = None
        if os.geteuid() == 0:
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
            self.user = "postgres"
            os.chown(root, entry.pw_uid, entry.pw_gid)
        self.data, self.sock, self.log = root / "data", root / "sock", root / "server.log"
        self._run([str(initdb), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-N"])
        self._run(["mkdir", "-p", str(self.sock)])
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(argv, capture_output=True, user=self.user, timeout=120, check=False)  # noqa: S603
        if done.returncode:
            log = self.log.read_text(errors="replace")[-1500:] if self.log.exists() else ""
            raise RuntimeError(f"{argv[0]} failed: {done.stderr.decode(errors='replace')}\n{log}")

    def _ctl(self, *args: str) -> None:
        opts = f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run([str(self.pg_ctl), "-D", str(self.data), "-o", opts, "-l", str(self.log),
                   "-w", "-t", "60", *args])  # fmt: skip

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "stop")

    def restart(self) -> None:
        self._ctl("-m", "fast", "restart")


@pytest.fixture
def private_pg():
    import shutil  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    binaries = _pg_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl are not installed here")
    # Not under pytest's own temporary folder: the postgres user must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="quiz-private-pg-"))
    try:
        server = PrivatePostgres(*binaries, root)
        server.start()
        try:
            yield server
        finally:
            try:
                server.stop()
            except RuntimeError:
                pass
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_postgresql_restarted_during_a_quiz_the_app_answers_again(make_app, private_pg):
    """A real restart of a PostgreSQL server (a private one: see PrivatePostgres) in the middle
    of a quiz: the app answers again within seconds, every answer is stored once, scores add up."""
    app = make_app(DATABASE_URL=private_pg.url)
    quiz = seed_quiz(app, students=2, questions=3)
    client = app.test_client()
    first, second = quiz["players"]

    def answer(player, n):
        body = {"question_id": quiz["questions"][n], "choice": quiz["answers"][n]}
        headers = {"Authorization": f"Bearer {player['token']}"}
        return client.post(
            f"/api/v1/attempts/{player['attempt']}/answers", json=body, headers=headers
        )

    assert answer(first, 0).status_code == 201
    assert answer(second, 0).status_code == 201
    restarted = time.monotonic()
    private_pg.restart()  # every connection in the app's pool is now dead
    deadline = time.monotonic() + 10
    statuses = []
    while time.monotonic() < deadline:
        statuses.append(answer(first, 1).status_code)
        if statuses[-1] in (200, 201):
            break
        time.sleep(0.2)
    back_after = time.monotonic() - restarted
    print(f"answered again {back_after:.2f} s after the restart began; statuses {statuses}")
    assert statuses[-1] == 201, statuses
    assert back_after < 10
    assert answer(first, 1).status_code == 200  # the same answer again: counted once
    assert answer(second, 1).status_code == 201
    assert answer(first, 2).status_code == 201
    with app.app_context():
        pairs = db.session.execute(
            sa.select(Answer.attempt_id, Answer.question_id, sa.func.count()).group_by(
                Answer.attempt_id, Answer.question_id
            )
        ).all()
        assert len(pairs) == 5 and all(count == 1 for *_, count in pairs)
        points = dict(
            db.session.execute(
                sa.select(Answer.attempt_id, sa.func.sum(Answer.points)).group_by(Answer.attempt_id)
            ).all()
        )
        for attempt, score in db.session.execute(sa.select(Attempt.id, Attempt.score)).all():
            assert score == points.get(attempt, 0), "a score drifted"
    app.extensions["db_engine"].dispose()
