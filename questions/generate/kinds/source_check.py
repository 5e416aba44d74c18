"""source_check (Sources): how does the story know? Where a claim was made (on Twitter, in a
statement, speaking to the outlet), or what kind of source made it (an official, an independent
expert, anonymous sources, a news agency).
"""

from __future__ import annotations

import re

from questions.generate import lexicon
from questions.generate.claims import is_claim, nested, pledge, request_start, said_phrase
from questions.generate.explain import (
    claim_cue_words,
    cue_of,
    cue_words,
    name_span,
    needs_resolution,
    quoted,
)
from questions.generate.registry import Context, digest, make_question, register
from questions.generate.sources import (
    claims_of,
    countries,
    display_for,
    document_channel,
    doubtful_source,
    is_usable,
    kind_doubtful,
    shows_kind,
    source_key,
    story_sources,
)
from questions.generate.text import (
    THING_KINDS,
    content_words,
    curly_quotes,
    is_pronoun,
    norm,
    strip_that,
    tokens,
)
from questions.model import Claim, Question
from questions.names import GIVEN_NAMES

KIND = "source_check"
# "told Channel 9": the outlet's name, not a day or month after it ("told Channel 9 Tuesday")
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)
_TOLD = re.compile(
    r"\btold\s+((?:the\s+)?(?!" + _WHEN + r")[A-Z][\w’'.]*(?:\s+(?!" + _WHEN + r")[A-Z][\w’'.]*)*)"
)
_OUTLET = "outlet"
_GENERIC = {
    "social": "On social media",
    "statement": "In a written statement",
    "briefing": "At a press conference",
    "video": "In a video",
    "interview": "In an interview",
}
# Channels that may be the same act under another name, never offered side by side: speaking to
# a broadcaster or paper may have been an interview, filmed, or at a press conference; an
# interview may have been filmed.
_CLASHES = {
    _OUTLET: {"interview", "video", "briefing"},
    "interview": {_OUTLET, "video"},
    "video": {"interview"},
}
# "told the Gazette in an email": the words may have been written, so "In a written statement"
# fits too
_WRITTEN = re.compile(r"\b(?:e-?mail|text message|letter|written|in writing)", re.IGNORECASE)
_MAX_KIND_QUESTIONS = 2  # one per kind of source, so the answer varies
_KIND_WORDS = frozenset({"agency", "anonymous", "expert", "experts", "government", "official"})


def channel_of(claim: Claim) -> tuple[str, str] | None:
    """The category and option label of where a claim was made, or None if the story is silent.

    The analysis's channel is read first, then the cue ("said in a statement")."""
    for hay in (claim.channel, claim.cue if not claim.channel else None):
        low = f" {norm(hay or '')} "
        for pattern, category, label in lexicon.table("channels"):
            if hay and re.search(rf"(?<!\w){re.escape(pattern)}(?!\w)", low):
                return category, label
    m = _TOLD.search(claim.cue or "")
    if m:
        return _OUTLET, f"Speaking to {m.group(1)}"
    return None


def _categories(ctx: Context, key: str) -> set[str]:
    """The channel categories of every claim of one source in the story."""
    known = ctx.cache.setdefault("channel_categories", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if key not in known:
        known[key] = {ch[0] for c in claims_of(ctx, key) if (ch := channel_of(c))}
    return set(known[key])


def _wrong_channels(right: str, used: set[str], seed: str, written: bool = False) -> list[str]:
    """Up to three generic channels of categories the source never used in the story, none of
    which could name the same act as the right one (``written``: the sentence says the words
    were written, so no written statement either)."""
    banned = used | {right} | _CLASHES.get(right, set())
    if written and right == _OUTLET:
        banned |= {"statement"}
    cats = sorted((c for c in _GENERIC if c not in banned), key=lambda c: digest(seed, c))
    return [_GENERIC[c] for c in cats[:3]]


# words wholly quoted, shown as spoken; a quoted fragment the story's own words go on from
# ("“validation” of the work had come, and that every patient …") is asked as a claim
_WHOLE_QUOTE = re.compile(r"“[^“”]*”[.,;:!?]*")


def _how_prompt(name: str, said: str, key: str = "") -> str:
    """The prompt of a channel question: "this statement" before quoted words, unless the key
    names a statement ("In a statement"), which the prompt's own word would give away: then
    "say this" (a neutral verb: the words may be a feeling or a hope, not a claim). Words that
    only open on a quoted fragment are asked as a claim ("make the claim that “validation” …")."""
    said = curly_quotes(said)  # "Harbour people" -> "“Harbour people”"
    if said.startswith("“") and _WHOLE_QUOTE.fullmatch(said):
        if re.search(r"\bstatements?\b", key, re.IGNORECASE):
            return f"According to the story, how did {name} say this: {said}?"
        return f"According to the story, how did {name} make this statement: {said}?"
    return f"According to the story, how did {name} make the claim that {said}?"


@register(KIND, "Sources", limit=4)
def build(ctx: Context) -> list[Question]:
    """Channel questions, then source-kind questions (one per source)."""
    return _channel_questions(ctx) + _kind_questions(ctx)


def _channel_questions(ctx: Context) -> list[Question]:
    out = []
    for claim in ctx.story.claims:
        channel = channel_of(claim)
        named = claim.source and is_usable(claim) and not nested(ctx, claim)
        named = named and is_claim(ctx, claim) and claim.stance != "characterizes"
        named = named and not _intent_or_request(ctx, claim)  # "the claim" it would not be
        named = named and not own_deed(claim)  # "it had ordered an assessment": an announcement
        named = named and not doubtful_source(ctx, claim) and not document_channel(ctx, claim)
        if named and claim.source and claim.source[:1].isupper():
            named = source_key(claim.source) in story_sources(ctx)  # not "As Ostra", a misread
        said = said_phrase(claim, ctx.text, keep_subject=True) if named and channel else None
        if not claim.source or not channel or not said:
            continue
        written = bool(_WRITTEN.search(ctx.claim_sentence(claim)))
        used = _categories(ctx, source_key(claim.source))
        wrong = _wrong_channels(channel[0], used, said, written)
        if len(wrong) < 2:
            continue
        name = display_for(ctx, claim.source)
        how = channel_words(ctx, claim)
        if how is None:
            continue  # the explanation could not point to the words that say how
        question = _question(
            ctx, claim, _how_prompt(name, said, channel[1]), channel[1], wrong, 1, how=how
        )
        out.append(question)
    return out


# what may stand before a channel's own word: a preposition (the phrase's start), a determiner
_CHANNEL_PREPS = frozenset("in on at via through during over to from".split())
_CHANNEL_DETS = frozenset("a an the his her its their".split())
_PHRASE_WORD = re.compile(r"[\w’'-]+")


def _channel_phrase(text: str, lo: int, start: int, end: int) -> str:
    """The channel's words found at start..end, with the preposition, determiner and up to two
    describing words before them ("in a written statement"), not a verb or a name before them
    ("said in a statement", never "Docks said in a statement")."""
    opener = text[start:end].split()[0].lower()
    if opener in _CHANNEL_PREPS:
        return " ".join(text[start:end].split())  # "in a statement": whole already
    first = pending = start  # describing words are kept once a determiner or preposition is met
    describing = opener not in _CHANNEL_DETS  # "a statement": no describing word before "a"
    for w in reversed(list(_PHRASE_WORD.finditer(text, max(lo, start - 60), start))[-4:]):
        if text[w.end() : pending].strip():
            break  # a comma or a quotation mark between: not one phrase
        low = w.group().lower()
        if low in _CHANNEL_PREPS:
            first = w.start()
            break
        if low in _CHANNEL_DETS and describing:
            first = pending = w.start()
            describing = False  # before a determiner, only its preposition
        elif describing and w.group().islower() and low not in _CHANNEL_PREPS:
            pending = w.start()
        else:
            break
    return " ".join(text[first:end].split())


def _who_words(ctx: Context, claim: Claim, cue: str) -> str:
    """The words that say who made a claim, when the cue words alone do not hold the source's
    name ("the words “Halden Docks” and “saying”" of "Halden Docks denied …, saying in a
    statement …"), else the cue words as named."""
    said = claim_cue_words(ctx, claim) if claim.cue else ""
    if not said or not claim.source_span or not claim.source_text or claim.source_text in said:
        return cue
    s, e = claim.sentence_span
    if not (s <= claim.source_span[0] and claim.source_span[1] <= e):
        return cue
    lo, hi = name_span(ctx.text, claim.source_span)
    who = " ".join(ctx.text[lo:hi].split())
    if not who or who in said or is_pronoun(who, at_start=True) or who in ("It", "it"):
        return cue
    return f"the words {quoted(who)} and {quoted(said)}"


def channel_words(ctx: Context, claim: Claim) -> str | None:
    """The story's words that say how a claim was made ("in a statement" of "X said in a
    statement that …"), "" when the cue words the explanation names already hold them ("X
    tweeted", "told the Gazette"), None when they are not found outside what is claimed."""
    said = claim_cue_words(ctx, claim) if claim.cue else ""
    channel = channel_of(claim)
    if channel is None:
        return None
    patterns = [p for p, category, _label in lexicon.table("channels") if category == channel[0]]
    if channel[0] == _OUTLET:
        m = _TOLD.search(claim.cue or "")
        patterns = [m.group(1)] if m else []
    s, e = claim.sentence_span
    cs, ce = claim.content_span
    regions = [(s, min(cs, e)), (max(ce, s), e)] if s <= cs < e else [(s, e)]
    for pattern in sorted(patterns, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(pattern)}(?!\w)", said, re.IGNORECASE):
            return ""  # "the words “X tweeted”": the cue words say how too
        word = re.compile(rf"(?<![\w’'-]){re.escape(pattern)}(?![\w’'-])", re.IGNORECASE)
        for lo, hi in regions:
            m = word.search(ctx.text, lo, hi)
            if m:
                tail = _CHANNEL_TAIL.match(ctx.text, m.end(), hi)
                end = tail.end(1) if tail else m.end()
                return _channel_phrase(ctx.text, lo, m.start(), end)
    return None


# where the channel was ("in a statement on its website", "at a news conference in Lund",
# "in a filing at the commercial court"): up to four words after a preposition and a
# determiner, up to "that", a comma or the end of the words outside what is claimed
_CHANNEL_TAIL = re.compile(
    r"(\s+(?:on|at|to|before|with|from|in|outside)\s+(?:its|the|his|her|their|a|an|our)"
    r"(?:\s+(?!that\b)[\w’'-]+){1,4}?)(?=\s+that\b|\s*[,;:—–]|\s*[“\"]|\s*$)"
)


def _kind_questions(ctx: Context) -> list[Question]:
    labels = dict((row[0], row[1]) for row in lexicon.table("source_kinds"))
    seen: set[str] = set()
    out: list[Question] = []
    for claim in ctx.story.claims:
        if len(out) == _MAX_KIND_QUESTIONS:
            break
        label = labels.get(claim.source_kind or "")
        if label and not shows_kind(ctx, claim.source or "", claim.source_kind or ""):
            continue  # the analysis gave the kind; the story's own words must show it too
        if claim.source_kind in ("government", "official") and _organisation_title(ctx, claim):
            continue  # "Dockers Union President Ana Ruiz" heads a union, not a government
        if label and kind_doubtful(ctx, claim):
            continue  # "a report by the ministry said", "the Ostran Medical Association"
        if claim.source_kind == "expert" and _SELF.match(strip_that(claim.content)):
            continue  # "a scientist, said she has been upset": her own life, not her field
        asserted = claim.stance == "asserts" and not nested(ctx, claim) and is_claim(ctx, claim)
        asserted = asserted and not document_channel(ctx, claim)  # "said in her audit": a record
        asserted = asserted and not _intent_or_request(ctx, claim) and not own_deed(claim)
        said = said_phrase(claim, ctx.text) if label and asserted else None
        said = _clean_said(said, _lower_words(ctx)) if said else None
        key = source_key(claim.source or claim.source_kind or "")
        if not label or not said or key in seen or label in seen:
            continue
        said = curly_quotes(said)
        if said.startswith("“") and _WHOLE_QUOTE.fullmatch(said):
            prompt = f"What kind of source does the story give for these words: {said}?"
        else:
            prompt = f"What kind of source does the story give for the claim that {said}?"
        if content_words(prompt) & _KIND_WORDS:
            continue
        if _names_source(ctx, claim, said):
            continue  # "the claim that the transport ministry was …": the prompt names the source
        role = _role_mention(ctx, claim) if needs_resolution(claim) else ""
        if role is None:
            continue  # "he told reporters": the explanation must say who "he" is, and as what
        seen |= {key, label}
        wrong = sorted({v for v in labels.values() if v != label})
        if _to_an_outlet(ctx, claim):  # "told Reuters": the words did come through an agency
            wrong = [w for w in wrong if w != labels.get("news agency")]
            if len(wrong) < 2:
                continue
        out.append(_question(ctx, claim, prompt, label, wrong[:3], 2, role))
    return out


_ROLE_MAX_WORDS = 10
# the words were given to a named outlet: "told Reuters", "told the AP", "in an interview with
# Bloomberg", "speaking to the Harbour Post"
_TO_OUTLET = re.compile(
    r"\b(?:told|tells|telling|speaking\s+(?:to|with)|spoke\s+(?:to|with)|interview(?:ed)?\s+(?:with|by)"
    r"|according\s+to)\s+(?:the\s+)?[A-Z]"
)


def _to_an_outlet(ctx: Context, claim: Claim) -> bool:
    """Whether a claim's words were given to a named outlet ("told Reuters", "in an interview
    with Bloomberg"): then "A news agency" is no plainly wrong option for its kind of source."""
    channel = channel_of(claim)
    if channel and channel[0] == _OUTLET:
        return True
    s, e = claim.sentence_span
    cs, ce = claim.content_span
    rest = ctx.text[s:cs] + " " + ctx.text[ce:e] if s <= cs < ce <= e else ctx.text[s:e]
    return _TO_OUTLET.search(rest) is not None


def _role_mention(ctx: Context, claim: Claim) -> str | None:
    """For a claim whose sentence names its source only by a pronoun (or not at all), the
    story's own mention of that source that holds the word of its kind ("Foreign Ministry
    spokesman Rui Tavares"), or None when no such mention names the source."""
    kind = claim.source_kind or ""
    if not claim.source or not kind:
        return None
    if kind in ("government", "official"):
        kind_words = lexicon.words("government_words")
    else:
        kind_words = frozenset(row[1] for row in lexicon.table("kind_words") if row[0] == kind)
    last = claim.source.split()[-1].lower()
    if not claim.source.split()[-1][:1].isupper() and not claim.source.startswith("the "):
        return None  # "two-term president": a role without even "the" to make it one person
    mentions = [claim.source] + [c.source_text or "" for c in claims_of(ctx, claim.source)]
    for mention in mentions:
        mention = " ".join(_RELATIVE_CUT.split(mention, maxsplit=1)[0].split()).strip(" ,")
        toks = [t.lower().removesuffix("’s").removesuffix("'s") for t in tokens(mention)]
        if not toks or len(toks) > _ROLE_MAX_WORDS or last not in toks:
            continue
        if len(toks) == 1 and is_pronoun(mention, at_start=True):
            continue
        if set(toks) & kind_words:
            return mention
    return None


def _intent_or_request(ctx: Context, claim: Claim) -> bool:
    """Whether what was said is the speaker's own pledge ("he would not raise taxes") or holds
    a request ("…, but we ask drivers to slow down"): not something claimed."""
    direct = claim.quote == "direct"
    return pledge(ctx.text, claim) or request_start(claim.content, direct) is not None


# A body's own deed or decision as its content ("it had ordered an assessment", "it was working
# with operators", "we would decide next week"): the body announces what it does, no claim to
# source-check. Not a state or a finding of its own ("it was not aware of", "it found no …").
_OWN_DEED = re.compile(
    r"[\W_]*(?:that\s+)?(?:it|we|they)\s+"
    r"(?:(?:had|has|have|was|were|is|are|would|will|had\s+been|has\s+been|have\s+been"
    r"|would\s+be|will\s+be)\s+)?"
    r"(?:(?:also|already|now|still|just|recently|since|then|soon|immediately|not|never)\s+)*"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_NOT_DEEDS = frozenset(
    "aware concerned worried satisfied pleased disappointed committed prepared determined"
    " convinced confident surprised shocked saddened alarmed interested involved opposed"
    " unaware based located owned founded called named required allowed entitled obliged"
    " found finding seen seeing saw received receiving known believed believing considered"
    " considering expected expecting hoped hoping noted noticed learned learnt heard hearing"
    " asked unable supposed".split()
)


def own_deed(claim: Claim) -> bool:
    """Whether a body (a source of a kind in ``THING_KINDS``) says what it itself did, does or
    will do ("The port authority said it had ordered an assessment and would decide next
    week"): the content opens on "it", "we" or "they" standing for the body, then a verb of
    action (a form in -ed or -ing, or a bare verb after a modal) that is no state or finding
    (``_NOT_DEEDS``). That is an announcement, not a claim whose source is to be checked."""
    if claim.source_kind not in THING_KINDS:
        return False
    m = _OWN_DEED.match(strip_that(claim.content))
    if m is None:
        return False
    subject = m.group(0).split()[0].lower().strip("\"“‘'")
    if subject == "they" and not (claim.source or "").lower().endswith("s"):
        return False  # "they" after "the ministry": someone else
    verb = m.group("verb").lower()
    if verb in _NOT_DEEDS:
        return False
    modal = re.search(r"\b(?:would|will)\s+(?:\w+\s+)*?" + verb + r"\b", m.group(0), re.I)
    return (len(verb) > 4 and verb.endswith(("ed", "ing"))) or modal is not None


def _names_source(ctx: Context, claim: Claim, said: str) -> bool:
    """Whether a prompt's words name the claim's source or its body: a capitalised word of the
    source's mentions written capitalised in it ("the Ostrian Transport Ministry was working
    …", "Dunn had …"), or a word of its mentions for a body or an office in any case ("the
    ministry" of "the ministry's spokesman", "the governor" of "a spokeswoman for the
    governor"). Then the prompt itself says what kind of source it is."""
    names, offices = _source_words(ctx, claim)
    for tok in tokens(said):
        low = re.sub(r"['’]s$", "", tok.lower())
        if low in offices or (tok[:1].isupper() and low in names):
            return True
    return False


def _source_words(ctx: Context, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The words by which the story names a claim's source, lower-cased: the capitalised words
    of its mentions ("ostrian", "transport", "ministry", "dunn"), and their words for a body or
    an office (``gen_body_heads.txt``, ``gen_org_heads.txt``, ``gen_government_words.txt``,
    ``gen_spokesperson_words.txt``). Read once per source (cached)."""
    known = ctx.cache.setdefault("source_words", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = (claim.source, claim.source_text)
    if key not in known:
        mentions = [claim.source or "", claim.source_text or ""]
        info = story_sources(ctx).get(source_key(claim.source or ""))
        if info is not None:
            mentions += info.mentions
        stop = lexicon.words("stopwords")
        body = (
            lexicon.words("body_heads")
            | lexicon.words("org_heads")
            | lexicon.words("government_words")
            | lexicon.words("spokesperson_words")
        )
        names, offices = set(), set()
        for tok in tokens(" ".join(mentions)):
            low = re.sub(r"['’]s$", "", tok.lower())
            if tok[:1].isupper() and low not in stop and len(low) > 1:
                names.add(low)
            if low in body:
                offices.add(low)
        known[key] = (frozenset(names), frozenset(offices))
    return known[key]


_RELATIVE_CUT = re.compile(r",?\s+(?:who|which|whose)|\s+\(")


def _pronoun_cue(ctx: Context, claim: Claim, role: str) -> str:
    """The cue words with the pronoun's person and role named after them ("the words “he told
    reporters” — “he” being Foreign Ministry spokesman Rui Tavares —")."""
    pron = (claim.source_text or "").strip()
    if not claim.cue:
        return f"the quotation carries on the words of {role} from just before it"
    if pron:
        return f"{cue_of(ctx, claim)} — {quoted(pron)} being {role} —"
    return f"{cue_of(ctx, claim)} — said by {role} —"


# a content about the speaker herself ("she has been upset", "I was there"): no expertise
_SELF = re.compile(r"[“\"‘']?(?:he|she|i|we|my|our|his|her)\b", re.IGNORECASE)
_TITLES = frozenset({"president", "chancellor", "chairman", "chairwoman", "director"})
_BEFORE_TITLE = frozenset({"vice", "the", "a", "an", "former", "deputy", "acting", "prime"})
_SUBORDINATE = re.compile(r"^(?:while|although|though|because|if|unless|since|whereas)\b", re.I)
_INNER_CUE = re.compile(r"[”’\"']\s*,?\s*[^,;]{0,40}?\b(?:said|says|added|wrote)\b")


def _organisation_title(ctx: Context, claim: Claim) -> bool:
    """Whether a source's mention gives them an organisation's title ("Acme president Jane Doe",
    "Dockers Union President Jane Doe"): a capitalised word before the title that is no country.
    Read once per source of the story (cached), so that thousands of claims stay linear."""
    known = ctx.cache.setdefault("organisation_title", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = source_key(claim.source or "")
    if key not in known:
        mentions = {c.source_text or "" for c in claims_of(ctx, key)}
        known[key] = any(_titled(m) for m in mentions)
    return bool(known[key]) or _titled(claim.source_text or "")


def _titled(mention: str) -> bool:
    """Whether one mention holds "<Capitalised word> president" and the word is no country."""
    toks = mention.split()
    for prev, tok in zip(toks, toks[1:], strict=False):
        low = prev.lower().strip(",")
        if tok.lower() in _TITLES and (prev[:1].isupper() or prev[:1].isdigit()):
            if low not in countries() and low not in _BEFORE_TITLE:
                return True
    return False


def _lower_words(ctx: Context) -> frozenset[str]:
    """The words the story writes in lower case (read once per story, cached)."""
    known = ctx.cache.get("lower_words")
    if not isinstance(known, frozenset):
        known = frozenset(re.findall(r"\b[a-z][a-z’'-]*\b", ctx.text))
        ctx.cache["lower_words"] = known
    return known


def _clean_said(said: str, lower: frozenset[str] = frozenset()) -> str | None:
    """A claim phrase fit for a prompt, or None: not a side clause ("while most of those
    were …"), not a quotation carrying its own speaker ("… ''He would have …,'' X said"); a
    determiner that opened the sentence loses its capital ("that A couple were …"), and so
    does a common word (one the story also writes in lower case, or a vague source word such as
    "critics") that is no name ("that People should …" -> "that people should …")."""
    if _SUBORDINATE.match(said) or _INNER_CUE.search(said):
        return None
    first = said.split(" ", 1)[0]
    if first in ("A", "An", "The", "Some", "Many", "Most", "Two", "Three"):
        said = first.lower() + said[len(first) :]
    elif len(first) > 1 and first[:1].isupper() and first[1:].islower() and first.isalpha():
        rest = said[len(first) :].split(" ", 2)
        nxt = rest[1] if len(rest) > 1 else ""
        name = nxt[:1].isupper() or first in GIVEN_NAMES  # "Bill Ames", "Rose"
        common = lexicon.words("generic_sources") | lexicon.words("stopwords")
        if (first.lower() in lower or first.lower() in common) and not name:
            said = first.lower() + said[len(first) :]
    return said


def _question(
    ctx: Context,
    claim: Claim,
    prompt: str,
    right: str,
    wrong: list[str],
    difficulty: int,
    role: str = "",
    how: str = "",
) -> Question:
    sentence = ctx.claim_sentence(claim).strip()
    cue = _pronoun_cue(ctx, claim, role) if role else cue_of(ctx, claim)
    tells = "tell" if cue.startswith("the words ") else "tells"  # "the words “X said” tell you"
    if role and cue.startswith("the quotation "):
        tells = ", which tells"  # "the quotation carries on … from just before it, which tells"
    gap = "" if tells.startswith(",") else " "
    answer = right[:1].lower() + right[1:]
    if how:  # "X said" says who, "in a statement" says how: each named by its own words
        cue = _who_words(ctx, claim, cue)
        tells = "tell" if cue.startswith("the words ") else tells
        shows = "tell" if len(how.split()) > 1 else "tells"  # "the words “in a statement” tell"
        explanation = (
            f"The story says: {quoted(sentence)} — {cue}{gap}{tells} you who the source is, "
            f"and {cue_words(how)} {shows} you how the claim was made: {answer}."
        )
    else:
        explanation = (
            f"The story says: {quoted(sentence)} — {cue}{gap}{tells} you who "
            f"the source is and how the story knows: {answer}."
        )
    return make_question(
        ctx,
        KIND,
        prompt=prompt,
        right=right,
        wrong=wrong,
        explanation=explanation,
        evidence=ctx.claim_evidence(claim),
        difficulty=difficulty,
        key=(prompt[:40], claim.content_span),
    )
