"""The named people and bodies a story gives a part without quoting them ("Judge Mara Quint
adjourned the case", "the case goes before the Federal Court"): wrong options of who_denied
where a short wire story has too few other speakers.

Only whole, clean names count: a given name and a surname or two ("Nadia Ramlall-Soobrun"),
after any title ("Mayor Doug Ruiz"); or capitalised words that end in a body's word ("the
Federal Court", "the Harbour Workers Union"). Never a place, never a name cut from a longer one
("Southern Africa Swimming Confederation" of "Eastern and Southern Africa …"), never one the
story's sources already hold (under any of its words), never one written after a possessive
("her lawyer, Ana Roy": someone's own side) nor in a sentence of a denial verb.
"""

from __future__ import annotations

import functools
import re

from questions.cues import TITLES
from questions.generate import lexicon
from questions.generate.registry import Context
from questions.generate.sources import SourceInfo, affiliations, source_key, story_sources
from questions.generate.text import content_words
from questions.names import GIVEN_NAMES, kind_of, looks_personal, org_name

# a maximal run of capitalised words ("Judge Mara Quint", "The Federal Court")
_RUN = re.compile(r"[A-Z][\w’'-]*\.?(?:[ ]+[A-Z][\w’'-]*\.?)*")
_POSSESSIVE_END = re.compile(r"[’']s?$")
# a run that is part of a longer name: "Eastern and [Southern Africa …]", "[Bank] of England"
_JOINED_BEFORE = re.compile(r"(?:\b(?:and|of|for|the|de|van|von)|&|[’']s?|-)[ ]*$")
_JOINED_AFTER = re.compile(r"^(?:[ ]+(?:and|of|for|&|de)[ ]+[A-Z]|-|[’']s?[ ]+[A-Z])")
# "his lawyer, Ana Roy", "its chief executive Ana Roy": the role of someone a pronoun stands for
# (or of someone named: "Ekwueme's lawyer, Ana Roy")
_OWNED_ROLE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|[A-Z][\w-]*[’']s?)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*,?\s*$"
)
# a sentence where a party may deny, or clear someone of, the matter itself ("Judge Mara Quint
# threw out the charges", "the court cleared him"): none of its names is a wrong option
_DENIAL_WORD = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|reject|disput|dismiss|refut|rebut|clear(?:s|ed)?\b|acquit"
    r"|quash|overturn|thr(?:ew|own)\s+out|not\s+guilty|found\s+no\b|cleared)",
    re.I,
)
_DETERMINERS = frozenset({"The", "A", "An"})
_TITLES_LOWER = frozenset(t.lower().rstrip(".") for t in TITLES)
# the last words of a body that plays a part in a story without being anyone's own side
# ("the Federal Court", "the City Council", "the Transport Workers Union")
_BODY_ENDS = frozenset(
    {"court", "tribunal", "council", "ministry", "commission", "union", "authority", "agency"}
    | {"board", "police", "parliament", "senate", "assembly", "federation", "association"}
)
MAX_PARTIES = 12  # the most parties one story offers


def named_parties(ctx: Context) -> list[SourceInfo]:
    """The story's named people and bodies that are none of its sources, each with the line it
    is first named on (as ``claims`` is empty: ``first`` in ``ctx.cache``), worked out once."""
    cached = ctx.cache.get("named_parties")
    if isinstance(cached, list):
        return cached
    sources = story_sources(ctx)
    source_words: set[str] = set()
    for s in sources.values():
        # its name words as written, not its description's ("a maritime safety consultant")
        source_words |= content_words(s.name) | content_words(
            " ".join(w for w in s.mentions if w[:1].isupper())
        )
    ties = affiliations(ctx)
    found: dict[str, SourceInfo] = {}
    lines: dict[str, int] = {}
    for sentence in ctx.story.sentences:
        text = sentence.text
        if _DENIAL_WORD.search(text):
            continue  # "…, which Judge Quint rejected": a party of the denial
        for m in _RUN.finditer(text):
            words = m.group(0).split()
            start = m.start()
            while words and words[0] in _DETERMINERS:
                start += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
            before, after = text[:start], text[m.end() :]
            if _JOINED_BEFORE.search(before) and not before.rstrip().endswith(("the", "The")):
                continue
            if _JOINED_AFTER.match(after) or _OWNED_ROLE.search(before):
                continue
            title = []
            while words and words[0].lower().rstrip(".") in _TITLES_LOWER:
                title.append(words.pop(0))
            words[-1:] = [_POSSESSIVE_END.sub("", words[-1])] if words else []
            name = " ".join(words)
            info = _party(name, title, before)
            if info is None or info.key in sources or info.words & source_words:
                continue
            info.words |= ties.get(words[-1], frozenset())  # "Ana Roy, counsel to Lund Ltd"
            if info.key not in found:
                found[info.key] = info
                lines[info.key] = sentence.line
    out = sorted(found.values(), key=lambda i: (lines[i.key], i.key))[:MAX_PARTIES]
    ctx.cache["named_parties"] = out
    ctx.cache["party_lines"] = lines
    return out


@functools.cache
def _ROLES() -> frozenset[str]:  # noqa: N802 - a constant built once
    return frozenset(lexicon.words("role_words")) | frozenset(
        {"judge", "magistrate", "justice", "prosecutor", "coroner", "mayor", "minister"}
    )


def party_line(ctx: Context, info: SourceInfo) -> int:
    """The line a party is first named on."""
    lines = ctx.cache.get("party_lines")
    return lines.get(info.key, 0) if isinstance(lines, dict) else 0


def _party(name: str, title: list[str], before: str) -> SourceInfo | None:
    """A run of capitalised words as a party: a person's full name or a body's name."""
    words = name.split()
    if not words or any(w.endswith(".") and len(w) > 2 for w in words):
        return None
    role = {t.lower().rstrip(".") for t in title}
    lead = before.split()[-3:]  # "retired judge [Nadia Ramlall-Soobrun]"
    role |= content_words(" ".join(w for w in lead if w.islower()))
    # "FreshLane founder [Ana Roy]": the body a role before the name is of, as a word of hers
    ties = content_words(" ".join(lead)) if lead and lead[-1].islower() else frozenset()
    named_as = words[0] in GIVEN_NAMES or bool(title) or bool(role & _ROLES())
    if 2 <= len(words) <= 3 and named_as and looks_personal(name):
        kind = "official" if title else "person"
        info = SourceInfo(source_key(name), name, kind)
    elif (
        len(words) >= 2
        and words[-1].lower() in _BODY_ENDS
        and words[0] not in GIVEN_NAMES
        and (org_name(name) or all(w[:1].isupper() for w in words))
    ):
        shown = f"the {name}" if before.rstrip().endswith(("the", "The")) else name
        info = SourceInfo(source_key(name), shown, kind_of(name) or "organisation")
        ties = frozenset()  # "the Federal Court": of no one before it
    else:
        return None
    info.words |= content_words(name) | role | ties
    info.role |= role
    info.mentions += words
    return info
