"""Verification statements teachers found unasked or flawed on fresh wire stories (round 8).

Each case is a story file of ``data/verif_r8/`` holding several short invented wire stories
(separated by a line ``=====``), each a different phrasing of the case:

- unasked: "has not confirmed receiving the letter" (a gerund), "could not confirm the death
  toll" (a figure named by itself), "Reporters at the scene were unable to verify the
  accounts" (a group verifier with a place after it, a claim whose subject is a bare plural),
  "could not be immediately and independently verified", "by Reuters immediately", "The
  number of dead at the quarry could not be confirmed";
- flawed: an "it" left in the prompt ("did the agency confirm that it was an attack?" after
  "A blast shook the plant"), and the second half of a reported clause given to the outlet
  ("Police said two people were hurt and the cause of the fire could not be confirmed": the
  police could not confirm it);
- controls that must find nothing, or keep their old reading.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from questions import analyze
from tests.questions.story_kit import DATA, answer, kinds_built

CASES = DATA / "verif_r8"


def _stories(case: str) -> list[str]:
    """The stories of one case's file."""
    return (CASES / f"{case}.txt").read_text(encoding="utf-8").split("\n=====\n")


def _asked(story: str) -> dict[str, str]:
    """Prompt -> keyed answer of a story's verification questions."""
    return {q.prompt: answer(q) for q in kinds_built(story, "verification")}


def _found(story: str) -> list[tuple[str, str, str]]:
    """(by, status, object) of a story's verification statements."""
    return [(v.by, v.status, v.object) for v in analyze(story).stories[0].verification]


ASK = "According to the story, "
EXPECTED = {
    "confirm_gerund": [
        (
            "did the transport ministry confirm receiving the residents' letter?",
            "The transport ministry has not confirmed it",
        ),
        (
            "did Dorvane Shipping confirm receiving the union's complaint?",
            "Dorvane Shipping has not confirmed it",
        ),
        (
            "did the Teller Fund confirm having paid the ransom for two kidnapped engineers?",
            "The Teller Fund declined to confirm it",
        ),
        (
            "did the city council confirm receiving the petition?",
            "The city council has not confirmed it",
        ),
    ],
    "confirm_figure": [
        ("did the police confirm the death toll?", "The police have not confirmed it"),
        ("did officials confirm the number of people hurt?", "Officials have not confirmed it"),
        (
            "did the regional authority confirm the number of homes damaged?",
            "The regional authority has not confirmed it",
        ),
        (  # a figure given just before: the claim it stands for
            "did the police confirm the claim that 14 miners had died in the blast?",
            "The police have not confirmed it",
        ),
    ],
    "unable_reporters": [
        (
            "were reporters at the scene able to verify the claim that soldiers had fired on "
            "shoppers near the old market?",
            "Reporters at the scene could not verify it",
        ),
        (
            "were rescue workers able to verify the claim that several families were still "
            "trapped under the rubble?",
            "Rescue workers could not verify it",
        ),
        (
            "were rescue workers able to verify reports that a second tower had collapsed?",
            "Rescue workers could not verify them",
        ),
        (
            "were journalists at the harbour able to verify the claim that a ferry had run "
            "aground off the cape?",
            "Journalists at the harbour could not verify it",
        ),
    ],
    "adverb_between": [
        (
            "was the outlet able to verify the footage of the depot?",
            "The outlet could not verify it",
        ),
        ("was Reuters able to verify a video of the runway?", "Reuters could not verify it"),
        (
            "was the outlet able to confirm the number of dead at the quarry?",
            "The outlet could not confirm it",
        ),
        (
            "was the outlet able to verify the images of the post?",
            "The outlet could not verify them",
        ),
    ],
    "reported_clause": [
        ("did the police confirm the cause of the fire?", "The police have not confirmed it"),
        ("did the police confirm the cause of the fire?", "The police have not confirmed it"),
        (
            "did fire officials confirm the number of people injured?",
            "Fire officials have not confirmed it",
        ),
        (
            "was the harbour board able to verify the reason for the delay?",
            "The harbour board could not verify it",
        ),
    ],
}
_ASKED = [
    pytest.param(story, prompt, key, id=f"{case}-{k}")
    for case, expected in EXPECTED.items()
    for k, (story, (prompt, key)) in enumerate(zip(_stories(case), expected, strict=True))
]


@pytest.mark.parametrize(("story", "prompt", "key"), _ASKED)
def test_the_statement_is_asked_with_its_verifier_and_status(
    story: str, prompt: str, key: str
) -> None:
    asked = _asked(story)
    assert asked == {ASK + prompt: key}, asked


@pytest.mark.parametrize("k", range(3))
def test_the_speaker_of_a_reported_clause_is_the_verifier_not_the_outlet(k: int) -> None:
    found = _found(_stories("reported_clause")[k])
    assert [(by, status) for by, status, _ in found] == [
        ("Police" if k < 2 else "Fire officials", "unverified")
    ], found


def test_an_it_that_may_stand_for_the_thing_before_is_not_asked() -> None:
    blast, explosion, dam, closed = _stories("it_left")
    # "A blast shook the plant. The agency has not confirmed it was an attack": "it" is the
    # blast, not the agency; the prompt cannot say so, and no question is asked
    assert _asked(blast) == {}
    assert _asked(explosion) == {}
    # controls: an "it" that stands for a claim before, and an "it" that is the verifier itself
    assert _asked(dam) == {
        ASK + "did the water agency confirm the claim that the dam above Elba Ford had burst on "
        "Tuesday?": "The water agency has not confirmed it"
    }
    assert _asked(closed) == {
        ASK + "did the Holm Chemical Company confirm that it had closed the plant for a week?": (
            "The Holm Chemical Company confirmed it"
        )
    }


def test_no_prompt_leaves_an_it_standing_for_something_outside_it() -> None:
    for case in (*EXPECTED, "it_left", "controls"):
        for story in _stories(case):
            for prompt in _asked(story):
                words = prompt.rstrip("?").split()
                assert words[-1] != "it", prompt
                if "that it " in prompt:
                    assert "Company" in prompt, prompt  # the verifier itself


@pytest.mark.parametrize("k", range(6))
def test_paperwork_appointments_and_nothing_make_no_question(k: int) -> None:
    # "verify their identity", "confirm the nominee", "a confirmation hearing", "confirmed as
    # captain", "could not confirm his attendance at the dinner tonight" (a booking, not news),
    # "verify your account", "confirmed nothing", "the morning flight"
    story = _stories("controls")[k]
    assert _asked(story) == {}
    if k < 5:
        assert _found(story) == []


def test_a_noun_in_ing_is_no_gerund_of_an_act() -> None:
    # "have not confirmed seating arrangements": a booking, not "confirmed receiving the letter"
    gala = _stories("controls")[8]
    assert _found(gala) == []
    assert _asked(gala) == {}


def test_a_statement_of_its_own_sentence_and_an_aside_stay_the_outlets() -> None:
    separate, aside, _, pointing_back = _stories("controls")[6:]
    # "Police said two people were hurt in the fire. The cause of the fire could not be
    # confirmed.": the outlet's own check, as before
    assert _found(separate) == [("the outlet", "unverified", "the cause of the fire")]
    assert _asked(separate) == {
        ASK + "was the outlet able to confirm the cause of the fire?": (
            "The outlet could not confirm it"
        )
    }
    # "…, a claim that could not be independently verified": the outlet's, not the ministry's
    assert [(by, status) for by, status, _ in _found(aside)] == [("the outlet", "unverified")]
    # "The ministry said 40 were killed and the figure could not be independently verified":
    # the figure points back to the ministry's words, "independently" is the outlet's check
    assert [(by, status) for by, status, _ in _found(pointing_back)] == [
        ("the outlet", "unverified")
    ]
