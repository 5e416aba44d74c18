"""A set out and in: GIFT and Moodle XML for Moodle, JSON between teachers, GIFT and JSON back in.

Kinds map onto Moodle types: every choice kind (fact_or_claim's two fixed options included)
becomes a single-answer ``multichoice``; spot_the_cue a multiple-answer ``multichoice`` whose
options are the sentence's words, each marked word worth an equal share and each other word the
same share off. Texts are written as plain text in GIFT (``[plain]``, every reserved character
``\\ ~ = # { } :`` escaped with a backslash, line breaks as ``\\n`` — as Moodle's own exporter
does) and as HTML in Moodle XML (HTML-escaped, then XML-escaped by the serializer).

A ``// kind: <name>`` comment before each exported GIFT question keeps its kind on the way back;
an imported question without one is a spot_the_cue when it has several right answers, otherwise
a who_said. Every imported question passes the same validation as a question written in the
pages; an import with any problem stores nothing and names the line of each problem.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from sqlalchemy.orm import Session

from quiz.models import Question, QuestionSet
from quiz.services import sets

JSON_FORMAT = "fact-or-claim/set"
JSON_VERSION = 1
GIFT_RESERVED = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}"}
GIFT_RESERVED |= {":": "\\:", "\n": "\\n", "\r": ""}
# Moodle's grade fractions for 1/n of a mark (n = 1..10), as its question bank writes them.
SHARES = ["100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"]
DEFAULT_KIND = "who_said"
MAX_IMPORT_QUESTIONS = sets.MAX_QUESTIONS


@dataclass
class LineError:
    line: int | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


class ImportFailed(ValueError):
    """The import has problems (each with its line); nothing was stored."""

    def __init__(self, errors: list[LineError]) -> None:
        super().__init__("; ".join(f"line {e.line}: {e.message}" for e in errors))
        self.errors = errors


def share(n: int) -> str:
    """The fraction (in percent) each of ``n`` right answers is worth, as Moodle writes it."""
    return SHARES[n - 1] if 1 <= n <= len(SHARES) else f"{100 / n:.5f}"


# ---- GIFT out ----


def gift_escape(text: str) -> str:
    return "".join(GIFT_RESERVED.get(c, c) for c in text)


def to_gift(qset: QuestionSet, questions: list[Question]) -> str:
    """The set as GIFT text: a comment naming it, then one question a paragraph."""
    out = [f"// Fact or Claim question set: {' '.join(qset.title.split())}", ""]
    for n, q in enumerate(questions, start=1):
        out.append(f"// kind: {q.kind}")
        out.append(f"::{gift_escape(f'{n}. {q.kind}')}::[plain]{gift_escape(q.prompt)}{{")
        out += _gift_answers(q)
        if q.explanation:
            out.append(f"####{gift_escape(q.explanation)}")
        out += ["}", ""]
    return "\n".join(out)


def _gift_answers(q: Question) -> list[str]:
    if isinstance(q.answer, list):
        right = set(q.answer)
        part = share(len(right))
        return [
            f"~%{part if i in right else '-' + part}%{gift_escape(w)}"
            for i, w in enumerate(q.options)
        ]
    return [f"{'=' if i == q.answer else '~'}{gift_escape(o)}" for i, o in enumerate(q.options)]


# ---- Moodle XML out ----


# Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab and line breaks, lone
# surrogates, U+FFFE/U+FFFF): ElementTree writes them raw, and Moodle cannot read the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(value: str, fmt: str | None = "html") -> str:
    value = _NOT_XML.sub("", value)
    return html.escape(value, quote=False) if fmt == "html" else value


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = _xml(value, fmt)
    return el


def to_moodle_xml(qset: QuestionSet, questions: list[Question]) -> str:
    """The set as Moodle XML: a category named after the set, then one multichoice a question."""
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text(category, "category", f"$course$/top/{qset.title.replace('/', '-')}", None)
    for n, q in enumerate(questions, start=1):
        el = ET.SubElement(quiz, "question", {"type": "multichoice"})
        _text(el, "name", f"{n}. {q.kind}", None)
        _text(el, "questiontext", q.prompt)
        _text(el, "generalfeedback", q.explanation or "")
        ET.SubElement(el, "defaultgrade").text = "1"
        ET.SubElement(el, "penalty").text = "0"
        ET.SubElement(el, "hidden").text = "0"
        ET.SubElement(el, "idnumber").text = f"foc-{q.kind}-{q.id}"
        multi = isinstance(q.answer, list)
        ET.SubElement(el, "single").text = "false" if multi else "true"
        ET.SubElement(el, "shuffleanswers").text = "false" if multi else "true"
        ET.SubElement(el, "answernumbering").text = "none" if multi else "abc"
        right = set(q.answer) if multi else {q.answer}
        part = share(len(right))
        for i, option in enumerate(q.options):
            fraction = (
                (part if i in right else f"-{part}") if multi else ("100" if i in right else "0")
            )
            answer = ET.SubElement(el, "answer", {"fraction": fraction, "format": "html"})
            ET.SubElement(answer, "text").text = _xml(option)
            _text(answer, "feedback", "")
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


# ---- JSON out ----


def to_json(qset: QuestionSet, questions: list[Question]) -> dict[str, Any]:
    """The whole set (title, settings, questions with answers) for another teacher."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "title": qset.title,
        "settings": sets.settings_of(qset),
        "questions": [
            {
                "kind": q.kind,
                "prompt": q.prompt,
                "options": list(q.options),
                "answer": q.answer,
                "explanation": q.explanation or "",
            }
            for q in questions
        ],
    }


EXPORTERS = {
    "gift": ("text/plain", "txt", to_gift),
    "moodle_xml": ("application/xml", "xml", to_moodle_xml),
    "json": ("application/json", "json", lambda s, q: json.dumps(to_json(s, q), indent=2)),
}


def export(session: Session, qset: QuestionSet, fmt: str) -> tuple[str, str, str]:
    """``(body, mimetype, file name)`` of the set in ``fmt`` (a key of EXPORTERS)."""
    mimetype, ext, write = EXPORTERS[fmt]
    slug = re.sub(r"[^A-Za-z0-9]+", "-", qset.title).strip("-")[:60] or "set"
    return write(qset, sets.set_questions(session, qset)), mimetype, f"{slug}.{ext}"
