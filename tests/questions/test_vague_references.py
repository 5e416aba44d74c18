"""Statements and prompts that point back to what only the story before them names are not
asked (validate.py ``_vague``, text.py ``vague_reference``), on stories of our own:

- a demonstrative noun phrase ("those letters", "such tables", "those rulings" in a quotation)
  whose noun the asked text did not name itself;
- an "its"/"their" with no owner named earlier in the asked text ("More than 300 pupils sat its
  exam": whose?);
- a bare "the deaths"/"the claims" when the story before holds two or more of them;
- controls, still asked: "its" after its owner ("The river district lost its only clinic"),
  "that year", a demonstrative whose noun the statement names first ("300 burst pipes, and
  those pipes …"), "the deaths" and "the claims" with one candidate before.
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context
from questions.generate.text import vague_reference
from questions.generate.validate import validate

_LEAD = (
    "MARLOW, Vennland (Wire) — The Brantley Water Board was fined 2 million crowns on Tuesday "
    "after a regulator found that leaking pipes had flooded 40 homes in the river district."
)


def _fact_statements(sentence: str) -> dict[str, list[str]]:
    """The statements fact_or_claim builds from a story of the lead and one sentence (before
    balancing) → the reasons validation finds against each."""
    text = "\n\n".join(
        ["Water board fined", _LEAD, sentence, "The board will appeal the fine in March."]
    )
    analysis = analyze(text)
    story = analysis.stories[0]
    original = fact_or_claim._balance
    fact_or_claim._balance = lambda n_fact, n_claim: (n_fact, n_claim)
    try:
        qs = fact_or_claim.build(Context(analysis, story))
    finally:
        fact_or_claim._balance = original
    return {q.prompt.split(" — ")[0].strip("“”"): validate(q, analysis, story) for q in qs}


def _asked(sentence: str) -> bool:
    """Whether the sentence is built as a fact_or_claim statement and passes validation."""
    found = _fact_statements(sentence)
    assert sentence in found, found  # built either way: the validator decides
    return not found[sentence]


def _prompts(*paragraphs: str) -> dict[str, str]:
    """Prompt → kind of every question generated from a story of our own."""
    analysis = analyze("\n\n".join(paragraphs))
    return {q.prompt: q.kind for q in generate(analysis, thin_giveaways=False)}


def test_demonstrative_statements_are_not_asked() -> None:
    assert not _asked(
        "Tenants in the east quarter sent dozens of those letters to the city in April."
    )
    assert not _asked(
        "The Vennland Schools Office has published such tables every spring since 2004."
    )


def test_ownerless_its_is_not_asked() -> None:
    assert not _asked("More than 300 pupils sat its mathematics exam in a flooded hall on Monday.")


def test_controls_named_owner_time_and_own_noun_are_asked() -> None:
    assert _asked("The river district lost its only clinic to the floods in March.")
    assert _asked("Pupils at three schools sat their exams in a sports hall on Monday.")
    assert _asked("Crews dug up 41 broken mains, and those mains were replaced within a month.")
    assert _asked(
        "Crews replaced 80 meters of main in 2019, and repairs cost 3 million crowns that year."
    )


def test_vague_reference_words() -> None:
    assert vague_reference("Officials said they had received dozens of those complaints.")
    assert vague_reference("Students failed its mathematics exam.") == "its"
    assert vague_reference("Two of its guards were hurt in the raid.") == "its"
    assert vague_reference("Such rankings are unreliable.")
    assert vague_reference("The mayor rejected that claim on Friday.")
    # controls
    assert vague_reference("The council said its budget would rise by 4%.") is None
    assert vague_reference("Exports fell that year.") is None
    assert vague_reference("Sales were 41% and 22%, and these figures were the lowest.") is None
    assert vague_reference("Those who left were fined.") is None
    assert vague_reference("Schools such as Hallam stayed open.") is None
    assert vague_reference("What kind of source does the story give for these words: “x”?") is None
    assert vague_reference("Turnout among those aged 18 to 29 rose.") is None


_CLASH = (
    "Clashes near border town",
    "TOLVA, Marrenia (Wire) — Fighting broke out on Sunday near the border town of Tolva, where "
    "rebels and army units have clashed for weeks.",
)
_DEATHS_PROMPT = "According to the story, did the defence ministry confirm the deaths?"


def test_deaths_from_two_sides_are_not_asked_about() -> None:
    prompts = _prompts(
        *_CLASH,
        "Twelve soldiers were killed in the fighting, the rebel Free Tolva Front said.",
        "Medics at the town hospital said two nurses died when a shell hit the clinic.",
        "The defence ministry did not confirm the deaths.",
    )
    assert _DEATHS_PROMPT not in prompts


def test_deaths_from_one_side_still_asked_about() -> None:
    prompts = _prompts(
        *_CLASH,
        "The rebel Free Tolva Front said 12 soldiers were killed in the fighting.",
        "The defence ministry did not confirm the deaths.",
    )
    assert prompts.get(_DEATHS_PROMPT) == "verification"


_MAYOR = (
    "Mayor rejects accusations",
    "KESTRA, Vennland (Wire) — The mayor of Kestra faced questions on Monday over the sale of a "
    "city park to a developer last year.",
    "Councillor Greta Holm said the mayor had hidden an audit of the sale from the council.",
)
_DENIED_PROMPT = "According to the story, who denied the claims in a statement on Tuesday?"


def test_the_claims_after_two_claims_are_not_asked_about() -> None:
    prompts = _prompts(
        *_MAYOR,
        "Union leader Piet Arvo said the mayor had cut the wages of park staff before the sale.",
        "Mayor Jonas Breck denied the claims in a statement on Tuesday.",
    )
    assert _DENIED_PROMPT not in prompts


def test_the_claims_after_one_claim_still_asked_about() -> None:
    prompts = _prompts(
        *_MAYOR,
        "Mayor Jonas Breck denied the claims in a statement on Tuesday.",
        "Union leader Piet Arvo said the park staff would strike on Friday.",
        "Councillor Ida Sund said the council would review the sale in June.",
    )
    assert prompts.get(_DENIED_PROMPT) == "who_denied"


_MILL = (
    "Court ruling on river permits",
    "ASKELD, Vennland (Wire) — A regional court on Monday struck down two permits that let the "
    "Ossen paper mill draw water from the river Lent.",
    "The court ruled in March that the mill had broken the terms of both permits.",
    "“We will fight those rulings in every court of this land,” mill director Hanne Lorvik said "
    "on Tuesday.",
    "“The river is cleaner than it has been in twenty years,” said Tomas Wehl, a biologist at "
    "Askeld University.",
    "“The mill employs 400 people and we want every one of them to keep working,” said union "
    "leader Berit Osk.",
)


def test_quotation_pointing_back_is_not_asked_who_said() -> None:
    prompts = _prompts(*_MILL)
    assert not any("those rulings" in p for p in prompts)
    # control: a quotation that stands on its own
    assert "Who said this: “The river is cleaner than it has been in twenty years”?" in prompts
