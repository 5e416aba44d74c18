"""Quotations of a paragraph, found fast: the rules of ``sentences.quote_intervals``.

Only the quotation marks are visited (by regex), never every character, so a paragraph costs
little more than one regex scan. Besides the marks ``sentences.quote_intervals`` knows, two
apostrophes ('') count as a double quotation mark, as in some wire and archive copy
(''Hopefully,'' the president said). Inside a quotation opened with a straight mark, a curly
quotation (“...”) is nested and does not close it; a lone curly mark still may. An opening
curly mark right after a comma or stop and before a space closes a curly quotation (a typing slip
some outlets print: “It holds,“ said Reed).
"""

from __future__ import annotations

import re

Interval = tuple[int, int]  # [open mark, close mark] offsets; an unclosed one ends at len(para)

_DOUBLE = re.compile(r"[“”\"«»]|''")  # '' is a double quotation mark in some wire copy
_SINGLE = re.compile(r"‘|’(?!\w)")


def quote_intervals(para: str) -> list[Interval]:
    """Quotations in a paragraph as (open, close) offsets; an unclosed one ends at len(para)."""
    out: list[Interval] = []
    start = -1
    straight = False  # a straight mark opened the quotation
    nested = 0  # curly quotations opened inside a straight one ("... question: “...?” ...")
    for m in _DOUBLE.finditer(para):
        ch, i = m.group(), m.start()
        if start < 0:
            if ch in ("“", "«", '"', "''"):
                start, straight, nested = i, ch in ('"', "''"), 0
        elif straight and ch in ("“", "«"):
            nested += 1
        elif straight and nested and ch in ("”", "»"):
            nested -= 1
        elif ch not in ("“", "«") or _closing_open(para, i, straight):
            out.append((start, i + len(ch) - 1))
            start = -1
    if start >= 0:
        out.append((start, len(para)))
    if "‘" in para:
        out.extend(_single(para, out))
        out.sort()
    return out


def _closing_open(para: str, i: int, straight: bool) -> bool:
    """An opening curly mark typed for a closing one: “It holds,“ said Reed (punctuation
    before it, a space or the paragraph's end after it)."""
    return (
        not straight
        and para[i] == "“"
        and para[i - 1] in ",.?!"
        and (i + 1 == len(para) or para[i + 1] == " ")
    )


def _single(para: str, doubles: list[Interval]) -> list[Interval]:
    """Single-quoted passages (‘…’) that are not nested in a double quotation."""
    out: list[Interval] = []
    start = -1
    for m in _SINGLE.finditer(para):
        i = m.start()
        if para[i] == "‘":
            if start < 0 and (i == 0 or not para[i - 1].isalnum()):
                start = i
        elif start >= 0:
            out.append((start, i))
            start = -1
    return [iv for iv in out if not any(o <= iv[0] <= c for o, c in doubles)]
