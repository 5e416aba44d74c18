"""verification (Verification): what the outlet or a source could or could not verify, confirmed,
or neither confirmed nor denied; and what a source confirmed.

Options are the possible outcomes for the same source ("Sky News could not verify this" /
"Sky News verified this" / ...), so exactly one of them is what the story reports.
"""

from __future__ import annotations

from questions.generate.claims import clause_phrase, nested, other_clauses
from questions.generate.explain import claim_cue_words, quoted
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import display_for, source_key, story_sources
from questions.generate.text import (
    capitalize,
    content_words,
    is_clause,
    is_pronoun,
    opens_clause,
    quotes_balanced,
    strip_edges,
    strip_that,
    tokens,
    unresolved_pronoun,
    word_count,
)
from questions.model import Question, Verification

KIND = "verification"
_NP_OPENERS = frozenset({"the", "a", "an", "any", "some", "reports", "claims", "footage"})
_EXPLAIN = {
    "unverified": "says it could not verify this: the story reports it without vouching for it",
    "verified": "says it verified this itself",
    "confirmed": "confirmed this",
    "neither confirmed nor denied": "neither confirmed nor denied this: it remains unconfirmed",
}


def object_phrase(v: Verification) -> str | None:
    """What was (not) verified, as "that <clause>" or a noun phrase, or None if unclear."""
    obj = strip_that(strip_edges(v.object))
    if not 3 <= word_count(obj) <= 30 or not quotes_balanced(obj) or unresolved_pronoun(obj):
        return None
    first = obj.split()[0].lower()
    if is_clause(obj) and opens_clause(obj):
        return f"that {obj}"
    return obj if first in _NP_OPENERS else None


def _by_ok(by: str) -> bool:
    toks = tokens(by)
    return bool(toks) and not (len(toks) == 1 and is_pronoun(toks[0], at_start=True))


def _options(status: str, by: str) -> tuple[str, list[str], str]:
    """The prompt verb, the right option and the wrong ones for a status."""
    if status in ("unverified", "verified"):
        yes, no = f"{by} verified it", f"{by} could not verify it"
        false = f"{by} showed it to be false"
        right = yes if status == "verified" else no
        return "verify", [right], [o for o in (yes, no, false) if o != right]
    conf, den, neither = (
        f"{by} confirmed it",
        f"{by} denied it",
        f"{by} neither confirmed nor denied it",
    )
    right = conf if status == "confirmed" else neither
    return "confirm", [right], [o for o in (conf, den, neither) if o != right]


@register(KIND, "Verification", limit=4)
def build(ctx: Context) -> list[Question]:
    """Status questions from verification statements, and "what did X confirm" from claims."""
    out = [q for v in ctx.story.verification if (q := _status_question(ctx, v))]
    out += _confirm_questions(ctx)
    return out


def _status_question(ctx: Context, v: Verification) -> Question | None:
    phrase = object_phrase(v)
    if not phrase or not _by_ok(v.by) or v.status not in _EXPLAIN:
        return None
    name = display_for(ctx, v.by)
    verb, right, wrong = _options(v.status, capitalize(name))
    ask = "was {by} able to verify" if verb == "verify" else "did {by} confirm"
    prompt = f"According to the story, {ask.format(by=name)} {phrase}?"
    span = v.sentence_span or v.span
    sentence = ctx.text[span[0] : span[1]].strip()
    cue = ctx.text[v.span[0] : v.span[1]]
    cue_words = f"*{cue.strip()}*: " if 0 < word_count(cue) <= 10 else ""
    explanation = f"The story says: {quoted(sentence)} — {cue_words}{name} {_EXPLAIN[v.status]}."
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=right[0],
        wrong=wrong,
        explanation=explanation,
        evidence=ctx.evidence(v.line, span, cue if word_count(cue) <= 10 else None),
        difficulty=3 if v.status == "neither confirmed nor denied" else 2,
        key=(v.status, phrase),
    )


def _names_itself(name: str, right: str, wrong: list[str]) -> bool:
    """Whether the right option alone repeats the name the prompt asks about ("What did Reuters
    confirm?" — "That Reuters was able to identify…"), which gives the answer away."""
    named = content_words(name)
    return bool(named & content_words(right)) and not any(named & content_words(w) for w in wrong)


def _confirm_questions(ctx: Context) -> list[Question]:
    sources = story_sources(ctx)
    out = []
    for claim in ctx.story.claims:
        info = sources.get(source_key(claim.source or ""))
        confirms = claim.stance == "confirms" and info and not nested(ctx, claim)
        phrase = clause_phrase(claim, ctx.text) if confirms else None
        if not info or not phrase or not phrase.startswith("that "):
            continue
        wrong = other_clauses(ctx, claim, info)
        if len(wrong) < 2 or _names_itself(info.name, phrase, wrong):
            continue
        sentence = ctx.claim_sentence(claim).strip()
        out.append(
            make_question(
                ctx,
                KIND,
                prompt=f"According to the story, what did {info.name} confirm?",
                right=capitalize(phrase),
                wrong=[capitalize(w) for w in wrong],
                explanation=(
                    f"The story says: {quoted(sentence)} — *{claim_cue_words(ctx, claim)}*: "
                    f"{info.name} confirmed this."
                ),
                evidence=ctx.evidence(claim.line, claim.sentence_span, claim.cue),
                difficulty=2,
                key=("confirms", claim.content_span),
            )
        )
    return out
