"""Teams of a class: made balanced in one step, then renamed or changed by hand.

Balanced means two things at once: team sizes differ by at most one, and the points students have
scored in the class so far are spread evenly — students are dealt to the teams in a snake order
(1, 2, 3, 3, 2, 1, …) from the highest scorer down. Ties (and a class with no scores yet) are
broken by a random shuffle, so teams are not simply alphabetical.
"""

from __future__ import annotations

import random

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import Assignment, Attempt, Classroom, Membership, Team, casefold_key
from quiz.services.roster import RosterRefused

MIN_TEAMS = 2
MAX_TEAMS = 12
TEAM_NAME_MAX = 40


def teams(session: Session, classroom: Classroom) -> list[Team]:
    """The class's teams, oldest first."""
    return list(
        session.scalars(sa.select(Team).where(Team.class_id == classroom.id).order_by(Team.id))
    )


def class_points(session: Session, class_id: int) -> dict[int, int]:
    """Each student's points over the class's assignments."""
    rows = session.execute(
        sa.select(Attempt.student_id, sa.func.sum(Attempt.score))
        .join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.class_id == class_id)
        .group_by(Attempt.student_id)
    ).all()
    return {uid: int(total or 0) for uid, total in rows}


def snake_order(n_teams: int, n_students: int) -> list[int]:
    """The team index each student in turn goes to: 0, 1, …, n-1, n-1, …, 0, 0, 1, …"""
    out: list[int] = []
    forward = list(range(n_teams))
    while len(out) < n_students:
        out.extend(forward)
        forward.reverse()
    return out[:n_students]


def balance(
    session: Session, classroom: Classroom, n_teams: int, rng: random.Random | None = None
) -> list[Team]:
    """Make ``n_teams`` balanced teams and put every student of the class in one.

    Existing teams are kept (with their names) up to ``n_teams``; missing ones are added as
    "Team N"; extra ones are deleted.
    """
    if not MIN_TEAMS <= n_teams <= MAX_TEAMS:
        raise RosterRefused(f"Make between {MIN_TEAMS} and {MAX_TEAMS} teams.")
    current = teams(session, classroom)
    for extra in current[n_teams:]:
        session.delete(extra)
    kept = current[:n_teams]
    used = {casefold_key(t.name) for t in kept}
    number = 1
    while len(kept) < n_teams:
        name = f"Team {number}"
        number += 1
        if casefold_key(name) not in used:
            team = Team(class_id=classroom.id, name=name)
            session.add(team)
            kept.append(team)
            used.add(casefold_key(name))
    session.flush()
    members = list(
        session.scalars(sa.select(Membership).where(Membership.class_id == classroom.id))
    )
    points = class_points(session, classroom.id)
    (rng or random.SystemRandom()).shuffle(members)
    members.sort(key=lambda m: -points.get(m.user_id, 0))  # stable: the shuffle breaks ties
    for member, index in zip(members, snake_order(n_teams, len(members)), strict=True):
        member.team_id = kept[index].id
    session.flush()
    return kept


def rename_team(session: Session, team: Team, name: str) -> None:
    """Rename a team; a name another team of the class has is refused."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= TEAM_NAME_MAX:
        raise RosterRefused(f"A team name has 1 to {TEAM_NAME_MAX} characters.")
    others = session.scalars(
        sa.select(Team.name).where(Team.class_id == team.class_id, Team.id != team.id)
    )
    if any(casefold_key(other) == casefold_key(name) for other in others):
        raise RosterRefused(f"Another team is already called “{name}”.")
    team.name = name
    session.flush()


def clear(session: Session, classroom: Classroom) -> None:
    """Delete the class's teams; students stay in the class, in no team."""
    session.execute(
        sa.update(Membership).where(Membership.class_id == classroom.id).values(team_id=None)
    )
    session.execute(sa.delete(Team).where(Team.class_id == classroom.id))
    session.flush()


def team_named(session: Session, class_id: int, name: str) -> Team | None:
    """The class's team of this name (whatever its case and spacing), or None."""
    key = casefold_key(name)
    rows = session.scalars(sa.select(Team).where(Team.class_id == class_id))
    return next((t for t in rows if casefold_key(t.name) == key), None)
