"""Sign-in and join forms."""

from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from quiz.models import NICKNAME_KEY_MAX, USERNAME_KEY_MAX, casefold_key, code_key
from quiz.services import nicknames

NICKNAME_RE = re.compile(r"^[\w][\w .'\-]*$")


def squash(value: str | None) -> str | None:
    """Trim and fold runs of white space into one space."""
    return " ".join(value.split()) if isinstance(value, str) else value


def code_filter(value: str | None) -> str | None:
    """Join codes are read aloud and typed on phones: ignore case, spaces and dashes."""
    return code_key(value) if isinstance(value, str) else value


def nickname_problem(nickname: str) -> str | None:
    """Why a (squashed) nickname cannot be used, or None: the one rule for pages and API."""
    if not 2 <= len(nickname) <= 24:
        return "A nickname has 2 to 24 characters."
    if not NICKNAME_RE.match(nickname):
        return "Use letters, numbers, spaces, dots, apostrophes and dashes only."
    if len(casefold_key(nickname)) > NICKNAME_KEY_MAX:
        return "That nickname is too long once written in small letters; choose a shorter one."
    return None


def username_problem(username: str) -> str | None:
    """Why a (squashed) username cannot be chosen, or None: sign-up and the CLI use it."""
    if not 2 <= len(username) <= 64:
        return "A username has 2 to 64 characters."
    if "\x00" in username or not username.isprintable():
        return "A username has letters, numbers, spaces and punctuation only."
    if len(casefold_key(username)) > USERNAME_KEY_MAX:
        return "That username is too long once written in small letters; choose a shorter one."
    return None


class LoginForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[DataRequired("Enter your username."), Length(max=64)],
        filters=[squash],
    )
    password = PasswordField(
        "Password", validators=[DataRequired("Enter your password."), Length(max=200)]
    )


class JoinForm(FlaskForm):
    join_code = StringField(
        "Class code",
        validators=[
            DataRequired("Enter the class code your teacher gave you."),
            Length(min=4, max=12, message="A class code has 6 letters and numbers."),
        ],
        filters=[code_filter],
    )
    nickname = StringField(
        "Nickname",
        validators=[
            DataRequired("Choose a nickname."),
            Length(min=2, max=24, message="A nickname has 2 to 24 characters."),
        ],
        filters=[squash],
        description="No real names needed. Letters, numbers, spaces, dots and dashes.",
    )
    rejoin_pin = StringField(
        "Rejoin PIN (only if you joined before)",
        validators=[Optional(), Regexp(r"^\d{4}$", message="A rejoin PIN is 4 digits.")],
        filters=[lambda v: v.strip() if isinstance(v, str) else v],
    )

    def validate_nickname(self, field: StringField) -> None:
        if field.data and 2 <= len(field.data) <= 24 and (problem := nickname_problem(field.data)):
            raise ValidationError(problem)
        if field.data and (reason := nicknames.refusal(field.data)) is not None:
            raise ValidationError(reason)
