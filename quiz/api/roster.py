"""Teachers' roster calls: rename a student or move them to a team, reset their PIN, remove them.

Every call acts on a student of one of the caller's classes (quiz.services.roster.own_member);
another teacher's student, or an id that is no student, answers 404 and changes nothing.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from quiz.api.auth import NICKNAME, NICKNAME_RULE
from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import In, Out, fold_spaces, string, text
from quiz.api.spec import TEACHERS, endpoint, rule
from quiz.api.teach import StudentOut
from quiz.db import db
from quiz.models import Membership
from quiz.services import roster, teams

TEAM_FIELD = (
    "The NAME of one of the student's class's teams (not an id), matched whatever its case and "
    "spacing, as GET /classes/{class_id}/students gives it in each student's team and the class "
    "page shows it; the student moves to that team. null takes the student out of their team. A "
    "name the class has no team of answers 422 (code rule, field team); teams are made, balanced "
    "and renamed on the class page."
)


class StudentPatch(In):
    """Any of the two: a new nickname; a team of the class by its name, or null for no team."""

    nickname: (
        string(max_len=24, min_len=2, regex=NICKNAME, message=NICKNAME_RULE, tidy=fold_spaces)
        | None
    ) = None
    team: Annotated[text(40, squash=True) | None, Field(description=TEAM_FIELD)] = None


class PinOut(Out):
    rejoin_pin: str


def own_member(student_id: int) -> Membership:
    member = roster.own_member(db.session, current(), student_id)
    if member is None:
        raise not_found("That student")
    return member


def _out(member: Membership) -> dict:
    team = member.team.name if member.team else None
    return {"id": member.user_id, "nickname": member.user.nickname, "team": team}


@endpoint(
    bp,
    "PATCH",
    "/students/{student_id}",
    roles=TEACHERS,
    body=StudentPatch,
    response=StudentOut,
    errors={409: "Another student of the class has that nickname."},
)
def patch_student(student_id: int, body: StudentPatch):
    """Rename a student, or move them to another team of their class (or to none).

    ``team`` is a team's name (see the field); the answer gives the student's team by name too
    (null: no team). Only the fields sent change."""
    member = own_member(student_id)
    sent = body.model_fields_set
    try:
        if "nickname" in sent:
            if body.nickname is None:
                raise rule("nickname", "a student keeps a nickname; send a new one")
            roster.rename(db.session, member, body.nickname)
        if "team" in sent:
            team = None
            if body.team is not None:
                team = teams.team_named(db.session, member.class_id, body.team)
                if team is None:
                    raise rule("team", "the class has no team of that name")
            roster.set_team(db.session, member, team.id if team else None)
    except roster.NicknameTaken as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    except roster.RosterRefused as exc:
        db.session.rollback()
        raise rule("nickname", str(exc)) from None
    db.session.commit()
    db.session.refresh(member)
    return _out(member)


@endpoint(bp, "POST", "/students/{student_id}/pin", roles=TEACHERS, response=PinOut)
def reset_student_pin(student_id: int):
    """A new rejoin PIN for the student, returned once; the old one stops working."""
    member = own_member(student_id)
    pin = roster.reset_pin(db.session, member)
    db.session.commit()
    return {"rejoin_pin": pin}


@endpoint(bp, "DELETE", "/students/{student_id}", roles=TEACHERS, response=None, status=204)
def delete_student(student_id: int):
    """Remove the student from the class, with their attempts and answers."""
    member = own_member(student_id)
    roster.remove(db.session, member)
    db.session.commit()
    return None
