"""Splitting a pasted page into its stories.

A page pasted from a news site often holds several stories one after another with no marker.
Paragraphs (body lines) and headings are the units; stories are split

* always at an explicit separator line (``---``);
* otherwise where lexical cohesion breaks, the way TextTiling finds topic shifts: the content
  words of the story so far (at most ``LEFT_UNITS`` units) are compared, by cosine similarity,
  with those of the next ``RIGHT_UNITS`` units (``questions.cohesion``). The similarity must
  fall under a threshold that depends on how much the unit looks like a story's beginning:

  - ``TOP_SPLIT_BELOW`` for a story's top: a headline or first paragraph next to a byline or
    dateline line ("By Jane Smith", "Published 2 hours ago"), a paragraph opening with a wire
    dateline (``split_datelines.txt``: "LONDON (Reuters) —"), or a Title Case headline;
  - ``LEDE_SPLIT_BELOW`` for a lede (``split_ledes.txt``: "China has criticised …", "…, the
    Kremlin has said."; for a headline, the paragraph under it);
  - ``HEADING_SPLIT_BELOW`` for a heading of at least ``HEADLINE_MIN_WORDS`` words (shorter ones
    are crossheads far more often than headlines);
  - ``SPLIT_BELOW`` for any other unit.

The break is seen where the story so far stops matching what follows, which is often a paragraph
or two early, since a story's last paragraphs share few words with it; so the exact start is
placed by giving each nearby unit to the story before or after, whichever it shares more with
(a top or a lede gets a bonus).

A unit never starts a story when it plainly continues one: right after a heading (a crosshead
heads the text below it); when it continues a quotation or opens with one; when it opens with a
connective or a pronoun (``split_continuations.txt``); when a pronoun comes before any name in its
first words (``split_pronouns.txt``); when it names by title ("Mr Peskov") someone the story
already named; when it is a paragraph of fewer than ``LEDE_MIN_WORDS`` words (ledes are long); or
when it is a heading that asks a question (a crosshead, unless it is a story's top); when,
not a story's top, it opens on a check of what the story said ("Police confirmed …", "Officials
have not confirmed …", "Reuters could not verify …": ``split_checks.txt``);
or, unless it is a story's top, inside a wire live blog ("The Latest: …"), whose entries change
topic every few paragraphs.
A story has at least ``MIN_UNITS`` units (the last one ``MIN_LAST_UNITS``). Furniture between two
stories goes with the story before it. Link boxes ("More on Russia", "Related Topics:") are not
taken as the end of a story: news sites put them in the middle of an article as often as at its
end (the seed has both of its link boxes mid-story).

Measured with ``bench/bench_split.py`` (pastes of 1-4 stories with no marker): about 80% of pastes
of the test stories are split exactly; of 40 real US political articles (PolNeAR dev, all on one
campaign) none is split on its own and about 62% of pastes are split exactly, with under 0.1
false splits a paste: missed starts (same-topic stories merged) are the main error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from questions.cohesion import bag_of, content_words, names, norm2
from questions.stories import CHECK_OPENING, Line, LineKind
from questions.text import load_lexicon

StoryRange = tuple[int, int]  # indices of a story's first and last line, inclusive

LEFT_UNITS = 30
RIGHT_UNITS = 6
MIN_UNITS = 3
MIN_LAST_UNITS = 4
SPLIT_BELOW = 0.04
LEDE_SPLIT_BELOW = 0.15
LEDE_BONUS = 0.05
HEADING_SPLIT_BELOW = 0.15
HEADLINE_MIN_WORDS = 6
TOP_SPLIT_BELOW = 0.35
TOP_BONUS = 1.0
LEDE_MIN_WORDS = 12
LOOKAHEAD = 3
BACKTRACK = 2
PRONOUN_WINDOW = 12
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.8

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_PRONOUNS = frozenset(load_lexicon("split_pronouns"))
# each form apart: searched alone, a form that opens on a character class is skipped to in C
# (an alternation of them is tried at every position); a first sentence matching any is a lede
_LEDES = tuple(re.compile(p) for p in load_lexicon("split_ledes"))
_DATELINE = re.compile("|".join(f"(?:{p})" for p in load_lexicon("split_datelines")))
_CONTINUES = re.compile("|".join(f"(?:{p})" for p in load_lexicon("split_continuations")))
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.? ([A-Z][\w’'-]+)"
)
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s+[“\"‘A-Z0-9]|\s*$)")
_OPEN_QUOTES = '“"‘«'
_SUBJECT_PRONOUNS = ("He", "She", "They", "It")
_TOP_REASONS = frozenset({"byline", "dateline"})
_SMALL_WORDS = frozenset(load_lexicon("title_case_small_words"))


@dataclass
class _Unit:
    """A paragraph (body line) or heading, with what splitting needs to know of it."""

    index: int  # index of its line
    text: str
    heading: bool
    words: dict[str, int]
    norm2: int  # squared norm of words
    opens_quote: bool  # starts with a quotation mark
    leaves_quote_open: bool  # has an unclosed quotation at its end
    # its first sentence (a heading: the next paragraph's) reads like a lede; None until asked
    # (``_lede``: most units are never asked, the cohesion across them being too high)
    lede: bool | None = None
    lead: str | None = None  # the text whose first sentence decides (None: no lede)
    top: bool = (
        False  # a story's top: next to a byline, opening with a dateline, a Title Case headline
    )
    names: frozenset[str] | None = None  # its capitalised words, read when first asked (_names)


def story_ranges(
    lines: list[Line], kinds: list[LineKind], *, split: bool = True
) -> list[StoryRange]:
    """The line ranges of the stories in a text; a text with no story line gives none.

    With ``split=False`` only explicit separators split (a teacher has said where stories start).

    A block between separators that holds no story line (only furniture) joins the story before
    it, or the one after it at the start of the text, so its dropped lines are still reported.
    """
    ranges: list[StoryRange] = []
    first = 0
    for i in [*(i for i, k in enumerate(kinds) if k.kind == "separator"), len(kinds)]:
        block = _split_block(lines, kinds, first, i - 1, split=split)
        if block:
            ranges.extend(block)
            first = i + 1
        elif ranges:
            ranges[-1] = (ranges[-1][0], i - 1)
            first = i + 1
    return ranges


def _split_block(
    lines: list[Line], kinds: list[LineKind], first: int, last: int, *, split: bool = True
) -> list[StoryRange]:
    """Split the lines first..last (no separator among them) into story ranges."""
    units = [
        _unit(i, lines[i].text, kinds[i].kind == "heading")
        for i in range(first, last + 1)
        if kinds[i].kind in ("body", "heading")
    ]
    if not units:
        return []
    if not split:
        return [(first, last)]
    _mark_story_tops(units, kinds, first)
    starts = [0, *_boundaries(units)]
    ranges = []
    for n, s in enumerate(starts):
        begin = first if n == 0 else units[s].index
        end = last if n + 1 == len(starts) else units[starts[n + 1]].index - 1
        ranges.append((begin, end))
    return ranges


def _mark_story_tops(units: list[_Unit], kinds: list[LineKind], first: int) -> None:
    """Set each unit's top flag and the paragraph that decides whether it is a lede.

    A byline or dateline line ("By Jane Smith", "Published 2 hours ago") or a wire dateline
    ("LONDON (Reuters) —") marks the top of a story: it goes with the headline above it, or with
    the first paragraph when there is no headline. A Title Case headline is a top too.
    """
    for n, unit in enumerate(units):
        following = units[n + 1] if n + 1 < len(units) else None
        lead = following if unit.heading and following and not following.heading else unit
        unit.lead = None if lead.heading else lead.text
        dated = not lead.heading and bool(_DATELINE.match(lead.text))
        after = kinds[unit.index + 1 : following.index] if following else []
        before_start = units[n - 1].index + 1 if n else first
        before = kinds[before_start : unit.index]
        top = any(k.reason in _TOP_REASONS for k in after)
        if unit.heading:
            unit.top = top or dated or _title_case(unit.text)
        elif not (n and units[n - 1].heading):
            unit.top = dated or any(k.reason in _TOP_REASONS for k in before)


def _title_case(text: str) -> bool:
    """Whether a heading is in Title Case, as headlines (not crossheads) often are."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitals >= TITLE_CASE_SHARE * len(words)


def _unit(index: int, text: str, heading: bool) -> _Unit:
    """Build a unit from a line's text."""
    quote_balance = text.count("“") - text.count("”") + text.count('"') % 2
    words = content_words(text)
    return _Unit(
        index=index,
        text=text,
        heading=heading,
        words=words,
        norm2=norm2(words),
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
    windows = _Windows(units, start, lo)
    left = windows.left  # the story so far, up to lo
    right = bag_of([u.words for u in (units[hi + 1 : hi + 1 + RIGHT_UNITS] or units[hi:])])
    fits = [
        (left.cosine_words(u.words, u.norm2), right.cosine_words(u.words, u.norm2))
        for u in units[lo : hi + 1]
    ]
    similarities = []
    for _ in range(lo, hi + 1):
        similarities.append(windows.similarity())
        windows.advance()
    best, best_fit = None, -1.0
    for b in range(lo, hi + 1):
        if _score(units, start, b, lambda b=b: similarities[b - lo]) is None:
            continue
        fit = sum(f[0] for f in fits[: b - lo]) + sum(f[1] for f in fits[b - lo :])
        fit += (LEDE_BONUS if _lede(units[b]) else 0.0) + (TOP_BONUS if units[b].top else 0.0)
        if fit > best_fit:
            best, best_fit = b, fit
    return best


def _score(units: list[_Unit], start: int, g: int, similarity: Callable[[], float]) -> float | None:
    """How strongly unit g starts a new story (lower is stronger), or None if it cannot.

    Cohesion between the story so far and the paragraphs from g on must be under the
    threshold (the higher one for a lede), and g must not plainly continue the story.
    """
    unit = units[g]
    if not unit.heading and len(unit.text.split()) < LEDE_MIN_WORDS:
        return None
    if unit.heading and unit.text.endswith("?") and not unit.top:
        return None  # a question heads a section (a crosshead) far more often than a story
    if _continues(units, start, g):
        return None
    if not unit.top and not unit.heading and CHECK_OPENING.match(unit.text):
        return None  # "Police confirmed …": a check of what the story before it said
    if not unit.top and _live_blog(units, start):
        return None  # "The Latest: …": entries on many topics, one story until a new top
    value = similarity()
    if unit.top:
        return value - TOP_BONUS if value < TOP_SPLIT_BELOW else None
    if value >= _HIGHEST_BELOW:
        return None  # under no threshold: whether it is a lede does not matter
    if _lede(unit):
        threshold = LEDE_SPLIT_BELOW
    elif unit.heading and len(unit.text.split()) >= HEADLINE_MIN_WORDS:
        threshold = HEADING_SPLIT_BELOW  # long enough for a headline, not a crosshead
    else:
        threshold = SPLIT_BELOW
    if value >= threshold:
        return None
    return value - (LEDE_BONUS if _lede(unit) else 0.0)


_HIGHEST_BELOW = max(LEDE_SPLIT_BELOW, HEADING_SPLIT_BELOW, SPLIT_BELOW)


def _lede(unit: _Unit) -> bool:
    """Whether a unit reads like a story's lede (its lead paragraph's first sentence), read
    when first asked and kept."""
    if unit.lede is None:
        unit.lede = unit.lead is not None and _reads_like_lede(unit.lead)
    return unit.lede


def _live_blog(units: list[_Unit], start: int) -> bool:
    """Whether the story that starts at unit ``start`` is a wire live blog ("The Latest: …",
    "WASHINGTON (AP) — The Latest on the campaign …"): its entries change topic every few
    paragraphs, so cohesion says nothing of where it ends."""
    return any(_LIVE_BLOG.search(u.text) for u in units[start : start + 2])


_LIVE_BLOG = re.compile(r"^The Latest:|^[^\n(]{2,40}\([A-Z]+\)\s*[—–-]+\s*The Latest on\b")


def _is_lede(unit: _Unit) -> bool:
    """Whether a paragraph's first sentence has a usual form of a lede."""
    return _reads_like_lede(unit.text)


def _reads_like_lede(text: str) -> bool:
    """Whether the first sentence of a text has a usual form of a lede."""
    first = _first_sentence(text)
    return any(lede.search(first) for lede in _LEDES)


def _continues(units: list[_Unit], start: int, g: int) -> bool:
    """Whether unit g plainly continues the story that started at unit ``start``."""
    unit, previous = units[g], units[g - 1]
    if previous.heading or unit.opens_quote or previous.leaves_quote_open:
        return True
    if unit.heading:
        return False  # a headline may well open with "But" or name someone as "he"
    if _CONTINUES.match(unit.text) or _pronoun_first(unit.text):
        return True
    titled = [m.group(1) for m in _TITLED.finditer(_first_sentence(unit.text))]
    if not titled:
        return False
    known = set().union(*(_names(u) for u in units[max(start, g - LEFT_UNITS) : g]))
    return any(name in known for name in titled)


def _names(unit: _Unit) -> frozenset[str]:
    """A unit's capitalised words (few units are ever asked: they are read then kept)."""
    if unit.names is None:
        unit.names = names(unit.text)
    return unit.names


def _pronoun_first(text: str) -> bool:
    """Whether a third-person pronoun comes before any name in the first words of a text."""
    for n, m in enumerate(_WORD.finditer(text)):
        if n >= PRONOUN_WINDOW:
            return False
        word = m.group()
        if word[0].isupper() and n > 0:
            return False
        if word.lower() in _PRONOUNS and (n > 0 or word in _SUBJECT_PRONOUNS):
            return True
    return False


def _first_sentence(text: str) -> str:
    """The text up to its first sentence end (roughly), or all of it."""
    m = _FIRST_SENTENCE.match(text)
    return m.group() if m else text
