"""Attributed claims: who says what, through which cue, with what stance.

Each paragraph is read with its quotations masked, so cue words inside a quotation ("As you
know, ...") are never cues. For every cue (``lexicons/cues.tsv``) the source is looked for before
it ("Kyiv has denied"), after it ("..., said Mr Peskov", "according to Reuters"), in the clause it
belongs to ("..., adding: ..."), or not at all ("is said to be": an unnamed source). A paragraph
that is wholly a quotation with no cue continues the claim of the paragraph before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from questions.cues import (
    ADDRESSEE_RE,
    CHANNEL_RE,
    CONTENT_STANCE,
    CONTENT_STANCE_RE,
    CUES,
    DISCOURSE_SAID_RE,
    EVIDENCE_NOUNS,
    LABEL_RE,
    LEAD_CHANNEL_RE,
    NAMED_CHANNEL_RE,
    QUOTED_AS_RE,
    THE_ROLE_RE,
    TIME_AFTER_RE,
    TO_ADDRESSEE_RE,
    CueWord,
    iter_cues,
    title_names,
)
from questions.model import Claim, Sentence, StoryAnalysis
from questions.quotes import quote_intervals
from questions.sources import (
    PRONOUNS,
    Entity,
    Mention,
    Namer,
    np_after,
    subject_before,
)

_OPEN_QUOTES = '“"‘«'
_CLOSE_QUOTES = '”"’»'
_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "with", "from", "as"})
_BOUNDARY_WORDS = ("and", "but", "while", "whereas", "although", "as")
_QUOTED_AS = CueWord("quoted as saying", "asserts", frozenset())


@dataclass
class Found:
    """A cue in a sentence and what it belongs to, before names are resolved (para offsets)."""

    cue: CueWord
    verb: tuple[int, int]
    cue_span: tuple[int, int]
    mode: str  # left, inverted, prep, pass, part, elided, quoted_as
    mention: Mention | None = None
    leader: Found | None = None  # the claim whose source an elided subject or participle shares
    channel: str | None = None
    content_start: int = 0
    content: tuple[int, int] | None = None
    claim: Claim | None = None
    embedded: bool = False


@dataclass
class _Para:
    """One paragraph (line) of a story: its text, masked text and quotations."""

    start: int
    text: str
    masked: str
    quotes: list[tuple[int, int]]
    sentences: list[Sentence] = field(default_factory=list)


def find_claims(text: str, story: StoryAnalysis) -> list[Claim]:
    """The attributed claims of a story, in text order."""
    namer = Namer()
    for sentence in story.sentences:
        for at, title, name in title_names(sentence.text):
            namer.learn_title(_role(sentence.text, at, title), name)
    claims: list[Claim] = []
    previous: list[Claim] = []
    last_line = None
    for para in _paragraphs(text, story.sentences):
        found: list[Claim] = []
        for sentence in para.sentences:
            _learn_mentions(namer, para, sentence)
            found.extend(_sentence_claims(para, sentence, namer))
        line = para.sentences[0].line
        adjacent = last_line is not None and not any(last_line < h < line for h in story.headings)
        if not found and previous and adjacent and para.text.lstrip()[:1] in _OPEN_QUOTES:
            found = [_continuation(para, previous[-1])]
        claims.extend(found)
        previous, last_line = found, line
    return claims


def _role(text: str, start: int, title: str) -> str:
    """A title with the lower-case word before it ("press secretary"), or the title alone."""
    before = text[:start].rstrip().rsplit(None, 1)
    word = before[-1] if before else ""
    return f"{word} {title}" if word.isalpha() and word.islower() else title


def _paragraphs(text: str, sentences: list[Sentence]) -> list[_Para]:
    """The story's sentences grouped by line, with each line's quotations found and masked."""
    paras: list[_Para] = []
    for sentence in sentences:
        if not paras or paras[-1].sentences[-1].line != sentence.line:
            paras.append(_Para(sentence.span[0], "", "", []))
        paras[-1].sentences.append(sentence)
    for para in paras:
        para.text = text[para.start : para.sentences[-1].span[1]]
        para.quotes = quote_intervals(para.text)
        para.masked = _mask(para.text, para.quotes)
    return paras


def _mask(para: str, quotes: list[tuple[int, int]]) -> str:
    """The paragraph with each quotation's inside replaced by \\x01 (same length)."""
    chars = list(para)
    for open_, close in quotes:
        for k in range(open_ + 1, min(close, len(chars))):
            chars[k] = "\x01"
    return "".join(chars)


def _learn_mentions(namer: Namer, para: _Para, sentence: Sentence) -> None:
    """Record the people a sentence names outside quotations, for later pronouns."""
    lo, hi = sentence.span[0] - para.start, sentence.span[1] - para.start
    for at, title, name in title_names(para.masked, lo, hi):
        written = f"{title} {name}"
        name = namer.name(written, Mention((0, len(written)), (0, len(written))))[0]
        namer.add(Entity(para.start + at, name, "official", True, False))
    for m in THE_ROLE_RE.finditer(para.masked, lo, hi):
        namer.add(Entity(para.start + m.start(), m.group(0), "official", True, False))


def _sentence_claims(para: _Para, sentence: Sentence, namer: Namer) -> list[Claim]:
    """The claims whose cue lies in one sentence."""
    lo, hi = sentence.span[0] - para.start, sentence.span[1] - para.start
    founds: list[Found] = []
    taken: list[tuple[int, int]] = [
        m.span() for m in DISCOURSE_SAID_RE.finditer(para.masked, lo, hi)
    ]
    for m in QUOTED_AS_RE.finditer(para.masked, lo, hi):
        taken.append(m.span())
        mention = Mention(m.span(1), m.span(1))
        founds.append(Found(_QUOTED_AS, m.span(), m.span(), "quoted_as", mention))
    for m, cue in iter_cues(para.masked, lo, hi):
        if any(s <= m.start() < e for s, e in taken):
            continue
        f = _locate(para, lo, hi, cue, m.span(), founds)
        if f is not None:
            founds.append(f)
    founds.sort(key=lambda f: f.verb[0])
    for f in founds:
        _content(para, lo, hi, f)
    _bound_contents(para, founds, hi)
    claims = []
    for f in founds:
        if f.content is not None:
            f.claim = _claim(para, sentence, f, namer)
            if f.claim is not None:
                claims.append(f.claim)
    return claims


def _locate(
    para: _Para, lo: int, hi: int, cue: CueWord, verb: tuple[int, int], before: list[Found]
) -> Found | None:
    """Where a cue's source is, as a Found, or None if the cue has no source (not a claim)."""
    masked = para.masked
    end, channel = _extend(masked, verb[1], cue)
    found = Found(cue, verb, (verb[0], end), "left", channel=channel)
    if "pass" in cue.flags:
        found.mode = "pass"
        return found
    if "prep" in cue.flags:
        span = np_after(masked, verb[1], hi, strict=False)
        if span is None:
            return None
        found.mode, found.mention = "prep", Mention(span, span)
        found.cue_span = verb
        return found
    subject, aux_start = subject_before(masked, lo, verb[0])
    comma_before = masked[lo : verb[0]].rstrip().endswith(",")
    if "part" in cue.flags and (comma_before or subject is None):
        leader = _leader(before) if comma_before else None
        if leader is None:
            return None
        found.mode, found.leader = "part", leader
        return found
    if subject == "elided":
        leader = _leader(before)
        if leader is None:
            return None
        found.mode, found.leader = "elided", leader
        return found
    if isinstance(subject, Mention):
        if "ev" in cue.flags and not _is_evidence(para.text, subject):
            return None
        if "name" in cue.flags and aux_start == verb[0] and _indefinite(para.text, subject):
            return None  # "a group called the Legion" names the group; nobody speaks
        found.mention, found.cue_span = subject, (aux_start, end)
        return found
    return _inverted(para, lo, hi, found)


def _extend(masked: str, pos: int, cue: CueWord) -> tuple[int, str | None]:
    """The end of a cue with whom it was told to and its channel ("told Sky News", "on Twitter")."""
    addressee = (ADDRESSEE_RE if "addr" in cue.flags else TO_ADDRESSEE_RE).match(masked, pos)
    if addressee:
        pos = addressee.end()
    channel = CHANNEL_RE.match(masked, pos) or NAMED_CHANNEL_RE.match(masked, pos)
    if channel:
        return channel.end(), _channel_name(channel.group(1))
    return pos, None


def _channel_name(words: str) -> str:
    """A platform bare ("Twitter"), any other channel with its article ("a statement")."""
    words = " ".join(words.split())
    last = words.split()[-1]
    return (
        last if last[0].isupper() and words.split()[0].lower() in ("the", last.lower()) else words
    )


def _leader(before: list[Found]) -> Found | None:
    """The latest claim of the sentence that is not nested in another's content."""
    for f in reversed(before):
        if not f.embedded and f.mode not in ("pass",):
            return f
    return None


def _indefinite(text: str, subject: Mention) -> bool:
    """Whether a subject opens with "a" or "an" ("a militia group")."""
    return text[subject.span[0] : subject.span[1]].lower().startswith(("a ", "an "))


def _is_evidence(text: str, subject: Mention) -> bool:
    """Whether the subject of "shows"/"found" is evidence ("a poll", "the study")."""
    head = text[subject.head[0] : subject.head[1]].split()[-1].lower()
    return head in EVIDENCE_NOUNS


def _inverted(para: _Para, lo: int, hi: int, found: Found) -> Found | None:
    """A source after its cue: "“...,” said Mr Peskov" or "..., says Zelenskyy"."""
    before = para.masked[lo : found.verb[0]].rstrip()
    if "inv" not in found.cue.flags or not before or before[-1] not in ',”"’':
        return None
    span = np_after(para.masked, found.verb[1], hi)
    if span is None or para.masked[span[1] : hi].strip()[:1] not in ("", ",", ".", ";", "?", "!"):
        return None  # "..., said he was ...": not a source after its cue
    found.mode, found.mention = "inverted", Mention(span, span)
    found.cue_span = (found.verb[0], max(found.cue_span[1], found.verb[1]))
    return found


def _content(para: _Para, lo: int, hi: int, f: Found) -> None:
    """Set a Found's content start and (provisional) span: after the cue, or before the source."""
    masked = para.masked
    if f.mode == "pass":
        f.content = (lo, hi)
        if f.cue.text.endswith("that"):
            f.content = (_skip(masked, f.cue_span[1], hi), hi)
        f.content_start = f.content[0]
        return
    if f.mode == "prep":
        f.content = _prep_content(masked, lo, hi, f)
        f.content_start = f.content[0] if f.content else hi
        return
    start = _skip(masked, f.cue_span[1], hi)
    f.content_start = start
    back = _backward(masked, lo, f)
    first = masked[start:hi].split(None, 1)[0].lower() if start < hi else ""
    if (
        f.mode in ("inverted", "quoted_as")
        and back
        or (back and (start >= hi or first in _PREPOSITIONS or masked[start] in ",.;"))
    ):
        f.content = back
    elif start < hi and masked[start] not in ".;,":
        if "inf" in f.cue.flags and not masked.startswith("to ", start):
            return  # "sales declined", "the plans": no intention is reported
        f.content = (start, hi)
    elif f.cue.stance == "declines":
        f.content = f.verb


def _skip(masked: str, pos: int, hi: int) -> int:
    """Skip time phrases, "that", a colon, or a comma before a quotation after a cue."""
    while True:
        m = TIME_AFTER_RE.match(masked, pos)
        if not m:
            break
        pos = m.end()
    while pos < hi and masked[pos] == " ":
        pos += 1
    if masked.startswith(("that ", "That "), pos):
        pos += 5
    elif masked.startswith(":", pos) or (
        masked.startswith(",", pos) and masked[pos + 1 : pos + 3].lstrip()[:1] in _OPEN_QUOTES
    ):
        pos += 1
    while pos < hi and masked[pos] == " ":
        pos += 1
    return pos


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
    if not before or before[-1] not in ',”"’–—':
        return None
    end = lo + len(before)
    if before[-1] in ",–—":
        end -= 1
    start = lo
    while start < end and masked[start] == " ":
        start += 1
    return (start, end) if end - start > 2 else None


def _prep_content(masked: str, lo: int, hi: int, f: Found) -> tuple[int, int] | None:
    """The content of "according to X": the rest of the sentence on the other side."""
    head = masked[lo : f.verb[0]]
    if len(head.strip(" ,")) > 3:
        start = lo + len(head) - len(head.lstrip())
        return (start, lo + len(head.rstrip(" ,")))
    src_end = f.mention.span[1] if f.mention else f.verb[1]
    comma = masked.find(",", src_end, hi)
    start = comma + 1 if comma >= 0 else src_end
    while start < hi and masked[start] == " ":
        start += 1
    return (start, hi) if hi - start > 3 else None


def _bound_contents(para: _Para, founds: list[Found], hi: int) -> None:
    """End each forward content where the next coordinated claim of the sentence begins."""
    masked = para.masked
    for k, f in enumerate(founds):
        if f.content is None:
            continue
        s, e = f.content
        for g in founds[k + 1 :]:
            if g.mention and g.mention.span[0] <= f.verb[0] < g.verb[0]:
                e = min(e, g.mention.span[1])  # f sits in g's subject: "X, who called ..., said"
                f.embedded = True
                break
            anchor = g.mention.span[0] if g.mode == "left" and g.mention else g.cue_span[0]
            if g.mode == "part":
                anchor = g.verb[0]
            cut = _boundary(masked, anchor)
            if cut is not None and s < cut <= e:
                e = cut
                break
            if s <= anchor < e:
                g.embedded = True
        f.content = _trim(para.text, s, e)


def _boundary(masked: str, anchor: int) -> int | None:
    """Where a clause that starts at anchor is joined on: its comma or conjunction, if any."""
    before = masked[:anchor].rstrip()
    if before.endswith((",", ";", "–", "—")):
        return len(before) - 1
    for word in _BOUNDARY_WORDS:
        if before.endswith(" " + word):
            return len(before[: -len(word)].rstrip(" ,"))
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A span without surrounding spaces and trailing sentence punctuation."""
    while e > s and text[e - 1] in " .,;:–—":
        e -= 1
    while s < e and text[s] == " ":
        s += 1
    return s, e


def _quote_kind(para: _Para, s: int, e: int) -> str:
    """Direct when the content is wholly a quoted sentence, partial when it holds a quotation.

    A wholly quoted phrase without closing punctuation (“Ukrainian militants”) is a fragment.
    """
    for open_, close in para.quotes:
        if open_ <= s and close >= e - 1 and para.text[s] in _OPEN_QUOTES:
            if close >= len(para.text) or para.text[close - 1] in ",.?!…:;":
                return "direct"
    if any(open_ < e and s <= close for open_, close in para.quotes):
        return "partial"
    return "indirect"


def _stance(cue: CueWord, content: str) -> str:
    """The cue's stance, sharpened by the content for a plain "asserts"."""
    if cue.stance != "asserts":
        return cue.stance
    m = CONTENT_STANCE_RE.search(content)
    if m:
        return CONTENT_STANCE[" ".join(m.group(1).lower().split())]
    return "characterizes" if LABEL_RE.match(content) else "asserts"


def _claim(para: _Para, sentence: Sentence, f: Found, namer: Namer) -> Claim | None:
    """The Claim of a located cue, its source named and remembered for later pronouns."""
    base = para.start
    source, kind, text, span = _source(para, f, namer)
    if f.mode != "pass" and source is None:
        return None
    s, e = f.content or f.verb
    channel = f.channel or _lead_channel(para, sentence)
    cue_s, cue_e = f.cue_span
    return Claim(
        line=sentence.line,
        sentence=sentence.text,
        sentence_span=sentence.span,
        source=source,
        source_text=text,
        source_span=span,
        source_kind=kind,
        cue=para.text[cue_s:cue_e],
        cue_span=(base + cue_s, base + cue_e),
        content=para.text[s:e],
        content_span=(base + s, base + e),
        stance=_stance(f.cue, para.text[s:e]),
        quote=_quote_kind(para, s, e),
        channel=channel,
    )


def _lead_channel(para: _Para, sentence: Sentence) -> str | None:
    """A channel named at the start of the sentence ("In a statement, ...")."""
    m = LEAD_CHANNEL_RE.match(para.masked, sentence.span[0] - para.start)
    return _channel_name(m.group(1)) if m else None


def _source(
    para: _Para, f: Found, namer: Namer
) -> tuple[str | None, str | None, str | None, tuple[int, int] | None]:
    """(source, source_kind, source_text, source_span) of a located cue."""
    if f.mode == "pass":
        return "unnamed", "unnamed", None, None
    if f.leader is not None:
        lead = f.leader.claim
        if lead is None:
            return None, None, None, None
        return lead.source, lead.source_kind, lead.source_text, lead.source_span
    assert f.mention is not None  # noqa: S101 - every other mode has a mention
    s, e = f.mention.span
    written = para.text[s:e]
    pos = para.start + s
    if written.lower() in PRONOUNS:
        entity = namer.pronoun(written, pos)
        name, kind = (entity.name, entity.kind) if entity else (written, None)
        person = entity.person if entity else written.lower() in ("he", "she", "him", "her")
        plural = entity.plural if entity else written.lower() in ("they", "them")
    else:
        name, kind, person, plural = namer.name(para.text, f.mention, _initial(para, s))
        if person and len(name.split()) >= 2:
            namer.full_names.setdefault(name.split()[-1], name)
            namer.kinds.setdefault(name, kind or "person")
    namer.add(Entity(pos, name, kind, person, plural, (pos, para.start + e), not f.embedded))
    return name, kind, written, (pos, para.start + e)


def _initial(para: _Para, s: int) -> bool:
    """Whether a mention opens its sentence (so its first capital says nothing)."""
    return all(
        para.text[sentence.span[0] - para.start : s].strip(' “"') == ""
        for sentence in para.sentences
        if sentence.span[0] - para.start <= s < sentence.span[1] - para.start
    )


def _continuation(para: _Para, last: Claim) -> Claim:
    """A paragraph that is wholly a quotation continues the previous paragraph's speaker."""
    first = para.sentences[0]
    s, e = _trim(para.text, 0, len(para.text))
    return Claim(
        line=first.line,
        sentence=first.text,
        sentence_span=first.span,
        source=last.source,
        source_text=None,
        source_span=None,
        source_kind=last.source_kind,
        cue=None,
        cue_span=None,
        content=para.text[s:e],
        content_span=(para.start + s, para.start + e),
        stance=_stance(CUES["said"], para.text[s:e]),
        quote="direct",
    )
