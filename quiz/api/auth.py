"""Sign-in calls: teachers get a token with their password, students by joining a class."""

from __future__ import annotations

from flask import Response, g, jsonify
from sqlalchemy.exc import IntegrityError

from quiz.api import schemas
from quiz.api.common import ApiError, bp, created, json_body, require
from quiz.auth.forms import code_filter, nickname_problem
from quiz.db import db
from quiz.extensions import join_limits, sign_in_limits
from quiz.models import Classroom, Membership
from quiz.services import nicknames, passwords, tokens
from quiz.services.classes import add_student

NICKNAME_TAKEN = (
    "That nickname is taken in this class. Pick another, or send your rejoin_pin if it is you."
)


@bp.post("/tokens")
@sign_in_limits
def issue_token():
    """A teacher trades username and password for a bearer token."""
    body = json_body()
    schemas.only(body, {"username", "password"})
    username = schemas.text(body, "username", max_len=64, squash=True)
    password = body.get("password")
    if not isinstance(password, str) or not password:
        raise schemas.invalid("password", "this field is required (a string)")
    if len(password) > 200:
        raise schemas.invalid("password", "must be at most 200 characters")
    user = passwords.check_sign_in(db.session, username, password)
    if user is None:
        raise ApiError(401, "That username and password do not match a teacher's account.")
    secret = tokens.issue_token(db.session, user)
    db.session.commit()
    return created({"token": secret, "role": user.role.value, "user_id": user.id})


@bp.delete("/tokens/current")
@require()
def revoke_token():
    """The token used for this call stops working."""
    tokens.revoke(g.api_token)
    db.session.commit()
    return Response(status=204)


@bp.post("/join")
@join_limits
def join():
    """A student joins a class with its code and a nickname, or comes back with their PIN."""
    body = json_body()
    schemas.only(body, {"join_code", "nickname", "rejoin_pin"})
    code = code_filter(schemas.text(body, "join_code", max_len=40))
    if not 4 <= len(code) <= 12:
        raise schemas.invalid("join_code", "a class code has 6 letters and numbers")
    nickname = schemas.text(body, "nickname", max_len=24, squash=True)
    if nickname_problem(nickname):
        raise schemas.invalid(
            "nickname", "2 to 24 letters, numbers, spaces, dots, apostrophes and dashes"
        )
    pin = schemas.text(body, "rejoin_pin", max_len=4, required=False)
    if pin is not None and not (len(pin) == 4 and pin.isascii() and pin.isdigit()):
        raise schemas.invalid("rejoin_pin", "a rejoin PIN is 4 digits")
    classroom = db.session.scalar(Classroom.by_code(code))
    if classroom is None:
        raise ApiError(404, "No class has that code. Check it with your teacher.")
    if pin is not None:
        return _rejoin(classroom, nickname, pin)
    return _join_new(classroom, nickname)


def _rejoin(classroom: Classroom, nickname: str, pin: str):
    member = db.session.scalar(Membership.by_nickname(classroom.id, nickname))
    if member is None or not member.user.active or not member.user.check_pin(pin):
        raise ApiError(401, "That nickname and PIN do not match anyone in this class.")
    secret = tokens.issue_token(db.session, member.user)
    db.session.commit()
    return jsonify(token=secret, student_id=member.user_id, class_id=classroom.id)


def _join_new(classroom: Classroom, nickname: str):
    if (reason := nicknames.refusal(nickname)) is not None:
        raise schemas.invalid("nickname", reason)
    if db.session.scalar(Membership.by_nickname(classroom.id, nickname)) is not None:
        raise ApiError(409, NICKNAME_TAKEN)
    student, pin = add_student(db.session, classroom, nickname)
    try:
        db.session.flush()
        secret = tokens.issue_token(db.session, student)
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment ago (a double click, a race)
        db.session.rollback()
        raise ApiError(409, NICKNAME_TAKEN) from None
    return created(
        {"token": secret, "student_id": student.id, "class_id": classroom.id, "rejoin_pin": pin}
    )
