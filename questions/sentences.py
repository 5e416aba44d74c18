"""Sentences and quotations of story paragraphs, with offsets into the analysed text.

A paragraph is one line of story text; sentences never cross lines. A full stop, question mark,
exclamation mark or ellipsis (with any closing quotes or brackets after it) ends a sentence when
whitespace and then a capital, a digit or an opening quote follow, except:

* after an abbreviation of ``lexicons/abbreviations.txt`` (Mr, Dr, Gen., Jan.) or an initial;
* after an ambiguous abbreviation (``abbreviations_final.txt``, dotted forms such as U.S.) unless
  the next word usually opens a sentence (``sentence_starters.txt``);
* inside a quotation that closes later in the paragraph with a comma (``… for everyone,” Mr Peskov
  said.``) or with ``?``/``!`` and a lower-case word (``?” he asked``): the sentence runs on to the
  attribution after the quotation;
* at the end of a quotation followed by a short attribution clause (at most
  ``ATTRIBUTION_MAX_WORDS`` words, opening or ending with a verb of ``speech_verbs.txt``):
  ``“Why?” Mr Peskov asked.``, ``“No.” said the minister.``

Quotations are found per paragraph from curly (“ ”) and straight (") double quotes, and from
single quotes (‘ ’) outside them. A paragraph that opens a quotation and never closes it is, in news
style, continued by the next paragraph that opens with a quotation mark, so every paragraph can be
read on its own. ``Sentence.in_quote`` is true when the whole sentence lies inside one quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from questions.model import Sentence
from questions.stories import Line
from questions.text import load_lexicon

_CANDIDATE = re.compile(r"(\.\.\.|[.!?…]+)([”\"’'»)\]]*)\s+(?=(\S))")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_ABBREVIATIONS = frozenset(load_lexicon("abbreviations"))
_FINAL_ABBREVIATIONS = frozenset(load_lexicon("abbreviations_final"))
_STARTERS = frozenset(load_lexicon("sentence_starters"))
_SPEECH_VERBS = frozenset(load_lexicon("speech_verbs"))
_STATES = frozenset(load_lexicon("state_abbreviations"))
# the word before a full stop: the last run of non-space characters (any space, no-break too)
_TOKEN_BEFORE = re.compile(r"\S+\Z")
_TOKEN_REACH = 60  # characters read back for it (no abbreviation is longer): linear in the line
_WORD_END = re.compile(r"[A-Za-z][A-Za-z.]*\Z")  # its last word, after a hyphen or a mark
_CLAUSE = re.compile(r"[^.!?“”\"]*[.!?]")
_CLOSING_QUOTES = '”"’»'
_NEXT_CHAR = re.compile(r"\s*(\S)")
ATTRIBUTION_MAX_WORDS = 6
# A "sentence" longer than this is cut into pieces (at a comma or space near the limit): no news
# sentence is this long (the longest of PolNeAR's 30,000 train sentences is about 1,100
# characters), and every later stage then costs at most a bounded amount per piece, so an
# endless line ("Tom said Ann said ...") is analysed in linear time.
MAX_SENTENCE_CHARS = 1200
_OPENERS = "“\"‘'«(["
_WORD_CHAR = re.compile(r"\w")
_DOUBLE_MARK = re.compile('[“”«»"]')
_SINGLE_MARK = re.compile("[‘’]")
_LEADING_PUNCT = "“\"‘'«(["
# A wire dateline opening a paragraph ("WASHINGTON (AP) — ") stays out of its first sentence.
_DATELINE = re.compile("|".join(f"(?:{p})" for p in load_lexicon("split_datelines")))

Interval = tuple[int, int]  # [open mark, close mark] offsets within the paragraph; end inclusive


def quote_intervals(para: str) -> list[Interval]:
    """Quotations in a paragraph as (open, close) offsets; an unclosed one ends at len(para)."""
    intervals = _double_quotes(para)
    if "‘" in para:
        intervals.extend(_single_quotes(para, intervals))
    intervals.sort()
    return intervals


def _double_quotes(para: str) -> list[Interval]:
    """Curly and straight double quotations, by the marks' direction or by alternation."""
    out: list[Interval] = []
    start = -1
    for m in _DOUBLE_MARK.finditer(para):
        ch, i = m.group(), m.start()
        if start < 0:
            if ch in '“«"':
                start = i
        elif ch in '”»"':
            out.append((start, i))
            start = -1
    if start >= 0:
        out.append((start, len(para)))
    return out


def _single_quotes(para: str, doubles: list[Interval]) -> list[Interval]:
    """Single-quoted passages (‘…’) that are not nested in a double quotation."""
    out: list[Interval] = []
    start = -1
    for m in _SINGLE_MARK.finditer(para):
        i = m.start()
        if m.group() == "‘":
            if start < 0 and (i == 0 or not para[i - 1].isalnum()):
                start = i
        elif start >= 0:
            after = para[i + 1 : i + 2]
            if not after or not _WORD_CHAR.match(after):
                out.append((start, i))
                start = -1
    opens = [o for o, _ in doubles]
    return [iv for iv in out if _containing(doubles, opens, iv[0]) is None]


def _containing(quotes: list[Interval], opens: list[int], pos: int) -> Interval | None:
    """The quotation (of sorted, non-overlapping ones) with open <= pos <= close, if any."""
    i = bisect_right(opens, pos) - 1
    if i >= 0 and pos <= quotes[i][1]:
        return quotes[i]
    return None


def paragraph_sentences(text: str, line: Line) -> list[Sentence]:
    """The sentences of one story paragraph (a line), with spans into ``text``."""
    para = line.text
    if not para:
        return []
    quotes = quote_intervals(para)
    opens = [o for o, _ in quotes]
    cuts = [m.end(2) for m in _CANDIDATE.finditer(para) if _is_boundary(para, m, quotes, opens)]
    sentences = []
    dateline = _DATELINE.match(para)
    begin = dateline.end() if dateline else 0  # "WASHINGTON (AP) —" is no sentence's content
    for end in [*cuts, len(para)]:
        while begin < end and para[begin].isspace():
            begin += 1
        for a, b in _pieces(para, begin, end):
            sentences.append(_sentence(text, line, a, b, quotes, opens))
        begin = end
    return sentences


def _pieces(para: str, begin: int, end: int) -> list[tuple[int, int]]:
    """para[begin:end] as one piece, or cut near ``MAX_SENTENCE_CHARS`` if it is longer."""
    out = []
    while end - begin > MAX_SENTENCE_CHARS:
        limit = begin + MAX_SENTENCE_CHARS
        window = para[limit - MAX_SENTENCE_CHARS // 4 : limit]
        at = max(window.rfind(", "), window.rfind("; "))
        at = at + 1 if at >= 0 else window.rfind(" ")  # a comma-like break, else a space
        cut = limit - len(window) + at + 1 if at > 0 else limit
        out.append((begin, cut))
        begin = cut
        while begin < end and para[begin].isspace():
            begin += 1
    if begin < end:
        out.append((begin, end))
    return out


def _sentence(
    text: str, line: Line, begin: int, end: int, quotes: list[Interval], opens: list[int]
) -> Sentence:
    """A Sentence for para[begin:end], deciding whether it lies inside one quotation."""
    stripped_end = end
    while stripped_end > begin and text[line.start + stripped_end - 1].isspace():
        stripped_end -= 1
    quote = _containing(quotes, opens, begin)
    inside = quote is not None and stripped_end - 1 <= quote[1]
    span = (line.start + begin, line.start + stripped_end)
    return Sentence(line=line.number, span=span, text=text[span[0] : span[1]], in_quote=inside)


def _is_boundary(para: str, m: re.Match[str], quotes: list[Interval], opens: list[int]) -> bool:
    """Whether a candidate end of sentence really ends one."""
    following = m.group(3)
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if m.group(1) == "." and not _full_stop_ends(para, m):
        return False
    if any(c in _CLOSING_QUOTES for c in m.group(2)) and _attribution_follows(para, m.end()):
        return False
    return not _runs_on_to_attribution(para, m.start(), _containing(quotes, opens, m.start()))


def _attribution_follows(para: str, pos: int) -> bool:
    """Whether a short clause with a verb of speaking follows pos ("Mr Peskov asked.")."""
    clause = _CLAUSE.match(para, pos)
    if not clause:
        return False
    words = [w.lower().strip(",") for w in clause.group().rstrip(".!?").split()]
    if not words or len(words) > ATTRIBUTION_MAX_WORDS:
        return False
    return words[0] in _SPEECH_VERBS or words[-1] in _SPEECH_VERBS


def _full_stop_ends(para: str, m: re.Match[str]) -> bool:
    """Whether a full stop after the preceding token can end a sentence."""
    if m.group(2):
        return True  # a closing quote or bracket after the stop: not an abbreviation
    before = _TOKEN_BEFORE.search(para, max(0, m.start() - _TOKEN_REACH), m.start())
    word = before.group() if before else ""
    token = word.lstrip(_LEADING_PUNCT)
    core = _WORD_END.search(token)
    if core and core.group() in _ABBREVIATIONS:
        return False  # "then-Sen. Ann Reed", "ex-Gov. Tom Hale", "—Mr. Hale"
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
        return False
    if token in _FINAL_ABBREVIATIONS or _DOTTED.match(token):
        return _next_word(para, m.end()) in _STARTERS
    start = m.start() - len(word)
    if token in _STATES and not para[max(0, start - 8) : start].rstrip().endswith(","):
        # a state written as a modifier, not after its town and a comma ("former Fla. Gov.
        # Tom Hale", "the Ariz. senator"): it ends a sentence only before a usual opener
        return _next_word(para, m.end()) in _STARTERS
    return True


def _next_word(para: str, pos: int) -> str:
    """The word starting at pos, without opening punctuation."""
    end = para.find(" ", pos)
    return para[pos : end if end >= 0 else len(para)].lstrip(_LEADING_PUNCT).rstrip(",;:")


def _runs_on_to_attribution(para: str, pos: int, quote: Interval | None) -> bool:
    """Whether pos lies inside a quotation that closes into the rest of its sentence."""
    if quote is None:
        return False
    open_, close = quote
    if not open_ < pos < close < len(para):
        return False
    before = para[close - 1]
    if before == ",":
        return True
    if before in "?!":
        rest = _NEXT_CHAR.match(para, close + 1)
        return bool(rest) and rest.group(1).islower()
    return False
