"""Leaderboards of a class and of one assignment, for the class's teacher and its students."""

from __future__ import annotations

from flask import jsonify

from quiz.api.common import ID, bp, current, not_found, require
from quiz.db import db
from quiz.models import Assignment, Classroom
from quiz.services import access
from quiz.services.ranking import leaderboard


def may_see(classroom: Classroom) -> bool:
    """The class's teacher and its students may see its boards; nobody else."""
    return access.may_see_class(db.session, current(), classroom)


@bp.get(f"/classes/<{ID}:class_id>/leaderboard")
@require()
def class_board(class_id: int):
    """The class's ranking over all its assignments."""
    row = db.session.get(Classroom, class_id)
    if row is None or not may_see(row):
        raise not_found("That class")
    entries = leaderboard(db.session, row.id)
    return jsonify(entries=[e.to_json() for e in entries])


@bp.get(f"/assignments/<{ID}:assignment_id>/leaderboard")
@require()
def assignment_board(assignment_id: int):
    """The ranking of one assignment."""
    row = db.session.get(Assignment, assignment_id)
    if row is None or not may_see(row.classroom):
        raise not_found("That assignment")
    entries = leaderboard(db.session, row.class_id, row.id)
    return jsonify(entries=[e.to_json() for e in entries])
