"""Forms found in a fresh wire story read as a teacher would (session 3 of issue 7).

* A news noun with its "that" clause as the subject of a verification frame: "The claim that the
  ferry sank has not been confirmed" is about the claim, not about "the ferry" (which the
  "confirm the nominee" control must still refuse), and "The report that the mayor resigned could
  not be verified" names the report, not "the mayor".
* A channel named whole: "said on his Telegram channel that …" — the cue was cut after
  "Telegram", leaving "channel that …" as the claim's first words.
"""

from __future__ import annotations

import pytest
from story_kit import DATA, verifications

from questions import analyze

HEAD = "Storm hits coast\n\nPORTA, Estarra (AP) — Officials said a dam had failed. "

TOLD = [
    (
        # "has not been confirmed", no agent: no one named (not the outlet's own check)
        "The claim that the ferry sank has not been confirmed.",
        ("no one named", "unverified", "the claim that the ferry sank"),
    ),
    (
        "The report that the mayor resigned could not be verified.",
        ("The Associated Press", "unverified", "the report that the mayor resigned"),
    ),
    (
        "Claims that the dam was mined have not been independently verified.",
        ("The Associated Press", "unverified", "Claims that the dam was mined"),
    ),
    (
        "The report that the mayor resigned was confirmed by the city council.",
        ("city council", "confirmed", "the report that the mayor resigned"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TOLD)
def test_a_told_clause_is_part_of_what_is_verified(sentence: str, expected: tuple) -> None:
    assert verifications(HEAD + sentence + "\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The nominee that the mayor picked was confirmed by the council.",  # a person, no news
        "The ferry that the mayor sold was seen in the harbor.",  # no frame at all
    ],
)
def test_controls_find_no_verification(sentence: str) -> None:
    assert verifications(HEAD + sentence + "\n") == []


@pytest.mark.parametrize("channel", ["Telegram channel", "Facebook page", "Twitter account"])
def test_a_channel_is_read_whole(channel: str) -> None:
    text = (
        HEAD
        + f"The governor, Pavel Drozd, said on his {channel} that three workers had been hurt.\n"
    )
    claim = next(c for c in analyze(text).stories[0].claims if c.source == "Pavel Drozd")
    assert claim.cue == f"said on his {channel}"
    assert claim.content == "three workers had been hurt"


DENIAL_STORY = (
    "Depot fire blamed on drones\n\nVELMAR (AP) — A fuel depot burned overnight after a drone "
    "attack, the regional governor, Pavel Drozd, said.\n\n{denier} denied any involvement in the "
    "attack.\n\n“Markets react to fear first,” said Mira Hollis, an energy analyst at Danton "
    "Partners.\n\nColonel Ivan Marek told reporters the border would stay open.\n"
)


def _who_denied(denier: str) -> list:
    from questions.generate import generate

    text = DENIAL_STORY.format(denier=denier)
    return [q for q in generate(analyze(text)) if q.kind == "who_denied"]


@pytest.mark.parametrize("denier", ["Officials in Korlin", "Officials from Upper Vessia"])
def test_a_group_of_a_named_place_is_a_denier_to_offer(denier: str) -> None:
    (q,) = _who_denied(denier)
    assert q.options[q.answer] == denier
    assert f"{denier[:1].lower() + denier[1:]} who deny this" in q.explanation  # plural


def test_control_a_group_of_no_named_place_is_not_offered() -> None:
    assert _who_denied("Officials in the city") == []


def test_an_article_opening_the_reported_clause_is_lower_cased() -> None:
    from questions.generate import generate

    text = DENIAL_STORY.format(denier="Officials in Korlin")
    prompts = [q.prompt for q in generate(analyze(text)) if q.kind == "who_said"]
    assert "who said that a fuel depot burned overnight after a drone attack?" in prompts[0]


def test_a_claim_by_someone_that_is_what_was_denied() -> None:
    from story_kit import shipped

    denials = [
        q for q in shipped("wire_water_plant.txt") if q.kind in ("who_denied", "what_denied")
    ]
    assert denials, "the council's denial makes a question"
    for q in denials:
        # from the body's sentence, never the headline's headlinese ("That water plant is unsafe")
        assert "rejected a claim by a residents' group" in q.explanation
        if q.kind == "what_denied":
            assert q.options[q.answer] == "That the town's new water plant is unsafe"


def test_a_headline_is_no_claim_to_ask_about() -> None:
    from story_kit import built

    for q in built("wire_water_plant.txt"):
        assert "City council rejects claim" not in q.explanation, q.prompt


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Associated Press was unable to confirm the group's test results.",
            ("Associated Press", "unverified", "the group's test results"),
        ),
        (
            "The AP could not independently verify the data.",
            ("AP", "unverified", "the data"),
        ),
    ],
)
def test_results_and_data_are_news_to_verify(sentence: str, expected: tuple) -> None:
    assert verifications(HEAD + sentence + "\n") == [expected]


def test_a_quoted_denial_opening_on_a_demonstrative() -> None:
    from story_kit import shipped

    (q,) = [q for q in shipped("wire_bribes.txt") if q.kind == "who_denied"]
    assert (
        q.prompt == "Who made this denial: “These charges are baseless and politically motivated”?"
    )
    assert q.options[q.answer] == "Rachel Stein"


def test_present_tense_allegation_is_a_claim_of_the_prosecutors() -> None:
    story = analyze((DATA / "wire_bribes.txt").read_text(encoding="utf-8")).stories[0]
    assert ("Prosecutors", "allege", "accuses") in [
        (c.source, c.cue, c.stance) for c in story.claims
    ]


@pytest.mark.parametrize(
    "headline",
    ["Former mayor charged with taking bribes", "Senator accused of lying to voters"],
)
def test_a_headline_passive_makes_no_accuser_of_its_subject(headline: str) -> None:
    text = f"{headline}\n\nHARTLEY (AP) — The case went to court on Monday.\n"
    assert analyze(text).stories[0].claims == []


def test_control_the_active_form_keeps_its_accuser() -> None:
    text = "Council feud deepens\n\nHARTLEY (AP) — Ann Reed accused the mayor of lying to voters.\n"
    claims = analyze(text).stories[0].claims
    assert [(c.source, c.cue) for c in claims] == [("Ann Reed", "accused")]


BUDGET = "Budget fight\n\nALDEN (AP) — "


def test_an_indefinite_speaker_judging_what_was_named_before() -> None:
    text = BUDGET + "A spokesman for the governor called that estimate “wildly exaggerated.”\n"
    (claim,) = analyze(text).stories[0].claims
    assert (claim.source, claim.cue, claim.stance) == (
        "spokesman for the governor",
        "called",
        "characterizes",
    )
    assert claim.content.startswith("that estimate")  # "that" is the estimate's determiner


def test_control_a_group_called_by_its_name_is_no_speaker() -> None:
    text = BUDGET + "A group called the Legion marched on Sunday.\n"
    assert analyze(text).stories[0].claims == []


@pytest.mark.parametrize(
    ("quote", "asked"),
    [
        ("This budget will ask everyone to give a little, and nobody more than my office.", True),
        ("This is the worst budget the state has seen in twenty years.", False),
    ],
)
def test_a_quotation_opening_on_a_demonstrative_before_its_noun(quote: str, asked: bool) -> None:
    from questions.generate import generate

    text = (
        BUDGET
        + f"“{quote[:-1]},” Governor Helen Vance said.\n\n"
        + "Opposition leader Marcus Bell said the cuts were unfair to children.\n\n"
        + "Union leader Rosa Diaz said teachers would strike in March.\n"
    )
    prompts = [
        q.prompt for q in generate(analyze(text), thin_giveaways=False) if q.kind == "who_said"
    ]
    assert any(quote.rstrip(".")[:30] in p for p in prompts) == asked, prompts


def test_two_people_sharing_a_role_word_are_both_options() -> None:
    from questions.generate import generate

    text = (
        BUDGET
        + "Governor Helen Vance said the budget was fair.\n\n"
        + "Opposition leader Marcus Bell said the cuts were unfair to children.\n\n"
        + "Union leader Rosa Diaz said teachers would strike in March.\n"
    )
    (q,) = [q for q in generate(analyze(text)) if q.kind == "who_said" and "children" in q.prompt]
    assert q.options[q.answer] == "Marcus Bell"
    assert {"Helen Vance", "Rosa Diaz"} <= set(q.options)


def test_control_a_role_alone_is_no_safe_option_beside_a_named_holder() -> None:
    from questions.generate.sources import SourceInfo, conflicts

    named = SourceInfo("helen vance", "Helen Vance", "official")
    named.words |= {"helen", "vance", "governor"}
    role = SourceInfo("governor", "the governor", "official")
    role.words |= {"governor"}
    assert conflicts(named, role)


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [("the mayor left early and he’s sure to return", "he"), ("they’re ready", "they")],
)
def test_a_contracted_pronoun_is_a_pronoun(text: str, pronoun: str) -> None:
    from questions.generate.text import unresolved_pronoun

    assert unresolved_pronoun(text) == pronoun


def test_control_first_person_contractions_stay_speakable() -> None:
    from questions.generate.text import unresolved_pronoun

    assert unresolved_pronoun("the mayor’s plan failed and it’s over", allow_it=True) is None
