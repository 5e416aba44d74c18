"""Verification statements and hedges.

Verification: who verified, could not verify, confirmed, or neither confirmed nor denied what.
Forms read, each over one sentence with its quotations masked:

- an active frame before a verb of verification: "Sky News has been unable to verify the
  reports", "The State Department has not confirmed the report", "Officials have yet to confirm",
  "declined to confirm" (all unverified), "Reuters was able to identify" (verified);
- a passive: "The figure could not be independently verified" (unverified, by the outlet: the
  story's own name, its agency credit, or "the outlet"), "was confirmed by the ministry"
  (confirmed, by the ministry), "It could not be established whether ...", and the relative and
  appositive forms ("..., a claim that could not be verified", "the claims, which the BBC has
  not independently verified");
- "neither confirm nor deny" and its variants ("did not confirm or deny reports that ...");
- a gerund after "confirm" ("has not confirmed receiving the letter"), and a negated verb
  sharing the subject of a reporting verb ("Police said two were hurt and could not confirm
  the cause of the fire": the police's); an agentless passive in a speaker's reported clause
  is the speaker's, not the outlet's ("Police said … and the cause could not be confirmed");
- a verb read only in a check ("establish", "determine", "ascertain", "check"): negated, in the
  passive ("the claim could not be independently checked", a news subject), or in the active
  before a question word, a claim pointed back to ("could not establish that claim"), or with
  the outlet as subject ("Reuters could not independently determine the cause of the fires");
- an outlet that has not seen or reviewed a piece of evidence the story brought in ("Reuters
  has not seen the document", "The agency was not able to review the footage"): unverified by
  it, the contents of a paper or the picture itself (``_unseen``).

A claim whose cue is "confirmed" ("she confirmed that ...") is a confirmation by its source.
Paperwork and appointments are not news: "verify their identity", "confirm the nominee", "a
confirmation hearing" give nothing (``lexicons/ver_news_objects.txt``,
``ver_personal_objects.txt``); a noun of event is news with its "of"/"to" phrase ("has not
confirmed the closure of the library", ``ver_event_nouns.txt``), and the date, time or venue of
an arrangement is not ("the date of the meeting", ``ver_scheduled.txt``). An "it" opening a
relative clause in the object is the verifier's ("The hospital has not confirmed the number of
patients it took in": the hospital's).

Hedges: words that signal an event is not confirmed (``lexicons/hedges.txt``), except where the
word is the cue of a claim ("Gladkov reported that" is attribution, "the reported incursion" a
hedge) or a claim for money or a right ("insurance claims", "claims for compensation",
``legal_claim``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from questions.attribution import heading_sentences
from questions.cues import HEDGE_MATCHER, load_table
from questions.model import Claim, Hedge, Sentence, StoryAnalysis, Verification
from questions.names import GIVEN_NAMES, PERSON_KINDS, PERSON_NAME_RE, Namer
from questions.quotes import quote_intervals
from questions.sources import Mention, subject_before
from questions.text import load_lexicon

_FRAME = {row[0]: row[1] for row in load_table("verification.tsv")}
_NEWS = frozenset(load_lexicon("ver_news_objects"))
_PAPERWORK = frozenset(load_lexicon("ver_personal_objects"))
_EVENTS = frozenset(load_lexicon("ver_event_nouns"))
_SCHEDULED = frozenset(load_lexicon("ver_scheduled"))
_SCHEDULE_HEADS = frozenset({"date", "dates", "time", "times", "timing", "venue", "location"})
_CREDITS = {row[0]: row[1] for row in load_table("ver_outlets.tsv")}
OUTLET_CREDITS = _CREDITS  # an agency's credit and its full name: "AP" -> "The Associated Press"
_OUTLETS = frozenset(n.lower() for n in load_lexicon("ver_outlet_names"))
_OUTLET_OPENINGS = tuple(name + " " for name in _OUTLETS)
_OUTLET_OPENING_CHARS = max(map(len, _OUTLET_OPENINGS), default=0)


def _verbs() -> dict[str, tuple[str, str]]:
    """Every form of every verb of verification -> (base, mark): mark is "", "*" or "+"."""
    forms: dict[str, tuple[str, str]] = {}
    for line in load_lexicon("verify_verbs"):
        base, participle = line.split()
        mark = base[-1] if base[-1] in "*+" else ""
        base = base.rstrip("*+")
        stem = base[:-1] + "ie" if base.endswith("y") else base
        ing = base[:-1] if base.endswith("e") else base
        for form in (base, participle, stem + "s", ing + "ing"):
            forms[form] = (base, mark)
    return forms


_VERB = _verbs()
_PARTICIPLE = {base: p for line in load_lexicon("verify_verbs") for base, p in [line.split()]}
_PARTICIPLE = {b.rstrip("*+"): p for b, p in _PARTICIPLE.items()}
_ADVERBS = frozenset(
    {"already", "also", "far", "fully", "immediately", "independently", "officially"}
    | {"publicly", "separately", "so", "still", "yet", "later", "since", "subsequently", "now"}
)
_VERB_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_VERB, key=len, reverse=True)) + r")\b")
_VERB_STEMS = tuple({form[:5] for form in _VERB})
_WORD_BEFORE = re.compile(r"([\w’']+)\s+$")
_NEITHER_RE = re.compile(
    r"(?<![\w’'-])(?:(?:would|will|could|did|does|do|has|have)\s+)?"
    r"(?:(?:neither|not\s+(?:either\s+)?)\s*confirm(?:ed|s)?\s+(?:n?or)\s+den(?:y|ied|ies)"
    r"|(?:would|will|could|did|does|do)n[’']t\s+confirm\s+or\s+deny"
    r"|(?:declined|refused|declining|refusing)\s+to\s+(?:either\s+)?confirm\s+or\s+deny)\b",
    re.IGNORECASE,
)
_STILL_RE = re.compile(
    r"(?<![\w’'-])(?:(?:remains?|remained)\s+(?:still\s+|as\s+yet\s+)?|(?:is|are|was|were)\s+"
    r"(?:still\s+|as\s+yet\s+)?)(?:unverified|unconfirmed)\b",
    re.IGNORECASE,
)
# every match of ``_NEITHER_RE`` holds "confirm" and every match of ``_STILL_RE`` "unverified" or
# "unconfirmed" (matched with the same case folding): a sentence without them is not scanned
# by the longer patterns, which the engine tries at every position
_NEITHER_WORD = re.compile(r"confirm", re.IGNORECASE)
_STILL_WORD = re.compile(r"un(?:verified|confirmed)", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\byou(?:r)?\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|although|and|as|saying|adding)\b|,\s*$|\.\s*$")
_BY_RE = re.compile(
    r"\s+by\s+((?:the\s+)?[\w’'.-]+(?:\s+(?!and\b|that\b|on\b|in\b)[\w’'.-]+){0,4})"
)
_ZERO_RELATIVE = re.compile(
    r",\s+((?:a|an)\s+(?:claim|assertion|allegation|figure|account)s?|something)\s+$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?\b([a-z]+)\s+and\s+$")
_COORDINATED_HEADS = frozenset({"date", "time", "place", "location", "origin", "source"})
_WHICH_AFTER_CLAUSE = re.compile(r",\s+which\s+$")
_RELATIVE_RE = re.compile(r"\s*,?\s+(?:which|that)\s+$")
_DETERMINERS = frozenset(
    {"the", "these", "those", "this", "a", "an", "such", "his", "her", "their", "its"}
)
_APPOSITION_RE = re.compile(r",\s*(?:a|an|the)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*$")
_NP_RE = re.compile(r"(?:[\w’'-]+\s+){0,5}[\w’'-]+$")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_ANAPHORA = frozenset({"it", "this", "that", "these", "those"})
_DATELINE_RE = re.compile(r"\((" + "|".join(map(re.escape, _CREDITS)) + r")\)\s*[—–-]")
_LEARNED_RE = re.compile(r"([A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,3})\s+(?:has|have)\s+learned\b")


# "None of the claims could be …", "…, but neither of the figures could be …": the negative word
# right before the subject; "No casualty figures could be …": opening it. Not "No one disputes
# that the figures could be verified", where the subject is "the figures".
_NO_BEFORE = re.compile(
    r"(?:^\s*|[,;]\s+|\b(?:but|and|while)\s+)(?:[Nn]one\s+of|[Nn]either(?:\s+of)?|[Nn]o)\s+$"
)
_NO_OPENS = re.compile(r"(?:[Nn]o|[Nn]one|[Nn]either)\s")


# An outlet that has not seen or reviewed the evidence itself ("Reuters has not seen the
# document", "The agency was not able to review the footage", "AFP could not independently
# view the images"): the outlet has not verified it. Read only with an outlet as the subject
# (``_UNSEEN_BY``) and a piece of evidence as the object (``_UNSEEN_PAPERS``: "the contents of"
# it; ``_UNSEEN_PICTURES``: itself), named earlier in the story, so that "has not seen her son
# since May", "had not seen such damage", "has not reviewed its policy" and "has not seen it"
# say nothing of verification.
_UNSEEN_VERB = r"(?:(?:immediately|independently|yet)\s+){0,2}"
_UNSEEN_RE = re.compile(
    r"(?<![\w’'-])(?:(?:has|have|had)\s+not\s+|(?:hasn|haven|hadn)[’']t\s+)"
    + _UNSEEN_VERB
    + r"(?:seen|reviewed|viewed|examined)"
    r"|(?<![\w’'-])(?:(?:is|are|was|were)|(?:has|have|had)\s+been)\s+(?:not\s+able|unable)\s+to\s+"
    + _UNSEEN_VERB
    + r"(?:see|review|view|examine)"
    r"|(?<![\w’'-])(?:could\s+not|couldn[’']t|cannot|can[’']t)\s+"
    + _UNSEEN_VERB
    + r"(?:see|review|view|examine)",
    re.IGNORECASE,
)
_UNSEEN_OBJECT = re.compile(
    r"\s+(?:(?:a|any)\s+cop(?:y|ies)\s+of\s+)?(?P<np>(?:the|these|those)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))(?=\s*(?:[.,;:]|$)|\s+but\s)"
)
_UNSEEN_PAPERS = frozenset(
    "document documents statement statements letter letters memo memos memorandum contract"
    " contracts email emails e-mail e-mails messages files records papers transcript transcripts"
    " dossier minutes affidavit affidavits filing filings".split()
)
_UNSEEN_PICTURES = frozenset(
    "footage video videos image images photo photos photograph photographs picture pictures"
    " recording recordings clip clips".split()
)
# the words a story may bring a piece of evidence in by, earlier ("citing a video", "in
# sworn statements"): any of the same group
UNSEEN_GROUPS = (
    frozenset(
        "document documents papers memo memos memorandum dossier files records filing"
        " filings".split()
    ),
    frozenset("statement statements affidavit affidavits testimony".split()),
    frozenset("letter letters".split()),
    frozenset("contract contracts deal agreement".split()),
    frozenset("email emails e-mail e-mails messages message".split()),
    frozenset("transcript transcripts minutes recording recordings audio".split()),
    frozenset("footage video videos clip clips film".split()),
    frozenset("image images photo photos photograph photographs picture pictures".split()),
)
_UNSEEN_BY = frozenset(
    "agency newspaper paper broadcaster outlet network station magazine channel".split()
)
_CREDIT_NAMES = frozenset(c.lower() for pair in _CREDITS.items() for c in pair)


def _unseen(sentence: str, masked: str, m: re.Match[str]) -> _Found | None:
    """ "Reuters has not seen the document": the outlet has not verified the document's
    contents; None unless the subject is an outlet and the object a piece of evidence."""
    obj = _UNSEEN_OBJECT.match(masked, m.end())
    if obj is None:
        return None
    head = obj.group("head").lower()
    if head not in _UNSEEN_PAPERS and head not in _UNSEEN_PICTURES:
        return None
    subject = _subject(masked, m.start())
    if subject is None:
        return None
    name = masked[subject.span[0] : subject.span[1]].lower()
    bare = name.removeprefix("the ")
    if not (
        name in _OUTLETS
        or bare in _OUTLETS
        or name in _CREDIT_NAMES
        or bare in _CREDIT_NAMES
        or (name.startswith("the ") and bare.split()[-1:] == [bare] and bare in _UNSEEN_BY)
    ):
        return None
    np = sentence[obj.start("np") : obj.end("np")]
    thing = f"the contents of {np}" if head in _UNSEEN_PAPERS else np
    return _Found("unverified", subject.span[0], obj.end(), thing, subject, unseen=head)


def unseen_group(head: str) -> frozenset[str]:
    """The evidence nouns of the same kind as ``head`` ("video", "footage", "clip"), or ``head``
    alone."""
    return next((g for g in UNSEEN_GROUPS if head in g), frozenset({head}))


def _named_before(text: str, story_start: int, at: int, head: str) -> bool:
    """Whether the story names a piece of evidence of the same kind as ``head`` before ``at``
    ("according to a video shared online" before "has not seen the footage")."""
    group = unseen_group(head)
    before = text[story_start:at].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in group)


@dataclass(frozen=True)
class _Found:
    """One verification form in a sentence, before its verifier is named."""

    status: str
    start: int  # where the statement starts (its subject), relative to the sentence
    end: int
    obj: str
    subject: Mention | None  # who verifies (None: the outlet, or an agent in ``agent``)
    agent: str | None = None
    claimed: bool = False  # the object is a clause that only a claim's content may stand for
    unnamed: bool = False  # an agentless statement that is no check of the outlet's own
    unseen: str = ""  # "has not seen the document": the head noun of the evidence not seen


# The verifier of an agentless statement that is not the outlet's own check ("The cause of the
# fire has not been confirmed", "The figure remains unconfirmed"): the story names no one who
# confirms or fails to, and no one can be asked "did X confirm it?"
NO_VERIFIER = "no one named"


def find_verification(text: str, story: StoryAnalysis, claims: list[Claim]) -> list[Verification]:
    """The verification statements of a story, in text order."""
    found = [v for c in claims if (v := _from_claim(text, c)) is not None]
    taken = _Taken(v.span for v in found)
    outlet = outlet_name(text, story)
    index: _SentenceIndex | None = None
    referents: _Referents | None = None
    by_span: _ClaimsBySpan | None = None
    opened: tuple[Sentence, Verification] | None = None  # a statement opening the last sentence
    for k, sentence in enumerate(story.sentences):
        if opened is not None and (k == 0 or story.sentences[k - 1] is not opened[0]):
            opened = None
        if sentence.in_quote or not _maybe_verification(sentence.text):
            continue
        by_span = by_span or _ClaimsBySpan(claims)
        near = by_span.overlapping(*sentence.span)  # the claims the forms below may lie in
        neither = _NEITHER_CLAIM_RE.match(sentence.text)
        if neither:  # "Neither claim could be verified.": each of the two claims before it
            index = index or _SentenceIndex(story, claims)
            found.extend(_neither_claims(index, sentence, outlet, neither))
            continue
        for f in _forms(sentence.text):
            if (
                f.subject is None
                and not f.agent
                and _inside_claim(sentence.span[0] + f.start, near)
            ):
                continue  # "… is unconfirmed, according to the journal": the journal's claim
            if f.unseen and not _named_before(
                text, story.span[0], sentence.span[0] + f.start, f.unseen
            ):
                continue  # "Reuters has not seen the document" of no document named before
            if f.claimed and not f.obj:  # "There was no immediate confirmation from the army."
                f = _claim_just_before(story, k, sentence, f, by_span)
                if f is None:
                    continue
            f = _before_attribution(sentence, f, near)  # "…, a spokesman said": not verified
            referents = referents or _Referents(claims)
            speaker = _reported_by(sentence, f, near)
            if speaker is not None:  # "Police said two were hurt and the cause could not be …"
                f = replace(f, agent=speaker)
            v = _named(text, sentence, f, claims, outlet, referents)
            v = _it_again(v, sentence, f, opened)
            if v and not taken.overlaps(v.span):
                found.append(v)
                taken.add(v.span)
                if f.subject is not None and f.subject.span[0] == 0 and v.by != NO_VERIFIER:
                    opened = (sentence, v)
    for c in claims:  # "Police said two were hurt and could not confirm the cause": the police
        v = _from_declining(text, c)
        if v and not taken.overlaps(v.span):
            found.append(v)
            taken.add(v.span)
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_span, []).append(c)
    extra = _said_nothing_of_itself(story, by_sentence) + _not_in_position(story, by_sentence)
    for v in extra:
        if not taken.overlaps(v.span):  # "would not say whether it had …", "was not yet in a
            found.append(v)  # position to verify" (branch ver12)
            taken.add(v.span)
    return sorted((_own_action_cut(v) for v in found), key=lambda v: v.span)


# "… but would not say whether it had opened an investigation": a body silent on its own past act
_NOT_SAY_WHETHER = re.compile(
    r"\b(?:would|will|did|could)\s+not\s+say\s+(whether\s+it\s+(?:had|has)\s+(?:been\s+)?"
    r"(?:[a-z]{3,}ed|received|begun|taken|made|sent|seen|given|held|sought|brought|won|lost)"
    r"\b[^.;:“”\"]*)"
)
_SHARED_AFTER = re.compile(r"\s(?:but|and)\s+$")


def _sentence_subject(
    sentence: Sentence, pos: int, claims: dict[tuple[int, int], list[Claim]]
) -> tuple[str, str] | None:
    """Who a verb at ``pos`` of a sentence is said of, and of what kind: the source of the
    claim opening the sentence when the verb shares its subject after "but"/"and" ("The
    commission said it was aware of the report but would not say …"), else the subject just
    before the verb's frame ("The regulator would not say …"); None when it cannot be told."""
    base = sentence.span[0]
    lead = sentence.text[:pos]
    if _SHARED_AFTER.search(lead):
        opening = [
            c
            for c in claims.get(sentence.span, [])
            if c.source
            and c.source_span is not None
            and c.source_span[0] - base <= 4  # "The" before the name
            and c.content_span[0] < base + pos
        ]
        if len({c.source for c in opening}) != 1:
            return None
        return str(opening[0].source), str(opening[0].source_kind or "")
    frame = re.search(r"(?:\s+(?:yet|still|also|so\s+far))?\s*$", lead)
    subject = _subject(_masked(sentence.text), frame.start() if frame else pos)
    if subject is None or subject.span[1] + 1 < len(lead.rstrip()) - 12:
        return None
    name, kind = Namer().name(sentence.text, subject)[:2]
    return name, str(kind or "")


def _said_nothing_of_itself(
    story: StoryAnalysis, claims: dict[tuple[int, int], list[Claim]]
) -> list[Verification]:
    """ "The Markets Authority said it had read the report but would not say whether it
    had opened an investigation": neither confirmed nor denied, by the body the "it" is (never a
    person: "The mayor would not say whether the pool would reopen" is left, as is a matter
    that is not the body's own past act)."""
    out = []
    for sentence in story.sentences:
        if sentence.in_quote or " not say whether it " not in sentence.text:
            continue
        m = _NOT_SAY_WHETHER.search(sentence.text)
        found = _sentence_subject(sentence, m.start(), claims) if m else None
        if m is None or found is None:
            continue
        by, kind = found
        if kind in PERSON_KINDS or by.lower() in _PRONOUNS or not by[:1].isupper():
            continue
        base = sentence.span[0]
        out.append(
            Verification(
                line=sentence.line,
                by=by,
                status="neither confirmed nor denied",
                object=m.group(1).rstrip(" ,."),
                span=(base + m.start(), base + m.end()),
                sentence_span=sentence.span,
            )
        )
    return out


# "was not yet in a position to verify": no check made so far
_IN_POSITION = re.compile(
    r"\b(?:was|is|were|are)\s+not\s+(?:yet\s+)?in\s+a\s+position\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm)\b"
)
# "…, a number the agency said it was not yet in a position to verify": the claim before the
# aside, the verifier inside it
_POSITION_ASIDE = re.compile(
    r",\s+(?:a|an)\s+(?:number|figure|claim|count|total|estimate|tally|assertion)\s+"
    r"(?:that\s+|which\s+)?((?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5})"
    r"(?:\s+(?:said|says)\s+(?:it|they))?\s+$"
)


def _text_between(sentence: Sentence, c: Claim, m: re.Match[str]) -> str:
    """The words of a claim's content before a match in its sentence."""
    return sentence.text[c.content_span[0] - sentence.span[0] : m.start()]


def _not_in_position(
    story: StoryAnalysis, claims: dict[tuple[int, int], list[Claim]]
) -> list[Verification]:
    """ "…, a number the Environment Agency said it was not yet in a position to verify": the
    claim before the aside unverified by the named body (and "X said it was not in a position to
    verify the figure", "X is not in a position to confirm the reports", by the subject)."""
    out = []
    for sentence in story.sentences:
        if sentence.in_quote or " position to " not in sentence.text:
            continue
        m = _IN_POSITION.search(sentence.text)
        if m is None:
            continue
        base = sentence.span[0]
        aside = _POSITION_ASIDE.search(sentence.text, 0, m.start())
        if aside:  # "…, a number the agency said it was not yet in a position to verify"
            agent = aside.group(1)
            by = Namer().name(agent, Mention((0, len(agent)), (0, len(agent))))[0]
            held = [
                c
                for c in claims.get(sentence.span, [])
                if c.content_span[0] < base + aside.start() < c.content_span[1]
            ]
            if len(held) != 1 or not by:
                continue
            start = held[0].content_span[0] - base
            obj = _strip_that(sentence.text[start : aside.start()].strip())
        else:  # "The agency said it was not in a position to verify the figure"
            own = [
                c
                for c in claims.get(sentence.span, [])
                if c.content_span[0] <= base + m.start() < c.content_span[1]
                and re.match(r"(?:that\s+)?(?:it|they)\s+$", _text_between(sentence, c, m))
                and c.source
            ]
            if len(own) != 1 or own[0].source_kind in PERSON_KINDS:
                continue
            by, start = str(own[0].source), (own[0].source_span or own[0].content_span)[0] - base
            s, e = _clause_after(sentence.text, m.end())
            obj = _strip_that(sentence.text[s:e])
            if not obj or not _news_object(obj, "verify", "verify"):
                continue
        if not obj or by.lower() in _PRONOUNS:
            continue
        out.append(
            Verification(
                line=sentence.line,
                by=by,
                status="unverified",
                object=obj,
                span=(base + start, base + m.end()),
                sentence_span=sentence.span,
            )
        )
    return out


def _claim_just_before(
    story: StoryAnalysis, k: int, sentence: Sentence, f: _Found, by_span: _ClaimsBySpan
) -> _Found | None:
    """ "There was no immediate confirmation from the army" of the one claim just before it:
    in its own sentence before it ("Rebels said they had downed a helicopter, and there was no
    confirmation from the army"), or, opening its sentence, of the sentence before (in its
    paragraph or closing the one before, as a wire story sets it apart; not a heading); None
    when there is not exactly one claim there."""
    if f.start > 0:
        lo, hi, back = sentence.span[0], sentence.span[0] + f.start, k - 1
    elif k > 0 and story.sentences[k - 1].line not in story.headings:
        (lo, hi), back = story.sentences[k - 1].span, k - 2
    else:
        return None
    found = [c for c in by_span.overlapping(lo, hi) if c.stance == "asserts"]
    found = [c for c in found if lo <= c.content_span[0] < hi]
    if len(found) != 1:
        return None
    claim = found[0]
    if back >= 0 and story.sentences[back].line not in story.headings:
        span = story.sentences[back].span  # "The army said … . Rebels said … . There was no
        others = by_span.overlapping(*span)  # confirmation from the ministry": of which?
        if any(c.stance == "asserts" and c.source != claim.source for c in others):
            return None
    end = min(claim.content_span[1], hi) - claim.content_span[0]
    content = claim.content[:end].rstrip(" ,;—–-")
    content = re.sub(r"(?:,|\s)\s*(?:and|but)$", "", content).rstrip(" ,;")
    if len(content.split()) < 4:
        return None
    return replace(f, obj=content, claimed=False)


# ", but did not release its findings", " but gave no details": a verb with no subject of its
# own after "but", the verifier's own act (an auxiliary, a finite verb, or a lower-case -ed)
_BUT_OWN_ACT = re.compile(
    r",?\s+but\s+(?:(?:did|does|do|has|have|had|would|will|could|can|was|is|declined|refused"
    r"|said|gave|added|stopped|made|kept)\b|[a-z]{3,}ed\b)"
)


def _it_again(
    v: Verification | None,
    sentence: Sentence,
    f: _Found,
    opened: tuple[Sentence, Verification] | None,
) -> Verification | None:
    """ "Reuters was able to verify the photographs. It could not confirm the cause …": an "It"
    opening the sentence right after one that a body's own check opens (in its paragraph) is
    that body, not the last source quoted before."""
    if v is None or opened is None or f.subject is None or f.subject.span[0] != 0:
        return v
    before, earlier = opened
    said = sentence.text[f.subject.span[0] : f.subject.span[1]]
    if said != "It" or before.line != sentence.line or PERSON_NAME_RE.fullmatch(earlier.by):
        return v
    return replace(v, by=earlier.by)


def _own_action_cut(v: Verification) -> Verification:
    """A verification whose matter runs on into the verifier's own act after "but" ("The
    office confirmed that an audit took place but did not release its results"): the matter
    cut before "but" (the audit took place), not the office's silence on its results."""
    m = _BUT_OWN_ACT.search(v.object)
    if m is None or m.start() == 0:
        return v
    obj = v.object[: m.start()].rstrip(" ,")
    return replace(v, object=obj) if len(obj.split()) >= 2 else v


def _before_attribution(sentence: Sentence, f: _Found, claims: list[Claim]) -> _Found:
    """A form whose object runs on into the attribution after a claim holding the statement
    ("The ministry has not confirmed receiving the letter, a spokesman said"): its object and
    span end where the claim's words end, so that the tail is not read as what was verified."""
    base = sentence.span[0]
    for c in claims:
        (s, e), cue = c.content_span, c.cue_span
        if cue is None or not s <= base + f.start < e < base + f.end or cue[0] < e:
            continue
        cut = e - base
        at = sentence.text.find(f.obj, f.start)
        if at < 0 or not at < cut < at + len(f.obj):
            return f
        obj = sentence.text[at:cut].rstrip(" ,.;")
        return replace(f, end=at + len(obj), obj=obj) if obj else f
    return f


# What may stand in a reported clause between its start and a passive statement's subject for
# the statement to be the speaker's own words: nothing, or a first clause and "and"/"but"
_REPORTED_LEAD = re.compile(r"(?:\s*|.*[^,]\s+(?:and|but)\s+)", re.DOTALL)
_SPEECH_CUES = frozenset({"said", "says", "told", "added", "stated"})
# A subject pointing back to what the speaker said ("the figure", "the claim", "it"): the
# outlet's comment on the speaker's words, not the speaker's own
_BACK_TO_CLAIM = re.compile(
    r"(?:it|this|that|(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:claims?|figures?"
    r"|reports?|accounts?|numbers?|assertions?|allegations?|statements?|toll|tally))",
    re.IGNORECASE,
)


def _reported_by(sentence: Sentence, f: _Found, claims: list[Claim]) -> str | None:
    """The speaker whose reported clause an agentless passive of the outlet's own kind stands
    in ("Police said two people were hurt and the cause of the fire could not be confirmed":
    the police could not confirm it, not the outlet); None for any other statement, or when
    the passive hangs on the clause as an aside ("…, a claim that could not be verified")."""
    if f.subject is not None or f.agent or f.unnamed or f.claimed:
        return None
    if _BACK_TO_CLAIM.fullmatch(f.obj.strip()) or "independently" in sentence.text[f.start : f.end]:
        return None  # "The ministry said 40 died and the figure could not be independently …"
    at = sentence.span[0] + f.start
    for c in claims:
        if not (c.content_span[0] <= at < c.content_span[1]) or not c.source:
            continue
        cue = (c.cue or "").lower().split()
        if not cue or cue[-1] not in _SPEECH_CUES or c.source_kind == "record":
            return None
        lead = sentence.text[c.content_span[0] - sentence.span[0] : f.start]
        if lead.lower().startswith("that "):
            lead = lead[5:]
        return c.source if _REPORTED_LEAD.fullmatch(lead) else None
    return None


# A negated cue of verification a claim was read with ("could not confirm", "has not verified")
_DECLINING_CUE = re.compile(
    r"(?:could|can|did|would|has|have)\s+not\s+(?:yet\s+)?(?:confirm|verify|corroborate)"
    r"|(?:could|did|would)n[’']t\s+(?:confirm|verify)"
)


_DECLINED_TO = re.compile(r"to\s+(confirm|verify)\s+(?!or\b|nor\b)", re.IGNORECASE)


def _from_declining(text: str, claim: Claim) -> Verification | None:
    """A claim whose cue is a negated verb of verification and whose subject the sentence
    forms did not find, since it is shared with a first verb ("Police said two people were
    hurt and could not confirm the cause of the fire"): unverified, by the claim's source,
    when what follows is news."""
    cue = " ".join((claim.cue or "").lower().split())
    if claim.stance != "declines" or claim.source is None or claim.cue_span is None:
        return None
    # "… but declined to confirm which hospitals took them in": the cue is "declined"
    declined = _DECLINED_TO.match(claim.content) if cue in _REFUSALS else None
    if not (_DECLINING_CUE.fullmatch(cue) or declined) or claim.quote == "direct":
        return None
    if claim.source_kind == "record" or _record_subject(claim.source):
        return None
    before = text[claim.sentence_span[0] : claim.cue_span[0]]
    if not re.search(r"\s(?:and|but)\s+$", before):
        return None  # a subject of its own: the sentence forms read it, or found nothing
    obj = claim.content[declined.end() if declined else 0 :].strip().rstrip(".,")
    obj = re.sub(r"\s+(?:itself|themselves)$", "", obj)  # "could not confirm those reports itself"
    base = "verify" if "verif" in (declined.group(1) if declined else cue) else "confirm"
    if not (_news_object(obj, base, cue.split()[-1]) or _gerund_object(obj)):
        return None
    spans = [sp for sp in (claim.source_span, claim.cue_span, claim.content_span) if sp]
    obj = obj[0].lower() + obj[1:] if obj.split()[0] in ("The", "A", "An") else obj
    return Verification(
        line=claim.line,
        by=claim.source,
        status="unverified",
        object=obj,
        span=(min(sp[0] for sp in spans), max(sp[1] for sp in spans)),
        sentence_span=claim.sentence_span,
    )


# "Neither claim …", "But neither side's account …": the head of a statement on two claims before
NEITHER_CLAIM_HEAD = (
    r"(?:But\s+|However,\s+)?[Nn]either\s+(?:side[’']s\s+)?"
    r"(?:claim|report|account|figure|assertion|statement|version|allegation)\s+"
)
_NEITHER_CLAIM_RE = re.compile(
    NEITHER_CLAIM_HEAD
    + r"(?:could|can|has|have|had|was|is|would)\s+(?:not\s+)?(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:independently\s+|immediately\s+|officially\s+)?"
    r"(verified|confirmed|corroborated|substantiated|authenticated)\b(\s+by\b)?"
)


def _neither_claims(
    index: _SentenceIndex, sentence: Sentence, outlet: str, m: re.Match[str]
) -> list[Verification]:
    """ "A said X. B said Y. Neither claim could be verified.": X and Y, each unverified by the
    outlet, when exactly two claims of two sources stand in the (at most two) sentences just
    before; else nothing, since which claims "neither" covers is not clear. A statement with
    an agent ("… confirmed by the ministry") is left unread: who failed to confirm is not the
    outlet, and an agent's silence on two claims is not a reading this form gives safely."""
    if m.group(2):
        return []
    picked: list[Claim] = []
    for k, prior in enumerate(reversed(index.before(sentence, 3))):
        found = index.claims.get(prior.span, [])
        others = index.others.get(prior.span, [])
        if k == 2 or len(picked) >= 2:  # the sentence before the two: a third claim there
            if (found or others) and prior.line == sentence.line:  # makes "neither" unclear
                return []
            break
        if others or prior.in_quote or (found and not all(c.source for c in found)):
            return []  # a cue the rules did not read, or a claim with no source: unclear
        picked = found + picked
    sources = {(c.source or "").lower() for c in picked}
    if len(picked) != 2 or len(sources) != 2:
        return []
    if any(c.stance not in ("asserts", "accuses") for c in picked):
        return []
    span = (sentence.span[0] + m.start(), sentence.span[0] + m.end())
    base = _VERB.get(m.group(1).lower(), ("verify", ""))[0]
    by = outlet if _own_check(m.group().lower(), base) else NO_VERIFIER
    return [
        Verification(
            line=sentence.line,
            by=by,
            status="unverified",
            object=c.content,
            span=span,
            sentence_span=sentence.span,
        )
        for c in picked
    ]


class _SentenceIndex:
    """A story's sentences in order, and its claims and other attributions by sentence, built
    once per story when a form needs to look at the sentences before one."""

    def __init__(self, story: StoryAnalysis, claims: list[Claim]) -> None:
        self.sentences = story.sentences
        self.position = {s.span: k for k, s in enumerate(story.sentences)}
        self.claims: dict[tuple[int, int], list[Claim]] = {}
        self.others: dict[tuple[int, int], list[Claim]] = {}
        for c in claims:
            self.claims.setdefault(c.sentence_span, []).append(c)
        for c in story.others:
            self.others.setdefault(c.sentence_span, []).append(c)

    def before(self, sentence: Sentence, n: int) -> list[Sentence]:
        at = self.position.get(sentence.span, 0)
        return self.sentences[max(0, at - n) : at]


class _Taken:
    """Spans already found, by the blocks of text they touch: "does this span overlap one of
    them" reads only the spans of its own blocks, not every span found (linear in a long story
    of many statements)."""

    BLOCK = 256

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._blocks: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            self.add(span)

    def _keys(self, span: tuple[int, int]) -> range:
        return range(span[0] // self.BLOCK, max(span[0], span[1] - 1) // self.BLOCK + 1)

    def add(self, span: tuple[int, int]) -> None:
        for key in self._keys(span):
            self._blocks.setdefault(key, []).append(span)

    def overlaps(self, span: tuple[int, int]) -> bool:
        return any(
            o[0] < span[1] and span[0] < o[1]
            for key in self._keys(span)
            for o in self._blocks.get(key, ())
        )


class _ClaimsBySpan:
    """A story's claims by the span of their content, for "which claims' contents overlap
    this sentence" without reading every claim for every sentence (a story of thousands of
    claims and verification sentences stays linear). Answers keep the claims' own order."""

    def __init__(self, claims: list[Claim]) -> None:
        order = sorted(range(len(claims)), key=lambda k: claims[k].content_span[0])
        self._claims = claims
        self._order = order
        self._starts = [claims[k].content_span[0] for k in order]
        self._reach: list[int] = []  # the furthest content end among the first i by start
        furthest = -1
        for k in order:
            furthest = max(furthest, claims[k].content_span[1])
            self._reach.append(furthest)

    def overlapping(self, start: int, end: int) -> list[Claim]:
        """The claims whose content overlaps [start, end), in the order they were given."""
        i = bisect.bisect_left(self._starts, end)  # contents that start before the end
        found = []
        while i > 0 and self._reach[i - 1] > start:
            i -= 1
            k = self._order[i]
            if self._claims[k].content_span[1] > start:
                found.append(k)
        return [self._claims[k] for k in sorted(found)]


def _inside_claim(pos: int, claims: list[Claim]) -> bool:
    """Whether a position lies in some claim's content or after an "according to" cue."""
    return any(
        c.content_span[0] <= pos < c.content_span[1] and (c.cue or "").lower() == "according to"
        for c in claims
    )


def _from_claim(text: str, claim: Claim) -> Verification | None:
    """A confirmation made by a claim ("she confirmed that ..."), unless the cue is negated."""
    cue = " ".join((claim.cue or "").lower().split())
    if claim.source is None or claim.cue_span is None:
        return None
    if "confirm or deny" in cue or ("neither" in cue and "confirm" in cue):
        status = "neither confirmed nor denied"
        this = text[max(0, claim.content_span[0] - 5) : claim.content_span[1]]
        if DEMONSTRATIVE.fullmatch(this):  # "neither confirmed nor denied that account"
            claim = replace(
                claim,
                content=this,
                content_span=(claim.content_span[1] - len(this), claim.content_span[1]),
            )
    elif claim.stance == "confirms" and "confirm" in cue:
        relative = (claim.source_text or "").lower() in ("which", "that")
        gap = text[claim.cue_span[1] : claim.content_span[0]] if claim.cue_span else ""
        that = re.search(r"\bthat\b", gap) is not None
        if claim.source_kind == "record" or _record_subject(claim.source or ""):
            return None  # "the results confirmed what pollsters predicted": evidence agreeing
        unknown = claim.source_kind is None  # "the fire brigade": an agent only as "confirmed that"
        if unknown and not (that and cue.endswith("confirmed")):
            return None  # "the money confirms that …"
        after = claim.content_span[1] <= claim.cue_span[0]  # "…, the registry confirmed."
        if relative or not (that or after or _news_claim(claim.content)):
            return None  # "the debate confirms where he stands": no one confirmed anything
        if _negated(text[max(0, claim.cue_span[0] - 40) : claim.cue_span[0]] + " " + cue):
            return None  # "has not confirmed that": read by the sentence forms below
        if (claim.source_text or "").lower().split()[:1] in (["neither"], ["no"], ["none"]):
            return None  # "Neither ministry has confirmed …": read by the sentence forms below
        status = "confirmed"
        lead = _LEAD_BEFORE_THAT.match(claim.content)
        if lead:  # "confirmed to the outlet that talks were …": what was confirmed
            claim = replace(claim, content=_strip_that(claim.content[lead.end() :]))
    else:
        return None
    spans = [sp for sp in (claim.source_span, claim.cue_span, claim.content_span) if sp]
    return Verification(
        line=claim.line,
        by=claim.source,
        status=status,
        object=claim.content,
        span=(min(sp[0] for sp in spans), max(sp[1] for sp in spans)),
        sentence_span=claim.sentence_span,
    )


_FINITE = re.compile(r"\b(?:is|are|was|were|had|has|have|would|will|did|could|can|does|do)\b")


def _news_claim(content: str) -> bool:
    """Whether what a source confirmed is news: a clause ("that two soldiers had died", "she had
    been") or a noun phrase with a news head ("the deaths"), not an appointment ("a judge")."""
    if _paperwork(content):
        return False
    words = content.split(". ")[0].split()
    clause = content.lower().startswith("that ") or _FINITE.search(" ".join(words[:8]))
    return bool(clause) or _bare_clause(words) or _news_object(content, "confirm", "confirmed")


_FINITE_VERBS = frozenset(load_lexicon("gen_finite_verbs"))
_OPENERS = _DETERMINERS | {"two", "three", "four", "five", "both", "all", "some", "no"}


def _bare_clause(words: list[str]) -> bool:
    """Whether a confirmed object is a clause without "that" ("the call took place", "its
    staff had left"): a noun phrase of at most five words, opening on a determiner, a
    possessive or a name, then a finite verb; not a noun phrase alone ("the nominee", "his
    attendance at the dinner")."""
    if len(words) < 3:
        return False
    first = words[0]
    if not (first.lower() in _OPENERS or first[:1].isupper() or first.endswith(("'s", "’s"))):
        return False
    for k in range(1, min(6, len(words))):
        word = words[k].lower().strip(",;")
        if word != words[k].lower() or word in _DETERMINERS or not word.isalpha():
            return False  # a comma or a second determiner: no plain subject before a verb
        if word in ("and", "but", "or", "nor"):
            return False  # "the call but gave no details": the verb is the confirmer's
        if word in _FINITE_VERBS or (word.endswith("ed") and len(word) > 4):
            return True
    return False


def _negated(before: str) -> bool:
    """Whether the words before a verb negate it ("has not", "yet to", "declined to")."""
    words = before.lower().split()[-4:]
    return any(_FRAME.get(w) == "neg" for w in words)


def _forms(sentence: str) -> list[_Found]:
    """Every verification form of one sentence, quotations masked, in order."""
    masked = _masked(sentence)
    out = []
    if _NEITHER_WORD.search(masked):
        out = [f for m in _NEITHER_RE.finditer(masked) if (f := _neither(masked, sentence, m))]
    taken = [(f.start, f.end) for f in out]
    for m in _STILL_RE.finditer(masked) if _STILL_WORD.search(masked) else ():
        subject = _subject(masked, m.start())
        if subject is not None:
            obj = sentence[subject.span[0] : subject.span[1]]
            # "remains unverified": the outlet's own check; "remains unconfirmed": no one named
            unnamed = m.group().lower().endswith("unconfirmed")
            out.append(_Found("unverified", subject.span[0], m.end(), obj, None, unnamed=unnamed))
    for m in _VERB_RE.finditer(masked):
        if any(s <= m.start() < e for s, e in taken):
            continue
        f = _verb_form(masked, sentence, m)
        if f is not None:
            out.append(f)
    if _unseen_word(masked):
        out.extend(f for m in _UNSEEN_RE.finditer(masked) if (f := _unseen(sentence, masked, m)))
    for m in _NO_CONFIRMATION_RE.finditer(masked) if "here " in masked else ():
        own = m.group(1) is not None  # "no independent confirmation": the outlet's own check
        agent = sentence[m.start(3) : m.end(3)] if m.group(3) else None
        if m.group(2) is None and agent is None:
            continue  # "There was no immediate confirmation.": of what, by whom?
        obj = sentence[m.start(2) : m.end(2)] if m.group(2) else ""
        # "… of the spill from the harbour authority": the authority has not confirmed it;
        # "There was no immediate confirmation from the army.": of the claim just before
        # (an empty object, read in ``_claim_just_before``)
        found = _Found("unverified", m.start(), m.end(), obj, None, agent, claimed=not obj)
        out.append(found if agent else replace(found, unnamed=not own))
    return out


# "There was no independent confirmation of the figure.": the outlet's own check failed;
# "There has been no official confirmation of the deaths": no one named confirms them
_NO_CONFIRMATION_RE = re.compile(
    r"(?:\bThere|(?:[,;]\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)there)\s+(?:was|is|has\s+been"
    r"|had\s+been)\s+no\s+(?:immediate\s+)?(?:(independent)\s+|official\s+)?"
    r"(?:(?:comment|response)\s+or\s+)?(?:confirmation|verification)"
    r"(?:\s+of\s+((?:the|these|those|this|that)\s+[^,.;:“”\"]{2,80}?))?"
    r"(?:\s+from\s+((?:the\s+)?[A-Za-z][^,.;:“”\"]{1,60}?))?(?=\s*(?:[,.;:]|$))"
)


_UNSEEN_WORDS = re.compile(r"\b(?:seen|see|review|reviewed|view|viewed|examine|examined)\b")


def _unseen_word(text: str) -> bool:
    """Whether ``_UNSEEN_WORDS`` finds a word in text; the regex (a word boundary first, tried at
    every position) runs only where one of its words' cores occurs at all."""
    return ("see" in text or "view" in text or "examine" in text) and bool(
        _UNSEEN_WORDS.search(text)
    )


def _neither(masked: str, sentence: str, m: re.Match[str]) -> _Found | None:
    subject = _subject(masked, m.start())
    s, e = _clause_after(sentence, m.end())
    obj = _strip_that(sentence[s:e])
    if subject is None or not obj:
        return None
    return _Found("neither confirmed nor denied", subject.span[0], e, obj, subject)


def _frame(masked: str, pos: int) -> tuple[int, list[str]]:
    """The frame words before a verb at pos, read leftwards: (start of the frame, its words)."""
    words: list[str] = []
    start = pos
    while len(words) < 7:
        m = _WORD_BEFORE.search(masked, max(0, start - 20), start)
        if m is None:
            break
        word = m.group(1).lower().replace("’", "'")
        if word == "and" and words[:1] and words[0] in _ADVERBS:
            pair = _WORD_BEFORE.search(masked, max(0, m.start(1) - 20), m.start(1))
            if pair and pair.group(1).lower() in _ADVERBS:  # "immediately and independently"
                start = m.start(1)
                continue
        if word not in _FRAME:
            break
        words.insert(0, word)
        start = m.start(1)
    return start, words


def _verb_form(masked: str, sentence: str, m: re.Match[str]) -> _Found | None:
    """An active or passive verification around the verb ``m``, or None."""
    base, mark = _VERB[m.group().lower()]
    start, words = _frame(masked, m.start())
    kinds = [_FRAME[w] for w in words]
    negative = "neg" in kinds
    able = "able" in kinds
    if "to" in words and not (able or negative):
        return None  # "sought to verify", "asked to confirm"
    core = [w for w in words if w not in _ADVERBS]
    participle = m.group().lower() == _PARTICIPLE[base]
    if participle and core and _FRAME[core[-1]] == "be":
        return _passive(masked, sentence, m, start, base, mark, negative)
    if mark == "*" and not (negative and _checked(masked, sentence, m, start, base)):
        return None
    if mark == "+" and not (able or "unable" in words):
        return None
    return _active(masked, sentence, m, start, base, words, negative, able)


_WH_AFTER = re.compile(r"\s+(?:whether|how|who|what|when|where|why)\b")


def _asked_established(masked: str, m: re.Match[str], base: str) -> bool:
    """Whether a negated "establish"/"ascertain" is an outlet's or a source's check of a
    question ("Reuters could not independently establish how much the repair cost"): its
    object a clause opening on a question word (not "could not establish the cause", nor
    "determine", an investigation's finding)."""
    return base in ("establish", "ascertain") and _WH_AFTER.match(masked, m.end()) is not None


# the whole of a matter an outlet or a source could not establish: "the full scale of the
# breach", "the exact number of people on board", "the extent of the damage"
_SCALE_OF = re.compile(
    r"\s+(?:the|its|their)\s+(?:(?:full|exact|precise|true)\s+(?:scale|extent|size|number"
    r"|nature|cost)|scale|extent)\s+of\s+\w",
    re.IGNORECASE,
)


def _scale_established(masked: str, m: re.Match[str], base: str) -> bool:
    """Whether a negated "establish"/"ascertain" is the check of how large or how far a matter
    is ("… but could not establish the full scale of the theft"): a value the story leaves
    open, not an investigation's finding ("has not determined the cause" is left)."""
    return base in ("establish", "ascertain") and _SCALE_OF.match(masked, m.end()) is not None


# a claim pointed back to: "that claim", "the allegation", "those claims"
_CLAIM_BACK = re.compile(
    r"(?:that|the|this|those|these)\s+(?:claims?|allegations?|assertions?|accounts?)\b",
    re.IGNORECASE,
)


_CHECK_ONLY = frozenset({"establish", "determine", "ascertain", "check"})


def _checked(masked: str, sentence: str, m: re.Match[str], start: int, base: str) -> bool:
    """Whether a negated verb read only in a check ("establish", "determine", "check") is one
    here, in the active: the check of a question (``_asked_established``), of a claim pointed
    back to ("The court said it could not establish that claim"), or the outlet's own ("Reuters
    could not independently determine the cause of the fires"); not an investigation that has
    not determined a cause, nor "could not check in"."""
    if _asked_established(masked, m, base) or _scale_established(masked, m, base):
        return True
    if _CLAIM_BACK.match(masked, m.end() + 1) and masked[m.end() : m.end() + 1] == " ":
        return True
    subject = _subject(masked, start)
    if subject is None:
        return False
    said = masked[subject.span[0] : subject.span[1]].lower().removeprefix("the ")
    return said in _OUTLETS or said in _CREDIT_NAMES


def _active(
    masked: str,
    sentence: str,
    m: re.Match[str],
    start: int,
    base: str,
    words: list[str],
    negative: bool,
    able: bool,
) -> _Found | None:
    """ "X has not confirmed the report", "X was able to verify ...", "X confirmed the deaths"."""
    if not (negative or able) and (not m.group().endswith("ed") or _any_be(words)):
        return None  # "will verify", "is verifying": no statement of what was verified
    subject = _subject(masked, start)
    if subject and not (negative or able) and _relative(masked, subject):
        return None  # "…, which confirmed what I always knew": an event, not a verifier
    s, e = _clause_after(sentence, m.end())
    lead = _LEAD_BEFORE_THAT.match(sentence, s, e)
    if lead:  # "confirmed to The Associated Press that …", "confirmed on Monday that …"
        s = lead.end()
    back = _CLAIM_BACK.match(sentence, s) if base in _CHECK_ONLY else None
    if back and not re.match(r"\s+(?:that|of|by|made|in)\b", sentence[back.end() :]):
        e = back.end()  # "could not establish that claim to the required standard, because …"
    obj = _strip_that(sentence[s:e])
    late = (
        re.search(r",?\s+(?:independently|itself|themselves)$", obj) if negative or able else None
    )
    if late and " " in obj[: late.start()].strip():
        obj = obj[: late.start()]  # "to verify the company's assurance independently"
    if subject is None and (negative or able) and obj.lower() == "it":
        shared = _SHARED_SUBJECT.search(masked, 0, start)
        if shared:  # "they were aware of the post but could not verify it": the post
            subject = Mention(shared.span("subj"), shared.span("subj"))
            obj = sentence[shared.start("np") : shared.end("np")]
    shares = None
    if subject is None and (negative or able):
        shares = first = _subject_before_but(masked, start)
        if first is not None:  # "X was able to confirm where …, but could not establish when"
            subject = first
            obj = _media_it(obj, sentence[subject.span[1] : start])
    that = claimed = False
    if subject is not None and not obj:
        obj = _antecedent_np(masked[: subject.span[0]])
        e = m.end()
        aside = _ZERO_RELATIVE.search(masked, 0, subject.span[0])
        if not obj and aside and (negative or able):
            obj = sentence[: aside.start()].strip()  # "X said Y, a claim Reuters could not verify"
            that = claimed = True  # "…, a claim the army has not confirmed": the claim's words
        which = _WHICH_AFTER_CLAUSE.search(masked, 0, subject.span[0])
        if which and (negative or able) and not (obj and _news_object(obj, base, m.group())):
            # "X said Y after the protest, which the BBC was unable to confirm": the relative
            # hangs on the clause (no protest is confirmed), as the zero-relative aside does
            obj = sentence[: which.start()].strip()
            that = claimed = True
    that = (
        that
        or (  # "confirmed that two had died", not "confirmed that figure"
            sentence[s:e].lower().startswith("that ") and not DEMONSTRATIVE.fullmatch(sentence[s:e])
        )
    )
    refused = any(w in _REFUSALS for w in words)
    news = that or _news_object(obj, base, m.group()) or (refused and _refused_object(obj))
    if not news and negative and base == "confirm":
        # "has not confirmed the interview": words reported as said (not "confirmed the
        # interview for Monday", a booking, which no negation makes news)
        news = bool(SAID_OBJECT.fullmatch(obj))
    if subject is None or not obj or not news:
        return None
    if _record_subject(masked[subject.span[0] : subject.span[1]]):
        return None  # "the results confirmed what pollsters predicted": evidence, not a verifier
    at = start if shares is not None else subject.span[0]  # its own clause, after "but"
    opener = masked[subject.span[0] : subject.span[1]].split()[:1]
    if opener and opener[0].lower() in ("neither", "no", "none"):
        negative = True  # "Neither government has confirmed …": no one confirmed it
    if "possible" in words and masked[subject.span[0] : subject.span[1]].lower() == "it":
        if not (negative or "was" in words):
            return None  # "it is possible to verify ...": nothing was verified
        subject = None  # "It was not possible to verify the claims": the outlet could not
    if negative:
        status = "unverified"
    elif base == "confirm" and not able:
        status = "confirmed"
    else:
        status = "verified"
    return _Found(status, at, e, obj, subject, claimed=claimed)


# Whom, when or how a source confirmed something, between the verb and its "that" clause: "to
# The Associated Press", "to local broadcaster Kanal 5", "on Monday", "late on Monday", "in a
# statement" (at most six words of one phrase or two, no comma)
_LEAD_BEFORE_THAT = re.compile(
    r"(?:(?:(?:late|early|later|earlier)\s+)?(?:(?:to|in|on|via|during|through|at)\s+"
    r"(?:[\w’'.-]+\s+){1,5}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today)\s+)){1,2}?(?=that\s)"
)


# A pronoun subject whose verb phrase a verification shares after "but"/"and", and the one
# definite noun phrase its "it" stands for: "(Police said) they were aware of the post but
# could not verify it", "he had seen the video but could not confirm it"
_SHARED_SUBJECT = re.compile(
    r"(?<![\w’'-])(?P<subj>they|he|she|it|we)\s+"
    r"(?:(?:were|was|are|is|had|have|has)\s+(?:been\s+)?)?"
    r"(?:aware\s+of|seen|received|reviewed|examined|studied|watched)\s+"
    r"(?P<np>the\s+[a-z-]+(?:\s+[a-z-]+)?)\s*,?\s+(?:but|and)\s+$",
    re.IGNORECASE,
)


_BUT_BEFORE = re.compile(r",\s+but\s+$")


def _subject_before_but(masked: str, start: int) -> Mention | None:
    """The subject a verification after ", but" shares with the verification of the clause
    before it ("Reuters was able to confirm the location of the video, but could not establish
    when it was filmed": Reuters); None when the clause before holds no verification verb with
    a subject of its own."""
    but = _BUT_BEFORE.search(masked, 0, start)
    if but is None:
        return None
    verbs = list(_VERB_RE.finditer(masked, 0, but.start()))
    if not verbs:
        return None
    first, _ = _frame(masked, verbs[-1].start())
    return _subject(masked, first)


# "when it was filmed", "where it was taken": the "it" of a picture the clause before names
_MEDIA_IT = re.compile(
    r"(when|where)\s+it\s+(was|had\s+been)\s+(filmed|taken|recorded|shot|made|posted)"
)
_MEDIA_NP = re.compile(
    r"\bthe\s+(video|footage|clip|recording|photograph|photo|image|picture)\b", re.IGNORECASE
)


def _media_it(obj: str, before: str) -> str:
    """ "when it was filmed" as "when the video was filmed" when the clause before names one
    picture or recording ("the location of the video"); unchanged otherwise."""
    m = _MEDIA_IT.fullmatch(obj)
    named = {n.lower() for n in _MEDIA_NP.findall(before)}
    if m is None or len(named) != 1:
        return obj
    return f"{m.group(1)} the {named.pop()} {m.group(2)} {m.group(3)}"


def _antecedent_np(before: str) -> str:
    """The noun phrase a relative clause hangs on ("the images, which Reuters has not ...")."""
    m = _RELATIVE_RE.search(before)
    if m is None:
        return ""
    words = before[: m.start()].split()
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if words[k].lower() in _DETERMINERS:
            return " ".join(words[k:])
    return ""


def _relative(masked: str, subject: Mention) -> bool:
    """Whether a subject is a relative pronoun ("which", "that", "who")."""
    word = masked[subject.span[0] : subject.span[1]].lower()
    return word in ("which", "that", "who") or masked[subject.span[0] :].startswith(
        ("which ", "that ")
    )


def _any_be(words: list[str]) -> bool:
    return any(_FRAME[w] == "be" for w in words)


def _passive(
    masked: str,
    sentence: str,
    m: re.Match[str],
    start: int,
    base: str,
    mark: str,
    negative: bool,
) -> _Found | None:
    """ "The figure could not be verified", "was confirmed by the ministry", "It could not be
    established whether ..."."""
    if mark == "+" or (mark == "*" and not negative):
        return None
    if re.search(r"\bbeing\b", masked[start : m.start()], re.IGNORECASE) and not negative:
        return None  # "the study is being verified by experts": under way, not done
    by = _BY_RE.match(masked, m.end())
    agent = sentence[by.start(1) : by.end(1)].rstrip(".,") if by else None
    if agent:  # "by a coast guard pilot who flew over the area": the pilot
        agent = re.split(r"\s+(?:who|whose|which|that)\b", agent, maxsplit=1)[0]
    late = _LATE_ADVERB.search(agent) if agent else None
    if agent and late:  # "could not be verified by Reuters immediately": Reuters
        agent = agent[: late.start()]
    agent = _agent_without_time(agent) if agent else agent
    independent = "independently" in masked[start : m.start()].lower()
    if not negative and agent is None and not independent:
        return None  # "two deaths were confirmed": by whom the story does not say here
    subject = _with_participle(masked, start) or _subject(masked, start)
    if subject is None:
        return None
    subject = _of_subject(masked, subject)
    subject_words = masked[subject.span[0] : subject.span[1]]
    no_subject = _NO_BEFORE.search(masked[: subject.span[0]]) or _NO_OPENS.match(subject_words)
    if no_subject and not negative:
        # "No casualty figures could be independently verified", "None of the claims could
        # be …": nothing was verified
        if agent is not None:
            return None  # "Neither figure has been confirmed by the ministry": left unread
        negative = True
    end = by.end(1) if by else m.end()
    obj = sentence[subject.span[0] : subject.span[1]]
    outlet = _OUTLET_REPORT.fullmatch(obj)
    if outlet:  # "A report on the website Podium Daily that X": the report that X
        obj = f"the {outlet.group(1).lower()} that {outlet.group(2)}"
    both = _COORDINATED.search(sentence, 0, subject.span[0])
    heads = (both.group(1).lower(), obj.split()[0].lower()) if both else ()
    shared = bool(heads) and heads[1] not in _DETERMINERS  # "the location and date of …"
    if both and shared and any(_news_head(h) or h in _COORDINATED_HEADS for h in heads):
        # "The location and date of the video could not be confirmed": both nouns, not "date …"
        obj = sentence[both.start() : subject.span[1]]
        subject = Mention((both.start(), subject.span[1]), (both.start(), subject.head[1]))
    alt = sentence[subject.alt[0] : subject.alt[1]] if subject.alt else ""
    if alt.startswith(("which ", "who ")):
        obj = sentence[subject.head[0] : subject.head[1]]  # "The attack, which killed four,"
    low = obj.lower()
    claimed = False
    if low in _ANAPHORA or low.endswith((" that", " which")) or low in ("that", "which"):
        s, e = _clause_after(sentence, end)
        after = sentence[s:e]
        if low == "it" and re.match(r"(?:whether|who|if|how|what|that|when|where|why)\b", after):
            obj, end = _strip_that(after), e  # "It could not be established whether ..."
        elif low in ("that", "which") and subject.head[1] <= subject.span[0]:
            head = sentence[subject.head[0] : subject.head[1]]
            news = head if _news_head(head.lower()) else None  # "The figures, which could not …"
            obj = _appositive_object(sentence, subject) or news or obj
            which = _WHICH_AFTER_CLAUSE.search(masked, 0, subject.span[0] + len(low) + 1)
            before = sentence[: which.start()].split() if which else []
            if obj == low == "which" and which and negative and len(before) > len(head.split()) + 1:
                # "X said Y over the hills, which could not be independently verified": the
                # relative hangs on the clause (no hills are verified), read as its claim
                obj, claimed = sentence[: which.start()].strip(), True
        elif low in ("that", "which") or low.endswith((" that", " which")):
            obj = _appositive_object(sentence, subject) or obj
    elif base in ("confirm", "check") and not _news_head(low):
        return None  # "the nominee was confirmed by the Senate", "the bags could not be checked"
    if negative:
        status = "unverified"
    else:
        status = "confirmed" if base == "confirm" and agent else "verified"
    frame = masked[start : m.start()].lower()
    unnamed = agent is None and not _own_check(frame, base)
    if agent is not None and _INDEFINITE_AGENT.match(agent) and not _speaker_noun(agent):
        unnamed = True  # "by a second telescope", "by another laboratory": no one to ask
    return _Found(status, subject.span[0], end, obj, None, agent, claimed=claimed, unnamed=unnamed)


# An adverb closing an agent ("by Reuters immediately"): no part of the agent's name
_LATE_ADVERB = re.compile(r"\s+(?:" + "|".join(sorted(_ADVERBS)) + r")$", re.IGNORECASE)
# A time phrase after a passive's agent ("by Pellmoor Royal Infirmary late on Tuesday", "by
# the ministry earlier this week", "by police yesterday"): no part of the agent's name
_AGENT_TIME = re.compile(
    r"\s+(?:late|early|earlier|later|overnight|yesterday|today|tonight|on|shortly|soon"
    r"|(?:last|this|next)\s+(?:week|month|year|night|morning|afternoon|evening|weekend"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b.*$"
)


def _agent_without_time(agent: str) -> str:
    """A passive's agent without the time phrase after it ("Pellmoor Royal Infirmary late"
    -> "Pellmoor Royal Infirmary"); the agent as it is when nothing would be left."""
    cut = _AGENT_TIME.sub("", agent)
    return cut if cut.strip() and cut.split()[-1].lower() not in ("the", "a", "an") else agent


# A subject opening its sentence or clause with a news noun and a phrase after it ("The number
# of dead at the quarry"), of which the subject found was only the last noun ("the quarry")
_OF_SUBJECT = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:but|and|while)\s+)((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+)?\s+(?:of|at|in|from|on)\s+[^,;:“”\"]{2,80})$"
)


def _of_subject(masked: str, subject: Mention) -> Mention:
    """A passive's subject with the news noun and preposition before it, when the subject found
    is no news and its sentence opens on such a noun ("The number of dead at the quarry could
    not be confirmed": the number of dead, not the quarry); else the subject as found."""
    if _news_head(masked[subject.span[0] : subject.span[1]].lower()):
        return subject
    wider = _OF_SUBJECT.search(masked, 0, subject.span[1])
    if wider is None or wider.start(1) >= subject.span[0]:
        return subject
    words = wider.group(1).lower().split()
    if not _news_head(" ".join(words)) or any(w in _FINITE_VERBS or w == "says" for w in words):
        return subject  # "The report of the panel says the man …": a clause, not one subject
    return Mention((wider.start(1), subject.span[1]), (wider.start(1), subject.span[1]))


# An agent that names no one: "a second telescope", "another laboratory", "other scientists"
_INDEFINITE_AGENT = re.compile(r"(?:an?|another|any|other|some|further|more)\b", re.IGNORECASE)
# The verbs whose agentless passive is the outlet's own check whatever its frame ("The footage
# has not been authenticated"); "confirm", "establish", "determine" and "ascertain" are, only
# with "independently" or a modal of ability ("could not be confirmed", "cannot be established")
_OWN_VERBS = frozenset({"verify", "authenticate", "corroborate", "geolocate", "substantiate"})


def _own_check(frame: str, base: str) -> bool:
    """Whether an agentless passive is the outlet's own check: "could not be independently
    verified", "could not be confirmed", "cannot be established", "has not been verified";
    not "has not been confirmed" or "has not been officially confirmed", where an authority
    that the story does not name is meant."""
    words = frame.replace("’", "'").split()
    if "officially" in words:
        return False
    if "independently" in words or base in _OWN_VERBS:
        return True
    return any(w in ("could", "can", "cannot", "couldn't", "can't", "possible") for w in words)


def _appositive_object(sentence: str, subject: Mention) -> str | None:
    """What "a claim that could not be verified" refers to: the clause before its comma."""
    head = sentence[subject.head[0] : subject.head[1]]
    before = sentence[: subject.head[0]]
    if not before.rstrip().endswith(",") and not _APPOSITION_RE.search(before + head):
        return None
    clause = before.rstrip().rstrip(",").strip()
    return clause or None


# A participle closing a noun phrase: "the number of students involved", "the pupils affected
# by the outbreak": part of what was (not) verified
_TRAILING_PARTICIPLE = re.compile(
    r"\s(?:involved|affected|injured|wounded|killed|hurt|detained|arrested|displaced|evacuated"
    r"|infected|held|concerned)(?:\s+by\s+(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
    r"\s*$"
)


def _with_participle(masked: str, pos: int) -> Mention | None:
    """The subject before pos with its trailing participle phrase ("the number of students
    involved"), or None when there is no such participle."""
    m = _TRAILING_PARTICIPLE.search(masked, max(0, pos - 80), pos)
    if m is None:
        return None
    found = _subject(masked, m.start())
    if found is None or masked[found.span[1] : m.start()].strip():
        return None
    words = masked[found.span[0] : found.span[1]].split()
    if not words or words[-1].lower() in _PRONOUNS or words[0].lower() not in _DETERMINERS:
        return None
    end = len(masked[:pos].rstrip())
    return Mention((found.span[0], end), found.head)


def _subject(masked: str, pos: int) -> Mention | None:
    """The subject noun phrase before pos (a frame's first word)."""
    told = _TOLD_SUBJECT.search(masked, 0, pos)
    if told:  # "The claim that the ferry sank has not been confirmed": the claim, not "the ferry"
        return Mention(told.span(1), told.span(2))
    found = subject_before(masked, 0, pos, loose=True)[0]
    if isinstance(found, Mention):
        return found
    m = _NP_RE.search(masked[:pos].rstrip())
    if m is None:
        return None
    words = m.group().split()
    for k, word in enumerate(words):
        if word.lower() in ("the", "a", "an", "these", "those", "this", "such", "its", "their"):
            words = words[k:]
            break
    else:
        words = words[-1:]
    low = words[-1].lower()
    if not (_news_head(low) or low in _ANAPHORA or low in _PRONOUNS or low in ("which",)):
        return None
    end = len(masked[:pos].rstrip())
    start = end - len(" ".join(words))
    if masked[start:end] != " ".join(words):
        return None
    return Mention((start, end), (start, end))


# A news noun with its "that" clause as the subject of the frame ("The report that the mayor
# resigned could not be verified", "A report in the weekly Courier that …", "Claims by a guard
# that …": what was unverified is the whole report, never a noun taken from inside its clause),
# opening the sentence or a clause
_TOLD_SUBJECT = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:but|and|while)\s+|\b(?:[Bb]ut|[Aa]nd)\s+)[“\"]?"
    r"((?:(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?"
    r"((?:[Cc]laim|[Rr]eport|[Aa]llegation|[Ss]uggestion|[Aa]ssertion|[Rr]umou?r|[Aa]ccount)s?)"
    r"(?:\s+(?:in|by|from|on|of)\s+[^,;:“”\"]{2,60}?)?"  # "A report in the weekly X that …"
    r"\s+that\s+[^,;:“”\"]{3,200}?)\s*$"
)
# a report named with the outlet that carried it, then its "that" clause
_OUTLET_REPORT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+((?:[Cc]laim|[Rr]eport|[Aa]llegation|[Rr]umou?r|[Aa]ccount)s?)"
    r"\s+(?:in|on|by)\s+(?:the\s+|a\s+)?(?:[a-z][\w’'-]*\s+){0,3}[A-Z][\w’'&-]*"
    r"(?:\s+[A-Z][\w’'&-]*){0,3}\s+that\s+(.+)",
    re.DOTALL,
)
_RECORDS = frozenset(load_lexicon("record_nouns")) | frozenset(load_lexicon("ver_nonagents"))


def _record_subject(subject: str) -> bool:
    """Whether a subject is a document, data or an event ("the results", "the debate"), which
    may bear something out but is no verifier."""
    words = subject.lower().split()
    if len(words) >= 2 and _bare(words[-1]) == "survey" and words[-2] in _SURVEY_AGENCIES:
        return False  # "the national geological survey": an agency, not a poll
    if subject.split()[-1:] == ["Survey"]:
        return False  # "the Coastal Survey": a body's name
    head = re.split(r"\s(?:of|from|by|among)\s", subject.lower(), maxsplit=1)[0].split()
    if head and _bare(head[-1]) in _RECORDS:
        return True  # "a survey of residents", "the results of the test"
    return bool(words) and _bare(words[-1]) in _RECORDS


_SURVEY_AGENCIES = frozenset({"geological", "hydrographic", "ordnance", "seismological"})


def _bare(word: str) -> str:
    """A word without its punctuation and possessive ("figures," "ministry's" -> "ministry")."""
    word = word.strip(",.;:")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _news_head(low: str) -> bool:
    """Whether a noun phrase's head is news: its last word, or the word before its first
    preposition or "that" ("casualty figures from both sides", "the identity of the driver",
    "the claim that the ferry sank")."""
    words = low.split()
    if _scheduled(low):
        return False  # "the date of the meeting": an arrangement
    if _event_phrase(words):
        return True  # "the closure of the library"
    head = re.split(r"\s(?:of|from|in|on|at|for|about|that)\s", low, maxsplit=1)[0].split()
    return bool(words) and (_bare(words[-1]) in _NEWS or (bool(head) and _bare(head[-1]) in _NEWS))


def _event_phrase(words: list[str]) -> bool:
    """Whether a noun phrase opens on a noun of event and its "of"/"to" phrase ("the closure of
    the library", "the cut to the bus service", "the departure of its coach"): news, though the
    noun alone ("confirmed the opening") is not read as such."""
    for k, word in enumerate(words[:3]):
        if _bare(word) in _EVENTS and k + 1 < len(words) and words[k + 1] in ("of", "to"):
            return k == 0 or words[0] in _DETERMINERS
    return False


_SCHEDULE_RE = re.compile(r"(?:the|its|their)\s+([a-z]+)\s+(?:and\s+[a-z]+\s+)?of\s+(.+)")


def _scheduled(low: str) -> bool:
    """Whether a noun phrase is the date, time or venue of an arrangement ("the date of the
    meeting", "the venue of the talks"): scheduling an organiser confirms, not news, whatever
    news noun it names."""
    m = _SCHEDULE_RE.match(low)
    if m is None or m.group(1) not in _SCHEDULE_HEADS:
        return False
    rest = [_bare(w) for w in m.group(2).split()[:4]]
    return any(w in _SCHEDULED for w in rest)


def _news_object(obj: str, base: str, verb: str) -> bool:
    """Whether what follows the verb is news (not "their identity", "the nominee", "you")."""
    words = obj.lower().split()
    if not words or _SECOND_PERSON.search(obj):
        return False
    if _paperwork(obj) or _scheduled(obj.lower()):
        return False
    if base != "confirm":
        return True
    if _event_phrase(words):
        return True  # "has not confirmed the closure of the library"
    if words[0] in ("whether", "if", "that", "how", "who", "what", "which", "any", "reports"):
        return True  # "declined to confirm which hospitals took the injured in"
    if words[0] == "claims":
        return True
    if _gerund_object(obj):
        return True  # "has not confirmed receiving the letter"
    return any(_bare(w) in _NEWS for w in words[:5]) or bool(
        re.match(r"(?:it|this)\b", obj.lower()) and len(words) == 1
    )


_NOT_GERUNDS = frozenset(load_lexicon("ver_not_gerunds"))


def _gerund_object(obj: str) -> bool:
    """Whether what follows "confirm" is an act the verifier is said to have done, a gerund and
    its object ("receiving the letter", "having paid the ransom"), not a noun in -ing."""
    words = obj.split()
    first = words[0] if words else ""
    if len(words) < 2 or not first.islower() or not first.isalpha():
        return False
    if not first.endswith("ing") or len(first) <= 5 or first in _NOT_GERUNDS:
        return False
    second = words[1].lower()
    # an object after it ("receiving the letter", "paying 2 million"), or "having paid": not a
    # noun it qualifies ("rising water levels", "seating arrangements")
    return first in ("having", "being") or second in _DETERMINERS or second[:1].isdigit()


_REFUSALS = frozenset({"declined", "refused", "declining", "refusing"})
# What a source is reported to have said, which it may not have confirmed saying
SAID_OBJECT = re.compile(
    r"(?:the|that|those|these)\s+(?:interview|interviews|remarks|comments|conversation|quote"
    r"|quotes|phone\s+call)",
    re.IGNORECASE,
)
# Heads that a refusal to confirm does not make news: an appointment ("declined to confirm the
# nominee") or a booking; "his identity", "her age" are withheld facts after "declined to"
_NOT_WITHHELD = frozenset({"nominee", "nominees", "appointee", "appointees", "judge", "judges"})
# People who speak ("a ministry spokesman", "a senior official"): an agent named by role, not
# an instrument; and, after "declined to confirm the …", a person appointed, not a fact
_SPEAKERS = frozenset(load_lexicon("gen_role_words")) | frozenset(
    load_lexicon("gen_generic_sources")
)


def _speaker_noun(phrase: str) -> bool:
    """Whether a noun phrase's head is a person who speaks ("a ministry spokesman", "the
    secretary of state"): its last word, or the word before its first preposition."""
    low = phrase.lower()
    head = re.split(r"\s(?:of|for|at|from|in|on|to)\s", low, maxsplit=1)[0].split()
    return bool(head) and (_bare(head[-1]) in _SPEAKERS or _bare(low.split()[-1]) in _SPEAKERS)


_WITHHELD_PAPERWORK = frozenset({"identity", "identities", "age", "whereabouts", "status"})


def _refused_object(obj: str) -> bool:
    """Whether what a source declined or refused to confirm is a fact it withheld: a definite
    noun phrase of a few words ("the concentration", "the date", "his identity"), not an
    appointment ("the nominee"), a booking ("the reservation") or "you"."""
    words = obj.lower().split()
    if not 2 <= len(words) <= 6 or words[0] not in ("the", "his", "her", "its", "their"):
        return False
    if _SECOND_PERSON.search(obj) or any(_bare(w) in _NOT_WITHHELD for w in words):
        return False
    if _speaker_noun(obj):
        return False  # "refused to confirm the secretary of state": an appointment
    head = next((_bare(w) for w in words[1:4] if _bare(w) in _PAPERWORK), None)
    return head is None or head in _WITHHELD_PAPERWORK


def _paperwork(obj: str) -> bool:
    """Whether an object is paperwork ("their identity"), not news ("the identity of the man")."""
    words = obj.lower().split()
    head = next((w.strip(",.") for w in words[:4] if w.strip(",.") in _PAPERWORK), None)
    return bool(head) and f"{head} of" not in " ".join(words[:5])


def _strip_that(obj: str) -> str:
    """What follows "that" as a clause ("confirmed that two had died"); a demonstrative noun
    phrase as it is ("has not confirmed that figure", "neither confirmed nor denied that
    account")."""
    if DEMONSTRATIVE.fullmatch(obj):
        return obj
    return obj[5:] if obj.lower().startswith("that ") else obj


# "that figure", "that account", "that initial report": a noun the story used before, not a
# clause opening on "that"
DEMONSTRATIVE = re.compile(
    r"[Tt]hat\s+(?:[a-z-]+\s+)?(?:claim|figure|account|report|number|estimate|allegation"
    r"|assertion|version|story|valuation|toll|tally|statement|total|sum|amount|post|video"
    r"|message|description|suggestion|rumou?r)"
)


def _named(
    text: str,
    sentence: Sentence,
    f: _Found,
    claims: list[Claim],
    outlet: str,
    referents: _Referents,
) -> Verification | None:
    """A found form as a Verification, its verifier named (pronouns resolved through claims)."""
    base = sentence.span[0]
    if f.unnamed and f.agent:
        by = f.agent  # "a second telescope": kept as written, no name to make of it
    elif f.unnamed:
        by = NO_VERIFIER
    elif f.subject is None and f.agent:
        by = Namer().name(f.agent, Mention((0, len(f.agent)), (0, len(f.agent))))[0]
    elif f.subject is None:
        by = outlet
    else:
        by = Namer().name(sentence.text, f.subject)[0]
        alt = f.subject.alt
        if alt and PERSON_NAME_RE.fullmatch(sentence.text[alt[0] : alt[1]].strip()):
            by = sentence.text[alt[0] : alt[1]].strip()  # "A Kremlin spokesman, Dmitry Peskov,"
        if by.lower() in _PRONOUNS or by.lower() in ("who", "which", "that"):
            by = referents.antecedent(by.lower(), base + f.subject.span[0]) or ""
    content = _claim_content(f.obj, sentence, claims)
    reported = _REPORTED_CLAUSE.fullmatch(f.obj) if not content else None
    if reported and sentence.text.startswith(f.obj):  # "Local media reported that four were
        content = reported.group(1)  # killed, a toll that could not be …": what they reported
    if f.claimed and not content:
        return None  # "The opposition put the number at 300, which the BBC …": no claim's words
    obj = content or f.obj.strip().rstrip(".,")
    if f.subject is not None and by.lower() not in _PRONOUNS:
        obj = own_it(obj, sentence.text[f.subject.span[0] : f.subject.span[1]])
    if obj.split()[0] in ("The", "A", "An", "These", "Those", "This", "Such"):
        obj = obj[0].lower() + obj[1:]  # "the figure", as it reads inside a question
    if not by or not obj:
        return None
    return Verification(
        line=sentence.line,
        by=by,
        status=f.status,
        object=obj,
        span=(base + f.start, base + f.end),
        sentence_span=sentence.span,
    )


# An appositive's clause that is a report no claim was read for: "Local media reported that
# four people had been killed in the blast" (what was reported is what was not confirmed)
_REPORTED_CLAUSE = re.compile(
    r"[A-Z][^,;:“”\"]{0,60}?\s(?:reported|said|says|reports|claimed|stated)(?:\s+on\s+[A-Z]\w+)?"
    r"\s+that\s+([^“”\"]{10,})"
)


_CLAUSE_WORDS = frozenset(
    "whether that if and but or because when where why how what as so after before since until"
    " while than though although unless once said says".split()
)


def own_it(obj: str, subject: str) -> str:
    """An object whose "it" opens a relative clause on a noun ("the number of patients it took
    in"), with the "it" written as the subject that stands for it ("The hospital has not
    confirmed …": "the number of patients the hospital took in"), when the subject is one
    body named by a common noun ("the hospital", "the company", "City Hall") and not a person
    or a plural group; else the object as it is (an "it" after "whether" or "that" may be
    anything: "whether it was an accident")."""
    words = subject.split()
    if not words or not obj.startswith(("the ", "The ", "a ", "an ")):
        return obj
    last = _bare(words[-1]).lower()
    if last in _PRONOUNS or last in _SPEAKERS or (last.endswith("s") and not last.endswith("ss")):
        return obj  # "she", "a spokesman", "officials": no body an "it" could stand for
    if len(words) < 2 and not words[0][:1].isupper():
        return obj
    found = [m for m in re.finditer(r"\s+it\s+", obj) if _before_it(obj[: m.start()]) is not None]
    if len(found) != 1 or len(re.findall(r"\bit\b", obj)) != 1:
        return obj
    m = found[0]
    name = subject[0].lower() + subject[1:] if words[0] in ("The", "Its") else subject
    return f"{obj[: m.start()]} {name} {obj[m.end() :]}"


def _before_it(before: str) -> str | None:
    """The noun an "it" follows, when it is a plain lower-case noun and no clause word."""
    word = before.split()[-1] if before.split() else ""
    if not word.isalpha() or not word.islower() or word in _CLAUSE_WORDS:
        return None
    if word in _DETERMINERS or word in _FINITE_VERBS or word.endswith("ed"):
        return None  # "… as soon as it …", "claimed it": no noun before
    return word


def _claim_content(obj: str, sentence: Sentence, claims: list[Claim]) -> str | None:
    """The content of a claim that an appositive object restates ("X said Y, a claim that ...")."""
    if not sentence.text.startswith(obj) or len(obj.split()) < 4:
        return None
    end = sentence.span[0] + len(obj)
    for c in claims:
        if c.cue_span is not None and c.cue_span[0] >= end:
            continue  # "X said Y, a claim the army has not confirmed" read as the army's words
        if sentence.span[0] <= c.content_span[0] < end:
            start = c.content_span[0] - sentence.span[0]
            return sentence.text[start : len(obj)].strip().rstrip(".,") or None
    return None


_REACH = 12  # how many claims back a pronoun verifier may look for whom it stands for


class _Referents:
    """Whom a pronoun subject of a verification stands for, from the story's claims, indexed
    once per story (each lookup reads a few claims near the pronoun, not every claim)."""

    def __init__(self, claims: list[Claim]) -> None:
        named = sorted((c for c in claims if c.source), key=lambda c: c.sentence_span)
        self.by_source_at = {c.source_span[0]: c for c in named if c.source_span}
        self.by_content = sorted(named, key=lambda c: c.content_span)
        self.content_starts = [c.content_span[0] for c in self.by_content]
        self.named = named
        self.sentence_starts = [c.sentence_span[0] for c in named]
        # the gender the story shows of each source: "he"/"she" standing for it as a cue's
        # subject ("she told a news conference")
        self.genders: dict[str, str] = {}
        for c in named:
            written = (c.source_text or "").lower()
            if written in ("he", "she"):
                self.genders.setdefault(str(c.source), "m" if written == "he" else "f")

    def gender(self, name: str) -> str | None:
        """A source's gender as the story shows it, else its given name's."""
        if name in self.genders:
            return self.genders[name]
        return next((GIVEN_NAMES[w] for w in name.split() if w in GIVEN_NAMES), None)

    def antecedent(self, pronoun: str, pos: int) -> str | None:
        """Whom a pronoun subject stands for: the source the analysis gave the same pronoun as
        a cue's subject ("He declined to confirm …": the man the attribution resolved it to,
        by gender and salience); else the claim it sits in; else, for "he"/"she", the nearest
        person before it whose gender does not clash, when the story shows it agrees or no
        other person stands close before it (else None: not sure); for "it"/"they", the
        nearest source of that sort before it."""
        own = self.by_source_at.get(pos)
        if own is not None:
            return own.source if self._fits(pronoun, str(own.source)) else None
        i = bisect.bisect_right(self.content_starts, pos)
        for c in reversed(self.by_content[max(0, i - 8) : i]):
            if c.content_span[0] <= pos < c.content_span[1]:
                return c.source
        k = bisect.bisect_left(self.sentence_starts, pos)
        before = self.named[max(0, k - _REACH) : k]
        if pronoun in ("he", "she"):
            return self._person(pronoun, before)
        for c in reversed(before):
            if pronoun == "it" and c.source_kind in PERSON_KINDS:
                continue
            return c.source
        return None

    def _fits(self, pronoun: str, name: str) -> bool:
        if pronoun not in ("he", "she"):
            return True
        gender = self.gender(name)
        return gender is None or gender == ("m" if pronoun == "he" else "f")

    def _person(self, pronoun: str, before: list[Claim]) -> str | None:
        want = "m" if pronoun == "he" else "f"
        people = [c for c in before if _person_like(c)]
        for k in range(len(people) - 1, -1, -1):
            c = people[k]
            gender = self.gender(str(c.source))
            if gender is not None and gender != want:
                continue
            if gender == want:
                return c.source
            near = people[k - 1] if k else None  # unknown gender: another person close by?
            if near and near.source != c.source and self.gender(str(near.source)) in (None, want):
                if c.sentence_span[0] - near.sentence_span[1] < 400:
                    return None
            return c.source
        return None


def _antecedent(pronoun: str, pos: int, claims: list[Claim]) -> str | None:
    """Whom a pronoun subject stands for among some claims (``_Referents.antecedent``)."""
    return _Referents(claims).antecedent(pronoun, pos)


def _person_like(c: Claim) -> bool:
    """Whether a claim's source is a person: by its kind, or a titled name with no kind."""
    return c.source_kind in PERSON_KINDS or (
        c.source_kind is None and PERSON_NAME_RE.search(c.source or "") is not None
    )


def outlet_name(text: str, story: StoryAnalysis) -> str:
    """The outlet's own name: an agency credit, a name it gives itself, or "the outlet"."""
    head = text[story.span[0] : min(story.span[1], story.span[0] + 600)]
    credit = _DATELINE_RE.search(head)
    if credit:
        return _CREDITS[credit.group(1)]
    body = text[story.span[0] : story.span[1]]
    # the regex needs "learned": a story without the word is not scanned
    for m in _LEARNED_RE.finditer(body) if "learned" in body else ():
        if m.group(1).lower() in _OUTLETS:
            return m.group(1)
    for sentence in story.sentences:
        opening = sentence.text[: _OUTLET_OPENING_CHARS + 4].lower()
        if not opening.startswith(_OUTLET_OPENINGS) and not (
            opening.startswith("the ") and opening[4:].startswith(_OUTLET_OPENINGS)
        ):
            continue  # no outlet's name (after a "The") opens the sentence: its first characters
        low = sentence.text.lower()
        the = 4 if low.startswith("the ") else 0  # "The BBC has not been able to verify"
        for name in _OUTLETS:
            at = 0 if low.startswith(name + " ") else the
            if low.startswith(name + " ", at) and re.match(
                re.escape(name) + r"\s+(?:has|have|had|was|is|could|can)\b.*\b(?:verif|confirm)",
                low[at:],
            ):
                return sentence.text[at : at + len(name)]
    seen = " by " in body and ("seen" in body or "reviewed" in body or "obtained" in body)
    for m in _SEEN_BY_RE.finditer(body) if seen else ():
        name = m.group(2)
        if name.lower() in _OUTLETS or f"{m.group(1) or ''}{name}".lower() in _OUTLETS:
            return name  # "according to a document seen by Reuters"
        if _THIS_PAPER_RE.search(body):  # "emails seen by the Financial Ledger" and "told
            return f"the {name}" if m.group(1) else name  # this newspaper": its own name
    for m in _TOLD_OUTLET_RE.finditer(body) if "told " in body else ():
        name = m.group(2)
        says = re.compile(
            r"(?:^|\b[Tt]he\s+)"
            + re.escape(name)
            + r"\s+(?:has|have|had|was|is|could|can)\b[^.]*\b(?:verif|confirm)"
        )
        if m.group(1) == "The " or any(says.search(s.text) for s in story.sentences):
            return f"the {name}"  # "… told The Courier.": the paper that reports it
    byline = _BYLINE_OUTLET.search(head)
    if byline:  # "By Lena Fiske, Eastvale Radio" and "Eastvale Radio has been unable to verify …"
        name = byline.group(1)
        says = re.compile(
            re.escape(name) + r"\s+(?:has|have|had|was|is|could|can)\b[^.]*\b(?:verif|confirm)"
        )
        if any(says.match(sentence.text) for sentence in story.sentences):
            return name
    return "the outlet"


# the paper a source speaks to: "two former board members told The Courier." (its "The" a
# capital inside the sentence: a title's own), or "told the Ledger" when "the Ledger could not
# confirm …" too; not "told The Hague court" (a name as a noun's modifier)
# (a word's literal first, its boundary looked behind: the engine skips to "told" in C; a scan
# from "\b" tries every position of the story)
_TOLD_OUTLET_RE = re.compile(
    r"told(?<!\wtold)\s+(the\s+|The\s+)([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})"
    r"(?=\s*[,.;:]|\s+(?:that|on|in|last|this|earlier|after|before|by|about|when|during|for"
    r"|at|late|early|it|they|he|she)\b)"
)


# papers an outlet says it has seen itself: "a document seen by Reuters", "emails reviewed by the
# Financial Ledger" (a name the story gives itself when it also says "this newspaper")
_SEEN_BY_RE = re.compile(
    r"(?:seen(?<!\wseen)|reviewed(?<!\wreviewed)|obtained(?<!\wobtained))\s+by\s+(the\s+|The\s+)?"
    r"([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})"
)
_THIS_PAPER_RE = re.compile(
    r"this(?<!\wthis)\s+(?:newspaper|paper|website|publication|news\s+agency|agency|broadcaster)\b"
)
_BYLINE_OUTLET = re.compile(
    r"^By\s+[A-Z][^,\n]{2,40},\s+([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})[ \t]*$", re.MULTILINE
)


def _maybe_verification(text: str) -> bool:
    """A cheap test before the verification regexes: does a verb of verification occur at all?"""
    low = text.lower()
    if any(map(low.__contains__, _VERB_STEMS)) or "unconfirmed" in low or "unverified" in low:
        return True
    return ("not " in low or "n't " in low or "n’t " in low or "unable " in low) and (
        _unseen_word(low)
    )


def _masked(text: str) -> str:
    """The text with each quotation's inside blanked out (same length)."""
    quotes = quote_intervals(text)
    if not quotes:
        return text  # nothing to blank
    chars = list(text)
    for open_, close in quotes:
        chars[open_ + 1 : min(close, len(chars))] = "\x01" * (min(close, len(chars)) - open_ - 1)
    return "".join(chars)


def _clause_after(text: str, pos: int) -> tuple[int, int]:
    """The span of what follows a verb up to the end of its clause."""
    s = pos
    while s < len(text) and text[s] == " ":
        s += 1
    if text[s : s + 1] in (",", ";", ":", "—", "–", ")"):
        return s, s  # "the claims, which X has not verified, ...": nothing follows the verb
    m = _CLAUSE_END.search(text, s)
    e = m.start() if m else len(text)
    while e > s and text[e - 1] in " .,":
        e -= 1
    return s, e


_LEGAL_CLAIM = frozenset(load_lexicon("hedge_legal_claims"))
_HYPHEN_ONLY = frozenset({"small", "no"})
_WORD_BEFORE_CLAIM = re.compile(r"([A-Za-z][\w’']*)(\s+|-)$")
_AFTER_CLAIM = re.compile(r"\s+(?:(?:for|of)\s+)?(?P<next>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)")


def legal_claim(text: str, span: tuple[int, int]) -> bool:
    """Whether "claim", "claims" or "claimed" at ``span`` is a demand for money or a right, not
    an assertion ("insurance claims rose", "the small-claims court", "claims for compensation",
    "a claim of 2 million euros filed against the line", "claimed 12,000 euros in damages"):
    ``lexicons/hedge_legal_claims.txt``."""
    word = text[span[0] : span[1]].lower()
    if word not in ("claim", "claims", "claimed"):
        return False
    if word != "claimed":
        prev = _WORD_BEFORE_CLAIM.search(text, max(0, span[0] - 30), span[0])
        low = prev.group(1).lower() if prev else ""
        if low in _LEGAL_CLAIM and (low not in _HYPHEN_ONLY or prev and prev.group(2) == "-"):
            return True
    after = _AFTER_CLAIM.match(text, span[1])
    if after is None:
        return False
    if word != "claimed" and not re.match(r"\s+(?:for|of)\s", text[span[1] : span[1] + 6]):
        return False  # "claims that …", "claims rose": only "for"/"of" bring in what is sought
    nxt = text[after.start("next") : after.start("next") + 80]
    first = after.group("next").split()[0].lower()
    if word == "claimed" and any(w.lower() in _CLAUSE_VERBS for w in nxt.split()[:5]):
        return False  # "claimed compensation was never paid", "claimed 12 million euros had gone"
    harm = first in _HARMS and word != "claimed"  # "claimed benefits": sought, as written
    if first in _LEGAL_CLAIM and first not in _HYPHEN_ONLY and not harm:
        return True
    # a sum or a harm is sought only where the sentence is about filing, paying or insuring it
    # ("filed a claim of 2 million euros against the line", "Insurers have received claims of
    # damage"), not "claims of 2 million euros in bribes", "its claims of losses were false"
    around = text[max(0, span[0] - 80) : span[1] + 80]
    sought = bool(_MONEY.match(nxt)) or harm
    return sought and _MONEY_SOUGHT.search(around) is not None


_HARMS = frozenset({"damage", "loss", "losses", "injury", "injuries", "benefit", "benefits"})
_MONEY_SOUGHT = re.compile(
    r"\b(?:filed|filing|lodged|submitted|paid|payout|settled|insur\w*|compensation|damages"
    r"|court|tribunal|against)\b",
    re.IGNORECASE,
)
_CLAUSE_VERBS = frozenset(
    "was were is are had has have would will could did does do may might".split()
)
# a sum of money, after a word of its size ("more than 40 million euros", "$3,000")
_MONEY = re.compile(
    r"(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|up\s+to\s+|at\s+least\s+|some\s+)?(?:[$£€]\s*\d|\d[\d,.]*\s+(?:(?:million|billion)\s+)?"
    r"(?:euros?|dollars?|pounds|francs|crowns|kronor|yen|rupees|pesos)\b)",
    re.IGNORECASE,
)


def find_hedges(text: str, story: StoryAnalysis) -> list[Hedge]:
    """The hedge words of a story's sentences and crossheads, except words that are cues and a
    "claim" that is a demand for money or a right (``legal_claim``)."""
    cues = [c.cue_span for c in story.claims if c.cue_span]
    headings = heading_sentences(text, story)
    heading_spans = {h.span for h in headings}
    hedges = []
    for sentence in sorted([*story.sentences, *headings], key=lambda s: s.span):
        begin, end = sentence.span
        span = None if sentence.span in heading_spans else sentence.span
        for m in HEDGE_MATCHER.finditer(text, begin, end):
            if not any(s < m.end() and m.start() < e for s, e in cues) and not legal_claim(
                text, m.span()
            ):
                hedges.append(Hedge(sentence.line, m.group(), m.span(), span))
    return hedges
