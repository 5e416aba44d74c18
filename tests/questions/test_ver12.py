"""Verification questions a strict teacher rejected, and verification left unasked (branch ver12).

Rejected questions, fixed on the question side:

- a passive's agent with a time phrase after it ("was confirmed by Pellmoor Royal Infirmary late
  on Tuesday"): the verifier is the whole name, never "Infirmary late" (the agent is read
  without "late on …", "earlier this week", "yesterday" in ``questions/verification.py``); and a
  subject with an aside of "of" ("The second death, of a 52-year-old woman, was confirmed …")
  is asked whole as a noun phrase ("the second death, that of a 52-year-old woman"), never as a
  cut "that" clause;
- "His team had been able to verify …" after a named person: "Anders Kjell’s team", never a
  bare "the team" (nothing asked when two people speak there, or the pronoun does not fit);
- a speech tag closing the matter ("…, the coastguard said in a statement on Friday",
  "…, according to the regional governor") is no part of the prompt.

Coverage (status and verifier, or nothing when unclear):

- "has yet to confirm whether it has received a complaint": a body's "it" (not a person's "he");
- "said it was not (yet) in a position to verify …": not verified ("has not verified it");
- "… but could not establish the full scale of the theft": not established;
- "would not say whether it had opened an investigation": neither confirmed nor denied, by a body
  (not "The mayor would not say whether the pool would reopen");
- "Video shared …, whose authenticity could not be independently confirmed": the outlet could
  not confirm the authenticity of the video;
- "The ledgers, which have not been independently verified, …": the outlet has not verified
  the ledgers the sentence before brought in (nothing when none was).

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from questions import analyze
from tests.questions.story_kit import answer, kinds_built

ASK = "According to the story, "


def _story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _asked(*paragraphs: str) -> dict[str, str]:
    """Prompt (without its frame) -> keyed answer of a story's verification questions."""
    return {
        q.prompt.removeprefix(ASK): answer(q)
        for q in kinds_built(_story(*paragraphs), "verification")
    }


def _explained(*paragraphs: str) -> list[str]:
    return [q.explanation for q in kinds_built(_story(*paragraphs), "verification")]


def _found(*paragraphs: str) -> list[tuple[str, str, str]]:
    return [
        (v.status, v.by, v.object) for v in analyze(_story(*paragraphs)).stories[0].verification
    ]


# --- 1. a passive's agent and a time phrase; an aside of "of" -----------------------------

INFIRMARY = (
    "Two dead in Pellmoor fever cluster",
    "Two people have died after a cluster of fever cases in Pellmoor, health officials said on "
    "Monday.",
    "The second death, of a 52-year-old woman, was confirmed by Pellmoor Royal Infirmary late on "
    "Tuesday. The first patient died last week.",
)


def test_agent_keeps_its_whole_name_and_the_aside_is_asked_whole() -> None:
    assert _asked(*INFIRMARY) == {
        "did Pellmoor Royal Infirmary confirm the second death, that of a 52-year-old woman?": (
            "Pellmoor Royal Infirmary confirmed it"
        )
    }


@pytest.mark.parametrize(
    ("when", "agent"),
    [
        ("late on Tuesday", "Pellmoor Royal Infirmary"),
        ("earlier this week", "Pellmoor Royal Infirmary"),
        ("yesterday", "Pellmoor Royal Infirmary"),
        ("overnight", "Pellmoor Royal Infirmary"),
        ("last night", "Pellmoor Royal Infirmary"),
    ],
)
def test_time_phrases_are_no_part_of_the_agent(when: str, agent: str) -> None:
    found = _found(
        "Fever cluster",
        f"The closure of the Pellmoor ward was confirmed by Pellmoor Royal Infirmary {when}.",
    )
    assert found == [("confirmed", agent, "the closure of the Pellmoor ward")]


def test_council_agent_before_earlier_this_week() -> None:
    asked = _asked(
        "Dunmere bridge shut",
        "The Dunmere footbridge will stay shut through the winter, engineers said.",
        "The closure of the footbridge was confirmed by Dunmere County Council earlier this week.",
    )
    assert asked == {
        "did the Dunmere County Council confirm the closure of the footbridge?": (
            "The Dunmere County Council confirmed it"
        )
    }


def test_control_an_agent_without_a_time_phrase_is_unchanged() -> None:
    found = _found(
        "Fever cluster",
        "The closure of the Pellmoor ward was confirmed by officials at the health ministry.",
    )
    assert found == [
        ("confirmed", "officials at the health ministry", "the closure of the Pellmoor ward")
    ]


# --- 2. "His team" --------------------------------------------------------------------------

BREACH = (
    "Hackers claim theft of Brightmoor data",
    "Online retailer Brightmoor said on Monday it was looking into a possible breach after a group "
    "claimed to have stolen customer data.",
    "Corvane Security researcher Anders Kjell said the leaked sample included names and "
    "postcodes. His team had been able to verify that several of the postcodes matched real "
    "Brightmoor orders, he said, but could not establish the full scale of the theft.",
    "Brightmoor said its own engineers were reviewing the claims.",
)


def test_his_team_is_the_named_persons_team_and_the_scale_is_asked() -> None:
    assert _asked(*BREACH) == {
        "was Anders Kjell’s team able to verify that several of the postcodes matched real "
        "Brightmoor orders?": "Anders Kjell’s team verified it",
        "was Anders Kjell’s team able to establish the full scale of the theft?": (
            "Anders Kjell’s team could not establish it"
        ),
    }


def test_her_staff_after_a_role_and_a_name() -> None:
    asked = _asked(
        "Pollen count",
        "Botanist Ingrid Falk said the pollen season had started a fortnight early. Her staff had "
        "been able to confirm that birch pollen was present in samples from six towns, she said.",
    )
    assert asked == {
        "did Ingrid Falk’s staff confirm that birch pollen was present in samples from six "
        "towns?": "Ingrid Falk’s staff confirmed it"
    }


@pytest.mark.parametrize(
    "body",
    [
        # two people speak in the sentence before "His team": whose?
        "Engineer Halvard Moss said the dam wall had cracked, while surveyor Piet Lund said the "
        "crack was old. His team had been able to verify that water was seeping through the wall, "
        "he said.",
        # "Her team" after a man's name the lexicon knows: someone else's
        "Engineer Thomas Moss said the dam wall had cracked. Her team had been able to verify that "
        "water was seeping through the wall, she said.",
        # no one named: "His team" of a spokesman
        "A spokesman said the dam wall had cracked. His team had been able to verify that water "
        "was seeping through the wall, he said.",
    ],
)
def test_control_a_team_whose_owner_is_unclear_is_not_asked(body: str) -> None:
    assert _asked("Reservoir", body) == {}


# --- 3. a speech tag closing the matter ---------------------------------------------------

FERRY = (
    "Ferry hull breached",
    "A ferry ran aground off Skelwick on Thursday night with 90 people on board, all of whom were "
    "taken off safely.",
    "Navy divers have been able to verify that the hull was breached below the waterline, the "
    "coastguard said in a statement on Friday, adding that it was too early to say what the ferry "
    "had struck.",
)


def test_a_said_tag_is_cut_from_the_prompt_and_named_in_the_explanation() -> None:
    assert _asked(*FERRY) == {
        "were navy divers able to verify that the hull was breached below the waterline?": (
            "Navy divers verified it"
        )
    }
    (why,) = _explained(*FERRY)
    assert why.endswith("navy divers verified this, according to the coastguard.")


def test_control_a_spokeswoman_tag_the_analysis_cut_already() -> None:
    asked = _asked(
        "Grain silo",
        "A grain silo collapsed at the Tarrow docks on Monday, the port authority said.",
        "Engineers were able to confirm that the silo had been overloaded, a spokeswoman for the "
        "port authority said.",
    )
    assert asked == {
        "did engineers confirm that the silo had been overloaded?": "Engineers confirmed it"
    }


def test_an_according_to_tag_is_cut() -> None:
    asked = _asked(
        "Border clash",
        "An artillery strike on the border village of Mereth killed at least nine people on "
        "Saturday, according to the regional governor, a toll that could not be independently "
        "verified.",
    )
    assert asked == {
        "was the outlet able to verify that an artillery strike on the border village of Mereth "
        "killed at least nine people on Saturday?": "The outlet could not verify it"
    }


# --- 4. coverage ------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["Water Standards Board", "Coastal Fisheries Panel"])
def test_yet_to_confirm_whether_it_of_a_body(body: str) -> None:
    asked = _asked(
        "Regulator silent",
        "A newspaper reported on Monday that the water company Calder Springs had breached its "
        "permit.",
        f"The {body}, the body that polices water firms, has yet to confirm whether it has "
        "received a complaint.",
    )
    assert asked == {
        f"did the {body} confirm whether it has received a complaint?": (
            f"The {body} has not confirmed it"
        )
    }


def test_control_yet_to_confirm_whether_he_is_not_asked() -> None:
    asked = _asked(
        "Coach",
        "A newspaper reported that the coach of Ambry Rovers had been approached by a rival club.",
        "The club chairman, Dario Venn, has yet to confirm whether he has received an offer.",
    )
    assert asked == {}


SEALS = (
    "Dead seals on the Skelmere coast",
    "Dead seals have been washing up on the Skelmere coast since last week, according to the "
    "Skelmere Seal Trust, a wildlife charity.",
    "The charity said its volunteers had found more than 200 dead seals, a figure the Marine "
    "Conservation Office said it was not yet in a position to verify.",
)


def test_not_yet_in_a_position_to_verify_an_aside() -> None:
    assert _found(*SEALS) == [
        (
            "unverified",
            "Marine Conservation Office",
            "its volunteers had found more than 200 dead seals",
        )
    ]
    assert _asked(*SEALS) == {
        "has the Marine Conservation Office verified the claim that the charity’s volunteers had "
        "found more than 200 dead seals?": ("The Marine Conservation Office has not verified it")
    }


def test_said_it_was_not_in_a_position_to_verify_the_figure() -> None:
    asked = _asked(
        "Dead seals",
        "The Skelmere Seal Trust, a wildlife charity, said its volunteers had found more than 200 "
        "dead seals.",
        "The Marine Conservation Office said it was not in a position to verify the figure.",
    )
    assert asked == {
        "has the Marine Conservation Office verified the claim that the Skelmere Seal Trust’s "
        "volunteers had found more than 200 dead seals?": (
            "The Marine Conservation Office has not verified it"
        )
    }


def test_control_now_in_a_position_to_confirm_is_no_statement() -> None:
    assert (
        _found(
            "Seals",
            "Volunteers said they had found more than 200 dead seals on the Skelmere coast.",
            "The Marine Conservation Office said it was now in a position to confirm the figure.",
        )
        == []
    )


def test_could_not_establish_the_full_extent() -> None:
    asked = _asked(
        "Warehouse fire",
        "Fire crews from three towns fought a blaze at a Harlow Street warehouse overnight, the "
        "fire service said.",
        "Investigators had been able to confirm that the fire began in a loading bay, the service "
        "said, but could not establish the full extent of the damage.",
    )
    assert asked == {
        "did investigators confirm that the fire began in a loading bay?": (
            "Investigators confirmed it"
        ),
        "were investigators able to establish the full extent of the damage?": (
            "Investigators could not establish it"
        ),
    }


def test_control_could_not_establish_the_cause_is_left() -> None:
    assert (
        _found("Depot fire", "Police could not establish the cause of the blaze at the depot.")
        == []
    )


@pytest.mark.parametrize(
    ("body", "prompt"),
    [
        (
            "The Markets Authority said it had read the report but would not say whether it had "
            "opened an investigation.",
            "did the Markets Authority confirm whether it had opened an investigation?",
        ),
        (
            "The Markets Authority would not say whether it had received a complaint.",
            "did the Markets Authority confirm whether it had received a complaint?",
        ),
    ],
)
def test_would_not_say_whether_it_had(body: str, prompt: str) -> None:
    asked = _asked(
        "Regulator",
        "Shares in the Pell Mining group fell 12% after a short seller accused it of hiding "
        "losses.",
        body,
    )
    assert asked == {prompt: "The Markets Authority neither confirmed nor denied it"}


@pytest.mark.parametrize(
    "body",
    [
        "The Ivers swimming pool has been closed since a roof panel fell in May. The mayor would "
        "not say whether the pool would reopen next week.",
        "The harbour master, Eska Dorn, would not say whether she had received a complaint.",
        "The Markets Authority would not say whether the shares would be suspended.",
    ],
)
def test_control_would_not_say_whether_of_a_person_or_a_plan(body: str) -> None:
    assert _asked("Harbour", body) == {}


def test_whose_authenticity_could_not_be_confirmed() -> None:
    asked = _asked(
        "Dam collapse",
        "A dam in the hills above Varosh gave way on Tuesday, flooding two villages, local "
        "officials said.",
        "Video shared on messaging apps, whose authenticity could not be independently confirmed, "
        "appeared to show water pouring through a breach in the wall.",
    )
    assert asked == {
        "was the outlet able to confirm the authenticity of the video shared on messaging apps?": (
            "The outlet could not confirm it"
        )
    }


def test_which_have_not_been_verified_of_papers_named_before() -> None:
    asked = _asked(
        "Club finances",
        "The complaint cited bank records and what it described as internal ledgers kept by the "
        "club's former treasurer.",
        "The ledgers, which have not been independently verified, seem to record payments to two "
        "agents.",
    )
    assert asked == {"has the outlet verified the ledgers?": "The outlet has not verified them"}


def test_control_which_of_papers_never_named_before() -> None:
    asked = _asked(
        "Club finances",
        "The club's accounts were filed late this year.",
        "The ledgers, which have not been independently verified, seem to record payments to two "
        "agents.",
    )
    assert asked == {}
