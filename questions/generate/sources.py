"""The sources of one story, and the rules for offering them as options of one question.

Two sources may stand side by side as options only if they are clearly different: they share no
name word ("Mr Peskov" / "Dmitry Peskov", "Russia" / "Russia's defence ministry"), no side
("Moscow" / "the Kremlin" / "Kremlin spokesman Dmitry Peskov"), and the wrong one never said much
the same thing as the right one.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from questions.cues import MONTHS, PLACES, SOURCE_KINDS, TITLES, WEEKDAYS
from questions.generate import lexicon
from questions.generate.described import DESCRIBED_ANY, body_meant
from questions.generate.registry import Context
from questions.generate.text import (
    NAME_PARTICLES,
    OCCUPATION,
    PERSON_KINDS,
    PRONOUN_GENDER,
    QUOTED_RE,
    content_words,
    described_name,
    description_kind,
    description_len,
    display_name,
    drop_connective,
    gender_of,
    given_names,
    is_clause,
    is_pronoun,
    norm,
    not_a_sentence,
    option_name,
    tokens,
)
from questions.model import Claim, Sentence
from questions.names import ORG_NAME_WORDS
from questions.names import surname as family_name

_EXCLUDED_KINDS = frozenset({"anonymous", "unnamed", "record"})  # records are evidence
_PLACE_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{1,4}\.")  # "Ashton, Md."
_LEADERS = frozenset(
    {"in", "at", "on", "from", "during", "after", "before", "even", "also", "still", "since"}
    | {"until", "with", "by", "for", "under", "over", "but", "and", "or", "as", "if", "when"}
    | {"although", "though", "because", "unless", "whether", "once", "while", "whereas", "yet"}
)
# "Here in Lundby, Ruiz ...": a place adverb opens no source's name (see ``place_opener``)
_PLACE_ADVERBS = frozenset({"here", "there"})
# Words a misread caption, furniture line or count opens with ("Photo Moss", "Beyond",
# "Two primary reasons Israel", "Here in Lundby"): never the first word of a source's name.
_NOT_FIRST = frozenset(
    {"beyond", "about", "across", "against", "among", "around", "behind", "below", "between"}
    | {"despite", "inside", "outside", "through", "toward", "towards", "upon", "within"}
    | {"without", "like", "unlike", "photo", "photos", "image", "video", "watch", "read"}
    | {"most", "many", "some", "several", "all", "both", "few", "others", "every", "each"}
    | {"click", "listen", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"more", "less", "much", "very", "only", "just", "far", "ever"}
    | _PLACE_ADVERBS
)
_MEMBER_OF = re.compile(r"[A-Z][a-z]+\s+(?:member|members|part|one|head|leader)\s+of\b")
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,3}\.)+")
_PLURAL_GROUP = re.compile(r"[A-Z][a-z]+(?:ans|ists|ants|ents|ites|crats|ives|ees|ians)")
_CUT_VERB = re.compile(r"\s(?:to|will|would|has|have|had|is|was|were)\s+[a-z]+$")
_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
    | {"yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend"}
)
_MISREAD = re.compile(
    r"(?:It|He|She|They|We|There|That|This|Here)[’']|The [A-Z][a-z]+(?:ic|ican|ist|ive)$"
)
_PARTY_MEMBER = frozenset({"republican", "democrat", "conservative", "liberal", "socialist"})
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "which", "whose"})
POSSESSIVE_S = re.compile(r"[’']s?$")
_NOT_A_NAME = re.compile(r"[A-Z][a-z]+(?:ed|ing|ly|own|ever|ile)")
_OVERLAP = 0.5
_GROUP_KINDS = frozenset({"organisation", "government", "news agency", "group"})
_FIRST_PLURAL = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
_RELATIVE = re.compile(r",?\s+(?:who|which|whose)\b")
_APPOSITIVE = re.compile(r",\s+((?:the|a|an|its|his|her|their)\s[^,.;:“”\"]{1,60})")


@dataclass
class SourceInfo:
    """One source of a story: its name, kind, name words, sides and claims."""

    key: str
    name: str  # as shown in a sentence: "the Royal Navy", "Russia", "Dmitry Peskov"
    kind: str | None
    words: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)  # the words of its names, as written
    seen: set[str] = field(default_factory=set)  # the mentions already read
    claims: list[Claim] = field(default_factory=list)
    # the lower-case words of its descriptions, its name left out ("the", "foreign", "minister"
    # of "Ana Petrov, the foreign minister"): what it is, for ``same_side``
    role: set[str] = field(default_factory=set)
    # the countries its names and descriptions show it is of, relative clauses left out ("Jean
    # Morel, the French foreign minister": France; not "Ana Roy, who flew to Paris")
    home: set[str] = field(default_factory=set)
    # the countries or capitals its own words name that gen_name_groups.tsv does not list, as
    # a possessive or a modifier ("Mongolia's foreign minister"; not "the embassy in Kabul")
    places: set[str] = field(default_factory=set)

    def first_line(self) -> int:
        """The line of the source's first claim."""
        return self.claims[0].line if self.claims else 0  # claims are added in line order

    @functools.cached_property
    def initials(self) -> str:
        """The initials of the capitalised words of its names ("PLA" of "People's Liberation
        Army"), read once the story's sources are all known."""
        return "".join(w[0] for w in self.mentions if w[:1].isupper())


def source_key(name: str) -> str:
    """The comparison key of a resolved source name ("The Kremlin" == "the Kremlin")."""
    key = norm(name)
    return key[4:] if key.startswith("the ") else key


@functools.cache
def _alias_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {row[0]: row[1] for row in lexicon.table("name_groups")}
    alternation = "|".join(re.escape(a) for a in sorted(groups, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), groups


@functools.lru_cache(maxsize=4096)
def name_groups(text: str) -> frozenset[str]:
    """The sides (country groups) a name or passage points to."""
    pattern, groups = _alias_regex()
    low = norm(text).replace("'s ", " ")
    return frozenset(groups[m.group(0)] for m in pattern.finditer(low))


def display_for(ctx: Context, name: str) -> str:
    """A source's name as a sentence of this story shows it: "the" before institutions (see
    ``text.display_name``) and before names of several capitalised words that the story itself
    writes with "the" ("the Institute for Fiscal Studies")."""
    name = drop_connective(name)  # "Meanwhile Lia" -> "Lia"
    words = name.split()
    if len(words) > 1 and words[0].lower() in _COUNTED_FIRST and words[1].islower():
        return name[:1].lower() + name[1:]  # "Several workers at the mill": no name, no "the"
    if described_name(words):  # "Rival Jane Doe" -> "Jane Doe"
        name = " ".join(words[1:])
        words = words[1:]
    elif cut := description_len(words):  # "Retailer Kidmart", "Culture critic Siri Lunde"
        name = " ".join(words[cut:])
        words = words[cut:]
    shown = display_name(name)
    if len(words) == 1 and _ACRONYM_WORD.fullmatch(name) and _acronym_with_the(ctx, name):
        return "the " + name  # "the DNC said": "how did the DNC make the claim"
    if len(words) == 1 and _always_after_the(ctx, name):
        return "the " + name  # "the Beacon, a weekly paper, said": "The Beacon", never "Beacon"
    if shown.startswith("the ") or len(words) < 2 or not words[0][:1].isupper():
        return shown
    if words[0].lower() in given_names():
        return shown  # "the Anna Berg campaign" does not make "the Anna Berg"
    if f"the {norm(name)}" in ctx.story_norm and not _bare_somewhere(ctx, name):
        return "the " + name
    return shown


# quantifiers that open a description of people, not a name ("Several workers at the mill",
# "Two engineers at the county office"); a name goes on with a capital ("All Nippon Airways")
_COUNTED_FIRST = frozenset(
    {"many", "some", "several", "most", "few", "both", "all", "other", "two", "three", "four"}
    | {"five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"}
)
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
# an acronym with or without "the" before it, and what follows it: a possessive, a stop or a verb
# shows the acronym is the noun phrase's head ("the DNC said", "the NFU’s chief"); "the DNC
# chairwoman" says nothing of the acronym's own usage
_ACRONYM_USE = re.compile(
    r"(?<![\w’'-])(?:([Tt]he)\s+)?([A-Z]{2,6})(?![\w-])(?=([’']s\b|\s*[,.;:)”\"]|\s+(?:said|says"
    r"|say|has|had|have|is|was|were|are|will|would|can|could|should|did|does|also|announced|added"
    r"|told|argued|warned|claimed|stated|insisted|denied|called|released|issued|wrote|and)\b))"
)


def _acronym_with_the(ctx: Context, name: str) -> bool:
    """Whether the story writes an acronym as a noun phrase's head after "the" ("the DNC said",
    "the NFU’s") at least as often as without it ("NATO said"): one pass over the story for all
    acronyms, cached."""
    found = ctx.cache.get("acronym_the")
    if not isinstance(found, dict):
        story = ctx.story_text
        counts: dict[str, list[int]] = {}
        for m in _ACRONYM_USE.finditer(story):
            counts.setdefault(m.group(2), [0, 0])[0 if m.group(1) else 1] += 1
        found = ctx.cache["acronym_the"] = {
            k: the >= 1 and the >= bare for k, (the, bare) in counts.items()
        }
    return bool(found.get(name))


def _always_after_the(ctx: Context, name: str) -> bool:
    """Whether the story writes a one-word name of a capital and small letters only after "the",
    each time ("the Beacon, a weekly paper, said", "according to the Beacon"): the newspaper's
    name holds its "the"; a person's name is written bare somewhere."""
    if not re.fullmatch(r"[A-Z][a-z]+", name):
        return False
    story = ctx.story_text
    words = ctx.cache.get("capitalised_words")
    if not isinstance(words, dict):  # every such word's places, read once per story
        words = ctx.cache["capitalised_words"] = {}
        for m in _CAPITALISED_WORD.finditer(story):
            words.setdefault(m.group(), []).append(m.start())
    seen = words.get(name, [])
    return bool(seen) and all(re.search(r"\b[Tt]he\s$", story[max(0, k - 4) : k]) for k in seen)


_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")


def _bare_somewhere(ctx: Context, name: str) -> bool:
    """Whether a sentence of the story opens with a name, as written, and no "the" ("Kessler
    Chem has denied …" beside "the Kessler Chem plant"): then that "the" belongs to a noun after
    the name. A title-case headline ("Obama Administration To …") writes no name as a source's."""
    openings = ctx.cache.get("sentence_openings")
    if not isinstance(openings, frozenset):  # each sentence's first words, once per story
        openings = ctx.cache["sentence_openings"] = frozenset(
            " ".join(words[:k])
            for words in (s.text.split(None, 8)[:8] for s in ctx.story.sentences)
            for k in range(1, len(words))
        )
    return name in openings


def not_a_name(name: str) -> bool:
    """Whether a source's name is a misread of headline words: a capitalised participle or
    adverb ("Known"), a name that ends on a function word ("Explores The") or opens with a
    question word ("What Mexico")."""
    words = name.split()
    if not words or _NOT_A_NAME.fullmatch(name) or _PLACE_NAME.fullmatch(name):
        return True
    if words[-1].lower().strip(".,") in _DOCUMENT_HEADS:
        return True  # "The Ninth Amendment": a document, not a speaker
    if len(words) == 1 and words[0].lower().strip(".,") in ("one", "another"):
        return True  # "One says …", "Another ranks …": a pronoun for an unnamed source
    if len(words) == 1 and POSSESSIVE_S.search(name) and name[-2:] in ("'s", "’s"):
        return True  # "Brenner's": a possessive cut from its noun
    if re.search(r"[a-z][A-Z]$", words[-1]):
        return True  # "Ana MartA": a name cut at a mis-decoded accent
    if any(ch.isdigit() or ch in "()[]" for ch in name):
        return True  # "2017 America", "La Gazzetta in Ostra)"
    if words[-1].rstrip(".").lower() in ("mr", "mrs", "ms", "dr", "sen", "gov", "rep"):
        return True  # "Investigation undercut many of Mrs.": a sentence cut before a name
    if len(words) > 2 and words[1].lower() in ("for", "to", "with", "at"):
        first = words[0].lower().strip(".,")
        if first in lexicon.words("role_words") or first in lexicon.shared_words("titles"):
            return True  # "Representative for Mr. Doe": a role described, not a name
    if _MEMBER_OF.match(name):
        return True  # "Worth member of the Harbour Club": a description cut from its sentence
    if all(_ABBREVIATION.fullmatch(w) for w in words):
        return True  # "N.Y.", "Fla.": a place's abbreviation read as a speaker
    if len(words) == 1 and _PLURAL_GROUP.fullmatch(name):
        return True  # "Republicans", "Applicants": a group the speaker may belong to
    if len(words) <= 3 and words[-1].lower() in _PARTY_MEMBER:
        return True  # "The Ostra Republican": a role standing for a named member
    if len(words) > 2 and words[0].lower() in _PARTY_MEMBER and words[1] in ("of", "from"):
        return True  # "Republican of Ostra": the description after a senator's name
    if " from " in name and _is_place_name(name.rsplit(" from ", 1)[1]):
        return True  # "a Democrat from Ostra", read as "Ostra": a place, never a speaker
    if name.rstrip().endswith(("’", "'")) or _CUT_VERB.search(name):
        return True  # "the dockworkers’" of "the dockworkers’ union", "X to help provide"
    if _cut_word(words):
        return True  # "Dutch" of "Dutch police", "Hospital" of "Harlow General Hospital"
    small = lexicon.words("stopwords")
    if words[-1].lower() in small or words[0].lower() in _WH_WORDS | _LEADERS | _NOT_FIRST:
        return True  # "Explores The", "What Mexico", "In Honolulu", "Even Friday", "Photo Moss"
    last = words[-1].lower()
    if len(words) > 1 and words[-1].islower() and not POSSESSIVE_S.search(words[0]):
        heads = lexicon.words("the_heads") | lexicon.words("role_words") | _GROUP_HEADS
        if last not in heads and "’s" not in name and "'s" not in name:
            return True  # "Texas voter", "Lobbyists in general": a description, not a name
    if _owned_thing(words):
        return True  # "Doyle's response", "the mayor's dilemma": a thing of hers, not a speaker
    if words[0].islower() and words[0].endswith("ly") and len(words) > 1:
        return True  # "particularly Govs. Ann Reed and Tom Hale": an aside, not a name
    head = words[1] if words[0].lower() in ("the", "a", "an") and len(words) > 1 else words[0]
    if _DESCRIBED_PHRASE.match(name) and head.lower() not in _PHRASE_HEADS() | _TITLE_MODIFIERS:
        return True  # "The way around Cafe Lund", "The count by the Gazette": a phrase, no name
    if len(words) == 2 and words[0].lower() == "the" and _is_place(words[1]):
        return True  # "The Ohio" of "the Ohio senator": a place, not a name
    timed = words[:-1] if _titled_time_end(words) else words  # "Falls Today": an outlet
    if any(w.lower().strip(",.") in _TIMES for w in timed) or _MISREAD.match(name):
        return True  # "Friday afternoon", "It’s", "The Democratic"
    return False


def place_opener(name: str) -> bool:
    """Whether a source's name opens with "here" or "there" ("Here in Lundby"): the place
    phrase that opens a sentence, read as its speaker."""
    words = name.split()
    return bool(words) and words[0].lower() in _PLACE_ADVERBS


def _cut_word(words: list[str]) -> bool:
    """Whether a name is one capitalised word, after "the" at most, that never names a speaker
    alone: a nationality ("Dutch", "The Nigerian": gen_demonyms.txt) or a word that opens or ends
    a body's name ("Hospital", "Frente": gen_cut_heads.txt)."""
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    low = words[0].lower().strip(".,")
    return low in lexicon.words("demonyms") or low in lexicon.words("cut_heads")


def _titled_time_end(words: list[str]) -> bool:
    """Whether a name ends on "Today" or "Tonight" written with a capital after another
    capitalised word ("Falls Today", "Harbour Tonight"): an outlet's name, not a time."""
    return (
        len(words) >= 2
        and words[-1] in ("Today", "Tonight")
        and words[-2][:1].isupper()
        and words[-2].isalpha()
    )


# endings of nouns for people ("backers", "narrator", "confidants", "associates", "novelist")
_PERSON_NOUN_END = re.compile(r"(?:er|or|ant|ist|ate|ian|ee)s?$")


def _owned_thing(words: list[str]) -> bool:
    """Whether a name is a possessive and a common noun that is no speaker: not a person, group
    or office ("Doyle's response", "Reed's memoir"; not "Reed's campaign", "Reed's lawyers",
    "Reed's backers")."""
    if len(words) < 2 or not POSSESSIVE_S.search(words[-2]):
        return False
    last = words[-1]
    if not last.isalpha() or not last.islower() or _PERSON_NOUN_END.search(last):
        return False
    return last not in _PHRASE_HEADS() and last not in SOURCE_KINDS


# "(the) <lower-case words> <preposition or -ly adverb> …" before any capital: a noun phrase
_DESCRIBED_PHRASE = re.compile(
    r"(?:(?i:the|a|an)\s+)?[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)*?"
    r"(?:(?:by|around|of|on|about|from|to|with|over)\s|[a-z]+ly\s)"
)


# "former secretary of state Jane Doe": a title's modifier, not a phrase around a name
_TITLE_MODIFIERS = frozenset(
    {"former", "then", "late", "acting", "deputy", "outgoing", "incoming", "retired", "vice"}
)


@functools.cache
def _PHRASE_HEADS() -> frozenset[str]:  # noqa: N802 - a constant built once
    return lexicon.words("the_heads") | lexicon.words("role_words") | _GROUP_HEADS


@functools.cache
def _places() -> frozenset[str]:
    """US states, lower-cased ("the Kremlin", a seat of government, stays a name)."""
    return lexicon.words("us_states")


def _is_place(word: str) -> bool:
    return word.lower().strip(",.") in _places()


def _is_place_name(name: str) -> bool:
    """Whether a whole name is a US state or a country or capital ("Rhode Island", "the
    Ukraine")."""
    low = re.sub(r"^the\s+", "", name.strip().lower()).strip(",.")
    return low in _places() or low in PLACES


def _lower_headline_word(ctx: Context, claim: Claim) -> bool:
    """Whether a headline's source is one word that opens the headline and that the story
    also writes in lower case ("Region says supplier broke contract" over "the region's
    officials"): a common noun capitalised by the headline, not a name."""
    written = (claim.source_text or "").strip()
    if not claim.source_span or " " in written or not written[:1].isupper():
        return False
    if ctx.text[claim.sentence_span[0] : claim.source_span[0]].strip(" “\"‘'"):
        return False
    return written.lower() in _lower_words(ctx)


_FOLLOWED_BY_SURNAME = re.compile(r"(?<!\S)(\S+)(?= [A-Z][a-z]+\b(?! [A-Z]))")


def _followed_by_surname(ctx: Context) -> frozenset[str]:
    """The words of the story written just before one capitalised word that ends a name ("Theresa"
    of "Theresa May"), found in one pass over the story."""
    found = ctx.cache.get("followed_by_surname")
    if found is None:
        story = ctx.story_text
        found = frozenset(
            re.sub(r"^\W+", "", m.group(1)) for m in _FOLLOWED_BY_SURNAME.finditer(story)
        )
        ctx.cache["followed_by_surname"] = found
    assert isinstance(found, frozenset)  # noqa: S101 - the cache's own entry
    return found


def _first_name_only(ctx: Context, name: str) -> bool:
    """Whether a one-word source is only the first name of a person the story names in full
    ("Theresa" for "Theresa May")."""
    if " " in name.strip() or not name[:1].isupper() or name in lexicon.words("the_heads"):
        return False
    if norm(name) in {row[0] for row in lexicon.table("name_groups")}:
        return False  # "Russia", "Kyiv": a country or capital, not a first name
    return name.strip() in _followed_by_surname(ctx)


_GROUP_HEADS = frozenset({"campaign", "administration", "camp", "team", "foundation", "committee"})
_HEADLINE_NOUNS = frozenset(
    {"phrase", "photo", "video", "watch", "exclusive", "breaking", "update", "analysis", "opinion"}
)
_HEADLINE_VERBS = frozenset(
    {"compares", "slams", "blasts", "says", "calls", "warns", "urges", "explores", "rips"}
    | {"mocks", "praises", "defends", "denies", "admits", "vows", "reveals", "claims", "backs"}
    | {"endorses", "unveils", "pushes", "attacks", "responds", "reacts", "tells", "explains"}
    | {"trashes", "torches", "knocks", "hammers", "bashes", "accuses", "demands", "wants"}
)
_DOCUMENT_HEADS = frozenset(
    {"amendment", "act", "constitution", "treaty", "accord", "accords", "charter", "resolution"}
)


def _lower_words(ctx: Context) -> frozenset[str]:
    """The words the story writes in lower case (one pass, cached)."""
    found = ctx.cache.get("lower_words")
    if found is None:
        story = ctx.story_text
        found = ctx.cache["lower_words"] = frozenset(
            re.findall(r"(?<![\w’'-])[a-z]+(?![\w’'-])", story)
        )
    assert isinstance(found, frozenset)  # noqa: S101 - the cache's own entry
    return found


def _headline_word_first(ctx: Context, name: str) -> bool:
    """Whether a name of two or three words opens with a headline's word: a label ("Phrase",
    "Exclusive") or a verb in -s the story writes in lower case elsewhere ("Compares Brenner")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not words[0].isalpha() or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    if first in _HEADLINE_NOUNS:
        return True  # "Phrase Moss", "Exclusive Brenner"
    if first in given_names() or first in lexicon.words("the_heads") or first in NAME_PARTICLES:
        return False
    if first in _HEADLINE_VERBS:
        return True  # "Compares Brenner", "Slams Moss"
    verb_like = first.endswith("s") and not first.endswith(("ss", "us", "is"))
    return verb_like and first in _lower_words(ctx)  # a verb in -s the story writes in lower case


def is_usable(claim: Claim) -> bool:
    """Whether a claim's resolved source is a specific, named one."""
    src = claim.source
    if not src or claim.source_kind in _EXCLUDED_KINDS:
        return False
    toks = tokens(src)
    if not toks or (len(toks) == 1 and is_pronoun(toks[0], at_start=True)):
        return False
    generic = lexicon.words("generic_sources") | lexicon.words("stopwords")
    if is_medium(src):
        return False  # "according to a livestream of the meeting": where it was said, not who
    return any(t.lower() not in generic for t in toks) and not _gender_clash(claim)


# words that end the head of a recording's description ("video posted online", "livestream of
# the meeting")
_MEDIUM_TAIL = frozenset(
    {"of", "from", "by", "on", "in", "at", "that", "which", "posted", "shared", "released"}
    | {"published", "aired", "obtained", "uploaded", "filmed", "recorded", "shown", "made"}
)


_SECOND_BODY = re.compile(r"\s(?:and|&)\s+(?:the|a|an|its|their)\s", re.IGNORECASE)


def two_bodies(source: str) -> bool:
    """Whether a source joins two bodies, each with its article ("the Courier and the Harbour
    Post newspapers", "Lund Radio and the Gazette"): a name the analysis may have cut or joined
    wrongly, and whose parts would each be a right answer; not one body's name with "and"
    inside ("Center for Harbour and Ferry Research", "Ames & Pike")."""
    return bool(_SECOND_BODY.search(source))


def is_medium(source: str) -> bool:
    """Whether a source names a recording or broadcast ("livestream of the meeting", "a video
    posted online", "the council's webcast"): where something was said, not a speaker
    (gen_media_nouns.txt). A name that merely holds such a word ("Video Vision Ltd", "Clip
    Jones") is not one: the head must be written in lower case."""
    words = source.split()
    end = next((i for i, w in enumerate(words) if w.lower() in _MEDIUM_TAIL), len(words))
    head = words[end - 1].strip(".,;:") if end else ""
    return head.islower() and head in lexicon.words("media_nouns")


def _gender_clash(claim: Claim) -> bool:
    """Whether a pronoun source ("he said") was resolved to a name whose given name news copy
    uses the other pronoun for ("Anna Berg"): then the speaker is someone else."""
    want = PRONOUN_GENDER.get((claim.source_text or "").strip().lower())
    have = gender_of(claim.source or "")
    return bool(want) and have is not None and have != want


def cut_source(text: str, start: int, at: int) -> bool:
    """Whether a source span starts inside a noun phrase: a capitalised word or a determiner
    right before it ("The Harbour Policy Center says" read as "Center says")."""
    before = text[max(start, at - 30) : at].split()
    if not before or text[at - 1 : at] != " ":
        return False
    prev = before[-1]
    if prev.lower().rstrip(".") in lexicon.shared_words("titles"):
        return False  # "Professor Clarke says": the title may stay unmarked
    if prev.lower() in ("the", "a", "an", "and", "of", "for", "across", "around", "throughout"):
        return True  # "president and [CEO of X] stated": the name is further back
    if prev.endswith(",") and len(before) > 1 and before[-2].lower() in ("the", "a", "an"):
        return True  # "The angry, [lower-case words] reads": adjectives of one noun phrase
    listed = "and" in text[at : at + 40].split()[1:3]
    if prev.endswith(",") and prev[:1].isupper() and listed:
        return True  # "voters in Ostra, [Lund and Bern] said": the end of a list
    return prev[:1].isupper() and not prev.endswith((",", ".", ":", "”", '"'))


def is_record(claim: Claim) -> bool:
    """Whether a claim's source is a document or data ("records show", "according to his
    Facebook profile", "a poll found"): evidence, not a person's claim."""
    if claim.source_kind == "record":
        return True
    records = lexicon.words("record_words")
    for name in {claim.source_text or "", claim.source or ""}:  # "which showed": the source's
        written = name.split()
        if any(w.strip(",.’'") in records for w in written[-1:] + written[:3] if w.islower()):
            return True
    return False


@functools.cache
def _document_in() -> re.Pattern[str]:
    """ "in her audit", "in a 40-page report released Tuesday": a document the words were given
    in (a noun of ``lexicons/record_nouns.txt``: audits, reports, studies, reviews, data)."""
    nouns = "|".join(sorted(lexicon.shared_words("record_nouns"), key=len, reverse=True))
    return re.compile(
        r"\bin\s+(?:(?!(?:to|of|for|on|with|about|after|before|from|by|at|as|response"
        r"|reply|answer|reaction)\b)[\w’'-]+\s+){0,4}?"
        r"(" + nouns + r")\b(?![’'-])",
        re.IGNORECASE,
    )


def document_channel(ctx: Context, claim: Claim) -> tuple[str, str] | None:
    """The words that say a source gave its claim in a document ("Ruth Adler said in her audit
    that …", "In a report released Tuesday, the agency said …") and the document's noun: the
    claim is then that document's finding, given in writing, not something said aloud. Read
    between the cue and the content, or from the sentence's start to the source."""
    if not claim.cue_span:
        return None
    start, end = claim.sentence_span
    spans = []
    if claim.content_span[0] >= claim.cue_span[1]:
        spans.append((claim.cue_span[0], claim.content_span[0]))
    first = min(s[0] for s in (claim.cue_span, claim.source_span, claim.content_span) if s)
    spans.append((start, first))  # before the source, and never inside what is claimed
    for lo, hi in spans:
        m = _document_in().search(ctx.text, lo, min(hi, end))
        if m:
            return " ".join(m.group(0).split()), m.group(1).lower()
    return None


def is_role_only(name: str) -> bool:
    """Whether a source is named only by a role ("the foreign ministry spokesman"), and so may be
    a named source of the same story under another name."""
    toks = tokens(name)
    if not any(t.lower() in lexicon.words("role_words") for t in toks):
        return False
    if toks[-1].islower() and toks[-1] in lexicon.words("role_words"):
        return True  # "Veteran Ostra union leader", "Rep. Doe's chief of staff": a role
    if toks[0].lower() in ("the", "a", "an") and toks[-1].lower() in lexicon.words("role_words"):
        return True  # "the South Carolina senator": a role, whatever its place name
    names = [t for t in toks if t not in NAME_PARTICLES]  # "Mayor Bill de Blasio": Bill Blasio
    return not any(_name_like(a) and _name_like(b) for a, b in zip(names, names[1:], strict=False))


def _name_like(tok: str) -> bool:
    """Whether a word looks like part of a person's name (capitalised, not a role, institution,
    country or nationality word)."""
    low = tok.lower()
    if not tok[:1].isupper() or low in lexicon.words("role_words") | lexicon.words("the_heads"):
        return False
    groups = {row[0] for row in lexicon.table("name_groups") if row[-1] != "person"}
    return low not in groups and not low.endswith(("ian", "ese", "ish", "ern"))


def story_sources(ctx: Context) -> dict[str, SourceInfo]:
    """The specific sources of the story, keyed by :func:`source_key`, in order of appearance."""
    cached = ctx.cache.get("sources")
    if cached is None:
        cached = ctx.cache["sources"] = _story_sources(ctx)
    return cached


_CAPS_WORD = re.compile(r"[A-Z]{2,}\b")


def _caps_run_goes_on(text: str, end: int) -> bool:
    """Whether an all-caps source is followed by another all-caps word ("ROSTRA HERALD")."""
    start = max(0, end - 2)
    return (
        text[start:end].isupper()
        and text[end : end + 1] == " "
        and bool(_CAPS_WORD.match(text, end + 1))
    )


def _cut_everywhere(ctx: Context, name: str) -> bool:
    """Whether a name of two capitalised words or more is, wherever the story writes it,
    followed by another capitalised word ("World Health" of "World Health Organization"): it
    is a proper prefix of some run of capitalised words and ends none."""
    if len(name.split()) < 2:
        return False
    found = ctx.cache.get("capital_runs")
    if found is None:
        inner: set[str] = set()
        ends: set[str] = set()
        story = ctx.story_text
        for m in _CAP_RUN.finditer(story):
            # "Jane Doe Jr.", "Jane Doe Tuesday", "The Acme Group": names end (or start) there
            parts: list[list[str]] = [[]]
            for w in m.group().split():
                if w.lower().rstrip(".") in _RUN_STOPS:
                    parts.append([])
                else:
                    parts[-1].append(w)
            for words in parts:
                for i in range(len(words) - 1):
                    ends.add(" ".join(words[i:]))
                    inner.update(" ".join(words[i:j]) for j in range(i + 2, len(words)))
        found = ctx.cache["capital_runs"] = (frozenset(inner), frozenset(ends))
    assert isinstance(found, tuple)  # noqa: S101 - the cache's own entry
    return name in found[0] and name not in found[1]


_CAP_RUN = re.compile(r"[A-Z](?:\.|[\w’'-]*)(?: [A-Z](?:\.|[\w’'-]*)){1,7}")
_RUN_STOPS = frozenset({"jr", "sr", "ii", "iii", "iv", "the", "a", "an", "i"}) | WEEKDAYS | MONTHS


def cut_in_word(text: str, end: int) -> bool:
    """Whether a source span ends inside a word (a letter, or a mis-decoded accent, follows)."""
    nxt = text[end : end + 1]
    return bool(nxt) and (nxt.isalnum() or (not nxt.isascii() and nxt not in "’”“‘—–…"))


def _common_noun_first(name: str) -> bool:
    """Whether a name of two words opens with a word in lower case that is not a title, role,
    determiner or name particle ("phrase Doe" of "the phrase Doe used", "terse Smith"): shown
    as an option it would read "Phrase Doe". (A longer name keeps its last words as the option:
    "host Ann Cole" shows "Ann Cole".)"""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return False
    if len(words) > 2 and words[0] in ("the", "a", "an"):
        return False  # "the Institute for Fiscal Studies": an institution's own name
    if len(words) > 2:  # "best friend at Lund": a description, unless a name is left after it
        shown = option_name(name).split()
        keep = NAME_PARTICLES | {"of", "the", "and"}
        return any(w.islower() and w not in keep for w in shown[1:])
    first = words[0]
    allowed = lexicon.words("role_words") | lexicon.shared_words("titles") | NAME_PARTICLES
    allowed = allowed | lexicon.words("stopwords") | _PARTY_MEMBER | {"former", "then", "late"}
    return first not in allowed and words[1][:1].isupper()


_NEXT_WORD = re.compile(r"\s+([a-z][a-z’'-]*)")
_AFTER_NAME = frozenset(
    {"also", "has", "had", "have", "is", "was", "who", "which", "then", "later", "again", "and"}
    | {"told", "says", "said", "added", "wrote", "argued", "noted", "insisted", "first", "too"}
    | {"will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do"}
    | {"are", "were", "himself", "herself", "itself", "not", "never", "tweeted", "posted"}
)


def _modifies_noun(ctx: Context, claim: Claim) -> bool:
    """Whether a one-word source written at the start of its sentence is a word the story also
    writes in lower case, and is followed by a word in lower case that is not its cue ("Private
    ferries", "Local officials"): a capitalised adjective of the real subject, not a
    speaker."""
    written = (claim.source_text or "").strip()
    if not claim.source_span or " " in written or written.lower() not in _lower_words(ctx):
        return False
    if is_pronoun(written, at_start=True):
        return False  # "She even waved …": a pronoun, resolved elsewhere
    start, end = claim.source_span
    if ctx.text[claim.sentence_span[0] : start].strip(" “\"‘'"):
        return False
    m = _NEXT_WORD.match(ctx.text, end)
    if m is None or (claim.cue_span and claim.cue_span[0] <= m.start(1)):
        return False
    word = m.group(1)
    return word not in _AFTER_NAME and not word.endswith(("ly", "ed"))


def _story_sources(ctx: Context) -> dict[str, SourceInfo]:
    out: dict[str, SourceInfo] = {}
    for claim in sorted(ctx.story.claims, key=lambda c: (c.line, c.sentence_span)):
        if not is_usable(claim) or is_role_only(claim.source or "") or is_record(claim):
            continue
        if doubtful_source(ctx, claim):
            continue  # a pronoun far from its name, or a name seen only in the headline
        if claim.source_span and cut_source(ctx.text, claim.sentence_span[0], claim.source_span[0]):
            continue  # "The Harbour Policy [Center] says": the name is cut
        if not any(ch.isupper() for ch in claim.source or ""):
            continue  # "paper", "the ministry": a common noun, not a name to choose from
        if _common_noun_first(claim.source or ""):
            continue  # "The phrase Doe cited": "phrase Doe" is no name
        if claim.source_span and cut_in_word(ctx.text, claim.source_span[1]):
            continue  # "Ana MartÃ­nez" read as "Ana MartA": a name cut inside a word
        if claim.source_span and _caps_run_goes_on(ctx.text, claim.source_span[1]):
            continue  # "the ROSTRA HERALD" read as "ROSTRA": an all-caps name cut short
        if two_bodies(claim.source or ""):
            continue  # "the Courier and the Harbour Post reported": two sources, not one option
        if (claim.source or "").lower() in lexicon.shared_words("ver_news_objects"):
            continue  # "Videos posted online appear to show …": footage, not a speaker
        if _cut_everywhere(ctx, claim.source or ""):
            continue  # "World Health" of "the World Health Organization": a name cut short
        if _modifies_noun(ctx, claim):
            continue  # "Private ferries raise fares … by admitting …": "Private" is no speaker
        if place_stance(claim):
            continue  # "Norway sees itself as a leader …": a country's stance, not its words
        if _bare_word_without_speech(claim):
            continue  # "Ostra showed a shift …", "Guidelines telling …": a word, not a speaker
        if _headline_word_first(ctx, claim.source or ""):
            continue  # "Compares Brenner", "Phrase Moss": a headline's words read as a name
        name = claim.source or ""
        if not_a_name(name) or not_a_name(option_name(name)) or _first_name_only(ctx, name):
            continue  # "Known", "Explores The", "What Mexico", "Theresa": not a whole name
        sentence = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
        if not_a_sentence(sentence):
            continue  # a source met only in a headline or a list
        if (claim.cue or "").strip() == ":" and claim.source_kind not in PERSON_KINDS:
            continue  # "The Latest: …": a label before a colon, not a speaker
        assert claim.source is not None  # noqa: S101 - is_usable checked it
        key = source_key(claim.source)
        if key not in out:
            out[key] = SourceInfo(key, display_for(ctx, claim.source), claim.source_kind)
            described = description_kind(claim.source.split())  # "Grocer Quellmart": a firm
            if described == "person" and out[key].kind not in PERSON_KINDS:
                out[key].kind = "person"
            elif described == "organisation" and out[key].kind in PERSON_KINDS:
                out[key].kind = "organisation"
        info = out[key]
        info.claims.append(claim)
        written = (claim.source, claim.source_text or "", _appositive(ctx, claim))
        for at, mention in enumerate(written):
            toks = tokens(mention)
            if mention in info.seen or (len(toks) == 1 and is_pronoun(toks[0], at_start=True)):
                continue  # the same words again add nothing (and no list grows per claim)
            info.seen.add(mention)
            info.words |= content_words(mention)
            info.groups |= name_groups(mention)
            info.mentions += [t for t in toks if t.lower() not in ("of", "the", "and")]
            own = _own_description(mention)
            info.home |= name_groups(own)
            info.places |= _places_of(own, claim.source if info.kind in PERSON_KINDS else "")
            if at:  # the mention as written, or its apposition: the name's description
                info.role |= _role_words(own, claim.source)
        if info.kind is None:
            info.kind = claim.source_kind
    _surnames_in_full(ctx, out)
    out = _described_sources(ctx, out)
    ties = dict(affiliations(ctx))
    described = ctx.cache.get("descriptions", {})
    assert isinstance(described, dict)  # noqa: S101 - the cache's own entry
    for info in out.values():  # "Petrov, the foreign minister, arrived …": her description
        if info.kind in (*PERSON_KINDS, None) and info.name.split():
            own = _own_description(described.get(_last_name_word(info.name), ""))
            info.role |= _role_words(own, info.name)
            info.home |= name_groups(own)
            info.places |= _places_of(own, info.name)
    for word, tied in _role_ties(ctx, out).items():
        ties[word] = ties.get(word, frozenset()) | tied
    for info in out.values():
        last = info.mentions[-1:] if info.mentions else []
        for word in {*last, *(w for w in info.mentions if w[:1].isupper())}:
            tied = ties.get(word)
            if tied:
                info.words |= tied
                info.groups |= name_groups(" ".join(sorted(tied)))
    return out


# "Ana and Luis Ferro": two given names, one surname (two people, or more)
_COUPLE = re.compile(
    r"(?<![\w’'-])[A-Z][a-z’'-]+(?:,\s+[A-Z][a-z’'-]+)*,?\s+(?:and|&)\s+"
    r"[A-Z][a-z’'-]+\s+(?P<surname>[A-Z][\w’'-]+)\b(?!\s+[A-Z])"
)


def couple_surnames(ctx: Context) -> frozenset[str]:
    """The surnames of the story's sources that are two people or more at once ("Ana and Luis
    Ferro, who run the bakery, said …"): "Ferro" alone, "Mrs Ferro" or "she" may then be
    either of them (read once per story). A couple the story only mentions ("Ted and Ann Moss
    attended") is none: "Moss said" is then the Moss who speaks."""
    found = ctx.cache.get("couple_surnames")
    if not isinstance(found, frozenset):
        found = frozenset(
            m.group("surname")
            for info in story_sources(ctx).values()
            for claim in info.claims[:MAX_COMPARED_CLAIMS]
            if (m := _COUPLE.search(claim.source_text or ""))
        )
        ctx.cache["couple_surnames"] = found
    return found


def one_of_a_couple(ctx: Context, claim: Claim, info: SourceInfo) -> bool:
    """Whether a claim's speaker cannot be told for sure because the story names a couple or
    a family by one surname ("Ana and Luis Ferro, who run the bakery, said …"): the source is
    that couple but the sentence names one speaker ("“We cannot stay,” Ferro said": one person
    spoke, so the couple is no answer), or a person of that surname whom the sentence names
    by the surname alone, a title or a pronoun ("Mrs Ferro", "she": Ana or Luis?). A speaker
    named in full ("Ana Ferro said") is kept."""
    surnames = couple_surnames(ctx)
    if not surnames:
        return False
    mention = " ".join((claim.source_text or "").split())
    last = _last_name_word(info.name)
    if " and " in info.name or "&" in info.name:
        return last in surnames and not re.search(r"\s(?:and|&)\s", mention)
    if last not in surnames or info.kind not in (*PERSON_KINDS, None):
        return False
    given = info.name.split()[:-1]
    return not given or not all(w in mention.split() for w in given)


def _claim_key(claim: Claim) -> tuple[object, ...]:
    return (claim.sentence_span, claim.source_span, claim.content_span)


def source_of(ctx: Context, claim: Claim) -> SourceInfo | None:
    """The story's source a claim is of: by its resolved name, or, for a source written as a
    definite description ("the commission said"), the named body it can only mean
    (:func:`_described_sources`)."""
    sources = story_sources(ctx)
    info = sources.get(source_key(claim.source or ""))
    if info is None:
        meant = ctx.cache.get("described_claims", {})
        assert isinstance(meant, dict)  # noqa: S101 - the cache's own entry
        info = sources.get(meant.get(_claim_key(claim), ""))
    return info


def _described_sources(ctx: Context, out: dict[str, SourceInfo]) -> dict[str, SourceInfo]:
    """The story's sources with the claims of a body written as a definite description ("In
    its filing, the commission said …", "the company said") counted as the one named body of
    the story it can only mean (:func:`described.body_meant`: the Tollan Water Commission; the
    one company named before it), that body listed if it was not ("the council said" of the
    Ostby District Council, named only as the subject of another verb). Never a pronoun, and
    nothing where two bodies fit or the story also writes an unnamed body of the noun ("a
    court"). The claims are read by :func:`source_of`; sources stay in order of appearance."""
    meant: dict[tuple[object, ...], str] = {}
    ctx.cache["described_claims"] = meant
    for claim in sorted(ctx.story.claims, key=lambda c: (c.line, c.sentence_span)):
        m = DESCRIBED_ANY.fullmatch(" ".join((claim.source_text or "").split()))
        noun = m.group(1) if m else ""
        if not noun or not claim.source_span or (claim.source or "") != noun:
            continue
        if claim.source_kind in _EXCLUDED_KINDS or is_record(claim) or doubtful_source(ctx, claim):
            continue
        name = body_meant(ctx, noun, claim.source_span[0], claim.line, list(out.values()))
        if name is None:
            continue
        own = _name_words_of(name)
        listed = [  # "Harwick Council" listed, "Harwick District Council" found: one body
            i
            for i in out.values()
            if i.kind not in PERSON_KINDS
            and _name_words_of(i.name)
            and (_name_words_of(i.name) <= own or own <= _name_words_of(i.name))
        ]
        if len(listed) > 1:
            continue  # two listed bodies the name may be
        if listed:
            info = listed[0]
        else:
            key = source_key(name)
            if key in out:
                continue  # a person's name, say: no body to count the claim to
            info = out[key] = SourceInfo(key, display_for(ctx, name), "organisation")
            info.words |= content_words(name)
            info.groups |= name_groups(name)
            info.mentions += [t for t in tokens(name) if t.lower() not in ("of", "the", "and")]
        info.words.add(noun)  # "who said that the commission …" gives its speaker away
        info.claims.append(claim)
        meant[_claim_key(claim)] = info.key
    if not meant:
        return out
    for key in set(meant.values()):  # each body's claims in story order, sorted once
        out[key].claims.sort(key=lambda c: (c.line, c.sentence_span))
    return {i.key: i for i in sorted(out.values(), key=lambda i: i.first_line())}


def _name_words_of(name: str) -> frozenset[str]:
    """A name's capitalised words, lower-cased, the possessive of a place cut ("Vessia's")."""
    words = [w.strip(",.") for w in name.split()]
    while len(words) > 1 and words[0].endswith(("’s", "'s")):
        words = words[1:]
    return frozenset(w.lower() for w in words if w[:1].isupper()) - {"the"}


def _surnames_in_full(ctx: Context, out: dict[str, SourceInfo]) -> None:
    """A source named by a surname only ("Holt told reporters") whose surname ends the name of
    exactly one other source, a person ("Mira Holt"), is shown by that full name: an option
    "Holt" beside "Mira Holt" would be the same person twice, and a bare surname stands out.
    Not when the story writes the surname after two different first words ("Ann Holt", "Tom
    Holt"): then the surname alone may be either."""
    fulls: dict[str, set[str]] = {}
    for info in out.values():
        words = info.name.split()
        person = info.kind in (*PERSON_KINDS, None) and words[0].lower() != "the"
        if len(words) >= 2 and words[-1][:1].isupper() and person:
            fulls.setdefault(family_name(info.name), set()).add(
                info.name
            )  # "Lee" of "Lee Seo-yeon"
    story = ctx.story_text
    for info in out.values():
        full = fulls.get(info.name.strip(), set())
        if " " not in info.name.strip() and len(full) == 1 and info.kind in (*PERSON_KINDS, None):
            surname = re.escape(info.name.strip())
            before = re.findall(rf"\b([A-Z][\w’'-]*)(\.?)[ \t]+{surname}\b", story)
            firsts = {w for w, dot in before if not dot and w.lower() not in _titles_lower()}
            if len(firsts) <= 1:
                (info.name,) = full
                info.words |= content_words(info.name)


@functools.cache
def _titles_lower() -> frozenset[str]:
    return (
        frozenset(lexicon.shared_words("titles"))
        | {"the", "and", "but", "when", "as", "if"}
        | {"although", "though", "because", "while", "since", "unless", "once", "even", "like"}
    )  # "Although Hale said": no given name of another Hale


_NAME_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+([a-zA-Z][^,.;:“”\"()]{2,80}?)(?=[,.;:(]|\s+[a-z]+ed\b|\s+(?:says|said|told)\b)"
)
# "Ann Reed, who helped found Green Harbour, …": a relative clause after a name, whose verb (one
# of gen_tie_verbs.txt, among its first three words) may tie the person to what follows.
_NAME_WHO = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+who\s+([^,.;:“”\"()]{2,100}?)(?=[,.;:(]|$)"
)
# "Sindicato Rojo's spokeswoman, Marta Ruiz, …": a named body's role, then the person holding it
# ("Vessa Logistics’ chief executive, Maren Holt,": a possessive of a name in -s, too)
_BODY_ROLE_NAME = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)(?:['’]s|(?<=s)['’])\s+([a-z][a-z\s-]{2,40}?),\s+"
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)(?=[,.;]|\s+[a-z])"
)
_NOT_A_TIE = frozenset({"against", "after", "from", "to", "into", "out"})
# "Vessa chief executive Maren Holt", "Vessa Logistics’ chief executive Maren Holt": a named
# body, up to three lower-case words holding a role, then the person's name (inside a sentence)
_BODY_ROLE_BEFORE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?)(?:['’]s|(?<=s)['’])?\s+"
    r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+"
    r"((?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)
# "Maren Holt is chief executive of Vessa Logistics": a role told by a copula
_NAME_IS_ROLE = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:is|was|has\s+been|became)\s+"
    r"((?:the\s+|a\s+|an\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+(?:of|at|for)\s+"
    r"(?:the\s+)?[A-Z][^,.;:“”\"()]{1,60}?)(?=[,.;:(]|\s+[a-z])"
)
# offices held in a body, that speak for it (a role before a name, or told by a copula, ties
# only by one of these: "Vessa chief executive Maren Holt", not "Clinton ally Ann Roy")
_SERVING_ROLES = frozenset(
    "spokesman spokeswoman spokesperson chief executive director chairman chairwoman chair"
    " chairperson president head manager owner founder co-founder cofounder lawyer counsel"
    " attorney representative secretary treasurer officer boss coordinator organiser"
    " organizer".split()
)
# roles of no body's own ("former", "fellow"): a description, not a tie
_NOT_ROLE_WORDS = frozenset({"former", "fellow", "ex", "rival", "opposition"})


@functools.cache
def _not_body_words() -> frozenset[str]:
    """Words of a capitalised run before a role that name no body: places, days, months,
    titles, and words that open a sentence ("On Tuesday Vessa chief executive …")."""
    return (
        frozenset(countries())
        | frozenset(_places())
        | WEEKDAYS
        | MONTHS
        | frozenset(lexicon.shared_words("titles"))
        | frozenset(lexicon.words("stopwords"))
    )


def _appositives(story: str) -> list[re.Match[str]]:
    """The matches of ``_NAME_APPOSITIVE`` in a story, each searched again from its description
    when that opens on a capital, so that "On Tuesday, Maren Holt, chief executive of Vessa
    Logistics, …" gives Holt's description too (not only "Maren Holt" as Tuesday's)."""
    out = []
    pos = 0
    while (m := _NAME_APPOSITIVE.search(story, pos)) is not None:
        out.append(m)
        pos = m.start(2) if m.group(2)[:1].isupper() else m.end()
    return out


_ITS_ROLE = re.compile(
    r"(?<![\w’'-])(?:[Ii]ts|[Tt]heir|(?:[Tt]he|[Aa]n?)\s+(?:company|firm|operator|group|ministry"
    r"|agency|union|commission|party|charity)(?:['’]s)?"
    r"|(?:[Tt]he|[Aa]n?)(?=\s+spokes(?:man|woman|person)\b))"  # "A spokesperson, Ida Fenn,"
    r"\s+([a-z][\w\s’'-]{2,40}?),?\s+((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)(?=[,.;]|\s+[a-z])"
)
# "Jane Doe, its director, said": the role after the name
_NAME_ITS_ROLE = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+(?:its|their)\s+([a-z][a-z\s’'-]{2,40}?)(?=[,.;])"
)
# a sentence's quotation before "its director, Jane Doe" ("“…,” said its director, Jane Doe")
_AFTER_QUOTE = re.compile(r"[”\"’']\s*,?\s*(?:(?:said|says|added|wrote|posted)\s+)?$")
# "The company's chairman, …": a possessive role of a common noun, not "its"
_NOUN_POSSESSIVE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+([a-z]+)['’]s\s")
_MAX_ROLES = 4  # "its director, Jane Doe" read per sentence at most
_ROLE_BACK = 3  # sentences looked back for the group "Its director" / "A company spokesman" is of

_ITS_ROLE_WORDS = frozenset(
    {"representative", "executive", "coordinator", "head", "envoy", "chair"}
)


def _person_named(name: str, kind: str | None) -> bool:
    """Whether a source is a person by kind and name ("Jane Doe"), not a firm the analysis took
    for one ("Acme Metals")."""
    first = name.split()[0].lower() if name.split() else ""
    return kind in PERSON_KINDS and (first in given_names() or len(name.split()) == 1)


def affiliations(ctx: Context) -> dict[str, frozenset[str]]:
    """The words of the descriptions the story sets after a name anywhere, by the name's last
    word ("Jane Doe, president of the Harbour Workers Union, met …" gives "Doe" the words of
    the union), found in one pass over the story. Only descriptions holding a role word
    ("president", "spokesman") count: they tie a person to an organisation, so that the two are
    never offered as different answers ("we" in her quotation is the union). So do relative
    clauses of a tying verb ("Tom Hale, who helped found Acme Corp, …"; gen_tie_verbs.txt)."""
    found = ctx.cache.get("affiliations")
    if found is None:
        roles = lexicon.words("role_words")
        links = lexicon.words("link_roles")  # "a lawyer at Amsel Partners": ties, no role-only
        story = ctx.story_text
        acc: dict[str, set[str]] = {}
        described: dict[str, str] = {}  # "Petrov" -> "the foreign minister": for same_side
        for m in _appositives(story):
            desc = m.group(2)
            said = {POSSESSIVE_S.sub("", t.lower()) for t in tokens(desc)}
            if not (roles | links | _GOVERNMENT_ROLES()) & said:
                continue
            last = m.group(1).split()[-1]
            if len(described.get(last, "")) < _MAX_DESCRIBED:  # bounded: stays linear
                described[last] = f"{described.get(last, '')} {desc}"
            if not (roles | links) & said:
                continue
            names = " ".join(t for t in tokens(desc) if t[:1].isupper())  # the organisation
            acc.setdefault(last, set()).update(content_words(names) - roles)
        noun_roles: list[tuple[str, str, int, tuple[str, ...]]] = []
        for sentence in ctx.story.sentences:
            # "Its director, Jane Doe, said", "“…,” its director, Jane Doe, posted", "Jane Doe, its
            # director, said", "A company spokesman, Tom Hale, said": the group named last before,
            # earlier in the sentence or in the sentences before ("Rights group Acme Watch said …")
            text = sentence.text
            found_roles = [(m.start(), m.group(1), m.group(2)) for m in _ITS_ROLE.finditer(text)]
            found_roles += [
                (m.start(), m.group(2), m.group(1)) for m in _NAME_ITS_ROLE.finditer(text)
            ]
            for start, role_words, name in found_roles[:_MAX_ROLES]:  # bounded: stays linear
                role = {t.lower() for t in tokens(role_words)}
                if not (roles | _ITS_ROLE_WORDS) & role:
                    continue
                if start and not _AFTER_QUOTE.search(text, max(0, start - 24), start):
                    continue  # "… the harbour board and its chairman, Ann Roy": the board
                last = name.split()[-1]
                at = sentence.span[0] + start
                groups = _group_before(ctx, sentence, at)
                possessive = _NOUN_POSSESSIVE.match(text, start)
                if possessive and possessive.group(1) not in _GENERIC_BODIES:
                    # "The company's chairman, Leo Marr": the story's company, which need not
                    # be the group named last (``_role_ties`` resolves the noun; that group
                    # when it cannot)
                    role_text = text[start : start + 80]
                    noun_roles.append((last, role_text, sentence.line, tuple(groups)))
                    continue
                for group in groups or _only_group_before(ctx, at):
                    acc.setdefault(last, set()).update(content_words(group) - roles)
        for m in _BODY_ROLE_NAME.finditer(story):  # "Sindicato Rojo's spokeswoman, Marta Ruiz,"
            if (roles | links) & {t.lower() for t in tokens(m.group(2))}:
                body = content_words(m.group(1)) - roles
                acc.setdefault(m.group(3).split()[-1], set()).update(body)
        for m in _NAME_IS_ROLE.finditer(story):  # "Maren Holt is chief executive of Vessa …"
            said = {t.lower() for t in tokens(m.group(2))}
            if _SERVING_ROLES & said and not said & _NOT_ROLE_WORDS:
                names = " ".join(t for t in tokens(m.group(2)) if t[:1].isupper())
                acc.setdefault(m.group(1).split()[-1], set()).update(content_words(names) - roles)
        for m in _BODY_ROLE_BEFORE.finditer(story):  # "Vessa chief executive Maren Holt"
            role = {t.lower() for t in tokens(m.group(2))}
            if not _SERVING_ROLES & role or role & _NOT_ROLE_WORDS:
                continue  # "Clinton ally Ann Roy", "Republican front-runner …": no office
            body = content_words(m.group(1)) - roles - _not_body_words()
            named = {t.lower() for t in tokens(m.group(3))}
            if body and not named & _not_body_words():
                acc.setdefault(m.group(3).split()[-1], set()).update(body)
        ties = lexicon.words("tie_verbs")
        for m in _NAME_WHO.finditer(story):
            words = tokens(m.group(2))
            at = next((i for i, w in enumerate(words[:3]) if w.lower() in ties), None)
            if at is None or words[at + 1 : at + 2] and words[at + 1].lower() in _NOT_A_TIE:
                continue  # "who voted for …", "who ran against Tom Hale": no tie
            names = " ".join(t for t in words[at + 1 :] if t[:1].isupper())
            if names:
                acc.setdefault(m.group(1).split()[-1], set()).update(content_words(names) - roles)
        found = ctx.cache["affiliations"] = {k: frozenset(v) for k, v in acc.items()}
        ctx.cache["descriptions"] = described
        ctx.cache["noun_roles"] = noun_roles
    assert isinstance(found, dict)  # noqa: S101 - the cache's own entry
    return found


# A person's rank in a police force ("Detective Inspector Ruben Hale", "Sergeant Mila Orr"): the
# police speak through them
_POLICE_RANK = re.compile(
    r"\b(?:detective|inspector|sergeant|constable|superintendent|commissioner|lieutenant"
    r"|sheriff|trooper|patrol(?:man|woman)|police\s+(?:officer|chief|spokes\w+))\b",
    re.IGNORECASE,
)
_POLICE_BODY = frozenset({"police", "constabulary", "gendarmerie"})
# An officer's role at an organisation the role itself leaves unnamed ("Chief executive Miriam
# Oduya", "Chief medical officer Dr. Lena Fairweather", "company spokesman Tom Hale")
_OFFICER_ROLE = re.compile(
    r"\b(?:chief\s+(?:[a-z]+\s+){0,2}officer|chief\s+executive|ceo|chair(?:man|woman|person)?"
    r"|(?:managing|executive|finance|medical|research)\s+director|spokes(?:man|woman|person)"
    r"|general\s+counsel|founder|(?:research|medical|finance)\s+chief)\b",
    re.IGNORECASE,
)
# words a bare officer's role may hold besides its role words: no organisation is named
_BARE_ROLE_WORDS = frozenset(
    {"the", "a", "an", "company", "firm", "corporate", "senior"}
    | {"deputy", "vice", "acting", "interim", "former", "chief", "executive", "officer"}
    | {"medical", "financial", "operating", "technology", "scientific", "research", "finance"}
    | {"managing", "director", "general", "counsel", "founder", "ceo", "dr", "dr.", "mr", "ms"}
    | {"mrs", "mr.", "ms.", "mrs.", "prof", "professor", "spokesman", "spokeswoman"}
    | {"spokesperson", "chairman", "chairwoman", "chair", "chairperson", "and", "president"}
)
# "the company", "the bank": an organisation of the story named before, not by its name
_ORG_NOUNS = (
    "company|firm|bank|lender|insurer|drugmaker|carmaker|operator|group|airline|carrier|miner"
    "|retailer|manufacturer|maker|corporation|business|owner"
)
_ORG_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(" + _ORG_NOUNS + r")\b")


def _role_ties(ctx: Context, out: dict[str, SourceInfo]) -> dict[str, frozenset[str]]:
    """Ties of people to the organisation they speak for that no name in their own mention shows
    (those share a word and so conflict already: "Grellan chief executive Philip Dorne"), by the
    last word of the person's name: a police rank ties its holder to the story's police
    ("Detective Inspector Ruben Hale" and "Police said …"); a bare officer's role ("Chief
    executive Miriam Oduya") to each organisation with a claim in the person's paragraph or the
    one before, and, when those paragraphs speak of "the company" or "the bank", to the
    organisations that may be meant (``_anaphor_groups``): the two are never a question's
    answer and its wrong option. Each person's first few claims are read, and a window of
    bounded length before each, so the work stays linear in the story."""
    police = [i for i in out.values() if content_words(i.name) & _POLICE_BODY]
    groups = [i for i in out.values() if not _person_source(i)]
    if not groups:
        return {}
    by_line: dict[int, set[str]] = {}
    for info in groups:
        for claim in info.claims[:MAX_COMPARED_CLAIMS]:
            by_line.setdefault(claim.line, set()).add(info.key)
    lines = sorted(ctx.by_line)
    found: dict[str, set[str]] = {}
    bodies = [i for i in groups if i.kind not in PERSON_KINDS]
    described = ctx.cache.get("descriptions", {})
    assert isinstance(described, dict)  # noqa: S101 - the cache's own entry
    noun_roles = ctx.cache.get("noun_roles", [])
    assert isinstance(noun_roles, list)  # noqa: S101 - the cache's own entry
    roles = lexicon.words("role_words")
    for info in out.values():
        if not info.claims or info.kind not in (*PERSON_KINDS, None):
            continue
        last = _last_name_word(info.name)
        if info in bodies and not (
            info.kind is None and _org_nouns_served(described.get(last, ""))
        ):
            continue  # a bare "Ruiz" of unknown kind is one person when described by a role
        written = [(c.source_text or "", c.line) for c in info.claims[:_ROLE_CLAIMS]]
        for mention, line in [*written, (described.get(last, ""), info.first_line())]:
            # "Lina Ode, a spokeswoman for the group": the group meant, named before
            for key in _served_by_noun(ctx, out, (bodies, by_line), info.key, mention, line):
                found.setdefault(last, set()).update(content_words(out[key].name))
        for word, role, line, before in noun_roles:  # "The company's chairman, Leo Marr"
            if word == last:
                keys = _served_by_noun(ctx, out, (bodies, by_line), info.key, role, line)
                names = [out[k].name for k in keys] or list(before)
                for name in names:
                    found.setdefault(last, set()).update(content_words(name) - roles)
        if not _person_source(info):
            continue
        for claim in info.claims[:_ROLE_CLAIMS]:
            role = _role_text(claim)
            if not role:
                continue
            if police and _POLICE_RANK.search(role):
                for body in police:
                    found.setdefault(last, set()).update(content_words(body.name))
            if not _OFFICER_ROLE.search(role) or not _bare_role(role):
                continue
            at = bisect.bisect_left(lines, claim.line)
            near = lines[max(0, at - 1) : at + 1]  # the paragraph before, and its own
            keys = set().union(*(by_line.get(n, set()) for n in near))
            end = claim.sentence_span[1]
            lo = max(ctx.by_line[near[0]][0].span[0], end - _ANAPHOR_WINDOW)
            for noun in {m.group(1).lower() for m in _ORG_ANAPHOR.finditer(ctx.text, lo, end)}:
                keys |= {g.key for g in _anaphor_meant(ctx, groups, noun)}
            for key in keys - {info.key}:
                found.setdefault(last, set()).update(content_words(out[key].name))
    return {k: frozenset(v) for k, v in found.items()}


# a person's role at a body the mention names only by a common noun: "a spokeswoman for the
# group", "the association's president", "who heads the doctors' body"
_SERVED_NOUN = (
    r"(association|union|federation|society|league|guild|institute|foundation|chamber|academy"
    r"|alliance|coalition|council|college|club|charity|group|organi[sz]ation|body|board"
    r"|committee|commission|agency|party|campaign|" + "company|firm|bank|lender|insurer|operator"
    r"|airline|carrier|retailer|manufacturer|maker|corporation|business"
    r"|team|crew|squad|regulator|watchdog|ministry|theatre|museum|gallery|hospital|orchestra"
    r"|newspaper)"
)
_OFFICER = (
    r"(?:spokes(?:man|woman|person)|director|president|chair(?:man|woman|person)?|head|leader"
    r"|chief|secretary|official|officer|representative|executive|founder|member|manager"
    r"|organi[sz]er|lawyer|adviser|advisor|treasurer|coordinator|economist|counsel)s?"
)
_ROLE_FOR_NOUN = re.compile(
    rf"\b{_OFFICER}\s+(?:of|for|at|with|from|to)\s+(?:the|its|their|this|that)\s+"
    rf"(?:[a-z’'-]+\s+){{0,2}}?{_SERVED_NOUN}\b(?![’']|\s+[A-Z])"
    rf"|\bwho\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|represents|represented"
    rf"|directs|directed|speaks\s+for|spoke\s+for|works\s+for|worked\s+for)\s+"
    rf"(?:the|its|their)\s+(?:[a-z’'-]+\s+){{0,2}}?{_SERVED_NOUN}\b(?![’']|\s+[A-Z])"
    rf"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z’'-]+\s+){{0,2}}?{_SERVED_NOUN}[’']s\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?{_OFFICER}\b"
)
_SERVED_NOUNS = frozenset(re.findall(r"[a-z]+", _SERVED_NOUN.replace("organi[sz]ation", "")))
_GENERIC_BODIES = frozenset({"group", "organisation", "organization", "body"})
_MAX_SERVED = 3  # bodies a "the group" of a person's role is tied to: the nearest


def _org_nouns_served(mention: str) -> set[str]:
    """The common nouns a person's mention names the body they serve by ("group" of "a
    spokeswoman for the group", "association" of "the association's president")."""
    if len(mention) > _MAX_MENTION:
        return set()
    found = set()
    for m in _ROLE_FOR_NOUN.finditer(mention):
        noun = next(g for g in m.groups() if g).lower()
        if m.group(0)[:1].isupper() and noun in _GENERIC_BODIES:
            continue  # "The group's executive director, X": the group named before, if any
        found.add(noun)
    return found


_MAX_MENTION = 300


def _groups_of_noun(
    ctx: Context, groups: list[SourceInfo], noun: str, line: int
) -> list[SourceInfo]:
    """The story's bodies a common noun of a person's role may stand for, nearest the person's
    claim first: those a word of whose names is the noun ("the Ostran Medical Association" for
    "the association"); for "the group", "the body", any organisation (no government, no news
    agency); for "the company", the companies ``_anaphor_groups`` finds."""
    known = ctx.cache.setdefault("groups_of_noun", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if noun not in known:  # once per noun, so that many people stay linear
        named = [g for g in groups if noun in g.words]
        if not named and noun in _GENERIC_BODIES:
            named = [g for g in groups if g.kind == "organisation"]
        elif not named and noun in _ORG_NOUNS.split("|"):
            named = _anaphor_groups(groups, noun)
        named.sort(key=lambda g: g.first_line())
        known[noun] = ([g.first_line() for g in named], named)
    lines, named = known[noun]
    at = bisect.bisect_left(lines, line)
    near = named[max(0, at - _MAX_SERVED) : at + _MAX_SERVED]
    return sorted(near, key=lambda g: abs(g.first_line() - line))[:_MAX_SERVED]


def _served_by_noun(
    ctx: Context,
    out: dict[str, SourceInfo],
    known: tuple[list[SourceInfo], dict[int, set[str]]],
    own: str,
    mention: str,
    line: int,
) -> set[str]:
    """The keys of the story's bodies (``known``: the bodies, and the keys of the groups by the
    lines of their claims) that a person's mention on ``line`` serves by a common noun ("a
    spokeswoman for the group", "The theatre's general manager"): those ``_groups_of_noun``
    finds, or else the one that spoke just before (``_spoke_before``); never ``own``."""
    bodies, by_line = known
    meant: set[str] = set()
    for noun in _org_nouns_served(mention):
        found = {g.key for g in _groups_of_noun(ctx, bodies, noun, line)}
        meant |= found or _spoke_before(ctx, out, by_line, own, noun, line)
    return meant - {own}


def body_ties(ctx: Context, info: SourceInfo, mention: str, line: int) -> set[str]:
    """The name words of the bodies the story ties a person outside its sources to (a denier
    read from the denial's own words, "The theatre's general manager, Dr Ana Brel, denied …"):
    the descriptions of their last name word anywhere (``affiliations``), and a body their
    ``mention`` on ``line`` serves by a common noun, as ``_role_ties`` finds for the story's own
    sources. Then the two are never each other's wrong option."""
    out = story_sources(ctx)
    tied = set(affiliations(ctx).get(_last_name_word(info.name), frozenset()))
    known = ctx.cache.get("noun_bodies")
    if known is None:  # the story's bodies and the lines they speak on: worked out once
        groups = [i for i in out.values() if not _person_source(i)]
        by_line: dict[int, set[str]] = {}
        for group in groups:
            for claim in group.claims[:MAX_COMPARED_CLAIMS]:
                by_line.setdefault(claim.line, set()).add(group.key)
        known = ctx.cache["noun_bodies"] = (
            [i for i in groups if i.kind not in PERSON_KINDS],
            by_line,
        )
    assert isinstance(known, tuple)  # noqa: S101 - the cache's own entry
    for key in _served_by_noun(ctx, out, known, info.key, mention, line):
        tied |= content_words(out[key].name)
    return tied


# nouns that describe a body rather than head its name ("The Calder Playhouse", "the theatre"):
# one a person's role names is the body that spoke just before (``_spoke_before``); not "union",
# "university": those would be named so, and one the story does not name is another
_DESCRIBING_NOUNS = frozenset(
    {"team", "crew", "squad", "regulator", "watchdog", "theatre", "museum", "gallery"}
    | {"hospital", "orchestra", "newspaper", "charity"}
)
_PUBLIC_NOUNS = frozenset({"regulator", "watchdog"})  # a public body may be "the regulator"
_SPOKE_BACK = 3  # paragraphs looked back for the body a "the theatre's manager" is of


def _spoke_before(
    ctx: Context,
    out: dict[str, SourceInfo],
    by_line: dict[int, set[str]],
    own: str,
    noun: str,
    at: int,
) -> set[str]:
    """The body a person's role names by a common noun that no body of the story is called by
    ("The theatre's general manager, Dr Ana Brel" after "The Calder Playhouse said …"), as the
    key of ``out``: the one group (``by_line``: the groups' keys by the lines of their claims)
    that spoke last in the person's paragraph (``at``) or the ``_SPOKE_BACK`` paragraphs before
    it, neither the person (``own``) nor one described by a role of their own; none for "the
    company" or "the group" (those are the story's companies or organisations,
    ``_groups_of_noun``), nor when two groups spoke in that paragraph."""
    if noun not in _DESCRIBING_NOUNS:
        return set()  # "a spokeswoman for the dockers' union": a union the story leaves unnamed
    described = ctx.cache.get("descriptions", {})
    assert isinstance(described, dict)  # noqa: S101 - the cache's own entry
    lines = sorted(ctx.by_line)
    end = bisect.bisect_right(lines, at)
    for line in reversed(lines[max(0, end - 1 - _SPOKE_BACK) : end]):
        keys = {
            k
            for k in by_line.get(line, set()) - {own}
            if not described.get(_last_name_word(out[k].name))
            and (out[k].kind != "government" or noun in _PUBLIC_NOUNS)
            and out[k].kind != "news agency"
            and _last_name_word(out[k].name).lower() not in _SERVED_NOUNS - {noun}
        }
        if keys:
            return keys if len(keys) == 1 else set()
    return set()


_ROLE_CLAIMS = 5  # claims of a person read for a role written in their mention
_ANAPHOR_WINDOW = 2000  # characters read back for "the company" before a person's role


def _anaphor_meant(ctx: Context, groups: list[SourceInfo], noun: str) -> list[SourceInfo]:
    """``_anaphor_groups`` of the story's groups for one noun, worked out once per story."""
    known = ctx.cache.setdefault("anaphor_meant", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if noun not in known:
        known[noun] = _anaphor_groups(groups, noun)
    return list(known[noun])


def _person_source(info: SourceInfo) -> bool:
    """Whether a source is clearly one person, whatever kind the analysis gave it: named by a
    listed given name, or a name not ending like a firm's ("Pellmoor Insurance", "Okari
    Resources") that the story calls "he" or "she", or writes after a role or title ("Detective
    Inspector Ruben Hale", "Chief executive Miriam Oduya", "Union organiser Pia Strand",
    "Professor Olaf Brenn"); not an organisation ("Drugmaker Alvera Therapeutics")."""
    shown = option_name(info.name).split()
    if not shown or shown[0].lower() == "the":
        return False
    if shown[0].lower() in given_names():
        return True
    last = shown[-1].lower()
    if last in lexicon.words("the_heads") or last in ORG_NAME_WORDS:
        return False
    plural = last.endswith("s") and not last.endswith(("ss", "'s", "’s"))  # "Okari Resources"
    for claim in info.claims[:_ROLE_CLAIMS]:
        written = " ".join((claim.source_text or "").split())
        if written.lower() in ("he", "she"):
            return True
        if plural:
            continue
        if _POLICE_RANK.search(written) or _OFFICER_ROLE.search(written):
            return True
        m = _ROLE_THEN_NAME.search(written)
        if m and _person_role(m.group(1)):
            return True
    return False


def _person_role(word: str) -> bool:
    """Whether a word before a name is a person's title or job ("Professor", "organiser",
    "Fisherman", "Historian"), not a firm's trade ("Drugmaker", "Insurer", "Lender")."""
    low = word.lower()
    if low in _titles_lower() - {"the", "and", "but", "when", "as", "if"}:
        return True
    if low in _ORG_NOUNS.split("|") or low.endswith("maker"):
        return False
    return _role_noun(low) or low.endswith(("man", "woman")) or bool(OCCUPATION.fullmatch(low))


# a word, then the two or three capitalised words of a name ("organiser Pia Strand")
_ROLE_THEN_NAME = re.compile(r"([A-Za-z.]+)\s+(?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]+")


def _role_text(claim: Claim) -> str:
    """The words of a person's mention other than the name: the role written before it
    ("Chief executive", "Detective Inspector") or set after it (", the firm's
    spokesman"); the name is what follows the last role word, or what precedes the comma."""
    written = " ".join((claim.source_text or "").split())
    last = None
    for pattern in (_OFFICER_ROLE, _POLICE_RANK):
        for m in pattern.finditer(written):
            if last is None or m.end() > last.end():
                last = m
    if last is None:
        return ""
    comma = written.find(",")
    if 0 <= comma < last.start():
        return written[comma + 1 :].strip()  # "Lena Fairweather, the firm's medical chief"
    return written[: last.end()]


# groups no anaphoric "the company" stands for: unions, parties, associations, outlets
_NOT_A_COMPANY = frozenset(
    {"union", "federation", "association", "party", "council", "committee", "coalition"}
    | {"alliance", "league", "society", "news", "site", "newspaper", "paper", "agency"}
    | {"ministry", "department", "government", "police", "court", "group", "campaign"}
    | {"guild", "chamber", "institute", "university", "college", "school", "club", "trust"}
    | {"foundation", "charity", "team", "theatre", "museum", "hospital", "church", "office"}
    | {"authority", "commission", "regulator", "board"}
)


_ANAPHOR_NAME = re.compile(r"[Tt]he\s+(" + _ORG_NOUNS + r")")


def _anaphor_groups(groups: list[SourceInfo], noun: str) -> list[SourceInfo]:
    """The groups an anaphoric "the company" or "the bank" may stand for: those a word of whose
    names or descriptions is the noun ("Kestrel Bank, the country's biggest lender"), or, if
    none is, each organisation that is no union, party, outlet or public body."""
    named = [g for g in groups if noun in g.words]
    if named:
        return named
    return [
        g
        for g in groups
        if g.kind not in ("government", "news agency") and not g.words & _NOT_A_COMPANY
    ]


def _bare_role(role: str) -> bool:
    """Whether a role names no organisation: all its words are role words or titles ("Chief
    medical officer Dr.", "company spokesman"), none a name ("Grellan chief executive")."""
    words = [w.strip(",.").lower() for w in role.split()]
    return all(w in _BARE_ROLE_WORDS for w in words if w)


def _group_before(ctx: Context, sentence: Sentence, at: int) -> list[str]:
    """The groups (sources that are not named people) of the claims whose source is written
    before ``at`` in its sentence, or else of the nearest of the ``_ROLE_BACK`` sentences before
    that has any: the group an "its director" is of. A group of the story's that such a
    sentence only names counts too ("Grellan Build won the contract. Its director, Sam Lee,
    said …": Grellan Build, which speaks elsewhere in the story)."""
    named = _group_names(ctx)
    groups = [
        c.source
        for c in ctx.claims_in(sentence.span)
        if c.source
        and c.source_span
        and c.source_span[1] <= at
        and not _person_named(c.source, c.source_kind)
        and c.source_kind not in _EXCLUDED_KINDS
    ]
    if named:
        groups += named.findall(ctx.text, sentence.span[0], at)
    start = sentence.span[0]
    for _ in range(_ROLE_BACK):
        before = ctx.sentence_before(start)
        if before is None or groups:
            break
        groups = [
            c.source
            for c in ctx.claims_in(before.span)
            if c.source
            and not _person_named(c.source, c.source_kind)
            and c.source_kind not in _EXCLUDED_KINDS  # "It is expected to …": no group
        ]
        if named:
            groups += named.findall(ctx.text, *before.span)
        start = before.span[0]
    return groups


def _only_group_before(ctx: Context, at: int) -> list[str]:
    """The one group (a source that is no named person) whose claims the story reports before
    ``at``, when it reports exactly one and the text from its claim to ``at`` (at most
    ``_ANAPHOR_WINDOW`` characters) names no other body (no run of capitalised words, no
    acronym): what a far "Its director of markets, Femi Adeyo" is of ("Britain's fair-trading
    regulator said …", then sentences without a source). None when two groups spoke before:
    "its" may then be either; nor after "leaders of the ruling Union Party were defeated", a
    body that makes no claim."""
    firsts = ctx.cache.get("first_groups")
    if firsts is None:  # the first two groups to speak, and where: worked out once per story
        firsts = []
        for c in sorted(ctx.story.claims, key=lambda c: c.sentence_span):
            if c.source_kind in _EXCLUDED_KINDS:
                continue
            if c.source and not _person_named(c.source, c.source_kind):
                if source_key(c.source) not in {source_key(n) for _, _, n in firsts}:
                    firsts.append((*c.sentence_span, c.source))
                    if len(firsts) == 2:
                        break
        ctx.cache["first_groups"] = firsts
    assert isinstance(firsts, list)  # noqa: S101 - the cache's own entry
    before = [(end, name) for start, end, name in firsts if start < at]
    if len(before) != 1 or at - before[0][0] > _ANAPHOR_WINDOW:
        return []
    between = ctx.text[before[0][0] : at]
    if _CAP_RUN.search(between) or _CAPS_WORD.search(between):
        return []  # another body may be meant
    return [before[0][1]]


_MAX_GROUP_NAMES = 200  # names of the story's groups looked for: bounded, so the scan stays linear


def _group_names(ctx: Context) -> re.Pattern[str] | None:
    """One pattern for the names of the story's groups that make a claim (capitalised, not a
    named person: "Grellan Build", "the Velmore Tenants Association"), as the story writes
    them, longest first; None when there are none. Built once per story."""
    found = ctx.cache.get("group_names")
    if found is None:
        names = {
            c.source.strip().removeprefix("the ").removeprefix("The ")
            for c in ctx.story.claims
            if c.source and not _person_named(c.source, c.source_kind)
        }
        names = {n for n in names if n[:1].isupper() and len(n) > 2}
        ordered = sorted(names, key=lambda n: (-len(n), n))[:_MAX_GROUP_NAMES]
        found = ctx.cache["group_names"] = (
            re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w’'-])")
            if ordered
            else False
        )
    return found or None


def _appositive(ctx: Context, claim: Claim) -> str:
    """The description set off after a source's name (", the institute's director"), if any."""
    if not claim.source_span:
        return ""
    after = ctx.text[claim.source_span[1] : claim.sentence_span[1]]
    m = _APPOSITIVE.match(after)
    return m.group(1) if m else ""


def claims_of(ctx: Context, source: str) -> list[Claim]:
    """Every claim of the story whose source has the same key as ``source``."""
    by_key = ctx.cache.get("claims_by_key")
    if by_key is None:
        by_key = {}
        for c in ctx.story.claims:
            by_key.setdefault(source_key(c.source or ""), []).append(c)
        ctx.cache["claims_by_key"] = by_key
    assert isinstance(by_key, dict)  # noqa: S101 - the cache's own entry
    return by_key.get(source_key(source), [])


def in_story(ctx: Context, info: SourceInfo) -> bool:
    """Whether the source's name (or its last word) is written in the story's text (worked out
    once per source)."""
    known = ctx.cache.setdefault("in_story", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if info.key not in known:
        story = ctx.story_norm
        name = norm(info.name)
        last = name.split()[-1] if name.split() else name
        known[info.key] = name.removeprefix("the ") in story or last in story
    return bool(known[info.key])


def overlaps(a: str, b: str) -> bool:
    """Whether two passages share at least half of the shorter one's content words."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= _OVERLAP * min(len(wa), len(wb))


def conflicts(a: SourceInfo, b: SourceInfo, answer: bool = False) -> bool:
    """Whether two sources could be taken for one another: a shared name word or side, or one
    is the other's initials ("ND" and "New Democracy", "PLA" and "People's Liberation Army").
    Beside the ``answer`` (``b``), a wrong option must also not be on its side (``same_side``);
    two wrong options are kept apart by kind alone (an official and a government)."""
    shared = a.words & b.words
    if shared and shared <= _ROLE_WORDS and _named(a) and _named(b):
        shared = set()  # "Opposition leader Marcus Bell", "Union leader Rosa Diaz": two people
    if a.key == b.key or shared or a.groups & b.groups:
        return True
    if answer:
        if same_side(a, b):
            return True  # "Ana Petrov, the foreign minister" and "the Ostran government"
    elif {a.kind, b.kind} == {"official", "government"}:
        return True  # a minister and "the government": may well be one side speaking
    if any(_misspelt(x, y) for x in a.words for y in b.words):
        return True  # "Jonson" for "Johnson": the story misspells one person's name
    return _acronym_of(a, b) or _acronym_of(b, a)


_MAX_DESCRIBED = 400  # characters of descriptions kept for one name


_WHO_CLAUSE = re.compile(r",?\s+(?:who|which|whose|that)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)?", re.I)


def _own_description(mention: str) -> str:
    """A mention without its relative clause ("Ana Roy, who flew to Paris, …" -> "Ana Roy"),
    unless the clause ties the person to a body ("who heads the Health Ministry")."""
    m = _WHO_CLAUSE.search(mention)
    if m is None:
        return mention
    if {w.lower() for w in tokens(m.group(1) or "")} & lexicon.words("tie_verbs"):
        return mention
    return mention[: m.start()]


_NOT_HOME = frozenset(
    {"in", "at", "to", "from", "near", "into", "toward", "towards", "visiting", "across", "over"}
    | {"against", "with", "on", "for", "about", "outside", "inside", "around", "through"}
)


def _places_of(text: str, name: str = "") -> set[str]:
    """The countries and capitals of places.txt that gen_name_groups.tsv does not list, named
    in a text as a possessive or a modifier ("Mongolia's foreign minister", "the foreign
    minister of Mongolia"), not as a location ("the embassy in Kabul") nor as a word of a
    person's ``name`` ("Chad Moss", "Rep. Ann Jordan")."""
    own = {t.lower() for t in tokens(name)}
    words = [POSSESSIVE_S.sub("", t.lower()) for t in tokens(text)]
    words = [w if w not in own else "" for w in words]
    found = set()
    for k, w in enumerate(words):
        for place in (w, f"{w} {words[k + 1]}" if k + 1 < len(words) else ""):
            if (
                place in PLACES
                and not name_groups(place)
                and (k == 0 or words[k - 1] not in _NOT_HOME)
            ):
                found.add(place)
    return found


def _role_words(mention: str, name: str) -> set[str]:
    """The lower-case words of a mention other than those of the name it gives ("the",
    "foreign", "minister" of "Ana Petrov, the foreign minister"), possessives cut."""
    own = {t.lower() for t in tokens(name)}
    words = {POSSESSIVE_S.sub("", t.lower()) for t in tokens(mention)}
    return words - own


@functools.cache
def _GOVERNMENT_ROLES() -> frozenset[str]:  # noqa: N802 - a constant built once
    return lexicon.words("government_roles")


@functools.cache
def _NOT_GOVERNMENT() -> frozenset[str]:  # noqa: N802 - a constant built once
    return lexicon.words("nongovernment_words") | lexicon.words("org_heads")


# a whole government, by the word that heads its name ("the Ostran government", "the Kremlin");
# a country or a capital stands for one too ("Moscow", "Kyiv", "Russia")
_WHOLE_HEADS = frozenset(
    {"government", "administration", "regime", "authorities", "kremlin", "cabinet"}
)
# heads of the names of bodies a government speaks through ("the Foreign Ministry")
_PART_HEADS = frozenset(
    {"ministry", "ministries", "department", "embassy", "consulate", "mission", "presidency"}
    | {"office", "army", "navy", "military", "forces", "command", "agency", "bureau"}
    | {"directorate", "services", "spokesman", "spokeswoman", "spokesperson"}
)


def serves_government(info: SourceInfo) -> bool:
    """Whether a source is a person who may speak for a government: an official, or a person
    whose descriptions hold a government's word ("Ana Petrov, the foreign minister", "a
    government spokeswoman", "who heads the Health Ministry"), unless a description holds a
    word of a body that is no government ("opposition", "former", "association", "union")."""
    if info.kind not in PERSON_KINDS and (info.kind is not None or not _person_source(info)):
        return False
    if info.role & _NOT_GOVERNMENT():
        return False  # "Opposition leader Dan Vik", "a former minister", "the union's president"
    if info.kind == "official" or info.role & _GOVERNMENT_ROLES():
        return True
    # "White House press secretary Ana Roy": a seat of government in the description
    return info.role >= {"white", "house"} or info.role >= {"downing", "street"}


def _whole_government(info: SourceInfo) -> bool:
    """Whether a government source names a whole government: a country or a capital
    ("Moscow", "Russia"), or a name headed by "government", "administration", "Kremlin" …"""
    if info.kind != "government":
        return False
    name = norm(info.name).removeprefix("the ")
    words = _OF_BY.split(name, maxsplit=1)[0].split()  # "the government of Peru"
    return name in PLACES or name in countries() or bool(words and words[-1] in _WHOLE_HEADS)


def _part_of_government(info: SourceInfo) -> bool:
    """Whether a government source is a body a government speaks through, by the head of its
    name ("the Foreign Ministry", "the Defence Department", "the president's office", "the
    army"); not a court, a legislature or a local police ("the Supreme Court", "Congress",
    "the Lundport police")."""
    name = _OF_BY.split(norm(info.name), maxsplit=1)[0].split()
    return bool(name) and name[-1] in _PART_HEADS


def _side_stems(info: SourceInfo) -> set[str]:
    """The first five letters of the words of a source's names that are no word of a
    government, a role or a portfolio ("ostra" of "the Ostran government" and of "Ostra")."""
    skip = _GOVERNMENT_ROLES() | _ROLE_WORDS | _WHOLE_HEADS | lexicon.words("role_words")
    return {w[:5] for w in info.words if len(w) >= 4 and w not in skip}


def _different_countries(a: SourceInfo, b: SourceInfo) -> bool:
    """Whether two sources are known to be of different countries: the name of each, or the
    description before any relative clause, names one (gen_name_groups.tsv: "Moscow",
    "French", "Kyiv") and they share none, nor any the story ties them to; or one names a
    listed country and the other a country or capital that list does not hold ("Russia" and
    "Mongolia's foreign minister": every name of a listed country is listed)."""
    known_a, known_b = a.groups | a.home, b.groups | b.home
    if a.home and b.home:
        return not known_a & known_b
    if a.home and b.places:
        return not known_a & known_b
    return bool(b.home and a.places) and not known_a & known_b


def same_side(a: SourceInfo, b: SourceInfo) -> bool:
    """Whether one source may speak for the other, so that both would be right answers to one
    question: a person serving a government (an official, "Ana Petrov, the foreign minister")
    and a government body ("the Ostran government", "Moscow", "the Health Ministry"); a whole
    government ("Russia", "the Ostran government") and a body it speaks through ("the Foreign
    Ministry", "the army") or another name of it ("Ostra"). Not when the two are known to be of
    different countries ("French Foreign Minister Jean Morel" and "Moscow"), nor a court, a
    legislature or a local police beside a whole government."""
    for x, y in ((a, b), (b, a)):
        if y.kind != "government" or _different_countries(x, y):
            continue
        if serves_government(x):
            return True
        if x.kind == "government" and _whole_government(y):
            if _whole_government(x) and _side_stems(x) & _side_stems(y):
                return True  # "Ostra" and "the Ostran government"
            if not _whole_government(x) and _part_of_government(x):
                return True  # "Moscow" and "the Foreign Ministry"
    return False


# words of a person's role, shared by people who are not one another ("leader", "governor");
# a side ("union", "party", "opposition") is not one of them
_ROLE_WORDS = frozenset(
    {w for w, kind in SOURCE_KINDS.items() if kind in ("official", "expert") and " " not in w}
    | {t.lower() for t in TITLES if " " not in t}
)


def _named(info: SourceInfo) -> bool:
    """Whether a source has a word of its own besides role words ("Marcus Bell", not "the
    president")."""
    return bool(info.words - _ROLE_WORDS - {"the"})


def _misspelt(a: str, b: str) -> bool:
    """Whether two name words of five letters or more are one misspelt as the other: the same
    letters in another order, or one letter added, dropped or changed ("Jonson", "Johnson")."""
    if len(a) < 5 or len(b) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _acronym_of(short: SourceInfo, long: SourceInfo) -> bool:
    """Whether one of ``short``'s words is an acronym of capitalised words of ``long``."""
    initials = long.initials
    return any(w.isupper() and 2 <= len(w) <= 6 and w in initials for w in short.mentions)


NEAREST_SOURCES = 60  # the wrong options are chosen among this many sources nearest the claim
MAX_COMPARED_CLAIMS = 50  # a candidate with more claims than this is taken to have said it too


def _by_first_line(ctx: Context) -> tuple[list[int], list[SourceInfo]]:
    """The story's sources in order of their first claim's line, and those lines."""
    found = ctx.cache.get("sources_by_line")
    if found is None:
        infos = sorted(story_sources(ctx).values(), key=lambda s: (s.first_line(), s.key))
        found = ctx.cache["sources_by_line"] = ([s.first_line() for s in infos], infos)
    assert isinstance(found, tuple)  # noqa: S101 - the cache's own entry
    return found


def _nearest(ctx: Context, line: int, k: int = NEAREST_SOURCES) -> list[SourceInfo]:
    """The ``k`` sources whose first claim is nearest ``line`` (all of them in a story of up to
    ``k`` sources), found by bisection, so that choosing options stays cheap in a story of
    thousands of sources."""
    lines, infos = _by_first_line(ctx)
    if len(infos) <= k:
        return list(infos)
    hi = bisect.bisect_left(lines, line)
    lo = hi - 1
    out: list[SourceInfo] = []
    while len(out) < k and (lo >= 0 or hi < len(infos)):
        if hi >= len(infos) or (lo >= 0 and line - lines[lo] <= lines[hi] - line):
            out.append(infos[lo])
            lo -= 1
        else:
            out.append(infos[hi])
            hi += 1
    return out


def distractors(
    ctx: Context,
    answer: SourceInfo,
    claim: Claim,
    *,
    stances: frozenset[str] | None = None,
    keep: Callable[[SourceInfo], bool] | None = None,
) -> list[SourceInfo]:
    """Up to three other sources that clearly did not make this claim, similar kinds first;
    only sources ``keep`` accepts, if given (so that a source the caller would drop leaves room
    for the next)."""
    picked: list[SourceInfo] = []
    pool = [s for s in _nearest(ctx, claim.line) if s.key != answer.key and in_story(ctx, s)]
    if keep is not None:
        pool = [s for s in pool if keep(s)]
    # A source named in the very sentence may be the speaker's own side ("Jane Doe, the union's
    # president, said": the union; "we" in her quote): never a wrong option.
    sentence = norm(ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]).replace("’", "'")
    pool = [s for s in pool if norm(s.name).removeprefix("the ") not in sentence]
    # ... nor a name inside the answer's own mention ("Trump lawyer Marc Kasowitz": Trump)
    mention = content_words(claim.source_text or "") - answer.words
    pool = [s for s in pool if not (s.words & mention)]
    pool = [s for s in pool if not _relative_by_first_name(ctx, s)]
    # only a source the story quotes or reports saying something could have said it: not one
    # that only acted ("the gunman posted messages", "the group claimed responsibility")
    pool = [s for s in pool if speaks(ctx, s)]
    # ... nor one the words themselves name ("who said that Mr. Hale misled the board?"): no
    # one speaks of himself so
    named = set(re.findall(r"[A-Z][\w’'-]{2,}", claim.content))
    pool = [s for s in pool if _last_name_word(s.name) not in named]
    # "we" / "our" in a person's words is a group of theirs the story may not tie to them:
    # then no organisation, government, party or people in the plural is a safe wrong option.
    if answer.kind not in _GROUP_KINDS and _FIRST_PLURAL.search(claim.content):
        pool = [s for s in pool if not _group_like(s)]
    anaphor = _ANAPHOR_NAME.fullmatch(answer.name.strip())
    if anaphor:  # "the company": the story's company, or any of its people, may be meant
        groups = [s for s in story_sources(ctx).values() if not _person_source(s)]
        meant = _anaphor_meant(ctx, groups, anaphor.group(1).lower())
        words = set().union(*(content_words(g.name) for g in meant))
        pool = [s for s in pool if _person_source(s) and not s.words & words]
    # a person named only by a description ("the former chief of Orbis Airlines", "the club's
    # coach") may be the answer under another mention: never a wrong option beside a person
    if answer.kind not in _GROUP_KINDS:
        pool = [s for s in pool if not _described_person(s)]
    pool.sort(key=lambda s: (s.kind != answer.kind, abs(s.first_line() - claim.line), s.key))
    for cand in pool:
        if conflicts(cand, answer, answer=True) or any(conflicts(cand, p) for p in picked):
            continue
        if _said_alike(cand, claim, stances):
            continue
        if _own_party(ctx, cand, answer) or _own_party(ctx, answer, cand):
            continue  # "Vey says observers from her party …" beside "the opposition party"
        picked.append(cand)
        if len(picked) == 3:
            break
    return picked


_ROLE_OF = re.compile(r"[’']s\s+[a-z]")
_ROLE_TAIL = re.compile(r"\s(?:of|at|for|with|from|in|to)\s")


def _described_person(info: SourceInfo) -> bool:
    """Whether a source is one person named only by a description: "the former chief of Orbis
    Airlines", "Orbis's chief executive", not a name ("Ana Roy") nor a group ("the police")."""
    if info.kind in _GROUP_KINDS or info.kind is None:
        return False
    name = re.sub(r"^(?:the|a|an)\s+", "", info.name.strip(), flags=re.IGNORECASE)
    possessive = _ROLE_OF.search(name)
    if possessive:
        rest = name[possessive.end() - 1 :]  # "Orbis's [chief executive]"
    elif name[:1].islower():
        rest = name  # "[former chief] of Orbis Airlines"
    else:
        return False  # "Ana Roy", "Mayor Ana Roy"
    head = _ROLE_TAIL.split(rest, maxsplit=1)[0]
    # a name in the head ("the venture capitalist Ana Roy") is a named person; "CEO" is no name
    return not any(w[:1].isupper() and not w.isupper() for w in head.split())


def _last_name_word(name: str) -> str:
    """The last word of a source's name, without a possessive or a full stop ("Hale")."""
    words = name.split()
    return POSSESSIVE_S.sub("", words[-1]).rstrip(".,") if words else ""


# a verb of speech (its stem), whatever the analysis made of what follows it ("told union
# members in Lund", "expressed dismay at …", "according to …"); not "announced his resignation",
# "endorsed", "agreed to pay", "posted messages": acts
_SPEECH_CUE = re.compile(
    r"\b(?:sa(?:y|id)|tell|told|tweet|wr(?:ote|ite|iting)|add|stat|explain|argu|insist|not[ei]"
    r"|warn|predict|express|according|claim|call|accus|suggest|propos|promis|talk|declar"
    r"|critici|prais|urg|ask|cit|point|support|recall|acknowledg|admit|conced|contend|assert"
    r"|maintain|testif|comment|remark|repl|respond|describ|reiterat|joke|quip|boast|vow|pledg)",
    re.IGNORECASE,
)


# "claimed responsibility for the blast": a deed owned up to, not something said about the world
_RESPONSIBILITY = re.compile(r"\W*(?:responsibility|credit)\b", re.IGNORECASE)


def speaks(ctx: Context, info: SourceInfo) -> bool:
    """Whether the story reports the source saying something: a claim of its own quoted, made
    with a verb of speech, or reported as a clause ("said the bridge would close"); not only
    acts ("claimed responsibility for the fire", "posted messages online"). Worked out once per
    source."""
    known = ctx.cache.setdefault("speaks", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if info.key not in known:
        known[info.key] = any(
            c.act == "claim"
            and not _RESPONSIBILITY.match(c.content)
            and (
                c.quote in ("direct", "partial")
                or c.stance != "asserts"  # "accused", "denied", "criticized": said something
                or _SPEECH_CUE.search(c.cue or "") is not None
                or is_clause(c.content.strip(" “”\"‘’'"))
            )
            for c in info.claims[:MAX_COMPARED_CLAIMS]
        )
    return bool(known[info.key])


_RELATIVE_NOUN = (
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|partner|widow|widower|niece"
    r"|nephew|cousin|uncle|aunt|grandson|granddaughter|fiancée|fiancee|fiancé|fiance)"
)


def _relative_by_first_name(ctx: Context, info: SourceInfo) -> bool:
    """Whether a source is a relative named by a first name only ("Dorn's wife, Alena"): shown
    alone, "Alena", it stands out among full names as an option."""
    name = info.name.strip()
    if len(name.split()) != 1 or not name[:1].isupper():
        return False
    named = ctx.cache.get("relatives_by_first_name")
    if named is None:  # worked out once per story
        story = ctx.story_text
        named = ctx.cache["relatives_by_first_name"] = frozenset(_RELATIVE_NAMED.findall(story))
    assert isinstance(named, frozenset)  # noqa: S101 - the cache's own entry
    return name in named


_RELATIVE_NAMED = re.compile(rf"\b{_RELATIVE_NOUN},\s+([A-Z][\w’'-]+)\b(?!\s+[A-Z])")


_PARTY = re.compile(r"\bparty\b", re.IGNORECASE)
_OWN_PARTY = re.compile(r"\b(?:his|her|my|our|their)\s+party\b", re.IGNORECASE)


def _own_party(ctx: Context, person: SourceInfo, group: SourceInfo) -> bool:
    """Whether a source speaks of "her party" (a sentence of its claims, under any of its
    names) while the other is a party: it may be hers."""
    if not _PARTY.search(group.name) or group.kind in PERSON_KINDS:
        return False
    same = [i for i in story_sources(ctx).values() if i.name == person.name]
    claims = [c for i in same for c in i.claims[:MAX_COMPARED_CLAIMS]]
    return any(_OWN_PARTY.search(c.sentence) for c in claims)


def _group_like(info: SourceInfo) -> bool:
    """Whether a source is, or may be, a group rather than one person: its kind says so, its
    name is an institution's ("the Royal Navy", "NAACP", "Brenner’s team") or a plural
    ("Americans", "Others in the community"); or the analysis gave no kind and the name does
    not open with a given name ("Stena Line" may be a company; "Jane Doe" is a person)."""
    if info.kind in _GROUP_KINDS:
        return True
    toks = tokens(info.name)
    if not toks or " and " in info.name:
        return True
    if info.kind in PERSON_KINDS:
        return False
    return toks[0].lower() not in given_names() or len(toks) == 1


def _said_alike(cand: SourceInfo, claim: Claim, stances: frozenset[str] | None) -> bool:
    """Whether a candidate made a claim like this one (same stance group, overlapping words);
    a candidate of very many claims is taken to have (when in doubt, not an option)."""
    if len(cand.claims) > MAX_COMPARED_CLAIMS:
        return True
    for other in cand.claims:
        if stances is not None and other.stance in stances:
            return True
        if overlaps(other.content, claim.content):
            return True
    return False


def shows_kind(ctx: Context, source: str, kind: str) -> bool:
    """Whether the story itself shows a source to be of the kind the analysis gave: a mention
    holds a word of that kind ("professor", "agency", "ministry"), and, for a government, none
    of the non-government words ("opposition", "former")."""
    known = ctx.cache.setdefault("shows_kind", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if (source_key(source), kind) not in known:
        known[source_key(source), kind] = _shows_kind(ctx, source, kind)
    return bool(known[source_key(source), kind])


def _shows_kind(ctx: Context, source: str, kind: str) -> bool:
    # not a mention read from a headline ("Radio Ostra President On Doe": the station's head)
    headline = ctx.story.start_line if ctx.story.end_line > ctx.story.start_line else None
    mentions = [source] + [
        c.source_text or "" for c in claims_of(ctx, source) if c.line != headline
    ]
    mentions = [_RELATIVE.split(m, maxsplit=1)[0] for m in mentions]  # not ", who left government"
    words = {POSSESSIVE_S.sub("", t.lower()) for m in mentions for t in tokens(m)}
    if kind in ("government", "official"):
        if words & lexicon.words("nongovernment_words"):
            return False
        named_country = norm(source).removeprefix("the ") in countries()
        return bool(words & lexicon.words("government_words")) or named_country
    if kind == "expert" and (
        words & _OFFICER_WORDS or any(_OWNED_ROLE.search(m) for m in mentions)
    ):
        return False  # "the bank's chief economist" speaks for the bank: no independent expert
    return bool(words & {row[1] for row in lexicon.table("kind_words") if row[0] == kind})


def kind_doubtful(ctx: Context, claim: Claim) -> bool:
    """Whether the kind of a claim's source is in doubt, by the head nouns of its mentions and
    their appositions (read once per source): the words come from a document ("an audit by the
    Audit Office found", "a report by the Health Ministry said", "the ministry's report said",
    "said in its annual report", a source headed by "report" or "survey"); or the analysis
    gave a government's kind to a source one of whose mentions holds the head noun of a body
    that is none ("the Ostran Medical Association", "president of the Dockers' Union", "the
    nonpartisan Harbour Reform League") or may be none ("the council", "the board"),
    unless a mention calls it a government's body ("a government agency")."""
    if _from_document(ctx, claim):
        return True
    if claim.source_kind not in ("government", "official"):
        return False
    known = ctx.cache.setdefault("kind_doubtful", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = source_key(claim.source or "")
    if key not in known:
        mentions = [claim.source or ""] + [
            f"{c.source_text or ''} {_appositive(ctx, c)}"
            for c in claims_of(ctx, key)[:_ROLE_CLAIMS]
        ]
        mentions.append(claim.source_text or "")
        words = {POSSESSIVE_S.sub("", t.lower()) for m in mentions for t in tokens(m)}
        bodies = lexicon.words("org_heads") | lexicon.words("doubtful_heads")
        public = any(_PUBLIC_BODY.search(m) for m in mentions)
        known[key] = bool(words & bodies) and not public
    return bool(known[key])


# a mention calling a source a government's body: "a government agency", "the state regulator"
_PUBLIC_BODY = re.compile(
    r"\b(?:government|state|federal|public)\s+(?:agency|body|regulator|authority|watchdog"
    r"|department|office)\b",
    re.IGNORECASE,
)


@functools.cache
def _DOCUMENT() -> str:  # noqa: N802 - a constant built once
    return "|".join(sorted(lexicon.words("document_heads"), key=len, reverse=True))


@functools.cache
def _DOCUMENT_BEFORE() -> re.Pattern[str]:  # noqa: N802 - a constant built once
    """ "an audit by ", "a report from ", "according to a study of " right before a source."""
    return re.compile(rf"\b(?:{_DOCUMENT()})\s+(?:by|from|of|for|commissioned\s+by)\s+$", re.I)


@functools.cache
def _DOCUMENT_AFTER() -> re.Pattern[str]:  # noqa: N802 - a constant built once
    """ "'s report", "'s annual audit" right after a source, or "said in its report"."""
    return re.compile(
        rf"^[’']s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT()})\b"
        rf"|\b(?:in|into)\s+(?:a|an|the|its|their|his|her|this|that|one)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{_DOCUMENT()})\b",
        re.IGNORECASE,
    )


def document_speaks(ctx: Context, claim: Claim) -> bool:
    """Whether a document, not its source, is what the sentence says spoke: the source is
    headed by a document noun ("the audit report", "a report by the Health Ministry"), or is
    written as a document's author ("A 2014 review by the Harbour Trust found …"). No one
    "said" such words."""
    head = tokens(_OF_BY.split(claim.source or "", maxsplit=1)[0])[-1:]
    if head and head[0].lower() in lexicon.words("document_heads"):
        return True
    if not claim.source_span:
        return False
    lo = max(claim.sentence_span[0], claim.source_span[0] - _DOCUMENT_REACH)
    return bool(_DOCUMENT_BEFORE().search(ctx.text[lo : claim.source_span[0]]))


def _from_document(ctx: Context, claim: Claim) -> bool:
    """Whether a claim's words come from a document its source wrote or is named in: a
    document speaks (``document_speaks``), or the sentence gives the source as a document's
    author otherwise ("the ministry's report said", "the office said in its annual report")."""
    if document_speaks(ctx, claim):
        return True
    if not claim.source_span:
        return False
    # after the source: its possessive, and the words up to the claim's content
    end = claim.content_span[0] if claim.content_span[0] > claim.source_span[1] else 0
    end = end or min(claim.sentence_span[1], claim.source_span[1] + _DOCUMENT_REACH)
    after = ctx.text[claim.source_span[1] : min(end, claim.source_span[1] + _DOCUMENT_REACH)]
    if _DOCUMENT_AFTER().search(after):
        return True
    return bool(_DOCUMENT_AFTER().search(f" {claim.channel or ''} {claim.cue or ''}"))


_DOCUMENT_REACH = 60  # characters read either side of a source for a document it wrote
_OF_BY = re.compile(r"\s+(?:of|by|from|for)\s+")


# A role held at an organisation: its holder speaks for it ("chief economist of the Harbour
# Bank", "the institute's spokeswoman"), so is no independent expert
_OFFICER_WORDS = frozenset(
    "chief officer director head spokesman spokeswoman spokesperson president executive ceo"
    " chairman chairwoman chair manager vice deputy secretary".split()
)
_OWNED_ROLE = re.compile(
    r"[’']s\s+(?:\w+\s+){0,2}(?:economist|analyst|researcher|scientist|expert)"
)


_PRONOUN_SOURCES = frozenset({"he", "she", "it", "they"})
_ANTECEDENT_WINDOW = 600  # characters looked back for a pronoun's name: bounded, so linear
_HEADLINE_CHARS = 300


def doubtful_source(ctx: Context, claim: Claim) -> bool:
    """Whether a claim's resolved source may well be the wrong one, so that no question names it:

    - a pronoun ("he said", "it said") whose resolved name is in neither the sentence before
      nor its own sentence before the pronoun, and the sentence before has no claim of the same
      source ("Doe's office backtracked. In a statement, it said …" resolved to a group named
      three sentences back; "he said" inside a transcript speaker's words);
    - a source that only passes on another's words ("The Gazette quoted an official as saying
      …": the official is the speaker);
    - a name the story writes only in its headline ("Doe's Last Column", read from a title-case
      headline as the speaker of "she wrote");
    - a place phrase opening the sentence ("Here in Lundby, Ruiz …, saying")."""
    if not claim.source:
        return False
    if not claim.source_span:
        return _carries_on_doubtful(ctx, claim)
    if place_opener(claim.source):
        return True  # "Here in Lundby, Ruiz …, saying": the place phrase, not Ruiz
    start, end = claim.source_span
    if _person_before_apposition(ctx.text, claim.sentence_span[0], start, claim.source):
        return True  # "Ann Cole, the editor of the Ostra Star, said": Ann Cole, not the paper
    if _other_name_in_apposition(claim):
        return True  # "One pastor backing Mr. Doe, Ann Cole of …, said": Ann Cole, not Doe
    if _AGENT_BEFORE.search(ctx.text, max(claim.sentence_span[0], start - 20), start):
        return True  # "A panel led by [Ann Cole] agreed": the panel spoke, not Ann Cole
    if _after_place_preposition(ctx.text, claim.sentence_span[0], start):
        return True  # "Editors across [the region] warned": the region is no speaker
    if claim.cue_span and end <= claim.cue_span[0] <= end + _MESSENGER_WINDOW:
        if _MESSENGER.search(ctx.text, end, claim.cue_span[0]):
            return True  # "The Gazette quoted an official as saying": the official spoke
    if _far_participle(ctx, claim):
        return True  # "Ostra was on their minds, with many dockers shouting …": not Ostra
    if _case_party(ctx, claim):
        return True  # "the ruling in Lund Ferries v. Berg, which held …": a case, not Berg
    if _WHOSE_BEFORE.fullmatch(ctx.text, claim.sentence_span[0], start):
        return True  # "Ann Cole, whose firm, Ostrix, builds cranes, said": Ann Cole spoke
    if _LIKE_BEFORE.search(ctx.text, max(claim.sentence_span[0], start - 20), start):
        return True  # "The Herald, like [the Gazette], reported": the Herald is the subject
    if _WHO_BEFORE.fullmatch(ctx.text, claim.sentence_span[0], start):
        return True  # "Tom Hale, who lives near the capital, [Lund,] said": Tom Hale spoke
    pronoun = ctx.text[start:end].strip().lower() in _PRONOUN_SOURCES
    in_headline = ctx.story.end_line > ctx.story.start_line == claim.line
    if (pronoun or in_headline) and _headline_only(ctx, claim.source):
        return True  # not "Starr said" resolved to the headline's "Ken Starr": that is right
    if in_headline and _lower_headline_word(ctx, claim):
        return True  # "Province says builder cheated", the body's "the province": no name
    if not pronoun:
        return False
    said = ctx.text[start:end].strip().lower()
    if claim.cue_span and _named_in(claim.source, ctx.text[claim.cue_span[0] : claim.cue_span[1]]):
        return True  # "“…,” he told Hale" resolved to Hale: the one spoken to is not the speaker
    if said in ("he", "she") and (
        claim.source_kind in _GROUP_KINDS or _institution(ctx, claim.source)
    ):
        return True  # "he said" resolved to a newspaper or a ministry
    if said in ("he", "she") and _passing_person(ctx.text, start, claim.source, said):
        return True  # "For Tom Fisher, Cole is only repeating …. “…,” he mocks": Fisher
    before = ctx.sentence_before(claim.sentence_span[0])
    lo = max(before.span[0] if before else claim.sentence_span[0], start - _ANTECEDENT_WINDOW)
    window = ctx.text[lo:start]
    words = [w for w in tokens(claim.source) if w[:1].isupper() and w.lower() not in _TITLE_LIKE]
    words = words or tokens(claim.source)[-1:]
    if any(_names_someone(window, w) for w in words):
        return False
    if before is not None:
        key = source_key(claim.source)
        others = [source_key(c.source or "") for c in ctx.claims_in(before.span)]
        if key in others:
            # "Doe said … She added …": the chain of one speaker, as sure as its link before
            # ("Footage of Ali Noor appears. “…,” he says. He adds …": not the Doe of before)
            link = next(c for c in ctx.claims_in(before.span) if source_key(c.source or "") == key)
            return _doubtful_link(ctx, link)
        if before.text.rstrip().endswith(_CLOSING_QUOTES) and not others:
            # "“… .” She added …": a quotation paragraph of the same speaker, unless the
            # quotation's own speaker, just before it, is another ("“…,” Doe said. “… .”")
            earlier = ctx.sentence_before(before.span[0])
            speakers = (
                [source_key(c.source or "") for c in ctx.claims_in(earlier.span)] if earlier else []
            )
            return bool(speakers) and key not in speakers
    return True


_CHAIN_MAX = 8  # links of one speaker's chain read back for a doubtful pronoun at its head


def _doubtful_link(ctx: Context, link: Claim) -> bool:
    """Whether the claim a pronoun's chain leans on ("Doe said … She added …": Doe's) is itself
    a doubtful one (``doubtful_source``), worked out once per claim; a chain longer than
    ``_CHAIN_MAX`` links is trusted as before."""
    known = ctx.cache.setdefault("doubtful_link", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    key = (link.sentence_span, link.source_span)
    if key not in known:
        depth = ctx.cache.get("doubtful_depth", 0)
        assert isinstance(depth, int)  # noqa: S101 - the cache's own entry
        if depth >= _CHAIN_MAX:
            return False
        ctx.cache["doubtful_depth"] = depth + 1
        try:
            known[key] = doubtful_source(ctx, link)
        finally:
            ctx.cache["doubtful_depth"] = depth
    return bool(known[key])


# "For Tom Fisher, ..." opening a sentence (a capital "For"): the view that follows is his
_FRAMER = re.compile(r"(?<![\w’'-])(?:For|To)\s+([A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+),")


_PASSING_WINDOW = 3000


def _passing_person(text: str, at: int, source: str, pronoun: str) -> bool:
    """Whether the paragraph of a pronoun at ``at`` opens a sentence before it on a person's
    view, outside quotations ("For Tom Fisher, Cole is simply repeating …. “…,” he mocks"): the
    pronoun is that person's (a given name and a surname of the pronoun's gender, not the
    resolved source), whom the resolver, knowing sources and subjects, passes over."""
    # the paragraph before the pronoun, read back at most _PASSING_WINDOW characters (a whole
    # 200,000-character line read again for each of its pronouns made generation quadratic)
    lo = max(text.rfind("\n", 0, at) + 1, at - _PASSING_WINDOW)
    window = QUOTED_RE.sub(" ", text[lo:at])
    own = set(source.split())
    for m in _FRAMER.finditer(window):
        words = m.group(1).split()
        if not set(words) & own and gender_of(m.group(1)) == PRONOUN_GENDER[pronoun]:
            return True
    return False


def _names_someone(window: str, word: str) -> bool:
    """Whether a name's word is written in the window as a name, not only as the modifier of
    another person's role ("Reed consultant Tom Hale said …; “…,” he said": "he" is not Reed)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", window, re.IGNORECASE):
        role = _ROLE_BEFORE_NAME.match(window, m.end())
        if not role or not _role_noun(role.group(1)):
            return True
    return False


_ROLE_BEFORE_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+[A-Z]")


def _role_noun(word: str) -> bool:
    """A lower-case noun for a person's job or tie ("aide", "consultant", "pollster"), not a
    short verb or preposition ("sent", "after", "for")."""
    if word in lexicon.words("role_words"):
        return True
    return len(word) >= 6 and re.fullmatch(r"[a-z]+(?:ist|er|or|ian|ant|ent)", word) is not None


_CARRY_BACK = 3  # sentences a run of bare quotations is followed back to its cue


def _carries_on_doubtful(ctx: Context, claim: Claim) -> bool:
    """Whether a bare quotation that carries on a speaker's words ("“…,” he said. “… .”") carries
    on a claim whose source is doubtful: it has that claim's source and the same doubt."""
    key = source_key(claim.source or "")
    at = claim.sentence_span[0]
    for _ in range(_CARRY_BACK):
        before = ctx.sentence_before(at)
        if before is None:
            return False
        same = [c for c in ctx.claims_in(before.span) if source_key(c.source or "") == key]
        if not same:
            return False
        spanned = [c for c in same if c.source_span]
        if spanned:
            return all(doubtful_source(ctx, c) for c in spanned)
        at = before.span[0]
    return False


_LIKE_BEFORE = re.compile(r",\s+(?:like|unlike)\s+(?:the\s+)?$", re.IGNORECASE)


def _named_in(name: str, text: str) -> bool:
    """Whether a name's capitalised words (not titles) are written in a text."""
    words = [w for w in tokens(name) if w[:1].isupper() and w.lower() not in _TITLE_LIKE]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


_WHOSE_BEFORE = re.compile(r"[^,]{2,60},\s+whose\b[^.;]*")
_WHO_BEFORE = re.compile(r"[^,]{2,60},\s+who\b[^,.;]*(?:,\s+)?")


# Verbs of a stance, a view or a wish: with a country or place as subject ("Norway sees itself
# as a leader", "Estarra wants a seat") they tell what it is taken to think, not what it said
_STANCE_VERB = re.compile(
    r"(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|consider|considers|considered"
    r"|regard|regards|regarded|perceive|perceives|perceived|want|wants|wanted|wish|wishes"
    r"|wished|hope|hopes|hoped|fear|fears|feared|prides|prided|likes|liked|prefers|preferred)",
    re.IGNORECASE,
)


def place_stance(claim: Claim) -> bool:
    """Whether the source is a country or place (a listed one, or a one-word name read as a
    government) and its cue a verb of stance, view or wish ("Norway sees itself as …", "Estarra
    wants …"): no speaker to offer as an option or an answer; "Russia said", "Kyiv denied" are."""
    name = (claim.source or "").strip()
    if not name:
        return False
    place = _is_place_name(name) or (
        claim.source_kind == "government" and len(name.split()) == 1 and name[:1].isupper()
    )
    if not place:
        return False
    cue = (claim.cue or "").split()
    verbs = [w for w in cue if w.lower() not in _CUE_FILLERS]
    return bool(verbs) and bool(_STANCE_VERB.fullmatch(verbs[0]))


# words a cue may hold before its verb ("has long viewed", "still sees")
_CUE_FILLERS = frozenset(
    {"has", "have", "had", "long", "still", "also", "always", "now", "clearly", "reportedly"}
    | {"increasingly", "largely", "often", "does", "did", "is", "was", "been"}
)


def _bare_word_without_speech(claim: Claim) -> bool:
    """Whether the source is one word of no known kind and its cue is no verb of speaking
    ("Ostra showed …", "Guidelines telling …", "Voters agree …"): read one by one such words
    were places, plural nouns or headline words, not speakers to offer as options."""
    name = (claim.source or "").split()
    if len(name) != 1 or claim.source_kind is not None:
        return False
    cue = (claim.cue or "").split()
    return not cue or cue[0].lower() not in lexicon.shared_words("speech_verbs")


_CASE_PARTY = re.compile(r"\bv(?:s)?\.?\s+$")
_CASE_MARK = re.compile(r"\bvs?\.?\s")  # "v." or "vs" somewhere in the sentence


def _case_party(ctx: Context, claim: Claim) -> bool:
    """Whether the source is a party named in a court case ("Lund Ferries v. Berg, which
    held …"): the words stand for a ruling, and the party is no speaker."""
    if not claim.source:
        return False
    lo, hi = claim.sentence_span
    if not _CASE_MARK.search(ctx.text, lo, hi):
        return False  # no case named in the sentence: no need to look at every mention
    last = claim.source.split()[-1]
    for m in re.finditer(rf"\b{re.escape(last)}\b", ctx.text[lo:hi]):
        if _CASE_PARTY.search(ctx.text, max(lo, lo + m.start() - 60), lo + m.start()):
            return True
    return False


_CLOSING_QUOTES = ("”", '"', "''", "’")
_PLACE_PREPOSITION = re.compile(r"\b(?:across|around|throughout|all\s+over)\s+$", re.IGNORECASE)


_NAME_THEN_APPOSITION = re.compile(r"[\W]*((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+")
_PERSON_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})


def _person_before_apposition(text: str, sentence_start: int, at: int, source: str) -> bool:
    """Whether the sentence opens with a person's name set off by a comma right before the source
    span ("Ann Cole, the editor of the Ostra Star, said"), so the source is her description."""
    m = _NAME_THEN_APPOSITION.fullmatch(text, sentence_start, at)
    if m is None:
        return False
    name = m.group(1).split()
    first = name[0].lower()
    titled = first in _PERSON_TITLES or first in given_names()
    opener = first in _LEADERS | _NOT_FIRST | _WH_WORDS | {"the", "a", "an"}
    if not titled and (opener or len(name) < 2 or not all(_name_like(w) for w in name)):
        return False
    return not {w.lower() for w in name} & {w.lower() for w in tokens(source)}


_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+)(?=\s+of\b|,|$)")


def _other_name_in_apposition(claim: Claim) -> bool:
    """Whether the source's mention sets another person's name off after a comma while the
    resolved source is named before it ("One pastor supporting Mr. Doe, Ann Cole of Lund")."""
    written = claim.source_text or ""
    m = _APPOSED_NAME.search(written)
    if m is None or not claim.source or " " not in m.group(1) or "’s" in m.group(1):
        return False
    if written.startswith(claim.source + ","):
        return False  # "Ann Lee, the editor of the club's paper, The Ball": she opens it
    source = {w.lower() for w in tokens(claim.source)}
    before = {w.lower() for w in tokens(written[: m.start()])}
    after = {w.lower() for w in tokens(m.group(1))}
    return bool(source & before) and not source & after


def _after_place_preposition(text: str, sentence_start: int, at: int) -> bool:
    """Whether a source span follows "across", "around" or "throughout": the real subject is
    the noun before ("Editors across the region … warned")."""
    return bool(_PLACE_PREPOSITION.search(text[max(sentence_start, at - 20) : at]))


_AGENT_BEFORE = re.compile(
    r"\b(?:led|headed|run|founded|chaired|hosted|backed|seen|obtained|reviewed|viewed)\s+by\s+$"
)  # "A memo obtained by the Courier said": the memo spoke, the paper only saw it


_PARTICIPLE_GAP = 1  # words between a source and a participle cue that has a noun of its own
_BEFORE_OWN_PARTICIPLE = frozenset(
    {"and", "or", "but", "while", "by", "after", "before", "when", "since", "without", "also"}
    | {"then", "even", "still", "again", "instead", "repeatedly", "publicly", "for", "in", "upon"}
    | {"to", "of", "about", "at", "on", "from", "into", "over", "against", "despite", "not"}
)
_WITH_SUBJECT = re.compile(r",\s+(?:with|as)\s+(?!\w+ing\b)")  # ", with many dockers shouting"


def _far_participle(ctx: Context, claim: Claim) -> bool:
    """Whether the cue is a participle in "-ing" with a subject of its own after ", with" ("Ostra
    was on their minds, with many dockers shouting …"): not the source's words."""
    if not claim.cue_span or not claim.source_span or claim.cue_span[0] < claim.source_span[1]:
        return False
    cue = ctx.text[claim.cue_span[0] : claim.cue_span[1]].split()
    if not cue or not cue[0].endswith("ing"):
        return False
    between = ctx.text[claim.source_span[1] : claim.cue_span[0]]
    m = _WITH_SUBJECT.search(between)
    if m and len(between[m.end() :].split()) >= 1:
        return True
    words = between.split()
    if len(words) < _PARTICIPLE_GAP:
        return False
    last = words[-1]  # "the cartoon of a grumpy docker mocking …": the docker's words
    return (
        last.isalpha()
        and last.islower()
        and last not in _BEFORE_OWN_PARTICIPLE
        and not (last.endswith("ly"))
    )


_MESSENGER = re.compile(r"\b(?:quoted|quoting|cited|citing)\b", re.IGNORECASE)
_MESSENGER_WINDOW = 200


def _institution(ctx: Context, name: str) -> bool:
    """Whether a name is an institution's ("the Ostra Star", "the ministry"): written with "the"
    in the name or in the story, or ending on an institution word."""
    low = source_key(name)
    last = low.split()[-1:]
    if name.strip().lower().startswith("the ") or low in _the_names(ctx):
        return True
    return bool(last and last[0] in lexicon.words("the_heads"))


_THE_NAME = re.compile(r"\b[Tt]he ((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*)*)")


def _the_names(ctx: Context) -> frozenset[str]:
    """The capitalised names the story writes after "the" ("the Ostra Star"), lower-cased: one
    pass over the story, cached."""
    found = ctx.cache.get("the_names")
    if found is None:
        story = ctx.story_text
        found = ctx.cache["the_names"] = frozenset(
            m.group(1).lower() for m in _THE_NAME.finditer(story)
        )
    assert isinstance(found, frozenset)  # noqa: S101 - the cache's own entry
    return found


_TITLE_LIKE = frozenset({"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "the"})


def _headline_only(ctx: Context, name: str) -> bool:
    """Whether a name of two words or more appears in the story's first line (a headline) and
    nowhere else in the story."""
    if " " not in name.strip():
        return False
    story = ctx.story
    first = ctx.by_line.get(story.start_line) if story.end_line > story.start_line else None
    if not first:
        return False
    head_end = first[-1].span[1]
    headline = ctx.text[first[0].span[0] : head_end]
    if len(headline) > _HEADLINE_CHARS or name not in headline:
        return False
    known = ctx.cache.setdefault("headline_only", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if name not in known:  # names in a short headline: few, so few scans of the story
        known[name] = ctx.text.find(name, head_end, story.span[1]) == -1
    return bool(known[name])


@functools.cache
def countries() -> frozenset[str]:
    """Names of countries and other places the story may name (``gen_name_groups.tsv``)."""
    return frozenset(row[0] for row in lexicon.table("name_groups") if row[-1] != "person")
