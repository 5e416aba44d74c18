"""Options, keys and wording (round 12). Every story here is invented.

1. A person and the body they serve, tied by "X, <role> of Y" in a sentence of its own ("On
   Tuesday, Maren Holt, chief executive of Vessa Logistics, visited …"), "Y <role> X" ("Vessa
   chief executive Maren Holt"), "Y’ <role>, X," and "X is <role> of Y", are never a who_said
   question's answer and its wrong option. Controls: a spokeswoman of another body and a
   place before a role ("Lundar councillor …") tie nothing more.
2. A couple named by one surname ("Ana and Luis Ferro, who run the bakery, said …"): a
   quotation of one of them named by the surname or a title alone ("Ferro said", "Mrs Ferro
   said") is not keyed on the couple nor on one of them; "Ana Ferro said" keeps its key.
3. A stray capital after "that" in reported speech ("said that Service on both lines would
   resume") is lowered in a prompt; a name ("that Vessa Logistics would") keeps its capitals.
4. A body's announced intention, told by one who holds a role in it ("Union leader Ivo Brandt
   said the union intends to ballot members", "Ana Roy, a lawyer for the … Association, said
   the association would join the case as a civil party", "…, its lawyer Ana Roy said") is no
   claim to ask as fact_or_claim. Controls: a third party on the body's plan, and a forecast.
5. source_check and spot_the_cue name the channel whole in the Why ("in a statement on its
   website", "in a filing at the commercial court"), never as "the story's own" words.
6. A headline in the outlet's voice that states a claim's event with words of its own
   ("Riverside kitchen closed after inspection" over "The kitchen was closed on Friday,
   inspectors said") keeps that claim from being asked as a claim.
"""

from __future__ import annotations

import pytest
from story_kit import answer, wrong_options

from questions import analyze
from questions.generate.kinds import source_check, spot_the_cue, who_said
from questions.generate.kinds.fact_or_claim import claim_statement, echoed_event
from questions.generate.registry import Context
from questions.model import Question

# 1. a person and their body -------------------------------------------------------------

HEAD = (
    "Depot plan shelved\n\nKORVA, June 4 (Wire) - A plan to build a freight depot beside the "
    "Korva ring road was shelved on Tuesday.\n\n"
)
TAIL = (
    "\n\nCouncillor Ivo Brandt said residents had opposed the depot for two years.\n\n"
    "Lena Sorrel, an engineer at Hask University, said the site had flooded twice since 2010.\n"
)
BODY_SAID = "\n\nVessa Logistics said the land beside the ring road had been priced too high."
HOLT_SAID = "\n\nHolt said the firm would look for another site in the region."


def _who_said(text: str) -> list[Question]:
    analysis = analyze(text)
    return who_said.build(Context(analysis, analysis.stories[0]))


def _apart(qs: list[Question], person: str, body: str) -> None:
    for q in qs:
        for key, other in ((person, body), (body, person)):
            if answer(q) == key:
                assert other not in wrong_options(q), q.options


@pytest.mark.parametrize(
    "described",
    [
        "On Tuesday, Maren Holt, chief executive of Vessa Logistics, visited the site.",
        "In Korva, Maren Holt, general manager at Vessa Logistics, visited the site.",
        "Vessa chief executive Maren Holt visited the site on Tuesday.",
        "Vessa Logistics chief executive Maren Holt visited the site on Tuesday.",
        "Vessa Logistics’ chief executive, Maren Holt, visited the site on Tuesday.",
        "Maren Holt is chief executive of Vessa Logistics.",
    ],
)
def test_person_described_apart_from_her_claims_is_tied_to_her_body(described: str) -> None:
    qs = _who_said(HEAD + described + BODY_SAID + HOLT_SAID + TAIL)
    keys = {answer(q) for q in qs}
    assert {"Holt", "Vessa Logistics"} <= keys
    _apart(qs, "Holt", "Vessa Logistics")
    assert not any({"Holt", "Vessa Logistics"} <= set(q.options) for q in qs)


def test_control_the_tie_in_the_claims_own_sentence_still_holds() -> None:
    qs = _who_said(
        HEAD + "Maren Holt, chief executive of Vessa Logistics, said the firm would look for "
        "another site in the region." + BODY_SAID + TAIL
    )
    assert {"Maren Holt", "Vessa Logistics"} <= {answer(q) for q in qs}
    _apart(qs, "Maren Holt", "Vessa Logistics")


def test_control_a_spokeswoman_of_another_body_stays_a_wrong_option() -> None:
    qs = _who_said(
        HEAD
        + "Vessa chief executive Maren Holt visited the site on Tuesday."
        + BODY_SAID
        + HOLT_SAID
        + "\n\nNina Park, a spokeswoman for the Korva Arts Council, said the "
        "council would lend its hall for meetings." + TAIL
    )
    body = [q for q in qs if answer(q) == "Vessa Logistics"]
    assert body and any("Nina Park" in wrong_options(q) for q in body)


def test_control_a_place_before_a_role_ties_no_body_of_that_place() -> None:
    # "Korva councillor Petra Lind": Korva is a town, not the residents' forum
    qs = _who_said(
        HEAD + "The Korva Residents Forum said the road could not carry more lorries.\n\n"
        "Korva councillor Petra Lind said the council had been told of the plan in March.\n\n"
        "Vessa Logistics said the land beside the ring road had been priced too high." + TAIL
    )
    forum = [q for q in qs if answer(q) == "The Korva Residents Forum"]
    assert not forum or any("Petra Lind" in wrong_options(q) for q in forum)


# 2. a couple ----------------------------------------------------------------------------

BAKERY = (
    "Bakery on Mill Street to close\n\nLUNDAR, May 2 (Wire) - A bakery that has stood on Mill "
    "Street for 60 years will close next month.\n\n"
)
BAKERY_TAIL = (
    "\n\nCouncillor Ivo Brandt said the council had no power over rents.\n\n"
    "Lena Sorrel, an economist at Hask University, said shop rents in the town had doubled "
    "since 2019.\n\nTomas Berg, who owns the shoe shop next door, said his lease ran until "
    "2027.\n"
)
COUPLE = "Ana and Luis Ferro, who run the bakery, said the rent had tripled."
QUOTE = "“We cannot stay. We have tried everything,”"


def _quote_keys(said: str) -> list[str]:
    qs = _who_said(BAKERY + COUPLE + " " + QUOTE + " " + said + BAKERY_TAIL)
    return [answer(q) for q in qs if "We cannot stay" in q.prompt]


@pytest.mark.parametrize("said", ["Ferro said.", "Mrs Ferro said."])
def test_one_of_a_couple_named_by_the_surname_alone_is_not_keyed(said: str) -> None:
    assert _quote_keys(said) == []


def test_one_of_a_couple_named_in_full_keeps_the_key() -> None:
    assert _quote_keys("Ana Ferro said.") == ["Ana Ferro"]


def test_couple_and_one_of_them_are_never_both_options() -> None:
    qs = _who_said(
        BAKERY + COUPLE + " " + QUOTE + " Ana Ferro said.\n\nAna and Luis Ferro said the "
        "landlord had not answered their letters since March." + BAKERY_TAIL
    )
    assert qs
    assert not any({"Ana Ferro", "Ana and Luis Ferro"} <= set(q.options) for q in qs)


def test_control_a_surname_of_one_person_only_is_keyed() -> None:
    qs = _who_said(
        BAKERY
        + "Ana Ferro, who runs the bakery, said the rent had tripled. "
        + QUOTE
        + " Ferro said."
        + BAKERY_TAIL
    )
    assert [answer(q) for q in qs if "We cannot stay" in q.prompt] == ["Ana Ferro"]


def test_control_a_couple_only_mentioned_leaves_the_surname_keyed() -> None:
    # the couple says nothing: "Ferro said" is the one Ferro who speaks
    qs = _who_said(
        BAKERY + "Ana and Luis Ferro opened the bakery in 1964.\n\nMarta Ferro, who runs the "
        "bakery, said the rent had tripled. " + QUOTE + " Ferro said." + BAKERY_TAIL
    )
    assert [answer(q) for q in qs if "We cannot stay" in q.prompt] == ["Marta Ferro"]


# 3. a stray capital after "that" --------------------------------------------------------

RAIL = (
    "Rail lines to reopen after floods\n\nLUNDAR, May 2 (Wire) - Two rail lines closed by "
    "floods last week will reopen, the operator said on Thursday.\n\n"
)
RAIL_TAIL = (
    "\n\nCouncillor Ivo Brandt said the council had warned the operator about the embankments "
    "in 2019.\n\nLena Sorrel, an engineer at Hask University, said the embankments were older "
    "than the bridges.\n\nThe Lundar Traders Guild said six shops had lost stock in the floods.\n"
)


def _prompts(body: str) -> list[str]:
    return [q.prompt for q in _who_said(RAIL + body + RAIL_TAIL)]


def test_stray_capital_after_that_is_lowered() -> None:
    prompts = _prompts("Nordrail said that Service on both lines would resume on Monday morning.")
    assert (
        "According to the story, who said that service on both lines would resume on Monday "
        "morning?"
    ) in prompts
    assert not any("that Service" in p for p in prompts)


def test_control_a_name_after_that_keeps_its_capitals() -> None:
    prompts = _prompts(
        "Nordrail said that Vessa Logistics would run the freight trains from the port in June."
    )
    assert any("that Vessa Logistics would run" in p for p in prompts)


def test_control_a_one_word_name_after_that_keeps_its_capital() -> None:
    prompts = _prompts(
        "The Lundar Traders Guild said that Nordrail would pay shops for the stock they lost."
        "\n\nNordrail said the embankments would be rebuilt within a year."
    )
    assert not any("that nordrail" in p for p in prompts)


def test_control_an_institution_after_that_keeps_its_capital() -> None:
    prompts = _prompts("Nordrail said that Parliament would vote on the rail budget in June.")
    assert not any("that parliament" in p for p in prompts)


# 4. announced intentions ----------------------------------------------------------------

CLUB = (
    "Club to fight stadium ruling\n\nLUNDAR, May 2 (Wire) - A court ruled on Thursday that the "
    "Lundar football club must leave its stadium by the end of the year.\n\n"
)


def _statements(body: str) -> dict[str, str | None]:
    analysis = analyze(CLUB + body + "\n")
    ctx = Context(analysis, analysis.stories[0])
    return {c.source or "": claim_statement(ctx, c) for c in analysis.stories[0].claims}


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Ana Roy, a lawyer for the Lundar Tenants Association, said the association would "
            "join the case as a civil party.",
            "Ana Roy",
        ),
        (
            "Union leader Ivo Brandt said the union intends to ballot members on strike action.",
            "Ivo Brandt",
        ),
        (
            "The Lundar Tenants Association would join the case as a civil party, its lawyer Ana "
            "Roy said.",
            "Ana Roy",
        ),
        (
            "The dockers' union intends to ballot members on strike action, union leader Ivo "
            "Brandt said.",
            "Ivo Brandt",
        ),
    ],
)
def test_a_bodys_announced_intention_is_no_claim_statement(body: str, source: str) -> None:
    statements = _statements(body)
    assert source in statements
    assert statements[source] is None


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Lena Sorrel, an economist at Hask University, said the club would appeal the "
            "decision.",
            "Lena Sorrel",
        ),
        (
            "Union leader Ivo Brandt said the company intends to close the depot next year.",
            "Ivo Brandt",
        ),
        (
            "Union leader Ivo Brandt said the union would lose members if the depot closed.",
            "Ivo Brandt",
        ),
    ],
)
def test_control_a_third_partys_word_or_a_forecast_stays_a_claim(body: str, source: str) -> None:
    assert _statements(body).get(source)


# 5. the channel in the Why --------------------------------------------------------------

FOODS = (
    "Food group in court\n\nLUNDAR, May 2 (Wire) - A food group asked a court for protection "
    "from its creditors on Thursday.\n\n"
    "Vessa Foods said in a filing at the commercial court that its debts had reached 40 "
    "million crowns.\n\n"
    "The Lundar Traders Guild said in a statement on its website that six shops had closed "
    "this year.\n\n"
    "Councillor Ivo Brandt said the council had warned the owners in 2019.\n\n"
    "Lena Sorrel, an engineer at Hask University, said the drains were older than the "
    "building.\n"
)


def _built(kind: object) -> list[Question]:
    analysis = analyze(FOODS)
    return kind.build(Context(analysis, analysis.stories[0]))  # type: ignore[attr-defined]


def test_source_check_names_the_channel_whole() -> None:
    guild = [q for q in _built(source_check) if "six shops" in q.prompt]
    assert guild
    why = guild[0].explanation
    assert "the words “in a statement on its website” tell you how the claim was made" in why


def test_spot_the_cue_names_the_channel_past_the_marked_words() -> None:
    qs = [q for q in _built(spot_the_cue) if "website" in q.evidence.text]
    assert qs
    assert "and how (in a statement on its website);" in qs[0].explanation


def test_spot_the_cue_names_a_filing_as_how_not_as_the_storys_own_words() -> None:
    qs = [q for q in _built(spot_the_cue) if "filing" in q.evidence.text]
    assert qs
    why = qs[0].explanation
    assert "and how (in a filing at the commercial court);" in why
    assert "story’s own" not in why


def test_a_plain_statement_channel_is_told_with_its_verb() -> None:
    analysis = analyze(FOODS.replace("in a statement on its website that", "in a statement that"))
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    guild = [q for q in qs if "six shops" in q.prompt]
    assert guild
    assert "the words “in a statement” tell you how the claim was made" in guild[0].explanation


# 6. a headline with words of its own ----------------------------------------------------


def _echoed(headline: str, lead: str) -> bool:
    analysis = analyze(
        f"{headline}\n\nLUNDAR, May 2 (Wire) - {lead}\n\n"
        "Councillor Ivo Brandt said the council had warned the owners in 2019.\n"
    )
    ctx = Context(analysis, analysis.stories[0])
    claim = analysis.stories[0].claims[0]
    statement = claim_statement(ctx, claim)
    assert statement
    return echoed_event(ctx, claim, statement)


def test_passive_headline_states_the_leads_event() -> None:
    assert _echoed(
        "Riverside kitchen closed after inspection",
        "The kitchen was closed on Friday, inspectors said.",
    )


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # another thing closed
        (
            "Riverside kitchen closed after inspection",
            "The bakery next door was closed on Friday, inspectors said.",
        ),
        # another event
        (
            "Riverside kitchen closed after inspection",
            "The owners had ignored two warnings since March, inspectors said.",
        ),
        # a negation the headline lacks
        (
            "Riverside kitchen closed after inspection",
            "The kitchen was not closed on Friday, inspectors said.",
        ),
    ],
)
def test_control_a_headline_that_does_not_state_the_claim(headline: str, lead: str) -> None:
    assert not _echoed(headline, lead)
