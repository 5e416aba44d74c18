"""The data model: people, classes, stories and their analysis, questions, sets, play, tokens."""

from __future__ import annotations

import enum
import hashlib
import re
import secrets
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from quiz.db import Base, utcnow

# An API token works this long after it is issued (then its owner signs in again).
API_TOKEN_LIFETIME = timedelta(days=30)
# Join codes avoid letters and digits that read alike on a projector (0/O, 1/I/L).
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6
PIN_HASH_METHOD = "pbkdf2:sha256:5000"


class Role(enum.StrEnum):
    TEACHER = "teacher"
    ADMIN = "admin"
    STUDENT = "student"


class QuestionStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"


class Origin(enum.StrEnum):
    GENERATED = "generated"
    TEACHER = "teacher"


class Mode(enum.StrEnum):
    SELF_PACED = "self_paced"
    LIVE = "live"


class AssignmentStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"


class LiveState(enum.StrEnum):
    LOBBY = "lobby"
    QUESTION = "question"
    REVEAL = "reveal"
    FINISHED = "finished"


class Feedback(enum.StrEnum):
    """When a set shows students whether they were right: after each answer, or at the end."""

    EACH = "each"
    END = "end"


def _enum(e: type[enum.Enum], name: str) -> sa.Enum:
    # Stored as plain strings with a CHECK, so adding a value is a small migration on any database.
    return sa.Enum(
        e, name=name, native_enum=False, length=20, values_callable=lambda x: [m.value for m in x]
    )


# Lengths of the key columns: a name whose key is longer is refused before it reaches the database.
NICKNAME_KEY_MAX = 32
USERNAME_KEY_MAX = 64
_CODE_IGNORED = re.compile(r"[\s\-\u2010-\u2015\u2212]")


def casefold_key(text: str) -> str:
    """The comparison key of a nickname or username: the one normalisation used everywhere.

    Unicode compatibility forms folded (NFKC: "ﬁ" is "fi", full-width "Ｓ" is "S"), white space
    trimmed and folded to single spaces, case folded ("ß" is "ss"). Lookups, unique constraints and
    rate-limit keys all use it, so two spellings of one name are one name everywhere. The key can
    be longer than the name ("ß" × 24 is 48 characters): check it against the column's length.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


def code_key(text: str) -> str:
    """The canonical form of a join code as typed: compatibility forms folded, case ignored,
    spaces and dashes dropped (codes are read aloud and typed on phones)."""
    return _CODE_IGNORED.sub("", unicodedata.normalize("NFKC", text)).upper()


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class User(UserMixin, Base):
    """A teacher, an admin, or a student (students have a nickname and no e-mail or password)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    username: Mapped[str | None] = mapped_column(sa.String(64))
    username_key: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    nickname: Mapped[str | None] = mapped_column(sa.String(32))
    pin_hash: Mapped[str | None] = mapped_column(sa.String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="user")

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    @property
    def is_teacher(self) -> bool:
        return self.role in (Role.TEACHER, Role.ADMIN)

    @property
    def is_student(self) -> bool:
        return self.role == Role.STUDENT

    @property
    def display_name(self) -> str:
        return (self.username if self.is_teacher else self.nickname) or f"user {self.id}"

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return bool(self.password_hash) and check_password_hash(self.password_hash, password)

    def set_pin(self, pin: str) -> None:
        # A 4-digit PIN has 10,000 values: no hash cost protects a leaked one, so a light hash
        # keeps a whole school joining at once fast; guessing is stopped by the rejoin limit.
        self.pin_hash = generate_password_hash(pin, PIN_HASH_METHOD)

    def check_pin(self, pin: str) -> bool:
        return bool(self.pin_hash) and check_password_hash(self.pin_hash, pin)

    @classmethod
    def by_username(cls, username: str) -> sa.Select[tuple[User]]:
        return sa.select(cls).where(cls.username_key == casefold_key(username))


class Classroom(Base):
    """A class a teacher runs; students join it with its code."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    join_code: Mapped[str] = mapped_column(sa.String(12), unique=True)
    teacher_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    teacher: Mapped[User] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan"
    )
    teams: Mapped[list[Team]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan"
    )

    @classmethod
    def owned_by(cls, user: User) -> sa.Select[tuple[Classroom]]:
        return sa.select(cls).where(cls.teacher_id == user.id).order_by(cls.name, cls.id)

    @classmethod
    def by_code(cls, code: str) -> sa.Select[tuple[Classroom]]:
        """The open class with this join code."""
        return sa.select(cls).where(cls.join_code == code_key(code), cls.archived.is_(False))


class Team(Base):
    __tablename__ = "teams"
    __table_args__ = (sa.UniqueConstraint("class_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(
        sa.ForeignKey("classes.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(40))

    classroom: Mapped[Classroom] = relationship(back_populates="teams")


class Membership(Base):
    """A student in a class; the nickname is unique within the class, whatever its case."""

    __tablename__ = "memberships"
    __table_args__ = (
        sa.UniqueConstraint("class_id", "user_id"),
        sa.UniqueConstraint("class_id", "nickname_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(sa.ForeignKey("classes.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(sa.ForeignKey("teams.id", ondelete="SET NULL"))
    nickname_key: Mapped[str] = mapped_column(sa.String(32))
    joined_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="memberships")
    user: Mapped[User] = relationship(back_populates="memberships")
    team: Mapped[Team | None] = relationship()

    @classmethod
    def by_nickname(cls, class_id: int, nickname: str) -> sa.Select[tuple[Membership]]:
        return sa.select(cls).where(
            cls.class_id == class_id, cls.nickname_key == casefold_key(nickname)
        )


class Story(Base):
    """A news story: its own text, and where it came from."""

    __tablename__ = "stories"
    __table_args__ = (sa.UniqueConstraint("owner_id", "text_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    text: Mapped[str] = mapped_column(sa.Text)
    text_hash: Mapped[str] = mapped_column(sa.String(64))
    outlet: Mapped[str | None] = mapped_column(sa.String(120))
    url: Mapped[str | None] = mapped_column(sa.String(500))
    published_on: Mapped[date | None] = mapped_column(sa.Date)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="story", cascade="all, delete-orphan", order_by="Claim.id"
    )

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Claim(Base):
    """One attributed claim the engine found in a story (spans index the story's own text)."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    line: Mapped[int]
    sentence: Mapped[str] = mapped_column(sa.Text)
    source: Mapped[str | None] = mapped_column(sa.String(300))
    source_text: Mapped[str | None] = mapped_column(sa.String(300))
    source_span: Mapped[list[int] | None] = mapped_column(sa.JSON)
    source_kind: Mapped[str | None] = mapped_column(sa.String(20))
    cue: Mapped[str | None] = mapped_column(sa.String(120))
    cue_span: Mapped[list[int] | None] = mapped_column(sa.JSON)
    content: Mapped[str] = mapped_column(sa.Text)
    content_span: Mapped[list[int]] = mapped_column(sa.JSON)
    stance: Mapped[str] = mapped_column(sa.String(20))
    quote: Mapped[str] = mapped_column(sa.String(10))
    channel: Mapped[str | None] = mapped_column(sa.String(60))

    story: Mapped[Story] = relationship(back_populates="claims")


class Question(Base):
    """A question, generated from a story or written by a teacher, reviewed before use."""

    __tablename__ = "questions"
    __table_args__ = (sa.UniqueConstraint("story_id", "engine_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    story_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("stories.id", ondelete="SET NULL"), index=True
    )
    engine_id: Mapped[str | None] = mapped_column(sa.String(40))
    kind: Mapped[str] = mapped_column(sa.String(40))
    skill: Mapped[str] = mapped_column(sa.String(40))
    difficulty: Mapped[int] = mapped_column(default=1)
    prompt: Mapped[str] = mapped_column(sa.Text)
    options: Mapped[list[str]] = mapped_column(sa.JSON)
    answer: Mapped[Any] = mapped_column(
        sa.JSON
    )  # an option index, or sorted indices (spot_the_cue)
    explanation: Mapped[str] = mapped_column(sa.Text, default="")
    evidence: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    status: Mapped[QuestionStatus] = mapped_column(
        _enum(QuestionStatus, "question_status"), default=QuestionStatus.DRAFT
    )
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "origin"), default=Origin.GENERATED)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    story: Mapped[Story | None] = relationship()


class QuestionSet(Base):
    """An ordered set of questions with its play settings."""

    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    settings: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    items: Mapped[list[SetItem]] = relationship(
        back_populates="question_set", cascade="all, delete-orphan", order_by="SetItem.position"
    )


class SetItem(Base):
    __tablename__ = "set_items"
    __table_args__ = (sa.UniqueConstraint("set_id", "position"),)

    set_id: Mapped[int] = mapped_column(
        sa.ForeignKey("question_sets.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int]

    question_set: Mapped[QuestionSet] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()


class Assignment(Base):
    """A set given to a class, self-paced or live, between optional open and close times."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(
        sa.ForeignKey("classes.id", ondelete="CASCADE"), index=True
    )
    set_id: Mapped[int] = mapped_column(sa.ForeignKey("question_sets.id", ondelete="RESTRICT"))
    title: Mapped[str | None] = mapped_column(sa.String(200))  # None: the set's title
    mode: Mapped[Mode] = mapped_column(_enum(Mode, "mode"), default=Mode.SELF_PACED)
    status: Mapped[AssignmentStatus] = mapped_column(
        _enum(AssignmentStatus, "assignment_status"), default=AssignmentStatus.OPEN
    )
    opens_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    closes_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    classroom: Mapped[Classroom] = relationship()
    question_set: Mapped[QuestionSet] = relationship()

    @property
    def display_title(self) -> str:
        """The assignment's own title, or its set's."""
        return self.title or self.question_set.title


class Attempt(Base):
    """A student's one attempt at an assignment; totals are kept beside the answers."""

    __tablename__ = "attempts"
    __table_args__ = (
        sa.UniqueConstraint("assignment_id", "student_id"),
        sa.Index("ix_attempts_board", "assignment_id", "score", "bonus", "reached_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    student_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    score: Mapped[int] = mapped_column(default=0)
    # Speed points of live games, kept apart so a right answer always outranks a fast one.
    bonus: Mapped[int] = mapped_column(default=0, server_default="0")
    # When the score last rose: the ranking's tie-break (the earlier wins).
    reached_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    answers: Mapped[list[Answer]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One answer per attempt and question, enforced by the database."""

    __tablename__ = "answers"
    __table_args__ = (sa.UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(sa.ForeignKey("attempts.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    choice: Mapped[Any] = mapped_column(sa.JSON)
    correct: Mapped[bool]
    points: Mapped[int] = mapped_column(default=0)
    bonus: Mapped[int] = mapped_column(default=0, server_default="0")
    confidence: Mapped[int | None]
    answered_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="answers")


class LiveGame(Base):
    """The state of a live game, kept in the database so any worker can answer any player."""

    __tablename__ = "live_games"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assignments.id", ondelete="CASCADE"), unique=True
    )
    state: Mapped[LiveState] = mapped_column(
        _enum(LiveState, "live_state"), default=LiveState.LOBBY
    )
    current_index: Mapped[int] = mapped_column(default=-1)
    question_started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    version: Mapped[int] = mapped_column(default=0)  # bumped on every change; clients poll it
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    question_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="SET NULL")
    )
    # Seconds a question lasts; None when the set turns the timer off (no speed bonus either).
    seconds: Mapped[int | None]
    deadline_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    paused_left_ms: Mapped[int | None]  # set while the timer is paused: what was left
    team_mode: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    assignment: Mapped[Assignment] = relationship()


class ClassBoard(Base):
    """How a class's boards are shown: hidden, frozen, top N, and the projector's display link."""

    __tablename__ = "class_boards"

    class_id: Mapped[int] = mapped_column(
        sa.ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True
    )
    hidden: Mapped[bool] = mapped_column(default=False)
    frozen_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    top_n: Mapped[int | None]
    display_key_hash: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    display_key_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class ApiToken(Base):
    """A bearer token for the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), default=lambda: utcnow() + API_TOKEN_LIFETIME
    )

    user: Mapped[User] = relationship()

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    @classmethod
    def issue(cls, user: User) -> tuple[ApiToken, str]:
        """A new token for ``user``: the row to store and the secret to hand out once."""
        secret = secrets.token_urlsafe(32)
        return cls(user=user, token_hash=cls.hash(secret)), secret


class LoginSession(Base):
    """A signed-in browser session. The cookie holds only a random secret whose SHA-256 is stored
    here; signing out ends the row, so a copied cookie stops working too."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # A newly joined student's rejoin PIN, kept server-side until the welcome page shows it once.
    new_pin: Mapped[str | None] = mapped_column(sa.String(8))

    user: Mapped[User] = relationship()


class Invite(Base):
    """A one-use code an admin gives a new teacher to sign up with; only its SHA-256 is stored."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    note: Mapped[str | None] = mapped_column(sa.String(120))
    created_by_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    used_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    used_by: Mapped[User | None] = relationship(foreign_keys=[used_by_id])

    @staticmethod
    def hash(code: str) -> str:
        return hashlib.sha256(code.encode("utf-8")).hexdigest()


class ImportJob(Base):
    """A story text waiting for, or in, the engine's analysis outside the request (a job queue).

    The text is kept here until the stories are stored, and after a failure too, so nothing the
    teacher pasted is lost. ``status``: queued, running, done or failed; ``step`` says where a
    running analysis is; ``story_ids`` the stories stored (or found in the library already).
    """

    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    details: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    split: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(sa.String(20), default="queued")
    step: Mapped[str | None] = mapped_column(sa.String(80))
    error: Mapped[str | None] = mapped_column(sa.String(500))
    story_ids: Mapped[list[int] | None] = mapped_column(sa.JSON)
    existing_ids: Mapped[list[int] | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
