"""The nickname word filter: words a class should not see as a nickname, however disguised.

The words are data (``quiz/data/blocked_nicknames.txt``, one a line). A nickname is compared after
normalising: case folded, accents removed, look-alike digits and signs read as letters (0→o,
1→i or l, 3→e, 4→a, 5→s, 7→t, @→a, $→s, !→i), and repeated letters squeezed ("fuuuck"). A listed
word is refused when it is a whole word of the nickname, or the whole nickname once separators are
taken out ("f.u.c.k", "f u c k"). A word written with a leading ``~`` is also refused anywhere
inside the nickname ("xXfuckXx"); the others are not, so "Scunthorpe" and "Cassidy" stay allowed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "blocked_nicknames.txt"
REFUSED = "Please choose another nickname: that one is not allowed in class."
_LOOKALIKES = [str.maketrans("013457@$!", "oieastasi"), str.maketrans("013457@$!", "oleastasi")]
_SEPARATORS = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"(.)\1+")


@cache
def word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(whole words, words refused anywhere) from the data file."""
    whole, anywhere = set(), set()
    for raw in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().casefold()
        if not line:
            continue
        if line.startswith("~"):
            anywhere.add(line[1:])
        whole.add(line.lstrip("~"))
    return frozenset(whole), frozenset(anywhere)


def _variants(nickname: str) -> set[str]:
    """The nickname as letters only, each way its look-alike characters may be read."""
    text = unicodedata.normalize("NFKD", nickname.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return {text.translate(table) for table in _LOOKALIKES}


def blocked(nickname: str) -> bool:
    """True when the nickname holds a listed word, however it is disguised."""
    whole, anywhere = word_lists()
    for text in _variants(nickname):
        tokens = [t for t in _SEPARATORS.split(text) if t]
        joined = "".join(tokens)
        candidates = set(tokens) | {joined}
        candidates |= {_REPEATS.sub(r"\1", c) for c in candidates}
        if candidates & whole:
            return True
        squeezed = _REPEATS.sub(r"\1", joined)
        if any(w in joined or w in squeezed for w in anywhere):
            return True
    return False


def refusal(nickname: str | None) -> str | None:
    """The message for a refused nickname, or None when it may be used."""
    return REFUSED if nickname and blocked(nickname) else None
