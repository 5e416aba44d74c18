"""People offered as options in one form: all full names, or all surnames.

A keyed "Okafor" beside "Ana Reyes", "Lena Schultz" and "Tom Hale" gives the answer away by its
form alone (so would a keyed full name among bare surnames). When the people among a question's
options are shown some by a full name and some by a surname only, each bare surname is shown by
the full name the story gives it ("Torvild Okafor", when the story writes one given name before
"Okafor"); failing that every person is shown by the surname, if no two of them share one and
the story gives none of them to two people ("Ann Hale" and "Tom Hale"); failing that the question
stays as built unless the keyed option is the odd one out in form, and then it is skipped.
Options that are no person ("the Harbour Gazette") stay as they are.
"""

from __future__ import annotations

import dataclasses
import re

from questions.generate import lexicon
from questions.generate.registry import Context
from questions.generate.sources import countries, story_sources
from questions.generate.text import (
    CONNECTIVES,
    NAME_PARTICLES,
    PERSON_KINDS,
    given_names,
    option_name,
)
from questions.model import Question
from questions.names import family_first

NAME_KINDS = frozenset({"who_said", "who_denied", "characterization"})
_SUFFIX = re.compile(r"^(?:Jr|Sr|I{1,3}|IV)\.?,?$")
# a capitalised word right before another that ends a run of capitals: "Ann" of "Ann Hale"
_BEFORE_LAST = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)(\.?)[ \t]+(?=([A-Z][\w’'-]+)\b)")


def uniform_people(ctx: Context, q: Question) -> Question | None:
    """The question with its people's options in one form, the question itself when they are
    already in one (or it asks no who-question), None when the keyed option stands out in form
    and the options cannot all be shown by surname."""
    if q.kind not in NAME_KINDS or not isinstance(q.answer, int):
        return q
    people = _people(ctx)
    persons = [i for i, o in enumerate(q.options) if o in people]
    bare = [i for i in persons if _bare(q.options[i])]
    full = [i for i in persons if not _bare(q.options[i])]
    if not bare or not full:
        return q
    odd = [q.answer] in (bare, full)
    firsts = _first_words(ctx)
    # the full form: each bare surname the story writes after one given name only ("Zoe Hale")
    named = {i: _given(ctx, firsts, q.options[i]) for i in bare}
    if all(named.values()):
        options = tuple(f"{named[i]} {o}" if i in named else o for i, o in enumerate(q.options))
        if len({options[i] for i in persons}) == len(persons):
            return dataclasses.replace(q, options=options)
    # else the surname form, if no surname is two people's
    surnames = {i: _surname(q.options[i]) for i in persons}
    clear = len(set(surnames.values())) == len(surnames) and all(
        len(_maximal(firsts.get(s.split()[-1], frozenset()))) <= 1 for s in surnames.values()
    )
    if not clear:
        return None if odd else q
    options = tuple(surnames.get(i, o) for i, o in enumerate(q.options))
    return dataclasses.replace(q, options=options)


def _maximal(runs: frozenset[str]) -> list[str]:
    """The given names written before one surname, less those held in a longer one ("Ann" in
    "Ann Marie"): one person's names, or several people's."""
    return [r for r in runs if not any(r != o and set(r.split()) <= set(o.split()) for o in runs)]


def _given(ctx: Context, firsts: dict[str, frozenset[str]], option: str) -> str | None:
    """The given name(s) the story writes before a bare surname, when they are one person's
    ("Ann" of "Ann Hale") and written so inside a sentence at least once, or opening one as a
    name may (not only "Neighbouring Hale"), else None."""
    if len(option.split()) != 1:
        return None
    runs = _maximal(firsts.get(option, frozenset()))
    inside = ctx.cache.get("first_words_inside")
    if len(runs) != 1 or not isinstance(inside, dict):
        return None
    return runs[0] if runs[0] in inside.get(option, ()) else None


def _bare(option: str) -> bool:
    """Whether an option is a surname alone ("Okafor", "de Vries", "Van Buren")."""
    words = option.split()
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in NAME_PARTICLES)


def _surname(option: str) -> str:
    """A person's surname as an option ("Ann B. Reed" -> "Reed", "Tom Hale Jr." -> "Hale",
    "Bill de Vries" -> "De Vries", "Lee Seo-yeon" -> "Lee", written family name first); a bare
    surname stays."""
    if _bare(option):
        return option
    if family_first(option):
        return option.split()[0]
    words = option.split()
    while len(words) > 2 and _SUFFIX.match(words[-1]):
        words = words[:-1]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    last = " ".join(words[start:])
    return last[:1].upper() + last[1:]


def _people(ctx: Context) -> frozenset[str]:
    """The options that name a person of the story (a source of a person's kind, or a surname
    of no kind written after a given name; one name, not several), as the kinds show them;
    worked out once per story."""
    found = ctx.cache.get("person_options")
    if not isinstance(found, frozenset):
        shown: set[str] = set()
        firsts = _first_words(ctx)
        story = ctx.story_text
        titled = frozenset(_PERSONAL_TITLE.findall(story))
        for info in story_sources(ctx).values():
            if " and " in info.name or "&" in info.name:
                continue
            # a surname of no known kind that the story writes after a given name ("Zoe Hale")
            # or a personal title ("Dr. Hale")
            last = info.name.split()[-1]
            named = _bare(info.name) and (bool(firsts.get(last)) or last in titled)
            if info.kind not in PERSON_KINDS and not (info.kind is None and named):
                continue
            if info.name.split()[0].lower() == "the":
                continue
            shown.add(option_name(info.name))
            shown.add(info.name[:1].upper() + info.name[1:])
        found = ctx.cache["person_options"] = frozenset(shown)
    return found


def _first_words(ctx: Context) -> dict[str, frozenset[str]]:
    """Each capitalised word of the story and the given names written right before it
    ("Ann" and "Tom Lee" before "Hale"; a listed given name before the word counts with it),
    titles ("Mr."), abbreviations, places and words the story writes in lower case aside: one
    pass, cached."""
    found = ctx.cache.get("first_words")
    if not isinstance(found, dict):
        story = ctx.story_text
        lower = frozenset(re.findall(r"(?<![\w’'-])[a-z]+(?![\w’'-])", story))
        skip = _NOT_FIRST | lexicon.shared_words("titles") | lexicon.words("role_words")
        skip = skip | lexicon.words("stopwords")  # "Although Hale said": no given name
        skip = skip | frozenset(r[0].lower() for r in lexicon.table("descriptor_nouns"))
        given = given_names()
        places = countries() | lexicon.words("us_states")
        acc: dict[str, set[str]] = {}
        inside: dict[str, set[str]] = {}  # the same, written inside a sentence
        for m in _BEFORE_LAST.finditer(story):
            first = m.group(1).lower()
            if m.group(2) or first in skip or first in lower or first in CONNECTIVES:
                continue  # "Mr. Hale", "Senator Hale", "Meanwhile Hale": no other Hale
            if first in places or (first.endswith(_NATIONALITY) and first not in given):
                continue  # "Ostran Hale", "Texas Hale": no given name
            run = m.group(1)
            prev = _PREV_GIVEN.search(story, max(0, m.start() - 20), m.start())
            if prev and prev.group(1).lower() in given:
                run = f"{prev.group(1)} {run}"  # "Ann Marie Hale": "Ann Marie"
            acc.setdefault(m.group(3), set()).add(run)
            opener = _SENTENCE_START.search(story, max(0, m.start() - 4 - len(run)), m.end(1))
            if not opener or first in given or not first.endswith(_NOT_NAME_ENDS):
                inside.setdefault(m.group(3), set()).add(run)
        found = ctx.cache["first_words"] = {k: frozenset(v) for k, v in acc.items()}
        ctx.cache["first_words_inside"] = {k: frozenset(v) for k, v in inside.items()}
    return found


_PERSONAL_TITLE = re.compile(r"(?<![\w’'-])(?:Mr|Mrs|Ms|Dr)\.?[ \t]+([A-Z][\w’'-]+)")
# a run of given names opening a sentence or the story: "Neighbouring Hale" may be no name
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[“\"‘']?(?:[A-Z][a-z]+\s+)?[A-Z][\w’'-]*$")
_PREV_GIVEN = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+)[ \t]+$")
# endings of a capitalised participle or adjective opening a sentence ("Neighbouring Hale")
_NOT_NAME_ENDS = ("ing", "ed", "ly", "ous", "al", "ive", "ful", "less", "ern", "ic")
_NATIONALITY = ("ian", "ese", "ish", "ern", "can")
# capitalised words before a surname that are no given name of another person of that surname
_NOT_FIRST = frozenset(
    {"the", "a", "an", "and", "but", "when", "as", "if", "mr", "mrs", "ms", "dr", "by", "to"}
    | {"said", "says", "sen", "rep", "gov", "president", "senator", "governor", "mayor", "for"}
    | {"in", "on", "at", "of", "with", "from", "after", "before", "while", "so", "or", "yet"}
    | {"although", "though", "because", "since", "unless", "whether", "once", "even", "like"}
    | {"unlike", "including", "until", "where", "whereas", "democrat", "republican"}
)
