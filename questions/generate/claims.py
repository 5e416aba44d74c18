"""Claims as phrases for prompts and options, and wrong options drawn from a story's claims."""

from __future__ import annotations

import bisect
import re

from questions.cohesion import stem
from questions.generate import lexicon
from questions.generate.explain import quoted
from questions.generate.registry import Context
from questions.generate.sources import (
    SourceInfo,
    conflicts,
    is_record,
    overlaps,
    source_key,
    story_sources,
)
from questions.generate.text import (
    content_words,
    drop_outlet_aside,
    is_clause,
    leans_back,
    leans_on_before,
    lower_positional,
    not_a_sentence,
    opens_clause,
    other_attribution,
    points_back,
    quotes_balanced,
    replace_leading_pronoun,
    resolved_in_quote,
    strip_edges,
    strip_that,
    unresolved_pronoun,
    unwrap_quote,
    without_opening_determiner,
    word_count,
)
from questions.model import Claim

_NEGATED_CUE = re.compile(
    r"(?:\b(?:not|never|declined\s+to|refused\s+to|yet\s+to|unwilling\s+to)|n[’']t)"
    r"\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_TRAILING_COMMA_QUOTE = re.compile(r"[,;:]([”\"])$")  # 'have "very different goals,"'
_SHARE_OF = re.compile(r"\d\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FIGURE_SOURCE = re.compile(
    r"\W*(?:about|nearly|almost|some|just|over|only)?\s*\d[\d.,]*\s*(?:%|percent|per\s+cent)",
    re.IGNORECASE,
)
# a share of those asked as a subject: "majorities in all three towns", "most of the shoppers",
# "half of voters", "two-thirds", "one in four", "a plurality"
_SHARE_SUBJECT = re.compile(
    r"\W*(?:(?:about|nearly|almost|roughly|some|just|over|only|more\s+than|fewer\s+than"
    r"|less\s+than|at\s+least|a|the|clear|narrow|large|slim|big)\s+)*"
    r"(?:majority|majorities|most|half|plurality|pluralities|(?:a|one|two)[\s-]+thirds?"
    r"|(?:a|one|three)[\s-]+quarters?|(?:one|two|three|four|five|six|seven|eight|nine|\d+)"
    r"\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three))\b",
    re.IGNORECASE,
)
_POLL_WORDS = re.compile(
    r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents|questionnaire)\b",
    re.IGNORECASE,
)


def _share_subject(words: str) -> bool:
    """Whether a subject is a share of people ("most of the shoppers"), not "the most senior
    official"."""
    m = _SHARE_SUBJECT.match(words)
    return m is not None and re.search(r"\b(?:the|a)\s+most\b", m.group(0), re.I) is None


def _about_a_poll(ctx: Context, claim: Claim) -> bool:
    """Whether a poll or survey is named in the claim's sentence or the one before or after."""
    start, end = claim.sentence_span
    near = [ctx.sentence_before(start), ctx.sentence_after(end)]
    texts = [ctx.text[start:end]] + [s.text for s in near if s is not None]
    return any(_POLL_WORDS.search(t) for t in texts)


_EMBEDDED_QUESTION = re.compile(r"\b(?:what|whether|how|why|which|who|if)\s*$", re.IGNORECASE)
_NOT_PROPOSITION = re.compile(
    r"^\W*(?:about\s+|on\s+)?(?:whether|if|to|for|how|why|when|where|what|which)\b"
    r"|^\W*(?-i:about|over|against)\s+(?!\d)",
    re.I,
)  # "asked whether …", "joked about moving abroad": no proposition of its own
# "added that she hoped another shop would open": a hope reported in the speaker's own words
_HOPE_CONTENT = re.compile(
    r"^(?:that\s+)?(?:he|she|they|we|I|it)\s+(?:had\s+)?(?:hoped|hopes|hope|wished|wishes"
    r"|wanted|wants|would\s+like|prayed|prays)\b",
    re.I,
)


_ACT_CUES = frozenset(
    {"announced", "announces", "announce", "unveiled", "unveils", "released", "releases"}
    | {"launched", "launches", "introduced", "introduces", "issued", "issues", "filed"}
    | {"declared", "declares"}
)
_ACT_OBJECTS = frozenset({"a", "an", "the", "its", "his", "her", "their", "new", "plans"})


# A cue of doubt: what follows is what the holder does NOT believe ("Several growers doubt that
# the rains will come"), so it is never offered as what they claim (denials have their own kinds)
_DOUBT_CUES = frozenset(
    {"doubt", "doubts", "doubted", "doubting", "doubtful", "skeptical", "sceptical"}
    | {"unconvinced", "disbelieve", "disbelieves", "disbelieved", "question", "questions"}
    | {"questioned", "questioning"}
)
# An imperative or rhetorical invitation asserts nothing ("Imagine how quiet the square would
# be …", "Picture a town where …", "Think about what that costs"): not a claim
_RHETORICAL = re.compile(
    r"^[\W_]*(?:(?:just|so|now)[,\s]+)?(?:imagine\b|suppose\b|think\s+(?:about|of)\b"
    r"|picture\s+(?:how|what|this|that|it|yourself|a|an|the|if|being|where|when)\b"
    r"|look\s+at\b)",
    re.IGNORECASE,
)


def doubted(claim: Claim) -> bool:
    """Whether the cue is one of doubt ("doubt that …", "are skeptical that …"): the content is
    what the holder disbelieves, the opposite of their claim."""
    words = re.findall(r"[a-z]+", (claim.cue or "").lower())
    return bool(words) and (words[-1] in _DOUBT_CUES or words[0] in _DOUBT_CUES)


def rhetorical(content: str) -> bool:
    """Whether a statement is an imperative or rhetorical invitation ("Imagine …", "Picture how
    …", "Think about …"), which asserts nothing."""
    return _RHETORICAL.match(content) is not None


def is_claim(ctx: Context, claim: Claim) -> bool:
    """Whether a claim asserts something of its own: not a wish, request or plan ("urged",
    "hopes", "called for"), not negated ("has not said whether"), not a question ("asked
    whether"), not doubted ("doubt that …"), not an invitation ("Imagine …"), and not the
    record of a document."""
    if is_record(claim) or _NOT_PROPOSITION.match(claim.content):
        return False
    if doubted(claim) or rhetorical(claim.content):
        return False  # "doubt that there will be change": the opposite is what they hold
    if claim.quote != "direct" and _HOPE_CONTENT.match(claim.content):
        return False  # "added that she hoped …": a hope, not a proposition
    first = claim.content.split()[:1]
    if first and first[0].islower() and first[0].endswith("ed"):
        return False  # "Many Mexicans felt betrayed when …": a feeling, not a proposition
    if not_a_sentence(ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]):
        return False  # a list item, a headline, page furniture
    if claim.line in ctx.story.headings:
        return False  # "City council rejects claim that water plant is unsafe": headlinese
    cue = (claim.cue or "").lower().split()
    if cue == [":"] and claim.source_kind not in ("person", "official", "expert"):
        return False  # "The Latest: Trump’s taxes …", "The Gap Goes On: …": a label, not a speaker
    if cue and cue[-1] in _ACT_CUES and claim.quote != "direct":
        first_word = claim.content.lstrip("“\"‘' ").split()[:1]
        if first_word and first_word[0].lower() in _ACT_OBJECTS:
            return False  # "announced a new tariff on …": an act, not something claimed
    nonclaim = lexicon.words("nonclaim_cues")
    if cue and (cue[-1] in nonclaim or " ".join(cue[-2:]) in nonclaim or cue[0] in nonclaim):
        return False
    if _FIGURE_SOURCE.match(claim.source_text or ""):
        return False  # "63 percent said …": a poll's figure, not someone's claim
    if claim.source_span and _SHARE_OF.search(
        ctx.text[max(claim.sentence_span[0], claim.source_span[0] - 30) : claim.source_span[0]]
    ):
        return False  # "12% of Democrats say": a poll's figure, not someone's claim
    if _share_subject(claim.source_text or "") and _about_a_poll(ctx, claim):
        return False  # "most in all three towns say …", by a survey: its figure, not a claim
    first_mark = (
        min(s[0] for s in (claim.source_span, claim.cue_span) if s)
        if (claim.source_span or claim.cue_span)
        else None
    )
    if first_mark is not None:
        before = ctx.text[claim.sentence_span[0] : first_mark]
        if _EMBEDDED_QUESTION.search(before):
            return False  # "We asked readers what they thought …": a question, not a claim
    opening = claim.content.lstrip("“\"‘'` ").split()[:1]
    if opening and opening[0] in _SUBJECTLESS:
        return False  # "The club’s pool, Doe said, ‘is the clearest sign’": the subject is cut off
    if content_cut_by_cue(ctx.text, claim):
        return False  # "The bill bans waivers - a rule, Doe said, that …": half of what was said
    if claim.cue_span:
        start = claim.cue_span[0]
        before = ctx.text[max(claim.sentence_span[0], start - 40) : start]
        if _NEGATED_CUE.search(before) or _NEGATED_CUE.search(" ".join(cue) + " "):
            return False
    return True


_SUBJECTLESS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should"}
    | {"may", "might", "must", "does", "do", "did", "isn't", "wasn't", "won't", "can't"}
)
_ABOUT_THE_SOURCE = frozenset(
    {"a", "an", "the", "who", "whose", "which", "his", "her", "its", "their", "one", "itself"}
)
_SAID_INSIDE = re.compile(
    r"[”\"’']?,\s+(?:he|she|they|it|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:said|says|added|wrote|noted|argued|insisted|explained),\s*[“\"‘]?[a-z]"
)
_GOES_ON = re.compile(r",\s+([a-z][a-z’'-]*)")


def content_cut_by_cue(text: str, claim: Claim) -> bool:
    """Whether the attribution stands inside what was said and the sentence goes on after it
    with the rest ("The bill bans waivers - a rule, Doe said, that keeps Congress in charge."),
    while the content stops at the attribution: then the content is half a statement."""
    if not claim.cue_span or not claim.source_span or claim.quote == "direct":
        return False
    if _SAID_INSIDE.match(text, claim.content_span[1], claim.sentence_span[1]):
        return True  # "… won a vote each, which is a result, she said, “we saw coming”"
    mark_start = min(claim.cue_span[0], claim.source_span[0])
    mark_end = max(claim.cue_span[1], claim.source_span[1])
    if claim.content_span[1] > mark_start or mark_end >= claim.sentence_span[1]:
        return False
    m = _GOES_ON.match(text, mark_end, claim.sentence_span[1])
    if not m or m.group(1).endswith("ing") or m.group(1) in _ABOUT_THE_SOURCE:
        return False  # "…, Doe said, adding …"; "…, said Doe, a professor who …"
    return True


def recipient_in_content(text: str, claim: Claim) -> bool:
    """Whether the content wrongly starts with the person told ("told the agency on May 9 that
    ..."): a verb such as "told" directly followed by the content, with no "that" between."""
    if not claim.cue or not claim.cue_span or not text:
        return False
    if claim.cue.split()[-1].lower() not in lexicon.words("recipient_verbs"):
        return False
    between = text[claim.cue_span[1] : claim.content_span[0]]
    return claim.content_span[0] >= claim.cue_span[1] and not re.search(r"\bthat\b|:", between)


def nested(ctx: Context, claim: Claim) -> bool:
    """Whether a claim sits inside another claim's content ("According to ND, the statement
    confirmed that Tsipras wanted ..."): then the outer source is the one the story quotes."""
    mark = claim.cue_span or claim.source_span
    if mark is None:
        return False
    for other in ctx.claims_in(claim.sentence_span):
        if other is not claim:
            s, e = other.content_span
            if s <= mark[0] and mark[1] <= e:
                return True
    return False


# "guards had fired …", "ground crews had warned …": a bare plural subject and a finite verb
_BARE_PLURAL = re.compile(
    r"(?:[a-z]{3,}\s+)?(?![a-z]*(?:ss|us|ways|times|wards|haps|less)\b)[a-z]{3,}s\s+"
    r"(?:had|have|were|are|would|will|could|did|do|might|may)\s+[a-z]"
)


def clause_phrase(claim: Claim, text: str = "", bare_plural: bool = False) -> str | None:
    """What a claim says, as a phrase for the prompt ("that X was Y" or "any involvement in Z").

    With ``bare_plural`` a clause may also open with a bare plural subject and its finite verb
    ("guards had fired …"), which a claim named by a later "the charge" or "neither claim" is
    read with; other prompts keep to clauses opening with a determiner or a capital."""
    if claim.quote == "direct" or recipient_in_content(text, claim):
        return None
    if ambiguous_pronoun(text, claim):
        return None
    content = strip_edges(drop_outlet_aside(strip_edges(claim.content)))
    if claim.source:
        content = replace_leading_pronoun(strip_that(content), claim.source, claim.source_kind)
    if not 4 <= word_count(content) <= 35 or not quotes_balanced(content):
        return None
    if other_attribution(content):
        return None  # "… in May, while engineers said …": two sources' words in one clause
    bare = bare_plural and _BARE_PLURAL.match(content) is not None
    if unresolved_pronoun(content) or not (opens_clause(content) or bare):
        return None
    if points_back(content):
        return None  # "that Both were unharmed", "that a second was darted": of what, alone?
    if content[:1].isupper() and not _starts_with_name(content):
        return None
    content = lower_positional(content, text)
    return f"that {content}" if is_clause(content) else content


def _starts_with_name(text: str) -> bool:
    """Whether a clause opens with a capitalised name rather than a sentence-initial capital."""
    first = text.split()[0]
    return first[:1].isupper() and first.lower() not in {"the", "a", "an", "it", "this", "that"}


NEAREST_CLAUSES = 100  # wrong options are chosen among this many asserted clauses nearest
MAX_OWN_CLAIMS = 50  # a source with more claims of the anchor's stance: no question


def _asserted_clauses(ctx: Context) -> tuple[list[int], list[tuple[Claim, str]]]:
    """The story's asserted claims that make a "that" clause, with those clauses, in line
    order, and their lines (worked out once per story)."""
    found = ctx.cache.get("asserted_clauses")
    if found is None:
        pairs = []
        for c in sorted(ctx.story.claims, key=lambda c: (c.line, c.content_span)):
            phrase = clause_phrase(c, ctx.text) if c.stance == "asserts" else None
            if phrase and phrase.startswith("that ") and not _unfit_option(phrase):
                pairs.append((c, phrase))
        found = ctx.cache["asserted_clauses"] = ([c.line for c, _ in pairs], pairs)
    assert isinstance(found, tuple)  # noqa: S101 - the cache's own entry
    return found


_DANGLING = frozenset(
    {"not", "did", "does", "do", "is", "was", "were", "are", "would", "will", "can", "could"}
    | {"has", "have", "had", "should", "to", "that", "and", "or", "but"}
)


# A subordinate clause inside a "that" clause: what comes before it must be a clause of its own.
_SUBORDINATE = re.compile(
    r"(?<![,;])\s(?:when|while|because|after|before|until|since|if|where|though|although|unless)\s",
    re.IGNORECASE,
)


def _unfit_option(phrase: str) -> bool:
    """Whether a clause is unfit as a wrong option: it holds a quotation or its own attribution
    ("…,'' Mr. Pence said"), it stops on an auxiliary ("that Ben Carson did not"), or it is a
    noun phrase with a subordinate clause ("that the mayor's remarks when the strike began")."""
    if re.search(r"''|``|[,.?!][”\"]|\b(?:said|says)\s*$", phrase):
        return True  # a whole quotation with its attribution, not a clause of the story
    words = phrase.rstrip(" .,;:").split()
    if bool(words) and words[-1].lower() in _DANGLING:
        return True
    if leans_back(phrase):
        return True  # "that the board had investigated those reports": which, alone?
    body = phrase[5:] if phrase.startswith("that ") else phrase
    sub = _SUBORDINATE.search(body)
    if sub is None or sub.start() == 0 or is_clause(body[: sub.start()]):
        return False
    return not _second_verb(body[sub.end() :])  # "… when the strike began were unfair" is fit


def _second_verb(text: str) -> bool:
    """Whether a finite verb follows the first one ("the strike began | were unfair")."""
    words = text.split()
    for k in range(1, len(words) + 1):
        if is_clause(" ".join(words[:k])):
            return is_clause(" ".join(words[k:]))
    return False


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def other_clauses(
    ctx: Context, anchor: Claim, info: SourceInfo, *, others_only: bool = False
) -> list[str]:
    """Up to three clauses asserted in the story that are not what ``anchor`` says or denies,
    other sources' first and those about as long as the anchor's own clause first (chosen
    among the ``NEAREST_CLAUSES`` nearest the anchor, so the work per question is bounded).
    With ``others_only`` never the source's own clauses nor those of a source tied to it (its
    spokesman, an officer of its force): "what did the police confirm?" is not answered wrong
    by what the police spokesman said."""
    same_stance = [c for c in info.claims if c.stance == anchor.stance] + [anchor]
    if len(same_stance) > MAX_OWN_CLAIMS:
        return []
    key = clause_phrase(anchor, ctx.text) or strip_that(strip_edges(anchor.content))
    size = word_count(key)
    lines, pairs = _asserted_clauses(ctx)
    at = bisect.bisect_left(lines, anchor.line)
    half = NEAREST_CLAUSES // 2
    lo = max(0, min(at - half, len(pairs) - NEAREST_CLAUSES))
    found = []
    for c, phrase in pairs[lo : lo + NEAREST_CLAUSES]:
        if word_count(phrase) > max(2 * size + 4, 24):
            continue
        if any(overlaps(c.content, d.content) for d in same_stance):
            continue
        mine = source_key(c.source or "") == info.key
        if others_only and (mine or _tied(ctx, c, info)):
            continue
        if mine and c.sentence_span == anchor.sentence_span:
            continue  # "rejected the idea that A and said that B": B is said beside the denial
        if _SPACED_DASH.search(phrase):
            continue  # "that A - the candidate began …": a clause run on past a dash
        if same_matter(phrase, key):
            continue  # "staffing levels had contributed …" beside "… a staffing shortage"
        found.append((mine, abs(word_count(phrase) - size), abs(c.line - anchor.line), phrase))
    out: list[str] = []
    for *_, phrase in sorted(found):
        if phrase not in out and not any(overlaps(phrase, o) for o in out):
            out.append(phrase)
            if len(out) == 3:
                break
    return out


# the words that end a clause's subject: its first auxiliary or finite verb
_SUBJECT_END = re.compile(
    r"(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|may|might|should|must"
    r"|[a-z]+ed)$"
)


def _subject_stems(clause: str) -> frozenset[str]:
    """The stemmed content words of a clause's subject: those before its first auxiliary or
    verb in ``-ed``, within its first six words ("staffing levels had …" -> {"staff", "level"});
    none when no such verb is found there."""
    words = strip_that(clause).split()[:7]
    for k, word in enumerate(words):
        if k and _SUBJECT_END.match(word.lower().strip(",;:")):
            return frozenset(filter(None, map(stem, words[:k])))
    return frozenset()


def same_matter(option: str, key: str) -> bool:
    """Whether a wrong option is about the very matter of the key, so that it may be right too:
    it shares two stemmed content words with the key ("the units had shut down" beside "two
    generating units … had tripped offline" share one; "a deeper staffing shortage" beside
    "staffing levels had contributed …" one), or any word of the key's subject ("units",
    "staffing"). A denial's own answer to the claim it denies, or a confirmation of the event
    another clause reports, is never a wrong option beside it."""
    mine = frozenset(filter(None, map(stem, re.findall(r"[A-Za-z][A-Za-z’'-]*", option))))
    theirs = frozenset(filter(None, map(stem, re.findall(r"[A-Za-z][A-Za-z’'-]*", key))))
    return len(mine & theirs) >= 2 or bool(_subject_stems(key) & mine)


_WHOLE_GOVERNMENT = frozenset({"government", "administration", "cabinet", "the"})


def _tied(ctx: Context, claim: Claim, info: SourceInfo) -> bool:
    """Whether a claim's source may speak for ``info``'s source: the two conflict as options
    (``sources.conflicts``: a shared name word, a tie of role), or, for a source that is no
    option, its mention shares a word with ``info``'s names ("a police spokesman")."""
    other = story_sources(ctx).get(source_key(claim.source or ""))
    if other is not None:
        if {other.kind, info.kind} == {"official", "government"}:
            body = other if other.kind == "government" else info
            if body.words <= _WHOLE_GOVERNMENT:
                return True  # a minister speaks for "the government"
            return bool((other.words & info.words) - {"the"} or other.groups & info.groups)
        return conflicts(other, info)  # not for "the police", whose words are its own
    mention = f"{claim.source or ''} {claim.source_text or ''}"
    return bool(content_words(mention) & info.words)


# a title and a name ("Mr. Reed"); with two capitalised words ("Tom Hale"), another person's name
_TITLED = r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|President|Senator)\.?\s+[A-Z]"
_TITLED_NAME = re.compile(_TITLED)
_OTHER_NAME = re.compile(_TITLED + r"|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
_LEADING_PERSONAL = re.compile(r"^\W*(?:that\s+)?(he|she|they|his|her|their|him|them)\b", re.I)


def ambiguous_pronoun(text: str, claim: Claim, description: bool = True) -> bool:
    """Whether the content opens with a personal pronoun and another name stands between the
    source and the content ("Reed grew angry with Mr. Hale, finally saying he would
    ruin the club": "he" is Hale), so that the pronoun may not be the source.

    With ``description`` a titled name in the source's own description counts too ("Tom Hale,
    who had argued with Mr. Reed, said that he …"); a prompt that keeps the pronoun right after
    the source's name passes False, since it names no one for the pronoun."""
    lead = _LEADING_PERSONAL.match(claim.content)
    if not text or not claim.source_span or not lead:
        return False
    if claim.source_span[1] > claim.content_span[0]:
        return False
    between = text[claim.source_span[1] : claim.content_span[0]]
    if _OTHER_NAME.search(between) or (description and _rival_in_description(text, claim)):
        return True
    # "Doe, ..., telling her on stage that she must ...": "she" is the one told
    told = {m.group(1).lower() for m in _OBJECT_PERSONAL.finditer(between)}
    return _OBJECT_OF.get(lead.group(1).lower()) in told


def _rival_in_description(text: str, claim: Claim) -> bool:
    """Whether a title and name stand in the source's own description, after its name ("Tom Hale,
    who had argued with Mr. Reed, said that he …": "he" may be Reed)."""
    if claim.source_span is None:
        return False
    described = text[claim.source_span[0] : claim.source_span[1]]
    name = (claim.source or "").strip()
    at = described.find(name) if name else -1
    if at < 0:
        return False
    return bool(_TITLED_NAME.search(described[at + len(name) :]))


_OBJECT_OF = {
    "he": "him",
    "his": "him",
    "she": "her",
    "her": "her",
    "they": "them",
    "their": "them",
}


_OBJECT_PERSONAL = re.compile(
    r"\b(?:told|tell|tells|telling|asked|asking|urged|urging|warned|warning|reminded|reminding"
    r"|assured|assuring|informed|informing|promised|promising)\s+(her|him|them)\b"
)  # the one told, not a possessive ("said in her speech that she …" stays hers)


def content_after_cue(claim: Claim) -> bool:
    """Whether the content follows its cue ("Russia said it would…"). Only then does an opening
    pronoun stand for the source; in "It does not answer whether…, as police have said" the "it"
    is something the story named before."""
    return claim.cue_span is None or claim.content_span[0] >= claim.cue_span[1]


def said_phrase(claim: Claim, text: str = "", keep_subject: bool = False) -> str | None:
    """What the source said, ready for the prompt: a quotation or a "that" clause, or None.

    An opening pronoun that stands for the source ("Russia said it would...") is replaced by the
    source's name, or, with ``keep_subject`` (the prompt names the source just before), kept."""
    content = strip_edges(claim.content)
    if claim.quote != "direct":
        content = strip_edges(drop_outlet_aside(content))
    content = _TRAILING_COMMA_QUOTE.sub(r"\1", content)
    if not quotes_balanced(content) or not is_clause(content) or recipient_in_content(text, claim):
        return None
    if claim.quote == "direct":
        inner = strip_edges(unwrap_quote(content))
        if not 6 <= word_count(inner) <= 40 or inner[:1].islower() or inner[:1] in "‘'":
            return None  # "‘The real issue is …": a quotation mark left over
        if leans_on_before(inner):
            return None  # "And I did it better than anyone": the sentence before is missing
        # "“Dr Lund told us she would resign”": a "she" whose antecedent the quotation names
        spoken = resolved_in_quote(_third_person_only(without_opening_determiner(inner)))
        bad = unresolved_pronoun(spoken, allow_it=True)
        return None if bad else quoted(inner)
    if ambiguous_pronoun(text, claim, description=not keep_subject):
        return None
    original = strip_that(content)
    if other_attribution(original):
        return None  # "… in May, while engineers said …": two sources' words in one clause
    clause = original
    if claim.source and content_after_cue(claim):
        clause = replace_leading_pronoun(clause, claim.source, claim.source_kind)
    if not 6 <= word_count(clause) <= 40 or unresolved_pronoun(clause) or not opens_clause(clause):
        return None
    if points_back(clause):
        return None  # "the claim that a second was darted in woodland": a second what?
    if lexicon.phrase_regex("subordinators").match(clause) and "," not in clause:
        return None  # "Because of how the schedule was drawn, explained Doe, “…”": no claim
    return original if keep_subject and clause != original else lower_positional(clause, text)


def _third_person_only(text: str) -> str:
    """A quotation with its first-person words blanked ("I", "we" are fine inside a quote)."""
    first = {"i", "me", "my", "we", "us", "our", "you", "your"}
    return " ".join("x" if w.strip(",.;:!?’”").lower() in first else w for w in text.split())
