"""Configuration, read from the environment (the table of variables is in the README).

- ``DATABASE_URL``: default, a SQLite file ``instance/quiz.db``.
- ``SECRET_KEY``: default, generated once into ``instance/secret_key``; required in production.
- ``RATELIMIT_STORAGE_URI``: default ``memory://``; ``redis://…`` with several workers or machines.
- ``QUIZ_ENV``: ``development``; ``production`` turns on Secure cookies and HSTS, needs SECRET_KEY.
- ``JOBS_URL``: the job queue for long analyses (``quiz/jobs.py``): default ``sqlite:///`` + a file
  ``instance/jobs.db``; ``redis://…`` in production; ``immediate`` runs jobs at once (tests).
- ``ANALYSE_INLINE_MAX_CHARS``: default 20,000; a longer story text is analysed by the job queue.
- ``TRUSTED_PROXIES``: default 0; the number of reverse proxies in front of the app, whose
  ``X-Forwarded-For``/``-Proto`` are then believed (so per-address limits see the real address).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

MAX_BODY_BYTES = 2 * 1024 * 1024


class ConfigError(RuntimeError):
    """The environment does not describe a runnable configuration."""


class Config:
    """Settings shared by every environment; ``from_env`` fills in what the environment says."""

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 12  # a school day
    # The cookie is not re-signed and re-sent on every answer: it lives 12 h from sign-in, as the
    # server-side session row does (quiz.services.sessions), so a refresh would not extend anything.
    SESSION_REFRESH_EACH_REQUEST = False
    MAX_CONTENT_LENGTH = MAX_BODY_BYTES
    WTF_CSRF_TIME_LIMIT = 60 * 60 * 8
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_STRATEGY = "moving-window"
    # Sign-in limits count failed tries only. Per account *and* address, so a stranger guessing from
    # elsewhere spends only their own budget and cannot lock the teacher out; per account from all
    # addresses a much higher ceiling against a spread-out guesser; per address generous, because a
    # whole school may share one address. Joining is per address and sized for a school joining at
    # once (350 students in seconds); rejoin PIN guesses per nickname of a class, page and API
    # alike.
    LOGIN_LIMIT_PER_ACCOUNT = "10 per 5 minutes"
    LOGIN_LIMIT_PER_ACCOUNT_ANY_ADDRESS = "100 per 5 minutes"
    LOGIN_LIMIT_PER_ADDRESS = "200 per 5 minutes"
    # Joining at scale: a whole school of 2,000 behind one address joins one game inside a
    # minute (measured: bench/bench_live.py), with a fifth to spare for retries. Each door is
    # also limited per class code (all addresses together) and per nickname within a class
    # (new joins; rejoin PIN tries have REJOIN_LIMIT_PER_NICKNAME).
    JOIN_LIMIT_PER_ADDRESS = "2400 per minute"
    JOIN_LIMIT_PER_CLASS = "2400 per minute"
    JOIN_LIMIT_PER_NICKNAME = "10 per minute"
    REJOIN_LIMIT_PER_NICKNAME = "10 per 5 minutes"
    DB_POOL_SIZE = 5
    DB_MAX_OVERFLOW = 10
    SQLITE_BUSY_TIMEOUT_MS = 5000
    QUIZ_ENV = "development"
    TRUSTED_PROXIES = 0
    # A text longer than this is analysed by the job queue, not in the request. News of this size
    # takes ~0.06 s of CPU (the seeds); adversarial text far more (66k chars of "Tom said Ann
    # said…": ~5 s), which is what the queue keeps away from the web workers.
    ANALYSE_INLINE_MAX_CHARS = 20_000

    @classmethod
    def from_env(cls, instance_path: str, overrides: dict | None = None) -> dict:
        """The settings for an app: class defaults, then the environment, then ``overrides``."""
        env, overrides = os.environ, dict(overrides or {})
        settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        settings["QUIZ_ENV"] = env.get("QUIZ_ENV", "development")
        if env.get("TRUSTED_PROXIES", "").isdigit():
            settings["TRUSTED_PROXIES"] = int(env["TRUSTED_PROXIES"])
        settings["DATABASE_URL"] = env.get("DATABASE_URL") or sqlite_url(instance_path)
        settings["RATELIMIT_STORAGE_URI"] = env.get(
            "RATELIMIT_STORAGE_URI", cls.RATELIMIT_STORAGE_URI
        )
        settings["JOBS_URL"] = env.get("JOBS_URL") or "sqlite:///" + str(
            Path(instance_path) / "jobs.db"
        )
        if env.get("ANALYSE_INLINE_MAX_CHARS", "").isdigit():
            settings["ANALYSE_INLINE_MAX_CHARS"] = int(env["ANALYSE_INLINE_MAX_CHARS"])
        settings.update(overrides)
        if settings["QUIZ_ENV"] == "production":
            if not (overrides.get("SECRET_KEY") or env.get("SECRET_KEY")):
                raise ConfigError("QUIZ_ENV=production needs SECRET_KEY set in the environment.")
            settings["SESSION_COOKIE_SECURE"] = True
            settings["REMEMBER_COOKIE_SECURE"] = True
        settings["SECRET_KEY"] = (
            overrides.get("SECRET_KEY") or env.get("SECRET_KEY") or local_secret_key(instance_path)
        )
        return settings

    @classmethod
    def as_dict(cls) -> dict:
        """This class's settings as overrides (used for TestConfig)."""
        return {k: getattr(cls, k) for k in dir(cls) if k.isupper()}


class TestConfig(Config):
    """Settings for the test suite: a throwaway database is supplied by the fixture."""

    TESTING = True
    SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105 - test only
    RATELIMIT_STORAGE_URI = "memory://"
    JOBS_URL = "immediate"


def sqlite_url(instance_path: str) -> str:
    """The default database: a SQLite file in the instance folder."""
    return "sqlite:///" + str(Path(instance_path) / "quiz.db")


def local_secret_key(instance_path: str) -> str:
    """Read the instance's secret key, generating it on first run (local installs only)."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
