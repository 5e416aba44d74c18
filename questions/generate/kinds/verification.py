"""verification (Verification): what the outlet or a source verified, could not verify,
confirmed, or neither confirmed nor denied; and what a source confirmed.

Options are the possible outcomes for the same verifier ("The outlet verified it" / "The outlet
could not verify it" / ...), so exactly one of them is what the story reports. A verification
whose object is only "the figure" or "the claim" asks about the claim it refers to, the nearest
claim before it ("Russia said 70 fighters died. The figure could not be verified.").
A plural matter is "them" in the options ("Reuters could not verify them"); "has not verified"
is keyed as written ("Reuters has not verified them"), never as a failed attempt; and "X has
not confirmed reports that …" asks nothing when an official stated the matter earlier.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from questions.generate.claims import (
    clause_phrase,
    nested,
    other_attribution,
    other_clauses,
    outlet_claim,
)
from questions.generate.explain import cue_of, quoted
from questions.generate.kinds.fact_or_claim import RECORDS_SHOW
from questions.generate.registry import Context, make_question, register
from questions.generate.sources import _person_source, display_for, source_key, story_sources
from questions.generate.text import (
    capitalize,
    content_words,
    is_clause,
    is_pronoun,
    lower_positional,
    opens_clause,
    quotes_balanced,
    strip_edges,
    strip_that,
    tokens,
    unintroduced_definite,
    unresolved_pronoun,
    vague_reference,
    word_count,
)
from questions.model import Claim, Question, Sentence, Verification
from questions.names import GIVEN_NAMES, PERSON_KINDS, PERSON_NAME_RE, Namer
from questions.sources import Mention
from questions.text import load_lexicon
from questions.verification import (
    DEMONSTRATIVE,
    NEITHER_CLAIM_HEAD,
    NO_VERIFIER,
    OUTLET_CREDITS,
    SAID_OBJECT,
    UNSEEN_GROUPS,
    outlet_name,
    unseen_group,
)

KIND = "verification"
_NP_OPENERS = frozenset({"the", "a", "an", "any", "some", "reports", "claims", "footage"})
_WH = frozenset({"whether", "if", "how", "who", "what", "when", "where", "why", "which"})
_ANAPHORIC = re.compile(
    r"^(?:it|this|that|(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|figures?|reports?|accounts?|numbers?|assertions?|allegations?|toll|tally"
    r"|amount|sum|valuation))$",
    re.IGNORECASE,
)
_FRAME_RE = re.compile(
    r"(?<![\w’'-])"  # a whole word: not the "or" that ends "Regulator" before "confirmed"
    r"(?:(?:has|have|had|is|are|was|were|could|would|will|did|does|do|can|cannot|not|never|yet"
    r"|to|been|be|able|unable|declined|refused|independently|immediately|officially|neither|nor"
    r"|or|still|remains?|remained|in\s+a\s+position|[a-z]+n[’']t)\s+)*"
    r"(?:verif|confirm|corroborat|authenticat|geolocat|identif|substantiat|establish|determin|check"
    r"|ascertain|unverified|unconfirmed)[a-z]*(?:\s+(?:or|nor)\s+den(?:y|ied))?",
    re.IGNORECASE,
)
_NEITHER_FRAME = re.compile(NEITHER_CLAIM_HEAD + r"[^.,;:]*")
# "has not seen", "was not able to review": an outlet that has not seen the evidence itself
# (``questions.verification._unseen``), the frame when no verb of verification is in the span
_UNSEEN_FRAME = re.compile(
    r"(?<![\w’'-])(?:(?:has|have|had|is|are|was|were|could|been|not|to|able|unable|cannot"
    r"|yet|immediately|independently|[a-z]+n[’']t)\s+)+(?:seen|see|reviewed|review|viewed|view"
    r"|examined|examine)\b",
    re.IGNORECASE,
)


def _frame_of(ctx: Context, v: Verification) -> re.Match[str] | None:
    """The words of a statement's frame ("could not be independently verified", "has not
    seen"): a verb of verification's, else an unseen piece of evidence's."""
    return (
        _FRAME_RE.search(ctx.text, v.span[0], v.span[1])
        or _UNSEEN_FRAME.search(ctx.text, v.span[0], v.span[1])
        or _NOT_SAY_FRAME.search(ctx.text, v.span[0], v.span[1])
    )


# "would not say whether": a body's silence on its own act
# (``verification._said_nothing_of_itself``)
_NOT_SAY_FRAME = re.compile(r"\b(?:would|will|did|could)\s+not\s+say\s+whether\b")


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
                "valuation",
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


def _explain(
    status: str,
    family: str,
    own: bool,
    plural: bool = False,
    declined: str | None = None,
    not_yet: bool = False,
    value: bool = False,
) -> str:
    """What a verification status means, for the explanation (``own``: the outlet's own;
    ``not_yet``: "has not verified", no failed attempt; ``value``: a matter no one stated, "how
    many transfers", "the cause of the fires", which the story leaves open)."""
    if status == "unverified" and declined:
        return f"{declined} to confirm this: it remains unconfirmed"
    text = _explain_one(status, family, own, not_yet)
    if status == "unverified" and value:  # no figure is given: nothing is reported unvouched
        text = text.split(":")[0] + ": the story leaves it open"
    if plural:  # "officials have not confirmed this", "say they verified this themselves"
        text = text.replace("has not ", "have not ", 1).replace("says it ", "say they ", 1)
        return text.replace(" itself", " themselves", 1)
    return text


def _explain_one(status: str, family: str, own: bool, not_yet: bool = False) -> str:
    if status == "unverified" and family in _CHECK_VERBS:
        return f"says it could not {family} this: it remains unproven"
    if status == "unverified" and own and not_yet:
        verb = "confirmed" if family in ("confirm", "own confirm") else "verified"
        return f"says it has not {verb} this: the story reports it without vouching for it"
    if status == "unverified" and own:
        verb = "confirm" if family == "own confirm" else "verify"  # "was unable to confirm"
        return f"says it could not {verb} this: the story reports it without vouching for it"
    if status == "unverified":
        verb = "confirmed" if family == "confirm" else "verified"
        return f"has not {verb} this: it remains unconfirmed"
    if status == "verified" and family == "confirm":
        return "confirmed this"  # "was able to confirm that a tremor was recorded"
    if status == "verified":
        return "says it verified this itself"
    if status == "confirmed":
        return "confirmed this"
    return "neither confirmed nor denied this: it remains unconfirmed"


def _options(
    status: str,
    family: str,
    by: str,
    declined: str | None = None,
    not_yet: bool = False,
    it: str = "it",
    value: bool = False,
) -> tuple[str, list[str]]:
    """The right option and the wrong ones: outcomes that cannot both be true. The outlet's own
    check ("own confirm") could or could not confirm, or showed false; it does not deny. A
    source that "declined to confirm" is keyed as it is written; one that "has not verified"
    (``not_yet``: no attempt said to have failed) as not having verified. ``it`` is "them" for
    a plural matter ("the videos"). A ``value`` matter ("the identity of the dead man", "the
    location of the video") is no statement: no one denies it or shows it false, so the third
    option is "The story does not say"."""
    have = "have" if _plural(by) else "has"
    if family in ("verify", "own confirm") or family in _CHECK_VERBS:
        verb, past = ("verify", "verified") if family == "verify" else ("confirm", "confirmed")
        if family in _CHECK_VERBS:
            verb, past = family, _CHECK_VERBS[family]
        yes = f"{by} {past} {it}"
        no = f"{by} {have} not {past} {it}" if not_yet else f"{by} could not {verb} {it}"
        right = yes if status in ("verified", "confirmed") else no
        third = _NOT_SAID if value else f"{by} showed {it} to be false"
        return right, [o for o in (yes, no) if o != right] + [third]
    conf, den = f"{by} confirmed {it}", f"{by} denied {it}"
    if value:  # "Officials declined to confirm the identity": confirmed or not, never denied
        no = f"{by} {declined} to confirm {it}" if declined else f"{by} {have} not confirmed {it}"
        if status == "neither confirmed nor denied":
            no = f"{by} neither confirmed nor denied {it}"
        right = conf if status in ("confirmed", "verified") else no
        return right, [o for o in (conf, no) if o != right] + [_NOT_SAID]
    if status in ("confirmed", "verified"):
        return conf, [den, f"{by} neither confirmed nor denied {it}"]
    if status == "unverified" and declined:
        return f"{by} {declined} to confirm {it}", [conf, den]  # "declined to confirm the dose"
    if status == "unverified":
        return f"{by} {have} not confirmed {it}", [conf, den]
    return f"{by} neither confirmed nor denied {it}", [conf, den]


_NOT_SAID = "The story does not say"
# A matter that is a value, not a statement ("the identity of the dead man", "the woman's
# nationality", "the location of the video", "when it was filmed"): it can be confirmed or
# not, but no one denies it or shows it to be false
_VALUE = re.compile(
    r"(?:(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:exact\s+|precise\s+|full\s+)?"
    r"(?:identity|identities|nationality|nationalities|name|names|age|ages|location|locations"
    r"|whereabouts|cause|origin|origins|timing|extent|scale|size|number|fate|nature|motive"
    r"|authenticity|provenance)"
    r"|(?:how|who|what|when|where|why|whether)\b)(?:\s|$)",
    re.IGNORECASE,
)


# "has not verified", "have not yet independently confirmed", "has yet to verify": no attempt
# said to have failed (not "could not verify", "was unable to", "has not been able to")
_NOT_YET = re.compile(
    r"\b(?:(?:has|have|had)\s+not|hasn[’']t|haven[’']t)\s+(?:yet\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed|seen|reviewed|viewed|examined)\b"  # "has not seen the document"
    r"|\b(?:has|have)\s+yet\s+to\s+(?:independently\s+)?(?:verify|confirm)\b"
    r"|\bnot\s+(?:yet\s+)?in\s+a\s+position\s+to\s+(?:verify|confirm)\b"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
# What stops a noun phrase's head ("the videos posted online", "the reports of fighting")
_HEAD_STOP = re.compile(
    r"\s(?:of|that|which|who|from|in|on|at|by|about|showing|with|to|for|posted|shared|given"
    r"|released|sent|circulating|published|filmed)\s|,"
)
_PLURAL_HEADS = frozenset({"people", "men", "women", "children", "police", "data", "media"})
_SINGULAR_IN_S = frozenset(
    {"whereabouts", "news", "series", "headquarters", "means", "species", "status", "alias"}
)


def _plural_matter(phrase: str) -> bool:
    """Whether the matter a prompt asks about is a plural noun phrase ("the videos", "reports
    that two homes burned", "the images posted online"), to be "them" in the options; not a
    clause ("that ...", "whether ...") nor a single thing ("the claim that …", "the footage",
    "the number of deaths")."""
    words = phrase.split()
    if not words or words[0].lower() in _WH or words[0].lower() == "that":
        return False
    head = _HEAD_STOP.split(f"{phrase} ", maxsplit=1)[0].split()
    last = head[-1].lower().strip("”\"’'") if head else ""
    if last in _PLURAL_HEADS:
        return True
    if last in _SINGULAR_IN_S:
        return False
    return (
        len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "’s", "'s"))
    )


def _plural(by: str) -> bool:
    """Whether a verifier reads as a plural ("Kaldovan officials", "police", a capitalised
    "Organisers" or "Investigators" opening an option), not a name that ends in s ("Reuters")."""
    head = re.split(r"\s(?:in|at|from|of|on)\s", by, maxsplit=1)[0]  # "reporters at the scene"
    last = head.split()[-1] if head.split() else ""
    return last.lower() in _PLURAL_GROUPS or (
        last[:1].islower() and last.endswith("s") and not last.endswith("ss")
    )


def _family(ctx: Context, v: Verification) -> str:
    words = ctx.text[v.span[0] : v.span[1]].lower()
    if v.status == "neither confirmed nor denied" and "verif" not in words:
        return "confirm"  # "would not say whether it had opened an investigation"
    if "confirm" in words and "verif" not in words:
        return "confirm"
    for verb in _CHECK_VERBS:  # "could not independently determine the cause": determine
        if "verif" not in words and re.search(rf"\b{verb[:-1]}", words):
            return verb
    return "verify"


# verbs of a check asked as they are written, as "verify" is
_CHECK_VERBS = {"determine": "determined", "establish": "established"}


def _by_ok(by: str) -> bool:
    toks = tokens(by)
    if toks and toks[0].lower() in ("neither", "no", "none"):
        return False  # "Neither government has confirmed …": no one to ask "did X confirm"
    return bool(toks) and not (len(toks) == 1 and is_pronoun(toks[0], at_start=True))


_PLURAL_GROUPS = frozenset(load_lexicon("ver_plural_groups"))
_GROUPS = frozenset(load_lexicon("gen_generic_sources")) | _PLURAL_GROUPS | {"correspondents"}
# Common nouns that open a group verifier at a sentence's start ("Hospital officials in …",
# "Coastguard officers …"): lower-cased inside a question, unlike "Kaldovan officials"
_COMMON_OPENERS = frozenset(
    "hospital health police army military coastguard fire rescue border government city state"
    " county local regional school prison court security intelligence defence defense medical"
    " emergency election airport airline company ministry union campaign party village town"
    " council customs immigration navy port coast independent outside".split()
)
_PLACE_OF = re.compile(
    r"\s+in\s+the\s+(?:(?:nearby|neighbouring|neighboring|northern|southern|eastern|western"
    r"|coastal|border)\s+)?(?:town|city|village|port|region|province|district)\s+of\s+"
)


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*|[—–-]\s+)$")


def _only_initial(ctx: Context, name: str) -> bool:
    """Whether every time the story writes a name it opens a sentence ("Fire officials said
    they …"), so that its capital is no proof of a proper name. Worked out once per name and
    story: a story naming one verifier a thousand times scans its text once."""
    known = ctx.cache.setdefault("only_initial", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if name not in known:
        story = ctx.story_text
        found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", story)]
        known[name] = bool(found) and all(
            _SENTENCE_OPENING.search(story, max(0, at - 4), at) for at in found
        )
    return bool(known[name])


def _group_as_written(ctx: Context, name: str) -> str:
    """A group the story names only at a sentence's start ("Rebels said …", "Government troops
    said …") as it reads inside a question: "rebels", "government troops". A name ("Kaldovan
    officials", "Reuters") or a group the story also writes capitalised inside a sentence keeps
    its capitals."""
    words = name.split()
    if not words or not words[0].istitle() or words[-1].lower() not in _PLURAL_GROUPS:
        return name
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _COMMON_OPENERS):
        return name
    return name[:1].lower() + name[1:] if _only_initial(ctx, name) else name


def _common_noun_phrase(ctx: Context, v: Verification, name: str) -> bool:
    """Whether a verifier of several words opening its sentence is a common noun phrase with a
    sentence-initial capital ("City hall has not confirmed …", "Hospital staff could not …"):
    its later words are in lower case, and its first is no name the story writes capitalised
    inside a sentence, nor a given name or a place ("City Hall", "Kaldovan officials" keep)."""
    words = name.split()
    if len(words) < 2 or not words[0].istitle() or not ctx.text.startswith(name, v.span[0]):
        return False
    if not all(w[:1].islower() for w in words[1:]) or not _only_initial(ctx, words[0]):
        return False
    return words[0].lower() in _COMMON_OPENERS


def _lowered_in_story(ctx: Context, word: str) -> bool:
    """Whether the story writes a word in lower case inside a sentence ("prison" of "Prison
    officials …"): worked out once per word and story."""
    known = ctx.cache.setdefault("lowered_words", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if word not in known:
        found = re.search(rf"(?<![.!?]\s)\b{re.escape(word)}\b", ctx.story_norm)
        known[word] = found is not None
    return bool(known[word])


def _as_written(ctx: Context, v: Verification, name: str) -> str:
    """A one-word verifier as the sentence writes it: "the Ledger" for "The Ledger could not
    confirm", "officials" for a sentence-initial "Officials have yet to confirm"."""
    if name == _OUTLET:
        return name
    words = name.split()
    if len(words) > 1:  # "Prison officials have not …" -> "prison officials", not "Kaldovan …"
        lowered = _lowered_in_story(ctx, words[0].lower())
        at_start = ctx.text.startswith(name, v.span[0]) or _only_initial(ctx, name)
        short = _PLACE_OF.sub(" in ", name)  # "… in the nearby town of Brusk" -> "… in Brusk"
        head = re.split(r"\s(?:in|at|from|of|on)\s", short, maxsplit=1)[0].split()
        common = lowered or words[0].lower() in _COMMON_OPENERS
        group = len(head) == 2 and head[-1].lower() in _GROUPS
        alone = len(head) == 1 and head[0].lower() in _GROUPS  # "Reporters at the scene"
        if at_start and (group and common or alone) and words[0].istitle():
            return " ".join([words[0].lower(), *short.split()[1:]])
        if _common_noun_phrase(ctx, v, short):  # "City hall has not confirmed": "city hall"
            return short[:1].lower() + short[1:]
        return short
    at = ctx.text[v.span[0] : v.span[0] + len(name) + 4]
    if at.lower() == f"the {name.lower()}"[: len(at)] and at[:4].lower() == "the ":
        return f"the {name}"
    opening = v.sentence_span is not None and ctx.text.startswith(name, v.sentence_span[0])
    if (at.startswith(name) or opening) and name.lower() in _GROUPS:
        return name.lower()  # "Investigators …, but could not establish …": "investigators"
    return f"the {name}" if _always_the(ctx, name) else name


def _always_the(ctx: Context, name: str) -> bool:
    """Whether the story writes "the BBC" wherever the name stands alone; worked out once per
    name and story (a story of a thousand statements by one verifier scans its text once)."""
    known = ctx.cache.setdefault("always_the", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if name not in known:
        uses = re.findall(rf"(\b[Tt]he\s+)?\b{re.escape(name)}\b(?!\s+[A-Z])", ctx.story_text)
        known[name] = bool(uses) and all(uses)
    return bool(known[name])


# what a verifier says it has been told, its own check to follow after "but"/"and": "it had
# received reports of shelling but could not confirm those reports"
_RECEIVED_REPORTS = re.compile(
    r"\b(?:received|had|heard)\s+reports\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
    r"\s+(?:but|and)\s+(?:could|would|did|was|has|had)\b"
)


def object_phrase(ctx: Context, v: Verification) -> tuple[str, Claim | None] | None:
    """What was (not) verified, as "that <clause>", "whether ...", a noun phrase, or "the claim
    that ..." for an anaphoric object; and the claim it refers to, if any."""
    whole = _whole_claim(ctx, v)
    if whole is not None:  # "A said X. B said Y. Neither claim could be verified.": X, and Y
        phrase = clause_phrase(whole, ctx.text, bare_plural=True)
        content = strip_that(strip_edges(whole.content))
        phrase = phrase or _by_source_clause(ctx, whole)
        phrase = phrase or _group_pronoun_clause(ctx, whole, content)  # "that rebels had …"
        ok = phrase and phrase.startswith(("that ", "by "))
        return (f"the claim {phrase}", whole) if ok else None
    head = _relative_head(ctx, v)
    if head is not None:  # "The ledgers, which have not been …", "Video …, whose …"
        return head
    obj = strip_edges(_MEANS_AFTER.sub("", _SPEECH_TAG.sub("", v.object)))
    obj = _OF_ASIDE.sub(r"\1, that ", obj)  # "the second death, of a man": "…, that of a man"
    obj = obj if DEMONSTRATIVE.fullmatch(obj) else strip_that(obj)  # "that figure" stays
    if obj.split()[:1] and obj.split()[0].lower() in ("whether", "if"):
        if v.status not in ("unverified", "neither confirmed nor denied"):
            return None
        return _whether(obj) or _whether_itself(ctx, v, obj)
    but_not = _BUT_NOT.fullmatch(obj) if v.status in ("verified", "confirmed") else None
    if but_not:  # "verified the location of the video but not when it was filmed": the location
        obj = but_not.group(1)
    if obj.split()[:1] in (["The"], ["A"], ["An"]):
        obj = obj[0].lower() + obj[1:]  # "The ruling stands, the registry confirmed."
    elif _opens_sentence(ctx, v, obj):  # "Laboratory tests … found salmonella, X confirmed.":
        obj = lower_positional(obj, ctx.text)  # "that laboratory tests …", but "that Kestrel …"
    told = _TOLD_REPORT.fullmatch(obj)
    if told:  # "A report in the weekly Courier that the mayor had been warned …": the report that …
        obj = f"the {told.group(1).lower()} {told.group(2)}"
    aside = _CLAIMS_ASIDE.fullmatch(obj)
    if aside:  # "claims, shared widely on social media, that a dam was opened": the claims
        obj = f"{aside.group(1)} {aside.group(2)}"
    place = _PLACED.match(obj) if _placing(ctx, v) else None
    if place:  # "geolocate the video to a street", "identify one of the men as X"
        thing, link, what = place.groups()
        obj = f"that {thing} was {what}" if link == "as" else thing
        obj = obj if word_count(obj) >= 3 or link == "as" else f"where {thing} was filmed"
        return (obj, None) if quotes_balanced(obj) and not unresolved_pronoun(obj) else None
    whose = _PERSONAL.fullmatch(obj)
    if whose:  # "Police declined to confirm his identity" after "A man was arrested …"
        person = _person_before(ctx, v, whose.group(1).lower())
        return (f"the {person}’s {whose.group(2)}", None) if person else None
    its = _ITS_CLAIMS.fullmatch(obj)
    if its:  # "Its claims could not be verified": the claims of the one group that spoke before
        return _group_claims(ctx, v, its.group(1).lower())
    papers = _PAPERS_BACK.fullmatch(obj)
    if papers:  # "The documents could not be verified": the papers the sentence before brings in
        return _papers_before(ctx, v)
    owner = _POSSESSED.match(obj)
    if owner:  # "her account" -> "Alena's account": the speaker of the claim just before
        claim = _antecedent(ctx, v)
        info = claim and claim.source and claim.source_kind in PERSON_KINDS
        if not claim or not claim.source:
            return _unnamed_teller(ctx, v, owner.group(1).lower(), owner.group(2).lower())
        if not info and owner.group(1).lower() == "their" and _fits("their", claim):
            return _group_account(ctx, claim)  # "Fishermen said … . X could not verify their
            # account": the claim that …, as "the claim" of a group is asked
        if not info or not _fits(owner.group(1), claim):
            return None
        return f"{display_for(ctx, str(claim.source))}’s {owner.group(2)}", claim
    kin = _OF_KIN.fullmatch(obj)
    if kin:  # "the account of her brother" after "Her brother, Luca Renn, said …": Renn's
        return _kin_account(ctx, v, kin.group(2).lower(), kin.group(1))
    if v.status == "neither confirmed nor denied" and _THE_NOUN.fullmatch(obj):
        claim = _antecedent(ctx, v)  # "would neither confirm nor deny the requests"
        phrase = clause_phrase(claim, ctx.text) if claim else None
        if claim and phrase and phrase.startswith("that "):
            return f"the report {phrase}", claim
    received = _RECEIVED_REPORTS.search(ctx.text, v.span[0], v.span[1])
    if received and re.fullmatch(r"(?:those|these|the)\s+reports", obj, re.IGNORECASE):
        return f"the reports of {received.group(1)}", None  # "it had received reports of
        # shelling but could not confirm those reports itself": the reports of shelling
    if _ANAPHORIC.match(obj):
        claim = _antecedent(ctx, v) or _reported_before(ctx, v, obj)
        if claim is None and _TOLL.fullmatch(obj):
            return obj[:1].lower() + obj[1:], None  # "Police could not confirm the death toll"
        if claim is None and _COUNT_NOUN.search(obj):
            return _record_before(ctx, v)  # "Filings show … 12 million. X has not confirmed the
            # valuation": what the records show, if the sentence before is one of them
        if claim and _COUNT_NOUN.search(obj) and not _NUMBER.search(claim.content):
            return None  # "the casualty figures" after a quote with no figure: given elsewhere
        phrase = clause_phrase(claim, ctx.text) if claim else None
        if claim and not phrase:  # "Witnesses said gunmen had fired …": a bare plural subject
            phrase = clause_phrase(claim, ctx.text, bare_plural=True)
        counted = _counted(obj, phrase[5:]) if phrase and phrase.startswith("that ") else ""
        if claim and _COUNT_NOUN.search(obj):
            if _SINGLE_COUNT.search(obj) and len(_FIGURES.findall(counted or claim.content)) > 1:
                return None  # "12 rebels were killed and 30 captured. The figure …": which?
            if _SINGLE_COUNT.search(obj) and _claims_with_figures(ctx, v) > 1:
                return None  # "The army said 12 died, while rebels said 40 did. The figure …"
            if _WHEN_WHERE.search(counted or claim.content):
                counted = ""  # "killed 40 soldiers near Orvasa on Monday": only the number is
                # unverified, not the place and time; asked as "the figure given by …" below
        if claim and counted and _OWNER_WORD.search(counted) and vague_reference(counted):
            by = _by_source_clause(ctx, replace(claim, content=counted))
            return (f"the claim {by}", claim) if by else None  # "of its supporters": whose?
        if claim and counted:
            return f"the claim that {counted}", claim
        if claim and not phrase and not _COUNT_NOUN.search(obj):
            content = strip_that(strip_edges(claim.content))
            phrase = (
                _plural_clause(ctx, claim, content) if _CLAIM_NOUN_BACK.fullmatch(obj) else None
            )
            phrase = phrase or _own_pronoun_clause(ctx, claim)  # "… before him": before Barros
            phrase = phrase or _subject_told_clause(ctx, claim, content)  # "Voss told … she"
            phrase = phrase or _named_person_clause(claim, content)  # "Weiss … outside his home"
            phrase = phrase or _group_pronoun_clause(ctx, claim, content)
            phrase = phrase or _by_source_clause(ctx, claim)
            if phrase:
                return f"the claim {phrase}", claim
            return None  # "the claim given by X" never says what the claim is
        if claim and claim.source and claim.source_kind not in ("anonymous", "unnamed"):
            noun = obj.lower() if obj.lower().startswith("the ") else "the claim"
            # "a group calling itself BlackVessel": "given by BlackVessel"
            shown = display_for(ctx, claim.source)
            shown = _REFLEXIVE.sub("", shown.removeprefix("the ")) if " itself " in shown else shown
            shown = _group_as_written(ctx, shown)  # "given by rebels", not "given by Rebels"
            return f"{noun} given by {shown}", claim
        return None
    if _OWNED_WORDS.fullmatch(obj):
        return None  # "the company's assurance": the prompt would not say what it assured
    obj = _WHEN_TAKEN.sub("", obj)  # "the photographs or when they were taken": the photographs
    added = _ADDED_AFTER.fullmatch(obj)
    if added:  # "the death of a climber, a day after she was reported missing": the death
        obj = added.group(1)
    shows = _shows_after(ctx, v, obj)
    if shows:  # "The footage, which Reuters was able to verify, shows …": the footage that shows …
        return shows
    bare = _BARE_EVIDENCE.fullmatch(obj) if v.status == "unverified" else None
    evidence = bare and any(bare.group(1).lower() in g for g in UNSEEN_GROUPS)
    pointing = re.sub(r"\b(?:those|these)\b", "the", obj)  # "those emails": which emails?
    if bare and evidence and unintroduced_definite(pointing):  # "the footage": which footage?
        found = _evidence_before(ctx, v, bare.group(1).lower())
        if found is None and obj.lower().startswith("the "):
            # "Activists posted videos that they said showed … The videos could not be
            # verified": "the videos", asked when the story brings in no other (validate.py)
            return obj[:1].lower() + obj[1:], None
        return found
    if _self_pronoun(ctx, v, obj) and is_clause(obj):
        if _thing_before(ctx, v):
            return None  # "A blast shook the plant. The agency has not confirmed it was …"
        return f"that {obj}", None  # "the agency confirmed it had opened an inquiry"
    if _GERUND.fullmatch(obj) and not unresolved_pronoun(obj):
        return obj, None  # "has not confirmed receiving the letter": an act of the verifier's
    if unresolved_pronoun(obj):
        found = _restated(ctx, v, obj)  # "its forces had …, a claim that could not be verified"
        if found:
            return found
    if _DANGLING_THEIR.search(obj):
        # "Commanders said their fighters had killed 120 …, a figure that could not be …": the
        # claim by its speaker; otherwise whose, the prompt cannot say ("whether the fever
        # caused their deaths")
        return _restated(ctx, v, obj)
    obj = _unambiguous(ctx, v, obj) or ""
    if not obj:
        return None  # "the existence of the memo" in a story of several memos
    checkable = _family(ctx, v) == "verify" and _CHECKABLE.fullmatch(obj)  # "verify the post"
    if (
        _THE_NEWS.fullmatch(obj)
        or checkable
        or (v.status == "unverified" and SAID_OBJECT.fullmatch(obj))
    ):
        return obj[:1].lower() + obj[1:], None  # "the strike", "the deaths": short but news
    if _withheld_before(ctx, v, obj):
        return obj[:1].lower() + obj[1:], None  # "declined to confirm the dose", named just before
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
    if said[: len(obj)].lower() == obj.lower() and _TAG_AFTER.search(said):
        # "The ruling stands, the registry confirmed.": the clause before its attribution
        return (f"that {obj}", None) if not unresolved_pronoun(obj) else None
    return (obj, None) if first in _NP_OPENERS else None


# a speech tag closing the matter ("…was breached below the waterline, the coastguard said in a
# statement on Friday", "…killed nine people, according to the governor"): who told it, no
# part of what was (not) verified (``_tag_speaker`` names the teller in the explanation)
_SPEECH_TAG = re.compile(
    r",\s+(?:according\s+to\s+(?P<per>[^,;:“”\"]{3,80})|(?P<who>(?!(?:who|which|that|where"
    r"|when|but|and|or|while|although|though|as|yet|so|adding|saying)\b)"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:said"
    r"|says|told|added|stated|announced)\b[^,;:“”\"]*)$"
)
# the noun phrase opening a sentence that a relative statement after it hangs on: "The
# ledgers, which have not been independently verified, …", "Video shared on apps, whose
# authenticity could not be confirmed, …"
_OPENING_NP = re.compile(
    r"\s*((?:(?:The|These|Those)\s+)?[A-Z][a-z-]+(?:\s+[a-z][\w’'-]*){0,5}),\s+(which|whose\s+)$"
)


def _relative_head(ctx: Context, v: Verification) -> tuple[str, None] | None:
    """What a relative statement opening on "which" or "whose <noun>" is of, when its head
    opens the sentence ("The ledgers, which have not been independently verified" -> "the
    ledgers", a thing the sentence before named; "Video shared on messaging apps, whose
    authenticity could not be independently confirmed" -> "the authenticity of the video
    shared on messaging apps"); None for any other."""
    span = v.sentence_span
    if span is None or v.object.lower() not in ("which", "authenticity", "origin", "provenance"):
        return None
    m = _OPENING_NP.fullmatch(ctx.text, span[0], v.span[0] + (5 if v.object == "which" else 0))
    if m is None or (m.group(2) == "which") != (v.object == "which"):
        return None
    np = m.group(1)
    words = np.split()
    if any(w.lower() in _FINITE_VERBS or w.lower() in _WH or w == "that" for w in words):
        return None  # "Police said …, which": a clause, not a noun phrase
    the = np[:1].lower() + np[1:] if words[0] in ("The", "These", "Those") else f"the {np.lower()}"
    if v.object != "which":
        return f"the {v.object} of {the}", None
    before = ctx.sentence_before(span[0])
    head = words[-1].lower()
    if len(words) > 3 or before is None or not re.search(rf"\b{head}\b", before.text.lower()):
        return None  # "the ledgers" the sentence before brought in, and only that
    return the, None


def _tag_speaker(ctx: Context, v: Verification) -> str | None:
    """Who a speech tag closing a statement's matter names ("the agency" of "…, the agency said
    in a statement"), read in the matter or right after the statement in its sentence; None
    for no tag, or "according to" (the claim's source, not the verification's teller)."""
    m = _SPEECH_TAG.search(v.object)
    end = (v.sentence_span or v.span)[1]
    if m is None and v.span[1] < end:
        after = re.match(r",\s+[^,;:“”\"]*", ctx.text[v.span[1] : end].rstrip(" ."))
        m = _SPEECH_TAG.search(v.object + (after.group() if after else ""))
        if m is not None and m.start() < len(v.object):
            m = None
    who = m.group("who") if m else None
    if not who or is_pronoun(who.split()[0], at_start=False):
        return None
    return who[:1].lower() + who[1:] if who.split()[0] in ("The", "A", "An") else who


# a noun phrase and its aside of "of" ("the second death, of a 52-year-old woman"): read as "the
# second death, that of a 52-year-old woman", whole
_OF_ASIDE = re.compile(
    r"^((?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+[a-z][\w’'-]*?[^s\W]),\s+"
    r"(?=of\s+(?:a|an|the)\s+[^,;:]{3,60}$)"
)


# the attribution after a clause ("The ruling stands, the registry confirmed"): not the verb of
# a passive whose subject had an aside ("The second death, of a man, was confirmed by …")
_TAG_AFTER = re.compile(
    r",\s+(?!(?:was|were|is|are|has|have|had|could|can|would|will|may|might|must|be|been)\b)"
    r"\S[^,]*$",
    re.IGNORECASE,
)


# a claim owned by a noun with nothing of what it says: "the company's assurance"
_OWNED_WORDS = re.compile(
    r"(?:the\s+[a-z]+[’']s|its|their|his|her)\s+(?:assurances?|promises?|pledges?|explanation"
    r"|statements?|denials?)",
    re.IGNORECASE,
)
# "the photographs or when they were taken": when is a second matter, asked no more
_WHEN_TAKEN = re.compile(
    r"\s+or\s+(?:when|where)\s+(?:they|it)\s+(?:was|were)\s+(?:taken|filmed|made|recorded)$"
)
_OBJECT_PRONOUN = re.compile(r"\b(him|her)\b")
# how the check was made, or why it was withheld, after what was checked: "verified the video
# by comparing it with satellite images", "declined to confirm who owned the gun, citing the
# inquiry" — not part of the matter asked about
_MEANS_AFTER = re.compile(
    r",?\s+by\s+(?:comparing|matching|checking|cross-checking|cross-referencing|using|analys"
    r"ing|analyzing|examining|reviewing|studying|consulting)\b.*$"
    r"|,\s+(?:citing|saying|adding|pending)\b.*$",
    re.DOTALL,
)
# a noun phrase and, after a comma, when or what else: "the death of a climber on Sunday, a day
# after she was reported missing": the noun phrase ("which …" may say which it is: kept)
_ADDED_AFTER = re.compile(
    r"((?:the|an?)\s+[a-z][^,;:“”\"]{4,}?),\s+(?:(?:a|one|two|three)\s+(?:day|days|week|weeks"
    r"|hours?)\s+(?:after|before|since)|after|before|when|as)\b.+"
)


# a bare plural subject and the participle after it: "meals delivered under …", "files left …"
_PLURAL_PARTICIPLE = re.compile(
    r"(?![a-z]*(?:ss|us)\b)[a-z]{3,}s\s+(?:[a-z]{2,}(?:ed|en)|left|kept|made|held|sent|found)\s"
)


def _plural_clause(ctx: Context, claim: Claim, content: str) -> str | None:
    """A claim named back by "the claim" whose clause opens on a bare plural and a participle
    ("meals delivered under the contracts fell short …"), which ``clause_phrase`` leaves:
    "that <clause>", when it is one clause of one source and no pronoun is left unresolved."""
    if claim.quote == "direct" or not _PLURAL_PARTICIPLE.match(content):
        return None
    if not 4 <= word_count(content) <= 30 or not quotes_balanced(content):
        return None
    if unresolved_pronoun(content) or not is_clause(content) or other_attribution(content):
        return None
    return f"that {content}"


# a clause opening on a pronoun and a finite verb: "it had no vessels …", "he had seen …"
_LEADING_PRONOUN = re.compile(
    r"(it|they|he|she)\s+(?=(?:had|has|have|was|were|is|are|would|will)\s)"
)
# an unnamed person as the story brings them in: "A shopkeeper", "An engineer at the plant"
_SOMEONE = re.compile(r"(?:A|An)\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}")


def _group_pronoun_clause(ctx: Context, claim: Claim, content: str) -> str | None:
    """A claim whose clause opens on a pronoun for its own speaker ("Ostmark's coast guard said
    it had no vessels in the area", "A shopkeeper said he had seen …"): "that Ostmark's coast
    guard had no vessels in the area", "that a shopkeeper had seen …", the speaker as the story
    names it; None when the pronoun does not fit the speaker, another pronoun or a reported
    speech is left in the clause."""
    m = _LEADING_PRONOUN.match(content)
    if m is None or not claim.source or claim.quote == "direct":
        return None
    person = m.group(1) in ("he", "she")
    said = (claim.source_text or "").strip()
    if person and _SOMEONE.fullmatch(said):
        shown = said[:1].lower() + said[1:]  # "a shopkeeper"
    elif person and claim.source_kind in PERSON_KINDS and PERSON_NAME_RE.fullmatch(claim.source):
        shown = display_for(ctx, str(claim.source))
    elif person or claim.source_kind in PERSON_KINDS or _person_verifier(ctx, claim.source):
        return None
    else:
        shown = _group_as_written(ctx, display_for(ctx, str(claim.source)))
        if (m.group(1) == "they") != _plural(shown):
            return None
        if shown[:1].isupper() and ctx.text.startswith(shown, claim.sentence_span[0]):
            shown = lower_positional(shown, ctx.text)  # "Rebel fighters in the hills said they
            # …": "that rebel fighters in the hills had …", a capital of the sentence's start
    if not shown or unresolved_pronoun(shown):
        return None
    rest = content[m.end() :]
    if not 3 <= word_count(rest) <= 30 or not quotes_balanced(rest) or unresolved_pronoun(rest):
        return None
    if other_attribution(rest) or re.search(r"\b(?:told|said|says|that)\b", rest):
        return None  # "they had been told by officials that …": whose claim is asked?
    return f"that {shown} {rest}"


_OWNER_WORD = re.compile(r"\b(?:its|their)\b")
_GROUP_PRONOUNS = {"it": False, "its": False, "itself": False}
_GROUP_PRONOUNS |= {"they": True, "their": True, "them": True, "themselves": True}


def _by_source_clause(ctx: Context, claim: Claim) -> str | None:
    """A group's or body's claim that names its speaker only by a pronoun ("Government forces
    said they had retaken the airport", "The party said 300 of its supporters were held"), or
    opens on a bare noun ("Protesters said police fired …"): "by government forces that they
    had retaken the airport", the speaker as the story names it, so the pronoun has its owner
    in the prompt. None for a person (whose "he" may be another's), a pronoun that does not fit
    the speaker's number, reported speech inside, or a clause the prompt cannot carry."""
    if not claim.source or claim.quote == "direct" or claim.stance != "asserts":
        return None
    if claim.source_kind in PERSON_KINDS or claim.source_kind in ("anonymous", "record"):
        return None
    if _person_verifier(ctx, str(claim.source)):
        return None
    content = strip_that(strip_edges(claim.content))
    if not 4 <= word_count(content) <= 30 or not quotes_balanced(content):
        return None
    if not is_clause(_OWNER_WORD.sub("the", content)) or other_attribution(content):
        return None  # "their fighters still held …" is a clause as "the fighters …" is
    if re.search(r"\b(?:told|said|says|say|that|according)\b", content):
        return None  # "they had been told by officials that …": whose claim is asked?
    said = (claim.source_text or "").strip()
    if not said or re.search(r"[’']s\b", said.split()[0]):
        shown = display_for(ctx, str(claim.source))  # "Kaldova's main opposition party"
    else:
        shown = _group_as_written(ctx, said)  # "government forces", as the story writes them
        first = shown.split()[0]
        opener = first.lower() in _COMMON_OPENERS | _PLURAL_GROUPS | {"rebel", "opposition"}
        if first.istitle() and opener and _only_initial(ctx, first):
            shown = first.lower() + shown[len(first) :]  # "rebel leaders", "protesters in …"
    if not shown or unresolved_pronoun(shown) or word_count(shown) > 10:
        return None
    if _GROUP_NOUN.fullmatch(shown.lower()) or shown.lower() in _GROUPS:
        return None  # "by the group", "by officials": which?
    plural = _plural(shown)
    for tok in tokens(content):
        if is_pronoun(tok, at_start=False) or tok.lower() in _GROUP_PRONOUNS:
            if _GROUP_PRONOUNS.get(tok.lower()) != plural:
                return None  # "she", or "its" for "rebel leaders": not the speaker's
    first = content.split()[0]
    if first[:1].isupper():
        if first.lower() not in ("the", "a", "an"):
            return None  # a name, or a pronoun opening the clause: asked otherwise
        content = first.lower() + content[len(first) :]
    return f"by {shown} that {content}"


def _whether(obj: str) -> tuple[str, None] | None:
    """ "has yet to confirm whether overcrowding played a part", "It could not be established
    whether the building was empty": the open question as it is, asked as a value (confirmed
    or not, never denied); None for "if", or a question the prompt cannot carry alone."""
    rest = obj.split(None, 1)[1] if obj.lower().startswith("whether ") else ""
    if not 3 <= word_count(rest) <= 25 or not quotes_balanced(rest) or unresolved_pronoun(rest):
        return None
    if not is_clause(rest) or other_attribution(rest) or " or " in f" {rest} ":
        return None  # "whether X or Y": two matters
    return obj, None


def _whether_itself(ctx: Context, v: Verification, obj: str) -> tuple[str, None] | None:
    """ "The panel has yet to confirm whether it has received a complaint", "The commission would
    not say whether it had opened an investigation": an open question whose "it" can only be the
    verifier, a body (``_self_pronoun``), named just before it in the prompt; None for any
    other."""
    rest = obj.split(None, 1)[1] if obj.lower().startswith("whether ") else ""
    words = rest.split(None, 1)
    if len(words) < 2 or words[0] != "it" or _thing_before(ctx, v) or not _body(ctx, v.by):
        return None
    if _plural(v.by) or v.by.split()[-1].lower() in _GROUPS | _PEOPLE_WORDS:
        return None  # "officials", "the spokesman": no "it"
    if unresolved_pronoun(words[1]) is not None or "it" in tokens(words[1]):
        return None
    if not 3 <= word_count(rest) <= 25 or not quotes_balanced(rest) or other_attribution(rest):
        return None
    return (obj, None) if is_clause(rest) and " or " not in f" {rest} " else None


def _body(ctx: Context, by: str) -> bool:
    """Whether a verifier is a body, not a person: by what the story shows of the source, else
    by how its name is read ("Markets Authority", a name of two capitalised words the story
    gives no claim, is an organisation; ``_person_verifier`` would take it for a person)."""
    if by in (_OUTLET, NO_VERIFIER) or not by[:1].isupper():
        return False
    if by.split()[-1].lower() in _BODY_HEADS:
        return True  # "Coastal Fisheries Panel", "Markets Authority"
    if story_sources(ctx).get(source_key(by)) is not None:
        return not _person_verifier(ctx, by)
    kind = Namer().name(by, Mention((0, len(by)), (0, len(by))))[1]
    return kind not in PERSON_KINDS


# the last word of a body's name
_BODY_HEADS = frozenset(
    "panel board authority commission agency office council ministry department committee"
    " regulator court tribunal institute trust service bureau association federation union"
    " company corporation group bank inspectorate watchdog foundation".split()
)


# a person named as the clause's subject who tells or says what they themselves will do: "Voss
# had told colleagues she would step down", "Lund told aides he was leaving"
_SUBJECT_TOLD = re.compile(
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:had\s+|has\s+)?(?:told|assured|informed)\s+"
    r"((?:[a-z]+\s+){1,3}?)(he|she)\s+(?=(?:would|will|had|has|was|is|could|planned|intended)\s)"
)


def _subject_told_clause(ctx: Context, claim: Claim, content: str) -> str | None:
    """A claim whose clause opens on a person of the story who told others what he or she would
    do ("The newspaper said Voss had told colleagues she would step down"): the pronoun is the
    subject's own, as the story writes it, so "that Voss had told colleagues she would …" is
    kept whole; None when the subject is no person the story names elsewhere, or another
    pronoun, name or reported speech is left in the rest."""
    if claim.quote == "direct" or not claim.source:
        return None
    m = _SUBJECT_TOLD.match(content)
    if m is None or m.group(1).split()[0] in ("The", "A", "An", "He", "She", "It", "They"):
        return None
    if any(t[:1].isupper() for t in m.group(2).split()):
        return None
    name = m.group(1)
    people = [
        str(c.source)
        for c in ctx.story.claims
        if c.source and c.source_kind in PERSON_KINDS and PERSON_NAME_RE.fullmatch(str(c.source))
    ]
    if not any(p == name or p.split()[-1] == name for p in people):
        return None  # "Brook told …": a name no claim of the story gives a person
    rest = content[m.end() :]
    if not 3 <= word_count(rest) <= 25 or not quotes_balanced(content):
        return None
    if unresolved_pronoun(rest) or other_attribution(rest) or re.search(r"[A-Z]", rest):
        return None
    if re.search(r"\b(?:told|said|says|that)\b", rest) or not is_clause(m.group(3) + " " + rest):
        return None
    return f"that {content}"


# a clause whose subject is a person named in full, after a role at most: "protest leader Arno
# Weiss had been detained …"
_NAMED_SUBJECT = re.compile(
    r"((?:[a-z][a-z-]+\s+){0,3})([A-Z][a-z]+)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
    r"(?=(?:had|has|was|were|is|would|will|could)\s)"
)
_HIS = {"his": "m", "him": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}


def _named_person_clause(claim: Claim, content: str) -> str | None:
    """A claim whose clause opens on a person named in full and whose only pronouns are that
    person's ("Activists said protest leader Arno Weiss had been detained outside his home"):
    kept as written, the pronoun plainly the subject's; None when another name or another kind
    of pronoun is in it, the given name is of the other sex or of none known, or reported
    speech."""
    if claim.quote == "direct" or not claim.source:
        return None
    m = _NAMED_SUBJECT.match(content)
    if m is None or any(w in _SENTENCE_WORDS for w in m.group(1).split()):
        return None
    rest = content[m.end() :]
    sexes = {_HIS[t.lower()] for t in tokens(rest) if t.lower() in _HIS}
    if len(sexes) != 1 or re.search(r"\b(?:he|she)\b", rest, re.IGNORECASE):
        return None  # "… before he was released": one "he" too many to carry
    known = GIVEN_NAMES.get(m.group(2))
    if known is None or known[:1].lower() != next(iter(sexes)):
        return None  # "Arno Weiss … her home": a name of no known sex, or of the other
    if re.search(r"[A-Z]", rest) or other_attribution(rest):
        return None  # another name in it: whose "his"?
    if re.search(r"\b(?:told|said|says|that)\b", rest):
        return None
    bare = re.sub(r"\b(?:his|him|himself|her|hers|herself)\b", "the", rest, flags=re.I)
    if unresolved_pronoun(bare) or not 4 <= word_count(content) <= 30:
        return None
    if not quotes_balanced(content) or not is_clause(content):
        return None
    return f"that {content}"


_SENTENCE_WORDS = frozenset({"that", "and", "but", "if", "when", "after", "because"})


def _own_pronoun_clause(ctx: Context, claim: Claim) -> str | None:
    """A person's claim whose only pronoun is "him"/"her" standing for the person ("files
    suggested someone had downloaded the data before him"): its clause with the person's
    name in its place; None for any other."""
    if claim.source_kind not in PERSON_KINDS or not claim.source or claim.quote == "direct":
        return None
    content = strip_that(strip_edges(claim.content))
    found = _OBJECT_PRONOUN.findall(content)
    if len(found) != 1 or re.search(r"\b(?:he|she|his|hers|himself|herself)\b", content):
        return None
    name = display_for(ctx, str(claim.source))
    if not name or not PERSON_NAME_RE.fullmatch(str(claim.source)):
        return None
    surname = str(claim.source).split()[-1]
    named = _OBJECT_PRONOUN.sub(surname, content)
    phrase = clause_phrase(replace(claim, content=named), ctx.text, bare_plural=True)
    phrase = phrase or _plural_clause(ctx, claim, named)
    return phrase if phrase and phrase.startswith("that ") else None


# "A former technician there, who spoke on condition of anonymity because she …, told The
# Associated Press that …": a person no name is given for, by the role the story gives
_UNNAMED_TELLER = re.compile(
    r"(?:A|An)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)(?:\s+there)?,\s+who\s+([^.;:“”\"]+?),\s+told\s+"
)


def _unnamed_teller(
    ctx: Context, v: Verification, possessive: str, noun: str
) -> tuple[str, Claim] | None:
    """ "Her account" as "the former technician’s account that …": when the sentence before
    the statement, in its paragraph, is told by a person the story names by role only, whose
    relative clause bears the same pronoun ("because she still works …"); the claim read
    with its learned cue "told" and its clause after the outlet's name."""
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    if before is None or before.line != v.line or possessive == "their":
        return None
    m = _UNNAMED_TELLER.match(before.text)
    pronoun = "she" if possessive == "her" else "he"
    if m is None or not re.search(rf"\b{pronoun}\b", m.group(2)):
        return None
    role = re.sub(r"\s+there$", "", m.group(1))
    told = [c for c in ctx.others_in(before.span) if (c.cue or "").lower() == "told"]
    if len(told) != 1:
        return None
    what = re.match(r".*?\bthat\s+(.+)$", strip_edges(told[0].content))
    if what is None:
        return None
    clause = what.group(1).rstrip(". ")
    if not 4 <= word_count(clause) <= 30 or not is_clause(clause) or unresolved_pronoun(clause):
        return None
    at = told[0].content_span[0] + told[0].content.index(clause)
    claim = replace(
        told[0],
        source=f"the {role}",
        source_text=m.group(0),
        source_kind="anonymous",
        content=clause,
        content_span=(at, at + len(clause)),
    )
    return f"the {role}’s {noun} that {clause}", claim


def _opens_sentence(ctx: Context, v: Verification, obj: str) -> bool:
    """Whether the matter is written first in its sentence, so that its first capital may only
    mark the sentence's start ("Laboratory tests on samples found salmonella, the agency
    confirmed.")."""
    said = ctx.text[v.span[0] : v.span[1]].lstrip("“\"‘' ")
    first = obj.split()[0].lower() if obj.split() else ""
    opening = v.sentence_span is not None and ctx.text.startswith(obj, v.sentence_span[0])
    return first not in _POINTING_FIRST and (said.startswith(obj) or opening)  # "Shelling of
    # the village killed nine, …, a toll that could not be verified": the aside's claim


# first words the pointing-back readings above match as written ("His identity", "Its claims"):
# never lowered here
_POINTING_FIRST = frozenset("his her its their this that these those it they he she".split())


# What was verified and, after "but not", what was not: only the first is a matter whose status
# the sentence states whole ("the location of the video but not when it was filmed")
_BUT_NOT = re.compile(r"(.{3,}?),?\s+but\s+not\s+.+", re.DOTALL)


_PERSONAL = re.compile(r"(his|her)\s+(identity|name|age|nationality|whereabouts|condition)")
_PERSON_NOUNS = {
    "his": r"man|boy|suspect|driver|gunman|soldier|patient|passenger|worker|teenager",
    "her": r"woman|girl|suspect|driver|soldier|patient|passenger|worker|teenager",
}


def _person_before(ctx: Context, v: Verification, pronoun: str) -> str | None:
    """The one person the two sentences before bring in with "a"/"an" ("A man was arrested
    …"), whom "his"/"her" in "declined to confirm his identity" stands for; None if there is
    no such person or more than one."""
    start = (v.sentence_span or v.span)[0]
    before = ctx.sentence_before(start)
    further = ctx.sentence_before(before.span[0]) if before else None
    person = rf"\b[Aa]n?\s+(?:([a-z]+)\s+)?({_PERSON_NOUNS[pronoun]})\b"
    found = {
        (m.group(1) or "", m.group(2).lower())
        for s in (further, before)
        if s is not None
        for m in re.finditer(person, s.text)
    }
    if len(found) != 1:
        return None
    ((word, noun),) = found
    told = [first for first, found in _people_told(ctx, person) if found == noun]
    if _another(ctx, noun):
        return None  # "A man was killed. Another man was arrested.": which man?
    if len(told) == 1:
        return noun
    # "A man was killed … A second man was seen …": "the second man", and nothing when the
    # story brings in two such people the words before the noun do not tell apart
    return f"{word} {noun}" if word and told.count(word) == 1 else None


def _self_pronoun(ctx: Context, v: Verification, obj: str) -> bool:
    """Whether a clause opens with "it" that can only be its organisation verifier ("the
    agency confirmed it had opened an inquiry", "It neither confirmed nor denied that it was
    weighing a bid", "has not confirmed it had received the letter"), the rest free of
    pronouns: in "did the agency confirm that it had opened an inquiry?" the "it" has its
    antecedent."""
    words = obj.split(None, 1)
    if len(words) < 2 or words[0] != "it" or v.status == "verified":
        return False
    if _person_verifier(ctx, v.by) or _plural(v.by) or v.by in (_OUTLET, NO_VERIFIER):
        return False
    last = v.by.split()[-1].lower()
    if last in _GROUPS or last in _PEOPLE_WORDS:
        return False
    return unresolved_pronoun(words[1]) is None and "it" not in tokens(words[1])


_PEOPLE_WORDS = frozenset(load_lexicon("gen_role_words"))
# A gerund and its object, at most ten words and no aside ("receiving the letter", "having
# paid the ransom"); "nothing", "morning" and the like are no gerunds (``verification.py``)
_GERUND = re.compile(r"(?!(?:no|any|some|every)thing\b)[a-z]{3,}ing(?:\s+[\w’'-]+){1,9}")
# The one figure a sentence names by itself, with no claim before it to stand for
_TOLL = re.compile(r"the\s+(?:death|casualty)\s+toll", re.IGNORECASE)
# A thing brought in by the sentence before ("A blast shook the plant", "an explosion at …"),
# which an "it" opening a confirmed clause may stand for as well as the verifier
_A_THING = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+)?("
    + "|".join(sorted(load_lexicon("ver_news_objects"), key=len, reverse=True))
    + r")\b"
)


def _thing_before(ctx: Context, v: Verification) -> bool:
    """Whether the sentence before a statement brings in a thing of news ("A blast shook the
    plant on Monday"): an "it" opening the confirmed clause ("has not confirmed it was an
    attack") may then stand for the thing, not the verifier, and the prompt cannot say which."""
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    return before is not None and _A_THING.search(before.text) is not None


def _person_verifier(ctx: Context, by: str) -> bool:
    """Whether a verifier is a person: by what the story shows of the source (a given name,
    "he"/"she", a role before the name; not a name ending like a firm's, ``_person_source``),
    else by the look of its name; a name of two capitalised words the story shows nothing
    more of ("Brightwater Books, the author's publisher") is no person by that alone."""
    info = story_sources(ctx).get(source_key(by))
    if info is None:
        return PERSON_NAME_RE.fullmatch(by) is not None
    if _person_source(info):
        return True
    first = by.split()[0] if by.split() else ""
    return info.kind in ("person", "official") and first in GIVEN_NAMES


def _placing(ctx: Context, v: Verification) -> bool:
    """Whether the statement's verb places or names what it shows ("geolocated the video to a
    street", "identified one of the men as X"): only then is "to"/"as" its complement, not a
    part of a confirmed clause ("confirmed that a nurse had been taken to hospital")."""
    frame = _frame_of(ctx, v)
    return frame is not None and re.search(r"geolocat|identif", frame.group(), re.I) is not None


# "their" with no plural noun before it in the object: its owner was in the words left out
_DANGLING_THEIR = re.compile(r"^(?!.*\b[a-z]+s\b.*\btheir\b).*\btheir\b", re.IGNORECASE)
_LAST_THE = re.compile(r"\bthe\s+([a-z]+)$")
_INTRODUCED = r"\b(?:an?|the)\s+((?:[a-z][a-z-]+\s+){{1,2}}){noun}\b"


_INDEFINITE_NP = re.compile(r"\b(?:a|an|another)\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?")


def _story_words(ctx: Context) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each lower-case word occurs in the story; how often within the three words
    after "a", "an" or "another" (a noun brought in as a new thing); and how often each run of
    two or three words occurs: counted once per story, so that each object looks them up."""
    found = ctx.cache.get("story_words")
    if not isinstance(found, tuple):
        story = ctx.story_text.lower()
        words = re.findall(r"[a-z][a-z-]*", story)
        runs = Counter(" ".join(words[i : i + 2]) for i in range(len(words) - 1))
        runs.update(" ".join(words[i : i + 3]) for i in range(len(words) - 2))
        found = ctx.cache["story_words"] = (
            Counter(re.findall(r"[a-z]+", story)),
            Counter(w for m in _INDEFINITE_NP.finditer(story) for w in m.groups() if w),
            runs,
        )
    return found


def _referents(
    text: str, noun: str, counts: Counter[str], brought: Counter[str], _: Counter[str]
) -> int:
    """How many things a noun may stand for outside some text: each time it is brought in
    with "a"/"an" ("an internal report"), and one for its plural ("reports that …")."""
    low = text.lower()
    here_brought = sum(noun in m.groups() for m in _INDEFINITE_NP.finditer(low))
    here_plural = len(re.findall(rf"\b{noun}s\b", low))
    return brought[noun] - here_brought + (counts[noun + "s"] - here_plural > 0)


def _unambiguous(ctx: Context, v: Verification, obj: str) -> str | None:
    """An object ending in "the <noun>" whose noun the story brings in as more than one thing
    ("reports that kettles overheat", "an internal report", "the existence of the report"):
    the noun as the sentence before brought it in ("the internal report"), or None when it
    cannot be told which is meant. Other objects as they are ("the cause of the fire" in a
    story of the one fire)."""
    m = _LAST_THE.search(obj)
    if m is None or m.group(1).endswith("s"):
        return obj
    noun = m.group(1)
    span = v.sentence_span or v.span
    if _referents(ctx.text[span[0] : span[1]], noun, *_story_words(ctx)) < 2:
        return obj
    before = ctx.sentence_before(span[0])
    intro = list(re.finditer(_INTRODUCED.format(noun=noun), before.text.lower())) if before else []
    if len(intro) != 1:
        return None
    named = f"{intro[0].group(1)}{noun}"
    if _story_words(ctx)[2][" ".join(named.split())] != 1:
        return None  # "the internal report" must itself be one thing in the story
    return obj[: m.start()] + f"the {named}"


def _withheld_before(ctx: Context, v: Verification, obj: str) -> bool:
    """Whether a short object a source declined or refused to confirm ("the dose") names a
    thing the sentence before spoke of (the lawyer's claim on "the dose found"): a question
    on it reads in the story's context."""
    m = re.fullmatch(r"the\s+([a-z]+)", obj)
    frame = _frame_of(ctx, v)
    if m is None or frame is None or not re.search(r"declin|refus", frame.group(), re.I):
        return False
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    return before is not None and re.search(rf"\b{m.group(1)}\b", before.text.lower()) is not None


# What can be checked for authenticity though it is no news noun ("could not verify the post"):
# asked as it is when the story has one such thing
_CHECKABLE = re.compile(r"the\s+(?:post|clip|tweet)", re.IGNORECASE)


# a news noun, who or where it came from, and its "that" clause: "a report in the weekly Courier
# that …", "Claims by a guard that …"
_TOLD_REPORT = re.compile(
    r"(?:(?:the|an?|these|those|this|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"((?:claim|report|allegation|suggestion|assertion|rumou?r|account)s?)"
    r"\s+(?:in|by|from|on|of)\s+[^,;:“”\"]{2,60}?\s+(that\s+[^,;:“”\"]{3,200})",
    re.IGNORECASE,
)
_CLAIMS_ASIDE = re.compile(
    r"((?:the\s+)?(?:claims?|reports?|allegations?|rumou?rs?)),\s+[a-z][^,;:“”\"]{2,60},\s+"
    r"(that\s+.+)",
    re.IGNORECASE,
)


_ITS_CLAIMS = re.compile(
    r"[Ii]ts\s+(claims?|allegations?|assertions?|account|version|statements?)", re.IGNORECASE
)
# a one-word source that only points back to a group named before ("the group said …")
_GROUP_NOUN = re.compile(r"(?:the\s+)?(group|company|firm|organisation|organization|bank)")
_REFLEXIVE = re.compile(r"^(?:itself|themselves)\s+")  # "a group calling itself Grey Heron"


def _group_claims(ctx: Context, v: Verification, noun: str) -> tuple[str, Claim] | None:
    """ "Its claims" as "Grey Heron’s claims": the one organisation whose claims stand before
    the statement in its paragraph (itself and "the group" pointing back to it counting as
    one); None when a person speaks there, or two organisations do, or none does."""
    start = (v.sentence_span or v.span)[0]
    lo = start
    for _ in range(2):  # at most the two sentences before, of the same paragraph
        before = ctx.sentence_before(lo)
        if before is None or before.line != v.line:
            break
        lo = before.span[0]
    found = [
        c
        for c in ctx.claims_from(lo, v.span[0])
        if c.content_span[1] <= v.span[0] and c.source and c.stance == "asserts"
    ]
    if not found or any(
        c.source_kind in PERSON_KINDS or _person_verifier(ctx, str(c.source)) for c in found
    ):
        return None  # "its" stands for no person
    named = {_REFLEXIVE.sub("", str(c.source)) for c in found}
    pointing = {n for n in named if _GROUP_NOUN.fullmatch(n.lower())}
    names = named - pointing or pointing
    if len(names) != 1 or len(pointing) > 1:
        return None
    (name,) = names
    shown = _REFLEXIVE.sub("", display_for(ctx, name))
    if not shown or unresolved_pronoun(shown):
        return None
    return f"{shown}’s {noun}", found[0]


# Evidence not seen or verified, written "the footage" or "the contents of the sworn statements"
_BARE_EVIDENCE = re.compile(
    r"(?:the\s+contents\s+of\s+)?(?:the|those|these)\s+(?:sworn\s+)?([a-z-]+)"
)  # "those documents" points back as "the documents" does
# "Residents said soldiers fired on a crowd, according to a video shared online", "Lawyers said
# six guards had described beatings in sworn statements": who, the claim, and the evidence it
# cites (the noun filled in)
_CITED = (
    r"[^,;:“”\"]+?\s+(?:said|say|says)\s+(?:that\s+)?(?P<what>[^;:“”\"]+?)"
    r"(?:,\s*(?:according\s+to|citing)\s+(?:an?\s+)?|(?P<in>\s+in\s+(?:[a-z-]+\s+)?))"
    r"(?P<noun>{noun})\b[^;:“”\"]*"
)
# "Photos shared online appeared to show flooded streets …": the pictures and what they show
_SHOWING = (
    r"(?P<noun>{noun})\s+[^,;:“”\"]*?"
    r"(?P<show>(?:appeared|appear|appears)\s+to\s+show|showed)\s+(?P<what>[^;:“”\"]+?)"
)
# "videos of the shooting": the evidence named by what it is of
_OF_WHAT = re.compile(
    r"\s+of\s+(?:the|a|an)\s+[a-z-]+\b(?!\s+of\b)(?:\s+in\s+[A-Z][\w’'-]+\b(?!\s+[A-Z]))?"
)  # "of a pool in Kisumu": where it is


def _evidence_before(ctx: Context, v: Verification, noun: str) -> tuple[str, Claim] | None:
    """What "the footage" an outlet could not see or verify is, from the one sentence before it
    in its paragraph (or its own words before it) that names such evidence: the claim it is
    cited for ("that soldiers fired on a crowd …", when "X said <claim>, according to a video"
    or "… in sworn statements"), the evidence by what it is of ("the videos of the shooting")
    or by what it appears to show ("the photos that appeared to show …"); and that sentence as
    a claim, for the evidence. None when no sentence, or more than one, names such evidence,
    or it names it otherwise (no single claim is its basis)."""
    group = unseen_group(noun)
    nouns = "|".join(sorted(group, key=len, reverse=True))
    mention = re.compile(rf"(?<![\w-])(?:{nouns})\b", re.IGNORECASE)
    start = (v.sentence_span or v.span)[0]
    own = ctx.text[start : v.span[0]]
    before = ctx.sentence_before(start)
    if mention.search(own):
        text, span, line = own.rstrip(" ,"), (start, start + len(own.rstrip(" ,"))), v.line
    elif (
        before is not None
        and before.line in (v.line, _alone(ctx, v))
        and mention.search(before.text)
    ):
        text, span, line = before.text, before.span, before.line
        further = ctx.sentence_before(before.span[0])
        if further is not None and further.line == line and mention.search(further.text):
            return None  # two sentences bring such evidence in: which one?
    else:
        return None
    if len(mention.findall(text)) != 1:
        return None
    body = text.rstrip(" .")
    phrase = None
    cited = re.fullmatch(_CITED.format(noun=nouns), body, re.IGNORECASE)
    showing = re.fullmatch(_SHOWING.format(noun=nouns), body, re.IGNORECASE)
    m = mention.search(text)
    of = _OF_WHAT.match(text, m.end()) if m else None
    if cited and not re.search(r"\b(?:said|says|say|told)\b", cited.group("what")):
        what = cited.group("what")
        if cited.group("in"):  # "described beatings in sworn statements": how they did
            what = body[cited.start("what") : cited.end("noun")]
        phrase = _as_clause(what)
    elif showing and m and m.start() == 0:
        shown = showing.group("what")
        phrase = f"the {m.group().lower()} that {showing.group('show')} {shown}"
        phrase = phrase if is_clause(shown) or word_count(shown) >= 3 else None
    elif of and m:
        phrase = f"the {m.group().lower()}{of.group()}"
    if not phrase or word_count(phrase) > 30 or not quotes_balanced(phrase):
        return None
    if unresolved_pronoun(phrase.removeprefix("that ")):
        return None  # "citing a document she said was leaked" is no pronoun of the claim
    return phrase, outlet_claim(Sentence(line, span, text), text, span)


# "The footage, which Reuters was able to verify, shows …": the relative on the sentence's
# subject, then what the footage shows
_RELATIVE_OPENING = re.compile(r"\s*(?:[Tt]he|[Tt]his)\s+([a-z]+)\s*,\s*(?:which\s+)?$")
_SHOWS_AFTER = re.compile(
    r"\s*,\s+((?:appears?\s+to\s+|appeared\s+to\s+)?(?:shows?|showed|shown))\s+"
    r"([^.;:“”\"()]{3,160}?)\s*[.;]?\s*$"
)


def _shows_after(ctx: Context, v: Verification, obj: str) -> tuple[str, None] | None:
    """ "The footage, which Reuters was able to verify, shows cars swept down a street": the
    footage that shows …, when the relative hangs on the sentence's subject and the sentence
    goes on to say what it shows; None otherwise."""
    if v.sentence_span is None:
        return None
    head = _RELATIVE_OPENING.fullmatch(ctx.text, v.sentence_span[0], v.span[0])
    noun = obj.split()[-1].lower()
    if head is None or head.group(1).lower() != noun:
        return None
    after = _SHOWS_AFTER.fullmatch(ctx.text, v.span[1], v.sentence_span[1])
    if after is None:
        return None
    what = after.group(2)
    if not 3 <= word_count(what) <= 25 or unresolved_pronoun(what) or other_attribution(what):
        return None
    return f"the {noun} that {after.group(1)} {what}", None


def _alone(ctx: Context, v: Verification) -> int:
    """When a statement is a paragraph of its own ("AFP was unable to verify the photographs."
    after the paragraph that brought them in), the line of the paragraph before, whose last
    sentence it reads on from; else -1."""
    span = v.sentence_span or v.span
    before = ctx.sentence_before(span[0])
    if before is None or before.line == v.line or ctx.text[span[1] : span[1] + 1] not in ("\n", ""):
        return -1
    return before.line


def _as_clause(what: str) -> str | None:
    """A cited claim's words as "that <clause>": a clause opening on its subject."""
    what = what.strip()
    if not 4 <= word_count(what) <= 30 or not is_clause(what):
        return None
    return f"that {lower_positional(what, what) if what[:1].isupper() else what}"


_PAPERS_BACK = re.compile(r"the\s+(?:documents|papers|records|files)", re.IGNORECASE)
# papers a sentence brings in ("includes bank statements that appear to show …", "leaked emails")
_PAPERS = re.compile(
    r"(?<![\w’'-])(?:([a-z][a-z-]+)\s+)?(documents|papers|records|files|statements|invoices"
    r"|receipts|e-?mails|letters|memos|contracts|filings|ledgers|spreadsheets|transcripts)\b"
    r"((?:\s+(?:that|which)\s+[^,;:.“”\"]{3,160})?)"
)
_FINITE_VERBS = frozenset(load_lexicon("gen_finite_verbs"))
_NOT_MODIFIERS = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "in", "on", "with", "by", "from", "for", "its"}
    | {"his", "her", "their", "these", "those", "some", "several", "many", "other", "all"}
)


def _papers_before(ctx: Context, v: Verification) -> tuple[str, Claim] | None:
    """What "the documents" stands for: the one set of papers the sentence before brings in,
    as it writes them ("the bank statements that appear to show …"), and that sentence as a
    claim of no one (so that the evidence shows it); None when it brings in none or more than
    one."""
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    if before is None or before.line != v.line:
        return None
    found = list(_PAPERS.finditer(before.text))
    if len(found) != 1:
        return None
    modifier, noun, relative = found[0].groups()
    words = [noun] + relative.split()
    verbal = modifier and (
        modifier.endswith(("ed", "en", "s", "ing")) or modifier in _FINITE_VERBS
    )  # "includes invoices", "leaked emails", "said documents appeared …"
    if modifier and modifier not in _NOT_MODIFIERS and not verbal:
        words.insert(0, modifier)  # "bank statements"
    if len(words) == 1:
        return None  # "the documents" again: the question would say no more than the story
    phrase = "the " + " ".join(words)
    if word_count(phrase) > 30 or not quotes_balanced(phrase) or unresolved_pronoun(phrase):
        return None
    at = before.span[0] + found[0].start()
    return phrase, outlet_claim(before, found[0].group(), (at, at + len(found[0].group())))


_POSSESSED = re.compile(
    r"(his|her|their)\s+(account|accounts|claim|claims|version|story|allegations?)", re.IGNORECASE
)
_THE_NOUN = re.compile(r"the\s+[a-z]+s?", re.IGNORECASE)
_OF_KIN = re.compile(
    r"the\s+(account|claims?|version|allegations?)\s+of\s+((?:his|her|their)\s+[a-z]+)",
    re.IGNORECASE,
)


def _kin_account(ctx: Context, v: Verification, who: str, noun: str) -> tuple[str, Claim] | None:
    """ "The account of her brother" as "Luca Renn’s account": the one person before the
    statement whom the story brought in as "her brother, Luca Renn" (the words of the object,
    then the name); None when no one, or more than one, was."""
    found = [
        c
        for c in ctx.story.claims
        if c.content_span[1] <= v.span[0]
        and c.stance == "asserts"
        and c.source
        and c.source_kind in PERSON_KINDS
        and re.fullmatch(re.escape(who) + r",?\s+" + re.escape(c.source), c.source_text or "", re.I)
    ]
    if len({c.source for c in found}) != 1:
        return None
    return f"{display_for(ctx, str(found[-1].source))}’s {noun.lower()}", found[-1]


def _group_account(ctx: Context, claim: Claim) -> tuple[str, Claim] | None:
    """ "Their account" of a plural group that spoke just before ("Fishermen said a tanker had
    spilled oil"): "the claim that …" of its words; None for a speaker of one ("the union",
    whose "their" may be another's) or words the prompt cannot carry."""
    said = (claim.source_text or "").strip()
    last = said.split()[-1].lower() if said else ""
    if claim.quote == "direct" or not last.endswith(("s", "men", "people", "police")):
        return None
    if last.endswith("ss"):
        return None
    phrase = clause_phrase(claim, ctx.text) or clause_phrase(claim, ctx.text, bare_plural=True)
    content = strip_that(strip_edges(claim.content))
    phrase = phrase or _group_pronoun_clause(ctx, claim, content)
    if phrase and phrase.startswith("that "):
        return f"the claim {phrase}", claim
    by = _by_source_clause(ctx, claim)
    return (f"the claim {by}", claim) if by else None


def _fits(possessive: str, claim: Claim) -> bool:
    """Whether "his/her/their" can stand for a claim's source: "their" only for a group."""
    return (possessive.lower() == "their") == (claim.source_kind not in ("person", "official"))


_COUNT_NOUN = re.compile(
    r"\b(?:figures?|numbers?|toll|tally|count|amount|sum|valuation)$", re.IGNORECASE
)


_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\b",
    re.IGNORECASE,
)


# A singular figure ("the figure", "the toll"), which stands for one number only
_SINGLE_COUNT = re.compile(r"\b(?:figure|number|toll|tally|count|amount|sum|valuation)$", re.I)
# A run of number words and digits: one figure ("4 million", "forty-two", "12")
_FIGURES = re.compile(
    r"(?<![\w-])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?"
    r"|dozens?)(?:[\s-]+(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|and))*\b",
    re.IGNORECASE,
)
# A day or a place in a claim ("on Monday", "near the town of Orvasa", "in Brusk"): a figure
# that could not be verified does not make the day and place of the event unverified too
_WHEN_WHERE = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:in|near|at|outside|around|across|off|along)\s+(?:the\s+(?:town|city|village|port"
    r"|region|province|district|area)\b|[A-Z]))"
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
            if phrase is None and _THEY_HAD.match(obj):
                phrase = _they_as_group(claim, obj)
            passive = _PRONOUN_PASSIVE.match(obj)  # "they had been shelled": left unasked
            if phrase is None and not passive:  # "Rebels said they had shot down …, which …"
                phrase = _group_pronoun_clause(ctx, replace(claim, content=obj), obj)
            if phrase and phrase.startswith("that "):
                return f"the claim that {phrase[5:]}", claim
            by = None if passive else _by_source_clause(ctx, replace(claim, content=obj))
            if by:  # "Rebel commanders said their fighters had killed 120 …, a figure that …"
                return f"the claim {by}", claim
    return None


_THEY_HAD = re.compile(r"they\s+(?:had|have)\s+[a-z]+ed\b")
_PRONOUN_PASSIVE = re.compile(r"(?:they|it|he|she)\s+(?:had|have|has)\s+been\s+[a-z]+ed\b")
# "Rebel fighters", "Protesters", "Local fishermen": a plain plural group, no one by name
_PLAIN_GROUP = re.compile(r"(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,2}s")


def _they_as_group(claim: Claim, obj: str) -> str | None:
    """ "Rebel fighters said they had captured an airfield, a claim which could not be
    verified": "that rebel fighters had captured an airfield" — "they" opening the restated
    clause of a plain plural group that is the clause's own speaker; None for any other
    speaker (a name, an office, a group with a name in it) or a clause the prompt cannot
    carry."""
    said = claim.source_text or ""
    if claim.source_kind not in (None, "group", "unnamed") or not _PLAIN_GROUP.fullmatch(said):
        return None
    group = said[:1].lower() + said[1:]
    phrase = clause_phrase(replace(claim, content=group + obj[4:]), bare_plural=True)
    return phrase if phrase and phrase.startswith(f"that {group} ") else None


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


_REPORT_NOUN = re.compile(r"(?:the|that|this)\s+report", re.IGNORECASE)


def _reported_before(ctx: Context, v: Verification, obj: str) -> Claim | None:
    """What "the report" stands for when no claim does: the one report of the sentence before
    that only the learned cue model found ("Local broadcaster Channel 9 reported that …", a
    name the rules do not read as a subject), its cue "reported" and its words a "that"
    clause; None if there is not exactly one."""
    if not _REPORT_NOUN.fullmatch(obj):
        return None
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    if before is None:
        return None
    found = [
        c
        for c in ctx.others_in(before.span)
        if c.act == "learned"
        and (c.cue or "").lower() == "reported"
        and c.cue_span is not None
        and re.fullmatch(r"\s+that\s+", ctx.text[c.cue_span[1] : c.content_span[0]])
        and c.source
    ]
    return replace(found[0], stance="asserts") if len(found) == 1 else None


def _record_before(ctx: Context, v: Verification) -> tuple[str, Claim] | None:
    """What a figure or valuation stands for when the sentence before states what records
    show ("Insurance papers seen by the paper show the statue was insured for 4 million
    euros."): "that <what they show>", with the number in it; and that sentence as a claim of
    the records, for the evidence."""
    before = ctx.sentence_before((v.sentence_span or v.span)[0])
    m = RECORDS_SHOW.match(before.text) if before else None
    if before is None or m is None:
        return None
    rest = before.text[m.end() :]
    shown = strip_that(rest.strip()).rstrip(".").strip()
    if not _NUMBER.search(shown) or not is_clause(shown) or unresolved_pronoun(shown):
        return None
    if not 3 <= word_count(shown) <= 30 or not quotes_balanced(shown):
        return None
    at = before.span[0] + before.text.index(shown, m.end())
    records = re.sub(r"\s+\S+$", "", before.text[: m.end()]).strip()  # without "show"
    claim = Claim(
        line=before.line,
        sentence=before.text,
        sentence_span=before.span,
        source=records,
        source_text=records,
        source_span=(before.span[0], before.span[0] + len(records)),
        source_kind="record",
        cue=None,
        cue_span=None,
        content=shown,
        content_span=(at, at + len(shown)),
        stance="asserts",
        quote="indirect",
    )
    return f"that {shown}", claim


def _antecedent(ctx: Context, v: Verification) -> Claim | None:
    """The claim an anaphoric object refers to: the last one ending before it, in its own
    sentence or the sentence before."""
    start = v.sentence_span[0] if v.sentence_span else v.span[0]
    stances = ("asserts",)
    before = _RELATIVE_HEAD.sub("", ctx.text[start : v.span[0]], count=1)  # "The claims, which …"
    if not _OPENER_ONLY.fullmatch(before):
        here = _antecedent_here(ctx, v, start)  # "X reported Y, but that could not be …"
        if here is not None or not _CLAIM_NOUN_BACK.fullmatch(strip_edges(v.object)):
            return here
        if any(c.content_span[1] <= v.span[0] for c in ctx.claims_in(v.sentence_span or v.span)):
            return None  # a claim of its own sentence before it: not one of the sentence before
        # "The ministry did not respond, and the claim could not be checked", "The court said
        # it could not establish that claim": a claim of the sentence before, an accusation too
        stances = ("asserts", "accuses")
    lo = _look_back(ctx, v, start)
    found = [
        c
        for c in ctx.claims_from(lo, v.span[0])
        if c.content_span[1] <= v.span[0] and c.stance in stances
    ]
    if found and _CLAIM_NOUN_BACK.fullmatch(strip_edges(v.object)):
        return _claim_not_act(ctx, v, lo, found, stances)
    return found[-1] if found else None


def _claim_not_act(
    ctx: Context, v: Verification, lo: int, found: list[Claim], stances: tuple[str, ...]
) -> Claim | None:
    """ "The claim" after a sentence that reports only an act read as a claim ("The group posted
    a sample of what it said were records on a forum."): the claim of the sentence before that
    one, when it holds exactly one claim with a clause ("A group said it had stolen …"); the
    last claim found otherwise."""
    if not all(_posted_thing(ctx, c) for c in found):
        return found[-1]
    before = ctx.sentence_before(lo)
    if before is None:
        return found[-1]
    further = [
        c
        for c in ctx.claims_from(before.span[0], lo)
        if c.stance in stances and not _posted_thing(ctx, c)
    ]
    return further[0] if len(further) == 1 else None


_PUBLISHING = frozenset({"posted", "published", "shared", "released", "uploaded", "issued"})
_THING_OPENERS = frozenset(
    {"a", "an", "some", "several", "photos", "photographs", "videos", "images", "pictures"}
    | {"footage", "screenshots", "documents", "files"}
)


def _posted_thing(ctx: Context, c: Claim) -> bool:
    """Whether a claim is the act of putting something out ("The group posted a sample of
    records on a forum"): a publishing cue with a thing after it, no "that" between."""
    if (c.cue or "").lower() not in _PUBLISHING or c.cue_span is None:
        return False
    between = ctx.text[c.cue_span[1] : c.content_span[0]]
    first = (c.content.split() or [""])[0].lower()
    return "that" not in between.split() and first in _THING_OPENERS


# "the claim", "that claim", "this allegation": a claim named by its noun alone
_CLAIM_NOUN_BACK = re.compile(
    r"(?:the|that|this|these|those)\s+(?:claims?|allegations?|assertions?)", re.IGNORECASE
)


def _look_back(ctx: Context, v: Verification, start: int) -> int:
    """Where the claim a pointing-back subject stands for is looked for: the sentence before
    the statement's; or, when that sentence is itself another verification statement with no
    claim in it, the one before that too ("Lenk said four were killed. Reuters could not verify
    the footage. The figures could not be confirmed.": Lenk's)."""
    before = ctx.sentence_before(start)
    if before is None:
        return start
    further = ctx.sentence_before(before.span[0])
    statement = any(
        o is not v and o.span[1] <= start for o in _statements_from(ctx, before.span[0], start)
    )
    has_claim = any(c.content_span[1] <= start for c in ctx.claims_from(before.span[0], start))
    return further.span[0] if statement and not has_claim and further else before.span[0]


def _claims_with_figures(ctx: Context, v: Verification) -> int:
    """How many claims with a number in them stand where ``_antecedent`` looks for the claim a
    figure refers to (the sentence before and its own, up to the statement)."""
    start = v.sentence_span[0] if v.sentence_span else v.span[0]
    lo = _look_back(ctx, v, start)
    return sum(
        1
        for c in ctx.claims_from(lo, v.span[0])
        if c.content_span[1] <= v.span[0] and c.stance == "asserts" and _NUMBER.search(c.content)
    )


# The noun a relative clause hangs on, when it opens the sentence: "The claims, which the BBC has
# not independently verified, were made by …", "The reports, which could not be verified, …"
_RELATIVE_HEAD = re.compile(
    r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:claims?|reports?|accounts?|allegations?|figures?"
    r"|numbers?)\s*,\s*(?:(?:which|that)\s+)?$"
)
# What may stand before a pointing-back subject that still opens its sentence ("But that …",
# "However, the figure …", "So far, the claim …")
_OPENER_ONLY = re.compile(r"\s*(?:(?:[A-Z][a-z]+|so\s+far|as\s+yet)\s*,?\s*)?", re.IGNORECASE)


def _antecedent_here(ctx: Context, v: Verification, start: int) -> Claim | None:
    """The claim a pointing-back subject that does not open its sentence stands for ("Radio
    reported that a heater had started the fire, but that could not be verified"): the last
    claim before it in its own sentence, or a report only the learned cue model read there
    (its cue "reported" or "said"); never a claim of the sentence before, which the words in
    between may not be about."""
    span = v.sentence_span or (start, v.span[1])
    found = [
        c for c in ctx.claims_in(span) if c.content_span[1] <= v.span[0] and c.stance == "asserts"
    ]
    found += [cut for c in ctx.claims_in(span) if (cut := _cut_before(ctx, c, v)) is not None]
    found += [
        replace(c, stance="asserts")
        for c in ctx.others_in(span)
        if c.act == "learned"
        and c.source
        and (c.cue or "").lower() in ("reported", "said")
        and c.content_span[1] <= v.span[0]
    ]
    return max(found, key=lambda c: c.content_span) if found else None


def _verifier_key(name: str | None) -> str:
    """A verifier's name compared with another's ("Police", "the police")."""
    return re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip().lower())


# an outcome told of a matter: (sentence start, sentence end, whether it confirms, whether it
# denies, the matter's words); per verifier, in story order
_Outcome = tuple[int, int, bool, bool, frozenset[str]]
_OTHER_OUTCOMES_NEAR = 12  # outcomes of the same verifier looked at on each side of a statement


def _outcomes(ctx: Context) -> dict[str, list[_Outcome]]:
    """Every verification statement, and every claim that confirms or denies, of the story by
    verifier (worked out once per story)."""
    known = ctx.cache.get("verification_outcomes")
    if known is None:
        found: dict[str, list[_Outcome]] = {}
        for other in ctx.story.verification:
            lo, hi = other.sentence_span or other.span
            yes = other.status in ("confirmed", "verified")
            found.setdefault(_verifier_key(other.by), []).append(
                (lo, hi, yes, False, content_words(other.object))
            )
        for c in ctx.story.claims:
            if c.stance in ("confirms", "denies") and c.source:
                lo, hi = c.sentence_span
                yes, no = c.stance == "confirms", c.stance == "denies"
                found.setdefault(_verifier_key(c.source), []).append(
                    (lo, hi, yes, no, content_words(c.content))
                )
        for rows in found.values():
            rows.sort(key=lambda row: row[0])
        known = ctx.cache["verification_outcomes"] = found
    return known  # type: ignore[return-value]


def _other_outcome(ctx: Context, v: Verification, phrase: str) -> bool:
    """Whether the story tells, in another sentence, of another outcome of the same verifier on
    the same matter (a word of the matter shared, two if it has two or more): another
    verification statement with another status ("Police have not confirmed the identity …" /
    "Police later confirmed the identity …"), or a claim of the verifier that confirms or
    denies it ("Police denied the report on Monday"). Then a wrong option ("The police confirmed
    it", "The police denied it") is right too, so the question is not asked. Only the
    ``_OTHER_OUTCOMES_NEAR`` nearest outcomes on each side are read (linear in the story)."""
    matter = content_words(v.object) | content_words(phrase)
    if not matter:
        return False
    need = min(2, len(content_words(v.object)) or 1)
    here = v.sentence_span or v.span
    confirmed = v.status in ("confirmed", "verified")
    rows = _outcomes(ctx).get(_verifier_key(v.by), [])
    at = bisect.bisect_left(rows, here[0], key=lambda row: row[0])
    for lo, hi, yes, no, words in rows[
        max(0, at - _OTHER_OUTCOMES_NEAR) : at + _OTHER_OUTCOMES_NEAR
    ]:
        if lo < here[1] and here[0] < hi:
            continue  # the verification's own sentence
        if yes == confirmed and not no:
            continue  # the same outcome told again
        if len(words & matter) >= need:
            return True
    return False


# the joint between a claim and the outlet's or a verifier's check run on in its words:
# "said 23 workers were underground, and Reuters could not verify the figure" (a comma: "said 40
# died and the figure could not be verified" may be the speaker's own doubt, left alone)
_JOINED_CHECK = re.compile(r",\s+(?:and|but|though|although|while)\s+$")


def _cut_before(ctx: Context, claim: Claim, v: Verification) -> Claim | None:
    """A claim whose words run on over the verification statement joined to it ("X said 23
    were trapped, and Reuters could not verify the figure"): the claim up to the joint; None
    for any other."""
    lo, hi = claim.content_span
    if claim.stance != "asserts" or not lo < v.span[0] < hi or claim.quote == "direct":
        return None
    joint = _JOINED_CHECK.search(ctx.text, lo, v.span[0])
    if joint is None or joint.end() != v.span[0]:
        return None
    content = ctx.text[lo : joint.start()]
    return replace(claim, content=content, content_span=(lo, joint.start()))


@register(KIND, "Verification", limit=4)
def build(ctx: Context) -> list[Question]:
    """Status questions from verification statements, and "what did X confirm" from claims."""
    confirms = _confirm_questions(ctx)
    asked = {q.evidence.span for q in confirms}
    out = []
    for v in ctx.story.verification:
        if v.line in ctx.story.headings:
            continue  # "Three babies die in hospital infection outbreak": headlinese, and the
            # story's first sentence says it again
        q = _status_question(ctx, v)
        if q and not (v.status == "confirmed" and q.evidence.span in asked):
            out.append(q)
    return out + confirms


def _status_question(ctx: Context, v: Verification) -> Question | None:
    found = object_phrase(ctx, v)
    if found and (v.by == NO_VERIFIER or _INDEFINITE.match(v.by)):
        return _unnamed_question(ctx, v, *found)
    if not found or not _by_ok(v.by):
        return None
    phrase, claim = found
    phrase = _QUOTE_STOP.sub(r"\1", phrase)  # '… a private server."?' -> '… a private server"?'
    own = v.by in (_OUTLET, _outlet(ctx)) or _same_outlet(v.by, _outlet(ctx))
    own = own or _verifier_key(v.by) == _verifier_key(_outlet(ctx))  # "Ledger", "the Ledger"
    if v.status == "unverified" and claim is None and not own and _official_said(ctx, v):
        return None  # "A fire chief said two barns burned. Officials have not confirmed reports …"
    if _other_outcome(ctx, v, phrase):
        return None  # "Police have not confirmed it. … Police later confirmed it": both true
    name = _OUTLET if v.by == _OUTLET else _as_written(ctx, v, display_for(ctx, v.by))
    whose = _whose_group(ctx, v)
    if whose and v.by != _OUTLET:  # "His team had been able to verify …": whose team?
        owner = _group_owner(ctx, v, whose.group(1).lower())
        if owner is None:
            return None  # "the team" of a story with another team: the prompt cannot say which
        name = f"{owner}’s {whose.group(2).lower()}"
    group = re.split(r"\s(?:in|at|from|of|on)\s", name, maxsplit=1)[0].split()[-1]
    bare_group = group in _GROUPS and group.endswith(("s", "police"))  # "officials", "prison …"
    bare_phrase = len(name.split()) > 1 and ctx.text.startswith(
        capitalize(name), v.span[0]
    )  # "City hall has not confirmed …": "did city hall confirm", as the story writes it
    if (
        name[:1].islower()
        and not bare_group
        and not bare_phrase
        and name.split()[0] not in ("the", "a", "an", "his", "her", "its")
    ):
        name = f"the {name}"  # "did the campaign confirm", not "did campaign confirm"
    phrase = _it_again(ctx, v, phrase, name)
    phrase = _OWNER_NAME.sub(lambda m: _owner_as_written(ctx, m), phrase)
    family = _family(ctx, v)
    if own and family == "confirm":
        family = "own confirm"  # the outlet checks; it does not deny ("could not be confirmed")
    frame = _NEITHER_FRAME.match(ctx.text, v.span[0], v.span[1]) or _frame_of(
        ctx, v
    )  # "Neither claim could be verified" whole: its "could be verified" alone says the opposite
    cue = frame.group() if frame else None
    not_yet = v.status == "unverified" and bool(cue and _NOT_YET.search(cue))
    it = "them" if _plural_matter(phrase) else "it"
    value = _VALUE.match(phrase) is not None
    declined = _declined(ctx, v)
    right, wrong = _options(
        v.status, family, capitalize(name), declined, not_yet=not_yet, it=it, value=value
    )
    was = "were" if _plural(name) else "was"  # "were police able to verify"
    ask = {
        "verify": was + " {by} able to verify",
        "own confirm": was + " {by} able to confirm",
        "determine": was + " {by} able to determine",
        "establish": was + " {by} able to establish",
    }.get(family, "did {by} confirm")
    if not_yet and family in ("verify", "own confirm"):  # "has Reuters verified the videos?"
        verb = "verified" if family == "verify" else "confirmed"
        ask = ("have" if _plural(name) else "has") + " {by} " + verb
    prompt = f"According to the story, {ask.format(by=name)} {phrase}?"
    span = v.sentence_span or v.span
    apart = claim is not None and _statement_between(ctx, v, claim, span[0])
    if claim is not None and claim.sentence_span[0] < span[0] and not apart:
        span = (claim.sentence_span[0], span[1])
    evidence = ctx.evidence(
        ctx.line_of(span[0]),
        span,
        cue,
        cue_span=frame.span() if frame else None,
        earlier=claim.sentence_span if claim is not None and apart else None,
    )
    said = f"{_said(cue)}: " if cue else ""
    meaning = _explain(v.status, family, own, _plural(name), declined, not_yet, value and not claim)
    teller = _tag_speaker(ctx, v) if not own else None
    if teller and v.status in ("verified", "confirmed"):  # "…, the agency said in a statement"
        meaning = (
            f"{'confirmed' if family == 'confirm' else 'verified'} this, according to {teller}"
        )
    story_says = quoted(evidence.text)
    if evidence.earlier_text is not None:  # the claim, then other statements, then this one
        earlier = " ".join(evidence.earlier_text.split())
        story_says = f"{quoted(earlier)} … and later: {story_says}"
    explanation = f"The story says: {story_says} — {said}{name} {meaning}."
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


# a verifier the story names by a possessive pronoun and a group noun ("His team", "Her
# colleagues"): asked only as the named person's ("Anders Kjell’s team")
_WHOSE_GROUP = re.compile(
    r"(His|Her|his|her)\s+(team|staff|colleagues|researchers|lab|laboratory|office|lawyers"
    r"|aides|investigators|analysts|unit|group)\b"
)


def _whose_group(ctx: Context, v: Verification) -> re.Match[str] | None:
    """The "His team" a statement's verifier is: at the statement's start, or earlier in its
    sentence when the statement shares that subject after "but" ("His team had been able to
    verify …, he said, but could not establish …"); None for any other verifier."""
    m = _WHOSE_GROUP.match(ctx.text, v.span[0], v.span[1])
    if m is None and v.sentence_span and v.span[0] > v.sentence_span[0]:
        found = list(_WHOSE_GROUP.finditer(ctx.text, v.sentence_span[0], v.span[0]))
        m = found[0] if len(found) == 1 and found[0].start() == v.sentence_span[0] else None
    return m if m and m.group(2).lower() == v.by.split()[-1].lower() else None


def _group_owner(ctx: Context, v: Verification, pronoun: str) -> str | None:
    """The one person "his"/"her" of a verifier's "His team" stands for: the one person named
    as a source in the statement's sentence and the sentence before, as the story shows the
    name; None when none or more than one person speaks there."""
    span = v.sentence_span or v.span
    before = ctx.sentence_before(span[0])
    lo = before.span[0] if before is not None else span[0]
    people = set()
    for c in ctx.claims_from(lo, span[1]):
        words = display_for(ctx, str(c.source or "")).split()
        named = next(  # "Botanist Ingrid Falk", "the surveyor Piet Lund": the name
            (" ".join(words[k:]) for k in range(len(words) - 1) if _person_name(words[k:])), None
        )
        if c.source and (named or c.source_kind in PERSON_KINDS):
            people.add(named or " ".join(words))  # a person with no name counts too
    if len(people) != 1:
        return None  # none, or two people speak there: whose team?
    (person,) = people
    if not PERSON_NAME_RE.fullmatch(person) or unresolved_pronoun(person):
        return None  # "a spokesman", "the minister": no name to own the team
    if GIVEN_NAMES.get(person.split()[0], "") not in ("", "m" if pronoun == "his" else "f"):
        return None  # "her team" after "Anders Kjell said": someone else's
    return person


def _person_name(words: list[str]) -> bool:
    """Whether some words are a person's name, all of them."""
    return PERSON_NAME_RE.fullmatch(" ".join(words)) is not None


# a name made the owner in a claim's clause ("its volunteers" -> "Skelmere Seal Trust’s
# volunteers"): "the" before it when the story writes it so
_OWNER_NAME = re.compile(r"(?<=\bthat )([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)(?=’s\s)")


def _owner_as_written(ctx: Context, m: re.Match[str]) -> str:
    shown = display_for(ctx, m.group(1))
    return shown if shown.lower() == f"the {m.group(1).lower()}" else m.group(1)


def _statement_between(ctx: Context, v: Verification, claim: Claim, start: int) -> bool:
    """Whether another verification statement stands between a claim's sentence and the
    statement that points back to it ("Lenk said four were killed. Reuters could not verify
    the footage. The figures could not be confirmed."): the evidence is then the two sentences
    apart, not all that lies between them."""
    return any(o is not v for o in _statements_from(ctx, claim.sentence_span[1], start))


def _people_told(ctx: Context, person: str) -> list[tuple[str, str]]:
    """("second", "man") for each "a second man" the story writes, by ``person``'s pattern
    (read once per story and pattern)."""
    key = "people_told:" + person
    found = ctx.cache.get(key)
    if not isinstance(found, list):
        found = ctx.cache[key] = [
            (m.group(1) or "", m.group(2)) for m in re.finditer(person, ctx.story_text)
        ]
    return found


def _another(ctx: Context, noun: str) -> bool:
    """Whether the story writes "another (…) <noun>" (read once per story and noun)."""
    key = "another:" + noun
    found = ctx.cache.get(key)
    if not isinstance(found, bool):
        pattern = rf"\b[Aa]nother\s+(?:[a-z]+\s+)?{noun}\b"
        found = ctx.cache[key] = re.search(pattern, ctx.story_text) is not None
    return found


def _statements_from(ctx: Context, lo: int, hi: int) -> list[Verification]:
    """The story's verification statements whose sentence (or own span) starts in [lo, hi),
    found by bisection on a list sorted once per story (a story of thousands of statements
    stays linear)."""
    index = ctx.cache.get("verification_starts")
    if not isinstance(index, tuple):
        ordered = sorted(ctx.story.verification, key=lambda o: (o.sentence_span or o.span)[0])
        starts = [(o.sentence_span or o.span)[0] for o in ordered]
        index = ctx.cache["verification_starts"] = (starts, ordered)
    starts, ordered = index
    return ordered[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


_REPORTS_THAT = re.compile(r"(?:reports?|claims?|accounts?)\s+that\s+")


def _official_said(ctx: Context, v: Verification) -> bool:
    """Whether an official or a government earlier in the story asserted the matter of
    unattributed reports a source "has not confirmed" ("Fire chief Ansel Brint said three
    barns were destroyed. … Officials have not confirmed reports that three barns were
    destroyed"): asking whether officials confirmed it would misstate the story, where one of
    them states it."""
    reports = _REPORTS_THAT.match(v.object)  # "reports that …": unattributed, never its own
    matter = content_words(v.object[reports.end() :]) if reports else frozenset()
    if len(matter) < 2:
        return False
    for c in ctx.story.claims:
        if c.content_span[1] > v.span[0] or c.source_kind not in ("official", "government"):
            continue
        if c.stance == "asserts" and matter <= content_words(c.content):
            return True
    return False


_QUOTE_STOP = re.compile(r"[.,]([”\"’'])$")


def _it_again(ctx: Context, v: Verification, phrase: str, name: str) -> str:
    """A phrase whose verifier stands where the story wrote "it" ("the number of patients the
    hospital took in", read from "The hospital has not confirmed the number of patients it took
    in"), with the "it" back: the prompt names the verifier just before ("did the hospital
    confirm the number of patients it took in?"); else the phrase as it is."""
    if _plural(name) or f" {name} " not in phrase:
        return phrase
    again = phrase.replace(f" {name} ", " it ", 1)
    said = " ".join(ctx.text[v.span[0] : v.span[1]].split())
    return again if again in said and phrase not in said else phrase


def _declined(ctx: Context, v: Verification) -> str | None:
    """ "declined" or "refused" when the statement's frame is a refusal to confirm."""
    frame = _frame_of(ctx, v)
    m = re.search(r"\b(declined|refused)\s+to\s+confirm\b", frame.group() if frame else "")
    return m.group(1).lower() if m else None


# A verifier that names no one ("a second telescope", "another laboratory")
_INDEFINITE = re.compile(r"(?:an?|another|any|other|some|further|more)\b", re.IGNORECASE)
_PLURAL_FRAME = re.compile(r"\b(?:have|are|were|remain)\b", re.IGNORECASE)
# "There was no confirmation of the deaths": the frame names no subject, nor its number
_NOUN_FRAME = re.compile(r"(?:confirmation|verification)$", re.IGNORECASE)


def _unnamed_question(
    ctx: Context, v: Verification, phrase: str, claim: Claim | None
) -> Question | None:
    """ "The cause of the blast has not been confirmed", "… by a second laboratory": the story
    names no one who confirms or fails to, so the question asks what the story reports, never
    "did the outlet confirm …" (and never offers that someone denied it)."""
    if v.status not in ("unverified", "confirmed", "verified"):
        return None
    frame = _frame_of(ctx, v)
    if frame is None:
        return None
    past = "confirmed" if _family(ctx, v) == "confirm" else "verified"
    words = phrase.split()
    if words[0].lower() in _WH or words[0].lower() == "that":
        plural, ask = False, f"has it been {past} {phrase}"
    else:
        plural = _PLURAL_FRAME.search(frame.group()) is not None
        if _NOUN_FRAME.search(frame.group()):
            plural = _plural_matter(phrase)
        ask = f"{'have' if plural else 'has'} {phrase} been {past}"
    pro, have = ("they", "have") if plural else ("it", "has")
    yes, no = f"Yes, {pro} {have} been {past}", f"No, {pro} {have} not been {past}"
    right = no if v.status == "unverified" else yes
    wrong = [yes if right == no else no, "The story does not say"]
    span = v.sentence_span or v.span
    if claim is not None and claim.sentence_span[0] < span[0]:
        span = (claim.sentence_span[0], span[1])
    evidence = ctx.evidence(ctx.line_of(span[0]), span, frame.group(), cue_span=frame.span())
    meaning = (
        f"the story reports this as not yet {past}, and names no one who has {past} it"
        if v.status == "unverified"
        else f"the story reports this as {past}"
    )
    return make_question(
        ctx,
        KIND,
        prompt=f"According to the story, {ask}?",
        right=right,
        wrong=wrong,
        explanation=f"The story says: {quoted(evidence.text)} — {_said(frame.group())}: {meaning}.",
        evidence=evidence,
        difficulty=2,
        key=(v.status, phrase),
    )


def _same_outlet(by: str, outlet: str) -> bool:
    """Whether a verifier is the outlet by its credit's other name ("AP" in a story credited
    to The Associated Press)."""
    return any(
        by.lower() == short.lower() and outlet.lower() == long.lower() and short != long
        for short, long in OUTLET_CREDITS.items()
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
        wrong = other_clauses(ctx, claim, info, others_only=True)
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
