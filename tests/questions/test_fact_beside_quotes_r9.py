"""fact_or_claim on wire paragraphs that mix the outlet's own report with a quotation, on stories
of our own (invented names and places).

Wire copy puts a plain fact and a quote in one paragraph ("The airport reopened at 6 a.m. on
Friday. 'We took no risks,' the director said."). Such a fact is asked when it is clearly the
outlet's voice: first in its paragraph before the attribution, or after a direct quotation closed
with its speaker named, reporting a past event. Controls stay unasked: a sentence after an
indirect "X said" (it may carry on the speaker's account), a hedged sentence, a paragraph with a
verification statement, the outlet on its own sourcing ("has not seen the report"), a plan, a
verdict, a pronoun or "also" that leads back to the speaker, a quotation's continuation, a
"records show" sentence, a present-tense statement after a quote, and a fact the next sentence
points back to ("That figure comes from police.").
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context

_AIRPORT = "\n\n".join(
    [
        "BELMAR, Ostria (Wire) — Belmar airport reopened on Friday after a fuel leak closed its "
        "only runway for two days, stranding about 9,000 travellers.",
        "The airport reopened to flights at 6 a.m. on Friday. “We took no risks,” the airport's "
        "director, Ana Vidal, said.",
        "The runway was safe to use again, Vidal said. The runway lights were checked twice on "
        "Thursday.",
        "“We are sorry for the delays,” Vidal said. About 40 flights were cancelled on Wednesday "
        "and Thursday.",
        "The leak started in a fuel pipe, officials said. Four workers were treated for fumes on "
        "Wednesday.",
        "“The sea was very rough,” said Captain Joel Marr of the coast guard. Four crew members "
        "were rescued by a passing trawler on Tuesday.",
        "Harwick Foods shares fell 4 per cent in early trading on Monday. “We are disappointed,” "
        "chief executive Lena Ott said.",
        "The Carran Road bridge has been closed since Saturday. “It is not safe,” county "
        "engineer Paul Dray said.",
        "Ferry service to Ostra Island was suspended on Sunday. The operator said a storm had "
        "damaged the pier.",
    ]
)

_INSTITUTE = "\n\n".join(
    [
        "TALLIN BAY, Ostria (Wire) — A research institute in Tallin Bay dismissed its lead chemist "
        "on Thursday after a review found errors in 14 of her papers.",
        'Two journals removed three of the papers in March. "We take this seriously," the '
        "institute's head, Petra Lund, said.",
        '"The review took eight months," Lund said. The institute hired an outside panel in 2023.',
        'The chemist, Dora Wilk, joined the institute in 2011. "I did nothing wrong," Wilk told '
        "the Tallin Bay Herald.",
        '"The errors were in the data," Lund said. The institute is reviewing 40 more papers.',
        "Wilk said she had followed the rules. She was paid 90,000 euros in 2023.",
    ]
)

_FIRE = "\n\n".join(
    [
        "RAVENNE, Ostria (Wire) — A fire at a chemical warehouse in Ravenne killed two workers on "
        "Monday and forced 300 people from their homes, the city's fire service said.",
        "Six people were taken to hospital on Monday. The toll could not be independently "
        "verified.",
        "The blaze was set on purpose, fire chief Ron Bale said. Fuel cans were found near the "
        "back door on Monday.",
        "“We saw flames 20 metres high,” Bale said. The warehouse will be torn down in May.",
        "“The crews did a fine job,” Bale said. The response on Monday was a remarkable feat.",
        "“I called it in at 4 a.m.,” said the night guard, Omar Fenn. Crews reached the "
        "warehouse 10 minutes after he phoned.",
        "“The roof fell in at 5 a.m.,” Bale said. “The walls stood until 9 a.m.”",
        "“The owners were warned,” Bale said. Records show the warehouse failed two inspections "
        "in 2022.",
        "“We lost everything,” said Mira Kalt, who lives next door. Kalt's house was also damaged "
        "on Monday.",
        "Three nearby houses were reportedly damaged on Monday. “It was terrible,” Kalt said.",
        "The Ravenne Courier has not seen the inspection report, which was filed in 2022. “It is "
        "a public document,” Bale said.",
        "“We were ready,” Bale said. An inquiry into the debacle opened on Tuesday.",
        "Eleven firefighters were hurt on Monday. That figure comes from the fire service, Bale "
        "said.",
    ]
)


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


def _facts(text: str) -> set[str]:
    return {k for k, v in _asked(text).items() if v == fact_or_claim.FACT}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # first in its paragraph, before the quotation
        (_AIRPORT, "The airport reopened to flights at 6 a.m. on Friday."),
        (_AIRPORT, "Harwick Foods shares fell 4 per cent in early trading on Monday."),
        (_AIRPORT, "The Carran Road bridge has been closed since Saturday."),
        (_INSTITUTE, "Two journals removed three of the papers in March."),
        (_INSTITUTE, "The chemist, Dora Wilk, joined the institute in 2011."),
        # first in its paragraph, before an indirect "X said"
        (_AIRPORT, "Ferry service to Ostra Island was suspended on Sunday."),
        # after a closed quotation with its speaker, a past event
        (_AIRPORT, "About 40 flights were cancelled on Wednesday and Thursday."),
        (_AIRPORT, "Four crew members were rescued by a passing trawler on Tuesday."),
        (_INSTITUTE, "The institute hired an outside panel in 2023."),
    ],
)
def test_own_voice_fact_beside_a_quote_is_asked(text: str, fact: str) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the speaker's continued account after an indirect "X said"
        (_AIRPORT, "runway lights were checked"),
        (_AIRPORT, "Four workers were treated"),
        (_FIRE, "Fuel cans were found"),
        # a hedge, a verification on the paragraph, the outlet's own sourcing
        (_FIRE, "reportedly"),
        (_FIRE, "Six people were taken to hospital"),
        (_FIRE, "has not seen the inspection report"),
        # a plan, a verdict
        (_FIRE, "will be torn down"),
        (_FIRE, "remarkable feat"),
        (_FIRE, "debacle"),
        # a pronoun or "also" leading back to the speaker
        (_FIRE, "after he phoned"),
        (_FIRE, "was also damaged"),
        (_INSTITUTE, "was paid 90,000 euros"),
        # a quotation's continuation, a records sentence, a present-tense statement
        (_FIRE, "The walls stood"),
        (_FIRE, "failed two inspections"),
        (_INSTITUTE, "is reviewing 40 more papers"),
        # a fact the next sentence points back to
        (_FIRE, "Eleven firefighters were hurt"),
    ],
)
def test_not_the_outlets_own_report_stays_unasked(text: str, words: str) -> None:
    assert not any(words in f for f in _facts(text))


def test_claims_of_the_story_are_still_asked_as_claims() -> None:
    asked = _asked(_AIRPORT)
    assert asked.get("The runway was safe to use again.") == fact_or_claim.CLAIM
    assert asked.get("The leak started in a fuel pipe.") == fact_or_claim.CLAIM


def test_a_relative_clause_of_deeds_is_no_claim() -> None:
    text = "\n\n".join(
        [
            "MERRION, Ostria (Wire) — Voters in Merrion chose a new mayor on Sunday.",
            "“Turnout was strong,” said Ida Brenn, a strategist who supported Mayor Tomas Ekk "
            "during the race but recently joined the Hale campaign.",
        ]
    )
    assert not any("during the race" in k for k in _asked(text))
