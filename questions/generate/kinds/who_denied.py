"""who_denied and what_denied (Denials): who denied this, and what did this source deny?

Both come from claims with stance "denies". A who_denied option is never a source that denied
anything in the story; what_denied's wrong options are other things said in the same story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from questions.content import CLAIM_NOUNS, FALSE_WORDS, calls_false, denies_a_claim
from questions.cues import MONTHS, WEEKDAYS
from questions.generate import described, lexicon
from questions.generate.claims import (
    ambiguous_pronoun,
    clause_phrase,
    content_after_cue,
    is_claim,
    nested,
    other_clauses,
    outlet_claim,
    recut,
    said_phrase,
)
from questions.generate.described import (
    DESCRIBED,
    DESCRIBED_ANY,
    bodies_named,
    body_meant,
    name_words,
    named_before,
)
from questions.generate.explain import cue_of, quoted
from questions.generate.parties import named_parties, party_line
from questions.generate.registry import Context, make_question, register, strip_dateline
from questions.generate.sources import (
    SourceInfo,
    affiliations,
    body_ties,
    conflicts,
    couple_surnames,
    display_for,
    distractors,
    doubtful_source,
    name_groups,
    overlaps,
    serves_government,
    source_key,
    source_of,
    speaks,
    story_sources,
)
from questions.generate.text import (
    PERSON_KINDS,
    THING_KINDS,
    content_words,
    curly_quotes,
    drop_based,
    gender_of,
    is_clause,
    leans_back,
    lower_positional,
    norm,
    not_a_sentence,
    option_name,
    quotes_balanced,
    strip_edges,
    strip_that,
    tokens,
    unresolved_pronoun,
    unwrap_quote,
    vague_option,
    without_opening_determiner,
    word_count,
)
from questions.model import Claim, Evidence, Question, Sentence
from questions.names import GIVEN_NAMES, ORG_NAME_WORDS, looks_personal
from questions.text import load_lexicon

_DENIES = frozenset({"denies"})
MAX_WORDS = 24  # the longest denied phrase asked about


_DENIED_NOUN = re.compile(
    r"^(?:the\s+|any\s+|all\s+|an?\s+)?(?:\w+\s+){0,2}?(?:"
    + "|".join(lexicon.words("denied_nouns"))
    + r")(?:\s+(?:by|from)\s+[^,;:“”\"]{2,60}?"  # "a claim by a residents' group that"
    # "a report in the regional newspaper Helvar Courier that": an outlet, named
    r"|\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,3}[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})?"
    r"\s+that\s+",
    re.IGNORECASE,
)


_CALLING = frozenset({"called", "calls", "branded", "brands", "labelled", "labeled", "described"})
# a participle after a comma ("…, calling the accusations “a campaign of lies”"): asked as past
_CALLING_PAST = {"calling": "called", "branding": "branded", "labelling": "labelled"}
_CALLING |= frozenset(_CALLING_PAST)
_DENIAL_HEADS = re.compile(
    r"\b(?:" + "|".join(lexicon.words("denied_nouns")) + r"|wrongdoing|involvement"
    r"|responsibility|knowledge|link|role|existence)\b",
    re.IGNORECASE,
)


def calling(claim: Claim) -> bool:
    """Whether a denial is made by calling something false ("called the charges fabricated")."""
    return (claim.cue or "").lower().split()[-1:] in ([w] for w in _CALLING)


def denied_phrase(ctx: Context, claim: Claim) -> str | None:
    """What a denial denies, as a phrase: "that X" (also for "claims that X", "the notion that
    X"), a noun phrase ("any wrongdoing"), or a quotation for a quoted denial. How the denial
    was made is no part of it ("denied the allegation in a brief statement": the allegation)."""
    claim = _without_manner(claim)
    if claim.quote == "direct":
        inner = strip_edges(unwrap_quote(strip_edges(claim.content)))
        short = 4 <= word_count(inner) < 6 and quotes_balanced(inner) and inner[:1].isupper()
        # "“We categorically deny every charge in this indictment,” X said": the quotation is
        # the denial, in the denier's own words, and no clause of it needs a pronoun resolved
        worded = (
            6 <= word_count(inner) <= 14
            and quotes_balanced(inner)
            and inner[:1].isupper()
            and _DENIAL_WORDS.search(inner)
            and not unresolved_pronoun(without_opening_determiner(_WE_DENY.sub("", inner)))
        )
        return (
            quoted(inner)
            if short or worded or _we_deny_that(inner)
            else said_phrase(claim, ctx.text)
        )
    called = _CLAIM_UNTRUE.match(strip_edges(claim.content))
    if called:  # "said Rubio's claim that X is simply not true": what is denied is X
        return _bare_clause(ctx, called.group(1))
    m = _DENIED_NOUN.match(claim.content)
    if m and word_count(claim.content[m.end() :]) >= 4:  # "claims that X": what is denied is X
        inner = replace(claim, content=claim.content[m.end() :])
        phrase = clause_phrase(inner, ctx.text)
        if phrase and phrase.startswith("that "):
            return phrase
        rest = claim.content[m.end() :]  # "the idea that casting a ballot …"
        return _bare_clause(ctx, rest) or _listed_or_modal_clause(ctx, rest)
    gap = ctx.text[claim.cue_span[1] : claim.content_span[0]] if claim.cue_span else ""
    if gap.strip().lower() == "that":  # "denied that the levy amounts to a tax": a clause
        clause = _TRAILING.sub("", strip_edges(claim.content))
        # "denied that refunds had been withheld": after "that" a bare plural opens a clause
        phrase = clause_phrase(replace(claim, content=clause), ctx.text, bare_plural=True)
        if not phrase:
            return _listed_or_modal_clause(ctx, clause)  # den13: "that waterboarding amounts …"
        return phrase if phrase.startswith("that ") else f"that {phrase}"
    short = _label_without_channel(claim, strip_edges(claim.content))
    label = _AS_LABEL.fullmatch(short)
    if label:  # "dismissed the observers' report as biased": a label, never "that …"
        what = short[: short.rfind(" as ")]
        good = _DISMISSED_AS.fullmatch(short) or _DENIAL_HEADS.search(what)
        return short if good and not _IDEA.match(short) and quotes_balanced(short) else None
    if calling(claim) and _CALLED_FALSE.fullmatch(short):
        if short.split(None, 1)[0].lower() in _PERSONAL:
            return None  # "called his statement a lie": whose, in a prompt alone?
        return _QUOTED_STOP.sub(r"\1", short)  # "called the accusations baseless"
    if _SPECIFIC_DENIAL.fullmatch(short) and short.lower().startswith("any "):
        return short  # "denies any wrongdoing in a case brought by …": a noun phrase, no clause
    phrase = clause_phrase(claim, ctx.text)
    if phrase and _IDEA.match(phrase):
        return None  # "rejected the idea as ludicrous": a proposal turned down, not a claim
    if phrase and (phrase.startswith("that ") or _DENIAL_HEADS.search(phrase)):
        return phrase
    if _GERUND.fullmatch(short) and not unresolved_pronoun(short):
        return short  # "denied receiving any payment", "denied targeting civilians"
    when = _WHEN_DENIED.search(short)
    if when and _GERUND.fullmatch(short[: when.start()]):
        # "denied receiving payments, after a newspaper reported …": when it was denied, not
        # what was denied
        short = short[: when.start()]
        return short if not unresolved_pronoun(short) else None
    if _SPECIFIC_DENIAL.fullmatch(short) or _WHOSE_CLAIM.fullmatch(short):
        return short  # "denied any wrongdoing", "rejected Clinton's claim": short, but specific
    if _WHOSE_VIEW.fullmatch(short):
        return short  # "rejected the engineers' account of the collapse": whose, and of what
    deny = _last_word(claim.cue) in ("denied", "denies", "deny")
    if deny and _ANY_DENIAL.fullmatch(short) and not unresolved_pronoun(short):
        return short  # "denied any naval exercise": "deny" itself, and what it denies any of
    return None  # "rejected a media request": a ruling on a request, not a denial of a claim


_SPECIFIC_DENIAL = re.compile(
    r"(?:(?:any|all)\s+(?:\w+\s+)?(?:wrongdoing|involvement|responsibility|knowledge"
    r"|(?:links?|ties|connections?|contacts?|role)(?=\s+(?:in|of|to|with)\s))"  # "any links to …"
    r"|wrongdoing)"  # "The mayor denied wrongdoing": no "any" needed
    r"(?:\s+(?:in|of|to|with)\s+[^,;:“”\"]{3,60}"
    # "wrongdoing throughout the 14-month trial": over the matter of a trial or an inquiry
    r"|\s+(?:throughout|during)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:trial|hearing|hearings|inquiry|investigation|case|proceedings))?",
    re.IGNORECASE,
)


# "any naval exercise", "any contact with the firm": a noun with a word that says which (not
# "any contact" alone: with whom?), no clause
_ANY_OF = r"\s+(?:in|of|to|with|from|on)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}"
_ANY_DENIAL = re.compile(
    r"any\s+(?!(?:appeal|request|application|bail)\b)(?:(?:[a-z][\w’'-]*\s+){1,2}[a-z][\w’'-]*"
    r"(?:" + _ANY_OF + r")?|[a-z][\w’'-]*" + _ANY_OF + r")",
)


_WHOSE_CLAIM = re.compile(
    r"(?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}[’']s?\s+(?:\w+\s+)?(?:"
    + "|".join(lexicon.words("denied_nouns"))
    + r")",
)
# "the engineers' account of the collapse", "Maddox's version of events", "the study's
# methodology": someone's telling of a matter (never "his account": whose?)
_WHOSE_VIEW = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.-]+\s+){0,2}[\w-]+(?:[’']s|s[’'])\s+(?:"
    + "|".join(sorted(lexicon.words("view_nouns")))
    + r")(?:\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?",
)
# "the criticism as baseless", "concerns that …", "the calls for her resignation": an opinion
# or a demand turned down, no reported fact denied
_OPINION_OBJECT = re.compile(
    r"(?:(?:the|this|that|these|those|such|all|any|his|her|their|its|[A-Z][\w.-]+[’']s?)\s+)?"
    r"(?:(?!(?:of|that|as|about)\b)[\w’'-]+\s+){0,2}?(?:"
    + "|".join(sorted(lexicon.words("opinion_objects")))
    + r")\b",
    re.IGNORECASE,
)
_CLAIM_UNTRUE = re.compile(
    r"(?:(?:the|this|that|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}[’']s?)\s+)?(?:"
    + "|".join(lexicon.words("denied_nouns"))
    + r")\s+that\s+(.{12,200}?),?\s+(?:is|was|are|were)\s+[“\"]?(?:simply\s+|completely\s+"
    r"|entirely\s+|totally\s+|absolutely\s+|just\s+)?(?:not\s+true|untrue|false|baseless"
    r"|groundless|unfounded)\W*",
)
_FALSITY = sorted(
    set(lexicon.shared_lines("denial_labels.txt"))
    | {"guesswork", "propaganda", "misinformation", "disinformation", "speculation", "a smear"},
    key=len,
    reverse=True,
)
_DISMISSED_AS = re.compile(
    r"(?:the|this|that|these|those|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}[’']s?)\s+"
    r"[^,;:“”\"]{2,50}?\s+as\s+(?:(?:\w+ly|pure|mere|simply)\s+)?[“\"]?(?:"
    + "|".join(map(re.escape, _FALSITY))
    + r")[”\"]?",
)
# "<noun phrase> as <label>" after "dismissed": a label put on something, not a clause
_AS_LABEL = re.compile(
    r"(?:the|this|that|these|those|his|her|their|its|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}[’']s?)"
    r"\s+[^,;:“”\"]{2,50}?\s+as\s+(?:an?\s+)?[“\"]?[^,;:]{2,60}",
)
# "called the accusations baseless", "branded the reports a hoax": a report noun and a falsity word
_CALLED_FALSE = re.compile(
    r"(?:the|these|those|this|that|his|her|their|its|such|all|any)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(lexicon.words("denied_nouns"))
    + r"|reports?|story|stories|statements?)\s+[“\"]?"
    + r"(?:an?\s+(?:[a-z]+\s+){0,2}of\s+|an?\s+[a-z]+\s+(?=lies?\b))?(?:"  # "a shameless lie"
    + "|".join(map(re.escape, _FALSITY))
    + r")(?:\s+and\s+[a-z]+)?[.,]?[”\"]?",
)
# "“a campaign of lies.”" in a prompt: "“a campaign of lies”"
_QUOTED_STOP = re.compile(r"[.,]([”\"])$")
_WE_DENY = re.compile(r"^(?:We|I)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:that\s+)?")
# "We categorically deny that any member of our party …": the speaker's own denial of a clause
_WE_DENY_THAT = re.compile(
    r"(?:We|I)\s+(?:(?:categorically|strongly|emphatically|firmly|totally|flatly|utterly"
    r"|absolutely|completely|entirely|vehemently)\s+)?(?:deny|reject|refute)\s+that\s+(.+)"
)
# the speaker's own first person inside a quotation: the speaker's, no pronoun to resolve
_FIRST_PERSON = re.compile(r"\b(?:our|my|we|us|me|ourselves|myself)\b", re.IGNORECASE)


_OWN_NOUN = re.compile(r"\b(?:our|my)\s+[\w’'-]+", re.IGNORECASE)


def _we_deny_that(inner: str) -> bool:
    """Whether a quotation is a speaker's own denial of a clause, "We (categorically) deny
    that …" (at most ``MAX_WORDS`` words, one sentence), whose clause needs no pronoun resolved
    but the speaker's own "we"/"our"."""
    m = _WE_DENY_THAT.fullmatch(inner.rstrip(".,"))
    if not m or word_count(inner) > MAX_WORDS or not quotes_balanced(inner):
        return False
    rest = m.group(1)
    if re.search(r"[.!?;:]\s|[“”\"]", rest):
        return False  # one clause, no second sentence, no quotation inside
    masked = _OWN_NOUN.sub("the thing", rest)  # "our cooperative": the speaker's own
    masked = _FIRST_PERSON.sub("people", masked)
    return not unresolved_pronoun(without_opening_determiner(masked))


_DENIAL_WORDS = re.compile(
    r"\b(?:deny|denies|denied|reject|rejects|rejected|false|untrue|not\s+true|baseless"
    r"|groundless|unfounded|lies)\b",
    re.IGNORECASE,
)
# A gerund phrase as what was denied ("denied receiving any payment"); not "nothing".
_GERUND = re.compile(
    r"(?!(?:no|any|some|every)thing\b|(?:during|according|including|morning|evening|spring)\b)"
    # "knowingly selling any …"; "owing", "being", "lying", "using": two letters before "-ing"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}|ow|be|ly|us)ing(?:\s+[\w’'-]+){1,10}",
    re.IGNORECASE,
)
# ", after a newspaper reported …": a clause of when a denial was made, after what it denies
_WHEN_DENIED = re.compile(r",\s+(?:after|when|as|following|hours\s+after|days\s+after)\s")
_TRAILING = re.compile(r",?\s+(?:however|though|too|also|again)\W*$", re.IGNORECASE)
_IDEA = re.compile(
    r"(?:the|that|this|his|her|their)\s+(?:idea|notion|proposal|offer|plan)\b(?!\s+that)"
)
_MODAL = frozenset({"must", "should", "would", "could", "will", "might", "may", "can", "to"})
_VERBS = frozenset({"rejected", "dismissed", "disputed", "refuted", "rebutted", "denied"})


def denial_verb(claim: Claim) -> str:
    """The verb of the prompt: the cue's own past tense ("rejected", "dismissed", "pushed back
    against"), else "denied"."""
    if pleaded(claim):
        return "pleaded not guilty to"  # "who pleaded not guilty to fraud charges?" (den12)
    if re.fullmatch(r"pushed\s+back\s+(?:against|on)", (claim.cue or "").lower()):
        return " ".join((claim.cue or "").lower().split())
    last = (claim.cue or "").lower().split()[-1:]
    verb = _PRESENT.get(last[0], last[0]) if last else ""
    return verb if verb in _VERBS else "denied"


# "a claim the company rejects": asked in the past, as every denial is
_PRESENT = {"rejects": "rejected", "dismisses": "dismissed", "disputes": "disputed"}


def _bare_clause(ctx: Context, rest: str) -> str | None:
    """The clause after "the idea that" as "that <clause>", even when it opens with a lower-case
    word ("casting a ballot is …"); None if it is no clean clause."""
    clause = strip_edges(rest)
    if not 4 <= word_count(clause) <= 30 or not quotes_balanced(clause) or not is_clause(clause):
        return None
    if unresolved_pronoun(clause) or clause[:1] in "“\"‘'":
        return None
    return f"that {lower_positional(clause, ctx.text)}"


# den13: "the notion that pressure from lenders, or greed, or even tax policy, had prompted the
# move" (a subject of several parts set off by commas, which ``is_clause`` reads only up to its
# first comma) and "rumours that Ruiz might call an early vote, either through …" (a modal
# "might"/"must" after a name; the adjunct after ", either/including/such as" is cut: it is how,
# not what). Only after a noun of ``denied_nouns`` ("the notion that", "rumours that").
_LISTED_SUBJECT = re.compile(
    r"[^,;:“”\"]{2,60}(?:,\s+(?:or|and)\s+(?:even\s+|perhaps\s+)?[^,;:“”\"]{2,40}){1,3},\s+"
    r"(?:had|has|have|was|were|is|are|would|could|will|did)\s+[a-z][\w’'-]*\s+[^,;:“”\"]{3,}"
)
_NAME_MODAL = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:might|must)\s+[a-z][\w’'-]*\s+[^,;:“”\"]{3,}"
)
# "denied that waterboarding amounts to torture": a one-word gerund subject and a verb in the
# present (``is_clause`` reads a present verb only after a determiner)
_GERUND_PRESENT = re.compile(r"[a-z]{4,}ing\s+[a-z]{3,}(?<![su])s\s+(?!of\b)[a-z][^,;:“”\"]*")
_ADJUNCT_TAIL = re.compile(r",\s+(?:either|including|such\s+as)\s")


def _listed_or_modal_clause(ctx: Context, rest: str) -> str | None:
    """den13: the clause after "the notion/rumours that" (or "denied that") when
    ``_bare_clause`` (``clause_phrase``) cannot read it (``_LISTED_SUBJECT``, ``_NAME_MODAL``,
    ``_GERUND_PRESENT``), as "that <clause>"; None if it is none of them."""
    clause = strip_edges(rest)
    tail = _ADJUNCT_TAIL.search(clause)
    if tail:
        clause = clause[: tail.start()]
    clause = clause.rstrip(".,;: ")
    if not 3 <= word_count(clause) <= MAX_WORDS or not quotes_balanced(clause):
        return None
    forms = (_LISTED_SUBJECT, _NAME_MODAL, _GERUND_PRESENT)
    if not any(form.fullmatch(clause) for form in forms):
        return None
    if unresolved_pronoun(clause):
        return None
    return f"that {lower_positional(clause, ctx.text)}"


_NEGATIVE = re.compile(r"\b(?:not|never|nothing|no|none|n[’']t|untrue|false)\b", re.IGNORECASE)


# Deniers no list of the story's sources holds (no name, or a role), offered only in a form that
# reads cleanly as an option: "Kaldovan officials", "the university", "aides to the governor".
_GROUP_DENIER = re.compile(
    r"^[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?:officials|diplomats|authorities|prosecutors"
    r"|lawmakers|ministers|officers)$"
)
_THE_DENIER = re.compile(
    r"^[Tt]he\s+(?:(?:interior|foreign|defence|defense|health|justice|finance|transport"
    r"|education|regional|national|federal|provincial|city|local|election|electoral"
    r"|environment|energy|economy|agriculture|trade|labour|labor|housing|culture"
    r"|county|state|water)\s+){0,2}"
    r"(?:university|ministry|embassy|company|club|hospital|council|airline|museum|authority"
    r"|department|regulator"
    r"|foundation|bank|school|agency|charity|federation|government|commission"
    r"|board|coast\s+guard|navy|army|air\s+force|fire\s+(?:brigade|service)|port\s+authority"
    r"|operator|insurer|union|railway|airport|dairy|park|zoo|firm|factory|brewery|bakery"
    r"|retailer|supermarket|manufacturer|carmaker|developer|landlord|utility|broadcaster"
    r"|(?:prison|health|ambulance|probation|customs|immigration)\s+service"
    r"|newspaper|publisher|festival|league|party|prison|police|military)$"
)
# "Officials in Korlin", "Authorities from Vessia": a group of a named place
_GROUP_IN_DENIER = re.compile(
    r"^(?:Officials|Authorities|Diplomats|Prosecutors|Lawmakers|Ministers)\s+(?:in|from)\s+"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$"
)
# "A Doltra spokesman", "a Harbour Oil spokeswoman": the unnamed voice of a named organisation
# den13: "the government in Ostrava has denied any role …": the government of a named capital
_GOVERNMENT_IN = re.compile(
    r"^[Tt]he\s+(?:government|authorities|regime)\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$"
)
_SPOKES_DENIER = re.compile(
    r"^[Aa]n?\s+[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,2}\s+(?:spokesman|spokeswoman|spokesperson)$"
    # "A spokesperson for Telvo", "a spokeswoman for the Harbour Board": the same, named after
    r"|^[Aa]\s+(?:spokesman|spokeswoman|spokesperson)\s+for\s+(?:the\s+)?[A-Z][\w’'&-]+"
    r"(?:\s+[A-Z][\w’'&-]+){0,3}$"
)
_ROLE_OF_DENIER = re.compile(
    r"^(?:Aides|Advisers|Advisors|Lawyers|Attorneys|Relatives)\s+(?:to|for|of)\s+"
    r"(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*$"
)


_POSSESSED = re.compile(r"[A-Z][\w-]+[’']s\s+(?:[a-z]+\s+)?[a-z]{4,}")
_PROPER = re.compile(r"[A-Z][\w’'&-]+(?:\s+(?:of\s+)?[A-Z][\w’'&-]+){0,3}")


_AGED_DENIER = re.compile(r"([A-Z][\w’'-]+),\s+\d{1,3}")


def _full_name(ctx: Context, surname: str) -> str:
    """A surname as the story first writes it after a given name ("Maria Dessa"), else as is."""
    for m in re.finditer(r"\b([A-Z][\w’'-]+)\s+" + re.escape(surname) + r"\b", ctx.story_text):
        if m.group(1) in GIVEN_NAMES:
            return m.group(0)
    return surname


# "The actor", "The actor, who lives in Madrid": a role alone, perhaps with a relative clause
_ROLE_DENIER = re.compile(r"The ([a-z]{3,}),?(?:\s*,\s*who\s[^,]+)?")


def _named_role(ctx: Context, role: str) -> str | None:
    """The one name the story writes after a role in lower case ("charged actor Bram Tollen"):
    the person "the actor" is; None when no name or more than one follows the role."""
    found = {
        m.group(1)
        for m in re.finditer(
            r"\b" + re.escape(role) + r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})",
            ctx.story_text,
        )
    }
    name = found.pop() if len(found) == 1 else None
    return name if name and looks_personal(name) else None  # "company Ostra Logistics": none


def _unlisted_denier(ctx: Context, claim: Claim) -> SourceInfo | None:
    """A denier left out of the story's sources, as a source to offer when its mention in the
    denial's own sentence is one of the clean forms above (never a pronoun, never a bare role)."""
    written = " ".join((claim.source_text or "").split())
    if _GROUP_DENIER.match(written):
        display, kind = written, "official"
    elif (described := _described_body(ctx, claim, written)) is not None:
        return described  # "The company denied …" in a story naming one company: its name
    elif (later := _named_later(ctx, claim, written)) is not None:
        return later  # "An exam board has dismissed …. The Northfield Examinations Board said"
    elif _THE_DENIER.match(written):
        display, kind = "the " + " ".join(written.split()[1:]), "organisation"
    elif _SPOKES_DENIER.match(written):  # "a Doltra spokesman"
        display, kind = written[:1].lower() + written[1:], "official"
    elif _GROUP_IN_DENIER.match(written) or _GOVERNMENT_IN.match(written):  # den13: "the
        # government in Ostrava": a capital's government, as written
        display, kind = written[:1].lower() + written[1:], "official"
    elif _ROLE_OF_DENIER.match(written) and any(w[:1].isupper() for w in written.split()[2:]):
        # "Lawyers for Stena Line"; not "aides to the governor" (who may be a named source)
        display, kind = written[:1].lower() + written[1:], "official"
    elif _apposed(claim) and _PROPER.fullmatch(written) and written == claim.source:
        # "…, a claim Dravia denies": a one-word place or name no other rule lists
        display, kind = written, claim.source_kind
    elif _opens_sentence(ctx, claim) and _PROPER.fullmatch(written) and written == claim.source:
        # "Vossland has denied any naval exercise": a name that opens the sentence, as written
        display, kind = written, claim.source_kind or "organisation"
    elif (
        claim.source_span
        and ctx.text.startswith(", who ", claim.source_span[1])
        and _opens_sentence(ctx, claim)
        and (claim.source or "").endswith(written)
        and looks_personal(claim.source or "")
    ):
        # "Lindqvist, who denies the allegations, …" (:func:`_who_resolved`): the name in full
        display, kind = str(claim.source), "person"
    elif claim.act == "learned" and _POSSESSED.fullmatch(written) and written == claim.source:
        # "Lind's management called …", "Ostberg's association has denied …"
        display, kind = written, "organisation"
    elif (aged := _AGED_DENIER.fullmatch(written)) and _opens_sentence(ctx, claim):
        # "Dessa, 41, denies any wrongdoing": the name without its age, in full where the story
        # gives it with a given name ("Maria Dessa")
        display, kind = _full_name(ctx, aged.group(1)), "person"
    elif (role := _ROLE_DENIER.fullmatch(written)) and (named := _named_role(ctx, role.group(1))):
        # "The actor, who lives in Madrid, denies the charges" after "charged actor Bram Tollen"
        display, kind = named, "person"
    elif (it := _it_body(ctx, claim)) is not None:
        # "Voltra said it had begun an update …. It rejected suggestions that …": the one body
        # the sentence before names, as its subject
        display, kind = it, "organisation"
    elif claim.act == "learned" and _PROPER.fullmatch(claim.source or ""):
        # "The operator, Calder Lines, has denied …" read only by the learned model: the name
        display, kind = str(claim.source), claim.source_kind
    else:
        return None
    key = source_key(display)
    if key in story_sources(ctx):
        return None
    lead = strip_edges(claim.content).removeprefix("that ").split(None, 1)[:1]
    own = ("it", "its") if kind == "organisation" else ("they", "their")
    if lead and lead[0].lower() in _PERSONAL and lead[0].lower() not in own:
        return None  # "Aides to the governor denied she had …": "she" is the governor
    info = SourceInfo(key, display, kind, claims=[claim])
    if claim.act == "learned" or written in ("It", "it"):
        written = display  # "The ferry's captain, Olaf Berg", "It": shown and known as the name
    info.words |= content_words(written)
    info.groups |= name_groups(written)
    info.mentions += written.split()
    if kind in PERSON_KINDS:  # "The theatre's general manager, Dr Ana Brel, denied …": its own
        info.words |= body_ties(ctx, info, " ".join((claim.source_text or "").split()), claim.line)
    return info


_CAPITALISED = re.compile(r"\b[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch|i)")


def it_named(ctx: Context, claim: Claim) -> bool:
    """Whether a denier is an "It" that :func:`_it_body` resolved to a name."""
    return _it_body(ctx, claim) is not None


def _it_body(ctx: Context, claim: Claim) -> str | None:
    """The named body an opening "It" of a denial can only be: the analysis read it as a name
    ("Voltra") that opens the sentence just before, in the same paragraph, as the subject of
    that sentence's every claim, and that sentence names nothing else (no other name of two
    words, no source of the story; a month, a weekday or a nationality is no name). None
    where "It" might be a second body ("Ostra Bank and Kelvin Insurance said …. It …")."""
    written = " ".join((claim.source_text or "").split())
    name = (claim.source or "").strip()
    if written not in ("It", "it") or not _PROPER.fullmatch(name) or claim.source_span is None:
        return None
    if claim.source_kind in PERSON_KINDS or looks_personal(name):
        return None
    if strip_dateline(ctx.claim_sentence(claim)).lstrip()[:3] != "It ":
        return None  # "It" opens the denial's sentence
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None or before.line != claim.line or before.in_quote:
        return None
    body = strip_dateline(before.text).lstrip()
    if not re.match(re.escape(name) + r"\b(?![\w’'-])", body):
        return None
    key = source_key(name)
    said = [*ctx.claims_in(before.span), *ctx.others_in(before.span)]
    if not said or any(source_key(c.source or "") != key for c in said):
        return None
    return None if _names_another(ctx, body[len(name) :], name) else name


def _names_another(ctx: Context, text: str, name: str) -> bool:
    """Whether words name something besides ``name`` that an "It" after them might be: a
    capitalised word that is no month, weekday or nationality, or a name of two words."""
    listed = {w for info in story_sources(ctx).values() for w in name_words(info.name)}
    own = name_words(name)
    for m in _CAPITALISED.finditer(text):
        found = m.group(0)
        if name_words(found) <= own:
            continue  # the body's own name again
        if " " in found or found.lower() in listed:
            return True  # "… its supplier Brenna Parts": "It" may be either
        calendar = found.lower() in MONTHS or found.lower() in WEEKDAYS
        if not calendar and not _NATIONALITY.fullmatch(found):
            return True
    return False


def _it_of_two(ctx: Context, claim: Claim) -> bool:
    """Whether a denial's opening "It" may stand for either of two bodies the sentence before
    names ("Kestrel Motors said its supplier Brenna Parts had …. It rejected …"), whatever the
    analysis read it as."""
    written = " ".join((claim.source_text or "").split())
    if written not in ("It", "it") or claim.source_span is None:
        return False
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None:
        return False
    body = strip_dateline(before.text).lstrip()
    name = (claim.source or "").strip()
    rest = body[len(name) :] if name and body.startswith(name) else body
    return _names_another(ctx, rest[1:] if rest[:1].isupper() else rest, name)


def _described_body(ctx: Context, claim: Claim, written: str) -> SourceInfo | None:
    """A denier written as a description ("The company", "The shipowner") in a story that
    names exactly one body of that type before the denial: that body, shown by its name (the
    description kept among its words, so a denied clause that repeats it, "that the company
    was responsible …", gives a who_denied question away). None when the story names none or
    several, or a person ("the driver"); "It" only where the analysis read it as such a
    description ("The company said …. It insisted …"), never a thing ("the report")."""
    m = DESCRIBED.fullmatch(written)
    if written in ("It", "it") and claim.source_kind in THING_KINDS:
        # "The company said …. It insisted …": "It" as the analysis resolved it, a description
        m = DESCRIBED.fullmatch(f"the {claim.source or ''}")
    if not m or not claim.source_span:
        return None
    noun = m.group(1).lower()
    # none named, or "the company" after two companies, or after "Ostwind said …"
    name = body_meant(ctx, noun, claim.sentence_span[0], claim.line, story_sources(ctx).values())
    if name is None:
        name = _body_in_focus(ctx, noun, claim, written)
    if name is None:
        return None
    listed = story_sources(ctx).get(source_key(name))
    if listed is not None and any(source_key(c.source or "") == listed.key for c in listed.claims):
        return None  # "Halden Bulk said …" before: the analysis' own reading stands
    info = SourceInfo(source_key(name), name, "organisation", claims=[claim])
    info.words |= content_words(name) | {noun}
    info.groups |= name_groups(name)
    info.mentions += name.split()
    return info


def _body_in_focus(ctx: Context, noun: str, claim: Claim, written: str) -> str | None:
    """The name :func:`_focus` finds, or None."""
    found = _focus(ctx, noun, claim, written)
    return found[0] if found else None


def _focus(ctx: Context, noun: str, claim: Claim, written: str) -> tuple[str, Sentence] | None:
    """cov13: the body "The company" (or an "It" for it) means where the story names two of its
    type: the one whose people spoke in the paragraph just before the description's, as the
    only body of the type that paragraph names, none other named since ("A Veltro spokesman
    denied …." / "The company also took issue with …. It said the claims were untrue": Veltro,
    though a security firm spoke earlier)."""
    at = claim.sentence_span[0]
    if written in ("It", "it"):
        before = ctx.sentence_before(at)
        if before is None or before.line != claim.line:
            return None
        if not re.match(rf"The\s+{re.escape(noun)}\b", strip_dateline(before.text).lstrip()):
            return None  # "It" stands for the description that opens the sentence before
        at = before.span[0]
    elif not re.match(rf"The\s+{re.escape(noun)}\b", written):
        return None
    names = bodies_named(ctx, noun, at)
    sentences = ctx.story.sentences
    i = ctx.sentence_index(at)  # back over the description's own paragraph (bounded by it)
    while i >= 0 and (sentences[i].span[1] > at or sentences[i].line == claim.line):
        i -= 1
    if i < 0:
        return None
    first = i  # the paragraph just before: its first sentence
    while first > 0 and sentences[first - 1].line == sentences[i].line:
        first -= 1
    lo, hi = sentences[first].span[0], sentences[i].span[1]
    # the description's paragraph up to it
    own = ctx.text[max(ctx.story.span[0], ctx.text.rfind("\n", ctx.story.span[0], at) + 1) : at]
    shown = [n for n in names if n in ctx.text[lo:hi]]
    if len(shown) != 1 or any(n in own for n in names):
        return None
    for c in ctx.claims_from(lo, hi):
        if shown[0] in (c.source or "") or shown[0] in (c.source_text or ""):
            where = ctx.sentence_at(c.sentence_span)
            return (shown[0], where) if where is not None else None
    return None


def _in_focus(ctx: Context, claim: Claim) -> bool:
    """cov13: whether a denier is a description (or its "It") :func:`_body_in_focus` named:
    like a named "It", the story's unnamed bodies may fill in its wrong options."""
    written = " ".join((claim.source_text or "").split())
    if written in ("It", "it") and claim.source_kind in THING_KINDS:
        m = DESCRIBED.fullmatch(f"the {claim.source or ''}")
    else:
        m = DESCRIBED.fullmatch(written)
    return bool(m and claim.source_span and _body_in_focus(ctx, m.group(1).lower(), claim, written))


def _naming_sentence(
    ctx: Context, claim: Claim, info: SourceInfo | None = None
) -> tuple[str, str, Sentence] | None:
    """For a denier written as a description (or an "It" read as one) that
    :func:`_described_body` resolved: the words as written ("The company", "It"), the noun
    ("company") and the sentence that first names the body; None for any other denier."""
    if info is None:
        found = [d[1] for d in _denials(ctx) if d[0] is claim]
        info = found[0] if found else None
    written = " ".join((claim.source_text or "").split())
    m = DESCRIBED_ANY.fullmatch(written)
    if written in ("It", "it"):
        m = DESCRIBED.fullmatch(f"the {claim.source or ''}")
    # not "the company" itself, a description no name was found for
    if info is None or not m or not any(w[:1].isupper() for w in info.name.split()):
        return None
    noun = m.group(1).lower()
    if noun not in info.words or claim not in info.claims:
        return None
    focus = _focus(ctx, noun, claim, written) if _by_focus(ctx, claim, noun) else None
    where = focus[1] if focus else named_before(ctx, info.name, claim)
    if where is None:
        return None
    return written[:1].upper() + written[1:], noun, where


def _by_focus(ctx: Context, claim: Claim, noun: str) -> bool:
    """Whether a described denier was named by :func:`_focus` (the story names two bodies
    of its type), not as the one body of its type the story names."""
    sources = story_sources(ctx).values()
    return body_meant(ctx, noun, claim.sentence_span[0], claim.line, sources) is None


def _opens_sentence(ctx: Context, claim: Claim) -> bool:
    """Whether a denier's mention opens its sentence and its cue follows it."""
    span = claim.source_span
    return bool(
        span
        and claim.cue_span
        and span[1] <= claim.cue_span[0]
        and not ctx.text[claim.sentence_span[0] : span[0]].strip()
    )


_LOWER_OPENERS = frozenset("The Some Many Several Most Few Both All Two Three Four".split())
_PLURAL_GROUP = re.compile(
    r"\b(?:officials|authorities|police|diplomats|prosecutors|lawyers|lawmakers|ministers)"
    r"(?:$|\s+(?:in|from)\s)"  # "Kaldovan officials", "officials in Korlin"
)
_PERSONAL = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})


def _option(ctx: Context, info: SourceInfo) -> str:
    """A denier as an option: an unlisted one whole, as written ("Aides to Governor Ana Soto",
    not "Ana Soto"), any other as :func:`option_name` shows it."""
    if info.key in story_sources(ctx):
        return option_name(info.name)
    return info.name[:1].upper() + info.name[1:]


def _unlike(wrong: SourceInfo, info: SourceInfo) -> bool:
    """Whether a wrong option is clearly not an unlisted denier: no word of the one is in the
    other, even as a stem ("Kaldova" and "Kaldovan officials")."""
    stems = {w[:5] for w in info.words if len(w) >= 5}
    if wrong.words & info.words or any(w[:5] in stems for w in wrong.words):
        return False
    written = " ".join(info.mentions)
    if _THE_DENIER.match(written):
        person = wrong.kind in ("person", "expert")
        if not person and not (wrong.kind is None and _plain_person(wrong)):
            return False  # "the company" may be any organisation named
        head = written.split()[-1].lower()
        if head in _PUBLIC_HEADS and serves_government(wrong):
            return False  # "the ministry" beside "Ana Petrov, the foreign minister"
        # "the federation" beside "Lina Ode, a spokeswoman for the group": hers, maybe
        return not wrong.role & ({head} | _BODY_WORDS)
    # "Kaldovan officials": any official or government of the story may be one of them
    return not (_GROUP_DENIER.match(written) and wrong.kind in ("official", "government"))


_BLAMING = frozenset({"blamed", "blames", "accused", "accuses"})


def _plainly_other(ctx: Context, wrong: SourceInfo, info: SourceInfo, claim: Claim) -> bool:
    """cov13: a person who is clearly not a denier written as "the <body>" ("The military
    denied …"), which may be any body or its people (:func:`_unlike`): the one who blamed or
    accused someone in the sentence just before, in the denial's paragraph ("District governor
    Ana Roy blamed the air force of …. The military denied …": she is the accuser, not the
    one answering), or one the story ties by name to a body of its own that holds no word of
    the denier's ("Rania Dosse, the group's field coordinator" after "Helping Hands
    … said": her group, not the military)."""
    written = " ".join(info.mentions)
    if not _THE_DENIER.match(written) or wrong.kind not in PERSON_KINDS:
        return False
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is not None and before.line == claim.line:
        for c in wrong.claims:
            if c.sentence_span == before.span and (
                c.stance == "accuses" or _last_word(c.cue) in _BLAMING
            ):
                return True
    if wrong.kind != "person" or serves_government(wrong) or not wrong.role & _BODY_WORDS:
        return False
    head = written.split()[-1].lower()
    own = affiliations(ctx).get((wrong.name.split() or [""])[-1], frozenset())
    stems = {w[:5] for w in info.words | {head}}
    if len(own) < 2 or head in wrong.role or {w[:5] for w in own} & stems:
        return False
    # a name the story writes ("Medical charity Helping Hands"), not a sentence's opening
    # words ("Aid workers said …")
    return bool(own & _mid_capitals(ctx))


def _mid_capitals(ctx: Context) -> frozenset[str]:
    """The capitalised words the story writes inside its sentences (not as their first word),
    lower-cased: read once per story."""
    found = ctx.cache.get("mid_capitals")
    if not isinstance(found, frozenset):
        found = ctx.cache["mid_capitals"] = frozenset(
            w.lower().strip("’',.;:")
            for s in ctx.story.sentences
            for w in s.text.split()[1:]
            if w[:1].isupper()
        )
    return found


def _plain_person(info: SourceInfo) -> bool:
    """Whether a source of no kind is a person by the name alone: a personal name of two or
    three words ("Former inmate Yusuf Kaan": Yusuf Kaan) and no capitalised word of its mentions
    other than the name's own or a title ("Harbour Oil's Ana Roy": no)."""
    name = option_name(info.name)
    if not looks_personal(name) or not 2 <= len(name.split()) <= 3:
        return False
    own = set(name.split())
    caps = [w for w in info.mentions if w[:1].isupper() and w not in own]
    return len(caps) <= 1 and all(w.lower() in _TITLE_WORDS | info.role | {"former"} for w in caps)


# capitalised words that open a person's mention without naming any body ("Former inmate …")
_TITLE_WORDS = frozenset({"former", "retired", "local", "mr", "mrs", "ms", "dr", "witness"})


def _own_employer(other: SourceInfo) -> bool:
    """Whether an official's mention names the body it serves by a name of its own that is no
    public body's ("Skylark Air spokeswoman Olga Preiss", "Party secretary Viktor Ashby"): then
    no unnamed public body ("the aviation authority") can be that official's."""
    if other.kind != "official":
        return False
    own = {w.lower() for w in option_name(other.name).split()}
    caps = {
        w.lower().strip("’'s") for w in other.mentions if w[:1].isupper() and w.lower() not in own
    }
    return bool(caps) and not caps & _ANY_TIED


# capitalised words of a mention that may name a public body ("Defence Minister", "State …")
_PUBLIC_WORDS = frozenset(
    {"state", "federal", "national", "city", "municipal", "county", "regional", "royal"}
    | {"police", "court", "parliament", "senate", "congress", "assembly", "cabinet", "public"}
    | {"minister", "secretary", "mayor", "governor", "president", "prime", "chief", "senator"}
    | {"coast", "border", "defence", "defense", "interior", "foreign", "health", "justice"}
    | {"white", "house", "kremlin", "downing", "pentagon", "un", "eu", "nato", "army", "navy"}
)


# heads of a "the …" denier that may be a government's body ("the ministry", "the navy")
_PUBLIC_HEADS = frozenset(
    {"ministry", "embassy", "government", "commission", "agency", "council", "board", "navy"}
    | {"army", "force", "guard", "brigade", "service", "authority"}
)
# words of a description that say its person serves a body named by a common noun
_BODY_WORDS = frozenset({"group", "organisation", "organization", "body"})


# Unnamed bodies the story quotes ("the league", "a pilots' union", "police"): family, heads,
# and the words that may tie a named source to such a body (gen_unnamed_bodies.tsv)
_FAMILIES = {
    row[0]: (row[1].split(","), frozenset(row[2].split(",")))
    for row in lexicon.table("unnamed_bodies")
}
_BODY_HEAD = "|".join(sorted({h for heads, _ in _FAMILIES.values() for h in heads} | {"police"}))
# "the league", "The players' association", "a pilots' union", "the national data protection
# regulator", "Police": lower-case words only, so no name (and no "Turnout")
_UNNAMED_BODY = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*(?:s[’']|[’']s)?\s+){0,3}("
    + _BODY_HEAD
    + r")|([Pp]olice))$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s|\n")
# every word that may tie a named source to an unnamed body, or name a public body
_ANY_TIED = (
    frozenset(set().union(*(words for _, words in _FAMILIES.values())))
    | _PUBLIC_WORDS
    | _PUBLIC_HEADS
)
MAX_BODY_GAP = 80  # how near a named source's name a body's head may stand for the two to be one


def _unnamed_bodies(ctx: Context) -> list[SourceInfo]:
    """The unnamed bodies the story gives as speakers, one per head, each shown by its fullest
    mention with the determiner in lower case ("the league", "police"); worked out once."""
    cached = ctx.cache.get("unnamed_bodies")
    if isinstance(cached, list):
        return cached
    found: dict[str, SourceInfo] = {}
    for claim in ctx.story.claims:
        written = " ".join((claim.source_text or "").split())
        m = _UNNAMED_BODY.match(written)
        if not m:
            continue
        head = (m.group(1) or m.group(2)).lower()
        shown = written[:1].lower() + written[1:]
        info = found.setdefault(head, SourceInfo(f"unnamed {head}", shown, "organisation"))
        if word_count(shown) > word_count(
            info.name
        ):  # "the product safety office", not "the office"
            info.name = shown
        info.claims.append(claim)
        info.words |= content_words(shown)
    ctx.cache["unnamed_bodies"] = out = list(found.values())
    return out


def _families(body: SourceInfo) -> list[str]:
    """The families of an unnamed body's head ("federation": a league's or a union's)."""
    head = body.key.split()[-1]
    fams = [f for f, (heads, _) in _FAMILIES.items() if head in heads]
    return fams or ["police"]


def _body_option(ctx: Context, body: SourceInfo, claim: Claim) -> bool:
    """Whether an unnamed body is clearly no named source of the story nor on its side, and
    denied nothing: no named source's name or description holds a word of its family ("the
    regulator" beside "the Civil Aviation Board", "police" beside "Inspector Ana Roy") or of
    its own mention ("the aviation regulator"); no public body beside any official or
    government; its head not written near a named source ("the regulator, the Civil Aviation
    Board"), nor in the denial's own sentence. When in doubt, it is left out."""
    if any(c.stance in _DENIES for c in body.claims) or not speaks(ctx, body):
        return False
    head = body.key.split()[-1]
    sentence = norm(ctx.text[claim.sentence_span[0] : claim.sentence_span[1]])
    if re.search(rf"\b{head}\b", sentence):
        return False
    free = ctx.cache.setdefault("free_bodies", {})
    assert isinstance(free, dict)  # noqa: S101 - the cache's own entry
    if body.key not in free:  # the rest is the story's, not the denial's: read once per body
        free[body.key] = _untied_body(ctx, body, head)
    return bool(free[body.key])


def _untied_body(ctx: Context, body: SourceInfo, head: str) -> bool:
    """The part of :func:`_body_option` that looks at the story's named sources only."""
    fams = _families(body)
    tied = set().union(*(_FAMILIES.get(f, ((), frozenset({head})))[1] for f in fams))
    tied |= body.words | {head}
    story = ctx.story_norm
    for other in story_sources(ctx).values():
        said = other.words | other.role | {w.lower() for w in other.mentions}
        employed = "public" in fams and _own_employer(other)
        if said & tied and not (employed and not said & (body.words | {head})):
            return False
        corporate = other.kind == "official" and _bare_role(other)
        if corporate and other.words - name_words(other.name) <= _CORPORATE_ROLES:
            continue  # "chief executive Arjun Mehrotra": a company's head, no public body's
        if (
            "public" in fams
            and not employed
            and (other.kind in ("official", "government") or serves_government(other))
        ):
            return False  # "the ministry" beside "Ana Petrov, the foreign minister"
        name = norm(other.name).removeprefix("the ")
        for at in (m.start() for m in re.finditer(re.escape(name), story)):
            before = story[max(0, at - MAX_BODY_GAP) : at]
            after = story[at + len(name) : at + len(name) + MAX_BODY_GAP]
            near = _SENTENCE_END.split(before)[-1] + " " + _SENTENCE_END.split(after)[0]
            if re.search(rf"\b{head}\b", near):  # in the name's own sentence
                return False  # "the regulator, the Civil Aviation Board"
    return True


# a role alone that heads a company, not a public body ("chief executive Arjun Mehrotra")
_CORPORATE_ROLES = frozenset({"chief", "executive", "ceo", "founder", "co-founder"})


def _mid_sentence(option: str) -> str:
    """An option as written inside a sentence: an opening "The" in lower case."""
    return "the" + option[3:] if option.startswith("The ") else option


def _body_options(
    ctx: Context, claim: Claim, want: int, denier: SourceInfo | None = None
) -> list[str]:
    """Up to ``want`` unnamed bodies as wrong options of who_denied, nearest the denial first,
    no two of one family ("the regulator" and "the agency" may be one body), none sharing a
    word with an unlisted ``denier`` ("a spokesperson for the Harbour Board": no "the board")."""
    out: list[str] = []
    taken: set[str] = set()
    bodies = sorted(_unnamed_bodies(ctx), key=lambda b: (abs(b.first_line() - claim.line), b.key))
    for body in bodies:
        fams = set(_families(body))
        if denier is not None and (body.words & denier.words or not _unlike(body, denier)):
            continue
        if len(out) < want and not fams & taken and _body_option(ctx, body, claim):
            out.append(body.name)
            taken |= fams
    return out


# ("the charge", "that …", the claim "the charge" stands for)
Antecedent = tuple[str, str, Claim]
Denial = tuple[Claim, SourceInfo, str, Antecedent | None]


def _denials(ctx: Context) -> list[Denial]:
    cached = ctx.cache.get("denials")
    if cached is None:
        cached = ctx.cache["denials"] = _read_denials(ctx)
    return list(cached)


def _drop(ctx: Context, stage: str, claim: Claim, why: str) -> None:
    """Note why a denial gave no question at ``stage`` ("read", "who", "what"), in the story's
    cache for bench/denials_report.py; the questions are not changed by it."""
    notes = ctx.cache.setdefault("denial_drops", [])
    if isinstance(notes, list):
        notes.append((stage, claim, why))


def denial_drops(ctx: Context) -> list[tuple[str, Claim, str]]:
    """The notes ``_drop`` made for this story (read once build_who and build_what ran)."""
    notes = ctx.cache.get("denial_drops")
    return list(notes) if isinstance(notes, list) else []


def _read_denials(ctx: Context) -> list[Denial]:
    replies = _quoted_replies(ctx)
    out: list[Denial] = _own_word_denials(ctx) + _client_denials(ctx) + _plea_denials(ctx) + replies
    replied = {d[0].content_span for d in replies}
    reported = _said_rejected(ctx)
    for claim in sorted(
        [*ctx.story.claims, *_learned_denials(ctx), *_pushed_back(ctx), *reported],
        key=lambda c: c.cue_span or c.content_span,
    ):
        if claim.content_span in replied:
            continue  # "“That is not true,” X said": read as a reply to the claim before it
        claim = _relative_denial(ctx, claim)
        if claim.stance == "denies" and _it_of_two(ctx, claim):
            _drop(ctx, "read", claim, "'It' after two bodies: which one")
            continue  # "… its supplier Brenna Parts …. It rejected …": which body?
        info = source_of(ctx, claim)
        if info is None and claim.stance == "denies":
            info = _unlisted_denier(ctx, claim)
        inside = nested(ctx, claim) and claim not in reported  # "said … that it rejected …"
        # an apposed denial's "which" is neither a proposition of its own nor a question before
        # its source ("…, which the army denied"): the checks of its cue alone
        checked = (
            replace(claim, content="the claim", source_span=None) if _apposed(claim) else claim
        )
        unread = _unread(ctx, claim, info, inside, checked)
        denial = unread is None
        if set((claim.cue or "").lower().split()) & _MODAL:
            if claim.stance == "denies":
                _drop(ctx, "read", claim, "modal cue: no denial was made")
            continue  # "must rebut the claims", "would deny": no denial was made
        if claim.stance == "denies" and _OPINION_OBJECT.match(strip_edges(claim.content)):
            criticism = _criticism(ctx, claim) if denial and info else None
            if criticism and info:
                # "X accused the council of …" / "Haller dismissed the criticism as politically
                # motivated": who rejected that criticism, asked as the story words it
                out.append((claim, info, criticism, None))
            else:
                _drop(ctx, "read", claim, "denies an opinion (criticism) with no accuser found")
            continue  # "dismissed the criticism as politically motivated": no fact denied
        ante = denied_antecedent(ctx, claim) if denial else None
        if denial and ante is None and info:
            ante = _charged_before(ctx, claim, info)  # "… is charged with fraud. He denies …"
        if denial and ante is None and info:
            ante = _figures_of(ctx, claim, info)  # "The authority disputed the figures."
        phrase = ante[1] if ante else denied_phrase(ctx, claim) if denial else None
        if denial and not phrase and info:
            # "Mayor Ruiz denied that her office had lost …": the clause with the denier's own
            # pronoun, for what_denied alone (who_denied skips a phrase that opens on a pronoun)
            phrase = _self_denial(ctx, claim, info)
        if phrase and info and ante is None:
            phrase = _nothing_to_do(claim, info, phrase) or _untrue_alone(phrase) or phrase
        called = calling(claim) and _CALLED_FALSE.fullmatch(phrase or "")
        # "dismissed the reports as false": "false" is the denial itself, as in "called"
        called = called or bool(_DISMISSED_AS.fullmatch(phrase or ""))
        called = called or bool(ante is None and _SAID_UNTRUE.fullmatch(phrase or ""))
        if (
            ante is None
            and phrase
            and not phrase.startswith("“")
            and not called
            and _NEGATIVE.search(phrase)
        ):
            # "called the story false" is no double negative: "false" is the denial itself
            if not insisted_no(claim, phrase):
                _drop(ctx, "read", claim, f"negative word in the phrase {phrase!r}")
                continue  # "denied that it had nothing to do with …": a double negative misleads
        if phrase and info and ante is None:
            phrase = _report_named(ctx, claim, phrase)  # "the report by the cycling magazine"
        if phrase and word_count(phrase) > MAX_WORDS:
            _drop(ctx, "read", claim, f"phrase over {MAX_WORDS} words")
            continue  # a long clause may run on past what was denied ("… and goes through …")
        if (phrase or ante) and info:  # "the allegations in the lawsuit": no phrase, who only
            out.append((claim, info, phrase or "", ante))
        elif claim.stance == "denies":
            _drop(ctx, "read", claim, unread or "no phrase and no antecedent to ask")
    return sorted(out, key=lambda d: d[0].cue_span or d[0].content_span)


def _unread(
    ctx: Context, claim: Claim, info: SourceInfo | None, inside: bool, checked: Claim
) -> str | None:
    """Why a claim is no denial to ask about (no denial, no known denier, inside another's
    claim, not a proposition, a doubtful source); None for a denial to ask."""
    if claim.stance != "denies":
        return "not a denial"
    if not info:
        return "denier is no source the story names"
    if inside:
        return "nested inside another's claim"
    if not is_claim(ctx, checked):
        return "is_claim rejects it"
    if doubtful_source(ctx, claim):
        return "doubtful source"
    return None


# cov13: a bare "the report" a denial labels ("dismissed the report as “pure invention”",
# "called the report false"): which report, the words do not say
_BARE_REPORT = re.compile(r"the\s+report\s+(?!(?:by|of|from|in|on|that|about|into)\b)")
_REPORTED = frozenset({"reported", "reports"})


def _report_named(ctx: Context, claim: Claim, phrase: str) -> str:
    """ "Dovan dismissed the report as “pure invention”" after "…, a cycling magazine reported
    on Monday": the report by the one source the story before the denial says reported
    something ("the report by the cycling magazine as …"); the phrase as it is where none or two
    did, or where the denier itself did."""
    m = _BARE_REPORT.match(phrase)
    if m is None:
        return _claims_named(ctx, claim, phrase)
    denier = source_key(claim.source or "")
    owners = {
        source_key(c.source or ""): c
        for c in ctx.claims_from(ctx.story.span[0], claim.sentence_span[0])
        if _last_word(c.cue) in _REPORTED and c.source and c.stance in ("asserts", "accuses")
    }
    if len(owners) != 1 or denier in owners:
        return phrase
    (said,) = owners.values()
    if _unclear_accuser(said):
        return phrase  # "He reported …", "sources reported …": whose report, a prompt cannot say
    return f"the report by {_owner(ctx, said)} {phrase[m.end() :]}"


# "said the claims were “wholly untrue”": claims, named by no word of their own
_BARE_CLAIMS = re.compile(
    r"(?P<head>(?:that\s+)?the\s+)(?P<noun>claims?|allegations?|accusations?)\s+"
    r"(?!(?:by|of|from|that|made|against|about)\b)"
)


def _claims_named(ctx: Context, claim: Claim, phrase: str) -> str:
    """ "The company took issue with claims by a former developer, posted in a video …, that
    …. It said the claims were “wholly untrue”": the claims by whom the sentence just
    before (in the denial's paragraph) says, the one "claims by <someone>" it writes ("that the
    claims by a former engineer were …"); the phrase as it is otherwise."""
    m = _BARE_CLAIMS.match(phrase)
    before = ctx.sentence_before(claim.sentence_span[0])
    if m is None or before is None or before.line != claim.line or before.in_quote:
        return phrase
    noun = m.group("noun")
    found = list(
        re.finditer(
            rf"\b{noun}\s+(?:by|from)\s+(?P<owner>(?:a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)"
            r"{0,3}?)(?=\s*[,.;]|\s+(?:that|made|who|which|about|in|on)\b)",
            before.text,
        )
    )
    if len(found) != 1:
        return phrase
    return f"{m.group('head')}{noun} by {found[0].group('owner')} {phrase[m.end() :]}"


# "said he had nothing to do with the fire": the denier's own "nothing to do with" (the analysis
# may have put the denier's name for "he"), with no other word between
_NOTHING_TO_DO = re.compile(
    r"that\s+(?P<subj>[\w’'. -]{2,40}?)\s+(?:had|has|have)\s+(?:had\s+)?nothing\s+to\s+do\s+with"
    r"\s+(?P<what>[^,;:“”\"]{3,80})"
)
_SELF_WORDS = frozenset({"he", "she", "it", "they", "we", "i"})


def _nothing_to_do(claim: Claim, info: SourceInfo, phrase: str) -> str | None:
    """ "Kessel said he had nothing to do with the fire": what was denied, as "having anything to
    do with the fire" ("who denied having anything to do with the fire?"), when the one who had
    nothing to do with it is the denier itself (its pronoun, or its name put in for one); None
    for any other phrase ("said the council had nothing to do with …": someone else's)."""
    m = _NOTHING_TO_DO.fullmatch(phrase.rstrip("."))
    if m is None or claim.quote == "direct" or " and " in m.group("what"):
        return None
    subj = m.group("subj").strip()
    own = subj.lower() in _SELF_WORDS or (
        subj[:1].isupper() and set(subj.lower().split()) <= name_words(info.name) | info.words
    )
    return f"having anything to do with {m.group('what').strip()}" if own else None


def _untrue_alone(phrase: str) -> str | None:
    """ "said the claims were untrue and that the payment had been made": the denial alone
    ("that the claims were untrue"), cut where "and that" opens a claim of its own."""
    cut = phrase.find(" and that ")
    head = phrase[:cut] if cut > 0 else ""
    return head if head and _SAID_UNTRUE.fullmatch(head) else None


# "He denies all the charges.", "Renwick denied the charges against him."
_THE_CHARGES = re.compile(
    r"(?:all\s+(?:of\s+)?)?the\s+charges?(?:\s+against\s+(?:him|her|them))?", re.IGNORECASE
)
# "Captain Oskar Renwick is charged with negligence and with failing to report …": what the
# outlet itself says the denier is charged with, up to the sentence's end or a new clause
_CHARGED_WITH = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bbeen\snot\s)\bcharged\s+with"
    r"\s+(?P<what>[^.;:“”\"()]{1,160}?)\s*"
    r"(?=[.;]|,\s+(?:and|but|which|who|after|following|in|over)\b|$)"
)


# a "charged with" sentence, its match and the charge's words (:func:`_charge_before`)
_Charge = tuple[Sentence, re.Match[str], str]


def _charge_before(ctx: Context, at: int, surname: str) -> _Charge | None:
    """The one "charged with <charge>" of the sentence before offset ``at``, in the outlet's own
    words (not inside a quotation), with ``surname`` written before it and no personal pronoun
    in the charge (whose "his wife"?): that sentence, the match, and the charge's words ("and
    with" read as "and of": "negligence and of failing …"). Shared by "X denies the charges"
    (:func:`_charged_before`) and pleas (:func:`_plea_charge`)."""
    before = ctx.sentence_before(at)
    if before is None or before.in_quote or len(_CHARGED_WITH.findall(before.text)) != 1:
        return None
    m = _CHARGED_WITH.search(before.text)
    if m is None or not re.search(r"\b" + re.escape(surname) + r"\b", before.text[: m.start()]):
        return None
    what = " ".join(m.group("what").split())
    if _pronoun_in(what):
        return None
    return before, m, re.sub(r"\band\s+with\s+", "and of ", what)


def _charged_before(ctx: Context, claim: Claim, info: SourceInfo) -> Antecedent | None:
    """What "X denies the charges" denies when the sentence just before says, in the outlet's
    own words, what X is charged with ("Graham Pellow … is on trial … charged with fraud. He
    denies all the charges." -> "the charges of fraud"): one "charged with" in that sentence,
    the denier's name (its last word) written before it, no pronoun in what is charged (whose
    "his wife"?), no claim of any source in that sentence, at most 16 words. Asked by who_denied
    alone, as "who denied the charges of …?"; the antecedent's claim is the denial itself
    moved to that sentence (no source: no accuser to leave out of the options)."""
    written = strip_edges(_without_manner(claim).content)
    if not _THE_CHARGES.fullmatch(written) or claim.cue_span is None:
        return None
    last = option_name(info.name).split()[-1:]
    charge = _charge_before(ctx, claim.sentence_span[0], last[0]) if last else None
    if charge is None:
        return None  # "He denies the charges" after someone else's charge
    before, m, what = charge
    at = before.span[0] + m.start()
    for said in [*ctx.claims_in(before.span), *ctx.others_in(before.span)]:
        # a claim of its own in that sentence ("Police said he was charged with …") may be
        # what is denied; only "charged" itself read as a cue is no other voice
        cue = said.cue_span or (-1, -1)
        if _last_word(said.cue) != "charged" or not at < cue[1] <= at + len(m.group(0)):
            return None
    if word_count(what) > 16:
        return None
    noun = "charge" if re.search(r"\bcharge\b", written, re.IGNORECASE) else "charges"
    moved = replace(
        claim,
        line=before.line,
        sentence=before.text,
        sentence_span=before.span,
        source=None,
        source_text=None,
        source_span=None,
    )
    return f"the {noun} of {what}", "", moved


# "disputed the figures", "rejected the death toll": a denial of numbers someone gave
_FIGURES = re.compile(
    r"(?:the|these|those)\s+(?:official\s+)?(figures|numbers|statistics|estimates?|tally"
    r"|(?:death\s+)?toll|count)",
    re.IGNORECASE,
)
# a number in a claim: digits (not a year alone), a percentage or a number word
_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\bper\s?cent\b|%|\b(?:dozens?|hundreds?|thousands?"
    r"|millions?|billions?|doubled|tripled|halved|twice|three\s+times)\b",
    re.IGNORECASE,
)


def _figures_of(ctx: Context, claim: Claim, info: SourceInfo) -> Antecedent | None:
    """Whose figures "X disputed the figures" disputes: the one source (claims of one maker,
    :func:`_same_accuser`) that gave a number before the denial in the story ("Patients wait 14
    months, a patients' association said." … "The health authority disputed the figures."),
    named clearly (no pronoun, no vague "officials"), not the denier; none when two sources
    gave numbers, or the denier did. Asked "who disputed the figures given by …?", who_denied
    only (the figures may be several)."""
    written = strip_edges(_without_manner(claim).content)
    m = _FIGURES.fullmatch(written)
    if m is None or claim.cue_span is None:
        return None
    denier = source_key(claim.source or "")
    before = ctx.claims_from(ctx.story.span[0], claim.sentence_span[0])[-MAX_BEFORE:]
    given = [
        c
        for c in before
        if c.line not in ctx.story.headings
        and c.stance in ("asserts", "accuses")
        and c.quote != "direct"
        and _NUMBER.search(c.content)
    ]
    if not given or any(source_key(c.source or "") == denier for c in given):
        return None
    last = given[-1]
    head = _last_word(last.source).lower()  # "a patients' association", "The association"
    if any(
        not (_same_accuser(ctx, c, last) or _last_word(c.source).lower() == head) for c in given
    ):
        return None
    clear = [c for c in given if c.source and not _unclear_accuser(c)]
    if not clear:
        return None
    last = max(clear, key=lambda c: (word_count(c.source or ""), c.content_span))  # its fullest
    if info.words & content_words(last.source or ""):
        return None
    owner = _owner(ctx, last)
    if owner.split()[0].lower() in ("a", "an"):  # "a patients' association": the one named
        owner = "the " + owner.split(None, 1)[1]
    return f"the {m.group(1).lower()} given by {owner}", "", last


# "Sampaio, who denied wrongdoing throughout the trial, will appeal": a denial in a relative
# clause after its denier's name, which ends at the clause's closing comma
_RELATIVE_CUE = re.compile(r"[\w’'-]+,\s+who\s+(?:has\s+|had\s+)?(?:always\s+|consistently\s+)?$")


def _relative_denial(ctx: Context, claim: Claim) -> Claim:
    """A denial made in a relative clause ("X, who denied wrongdoing throughout the trial,
    will appeal") with what it denies cut at the clause's closing comma (the analysis may run
    it on into the main clause: "wrongdoing …, will appeal"); any other claim as it is."""
    if claim.stance != "denies" or claim.cue_span is None or claim.source_span is None:
        return claim
    lo = max(claim.sentence_span[0], claim.cue_span[0] - 40)
    rel = _RELATIVE_CUE.search(ctx.text[lo : claim.cue_span[0]])
    if not rel:
        return claim
    cut = claim.content.find(",")
    if cut <= 0:
        return claim
    content = claim.content[:cut].rstrip()
    start = claim.content_span[0]
    claim = replace(claim, content=content, content_span=(start, start + len(content)))
    if (claim.source_text or "").lower() == "who":
        claim = _who_resolved(ctx, claim, lo + rel.start())
    return claim


def _who_resolved(ctx: Context, claim: Claim, at: int) -> Claim:
    """A relative "who" the analysis left as the denier, resolved to the name that opens the
    sentence just before its comma ("Lindqvist, who denies the allegations, sat …"; "Erik
    Lindqvist, who …"); a surname alone in full where the story gives it with a given name.
    Only a personal name that opens its sentence, nothing before it."""
    raw = ctx.text[claim.sentence_span[0] : ctx.text.index(",", at)]
    start = claim.sentence_span[0] + len(raw) - len(raw.lstrip())
    written = raw.strip()
    if not _PROPER.fullmatch(written) or written.split()[0] in _LOWER_OPENERS:
        return claim  # "… said Erik Lindqvist, who denies …", "Businessman Erik …": left alone
    words = written.split()
    if len(words) > 2 or (len(words) == 2 and not looks_personal(written)):
        return claim  # "Port Authority, who …", "Judge Lindqvist, who …": not a plain name
    name = written if len(words) == 2 else _given_and(ctx, written)
    if name is None:
        return claim  # "Prosecutors, who …": no person the story names
    return replace(
        claim,
        source=name,
        source_text=written,
        source_span=(start, start + len(written)),
        source_kind="person",
    )


def _given_and(ctx: Context, surname: str) -> str | None:
    """The one personal name "<Given> <surname>" the story writes for a surname, else None."""
    found = {
        m.group(0)
        for m in re.finditer(r"\b([A-Z][\w’'-]+)\s+" + re.escape(surname) + r"\b", ctx.story_text)
        if m.group(1) not in _NOT_OPENING
        and looks_personal(m.group(0))
        and m.group(1).rstrip(".").lower() not in _TITLE_WORDS
    }
    return found.pop() if len(found) == 1 else None


_OWN_VERBS = lexicon.table("own_denial_verbs")
_ACTIVE = [row for row in _OWN_VERBS if row[4:] != ("passive",)]
_OWN_CUES = frozenset({"said", "says", "insisted", "insists", "maintained", "maintains"})


def _alt(forms: set[str]) -> str:
    """Word forms as one regex alternation."""
    return "|".join(sorted(forms))


# "it never received the alert", "it had never been warned", "it did not receive any complaint":
# the speaker's own pronoun, a negation and a verb of receiving or being told, then its object
_OWN_NEVER = re.compile(
    r"(?:that\s+)?(it|he|she|they)\s+(?:"
    r"never\s+(?P<past>" + _alt({r[1] for r in _ACTIVE}) + r")"
    r"|had\s+(?:never|not)\s+(?P<part>" + _alt({r[2] for r in _ACTIVE}) + r")"
    r"|(?:did\s+not|didn[’']t|never)\s+(?P<base>" + _alt({r[0] for r in _ACTIVE}) + r")"
    r"|(?:had\s+(?:never|not)\s+been|(?:was|were)\s+(?:never|not))\s+(?P<passive>"
    + _alt({r[2] for r in _OWN_VERBS})
    + r"))(?P<rest>(?:\s+[\w’'-]+){0,10})",
)
# words after the verb that would change what was denied ("never received it until Tuesday")
_OWN_REST_STOP = re.compile(
    r"\b(?:until|till|but|because|and|or|unless|except|without|only|no|not|never|nothing"
    r"|anything|since|as|if|when)\b",
    re.IGNORECASE,
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _own_denial(ctx: Context, claim: Claim, info: SourceInfo) -> tuple[str, str | None] | None:
    """A denial in the speaker's own words of a matter the sentence before reported: "Forecasters
    said they had warned the Norva water utility. The utility said it never received the alert."
    As ("receiving the alert", "that it had received the alert") for who_denied and what_denied
    (no what_denied for "any complaint", which no "that" clause says plainly). The pronoun is
    the speaker's own ("it" an organisation, "he"/"she" a person of that gender, "they" a group
    of officials); the claim before, by another source, names the speaker."""
    if claim.stance != "asserts" or claim.act != "claim" or claim.quote == "direct":
        return None
    if _last_word(claim.cue) not in _OWN_CUES:
        return None
    m = _OWN_NEVER.fullmatch(strip_edges(claim.content))
    if not m or _OWN_REST_STOP.search(m.group("rest")) or unresolved_pronoun(m.group("rest")):
        return None
    pron = m.group(1).lower()
    if pron == "it" and (info.kind not in THING_KINDS or _PLURAL_GROUP.search(info.name)):
        return None
    if pron == "they" and not _PLURAL_GROUP.search(info.name):
        return None
    if pron in _PRONOUN_GENDER:
        if info.kind not in PERSON_KINDS or _gender(info.name) != _PRONOUN_GENDER[pron]:
            return None
        if ambiguous_pronoun(ctx.text, claim):
            return None
    rest = m.group("rest")
    verb = m.group("past") or m.group("part") or m.group("base") or m.group("passive")
    if _named_before(ctx, claim, info) or not _reported_before(ctx, claim, info, verb + rest):
        return None
    row = next(r for r in _OWN_VERBS if verb.lower() in r[:3])  # its four forms
    if m.group("passive"):
        asked, clause = f"having been {row[2]}{rest}", f"that {pron} had been {row[2]}{rest}"
    else:
        asked, clause = f"{row[3]}{rest}", f"that {pron} had {row[2]}{rest}"
    return asked, None if re.search(r"\bany\b", rest) else clause


# words of warning someone or telling them: "it was never warned" answers "they had told it"
_TELLING = re.compile(
    r"\b(?:warn\w*|alert\w*|told|tell|inform\w*|notif\w*|complain\w*|report\w*)\b",
    re.IGNORECASE,
)


def _same_matter(reported: str, denied: str) -> bool:
    """Whether a denial in one's own words is about what was reported: a word stem the two share
    ("complained" and "complaint"), or a word of warning or telling in each ("they had warned the
    utility" and "it never received the alert")."""
    stems = {w[:5] for w in content_words(reported) if len(w) >= 4}
    if stems & {w[:5] for w in content_words(denied) if len(w) >= 4}:
        return True
    return bool(_TELLING.search(reported) and _TELLING.search(denied)) or bool(
        _TELLING.search(reported) and re.search(r"\b(?:alert|warning|notice)s?\b", denied)
    )


def _reported_before(ctx: Context, claim: Claim, info: SourceInfo, denied: str) -> bool:
    """Whether the sentence just before a claim (in its paragraph, or a paragraph of that one
    sentence) holds a claim of another source that names the claim's source and is about the
    matter ``denied`` (:func:`_same_matter`)."""
    before = _answered_sentence(ctx, claim)
    if before is None or before.in_quote:
        return False
    names = name_words(info.name) or {info.name.split()[-1].lower()}
    for c in ctx.claims_in(before.span):
        if c.stance not in ("asserts", "accuses") or source_key(c.source or "") == info.key:
            continue
        named = names & {w.strip(",.’'").lower() for w in c.content.split()}
        if named and _same_matter(c.content, denied):
            return True
    return False


def _own_word_denials(ctx: Context) -> list[Denial]:
    """The denials made in the speaker's own words (:func:`_own_denial`) as denials."""
    sources = story_sources(ctx)
    out: list[Denial] = []
    for claim in ctx.story.claims:
        if claim.stance != "asserts" or _last_word(claim.cue) not in _OWN_CUES:
            continue
        info = sources.get(source_key(claim.source or ""))
        if info is None:
            denied = replace(claim, stance="denies")  # "The utility": unlisted, as a denier is
            info = _unlisted_denier(ctx, denied)
        own = _own_denial(ctx, claim, info) if info else None
        if own and info and not nested(ctx, claim) and not doubtful_source(ctx, claim):
            out.append((claim, info, own[0], None))
    return out


# cov13: a quotation that is nothing but "that is not so" ("“That is simply not accurate,” a
# police spokeswoman said"): a denial of what the sentence before reported
_NOT_SO = re.compile(
    r"(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:(?:simply|just|completely|absolutely|totally"
    r"|entirely|categorically)\s+)?(?:not\s+(?:correct|true|accurate|the\s+case)|untrue|false"
    r"|incorrect|inaccurate)[.,!]?"
)
_REPLY_TO = "what "  # the antecedent noun of a quoted reply: "what some neighbours said"


def _quoted_replies(ctx: Context) -> list[Denial]:
    """ "Some neighbours said the first engine had taken an hour to arrive. “That is simply
    not accurate,” a brigade spokesman said, …": a quotation that opens its sentence and says no
    more than that "that" is not so, its speaker a known source, answering the one claim of the
    sentence just before in its paragraph, reported (not quoted) of another source: a denial of
    what that source said, asked as "who replied “…” to what some neighbours said?" (what
    "That" takes in, one clause or all, the reply does not say)."""
    out: list[Denial] = []
    for claim in ctx.story.claims:
        if claim.quote != "direct" or claim.stance not in ("asserts", "denies"):
            continue
        if not claim.source_span:
            continue
        inner = strip_edges(unwrap_quote(strip_edges(claim.content)))
        lead = ctx.text[claim.sentence_span[0] : claim.content_span[0]].strip()
        if not _NOT_SO.fullmatch(inner) or lead not in ("", "“", '"'):
            continue
        before = ctx.sentence_before(claim.sentence_span[0])
        if before is None or before.line != claim.line or before.in_quote:
            continue
        found = ctx.claims_in(before.span)
        if len(found) != 1 or ctx.others_in(before.span):
            continue
        said = found[0]
        if said.quote == "direct" or said.stance not in ("asserts", "accuses") or not said.source:
            continue
        written = (said.source_text or "").strip().lower()
        if not written or written in _PERSONAL or written in ("we", "i", "you"):
            continue  # "He said …": whose words, a prompt cannot say
        if source_key(said.source) == source_key(claim.source or ""):
            continue
        denied = replace(claim, stance="denies")
        info = source_of(ctx, denied) or _unlisted_denier(ctx, denied)
        if info is None or nested(ctx, claim) or doubtful_source(ctx, claim):
            continue
        ante = (f"{_REPLY_TO}{_owner(ctx, said)} said", "", said)
        out.append((denied, info, quoted(inner.rstrip(".,!")), ante))
    return out


def _reply(claim: Claim, ante: Antecedent | None) -> bool:
    """Whether a denial is a quoted reply :func:`_quoted_replies` read."""
    return (
        ante is not None
        and ante[2] is not claim
        and ante[0].startswith(_REPLY_TO)
        and claim.quote == "direct"
    )


# "Hale's lawyer", "Vance's attorney, Nina Ferro": the one whose side a speaker speaks for
_LAWYER_OF = re.compile(
    r"(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)[’']s\s+"
    r"(?:lawyers?|attorneys?|spokesman|spokeswoman|spokesperson)\b"
)
# "his client denies the allegations", "her client has denied any wrongdoing"
_CLIENT_DENIES = re.compile(
    r"(?:that\s+)?(?P<client>(?:his|her|their)\s+client)\s+(?P<cue>(?:has\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:denies|denied|rejects|rejected|disputes|disputed))\s+"
)


def _client_denials(ctx: Context) -> list[Denial]:
    """A denial a lawyer or a spokesperson reports for their client ("Hale's lawyer said his
    client denies the allegations"): the client's, named as the story first names them ("Tom
    Hale"), of what the lawyer's words name; asked as any denial is."""
    sources = story_sources(ctx)
    out: list[Denial] = []
    for claim in ctx.story.claims:
        if claim.stance != "asserts" or claim.quote == "direct":
            continue
        client = _client_of(ctx, claim)
        if client is None:
            continue
        name, kind, said = client
        start = claim.content_span[0] + said.end()
        at = claim.content_span[0]
        denied = replace(
            claim,
            source=name,
            source_text=said.group("client"),  # the words of the story: "his client denies"
            source_span=(at + said.start("client"), at + said.end("client")),
            cue=said.group("cue"),
            cue_span=(at + said.start("cue"), at + said.end("cue")),
            stance="denies",
            content=claim.content[said.end() :],
            content_span=(start, claim.content_span[1]),
        )
        if _OPINION_OBJECT.match(strip_edges(denied.content)):
            continue
        info = sources.get(source_key(name)) or _client_info(name, denied, kind)
        ante = denied_antecedent(ctx, denied)
        phrase = ante[1] if ante else denied_phrase(ctx, denied)
        if (phrase and _NEGATIVE.search(phrase)) or not (phrase or ante):
            continue
        ctx.cache.setdefault("client_sentences", set()).add(claim.sentence_span)
        out.append((denied, info, phrase or "", ante))
    return out


# "Her lawyer", "His attorney, Nina Ferro,": the channel of a person the sentence before names
_POSSESSED_LAWYER = re.compile(
    r"(?P<own>His|Her)\s+(?:lawyer|attorney|spokesman|spokeswoman|spokesperson)"
    r"(?:,?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},?)?"
)
# "she denied the allegations", "he has rejected the claims": the client as a pronoun
_PRONOUN_DENIES = re.compile(
    r"(?:that\s+)?(?P<client>he|she)\s+(?P<cue>(?:has\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:denies|denied|rejects|rejected|disputes|disputed))\s+"
)
# "A spokeswoman for Halden Foods", "a lawyer for Brennel Logistics": the voice of a named body
_VOICE_FOR = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|lawyer|attorney)\s+for\s+"
    r"(?P<body>[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,3})"
)
# "the company rejected the claims", "it denied …": the body as its voice writes it
_BODY_DENIES = re.compile(
    r"(?:that\s+)?(?P<client>it|the\s+(?:company|firm|group|club|charity|airline|bank|council"
    r"|ministry|hospital|agency|operator|university))\s+(?P<cue>(?:has\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:denies|denied|rejects|rejected|disputes|disputed))\s+"
)
_PRONOUN_OF = {"his": ("he", "m"), "her": ("she", "f")}


def _client_of(ctx: Context, claim: Claim) -> tuple[str, str, re.Match[str]] | None:
    """Whose denial a lawyer or a spokesperson reports, as (name, kind, the match of the
    client and its cue in the claim's words): "Hale's lawyer said his client denies …" (the
    client as the story first names them whole); "Her lawyer said she denied …" (the one person
    of that gender the sentence before names, in the same paragraph); "A spokeswoman for Halden
    Foods said the company rejected …" (the body named). None for any other claim."""
    written = " ".join((claim.source_text or "").split())
    who = _LAWYER_OF.match(written)
    said = _CLIENT_DENIES.match(claim.content)
    if who and said:
        name = _first_named(ctx, who.group(1), claim.sentence_span[1])
        return (name, "person", said) if name else None
    owned = _POSSESSED_LAWYER.fullmatch(written)
    said = _PRONOUN_DENIES.match(claim.content)
    if owned and said:
        pronoun, gender = _PRONOUN_OF[owned.group("own").lower()]
        if said.group("client") != pronoun:
            return None  # "His lawyer said she denied …": she is someone else
        person = _person_before(ctx, claim, gender)
        return (person, "person", said) if person else None
    voice = _VOICE_FOR.fullmatch(written)
    said = _BODY_DENIES.match(claim.content)
    if voice and said and not looks_personal(voice.group("body")):
        return voice.group("body"), "organisation", said
    return None


def _person_before(ctx: Context, claim: Claim, gender: str) -> str | None:
    """The one person of a gender named in the sentence before a claim, in its paragraph, when
    no person of that gender is named in the claim's own sentence before its words: whom "Her
    lawyer" speaks for ("Inspector Rosa Danner was suspended. Her lawyer said …")."""
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None or before.line != claim.line:
        return None
    own = ctx.text[claim.sentence_span[0] : claim.content_span[0]]
    found = _people_in(before.text, gender)
    return found.pop() if len(found) == 1 and not _people_in(own, gender) else None


# a given name and a surname, read at every capitalised word ("Inspector Rosa Danner": Rosa
# Danner, never "Inspector Rosa")
_GIVEN_AND_SURNAME = re.compile(r"(?=\b([A-Z][a-z]+\s+[A-Z][\w’'-]+)\b)")


def _people_in(text: str, gender: str) -> set[str]:
    """The people of a gender a text names by a given name the engine knows and a surname."""
    return {
        m.group(1)
        for m in _GIVEN_AND_SURNAME.finditer(text)
        if m.group(1).split()[0] in GIVEN_NAMES and _gender(m.group(1)) == gender
    }


def _first_named(ctx: Context, surname: str, before: int) -> str | None:
    """A person's name as the story first writes it whole before ``before`` ("Tom Hale" of
    "businessman Tom Hale" for "Hale"): a given name the engine knows and the surname; None if
    the story never writes one ("Mr. Hale", "Businessman Hale": no given name)."""
    m = re.search(
        r"\b([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b", ctx.text[ctx.story.span[0] : before]
    )
    if m is None or gender_of(f"{m.group(1)} {surname}") is None:
        return None
    return f"{m.group(1)} {surname}"


def _client_info(name: str, claim: Claim, kind: str = "person") -> SourceInfo:
    """A client named only in others' words, as a denier to offer."""
    info = SourceInfo(source_key(name), name, kind, claims=[claim])
    info.words |= content_words(name)
    info.groups |= name_groups(name)
    info.mentions += name.split()
    return info


# the nouns of a way of telling it that "that" points back to a claim with ("rejected that
# interpretation", "disputed that description"); the claim noun of the prompt is the story's own
_VIEW_NOUNS = "description|interpretation|version|characteri[sz]ation|account"


# "The coast guard denied the charge": what is denied is named only by a noun standing for a
# claim the story has just reported
# "said the claim was false (and that …)": the claim named by its noun, called untrue
_ANAPHORIC_UNTRUE = re.compile(
    r"(?:the|that|this)\s+(" + CLAIM_NOUNS + r"|report)"
    r"\s+(?:was|is)\s+(?:(?:completely|entirely|simply|totally|absolutely)\s+)?"
    r"(?:" + FALSE_WORDS + r")\b(?!\s+(?:but|because))",
    re.IGNORECASE,
)
# "said the report was “entirely false.”": the phrase of a denial whose words are the denial
# itself, asked "who said that the report was …?", never "who denied that the report was false?"
_SAID_UNTRUE = re.compile(
    r"that\s+(?:the|these|this|those)\s+(?:(?:" + CLAIM_NOUNS + r")s?|reports?|story|stories)"
    # cov13: whose ("the claims by a former engineer", named by :func:`_report_named`)
    r"(?:\s+by\s+(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})?"
    r"\s+(?:was|is|were|are)\s+[“\"]?"
    r"(?:(?:completely|entirely|simply|totally|absolutely|categorically|wholly)\s+)?"
    r"(?:" + FALSE_WORDS + r")[.,]?[”\"]?[.,]?",
    re.IGNORECASE,
)
_ANAPHORIC_UNTRUE_AFTER = re.compile(r"\band\s+that\s+" + _ANAPHORIC_UNTRUE.pattern, re.IGNORECASE)
_ANAPHORIC_DENIED = re.compile(
    r"(?:(?:the|that|this)\s+(" + CLAIM_NOUNS + r"|report|" + _VIEW_NOUNS + r")"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"|(that|this))",  # "Salo rejected that, saying …": the claim just reported
    re.IGNORECASE,
)


def denied_antecedent(ctx: Context, claim: Claim) -> Antecedent | None:
    """What "denied the claim" denies, when that is unambiguous: the one claim of the sentence
    just before (in the denial's paragraph, or a paragraph of that one sentence), a clause
    asserted (or an accusation) by another source, and no other claim in the denial's own
    sentence before its cue ("The harbour board said the ferry had sailed
    without a certificate. Calder Lines has denied the claim." -> "the claim that the ferry had
    sailed without a certificate"). A singular noun only: "the allegations" may gather several
    claims from anywhere in the story."""
    if claim.cue_span is None:
        return None
    apposed = _apposed_antecedent(ctx, claim)
    if apposed is not None:
        return apposed  # "…, a claim Dravia denies": the claim just before the comma
    content = _written_noun(ctx, claim)
    blamed = _blamed_before(ctx, claim, content)
    if blamed is not None:
        return blamed  # "X blamed the Shield Forces. A spokesman for the group rejected …"
    lawsuit = _plural_antecedent(ctx, claim, content) if _PLURAL_NOUNS.fullmatch(content) else None
    if lawsuit is not None:
        return lawsuit
    near = _adjacent_antecedent(ctx, claim, content) or _across_quote(ctx, claim, content)
    earlier = _EARLIER_NOUN.fullmatch(content)
    if earlier is None:
        return near
    # "The army dismissed the accusations": the one accusation against the army the story
    # reported, wherever it stands, when the sentence just before holds no claim it answers
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is not None and before.line == claim.line and ctx.claims_in(before.span):
        return near  # "… said two lifeboats were missing. The coast guard denied the charge"
    found = _earlier_accusation(ctx, claim, earlier.group(1).lower())
    if near is None or found is None or near[2].content_span == found[2].content_span:
        return near or found  # the sentence just before's, asked as it always was
    noun = earlier.group(1).lower()
    fits = noun.startswith(_ACCUSING) or _names_cue(noun, found[2])  # "suggested": suggestion
    if fits and not _names_denier_in(claim, near[2]) and not _names_cue(noun, near[2]):
        # "Clearwater charged that Norvik Mining had …" paragraphs before, then "X said strong
        # winds would return." / "Norvik Mining rejected the charge": the charge, not the winds
        return found
    return None  # the claim just before or the accusation before it: which one?


# "the accusation", "these allegations": what "blamed X" is called by the one who answers it
_BLAME_NOUN = re.compile(r"(?:the|that|this|these|those)\s+(accusations?|allegations?)", re.I)
# "the paramilitary Northern Shield Forces, which …", "Volta Mining for the spill": whom the
# blame is put on, up to a comma or "for"
_BLAMED = re.compile(r"(?P<who>[^,;:“”\"]{2,80}?)(?:,|\s+for\s+|\s*$)")
# the denier speaks for the body blamed just before: "A spokesman for the group", "The militia"
_FOR_THE_BODY = re.compile(
    r"(?:(?:an?|the)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative|leader"
    r"|commander)\s+(?:for|of)\s+)?the\s+(group|militia|movement|organi[sz]ation|party"
    r"|company|firm|rebels)\b",
    re.I,
)


def _blamed_before(ctx: Context, claim: Claim, content: str) -> Antecedent | None:
    """What "rejected the accusation" answers when the one claim of the sentence just before
    (in its paragraph) put the blame on the denier's own side: "The monitors blamed the
    paramilitary Northern Shield Forces, …. A spokesman for the group, Ana Roy, rejected the
    accusation" -> "the accusation against the paramilitary Northern Shield Forces". The
    denier is "the group" (or a spokesman for it) when the blamed one is a named body and the
    accuser is no group of that word; or the blamed one itself, by name, asked as "the
    accusation made by the monitors" (who_denied only: the words name the denier)."""
    if not _BLAME_NOUN.fullmatch(content):
        return None
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None or before.in_quote or before.line != claim.line:
        return None
    found = ctx.claims_in(before.span)
    if len(found) != 1 or ctx.others_in(before.span):
        return None  # two claims before: which one is the accusation?
    ante = found[0]
    if ante.stance != "accuses" or _last_word(ante.cue) not in ("blamed", "blames", "blame"):
        return None
    if not ante.source or ante.quote == "direct" or _unclear_accuser(ante):
        return None
    if source_key(ante.source) == source_key(claim.source or ""):
        return None
    if ctx.claims_in(claim.sentence_span)[:1] != [claim]:
        return None  # "Y said …, and X rejected the accusation": Y's, maybe
    who = _BLAMED.match(strip_edges(ante.content))
    if who is None:
        return None
    blamed = who.group("who").strip()
    written = " ".join((claim.source_text or "").split())
    blamed_names = {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]{2,}", blamed)}
    if blamed_names and blamed_names <= {w.lower() for w in re.findall(r"[\w’'-]+", written)}:
        # "A spokesman for the Free Valley Brigade, Amir Tolvey": asked by whom it was made
        return f"the {content.split()[-1].lower()} made by {_owner(ctx, ante)}", "", ante
    body = _FOR_THE_BODY.match(written)
    named = re.search(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+", blamed)
    if body is None or named is None or not named.group(0).split()[-1][:1].isupper():
        return None
    if body.group(1).lower() in (ante.source_text or "").lower():
        return None  # "The group blamed … . A spokesman for the group rejected …": which group?
    if written[body.end() :].strip(" ,")[:1].islower():
        return None  # "the group that monitors …": some other group
    if word_count(blamed) > 8 or unresolved_pronoun(blamed):
        return None
    # the blamed body named, not the accuser: the accuser is then a fair wrong option
    return f"the {content.split()[-1].lower()}", f"against {blamed}", ante


def _names_denier_in(claim: Claim, said: Claim) -> bool:
    """Whether a claim's words name a denier (:func:`_names_denier`)."""
    word = _names_denier(claim)
    return bool(word and word.search(said.content))


def _adjacent_antecedent(ctx: Context, claim: Claim, content: str) -> Antecedent | None:
    """What a denial's noun stands for in the sentence just before (:func:`denied_antecedent`)."""
    if _TOLD_NOUNS.fullmatch(content):
        return _told_before(ctx, claim, content)
    owned = _OWNED_ACCOUNT.fullmatch(content) or _OWNED_CLAIMS.fullmatch(content)
    if owned is not None:
        return _owned_antecedent(ctx, claim, owned)
    m = (
        _ANAPHORIC_DENIED.fullmatch(content)
        or _ANAPHORIC_UNTRUE.match(content)
        or _ANAPHORIC_UNTRUE_AFTER.search(content)
    )  # "… has denied the claim.", "… said the claim was false", "… and that the claim was false"
    if m is None or (m.re is _ANAPHORIC_DENIED and content.lower() == "the account"):
        return None  # "denied the account": a bank's, maybe; "that account" points back
    if _claimed_before_cue(ctx, claim):
        return None  # "X said Y and Z denied the claim": Y's sentence is not the one before
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None or before.in_quote:
        return None
    found = ctx.claims_in(before.span)
    others = ctx.others_in(before.span)
    accused = _last_accusation(ctx, claim, found, m)
    if accused is not None:
        found = [accused]  # "X said … and accused it of …. The network denied that."
    if len(found) != 1 or others:
        return None  # two claims before, or a cue read only by the model: which is denied?
    ante = found[0]
    noun = m.group(1) if m.re is _ANAPHORIC_DENIED else None
    if before.line != claim.line and accused is None and _paragraph_sentences(ctx, before.line) > 1:
        # a paragraph before of several sentences: "the claim" may be any of them, unless the
        # noun names the last one's own cue ("She claimed that …" / "The authority rejected
        # that claim"; "The ministry accused X of …" / "X rejected that accusation")
        if not noun or not _names_cue(noun, ante):
            return None
    phrase = _antecedent_phrase(ctx, claim, ante)
    if not phrase and ante.quote == "direct" and before.line == claim.line:
        # "X said the company had known … “They had test results in January,” he said. The
        # company denied that": the quotation carries on X's claim of the sentence before
        ante = _quoted_on(ctx, before, ante) or ante
        phrase = _antecedent_phrase(ctx, claim, ante) if ante.quote != "direct" else None
    if not phrase:
        return None
    if m.re is _ANAPHORIC_DENIED and m.group(2) and phrase.startswith("of "):
        return "the accusation", phrase, ante  # "accused it of …" / "denied that"
    if m.re is _ANAPHORIC_DENIED and m.group(2):
        return "the claim", phrase, ante  # "rejected that": the claim, as the prompt names it
    if m.group(1).lower() == "account" and _pronoun_in(phrase):
        return None  # "the account that troops had crossed to its side": whose side?
    return f"the {m.group(1).lower()}", phrase, ante


# the noun that names a claim by its cue's own verb: "claim" of "claimed", "accusation" of
# "accused", "allegation" of "alleged", "report" of "reported", "charge" of "charged"
_NOUN_STEMS = {
    "claim": "claim",
    "accusation": "accus",
    "allegation": "alleg",
    "report": "report",
    "charge": "charg",
    "assertion": "assert",
    "suggestion": "suggest",
}


def _names_cue(noun: str, ante: Claim) -> bool:
    """Whether a denial's noun is the noun of the claim's own cue ("that claim" of "claimed")."""
    stem = _NOUN_STEMS.get(noun.lower().rstrip("s"))
    return bool(stem) and _last_word(ante.cue).startswith(stem)


_PLURAL_NOUNS = re.compile(r"(?:the|these|those)\s+(?:allegations|accusations|charges)")
_LAWSUIT_WORDS = frozenset({"lawsuit", "suit", "complaint", "indictment", "petition"})
MAX_BEFORE = 40  # the most claims before a denial "the allegations" is looked up among


def _plural_antecedent(ctx: Context, claim: Claim, content: str) -> Antecedent | None:
    """Whose allegations "X denied the allegations." denies, when the story made them in one
    document only: every claim before the denial that names the denier (its last name word)
    comes from one lawsuit ("The lawsuit claims that Derek Vance … kept …" — "Vance denied the
    allegations." -> "who denied the allegations in the lawsuit?"). What they are is not
    asked (they may be several), so the phrase is empty: who_denied only."""
    names = [w for w in (claim.source or "").split() if w[:1].isupper()]
    if not names or claim.source_kind not in (*PERSON_KINDS, None, "organisation"):
        return None
    word = re.compile(r"\b" + re.escape(names[-1]) + r"\b")
    before = ctx.claims_from(ctx.story.span[0], claim.sentence_span[0])[-MAX_BEFORE:]
    naming = [c for c in before if word.search(c.content)]
    if not naming or any(c.stance not in ("asserts", "accuses") for c in naming):
        return None
    keys = {source_key(c.source or "") for c in naming}
    doc = _last_word(naming[0].source)
    if len(keys) != 1 or doc not in _LAWSUIT_WORDS or keys == {source_key(claim.source or "")}:
        return None
    noun = content.split(None, 1)[1].lower()
    return f"the {noun} in the {doc}", "", claim


def _claimed_before_cue(ctx: Context, claim: Claim) -> bool:
    """Whether another attribution of a denial's sentence has its cue before the denial's
    ("X said Y and Z denied the claim"); not the one whose words hold the denial ("Hale's
    lawyer said his client denies the allegations")."""
    if claim.cue_span is None:
        return False
    cue = claim.cue_span[0]
    own = [*ctx.claims_in(claim.sentence_span), *ctx.others_in(claim.sentence_span)]
    return any(
        c.cue_span and c.cue_span[0] < cue and not c.content_span[0] <= cue < c.content_span[1]
        for c in own
        if c is not claim
    )


# "disputed the findings", "disputes the figures", "denies the allegations": a plural noun
# standing for the one claim of the sentence just before
_TOLD_NOUNS = re.compile(
    r"(?:the|these|those)\s+(findings|figures|allegations|accusations|charges|claims)",
    re.IGNORECASE,
)
_AGAINST_NOUNS = frozenset({"allegations", "accusations", "charges", "claims"})
# what a claim must hold to be "the figures" (a number) or "the findings" (a study's or a
# report's, or found)
_NUMBER = re.compile(
    r"\d|\b(?:percent|hundreds?|thousands?|millions?|billions?|dozens?|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|a\s+third|a\s+quarter)\b"
)
_FINDING = re.compile(
    r"\b(?:report|study|audit|review|inquiry|investigation|survey|found|concluded|showed)\b",
    re.IGNORECASE,
)


# "reported that the club paid a driver who said Hale had …": the charge is voiced by someone
# the source only reports, so it is not the source's own
_VOICED_INSIDE = re.compile(
    r"\bwho\s+(?:had\s+)?(?:said|says|alleged|alleges|claimed|claims|told|accused|accuses)\b"
)


def _told_before(ctx: Context, claim: Claim, content: str) -> Antecedent | None:
    """What a plural noun of a denial stands for when the sentence just before (in the denial's
    paragraph, or a paragraph of that one sentence) holds one claim only, by another source, and
    the noun fits it: "the figures" a claim with a number, "the findings" a report's or a
    study's, "the allegations" (or "claims", "charges") a claim naming the denier, the only one
    of the story before that does ("Prosecutors said Tom Hale had hidden …" / "Through his
    lawyer, Hale denies the allegations."). Allegations are asked by whom they were made ("the
    allegations made by prosecutors"), as their words name the denier: who_denied only."""
    answered = _only_claim_answered(ctx, claim) if claim.cue_span is not None else None
    if answered is None:
        return None
    before, ante = answered
    noun = content.split(None, 1)[1].lower()
    if noun in _AGAINST_NOUNS and _record_claim(ctx, before, ante):
        # "A newspaper investigation found that the Bright Start charity had spent …" / "The
        # charity denied the claims": a document's one claim, about the denier, is what it denies
        phrase = _antecedent_phrase(ctx, claim, ante)
        mine = content_words(re.sub(r"^[Tt]he\s+", "", claim.source or ""))
        if phrase and phrase.startswith("that ") and mine and mine <= content_words(phrase):
            return f"the {noun}", phrase, ante
        return None
    if noun not in _AGAINST_NOUNS:
        phrase = _antecedent_phrase(ctx, claim, ante)
        if not phrase or not phrase.startswith("that "):
            return None
        if noun == "figures" and not _NUMBER.search(ante.content):
            return None
        if noun == "findings" and not _FINDING.search(before.text):
            return None
        return f"the {noun}", phrase, ante
    names = [w for w in (claim.source or "").split() if w[:1].isupper()]
    if not names or not ante.source or ante.stance not in ("asserts", "accuses"):
        return None
    if source_key(ante.source) == source_key(claim.source or ""):
        return None  # a source denying its own claim: a retraction, not a denial
    if _VOICED_INSIDE.search(ante.content):
        return None  # "… a booker who said Hale had …": the charges are the booker's
    word = re.compile(r"\b" + re.escape(names[-1]) + r"\b")
    earlier = ctx.claims_from(ctx.story.span[0], claim.sentence_span[0])[-MAX_BEFORE:]
    if [c for c in earlier if word.search(c.content)] != [ante]:
        return None  # the allegations may be more than the one claim before
    return f"the {noun} made by {_owner(ctx, ante)}", "", ante


_GENERIC = lexicon.words("generic_sources")

# "the accusations", "these allegations", "the charge", "the suggestion", "the findings" (also
# with a falsity label: "dismissed the accusations as propaganda"): a noun that points back to
# a claim the story reported, maybe paragraphs before
_EARLIER_NOUN = re.compile(
    r"(?:the|these|those|that|this)\s+(accusations?|allegations?|charges?|claims?|suggestion"
    r"|findings)(?:\s+as\s+(?:(?:\w+ly|pure|mere|simply)\s+)?[“\"]?(?:"
    + "|".join(map(re.escape, _FALSITY))
    + r")[.,]?[”\"]?)?",
    re.IGNORECASE,
)
# the nouns that say an accusation was made, and the cues that make one ("alleged", "accused")
_ACCUSING = ("accusation", "allegation", "charge")
_ACCUSING_CUES = ("accus", "alleg", "charg", "claim")
_CUE_OF = {"suggestion": ("suggest",), "claim": _ACCUSING_CUES, "claims": _ACCUSING_CUES}


def _names_denier(claim: Claim) -> re.Pattern[str] | None:
    """The words by which a claim would name a denier: a person's last name ("Dorn" of "Paul
    Dorn"), any other denier's whole name ("Harwick Bank", "army"); None for a denier named
    by a pronoun or one word that names no one ("company", "club" may be anyone's)."""
    name = (claim.source or "").strip()
    if not name or name.lower() in _PERSONAL:
        return None
    if claim.source_kind in PERSON_KINDS:
        name = name.split()[-1]
    name = re.sub(r"^[Tt]he\s+", "", name)
    if " " not in name and name.lower() in _ANY_BODY:
        return None
    return re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)


# "Ostria's government", "Vessia's defence ministry": a country's own body as denier
_STATE_DENIER = re.compile(
    r"([A-Z][a-z]{3,})[’']s\s+(?:(?:defence|defense|foreign|interior)\s+)?"
    r"(?:government|army|military|armed\s+forces|forces|ministry|navy|air\s+force)"
)
# one-word deniers that may be any organisation the story names ("the company", "the club")
_ANY_BODY = frozenset({"company", "firm", "club", "group", "organisation", "organization"})


def _earlier_accusation(ctx: Context, claim: Claim, noun: str) -> Antecedent | None:
    """The accusation "X denied the accusations" denies, reported earlier in the story: the one
    whose words name X (:func:`_named_accusation`), or else the one accuser's whose cue is of
    the noun's type (:func:`_typed_accusation`)."""
    return _named_accusation(ctx, claim, noun) or _typed_accusation(ctx, claim, noun)


def _named_accusation(ctx: Context, claim: Claim, noun: str) -> Antecedent | None:
    """What "X denied the accusations" denies when the accusation was reported earlier in the
    story, maybe paragraphs before ("Rebels accused the army of shelling three villages …" /
    "The army dismissed the accusations as propaganda."): the one claim before the denial, by
    another source, that names the denier (no other claim or cue before names it), made as an
    accusation ("accused", "alleged", "charged", "claimed"), as a suggestion for "the
    suggestion", or as a report's or a study's findings, by a named body, for "the findings";
    for "the claims" also a claim whose subject is the denier ("The union said FC Marden had
    withheld wages"). Asked by whom it was made ("the accusations made by Ivo Stesk"), as its
    words name the denier: who_denied only."""
    word = _names_denier(claim)
    if word is None or claim.cue_span is None:
        return None
    denier = source_key(claim.source or "")
    earlier = ctx.claims_from(ctx.story.span[0], claim.sentence_span[0])

    def naming_of(word: re.Pattern[str]) -> list[Claim]:
        return [
            c
            for c in earlier
            if c.stance in ("asserts", "accuses", "denies")
            and source_key(c.source or "") != denier
            and word.search(c.content)
        ]

    naming = naming_of(word)
    state = _STATE_DENIER.fullmatch((claim.source_text or "").strip())
    if not naming and state:
        # "Ostria's government rejected the accusation" after "… accused Ostrian troops of
        # …": the country's name, or its adjective ("Ostrian"), names the denier
        place = state.group(1)
        word = re.compile(r"\b" + re.escape(place[: max(4, len(place) - 1)]) + r"\w{0,4}\b")
        naming = naming_of(word)
    if len(naming) != 1:
        return None  # none, or two accusations: which one is denied?
    ante = naming[0]
    others = [
        c
        for c in ctx.story.others
        if c.sentence_span[1] <= claim.sentence_span[0] and word.search(c.content)
    ]
    if others or ante.stance == "denies" or not ante.source or ante.quote == "direct":
        return None  # a cue read only by the model may be a second accusation
    if any(
        (c.stance == "accuses" or _last_word(c.cue).startswith(_ANY_ACCUSING))
        and source_key(c.source or "") not in (denier, source_key(ante.source))
        and c.line not in ctx.story.headings
        for c in earlier
    ):
        return None  # "Prosecutors charged a wine dealer …, accusing him …": theirs, maybe
    if _VOICED_INSIDE.search(ante.content) or ctx.claims_in(claim.sentence_span)[:1] != [claim]:
        return None  # "… a driver who said Hale had …": the driver's; "Y said …, X denied …"
    if _last_word(ante.source) in _RECORD_WORDS | _LAWSUIT_WORDS:
        return None  # "a report found …": whose report? (a lawsuit's: _plural_antecedent)
    if _unclear_accuser(ante):
        return None  # "He accused …", "Officials said …": whose accusation, in a prompt?
    cue = _last_word(ante.cue)
    singular = noun.rstrip("s") if noun != "findings" else noun
    if noun == "findings":
        sentence = ctx.text[ante.sentence_span[0] : ante.sentence_span[1]]
        if not _FINDING.search(sentence) or not ante.source[:1].isupper():
            return None  # the findings of a named body, in a report or a study
        return f"the findings of {_owner(ctx, ante)}", "", ante
    if singular in _ACCUSING:
        fits = ante.stance == "accuses" or cue.startswith(_ACCUSING_CUES)
    else:
        fits = cue.startswith(_CUE_OF[noun]) or (
            noun in ("claim", "claims") and _opens_with(claim, ante.content)
        )
    if not fits:
        return None
    return f"the {noun} made by {_owner(ctx, ante)}", "", ante


# the cues that make an accusation of each type: "the charges" are what was "charged"
_TYPE_CUES = {
    "accusation": ("accus",),
    "allegation": ("alleg",),
    "charge": ("charg",),
    "claim": ("claim",),
    "suggestion": ("suggest",),
}
_ANY_ACCUSING = (*_ACCUSING_CUES, "suggest")
# "Prosecutors in Dijon charged a wine dealer …", "The runner-up … has asked a court to annul
# the vote, alleging …": the sentence's subject, up to its first verb
_SUBJECT = re.compile(
    r"(?P<subj>(?:[A-Z][\w’'-]*|a|an|the)(?:\s+[\w’'-]+){0,7}?)\s+(?:(?:has|have|had)\s+"
    # "The commission has taken the grocer to court, alleging …": any participle after "has"
    r"(?:also\s+)?(?:[a-z]+ed|taken|brought|won|sought|begun|made|told|written)"
    r"|(?:also\s+)?(?:on\s+[A-Z]\w+day\s+)?(?:[a-z]+ed|(?:accus|alleg|charg|claim|suggest)\w*))\b"
)
_SUBJECT_STOP = re.compile(r"\b(?:who|that|which|whose|and|said|says)\b", re.IGNORECASE)
# a capitalised name of two words in an accusation ("charged Tom Hale with …"): someone named
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_OWN_SIDE = re.compile(r"\b(?:lawyers?|attorneys?|counsel|spokes\w+)\b", re.IGNORECASE)


def _typed_accusation(ctx: Context, claim: Claim, noun: str) -> Antecedent | None:
    """What "X denied the charges" denies when no earlier claim names X as the denial does: the
    accusations of the one source that made any before it ("Prosecutors in Dijon charged a
    wine dealer with fraud …" / "Marchand denied the charges."), when one of its cues is of the
    denial noun's type ("charged" for "the charges", "alleging" for "the allegations"), it is
    the subject of its sentence, and neither it nor what it says names anyone else. Several
    accusations by that one source are fine: the prompt names who made them, not what they
    say ("who denied the charges brought by prosecutors in Dijon?")."""
    stems = _TYPE_CUES.get(noun.rstrip("s"))
    name = (claim.source or "").strip()
    if stems is None or not name or name.lower() in _PERSONAL:
        return None
    word = _names_denier(claim)
    if word is None or ctx.claims_in(claim.sentence_span)[:1] != [claim]:
        return None  # "Y said …, and X denied the charges": whose, Y's?
    denier = source_key(name)
    start, end = ctx.story.span[0], claim.sentence_span[0]
    told = [
        c
        for c in [*ctx.claims_from(start, end), *ctx.story.others]
        if start <= c.sentence_span[0]
        and c.sentence_span[1] <= end
        and c.line not in ctx.story.headings
        and not not_a_sentence(ctx.text[c.sentence_span[0] : c.sentence_span[1]])
    ]
    cues = [c for c in told if c.stance == "accuses" or _last_word(c.cue).startswith(_ANY_ACCUSING)]
    accusers = [_subject_of(ctx, c) for c in cues]
    if not cues or any(a is None for a in accusers):
        return None  # none, or one whose maker is not its sentence's subject
    if not all(_same_accuser(ctx, c, cues[0], denier) for c in cues):
        return None  # two accusers: whose charges?
    accuser = max(map(str, accusers), key=len)  # the fullest: "Prosecutors in Dijon"
    if source_key(accuser) == denier or word.search(accuser) or _own_side(claim, accuser):
        return None  # the denier's own words, its lawyer's or its body's
    for c in told:  # every other claim that names the denier is the accuser's
        if c.source_kind == "record" and _last_word(c.cue) == "to":
            continue  # "Okafor won by 40,000 votes, according to official results": a count
        mine = source_key(c.source or "") == denier or _same_accuser(ctx, c, cues[0], denier)
        if word.search(c.content) and not mine:
            return None  # "Teacher Marta Senn said soldiers of the army had …": a second
    people = {
        (c.source or "").split()[-1]
        for c in ctx.story.claims
        if c.source_kind in PERSON_KINDS and c.source and source_key(c.source) != denier
    }
    for c in cues:
        names = [
            n
            for n in _TWO_NAMES.findall(c.content)
            if n.split()[0] in GIVEN_NAMES and not word.search(n)
        ]
        if names or any(re.search(r"\b" + re.escape(p) + r"\b", c.content) for p in people):
            return None  # "charged Tom Hale with …": someone else's charges
    typed = [c for c in cues if _last_word(c.cue).startswith(stems)]
    if not typed or _VOICED_INSIDE.search(typed[0].content):
        return None  # "Prosecutors charged …" / "X rejected the suggestion": not of that type
    ante = replace(typed[0], source=accuser, source_text=accuser)
    if (
        _unclear_accuser(ante)
        or _last_word(_accuser_head(accuser)) in _RECORD_WORDS | _LAWSUIT_WORDS
    ):
        return None  # "Residents say …", "a report found …": whose, in a prompt?
    ctx.cache.setdefault("typed_accusations", []).append(ante)
    made = (
        "brought"
        if noun.startswith("charge") and _last_word(ante.cue).startswith("charg")
        else "made"
    )
    written = (typed[0].source_text or "").strip()
    # as the analysis read it ("Ivo Stesk", "prosecutors"), or as the sentence's subject writes it
    by = _accuser_words(ctx, _owner(ctx, typed[0]) if written == accuser else accuser)
    return f"the {noun} {made} by {by}", "", ante


def _same_accuser(ctx: Context, one: Claim, other: Claim, denier: str = "") -> bool:
    """Whether two accusations are by one source: one key, one subject's head ("Prosecutors in
    Dijon" and "Prosecutors"), one last name ("Rebel commander Ivo Stesk" and "Stesk"), or a
    named body and a public body's noun that can only be it (:func:`_one_body`)."""
    if source_key(one.source or "") == source_key(other.source or ""):
        return True
    a, b = _subject_of(ctx, one) or one.source or "", _subject_of(ctx, other) or other.source or ""
    if _accuser_head(a) == _accuser_head(b):
        return True
    if denier and (_one_body(ctx, one, other, denier) or _one_body(ctx, other, one, denier)):
        return True
    last_a, last_b = a.split()[-1:], b.split()[-1:]
    return bool(last_a) and last_a == last_b and last_a[0][:1].isupper() and " in " not in a + b


# public bodies a story may name by their noun alone once it has named them ("the regulator",
# "the commission" of "the National Fair Trading Commission")
_PUBLIC_NOUNS = frozenset(
    "regulator watchdog commission authority agency board council ministry department"
    " inspectorate ombudsman tribunal".split()
)


def _one_body(ctx: Context, named: Claim, noun: Claim, denier: str) -> bool:
    """Whether an accuser written as a public body's noun ("the regulator", "the commission")
    is the named body of another accusation ("the National Fair Trading Commission"): the
    noun is its name's last word, or the named body is the one body other than the denier
    among the story's sources (no person's name, no unnamed group, beside it)."""
    info = story_sources(ctx).get(source_key(named.source or ""))
    head = re.sub(r"^(?:the|a|an)\s+", "", (noun.source or "").strip().lower())
    if info is None or head not in _PUBLIC_NOUNS or info.kind in PERSON_KINDS:
        return False
    if (info.name.split() or [""])[-1].lower() == head:
        return True  # "the commission" of "the National Fair Trading Commission"
    bodies = [
        o
        for o in story_sources(ctx).values()
        if o.key != denier and o.kind not in PERSON_KINDS and not looks_personal(o.name)
    ]
    return [o.key for o in bodies] == [info.key]


def _who_asked(ctx: Context) -> set[tuple[int, int]]:
    """The denials who_denied asks of the story (built once, if it has not been)."""
    if "who_asked" not in ctx.cache:
        build_who(ctx)
    asked = ctx.cache.get("who_asked")
    return asked if isinstance(asked, set) else set()


# where an allegation's clause runs on past what it alleges ("… as delivered fresh when much of
# the produce had been held for days"): the words it may be cut at
_RUNS_ON = re.compile(r",?\s+(?:when|while|whereas|although|even\s+though|after|before|because)\s")
MIN_ALLEGATION = 5  # the fewest words an allegation cut short keeps


def _allegation(ctx: Context, claim: Claim, ante: Claim) -> str | None:
    """The first typed accusation of a body as a "that" clause with the denier as "it" ("that
    it misled customers by advertising …"), cut before a "when", "while" … clause that runs on
    past what is alleged; None when it is no clean clause, opens on anything but the denier
    ("the company", its name) or names anyone else."""
    if ante.stance != "accuses" or _VOICED_INSIDE.search(ante.content):
        return None
    rest = strip_that(strip_edges(ante.content))
    if not rest or not quotes_balanced(rest):
        return None
    head = rest.split(None, 2)
    words = name_words(claim.source or "")
    if head[:2] and head[0].lower() == "the" and head[1].lower() in _DENIER_NOUNS:
        rest = "it " + rest.split(None, 2)[2]  # "the company misled …" -> "it misled …"
    elif head and name_words(head[0]) and name_words(head[0]) <= words:
        rest = "it " + rest.split(None, 1)[1]  # "FreshLane misled …" -> "it misled …"
    else:
        return None
    cut = _RUNS_ON.search(rest)
    if cut and word_count(rest[: cut.start()]) >= MIN_ALLEGATION:
        rest = rest[: cut.start()]
    rest = rest.rstrip(" ,;:")
    if re.search(r"[A-Z]", rest) or word_count(rest) > MAX_WORDS or not quotes_balanced(rest):
        return None  # "that it paid Tom Hale …": someone else named; or too long an option
    return curly_quotes(f"that {rest}")


_DENIER_NOUNS = frozenset(
    {"company", "firm", "group", "retailer", "seller", "grocer", "bank", "airline", "operator"}
    | {"club", "council", "network", "hospital", "school", "university", "agency", "insurer"}
)


def _accuser_clauses(ctx: Context, ante: Claim, info: SourceInfo) -> set[str]:
    """The clauses of the story's claims that may be among those a denier rejected: every claim
    of the accuser, of its people ("commission deputy chair Ana Roy") or of anyone the story
    may mean by it ("It also claims …", "The regulator alleges …": a pronoun or a description
    not resolved to the denier), and every accusation or claim of an accusing cue. None is a
    wrong option of what the denier denied."""
    words = name_words(ante.source or "") | content_words(ante.source_text or "")
    words -= {"the"}
    accuser = source_key(ante.source or "")
    out: set[str] = set()
    for c in ctx.story.claims:
        src = source_of(ctx, c)
        key = src.key if src else source_key(c.source or "")
        if key == info.key:
            continue  # the denier's own words: never what it rejected
        written = " ".join((c.source_text or c.source or "").split())
        side = (
            key == accuser
            or src is None
            or bool((src.words | name_words(src.name)) & words)
            or c.stance == "accuses"
            or _last_word(c.cue).startswith(_ANY_ACCUSING)
            or written.lower() in _PERSONAL
            or bool(re.match(r"(?:[Tt]he|[Aa]n?)\s+[a-z]", written))
        )
        if side:
            out.add(clause_phrase(c, ctx.text) or strip_that(strip_edges(c.content)))
    return out - {""}


def _typed(ctx: Context, ante: Antecedent | None) -> bool:
    """Whether an antecedent is an accuser's, found by its cue's type (:func:`_typed_accusation`):
    which of its accusations is denied the story does not say, so no what_denied."""
    return ante is not None and any(a is ante[2] for a in ctx.cache.get("typed_accusations", ()))


def _subject_of(ctx: Context, said: Claim) -> str | None:
    """Who made an accusation: its sentence's subject, which holds the source the analysis read
    ("The runner-up in the governor's election" of "… election has asked a court …, alleging
    …"); None when the source is not the subject ("…, police alleged" after another's words)."""
    sentence = strip_dateline(ctx.claim_sentence(said)).lstrip()  # "SYDNEY, May 2 (AAP) - "
    at = said.sentence_span[1] - len(sentence)
    found = _SUBJECT.match(sentence.strip())
    written = (said.source_text or "").strip()
    if found is None or not written:
        return None
    if said.cue_span and at + found.end("subj") > said.cue_span[0]:
        return None  # "Rebels accuse the army of having shelled …": the verb is the cue
    subj = found.group("subj")
    if _SUBJECT_STOP.search(subj) or written.lower() not in subj.lower():
        return None
    return subj


def _accuser_head(subj: str) -> str:
    """An accuser's words before any "in"/"of" phrase, without an article: "prosecutors" of
    "Prosecutors in Dijon" and of "Prosecutors"."""
    head = re.split(r"\s+(?:in|of|at|for|from)\s+", subj.strip(), maxsplit=1)[0]
    return re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.IGNORECASE).lower()


def _own_side(claim: Claim, accuser: str) -> bool:
    """Whether an accuser may be the denier's own side: a lawyer or spokesman ("his lawyer"),
    or shares a word with how the denier is written ("the ministry" of "Minister …")."""
    if _OWN_SIDE.search(accuser) or accuser.split()[0].lower() in _PERSONAL:
        return True
    mine = content_words(claim.source_text or "") | content_words(claim.source or "")
    return bool(mine & content_words(accuser))


def _accuser_words(ctx: Context, subj: str) -> str:
    """An accuser as the middle of a prompt writes it: "prosecutors in Dijon", "the runner-up
    in …", "a former assistant at the club"; a name keeps its capital ("Greenpeace activists")."""
    out = lower_positional(subj, ctx.text)
    first, _, rest = out.partition(" ")
    if first.lower() in ("the", "a", "an") or first.lower() in _GENERIC | _NAMED_ACCUSERS:
        return first.lower() + (" " + rest if rest else "")
    if first.endswith("s") and rest[:1].islower() and not re.search(rf"[a-z,] {first}\b", ctx.text):
        return first.lower() + " " + rest  # "Rebels in the north": never a name mid-sentence
    return out


# accusers a prompt may name by a common noun alone ("the allegations made by prosecutors")
_NAMED_ACCUSERS = frozenset({"prosecutors", "critics", "investigators", "police"})


def _unclear_accuser(said: Claim) -> bool:
    """Whether the maker of an accusation is unclear as a prompt would name it: written as a
    pronoun ("He accused …"), or only in vague words ("officials", "sources", "two men")."""
    written = (said.source_text or "").strip().lower()
    if not written or written in _PERSONAL or written in ("we", "i", "you"):
        return True
    words = [w.strip(",.’'") for w in (said.source or "").lower().split()]
    words = [w for w in words if w not in ("the", "some", "two", "three", "several", "many")]
    if len(words) == 1 and words[0] in _NAMED_ACCUSERS:
        return False
    return not words or all(w in _GENERIC for w in words)


def _opens_with(claim: Claim, content: str) -> bool:
    """Whether a claim's words open on the denier's name ("FC Marden had withheld …") or its
    last word ("Dorn had ordered …")."""
    name = re.sub(r"^[Tt]he\s+", "", (claim.source or "").strip())
    names = {name, name.split()[-1]} if name else set()
    opening = re.sub(r"^(?:that\s+)?(?:the\s+)?", "", content, flags=re.IGNORECASE)
    return any(re.match(re.escape(n) + r"\b", opening) for n in names)


# "the criticism", "the criticism as politically motivated": the noun and a short label
_CRITICISM = re.compile(
    r"(?:the|this|that|such)\s+criticism(?:\s+as\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)?"
)


def _criticism(ctx: Context, claim: Claim) -> str | None:
    """What "dismissed the criticism as politically motivated" rejects, as the story words it,
    when the criticism is the one accusation of the sentence just before (in the denial's
    paragraph, or a paragraph of that one sentence), made by another source ("Tenants' leader
    Anna Koss accused the council of leaving families in damp flats."): no fact is denied, so
    it is asked as who rejected it, never as what. None for criticism the story never reports
    ("rejected the criticism" after a plain statement, or in a story of no accusation)."""
    content = strip_edges(claim.content)
    if not _CRITICISM.fullmatch(content) or denial_verb(claim) == "denied":
        return None  # "denied the criticism": no denial of a fact, and no other verb to ask
    answered = _only_claim_answered(ctx, claim)
    if answered is None:
        return None
    ante = answered[1]
    if ante.stance != "accuses" or not ante.source or ante.act != "claim":
        return None
    if source_key(ante.source) == source_key(claim.source or ""):
        return None
    return content


def _owner(ctx: Context, said: Claim) -> str:
    """Who made a claim, as the middle of a sentence shows it ("prosecutors", "two former
    employees", "the union", "Ana Lind")."""
    owner = option_name(display_for(ctx, str(said.source)))
    first = owner.split(" ", 1)[0]
    if first in _LOWER_OPENERS or first.lower() in _GENERIC:
        return first.lower() + owner[len(first) :]
    return owner


def _quoted_on(ctx: Context, quote: Sentence, said: Claim) -> Claim | None:
    """The one claim of the sentence before a quotation, in its paragraph, by the quotation's
    own speaker ("Lund said the firm knew. “They knew in May,” he said."): what it carries on."""
    prev = ctx.sentence_before(quote.span[0])
    if prev is None or prev.line != quote.line or prev.in_quote or ctx.others_in(prev.span):
        return None
    found = ctx.claims_in(prev.span)
    if len(found) != 1 or found[0].quote == "direct":
        return None
    first, then = found[0].source or "", said.source or ""
    same = source_key(first) == source_key(then)
    # "Union steward Lars Ekdal said …" then "… he said": one person, as the attribution read
    last = then.split()[-1:] if " " in then else []
    if not same and not (last and last[0][:1].isupper() and first.split()[-1:] == last):
        return None
    return found[0]


_BARE_NOUN = re.compile(r"(?:" + CLAIM_NOUNS + r"|report|" + _VIEW_NOUNS + r")", re.IGNORECASE)


# "that account as “groundless”": a falsity label after the noun, the denial itself
_AS_FALSE = re.compile(
    r"(.+?)\s+as\s+(?:(?:\w+ly|pure|mere|simply)\s+)?[“\"]?(?:"
    + "|".join(map(re.escape, _FALSITY))
    + r")[.,]?[”\"]?",
)


# "denied the allegation in a brief statement", "denied any wrongdoing through his lawyer":
# how the denial was made, not what it denies
_MANNER = re.compile(
    r",?\s+(?:in|through|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:statement|interview|post|letter|spokes(?:man|woman|person)|lawyers?|attorneys?"
    r"|representatives?)[.,;]?$"
)
# cov13: the same with where the statement or post was made and when ("in a short post on her social
# media pages", "in a statement late on Thursday"), cut after a label only
# (:func:`_label_without_channel`)
_CHANNEL_TAIL = re.compile(
    _MANNER.pattern.removesuffix("[.,;]?$")
    + r"(?:\s+on\s+(?:(?:his|her|their|its|the)\s+)?(?:social\s+media|[A-Z][a-z]+)"
    r"(?:\s+(?:accounts?|pages?|channels?|feeds?))?)?"
    r"(?:\s+(?:late\s+|early\s+)?on\s+(?:" + "|".join(sorted(d.title() for d in WEEKDAYS)) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"[.,;]?$"
)


def _label_without_channel(claim: Claim, short: str) -> str:
    """ "dismissed the report as “pure invention” in a short post on his social media pages",
    "called the reports false in a statement on Tuesday": the label put on what was denied,
    without how and when the denier put it; any other content as it is."""
    m = _CHANNEL_TAIL.search(short)
    if m is None or claim.quote == "direct":
        return short
    cut = short[: m.start()]
    label = _AS_LABEL.fullmatch(cut) or (calling(claim) and _CALLED_FALSE.fullmatch(cut))
    return cut if label else short


def _without_manner(claim: Claim) -> Claim:
    """A denial without the words of how it was made at the end of its content."""
    m = _MANNER.search(claim.content) if claim.quote != "direct" else None
    if m is None:
        return claim
    start = claim.content_span[0]
    return replace(
        claim, content=claim.content[: m.start()], content_span=(start, start + m.start())
    )


def _written_noun(ctx: Context, claim: Claim) -> str:
    """A denial's content as the story writes it: with the "that" the analysis reads as a
    complementizer when a bare noun follows ("rejected that interpretation"), and without a
    falsity label after it ("rejected that account as “groundless”": the account)."""
    content = _MANNER.sub("", strip_edges(claim.content))
    labelled = _AS_FALSE.fullmatch(content)
    if labelled and _BARE_NOUN.fullmatch(labelled.group(1)):
        content = labelled.group(1)
    if claim.cue_span and _BARE_NOUN.fullmatch(content):
        gap = ctx.text[claim.cue_span[1] : claim.content_span[0]].strip()
        if gap.lower() == "that":
            return f"that {content}"
    return content


# "disputed the police account", "rejected the union's version": the telling of the one
# source the story has just reported, named by its owner
_OWNED_ACCOUNT = re.compile(
    r"the\s+((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*?)([’']s?)?\s+(account|version)"
)

# "rejected the group's claims": the claims of the one source the story has just reported,
# named by its owner with a possessive
_OWNED_CLAIMS = re.compile(
    r"the\s+((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*?)([’']s?)\s+(claims?|allegations?"
    r"|accusations?)"
)


def _owned_antecedent(ctx: Context, claim: Claim, owned: re.Match[str]) -> Antecedent | None:
    """What "the police account" denies: the one claim of the sentence just before (in the
    denial's paragraph, or a paragraph of that one sentence), made by the source the owner
    names ("Police said fans had climbed the fences." / "Organisers disputed the police
    account." -> "the police account that fans had climbed the fences")."""
    answered = _only_claim_answered(ctx, claim)
    if answered is None or not answered[1].source:
        return None
    ante = answered[1]
    owner = owned.group(1)
    said = {w.lower() for w in tokens(ante.source_text or ante.source or "")}
    if source_key(owner) != source_key(ante.source) and not (
        {w.lower() for w in tokens(owner)} <= said
    ):
        return None  # "the police account" after the union's claim: another telling
    phrase = _antecedent_phrase(ctx, claim, ante)
    if not phrase or not phrase.startswith("that ") or _pronoun_in(phrase):
        return None
    # "the auditor's account", "the police account": the owner as written
    return f"the {owner}{owned.group(2) or ''} {owned.group(3)}", phrase, ante


def _pronoun_in(phrase: str) -> bool:
    """Whether a phrase holds a personal pronoun ("its side", "they"), unclear in a prompt."""
    return bool(_PERSONAL & {w.strip(",.’'").lower() for w in phrase.split()})


def _antecedent_phrase(ctx: Context, claim: Claim, ante: Claim) -> str | None:
    """What a claim another source asserted (or accused someone of) says, as "that …", when a
    denial names it by a noun ("the claim", "a claim", "which"); None for the denier's own."""
    if ante.stance not in ("asserts", "accuses") or not ante.source:
        return None
    if source_key(ante.source) == source_key(claim.source or ""):
        return None  # a source denying its own claim: a retraction, not a denial
    if _VOICED_INSIDE.search(ante.content):
        return None  # "… a booker who said Hale had …": the charges are the booker's
    phrase = clause_phrase(ante, ctx.text, bare_plural=True)
    if phrase and phrase.startswith("that "):
        return phrase
    first = _FIRST_OF_TWO.match(strip_edges(ante.content))
    if not phrase and first and ante.quote == "indirect":
        # "reported that the alarm had been faulty for weeks and that staff had raised concerns
        # about it": the report, named by its first clause (the second needs its "it")
        phrase = clause_phrase(replace(ante, content=first.group(1)), ctx.text, bare_plural=True)
        if phrase and phrase.startswith("that "):
            return phrase
    accused = _ACCUSED_OF.fullmatch(strip_edges(ante.content)) if ante.stance == "accuses" else None
    if accused and (
        source_key(accused.group(1)) == source_key(claim.source or "")
        or (accused.group(1).lower() in ("it", "them") and _last_accusation_of(ctx, claim, ante))
        or _government_of(accused.group(1), claim.source or "")
        or (_apposed(claim) and _THE_FIRM.fullmatch(accused.group(1)))
    ):
        # "X accused the Reform Alliance of receiving money …" then "The Reform Alliance
        # denied the accusation": the accusation "of receiving money …"
        what = accused.group(2)
        if 3 <= word_count(what) <= MAX_WORDS and not unresolved_pronoun(what):
            return f"of {what}"
    return None


# "the alarm had been faulty and that staff had raised concerns": the first of two clauses
_FIRST_OF_TWO = re.compile(r"(.+?),?\s+and\s+that\s+.+")
# "Karvonia's government", "Ostria's foreign ministry": a country's government, which answers
# an accusation made against the country
_GOVERNMENT_OF = re.compile(
    r"(.+?)[’']s?\s+(?:(?:[a-z]+\s+){0,2}(?:government|ministry|cabinet|presidency)|leaders?)"
)


def _government_of(accused: str, denier: str) -> bool:
    """Whether a denier is the government of the one accused ("Karvonia" -> "Karvonia's
    government")."""
    m = _GOVERNMENT_OF.fullmatch(denier)
    return bool(m) and source_key(m.group(1)) == source_key(accused)


# "accused the company of …, an accusation Marlow denies": the one accused, by a common noun
_THE_FIRM = re.compile(r"(?:the\s+)?(?:company|firm|manufacturer|maker|operator|group|club)")
# an accusation's words: whom it accuses, "of", and what of ("the Reform Alliance of receiving …")
_ACCUSED_OF = re.compile(r"(?:the\s+)?(.+?)\s+of\s+([“\"]?[a-z]+ing\b.*?)[.,;]?")


# The noun of an apposed denial's content (content.apposed_denials): "a claim", "which"
_APPOSED_NOUN = re.compile(
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(" + CLAIM_NOUNS + r")|which"
    # ", allegations the club denies" (den12): a bare plural, asked as "the allegations"
    r"|(" + CLAIM_NOUNS + r")s)"
)


def _apposed(claim: Claim) -> bool:
    """Whether a denial is apposed to a claim before it: its content, the noun standing for
    that claim ("a claim", "which"), comes before its cue."""
    return bool(
        claim.cue_span
        and claim.content_span[1] <= claim.cue_span[0]
        and _APPOSED_NOUN.fullmatch(claim.content)
    )


def _apposed_antecedent(ctx: Context, claim: Claim) -> Antecedent | None:
    """What an apposed denial denies: the claim of its own sentence whose words end at the comma
    just before it ("Officials said Dravian forces shelled the port, a claim Dravia denies" ->
    "the claim that Dravian forces shelled the port"; "…, which the army denied" -> "that …")."""
    m = _APPOSED_NOUN.fullmatch(claim.content)
    if m is None or not _apposed(claim):
        return None
    start = claim.content_span[0]
    before = [
        c
        for c in ctx.claims_in(claim.sentence_span)
        if c is not claim and c.content_span[1] <= start
    ]
    if not before:
        return None
    ante = max(before, key=lambda c: c.content_span[1])
    if ctx.text[ante.content_span[1] : start].strip() != ",":
        return None  # the comma must join the claim's words and the noun standing for them
    phrase = _antecedent_phrase(ctx, claim, ante)
    if not phrase or _pronoun_in(phrase):
        return None  # "the claim that their fighters …": whose fighters, in a prompt alone?
    noun = f"the {m.group(1).lower()}" if m.group(1) else ""
    if m.group(2):
        noun = f"the {m.group(2).lower()}s"  # ", allegations the club denies": the allegations
    return noun, phrase, ante


def _last_accusation(
    ctx: Context, claim: Claim, found: list[Claim], m: re.Match[str]
) -> Claim | None:
    """Which of two claims of the sentence before "X denied that." is denied, when that is
    clear: both one source's, the last an accusation of the denier ("said the network had
    given … and accused it of using …"), asked as "the accusation of using …"."""
    if m.re is not _ANAPHORIC_DENIED or not m.group(2) or len(found) != 2:
        return None
    first, last = sorted(found, key=lambda c: c.content_span)
    if source_key(first.source or "") != source_key(last.source or "") or last.stance != "accuses":
        return None
    if not _last_word(last.cue).startswith("accus") or last.cue_span is None:
        return None
    accused = _ACCUSED_OF.fullmatch(strip_edges(last.content))
    if accused is None or accused.group(1).lower() not in ("it", "them"):
        return None
    # the pronoun is the denier's description, named before it in that sentence ("the network")
    noun = (claim.source_text or "").split()[-1:]
    said = ctx.text[last.sentence_span[0] : last.cue_span[0]]
    if not noun or not (claim.source_text or "").startswith(("The ", "the ")):
        return None
    if len(re.findall(r"\b" + re.escape(noun[0]) + r"\b", said, re.IGNORECASE)) != 1:
        return None
    return last


def _last_accusation_of(ctx: Context, claim: Claim, ante: Claim) -> bool:
    """Whether an accusation's "it" is the denier's (:func:`_last_accusation`)."""
    m = _ANAPHORIC_DENIED.fullmatch(_written_noun(ctx, claim))
    found = ctx.claims_in(ante.sentence_span)
    return m is not None and _last_accusation(ctx, claim, found, m) is ante


def _paragraph_sentences(ctx: Context, line: int) -> int:
    """How many sentences the paragraph (one line of text) holds."""
    return len(ctx.by_line.get(line, []))


def _answered_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """The sentence just before a claim when a denial there may answer it: in the claim's own
    paragraph, or a paragraph of that one sentence (the last of a paragraph of several is not
    what it answers)."""
    before = ctx.sentence_before(claim.sentence_span[0])
    if before is None or (before.line != claim.line and _paragraph_sentences(ctx, before.line) > 1):
        return None
    return before


def _only_claim_answered(ctx: Context, claim: Claim) -> tuple[Sentence, Claim] | None:
    """The sentence a denial answers (:func:`_answered_sentence`) and its one claim, when no
    claim comes before the denial's cue in its own sentence, the sentence before is no
    quotation, and it holds no cue read only by the model."""
    if _claimed_before_cue(ctx, claim):
        return None
    before = _answered_sentence(ctx, claim)
    if before is None or before.in_quote:
        return None
    found = ctx.claims_in(before.span)
    if not found:
        document = _document_finding(ctx, before)
        return (before, document) if document is not None else None
    if ctx.others_in(before.span):
        return None
    return (before, found[0]) if len(found) == 1 else None


# "An audit by the regional treasury found …", "A tax office inquiry concluded …": a sentence
# whose subject is a document or an inquiry, the accuser a denial answers
_DOCUMENT_SUBJECT = re.compile(
    r"(?:An?|The)\s+(?:[\w’'-]+\s+){0,3}?(?:audit|report|inquiry|investigation|study|review"
    r"|survey|probe)\b"
)
_FINDING_CUES = frozenset({"found", "finds", "concluded", "concludes", "showed", "shows"})


def _record_claim(ctx: Context, before: Sentence, said: Claim) -> bool:
    """Whether a claim is a document's or an inquiry's, made with a verb of finding, its
    sentence opening on the document ("A newspaper investigation found that …")."""
    if _last_word(said.cue) not in _FINDING_CUES:
        return False
    return _DOCUMENT_SUBJECT.match(strip_dateline(before.text.strip())) is not None


def _document_finding(ctx: Context, before: Sentence) -> Claim | None:
    """The finding of a document or an inquiry that only the learned cue model read in the
    sentence a denial answers ("An audit by the regional treasury found that the firm had
    overbilled the city …" / "The company disputed the figures."): the sentence's one
    attribution, made with a verb of finding, its subject the document."""
    others = ctx.others_in(before.span)
    if len(others) != 1:
        return None
    said = others[0]
    if said.act != "learned" or said.stance != "asserts" or not said.source:
        return None
    if _last_word(said.cue) not in _FINDING_CUES or said.quote == "direct":
        return None
    opening = strip_dateline(before.text.strip())
    subject = _DOCUMENT_SUBJECT.match(opening)
    if subject is None or not said.cue_span:
        return None
    at = said.cue_span[0] - said.sentence_span[0] - (len(before.text) - len(opening))
    # the document opens the sentence and its verb follows its phrase ("… by the treasury found")
    return said if subject.end() <= at and "," not in opening[:at] else None


_DENIAL_CUE = frozenset({"denied", "denies", "rejected", "disputed"})
_RECORD_WORDS = frozenset(load_lexicon("record_nouns")) | frozenset(load_lexicon("ver_nonagents"))


def _last_word(words: str | None) -> str:
    """The last word of a cue or a name, lower-cased ("" for none)."""
    split = (words or "").lower().split()
    return split[-1] if split else ""


def _learned_denials(ctx: Context) -> list[Claim]:
    """Denials only the learned cue model read, where the sentence is nothing but its subject
    and the denial ("The coast guard denied the charge, saying …", "The operator, Calder
    Lines, has denied the claim."): the subject opens the sentence, the cue follows it, no
    rule read a claim in the sentence, and what is denied is something claimed."""
    out = []
    for c in ctx.story.others:
        if c.act != "learned" or c.stance != "denies" or not c.source_span or not c.cue_span:
            continue
        if _last_word(c.cue) not in _DENIAL_CUE and not (
            _last_word(c.cue) == "called" and calls_false(c.content, 0)
        ):
            continue  # "Lind's management called the report “baseless”": a denial too
        if ctx.text[c.sentence_span[0] : c.source_span[0]].strip():
            continue  # "Mayor Ilse Varga and her deputy denied …": the subject is more than it
        if ctx.text[c.source_span[1] : c.cue_span[0]].strip() not in ("", ","):
            continue
        if _last_word(c.source) in _RECORD_WORDS:
            continue  # "the report rejected …": a document, no denier
        sentence = ctx.sentence_at(c.sentence_span)
        if ctx.claims_in(c.sentence_span) or (sentence and sentence.in_quote):
            continue
        if denies_a_claim(c.content):
            out.append(c)
    return out


# "The mine's operator, Dorven Mining, pushed back against the report": a denial of a claim the
# story reported, named by its noun, by a name (or a description with the name after a comma)
_PUSHED_BACK = re.compile(
    r"(?:(?:The|A|An)\s+[^,;“”\"]{2,40},\s+)?(?P<who>[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,3}),?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?P<cue>pushed\s+back\s+(?:against|on))\s+"
    r"(?P<what>(?:the|these|those|that|this)\s+(?:report|reports|findings|figures|claims?"
    r"|allegations?|accusations?|charges?|account))(?=[\s,.;])"
)


_NOT_OPENING = frozenset(
    "He She It They We I This That These Those There On In At After Before But And Then Also"
    " Meanwhile Earlier Later The A An".split()
)


# "Norchem said in a statement that it rejected the claims": a denial the speaker reports of
# itself, its own pronoun as the subject, of a claim named by its noun (nothing after it but
# "and that …" or the end)
_SAID_REJECTED = re.compile(
    r"(?P<pron>it|he|she)\s+(?:had\s+|has\s+)?(?:(?:firmly|strongly|flatly|categorically)\s+)?"
    r"(?P<cue>rejected|denied|dismissed|disputed|rejects|denies|dismisses|disputes)\s+"
    r"(?P<what>(?:the|these|those|that|this)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|reports?|charges?|findings|account))"
    r"(?=$|\s+and\s+that\s)"
)
_SAYING = frozenset({"said", "says", "told", "added", "stated"})


def _said_rejected(ctx: Context) -> list[Claim]:
    """Denials reported by their own denier ("Norchem said in a statement that it rejected the
    group's claims and that …"), as denials by the speaker: "it" an organisation's own, "he" or
    "she" a person's of that gender with no other person it could be."""
    out = []
    for c in ctx.story.claims:
        if c.stance != "asserts" or c.quote == "direct" or not c.cue or not c.source_span:
            continue
        if c.cue.split()[0].lower() not in _SAYING or not c.source:
            continue
        m = _SAID_REJECTED.match(c.content)
        if m is None:
            continue
        pron = m.group("pron")
        org = c.source.split()[-1].lower() in ORG_NAME_WORDS  # "Velmar Services"
        body = (c.source_kind in THING_KINDS or org) and not gender_of(c.source)
        if pron == "it" and (not body or _PLURAL_GROUP.search(c.source)):
            continue  # "Kowalczyk said it rejected …" (kind unknown): "it" may be his firm
        if pron != "it" and (
            gender_of(c.source) != _PRONOUN_GENDER[pron] or ambiguous_pronoun(ctx.text, c)
        ):
            continue
        out.append(recut(c, m, c.content_span[0], "what", stance="denies", quote="indirect"))
    return out


def _pushed_back(ctx: Context) -> list[Claim]:
    """Denials made by "pushing back against" a claim named by its noun, which no rule reads
    as a denial: as denials of that noun by the name that opens the sentence."""
    out = []
    for sent in ctx.story.sentences:
        if sent.in_quote or "pushed back" not in sent.text:
            continue
        lead = len(sent.text) - len(sent.text.lstrip())
        m = _PUSHED_BACK.match(sent.text, lead)
        words = m.group("who").split() if m else []
        if m is None or words[0] in _NOT_OPENING or {w.lower() for w in words} & _TIME_WORDS:
            continue  # "He pushed back …", "On Monday Dorven Mining …": no name
        if looks_personal(m.group("who")) and len(words) == 1:
            continue  # "Haller pushed back …": a surname, whose full name the rule would need
        at = sent.span[0]
        who = m.group("who")
        out.append(
            Claim(
                line=sent.line,
                sentence=sent.text,
                sentence_span=sent.span,
                source=who,
                source_text=who,
                source_span=(at + m.start("who"), at + m.end("who")),
                source_kind="person" if gender_of(who) else "organisation",
                cue=m.group("cue"),
                cue_span=(at + m.start("cue"), at + m.end("cue")),
                content=m.group("what"),
                content_span=(at + m.start("what"), at + m.end("what")),
                stance="denies",
                quote="indirect",
                act="learned",
            )
        )
    return out


_INSISTED = frozenset({"insisted", "insists", "maintained", "maintains"})
_THERE_WAS_NO = re.compile(r"that there (?:was|were|is|are|had been|has been|have been) no ")


def insisted_no(claim: Claim, phrase: str) -> bool:
    """A denial made by insisting on the negative ("insisted there was no interference"): asked
    with the cue's own verb ("who insisted that there was no …"), never as "who denied that there
    was no …", and never as what_denied."""
    verb = (claim.cue or "").lower().split()[-1:]
    return bool(verb) and verb[0] in _INSISTED and bool(_THERE_WAS_NO.match(phrase))


def _denier_words(ctx: Context) -> frozenset[str]:
    """The name words of every source that denies something in the story: no wrong option of
    a who_denied question shares one (the same person may be a second source key, "Alvin Grech"
    beside "Harbour master Alvin Grech")."""
    words: set[str] = set()
    for info in story_sources(ctx).values():
        if any(c.stance == "denies" for c in info.claims):
            words |= name_words(info.name)
    for sent in ctx.story.sentences:  # "Two firms, Gremar Lines and Ostvik Freight, have rejected
        m = _DENIAL_VERB.search(sent.text)  # claims …" though no claim of theirs was read
        if m and not sent.in_quote:
            words |= name_words(" ".join(sent.text[: m.start()].split()[1:]))
    return frozenset(words)


_DENIAL_VERB = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:es|ed)|dismiss(?:es|ed))\b"
)


def _explanation(
    ctx: Context,
    claim: Claim,
    info: SourceInfo,
    insisting: bool = False,
    ante: Antecedent | None = None,
) -> str:
    if pleaded(claim):
        return _plea_explanation(ctx, claim, info, ante)  # den12
    sentence = ctx.claim_sentence(claim).strip()
    plural = _PLURAL_GROUP.search(info.name)  # "Kaldovan officials"
    deny = "deny" if plural else "denies"
    what = ("insist" if plural else "insists") + " on this" if insisting else f"{deny} this"
    said = f"The story says: {quoted(sentence)}"
    if _reply(claim, ante) and ante is not None:  # cov13: "“That is simply not accurate,” …"
        both = " ".join(_evidence(ctx, claim, ante).text.split())
        this = strip_edges(unwrap_quote(strip_edges(claim.content))).split()[0]
        this = re.sub(r"[’']s$", "", this)  # "That's"
        said = f"The story says: {quoted(both)} — {quoted(this)} in the quotation is {ante[0]}"
    elif ante is not None and not ante[1]:  # "Vance denied the allegations.": the lawsuit's
        written = strip_edges(_without_manner(claim).content)
        evidence = _evidence(ctx, claim, ante)
        if ante[2] is not claim:  # "the allegations made by prosecutors": both sentences
            sentence = " ".join(evidence.text.split())
        # "“the accusation” is …", "“the allegations” are …": the verb of the noun as written
        are = "are" if re.search(r"s\b", written.split(" as ")[0]) else "is"
        said = f"The story says: {quoted(sentence)} — {quoted(written)} {are} {ante[0]}"
        if _far(ctx, claim, ante):  # the accusation paragraphs before, then the denial
            earlier = evidence.earlier_text or ""
            noun = _EARLIER_NOUN.fullmatch(written)
            said = (
                f"The story says: {quoted(' '.join(earlier.split()))} … and later: "
                f"{quoted(' '.join(ctx.claim_sentence(claim).split()))} — "
                f"{quoted(noun.group(0).split(' as ')[0] if noun else written)} points back to "
                f"{ante[0]}"
            )
    elif ante is not None:  # "… Calder Lines has denied the claim.": the sentence before's
        noun, phrase, before = ante
        if noun and noun.lower() not in claim.content.lower():
            noun = _written_noun(ctx, claim)  # "Salo rejected that": “that” is the claim …
        owner = option_name(display_for(ctx, str(before.source)))  # "Open Cell", "the union"
        first = owner.split(" ", 1)[0]
        if first in _LOWER_OPENERS:  # "the claim of some residents", not "of Some residents"
            owner = first.lower() + owner[len(first) :]
        whose = f"the claim of {owner} {curly_quotes(phrase)}"
        if phrase.startswith("of "):  # not "the claim of the union of taking bribes"
            whose = f"{owner}’s accusation {curly_quotes(phrase)}"
        # the two sentences as one quotation, as the evidence holds them (a short first
        # sentence and "Then:" between would leave the evidence unquoted)
        both = " ".join(_evidence(ctx, claim, ante).text.split())
        said = f"The story says: {quoted(both)} — {quoted(noun)} is {whose}"
        if before.sentence_span == claim.sentence_span:  # "…, a claim Dravia denies"
            written = strip_edges(claim.content)
            said = f"The story says: {quoted(sentence)} — {quoted(written)} stands for {whose}"
    later = _later_sentence(ctx, claim)
    if later is not None:  # "An exam board …": the body the next sentence names (den12)
        written = " ".join((claim.source_text or "").split())
        said += (
            f" — {quoted(written)} is {info.name}, named in the next sentence:"
            f" {quoted(' '.join(later.text.split()))}"
        )
    named = _naming_sentence(ctx, claim, info)
    if named is not None:  # "The company" is the one company the story names
        written, noun, where = named
        who = f"the {noun}, {info.name}," if written == "It" else f"{info.name},"
        how = f"the one {noun} the story names before"
        if _by_focus(ctx, claim, noun):  # cov13: two companies, the one just spoken for
            how = f"the {noun} the paragraph just before speaks for"
        said += f" — {quoted(written)} is {who} {how}: {quoted(' '.join(where.text.split()))}"
    return (
        f"{said} — {cue_of(ctx, claim)}: it is "
        f"{info.name} who {what}. A denial is reported, not settled: the story does not "
        "say who is right."
    )


def _far(ctx: Context, claim: Claim, ante: Antecedent | None) -> bool:
    """Whether what a denial denies was said before the sentence just before it (paragraphs
    before: "the accusations made by Ivo Stesk")."""
    if ante is None or ante[1] or ante[2] is claim:
        return False  # "the claim that …": the sentence before (or a quotation between)
    if ante[2].sentence_span[1] > claim.sentence_span[0]:
        return False
    before = ctx.sentence_before(claim.sentence_span[0])
    return before is None or before.span != ante[2].sentence_span


def _evidence(ctx: Context, claim: Claim, ante: Antecedent | None) -> Evidence:
    """The denial's sentence; with the sentence before it when that holds what is denied, or
    with the earlier sentence that does as the evidence's ``earlier`` part."""
    if ante is None:
        later = _later_sentence(ctx, claim)
        if later is None:  # "The company denied …" and where the story names the company
            named = _naming_sentence(ctx, claim)
            return ctx.claim_evidence(claim, earlier=named[2].span if named else None)
        # "An exam board …" and the next sentence, that names it (den12)
        line, span = claim.line, (claim.sentence_span[0], later.span[1])
    elif _far(ctx, claim, ante):
        return ctx.claim_evidence(claim, earlier=ante[2].sentence_span)
    else:
        line, span = ante[2].line, (ante[2].sentence_span[0], claim.sentence_span[1])
    return ctx.evidence(
        line, span, claim.cue, source_span=claim.source_span, cue_span=claim.cue_span
    )


@register("who_denied", "Denials", hides_answer=True, limit=3)
def build_who(ctx: Context) -> list[Question]:
    """Who denied this?"""
    out = []
    denials = _denials(ctx)
    deniers = _denier_words(ctx)
    asked: set[tuple[int, int]] = set()
    ctx.cache["who_asked"] = asked  # for what_denied: the denials asked by whom
    for claim, info, phrase, ante in denials:
        listed = info.key in story_sources(ctx)
        # the one whose accusation the prompt names ("the charges made by Mara Quint") and
        # those of its name (their own side): never a wrong option
        named_owner = ante is not None and ante[2] is not claim and not ante[1] and ante[0]
        accuser = source_key(ante[2].source or "") if named_owner and ante else ""
        accuser_words = (
            name_words(ante[2].source or "") | content_words(ante[2].source_text or "")
            if accuser and ante
            else frozenset()
        )

        body = _answer_body(ctx, claim, info)

        def keep(
            w: SourceInfo,
            info: SourceInfo = info,
            listed: bool = listed,
            claim: Claim = claim,
            accuser: str = accuser,
            accuser_words: frozenset[str] = accuser_words,
            body: frozenset[str] | None = body,
        ) -> bool:
            if name_words(w.name) & deniers:
                return False  # "Grech" twice
            if body and _ties_of(ctx, w) & body:
                return False  # "Ana Roy of the Harbour Party" beside the party's spokesman
            if _described_side(ctx, w, info):
                return False  # "Per Olsen, the firm's managing director" beside the firm (den12)
            if info.kind not in PERSON_KINDS and _bare_role(w):
                return False  # "Chief executive Ana Lind": maybe the denier's
            if _speaks_for(ctx, w, claim) or _speaks_for_next(ctx, w, claim):
                return False  # "Vance denied … His lawyer, Jennifer Ortiz, said …": his side
            if claim.sentence_span in ctx.cache.get("client_sentences", ()) and any(
                c.sentence_span == claim.sentence_span for c in w.claims
            ):
                return False  # "Hale's lawyer said his client denies …": the lawyer is his side
            if accuser and (w.key == accuser or (name_words(w.name) | w.words) & accuser_words):
                return False  # "who denied the charges made by Mara Quint? — Mara Quint"
            # "the university": not Ostra University; cov13: the one who blamed it just before
            # is no "the military" (:func:`_plainly_other`)
            return listed or _unlike(w, info) or _plainly_other(ctx, w, info, claim)

        wrong = distractors(ctx, info, claim, stances=_DENIES, keep=keep)
        named = [option_name(w.name) for w in wrong]
        right = _option(ctx, info)
        if len(named) < 2:
            # a short wire story: the named people and bodies it gives a part without quoting
            # them ("the Federal Court", "Judge Mara Quint") may fill in
            parties = _party_options(ctx, claim, info, wrong, keep, 2 - len(named))
            if any(p.startswith("the ") for p in parties):
                right = _mid_sentence(right)
                named = [_mid_sentence(n) for n in named]
            named += parties
        spokes = _SPOKES_DENIER.match(" ".join((claim.source_text or "").split()))
        if (listed or it_named(ctx, claim) or spokes or _in_focus(ctx, claim)) and len(named) < 2:
            # a short wire story: "the league", "police" may fill in (also beside a body "It"
            # stands for, named in the sentence before)
            bodies = _body_options(ctx, claim, 3 - len(named), None if listed else info)
            named += bodies
            if bodies:  # "the chief executive Ana Lind", "the Safety Board" beside "the league"
                right, named = _mid_sentence(right), [_mid_sentence(n) for n in named]
        if _reply(claim, ante) and ante is not None:
            # cov13: "who replied “That is simply not accurate” to what some neighbours said?"
            prompt = f"According to the story, who replied {phrase} to {ante[0]}?"
        elif ante is not None:  # "who denied the claim that …": the story's own noun
            noun = f"{ante[0]} " if ante[0] else ""  # "…, which the army denied": none
            said = f"{noun}{curly_quotes(phrase)}".strip()  # "the allegations in the lawsuit"
            prompt = f"According to the story, who {denial_verb(claim)} {said}?"
        elif phrase.startswith("“"):
            prompt = f"Who made this denial: {phrase}?"
        elif calling(claim):
            called = phrase.removeprefix("that ")  # "called the charges fabricated", no "that"
            verb = (claim.cue or "called").lower().split()[-1]
            called = curly_quotes(called)
            prompt = f"According to the story, who {_CALLING_PAST.get(verb, verb)} {called}?"
        elif _SAID_UNTRUE.fullmatch(phrase):
            said = _QUOTED_STOP.sub(r"\1", curly_quotes(phrase).rstrip(".,"))
            prompt = f"According to the story, who said {said}?"
        else:
            verb = "denied" if phrase.startswith("that ") else denial_verb(claim)
            if insisted_no(claim, phrase):
                verb = (claim.cue or "").lower().split()[-1]  # "who insisted that there was no …"
            prompt = f"According to the story, who {verb} {curly_quotes(phrase)}?"
        own = _self_denial(ctx, claim, info) if ante is None and not calling(claim) else None
        having = _HAVING.fullmatch(own or "")
        if having and own and (own == phrase or not phrase.startswith("“")):
            # "The park denied that it had ignored warnings": "who denied having ignored
            # warnings …?", the denier's own "it" left out (also where the analysis put the
            # denier's name for it: "that Ilse Marrow had signed …" would give the answer away)
            phrase = f"having {having.group(1)}"
            prompt = f"According to the story, who denied {curly_quotes(phrase)}?"
        # "the army’s drones": army; a quoted "our party" names no one but the speaker's own
        shown = _OWN_NOUN.sub(" ", phrase) if phrase.startswith("“") else phrase
        if len(named) < 2:
            _drop(ctx, "who", claim, f"too few wrong options ({len(named)}: {named})")
            continue
        if content_words(shown) & info.words:
            gives = sorted(content_words(shown) & info.words)
            _drop(ctx, "who", claim, f"the answer's words {gives} in the prompt")
            continue
        if ante is None and (
            leans_back(phrase) or (_NO_OBJECT.search(phrase) and not _anyone_involved(phrase))
        ):
            # "who denied that any such complaint had been made?": such as what? "that union
            # members were involved": in what? (the sentence before says)
            _drop(ctx, "who", claim, f"phrase leans back or lacks an object: {phrase!r}")
            continue
        if _opens_on_pronoun(phrase):
            _drop(ctx, "who", claim, f"phrase opens on a pronoun: {phrase!r}")
            continue  # "who denied that her office had lost …": whose office?
        asked.add(claim.content_span)
        out.append(
            make_question(
                ctx,
                "who_denied",
                prompt=prompt,
                right=right,
                wrong=named,
                explanation=_explanation(ctx, claim, info, insisted_no(claim, phrase), ante),
                evidence=_evidence(ctx, claim, ante),
                difficulty=2,
                key=claim.content_span,
            )
        )
    return out


def _party_options(
    ctx: Context,
    claim: Claim,
    info: SourceInfo,
    picked: list[SourceInfo],
    keep: Callable[[SourceInfo], bool],
    want: int,
) -> list[str]:
    """Up to ``want`` of the story's named parties that are not its sources (``named_parties``)
    as wrong options of who_denied, nearest the denial first: none the denial's sentence names,
    none of the denier's name, side or ties (``conflicts``, ``keep``), none of a couple's
    surname; beside a person, a body only when it is a court or a public body ("the Federal
    Court"), not one the person may lead or serve."""
    sentence = norm(ctx.text[claim.sentence_span[0] : claim.sentence_span[1]])
    couples = couple_surnames(ctx)
    out: list[str] = []
    taken = list(picked)
    parties = sorted(
        named_parties(ctx), key=lambda p: (abs(party_line(ctx, p) - claim.line), p.key)
    )
    for party in parties:
        if len(out) >= want:
            break
        if norm(party.name).removeprefix("the ") in sentence:
            continue  # "FreshLane, which the Federal Court fined, denied …"
        if party.mentions[-1] in couples or (party.words & info.words):
            continue
        person = party.kind in PERSON_KINDS
        if info.kind in PERSON_KINDS and not person and party.kind != "government":
            if party.mentions[-1].lower() not in _PUBLIC_ENDS:
                continue  # "the Swimming Confederation" beside its president
        if conflicts(party, info, answer=True) or any(conflicts(party, p) for p in taken):
            continue
        if not keep(party):
            continue
        taken.append(party)
        out.append(party.name if not person else option_name(party.name))
    return out


# the last words of a body that never speaks for a person it does not name ("the Federal Court")
_PUBLIC_ENDS = frozenset({"court", "tribunal", "parliament", "senate"})


# "His lawyer, Jennifer Ortiz, said …", "Its spokeswoman Eva Berg said …": a role of someone
# the pronoun stands for
_POSSESSED_ROLE = re.compile(
    r"\s*(?:His|Her|Its|Their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},?\s*"
)


def _speaks_for(ctx: Context, wrong: SourceInfo, claim: Claim) -> bool:
    """Whether a would-be wrong option is introduced in the denial's paragraph as the role of a
    "his/her/its/their" ("Vance denied the allegations. His lawyer, Jennifer Ortiz, said …"):
    most likely the denier's own side."""
    for c in wrong.claims:
        if c.line != claim.line or not c.source_span:
            continue
        written = ctx.text[c.sentence_span[0] : c.source_span[1]]  # "His lawyer, Jennifer Ortiz"
        m = _POSSESSED_ROLE.match(written)
        if (
            m
            and m.end() <= c.source_span[1] - c.sentence_span[0]
            and written[m.end() :][:1].isupper()
        ):
            return True
    return False


def _line_claims(ctx: Context) -> dict[int, list[Claim]]:
    """The story's claims by paragraph line, in text order: worked out once per story."""
    found = ctx.cache.get("line_claims")
    if not isinstance(found, dict):
        found = {}
        for c in sorted(ctx.story.claims, key=lambda c: (c.sentence_span, c.content_span)):
            found.setdefault(c.line, []).append(c)
        ctx.cache["line_claims"] = found
    return found


def _speaks_for_next(ctx: Context, wrong: SourceInfo, claim: Claim) -> bool:
    """cov13: whether a would-be wrong option opens the paragraph right after the denial's as
    the role of a "his/her/its/their", where the denial's paragraph ends on the denier's own
    words ("Dovan dismissed the report … “…,” he wrote." / "His agent, Paola Ricci, said
    …"): the "his" is the denier's, the agent his side."""
    para = _line_claims(ctx).get(claim.line, [])
    if not para or source_key(para[-1].source or "") != source_key(claim.source or ""):
        return False
    after = ctx.sentence_after(max(c.sentence_span[1] for c in para))
    while after is not None and after.line == claim.line:
        after = ctx.sentence_after(after.span[1])
    if after is None:
        return False
    for c in wrong.claims:
        if c.sentence_span != after.span or not c.source_span:
            continue
        written = ctx.text[c.sentence_span[0] : c.source_span[1]]
        m = _POSSESSED_ROLE.match(written)
        if m and written[m.end() :][:1].isupper():
            return True
    return False


# "that it had ignored warnings", "that she had misled the board": a subject pronoun, "had" and
# an active past participle (not "had been …", which may be the thing's, not the denier's)
_HAVING = re.compile(r"that\s+(?:it|he|she|they)\s+had\s+((?!been\b)[a-z]+ed\s+.+)")


def _bare_role(info: SourceInfo) -> bool:
    """Whether a person is known only by a role that names no organisation ("Chief executive
    Ana Lind", "A spokesperson, Eva Berg"): the role may be in the denying organisation."""
    if info.kind in THING_KINDS:
        return False
    rest = info.words - name_words(info.name)
    return bool(rest) and rest <= _ROLE_ONLY


# a denied clause that ends on what it leaves to the sentence before: involved in what?
_NO_OBJECT = re.compile(
    r"\b(?:were|was|been|be|is|are|being)\s+(?:(?:not|never|directly|personally)\s+)?"
    r"(?:involved|responsible|to\s+blame|behind\s+(?:it|them|this))[.”\"]?$"
)


def _opens_on_pronoun(phrase: str) -> bool:
    """Whether a denied clause opens on a personal pronoun ("that her office had …"): the
    denier's own, which only a prompt naming the denier resolves."""
    first = phrase.removeprefix("that ").split(None, 1)[:1]
    return bool(first) and first[0].lower() in _PERSONAL


MAX_NEAR = 60  # the most denied or answered clauses a what_denied question checks its options by


def _denied_by(ctx: Context, denials: list[Denial], info: SourceInfo) -> set[str]:
    """What a denier denies, or answers, anywhere in the story: alone, or named in a group of
    co-deniers ("Calder Lines and Halvard Mutual"), or as such a group, what each member denies
    (indexed once per story, so each question looks up only its own denier's)."""
    index = ctx.cache.get("denied_by")
    if not isinstance(index, dict):
        index = ctx.cache["denied_by"] = {}
        for d_claim, d_info, d_phrase, d_ante in denials:
            keys = {d_info.key} | {
                source_key(m) for m in _CO_DENIERS.split(d_info.name) if " and " in d_info.name
            }
            # what it answers: the sentence just before, or the accusation paragraphs before
            far = _far(ctx, d_claim, d_ante) and d_ante is not None
            told = {_antecedent_phrase(ctx, d_claim, d_ante[2]) or ""} if far and d_ante else set()
            answered = told if far else _answered(ctx, d_claim)
            for key in keys:
                found = index.setdefault(key, set())
                if len(found) <= MAX_NEAR:  # past it the question is skipped anyway
                    found |= {d_phrase, *answered} - {""}
    members = {source_key(m) for m in _CO_DENIERS.split(info.name)} | {info.key}
    return set().union(*(index.get(k, set()) for k in members))


_CO_DENIERS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _answered(ctx: Context, claim: Claim) -> set[str]:
    """The clauses claimed in the sentence just before a denial (in its paragraph, or a
    paragraph of that one sentence): what it answers, in other words or the same, so never a
    wrong option of "what did X deny?"."""
    before = _answered_sentence(ctx, claim)
    if before is None:
        return set()
    return {p for c in ctx.claims_in(before.span) if (p := clause_phrase(c, ctx.text))}


_OWNING = frozenset({"his", "her", "its", "their"})
_OWN_LEAD = re.compile(
    r"(?:that\s+)?(he|she|his|her|its|their|it(?=\s+(?:had|has|would|did|knew|was|is)\s))\s+[a-z]"
)
# "denied that it was lost", "… that it had been lost at sea": "it" may be the thing, not the
# denier; after "was" or "been" only a word of the denier's own conduct ("had been slow to …")
_IT_PASSIVE = re.compile(
    r"(?:that\s+)?it\s+(?:was|is|had\s+been|has\s+been)\s+(?!(?:slow|late|aware|unaware"
    r"|negligent|careless|reluctant|unwilling|unable)\b)"
)
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}
# between a denier and its clause, words that may name someone else ("…, citing the militia,")
_NAMING_GAP = re.compile(r"[A-Z]|\b(?:the|a|an|this|these|its|his|her|their)\b")


def _gender(name: str) -> str | None:
    """The gender news copy gives a person's name: its given name's ("Clara Ruiz", "Mayor
    Clara Ruiz"), or its title's ("Mrs. Ruiz"); None if unknown."""
    title = name.split()[0].rstrip(".").lower() if name.split() else ""
    return _TITLE_GENDER.get(title) or gender_of(option_name(name)) or gender_of(name)


def _self_denial(ctx: Context, claim: Claim, info: SourceInfo) -> str | None:
    """ "Morrow has denied that he plans to …", "Mayor Ruiz denied that her office had lost …",
    "The army denied that its drones had struck …": a denier denying something of itself, the
    clause with its own pronoun ("That her office had lost …"), for what_denied, where the name
    put in for the pronoun would repeat the asked-about denier. "he", "she", "his", "her" of a
    person of that gender (or none known); "its" of an organisation or government and "their"
    of a group of officials, only right after the denier and its verb (no one else named
    between). A subject "it" of an organisation only before an active verb ("Harwick Bank denied
    that it had been slow to …"), never a passive: the coast guard may deny that "it" (the
    ferry) was lost."""
    claim = _without_manner(claim)
    content = strip_edges(claim.content)
    noun = _DENIED_NOUN.match(content)
    if noun:  # "rejected the allegation that its products were contaminated"
        content = content[noun.end() :]
    m = _OWN_LEAD.match(content)
    if not m or claim.quote == "direct" or not content_after_cue(claim):
        return None
    if _IT_PASSIVE.match(content):
        return None
    word = m.group(1)
    if _named_before(ctx, claim, info, people_aside=word in ("it", "its")):
        return None  # "Lind's spokeswoman, Eva Berg, denied that her office …": Lind's office?
    if word in ("he", "she", "his", "her"):
        if info.kind not in PERSON_KINDS or " and " in info.name:
            return None
        want = "m" if word in ("he", "his") else "f"
        if {_gender(info.name), _gender(claim.source_text or "")} - {None, want}:
            return None  # "Mrs. Lind denied that his office …": his is someone else's
        if ambiguous_pronoun(ctx.text, claim):
            return None  # "Ruiz, asked about Ms. Lind, denied that her …": "her" may be Lind's
    else:
        plural = bool(_PLURAL_GROUP.search(info.name))
        its = word in ("its", "it")  # "Harwick Bank denied that it had been slow to …"
        if its == plural or (its and info.kind not in THING_KINDS and not _firm_alias(ctx, info)):
            return None
        if not claim.source_span or claim.source_span[1] > claim.content_span[0]:
            return None
        # the words between the denier and its cue ("denied the allegation that": none)
        upto = claim.cue_span[0] if noun and claim.cue_span else claim.content_span[0]
        between = ctx.text[claim.source_span[1] : upto].split()
        gap = " ".join(w for w in between if w.strip(",").lower() not in _TIME_WORDS)
        if word_count(gap) > 5 or _NAMING_GAP.search(gap):
            return None  # "The army, citing the militia, denied that its …": whose?
    clause = content.removeprefix("that ").strip()
    clause = _TRAILING.sub("", clause)
    if not 4 <= word_count(clause) <= MAX_WORDS or not quotes_balanced(clause):
        return None
    if _NEGATIVE.search(clause) or (word in _OWNING and not is_clause(clause)):
        return None  # "denied that her office had not …"; "denied her request": no clause
    if unresolved_pronoun(clause[len(word) :]):
        return None
    return f"that {clause}"


def _denier_as_it(phrase: str, info: SourceInfo) -> str:
    """A claim another source made about the denier, as what the denier denied, with "it" for
    the denier as the claim's subject ("what did the department deny? — That it had ignored a
    petition …", not "That the department had …", which gives the answer away beside clauses
    of other subjects); as it was for a person, a group or a name written otherwise."""
    if info.kind not in THING_KINDS or _PLURAL_GROUP.search(info.name):
        return phrase
    m = re.match(r"that\s+(.+?)\s+(?=(?:had|has|would|was|is|did|knew)\s)", phrase)
    if m and m.group(1).lower() == info.name.lower():
        return "that it " + phrase[m.end() :]
    # "the council" and "the Velmark city council": the one body the description names
    head = re.fullmatch(r"the\s+([a-z]+)", info.name)
    subject = m.group(1) if m else ""
    if head and re.fullmatch(r"the\s+(?:[A-Za-z][\w’'-]*\s+){1,3}" + head.group(1), subject):
        return "that it " + phrase[m.end() :] if m else phrase
    return phrase


def _description_as_it(claim: Claim, info: SourceInfo, phrase: str) -> str:
    """A denied clause whose subject repeats the description the denier is written by ("The
    company denied that the company was responsible …", the analysis' "it" put back as "the
    company"), with "it" for it when the denier is shown by its name (:func:`_described_body`):
    "what did Carrow Payments deny? — That it was responsible …"."""
    m = DESCRIBED.fullmatch(" ".join((claim.source_text or "").split()))
    if not m or info.name.lower().startswith("the ") or m.group(1).lower() not in info.words:
        return phrase
    lead = f"that the {m.group(1).lower()} "
    if phrase.lower().startswith(lead) and _VERB_AFTER.match(phrase[len(lead) :]):
        return "that it " + phrase[len(lead) :]
    return phrase


_VERB_AFTER = re.compile(r"(?:had|has|would|was|is|did|knew|could|will|[a-z]{2,}ed)\s")


def _stems(phrase: str) -> frozenset[str]:
    """The first six letters of a clause's long verb forms and nouns of action ("contaminated",
    "staffing", "contamination" -> "contam", "staffi"): a wrong option of what_denied sharing
    one may be a part of what was denied, in other words ("the result was consistent with
    contamination" beside "that its products were contaminated"). A plain noun of the topic
    ("enclosure") ties nothing."""
    return frozenset(
        w[:6] for w in content_words(phrase) if len(w) >= 7 and _ACTION_FORM.fullmatch(w)
    )


_ACTION_FORM = re.compile(r"[a-z]+(?:ed|ing|ion|ions)")


def _named_before(ctx: Context, claim: Claim, info: SourceInfo, people_aside: bool = False) -> bool:
    """Whether the denial's sentence names anyone but the denier before what is denied (the one
    a spokeswoman speaks for, "Lind's spokeswoman, Eva Berg, …"; "After Tom Hale spoke, …"):
    then a pronoun of the clause may be theirs. A day or month named there names no one; with
    ``people_aside`` (for "it", "its") neither does a person the story quotes ("The supplier
    named by Ormund's lawyer, Vitarro Foods, denied that its …": Ormund is no "it")."""
    before = ctx.text[claim.sentence_span[0] : claim.content_span[0]]
    own = name_words(info.name) | (name_words(claim.source_text or "") & _TITLE_WORDS)
    first = before.split()[:1]  # capitalised as the sentence's start: "On Monday, …"
    named = name_words(before) - own - _TIME_WORDS - {w.lower() for w in first}
    named = {w for w in named if not w.endswith(("-based", "-born"))}  # where a firm sits
    if people_aside and named:
        # "named by Lund's lawyer": the one a person's role belongs to is no "it"
        people = {m.group(1).lower() for m in _PERSON_OWNER.finditer(before)}
        for other in story_sources(ctx).values():
            if other.kind in PERSON_KINDS and other.key != info.key:
                people |= name_words(other.name)
        named -= people
    return bool(named)


_PERSON_OWNER = re.compile(
    r"\b([A-Z][\w-]+)[’']s\s+(?:lawyer|lawyers|attorney|spokesman|spokeswoman|agent|coach"
    r"|wife|husband|family|mother|father|doctor)\b"
)


def _firm_alias(ctx: Context, info: SourceInfo) -> bool:
    """Whether a denier of one name word and no known kind is the short name of an organisation
    a claim of the story names in full ("Cerulan" after "Cerulan Health Systems said …")."""
    words = info.name.split()
    if info.kind is not None or len(words) != 1 or not words[0][:1].isupper():
        return False
    lead = words[0] + " "
    return any(
        (c.source or "").startswith(lead) and c.source_kind in THING_KINDS for c in ctx.story.claims
    )


_TIME_WORDS = lexicon.shared_words("time_words")
_TITLE_WORDS = lexicon.shared_words("titles") | lexicon.words("role_words")  # "Mayor Ana Lind"
# the roles a firm's or a ministry's own people hold ("Chief executive Ana Lind", "a spokesperson")
_ROLE_ONLY = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "executive", "chief", "director", "manager"}
    | {"chairman", "chairwoman", "chair", "ceo", "president", "representative", "officer"}
)


@register("what_denied", "Denials", limit=3)
def build_what(ctx: Context) -> list[Question]:
    """What did this source deny?"""
    out = []
    denials = _denials(ctx)
    for claim, info, phrase, ante in denials:
        own = _own_denial(ctx, claim, info)
        if own and not own[1]:
            _drop(ctx, "what", claim, "own-word denial with no plain 'that' clause")
            continue  # "said it did not receive any complaint": no plain "that" clause
        phrase = own[1] if own else _self_denial(ctx, claim, info) or phrase
        told = ""
        accusers: set[str] = set()
        if _typed(ctx, ante) and ante is not None:
            # "FreshLane rejected the allegations" made by the commission: which of them? All,
            # but who_denied asks it ("who rejected the allegations made by …?"); where it cannot
            # (too few other names), what its first allegation says, none of the accuser's
            # other words (each may be one denied) among the wrong options
            if claim.content_span in _who_asked(ctx):
                _drop(ctx, "what", claim, "typed accusation already asked by who_denied")
                continue
            phrase = _allegation(ctx, claim, ante[2]) or ""
            if not phrase:
                _drop(ctx, "what", claim, "typed accusation: no allegation clause found")
                continue
            told = phrase
            accusers = _accuser_clauses(ctx, ante[2], info)
        if _far(ctx, claim, ante) and ante is not None and not accusers:
            # "Prosecutors alleged that Harwick Bank had hidden losses …" paragraphs before:
            # what did Harwick Bank deny? — That it had hidden losses …
            told = phrase = _antecedent_phrase(ctx, claim, ante[2]) or ""
        if ante is not None:
            phrase = _denier_as_it(phrase, info)  # "That it had ignored a petition …"
            phrase = _person_as_pronoun(phrase, info)  # "That she had spent …" (den12)
        phrase = _description_as_it(claim, info, phrase)
        phrase = _later_as_it(ctx, claim, phrase)  # "An exam board …": "That its …" (den12)
        wrong = other_clauses(ctx, claim, info)
        wrong = [w for w in wrong if not told or not (w == told or overlaps(w, told))]
        wrong = [w for w in wrong if not any(w == a or overlaps(w, a) for a in accusers)]
        # "The club denied the findings and said its accounts were in order": what the denier
        # said beside its denial, under the description the denier was resolved from
        beside = {clause_phrase(c, ctx.text) for c in ctx.claims_in(claim.sentence_span)}
        wrong = [w for w in wrong if w not in beside]
        if len(wrong) < 2:
            _drop(ctx, "what", claim, f"too few other clauses ({len(wrong)})")
            continue
        # what this denier (alone or with another: "Calder Lines and Halvard Mutual denied …")
        # denies anywhere, or answers ("Breck said the crew worked 18-hour shifts. The firm
        # denied …"), is no wrong option
        near = _denied_by(ctx, denials, info)
        if len(near) > MAX_NEAR:
            _drop(ctx, "what", claim, f"denier denies over {MAX_NEAR} things")
            continue  # a denier of very many things: no option is safely one it did not deny
        wrong = [w for w in wrong if not any(w == p or overlaps(w, p) for p in near)]
        stems = _stems(phrase)
        wrong = [w for w in wrong if not stems & _stems(w)]  # "consistent with contamination"
        # "what did the hospital deny? — That Brennford General Hospital had turned away
        # ambulances": a claim about the denier is one it may well deny too
        named = content_words(drop_based(info.name))  # its name, not its description
        wrong = [w for w in wrong if not named & content_words(w)]
        # "That the council was checking the claim": which claim, the option does not say
        wrong = [w for w in wrong if not vague_option(w)]
        if len(wrong) < 2:
            _drop(ctx, "what", claim, f"too few wrong clauses after filters ({len(wrong)})")
            continue
        if not phrase.startswith("that ") or calling(claim):
            _drop(ctx, "what", claim, f"answer is no 'that' clause: {phrase!r}")
            continue  # a "that" clause among "that" clauses, so the form gives nothing away
        if insisted_no(claim, phrase) or _SAID_UNTRUE.fullmatch(phrase):
            _drop(ctx, "what", claim, "an insisted 'no' or 'untrue': the option says the opposite")
            continue  # "what did X deny? — That there was no …" would say the opposite
        if ante is None and (leans_back(phrase) or _NO_OBJECT.search(phrase)):
            _drop(ctx, "what", claim, f"phrase leans back or lacks an object: {phrase!r}")
            continue  # "That any such complaint had been made": the option says nothing alone
        if name_words(info.name) & name_words(phrase) - name_words(" ".join(wrong)):
            _drop(ctx, "what", claim, "the denier's name in the answer alone")
            continue  # "what did the port authority deny? — That the port authority had …"
        if info.words & content_words(phrase) - content_words(" ".join(wrong)):
            _drop(ctx, "what", claim, "the denier's words in the answer alone")
            continue  # "what did the university deny? — That the university had …"
        verb = "reject" if accusers and (claim.cue or "").lower().startswith("reject") else "deny"
        out.append(
            make_question(
                ctx,
                "what_denied",
                prompt=f"According to the story, what did {drop_based(info.name)} {verb}?",
                right=phrase[:1].upper() + phrase[1:],
                wrong=[w[:1].upper() + w[1:] for w in wrong],
                explanation=_explanation(ctx, claim, info, ante=ante),
                evidence=_evidence(ctx, claim, ante),
                difficulty=2,
                key=claim.content_span,
            )
        )
    return out


# The body a denier speaks for, and the people the story ties to a body (issue 7: a wrong
# option is never of the answer's own side)
_OWN_BODY_MENTION = re.compile(
    r"^(?:(?:the|a|an)\s+([a-z][\w-]*)[’']s\s|(?:its|their)\s|(?:a|an|the)\s+([a-z][\w-]*)\s+"
    r"spokes(?:man|woman|person)\b)",
    re.IGNORECASE,
)
_QUOTED_TEXT = re.compile(r"[“\"][^”\"]*[”\"]")
_CAPS_RUN = re.compile(r"\b[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w’'&-]*)*")
# a given name or title just before a surname ("Corin Haldane", "Mayor Haldane"), not an
# acronym ("CUL Haldane") nor a possessive ("the League's Haldane")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w-]*\s+$")
MAX_TIE_GAP = 60  # characters around a person's name read for the body the story ties them to
# "Ana Roy of the ruling Harbour Party (HP)", "Ana Roy, a Harbour Party member", "Ana Roy, who
# represents the Harbour Party"
_TIE_AFTER = re.compile(
    r"^(?:\s*,\s*(?:who\s+\w+\s+)?(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}?|\s+)"
    r"(?:(?:of|from|for|with|at|in|representing)\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"((?:[A-Z][\w’'&-]*\s*)+(?:\([A-Z]{2,}\))?)"
)
# "Harbour Party candidate Ana Roy", "the Harbour Party's candidate, Ana Roy", "the HP leader Ana"
# "the candidate of the Harbour Party (HP), Ana Roy"
_TIE_BEFORE = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*(?:\s+\([A-Z]{2,}\))?)(?:[’']s)?"
    r"(?:\s+[a-z][\w-]*){0,2},?\s*$"
)


def _answer_body(ctx: Context, claim: Claim, info: SourceInfo) -> frozenset[str] | None:
    """The words naming the body a denial's answer speaks for: a body answers for itself; a
    person only where the mention is one of a body ("the party's communications director",
    "its spokeswoman", "a company spokesman") or the denial speaks as "we"/"our": the body the
    description means (``body_meant``) and the bodies named in the paragraph before the mention
    outside quotation marks ("The Harbour Party flatly rejected …. “We …,” the party's
    director, Ana Roy, said"), people's names left out. None when the denier speaks for no body;
    an empty set when it does but which body the story does not say."""
    if info.kind not in PERSON_KINDS and info.kind is not None:
        return None  # a body answering for itself: the existing option rules (_unlike) judge
    written = " ".join((claim.source_text or "").split())
    own = _OWN_BODY_MENTION.match(written)
    we = bool(_FIRST_PERSON_PLURAL.search(claim.content))
    if not own and not we:
        return None
    if claim.source_span is None:
        return None
    found: set[str] = set()
    noun = own and (own.group(1) or own.group(2))
    if noun and noun.lower() in _BODY_TYPES:
        meant = body_meant(
            ctx, noun.lower(), claim.sentence_span[0], claim.line, story_sources(ctx).values()
        )
        found |= content_words(meant or "")
    names = name_words(info.name)
    for m in _CAPS_RUN.finditer(written):  # "Skylark Air spokeswoman Olga Preiss": Skylark Air
        run = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
        found |= {w for w in content_words(run) - names if w not in _PERSONAL}
    for sentence in ctx.by_line.get(claim.line, []):
        if sentence.span[0] >= claim.source_span[0]:
            continue
        text = ctx.text[sentence.span[0] : min(sentence.span[1], claim.source_span[0])]
        text = _QUOTED_TEXT.sub(" ", strip_dateline(text))
        for m in _CAPS_RUN.finditer(text):
            run = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))  # "The NPA": not a person
            if looks_personal(run) or name_words(run) & names:
                continue
            words = content_words(run) - MONTHS - WEEKDAYS
            found |= {w for w in words if w not in _PERSONAL}
    if not found and noun:
        found.add(noun.lower())  # "the cooperative's spokeswoman": anyone the story ties to one
    if not found and we:
        found |= _our_nouns(claim)  # "any member of our league": anyone tied to a league (den12)
    return frozenset(found) or None  # whose "we" the story does not say: options as before


_BODY_TYPES = frozenset(described._ALL_TYPES)  # noqa: SLF001 - the nouns body_meant reads
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)


def _ties_of(ctx: Context, wrong: SourceInfo) -> frozenset[str]:
    """The words of the bodies the story ties a would-be wrong option to: its own words, the
    descriptions ``affiliations`` found, and what stands around its name anywhere ("… of the
    ruling Harbour Party (HP)", "Harbour Party candidate …", "…, a Harbour Party member")."""
    cache = ctx.cache.setdefault("den_ties", {})
    assert isinstance(cache, dict)  # noqa: S101 - the cache's own entry
    if wrong.key in cache:
        return frozenset(cache[wrong.key])
    name = option_name(wrong.name)
    last = name.split()[-1] if name.split() else ""
    found = set(wrong.words) | set(affiliations(ctx).get(last, frozenset()))
    story = ctx.story_text
    for form in {name, last} - {""}:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])", story):
            after = _TIE_AFTER.match(story[m.end() : m.end() + MAX_TIE_GAP])
            if after:
                found |= content_words(after.group(1))
            before_text = story[max(0, m.start() - MAX_TIE_GAP) : m.start()]
            given = _GIVEN_BEFORE.search(before_text)  # "Corin Haldane": "Corin", no body
            if given:
                before_text = before_text[: given.start()]
            before = _TIE_BEFORE.search(before_text)
            if before:
                found |= content_words(before.group(1))
    cache[wrong.key] = frozenset(found)
    return frozenset(found)


# ---- den12: wire forms of denial (an account across a quotation, a reduced relative "an
# accusation the company denied", a body named later, "anyone … was involved", not-guilty
# pleas); kept apart from the other denial readings above

# "rejected that account", "disputed that version", "rejected that": a demonstrative that points
# back past a quotation paragraph to the claim it elaborates
_ACROSS_QUOTE = re.compile(
    r"(?:that|this)(?:\s+(account|version|description|claim))?", re.IGNORECASE
)
# words that turn a quotation against the claim before it ("The harbour was never closed")
_QUOTE_AGAINST = re.compile(
    r"\b(?:not|never|n[’']t|false|untrue|lies?|nonsense|wrong|rubbish)\b", re.IGNORECASE
)
MAX_QUOTE_SENTENCES = 2  # the longest quotation paragraph a denial may point back across


def _across_quote(ctx: Context, claim: Claim, content: str) -> Antecedent | None:
    """ "Fishermen said that the port authority had closed the harbour without warning. /
    “Half our catch rotted …,” said captain Olle Fenn. / Harbour director Sigrid Malm rejected
    that account, …": the account is the claim of the one-sentence paragraph before a paragraph
    that is only a quotation (one or two sentences, none of them a denial or a word against the
    claim: "never", "not", "false" …), by no one of the denier's name. The denial opens its
    sentence; the claim is the one claim of its paragraph, by another source, a clean clause."""
    m = _ACROSS_QUOTE.fullmatch(content)
    if m is None or claim.cue_span is None or not _opens_sentence(ctx, claim):
        return None
    if _claimed_before_cue(ctx, claim):
        return None
    denier = source_key(claim.source or "")
    quote = ctx.sentence_before(claim.sentence_span[0])
    if quote is None or quote.line == claim.line:
        return None
    quoted_sentences = ctx.by_line.get(quote.line, [])
    if not 1 <= len(quoted_sentences) <= MAX_QUOTE_SENTENCES:
        return None
    said = [c for s in quoted_sentences for c in ctx.claims_in(s.span)]
    if not said or any(ctx.others_in(s.span) for s in quoted_sentences):
        return None
    for c in said:
        if c.quote != "direct" or c.stance == "denies" or _QUOTE_AGAINST.search(c.content):
            return None  # "“The harbour was never closed,” a guard said": which account?
        if not c.source or source_key(c.source) == denier:
            return None
    line_text = ctx.text[quoted_sentences[0].span[0] : quoted_sentences[-1].span[1]]
    if line_text[:1] not in '“"':
        return None  # a paragraph that opens on its speaker, not on the quotation
    before = ctx.sentence_before(quoted_sentences[0].span[0])
    if before is None or before.in_quote or _paragraph_sentences(ctx, before.line) != 1:
        return None
    found = ctx.claims_in(before.span)
    if len(found) != 1 or ctx.others_in(before.span) or found[0].quote == "direct":
        return None
    ante = found[0]
    if source_key(ante.source or "") == denier:
        return None
    phrase = _antecedent_phrase(ctx, claim, ante)
    if not phrase or not phrase.startswith("that "):
        return None
    noun = (m.group(1) or "claim").lower()
    if noun == "account" and _pronoun_in(phrase):
        return None  # "the account that troops had crossed to its side": whose side?
    return f"the {noun}", phrase, ante


_NAMED_SUBJECT = re.compile(
    r"that\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?=(?:had|has|was|is|would|did|knew)\s)"
)


def _person_as_pronoun(phrase: str, info: SourceInfo) -> str:
    """ "Councillor Jon Alm said that Mayor Petra Strom had spent …, a charge Strom has denied":
    what did Strom deny? — "That she had spent …" (the name in the option would give it away
    beside clauses of other subjects). Only for a person whose surname ends the clause's subject
    (a title or given name before it), with a gender the name tells; else as it was."""
    if info.kind in THING_KINDS or _PLURAL_GROUP.search(info.name):
        return phrase
    m = _NAMED_SUBJECT.match(phrase)
    surname = option_name(info.name).split()[-1:] if info.name else []
    if m is None or not surname or m.group(1).split()[-1] != surname[0]:
        return phrase
    subject = m.group(1)
    gender = _gender(" ".join(subject.split()[-2:])) or _gender(info.name)
    if gender not in ("m", "f") or len(subject.split()) < 2:
        return phrase
    return f"that {'she' if gender == 'f' else 'he'} " + phrase[m.end() :]


# "An exam board has dismissed claims …", "A water company has rejected reports …": a lede's
# indefinite body, named in the sentence after it
_INDEFINITE_BODY = re.compile(r"(?:An?|an?)\s+((?:[a-z]+\s+){0,2})([a-z]+)")
_LATER_HEADS = frozenset(described._ALL_TYPES) | {"company", "firm", "operator", "school"}  # noqa: SLF001
_ORG_KINDS = frozenset({"organisation", "government", "agency", "person", None})


def _named_later(ctx: Context, claim: Claim, written: str) -> SourceInfo | None:
    """ "An exam board has dismissed claims that … . / The Northfield Examinations Board said
    …": the body a lede's indefinite denier ("an exam board", "a water company") stands for is
    the one source of the story that fits the description — its name ends in the head noun
    ("Board"), or, for a company or firm, any body; each word before the head begins a word of
    the name ("exam" of "Examinations", "water" of "Tarnvale Water") — when that source speaks in
    the sentence right after the denial and no other source or named body of the head fits.
    The naming sentence is kept (``den12_later``) for the evidence and the explanation."""
    m = _INDEFINITE_BODY.fullmatch(written)
    if m is None or not _opens_sentence(ctx, claim):
        return None
    mods, head = m.group(1).split(), m.group(2).lower()
    if head not in _LATER_HEADS:
        return None
    nxt = ctx.sentence_after(claim.sentence_span[1])
    if nxt is None:
        return None

    def fits(name: str) -> bool:
        words = [w.lower() for w in name.split() if w[:1].isupper()]
        if not words or name.split()[0] in GIVEN_NAMES:
            return False
        if head not in ("company", "firm") and words[-1] != head:
            return False
        return all(any(w.startswith(mod[:4]) for w in words) for mod in mods)

    found = [
        s
        for s in story_sources(ctx).values()
        if s.kind in _ORG_KINDS and fits(s.name) and s.key != source_key(claim.source or "")
    ]
    if len(found) != 1:
        return None  # two boards, or none named: which one?
    info = found[0]
    if not any(c.sentence_span == nxt.span for c in info.claims):
        return None  # named, but not as the next sentence's speaker
    if head in described._ALL_TYPES:  # noqa: SLF001
        named = described.bodies_named(ctx, head, ctx.story.span[1])
        if any(not name_words(n) <= name_words(info.name) for n in named):
            return None  # another board the story names
    ctx.cache.setdefault("den12_later", {})[claim.content_span] = nxt
    return info


def _later_sentence(ctx: Context, claim: Claim) -> Sentence | None:
    """The sentence that names a lede's indefinite denier (:func:`_named_later`), if any."""
    later = ctx.cache.get("den12_later", {})
    assert isinstance(later, dict)  # noqa: S101 - the cache's own entry
    found = later.get(claim.content_span)
    return found if isinstance(found, Sentence) else None


def _later_as_it(ctx: Context, claim: Claim, phrase: str) -> str:
    """What a lede's indefinite body denied (:func:`_named_later`) with "it"/"its" where the
    analysis put its description back ("that the exam board’s final paper was leaked" ->
    "that its final paper was leaked"): the description would give the answer away."""
    if _later_sentence(ctx, claim) is None:
        return phrase
    m = _INDEFINITE_BODY.fullmatch(" ".join((claim.source_text or "").split()))
    if m is None:
        return phrase
    desc = re.escape(f"the {m.group(1)}{m.group(2)}")
    owned = re.match(rf"that\s+{desc}[’']s\s+", phrase, re.IGNORECASE)
    if owned:
        return "that its " + phrase[owned.end() :]
    subject = re.match(rf"that\s+{desc}\s+(?=[a-z]+\s)", phrase, re.IGNORECASE)
    if subject and is_clause("it " + phrase[subject.end() :]):
        return "that it " + phrase[subject.end() :]
    return phrase


# "Otto Rask pleaded not guilty to fraud charges", "Rask, 54, has pleaded not guilty", "Rask,
# who has pleaded not guilty, is due back in court": a plea is a denial of the charges
_PLEA_CUE = re.compile(r"(?:has\s+|had\s+)?pleaded\s+not\s+guilty")
_PLEA_NAME = r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
_PLEA = re.compile(
    r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?=[A-Z]))?"  # "Former bank manager Otto Rask"
    + _PLEA_NAME
    + r"(?:,\s+\d{1,3},|,\s+who)?\s+(?P<cue>(?:has\s+|had\s+)?pleaded\s+not\s+guilty)"
    r"(?:\s+to\s+(?P<what>[^.;:,“”\"()]{3,120}?))?"
    r"(?=\s*[.;,]|\s+(?:at|on|in|before|during|when|after|last|this|earlier)\s|\s*$)"
)
_BARE_CHARGES = re.compile(
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:charges?|counts?)(?:\s+against\s+(?:him|her))?",
    re.IGNORECASE,
)
MAX_CHARGE_WORDS = 14  # the longest charge a plea question names


def _plea_denials(ctx: Context) -> list[Denial]:
    """Not-guilty pleas as denials of the charges (den12): a person named at the sentence's
    start "pleaded not guilty to <charges>" (asked "who pleaded not guilty to fraud and money
    laundering charges?"), or "pleaded not guilty" to "the charges" / to nothing after the
    outlet's own "<Name> is charged with <charge>" in the sentence just before (asked "who
    pleaded not guilty to the charges of …?", both sentences the evidence). Never where the
    charge holds a pronoun or another's name, nor where the analysis read a denial there
    already; who_denied only (no "that" clause)."""
    sources = story_sources(ctx)
    out: list[Denial] = []
    for sentence in ctx.story.sentences:  # in text order
        if sentence.in_quote or "pleaded not guilty" not in sentence.text:
            continue
        lead = len(sentence.text) - len(sentence.text.lstrip())
        m = _PLEA.match(sentence.text, lead)
        if m is None or m.group("who").split()[0] in _NOT_OPENING:
            continue
        at = sentence.span[0]
        if any(c.stance == "denies" for c in ctx.claims_in(sentence.span)):
            continue  # "… pleaded not guilty and denied the charges": read already
        who = m.group("who")
        name = who if len(who.split()) > 1 else (_given_and(ctx, who) or "")
        if not name or not looks_personal(name) or name.split()[0] in _TITLE_WORDS:
            continue
        what = " ".join((m.group("what") or "").split())
        if what and not _BARE_CHARGES.fullmatch(what):
            if _pronoun_in(what):
                continue  # "to charges that he stole …": whose?
            if name.split()[-1] in what.split() or word_count(what) > MAX_CHARGE_WORDS:
                continue  # "to charges of defrauding Rask's clients": the answer in the prompt
            noun, phrase, moved = "", what, None
        else:
            charged = _plea_charge(ctx, sentence, name)
            if charged is None:
                continue  # "pleaded not guilty" to charges the story does not name
            many = re.search(r"\band\s+of\s", charged[0])  # "negligence and of failing …"
            noun = f"the {'charges' if many else 'charge'} of {charged[0]}"
            phrase, moved = "", charged[1]
        claim = Claim(
            line=sentence.line,
            sentence=sentence.text,
            sentence_span=sentence.span,
            source=name,
            source_text=who,
            source_span=(at + m.start("who"), at + m.end("who")),
            source_kind="person",
            cue=" ".join(m.group("cue").split()),
            cue_span=(at + m.start("cue"), at + m.end("cue")),
            content=m.group("what") or "not guilty",
            content_span=(
                (at + m.start("what"), at + m.end("what"))
                if m.group("what")
                else (at + m.end("cue") - len("not guilty"), at + m.end("cue"))
            ),
            stance="denies",
            quote="indirect",
            act="claim",
        )
        info = sources.get(source_key(name)) or _client_info(name, claim)
        if moved is None:
            out.append((claim, info, phrase, None))
        else:
            out.append((claim, info, "", (noun, "", replace(moved, source_span=None))))
    return out


def _plea_charge(ctx: Context, sentence: Sentence, name: str) -> tuple[str, Claim] | None:
    """What a plea answers: the one "charged with <charge>" of the sentence just before, the
    pleading person's surname written before it, no pronoun, no other voice there (as
    :func:`_charged_before` reads "He denies the charges"); with that sentence as a claim."""
    surname = name.split()[-1]
    charge = _charge_before(ctx, sentence.span[0], surname)
    if charge is None:
        return None
    before, m, what = charge
    if ctx.claims_in(before.span) or surname in what.split() or word_count(what) > MAX_CHARGE_WORDS:
        return None
    at = before.span[0]
    cue_span = (at + m.start(), at + m.start() + len("charged with"))
    what_span = (at + m.start("what"), at + m.end("what"))
    return what, outlet_claim(before, what, what_span, "charged with", cue_span)


def pleaded(claim: Claim) -> bool:
    """Whether a denial is a not-guilty plea (:func:`_plea_denials`)."""
    return bool(_PLEA_CUE.fullmatch(claim.cue or ""))


def _plea_explanation(ctx: Context, claim: Claim, info: SourceInfo, ante: Antecedent | None) -> str:
    """Why the keyed denier pleaded not guilty: the sentence (with the charge's sentence before
    it), and what a plea is."""
    text = " ".join(_evidence(ctx, claim, ante).text.split())
    what = ante[0].split(" of ")[0].removeprefix("the ") if ante is not None else ""
    charged = f" — the first sentence says what the {what} {'are' if what.endswith('s') else 'is'}"
    charged = charged if ante is not None else ""
    return (
        f"The story says: {quoted(text)}{charged} — the words {quoted(cue_of_plea(ctx, claim))}:"
        f" it is {info.name} who pleaded not guilty, that is, denied the charges in court. A"
        " plea is a denial, not a verdict: the story does not say who is right."
    )


def cue_of_plea(ctx: Context, claim: Claim) -> str:
    """The words of a plea from its pleader to "not guilty" ("Otto Rask pleaded not guilty")."""
    start = (
        claim.source_span[0] if claim.source_span else claim.cue_span[0] if claim.cue_span else 0
    )
    end = claim.cue_span[1] if claim.cue_span else start
    return " ".join(ctx.text[start:end].split())


# "dismissed suggestions that anyone at the firm was involved": an indefinite subject, in what
# the story's matter says
_ANYONE_INVOLVED = re.compile(
    r"that\s+(?:anyone|anybody|any\s+(?:member|members|one|employee|employees|official"
    r"|officials|staff)\b)(?:\s+(?:at|from|in|on|of|with)\s+[^,;:“”\"]{2,40}?)?"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:directly\s+)?involved"
)


def _anyone_involved(phrase: str) -> bool:
    """Whether a denied clause is "that anyone at/on/from … was involved" (den12): the denier
    answers for a whole body; the story's matter says in what, and who_denied may ask it as the
    story words it (what_denied not: "That anyone at the firm was involved" says little alone)."""
    return _ANYONE_INVOLVED.fullmatch(phrase) is not None


# "Per Olsen, the firm's managing director," / "The company's chief executive, Ana Lind,": a
# person the story gives to a body by its description
_DESCRIBED_ROLE_AFTER = re.compile(r"^\s*,\s+(?:the|its)\s+([a-z]+)[’']s\s+[a-z]")
_DESCRIBED_ROLE_BEFORE = re.compile(r"\b(?:the|The)\s+([a-z]+)[’']s\s+(?:[a-z-]+,?\s+){1,3}$")


def _described_side(ctx: Context, wrong: SourceInfo, info: SourceInfo) -> bool:
    """Whether a would-be wrong option of who_denied is given by the story to the body that is
    the answer under its description (den12): "Velmar Dairy rejected claims …" and "Per Olsen,
    the firm's managing director, said …" — "the firm" the one company the story names
    (``body_meant``), so Olsen speaks for the answer's own side, never a wrong option."""
    if not option_name(wrong.name).split() or not info.name.split():
        return False
    if info.kind in PERSON_KINDS and (info.name.split()[0] in GIVEN_NAMES or " " not in info.name):
        return False  # a person's answer: left to ``_answer_body``
    base = ctx.story.span[0]
    for noun, start in _described_roles(ctx, wrong):
        if noun in info.words:
            return True
        if noun in described._ALL_TYPES:  # noqa: SLF001
            at = base + start
            body = body_meant(ctx, noun, at, ctx.line_of(at), story_sources(ctx).values())
            if body and name_words(body) & name_words(info.name):
                return True
        if noun in ("company", "firm") and _only_body(ctx, info, base + start):
            return True  # "the firm" when the answer is the one body the story quotes
    return False


def _described_roles(ctx: Context, wrong: SourceInfo) -> list[tuple[str, int]]:
    """The descriptions ("firm" of "the firm's managing director") the story writes around a
    would-be wrong option's name, with where the name stands; the story read once per option
    (cached: every denial's options are checked against it)."""
    cache = ctx.cache.setdefault("den12_roles", {})
    assert isinstance(cache, dict)  # noqa: S101 - the cache's own entry
    if wrong.key in cache:
        return list(cache[wrong.key])
    story = ctx.story_text
    name = option_name(wrong.name)
    out: list[tuple[str, int]] = []
    own = re.match(r"(?:the|The)\s+([a-z]+)[’']s\s", name)  # "The firm's boss Per Olsen"
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", story):
        after = _DESCRIBED_ROLE_AFTER.match(story[m.end() : m.end() + MAX_TIE_GAP])
        before = _DESCRIBED_ROLE_BEFORE.search(story[max(0, m.start() - MAX_TIE_GAP) : m.start()])
        out += [(f.group(1).lower(), m.start()) for f in (after, before, own) if f]
    cache[wrong.key] = out
    return list(out)


def _only_body(ctx: Context, info: SourceInfo, at: int) -> bool:
    """Whether the answer's body is, before ``at``, the only source of the story that is no
    person and no unnamed group (so "the firm" there can only be it)."""
    line = ctx.line_of(at)
    first = min((c.line for c in info.claims), default=line)
    if first > line:
        return False
    return not described.other_company(info.name, line, story_sources(ctx).values())


# "our league", "our party's": the body a quoted "we" names by its noun
_OUR_BODY = re.compile(r"\bour\s+([a-z]+)\b", re.IGNORECASE)


def _our_nouns(claim: Claim) -> frozenset[str]:
    """The body nouns a quoted "we" denial names as its own ("any member of our league":
    league), when the story does not say whose "we" it is (den12): a would-be wrong option the
    story ties to a league is of the speaker's side, maybe."""
    nouns = {m.group(1).lower() for m in _OUR_BODY.finditer(claim.content)}
    return frozenset(n for n in nouns if n in _BODY_TYPES or n in _WE_BODIES)


# bodies a "we" speaks for that body_meant has no type for
_WE_BODIES = frozenset(
    "league party movement alliance union group company firm club team government ministry"
    " council board campaign organisation organization association federation church".split()
)
