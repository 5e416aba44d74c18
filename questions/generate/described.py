"""A body a story writes as a definite description ("the commission", "the company", "the
regulator"), resolved to the one named body of the story it can only mean.

``bodies_named`` finds the named bodies of one type written before a point of the story
("shipowner Halden Bulk", "the Tollan Water Commission"); ``body_meant`` picks the one a
description means, or None when two fit, none does, or the story also writes an unnamed body
of that noun ("a court", "the firm's board"), which the description may mean instead. Shared
by the story's sources (``sources._described_sources``: a claim of "the council said" counted
as the council's) and who_denied (a denier written "The company").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import Protocol

from questions.cues import SOURCE_KINDS
from questions.generate import lexicon
from questions.generate.registry import Context
from questions.model import Claim, Sentence
from questions.names import GIVEN_NAMES

# "The company", "The shipowner": the nouns a denier's description may be, each with the words
# that introduce a named body of its type ("shipowner Halden Bulk", "Carrow Bank"): lower-case
# heads before the name, capitalised words that end it
_COMPANY_HEADS = (
    "company|firm|toymaker|shipowner|operator|airline|carrier|maker|carmaker|manufacturer"
    "|retailer|supplier|developer|insurer|lender|bank|chain|producer|brewer|builder|contractor"
    "|charterer|rival|subsidiary|conglomerate|utility|publisher|broadcaster"
)
_COMPANY_TAILS = (
    "Ltd|Inc|Plc|PLC|Group|Company|Corp|Corporation|Holdings|Motors|Airlines|Airways|Lines"
    "|Bank|Toys|Shipping|Logistics|Freight|Foods|Industries|Energy|Mutual|Insurance|Bulk"
)
_BODY_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("company", "firm"), (_COMPANY_HEADS, _COMPANY_TAILS)),
    "shipowner": ("shipowner|shipping company|operator", "Shipping|Lines|Bulk"),
    "operator": ("operator", "Lines|Rail|Railways|Ferries|Airlines"),
    "airline": ("airline|carrier", "Airlines|Airways|Air"),
    "carrier": ("airline|carrier", "Airlines|Airways|Air"),
    "toymaker": ("toymaker", "Toys"),
    "carmaker": ("carmaker", "Motors"),
    **dict.fromkeys(("bank", "lender"), ("bank|lender", "Bank")),
    "insurer": ("insurer", "Insurance|Mutual"),
    "ministry": ("ministry", "Ministry"),
    "council": ("council", "Council"),
    "club": ("club", "FC|Club"),
    "hospital": ("hospital", "Hospital|Infirmary"),
}
# a description whose noun is the last word of the body's name ("the commission": the Tollan
# Water Commission); a regulator, any public body of these heads
_HEAD_NOUNS = (
    "commission authority agency board union court association federation department"
    " committee tribunal network institute"
).split()
_REGULATOR_TAILS = "Commission|Authority|Regulator|Agency|Board|Office|Watchdog|Inspectorate"
_ALL_TYPES: dict[str, tuple[str, str]] = {
    **_BODY_TYPES,
    **{noun: (noun, noun.capitalize()) for noun in _HEAD_NOUNS},
    **dict.fromkeys(("regulator", "watchdog"), ("regulator|watchdog", _REGULATOR_TAILS)),
}
# who_denied's deniers ("The company denied …"); any description of a claim's source
DESCRIBED = re.compile(r"[Tt]he\s+(" + "|".join(_BODY_TYPES) + r")")
DESCRIBED_ANY = re.compile(r"[Tt]he\s+(" + "|".join(_ALL_TYPES) + r")")
_NAME_WORDS = r"[A-Z][\w’'&-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w’'&-]*){0,3}"
# last words of a body's name that say it is no company ("the Dutch Safety Board")
NO_COMPANY = frozenset(
    "board office union agency ministry council police association federation commission"
    " authority institute university court service department party guard navy army".split()
)
_NOT_NAME = frozenset({"The", "A", "An", "On", "In", "At", "Its", "Their", "His", "Her"})


def bodies_named(ctx: Context, noun: str, before: int) -> set[str]:
    """The names of the bodies of one type (``noun``'s) the story writes before ``before``:
    "shipowner Halden Bulk", "Toymaker Brightmoor Toys", "Carrow Bank", "the Ministry of
    Health"; and, for a company, any listed organisation that so ends ("Norvik Freight").
    The story is read once per noun (``_named_in_story``); each call keeps what ends before."""
    ends, names = _named_in_story(ctx, noun)
    found = set(names[: bisect.bisect_right(ends, before)])
    # one body written twice ("Halden Bulk", "shipowner Halden Bulk"): its longest form
    return {n for n in found if not any(n != o and n in o for o in found)}


def _named_in_story(ctx: Context, noun: str) -> tuple[list[int], list[str]]:
    """Every name of a body of ``noun``'s type in the story, with where it ends, by its end
    (read once per story and noun: a story of thousands of descriptions stays linear)."""
    cache = ctx.cache.setdefault("bodies_named", {})
    assert isinstance(cache, dict)  # noqa: S101 - the cache's own entry
    if noun in cache:
        return cache[noun]
    heads, tails = _ALL_TYPES[noun]
    start, end = ctx.story.span
    text = ctx.text[start:end]
    patterns = (
        rf"(?<![\w’'-])(?i:{heads})(?:,[ ]+|[ ]+)({_NAME_WORDS})",
        rf"\b((?:[A-Z][\w’'&-]*[ ]+){{1,3}}(?:{tails}))\b",
        rf"\b((?:{tails})\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)",
    )
    if noun in ("company", "firm"):
        # "the Sunmill bakery chain", "the Golden Crust bakery chain" (den12): the name before a
        # trade and a company head
        patterns += (rf"\bthe[ ]+((?:[A-Z][\w’'&-]*[ ]+){{1,3}})(?:[a-z]+[ ]+)?(?:{heads})\b",)
    if noun == "club":  # "FC Marden": the club's initials before its name
        patterns += (r"\b((?:FC|AFC|SC|AC)[ ]+[A-Z][\w’'-]+(?:[ ]+[A-Z][\w’'-]+)?)\b",)
    found: list[tuple[int, str]] = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            while words and (
                words[0] in _NOT_NAME
                or (re.fullmatch(heads, words[0].lower()) and words[1:2] != ["of"])
            ):
                words = words[1:]  # "Toymaker Brightmoor Toys": Brightmoor Toys; not "Ministry of"
            if words and " ".join(words).lower() in _place_words():
                continue  # "the Norland bakery chain": a chain of a place, no name
            if words and words[0] not in GIVEN_NAMES:  # "shop owner Ian Marsh": a person
                found.append((start + m.end(), " ".join(words)))
    found.sort()
    cache[noun] = ([e for e, _ in found], [n for _, n in found])
    return cache[noun]


class _Source(Protocol):  # a SourceInfo, read only for its name, kind and first line
    name: str
    kind: str | None

    def first_line(self) -> int: ...


def name_words(name: str) -> frozenset[str]:
    """The capitalised words of a name, lower-cased, possessive cut ("Lund's" -> lund)."""
    words = (w.strip(",.").removesuffix("’s").removesuffix("'s") for w in name.split())
    return frozenset(w.lower() for w in words if w[:1].isupper()) - {"the"}


def other_company(name: str, line: int, sources: Iterable[_Source]) -> bool:
    """Whether a source of the story before ``line`` is another body that may be a company
    too ("Ostwind said …"): then "the company" may mean either. A headline's trade alone
    ("Toymaker recalls …") names no other body."""
    return any(
        other.kind in ("organisation", None)
        and not name_words(other.name) & name_words(name)
        and not _bare_trade(other.name)
        and (other.name.split() or [""])[-1].lower() not in NO_COMPANY
        and other.first_line() < line
        for other in sources
    )


def _bare_trade(name: str) -> bool:
    """Whether a source's name is one capitalised source noun and nothing else ("Toymaker" of a
    headline "Toymaker recalls scooters"): a description, no name of a body."""
    words = name.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in SOURCE_KINDS


def _plain_name(name: str) -> str:
    """A found name without the words a sentence put before it ("After Tollan Water
    Commission" -> "Tollan Water Commission"; "Vessia's Interior Ministry" is kept whole)."""
    words = name.split()
    stop = lexicon.words("stopwords")
    while len(words) > 1 and words[0].lower() in stop:
        words = words[1:]
    return " ".join(words)


def _one_body(names: Iterable[str]) -> str | None:
    """The one body a set of found names writes (a shorter form's words all in a longer's:
    "Water Commission", "Tollan Water Commission"), by its longest form; None for two."""
    stop = lexicon.words("stopwords")
    plain = sorted({_plain_name(n) for n in names}, key=len, reverse=True)
    if any(w.lower() in stop for n in plain for w in n.split()[1:] if w[:1].isupper()):
        return None  # "Disputes Characterization Of Network": a headline's words in title case
    if not plain:
        return None
    full = plain[0]
    if any(not name_words(n) <= name_words(full) for n in plain[1:]):
        return None  # two bodies of the type: "the commission" may be either
    return full


_INDEFINITE = frozenset("a an another one any some each every no".split())
_DETERMINERS = _INDEFINITE | frozenset("the its their his her this that our your".split())
_OTHER_WORDS = frozenset(
    "other rival parent sister second separate different former new previous own".split()
)
_PLACE_OWNERS = frozenset("country state nation city province region town island".split())
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ ]+$")


def _unnamed_body(ctx: Context, noun: str, name: str, first: int, before: int) -> bool:
    """Whether the story writes, before ``before``, the noun of a body other than ``name``
    (:func:`_first_unnamed_end`: the story read once per noun, name and first mention)."""
    cache = ctx.cache.setdefault("unnamed_body", {})
    assert isinstance(cache, dict)  # noqa: S101 - the cache's own entry
    key = (noun, name, first)
    if key not in cache:
        cache[key] = _first_unnamed_end(ctx, noun, name, first)
    end = cache[key]
    return end is not None and end <= before


def _first_unnamed_end(ctx: Context, noun: str, name: str, first: int) -> int | None:
    """Whether the story writes, before ``before``, the noun in lower case of a body other than
    ``name`` (first written at ``first``) may be: before the name, unless by words of the name
    ("the company that makes …" of another body; not "the data privacy authority"), after an
    indefinite ("A Vessian court", "a rival firm"), after a possessive of no place ("the firm's
    board"), after a word that sets it apart ("the parent company, Ostra Holdings": another
    company's), after a modifier that is no word of the name where the noun is the name's own
    ("the election commission" beside the Tollan Water Commission), or with a name of its own
    in lower case ("the council of Ostby"). Where the noun is followed by a capitalised name it
    introduces that name ("a firm, Ostra Foods"): its indefinite is no other body.
    Returns where the first such mention of the story ends, or None."""
    text = ctx.text
    start, stop = ctx.story.span
    own = noun.capitalize() in _ALL_TYPES[noun][1].split("|")  # "commission": its head
    allowed = name_words(name) | lexicon.words("demonyms") | countries_lower()
    for m in re.finditer(rf"\b{noun}\b", text[start:stop]):
        at, end = start + m.start(), start + m.end()
        after = text[end : end + 40]
        naming = bool(re.match(r"(?:,[ ]+|[ ]+)[A-Z]", after))  # "firm Ostra Foods"
        if re.match(r"[ ]+of[ ]+(?:the[ ]+)?[A-Z]", after):
            return end  # "the council of Ostby": a body named in lower case
        lead = text[max(start, at - 80) : at]
        if re.search(rf"(?<![\w’'-]){re.escape(name)}[ ]+(?:[a-z]+[ ]+)?$", lead):
            continue  # "the Brisk Parcel delivery company" (den12): the name's own noun
        pos, mods = at, []
        for _ in range(4):  # the words of its noun phrase, back to a determiner
            w = _WORD_BEFORE.search(text, max(start, pos - 40), pos)
            if w is None:
                break
            word, pos = w.group(1), w.start(1)
            low = word.lower()
            if low not in _DETERMINERS and low in lexicon.words("stopwords"):
                break  # "complaints to council staff": a preposition ends the phrase
            if low in _DETERMINERS:
                if low in _INDEFINITE and not naming:
                    return end  # "A Vessian court": a body the story does not name
                break
            if low.endswith(("’s", "'s")):
                if low[:-2] not in _PLACE_OWNERS and low[:-2] not in allowed:
                    return end  # "the firm's board": that body's own board
                break
            if not word.isalpha():
                break  # a number, "Ostby-based": no longer a word of the noun's kind
            if low in _OTHER_WORDS or (own and not naming and low not in allowed):
                return end  # "the parent company", "the election commission"
            mods.append(low)
        if at < first and not naming and not (mods and set(mods) <= name_words(name)):
            return end  # "the company that makes …" before the name: perhaps another body
    return None


def _place_words() -> frozenset[str]:
    """Places and peoples, lower-cased: never a company's name before its trade."""
    return countries_lower() | lexicon.words("demonyms")


@functools.cache
def countries_lower() -> frozenset[str]:
    """Country and place names, lower-cased (``gen_name_groups.tsv``)."""
    return frozenset(row[0].lower() for row in lexicon.table("name_groups") if row[-1] != "person")


def body_meant(
    ctx: Context, noun: str, before: int, line: int, sources: Iterable[_Source]
) -> str | None:
    """The name of the one body a description ("the commission", "the company") written at
    ``before`` on ``line`` can only mean: the story names exactly one body of its type before
    it, no unnamed one of that noun, and, for a company, no other body that speaks before it
    and may be a company too. None otherwise."""
    names = bodies_named(ctx, noun, before)
    name = _one_body(names)
    if name is None:
        return None
    found = [at for n in names if (at := ctx.text.find(n, ctx.story.span[0], before)) >= 0]
    if not found or _unnamed_body(ctx, noun, name, min(found), before):
        return None
    if noun in ("company", "firm") and other_company(name, line, sources):
        return None  # "Ostwind said …": another body, perhaps a company too
    return name


def named_before(ctx: Context, name: str, claim: Claim) -> Sentence | None:
    """The sentence before a claim's own that first writes a body's name ("the Tollan Water
    Commission" found as "The Tollan Water Commission has sued …"): where a pupil sees which
    body "the commission" of the claim is. None when the name is first written in the claim's
    own sentence, or not before it (a mention in the headline, which is no sentence, skipped)."""
    bare = name.removeprefix("the ").removeprefix("The ")
    at = ctx.text.find(bare, ctx.story.span[0], claim.sentence_span[0])
    for _ in range(_NAMING_TRIES):  # the headline is no sentence: its next mention, then
        where = ctx.sentence_at((at, at + 1)) if at >= 0 else None
        if where is not None:
            return where if where.span[1] <= claim.sentence_span[0] else None
        if at < 0:
            return None
        at = ctx.text.find(bare, at + 1, claim.sentence_span[0])
    return None


_NAMING_TRIES = 3
