"""Shared fixtures of the engine's tests: the seed, its gold annotation, test texts, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from questions import Analysis, analyze, read_text

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_7b7fc36af96453cb.txt"
GOLD = ROOT / "tests" / "seed_gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The decoded text of the seed file (four stories with page furniture)."""
    return read_text(SEED)


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str) -> Analysis:
    """The engine's analysis of the seed file."""
    return analyze(seed_text)


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand annotation of the seed file."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder of hand-written test texts."""
    return DATA


class CLI:
    """Runs ``python -m questions`` in a subprocess, the way a user would."""

    def run(self, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run the command line with these arguments; never raises on a non-zero exit."""
        return subprocess.run(  # noqa: S603 - fixed interpreter and module
            [sys.executable, "-m", "questions", *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="session")
def cli() -> CLI:
    """A runner of the command line."""
    return CLI()
