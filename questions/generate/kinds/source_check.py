"""source_check (Sources): how does the story know? Where a claim was made (on Twitter, in a
statement, speaking to the outlet), or what kind of source made it (an official, an independent
expert, anonymous sources, a news agency).
"""

from __future__ import annotations

import re

from questions.generate import lexicon
from questions.generate.claims import is_claim, nested, said_phrase
from questions.generate.explain import cue_of, needs_resolution, quoted
from questions.generate.registry import Context, digest, make_question, register
from questions.generate.sources import (
    claims_of,
    countries,
    display_for,
    doubtful_source,
    is_usable,
    kind_doubtful,
    shows_kind,
    source_key,
    story_sources,
)
from questions.generate.text import (
    content_words,
    curly_quotes,
    is_pronoun,
    norm,
    strip_that,
    tokens,
)
from questions.model import Claim, Question
from questions.names import GIVEN_NAMES

KIND = "source_check"
# "told Channel 9": the outlet's name, not a day or month after it ("told Channel 9 Tuesday")
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)
_TOLD = re.compile(
    r"\btold\s+((?:the\s+)?(?!" + _WHEN + r")[A-Z][\w’'.]*(?:\s+(?!" + _WHEN + r")[A-Z][\w’'.]*)*)"
)
_OUTLET = "outlet"
_GENERIC = {
    "social": "On social media",
    "statement": "In a written statement",
    "briefing": "At a press conference",
    "video": "In a video",
    "interview": "In an interview",
}
# Channels that may be the same act under another name, never offered side by side: speaking to
# a broadcaster or paper may have been an interview, filmed, or at a press conference; an
# interview may have been filmed.
_CLASHES = {
    _OUTLET: {"interview", "video", "briefing"},
    "interview": {_OUTLET, "video"},
    "video": {"interview"},
}
# "told the Gazette in an email": the words may have been written, so "In a written statement"
# fits too
_WRITTEN = re.compile(r"\b(?:e-?mail|text message|letter|written|in writing)", re.IGNORECASE)
_MAX_KIND_QUESTIONS = 2  # one per kind of source, so the answer varies
_KIND_WORDS = frozenset({"agency", "anonymous", "expert", "experts", "government", "official"})


def channel_of(claim: Claim) -> tuple[str, str] | None:
    """The category and option label of where a claim was made, or None if the story is silent.

    The analysis's channel is read first, then the cue ("said in a statement")."""
    for hay in (claim.channel, claim.cue if not claim.channel else None):
        low = f" {norm(hay or '')} "
        for pattern, category, label in lexicon.table("channels"):
            if hay and re.search(rf"(?<!\w){re.escape(pattern)}(?!\w)", low):
                return category, label
    m = _TOLD.search(claim.cue or "")
    if m:
        return _OUTLET, f"Speaking to {m.group(1)}"
    return None


def _categories(ctx: Context, key: str) -> set[str]:
    """The channel categories of every claim of one source in the story."""
    known = ctx.cache.setdefault("channel_categories", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if key not in known:
        known[key] = {ch[0] for c in claims_of(ctx, key) if (ch := channel_of(c))}
    return set(known[key])


def _wrong_channels(right: str, used: set[str], seed: str, written: bool = False) -> list[str]:
    """Up to three generic channels of categories the source never used in the story, none of
    which could name the same act as the right one (``written``: the sentence says the words
    were written, so no written statement either)."""
    banned = used | {right} | _CLASHES.get(right, set())
    if written and right == _OUTLET:
        banned |= {"statement"}
    cats = sorted((c for c in _GENERIC if c not in banned), key=lambda c: digest(seed, c))
    return [_GENERIC[c] for c in cats[:3]]


def _how_prompt(name: str, said: str) -> str:
    said = curly_quotes(said)  # "Harbour people" -> "“Harbour people”"
    if said.startswith("“"):
        return f"According to the story, how did {name} make this statement: {said}?"
    return f"According to the story, how did {name} make the claim that {said}?"


@register(KIND, "Sources", limit=4)
def build(ctx: Context) -> list[Question]:
    """Channel questions, then source-kind questions (one per source)."""
    return _channel_questions(ctx) + _kind_questions(ctx)


def _channel_questions(ctx: Context) -> list[Question]:
    out = []
    for claim in ctx.story.claims:
        channel = channel_of(claim)
        named = claim.source and is_usable(claim) and not nested(ctx, claim)
        named = named and is_claim(ctx, claim) and claim.stance != "characterizes"
        named = named and not doubtful_source(ctx, claim)
        if named and claim.source and claim.source[:1].isupper():
            named = source_key(claim.source) in story_sources(ctx)  # not "As Ostra", a misread
        said = said_phrase(claim, ctx.text, keep_subject=True) if named and channel else None
        if not claim.source or not channel or not said:
            continue
        written = bool(_WRITTEN.search(ctx.claim_sentence(claim)))
        used = _categories(ctx, source_key(claim.source))
        wrong = _wrong_channels(channel[0], used, said, written)
        if len(wrong) < 2:
            continue
        name = display_for(ctx, claim.source)
        out.append(_question(ctx, claim, _how_prompt(name, said), channel[1], wrong, 1))
    return out


def _kind_questions(ctx: Context) -> list[Question]:
    labels = dict((row[0], row[1]) for row in lexicon.table("source_kinds"))
    seen: set[str] = set()
    out: list[Question] = []
    for claim in ctx.story.claims:
        if len(out) == _MAX_KIND_QUESTIONS:
            break
        label = labels.get(claim.source_kind or "")
        if label and not shows_kind(ctx, claim.source or "", claim.source_kind or ""):
            continue  # the analysis gave the kind; the story's own words must show it too
        if claim.source_kind in ("government", "official") and _organisation_title(ctx, claim):
            continue  # "Dockers Union President Ana Ruiz" heads a union, not a government
        if label and kind_doubtful(ctx, claim):
            continue  # "a report by the ministry said", "the Ostran Medical Association"
        if claim.source_kind == "expert" and _SELF.match(strip_that(claim.content)):
            continue  # "a scientist, said she has been upset": her own life, not her field
        asserted = claim.stance == "asserts" and not nested(ctx, claim) and is_claim(ctx, claim)
        said = said_phrase(claim, ctx.text) if label and asserted else None
        said = _clean_said(said, _lower_words(ctx)) if said else None
        key = source_key(claim.source or claim.source_kind or "")
        if not label or not said or key in seen or label in seen:
            continue
        said = curly_quotes(said)
        if said.startswith("“"):
            prompt = f"What kind of source does the story give for these words: {said}?"
        else:
            prompt = f"What kind of source does the story give for the claim that {said}?"
        if content_words(prompt) & _KIND_WORDS:
            continue
        role = _role_mention(ctx, claim) if needs_resolution(claim) else ""
        if role is None:
            continue  # "he told reporters": the explanation must say who "he" is, and as what
        seen |= {key, label}
        wrong = sorted({v for v in labels.values() if v != label})
        out.append(_question(ctx, claim, prompt, label, wrong[:3], 2, role))
    return out


_ROLE_MAX_WORDS = 10


def _role_mention(ctx: Context, claim: Claim) -> str | None:
    """For a claim whose sentence names its source only by a pronoun (or not at all), the
    story's own mention of that source that holds the word of its kind ("Foreign Ministry
    spokesman Rui Tavares"), or None when no such mention names the source."""
    kind = claim.source_kind or ""
    if not claim.source or not kind:
        return None
    if kind in ("government", "official"):
        kind_words = lexicon.words("government_words")
    else:
        kind_words = frozenset(row[1] for row in lexicon.table("kind_words") if row[0] == kind)
    last = claim.source.split()[-1].lower()
    if not claim.source.split()[-1][:1].isupper() and not claim.source.startswith("the "):
        return None  # "two-term president": a role without even "the" to make it one person
    mentions = [claim.source] + [c.source_text or "" for c in claims_of(ctx, claim.source)]
    for mention in mentions:
        mention = " ".join(_RELATIVE_CUT.split(mention, maxsplit=1)[0].split()).strip(" ,")
        toks = [t.lower().removesuffix("’s").removesuffix("'s") for t in tokens(mention)]
        if not toks or len(toks) > _ROLE_MAX_WORDS or last not in toks:
            continue
        if len(toks) == 1 and is_pronoun(mention, at_start=True):
            continue
        if set(toks) & kind_words:
            return mention
    return None


_RELATIVE_CUT = re.compile(r",?\s+(?:who|which|whose)|\s+\(")


def _pronoun_cue(ctx: Context, claim: Claim, role: str) -> str:
    """The cue words with the pronoun's person and role named after them ("the words “he told
    reporters” — “he” being Foreign Ministry spokesman Rui Tavares —")."""
    pron = (claim.source_text or "").strip()
    if not claim.cue:
        return f"the quotation carries on the words of {role} from just before it"
    if pron:
        return f"{cue_of(ctx, claim)} — {quoted(pron)} being {role} —"
    return f"{cue_of(ctx, claim)} — said by {role} —"


# a content about the speaker herself ("she has been upset", "I was there"): no expertise
_SELF = re.compile(r"[“\"‘']?(?:he|she|i|we|my|our|his|her)\b", re.IGNORECASE)
_TITLES = frozenset({"president", "chancellor", "chairman", "chairwoman", "director"})
_BEFORE_TITLE = frozenset({"vice", "the", "a", "an", "former", "deputy", "acting", "prime"})
_SUBORDINATE = re.compile(r"^(?:while|although|though|because|if|unless|since|whereas)\b", re.I)
_INNER_CUE = re.compile(r"[”’\"']\s*,?\s*[^,;]{0,40}?\b(?:said|says|added|wrote)\b")


def _organisation_title(ctx: Context, claim: Claim) -> bool:
    """Whether a source's mention gives them an organisation's title ("Acme president Jane Doe",
    "Dockers Union President Jane Doe"): a capitalised word before the title that is no country.
    Read once per source of the story (cached), so that thousands of claims stay linear."""
    known = ctx.cache.setdefault("organisation_title", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = source_key(claim.source or "")
    if key not in known:
        mentions = {c.source_text or "" for c in claims_of(ctx, key)}
        known[key] = any(_titled(m) for m in mentions)
    return bool(known[key]) or _titled(claim.source_text or "")


def _titled(mention: str) -> bool:
    """Whether one mention holds "<Capitalised word> president" and the word is no country."""
    toks = mention.split()
    for prev, tok in zip(toks, toks[1:], strict=False):
        low = prev.lower().strip(",")
        if tok.lower() in _TITLES and (prev[:1].isupper() or prev[:1].isdigit()):
            if low not in countries() and low not in _BEFORE_TITLE:
                return True
    return False


def _lower_words(ctx: Context) -> frozenset[str]:
    """The words the story writes in lower case (read once per story, cached)."""
    known = ctx.cache.get("lower_words")
    if not isinstance(known, frozenset):
        known = frozenset(re.findall(r"\b[a-z][a-z’'-]*\b", ctx.text))
        ctx.cache["lower_words"] = known
    return known


def _clean_said(said: str, lower: frozenset[str] = frozenset()) -> str | None:
    """A claim phrase fit for a prompt, or None: not a side clause ("while most of those
    were …"), not a quotation carrying its own speaker ("… ''He would have …,'' X said"); a
    determiner that opened the sentence loses its capital ("that A couple were …"), and so
    does a common word (one the story also writes in lower case, or a vague source word such as
    "critics") that is no name ("that People should …" -> "that people should …")."""
    if _SUBORDINATE.match(said) or _INNER_CUE.search(said):
        return None
    first = said.split(" ", 1)[0]
    if first in ("A", "An", "The", "Some", "Many", "Most", "Two", "Three"):
        said = first.lower() + said[len(first) :]
    elif len(first) > 1 and first[:1].isupper() and first[1:].islower() and first.isalpha():
        rest = said[len(first) :].split(" ", 2)
        nxt = rest[1] if len(rest) > 1 else ""
        name = nxt[:1].isupper() or first in GIVEN_NAMES  # "Bill Ames", "Rose"
        common = lexicon.words("generic_sources") | lexicon.words("stopwords")
        if (first.lower() in lower or first.lower() in common) and not name:
            said = first.lower() + said[len(first) :]
    return said


def _question(
    ctx: Context,
    claim: Claim,
    prompt: str,
    right: str,
    wrong: list[str],
    difficulty: int,
    role: str = "",
) -> Question:
    sentence = ctx.claim_sentence(claim).strip()
    cue = _pronoun_cue(ctx, claim, role) if role else cue_of(ctx, claim)
    tells = "tell" if cue.startswith("the words ") else "tells"  # "the words “X said” tell you"
    if role and cue.startswith("the quotation "):
        tells = ", which tells"  # "the quotation carries on … from just before it, which tells"
    gap = "" if tells.startswith(",") else " "
    explanation = (
        f"The story says: {quoted(sentence)} — {cue}{gap}{tells} you who "
        f"the source is and how the story knows: {right[:1].lower() + right[1:]}."
    )
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=right,
        wrong=wrong,
        explanation=explanation,
        evidence=ctx.claim_evidence(claim),
        difficulty=difficulty,
        key=(prompt[:40], claim.content_span),
    )
