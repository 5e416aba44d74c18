"""Teacher accounts: invite codes an admin makes, signing up with one, changing a password, and
the list of teachers an admin sees.

An invite code is shown once, stored only as its SHA-256, used once, and expires. Every password a
teacher chooses is checked by :func:`quiz.services.passwords.password_problem` (the one rule).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import (
    JOIN_CODE_ALPHABET,
    Classroom,
    Invite,
    Membership,
    Role,
    Story,
    User,
    casefold_key,
)
from quiz.services.passwords import password_problem

INVITE_DAYS = 14
INVITE_GROUPS = 3  # XXXX-XXXX-XXXX: 12 characters of 31, about 59 bits
USERNAME_RE = re.compile(r"^[\w][\w.\-]*$")


class AccountRefused(ValueError):
    """A sign-up or password change that cannot be made; the message says why."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def normalize_code(code: str) -> str:
    """Invite codes are typed from a message: ignore case, spaces and dashes."""
    return re.sub(r"[\s\-]", "", code or "").upper()


def _new_code() -> str:
    groups = ("".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


def make_invite(session: Session, admin: User, note: str | None = None) -> tuple[Invite, str]:
    """A new invite code (returned once) that lets one teacher sign up in the next 14 days."""
    code = _new_code()
    invite = Invite(
        code_hash=Invite.hash(normalize_code(code)),
        note=(note or None),
        created_by_id=admin.id,
        expires_at=utcnow() + timedelta(days=INVITE_DAYS),
    )
    session.add(invite)
    session.flush()
    return invite, code


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def usable_invite(session: Session, code: str) -> Invite | None:
    """The invite with this code if it is unused, not withdrawn and not expired, else None."""
    key = normalize_code(code)
    if not 8 <= len(key) <= 32:
        return None
    invite = session.scalar(sa.select(Invite).where(Invite.code_hash == Invite.hash(key)))
    if invite is None or invite.used_at or invite.revoked_at:
        return None
    return invite if _aware(invite.expires_at) > utcnow() else None


def check_username(session: Session, username: str) -> None:
    """Refuse a username of the wrong shape, or one someone has (whatever its case)."""
    if not 2 <= len(username) <= 64 or not USERNAME_RE.match(username):
        raise AccountRefused(
            "A username has 2 to 64 letters, numbers, dots, dashes or underscores.", "username"
        )
    if session.scalar(User.by_username(username)) is not None:
        raise AccountRefused("That username is taken; choose another.", "username")


def sign_up(session: Session, code: str, username: str, password: str) -> User:
    """A new teacher account from an invite code, which is then used up."""
    invite = usable_invite(session, code)
    if invite is None:
        raise AccountRefused(
            "That invite code is not valid: it may be mistyped, used already, withdrawn or "
            "expired. Ask your admin for a new one.",
            "code",
        )
    check_username(session, username)
    problem = password_problem(password, username=username)
    if problem:
        raise AccountRefused(problem, "password")
    user = User(role=Role.TEACHER, username=username, username_key=casefold_key(username))
    user.set_password(password)
    session.add(user)
    session.flush()
    # Used once: of two sign-ups racing with one code, only the first update finds it unused.
    taken = session.execute(
        sa.update(Invite)
        .where(Invite.id == invite.id, Invite.used_at.is_(None))
        .values(used_at=utcnow(), used_by_id=user.id)
    )
    if taken.rowcount != 1:
        raise AccountRefused("That invite code was used a moment ago.", "code")
    return user


def change_password(user: User, current: str, new: str) -> None:
    """Set a new password once the current one is given; the new one must pass the rule."""
    if not user.check_password(current):
        raise AccountRefused("That is not your current password.", "current")
    if new == current:
        raise AccountRefused("Choose a password different from your current one.", "new")
    problem = password_problem(new, username=user.username)
    if problem:
        raise AccountRefused(problem, "new")
    user.set_password(new)


def revoke_invite(invite: Invite) -> None:
    """Withdraw an unused invite so its code no longer works."""
    if invite.used_at is None and invite.revoked_at is None:
        invite.revoked_at = utcnow()


def open_invites(session: Session) -> list[Invite]:
    """Invites not used, withdrawn or expired, newest first."""
    rows = session.scalars(
        sa.select(Invite)
        .where(Invite.used_at.is_(None), Invite.revoked_at.is_(None))
        .order_by(Invite.created_at.desc(), Invite.id.desc())
    )
    now = utcnow()
    return [i for i in rows if _aware(i.expires_at) > now]


@dataclass(frozen=True)
class TeacherRow:
    """A teacher as the admin's list shows them."""

    user: User
    classes: int
    students: int
    stories: int
    invited_by: str | None


def teachers(session: Session) -> list[TeacherRow]:
    """Every teacher and admin by username, with their classes, students and stories."""
    users = session.scalars(
        sa.select(User).where(User.role != Role.STUDENT).order_by(User.username_key, User.id)
    ).all()
    classes = dict(
        session.execute(
            sa.select(Classroom.teacher_id, sa.func.count()).group_by(Classroom.teacher_id)
        ).all()
    )
    students = dict(
        session.execute(
            sa.select(Classroom.teacher_id, sa.func.count(Membership.id))
            .join(Membership, Membership.class_id == Classroom.id)
            .group_by(Classroom.teacher_id)
        ).all()
    )
    stories = dict(
        session.execute(sa.select(Story.owner_id, sa.func.count()).group_by(Story.owner_id)).all()
    )
    inviter = sa.orm.aliased(User)
    invited = dict(
        session.execute(
            sa.select(Invite.used_by_id, inviter.username)
            .join(inviter, inviter.id == Invite.created_by_id)
            .where(Invite.used_by_id.is_not(None))
        ).all()
    )
    return [
        TeacherRow(
            u, classes.get(u.id, 0), students.get(u.id, 0), stories.get(u.id, 0), invited.get(u.id)
        )
        for u in users
    ]
