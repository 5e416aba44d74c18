"""hedge_words (Hedging): which word in this sentence signals that the event is not confirmed?

The hedge words asked about are those of ``gen_hedge_rules.tsv`` where their rule says they
hedge ("the reported incursion", "may have fled", "it is unclear whether"), found in the story's
own sentences (not in quotations, headlines, tweets or links, and never a claim's cue).

The wrong options are other words of the same sentence (never of a neighbouring one) that a
careless reader might pick but that signal nothing of the kind, so no wrong option is defensible:

1. ``candidate_words``: listed foils (``gen_hedge_foils.txt``: "officially", "recently", "several")
   and modifiers by their ending (-ly, -ous, -ive …), as before;
2. ``plain_words``, only when (1) gives fewer than three: the sentence's words of quantity, degree
   and time (``gen_hedge_degree_foils.txt``: "much", "most", "only", "still", "already", "twice",
   "months"; these alone may be taken from the sentence's capitalised first word, "Much of …") and
   its plain verbs of concrete action (``gen_hedge_verb_foils.txt``: past forms "used", "filed",
   "moved", "sold" anywhere, base forms only after "to": "to buy"), outside quotations. Most wire
   sentences hold none of (1), and a question needs two wrong options. Random content words are
   still never offered (an option must test hedging, not vocabulary), and (1) keeps its place
   first, so a question it already made keeps its options but for those the guards below drop.

Never offered, by either: a word that could fairly be the answer. That is a hedge word of the
rules, any word of ``gen_hedge_like.txt`` (modals "may", "might", "could", "would", "should";
approximators "about", "around", "some", "nearly", "roughly", "estimated"; "expected",
"believed", "suspected", "so-called", "claimed", "said", "according"), an opinion or reporting
word, a negation, a word of verification or denial (``_DOUBTFUL``), "can", "will", "must", "if",
"unless", "whether" and the generalising adverbs "usually", "typically", "virtually" (``_NEVER``).
Nor a word that makes one phrase with such a sign: an approximation ("more than 300", "as many
as 40", "40 or more"), a word before a hedge, conditional or verb of doubt ("most likely", "still
unclear", "even if", "flatly disputed"), a word of a cue of several words ("spoke publicly
about", "did not immediately respond", ``_cue_spans``) or of the sentence's own claim cues. The
verb list holds no verb of saying, showing, finding, checking, accusing or prosecuting, planning
or labelling ("said", "showed", "found", "charged", "investigated", "painted as"): "charged" or
"investigated" tell the reader that guilt is not established, which a strict teacher may count.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from questions.cues import CUE_WORDS, HEDGES, iter_cues
from questions.generate import lexicon
from questions.generate.explain import quoted
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import (
    Context,
    digest,
    make_question,
    register,
    strip_dateline,
)
from questions.generate.text import content_words, norm, quotes_balanced, word_count
from questions.model import Hedge, Question, Sentence, Verification
from questions.quotes import quote_intervals
from questions.verification import legal_claim

KIND = "hedge_words"
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
_MIN_LEN = 5
_MAX_CHARS = 600  # a sentence of at most 45 words (checked again on the question) fits
# Adverbs and adjectives by their endings ("quickly", "significant", "dangerous"): modifiers a
# careless reader may take for a signal, unlike the nouns and verbs that carry the news.
_MODIFIER_ENDINGS = ("ly", "ous", "ful", "ive", "ical", "ant", "ible", "able", "less", "ic", "est")
# Words in -ly that are nouns or names, not adverbs: a vocabulary test, not a hedging one.
_LY_NOUNS = frozenset(
    {"rally", "rallies", "family", "assembly", "supply", "reply", "italy", "july", "ally"}
    | {"belly", "bully", "jelly", "anomaly", "monopoly", "butterfly", "lily", "sally", "tally"}
    # ... and nouns in -ant, -ent, -ive: "restaurant", "student", "executive"
    | {"restaurant", "restaurants", "immigrant", "immigrants", "migrant", "migrants", "tenant"}
    | {"applicant", "assistant", "consultant", "participant", "servant", "merchant", "giant"}
    | {"grant", "grants", "plant", "plants", "warrant", "warrants", "covenant", "pageant"}
    | {"defendant", "lieutenant", "attendant", "accountant", "descendant", "occupant"}
    | {"inhabitant", "informant", "sergeant", "student", "students", "president", "resident"}
    | {"residents", "agent", "agents", "parent", "parents", "government", "department"}
    | {"executive", "executives", "detective", "relative", "relatives", "representative"}
    | {"incentive", "objective", "initiative", "archive", "detective", "operative", "motive"}
    # ... and nouns in -ic and -est: "music", "protest" (superlatives and adjectives stay)
    | {"music", "clinic", "topic", "logic", "traffic", "panic", "republic", "critic", "critics"}
    | {"mechanic", "tactic", "ethic", "comic", "graphic", "fabric", "rhetoric", "arithmetic"}
    | {"mosaic", "picnic", "plastic", "magic", "public", "catholic", "arabic", "islamic"}
    | {"epidemic", "pandemic", "academic", "characteristic", "polemic", "fanatic", "lunatic"}
    | {"interest", "request", "contest", "arrest", "forest", "suggest", "invest", "harvest"}
    | {"conquest", "inquest", "behest", "attest", "detest", "divest", "digest", "manifest"}
    | {"priest", "guest", "chest", "quest", "crest", "protest", "midwest"}
    # ... and verbs in -ly: "the new fee does not apply"
    | {"apply", "imply", "comply", "multiply", "rely", "reply", "supply", "fly"}
)
# Words that are, or are close to, signs of doubt: never a wrong option.
_DOUBTFUL = re.compile(
    r"(?:un|not$|never|neither|nor$|confirm|verif|deni|deny|doubt|possib|probab|likel|alleg"
    r"|report|claim|seem|appear|suppos|suspect|purport|unclear|uncertain|rumou?r|estimat)"
)


# "before"/"until" opening a clause ("before city officials had weighed in"), not a time phrase
_BEFORE_CLAUSE = re.compile(
    r"(?:\s+[\w’'-]+){1,4}?\s+(?:had|has|have|was|were|is|are|could|can|would|did|do|does)\b"
)


# a verb of verification right after a word: the word belongs to the phrase that says the claim
# is unconfirmed ("independently verified", "officially confirmed")
_VERIFIED_NEXT = re.compile(
    r"\s+(?:verified|confirmed|corroborated|substantiated|verify|confirm|corroborate)\b",
    re.IGNORECASE,
)


def candidate_words(sentence: str, answer: str) -> list[str]:
    """Words of the sentence a careless reader might pick that do not hedge: listed foils
    ("officially", "recently", "several") and -ly adverbs that signal no doubt. Never a word
    that could fairly be the answer (a hedge, a modal, a negation, a verb of verification or
    denial, an opinion word) and never a mere content word, so the question tests hedging and
    not vocabulary."""
    avoid = lexicon.words("hedge_like") | lexicon.words("opinion") | _NEVER
    avoid |= lexicon.words("reporting_words") | frozenset(_rules())
    foils = lexicon.words("hedge_foils")
    cues = _cue_spans(sentence)
    seen: list[str] = []
    for m in _WORD.finditer(sentence):
        low = m.group(0).lower()
        if low in avoid or low == answer.lower() or low in seen or _DOUBTFUL.match(low):
            continue
        modifier = low.endswith(_MODIFIER_ENDINGS) and len(low) >= _MIN_LEN
        modifier = modifier and low not in _LY_NOUNS
        if low in ("before", "until") and _BEFORE_CLAUSE.match(sentence, m.end()):
            continue  # "before officials had explained it": itself a sign nothing is confirmed
        if _VERIFIED_NEXT.match(sentence, m.end()):
            continue  # "could not be independently verified": part of the sign itself
        if low.endswith("ly") and _beside(sentence, m, answer):
            continue  # "widely believed": the adverb makes the hedge phrase with the answer
        if _in_phrase(sentence, m, avoid) or _in_cue(m, cues):
            continue  # "as many as 40", "most likely", "spoke publicly about": part of a sign
        if m.group(0).islower() and (low in foils or modifier):
            seen.append(low)
    return seen


# Quantity and degree words that make an approximation with the words around them ("more than
# 300", "as many as 40", "40 or more", "more or less", "all but", "much the same"): a strict
# teacher might call that hedging
_APPROXIMATE = re.compile(
    r"(?:more|less|fewer)\s+than\b|(?:many|much|few|long|often)\s+as\b|(?<=\bor\s)more\b"
    r"|more\s+or\s+less\b|(?<=\bmore\sor\s)less\b|all\s+but\b|much\s+the\s+same\b",
    re.IGNORECASE,
)
# A word before a hedge word of the rules or one of these makes a phrase of doubt with it ("most
# likely", "even if", "widely believed", "flatly disputed"); not before a preposition, a modal,
# a verb of saying or a word of attitude ("the public about", "most must", "also said", "deeply
# skeptical"), which starts a phrase of its own.
_DOUBT_WORDS = frozenset(
    "if unless whether believed thought expected perhaps maybe presumably unconfirmed".split()
)
_DOUBT_NEXT = re.compile(
    r"(?:confirm|verif|unverif|unconfirm|deni|deny|doubt|possib|probab|likel|unlikel|alleg|report"
    r"|claim|seem|appear|suppos|suspect|purport|unclear|uncertain|unknown|unprov|rumou?r|estimat"
    r"|disput)"
)
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_AS_AFTER = re.compile(r"\s+as\b", re.IGNORECASE)
# Never a wrong option, whatever list it might be on: modals, conditionals, negations and
# generalising or approximating adverbs a strict teacher might call hedging.
_NEVER = frozenset(
    "can cannot will must shall may might could would should if unless whether though although"
    " not no never nor neither without some about around nearly almost roughly just approximately"
    " virtually practically generally typically usually normally arguably essentially somewhat"
    " relatively fairly reportedly presumably allegedly".split()
)


@functools.cache
def _verb_foils() -> tuple[frozenset[str], frozenset[str]]:
    """The base forms (offered after "to") and past forms of ``gen_hedge_verb_foils.txt``."""
    rows = [ln.lower().split() for ln in lexicon.shared_lines("gen_hedge_verb_foils.txt")]
    return frozenset(r[0] for r in rows), frozenset(w for r in rows for w in r[1:])


def plain_words(sentence: str, answer: str, cues: frozenset[str] = frozenset()) -> list[str]:
    """More wrong options, for a sentence with too few of ``candidate_words``: its words of
    quantity, degree or time ("much", "several", "already", ``gen_hedge_degree_foils.txt``) and
    its plain verbs of concrete action ("used", "to buy", "filed", ``gen_hedge_verb_foils.txt``),
    outside quotations. None that could fairly be the answer: no word of ``candidate_words``'s
    avoid lists, no cue of ``cues.tsv`` nor word of the sentence's own cues (``cues``), no word of
    an approximation ("more than 300", "as many as"), no modal, conditional or negation."""
    avoid = lexicon.words("hedge_like") | lexicon.words("opinion") | _NEVER | cues
    avoid |= lexicon.words("reporting_words") | frozenset(_rules()) | CUE_WORDS | frozenset(HEDGES)
    degree = lexicon.words("hedge_degree_foils")
    bases, pasts = _verb_foils()
    quotes = quote_intervals(sentence)
    spans = _cue_spans(sentence)
    opening = re.match(r"\W*", sentence)
    first = opening.end() if opening else 0
    seen: list[str] = []
    for m in _WORD.finditer(sentence):
        low = m.group(0).lower()
        if low in avoid or low == answer.lower() or low in seen or _DOUBTFUL.match(low):
            continue
        if any(s <= m.start() <= e for s, e in quotes):
            continue  # the speaker's own words
        if not m.group(0).islower() and not (m.start() == first and low in degree):
            continue  # a name ("Young", "Moss"); only a quantity word may open the sentence
        if _in_phrase(sentence, m, avoid) or _in_cue(m, spans):
            continue  # "more than 300", "most likely", "even if", "opened up about": in a sign
        if _VERIFIED_NEXT.match(sentence, m.end()):
            continue  # "not yet officially confirmed": part of the sign itself
        if low.endswith("ly") and _beside(sentence, m, answer):
            continue  # "daily reported": may read as one phrase with the answer
        to_before = re.search(r"\bto\s+$", sentence[max(0, m.start() - 4) : m.start()])
        if low in degree or low in pasts or (low in bases and to_before):
            seen.append(low)
    return seen


def _in_phrase(sentence: str, m: re.Match[str], avoid: frozenset[str]) -> bool:
    """Whether the word ``m`` makes one phrase with the words around it that a strict teacher
    might call a sign of doubt: an approximation ("more than 300", "as many as 40", "40 or
    more"), or a word before a hedge, modal, conditional or negation ("most likely", "still
    unclear", "even if", "widely believed")."""
    if _APPROXIMATE.match(sentence, m.start()):
        return True
    if _AS_BEFORE.search(sentence, max(0, m.start() - 4), m.start()) and _AS_AFTER.match(
        sentence, m.end()
    ):
        return True  # "as early as", "as recently as May"
    nxt = _WORD.match(sentence, m.end() + 1) if sentence[m.end() : m.end() + 1] == " " else None
    if nxt is None:
        return False
    low = nxt.group(0).lower()
    return low in _rules() or low in _DOUBT_WORDS or bool(_DOUBT_NEXT.match(low))


def _cue_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the cues of ``cues.tsv`` of more than one word stand in a sentence ("spoke publicly
    about", "did not immediately respond", "played down"), whether or not the analysis took them
    as a claim's (a one-word cue such as "critical" is often none: "traits critical to …")."""
    return [mt.span() for mt, cue in iter_cues(sentence, 0, len(sentence)) if " " in cue.text]


def _in_cue(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the word ``m`` lies in one of the cue ``spans``."""
    return any(s <= m.start() < e for s, e in spans)


def _beside(sentence: str, m: re.Match[str], answer: str) -> bool:
    """The word right before or right after ``m`` is the answer word ("widely believed",
    "believed widely")."""
    key = answer.strip().lower()
    before = sentence[: m.start()].rstrip()
    after = sentence[m.end() :].lstrip()
    prev = before[-len(key) - 1 :].lower()
    nxt = after[: len(key) + 1].lower()
    left = prev.endswith(key) and (len(prev) <= len(key) or not prev[-len(key) - 1].isalpha())
    right = nxt.startswith(key) and (len(nxt) <= len(key) or not nxt[len(key)].isalpha())
    return left or right


@functools.cache
def _rules() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.table("hedge_rules")}


@functools.cache
def _rule_words() -> re.Pattern[str]:
    """Any word of ``gen_hedge_rules.tsv``, whole, in any case."""
    alternation = "|".join(sorted(_rules(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


def signals_uncertainty(text: str, span: tuple[int, int]) -> bool:
    """Whether the hedge word at ``span`` really marks its event as unconfirmed here, by the
    rules of ``gen_hedge_rules.tsv`` ("the reported incursion" yes, "Russia reported that" no)."""
    word = text[span[0] : span[1]].lower()
    rule = _rules().get(word)
    if rule is None or legal_claim(text, span):
        return False  # not listed, or "insurance claims of …", "claimed compensation": money
    if rule == "always":
        return True
    if rule == "after-determiner":
        prev = text[max(0, span[0] - 12) : span[0]].split()[-1:]
        return bool(prev) and prev[0].lower() in lexicon.words("determiners")
    if rule == "not-after-negation":  # "couldn't possibly be worse" is emphasis, not doubt
        prev = text[max(0, span[0] - 12) : span[0]].lower().split()[-1:]
        return not prev or not re.search(r"(?:n[’']t|^not|^never|^cannot)$", prev[0])
    nxt = text[span[1] : span[1] + 40].split()[:2]
    after = nxt[0].lower().strip(",.;:") if nxt else ""
    if rule == "before:have+participle":  # "may have fled", not "may have a chance"
        if _CONCEDED.match(text, span[1]):
            return False  # "X may have changed course, but …": a concession, not a doubt
        return after == "have" and len(nxt) > 1 and _participle(nxt[1])
    if word in ("report", "reports") and (
        not _news_report(text, span)
        or _TIME_FRAME.search(text, max(0, span[0] - 40), span[0])
        or _IN_A_REPORT.search(text, max(0, span[0] - 60), span[0])
    ):
        return False
    if rule.startswith("unless-before:"):
        return bool(after) and after not in rule.removeprefix("unless-before:").split("|")
    return bool(after) and after in rule.removeprefix("before:").split("|")


# "may have …, but …" in one sentence: the writer grants the point to set up the next one
_CONCEDED = re.compile(r"[^.!?;:“”\"]{0,160}?,\s+but\b")


# "Following initial reports of the blast, crews …": the reports date an established event (a
# time frame), they do not leave it unconfirmed
_TIME_FRAME = re.compile(
    r"\b(?:following|after|since|upon|before|ahead\s+of|within\s+(?:\w+\s+){1,2}of"
    r"|(?:minutes|hours|days|weeks)\s+(?:after|of|before))\s+(?:the\s+)?"
    r"(?:(?:first|initial|early|earliest)\s+)?$",
    re.IGNORECASE,
)


# "said in a preliminary report that …", "wrote in its annual report": the report is the
# source's own document, where the words were said, not hearsay
_IN_A_REPORT = re.compile(
    r"\bin\s+(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


_IRREGULAR_PARTICIPLES = frozenset(
    "been had made taken known seen done gone left lost won told sent paid led met held brought"
    " thought sought caught fled hid hidden given written broken spoken stolen chosen begun"
    " become kept felt heard found built bought sold taught understood withdrawn driven shot"
    " struck hit put set cut let spent lent stood fallen risen drawn grown shown thrown".split()
)
# Documents, not hearsay: "disclosure reports that list ...", "the Agency reports".
_DOCUMENT_BEFORE = frozenset(
    "filed annual quarterly monthly weekly financial disclosure expense earnings audit tax court"
    " budget progress status these review reviews reviewed".split()
)


# "report(s)" as a verb: "did not report that", "will report that", "to report that".
_VERB_BEFORE = frozenset(
    "did didn't didn’t does doesn't doesn’t do don't don’t not to will would could can cannot"
    " may might should must also first later".split()
)


def _participle(word: str) -> bool:
    """A past participle after "may have": "fled", "helped", "been" (not "a", "time")."""
    low = word.lower().strip(",.;:")
    return low in _IRREGULAR_PARTICIPLES or (len(low) > 3 and low.endswith("ed"))


def _clause_subject(word: str) -> bool:
    """Whether a word can open the subject of a "that" clause: a name, a number, a determiner
    or a pronoun ("reports that Smith fled", "reports that the ..."), not a verb ("that show")."""
    low = word.lower().strip('“”"‘’(,')
    pronouns = ("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "there")
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or low in pronouns
        or (low in lexicon.words("determiners"))
    )


def _news_report(text: str, span: tuple[int, int]) -> bool:
    """Whether "report(s)" is hearsay ("amid reports that") rather than a document ("financial
    reports that list donors", "the Agency reports")."""
    prev = text[max(0, span[0] - 20) : span[0]].split()[-1:]
    nxt = text[span[1] : span[1] + 40].split()[:2]
    if len(nxt) == 2 and nxt[0].lower() == "that" and not _clause_subject(nxt[1]):
        return False  # "a report that could reshape insurance": a relative clause, a document
    if not prev or prev[0][-1:] in ".!?:;":
        return True
    word = prev[0].strip('“”"‘’(,')
    low = word.lower()
    if low in _DOCUMENT_BEFORE or low in _VERB_BEFORE:
        return False
    return not word[:1].isupper() or low in lexicon.words("determiners") or low in ("amid", "there")


# Not prose: markup, links and handles (embedded tweets), or a headline in title case.
_NOT_PROSE = re.compile(r"<|https?:|www\.|@\w|#\w")


_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){2,}\b")


def _headline(text: str) -> bool:
    """A title-case line ("Senator Reportedly Weighs A Run"): most of its words capitalised; or
    a sentence glued to a heading in capitals ("MAYOR QUITS After weeks of ...")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    title = len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)
    return title or bool(_CAPS_RUN.search(text))


# The story itself says the claim is false ("the discredited story that ..."): not "unconfirmed".
_REFUTED_BEFORE = re.compile(
    r"\b(?:debunked|false|falsely|baseless|discredited|disproven|disproved|bogus|unfounded"
    r"|groundless|refuted|untrue|fake|fabricated|phony|erroneous|inaccurate)\s+$",
    re.IGNORECASE,
)


# The same sentence goes on to call it false ("… his claim of …, his words are plainly false",
# "… the alleged plot, which was later debunked"): the story refutes it, it is not unconfirmed.
_REFUTED_LATER = re.compile(
    r"\b(?:(?:is|are|was|were|proved|proven|prove|proves|turned\s+out\s+to\s+be)"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:false|untrue|wrong|incorrect|inaccurate|baseless|unfounded"
    r"|bogus|groundless|fabricated|fake|phony|a\s+lie|lies|not\s+true)"
    r"|(?:since|later|quickly|widely|been|was|were)\s+(?:debunked|disproven|disproved|refuted"
    r"|discredited))\b",
    re.IGNORECASE,
)


# Anywhere in the sentence, the story puts it right: "she had misspoken when she claimed …",
# "her claim that … (the real count is nearer a dozen)", "his own non-facts".
_PUT_RIGHT = re.compile(
    r"\b(?:misspoke|misspoken|non-facts?|the\s+actual\s+(?:number|figure|total|count|rate)"
    r"|(?:is|are|was|were)\s+actually)\b",
    re.IGNORECASE,
)


def _refuted(text: str, start: int, end: int | None = None) -> bool:
    """Whether the story holds the hedged event false: the word before the hedge says so ("the
    debunked claim"), or the rest of its sentence (up to ``end``) does ("… his claim …, his
    words are false")."""
    if _REFUTED_BEFORE.search(text, max(0, start - 20), start):
        return True
    return end is not None and bool(_REFUTED_LATER.search(text, start, end))


def _put_right(sentence: str) -> bool:
    """Whether the sentence itself corrects what it reports ("she had misspoken", "the actual
    number is …"): no hedge of it is "not confirmed"."""
    return bool(_PUT_RIGHT.search(sentence))


# The writer mocks a label ("the so-called offense of supporting …") or frames the sentence as a
# make-believe ("In the political version of a crime show, the alleged villains are …"): a hedge
# word beside it is irony, not a report left unconfirmed.
_IRONY = re.compile(
    r"\bso[- ]called\b|\b(?:version|parody|spoof|sequel|remake)\s+of\b", re.IGNORECASE
)


def hedges_of(ctx: Context, sent: Sentence) -> list[Hedge]:
    """The hedge words of one sentence that the rules ask about, outside quotations (“…”, "…",
    ''…'', ‘…’) and claim cues ("she claimed that" is a cue, "the claimed attack" a hedge)."""
    found = list(_rule_words().finditer(ctx.text, sent.span[0], sent.span[1]))
    if not found or sent.in_quote or _NOT_PROSE.search(sent.text) or _headline(sent.text):
        return []
    if _IRONY.search(sent.text) or _put_right(sent.text):
        return []  # "the alleged villains … the so-called offense of …": mockery, not doubt
    base = sent.span[0]
    # Quotations and cues as sorted, non-overlapping intervals: one bisect per hedge word, so a
    # pasted sentence of thousands of cues and hedges stays linear.
    blocked = sorted(
        [(base + s, base + e + 1) for s, e in quote_intervals(sent.text)]
        + [c.cue_span for c in ctx.claims_in(sent.span) if c.cue_span]
    )
    ends = list(itertools.accumulate((e for _, e in blocked), max))
    starts = [s for s, _ in blocked]
    out = []
    for m in found:
        i = bisect.bisect_left(starts, m.end())  # intervals starting before the word ends
        if i and ends[i - 1] > m.start():  # ... one of which reaches past its start
            continue
        if signals_uncertainty(ctx.text, m.span()) and not _refuted(
            ctx.text, m.start(), sent.span[1]
        ):
            out.append(Hedge(sent.line, m.group(), m.span(), sent.span))
    return out


# The hedged party itself announces or confirms it in the next sentence ("the bakery appeared to
# scale back …. The bakery announced it was laying off six drivers"): then "not confirmed" misleads.
_OWN_WORD_CUE = re.compile(r"(?:announc|confirm|acknowledg|admit|disclos)", re.IGNORECASE)
_HEAD = re.compile(r"[A-Za-z][\w-]*")


_NEITHER = re.compile(r"\b(?:neither|nor|no|refused|declined|unable)\b", re.IGNORECASE)


def _checked(ctx: Context, start: int, end: int) -> list[Verification]:
    """The story's "confirmed" or "verified" statements that start in ``[start, end)``."""
    spans = set(fact_or_claim.checked_spans(ctx, start, end))
    return [v for v in ctx.story.verification if v.span in spans]


def _confirmed_after(ctx: Context, sent: Sentence, hedge_start: int) -> bool:
    """Whether the story confirms the hedged event in the hedge's sentence or the next one: a
    "confirmed"/"verified" statement in the same sentence, or in the next about the words after
    the hedge (not "X verified the location of the videos" after "videos appeared to show
    flooding"); "records show" in the next sentence (as fact_or_claim's ``_confirmed_next``); or
    the party named before the hedge announcing or confirming it in the next sentence."""
    after = ctx.sentence_after(sent.span[1])
    end = after.span[1] if after else sent.span[1]
    hedged = content_words(ctx.text[hedge_start : sent.span[1]])
    for v in _checked(ctx, sent.span[0], end):
        if v.span[0] < sent.span[1] or hedged & content_words(v.object):
            return True  # "…, which police later confirmed"; "Police confirmed the fire"
    if after is None:
        return False
    if fact_or_claim.confirming(after.text) and not _NEITHER.search(after.text):
        return True
    before = ctx.text[sent.span[0] : hedge_start].lower()
    for claim in ctx.claims_in(after.span):
        if not claim.cue or not _OWN_WORD_CUE.match(claim.cue) or not claim.source_text:
            continue
        heads = _HEAD.findall(claim.source_text)
        if heads and re.search(rf"\b{re.escape(heads[-1].lower())}\b", before):
            return True
    return False


# A hedge that governs the whole statement and is no key ("The coach is expected to say …", "is
# likely to stress that …"): a later hedge word is inside what is expected, not the story's hedge
_GOVERNING = re.compile(
    r"\b(?:is|are|was|were|be|been|seems?|seemed)\s+(?:also\s+|widely\s+|still\s+|now\s+)?"
    r"(?:likely|unlikely|expected|anticipated|projected|predicted|poised|thought|believed)\s+to\b",
    re.IGNORECASE,
)
# where a clause of the sentence ends: a hedge before it does not govern a hedge after it
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
# an "if", "unless" or "whether" clause still open where the hedge word stands (no comma, colon
# or dash between): the hedge belongs to a condition, not to the story's statement
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,;:.—–]*$", re.IGNORECASE)
# a paragraph that is a bare figure ("12,000.", "$50 million."): the sentence after it is its
# caption ("The number of seats …"), a noun phrase with no verb of its own
_BARE_FIGURE = re.compile(
    r"\W*[$£€]?\s*\d[\d,.]*\s*(?:%|percent|per\s+cent|thousand|million|billion|trillion)?"
    r"\s*[.!]?\s*",
    re.IGNORECASE,
)


def _figure_caption(ctx: Context, sent: Sentence) -> bool:
    """Whether a sentence is the caption of a bare figure set just before it."""
    before = ctx.sentence_before(sent.span[0])
    return before is not None and _BARE_FIGURE.fullmatch(before.text) is not None


@register(KIND, "Hedging", limit=4)
def build(ctx: Context) -> list[Question]:
    """One question per hedged sentence, on its first hedge word that makes a question."""
    out: list[Question] = []
    for sent in ctx.story.sentences:
        if len(sent.text) > _MAX_CHARS:
            continue  # longer than any sentence asked about: no per-hedge work on a huge line
        if _figure_caption(ctx, sent):
            continue  # "12,000. The number of seats the club gave away …": a caption, no verb
        for hedge in hedges_of(ctx, sent):
            if _confirmed_after(ctx, sent, hedge.span[0]):
                break  # the story confirms what the hedge leaves open: no "not confirmed" lesson
            before = ctx.text[sent.span[0] : hedge.span[0]]
            if _GOVERNING.search(_CLAUSE_BREAK.split(before)[-1]):
                break  # "is expected to say … appears …": the story's hedge is not the key
            if _CONDITION.search(before):
                continue  # "… rest him if he appears to be tiring": the speaker's condition
            if hedge.word.lower().startswith("report") and _MODAL_HEDGE.search(
                _QUOTED.sub(" ", sent.text)
            ):
                break  # "… before reports that …, when budgets may …": "may" is the real hedge
            q = _question(ctx, hedge, sent)
            if q:
                out.append(q)
                break
    return out


# a modal or adverb of doubt in the sentence: next to it, "reports" is no sentence's only hedge
_MODAL_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|probably|likely|unlikely)\b", re.IGNORECASE
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# hedge words that can open a reduced clause on a noun ("older games thought to be …", "a man
# believed to be …"): then only that noun and clause are hedged, not the sentence
_REDUCED = frozenset({"thought", "believed"})
_BE = frozenset("is are was were be been being am 's ’s".split())
# words that end the noun phrase a reduced clause hangs on, going back from the hedge word
_NP_STOP = frozenset(
    "for of in on at to with by from about as than into over under among between and or but"
    " nor that which who whom whose while when where after before since like near against"
    " across through during without within".split()
)
_SOFT_ADVERBS = frozenset("now also still long often once already even not never".split())
_AUX = frozenset("has have had do does did will would can could may might must should".split())
_NP_DETERMINERS = frozenset("a an the this that these those some many few two three".split())
_NP_MAX = 5


def reduced_clause(text: str, start: int, end: int) -> str | None | bool:
    """The words a hedge word at ``[start, end)`` of a sentence hedges when it opens a reduced
    clause on a noun ("… demand for [older games thought to be past their best years]."): the
    noun phrase before it and the clause up to the next comma or the end. False when the hedge
    word is no reduced clause's ("Such games are thought to be …": the sentence is hedged);
    None when it is one but its noun phrase cannot be told (no question then)."""
    if text[start:end].lower() not in _REDUCED:
        return False
    before = text[:start].rstrip()
    comma = before.endswith(",")
    words = before.rstrip(",").split()
    while words and (
        words[-1].lower() in _SOFT_ADVERBS
        or (words[-1].lower().endswith("ly") and len(words[-1]) > 4)
    ):
        words.pop()  # "widely believed", "are now thought"
    if not words or words[-1].lower().strip('“”"‘’') in _BE:
        return False
    if words[-1][-1:] in ".;:!?" or words[-1].lower() in _NP_STOP:
        return False  # "… , thought to …" after a clause's end: no noun before it
    phrase: list[str] = []
    while words and len(phrase) < _NP_MAX:
        w = words[-1]
        low = w.lower().strip('“”"‘’')
        if low in _BE or low in _AUX:
            return False  # "radios that are in time thought …": a verb, not a noun phrase
        if low in _NP_STOP or w[-1:] in ",;:.!?" or not low:
            break
        phrase.insert(0, words.pop())
        if low in _NP_DETERMINERS:
            break
    if not phrase or len(phrase) == _NP_MAX and words and words[-1].lower() not in _NP_STOP:
        return None  # no noun before it, or a longer one than can be told
    rest = text[end:]
    stop = re.search(r"[,;:.!?—–]|\s-\s", rest)
    rest = rest[: stop.start()] if stop else rest
    clause = " ".join(phrase) + ("," if comma else "") + " " + text[start:end] + rest.rstrip()
    return clause.strip(' “”"‘’')


def _question(ctx: Context, hedge: Hedge, sent: Sentence) -> Question | None:
    word = ctx.text[hedge.span[0] : hedge.span[1]]
    text = strip_dateline(sent.text).strip()
    if not quotes_balanced(text) or not 6 <= word_count(text) <= 45 or " " in word.strip():
        return None
    if _twice_unhedged(ctx, hedge, sent.span):
        return None  # "which appeared in a journal, … appeared to shrink": which "appeared"?
    clause = reduced_clause(
        ctx.text[sent.span[0] : sent.span[1]], *(i - sent.span[0] for i in hedge.span)
    )
    if clause is None:
        return None  # a reduced clause whose noun cannot be told: what is hedged is unclear
    pool = candidate_words(text, word)
    pool.sort(key=lambda w: digest(hedge.span, w))
    if len(pool) < 3:  # too few listed foils: quantity words and plain verbs fill the options
        cues = frozenset(
            w.lower() for c in ctx.claims_in(sent.span) if c.cue for w in _WORD.findall(c.cue)
        )
        more = [w for w in plain_words(text, word, cues) if w not in pool]
        pool += sorted(more, key=lambda w: digest(hedge.span, w))
    if len(pool) < 2:
        return None
    prompt = (
        f"In this sentence, which word signals that something is not confirmed: {quoted(text)}?"
    )
    explanation = (
        f"The story says: {quoted(text)} — "
        f"the word {quoted(word)} signals that this has been {_gloss(word)}, "
        "not confirmed; the story does not state it as established fact."
    )
    if clause:  # "older games thought to be past their best years": only that part is hedged
        explanation = (
            f"The story says: {quoted(text)} — the word {quoted(word)} hedges only "
            f"{quoted(clause)}: that part is {_gloss(word)}, not confirmed; the story does "
            "not state it as established fact."
        )
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=word.lower(),
        wrong=pool[:3],
        explanation=explanation,
        evidence=ctx.evidence(sent.line, sent.span, word),
        difficulty=2 if norm(word).startswith(("alleg", "report", "claim")) else 3,
        key=hedge.span,
    )


def _twice_unhedged(ctx: Context, hedge: Hedge, span: tuple[int, int]) -> bool:
    """Whether the keyed word is written again in its sentence where it hedges nothing ("The
    papers, which appeared in journals, reported the compound appeared to shrink tumours"):
    the one-word answer would then point at both uses, one of them no hedge."""
    lo, hi = span
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(hedge.word)}(?![\w’'-])", re.IGNORECASE)
    # only the sentence is searched (the text ends at its end, as if cut there)
    return any(
        m.span() != hedge.span and not signals_uncertainty(ctx.text, m.span())
        for m in pattern.finditer(ctx.text, lo, hi)
    )


def _gloss(word: str) -> str:
    """How a hedge word presents its event, for the explanation."""
    low = word.lower()
    if low.startswith("alleg"):
        return "alleged by someone"
    if low.startswith("report"):
        return "reported by others"
    if low.startswith("claim"):
        return "claimed by someone"
    return "presented as uncertain"
