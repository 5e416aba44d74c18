"""Claims as phrases for prompts and options, and wrong options drawn from a story's claims."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

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
    PERSON_KINDS,
    PRONOUN_GENDER,
    THING_KINDS,
    content_words,
    drop_outlet_aside,
    given_genders,
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
    source_gender,
    strip_edges,
    strip_that,
    unresolved_pronoun,
    unwrap_quote,
    without_opening_determiner,
    word_count,
)
from questions.model import Claim, Sentence, Span

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


def recut(claim: Claim, m: re.Match[str], at: int, what: str, **changes: str) -> Claim:
    """The claim with its cue and content read again from ``m``, a match of the text that
    starts at offset ``at`` (its group "cue" and its group ``what``), and ``changes``."""
    return replace(
        claim,
        cue=m.group("cue"),
        cue_span=(at + m.start("cue"), at + m.end("cue")),
        content=m.group(what),
        content_span=(at + m.start(what), at + m.end(what)),
        **changes,  # type: ignore[arg-type]
    )


def outlet_claim(
    sentence: Sentence,
    content: str,
    content_span: Span,
    cue: str | None = None,
    cue_span: Span | None = None,
) -> Claim:
    """What the outlet itself states in ``sentence`` as a claim of no source (an antecedent a
    question points back to: "charged with fraud", "the documents seen by the paper")."""
    return Claim(
        line=sentence.line,
        sentence=sentence.text,
        sentence_span=sentence.span,
        source=None,
        source_text=None,
        source_span=None,
        source_kind=None,
        cue=cue,
        cue_span=cue_span,
        content=content,
        content_span=content_span,
        stance="asserts",
        quote="indirect",
    )


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

# "said he was confident that the governor would …", "is sure they will win": a confidence or
# hope about what is yet to come, an expectation rather than a claim of what is so
_EXPECT_CONTENT = re.compile(
    r"^[\W_]*(?:that\s+)?(?:he|she|they|we|I|it|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+"
    r"(?:was|is|were|are|am|remains?|remained|felt|feels|[’']s|[’']m|[’']re)\s+"
    r"(?:(?:very|quite|fully|increasingly|still|now|so)\s+)?"
    r"(?:confident|hopeful|optimistic|sure|certain|convinced|positive)\b"
    r"(?=.{0,200}?\b(?:would|will|could|can|[’']ll|going\s+to|soon)\b)",
)
_BARE_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its"})
# banter: said laughing, with a grin, jokingly, in jest (the cue's words around it, outside what
# is claimed): a joke is not a claim
_JOKING = re.compile(
    r"\b(?:with\s+a\s+(?:laugh|chuckle|grin|wink|smirk)|laughing(?!\s+off)|chuckling|jokingly"
    r"|half-jokingly|in\s+jest|playfully|teasingly|mockingly|tongue[-\s]in[-\s]cheek"
    r"|(?:only\s+)?half\s+joking)\b",
    re.IGNORECASE,
)


def joking(text: str, claim: Claim) -> bool:
    """Whether the claim's sentence, outside what is claimed, says it was said as a joke
    ("…,” Doe shot back with a laugh", "Reed said jokingly that …")."""
    s, e = claim.sentence_span
    cs, ce = claim.content_span
    if s <= cs < ce <= e:
        rest = text[s:cs] + " " + text[ce:e]
    else:
        rest = text[s:e]
    return _JOKING.search(rest) is not None


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
    if (claim.source or "").strip().lower() in _BARE_DETERMINERS:
        return False  # "According to an old copy of its site, …": a source cut to "an"
    if _EXPECT_CONTENT.match(claim.content):
        return False  # "he was confident that Ruiz would …": an expectation, not a claim
    if joking(ctx.text, claim):
        return False  # "…,” Doe shot back with a laugh": banter, not a claim
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
    after = (claim.cue or "").lower().startswith("according")
    if claim.source and not after:  # "It is the second …, according to officials": not theirs
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


# a quantifier standing for things named before it, as a clause's subject ("Both were …")
_STANDS_FOR = re.compile(
    r"(?:that\s+)?(?:both|neither|either|each|all|none)\s+(?:were|was|are|is|had|have|has|did"
    r"|would|will|could|remain|remained)\b",
    re.IGNORECASE,
)


def _unfit_option(phrase: str) -> bool:
    """Whether a clause is unfit as a wrong option: it holds a quotation or its own attribution
    ("…,'' Mr. Pence said"), it stops on an auxiliary ("that Ben Carson did not"), or it is a
    noun phrase with a subordinate clause ("that the mayor's remarks when the strike began")."""
    if re.search(r"''|``|[,.?!][”\"]|\b(?:said|says)\s*$", phrase):
        return True  # a whole quotation with its attribution, not a clause of the story
    words = phrase.rstrip(" .,;:").split()
    if _STANDS_FOR.match(phrase):
        return True  # "that Both were unharmed": both of what, as an option alone?
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


# The speaker's own pledge or intention: the content's subject is the speaker (a pronoun that
# stands for them, or "we"/"I" inside their quotation) with a future or volitional modal and an
# action verb ("he would not raise taxes", "it will close the depot", "“We will review every
# option …”"). What the speaker means to do is no claim about the world; predictions about other
# things ("the bridge would reopen in May") and the speaker's past ("he had not raised taxes")
# are.
_PLEDGE = re.compile(
    r"[\W_]*(?:that\s+)?(?P<subject>he|she|it|they|we|i)"
    r"(?:(?:\s+(?:also|still|now|soon|then|never|not|no\s+longer|certainly|definitely"
    r"|personally|again|later|shortly|immediately|quickly|only))*"
    r"\s+(?:will|would|shall|won[’']t|wouldn[’']t|shan[’']t"
    r"|(?:is|are|am|was|were)\s+(?:(?:not|also|now|still)\s+)?(?:going|planning|intending)\s+to"
    r"|(?:plans?|planned|intends?|intended)\s+to"
    r"|(?:is|are|am|was|were)\s+(?:(?:headed|heading)\s+(?:to|for)|(?:due|set|scheduled)\s+to))"
    r"|[’'](?:ll|re\s+going\s+to|m\s+going\s+to|s\s+going\s+to))"
    r"(?P<rest>(?:\s+(?:also|still|now|soon|then|never|not|no\s+longer|certainly|definitely"
    r"|personally|again|later|shortly|immediately|quickly|only|continue\s+to|try\s+to))*)"
    r"\s+[“\"‘]?(?P<verb>[a-z][a-z’'-]*)\b(?P<after>[”\"’]?\s+[a-z]+)?",
    re.IGNORECASE,
)
# what a modal with one of these says is a prediction, a state, a wish or a hedge ("it would
# take months", "we will be fine", "I would say …", "he would win"), not an act of the speaker
_NOT_ACTIONS = frozenset(
    "be have like love prefer rather need want hope wish expect lose win face see know remain"
    " become get feel seem look appear cost suffer die survive receive benefit happen fail"
    " struggle say argue think suggest guess imagine assume bet agree disagree note add"
    " probably likely mean matter depend help last fall rise grow increase decrease drop"
    " continue improve change affect hurt point stress emphasise emphasize repeat caution"
    " submit contend maintain venture respond answer reply tell admit concede acknowledge"
    " describe characterise characterize call remind".split()
)
# a short opener before the speaker's "we"/"I" in a quotation ("Mexican people, we will …",
# "Frankly, I will …", "In March, we will …"): the subject is still the speaker
_OPENER_BEFORE_FIRST = re.compile(r"^[\w’'-]+(?:\s+[\w’'-]+){0,2},\s+(?=(?:we|I)\s)")
_PAST_INTENT = re.compile(r"\b(?:was|were|planned|intended)\b", re.IGNORECASE)
_DURATION = frozenset("time months years weeks days hours longer a some".split())
_QUOTE_OPENING = re.compile(r"^[\s“\"‘'`]*(?:and|but|so|now|today|here)?[,\s]*", re.IGNORECASE)


def pledge(text: str, claim: Claim) -> bool:
    """Whether a content is the speaker's own pledge or intention: its subject is the speaker
    ("he"/"she" after a person, "it"/"they" after a body, "we"/"I" in the speaker's quotation)
    with a future or volitional modal and an action verb ("would not raise taxes", "will review
    every option"), a vow in passive form ("Those responsible will be held accountable"), or a
    body's announcement of its own services ("Officials said the road would reopen on
    Friday"), so that asking it as "the claim" is wrong."""
    content = claim.content
    if claim.quote == "direct":
        content = _QUOTE_OPENING.sub("", content, count=1)
        content = _OPENER_BEFORE_FIRST.sub("", content, count=1)
    if vow(content):
        return True
    m = _PLEDGE.match(content)
    if m is None:
        return announced(content, claim) or arranged(content, claim)
    if claim.quote == "direct" and _PAST_INTENT.search(m.group(0)):
        return False  # "“I was going to vote for her, but …”": the speaker's past, told
    subject, verb = m.group("subject").lower(), m.group("verb").lower()
    if verb in _NOT_ACTIONS or m.group("rest").strip().lower() in ("continue to",):
        return False
    if verb == "take" and (m.group("after") or "").strip().lower() in _DURATION:
        return False  # "it would take months": a prediction
    if subject in ("we", "i"):
        return claim.quote == "direct" or subject == "we"
    if claim.quote == "direct":
        return False  # "“He will never sign it,” Doe said": someone else
    if text and ambiguous_pronoun(text, claim):
        return False  # "… with Mr. Hale, saying he would …": "he" may be Hale
    source, kind = claim.source or "", claim.source_kind
    if subject in ("he", "she"):
        if source_gender(source) not in (None, PRONOUN_GENDER[subject]):
            return False  # "Tom Reed said she would resign": someone else
        return kind in PERSON_KINDS or source_gender(source) is not None or _surname(source, kind)
    if subject == "it":
        if kind in THING_KINDS:
            return True
        return kind is None and (_names_body(source) or _shown_a_body(text, claim))
    head = source.split()[-1:] if source else []
    plural = bool(head) and head[0].islower() and head[0].endswith("s")
    return " and " in source or plural or kind in THING_KINDS  # "they"


def _surname(source: str, kind: str | None) -> bool:
    """Whether a source of unknown kind reads as a person's name: one to three capitalised
    words, none of them ending a body's name (``org_name_words.txt``: "Morrow Foods") — "Varga
    has said she would not raise the fares" is Varga's own pledge."""
    words = source.split()
    if kind is not None or not 1 <= len(words) <= 3:
        return False
    if not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
        return False
    body = lexicon.shared_words("org_name_words") | lexicon.words("body_heads")
    return not any(w.lower() in body for w in words)


_NO_ONE = re.compile(r"\b(?:no\s+one|nobody|none|never|doubt|doubts|doubted)\b", re.I)


def vow(content: str) -> bool:
    """Whether what was said holds a vow in passive or impersonal form
    (``gen_vow_phrases.txt``: "those responsible will be held accountable", "we will not rest
    until …"), not after "no one"/"nobody" ("nobody would be held accountable": a forecast
    about others)."""
    m = lexicon.phrase_regex("vow_phrases").search(content)
    return m is not None and _NO_ONE.search(content[: m.start()]) is None


def _names_body(source: str) -> bool:
    """Whether a source's mention holds the head noun of a body ("the bakery chain Morrow
    Foods", "the rail operator Northline"), so that an "it" after it is the body itself."""
    words = set(re.findall(r"\b[a-z]+\b", source))  # as written: "Carrier" is a name
    return bool(words & lexicon.words("body_heads"))


# a name set after a body's head noun in the story ("online grocer FreshLane", "the payments
# firm Vessa"): the trade nouns of firms that gen_body_heads.txt leaves out, as a name's
# descriptor
_TRADE_HEADS = frozenset(
    "grocer lender startup start-up fintech brand team outfit platform app exchange network"
    " broadcaster newspaper station".split()
)


def _shown_a_body(text: str, claim: Claim) -> bool:
    """Whether the story shows a source of no known kind, named by one to three capitalised
    words that are no person's ("FreshLane", "Vessa Pay"), to be a body, so that an "it" in
    what it said stands for it: its mention goes on with "which" ("Vessa, which is backed by
    …, said it would appeal"), or the story sets the name after a body's head noun ("online
    grocer FreshLane", "the lender Vessa")."""
    source = (claim.source or "").strip()
    if set(re.findall(r"\b[a-z]+\b", source)) & _TRADE_HEADS:
        return True  # "Arteaga's former team said it would …"
    words = source.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if source_gender(source) is not None or words[0].lower() in given_genders():
        return False  # "Tom Reed said it would …": "it" is something else
    mention = claim.source_text or ""
    if re.match(rf"(?:[Tt]he\s+)?{re.escape(source)},\s+which\b", mention):
        return True
    heads = lexicon.words("body_heads") | lexicon.words("org_heads") | _TRADE_HEADS
    before = re.compile(rf"\b([a-z][a-z-]*)\s+{re.escape(source)}\b")
    return any(m.group(1) in heads for m in before.finditer(text))


# a subject, then a future or a schedule ("the coast road would", "the new timetable is due
# to"), then what follows it
_SCHEDULED = re.compile(
    r"[\W_]*(?:that\s+)?(?P<subject>(?:[^,;:“”\"‘’]|(?<=\d),(?=\d{3})){2,80}?)\s+"
    r"(?:will|would|shall|(?:is|are|was|were)\s+(?:(?:due|set|scheduled)\s+)?to)"
    r"(?:\s+(?:not|now|also|again|only|then|soon|temporarily|fully|finally|partly))*"
    r"\s+(?P<rest>.+)",
    re.IGNORECASE | re.DOTALL,
)
_PERSONAL_SUBJECT = frozenset({"he", "she", "i", "we", "they", "you", "it", "there", "this"})


def _speaks_for_body(claim: Claim) -> bool:
    """Whether a source is a body (a government, an organisation, a mention with a body's head
    noun) or one who speaks for one ("Officials", "a spokesman for the ministry")."""
    if claim.source_kind in ("government", "organisation"):
        return True
    words = set(re.findall(r"[a-z]+", (claim.source or "").lower()))
    return bool(words & lexicon.words("spokesperson_words")) or _names_body(claim.source or "")


def announced(content: str, claim: Claim) -> bool:
    """Whether a body, or one who speaks for it, announces what will happen to its own
    services, places or rules ("Officials said the coast road would reopen on Friday", "the new
    timetable would take effect on 1 June": ``gen_announced_events.txt``): its plan, not a claim
    to weigh. A forecast ("prices would rise"), a third party's fate ("the driver would be
    charged") and anyone else's word on the plan ("Engineer Ana Holt said the bridge would
    reopen") stay claims."""
    intent = _INTENDS.match(content)
    if intent and _own_body_step(intent.group("subject"), intent.group("rest"), claim, True):
        return True  # "the union intends to ballot members": its plan, whatever the verb
    m = _SCHEDULED.match(content)
    if m is None:
        return False
    if _own_body_step(m.group("subject"), m.group("rest"), claim):
        return True
    if not _speaks_for_body(claim):
        return False
    first = m.group("subject").split()[:1]
    if not first or first[0].lower() in _PERSONAL_SUBJECT:
        return False
    event = lexicon.phrase_regex("announced_events").match(m.group("rest"))
    if event is None:
        return _passive_plan(m.group("rest"))
    after = _AFTER_EVENT.match(m.group("rest"), event.end())
    if after is None:
        return False  # "the accord will open doors to growth": an effect, not a schedule
    return not (event.group(0).lower() in ("start", "begin") and after.group("word") == "to")


# public authorities that carry out what an official announces ("the national audit office
# would review …", "the state would pay for …"); with gen_body_heads.txt
_AUTHORITY = frozenset(
    "office state government ministry department police court inspectorate regulator council"
    " agency authority commission panel tribunal board treasury prosecutors prosecutor".split()
)
# who may announce such an arrangement besides a body or one who speaks for it
_AUTHORITY_SOURCES = frozenset({"administrators", "administrator", "receivers", "liquidators"})
# the body's own order, told by it ("it had ordered the kitchen closed")
_ORDERED = re.compile(
    r"[\W_]*(?:that\s+)?(?:it|they|we)\s+(?:(?:had|has|have)\s+)?(?:(?:already|now|also)\s+)?"
    r"(?:ordered|instructed)\b",
    re.IGNORECASE,
)
_PASSIVE_ARRANGEMENTS = ("be ", "come from")


def arranged(content: str, claim: Claim) -> bool:
    """Whether a body, one who speaks for it or an official announces a decision or an
    arrangement to be carried out by its side or a public authority
    (``gen_arranged_actions.txt``: "310 coaches would be taken off the roads", "the national
    audit office would review the figures", "the refunds would come from its reserve fund"), or
    the body's own order ("it had ordered the kitchen closed"): a plan, not a claim to weigh.
    Forecasts ("the shortage would last until spring") and a third party's word on another
    body's plan ("Union officials said the company would close the plant") stay claims."""
    source = (claim.source or "").lower().split()
    authority = claim.source_kind == "official" or bool(set(source) & _AUTHORITY_SOURCES)
    if not (authority or _speaks_for_body(claim)):
        return False
    if _ORDERED.match(content):
        return claim.source_kind != "official"  # "it"/"they" stand for the body
    m = _SCHEDULED.match(content)
    if m is None:
        return False
    subject = m.group("subject").strip()
    first = subject.split()[0].lower()
    if first in _PERSONAL_SUBJECT - {"it", "they", "we"}:
        return False
    act = lexicon.phrase_regex("arranged_actions").match(m.group("rest"))
    if act is None:
        return False
    if act.group(0).lower().startswith(_PASSIVE_ARRANGEMENTS):
        return True  # things arranged: "the fines would be refunded"
    if first in ("it", "they", "we"):
        return claim.source_kind != "official"  # the body's own step
    body = _BODY_SUBJECT.fullmatch(subject)
    if body is None:
        return False
    head = body.group("head")
    if head in source:
        return True  # "The council said the council would …"
    public = claim.source_kind in ("government", "official") or authority
    return public and head in _AUTHORITY  # the minister on the audit office


# a time the body sets for its step ("on Monday", "on 14 May", "next week", "within ten days")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_WHEN = re.compile(
    rf"\b(?:(?:on|by|from|before|until)\s+(?:{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}\b)|(?:next|this|later\s+this)\s+(?:week|month|year|fortnight"
    rf"|{_DAY})|within\s+(?:the\s+next\s+)?(?:a|an|one|two|three|four|five|six|seven|ten"
    r"|fourteen|\d+|week|month|fortnight)\b|tomorrow)",
    re.IGNORECASE,
)
# the body named as the subject of its own step ("the club", "the labour department"): "the",
# up to two lower-case words, a body's head noun (gen_body_heads.txt)
_BODY_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z]+\s+){0,2}(?P<head>[a-z]+)")
_FIRST_VERB = re.compile(r"(?P<verb>[a-z]+)\b")


def _own_body_step(subject: str, rest: str, claim: Claim, intent: bool = False) -> bool:
    """Whether one who speaks for a body announces the body's own next step, named as its
    subject, with a time or a step of procedure ("the club would hand its records to the
    panel", "The department will invite both unions to talks on Monday, a spokesman said"):
    ``gen_plan_verbs.txt``; with ``intent`` (the body "intends to", "plans to") any step. The
    body must be the source's own: named in the source's mention ("Club chairman Tomas Berg",
    "Ana Roy, a lawyer for the tenants' association", who hold a role there), or the source an
    official or spokesperson naming no other body."""
    body = _BODY_SUBJECT.fullmatch(subject.strip()) or _NAMED_BODY.fullmatch(subject.strip())
    head = body.group("head").lower() if body else ""
    serves = bool(head) and _serves_body(claim, head)
    if body is not None and body.re is _NAMED_BODY and not serves:
        return False  # "Vessa Logistics will …" said by another: its plan, as they tell it
    if body is None or (head not in lexicon.words("body_heads") and not serves):
        return False
    verb = _FIRST_VERB.match(rest)
    if verb is None or verb.group("verb") in _NOT_ACTIONS | {"not", "never", "have", "be"}:
        return False
    planned = intent or verb.group("verb") in lexicon.words("plan_verbs")
    if not planned and _WHEN.search(rest) is None:
        return False
    source = claim.source or ""
    if head in source.lower().split() or serves:
        return True  # "The Harlow club said the club would …"
    if _serves_other_body(claim, head):
        return False  # "Union leader Ivo Brandt said the company would …": another's plan
    words = source.split()
    if words and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
        return claim.source_kind == "official"  # "Dev Amani", the club's spokesman
    others = {w.lower() for w in words} - lexicon.words("spokesperson_words") - {"a", "an", "the"}
    return bool(words) and not others  # "a spokesman", "officials"; not "Union officials"


# the body's stated intention ("the union intends to ballot members", "the club plans to …")
_INTENDS = re.compile(
    r"[\W_]*(?:that\s+)?(?P<subject>[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+"
    r"(?:(?:also|now|still)\s+)?(?:intends|intended|plans|planned|is\s+planning|was\s+planning"
    r"|aims|is\s+preparing|was\s+preparing)\s+to\s+(?P<rest>.+)",
    re.DOTALL,
)
# a body named as the subject ("The Lundar Tenants Association"): its last word is its head
_NAMED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?P<head>[A-Z][a-z]+)")
# bodies a person may hold a role in, besides gen_body_heads.txt ("a lawyer for the Lundar
# Tenants Association" of "the association")
_ROLE_BODIES = frozenset(
    "association union federation league society guild party charity foundation committee"
    " commission institute coalition alliance campaign team club council".split()
)
_MENTION_WORD = re.compile(r"[a-z][a-z’'-]*")


def _serves_other_body(claim: Claim, head: str) -> bool:
    """Whether the source's own mention gives them a role in a body other than ``head`` names
    ("Union leader Ivo Brandt" for "the company")."""
    mention = re.split(r",?\s+(?:who|which|whose)\b", claim.source_text or "")[0]
    words = set(_MENTION_WORD.findall(mention.lower()))
    roles = lexicon.words("role_words") | lexicon.words("spokesperson_words")
    bodies = (lexicon.words("body_heads") | _ROLE_BODIES) - {head}
    return bool(words & roles) and bool(words & bodies) and head not in words


def _serves_body(claim: Claim, head: str) -> bool:
    """Whether the source's own mention names the body by ``head`` and gives the source a role
    there ("Club chairman Tomas Berg", "Ana Roy, a lawyer for the Lundar Tenants Association",
    "union leader Ivo Brandt"): then the body's next step is the source's side's own plan."""
    if head not in lexicon.words("body_heads") | _ROLE_BODIES:
        return False
    mention = re.split(r",?\s+(?:who|which|whose)\b", claim.source_text or "")[0]
    words = set(_MENTION_WORD.findall(mention.lower()))
    roles = (
        lexicon.words("role_words")
        | lexicon.words("link_roles")
        | lexicon.words("spokesperson_words")
    )
    if not words & roles:
        return False
    # "its lawyer Ana Roy" after "The … Association would …": the body the sentence names
    return (
        head in words
        or bool(words & {"its", "their"})
        and claim.source_span is not None
        and (claim.content_span[0] < claim.source_span[0])
    )


# a second, elliptical half of a passive plan ("… would be printed and the exam sat again on
# 14 May"): its participle is an announced event's ("held", "reopened")
def _passive_plan(rest: str) -> bool:
    """Whether a body's passive plan ends in an announced event with a date ("new ballots
    would be printed and the vote held again on 9 October, the board said"): its plan, as
    "the vote would be held on 9 October" is."""
    if re.match(r"be\s+[a-z]+(?:ed|en|t)\s+and\s", rest) is None or _WHEN.search(rest) is None:
        return False
    participles = [e[3:] for e in lexicon.words("announced_events") if e.startswith("be ")]
    half = re.compile(
        r"\sand\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:" + "|".join(participles) + r"|sat|taken)\b"
    )
    second = half.search(rest)
    return second is not None and _AFTER_EVENT.match(rest, second.end()) is not None


# what may follow an announced event: a time, a place, a span or the end ("reopen on Friday",
# "be closed for two weeks"), not an object ("will open doors to growth", "close the gap") nor
# "to" after "start"/"begin" ("start to grow")
_AFTER_EVENT = re.compile(
    r"\s*(?:$|[,.;:!?”\"’'—–-]|\s(?P<word>to|on|in|at|for|from|until|till|by|next|this"
    r"|tomorrow|today|tonight|later|again|after|before|as|within|during|indefinitely"
    r"|temporarily|early|soon"
    r"|with|without|when|once|while|and|but|or|no|shortly|immediately|around|between|over"
    r"|through|into)\b)",
    re.IGNORECASE,
)


# A request or exhortation inside what was said ("…, but we ask drivers to slow down", "please
# keep off the ice", "We urge everyone to …", "Stay away from the river"): not claimed
_ASK = (
    r"(?:we|i)(?:\s+(?:would|also|are|am|again|strongly|really|just|therefore|all))*"
    r"(?:[’'](?:re|m))?\s+(?:ask|asking|urge|urging|call\s+on|calling\s+on|encourage"
    r"|encouraging|request|appeal\s+to|appealing\s+to|implore|beg|advise"
    r"|(?:want|need)\s+(?:everyone|everybody|people|you|all|residents|drivers|parents|the\s+public))"
    r"\b|please\b(?!d)"
)
_REQUEST_AT_START = re.compile(r"[\s“\"‘'`]*(?:" + _ASK + ")", re.IGNORECASE)
_REQUEST_CLAUSE = re.compile(
    r"(?:[,;:.!?—–]\s*|\s[-–—]\s*)(?:(?:but|and|so|yet|for\s+now|meanwhile|until\s+then)[,\s]+)?"
    r"(?:" + _ASK + ")",
    re.IGNORECASE,
)
# words quoted inside what was said ("… I shouted, ‘Please let us through’"): someone else's words
_NESTED_QUOTE = re.compile(r"(?<=[\s,:(])[‘'][^‘“”\"]*?(?:[’'](?![\w’'])|$)")
_SENTENCE_OPENING = re.compile(r"(?:^[\s“\"‘'`]*|[.!?;]\s+[“\"‘']?)(?=[A-Z])")


def request_start(content: str, direct: bool) -> int | None:
    """Where a request or exhortation starts in a content ("…, but we ask drivers to slow
    down": at the comma; "Please keep off the ice": 0), or None when it holds none. An
    imperative opening a sentence ("Stay away from the river.") counts inside a quotation."""
    content = _NESTED_QUOTE.sub(lambda m: " " * len(m.group(0)), content)
    if _REQUEST_AT_START.match(content):
        return 0
    m = _REQUEST_CLAUSE.search(content)
    found = m.start() if m else None
    if direct:
        for s in _SENTENCE_OPENING.finditer(content):
            if found is not None and s.start() >= found:
                break
            if _imperative(content[s.end() :]):
                return s.start() if content[: s.start()].strip("“\"‘'` ") else 0
    return found


_ORDER = re.compile(r"(?:don[’']t|do\s+not|be\s+(?:careful|alert|aware|patient|safe))\b", re.I)
_ORDER_VERB = re.compile(
    r"([A-Z][a-z]+)\s+(?:a|an|the|this|these|those|your|our|their|it|them|us|up|out|off|back"
    r"|down|in|on|at|to|for|away|clear|indoors|inside|home|safe|calm|alert|from|with|\d)\b"
)


def _imperative(sentence: str) -> bool:
    """Whether a sentence of a quotation opens on an order to its hearers ("Stay away from the
    river", "Don't drive through water"), by a verb of advice before its object or particle."""
    if _ORDER.match(sentence):
        return True
    m = _ORDER_VERB.match(sentence)
    return bool(m and m.group(1).lower() in (lexicon.words("imperative_verbs") | _ORDERS))


_ORDERS = frozenset({"remain", "drive", "slow", "lock", "boil", "evacuate", "move", "store"})
