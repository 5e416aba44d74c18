"""Splitting a pasted page into its stories.

A page pasted from a news site often holds several stories one after another with no marker.
Stories are split

* always at an explicit separator line (``---``);
* otherwise before a paragraph where lexical cohesion breaks, the way TextTiling finds topic
  shifts: the content words of the current story so far (``LEFT_UNITS`` paragraphs at most)
  are compared, by cosine similarity, with those of the next ``RIGHT_UNITS`` paragraphs.
  A similarity under ``SPLIT_BELOW`` splits; a paragraph that reads like a lede (``ledes.txt``:
  "China has criticised …", "…, the Kremlin has said.", wire datelines) splits under the higher
  ``LEDE_SPLIT_BELOW``.

A paragraph never starts a story when it plainly continues one: right after a heading (a crosshead
heads the text below it), when it continues a quotation or opens with one, when it opens with a
connective or a pronoun (``continuations.txt``), when a pronoun comes before any name in its first
sentence, or when it names by title ("Mr Peskov") someone the story already named. A story has at
least ``MIN_UNITS`` paragraphs. Furniture between two stories goes with the story before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from questions.cohesion import Bag, bag_of, content_words, names
from questions.stories import Line, LineKind
from questions.text import load_lexicon

StoryRange = tuple[int, int]  # indices of a story's first and last line, inclusive

LEFT_UNITS = 30
RIGHT_UNITS = 6
MIN_UNITS = 3
MIN_LAST_UNITS = 4
SPLIT_BELOW = 0.04
LEDE_SPLIT_BELOW = 0.25
LEDE_BONUS = 0.05
LEDE_MIN_WORDS = 12
LOOKAHEAD = 3
BACKTRACK = 2
PRONOUN_WINDOW = 12

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_PRONOUNS = frozenset(load_lexicon("pronouns"))
_LEDE = re.compile("|".join(f"(?:{p})" for p in load_lexicon("ledes")))
_CONTINUES = re.compile("|".join(f"(?:{p})" for p in load_lexicon("continuations")))
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.? ([A-Z][\w’'-]+)"
)
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s+[“\"‘A-Z0-9]|\s*$)")
_OPEN_QUOTES = '“"‘«'
_SUBJECT_PRONOUNS = ("He", "She", "They", "It")


@dataclass
class _Unit:
    """A paragraph (body line) or heading, with what splitting needs to know of it."""

    index: int  # index of its line
    text: str
    heading: bool
    words: dict[str, int]
    names: frozenset[str]
    opens_quote: bool  # starts with a quotation mark
    leaves_quote_open: bool  # has an unclosed quotation at its end


def story_ranges(lines: list[Line], kinds: list[LineKind]) -> list[StoryRange]:
    """The line ranges of the stories in a text; a text with no story line gives none."""
    ranges: list[StoryRange] = []
    start = 0
    for i, kind in enumerate(kinds):
        if kind.kind == "separator":
            ranges.extend(_split_block(lines, kinds, start, i - 1))
            start = i + 1
    ranges.extend(_split_block(lines, kinds, start, len(kinds) - 1))
    return ranges


def _split_block(
    lines: list[Line], kinds: list[LineKind], first: int, last: int
) -> list[StoryRange]:
    """Split the lines first..last (no separator among them) into story ranges."""
    units = [
        _unit(i, lines[i].text, kinds[i].kind == "heading")
        for i in range(first, last + 1)
        if kinds[i].kind in ("body", "heading")
    ]
    if not units:
        return []
    starts = [0, *_boundaries(units)]
    ranges = []
    for n, s in enumerate(starts):
        begin = first if n == 0 else units[s].index
        end = last if n + 1 == len(starts) else units[starts[n + 1]].index - 1
        ranges.append((begin, end))
    return ranges


def _unit(index: int, text: str, heading: bool) -> _Unit:
    """Build a unit from a line's text."""
    quote_balance = text.count("“") - text.count("”") + text.count('"') % 2
    return _Unit(
        index=index,
        text=text,
        heading=heading,
        words=content_words(text),
        names=names(text),
        opens_quote=text[0] in _OPEN_QUOTES,
        leaves_quote_open=quote_balance > 0,
    )


class _Windows:
    """The story-so-far and look-ahead bags at gap g, moved forward one unit at a time."""

    def __init__(self, units: list[_Unit], start: int, g: int) -> None:
        self.units, self.start, self.g = units, start, g
        self.left = bag_of([u.words for u in units[max(start, g - LEFT_UNITS) : g]])
        self.right = bag_of([u.words for u in units[g : g + RIGHT_UNITS]])

    def advance(self) -> None:
        """Move from gap g to gap g + 1."""
        units, g = self.units, self.g
        self.left.add(units[g].words)
        if g - LEFT_UNITS >= self.start:
            self.left.add(units[g - LEFT_UNITS].words, -1)
        self.right.add(units[g].words, -1)
        if g + RIGHT_UNITS < len(units):
            self.right.add(units[g + RIGHT_UNITS].words)
        self.g = g + 1

    def similarity(self) -> float:
        """Cosine similarity of the two bags at the current gap."""
        return self.left.cosine(self.right)


def _boundaries(units: list[_Unit]) -> list[int]:
    """Indices of the units that start a new story (never 0)."""
    found: list[int] = []
    start = 0
    g = start + MIN_UNITS
    windows = _Windows(units, start, g)
    while g <= len(units) - MIN_LAST_UNITS:
        best = None
        if _score(units, start, g, windows.similarity) is not None:
            best = _place(units, start, g)
        if best is None:
            windows.advance()
            g += 1
            continue
        found.append(best)
        start, g = best, best + MIN_UNITS
        windows = _Windows(units, start, g)
    return found


def _place(units: list[_Unit], start: int, g: int) -> int | None:
    """Where exactly, near the cohesion break at g, the new story starts (or None).

    The last paragraphs of a story often share few words with it, so the break is first seen a
    little early. Each paragraph from ``BACKTRACK`` before g to ``LOOKAHEAD`` after is given to
    the story before or after, whichever core it shares more words with; a lede gets a bonus.
    """
    lo = max(start + MIN_UNITS, g - BACKTRACK)
    hi = min(g + LOOKAHEAD, len(units) - MIN_LAST_UNITS)
    left = bag_of([u.words for u in units[max(start, lo - LEFT_UNITS) : lo]])
    right = bag_of([u.words for u in (units[hi + 1 : hi + 1 + RIGHT_UNITS] or units[hi:])])
    fits = [(_unit_fit(units[u], left), _unit_fit(units[u], right)) for u in range(lo, hi + 1)]
    windows = _Windows(units, start, lo)
    similarities = []
    for _ in range(lo, hi + 1):
        similarities.append(windows.similarity())
        windows.advance()
    best, best_fit = None, -1.0
    for b in range(lo, hi + 1):
        if _score(units, start, b, lambda b=b: similarities[b - lo]) is None:
            continue
        fit = sum(f[0] for f in fits[: b - lo]) + sum(f[1] for f in fits[b - lo :])
        fit += LEDE_BONUS if _is_lede(units[b]) else 0.0
        if fit > best_fit:
            best, best_fit = b, fit
    return best


def _unit_fit(unit: _Unit, core: Bag) -> float:
    """How much one unit shares with a story's core."""
    return bag_of([unit.words]).cosine(core)


def _score(units: list[_Unit], start: int, g: int, similarity: Callable[[], float]) -> float | None:
    """How strongly unit g starts a new story (lower is stronger), or None if it cannot.

    Cohesion between the story so far and the paragraphs from g on must be under the
    threshold (the higher one for a lede), and g must not plainly continue the story.
    """
    unit = units[g]
    if not unit.heading and len(unit.text.split()) < LEDE_MIN_WORDS:
        return None
    if _continues(units, start, g):
        return None
    value = similarity()
    lede = _is_lede(unit)
    if value >= (LEDE_SPLIT_BELOW if lede else SPLIT_BELOW):
        return None
    return value - (LEDE_BONUS if lede else 0.0)


def _is_lede(unit: _Unit) -> bool:
    """Whether a paragraph's first sentence has a usual form of a lede."""
    return bool(_LEDE.search(_first_sentence(unit.text)))


def _continues(units: list[_Unit], start: int, g: int) -> bool:
    """Whether unit g plainly continues the story that started at unit ``start``."""
    unit, previous = units[g], units[g - 1]
    if previous.heading or unit.opens_quote or previous.leaves_quote_open:
        return True
    if _CONTINUES.match(unit.text) or _pronoun_first(unit.text):
        return True
    titled = [m.group(1) for m in _TITLED.finditer(_first_sentence(unit.text))]
    if not titled:
        return False
    known = set().union(*(u.names for u in units[max(start, g - LEFT_UNITS) : g]))
    return any(name in known for name in titled)


def _pronoun_first(text: str) -> bool:
    """Whether a third-person pronoun comes before any name in the first words of a text."""
    for n, m in enumerate(_WORD.finditer(text)):
        if n >= PRONOUN_WINDOW:
            return False
        word = m.group()
        if n > 0 and word[0].isupper():
            return False
        if word.lower() in _PRONOUNS and (n > 0 or word in _SUBJECT_PRONOUNS):
            return True
    return False


def _first_sentence(text: str) -> str:
    """The text up to its first sentence end (roughly), or all of it."""
    m = _FIRST_SENTENCE.match(text)
    return m.group() if m else text
