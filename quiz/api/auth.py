"""Sign-in calls: teachers get a token with their password, students by joining a class."""

from __future__ import annotations

from typing import Literal

from flask import g
from sqlalchemy.exc import IntegrityError

from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import WORD, WS, In, Out, UtcTime, fold_spaces, raw_text, string, text
from quiz.api.spec import ANY_USER, PUBLIC, endpoint, rule
from quiz.auth.forms import code_filter, nickname_problem
from quiz.db import db
from quiz.extensions import join_limits, sign_in_limits
from quiz.models import Classroom, Membership, Role
from quiz.services import nicknames, passwords, tokens
from quiz.services.classes import add_student

# A class code as typed: 4 to 12 letters and digits, with any spaces and dashes (ignored).
CODE = rf"^[{WS}-]*(?:[^{WS}\x00-][{WS}-]*){{4,12}}$"
PIN = r"^[0-9]{4}$"
NICKNAME_RULE = "2 to 24 letters, numbers, spaces, dots, apostrophes and dashes"
# What the pages' NICKNAME_RE accepts once spaces are folded, at least two characters long.
NICKNAME = rf"^[{WS}]*[{WORD}][{WS}]*[{WORD}.'-][{WORD}.'{WS}-]*$"


class TokenIn(In):
    username: text(64, squash=True)
    password: raw_text(200)


class TokenOut(Out):
    token: str
    role: Literal[Role.TEACHER, Role.ADMIN]
    user_id: int


class TokenInfo(Out):
    """One of the caller's tokens (never its secret); ``current``: the one this call used."""

    id: int
    created_at: UtcTime
    last_used_at: UtcTime | None
    expires_at: UtcTime
    current: bool


class JoinIn(In):
    join_code: string(
        max_len=40, regex=CODE, message="a class code has 6 letters and numbers", tidy=code_filter
    )
    nickname: string(max_len=24, min_len=2, regex=NICKNAME, message=NICKNAME_RULE, tidy=fold_spaces)
    rejoin_pin: string(max_len=4, regex=PIN, message="a rejoin PIN is 4 digits") = None  # type: ignore[assignment]


class RejoinOut(Out):
    token: str
    student_id: int
    class_id: int


class JoinOut(RejoinOut):
    rejoin_pin: str


NICKNAME_TAKEN = (
    "That nickname is taken in this class. Pick another, or send your rejoin_pin if it is you."
)


@endpoint(
    bp,
    "POST",
    "/tokens",
    roles=PUBLIC,
    body=TokenIn,
    response=TokenOut,
    status=201,
    errors={
        401: "That username and password do not match a teacher's account.",
        429: ("Too many failed sign-ins; wait and retry."),
    },
    tag="sign-in",
)
@sign_in_limits  # one set of budgets with the sign-in page (quiz.extensions)
def issue_token(body: TokenIn) -> dict:
    """A teacher signs in: a bearer token for their username and password."""
    user = passwords.check_sign_in(db.session, body.username, body.password)
    if user is None:
        raise ApiError(401, "That username and password do not match a teacher's account.")
    _, secret = tokens.issue_token(db.session, user)
    db.session.commit()
    return {"token": secret, "role": user.role, "user_id": user.id}


@endpoint(bp, "DELETE", "/tokens/current", roles=ANY_USER, status=204, tag="sign-in")
def revoke_token():
    """Revoke the token of this call: it stops working at once."""
    tokens.revoke(g.api_token)
    db.session.commit()


@endpoint(bp, "GET", "/tokens", roles=ANY_USER, response=list[TokenInfo], tag="sign-in")
def list_tokens():
    """The caller's tokens that still work, newest first (secrets are never shown again)."""
    rows = tokens.live_tokens(db.session, current())
    return [_token_info(row) for row in rows]


@endpoint(bp, "DELETE", "/tokens/{token_id}", roles=ANY_USER, status=204, tag="sign-in")
def revoke_one_token(token_id: int):
    """Revoke one of the caller's tokens (another device's, a lost one)."""
    row = tokens.own_token(db.session, current(), token_id)
    if row is None:
        raise not_found("That token")
    tokens.revoke(row)
    db.session.commit()


def _token_info(row) -> dict:
    return {
        "id": row.id,
        "created_at": row.created_at,
        "last_used_at": row.last_used_at,
        "expires_at": row.expires_at,
        "current": row.id == g.api_token.id,
    }


@endpoint(
    bp,
    "POST",
    "/join",
    roles=PUBLIC,
    body=JoinIn,
    responses={201: JoinOut, 200: RejoinOut},
    errors={
        401: "That nickname and PIN do not match anyone in this class.",
        404: "No class has that code.",
        409: "That nickname is taken in this class.",
        429: "Too many joins or PIN guesses; wait and retry.",
    },
    tag="sign-in",
)
@join_limits  # one PIN budget with the join page, whatever the spelling (quiz.extensions)
def join(body: JoinIn):
    """A student joins a class (201), or rejoins with their PIN (200)."""
    if (problem := nickname_problem(body.nickname)) is not None:
        raise rule("nickname", problem)
    classroom = db.session.scalar(Classroom.by_code(body.join_code))
    if classroom is None:
        raise ApiError(404, "No class has that code. Check it with your teacher.")
    if body.rejoin_pin is not None:
        return _rejoin(classroom, body.nickname, body.rejoin_pin)
    return _join_new(classroom, body.nickname)


def _rejoin(classroom: Classroom, nickname: str, pin: str):
    member = db.session.scalar(Membership.by_nickname(classroom.id, nickname))
    if member is None or not member.user.active or not member.user.check_pin(pin):
        raise ApiError(401, "That nickname and PIN do not match anyone in this class.")
    _, secret = tokens.issue_token(db.session, member.user)
    db.session.commit()
    return {"token": secret, "student_id": member.user_id, "class_id": classroom.id}, 200


def _join_new(classroom: Classroom, nickname: str):
    if (reason := nicknames.refusal(nickname)) is not None:
        raise rule("nickname", reason)
    if db.session.scalar(Membership.by_nickname(classroom.id, nickname)) is not None:
        raise ApiError(409, NICKNAME_TAKEN)
    student, pin = add_student(db.session, classroom, nickname)
    try:
        db.session.flush()
        _, secret = tokens.issue_token(db.session, student)
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment ago (a double click, a race)
        db.session.rollback()
        raise ApiError(409, NICKNAME_TAKEN) from None
    return {
        "token": secret,
        "student_id": student.id,
        "class_id": classroom.id,
        "rejoin_pin": pin,
    }
