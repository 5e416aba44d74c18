"""Alembic environment: runs on the connection handed over by ``quiz.db.migrate`` or on a URL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from quiz import models  # noqa: F401 - registers the tables on Base.metadata
from quiz.db import Base

config = context.config
target_metadata = Base.metadata


def run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url"), poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        run(conn)
