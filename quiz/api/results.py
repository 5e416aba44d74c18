"""Teachers' results of an assignment: JSON, and CSV for spreadsheets (one row a student)."""

from __future__ import annotations

import csv
import io
from typing import Any

from flask import Response

from quiz.api.common import bp
from quiz.api.fields import Out
from quiz.api.play import SkillCounts
from quiz.api.spec import TEACHERS, Media, endpoint
from quiz.api.teach import own_assignment
from quiz.db import db
from quiz.services import scoring

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class StudentResult(Out):
    student_id: int
    nickname: str | None
    score: int
    correct: int
    answered: int
    by_skill: dict[str, SkillCounts]


class QuestionRate(Out):
    question_id: int
    correct_rate: float | None


class ResultsOut(Out):
    students: list[StudentResult]
    questions: list[QuestionRate]


def results_json(results: scoring.Results) -> dict[str, Any]:
    return {
        "students": [
            {"student_id": s.id, "nickname": s.nickname} | totals.to_json()
            for s, totals in results.students
        ],
        "questions": [
            {"question_id": qid, "correct_rate": rate} for qid, rate in results.questions
        ],
    }


@endpoint(bp, "GET", "/assignments/{assignment_id}/results", roles=TEACHERS, response=ResultsOut)
def results(assignment_id: int):
    """An assignment's results: each student's totals, each question's rate of right answers."""
    row = own_assignment(assignment_id)
    return results_json(scoring.assignment_results(db.session, row))


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: formulas are defused with a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def results_csv(results: scoring.Results) -> str:
    """The results as CSV: a header row, then one row a student."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["student_id", "nickname", "score", "correct", "answered"]
    for skill in results.skills:
        header += [f"{skill} correct", f"{skill} answered"]
    writer.writerow([safe_cell(h) for h in header])
    for student, totals in results.students:
        row = [student.id, student.nickname or "", totals.score, totals.correct, totals.answered]
        for skill in results.skills:
            counts = totals.by_skill.get(skill, {"correct": 0, "answered": 0})
            row += [counts["correct"], counts["answered"]]
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue()


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
    body = results_csv(scoring.assignment_results(db.session, row))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="assignment-{row.id}-results.csv"'},
    )
