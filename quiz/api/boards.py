"""Leaderboards of a class and of one assignment, for the class's teacher and its students."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from quiz.api.common import bp, current, not_found
from quiz.api.fields import Out
from quiz.api.spec import ANY_USER, endpoint
from quiz.db import db
from quiz.models import Assignment, Classroom
from quiz.services import access
from quiz.services.ranking import leaderboard


class Entry(Out):
    rank: Annotated[int, Field(ge=1)]
    nickname: str
    score: int


class Leaderboard(Out):
    entries: list[Entry]


def may_see(classroom: Classroom) -> bool:
    """The class's teacher and its students may see its boards; nobody else."""
    return access.may_see_class(db.session, current(), classroom)


@endpoint(
    bp, "GET", "/classes/{class_id}/leaderboard", roles=ANY_USER, response=Leaderboard, tag="boards"
)
def class_board(class_id: int):
    """A class's leaderboard over all its assignments."""
    row = db.session.get(Classroom, class_id)
    if row is None or not may_see(row):
        raise not_found("That class")
    entries = leaderboard(db.session, row.id)
    return {"entries": entries}


@endpoint(
    bp,
    "GET",
    "/assignments/{assignment_id}/leaderboard",
    roles=ANY_USER,
    response=Leaderboard,
    tag="boards",
)
def assignment_board(assignment_id: int):
    """An assignment's leaderboard."""
    row = db.session.get(Assignment, assignment_id)
    if row is None or not may_see(row.classroom):
        raise not_found("That assignment")
    entries = leaderboard(db.session, row.class_id, row.id)
    return {"entries": entries}
