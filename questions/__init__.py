"""Fact or Claim's engine: what news stories report as fact and what they attribute to someone.

Public entry points: ``analyze(text) -> Analysis``, ``read_text(path)``, ``decode_bytes(data)``,
``normalize_newlines(text)`` (for pasted text: browsers send CRLF), ``InputError``, the data
types of ``questions.model``, and ``generate(analysis)``.
"""

from __future__ import annotations

from questions.generate import generate
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
from questions.text import MAX_BYTES, InputError, decode_bytes, normalize_newlines, read_text

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
    "normalize_newlines",
    "read_text",
]
