"""A learned cue detector: an averaged perceptron over word features, for cues the rules miss.

The rules (``lexicons/cues.tsv`` and ``questions.locate``) read the cues of news language they were
written for with high precision; attribution in unseen news is a long tail of verbs, nouns and
attitudes ("lamented", "took issue with", "is convinced"). ``CueModel`` scores each word of a
sentence's masked text (quotations blanked) whose form was ever part of an annotated cue; a
word scoring above ``THRESHOLD`` is a cue. Its features are the word, its neighbours and their
shapes (``features``); the weights (``models/cues.tsv``: feature, weight — no text of any
article) were trained on PolNeAR's train compartment by ``bench/train_cues.py``.

What the model finds is kept apart from the rules' claims (``StoryAnalysis.others``): a cue no
rule vouches for is an attribution, not a claim to build a question on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from questions.cues import CUES, TIME_WORDS, WEEKDAYS, CueWord, PhraseMatcher
from questions.found import Found
from questions.locate import locate
from questions.text import load_lexicon

MODEL_PATH = Path(__file__).with_name("models") / "cues.tsv"
THRESHOLD = 0.0
# In a sentence where nothing else is a cue, the best candidate is taken down to this score:
# out of sample on train such second-chance cues are right 45% of the time, above the F1/2
# (~0.38) at which an addition pays (2-fold F1 0.7547 -> 0.7559).
SECOND_CHANCE = -1.0
# ... and lower in a sentence holding a quotation ("“We will win,” the mayor predicted."): a
# quotation with no cue is seldom no one's words (out of sample on train 47% right, 2-fold F1
# 0.7588 -> 0.7591; -5 gains +0.0001 more but loses source right).
QUOTED_SECOND_CHANCE = -3.0
# In a sentence where no cue is found at all, a listed cue the rules could not place ("support",
# "asked about" where no source stands in the rules' places) is taken when the model scores it
# above this: out of sample on train right about half of the time.
UNPLACED_CHANCE = -2.0
# Cues that usually name no one ("it seems", "is expected to"): kept without a source.
IMPERSONAL = frozenset(load_lexicon("impersonal_cues"))
# (?=\S): every token opens on a character that is no space; the look-ahead lets the engine pass
# a space without trying each branch there (faster; the tokens are the same)
WORD_RE = re.compile(r"(?=\S)(?:\x01+|\w[\w’'-]*\w|\w|[^\s\w])")
_PRONOUNS = frozenset("he she they it i we you who which that".split())
_AUX = frozenset(
    "has have had is are was were be been being will would could should may might do does did "
    "not also".split()
)


class Token(NamedTuple):
    """One word of a sentence's masked text."""

    start: int
    end: int
    text: str
    low: str


def tokenize(masked: str, lo: int, hi: int) -> list[Token]:
    """The tokens of masked[lo:hi]; a masked quotation is one token ``\\x01``."""
    out = []
    for m in WORD_RE.finditer(masked, lo, hi):
        word = m.group()
        if word[0] == "\x01":
            word = "\x01"
        out.append(Token(m.start(), m.end(), word, word.lower()))
    return out


def _shape(word: str) -> str:
    if word == "\x01":
        return "Q"
    if not word[0].isalnum():
        return word if word in ",.:;—–-()?!" else "P"
    if word[0].isdigit():
        return "D"
    if word.isupper() and len(word) > 1:
        return "A"
    if word[0].isupper():
        return "C"
    return "l"


def _word_class(low: str) -> str:
    if low in _PRONOUNS:
        return "PRO"
    if low in _AUX:
        return "AUX"
    return low


def _clean(word: str) -> str:
    return "\x01" if word[0] == "\x01" else word


_CONTEXT = 60  # characters read on each side of a candidate for its neighbours
_KEPT_MAX = 50_000  # neighbour tokens whose weights are kept (then forgotten all at once)
_NONE: dict[str, float] = {}


def _pairs(weights: dict[str, float], prefix: str, word_first: bool) -> dict[str, dict[str, float]]:
    """The weights of the features ``prefix + a + "|" + b`` as {word: {other: weight}}.

    The word is ``a`` when ``word_first``, else ``b``. A feature is entered at every "|" of its
    text, so a look-up of any word and other finds exactly the feature they would spell.
    """
    out: dict[str, dict[str, float]] = {}
    for feature, weight in weights.items():
        if not feature.startswith(prefix):
            continue
        rest = feature[len(prefix) :]
        at = rest.find("|")
        while at >= 0:
            a, b = rest[:at], rest[at + 1 :]
            word, other = (a, b) if word_first else (b, a)
            out.setdefault(word, {})[other] = weight
            at = rest.find("|", at + 1)
    return out


def features(masked: str, lo: int, hi: int, s: int, e: int, quoted: bool) -> list[str]:
    """The features of the candidate word masked[s:e] of the sentence masked[lo:hi].

    Its neighbours are read from a few characters on each side, never from the whole
    sentence; ``quoted`` says the sentence holds a quotation.
    """
    w = masked[s:e].lower()
    start = max(lo, s - _CONTEXT)
    left = WORD_RE.findall(masked, start, s)
    right = WORD_RE.findall(masked, e, min(hi, e + _CONTEXT))
    p1 = _clean(left[-1]) if left else "<s>"
    p2 = _clean(left[-2]) if len(left) >= 2 else "<s>"
    n1 = _clean(right[0]) if right else "</s>"
    n2 = _clean(right[1]) if len(right) >= 2 else "</s>"
    pw, nw = p1.lower(), n1.lower()
    ps = _shape(p1) if left else "<s>"
    ns = _shape(n1) if right else "</s>"
    n = len(left) if start == lo else 99
    out = [
        "b",
        "w=" + w,
        "s=" + _shape(masked[s:e]),
        "suf3=" + w[-3:],
        "p1=" + pw,
        "n1=" + nw,
        "p1c=" + _word_class(pw),
        "n1c=" + _word_class(nw),
        "p2=" + p2.lower(),
        "n2=" + n2.lower(),
        "ps=" + ps,
        "ns=" + ns,
        "w|n1=" + w + "|" + nw,
        "p1|w=" + pw + "|" + w,
        "w|ns=" + w + "|" + ns,
        "ps|w=" + ps + "|" + w,
        "pos=" + ("0" if n == 0 else "1" if n < 3 else "2" if n < 8 else "3"),
        "w|q=" + w + "|" + str(quoted),
        "lex=" + str(w in CUES),
        "lexn=" + str(w in CUES) + "|" + nw,
    ]
    if nw in ("that", "to", "by", "of", "for", "about"):
        out.append("w|n1f=" + w + "|" + nw)
    return out


def _last_two(masked: str, start: int, s: int) -> list[str]:
    """The last two tokens of ``WORD_RE.findall(masked, start, s)`` (all of them if fewer).

    No token holds a space, so the tokens read from just after a space at or after ``start``
    are the last ones read from ``start`` itself: the words from the third space back are
    scanned, not the whole window (the whole window only when they hold fewer than two).
    """
    at = s
    for _ in range(3):
        at = masked.rfind(" ", start, at)
        if at < 0:
            break
    else:
        words = WORD_RE.findall(masked, at + 1, s)
        if len(words) >= 2:
            return words[-2:]
    return WORD_RE.findall(masked, start, s)


class CueModel:
    """The weights of the learned cue detector and the word forms it considers."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.vocab = frozenset(f[2:] for f in weights if f.startswith("w="))
        self.matcher = PhraseMatcher(sorted(self.vocab))
        self._own: dict[str, tuple] = {}
        self._pos = tuple(weights.get(f"pos={k}", 0.0) for k in range(4))
        # the neighbours' own weights, by the token as read (None: the sentence's edge)
        self._left: dict[str | None, tuple[str, str, float, float, float]] = {}
        self._right: dict[str | None, tuple[str, str, float, float, float]] = {}
        self._second: dict[tuple[str, str | None], float] = {}
        # the pair features by their candidate word: "w|n1=said|that" is {"said": {"that": w}}
        self._pairs = {
            prefix: _pairs(weights, prefix, word_first)
            for prefix, word_first in (
                ("w|n1=", True),
                ("p1|w=", False),
                ("w|ns=", True),
                ("ps|w=", False),
                ("w|n1f=", True),
                ("lexn=", True),
            )
        }

    def candidates(self, masked: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The spans of the words of masked[lo:hi] the model considers."""
        for m in self.matcher.finditer(masked, lo, hi):  # a sentence with none costs little
            yield m.span()

    def score(self, feats: list[str]) -> float:
        """The perceptron's score of a candidate's features (above ``THRESHOLD``: a cue)."""
        get = self.weights.get
        return sum([get(f, 0.0) for f in feats])

    def best_unplaced(
        self, masked: str, lo: int, hi: int, unplaced: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The listed cue the rules could not place that the model scores best, above
        ``UNPLACED_CHANCE``; for a sentence where no other cue is found."""
        quoted = "\x01" in masked[lo:hi]
        best, top = None, UNPLACED_CHANCE
        for s, e in unplaced:
            score = self.score_at(masked, lo, hi, s, e, quoted)
            if score > top:
                best, top = (s, e), score
        return best

    def score_at(self, masked: str, lo: int, hi: int, s: int, e: int, quoted: bool) -> float:
        """``score(features(masked, lo, hi, s, e, quoted))`` without building the feature list.

        The weights are added in the order of ``features`` (so the float sum is the same to the
        last bit); those that depend on the candidate word alone are looked up once a word form,
        those of a neighbour once a neighbour token, and the pair features in per-word tables.
        """
        word = masked[s:e]
        own = self._own.get(word)
        if own is None:
            own = self._own_weights(word)
        w, head, quote, lex_weight, n1_of, p1_of, ns_of, ps_of, n1f_of, lexn_of = own
        start = max(lo, s - _CONTEXT)
        left = _last_two(masked, start, s) if start > lo else WORD_RE.findall(masked, start, s)
        right = [m[0] for m in islice(WORD_RE.finditer(masked, e, min(hi, e + _CONTEXT)), 2)]
        p1 = left[-1] if left else None
        n1 = right[0] if right else None
        pv = self._left.get(p1)
        if pv is None:
            pv = self._side(p1, "<s>", "p1=", "p1c=", "ps=", self._left)
        nv = self._right.get(n1)
        if nv is None:
            nv = self._side(n1, "</s>", "n1=", "n1c=", "ns=", self._right)
        pw, ps, p1_weight, p1c_weight, ps_weight = pv
        nw, ns, n1_weight, n1c_weight, ns_weight = nv
        second = self._second
        p2 = ("p2=", left[-2] if len(left) >= 2 else None)
        p2_weight = second.get(p2)
        if p2_weight is None:
            p2_weight = self._second_weight(p2, "<s>")
        n2 = ("n2=", right[1] if len(right) >= 2 else None)
        n2_weight = second.get(n2)
        if n2_weight is None:
            n2_weight = self._second_weight(n2, "</s>")
        n = len(left) if start == lo else 99
        total = (
            head
            + p1_weight
            + n1_weight
            + p1c_weight
            + n1c_weight
            + p2_weight
            + n2_weight
            + ps_weight
            + ns_weight
            + n1_of.get(nw, 0.0)
            + p1_of.get(pw, 0.0)
            + ns_of.get(ns, 0.0)
            + ps_of.get(ps, 0.0)
            + self._pos[0 if n == 0 else 1 if n < 3 else 2 if n < 8 else 3]
            + quote[quoted]
            + lex_weight
            + lexn_of.get(nw, 0.0)
        )
        if nw in ("that", "to", "by", "of", "for", "about"):
            total = total + n1f_of.get(nw, 0.0)
        return total

    def _own_weights(self, word: str) -> tuple:
        """The weights of a candidate word form that depend on it alone, and its pair tables."""
        get = self.weights.get
        w = word.lower()
        lex = str(w in CUES)
        head = 0.0 + get("b", 0.0) + get("w=" + w, 0.0)
        head = head + get("s=" + _shape(word), 0.0) + get("suf3=" + w[-3:], 0.0)
        quote = (get("w|q=" + w + "|False", 0.0), get("w|q=" + w + "|True", 0.0))
        pairs = self._pairs
        own = (
            w,
            head,
            quote,
            get("lex=" + lex, 0.0),
            pairs["w|n1="].get(w, _NONE),
            pairs["p1|w="].get(w, _NONE),
            pairs["w|ns="].get(w, _NONE),
            pairs["ps|w="].get(w, _NONE),
            pairs["w|n1f="].get(w, _NONE),
            pairs["lexn="].get(lex, _NONE),
        )
        if len(self._own) < _KEPT_MAX:
            self._own[word] = own
        return own

    def _side(
        self, token: str | None, edge: str, word_f: str, class_f: str, shape_f: str, kept: dict
    ) -> tuple[str, str, float, float, float]:
        """A nearest neighbour's word and shape and its three weights (as in ``features``)."""
        get = self.weights.get
        word = edge if token is None else _clean(token)
        low = word.lower()
        shape = edge if token is None else _shape(word)
        out = (
            low,
            shape,
            get(word_f + low, 0.0),
            get(class_f + _word_class(low), 0.0),
            get(shape_f + shape, 0.0),
        )
        if len(kept) >= _KEPT_MAX:
            kept.clear()
        kept[token] = out
        return out

    def _second_weight(self, key: tuple[str, str | None], edge: str) -> float:
        """The weight of a second neighbour ("p2=", "n2=") as read."""
        token = key[1]
        weight = self.weights.get(key[0] + (edge if token is None else _clean(token)).lower(), 0.0)
        if len(self._second) >= _KEPT_MAX:
            self._second.clear()
        self._second[key] = weight
        return weight

    def cues(
        self, masked: str, lo: int, hi: int, busy: list[tuple[int, int]]
    ) -> Iterator[tuple[int, int]]:
        """Spans of the cues found outside the ``busy`` spans, adjacent cue words joined.

        With nothing busy and no candidate above ``THRESHOLD``, the best candidate scoring
        above ``SECOND_CHANCE`` (``QUOTED_SECOND_CHANCE`` in a sentence holding a quotation) is
        a cue ("He knows the state well" in a sentence of its own).
        """
        spans = [m.span() for m in self.matcher.finditer(masked, lo, hi)]
        if not spans:
            return
        quoted = masked.find("\x01", lo, hi) >= 0
        run: tuple[int, int] | None = None
        scored = [
            (s, e, self.score_at(masked, lo, hi, s, e, quoted))
            for s, e in spans
            if not busy or not any(a < e and s < b for a, b in busy)
        ]
        if not busy and scored and max(c[2] for c in scored) <= THRESHOLD:
            best = max(scored, key=lambda c: c[2])
            floor = QUOTED_SECOND_CHANCE if quoted else SECOND_CHANCE
            scored = [(best[0], best[1], THRESHOLD + 1.0)] if best[2] > floor else []
        for s, e, score in scored:
            if score <= THRESHOLD:
                continue
            if run is not None and not masked[run[1] : s].strip():
                run = (run[0], e)  # "is convinced", "took issue": one cue
                continue
            if run is not None and _HEDGE_TO_RE.fullmatch(masked, run[0], s):
                run = (run[0], e)  # "seemed to suggest", "appears to have found": one cue
                continue
            if run is not None:
                yield run
            run = (s, e)
        if run is not None:
            yield run


# a hedge verb, then "to" before the verb it hedges: out of sample on train (2-fold) the two
# words were never two annotated attributions (0 of 10), but one cue ("seemed to suggest")
_HEDGE_TO_RE = re.compile(
    r"(?:seems?|seemed|appears?|appeared)\s+to\s+(?:have\s+|be\s+)?", re.IGNORECASE
)


def read_weights(path: Path) -> dict[str, float]:
    """``feature<TAB>weight`` lines, ``#`` comments skipped."""
    weights = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            feature, _, weight = line.rpartition("\t")
            weights[feature] = float(weight)
    return weights


@cache
def cue_model() -> CueModel | None:
    """The trained model, or None when its weights file is absent."""
    if not MODEL_PATH.exists():
        return None
    return CueModel(read_weights(MODEL_PATH))


def learned_founds(
    para, lo: int, hi: int, founds: list, taken: list[tuple[int, int]], unplaced=()
) -> list:
    """Founds for the cues the model finds in a sentence where no rule found one.

    ``unplaced`` are the spans of listed cues the rules read but could not place; with no other
    cue in the sentence, the one the model scores best may still be taken.
    """
    model = cue_model()
    if model is None or not (unplaced or model.matcher.any_first(para.masked, lo, hi)):
        return []  # no word the model considers and no listed cue left: nothing to score
    out = []
    busy = [f.cue_span for f in founds] + [f.verb for f in founds] + list(taken)
    busy += [f.mention.span for f in founds if f.mention is not None]
    spans = list(model.cues(para.masked, lo, hi, busy))
    if not spans and not founds and unplaced:
        best = model.best_unplaced(para.masked, lo, hi, list(unplaced))
        spans = [best] if best is not None else []
    for span in spans:
        if _listed_adjective(para.masked, lo, hi, span):
            continue
        words = " ".join(para.masked[span[0] : span[1]].lower().split())
        if _ADVERB_RE.fullmatch(para.masked, *span) and words not in _EVIDENTIAL:
            continue  # "quickly", "recently", "publicly" alone: the manner of an act, no cue
        if _CONTRACTION_RE.fullmatch(words):
            continue  # "he's", "doesn't" alone: no act named
        if words in WEEKDAYS:
            continue  # "said Sunday that …": the day of another cue, no act named
        if _no_one_speaks(para.masked, lo, hi, span, words):
            continue  # "It is not clear whether …", "The question of whether …"
        flags = {"inv"} | ({"part"} if words.endswith("ing") else set())
        cue = CueWord(words, CUES[words].stance if words in CUES else "asserts", frozenset(flags))
        found = locate(para, lo, hi, cue, span, founds + out)
        if found is None or (found.mention is None and found.leader is None):
            # a cue the model is sure of stays an attribution even when its speaker is not
            # found (PolNeAR annotates "Asked about ..., she said" and the like with no source)
            found = Found(cue, span, span, "model", speaker_near(para, lo, hi, span))
        if words.split()[-1] in IMPERSONAL:
            # "Hale appears to be ...", "the fee is not expected to ...": a hedge on the
            # outlet's own statement; its subject is what it is about, not who says so
            found.mention, found.leader = None, None
        found.learned = True
        out.append(found)
    return out


def speaker_near(para, lo: int, hi: int, span: tuple[int, int]):
    """The speaker of a cue no rule could place, read from the words around it.

    A passive's agent ("was introduced by Chris Christie"; none for "was asked"), else the noun
    phrase just before the cue's first word ("young farmers are looking forward": "young
    farmers", not "young farmers are looking"), else (unless "Asked …" opens the sentence) the
    inverted speaker after a quotation or the sentence's subject.
    """
    toks = tokenize(para.masked, lo, span[1])  # the words up to the cue's end
    i = len(toks) - 1
    while i > 0 and toks[i - 1].start >= span[0]:
        i -= 1  # the cue's first word: "throwing her weight behind" is read before "throwing"
    passive = _passive(para.masked, toks[: i + 1], span, hi)
    if passive is not None:
        return passive[0]  # "was introduced by Chris Christie", "was asked"
    mention = _word_before(para, lo, toks, i)
    if mention is None and not _asked_opener(para.masked, lo, span[0]):
        mention = _fallback_source(para.masked, lo, hi, span)
    return mention


# "is a patient, devoted coach of …": the second of two adjectives after "a"/"an" and
# before their noun is no cue (a word in -ed that no cue list holds, then a plain noun)
_ADJECTIVE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*,\s+$")
_NOUN_AFTER_RE = re.compile(r"\s+([a-z][\w-]*)\s+(?:of|for|to|in|on|at|and|who)?\b")
_NOT_NOUNS = frozenset(
    "that to by the a an in on at of for with as about over after before when while it him her"
    " them he she they we i you his its their our my there up out down off back".split()
)


# A lone adverb in -ly (not "comply", "supply"): as a learned cue of its own, out of sample on
# train (2-fold) right 28% of the time, below the F1/2 (~0.38) at which a removal pays; the
# evidential ones ("reportedly", "allegedly") attribute by themselves and are kept.
_ADVERB_RE = re.compile(r"[a-z]{3,}(?<!p)ly")
_EVIDENTIAL = IMPERSONAL | {"allegedly"}
# A contraction alone: a pronoun with its verb ("he's", "they've") or a negated auxiliary
# ("doesn't", "didn't"), the model having passed over the verb that follows: out of sample on
# train (2-fold) right 18 of 62 times (pronouns 4/21, negations 14/41), below the F1/2.
_CONTRACTION_RE = re.compile(
    r"(?:he|she|it|that|there|what|who|i|we|you|they)[’'](?:s|re|m|ve|ll|d)"
    r"|(?:does|did|do|is|was|are|were|has|have|had|ca|wo|would|could|should|must|need)n[’']t"
)


# "clear"/"unclear" after a form of "be" ("It is not clear whether …", "One thing was clear: …"):
# the outlet's own statement; out of sample on train (2-fold) right 1 time of 17 as a learned cue.
# A speaker who "was clear about" something still speaks.
_COPULA_BEFORE_RE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|remains?|remained|seems?|seemed)|[’']s)"
    r"(?:\s+(?:not|n[’']t|still|also|yet|already|immediately|entirely|quite|now|so|less|more"
    r"|far|much|very|all|too))*\s+$",
    re.IGNORECASE,
)
_CLEAR_ABOUT_RE = re.compile(r"\s+(?:about|on|with|in)\b", re.IGNORECASE)
# "question" as a noun after a determiner or possessive ("The question of whether …", "a pointed
# question about …"): a topic, not an act; out of sample on train (2-fold) right 4 times of 19
# as a learned cue (the verb, "continued to question whether …", is right 5 of 7)
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|another|no|one|any|each|every|his|her|its|their|our|my|your"
    r"|[\w-]+[’']s)(?:\s+[a-z-]+)?\s+$",
    re.IGNORECASE,
)


def _no_one_speaks(masked: str, lo: int, hi: int, span: tuple[int, int], words: str) -> bool:
    """Whether a learned cue is an adjective or noun in the outlet's own words, no act."""
    s, e = span
    if words in ("clear", "unclear"):
        before = _COPULA_BEFORE_RE.search(masked, max(lo, s - 40), s)
        return before is not None and _CLEAR_ABOUT_RE.match(masked, e, hi) is None
    if words == "question":
        return _DETERMINER_BEFORE_RE.search(masked, max(lo, s - 40), s) is not None
    return False


def _listed_adjective(masked: str, lo: int, hi: int, span: tuple[int, int]) -> bool:
    """Whether a learned cue is the second adjective of "a longtime, dedicated advocate"."""
    word = masked[span[0] : span[1]]
    if " " in word or not word.endswith("ed") or word.lower() in CUES:
        return False
    nxt = _NOUN_AFTER_RE.match(masked, span[1], hi)
    if nxt is None or nxt.group(1) in _NOT_NOUNS or nxt.group(1).endswith("ly"):
        return False
    return bool(_ADJECTIVE_BEFORE_RE.search(masked, max(lo, span[0] - 40), span[0]))


_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_SKIPPED = _AUX | frozenset({"never", "n’t", "n't", "just", "already", "still", "even", "really"})
_NOT_IN_SUBJECT = frozenset(
    "that which who whom whose and but or because when while if as than then so where after "
    "before since until although though to for in on at by with from about into over".split()
)
SUBJECT_MAX_WORDS = 7


def _word_before(para, lo: int, toks: list[Token], i: int):
    """The source of a learned cue no rule could place: the noun phrase just before it.

    "I remember", "his critics say", "Sanders delegates have loudly booed": the words next to
    the verb, past auxiliaries and adverbs, back to a clause word or punctuation; after a comma
    a participle's source is the sentence's subject ("..., accusing him of ...").
    """
    from questions.sources import Mention, leading_subject

    k = i - 1
    while k >= 0 and (toks[k].low in _SKIPPED or toks[k].low.endswith("ly")):
        k -= 1
    if k < 0:
        return None
    if toks[k].text == "," or toks[k].low in ("and", "but"):
        # "..., accusing him of ...", "He suggested ... and boycotted ...": the clause's subject
        return leading_subject(para.masked, lo, toks[i].start)
    if toks[k].low in _SUBJECT_PRONOUNS:
        return Mention((toks[k].start, toks[k].end), (toks[k].start, toks[k].end))
    j = k
    while (
        j >= 0
        and j > k - SUBJECT_MAX_WORDS
        and toks[j].text[0].isalnum()
        and toks[j].low not in _NOT_IN_SUBJECT
    ):
        j -= 1
    if j == k or toks[k].low in _NOT_IN_SUBJECT:
        return None
    words = [t.low for t in toks[j + 1 : k + 1]]
    if all(w in _TIME_WORDS or _YEAR_RE.fullmatch(w) for w in words):
        # "Ann Reed on Thursday evening said": the time is no speaker; read before its preposition
        return _word_before(para, lo, toks, j) if j >= 0 and toks[j].low in _TIME_PREPS else None
    if words[-1] in _DETERMINERS or all(w in _MODIFIERS for w in words):
        # "cling to the hope", "all the criticism": the cue is a noun after its article, whose
        # words are no speaker; the clause's subject is read instead, unless a pronoun opens
        # them ("he made the suggestion that")
        if words[0] in _SUBJECT_PRONOUNS:
            return Mention(
                (toks[j + 1].start, toks[j + 1].end), (toks[j + 1].start, toks[j + 1].end)
            )
        return None
    span = (toks[j + 1].start, toks[k].end)
    return Mention(span, span)


# the listed time words ("may" left out there: a modal) and a few that only lead a time here;
# "earlier" and "later" stay out, as when the rule was measured on train
_TIME_WORDS = (TIME_WORDS - {"earlier", "later"}) | frozenset("may next early late day".split())
_TIME_PREPS = frozenset("on in at during".split())
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# an article before the cue makes it a noun ("the hope", "a call"); a possessive does not end
# the search ("his criticism": "his" is the speaker) and a quantifier is a subject ("Some say")
_DETERMINERS = frozenset("the a an any no every each this these those".split())
_MODIFIERS = _DETERMINERS | frozenset("more same other such even much very so only".split())


_ASKED_OPENER_RE = re.compile(r"\W*(?:(?:when|after|if|once|but|and)\s+)?$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"(?:who|whose|with|of|from|at|in|speaking|asking)\b")
_INVERTED_AFTER_RE = re.compile(r"[,”\"]\s*$")


def _asked_opener(masked: str, lo: int, at: int) -> bool:
    """Whether the cue opens its sentence, perhaps after "When": "Asked about ..., she said"."""
    return bool(_ASKED_OPENER_RE.match(masked, lo, at))


def _fallback_source(masked: str, lo: int, hi: int, span: tuple[int, int]):
    """A learned cue's source when the words next to it name none.

    After a quotation or a comma the cue may come first ("“...,” wrote a man calling himself
    ..."); otherwise the sentence's subject is the speaker of a cue later in it ("He flies up
    in his jet to tell everyone ...").
    """
    from questions.sources import Mention, leading_subject, np_after

    if _INVERTED_AFTER_RE.search(masked, lo, span[0]):
        after = np_after(masked, span[1], hi, strict=False)
        if after is not None:
            rest = masked[after[1] : hi].lstrip()
            if rest[:1] in ("", ",", ".", ";") or _RELATIVE_RE.match(rest):
                return Mention(after, after)  # "“...,” said a strategist who spoke ..."
    return leading_subject(masked, lo, span[0])


_BE = frozenset("is are was were be been being ’s 's".split())
_BY_AGENT_RE = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?=\S)")


def _passive(masked: str, toks: list[Token], span: tuple[int, int], hi: int):
    """A learned cue after a form of "be" ("was introduced by X", "was asked"): (source,) or None.

    The grammatical subject of a passive is not the speaker: the agent after "by" is, and
    with no agent no one is named. Adjectives of belief ("is convinced") are not passives here
    unless an agent follows.
    """
    from questions.sources import Mention, np_after

    k = len(toks) - 2
    while k >= 0 and (
        toks[k].low in ("not", "never", "also", "often") or toks[k].low.endswith("ly")
    ):
        k -= 1
    last = masked[span[0] : span[1]].split()[-1].lower()
    by = _BY_AGENT_RE.match(masked, span[1], hi)
    if by and last.endswith(("ed", "en", "wn")):
        # "As reported by Westford Weekly", "Asked by Hale whether ...": a participle's agent
        agent = np_after(masked, by.end(), hi, strict=False)
        return (Mention(agent, agent) if agent else None,)
    if k < 0 or toks[k].low not in _BE:
        return None
    if by:
        agent = np_after(masked, by.end(), hi, strict=False)
        return (Mention(agent, agent) if agent else None,)
    if last in _SPEECH_PASSIVES:
        return (None,)
    return None


_SPEECH_PASSIVES = frozenset(
    "asked told declared announced introduced viewed seen considered described named called "
    "known reported shown listed questioned criticized praised invited quoted cited "
    "pressed urged elected nominated".split()
)
