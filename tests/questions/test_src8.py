"""A claim whose source is a definite description of a body the story names ("the commission
said" after "The Tollan Water Commission has sued …", "the company said" after "carmaker Harrow
Motors", "the regulator said" after the one named authority) is that body's: who_said asks it with
the body as the answer, shown by its full name, never beside itself. Nothing is resolved where
two bodies fit, where the story also writes an unnamed body of the noun ("a court"), or where the
noun is another body's ("the firm's board"). And "Its chair, Pella Voss, said" after the body's
denial ties her to the body. Stories of our own."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions import analyze
from questions.generate.kinds import who_said
from questions.generate.registry import Context
from questions.generate.sources import source_of
from questions.model import Question


def _story(headline: str, dateline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + dateline + " (AP) — " + "\n\n".join(paragraphs) + "\n"


def _owner(text: str, words: str) -> str | None:
    """The name of the source the claim whose content opens on ``words`` is counted to."""
    an = analyze(text)
    ctx = Context(an, an.stories[0])
    for claim in ctx.story.claims:
        if claim.content.lstrip('“"').startswith(words):
            info = source_of(ctx, claim)
            return info.name.removeprefix("the ") if info else None
    raise AssertionError(f"no claim opens on {words!r}")


def _who_said(text: str, words: str) -> Question | None:
    """The who_said question on the words, as the kind builds it (before any story's limit)."""
    an = analyze(text)
    found = [q for q in who_said.build(Context(an, an.stories[0])) if words in q.prompt]
    return found[0] if found else None


WATER = _story(
    "Regulator sues bottler over purity labels",
    "MARLOW, Vessia",
    "The Tollan Water Commission has taken bottler Crestway Springs to court, alleging the "
    "firm overstated the purity of its spring water for years.",
    "In papers lodged on Monday, the commission said the labels had carried the purity claim "
    "since early 2019.",
    "Shop owner Dara Hollis said customers had asked her about the labels for months.",
    "Consumer lawyer Imre Tavish said refunds could take a year to reach buyers.",
    "Retired chemist Owen Pratt said the tests behind the labels were sound.",
)
LIBRARY = _story(
    "Town votes to shut two libraries",
    "OSTBY, Vessia",
    "Members of Ostby District Council voted on Monday to close two branch libraries by June.",
    "In a statement, the council said the two branches had lost half of their readers over five "
    "years.",
    "Reader Tamsin Coyle said the branch near her home was always busy after school.",
    "Librarian Nils Rudd said the building needed a new roof.",
    "Parent Ayo Banjo said the children's club would have nowhere to meet.",
)
CARS = _story(
    "Carmaker recalls vans over brake fault",
    "DELLBY, Vessia",
    "Carmaker Harrow Motors is recalling 8,000 delivery vans after drivers reported soft brakes.",
    "Mechanic Rosa Lind said the fault showed up only in cold weather.",
    "The company said in a statement that no crash had been linked to the fault.",
    "Driver Karl Benn said his van had stopped late twice in one week.",
    "Fleet owner Greta Sund said she had taken 40 vans off the road.",
)
ENERGY = _story(
    "Energy supplier fined over billing errors",
    "PORT ELVA, Vessia",
    "The Marlow Energy Authority fined supplier Brightwell Power on Tuesday over thousands of "
    "wrong bills.",
    "The regulator said the supplier had overcharged about 12,000 homes last winter.",
    "Pensioner Ida Frost said her bill had doubled without warning.",
    "Campaigner Luka Brenn said the fine was far too small.",
    "Accountant Milo Ward said refunds would be paid by March.",
)
GROWERS = _story(
    "Survey blames orchards for river algae",
    "VESSBY, Vessia",
    "The Linden River Trust said on Friday that run-off from orchards caused most of the algae "
    "found in the river last summer.",
    "The Ostby Growers' Association rejected that. Its chair, Pella Voss, said the survey had "
    "left out the town's old sewer pipes.",
    "Angler Tomas Frey said the fish had all but gone from the lower reaches.",
)


def test_commission_said_is_the_named_commission() -> None:
    """Failed before: "the commission" was a common noun, its claim no one's."""
    assert _owner(WATER, "the labels had carried") == "Tollan Water Commission"
    q = _who_said(WATER, "the labels had carried the purity claim")
    assert q is not None
    assert "Tollan Water Commission" in answer(q)
    assert not any("Commission" in o for o in wrong_options(q))
    # the evidence shows where the story names the body "the commission" is
    assert "The Tollan Water Commission has taken" in (q.evidence.earlier_text or "")


def test_council_named_only_as_a_subject_is_listed() -> None:
    """Failed before: the council made no claim under its name, so it was no source at all."""
    assert _owner(LIBRARY, "the two branches") == "Ostby District Council"
    q = _who_said(LIBRARY, "the two branches had lost")
    assert q is not None
    assert "Ostby District Council" in answer(q)
    assert not any("Council" in o for o in wrong_options(q))


def test_company_is_the_one_named_company() -> None:
    """Failed before."""
    assert _owner(CARS, "no crash") == "Harrow Motors"


def test_regulator_is_the_one_named_authority() -> None:
    """Failed before: "the regulator" names the kind of the one authority, not its head."""
    assert _owner(ENERGY, "the supplier had overcharged") == "Marlow Energy Authority"


def test_chair_after_a_denial_is_no_wrong_option() -> None:
    """Failed before: "Its chair" tied Pella Voss to no body, so the association she chairs was
    offered as a wrong option of her own words."""
    q = _who_said(GROWERS, "the survey had left out")
    assert q is not None
    assert "Pella Voss" in answer(q)
    assert not any("Growers" in o for o in wrong_options(q))


# controls: nothing resolved


def test_control_indefinite_court_is_not_the_named_court() -> None:
    """ "A Vessian court" is a body the story does not name: "the court" may be it, not the
    Court of Appeal the lawyer names."""
    text = _story(
        "Court jails former mayor over bribes",
        "OSTBY, Vessia",
        "A Vessian court on Monday jailed former mayor Ivo Strand for three years.",
        "His lawyer Mira Kess said the Court of Appeal would hear the case by spring.",
        "The court said the payments had run for at least five years.",
        "Resident Jon Abel said the town had lost millions.",
    )
    assert _owner(text, "the payments had run") is None


def test_control_court_never_named() -> None:
    text = WATER.replace(
        "In papers lodged on Monday, the commission said",
        "In papers lodged on Monday, the court said",
    )
    assert _owner(text, "the labels had carried") is None


def test_control_two_commissions() -> None:
    text = WATER.replace(
        "to court, alleging",
        "to court with the Ostby Trade Commission, alleging",
    )
    assert _owner(text, "the labels had carried") is None


def test_control_two_companies() -> None:
    text = CARS.replace(
        "after drivers reported soft brakes.",
        "after drivers reported soft brakes made by supplier Delta Parts Ltd.",
    )
    assert _owner(text, "no crash") is None


def test_control_another_bodys_board() -> None:
    """ "the firm's board" is the firm's own: "the board" may be it, not the Safety Board."""
    text = _story(
        "Safety board opens inquiry into ferry fire",
        "PORT ELVA, Vessia",
        "The Vessian Marine Safety Board opened an inquiry on Monday into a fire on a ferry run "
        "by Calder Lines, after the firm's board met in an emergency session.",
        "The board said the fire had started in a storage room on the car deck.",
        "Passenger Eva Mott said the crew had moved everyone to the top deck within minutes.",
    )
    assert _owner(text, "the fire had started") is None


def test_control_parent_company() -> None:
    text = CARS.replace(
        "Mechanic Rosa Lind said",
        "Its parent company also makes tractors. Mechanic Rosa Lind said",
    )
    assert _owner(text, "no crash") is None


BUSES = _story(
    "Regulator fines bus operator over late services",
    "DELLBY, Vessia",
    "The Tollan Transport Commission fined bus operator Greyline Coaches on Monday over months "
    "of late and cancelled services.",
    "Commuter Rosa Lind said her morning bus had failed to turn up three times in one week.",
    "Greyline Coaches said the delays were caused by road works that the commission had approved.",
    "The commission denied that the road works had been approved without any talks with bus firms.",
    "Driver Karl Benn said the timetable had been impossible to keep since spring.",
)


def test_commission_denied_is_the_named_commission() -> None:
    """Failed before: the denier was offered as "The commission", a description, not a name."""
    qs = [q for q in kinds_built(BUSES, "who_denied") if "road works" in q.prompt]
    assert len(qs) == 1
    assert "Tollan Transport Commission" in answer(qs[0])
    assert not any("ommission" in o for o in wrong_options(qs[0]))
