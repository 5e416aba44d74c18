"""What the attribution stage works on: a paragraph with its quotations masked, and a found cue.

``Para`` is one line of story text with its quotations (``quotes``) and a copy whose quotation
insides are blanked out (``masked``, same length), so cue words inside a quotation are never cues.
``Found`` is a cue located in a sentence, with where its source and content are, before the
source is named (offsets into the paragraph).
"""

from __future__ import annotations

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


@dataclass
class Para:
    """One paragraph (line) of a story: its text, masked text and quotations."""

    start: int
    text: str
    masked: str
    quotes: list[tuple[int, int]]
    sentences: list[Sentence] = field(default_factory=list)
    pending: tuple[Found, Sentence] | None = None  # a cue ending on a colon ("She added:")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A span without surrounding spaces and trailing sentence punctuation."""
    e = max(s, e)
    while e > s and text[e - 1] in " .,;:–—":
        e -= 1
    while s < e and text[s] == " ":
        s += 1
    return s, e
