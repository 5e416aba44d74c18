"""Fixtures in the style of flaskr: ``app``, ``client``, ``runner`` and an ``auth`` helper per role.

Each test gets its own empty database: a SQLite file in a temporary folder, or, when
DATABASE_URL names PostgreSQL (``make test-pg``), a fresh schema that is dropped afterwards.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from quiz import create_app
from quiz.config import TestConfig
from quiz.db import Base, db
from quiz.extensions import limiter
from quiz.models import Classroom, Question, Role, Story, User, casefold_key

PG_URL = os.environ.get("DATABASE_URL", "")
USING_PG = PG_URL.startswith("postgresql")
TEACHER_PASSWORD = "correct horse battery"  # noqa: S105 - test only
CSRF_RE = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


@pytest.fixture
def db_kind() -> str:
    """Which database the suite runs on: ``sqlite`` or ``postgresql``."""
    return "postgresql" if USING_PG else "sqlite"


@pytest.fixture
def csrf():
    """``csrf(client, path)``: the CSRF token of the form on a page."""
    return csrf_token


@pytest.fixture
def database_url(tmp_path) -> Iterator[str]:
    """A URL of an empty database for one test."""
    if not USING_PG:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL, poolclass=sa.pool.NullPool)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build an app on the test database; extra settings override TestConfig."""
    apps = []

    def build(**overrides):
        settings = TestConfig.as_dict() | {
            "DATABASE_URL": database_url,
            "INSTANCE_PATH": str(tmp_path / "instance"),
        }
        app = create_app(settings | overrides)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.extensions["db_engine"].dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        Base.metadata.create_all(db.engine)
    limiter.reset()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def csrf_token(client, path: str) -> str:
    """The CSRF token of the form on ``path``."""
    html = client.get(path).get_data(as_text=True)
    match = CSRF_RE.search(html)
    assert match, f"no CSRF token on {path}"
    return match.group(1) or match.group(2)


def gen_teacher(
    app, username: str = "ms-rivera", password: str = TEACHER_PASSWORD, role=Role.TEACHER
) -> int:
    """Store a teacher and return their id."""
    with app.app_context():
        user = User(role=role, username=username, username_key=casefold_key(username))
        user.set_password(password)
        db.session.add(user)
        db.session.commit()
        return user.id


def gen_class(app, teacher_id: int, name: str = "Year 9 Media", code: str = "ABC234") -> int:
    with app.app_context():
        classroom = Classroom(name=name, join_code=code, teacher_id=teacher_id)
        db.session.add(classroom)
        db.session.commit()
        return classroom.id


class AuthActions:
    """Sign in as a teacher, join as a student, sign out — through the real forms."""

    def __init__(self, client):
        self._client = client

    def login(self, username: str = "ms-rivera", password: str = TEACHER_PASSWORD, **kw):
        token = csrf_token(self._client, "/login")
        data = {"username": username, "password": password, "csrf_token": token}
        return self._client.post("/login", data=data, **kw)

    def join(self, code: str = "ABC234", nickname: str = "Sam", pin: str = "", **kw):
        token = csrf_token(self._client, "/join")
        data = {"join_code": code, "nickname": nickname, "rejoin_pin": pin, "csrf_token": token}
        return self._client.post("/join", data=data, **kw)

    def logout(self):
        token = csrf_token(self._client, "/")
        return self._client.post("/logout", data={"csrf_token": token})


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def another(app):
    """``another()``: a second browser (its own cookies) and its ``auth`` helper."""

    def make():
        other = app.test_client()
        return other, AuthActions(other)

    return make


@pytest.fixture
def make_teacher(app):
    """``make_teacher(username, password=..., role=...)`` stores a teacher and returns the id."""
    return lambda *a, **kw: gen_teacher(app, *a, **kw)


@pytest.fixture
def make_class(app):
    """``make_class(teacher_id, name=..., code=...)`` stores a class and returns the id."""
    return lambda *a, **kw: gen_class(app, *a, **kw)


@pytest.fixture
def teacher(app) -> int:
    return gen_teacher(app)


@pytest.fixture
def classroom(app, teacher) -> int:
    return gen_class(app, teacher)


STORY_TEXT = "The council approved the budget on Monday.\n"
WHO_SAID = {
    "kind": "who_said",
    "skill": "Attribution",
    "prompt": "Who said the budget was fair?",
    "options": ["Mayor", "Council", "Police"],
    "answer": 0,
    "explanation": "The mayor said it.",
}
FACT_OR_CLAIM = {
    "kind": "fact_or_claim",
    "skill": "Fact or claim",
    "prompt": "Fact or claim?",
    "options": ["Fact", "Claim"],
    "answer": 0,
    "explanation": "Own voice.",
}


@pytest.fixture
def make_story(app):
    """``make_story(owner_id, *question_fields, title=, text=)`` stores a story and its questions
    (each a dict of Question fields, e.g. ``WHO_SAID | {"answer": 1}``); returns (story id,
    question ids)."""

    def build(owner_id: int, *questions: dict, title: str = "Budget", text: str = STORY_TEXT):
        with app.app_context():
            story = Story(
                owner_id=owner_id, title=title, text=text, text_hash=Story.hash_text(text)
            )
            db.session.add(story)
            db.session.flush()
            rows = [Question(owner_id=owner_id, story_id=story.id, **q) for q in questions]
            db.session.add_all(rows)
            db.session.commit()
            return story.id, [q.id for q in rows]

    return build


@pytest.fixture
def question_fields():
    """The field sets of two ordinary questions: ``(WHO_SAID, FACT_OR_CLAIM)``."""
    return WHO_SAID, FACT_OR_CLAIM
