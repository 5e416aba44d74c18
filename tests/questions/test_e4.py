"""Denials a teacher-reader found unasked (helper e4), on stories of our own, with controls:

- a denial followed by ", saying …" (the denier's reason) is kept, even where the learned cue
  model reads a cue inside the reason ("saying the petition had been discussed …");
- "The shipping firm Norvik denied that its …": a firm named after a lower-case description;
- "X denied that it had …" (an organisation's own "it", never before a passive);
- "rejected that claim" / "that accusation" naming the last claim of the paragraph before by
  its cue's own verb ("She claimed that …"; "accused Mendor of …" -> Mendor's government);
- "denied that," after a quotation that carries on the same speaker's claim;
- "denied the report" after a report of two "that" clauses (the first is asked);
- "X denied the allegations." after a lawsuit's claims about X: "who denied the allegations in
  the lawsuit?", never offering X's own lawyer;
- rulings ("denied entry", "denied bail", "was denied a permit") stay no denial.
"""

from __future__ import annotations

from story_kit import answer, harbour_story, kinds_built, wrong_options

from questions import analyze
from questions.generate.text import option_name, pronoun_fits
from questions.model import Question


def _text(body: str) -> str:
    return harbour_story("Row over the harbour", body)


def _qs(body: str) -> list[Question]:
    return kinds_built(_text(body), "who_denied", "what_denied")


def _kind(qs: list[Question], kind: str) -> list[Question]:
    return [q for q in qs if q.kind == kind]


def _denials(body: str) -> list[tuple[str | None, str]]:
    story = analyze(_text(body)).stories[0]
    return [(c.source, c.content) for c in story.claims if c.stance == "denies"]


# ---- ", saying …" after a denial: the reason is a claim of its own, the denial stays


def test_denied_that_saying_keeps_the_denial() -> None:
    # the learned model reads "discussed" with "saying the results" as its source and the
    # denial as its words: a cue inside the reason's words swallows nothing
    body = (
        "Parents claimed that the water board had hidden test results from families. "
        "The water board denied that, saying the results had been discussed at a meeting in May."
    )
    assert ("water board", "that") in _denials(body)


def test_denied_that_saying_asks_what_was_denied() -> None:
    body = (
        "Parents claimed that the department had cut two school bus routes without notice. "
        "The department denied that, saying the routes had been discussed at a meeting in May."
    )
    what = _kind(_qs(body), "what_denied")
    assert [q.prompt for q in what] == ["According to the story, what did the department deny?"]
    # "it" for the department, which the prompt names: the answer does not repeat it
    assert answer(what[0]) == "That it had cut two school bus routes without notice"


# ---- a firm named after a lower-case description


def test_firm_after_description_denies() -> None:
    body = (
        "The shipping firm Norvik denied that its tanker had dumped fuel in the bay, saying in a "
        "statement that the ship had been at anchor all week."
    )
    what = _kind(_qs(body), "what_denied")
    assert [answer(q) for q in what] == ["That its tanker had dumped fuel in the bay"]


def test_option_name_drops_a_firm_description() -> None:
    assert option_name("shipping firm Norvik") == "Norvik"
    assert option_name("mining company Kestrava") == "Kestrava"
    # controls: a title before a one-word name stays; a name of two words was already cut
    assert option_name("President Lindqvist") == "President Lindqvist"
    assert option_name("campaign group Blue Coast") == "Blue Coast"


# ---- "X denied that it had …"


def test_organisation_denies_that_it_had() -> None:
    body = (
        "Flood victims said payouts had taken months. Stellan Holdings denied that it had "
        "delayed payouts to flood victims, saying most claims were settled within six weeks."
    )
    what = _kind(_qs(body), "what_denied")
    assert [answer(q) for q in what] == ["That it had delayed payouts to flood victims"]


def test_it_before_a_passive_is_not_the_denier() -> None:
    body = (
        "Divers said the old lifeboat had been left to rot. The coast guard denied that it was "
        "abandoned in the harbour, saying it was due to be restored."
    )
    assert not [q for q in _kind(_qs(body), "what_denied") if "it was" in answer(q)]


# ---- "rejected that claim" across a paragraph: the noun of the last claim's own cue


CLAIMED = (
    "Shop owners were angry. “We were never asked,” said Petra Wollin, who runs a bakery. "
    "She claimed that the council had sold the old market hall below its value."
)


def test_that_claim_names_the_claimed_claim_of_the_paragraph_before() -> None:
    body = CLAIMED + "\n\nThe council rejected that claim, saying two valuers had set the price."
    what = _kind(_qs(body), "what_denied")
    assert [q.prompt for q in what] == ["According to the story, what did the council deny?"]
    assert answer(what[0]) == "That it had sold the old market hall below its value"
    assert "“that claim” is the claim of Petra Wollin" in what[0].explanation


def test_that_claim_after_a_said_paragraph_is_not_resolved() -> None:
    body = CLAIMED.replace("She claimed", "She said") + (
        "\n\nThe council rejected that claim, saying two valuers had set the price."
    )
    for q in _qs(body):
        assert "market hall" not in q.prompt
        assert "market hall" not in answer(q)


ACCUSED = (
    "Mendor's envoy was summoned on Friday, the Solvaran news agency reported. The Solvaran "
    "interior ministry accused Mendor of “sheltering smugglers” along the northern coast."
)


def test_government_rejects_the_accusation_made_against_its_country() -> None:
    body = (
        ACCUSED + "\n\nMendor's government rejected that accusation, saying its patrols had "
        "doubled this year."
    )
    who = _kind(_qs(body), "who_denied")
    prompt = (
        "According to the story, who rejected the accusation of “sheltering smugglers” along "
        "the northern coast?"
    )
    assert [q.prompt for q in who] == [prompt]
    assert answer(who[0]) == "Mendor's government"


def test_another_government_is_not_the_accused() -> None:
    body = (
        ACCUSED + "\n\nTavora's government rejected that accusation, saying its patrols had "
        "doubled this year."
    )
    assert not [q for q in _qs(body) if "smugglers" in q.prompt]


# ---- "denied that," after a quotation carrying on the same speaker's claim


QUOTED = (
    "Union steward Lars Ekdal said the mill had cut safety checks to save money. "
    "“They stopped the night inspections in March,” he said. "
)


def test_denied_that_after_a_quotation_of_the_same_speaker() -> None:
    body = QUOTED + "Brenmark Corp denied that, saying every shift was still inspected."
    who = _kind(_qs(body), "who_denied")
    prompt = (
        "According to the story, who denied the claim that the mill had cut safety checks to "
        "save money?"
    )
    assert [q.prompt for q in who] == [prompt]
    assert answer(who[0]) == "Brenmark Corp"
    assert "Lars Ekdal" in wrong_options(who[0])  # who made the claim did not deny it


def test_denied_that_after_another_speakers_quotation_is_not_resolved() -> None:
    body = (
        "Union steward Lars Ekdal said the mill had cut safety checks to save money. "
        "“They stopped the night inspections in March,” said Rosa Lind, a machine operator. "
        "Brenmark Corp denied that, saying every shift was still inspected."
    )
    assert not [q for q in _qs(body) if "safety checks" in q.prompt + answer(q)]


# ---- "denied the report" after a report of two "that" clauses


def test_denied_the_report_of_two_clauses_asks_the_first() -> None:
    body = (
        "A security guard was on duty, the club said. The weekly Elva Courier reported that "
        "the roof hatch had been broken for months and that staff had complained about it. "
        "The club denied the report, saying the hatch had been repaired in spring."
    )
    what = _kind(_qs(body), "what_denied")
    assert [answer(q) for q in what] == ["That the roof hatch had been broken for months"]


# ---- "X denied the allegations." after a lawsuit's claims about X


LAWSUIT = (
    "Chef Anna Brisk has sued her former business partner, according to a lawsuit filed on "
    "Tuesday.\n\nThe lawsuit claims that Ragnar Moss, who ran the restaurant with Brisk until "
    "2023, took 300,000 crowns from its accounts.\n\n"
    "“I gave that kitchen ten years,” Brisk said in a statement.\n\n"
)


def test_denied_the_allegations_of_a_lawsuit() -> None:
    body = LAWSUIT + (
        "Moss denied the allegations. His lawyer, Ines Pard, said every payment had been "
        "approved by both partners."
    )
    who = _kind(_qs(body), "who_denied")
    assert [q.prompt for q in who] == [
        "According to the story, who denied the allegations in the lawsuit?"
    ]
    assert answer(who[0]) == "Ragnar Moss"
    assert "Ines Pard" not in wrong_options(who[0])  # his own lawyer: his side


def test_allegations_from_two_sources_are_not_resolved() -> None:
    body = (
        LAWSUIT.replace(
            "“I gave that kitchen ten years,” Brisk said",
            ("Brisk said Moss had also hidden invoices"),
        )
        + "Moss denied the allegations."
    )
    assert not _kind(_qs(body), "who_denied")


# ---- controls: rulings, and a spokesman's "she"


def test_rulings_are_no_denials() -> None:
    for body in (
        "Border guards denied entry to the reporter, saying his visa had expired.",
        "A judge denied bail to the skipper, saying he might flee.",
        "The festival was denied a permit, the city said.",
    ):
        assert not _qs(body), body


def test_spokesman_is_not_she() -> None:
    assert not pronoun_fits("she", "person", "spokesman for the governor")
    assert pronoun_fits("he", "person", "spokesman")
    assert pronoun_fits("she", "person", "spokeswoman")
    # with a principal, an agreeing pronoun may mean either of them: not taken (e7)
    assert not pronoun_fits("he", "person", "spokesman for the governor")
