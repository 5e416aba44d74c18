"""API bearer tokens: issue, look up (touching ``last_used_at`` at most once a minute), revoke."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from quiz.db import utcnow
from quiz.models import ApiToken, User

TOUCH_EVERY = timedelta(minutes=1)
MAX_TOKEN_CHARS = 200  # issued tokens have 43; anything much longer is not ours


def issue_token(session: Session, user: User) -> str:
    """Store a new token for ``user`` and return its secret (shown once, stored only hashed)."""
    row, secret = ApiToken.issue(user)
    session.add(row)
    session.flush()
    return secret


# One read for the token and its user, built once (every API call runs it).
BY_HASH = (
    sa.select(ApiToken)
    .where(ApiToken.token_hash == sa.bindparam("token_hash"))
    .options(joinedload(ApiToken.user))
)


def find_token(session: Session, secret: str) -> ApiToken | None:
    """The live token with this secret whose user is active, or None."""
    if not secret or len(secret) > MAX_TOKEN_CHARS:
        return None
    row = session.scalar(BY_HASH, {"token_hash": ApiToken.hash(secret)})
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    return row


def needs_touch(row: ApiToken, now: datetime | None = None) -> bool:
    """True when ``last_used_at`` is unset or more than a minute old (so writes stay rare)."""
    if row.last_used_at is None:
        return True
    last = row.last_used_at
    if last.tzinfo is None:  # SQLite returns naive datetimes; every stored time is UTC
        last = last.replace(tzinfo=UTC)
    return (now or utcnow()) - last >= TOUCH_EVERY


def touch(row: ApiToken, now: datetime | None = None) -> bool:
    """Record that the token was used, at most once a minute; True when the row changed."""
    if not needs_touch(row, now):
        return False
    row.last_used_at = now or utcnow()
    return True


def revoke(row: ApiToken, now: datetime | None = None) -> None:
    """Stop the token working from now on."""
    row.revoked_at = now or utcnow()
