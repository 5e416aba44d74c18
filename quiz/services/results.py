"""An assignment's results for its teacher: a row a student, a row a question, a chart, the CSV.

One read of the assignment's answers feeds the results page, its CSV download and the API.
A student's ``status`` is ``not_started`` (no attempt), ``finished`` (the attempt was finished,
or every question is answered) or ``in_progress``. Discernment is d′ over the fact_or_claim
answers, computed by ``quiz.services.skills`` (the students' service).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Answer, Assignment, Attempt, Membership, Question, User
from quiz.services import scoring

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # lets spreadsheet programs read the CSV as UTF-8


def _discernment(pairs: list[tuple[Question, Answer]]) -> dict[str, Any] | None:
    """d′ of the fact_or_claim answers, or None while the skills service is not installed."""
    try:
        from quiz.services.skills import discernment
    except ImportError:  # pragma: no cover - until the students' service is on main
        return None
    return discernment(pairs).to_json()


@dataclass
class StudentRow:
    student: User
    status: str
    totals: scoring.Totals
    discernment: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "student_id": self.student.id,
            "nickname": self.student.nickname,
            "status": self.status,
            **self.totals.to_json(),
            "discernment": self.discernment,
        }


@dataclass
class QuestionRow:
    question: Question
    answered: int = 0
    correct: int = 0
    wrong: Counter = field(default_factory=Counter)

    @property
    def correct_rate(self) -> float | None:
        return round(self.correct / self.answered, 4) if self.answered else None

    @property
    def most_common_wrong(self) -> str | None:
        """The wrong answer given most often, as text (ties: the earliest option)."""
        if not self.wrong:
            return None
        choice = min(self.wrong, key=lambda c: (-self.wrong[c], c))
        return choice_text(self.question, choice)

    def to_json(self) -> dict[str, Any]:
        return {
            "question_id": self.question.id,
            "answered": self.answered,
            "correct_rate": self.correct_rate,
            "most_common_wrong": self.most_common_wrong,
        }


def choice_text(question: Question, choice: Any) -> str:
    """A stored choice as words: the option, or the marked words of a spot_the_cue sentence."""
    options = question.options or []
    if isinstance(choice, list | tuple):
        return " … ".join(options[i] for i in choice if 0 <= i < len(options))
    if isinstance(choice, int) and 0 <= choice < len(options):
        return options[choice]
    return str(choice)


@dataclass
class Report:
    assignment: Assignment
    skills: list[str]
    students: list[StudentRow]
    questions: list[QuestionRow]

    def to_json(self) -> dict[str, Any]:
        return {
            "students": [s.to_json() for s in self.students],
            "questions": [q.to_json() for q in self.questions],
        }

    def counts(self) -> dict[str, int]:
        """How many students are in each status."""
        out = Counter(s.status for s in self.students)
        return {k: out.get(k, 0) for k in ("not_started", "in_progress", "finished")}


def report(session: Session, assignment: Assignment) -> Report:
    """Every student of the class (and anyone who answered), by nickname, and every question."""
    questions = scoring.set_questions(session, assignment.set_id)
    by_id = {q.id: q for q in questions}
    skills = scoring.skills_of(questions)
    students = _students(session, assignment)
    attempts = {
        a.student_id: a
        for a in session.scalars(sa.select(Attempt).where(Attempt.assignment_id == assignment.id))
    }
    rows = {q.id: QuestionRow(q) for q in questions}
    totals = {s.id: scoring.empty_totals(skills) for s in students}
    pairs: dict[int, list[tuple[Question, Answer]]] = {s.id: [] for s in students}
    answers = session.execute(
        sa.select(Attempt.student_id, Answer)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .where(Attempt.assignment_id == assignment.id)
        .order_by(Answer.id)
    ).all()
    for student_id, answer in answers:
        question = by_id.get(answer.question_id)
        totals[student_id].add(
            question.skill if question else "Other", answer.correct, answer.points
        )
        if question is None:
            continue
        pairs[student_id].append((question, answer))
        row = rows[question.id]
        row.answered += 1
        row.correct += int(answer.correct)
        if not answer.correct:
            row.wrong[_key(answer.choice)] += 1
    out = [
        StudentRow(
            s,
            _status(attempts.get(s.id), totals[s.id], len(questions)),
            totals[s.id],
            _discernment(pairs[s.id]),
        )
        for s in students
    ]
    return Report(assignment, skills, out, list(rows.values()))


def _key(choice: Any) -> Any:
    return tuple(choice) if isinstance(choice, list) else choice


def _students(session: Session, assignment: Assignment) -> list[User]:
    return list(
        session.scalars(
            sa.select(User)
            .where(
                User.id.in_(
                    sa.select(Membership.user_id)
                    .where(Membership.class_id == assignment.class_id)
                    .union(
                        sa.select(Attempt.student_id).where(Attempt.assignment_id == assignment.id)
                    )
                )
            )
            .order_by(sa.func.lower(User.nickname), User.id)
        )
    )


def _status(attempt: Attempt | None, totals: scoring.Totals, size: int) -> str:
    if attempt is None:
        return "not_started"
    if attempt.finished_at is not None or (size and totals.answered >= size):
        return "finished"
    return "in_progress"


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: formulas are defused with a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def results_csv(rep: Report, *, bom: bool = True) -> str:
    """The results as CSV: a header row, then one row a student (UTF-8 BOM first by default)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["student_id", "nickname", "status", "score", "correct", "answered", "d_prime"]
    for skill in rep.skills:
        header += [f"{skill} correct", f"{skill} answered"]
    writer.writerow([safe_cell(h) for h in header])
    for row in rep.students:
        t = row.totals
        d = (row.discernment or {}).get("d_prime")
        cells = [row.student.id, row.student.nickname or "", row.status, t.score, t.correct]
        cells += [t.answered, "" if d is None else d]
        for skill in rep.skills:
            counts = t.by_skill.get(skill, {"correct": 0, "answered": 0})
            cells += [counts["correct"], counts["answered"]]
        writer.writerow([safe_cell(c) for c in cells])
    return (BOM if bom else "") + out.getvalue()


@dataclass
class Bar:
    label: str
    value: float | None  # 0..1, None when nobody answered
    y: int
    width: int


def chart(rep: Report, width: int = 760, bar: int = 30, gap: int = 10, left: int = 60) -> dict:
    """Geometry of the share-right chart (one horizontal bar a question), for an SVG template."""
    span = width - left - 70
    bars = [
        Bar(
            f"Q{n}",
            q.correct_rate,
            gap + (n - 1) * (bar + gap),
            round(span * (q.correct_rate or 0)),
        )
        for n, q in enumerate(rep.questions, start=1)
    ]
    height = gap + len(bars) * (bar + gap)
    return {"bars": bars, "width": width, "height": height, "bar": bar, "left": left, "span": span}
