"""Teachers' results of an assignment: JSON, and CSV for spreadsheets (one row a student)."""

from __future__ import annotations

import csv
import io
from typing import Any

from flask import Response, jsonify

from quiz.api.common import ID, TEACHERS, bp, require
from quiz.api.teach import own_assignment
from quiz.db import db
from quiz.services import scoring

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


@bp.get(f"/assignments/<{ID}:assignment_id>/results")
@require(*TEACHERS)
def results(assignment_id: int):
    """Every student's score, counts and counts by skill; each question's rate of right answers."""
    row = own_assignment(assignment_id)
    return jsonify(results_json(scoring.assignment_results(db.session, row)))


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


@bp.get(f"/assignments/<{ID}:assignment_id>/results.csv")
@require(*TEACHERS)
def results_as_csv(assignment_id: int):
    """The same results as a CSV download."""
    row = own_assignment(assignment_id)
    body = results_csv(scoring.assignment_results(db.session, row))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="assignment-{row.id}-results.csv"'},
    )
