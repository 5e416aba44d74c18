"""Teachers' results of an assignment: JSON, and CSV for spreadsheets (one row a student)."""

from __future__ import annotations

from typing import Literal

from flask import Response

from quiz.api.common import bp
from quiz.api.fields import Out
from quiz.api.play import SkillCounts
from quiz.api.spec import TEACHERS, Media, endpoint
from quiz.api.teach import own_assignment
from quiz.db import db
from quiz.services import results as reports


class DiscernmentOut(Out):
    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int
    d_prime: float | None


class StudentResult(Out):
    student_id: int
    nickname: str | None
    status: Literal["not_started", "in_progress", "finished"]
    score: int
    correct: int
    answered: int
    by_skill: dict[str, SkillCounts]
    discernment: DiscernmentOut


class QuestionRate(Out):
    question_id: int
    answered: int
    correct_rate: float | None
    most_common_wrong: str | None


class ResultsOut(Out):
    students: list[StudentResult]
    questions: list[QuestionRate]


@endpoint(bp, "GET", "/assignments/{assignment_id}/results", roles=TEACHERS, response=ResultsOut)
def results(assignment_id: int):
    """An assignment's results: each student's status, totals, skills and discernment; each
    question's answers."""
    return reports.report(db.session, own_assignment(assignment_id)).to_json()


@endpoint(
    bp,
    "GET",
    "/assignments/{assignment_id}/results.csv",
    roles=TEACHERS,
    response=Media("text/csv"),
)
def results_as_csv(assignment_id: int):
    """The results as CSV, one row a student (formula-like cells start with ')."""
    row = own_assignment(assignment_id)
    body = reports.results_csv(reports.report(db.session, row))
    return Response(
        body.encode("utf-8"),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="assignment-{row.id}-results.csv"'},
    )
