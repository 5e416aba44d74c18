"""spot_the_cue (Attribution): the sentence itself; the student marks the words that show who is
making the claim. ``options`` are the sentence's words in order and ``answer`` the sorted indices
of the words that name the source and the cue; :func:`score_spot_the_cue` marks a choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from questions.cues import TITLES
from questions.generate import lexicon
from questions.generate.claims import is_claim, pledge, recipient_in_content, request_start
from questions.generate.explain import name_span, quoted, verb_span
from questions.generate.kinds.source_check import channel_of, channel_words
from questions.generate.registry import Context, question_id, register
from questions.generate.sources import (
    cut_in_word,
    cut_source,
    display_for,
    doubtful_source,
    is_usable,
    not_a_name,
    place_opener,
    source_key,
    story_sources,
)
from questions.generate.text import (
    PERSON_KINDS,
    PRONOUN_GENDER,
    THING_KINDS,
    WORD_RE,
    content_words,
    given_genders,
    is_clause,
    is_pronoun,
    leans_on_before,
    marked_words,
    opens_on_bare_pronoun,
    opens_on_question,
    quotes_balanced,
    source_gender,
    strip_edges,
    that_clauses,
    tokens,
    trailing_fragment,
    unwrap_quote,
    word_count,
)
from questions.model import Claim, Question
from questions.names import PERSON_NAME_RE, org_name
from questions.sources import is_adverb
from questions.text import load_lexicon

KIND = "spot_the_cue"
PROMPT = "Which words in this sentence show who is making the claim, and how?"
PASS_F1 = 0.6
MAX_MARKED = 8  # more words to mark than this: the source span holds more than a name
_SNARK = re.compile(r"(?:Looks|Sounds|Seems|Looked|Sounded|Seemed)\s+like\b")
_PERSONAL = re.compile(r"\b(?:We|we|our|Our|us)\b")
_CAPS_RUN = re.compile(r"\b[A-Z’'-]{2,}(?:\s+[A-Z’'-]{2,}){2,}\b")
_NAME_AFTER = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,")
# a name set after a description that is the source ("said another leading advocate, Ann J.
# Cole of the firm …", "the designer, Ann Cole."): the pupil would mark the name
_NAME_AFTER_DESCRIPTION = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+(?=,|\s+(?:of|from|at|with|for)\s|\.?\s*$|\.\s)"
)
_DESCRIPTION_OPENERS = frozenset({"The", "A", "An", "Another", "One", "Two", "Three", "Some"})
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# "Tom Hale, a farmer from Lund, says": the source span is the description, the name before it
_NAME_BEFORE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,\s+$")
_NOT_A_NAME_OPENER = frozenset({"in", "on", "at", "after", "before", "for", "from", "by", "with"})
# "an echo of Reed’s familiar claims": the possessor, not the phrase's head, is the source
# the setting of the statement read into the end of its content: "… on Tuesday's edition of
# 'City Talk'", "… in an interview with the Harbour Post", "… during an appearance on …"
_SETTING_END = re.compile(
    r"\b(?:on|during)\s+(?:\w+[’']s\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:broadcast|edition|episode|show|program|programme|segment|airing|appearance|podcast)"
    r"\s+(?:of|on)\b"
    r"|\b(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}interview\b",
    re.IGNORECASE,
)
_HEAD_OF_POSSESSOR = re.compile(r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+)+of\s+[A-Z][\w.-]*['’]s\b")


def score_spot_the_cue(answer: Iterable[int], choice: Iterable[int]) -> bool:
    """Whether a student's marked words count as right: F1 overlap with the answer >= 0.6.

    Precision is the share of marked words that are in the answer, recall the share of answer
    words marked; F1 is their harmonic mean. So marking "Russia says" for the answer
    "Russia says" passes, marking only "says" in "Kremlin spokesman Dmitry Peskov told Sky News"
    fails, and marking the whole sentence fails. An empty choice or empty answer never passes.
    """
    want, got = set(answer), set(choice)
    hit = len(want & got)
    if not want or not got or not hit:
        return False
    precision, recall = hit / len(got), hit / len(want)
    return 2 * precision * recall / (precision + recall) >= PASS_F1


def word_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The absolute spans of the whitespace-separated words of a sentence starting at ``start``;
    a run of bare punctuation (the spaced ellipsis ". . .", a spaced dash) is kept with the word
    before it ("Harlan . . ."), or the word after it at the sentence's start: no option a pupil
    could mark is a lone mark."""
    out: list[tuple[int, int]] = []
    glue = False  # bare punctuation opened the sentence: it joins the next word
    for m in WORD_RE.finditer(text):
        a, b = start + m.start(), start + m.end()
        bare = not any(ch.isalnum() for ch in m.group())
        if bare and out:
            out[-1] = (out[-1][0], b)
        elif glue and out:
            out[-1] = (out[-1][0], b)
            glue = bare
        else:
            out.append((a, b))
            glue = bare
    return out


def marked(spans: list[tuple[int, int]], parts: list[tuple[int, int]]) -> tuple[int, ...]:
    """The indices of the words that overlap any of the parts."""
    return tuple(i for i, (s, e) in enumerate(spans) if any(s < pe and ps < e for ps, pe in parts))


def _single_claim_sentences(ctx: Context) -> list[Claim]:
    """Claims alone in their sentence, with both a source and a cue inside that sentence."""
    count: dict[tuple[int, int], int] = {}
    for c in ctx.story.claims:
        count[c.sentence_span] = count.get(c.sentence_span, 0) + 1
    out = []
    for c in ctx.story.claims:
        if count[c.sentence_span] != 1 or not c.source_span or not c.cue_span:
            continue
        if (c.source_text or "").lower() in ("who", "which", "that", "his", "her", "their", "its"):
            continue  # "…, who had fought a plan like it": a relative clause, not a claim
        one_word = (c.source or "").strip()
        if " " not in one_word and one_word[:1].isupper() and not_a_name(one_word):
            continue  # "Lund, Ost., speaking …, said": "Ost." is no speaker
        if place_opener(one_word):
            continue  # "Here in Lundby, Ruiz …, saying": the place phrase is no speaker
        if cut_in_word(ctx.text, c.source_span[1]):
            continue  # a name cut inside a word
        if not is_usable(c) or not is_claim(ctx, c):
            continue  # "urged", "hopes", "records show": not someone's claim
        if pledge(ctx.text, c):
            continue  # "Doe said he would not raise taxes": her own intention, not a claim
        if (c.cue or "").strip() == ":":
            continue  # "Okafor: “We will …”": a list item's label shows who, not how
        if c.quote != "direct" and _SETTING_END.search(c.content):
            continue  # "stated that X on Friday’s edition of …": the setting is not the claim
        if not (c.quote == "direct" or is_clause(c.content)):
            continue  # "X declared war on ...": an act, not a claim; "they believe": whose?
        quoted_words = c.content if c.quote == "direct" else " ".join(_QUOTED.findall(c.content))
        if _INNER_ATTRIBUTION.search(quoted_words):
            continue  # "“… now they say it is too old,” said X": a second attribution inside
        if c.quote == "direct" and (
            trailing_fragment(c.content)
            or leans_on_before(c.content)
            or opens_on_bare_pronoun(c.content)
            or word_count(c.content) < 3
            or opens_on_question(c.content)
            or (word_count(c.content) < 8 and not is_clause(c.content.strip("“”\"'‘’ ,.")))
        ):
            continue  # "“Now that the vote is over …,” he said", "“Ferries,” she said"
        s, e = c.sentence_span
        if c.cue_span[0] < c.source_span[1] and c.source_span[0] < c.cue_span[1]:
            continue  # "X quoted him as saying": whose words they are is not for marking
        if _CAPS_RUN.search(ctx.text[s:e]):
            continue  # "THE MAYOR IS UNDER PRESSURE As the strike drags on, …": a heading glued on
        if _SNARK.match(ctx.text[s:e].lstrip()):
            continue  # "Looks like someone told X that …": the outlet's own aside
        if _PERSONAL.search(_QUOTED.sub(" ", ctx.text[s:e])):
            continue  # "We're the kind of folks who read the latest reports": the outlet's voice
        if _stance_in_source(ctx.text, c):
            continue  # "Vessa, which says it has 8 million users, said …": a second claim
        if _CHANNEL_OPENING.match(ctx.text[s : c.source_span[0]]):
            continue  # "In its decision, the authority said": the how, away from the cue
        if _other_cue(ctx.text, c) or _opens_side_clause(ctx.text[s : c.source_span[0]]):
            continue  # "After the legislators dismissed the bills, ...": an event, not a claim
        if _description_of_name_before(ctx.text, s, c) or _HEAD_OF_POSSESSOR.match(
            c.source_text or ""
        ):
            continue  # "Tom Hale, a farmer, says" keyed without "Tom Hale"; "an echo of X's"
        described = (c.source_text or "").split()[:1]
        if described and (described[0][:1].islower() or described[0] in _DESCRIPTION_OPENERS):
            if _NAME_AFTER_DESCRIPTION.match(ctx.text, c.source_span[1]):
                continue  # "said another advocate, Ann Cole of …": the name is not in the source
        if _NAME_AFTER.match(ctx.text, c.source_span[1]):
            continue  # "Doe's state director, Ann Cole, wrote": the name is not in the source
        if _title_left_out(ctx.text, s, c.source_span[0]):
            continue  # "French President [Ana Roy] said": a title keyed here, left out there
        cut = cut_source(ctx.text, s, c.source_span[0]) or _cut_after(ctx.text, c)
        if cut or c.cue_span[0] <= s + 1:
            continue  # "The Port Policy [Center says]", "Keeps saying …": keyed on the wrong words
        if s <= c.source_span[0] and c.source_span[1] <= e and s <= c.cue_span[0] <= e:
            out.append(c)
    return out


# a document or an act of speech named before the source, as how it was said ("In its
# decision, the authority said …", "In a ruling on Monday, the court said …"): the pupil would
# mark the cue without the how, and the explanation would call the how the story's own
_CHANNEL_OPENING = re.compile(
    r"\s*(?:In|Under|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:decision|ruling|judgment|judgement|verdict|opinion|report|filing|findings?|order"
    r"|complaint|lawsuit|submission|notice|letter|statement|affidavit|indictment|response"
    r"|reply|review|audit|assessment|memo|email|e-mail|post|interview|speech|testimony)\b"
    r"[^,]*,\s*$",
    re.IGNORECASE,
)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord"})
_WORD_BEFORE = re.compile(r"(\S+) $")


def _description_of_name_before(text: str, sentence_start: int, claim: Claim) -> bool:
    """Whether the source span is a description ("a farmer from Lund") set after a name that
    opens the sentence ("Tom Hale, a farmer from Lund, says"): the name would not be marked."""
    assert claim.source_span  # noqa: S101 - the caller checked
    if not (claim.source_text or "")[:1].islower():
        return False
    before = text[sentence_start : claim.source_span[0]]
    first = before.split()[:1]
    return bool(
        first and first[0].lower() not in _NOT_A_NAME_OPENER and _NAME_BEFORE.fullmatch(before)
    )


def _title_left_out(text: str, sentence_start: int, source_start: int) -> bool:
    """Whether the word just before a source is a title of office that the source span leaves
    out ("German Chancellor Ana Roy" keys the title where the analysis took it in; "French
    President [Ana Roy]" would not): the marked words would differ from sentence to sentence."""
    m = _WORD_BEFORE.search(text, max(sentence_start, source_start - 40), source_start)
    if m is None:
        return False
    word = m.group(1).strip(".,;:“”\"‘’'").lower()
    return word in TITLES and word not in _HONORIFICS


def _cut_after(text: str, claim: Claim) -> bool:
    """Whether a source span stops inside its noun phrase: a lower-case word follows it that is
    not the cue ("two Democratic [speechwriters] implored …, arguing")."""
    assert claim.source_span and claim.cue_span  # noqa: S101 - the caller checked
    end = claim.source_span[1]
    if text[end : end + 1] != " " or claim.cue_span[0] <= end + 1:
        return False
    word = text[end + 1 : end + 30].split()[:1]
    return bool(word) and word[0].isalpha() and word[0].islower() and not is_adverb(word[0])


def _opens_side_clause(before_source: str) -> bool:
    """Whether the words before the source open with a subordinating word ("After", "When")."""
    return bool(lexicon.phrase_regex("subordinators").match(before_source.lstrip()))


def _other_cue(text: str, claim: Claim) -> bool:
    """Whether the sentence has another reporting word outside the claim's source, cue and
    quotations ("..., the American media reported"), so that the marking would be ambiguous."""
    s, e = claim.sentence_span
    chars = list(text[s:e])
    for a, b in (claim.source_span, claim.cue_span):
        if a is not None and b is not None:
            chars[max(a - s, 0) : max(b - s, 0)] = " " * max(b - a, 0)
    rest = _QUOTED.sub(" ", "".join(chars))
    return bool(lexicon.phrase_regex("reporting_words").search(rest) or _STANCE.search(rest))


# a reporting or stance verb in the words the source's mention holds beyond its name ("The
# rider, who has always maintained his innocence, said …", "Vessa, which says it has …, said")
_SOURCE_STANCE = re.compile(
    r"\b(?:says|said|saying|cit(?:es|ed|ing)|quot(?:es|ed|ing)|maintain(?:s|ed)?|insist(?:s|ed)?"
    r"|den(?:y|ies|ied)|claim(?:s|ed)"
    r"|argu(?:es|ed)|contend(?:s|ed)|protest(?:s|ed))\b",
    re.IGNORECASE,
)


def _stance_in_source(text: str, claim: Claim) -> bool:
    """Whether the source's mention beyond the name a pupil marks, or the words between it and
    the cue, report another claim or stance of the source ("The rider, who has always
    maintained his innocence, said …", "Reed, citing “…”, said"): they are neither the cue of
    this claim nor the story's own, so the marking is unclear; or set the cue under a modal
    ("Reed might contest it, maybe by arguing …"): no claim was made."""
    assert claim.source_span and claim.cue_span  # noqa: S101 - the caller checked
    a, b = name_span(text, claim.source_span)
    rest = text[claim.source_span[0] : a] + " " + text[b : claim.source_span[1]]
    gap = text[claim.source_span[1] : claim.cue_span[0]]
    if (claim.cue or "").strip().endswith("ing") and _HYPOTHETICAL.search(gap):
        return True  # "Reed might contest the fine, maybe by arguing that …": no claim made
    rest = _QUOTED.sub(" ", rest + " " + gap)
    return bool(_SOURCE_STANCE.search(rest) or _STANCE.search(rest))


# a modal between the source and its participle cue: what the source might say, not what it said
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|should|can|will|must)\b|[’']ll\b", re.IGNORECASE
)


# the source's stance on another point, beside its claim ("The regulator did not dispute that
# the server was secured, but said …", "conceded that …"): a second cue (a non-denial, an
# admission), not the story's own words, so the marking would be ambiguous
_STANCE = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|could|will)\s+not|(?:didn|doesn|don|hasn|haven|hadn"
    r"|wouldn|couldn|won)[’']t)\s+(?:dispute|contest|deny|confirm|challenge|question|reject"
    r"|accept)\b"
    r"|\b(?:disputed|disputes|disputing|contested|contesting)\s+(?:that|the|this|these|those"
    r"|his|her|its|their)\b"
    r"|\b(?:conceded?|concedes|accept(?:s|ed)?|agree[sd]?|admit(?:s|ted)?|acknowledge[sd]?)"
    r"\s+that\b",
    re.IGNORECASE,
)


_TOLD = re.compile(r"(?<![\w’'-])(?:told|tells|tell|telling)$", re.IGNORECASE)
_ADDRESSEE_WORD = re.compile(r"[\w’'.-]+")
_NOT_ADDRESSEE = frozenset(
    "in on at during after before with through via from over last this earlier that".split()
)
_MAX_ADDRESSEE = 5
# a named addressee, then the told clause's subject or "that": "told The Harbour Post she had …"
_NAMED_ADDRESSEE = re.compile(
    r"\s+((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?=\s+(?:that|he|she|they|it|we|I|there|he’s|she’s|they’re|it’s|he's|she's|they're|it's)\s)"
)


def _addressee(text: str, verb: tuple[int, int], claim: Claim) -> list[tuple[int, int]]:
    """The addressee the analysis left out of a "told" cue, up to "that" or the claim ("told a
    news conference that …", "told a briefing that …"): it says to whom, so it is marked with
    the cue, not left in what is claimed. Not a channel or time ("told reporters on Monday")."""
    if not _TOLD.search(text[verb[0] : verb[1]]) or claim.content_span[0] < verb[1]:
        return []
    named = _NAMED_ADDRESSEE.match(text, verb[1])
    if named:  # "told the Harbour Post she …", where the claim was read from "the Harbour Post"
        return [named.span(1)]
    gap = text[verb[1] : claim.content_span[0]]
    words = list(_ADDRESSEE_WORD.finditer(gap))
    if words and words[-1].group().lower() == "that":
        words.pop()
    if not words or len(words) > _MAX_ADDRESSEE or words[0].group().lower() in _NOT_ADDRESSEE:
        return []
    end = words[-1].end()
    for w in words:
        if w.group().lower() in _NOT_ADDRESSEE:
            end = w.start()  # "told a briefing on Monday that": not the time
            break
    head = gap[:end].rstrip()
    if not head.strip() or re.search(r"[,;:“”\"()]", head):
        return []  # a comma or a quotation between: not one phrase with the verb
    return [(verb[1], verb[1] + len(head))]


@register(KIND, "Attribution", multi=True, limit=3, share=0.3)
def build(ctx: Context) -> list[Question]:
    """Mark-the-words questions over sentences holding exactly one claim."""
    out: list[tuple[int, Question]] = []
    for claim in _single_claim_sentences(ctx):
        s, e = ctx.claim_evidence(claim).span  # the sentence, without a dateline
        raw = ctx.text[s:e]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not 6 <= word_count(text) <= 45 or not quotes_balanced(text.replace("''", '"')):
            continue
        spans = word_spans(text, s + lead)
        assert claim.source_span and claim.cue_span  # noqa: S101 - filtered above
        verb = verb_span(ctx.text, claim.cue_span)
        told = _addressee(ctx.text, verb, claim)
        how = _channel_next(ctx, claim, told[-1][1] if told else verb[1])
        if how is None:
            continue  # "In a statement, X said": the how is away from the cue, not for marking
        if _agent_left_out(
            ctx.text, claim, how[-1][1] if how else told[-1][1] if told else verb[1]
        ):
            continue  # "said in guidance issued by the regulator": the how is not marked whole
        parts = [name_span(ctx.text, claim.source_span), verb, *told, *how]
        answer = marked(spans, parts)
        if not answer or len(answer) * 2 > len(spans) or len(answer) > MAX_MARKED:
            continue  # "X, speaking on a Westford radio show after the vote, said": not the cue
        claimed = _claimed(ctx.text, claim, (s, e), how)
        if claimed is None:
            continue  # the content is no clean part of the sentence, or the story's own words
        if _CONDITIONAL.search(claimed[1]):
            continue  # "would ask for help if the rivers kept rising": a conditional, no claim
        if _pronoun_source(claim) and not _named_referent(ctx, claim):
            continue  # "It said …" for "the company": who "it" is, the quiz cannot name
        out.append(
            (
                _teaches(claim, answer, bool(told or how)),
                _question(ctx, claim, spans, answer, claimed),
            )
        )
    # the sentences where finding the cue teaches most come first: the story keeps its first
    # (limit, and the filler's trim drops the last, generate._cap_shares)
    return [q for _, q in sorted(out, key=lambda pair: -pair[0])]


# a document or act of speech with its own agent after the marked words ("said in guidance
# issued by the regulator", "according to a statement issued by the ministry"): marking the cue
# without "issued by the regulator" leaves out who put the words out
_AGENT_AFTER = re.compile(
    r"\s*,?\s*(?:(?:in|on|via|through|according\s+to)\s+[^,.;:“”\"]{0,60}?)?"
    r"(?<![\w-])(?:[a-z]{3,}ed|made|given|written|sent|put\s+out|shown)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:last|this)\s+\w+)?\s+by\b"
)


def _agent_left_out(text: str, claim: Claim, end: int) -> bool:
    """Whether the words right after the marked cue (or after an "according to" source) name
    a document put out by someone else, before the claim's content or the sentence's end."""
    assert claim.source_span  # noqa: S101 - filtered by the caller
    stop = claim.content_span[0] if claim.content_span[0] >= end else claim.sentence_span[1]
    for start in (end, claim.source_span[1]):
        if start <= stop and _AGENT_AFTER.match(text[start:stop]):
            return True
    return False


_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


def _teaches(claim: Claim, answer: tuple[int, ...], how: bool) -> int:
    """How much finding the cue teaches in a sentence: 0 for a plain opening ("X said Y", the
    only cue at the start); more for a cue set after what is claimed ("…, the regulator said":
    more after a reported clause than after a quotation, whose marks show it), "according to",
    a channel or an addressee marked with the cue ("said in a statement", "told a briefing"),
    a source set apart from its verb ("Vessa … said")."""
    assert claim.source_span and claim.cue_span  # noqa: S101 - filtered above
    score = 0
    if claim.content_span[0] < min(claim.source_span[0], claim.cue_span[0]):
        score += 1 if claim.quote == "direct" else 2  # "…, the regulator said"
    if _ACCORDING.search(claim.cue or ""):
        score += 2
    if how:
        score += 2
    if list(answer) != list(range(answer[0], answer[0] + len(answer))):
        score += 2  # "Vessa, in turn, said": the words between are not the cue
    return score


# the channel said right after the cue: "said in a written statement", "wrote in a post on X",
# "said in an interview with the Harbour Post", "said on Twitter" (part of how it was said)
_CHANNEL_NEXT = re.compile(
    r"\s+(?:in|on|via|during|through|at)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:statement|interview|news\s+conference|press\s+conference|briefing"
    r"|post|posting|tweet|video|e-?mail|text\s+message|letter|podcast|op-ed|Twitter|Facebook|X"
    r"|Instagram|Telegram|TikTok|Truth\s+Social|social\s+media)(?![\w’'-])"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
    r"(?:\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|Truth\s+Social)(?![\w’'-]))?"
)


def _channel_next(ctx: Context, claim: Claim, end: int) -> list[tuple[int, int]] | None:
    """The span of a channel phrase right after the cue (and its addressee), to be marked with
    it: the question asks how the claim was made. [] when the sentence names no channel
    outside what is claimed, or the cue's own words hold it ("tweeted", "told Reuters"); None
    when it names one away from the cue ("In a statement, Acme said …"), so that marking the
    cue alone would leave out the how."""
    m = _CHANNEL_NEXT.match(ctx.text, end)
    if m and m.end() <= claim.sentence_span[1]:
        cs, ce = claim.content_span
        if not (m.start() < ce and cs < m.end()):
            return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())]
    if channel_of(claim) is None:
        return []
    return [] if not channel_words(ctx, claim) else None


# the words of the story's own that say nothing of their own: linking words, days and times
_NEUTRAL = frozenset(load_lexicon("time_words")) | {
    "also", "finally", "however", "meanwhile", "then", "still", "yet", "now", "instead",
    "later", "earlier", "again", "once", "today", "recently", "previously", "separately",
    "fact", "addition", "particular", "response", "turn", "short", "general", "contrast",
}  # fmt: skip
# an aside set off by a dash, or the writer's "of course", outside the quotation marks of an
# indirect content ("said the plan would fail – unless the auditors look away, of course")
_ASIDE = re.compile(r"\s(?:–|—|--|-)\s|—|,\s+of\s+course\b")
# where, when or to whom it was said, right after the cue ("the crowd", "after the vote")
_SETTING_WORDS = 5
_MAX_OWN_WORDS = 12  # more of the story's own words than this: the sentence is more than a claim
_TRAILING_MARK = re.compile(r"\s*[,;:.]+(?=\s*[”’\"']?$)")
# a verb that takes an object, not a clause ("mocked Rubio for …", "called the plan a mess",
# "sees the state as …"): what follows it is no statement to quote as what is claimed
_OBJECT_VERB = re.compile(
    r"(?:mock|chid|critici[sz]|decr[iy]|prais|denounc|challeng|blam|tout|welcom|hail|condemn"
    r"|slam|blast|accus|describ|portray|depict|call|dub|brand|label|term|view|see|saw|regard"
    r"|characteri[sz]|dismiss|fram|paint|present|thank|applaud|lambast|rebuk|scold|attack)\w*$",
    re.IGNORECASE,
)
_SPACED_CLOSE = re.compile(r"[\s,;:]+([”\"])$")  # "… coalitions, ''": the archive's closing quote
# a denied clause that runs on into another act of the subject (", and he", "and goes")
_DENIAL_GOES_ON = re.compile(r",?\s+and\s+(?:he|she|they|it|we|[a-z]+(?:s|ed))\b")
_DENY_VERB = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.IGNORECASE)


# after a cue set inside the claim, the claim's own words going on ("…, the Times said,
# including speeches and meetings")
_GOES_ON = re.compile(r",\s+(?:including|such\s+as|as\s+well\s+as|and|but|or|because|since)\b")
_JOINS = frozenset(lexicon.words("subordinators")) | {"and", "but", "or", "that", "so", "then"}


# a participle clause trailing a reported clause ("said signals had failed, slowing all
# traffic"): the speaker's words or the story's, the sentence does not say; so it is not called
# the story's own (nor claimed)
_TRAILING_PARTICIPLE = re.compile(
    r"\s*,\s+(?!(?:some|no|any|every)thing\b|(?:morning|evening|during|spring|king|building"
    r"|meeting|funding|hearing|ruling|briefing|offering|ceiling|wedding|shooting|bombing"
    r"|opening|warning|ending|setting|thing|string|bring|sing|ring|wing|swing)\b)[a-z]{2,}ing\b"
)
# an attribution inside the quoted words ("… and now they say it is too old," said X): the key
# would leave out the inner "they say", which shows a claim too
_INNER_ATTRIBUTION = re.compile(
    r"\b(?:says?|said|saying|tells?|told|claims?|claimed|claiming|insists?|insisted|argues?"
    r"|argued|according\s+to)\b",
    re.IGNORECASE,
)


def _cut_before(words: str) -> bool:
    """Whether the words just before a source run on into it, so that the source span was cut
    from its noun phrase ("The last man to mount [a third-party race] says", "Another delegate
    on [the Cruz slate]"); not a clause joined to it ("Fans gasped after [Ann Reed] said")."""
    last = words.split()[-1:] if re.search(r"\w\s+$", words) else []
    return bool(last) and last[0].lower() not in _JOINS and bool(content_words(words) - _NEUTRAL)


def _claimed(
    text: str, claim: Claim, sentence: tuple[int, int], how: list[tuple[int, int]] | None = None
) -> tuple[str, str, list[str]] | None:
    """What is claimed (or denied), as the sentence has it (the claim's content), and the
    sentence's words that belong to neither the source, the cue nor the content and say more
    than a linking word, a day, the speaker's description or where it was said ("People nearly
    fell off their chairs after", "something most cannot do"): the story's own. None when the
    content is no clean part of the sentence (outside it, across the source or cue, with
    unbalanced quotation marks or a dashed aside, an object rather than a statement), when the
    source looks cut from its noun phrase, or when the story's own words outweigh the claim."""
    assert claim.source_span and claim.cue_span  # noqa: S101 - the caller checked
    s, e = sentence
    cs, ce = claim.content_span
    ce = min(ce, e)  # "Doe: “…” …": a content running on past the sentence is claimed here too
    if not s <= cs < ce:
        return None
    own = [claim.source_span, claim.cue_span]
    if any(a < ce and cs < b for a, b in own):
        return None
    verb = verb_span(text, claim.cue_span)
    gap = text[claim.cue_span[1] : cs]
    if claim.quote != "direct" and cs >= verb[1] and "that" not in gap.split():
        if _OBJECT_VERB.search(text[verb[0] : verb[1]].strip()):
            return None  # "mocked Rubio for not winning": no statement after the cue
    if recipient_in_content(text, claim):
        return None  # "told host Ann Reed a loss is likely": the person told is no claim
    content = _SPACED_CLOSE.sub(r"\1", strip_edges(text[cs:ce].replace("''", '"')))
    content = strip_edges(unwrap_quote(content))  # a quotation, whole: without its marks
    content = _TRAILING_MARK.sub("", content).strip()
    if not content or not quotes_balanced(content) or content[:1] in "‘’'":
        return None
    if leans_on_before(content):
        return None  # "Ann Reed: And then there was one": no statement of its own
    asked = request_start(content, claim.quote == "direct")
    if asked is not None:  # "…, but we ask drivers to slow down": a request, not claimed
        content = _TRAILING_MARK.sub("", content[:asked].rstrip(" ,;:-–—")).strip()
        short = word_count(content) < (8 if claim.quote == "direct" else 100)
        if word_count(content) < 3 or (short and not is_clause(content)):
            return None  # "Please stay away": nothing claimed before the request
        if not quotes_balanced(content):
            return None
    if claim.quote != "direct" and _ASIDE.search(_QUOTED.sub(" ", content)):
        return None  # "– absent a late recount, of course": whose words, the marking cannot say
    rest = _own_words(text, claim, (s, e), (cs, ce), content, how or [])
    if rest is None or sum(word_count(r) for r in rest) > max(_MAX_OWN_WORDS, word_count(content)):
        return None
    what = "denied" if _DENY_VERB.search(claim.cue or "") else "claimed"
    if what == "denied" and _DENIAL_GOES_ON.search(content):
        return None  # "denies that X and goes on to Y": the subject's second act, not denied
    return what, content, rest


def _own_words(
    text: str,
    claim: Claim,
    sentence: tuple[int, int],
    content: tuple[int, int],
    claimed: str,
    how: list[tuple[int, int]] | None = None,
) -> list[str] | None:
    """The sentence's runs of words outside the source, the cue and the content that say more
    than a linking word, a day, the speaker's description or where it was said; None when one of
    them shows that the spans are not to be trusted: a quotation mark in them (the speaker's
    words split: "“I think it's odd,” Doe said, “because …”"), a source cut from its phrase, a
    clause just before the source ("Such a move could hurt him, aides believe — …": the claim
    before the cue), or a side clause around the source whose content runs on past a comma
    ("Years after Doe declared X, Reed won …"). The channel marked with the cue (``how``: "in an
    interview") is no word of the story's own either."""
    assert claim.source_span and claim.cue_span  # noqa: S101 - the caller checked
    s, e = sentence
    chars = list(text[s:e])
    for a, b in (claim.source_span, claim.cue_span, content, *(how or [])):
        chars[max(a - s, 0) : max(b - s, 0)] = "\x00" * max(min(b, e) - max(a, s), 0)
    rest = []
    at = s
    for chunk in "".join(chars).split("\x00"):
        here, at = at, at + len(chunk) + 1
        words = content_words(chunk) - _NEUTRAL - {"that", "told", "according"}
        if words and re.search(r"[“”\"]", chunk):
            return None  # the speaker's words on both sides: not the story's own
        if chunk and here + len(chunk) == claim.source_span[0] and _before_source(chunk, claimed):
            return None
        if here == claim.cue_span[1] and _GOES_ON.match(chunk):
            return None  # "X, the Times said, including Y": the claim goes on after the cue
        if here == claim.source_span[1] and chunk.lstrip()[:1] == ",":
            continue  # "said Ann Reed, a county engineer who …": who she is, said neutrally
        if here == content[1] and _TRAILING_PARTICIPLE.match(chunk):
            continue  # "said signals had failed, slowing all traffic": whose words, unsure
        if here == claim.cue_span[1] and chunk[:1].isspace() and "," not in chunk:
            if word_count(chunk) <= _SETTING_WORDS:
                continue  # "told the crowd", "said after the vote": where it was said
            if _CHANNEL_CHUNK.fullmatch(chunk):
                continue  # "said in a filing at the commercial court that": how, named apart
        if words:
            rest.append(strip_edges(chunk.strip(" .,;:!?“”\"‘’'()")))
    return [r for r in rest if r]


def _before_source(words: str, claimed: str) -> bool:
    """Whether the words just before the source show that the spans are not to be trusted: the
    source cut from its phrase, a clause ending on a comma (the claim before the cue), or a side
    clause around the source while the content runs on past a comma."""
    if _cut_before(words):
        return True  # "The last man to [run …] says": the source is cut from its phrase
    bare = words.strip()
    if bare.endswith(",") and is_clause(bare.rstrip(",")):
        return True  # "Such a move could hurt him, aides believe": the claim came first
    if bare.endswith(","):
        named = bare.rstrip(",").split(",")[-1].split()
        if len(named) >= 2 and named[0].lower() not in _NOT_A_NAME_OPENER:
            if all(w[:1].isupper() or w in ("of", "de", "van", "von") for w in named):
                return True  # "Ann Reed of Lund, [Ostland] says": the source is the place
    last = bare.split()[-1:]
    return bool(last) and last[0].lower() in _JOINS and "," in _QUOTED.sub(" ", claimed)


# a promise or plan on a condition: "will/would … if/unless …" (a claim is something held true
# now; "the council would close the road if the river rose" is a conditional, like a plan)
_CONDITIONAL = re.compile(
    r"\b(?:will|would|shall|[’']ll)\b(?:(?!\b(?:because|but|and|since)\b)[^.;:!?])*?"
    r"(?:,\s*|\s)(?:if|unless|provided|as\s+long\s+as|in\s+case)\b",
    re.IGNORECASE,
)


def _pronoun_source(claim: Claim) -> str | None:
    """The pronoun a claim's sentence names its source by ("It said …"), or None."""
    said = (claim.source_text or "").strip()
    if said in ("It", "it"):
        return said  # "it" is no pronoun of the quiz's list (it may stand for an event)
    return said if " " not in said and is_pronoun(said, at_start=True) else None


def _named_referent(ctx: Context, claim: Claim) -> bool:
    """Whether a pronoun source may be keyed: it stands, for sure, for a source the story names
    ("“…,” she said": Ann Reed; "It said …": Norvale Lines, the Lundar Residents Forum), so
    that the explanation shows the marked pronoun with a name. Not for a description ("It said
    …" for "the company" or "the bus operator", "They said …" for "the groups", "he" for "the
    spokesman"): the marked words would show no one the story names."""
    who = _resolved_pronoun(ctx, claim)
    words = (who or "").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def _resolved_pronoun(ctx: Context, claim: Claim) -> str | None:
    """Who a pronoun source stands for, as a sentence shows it ("the rail company"), or None
    when that is not sure: the analysis's antecedent is doubtful (far back, a group for "he")
    or does not agree with the pronoun ("it" for a person, "she" for "the spokesman")."""
    pronoun = (_pronoun_source(claim) or "").lower()
    source = claim.source or ""
    if not source or not is_usable(claim) or doubtful_source(ctx, claim):
        return None
    person = claim.source_kind in PERSON_KINDS
    if pronoun in ("he", "she"):
        fits = person and source_gender(source) in (None, PRONOUN_GENDER[pronoun])
    elif pronoun == "it":
        plain = not (person or _personal(source) or source.endswith("s"))  # not "officials"
        fits = claim.source_kind in THING_KINDS or plain
        # "Kowalczyk wrote in the report … It continued:": "it" is the report, never a person
        fits = fits and not person and not _named_person(ctx, source)
    elif pronoun == "they":
        fits = not (person or _personal(source)) or source.endswith("s")
    else:
        fits = False  # "I", "we", "you": the speaker is no one the story names before
    if not fits or " and " in source:
        return None
    if any(ch.isupper() for ch in source) and source_key(source) not in story_sources(ctx):
        return None  # "For China", a name cut inside a word: no name to trust
    return display_for(ctx, source)


_PERSON_TITLE = (
    r"(?:Officer|Det|Detective|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Cpl|Corporal|Trooper"
    r"|Deputy|Agent|Chief|Sheriff|Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Sen|Senator|Rep"
    r"|Representative|Gov|Governor|Mayor|Councilman|Councilwoman|Professor|Prof|Rev|Father"
    r"|Sister|Pastor|Rabbi|Coach)\.?"
)


def _named_person(ctx: Context, source: str) -> bool:
    """Whether the story shows a source of no known kind to be a person: another of its claims
    has a person's kind or a "he"/"she" for it, or its last word stands in the story after a
    given name or a person's title ("Dana Kowalczyk", "Officer Kowalczyk"). Read once per
    source of the story (cached)."""
    known = ctx.cache.setdefault("named_person", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = source_key(source)
    if key not in known:
        last = source.split()[-1].strip(".,;:'’") if source.split() else ""
        found = False
        for c in ctx.story.claims:
            if c.source and source_key(c.source) == key:
                said = (c.source_text or "").strip().lower()
                if c.source_kind in PERSON_KINDS or said in ("he", "she"):
                    found = True
                    break
        if not found and last[:1].isupper() and len(last) > 1:
            before = re.compile(
                rf"(?<![\w.])({_PERSON_TITLE}|[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(last)}\b"
            )
            for m in before.finditer(ctx.text):
                word = m.group(1).rstrip(".")
                if word.lower() in given_genders() or re.fullmatch(_PERSON_TITLE, m.group(1)):
                    found = True
                    break
            after = re.compile(rf"\b{re.escape(last)}\b,\s+(?:\d{{1,3}}\s*,|{_APPOSITIVE})")
            for m in after.finditer(ctx.text):
                noun = (m.group("noun") or "").lower()
                if not noun or noun in _PERSON_NOUNS or noun in lexicon.words("role_words"):
                    found = True  # "Kowalczyk, 41,", "Kowalczyk, an officer with …"
                    break
        known[key] = found
    return bool(known[key])


# "…, an officer with the …", "…, a detective": the apposition that makes a name a person's
_APPOSITIVE = (
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z-]+)\b(?=\s+(?:with|for|at|of|in|who)\b|,|\.)"
)
_PERSON_NOUNS = frozenset(
    "officer officers detective sergeant trooper investigator inspector analyst professor "
    "teacher lawyer doctor nurse resident student farmer worker manager owner agent deputy "
    "reporter journalist writer author economist scientist researcher historian pastor "
    "activist volunteer organizer consultant engineer accountant clerk partner member".split()
)


def _personal(source: str) -> bool:
    """Whether a source of no known kind reads as a person ("Harbour master Piet Ruud": a
    first and last name at its end, a given name or a role noun), not a body ("rail company",
    "the bus operator Velto")."""
    if org_name(source):
        return False
    words = [t.lower() for t in tokens(source)]
    roles = lexicon.words("role_words")
    if any(w in given_genders() or w in roles for w in words) or source_gender(source):
        return True
    return PERSON_NAME_RE.search(source) is not None


def _question(
    ctx: Context,
    claim: Claim,
    spans: list[tuple[int, int]],
    answer: tuple[int, ...],
    claimed: tuple[str, str, list[str]],
) -> Question:
    evidence = ctx.claim_evidence(claim)
    sentence = evidence.text.strip()
    options = tuple(ctx.text[a:b] for a, b in spans)
    # the words of the answer as the pupil marks them ("Ann Reed … said"), not glued together
    words = marked_words(options, set(answer))
    known = story_sources(ctx)
    named = claim.source and source_key(claim.source) in known and not doubtful_source(ctx, claim)
    who = f" ({display_for(ctx, claim.source)})" if named and claim.source else ""
    pronoun = _pronoun_source(claim)
    if pronoun:  # "It said …": who "it" is, named as the story did before
        be = "are" if pronoun.lower() == "they" else "is"
        who = f" ({quoted(pronoun)} {be} {_resolved_pronoun(ctx, claim)})"
    what, content, rest = claimed
    how = _channel_beyond(ctx, claim, words)
    explanation = (
        f"In {quoted(sentence)} the words {quoted(words)} show who is making "
        f"the claim{who} and how{how}; what is {what} is {_shown(content, claim)}."
    )
    if rest:
        shown = " and ".join(quoted(r) for r in rest)
        explanation += f" The words {shown} are the story’s own, not part of the claim."
    return Question(
        id=question_id(ctx, KIND, evidence, claim.content_span),
        story=ctx.story.index,
        kind=KIND,
        skill="Attribution",
        difficulty=1 if claim.source_span[0] <= claim.cue_span[0] else 2,  # type: ignore[index]
        prompt=PROMPT,
        options=options,
        answer=answer,
        explanation=explanation,
        evidence=evidence,
    )


# the words right after the cue that say where or in what the claim was made ("said in a
# filing at the commercial court that …"), up to "that"
_CHANNEL_CHUNK = re.compile(
    r"\s+(?P<how>(?:in|on|at|through|via)\s+(?:a|an|the|its|his|her|their)\s+"
    r"[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){0,7}?)(?:\s+that)?\s*"
)


def _channel_beyond(ctx: Context, claim: Claim, words: str) -> str:
    """Where the claim was made, when the story's words for it run on past the marked words:
    " (in a statement on its website)" after "… said in a statement", the channel named whole,
    not cut where the marking ends; " (in a filing at the commercial court)" when the words
    after the cue name a channel the marking leaves out (no longer called the story's own
    words); "" otherwise."""
    from questions.generate.kinds.source_check import channel_words  # noqa: PLC0415 - kinds

    how = channel_words(ctx, claim)
    if how and " ".join(how.split()) not in " ".join(words.split()):
        return f" ({how})"
    if how is None and claim.cue_span and claim.content_span[0] > claim.cue_span[1]:
        m = _CHANNEL_CHUNK.fullmatch(ctx.text, claim.cue_span[1], claim.content_span[0])
        if m and "\n" not in m.group(0):
            return f" ({' '.join(m.group('how').split())})"
    return ""


def _shown(content: str, claim: Claim) -> str:
    """What is claimed, quoted as the explanation gives it: a reported content of several "that"
    clauses whose first "that" went with the verb ("said the dam was safe and that repairs were
    due") is quoted clause by clause ("“the dam was safe” and “repairs were due”"), not as "the
    dam was safe and that repairs were due", which reads as no one statement."""
    parts = [("", content)] if claim.quote == "direct" else that_clauses(content)
    out = ""
    for joiner, clause in parts:
        out += (", " if joiner == "," else f" {joiner} " if joiner else "") + quoted(clause)
    return out
