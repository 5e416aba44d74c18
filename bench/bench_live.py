"""One live game of 2,000 players against gunicorn, through the real pages and the push channel.

    .venv/bin/python bench/bench_live.py [--players 2000] [--questions 10] [--db sqlite|postgresql]

Seeds a fresh database (SQLite file, or a fresh schema of the PostgreSQL database on
127.0.0.1:5432), starts gunicorn as ``make run`` does (one gevent worker; ``--workers`` to
change) on port 5501, then an asyncio client (aiohttp):
  * every player joins the class through /join (its own cookies), opens the game page and its
    Server-Sent Events stream (/live/<game>/events);
  * the teacher (signed in through /login) starts the game; for each question every player who
    sees it on the push channel answers it after a random pause inside a ten-second window;
    the teacher closes it after 10 s and moves on;
  * afterwards the answers are counted in the database.
Prints one line:
``LIVE db=… players=… questions=… answers_sent=… recorded=… lost=… doubled=… errors=…
p95_answer_ms=… p99_answer_ms=… p95_see_question_ms=…``
``lost``: answers the server acknowledged that are not in the database; ``doubled``: questions
with more than one row for a player; ``errors``: 5xx, refused answers, dropped streams.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kit import fresh_limits, port_answers, wait_up  # noqa: E402

PORT = 5501
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TEACHER, PASSWORD = "bench-teacher", "bench-password-123"
WINDOW = 10.0
CSRF_RE = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def seed(url: str, questions: int) -> dict:
    """A teacher, a class and a live assignment of ``questions`` timed questions."""
    from quiz import create_app
    from quiz.db import db, migrate
    from quiz.models import (
        Assignment,
        Classroom,
        Mode,
        Question,
        QuestionSet,
        QuestionStatus,
        Role,
        SetItem,
        User,
    )  # fmt: skip

    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench"})
    with app.app_context():
        migrate(db.engine)
        s = db.session
        teacher = User(role=Role.TEACHER, username=TEACHER, username_key=TEACHER)
        teacher.set_password(PASSWORD)
        s.add(teacher)
        s.flush()
        klass = Classroom(name="Bench school", join_code="LIVE22", teacher_id=teacher.id)
        qset = QuestionSet(owner_id=teacher.id, title="Bench game", settings={})
        s.add_all([klass, qset])
        s.flush()
        qs = [
            Question(owner_id=teacher.id, kind="fact_or_claim", skill="Fact or claim",
                     prompt=f"Question {i + 1}: fact or claim?", options=["Fact", "Claim"],
                     answer=i % 2, explanation="Because.", status=QuestionStatus.APPROVED)
            for i in range(questions)
        ]  # fmt: skip
        s.add_all(qs)
        s.flush()
        s.add_all(SetItem(set_id=qset.id, question_id=q.id, position=i) for i, q in enumerate(qs))
        assignment = Assignment(class_id=klass.id, set_id=qset.id, mode=Mode.LIVE)
        s.add(assignment)
        s.commit()
        out = {"assignment": assignment.id, "class": klass.id, "code": klass.join_code}
    app.extensions["db_engine"].dispose()
    return out


def count_rows(url: str, assignment_id: int) -> tuple[int, int]:
    """(answers stored for the game, (attempt, question) pairs stored more than once)."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.connect() as conn:
        recorded = conn.execute(
            sa.text(
                "SELECT count(*) FROM answers JOIN attempts ON attempts.id = answers.attempt_id "
                "WHERE attempts.assignment_id = :a"
            ),
            {"a": assignment_id},
        ).scalar_one()
        doubled = conn.execute(sa.text(
            "SELECT count(*) FROM (SELECT answers.attempt_id, answers.question_id FROM answers "
            "JOIN attempts ON attempts.id = answers.attempt_id WHERE attempts.assignment_id = :a "
            "GROUP BY answers.attempt_id, answers.question_id HAVING count(*) > 1) AS d"),
            {"a": assignment_id}).scalar_one()  # fmt: skip
    engine.dispose()
    return recorded, doubled


class Stats:
    def __init__(self) -> None:
        self.sent = self.acked = self.errors = 0
        self.answer_ms: list[float] = []
        self.see_ms: list[float] = []
        self.shown_at: dict[int, float] = {}  # question index -> when the teacher's step returned
        self.error_kinds: dict[str, int] = {}

    def error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


async def form_token(session, url: str) -> str:
    async with session.get(url) as resp:
        html = await resp.text()
    match = CSRF_RE.search(html)
    if not match:
        raise RuntimeError(f"no CSRF token on {url} ({resp.status})")
    return match.group(1)


async def player(n: int, base: str, setup: dict, stats: Stats, ready, gate, done_event) -> None:
    import aiohttp

    jar = aiohttp.CookieJar(unsafe=True)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
    async with aiohttp.ClientSession(base, cookie_jar=jar, timeout=timeout) as session:
        async with gate:  # join a few at a time, like phones arriving
            try:
                token = await form_token(session, f"/join?code={setup['code']}")
                data = {"csrf_token": token, "join_code": setup["code"],
                        "nickname": f"Player {n:04d}", "rejoin_pin": ""}  # fmt: skip
                async with session.post("/join", data=data, allow_redirects=False) as resp:
                    if resp.status != 302:
                        stats.error(f"join {resp.status}")
                        ready.release()
                        return
                async with session.get(f"/live/play/{setup['assignment']}") as resp:
                    html = await resp.text()
                attempt = int(re.search(r'data-attempt="(\d+)"', html).group(1))
                csrf = re.search(r'data-csrf="([^"]+)"', html).group(1)
            except Exception as exc:  # noqa: BLE001 - counted, the run goes on
                stats.error(f"join {type(exc).__name__}")
                ready.release()
                return
        await play(session, n, setup, attempt, csrf, stats, ready, done_event)


async def play(session, n, setup, attempt, csrf, stats, ready, done_event) -> None:
    seen: set[int] = set()
    tasks = []
    released = False
    try:
        async with session.get(f"/live/{setup['game']}/events") as resp:
            ready.release()
            released = True
            buffer = b""
            async for chunk in resp.content.iter_any():
                buffer += chunk
                while b"\n\n" in buffer:
                    event, buffer = buffer.split(b"\n\n", 1)
                    for line in event.split(b"\n"):
                        if not line.startswith(b"data: "):
                            continue
                        snap = json.loads(line[6:])
                        if snap["state"] == "finished":
                            await asyncio.gather(*tasks)
                            return
                        index = snap.get("index", -1)
                        if snap["state"] == "question" and index not in seen:
                            seen.add(index)
                            shown = stats.shown_at.get(index)
                            if shown is not None:
                                stats.see_ms.append((time.monotonic() - shown) * 1000)
                            tasks.append(asyncio.create_task(
                                answer(session, setup, attempt, csrf, snap, stats)))  # fmt: skip
    except Exception as exc:  # noqa: BLE001
        stats.error(f"stream {type(exc).__name__}")
    finally:
        if not released:
            ready.release()


async def answer(session, setup, attempt, csrf, snap, stats) -> None:
    await asyncio.sleep(random.uniform(0.2, WINDOW - 2.5))
    q = snap["question"]
    data = {"csrf_token": csrf, "attempt_id": str(attempt), "question_id": str(q["id"]),
            "multi": "0", "choice": str(random.randrange(len(q["options"])))}  # fmt: skip
    start = time.monotonic()
    stats.sent += 1
    try:
        async with session.post(f"/live/{setup['game']}/answers", data=data,
                                headers={"Accept": "application/json"}) as resp:  # fmt: skip
            body = await resp.json(content_type=None)
            stats.answer_ms.append((time.monotonic() - start) * 1000)
            if resp.status == 200 and body.get("status") in (200, 201):
                stats.acked += 1
            else:
                stats.error(f"answer {resp.status} {body.get('status')}")
    except Exception as exc:  # noqa: BLE001
        stats.error(f"answer {type(exc).__name__}")


async def teacher(base: str, setup: dict, questions: int, stats: Stats) -> None:
    import aiohttp

    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(base, cookie_jar=jar) as session:
        token = await form_token(session, "/login")
        data = {"csrf_token": token, "username": TEACHER, "password": PASSWORD}
        async with session.post("/login", data=data, allow_redirects=False) as resp:
            assert resp.status == 302, resp.status

        async def step(action: str) -> None:
            tok = await form_token(session, f"/live/{setup['game']}/host")
            path, data = f"/live/{setup['game']}/{action}", {"csrf_token": tok}
            async with session.post(path, data=data, allow_redirects=False) as resp:
                assert resp.status == 302, (action, resp.status)

        for index in range(questions):
            stats.shown_at[index] = time.monotonic()
            await step("advance")
            stats.shown_at[index] = time.monotonic()  # the step is done when its POST returns
            await asyncio.sleep(WINDOW)
            await step("reveal")
            await asyncio.sleep(1.5)
        await step("advance")  # past the last question: the podium


async def run(base: str, setup: dict, players: int, questions: int, server_pid: int) -> Stats:
    stats = Stats()
    cpu0, client0 = cpu_seconds(server_pid), time.process_time()
    ready = asyncio.Semaphore(0)
    gate = asyncio.Semaphore(40)
    done_event = asyncio.Event()
    start = time.monotonic()
    tasks = [asyncio.create_task(player(n, base, setup, stats, ready, gate, done_event))
             for n in range(players)]  # fmt: skip
    for _ in range(players):
        await ready.acquire()
    joined = time.monotonic() - start
    cpu1, client1 = cpu_seconds(server_pid), time.process_time()
    print(
        f"{players} players joined and listening in {joined:.1f} s "
        f"(server CPU {cpu1 - cpu0:.1f} s, client CPU {client1 - client0:.1f} s)",
        file=sys.stderr,
    )
    await teacher(base, setup, questions, stats)
    print(
        f"game played: server CPU {cpu_seconds(server_pid) - cpu1:.1f} s, "
        f"client CPU {time.process_time() - client1:.1f} s",
        file=sys.stderr,
    )
    done, pending = await asyncio.wait(tasks, timeout=60)
    for task in pending:  # a player who never saw the podium: counted, then stopped
        stats.error("stream never saw the podium")
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    stats.joined_s = joined
    return stats


def open_game(url: str, assignment_id: int) -> int:
    from quiz import create_app
    from quiz.db import db
    from quiz.models import Assignment
    from quiz.services import live

    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench"})
    with app.app_context():
        game = live.open_game(db.session, db.session.get(Assignment, assignment_id))
        db.session.commit()
        game_id = game.id
    app.extensions["db_engine"].dispose()
    return game_id


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by the process ``pid`` and its children
    (gunicorn's master and workers), from /proc; 0.0 where /proc is missing."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids = [pid, *(int(p) for p in children)]
    except OSError:
        return 0.0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def database(kind: str, tmp: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'live.db'}", lambda: None
    import sqlalchemy as sa

    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(PG_ADMIN, poolclass=sa.pool.NullPool)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))

    return f"{PG_ADMIN}?options=-csearch_path%3D{schema}", drop


def pg_answers() -> bool:
    return port_answers(5432)


def bench(kind: str, args) -> str:
    tmp = Path(tempfile.mkdtemp(prefix="bench-live-"))
    url, drop = database(kind, tmp)
    try:
        setup = seed(url, args.questions)
        setup["game"] = open_game(url, setup["assignment"])
        env = os.environ | {"DATABASE_URL": url, "SECRET_KEY": "bench", "PYTHONPATH": str(ROOT)}
        workers = args.workers
        if kind == "postgresql" and args.pg_workers and port_answers(6379):
            # Production's shape: several gevent workers over PostgreSQL, their limit counters
            # shared in Redis (docs/live.md); SQLite keeps make run's one worker.
            workers = args.pg_workers
            env["RATELIMIT_STORAGE_URI"] = fresh_limits(15)
        print(f"db={kind} gunicorn {workers}", file=sys.stderr)
        cmd = [str(ROOT / ".venv/bin/gunicorn"), *workers.split(), "--graceful-timeout", "2",
               "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning", "wsgi:app"]  # fmt: skip
        server = subprocess.Popen(cmd, cwd=ROOT, env=env)
        try:
            base = f"http://127.0.0.1:{PORT}"
            wait_up(base + "/login")
            stats = asyncio.run(run(base, setup, args.players, args.questions, server.pid))
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        recorded, doubled = count_rows(url, setup["assignment"])
    finally:
        drop()
    if stats.error_kinds:
        print(f"errors by kind: {stats.error_kinds}", file=sys.stderr)
    lost = max(0, stats.acked - recorded)
    return (
        f"LIVE db={kind} players={args.players} questions={args.questions} "
        f"answers_sent={stats.sent} recorded={recorded} lost={lost} doubled={doubled} "
        f"errors={stats.errors} p95_answer_ms={pct(stats.answer_ms, 95):.0f} "
        f"p99_answer_ms={pct(stats.answer_ms, 99):.0f} "
        f"p95_see_question_ms={pct(stats.see_ms, 95):.0f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--players", type=int, default=2000)
    ap.add_argument("--questions", type=int, default=10)
    ap.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument(
        "--workers", default="--worker-class gevent --workers 1 --worker-connections 6000"
    )
    ap.add_argument(
        "--pg-workers",
        default="--worker-class gevent --workers 2 --worker-connections 3000",
        help="gunicorn workers over PostgreSQL, as production runs it: several workers, their "
        "limit counters in Redis on 6379 (when Redis does not answer, or with '', --workers)",
    )
    args = ap.parse_args()
    random.seed(1234)
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    lines = []
    for kind in kinds:
        if kind == "postgresql" and not pg_answers():
            print("PostgreSQL does not answer on 127.0.0.1:5432: skipped", file=sys.stderr)
            continue
        lines.append(bench(kind, args))
        print(lines[-1], flush=True)


if __name__ == "__main__":
    main()
