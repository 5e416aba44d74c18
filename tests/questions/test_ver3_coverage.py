"""Verification statements teachers found left without a question (issue 7, ver3).

Each case file of ``data/ver3/`` holds several short invented wire stories (separated by a line
``=====``). Read here:

- a verification statement that is itself reported ("Officials have yet to confirm the cause
  of the leak, the mayor's office said"): the verifier is the subject, and the question asks
  whether it confirmed ("did officials confirm the cause of the leak?" -> not confirmed);
- a noun of event with its "of"/"to" phrase as news ("the opening of the dam gates", "the cut
  to the bus service", "the closure of the library", "the sale of the vessel");
- an "it" inside the object standing for the verifier ("the number of patients it took in":
  the hospital's), kept as "it" in a prompt that names the verifier just before;
- "declined to confirm or deny whether …" and "would not confirm or deny whether …" (read; not
  asked in rounds 9-12, a "whether" being an open question; asked since branch ver9b as a value,
  confirmed or not, never shown false).

Controls find nothing: "confirm the nominee", "confirmed the booking", "verify your identity",
"a confirmation hearing", "has not confirmed the opening" or "the cause" (an event noun alone:
of what?), "would not say whether …" (no verification), "has not confirmed the date of the
meeting" (a date of an arrangement is scheduling, not a report to check), "whether it was an
accident" (an "it" that may be anything).

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from questions import analyze
from tests.questions.story_kit import DATA, answer, kinds_built

CASES = DATA / "ver3"
ASK = "According to the story, "


def _stories(case: str) -> list[str]:
    """The stories of one case's file."""
    return (CASES / f"{case}.txt").read_text(encoding="utf-8").split("\n=====\n")


def _asked(story: str) -> dict[str, str]:
    """Prompt -> keyed answer of a story's verification questions."""
    return {q.prompt: answer(q) for q in kinds_built(story, "verification")}


EXPECTED = {
    "reported": [
        ("did officials confirm the cause of the leak?", "Officials have not confirmed it"),
        (  # "whether": asked as a value since ver9b (not asked r9-r12)
            "did investigators confirm whether the fire was deliberate?",
            "Investigators have not confirmed it",
        ),
        ("did engineers confirm the cause of the blast?", "Engineers have not confirmed it"),
    ],
    "events": [
        (
            "did the police confirm the opening of the dam gates?",
            "The police have not confirmed it",
        ),
        ("did the council confirm the cut to the bus service?", "The council has not confirmed it"),
        ("did City Hall confirm the closure of the library?", "City Hall has not confirmed it"),
        ("did the club confirm the departure of its coach?", "The club has not confirmed it"),
        (
            "did the shipping line confirm the sale of the vessel?",
            "The shipping line declined to confirm it",
        ),
    ],
    "own_it": [
        (
            "did the hospital confirm the number of patients it took in?",
            "The hospital has not confirmed it",
        ),
        (
            "did the company confirm the amount of fuel it lost in the fire?",
            "The company has not confirmed it",
        ),
        None,  # "whether it was an accident": the "it" is the bang, not the ministry
    ],
    "declined": [
        (  # "whether": asked as a value since ver9b (not asked r9-r12)
            "did the water company confirm whether the pipe had been inspected this year?",
            "The water company neither confirmed nor denied it",
        ),
        None,  # "would not say whether …": no verification
        (
            "did the club confirm whether the striker had asked to leave?",
            "The club neither confirmed nor denied it",
        ),
    ],
    "controls": [None] * 8,
}
PARAMS = [
    pytest.param(case, i, want, id=f"{case}-{i}")
    for case, wants in EXPECTED.items()
    for i, want in enumerate(wants)
]


@pytest.mark.parametrize(("case", "index", "want"), PARAMS)
def test_prompt_and_key(case: str, index: int, want: tuple[str, str] | None) -> None:
    """Each story's one verification question (or none), worded as a teacher would write it."""
    asked = _asked(_stories(case)[index])
    if want is None:
        assert asked == {}
        return
    prompt, key = want
    assert asked == {ASK + prompt: key}


def test_controls_find_no_statement() -> None:
    """Controls: no verification statement at all, not only no question."""
    for story in _stories("controls"):
        assert analyze(story).stories[0].verification == [], story


def test_own_it_resolved_in_the_statement() -> None:
    """The statement's object names the verifier where the story wrote "it", and the reported
    statement's object ends before its attribution."""
    found = [
        (v.by, v.object)
        for case, index in (("own_it", 0), ("reported", 0))
        for v in analyze(_stories(case)[index]).stories[0].verification
    ]
    assert found == [
        ("hospital", "the number of patients the hospital took in"),
        ("Officials", "the cause of the leak"),
    ]
