"""The word lists of question generation: ``questions/lexicons/gen_*.txt`` and ``gen_*.tsv``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def _lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of a lexicon file."""
    text = (_DIR / name).read_text(encoding="utf-8")
    return [ln.rstrip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``gen_<name>.txt``, lower-cased."""
    return frozenset(ln.strip().lower() for ln in _lines(f"gen_{name}.txt"))


def shared_lines(name: str) -> list[str]:
    """The non-comment lines of a lexicon the analysis also reads (``name`` with its suffix)."""
    return _lines(name)


@cache
def shared_words(name: str) -> frozenset[str]:
    """The entries of a lexicon the analysis also reads (``<name>.txt``), lower-cased."""
    return frozenset(ln.strip().lower() for ln in _lines(f"{name}.txt"))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``gen_<name>.tsv``, split on tabs."""
    return tuple(tuple(c.strip() for c in ln.split("\t")) for ln in _lines(f"gen_{name}.tsv"))


@cache
def phrase_regex(name: str) -> re.Pattern[str]:
    """One compiled, case-insensitive, whole-word regex matching any entry of ``gen_<name>.txt``."""
    entries = sorted(words(name), key=len, reverse=True)
    alternation = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w'’])", re.IGNORECASE)
