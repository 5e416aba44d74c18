"""Verification statements and hedges.

Verification: who could not verify something ("Sky News has been unable to verify the reports"),
who was able to ("Reuters said it was able to identify ..."), who confirmed ("she confirmed that
...") and who neither confirmed nor denied ("He did not confirm or deny that ..."). The last three
come from claims already found; the first is the outlet (or anyone) speaking in its own voice.

Hedges: words that signal an event is not confirmed (``lexicons/hedges.txt``), except where the
word is the cue of a claim ("Gladkov reported that" is attribution, "the reported incursion" a
hedge).
"""

from __future__ import annotations

import re

from questions.attribution import heading_sentences
from questions.cues import HEDGE_MATCHER, load_table
from questions.model import Claim, Hedge, Sentence, StoryAnalysis, Verification
from questions.names import Namer
from questions.quotes import quote_intervals
from questions.sources import Mention, subject_before
from questions.text import load_lexicon

_FRAMES = {row[0]: row[1] for row in load_table("verification.tsv")}
_VERBS = load_lexicon("verify_verbs")


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )


_VERIFY_RE = re.compile(
    r"(?<![\w’'-])(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(?P<frame>"
    + _alt(list(_FRAMES))
    + r")\s+(?:independently\s+)?(?P<verb>"
    + _alt(_VERBS)
    + r")(?![\w’'-])",
    re.IGNORECASE,
)
_VERB_STEMS = tuple({verb.split()[-1][:5] for verb in _VERBS})
_UNABLE = re.compile(r"\b(?:unable|not|n't|cannot)\b", re.IGNORECASE)
_NEITHER = ("did not confirm or deny", "neither confirmed nor denied", "would not confirm or deny")
_SECOND_PERSON = re.compile(r"\byou\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|although)\b|\.\s*$")


def find_verification(text: str, story: StoryAnalysis, claims: list[Claim]) -> list[Verification]:
    """The verification statements of a story, in text order."""
    found = [v for c in claims if (v := _from_claim(text, c)) is not None]
    covered = [c.content_span for c in claims]
    for sentence in story.sentences:
        for v in _own_voice(text, sentence):
            if not any(s <= v.span[0] < e for s, e in covered):
                found.append(v)
    return sorted(found, key=lambda v: v.span)


def _from_claim(text: str, claim: Claim) -> Verification | None:
    """A verification statement made by a claim: confirmed, neither, or "able to identify"."""
    cue = " ".join((claim.cue or "").lower().split())
    spans = [sp for sp in (claim.source_span, claim.cue_span, claim.content_span) if sp]
    span = (min(sp[0] for sp in spans), max(sp[1] for sp in spans))
    if cue.endswith(_NEITHER):
        status = "neither confirmed nor denied"
    elif claim.stance == "confirms" and "confirm" in cue:
        status = "confirmed"
    else:
        m = _VERIFY_RE.search(claim.content) if _maybe_verification(claim.content) else None
        if m is None or _UNABLE.search(m.group(0)) or claim.source is None:
            return None
        s, e = _clause_after(claim.content, m.end())
        return Verification(
            line=claim.line,
            by=claim.source,
            status="verified",
            object=claim.content[s:e],
            span=span,
            sentence_span=claim.sentence_span,
        )
    if claim.source is None:
        return None
    return Verification(
        line=claim.line,
        by=claim.source,
        status=status,
        object=claim.content,
        span=span,
        sentence_span=claim.sentence_span,
    )


def _own_voice(text: str, sentence: Sentence) -> list[Verification]:
    """Statements such as "Sky News has been unable to verify the reports" in one sentence."""
    out: list[Verification] = []
    if not _maybe_verification(sentence.text):
        return out
    masked = _masked(sentence.text)
    for m in _VERIFY_RE.finditer(masked):
        subject = subject_before(masked, 0, m.start())[0]
        if not isinstance(subject, Mention):
            continue
        s, e = _clause_after(sentence.text, m.end())
        obj = sentence.text[s:e]
        if not obj or _SECOND_PERSON.search(obj):
            continue  # "unable to verify if you have consented to cookies" is not news
        by = Namer().name(sentence.text, subject)[0]
        status = "unverified" if _UNABLE.search(m.group(0)) else "verified"
        base = sentence.span[0]
        out.append(
            Verification(
                line=sentence.line,
                by=by,
                status=status,
                object=obj,
                span=(base + subject.span[0], base + e),
                sentence_span=sentence.span,
            )
        )
    return out


def _maybe_verification(text: str) -> bool:
    """A cheap test before the verification regex: does a verb of verification occur at all?"""
    low = text.lower()
    return any(stem in low for stem in _VERB_STEMS)


def _masked(text: str) -> str:
    """The text with each quotation's inside blanked out (same length)."""
    chars = list(text)
    for open_, close in quote_intervals(text):
        chars[open_ + 1 : min(close, len(chars))] = "\x01" * (min(close, len(chars)) - open_ - 1)
    return "".join(chars)


def _clause_after(text: str, pos: int) -> tuple[int, int]:
    """The span of what follows a verb up to the end of its clause."""
    s = pos
    while s < len(text) and text[s] == " ":
        s += 1
    m = _CLAUSE_END.search(text, s)
    e = m.start() if m else len(text)
    while e > s and text[e - 1] in " .,":
        e -= 1
    return s, e


def find_hedges(text: str, story: StoryAnalysis) -> list[Hedge]:
    """The hedge words of a story's sentences and crossheads, except words that are cues."""
    cues = [c.cue_span for c in story.claims if c.cue_span]
    headings = heading_sentences(text, story)
    hedges = []
    for sentence in sorted([*story.sentences, *headings], key=lambda s: s.span):
        begin, end = sentence.span
        span = None if sentence in headings else sentence.span
        for m in HEDGE_MATCHER.finditer(text, begin, end):
            if not any(s < m.end() and m.start() < e for s, e in cues):
                hedges.append(Hedge(sentence.line, m.group(), m.span(), span))
    return hedges
