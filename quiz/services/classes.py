"""Classes and their join codes."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Classroom, Membership, Role, User, casefold_key, new_join_code


def unused_join_code(session: Session, tries: int = 20) -> str:
    """A join code no class has yet (31^6 codes: a clash is rare, so a few tries suffice)."""
    for _ in range(tries):
        code = new_join_code()
        if session.scalar(sa.select(Classroom.id).where(Classroom.join_code == code)) is None:
            return code
    raise RuntimeError("Could not find an unused join code.")


def create_class(session: Session, teacher: User, name: str) -> Classroom:
    """A new class owned by ``teacher``, with a fresh join code."""
    classroom = Classroom(name=name, teacher=teacher, join_code=unused_join_code(session))
    session.add(classroom)
    session.flush()
    return classroom


def add_student(session: Session, classroom: Classroom, nickname: str) -> tuple[User, str]:
    """A new student in ``classroom`` and their rejoin PIN (shown once, stored only hashed).

    The caller commits; a nickname that joined a moment ago (a double click, a race) then fails
    with IntegrityError on the class's unique nickname constraint.
    """
    pin = f"{secrets.randbelow(10_000):04d}"
    student = User(role=Role.STUDENT, nickname=nickname)
    student.set_pin(pin)
    session.add(Membership(classroom=classroom, user=student, nickname_key=casefold_key(nickname)))
    return student, pin
