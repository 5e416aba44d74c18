"""Sign-in calls: teachers get a token with their password, students by joining a class."""

from __future__ import annotations

from typing import Literal

from flask import Response, current_app, g
from sqlalchemy.exc import IntegrityError

from quiz.api.common import ApiError, body_text, bp
from quiz.api.fields import WORD, WS, In, Out, fold_spaces, raw_text, string, text
from quiz.api.spec import ANY_USER, PUBLIC, endpoint, rule
from quiz.auth.forms import code_filter
from quiz.auth.views import SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS
from quiz.db import db
from quiz.extensions import limiter
from quiz.models import Classroom, Membership, Role, User, casefold_key
from quiz.services import nicknames, tokens
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


def _cfg(name: str):
    return lambda: current_app.config[name]


def _failed(response: Response) -> bool:
    """Only failed tries count against the sign-in limits."""
    return response.status_code >= 400


def account_key() -> str:
    """Rate-limit key for sign-in tries on one account (as ``quiz.extensions.account_key``).

    Reads the body with the API's own parser, which never raises: the shared helper calls
    ``request.get_json``, whose RecursionError on deeply nested JSON would become a 500.
    """
    return "account:" + body_text("username").strip().casefold()[:64]


def rejoin_key() -> str:
    """Rate-limit key for rejoin PIN guesses on one nickname of one class (JSON bodies)."""
    code = code_filter(body_text("join_code")) or ""
    nick = casefold_key(body_text("nickname"))
    return f"api-rejoin:{code[:12]}:{nick[:32]}"


def _has_pin() -> bool:
    return bool(body_text("rejoin_pin").strip())


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
@limiter.shared_limit(
    _cfg("LOGIN_LIMIT_PER_ACCOUNT"),
    scope=SIGN_IN_ACCOUNT,
    key_func=account_key,
    deduct_when=_failed,
)
@limiter.shared_limit(_cfg("LOGIN_LIMIT_PER_ADDRESS"), scope=SIGN_IN_ADDRESS, deduct_when=_failed)
def issue_token(body: TokenIn) -> dict:
    """A teacher signs in: a bearer token for their username and password."""
    user = db.session.scalar(User.by_username(body.username))
    if (
        user is None
        or not user.is_teacher
        or not user.active
        or not user.check_password(body.password)
    ):
        raise ApiError(401, "That username and password do not match a teacher's account.")
    secret = tokens.issue_token(db.session, user)
    db.session.commit()
    return {"token": secret, "role": user.role, "user_id": user.id}


@endpoint(bp, "DELETE", "/tokens/current", roles=ANY_USER, status=204, tag="sign-in")
def revoke_token():
    """The token used for this call stops working."""
    tokens.revoke(g.api_token)
    db.session.commit()


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
@limiter.limit(_cfg("JOIN_LIMIT_PER_ADDRESS"))
@limiter.limit(
    _cfg("REJOIN_LIMIT_PER_NICKNAME"),
    key_func=rejoin_key,
    exempt_when=lambda: not _has_pin(),
    deduct_when=_failed,
)
def join(body: JoinIn):
    """A student joins a class (201), or rejoins with their PIN (200)."""
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
    secret = tokens.issue_token(db.session, member.user)
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
        secret = tokens.issue_token(db.session, student)
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment ago (a double click, a race)
        db.session.rollback()
        raise ApiError(409, NICKNAME_TAKEN) from None
    return {"token": secret, "student_id": student.id, "class_id": classroom.id, "rejoin_pin": pin}
