"""What the attribution stage works on: a paragraph with its quotations masked, and a found cue.

``Para`` is one line of story text with its quotations (``quotes``) and a copy whose quotation
insides are blanked out (``masked``, same length), so cue words inside a quotation are never cues.
``Found`` is a cue located in a sentence, with where its source and content are, before the
source is named (offsets into the paragraph).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from questions.cues import CueWord
from questions.model import Claim, Sentence
from questions.sources import Mention

PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "with", "from", "as"})
OPEN_QUOTES = "“\"‘«'"
CLOSE_QUOTES = '”"’»'


@dataclass
class Found:
    """A cue in a sentence and what it belongs to, before names are resolved (para offsets)."""

    cue: CueWord
    verb: tuple[int, int]
    cue_span: tuple[int, int]
    mode: str  # left, inverted, prep, pass, part, elided, quoted_as
    mention: Mention | None = None
    leader: Found | None = None  # the claim whose source an elided subject or participle shares
    channel: str | None = None
    content_start: int = 0
    content: tuple[int, int] | None = None
    claim: Claim | None = None
    embedded: bool = False
    learned: bool = False  # found by the learned cue model, not by a rule
    apposed: bool = False  # a denial of the claim before it: "..., a claim Dravia denies"


@dataclass
class Para:
    """One paragraph (line) of a story: its text, masked text and quotations."""

    start: int
    text: str
    masked: str
    quotes: list[tuple[int, int]]
    sentences: list[Sentence] = field(default_factory=list)
    pending: tuple[Found, Sentence] | None = None  # a cue ending on a colon ("She added:")
    _index: tuple[int, list[int], list[int]] | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def quotes_overlapping(self, s: int, e: int) -> Iterator[tuple[int, int]]:
        """The quotations with open < e and close >= s, latest first, found by bisection.

        A paragraph may hold thousands of quotations; each claim looks only at its own.
        """
        if self._index is None or self._index[0] != len(self.quotes):
            peak, highest = [], -1
            for _, close in self.quotes:
                highest = max(highest, close)
                peak.append(highest)
            self._index = (len(self.quotes), [o for o, _ in self.quotes], peak)
        _, opens, peak = self._index
        k = bisect_left(opens, e) - 1
        while k >= 0 and peak[k] >= s:  # no earlier quotation reaches s once peak[k] < s
            if self.quotes[k][1] >= s:
                yield self.quotes[k]
            k -= 1

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence of the paragraph holding paragraph offset pos, if any."""
        if len(self._starts) != len(self.sentences):
            self._starts = [sentence.span[0] - self.start for sentence in self.sentences]
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].span[1] - self.start:
            return self.sentences[k]
        return None


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A span without surrounding spaces and trailing sentence punctuation."""
    e = max(s, e)
    while e > s and text[e - 1] in " .,;:–—":
        e -= 1
    while s < e and text[s] == " ":
        s += 1
    return s, e
