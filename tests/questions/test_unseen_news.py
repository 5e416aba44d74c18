"""Regression tables for the failure categories of issue 7 (analysis side), from invented examples.

Each table is (case name, text, expected): who is speaking (pronouns, appositions, whole noun
phrases), what is not a claim (hopes, requests, plans, questions, "has not said whether"), records
as evidence, and sentence boundaries (abbreviations, datelines, quotation marks).
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.model import Claim, StoryAnalysis


def _story(text: str) -> StoryAnalysis:
    (story,) = analyze(text).stories
    return story


def _claim_with_cue(text: str, cue: str) -> Claim:
    story = _story(text)
    found = [c for c in story.claims if c.cue and cue in c.cue]
    assert found, [c.cue for c in story.claims]
    return found[-1]


# ---------------------------------------------------------------- who is speaking

PRONOUNS = [
    (
        "she_after_a_sentence_naming_a_man_last",
        "Governor Maria Lopez met the mayor, Tom Reed, on Monday. She said the talks went well.",
        "said",
        "Maria Lopez",
    ),
    (
        "she_skips_the_male_deputy",
        "Mayor Ann Cole spoke after the vote. Her deputy, Mark Ruiz, had opposed it. "
        "“We will appeal,” she said.",
        "said",
        "Ann Cole",
    ),
    (
        "he_takes_the_subject_not_the_aide",
        "Senator Paul Grant thanked his aide, Lisa Moore, for the draft. He said it would pass.",
        "said",
        "Paul Grant",
    ),
    (
        "ms_title_gives_gender",
        "Ms Okafor and Mr Bello met on Friday. Mr Bello left early. She said the deal was close.",
        "said",
        "Okafor",
    ),
    (
        "he_after_his_boss_is_named",
        "Councillor Dan Price sat beside his boss, Mayor Helen Ward. He said the budget was sound.",
        "said",
        "Dan Price",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "source"), [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS]
)
def test_pronoun_takes_the_agreeing_subject(text: str, cue: str, source: str) -> None:
    assert source in (_claim_with_cue(text, cue).source or "")


WHOLE_SOURCES = [
    (
        "plural_possessive_union",
        "The dockworkers' union said the strike would continue.",
        "The dockworkers' union",
    ),
    (
        "curly_plural_possessive",
        "The nurses’ association said wards were short of staff.",
        "The nurses’ association",
    ),
    (
        "department_of_state",
        "The Department of State said it would send aid to help provide shelter.",
        "The Department of State",
    ),
    (
        "governor_of_a_state_abbreviation",
        "Gov. Alan Frost of Mont. said the state would sue.",
        "Gov. Alan Frost of Mont.",
    ),
    (
        "city_and_state",
        "The mayor of Billings, Mont. said the bridge would reopen.",
        "The mayor of Billings, Mont.",
    ),
]


@pytest.mark.parametrize(
    ("text", "source_text"), [c[1:] for c in WHOLE_SOURCES], ids=[c[0] for c in WHOLE_SOURCES]
)
def test_source_is_a_whole_noun_phrase(text: str, source_text: str) -> None:
    claim = _claim_with_cue(text, "said")
    assert claim.source_text == source_text
    assert claim.source_span is not None
    assert text[claim.source_span[0] : claim.source_span[1]] == source_text


APPOSED = [
    (
        "campaign_manager",
        "Smith's campaign manager, Jane Doe, said the race was close.",
        "Jane Doe",
        "person",
    ),
    (
        "union_president_after_quote",
        "“We will not accept this,” said Karen Bell, president of the teachers' union.",
        "Karen Bell",
        "person",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "kind"), [c[1:] for c in APPOSED], ids=[c[0] for c in APPOSED]
)
def test_apposed_name_is_the_speaker(text: str, source: str, kind: str) -> None:
    claim = _claim_with_cue(text, "said")
    assert (claim.source, claim.source_kind) == (source, kind)


# ---------------------------------------------------------------- what is not a claim

NOT_CLAIMS = [
    ("hope", "The mayor hopes the council will approve the budget.", "hope"),
    ("wants", "The senator wants the vote held before the recess.", "hope"),
    ("urged", "The union urged members to vote yes.", "request"),
    ("called_on", "Parents called on the board to reopen the library.", "request"),
    ("asked_to", "Officials asked residents to stay indoors.", "request"),
    ("requested", "The minister requested more funds for schools.", "request"),
    ("plans", "The company plans to open a new plant next year.", "plan"),
    ("intends", "The council intends to vote in March.", "plan"),
    ("asked_whether", "Reporters asked whether the plan would work.", "question"),
    ("not_said_whether", "The senator has not said whether she will run again.", "question"),
    ("quoted_question", "“Who will pay for this?” the councillor asked.", "question"),
]


@pytest.mark.parametrize(
    ("text", "act"), [c[1:] for c in NOT_CLAIMS], ids=[c[0] for c in NOT_CLAIMS]
)
def test_hopes_requests_plans_questions_are_no_claims(text: str, act: str) -> None:
    story = _story(text)
    assert story.claims == []
    assert [c.act for c in story.others if c.act != "learned"] == [act]


CLAIMS_STAY = [
    ("said", "The mayor said the council would approve the budget."),
    ("warned", "The union warned that the strike could last weeks."),
    ("denied", "The minister denied that funds had been cut."),
]


@pytest.mark.parametrize("text", [c[1] for c in CLAIMS_STAY], ids=[c[0] for c in CLAIMS_STAY])
def test_statements_stay_claims(text: str) -> None:
    assert [c.act for c in _story(text).claims] == ["claim"]


RECORDS = [
    ("records_show", "Records show the company paid no tax in 2019.", "Records"),
    ("fec_records", "FEC records show the campaign raised $3 million.", "FEC records"),
    ("our_analysis", "Our analysis found that rents rose 20 percent.", "analysis"),
    ("a_poll", "A poll found that most voters oppose the plan.", "poll"),
    ("court_filings", "Court filings show the firm owed $2 million.", "Court filings"),
]


@pytest.mark.parametrize(("text", "source"), [c[1:] for c in RECORDS], ids=[c[0] for c in RECORDS])
def test_records_are_evidence(text: str, source: str) -> None:
    (claim,) = _story(text).claims
    assert (claim.source, claim.source_kind) == (source, "record")
    assert analyze(text).to_json()["stories"][0]["claims"][0]["source_kind"] == "record"


def test_a_person_is_no_record() -> None:
    (claim,) = _story("The auditor said the accounts were in order.").claims
    assert claim.source_kind != "record"


# ---------------------------------------------------------------- sentences

SENTENCES = [
    (
        "gov_and_state",
        "Gov. Alan Frost of Mont. said the state would sue. Then he left.",
        ["Gov. Alan Frost of Mont. said the state would sue.", "Then he left."],
    ),
    (
        "junior",
        "Carl Webb Jr. said so on Monday. The vote is Friday.",
        ["Carl Webb Jr. said so on Monday.", "The vote is Friday."],
    ),
    (
        "state_in_an_address",
        "He moved to Helena, Mont., last year. He said he likes it.",
        ["He moved to Helena, Mont., last year.", "He said he likes it."],
    ),
    (
        "state_ends_a_sentence",
        "She grew up in Helena, Mont. The town is small.",
        ["She grew up in Helena, Mont.", "The town is small."],
    ),
    (
        "dateline_left_out",
        "WASHINGTON (AP) — The senator said the bill would pass. It did.",
        ["The senator said the bill would pass.", "It did."],
    ),
    (
        "agency_dateline_with_hyphen",
        "LONDON (Reuters) - Britain said on Monday it would act.",
        ["Britain said on Monday it would act."],
    ),
    (
        "straight_quotes_kept",
        'He said "this is wrong" on Monday. She agreed.',
        ['He said "this is wrong" on Monday.', "She agreed."],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SENTENCES], ids=[c[0] for c in SENTENCES]
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [s.text for s in _story(text).sentences] == expected


def test_dateline_stays_out_of_a_claim() -> None:
    claim = _claim_with_cue("KYIV, Ukraine (AP) — Officials said three people died.", "said")
    assert claim.sentence == "Officials said three people died."
    assert "(AP)" not in claim.sentence


def test_straight_quotation_marks_kept_in_content() -> None:
    claim = _claim_with_cue('"The bridge is safe," the engineer said.', "said")
    assert claim.content == '"The bridge is safe,"'
    assert "’" not in claim.content and "‘" not in claim.content
