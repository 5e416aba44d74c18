"""A body's announcement of its own plans, vows in passive form and the outlet's reading of a
motive are no claims and no facts (issue 7, helper "plans"), on invented stories.

* A body, or one who speaks for it, announcing its own plan ("The rail operator Northline said
  it would scrap three services", "Officials said the coast road would reopen on Friday") is
  not "the claim": no spot_the_cue, source_check or fact_or_claim claim item is built on it.
  Forecasts ("Bank analyst Mira Tal said bread prices would rise"), a third party's fate
  ("Police said the driver would be charged": whether charges come is for others to decide and
  accuses a person, so students should see whose word it is) and what the body says of the
  world ("the pool was unsafe") stay claims.
* A vow in passive form ("Those responsible will be held accountable") is the speaker's pledge,
  and so is "she would not raise the fares" after a bare surname the analysis gives no kind.
* The outlet's own reading of a motive ("is designed to hamstring smaller rivals", "in a move
  to win back …", "as a way to shield …") is never keyed "reported as fact"; a plain
  sentence with a date ("The rule takes effect on 1 June.") still is.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.claims import pledge
from questions.generate.kinds.fact_or_claim import FACT, claim_statement, plain_fact
from questions.generate.registry import KINDS, Context
from questions.model import Claim, Question

PLANS = (
    "Job cuts and closures in Dunmere\n\n"
    "The bakery chain Morrow Foods said it will cut 200 jobs in Dunmere next year. Bank"
    " analyst Mira Tal said bread prices in the region would rise before the winter.\n\n"
    "The rail operator Northline said on Monday that it would scrap three evening services"
    " from May. The firm said passenger numbers had fallen by a third since last year.\n\n"
    "A lorry slid off the coast road in a storm on Tuesday. Officials said the coast road would"
    " reopen to traffic on Friday. Police said the driver of the lorry would be charged with"
    " careless driving.\n\n"
    "Transport officials said the Kessel line would be closed for two weeks in August. A"
    " spokesman for the ministry said the new rail timetable would take effect on 1 June.\n\n"
    "Council leader Hanna Voss said the Elm Street pool was unsafe and its roof leaked.\n\n"
    "Commuter Lise Arno said the trains had been late almost every day this month.\n"
)

VOWS = (
    "Minister visits flooded valley\n\n"
    "A dam gave way near the village of Orrin on Tuesday, flooding dozens of homes.\n\n"
    "“Those responsible for the failure of this dam will be held accountable,” interior"
    " minister Tomas Hel said on Wednesday.\n\n"
    "Engineer Omar Zell said the dam had shown deep cracks for several years.\n\n"
    "“The safety inspections of the dam were skipped twice,” Zell said.\n\n"
    "Farmer Ida Roos said nobody in the valley would be held accountable for the damage.\n"
)

FARES = (
    "Tram fares in Lenby\n\n"
    "Mayor Ilse Varga and her rival Tom Brede met voters in Lenby on Monday.\n\n"
    "Varga has said she would not raise the tram fares before 2030. Brede said the tram depot"
    " had been badly run for years.\n\n"
    "Brede said he had never taken money from the tram company.\n"
)

RULE = (
    "Regulator caps delivery fees\n\n"
    "The national trade regulator on Monday published a rule that caps the fees delivery apps"
    " may charge restaurants.\n\n"
    "The new rule takes effect on 1 June and covers 12 delivery apps.\n\n"
    "The rule is designed to hamstring smaller rivals in 40 cities.\n\n"
    "The regulator cut its own fees by 10 percent on Monday in a move to win back restaurant"
    " owners.\n\n"
    "Shares in the delivery firm Fastplate fell 4 percent on Monday.\n\n"
    "The regulator introduced a tariff on imported scooters in March as a way to shield local"
    " makers.\n\n"
    "Restaurant owner Mia Sand said the cap would save small restaurants about 300 euros a"
    " month.\n\n"
    "Courier Jon Lee said the apps had cut the pay of couriers twice in the past year.\n\n"
    "Union leader Per Dahl said the two biggest apps paid couriers below the legal minimum.\n"
)


def _contexts(text: str) -> list[Context]:
    analysis = analyze(text)
    return [Context(analysis, story) for story in analysis.stories]


def _built(text: str, kind: str) -> list[Question]:
    """What one kind builds from a text's stories, before shares and thinning."""
    return [q for ctx in _contexts(text) for q in KINDS[kind].build(ctx)]


def _about(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.explanation or words in q.prompt]


def _claim(text: str, words: str) -> tuple[Context, Claim]:
    found = [(ctx, c) for ctx in _contexts(text) for c in ctx.story.claims if words in c.content]
    assert len(found) == 1, [c.content for _, c in found]
    return found[0]


_PLANNED = [
    "it will cut 200 jobs",  # "it" after "the bakery chain Morrow Foods"
    "it would scrap three evening services",  # "it" after "the rail operator Northline"
    "the coast road would reopen",  # officials announce their road
    "the Kessel line would be closed",
    "the new rail timetable would take effect",  # a spokesman for the ministry
]


@pytest.mark.parametrize("words", _PLANNED)
def test_announced_plan_is_a_pledge(words: str) -> None:
    ctx, claim = _claim(PLANS, words)
    assert pledge(ctx.text, claim)


@pytest.mark.parametrize("words", _PLANNED)
def test_announced_plan_is_no_spot_the_cue(words: str) -> None:
    assert not _about(_built(PLANS, "spot_the_cue"), words)


def test_announced_plan_is_no_source_check() -> None:
    found = _built(PLANS, "source_check")
    for words in _PLANNED:
        assert not _about(found, words), words
    assert _about(found, "the driver of the lorry would be charged")  # control: a third party


@pytest.mark.parametrize("words", _PLANNED)
def test_announced_plan_is_no_fact_or_claim_item(words: str) -> None:
    ctx, claim = _claim(PLANS, words)
    assert claim_statement(ctx, claim) is None


@pytest.mark.parametrize(
    "words",
    [
        "bread prices in the region would rise",  # a forecast about others
        "the driver of the lorry would be charged",  # a third party's fate
        "the Elm Street pool was unsafe",  # what the council's leader says of the world
        "passenger numbers had fallen",  # what the firm says of the past
        "the trains had been late",
    ],
)
def test_forecast_third_party_and_state_stay_claims_control(words: str) -> None:
    ctx, claim = _claim(PLANS, words)
    assert not pledge(ctx.text, claim)
    assert _about(_built(PLANS, "spot_the_cue"), words)


def test_passive_vow_is_no_spot_the_cue_or_source_check() -> None:
    for kind in ("spot_the_cue", "source_check"):
        assert not _about(_built(VOWS, kind), "will be held accountable"), kind
    ctx, claim = _claim(VOWS, "will be held accountable")
    assert pledge(ctx.text, claim)
    assert claim_statement(ctx, claim) is None


@pytest.mark.parametrize(
    "words",
    [
        "nobody in the valley would be held accountable",  # a forecast about others
        "the dam had shown deep cracks",
        "The safety inspections of the dam were skipped twice",
    ],
)
def test_claims_beside_the_vow_stay_control(words: str) -> None:
    ctx, claim = _claim(VOWS, words)
    assert not pledge(ctx.text, claim)
    assert _about(_built(VOWS, "spot_the_cue"), words)


def test_pledge_after_a_bare_surname_is_no_spot_the_cue() -> None:
    found = _built(FARES, "spot_the_cue")
    assert not _about(found, "would not raise the tram fares")  # Varga's own pledge
    assert _about(found, "the tram depot had been badly run")  # control
    assert _about(found, "had never taken money")  # control: his past, a claim


def _facts(text: str) -> list[str]:
    return [q.prompt for q in _built(text, "fact_or_claim") if q.options[q.answer] == FACT]


@pytest.mark.parametrize(
    "words",
    [
        "is designed to hamstring smaller rivals",
        "in a move to win back restaurant owners",
        "as a way to shield local makers",
    ],
)
def test_imputed_motive_is_no_fact(words: str) -> None:
    assert not [p for p in _facts(RULE) if words in p]


def test_plain_dated_sentences_stay_facts_control() -> None:
    facts = _facts(RULE)
    assert [p for p in facts if "The new rule takes effect on 1 June" in p]


@pytest.mark.parametrize(
    ("statement", "want"),
    [
        ("The rule is designed to hamstring smaller rivals from 1 June.", False),
        ("The move appeared aimed at calming investors on Monday.", False),
        ("The board cut its budget by 5 percent in an apparent bid to win over lawmakers.", False),
        ("The cap, a measure widely seen as a gift to large chains, passed on Monday.", False),
        ("The agency is seeking to win back trust after the June vote.", False),
        ("The tax is meant to punish foreign buyers from March.", False),
        ("The rule takes effect on 1 June.", True),
        ("The plan was designed by engineers in 2019.", True),
        ("The bridge was built in 1931 and carries 40,000 cars a day.", True),
        ("Shares in the delivery firm Fastplate fell 4 percent on Monday.", True),
    ],
)
def test_plain_fact_motive_forms(statement: str, want: bool) -> None:
    assert plain_fact(statement) is want
