"""Forms of the class pages: name a class, rename a student, make and name teams."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, ValidationError

from quiz.auth.forms import NICKNAME_RE, squash
from quiz.services.teams import MAX_TEAMS, MIN_TEAMS, TEAM_NAME_MAX


class ClassForm(FlaskForm):
    name = StringField(
        "Class name",
        validators=[
            DataRequired("Give the class a name."),
            Length(max=80, message="At most 80 characters."),
        ],
        filters=[squash],
    )


class NicknameForm(FlaskForm):
    """The same rules as joining: a student renamed by the teacher could have joined so."""

    nickname = StringField(
        "New nickname",
        validators=[
            DataRequired("Write the new nickname."),
            Length(min=2, max=24, message="A nickname has 2 to 24 characters."),
        ],
        filters=[squash],
        description="2 to 24 letters, numbers, spaces, dots, apostrophes or dashes.",
    )

    def validate_nickname(self, field: StringField) -> None:
        if field.data and not NICKNAME_RE.match(field.data):
            raise ValidationError(
                "Use letters, numbers, spaces, dots, apostrophes and dashes only."
            )


class TeamsForm(FlaskForm):
    count = IntegerField(
        "Number of teams",
        default=4,
        validators=[
            NumberRange(
                min=MIN_TEAMS,
                max=MAX_TEAMS,
                message=f"Make between {MIN_TEAMS} and {MAX_TEAMS} teams.",
            )
        ],
        description="Sizes differ by at most one; points so far are spread evenly.",
    )


class TeamNameForm(FlaskForm):
    name = StringField(
        "Team name",
        validators=[
            DataRequired("Give the team a name."),
            Length(max=TEAM_NAME_MAX, message=f"At most {TEAM_NAME_MAX} characters."),
        ],
        filters=[squash],
    )
