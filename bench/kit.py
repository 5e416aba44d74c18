"""What the load bench (bench/bench_load.py) and the fault tests (tests/quiz/faults) share.

- ``seed_fact_quiz``: one teacher, one class, ``questions`` approved fact-or-claim questions (the
  right answer alternates 0, 1, 0, …), a set of them in order and its assignment to the class.
- ``free_port``: a TCP port on 127.0.0.1 nothing listens on, for a server of our own.
- ``port_answers``, ``wait_up``: whether a local service listens; wait for a server we started.
- ``fresh_limits``: a Redis database of the bench's own for the limit counters, emptied first.

Imported as ``bench.kit`` (the repository's root is on the path of both).
"""

from __future__ import annotations

import socket
import time
import urllib.request
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quiz.models import (
    Assignment,
    Classroom,
    Question,
    QuestionSet,
    QuestionStatus,
    Role,
    SetItem,
    User,
)


@dataclass
class SeededQuiz:
    teacher: User
    classroom: Classroom
    assignment: Assignment
    questions: list[Question]


def seed_fact_quiz(
    session: Session, *, teacher: str, class_name: str, join_code: str, title: str, questions: int
) -> SeededQuiz:
    """Store the teacher, class, questions, set and assignment (flushed; the caller commits)."""
    owner = User(role=Role.TEACHER, username=teacher, username_key=teacher)
    classroom = Classroom(name=class_name, join_code=join_code, teacher=owner)
    session.add(classroom)
    session.flush()
    rows = [
        Question(
            owner_id=owner.id,
            kind="fact_or_claim",
            skill="Fact or claim",
            prompt=f"Question {i}?",
            options=["Fact", "Claim"],
            answer=i % 2,
            status=QuestionStatus.APPROVED,
        )
        for i in range(questions)
    ]
    session.add_all(rows)
    session.flush()
    qset = QuestionSet(owner_id=owner.id, title=title)
    qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(rows)]
    session.add(qset)
    session.flush()
    assignment = Assignment(class_id=classroom.id, set_id=qset.id)
    session.add(assignment)
    session.flush()
    return SeededQuiz(owner, classroom, assignment, rows)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_answers(port: int) -> bool:
    """Whether something listens on 127.0.0.1:``port`` (PostgreSQL, Redis)."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def wait_up(url: str, seconds: float = 30) -> None:
    """Return once ``url`` answers; exit the bench when it does not within ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer at {url}")


def fresh_limits(db: int) -> str:
    """The URL of Redis database ``db`` on 127.0.0.1:6379, emptied: fresh limit counters."""
    import redis  # noqa: PLC0415 - only the PostgreSQL runs use Redis

    url = f"redis://127.0.0.1:6379/{db}"
    redis.Redis.from_url(url).flushdb()
    return url
