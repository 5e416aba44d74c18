"""A set's "shuffle questions" and "shuffle options" settings, applied per attempt.

The order is drawn from a seed made of the attempt's id (and, for options, the question's id), so
it is the same on every page load, after back/forward, and in the API: one attempt always sees one
order, two attempts (usually) different ones. Nothing is stored: the order is recomputed.

Answers are stored by the question's own option index (``Question.options``), never by the place
an option had on the screen, so results, CSV, the most common wrong answer and the feedback read
them as before. A choice sent by a page or the API is a place on the screen (``shown``) and is
turned into the stored index with :func:`to_stored`; the right answer sent back to the API is
turned into a place with :func:`to_shown`.

Not shuffled: spot-the-cue (its options are the words of a sentence, in reading order),
fact-or-claim (two fixed options, always in the same order), and live games (the projector and
every student share one screen order).
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

FIXED_ORDER_KINDS = frozenset({"spot_the_cue", "fact_or_claim"})


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))  # noqa: S311 - an order, not a secret


def flags(settings: Any) -> tuple[bool, bool]:
    """(shuffle questions, shuffle options) from a set's stored settings dict."""
    raw = settings if isinstance(settings, dict) else {}
    return raw.get("shuffle_questions") is True, raw.get("shuffle_options") is True


def question_order(attempt_id: int, items: list[Any], shuffle: bool) -> list[Any]:
    """``items`` (questions, or anything with an ``id``) in the attempt's order."""
    if not shuffle or len(items) < 2:
        return list(items)
    out = list(items)
    _rng("questions", attempt_id).shuffle(out)
    return out


def option_order(attempt_id: int, question_id: int, kind: str, size: int, shuffle: bool):
    """The stored option index shown at each place (``order[shown] == stored``), or None when the
    options keep their own order."""
    if not shuffle or kind in FIXED_ORDER_KINDS or size < 2:
        return None
    order = list(range(size))
    _rng("options", attempt_id, question_id).shuffle(order)
    return order


def to_stored(order: list[int] | None, shown: Any) -> Any:
    """The stored option index of a place on the screen (a valid single index only)."""
    if order is None or not isinstance(shown, int) or isinstance(shown, bool):
        return shown
    return order[shown] if 0 <= shown < len(order) else shown


def to_shown(order: list[int] | None, stored: Any) -> Any:
    """The place on the screen of a stored option index."""
    if order is None or not isinstance(stored, int) or isinstance(stored, bool):
        return stored
    return order.index(stored) if 0 <= stored < len(order) else stored


def shown_options(order: list[int] | None, options: list[Any]) -> list[Any]:
    """The options in screen order."""
    return list(options) if order is None else [options[i] for i in order]
