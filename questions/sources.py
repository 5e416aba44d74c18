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
    EVIDENCE_NOUNS,
    NOT_ADVERBS,
    PLACES,
    SOURCE_KINDS,
    TIME_WORDS,
    TITLES,
)
from questions.text import load_lexicon

# A plural possessive keeps its apostrophe ("the dockworkers' union" is one noun phrase), and a
# short capitalised abbreviation its full stop before any word ("Gov.", "Mont. said": inside a
# sentence, so no sentence ends there).
_STATES = "|".join(sorted(load_lexicon("state_abbreviations"), key=len, reverse=True))
# every listed state opens with a capital: a look-ahead for one lets a word in lower case skip
# trying each state in turn (the branch matches exactly what it matched without it)
_CAPITAL_FIRST = "(?=[A-Z])" if all("A" <= s[:1] <= "Z" for s in _STATES.split("|")) else ""
# every token opens on a character that is no space: a look-ahead for one lets the engine pass
# a space without trying each branch there (about a third faster; the tokens are the same)
TOKEN_RE = re.compile(
    r"(?=\S)(?:\x01+|--|(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s+[A-Za-z0-9])"
    rf"|{_CAPITAL_FIRST}(?<![\w’'-])(?:{_STATES})\.(?!\w)"
    r"|\w[\w’'&./-]*\w(?:(?<=s)[’'](?![\w’']))?|\w|[^\s\w])"
)
Token = tuple[int, int, str]

POSTMODIFIERS = frozenset(load_lexicon("postmodifiers"))
RELATIVE_NOUNS = frozenset(load_lexicon("relative_nouns"))
QUANTIFIERS = frozenset(load_lexicon("quantifiers"))
NOUN_FORMS = frozenset(load_lexicon("noun_forms"))
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "remain", "remains", "remained"})
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "it": "n", "they": "p", "them": "p"}
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_QUOTES = frozenset('“”"‘’«»\x01')
_COORD = frozenset({"and", "but", "or"})
_OBJECT_PREPS = frozenset({"on", "of", "for", "in", "from", "with", "about"})
_CONNECTIVES = frozenset({"however", "still", "meanwhile", "instead", "indeed", "yet"})
_TIME_LEADS = frozenset({"on", "last", "this", "next", "that"})
# connectives that open a sentence without a comma before its subject
_BARE_OPENERS = frozenset("then and but so now yet still instead also".split())
# Words that open a clause, not an aside, between commas: "X, because ..., said" is no apposition.
_NOT_APPOSITION = frozenset(
    "that because if when while although though but and or so as since unless until where "
    "whether than then".split()
)
INNER_PREPS = frozenset({"of", "for", "to", "at", "in", "from", "with", "and"})
_PARTICIPLE_RE = re.compile(r"^[a-z]+ed$")
_ANY_PARTICIPLE_RE = re.compile(r"^[a-z]+(?:ed|ing)$")
_ROLE_PREPS = frozenset({"at", "from", "in", "inside", "on", "with"})
_PLACE_PREPS = frozenset(
    {"across", "along", "around", "behind", "inside", "near", "outside", "through", "throughout"}
)
_CONTRACTION_RE = re.compile(r"^(he|she|it|who|they|we)[’'](?:s|ve|d)$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
_APOSTROPHES = ("’", "'")
_APOSTROPHE_S = ("’s", "'s")


def is_possessive(word: str) -> bool:
    """``POSSESSIVE.search(word) is not None`` read from the word's last characters (the regex
    tries every position of the word): an apostrophe and "s", or "s" and an apostrophe, at its
    end or before one final newline (where ``$`` also matches)."""
    if word.endswith("\n"):
        word = word[:-1]
    return word.endswith(_APOSTROPHE_S) or (word.endswith(_APOSTROPHES) and word[-2:-1] == "s")


WORD_GIVEN_NAMES = frozenset(load_lexicon("word_given_names"))
# words before a month that make it a time ("in May", "last June", "since April")
_MONTH_LEADS = frozenset(
    "in on of by since until till last this next early late mid during from through".split()
)


@dataclass(frozen=True)
class Mention:
    """A source's mention: its whole span, and the span of the part that names it."""

    span: tuple[int, int]
    head: tuple[int, int]
    alt: tuple[int, int] | None = None  # an apposition that may hold the name instead


_STATE_TOKENS = frozenset(f"{state}." for state in load_lexicon("state_abbreviations"))
# states, provinces, regions and countries written after a town and a comma ("Dunmore, Ohio")
REGIONS = frozenset(load_lexicon("regions")) | frozenset(load_lexicon("gen_us_states")) | PLACES
_REGION_WORDS = 3  # the longest region's words ("new south wales")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] as (start, end, string).

    The comma before a state ("Helena, Mont., said") is dropped: the place is one name. So is
    the comma between a town and its listed region when a comma closes it, and that comma too
    when the noun phrase goes on after it and no comma comes before the town ("a worker in
    Dunmore, Ohio, said", "said Bexley, Victoria, farmer Tom Alder"; but "Ann Lee, a farmer
    from Dunmore, Ohio, said" keeps it for its aside): the region is no aside.
    """
    out = [(m.start(), m.end(), m[0]) for m in TOKEN_RE.finditer(text, start, end)]
    commas = text.count(",", start, end)  # each comma is a token of its own
    if commas >= 2:  # a town's region is read between two commas
        _join_town_regions(out)
    if not commas or text.find(".", start, end) < 0:
        return out  # no comma before a state
    for k in range(len(out) - 1, 0, -1):
        if out[k][2] in _STATE_TOKENS and out[k - 1][2] == ",":
            del out[k - 1]
    return out


def _join_town_regions(out: list[Token]) -> None:
    """Drop, in place, the comma of "<Town>, <Region>," where the region is listed (``REGIONS``)
    and the town is one to three capitalised words, not itself a listed place and not in a list
    ("Britain, France, …" and "…, and Ohio" stay as they are)."""
    for k in range(len(out) - 3, 0, -1):
        if out[k][2] != "," or not out[k - 1][2][:1].isupper():
            continue
        n = next(
            (
                n
                for n in range(1, _REGION_WORDS + 1)
                if k + n + 1 < len(out)
                and out[k + n + 1][2] == ","
                and " ".join(t[2] for t in out[k + 1 : k + n + 1]).lower() in REGIONS
            ),
            0,
        )
        if not n or not all(t[2][:1].isupper() for t in out[k + 1 : k + n + 1]):
            continue
        town = k - 1
        while town > k - 3 and town > 0 and out[town - 1][2][:1].isupper():
            if out[town - 1][2].lower() in INNER_PREPS | _PLACE_PREPS | DETERMINERS:
                break  # "In Dunmore", "The Dunmore": no word of the town's name
            town -= 1
        words = [t[2] for t in out[town:k]]
        if not all(w.isalpha() for w in words) or " ".join(words).lower() in REGIONS:
            continue
        if town > 0 and out[town - 1][2].lower() in (",", "and", "or", "&"):
            continue
        if town == 1 and out[0][2].lower() in INNER_PREPS | _PLACE_PREPS:
            continue  # "In Dunmore, Ohio, police said": an opening phrase of place
        aside = any(t[2] == "," for t in out[:town])  # "Ann Lee, a farmer from Dunmore, Ohio,"
        if not aside and _closes_phrase(out, k + n + 2):
            del out[k + n + 1]  # "a worker in Dunmore, Ohio, said": the place reads on
        del out[k]


def _closes_phrase(out: list[Token], j: int) -> bool:
    """Whether the comma after a town's region only closes the place, before out[j]: the end of
    the words read (the cue follows) or a word in lower case that goes on with the noun phrase
    ("…, resident Ann Kell", "…, said"); not a name, an article, a pronoun or a connective
    ("Speaking in Reno, Nevada, Tom Hale said", "…, Nevada, the senator said")."""
    if j >= len(out):
        return True
    word = out[j][2]
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in DETERMINERS
        and low not in INNER_PREPS
        and low not in _PLACE_PREPS
        and low not in _COORD
        and low not in PRONOUNS
        and low not in CLAUSE_WORDS
        and low not in TIME_WORDS
    )


def _window(masked: str, lo: int, pos: int, size: int = 240) -> int:
    """Where to start reading leftwards from pos: lo, or a word start at most ``size`` back."""
    if pos - lo <= size:
        return lo
    space = masked.find(" ", pos - size, pos)
    return lo if space < 0 else space + 1


def is_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly ("previously"), or a listed auxiliary."""
    low = word.lower()
    return low in AUX_WORDS or (
        word.islower() and low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERBS
    )


def strip_aux(
    toks: list[Token], be: bool = False, lower_cue: bool = False
) -> tuple[int, int | None]:
    """Skip auxiliaries, adverbs and "on Monday" leftwards: (last subject index, aux start).

    ``be`` also skips forms of "to be" ("are afraid", "is determined"). With ``lower_cue`` (the
    cue is in lower case: no headline in capitals) a capitalised adverb after a capital is a
    name ("Ann Long said").
    """
    i = len(toks) - 1
    aux_start = None
    adjacent = True
    while i >= 0:
        word = toks[i][2]
        if lower_cue and word[0].isupper() and i >= 1 and toks[i - 1][2][0].isupper():
            if is_adverb(word):
                break  # "Ann Long said", "Sen. Still said": a surname, not "has long said"
        if is_adverb(word) or word.lower() == "not" or be and word.lower() in BE_FORMS:
            if adjacent:
                aux_start = toks[i][0]
            i -= 1
        elif (
            word.lower() == "time"
            and i >= 2
            and toks[i - 1][2].lower() in ("the", "that")
            and toks[i - 2][2].lower() == "at"
            and i >= 3
            and toks[i - 3][2].lower() in AUX_WORDS
        ):
            i -= 3  # "Dorrant had at the time denied": the auxiliary is next
            adjacent = False
        elif word.lower() == "earlier" and i >= 1 and toks[i - 1][2].lower() in AUX_WORDS:
            i -= 1  # "had earlier denied"
            adjacent = False
        elif word.lower() in TIME_WORDS and i >= 1 and toks[i - 1][2].lower() in _TIME_LEADS:
            i -= 2  # "on Monday", "just this month"
            if i >= 0 and toks[i][2].lower() == "earlier":
                i -= 1  # "earlier this week"
            adjacent = False
        elif (
            word == ","
            and i >= 2
            and toks[i - 1][2].lower() in _CONNECTIVES
            and toks[i - 2][2] == ","
        ):
            i -= 3  # "has, however, revealed"
            adjacent = False
        elif _YEAR_RE.match(word) and i >= 1 and toks[i - 1][2].lower() in ("in", "since"):
            i -= 2  # "who in 2010 said"
            adjacent = False
        else:
            break
    return i, aux_start


def given_word(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a given name that is also a word the source finder stops at ("Will",
    "May", "Hope", "June": ``WORD_GIVEN_NAMES``) opening a person's name: capitalised, right
    before a capitalised surname that is no function word, after no word of time ("said Will
    Benson", "May Ochoa said"; not "In May Ochoa said", "will", "May 5")."""
    word = toks[j][2]
    if word not in WORD_GIVEN_NAMES or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1][2]
    low = nxt.lower()
    if not (nxt.isalpha() and nxt[0].isupper() and nxt[1:].islower() and len(nxt) > 1):
        return False
    if low in CLAUSE_WORDS or low in TIME_WORDS or low in DETERMINERS or low in PRONOUNS:
        return False
    if low in FIRST_PERSON or low in AUX_WORDS:
        return False
    return j == 0 or toks[j - 1][2].lower() not in _MONTH_LEADS


_MODALS = frozenset({"Will", "May"})
# past forms of cues that end in neither "-s" nor "-ed"
_IRREGULAR_PAST = frozenset("said told wrote thought felt spoke knew saw found held swore".split())


def _base_cue(masked: str, pos: int) -> bool:
    """Whether the cue at pos is a verb's bare form ("say", "argue"), as after a modal."""
    m = _WORD_AT.match(masked, pos)
    low = m.group().lower() if m else ""
    return bool(low) and not low.endswith(("s", "ed")) and low not in _IRREGULAR_PAST


_WORD_AT = re.compile(r"[A-Za-z]+")


def _is_stop(word: str) -> bool:
    low = word.lower()
    return low in CLAUSE_WORDS or (low in CUE_WORDS and low not in NOUN_FORMS) or word[0] in _QUOTES


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
        if word == "&" and _joins_names(toks, j):
            j -= 1  # "Marsh & Tolley": one firm's name, never "Tolley" alone
            continue
        if word.lower() == "her" and j < i:
            j -= 1  # "her lawyer said": "her" is the lawyer's, a possessive
            break
        if not word[0].isalnum() or word.lower() in PRONOUNS:
            break
        if _is_stop(word) and not given_word(toks, j) and not _name_particle(toks, j):
            break
        if word.lower() == "and" and not _joins_names(toks, j):
            owner = _joins_objects(toks, j)
            if owner is None:
                break
            j = owner  # "Experts on North Korea and nuclear policy": on to "Experts"
            continue
        if j < i and _starts_name(word, toks[j + 1 : i + 1]):
            break  # "a move Republicans said": the subject is the name
        if j < i and _starts_people(word, toks[j + 1 : i + 1]):
            break  # "an explanation community leaders dismissed": the leaders
        if word.lower() in ("the", "a", "an") and j > 0 and _opens_np(toks[j - 1][2]):
            if _noun_participle(toks, j - 1):
                j -= 2  # "A lawyer representing a group of anglers": the lawyer, not the group
                continue
            j -= 1
            break  # "meddling the congressman said": a determiner opens the subject
        j -= 1
    start = j + 1
    while start <= i and (
        toks[start][2].lower() in INNER_PREPS
        or toks[start][2].lower() in TIME_WORDS
        and not given_word(toks, start)
    ):
        start += 1
    if start > i:
        return None
    outer = _past_place_phrase(toks, start)
    return start if outer is None else outer


def _name_particle(toks: list[Token], j: int) -> bool:
    """Whether the "do" at toks[j] joins two capitalised words of one name, as Portuguese
    writes it ("Partido do Povo", "Jornal do Porto"): never the verb "do"."""
    if toks[j][2] != "do" or j == 0 or j + 1 >= len(toks):
        return False
    left, right = toks[j - 1][2], toks[j + 1][2]
    return left[:1].isupper() and left.isalpha() and right[:1].isupper() and right.isalpha()


def _noun_participle(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a participle in -ing after a noun for people, whose object follows
    ("A lawyer representing a group of anglers", "officials overseeing the talks"): the noun
    phrase goes on to the people, never opens on the participle's object."""
    if k < 1:
        return False
    participle, noun = toks[k][2], toks[k - 1][2]
    return (
        participle.islower()
        and _ING_PARTICIPLE_RE.match(participle) is not None
        and not _is_stop(participle)
        and not is_possessive(noun)
        and (_people(noun) or (noun.isalpha() and _plural_people(noun.lower() + "s")))
    )


_ING_PARTICIPLE_RE = re.compile(r"^[a-z]{3,}ing$")


def _past_place_phrase(toks: list[Token], start: int) -> int | None:
    """The noun phrase before a participle and a place ("Protesters marching through the
    streets", "Crowds gathered outside the embassy"), or before a role's place ("Officials at the
    embassy"): the place is where, the people are who."""
    prep = toks[start - 1][2].lower() if start >= 2 else ""
    if prep in _ROLE_PREPS and toks[start - 2][2].lower() in SOURCE_KINDS:
        return np_run(toks, start - 2)  # "Officials at the embassy said": the officials
    if prep in ("at", "inside") and _people(toks[start - 2][2]):
        return np_run(toks, start - 2)  # "Engineers at the roads office said": the engineers
    if prep in _PLACE_PREPS and _people(toks[start - 2][2]):
        return np_run(toks, start - 2)  # "Villagers near the border said": not the border
    if start < 3 or prep not in _PLACE_PREPS:
        return None
    participle, head = toks[start - 2][2], toks[start - 3][2]
    if not _ANY_PARTICIPLE_RE.match(participle) or not head[0].isalnum() or _is_stop(head):
        return None
    return np_run(toks, start - 3)


def _people(word: str) -> bool:
    """Whether a word before a place ("near the border") names people who may speak: a source
    noun or a plural noun ("Villagers", "fishermen"), never a verb or a closed-class word."""
    low = word.lower()
    if low in SOURCE_KINDS:
        return True
    return (
        word.isalpha()
        and len(low) > 3
        and (low.endswith("men") or (low.endswith("s") and not low.endswith(("ss", "us"))))
        and not _is_stop(word)
        and low not in DETERMINERS
        and low not in TIME_WORDS
    )


def _starts_name(word: str, right: list[Token]) -> bool:
    """Whether a name running up to the cue follows a noun a bare relative clause may follow.

    "a move Republicans said would ...": the subject is "Republicans".
    """
    return word.islower() and word in RELATIVE_NOUNS and all(t[2][0].isupper() for t in right)


def _starts_people(word: str, right: list[Token]) -> bool:
    """Whether a bare plural noun for people (after at most two words in lower case) running up
    to the cue follows a noun a bare relative clause may follow: "an explanation community
    leaders dismissed", "a claim party officials denied": the subject is the people."""
    if not (word.islower() and word in RELATIVE_NOUNS) or not 1 <= len(right) <= 3:
        return False
    if not all(t[2].isalpha() and t[2].islower() and t[2] not in _NOT_NOUNS for t in right):
        return False
    last = right[-1][2]
    if SOURCE_KINDS.get(last) in ("unnamed", "official", "expert") and last.endswith("s"):
        return True  # "party officials", "village elders"
    return _plural_people(last)  # "local anglers", "community leaders"


def _opens_np(left: str) -> bool:
    """Whether a determiner after this word opens a noun phrase (not "head of the agency")."""
    low = left.lower()
    return left[0].isalnum() and low not in INNER_PREPS and not is_possessive(left)


def _joins_names(toks: list[Token], j: int) -> bool:
    """Whether the "and" at toks[j] joins two names ("Moscow and Kyiv", "(RVC) and Freedom")."""
    if j == 0 or j + 1 >= len(toks):
        return False
    left, right = toks[j - 1][2], toks[j + 1][2]
    return (left[0].isupper() or left == ")") and right[0].isupper()


def _joins_objects(toks: list[Token], j: int) -> int | None:
    """Where the source noun is whose preposition's two objects the "and" at toks[j] joins.

    "Experts on North Korea and nuclear policy said": the source is the experts.
    """
    for k in range(j - 1, max(j - 5, 0), -1):
        word = toks[k][2].lower()
        if word in _OBJECT_PREPS:
            left = toks[k - 1][2]
            return k - 1 if left.lower() in SOURCE_KINDS and not is_possessive(left) else None
        if not toks[k][2][0].isalnum() or _is_stop(toks[k][2]):
            return None
    return None


# sets combined once (not at each call)
_DETERMINERS_PREPS = DETERMINERS | INNER_PREPS
_HEAD_PREPS = INNER_PREPS - {"and"}
_DETERMINERS_AND = DETERMINERS | {"and"}
_CLAUSE_TIME_PREPS = CLAUSE_WORDS | TIME_WORDS | INNER_PREPS
_CLAUSE_NOT_AT_BY = CLAUSE_WORDS - {"at", "by"}
_TRAILING = INNER_PREPS | TIME_WORDS | {"at", "by", "("}


def valid_head(
    toks: list[Token], start: int, end: int, loose: bool = False, people: bool = False
) -> bool:
    """Whether toks[start:end+1] can be a source: a name, a pronoun or a source noun.

    ``loose`` (before a verb of speech: "the bank said") takes any common noun as the head;
    ``people`` (a cue's subject) a plural noun for people ("some farmers alleged").
    """
    head = toks[end][2]
    if head == ")":
        end = next((k for k in range(end, start - 1, -1) if toks[k][2] == "("), start) - 1
        if end < start:
            return False
        head = toks[end][2]
    low = head.lower()
    if low in FIRST_PERSON or is_possessive(head) or low in _DETERMINERS_PREPS:
        return False
    if low in PRONOUNS:
        return start == end
    preps = _HEAD_PREPS
    prep = next((k for k in range(start + 1, end) if toks[k][2].lower() in preps), None)
    if prep is None:
        return _is_head(head, first=start == end, loose=loose, people=people)
    zone_last = toks[prep - 1][2]  # "officials familiar with the talks": head before "with"
    if zone_last.lower() in QUANTIFIERS and toks[prep][2].lower() == "of":
        return valid_head(toks, prep + 1, end, loose, people)  # "a number of lawmakers"
    if zone_last.lower() in POSTMODIFIERS:
        return any(_is_head(t[2], first=k == start) for k, t in enumerate(toks[start:prep], start))
    return _is_head(zone_last, first=prep - 1 == start, loose=loose, people=people)


def _is_head(word: str, first: bool, loose: bool = False, people: bool = False) -> bool:
    """Whether a word can head a source: a source noun or a capitalised name."""
    low = word.lower()
    if low in SOURCE_KINDS or low in EVIDENCE_NOUNS:
        return True
    if word.isalpha() and word.islower() and _common_noun(low):
        if loose or people and _plural_people(low):
            return True  # "the bank said"; "some farmers alleged", "local fishermen argue"
    if not word[0].isupper() or low in TIME_WORDS or is_possessive(word):
        return False
    gerund = low.endswith("ing") and low not in PLACES  # "Fighting continued", not "Beijing"
    return not (first and (low in DETERMINERS or gerund))


def subject_before(
    masked: str, lo: int, pos: int, be: bool = False, loose: bool = False, people: bool = True
) -> tuple[Mention | str | None, int]:
    """The source before a cue at pos: a Mention, "elided" (after "and"), or None; and aux start.

    ``people`` takes a plural noun for people the lexicon does not list as the subject ("some
    farmers alleged"); not before a participle ("..., and others supporting the ban").

    ``lo`` is the start of the sentence; the sentence's quotations must be masked. A relative
    pronoun is the mention itself ("Mr Trump, who said"), named after what it refers to.
    """
    toks = tokens(masked, _window(masked, lo, pos), pos)
    contracted = _CONTRACTION_RE.match(toks[-1][2]) if toks else None
    if contracted:  # "he’s sought", "who’s called for": the pronoun, then the auxiliary
        start = toks[-1][0]
        toks[-1] = (start, start + len(contracted.group(1)), contracted.group(1))
        pos = toks[-1][1]
    i, aux = strip_aux(toks, be, masked[pos : pos + 1].islower())
    aux_start = pos if aux is None else aux
    if i < 0:
        return None, aux_start
    word = toks[i][2]
    if word.lower() in _COORD:
        return "elided", aux_start
    if word.lower() == "that" and i >= 1 and toks[i - 1][2][0].isalnum():
        start = np_run(toks, i - 1)  # "cities that support the rules": a relative "that"
        if start is None or not valid_head(toks, start, i - 1):
            return None, aux_start
        return Mention((toks[i][0], toks[i][1]), (toks[start][0], toks[i - 1][1])), aux_start
    if word.lower() in ("who", "which") and i >= 1:
        who = (toks[i][0], toks[i][1])
        i -= 2 if toks[i - 1][2] in (",", "–", "—", "--") else 1
        start = np_run(toks, i) if i >= 0 and toks[i][2] not in (",", "–", "—") else None
        if start is None or not valid_head(toks, start, i, loose):
            return None, aux_start
        return Mention(who, (toks[start][0], toks[i][1])), aux_start
    if word in (",", "–", "—", "--"):
        return _appositive(toks, i, loose), aux_start
    if word in _CLOSE_QUOTE_MARKS and i >= 2 and toks[i - 1][2][0] == "\x01":
        # "Vance, who calls the plan “a farce,” said": the aside's comma closes the quotation
        return _appositive(toks, i, loose, quoted=True), aux_start
    named = _name_ending_in_time_word(toks, i, masked[pos : pos + 1].islower(), loose, people)
    if named is not None:
        span = (toks[named][0], toks[i][1])
        return Mention(span, span), aux_start  # "Local news site Falls Today reported"
    start = np_run(toks, i)
    relative = _relative_subject(toks, start, loose, people) if start is not None else None
    if relative is not None:  # "Experts who reviewed the data confirmed": the experts
        head = (toks[relative[0]][0], toks[relative[1]][1])
        return Mention((head[0], toks[i][1]), head), aux_start
    if start is not None and start < i and toks[start][2] in _MODALS and _base_cue(masked, pos):
        start += 1  # "Will Benson say …?": a question's modal, not a given name
    listed = start is not None and start >= 2 and toks[start - 1][2] in ("and", ",")
    if listed and (toks[start - 1][2] == "and" or any(t[2] == "and" for t in toks[start:i])):
        start = _list_start(
            toks, start
        )  # "Britain, France and Germany said"  # "Taiwan, the US, and other Western powers regard"
    if start is not None and not valid_head(toks, start, i, loose, people):
        while i > start and (_PARTICIPLE_RE.match(toks[i][2]) or toks[i][2].lower() in TIME_WORDS):
            i -= 1  # "a poll released Friday": the head comes before the participle
    if start is None or not valid_head(toks, start, i, loose, people):
        segment = masked[lo:aux_start]
        share = _SHARE_SUBJECT_RE.search(segment) if _may_end_in_share(segment) else None
        if share is None:
            return None, aux_start
        span = (lo + share.start(1), lo + share.end(1))
        return Mention(span, span), aux_start  # "..., and one in four said"
    named = _named_of_place(toks, start, i)
    if named is not None:
        # "Ann Lee of Lund, Ostra says": Ann Lee, from a town in a region; not the region
        head = (toks[named[0]][0], toks[named[1]][1])
        return Mention((head[0], toks[i][1]), head), aux_start
    span = (toks[start][0], toks[i][1])
    return Mention(span, span), aux_start


_RELATIVE_VERB = re.compile(r"[a-z]+(?:ed|ied)|spoke|saw|met|fled|took|ran|led|read|heard|left")


def _relative_subject(
    toks: list[Token], start: int, loose: bool, people: bool
) -> tuple[int, int] | None:
    """The first and last index of a plural noun of people before "who" and a verb with its
    object, whose object toks[start:] is ("Independent experts who reviewed the data
    confirmed", "Residents who fled the town said": the experts, the residents; never "the
    data" or "the town"); else None. Only a subject that opens its sentence, so that "a
    report by doctors who treated the wounded said" keeps its own reading."""
    j = start - 1
    while j >= 0 and toks[j][2].lower() in DETERMINERS:
        j -= 1
    if j >= 0 and toks[j][2].lower() in ("to", "with", "at", "from", "in", "on"):
        j -= 1  # "who spoke to reporters", "who worked at the plant"
    if j < 2 or not _RELATIVE_VERB.fullmatch(toks[j][2]) or toks[j - 1][2].lower() != "who":
        return None
    end = j - 2
    first = np_run(toks, end)
    if first is None or first != 0 and toks[first - 1][2] not in ("—", "–"):
        return None
    word = toks[end][2]
    if not word[1:].islower() or not word.endswith("s"):
        return None
    if (word[:1].isupper() and end != first) or not valid_head(toks, first, end, loose, people):
        return None
    return first, end


# Words of time or clause that end a name written with capitals ("Falls Today", "Harbour Now")
_NAME_END_WORDS = frozenset({"Today", "Tonight", "Now"})


def _name_ending_in_time_word(
    toks: list[Token], i: int, lower_cue: bool, loose: bool, people: bool
) -> int | None:
    """The first index of a name whose last word, written with a capital after another
    capitalised word before a cue in lower case, is a word of time ("Falls Today reported",
    "Harbour Now said"): part of the name, not "today" or "now"; else None."""
    if not lower_cue or i < 1 or toks[i][2] not in _NAME_END_WORDS:
        return None
    before = toks[i - 1][2]
    if not before[:1].isupper() or not before.isalpha() or before.lower() in PRONOUNS:
        return None
    start = np_run(toks, i - 1)
    if start is None or not valid_head(toks, start, i - 1, loose, people):
        return None
    return start


def _named_of_place(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first and last index of a person's name that opens the sentence before "of"/"from" a
    town and a comma, when toks[start:end+1] is the region after that comma ("Ann Lee of Lund,
    Ostra says"): two or three capitalised words, then "of" or "from", one or two capitalised
    words, the comma; else None."""
    if start < 5 or toks[start - 1][2] != "," or end - start > 2:
        return None
    if not all(t[2][:1].isupper() and t[2].isalpha() for t in toks[start : end + 1]):
        return None
    k = start - 2  # the town's last word
    town = k
    while town > k - 2 and town > 0 and toks[town - 1][2][:1].isupper():
        town -= 1
    prep = town - 1
    if prep < 2 or toks[prep][2] not in ("of", "from") or not toks[k][2][:1].isupper():
        return None
    first = prep - 1
    while first > 0 and first > prep - 3 and toks[first - 1][2][:1].isupper():
        first -= 1
    words = [t[2] for t in toks[first:prep]]
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    if first > 0 or words[0].lower() in DETERMINERS or words[0].endswith("ing"):
        return None
    return first, prep - 1


# A share of those polled as the subject, after a clause boundary: "..., and three-quarters said",
# "One in four say", "while more than 4 in 10 said"
_SHARE_SUBJECT_RE = re.compile(
    r"(?:^\s*|[,;]\s+(?:and\s+|but\s+)?|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas)\s+)[“\"]?"
    r"((?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than\s+|[Aa]t\s+least\s+|[Nn]early\s+|[Aa]bout\s+"
    r"|[Aa]lmost\s+|[Rr]oughly\s+|[Oo]nly\s+|[Jj]ust\s+)?"
    r"(?:\d[\d,.]*(?:\s*%|\s+percent)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Hh]alf|[Aa]\s+third|[Aa]\s+quarter|[Aa]\s+majority"
    r"|(?:[Tt]wo|[Oo]ne)-thirds?|(?:[Tt]hree|[Oo]ne)-(?:quarters?|fourths?))"
    r"(?:\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three))?)\s*$"
)

# the last words a share may end in (lower-cased): "percent", "four", "two-thirds", ...
_SHARE_ENDS = (
    "%",
    "percent",
    *"one two three four five six seven eight nine ten half majority".split(),
    *"third thirds quarter quarters fourth fourths".split(),
)


def _may_end_in_share(segment: str) -> bool:
    """Whether ``_SHARE_SUBJECT_RE`` may match a segment: it ends in a number, a percentage or a
    fraction (a cheap test before the scan)."""
    tail = segment.rstrip()
    return tail.rstrip(",.")[-1:].isdigit() or tail[-12:].lower().endswith(_SHARE_ENDS)


def _list_start(toks: list[Token], start: int) -> int:
    """0 if a list of names opens the sentence ("Taiwan, the US, and ..."), else start."""
    words = [t[2] for t in toks[:start]]
    if words and words[-1] == "and":
        words.pop()
    if words and words[-1] == ",":
        words.pop()
    segments: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            segments.append([])
        else:
            segments[-1].append(word)
    ok = all(
        0 < len(seg) <= 4
        and any(w[0].isupper() for w in seg)
        and all(w[0].isupper() or w.lower() in _DETERMINERS_AND for w in seg)
        and not any(w.lower() in _CLAUSE_TIME_PREPS for w in seg)
        for seg in segments
    )
    return 0 if words and ok else start


def _appositive(
    toks: list[Token], i: int, loose: bool = False, quoted: bool = False
) -> Mention | None:
    """A subject closed by an apposition: "X, an adviser to Y, said", "X – A and B – have".

    Several asides may follow the name: "Schiff, 56, who has served ..., told". ``quoted``: the
    aside ends in a quotation holding its closing comma (toks[i] closes it); only a relative
    clause or a participle's phrase is an aside then ("X, citing “...,” said").
    """
    marks = {",", "–", "—", "--"} if quoted else {","} if toks[i][2] == "," else {"–", "—", "--"}
    k = i
    for _ in range(3):
        k = next((m for m in range(k - 1, -1, -1) if toks[m][2] in marks), -1)
        if k <= 0 or k == i - 1 or _bad_aside(toks[k + 1 : i], quoted):
            return None
        start = np_run(toks, k - 1)
        if (
            start is not None
            and valid_head(toks, start, k - 1, loose)
            and not toks[start][2][0].isdigit()
        ):
            head = (toks[start][0], toks[k - 1][1])
            alt = (toks[k + 1][0], toks[i - 1][1])
            first = start
            if start >= 2 and toks[start - 1][2] == "," and _bare_role(toks, start - 1):
                first = 0
            named = _named_before(toks, start)
            if named is not None:
                # "Ann Lee, the editor of the club's paper, The Ball, said": Ann Lee, whose
                # two asides describe her; the paper is not the speaker
                head, alt = (toks[named][0], toks[start - 2][1]), (toks[start][0], toks[i - 1][1])
                first = named
            last = i if quoted else i - 1  # the quotation's closing mark is the aside's
            return Mention((toks[first][0], toks[last][1]), head, (alt[0], toks[last][1]))
    return None


def _named_before(toks: list[Token], start: int) -> int | None:
    """Where a person's name starts that opens the sentence right before a description and its
    comma ("Ann Lee, the editor of …": the index of "Ann"), else None: two or three capitalised
    words, nothing before them but the sentence's start or an opening conjunction."""
    if start < 3 or toks[start - 1][2] != "," or toks[start][2] not in ("the", "a", "an"):
        return None
    end = start - 2
    named = np_run(toks, end)
    if named is None or not 1 <= end - named <= 2:
        return None
    words = [t[2] for t in toks[named : end + 1]]
    if not all(w[0].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words):
        return None
    if words[0].lower() in DETERMINERS or any(w.lower() in SOURCE_KINDS for w in words):
        return None
    if named > 0 and toks[named - 1][2].lower() not in ("and", "but"):
        return None
    return named


def _bad_aside(inner: list[Token], quoted: bool = False) -> bool:
    """Whether the words between commas cannot be an aside about the subject.

    A relative clause or a participle's phrase may hold a cue and a quotation ("X, who called
    it “a disgrace,” said", "X, writing for the majority, said"); another aside may hold neither.
    """
    opener = inner[0][2].lower()
    relative = any(t[2].lower() in ("who", "which", "whose") for t in inner)
    clause = relative or (_ASIDE_PARTICIPLE_RE.match(opener) is not None and opener in CUE_WORDS)
    if quoted and not clause:
        return True
    return opener in _NOT_APPOSITION or (
        not clause and any(t[2][0] in _QUOTES or t[2].lower() in CUE_WORDS for t in inner)
    )


_ASIDE_PARTICIPLE_RE = re.compile(r"[a-z]{3,}ing")
_CLOSE_QUOTE_MARKS = frozenset("”\"’'")


def _bare_role(toks: list[Token], comma: int) -> bool:
    """Whether toks[:comma] is a bare role opening the sentence ("Defence expert, ...")."""
    if comma > 4:
        return False
    start = np_run(toks, comma - 1)
    last = toks[comma - 1][2].lower()
    return start == 0 and (last in TITLES or SOURCE_KINDS.get(last) == "expert")


def leading_subject(masked: str, lo: int, pos: int) -> Mention | None:
    """The subject opening a sentence, read rightwards up to its verb ("A reporter for X")."""
    toks = _after_dateline(tokens(masked, lo, min(pos, lo + 200)))
    while toks and (_opener(toks[0][2]) or len(toks) > 1 and toks[1][2] == "by"):
        if toks[0][2].lower() in _BARE_OPENERS and len(toks) > 1 and toks[1][2] != ",":
            toks = toks[1:]  # "Then she shattered ...", "But the mayor ...": one word, no comma
            continue
        comma = next((k for k, t in enumerate(toks[:12]) if t[2] == ","), None)
        if comma is None:
            return None  # "At the convention his operatives ...": no subject opens the sentence
        toks = toks[comma + 1 :]  # "Recently, however, it issued ...", "Chastened by ..., Trump"
    end = -1
    for j, (_, _, word) in enumerate(toks[:12]):
        low = word.lower()
        if word == "&" and _joins_names(toks, j):
            continue  # "Marsh & Tolley": one name
        if not word[0].isalnum() or low in _CLAUSE_NOT_AT_BY or low in CUE_WORDS:
            break
        if j > 0 and word.islower() and low not in SOURCE_KINDS and low not in INNER_PREPS:
            if low.endswith(("ed", "s")) and not INNER_PREPS & {toks[j - 1][2].lower()}:
                break  # a verb: "spotted", "says"
        end = j
    while end >= 0 and not valid_head(toks, 0, end):
        end -= 1
    if end < 0 or toks[0][2].lower() in FIRST_PERSON:
        return None
    span = (toks[0][0], toks[end][1])
    return Mention(span, span)


def _after_dateline(toks: list[Token]) -> list[Token]:
    """The tokens after a dateline ("WASHINGTON (AP) —", "Washington (AFP) –"), if any."""
    dash = next((k for k, t in enumerate(toks[:8]) if t[2] in ("—", "–", "--")), None)
    if dash is None or dash == 0:
        return toks
    words = [t[2] for t in toks[:dash] if t[2][0].isalpha()]
    place = toks[dash - 1][2] == ")" or all(w.isupper() for w in words)
    return toks[dash + 1 :] if place and words else toks


def _opener(word: str) -> bool:
    """Whether a sentence's first word opens an adverbial, not its subject ("In", "Recently")."""
    low = word.lower()
    return (
        low in CLAUSE_WORDS
        or low in INNER_PREPS
        or low in _CONNECTIVES
        or (
            low.endswith(("ly", "ed", "ing"))
            and len(low) > 4
            and low not in SOURCE_KINDS
            and low not in PLACES
        )
    )


def np_after(masked: str, pos: int, hi: int, strict: bool = True) -> tuple[int, int] | None:
    """The span of a source that follows its cue ("said Mr Peskov", "according to Reuters").

    ``strict`` asks for a source noun or a name as its head (not needed after "according to").
    """
    toks = tokens(masked, pos, min(hi, pos + 200))
    end = -1
    for j, (_, _, word) in enumerate(toks):
        low = word.lower()
        if word == "&" and j > 0 and _joins_names(toks, j):
            continue  # "said Marsh & Tolley": one name
        if given_word(toks, j):
            end = j  # "said Will Benson", "said May Ochoa"
            continue
        if word in ("(", ")") or (word[0].isalnum() and low not in _CLAUSE_NOT_AT_BY):
            if low in CUE_WORDS or low in FIRST_PERSON or (low == "and" and j == 0):
                break
            if j > 0 and word.islower() and low.endswith("ed") and low not in SOURCE_KINDS:
                break  # "an estimate released last week"
            end = j
            continue
        break
    while end >= 0 and toks[end][2].lower() in _TRAILING:
        end -= 1
    if end < 0 or toks[0][2].lower() in FIRST_PERSON:
        return None
    if strict and not valid_head(toks, 0, end):
        return None
    return toks[0][0], toks[end][1]


_NOT_NOUNS = DETERMINERS | CLAUSE_WORDS | TIME_WORDS | CUE_WORDS | INNER_PREPS


# Endings of plural nouns for people ("farmers", "investors", "physicians", "migrants",
# "fishermen", "retirees"); "-sists" is a verb's ("insists", "persists")
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "men", "ees")
# things, not people, of those endings
_NOT_PEOPLE = frozenset(
    "letters numbers papers matters quarters headquarters waters computers helicopters centers"
    " orders borders factors sectors errors doors floors colors colours corridors layers"
    " chapters meters dollars restaurants plants grants fees trees degrees".split()
)


def _plural_people(low: str) -> bool:
    """Whether a lower-case word looks like a plural noun for people that the lexicon does not
    list ("farmers", "investors"): such a noun may head a source before any cue."""
    return (
        len(low) > 4
        and low.endswith(_PEOPLE_ENDINGS)
        and not low.endswith("sists")
        and low not in _NOT_PEOPLE
    )


def _common_noun(low: str) -> bool:
    """Whether a lower-case word may be a noun: no function word, -ing, -ly or -ed form."""
    return len(low) > 2 and low not in _NOT_NOUNS and not low.endswith(("ing", "ly", "ed"))
