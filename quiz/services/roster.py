"""A class's roster and what its teacher may do to a student in it.

One service for the pages and the API: list the roster (nickname, team, quizzes done, last
active), rename a student, reset their rejoin PIN, move them to a team, and remove them with their
attempts and answers. Every function takes a session and never commits. Who may act on which
student is decided by :func:`own_member` (a student of one of the teacher's classes, else None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import (
    Answer,
    ApiToken,
    Assignment,
    Attempt,
    Classroom,
    Membership,
    Team,
    User,
    casefold_key,
)
from quiz.services import nicknames
from quiz.services.access import MAX_ID
from quiz.services.classes import new_pin


class RosterRefused(ValueError):
    """A roster change that cannot be made; the message says why, for a teacher."""


class NicknameTaken(RosterRefused):
    def __init__(self, nickname: str) -> None:
        super().__init__(f"Someone in this class is already called “{nickname}”.")


@dataclass(frozen=True)
class RosterRow:
    """One student as the roster shows them."""

    student_id: int
    nickname: str
    team_id: int | None
    team: str | None
    quizzes_done: int
    last_active: datetime | None


@dataclass(frozen=True)
class Removal:
    """What removing a student deletes with them."""

    attempts: int
    answers: int


def own_member(session: Session, teacher: User, student_id: int | None) -> Membership | None:
    """The membership of student ``student_id`` in one of ``teacher``'s classes, else None."""
    if not isinstance(student_id, int) or not 0 < student_id <= MAX_ID:
        return None
    return session.scalar(
        sa.select(Membership)
        .join(Classroom, Classroom.id == Membership.class_id)
        .where(Membership.user_id == student_id, Classroom.teacher_id == teacher.id)
        .order_by(Membership.id)
        .limit(1)
    )


def member_in(session: Session, classroom: Classroom, student_id: int | None) -> Membership | None:
    """The membership of student ``student_id`` in ``classroom``, else None."""
    if not isinstance(student_id, int) or not 0 < student_id <= MAX_ID:
        return None
    return session.scalar(
        sa.select(Membership).where(
            Membership.class_id == classroom.id, Membership.user_id == student_id
        )
    )


def _class_attempts(class_id: int) -> sa.Select:
    return (
        sa.select(Attempt)
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.class_id == class_id)
    )


def roster(session: Session, classroom: Classroom) -> list[RosterRow]:
    """Every student of the class by nickname, with their team, quizzes done and last activity.

    A quiz is done when its attempt is finished; the last activity is the latest of joining,
    starting an attempt and answering, in this class.
    """
    attempts = _class_attempts(classroom.id).subquery()
    done = dict(
        session.execute(
            sa.select(attempts.c.student_id, sa.func.count())
            .where(attempts.c.finished_at.is_not(None))
            .group_by(attempts.c.student_id)
        ).all()
    )
    started = dict(
        session.execute(
            sa.select(attempts.c.student_id, sa.func.max(attempts.c.started_at)).group_by(
                attempts.c.student_id
            )
        ).all()
    )
    answered = dict(
        session.execute(
            sa.select(attempts.c.student_id, sa.func.max(Answer.answered_at))
            .join(Answer, Answer.attempt_id == attempts.c.id)
            .group_by(attempts.c.student_id)
        ).all()
    )
    rows = session.execute(
        sa.select(Membership, User.nickname, Team.name)
        .join(User, User.id == Membership.user_id)
        .outerjoin(Team, Team.id == Membership.team_id)
        .where(Membership.class_id == classroom.id)
        .order_by(Membership.nickname_key, Membership.user_id)
    ).all()
    out = []
    for member, nickname, team in rows:
        uid = member.user_id
        times = [_utc(t) for t in (member.joined_at, started.get(uid), answered.get(uid)) if t]
        out.append(
            RosterRow(
                student_id=uid,
                nickname=nickname or "",
                team_id=member.team_id,
                team=team,
                quizzes_done=done.get(uid, 0),
                last_active=max(times) if times else None,
            )
        )
    return out


def _utc(moment: datetime) -> datetime:
    """A time in UTC; naive times (SQLite returns them) are UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def rename(session: Session, member: Membership, nickname: str) -> None:
    """Give the student a new nickname; one another student of the class has is refused.

    The nickname's form (length, characters) is checked by the caller's form or schema; the word
    filter (the same as joining) and uniqueness within the class, whatever its case, here.
    """
    refused = nicknames.refusal(nickname)
    if refused:
        raise RosterRefused(refused)
    key = casefold_key(nickname)
    clash = session.scalar(
        sa.select(Membership.id).where(
            Membership.class_id == member.class_id,
            Membership.nickname_key == key,
            Membership.id != member.id,
        )
    )
    if clash is not None:
        raise NicknameTaken(nickname)
    member.nickname_key = key
    member.user.nickname = nickname
    session.flush()


def reset_pin(session: Session, member: Membership) -> str:
    """A new rejoin PIN for the student, returned once and stored only as a hash."""
    pin = new_pin()
    member.user.set_pin(pin)
    session.flush()
    return pin


def set_team(session: Session, member: Membership, team_id: int | None) -> None:
    """Put the student in one of their class's teams, or in none (``None``)."""
    if team_id is not None:
        team = session.get(Team, team_id) if 0 < team_id <= MAX_ID else None
        if team is None or team.class_id != member.class_id:
            raise RosterRefused("Choose one of this class's teams.")
    member.team_id = team_id
    session.flush()


def removal(session: Session, member: Membership) -> Removal:
    """How many attempts and answers of the student, in this class, removing them deletes."""
    attempt_ids = _class_attempts(member.class_id).where(Attempt.student_id == member.user_id)
    ids = [a.id for a in session.scalars(attempt_ids)]
    answers = (
        session.scalar(
            sa.select(sa.func.count()).select_from(Answer).where(Answer.attempt_id.in_(ids))
        )
        if ids
        else 0
    )
    return Removal(attempts=len(ids), answers=answers or 0)


def remove(session: Session, member: Membership) -> Removal:
    """Remove the student from the class with their attempts and answers in it.

    A student account belongs to the class it joined, so it is deleted too (its API tokens with
    it) unless it is also in another class.
    """
    counts = removal(session, member)
    student_id, class_id = member.user_id, member.class_id
    attempt_ids = (
        sa.select(Attempt.id)
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.class_id == class_id, Attempt.student_id == student_id)
    )
    session.execute(sa.delete(Answer).where(Answer.attempt_id.in_(attempt_ids)))
    session.execute(sa.delete(Attempt).where(Attempt.id.in_(attempt_ids)))
    session.execute(sa.delete(Membership).where(Membership.id == member.id))
    others = session.scalar(sa.select(Membership.id).where(Membership.user_id == student_id))
    if others is None:
        session.execute(sa.delete(ApiToken).where(ApiToken.user_id == student_id))
        session.execute(sa.delete(User).where(User.id == student_id))
    session.expunge(member)
    session.flush()
    return counts
