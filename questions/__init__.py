"""Fact or Claim's engine: what news stories report as fact and what they attribute to someone.

Public entry points: ``analyze(text) -> Analysis``, ``read_text(path)``, ``decode_bytes(data)``,
``InputError``, the data types of ``questions.model``, and ``generate(analysis)`` (loaded lazily).
"""

from __future__ import annotations

from typing import Any

from questions.model import (
    Analysis,
    Claim,
    Dropped,
    Evidence,
    Hedge,
    Question,
    Sentence,
    StoryAnalysis,
    Verification,
)
from questions.pipeline import analyze
from questions.text import MAX_BYTES, InputError, decode_bytes, read_text

__all__ = [
    "MAX_BYTES",
    "Analysis",
    "Claim",
    "Dropped",
    "Evidence",
    "Hedge",
    "InputError",
    "Question",
    "Sentence",
    "StoryAnalysis",
    "Verification",
    "analyze",
    "decode_bytes",
    "generate",
    "read_text",
]


def __getattr__(name: str) -> Any:
    """Load ``generate`` on first use, so the analysis never waits for question generation."""
    if name == "generate":
        from questions.generate import generate

        return generate
    raise AttributeError(f"module 'questions' has no attribute {name!r}")
