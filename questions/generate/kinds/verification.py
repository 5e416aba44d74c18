"""verification (Verification): what the outlet or a source verified, could not verify,
confirmed, or neither confirmed nor denied; and what a source confirmed.

Options are the possible outcomes for the same verifier ("The outlet verified it" / "The outlet
could not verify it" / ...), so exactly one of them is what the story reports. A verification
whose object is only "the figure" or "the claim" asks about the claim it refers to, the nearest
claim before it ("Russia said 70 fighters died. The figure could not be verified.").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from questions.generate.claims import clause_phrase, nested, other_clauses
from questions.generate.explain import cue_of, quoted
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
from questions.model import Claim, Question, Verification
from questions.names import PERSON_KINDS
from questions.text import load_lexicon
from questions.verification import NEITHER_CLAIM_HEAD, outlet_name

KIND = "verification"
_NP_OPENERS = frozenset({"the", "a", "an", "any", "some", "reports", "claims", "footage"})
_WH = frozenset({"whether", "if", "how", "who", "what", "when", "where", "why"})
_ANAPHORIC = re.compile(
    r"^(?:it|this|that|(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|figures?|reports?|accounts?|numbers?|assertions?|allegations?|toll|tally"
    r"|amount|sum))$",
    re.IGNORECASE,
)
_FRAME_RE = re.compile(
    r"(?:(?:has|have|had|is|are|was|were|could|would|will|did|does|do|can|cannot|not|never|yet"
    r"|to|been|be|able|unable|declined|refused|independently|immediately|officially|neither|nor"
    r"|or|still|remains?|remained|[a-z]+n[’']t)\s+)*"
    r"(?:verif|confirm|corroborat|authenticat|geolocat|identif|substantiat|establish|determin"
    r"|ascertain|unverified|unconfirmed)[a-z]*(?:\s+(?:or|nor)\s+den(?:y|ied))?",
    re.IGNORECASE,
)
_NEITHER_FRAME = re.compile(NEITHER_CLAIM_HEAD + r"[^.,;:]*")
_OUTLET = "the outlet"
_THE_NEWS = re.compile(
    r"[Tt]he\s+(?:"
    + "|".join(
        sorted(
            set(load_lexicon("ver_news_objects"))
            - {
                "claim",
                "claims",
                "report",
                "reports",
                "figure",
                "figures",
                "statement",
                "story",
                "information",
                "details",
                "account",
                "accounts",
                "number",
                "numbers",
                "estimate",
                "content",
                "contents",
                "message",
                "messages",
                "document",
                "documents",
                "findings",
                "talks",
                "meeting",
            }
        )
    )
    + r")"
)
_OF_HEAD = re.compile(
    r"(?:the|its|their|his|her)\s+(?:exact\s+|precise\s+|full\s+|true\s+)?"
    r"(?:number|numbers|identity|identities|location|cause|extent|scale|size|authenticity"
    r"|origin|origins|source|scope|circumstances|whereabouts|fate|nature|timing|details"
    r"|contents?|death toll|toll)\s+of\s",
    re.IGNORECASE,
)
_PLACED = re.compile(r"^((?:the|a|an|one|two|three|some)\b[^,]{2,40}?)\s+(to|as)\s+(.{3,80})$")


def _explain(status: str, family: str, own: bool, plural: bool = False) -> str:
    """What a verification status means, for the explanation (``own``: the outlet's own)."""
    text = _explain_one(status, family, own)
    if plural:  # "officials have not confirmed this"
        return text.replace("has not ", "have not ", 1).replace("says it ", "say they ", 1)
    return text


def _explain_one(status: str, family: str, own: bool) -> str:
    if status == "unverified" and own:
        return "says it could not verify this: the story reports it without vouching for it"
    if status == "unverified":
        verb = "confirmed" if family == "confirm" else "verified"
        return f"has not {verb} this: it remains unconfirmed"
    if status == "verified":
        return "says it verified this itself"
    if status == "confirmed":
        return "confirmed this"
    return "neither confirmed nor denied this: it remains unconfirmed"


def _options(status: str, family: str, by: str) -> tuple[str, list[str]]:
    """The right option and the wrong ones: outcomes that cannot both be true."""
    if family == "verify":
        yes, no = f"{by} verified it", f"{by} could not verify it"
        right = yes if status in ("verified", "confirmed") else no
        wrong = [o for o in (yes, no) if o != right] + [f"{by} showed it to be false"]
        return right, wrong
    conf, den = f"{by} confirmed it", f"{by} denied it"
    if status in ("confirmed", "verified"):
        return conf, [den, f"{by} neither confirmed nor denied it"]
    if status == "unverified":
        have = "have" if _plural(by) else "has"
        return f"{by} {have} not confirmed it", [conf, den]
    return f"{by} neither confirmed nor denied it", [conf, den]


def _plural(by: str) -> bool:
    """Whether a verifier reads as a plural ("Kaldovan officials", "police"), not a name that
    ends in s ("Reuters")."""
    last = by.split()[-1] if by.split() else ""
    return last.lower() in ("police", "authorities", "officials") or (
        last[:1].islower() and last.endswith("s") and not last.endswith("ss")
    )


def _family(ctx: Context, v: Verification) -> str:
    words = ctx.text[v.span[0] : v.span[1]].lower()
    if "confirm" in words and "verif" not in words:
        return "confirm"
    return "verify"


def _by_ok(by: str) -> bool:
    toks = tokens(by)
    if toks and toks[0].lower() in ("neither", "no", "none"):
        return False  # "Neither government has confirmed …": no one to ask "did X confirm"
    return bool(toks) and not (len(toks) == 1 and is_pronoun(toks[0], at_start=True))


_GROUPS = frozenset(load_lexicon("gen_generic_sources")) | {"officials", "police", "witnesses"}


def _as_written(ctx: Context, v: Verification, name: str) -> str:
    """A one-word verifier as the sentence writes it: "the Ledger" for "The Ledger could not
    confirm", "officials" for a sentence-initial "Officials have yet to confirm"."""
    if name == _OUTLET:
        return name
    words = name.split()
    if len(words) > 1:  # "Prison officials have not …" -> "prison officials", not "Kaldovan …"
        lowered = re.search(rf"(?<![.!?]\s)\b{re.escape(words[0].lower())}\b", ctx.story_norm)
        at_start = ctx.text.startswith(name, v.span[0])
        if at_start and words[-1].lower() in _GROUPS and words[0].istitle() and lowered:
            return " ".join([words[0].lower(), *words[1:]])
        return name
    at = ctx.text[v.span[0] : v.span[0] + len(name) + 4]
    if at.lower() == f"the {name.lower()}"[: len(at)] and at[:4].lower() == "the ":
        return f"the {name}"
    if at.startswith(name) and name.lower() in _GROUPS:
        return name.lower()
    story = ctx.text[ctx.story.span[0] : ctx.story.span[1]]
    uses = re.findall(rf"(\b[Tt]he\s+)?\b{re.escape(name)}\b(?!\s+[A-Z])", story)
    if uses and all(uses):  # the story writes "the BBC" wherever the name stands alone
        return f"the {name}"
    return name


def object_phrase(ctx: Context, v: Verification) -> tuple[str, Claim | None] | None:
    """What was (not) verified, as "that <clause>", "whether ...", a noun phrase, or "the claim
    that ..." for an anaphoric object; and the claim it refers to, if any."""
    whole = _whole_claim(ctx, v)
    if whole is not None:  # "A said X. B said Y. Neither claim could be verified.": X, and Y
        phrase = clause_phrase(whole, ctx.text, bare_plural=True)
        return (f"the claim {phrase}", whole) if phrase and phrase.startswith("that ") else None
    obj = strip_that(strip_edges(v.object))
    aside = _CLAIMS_ASIDE.fullmatch(obj)
    if aside:  # "claims, shared widely on social media, that a dam was opened": the claims
        obj = f"{aside.group(1)} {aside.group(2)}"
    place = _PLACED.match(obj)
    if place:  # "geolocate the video to a street", "identify one of the men as X"
        thing, link, what = place.groups()
        obj = f"that {thing} was {what}" if link == "as" else thing
        obj = obj if word_count(obj) >= 3 or link == "as" else f"where {thing} was filmed"
        return (obj, None) if quotes_balanced(obj) and not unresolved_pronoun(obj) else None
    owner = _POSSESSED.match(obj)
    if owner:  # "her account" -> "Alena's account": the speaker of the claim just before
        claim = _antecedent(ctx, v)
        info = claim and claim.source and claim.source_kind in PERSON_KINDS
        if not info or not claim or not _fits(owner.group(1), claim):
            return None
        return f"{display_for(ctx, str(claim.source))}’s {owner.group(2)}", claim
    if v.status == "neither confirmed nor denied" and _THE_NOUN.fullmatch(obj):
        claim = _antecedent(ctx, v)  # "would neither confirm nor deny the requests"
        phrase = clause_phrase(claim, ctx.text) if claim else None
        if claim and phrase and phrase.startswith("that "):
            return f"the report {phrase}", claim
    if _ANAPHORIC.match(obj):
        claim = _antecedent(ctx, v)
        if claim and _COUNT_NOUN.search(obj) and not _NUMBER.search(claim.content):
            return None  # "the casualty figures" after a quote with no figure: given elsewhere
        phrase = clause_phrase(claim, ctx.text) if claim else None
        if claim and phrase and phrase.startswith("that "):
            return f"the claim that {_counted(obj, phrase[5:])}", claim
        if claim and claim.source and claim.source_kind not in ("anonymous", "unnamed"):
            noun = obj.lower() if obj.lower().startswith("the ") else "the claim"
            return f"{noun} given by {display_for(ctx, claim.source)}", claim
        return None
    if unresolved_pronoun(obj):
        found = _restated(ctx, v, obj)  # "its forces had …, a claim that could not be verified"
        if found:
            return found
    if _THE_NEWS.fullmatch(obj):
        return obj[:1].lower() + obj[1:], None  # "the strike", "the deaths": short but news
    if not 3 <= word_count(obj) <= 30 or not quotes_balanced(obj) or unresolved_pronoun(obj):
        return None
    first = obj.split()[0].lower()
    if first in _WH:
        return obj, None
    if _OF_HEAD.match(obj):
        return obj, None  # "the number of people killed after …": a noun phrase, not a clause
    if is_clause(obj) and opens_clause(obj):
        return f"that {obj}", None
    said = ctx.text[v.span[0] : v.span[1]]
    if is_clause(obj) and re.search(r"\bthat\s+" + re.escape(obj), said):
        return f"that {obj}", None  # "could not confirm that contact had been made"
    return (obj, None) if first in _NP_OPENERS else None


_CLAIMS_ASIDE = re.compile(
    r"((?:the\s+)?(?:claims?|reports?|allegations?|rumou?rs?)),\s+[a-z][^,;:“”\"]{2,60},\s+"
    r"(that\s+.+)",
    re.IGNORECASE,
)


_POSSESSED = re.compile(
    r"(his|her|their)\s+(account|accounts|claim|claims|version|story|allegations?)", re.IGNORECASE
)
_THE_NOUN = re.compile(r"the\s+[a-z]+s?", re.IGNORECASE)


def _fits(possessive: str, claim: Claim) -> bool:
    """Whether "his/her/their" can stand for a claim's source: "their" only for a group."""
    return (possessive.lower() == "their") == (claim.source_kind not in ("person", "official"))


_COUNT_NOUN = re.compile(r"\b(?:figures?|numbers?|toll|tally|count|amount|sum)$", re.IGNORECASE)


_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\b",
    re.IGNORECASE,
)


def _counted(obj: str, clause: str) -> str:
    """Of a claim of several "that" clauses, the one a figure refers to: "the casualty figures"
    after "27 people were hurt and that rescuers were searching" -> "27 people were hurt"."""
    parts = clause.split(" and that ")
    if len(parts) < 2 or not _COUNT_NOUN.search(obj):
        return clause
    counted = [p for p in parts if re.search(r"\d", p)]
    return counted[0] if len(counted) == 1 else clause


def _restated(ctx: Context, v: Verification, obj: str) -> tuple[str, Claim] | None:
    """An appositive's object as the claim it restates, its pronoun resolved by the claim's
    source ("the claim that Kaldova's forces had destroyed …")."""
    span = v.sentence_span or v.span
    for claim in ctx.claims_in(span):
        if claim.stance == "asserts" and strip_that(strip_edges(claim.content)).startswith(obj):
            phrase = clause_phrase(replace(claim, content=obj), ctx.text)
            if phrase and phrase.startswith("that "):
                return f"the claim that {phrase[5:]}", claim
    return None


def _whole_claim(ctx: Context, v: Verification) -> Claim | None:
    """The claim a verification's object is, word for word, in a sentence before the
    statement's own ("Neither claim could be verified" reads each of the two before it)."""
    start = v.sentence_span[0] if v.sentence_span else v.span[0]
    before = ctx.sentence_before(start)
    if before is None:
        return None
    further = ctx.sentence_before(before.span[0])  # "neither" reads at most two sentences back
    for c in ctx.claims_from((further or before).span[0], start):
        if c.content == v.object and c.sentence_span[1] <= start:
            return c
    return None


def _antecedent(ctx: Context, v: Verification) -> Claim | None:
    """The claim an anaphoric object refers to: the last one ending before it, in its own
    sentence or the sentence before."""
    start = v.sentence_span[0] if v.sentence_span else v.span[0]
    before = ctx.sentence_before(start)
    lo = before.span[0] if before else start
    found = [
        c
        for c in ctx.claims_from(lo, v.span[0])
        if c.content_span[1] <= v.span[0] and c.stance == "asserts"
    ]
    return found[-1] if found else None


@register(KIND, "Verification", limit=4)
def build(ctx: Context) -> list[Question]:
    """Status questions from verification statements, and "what did X confirm" from claims."""
    confirms = _confirm_questions(ctx)
    asked = {q.evidence.span for q in confirms}
    out = []
    for v in ctx.story.verification:
        q = _status_question(ctx, v)
        if q and not (v.status == "confirmed" and q.evidence.span in asked):
            out.append(q)
    return out + confirms


def _status_question(ctx: Context, v: Verification) -> Question | None:
    found = object_phrase(ctx, v)
    if not found or not _by_ok(v.by):
        return None
    phrase, claim = found
    own = v.by in (_OUTLET, _outlet(ctx))
    name = _OUTLET if v.by == _OUTLET else _as_written(ctx, v, display_for(ctx, v.by))
    last = name.split()[-1]
    bare_group = last in _GROUPS and last.endswith(("s", "police"))  # "officials", "prison …"
    if (
        name[:1].islower()
        and not bare_group
        and name.split()[0] not in ("the", "a", "an", "his", "her", "its")
    ):
        name = f"the {name}"  # "did the campaign confirm", not "did campaign confirm"
    family = _family(ctx, v)
    right, wrong = _options(v.status, family, capitalize(name))
    ask = "was {by} able to verify" if family == "verify" else "did {by} confirm"
    prompt = f"According to the story, {ask.format(by=name)} {phrase}?"
    span = v.sentence_span or v.span
    if claim is not None and claim.sentence_span[0] < span[0]:
        span = (claim.sentence_span[0], span[1])
    frame = _NEITHER_FRAME.match(ctx.text, v.span[0], v.span[1]) or _FRAME_RE.search(
        ctx.text, v.span[0], v.span[1]
    )  # "Neither claim could be verified" whole: its "could be verified" alone says the opposite
    cue = frame.group() if frame else None
    evidence = ctx.evidence(
        ctx.line_of(span[0]), span, cue, cue_span=frame.span() if frame else None
    )
    said = f"{_said(cue)}: " if cue else ""
    meaning = _explain(v.status, family, own, _plural(name))
    explanation = f"The story says: {quoted(evidence.text)} — {said}{name} {meaning}."
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=right,
        wrong=wrong,
        explanation=explanation,
        evidence=evidence,
        difficulty=3 if v.status == "neither confirmed nor denied" else 2,
        key=(v.status, phrase),
    )


def _outlet(ctx: Context) -> str:
    """The outlet's own name (``verification.outlet_name``), worked out once per story."""
    name = ctx.cache.get("outlet_name")
    if name is None:
        name = ctx.cache["outlet_name"] = outlet_name(ctx.text, ctx.story)
    return str(name)


def _said(cue: str) -> str:
    return f"the words {quoted(cue)}" if len(cue.split()) > 1 else f"the word {quoted(cue)}"


def _names_itself(name: str, right: str, wrong: list[str]) -> bool:
    """Whether the right option alone repeats the name the prompt asks about ("What did Reuters
    confirm?" — "That Reuters was able to identify…"), which gives the answer away."""
    named = content_words(name)
    return bool(named & content_words(right)) and not any(named & content_words(w) for w in wrong)


def _inside_any(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether an offset lies inside one of some sorted spans (those starting at or before it
    are looked at from the nearest back, and spans of one sentence do not nest deeply)."""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    for s, e in reversed(spans[max(0, i - 8) : i + 1]):
        if s <= at < e:
            return True
    return False


def _confirm_questions(ctx: Context) -> list[Question]:
    sources = story_sources(ctx)
    confirmed = sorted(v.span for v in ctx.story.verification if v.status == "confirmed")
    out = []
    for claim in ctx.story.claims:
        info = sources.get(source_key(claim.source or ""))
        confirms = claim.stance == "confirms" and info and not nested(ctx, claim)
        if confirms and not _inside_any(confirmed, claim.content_span[0]):
            confirms = False  # "has not confirmed that": not a confirmation
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
                    f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: "
                    f"{info.name} confirmed this."
                ),
                evidence=ctx.claim_evidence(claim),
                difficulty=2,
                key=("confirms", claim.content_span),
            )
        )
    return out
