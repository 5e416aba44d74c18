"""Naming sources: the name students should see for a mention, and what pronouns refer to.

``Namer`` keeps, for one story, the sources and people met so far (``Entity``), the full names
behind surnames ("Mr Peskov" -> "Dmitry Peskov") and behind roles ("his press secretary" ->
"Karoline Leavitt", when the story names exactly one), and strips titles and appositions
("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"). ``kind_of`` tells a source's kind from
its words (``lexicons/source_kinds.txt``, ``places.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.cues import (
    DETERMINERS,
    MONTHS,
    PLACES,
    SOURCE_KINDS,
    TIME_WORDS,
    TITLES,
    load_table,
)
from questions.sources import INNER_PREPS, POSSESSIVE, PRONOUNS, Mention, is_possessive
from questions.text import load_lexicon

PERSON_KINDS = frozenset({"person", "official", "expert"})
GIVEN_NAMES = {row[0]: row[1] for row in load_table("given_names.tsv")}
ORG_NAME_WORDS = frozenset(load_lexicon("org_name_words"))
ORG_SURNAME_HEADS = frozenset(load_lexicon("org_surname_heads"))

# a given name of two syllables joined by a hyphen, the second in lower case ("Seo-yeon",
# "Dong-hyun"), after a short family name: an East-Asian name written family name first
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{1,5}")


def surname(name: str) -> str:
    """The family name of a person's name, by which the story names them later: its last word
    ("Hale" of "Ann Hale"), or its first in a name written family name first ("Lee" of "Lee
    Seo-yeon"; not "Adams" of "Anna Adams-Sarthou", whose hyphen joins two capitals)."""
    words = name.split()
    if not words:
        return ""
    return words[0] if family_first(name) else words[-1]


def family_first(name: str) -> bool:
    """Whether a person's name is written family name first ("Lee Seo-yeon")."""
    return "-" in name and bool(_FAMILY_FIRST.fullmatch(name.strip()))  # the form has a hyphen


def given_word(name: str) -> str:
    """The first word of a person's given name ("Ann" of "Ann Hale", "Seo-yeon" of "Lee
    Seo-yeon"), by which a title's gender is checked."""
    words = name.split()
    return words[1] if family_first(name) else (words[0] if words else "")


_TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}
PRONOUN_REACH = 300  # how many mentions back a pronoun may look for what it refers to


_KIND_ORDER = (
    "anonymous",
    "news agency",
    "expert",
    "official",
    "unnamed",
    "government",
    "organisation",
    "person",
)


_AGENCY_TAIL = re.compile(r"\s+(?:news\s+agency|news\s+service|newspaper|agency|broadcaster)$")


# "Barack Obama", "Jo-Renee Formicola", "Marc H. Morial": a person's name, for pronouns.
# (The capital comes first and the look-behind after it, so the engine skips to capitals.)
PERSON_NAME_RE = re.compile(
    r"[A-Z](?<![\w’'-][A-Z])[a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+\b"
)


_NEXT_CAPITAL = re.compile(r"\s+[A-Z][a-z]")


def whole_name(text: str, m: re.Match[str], hi: int) -> re.Match[str]:
    """A person-name match, moved one word on when it is cut before the surname and its first
    word is no given name ("Majority [Whip Jane] Doe" -> "Jane Doe"; "Anna Maria
    Berg" stays)."""
    first = m.group().split()[0]
    if first in GIVEN_NAMES or not _NEXT_CAPITAL.match(text, m.end(), hi):
        return m
    return PERSON_NAME_RE.match(text, m.start() + len(first) + 1, hi) or m


_OPEN_PAREN = re.compile(r"\s*\([^)]*$")  # "Jim Clyburn (D-S.C" cut before its bracket closes
_PAREN = re.compile(r"\s*\([^)]*\)")


_DETERMINERS_TITLES = DETERMINERS | TITLES


@dataclass
class Entity:
    """A source or person mentioned so far in the story, for pronouns to refer to."""

    pos: int
    name: str
    kind: str | None
    person: bool
    plural: bool
    mention: tuple[int, int] | None = None
    salient: bool = False  # the source of a main-clause claim, not a mere mention


class Namer:
    """Names sources within one story: resolves pronouns, surnames, titles and appositions."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        # surname -> (position, full name, a speaker?) of each source named in full and each
        # titled mention ("former President Daniel Lopez"), in text order; ``at`` is where the
        # mention being named stands: a surname goes to a full name before it (``full``)
        self.full_names: dict[str, list[tuple[int, str, bool]]] = {}
        self.at = 0
        self.para_start = 0  # where the paragraph of the mention being named starts
        self.last_para_start = 0  # where the paragraph before it starts
        self._para_first = 0  # the index in ``entities`` of the paragraph's first entity
        # last word -> (index in ``entities``, entity) of each entity named in several words, in
        # the order added: ``full`` looks up a surname's namesakes there, not in every entity
        self._by_last: dict[str, list[tuple[int, Entity]]] = {}
        self.roles: dict[str, set[str]] = {}  # title ("secretary") -> full names
        self.kinds: dict[str, str] = {}  # full name -> kind
        self.mentioned: dict[str, str] = {}  # surname -> a person's name mentioned in the story
        self.shared: set[str] = set()  # surnames of two different people mentioned in the story
        self.given_first: set[str] = set()  # mentioned names of a given name and a surname
        # mentioned names written after no capitalised word ("Jim Yong Kim" holds no whole "Yong
        # Kim"): a titled surname may name such a name even when its given name is not listed
        self.whole: set[str] = set()
        self.genders: dict[str, str] = {}  # name or surname -> "m" or "f", as the story shows
        # initials -> the body's full name, as the story introduced them: "the National
        # People's Alliance (NPA)" makes a later "The NPA said" the alliance's
        self.acronyms: dict[str, str] = {}

    def learn_acronyms(self, text: str, lo: int, hi: int) -> None:
        """Remember each "Full Name (INITIALS)" of text[lo:hi] whose initials are those of the
        name's capitalised words ("the National People's Alliance (NPA)")."""
        if text.find("(", lo, hi) < 0:
            return
        for m in _ACRONYM_INTRO_RE.finditer(text, lo, hi):
            full, initials = POSSESSIVE.sub("", m.group(1)), m.group(2)
            words = [w for w in full.split() if w[:1].isupper()]
            for k in range(len(words) - len(initials), -1, -1):
                if "".join(w[0] for w in words[k:]) == initials:
                    start = full.index(words[k]) if k else 0
                    self.acronyms.setdefault(initials, m.group(1)[start:].strip())
                    break

    def gender(self, name: str) -> str | None:
        """A person's gender as news copy shows it: a pronoun used for them, a title, a name."""
        words = name.split()
        if not words:
            return None
        known = self.genders.get(name) or self.genders.get(surname(name))
        return known or GIVEN_NAMES.get(given_word(name))

    def learn_title(self, title: str, name: str, pos: int = 0) -> None:
        """Remember a "title Name" mention ("press secretary Karoline Leavitt") at ``pos``."""
        name = POSSESSIVE.sub("", name)
        parts = name.split()
        gender = _TITLE_GENDERS.get(title.lower().rstrip("."))
        if gender and parts:
            self.genders.setdefault(parts[-1], gender)  # "Mr Peskov": a man
        if len(parts) < 2 or parts[0].lower() in DETERMINERS:
            return
        self.learn_full(name, pos, speaker=False)
        self.roles.setdefault(title.lower(), set()).add(name)
        self.kinds.setdefault(name, kind_of(title))

    def learn_full(
        self, name: str, pos: int, speaker: bool = True, only_first: bool = False
    ) -> None:
        """Remember a person named in full at ``pos``, for later surnames: a ``speaker`` (the
        source of a claim: "Maria Lopez argued") or a titled mention ("her husband, former
        President Daniel Lopez"); ``only_first``: only if no name of that last word is known
        before it (not "so far Canova" after "Tim Canova")."""
        known = self.full_names.setdefault(surname(name), [])
        if only_first and any(p < pos for p, _, _ in known):
            return
        # a name met again adds nothing: ``full`` reads only where each name (as a speaker or
        # as a titled mention) was first met, so a story naming one person a thousand times
        # keeps one entry
        for k, (p, n, was_speaker) in enumerate(known):
            if n == name and was_speaker == speaker:
                if pos < p:
                    known[k] = (pos, name, speaker)
                    known.sort()
                return
        known.append((pos, name, speaker))
        known.sort()

    def paragraph(self, start: int) -> None:
        """Begin naming the mentions of the paragraph that starts at ``start``."""
        self.last_para_start, self.para_start = self.para_start, start
        self._para_first = len(self.entities)

    def full(self, surname: str, want: str | None = None, titled: bool = False) -> str:
        """The full name a surname at ``self.at`` stands for (of gender ``want`` when a title
        shows one: "Mr. Lopez"): the nearest person of that name before it in its paragraph
        ("Bill Clinton spoke … Clinton said"); else the first speaker named in full before it
        (the story's "Clinton" is the one it quoted first, not her husband named in passing
        since); else the first titled mention before it; else the one person of that surname
        mentioned before it ("Cole said", after "Ann Cole, a nurse, …"); else the first titled
        mention after it ("Peskov says" in a headline, "Kremlin spokesman Dmitry Peskov"
        below); else the surname itself. A ``titled`` surname ("Ms. Lind") is a person's, so
        the one person of that surname mentioned before it names it even when the given name is
        none the lexicon lists ("Greta Lind, a senior adviser, …"; "…; Paul Okafor, a
        lecturer, …").

        A titled mention further on never takes the surname from a person named before it
        ("Maria Lopez argued … Lopez said … her husband, former President Daniel Lopez")."""
        known = [
            (p, n, speaker)
            for p, n, speaker in self.full_names.get(surname, ())
            if not want or GIVEN_NAMES.get(given_word(n)) in (None, want)
        ]
        before = [(p, n, speaker) for p, n, speaker in known if p < self.at]
        if before:
            # its paragraph named them, if only in passing ("Bill Clinton spoke"): the latest
            # added; an entity added before the paragraph began stands before it
            near = []
            for index, e in reversed(self._by_last.get(surname, ())):
                if index < self._para_first:
                    break
                if (
                    self.para_start <= e.pos < self.at
                    and (e.name in self.given_first or any(e.name == n for _, n, _ in known))
                    and (not want or GIVEN_NAMES.get(given_word(e.name)) in (None, want))
                ):
                    near = [e.name]
                    break
            near = near or [n for _, n, speaker in before if speaker] or [before[0][1]]
            # "Billionaire Donald Trump": "Donald Trump" if the story names him so
            return min(
                (n for _, n, _ in known if near[0].endswith(" " + n)), key=len, default=near[0]
            )
        full = self.mentioned.get(surname, "")
        if surname not in self.shared and (
            full in self.given_first or (titled and full in self.whole)
        ):
            return full
        return known[0][1] if known else surname

    def learn_gender(self, name: str, after: str) -> None:
        """Remember a person's gender from a possessive or reflexive pronoun in the words right
        after their mention ("Ann Reed praised her deputy", "Tom Bell said he himself ...")."""
        m = _OWN_PRONOUN_RE.match(after)
        if m is None or name in self.genders:
            return
        gender = "m" if m.group(1).lower() in ("his", "himself") else "f"
        self.genders[name] = gender
        self.genders.setdefault(surname(name), gender)

    def mention(self, name: str, whole: bool = False) -> None:
        """Remember a person's full name met in passing ("Ann Cole, a nurse, waved"), so that a
        later "Cole said" names her in full, unless two people of that surname are mentioned;
        ``whole``: no capitalised word stands right before it."""
        words = name.split()
        known = self.mentioned.setdefault(surname(name), name)
        if whole and known == name and words[0].lower().rstrip(".") not in TITLES:
            self.whole.add(name)  # not "Mr Biden": a title, not a given name
        if known != name:
            self.shared.add(surname(name))
        elif family_first(name) or (
            words[0] in GIVEN_NAMES
            and (len(words) == 2 or (len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1])))
        ):
            self.given_first.add(name)  # "Ann Cole", "Ann B. Cole"; not "State Radio"

    def add(self, entity: Entity) -> None:
        """Record a source or mention at its position."""
        if " " in entity.name:
            last = surname(entity.name)
            self._by_last.setdefault(last, []).append((len(self.entities), entity))
        self.entities.append(entity)

    def pronoun(self, word: str, pos: int) -> Entity | None:
        """The entity a pronoun at pos refers to: the latest compatible one before it."""
        gender = PRONOUNS[word.lower()]
        recent = self.entities[-PRONOUN_REACH:]  # an antecedent further back is no antecedent
        for salient_only in (True, False):
            for entity in reversed(recent):
                if entity.pos >= pos or (salient_only and not entity.salient):
                    continue
                if _time_phrase(entity.name):
                    continue  # "On Sunday night in Lund, Cole said …. “…,” she said": Cole
                if _no_antecedent(entity.name, gender):
                    continue  # "Neither would comment. … it said": not "Neither"
                if _agrees(gender, entity) and self._same_gender(gender, entity):
                    if gender in "mf":
                        self.genders.setdefault(entity.name, gender)
                    return entity
        return None

    def epithet(self, pos: int) -> Entity | None:
        """The person an epithet at pos stands for ("Maria Chen held up a sign. The 45-year-old
        scientist says ..."): the latest person named in full in its paragraph or the one
        before, a source's first; None if none (then the epithet is its own source)."""
        near = [
            e
            for e in self.entities[-PRONOUN_REACH:]
            if self.last_para_start <= e.pos < pos
            and e.person
            and not e.plural
            and looks_personal(e.name)
        ]
        return next((e for e in reversed(near) if e.salient), near[-1] if near else None)

    def _same_gender(self, gender: str, entity: Entity) -> bool:
        """Whether "he" or "she" fits what the story shows of the entity (its name, a title)."""
        if gender not in "mf":
            return True
        known = self.gender(entity.name)
        return known is None or known == gender

    def name(
        self, text: str, mention: Mention, initial: bool = False
    ) -> tuple[str, str | None, bool, bool]:
        """The resolved name of a mention, its kind, whether a person, whether plural.

        ``initial`` says the mention opens its sentence, so its first capital proves nothing.
        """
        name, head, whole, aside, affiliated = self._resolve(text, mention, initial)
        kind = self.kinds.get(name) or _role_kind(head, name) or kind_of(head, name)
        if kind is None and aside and (apposed := _apposed_kind(aside, name)):
            kind = apposed  # "The water company, Pennine Water, said": a company
        if kind is None and (org_name(name) or firm_name(name)):
            kind = "organisation"  # "Judicial Watch", "the Orlando Sentinel", "Birch & Calloway"
        if kind is None and not ((mention.alt or affiliated) and looks_personal(name)):
            kind = kind_of(whole)  # "Smith's campaign manager, Jane Doe": not the campaign
        if kind is None and (_ACRONYM_RE.fullmatch(name) or name in self.acronyms.values()):
            kind = "organisation"  # "The NPA said": a body known by its initials
        group = _PAIR_RE.fullmatch(name) is not None
        if group and kind is None:
            kind = "person"  # "The two players said", "Both brothers denied": people
        plural = " and " in name or _plural(name) or group
        titled = any(w.lower().rstrip(".") in TITLES for w in whole.split())
        if whole.split()[:1] in (["itself"], ["themselves"]) and (kind in PERSON_KINDS or not kind):
            kind = "organisation"  # "a group calling itself Grey Heron": a group, no person
        person = kind in PERSON_KINDS or (kind is None and (titled or looks_personal(name)))
        if person and kind is None:
            kind = "person"
        return name, kind, person and not plural, plural

    def resolved(self, text: str, mention: Mention, initial: bool = False) -> str:
        """The resolved name of a mention alone: ``name(...)[0]`` without reading its kind."""
        return self._resolve(text, mention, initial)[0]

    def _resolve(
        self, text: str, mention: Mention, initial: bool
    ) -> tuple[str, str, str, str | None, str | None]:
        """A mention's resolved name, and its head, whole text, aside and group's person (what
        ``name`` reads its kind from)."""
        whole = text[mention.span[0] : mention.span[1]]
        head = _clean(text[mention.head[0] : mention.head[1]])
        # the words beside the name: the apposition, or the head when the name is apposed
        aside = text[mention.alt[0] : mention.alt[1]] if mention.alt else None
        # "Varga, a Liberal, said": an aside opening on "a"/"an" describes the subject (a party,
        # a role), it never names it
        if (
            mention.alt
            and (not _has_name(head, initial) or _ends_in_role(head))
            and (text[mention.alt[0] : mention.alt[1]].split()[0].lower() not in ("a", "an"))
        ):
            alt = _clean(text[mention.alt[0] : mention.alt[1]])
            first = text[mention.alt[0] : mention.alt[1]].split()[0]
            nominal = first[0].isupper() or first.lower() in _DETERMINERS_TITLES
            if nominal and _has_name(alt):
                head, aside = alt, text[mention.head[0] : mention.head[1]]
            elif not nominal and (named := _described_name(alt)):
                head = named  # "Teller's challenger, businessman Gregor Haas, said"
        affiliated = _person_of_group(head)
        if affiliated is not None:
            head = affiliated  # "Ruth Alder of the residents' group Save Millbrook": Ruth Alder
        name = self._canonical(head)
        if name in self.acronyms and kind_of(head) is None:
            name = self.acronyms[name]  # "The NPA said": the National People's Alliance
        return name, head, whole, aside, affiliated

    def _canonical(self, np: str) -> str:
        """Strip titles before a name and expand a surname to the full name seen in the story."""
        words = np.split()
        prep = next((k for k, w in enumerate(words) if w in INNER_PREPS), len(words))
        if 2 <= prep < len(words) - 2 and words[prep] == "in" and words[prep + 1] in ("a", "an"):
            # "said Lund Mayor Otto Brand in a telephone interview": the channel is no name
            return self._canonical(" ".join(words[:prep]))
        titled = [k for k, w in enumerate(words[:prep]) if w.lower().rstrip(".") in TITLES]
        if titled and _body_word(words[prep - 1]):
            titled = []  # "Harlow General Hospital", "General Motors": a body's name, no title
        cut = titled[-1] if titled else -1  # "advisers to Mr. Obama" names the advisers
        if 0 <= cut < prep - 1 and words[cut + 1][0].isupper():
            name = " ".join(words[cut + 1 : prep])
            if " " in name:
                return name
            want = _TITLE_GENDERS.get(words[cut].lower().rstrip("."))
            full = self.full(name, want, titled=True)
            if want and GIVEN_NAMES.get(given_word(full)) not in (None, want):
                return name  # "Mr. Reed" is not "Ann Reed"
            return full
        if len(words) == 1:
            full = self.full(words[0])
            if full != words[0]:
                return full
        if cut < 0 and prep == len(words) and (named := _after_role(words)):
            return named  # "Council member Ann Long", "New York attorney Eric Levine"
        if cut == len(words) - 1:
            names = self.roles.get(" ".join(words[-2:]).lower()) or self.roles.get(
                words[-1].lower(), set()
            )
            if len(names) == 1 and not _has_name(np):
                return next(iter(names))
            return re.sub(r"[’']s\s+(?=\S+$)", " ", np)
        return _AGENCY_TAIL.sub("", np) if _has_name(np) and "’" not in np else np


# up to three lower-case words (a verb, adverbs) then "his"/"her" before a noun, or a reflexive:
# "praised her deputy", "has long said his plan"; not "told her that", "thanked her for"
_OWN_PRONOUN_RE = re.compile(
    r"\s+(?:[a-z][\w’'-]*\s+){1,3}?(his|himself|herself|her(?=\s+(?!(?:the|a|an|that|to|"
    r"for|and|or|in|on|at|of|with|about|by|from|as|it|this|these|those|what|how|why|when|"
    r"whether|if)\b)[a-z]))\b"
)


_AGE = re.compile(r"\d{1,3}-year-old")
_AFFILIATION_PREPS = frozenset({"of", "from", "at"})


def _person_of_group(np: str) -> str | None:
    """The words naming a person before "of", "from" or "at" and the group they belong to
    ("Ruth Alder of the residents' group Save Millbrook" -> "Ruth Alder", "Quarry owner Ben
    Castor of Castor Stone" -> "Quarry owner Ben Castor"): the person speaks, the group is
    where they stand; None when no person's name (two or three capitalised words, after role
    words at most) stands right before the preposition, or nothing like a group follows
    ("Bank of Lisden", "Friends of the Earth", "Secretary of State")."""
    words = np.split()
    prep = next((k for k, w in enumerate(words) if w in INNER_PREPS), len(words))
    if prep < 2 or prep >= len(words) - 1 or words[prep] not in _AFFILIATION_PREPS:
        return None
    after = words[prep + 1]
    if not (after[:1].isupper() or after.lower() in ("the", "a", "an")):
        return None
    before = words[:prep]
    if is_possessive(before[-1]) or not all(w.replace(".", "").isalpha() for w in before):
        return None
    joined = " ".join(before)
    if 2 <= len(before) <= 3 and looks_personal(joined) and before[0].lower() not in DETERMINERS:
        return joined
    named = _after_role(before)
    return joined if named is not None and looks_personal(named) else None


def _after_role(words: list[str]) -> str | None:
    """The person's name after a role word in lower case or an age ("Council member Ann Long" ->
    "Ann Long", "conservative radio host Charlie Sykes" -> "Charlie Sykes", "62-year-old Brenda
    Johnson" -> "Brenda Johnson"), or None: the name is
    the last two or three words, all capitalised, a given name first or a role word just
    before; no possessive ("MSNBC’s Chris Matthews" is for ``_canonical``'s last step)."""
    for size in (2, 3):
        if len(words) <= size:
            return None
        at = len(words) - size - 1
        role, name = words[at], words[-size:]
        aged = _AGE.fullmatch(role) is not None  # "62-year-old Brenda Johnson"
        # a role in lower case, or capitalised only as the mention's first word ("Resident
        # Margaret Finch said", "Nurse Mia Lund said" opening a sentence)
        lower = role.islower() or (at == 0 and role[:1].isupper() and role[1:].islower())
        if not aged and not (role.isalpha() and lower and _role_word(role)):
            continue
        joined = " ".join(name)
        # "Rights group Open Press Watch", "accountancy firm Dunmore & Pike"
        named = looks_personal(joined) or org_name(joined) or firm_name(joined)
        if named and not any(is_possessive(w) for w in words):
            return joined
    return None


def _role_kind(head: str, name: str) -> str | None:
    """The kind of a person named after a role word ("Fox News host Sean Hannity": a person,
    not the channel; "Council member Ann Long": an official, not the council), else None."""
    words = head.split()
    if name == head or _after_role(words) != name:
        return None
    role = len(words) - len(name.split()) - 1
    pair = " ".join(words[role - 1 : role + 1]).lower() if role >= 1 else ""
    kind = SOURCE_KINDS.get(pair) or SOURCE_KINDS.get(words[role])
    if kind is None and words[role].lower() not in _ROLE_WORDS:
        return "person"  # "campaign manager Jeff Weaver": a person, not the campaign
    if name.split()[0] in GIVEN_NAMES and SOURCE_KINDS.get(words[role].lower()) == "organisation":
        return "person"  # "toymaker Ann Reed": a given name first names a person, no firm
    return kind


def _ends_in_role(np: str) -> bool:
    """Whether a noun phrase with a name in it is headed by a role ("Acme’s chief", "the
    union’s president"): its last word before any preposition is lower case, or a role written
    in capitals ("the firm's CEO")."""
    words = np.split()
    prep = next(
        (k for k, w in enumerate(words) if w in INNER_PREPS or _role_participle(words, k)),
        len(words),
    )
    last = words[prep - 1] if prep >= 1 else ""
    return last.isalpha() and (last.islower() or (last.isupper() and last.lower() in SOURCE_KINDS))


def _role_participle(words: list[str], k: int) -> bool:
    """Whether words[k] is a participle in -ing after a role in lower case whose object follows
    ("A lawyer representing Ann Reed", "an aide advising the mayor"): the role heads the noun
    phrase, the name after the participle is the role's client, not the speaker."""
    word = words[k]
    return (
        k >= 1
        and k + 1 < len(words)
        and len(word) > 5
        and word.isalpha()
        and word.islower()
        and word.endswith("ing")
        and words[k - 1].isalpha()
        and words[k - 1].islower()
        and words[k - 1] not in DETERMINERS
    )


_MAX_DESCRIPTORS = 3
# "Mayor" in "former Mayor Daniel Brisco", "owner" in "Shop owner Tom Hale"
_ROLE_WORDS = (
    TITLES
    | frozenset(SOURCE_KINDS)
    | frozenset(
        "campaigner owner nurse farmer worker student parent doctor driver neighbour neighbor"
        " shopkeeper landlord tenant volunteer organiser organizer founder trader fisherman"
        " pilot baker teacher".split()
    )
)


# jobs written before a name that the lexicons do not list ("City manager Ruth Ebbers", "town
# clerk Ivo Marsh", "Harbour master Ivan Roe"); a word's ending alone would take "Community
# paper Harbour Now" for one
_MORE_ROLES = frozenset(
    "chair deputy principal clerk sheriff warden ranger captain lieutenant sergeant detective"
    " pastor reverend priest rabbi imam anchor executive trustee coach actor manager registrar"
    " superintendent coordinator supervisor administrator treasurer inspector planner auditor"
    " engineer producer counselor councilor assessor"
    # trades and rescue jobs ("Harbour master Ivan Roe", "Paramedic Jan Ostby")
    " master keeper coxswain skipper paramedic midwife firefighter lifeguard pharmacist"
    " surgeon dentist electrician plumber mechanic".split()
)


def _role_word(role: str) -> bool:
    """Whether a word before a person's name is a role ("Nurse", "manager")."""
    low = role.lower()
    return low in _ROLE_WORDS or low in _MORE_ROLES


def _described_name(np: str) -> str | None:
    """The name of an apposition that opens on a lower-case descriptor ("businessman Gregor
    Haas", "former Mayor Daniel Brisco of the Unity Party"): at most three lower-case words,
    then a person's name (after titles or roles: "Mayor") -- that name alone; else
    None ("a member of the Progress Party", "who directs the center")."""
    words = np.split()
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if k is None or not 1 <= k <= _MAX_DESCRIPTORS:
        return None
    if not all(w.isalpha() and w.islower() for w in words[:k]):
        return None
    if any(
        w in DETERMINERS or w in INNER_PREPS or w in _NOT_DESCRIPTORS or w.endswith("ing")
        for w in words[:k]
    ):
        return None  # "a member of …", "who directs …", "including Ann Cole": one of several
    j = k
    while j < len(words) and words[j].lower().rstrip(".") in _ROLE_WORDS:
        j += 1
    end = next((i for i in range(j, len(words)) if words[i] in INNER_PREPS), len(words))
    if j == end or not looks_personal(" ".join(words[j:end])):
        return None
    return " ".join(words[j:end])


_GROUP_KINDS = frozenset({"organisation", "government", "news agency"})


def _apposed_kind(aside: str, name: str) -> str | None:
    """The kind of an institution that an apposition describes ("the water company", "a local
    charity", "Varnia's rail operator"): a noun phrase opened by a determiner or a possessive,
    headed by a source noun of an institution's kind, beside a name that opens with no given
    name; else None ("the company's founder", "who runs the company", "Ann Reed")."""
    words = aside.strip(" ,–—").split()
    if not words or not name or name.split()[0] in GIVEN_NAMES:
        return None
    if words[0].lower() not in DETERMINERS and not is_possessive(words[0]):
        return None
    prep = next((k for k, w in enumerate(words) if w in INNER_PREPS), len(words))
    zone = words[1:prep]
    if not zone or not all(w.isalpha() and w.islower() for w in zone):
        return None
    verb = next((k for k, w in enumerate(zone) if k and w.endswith("ing")), len(zone))
    zone = zone[:verb]  # "a lawyer representing a group": a lawyer, not the group
    kind = SOURCE_KINDS.get(zone[-1])
    return kind if kind in _GROUP_KINDS else None


_NOT_DESCRIPTORS = frozenset(
    {"who", "which", "whose", "whom", "that", "one", "also", "then", "like", "such", "among"}
    | {"especially", "notably", "namely", "plus", "and", "or", "not", "led", "joined", "backed"}
)


# Quantifiers that name no one a pronoun can take up: alone ("Neither would comment", "Both
# declined") or, when negative or distributive, before a noun ("Neither party", "Each side")
_BARE_QUANTIFIERS = frozenset(
    "neither either both each none all some many few several most others another any".split()
)
_NEGATIVE_QUANTIFIERS = frozenset({"neither", "either", "none", "no", "each"})
# quantifiers of a plural group ("Both men", "All three"): never "it", "he" or "she"
_PLURAL_QUANTIFIERS = frozenset({"both", "all", "many", "several", "some", "few", "most"})


# a name of capitalised words (and small words inside it) and its initials in brackets
_ACRONYM_INTRO_RE = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|&)\s+)*){1,7}?[A-Z][\w’'-]*)\s+\(([A-Z]{2,6})\)"
)
# a body's initials as its whole name ("NPA", "RSPB"), not a word in capitals
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# a group of people counted ("the two players", "Both brothers", "all three defendants")
_PAIR_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]ll)\s+)?(?:two|three|four|[Bb]oth)\s+[a-z]*(?:men|ers|ors|ists|ants"
    r"|ents|ians|ees|ies|ives|ren|ns|ys)"
)


def _no_antecedent(name: str, gender: str) -> bool:
    """Whether a source's name opens on a quantifier that no pronoun of this gender can refer
    to: a bare quantifier ("Neither", "Both"), a negative or distributive one before a noun
    ("Neither party", "Each side"), or, for a singular pronoun, a plural one ("Both men")."""
    words = name.lower().split()
    if not words or words[0] not in _BARE_QUANTIFIERS | _NEGATIVE_QUANTIFIERS:
        return False
    if len(words) == 1 or words[0] in _NEGATIVE_QUANTIFIERS or words[1] == "of":
        return True
    return gender != "p" and words[0] in _PLURAL_QUANTIFIERS


def _agrees(gender: str, entity: Entity) -> bool:
    """Whether a pronoun of this gender ("m", "f", "n", "p") can refer to the entity."""
    if gender in "mf":
        return entity.person and not entity.plural
    if gender == "n":
        return not entity.person and not entity.plural
    return entity.plural or not entity.person


_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "nor"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _clean(np: str) -> str:
    """A noun phrase without parentheses, leading determiners and possessive pronouns."""
    if "(" in np:  # both patterns need an opening bracket
        np = _OPEN_PAREN.sub("", _PAREN.sub("", np))
    np = np.strip(" ,–—")
    words = np.split()
    while len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]  # "And Trump": a sentence-opening conjunction is not part of a name
    if len(words) > 1 and words[0].lower() in _REFLEXIVES and words[1][:1].isupper():
        words = words[1:]  # "a group calling itself BlackFen": the group's name is "BlackFen"
    while len(words) > 1 and words[0].lower() in DETERMINERS and not words[1][0].isdigit():
        if words[0].lower() in ("two", "three", "several", "many", "some", "both", "all"):
            break
        words = words[1:]
    return " ".join(words)


def _has_name(np: str, initial: bool = False) -> bool:
    """Whether a noun phrase holds a capitalised word (its first counts unless ``initial``)."""
    words = [w for w in np.split() if w.lower() not in TIME_WORDS]
    return any(w[0].isupper() for w in words[1:]) or (
        bool(words)
        and not initial
        and words[0][0].isupper()
        and words[0].lower() not in DETERMINERS
    )


def _plural(name: str) -> bool:
    last = name.split()[-1].lower() if name else ""
    return SOURCE_KINDS.get(last) in ("unnamed", "anonymous") and last.endswith("s")


def _body_word(word: str) -> bool:
    """Whether a capitalised last word ends a body's name ("Hospital", "Motors"): a word of
    org_name_words.txt or a source noun for an organisation (source_kinds.txt)."""
    low = word.lower()
    return word[:1].isupper() and (low in ORG_NAME_WORDS or SOURCE_KINDS.get(low) == "organisation")


@lru_cache(maxsize=4096)
def looks_personal(name: str) -> bool:
    """Two or three capitalised words and nothing else: probably a person's name.

    Kept for the next time, as ``kind_of`` (a story names the same people again and again).
    """
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[0].isupper() for w in words)
        and not (name.lower() in PLACES or any(w.lower() in SOURCE_KINDS for w in words))
        and not org_name(name)
    )


@lru_cache(maxsize=4096)
def org_name(name: str) -> bool:
    """Whether a name of two words or more ends in a capitalised word of org_name_words.txt
    and opens with no given name, all its words capitalised: "Judicial Watch", "Brenck
    Holdings", "Northfold Valley Health"; not "Ann Church", "Tova Brenck of Judicial Watch".
    A last word that is also a family name (org_surname_heads.txt: "Power", "Care") needs
    three words or a place first ("Harlen Valley Water", "Thames Water"), not "Grace Power"."""
    words = POSSESSIVE.sub("", name).split()
    if len(words) < 2 or words[0] in GIVEN_NAMES:
        return False
    if not all(w[:1].isupper() or w == "&" for w in words):
        return False
    last = words[-1].lower()
    if last in ORG_SURNAME_HEADS:
        # "Harlen Valley Water", "Thames Water"; not "Grace Power", who may be a person
        return len(words) >= 3 or words[0].lower() in PLACES
    return last in ORG_NAME_WORDS


def firm_name(name: str) -> bool:
    """Whether a name joins capitalised words with "&" ("Dunmore & Pike", "Birch & Sons
    Bakers"): one firm's name, never a person's."""
    words = name.split()
    return (
        "&" in words[1:-1]
        and words[0] != "&"
        and words[-1] != "&"
        and all(w[:1].isupper() or w == "&" for w in words)
    )


_NAME_OF_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[A-Z][\w’'&.-]*\s+)*?[A-Z][\w’'&.-]*)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'&.-]*)*"
)


_MAX_NAME = 120  # a longer text is no one name


def _name_head(text: str) -> str | None:
    """The words before "of" or "for" of a name written in capitals through ("the Alden
    Federation of Teachers" -> "Alden Federation"): the name's head; None for any other text
    ("Bank of America economists", "spokesman for the Alden Federation")."""
    if " of " not in text and " for " not in text or len(text) > _MAX_NAME:
        return None
    m = _NAME_OF_RE.fullmatch(text.strip())
    return m.group(1) if m else None


@lru_cache(maxsize=4096)
def kind_of(text: str, name: str = "") -> str | None:
    """The kind of source a mention names, from its words ("spokesman" -> official).

    Kept for the next time (a story names its sources again and again).
    """
    if name.lower() in PLACES:
        return "government"
    head = _name_head(text)
    if head is not None and (kind := kind_of(head)):
        return kind  # "the Alden Federation of Teachers": a federation, not teachers
    words = [w for w in _KIND_WORD_RE.findall(text.lower()) if not is_possessive(w)]
    found = {SOURCE_KINDS[w] for w in words if w in SOURCE_KINDS}
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found |= {SOURCE_KINDS[p] for p in pairs if p in SOURCE_KINDS}
    for kind in _KIND_ORDER:
        if kind in found:
            if kind in ("government", "official") and _head_word(words) in _BODY_HEADS:
                return "organisation"  # "the Police Federation", "Army Nurses Society": a body
            return kind
    return None


_KIND_WORD_RE = re.compile(r"[\w’'-]+")
_AFTER_HEAD = frozenset({"of", "for", "at", "with", "from", "in", "to", "by", "on", "who", "which"})


def _head_word(words: list[str]) -> str:
    """The head of a noun phrase's words: the last before a preposition or a relative
    ("spokesman" of "spokesman for the Alden Federation")."""
    cut = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    return words[cut - 1] if cut else ""


# Head nouns of bodies that are no government, whatever words stand before them ("the Police
# Federation", "the Government Workers Union"): a name they end is an organisation's.
_BODY_HEADS = frozenset(
    {"association", "federation", "society", "union", "league", "guild", "institute", "alliance"}
    | {"foundation", "coalition", "consortium", "club", "charity", "academy", "chamber"}
)


# words that may lead a time phrase read as a name ("On Sunday", "Last Friday", "By Monday")
_TIME_LEADS = frozenset({"on", "in", "at", "by", "since", "until", "next", "early", "late", "of"})


def _time_phrase(name: str) -> bool:
    """Whether a name is only a time phrase ("On Sunday", "Friday Night"): never a pronoun's
    antecedent. A month's name alone ("March") may be a surname and stays."""
    words = [w.lower().strip(".,") for w in name.split()]
    if not words or (len(words) == 1 and words[0] in MONTHS):
        return False
    return all(w in TIME_WORDS or w in _TIME_LEADS for w in words) and any(
        w in TIME_WORDS for w in words
    )
