"""Lines of a pasted page: page furniture, crossheads, and which lines are story text.

Every line is given one kind:

* ``blank`` — nothing but whitespace;
* ``separator`` — an explicit story separator: three or more ``-`` or ``=``, or two or more ``—``;
* ``furniture`` — not story text, with a reason: ``advert``, ``byline`` (also credits and
  "… contributed to this report"), ``caption`` (image captions and credits), ``cookie`` (a
  consent banner and the provider-name line above it), ``dateline`` ("Published 2 hours ago"),
  ``promo`` ("Follow …", "Listen to …", "Share"), ``related`` ("More on …", "Related Topics:",
  "Read more: …"), ``rule`` (a line of symbols only, such as ``* * *``), ``video`` (player
  lines, bare timestamps such as ``1:35``) and ``video_title`` (the short line, without a final
  full stop, right after a player line: the embedded video's title);
* ``heading`` — a crosshead or headline: a short line (at most 14 words) that does not end like a
  sentence (no final full stop) or that asks a question, and does not open a quotation; a
  heading-like line with no story text after it is body (a one-line story without a full stop),
  and so is a line opening on a check in the past or perfect ("Police confirmed the arrests",
  ``lexicons/split_checks.txt``: a headline checks in the present, "Police confirm arrests");
* ``body`` — story text.

The one-line patterns are data (``lexicons/furniture.txt`` and ``lexicons/cookie.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from questions.text import load_lexicon

_BREAK = re.compile(r"\r\n|\r|\n")
_SEPARATOR = re.compile(r"^(?:-{3,}|={3,}|—{2,})$")
_OPENING_QUOTES = "“\"‘'«„"
_SENTENCE_END = ".!:;,…)]"  # a heading does not end like a sentence
_CLOSING_QUOTES = "”\"’'»"
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 110
_VIDEO_TITLE_MAX_WORDS = 20
# "Police confirmed …", "Officials have not confirmed …": a sentence, never a heading
CHECK_OPENING = re.compile("|".join(f"(?:{p})" for p in load_lexicon("split_checks")))
_PROVIDER_MAX_WORDS = 4


@dataclass(frozen=True)
class Line:
    """One line of the text: its 1-based number and its span without surrounding whitespace."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LineKind:
    """What a line is: blank, separator, furniture (with a reason), heading or body."""

    kind: str
    reason: str | None = None


BLANK = LineKind("blank")
SEPARATOR = LineKind("separator")
HEADING = LineKind("heading")
BODY = LineKind("body")


def _compile_furniture() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The furniture lexicon as two alternations of named groups, and each group's reason.

    Anchored patterns (``^…``) are tried with ``match``; the others (credits such as "… Pic: AP")
    must hold a colon and are searched for only in lines with one, since a search is slow.
    """
    reasons: dict[str, str] = {}
    anchored = []
    unanchored = []
    for n, entry in enumerate(load_lexicon("furniture")):
        reason, pattern = entry.split(None, 1)
        reasons[f"f{n}"] = reason
        if not pattern.startswith("^") and ":" not in pattern:
            raise ValueError(f"furniture.txt: an unanchored pattern needs a colon: {pattern}")
        (anchored if pattern.startswith("^") else unanchored).append(f"(?P<f{n}>{pattern})")
    compile_ = lambda parts: re.compile("|".join(parts) or "(?!)", re.IGNORECASE)  # noqa: E731
    return compile_(anchored), compile_(unanchored), reasons


_FURNITURE, _FURNITURE_SEARCHED, _FURNITURE_REASONS = _compile_furniture()
_COOKIE = re.compile("|".join(f"(?:{p})" for p in load_lexicon("cookie")), re.IGNORECASE)
# lower case; looked for by substring search, as the regex alternation of them once was
_COOKIE_WORDS = ("button", "consent", "content", "cookie", "permission", "privacy")


def split_lines(text: str) -> list[Line]:
    """Split text into lines (LF, CRLF or CR), each with its whitespace-trimmed span."""
    lines: list[Line] = []
    pos = 0
    number = 1
    for m in _BREAK.finditer(text):
        lines.append(_make_line(text, number, pos, m.start()))
        pos = m.end()
        number += 1
    lines.append(_make_line(text, number, pos, len(text)))
    if len(lines) > 1 and not lines[-1].text and pos == len(text):
        lines.pop()  # the final newline ends the last line; it does not start a new one
    return lines


def _make_line(text: str, number: int, start: int, end: int) -> Line:
    """A Line for text[start:end] with leading and trailing whitespace excluded."""
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return Line(number, start, start, "")
    lead = len(raw) - len(raw.lstrip())
    return Line(number, start + lead, start + lead + len(stripped), stripped)


def furniture_reason(line: str) -> str | None:
    """The furniture reason of a single line judged on its own, or None."""
    if not line or len(line) > 300:
        return None
    m = _FURNITURE.match(line) or (":" in line and _FURNITURE_SEARCHED.search(line))
    return _FURNITURE_REASONS[m.lastgroup] if m and m.lastgroup else None


def is_heading(line: str) -> bool:
    """Whether a line, judged on its own, looks like a crosshead or a headline."""
    if not line or len(line) > _HEADING_MAX_CHARS or line[0] in _OPENING_QUOTES:
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    bare = line.rstrip(_CLOSING_QUOTES)  # a headline may end on a quotation: … ‘Disgusting Fraud’
    if not bare or bare[-1] in _SENTENCE_END:
        return False
    if CHECK_OPENING.match(line):
        return False  # "Police confirmed the arrests": a sentence (a headline says "confirm")
    return len(line.split()) <= _HEADING_MAX_WORDS


def classify_lines(lines: list[Line]) -> list[LineKind]:
    """Give every line its kind, using its neighbours for video titles and cookie blocks."""
    kinds = [_classify_alone(line) for line in lines]
    _mark_video_titles(lines, kinds)
    _mark_cookie_blocks(lines, kinds)
    _demote_trailing_headings(kinds)
    return kinds


def _demote_trailing_headings(kinds: list[LineKind]) -> None:
    """A heading heads text: one with no body line after it (before a separator) is body."""
    body_follows = False
    for i in range(len(kinds) - 1, -1, -1):
        kind = kinds[i].kind
        if kind == "body":
            body_follows = True
        elif kind == "separator":
            body_follows = False
        elif kind == "heading" and not body_follows:
            kinds[i] = BODY


def _classify_alone(line: Line) -> LineKind:
    """The kind of a line judged without its neighbours."""
    if not line.text:
        return BLANK
    if _SEPARATOR.match(line.text):
        return SEPARATOR
    reason = furniture_reason(line.text)
    if reason is not None:
        return LineKind("furniture", reason)
    return HEADING if is_heading(line.text) else BODY


def _next_nonblank(kinds: list[LineKind], i: int) -> int | None:
    """Index of the first non-blank line after index i, or None."""
    for j in range(i + 1, len(kinds)):
        if kinds[j].kind != "blank":
            return j
    return None


def _mark_video_titles(lines: list[Line], kinds: list[LineKind]) -> None:
    """Drop the short title line that follows a run of video-player lines."""
    for i, kind in enumerate(kinds):
        if kind.reason != "video":
            continue
        j = _next_nonblank(kinds, i)
        if j is None or kinds[j].kind not in ("heading", "body"):
            continue
        title = lines[j].text
        if len(title.split()) <= _VIDEO_TITLE_MAX_WORDS and not title.endswith("."):
            kinds[j] = LineKind("furniture", "video_title")


def _mark_cookie_blocks(lines: list[Line], kinds: list[LineKind]) -> None:
    """Drop consent-banner blocks: two or more banner lines, or one after a provider name."""
    i = 0
    while i < len(lines):
        if not _is_cookie_line(lines[i], kinds[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (
            kinds[j + 1].kind == "blank" or _is_cookie_line(lines[j + 1], kinds[j + 1])
        ):
            j += 1
        banner = [k for k in range(i, j + 1) if kinds[k].kind != "blank"]
        provider = _provider_line(lines, kinds, i)
        if len(banner) >= 2 or provider is not None:
            for k in [*banner, *([provider] if provider is not None else [])]:
                kinds[k] = LineKind("furniture", "cookie")
        i = j + 1


def _is_cookie_line(line: Line, kind: LineKind) -> bool:
    """Whether a line reads like part of a consent banner."""
    if kind.reason == "cookie":
        return True
    if kind.kind not in ("body", "heading", "furniture"):
        return False
    low = line.text.lower()
    if not any(word in low for word in _COOKIE_WORDS):
        return False
    return bool(_COOKIE.search(line.text))


def _provider_line(lines: list[Line], kinds: list[LineKind], i: int) -> int | None:
    """Index of a short provider-name line (e.g. "Spreaker") just above line i, or None."""
    k = i - 1
    while k >= 0 and kinds[k].kind == "blank":
        k -= 1
    if k < 0 or kinds[k].kind not in ("heading", "body"):
        return None
    text = lines[k].text
    if (
        len(text.split()) <= _PROVIDER_MAX_WORDS
        and text[-1] not in _SENTENCE_END + _CLOSING_QUOTES + "?"
    ):
        return k
    return None
