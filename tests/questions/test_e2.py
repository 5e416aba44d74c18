"""Three failures teacher-readers found in generated questions (issue 7, helper e2), each tested
with stories of our own (invented towns, people and figures).

1. Two attributions in one sentence: "The mayor said the bridge would reopen in May, while
   engineers at the county office warned repairs could take a year." The mayor's words must stop
   where the engineers' attribution begins, and no statement shown to a student may hold another
   source's attribution ("…, while engineers … warned …"): when the analysis cannot split the
   sentence, the statement is not shown.
2. The writer's own comment asked as a plain fact: "Make no mistake, closing the pool is a
   scandal.", "The vote was a travesty.", "…, a bargain for the town": neither a reported fact
   nor anyone's claim, so never on the fact side of fact_or_claim.
3. A document's finding given as someone's words: "A report by the state comptroller said …"
   is the report's finding (a record, never asked as someone's claim); "Ruth Adler said in her
   audit that …" is explained as words written in a document, not said aloud.

Each test failed on the code before these changes; the controls pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.claims import clause_phrase, said_phrase
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context
from questions.generate.sources import document_channel
from questions.generate.text import other_attribution
from questions.model import Claim, Question

DATA = Path(__file__).parent / "data"


def _claims(sentence: str) -> list[Claim]:
    """The claims of one sentence set in a small story."""
    text = (
        "Bridge story\n\nTARVO — The Harlow Street bridge was closed to traffic on Monday after "
        "inspectors found cracks in two of its steel supports. It carries 14,000 cars a day.\n\n"
        + sentence
        + "\n"
    )
    return analyze(text, split=False).stories[0].claims


def _questions(text: str) -> list[Question]:
    return generate(analyze(text, split=False), thin_giveaways=False)


def _shown(q: Question) -> str:
    """The prompt and options of a question, as a student reads them."""
    return " | ".join([q.prompt, *(o for o in q.options if isinstance(o, str))])


# --- 1. Two attributions in one sentence --------------------------------------------------------

SPLIT = [
    (
        "Mayor Dana Whitcombe said the bridge would reopen by the end of May, while engineers at "
        "the county roads office said repairs could take a full year.",
        "the bridge would reopen by the end of May",
        "engineers at the county roads office",
        "repairs could take a full year",
    ),
    (
        "Council member Rafael Ortega insisted the city had ignored warnings for a decade, but "
        "inspectors at the state transport office warned the steel was older than records showed.",
        "the city had ignored warnings for a decade",
        "inspectors at the state transport office",
        "the steel was older than records showed",
    ),
]


@pytest.mark.parametrize(("sentence", "first", "second_source", "second"), SPLIT)
def test_first_claim_stops_where_the_second_attribution_begins(
    sentence: str, first: str, second_source: str, second: str
) -> None:
    claims = _claims(sentence)
    assert claims[0].content == first
    (other,) = [c for c in claims if c.source_text == second_source]
    assert other.content == second


def test_content_does_not_stop_inside_the_next_subject() -> None:
    # a participle's comma inside the engineers' subject ended the mayor's words on "but the
    # engineers": they end at the joint
    sentence = (
        "The mayor said the bridge would reopen in May, but the engineers, citing the age of the "
        "steel, warned that repairs could take a year."
    )
    claims = _claims(sentence)
    assert claims[0].content == "the bridge would reopen in May"
    assert claims[-1].content == "repairs could take a year"


def test_people_at_a_place_are_the_source() -> None:
    # "Engineers at the county roads office said": the engineers, not the office alone
    (claim,) = _claims("Engineers at the county roads office said repairs could take a year.")
    assert claim.source_text == "Engineers at the county roads office"


SPLIT_CONTROLS = [
    # already split before: the second subject stands right after the joint
    (
        "The mayor said the bridge would reopen in May, while engineers said repairs could take "
        "a year.",
        ["the bridge would reopen in May", "repairs could take a year"],
    ),
    # a verb of saying inside what one source claims, with no joint before it
    (
        "Union leader Piet Haas said ground crews had warned managers about the cracks last month.",
        ["ground crews had warned managers about the cracks last month"],
    ),
    # a second "that" clause of the same speaker
    (
        "The mayor said the bridge would reopen in May and that engineers agreed with the plan.",
        ["the bridge would reopen in May and that engineers agreed with the plan"],
    ),
    (
        "Officials at the embassy said the talks would resume in May.",
        ["the talks would resume in May"],
    ),
]


@pytest.mark.parametrize(("sentence", "contents"), SPLIT_CONTROLS)
def test_split_controls(sentence: str, contents: list[str]) -> None:
    assert [c.content for c in _claims(sentence)] == contents


RUN_ON = [
    "The mayor said the bridge would reopen in May, though engineers have since said repairs "
    "could take a year.",
    "The mayor said the bridge would reopen in May, while two engineers hired by the county in "
    "March said repairs could take a year.",
]


@pytest.mark.parametrize("sentence", RUN_ON)
def test_run_on_content_is_never_a_phrase(sentence: str) -> None:
    # the analysis cannot tell where the engineers' words begin: the mayor's content runs on
    # into their attribution, so no kind may show it (unsure: no question)
    text = "Bridge story\n\nTARVO — " + sentence + "\n"
    claim = analyze(text, split=False).stories[0].claims[0]
    assert "repairs could take" in claim.content
    assert said_phrase(claim, text) is None
    assert said_phrase(claim, text, keep_subject=True) is None
    assert clause_phrase(claim, text) is None


BRIDGE = (DATA / "e2_bridge.txt").read_text(encoding="utf-8")


def test_no_question_mixes_two_speakers() -> None:
    qs = _questions(BRIDGE)
    assert not any("while engineers" in _shown(q) for q in qs)
    asked = {q.prompt for q in qs if q.kind == "who_said"}
    decade = "According to the story, who said that the city had ignored warnings about the bridge "
    assert decade + "for a decade?" in asked  # Ortega's own words, cut before the engineers'


@pytest.mark.parametrize(
    "statement",
    [
        "the bridge would reopen in May, while engineers said repairs could take a year",
        "the bridge would reopen in May, while engineers at the county office warned repairs "
        "could take a year",
        "the bridge would reopen in May; the union insisted repairs could take a year",
        "the bridge would reopen in May, but according to engineers it could take a year",
        "the fund is empty, whereas most of the auditors say it holds $2 million",
    ],
)
def test_other_attribution_found(statement: str) -> None:
    assert other_attribution(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "ground crews had warned managers about the cracks last month",
        "the bridge, while costly, would reopen in May",
        "the plan was “what the engineers said it would be” and would cost $2 million",
        "the steel was older than the records showed",
    ],
)
def test_other_attribution_controls(statement: str) -> None:
    assert other_attribution(statement) is None


# --- 2. The writer's own comment is not a fact ---------------------------------------------------

_LEAD = (
    "Pool to close\n\nThe Halvard town council met on Monday to discuss 12 items on its agenda for "
    "the coming year. The meeting lasted three hours.\n\n"
)


def _fact_candidates(text: str) -> list[str]:
    """The statements fact_or_claim may ask as the outlet's facts (its own filters, in order)."""
    a = analyze(text, split=False)
    story = a.stories[0]
    ctx = Context(a, story)
    out = []
    for s in story.sentences:
        st = fact_or_claim.fact_statement(ctx, s)
        if st and fact_or_claim.is_concrete(st) and fact_or_claim.plain_fact(st):
            out.append(st)
    return out


def _asked_as_fact(paragraph: str) -> bool:
    text = _LEAD + paragraph + "\n\nThe council meets again on April 14.\n"
    return any(c.startswith(paragraph[:25]) for c in _fact_candidates(text))


COMMENTARY = [
    "Make no mistake, closing the pool for 2025 is a scandal.",
    "The decision in March was a mistake.",
    "The March vote was a travesty.",
    "Closing the pool in 2025 is the wrong call.",
    "The 2025 budget is a welcome change.",
    "The council's response in March was inadequate.",
    "The March repairs were long overdue.",
    "To be fair, the council had only $200,000 in 2024.",
    "Granted, the pool lost $90,000 in 2023.",
    "The council, to its credit, held 4 public meetings in 2024.",
    "Shame on the council for the 2025 closure.",
    "The council voted 5-2 on Tuesday, a sad end to 50 years of swimming.",
    "What the council did in March was nothing short of betrayal.",
    "The pool, a gem since 1971, closed on Tuesday.",
    "The repairs cost $1.2 million, a bargain for a pool used by 41,000 people.",
    "Tuesday's 5-2 vote was a step in the right direction.",
]


@pytest.mark.parametrize("sentence", COMMENTARY)
def test_commentary_is_not_asked_as_fact(sentence: str) -> None:
    assert fact_or_claim.commentary(sentence)
    assert not _asked_as_fact(sentence)


def test_first_person_paragraph_is_the_writers_voice() -> None:
    # the writer's "my": the paragraph is the columnist's, not plain reporting
    assert not _asked_as_fact(
        "The pool drew 41,000 visitors in 2023, up from 36,000 in 2022. My own children were "
        "among them."
    )


PLAIN = [
    "The council voted 5-2 on Tuesday to close the pool.",
    "The pool drew 41,000 visitors in 2023, up from 36,000 in 2022.",
    "The pool, built in 1971, closed on Tuesday after 54 years.",
    "Fewer than 300 people attended the meeting on Tuesday.",
    "The council approved a $2 million budget for the library in March.",
]


@pytest.mark.parametrize("sentence", PLAIN)
def test_plain_facts_stay(sentence: str) -> None:
    assert not fact_or_claim.commentary(sentence)
    assert _asked_as_fact(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verdict noun that names an event, not a verdict on one
        "The 2013 bridge scandal led to two resignations in May.",
        "Disaster relief payments reached $3 million in May.",
        "The tragedy in 2013 killed 4 people.",
        "Rescue crews found a mine shaft in 1971.",
    ],
)
def test_commentary_controls(sentence: str) -> None:
    assert not fact_or_claim.commentary(sentence)


# --- 3. A document's finding is not someone's spoken claim --------------------------------------

RECORDS = [
    "A report by the state comptroller said the parks agency overspent by $2 million.",
    "A report about school meals issued in June by the Ostra Health Council noted that one in "
    "five pupils skipped lunch.",
    "The Harlow Gazette obtained a study of the deal by two law firms, which argued that the deal "
    "broke state law.",
]


@pytest.mark.parametrize("sentence", RECORDS)
def test_document_by_an_author_is_a_record(sentence: str) -> None:
    (claim,) = _claims(sentence)
    assert claim.source_kind == "record"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council, which reviewed the report last week, said the bridge was safe.",
        "The Harlow Gazette, which first reported the review, said the mayor signed in 2019.",
        "Engineers from the state roads office said repairs could take a year.",
        "The mayor, speaking by phone from the report launch, said the bridge was safe.",
    ],
)
def test_record_controls(sentence: str) -> None:
    (claim,) = _claims(sentence)
    assert claim.source_kind != "record"


MEALS = (DATA / "e2_school_meals.txt").read_text(encoding="utf-8")


def test_report_finding_is_not_a_claim_of_its_author() -> None:
    qs = _questions(MEALS)
    assert not any("skipped lunch" in _shown(q) for q in qs)  # the report's, not the council's
    assert any(q.kind == "who_said" for q in qs)  # the people's own words are still asked


AUDIT = (DATA / "e2_parks_audit.txt").read_text(encoding="utf-8")


def test_words_given_in_an_audit_are_explained_as_written() -> None:
    qs = _questions(AUDIT)
    (adler,) = [q for q in qs if q.kind == "who_said" and "no written rules" in q.prompt]
    assert adler.options[adler.answer] == "Ruth Adler"  # type: ignore[index]
    assert "“in her audit”" in adler.explanation
    assert "written in a document (the audit), not said aloud" in adler.explanation
    others = [q for q in qs if q.kind == "who_said" and q is not adler]
    assert others and all("document" not in q.explanation for q in others)
    # a document's finding is not asked as a claim nor as a kind of source
    assert not any(
        "no written rules" in _shown(q) for q in qs if q.kind in ("fact_or_claim", "source_check")
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ruth Adler said in her audit that the agency had no written rules.", "in her audit"),
        (
            "In a 40-page report released on Monday, the agency said it had cut 30 jobs.",
            "In a 40-page report",
        ),
        ("Ruth Adler said in response to the audit that the agency would change.", None),
        ("Ruth Adler said in an interview that the agency had no written rules.", None),
        # a document named inside what is claimed, not where it was said
        ("The agency overspent in the audit period by $2 million, Ruth Adler said.", None),
    ],
)
def test_document_channel(sentence: str, found: str | None) -> None:
    text = "Parks story\n\nCARREL — " + sentence + "\n"
    a = analyze(text, split=False)
    (claim,) = a.stories[0].claims
    got = document_channel(Context(a, a.stories[0]), claim)
    assert (got[0] if got else None) == found
