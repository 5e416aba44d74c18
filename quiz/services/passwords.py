"""Passwords: the one rule for choosing one, and the one way to check a sign-in.

The rule follows NIST SP 800-63B (5.1.1.2): at least ``MIN_LENGTH`` characters, any characters
(spaces and emoji welcome), no composition rules, refused when it is one of the commonly used or
breached passwords in ``quiz/data/common-passwords.txt``, repetitive ("aaaaaaaa") or built from the
username or the app's name. Sign-up, password change and ``flask create-teacher`` all call
:func:`password_problem`.

:func:`check_sign_in` spends the same work whether or not the username exists (a password hash is
checked against a dummy when there is no account), so the answer time does not tell which
usernames exist.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from quiz.models import User, casefold_key

MIN_LENGTH = 8
MAX_LENGTH = 200
COMMON_FILE = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"
APP_WORDS = ("factorclaim", "fact or claim", "fact-or-claim")


@cache
def common_passwords() -> frozenset[str]:
    """The list of common passwords, case-folded (read once)."""
    lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def password_problem(password: str, *, username: str | None = None) -> str | None:
    """Why ``password`` may not be chosen (a sentence for the person), or None when it may."""
    if len(password) < MIN_LENGTH:
        return f"Choose a password of at least {MIN_LENGTH} characters; a short phrase is good."
    if len(password) > MAX_LENGTH:
        return f"A password has at most {MAX_LENGTH} characters."
    folded = casefold_key(password)
    if folded in common_passwords() or folded in APP_WORDS:
        return "That password is one of the most common ones; choose one that is harder to guess."
    if len(set(folded)) <= 2:
        return "That password repeats one or two characters; choose one that is harder to guess."
    name = casefold_key(username or "")
    if len(name) >= 3 and (name in folded or folded in name):
        return "Your password must not be built from your username."
    return None


@cache
def _dummy_hash() -> str:
    # Same hashing method and cost as real passwords, so checking it takes as long.
    return generate_password_hash("not a real password, only for equal timing")


def check_sign_in(session: Session, username: str, password: str) -> User | None:
    """The active teacher or admin with this username and password, or None.

    Always checks one password hash, so unknown, student and disabled accounts take as long to
    refuse as a wrong password for a real teacher.
    """
    user = session.scalar(User.by_username(username))
    if user is None or not user.password_hash:
        check_password_hash(_dummy_hash(), password)
        return None
    if not user.check_password(password):
        return None
    return user if user.is_teacher and user.active else None
