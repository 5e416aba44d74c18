"""Forms teachers use to add stories."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import StringField, TextAreaField
from wtforms.validators import URL, Length, Optional

from quiz.auth.forms import squash

MAX_STORY_CHARS = 200_000


class StoryForm(FlaskForm):
    title = StringField(
        "Title (optional)",
        validators=[Optional(), Length(max=300, message="At most 300 characters.")],
        filters=[squash],
        description="Left empty, the story's first sentence is used.",
    )
    outlet = StringField(
        "Outlet (optional)",
        validators=[Optional(), Length(max=120, message="At most 120 characters.")],
        filters=[squash],
        description="Who published it, e.g. Sky News.",
    )
    url = StringField(
        "Web address (optional)",
        validators=[
            Optional(),
            URL(message="Enter a full web address starting with https://"),
            Length(max=500),
        ],
        filters=[lambda v: v.strip() if isinstance(v, str) else v],
    )
    text = TextAreaField(
        "Story text",
        validators=[
            Optional(),
            Length(max=MAX_STORY_CHARS, message=f"At most {MAX_STORY_CHARS:,} characters."),
        ],
        description="Paste the story. Several stories can go in one paste; separate them with a "
        "line of --- to be sure they are split where you mean.",
    )
    upload = FileField(
        "Or upload a text file",
        validators=[FileAllowed(["txt"], "Upload a plain-text .txt file.")],
        description="A .txt file of up to 2 MB, in any common encoding.",
    )
