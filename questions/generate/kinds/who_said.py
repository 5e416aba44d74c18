"""who_said (Attribution): what a source said, quoted or paraphrased — which source said it?

Options are other named sources of the same story that cannot be taken for the speaker (see
``questions.generate.sources``); a story with fewer than three such sources gets no question.
"""

from __future__ import annotations

import re

from questions.generate.claims import arranged, is_claim, nested, said_phrase
from questions.generate.described import DESCRIBED_ANY, named_before
from questions.generate.explain import cue_of, needs_resolution, quoted
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import (
    SourceInfo,
    distractors,
    document_channel,
    document_speaks,
    doubtful_source,
    one_of_a_couple,
    source_key,
    source_of,
    story_sources,
)
from questions.generate.text import (
    PERSON_KINDS,
    QUOTED_RE,
    content_words,
    curly_quotes,
    opens_on_question,
    option_name,
    pronoun_fits,
    trailing_fragment,
)
from questions.model import Claim, Question, Sentence

KIND = "who_said"
_OPENING_CONJUNCTION = re.compile(r"^(?:but|and)\s+(?=\S)", re.IGNORECASE)
_SAID_WORD = re.compile(r"\b(?:said|says|told)\b")  # "that Doe said at a press conference"
_NESTED_SAID = re.compile(r"[”\"’'],?\s+(?:[\w.’']+\s+){0,4}(?:said|says|added|told)\b")
_SAID_STANCES = frozenset({"asserts"})
# what a speaker pointed at, as the reporter glosses it, is not what the speaker said
_POINTING_CUE = re.compile(r"\b(?:referenc\w*|referr\w*|refers?|allud\w*)\b", re.IGNORECASE)
_QUOTE_THEN_RELATIVE = re.compile(r"“[^”]+”\s+(?:where|which|when|whom|whose)\b")


def prompt_for(claim: Claim, said: str) -> str:
    """The question text for a quotation or a reported clause (a clause that opens on a quoted
    phrase, "“a fair deal” is close", is a reported clause, not a quotation)."""
    if claim.quote == "direct" and said.startswith("“"):
        return f"Who said this: {said}?"
    said = _OPENING_CONJUNCTION.sub("", said)
    said = curly_quotes(said).rstrip(",")
    said = re.sub(r"[.,;:]([”’])$", r"\1", said)  # '… contributors.”?' -> '… contributors”?'
    return f"According to the story, who said that {said}?"


def gives_away(prompt: str, answer: SourceInfo, sentence: str = "") -> bool:
    """Whether the prompt names the answer (any word of any of its names), or names by its
    initials a body that the answer's sentence names outside the quotation ("“The WSA stands
    ready …,” said Ilan Morrow, head of the Water Safety Authority"): then no other option is a
    likely speaker."""
    if content_words(prompt) & answer.words:
        return True
    acronyms = set(_ACRONYM.findall(prompt))
    if not acronyms:
        return False
    outside = QUOTED_RE.sub(" ", sentence)
    runs = _CAPS_RUN.findall(outside)
    named = {"".join(w[0] for w in run.split() if w[:1].isupper()) for run in runs}
    return any(a in answer.initials or a in named for a in acronyms)


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# capitalised words in a row, small joining words allowed: "Water Safety Authority"
_CAPS_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w’'-]*)+")


@register(KIND, "Attribution", hides_answer=True)
def build(ctx: Context) -> list[Question]:
    """Who-said questions over the story's named sources."""
    out: list[Question] = []
    seen: set[tuple[int, int]] = set()
    for claim in ctx.story.claims:
        if claim.stance not in _SAID_STANCES or claim.sentence_span in seen:
            continue
        info = source_of(ctx, claim)
        safe = info and not doubtful_source(ctx, claim) and _resolved_safely(ctx, claim, info)
        q = _question(ctx, claim, info) if safe else None
        if q:
            seen.add(claim.sentence_span)
            out.append(q)
    return out


_BACK_SENTENCES = 2


def _resolved_safely(ctx: Context, claim: Claim, info: SourceInfo) -> bool:
    """Whether a source named only by a pronoun ("he said") or not at all (a continued
    quotation) can be resolved without doubt: the two sentences before name exactly one known
    person (of the pronoun's gender) and that person is the answer; the sentence's own words
    before the pronoun count too. Otherwise the question is
    skipped: a wrong speaker is worse than no question."""
    if not needs_resolution(claim):
        return True
    pronoun = claim.source_text.split()[0] if claim.source_text else None
    start = claim.sentence_span[0]
    for _ in range(_BACK_SENTENCES):
        before = ctx.sentence_before(start - 1 if start else 0)
        if before is None or before.span[0] >= start:
            break
        start = before.span[0]
    own_end = claim.source_span[0] if claim.source_span else claim.sentence_span[0]
    window = ctx.text[start:own_end]  # "Former Rep. Ann Cole …, she said": Cole is in the window
    words = set(re.findall(r"[A-Z][\w’'-]+", window))
    found = set()
    for other in story_sources(ctx).values():
        if other.kind not in PERSON_KINDS:
            continue
        if pronoun and not pronoun_fits(pronoun, other.kind, other.name):
            continue
        if any(w[:1].isupper() and len(w) > 2 and w in words for w in other.mentions):
            found.add(other.key)
    return found == {info.key}


def _question(ctx: Context, claim: Claim, info: SourceInfo) -> Question | None:
    if nested(ctx, claim) or not is_claim(ctx, claim):
        return None
    if arranged(claim.content, claim):
        return None  # "The council said the refunds would come from …": a plan, not a claim
    if _POINTING_CUE.search(claim.cue or ""):
        return None  # "…,” Doe said, referencing a group called Roads First: the outlet's gloss
    if document_speaks(ctx, claim):
        return None  # "A 2014 review by the Harbour Trust found …": a document's finding, not said
    if one_of_a_couple(ctx, claim, info):
        return None  # "“We cannot stay,” Ferro said" after "Ana and Luis Ferro": which one?

    said = said_phrase(claim, ctx.text)
    if not said or (claim.quote == "direct" and trailing_fragment(claim.content)):
        return None
    if (
        _NESTED_SAID.search(said)
        or (claim.quote != "direct" and _SAID_WORD.search(said))
        or (claim.quote == "direct" and opens_on_question(said))
    ):
        return None  # "“…,” the judge said, according to the Gazette"; "“Any more questions? …”"
    if claim.quote != "direct" and _QUOTE_THEN_RELATIVE.match(curly_quotes(said)):
        return None  # "admitted “two slips” where the fund may have …": a noun phrase, no clause
    prompt = prompt_for(claim, said)
    wrong = distractors(ctx, info, claim)
    sentence = ctx.claim_sentence(claim).strip()
    if len(wrong) < 2 or gives_away(prompt, info, sentence):
        return None
    cue = cue_of(ctx, claim)
    whose = f"these are the words of {info.name}"
    named = _named_body(ctx, claim, info)
    document = document_channel(ctx, claim)
    if document is not None:
        # "Ruth Adler said in her audit that …": the audit's finding, not something said aloud
        cue = f"{cue} and {quoted(document[0])}"
        whose = f"{whose}, written in a document (the {document[1]}), not said aloud"
    said = f"The story says: {quoted(sentence)}"
    evidence = ctx.claim_evidence(claim, earlier=named[1].span if named else None)
    if named is not None and evidence.earlier_text:  # "the commission said": named before
        before = " ".join(evidence.earlier_text.split())  # as the evidence shows it, no dateline
        said += f" — {quoted(named[0])} is {info.name}, named before: {quoted(before)}"
    explanation = f"{said} — {cue}: {whose}."
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=option_name(info.name),
        wrong=[option_name(w.name) for w in wrong],
        explanation=explanation,
        evidence=evidence,
        difficulty=3 if needs_resolution(claim) else (1 if claim.quote == "direct" else 2),
        key=claim.content_span,
    )


def _named_body(ctx: Context, claim: Claim, info: SourceInfo) -> tuple[str, Sentence] | None:
    """For a source written as a description of the one body the story names ("the commission
    said", counted as the Tollan Water Commission's by ``sources.source_of``): the words as
    written and the sentence before the claim's that names the body; None otherwise (and when
    the claim's own sentence names it)."""
    written = " ".join((claim.source_text or "").split())
    if source_key(claim.source or "") == info.key or not DESCRIBED_ANY.fullmatch(written):
        return None
    where = named_before(ctx, info.name, claim)
    return (written, where) if where is not None else None
