"""Alembic migrations of the app's schema, configured in code (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

HERE = Path(__file__).resolve().parent


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config for these migrations; ``url`` serves when no connection is given."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg
