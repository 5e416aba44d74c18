"""who_said (Attribution): what a source said, quoted or paraphrased — which source said it?

Options are other named sources of the same story that cannot be taken for the speaker (see
``questions.generate.sources``); a story with fewer than three such sources gets no question.
"""

from __future__ import annotations

import re

from questions.generate.claims import is_claim, nested, said_phrase
from questions.generate.explain import cue_of, needs_resolution, quoted
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import (
    SourceInfo,
    distractors,
    doubtful_source,
    source_key,
    story_sources,
)
from questions.generate.text import (
    content_words,
    opens_on_question,
    option_name,
    trailing_fragment,
)
from questions.model import Claim, Question

KIND = "who_said"
_OPENING_CONJUNCTION = re.compile(r"^(?:but|and)\s+(?=\S)", re.IGNORECASE)
_SAID_WORD = re.compile(r"\b(?:said|says|told)\b")  # "that Doe said at a press conference"
_DOUBLED_PAIR = re.compile(r"''(.+?)''")  # archives' doubled single quotes
_STRAIGHT_PAIR = re.compile(r'"([^"]+)"')
_NESTED_SAID = re.compile(r"[”\"’'],?\s+(?:[\w.’']+\s+){0,4}(?:said|says|added|told)\b")
_SAID_STANCES = frozenset({"asserts"})


def prompt_for(claim: Claim, said: str) -> str:
    """The question text for a quotation or a reported clause (a clause that opens on a quoted
    phrase, "“a fair deal” is close", is a reported clause, not a quotation)."""
    if claim.quote == "direct" and said.startswith("“"):
        return f"Who said this: {said}?"
    said = _OPENING_CONJUNCTION.sub("", said)
    said = _STRAIGHT_PAIR.sub(r"“\1”", _DOUBLED_PAIR.sub(r"“\1”", said)).rstrip(",")
    said = re.sub(r"[.,;:]([”’])$", r"\1", said)  # '… contributors.”?' -> '… contributors”?'
    return f"According to the story, who said that {said}?"


def gives_away(prompt: str, answer: SourceInfo) -> bool:
    """Whether the prompt names the answer (any word of any of its names)."""
    return bool(content_words(prompt) & answer.words)


@register(KIND, "Attribution", hides_answer=True)
def build(ctx: Context) -> list[Question]:
    """Who-said questions over the story's named sources."""
    sources = story_sources(ctx)
    out: list[Question] = []
    seen: set[tuple[int, int]] = set()
    for claim in ctx.story.claims:
        if claim.stance not in _SAID_STANCES or claim.sentence_span in seen:
            continue
        info = sources.get(source_key(claim.source or ""))
        q = _question(ctx, claim, info) if info and not doubtful_source(ctx, claim) else None
        if q:
            seen.add(claim.sentence_span)
            out.append(q)
    return out


def _question(ctx: Context, claim: Claim, info: SourceInfo) -> Question | None:
    if nested(ctx, claim) or not is_claim(ctx, claim):
        return None
    said = said_phrase(claim, ctx.text)
    if not said or (claim.quote == "direct" and trailing_fragment(claim.content)):
        return None
    if (
        _NESTED_SAID.search(said)
        or (claim.quote != "direct" and _SAID_WORD.search(said))
        or (claim.quote == "direct" and opens_on_question(said))
    ):
        return None  # "“…,” the judge said, according to the Gazette"; "“Any more questions? …”"
    prompt = prompt_for(claim, said)
    wrong = distractors(ctx, info, claim)
    if len(wrong) < 2 or gives_away(prompt, info):
        return None
    sentence = ctx.claim_sentence(claim).strip()
    explanation = (
        f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: "
        f"these are the words of {info.name}."
    )
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=option_name(info.name),
        wrong=[option_name(w.name) for w in wrong],
        explanation=explanation,
        evidence=ctx.claim_evidence(claim),
        difficulty=3 if needs_resolution(claim) else (1 if claim.quote == "direct" else 2),
        key=claim.content_span,
    )
