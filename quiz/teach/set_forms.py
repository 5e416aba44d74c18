"""Forms of the question-set and assignment pages (the rules themselves live in the services)."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
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


# SettingsForm fields stored under their own name: as they are, and as booleans.
SAME_AS_STORED = ("feedback", "question_time_s")
FLAGS = ("shuffle_questions", "shuffle_options", "speed_bonus")


def shown_title(label: str) -> StringField:
    """The optional title students see instead of the set's (assigning, editing an assignment)."""
    return StringField(
        label,
        validators=[Optional(), Length(max=MAX_TITLE, message=f"At most {MAX_TITLE} characters.")],
        filters=[squash],
        description="Left empty, the set's title is used.",
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
    shuffle_questions = BooleanField(
        "Shuffle the order of the questions for each student (self-paced quizzes)"
    )
    shuffle_options = BooleanField(
        "Shuffle the order of the options for each student (not fact-or-claim or spot-the-cue)"
    )
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
            **{key: self[key].data for key in SAME_AS_STORED},
            **{key: bool(self[key].data) for key in FLAGS},
            "confidence": int(self.confidence.data) if self.confidence.data else None,
            "time_limit_s": minutes * 60 if minutes else None,
        }

    @classmethod
    def of(cls, settings: dict[str, Any]) -> SettingsForm:
        """A form showing stored settings."""
        limit = settings.get("time_limit_s")
        return cls(
            formdata=None,
            **{key: settings[key] for key in (*SAME_AS_STORED, *FLAGS)},
            confidence=str(settings["confidence"] or ""),
            time_limit_min=(limit + 59) // 60 if limit else None,
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
    title = shown_title("Title students see (optional)")
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

    title = shown_title("Title")
    opens_at = DateTimeLocalField("Opens (UTC)", validators=[Optional()])
    closes_at = DateTimeLocalField(
        "Closes (UTC)", validators=[Optional()], description="Leave empty for no closing time."
    )


class OwnQuestionForm(FlaskForm):
    """A question the teacher writes; the rules are the validation service's (one for all)."""

    kind = SelectField("Kind of question", validate_choice=False)
    prompt = TextAreaField(
        "Question",
        render_kw={"rows": 3},
        validators=[Length(max=2000, message="At most 2,000 characters.")],
        description="End it with a question mark.",
    )
    options = TextAreaField(
        "Options, one per line",
        render_kw={"rows": 5},
        validators=[Length(max=6000, message="At most 6,000 characters.")],
        description="Three or four options for most kinds. For fact or claim, leave this empty: "
        "the two standard options are used.",
    )
    answer = StringField(
        "Number of the right option", description="1 for the first line, 2 for the second…"
    )
    sentence = TextAreaField(
        "Sentence (spot the cue only)",
        render_kw={"rows": 3},
        validators=[Length(max=3000, message="At most 3,000 characters.")],
        description="After you press Next you mark the words that name the source and the cue.",
    )
    explanation = TextAreaField(
        "Explanation shown after answering (optional)",
        render_kw={"rows": 3},
        validators=[Length(max=5000, message="At most 5,000 characters.")],
    )
    story_id = SelectField("Story it is about (optional)", validate_choice=False)
    passage = TextAreaField(
        "Passage of that story (optional)",
        render_kw={"rows": 3},
        validators=[Length(max=5000, message="At most 5,000 characters.")],
        description="Paste the words of the story the question is about, exactly as written.",
    )
    set_id = HiddenField()

    def option_list(self) -> list[str]:
        return [" ".join(x.split()) for x in (self.options.data or "").splitlines() if x.strip()]


class ImportForm(FlaskForm):
    """A GIFT or JSON file, uploaded or pasted."""

    format = RadioField(
        "Format",
        choices=[
            SelectChoice("gift", "GIFT (Moodle's text format)"),
            SelectChoice("json", "JSON exported from Fact or Claim"),
        ],
        default="gift",
    )
    title = StringField(
        "Title of the new set (optional)",
        validators=[Optional(), Length(max=MAX_TITLE, message=f"At most {MAX_TITLE} characters.")],
        filters=[squash],
    )
    upload = FileField(
        "File",
        validators=[FileAllowed(["txt", "gift", "json"], "Upload a .txt, .gift or .json file.")],
    )
    text = TextAreaField(
        "Or paste the text",
        validators=[Length(max=1_000_000, message="At most 1,000,000 characters.")],
    )

    def content_text(self) -> str | None:
        """The uploaded file as UTF-8 text, or the pasted text; None (with an error) if neither."""
        upload = self.upload.data
        if upload and getattr(upload, "filename", ""):
            try:
                return upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.upload.errors = ["Save the file as UTF-8 text and upload it again."]
                return None
        if (self.text.data or "").strip():
            return self.text.data
        self.text.errors = ["Choose a file, or paste the text."]
        return None
