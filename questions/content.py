"""A claim's content: what follows its cue, or the quotation before its source; its stance.

``set_content`` finds where a located cue's content is (after the cue, after "that" or a colon,
or before the source when the source follows the quotation); ``bound_contents`` ends each content
where the next coordinated claim of the sentence begins ("Moscow has blamed X but Kyiv ...").
``quote_kind`` and ``stance`` read the content once it is known.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from questions.cues import (
    AUX_WORDS,
    CLAUSE_WORDS,
    CONTENT_STANCE,
    CONTENT_STANCE_MATCHER,
    CUE_WORDS,
    LABEL_RE,
    TIME_AFTER_RE,
    CueWord,
)
from questions.found import CLOSE_QUOTES, OPEN_QUOTES, PREPOSITIONS, Found, Para, trim
from questions.sources import (
    RELATIVE_NOUNS,
    Mention,
    subject_before,
)
from questions.text import load_lexicon

_BOUNDARY_WORDS = ("and", "but", "while", "whereas", "although", "though", "as")
# How many later cues of a sentence may end a claim's content: a news sentence has a handful, and
# the bound keeps a pathological one ("Tom said Ann said ...") linear.
CUE_REACH = 12


_DASH_RE = re.compile(r"\s(?:--|–|—)\s|;")


# ", saying ...", or ",” saying ..." after a quotation (its comma is masked with its inside)
_PARTICIPLE_CLAUSE_RE = re.compile(r"(?:,|\x01[”\"’])\s+(?!including\b|according\b)[a-z]+ing\b")


_ADJ_COMPLEMENT = ("that ", "to ", "about ", "of ")

# The outlet's own summary after a claim's words: ", an admission that aides quickly repeated",
# ", remarks that were widely played", ", a claim that could not be verified". A singular noun
# needs its determiner (and up to two modifiers: "a thinly veiled swipe"); a bare plural, "that"
# or "which" and an auxiliary after it.
_SUMMARY_NOUNS = load_lexicon("summary_nouns")
_SUMMARY_ALT = "|".join(_SUMMARY_NOUNS)
# a bare plural is also a verb ("..., claims that Univision takes orders"): the noun only before a
# relative clause's auxiliary (", remarks that were widely played")
_SUMMARY_AUX = "were|was|are|is|have|had|has|drew|draw|would|will|could|might"
_SUMMARY_RE = re.compile(
    r",\s+(?:(?:an?|the|his|her|their|its|another|one)\s+"
    r"(?:(?!(?:who|that|which|and|or|he|she|they|it|we)\s)[a-z-]+\s+){0,2}?"
    r"(?:" + _SUMMARY_ALT + r")s?\b(?![’'-])"
    r"|(?:" + _SUMMARY_ALT + r")s\s+(?:that|which)\s+(?:" + _SUMMARY_AUX + r")\b)"
)


# Another source's view of the claim, set after it ("insisted the strike would go on, a position
# the company called reckless", ", a stance the college described as …"): the words after the
# comma are that source's, reported by the outlet, so the claim's words end before the comma.
_CHARACTERIZED_NOUNS = (
    "position|stance|view|claim|line|argument|demand|figure|account|assessment|proposal|plan"
    "|idea|suggestion|assertion|estimate|description|characterization|characterisation"
)
_CHARACTERIZED_RE = re.compile(
    r",\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:" + _CHARACTERIZED_NOUNS + r")\s+"
    r"(?:that\s+|which\s+)?(?:[A-Za-z][\w’'.-]*\s+){1,5}?(?:has\s+|had\s+|have\s+)?"
    r"(?:called|calls|described|describes|dismissed|dismisses|branded|brands|termed|labell?ed"
    r"|deemed|rejected|rejects|disputed|disputes|denied|denies)\b"
)


# the verb after an appositive that sits inside the clause ("the letter, a statement of its
# debts, was sent on Friday")
_PREDICATE_AFTER_RE = re.compile(
    r",\s+(?:was|were|is|are|would|will|had|has|have|could|can|may|might|should|must|did"
    r"|does|[a-z]+ed)\b"
)


_ING_RE = re.compile(r"[a-z]+ing\b")


_ADVERBIAL_OPENERS = frozenset(load_lexicon("adverbial_openers"))
# "called the reports false": a report noun, then a word that calls it untrue (a denial).
_CALLED_FALSE_RE = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(load_lexicon("denial_objects"))
    + r")\b[^.;]{0,60}?\b(?:"
    + "|".join(w.replace(" ", r"\s+") for w in load_lexicon("denial_labels"))
    + r")\b",
    re.IGNORECASE,
)


# A place or occasion after a cue and its addressee ("told reporters outside the gates", "said at
# a news conference in Tirana on Tuesday that ..."): where it was said, not what was said.
_ADJ_PREPS = r"(?:in|at|on|outside|inside|near|during|after|before|from|aboard|with)"
_ADJ_NEXT = r"(?=\s+(?:that|" + _ADJ_PREPS[3:-1] + r")\b|\s*[,.;:!?]|\s*$)"
_ADJUNCT_RE = re.compile(
    r"\s+(" + _ADJ_PREPS + r")\s+((?:[\w’'.&-]+\s+){0,5}?[\w’'.&-]+"
    r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?=,\s+that\b),)?)" + _ADJ_NEXT
)
# "told a rally", "told the committee": an addressee the lexicon does not list, before a place,
# "that" or the sentence's end
_ADDRESSEE_NP_RE = re.compile(
    r"\s+((?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)" + _ADJ_NEXT
)
# "told friends", "told investors": a plural noun alone as the addressee
_PLURAL_ADDRESSEE_RE = re.compile(r"\s+([a-z][\w’'-]*[a-rt-z]s)" + _ADJ_NEXT)
_NOT_IN_ADJUNCT = CLAUSE_WORDS | AUX_WORDS | CUE_WORDS | {"he", "she", "they", "we", "i", "it"}
_END_RE = re.compile(r"[\s.;!?”\"’]*$")
_QUOTE_AFTER_RE = re.compile(r",\s*(?=[“\"]|'')")
# "said at the meeting that was ...", "in a film that showed ...": a relative "that", no content
_RELATIVE_THAT_RE = re.compile(
    r"\s+that\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could|may|might)\b"
)


def _plain(words: str) -> bool:
    """Whether an adjunct's or addressee's words are a plain noun phrase (no verb, no clause)."""
    return not any(w.lower().strip(".’'") in _NOT_IN_ADJUNCT for w in words.split())


def past_adjuncts(masked: str, pos: int, hi: int, addr: bool) -> tuple[int, str] | None:
    """Where the content starts after a cue's addressee and place/time phrases.

    Returns (position after "that", "that"), (hi, "end") when nothing but the phrases follows the
    cue (the content is then before the source), or None when no phrase is skipped or what
    follows is no "that" clause (left as it was: "said in the past the bill was dead").
    """
    skipped = False
    if addr:
        m = _ADDRESSEE_NP_RE.match(masked, pos, hi) or _PLURAL_ADDRESSEE_RE.match(masked, pos, hi)
        if m and _plain(m.group(1)):
            pos, skipped = m.end(), True
    while True:
        m = TIME_AFTER_RE.match(masked, pos, hi)
        if m:
            pos = m.end()
            continue
        m = _ADJUNCT_RE.match(masked, pos, hi)
        if m is None or not _plain(m.group(2)) or _clause_like(m.group(1), m.group(2)):
            break
        pos, skipped = m.end(), True
    if not skipped or _RELATIVE_THAT_RE.match(masked, pos, hi):
        return None
    if masked.startswith(" that ", pos):
        return pos + 6, "that"
    quote = _QUOTE_AFTER_RE.match(masked, pos, hi)
    if quote:
        return quote.end(), "quote"  # "said at a rally, “...”"
    if _END_RE.match(masked, pos, hi):
        return hi, "end"
    return None


def _clause_like(prep: str, words: str) -> bool:
    """Whether a phrase after a cue is no place or time: "at least 20", "after hinting that"."""
    first = words.split()[0]
    if prep.lower() == "at" and first.lower() in ("least", "most"):
        return True
    return prep.lower() != "during" and first.islower() and first.endswith("ing")


def clause_comma(masked: str, start: int, end: int) -> int:
    """The first comma in masked[start:end] that may end a clause, or -1: not the thousands
    separator of a figure ("$104,350", "1,000 pages")."""
    comma = masked.find(",", start, end)
    while (
        comma >= 0
        and masked[comma - 1 : comma].isdigit()
        and masked[comma + 1 : comma + 2].isdigit()
    ):
        comma = masked.find(",", comma + 1, end)
    return comma


def calls_false(text: str, at: int) -> bool:
    """Whether the words at ``at`` call a report untrue ("the report false", "the claims a
    hoax"): after "called" they make a denial, whoever the subject."""
    return bool(_CALLED_FALSE_RE.match(text[at : at + 120].lstrip()))


def set_content(para: Para, lo: int, hi: int, f: Found) -> None:
    """Set a Found's content start and (provisional) span: after the cue, or before the source."""
    masked = para.masked
    if f.mode == "pass":
        subject = subject_before(masked, lo, f.verb[0])[0]
        f.content = (subject.span[0] if isinstance(subject, Mention) else f.verb[0], hi)
        if f.cue.text.endswith("that"):
            f.content = (_skip(masked, f.cue_span[1], hi), hi)
        f.content_start = f.content[0]
        return
    if f.mode == "asked":  # the question: "whether ...", "about ...", to the clause's end
        start = _skip(masked, f.cue_span[1], hi)
        end = clause_comma(masked, start, hi)
        f.content = trim(para.text, start, end if end > 0 else hi)
        f.content_start = f.content[0]
        return
    if f.mode == "prep":
        f.content = _prep_content(masked, lo, hi, f)
        f.content_start = f.content[0] if f.content else hi
        return
    if f.mode in ("opening", "colon", "passive", "noun"):
        f.content_start = f.content[0] if f.content else hi
        return
    # after a naming cue "that" is a determiner: "called that estimate “wildly exaggerated”"
    start = _skip(masked, f.cue_span[1], hi, that="name" not in f.cue.flags)
    back = _backward(masked, lo, f)
    adjunct = _adjunct(masked, hi, f, back)
    if adjunct is not None:
        start = adjunct[0]
    f.content_start = start
    aside = (
        masked.startswith(", ", start)
        and back is not None
        and _words(masked, back) < 5
        and masked[back[1] - 1] not in CLOSE_QUOTES + "'"
        and not _ING_RE.match(masked, start + 2)
    )
    if aside and f.mode == "left":
        f.content_start = start = start + 2  # "In recent days, advisers say, the president ..."
        back = None
    first = masked[start:hi].split(None, 1)[0].lower() if start < hi else ""
    if first in PREPOSITIONS and _after_that(masked, f.cue_span[1], start):
        first = ""  # "noted that during the slump prices fell": the clause is what was said
    if (
        adjunct is not None
        and adjunct[1] == "end"
        and back
        and _adverbial(masked, *back)
        and not any(q in masked[back[0] : back[1]] for q in OPEN_QUOTES + "\x01")
    ):
        return  # "On Friday, X told a joke at the fair.": an opening phrase, nothing said
    if (
        f.mode in ("inverted", "quoted_as")
        and back
        or (back and (start >= hi or first in PREPOSITIONS or masked[start] in ",.;"))
        or (back and adjunct is not None and adjunct[1] == "quote")  # “A,” he said in X, “B.”
    ):
        f.content = back
    elif start < hi and masked[start] not in ".;,":
        if "inf" in f.cue.flags and not masked.startswith("to ", start):
            return  # "sales declined", "the plans": no intention is reported
        if "adj" in f.cue.flags and not masked.startswith(_ADJ_COMPLEMENT, f.cue_span[1] + 1):
            return  # "a worried official": no belief is reported
        that = adjunct is not None and adjunct[1] == "that"
        if "that" in f.cue.flags and not (that or masked.startswith("that ", f.cue_span[1] + 1)):
            return  # "the court ruled on Friday": no finding is reported
        if "as" in f.cue.flags and " as " not in masked[start:hi]:
            return  # "officials saw the site": no view is reported
        f.content = (start, hi)
    elif f.cue.stance == "declines" and "inf" not in f.cue.flags:
        f.content = f.verb  # "X declined to comment.": the refusal is the claim


def _adjunct(
    masked: str, hi: int, f: Found, back: tuple[int, int] | None
) -> tuple[int, str] | None:
    """``past_adjuncts`` for a rule's cue of speech ("told a rally in Ohio that ..."); a cue
    whose phrase may be its complement ("agrees with Dean", "declined to comment on it", a
    learned cue) keeps its content, unless a "that" clause or a quotation follows the phrase."""
    if f.cue.stance == "declines" or f.learned:
        return None
    adjunct = past_adjuncts(masked, f.cue_span[1], hi, "addr" in f.cue.flags)
    if adjunct is None or adjunct[1] != "end" or back is not None:
        return adjunct
    speech = "addr" in f.cue.flags or f.cue.text in ("said", "says", "say")
    return adjunct if speech else None


def _after_that(masked: str, cue_end: int, start: int) -> bool:
    """Whether the words between a cue and its content's start end on "that"."""
    return masked[cue_end:start].rstrip().lower().endswith(" that")


def _words(masked: str, span: tuple[int, int]) -> int:
    """How many words a span of the text holds."""
    return len(masked[span[0] : span[1]].split())


def _skip(masked: str, pos: int, hi: int, that: bool = True) -> int:
    """Skip time phrases, "that" (unless ``that`` is false), a colon, or a comma before a
    quotation after a cue."""
    while True:
        m = TIME_AFTER_RE.match(masked, pos)
        if not m:
            break
        pos = m.end()
    while pos < hi and masked[pos] == " ":
        pos += 1
    if that and masked.startswith(("that ", "That "), pos):
        pos += 5
    elif masked.startswith(":", pos) or (
        masked.startswith(",", pos) and masked[pos + 1 : pos + 3].lstrip()[:1] in OPEN_QUOTES
    ):
        pos += 1
    while pos < hi and masked[pos] == " ":
        pos += 1
    return min(pos, hi)


def _backward(masked: str, lo: int, f: Found) -> tuple[int, int] | None:
    """The content before a source that follows it ("“...,” he said", "..., the Kremlin said")."""
    anchor = f.mention.span[0] if f.mention else None
    if f.mode == "inverted":
        anchor = f.verb[0]
    elif f.mode == "quoted_as":
        relayer = subject_before(masked, lo, f.verb[0])[0]
        anchor = relayer.span[0] if isinstance(relayer, Mention) else f.verb[0]
    if anchor is None or f.mode in ("part", "elided"):
        return None
    before = masked[lo:anchor].rstrip()
    if f.mode == "left" and masked[anchor : anchor + 1].islower():
        noun = _RELATIVE_NOUN_END_RE.search(before)
        if noun is not None and noun.group(1) in RELATIVE_NOUNS:
            before = before[: noun.start() + 1]  # "…, an explanation leaders dismissed as …"
    if not before and lo > 0:
        return _quote_before(masked, lo)  # “... to pay?” Hale asked.
    if before.endswith((" as", ", as")):
        before = before[:-3].rstrip()  # "..., as an Acme Corp letter phrased it"
    if not before or before[-1] not in ",”\"’'–—":
        return None
    end = lo + len(before)
    if before[-1] in ",–—":
        end -= 1
    start = lo
    while start < end and masked[start] == " ":
        start += 1
    return (start, end) if end - start > 2 else None


# an article and a noun ending the words before a bare relative clause's subject ("…, an
# explanation [community leaders dismissed]"): the clause describes what comes before the comma
_RELATIVE_NOUN_END_RE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)$")


def _quote_before(masked: str, lo: int) -> tuple[int, int] | None:
    """The quotation that ends just before a sentence ("“...?” Vitter demanded.")."""
    base = max(0, lo - 2000)  # a quotation longer than a few paragraphs' worth is no one's
    prev = masked[base:lo].rstrip()
    if not prev or prev[-1] not in CLOSE_QUOTES:
        return None
    opening = max(prev.rfind(q) for q in OPEN_QUOTES[:2])
    return (base + opening, base + len(prev)) if 0 <= opening < len(prev) - 2 else None


def _prep_content(masked: str, lo: int, hi: int, f: Found) -> tuple[int, int] | None:
    """The content of "according to X": the rest of the sentence on the other side."""
    head = masked[lo : f.verb[0]]
    if len(head.strip(" ,")) > 3:
        start = lo + len(head) - len(head.lstrip())
        return (start, lo + len(head.rstrip(" ,")))
    src_end = f.mention.span[1] if f.mention else f.verb[1]
    comma = clause_comma(masked, src_end, hi)
    start = comma + 1 if comma >= 0 else src_end
    while start < hi and masked[start] == " ":
        start += 1
    return (start, hi) if hi - start > 3 else None


def _has_dash(masked: str, s: int, e: int) -> bool:
    """Whether masked[s:e] holds a dash or semicolon ``_DASH_RE`` could match (a cheap test)."""
    return any(masked.find(mark, s, e) >= 0 for mark in ("--", "–", "—", ";"))


def bound_contents(para: Para, founds: list[Found], hi: int) -> None:
    """End each forward content where the next coordinated claim of the sentence begins."""
    masked = para.masked
    for k, f in enumerate(founds):
        if f.content is None or f.mode in ("colon", "passive"):
            continue
        s, e = f.content
        last = founds[-1].verb[0] if k + 1 < len(founds) else -1  # founds are in text order
        dash = _DASH_RE.search(masked, s, e) if s > f.verb[0] and _has_dash(masked, s, e) else None
        if dash and last >= dash.end():
            e = dash.start()  # "... in the election -- meddling the congressman said is ..."
        clause = _PARTICIPLE_CLAUSE_RE.search(masked, s, e) if s > f.verb[0] else None
        if clause and _comma_at(masked, para.text, clause.start()):
            # "wondered whether ..., engaging in what analysts described"
            e = clause.start() + (0 if masked[clause.start()] == "," else 2)
        for g in founds[k + 1 : k + 1 + CUE_REACH]:
            if g.mode == "colon" and g.mention and s < g.mention.span[0] <= e:
                e = g.mention.span[0]  # "Pollsters agree - Ann Reed: “...”": Reed's words are hers
                while e > s and masked[e - 1] in " -–—":
                    e -= 1
                break
            quote = _quote_told_before(para, g) if g.content else None
            if quote is not None and s < quote < e:
                e = quote  # "... on women: “...,” the union wrote": the quotation is g's
                g.content = (quote, g.content[1])
                break
            if g.mode == "left" and g.mention and g.mention.span[0] <= f.verb[0] < g.verb[0]:
                e = min(e, g.mention.span[1])  # f sits in g's subject: "X, who called ..., said"
                f.embedded = True
                break
            anchor = g.mention.span[0] if g.mode == "left" and g.mention else g.cue_span[0]
            if g.mode == "part":
                anchor = g.verb[0]
            cut = _boundary(masked, anchor)
            if cut is None and g.mode == "left" and g.mention:
                cut = _quoted_comma(para.text, anchor)  # "claimed that “…,” an inspector said"
            if cut is not None and masked[cut] == "," and _adverbial(masked, s, cut):
                cut = None  # "after examining the leg, she insisted": one clause goes on
            if cut is not None and s < cut <= e:
                e = cut
                break
            if s <= anchor < e:
                g.embedded = True
        e = _before_later_subject(masked, founds[k + 1 : k + 1 + CUE_REACH], s, e)
        if f.mention and s > f.verb[0] and _RELATIVE_WHO_RE.fullmatch(para.text, *f.mention.span):
            listed = _NEXT_IN_LIST_RE.search(masked, s, min(len(masked), e + 12))
            if listed and listed.start() < e:
                e = listed.start()  # "Carson, who claimed that X, and Trump, who …": X only
        if s > f.verb[0]:
            e = _before_summary(masked, s, e)
        if e <= f.verb[0]:
            s = _after_inner_cues(masked, founds, f, s, e)
        f.content = trim(para.text, s, e)


# The outlet's check of the claim joined on after it ("…, but that could not be independently
# verified"), and the source's own silence after a confirmation ("confirmed the call took place
# but gave no details"): neither is part of what the source said
_CHECKED_AFTER_RE = re.compile(
    r",?\s+(?:but|though|although)\s+(?:that|this|it|the\s+claim|the\s+report)\s+"
    r"(?:could|can|has|have|had|was|is|cannot|couldn[’']t)\b[^,;]{0,30}?"
    r"\b(?:verified|confirmed|corroborated|substantiated|authenticated)\b"
    r"|\s+but\s+(?:gave|provided|offered)\s+no\s+(?:further\s+|other\s+|more\s+)?"
    r"(?:details?|information|explanation|reason|figures?)\b"
)


_QUOTED_COMMA_RE = re.compile(r",(?:[”\"]|'')\s+$")


def _quoted_comma(text: str, anchor: int) -> int | None:
    """Where a later subject's clause is joined on after a quotation that closes on a comma
    (“…,” one of the inspectors said): just after the closing mark."""
    m = _QUOTED_COMMA_RE.search(text, max(0, anchor - 8), anchor)
    return m.end() - len(m.group()) + len(m.group().rstrip()) if m else None


def _comma_at(masked: str, text: str, at: int) -> bool:
    """Whether a participle clause found at ``at`` follows a comma: the masked one, or the one
    inside the quotation it closes (“…,” adding; ''…,'' adding, its comma one mark earlier)."""
    return masked[at] == "," or text[at] == "," or (at > 0 and text[at - 1 : at + 1] == ",'")


def _before_later_subject(masked: str, later: list[Found], s: int, e: int) -> int:
    """Where a content ends that stops inside a later cue's subject ("said the bridge would
    reopen, but the engineers[, citing the age of the steel, warned …]": a participle's comma
    ended it): at the joint before that subject, so no part of another source's attribution
    is left on the first source's words."""
    for g in later:
        if g.mode == "left" and g.mention and s < g.mention.span[0] < e <= g.cue_span[0]:
            cut = _boundary(masked, g.mention.span[0])
            return cut if cut is not None and s < cut < e else e
    return e


def _before_summary(masked: str, s: int, e: int) -> int:
    """Where a forward content ends before the outlet's summary appositive (", an admission
    that ...", ", remarks that ..."): the appositive is the outlet's comment, not the claim;
    and before the outlet's check joined on after it (``_CHECKED_AFTER_RE``)."""
    seg = masked[s:e]
    checked = _CHECKED_AFTER_RE.search(masked, s, e) if " but " in seg or "though " in seg else None
    if checked is not None and len(masked[s : checked.start()].split()) >= 3:
        e = checked.start()
    if masked.find(",", s, e) < 0:
        return e
    other = _CHARACTERIZED_RE.search(masked, s, e)
    if other is not None and len(masked[s : other.start()].split()) >= 3:
        e = other.start()  # ", a position the company called …": the company's words
    m = _SUMMARY_RE.search(masked, s, e)
    if m is None or len(masked[s : m.start()].split()) < 3:
        return e
    if _PREDICATE_AFTER_RE.search(masked, m.end(), e):
        return e  # "said the letter, a statement of its debts, was sent": a subject's appositive
    return m.start()


# A denial apposed to the claim before it: ", a claim Dravia denies", ", a charge that the
# minister strongly denied", ", which the army denied". Group 1 is the noun phrase that stands for
# the claim (the denial's content), group 2 a bare "which"; the denier's mention follows.
# the nouns that stand for a claim another source made, and the words that call one untrue
# (shared with the denial questions, questions/generate/kinds/who_denied.py)
CLAIM_NOUNS = "claim|charge|allegation|accusation|assertion|suggestion|explanation"
FALSE_WORDS = r"false|untrue|not\s+true|baseless|groundless|unfounded|fabricated"
_APPOSED_RE = re.compile(
    r",\s+(?:((?:an?|the)\s+(?:(?!(?:that|which|and|or)\s)[a-z-]+\s+){0,2}?(?:"
    + CLAIM_NOUNS
    # ", allegations the club denies", ", claims the ministry rejected": a bare plural
    + r")|(?:"
    + CLAIM_NOUNS
    + r")s)(?:\s+(?:that|which))?|(which))"
    # the denier's role before its name (den12): ", allegations club chairman Bo Hedlund denies"
    r"(?:\s+(?!(?:that|which|and|or|the|an?|by|to|of|is|was|were|has|have|had)\s)[a-z]{3,}){0,2}"
    r"\s+$"
)
# "..., which the army said was false": a denial made by saying so
_SAID_FALSE_RE = re.compile(
    r"\s+(?:was|is|were|are)\s+(?:(?:completely|entirely|totally|simply|patently)\s+)?"
    r"(?:" + FALSE_WORDS + r")\b"
)
# what may follow the denial's verb: nothing, or a phrase of manner, time or channel
_APPOSED_TAIL_RE = re.compile(
    r"(?:\s+as\s+[“\"‘]\x01+[”\"’]"  # "dismissed as “an insult”"
    r"|\s+(?:as|on|in|at|last|this|earlier|later|through|via|during|outright|flatly"
    r"|strongly|vehemently|immediately)\b[^,;:\x01]{0,60}?)?\s*(?:[,;]|[.!?]?\s*$)"
)
# words between the denier and its verb: an auxiliary or an adverb ("has strongly denied")
_APPOSED_BETWEEN = frozenset({"has", "have", "had", "also", "again", "since"})
_APPOSED_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "this", "that"})


# a noun "which" may stand for instead of the clause: "…, the allegations, which Ailes denies",
# "…, approved the request, which the mayor denied"
_WHICH_OBJECTS = frozenset(load_lexicon("denial_objects")) | {
    "request", "requests", "application", "permit", "appeal", "bail", "access", "entry",
    "visa", "plan", "plans", "proposal", "bill", "offer", "motion", "bid", "petition",
}  # fmt: skip


def _which_denies(masked: str, s: int, comma: int, g: Found, said_false: bool) -> bool:
    """Whether "…, which X denied" denies the clause before it: a verb of denying ("rejected",
    "dismissed" may take a plan or a bill) or "said was false", and no noun at the clause's end
    that "which" may stand for instead."""
    verb = g.cue.text.split()[-1:]
    if not said_false and not (verb and verb[0] in ("denied", "denies", "deny")):
        return False
    words = masked[s:comma].split()
    return bool(words) and words[-1].lower().strip("’'\"”") not in _WHICH_OBJECTS


_FIRST_CAPITAL = re.compile(r"\b[A-Z]")


def apposed_denials(para: Para, founds: list[Found], hi: int) -> None:
    """A denial cue in an appositive or relative clause after a claim of the same sentence
    ("Officials said X, a claim Dravia denies"; "..., which the army denied"): the denial's
    content is the noun standing for the claim ("a claim", or "which"), the claim's words end
    before the comma, and the denial is marked ``apposed`` (what it denies is that claim).
    Only a rule's cue with its denier named just before it, nothing but a phrase of manner or
    time after it, and one claim whose words reach the comma."""
    masked = para.masked
    for k, g in enumerate(founds):
        if g.learned or g.mode != "left" or g.mention is None or g.content_start is None:
            continue
        said_false = None
        if g.cue.stance != "denies":
            if g.cue.text not in ("said", "says"):
                continue
            said_false = _SAID_FALSE_RE.match(masked, g.cue_span[1], hi)
            if said_false is None:
                continue
        m0 = g.mention.span[0]
        m = _APPOSED_RE.search(masked[max(0, m0 - 80) : m0])
        base = max(0, m0 - 80)
        capital = _FIRST_CAPITAL.search(masked, m0, g.mention.span[1])
        if m is None and capital and capital.start() > m0:
            # ", allegations club chairman Bo Hedlund denies" (den12): the mention took in the
            # noun; the denier's mention is what follows it ("club chairman Bo Hedlund")
            m = _APPOSED_RE.search(masked[base : capital.start()])
            if m is None or m.end(1) <= m0 - base or not m.group(1):
                continue
            after = base + m.end(1)
            after += len(masked[after:]) - len(masked[after:].lstrip())
            head = (max(g.mention.head[0], after), g.mention.head[1])
            g.mention = dc_replace(g.mention, span=(after, g.mention.span[1]), head=head)
        if m is None:
            continue
        comma = base + m.start()
        mention = para.text[g.mention.span[0] : g.mention.span[1]]
        if mention.lower() in _APPOSED_PRONOUNS or len(mention.split()) > 5:
            continue  # "..., a claim he denies": whose denial is it?
        between = masked[g.mention.span[1] : g.cue_span[1]].split()[:-1]
        if any(w not in _APPOSED_BETWEEN and not w.endswith("ly") for w in between):
            continue  # "…, a claim the army did not deny", "has not denied": no denial made
        tail = said_false.end() if said_false else g.cue_span[1]
        if not _APPOSED_TAIL_RE.match(masked[tail:hi]):
            continue  # "..., a claim the ministry denied reports of": more than a denial
        before = [f for f in founds[:k] if f.verb[0] < comma]
        if not before:
            continue
        f = before[-1]  # the claim just before the comma, and no other cue between
        if f.content is None or f.content[0] <= f.verb[0] or f.mode == "colon":
            continue
        s, e = f.content
        if not (s < comma <= e or (e <= comma and not masked[e:comma].strip())):
            continue
        if m.group(2) and not _which_denies(masked, s, comma, g, said_false is not None):
            continue
        f.content = trim(para.text, s, comma)
        g.content = (
            base + (m.start(1) if m.group(1) else m.start(2)),
            base + (m.end(1) if m.group(1) else m.end(2)),
        )
        g.content_start = g.content[0]
        g.apposed = True


_RELATIVE_WHO_RE = re.compile(r"who|which", re.IGNORECASE)
# the next item of a list the relative clause's noun stands in: ", and Donald Trump, who"
_NEXT_IN_LIST_RE = re.compile(
    r",\s+(?:and|or)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:who|which)\b"
)


def _quote_told_before(para: Para, g: Found) -> int | None:
    """Where the quotation opens that a later cue's source told before it ("“...,” X wrote")."""
    assert g.content is not None  # noqa: S101 - the caller checked
    if g.content[1] > g.cue_span[0]:
        return None
    for open_, close in para.quotes_overlapping(g.content[1] - 2, g.content[1] + 1):
        if open_ >= g.content[0] and g.content[1] - 2 <= close < g.content[1] + 1:
            return open_
    return None


def _after_inner_cues(masked: str, founds: list[Found], f: Found, s: int, e: int) -> int:
    """Start a content told before its source after any other cue inside it.

    "Members echo her concerns, because ... “income,” as a memo put it": the memo's content
    starts after "echo her concerns,".
    """
    for g in founds:
        if g is not f and s <= g.verb[0] < e:
            comma = clause_comma(masked, g.verb[1], e)
            if comma >= 0:
                s = comma + 1
    return s


def _adverbial(masked: str, s: int, cut: int) -> bool:
    """Whether masked[s:cut] is an adverbial phrase ("after examining the leg")."""
    first = masked[s:cut].split(None, 1)
    return bool(first) and first[0].lower() in _ADVERBIAL_OPENERS


def _boundary(masked: str, anchor: int) -> int | None:
    """Where a clause that starts at anchor is joined on: its comma or conjunction, if any."""
    base = max(0, anchor - 64)  # a bounded look back: the joint is a few characters away
    before = masked[base:anchor].rstrip()
    if before.endswith((",", ";", "–", "—")):
        return base + len(before) - 1
    for word in _BOUNDARY_WORDS:
        if before.endswith(" " + word):
            return base + len(before[: -len(word)].rstrip(" ,"))
    return None


def quote_kind(para: Para, s: int, e: int) -> str:
    """Direct when the content is wholly a quoted sentence, partial when it holds a quotation.

    A wholly quoted phrase without closing punctuation (“Ukrainian militants”) is a fragment.
    """
    overlapping = list(para.quotes_overlapping(s, e))
    for open_, close in overlapping:
        if open_ <= s and close >= e - 1 and para.text[s] in OPEN_QUOTES:
            mark = close - 1 if para.text.startswith("''", close - 1) else close
            if close >= len(para.text) or para.text[mark - 1] in ",.?!…:;":
                return "direct"
    return "partial" if overlapping else "indirect"


_DENIAL_NOUN_RE = re.compile(
    r"^(?:\S+\s+){0,4}?(?:" + "|".join(load_lexicon("denial_objects")) + r")\b", re.IGNORECASE
)
_DENIED_CLAUSE_RE = re.compile(
    r"^(?:that\b|(?:[a-z]+ly\s+)?[\w’'-]+ing\b|(?:it|this|that|them|these|those|ever|having|being)\b"
    r"|(?:\S+\s+){0,5}?(?:is|was|were|are|had|has|have|would|will|did|could|does|do)\b"
    r"|(?:the|a|an|its|his|her|their|this)\s+(?:[\w’'-]+\s+){1,3}?[a-z]+ed\b(?!\s+by\b))",
    re.IGNORECASE,
)


# "denied any naval exercise", "denies any contact with the firm": after "deny" itself, "any"
# and a noun is something claimed (not "denied any appeal": a ruling on a request)
_DENIED_ANY_RE = re.compile(r"^any\s+(?!(?:appeal|request|application|bail)\b)[\w’'-]+")


# "dismissed the union's concerns as “scaremongering”": a thing and what it is dismissed as, a
# description (and so a claim), whatever the thing; not "as part of", "as well", "as a result"
_DISMISSED_AS_RE = re.compile(
    r"^(?:[\w’'-]+\s+){1,8}?as\s+(?!(?:part|well|a\s+result|soon|much|many|long|far|of|if|though"
    r"|such|usual|expected|planned|promised)\b)(?:[“\"‘]|[\w’'-]+)",
    re.IGNORECASE,
)


def denies_a_claim(content: str, deny: bool = False) -> bool:
    """Whether what a denial cue takes is something claimed ("denied that …", "denied taking
    money", "denied knowingly selling", "rejected the allegations", "dismissed it"; with ``deny``,
    the cue a form of "deny", also "denied any naval exercise"), not a ruling on a request, a
    bill or a person ("denied entry", "rejected the bill", "dismissed the case", "dismissed 200
    workers"). "<thing> as <description>" is a claim ("dismissed the concerns as “scaremongering”",
    not "dismissed 200 workers as part of the cuts")."""
    content = content.strip()
    words = content.lstrip("“\"‘' ")
    if words[:1] != content[:1] or not words:
        return True  # a quotation: the words of the denial itself
    if deny and _DENIED_ANY_RE.match(words):
        return True
    return bool(
        _DENIAL_NOUN_RE.match(words)
        or _DENIED_CLAUSE_RE.match(words)
        or _DISMISSED_AS_RE.match(words)
    )


_INSISTED = frozenset({"insisted", "insists", "insist", "insisting", "maintained", "maintains"})
_THERE_IS_NO = re.compile(
    r"^(?:that\s+)?there\s+(?:is|was|were|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:no|never\s+been\s+any)\b",
    re.IGNORECASE,
)


def stance(cue: CueWord, content: str) -> str:
    """The cue's stance, sharpened by the content for a plain "asserts" (and "called the reports
    false", a characterization that is a denial)."""
    if cue.stance == "characterizes" and _CALLED_FALSE_RE.match(content):
        return "denies"
    if cue.stance != "asserts":
        return cue.stance
    if cue.text in _INSISTED and _THERE_IS_NO.match(content):
        return "denies"  # "insisted there was no link": a denial
    m = (
        next(CONTENT_STANCE_MATCHER.finditer(content, 0, len(content)), None)
        if _may_hold_stance_phrase(content)
        else None
    )
    if m:
        return CONTENT_STANCE[" ".join(m.group().lower().split())]
    # a label needs its quotation marks: no regex on a content without one
    labelled = ("“" in content or '"' in content) and LABEL_RE.match(content)
    return "characterizes" if labelled else "asserts"


# The longest word of each content-stance phrase, lower-cased: a content whose lower-cased text
# holds none of them holds no phrase, and is not split into words for the matcher (most
# contents). The matcher reads the phrases case-blind, where four letters outside ASCII stand
# for ASCII ones that ``str.lower`` does not give ("ſ" for "s", "İ" and "ı" for "i", the Kelvin
# sign for "k"): a content holding one is always read by the matcher.
# (any word of a phrase would do; common words and intensifiers are passed over for a rarer one)
_COMMON_WORDS = frozenset(
    "there was were is are had has have not no never we i to do did done with without a an in "
    "any simply totally completely entirely wholly absolutely patently strongly firmly "
    "categorically".split()
)


def _stance_key(phrase: str) -> str:
    """The word of a content-stance phrase its content is first tested for."""
    words = phrase.split()
    return max([w for w in words if w not in _COMMON_WORDS] or words, key=len)


_STANCE_KEYS = {_stance_key(phrase) for phrase in CONTENT_STANCE}
# a key holding another ("misleading", "mislead") is found wherever that one is not
_STANCE_KEYS = tuple(
    sorted(k for k in _STANCE_KEYS if not any(o != k and o in k for o in _STANCE_KEYS))
)
_FOLDED_LETTERS = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_hold_stance_phrase(content: str) -> bool:
    """Whether a content may hold a phrase of ``CONTENT_STANCE_MATCHER`` (a cheap test)."""
    low = content.lower()
    if any(map(low.__contains__, _STANCE_KEYS)):
        return True
    return not content.isascii() and _FOLDED_LETTERS.search(content) is not None
