"""characterization (Attribution): how a source described something ("How did Kyiv portray the
alleged incursion?"), from claims with stance "characterizes" written as "<verb> X as Y", or
with a naming verb and the source's own words in quotation marks: "<called> X “Y”" ("What did
the mayor call the plan?").

When the story offers no other descriptions to serve as wrong options, the question asks who
gave the description instead, with other sources of the story as options.
"""

from __future__ import annotations

import re

from questions.generate import lexicon
from questions.generate.claims import nested, recut
from questions.generate.explain import claim_of, cue_of, quoted
from questions.generate.registry import Context, make_question, register, strip_dateline
from questions.generate.sources import (
    MAX_COMPARED_CLAIMS,
    SourceInfo,
    display_for,
    distractors,
    doubtful_source,
    overlaps,
    source_key,
    story_sources,
)
from questions.generate.text import (
    content_words,
    lemma,
    option_name,
    quotes_balanced,
    strip_edges,
    tokens,
    unresolved_pronoun,
    word_count,
)
from questions.model import Claim, Question
from questions.text import load_lexicon

KIND = "characterization"
_AS = re.compile(r"^\s*(?P<obj>.+?)\s+as\s*$", re.DOTALL)
_AS_INSIDE = re.compile(r"^(?P<obj>[^,;“\"]+?)\s+as\s+(?P<desc>.+)$", re.DOTALL)


# Adverbs that may sit inside a cue ("has also called", "recently described").
_CUE_ADVERBS = frozenset({"also", "recently", "repeatedly", "previously", "once", "publicly"})
_NEGATIONS = frozenset({"not", "never", "n't", "didn't", "hasn't", "haven't"})
# "<thing> [a|an|the] “<description>”", the quotation closing the content: the source's words.
# (The quotation in double marks, straight or curly, or in single curly ones, ‘…’, closing at
# no apostrophe; an archive's doubled ''…'' is read as "…", ``_marks``.)
_QUOTATION = (
    r"(?:“(?P<d1>[^“”\"]+?)[.,!?]?”|\"(?P<d2>[^“”\"]+?)[.,!?]?\""
    r"|‘(?P<d3>[^‘’“”\"]+?)[.,!?]?’(?!\w))"
)
_NAMED = re.compile(
    r"^(?P<obj>(?:[^“”\"‘’,;:()]|’(?=\w))+?)\s+(?P<art>(?:an?|the)\s+)?"
    + _QUOTATION
    + r"\s*[.,]?(?P<tail>\s+[^“”\"‘]*)?$",
    re.DOTALL,
)
# What may follow the quoted description and stay out of it: a short phrase opened by a
# preposition or a time word ("“a slap in the face” for islanders", "… on both sides", "…
# before voting against it"), never a clause of its own ("and said …", ", saying …").
_TAIL = re.compile(
    r"^\s+(?:for|on|to|in|at|over|among|from|by|with|against|before|after|during|since|ahead\s+of"
    r"|last|this|earlier|yesterday|today|on\s+\w+day)\b[^“”\",;:]{0,60}$"
)
# A description wholly in quotation marks, then perhaps a tail: "“constructive” on both sides"
_QUOTED_DESC = re.compile(r"^" + _QUOTATION + r"(?P<tail>.*)$", re.DOTALL)


def _marks(text: str) -> str:
    """A text with an archive's doubled quotation marks (''…'') read as "…"."""
    return text.replace("''", '"') if "''" in text else text


def _quoted_words(m: re.Match[str]) -> str:
    """The words of a ``_QUOTATION`` match, without their marks."""
    return m.group("d1") or m.group("d2") or m.group("d3") or ""


_MAX_DESC_WORDS = 12
_MAX_BUILT = 6  # questions built per story (the kind keeps three; some may fail validation)
_MAX_OTHERS = 60  # descriptions read for wrong options: bounded, so linear in the story
_TRAILING_IN_QUOTE = re.compile(r"[.,;:]+(?=[’”\"]$)")  # "as a ‘costly blunder,’"
# A cue under a negation or a refusal: "for not calling it X", "refused to call it X".
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|\bnever|n[’']t|\bwithout|\b(?:refus|declin|decline)\w*\s+to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def verb_forms(cue: str) -> tuple[str, str] | None:
    """The auxiliary and base verb to ask with: ("did", "portray") for "portrayed" (and for
    "portraying"), ("has", "called") for "has also called"; None under a negation."""
    words = [w for w in cue.lower().split() if w not in _CUE_ADVERBS]
    if not words or _NEGATIONS & set(words):
        return None
    for base, third, past, participle, ing in lexicon.table("characterize_verbs"):
        if words in ([past], [ing]):
            return "did", base
        if words == [third]:
            return "does", base
        if len(words) == 2 and words[0] in ("has", "have") and words[1] == participle:
            return words[0], participle
    return None


def naming(cue: str) -> bool:
    """Whether a cue is a naming verb ("called", "has dubbed"), which takes no "as"."""
    forms = verb_forms(cue)
    if not forms:
        return False
    bases = lexicon.words("naming_verbs")
    return any(row[0] in bases and forms[1] in row for row in lexicon.table("characterize_verbs"))


def _fits(thing: str, desc: str, *, quoted_desc: bool) -> bool:
    """Whether a thing and its description make a clean question: balanced, no pronoun left to
    resolve, a named or described thing, a description of a few words (a quoted description
    keeps the speaker's own pronouns: "“a lie they told”")."""
    for part in (thing, desc):
        if not quotes_balanced(part) or word_count(part) > 20:
            return False
    if unresolved_pronoun(thing) or (not quoted_desc and unresolved_pronoun(desc)):
        return False
    if tokens(thing)[:1] and tokens(thing)[0].lower() in _POSSESSIVES:
        return False  # "their daughter": whose, the question cannot say
    named = word_count(thing) == 1 and thing[:1].isupper()
    if not (word_count(thing) >= 2 or named) or word_count(desc) > _MAX_DESC_WORDS:
        return False
    return word_count(desc) >= (1 if quoted_desc else 2)


def _quoted_whole(text: str) -> tuple[str, str] | None:
    """(the words, what follows) of a text opening with a quotation: "“a mess” on both sides"."""
    m = _QUOTED_DESC.match(_marks(text).strip())
    return (_quoted_words(m), m.group("tail")) if m else None


def _tail_ok(tail: str | None) -> bool:
    """Whether what follows a quoted description may be left out of it: nothing, or a short
    phrase of place, time or person ("for islanders", "on both sides", "before the vote")."""
    tail = (tail or "").rstrip(" .,")
    return not tail.strip() or bool(_TAIL.match(tail))


def described(ctx: Context, claim: Claim) -> tuple[str, str, bool] | None:
    """The thing described, the description and whether the description is quoted (the
    source's own words, given without their marks), from "<cue> <thing> as <description>" (the
    analysis may put the thing before the content or inside it), or, for a naming verb, from
    "<cue> <thing> “<description>”" or "<thing>, which <source> <cue> “<description>”". Words
    after a quoted description that only place it ("“a slap in the face” for islanders") are
    left out; a pronoun thing ("calling it …", "described them as …") is the object named
    earlier in the sentence, or no question."""
    if not claim.cue_span or claim.cue_span[1] > claim.content_span[0]:
        return None
    between = ctx.text[claim.cue_span[1] : claim.content_span[0]]
    if claim.cue and naming(claim.cue) and not between.strip():
        named = _NAMED.match(_marks(claim.content).strip())
        if named:
            if not _tail_ok(named.group("tail")):
                return None
            desc = (named.group("art") or "") + _quoted_words(named)
            thing: str | None = strip_edges(named.group("obj"))
        else:
            alone = _quoted_whole(claim.content)
            if not alone or alone[1].strip(" .,"):
                return None
            desc, thing = alone[0], _relative_thing(ctx, claim)
        desc = strip_edges(desc)
        thing = _resolved(ctx, claim, thing, desc)
        return (thing, desc, True) if thing and _fits(thing, desc, quoted_desc=True) else None
    m = _AS.match(between)
    inside = _AS_INSIDE.match(claim.content) if not between.strip() else None
    if m and "\n" not in between:
        thing, desc = m.group("obj"), claim.content
    elif inside:
        thing, desc = inside.group("obj"), inside.group("desc")
    else:
        return None
    whole = _quoted_whole(desc)
    if whole and not _tail_ok(whole[1]):
        return None  # "as “a mistake” that will cost jobs": where the description ends, unclear
    if whole:
        desc = whole[0]
    desc = _TRAILING_IN_QUOTE.sub("", strip_edges(desc))
    thing = _resolved(ctx, claim, strip_edges(thing), desc)
    quoted_desc = whole is not None
    return (
        (thing, desc, quoted_desc)
        if thing and _fits(thing, desc, quoted_desc=quoted_desc)
        else None
    )


# Words a noun phrase taken as the thing described may not hold: a clause, not a thing.
_CLAUSE_WORDS = frozenset(
    "is was were are be been had has have would will could should did does do said says".split()
)
# Verbs whose object a following "calling it …" / "and described them as …" takes up: a
# verdict on a thing ("criticised the plan, calling it …"), or its showing ("unveiled the budget,
# calling it …"); not an act whose "it" may be the occasion ("signed the bill, calling it “a
# historic day”"), nor a verb of a clause ("said the plan was sound, calling it …").
_OBJECT_VERBS = frozenset(
    "criticised criticized praised welcomed rejected condemned attacked slammed defended hailed"
    " dismissed questioned opposed backed supported endorsed blamed denounced unveiled announced"
    " proposed introduced launched released published presented answered disputed challenged"
    " received reviewed".split()
)
# Characters read before a cue for the thing it takes up ("the budget, which she called …"):
# a few words, so that no long sentence is read again for each cue
_NEAR = 160
_OCCASION = frozenset(
    "day days moment moments night week year time times occasion milestone turning point".split()
)
_DET = r"(?:the|a|an|this|these|those)\s+"
# "<verb> <the thing> [on Monday | in parliament] , calling it" / "… and described them as"
_ANTECEDENT = re.compile(
    r"^\s*(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?P<np>"
    + _DET
    + r"[^,;“”\"()]+?)(?:\s+(?:on|in|at|during|after|before|with|to|for|from|over|into|onto"
    r"|under|through|without|across|near|up|out|off|back|early|late|again|last|this|earlier"
    r"|yesterday|today)\b[^,;“”\"()]*)?\s*(?:,|\band\b)\s*(?:[a-z]+ly\s+)?$"
)
# "<the thing>, which <source> <cue> “…”"
_WHICH = re.compile(r"(?:^|\s)(?P<np>" + _DET + r"[^,;“”\"()]+?),\s+which\s+$", re.IGNORECASE)

_WHICH_PRONOUN = re.compile(
    r"(?:^|\s)(?P<np>" + _DET + r"[^,;“”\"()]+?),\s+which\s+(?:he|she|they|it)\s+(?:also\s+)?$",
    re.IGNORECASE,
)


def _thing_np(np: str) -> str | None:
    """A noun phrase fit to be the thing described: a few words, no verb of a clause."""
    words = [w.lower() for w in np.split()]
    if len(words) > 7 or _CLAUSE_WORDS & set(words):
        return None
    return strip_edges(np)


def _resolved(ctx: Context, claim: Claim, thing: str | None, desc: str) -> str | None:
    """The thing, or for "it" / "them" the object of the source's verb earlier in the sentence
    ("unveiled the budget on Monday, calling it …" → "the budget"), in number with the pronoun;
    None when there is none, or when the description names an occasion ("announced the deal,
    calling it “a historic day”": the day, not the deal)."""
    if thing is None or thing.lower() not in ("it", "them"):
        return thing
    if not claim.source_span or not claim.cue_span or _OCCASION & set(desc.lower().split()):
        return None
    gap = ctx.text[claim.source_span[1] : claim.cue_span[0]]
    m = _ANTECEDENT.match(gap) if len(gap) <= _NEAR else None
    if not m or m.group("verb") not in _OBJECT_VERBS:
        return None
    np = _thing_np(m.group("np"))
    if not np:
        return None
    last = np.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return np if plural == (thing.lower() == "them") else None


def _relative_thing(ctx: Context, claim: Claim) -> str | None:
    """The thing of "<the thing>, which <source> called “…”", the source just after "which"."""
    if not claim.source_span:
        return None
    near = max(claim.sentence_span[0], claim.source_span[0] - _NEAR)
    m = _WHICH.search(ctx.text, near, claim.source_span[0])
    if m and m.end() == claim.source_span[0]:
        return _thing_np(m.group("np"))
    if claim.cue_span:  # "criticised the timetable, which she called …": the source's pronoun
        near = max(claim.sentence_span[0], claim.cue_span[0] - _NEAR)
        m = _WHICH_PRONOUN.search(ctx.text, near, claim.cue_span[0])
        if m and m.end() == claim.cue_span[0]:
            return _thing_np(m.group("np"))
    return None


def _source_is_subject(ctx: Context, claim: Claim) -> bool:
    """Whether the source is written as the subject of the cue: just before it ("Doe called",
    "Doe has also called") or opening the sentence ("Doe spoke for an hour, calling ..."); not a
    name met elsewhere in the sentence ("In Ostra, on the quay, Doe went on, calling ...")."""
    if not claim.source_span or not claim.cue_span:
        return False
    s, e = claim.source_span
    if not claim.sentence_span[0] <= s < e <= claim.cue_span[0]:
        return False
    opens_paragraph = ctx.text[max(0, claim.sentence_span[0] - 1) : claim.sentence_span[0]] in "\n"
    if opens_paragraph and ctx.text[s:e].lower() in _PRONOUNS:
        return False  # "He portrayed ..." opening a paragraph: whose "he" is a guess
    if _NEGATED_BEFORE.search(ctx.text, max(0, claim.cue_span[0] - 30), claim.cue_span[0]):
        return False  # "criticised the mayor for not calling the fire a disaster"
    gap = ctx.text[e : claim.cue_span[0]]
    if "," not in gap and len(gap.split()) <= 2:
        return True
    if _coordinated(ctx, claim):
        return True  # "Doe said her son was unarmed and called the account “a lie”"
    if re.search(r"\band\b|;", gap) or len(gap.split()) > 25:
        return False  # "Doe ran the campaign, and soon ads appeared calling ...": not Doe's
    opening = strip_dateline(ctx.text[claim.sentence_span[0] : s])
    return len(opening.split()) <= 2 and "," not in opening


def _candidates(ctx: Context) -> list[Claim]:
    """The story's claims that may describe something: its characterizations, the denials
    whose cue is a describing verb ("dismissed the concerns as “scaremongering”", "called the
    account “a lie”": a description all the same), and a naming hidden in a claim's content
    ("criticised the timetable, which she called “a shambles”": the source's own)."""
    out = []
    for c in ctx.story.claims:
        if not c.cue or nested(ctx, c):
            continue
        if c.stance == "characterizes" or (c.stance == "denies" and verb_forms(c.cue)):
            out.append(c)
        inner = _which_inside(ctx, c)
        if inner:
            out.append(inner)
    return out


# "<the thing>, which she called “…”" at the end of a claim's content
_WHICH_INSIDE = re.compile(
    r"(?<!\w)(?P<thing>" + _DET + r"[^,;“”\"()]+?),\s+which\s+(?P<pron>he|she|they|it)\s+"
    r"(?:also\s+)?(?P<cue>called|dubbed|branded|labell?ed|termed)\s+(?P<quote>“[^“”]+”|\"[^\"]+\")"
    r"[.,]?\s*$",
    re.IGNORECASE,
)
_PRONOUN_KINDS = {"he": ("person", "official"), "she": ("person", "official")}


def _which_inside(ctx: Context, claim: Claim) -> Claim | None:
    """A claim of the naming in a claim's content ("Doe criticised the timetable, which she
    called “a shambles”"), its describer the claim's source: "he"/"she" only for a person,
    "it"/"they" only for one that is not."""
    if claim.stance == "denies" or "which" not in claim.content:
        return None
    cut = max(0, len(claim.content) - _NEAR)
    m = _WHICH_INSIDE.search(claim.content, cut)
    if not m:
        return None
    person = claim.source_kind in ("person", "official")
    if person != (m.group("pron").lower() in _PRONOUN_KINDS):
        return None
    return recut(claim, m, claim.content_span[0], "quote", stance="characterizes", quote="partial")


_MAX_SENTENCE_CLAIMS = 20  # claims of one sentence read for a first verb: bounded, so linear
_AND_BEFORE = re.compile(r"\s+and\s+(?:[a-z]+ly\s+)?$")
# "<verb> <object, no clause> and": a first predicate of the same subject
_FIRST_PREDICATE = re.compile(r"^\s*(?:[a-z]+ly\s+)?[a-z]+ed\s+" + _DET + r"[^,;“”\"()]+$")


def _coordinated(ctx: Context, claim: Claim) -> bool:
    """Whether the cue is a finite verb joined by "and" to an earlier verb of its source: a
    claim of the same source whose content ends at that "and" ("Doe said her son was unarmed
    and called …": the analysis read "and called" as Doe's), or a plain first predicate ("Doe
    answered the allegations on Tuesday and described them as …"); not "…, and soon ads
    appeared calling …" nor "and calling"."""
    if not claim.cue_span or not claim.source_span or (claim.cue or "").endswith("ing"):
        return False
    s, e = claim.sentence_span[0], claim.cue_span[0]
    gap = ctx.text[claim.source_span[1] : e]
    joint = _AND_BEFORE.search(gap)
    if not joint or ";" in gap:
        return False
    first = gap[: joint.start()]
    if (
        len(first) <= _NEAR
        and _FIRST_PREDICATE.match(first)
        and _thing_np(first.split(None, 1)[1]) is not None
    ):
        return True
    for o in ctx.claims_in(claim.sentence_span)[:_MAX_SENTENCE_CLAIMS]:
        if o is claim or o.source_span != claim.source_span or not o.cue_span:
            continue
        if s <= o.cue_span[0] and o.content_span[1] <= e:
            rest = ctx.text[o.content_span[1] : e]
            if _AND_BEFORE.match(" " + rest.lstrip(" ,")) and "," not in rest:
                return True
    return False


@register(KIND, "Attribution", limit=3)
def build(ctx: Context) -> list[Question]:
    """How (or, failing that, who) questions over the story's characterizations."""
    found = []
    for c in _candidates(ctx):
        own = not doubtful_source(ctx, c) and _source_is_subject(ctx, c)
        d = described(ctx, c) if own else None
        if d and c.cue and attitude(c.cue) and d[2]:
            d = None  # "sees the plan as “a trap”": whose words are quoted, the story does not say
        if d and c.source and c.cue and verb_forms(c.cue):
            found.append((c, d))
    out: list[Question] = []
    for claim, (thing, desc, in_quotes) in found:
        if len(out) == _MAX_BUILT:
            break  # the kind keeps at most three a story: no more work on a pasted flood
        others: list[str] = []
        words = describing_words(desc)
        for o, (o_thing, o_desc, _) in found[:_MAX_OTHERS]:
            fresh = not overlaps(o_thing, thing) and not overlaps(o_desc, desc)
            fresh = fresh and not words & {lemma(w) for w in content_words(o_desc)}
            if o is not claim and fresh and o_desc not in others:
                others.append(o_desc)
        q = _how(ctx, claim, thing, desc, others) or _who(ctx, claim, thing, desc, in_quotes)
        if q:
            out.append(q)
    return out


# Verbs of a view held, not of words given ("sees the council as captured", "regards it as"):
# the story tells what the source thinks, in the story's own words.
_ATTITUDE_VERBS = frozenset({"see", "view", "regard"})


def attitude(cue: str) -> bool:
    """Whether a characterizing cue tells a view the source holds ("sees", "viewed", "has
    long regarded") rather than a description the source gave ("described", "called")."""
    forms = verb_forms(cue)
    return bool(forms) and any(
        row[0] in _ATTITUDE_VERBS and forms[1] in row for row in lexicon.table("characterize_verbs")
    )


def _explanation(ctx: Context, claim: Claim) -> str:
    sentence = ctx.claim_sentence(claim).strip()
    name = display_for(ctx, claim.source or "")
    if claim.cue and attitude(claim.cue):
        return (
            f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: this is the story’s "
            f"own account of how {name} sees it, not words {name} is quoted saying; the view is "
            f"{claim_of(name, True)[:-6]}, not a fact the story states."
        )
    return (
        f"The story says: {quoted(sentence)} — {cue_of(ctx, claim)}: this is how "
        f"{name} describes it; the description is {claim_of(name, True)[:-6]}, not the story’s."
    )


def _how(ctx: Context, claim: Claim, thing: str, desc: str, others: list[str]) -> Question | None:
    if len(others) < 2 or not claim.cue or not claim.source:
        return None
    aux, verb = verb_forms(claim.cue) or ("", "")
    name = display_for(ctx, claim.source)
    if naming(claim.cue):
        prompt = f"According to the story, what {aux} {name} {verb} {thing}?"
        right, wrong = desc, others[:3]
    else:
        prompt = f"According to the story, how {aux} {name} {verb} {thing}?"
        right, wrong = f"As {desc}", [f"As {o}" for o in others[:3]]
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=right,
        wrong=wrong,
        explanation=_explanation(ctx, claim),
        evidence=ctx.claim_evidence(claim),
        difficulty=2,
        key=("how", claim.content_span),
    )


def _who(ctx: Context, claim: Claim, thing: str, desc: str, in_quotes: bool) -> Question | None:
    info = story_sources(ctx).get(source_key(claim.source or ""))
    if not info or not claim.cue:
        return None
    aux, verb = verb_forms(claim.cue) or ("", "")
    past = f"{aux} {verb}" if aux in ("has", "have") else _tensed(verb, aux, claim.cue)
    link = " " if naming(claim.cue) else " as "
    shown = quoted(desc) if in_quotes else desc
    prompt = f"According to the story, who {past} {thing}{link}{shown}?"
    words = describing_words(desc)
    wrong = [
        w
        for w in distractors(ctx, info, claim, keep=lambda o: not _used_word(o, words))
        if _named_speaker(w)
    ]
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


def describing_words(desc: str) -> frozenset[str]:
    """The lemmas of a description's words that carry it ("calm" of 'largely "very calm"'):
    content words, not adverbs in -ly ("largely") nor very common words ("very")."""
    plain = _PLAIN_WORDS
    return frozenset(
        lemma(w)
        for w in content_words(desc)
        if (not w.endswith("ly") or w in _LY_ADJECTIVES) and w not in plain
    )


_LY_ADJECTIVES = frozenset(
    "costly deadly friendly unfriendly lovely ugly cowardly orderly disorderly unruly elderly"
    " lonely silly timely untimely unseemly ghastly surly jolly holy".split()
)


# Words too common to tie two descriptions ("very", "more", "new")
_PLAIN_WORDS = frozenset(load_lexicon("cohesion_stopwords"))


# Words that put a description on a thing just before it ("described as “calm”", "called it
# peaceful", "were largely calm"): a word of the description met after one of these, within
# ``_LINK_WINDOW`` words, describes as well; elsewhere ("right now", "major changes") it does not.
_LINKS = frozenset(
    "as called call calls calling described describe describes describing labeled labelled"
    " termed dubbed branded is are was were be been being remained stayed seemed looked".split()
)
_LINK_WINDOW = 3


def _describes_with(text: str, words: frozenset[str]) -> bool:
    """Whether a text puts a word of ``words`` (lemmas) on something: the word follows a linking
    or describing word (``_LINKS``) within ``_LINK_WINDOW`` words."""
    toks = [t.lower() for t in tokens(text)]
    for i, tok in enumerate(toks):
        if lemma(tok) in words and _LINKS & set(toks[max(0, i - _LINK_WINDOW) : i]):
            return True
    return False


def _used_word(info: SourceInfo, words: frozenset[str]) -> bool:
    """Whether a source's own words in the story describe something with a word of the
    description, in any form ("whom he described as “calm”" beside 'described the march as
    “very calm”'): asked who gave the description, that source is right too, so it is never a
    wrong option. A source of very many claims is taken to have (when in doubt, not an
    option)."""
    if not words:
        return False
    if len(info.claims) > MAX_COMPARED_CLAIMS:
        return True
    return any(_describes_with(c.content, words) for c in info.claims)


def _named_speaker(info: SourceInfo) -> bool:
    """Whether a wrong option is surely a speaker: the analysis gave it a kind, or it is a full
    proper name ("Ana Ruiz"); not a stray capitalised word read as a name ("Hours", "Crowds")."""
    if info.kind is not None:
        return True
    toks = tokens(info.name)
    return len(toks) >= 2 and all(t[:1].isupper() for t in toks)


def _tensed(base: str, aux: str, cue: str = "") -> str:
    """A verb of ``gen_characterize_verbs.tsv`` in the cue's tense: "called" after "did",
    "sees" after "does"; in the cue's own spelling ("labeled", "labeling" → "labeled", not
    "labelled")."""
    col = 1 if aux == "does" else 2
    rows = [row for row in lexicon.table("characterize_verbs") if row[0] == base]
    words = set(cue.lower().split())
    row = next((r for r in rows if words & set(r[1:])), rows[0] if rows else None)
    return row[col] if row else base
