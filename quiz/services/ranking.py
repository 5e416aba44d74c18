"""THE leaderboard: one query, used by every view that shows a ranking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Answer, Assignment, Attempt, Membership, User


@dataclass(frozen=True)
class Entry:
    """One row of a leaderboard."""

    rank: int
    student_id: int
    nickname: str
    score: int

    def to_json(self) -> dict[str, Any]:
        return {"rank": self.rank, "nickname": self.nickname, "score": self.score}


def leaderboard(session: Session, class_id: int, assignment_id: int | None = None) -> list[Entry]:
    """The ranking of a class's students, over all its assignments or over one.

    Who: every current member of the class with at least one recorded answer (in that
    assignment, when one is given). Score: the sum of their answers' points.

    Order (deterministic, the same on SQLite and PostgreSQL):
      1. score, highest first;
      2. the time the score was reached, earliest first: the time of the student's last
         point-earning answer (so of two students on 300, the one who got there first leads;
         students on 0 points have no such time and fall through to the next keys);
      3. nickname key (trimmed, case-folded nickname), A to Z;
      4. student id, lowest first (only if all else is equal).
    ``rank`` is the 1-based position in that order: the tie-break decides, no two rows share one.
    """
    score = sa.func.coalesce(sa.func.sum(Answer.points), 0)
    reached = sa.func.max(sa.case((Answer.points > 0, Answer.answered_at)))
    query = (
        sa.select(Membership.user_id, User.nickname, score.label("score"))
        .join(User, User.id == Membership.user_id)
        .join(Attempt, Attempt.student_id == Membership.user_id)
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .join(Answer, Answer.attempt_id == Attempt.id)
        .where(Membership.class_id == class_id, Assignment.class_id == class_id)
        .group_by(Membership.user_id, User.nickname, Membership.nickname_key)
        .order_by(
            score.desc(),
            reached.asc().nulls_last(),
            Membership.nickname_key.asc(),
            Membership.user_id.asc(),
        )
    )
    if assignment_id is not None:
        query = query.where(Attempt.assignment_id == assignment_id)
    return [
        Entry(rank=n, student_id=uid, nickname=nick or f"student {uid}", score=int(points))
        for n, (uid, nick, points) in enumerate(session.execute(query), start=1)
    ]
