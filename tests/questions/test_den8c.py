"""Denials of short wire stories with too few other speakers for two wrong options (issue 7,
set 8), on stories of our own:

- the story's named people and bodies that play a part without being quoted ("the District
  Court", a retired judge who chairs a panel) fill in as wrong options of who_denied;
- never the denier's own people (a lawyer written "his lawyer, …"), the body a person denier
  leads, a name cut from a longer one ("… and Coastal Rowing Federation"), a place, nor one
  written in a sentence of a denial verb (they may have denied too);
- the accuser's own people stay out of "who rejected the allegations made by …?".
"""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions.model import Question

DENIALS = ("who_denied", "what_denied")


def _story(headline: str, body: str) -> str:
    return f"{headline}\n\nVELMA, Ostria (AAP) - {body}\n"


def _who(text: str) -> list[Question]:
    return kinds_built(text, "who_denied")


# 1. a body's allegations, a court the case goes to

LAWSUIT = _story(
    "Watchdog sues meal kit seller over 'organic' labels",
    "The Ostrian Consumer Protection Commission has taken meal kit seller GreenCrate to the "
    "District Court, alleging the company sold ordinary vegetables as organic for two years.\n\n"
    "The commission alleges that supplier invoices showed most of the produce came from "
    "conventional farms.\n\n"
    '"People paid extra for a label that meant nothing," commission chair Ruth Okafor said.\n\n'
    "GreenCrate rejected the allegations. A spokesman said every supplier held a valid "
    "certificate.\n\n"
    "Paul Lindqvist, a food law academic who is not involved in the case, said the invoices "
    "would be hard to explain away.",
)
LAWSUIT_PROMPT = (
    "According to the story, who rejected the allegations made by the Ostrian Consumer "
    "Protection Commission?"
)


def test_a_court_the_story_names_fills_in_beside_one_other_speaker() -> None:
    found = [q for q in _who(LAWSUIT) if q.prompt == LAWSUIT_PROMPT]
    assert len(found) == 1, [q.prompt for q in _who(LAWSUIT)]
    q = found[0]
    assert answer(q) == "GreenCrate"
    wrong = wrong_options(q)
    assert len(wrong) == 2
    assert any("District Court" in o for o in wrong)
    assert any("Lindqvist" in o for o in wrong)
    assert not any("Okafor" in o for o in wrong)  # the accuser's own chair


def test_a_court_named_in_the_denial_sentence_is_no_option() -> None:
    text = LAWSUIT.replace(
        "GreenCrate rejected the allegations.",
        "GreenCrate rejected the allegations, which the District Court will hear in May.",
    )
    assert not [q for q in _who(text) if q.prompt == LAWSUIT_PROMPT]


# 2. a person's denial, a retired judge who chairs the panel

PROBE = _story(
    "Rowing body delays vote amid probe into coaching grants",
    "A regional rowing body has postponed the election of its president after its ethics "
    "panel opened an investigation into grants for junior crews, officials said on Friday.\n\n"
    "Incumbent president Tomas Ekwueme, a lawyer seeking a fourth term, was the only "
    "candidate.\n\n"
    "Ekwueme denied any wrongdoing. In a statement, he said every grant had been audited.\n\n"
    "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.\n\n"
    '"The crews just want boats and coaches," said Rosa Bianchi, who runs a club in Velma.',
)
PROBE_PROMPT = "According to the story, who denied any wrongdoing?"


def test_a_judge_who_speaks_for_no_one_fills_in() -> None:
    found = [q for q in _who(PROBE) if q.prompt == PROBE_PROMPT]
    assert len(found) == 1, [q.prompt for q in _who(PROBE)]
    q = found[0]
    assert answer(q) == "Tomas Ekwueme"
    assert sorted(wrong_options(q)) == ["Helga Marstrand", "Rosa Bianchi"]


def test_his_own_lawyer_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "The panel met his lawyer, Helga Marstrand, on Thursday.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]


def test_a_body_he_may_lead_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "The Continental Rowing Federation will meet in March.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]


def test_a_name_cut_from_a_longer_one_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "The Northern and Coastal Rowing Court will meet in March.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]


def test_one_who_also_rejected_something_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "Retired judge Helga Marstrand, the panel's chair, rejected calls to step aside.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]


def test_a_place_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "The congress was due to be held in New Zealand next month.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]


# 3. no two other names: what the rejected allegation said

FINES = _story(
    "Port authority takes ferry firm to court over safety drills",
    "The Velma Port Authority has taken ferry operator Brightwater Ferries to court, alleging "
    "the firm skipped monthly lifeboat drills while its crews were short of staff.\n\n"
    '"Passengers trust that the crew knows what to do," authority director Hana Sorel said.\n\n'
    "Brightwater Ferries rejected the allegations. A spokeswoman said every crew member had "
    "been trained.\n\n"
    "Brightwater Ferries said on Monday the company would add a night crossing in June.\n\n"
    "Marco Eliassen, a maritime safety consultant, said the number of ferry passengers had "
    "doubled since 2019.",
)


def test_rejected_allegation_is_asked_what_when_who_cannot_be() -> None:
    assert not kinds_built(FINES, "who_denied")  # one other name only
    found = kinds_built(FINES, "what_denied")
    assert len(found) == 1
    q = found[0]
    assert q.prompt == "According to the story, what did Brightwater Ferries reject?"
    assert answer(q) == "That it skipped monthly lifeboat drills"
    wrong = wrong_options(q)
    assert len(wrong) == 2
    assert not any("Passengers" in o or "trained" in o for o in wrong)  # the accuser's; unsure


def test_what_is_not_asked_where_who_is() -> None:
    text = FINES.replace("to court, alleging", "to the Coastal District Court, alleging")
    assert [q.kind for q in kinds_built(text, *DENIALS)] == ["who_denied"]


def test_an_allegation_naming_someone_else_is_not_asked() -> None:
    text = FINES.replace(
        "alleging the firm skipped monthly lifeboat drills",
        "alleging the firm let captain Ivo Rask skip monthly lifeboat drills",
    )
    assert not kinds_built(text, *DENIALS)


def test_a_second_allegation_of_the_accuser_is_no_wrong_option() -> None:
    text = FINES.replace(
        "Marco Eliassen, a maritime safety consultant,",
        "The authority also claims the company kept no fire logs.\n\nMarco Eliassen, a "
        "maritime safety consultant,",
    )
    for q in kinds_built(text, "what_denied"):
        assert not any("fire logs" in o for o in wrong_options(q))


def test_a_founder_named_after_the_company_is_no_option() -> None:
    text = LAWSUIT.replace("to the District Court,", "to court,").replace(
        "Paul Lindqvist, a food law academic who is not involved in the case, said",
        "GreenCrate founder Maria Brandt met investors on Monday. Paul Lindqvist, a food law "
        "academic who is not involved in the case, said",
    )
    for q in _who(text):
        assert not any("Brandt" in o for o in wrong_options(q))


def test_a_judge_who_cleared_someone_is_no_option() -> None:
    text = PROBE.replace(
        "The panel's chair, retired judge Helga Marstrand, declined to discuss the case.",
        "Retired judge Helga Marstrand cleared two officials of the body last year.",
    )
    assert not [q for q in _who(text) if q.prompt == PROBE_PROMPT]
