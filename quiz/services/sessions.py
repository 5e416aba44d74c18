"""Signed-in browser sessions, kept server-side: start, find, end one, end all of a user's.

The signed cookie carries only a random secret; the row (found by the secret's SHA-256) says
whether the session is still on. Signing out ends the row, so a copied cookie stops working; "sign
out everywhere" ends every row of the user. A session also ends ``lifetime`` after it started.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import LoginSession, User

MAX_SECRET_CHARS = 100


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def signed_in_check(secret: object, lifetime: timedelta) -> tuple[str, datetime] | None:
    """What a single read needs to check this session itself (its secret's hash and the oldest
    start a live session may have), or None for a secret that cannot be one."""
    if not isinstance(secret, str) or not 0 < len(secret) <= MAX_SECRET_CHARS:
        return None
    return _hash(secret), utcnow() - lifetime


def start(session: Session, user: User, new_pin: str | None = None) -> str:
    """A new session for ``user``; returns the secret to keep in the cookie."""
    secret = secrets.token_urlsafe(32)
    session.add(LoginSession(user=user, token_hash=_hash(secret), new_pin=new_pin))
    session.flush()
    return secret


def _live(secret: object, lifetime: timedelta, now: datetime | None = None) -> sa.Select:
    if not isinstance(secret, str) or not 0 < len(secret) <= MAX_SECRET_CHARS:
        secret = ""
    since = (now or utcnow()) - lifetime
    return sa.select(LoginSession).where(
        LoginSession.token_hash == _hash(secret),
        LoginSession.ended_at.is_(None),
        LoginSession.created_at > since,
    )


def find(session: Session, secret: object, lifetime: timedelta) -> LoginSession | None:
    """The live session with this secret (not ended, not older than ``lifetime``), or None."""
    return session.scalar(_live(secret, lifetime))


def user_of(session: Session, secret: object, user_id: int, lifetime: timedelta) -> User | None:
    """The active user of the live session with this secret, when it is ``user_id``'s.

    One indexed read (every signed-in request runs it): the session row by its hash, joined to
    its user.
    """
    if not isinstance(secret, str) or not 0 < len(secret) <= MAX_SECRET_CHARS:
        return None
    params = {"token_hash": _hash(secret), "since": utcnow() - lifetime, "user_id": user_id}
    return session.scalar(USER_OF, params)


# Built once: every signed-in request runs it.
USER_OF = (
    sa.select(User)
    .join(LoginSession, LoginSession.user_id == User.id)
    .where(
        LoginSession.token_hash == sa.bindparam("token_hash"),
        LoginSession.ended_at.is_(None),
        LoginSession.created_at > sa.bindparam("since", type_=LoginSession.created_at.type),
        User.id == sa.bindparam("user_id"),
        User.active.is_(True),
    )
)


def end(session: Session, secret: object) -> None:
    """End the session with this secret (signing out)."""
    session.execute(
        sa.update(LoginSession)
        .where(LoginSession.token_hash == _hash(str(secret)), LoginSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )


def end_all(session: Session, user: User) -> int:
    """End every session of ``user`` (sign out everywhere); returns how many were on."""
    result = session.execute(
        sa.update(LoginSession)
        .where(LoginSession.user_id == user.id, LoginSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
    return result.rowcount or 0


def take_new_pin(session: Session, secret: object, lifetime: timedelta) -> str | None:
    """The rejoin PIN waiting to be shown on this session, forgotten as it is read."""
    row = find(session, secret, lifetime)
    if row is None or row.new_pin is None:
        return None
    pin, row.new_pin = row.new_pin, None
    return pin
