"""Throughput of the answer call against a bare hello route on the same gunicorn workers.

    .venv/bin/python bench/bench_answer.py [--workers "-k gevent -w 1"] [--seconds 10]

Seeds a fresh SQLite database (or ``--db-url``) with 100 students holding open attempts at a set
of 300 questions, starts gunicorn with ``bench.bench_wsgi:app`` on port 5500, then runs wrk
(Debian package ``wrk``) twice with the same connections: GET /_bench/hello, then
POST /api/v1/attempts/{id}/answers where every request answers a question not answered before
(bench/answers.lua). Prints one line:
``ANSWER workers=… hello_rps=… answer_rps=… ratio=… answer_p50_ms=… answer_p99_ms=… non2xx=…``
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kit import wait_up  # noqa: E402

PORT = 5500


def seed(url: str, students: int, questions: int, out: Path) -> None:
    """Store a class, its students with tokens and open attempts, and a set of questions."""
    import sqlalchemy as sa

    from quiz import create_app
    from quiz.db import db, migrate
    from quiz.models import (
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
    )

    app = create_app({"DATABASE_URL": url})
    with app.app_context():
        migrate(db.engine)
        s = db.session
        teacher = User(role=Role.TEACHER, username="bench", username_key="bench")
        s.add(teacher)
        s.flush()
        klass = Classroom(name="Bench", join_code="BENCH2", teacher_id=teacher.id)
        qset = QuestionSet(owner_id=teacher.id, title="Bench set", settings={})
        s.add_all([klass, qset])
        s.flush()
        qs = [
            Question(
                owner_id=teacher.id,
                kind="who_said",
                skill="Attribution",
                prompt=f"Q{i}?",
                options=["A", "B", "C"],
                answer=i % 3,
                explanation="Because.",
                status=QuestionStatus.APPROVED,
            )
            for i in range(questions)
        ]
        s.add_all(qs)
        s.flush()
        s.add_all(SetItem(set_id=qset.id, question_id=q.id, position=i) for i, q in enumerate(qs))
        assignment = Assignment(class_id=klass.id, set_id=qset.id)
        s.add(assignment)
        s.flush()
        lines = ["students = {"]
        for i in range(students):
            user = User(role=Role.STUDENT, nickname=f"p{i}", pin_hash="x")
            s.add(user)
            s.add(Membership(classroom=klass, user=user, nickname_key=f"p{i}"))
            token, secret = ApiToken.issue(user)
            s.add(token)
            s.flush()
            attempt = Attempt(assignment_id=assignment.id, student_id=user.id)
            s.add(attempt)
            s.flush()
            lines.append(f'  {{"{secret}", {attempt.id}}},')
        lines.append("}")
        lines.append("questions = {" + ", ".join(str(q.id) for q in qs) + "}")
        s.commit()
        out.write_text("\n".join(lines) + "\n")
        count = s.scalar(sa.select(sa.func.count()).select_from(Attempt))
        print(f"seeded {count} attempts, {questions} questions", file=sys.stderr)


def wrk(args: list[str]) -> dict[str, float]:
    out = subprocess.run(["wrk", *args], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    pct = {p: _ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M)}
    return {"rps": rps, "non2xx": int(non2xx.group(1)) if non2xx else 0, **pct}


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", default="--workers 2 --threads 4")
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--db-url", default="")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-answer-"))
    url = args.db_url or f"sqlite:///{tmp / 'bench.db'}"
    students_lua = tmp / "students.lua"
    seed(url, 100, 300, students_lua)
    env = os.environ | {"DATABASE_URL": url, "SECRET_KEY": "bench", "PYTHONPATH": str(ROOT)}
    cmd = [
        str(ROOT / ".venv/bin/gunicorn"),
        *shlex.split(args.workers),
        "--bind",
        f"127.0.0.1:{PORT}",
        "--log-level",
        "warning",
        "bench.bench_wsgi:app",
    ]
    server = subprocess.Popen(cmd, cwd=ROOT, env=env)
    try:
        base = f"http://127.0.0.1:{PORT}"
        wait_up(base + "/_bench/hello")
        common = ["-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency"]
        hello = wrk([*common, base + "/_bench/hello"])
        answer = wrk(
            [*common, "-s", str(ROOT / "bench/answers.lua"), base, "--", str(students_lua), "2"]
        )
    finally:
        server.terminate()
        server.wait(10)
    print(
        f"ANSWER workers={args.workers.replace(' ', '_')} hello_rps={hello['rps']:.0f} "
        f"answer_rps={answer['rps']:.0f} ratio={answer['rps'] / hello['rps']:.2f} "
        f"answer_p50_ms={answer.get('50', 0):.1f} answer_p99_ms={answer.get('99', 0):.1f} "
        f"non2xx={answer['non2xx']}"
    )


if __name__ == "__main__":
    main()
