r"""The building blocks of the API's models: base classes and the field types every call shares.

``In`` models read requests: strict types (``"5"`` is not an integer, ``1`` is not a string, yet
``3.0`` is the integer 3, as JSON Schema says), unknown fields refused. ``Out`` models write
answers: every field is always present and nothing else may be. Each type below carries its JSON
Schema, so what the document promises is what the server checks — exactly, character for character
(patterns are written so Python and ECMA-262 read them alike: no \s, \w or \d).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict
from pydantic_core import PydanticCustomError

MAX_ID = 2**31 - 1  # ids fit a 32-bit integer column

# White space exactly as Python's str.strip() and str.split() see it, spelled out: a pattern's
# \s means one thing to Python, another to ECMA-262 (the document's readers), so none is used.
WS = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def _word_ranges() -> str:
    """Python's ``\\w`` (letters, digits, _) in the Basic Multilingual Plane, as ranges."""
    word, ranges, start = re.compile(r"\w"), [], None
    for cp in range(0x10000):
        ok = not 0xD800 <= cp <= 0xDFFF and word.match(chr(cp)) is not None
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            ranges.append((start, cp - 1))
            start = None
    return "".join(f"\\u{a:04x}" + (f"-\\u{b:04x}" if b > a else "") for a, b in ranges)


# A letter, digit or _ as Python's \w sees it (the engines disagree on \w itself).
WORD = _word_ranges()
# Text that is not blank and holds no NUL (which PostgreSQL cannot store); one pass, no
# backtracking over a long text.
NONBLANK = rf"^[{WS}]*[^\x00{WS}][^\x00]*$"
NO_NUL = r"^[^\x00]*$"

# What a 422 says when a value misses its pattern.
PATTERN_MESSAGES: dict[str, str] = {
    NONBLANK: "must not be empty (and must not hold NUL characters)",
    NO_NUL: "must not hold NUL characters",
}


def pattern(regex: str, message: str) -> Any:
    """A pattern a string must match as a whole, documented as it is checked.

    Checked with ``re.fullmatch`` (so ``$`` means the end, as in JSON Schema, not "before a final
    newline"); a value that misses it gets ``message`` in its 422.
    """
    PATTERN_MESSAGES[regex] = message
    compiled = re.compile(regex)

    def check(value: str) -> str:
        if compiled.fullmatch(value) is None:
            raise PydanticCustomError("string_pattern_mismatch", message, {"pattern": regex})
        return value

    return (Field(json_schema_extra={"pattern": regex}), AfterValidator(check))


def string(
    *,
    max_len: int,
    min_len: int = 0,
    regex: str = NO_NUL,
    message: str | None = None,
    tidy: Any = None,
) -> Any:
    """A string of ``min_len`` to ``max_len`` characters matching ``regex``, then tidied."""
    parts: list[Any] = [str, Strict(), Field(min_length=min_len or None, max_length=max_len)]
    parts += pattern(regex, message or PATTERN_MESSAGES.get(regex, "is not in the expected form"))
    if tidy is not None:
        parts.append(AfterValidator(tidy))
    return Annotated[tuple(parts)]


class In(BaseModel):
    """A request body or query: strict, closed (an unknown field is a typo, not ignored)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class Out(BaseModel):
    """An answer: every field always present, no field the document does not list."""

    model_config = ConfigDict(
        extra="forbid",
        from_attributes=True,
        json_schema_serialization_defaults_required=True,
    )


class NoBody(In):
    """Calls that take no fields still refuse a malformed or unexpected body."""


def _integral(value: Any) -> Any:
    """3.0 is the integer 3 in JSON Schema; 3.5 stays a float and is refused."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def integer(lo: int, hi: int) -> Any:
    """An integer from ``lo`` to ``hi`` (true and false are not integers)."""
    return Annotated[int, Strict(), Field(ge=lo, le=hi), BeforeValidator(_integral)]


def fold_spaces(value: str) -> str:
    """Trimmed, and every run of white space folded into one space."""
    return " ".join(value.split())


def text(max_len: int, *, squash: bool = False, min_len: int = 1) -> Any:
    """Non-blank text of at most ``max_len`` characters, trimmed (``squash``: inner runs of white
    space folded into one space too)."""
    tidy = fold_spaces if squash else str.strip
    return string(max_len=max_len, min_len=min_len, regex=NONBLANK, tidy=tidy)


def free_text(max_len: int) -> Any:
    """Text that may be empty (trimmed), without NUL characters."""
    return string(max_len=max_len, tidy=str.strip)


def raw_text(max_len: int) -> Any:
    """Text taken exactly as sent (a password): not empty, no NUL, not trimmed."""
    return string(max_len=max_len, min_len=1)


def enum_of(values: Any) -> Any:
    """One of an enum's values, sent as its string (strict models take enum members only)."""
    return Annotated[values, Strict(False)]


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# A moment in an answer: ISO 8601 in UTC ("2026-11-29T16:00:00Z").
UtcTime = Annotated[datetime, AfterValidator(_utc)]
Id = integer(1, MAX_ID)
Index = integer(0, MAX_ID)
# A chosen option: its index, or for kinds answered by marking words, the words' indices.
Choice = Index | Annotated[list[Index], Field(min_length=1, max_length=300)]
Json = dict[str, Any]
