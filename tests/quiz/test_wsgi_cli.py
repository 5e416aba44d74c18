"""The documented commands as a user runs them: ``flask --app wsgi …`` on an empty database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]


def flask(database_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = os.environ | {"DATABASE_URL": database_url, "SECRET_KEY": "cli-test-key"}
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_init_db_twice_then_create_teacher(database_url):
    for _ in range(2):
        result = flask(database_url, "init-db")
        assert result.returncode == 0, result.stderr
        assert "up to date" in result.stdout
    created = flask(database_url, "create-teacher", "ms-rivera", stdin="a good long password\n")
    assert created.returncode == 0, created.stderr
    assert "Created teacher 'ms-rivera'" in created.stdout
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT role, password_hash FROM users")).one()
    engine.dispose()
    assert row.role == "teacher"
    assert row.password_hash.startswith(("scrypt:", "pbkdf2:"))
    again = flask(database_url, "create-teacher", "ms-rivera", stdin="a good long password\n")
    assert again.returncode != 0 and "already" in again.stderr
    assert "Traceback" not in again.stderr
