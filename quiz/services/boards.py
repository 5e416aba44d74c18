"""What a board shows to whom: the teacher's settings (hidden, frozen, top N) and the display link.

The teacher always sees the whole board, with the settings marked. A student and the projector
see it as the teacher set it: nothing while hidden; the answers up to the moment it froze while
frozen; only the first N rows with a top N — and a student still sees their own row and rank.
The display link is a random key of which only the SHA-256 is stored; renewing it makes the old
link show nothing, revoking it too.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import ClassBoard, Classroom
from quiz.services import ranking

SCOPES = ("all", "week")
MAX_TOP_N = 100


@dataclass
class BoardView:
    """A board as one viewer may see it."""

    hidden: bool = False
    frozen_at: datetime | None = None
    top_n: int | None = None
    entries: list[ranking.Entry] = field(default_factory=list)
    mine: ranking.Entry | None = None  # the viewer's own row, even when outside the top N
    total: int = 0  # how many are ranked, shown or not (of the first ``limit`` when limited)


def settings(session: Session, class_id: int, *, create: bool = False) -> ClassBoard:
    """The class's board settings; defaults (stored only when ``create``) the first time."""
    row = session.get(ClassBoard, class_id)
    if row is None:
        row = ClassBoard(class_id=class_id, hidden=False)
        if create:
            session.add(row)
            session.flush()
    return row


def update(
    session: Session, class_id: int, *, hidden: bool, frozen: bool, top_n: int | None
) -> ClassBoard:
    """Set hide, freeze (keeping the first freeze time while it stays frozen) and top N."""
    if top_n is not None and not 1 <= top_n <= MAX_TOP_N:
        raise ValueError(f"Top N must be between 1 and {MAX_TOP_N}.")
    row = settings(session, class_id, create=True)
    row.hidden = hidden
    if frozen and row.frozen_at is None:
        row.frozen_at = utcnow()
    elif not frozen:
        row.frozen_at = None
    row.top_n = top_n
    return row


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def renew_display_key(session: Session, class_id: int) -> str:
    """A new display link key for the class (the old one stops working); shown once."""
    key = secrets.token_urlsafe(24)
    row = settings(session, class_id, create=True)
    row.display_key_hash, row.display_key_at = _hash(key), utcnow()
    return key


def revoke_display_key(session: Session, class_id: int) -> None:
    row = settings(session, class_id, create=True)
    row.display_key_hash = row.display_key_at = None


def class_for_display(session: Session, key: str) -> Classroom | None:
    """The class whose live display link this is, or None (unknown, revoked, or renewed)."""
    if not key or len(key) > 100:
        return None
    row = session.scalar(sa.select(ClassBoard).where(ClassBoard.display_key_hash == _hash(key)))
    return None if row is None else session.get(Classroom, row.class_id)


def view(
    session: Session,
    class_id: int,
    *,
    scope: str = "all",
    assignment_id: int | None = None,
    viewer_id: int | None = None,
    teacher: bool = False,
    now: datetime | None = None,
    with_players: bool = False,
    limit: int | None = None,
) -> BoardView:
    """The board of a class (``scope`` all or week, or one assignment) as this viewer sees it.

    ``limit``: only the first rows are read (the projector: the teacher's top N, else 10) —
    then ``mine`` is found only within them.
    """
    cfg = settings(session, class_id)
    out = BoardView(hidden=cfg.hidden, frozen_at=cfg.frozen_at, top_n=cfg.top_n)
    if cfg.hidden and not teacher:
        return out
    since = ranking.week_start(now or utcnow()) if scope == "week" else None
    until = None if teacher else cfg.frozen_at
    if limit is not None and not teacher and cfg.top_n:
        limit = cfg.top_n  # the teacher's top N is what is shown
    rows = ranking.leaderboard(
        session, class_id, assignment_id, since=since, until=until, with_players=with_players,
        limit=limit,
    )  # fmt: skip
    out.total = len(rows)
    out.mine = next((e for e in rows if e.student_id == viewer_id), None)
    out.entries = rows if teacher or not cfg.top_n else rows[: cfg.top_n]
    return out
