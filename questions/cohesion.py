"""Lexical cohesion: bags of stemmed content words and their cosine similarity.

Used by story splitting (``questions.segment``). Words are lower-cased, stripped of a
possessive and of one plural or tense suffix, and cut to seven letters; function and reporting
words (``lexicons/cohesion_stopwords.txt``) are left out; capitalised words inside a sentence
(names) count double, since names carry a story's topic more than common words do.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import compress, repeat
from operator import itemgetter, mul

from questions.text import load_lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_STOP = frozenset(load_lexicon("cohesion_stopwords"))
_SUFFIXES = ("ing", "ed", "es", "s")
_STEM_CACHE_MAX = 200_000


class _Stems(dict[str, "str | None"]):
    """Each word's stem, worked out on the first look-up and kept (up to ``_STEM_CACHE_MAX``)."""

    def __missing__(self, word: str) -> str | None:
        w = word.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        result: str | None = None
        if w not in _STOP and len(w) >= 3:
            for suffix in _SUFFIXES:
                if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                    w = w[: -len(suffix)]
                    break
            result = w[:7]
        if len(self) < _STEM_CACHE_MAX:
            self[word] = result
        return result


_STEMS = _Stems()


def stem(word: str) -> str | None:
    """A crude stem of a word, or None for a stop word or a word under three letters."""
    return _STEMS[word]


def content_words(text: str) -> dict[str, int]:
    """The stemmed content words of a text with their weights.

    Counted in C (``map``, ``compress``, ``Counter``): every stem once, and once more where a
    word after the first is capitalised. The weights are whole numbers, so their order in the
    bag matters nowhere.
    """
    words = _WORD.findall(text)
    stems = list(map(_STEMS.__getitem__, words))
    bag = Counter(stems)
    bag.update(compress(stems[1:], map(str.isupper, map(itemgetter(0), words[1:]))))
    bag.pop(None, None)
    return bag


def names(text: str) -> frozenset[str]:
    """The capitalised words of a text."""
    return frozenset(w for w in _WORD.findall(text) if w[0].isupper())


class Bag:
    """A bag of words that units can be added to and taken from, keeping its norm up to date."""

    __slots__ = ("counts", "norm2")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.norm2 = 0

    def add(self, words: dict[str, int], sign: int = 1) -> None:
        """Add (sign 1) or remove (sign -1) a unit's words."""
        counts = self.counts
        get = counts.get
        norm2 = self.norm2  # whole numbers: the same total in a local
        for key, value in words.items():
            old = get(key, 0)
            new = old + sign * value
            norm2 += new * new - old * old
            if new:
                counts[key] = new
            else:
                del counts[key]
        self.norm2 = norm2

    def cosine(self, other: Bag) -> float:
        """Cosine similarity with another bag."""
        if not self.norm2 or not other.norm2:
            return 0.0
        small, large = (self, other) if len(self.counts) <= len(other.counts) else (other, self)
        counts = small.counts  # whole numbers: the sum is the same in any order, here in C
        dot = sum(map(mul, counts.values(), map(large.counts.get, counts, repeat(0))))
        return dot / math.sqrt(self.norm2 * other.norm2)

    def cosine_words(self, words: dict[str, int], words_norm2: int) -> float:
        """Cosine similarity with one unit's words (whose squared norm is given)."""
        if not self.norm2 or not words_norm2:
            return 0.0
        dot = sum(map(mul, words.values(), map(self.counts.get, words, repeat(0))))
        return dot / math.sqrt(self.norm2 * words_norm2)


def norm2(words: dict[str, int]) -> int:
    """The squared norm of a unit's words."""
    values = words.values()
    return sum(map(mul, values, values))


def bag_of(units: list[dict[str, int]]) -> Bag:
    """One bag holding the words of several units."""
    bag = Bag()
    for words in units:
        bag.add(words)
    return bag
