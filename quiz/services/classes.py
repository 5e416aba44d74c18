"""Classes: creating and renaming them, their join codes, and adding a student."""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass

import segno
import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import (
    Assignment,
    Classroom,
    Membership,
    Role,
    Team,
    User,
    casefold_key,
    new_join_code,
)


class ClassNameTaken(ValueError):
    """The teacher already has a class of that name (whatever its case and spacing)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"You already have a class called “{name}”. Give this one a different name, "
            "for example with the year or the group."
        )


def unused_join_code(session: Session, tries: int = 20) -> str:
    """A join code no class has yet (31^6 codes: a clash is rare, so a few tries suffice)."""
    for _ in range(tries):
        code = new_join_code()
        if session.scalar(sa.select(Classroom.id).where(Classroom.join_code == code)) is None:
            return code
    raise RuntimeError("Could not find an unused join code.")


def check_name(session: Session, teacher: User, name: str, *, keep: int | None = None) -> None:
    """Refuse a class name the teacher already uses (``keep``: the class being renamed)."""
    key = casefold_key(name)
    rows = session.execute(
        sa.select(Classroom.id, Classroom.name).where(Classroom.teacher_id == teacher.id)
    ).all()
    if any(casefold_key(other) == key and cid != keep for cid, other in rows):
        raise ClassNameTaken(name)


def create_class(session: Session, teacher: User, name: str) -> Classroom:
    """A new class owned by ``teacher``, with a fresh join code; a name in use is refused."""
    check_name(session, teacher, name)
    classroom = Classroom(name=name, teacher=teacher, join_code=unused_join_code(session))
    session.add(classroom)
    session.flush()
    return classroom


def rename_class(session: Session, classroom: Classroom, name: str) -> None:
    """Rename a class; a name the teacher already uses for another class is refused."""
    check_name(session, classroom.teacher, name, keep=classroom.id)
    classroom.name = name
    session.flush()


def regenerate_code(session: Session, classroom: Classroom) -> str:
    """Give the class a new join code; the old one stops working, students already in stay."""
    classroom.join_code = unused_join_code(session)
    session.flush()
    return classroom.join_code


def smallest_team(session: Session, class_id: int) -> Team | None:
    """The class's team with the fewest students (the oldest on a tie), or None without teams."""
    size = (
        sa.select(sa.func.count(Membership.id))
        .where(Membership.team_id == Team.id)
        .scalar_subquery()
    )
    return session.scalar(
        sa.select(Team).where(Team.class_id == class_id).order_by(size, Team.id).limit(1)
    )


def add_student(session: Session, classroom: Classroom, nickname: str) -> tuple[User, str]:
    """A new student in ``classroom`` and their rejoin PIN (shown once, stored only hashed).

    When the class has teams, the student joins the smallest one. The caller commits; a nickname
    that joined a moment ago (a double click, a race) then fails with IntegrityError on the
    class's unique nickname constraint.
    """
    pin = new_pin()
    student = User(role=Role.STUDENT, nickname=nickname)
    student.set_pin(pin)
    session.add(
        Membership(
            classroom=classroom,
            user=student,
            nickname_key=casefold_key(nickname),
            team=smallest_team(session, classroom.id) if classroom.id else None,
        )
    )
    return student, pin


def new_pin() -> str:
    """A four-digit rejoin PIN."""
    return f"{secrets.randbelow(10_000):04d}"


@dataclass(frozen=True)
class ClassSummary:
    """A class as the list of classes shows it."""

    classroom: Classroom
    students: int
    assignments: int


def class_summaries(session: Session, teacher: User) -> list[ClassSummary]:
    """The teacher's classes by name, with how many students and assignments each has."""
    rows = session.scalars(Classroom.owned_by(teacher)).all()
    ids = [c.id for c in rows]
    students = dict(
        session.execute(
            sa.select(Membership.class_id, sa.func.count())
            .where(Membership.class_id.in_(ids))
            .group_by(Membership.class_id)
        ).all()
    )
    assignments = dict(
        session.execute(
            sa.select(Assignment.class_id, sa.func.count())
            .where(Assignment.class_id.in_(ids))
            .group_by(Assignment.class_id)
        ).all()
    )
    return [ClassSummary(c, students.get(c.id, 0), assignments.get(c.id, 0)) for c in rows]


def join_qr_svg(url: str, *, title: str) -> str:
    """A QR code of ``url`` as an SVG document that scales to its box (no fixed size).

    Error correction M (15%) survives a smudged projector; the quiet zone is the standard 4 modules.
    """
    qr = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    qr.save(out, kind="svg", scale=1, border=4, title=title, omitsize=True, xmldecl=False)
    return out.getvalue().decode("utf-8")
