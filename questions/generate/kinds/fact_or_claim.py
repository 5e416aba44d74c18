"""fact_or_claim (Fact or claim): a statement without its attribution — fact or claim?

Facts are the outlet's own-voice sentences (not attributed, not quoted, not hedged, not analysis
or opinion, not on a line that carries a claim); claims are asserted contents rewritten as plain
sentences. Per story the two answers are balanced so that neither is right more than 60% of the
time.
"""

from __future__ import annotations

import bisect
import functools
import re

from questions.cues import CUE_WORDS
from questions.generate import lexicon
from questions.generate.claims import (
    ambiguous_pronoun,
    content_after_cue,
    is_claim,
    pledge,
    recipient_in_content,
    request_start,
)
from questions.generate.explain import claim_of, cue_of, needs_resolution, quoted
from questions.generate.registry import Context, make_question, register, strip_dateline
from questions.generate.sources import (
    display_for,
    document_channel,
    doubtful_source,
    is_medium,
    is_usable,
)
from questions.generate.text import (
    SECOND_THAT,
    content_clause,
    drop_it_comes_as,
    given_names,
    is_clause,
    lemma,
    not_a_sentence,
    opens_clause,
    other_attribution,
    statement_from_content,
    statement_problem,
    unresolved_pronoun,
    word_count,
)
from questions.model import Claim, Question, Sentence
from questions.text import load_lexicon

KIND = "fact_or_claim"
FACT = "Reported as fact by the outlet"
CLAIM = "A claim the story attributes to someone"
OPTIONS = (FACT, CLAIM)
_PER_SIDE = 4
_QUOTE_CHARS = re.compile(r"[\"“”]|''")
_QUOTE_SPANS = re.compile(r"“[^”]*”|\"[^\"]*\"")
_ADVERB_OPENER = re.compile(r"^[A-Z][a-z]+ly,")
# "Seeming to …", "Hoping to …", "Looking ahead, …": the outlet reads minds or frames.
_PARTICIPLE_OPENER = re.compile(r"^[A-Z][a-z]+(?:ing\b|ed\s+by\b)[^,.]{0,60},")
_DIGIT = re.compile(r"\d")
_COUNTERFACTUAL = re.compile(r"\W*(?:If|Had|Were|Without)\b")
_WOULD = re.compile(r"\bwould(?:n[’']t)?\b|\bwould\s+not\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|unable|cannot|never|yet to|n[’']t)\b", re.IGNORECASE)
_PERSONAL = re.compile(
    r"\b(?:I|we|We|our|Our|us|you|You|your|Your|me|my|My|myself|ourselves)\b|[!]"
)
_CONFIRMING = re.compile(
    r"\b(?:confirm(?:ed|s)?|verified|corroborated|records\s+show|data\s+show"
    r"|(?:is|are|was|were)\s+(?:correct|accurate)|bears?\s+(?:this|that|it|them)\s+out"
    r"|borne\s+out|(?:records|documents|filings)\b[^.;]{0,60}?\b(?:show|shows|list|lists))\b",
    re.IGNORECASE,
)


def _vague_after_linker(statement: str) -> bool:
    """Whether a statement opens on a linking word and then a vague one ("Then there is …")."""
    m = _LINKER.match(statement)
    rest = statement[m.end() :] if m else ""
    return bool(rest) and bool(_VAGUE_OPENER.match(rest[:1].upper() + rest[1:]))


# Names of things that look like opinion words: the month "May" after a time word or before a
# figure ("gave way in May 2023", "on May 4"), not the modal "may"; "an extraordinary meeting"
# (a body's formal, specially called meeting), not the writer's "extraordinary"
_MONTH_MAY = re.compile(
    r"\b((?:in|on|since|until|by|from|of|early|late|mid|last|next|through|between|and|to)\s+)"
    r"May\b|(?<=\w\s)May(?=\s+\d)"
)
_FORMAL_MEETING = re.compile(
    r"\bextraordinary(?=\s+(?:general\s+)?(?:meeting|session|congress|summit|assembly"
    r"|sitting)s?\b)",
    re.IGNORECASE,
)


def _unname(sentence: str) -> str:
    """A sentence with the names of things that look like opinion words (``_MONTH_MAY``,
    ``_FORMAL_MEETING``) put out of the opinion and judging tests' way."""
    return _FORMAL_MEETING.sub("", _MONTH_MAY.sub(r"\1", sentence))


def is_analysis(sentence: str) -> bool:
    """Whether a sentence reads as the reporter's analysis or opinion rather than plain fact."""
    sentence = _unname(sentence)
    if sentence.rstrip().endswith("?") or _ADVERB_OPENER.match(sentence):
        return True
    if _PARTICIPLE_OPENER.match(sentence.lstrip("“\"‘' ")) or _PERSONAL.search(sentence):
        return True
    if _COUNTERFACTUAL.match(sentence) and _WOULD.search(sentence):
        return True  # "If the party had not …, voters would not …": an argument, not a fact
    if lexicon.phrase_regex("opinion").search(sentence):
        return True
    if lexicon.phrase_regex("figurative").search(sentence):
        return True
    if commentary(sentence):
        return True
    return bool(_contrast_opener(sentence))


# A one-word comment that opens the sentence before a comma ("Granted, …", "Worse, …", "Better
# still, …", "Alas, …"): the writer weighs in; the -ly ones ("Sadly, …") are _ADVERB_OPENER's.
_COMMENT_OPENER = re.compile(
    r"[\W_]*(?i:granted|sure|true|worse|better|alas|still\s+worse|worse\s+still|better\s+still"
    r"|even\s+(?:worse|better)|fair\s+enough|then\s+again|of\s+course|no\s+doubt)\s*,"
)


@functools.cache
def _verdict() -> re.Pattern[str]:
    """A verdict noun (``gen_evaluative_nouns.txt``) said to be what something is ("was a
    travesty", "is nothing short of a scandal", "proved a costly mistake") or set after a comma
    or dash as the sentence's summary ("…, a bargain for a town of 9,000")."""
    nouns = sorted(lexicon.words("evaluative_nouns"), key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in nouns)
    return re.compile(
        r"(?:\b(?:is|was|are|were|be|been|being|remains?|remained|proved|proves|proven"
        r"|became|becomes|seems?|seemed|looks?|looked)\s+|(?:,|\s[—–-]{1,2})\s+)"
        r"(?:(?:nothing\s+short\s+of|little\s+more\s+than|nothing\s+but|simply|just|hardly"
        r"|truly|really|surely|such|quite|perhaps|arguably)\s+)?"
        r"(?:(?:a|an|the|another|one|no|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:" + alternation + r")s?\b(?![’'-])",
        re.IGNORECASE,
    )


def commentary(sentence: str) -> bool:
    """Whether a sentence is the writer's own comment rather than a report: an aside or frame
    ("Make no mistake, …", "To be fair, …", "Granted, …"), a verdict on a deed ("the wrong
    call", "makes no sense", "long overdue", "inadequate"), or a verdict noun as what something
    is ("The vote was a travesty.", "…, a bargain for the town"). Such a sentence is neither a
    reported fact nor anyone's claim; doubtful ones are left out of the fact side."""
    if _COMMENT_OPENER.match(sentence):
        return True
    if lexicon.phrase_regex("commentary").search(sentence):
        return True
    return _verdict().search(sentence) is not None


_PARTICIPLE_CUE = re.compile(r"^\w+ing\b")
_OPENING_PRONOUN = re.compile(r"\W*(?:it|they|he|she|its|their|his|her)\b", re.IGNORECASE)
_PLAIN_MAX_WORDS = 35
_PLAIN_MAX_CHARS = 400
# A linking word first, then a vague word: "Then there is Ada Lin.", "And they left."
_LINKER = re.compile(r"\W*(?:(?i:then|and|but|or|also|next|plus|finally|again)\s*,?\s+)+(?=[a-z])")
# A fact's subject is named: a sentence opening on a pronoun or a vague word leans on the story.
_VAGUE_OPENER = re.compile(
    r"\W*(?:It|This|That|These|Those|There(?!\s+(?:is|are|was|were)\s+\d)|Such|Some|Many|Most|Others|Both|All|He|She|They|His|Her"
    r"|Their|Its|Still|Yet|Indeed|Even|Now|So|Instead|Meanwhile|Everyone|Everybody|Nobody|No\s+one"
    r"|Anyone|Someone|Somebody)\b"
)
# Speculation, plans and the future are not yet facts.
_MODAL = re.compile(
    r"\b(?:would|could|might|may|should|must|ought|can|cannot|will|shall|likely|unlikely"
    r"|perhaps|probably|possibly|apparently|reportedly|seemingly|plans?\s+to|planned\s+to)\b"
    r"|\b(?:won|can|couldn|wouldn|shouldn)[’']t\b"
)
# What someone wants, hopes, believes or tries is the outlet reading a mind.
_MIND = re.compile(
    r"\b(?:wants?|wanted|wanting|hopes?|hoped|hoping|believes?|believed|thinks?|thought|seems?"
    r"|seemed|appears?|appeared|feels?|felt|fears?|feared|knows?|knew|realized?|wonders?"
    r"|wondered|expects?|expected|intends?|intended|aims?|aimed|tries|tried|trying|seeks?|sought"
    r"|wish(?:es|ed)?|eager|determined|reluctant|willing)\b",
    re.IGNORECASE,
)
# Comparatives and superlatives rank and judge; "more than 200" counts and stays.
_COUNTED = re.compile(
    r"\b(?:more|fewer|less)\s+than\s+(?=[\d$]|(?:a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+dozen|dozens|hundreds|thousands|half)\b)"
    r"|\bat\s+(?:least|most)\s+(?=[\d$]|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+dozen|dozens|hundreds|thousands|half)\b)"
    r"|\d[\d,.]*%?(?:\s+[a-z]+)?\s+or\s+(?:more|less|fewer)\b",
    re.IGNORECASE,
)
_RANKING = re.compile(
    r"\b(?:more|most|less|least|fewer|fewest|better|best|worse|worst|greater|greatest|larger"
    r"|largest|bigger|biggest|higher|highest|lower|lowest|[a-z]+iest)\b|\b[a-z]{3,}er\s+than\b"
    r"|\b\w+-[a-z]+est\b",  # "the 10th-richest man"
    re.IGNORECASE,
)
# A document's or a count's figure, not the outlet's: "One ranking puts …", "A survey places …"
_DOCUMENT_SAYS = re.compile(
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:ranking|rankings|estimate|estimates|survey|surveys|poll|polls"
    r"|study|studies|analysis|tally|list|index|projection|projections|forecast|forecasts|model)"
    r"\s+(?:pegs|pegged|puts|put|places|placed|ranks|ranked|estimates|estimated|shows|showed"
    r"|gives|gave|lists|listed|counts|counted|values|valued|sees|saw)\b"
)
# Records or data as the subject of "show" ("Records show", "Official results released by the
# city's election board show", "Figures published by the health board showed"): the story
# cites evidence with its source named, as the analysis reads "Records show …" (a source of
# kind "record", kept out of whose-claim questions), so it is not the outlet's own bare fact
_RECORD_HEAD = "|".join(sorted(load_lexicon("record_nouns"), key=len, reverse=True))
RECORDS_SHOW = re.compile(
    r"\W*(?:[\w’'.-]+\s+){0,5}?(?:" + _RECORD_HEAD + r")"
    r"(?:\s+(?:released|published|issued|compiled|filed|kept|obtained|seen|reviewed|posted"
    r"|provided|made\s+public|from|of|by|for)\b[^,;:.!?]{0,100}?)?"
    r"\s+(?:show|shows|showed|shown)\b",
    re.IGNORECASE,
)


# A schedule or a plan is not yet a fact ("The search was due to resume at first light", "Talks
# are scheduled to resume on Friday", "The vote is set for June 3", "The ferry is to resume
# service"): what is to happen may not, so it is not asked as what the outlet reports as fact
_SCHEDULE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being|remains?|remained|isn[’']t|aren[’']t|wasn[’']t"
    r"|weren[’']t)\s+(?:(?:not|also|now|still|originally|initially|then|already|next)\s+)?"
    r"(?:due\s+(?:to|for|on|in|at|by|back|out|before|after)|(?:set|planned|timed)\s+(?:to|for)"
    r"|(?:scheduled|slated|poised|about|supposed|on\s+course|on\s+track)\b"
    r"|to\s+(?!(?:the|a|an|his|her|its|their|this|that|blame)\b)[a-z]+)"
    r"|\b(?:scheduled|slated|poised)\s+(?:to|for)\b",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(
    r"\b(?:before|after|until|when|while|once|since|as|which|who|whose|where|because)\b",
    re.IGNORECASE,
)


def scheduled(statement: str) -> bool:
    """Whether a statement tells a schedule or a plan (``_SCHEDULE``) outside a subordinate
    clause: "Talks are scheduled to resume on Friday." is, "Rowe was walked out an hour before
    the forum was due to open." is not (a past event, timed by the plan)."""
    for m in _SCHEDULE.finditer(statement):
        before = statement[: m.start()]
        subs = list(_SUBORDINATOR.finditer(before))
        if not subs or "," in before[subs[-1].end() :]:
            return True
    return False


# A body's record or count as the sentence's report ("An industry body, the Turbine Safety Forum,
# recorded 14 collapses in 2023", "Police counted 40 burglaries", "40 deaths were logged by
# the agency"): the figure is the body's evidence, so "a claim the story attributes" reads as
# right too; such a sentence is not asked as a plain fact
_COUNT_VERBS = (
    r"(?:recorded|counted|registered|logged|tallied|tracked|documented|estimated|measured)"
)
_COUNT_FIGURE = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|thousands|millions)\b)"
)
_COUNTED_BY = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[\w’'.-]+,?\s+"
    + _COUNT_VERBS
    + r"\s+(?:(?:a\s+total\s+of|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than"
    r"|about|around|nearly|almost|some|over|only|just|roughly|up\s+to)\s+)?"
    + _COUNT_FIGURE
    # a figure, then its passive with the counting body: not "a video recorded by a camera"
    + r"|\b"
    + _COUNT_FIGURE
    + r"[^.;]*?\b(?:is|are|was|were|been)\s+"
    + _COUNT_VERBS
    + r"\s+by\b",
    re.IGNORECASE,
)


def records_show(statement: str) -> bool:
    """Whether a sentence states what records or data show, naming them ("Company filings show
    …", "Figures published by the county board show …")."""
    return RECORDS_SHOW.match(statement) is not None


_FIXED_RANK = re.compile(r"\b(?:lower|upper)\s+(?:house|chamber)\b", re.IGNORECASE)
# Judging words without a telltale ending, and metaphors of politics as a fight or a race.
_JUDGING = re.compile(
    r"\b(?:key|big|huge|important|significant|strong|strongly|weak|bold|dramatic|sharp|stark"
    r"|rare|unusual|unprecedented|historic|controversial|prominent|powerful|crucial|critical|vital"
    r"|tough|harsh|fierce|heated|bitter|remarkable|extraordinary|staggering|stunning|surprising"
    r"|surprise|shocking|striking|clear|obvious|modest|mere|just|even|still|already|indeed"
    r"|actually|really|quite|very|too|so(?!\s+far)|momentum|blow|boost|setback|surge|firestorm|backlash"
    r"|uproar|showdown|slammed|blasted|sparked|fueled|fuelled|signal|signaled|signalled|message"
    r"|rhetoric|embattled|battles?|fights?|race\s+to|push|pushed|bid|gamble|bet"
    r"|landmark|fertile|fast|grand|vast|favou?rite|tight|because|hard|interesting"
    r"|foregone|inevitable|inevitably|doomed|certain\s+to|bound\s+to|sure\s+to"
    r"|intriguing|fascinating|exciting|troubling|disturbing|alarming|worrying|damning)\b"
    r"|\b(?:shows?|showing|showed|finds?|finding|found|suggests?|suggesting|suggested|indicates?"
    r"|indicating|indicated|demands?|demanding|demanded)\s+that\b"
    r"|\bone\s+of\s+the\s+[a-z]+est\b|\A\W*despite\b"
    r"|,\s+but\b|\b[a-z]+-[a-z]+ing\b"
)
# Advice and instructions address the reader: "Please ...", "Don't ...", "Let's ...", "Be sure
# ...", or a listed verb followed by a determiner, possessive, number or particle ("Save a
# quarter of ...", "Call your ...", "Sign up ...").
_ADDRESSING = re.compile(
    r"\W*(?:please|let[’']s|let\s+(?:us|me)|don[’']t|do\s+not|never|be|make\s+sure)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"\W*([A-Z][a-z]+)\s+(?:a|an|the|this|these|those|your|yours|our|their|his|her|its|some|any"
    r"|all|every|each|it|them|him|us|up|out|off|back|down|in|on|at|to|for|more|less|\d)(?:\b|(?=\d))"
)
# Endings of adverbs (-ly) and of evaluative adjectives; the plain ones are listed.
_JUDGING_ENDING = re.compile(r"^[a-z]+(?:ly|ous|ful|less|able|ible|ive)$")
# a sentence-opening adverb in -ly before a comma or a preposition ("Ominously for the party,"),
# which the lower-case test below does not see (a name such as "Donnelly won" is left alone)
_EVALUATIVE_OPENER = re.compile(
    r"\W*([A-Z][a-z]{3,}ly)(?:,|\s+(?:for|to|in|at|on|of|with|enough)\b)"
)


def plain_fact(statement: str) -> bool:
    """Whether a statement reads as a plain report, tested positively rather than by a list of
    bad words: a bounded sentence with a named subject, no speculation or future, no mind
    reading, no ranking, no motive or effect the outlet imputes ("designed to", "in a bid to",
    "widely seen as": ``gen_imputed_motive.txt``), and no adverb or evaluative adjective beyond a
    few plain ones. Read one by one, the outlet's own sentences that fail it are mostly
    interpretation ("The plan quietly collapsed.", "The senator badly wants a win."), so they
    are not asked as facts."""
    if len(statement) > _PLAIN_MAX_CHARS or word_count(statement) > _PLAIN_MAX_WORDS:
        return False  # the character bound keeps the regexes below linear on a run of digits
    if _VAGUE_OPENER.match(statement) or _vague_after_linker(statement):
        return False
    if imperative(statement):
        return False
    low = statement[:1].lower() + statement[1:]  # "May" and "Major" stay names and months
    if _MODAL.search(low) or _MIND.search(statement) or _JUDGING.search(_unname(low)):
        return False
    if _RANKING.search(_FIXED_RANK.sub(" ", _COUNTED.sub(" ", statement))):
        return False
    if _DOCUMENT_SAYS.match(statement):
        return False  # "One ranking puts her fortune at $2 billion": the ranking's figure
    if lexicon.phrase_regex("imputed_motive").search(statement):
        return False  # "The rule is designed to hamstring rivals.": the outlet reads a motive
    if records_show(statement):
        return False  # "Figures published by the board show …": the records' finding
    if scheduled(statement):
        return False  # "Talks are scheduled to resume on Friday.": a plan, not yet a fact
    if _COUNTED_BY.search(statement):
        return False  # "The Forum recorded 14 collapses in 2023.": the body's count
    opener = _EVALUATIVE_OPENER.match(statement)
    if opener and opener.group(1).lower() not in given_names():
        return False  # "Ominously for the party, …", "Remarkably, …": the outlet's judgement
    plain = lexicon.words("plain_fact_words")
    verbs = lexicon.words("plain_verbs")
    finite = lexicon.words("finite_verbs")
    for word in re.findall(r"[A-Za-z]+(?:-[a-z]+)?", statement):
        if not word.islower():
            continue
        if len(word) > 4 and _JUDGING_ENDING.match(word) and word not in plain:
            return False  # an adverb or an evaluative adjective
        if (word in finite or (len(word) > 3 and word.endswith("ed"))) and word not in verbs:
            return False  # a verb outside the plain event and state verbs ("collided")
    return True


def imperative(statement: str) -> bool:
    """Whether a sentence gives the reader advice or an instruction ("Save a quarter of the fee
    by booking early.", "Don't miss the parade."): it addresses the reader, so it is never a
    reported fact, whatever numbers it holds."""
    if _ADDRESSING.match(statement):
        return True
    m = _IMPERATIVE.match(statement)
    return bool(m and m.group(1).lower() in lexicon.words("imperative_verbs"))


def is_concrete(statement: str) -> bool:
    """Whether a statement is anchored to a number or a date ("won 25 delegates", "forty
    guards", "on Tuesday", "in March"). Read one by one, the outlet's own sentences without one
    are mostly its interpretation ("The senator has the momentum."), so facts come only from
    concrete ones."""
    words = lexicon.phrase_regex("concrete_words")
    return bool(_DIGIT.search(statement) or words.search(statement))


def _contrast_opener(sentence: str) -> bool:
    """Whether a sentence opens by arguing with the one before ("But", "However", ...)."""
    m = lexicon.phrase_regex("contrast_openers").match(sentence.lstrip("“\"‘' "))
    return m is not None


_HEADLINE_MAX_WORDS = 15  # ledes run longer: the seed's four have 16 to 30 words


def _line_ok(ctx: Context, line: int) -> bool:
    """Whether a paragraph is plain reporting: no claim, hedge, verification or analysis on it
    (worked out once per line)."""
    known = ctx.cache.setdefault("line_ok", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if line not in known:
        known[line] = line not in ctx.claim_lines and not any(
            is_analysis(s.text) for s in ctx.by_line.get(line, [])
        )
    return bool(known[line])


# The outlet on its own sourcing, not a fact of the news: "The Courier has not seen the report",
# "could not be reached for comment", "did not answer a request for comment"
_SOURCING = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:seen|obtained|reviewed|viewed|independently)\b"
    r"|\b(?:could|can)\s*not\s+be\s+(?:independently\s+|immediately\s+)?"
    r"(?:verified|confirmed|reached|established)\b|\bunable\s+to\s+(?:verify|confirm|reach)\b"
    r"|\bfor\s+comment\b|\bdeclined\s+to\s+comment\b|\b(?:did\s+not|didn[’']t)\s+"
    r"(?:immediately\s+)?(?:respond|reply|return)\b|\breportedly\b",
    re.IGNORECASE,
)


def _analysis_on_line(ctx: Context, line: int) -> bool:
    """Whether an own-voice sentence of a paragraph (not attributed, quoted or read by the
    learned model) is analysis (worked out once per line)."""
    known = ctx.cache.setdefault("analysis_on_line", {})
    assert isinstance(known, dict)  # noqa: S101 - the cache's own entry
    if line not in known:
        known[line] = any(
            not s.attributed
            and not s.in_quote
            and all(_recorded_vote(o) for o in ctx.others_in(s.span))
            and is_analysis(s.text)
            for s in ctx.by_line.get(line, [])
        )
    return bool(known[line])


def _own_voice_beside_claims(ctx: Context, sent: Sentence) -> bool:
    """Whether a sentence on a paragraph that holds a claim is still plainly the outlet's own
    report, as an editor reads wire copy ("The airport reopened at 6 a.m. on Friday. 'We took
    no risks,' the director, Ana Vidal, said."):

    - the paragraph holds no verification statement ("The toll could not be verified.") and
      no hedge outside a claim's sentence, and none of its own-voice sentences is analysis;
    - every sentence before it in the paragraph is either the outlet's own or a direct
      quotation closed in its sentence with its speaker named there ("'We took no risks,'
      Vidal said."), never an indirect "X said" (what follows may carry on the speaker's
      account: "The fire started in a storage room, officials said. Four people …"), a
      quotation's continuation or an attribution the analysis could not read;
    - the sentence after it in the paragraph does not point back to it ("That is according
      to police.").

    Whether a sentence after a quotation carries on the speaker's reasoning is left to
    ``_continues_speaker``."""
    story = ctx.story
    line = sent.line
    checked = ctx.cache.get("verification_lines")
    if not isinstance(checked, frozenset):  # once per story: a story of a thousand statements
        checked = ctx.cache["verification_lines"] = frozenset(v.line for v in story.verification)
    if line in checked:
        return False
    for h in story.hedges:
        if h.line == line:
            where = ctx.sentence_at(h.sentence_span or h.span)
            if where is None or where.span == sent.span or not ctx.claims_in(where.span):
                return False
    same = ctx.by_line.get(line, [])
    if _analysis_on_line(ctx, line):
        return False
    if any(not _recorded_vote(o) for o in ctx.others_in(sent.span)):
        return False
    i = next(k for k, s in enumerate(same) if s.span == sent.span)
    for s in same[:i]:
        if s.in_quote:
            return False
        claims = ctx.claims_in(s.span)
        if not (s.attributed or claims or ctx.others_in(s.span)):
            continue
        if not claims or ctx.others_in(s.span) or not all(_closed_quote(ctx, c) for c in claims):
            if not (claims and _COURT_STEP.match(sent.text)):
                return False
    nxt = same[i + 1] if i + 1 < len(same) else None
    return not (nxt is not None and points_back(nxt.text.lstrip()))


# A judge's or court's step in the hearing, named as its subject ("Judge Mara Tenn adjourned the
# hearing to Nov. 4.", "The court remanded the two men in custody."): after a party's indirect
# argument ("Prosecutors argued that …") it is the outlet's report of the hearing, not the
# party's account
_COURT_STEP = re.compile(
    r"\W*(?:(?:Justice|Judge|Magistrate)\s+(?:[A-Z][\w’'-]*\.?\s+){1,3}"
    r"|The\s+(?:judge|magistrate|court|tribunal)\s+)"
    r"(?:adjourned|remanded|granted|postponed)\s+(?:the|a|an|his|her|their|all|both|\w+'s)\b"
)


_VOTE_CUES = frozenset({"voted", "votes"})


def _recorded_vote(other: Claim) -> bool:
    """A cue only the learned model read that is a vote ("Board members voted 9 to 4 …"):
    PolNeAR marks a vote as a stance taken, but a vote the outlet reports is an event, so it
    does not keep its sentence from being the outlet's fact."""
    return other.act == "learned" and (other.cue or "").strip().lower() in _VOTE_CUES


def _closed_quote(ctx: Context, claim: Claim) -> bool:
    """Whether a claim is a direct quotation that opens and closes in its sentence, with its
    speaker named in that sentence (not a pronoun)."""
    if claim.quote != "direct" or not claim.source_span:
        return False
    lo, hi = claim.sentence_span
    if not lo <= claim.source_span[0] < claim.source_span[1] <= hi:
        return False
    if _OPENING_PRONOUN.fullmatch((claim.source_text or "").strip()):
        return False
    sentence = ctx.text[lo:hi]
    curly = sentence.count("“")
    straight = sentence.count('"')
    if curly:
        return curly == sentence.count("”") and not straight
    return straight > 0 and straight % 2 == 0 and "”" not in sentence


# Words by which a sentence after a quotation carries on the speaker's account rather than the
# outlet's report: a pronoun that may point to the speaker, a linking or arguing word, a plan
# or the future, a reason
_CARRIES_ON = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|theirs|its|itself|himself|herself|themselves"
    r"|also|but|however|though|although|because|so|therefore|thus|hence|instead|still|even"
    r"|too|indeed|actually|rather|anyway|otherwise|only|meant|means|tomorrow|next"
    r"|as\s+well|in\s+fact|as\s+a\s+result|due\s+to|set\s+to|going\s+to"
    r"|(?:is|are|was|were)\s+to\s+[a-z]+)\b",
    re.IGNORECASE,
)
# The writer's verdict or framing inside a report ("the debacle in Maricopa County", "an awkward
# appearance", "failed to allay concerns", "another matter altogether", "In a good year", "The
# exchange comes as …"): beside a quotation such a sentence reads as taking a side or leaning on
# what came before, so it is not asked as a plain fact
_VERDICT_WORDS = re.compile(
    r"\b(?:good|bad|awkward|bizarre|odd|strange|chaotic|messy|botched|altogether"
    r"|another\s+matter|(?:failed|managed)\s+to|comes\s+as)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(r"\b(?:is|are|am|does|do|isn[’']t|aren[’']t|doesn[’']t|don[’']t)\b")
_PAST = re.compile(
    r"\b(?:was|were|had|did|wasn[’']t|weren[’']t|hadn[’']t|didn[’']t|has\s+been|have\s+been)\b"
    r"|\b[a-z]{3,}ed\b",
)


def _continues_speaker(ctx: Context, sent: Sentence, text: str) -> bool:
    """Whether a sentence on a paragraph that holds a claim may carry on a speaker's account
    rather than report in the outlet's voice: it has a word of ``_CARRIES_ON`` ("also", "but",
    a pronoun that may point to the speaker: "China has also carried out drills" after a
    ministry's words), or a verdict (``_VERDICT_WORDS``, a noun of ``gen_evaluative_nouns.txt``
    anywhere: "the debacle"); or it follows a quotation in its paragraph and does not report a past
    event ("'The crews did well,' Bale said. The warehouse is safe.": a present-tense
    statement, or no past verb). A sentence before any attribution in its paragraph is the
    outlet's lead, and only the first test is put to it."""
    if _CARRIES_ON.search(text) or _VERDICT_WORDS.search(text):
        return True
    verdicts = lexicon.words("evaluative_nouns")
    if any(w in verdicts or w[:-1] in verdicts for w in re.findall(r"[a-z]+", text)):
        return True  # "an inquiry into the debacle": a verdict noun anywhere
    same = ctx.by_line.get(sent.line, [])
    if not any(s.span[1] <= sent.span[0] and s.attributed for s in same):
        return False
    if _PRESENT.search(text):
        return True
    past = _past_forms()
    return not (_PAST.search(text) or any(w in past for w in re.findall(r"[a-z]+", text)))


@functools.cache
def _past_forms() -> frozenset[str]:
    """The plain verbs' past forms ("took", "fell", "won"): ``gen_plain_verbs.txt`` without its
    present forms."""
    present = {"am", "are", "is", "be", "been", "has", "have", "do", "does"}
    return lexicon.words("plain_verbs") - present


# "put the total at", "puts the cost of the repairs at": a body's own figure, an attribution
_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:total|number|cost|costs|figure|toll|bill|value|price|count|loss|losses|damage|tally"
    r"|amount)\s+(?:of\s+[^,.;:]{0,40}?\s+)?at\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+)?"
    r"[$£€]?\d"
)


# A ruling or finding with its content ("The court ruled that …", "The panel held that …",
# "judges concluded that …"): the court's or body's finding, which it may be wrong about and an
# appeal may overturn, so it is an attribution, never the outlet's own fact
_RULED_THAT = re.compile(
    r"\b(?:ruled|rules|held|holds|concluded|concludes|determined|determines|decided|decides"
    r"|found|finds|deemed|deems|judged)\s+(?:in\s+\w+\s+)?that\b",
    re.IGNORECASE,
)


def fact_statement(ctx: Context, sent: Sentence) -> str | None:
    """The sentence as a fact statement, or None if it is not plainly the outlet's own fact."""
    if sent.attributed or sent.in_quote or _headline(ctx, sent):
        return None
    if not _line_ok(ctx, sent.line) and not _own_voice_beside_claims(ctx, sent):
        return None
    if not_a_sentence(sent.text):
        return None
    text = drop_it_comes_as(strip_dateline(sent.text).strip())
    if _QUOTE_CHARS.search(text) or lexicon.phrase_regex("reporting_words").search(text):
        return None
    if statement_problem(text) or not text.endswith(".") or not _verb_likely(text):
        return None
    if bare_role_subject(text):
        return None  # "The son has not named a gift.": which son, the statement cannot say
    if ";" in text or ":" in _QUOTE_SPANS.sub(" ", text):
        return None  # "Three bills became law: X; Y; and Z.": a list, not one plain fact
    if _SOURCING.search(text):
        return None  # "The Courier has not seen the report.": how the story was sourced
    if _PUT_AT.search(text):
        return None  # "The council put the total at 9,800.": the council's figure, not a fact
    if _RULED_THAT.search(text):
        return None  # "A panel of judges ruled that he had …": the court's finding, its claim
    if not _line_ok(ctx, sent.line) and _continues_speaker(ctx, sent, text):
        return None  # "'We are sorry,' Vidal said. The staff also closed two gates.": hers
    return text


# A sentence opening on what points back to the sentence before ("The alternative is …", "That
# would cost …", "This means …"), not on a time ("This year", "That night")
_POINTS_BACK = re.compile(
    r"[“\"‘']?(?:The\s+alternative|(?:That|This|These|Those|Such)\b"
    r"(?!\s+(?:year|week|month|day|morning|afternoon|evening|night|weekend|time|season|spring"
    r"|summer|fall|autumn|winter|decade|century|past|coming|same|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)|Otherwise\b)"
)


def points_back(statement: str) -> bool:
    """Whether a statement opens on words that point back to the sentence before it: asked on
    its own after an attributed sentence, it would carry on that argument as if it were fact."""
    return _POINTS_BACK.match(statement) is not None


# A definite description of a place or a body ("the country", "the Canadian province", "the
# company's"): asked alone, the statement leans on the story for its referent. Not "the state of
# Ohio", "the group raising money for …", "the first state to …" (self-contained), nor a name
# ("the Islamic State": the type word in lower case only).
_DESCRIBED = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w.’'-]*\s+){0,3}|(?:[a-z][\w-]*\s+){1,2})"
    r"(country|province|state|city|company|group|region)(?:[’']s)?\b"
    r"(?!\s+(?:of|to|that|which|who|whose|where|in\s+which)\b|\s+[a-z]+ing\b|[’'-]\w)"
)
# a people's adjective ("Canadian", "Nordic", "Dutch"): not the body's name
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)")
_PLACES = ("country", "state")
# "state" or "city" before a noun ("the state fuel tax", "the city council"): the level of
# government is meant, not one place the reader must find
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:is|was|has|had|have|will|would|can|could|may|might|must|should|does|did|do|also"
    r"|now|then|still|and|or|but|to|in|on|at|for|with|by|from|as|that|which|where|after|before"
    r"|into|over|under|since|until|when|while|itself|alone|safe|again|already)\b)"
    r"[a-z]+(?<!ed)(?<![^s]s)\b(?![’'-])"
)
# heads that name a body of the type ("bakery chain Goldcrust", "rights group Amnesty")
_TYPE_HEADS = {
    "company": r"company|firm|chain|maker|operator|retailer|supplier|carrier|airline|bank"
    r"|insurer|producer|manufacturer|developer|conglomerate|giant|corporation",
    "group": r"group|organi[sz]ation|association|union|coalition|charity|committee|alliance",
    "city": r"city|town",
    "province": r"province",
    "region": r"region",
}
_NAME_RUN = r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,3}"
_NAME_STOP = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "and"})
_DATELINE_CITY = re.compile(
    r"(?m)^([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})(?=\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|[—–-]))"
)


@functools.cache
def _country_names() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("countries")}


@functools.cache
def _place_regex(kind: str) -> re.Pattern[str]:
    """The names of a country or a US state, whole words, as capitalised in prose."""
    names = _country_names() if kind == "country" else lexicon.words("us_states")
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alternation})(?![\w’'-]|\.\w)", re.IGNORECASE)


def _place_key(kind: str, found: str) -> str | None:
    """A country's or a state's name as matched, or None when it is not written as a name (the
    pronoun "us", "georgia" in lower case)."""
    low = found.lower()
    if not found[:1].isupper() or (len(low.replace(".", "")) <= 3 and not found.isupper()):
        return None
    return _country_names().get(low, low) if kind == "country" else low


def _named_bodies(ctx: Context, kind: str) -> list[tuple[int, str]]:
    """The offsets and names of the bodies of one type that the story names, in text order
    (worked out once per story and type): countries and US states from the lists, cities from
    a dateline and "the city of X"/"X city", other bodies from "<head> X", "X <head>" and
    "<head> of X"."""
    key = f"named:{kind}"
    known = ctx.cache.get(key)
    if known is None:
        lo, hi = ctx.story.span
        text = ctx.text
        found: list[tuple[int, str]] = []
        if kind in ("country", "state"):
            for m in _place_regex(kind).finditer(text, lo, hi):
                name = _place_key(kind, m.group(0))
                if name:
                    found.append((m.start(), name))
        else:
            heads = _TYPE_HEADS[kind]
            patterns = (
                rf"\b(?:{heads})(?:,\s+|\s+of\s+|\s+)({_NAME_RUN})",
                rf"({_NAME_RUN})\s+(?:{heads})\b",
            )
            for pattern in patterns:
                for m in re.finditer(pattern, text[lo:hi]):
                    words = [w for w in m.group(1).split() if w.lower() not in _NAME_STOP]
                    if words:
                        found.append((lo + m.start(), " ".join(words).lower()))
            if kind == "city":
                for m in _DATELINE_CITY.finditer(text, lo, hi):
                    found.append((m.start(), m.group(1).lower()))
        known = ctx.cache[key] = sorted(found)
    return known  # type: ignore[return-value]


def dangling_description(ctx: Context, start: int, statement: str) -> bool:
    """Whether a statement asked alone leans on a definite description of a place or a body
    ("the country", "the Canadian province", "the company's") whose referent the reader cannot
    know: the story names none or several of that type before it (``start``: where the
    statement's sentence begins), and the statement itself not exactly one. A description
    whose own modifier is a name of the type ("the New Hampshire state Senate") stands on its
    own. A bare "the region" leans only when two regions are named (else it is the story's
    own area)."""
    for m in _DESCRIBED.finditer(statement):
        modifier, kind = m.group(1).strip(), m.group(2)
        if modifier[:1].islower():
            continue  # "the rebel group", "the first state to …": described, or no referent
        if modifier and not _DEMONYM.fullmatch(modifier.split()[-1]) and kind not in _PLACES:
            continue  # "the Ostra city council": the name is in the description
        if kind in _PLACES and modifier[:1].isupper():
            if any(_place_key(kind, f.group(0)) for f in _place_regex(kind).finditer(modifier)):
                continue  # "the New Hampshire state Senate"
        possessive = m.group(0)[-2:-1] in "’'"
        if kind in ("state", "city") and not possessive and _ATTRIBUTIVE.match(statement, m.end()):
            continue  # "the state fuel tax", "the city council": a level of government
        here = {n for _, n in _named_in(kind, statement[: m.start()])}
        if len(here) == 1:
            continue  # "By winning in Ohio, Kasich took all of the state's delegates"
        names = here | {n for at, n in _named_bodies(ctx, kind) if at < start}
        if kind == "region" and not modifier and len(names) < 2:
            continue  # "costing the region …" with no region named: the story's own area
        if len(names) != 1:
            return True
    return False


def _named_in(kind: str, text: str) -> list[tuple[int, str]]:
    """The names of one type in a piece of text (the statement before its description)."""
    if kind in ("country", "state"):
        found = (
            (f.start(), _place_key(kind, f.group(0))) for f in _place_regex(kind).finditer(text)
        )
        return [(at, n) for at, n in found if n]
    return []


# Words anywhere in a sentence that rank or place its subject against something said before
# it ("Kent followed closely behind at 23%.", "The rest went to the council.", "Another 30%
# disagreed.", "Ames came next."): asked alone, the sentence makes no sense (behind what?),
# whatever the sentence before it was.
_LEANS_BACK = re.compile(
    r"\bfollow(?:ed|s|ing)?\s+(?:(?:close(?:ly)?|just|right|not\s+far)\s+)?"
    r"(?:behind|suit|at\s+\d|with\s+\d|close(?:ly)?\b|[,;.])"
    r"|\bbehind(?=\s*(?:[,;.]|$|at\s|with\s|on\s+\d|by\s+\d))"
    r"|\btrail(?:ed|s|ing)?(?=\s*(?:[,;.]|$|at\s|with\s|by\s+\d))"
    r"|\bthe\s+(?:rest|remainder)(?=\s*[,;.]|\s+(?:was|were|is|are|went|go|goes|got|had|have"
    r"|has|will|came|stayed|remained|did)\b)|\bthe\s+(?:remaining|latter|others)\b"
    r"|\bthe\s+other\s+(?:one|ones|half|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"|\b(?:another|other)\s+[$]?\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)"
    r"|\b(?:came|comes|was|were|is|are|ranked|ranks|finished)\s+next\b|\bnext\s+(?:came|was|were)\b"
    r"|\b(?:likewise|similarly)\b|\bthe\s+same\s+(?:way|as|number|share|amount|rate)\b"
    r"|\b(?:by|in)\s+(?:comparison|contrast)\b",
    re.IGNORECASE,
)


def leans_back(statement: str) -> bool:
    """Whether a statement places its subject against something the story said before it
    (``_LEANS_BACK``): not self-contained, so never asked alone as a fact."""
    return _LEANS_BACK.search(statement) is not None


# A figure of a study, poll or report: a document's noun and a number in one sentence ("A study
# by the university found that three towns pay 41%."); not "average", "count" or "results",
# which the outlet states as its own figures ("The average rent is $1,840.")
_EVIDENCE = re.compile(
    r"\b(?:stud(?:y|ies)|surveys?|polls?(?!\s+(?:open|opened|close|closed|closing)\b)|polling|reports?|research(?:ers)?|analys[ie]s|audits?"
    r"|census|statistics|data|findings|rankings?|estimates?|forecasts?|projections?"
    r"|figures|index)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")
# a share or a margin, what a study finds ("22%", "13 percentage points", "2 in 10"); not a date
_SHARE = re.compile(
    r"\d\s*%|\d\s+(?:percent|per\s+cent|percentage\s+points?|points?)\b"
    r"|\b\d+\s+(?:in|out\s+of)\s+\d+\b",
    re.IGNORECASE,
)
_CARRIED_MAX = 3  # figure sentences read as the study's after the one that names it


def carried_figures(sentences: list[Sentence]) -> set[tuple[int, int]]:
    """The spans of the sentences that carry on the figures of a study, poll or report named
    just before ("A study found … 41%. The lowest was Granton at 22%. Millbury followed at
    23%."): the sentences with a share or a margin (``_SHARE``, not a date) that follow one
    naming such a document with a figure, in a row (up to ``_CARRIED_MAX``), in its paragraph
    or the next. Their figures are the
    document's finding, not the outlet's own fact, so they are not asked as facts. One pass."""
    out: set[tuple[int, int]] = set()
    run = -1  # figure sentences read since the document's (-1: none open)
    lines: list[int] = []  # the document's paragraph, then the next one
    for s in sentences:
        if _FIGURE.search(s.text) and _EVIDENCE.search(s.text):
            run, lines = 0, [s.line]
            continue
        if run >= 0 and s.line not in lines and len(lines) < 2:
            lines.append(s.line)
        if _SHARE.search(s.text) and 0 <= run < _CARRIED_MAX and s.line in lines:
            out.add(s.span)
            run += 1
        else:
            run = -1
    return out


# A share a source reports in words ("nearly half of voters", "majorities of members") or in
# figures (``_SHARE``): a claim giving one beside a sentence of shares makes that sentence read as
# the same source's finding
_SHARE_WORDS = re.compile(
    r"\b(?:half|majority|majorities|most|two-thirds|three-quarters|one-third|a\s+third"
    r"|a\s+quarter)\b",
    re.IGNORECASE,
)
# what a poll's margin of error is: the outlet's fact about the poll, not the poll's finding
# ("within the poll's margin of error" of a finding is no such sentence)
# a share as a poll gives it ("44%", "13 percentage points", "3 in 10"), stricter than ``_SHARE``:
# not "9,000 in 2010", a count and a year
_POLL_SHARE = re.compile(
    r"\d\s*%|\d\s+(?:percent|per\s+cent|percentage\s+points?)\b"
    r"|(?<![\d,.])\b\d{1,2}\s+(?:in|out\s+of)\s+\d{1,3}\b(?![\d,])",
    re.IGNORECASE,
)
_METHOD = re.compile(
    r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of|is|was|(?:is|was\s+)?plus)\b", re.IGNORECASE
)
_RESTATE_SHARE = 0.6  # of the fact's content words (and of its words that are not names)


def attributed_nearby(ctx: Context, sent: Sentence, statement: str) -> bool:
    """Whether a fact candidate's content is attributed in the sentence just before or after it,
    so that it reads as the source's account, not the outlet's own fact:

    - a claim there says the same ("The union says the pit lost 40 jobs in March." / "The pit
      lost 40 jobs in March, when the east seam closed."): ``_RESTATE_SHARE`` of the fact's
      content words, two words that are not names at least, and every figure of the fact;
    - the fact gives shares (``_POLL_SHARE``: "3 in 10", "44%") and a claim there gives shares
      too or is a study's or a poll's ("According to exit polls, nearly half of voters were over
      45." / "In Elmar, about 3 in 10 were under 30."): its figures are the same finding, carried
      on.
      Not a poll's margin of error, which the outlet states of the poll."""
    names, common, figures = _echo_words(statement)
    words = names | common
    shares = _POLL_SHARE.search(statement) is not None and not _METHOD.search(statement)
    for near in (ctx.sentence_before(sent.span[0]), ctx.sentence_after(sent.span[1])):
        if near is None:
            continue
        for claim in ctx.claims_in(near.span):
            c_names, c_common, c_figures = _echo_words(claim.content)
            shared = len(common & c_common)
            if (
                shared >= max(_ECHO_MIN_SHARED, _RESTATE_SHARE * len(common))
                and len(words & (c_names | c_common)) >= _RESTATE_SHARE * len(words)
                and figures <= c_figures
            ):
                return True
            if shares and (
                _POLL_SHARE.search(claim.content)
                or _SHARE_WORDS.search(claim.content)
                or _EVIDENCE.search(claim.source or "")
            ):
                return True
    return False


def _headline(ctx: Context, sent: Sentence) -> bool:
    """Whether a sentence is a short line standing alone before the story's first real paragraph:
    a headline, deck or label, written in telegraphic style ("Senator presses agenda through
    small provisions.") rather than as a sentence to quote; or a short one-line list item."""
    story = ctx.story
    if story.end_line == story.start_line:
        return False
    alone = len(ctx.by_line.get(sent.line, [])) == 1
    if not alone or word_count(sent.text) >= _HEADLINE_MAX_WORDS:
        return False
    first_paragraph = ctx.cache.get("first_paragraph")
    if first_paragraph is None:
        first_paragraph = ctx.cache["first_paragraph"] = next(
            (
                line
                for line, sents in sorted(ctx.by_line.items())
                if len(sents) > 1 or word_count(sents[0].text) >= _HEADLINE_MAX_WORDS
            ),
            story.end_line + 1,
        )
    assert isinstance(first_paragraph, int)  # noqa: S101 - the cache's own entry
    return sent.line < first_paragraph or _names_only(sent.text)


def _names_only(text: str) -> bool:
    """Whether a line is a list of names ("Ahmed al Ashry and Reham Mosad."): no verb, and
    mostly capitalised words."""
    words = re.findall(r"[A-Za-z’']+", text)
    lower = sum(w.islower() for w in words)
    return not _has_verb(text) and lower * 2 < len(words)


def _has_verb(text: str) -> bool:
    """Whether any word outside quotations may be a finite verb (listed, or a form in -ed)."""
    finite = lexicon.words("finite_verbs")
    bare = _QUOTE_SPANS.sub(" ", text)
    words = re.findall(r"[A-Za-z’']+", bare)
    return any(
        w.lower() in finite or (w.islower() and w.endswith("ed") and len(w) > 4) for w in words
    )


def _verb_likely(text: str) -> bool:
    """Whether a sentence probably has a main verb (a headline, list or credit line has none)."""
    return is_clause(text) or (word_count(text) >= 8 and not _names_only(text))


_SPEECH_VERBS = frozenset(load_lexicon("speech_verbs"))


def _relative_not_speech(claim: Claim) -> bool:
    """Whether a claim's source is a relative pronoun ("a pollster who supported X") and its
    cue no verb of speaking: the relative clause tells what the person did, and its object is
    no content that can stand as a sentence."""
    if (claim.source_text or "").strip().lower() not in ("who", "which", "that"):
        return False
    first = (claim.cue or "").split()[:1]
    return not first or first[0].lower() not in _SPEECH_VERBS


def claim_statement(ctx: Context, claim: Claim) -> str | None:
    """A claim's content as a plain sentence, or None if it does not make a clean one."""
    if claim.stance != "asserts" or not claim.source or not is_clause(claim.content):
        return None
    if claim.content.count("''") > 2:
        return None  # "''Ferry crews'' have ''no wish to …''": the quotes cannot be kept
    if ctx.text[claim.sentence_span[0] : claim.sentence_span[1]].rstrip(" ”’\"'").endswith(":"):
        return None  # "X said the plan had three parts:": it introduces what follows, a list
    if not is_claim(ctx, claim) or _confirmed_next(ctx, claim) or doubtful_source(ctx, claim):
        return None
    if document_channel(ctx, claim):
        return None  # "Adler said in her audit that …": a document's finding, not a claim
    if pledge(ctx.text, claim) or request_start(claim.content, claim.quote == "direct") is not None:
        return None  # "Doe said she would cut fares", "…, but we ask …": an intention, a request
    if recipient_in_content(ctx.text, claim) or ambiguous_pronoun(ctx.text, claim):
        return None
    if claim.cue_span and _overlap(claim.cue_span, claim.content_span):
        return None
    if _relative_not_speech(claim):
        return None  # "a strategist who supported Texas Sen. Ted …": a deed, not words
    if _cut_short(ctx.text, claim):
        return None  # "… or hide fictive[, harmful entries among …]": half a noun phrase
    if claim.source_span and _overlap(claim.source_span, claim.content_span):
        return None
    if _PARTICIPLE_CUE.search(claim.cue or "") and _OPENING_PRONOUN.match(claim.content):
        return None  # "Ostra blocked the bank, fearing it would …": "it" is the bank
    source = claim.source if content_after_cue(claim) else None  # see content_after_cue
    if not opens_clause(content_clause(claim.content, source, claim.source_kind)):
        return None
    statement = statement_from_content(claim.content, source, claim.source_kind)
    if source is None and unresolved_pronoun(statement):
        return None
    if bare_role_subject(statement):
        return None  # "The father has given …": which father, the statement cannot say
    if _writer_aside(ctx.text, claim):
        return None  # "As I noted above, X got 2 million votes, according to Y": the writer's own
    if SECOND_THAT.search(statement):
        return None  # "… grown quickly and that its owner had …": two claims, no one sentence
    if statement_problem(statement) or lexicon.phrase_regex("reporting_words").search(statement):
        return None
    if other_attribution(statement):
        return None  # "… in May, while engineers warned …": another source's words run on
    return statement


# The outlet says it too: a claim whose content an own-voice sentence of the story asserts
# ("Ada Lin is declaring that she won four of the five wards." / "Lin won four of the five
# wards, …") could be answered "reported as fact" as well, so it is not asked as a claim. Words
# are compared by a crude lemma (``_lemma``); the figures, a negation and a modal must match.
_ECHO_SHARE = 0.6  # of the claim's content words ...
_ECHO_COMMON_SHARE = 0.75  # ... and of those that are not names (its predicate, mostly)
_ECHO_MIN_SHARED = 2  # words that are not names, shared at least
_ECHO_STOP = frozenset(load_lexicon("cohesion_stopwords"))  # with "not", "no": see _ECHO_NEGATION
_ECHO_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*\d|\d")
_ECHO_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|(?<!\w)‘[^’]*’(?!\w)|(?<!\w)'[^']*'(?!\w)")
_ECHO_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n[’']t\b", re.IGNORECASE
)


def _echo_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A sentence's content words as (names, other words, figures): names are the capitalised
    words, figures the numbers without their commas; function words are left out."""
    stop = _ECHO_STOP
    names, common, figures = set(), set(), set()
    for w in _ECHO_WORD.findall(text):
        if w[0].isdigit():
            figures.add(w.replace(",", "").rstrip("."))
        elif w.lower() in stop or len(w) < 2:
            continue
        elif w[0].isupper():
            names.add(w.lower().replace("’", "'").removesuffix("'s"))
        else:
            common.add(lemma(w))
    return frozenset(names), frozenset(common), frozenset(figures)


_OwnSentence = tuple[Sentence, frozenset[str], frozenset[str], bool, bool]


def _own_voice(ctx: Context) -> tuple[list[_OwnSentence], dict[str, list[int]]]:
    """The story's own-voice sentences (no attribution, no quotation, no reporting or mind
    word; quoted words left out) with their words, and an index from each word to them (worked
    out once per story)."""
    known = ctx.cache.get("own_voice")
    if known is None:
        own: list[_OwnSentence] = []
        index: dict[str, list[int]] = {}
        reporting = lexicon.phrase_regex("reporting_words")
        for s in ctx.story.sentences:
            text = _ECHO_QUOTES.sub(" ", s.text)
            if s.attributed or s.in_quote or text.rstrip().endswith("?"):
                continue
            if reporting.search(text) or _MIND.search(text):
                continue  # "Critics insist that …": someone's view, not the outlet's
            if any(w.lower() in CUE_WORDS for w in _ECHO_WORD.findall(text)):
                continue
            names, common, figures = _echo_words(text)
            neg = _ECHO_NEGATION.search(text) is not None
            modal = _MODAL.search(text[:1].lower() + text[1:]) is not None
            for w in names | common:
                index.setdefault(w, []).append(len(own))
            own.append((s, names | common | figures, figures, neg, modal))
        known = ctx.cache["own_voice"] = (own, index)
    return known  # type: ignore[return-value]


# a subject that is a bare kinship or role definite ("The father", "The wife", "The official"):
# on its own the statement does not say which person it is
_BARE_ROLE_SUBJECT = re.compile(
    r"^[“\"‘']?(?:The|Her|His|Their)\s+(?:father|mother|son|daughter|wife|husband|brother|sister"
    r"|parents?|grandfather|grandmother|uncle|aunt|nephew|niece|cousin|boyfriend|girlfriend"
    r"|fiancée?|widow|widower|official|officials|spokesman|spokeswoman|spokesperson|aide)"
    r"\s+(?!of\b|for\b|who\b|[A-Z])[a-z]"
)


def bare_role_subject(statement: str) -> bool:
    """Whether a statement's subject is a bare kinship or role definite ("The father has given
    …"), which names no one person on its own."""
    return _BARE_ROLE_SUBJECT.match(statement) is not None


# the writer's own aside in the claim's sentence ("As I noted above, …", "as noted earlier"):
# the outlet asserts what follows itself, a source only adds to it
_WRITER_ASIDE = re.compile(
    r"\bas\s+(?:I|we)\s+(?:have\s+)?(?:noted|said|wrote|written|mentioned|reported|pointed\s+out"
    r"|explained)\b|\bas\s+(?:noted|mentioned|reported|stated)\s+(?:above|earlier|before)\b",
    re.IGNORECASE,
)


def _writer_aside(text: str, claim: Claim) -> bool:
    """Whether the claim's sentence, outside its quotations, holds the writer's own "as I noted
    above": the outlet vouches for the content itself."""
    s, e = claim.sentence_span
    return _WRITER_ASIDE.search(_ECHO_QUOTES.sub(" ", text[s:e])) is not None


# a figure with its magnitude ("2 million", "71 percent"): the same one in an own-voice sentence
# that shares words with the claim means the outlet states the figure itself
_FIGURE_UNIT = re.compile(
    r"\b(\d[\d,.]*)\s*(million|billion|thousand|percent|per\s+cent|%)", re.IGNORECASE
)


def _figure_echo(ctx: Context, claim: Claim, statement: str) -> bool:
    """Whether an own-voice sentence of the story (not the claim's) gives a figure of the
    statement with the same magnitude and shares two more of its words that are not names
    ("More than 2 million people voted for her" / "Ortiz got more than 2 million votes …,
    according to BallotCount"): the outlet states the figure too."""
    wanted = {
        (m.group(1).replace(",", "").rstrip("."), m.group(2).lower().replace(" ", ""))
        for m in _FIGURE_UNIT.finditer(statement)
    }
    if not wanted:
        return False
    _names, common, _figures = _echo_words(statement)
    lo, hi = claim.sentence_span
    own, _index = _own_voice(ctx)
    for sent, o_words, _o_figures, _neg, _modal in own:
        if sent.span[0] < hi and lo < sent.span[1]:
            continue
        found = {
            (m.group(1).replace(",", "").rstrip("."), m.group(2).lower().replace(" ", ""))
            for m in _FIGURE_UNIT.finditer(sent.text)
        }
        if wanted & found and len(common & o_words) >= _ECHO_MIN_SHARED + 1:
            return True
    return False


def echoed_by_outlet(ctx: Context, claim: Claim, statement: str) -> bool:
    """Whether a sentence of the story in its own voice (outside the claim's sentence) states
    the claim's content too: it shares ``_ECHO_SHARE`` of the statement's content words and
    ``_ECHO_COMMON_SHARE`` of its words that are not names (at least ``_ECHO_MIN_SHARED`` of
    these: "The court deadlocked" is not echoed by "the court's biggest cases"), every figure, and a
    negation and a modal word only if the statement has one. Then "reported as fact" is a
    right answer too (the outlet asserts it), so the claim is not asked. Conservative: a
    paraphrase ("moving closer to a second term" / "widening her lead") is not seen."""
    names, common, figures = _echo_words(statement)
    if len(common) < _ECHO_MIN_SHARED:
        return False
    words = names | common
    neg = _ECHO_NEGATION.search(statement) is not None
    modal = _MODAL.search(statement[:1].lower() + statement[1:]) is not None
    own, index = _own_voice(ctx)
    hits: dict[int, int] = {}
    for w in common:
        for i in index.get(w, ()):
            hits[i] = hits.get(i, 0) + 1
    lo, hi = claim.sentence_span
    for i, n_common in hits.items():
        sent, o_words, o_figures, o_neg, o_modal = own[i]
        if sent.span[0] < hi and lo < sent.span[1]:
            continue  # the claim's own sentence
        if n_common < max(_ECHO_MIN_SHARED, _ECHO_COMMON_SHARE * len(common)):
            continue
        if neg != o_neg or modal != o_modal or not figures <= o_figures:
            continue
        if len(words & o_words) >= _ECHO_SHARE * len(words):
            return True
    return _figure_echo(ctx, claim, statement)


# The headline asserts in the outlet's voice too ("Swimmer Lind suspended after missed tests"
# over "Lind has been suspended …, the agency said"): a claim whose gist it states is not asked
# as a claim. Not a headline that quotes or attributes ("Agency says …", "Lind: …", "‘…’").
_HEADLINE_SHARE = 0.75  # of the headline's content words found in the statement ...
_HEADLINE_COVER = 0.4  # ... covering this much of the statement's
_HEADLINE_VOICE = re.compile(r"[:?“”\"‘]|''|(?<!\w)'|\s[—–-]\s*$")


def _headline_text(ctx: Context) -> str | None:
    """The story's headline: its first line when that line stands alone before the first
    sentence (a title that is the lede itself is no headline)."""
    story = ctx.story
    first = story.sentences[0].line if story.sentences else None
    if first is None or first <= story.start_line or story.start_line in ctx.by_line:
        return None
    lines = ctx.text[story.span[0] : story.span[1]].split("\n", 1)
    head = lines[0].strip()
    return head if head and word_count(head) <= _HEADLINE_MAX_WORDS + 5 else None


def _outlet_headline(ctx: Context) -> str | None:
    """The headline when it speaks in the outlet's voice: no quotation, colon, question,
    reporting word, mind word or cue word ("Agency says swimmer …", "Minister denies …");
    worked out once per story (every statement is compared with it)."""
    if "outlet_headline" not in ctx.cache:
        ctx.cache["outlet_headline"] = _read_outlet_headline(ctx)
    head = ctx.cache["outlet_headline"]
    assert head is None or isinstance(head, str)  # noqa: S101 - the cache's own entry
    return head


def _read_outlet_headline(ctx: Context) -> str | None:
    """``_outlet_headline`` worked out."""
    head = _headline_text(ctx)
    if head is None or _HEADLINE_VOICE.search(head):
        return None
    if lexicon.phrase_regex("reporting_words").search(head) or _MIND.search(head):
        return None
    if any(w.lower() in CUE_WORDS for w in _ECHO_WORD.findall(head)):
        return None
    return head


def echoed_by_headline(ctx: Context, statement: str) -> bool:
    """Whether the headline, in the outlet's voice (no quotation, colon, question or reporting
    word), states the statement's gist: ``_HEADLINE_SHARE`` of its content words are the
    statement's, covering ``_HEADLINE_COVER`` of the statement's, with two words that are not
    names at least; its figures, a negation and a modal as the statement has them. Then
    "reported as fact" is a right answer too. Words are compared in lower case, since a
    headline may be written in title case."""
    head = _outlet_headline(ctx)
    if head is None:
        return False

    def words(text: str) -> tuple[set[str], set[str], frozenset[str]]:
        names, common, figures = _echo_words(text)
        return {lemma(w) for w in names | common}, {lemma(w) for w in common}, figures

    h_words, _, h_figures = words(head)
    s_words, s_common, s_figures = words(statement)
    shared = h_words & s_words
    if len(h_words) < 3 or len(shared) < _HEADLINE_SHARE * len(h_words):
        return False
    if len(shared) < _HEADLINE_COVER * len(s_words) or len(shared & s_common) < 2:
        return False
    neg = _ECHO_NEGATION.search(statement) is not None
    modal = _MODAL.search(statement[:1].lower() + statement[1:]) is not None
    h_modal = _MODAL.search(head.lower()) is not None
    return (
        neg == (_ECHO_NEGATION.search(head) is not None)
        and modal == h_modal
        and (h_figures <= s_figures)
    )


# The core event of a statement is its main clause, cut before a side clause (", injuring two
# workers", ", which …") or a clause of time or reason (" after …", " while …"), without its
# words of time ("overnight", "on Tuesday"): what an end attribution in a wire lead ("A crane
# toppled onto a warehouse overnight, injuring two workers, the port authority said") hangs on
# a source while the headline or another paragraph states it in the outlet's own voice
_SIDE_CLAUSE = re.compile(
    r",\s+(?:[a-z]{2,}ing|which|who|whose|where|when|while|as|after|before|because|although"
    r"|though|despite|including|according|but|and|with|until|since|amid)\b"
    r"|\s(?:after|before|while|because|although|though|despite|when|until|since|amid)\s"
)
_TIME_WORDS = frozenset(
    "overnight today yesterday tonight morning afternoon evening night earlier later week"
    " weekend month year day monday tuesday wednesday thursday friday saturday sunday january"
    " february march april may june july august september october november december".split()
)
_AUXILIARIES = frozenset(
    "am is are was were be been being has have had do does did will would shall should can"
    " could may might must".split()
)
_CORE_SHARE = 0.75  # of the core's words that are not names (its verb among them) ...
_CORE_ALL_SHARE = 0.6  # ... and of all its words, found in the sentence that echoes it

_Core = tuple[frozenset[str], frozenset[str], frozenset[str], str, frozenset[str]]


def _core_event(statement: str) -> _Core | None:
    """A statement's core event as (names, other words, figures, main verb, subject words), in
    the form of ``_echo_words``, or None when its main clause shows no main verb (the first
    word after the subject that is a listed finite verb, a plain verb's past form or a word in
    -ed, or a word in -ing after an auxiliary; auxiliaries passed over: "were injured" gives
    "injur")."""
    m = _SIDE_CLAUSE.search(statement)
    main = statement[: m.start()] if m else statement
    toks = _ECHO_WORD.findall(main)
    verb_at = _main_verb_at(toks)
    if verb_at is None:
        return None
    time = _TIME_WORDS | {lemma(w) for w in _TIME_WORDS}

    def words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        names, common, figures = _echo_words(text)
        return names - time, common - time, figures

    names, common, figures = words(main)
    s_names, s_common, _ = words(" ".join(toks[:verb_at]))
    return names, common, figures, lemma(toks[verb_at]), s_names | s_common


def _main_verb_at(toks: list[str]) -> int | None:
    """The index of a main clause's verb among its words (see ``_core_event``), or None."""
    finite = lexicon.words("finite_verbs")
    past = _past_forms()
    for i, w in enumerate(toks[1:], 1):
        low = w.lower()
        if not w.islower() or low in _AUXILIARIES:
            continue
        after_aux = toks[i - 1].lower() in _AUXILIARIES
        if low in finite or low in past or (low.endswith("ed") and len(low) > 4):
            return i
        if after_aux and low.endswith("ing") and len(low) > 4:
            return i  # "was working with operators"
    return None


def _between_subject_and_verb(word: str) -> bool:
    """Whether a word may stand between a subject and its verb: an auxiliary, "not", an adverb
    in -ly ("had partly collapsed")."""
    low = word.lower()
    return low in _AUXILIARIES or low == "not" or (word.islower() and low.endswith("ly"))


_OBJECT_ENDS = frozenset(
    "in on at during after before for from to with by over under into near since until as"
    " because while when of than about against".split()
)


def _subject_verb(toks: list[str]) -> tuple[str, str, frozenset[str]] | None:
    """A main clause's subject head (the word right before its verb, auxiliaries and adverbs
    passed over), verb, and the words of its object, or else of its first phrase after a
    preposition ("collapsed during the storm", "came from the ministry"), as ``_echo_words``
    gives them; None when there is none or the head is a function word."""
    verb_at = _main_verb_at(toks)
    if verb_at is None:
        return None
    j = verb_at - 1
    while j > 0 and _between_subject_and_verb(toks[j]):
        j -= 1
    head = toks[j]
    if not head.isalpha() or len(head) < 3 or head.lower() in _ECHO_STOP:
        return None
    phrases: list[set[str]] = [set()]  # the object, then each phrase after a preposition
    for w in toks[verb_at + 1 :]:
        low = w.lower()
        if low in _OBJECT_ENDS:
            phrases.append(set())
        elif low not in _ECHO_STOP and low not in _TIME_WORDS and not low.endswith("ly"):
            phrases[-1].add(
                low.replace("’", "'").removesuffix("'s") if w[0].isupper() else lemma(w)
            )
    words = next((p for p in phrases if p), set())  # "won the backing", "came from the ministry"
    return lemma(head), lemma(toks[verb_at]), frozenset(words)


# an own-voice sentence written with the claim's subject and verb ("Part of the harbour wall
# collapsed on Sunday night, officials said." / "The wall collapsed as waves reached six metres."):
# the outlet tells the event itself, though in other words around it
_PAIR_GAP = 3  # words at most between the subject head and the verb in the own sentence


def echoed_subject_verb(ctx: Context, claim: Claim, statement: str) -> bool:
    """Whether a sentence in the story's own voice (``_own_voice``, outside the claim's sentence)
    holds the claim's main clause's subject head and verb as a subject and its verb (the head
    at most ``_PAIR_GAP`` words before the verb, only auxiliaries, "not" and -ly adverbs
    between) and a word of its object (or of its first phrase after a preposition) if it has
    one, with a negation, a modal and every figure as the statement has them. Then
    "reported as fact"
    is defensible too, so the claim is not asked as a claim (fewer questions, each right)."""
    m = _SIDE_CLAUSE.search(statement)
    pair = _subject_verb(_ECHO_WORD.findall(statement[: m.start()] if m else statement))
    if pair is None:
        return False
    head, verb, obj = pair
    figures = _echo_words(statement)[2]
    neg = _ECHO_NEGATION.search(statement) is not None
    modal = _MODAL.search(statement[:1].lower() + statement[1:]) is not None
    own, index = _own_voice(ctx)
    lo, hi = claim.sentence_span
    for i in sorted(set(index.get(verb, ())) & set(index.get(head, ()))):
        sent, o_words, o_figures, o_neg, o_modal = own[i]
        if sent.span[0] < hi and lo < sent.span[1] or neg != o_neg or modal != o_modal:
            continue
        if not figures <= o_figures:
            continue  # "650 courses have closed since 2006" / "In 2013, 158 courses closed"
        if obj and not obj & o_words:
            continue  # "Calder won the backing of every union" / "Calder won four wards"; "the
            # figure came from the ministry" / "the figure came from the campaign"
        toks = _ECHO_WORD.findall(_ECHO_QUOTES.sub(" ", sent.text))
        for k, w in enumerate(toks):
            if not w.islower() or lemma(w) != verb:
                continue
            j = k - 1
            while j > 0 and k - j <= _PAIR_GAP and _between_subject_and_verb(toks[j]):
                j -= 1
            if j >= 0 and k - j <= _PAIR_GAP and lemma(toks[j]) == head:
                return True
    return False


def _core_in(core: _Core, words: frozenset[str] | set[str], figures: frozenset[str]) -> bool:
    """Whether a sentence's words (as ``_echo_words`` gives them) hold a core event: its main
    verb, a word of its subject, ``_CORE_SHARE`` of its words that are not names (two at
    least), ``_CORE_ALL_SHARE`` of all its words, and every figure."""
    names, common, c_figures, verb, subject = core
    if verb not in words or not subject & words or not c_figures <= figures:
        return False
    shared = len(common & words)
    return shared >= max(2, _CORE_SHARE * len(common)) and shared + len(
        names & words
    ) >= _CORE_ALL_SHARE * len(names | common)


_HEADLINE_CLAUSES = re.compile(r";|,\s+|\s[—–-]\s")


def _headline_states(head: str, core: _Core, statement: str, neg: bool, modal: bool) -> bool:
    """Whether a headline in the outlet's voice states a statement's core event: the core's
    main verb, a word of its subject and two of its words that are not names; ``_HEADLINE_SHARE``
    of the headline's own words found in the statement, and its figures (a headline may leave
    out the statement's: "Crane topples onto warehouse" over "A 60-metre crane toppled …"), a
    negation and a modal as the statement has them. Words are compared in lower case, since a
    headline may be written in title case."""
    if neg != (_ECHO_NEGATION.search(head) is not None):
        return False
    if modal != (_MODAL.search(head.lower()) is not None):
        return False
    names, common, figures = _echo_words(head)
    s_names, s_common, s_figures = _echo_words(statement)
    if not figures <= s_figures:
        return False
    h_words = {lemma(w) for w in names} | common
    s_words = {lemma(w) for w in s_names} | s_common
    _names, c_common, _figures, verb, subject = core
    subject = {lemma(w) for w in subject} | subject
    if not (verb in h_words and subject & h_words):
        return False
    if len(h_words) < 3 or len(h_words & s_words) < _HEADLINE_SHARE * len(h_words):
        # a headline with words of its own ("Riverside kitchen closed after inspection" over
        # "The kitchen was closed on Friday"): it states the event when it holds every word
        # of the core that is not a name, and no figure the statement lacks
        return len(c_common) >= 2 and c_common <= h_words
    return len(c_common & h_words) >= 2


def echoed_event(ctx: Context, claim: Claim, statement: str) -> bool:
    """Whether the claim's core event (``_core_event``) is stated in the outlet's own voice by
    the headline (which may leave out the figures: "Crane topples onto warehouse, injuring
    two") or by another sentence of the story (``_own_voice``) with its figures, a negation
    and a modal as the statement has them. Then "reported as fact" is a right answer too, and
    the claim is not asked as a claim. Conservative: another verb ("fell" for "toppled") is
    not seen."""
    core = _core_event(statement)
    if core is None or len(core[1]) < 2:
        return False
    neg = _ECHO_NEGATION.search(statement) is not None
    modal = _MODAL.search(statement[:1].lower() + statement[1:]) is not None
    head = _outlet_headline(ctx)
    if head is not None:
        # the headline whole, or one of its clauses ("Cargo plane crashes near Tellan airport;
        # cause unclear")
        parts = [head, *(p for p in _HEADLINE_CLAUSES.split(head) if word_count(p) >= 3)]
        if any(_headline_states(p, core, statement, neg, modal) for p in parts):
            return True
    lo, hi = claim.sentence_span
    own, index = _own_voice(ctx)
    for i in {i for w in core[1] for i in index.get(w, ())}:
        sent, o_words, o_figures, o_neg, o_modal = own[i]
        if sent.span[0] < hi and lo < sent.span[1]:
            continue  # the claim's own sentence
        if neg == o_neg and modal == o_modal and _core_in(core, o_words, o_figures):
            return True
    return False


_SOURCE_HEAD = re.compile(r"[^,(]*?(?=\s+(?:in|of|at|for|from|on|with|which|who)\b|[,(]|$)")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_ACTOR_SHARE = 0.5  # of the headline's words that are not names, besides its actor's


def actor_announces_headline(ctx: Context, claim: Claim, statement: str) -> bool:
    """Whether a claim in the story's lead is the headline's actor announcing its own act, which
    the headline, in the outlet's voice, reports as done ("Council suspends chief executive
    pending audit" over "The chief executive … has been placed on paid leave while auditors
    examine …, the council said"): the claim's source names the headline's subject (one of its
    first two words), the statement holds ``_ACTOR_SHARE`` of the headline's other words that
    are not names (three at least), and a negation and a modal as the headline has them.
    Then "reported as fact" is a right answer too (the headline states it), so the claim is
    not asked; the headline may word the act otherwise ("suspends" for "placed on paid
    leave"), which ``echoed_event`` does not see."""
    head = _outlet_headline(ctx)
    story = ctx.story
    if head is None or not story.sentences or not claim.source_text:
        return False
    lead = story.sentences[0].span
    if not _overlap(claim.sentence_span, lead):
        return False
    m = _SOURCE_HEAD.match(claim.source_text.strip())
    actor = {lemma(w.lower()) for w in _ECHO_WORD.findall(m.group(0) if m else "")}
    actor -= _DETERMINERS
    first = {lemma(w.lower()) for w in _ECHO_WORD.findall(head)[:2]}
    if not actor & first:
        return False
    if (_ECHO_NEGATION.search(head) is None) != (_ECHO_NEGATION.search(statement) is None):
        return False  # "Calder takes four wards" over "she did not lose Dockside": not the act
    if (_MODAL.search(head.lower()) is None) != (_MODAL.search(statement.lower()) is None):
        return False
    h_words = {lemma(w) for w in _echo_words(head.lower())[1]} - actor
    shared = h_words & {lemma(w) for w in _echo_words(statement.lower())[1]}
    return len(shared) >= max(3, _ACTOR_SHARE * len(h_words))


def _confirmed_next(ctx: Context, claim: Claim) -> bool:
    """Whether the story goes on to confirm or check the claim in the next sentence ("…, he
    said. Records confirm the figure."): then "the story does not state it as fact" misleads."""
    after = ctx.sentence_after(claim.sentence_span[1])
    end = after.span[1] if after else claim.sentence_span[1]
    if any(
        claim.sentence_span[0] <= span[0] < end
        for span in _checked_spans(ctx, claim.sentence_span[0], end)
    ):
        return True
    return confirming(after.text if after else "")


def confirming(sentence: str) -> bool:
    """Whether a sentence confirms or checks what came before ("Records confirm the figure."),
    with no negation ("could not be confirmed")."""
    return bool(_CONFIRMING.search(sentence)) and not _NEGATION.search(sentence)


def checked_spans(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the story's "confirmed" or "verified" statements that start in ``[start,
    end)`` (the hedge_words kind asks the same of a hedged sentence and the next)."""
    return _checked_spans(ctx, start, end)


def _checked_spans(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the story's "confirmed" or "verified" statements that start in
    ``[start, end)``, found by bisection over their sorted starts."""
    spans = ctx.cache.get("checked_spans")
    if spans is None:
        checked = ("confirmed", "verified")
        found = sorted(v.span for v in ctx.story.verification if v.status in checked)
        spans = ctx.cache["checked_spans"] = found
    assert isinstance(spans, list)  # noqa: S101 - the cache's own entry
    i = bisect.bisect_left(spans, (start, -1))
    out = []
    while i < len(spans) and spans[i][0] < end:
        out.append(spans[i])
        i += 1
    return out


_NEW_CLAUSE = frozenset(
    {"he", "she", "they", "it", "we", "i", "and", "but", "or", "though", "although", "while"}
    | {"as", "because", "since", "when", "which", "who", "so", "yet", "if", "according"}
)
_ADJECTIVE_END = re.compile(r"[a-z](?:ous|ive|ful|less|ic|ical|able|ible|ary)$")


def _cut_short(text: str, claim: Claim) -> bool:
    """Whether the content stops on an adjective and the sentence goes on with the rest of its
    noun phrase ("… or hide fictive[, harmful entries among true figures]")."""
    end = claim.content_span[1]
    rest = text[end : claim.sentence_span[1]]
    marks = [s for s in (claim.cue_span, claim.source_span) if s and s[0] >= end]
    if marks:
        rest = text[end : min(s[0] for s in marks)]
    words = rest.strip(" ,.;:!?”’\"'").split()
    last = claim.content.rstrip(" ,.;:!?”’\"'").split()[-1:]
    adjective = bool(last) and _ADJECTIVE_END.search(last[0]) is not None
    opens = bool(words) and words[0].islower() and words[0] not in _NEW_CLAUSE
    return adjective and rest.lstrip().startswith(",") and len(words) >= 2 and opens


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _balance(n_fact: int, n_claim: int) -> tuple[int, int]:
    """How many of each to ask so that neither answer exceeds 60% of the questions."""
    k = min(n_fact, n_claim, _PER_SIDE)
    f = c = k
    if k >= 2 and n_fact > k:
        f += 1
    elif k >= 2 and n_claim > k:
        c += 1
    return f, c


def rebalance(questions: list[Question]) -> tuple[list[Question], list[Question]]:
    """A story's fact_or_claim questions balanced again after some were taken out (by
    ``giveaway.thin``): the first of each answer that ``_balance`` allows. Returns (kept,
    dropped), kept in the order given."""
    facts = [q for q in questions if q.options[q.answer] == FACT]  # type: ignore[index]
    claims = [q for q in questions if q.options[q.answer] != FACT]  # type: ignore[index]
    n_fact, n_claim = _balance(len(facts), len(claims))
    keep = {id(q) for q in facts[:n_fact] + claims[:n_claim]}
    return [q for q in questions if id(q) in keep], [q for q in questions if id(q) not in keep]


def _prompt(statement: str) -> str:
    return f"{quoted(statement)} — Does the story report this as fact, or as someone's claim?"


@register(KIND, "Fact or claim", binary=True, limit=2 * _PER_SIDE + 1, share=0.5)
def build(ctx: Context) -> list[Question]:
    """Balanced fact and claim statements of one story."""
    facts = []
    prev: Sentence | None = None
    for s in ctx.story.sentences:
        st = fact_statement(ctx, s)
        if st and not (prev is not None and prev.attributed and points_back(st)):
            facts.append((s, st))  # not "The alternative is …" after "Researchers say …"
        prev = s
    carried = carried_figures(ctx.story.sentences)
    facts = [
        (s, st)
        for s, st in facts
        if is_concrete(st)
        and plain_fact(st)
        and not leans_back(st)
        and s.span not in carried
        and not dangling_description(ctx, s.span[0], st)
        and not attributed_nearby(ctx, s, st)
    ]
    claims = [(c, st) for c in ctx.story.claims if (st := claim_statement(ctx, c))]
    claims = [(c, st) for c, st in claims if not dangling_description(ctx, c.sentence_span[0], st)]
    claims = [
        (c, st)
        for c, st in claims
        if not echoed_by_outlet(ctx, c, st)
        and not echoed_by_headline(ctx, st)
        and not echoed_event(ctx, c, st)
        and not actor_announces_headline(ctx, c, st)
        and not echoed_subject_verb(ctx, c, st)
    ]
    claims = _one_per_sentence(claims)
    n_fact, n_claim = _balance(len(facts), len(claims))
    out = [_fact_question(ctx, s, st) for s, st in facts[:n_fact]]
    out += [_claim_question(ctx, c, st) for c, st in claims[:n_claim]]
    return out


def _one_per_sentence(claims: list[tuple[Claim, str]]) -> list[tuple[Claim, str]]:
    seen: set[tuple[int, int]] = set()
    out = []
    for claim, st in claims:
        if claim.sentence_span not in seen:
            seen.add(claim.sentence_span)
            out.append((claim, st))
    return out


# A fact resting on records the sentence names at its end ("..., figures published by the
# inspectorate show."): records are evidence, not someone's claim, and the explanation says so
_RECORDS_TAIL = re.compile(
    r",\s+((?:(?:official|new|latest|government|police|court|census)\s+)?"
    r"(?:figures|data|records|statistics|numbers|documents)\b[^,;:]{0,80}?)\s+"
    r"(?:show|showed|shows|indicate|indicated|suggest|reveal|revealed)\.$"
)


def _fact_question(ctx: Context, sent: Sentence, statement: str) -> Question:
    own = strip_dateline(sent.text).strip()
    records = _RECORDS_TAIL.search(own)
    if records is not None:
        explanation = (
            f"The story says {quoted(own)} and states it as fact, citing {records.group(1)}: "
            "records, not someone's claim, so the outlet reports it as fact."
        )
    else:
        explanation = (
            f"The story says {quoted(own)} in its own voice: no word such as “says” or "
            "“claimed” attaches it to a source, so the outlet reports it as fact."
        )
    return make_question(
        ctx,
        KIND,
        prompt=_prompt(statement),
        right=FACT,
        wrong=[CLAIM],
        explanation=explanation,
        evidence=ctx.evidence(sent.line, sent.span),
        difficulty=2,
        key=statement,
        order=OPTIONS,
    )


def _from_recording(source: str) -> str:
    """Whose claim a recording's words are, as an explanation says it ("according to a
    livestream of the meeting"): a recording is where words were said, not who said them."""
    shown = source if source.split()[0].lower() in ("the", "a", "an") else f"the {source}"
    return f"a claim the story takes from {shown}, a recording, not from a named speaker"


def _claim_question(ctx: Context, claim: Claim, statement: str) -> Question:
    sentence = ctx.claim_sentence(claim)
    name = display_for(ctx, claim.source) if claim.source else None
    whose = claim_of(name, is_usable(claim))
    if claim.source and is_medium(claim.source):
        whose = _from_recording(claim.source)  # "according to a livestream": no speaker
    explanation = (
        f"The story says: {quoted(sentence.strip())} — {cue_of(ctx, claim)}: this is "
        f"{whose}; the story does not state it as fact."
    )
    return make_question(
        ctx,
        KIND,
        prompt=_prompt(statement),
        right=CLAIM,
        wrong=[FACT],
        explanation=explanation,
        evidence=ctx.claim_evidence(claim),
        difficulty=3 if needs_resolution(claim) else 1,
        key=statement,
        order=OPTIONS,
    )
