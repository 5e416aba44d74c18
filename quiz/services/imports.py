"""Reading a set back in: GIFT (Moodle's text format) and this app's JSON.

Both end in :func:`store`, which checks every question with the one validation service first;
any problem raises ``exports.ImportFailed`` naming its line, and nothing is stored. Supported GIFT:
comments, ``$CATEGORY``, ``::name::``, ``[format]``, single-answer multiple choice (``=right
~wrong``), multiple-answer (``~%50%right ~%-50%wrong``), answer feedback (dropped), general
feedback (``####``, kept as the explanation) and every backslash escape. Other GIFT types
(true/false, short answer, numerical, matching, essay, description) have no kind here and are
reported by line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from quiz.models import QuestionSet, User
from quiz.services import questions_authoring as authoring
from quiz.services import sets
from quiz.services.exports import (
    DEFAULT_KIND,
    JSON_FORMAT,
    MAX_IMPORT_QUESTIONS,
    ImportFailed,
    LineError,
)

# Escaped characters become private-use placeholders while the structure is parsed.
_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004"}
_ESCAPES |= {"}": "\ue005", ":": "\ue006", "n": "\ue007"}
_BACK = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_PLACEHOLDERS = re.compile("[\ue000-\ue007]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_KIND_COMMENT = re.compile(r"^//\s*kind:\s*([a-z_]+)\s*$")
_TITLE_COMMENT = re.compile(r"^//\s*Fact or Claim question set:\s*(.+)$")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


@dataclass
class Parsed:
    line: int
    draft: authoring.Draft
    errors: list[str] = field(default_factory=list)


def _protect(text: str) -> str:
    text = _PLACEHOLDERS.sub("", text)
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            out.append(_ESCAPES[text[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _plain(text: str) -> str:
    return "".join(_BACK.get(c, c) for c in text).strip()


def parse_gift(text: str) -> tuple[str | None, list[Parsed], list[LineError]]:
    """The set title (from our own export's first comment), the questions, and line errors."""
    title, kind, block, start = None, None, [], 0
    questions: list[Parsed] = []
    errors: list[LineError] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    for n, raw in enumerate([*lines, ""], start=1):
        line = raw.strip()
        if line.startswith("//") and not block:
            if m := _TITLE_COMMENT.match(line):
                title = title or m.group(1).strip()
            elif m := _KIND_COMMENT.match(line):
                kind = m.group(1)
            continue
        if line.startswith("$CATEGORY:") and not block:
            continue
        if line:
            if not block:
                start = n
            if not line.startswith("//"):
                block.append(raw)
            continue
        if block:
            try:
                questions.append(Parsed(start, _question("\n".join(block), kind)))
            except ValueError as exc:
                errors.append(LineError(start, str(exc)))
            block, kind = [], None
    return title, questions, errors


def _question(block: str, kind: str | None) -> authoring.Draft:
    text = _protect(block)
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise ValueError("the question name is not closed with '::'")
        text = text[end + 2 :].lstrip()
    if m := re.match(r"^\[(\w+)\]", text):
        text = text[m.end() :]
    open_at, close_at = text.find("{"), text.rfind("}")
    if open_at < 0 or close_at < open_at:
        raise ValueError("no answers in braces { … }: descriptions and essays cannot be imported")
    before, inside, after = text[:open_at], text[open_at + 1 : close_at], text[close_at + 1 :]
    prompt = f"{before.strip()} _____ {after.strip()}" if after.strip() else before
    inside, _, feedback = inside.partition("####")
    options, answer = _answers(inside.strip())
    multi = isinstance(answer, list)
    kind = kind or ("spot_the_cue" if multi else DEFAULT_KIND)
    return authoring.Draft(
        kind=kind,
        prompt=_plain(prompt),
        options=options,
        answer=answer,
        explanation=_plain(feedback),
    )


def _answers(inside: str) -> tuple[list[str], int | list[int]]:
    """Options and the answer of an answer block (single answer: index; several: indices)."""
    if not inside:
        raise ValueError("an essay question (empty braces) has no kind here")
    if inside.startswith("#"):
        raise ValueError("a numerical question has no kind here")
    if inside.upper() in ("T", "F", "TRUE", "FALSE"):
        raise ValueError("a true/false question has no kind here: write it with two options")
    parts = re.split(r"(?=[=~])", inside)
    if parts[0].strip():
        raise ValueError("answers must start with = (right) or ~ (wrong)")
    options, right, weighted = [], [], False
    for part in (p for p in parts if p):
        mark, body = part[0], part[1:].strip()
        if "->" in body:
            raise ValueError("a matching question has no kind here")
        weight = _WEIGHT.match(body)
        if weight:
            weighted = True
            body = body[weight.end() :]
            if float(weight.group(1)) > 0:
                right.append(len(options))
        elif mark == "=":
            right.append(len(options))
        options.append(_plain(body.partition("#")[0]))
    if not any(p.startswith("~") for p in parts if p):
        raise ValueError("a short-answer question (only = answers) has no kind here")
    if weighted:
        return options, right
    if len(right) != 1:
        raise ValueError("mark exactly one answer right with =, or give weights like ~%50%")
    return options, right[0]


def from_gift(text: str, title: str | None = None) -> tuple[str, list[Parsed]]:
    """Title and questions of a GIFT text; ImportFailed (with lines) on any problem."""
    found, questions, errors = parse_gift(text)
    if not questions and not errors:
        errors.append(LineError(1, "no questions found"))
    _check(questions, errors)
    return title or found or "Imported set", questions


def from_json(text: str, title: str | None = None) -> tuple[str, list[Parsed], dict[str, Any]]:
    """Title, questions and settings of an exported set; ImportFailed on any problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed([LineError(exc.lineno, f"not valid JSON: {exc.msg}")]) from None
    except RecursionError:  # "[[[[…" nested thousands deep
        raise ImportFailed([LineError(1, "not valid JSON: nested too deeply")]) from None
    if problem := _unstorable(data):
        raise ImportFailed([LineError(None, problem)])
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise ImportFailed([LineError(1, f"not a set exported as JSON ({JSON_FORMAT})")])
    items = data.get("questions")
    if not isinstance(items, list):
        raise ImportFailed([LineError(None, "'questions' must be a list")])
    questions = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ImportFailed([LineError(None, f"question {n} is not an object")])
        draft = authoring.Draft(
            kind=str(item.get("kind", "")),
            prompt=str(item.get("prompt", "")),
            options=item.get("options") if isinstance(item.get("options"), list) else [],
            answer=item.get("answer"),
            explanation=str(item.get("explanation") or ""),
        )
        questions.append(Parsed(n, draft))
    _check(questions, [], label="question")
    settings = data.get("settings") if isinstance(data.get("settings"), dict) else {}
    return title or str(data.get("title") or "") or "Imported set", questions, settings


def _unstorable(data: Any) -> str | None:
    """Why a decoded JSON value holds text no database can store (NUL, a lone surrogate), or None.

    Walked with a stack, not recursion: the value may be nested as deep as ``json`` allows.
    """
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if problem := _text_problem(item):
                return problem
    return None


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "the text holds a NUL character (\\0 or \\u0000); remove it and import again"
    if _SURROGATE.search(text):
        return "the text holds a lone surrogate (\\ud800–\\udfff), which is no character"
    return None


def _check(questions: list[Parsed], errors: list[LineError], label: str = "line") -> None:
    """Every question through the one validation service; ImportFailed with all problems."""
    if len(questions) > MAX_IMPORT_QUESTIONS:
        errors.append(LineError(None, f"at most {MAX_IMPORT_QUESTIONS} questions a set"))
    for q in questions:
        for p in authoring.check(q.draft):
            where = q.line if label == "line" else None
            prefix = "" if label == "line" else f"question {q.line}: "
            errors.append(LineError(where, f"{prefix}{p.field}: {p.message}"))
    if errors:
        raise ImportFailed(sorted(errors, key=lambda e: e.line or 0))


def store(
    session: Session,
    user: User,
    title: str,
    questions: list[Parsed],
    settings: dict[str, Any] | None = None,
) -> QuestionSet:
    """The imported questions (approved, the caller's own) and a set of them, in order."""
    try:
        settings = sets.clean_settings(settings)
        title = sets.clean_title(title)
    except sets.SetError as exc:
        raise ImportFailed([LineError(None, str(exc))]) from None
    rows = [authoring.create(session, user, q.draft) for q in questions]
    return sets.create_set(session, user, title, [r.id for r in rows], settings)


def import_set(
    session: Session, user: User, fmt: str, content: str, title: str | None = None
) -> QuestionSet:
    """Import a GIFT or JSON text as a new set of the caller's; ImportFailed stores nothing."""
    if problem := _text_problem(content):
        raise ImportFailed([LineError(None, problem)])
    if fmt == "gift":
        name, questions = from_gift(content, title)
        return store(session, user, name, questions)
    name, questions, settings = from_json(content, title)
    return store(session, user, name, questions, settings)
