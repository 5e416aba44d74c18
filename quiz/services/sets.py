"""Question sets: build them from approved questions, order them, set how they play, copy, delete.

Every caller (the pages, the API, the story shortcut, imports) goes through these functions; they
take a session and never commit. A set holds only approved questions its owner may use (their
own), in the order of ``SetItem.position``; ``settings`` always holds every key of
:data:`DEFAULT_SETTINGS` once it passed :func:`clean_settings`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.models import (
    Assignment,
    Classroom,
    Origin,
    Question,
    QuestionSet,
    QuestionStatus,
    SetItem,
    Story,
    User,
)

MAX_TITLE = 200
MAX_QUESTIONS = 200
FEEDBACK = ("each", "end")
CONFIDENCE_LEVELS = (None, 3, 5)
TIME_LIMIT_RANGE = (30, 4 * 60 * 60)  # a whole quiz: 30 s to 4 h
QUESTION_TIME_RANGE = (5, 300)  # one live question: 5 s to 5 min
DEFAULT_SETTINGS: dict[str, Any] = {
    "feedback": "each",
    "confidence": None,
    "time_limit_s": None,
    "shuffle_questions": False,
    "shuffle_options": False,
    "question_time_s": 20,
    "speed_bonus": False,
}


class SetError(ValueError):
    """A request about a set that cannot be done; ``field`` names the input at fault, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class SetInUse(SetError):
    """The set is assigned: ``where`` names each class and assignment that uses it."""

    def __init__(self, where: list[str]) -> None:
        super().__init__(
            "This set is assigned to "
            + "; ".join(where)
            + ". Delete those assignments first; nothing was deleted.",
        )
        self.where = where


def clean_settings(
    raw: dict[str, Any] | None, base: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``raw`` checked and merged over ``base`` (or the defaults); SetError names a bad key."""
    out = settings_of_dict(base)
    for key, value in (raw or {}).items():
        if key not in DEFAULT_SETTINGS:
            raise SetError(f"Unknown setting {key!r}.", f"settings.{key}")
        out[key] = _check_setting(key, value)
    return out


def settings_of_dict(stored: dict[str, Any] | None) -> dict[str, Any]:
    """Stored settings with every missing key filled with its default."""
    return DEFAULT_SETTINGS | {k: v for k, v in (stored or {}).items() if k in DEFAULT_SETTINGS}


def settings_of(qset: QuestionSet) -> dict[str, Any]:
    """A set's settings, every key present."""
    return settings_of_dict(qset.settings)


def _check_setting(key: str, value: Any) -> Any:
    field = f"settings.{key}"
    if key == "feedback":
        if value not in FEEDBACK:
            raise SetError("Feedback is shown after each question or at the end.", field)
        return value
    if key == "confidence":
        if value not in CONFIDENCE_LEVELS or isinstance(value, bool):
            raise SetError("Confidence ratings are off, or 3 or 5 levels.", field)
        return value
    if key in ("shuffle_questions", "shuffle_options", "speed_bonus"):
        if not isinstance(value, bool):
            raise SetError(f"{key} is true or false.", field)
        return value
    lo, hi = TIME_LIMIT_RANGE if key == "time_limit_s" else QUESTION_TIME_RANGE
    if value is None and key == "time_limit_s":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise SetError(f"Give a whole number of seconds from {lo} to {hi}.", field)
    return value


def clean_title(title: str | None) -> str:
    """A title trimmed and with spaces folded; SetError when empty or too long."""
    value = " ".join((title or "").split())
    if not value:
        raise SetError("Give the set a title.", "title")
    if len(value) > MAX_TITLE:
        raise SetError(f"A title has at most {MAX_TITLE} characters.", "title")
    return value


def usable(session: Session, user: User) -> sa.Select[tuple[Question]]:
    """The questions ``user`` may put in a set: their own approved ones."""
    return sa.select(Question).where(
        Question.owner_id == user.id, Question.status == QuestionStatus.APPROVED
    )


def check_usable(session: Session, user: User, ids: Sequence[int]) -> list[int]:
    """``ids`` unchanged when each is an approved question of ``user``, distinct; else SetError."""
    if len(set(ids)) != len(ids):
        raise SetError("A question appears twice.", "question_ids")
    if len(ids) > MAX_QUESTIONS:
        raise SetError(f"A set holds at most {MAX_QUESTIONS} questions.", "question_ids")
    found = set(
        session.scalars(
            usable(session, user).with_only_columns(Question.id).where(Question.id.in_(list(ids)))
        )
    )
    bad = [i for i in ids if i not in found]
    if bad:
        raise SetError(
            "These are not approved questions of yours: " + ", ".join(map(str, bad)) + ".",
            "question_ids",
        )
    return list(ids)


def question_ids(session: Session, qset: QuestionSet) -> list[int]:
    """The set's question ids in their order."""
    return list(
        session.scalars(
            sa.select(SetItem.question_id)
            .where(SetItem.set_id == qset.id)
            .order_by(SetItem.position)
        )
    )


def set_questions(session: Session, qset: QuestionSet) -> list[Question]:
    """The set's questions in their order."""
    return list(
        session.scalars(
            sa.select(Question)
            .join(SetItem, SetItem.question_id == Question.id)
            .where(SetItem.set_id == qset.id)
            .order_by(SetItem.position)
        )
    )


def create_set(
    session: Session,
    user: User,
    title: str,
    ids: Sequence[int] = (),
    settings: dict[str, Any] | None = None,
) -> QuestionSet:
    """A new set of ``user``'s approved questions ``ids``, in that order."""
    row = QuestionSet(owner_id=user.id, title=clean_title(title), settings=clean_settings(settings))
    ids = check_usable(session, user, ids)
    session.add(row)
    session.flush()
    _write_order(session, row, ids)
    return row


def update_set(
    session: Session,
    user: User,
    qset: QuestionSet,
    *,
    title: str | None = None,
    ids: Sequence[int] | None = None,
    settings: dict[str, Any] | None = None,
) -> QuestionSet:
    """Change a set's title, questions (the new order) and/or settings (merged over the old)."""
    if title is not None:
        qset.title = clean_title(title)
    if settings is not None:
        qset.settings = clean_settings(settings, qset.settings)
    if ids is not None:
        _write_order(session, qset, check_usable(session, user, ids))
    session.flush()
    return qset


def _write_order(session: Session, qset: QuestionSet, ids: Sequence[int]) -> None:
    """Replace the set's items by ``ids`` in order (rows rewritten: positions are unique)."""
    session.flush()
    session.execute(sa.delete(SetItem).where(SetItem.set_id == qset.id))
    if ids:
        session.execute(
            sa.insert(SetItem),
            [{"set_id": qset.id, "question_id": q, "position": n} for n, q in enumerate(ids)],
        )
    session.expire(qset, ["items"])


def add_questions(session: Session, user: User, qset: QuestionSet, ids: Iterable[int]) -> int:
    """Append the questions not yet in the set; returns how many were added."""
    have = question_ids(session, qset)
    new = [i for i in dict.fromkeys(ids) if i not in have]
    _write_order(session, qset, check_usable(session, user, have + new))
    return len(new)


def remove_question(session: Session, qset: QuestionSet, question_id: int) -> bool:
    """Take a question out of the set (the question itself stays); False when it was not in it."""
    have = question_ids(session, qset)
    if question_id not in have:
        return False
    have.remove(question_id)
    _write_order(session, qset, have)
    return True


def move(session: Session, qset: QuestionSet, question_id: int, step: int) -> bool:
    """Move a question ``step`` places (-1 up, +1 down); False when it cannot move."""
    have = question_ids(session, qset)
    if question_id not in have:
        return False
    at = have.index(question_id)
    to = at + step
    if not 0 <= to < len(have):
        return False
    have.insert(to, have.pop(at))
    _write_order(session, qset, have)
    return True


def duplicate(session: Session, user: User, qset: QuestionSet) -> QuestionSet:
    """A copy of the set (same questions, order and settings) titled "Copy of …"."""
    title = f"Copy of {qset.title}"[:MAX_TITLE]
    return create_set(session, user, title, question_ids(session, qset), settings_of(qset))


def assignments_of(session: Session, qset: QuestionSet) -> list[Assignment]:
    """The assignments that use the set, newest first."""
    return list(
        session.scalars(
            sa.select(Assignment)
            .where(Assignment.set_id == qset.id)
            .order_by(Assignment.created_at.desc(), Assignment.id.desc())
        )
    )


def delete_set(session: Session, qset: QuestionSet) -> None:
    """Delete a set that no class has; SetInUse (saying where) when it is assigned."""
    used = assignments_of(session, qset)
    if used:
        raise SetInUse([f"{a.classroom.name} (“{a.display_title}”)" for a in used])
    session.execute(sa.delete(SetItem).where(SetItem.set_id == qset.id))
    session.delete(qset)
    session.flush()


@dataclass
class SetSummary:
    """A line of the sets list."""

    row: QuestionSet
    questions: int
    assignments: int


def list_sets(session: Session, user: User) -> list[SetSummary]:
    """The user's sets, newest first, with their sizes and how often each is assigned."""
    rows = session.scalars(
        sa.select(QuestionSet)
        .where(QuestionSet.owner_id == user.id)
        .order_by(QuestionSet.created_at.desc(), QuestionSet.id.desc())
    ).all()
    ids = [r.id for r in rows]
    sizes = dict(
        session.execute(
            sa.select(SetItem.set_id, sa.func.count())
            .where(SetItem.set_id.in_(ids))
            .group_by(SetItem.set_id)
        ).all()
    )
    used = dict(
        session.execute(
            sa.select(Assignment.set_id, sa.func.count())
            .where(Assignment.set_id.in_(ids))
            .group_by(Assignment.set_id)
        ).all()
    )
    return [SetSummary(r, sizes.get(r.id, 0), used.get(r.id, 0)) for r in rows]


@dataclass
class Filters:
    """What the question picker shows: a story (0: own questions with no story), kind, skill."""

    story_id: int | None = None
    kind: str | None = None
    skill: str | None = None


def candidates(
    session: Session, user: User, filters: Filters, exclude: Iterable[int] = (), limit: int = 100
) -> list[Question]:
    """Approved questions of ``user`` that match ``filters`` and are not in ``exclude``."""
    query = usable(session, user)
    if filters.story_id == 0:
        query = query.where(Question.story_id.is_(None))
    elif filters.story_id:
        query = query.where(Question.story_id == filters.story_id)
    if filters.kind:
        query = query.where(Question.kind == filters.kind)
    if filters.skill:
        query = query.where(Question.skill == filters.skill)
    exclude = list(exclude)
    if exclude:
        query = query.where(Question.id.not_in(exclude))
    return list(session.scalars(query.order_by(Question.story_id, Question.id).limit(limit)))


def picker_choices(session: Session, user: User) -> dict[str, list]:
    """The stories, kinds and skills the picker's filters offer (only those with questions)."""
    base = usable(session, user).subquery()
    stories = session.execute(
        sa.select(Story.id, Story.title)
        .where(Story.id.in_(sa.select(base.c.story_id)))
        .order_by(Story.created_at.desc(), Story.id.desc())
    ).all()
    kinds = session.scalars(sa.select(base.c.kind).distinct().order_by(base.c.kind)).all()
    skills = session.scalars(sa.select(base.c.skill).distinct().order_by(base.c.skill)).all()
    own = session.scalar(
        sa.select(sa.func.count()).select_from(base).where(base.c.story_id.is_(None))
    )
    return {"stories": list(stories), "kinds": list(kinds), "skills": list(skills), "own": own}


def story_set(session: Session, user: User, story: Story) -> QuestionSet:
    """The set of a story's approved questions, for the one-step "give this story to a class".

    Questions are mixed, but the same way every time: ordered by the engine's hash ids, so kinds
    (and the answers of fact_or_claim) do not come in runs. A set of the user's with exactly these
    questions in this order is reused, so giving a story twice never makes two identical sets.
    SetError when the story has no approved question.
    """
    rows = session.scalars(usable(session, user).where(Question.story_id == story.id)).all()
    ids = [q.id for q in sorted(rows, key=lambda q: (q.engine_id or "", q.id))]
    if not ids:
        raise SetError(
            "Approve at least one question first: only approved questions go into a quiz."
        )
    same = find_same(session, user, ids)
    if same is not None:
        return same
    return create_set(session, user, story.title[:MAX_TITLE], ids)


def find_same(session: Session, user: User, ids: list[int]) -> QuestionSet | None:
    """The user's oldest set holding exactly ``ids`` in that order, if any."""
    first = session.scalars(
        sa.select(SetItem.set_id)
        .join(QuestionSet, QuestionSet.id == SetItem.set_id)
        .where(
            QuestionSet.owner_id == user.id, SetItem.question_id == ids[0], SetItem.position == 0
        )
        .order_by(SetItem.set_id)
    ).all()
    for set_id in first:
        row = session.get(QuestionSet, set_id)
        if row is not None and question_ids(session, row) == ids:
            return row
    return None


def classes_with(session: Session, qset: QuestionSet, classroom: Classroom) -> list[Assignment]:
    """The assignments of ``qset`` that ``classroom`` already has."""
    return [a for a in assignments_of(session, qset) if a.class_id == classroom.id]


def own_questions_count(session: Session, user: User) -> int:
    """How many questions the user wrote themselves."""
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Question)
            .where(Question.owner_id == user.id, Question.origin == Origin.TEACHER)
        )
        or 0
    )
