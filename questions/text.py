"""Reading input: decoding bytes to text, refusing what is not text, and loading word lists.

Decoding rules (used for files and for uploads alike):

* UTF-8, with or without a byte-order mark, is tried first (UTF-16 when it opens with its
  byte-order mark, as Windows "Unicode" text files do);
* otherwise cp1252 (Windows Western), and Latin-1 for the few bytes cp1252 leaves undefined,
  provided the result is clearly text;
* binary data (a NUL byte, or more than 1 in 20 characters being control characters) is refused;
* inputs larger than ``MAX_BYTES`` (8 MiB) are refused (a 5 MB file is analysed in seconds).

Line endings are normalised on read: CRLF and lone CR become LF. Spans reported by the engine
are offsets into this *decoded, normalised* text; line numbers are unchanged by the
normalisation. (``analyze`` itself also accepts text with CRLF endings: it treats ``\\r\\n`` as
one line break, so its spans are valid for whatever string it was given.)
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from pathlib import Path

MAX_BYTES = 8 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")
_LEXICON_DIR = Path(__file__).with_name("lexicons")


class InputError(ValueError):
    """Input that cannot be analysed: missing, unreadable, binary, undecodable or too large."""


def decode_bytes(data: bytes) -> str:
    """Decode uploaded or read bytes to text with normalised newlines, or raise InputError."""
    if len(data) > MAX_BYTES:
        raise InputError(f"input is too large (more than {MAX_BYTES:,} bytes)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data)
    if b"\x00" in data:
        raise InputError("input looks binary (it contains NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _looks_binary(text):
        raise InputError("input looks binary (too many control characters), not text")
    return normalize_newlines(text)


def _decode_utf16(data: bytes) -> str:
    """Decode UTF-16 text with a byte-order mark (Windows "Unicode" text files)."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError("input is not valid UTF-16 text") from None
    if _looks_binary(text):
        raise InputError("input looks binary (too many control characters), not text")
    return normalize_newlines(text)


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes as cp1252, falling back to Latin-1 per undefined byte."""
    return data.decode("cp1252", errors="latin1_fallback")


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode a byte cp1252 leaves undefined as its Latin-1 character."""
    assert isinstance(error, UnicodeDecodeError)  # noqa: S101 - registered for decoding only
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _looks_binary(text: str) -> bool:
    """Whether decoded text has so many control characters that it cannot be prose."""
    if not text:
        return False
    controls = len(_CONTROL.findall(text, 0, 65536))
    return controls * 20 > min(len(text), 65536)


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into LF."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def read_text(path: str | Path) -> str:
    """Read and decode a text file, or raise InputError with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a text file")
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: file is too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes)"
            )
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # a device or pipe may not know its size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return decode_bytes(data)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt``: one a line, ``#`` comments and blanks skipped."""
    lines = (_LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    entries = (line.split(" #", 1)[0].strip() for line in lines if not line.startswith("#"))
    return tuple(e for e in entries if e)
