"""Sentence helpers for question generation: words, quotes, pronouns, and rewriting a claim's
content as a plain stand-alone statement."""

from __future__ import annotations

import functools
import re

from questions.cues import MONTHS, PLACES, SOURCE_KINDS, TITLES, WEEKDAYS
from questions.generate import lexicon

WORD_RE = re.compile(r"\S+")
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]")
_OPEN_QUOTES = "“‘"
_CLOSE_QUOTES = "”’"
_EDGE_PUNCT = " \t\n,;:–—-"
_SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "group"}
_POSSESSIVES = {"his": "person", "her": "person", "its": "thing", "their": "group"}
PERSON_KINDS = frozenset({"person", "official", "expert"})  # sources that are people
THING_KINDS = frozenset({"government", "organisation", "news agency"})  # bodies: "it"
_MIN_WORDS, _MAX_WORDS = 6, 45
_IT_COMES_AS = re.compile(r"^(?:It|This) (?:comes|came) (?:as|after|amid) ", re.IGNORECASE)
_MAIN_PART = re.compile(
    r",\s|\s[–—-]\s|\s(?:who|which|whose|whom|that|when|while|because|after|before|since"
    r"|until|unless|although|though|if)\s|\s[\"“]"
)
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")  # a closed quotation
_VERBISH = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
_TRAILING_OBJECT = re.compile(r"\b(?:it|this|that|them|one|so)\W*$", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    """The alphabetic words of a text (apostrophes and hyphens kept inside words)."""
    return _TOKEN_RE.findall(text)


def norm(text: str) -> str:
    """A comparison key: lower case, curly quotes straightened, spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


def content_words(text: str) -> frozenset[str]:
    """The words of a text that are not function words, lower-cased, possessive 's removed."""
    return _content_words(text)


@functools.lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    stop = lexicon.words("stopwords")
    out = set()
    for tok in tokens(text):
        w = re.sub(r"['’]s$", "", tok.lower())
        if w not in stop and len(w) > 1:
            out.add(w)
    return frozenset(out)


# irregular pasts and participles, each with its present
IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "won:win lost:lose led:lead held:hold left:leave gave:give given:give took:take "
        "taken:take made:make paid:pay sold:sell bought:buy met:meet ran:run began:begin "
        "begun:begin told:tell sent:send spent:spend built:build kept:keep fell:fall fallen:fall "
        "rose:rise risen:rise grew:grow grown:grow went:go gone:go came:come saw:see seen:see "
        "found:find got:get wrote:write written:write chose:choose chosen:choose struck:strike "
        "fled:flee shot:shoot hit:hit cut:cut set:set"
    ).split()
)


def lemma(word: str) -> str:
    """A crude lemma: lower case, no possessive, an irregular past made present, then one
    ending of plural or tense off ("wins", "won" -> "win"; "offers" -> "offer")."""
    w = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.removesuffix("e")


def quotes_balanced(text: str) -> bool:
    """Whether double quotes (straight, curly or an archive's doubled ''…'') open and close in
    pairs."""
    text = text.replace("''", '"')
    if text.count('"') % 2:
        return False
    depth = 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def is_pronoun(tok: str, at_start: bool = False) -> bool:
    """Whether a word is a personal pronoun needing an antecedent ("US" is not "us")."""
    low = tok.lower()
    if low not in lexicon.words("pronouns"):
        return False
    if tok == "I":
        return True
    return tok.islower() or (at_start and tok[:1].isupper() and not tok.isupper())


def without_opening_determiner(quote: str) -> str:
    """A quotation without a demonstrative that opens it before its noun ("These charges are
    baseless", "This budget asks everyone …"): as spoken, no pronoun to resolve. "This is
    wrong", "That means …", "Those were …" keep theirs."""
    m = _OPENING_DETERMINER.match(quote)
    if m is None or m.group(2).lower() in _AFTER_PRONOUN:
        return quote
    if m.group(1).lower() in ("this", "that") and m.group(2).endswith("s"):
        return quote  # "This means …", "That shows …": a verb after a pronoun
    return quote[m.end(1) :].lstrip()


_OPENING_DETERMINER = re.compile(r"(These|This|That|Those)\s+([a-z][\w’'-]*)")
_AFTER_PRONOUN = frozenset(
    "is was are were has have had will would could should may might must can cannot does do "
    "did isn’t wasn’t aren’t weren’t isn't wasn't aren't weren't".split()
)


_CONTRACTED = re.compile(r"[’'](?:s|re|ve|d|ll|m)$")


def unresolved_pronoun(text: str, allow_it: bool = False) -> str | None:
    """The first pronoun of a statement that has no antecedent inside it, or None.

    A lower-case "it" outside quotation marks counts too ("the units it blamed"), unless
    ``allow_it`` (inside a quotation, the speaker's "it" is left as spoken)."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if _emphatic(toks, i):
            continue  # "the battery cells themselves were …": the noun just before is its own
        if is_pronoun(tok, at_start=i == 0):
            return tok
        bare = _CONTRACTED.sub("", tok)  # "he’s", "they’re", "she'd": the pronoun and a verb
        if bare != tok and bare.lower() in ("he", "she", "they") and is_pronoun(bare, i == 0):
            return bare
    if not allow_it and "it" in tokens(QUOTED_RE.sub(" ", text)):
        return "it"
    if toks and toks[0].lower() in ("it", "its", "this", "these", "those", "that"):
        return toks[0]
    m = _TRAILING_OBJECT.search(text)
    return m.group(0).strip(" .") if m else None


def _emphatic(toks: list[str], i: int) -> bool:
    """Whether "themselves" or "itself" stands right after a noun phrase opened by an article
    ("the cells themselves", "the report itself"), stressing that noun: no pronoun to resolve."""
    if toks[i].lower() not in ("themselves", "itself") or i < 2:
        return False
    noun = toks[i - 1]  # _PREPOSITIONS: the module's one list, defined further down
    if not noun.isalpha() or not noun.islower() or noun.endswith("ed") or noun in _PREPOSITIONS:
        return False  # "a swagger about themselves": the reflexive of someone
    return any(t.lower() in ("the", "a", "an") for t in toks[max(0, i - 4) : i - 1])


# What points back to something said before: "any such warning", "such a claim", "this
# decision", "these were", "that claim" (a time, "this year", points nowhere)
_TIME_AFTER_DETERMINER = (
    "year|years|week|weeks|month|months|morning|afternoon|evening|night|weekend|time|season"
    "|spring|summer|autumn|fall|winter|century|decade|term|session"
)


@functools.cache
def _leans_back_re() -> re.Pattern[str]:
    nouns = "|".join(w for w in lexicon.words("denied_nouns") if not w.endswith("s"))
    return re.compile(
        r"\b(?:such\s+(?!as\b)[a-z]"
        rf"|(?:this|these)\b(?!\s+(?:{_TIME_AFTER_DETERMINER})\b)"
        r"|those\b(?!\s+(?:who|whom|whose|which|of|in|with|at|on|living|working)\b)"
        rf"|that\s+(?:{nouns})\b)",
        re.IGNORECASE,
    )


def leans_back(phrase: str) -> str | None:
    """The word by which a clause points back to what was said before it ("that any such
    complaint had been made", "that this decision had put anyone at risk", "that that claim was
    true"), or None: asked alone, such a clause says nothing of what it means. Quoted words are
    not read (the speaker's own "this" is left as spoken)."""
    bare = QUOTED_RE.sub(" ", phrase.removeprefix("that "))
    m = _leans_back_re().search(bare)
    return m.group(0).split()[0] if m else None


# A demonstrative noun phrase anywhere in an asked text ("those complaints", "these ballots",
# "such rankings", "that claim"), not a time ("those years", "that year") nor a relative
# ("those who …", "such as"); "that" only before a noun of what is said (else it opens a clause)
@functools.cache
def _demonstrative_re() -> re.Pattern[str]:
    nouns = "|".join(w for w in lexicon.words("denied_nouns") if not w.endswith("s"))
    return re.compile(
        r"\b(?:such\s+(?!as\b|a\b|an\b|that\b)(?P<such>[a-z][\w-]*)"
        rf"|(?:these|those)\s+(?!(?:{_TIME_AFTER_DETERMINER}|days|who|whom|whose|which|of|in|with"
        r"|at|on|are|were|is|was|have|had|will|would|can|could|may|might|do|did|living|working"
        r")\b)(?P<noun>[a-z][\w-]*)(?:\s+(?P<noun2>[a-z][\w-]*))?"
        rf"|that\s+(?P<that>{nouns})\b"
        # after a preposition "that" is a determiner, not a clause's opener: "a hearing on that
        # request" (a time, "in that year", "at that point", points nowhere; "this" in news
        # prose is mostly the present one: "in this election")
        rf"|\b(?:{_DETERMINER_PREPOSITIONS})\s+that\s+(?!(?:{_TIME_AFTER_DETERMINER}"
        r"|day|days|point|moment|stage|date|hour|case|way|regard|respect|sense|instance|end"
        r"|is|was|has|had|will|would|could|may|might|can)\b)"
        r"(?P<prep>[a-z][\w-]*))",
        re.IGNORECASE,
    )


_DETERMINER_PREPOSITIONS = (
    "on|of|about|over|for|to|against|with|from|by|under|into|in|at|after|before"
)


_NUMBER_NOUNS = frozenset("figures numbers totals rates sums amounts percentages".split())
_HEAD_VERB = re.compile(r"(?:ed|ing)$")


def vague_reference(asked: str) -> str | None:
    """The words by which an asked statement or prompt points back to something only the story
    before it names, or None: a demonstrative noun phrase ("those complaints", "such
    rankings", "that claim") whose noun the text itself did not name before it ("these
    figures" after the text's own figures stands), or "its"/"their" with no owner named
    earlier in the text ("Students failed its exam"; not "The council said its budget …")."""
    for m in _demonstrative_re().finditer(asked):
        head = m.group("such") or m.group("noun") or m.group("that") or m.group("prep")
        named = [head, m.group("noun2")]
        named = [w.lower() for w in named if w]
        if m.group("prep") and (
            named[0] in lexicon.words("stopwords")
            or any(0 < q.start() < m.start() < q.end() for q in QUOTED_RE.finditer(asked))
        ):
            continue  # "in that it …": a conjunction; "into that voting booth": as spoken (a
            # quotation inside the prompt, not the statement a prompt opens on)
        if m.group("noun") and _HEAD_VERB.search(named[0]):
            continue  # "those affected", "those living nearby": people, a relative
        if re.match(r"\s*(?::|\d)", asked[m.end() :]):
            continue  # "these words: “…”" (a prompt's label), "those ages 18 to 29" (defined)
        before = asked[: m.start()]
        if {lemma(w) for w in named} & {lemma(t) for t in tokens(before)}:
            continue  # "the ballots … these ballots": named in the text itself
        if _NUMBER_NOUNS.intersection(named) and re.search(r"\d", before):
            continue  # "41% and 22%; these figures …"
        return m.group(0)
    return _ownerless_possessive(asked) or generic_owner(asked)


# a bare noun of what was said, ending its phrase: "was checking the claim", "denied the reports"
_BARE_SAID = re.compile(
    r"\bthe\s+(?:claims?|allegations?|accusations?|reports?|statements?|charges?|rumou?rs?)"
    r"(?=\s*(?:[.,;:!?]|$|and\b|or\b|but\b|was\b|were\b|is\b|are\b|had\b|has\b|have\b))",
    re.IGNORECASE,
)


def vague_option(option: str) -> str | None:
    """The words by which a clause offered as an option points back to what only the story
    names, or None: the asked-text tests (``vague_reference``, ``leans_back``, ``points_back``,
    ``unintroduced_definite``) and a bare "the claim"/"the reports" ("That the council was
    checking the claim": which claim?). Quoted words are not read."""
    bare = QUOTED_RE.sub(" ", option)
    for test in (vague_reference, leans_back, points_back, unintroduced_definite):
        found = test(bare)
        if found:
            return found
    m = _BARE_SAID.search(bare)
    return m.group(0) if m else None


# people a story calls by a common noun once it has brought them in ("a man was arrested … the
# man's account"): as the owner of what was said, no one a prompt alone can tell
_GENERIC_PEOPLE = (
    "person|man|woman|boy|girl|child|official|source|employee|worker|resident|witness|officer"
    "|spokesman|spokeswoman|spokesperson|victim|suspect|driver|passenger|patient|student"
    "|teacher|soldier|guard|neighbou?r|customer|user|lawyer|doctor|insider|aide|individual"
)
_SAID_THINGS = (
    "claims?|statements?|allegations?|version|testimony|remarks?|comments?|story|words"
    "|assertions?|description|explanation|recollection|evidence|accusations?"
)
_GENERIC_OWNER = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:{_GENERIC_PEOPLE})[’']s\s+([a-z][\w-]*)\b"
)


def generic_owner(asked: str) -> str | None:
    """A possessive whose owner is only a common noun for a person, before something said or
    shown ("the man's account", "the official's statement", "the former employee's account of
    the meeting"), or None: which man or official, the prompt does not say. A capitalised word
    before the noun ("the Labour official's statement") names whose."""
    said = re.compile(rf"(?:{_SAID_THINGS})")
    for m in _GENERIC_OWNER.finditer(asked):
        noun = m.group(1).lower()
        if noun in lexicon.words("pointing_nouns") or said.fullmatch(noun):
            return m.group(0)
    return None


_OWNER_IT = re.compile(
    r"(?:\b(?i:the|a|an)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*(?<!s)\b"
    r"|\b[A-Z][\w&.-]*[a-z]\b(?<!s)|\b[A-Z]{2,}\b|\bit\b|\b(?i:who)\b)"
)
# a thing put among its owner's own ("was among its five largest markets", "is one of its"):
# the thing named right before is not the owner
_AMONG_ITS = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained)\s+(?:among|one\s+of)\s+$")
_OWNER_PERSON = re.compile(
    r"\b(?i:he|she|him|who|whom|I|we|you)\b|\b(?i:the|a|an)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*\b"
    r"|\b[A-Z][\w&.-]*[a-z]\b|\b[A-Z]{2,}\b"
)
_OWNER_THEIR = re.compile(
    r"\b[A-Za-z][\w-]*[a-z]s\b|\b(?:they|people|police|both|each|who)\b", re.I
)
# where a capital may be only a sentence's or a quotation's first letter
_OPENER_AT = re.compile(r"(?:^|[.!?:]\s+|[“\"‘]\s*)$")


def _ownerless_possessive(asked: str) -> str | None:
    """A lower-case "its", "their", "his" or "her" with no possible owner earlier in the asked
    text: for "its", a singular noun after an article, a name or "it"; for "their", a plural
    noun ("officials"), "they" or "police"; for "his"/"her", a name, a noun after an article,
    "he"/"she"; for each, a prompt's "who" ("Who said that his party …", "who insisted there
    had been no failing in its own procedures?": the one asked about). A prompt's own
    words ("the story") are no owner, nor an ordinary word capitalised as a sentence's first
    ("More than 300 pupils sat its exam"), nor the thing put among the owner's own ("the app
    was among its five largest markets")."""
    text = re.sub(r"^According to the story,\s*", "", asked)
    text = re.sub(r"\b(?:the|this)\s+(?:story|statement|claim)\b", " ", text)
    for m in re.finditer(r"\b(its|their|his|her)\b(?:\s+([a-z][\w-]*))?", text):
        if m.group(1) == "her" and (not m.group(2) or m.group(2) in lexicon.words("stopwords")):
            continue  # "police arrested her on Monday": not a possessive
        before = text[: m.start()]
        owner = {"its": _OWNER_IT, "their": _OWNER_THEIR}.get(m.group(1), _OWNER_PERSON)
        person = owner is _OWNER_PERSON
        owners = [o for o in owner.finditer(before) if _is_owner(before, o, person)]
        if owners and _AMONG_ITS.search(before):
            owners.pop()  # "the app was among its five largest markets": not the app's own
            # nor the one asked about: "who said that the app was among its …" is unclear
            owners = [o for o in owners if o.group(0).lower() != "who"]
        if not owners:
            return m.group(1)
    return None


def _is_owner(before: str, m: re.Match[str], person: bool = False) -> bool:
    """Whether a possible owner found before a possessive may own it: not an ordinary word
    that is capitalised only because it opens a sentence or a quotation."""
    word = m.group(0)
    if not word[:1].isupper() or not _OPENER_AT.search(before[: m.start()]):
        return True
    low = word.lower()
    if person and low in ("he", "she", "who", "i", "we", "you"):
        return True  # "Who said that his party …?": the one asked about
    if low in _NUMBER_WORDS:
        return False  # "Two of its guards …"
    return low not in lexicon.words("common_openers") and low not in lexicon.words("stopwords")


# "X said it could not comment", "declined to comment", "had no comment": no claim to ask about
_NO_COMMENT = re.compile(
    r"\b(?:(?:could|would|can|did|does|do)\s*(?:not|n[’']t)\s+(?:immediately\s+)?comment"
    r"|cannot\s+comment|(?:declined|refused)\s+(?:immediately\s+)?to\s+comment"
    r"|(?:had|has|have|offered|gave)\s+no\s+(?:immediate\s+|further\s+)?comment|no\s+comment)\b",
    re.IGNORECASE,
)


def no_comment(statement: str) -> bool:
    """Whether a statement only says that someone would not comment ("the ministry said it
    could not comment on the case"): not a claim, never asked as one."""
    return _NO_COMMENT.search(statement) is not None


# what follows a noun and says which one it is: "the images of the crash", "the report by the
# audit office", "the video that circulated", "the letter, dated …", "the account given to police"
_IDENTIFIED_AFTER = re.compile(
    r"\s*(?:,|\(|[“\"]|(?:of|from|on|about|by|in|into|that|which|who|whose|showing|"
    r"released|published|posted|filed|issued|sent|given|made|obtained|titled|entitled|called|"
    r"to|for|at|against|with|under|over|between|dated|naming|describing|linking)\b)"
)


def _ends_noun_phrase(word: str) -> bool:
    """Whether a word after a noun shows the noun phrase has ended: a function word or a
    verb ("the report said", "the images were", "the request remained")."""
    low = word.lower()
    return (
        low in lexicon.words("stopwords")
        or low in lexicon.words("finite_verbs")
        or re.search(r"(?:ed|[’']s)$", low) is not None
    )


def unintroduced_definite(asked: str) -> str | None:
    """A bare definite noun phrase of an asked statement that says nothing of which thing it
    means, or None: "the" right before a noun of documents, evidence or things said
    (``pointing_nouns``) with nothing after it that identifies it ("verify the images",
    "confirm that the report existed": which?). Not when the asked text named the noun itself
    before ("a report said the report was late"); a word between "the" and the noun ("the 2021
    survey report", "the leaked video") or one after it ("the images of the crash") identifies;
    the noun must end its phrase ("the email exchanges" is about exchanges).
    Nouns the story may name once and then call "the …" ("the man", "the company") are left
    alone: which are the story's own, a statement cannot tell."""
    for m in re.finditer(r"\b[Tt]he\s+([a-z][\w-]*)\b", asked):
        noun = m.group(1).lower()
        rest = asked[m.end() :]
        if noun not in lexicon.words("pointing_nouns") or _IDENTIFIED_AFTER.match(rest):
            continue
        after = re.match(r"\s+([a-z][\w’'-]*)", rest)
        if after and not _ends_noun_phrase(after.group(1)):
            continue  # "the email exchanges", "the video footage": the noun is not the head
        if lemma(noun) in {lemma(t) for t in tokens(asked[: m.start()])}:
            continue  # "a report … the report": named in the text itself
        return m.group(0)
    return None


# a statement opening on a bare "the plan" / "the ad" / "the move" (``gen_back_nouns.txt``), or
# a clause after "that" opening so: asked alone, it does not say which one
_BACK_SUBJECT = re.compile(r"(?:^[“\"‘']?|\bthat\s+)[Tt]he\s+([a-z]+)\b")


def bare_back_subject(asked: str) -> str | None:
    """The bare definite subject of an asked statement that refers back to what the story named
    before ("The move came after …", "who said that the plan would …"), or None: "the" and a
    noun of ``back_nouns`` as the subject, with nothing after the noun that identifies it ("the
    plan to close the mill", "the deal, signed on Monday", "the ad's sponsor" is still which
    ad?) and not named earlier in the asked text itself."""
    for m in _BACK_SUBJECT.finditer(asked):
        noun = m.group(1).lower()
        if noun not in lexicon.words("back_nouns"):
            continue
        rest = asked[m.end() :]
        if _IDENTIFIED_AFTER.match(rest):
            continue  # "the plan to close the mill", "the deal with Ostra"
        after = re.match(r"\s+([a-z][\w’'-]*)", rest)
        if after and not _ends_noun_phrase(after.group(1)):
            continue  # "the move order": the noun is not the head
        if lemma(noun) in {lemma(t) for t in tokens(asked[: m.start()])}:
            continue
        return m.group(0)
    return None


# A subject that points back to someone or something named before it: "Both were unharmed",
# "A second was darted", "One was found", "The others fled", "Another was seen", "Two of them
# were hurt"; "both the mayor and her deputy" names its two, and "a second man" its noun, so
# only such a word right before its verb points back
_VERB_AFTER = (
    r"(?:was|were|is|are|had|has|have|would|will|could|can|did|may|might|remain(?:s|ed)?"
    r"|appeared|seemed|died|fled|escaped)\b"
)
_POINTS_BACK = re.compile(
    r"(?:another|others|the\s+others?)\b|the\s+(?:latter|former)(?=\s*[,;]|\s+(?:said|says)\b|"
    rf"\s+{_VERB_AFTER})|the\s+(?:rest|remainder)\b(?!\s+of\b)"
    r"|(?:(?:a|the)\s+(?:first|second|third|fourth|fifth|sixth|last)|one|some|many|most|all|each"
    rf"|several|none|few|both|either|neither)\s+(?:(?:also|still|later|now)\s+)?{_VERB_AFTER}"
    r"|[\w-]+\s+of\s+(?:them|those|these)\b",
    re.IGNORECASE,
)


def points_back(text: str) -> str | None:
    """The words by which a statement or clause opens on a subject that points back to what
    was said before it ("Both were unharmed", "that a second was darted in woodland", "the
    others had fled"), or None: alone, such a statement does not say who or what it is about."""
    body = text.lstrip("“\"‘' ")
    body = body[5:] if body[:5].lower() == "that " else body
    m = _POINTS_BACK.match(body)
    return m.group(0) if m else None


def leading_word_problem(text: str) -> str | None:
    """The conjunction, discourse marker or pronoun a statement wrongly opens with, or None."""
    low = norm(text).lstrip("\"' ")
    for entry in lexicon.words("leading_words"):
        if low == entry or re.match(rf"{re.escape(entry)}\b", low):
            return entry
    return None


_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)]\s|[a-z][.)]\s)")


@functools.lru_cache(maxsize=512)  # asked once per claim of a sentence: read it once
def not_a_sentence(text: str) -> str | None:
    """Why a sentence is not prose to ask about: a list item ("- Pew notes ..."), a headline in
    Title Case ("Westford’s Mayoral Race Gets Very Close"), or page furniture ("Read the rest
    here."); None if it is prose."""
    t = text.strip()
    if _LIST_MARK.match(t):
        return "list item"
    if t[:1] in "[(" and t.rstrip(".")[-1:] in "])":
        return "furniture"  # "[Photo: Mayor Ann Reed at the Westford fair …]"
    words = [w for w in re.findall(r"[A-Za-z’']+", t) if len(w) > 3]
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return "title case"
    if lexicon.phrase_regex("furniture_phrases").search(t):
        return "furniture"
    if _LABEL.match(t):
        return "furniture"  # "UPDATE: 5/12 — …", "EDITOR’S NOTE: …"
    if _LINK_HERE.match(t):
        return "furniture"  # "Read the first part here.", "See the map here."
    if _GLUED_ITEM.search(t):
        return "list item"  # "So, who was right? - The office notes …": a heading glued to an item
    if _RELATIVE_OPENER.match(t) and not t.endswith("?"):
        return "fragment"  # "Which came on top of …": a clause cut from the sentence before
    return None


_RELATIVE_OPENER = re.compile(r"\W*(?:Which|Whom|Whose)\b")
# a pointer to a link: an imperative of reading and "here"
_LINK_HERE = re.compile(
    r"\W*(?:Read|See|Watch|Listen\s+to|Find|View|Download)\b[^.;:]{0,60}?\bhere\b", re.IGNORECASE
)
_LABEL = re.compile(r"^[A-Z][A-Z’' ]{2,20}:\s")
_GLUED_ITEM = re.compile(r"[?:]\s+[-–—•*]\s+[A-Z]")
_DANGLING_END = frozenset(
    {"because", "and", "or", "but", "that", "if", "when", "while", "although", "as", "since"}
    | {"so", "the", "a", "an", "of", "to", "with", "for"}
)


def word_count(text: str) -> int:
    """How many whitespace-separated words a text has."""
    return len(WORD_RE.findall(text))


_CUT_AT_COMMA = re.compile(r"[,;:]\s*[’”\"']*\s*[.!?]?\s*$")


def statement_problem(text: str) -> str | None:
    """Why a stand-alone statement is not clean enough to show a student, or None if it is."""
    n = word_count(text)
    if n < _MIN_WORDS:
        return "too short"
    if n > _MAX_WORDS:
        return "too long"
    if not quotes_balanced(text):
        return "unbalanced quotes"
    last = text.rstrip(' .!?”"’').split()[-1:]
    if last and last[0].lower().strip(",;:") in _DANGLING_END:
        return "ends on a conjunction"  # "…, because." — the rest was cut away
    if _CUT_AT_COMMA.search(text):
        return "cut at a comma"  # "… because of the ‘impact,’." — the sentence goes on
    if text[:1].islower():
        return "starts lowercase"
    word = leading_word_problem(text) or points_back(text)
    if word:
        return f"starts with {word!r}"
    pron = unresolved_pronoun(text)
    if pron:
        return f"unresolved pronoun {pron!r}"
    return None


def strip_edges(text: str) -> str:
    """Trim spaces, commas, dashes and final full stops from both ends of a fragment."""
    text = text.strip(_EDGE_PUNCT)
    while text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        text = text[:-1].rstrip(_EDGE_PUNCT)
    return text


def unwrap_quote(text: str) -> str:
    """A fragment without the quotation marks that wrap all of it (and nothing else)."""
    t = text.strip()
    if t.startswith(("''", "``")) and t.endswith("''") and len(t) > 4:
        t = '"' + t[2:-2] + '"'  # the '' quotation marks of some archives
    elif t.startswith(("''", "``")) and t.rstrip(",.").endswith("''"):
        t = '"' + t.rstrip(",.")[2:-2] + '"'
    if len(t) > 2 and t[0] in '"“' and t[-1] in '"”' and quotes_balanced(t[1:-1]):
        inner = t[1:-1]
        if '"' not in inner and "“" not in inner:
            return inner.strip()
    return t


def strip_that(text: str) -> str:
    """A clause without a leading complementiser "that"."""
    return re.sub(r"^that\s+", "", text, flags=re.IGNORECASE)


def drop_it_comes_as(sentence: str) -> str:
    """A sentence without a linking opener such as "It comes as" (capitalised again)."""
    rest = _IT_COMES_AS.sub("", sentence, count=1)
    return capitalize(rest) if rest != sentence else sentence


def capitalize(text: str) -> str:
    """The text with its first letter in upper case."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def as_sentence(text: str) -> str:
    """A fragment made into a sentence: first letter capitalised, one final full stop."""
    text = capitalize(strip_edges(text))
    if text.endswith(("”", '"')) and len(text) > 1 and text[-2] in ".!?":
        return text
    return text if text.endswith(("?", "!", ".")) else text + "."


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@functools.cache
def given_genders() -> dict[str, str]:
    """Given names (lower case) and the gender news copy uses for them ("tom": "m")."""
    rows = (ln.split("\t") for ln in lexicon.shared_lines("given_names.tsv"))
    return {r[0].lower(): r[-1].strip() for r in rows if len(r) > 1}


def gender_of(name: str) -> str | None:
    """The gender news copy gives a name's first word ("Tom Reed": m), or None if unknown."""
    first = name.split()[:1]
    return given_genders().get(first[0].lower()) if first else None


# the head of a source's mention, before a principal it speaks for ("spokesman for the mayor")
_PRINCIPAL = re.compile(r"\s+(?:for|of|to|at|with)\s+(?=\S)")
# role nouns that tell a gender ("spokesman", "chairwoman", "his wife")
_MALE_ROLES = frozenset(
    "spokesman chairman congressman businessman councilman policeman fireman fisherman salesman"
    " assemblyman alderman anchorman cameraman foreman gunman ombudsman patrolman serviceman"
    " sportsman statesman tradesman watchman craftsman clergyman doorman crewman ferryman"
    " seaman airman coastguardsman lineman frontman newsman selectman father husband son"
    " brother king prince duke widower grandfather uncle nephew boy mr sir".split()
)
_FEMALE_ROLES = frozenset(
    "mother wife daughter sister queen princess duchess widow grandmother aunt niece girl"
    " lady actress waitress mrs ms miss dame".split()
)


def role_gender(words: str) -> str | None:
    """The gender a mention's role nouns give ("spokeswoman": f, "spokesman": m), or None."""
    found = set()
    for tok in tokens(words):
        low = tok.lower().rstrip(".")
        if low.endswith("woman") or low in _FEMALE_ROLES:
            found.add("f")
        elif low in _MALE_ROLES:
            found.add("m")
    return found.pop() if len(found) == 1 else None


def source_head(source: str) -> str:
    """A source's mention without the principal it speaks for ("spokesman for the mayor" ->
    "spokesman"; "Anna Berg" stays)."""
    return _PRINCIPAL.split(source, maxsplit=1)[0]


def principal_of(source: str) -> str | None:
    """The person a source speaks for or belongs to, as its mention names them ("spokesman for
    the mayor" -> "the mayor", "lawyer for Ana Roy" -> "Ana Roy"), or None when the words after
    "for", "of", "to" name no person (no role word, title or given name: "the ministry")."""
    parts = _PRINCIPAL.split(source, maxsplit=1)
    if len(parts) < 2:
        return None
    words = [t.lower().rstrip(".") for t in tokens(parts[1])]
    roles = lexicon.words("role_words") | lexicon.shared_words("titles") | _MALE_ROLES
    person = any(w in roles or w in _FEMALE_ROLES or w in given_genders() for w in words)
    return parts[1].strip() if person else None


def source_gender(source: str) -> str | None:
    """The gender of the one who speaks, from a given name or a role noun of the mention's head
    ("Tom Reed": m; "spokeswoman for the mayor": f), or None if unknown."""
    head = source_head(source)
    return gender_of(head) or role_gender(head)


def pronoun_fits(pronoun: str, source_kind: str | None, source: str) -> bool:
    """Whether a pronoun can refer to a source of this kind."""
    want = _SUBJECT_PRONOUNS.get(pronoun.lower()) or _POSSESSIVES.get(pronoun.lower())
    if want == "person":
        if source_gender(source) not in (None, PRONOUN_GENDER.get(pronoun.lower())):
            return False  # "Tom Reed said she should resign": "she" is someone else
        if principal_of(source):
            return False  # "A spokesman for the mayor said he …": he may well be the mayor
        return source_kind in PERSON_KINDS and " and " not in source
    if want == "thing":
        return source_kind in THING_KINDS
    return False


def replace_leading_pronoun(content: str, source: str, source_kind: str | None) -> str:
    """A content whose opening pronoun ("it", "he", "its") is replaced by the source's name."""
    m = re.match(r"(\w+)\b", content)
    if not m or not source:
        return content
    word = m.group(1)
    if content[m.end() : m.end() + 1] in ("’", "'"):
        return content  # "he’s satisfied": "Sullivan’s satisfied" would read as a possessive
    principal = _principal_meant(word, source)
    if principal:  # "A spokesman for the mayor said she would …": "she" is the mayor
        return display_name(principal) + content[m.end() :]
    if word.lower() in ("his", "her") or not pronoun_fits(word, source_kind, source):
        return content  # "she confirmed that his envoy...": a possessive may be someone else's
    if word.lower() == "it" and _EVENT_IT.match(content, m.end()):
        return content  # "denied it happened": "it" is what happened, never the source
    if word.lower() in _POSSESSIVES and re.search(r"[’']s\b", source):
        return content  # "its troops" of "Ukraine’s foreign ministry": whose troops is unclear
    name = display_name(source)
    if word.lower() in _POSSESSIVES:
        name = name + ("’" if name.endswith("s") else "’s")
    return name + content[m.end() :]


def _principal_meant(pronoun: str, source: str) -> str | None:
    """The principal a subject pronoun must stand for when the speaker's own gender rules the
    speaker out and the principal's does not ("A spokesman for the mayor said she …": the
    mayor), else None. One principal only, a single person ("the mayor", not "the mayors")."""
    gender = PRONOUN_GENDER.get(pronoun.lower())
    if pronoun.lower() not in ("he", "she") or not gender:
        return None
    principal = principal_of(source)
    head = source_gender(source)
    if not principal or head in (None, gender) or _PRINCIPAL.search(principal):
        return None
    if " and " in principal or principal.split()[-1].lower().endswith("s"):
        return None  # "the mayor and her deputy", "the ministers": not one person
    named = gender_of(principal.split()[-2] if len(principal.split()) > 1 else principal)
    if (named or role_gender(principal)) not in (None, gender):
        return None
    return principal


# "it happened", "it was true", "it was the case", "it is wrong to …": an "it" that stands for
# an event, a claim or what follows, not for the source that speaks of it
_EVENT_IT = re.compile(
    r"\s+(?:(?:had|has|have|ever|never|really|actually|would|could|might|will)\s+){0,2}"
    r"(?:happened|happens|happen|occurred|occurs|occur|took\s+place|takes\s+place|existed"
    r"|exists|(?:was|is|had\s+been|has\s+been|be|been)\s+(?:(?:ever|not|also|simply)\s+)?"
    r"(?:true|untrue|false|so|the\s+case|possible|likely|unlikely|clear|necessary|wrong|right"
    r"|fair|unfair|time|too\s+early|too\s+late)\b)",
    re.IGNORECASE,
)


def display_name(source: str) -> str:
    """A source's name as a sentence shows it, with "the" before institutions ("the Royal Navy",
    "the Kremlin") but not before countries, people or agencies' own names ("Russia", "Reuters")."""
    name = source.strip()
    if norm(name).startswith("the "):
        return "the " + name[4:]
    toks = tokens(name)
    first = name.split()[0] if name.split() else ""
    if name.lower() in _COMMON_GROUPS:
        return "the " + name.lower()  # "Police said …" at a sentence's start: "the police"
    if toks and toks[-1].lower() in lexicon.words("the_heads"):
        if _name_after_capital_role(name.split()):
            return name  # "Atlantic City Mayor Don Guardian": a person, not "the … Guardian"
        if not any(w.endswith(("'s", "’s")) for w in name.split()):
            return "the " + _ordinary_first(name)  # not "the Anna Berg’s office"
    if first in _QUANTIFIERS:
        return name  # "some party leaders", "several aides": no "the" before a quantity
    if first[:1].islower() and first.isalpha() and first not in NAME_PARTICLES:
        return "the " + name  # "the port authority of Valmora", not "port authority of …"
    if _COMMON_POSSESSOR.match(name):
        return "the " + name  # "the mayor’s office": a common noun's, not "Anna Berg’s office"
    return name


def _ordinary_first(name: str) -> str:
    """A source's name with its first word lower-cased when that word is an ordinary one
    capitalised only as a sentence's first (``gen_common_openers.txt``) and a lower-case word
    follows: "Figures from the council" -> "figures from the council", so that "the" before it
    never reads "the Figures …"."""
    words = name.split(" ", 2)
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[1][:1].islower()
        and words[0].lower() in lexicon.words("common_openers")
    ):
        return words[0].lower() + name[len(words[0]) :]
    return name


# Words of quantity or possession a source's name may open with: never after "the"
_QUANTIFIERS = frozenset(
    {"some", "several", "many", "most", "few", "both", "all", "two", "three", "four", "five"}
    | {"numerous", "various", "other", "others", "a", "an", "his", "her", "its", "their", "our"}
    | {"dozens", "hundreds", "thousands", "scores", "each", "every", "any", "no", "more"}
)


# A name opening on a common noun's possessive: "mayor's office", "harbourmaster’s staff"
_COMMON_POSSESSOR = re.compile(r"[a-z][a-z-]*[’'](?:s\b|(?=\s))")


# Common nouns for a body, capitalised only by a sentence's start ("Police said …").
_COMMON_GROUPS = frozenset(
    {"police", "army", "military", "government", "coastguard", "firefighters"}
)


_DEPARTMENTS = (
    "State",
    "Defense",
    "Defence",
    "Treasury",
    "Homeland Security",
    "Justice",
    "Commerce",
    "Energy",
    "Interior",
    "Labor",
    "Agriculture",
    "Education",
    "Health",
    "Health and Human Services",
    "Transportation",
    "Veterans Affairs",
    "Housing and Urban Development",
    "Foreign Affairs",
    "Home Affairs",
    "Finance",
    "War",
)
# Lower-case particles inside a person's name ("Bill de Blasio", "Ursula von der Leyen")
NAME_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "la", "le", "van", "von"}
)
_JOINING = frozenset({"of", "on", "for", "the", "and", "at", "in", "to"})
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^(?:Jr|Sr)\.?,?$|^I{1,3}V?$")


def _name_part(tok: str, nxt: str | None) -> bool:
    """Whether a word may be part of a person's or organisation's own name (capitalised and not a
    title or role word; a particle such as "el" or "van" before a capitalised word)."""
    if tok.lower() in NAME_PARTICLES and nxt is not None and nxt[:1].isupper():
        return True
    if _INITIAL.match(tok):
        return True
    low = tok.lower().rstrip(".,")
    if not tok[:1].isupper() or low in _titles():
        return False
    return True


def _titles() -> frozenset[str]:
    return lexicon.words("role_words") | lexicon.shared_words("titles")


def _department_len(words: list[str]) -> int:
    """How many words of ``words`` name a government department ("Homeland Security"), or 0."""
    for dept in sorted(_DEPARTMENTS, key=len, reverse=True):
        parts = dept.split()
        if words[: len(parts)] == parts:
            return len(parts)
    return 0


def option_name(source: str) -> str:
    """A source's name as shown as an option, first letter capitalised, without a title or
    descriptor written before a name of two words or more ("news site RTL Info" -> "RTL Info",
    "Secretary of State Ann B. Reed" -> "Ann B. Reed", "Homeland Security Secretary Tom
    Hale" -> "Tom Hale"). Names joined by "of" stay whole ("Bank of England"); a title's
    "of" complement is cut only where it is a known department ("Mayor of London Sadiq Khan"
    stays as written)."""
    return _drop_final_stop(_option_name(source))


_LOWER_THEN_INSTITUTION = re.compile(
    r"(?:[a-z][\w-]*\s+)+([A-Z][\w’'-]*(?:\s+(?:of|for|and|on|the)\s+[A-Z][\w’'-]*"
    r"|\s+[A-Z][\w’'-]*)*\s+(?:for|of|and|on)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


_PLACE_DESCRIPTORS = frozenset({"neighbouring", "neighboring", "nearby", "fellow"})


# Sentence connectives the analysis can read as the first word of a name ("Meanwhile Ann said"
# -> "Meanwhile Ann"): never part of a name before another capitalised word.
CONNECTIVES = frozenset(
    "meanwhile even then however still instead also later earlier now yet indeed moreover"
    " furthermore similarly likewise separately finally afterward afterwards thus hence".split()
)


def drop_connective(name: str) -> str:
    """A name without a sentence connective read into it ("Meanwhile Lia" -> "Lia", "Even Tom
    Hale" -> "Tom Hale")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in CONNECTIVES and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


# "Brennick-based", "New York-based": where a firm or person is from, not part of its name
_BASED = re.compile(r"[A-Z][\w’'.]*[-–](?:based|born)", re.UNICODE)


def descriptor_len(words: list[str]) -> int:
    """How many first words of a name describe it rather than name it, or 0: a place with
    "-based" ("Brennick-based Vitarro Nutrition", "New York-based Acme Corp") or a common noun
    capitalised only by the sentence's start ("Retailer Kidmart", "Visitor Ola Brekke"), each
    before a capitalised name that is left whole ("Fair Rail", "Bank of Lisden")."""
    for i, w in enumerate(words[:3]):
        if not w[:1].isupper():
            break
        if _BASED.fullmatch(w):
            rest = words[i + 1 :]
            return i + 1 if rest and rest[0][:1].isupper() else 0
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _descriptor_nouns()
        and words[1][:1].isupper()
        and words[1].lower() not in _JOINING
    ):
        return 1
    return 0


@functools.cache
def _descriptor_nouns() -> dict[str, str]:
    """Nouns that may open a name only by opening the sentence, with the kind each describes."""
    return {row[0].lower(): row[1] for row in lexicon.table("descriptor_nouns")}


# nouns ending a lower-case description of a body ("passengers' group", "rail operator")
_BODY_NOUNS = frozenset(
    {"group", "operator", "club", "company", "firm", "union", "association", "maker", "chain"}
    | {"carrier", "network", "campaign", "coalition", "alliance", "charity", "organisation"}
    | {"organization", "body", "agency", "outlet", "site", "paper", "newspaper", "station"}
)


def description_kind(words: list[str]) -> str | None:
    """The kind of source a description before a name says it is ("Grocer Quellmart": an
    organisation; "Museum critic Tova Rusk": a person), or None (no description, or a place's
    "-based" or a noun of no known kind)."""
    cut = description_len(words)
    if not cut:
        return None
    head = words[cut - 1].lower()
    if _BASED.fullmatch(words[cut - 1]):
        return None
    if head in _descriptor_nouns():
        return _descriptor_nouns()[head]
    if head in _BODY_NOUNS or bool(_ORG_DESCRIPTOR.fullmatch(head)):
        return "organisation"
    if head in _titles() or _OCCUPATION.fullmatch(head):
        return "person"
    return None


def description_len(words: list[str]) -> int:
    """How many first words of a name describe it rather than name it, or 0: those of
    :func:`descriptor_len`, or a capitalised word and lower-case nouns before a capitalised name
    that :func:`option_name` shows alone ("Culture critic Siri Lunde", "Passengers' group Fair
    Rail"); "Bank of Lisden" and "Doctors without Borders" stay whole."""
    if cut := descriptor_len(words):
        return cut
    if len(words) < 3 or not words[0][:1].isupper():
        return 0
    k = 1
    while k < len(words) and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", words[k]):
        if words[k] in _JOINING or words[k] in NAME_PARTICLES:
            return 0
        k += 1
    rest = words[k:]
    if k == 1 or not rest or not all(w[:1].isupper() for w in rest):
        return 0
    return k if option_name(" ".join(words)) == capitalize(" ".join(rest)) else 0


def drop_based(name: str) -> str:
    """A name without a "<Place>-based" word before it ("Brennick-based Vitarro Foods" ->
    "Vitarro Foods"): where the firm sits, not its name."""
    words = name.split()
    if len(words) > 1 and _BASED.fullmatch(words[0]) and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


def _option_name(source: str) -> str:
    name = drop_connective(" ".join(source.split()))  # "-based" words: descriptor_len below
    words = name.split()
    if cut := descriptor_len(words):
        return _option_name(" ".join(words[cut:]))  # "Retailer Kidmart" -> "Kidmart"
    if named := _name_after_capital_role(words):
        return capitalize(" ".join(named))  # "Lakeview County Public Advocate Tara Nwosu"
    if (
        len(words) > 3
        and words[0].lower() in ("the", "a")
        and words[1].lower() == "former"
        and all(w[:1].isupper() or w in ("of", "and") for w in words[2:])
    ):  # "The former Secretary of State Ann Reed" -> "Ann Reed"; not "the former aide to …"
        bare = " ".join(words[2:])
        shorter = _option_name(bare)
        if shorter != capitalize(bare):
            return shorter
    if described_name(words):
        return capitalize(" ".join(words[1:]))
    if len(words) > 1 and words[0].lower() in _PLACE_DESCRIPTORS and words[1][:1].isupper():
        return _option_name(" ".join(words[1:]))  # "Neighbouring Estarra said …" -> "Estarra"
    if not words or words[0].lower() in ("the", "a", "an"):
        named = _described_after_article(words)
        return capitalize(" ".join(named or words))
    institution = _LOWER_THEN_INSTITUTION.fullmatch(name)
    head = institution.group(1).split()[0].lower() if institution else ""
    if (
        institution and head not in _titles() and head not in lexicon.words("role_words")
    ):  # "progressive Center for Harbour and Ferry Research": not "Ferry Research"
        return capitalize(institution.group(1))
    start = len(words)
    while start > 0 and _name_part(words[start - 1], words[start] if start < len(words) else None):
        start -= 1
    if 0 < start < len(words) and words[start - 1].lower() in ("of", "for"):
        cut = _department_len(words[start:])  # "Secretary of State Ann B. Reed"
        if not cut:
            return capitalize(
                name
            )  # "Mayor of London Sadiq Khan": where the name starts is unclear
        start += cut
    elif start == 0:
        cut = _department_len(words)  # "State Ann B. Reed": a title cut in two
        start = cut if cut and len(words) - cut >= 2 else 0
        return capitalize(" ".join(words[start:]))
    prefix, rest = words[:start], words[start:]
    said = " ".join(prefix)
    if len(rest) == 1 and _ORG_DESCRIPTOR.fullmatch(said[:1].lower() + said[1:]):
        return capitalize(rest[0])  # "electricity company Tessenergy" -> "Tessenergy"
    if len(rest) < 2:
        return capitalize(name)  # "President Obama": a one-word name keeps its title
    titled = any(w.lower().strip(".,") in _titles() for w in prefix)
    described = any(w.islower() and w not in _JOINING for w in prefix)
    return capitalize(" ".join(rest)) if titled or described else capitalize(name)


# A lower-case description of a firm before its one-word name ("electricity company", "the
# shipping firm"): not part of the name; a title before a one-word name ("President") stays
_ORG_DESCRIPTOR = re.compile(
    r"(?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}(?:company|firm|operator|carrier|airline|insurer|lender"
    r"|retailer|maker|manufacturer|developer|utility|supplier|provider|broadcaster|publisher"
    r"|group|conglomerate|giant|chain|startup)"
)


# Capitalised words for a person's office or side that the title lexicons do not list, written
# before a name in a run of capitals ("County Ombudsman Tara Nwosu", "Ranking Democrat Ann Lee")
_CAPITAL_ROLES = frozenset(
    {"advocate", "ombudsman", "democrat", "republican", "mayor", "host", "anchor", "columnist"}
    | {"comptroller", "treasurer", "auditor", "sheriff", "attorney", "clerk", "councilman"}
    | {"councilwoman", "assemblyman", "assemblywoman", "justice", "superintendent"}
)


def _name_after_capital_role(words: list[str]) -> list[str] | None:
    """The person's name of two or three words after a role in a run of capitalised words, an
    article at most before it ("Lakeview County Public Advocate Tara Nwosu" -> "Tara Nwosu",
    "The Port Ellis Mayor Tom Hale" -> "Tom Hale"); None when no role stands right before such a
    name, or the words after it name an institution ("Harbour Republican Party")."""
    body = words[1:] if words[:1] and words[0].lower() in ("the", "a") else words
    if len(body) < 3 or not all(w[:1].isupper() or w in _JOINING for w in body):
        return None
    roles = _titles() | _CAPITAL_ROLES
    for size in (2, 3):
        at = len(body) - size - 1
        if at < 0 or body[at].lower().strip(".,") not in roles:
            continue
        rest = body[at + 1 :]
        if not all(w[:1].isupper() for w in rest):
            continue
        if any(w.lower().strip(".,") in roles | _JOINING for w in rest):
            continue
        last = tokens(rest[-1])[-1:] if tokens(rest[-1]) else []
        heads = lexicon.words("the_heads") | _INSTITUTION_HEADS
        if not last or (
            last[0].lower() in heads
            and rest[0].lower() not in given_names()
            and not _surname_head(rest, heads)
        ):
            continue  # "Port Ellis Ferry Company"; not "Mayor Don Guardian"
        return rest
    return None


# Heads of institutions' names that are also surnames ("Don Guardian", "Ann House"): after a
# person's title, two capitalised words ending on one name a person
_SURNAME_HEADS = frozenset({"guardian", "house", "post", "guard"})


def _surname_head(rest: list[str], heads: frozenset[str]) -> bool:
    """Whether the two words after a title are a person's name that ends on a word also heading
    institutions' names ("Mayor Don Guardian"), not an institution ("Mayor Tom Post Office")."""
    return (
        len(rest) == 2
        and rest[1].lower() in _SURNAME_HEADS
        and rest[0].isalpha()
        and rest[0].lower() not in heads | _INSTITUTION_HEADS | _places_lower()
    )


@functools.cache
def _places_lower() -> frozenset[str]:
    return frozenset(p.lower() for p in PLACES)


def _described_after_article(words: list[str]) -> list[str] | None:
    """The person's name of "the evangelist Tom Alder", "the pollster Jane Doe": plain lower-case
    descriptors between the article and a capitalised name of two words or more that opens on a
    listed given name or follows a noun for a person ("the evangelist", "the nephew"); an
    organisation, "the nonpartisan Harbour Policy Center", stays whole."""
    i = 1
    while i < len(words) and words[i][:1].islower():
        i += 1
    desc, rest = words[1:i], words[i:]
    if not desc or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return None
    if not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in desc):
        return None
    person = (_PERSON_NOUN.fullmatch(desc[-1]) and desc[-1] not in _NOT_PERSON_NOUNS) or desc[
        -1
    ] in lexicon.words("role_words")
    if rest[0].lower().strip(".,") not in given_names() and not person:
        return None
    return rest


_PERSON_NOUN = re.compile(r"[a-z]+(?:ist|er|or|ian|ee|ew)")  # "evangelist", "nephew", "writer"
_NOT_PERSON_NOUNS = frozenset({"former", "other", "latter", "upper", "outer", "inner", "under"})


def described_name(words: list[str]) -> bool:
    """Whether a name of three words or more opens with a capitalised descriptor before a listed
    given name ("Rival Jane Doe", "Harbour-based Tom Alder", "Gazette's Anna Berg", "Pollster Tom
    Alder"): the descriptor is not part of the name. A first word that is a given name itself, a
    title ("Mayor Tom Alder", kept), a role ("Top Tom Alder adviser") or a name ending on an
    institution word ("Ostra Tom Alder Institute") is left alone."""
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    first = words[0].lower().strip(".,")
    given = given_names()
    if first in given or first in _titles() or first in ("the", "a", "an"):
        return False
    if _owner_then_person(words):
        return True  # "CNBC's Nell Swift": the outlet's, whether or not "Nell" is listed
    occupation = len(words) == 3 and bool(_OCCUPATION.fullmatch(words[0].lower()))
    if not all(w[:1].isupper() for w in words[1:]):
        return False  # "Top Jane Doe adviser" is a role, not a described name
    if words[1].lower() not in given and not occupation:
        return False
    last = tokens(words[-1])
    heads = lexicon.words("the_heads") | _INSTITUTION_HEADS
    return bool(last) and last[-1].lower() not in heads


# plural nouns whose possessive opens an institution's name ("Women's Health Network")
_COMMON_OWNERS = frozenset({"women", "men", "children", "people", "veterans", "workers"})
_INITIAL = re.compile(r"[A-Z]\.")


def _owner_then_person(words: list[str]) -> bool:
    """Whether a name is a capitalised owner's possessive before a person's name of two words,
    or three with an initial between ("CNBC's Nell Swift", "Gazette's Tova H. Quick"): plain
    capitalised words, none a title, role, month, -ing form or institution's word ("Moody's
    Investors Service", "Dick's Sporting Goods" and "Women's Health Network" stay whole)."""
    if len(words) not in (3, 4) or not POSSESSIVE_END.search(words[0]):
        return False
    owner = POSSESSIVE_END.sub("", words[0])
    if not owner[:1].isupper() or owner.lower() in _COMMON_OWNERS:
        return False
    name = words[1:]
    if len(name) == 3 and not _INITIAL.fullmatch(name[1]):
        return False
    heads = lexicon.words("the_heads") | _INSTITUTION_HEADS | _titles() | _CAPITAL_ROLES
    for w in (name[0], name[-1]):
        low = w.lower()
        if not (w.isalpha() and len(w) > 1 and w[0].isupper() and w[1:].islower()):
            return False
        if low in heads or low in SOURCE_KINDS or low in _CALENDAR or low.endswith("ing"):
            return False
        if low in lexicon.shared_words("org_name_words"):
            return False
    return True


POSSESSIVE_END = re.compile(r"(?<=\w)(?:[’']s|s[’'])$")


# A capitalised occupation before a name of two words ("Geologist Tomas Hrin", "Economist Ivo
# Marsh"), whether or not the given name is listed; not a surname such as "Lindqvist".
_OCCUPATION = re.compile(
    r"[a-z]*(?:ologist|onomist|ographer|ician|scientist|analyst|chemist|physicist"
    r"|historian|librarian|engineer|researcher|lawyer|teacher|farmer|nurse|pilot|witness"
    r"|resident|passenger|survivor|student)"
)
OCCUPATION = _OCCUPATION  # for the person tests of questions/generate/sources.py


_INSTITUTION_HEADS = frozenset(
    {"institute", "institution", "foundation", "center", "centre", "university", "school"}
    | {"college", "fund", "group", "project", "society", "association", "trust", "hospital"}
    | {"library", "museum", "prize", "award", "act", "law", "company", "corporation", "party"}
)


@functools.cache
def given_names() -> frozenset[str]:
    """Given names, lower case ("anna", "tom")."""
    return frozenset(given_genders())


def _drop_final_stop(name: str) -> str:
    """A name without a full stop the sentence left on it ("Jim Kim." -> "Jim Kim"), keeping
    the stop of an initial or abbreviation ("John Doe Jr.", "Acme Inc.", "N.Y.")."""
    last = name.split()[-1] if name.split() else ""
    keep = last.lower() in _ABBREVIATED or last.count(".") > 1 or len(last) <= 2
    return name[:-1] if last.endswith(".") and not keep else name


_ABBREVIATED = frozenset({"jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "bros.", "st.", "llc."})


# The outlet's aside on a claim it reports: "…, a claim that could not be verified", "…, a claim
# Reuters was unable to verify", "…, an allegation the ministry denies". Not the source's words.
_OUTLET_ASIDE = re.compile(
    r",\s+(?:a|an)\s+(?:claim|assertion|allegation|accusation|charge|figure|account|version)s?"
    r"\s+(?:(?:that|which)\s+)?(?:[\w’'.-]+\s+){0,5}?"
    r"(?:could|can|cannot|has|have|had|was|were|is|are|did|does|would|remains?"
    r"|denie[sd]|disputed?s?|rejecte?d?s?)\b[^,;:“”\"]*$",
    re.IGNORECASE,
)


def drop_outlet_aside(text: str) -> str:
    """A claim's content without the outlet's appositive aside on it ("…, a claim that could
    not be independently verified")."""
    m = _OUTLET_ASIDE.search(text)
    return text[: m.start()] if m else text


# Another attribution inside a statement: "said", "says" or "according to" anywhere, or a verb of
# saying after the joint of a second clause ("… in May, while engineers at the county office
# warned repairs could take a year", "…; the union insisted …"). Then the statement mixes two
# sources' words. A verb such as "warned" with no joint before it is often what was claimed
# ("said ground crews had warned managers"), so only the joint makes it a second attribution.
_SAYING = (
    r"(?:said|says|say|told|tells|argued|argues|insisted|insists|warned|warns|contended|contends"
    r"|countered|counters|stated|wrote|writes|acknowledged|conceded|concedes|testified|asserted"
    r"|claimed|maintained|maintains|noted|added|predicted|suggested|believes?|thinks?)"
)
_ATTRIBUTING = re.compile(
    r"(?<![\w’'-])(?:said|says|according\s+to)(?![\w’'-])"
    r"|(?:,\s*(?:while|but|and|whereas|although|though|yet|even\s+as|as)\s+|;\s*"
    r"|\s(?:while|whereas)\s+|\s[—–]\s+|\s--\s+)"
    r"(?:[^\s,;:.!?]+\s+){0,9}?(?:has\s+|have\s+|had\s+)?" + _SAYING + r"(?![\w’'-])",
    re.IGNORECASE,
)


def other_attribution(text: str) -> str | None:
    """The attribution a statement holds outside its quotations ("said", "according to", or ",
    while engineers at the county office warned" of "… in May, while engineers at the county
    office warned repairs could take a year"), or None: such a statement is not one source's
    claim but runs on into another attribution, so it is never shown as a claim on its own."""
    bare = QUOTED_RE.sub(" ", text)
    if "‘" in bare:
        bare = re.sub(r"(?<![\w])‘[^’]*’(?![\w])", " ", bare)  # ‘…’ quoted inside a quotation
    m = _ATTRIBUTING.search(bare)
    return m.group(0) if m else None


def content_clause(content: str, source: str | None, source_kind: str | None) -> str:
    """A claim's content without wrapping quotes, "that", edge punctuation or opening pronoun.

    The opening pronoun is the source's only outside a quotation: inside one ("“He has worked
    these waters for 30 years,” said Carl Moody") a "he", "she" or "it" is someone the speaker
    speaks of, never the speaker, so it is kept (and the statement, with its pronoun unresolved,
    is not asked)."""
    edged = strip_edges(content)
    text = strip_that(strip_edges(drop_outlet_aside(unwrap_quote(edged))))
    if source and not opens_in_quotation(edged):
        text = replace_leading_pronoun(text, source, source_kind)
    return text


_OPENING_MARKS = ("“", '"', "‘", "''", "``")


def opens_in_quotation(content: str) -> bool:
    """Whether a claim's content opens inside quotation marks (its first word is the speaker's
    own, as spoken)."""
    return content.lstrip().startswith(_OPENING_MARKS)


def statement_from_content(content: str, source: str | None, source_kind: str | None) -> str:
    """A claim's content rewritten as a plain sentence, without the attribution."""
    statement = as_sentence(content_clause(content, source, source_kind))
    statement = re.sub(r"''(.+?)''", r"“\1”", statement).replace("”.”", ".”")
    return re.sub(r"([.!?])([’”'\"])\.$", r"\1\2", statement)  # "… needs.’." -> "… needs.’"


_COORDINATORS = frozenset({"and", "or", "but", "nor"})
_PREPOSITIONS = frozenset(
    {"of", "for", "with", "by", "to", "from", "in", "on", "at", "about", "into", "among"}
)
_BY_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)


# a determiner, a singular noun (perhaps after an adjective), then a verb in -s and its object
_PRESENT_AFTER_SUBJECT = re.compile(
    r"[“\"‘']?(?:The|the|This|this|That|that|His|his|Her|her|Its|its|Our|our|Their|their|My|my)\s+"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?<![su])\s+[a-z]+(?<![su])s\s+(?:the|a|an|to|that|"
    r"every\w*|no\w*|some\w*|any\w*|more|less|him|her|them|us|it|its|their|his|our)\b"
)


def is_clause(text: str) -> bool:
    """Whether a fragment's main part (before any comma, dash or relative pronoun) has a finite
    verb: an auxiliary or listed verb, or a word in -ed that is not a participle set off by a
    comma, part of a hyphenated word or led by a determiner ("the captured villages")."""
    finite = lexicon.words("finite_verbs")
    text = _MAIN_PART.split(text, maxsplit=1)[0]
    if _PRESENT_AFTER_SUBJECT.match(text):
        return True  # "The budget asks everyone …", "This plan costs …": a verb in the present
    for m in _VERBISH.finditer(text):
        low = m.group(0).lower()
        before = text[max(0, m.start() - 2) : m.start()]
        prev = (text[: m.start()].split()[-1:] or [""])[0].lower()
        if low in finite:
            return prev not in _COORDINATORS
        if low.endswith("ed") and len(low) > 4 and "," not in before and "-" not in before:
            if _BY_AGENT.match(text, m.end()):
                continue  # "one captured by a camera": a participle, not a finite verb
            if prev in _COORDINATORS:
                return False  # "a veto and attempted to…": the verb has lost its subject
            if prev not in lexicon.words("determiners") and prev not in _PREPOSITIONS:
                return True  # "of undocumented parents": an adjective, not the verb
    return False


def opens_clause(text: str) -> bool:
    """Whether a clause opens like a sentence: a capital, a digit, a quote or a determiner."""
    t = text.lstrip()
    if not t:
        return False
    if t[0].isupper() or t[0].isdigit() or t[0] in "“\"‘'":
        return True
    first = t.split()[0].lower().strip(",;:")
    return first in lexicon.words("clause_openers")


def shorten(text: str, limit: int = 160) -> str:
    """A text cut at a word boundary to about ``limit`` characters, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
    | {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
    | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundreds"}
    | {"dozens", "thousands", "millions"}
)


def lower_positional(clause: str, text: str) -> str:
    """A clause whose first word is lower-cased if its capital only marked a sentence start: the
    word is never written capitalised mid-sentence in ``text`` and is written in lower case
    somewhere ("The" -> "the"), so that a name ("Russia’s forces") keeps its capital."""
    counted = re.match(r"\d[\d,.]*\s+(?=[A-Z][a-z]+\s+[a-z])", clause)  # "312 Homes were"
    if counted:
        return counted.group(0) + lower_positional(clause[counted.end() :], text)
    m = re.match(r"([A-Z][a-z]*)\b", clause)  # "A fuel depot", "The mayor", "Russia"
    if not m:
        return clause
    word = m.group(1)
    if clause[m.end() : m.end() + 1] == ".":
        return clause  # "Mr. Berg", "Dr. Lind": a title, never lower-cased
    after = clause[m.end() :].split()[:1]
    small = lexicon.words("stopwords") | lexicon.words("determiners")
    if word.lower() in small and after and not after[0][:1].isupper():
        return word.lower() + clause[m.end() :]  # "The economics professor": "the"
    if word in ("The", "A", "An") and after and after[0][:1].isupper():
        # "The Clinton approach", "A Senate aide": "the", "a", unless the story writes the two
        # capitalised inside a sentence too ("said The Hague court", "in The Washington Post")
        name = re.escape(re.sub(r"(?:[’']s)?[,;:.]*$", "", after[0]))
        if name and not _capitalised_mid_sentence(rf"{word}\s+{name}", text):
            return word.lower() + clause[m.end() :]
    if word.lower() in _NUMBER_WORDS and not (after and after[0][:1].isupper()):
        return word.lower() + clause[m.end() :]  # "Twenty-three of the 53": never a name
    if _stray_capital(word, after, text):
        return word.lower() + clause[m.end() :]  # "said that Service on both lines would …"
    if _capitalised_mid_sentence(word, text) and not _only_inside_names(word, after, text):
        return clause
    if not _written_lower(word.lower(), text) and not _ordinary_opener(word, after, text):
        return clause
    return word.lower() + clause[m.end() :]


# endings of common nouns that are seldom a one-word name ("Service", "Construction")
_COMMON_NOUN_ENDS = (
    "ice", "ion", "ions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence",
    "ences", "ure", "ures", "ship", "ism", "ings", "ers", "ies",
)  # fmt: skip


# bodies a story may capitalise as names of their own ("said that Parliament would vote")
_INSTITUTIONS = frozenset(
    "parliament government commission union convention federation nation administration"
    " presidency opposition coalition constitution legislature assembly".split()
)


def _stray_capital(word: str, after: list[str], text: str) -> bool:
    """Whether a clause's capitalised first word is a stray capital of reported speech ("said
    that Service on both lines would resume"): written capitalised inside a sentence only
    right after "that", nowhere else capitalised in the text, with the ending of a common noun
    (``_COMMON_NOUN_ENDS``), a lower-case word after it (not "that Vessa Logistics would"),
    and no given name, place, title, month or weekday."""
    low = word.lower()
    if not after or not after[0][:1].islower() or not word.isalpha() or len(word) < 4:
        return False
    if not word[1:].islower() or not low.endswith(_COMMON_NOUN_ENDS) or low in _INSTITUTIONS:
        return False
    if low in given_genders() or low in PLACES or low in TITLES:
        return False
    if word in MONTHS or word in WEEKDAYS or low in MONTHS or low in WEEKDAYS:
        return False
    spots = [m.start() for m in re.finditer(rf"(?<![\w’'-]){word}\b", text)]
    if not spots:
        return False
    return all(re.search(r"\bthat[^\S\n]+$", text[max(0, at - 8) : at]) for at in spots)


def _ordinary_opener(word: str, after: list[str], text: str) -> bool:
    """Whether a capitalised first word the story never writes in lower case is still an
    ordinary word ("Heavy rain", "Trams carried"): it is a listed common opener, or the plural
    of a word the story writes in lower case ("Trams" beside "a tram"); a lower-case word
    follows (not "Heavy Industries"), and the story never writes it capitalised inside a
    sentence ("Tom Strong") nor is it a given name, a place, a title or a month."""
    low = word.lower()
    if not after or not after[0][:1].islower() or not word.isalpha():
        return False
    if low in given_genders() or low in PLACES or low in TITLES or word in _inner_capitals(text):
        return False
    if low in lexicon.words("common_openers"):
        return True
    stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else ""
    return len(stem) > 2 and any(_written_lower(w, text) for w in {stem, low[:-1]})


def _only_inside_names(word: str, after: list[str], text: str) -> bool:
    """Whether a clause's capitalised first word, an ordinary word the story also writes in
    lower case, is written capitalised mid-sentence only inside longer names ("Service" of "the
    National Weather Service", "Teachers" of "Federation of Teachers"), so that "that Service on
    line B …" is still a sentence's first word; a lower-case word follows it in the clause, and
    it is no given name, place or title."""
    low = word.lower()
    if not after or not after[0][:1].islower() or not word.isalpha():
        return False
    if low in given_genders() or low in PLACES or low in TITLES:
        return False
    if re.search(rf"(?<![\w’'-]){low}\b", text) is None:
        return False  # never written in lower case: a name
    for m in re.finditer(rf"[a-z,;][^\S\n]+{word}\b", text):  # after a colon: a clause's first
        inside = re.search(
            r"[A-Z][\w.&’'-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)*$",
            text[: m.end() - len(word)],
        )
        if not inside and not re.match(r"[^\S\n]+[A-Z]", text[m.end() :]):
            return False  # "said Teachers …" alone: maybe a name
    return True


@functools.lru_cache(maxsize=1024)
def _capitalised_mid_sentence(word: str, text: str) -> bool:
    return re.search(rf"[a-z,;:][^\S\n]+{word}\b", text) is not None  # not after a headline


@functools.lru_cache(maxsize=1024)
def _written_lower(low: str, text: str) -> bool:
    return low in lexicon.words("stopwords") or re.search(rf"(?<![\w’']){low}\b", text) is not None


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+\b")
_OPENS = " \t\n“‘\"'(["  # what may stand between a sentence's end and its first word


@functools.lru_cache(maxsize=8)
def _inner_capitals(text: str) -> frozenset[str]:
    """The capitalised words the text writes inside a sentence, after a word or a comma ("Tom
    Strong", "said Hale"), not only as a sentence's or a quotation's first word: names. Read in
    one pass over the text, once per text."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        gap = text[max(0, m.start() - 6) : m.start()]
        before = gap.rstrip(_OPENS)
        if before and before[-1] not in ".!?:;—–-" and "\n" not in gap[len(before) :]:
            out.add(m.group())  # not after a line's end: a headline has no full stop
    return frozenset(out)


_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)\W*$")
_SIDE_OPENER = re.compile(r"(?:now\s+that|so\s+that|even\s+if|even\s+though)\b", re.IGNORECASE)


def trailing_fragment(content: str) -> bool:
    """Whether a quotation trails off ("…") or is a side clause with no main clause ("Now that
    the vote is over,", "If they win"): a fragment, not a claim."""
    inner = content.strip().strip("“”\"'‘’ ,")
    if _TRAILS_OFF.search(inner):
        return True
    side = _SIDE_OPENER.match(inner) or lexicon.phrase_regex("subordinators").match(inner)
    return bool(side) and "," not in inner


# a quotation that leans on the sentence before it: it opens on a word that ties it to what came
# earlier ("And I did it better", "But that was then", "Still, …"), not "So far", "So many"
_LEANS_ON = re.compile(
    r"(?:and|but|or|nor|yet|plus|also|still|however|instead|meanwhile|thus|which|that\s+said"
    r"|even\s+so|after\s+all|so(?!\s+(?:far|many|much|few|long|called|little)\b))\b(?![’'-])",
    re.IGNORECASE,
)
# a verb doubled after a contracted "is" ("what’s happens"): a slip of speech or of typing
_DOUBLED_VERB = re.compile(
    r"\b(?:what|who|that|it|there|he|she)[’']s\s+"
    r"(?:happens|goes|comes|means|seems|gets|makes|says|does|has|is|was)\b",
    re.IGNORECASE,
)
# a lead-in that only announces what comes next ("I'll tell you what fair is", "Here's the thing")
_ANNOUNCES = re.compile(
    r"(?:I['’]ll\s+tell\s+you|Let\s+me\s+(?:tell|say)|Here['’]s\s+(?:what|the\s+thing))\b[^.;!?]*$",
    re.IGNORECASE,
)
_BARE_PRONOUNS = frozenset({"it", "this", "that"})
# "It's clear that …", "It is not easy to …": an "it" that stands for the clause after it
_EXTRAPOSED = re.compile(
    r"It(?:['’]s|\s+is|\s+was|\s+would\s+be|\s+will\s+be)\s+(?!going\b)(?:[a-z][\w-]*\s+){1,3}?"
    r"(?:that|to)\b"
)


def leans_on_before(quotation: str) -> bool:
    """Whether a quotation is no self-contained statement: it opens on a word that ties it to the
    sentence before ("And I did it better than anyone"), holds a doubled verb ("It's odd what's
    happens") or only announces what comes next ("I'll tell you what fair is"), so it cannot stand
    alone as a prompt or as a claim to point at."""
    inner = quotation.strip().strip("“”\"'‘’ ,.")
    return bool(_LEANS_ON.match(inner) or _DOUBLED_VERB.search(inner) or _ANNOUNCES.match(inner))


def opens_on_bare_pronoun(quotation: str) -> bool:
    """Whether a quotation's subject is a bare "it", "this" or "that" ("It was a mistake", "That
    is why we left"), which points at something said before it; not a determiner ("This budget
    is late")."""
    inner = quotation.strip().strip("“”\"'‘’ ,")
    first = tokens(inner)[:1]
    bare = _CONTRACTED.sub("", first[0]).lower() if first else ""
    if _EXTRAPOSED.match(inner):
        return False
    return bare in _BARE_PRONOUNS and without_opening_determiner(inner) == inner


_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]")


def opens_on_question(quotation: str) -> bool:
    """Whether a quotation's first sentence is a question ("Any more questions? Thank you."):
    no claim to ask about."""
    m = _FIRST_SENTENCE.match(quotation.strip().strip("“”\"'‘’ "))
    return bool(m) and m.group(0).endswith("?")


_DOUBLED_QUOTE_PAIR = re.compile(r"''(.+?)''")  # archives' doubled single quotes
_STRAIGHT_QUOTE_PAIR = re.compile(r'"([^"]+)"')


def curly_quotes(text: str) -> str:
    """A prompt text whose archive quote pairs (''…'') and straight pairs ("…") are turned into
    curly ones (“…”), as the reader sees them elsewhere in the quiz."""
    return _STRAIGHT_QUOTE_PAIR.sub(r"“\1”", _DOUBLED_QUOTE_PAIR.sub(r"“\1”", text))


_RUN_CLOSERS = ',;!?”"…'  # not ":": in "Reed: …" the colon is the cue
_RUN_OPENERS = '“"‘'


def trim_run(run: str) -> tuple[str, str, str]:
    """A run of a sentence's words split into the punctuation it opens on, its words and the
    punctuation it ends on ("said Elias," -> ("", "said Elias", ","); "Reed.”" -> ("", "Reed",
    ".”")): the words a pupil marks, without the marks that belong to the sentence around them.
    An abbreviation keeps its stop ("Doe Jr."), a bracket its pair ("Reed (D-Ost.)")."""
    core, tail = run, ""
    while core:
        last = core[-1]
        if last in _RUN_CLOSERS or (last in "’'" and core[-2:-1] in tuple(_RUN_CLOSERS + ".")):
            core, tail = core[:-1], last + tail
        elif last in ")]" and core.count("([{"[")]".index(last)]) < core.count(last):
            core, tail = core[:-1], last + tail
        elif last == ":" and core.split()[-1][:1].islower():
            core, tail = core[:-1], last + tail  # "Reed wrote:", but "Reed:" whose colon is the cue
        elif last == "." and _drop_final_stop(core) != core:
            core, tail = core[:-1], last + tail
        else:
            break
    head = ""
    while core and core[0] in _RUN_OPENERS and not any(c in core[1:] for c in '”"’'):
        core, head = core[1:], head + core[0]
    if not core:
        return "", run, ""  # punctuation only: keep it as it is
    return head, core, tail


def marked_runs(words: tuple[str, ...], marked: set[int]) -> list[tuple[int, int]]:
    """The runs of consecutive marked words, as (first index, index after the last)."""
    runs: list[tuple[int, int]] = []
    for i in sorted(marked):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def marked_words(words: tuple[str, ...], marked: set[int]) -> str:
    """The marked words as a pupil finds them in the sentence: each run without the punctuation
    around it, runs apart in the sentence joined by " … " ("Ann Reed … said")."""
    return " … ".join(trim_run(" ".join(words[a:b]))[1] for a, b in marked_runs(words, marked))


# People a quotation may name before a "he" or "she" of its own: a title and a name ("Dr Lund",
# "Mrs. Berg"), a known given name ("Ana", "Tom Hale"); and the gender a title gives.
_TITLE_GENDERS = {
    "mr": "m", "sir": "m", "lord": "m", "father": "m", "king": "m", "prince": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "sister": "f", "queen": "f",
}  # fmt: skip
_QUOTE_TITLES = frozenset(_TITLE_GENDERS) | frozenset(
    "dr prof professor judge mayor senator sen gov governor president minister inspector"
    " captain capt sergeant sgt officer nurse coach chief general gen rep".split()
)
# words for a person that may be a pronoun's antecedent as well as a name ("told the minister
# she …"): a quotation holding one before its pronoun resolves nothing
_PERSON_NOUNS = frozenset(
    "man woman boy girl mother father wife husband son daughter sister brother friend colleague"
    " boss doctor nurse teacher officer lawyer driver pilot captain patient client neighbour"
    " neighbor partner widow child kid student worker manager owner guy lady aunt uncle cousin"
    " grandmother grandfather fiance fiancee spouse girlfriend boyfriend employee victim".split()
)
_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
_EDGE = "“”‘’\"'(),.;:!?—–-"


def resolved_in_quote(quote: str) -> str:
    """A quotation with each "he"/"she" (him, his, her, …) blanked ("x") whose antecedent is a
    person the quotation names before it, the only one of that gender or of none known
    ("Dr Lund told us she would resign": "she" is Lund). Any other word that may name a
    person before the pronoun (a surname alone, "the minister", "Lund" opening a sentence)
    leaves it as it is, as does a second person it may agree with."""
    words = quote.split()
    people: set[tuple[str, str | None]] = set()  # (surname, gender) of each person named
    blocked = False
    starters = lexicon.words("stopwords") | _lower_starters()
    out = []
    i = 0
    while i < len(words):
        raw = words[i]
        w = raw.strip(_EDGE)
        low = w.lower().removesuffix("’s").removesuffix("'s")
        initial = i == 0 or words[i - 1].rstrip("”’\"')").endswith((".", "!", "?", ":"))
        if low in _HE or low in _SHE:
            want = "m" if low in _HE else "f"
            fits = {k for k in people if k[1] in (None, want)}
            ok = not blocked and len(fits) == 1 and (w.islower() or initial)
            out.append("x" if ok else raw)
            i += 1
            continue
        if not w[:1].isupper() or w == "I":
            if low in _person_nouns() or low.removesuffix("s") in _person_nouns():
                blocked = True  # "told the minister she …": the minister or the one named?
            out.append(raw)
            i += 1
            continue
        name = _name_at(words, i)  # (words taken, surname, gender) of a person named here
        if name is not None and initial and name[0] == 1:
            name = None  # "May she …", "Will he …": a given name that is also a word
        if name is not None:
            taken, surname, gender = name
            people.add((surname, gender))  # "Bill Clinton", "Hillary Clinton": two people
            out.extend(words[i : i + taken])
            i += taken
            continue
        if not (initial and low in starters) and low not in _CALENDAR:
            blocked = True  # "Lund", "Berg told us …": a person, perhaps, of unknown gender
        out.append(raw)
        i += 1
    return " ".join(out)


def _name_at(words: list[str], i: int) -> tuple[int, str, str | None] | None:
    """The person a quotation names at word ``i``: a title and capitalised words ("Dr Ana
    Lund"), or a known given name and perhaps a surname ("Ana Lund", "Ana"); None otherwise.
    Returns how many words it takes, its last word, and the gender its title or given name
    gives."""

    def cap(k: int) -> str | None:
        if k >= len(words):
            return None
        w = words[k].strip(_EDGE).removesuffix("’s").removesuffix("'s")
        return w if w[:1].isupper() and w[1:].islower() and w.isalpha() else None

    first = words[i].strip(_EDGE)
    title = first.rstrip(".").lower()
    genders = given_genders()
    gender: str | None = None
    k = i
    if title in _QUOTE_TITLES and not words[i].rstrip(".").endswith((",", ";")):
        gender = _TITLE_GENDERS.get(title)
        k = i + 1
        if cap(k) is None:
            return None
    elif cap(i) is None or cap(i).lower() not in genders:  # type: ignore[union-attr]
        return None
    last = None
    while (w := cap(k)) is not None and k < i + 4:
        if last is None and w.lower() in genders:
            gender = gender or genders[w.lower()]
            if genders[w.lower()] != gender:
                return None  # "Mr Ana …": no agreement to rely on
        last = w
        k += 1
        if words[k - 1].rstrip("”’\"')").endswith((",", ".", ";", ":", "!", "?", "’s", "'s")):
            break
    return (k - i, last, gender) if last else None


_CALENDAR = WEEKDAYS | MONTHS


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Words for a person of a job, a role or a tie ("minister", "spokesman", "wife")."""
    return (
        _PERSON_NOUNS
        | _QUOTE_TITLES
        | lexicon.words("role_words")
        | {w.lower() for w in lexicon.shared_lines("titles.txt")}
    )


@functools.cache
def _lower_starters() -> frozenset[str]:
    """Words that open a sentence and name no one ("Yesterday", "Nobody", "After"), lower-cased."""
    starters = {w.lower() for w in lexicon.shared_lines("sentence_starters.txt")}
    return frozenset(starters | set(lexicon.words("clause_openers"))) - {"he", "she", "her", "his"}


# "X noted that A and that B": the statement loses the first "that" but keeps the second, "A and
# that B." A "that" after "and"/"but"/"or" before a subject (a determiner, a pronoun, a name or a
# number, or a plain noun or two before an auxiliary: "and that repairs were due") is a second
# complement, not a word of the claim's own sentence ("and that is my job": a pronoun).
_AUX = r"(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does|do)"
_SUBJECT_NEXT = (
    r"(?:(?:the|a|an|its|his|her|their|he|she|it|they|we|there|these|those)\s|[A-Z0-9“\"‘']"
    r"|(?:(?!" + _AUX + r"\b)[a-z][\w-]*\s+){1,2}" + _AUX + r"\b)"
)
SECOND_THAT = re.compile(r"(?:,\s*|\s)(?:and|but|or)\s+that\s+" + _SUBJECT_NEXT)
# where a content of several "that" clauses parts: ", and that", " but that", ", that" (the last
# only in a list that also has one of the others: "A, that B and that C")
_THAT_JOIN = re.compile(r"(?:,?\s+(and|but|or)|(,))\s+that\s+(?=" + _SUBJECT_NEXT + ")")


def that_clauses(content: str) -> list[tuple[str, str]]:
    """The clauses of a reported content whose first "that" went with the reporting verb and
    whose others stayed ("the dam was safe and that repairs were due"), each with the word that
    joins it to the one before ("", "and", "but", "or", ","): one clause when it holds no second
    "that", when it opens on its own "that" (then it reads whole), or when a "that" stands
    before the second (it may be another verb's: "refused to admit that A and that B")."""
    second = SECOND_THAT.search(content)
    if content.lower().startswith("that ") or not second:
        return [("", content)]
    before = _THAT_JOIN.sub(" ", content[: second.start()])  # "A, that B and that C": a list
    if re.search(r"(?<![\w’'-])that(?![\w’'-])", before, re.IGNORECASE):
        return [("", content)]  # "refused to admit that A and that B": the "that"s of another verb
    out: list[tuple[str, str]] = []
    joiner, at = "", 0
    for m in _THAT_JOIN.finditer(content):
        out.append((joiner, content[at : m.start()]))
        joiner, at = m.group(1) or m.group(2), m.end()
    out.append((joiner, content[at:]))
    return [(j, strip_edges(c)) for j, c in out if strip_edges(c)]
