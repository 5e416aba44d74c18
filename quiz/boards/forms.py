"""Forms of the boards: the teacher's board settings and opening a live game."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField
from wtforms.validators import NumberRange, Optional

from quiz.services.boards import MAX_TOP_N


class BoardSettingsForm(FlaskForm):
    hidden = BooleanField("Hide the board from students and the projector")
    frozen = BooleanField("Freeze the board (it keeps showing the scores of this moment)")
    top_n = IntegerField(
        "Show only the top",
        validators=[
            Optional(),
            NumberRange(1, MAX_TOP_N, f"Top N is a number from 1 to {MAX_TOP_N}, or empty."),
        ],
    )


class OpenGameForm(FlaskForm):
    team_mode = BooleanField("Team mode (the board adds up each team)")
