"""Teacher-reader fixes (own invented stories): a claim the outlet also states in its own voice
is not asked as a claim; a figure line that leans on the sentence before, or carries on a
study's figures, is not asked as a fact; a characterization's wrong option never used the same
describing word."""

from __future__ import annotations

from questions import analyze
from questions.generate.kinds.fact_or_claim import FACT, carried_figures, leans_back
from questions.generate.registry import KINDS, Context
from questions.model import Question


def _built(kind: str, text: str) -> list[Question]:
    analysis = analyze(text)
    return list(KINDS[kind].build(Context(analysis, analysis.stories[0])))


def _keyed(qs: list[Question]) -> dict[str, str]:
    """The statement asked (between the quotation marks) → the keyed option."""
    out = {}
    for q in qs:
        assert isinstance(q.answer, int)
        out[q.prompt.split("”")[0].lstrip("“")] = q.options[q.answer]
    return out


_WARDS = (
    "Calder takes four wards in council vote\n\n"
    "PORTHAVEN (Wire) — Mayor Ines Calder is declaring that {claim}\n\n"
    "Calder won four of the five city wards in the council vote on Tuesday and lost the "
    "Dockside ward to her rival, Piet Varga.\n\n"
    "Varga said the result in Dockside showed that voters wanted a change at city hall.\n\n"
    "The council has 31 seats. Turnout was 48 percent, up from 41 percent in 2019.\n\n"
    "Council clerk Maren Holt said the final count would be certified on Friday.\n\n"
    "The ferry terminal closed for two hours on Tuesday because of high winds.\n"
)


def test_claim_the_outlet_also_states_is_not_asked_as_a_claim():
    text = _WARDS.format(
        claim="she won four of the five city wards in the council vote on Tuesday."
    )
    keyed = _keyed(_built("fact_or_claim", text))
    assert not any("won four of the five city wards" in st for st in keyed), keyed
    # the story's other claim takes its place
    assert any(st.startswith("The result in Dockside") for st in keyed), keyed


def test_claim_not_echoed_by_the_outlet_stays_a_claim():
    text = _WARDS.format(claim="she won the backing of every union in the city.")
    keyed = _keyed(_built("fact_or_claim", text))
    assert keyed.get("Ines Calder won the backing of every union in the city.") != FACT
    assert "Ines Calder won the backing of every union in the city." in keyed, keyed


def test_claim_the_outlet_contradicts_stays_a_claim():
    # the outlet says the opposite (a negation on one side only): "claim" is the only answer
    text = _WARDS.format(claim="she did not lose the Dockside ward in the council vote on Tuesday.")
    keyed = _keyed(_built("fact_or_claim", text))
    assert any("not lose the Dockside ward" in st for st in keyed), keyed


_FARES = (
    "Bus fares climb across the valley\n\n"
    "Bus fares in the valley rose for the third year in a row on Monday.\n\n"
    "Student Oskar Lind said the Tarnby line ran twice an hour after 6 p.m.\n\n"
    "The cheapest monthly pass in the valley costs $62. {study}\n\n"
    "The figure for Karlsby was 9%. Vilnes and Holm came in at 11%.\n\n"
    "The transit council was founded in 1998 and runs 40 bus lines.\n\n"
    "Transport planner Greta Moss said the council had cut 12 routes since 2020.\n\n"
    "Union leader Pia Sand said drivers earn $19 an hour.\n\n"
    "Riders marched to the depot on Saturday to demand a fare freeze.\n"
)
_SURVEY = (
    "A survey by the Valley Transit Council found that riders in Tarnby, Ostra and Bele spend "
    "14% of their income on fares."
)


def test_figures_carried_on_from_a_survey_are_not_facts():
    keyed = _keyed(_built("fact_or_claim", _FARES.format(study=_SURVEY)))
    assert "The figure for Karlsby was 9%." not in keyed, keyed
    assert "Vilnes and Holm came in at 11%." not in keyed, keyed
    # control: a plain outlet fact two paragraphs on, with its own figures, stays a fact
    assert keyed.get("The transit council was founded in 1998 and runs 40 bus lines.") == FACT


def test_carried_figures_need_a_document_just_before():
    plain = "Riders in Tarnby, Ostra and Bele spend 14% of their income on fares."
    analysis = analyze(_FARES.format(study=plain))
    assert not carried_figures(analysis.stories[0].sentences)
    analysis = analyze(_FARES.format(study=_SURVEY))
    carried = {
        s.text
        for s in analysis.stories[0].sentences
        if s.span in carried_figures(analysis.stories[0].sentences)
    }
    assert carried == {"The figure for Karlsby was 9%.", "Vilnes and Holm came in at 11%."}


_REGATTA = (
    "Rowing club wins regional title\n\n"
    "The Tarnby rowing club won the regional title on Sunday with a time of 6 minutes and 12 "
    "seconds.\n\n"
    "Club captain Ida Berg said the crew had trained every morning since March.\n\n"
    "{second}\n\n"
    "The race was held on Lake Vessen for the 40th time.\n\n"
    "Ostra coach Leif Dahl said his crew had lost two rowers to illness in May.\n\n"
    "Race official Tove Ek said a record 3,000 people had watched from the shore.\n"
)


def test_line_that_follows_behind_is_not_a_fact():
    text = _REGATTA.format(
        second="The Ostra crew followed closely behind at 6 minutes and 15 seconds."
    )
    keyed = _keyed(_built("fact_or_claim", text))
    assert not any("followed closely behind" in st for st in keyed), keyed


def test_self_contained_line_stays_a_fact():
    text = _REGATTA.format(second="The Ostra crew finished the course in 6 minutes and 15 seconds.")
    keyed = _keyed(_built("fact_or_claim", text))
    assert keyed.get("The Ostra crew finished the course in 6 minutes and 15 seconds.") == FACT


def test_leans_back_forms():
    for sentence in (
        "Kent followed closely behind at 23%.",
        "The Ostra crew trailed by 3 seconds.",
        "The rest went to the harbour fund.",
        "The other two towns paid 11%.",
        "Another 30% said they had no view.",
        "Holm came next with 11%.",
        "Likewise, the ferry fare rose 4%.",
    ):
        assert leans_back(sentence), sentence
    for sentence in (  # controls: a referent is named, or nothing ranks
        "The Ostra crew finished behind the Tarnby crew by 3 seconds.",
        "The mayor followed the council's advice on Monday.",
        "The rest area on the A4 reopened on Monday.",
        "Wages in the rest of the valley rose 2%.",
        "Ames and Holm scored 12 and 9 points, respectively.",
        "Holm won 11% of the vote.",
    ):
        assert not leans_back(sentence), sentence


_PICKETS = (
    "Dock strike ends its second day quietly\n\n"
    "Several hundred dock workers picketed the port gates in Velby on Thursday, the second day "
    "of the strike.\n\n"
    "Harbour police made no arrests, and two lorries were turned back at the north gate.\n\n"
    "Port director Sigrid Aune, who met the pickets at noon, described the protest as "
    '"entirely peaceful."\n\n'
    "Dock worker Anton Lie said he had worked at the port for 20 years.\n\n"
    "Union steward Jonas Falk said the strike would go on until the port board returned to "
    "talks.\n\n"
    "Rights league spokeswoman Mette Rask said observers stayed with the pickets, whom she "
    'described as "{word}," all day.\n'
)


def _who_described(word: str) -> Question:
    qs = [q for q in _built("characterization", _PICKETS.format(word=word)) if "who" in q.prompt]
    assert qs
    return qs[0]


def test_someone_who_used_the_same_word_is_no_wrong_option():
    q = _who_described("peaceful")
    assert "Mette Rask" not in q.options, q.options
    assert q.options[q.answer] == "Sigrid Aune"


def test_someone_who_used_another_word_stays_a_wrong_option():
    q = _who_described("cheerful")
    assert "Mette Rask" in q.options, q.options
    assert q.options[q.answer] == "Sigrid Aune"
