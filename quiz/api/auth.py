"""Sign-in calls: teachers get a token with their password, students by joining a class."""

from __future__ import annotations

from flask import Response, current_app, g, jsonify
from sqlalchemy.exc import IntegrityError

from quiz.api import schemas
from quiz.api.common import ApiError, body_text, bp, created, json_body, require
from quiz.auth.forms import NICKNAME_RE, code_filter
from quiz.auth.views import SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS
from quiz.db import db
from quiz.extensions import limiter
from quiz.models import Classroom, Membership, User, casefold_key
from quiz.services import nicknames, tokens
from quiz.services.classes import add_student

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


@bp.post("/tokens")
@limiter.shared_limit(
    _cfg("LOGIN_LIMIT_PER_ACCOUNT"),
    scope=SIGN_IN_ACCOUNT,
    key_func=account_key,
    deduct_when=_failed,
)
@limiter.shared_limit(_cfg("LOGIN_LIMIT_PER_ADDRESS"), scope=SIGN_IN_ADDRESS, deduct_when=_failed)
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
    user = db.session.scalar(User.by_username(username))
    if user is None or not user.is_teacher or not user.active or not user.check_password(password):
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
@limiter.limit(_cfg("JOIN_LIMIT_PER_ADDRESS"))
@limiter.limit(
    _cfg("REJOIN_LIMIT_PER_NICKNAME"),
    key_func=rejoin_key,
    exempt_when=lambda: not _has_pin(),
    deduct_when=_failed,
)
def join():
    """A student joins a class with its code and a nickname, or comes back with their PIN."""
    body = json_body()
    schemas.only(body, {"join_code", "nickname", "rejoin_pin"})
    code = code_filter(schemas.text(body, "join_code", max_len=40))
    if not 4 <= len(code) <= 12:
        raise schemas.invalid("join_code", "a class code has 6 letters and numbers")
    nickname = schemas.text(body, "nickname", max_len=24, squash=True)
    if len(nickname) < 2 or not NICKNAME_RE.match(nickname):
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
