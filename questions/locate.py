"""Locating a cue's source: before it, after it, in the clause it belongs to, or nowhere.

``locate`` decides, for one cue of ``lexicons/cues.tsv`` in one sentence, where its source is:
before it ("Kyiv has denied"), after it ("..., said Mr Peskov", "according to Reuters"), in the
clause it belongs to ("..., adding: ..."), in a passive's agent ("called a charlatan by
physicians"), or nowhere ("is said to be": an unnamed source); or that the cue is no claim at all
("a group called the Legion", "lawsuits seeking information").
"""

from __future__ import annotations

import re

from questions.content import calls_false
from questions.cues import (
    ADDRESSEE_RE,
    CHANNEL_RE,
    CLAUSE_WORDS,
    CUE_WORDS,
    CUES,
    DETERMINERS,
    EVIDENCE_NOUNS,
    NAMED_CHANNEL_RE,
    SOURCE_KINDS,
    TIME_WORDS,
    TO_ADDRESSEE_RE,
    CueWord,
    PhraseMatcher,
    load_table,
)
from questions.found import PREPOSITIONS, Found, Para, trim
from questions.sources import (
    Mention,
    leading_subject,
    np_after,
    subject_before,
    tokens,
    valid_head,
)
from questions.text import load_lexicon

_PARTICLE_RE = re.compile(r"\s+(?:" + "|".join(load_lexicon("particles")) + r")\b")


_GERUND_AFTER_RE = re.compile(
    r"\b(?:(?:for|of|about|without|from|against|over|despite)"
    r"(?:\s+(?:his|her|their|its|our|my|the))?|the|a|his|her|their|its|our|my)\s+$",
    re.IGNORECASE,
)


_NOUN_NEXT_WORD_RE = re.compile(
    r"\s+(?:" + "|".join(load_lexicon("noun_followers")) + r")\b", re.IGNORECASE
)
_NOUN_BEFORE_RE = re.compile(r"(?:percent|%|[’']s|\b(?:the|a|an|its|their|his|her|our))\s+$")


_COMMA_BEFORE_RE = re.compile(r",[”\"’]?\s*$")  # "..., saying" or "“...,” saying"


_PREP_NEXT_RE = re.compile(r"\s+(?:to|with|as|by)\b")


_OPENING_CLAUSE_END_RE = re.compile(r",\s+|[”\"]\s+(?=[A-Z]|(?:he|she|they|we)\s)")


_COLON_RE = re.compile(r"\s*[\"“]?([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}):\s+(?=\S)")
# "Reed to farmers: ...", "Reed at the summit: ...", "Reed on the budget: ...": a headline's speaker
# with the audience, place or topic of the words before its colon (the speaker is the first part)
_COLON_TO_RE = re.compile(
    r"\s*[\"“]?([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+(?:[Tt]o|[Aa]t|[Oo]n)\s+"
    r"[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|[a-z]{1,4})){0,8}:\s+(?=[^\s@])"
)
# "Clinton: 547.": a tally, a name and a figure alone ("Poll: 3 races are tight" is a claim)
_TALLY_RE = re.compile(r"[\d,.%]+\s*(?:[;,(]|$)")


_NOUN_CUES = {row[0]: row[1] for row in load_table("noun_cues.tsv")}
_NOUN_MATCHER = PhraseMatcher(list(_NOUN_CUES))
_NOUN_NEXT_RE = re.compile(r"\s+(?:that|to|for|about)\b")
_POSSESSOR_RE = re.compile(
    r"(?<![\w’'-])(?:((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Za-z][\w.&-]*)[’']s"
    r"|([Hh]is|[Hh]er|[Tt]heir))\s+$"
)
_SAID_COLON_RE = re.compile(
    r"\s*(Said|Says|Added|Adds|Wrote|Writes|Continued|Asked)\s+"
    r"((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}):\s+(?=\S)"
)
# "A topic line - More from Ann Reed: “...”": a dash, a speaker, a colon and a quotation
_DASH_COLON_RE = re.compile(
    r"\s[-–—]\s+(?:(?:More\s+)?[Ff]rom\s+)?((?:the\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:[A-Z][\w’'.&-]*|and|of)){0,4}):\s*(?=[“\"])"
)
_COLON_LABELS = frozenset(load_lexicon("colon_labels"))


_COLON_CUE = CueWord(":", "asserts", frozenset())


# "..., said one aide on the committee.": a prepositional phrase ending the sentence
_POSTMODIFIER_RE = re.compile(r"(?:on|of|at|for|in|from|with)\s+[^,;:\x01]{1,60}[.?!]?$")


_WHO_RE = re.compile(r"who(?:se)?\s")


_AGENT_END_RE = re.compile(r"\s+(?:for|in|at|on|over|after|during|with|as)\b")


_BY_RE = re.compile(r"\bby\s+")


BE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$")


_OPENING_PREPOSITIONS = frozenset({"after", "before", "while", "upon", "since", "when"})
_ACTION_OBJECT_RE = re.compile(
    r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:" + "|".join(load_lexicon("action_objects")) + r")\b"
)


QUOTED_AS = CueWord("quoted as saying", "asserts", frozenset())


_RELATIVE_RE = re.compile(r"(?<=[\w,] )(?:who|which)\b")


_SUBORDINATE_RE = re.compile(r"\b(?:which|when|who|whom|because|where|after|before|until)\b")


_ASIDE_RE = re.compile(r"\s(?:--|–|—)\s.*?\s(?:--|–|—)\s")


# sets combined once (not at each call)
_NOT_OWNERS = DETERMINERS - {"his", "her", "their"}
_CLAUSE_NOT_OF = CLAUSE_WORDS - {"of"}
_PARTICIPLE_PREPS = PREPOSITIONS | {"for", "to", "about"}


def noun_founds(para: Para, lo: int, hi: int) -> list[Found]:
    """Noun cues with a possessor: "Trump's claim that ...", "the president's decision to ..."."""
    out = []
    for noun in _NOUN_MATCHER.finditer(para.masked, lo, hi):
        if not _NOUN_NEXT_RE.match(para.masked, noun.end(), hi):
            continue
        m = _POSSESSOR_RE.search(para.masked, max(lo, noun.start() - 60), noun.start())
        if m is None:
            continue
        group = 1 if m.group(1) else 2
        owner = m.group(group)
        if owner.split()[-1].lower() in _NOT_OWNERS:
            continue
        word = noun.group().lower()
        cue = CueWord(word, _NOUN_CUES[word], frozenset())
        span = (m.start(group), m.end(group) + (2 if group == 1 else 0))
        found = Found(cue, noun.span(), noun.span(), "noun", Mention(span, m.span(group)))
        start = noun.end() + 1
        if para.masked.startswith("that ", start):
            start += 5
        found.content = trim(para.text, start, hi)
        found.content_start = found.content[0]
        out.append(found)
    return out


# "In a new CNN/ORC poll, ...", "... 40 percent in the latest Fox News survey": the poll says so.
_IN_POLL_RE = re.compile(
    r"(?<![\w’'-])([Ii]n)\s+((?:a|an|the|this|that|its|their|his|her)\s+"
    r"(?:[\w’'&./-]+\s+){0,6}?(?:poll|survey|average\s+of\s+(?:[\w’'&./-]+\s+){0,3}polls))"
    r"(?![\w’'-])"
)
_FIGURE_RE = re.compile(r"\d|\bpercent\b|\bhalf\b|\bmajority\b|\bin\s+(?:10|ten|four|five)\b")
_IN_POLL_CUE = CueWord("in", "asserts", frozenset({"prep"}))


def poll_founds(para: Para, lo: int, hi: int) -> list[Found]:
    """A poll or survey named after "in" as the source of the sentence's figures."""
    out = []
    if para.masked.find("poll", lo, hi) < 0 and para.masked.find("survey", lo, hi) < 0:
        return out
    for m in _IN_POLL_RE.finditer(para.masked, lo, hi):
        words = m.group(2).lower().split()
        if any(w in _CLAUSE_NOT_OF or w in CUE_WORDS for w in words[1:-1]):
            continue  # "in Iowa, where a poll ...", "in the race that polls ..."
        if not _FIGURE_RE.search(para.masked, lo, hi):
            continue  # a poll reports figures: "leads in the polls" is no one's statement
        found = Found(_IN_POLL_CUE, m.span(1), m.span(1), "prep", Mention(m.span(2), m.span(2)))
        out.append(found)
    return out


_UNNAMED_CUE = CueWord("seen as", "asserts", frozenset({"pass", "unnamed"}))
_BE_ADVERB = r"(?<![\w’'-])(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?"


def _unnamed_form(words: list[str], after: str) -> tuple[re.Pattern[str], PhraseMatcher]:
    """A passive of one of ``words``, and the matcher of those words: a cheap test (the
    sentence's words are split once for all matchers) before the scan."""
    return re.compile(_BE_ADVERB + "(?:" + "|".join(words) + ")" + after), PhraseMatcher(words)


_UNNAMED_FORMS = (
    # "Rubio is widely seen as the likelier nominee": a view held by people the story does not name
    _unnamed_form(["seen", "viewed", "regarded", "perceived"], r"\s+as\b"),
    # "the deal was announced", "Reed was booed", "as he was known": reported by no one named
    _unnamed_form(
        ["announced", "known", "booed", "challenged", "charged"], r"(?![\w’'-])(?!\s+by\b)"
    ),
)


def unnamed_founds(para: Para, lo: int, hi: int, founds: list[Found]) -> list[Found]:
    """Passives with no holder named ("is seen as", "was widely viewed as", "was announced")."""
    out: list[Found] = []
    masked = para.masked
    for rx, needed in _UNNAMED_FORMS:
        if not needed.any_first(masked, lo, hi):
            continue  # none of its words in the sentence: the form cannot match
        for m in rx.finditer(masked, lo, hi):
            if any(f.verb[0] < m.end() and m.start() < f.verb[1] for f in founds + out):
                continue
            out.append(Found(_UNNAMED_CUE, m.span(), m.span(), "pass"))
    return out


def colon_found(para: Para, lo: int, hi: int) -> list[Found]:
    """A line opened by a speaker and a colon: headline "Poll: ..." or transcript "PENCE: ..."."""
    said = _SAID_COLON_RE.match(para.text, lo, hi)
    if said:  # "Said Ellis: “...”"
        verb = said.span(1)
        mention = Mention(said.span(2), said.span(2))
        found = Found(CUES[said.group(1).lower()], verb, verb, "colon", mention)
        found.content = found_content = (said.end(), hi)
        found.content_start = found_content[0]
        return [found]
    dashed = (  # the form needs a colon: a cheap test before the scan
        _DASH_COLON_RE.search(para.masked, lo, hi) if para.masked.find(":", lo, hi) >= 0 else None
    )
    if dashed:  # "POLLS WERE TOO EARLY - Ann Reed: “...”": a quotation under a topic line
        cue = (dashed.end(1), dashed.end(1) + 1)
        found = Found(_COLON_CUE, cue, cue, "colon", Mention(dashed.span(1), dashed.span(1)))
        found.content = found_content = (dashed.end(), len(para.text))
        found.content_start = found_content[0]
        return [found]
    m = _COLON_RE.match(para.text, lo, hi) if lo == 0 else None
    if m is None and lo == 0 and para.text.find(":", lo, hi) >= 0:
        m = _COLON_TO_RE.match(para.text, lo, hi)  # "Reed to farmers: ..."
        if m and m.group(1).split()[0] in ("According", "Follow"):
            m = None  # "According to the memo: ...", "Follow Reed on Twitter: ..."
    if m is None or " ".join(m.group(1).lower().split()) in _COLON_LABELS:
        return []
    if para.text.startswith("@", m.end()):
        return []  # "Twitter: @reed": a handle, no words
    if any(w.lower() in TIME_WORDS for w in m.group(1).split()):
        return []
    if m.group(1).split()[0] in ("The", "A", "An") and not m.group(1).isupper():
        return []  # "The Week Ahead: ...", a title; a speaker's line is "THE CHAIR: ..."
    if len(m.group(1)) == 1 or _TALLY_RE.match(para.text, m.end(), hi):
        return []  # "Q: ...", "A: ..." interview labels; "Clinton: 547" a tally
    colon = para.text.find(":", m.end(1), m.end())
    cue = (colon, colon + 1)
    found = Found(_COLON_CUE, cue, cue, "colon", Mention(m.span(1), m.span(1)))
    found.content = found_content = (m.end(), len(para.text))
    found.content_start = found_content[0]
    return [found]


def locate(
    para: Para, lo: int, hi: int, cue: CueWord, verb: tuple[int, int], before: list[Found]
) -> Found | None:
    """Where a cue's source is, as a Found, or None if the cue has no source (not a claim)."""
    masked = para.masked
    end, channel = _extend(masked, verb[1], cue)
    found = Found(cue, verb, (verb[0], end), "left", channel=channel)
    if "pass" in cue.flags:
        found.mode = "pass"
        return found
    if "ask" in cue.flags and _asked_unnamed(masked, lo, verb):
        found.mode, found.cue_span = "asked", verb  # "..., she said when asked about the plan"
        return found
    if "prep" in cue.flags:
        span = np_after(masked, verb[1], hi, strict=False)
        if span is None:
            return None
        found.mode, found.mention = "prep", Mention(span, span)
        found.cue_span = verb
        return found
    if _PARTICLE_RE.match(masked, verb[1]):
        return None  # "called into a radio show", "called off the talks"
    if "noun" in cue.flags and _is_noun(masked, lo, verb):
        return None  # "62 percent support among young renters": a noun, no one speaks
    if "obj" in cue.flags and _PREP_NEXT_RE.match(masked, verb[1]):
        return None  # "Talk compared to ...": a passive, its source unnamed
    if "name" in cue.flags and _ACTION_OBJECT_RE.match(masked, verb[1]):
        return None  # "called an emergency meeting": an action
    if cue.stance in ("characterizes", "accuses") and (
        BE_BEFORE_RE.search(masked, max(lo, verb[0] - 30), verb[0])
        or _HEADLINE_PASSIVE_RE.match(masked, verb[0], hi)
    ):
        return _passive_by(para, lo, hi, found)
    loose = "inv" in cue.flags and not masked[verb[0]].isupper()
    if "part" in cue.flags and BE_BEFORE_RE.search(masked, max(lo, verb[0] - 30), verb[0]):
        cue = CueWord(cue.text, cue.stance, cue.flags - {"part"} | {"be"})
        found.cue = cue  # "he is calling for": a verb in the progressive, not a participle
    be = bool({"adj", "be"} & cue.flags)
    subject, aux_start = subject_before(masked, lo, verb[0], be, loose, "part" not in cue.flags)
    comma_before = bool(_COMMA_BEFORE_RE.search(para.text, max(lo, verb[0] - 6), verb[0]))
    if "part" in cue.flags and _GERUND_AFTER_RE.search(masked, max(lo, verb[0] - 30), verb[0]):
        return None  # "apologize for suggesting ...": a gerund, not the subject's own claim
    if "part" in cue.flags:
        opening = masked[lo : verb[0]].strip(' “"\x01')  # only a participle needs the words before
        if not opening or opening.lower() in _OPENING_PREPOSITIONS:
            return _opening_participle(para, lo, hi, verb, found)
    if "part" in cue.flags and isinstance(subject, Mention) and not comma_before:
        if "rel" not in cue.flags:
            return None  # "lawsuits seeking information": no speech after a bare noun
    if "part" in cue.flags and (comma_before or subject is None):
        leader = _leader(before)  # "..., he said, before adding that ..."
        if leader is None:
            return _leading(para, lo, verb, found)
        found.mode, found.leader = "part", leader
        return found
    if subject == "elided":
        found.cue_span = (aux_start, found.cue_span[1])  # "and has threatened to"
        leader = _leader(before)
        if leader is None:
            return _leading(para, lo, verb, found)
        if _subordinate_between(masked, leader, verb[0]):
            return None
        found.mode, found.leader = "elided", leader
        return found
    if (
        isinstance(subject, Mention)
        and comma_before
        and subject.alt is None
        and "," in para.text[subject.span[1] : verb[0]]
        and "inv" in cue.flags
    ):
        # "Jobs are scarce in Tallowby, Ohio, said Kell": the place's comma was read through,
        # but a name after the cue that ends the clause is the speaker
        inverted = _inverted(para, lo, hi, found)
        if inverted is not None:
            return inverted
    if isinstance(subject, Mention):
        if "ev" in cue.flags and not _is_evidence(para.text, subject):
            return None
        if "name" in cue.flags and aux_start == verb[0] and _indefinite(para.text, subject):
            # "a spokesman called the report false", "… called that estimate “wildly
            # exaggerated”": a judgement of something named before
            if not calls_false(masked, verb[1]) and not _JUDGED_RE.match(masked, verb[1], hi):
                return None  # "a group called the Legion" names the group; nobody speaks
        found.mention, found.cue_span = subject, (aux_start, end)
        return found
    return _inverted(para, lo, hi, found)


# "when asked about ...", "..., asked whether ...", "Asked if ...": whoever asked is not named
_ASKED_BEFORE_RE = re.compile(r"(?:\b[Ww]hen\s+|,\s+|^[\s“\"]*)$")
_ASKED_AFTER_RE = re.compile(r"\s+(?:about|whether|if|how|why|what|which|who|to|for)\b")


def _asked_unnamed(masked: str, lo: int, verb: tuple[int, int]) -> bool:
    """Whether "asked" reports a question put to the subject by no one named."""
    if masked[verb[0] : verb[1]].lower() != "asked":
        return False
    if not _ASKED_AFTER_RE.match(masked, verb[1]):
        return False
    return bool(
        _ASKED_BEFORE_RE.search(masked[max(lo, verb[0] - 12) : verb[0]])
        or (masked[lo : verb[0]].strip(' “"\x01') == "")
    )


def _is_noun(masked: str, lo: int, verb: tuple[int, int]) -> bool:
    """Whether a cue that may be a noun is one ("support among voters", "85 percent support")."""
    if _NOUN_NEXT_WORD_RE.match(masked, verb[1]):
        return True
    return bool(_NOUN_BEFORE_RE.search(masked, max(lo, verb[0] - 12), verb[0]))


# "Former mayor charged with taking bribes", "Senator accused of lying": a passive with its "be"
# left out (headline style); the active form has its object first ("accused him of lying")
_HEADLINE_PASSIVE_RE = re.compile(r"(?:charged|accused|cleared|convicted|indicted)\s+(?:with|of)\b")


def _passive_by(para: Para, lo: int, hi: int, found: Found) -> Found | None:
    """A passive with its agent: "Hale has been called a bully by former coworkers"."""
    masked = para.masked
    clause_end = min((p for p in (masked.find(",", found.verb[1], hi),) if p >= 0), default=hi)
    by = _BY_RE.search(masked, found.verb[1], clause_end)
    span = np_after(masked, by.end(), clause_end, strict=False) if by else None
    if by is None or span is None:
        return None
    cut = _AGENT_END_RE.search(masked, span[0], span[1])
    span = (span[0], cut.start()) if cut else span  # "by fellow physicians for promoting ..."
    if not _agent(masked, span):
        return None  # "charged with fraud by abuse of position": the charge's name, no agent
    subject = subject_before(masked, lo, found.verb[0], be=True, loose=True)[0]
    start = subject.span[0] if isinstance(subject, Mention) else found.verb[0]
    found.mode, found.mention = "passive", Mention(span, span)
    found.content = trim(para.text, start, by.start())
    found.content_start = found.content[0]
    return found


def _agent(masked: str, span: tuple[int, int]) -> bool:
    """Whether the words after a passive's "by" may be its agent: a name, a noun phrase opened
    by a determiner ("the ministry", "his rivals"), or a plural noun for people ("former
    coworkers"); not a bare noun of manner ("abuse of position", "dangerous driving")."""
    toks = tokens(masked, span[0], span[1])
    if not toks:
        return False
    first = toks[0][2]
    if not first.isalpha() or not first.islower() or first in DETERMINERS:
        return True
    last = next((k for k, t in enumerate(toks) if t[2] in ("of", "and", "in")), len(toks)) - 1
    return last >= 0 and valid_head(toks, 0, last, people=True)


def _opening_participle(
    para: Para, lo: int, hi: int, verb: tuple[int, int], found: Found
) -> Found | None:
    """A participle opening the sentence: "Claiming the criticism is designed ..., Trump told"."""
    end = _OPENING_CLAUSE_END_RE.search(para.masked, verb[1], hi)
    after = para.masked[verb[1] : hi].split(None, 1)
    if end is None or not after or after[0].lower() in _PARTICIPLE_PREPS:
        return None  # "Writing for a panel, X noted": the participle is no claim
    span = np_after(para.masked, end.end(), hi)
    if span is None:
        return None
    found.mode, found.mention = "opening", Mention(span, span)
    found.content = (verb[1], end.start() + (1 if para.masked[end.start()] != "," else 0))
    return found


def _subordinate_between(masked: str, leader: Found, pos: int) -> bool:
    """Whether a clause of its own ("..., which she was doing when ...") separates two cues."""
    between = _ASIDE_RE.sub(" ", masked[leader.verb[1] : pos])
    return bool(_SUBORDINATE_RE.search(between))


def _leading(para: Para, lo: int, verb: tuple[int, int], found: Found) -> Found | None:
    """A cue whose subject is the sentence's own ("A reporter spotted X and reported ...")."""
    mention = _relative_subject(para.masked, lo, verb[0]) or leading_subject(
        para.masked, lo, verb[0]
    )
    if mention is None:
        return None
    found.mention = mention
    found.mode = "leading"
    return found


def _relative_subject(masked: str, lo: int, pos: int) -> Mention | None:
    """The antecedent of a relative pronoun whose second verb this is.

    "protesters, who have marched for days and called for ...": the protesters.
    """
    last = None
    for match in _RELATIVE_RE.finditer(masked, lo, pos):
        last = match
    if last is None or "," in masked[last.end() : pos]:
        return None
    subject = subject_before(masked, lo, last.end())[0]
    return subject if isinstance(subject, Mention) else None


def _extend(masked: str, pos: int, cue: CueWord) -> tuple[int, str | None]:
    """The end of a cue with whom it was told to and its channel ("told Sky News", "on Twitter")."""
    addressee = (ADDRESSEE_RE if "addr" in cue.flags else TO_ADDRESSEE_RE).match(masked, pos)
    if addressee:
        pos = addressee.end()
    channel = CHANNEL_RE.match(masked, pos) or NAMED_CHANNEL_RE.match(masked, pos)
    if channel:
        return channel.end(), channel_name(channel.group(1))
    return pos, None


def channel_name(words: str) -> str:
    """A platform bare ("Twitter"), any other channel with its article ("a statement")."""
    words = " ".join(words.split())
    last = words.split()[-1]
    return (
        last if last[0].isupper() and words.split()[0].lower() in ("the", last.lower()) else words
    )


def _leader(before: list[Found]) -> Found | None:
    """The latest claim of the sentence that is not nested in another's content."""
    for f in reversed(before):
        if not f.embedded and f.mode not in ("pass",):
            return f
    return None


# after "called": a thing already named (a demonstrative or possessive before a lower-case noun),
# then a quoted or plain judgement; "a group called the Legion" names instead
_JUDGED_RE = re.compile(
    r"\s+(?:that|this|these|those|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*\s+(?:“|\"|\x01|an?\s|[a-z]+(?:ly|ed|ous|ful|ible|able|ic)\b)"
)


def _indefinite(text: str, subject: Mention) -> bool:
    """Whether a subject opens with "a" or "an" ("a militia group")."""
    return text[subject.span[0] : subject.span[1]].lower().startswith(("a ", "an "))


def _is_evidence(text: str, subject: Mention) -> bool:
    """Whether the subject of "shows"/"found" is evidence ("a poll", "the study") or a finder."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[subject.head[0] : subject.head[1]])]
    if words == ["it"]:
        return True  # "It shows an officer ...": the video, the report
    return any(
        w in EVIDENCE_NOUNS or SOURCE_KINDS.get(w) in ("official", "expert", "government")
        for w in words
    )


def _inverted(para: Para, lo: int, hi: int, found: Found) -> Found | None:
    """A source after its cue: "“...,” said Mr Peskov" or "..., says Zelenskyy"."""
    before = para.masked[lo : found.verb[0]].rstrip()
    if "inv" not in found.cue.flags or not before or before[-1] not in ',”"’':
        return None
    # right after a quotation ("“...,” said the 46-year-old") any noun phrase is the speaker
    span = np_after(para.masked, found.verb[1], hi, strict=before[-1] not in '”"')
    if span is None:
        return None
    rest = para.masked[span[1] : hi].strip()
    if (
        rest[:1] not in ("", ",", ".", ";", "?", "!")
        and not _POSTMODIFIER_RE.match(rest)
        and not (before[-1] in '”"' and _WHO_RE.match(rest))  # "“…,” said an aide who spoke …"
    ):
        return None  # "..., said he was ...": not a source after its cue
    found.mode, found.mention = "inverted", Mention(span, span)
    found.cue_span = (found.verb[0], max(found.cue_span[1], found.verb[1]))
    return found
