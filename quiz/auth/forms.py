"""Sign-in and join forms."""

from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from quiz.services import nicknames

NICKNAME_RE = re.compile(r"^[\w][\w .'\-]*$")


def squash(value: str | None) -> str | None:
    """Trim and fold runs of white space into one space."""
    return " ".join(value.split()) if isinstance(value, str) else value


def code_filter(value: str | None) -> str | None:
    """Join codes are read aloud and typed on phones: ignore case, spaces and dashes."""
    return re.sub(r"[\s\-]", "", value).upper() if isinstance(value, str) else value


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
        if field.data and not NICKNAME_RE.match(field.data):
            raise ValidationError(
                "Use letters, numbers, spaces, dots, apostrophes and dashes only."
            )
        if (reason := nicknames.refusal(field.data)) is not None:
            raise ValidationError(reason)
