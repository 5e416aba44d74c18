"""The word lists of the attribution stage, loaded once, and the regexes built from them.

Every list lives in ``questions/lexicons/`` (one entry a line, ``#`` comments): cues and their
stances (``cues.tsv``), source nouns and their kinds, titles, channels, places, and the small
closed classes (clause words, auxiliaries, time words) that bound a source when reading leftwards
from its cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from questions.text import load_lexicon

_LEXICON_DIR = Path(__file__).with_name("lexicons")


@dataclass(frozen=True)
class CueWord:
    """One entry of ``cues.tsv``: the cue as listed, its stance and flags."""

    text: str
    stance: str
    flags: frozenset[str]


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of ``lexicons/<name>``, comments and blank lines skipped."""
    rows = []
    for line in (_LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def _pairs(name: str) -> dict[str, str]:
    """A ``word<TAB>value`` lexicon as a dict keyed by the lower-cased word."""
    return {row[0].lower(): row[1] for row in load_table(name)}


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, with any whitespace between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


CUES: dict[str, CueWord] = {
    row[0]: CueWord(row[0], row[1], frozenset(f for f in row[2].split(",") if f != "-"))
    for row in load_table("cues.tsv")
}
CUE_WORDS = frozenset(w for cue in CUES for w in cue.split() if len(cue.split()) == 1)
SOURCE_KINDS = _pairs("source_kinds.txt")
CONTENT_STANCES = load_table("content_stances.tsv")
TITLES = frozenset(load_lexicon("titles"))
PLACES = frozenset(load_lexicon("places"))
CLAUSE_WORDS = frozenset(load_lexicon("clause_words"))
AUX_WORDS = frozenset(load_lexicon("aux_words"))
NOT_ADVERBS = frozenset(load_lexicon("not_adverbs"))
TIME_WORDS = frozenset(load_lexicon("time_words"))
# the days and months, lower-cased: a date, never a name's word or a speaker
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
DETERMINERS = frozenset(load_lexicon("determiners"))
EVIDENCE_NOUNS = frozenset(load_lexicon("evidence_nouns"))
RECORD_NOUNS = frozenset(load_lexicon("record_nouns"))
CHANNELS = load_lexicon("channels")
HEDGES = load_lexicon("hedges")

_B = r"(?<![\w’'-])"  # no word character (or apostrophe, hyphen) just before
_E = r"(?![\w’'-])"  # ... or just after


_RUN = re.compile(r"(?<![\w’'-])[\w’'-]+")  # a word with its apostrophes and hyphens


_RUN_MARKS = "_’'-"  # with the letters and digits (``str.isalnum``, as ``\w``): a run's characters
_WORDS: dict[tuple[str, bool], list[str]] = {}
# characters of the segments kept (a story's sentences and contents; with their word lists about
# ten bytes a character), then all forgotten at once
_WORDS_BUDGET = 500_000
_WORDS_LONGEST = 2000  # a longer segment is split again when asked for
_WORDS_KEPT = [0]  # characters kept now
# the strings last asked about (a paragraph's masked text, its plain text, a content), each with
# the words of its segments asked for so far by (start, end): a paragraph's sentences are each
# read by several matchers. The newest first, ``_TEXTS_KEPT`` at most (the tuple is replaced
# whole); a string's segments are forgotten past ``_WORDS_BUDGET`` characters (overlapping
# segments of one long text are not all kept).
_TEXTS_KEPT = 4
_TextWords = tuple[str, dict[tuple[int, int], list[str]], list[int]]
_TEXT_WORDS: list[tuple[_TextWords, ...]] = [()]


def _words(text: str, start: int, end: int) -> list[str]:
    """The words (``_RUN`` runs) of text[start:end], kept by segment for the next matcher.

    Several matchers read the same sentence (cues, the learned model's candidates, cue nouns,
    then hedges in the unmasked text, the same words where a sentence holds no quotation): it is
    split into words once. The runs depend only on the segment and on whether a run's character
    comes just before it (the look-behind sees it), which together are the key.
    """
    kept = _TEXT_WORDS[0]  # one read: thread-safe
    for held, by_span, held_chars in kept:
        if held is text:
            words = by_span.get((start, end))
            if words is not None:
                return words  # a matcher before read this very segment of this very string
            if held_chars[0] <= _WORDS_BUDGET:
                break
    else:
        by_span, held_chars = {}, [0]
        _TEXT_WORDS[0] = ((text, by_span, held_chars), *kept[: _TEXTS_KEPT - 1])
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_MARKS)
    if end - start > _WORDS_LONGEST:
        words = _runs(text, start, end, before)
    else:
        segment = text[start:end]
        key = (segment, before)
        words = _WORDS.get(key)
        if words is None:
            if _WORDS_KEPT[0] > _WORDS_BUDGET:
                _WORDS.clear()
                _WORDS_KEPT[0] = 0
            words = _WORDS[key] = _runs(text, start, end, before, segment)
            _WORDS_KEPT[0] += end - start
    by_span[(start, end)] = words
    held_chars[0] += end - start
    return words


_ANY_RUN = re.compile(r"[\w’'-]+")  # ``_RUN`` without its look-behind: faster to scan
# every ASCII character that is no run character (``\w`` in ASCII is letters, digits and "_"),
# as a space: the runs of an ASCII segment are then its words split at spaces
_ASCII_NOT_RUN = str.maketrans(
    {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) in _RUN_MARKS)}
)


def _runs(text: str, start: int, end: int, before: bool, segment: str | None = None) -> list[str]:
    """``_RUN.findall(text, start, end)``: ``before`` says a run character precedes ``start``.

    Without the look-behind only a first run at ``start`` itself can differ (it is the tail of
    a word the segment cuts), and it is dropped; each later run follows a non-run character.
    An ASCII segment (``segment`` is text[start:end] when already cut) is split in C, about a
    third faster than the regex, which reads the others.
    """
    if segment is None:
        segment = text[start:end]
    if segment.isascii():
        words = segment.translate(_ASCII_NOT_RUN).split()
    else:
        words = _ANY_RUN.findall(text, start, end)
    if before and start < end and (text[start].isalnum() or text[start] in _RUN_MARKS):
        del words[0]
    return words


def _run_start(text: str, word: str, pos: int, end: int) -> int:
    """Where the first run of text[pos:end] that is exactly ``word`` starts (it must exist)."""
    n = len(word)
    at = text.find(word, pos, end)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + n] if at + n < end else " "
        if not (before.isalnum() or before in _RUN_MARKS or after.isalnum() or after in _RUN_MARKS):
            return at
        at = text.find(word, at + 1, end)
    raise ValueError(f"no run {word!r} in the text from {pos}")


class PhraseMatcher:
    """Finds listed phrases as whole words, case-insensitively (though never in all capitals).

    Each word of the text is looked up among the phrases' first words (as listed or capitalised);
    only there is the phrase list of that first word tried, longest first. A dictionary look-up
    a word is far faster than a regex alternation of every phrase, which Python's engine tries
    at every position.
    """

    def __init__(self, phrases: list[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase.split()[0].lower(), []).append(phrase)
        self._at = {
            first: re.compile("(?:" + _alternation(group) + ")" + _E, re.IGNORECASE)
            for first, group in by_first.items()
        }
        # first words that are whole phrases and open no longer one: the word itself is the match
        self._alone = frozenset(
            first for first, group in by_first.items() if all(p.lower() == first for p in group)
        )
        self._firsts = {
            variant: first for first in by_first for variant in (first, first.capitalize())
        }

    def any_first(self, text: str, start: int, end: int) -> bool:
        """Whether some phrase's first word is a word of text[start:end] (a cheap test)."""
        return not self._firsts.keys().isdisjoint(_words(text, start, end))

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The phrases in text[start:end], longest first at each word, never overlapping."""
        firsts = self._firsts
        words = _words(text, start, end)
        if firsts.keys().isdisjoint(words):
            return  # no first word at all: one C-level pass, no Python work a word
        alone, at = self._alone, self._at
        pos = after = start
        # the first words in order (filtered in C); each is found in the text from the end of
        # the one before, since no other run between them is that word
        for found in filter(firsts.__contains__, words):
            word_start = _run_start(text, found, after, end)
            after = word_start + len(found)
            if word_start < pos:
                continue
            low = firsts[found]
            if low in alone:
                pos = after
                yield _RUN.match(text, word_start, end)  # type: ignore[misc]
                continue
            m = at[low].match(text, word_start, end)
            if m:
                pos = m.end()
                yield m


_CUE_MATCHER = PhraseMatcher(list(CUES))


def iter_cues(text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], CueWord]]:
    """The cues in text[start:end], longest first at each word, never overlapping."""
    for m in _CUE_MATCHER.finditer(text, start, end):
        if m.group() == "Hope" and _first_name(text, start, end, m.start(), m.end()):
            continue  # "spokeswoman Hope Ellis said": a name, no hope
        low = m.group().lower()
        cue = CUES.get(low)  # a listed cue is single-spaced: others are looked up normalised
        yield m, cue if cue is not None else CUES[" ".join(low.split())]


# a capitalised word, then a lower-case one: "Hope Ellis said", not "Voters Hope To Keep"
_SURNAME_AFTER_RE = re.compile(r"\s+[A-Z][\w’'-]*\s+[a-z(]")


def _first_name(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the capitalised cue word at text[s:e] is a first name inside a sentence, before
    a surname and a lower-case word."""
    return s > start and text[s - 1] == " " and bool(_SURNAME_AFTER_RE.match(text, e, end))


QUOTED_AS_RE = re.compile(
    _B
    + r"quoted\s+(him|her|them|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+as\s+(?:saying|telling)"
    + _E
)
_NAME = r"[A-Z](?:[\w’'&-]|\.(?=\w))*"
_ADDRESSEE = (
    r"((?:"
    + _alternation(list(load_lexicon("addressees")))
    + r")"
    + _E
    + r"|(?:the\s+)?"
    + _NAME
    + r"(?:\s+"
    + _NAME
    + r"){0,3}"
    + r"(?=\s+(?:that|on|in|at|during|after|about|last|this)\b|\s*[,.;:“\"]|\s*$))"
)
ADDRESSEE_RE = re.compile(r"\s+" + _ADDRESSEE)
TO_ADDRESSEE_RE = re.compile(r"\s+to\s+" + _ADDRESSEE)
CHANNEL_RE = re.compile(
    r"\s+(?:on|in|via|through|during)\s+((?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:" + _alternation(list(CHANNELS)) + r")"
    r"(?:\s+(?:channel|account|page|feed|posts?|blog|show|programme|program|podcast"
    r"|website|site|app|group|chat))?)" + _E  # "on his Telegram channel": the channel whole
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME_AFTER_RE = re.compile(
    r"\s+(?:(?:on\s+)?" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)"
    r"|in\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)?(?:1[89]|20)\d\d"
    r"|earlier|later|yesterday|today|previously|again|also|repeatedly|publicly|privately)" + _E
)
# a capital first, then the look-behind (as "(?<![\w’'-])[A-Z]"): the engine skips to capitals
_NAME_RUN_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?)*")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\.?\s+$")


def title_names(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, str, str]]:
    """Names written after a title ("spokesman Dmitry Peskov"): (title start, title, name)."""
    end = len(text) if end is None else end
    for m in _NAME_RUN_RE.finditer(text, start, end):
        words = m.group().split()
        if len(words) > 1:
            titled = [k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES]
            if titled:
                k = titled[-1]
                at = m.start() + m.group().index(words[k]) if k else m.start()
                yield at, words[k].rstrip("."), " ".join(words[k + 1 :][:3])
                continue
        name_start = m.start()
        if name_start <= start or not text[name_start - 1].isspace():
            continue  # no title word just before (it must end on a space)
        window = max(start, name_start - 20)
        word, at = _word_before(text[window:name_start])
        if word and word.lower() in TITLES:
            yield window + at, word, " ".join(words[:3])


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _word_before(before: str) -> tuple[str, int]:
    """The letters ending ``before`` ahead of an optional full stop and spaces, and where they
    start: what ``_WORD_BEFORE_RE.search`` finds ("Gov. " -> "Gov"), or "" if nothing."""
    rest = before.rstrip()
    if len(rest) == len(before):
        return "", 0  # no space at the end
    if rest.endswith("."):
        rest = rest[:-1]
    at = len(rest)
    while at > 0 and rest[at - 1] in _ASCII_LETTERS:
        at -= 1
    return (rest[at:], at) if at < len(rest) else ("", 0)


THE_ROLE_RE = re.compile(  # "[Tt](?<!\w[Tt])he" is "\b[Tt]he", letting the engine skip to a T
    r"[Tt](?<!\w[Tt])he\s+(?:[A-Z][\w’'-]*\s+)?("
    + _alternation(sorted(TITLES - {"mr", "mrs", "ms"}))
    + r")"
    + _E
    + r"(?!\s+[A-Z])"
)
HEDGE_MATCHER = PhraseMatcher(list(HEDGES))
CONTENT_STANCE_MATCHER = PhraseMatcher([row[0] for row in CONTENT_STANCES])
CONTENT_STANCE = {row[0].lower(): row[1] for row in CONTENT_STANCES}
# "X was “a deliberate provocation”": a short quoted label is a characterization.
LABEL_RE = re.compile(
    r"^[\w’'\s-]{1,60}\s(?:is|was|are|were)\s(?:(?:a|an|the|just|simply)\s)?[“\"][^”\"]{1,50}[”\"]"
    r"[\s.,]*$"
)
DISCOURSE_SAID_RE = re.compile(r"(?:[Tt]hat|[Hh]aving)\s+said(?:\s+that)?\s*,")
LEAD_CHANNEL_RE = re.compile(
    r"\s*(?:In|On|Via|Through)\s+((?:a|an|the|his|her|its|their)\s+(?:[a-z][\w-]*\s+)?(?:"
    + _alternation(list(CHANNELS))
    + r"))"
    + _E
)
# "said on Fox News that", "told CNN's State of the Union": a named outlet or programme.
NAMED_CHANNEL_RE = re.compile(
    r"\s+on\s+((?!"
    + _WEEKDAY
    + r"\b)"
    + _NAME
    + r"(?:\s+(?:of\s+the\s+)?"
    + _NAME
    + r"){0,4})"
    + r"(?=\s+that\b|\s*[,:.])"
)
