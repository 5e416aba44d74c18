"""spot_the_cue (Attribution): the sentence itself; the student marks the words that show who is
making the claim. ``options`` are the sentence's words in order and ``answer`` the sorted indices
of the words that name the source and the cue; :func:`score_spot_the_cue` marks a choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from questions.cues import TITLES
from questions.generate import lexicon
from questions.generate.claims import is_claim
from questions.generate.explain import name_span, quoted, verb_span
from questions.generate.registry import Context, question_id, register
from questions.generate.sources import (
    cut_in_word,
    cut_source,
    display_for,
    doubtful_source,
    is_usable,
    not_a_name,
    source_key,
    story_sources,
)
from questions.generate.text import (
    WORD_RE,
    is_clause,
    marked_words,
    opens_on_question,
    quotes_balanced,
    trailing_fragment,
    word_count,
)
from questions.model import Claim, Question
from questions.sources import is_adverb

KIND = "spot_the_cue"
PROMPT = "Which words in this sentence show who is making the claim, and how?"
PASS_F1 = 0.6
MAX_MARKED = 8  # more words to mark than this: the source span holds more than a name
_SNARK = re.compile(r"(?:Looks|Sounds|Seems|Looked|Sounded|Seemed)\s+like\b")
_PERSONAL = re.compile(r"\b(?:We|we|our|Our|us)\b")
_CAPS_RUN = re.compile(r"\b[A-Z’'-]{2,}(?:\s+[A-Z’'-]{2,}){2,}\b")
_NAME_AFTER = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# "Tom Hale, a farmer from Lund, says": the source span is the description, the name before it
_NAME_BEFORE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,\s+$")
_NOT_A_NAME_OPENER = frozenset({"in", "on", "at", "after", "before", "for", "from", "by", "with"})
# "an echo of Reed’s familiar claims": the possessor, not the phrase's head, is the source
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
    """The absolute spans of the whitespace-separated words of a sentence starting at ``start``."""
    return [(start + m.start(), start + m.end()) for m in WORD_RE.finditer(text)]


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
        if cut_in_word(ctx.text, c.source_span[1]):
            continue  # a name cut inside a word
        if not is_usable(c) or not is_claim(ctx, c):
            continue  # "urged", "hopes", "records show": not someone's claim
        if not (c.quote == "direct" or is_clause(c.content)):
            continue  # "X declared war on ...": an act, not a claim; "they believe": whose?
        if c.quote == "direct" and (
            trailing_fragment(c.content)
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
        if _other_cue(ctx.text, c) or _opens_side_clause(ctx.text[s : c.source_span[0]]):
            continue  # "After the legislators dismissed the bills, ...": an event, not a claim
        if _description_of_name_before(ctx.text, s, c) or _HEAD_OF_POSSESSOR.match(
            c.source_text or ""
        ):
            continue  # "Tom Hale, a farmer, says" keyed without "Tom Hale"; "an echo of X's"
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
    return bool(lexicon.phrase_regex("reporting_words").search(rest))


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
    out = []
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
        parts = [name_span(ctx.text, claim.source_span), verb, *_addressee(ctx.text, verb, claim)]
        answer = marked(spans, parts)
        if not answer or len(answer) * 2 > len(spans) or len(answer) > MAX_MARKED:
            continue  # "X, speaking on a Westford radio show after the vote, said": not the cue
        out.append(_question(ctx, claim, spans, answer))
    return out


def _question(
    ctx: Context, claim: Claim, spans: list[tuple[int, int]], answer: tuple[int, ...]
) -> Question:
    evidence = ctx.claim_evidence(claim)
    sentence = evidence.text.strip()
    options = tuple(ctx.text[a:b] for a, b in spans)
    # the words of the answer as the pupil marks them ("Ann Reed … said"), not glued together
    words = marked_words(options, set(answer))
    known = story_sources(ctx)
    named = claim.source and source_key(claim.source) in known and not doubtful_source(ctx, claim)
    who = f" ({display_for(ctx, claim.source)})" if named and claim.source else ""
    explanation = (
        f"In {quoted(sentence)} the words {quoted(words)} show who is making "
        f"the claim{who} and how; the rest is what is claimed."
    )
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
