"""hedge_words (Hedging): which word in this sentence signals that the event is not confirmed?

The wrong options are other words of the same sentence that a careless reader might pick but that
signal nothing of the kind (``gen_hedge_foils.txt``, -ly adverbs); never a hedge, modal, negation
or verb of verification or denial (``gen_hedge_like.txt``), so no wrong option is defensible.
"""

from __future__ import annotations

import re

from questions.generate import lexicon
from questions.generate.explain import quoted
from questions.generate.registry import (
    Context,
    digest,
    make_question,
    register,
    strip_dateline,
)
from questions.generate.text import norm, quotes_balanced, word_count
from questions.model import Hedge, Question, Sentence

KIND = "hedge_words"
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
_MIN_LEN = 5
# Adverbs and adjectives by their endings ("quickly", "significant", "dangerous"): modifiers a
# careless reader may take for a signal, unlike the nouns and verbs that carry the news.
_MODIFIER_ENDINGS = ("ly", "ous", "ful", "ive", "ical", "ant", "ible", "able", "less")
# Words in -ly that are nouns or names, not adverbs: a vocabulary test, not a hedging one.
_LY_NOUNS = frozenset(
    {"rally", "rallies", "family", "assembly", "supply", "reply", "italy", "july", "ally"}
    | {"belly", "bully", "jelly", "anomaly", "monopoly", "butterfly", "lily", "sally", "tally"}
    # ... and nouns in -ant, -ent, -ive: "restaurant", "student", "executive"
    | {"restaurant", "restaurants", "immigrant", "immigrants", "migrant", "migrants", "tenant"}
    | {"applicant", "assistant", "consultant", "participant", "servant", "merchant", "giant"}
    | {"defendant", "lieutenant", "attendant", "accountant", "descendant", "occupant"}
    | {"inhabitant", "informant", "sergeant", "student", "students", "president", "resident"}
    | {"residents", "agent", "agents", "parent", "parents", "government", "department"}
    | {"executive", "executives", "detective", "relative", "relatives", "representative"}
    | {"incentive", "objective", "initiative", "archive", "detective", "operative", "motive"}
)
# Words that are, or are close to, signs of doubt: never a wrong option.
_DOUBTFUL = re.compile(
    r"(?:un|not|never|neither|nor|confirm|verif|deni|deny|doubt|possib|probab|likel|alleg"
    r"|report|claim|seem|appear|suppos|suspect|purport|unclear|uncertain|rumou?r|estimat)"
)


def candidate_words(sentence: str, answer: str) -> list[str]:
    """Words of the sentence a careless reader might pick that do not hedge: listed foils
    ("officially", "recently", "several") and -ly adverbs that signal no doubt. Never a word
    that could fairly be the answer (a hedge, a modal, a negation, a verb of verification or
    denial, an opinion word) and never a mere content word, so the question tests hedging and
    not vocabulary."""
    avoid = lexicon.words("hedge_like") | lexicon.words("opinion")
    avoid |= lexicon.words("reporting_words")
    foils = lexicon.words("hedge_foils")
    seen: list[str] = []
    for m in _WORD.finditer(sentence):
        low = m.group(0).lower()
        if low in avoid or low == answer.lower() or low in seen or _DOUBTFUL.match(low):
            continue
        modifier = low.endswith(_MODIFIER_ENDINGS) and len(low) >= _MIN_LEN
        modifier = modifier and low not in _LY_NOUNS
        if m.group(0).islower() and (low in foils or modifier):
            seen.append(low)
    return seen


def signals_uncertainty(text: str, span: tuple[int, int]) -> bool:
    """Whether the hedge word at ``span`` really marks its event as unconfirmed here, by the
    rules of ``gen_hedge_rules.tsv`` ("the reported incursion" yes, "Russia reported that" no)."""
    word = text[span[0] : span[1]].lower()
    rule = dict((r[0], r[1]) for r in lexicon.table("hedge_rules")).get(word)
    if rule is None:
        return False
    if rule == "always":
        return True
    if rule == "after-determiner":
        prev = text[max(0, span[0] - 12) : span[0]].split()[-1:]
        return bool(prev) and prev[0].lower() in lexicon.words("determiners")
    nxt = text[span[1] : span[1] + 20].split()[:1]
    return bool(nxt) and nxt[0].lower().strip(",.;:") in rule.removeprefix("before:").split("|")


def _in_quotation(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether a span lies inside quotation marks within its sentence."""
    before = sentence.text[: span[0] - sentence.span[0]]
    return sentence.in_quote or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _sentence_for(ctx: Context, hedge: Hedge) -> Sentence | None:
    if hedge.sentence_span:
        sent = ctx.sentence_at(hedge.sentence_span)
        if sent:
            return sent
    return ctx.sentence_at(hedge.span)


@register(KIND, "Hedging", limit=4)
def build(ctx: Context) -> list[Question]:
    """One question per hedged sentence."""
    out: list[Question] = []
    done: set[tuple[int, int]] = set()
    for hedge in ctx.story.hedges:
        sent = _sentence_for(ctx, hedge)
        if not sent or sent.span in done or _in_quotation(sent, hedge.span):
            continue
        if not signals_uncertainty(ctx.text, hedge.span):
            continue
        q = _question(ctx, hedge, sent)
        if q:
            done.add(sent.span)
            out.append(q)
    return out


def _question(ctx: Context, hedge: Hedge, sent: Sentence) -> Question | None:
    word = ctx.text[hedge.span[0] : hedge.span[1]]
    text = strip_dateline(sent.text).strip()
    if not quotes_balanced(text) or not 6 <= word_count(text) <= 45 or " " in word.strip():
        return None
    pool = candidate_words(text, word)
    if len(pool) < 2:
        return None
    pool.sort(key=lambda w: digest(hedge.span, w))
    prompt = (
        f"In this sentence, which word signals that something is not confirmed: {quoted(text)}?"
    )
    explanation = (
        f"The story says: {quoted(text)} — "
        f"the word {quoted(word)} signals that this has been {_gloss(word)}, "
        "not confirmed; the story does not state it as established fact."
    )
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=word.lower(),
        wrong=pool[:3],
        explanation=explanation,
        evidence=ctx.evidence(sent.line, sent.span, word),
        difficulty=2 if norm(word).startswith(("alleg", "report", "claim")) else 3,
        key=hedge.span,
    )


def _gloss(word: str) -> str:
    """How a hedge word presents its event, for the explanation."""
    low = word.lower()
    if low.startswith("alleg"):
        return "alleged by someone"
    if low.startswith("report"):
        return "reported by others"
    if low.startswith("claim"):
        return "claimed by someone"
    return "presented as uncertain"
