"""Forms of the question-set and assignment pages (the rules themselves live in the services)."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from quiz.auth.forms import squash
from quiz.services.sets import MAX_TITLE


class TitleForm(FlaskForm):
    title = StringField(
        "Title",
        validators=[
            DataRequired("Give the set a title."),
            Length(max=MAX_TITLE, message=f"At most {MAX_TITLE} characters."),
        ],
        filters=[squash],
    )


class SettingsForm(FlaskForm):
    """How a set plays; the page shows the whole-quiz time limit in minutes."""

    feedback = RadioField(
        "Show whether an answer was right",
        choices=[
            SelectChoice("each", "After each question"),
            SelectChoice("end", "At the end of the quiz"),
        ],
        default="each",
    )
    confidence = SelectField(
        "Ask how sure students are",
        choices=[
            SelectChoice("", "No"),
            SelectChoice("3", "Yes, on 3 levels"),
            SelectChoice("5", "Yes, on 5 levels"),
        ],
        default="",
    )
    time_limit_min = IntegerField(
        "Time limit for the whole quiz, in minutes",
        validators=[Optional(), NumberRange(1, 240, "From 1 to 240 minutes, or leave it empty.")],
        description="Leave empty for no limit.",
    )
    shuffle_questions = BooleanField("Shuffle the order of the questions for each student")
    shuffle_options = BooleanField("Shuffle the order of the options")
    question_time_s = IntegerField(
        "Live games: seconds per question",
        validators=[
            DataRequired("Give the seconds per question."),
            NumberRange(5, 300, "From 5 to 300 seconds."),
        ],
        default=20,
    )
    speed_bonus = BooleanField("Live games: quicker right answers earn a bonus")

    def settings(self) -> dict[str, Any]:
        """The form's values in the shape of a set's ``settings``."""
        minutes = self.time_limit_min.data
        return {
            "feedback": self.feedback.data,
            "confidence": int(self.confidence.data) if self.confidence.data else None,
            "time_limit_s": minutes * 60 if minutes else None,
            "shuffle_questions": bool(self.shuffle_questions.data),
            "shuffle_options": bool(self.shuffle_options.data),
            "question_time_s": self.question_time_s.data,
            "speed_bonus": bool(self.speed_bonus.data),
        }

    @classmethod
    def of(cls, settings: dict[str, Any]) -> SettingsForm:
        """A form showing stored settings."""
        limit = settings.get("time_limit_s")
        return cls(
            formdata=None,
            feedback=settings["feedback"],
            confidence=str(settings["confidence"] or ""),
            time_limit_min=(limit + 59) // 60 if limit else None,
            shuffle_questions=settings["shuffle_questions"],
            shuffle_options=settings["shuffle_options"],
            question_time_s=settings["question_time_s"],
            speed_bonus=settings["speed_bonus"],
        )


class AssignForm(FlaskForm):
    """Give a set to a class."""

    class_id = SelectField("Class", coerce=int, validate_choice=False)
    mode = RadioField(
        "How it is played",
        choices=[
            SelectChoice("self_paced", "Self-paced: each student at their own speed"),
            SelectChoice("live", "Live game"),
        ],
        default="self_paced",
    )
    title = StringField(
        "Title students see (optional)",
        validators=[Optional(), Length(max=MAX_TITLE, message=f"At most {MAX_TITLE} characters.")],
        filters=[squash],
        description="Left empty, the set's title is used.",
    )
    opens_at = DateTimeLocalField(
        "Opens (UTC, optional)",
        validators=[Optional()],
        description="Leave empty to open it now.",
    )
    closes_at = DateTimeLocalField(
        "Closes (UTC, optional)",
        validators=[Optional()],
        description="Leave empty to keep it open until you close it.",
    )
    again = HiddenField(default="")


class AssignmentForm(FlaskForm):
    """Rename and retime an assignment."""

    title = StringField(
        "Title",
        validators=[Optional(), Length(max=MAX_TITLE, message=f"At most {MAX_TITLE} characters.")],
        filters=[squash],
        description="Left empty, the set's title is used.",
    )
    opens_at = DateTimeLocalField("Opens (UTC)", validators=[Optional()])
    closes_at = DateTimeLocalField(
        "Closes (UTC)", validators=[Optional()], description="Leave empty for no closing time."
    )
