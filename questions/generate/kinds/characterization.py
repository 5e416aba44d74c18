"""characterization (Attribution): how a source described something ("How did Kyiv portray the
alleged incursion?"), from claims with stance "characterizes" written as "<verb> X as Y".

When the story offers no other descriptions to serve as wrong options, the question asks who
gave the description instead, with other sources of the story as options.
"""

from __future__ import annotations

import re

from questions.generate import lexicon
from questions.generate.claims import nested
from questions.generate.explain import claim_of, cue_of, quoted
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import (
    display_for,
    distractors,
    doubtful_source,
    overlaps,
    source_key,
    story_sources,
)
from questions.generate.text import (
    content_words,
    option_name,
    quotes_balanced,
    strip_edges,
    unresolved_pronoun,
    word_count,
)
from questions.model import Claim, Question

KIND = "characterization"
_AS = re.compile(r"^\s*(?P<obj>.+?)\s+as\s*$", re.DOTALL)
_AS_INSIDE = re.compile(r"^(?P<obj>[^,;“\"]+?)\s+as\s+(?P<desc>.+)$", re.DOTALL)


def verb_forms(cue: str) -> tuple[str, str] | None:
    """The auxiliary and base verb to ask with: ("did", "portray") for "portrayed"."""
    words = cue.lower().split()
    if not words:
        return None
    for base, third, past, participle in lexicon.table("characterize_verbs"):
        if words == [past]:
            return "did", base
        if words == [third]:
            return "does", base
        if len(words) == 2 and words[0] in ("has", "have") and words[1] == participle:
            return words[0], participle
    return None


def described(ctx: Context, claim: Claim) -> tuple[str, str] | None:
    """The thing described and the description, from "<cue> <thing> as <description>" (the
    analysis may put the thing before the content or inside it)."""
    if not claim.cue_span or claim.cue_span[1] > claim.content_span[0]:
        return None
    between = ctx.text[claim.cue_span[1] : claim.content_span[0]]
    m = _AS.match(between)
    inside = _AS_INSIDE.match(claim.content) if not between.strip() else None
    if m and "\n" not in between:
        thing, desc = m.group("obj"), claim.content
    elif inside:
        thing, desc = inside.group("obj"), inside.group("desc")
    else:
        return None
    thing, desc = strip_edges(thing), strip_edges(desc)
    for part in (thing, desc):
        if not quotes_balanced(part) or unresolved_pronoun(part) or word_count(part) > 20:
            return None
    return (thing, desc) if word_count(desc) >= 2 and word_count(thing) >= 2 else None


@register(KIND, "Attribution", limit=3)
def build(ctx: Context) -> list[Question]:
    """How (or, failing that, who) questions over the story's characterizations."""
    found = []
    for c in ctx.story.claims:
        own = c.stance == "characterizes" and c.cue and not nested(ctx, c)
        own = own and not doubtful_source(ctx, c)
        d = described(ctx, c) if own else None
        if d and c.source and c.cue and verb_forms(c.cue):
            found.append((c, d))
    out = []
    for claim, (thing, desc) in found:
        others = [o[1][1] for o in found if o[0] is not claim and not overlaps(o[1][0], thing)]
        q = _how(ctx, claim, thing, desc, others) or _who(ctx, claim, thing, desc)
        if q:
            out.append(q)
    return out


def _explanation(ctx: Context, claim: Claim) -> str:
    sentence = ctx.claim_sentence(claim).strip()
    name = display_for(ctx, claim.source or "")
    return (
        f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: this is how "
        f"{name} describes it; the description is {claim_of(name, True)[:-6]}, not the story’s."
    )


def _how(ctx: Context, claim: Claim, thing: str, desc: str, others: list[str]) -> Question | None:
    if len(others) < 2 or not claim.cue or not claim.source:
        return None
    aux, verb = verb_forms(claim.cue) or ("", "")
    prompt = f"According to the story, how {aux} {display_for(ctx, claim.source)} {verb} {thing}?"
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=f"As {desc}",
        wrong=[f"As {o}" for o in others[:3]],
        explanation=_explanation(ctx, claim),
        evidence=ctx.claim_evidence(claim),
        difficulty=2,
        key=("how", claim.content_span),
    )


def _who(ctx: Context, claim: Claim, thing: str, desc: str) -> Question | None:
    info = story_sources(ctx).get(source_key(claim.source or ""))
    if not info or not claim.cue:
        return None
    prompt = f"According to the story, who {claim.cue.lower()} {thing} as {desc}?"
    wrong = distractors(ctx, info, claim)
    if len(wrong) < 2 or content_words(prompt) & info.words:
        return None
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=option_name(info.name),
        wrong=[option_name(w.name) for w in wrong],
        explanation=_explanation(ctx, claim),
        evidence=ctx.claim_evidence(claim),
        difficulty=2,
        key=("who", claim.content_span),
    )
