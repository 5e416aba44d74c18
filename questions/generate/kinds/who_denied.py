"""who_denied and what_denied (Denials): who denied this, and what did this source deny?

Both come from claims with stance "denies". A who_denied option is never a source that denied
anything in the story; what_denied's wrong options are other things said in the same story.
"""

from __future__ import annotations

from questions.generate.claims import clause_phrase, nested, other_clauses
from questions.generate.explain import cue_of, quoted
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import SourceInfo, distractors, source_key, story_sources
from questions.model import Claim, Question

_DENIES = frozenset({"denies"})


def _denials(ctx: Context) -> list[tuple[Claim, SourceInfo, str]]:
    sources = story_sources(ctx)
    out = []
    for claim in ctx.story.claims:
        info = sources.get(source_key(claim.source or ""))
        denial = claim.stance == "denies" and info and not nested(ctx, claim)
        phrase = clause_phrase(claim, ctx.text) if denial else None
        if phrase and info:
            out.append((claim, info, phrase))
    return out


def _explanation(ctx: Context, claim: Claim, info: SourceInfo) -> str:
    sentence = ctx.claim_sentence(claim).strip()
    return (
        f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: it is "
        f"{info.name} who denies this. A denial is reported, not settled: the story does not "
        "say who is right."
    )


@register("who_denied", "Denials", hides_answer=True, limit=3)
def build_who(ctx: Context) -> list[Question]:
    """Who denied this?"""
    out = []
    for claim, info, phrase in _denials(ctx):
        wrong = distractors(ctx, info, claim, stances=_DENIES)
        prompt = f"According to the story, who denied {phrase}?"
        if len(wrong) < 2 or set(phrase.lower().split()) & {w.lower() for w in info.words}:
            continue
        out.append(
            make_question(
                ctx,
                "who_denied",
                prompt=prompt,
                right=info.name[:1].upper() + info.name[1:],
                wrong=[w.name[:1].upper() + w.name[1:] for w in wrong],
                explanation=_explanation(ctx, claim, info),
                evidence=ctx.claim_evidence(claim),
                difficulty=2,
                key=claim.content_span,
            )
        )
    return out


@register("what_denied", "Denials", limit=3)
def build_what(ctx: Context) -> list[Question]:
    """What did this source deny?"""
    out = []
    for claim, info, phrase in _denials(ctx):
        wrong = other_clauses(ctx, claim, info)
        if len(wrong) < 2 or not phrase.startswith("that "):
            continue  # a "that" clause among "that" clauses, so the form gives nothing away
        out.append(
            make_question(
                ctx,
                "what_denied",
                prompt=f"According to the story, what did {info.name} deny?",
                right=phrase[:1].upper() + phrase[1:],
                wrong=[w[:1].upper() + w[1:] for w in wrong],
                explanation=_explanation(ctx, claim, info),
                evidence=ctx.claim_evidence(claim),
                difficulty=2,
                key=claim.content_span,
            )
        )
    return out
