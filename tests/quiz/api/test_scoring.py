"""The scoring service on its own: choices, correctness, the open window, totals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quiz.models import Assignment, AssignmentStatus, Question
from quiz.services import scoring

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
PICK = Question(kind="fact_or_claim", options=["Fact", "Claim"], answer=1)
MARK = Question(
    kind="spot_the_cue", options=["Kyiv", "officials", "said", "it", "fell"], answer=[0, 1, 2]
)


@pytest.mark.parametrize(
    ("question", "raw", "stored"),
    [(PICK, 0, 0), (PICK, 1, 1), (MARK, [2, 0], [0, 2]), (MARK, [4], [4])],
)
def test_normalize_choice(question, raw, stored):
    assert scoring.normalize_choice(question, raw) == stored


@pytest.mark.parametrize(
    ("question", "raw"),
    [
        (PICK, 2),
        (PICK, -1),
        (PICK, True),
        (PICK, "1"),
        (PICK, [1]),
        (MARK, 1),
        (MARK, []),
        (MARK, [1, 1]),
        (MARK, [5]),
    ],
)
def test_normalize_choice_refuses(question, raw):
    with pytest.raises(scoring.ChoiceError):
        scoring.normalize_choice(question, raw)


@pytest.mark.parametrize(
    ("question", "choice", "correct"),
    [
        (PICK, 1, True),
        (PICK, 0, False),
        (MARK, [0, 1, 2], True),
        (MARK, [1, 2], True),  # F1 0.8
        (MARK, [2], False),  # F1 0.5
        (MARK, [0, 1, 2, 3, 4], True),  # F1 0.75
        (MARK, [3, 4], False),
    ],
)
def test_is_correct(question, choice, correct):
    assert scoring.is_correct(question, choice) is correct


@pytest.mark.parametrize(
    ("status", "opens", "closes", "reason"),
    [
        (AssignmentStatus.OPEN, None, None, None),
        (AssignmentStatus.OPEN, NOW - timedelta(minutes=1), NOW + timedelta(minutes=1), None),
        (AssignmentStatus.OPEN, (NOW - timedelta(minutes=1)).replace(tzinfo=None), None, None),
        (AssignmentStatus.OPEN, NOW + timedelta(minutes=1), None, "not opened"),
        (AssignmentStatus.OPEN, None, NOW, "closed"),
        (AssignmentStatus.SCHEDULED, None, None, "not opened"),
        (AssignmentStatus.CLOSED, None, None, "closed"),
    ],
)
def test_accepts_answers(status, opens, closes, reason):
    row = Assignment(status=status, opens_at=opens, closes_at=closes)
    got = scoring.accepts_answers(row, NOW)
    assert (got is None) if reason is None else (reason in got)


def test_totals_add_up_by_skill():
    totals = scoring.empty_totals(["Fact or claim", "Hedging"])
    totals.add("Fact or claim", True, scoring.POINTS_PER_CORRECT)
    totals.add("Fact or claim", False, 0)
    assert totals.to_json() == {
        "score": 100,
        "correct": 1,
        "answered": 2,
        "by_skill": {
            "Fact or claim": {"correct": 1, "answered": 2},
            "Hedging": {"correct": 0, "answered": 0},
        },
    }
