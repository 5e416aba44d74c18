"""Finding who a cue belongs to, and naming them.

``subject_before`` reads leftwards from a cue over a sentence whose quotations are masked and
returns the source's mention (with any apposition: "Mykhailo Podolyak, an adviser to ...");
``np_after`` reads a source that follows its cue ("..., said Mr Peskov", "according to Reuters").
``Namer`` turns a mention into the name students should see: pronouns to the source they refer
to, "Mr Peskov" to "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov" to "Dmitry Peskov".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from questions.cues import (
    AUX_WORDS,
    CLAUSE_WORDS,
    CUE_WORDS,
    DETERMINERS,
    NOT_ADVERBS,
    PLACES,
    SOURCE_KINDS,
    TIME_WORDS,
    TITLES,
)
from questions.text import load_lexicon

TOKEN_RE = re.compile(r"\x01+|[A-Z][a-z]{0,3}\.(?=\s+[A-Z0-9])|\w[\w’'&.-]*\w|\w|[^\s\w]")
Token = tuple[int, int, str]

POSTMODIFIERS = frozenset(load_lexicon("postmodifiers"))
RELATIVE_NOUNS = frozenset(load_lexicon("relative_nouns"))
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "it": "n", "they": "p", "them": "p"}
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
PERSON_KINDS = frozenset({"person", "official", "expert"})
_KIND_ORDER = (
    "anonymous",
    "news agency",
    "expert",
    "official",
    "unnamed",
    "government",
    "organisation",
    "person",
)
_QUOTES = frozenset('“”"‘’«»\x01')
_COORD = frozenset({"and", "but", "or"})
_INNER_PREPS = frozenset({"of", "for", "to", "at", "in", "from", "with", "and"})
_AGENCY_TAIL = re.compile(r"\s+(?:news\s+agency|news\s+service|newspaper|agency|broadcaster)$")
_PAREN = re.compile(r"\s*\([^)]*\)")
_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")


@dataclass(frozen=True)
class Mention:
    """A source's mention: its whole span, and the span of the part that names it."""

    span: tuple[int, int]
    head: tuple[int, int]
    alt: tuple[int, int] | None = None  # an apposition that may hold the name instead


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] as (start, end, string)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def is_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly ("previously"), or a listed auxiliary."""
    low = word.lower()
    return low in AUX_WORDS or (
        word.islower() and low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERBS
    )


def strip_aux(toks: list[Token]) -> tuple[int, int | None]:
    """Skip auxiliaries, adverbs and "on Monday" leftwards: (last subject index, aux start)."""
    i = len(toks) - 1
    aux_start = None
    adjacent = True
    while i >= 0:
        word = toks[i][2]
        if is_adverb(word) or word.lower() == "not":
            if adjacent:
                aux_start = toks[i][0]
            i -= 1
        elif word.lower() in TIME_WORDS and i >= 1 and toks[i - 1][2].lower() in ("on", "last"):
            i -= 2
            adjacent = False
        else:
            break
    return i, aux_start


def _is_stop(word: str) -> bool:
    low = word.lower()
    return low in CLAUSE_WORDS or low in CUE_WORDS or word[0] in _QUOTES


def np_run(toks: list[Token], i: int) -> int | None:
    """The first index of the noun phrase ending at toks[i], or None if there is none."""
    if toks[i][2].lower() in PRONOUNS:
        return i
    j = i
    while j >= 0:
        word = toks[j][2]
        if word == ")":
            k = next((k for k in range(j - 1, max(j - 8, -1), -1) if toks[k][2] == "("), None)
            if k is None:
                return None
            j = k - 1
            continue
        if not word[0].isalnum() or _is_stop(word) or word.lower() in PRONOUNS:
            break
        if word.lower() == "and" and not _joins_names(toks, j):
            break
        if j < i and _starts_name(word, toks[j + 1 : i + 1]):
            break  # "a move Republicans said": the subject is the name
        j -= 1
    start = j + 1
    while start <= i and (
        toks[start][2].lower() in _INNER_PREPS or toks[start][2].lower() in TIME_WORDS
    ):
        start += 1
    return start if start <= i else None


def _starts_name(word: str, right: list[Token]) -> bool:
    """Whether a name running up to the cue follows a noun a bare relative clause may follow.

    "a move Republicans said would ...": the subject is "Republicans".
    """
    return word.lower() in RELATIVE_NOUNS and all(t[2][0].isupper() for t in right)


def _joins_names(toks: list[Token], j: int) -> bool:
    """Whether the "and" at toks[j] joins two names ("Moscow and Kyiv", "(RVC) and Freedom")."""
    if j == 0 or j + 1 >= len(toks):
        return False
    left, right = toks[j - 1][2], toks[j + 1][2]
    return (left[0].isupper() or left == ")") and right[0].isupper()


def valid_head(toks: list[Token], start: int, end: int) -> bool:
    """Whether toks[start:end+1] can be a source: a name, a pronoun or a source noun."""
    head = toks[end][2]
    if head == ")":
        end = next(k for k in range(end, start - 1, -1) if toks[k][2] == "(") - 1
        if end < start:
            return False
        head = toks[end][2]
    low = head.lower()
    if low in FIRST_PERSON or _POSSESSIVE.search(head) or low in DETERMINERS | _INNER_PREPS:
        return False
    if low in PRONOUNS:
        return start == end
    prep = next((k for k in range(start + 1, end) if toks[k][2].lower() in _INNER_PREPS), None)
    if prep is None:
        return _is_head(head, first=start == end)
    zone_last = toks[prep - 1][2]  # "officials familiar with the talks": head before "with"
    if zone_last.lower() in POSTMODIFIERS:
        return any(_is_head(t[2], first=k == start) for k, t in enumerate(toks[start:prep], start))
    return _is_head(zone_last, first=prep - 1 == start)


def _is_head(word: str, first: bool) -> bool:
    """Whether a word can head a source: a source noun or a capitalised name."""
    low = word.lower()
    if low in SOURCE_KINDS:
        return True
    if not word[0].isupper() or low in TIME_WORDS or _POSSESSIVE.search(word):
        return False
    return not (first and low in DETERMINERS)


def subject_before(masked: str, lo: int, pos: int) -> tuple[Mention | str | None, int]:
    """The source before a cue at pos: a Mention, "elided" (after "and"), or None; and aux start.

    ``lo`` is the start of the sentence; the sentence's quotations must be masked.
    """
    toks = tokens(masked, lo, pos)
    i, aux = strip_aux(toks)
    aux_start = pos if aux is None else aux
    if i < 0:
        return None, aux_start
    word = toks[i][2]
    if word.lower() in _COORD:
        return "elided", aux_start
    if word.lower() in ("who", "which") and i >= 1:
        i -= 2 if toks[i - 1][2] == "," else 1
        if i < 0:
            return None, aux_start
        word = toks[i][2]
    if word in (",", "–", "—"):
        return _appositive(toks, i), aux_start
    start = np_run(toks, i)
    if start is None or not valid_head(toks, start, i):
        return None, aux_start
    span = (toks[start][0], toks[i][1])
    return Mention(span, span), aux_start


def _appositive(toks: list[Token], i: int) -> Mention | None:
    """A subject closed by an apposition: "X, an adviser to Y, said", "X – A and B – have"."""
    mark = toks[i][2]
    marks = {mark} if mark == "," else {"–", "—"}
    k = next((k for k in range(i - 1, -1, -1) if toks[k][2] in marks), None)
    if k is None or k == i - 1 or k == 0:
        return None
    inner = toks[k + 1 : i]
    opener = inner[0][2].lower()
    relative = opener in ("who", "which", "whose")
    if opener in CLAUSE_WORDS and not relative:
        return None
    if any(t[2][0] in _QUOTES or t[2].lower() in CUE_WORDS and not relative for t in inner):
        return None
    start = np_run(toks, k - 1)
    if start is None or not valid_head(toks, start, k - 1):
        return None
    head = (toks[start][0], toks[k - 1][1])
    alt = (toks[k + 1][0], toks[i - 1][1])
    first = start
    if start >= 2 and toks[start - 1][2] == "," and _bare_role(toks, start - 1):
        first = 0
    return Mention((toks[first][0], toks[i - 1][1]), head, alt)


def _bare_role(toks: list[Token], comma: int) -> bool:
    """Whether toks[:comma] is a bare role opening the sentence ("Defence expert, ...")."""
    if comma > 4:
        return False
    start = np_run(toks, comma - 1)
    last = toks[comma - 1][2].lower()
    return start == 0 and (last in TITLES or SOURCE_KINDS.get(last) == "expert")


def np_after(masked: str, pos: int, hi: int, strict: bool = True) -> tuple[int, int] | None:
    """The span of a source that follows its cue ("said Mr Peskov", "according to Reuters").

    ``strict`` asks for a source noun or a name as its head (not needed after "according to").
    """
    toks = tokens(masked, pos, hi)
    end = -1
    for j, (_, _, word) in enumerate(toks):
        low = word.lower()
        if word in ("(", ")") or (word[0].isalnum() and low not in CLAUSE_WORDS - {"at", "by"}):
            if low in CUE_WORDS or low in FIRST_PERSON or (low == "and" and j == 0):
                break
            if j > 0 and word.islower() and low.endswith("ed") and low not in SOURCE_KINDS:
                break  # "an estimate released last week"
            end = j
            continue
        break
    while end >= 0 and toks[end][2].lower() in _INNER_PREPS | TIME_WORDS | {"at", "by", "("}:
        end -= 1
    if end < 0 or toks[0][2].lower() in FIRST_PERSON:
        return None
    if strict and not valid_head(toks, 0, end):
        return None
    return toks[0][0], toks[end][1]


@dataclass
class Entity:
    """A source or person mentioned so far in the story, for pronouns to refer to."""

    pos: int
    name: str
    kind: str | None
    person: bool
    plural: bool
    mention: tuple[int, int] | None = None
    salient: bool = False  # the source of a main-clause claim, not a mere mention


class Namer:
    """Names sources within one story: resolves pronouns, surnames, titles and appositions."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.full_names: dict[str, str] = {}  # surname -> full name
        self.roles: dict[str, set[str]] = {}  # title ("secretary") -> full names
        self.kinds: dict[str, str] = {}  # full name -> kind

    def learn_title(self, title: str, name: str) -> None:
        """Remember a "title Name" mention ("press secretary Karoline Leavitt")."""
        name = _POSSESSIVE.sub("", name)
        parts = name.split()
        if len(parts) < 2 or parts[0].lower() in DETERMINERS:
            return
        self.full_names.setdefault(parts[-1], name)
        self.roles.setdefault(title.lower(), set()).add(name)
        self.kinds.setdefault(name, kind_of(title))

    def add(self, entity: Entity) -> None:
        """Record a source or mention at its position."""
        self.entities.append(entity)

    def pronoun(self, word: str, pos: int) -> Entity | None:
        """The entity a pronoun at pos refers to: the latest compatible one before it."""
        gender = PRONOUNS[word.lower()]
        for salient_only in (True, False):
            for entity in reversed(self.entities):
                if entity.pos >= pos or (salient_only and not entity.salient):
                    continue
                if _agrees(gender, entity):
                    return entity
        return None

    def name(
        self, text: str, mention: Mention, initial: bool = False
    ) -> tuple[str, str | None, bool, bool]:
        """The resolved name of a mention, its kind, whether a person, whether plural.

        ``initial`` says the mention opens its sentence, so its first capital proves nothing.
        """
        whole = text[mention.span[0] : mention.span[1]]
        head = _clean(text[mention.head[0] : mention.head[1]])
        if mention.alt and not _has_name(head, initial):
            alt = _clean(text[mention.alt[0] : mention.alt[1]])
            first = text[mention.alt[0] : mention.alt[1]].split()[0]
            nominal = first[0].isupper() or first.lower() in DETERMINERS | TITLES
            if nominal and _has_name(alt):
                head = alt
        name = self._canonical(head)
        kind = self.kinds.get(name) or kind_of(whole, name)
        plural = " and " in name or _plural(name)
        titled = any(w.lower().rstrip(".") in TITLES for w in whole.split())
        person = kind in PERSON_KINDS or (kind is None and (titled or _looks_personal(name)))
        if person and kind is None:
            kind = "person"
        return name, kind, person and not plural, plural

    def _canonical(self, np: str) -> str:
        """Strip titles before a name and expand a surname to the full name seen in the story."""
        words = np.split()
        cut = max((k for k, w in enumerate(words) if w.lower().rstrip(".") in TITLES), default=-1)
        if 0 <= cut < len(words) - 1 and words[cut + 1][0].isupper():
            name = " ".join(words[cut + 1 :])
            return self.full_names.get(name, name) if " " not in name else name
        if len(words) == 1 and words[0] in self.full_names:
            return self.full_names[words[0]]
        if cut == len(words) - 1:
            names = self.roles.get(" ".join(words[-2:]).lower()) or self.roles.get(
                words[-1].lower(), set()
            )
            if len(names) == 1 and not _has_name(np):
                return next(iter(names))
            return re.sub(r"[’']s\s+(?=\S+$)", " ", np)
        return _AGENCY_TAIL.sub("", np) if _has_name(np) and "’" not in np else np


def _agrees(gender: str, entity: Entity) -> bool:
    """Whether a pronoun of this gender ("m", "f", "n", "p") can refer to the entity."""
    if gender in "mf":
        return entity.person and not entity.plural
    if gender == "n":
        return not entity.person and not entity.plural
    return entity.plural or not entity.person


def _clean(np: str) -> str:
    """A noun phrase without parentheses, leading determiners and possessive pronouns."""
    np = _PAREN.sub("", np).strip(" ,–—")
    words = np.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS and not words[1][0].isdigit():
        if words[0].lower() in ("two", "three", "several", "many", "some", "both", "all"):
            break
        words = words[1:]
    return " ".join(words)


def _has_name(np: str, initial: bool = False) -> bool:
    """Whether a noun phrase holds a capitalised word (its first counts unless ``initial``)."""
    words = [w for w in np.split() if w.lower() not in TIME_WORDS]
    return any(w[0].isupper() for w in words[1:]) or (
        bool(words)
        and not initial
        and words[0][0].isupper()
        and words[0].lower() not in DETERMINERS
    )


def _plural(name: str) -> bool:
    last = name.split()[-1].lower() if name else ""
    return SOURCE_KINDS.get(last) in ("unnamed", "anonymous") and last.endswith("s")


def _looks_personal(name: str) -> bool:
    """Two or three capitalised words and nothing else: probably a person's name."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[0].isupper() for w in words)
        and not (name.lower() in PLACES or any(w.lower() in SOURCE_KINDS for w in words))
    )


def kind_of(text: str, name: str = "") -> str | None:
    """The kind of source a mention names, from its words ("spokesman" -> official)."""
    if name.lower() in PLACES:
        return "government"
    words = [w for w in re.findall(r"[\w’'-]+", text.lower()) if not _POSSESSIVE.search(w)]
    found = {SOURCE_KINDS[w] for w in words if w in SOURCE_KINDS}
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found |= {SOURCE_KINDS[p] for p in pairs if p in SOURCE_KINDS}
    for kind in _KIND_ORDER:
        if kind in found:
            return kind
    return None
