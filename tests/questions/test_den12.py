"""Denial forms of wire news a strict teacher reading found missed or wrong (den12), in own
stories (tests/questions/data/den12/): "rejected that account" past a quotation paragraph,
", an accusation the company flatly denied" / ", allegations X denies", a lede's "An exam board
has dismissed …" named in the next sentence, "that anyone at the firm was involved", not-guilty
pleas, "the firm's managing director" never a wrong option beside the firm, a quoted "our
league" of a body the story never names, and a sentence-opening "Turnout" lowered in prompts.
Controls: a quotation against the account, "has yet to answer", two boards, "union members
were involved", a plea with no charge named, a guilty plea, a rival firm, a name opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options

DATA = Path(__file__).parent / "data" / "den12"
DENIALS = ("who_denied", "what_denied")


def _qs(name: str) -> list[Question]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [q for q in generate(analyze(text), thin_giveaways=False) if q.kind in DENIALS]


def _asked(name: str) -> dict[tuple[str, str], str]:
    return {
        (q.kind, q.prompt.removeprefix("According to the story, ")): answer(q) for q in _qs(name)
    }


ASKED = [
    # 1. "rejected that account" / "rejected that" past a quotation paragraph
    (
        "a1_account_quote.txt",
        "who_denied",
        "who rejected the account that the port authority had shut the fish quay for three days"
        " without warning?",
        "Sigrid Malm",
    ),
    (
        "a2_rejected_that.txt",
        "who_denied",
        "who rejected the claim that the heating in the block had been switched off for a week in"
        " January?",
        "Bertil Sand",
    ),
    (
        "a3_disputed_account.txt",
        "who_denied",
        "who disputed the account that riot officers had set dogs on a peaceful march in the"
        " centre of Vella?",
        "Arne Voll",
    ),
    (
        "a4_denied_account_own_quote.txt",
        "who_denied",
        "who denied the account that park rangers had closed the summit trail four hours before"
        " sunset?",
        "Astrid Kull",
    ),
    # 2. reduced relatives: ", an accusation the company flatly denied", ", allegations X denies"
    (
        "b1_accusation_company_denied.txt",
        "what_denied",
        "what did Sunmill deny?",
        "That it had kept back at least 200,000 crowns in overtime pay",
    ),
    (
        "b3_charge_mayor_denied.txt",
        "what_denied",
        "what did Elena Strom deny?",
        "That she had spent 40,000 crowns of city money on trips abroad",
    ),
    (
        "b4_allegations_denies.txt",
        "who_denied",
        "who denied the allegations that the youth coach at Solby Athletic had shouted at"
        " children during training?",
        "Bo Hedlund",
    ),
    (
        "b5_company_in_accusation.txt",
        "what_denied",
        "what did Brisk Parcel deny?",
        "That it owed drivers more than 80,000 crowns",
    ),
    # 3. a lede's indefinite body, named in the next sentence
    (
        "c1_exam_board_named_later.txt",
        "what_denied",
        "what did the Northfield Examinations Board deny?",
        "That its final chemistry paper was leaked online before the test",
    ),
    (
        "c2_water_company_named_later.txt",
        "what_denied",
        "what did Tarnvale Water deny?",
        "That it ignored warnings about a burst main that flooded dozens of homes in Easton",
    ),
    (
        "c3_council_named_later.txt",
        "what_denied",
        "what did the Brenhaven City Council deny?",
        "That it closed the central library to cut costs",
    ),
    # 4. "that anyone … was involved"
    (
        "i1_anyone_involved.txt",
        "who_denied",
        "who denied that anyone on the club's board was involved?",
        "Lars Wiik",
    ),
    (
        "i2_anyone_at_firm.txt",
        "who_denied",
        "who denied that anyone at the firm was involved?",
        "Hanna Rudd",
    ),
    # 5. not-guilty pleas
    (
        "p1_pleaded_to_charges.txt",
        "who_denied",
        "who pleaded not guilty to fraud and money laundering charges?",
        "Otto Rask",
    ),
    (
        "p2_charged_then_pleaded.txt",
        "who_denied",
        "who pleaded not guilty to the charges of negligence and of failing to report a collision"
        " in Helm harbour in May?",
        "Jonas Strand",
    ),
    (
        "p3_who_has_pleaded.txt",
        "who_denied",
        "who pleaded not guilty to the charge of starting a fire that destroyed three barns near"
        " Rosta in August?",
        "Anton Mill",
    ),
    # 7. a capital that only marked the sentence's start
    (
        "t1_turnout_opener.txt",
        "who_denied",
        "who rejected the claim that turnout had been inflated by thousands of fake voters?",
        "The election commission",
    ),
]


@pytest.mark.parametrize(("name", "kind", "prompt", "keyed"), ASKED)
def test_denial_form_is_asked(name: str, kind: str, prompt: str, keyed: str) -> None:
    assert _asked(name).get((kind, prompt)) == keyed


def test_description_gives_no_who_question_away() -> None:
    # "the company" in the accusation and as the denier: who_denied would name the answer
    assert [q.kind for q in _qs("b5_company_in_accusation.txt")] == ["what_denied"]
    assert [q.kind for q in _qs("c1_exam_board_named_later.txt")] == ["what_denied"]


def test_named_later_evidence_and_explanation_show_the_naming_sentence() -> None:
    (q,) = _qs("c1_exam_board_named_later.txt")
    assert "The Northfield Examinations Board said on Thursday" in q.evidence.text
    assert "named in the next sentence" in q.explanation


def test_plea_explanation_says_what_a_plea_is() -> None:
    (q,) = _qs("p2_charged_then_pleaded.txt")
    assert "is charged with negligence" in q.evidence.text
    assert "pleaded not guilty, that is, denied the charges" in q.explanation


@pytest.mark.parametrize("name", ["m1_firms_md.txt", "m2_companys_md.txt", "m3_firms_boss.txt"])
def test_the_firms_managing_director_is_no_wrong_option(name: str) -> None:
    (who,) = [q for q in _qs(name) if q.kind == "who_denied"]
    assert answer(who) == "Velmar Dairy"
    assert not [o for o in wrong_options(who) if "Olsen" in o]
    assert set(wrong_options(who)) == {"Ulla Frisk", "Karin Lund"}


def test_a_rival_firms_managing_director_stays_an_option() -> None:
    # "the firm" after Brenna Foods spoke: Olsen may be Brenna's, as before
    (who,) = [q for q in _qs("mc1_rival_firm.txt") if q.kind == "who_denied"]
    assert "Per Olsen" in wrong_options(who)


def test_our_league_ties_an_option_to_the_speakers_side() -> None:
    # den11b's unnamed "we": the question stays, but the league's own candidate is no option
    text = (
        (Path(__file__).parent / "data" / "den11b" / "same_party.txt")
        .read_text(encoding="utf-8")
        .replace("The CUL flatly rejected the allegations. ", "")
        .replace("the league's press officer, Dario Vencel,", "Dario Vencel")
    )
    qs = [q for q in generate(analyze(text)) if q.kind == "who_denied"]
    assert [(answer(q), set(wrong_options(q))) for q in qs] == [
        ("Dario Vencel", {"Ines Varro", "Anton Brisk"})
    ]


CONTROLS = [
    "ac2_account_counter_quote.txt",  # the quotation between says the opposite: which account?
    "bc1_claim_no_denial.txt",  # "an accusation the company has yet to answer"
    "cc1_two_boards.txt",  # two examination boards named: which one?
    "ic1_members_involved.txt",  # "that union members were involved": in what? (no anyone)
    "pc1_plea_unclear.txt",  # a plea, no charge named
    "pc2_guilty_plea.txt",  # a guilty plea denies nothing
]


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_make_no_denial_question(name: str) -> None:
    assert _qs(name) == []


def test_unchanged_forms() -> None:
    # already asked before den12, and so still
    assert _asked("b2_claim_ministry_rejected.txt") == {
        ("what_denied", "what did the ministry deny?"): "That it had ordered the cuts to save money"
    }
    assert _asked("p4_has_denied_charges.txt") == {
        (
            "who_denied",
            "who denied the charges of negligence and of failing to report a collision in Helm"
            " harbour in May?",
        ): "Strand"
    }
    # a name that opens the sentence keeps its capitals
    assert _asked("tc1_name_opener.txt") == {
        (
            "who_denied",
            "who rejected the claim that Norvale Consulting had been paid to print fake ballots?",
        ): "The election commission"
    }
