"""Configuration comes from the environment: safe local defaults, strict production rules."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz import create_app
from quiz.config import ConfigError
from quiz.db import db


def test_defaults_to_sqlite_in_instance_and_generates_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("QUIZ_ENV", raising=False)
    instance = tmp_path / "instance"
    app = create_app({"INSTANCE_PATH": str(instance)})
    assert app.config["DATABASE_URL"] == f"sqlite:///{instance / 'quiz.db'}"
    key_file = instance / "secret_key"
    assert key_file.read_text() == app.config["SECRET_KEY"]
    assert len(app.config["SECRET_KEY"]) >= 32
    assert key_file.stat().st_mode & 0o077 == 0, "the secret key must not be readable by others"
    again = create_app({"INSTANCE_PATH": str(instance)})
    assert again.config["SECRET_KEY"] == app.config["SECRET_KEY"]


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/other.db")
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "memory://")
    app = create_app({"INSTANCE_PATH": str(tmp_path / "i")})
    assert app.config["DATABASE_URL"].endswith("/other.db")
    assert app.config["SECRET_KEY"] == "from-the-environment"
    assert not (tmp_path / "i" / "secret_key").exists()


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZ_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"INSTANCE_PATH": str(tmp_path)})
    assert not (tmp_path / "secret_key").exists()


def test_production_cookies_are_secure(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZ_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s3cret-for-this-test")
    app = create_app({"INSTANCE_PATH": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/p.db"})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_sqlite_runs_with_wal_busy_timeout_and_foreign_keys(app, db_kind):
    if db_kind != "sqlite":
        pytest.skip("SQLite pragmas")
    with app.app_context(), db.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(sa.text("PRAGMA busy_timeout")).scalar() == 5000


def test_postgres_pool_is_bounded_and_pre_pings(app, db_kind):
    if db_kind != "postgresql":
        pytest.skip("PostgreSQL pool settings")
    with app.app_context():
        pool = db.engine.pool
        assert pool._pre_ping is True
        assert pool.size() == app.config["DB_POOL_SIZE"]
