"""The validator every generated question must pass before it is shown to anyone.

``validate`` returns the reasons a question fails (an empty list if it passes). Choice kinds need
three or four options; binary kinds (fact_or_claim: "Reported as fact by the outlet" / "A claim
the story attributes to someone") have exactly two; spot_the_cue's options are the evidence
sentence's words and its answer a sorted, non-empty tuple of their indices.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from questions.generate import lexicon
from questions.generate.registry import KINDS, KindSpec, _line_starts, line_of
from questions.generate.text import (
    QUOTED_RE,
    bare_back_subject,
    content_words,
    is_pronoun,
    leading_word_problem,
    no_comment,
    norm,
    quotes_balanced,
    tokens,
    unintroduced_definite,
    unresolved_pronoun,
    vague_reference,
)
from questions.model import SKILLS, Analysis, Evidence, Question, StoryAnalysis

_QUOTES = re.compile(r"[\"“”‘’']")
_LEADING_STATEMENT = re.compile(r"^“([^”]*)”")
# UTF-8 read as Latin-1 or cp1252 in the source text ("naÃ¯ve", "FranÃÂ§ois", "donâ€™t"): shown
# nowhere in a question, and a name or statement may be cut inside such a broken character
_MOJIBAKE = re.compile(r"Ã.|â€|Â[\S\xa0]|ï»¿|\ufffd", re.DOTALL)


def validate(
    q: Question,
    analysis: Analysis,
    story: StoryAnalysis,
    *,
    dropped_lines: frozenset[int] | None = None,
) -> list[str]:
    """The reasons a question fails validation; empty if it passes. ``dropped_lines`` are the
    story's dropped lines, when the caller has them at hand (generation: once per story)."""
    spec = KINDS.get(q.kind)
    if spec is None:
        return [f"unknown kind {q.kind!r}"]
    problems = _meta(q, spec) + _prompt(q) + _evidence(q, analysis, story, dropped_lines)
    problems += _explanation(q) + _vague(q, story, analysis.text)
    problems += _markup(q, spec)
    problems += _multi(q) if spec.multi else _choices(q, spec)
    return problems


def _meta(q: Question, spec: KindSpec) -> list[str]:
    out = []
    if q.skill != spec.skill or q.skill not in SKILLS:
        out.append(f"skill {q.skill!r} is not {spec.skill!r}")
    if q.difficulty not in (1, 2, 3):
        out.append("difficulty not 1-3")
    if not q.id:
        out.append("no id")
    return out


def _prompt(q: Question) -> list[str]:
    p = q.prompt.strip()
    out = []
    if not p.endswith("?"):
        out.append("prompt does not end with '?'")
    first = p.lstrip("“\"‘' ")[:1]
    if not first or first.islower():
        out.append("prompt starts lowercase")
    if not quotes_balanced(p):
        out.append("prompt has unbalanced quotes")
    m = _LEADING_STATEMENT.match(p)
    if m and (leading_word_problem(m.group(1)) or unresolved_pronoun(m.group(1))):
        out.append("statement opens with a conjunction or has an unresolved pronoun")
    first_word = tokens(p)[:1]
    if first_word and is_pronoun(first_word[0], at_start=True):
        out.append("prompt opens with a pronoun")
    if _mis_decoded(p) or any(_mis_decoded(o) for o in q.options):
        out.append("prompt or options hold mis-decoded characters")
    elif _mis_decoded(q.explanation) or _mis_decoded(q.evidence.text):
        out.append("explanation or evidence holds mis-decoded characters")  # "ois Hollande said"
    return out


# the kinds whose prompt holds a statement or a clause the student must pin down alone
_ASKED_KINDS = frozenset(
    {"fact_or_claim", "who_said", "who_denied", "what_denied", "verification", "source_check"}
)


def _vague(q: Question, story: StoryAnalysis, text: str = "") -> list[str]:
    """A prompt of a kind that asks about a statement, whose words point back to what only the
    story before names: a demonstrative or an ownerless "its"/"their" (``vague_reference``), or
    a bare "the claims"/"the deaths" when the story before holds two or more of them."""
    if q.kind not in _ASKED_KINDS:
        return []
    asked = q.prompt
    if q.kind == "who_denied" and ": “" in asked:
        asked = QUOTED_RE.sub("“…”", asked)  # "We categorically deny these allegations": as spoken
    if vague_reference(asked):
        return ["prompt points back to what the story said before"]
    if q.kind in _CLAIM_KINDS and no_comment(asked):
        return ["a refusal to comment is not a claim"]
    if ": “" in q.prompt:
        return []  # a quotation shown as spoken ("Who said this: “…”?"): "the attacks today"
    if _unclear_plural(q.prompt, story, q.evidence):
        return ["prompt's plural has several candidates before it"]
    found = unintroduced_definite(_statement_of(q))
    if found and not (q.kind == "verification" and _brought_in_once(q, story, text, found)):
        return ["prompt's “the …” says nothing of which one"]
    if q.kind == "fact_or_claim" and bare_back_subject(_statement_of(q)):
        # a statement shown on its own ("The move came after …"): which move, it cannot say
        return ["statement's subject “the …” refers back to what the story named before"]
    return []


def _brought_in_once(q: Question, story: StoryAnalysis, text: str, found: str) -> bool:
    """Whether "the footage" of a verification question is the one such thing the story brings
    in before its evidence ends ("Footage posted online appears to show …", "A recording that
    appears to capture …", "Internal emails seen by …"): a mention without "the", "these" or an
    owner, exactly one, and no "another", "second" or "other" of it anywhere in the story. The
    question is asked about the story, and the story names only that one."""
    noun = found.split()[-1].lower()
    base = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if not text or not base.isalpha():
        return False
    starts = _line_starts(text)
    lo = starts[min(story.start_line, len(starts)) - 1]
    hi = starts[story.end_line] if story.end_line < len(starts) else len(text)
    count = 0
    of_it = re.search(rf"\b(?:{'|'.join(_ASPECTS)})\s+of\s+the\s+{base}\b", q.prompt) or re.search(
        rf"\b(?:when|where)\s+the\s+{base}\s+was\s+(?:filmed|taken|recorded|shot|made)\b", q.prompt
    )
    kins = _KIN_NOUNS.get(base, (base,)) if of_it else (base,)
    for kin in kins:  # "Footage posted online …": "the location of the video" is of it
        intros, other = _mentions(text, lo, hi, tuple(sorted(story.headings)), kin)
        if other:
            return False
        count += sum(1 for at in intros if at < q.evidence.span[1])
    return count == 1


# nouns a story uses for one and the same recording ("Footage shared online … the location of
# the video"): when the story brings in one of them only, "the location of the video" is that
# one's (a bare "verify the video" keeps to its own noun: what it was cited for is another matter)
_MOVING = ("footage", "video", "clip", "recording")
_KIN_NOUNS = {noun: _MOVING for noun in _MOVING}
# what is asked of the recording itself ("the location of the video"), not what it was cited for
_ASPECTS = ("location", "authenticity", "date", "origin", "provenance", "source")


@functools.lru_cache(maxsize=64)
def _mentions(
    text: str, lo: int, hi: int, headings: tuple[int, ...], base: str
) -> tuple[tuple[int, ...], bool]:
    """Where a story (``text[lo:hi]``) brings in a noun (a mention with no "the", "these" or
    owner before it, headings left out), and whether it speaks of another or a second one:
    worked out once per story and noun."""
    mention = re.compile(rf"(?<![\w-])({base}s?)\b", re.IGNORECASE)
    intros = tuple(
        m.start()
        for m in mention.finditer(text, lo, hi)
        if line_of(text, m.start()) not in headings
        and not _OWNED_BEFORE.search(text, max(lo, m.start() - 40), m.start())
    )
    other = re.compile(
        rf"\b(?:another|other|second|two|both|several|more)\s+(?:[a-z-]+\s+)?{base}s?\b",
        re.IGNORECASE,
    )
    return intros, other.search(text, lo, hi) is not None


# what makes a mention point back rather than bring a thing in: "the footage", "its emails"
_OWNED_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|this|that|its|their|his|her|such)|[’']s)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


_CLAIM_KINDS = frozenset({"fact_or_claim", "who_said", "source_check"})
# a prompt's own words around the statement: "According to the story, who said that …?"
_FRAME = re.compile(r"\b(?:[Aa]ccording\s+to\s+)?the\s+story\b,?")


def _statement_of(q: Question) -> str:
    """The statement or matter a prompt asks about, without the prompt's own frame words."""
    m = _LEADING_STATEMENT.match(q.prompt)
    if q.kind == "fact_or_claim" and m:
        return m.group(1)
    return _FRAME.sub(" ", q.prompt)


_CLAIMING = frozenset({"asserts", "accuses"})  # what "the claims" may stand for


@functools.cache
def _plural_re() -> re.Pattern[str]:
    nouns = "|".join(row[0] for row in lexicon.table("recounted_plurals"))
    return re.compile(
        rf"\bthe\s+({nouns})\b(?!\s+(?:of|that|about|against|over|from|by|made"
        r"|which|who|reported|published|cited|raised|[a-z]+ing|linked|he|she|they|it)\b)",
        re.IGNORECASE,
    )


def _unclear_plural(prompt: str, story: StoryAnalysis, evidence: Evidence) -> str | None:
    """A bare definite plural of what is reported ("the claims", "the deaths") in a prompt,
    when the story before the evidence holds two or more candidates for it: claims asserted or
    made as accusations (in distinct sentences of the story's body) on the evidence's subject
    (a content word shared with it) for a claim noun, sentences mentioning one for the others."""
    mentions = dict(lexicon.table("recounted_plurals"))
    start = evidence.span[0]
    for m in _plural_re().finditer(prompt):
        said = mentions[m.group(1).lower()]
        if said == "claim":
            sentences = {s.span for s in story.sentences}  # not the headline; only when asked
            subject = content_words(evidence.text) - content_words(m.group(0))
            found = {
                c.sentence_span
                for c in story.claims
                if c.sentence_span[1] <= start
                and c.stance in _CLAIMING
                and c.sentence_span in sentences
                and content_words(c.sentence) & subject
            }
        else:
            words = re.compile(rf"\b(?:{said})\b", re.IGNORECASE)
            found = {s.span for s in story.sentences if s.span[1] <= start and words.search(s.text)}
        if len(found) >= 2:
            return m.group(0)
    return None


def _mis_decoded(text: str) -> bool:
    """Whether a text holds mis-decoded characters, also when they are stored decomposed ("A"
    and a combining tilde for "Ã", as in "TrÃ©vidic" normalised to NFD)."""
    if _MOJIBAKE.search(text):
        return True
    return not text.isascii() and _MOJIBAKE.search(unicodedata.normalize("NFC", text)) is not None


def _evidence(
    q: Question,
    analysis: Analysis,
    story: StoryAnalysis,
    dropped_lines: frozenset[int] | None = None,
) -> list[str]:
    ev = q.evidence
    s, e = ev.span
    text = analysis.text
    if not (0 <= s < e <= len(text)) or text[s:e] != ev.text:
        return ["evidence text is not the text at its span"]
    out = []
    if not (story.span[0] <= s and e <= story.span[1]):
        out.append("evidence outside its story")
    first = line_of(text, s)
    last = first + text.count("\n", s, e)
    if ev.line != first:
        out.append("evidence line does not match its span")
    dropped = dropped_lines if dropped_lines is not None else {d.line for d in story.dropped}
    if any(n in dropped for n in range(first, last + 1)):
        out.append("evidence on a dropped line")
    if ev.cue and norm(ev.cue) not in norm(ev.text):
        out.append("evidence cue not in the evidence text")
    if ev.earlier_span is not None:  # an earlier sentence the question also rests on
        es, ee = ev.earlier_span
        if not (story.span[0] <= es < ee <= s) or text[es:ee] != ev.earlier_text:
            out.append("earlier evidence is not the story's text before the evidence")
        elif any(line_of(text, es) + n in dropped for n in range(text.count("\n", es, ee) + 1)):
            out.append("evidence on a dropped line")
    return out


_MARKUP = re.compile(r"\*|__|`|</?[a-z]+>")


def _markup(q: Question, spec: KindSpec) -> list[str]:
    """Markup characters in what the engine wrote (highlighting is done from spans): any
    asterisk, underscore pair, backtick or tag not in the story's own words."""
    own = q.evidence.text
    texts = [q.prompt, q.explanation] + ([] if spec.multi else list(q.options))
    for text in texts:
        if any(m.group() not in own for m in _MARKUP.finditer(text)):
            return ["markup in the question's text"]
    return []


def _bare(text: str) -> str:
    """Text compared without quotation marks, case or spacing."""
    return " ".join(_QUOTES.sub("", text).lower().split())


def _explanation(q: Question) -> list[str]:
    exp = _bare(q.explanation)
    if not exp:
        return ["no explanation"]
    if _bare(q.evidence.text)[:60] not in exp:
        return ["explanation does not quote the evidence"]
    if q.evidence.earlier_text is not None and _bare(q.evidence.earlier_text)[:60] not in exp:
        return ["explanation does not quote the evidence"]
    return []


def _option_key(option: str) -> str:
    """An option as compared with the others: case, quotes and plural endings folded, so that
    "Republican" and "Republicans" count as the same option."""
    words = norm(option).strip(" .").split()
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


def _choices(q: Question, spec: KindSpec) -> list[str]:
    opts = list(q.options)
    want = (2, 2) if spec.binary else (3, 4)
    out = []
    if not want[0] <= len(opts) <= want[1]:
        out.append(f"{len(opts)} options, want {want[0]}-{want[1]}")
    if not isinstance(q.answer, int) or not 0 <= q.answer < len(opts):
        return [*out, "answer is not an option index"]
    keys = [_option_key(o) for o in opts]
    if any(not k for k in keys) or len(set(keys)) != len(keys):
        out.append("options not distinct")
    for i, a in enumerate(keys):
        if any(
            i != j and a and re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b)
            for j, b in enumerate(keys)
        ):
            out.append("an option is inside another")
            break
    if any(not quotes_balanced(o) for o in opts):
        out.append("option has unbalanced quotes")
    if spec.hides_answer and content_words(opts[q.answer]) & content_words(q.prompt):
        out.append("prompt gives the answer away")
    return out


def _multi(q: Question) -> list[str]:
    ans = q.answer
    n = len(q.options)
    if not isinstance(ans, tuple) or not ans:
        return ["answer is not a non-empty tuple of word indices"]
    if list(ans) != sorted(set(ans)) or not all(0 <= i < n for i in ans):
        return ["answer indices not sorted, distinct and in range"]
    if len(ans) == n:
        return ["every word is marked"]
    if " ".join(q.options) != " ".join(q.evidence.text.split()):
        return ["options are not the evidence sentence's words"]
    return []
