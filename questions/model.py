"""Plain data types of the engine: what the analysis finds and what generation makes.

Every span is a ``(start, end)`` pair of character offsets into the text that was analysed
(Python ``str`` indices, end exclusive), so ``text[start:end]`` is exactly the string reported
beside it. Line numbers are 1-based lines of that text. ``to_json`` gives the shapes of the
command-line contract in DESIGN.md; fields that exist only for the engine's own use (sentences,
story spans) are left out of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

STANCES = ("asserts", "denies", "accuses", "confirms", "declines", "characterizes")
QUOTE_KINDS = ("direct", "partial", "indirect")
SOURCE_KINDS = (
    "government",
    "official",
    "organisation",
    "person",
    "expert",
    "news agency",
    "record",
    "anonymous",
    "unnamed",
)
VERIFICATION_STATUSES = ("unverified", "verified", "confirmed", "neither confirmed nor denied")
SKILLS = ("Fact or claim", "Attribution", "Denials", "Verification", "Sources", "Hedging")


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


@dataclass(frozen=True)
class Dropped:
    """A line that is page furniture, not story text, and why."""

    line: int
    reason: str  # caption, advert, promo, related, video, video_title, cookie, ...

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class Sentence:
    """One sentence of story text (never of a dropped line or a heading)."""

    line: int
    span: Span
    text: str
    in_quote: bool = False  # the whole sentence lies inside a quotation
    attributed: bool = False  # some claim of the story covers this sentence


# Acts of attributions that leave their sentence in the outlet's voice: a cue only the learned
# model found, a speech act whose words are not given ("The mayor told reporters."), a view or
# report held by no one named ("is widely seen as"), a question put by no one named ("..., she
# said when asked about the plan")
UNVOUCHED_ACTS = frozenset({"learned", "bare", "unnamed", "asked"})


@dataclass(frozen=True)
class Claim:
    """An attributed claim: who says what, how."""

    line: int
    sentence: str
    sentence_span: Span
    source: str | None  # resolved name ("Dmitry Peskov" for "Mr Peskov" or "he")
    source_text: str | None  # the mention as written in this sentence
    source_span: Span | None  # span of source_text
    source_kind: str | None  # one of SOURCE_KINDS or None
    cue: str | None  # "says", "told Sky News", "according to", ...
    cue_span: Span | None
    content: str
    content_span: Span
    stance: str  # one of STANCES
    quote: str  # one of QUOTE_KINDS
    channel: str | None = None  # "Twitter", "a statement", "an interview", ...
    # "claim", or what else the attribution reports (not in the JSON; such attributions are kept
    # in StoryAnalysis.others): "hope", "request", "plan", "question", "ruling" (a denial cue
    # on no claim: "denied entry", "rejected the bill"), "learned" (a cue found only by the
    # learned cue model, which no rule vouches for, or a rule's cue whose speaker only the
    # learned model's reading names: "Reed continued, saying …"), or "aside" (a cue inside
    # another claim's source: "Ann Reed, who said the plan was sound, said ..."), or "bare"
    # (a speech act whose words are not given: "The mayor told reporters."), or "unnamed" (a view
    # or report held by no one named: "is widely seen as", "the deal was announced"), or
    # "asked" (a question put by no one named: "..., she said when asked about the plan"), or
    # "reference" (what a speaker mentioned, not what was said: "..., referencing a group")
    act: str = "claim"

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "sentence": self.sentence,
            "source": self.source,
            "source_text": self.source_text,
            "source_span": _span(self.source_span),
            "source_kind": self.source_kind,
            "cue": self.cue,
            "cue_span": _span(self.cue_span),
            "content": self.content,
            "content_span": _span(self.content_span),
            "stance": self.stance,
            "quote": self.quote,
            "channel": self.channel,
        }


@dataclass(frozen=True)
class Verification:
    """A statement of who verified, could not verify, confirmed, or neither confirmed nor denied."""

    line: int
    by: str
    status: str  # one of VERIFICATION_STATUSES
    object: str
    span: Span  # the span of the verification statement's words in the text
    sentence_span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "by": self.by,
            "status": self.status,
            "object": self.object,
            "span": _span(self.span),
        }


@dataclass(frozen=True)
class Hedge:
    """A word that signals an event is not confirmed."""

    line: int
    word: str
    span: Span
    sentence_span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "word": self.word, "span": _span(self.span)}


@dataclass
class StoryAnalysis:
    """Everything the engine understood of one story."""

    index: int
    start_line: int
    end_line: int
    title: str
    span: Span  # the story's own text within the analysed text
    dropped: list[Dropped] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # attributions that are not claims to quiz on (hopes, requests, plans, questions asked, cues
    # only the learned model found); not part of the JSON contract
    others: list[Claim] = field(default_factory=list)
    verification: list[Verification] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "title": self.title,
            "dropped": [d.to_json() for d in self.dropped],
            "headings": list(self.headings),
            "claims": [c.to_json() for c in self.claims],
            "verification": [v.to_json() for v in self.verification],
            "hedges": [h.to_json() for h in self.hedges],
        }


@dataclass
class Analysis:
    """The analysis of one whole text (a file or a paste), holding one or more stories."""

    text: str
    stories: list[StoryAnalysis] = field(default_factory=list)

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        return {"file": file, "stories": [s.to_json() for s in self.stories]}


@dataclass(frozen=True)
class Evidence:
    """What a question rests on: a sentence's span and text, and the spans of its source and cue
    words (for highlighting; no string carries markup)."""

    line: int
    span: Span
    text: str
    cue: str | None = None
    source_span: Span | None = None
    cue_span: Span | None = None
    # an earlier sentence the question also rests on, paragraphs before ("Rebels accused the army
    # of …" for "The army dismissed the accusations."): its span and text, or None
    earlier_span: Span | None = None
    earlier_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "line": self.line,
            "span": _span(self.span),
            "text": self.text,
            "cue": self.cue,
            "source_span": _span(self.source_span),
            "cue_span": _span(self.cue_span),
        }
        if self.earlier_span is not None:
            out |= {"earlier_span": _span(self.earlier_span), "earlier_text": self.earlier_text}
        return out


@dataclass(frozen=True)
class Question:
    """One generated question.

    ``answer`` is the index of the right option; for ``spot_the_cue`` it is the sorted list of
    indices of the words (``options``) that name the source and the cue.
    """

    id: str
    story: int
    kind: str
    skill: str  # one of SKILLS
    difficulty: int  # 1 easy, 2 medium, 3 hard
    prompt: str
    options: tuple[str, ...]
    answer: int | tuple[int, ...]
    explanation: str
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "story": self.story,
            "kind": self.kind,
            "skill": self.skill,
            "difficulty": self.difficulty,
            "prompt": self.prompt,
            "options": list(self.options),
            "answer": list(self.answer) if isinstance(self.answer, tuple) else self.answer,
            "explanation": self.explanation,
            "evidence": self.evidence.to_json(),
        }
