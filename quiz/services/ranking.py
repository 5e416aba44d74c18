"""THE leaderboard: one ranking, used by every view that shows one (class, week, assignment,
live game, teams; pages, projector and API alike).

The ranking (deterministic, the same on SQLite and PostgreSQL):
  1. points, highest first (100 a right answer);
  2. speed bonus, highest first (only timed live games give one; 0 elsewhere), so a right
     answer always counts before a fast one;
  3. the earlier finish wins: the time the score was reached — the student's last
     point-earning answer — earliest first (students on 0 have no such time and come after);
  4. nickname key (trimmed, case-folded nickname), A to Z;
  5. student id, lowest first (only if all else is equal).
``rank`` is the 1-based position in that order: the tie-break decides, no two rows share one.
Teams rank by the same keys over their members' sums (reach time: the latest member's), then
team name.

Who: every current member of the class with at least one recorded answer in the scope (and, in
a live game, every player who joined, from 0). A scope may be cut to answers ``since`` a time
(the week's board) or ``until`` one (a frozen board shows the answers before it froze).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Answer, Assignment, Attempt, Membership, Team, User


@dataclass(slots=True)
class Entry:
    """One row of a leaderboard (slots, not frozen: 2,000 of them are made in a few ms)."""

    rank: int
    student_id: int
    nickname: str
    score: int
    bonus: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"rank": self.rank, "nickname": self.nickname, "score": self.score}


@dataclass(frozen=True)
class TeamEntry:
    rank: int
    team_id: int
    name: str
    score: int
    bonus: int
    members: int

    def to_json(self) -> dict[str, Any]:
        return {"rank": self.rank, "team": self.name, "score": self.score, "bonus": self.bonus}


def week_start(now: datetime) -> datetime:
    """Monday 00:00 UTC of ``now``'s week: where 'this week' begins."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def _totals(
    class_id: int,
    assignment_id: int | None,
    since: datetime | None,
    until: datetime | None,
    with_players: bool,
) -> sa.Subquery:
    """Per student: points, bonus and reach time over the scope.

    Without a time cut the totals come from the attempts' running columns (``score``, ``bonus``,
    ``reached_at``, kept by ``scoring.record_answer`` in the same transaction as each answer):
    one row per attempt instead of one per answer. A week or a freeze sums the answers.
    """
    if since is None and until is None:
        return _attempt_totals(class_id, assignment_id, with_players)
    join = (Answer.attempt_id == Attempt.id) & _window(since, until)
    query = (
        sa.select(
            Attempt.student_id.label("student_id"),
            sa.func.coalesce(sa.func.sum(Answer.points), 0).label("score"),
            sa.func.coalesce(sa.func.sum(Answer.bonus), 0).label("bonus"),
            sa.func.max(sa.case((Answer.points > 0, Answer.answered_at))).label("reached"),
        )
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.class_id == class_id)
        .group_by(Attempt.student_id)
    )
    if with_players:  # a live game lists everyone who joined, answered or not
        query = query.outerjoin(Answer, join)
    else:
        query = query.join(Answer, join)
    if assignment_id is not None:
        query = query.where(Attempt.assignment_id == assignment_id)
    return query.subquery()


def _attempt_totals(class_id: int, assignment_id: int | None, with_players: bool) -> sa.Subquery:
    query = sa.select(
        Attempt.student_id.label("student_id"),
        sa.func.sum(Attempt.score).label("score"),
        sa.func.sum(Attempt.bonus).label("bonus"),
        sa.func.max(Attempt.reached_at).label("reached"),
    ).group_by(Attempt.student_id)
    if assignment_id is not None:
        query = query.where(Attempt.assignment_id == assignment_id)
    else:
        query = query.join(Assignment, Assignment.id == Attempt.assignment_id).where(
            Assignment.class_id == class_id
        )
    if not with_players:  # only attempts with an answer (an attempt that scored has one)
        answered = sa.exists().where(Answer.attempt_id == Attempt.id)
        query = query.where((Attempt.score > 0) | answered)
    return query.subquery()


def _window(since: datetime | None, until: datetime | None) -> sa.ColumnElement[bool]:
    cond = sa.true()
    if since is not None:
        cond = cond & (Answer.answered_at >= since)
    if until is not None:
        cond = cond & (Answer.answered_at <= until)
    return cond


def leaderboard(
    session: Session,
    class_id: int,
    assignment_id: int | None = None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    with_players: bool = False,
    limit: int | None = None,
) -> list[Entry]:
    """The ranking of a class's students, over all its assignments or over one (see above);
    ``limit``: only the first rows (the database sorts, Python makes only those)."""
    t = _totals(class_id, assignment_id, since, until, with_players)
    member = (Membership.user_id == t.c.student_id) & (Membership.class_id == class_id)
    query = (
        sa.select(t.c.student_id, User.nickname, t.c.score, t.c.bonus)
        .join(Membership, member)
        .join(User, User.id == t.c.student_id)
        .order_by(
            t.c.score.desc(),
            t.c.bonus.desc(),
            t.c.reached.asc().nulls_last(),
            Membership.nickname_key.asc(),
            t.c.student_id.asc(),
        )
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        Entry(n, uid, nick or f"student {uid}", int(score), int(bonus))
        for n, (uid, nick, score, bonus) in enumerate(session.execute(query), start=1)
    ]


def team_board(
    session: Session,
    class_id: int,
    assignment_id: int | None = None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[TeamEntry]:
    """The class's teams ranked by their members' summed points (the same keys as above)."""
    t = _totals(class_id, assignment_id, since, until, True)
    score = sa.func.coalesce(sa.func.sum(t.c.score), 0)
    bonus = sa.func.coalesce(sa.func.sum(t.c.bonus), 0)
    query = (
        sa.select(Team.id, Team.name, score, bonus, sa.func.count(t.c.student_id))
        .join(Membership, Membership.team_id == Team.id)
        .outerjoin(t, t.c.student_id == Membership.user_id)
        .where(Team.class_id == class_id)
        .group_by(Team.id, Team.name)
        .order_by(score.desc(), bonus.desc(), sa.func.max(t.c.reached).asc().nulls_last(),
                  Team.name.asc(), Team.id.asc())
    )  # fmt: skip
    return [
        TeamEntry(n, tid, name, int(s), int(b), int(count))
        for n, (tid, name, s, b, count) in enumerate(session.execute(query), start=1)
    ]
