"""Wording shared by explanations: quoting evidence and naming the cue words."""

from __future__ import annotations

import re

from questions.generate.registry import Context
from questions.generate.text import is_pronoun, tokens
from questions.model import Claim

_STRAIGHT = re.compile(r'"')
_DETERMINERS = frozenset(
    {"the", "a", "an", "some", "many", "several", "two", "three", "few", "most", "other", "one"}
    | {"his", "her", "its", "their", "our", "this", "that", "these", "those", "both", "all"}
    | {"another", "each", "every", "any", "no", "such"}
)


def quoted(text: str) -> str:
    """A text in curly double quotes, its own double quotes turned into single ones that still
    open and close where the text's did (a straight " opens after a space, else closes)."""
    t = " ".join(text.split()).replace("``", '"').replace("''", '"')  # archives' '' quotes
    if t.startswith("“") and t.endswith("”") and "“" not in t[1:] and "”" not in t[:-1]:
        return t
    inner = t.replace("“", "‘").replace("”", "’")
    inner = _STRAIGHT.sub(lambda m: _single(inner, m.start()), inner)
    return f"“{inner}”"


def _single(text: str, at: int) -> str:
    """The single curly quote that a straight double quote at ``at`` stands for."""
    before = text[at - 1] if at else " "
    return "‘" if before.isspace() or before in "([{—–-‘/" else "’"


def cue_words(words: str) -> str:
    """The cue words named in an explanation, quoted ("the words “Russia says”"), never marked
    up: highlighting is done from the evidence's spans."""
    return f"the words {quoted(words)}" if len(words.split()) > 1 else f"the word {quoted(words)}"


def needs_resolution(claim: Claim) -> bool:
    """Whether the sentence names the source only by a pronoun, or not at all."""
    if not claim.source_text:
        return True
    toks = tokens(claim.source_text)
    return len(toks) == 1 and is_pronoun(toks[0], at_start=True) or toks[:1] == ["It"]


def claim_cue_words(ctx: Context, claim: Claim) -> str:
    """The words that attribute a claim, as the sentence has them ("Russia says"): always words
    of the story, in their order and next to each other, so that a pupil can find them."""
    who = claim.source_text
    who_at = None
    if who and claim.source_span:
        s, e = name_span(who, (0, len(who)))
        who = who[s:e]  # "Jane Doe, a union leader, said": the words are "Jane Doe … said"
        who_at = (claim.source_span[0] + s, claim.source_span[0] + e)
    cue = claim.cue
    cue_at = None
    if cue:
        s, e = verb_span(cue, (0, len(cue)))
        cue = cue[s:e]  # "said in a recent interview": the words are "she said"
        if claim.cue_span:
            cue_at = (claim.cue_span[0] + s, claim.cue_span[0] + e)
    if who and cue and who_at and cue_at and not _apart(who_at, cue_at):
        joined = _together(ctx.text, who_at, cue_at, f"{who} {cue}", f"{cue} {who}")
        if joined is not None:
            return joined or cue
    if not cue:
        return f"a quotation continued from {claim.source}" if claim.source else "a quotation"
    if not who or (
        claim.source_span and claim.cue_span and _inside(claim.source_span, claim.cue_span)
    ):
        return cue
    if claim.source_span and claim.cue_span and _apart(claim.source_span, claim.cue_span):
        return cue  # "Doe had denied rumours he was … by tweeting": not "he tweeting"
    if claim.source_span and claim.cue_span and claim.cue_span[0] < claim.source_span[0]:
        return f"{cue}{_gap(ctx.text, cue_at, who_at)}{who}"
    # "Brian Abernathy, the port director who drafted the plan, said": "Brian Abernathy …
    # said", never glued into words the story does not write side by side
    return f"{who}{_gap(ctx.text, who_at, cue_at)}{cue}"


def _gap(text: str, first: tuple[int, int] | None, second: tuple[int, int] | None) -> str:
    """What joins two runs of words an explanation quotes: a space when only spaces part them
    in the story (or their places are unknown), else " … " (words stand between)."""
    if first is None or second is None or first[1] > second[0] or second[0] > len(text):
        return " "
    return " " if not text[first[1] : second[0]].strip() else " … "


_APPOSITION = re.compile(r",\s+(?=[a-z\d]|[A-Z][\w.-]*['’]s\b)|\s+\(")
# "Doe’s campaign rival Sen. Ann Reed": a description opening on another's possessive, then the
# speaker's title and name (two capitalised words or more, to the end)
_POSSESSIVE_LEAD = re.compile(
    r"[A-Z][\w.-]*['’]s\s+(?:(?:[a-z][\w-]*|[A-Z]{2,})\s+)+(?=(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]+$)"
)


# a channel or a time after the verb; not the particle of "went on to say" (the cue itself)
_CHANNEL = re.compile(
    r"\s+(?:in|on|at|during|after|before|with|through|via|from|over|last|this|earlier)\b"
    r"(?!\s+to\b)"
)


def verb_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A cue's span without the channel or time after its verb ("said in a statement" ->
    "said", "told the AP on Monday" -> "told the AP"): the words a reader marks as how."""
    m = _CHANNEL.search(text, span[0], span[1])
    return (span[0], m.start()) if m and m.start() > span[0] else span


def name_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A source's span without the description set off after its name ("Jane Doe, a union
    leader," -> "Jane Doe"; "Jane Doe, Reed’s deputy," -> "Jane Doe") nor one before it that
    opens on another person's possessive ("Reed’s party rival Sen. Jane Doe" -> "Sen. Jane
    Doe"): the words a reader marks as who is speaking."""
    m = _APPOSITION.search(text, span[0], span[1])
    if m and m.start() > span[0]:
        span = (span[0], m.start())
    lead = _POSSESSIVE_LEAD.match(text[span[0] : span[1]])
    return (span[0] + lead.end(), span[1]) if lead else span


_APART = 25  # characters between a source and its cue beyond which they are not one phrase


# what parts a source from its cue as two phrases: a sentence end, a quotation mark, a colon
_BARRIER = re.compile(r"[.!?](?=\s)|[;:“”\"]")


def _together(text: str, who: tuple[int, int], cue: tuple[int, int], *glued: str) -> str | None:
    """The source and cue words as the story writes them, from the first to the last: glued
    with a space when only spaces part them ("Jane Doe said"), else with the words between
    ("a county engineer said, adding", not "a county engineer adding"). None when the spans do
    not hold the words named (the analysis rewrote them); "" when they are not one phrase (a
    quotation or a sentence end between them): then the cue alone is named. A bracket may
    stand between ("Sen. Ann Reed (D-Ost.) said")."""
    lo, hi = min(who[0], cue[0]), max(who[1], cue[1])
    if min(who[1], cue[1]) > max(who[0], cue[0]) or hi > len(text):
        return None  # overlapping spans: the caller's rules decide
    words = " ".join(text[lo:hi].split())
    if words in glued:
        return words
    first, second = sorted((who, cue))
    between = text[first[1] : second[0]]
    if not between.strip():
        return None  # only spaces apart, yet other words than the spans hold: leave it be
    if _BARRIER.search(between):
        return ""  # a sentence end or a quotation between: not one phrase
    return words


def _apart(source: tuple[int, int], cue: tuple[int, int]) -> bool:
    gap = cue[0] - source[1] if cue[0] >= source[1] else source[0] - cue[1]
    return gap > _APART


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def claim_of(name: str | None, usable: bool) -> str:
    """ "Russia’s claim", or "a claim by sources" for a source that is not a specific name."""
    words = name.lower().split() if name else []
    if not words or all(w in _DETERMINERS for w in words):
        return "a claim by an unnamed source"  # "another says": not "the another’s claim"
    if not usable or name[:1].islower() and not name.startswith("the "):
        first = name.split()[0] if name.split() else name
        lowered = name if first.isupper() else name[:1].lower() + name[1:]  # keep "GOP", "AP"
        possessive = first.endswith(("'s", "’s"))  # "the field's biggest hawks say"
        if first.islower() and first not in _DETERMINERS and (possessive or first[-1] != "s"):
            lowered = "the " + lowered  # "the group says": "made by the group", not "by group"
        return f"a claim made by {lowered}"
    if _DESCRIBED.fullmatch(name) and name.split()[0].lower() not in _DETERMINERS:
        name = f"the {name}"  # "Chinese official": "the Chinese official’s claim"
    return f"{name}’s claim" if not name.endswith("s") else f"{name}’ claim"


# a description, not a name: capitalised words ("Chinese", "White House") before a lower-case
# head noun ("official", "officials"), with no possessive or stop among them
_DESCRIBED = re.compile(r"(?:[A-Z][a-z]+\s+)+[a-z]+")


def cue_of(ctx: Context, claim: Claim) -> str:
    """The words that attribute a claim, as an explanation names them ("the words “X said”");
    a quotation with no cue of its own carries on the speaker's words from just before it."""
    if not claim.cue:
        who = f"{claim.source}’s" if claim.source else "a speaker’s"
        return f"the quotation carries on {who} words from just before it"
    return cue_words(claim_cue_words(ctx, claim))
