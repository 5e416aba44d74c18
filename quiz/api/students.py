"""Students' reading calls: the stories a quiz is built on, as the play pages set them."""

from __future__ import annotations

from quiz.api.common import bp
from quiz.api.fields import Out
from quiz.api.play import my_assignment
from quiz.api.spec import STUDENTS, endpoint
from quiz.db import db
from quiz.services import reading, scoring


class StoryOut(Out):
    id: int
    title: str
    outlet: str | None
    paragraphs: list[str]


@endpoint(
    bp,
    "GET",
    "/assignments/{assignment_id}/stories",
    roles=STUDENTS,
    response=list[StoryOut],
)
def assignment_stories(assignment_id: int):
    """The reading text of the quiz's stories: page furniture removed, nothing marked."""
    assignment = my_assignment(assignment_id)
    questions = scoring.set_questions(db.session, assignment.set_id)
    return [reading.story_json(story) for story in reading.stories_of(questions)]
