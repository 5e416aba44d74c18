"""Denials read as denials: golden tables of (sentence, source, stance) in wire-news language,
written for these tests. Each row's claim must carry stance "denies" and the named source."""

from __future__ import annotations

import pytest

from questions import analyze

DENIALS = [
    ("deny_that", "The minister denied that the army had used chemical weapons.", "minister"),
    ("deny_np", "The senator denied any wrongdoing.", "senator"),
    ("deny_adverb", "The firm flatly denied the accusations on Monday.", "firm"),
    ("deny_bare_clause", "The party denied it had received money from abroad.", "party"),
    ("reject_as", "The company rejected the allegations as politically motivated.", "company"),
    ("reject_claims_that", "The union rejected claims that it had funded the protests.", "union"),
    ("dismiss_as", "The Kremlin dismissed the reports as fake news.", "Kremlin"),
    ("dismiss_claims", "Police dismissed claims that officers had used excessive force.", "Police"),
    (
        "refute_suggestions",
        "The ministry refuted suggestions that the plant was damaged.",
        "ministry",
    ),
    ("refute_report", "The governor refuted the report on Tuesday.", "governor"),
    ("rebut_claims", "The spokesman rebutted claims that the talks had collapsed.", "spokesman"),
    ("called_false", "The White House called the reports false.", "White House"),
    ("called_baseless", "The campaign called the allegations baseless and defamatory.", "campaign"),
    ("branded_hoax", "The agency branded the story a hoax.", "agency"),
    (
        "were_completely_false",
        "A spokeswoman said the reports were completely false.",
        "spokeswoman",
    ),
    (
        "quoted_categorical",
        "“We categorically deny these allegations,” the company said in a statement.",
        "company",
    ),
    (
        "quoted_untrue",
        "“These claims are entirely untrue,” said Maria Lopez, a spokeswoman for the union.",
        "Maria Lopez",
    ),
    ("quoted_not_true", "“That is simply not true,” Smith told reporters.", "Smith"),
    (
        "insisted_no_link",
        "The mayor insisted there was no link between the fire and the protest.",
        "mayor",
    ),
    (
        "we_reject",
        "“We firmly reject any suggestion of bias,” the broadcaster said.",
        "broadcaster",
    ),
]

# more phrasings of each form (issue 7, helper "denial"): adverbs, tenses, word orders
DENIALS += [
    ("deny_gerund", "The colonel has always denied ordering the raid.", "colonel"),
    ("deny_present", "Westmark Energy denies that the pipeline leaked.", "Westmark Energy"),
    ("deny_strenuously", "The club strenuously denies any involvement in the scheme.", "club"),
    (
        "reject_accusations",
        "The embassy rejected accusations that it had spied on exiles.",
        "embassy",
    ),
    ("reject_as_inverted", "The premier rejected as absurd the claim that he had lied.", "premier"),
    (
        "dismiss_reports_that",
        "The embassy dismissed reports that staff had been expelled.",
        "embassy",
    ),
    ("dismiss_as_smear", "Senator Okoro dismissed the allegations as a smear.", "Okoro"),
    ("refute_claims", "The federation refuted claims that the match was fixed.", "federation"),
    ("rebut_suggestions", "The coach rebutted suggestions that he would resign.", "coach"),
    ("dispute_findings", "The company disputed the findings of the inspectors.", "company"),
    (
        "called_groundless",
        "A spokesman for the airline called the report groundless.",
        "spokesman for the airline",
    ),
    ("described_as_false", "The union described the claims as false.", "union"),
    (
        "reports_false_said",
        "The reports are totally untrue, a palace spokeswoman said.",
        "palace spokeswoman",
    ),
    (
        "quoted_no_truth",
        "“There is no truth in these claims,” the hospital trust said.",
        "hospital trust",
    ),
    ("insisted_there_is_no", "The general insisted there is no plan to withdraw.", "general"),
    ("insisted_nothing_wrong", "Ms. Varga insisted that she had done nothing wrong.", "Varga"),
    ("no_basis_in_fact", "The ministry said the allegations had no basis in fact.", "ministry"),
]

NOT_DENIALS = [
    ("said_plain", "Experts said the reports of a cure were premature."),
    ("would_be_investigated", "The spokesman said the claims would be investigated."),
    ("called_plan", "She called the plan a bold step."),
    ("called_meeting", "The mayor called the meeting for Tuesday."),
    # a denial verb that rules on a request, a bill, a case or a person denies no claim
    ("denied_entry", "Border guards denied entry to the two reporters."),
    ("denied_bail", "The judge denied bail to the three men."),
    ("rejected_bill", "Parliament rejected the bill by 310 votes to 250."),
    ("rejected_appeal", "The court rejected the appeal on Monday."),
    ("dismissed_case", "The judge dismissed the case against the former mayor."),
    ("dismissed_workers", "The factory dismissed 200 workers last year."),
    ("rejected_offer", "The board rejected the takeover offer."),
    ("denied_request", "The council denied the request for a permit."),
    ("insisted_plain", "The coach insisted the team would play on Sunday."),
]


def _claims(text: str) -> list:
    return [c for s in analyze(text).stories for c in s.claims]


@pytest.mark.parametrize(("text", "source"), [d[1:] for d in DENIALS], ids=[d[0] for d in DENIALS])
def test_denial_stance(text: str, source: str) -> None:
    claims = _claims(text)
    assert any(c.stance == "denies" and c.source == source for c in claims), [
        (c.source, c.cue, c.stance) for c in claims
    ]


@pytest.mark.parametrize("text", [d[1] for d in NOT_DENIALS], ids=[d[0] for d in NOT_DENIALS])
def test_not_a_denial(text: str) -> None:
    assert all(c.stance != "denies" for c in _claims(text))
