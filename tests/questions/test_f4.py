"""Teacher-reader failures (helper f4, issue 7): a fact or claim statement leaning on "the
country" or "the province" it cannot name; an official act keyed "claim" while the headline states
it; a hedge explanation that hedges the whole sentence when only a reduced clause is hedged;
"reports" as a time marker keyed as the hedge; spot_the_cue calling a trailing participle clause
the story's own, and marking a quote that holds its own "they claim". Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.registry import KINDS, Context
from questions.model import Question


def built(text: str) -> list[Question]:
    """The questions the kinds build from a text, before giveaway.py thins them."""
    return generate(analyze(text), thin_giveaways=False)


def of_kind(text: str, kind: str) -> list[Question]:
    return [q for q in built(text) if q.kind == kind]


def candidates(text: str, kind: str) -> list[Question]:
    """A kind's questions as its builder makes them, before the story's share caps."""
    analysis = analyze(text)
    return [q for story in analysis.stories for q in KINDS[kind].build(Context(analysis, story))]


def answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# --- 1. "the country", "the province" with no one referent named ---------------------------

SEVERAL_COUNTRIES = """Copper output climbs across the coast.

Dorvania takes 55 percent of its income from mining and is already the coast's biggest producer. Copper exports are rising about 7 percent a year to fund the country's new ports.

"The mines are busy again," said Pavel Oran, Teluria's trade minister.

"Small miners cannot get loans," said Mira Kest, the Dorvanian mining minister.

"Fuel costs are far too high," said Ole Brant, who heads a miners' union in Estmark.

"The ports will change the coast," said Rhea Voss, an economist at Teluria University.
"""

ONE_COUNTRY = (
    SEVERAL_COUNTRIES.replace(
        "Copper output climbs across the coast.", "Copper output climbs in Chile."
    )
    .replace("Dorvania takes", "Chile takes")
    .replace(", Teluria's trade minister", ", a mine owner")
    .replace(", the Dorvanian mining minister", ", a banker")
    .replace(" in Estmark", "")
    .replace(" at Teluria University", "")
)


UNNAMED_PROVINCE = """Fuel levies spread north.

Lawmakers in Ostmark debated a fuel levy on Tuesday, as prices rose for a third month.

A centre party in the Nordic province brought in a fuel levy in 2011, and fuel use fell 8 percent by 2014.

"It worked there," said Ann Tove, a lawmaker.

"It will not work here," said Per Lunde, another lawmaker, who said the plan would cost 300 jobs.
"""


def _statements(text: str) -> list[str]:
    return [q.prompt for q in of_kind(text, "fact_or_claim")]


def test_the_country_with_several_countries_is_not_asked_alone() -> None:
    assert not [p for p in _statements(SEVERAL_COUNTRIES) if "the country" in p]


def test_the_country_with_one_country_named_is_kept() -> None:
    """Control: Chile is the only country the story names, so "the country" is Chile."""
    assert [p for p in _statements(ONE_COUNTRY) if "the country's new ports" in p]


def test_an_unnamed_province_is_not_asked_alone() -> None:
    assert not [p for p in _statements(UNNAMED_PROVINCE) if "province" in p]


def test_named_or_described_referents_are_left_alone() -> None:
    """Controls: the description names itself, is described in words, or the statement names
    the one place it means; "the province" with none named, or "the country" with two, leans."""
    from questions.generate.kinds.fact_or_claim import dangling_description

    text = "Ports grow.\n\nBRAVIK, May 2 — Norway and Chile signed a port deal on Monday.\n"
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    end = len(text)
    for statement in (
        "The Bravik city council met on Monday.",
        "The rebel group met on Monday.",
        "Voters in Idaho backed the state's new port tax.",
        "The first state to vote was Iowa.",
        "The city opened a port on Monday.",
    ):
        assert not dangling_description(ctx, end, statement), statement
    for statement in ("The country opened a port.", "A party in the Danish province met."):
        assert dangling_description(ctx, end, statement), statement


# --- 2. the headline states the official act in the outlet's voice ----------------------------

HEADLINED = """Cyclist Moreau banned after positive test

LORVIK, June 3 — Cyclist Jules Moreau has been banned from racing after a positive test for a steroid, the national cycling federation said on Monday.

Moreau denied cheating. "I never took anything on purpose," he said in a statement.

The ban is the third against a national team rider in 2024.
"""

ATTRIBUTED_HEADLINE = HEADLINED.replace(
    "Cyclist Moreau banned after", "Federation says cyclist Moreau banned after", 1
)
COLON_HEADLINE = HEADLINED.replace(
    "Cyclist Moreau banned after positive test", "Moreau: banned after positive test", 1
)


def _claims(text: str) -> list[str]:
    return [q.prompt for q in of_kind(text, "fact_or_claim") if "claim the story" in answer(q)]


def test_a_headline_in_the_outlets_voice_echoes_the_claim() -> None:
    assert not [p for p in _claims(HEADLINED) if "banned from racing" in p]


def test_an_attributing_or_colon_headline_does_not_echo() -> None:
    """Controls: "Federation says …" and "Moreau: …" are someone's words, not the outlet's."""
    for text in (ATTRIBUTED_HEADLINE, COLON_HEADLINE):
        assert [p for p in _claims(text) if "banned from racing" in p]


# --- 3. a hedge in a reduced clause; "reports" as a time --------------------------------------

REDUCED = """Old radios find new buyers.

Repair cafes are reopening across the valley this spring.

And auction sites have shown new local interest in early radios thought to be beyond saving.

"People like fixing things," said Ines Marr, who runs a cafe in Dunby.
"""

WHOLE = """Old radios find new buyers.

Repair cafes are reopening across the valley this spring.

And many early local radios are now thought to be beyond saving.

"People like fixing things," said Ines Marr, who runs a cafe in Dunby.
"""

REPORTS_AS_TIME = """Town votes on new harbour.

Voters in Tamsby approved a new harbour wall on Sunday.

Addressing a crowd on Sunday evening, hours before reports that the measure had passed, Mayor Ruth Okoye quietly described a future when local ferries may finally run all year.

"This is a good day," Ms. Okoye said.
"""

AMID_REPORTS = """Levy passes in Tamsby.

Voters in Tamsby approved a harbour levy on Sunday.

Amid reports that the levy had passed, supporters quickly gathered outside the old town hall on Sunday evening.

"This is a good day," said Ruth Okoye, the mayor.
"""


def _hedge(text: str) -> Question:
    (q,) = of_kind(text, "hedge_words")
    return q


def test_a_reduced_clause_hedge_says_what_it_hedges() -> None:
    q = _hedge(REDUCED)
    assert answer(q) == "thought"
    assert "hedges only “early radios thought to be beyond saving”" in q.explanation


def test_a_finite_hedge_keeps_the_sentence_explanation() -> None:
    """Control: "radios are now thought to be …" hedges the sentence's own statement."""
    q = _hedge(WHOLE)
    assert answer(q) == "thought"
    assert "hedges only" not in q.explanation


def test_reports_as_a_time_marker_is_no_hedge() -> None:
    assert not [q for q in of_kind(REPORTS_AS_TIME, "hedge_words") if answer(q) == "reports"]


def test_amid_reports_stays_a_hedge() -> None:
    """Control: "Amid reports that …" leaves the event unconfirmed; no modal in the sentence."""
    assert answer(_hedge(AMID_REPORTS)) == "reports"


# --- 4. spot_the_cue: a trailing participle; an attribution inside the quote --------------------

AIRPORT = """Storm grounds flights at Velm airport

VELM, Jan 9 — Airline Skyra cancelled more than 80 flights on Saturday as a storm hit the coast, the airline said.

"Safety comes first, always," Skyra operations head Nils Borg told reporters.

The airline said two fuel pumps at the main terminal had broken down in the morning, delaying every departure.

"They cut the repair budget last year, and now they claim the pumps are fine," said Oskar Brandt, a ground crew union official.

"Nobody warned the passengers at all," said Lena Frisk, a 52-year-old nurse.
"""

PLAIN_QUOTE = AIRPORT.replace(
    "and now they claim the pumps are fine", "and nobody asked the crews about it"
)


def _cue(text: str, words: str) -> list[Question]:
    return [q for q in candidates(text, "spot_the_cue") if words in q.explanation]


def test_a_trailing_participle_is_not_called_the_storys_own() -> None:
    (q,) = _cue(AIRPORT, "fuel pumps")
    assert "story’s own" not in q.explanation
    assert (
        "what is claimed is “two fuel pumps at the main terminal had broken down in the morning”"
        in q.explanation
    )


def test_a_quote_with_its_own_attribution_is_not_marked() -> None:
    assert not _cue(AIRPORT, "repair budget")


def test_a_plain_quote_is_marked() -> None:
    """Control: the same quote without "they claim" inside it."""
    assert _cue(PLAIN_QUOTE, "repair budget")
