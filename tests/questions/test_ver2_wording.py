"""Verification wording teachers failed on invented wire stories (issue 7, ver2).

Each case file of ``data/ver2/`` holds several short invented wire stories (separated by a line
``=====``). Fixed here:

- a sentence-initial capital kept inside a question: "did Organisers confirm", "was Rebels able
  to verify", "the claim given by Government troops", "did City hall confirm";
- agreement with a plural verifier opening an option: "Organisers has not confirmed it",
  "Investigators has not confirmed it" ("have");
- an attribution tail read as what was verified: "has not confirmed receiving the letter, a
  spokesman said", "could not confirm that the driver had fled the scene, a police
  spokeswoman said";
- controls: names keep their capitals ("City Hall", "the Interior Ministry", "Reuters") and
  singular bodies keep "has"/"was" ("the council", "the ministry", "the port authority").

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from questions import analyze
from tests.questions.story_kit import DATA, answer, kinds_built

CASES = DATA / "ver2"


def _stories(case: str) -> list[str]:
    """The stories of one case's file."""
    return (CASES / f"{case}.txt").read_text(encoding="utf-8").split("\n=====\n")


def _asked(story: str) -> dict[str, tuple[str, list[str]]]:
    """Prompt -> (keyed answer, all options) of a story's verification questions."""
    return {q.prompt: (answer(q), list(q.options)) for q in kinds_built(story, "verification")}


ASK = "According to the story, "
EXPECTED = {
    "plural_groups": [
        (
            "did officials confirm the cause of the fire on the ferry?",
            "Officials have not confirmed it",
        ),
        (
            "did the police confirm the number of people hurt in the crash?",
            "The police declined to confirm it",
        ),
        (
            "did organisers confirm the number of fans taken to hospital?",
            "Organisers have not confirmed it",
        ),
        (
            "were rebels able to verify the claim that government troops had shelled a rebel camp "
            "in the Tarna hills?",
            "Rebels could not verify it",
        ),
        (
            "did investigators confirm the cause of the blast at the quarry?",
            "Investigators have not confirmed it",
        ),
        (
            "did witnesses confirm the number of cars on the bridge at the time?",
            "Witnesses have not confirmed it",
        ),
        (
            "did authorities confirm the number of homes flooded in the lower town?",
            "Authorities have not confirmed it",
        ),
        (
            "were rescuers able to verify the number of miners trapped below ground?",
            "Rescuers could not verify it",
        ),
        (
            "did residents confirm the number of stalls destroyed in the blaze?",
            "Residents have not confirmed it",
        ),
        (
            "were the police able to verify the identity of the owner of the warehouse?",
            "The police could not verify it",
        ),
    ],
    "singular_bodies": [
        (
            "did the council confirm that the bus service would be cut?",
            "The council has not confirmed it",
        ),
        (
            "did the Interior Ministry confirm receiving the letter from the families?",
            "The Interior Ministry has not confirmed it",
        ),
        (
            "was Reuters able to verify the location of the tanker video?",
            "Reuters verified it",
        ),
        (
            "did City Hall confirm the claim that the reservoir was nearly empty?",
            "City Hall has not confirmed it",
        ),
        (
            "did city hall confirm that the library would close in June?",
            "City hall has not confirmed it",
        ),
        (
            "did the ministry confirm the number of schools closed by the strike?",
            "The ministry has not confirmed it",
        ),
        (
            "were reporters at the scene able to verify the accounts of the villagers?",
            "Reporters at the scene could not verify them",
        ),
    ],
    "tails": [
        (
            "did the ministry confirm receiving the farmers' letter?",
            "The ministry has not confirmed it",
        ),
        (
            "did the police confirm that the driver had fled the scene?",
            "The police have not confirmed it",
        ),
        # reported by the mayor's office, read since ver3 ("cause" is news)
        ("did officials confirm the cause of the leak?", "Officials have not confirmed it"),
        # "it" is the hospital, the verifier the prompt names just before (ver3)
        (
            "did the hospital confirm the number of patients it took in?",
            "The hospital has not confirmed it",
        ),
    ],
    "mixed": [
        (
            "did organisers confirm the report that the Lomar music festival had sold twice as "
            "many tickets as the field could hold?",
            "Organisers neither confirmed nor denied it",
        ),
        (  # "the opening of the dam gates": news since ver3 (an event noun and its "of")
            "did the police confirm the opening of the dam gates?",
            "The police have not confirmed it",
        ),
        (
            "were officials able to verify the identity of the pilot from papers found at the "
            "site?",
            "Officials verified it",
        ),
        (
            "did the port authority confirm the report that the port strike would end on Friday?",
            "The port authority neither confirmed nor denied it",
        ),
    ],
}
PARAMS = [
    pytest.param(case, i, want, id=f"{case}-{i}")
    for case, wants in EXPECTED.items()
    for i, want in enumerate(wants)
]


@pytest.mark.parametrize(("case", "index", "want"), PARAMS)
def test_prompt_and_key(case: str, index: int, want: tuple[str, str] | None) -> None:
    """Each story's one verification question, worded as a teacher would write it."""
    asked = _asked(_stories(case)[index])
    if want is None:
        assert asked == {}
        return
    prompt, key = want
    assert list(asked) == [ASK + prompt]
    assert asked[ASK + prompt][0] == key


_PLURAL_WRONG = (" has not ", " has ", " was ")


PLURAL_STORIES = [("plural_groups", i) for i in range(10)] + [("mixed", 0), ("mixed", 2)]


@pytest.mark.parametrize(("case", "index"), PLURAL_STORIES)
def test_plural_options_agree(case: str, index: int) -> None:
    """No option of a plural verifier reads "Organisers has" / "Police was"."""
    for _, options in _asked(_stories(case)[index]).values():
        assert not any(bad in option for option in options for bad in _PLURAL_WRONG), options


def test_tail_not_in_object() -> None:
    """The statement's object ends where the spokesman's words end."""
    found = [
        (v.by, v.object)
        for story in _stories("tails")[:2]
        for v in analyze(story).stories[0].verification
    ]
    assert found == [
        ("ministry", "receiving the farmers' letter"),
        ("Police", "the driver had fled the scene"),
    ]


def test_singular_names_keep_capitals_and_has() -> None:
    """Controls: names keep their capitals and singular bodies keep "has"/"was"."""
    for index in range(5):
        for prompt, (key, _) in _asked(_stories("singular_bodies")[index]).items():
            assert " have " not in key and " were " not in prompt, (prompt, key)
    prompts = " ".join(p for s in _stories("singular_bodies") for p in _asked(s))
    assert "City Hall confirm" in prompts and "Interior Ministry" in prompts
    assert "was Reuters able" in prompts and "reuters" not in prompts


def test_plural_explanation_themselves() -> None:
    """ "officials say they verified this themselves", not "… this itself"."""
    (q,) = kinds_built(_stories("mixed")[2], "verification")
    assert "officials say they verified this themselves" in q.explanation
    (q,) = kinds_built(_stories("singular_bodies")[2], "verification")
    assert "Reuters says it verified this itself" in q.explanation  # control: singular
