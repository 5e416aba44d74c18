"""Importing stories: run the engine, store each story with its claims and draft questions."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

import questions
from questions.generate import generate
from quiz.models import Claim, Origin, Question, QuestionStatus, Story, User

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


def _too_many() -> ImportRefused:
    return ImportRefused(
        f"That is more than {MAX_STORIES_PER_IMPORT} stories at once. Add them in smaller batches."
    )


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
    if len(text) > MAX_TEXT_CHARS:
        raise ImportRefused(
            f"The text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}). "
            "Add it in smaller pieces."
        )
    if len(_SEPARATOR_LINE.findall(text)) >= MAX_STORIES_PER_IMPORT:
        raise _too_many()
    analysis = questions.analyze(text)
    if len(analysis.stories) > MAX_STORIES_PER_IMPORT:
        raise _too_many()
    if not analysis.stories:
        raise NothingToImport("No story text was found: the text is empty or only page furniture.")
    generated = generate(analysis)
    single = len(analysis.stories) == 1
    stored = []
    for story in analysis.stories:
        start, end = story.span
        own = text[start:end]
        existing = session.scalar(
            sa.select(Story).where(
                Story.owner_id == owner.id, Story.text_hash == Story.hash_text(own)
            )
        )
        if existing is not None:
            stored.append(existing)
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
            analysis=rebase(story.to_json(), start, line_offset),
        )
        row.claims = [Claim(**rebase(c.to_json(), start, line_offset)) for c in story.claims]
        session.add(row)
        session.flush()
        for q in generated:
            if q.story == story.index:
                session.add(_question_row(q.to_json(), row, start, line_offset))
        stored.append(row)
    session.flush()
    return stored


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
