"""The Alembic migration builds the schema the models describe, and is safe to run again."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from quiz.db import Base, db, migrate
from quiz.migrations import alembic_config

EXPECTED_TABLES = {
    "users",
    "classes",
    "memberships",
    "teams",
    "stories",
    "claims",
    "questions",
    "question_sets",
    "set_items",
    "assignments",
    "attempts",
    "answers",
    "live_games",
    "api_tokens",
    "class_boards",
    "invites",
    "login_sessions",
    "import_jobs",
}


def test_migration_on_an_empty_database_twice(make_app):
    app = make_app()
    with app.app_context():
        migrate(db.engine)
        migrate(db.engine)
        tables = set(sa.inspect(db.engine).get_table_names())
        assert EXPECTED_TABLES <= tables
        with db.engine.connect() as conn:
            heads = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
        assert heads == [ScriptDirectory.from_config(alembic_config()).get_current_head()]


def test_models_and_migration_agree(make_app):
    app = make_app()
    with app.app_context():
        migrate(db.engine)
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_one_answer_per_attempt_and_question_is_enforced_by_the_database(make_app):
    app = make_app()
    with app.app_context():
        migrate(db.engine)
        insp = sa.inspect(db.engine)
        uniques = [tuple(u["column_names"]) for u in insp.get_unique_constraints("answers")]
        assert ("attempt_id", "question_id") in uniques
