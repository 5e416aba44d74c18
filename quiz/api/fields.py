"""The building blocks of the API's models: base classes and the field types every call shares.

``In`` models read requests: strict types (``"5"`` is not an integer, ``1`` is not a string, yet
``3.0`` is the integer 3, as JSON Schema says), unknown fields refused. ``Out`` models write
answers: every field is always present and nothing else may be. Each type below carries its JSON
Schema, so what the document promises is what the server checks — exactly, character for character
(patterns use Python's ``re``, as the document's readers and Schemathesis do).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict

MAX_ID = 2**31 - 1  # ids fit a 32-bit integer column

# Text that is not blank and holds no NUL (which PostgreSQL cannot store).
# (Written so a regex matches in one pass: no backtracking over a long text.)
NONBLANK = r"^\s*[^\x00\s][^\x00]*$"
NO_NUL = r"^[^\x00]*$"

# What a 422 says when a value misses its pattern (Pydantic's own message shows the regex).
PATTERN_MESSAGES: dict[str, str] = {
    NONBLANK: "must not be empty (and must not hold NUL characters)",
    NO_NUL: "must not hold NUL characters",
}


def pattern(regex: str, message: str) -> str:
    """A pattern for a field, and what its 422 says when a value does not match it."""
    PATTERN_MESSAGES[regex] = message
    return regex


class In(BaseModel):
    """A request body or query: strict, closed (an unknown field is a typo, not ignored)."""

    model_config = ConfigDict(extra="forbid", strict=True, regex_engine="python-re")


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


def _squash(value: str) -> str:
    return " ".join(value.split())


def integer(lo: int, hi: int) -> Any:
    """An integer from ``lo`` to ``hi`` (true and false are not integers)."""
    return Annotated[int, Strict(), Field(ge=lo, le=hi), BeforeValidator(_integral)]


def text(max_len: int, *, squash: bool = False, min_len: int = 1) -> Any:
    """Non-blank text of at most ``max_len`` characters, trimmed (``squash``: inner runs of white
    space folded into one space too)."""
    tidy = _squash if squash else str.strip
    return Annotated[
        str,
        Strict(),
        Field(min_length=min_len, max_length=max_len, pattern=NONBLANK),
        AfterValidator(tidy),
    ]


def free_text(max_len: int) -> Any:
    """Text that may be empty (trimmed), without NUL characters."""
    return Annotated[
        str, Strict(), Field(max_length=max_len, pattern=NO_NUL), AfterValidator(str.strip)
    ]


def raw_text(max_len: int) -> Any:
    """Text taken exactly as sent (a password): not empty, no NUL, not trimmed."""
    return Annotated[str, Strict(), Field(min_length=1, max_length=max_len, pattern=NO_NUL)]


def enum_of(values: Any) -> Any:
    """One of an enum's values, sent as its string (strict models take enum members only)."""
    return Annotated[values, Strict(False)]


Id = integer(1, MAX_ID)
Index = integer(0, MAX_ID)
# A chosen option: its index, or for kinds answered by marking words, the words' indices.
Choice = Index | Annotated[list[Index], Field(min_length=1, max_length=300)]
Json = dict[str, Any]
