"""Sources read whole (session e6 of issue 7: a teacher-reader's fresh wire stories).

* A person "of" / "from" a group ("said Petra Voss of the neighbourhood alliance Clean Kestow") is
  the speaker: the key names the person, as the explanation does, and the group is no option.
* A participle after a noun for people ("A solicitor representing a group of tenants, Oskar
  Lind, said") does not open the source on its object ("a group of tenants, Oskar Lind"): the
  words marked as who speaks are a whole noun phrase.
* Names joined by "&" ("Dunmore & Pike") are one name, never cut to the last word.

All stories are invented for these tests.
"""

from __future__ import annotations

import pytest
from story_kit import answer

from questions import analyze
from questions.generate import generate
from questions.model import Question

HEAD = "Harbour plan divides town\n\n"


def sources(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source, source_text, source_kind) of each claim of a one-sentence story."""
    a = analyze(HEAD + sentence + "\n")
    return [(c.source, c.source_text, c.source_kind) for s in a.stories for c in s.claims]


def who_said(text: str, words: str) -> Question | None:
    """The who_said question whose prompt holds ``words``, if any."""
    qs = generate(analyze(text), thin_giveaways=False)
    return next((q for q in qs if q.kind == "who_said" and words in q.prompt), None)


# --- 1. a person of a group ------------------------------------------------------------------

LANDFILL = """Families oppose new landfill at Kestow

Plans for a landfill on the edge of Kestow drew about 400 letters, the county said on Tuesday.

"The smell will drift into every school in the district and stay there all summer," said \
Petra Voss of the neighbourhood alliance Clean Kestow.

Site manager Hugo Brandl said lorries would arrive only in daylight.

Council engineer Selma Ruud said tests of the ground would start in May.

Shop owner Emil Tarr said trade on the high street would suffer.
"""


def test_the_person_of_a_group_is_the_key_and_the_group_no_option() -> None:
    q = who_said(LANDFILL, "The smell will drift")
    assert q is not None
    assert answer(q) == "Petra Voss"
    assert not any("Kestow" in o for o in q.options)
    assert q.explanation.endswith("these are the words of Petra Voss.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The smell will drift into every school," said Petra Voss of the neighbourhood '
            "alliance Clean Kestow.",
            "Petra Voss",
        ),
        (
            "Petra Voss of the neighbourhood alliance Clean Kestow said the smell would drift "
            "into every school.",
            "Petra Voss",
        ),
        ('"Rents will rise," said Jonas Reif from the tenants\' union Fair Rent.', "Jonas Reif"),
        ("Boat owner Olle Brink of Brink Lines said the crossing was safe.", "Olle Brink"),
    ],
)
def test_a_person_of_a_group_is_named_as_a_person(sentence: str, expected: str) -> None:
    ((source, _, kind),) = sources(sentence)
    assert source == expected
    assert kind in ("person", "official", "expert")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Rents will rise," said the Bank of Lisden.', ("Bank of Lisden", "organisation")),
        ("University College of Lisden said the study was sound.", None),
        ("The Friends of Orlow Marsh said the birds would leave.", None),
        ('"Rents will rise," said Secretary of State Ann Reed.', None),
        ("Ann Reed and Tom Hale of the harbour board said rents would rise.", None),
        ('"The birds leave," said Ida Marr, of the birdwatching club.', ("Ida Marr", "person")),
    ],
)
def test_controls_of_names_with_of_are_unchanged(sentence: str, expected: tuple | None) -> None:
    ((source, written, kind),) = sources(sentence)
    if expected is None:  # an institution, a title's "of", two people: named as written
        assert source in written
        assert " of " in source
    else:
        assert (source, kind) == expected


# --- 2. a participle's object is not the source -----------------------------------------------

DAMP = """Landlord fined over damp flats

A solicitor representing a group of tenants, Oskar Lind, said the landlord had ignored the damp \
for years.

Letting agent Vera Holm said repairs had begun in March.

Housing officer Timo Sand said the fine was the highest in the borough.

Tenant Greta Ulm said her son had been ill all winter.
"""


def test_the_words_marked_as_who_speaks_are_a_whole_noun_phrase() -> None:
    q = who_said(DAMP, "ignored the damp")
    assert q is not None
    assert answer(q) == "Oskar Lind"
    assert "“a group of tenants, Oskar Lind, said”" not in q.explanation
    assert "“A solicitor representing a group of tenants, Oskar Lind, said”" in q.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A solicitor representing a group of tenants, Oskar Lind, said the landlord had "
            "ignored the damp.",
            ("Oskar Lind", "A solicitor representing a group of tenants, Oskar Lind", "person"),
        ),
        (
            "Lawyers representing the families said the inquiry was too slow.",
            "Lawyers representing the families",
        ),
        ("Officials overseeing the talks said a deal was close.", "Officials overseeing the talks"),
    ],
)
def test_a_participle_after_people_keeps_them_in_the_source(sentence: str, expected) -> None:
    ((source, written, kind),) = sources(sentence)
    if isinstance(expected, tuple):
        assert (source, written, kind) == expected
    else:
        assert written == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A spokesman for a group of tenants, Oskar Lind, said the landlord had ignored the "
            "damp.",
            ("Oskar Lind", "A spokesman for a group of tenants, Oskar Lind"),
        ),
        ("After hearing the evidence the judge said the case was weak.", ("judge", "the judge")),
        (
            "The council, backing the plan, said the harbour would grow.",
            ("council", "The council, backing the plan"),
        ),
    ],
)
def test_controls_of_participles_are_unchanged(sentence: str, expected: tuple) -> None:
    ((source, written, _),) = sources(sentence)
    assert (source, written) == expected


# --- 3. a name joined by "&" ------------------------------------------------------------------

BAKERY = """Bakery chain warns on costs

Shares in the bakery chain Oven Street fell 6 percent on Wednesday.

{sentence}

Finance chief Lena Morr said flour prices had eased in January.

Customer Paul Idris said a loaf now cost too much.

Union official Rhea Stam said 80 jobs were at risk.
"""


def test_a_firm_joined_by_ampersand_is_keyed_whole() -> None:
    text = BAKERY.format(
        sentence="The accountancy firm Dunmore & Pike said the chain's costs would probably "
        "rise by a tenth."
    )
    q = who_said(text, "costs would probably rise")
    assert q is not None
    assert answer(q) == "Dunmore & Pike"
    assert "the words of Dunmore & Pike." in q.explanation


def test_people_at_a_firm_are_never_keyed_by_a_fragment() -> None:
    text = BAKERY.format(
        sentence="Economists at the lender Birch & Calloway said the chain's costs would "
        "probably rise by a tenth."
    )
    qs = generate(analyze(text), thin_giveaways=False)
    shown = {o for q in qs for o in q.options if isinstance(o, str)}
    assert "Calloway" not in shown
    q = who_said(text, "costs would probably rise")
    whole = ("Birch & Calloway", "Economists at the lender Birch & Calloway")
    assert q is None or answer(q) in whole


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The accountancy firm Dunmore & Pike said costs would rise.",
            ("Dunmore & Pike", "The accountancy firm Dunmore & Pike", "organisation"),
        ),
        (
            "Economists at the lender Birch & Calloway said costs would rise.",
            (
                "Economists at the lender Birch & Calloway",
                "Economists at the lender Birch & Calloway",
                "unnamed",
            ),
        ),
        (
            '"Costs will rise," said Birch & Calloway.',
            ("Birch & Calloway", "Birch & Calloway", "organisation"),
        ),
        (
            "Birch & Calloway said costs would rise.",
            ("Birch & Calloway", "Birch & Calloway", "organisation"),
        ),
    ],
)
def test_an_ampersand_joins_one_name(sentence: str, expected: tuple) -> None:
    assert sources(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sales & marketing chief Ann Reed said costs would rise.",
            ("Ann Reed", "marketing chief Ann Reed", "official"),
        ),
        (
            "Analysts at Marks and Spencer said costs would rise.",
            ("Analysts at Marks and Spencer", "Analysts at Marks and Spencer", "unnamed"),
        ),
        ("Tom Hale said costs would rise.", ("Tom Hale", "Tom Hale", "person")),
    ],
)
def test_controls_of_joined_words_are_unchanged(sentence: str, expected: tuple) -> None:
    assert sources(sentence) == [expected]
