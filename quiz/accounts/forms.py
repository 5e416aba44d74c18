"""Forms of teacher accounts: sign up with an invite, change a password, make an invite."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from quiz.auth.forms import squash


class SignUpForm(FlaskForm):
    code = StringField(
        "Invite code",
        validators=[DataRequired("Enter the invite code your admin gave you."), Length(max=40)],
        filters=[squash],
        description="Like ABCD-EFGH-JKLM; case and dashes do not matter.",
    )
    username = StringField(
        "Username",
        validators=[DataRequired("Choose a username."), Length(max=64)],
        filters=[squash],
        description="2 to 64 letters, numbers, dots, dashes or underscores.",
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Choose a password."), Length(max=200)],
        description="At least 8 characters; a short phrase is good. Common passwords are refused.",
    )
    confirm = PasswordField(
        "Password again",
        validators=[EqualTo("password", "The two passwords are not the same.")],
    )


class PasswordForm(FlaskForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired("Enter your current password."), Length(max=200)],
    )
    new = PasswordField(
        "New password",
        validators=[DataRequired("Choose a new password."), Length(max=200)],
        description="At least 8 characters; a short phrase is good. Common passwords are refused.",
    )
    confirm = PasswordField(
        "New password again",
        validators=[EqualTo("new", "The two new passwords are not the same.")],
    )


class InviteForm(FlaskForm):
    note = StringField(
        "Who is it for? (optional)",
        validators=[Optional(), Length(max=120, message="At most 120 characters.")],
        filters=[squash],
        description="Only you see this, e.g. “Ms Chen, history”.",
    )
