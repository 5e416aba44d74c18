"""Issue 7, helper "ver10": evidence an outlet has not seen or verified, written bare ("the
footage", "the emails"), asked as the claim it was cited for in the sentence before ("was the
agency able to verify that …?"), with both sentences as the evidence; nothing asked when no
single claim, nor any other naming of the evidence, says which footage is meant.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.registry import Context
from tests.questions.story_kit import answer, kinds_built

ASK = "According to the story, "


def _wire(body: str) -> str:
    return "Storm in Velka\n\nVELKA, Doran (Reuters) — " + body


def _asked(body: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in kinds_built(_wire(body), "verification")}


ASKED = [
    (
        "Farmers said the dam gates were opened without warning on Friday, according to footage"
        " filmed by a villager. Reuters was unable to verify the footage.",
        "was Reuters able to verify that the dam gates were opened without warning on Friday?",
        "Reuters could not verify it",
    ),
    (
        "Prosecutor Hana Lute said the mayor had taken cash from a builder, citing emails seized"
        " at his office. The newspaper has not seen the emails.",
        "has the newspaper verified that the mayor had taken cash from a builder?",
        "The newspaper has not verified it",
    ),
    (
        "Union leaders said managers had ordered night shifts without pay in letters to staff."
        " The agency has not seen the letters.",
        "has the agency verified that managers had ordered night shifts without pay in letters?",
        "The agency has not verified it",
    ),
]


@pytest.mark.parametrize(("body", "prompt", "key"), ASKED, ids=range(len(ASKED)))
def test_bare_unseen_evidence_is_asked_as_its_claim(body: str, prompt: str, key: str) -> None:
    assert _asked(body) == {ASK + prompt: key}


def test_both_sentences_are_the_evidence() -> None:
    (q,) = kinds_built(_wire(ASKED[0][0]), "verification")
    assert "Farmers said the dam gates" in q.evidence.text
    assert "Reuters was unable to verify the footage." in q.evidence.text
    assert "Farmers said the dam gates" in q.explanation


NOTHING = [
    # two claims before the evidence: which one it was cited for, the story does not say
    "Residents said troops fired first and police said the crowd threw stones, according to a"
    " video shared online. The agency was not able to review the footage.",
    # the evidence is brought in with no claim it is cited for
    "Residents shared a video online on Monday. The agency was not able to review the footage.",
    # the evidence is two sentences back, another claim between
    "A video shared online showed smoke over the port. Officials said the fire was out. The"
    " agency was not able to review the footage.",
    # two videos before it: which one?
    "Residents said troops fired first, citing a video shared online. A second video showed"
    " police at the gate. The agency was not able to review the footage.",
]


@pytest.mark.parametrize("body", NOTHING, ids=range(len(NOTHING)))
def test_no_single_basis_is_not_asked(body: str) -> None:
    assert analyze(_wire(body)).stories[0].verification  # the analysis still finds it
    assert _asked(body) == {}


def test_named_evidence_keeps_its_words_control() -> None:
    body = (
        "Residents said troops fired on the crowd. The agency was not able to verify the"
        " footage of the shooting."
    )
    assert _asked(body) == {
        ASK + "was the agency able to verify the footage of the shooting?": (
            "The agency could not verify it"
        )
    }


def test_context_has_no_new_state() -> None:
    a = analyze(_wire(ASKED[1][0]))
    assert Context(a, a.stories[0]).story is a.stories[0]
