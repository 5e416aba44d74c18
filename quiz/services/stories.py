"""Stories: import a text (run the engine, store each story with its claims and draft questions),
edit a story's details, and regenerate its questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

import questions
from questions.generate import generate
from quiz.models import Answer, Claim, Origin, Question, QuestionStatus, SetItem, Story, User

TITLE_MAX = 300
# About 30,000 words — several long stories at once — and a bound on how long one import may take.
MAX_TEXT_CHARS = 200_000
# Stories stored by one import (one request): a paste of thousands of "---"-separated one-liners
# must not hold a worker for a minute and fill the library in one go.
MAX_STORIES_PER_IMPORT = 50
# The engine's separator lines (``questions.stories``): counted before the analysis runs.
_SEPARATOR_LINE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|—{2,})[ \t]*$", re.MULTILINE)


class ImportRefused(ValueError):
    """A text that cannot be imported; the message says why, in words for a teacher."""


class NothingToImport(ImportRefused):
    """The text held no story text at all (empty, or only page furniture)."""


def rebase(value: Any, offset: int, line_offset: int) -> Any:
    """Shift every ``*span`` and ``line`` in an engine JSON value into a story's own text."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key.endswith("span") and isinstance(item, list) and len(item) == 2:
                out[key] = [item[0] - offset, item[1] - offset]
            elif key == "line" and isinstance(item, int):
                out[key] = item - line_offset
            elif key == "headings" and isinstance(item, list):
                out[key] = [n - line_offset for n in item]
            elif key in ("start_line", "end_line") and isinstance(item, int):
                out[key] = item - line_offset
            else:
                out[key] = rebase(item, offset, line_offset)
        return out
    if isinstance(value, list):
        return [rebase(item, offset, line_offset) for item in value]
    return value


def too_many() -> ImportRefused:
    """The refusal of a text with more than MAX_STORIES_PER_IMPORT stories."""
    return ImportRefused(
        f"That is more than {MAX_STORIES_PER_IMPORT} stories at once. Add them in smaller batches."
    )


def check_size(text: str) -> None:
    """ImportRefused for a text over the cap, or with too many stories, before any analysis."""
    if len(text) > MAX_TEXT_CHARS:
        raise ImportRefused(
            f"The text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}). "
            "Add it in smaller pieces."
        )
    if len(_SEPARATOR_LINE.findall(text)) >= MAX_STORIES_PER_IMPORT:
        raise too_many()


@dataclass
class ImportResult:
    """The stories of an imported text, in order; those already in the library are not re-added."""

    stories: list[Story] = field(default_factory=list)
    existing: list[Story] = field(default_factory=list)

    @property
    def added(self) -> list[Story]:
        return [s for s in self.stories if s not in self.existing]


def import_text(
    session: Session,
    owner: User,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> list[Story]:
    """Store every story of ``text`` for ``owner``; a story already stored is returned as it is."""
    return import_stories(session, owner, text, title=title, outlet=outlet, url=url).stories


def import_stories(
    session: Session,
    owner: User,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
    split: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ImportResult:
    """Store every story of ``text`` for ``owner``, saying which were in the library already.

    ``split=False``: the text is split only at separator lines (``---``), where the teacher said.
    A story is the same as one in the library when its own text is identical. ``progress`` (the
    job queue's) is told each step before it starts: analysing, questions, saving.
    """
    tell = progress or (lambda _step: None)
    check_size(text)
    tell("analysing")
    analysis = questions.analyze(text, split=split)
    if len(analysis.stories) > MAX_STORIES_PER_IMPORT:
        raise too_many()
    if not analysis.stories:
        raise NothingToImport("No story text was found: the text is empty or only page furniture.")
    tell("questions")
    generated = generate(analysis)
    tell("saving")
    single = len(analysis.stories) == 1
    result = ImportResult()
    for story in analysis.stories:
        start, end = story.span
        own = text[start:end]
        existing = session.scalar(
            sa.select(Story).where(
                Story.owner_id == owner.id, Story.text_hash == Story.hash_text(own)
            )
        )
        if existing is not None:
            result.stories.append(existing)
            result.existing.append(existing)
            continue
        line_offset = text.count("\n", 0, start)
        row = Story(
            owner_id=owner.id,
            title=((title if single and title else None) or story.title or "Untitled story")[
                :TITLE_MAX
            ],
            text=own,
            text_hash=Story.hash_text(own),
            outlet=outlet,
            url=url,
            published_on=published,
            analysis=rebase(story.to_json(), start, line_offset),
        )
        row.claims = [Claim(**rebase(c.to_json(), start, line_offset)) for c in story.claims]
        session.add(row)
        session.flush()
        for q in generated:
            if q.story == story.index:
                session.add(_question_row(q.to_json(), row, start, line_offset))
        result.stories.append(row)
    session.flush()
    return result


def _question_row(data: dict[str, Any], story: Story, offset: int, line_offset: int) -> Question:
    evidence = rebase(data["evidence"], offset, line_offset)
    return Question(
        owner_id=story.owner_id,
        story_id=story.id,
        engine_id=data["id"],
        kind=data["kind"],
        skill=data["skill"],
        difficulty=data.get("difficulty", 1),
        prompt=data["prompt"],
        options=data["options"],
        answer=data["answer"],
        explanation=data["explanation"],
        evidence=evidence,
        status=QuestionStatus.DRAFT,
        origin=Origin.GENERATED,
    )


def paste_text(raw: str | None) -> str:
    """Pasted text with browser line endings (CRLF) made plain newlines."""
    return questions.normalize_newlines(raw or "")


def update_details(
    story: Story,
    *,
    title: str,
    outlet: str | None,
    url: str | None,
    published: date | None,
) -> None:
    """Set a story's title, outlet, web address and date (its text and questions stay)."""
    story.title = title[:TITLE_MAX]
    story.outlet = outlet or None
    story.url = url or None
    story.published_on = published


@dataclass(frozen=True)
class Regenerated:
    """What regenerating a story's questions did."""

    kept: int
    removed: int
    added: int


def _questions_in_use(session: Session, story: Story) -> set[int]:
    """Ids of the story's questions a student answered, a set holds, or the teacher wrote."""
    base = sa.select(Question.id).where(Question.story_id == story.id)
    answered = base.join(Answer, Answer.question_id == Question.id)
    in_sets = base.join(SetItem, SetItem.question_id == Question.id)
    own = base.where(Question.origin == Origin.TEACHER)
    return set(session.scalars(sa.union(answered, in_sets, own)))


def regenerate(session: Session, story: Story) -> Regenerated:
    """Run the engine on the story again: fresh claims and draft questions.

    Questions a student answered, questions in a set and questions the teacher wrote are kept
    as they are (answers and sets point at them); the engine's other questions are replaced, and
    a new question the same as a kept one (same engine id) is not added twice.
    """
    analysis = questions.analyze(story.text, split=False)
    if len(analysis.stories) != 1:
        raise NothingToImport("The engine found no story text in this story any more.")
    found = analysis.stories[0]
    start, _ = found.span
    line_offset = story.text.count("\n", 0, start)
    keep = _questions_in_use(session, story)
    stale = sa.delete(Question).where(Question.story_id == story.id, Question.id.not_in(keep))
    removed = session.execute(stale).rowcount or 0
    kept_engine_ids = set(
        session.scalars(
            sa.select(Question.engine_id).where(
                Question.story_id == story.id, Question.engine_id.is_not(None)
            )
        )
    )
    story.analysis = rebase(found.to_json(), start, line_offset)
    story.claims = [Claim(**rebase(c.to_json(), start, line_offset)) for c in found.claims]
    added = 0
    for q in generate(analysis):
        data = q.to_json()
        if q.story == found.index and data["id"] not in kept_engine_ids:
            session.add(_question_row(data, story, start, line_offset))
            added += 1
    session.flush()
    return Regenerated(kept=len(keep), removed=removed, added=added)
