"""Denial questions on short wire stories of the common denial forms (own stories, data/den9/):
each clean denial the engine reads makes a who_denied question keyed on the right denier, with
the denied matter in its prompt and wrong options that denied nothing; controls make none."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from tests.questions.story_kit import DATA, answer, wrong_options

DENIALS = ("who_denied", "what_denied")


def _denial_questions(name: str) -> list[Question]:
    text = (DATA / "den9" / name).read_text(encoding="utf-8")
    return [q for q in generate(analyze(text)) if q.kind in DENIALS]


def _text_questions(text: str) -> list[Question]:
    return [q for q in generate(analyze(text), thin_giveaways=False) if q.kind in DENIALS]


# fixture, the denier keyed, words of the denied matter the prompt must hold, a wrong option
# the question must offer (or "")
CASES = [
    ("d05_categorically.txt", "Olga Preiss", "categorically deny", "the aviation authority"),
    ("d06_insisted_no_link.txt", "Stefan Mauer", "no link between the paint", ""),
    ("d07_refuted.txt", "Helena Stavros", "pressured the bank", ""),
    ("d10_denied_wrongdoing.txt", "Jonas Weller", "wrongdoing", ""),
    ("d11_denied_charges.txt", "Oskar Renwick", "charges of negligence and of failing", ""),
    (
        "d12_disputed_figures.txt",
        "The regional health authority",
        "figures given by the patients",
        "",
    ),
    ("d15_who_denies.txt", "Erik Lindqvist", "allegations made by prosecutors", ""),  # den10
    ("d18_pronoun_denial.txt", "Marco Dell", "fired at anyone", ""),
    ("d19_role_spokesman.txt", "Ivan Petrak", "under 18", ""),
    ("d20_earlier_accusation.txt", "Kroll Construction", "substandard materials", ""),
    ("d21_nothing_to_do.txt", "Bruno Kessel", "having anything to do with the fire", ""),
    ("d24_denied_knowing.txt", "Ingrid Palme", "knowing about the scheme", ""),
    ("d26_dismissed_claims.txt", "Walter Nies", "overcharged", ""),
    ("d30_rejected_allegations_body.txt", "The prison service", "allegations as false", ""),
]


@pytest.mark.parametrize(("name", "denier", "denied", "offered"), CASES)
def test_denial_question_per_story(name: str, denier: str, denied: str, offered: str) -> None:
    qs = [q for q in _denial_questions(name) if q.kind == "who_denied"]
    assert qs, name
    q = qs[0]
    assert answer(q) == denier
    assert denied in q.prompt
    wrong = wrong_options(q)
    assert len(wrong) >= 2
    assert not any(denier.lower() in w.lower() or w.lower() in denier.lower() for w in wrong)
    if offered:
        assert offered in wrong


# Stories with a clean denial the engine still makes no question of (a reason each)
MISSED = [
    ("d01_rejected_account.txt", "“that account” is paragraph 1's, a quotation stands between"),
    ("d02_flatly_denied.txt", "“the company” in the accusation gives the described denier away"),
    ("d08_politically_motivated.txt", "“the report” is never named as a report before"),
    ("d14_spokesperson_entirely_false.txt", "“the report” is never named as a report before"),
    ("d16_repeatedly_denied.txt", "one wrong option only: the police accused the denier"),
    # read since den10, but the group's claim names the plant: the answer would be given away
    ("d17_company_statement_rejected.txt", "the group's claim names the denier, Norchem"),
    ("d28_spokesman_said_denied.txt", "“had not hidden anything” is not read as a denial"),
]


@pytest.mark.parametrize(("name", "reason"), MISSED)
def test_known_misses_make_no_wrong_question(name: str, reason: str) -> None:
    """A miss is no error: whatever denial question such a story makes must still key a denier
    written in the story's denial sentence (none is made today)."""
    text = (DATA / "den9" / name).read_text(encoding="utf-8")
    for q in _denial_questions(name):
        assert answer(q).lower().removeprefix("the ") in text.lower(), reason


CONTROLS = [
    "c01_denied_entry.txt",  # "denied entry", "was denied a visa"
    "c02_bail_comment.txt",  # "denied bail", "declined to comment", "refused to comment"
    "c03_rejected_bill.txt",  # a bill rejected, a case dismissed
    "c04_unclear_denial.txt",  # "denied it" after two rival accounts: which?
    "c05_double_negative.txt",  # "denied that the office had not kept receipts"
]


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_make_no_denial_question(name: str) -> None:
    assert _denial_questions(name) == []


HEAD = "Dispute over harbour fire\n\nPORT ELVA (AP) — "
FILLER = (
    "\n\nFire officer Maren Tilde said the blaze had been put out by midnight."
    "\n\nNeighbour Eva Strom said she had heard two loud bangs."
    "\n\nDock worker Piet Lund said the crane had been idle for a week."
)


def test_nothing_to_do_with_asked_as_having_anything_to_do() -> None:
    text = HEAD + "A rival trader blamed the owner for a warehouse fire.\n\n"
    text += "Owner Bruno Kessel said he had nothing to do with the fire." + FILLER
    qs = [q for q in _text_questions(text) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who denied having anything to do with the fire?",
            "Bruno Kessel",
        )
    ]


def test_nothing_to_do_of_someone_else_is_no_own_denial() -> None:
    """ "said the council had nothing to do with …": the council's part, not the speaker's."""
    text = HEAD + "Owner Bruno Kessel said the council had nothing to do with the fire." + FILLER
    for q in _text_questions(text):
        assert "having anything to do" not in q.prompt
        assert "denied that the council had nothing" not in q.prompt


def test_report_said_false_is_never_asked_as_denied_false() -> None:
    """ "said the claims were untrue": asked "who said …", never "who denied that the claims were
    untrue?" (which says the opposite) and never as what_denied."""
    text = (
        HEAD + "The dockers' union said the port had cut wages without notice.\n\n"
        "Port director Sven Aalto said the claims were untrue and that wages had risen in May."
        + FILLER
    )
    for q in _text_questions(text):
        assert "denied that the claims were untrue" not in q.prompt
        assert not (q.kind == "what_denied" and "untrue" in answer(q))


def test_public_body_never_beside_its_own_official() -> None:
    """An unnamed "the ministry" may be the ministry a minister heads: never his wrong option."""
    text = (
        HEAD + "Villagers said soldiers had burned homes near the border.\n\n"
        "Defence Minister Ivo Tam denied that any homes had been burned by soldiers.\n\n"
        "The ministry said an inquiry would open on Monday." + FILLER
    )
    for q in _text_questions(text):
        if q.kind == "who_denied":
            assert answer(q) == "Ivo Tam"
            assert not any("ministry" in w.lower() for w in wrong_options(q))


def test_company_spokeswoman_beside_an_unnamed_regulator() -> None:
    """A spokeswoman whose mention names her company is not the regulator's: "the regulator"
    may be her wrong option."""
    text = (
        HEAD + "Two pilots said managers had told them to fly with a faulty radar.\n\n"
        "“We categorically deny these allegations,” said Gullwing Air spokeswoman Olga Preiss.\n\n"
        "The regulator said it had opened an inquiry.\n\n"
        "Passenger Liam Trost said he had flown the route twice in the past month."
    )
    qs = [q for q in _text_questions(text) if q.kind == "who_denied"]
    assert qs and answer(qs[0]) == "Olga Preiss"
    assert "the regulator" in wrong_options(qs[0])


COURT = (
    "Ferry owner in court\n\nPORT ELVA (AP) — "
    "The owner of a ferry company appeared in court on Monday.\n\n"
)
COURT_FILLER = (
    "\n\nPassenger Lotte Finch said the ferry had left port in thick fog."
    "\n\nHarbour master Gregor Alt said traffic in the harbour had resumed on Friday."
    "\n\nDock worker Piet Lund said the crane had been idle for a week."
)


def test_charges_the_outlet_states_are_what_is_denied() -> None:
    text = COURT + (
        "Ferry owner Viktor Hallam, 61, is on trial charged with manslaughter by gross "
        "negligence. He denies all the charges." + COURT_FILLER
    )
    qs = [q for q in _text_questions(text) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who denied the charges of manslaughter by gross negligence?",
            "Viktor Hallam",
        )
    ]
    assert "manslaughter" in qs[0].evidence.text


@pytest.mark.parametrize(
    "before",
    [
        # not charged: nothing was charged
        "Ferry owner Viktor Hallam, 61, was not charged with manslaughter.",
        # someone else's charge
        "His captain, Oskar Renwick, is charged with manslaughter by gross negligence.",
        # a source's claim, not the outlet's words: which of the two?
        "Prosecutors said the company was charged with fraud and that the owner had lied.",
        # whose wife?
        "Ferry owner Viktor Hallam is charged with threatening his wife.",
    ],
)
def test_charges_not_stated_cleanly_make_no_such_question(before: str) -> None:
    text = COURT + before + " Hallam denies the charges." + COURT_FILLER
    for q in _text_questions(text):
        assert "the charges of" not in q.prompt


def test_public_spokesman_never_beside_an_unnamed_public_body() -> None:
    """ "White House spokesman …" serves a public body: "the agency" may be his side's."""
    text = (
        HEAD + "Two pilots said managers had told them to fly with a faulty radar.\n\n"
        "“We categorically deny these allegations,” said White House spokesman Olaf Preiss.\n\n"
        "The agency said it had opened an inquiry.\n\n"
        "Passenger Liam Trost said he had flown the route twice in the past month."
    )
    for q in _text_questions(text):
        assert "the agency" not in q.options


WAIT = "Waiting lists grow\n\nFELDEN, Norland (AP) — "
WAIT_FILLER = (
    "\n\nSurgeon Ruth Halvor said her clinic had hired new doctors in the spring."
    "\n\nPatient Henrik Sol said he had been waiting since last winter."
    "\n\nTeacher Lina Vos said the school gym would reopen next week."
)


def test_figures_disputed_are_the_one_source_s_figures() -> None:
    text = WAIT + (
        "Patients wait an average of 14 months for surgery, a patients' union said on Monday."
        "\n\nThe health authority disputed the figures." + WAIT_FILLER
    )
    qs = [q for q in _text_questions(text) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who disputed the figures given by the patients' union?",
            "The health authority",
        )
    ]


@pytest.mark.parametrize(
    "before",
    [
        # two sources gave numbers: whose figures?
        "Patients wait 14 months, a patients' union said. Nurses said 300 beds had closed.",
        # the denier's own numbers
        "The health authority said patients waited 14 months on average.",
        # no number given at all
        "A patients' union said patients waited far too long for surgery.",
    ],
)
def test_figures_of_no_one_source_make_no_such_question(before: str) -> None:
    text = WAIT + before + "\n\nThe health authority disputed the figures." + WAIT_FILLER
    for q in _text_questions(text):
        assert "figures given by" not in q.prompt


def test_unnamed_body_options_read_the_story_once_per_body(monkeypatch) -> None:  # noqa: ANN001
    """Each denial of a long paste may offer "the health authority": whether it is tied to a
    named source is the story's matter, worked out once per body, not once per denial (which
    made generation quadratic)."""
    from questions.generate.kinds import who_denied

    calls: list[str] = []
    real = who_denied._untied_body

    def counted(ctx, body, head):  # noqa: ANN001, ANN202
        calls.append(body.key)
        return real(ctx, body, head)

    monkeypatch.setattr(who_denied, "_untied_body", counted)
    unit = (
        "Ferry owner Viktor Hallam is charged with manslaughter. He denies all the charges. "
        "The health authority said the ward had reopened.\n\n"
    )
    generate(analyze("Hearing\n\n" + unit * 30), thin_giveaways=False)
    assert calls and len(calls) == len(set(calls))


BORDER = (
    "Neighbours trade blame over border shooting\n\nGRAVA, Meridia (AP) — "
    "A border guard was killed on Sunday at a crossing between Meridia and Ostria.\n\n"
)
BORDER_FILLER = (
    "\n\nTruck driver Emil Sand said hundreds of lorries were waiting at the crossing."
    "\n\nFarmer Lotte Brand said she had heard shots for about ten minutes."
    "\n\nNurse Ivo Kesk said the guard had died before reaching the hospital."
)


def test_a_country_s_government_denies_what_was_said_of_its_troops() -> None:
    text = BORDER + (
        "Meridia's foreign minister, Anna Kroy, accused Ostrian troops of firing first.\n\n"
        "Ostria's government rejected the accusation, saying its guards had been fired on."
        + BORDER_FILLER
    )
    qs = [q for q in _text_questions(text) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        (
            "According to the story, who rejected the accusation made by Anna Kroy?",
            "Ostria's government",
        )
    ]
    assert not any("Kroy" in w or "Meridia" in w for w in wrong_options(qs[0]))
    assert "“the accusation” is the accusation made by Anna Kroy" in qs[0].explanation


@pytest.mark.parametrize(
    "accusation",
    [
        # someone else's troops
        "Meridia's foreign minister, Anna Kroy, accused Vessian troops of firing first.",
        # two accusations name Ostria's side: which one?
        "Meridia's foreign minister, Anna Kroy, accused Ostrian troops of firing first. "
        "Villagers said Ostrian drones had flown over the crossing.",
    ],
)
def test_no_clear_accusation_of_the_country_makes_no_such_question(accusation: str) -> None:
    text = BORDER + accusation + "\n\nOstria's government rejected the accusation." + BORDER_FILLER
    for q in _text_questions(text):
        assert "accusation made by" not in q.prompt
