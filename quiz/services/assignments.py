"""Assignments: a set given to a class, with a title, open and close times, closed and reopened.

The pages, the API and the story shortcut call these; they take a session and never commit.
Times are stored in UTC. An assignment takes answers while its status is not ``closed`` and
``opens_at <= now < closes_at`` (either side may be empty) — the rule of
``scoring.accepts_answers``; :func:`state` names that for people.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Attempt,
    Classroom,
    Mode,
    QuestionSet,
)
from quiz.services import scoring
from quiz.services.sets import SetError, classes_with

MAX_TITLE = 200


class AlreadyAssigned(SetError):
    """The class already has this set; ``existing`` are those assignments (ask before repeating)."""

    def __init__(self, existing: list[Assignment]) -> None:
        names = ", ".join(f"“{a.display_title}”" for a in existing)
        super().__init__(f"{existing[0].classroom.name} already has this set: {names}.")
        self.existing = existing


def aware(moment: datetime | None) -> datetime | None:
    """A time as an aware UTC datetime: a naive one (SQLite's, a form's) is taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _check_times(opens_at: datetime | None, closes_at: datetime | None) -> None:
    opens_at, closes_at = aware(opens_at), aware(closes_at)
    if opens_at and closes_at and closes_at <= opens_at:
        raise SetError("The closing time must come after the opening time.", "closes_at")


def _title(title: str | None) -> str | None:
    value = " ".join((title or "").split())
    if len(value) > MAX_TITLE:
        raise SetError(f"A title has at most {MAX_TITLE} characters.", "title")
    return value or None


def assign(
    session: Session,
    classroom: Classroom,
    qset: QuestionSet,
    *,
    mode: Mode = Mode.SELF_PACED,
    title: str | None = None,
    opens_at: datetime | None = None,
    closes_at: datetime | None = None,
    again: bool = False,
) -> Assignment:
    """Give ``qset`` to ``classroom``; AlreadyAssigned unless ``again`` when the class has it."""
    if not qset.items:
        raise SetError("This set has no questions yet: add some before assigning it.", "set_id")
    existing = classes_with(session, qset, classroom)
    if existing and not again:
        raise AlreadyAssigned(existing)
    _check_times(opens_at, closes_at)
    row = Assignment(
        class_id=classroom.id,
        set_id=qset.id,
        title=_title(title),
        mode=mode,
        status=AssignmentStatus.OPEN,
        opens_at=aware(opens_at),
        closes_at=aware(closes_at),
    )
    session.add(row)
    session.flush()
    return row


def update(
    session: Session,
    row: Assignment,
    *,
    title: str | None = None,
    times: tuple[datetime | None, datetime | None] | None = None,
    status: AssignmentStatus | None = None,
) -> Assignment:
    """Rename, retime, close or reopen an assignment (``None`` leaves a field as it is)."""
    if title is not None:
        row.title = _title(title)
    if times is not None:
        _check_times(*times)
        row.opens_at, row.closes_at = aware(times[0]), aware(times[1])
    if status == AssignmentStatus.CLOSED:
        close_now(row)
    elif status == AssignmentStatus.OPEN:
        reopen(row)
    session.flush()
    return row


def close_now(row: Assignment) -> None:
    """Stop taking answers from now on."""
    row.status = AssignmentStatus.CLOSED


def reopen(row: Assignment) -> None:
    """Take answers again from now: a passed closing time is cleared, a future opening kept."""
    now = utcnow()
    row.status = AssignmentStatus.OPEN
    if row.closes_at is not None and aware(row.closes_at) <= now:
        row.closes_at = None


def state(row: Assignment) -> str:
    """``scheduled``, ``open`` or ``closed``, as students find it now."""
    reason = scoring.accepts_answers(row)
    if reason is None:
        return "open"
    return "closed" if "closed" in reason else "scheduled"


def answer_count(session: Session, row: Assignment) -> int:
    """How many answers students gave to this assignment."""
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Answer)
            .join(Attempt, Attempt.id == Answer.attempt_id)
            .where(Attempt.assignment_id == row.id)
        )
        or 0
    )


def delete(session: Session, row: Assignment) -> int:
    """Delete the assignment with exactly its attempts and answers; returns how many answers."""
    n = answer_count(session, row)
    attempts = sa.select(Attempt.id).where(Attempt.assignment_id == row.id)
    session.execute(sa.delete(Answer).where(Answer.attempt_id.in_(attempts)))
    session.execute(sa.delete(Attempt).where(Attempt.assignment_id == row.id))
    session.delete(row)
    session.flush()
    return n


def parse_time(value: str | None) -> datetime | None:
    """A form's ``YYYY-MM-DDTHH:MM`` (taken as UTC) as an aware datetime; SetError if unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SetError("Give a date and time like 2026-12-01 09:00.") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
