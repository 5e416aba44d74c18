"""Forms teachers use to add stories and review questions."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import DateField, HiddenField, StringField, TextAreaField
from wtforms.validators import (
    URL,
    DataRequired,
    Length,
    Optional,
    ValidationError,
)

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
    published = DateField(
        "Date published (optional)",
        validators=[Optional()],
        description="The date on the story, e.g. 2026-11-27.",
    )
    upload = FileField(
        "Or upload a file",
        validators=[
            FileAllowed(
                ["txt", "html", "htm"], "Upload a .txt file, or a news page saved as .html."
            )
        ],
        description="A news page saved from your browser (File › Save Page As…, .html) — its "
        "title, outlet, date and address are read from it — or a .txt file; up to 2 MB.",
    )


class StoryDetailsForm(FlaskForm):
    """A story's title, outlet, address and date (its text stays as it is)."""

    title = StringField(
        "Title",
        validators=[
            DataRequired("Give the story a title."),
            Length(max=300, message="At most 300 characters."),
        ],
        filters=[squash],
    )
    outlet = StoryForm.outlet
    url = StoryForm.url
    published = StoryForm.published


class SplitForm(FlaskForm):
    """The split preview: the text and its details travel in hidden fields until saved."""

    text = HiddenField(
        validators=[
            DataRequired("The text was lost; paste it again."),
            Length(max=MAX_STORY_CHARS, message=f"At most {MAX_STORY_CHARS:,} characters."),
        ]
    )
    title = HiddenField(filters=[squash], validators=[Optional(), Length(max=300)])
    outlet = HiddenField(filters=[squash], validators=[Optional(), Length(max=120)])
    url = HiddenField(validators=[Optional(), URL(), Length(max=500)])
    published = HiddenField(validators=[Optional(), Length(max=10)])


class QuestionForm(FlaskForm):
    """Edit a question's wording; options are one per line and the answer is chosen by number."""

    prompt = TextAreaField(
        "Question",
        validators=[
            DataRequired("Write the question."),
            Length(max=1000, message="At most 1,000 characters."),
        ],
    )
    options = TextAreaField(
        "Options, one per line",
        validators=[Optional(), Length(max=3000, message="At most 3,000 characters.")],
        description="Two to six options. Each must be different.",
    )
    answer = StringField(
        "Number of the right option", filters=[lambda v: str(v).strip() if v else v]
    )
    explanation = TextAreaField(
        "Explanation shown after answering",
        validators=[Optional(), Length(max=2000, message="At most 2,000 characters.")],
    )

    #: Options and answer are fixed once students answered (and for spot_the_cue, built from words).
    locked = False

    def option_list(self) -> list[str]:
        return [
            " ".join(line.split())
            for line in (self.options.data or "").splitlines()
            if line.strip()
        ]

    def validate_options(self, field: TextAreaField) -> None:
        if self.locked:
            return
        opts = self.option_list()
        if not 2 <= len(opts) <= 6:
            raise ValidationError("Give two to six options, one per line.")
        if len({o.casefold() for o in opts}) != len(opts):
            raise ValidationError("Two options are the same; make each one different.")

    def validate_answer(self, field: StringField) -> None:
        if self.locked:
            return
        if not field.data:
            raise ValidationError("Say which option is right.")
        if not field.data.isdigit() or not 1 <= int(field.data) <= len(self.option_list()):
            raise ValidationError(f"There is no option {field.data}.")

    def answer_index(self) -> int:
        """The right option as a 0-based index."""
        return int(self.answer.data) - 1
