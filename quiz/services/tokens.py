"""API bearer tokens: issue, look up (touching ``last_used_at`` at most once a minute), revoke.

A token lives :data:`TOKEN_LIFETIME` (30 days) from when it was issued; after that it is refused
like a revoked one and its owner signs in (or rejoins) again for a new one. Owners list theirs and
revoke any of them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from quiz.db import utcnow
from quiz.models import API_TOKEN_LIFETIME, ApiToken, User

TOUCH_EVERY = timedelta(minutes=1)
TOKEN_LIFETIME = API_TOKEN_LIFETIME  # 30 days
MAX_TOKEN_CHARS = 200  # issued tokens have 43; anything much longer is not ours


def issue_token(session: Session, user: User, now: datetime | None = None) -> tuple[ApiToken, str]:
    """Store a new token for ``user``: its row, and its secret (shown once, stored only hashed)."""
    row, secret = ApiToken.issue(user)
    row.created_at = now or utcnow()
    row.expires_at = row.created_at + TOKEN_LIFETIME
    session.add(row)
    session.flush()
    return row, secret


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def is_live(row: ApiToken, now: datetime | None = None) -> bool:
    """Not revoked and not expired."""
    return row.revoked_at is None and _utc(row.expires_at) > (now or utcnow())


# One read for the token and its user, built once (every API call runs it). Two plain entities
# rather than a joinedload: a third less ORM work, and ``row.user`` is then found in the
# session's identity map without a query.
BY_HASH = (
    sa.select(ApiToken, User)
    .join(User, User.id == ApiToken.user_id)
    .where(ApiToken.token_hash == sa.bindparam("token_hash"))
)


def find_token(session: Session, secret: str) -> ApiToken | None:
    """The live token with this secret whose user is active, or None."""
    if not secret or len(secret) > MAX_TOKEN_CHARS:
        return None
    found = session.execute(BY_HASH, {"token_hash": ApiToken.hash(secret)}).first()
    if found is None:
        return None
    row, user = found
    if not is_live(row) or not user.active:
        return None
    set_committed_value(row, "user", user)  # loaded, not a change
    return row


def live_tokens(session: Session, user: User, now: datetime | None = None) -> list[ApiToken]:
    """The user's tokens that still work, newest first."""
    return list(
        session.scalars(
            sa.select(ApiToken)
            .where(
                ApiToken.user_id == user.id,
                ApiToken.revoked_at.is_(None),
                ApiToken.expires_at > (now or utcnow()),
            )
            .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
        )
    )


def own_token(session: Session, user: User, token_id: int) -> ApiToken | None:
    """One of the user's own tokens that still works, or None (another's looks the same)."""
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != user.id or not is_live(row):
        return None
    return row


def needs_touch(row: ApiToken, now: datetime | None = None) -> bool:
    """True when ``last_used_at`` is unset or more than a minute old (so writes stay rare)."""
    if row.last_used_at is None:
        return True
    return (now or utcnow()) - _utc(row.last_used_at) >= TOUCH_EVERY


def touch(row: ApiToken, now: datetime | None = None) -> bool:
    """Record that the token was used, at most once a minute; True when the row changed."""
    if not needs_touch(row, now):
        return False
    row.last_used_at = now or utcnow()
    return True


def revoke(row: ApiToken, now: datetime | None = None) -> None:
    """Stop the token working from now on."""
    row.revoked_at = now or utcnow()


def revoke_all(session: Session, user: User, now: datetime | None = None) -> int:
    """Stop every live token of ``user`` (sign out everywhere, a new password); how many."""
    result = session.execute(
        sa.update(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
    )
    return result.rowcount or 0
