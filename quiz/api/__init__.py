"""The JSON API under /api/v1: bearer tokens, no cookies, the error shape of ``quiz.errors``.

``bp`` lives in ``quiz.api.common``; importing the modules below registers their routes on it.
"""

from __future__ import annotations

from quiz.api import (
    auth,
    boards,
    live,
    openapi,
    play,
    question_sets,
    results,
    roster,
    sets,
    students,
    teach,
)
from quiz.api.common import bp

__all__ = [
    "auth",
    "boards",
    "bp",
    "live",
    "openapi",
    "play",
    "question_sets",
    "results",
    "roster",
    "sets",
    "students",
    "teach",
]
