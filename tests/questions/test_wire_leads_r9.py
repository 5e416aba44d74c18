"""Wire stories read strictly by teachers, on stories of our own (invented names and places).

- A lead with an end attribution ("A crane toppled onto a warehouse overnight, injuring two
  workers, the port authority said on Tuesday.") whose core event the headline or another
  paragraph states in the outlet's own voice is not asked as a claim: "reported as fact" is
  defensible too. Control: a lead whose event nothing else states stays a claim question.
- source_check does not ask a kind question whose prompt names the source or its body ("the
  claim that the transport ministry was working …" of the ministry's own words), nor any
  question of a body announcing its own deed ("said it had ordered an assessment and would
  decide next week"). Controls: anonymous sources, and a body's claim about something else.
- A fact's explanation never says "no source is named" (a body may be the sentence's subject);
  a body's record or count ("the Forum recorded 14 collapses") is not asked as a plain fact.
- A schedule or a plan ("was due to resume", "is expected to last", "are scheduled to resume")
  is never asked as a fact, in any paragraph. Control: a past event timed by a plan ("an hour
  before the hearing was due to open") and a plain past event still are.
"""

from __future__ import annotations

import pytest
from story_kit import DATA, answer, kinds_built

from questions import analyze
from questions.generate.kinds import fact_or_claim
from questions.generate.kinds.fact_or_claim import plain_fact
from questions.generate.registry import Context

_LEAD = (
    "VESTA, Ostria (Wire) — A 60-metre crane toppled onto a grain warehouse at Vesta port "
    "overnight, injuring two night-shift workers and halting loading at the eastern quay, the "
    "port authority said on Tuesday."
)
_REST = [
    "Harbour pilot Mira Sand said the wind had reached 90 km/h on Monday night.",
    "Union leader Tomas Greve said the quay had been closed twice in March.",
    "Dock worker Ivo Lenz said the night shift had asked for a break at midnight.",
    "Police closed the quay road at 4 a.m. on Tuesday.",
    "Four ships were moved to the western quay on Tuesday.",
]


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, _LEAD, *paragraphs, *_REST])


def _asked(text: str) -> dict[str, str]:
    """Every statement fact_or_claim would ask of the story (before balancing) → its key."""
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    original = fact_or_claim._balance
    fact_or_claim._balance = lambda n_fact, n_claim: (n_fact, n_claim)
    try:
        qs = fact_or_claim.build(ctx)
    finally:
        fact_or_claim._balance = original
    return {q.prompt.split(" — ")[0].strip("“”"): str(q.options[q.answer]) for q in qs}


def _lead_asked(text: str) -> bool:
    return any("crane toppled" in k for k in _asked(text))


@pytest.mark.parametrize(
    "text",
    [
        # the headline states the core event (the statement is long: the whole-statement
        # comparison missed it)
        _story("Crane topples onto warehouse at Vesta port"),
        _story("Crane topples onto warehouse, injuring two"),
        _story("Crane topples onto warehouse at Vesta port; cause unclear"),  # one clause of it
        # another paragraph states it in the outlet's voice, with its figure
        _story(
            "Storm closes Vesta port",
            "The 60-metre crane toppled onto the grain warehouse shortly after 2 a.m.",
        ),
    ],
)
def test_a_lead_the_outlet_states_itself_is_not_asked_as_a_claim(text: str) -> None:
    assert not _lead_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        _story("Storm closes Vesta port"),  # nothing else states the crane's fall
        # another verb, or the figure missing: not the same statement, the claim stays
        _story("Storm closes Vesta port", "The crane fell shortly after 2 a.m."),
        _story("Storm closes Vesta port", "The crane toppled shortly after 2 a.m."),
    ],
)
def test_control_a_lead_nothing_else_states_stays_a_claim(text: str) -> None:
    asked = _asked(text)
    lead = [v for k, v in asked.items() if "crane toppled" in k]
    assert lead == [fact_or_claim.CLAIM], asked


_STRIKE = "\n\n".join(
    [
        "Rail strike halts trains across Ostria",
        "KARVEN, Ostria (Wire) — A 48-hour rail strike halted most passenger trains across "
        "Ostria on Monday, leaving commuters to crowd onto buses and ferries.",
        "The Ostrian Transport Ministry said it was working with private operators to add extra "
        "bus services on the busiest routes.",
        "The Karven Port Authority said in a statement that it had ordered an assessment of the "
        "strike's cost and would decide next week whether to seek a court order.",
        "The Karven Chamber of Commerce said in a statement that the shops in the city centre "
        "had lost about 2 million euros in trade on Monday.",
        "Union leader Pavel Rusk told the Karven Daily that drivers had not had a pay rise since "
        "2019.",
        "Anonymous sources said that the talks had collapsed over pension terms.",
    ]
)


def _source_checks(text: str) -> dict[str, str]:
    """What source_check builds of a story, before any share or cap → the keyed answers."""
    from questions.generate.kinds import source_check

    analysis = analyze(text)
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    return {q.prompt: answer(q) for q in qs}


def test_source_check_never_names_the_source_in_its_prompt() -> None:
    asked = _source_checks(_STRIKE)
    assert not any("Transport Ministry" in p or "working with private" in p for p in asked)


def test_source_check_skips_a_bodys_own_deed() -> None:
    asked = _source_checks(_STRIKE)
    assert not any("assessment" in p for p in asked), asked


def test_control_source_check_still_asks_other_claims() -> None:
    asked = _source_checks(_STRIKE)
    assert any("talks had collapsed" in p and a == "Anonymous sources" for p, a in asked.items()), (
        asked
    )
    assert any("2 million euros" in p and a == "In a statement" for p, a in asked.items()), asked


@pytest.mark.parametrize(
    ("claim", "deed"),
    [
        ("it had ordered an assessment and would decide next week", True),
        ("it was working with private operators", True),
        ("it would decide on Friday", True),
        # a state or a finding of its own, or someone else: a claim
        ("it was not aware of the complaint", False),
        ("it had found no evidence of fraud", False),
        ("the strike had cost 40 million euros", False),
    ],
)
def test_own_deed(claim: str, deed: bool) -> None:
    from questions.generate.kinds.source_check import own_deed

    text = f"The Karven Port Authority said {claim}."
    c = analyze(text).stories[0].claims[0]
    assert own_deed(c) is deed, (c.content, c.source_kind)


_RECORDS = "\n\n".join(
    [
        "Turbine collapses rise in Ostria",
        "NORDA, Ostria (Wire) — A wind turbine collapsed in a field near Norda on Sunday, "
        "scattering debris across a farm road.",
        "An industry body, the Turbine Safety Forum, recorded 14 collapses at Ostrian wind farms "
        "in 2023.",
        "The turbine was built in 2009 by Halvik Energy.",
        "Farmer Ada Wenn said the blades had been rattling for a week.",
        "Engineer Bo Lind said the bolts had rusted through.",
    ]
)


def test_a_bodys_count_is_not_asked_as_a_plain_fact() -> None:
    assert not any("recorded 14 collapses" in k for k in _asked(_RECORDS))
    assert not plain_fact("Police counted 40 burglaries in March.")
    assert not plain_fact("14 collapses were recorded by the Forum in 2023.")


def test_fact_explanation_does_not_say_no_source_is_named() -> None:
    qs = kinds_built(_RECORDS, "fact_or_claim")
    facts = [q for q in qs if answer(q) == fact_or_claim.FACT]
    assert facts  # control: "The turbine was built in 2009 by Halvik Energy." is asked
    for q in facts:
        assert "no source is named" not in q.explanation
        assert "attaches it to a source" in q.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "The search was due to resume at first light on Thursday.",
        "The hearing is expected to last two weeks.",
        "Talks are scheduled to resume on Friday.",
        "The vote is set for June 3.",
        "The ferry is to resume service on Monday.",
        "After the storm passed, talks were due to resume on Friday.",
    ],
)
def test_a_schedule_is_no_plain_fact(statement: str) -> None:
    assert not plain_fact(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "Police closed the quay road at 4 a.m. on Tuesday.",
        "Ann Rowe was walked out of the library on Tuesday, an hour before the forum was due to "
        "open.",
        "The search, which was due to resume at first light, was called off on Thursday.",
        "Two cars were set on fire on Monday.",
        "Forty burglaries were recorded in March.",
        "The film was recorded by a crew of six in 2019.",
        "In the 2019 video recorded by a doorbell camera, Ada Wenn is seen walking down a road.",
    ],
)
def test_control_past_events_stay_plain_facts(statement: str) -> None:
    assert plain_fact(statement)


def test_schedules_are_not_asked_in_any_paragraph() -> None:
    text = "\n\n".join(
        [
            "Search for missing inspector halted",
            "VESTA, Ostria (Wire) — Divers searched the harbour for a missing port inspector on "
            "Wednesday after a crane toppled onto a warehouse.",
            "The search was due to resume at first light on Thursday.",
            "“We will not give up,” said coast guard captain Rui Moss. The hearing is expected to "
            "last two weeks.",
            "Talks are scheduled to resume on Friday. “Everyone is tired,” said union leader Tomas "
            "Greve.",
            "Police closed the quay road at 4 a.m. on Tuesday.",
            "Harbour pilot Mira Sand said the wind had reached 90 km/h on Monday night.",
        ]
    )
    asked = _asked(text)
    assert not any(w in k for k in asked for w in ("due to", "expected to", "scheduled to"))
    assert asked.get("Police closed the quay road at 4 a.m. on Tuesday.") == fact_or_claim.FACT


def test_the_airline_fixtures_lead_is_not_asked_as_a_claim() -> None:
    """wire_airline_crash.txt: "Cargo plane crashes near Tellan airport; cause unclear" over
    "A cargo plane crashed …, killing both pilots, the civil aviation authority said": the
    headline's first clause states the crash in the outlet's voice."""
    text = (DATA / "wire_airline_crash.txt").read_text(encoding="utf-8")
    assert not any("cargo plane crashed" in k.lower() for k in _asked(text))
