"""The database: engine, a scoped session per app context, the declarative base, CLI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask.globals import app_ctx
from sqlalchemy import event
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session

NAMING = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every model; constraint names are fixed so migrations can refer to them."""

    metadata = sa.MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def make_engine(url: str, config: dict) -> sa.Engine:
    """An engine for ``url``: SQLite with WAL, busy timeout and foreign keys; others pooled."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(
            url,
            connect_args={"timeout": config["SQLITE_BUSY_TIMEOUT_MS"] / 1000},
            **_sqlite_pool(),
        )
        event.listen(engine, "connect", _sqlite_pragmas(config["SQLITE_BUSY_TIMEOUT_MS"]))
        return engine
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=config["DB_POOL_SIZE"],
        max_overflow=config["DB_MAX_OVERFLOW"],
        pool_recycle=1800,
    )


def _sqlite_pool() -> dict:
    """Under gevent, one SQLite connection per process, handed from greenlet to greenlet.

    SQLite waits for a lock inside C, which would block gevent's hub, so the greenlet holding
    the lock could never finish: serialising access in the pool avoids ever waiting in SQLite.
    """
    try:
        from gevent import monkey
    except ImportError:  # pragma: no cover - gevent is a dependency
        return {}
    if not monkey.is_module_patched("socket"):
        return {}
    return {"poolclass": sa.pool.QueuePool, "pool_size": 1, "max_overflow": 0, "pool_timeout": 60}


def _sqlite_pragmas(busy_ms: int):
    def on_connect(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
        if cur.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


class Database:
    """Owns the engine and the session of each app; views use ``db.session``."""

    def __init__(self) -> None:
        self.session = scoped_session(_session_for_current_app, scopefunc=_ctx_id)

    def init_app(self, app: Flask) -> None:
        """Create the app's engine, bind sessions to it, remove the session at teardown."""
        url = app.config["DATABASE_URL"]
        if url.startswith("sqlite:///") and ":memory:" not in url:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        app.extensions["db_engine"] = make_engine(url, app.config)
        app.teardown_appcontext(self._teardown)
        app.cli.add_command(init_db_command)

    @property
    def engine(self) -> sa.Engine:
        return current_app.extensions["db_engine"]

    def _teardown(self, exc: BaseException | None) -> None:
        self.session.remove()


def _ctx_id() -> int:
    return id(app_ctx._get_current_object())


def _session_for_current_app() -> Session:
    """A new session bound to the engine of the app whose context is active."""
    return Session(bind=current_app.extensions["db_engine"], expire_on_commit=False)


db = Database()


def migrate(engine: sa.Engine) -> None:
    """Bring the database to the newest schema (Alembic); safe to run again."""
    from alembic import command

    from quiz.migrations import alembic_config

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create the database or migrate it to the newest schema."""
    migrate(db.engine)
    click.echo("Database is up to date.")
