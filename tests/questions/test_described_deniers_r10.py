"""Denials by a description or a pronoun of the one body a wire story names (issue 7): "The
company insisted there was no design defect." after "Toymaker Brightmoor Toys recalled …" asks
who insisted so, with "Brightmoor Toys" as the answer; "the company denied it was responsible"
(the clause repeats the company) asks what Carrow Payments denied instead. Controls: two
companies named, a company never named, "It" for a report, a driver among two drivers. Stories of
our own."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions import analyze
from questions.generate.validate import validate
from questions.model import Question


def _story(headline: str, dateline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + dateline + " (AP) — " + "\n\n".join(paragraphs) + "\n"


def _kind(text: str, kind: str) -> list[Question]:
    return kinds_built(text, kind)


def _valid(text: str, q: Question) -> bool:
    an = analyze(text)
    return not validate(q, an, an.stories[q.story])


TOYS = _story(
    "Toymaker recalls 40,000 scooters after injuries",
    "LONDON",
    "Toymaker Brightmoor Toys recalled 40,000 children's scooters on Tuesday after regulators "
    "received reports of 12 injuries.",
    "Parent Lucy Harn said her son had broken his wrist when the handlebar snapped.",
    "The company insisted there was no design defect.",
    "Consumer lawyer Peter Vance said families could claim refunds at any shop.",
)
SHIP = _story(
    "Cargo ship hits pier in Rotterdam storm",
    "ROTTERDAM, Netherlands",
    "A bulk carrier owned by shipowner Halden Bulk struck a pier in Rotterdam on Sunday, "
    "injuring three dock workers.",
    "Harbour master Joost Vermeer said winds had reached 90 kilometres per hour at the time.",
    "Dock worker Sanne Bakker said the crew had sounded the ship's horn only seconds before the "
    "crash.",
    "The company denied that the vessel had been sailing too fast.",
    "Safety inspector Pieter Dalm said the ship's engine logs would be examined this week.",
)
SHIP_IT = SHIP.replace(
    "The company denied that the vessel had been sailing too fast.",
    "The company said its crew had followed every rule. It insisted there had been no failing "
    "in its own safety procedures.",
)
PAYROLL = _story(
    "Payment error leaves thousands without wages",
    "LONDON",
    "Thousands of workers went without their wages on Friday after a payment error at the "
    "payroll company Carrow Payments.",
    "Union official Dana Rees said some members could not pay their rent.",
    "Shop owner Ian Marsh said several of his staff had been paid twice.",
    "In a statement, the company denied it was responsible for the error.",
    "Treasury minister Alan Shore said he had asked for a report by Monday.",
)
HOSPITAL = _story(
    "Patients moved after flood at Ostby hospital",
    "OSTBY, Vessia",
    "Forty patients were moved on Monday after water flooded two wards at Ostby General Hospital.",
    "Nurse Clara Venn said the water had reached the beds within minutes.",
    "Patient Omar Haddad said staff had carried him down three flights of stairs.",
    "The hospital denied that any operation had been cancelled.",
    "Fire officer Lena Brandt said the flooding was caused by a burst pipe.",
)
# controls
TWO_FIRMS = SHIP.replace(
    "owned by shipowner Halden Bulk",
    "owned by shipowner Halden Bulk and chartered by the firm Norvik Freight",
)
NEVER_NAMED = SHIP.replace("owned by shipowner Halden Bulk ", "")
REPORT_IT = SHIP.replace(
    "The company denied that the vessel had been sailing too fast.",
    "A report by the port was published on Monday. It denied that the vessel had been sailing "
    "too fast.",
)
TWO_DRIVERS = _story(
    "Bus and lorry collide on coast road",
    "KELMO, Ostria",
    "Bus driver Anton Rask and lorry driver Piet Soler were hurt when their vehicles collided "
    "on the coast road on Friday.",
    "Witness Mira Lund said the lorry had crossed into the other lane.",
    "Police officer Tomas Vell said the road had been wet after heavy rain.",
    "The driver denied that he had been using his phone at the time.",
    "Mechanic Ida Kron said the bus had passed its safety check in May.",
)


def test_company_insisted_asks_who_with_the_toymakers_name() -> None:
    qs = _kind(TOYS, "who_denied")
    assert [q.prompt for q in qs] == [
        "According to the story, who insisted that there was no design defect?"
    ]
    assert answer(qs[0]) == "Brightmoor Toys"
    assert not {o for o in wrong_options(qs[0]) if "Brightmoor" in o}
    assert _valid(TOYS, qs[0])


def test_company_denied_asks_who_with_the_shipowners_name() -> None:
    qs = _kind(SHIP, "who_denied")
    assert [q.prompt for q in qs] == [
        "According to the story, who denied that the vessel had been sailing too fast?"
    ]
    assert answer(qs[0]) == "Halden Bulk"
    assert set(wrong_options(qs[0])) == {"Joost Vermeer", "Sanne Bakker", "Pieter Dalm"}


def test_explanation_and_evidence_show_where_the_company_is_named() -> None:
    q = _kind(SHIP, "who_denied")[0]
    assert "“The company” is Halden Bulk, the one company the story names before" in q.explanation
    assert q.evidence.earlier_text and "shipowner Halden Bulk" in q.evidence.earlier_text
    assert _valid(SHIP, q)


def test_it_read_as_the_company_asks_who() -> None:
    qs = _kind(SHIP_IT, "who_denied")
    assert len(qs) == 1 and answer(qs[0]) == "Halden Bulk"
    assert "“It” is the company, Halden Bulk," in qs[0].explanation


def test_clause_repeating_the_company_asks_what_not_who() -> None:
    assert _kind(PAYROLL, "who_denied") == []
    qs = _kind(PAYROLL, "what_denied")
    assert [q.prompt for q in qs] == ["According to the story, what did Carrow Payments deny?"]
    assert answer(qs[0]) == "That it was responsible for the error"
    wrong = wrong_options(qs[0])
    assert len(wrong) >= 2 and all(w.startswith("That ") for w in wrong)
    assert not [w for w in wrong if "responsib" in w or "error" in w]
    assert _valid(PAYROLL, qs[0])


def test_the_hospital_is_the_one_hospital_named() -> None:
    qs = _kind(HOSPITAL, "who_denied")
    assert len(qs) == 1 and answer(qs[0]) == "Ostby General Hospital"


def test_control_two_companies_named_no_name_given() -> None:
    for q in kinds_built(TWO_FIRMS, "who_denied", "what_denied"):
        assert answer(q) not in ("Halden Bulk", "Norvik Freight")
        assert "Halden Bulk" not in q.prompt and "Norvik Freight" not in q.prompt
        assert not {"Halden Bulk", "Norvik Freight"} & set(wrong_options(q))


def test_control_company_never_named_no_name_given() -> None:
    for q in kinds_built(NEVER_NAMED, "who_denied", "what_denied"):
        assert answer(q).lower() == "the company"


def test_control_it_for_a_report_is_no_company() -> None:
    for q in kinds_built(REPORT_IT, "who_denied", "what_denied"):
        assert "Halden Bulk" not in (answer(q), q.prompt)


def test_control_the_driver_among_two_drivers_is_not_asked() -> None:
    for q in kinds_built(TWO_DRIVERS, "who_denied", "what_denied"):
        assert answer(q) not in ("Anton Rask", "Piet Soler")


MINISTRY = _story(
    "Border post closed after protest",
    "TALLO, Vessia",
    "Vessia's Interior Ministry closed the Kerr border post on Wednesday after a protest by "
    "truck drivers.",
    "Driver Jonas Pelt said hundreds of lorries were waiting on the road.",
    "Trader Elsa Morn said fresh fruit would rot if the post stayed shut.",
    "The ministry denied that the closure had been planned before the protest.",
    "Customs officer Rui Palo said the post could reopen on Friday.",
)
AIRLINE = _story(
    "Flights cancelled after computer fault",
    "OSLO, Norway",
    "The airline Nordvik Air cancelled 60 flights on Thursday after a fault in its booking system.",
    "Passenger Karin Holt said she had waited nine hours at the airport.",
    "Travel agent Ola Brenn said refunds could take weeks.",
    "The airline denied that the fault had been caused by a cyberattack.",
    "Airport worker Eva Lund said queues had stretched outside the terminal.",
)
SHIPOWNER = TWO_FIRMS.replace(
    "The company denied that the vessel", "The shipowner denied that the vessel"
)


def test_the_ministry_is_the_one_ministry_named() -> None:
    qs = _kind(MINISTRY, "who_denied")
    assert len(qs) == 1 and answer(qs[0]) == "Vessia's Interior Ministry"


def test_the_airline_is_the_one_airline_named() -> None:
    qs = _kind(AIRLINE, "who_denied")
    assert len(qs) == 1 and answer(qs[0]) == "Nordvik Air"
    assert _valid(AIRLINE, qs[0])


def test_the_shipowner_beside_a_charterer_is_the_one_shipowner() -> None:
    qs = _kind(SHIPOWNER, "who_denied")
    assert len(qs) == 1 and answer(qs[0]) == "Halden Bulk"


OTHER_BODY = SHIP.replace(
    "Dock worker Sanne Bakker",
    "Ostwind, which chartered the ship, said its cargo of grain had not been damaged.\n\n"
    "Dock worker Sanne Bakker",
)


def test_control_another_body_quoted_before_leaves_the_company_unnamed() -> None:
    for q in kinds_built(OTHER_BODY, "who_denied", "what_denied"):
        assert "Halden Bulk" not in (answer(q), q.prompt)


RIGHTS_GROUP = NEVER_NAMED.replace(
    "Harbour master Joost Vermeer",
    "The rights group Harbour Watch said dock workers were often sent out in storms.\n\n"
    "Harbour master Joost Vermeer",
)


def test_control_a_rights_group_is_no_company() -> None:
    for q in kinds_built(RIGHTS_GROUP, "who_denied", "what_denied"):
        assert "Harbour Watch" not in (answer(q), q.prompt)
