"""Issue 7, helper "ver9": wire forms of verification, "claims" for money, and plans, on
invented stories.

* An outlet that has not seen or reviewed the evidence has not verified it ("Reuters has not
  seen the document", "AFP has not seen the sworn statements", "The agency was not able to
  review the footage", "was unable to independently review the video"): the question says
  what was not verified ("has AFP verified the contents of the sworn statements?"); a bare
  "the footage" as the claim the evidence was cited for, or the evidence as the sentence before
  names it (ver10). Nothing is
  asked of "has not seen it", of evidence the story never brought in, of someone who is no
  outlet, nor of "has not seen her son since May", "had not seen such damage in decades",
  "declined to comment" or "has not reviewed its policy since 2010".
* "declined to confirm which hospitals …", after a first verb the subject shares ("said … but
  declined to confirm which …"), is asked; not when its "them" has no antecedent the prompt
  can give.
* "claims" and "claimed" for money or a right ("insurance claims", "claims for compensation",
  "claims of more than 40 million euros", "the small-claims court", "claimed compensation")
  are no hedge, neither in the analysis nor as a hedge_words key; claims of abuse or of deaths
  still are.
* A body's word that a road "would stay closed" or "remain closed", or that birds "would be
  culled", is its plan, not a claim (no spot_the_cue, source_check or fact_or_claim item); an
  analyst's forecast, an engineer's word on the bridge and a ministry's prediction stay claims.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import re

import pytest

from questions import analyze
from questions.generate.claims import pledge
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import KINDS, Context
from questions.model import Claim, Question
from questions.verification import legal_claim
from tests.questions.story_kit import answer, kinds_built

ASK = "According to the story, "


def _wire(body: str) -> str:
    return "Unrest in Porta\n\nPORTA, Estarra (Reuters) — " + body


def _asked(body: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in kinds_built(_wire(body), "verification")}


def _found(body: str) -> list[tuple[str, str, str]]:
    return [(v.by, v.status, v.object) for v in analyze(_wire(body)).stories[0].verification]


UNSEEN = [
    (
        "Opposition lawmaker Dara Venn said the ministry had signed a secret deal to sell the"
        " northern mine, citing a document she said was leaked to her office. Reuters has not"
        " seen the document.",
        "has Reuters verified that the ministry had signed a secret deal to sell the northern"
        " mine?",
        "Reuters has not verified it",
    ),
    (
        "Lawyers for the families said six guards had described beatings at the Orlen camp in"
        " sworn statements. AFP has not seen the sworn statements.",
        "has AFP verified the contents of the sworn statements?",
        "AFP has not verified them",
    ),
    (
        "Residents said soldiers fired on a crowd outside the Marra market on Tuesday, according"
        " to a video shared online. The agency was not able to review the footage.",
        "was the agency able to verify that soldiers fired on a crowd outside the Marra market on"
        " Tuesday?",
        "The agency could not verify it",
    ),
    (
        "Activists said police had beaten protesters in the square, citing a video posted"
        " online. Reuters was unable to independently review the video.",
        "was Reuters able to verify that police had beaten protesters in the square?",
        "Reuters could not verify it",
    ),
    (
        "Witnesses said the convoy was shelled near Tarn, citing photos posted online. The"
        " newspaper could not independently examine the photos.",
        "was the newspaper able to verify that the convoy was shelled near Tarn?",
        "The newspaper could not verify it",
    ),
    (
        "The health ministry said 40 people had been treated for burns but declined to confirm"
        " which hospitals the injured had been taken to.",
        "did the health ministry confirm which hospitals the injured had been taken to?",
        "The health ministry declined to confirm it",
    ),
    (  # "but" ends what was not seen
        "Witnesses said troops fired on the crowd, and videos of the shooting were shared"
        " online. The newspaper has not seen the videos but spoke to three witnesses.",
        "has the newspaper verified the videos of the shooting?",
        "The newspaper has not verified them",
    ),
    (  # the pictures by what they appear to show (ver10)
        "Photos shared online appeared to show flooded streets in central Porta. The BBC has not"
        " been able to verify the images.",
        "was the BBC able to verify the photos that appeared to show flooded streets in central"
        " Porta?",
        "The BBC could not verify them",
    ),
]


@pytest.mark.parametrize(("body", "prompt", "key"), UNSEEN, ids=range(len(UNSEEN)))
def test_evidence_the_outlet_has_not_seen_is_asked(body: str, prompt: str, key: str) -> None:
    assert _asked(body) == {ASK + prompt: key}


def test_a_document_not_seen_is_unverified_by_the_outlet() -> None:
    assert _found(UNSEEN[1][0]) == [("AFP", "unverified", "the contents of the sworn statements")]


NOTHING = [
    # the object is unclear: "it", or a document the story never brought in
    "Councillor Mara Fell said the mayor had approved the contract before the vote. Reuters has"
    " not seen it.",
    "Opposition lawmaker Dara Venn said the ministry had signed a secret deal to sell the"
    " northern mine. Reuters has not seen the document.",
    # no outlet: a mother, a farmer, a spokesman, a bank, the police
    "Ines Garo said her son was taken by soldiers in April. She has not seen her son since May.",
    "Farmer Tomas Brell said the storm had flattened his barns. He had not seen such damage in"
    " decades.",
    "The police said two men had been arrested. A police spokesman declined to comment.",
    "The bank said its loan book was sound. The bank has not reviewed its policy since 2010.",
    "The mayor said a letter had been sent to the minister. Police have not seen the letter.",
    # an outlet, but what it has not seen is no evidence
    "Ines Garo said her son was taken by soldiers in April. Reuters has not seen the family"
    " since May.",
]


@pytest.mark.parametrize("body", NOTHING, ids=range(len(NOTHING)))
def test_nothing_seen_of_no_evidence_is_no_verification(body: str) -> None:
    assert _found(body) == []
    assert _asked(body) == {}


def test_which_with_a_pronoun_of_no_antecedent_is_not_asked() -> None:
    body = (
        "The health ministry said 40 people had been treated for burns but declined to confirm"
        " which hospitals had taken them in."
    )
    assert _asked(body) == {}


# --- "claims" for money or a right -------------------------------------------------------------


def _hedge_keys(body: str) -> list[str]:
    return [answer(q) for q in kinds_built(_wire(body), "hedge_words")]


def _hedges(body: str) -> list[str]:
    return [h.word.lower() for h in analyze(_wire(body)).stories[0].hedges]


MONEY = [
    "Insurance claims of more than 40 million euros were filed after the floods in the northern"
    " valley, the Porta Insurers Association said on Monday.",
    "Insurers have received claims of damage from about 3,000 homes in the northern valley"
    " since the storm, the association said on Monday.",
    "Insurance claims rose sharply after the floods, the Porta Insurers Association said on"
    " Monday, and payouts could take months.",
    "Families filed claims for compensation after the dam burst last month, lawyer Edda Marsh"
    " said on Tuesday in the capital.",
    "The case was heard in the small-claims court on Monday after the tenant left the flat"
    " without paying.",
]


@pytest.mark.parametrize("body", MONEY, ids=range(len(MONEY)))
def test_claims_for_money_are_no_hedge(body: str) -> None:
    assert "claims" not in _hedges(body)
    assert "claims" not in _hedge_keys(body)


def test_assertions_called_claims_stay_hedges_control() -> None:
    abuse = (
        "The ministry rejected claims of abuse at the camp, calling them wholly false and"
        " politically driven."
    )
    assert _hedge_keys(abuse) == ["claims"]
    assert _hedges("The company has faced claims that it dumped waste in the river for years.")


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Families claimed compensation for homes lost in the floods.", True),
        ("The farmer claimed 12,000 euros in damages from the firm.", True),
        ("The fishermen filed a claim of 2 million euros against the line.", True),
        ("a no-claims bonus", True),
        ("The family claimed benefits for years.", True),
        # controls: assertions, with a number or a legal word after them
        ("Rebel commander Ivo Sarn claimed more than 20 soldiers were killed.", False),
        ("The opposition claimed 12 million euros had gone missing.", False),
        ("The farmer claimed compensation was never paid.", False),
        ("Rebels made claims of 300 deaths in the town.", False),
        ("No claims were filed.", False),
        ("He made small claims of success.", False),
        ("Prosecutors made claims of 2 million euros in bribes to the mayor.", False),
        ("The firm's claims of losses were exaggerated, the auditor found.", False),
        ("Its claims of benefits from the new drug were not proven.", False),
    ],
)
def test_legal_claim(text: str, money: bool) -> None:
    m = re.search(r"claim(?:s|ed)?\b", text)
    assert m is not None
    assert legal_claim(text, m.span()) is money


# --- plans -------------------------------------------------------------------------------------

PLANS = (
    "Bird flu and a landslide in Orsa\n\n"
    "Bird flu was found at a poultry farm near Orsa on Tuesday. The agriculture ministry said"
    " 4,000 birds would be culled at the farm. Analyst Jora Keel said egg prices would rise by"
    " the end of the year.\n\n"
    "A landslide blocked the coast road near Orsa on Sunday. Officials said the coast road would"
    " stay closed until Monday. Police said the river bridge would remain closed while engineers"
    " inspected it. Engineer Mira Sand said the old ferry pier would remain closed for months.\n\n"
    "The health ministry said the outbreak would be contained within weeks. Farmer Ilse Marrow"
    " said she had kept her flock indoors for weeks.\n"
)
_PLANNED = [
    "4,000 birds would be culled",
    "the coast road would stay closed",
    "the river bridge would remain closed",
]
_CLAIMS = [
    "egg prices would rise",  # an analyst's forecast
    "the old ferry pier would remain closed",  # no body's word on its own place
    "the outbreak would be contained",  # a prediction, not a step the ministry takes
]


def _contexts(text: str) -> list[Context]:
    analysis = analyze(text)
    return [Context(analysis, story) for story in analysis.stories]


def _built(text: str, kind: str) -> list[Question]:
    return [q for ctx in _contexts(text) for q in KINDS[kind].build(ctx)]


def _about(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.explanation or words in q.prompt]


def _claim(words: str) -> tuple[Context, Claim]:
    found = [(ctx, c) for ctx in _contexts(PLANS) for c in ctx.story.claims if words in c.content]
    assert len(found) == 1, [c.content for _, c in found]
    return found[0]


@pytest.mark.parametrize("words", _PLANNED)
def test_a_body_s_closure_or_cull_is_its_plan(words: str) -> None:
    ctx, claim = _claim(words)
    assert pledge(ctx.text, claim)
    assert claim_statement(ctx, claim) is None
    for kind in ("spot_the_cue", "source_check"):
        assert not _about(_built(PLANS, kind), words), kind


@pytest.mark.parametrize("words", _CLAIMS)
def test_forecasts_stay_claims_control(words: str) -> None:
    ctx, claim = _claim(words)
    assert not pledge(ctx.text, claim)
