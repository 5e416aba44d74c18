"""Reading fields out of a JSON body: each reader names the field in its 422 message."""

from __future__ import annotations

from typing import Any

from quiz.api.common import ApiError

MAX_ID = 2**31 - 1
MISSING = object()


def invalid(field: str, message: str) -> ApiError:
    """A 422 whose message starts with the field's name."""
    return ApiError(422, f"{field}: {message}", field=field)


def only(body: dict[str, Any], allowed: set[str] | frozenset[str]) -> None:
    """Refuse fields the call does not know (a typo should not pass silently)."""
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise invalid(unknown[0], f"unknown field (this call takes {', '.join(sorted(allowed))})")


def text(
    body: dict[str, Any],
    field: str,
    *,
    max_len: int,
    required: bool = True,
    squash: bool = False,
) -> str | None:
    """A string field, trimmed (``squash`` also folds runs of spaces); blank counts as missing."""
    value = body.get(field, MISSING)
    if value is MISSING or value is None:
        if required:
            raise invalid(field, "this field is required")
        return None
    if not isinstance(value, str):
        raise invalid(field, "must be a string")
    value = " ".join(value.split()) if squash else value.strip()
    if not value:
        if required:
            raise invalid(field, "must not be empty")
        return None
    if len(value) > max_len:
        raise invalid(field, f"must be at most {max_len} characters")
    return value


def integer(
    body: dict[str, Any],
    field: str,
    *,
    lo: int = 1,
    hi: int = MAX_ID,
    required: bool = True,
) -> int | None:
    """An integer field between ``lo`` and ``hi`` (true/false are not integers)."""
    value = body.get(field, MISSING)
    if value is MISSING or value is None:
        if required:
            raise invalid(field, "this field is required")
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(field, "must be an integer")
    if not lo <= value <= hi:
        raise invalid(field, f"must be between {lo} and {hi}")
    return value


def id_list(body: dict[str, Any], field: str, *, max_items: int = 200) -> list[int]:
    """A non-empty list of distinct ids, in the order given."""
    value = body.get(field, MISSING)
    if value is MISSING or value is None:
        raise invalid(field, "this field is required")
    if not isinstance(value, list) or not value:
        raise invalid(field, "must be a non-empty list of ids")
    if len(value) > max_items:
        raise invalid(field, f"must hold at most {max_items} ids")
    ids = [integer({field: v}, field) for v in value]
    if len(set(ids)) != len(ids):
        raise invalid(field, "must not repeat an id")
    return ids


def one_of(
    body: dict[str, Any], field: str, choices: list[str], *, default: str | None = None
) -> str:
    """A string field that must be one of ``choices``."""
    value = body.get(field, MISSING)
    if (value is MISSING or value is None) and default is not None:
        return default
    if not isinstance(value, str) or value not in choices:
        raise invalid(field, f"must be one of: {', '.join(choices)}")
    return value


def string_list(
    body: dict[str, Any], field: str, *, min_items: int, max_items: int, max_len: int
) -> list[str]:
    """A list of non-empty strings (each trimmed)."""
    value = body.get(field, MISSING)
    if not isinstance(value, list):
        raise invalid(field, "must be a list of strings")
    if not min_items <= len(value) <= max_items:
        raise invalid(field, f"must hold {min_items} to {max_items} items")
    out = []
    for n, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise invalid(field, f"item {n} must be a non-empty string")
        if len(item) > max_len:
            raise invalid(field, f"item {n} must be at most {max_len} characters")
        out.append(item.strip())
    return out


def obj(body: dict[str, Any], field: str, *, max_keys: int = 50) -> dict[str, Any]:
    """An optional JSON object field (absent: ``{}``)."""
    value = body.get(field, MISSING)
    if value is MISSING or value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid(field, "must be a JSON object")
    if len(value) > max_keys:
        raise invalid(field, f"must hold at most {max_keys} keys")
    return value
