"""Time the class board for 2,000 students and 100,000 answers.

    .venv/bin/python bench/bench_board.py [--students 2000] [--answers 100000] [--runs 30]

Seeds a fresh SQLite database (or ``--db-url``) with one class of 2,000 students, ten
assignments of ten questions, and answers spread over them (1 in 3 wrong, times spread over a
fortnight), then requests the class board's projector page (GET /display/<key>, the full
render: ranking query and template) ``--runs`` times after one warm-up. Prints one line:
``BOARD students=2000 answers=100000 median_ms=… p95_ms=…``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ASSIGNMENTS = 10
QUESTIONS = 10


def seed(app, students: int, answers: int) -> str:
    """Store the class, its students, sets, attempts and answers; return a display key."""
    import sqlalchemy as sa

    from quiz.db import db, migrate
    from quiz.models import (
        Answer,
        Assignment,
        Attempt,
        Classroom,
        Membership,
        Question,
        QuestionSet,
        Role,
        SetItem,
        User,
    )
    from quiz.services import boards

    rng = random.Random(1234)
    t0 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    with app.app_context():
        migrate(db.engine)
        s = db.session
        teacher = User(role=Role.TEACHER, username="bench", username_key="bench")
        s.add(teacher)
        s.flush()
        klass = Classroom(name="Bench", join_code="BENCH2", teacher_id=teacher.id)
        s.add(klass)
        s.flush()
        conn = s.connection()
        user_ids = []
        for i in range(students):
            uid = conn.execute(
                sa.insert(User).values(
                    role=Role.STUDENT,
                    nickname=f"Player {i:04d}",
                    pin_hash="x",
                    active=True,
                    created_at=t0,
                )
            ).inserted_primary_key[0]
            user_ids.append(uid)
        conn.execute(
            sa.insert(Membership),
            [
                {
                    "class_id": klass.id,
                    "user_id": u,
                    "nickname_key": f"player {i:04d}",
                    "joined_at": t0,
                }
                for i, u in enumerate(user_ids)
            ],
        )
        per_student = answers // students
        answer_rows = []
        for a in range(ASSIGNMENTS):
            qset = QuestionSet(owner_id=teacher.id, title=f"Set {a}", settings={})
            s.add(qset)
            s.flush()
            qs = [
                Question(
                    owner_id=teacher.id,
                    kind="fact_or_claim",
                    skill="Fact or claim",
                    prompt="?",
                    options=["Fact", "Claim"],
                    answer=1,
                )
                for _ in range(QUESTIONS)
            ]
            s.add_all(qs)
            s.flush()
            s.add_all(
                SetItem(set_id=qset.id, question_id=q.id, position=i) for i, q in enumerate(qs)
            )
            assignment = Assignment(class_id=klass.id, set_id=qset.id)
            s.add(assignment)
            s.flush()
            rows = [
                {
                    "assignment_id": assignment.id,
                    "student_id": u,
                    "started_at": t0,
                    "score": 0,
                    "bonus": 0,
                }
                for u in user_ids
            ]
            conn.execute(sa.insert(Attempt), rows)
            attempts = (
                conn.execute(sa.select(Attempt.id).where(Attempt.assignment_id == assignment.id))
                .scalars()
                .all()
            )
            n = per_student // ASSIGNMENTS
            running = []  # the attempts' running columns, as scoring.record_answer keeps them
            for att in attempts:
                score, reached = 0, None
                for q in qs[:n]:
                    right = rng.random() > 1 / 3
                    at = t0 + timedelta(seconds=rng.randrange(14 * 86400))
                    answer_rows.append(
                        {
                            "attempt_id": att,
                            "question_id": q.id,
                            "choice": 1 if right else 0,
                            "correct": right,
                            "points": 100 if right else 0,
                            "bonus": 0,
                            "answered_at": at,
                        }
                    )
                    if right:
                        score, reached = score + 100, max(reached or at, at)
                running.append({"aid": att, "score": score, "reached": reached})
            table = Attempt.__table__
            conn.execute(
                sa.update(table)
                .where(table.c.id == sa.bindparam("aid"))
                .values(score=sa.bindparam("score"), reached_at=sa.bindparam("reached")),
                running,
            )
        for i in range(0, len(answer_rows), 10_000):
            conn.execute(sa.insert(Answer), answer_rows[i : i + 10_000])
        key = boards.renew_display_key(s, klass.id)
        s.commit()
        total = s.scalar(sa.select(sa.func.count()).select_from(Answer))
        print(f"seeded {students} students, {total} answers", file=sys.stderr)
        return key, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=2000)
    ap.add_argument("--answers", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--db-url", default="")
    args = ap.parse_args()
    from quiz import create_app

    tmp = Path(tempfile.mkdtemp(prefix="bench-board-"))
    url = args.db_url or f"sqlite:///{tmp / 'board.db'}"
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench"})
    key, total = seed(app, args.students, args.answers)
    client = app.test_client()
    client.get(f"/display/{key}")
    times, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        resp = client.get(f"/display/{key}")
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert resp.status_code == 200, resp.status_code
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    # Wall time is what a viewer waits; CPU time is the same work without other jobs' share
    # of the cores (this machine's 2 cores are shared: the load average is printed too).
    load = os.getloadavg()[0]
    print(
        f"(cpu median_ms={statistics.median(cpu):.1f}; load average {load:.1f} on "
        f"{os.cpu_count()} cores)",
        file=sys.stderr,
    )
    print(
        f"BOARD students={args.students} answers={total} "
        f"median_ms={statistics.median(times):.1f} p95_ms={p95:.1f}"
    )


if __name__ == "__main__":
    main()
