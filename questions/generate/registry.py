"""The registry of question kinds (like CTFd's ``CHALLENGE_CLASSES``) and what every kind shares.

A kind is a function ``build(ctx) -> list[Question]`` registered with :func:`register`; adding a
kind is adding one module under ``questions/generate/kinds/`` and importing it in that package.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from questions.model import Analysis, Claim, Evidence, Question, Sentence, StoryAnalysis

Builder = Callable[["Context"], list[Question]]
# A dateline before a story's first sentence: "KYIV, Ukraine (AP) — ", "WASHINGTON — ",
# "Mexico City (AFP) – ", "(Reuters) - ", "LONDON, March 3 (Reuters) - ".
DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.'’ ]{1,30})?\s+(?:\([A-Za-z]{2,12}\)\s+)?[—–-]{1,2}\s+"
    r"|[A-Z][\w.'’ ]{1,30},\s+[A-Z][\w.'’ ]{1,30}\s+\([A-Za-z]{2,12}\)\s+[—–-]{1,2}\s+"
    r"|(?:[A-Z][\w.'’-]*,?\s+){0,4}\((?:AP|AFP|Reuters|UPI|CNN|Bloomberg|dpa|DPA|AAP|PA|Xinhua"
    r"|TASS|Yonhap|Kyodo|Interfax|ANSA|EFE|PTI|ANI|IANS|CP|RIA|Sputnik|IRNA|KUNA)\)\s*[—–-]{1,2}\s+"
)


def strip_dateline(text: str) -> str:
    """A sentence without the dateline it opens with ("WASHINGTON (AP) — ", "(Reuters) - ")."""
    m = DATELINE_RE.match(text.lstrip())
    return text.lstrip()[m.end() :] if m else text


@dataclass(frozen=True)
class KindSpec:
    """One question kind: its name, skill, how its options work and the function that builds it.

    ``binary`` kinds have exactly two fixed options; ``multi`` kinds (spot_the_cue) take a set of
    word indices as the answer; ``hides_answer`` kinds must not name the right option in the prompt.
    """

    name: str
    skill: str
    build: Builder
    binary: bool = False
    multi: bool = False
    hides_answer: bool = False
    limit: int = 6  # at most this many questions of the kind per story
    share: float = 0.4  # ... and at most this share of them (or two), see generate._cap_shares


KINDS: dict[str, KindSpec] = {}


def register(
    name: str,
    skill: str,
    *,
    binary: bool = False,
    multi: bool = False,
    hides_answer: bool = False,
    limit: int = 6,
    share: float = 0.4,
) -> Callable[[Builder], Builder]:
    """Register a builder function as the question kind ``name`` of skill ``skill``."""

    def deco(fn: Builder) -> Builder:
        KINDS[name] = KindSpec(name, skill, fn, binary, multi, hides_answer, limit, share)
        return fn

    return deco


@functools.lru_cache(maxsize=8)
def _line_starts(text: str) -> tuple[int, ...]:
    """The offsets at which the lines of a text start (computed once per text)."""
    return (0, *(m.end() for m in re.finditer("\n", text)))


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of a character offset, in time logarithmic in the text."""
    return bisect.bisect_right(_line_starts(text), offset)


@dataclass
class Context:
    """What a kind builder reads: the whole text, one story, and lookups over it.

    Every lookup is an index built once per story (``by_line``, ``claims_in``, ``sentence_at``,
    ...), so that no kind scans the whole story for each claim: generation stays linear in the
    text, however many claims, sentences or sources a pathological paste holds (issue 7)."""

    analysis: Analysis
    story: StoryAnalysis
    by_line: dict[int, list[Sentence]] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)  # per-story results kinds share

    def __post_init__(self) -> None:
        for s in self.story.sentences:
            self.by_line.setdefault(s.line, []).append(s)

    @property
    def story_text(self) -> str:
        """The story's own text, a slice of the analysed text."""
        return self.text[self.story.span[0] : self.story.span[1]]

    @functools.cached_property
    def story_norm(self) -> str:
        """The story's text, normalised for comparisons (see ``text.norm``)."""
        from questions.generate.text import norm

        return norm(self.story_text)

    def id_hasher(self, kind: str) -> hashlib._Hash:
        """A hash of a kind and the story's text, as :func:`digest` would start it: the story's
        text is hashed once per kind, not once per question."""
        hasher = self.cache.get(f"id:{kind}")
        if hasher is None:
            hasher = hashlib.blake2b(digest_size=6)
            hasher.update(f"{kind}\x1f{self.story_text}\x1f".encode())
            self.cache[f"id:{kind}"] = hasher
        return hasher.copy()  # type: ignore[attr-defined]

    @functools.cached_property
    def _by_sentence(self) -> dict[tuple[int, int], list[Claim]]:
        out: dict[tuple[int, int], list[Claim]] = {}
        for c in self.story.claims:
            out.setdefault(c.sentence_span, []).append(c)
        return out

    def claims_in(self, sentence_span: tuple[int, int]) -> list[Claim]:
        """The story's claims whose sentence is ``sentence_span``."""
        return self._by_sentence.get(sentence_span, [])

    @functools.cached_property
    def _others_by_sentence(self) -> dict[tuple[int, int], list[Claim]]:
        out: dict[tuple[int, int], list[Claim]] = {}
        for c in self.story.others:
            out.setdefault(c.sentence_span, []).append(c)
        return out

    def others_in(self, sentence_span: tuple[int, int]) -> list[Claim]:
        """The story's other attributions (``StoryAnalysis.others``: asides, cues only the
        learned model read, bare speech acts …) whose sentence is ``sentence_span``."""
        return self._others_by_sentence.get(sentence_span, [])

    @functools.cached_property
    def _claims_by_start(self) -> tuple[list[int], list[Claim]]:
        claims = sorted(self.story.claims, key=lambda c: (c.sentence_span[0], c.content_span))
        return [c.sentence_span[0] for c in claims], claims

    def claims_from(self, lo: int, hi: int) -> list[Claim]:
        """The story's claims whose sentence starts in ``[lo, hi)``, in text order."""
        starts, claims = self._claims_by_start
        return claims[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    @functools.cached_property
    def claim_lines(self) -> frozenset[int]:
        """The lines that carry a claim, a hedge or a verification statement."""
        story = self.story
        found = [c.line for c in story.claims] + [h.line for h in story.hedges]
        return frozenset(found + [v.line for v in story.verification])

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span[0] for s in self.story.sentences]

    def sentence_index(self, offset: int) -> int:
        """The index of the last story sentence starting at or before ``offset`` (-1: none)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def sentence_after(self, offset: int) -> Sentence | None:
        """The first story sentence starting at or after ``offset``."""
        i = bisect.bisect_left(self._sentence_starts, offset)
        return self.story.sentences[i] if i < len(self.story.sentences) else None

    def sentence_before(self, offset: int) -> Sentence | None:
        """The last story sentence ending at or before ``offset``."""
        i = self.sentence_index(offset)
        while i >= 0 and self.story.sentences[i].span[1] > offset:
            i -= 1  # sentences do not overlap, so at most one step back
        return self.story.sentences[i] if i >= 0 else None

    @property
    def text(self) -> str:
        """The analysed text."""
        return self.analysis.text

    def claim_sentence(self, claim: Claim) -> str:
        """The text of a claim's sentence, taken from the analysed text (without a dateline)."""
        s, e = claim.sentence_span
        dateline = DATELINE_RE.match(self.text, s, e)
        if dateline and not (claim.source_span and claim.source_span[0] < dateline.end()):
            s = dateline.end()
        return self.text[s:e]

    def evidence(
        self,
        line: int,
        span: tuple[int, int],
        cue: str | None = None,
        *,
        source_span: tuple[int, int] | None = None,
        cue_span: tuple[int, int] | None = None,
        earlier: tuple[int, int] | None = None,
    ) -> Evidence:
        """Evidence for a span of the analysed text (its text is exactly ``text[span]``); the
        source and cue spans are kept only where they lie inside it; ``earlier``, the span of an
        earlier sentence the question also rests on (its text without a dateline)."""

        def inside(sub: tuple[int, int] | None) -> tuple[int, int] | None:
            return sub if sub and span[0] <= sub[0] < sub[1] <= span[1] else None

        dateline = DATELINE_RE.match(self.text, span[0], span[1])
        if dateline and not (source_span and source_span[0] < dateline.end()):
            span = (dateline.end(), span[1])  # "KYIV, Ukraine (AP) — " is not the evidence
        text = self.text[span[0] : span[1]]
        ev = Evidence(line, (span[0], span[1]), text, cue, inside(source_span), inside(cue_span))
        if earlier is None:
            return ev
        dateline = DATELINE_RE.match(self.text, earlier[0], earlier[1])
        if dateline:
            earlier = (dateline.end(), earlier[1])
        return replace(ev, earlier_span=earlier, earlier_text=self.text[earlier[0] : earlier[1]])

    def claim_evidence(self, claim: Claim, earlier: tuple[int, int] | None = None) -> Evidence:
        """Evidence for a claim: its sentence, with its source and cue spans (and ``earlier``,
        an earlier sentence the question also rests on, as in ``evidence``)."""
        return self.evidence(
            claim.line,
            claim.sentence_span,
            claim.cue,
            source_span=claim.source_span,
            cue_span=claim.cue_span,
            earlier=earlier,
        )

    def sentence_at(self, span: tuple[int, int]) -> Sentence | None:
        """The story sentence that contains a span, if any."""
        i = self.sentence_index(span[0])
        if i < 0:
            return None
        s = self.story.sentences[i]
        return s if s.span[0] <= span[0] and span[1] <= s.span[1] else None

    def line_of(self, offset: int) -> int:
        """The 1-based line number of a character offset."""
        return line_of(self.text, offset)


def digest(*parts: object, size: int = 6) -> str:
    """A short, stable hex digest of some values."""
    raw = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return hashlib.blake2b(raw, digest_size=size).hexdigest()


# a full stop or comma the story put inside a closing quote, before the prompt's question mark
_QUOTE_STOP = re.compile(r"[.,]([”\"’])\?$")
_WHOLE_QUOTE = re.compile(r":\s*[“\"][^“”\"]*$")


def _quote_stop(prompt: str) -> str:
    """A prompt without the full stop the story put inside a quoted word or phrase it ends on
    ('dismissed the report as "fiction."?' -> '… as "fiction"?'); a whole sentence quoted
    after a colon ("which word signals …: “…”?") keeps its own."""
    m = _QUOTE_STOP.search(prompt)
    if m is None or _WHOLE_QUOTE.search(prompt, 0, m.start()):
        return prompt
    return prompt[: m.start()] + m.group(1) + "?"


def make_question(
    ctx: Context,
    kind: str,
    *,
    prompt: str,
    right: str,
    wrong: Sequence[str],
    explanation: str,
    evidence: Evidence,
    difficulty: int,
    key: object = "",
    order: Sequence[str] | None = None,
) -> Question:
    """A choice question whose options are shuffled with a seed taken from its own content.

    A binary kind passes ``order``, its fixed option labels, instead of being shuffled.
    """
    prompt = _quote_stop(" ".join(prompt.split()))  # 'as "fiction."?' -> 'as "fiction"?'
    right, wrong = " ".join(right.split()), [" ".join(w.split()) for w in wrong]
    options = [right, *wrong]
    if order is not None:
        options = list(order)
    else:
        random.Random(digest(kind, prompt, *options, size=8)).shuffle(options)  # noqa: S311
    return Question(
        id=question_id(ctx, kind, evidence, key),
        story=ctx.story.index,
        kind=kind,
        skill=KINDS[kind].skill,
        difficulty=difficulty,
        prompt=prompt,
        options=tuple(options),
        answer=options.index(right),
        explanation=explanation,
        evidence=evidence,
    )


def question_id(ctx: Context, kind: str, evidence: Evidence, key: object = "") -> str:
    """A stable id: a hash of the kind, the story's text, the evidence span (relative) and a key."""
    start = ctx.story.span[0]
    rel = (evidence.span[0] - start, evidence.span[1] - start)
    hasher = ctx.id_hasher(kind)  # == digest(kind, story_text, rel, key, size=6)
    hasher.update(f"{rel}\x1f{key}".encode())
    return hasher.hexdigest()
