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
from functools import lru_cache

from questions.cues import HEDGE_RE, load_table
from questions.model import Claim, Hedge, Sentence, StoryAnalysis, Verification
from questions.quotes import quote_intervals
from questions.sources import Mention, Namer, subject_before
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
    start = claim.source_span[0] if claim.source_span else claim.content_span[0]
    if cue.endswith(_NEITHER):
        status = "neither confirmed nor denied"
    elif claim.stance == "confirms" and "confirm" in cue:
        status = "confirmed"
    else:
        m = _VERIFY_RE.search(claim.content)
        if m is None or _UNABLE.search(m.group(0)) or claim.source is None:
            return None
        s, e = _clause_after(claim.content, m.end())
        return Verification(
            line=claim.line,
            by=claim.source,
            status="verified",
            object=claim.content[s:e],
            span=(start, claim.content_span[1]),
            sentence_span=claim.sentence_span,
        )
    if claim.source is None:
        return None
    return Verification(
        line=claim.line,
        by=claim.source,
        status=status,
        object=claim.content,
        span=(start, claim.content_span[1]),
        sentence_span=claim.sentence_span,
    )


def _own_voice(text: str, sentence: Sentence) -> list[Verification]:
    """Statements such as "Sky News has been unable to verify the reports" in one sentence."""
    out: list[Verification] = []
    if not _VERIFY_RE.search(sentence.text):
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
    spans: list[tuple[int, tuple[int, int] | None, int, int]] = [
        (s.line, s.span, s.span[0], s.span[1]) for s in story.sentences
    ]
    starts = _line_starts(text)
    for number in story.headings:
        if 0 < number <= len(starts):
            begin = starts[number - 1]
            end = starts[number] - 1 if number < len(starts) else len(text)
            spans.append((number, None, begin, end))
    hedges = []
    for line, sentence_span, begin, end in sorted(spans, key=lambda x: x[2]):
        for m in HEDGE_RE.finditer(text, begin, end):
            if not any(s < m.end() and m.start() < e for s, e in cues):
                word = " ".join(m.group().split())
                hedges.append(Hedge(line, word, m.span(), sentence_span))
    return hedges


@lru_cache(maxsize=8)
def _line_starts(text: str) -> list[int]:
    """The offset where each line of text starts."""
    return [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
