"""Who may see what: one rule per kind of object, for the pages and the API alike.

Each function returns the object when ``user`` may see it and None otherwise — whether it does not
exist, belongs to someone else, or the id is not one a database could hold — so callers answer
404 and never reveal whose the object is. A teacher sees only their own classes, stories,
questions and assignments; a student only their own classes' assignments and their own attempts.
"""

from __future__ import annotations

from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import (
    Assignment,
    Attempt,
    Classroom,
    Membership,
    Question,
    QuestionSet,
    Story,
    User,
)

MAX_ID = 2**31 - 1  # ids beyond a 32-bit integer are no one's (SQLite would overflow on them)

T = TypeVar("T")


def _get(session: Session, model: type[T], object_id: int | None) -> T | None:
    if not isinstance(object_id, int) or not 0 < object_id <= MAX_ID:
        return None
    return session.get(model, object_id)


def own_class(session: Session, user: User, class_id: int | None) -> Classroom | None:
    row = _get(session, Classroom, class_id)
    return row if row is not None and row.teacher_id == user.id else None


def own_story(session: Session, user: User, story_id: int | None) -> Story | None:
    row = _get(session, Story, story_id)
    return row if row is not None and row.owner_id == user.id else None


def own_question(session: Session, user: User, question_id: int | None) -> Question | None:
    row = _get(session, Question, question_id)
    return row if row is not None and row.owner_id == user.id else None


def own_set(session: Session, user: User, set_id: int | None) -> QuestionSet | None:
    row = _get(session, QuestionSet, set_id)
    return row if row is not None and row.owner_id == user.id else None


def own_assignment(session: Session, user: User, assignment_id: int | None) -> Assignment | None:
    """An assignment of one of the teacher's classes."""
    row = _get(session, Assignment, assignment_id)
    return row if row is not None and row.classroom.teacher_id == user.id else None


def is_member(session: Session, user: User, class_id: int) -> bool:
    query = sa.select(Membership.id).where(
        Membership.class_id == class_id, Membership.user_id == user.id
    )
    return session.scalar(query) is not None


def class_assignment(session: Session, user: User, assignment_id: int | None) -> Assignment | None:
    """An assignment of one of the student's classes (a student of another class gets None)."""
    row = _get(session, Assignment, assignment_id)
    return row if row is not None and is_member(session, user, row.class_id) else None


def own_attempt(session: Session, user: User, attempt_id: int | None) -> Attempt | None:
    row = _get(session, Attempt, attempt_id)
    return row if row is not None and row.student_id == user.id else None


def may_see_class(session: Session, user: User, classroom: Classroom) -> bool:
    """A class's boards are for its teacher and its students; nobody else."""
    if user.is_teacher:
        return classroom.teacher_id == user.id
    return is_member(session, user, classroom.id)
