"""Attribution fixes of branch attr3 (issue 7, train 2-fold F1), from audited errors.

Two words the learned model takes for cues where no one is speaking: "clear" / "unclear" after a
form of "be" ("It is not clear whether …", "One thing was clear: …") is the outlet's own
statement, and "question" as a noun after a determiner or possessive ("The question of whether
…", "a pointed question about …") names a topic, not an act. Every sentence is written here; each
case has controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.learned import cue_model


def _cues(text: str) -> list[str]:
    """The cue text of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                out.append(text[c.cue_span[0] : c.cue_span[1]])
    return out


_HEAD = "Harbor board weighs new tolls\n\n"

needs_model = pytest.mark.skipif(cue_model() is None, reason="no learned cue model")


# --- "clear" / "unclear" after a form of "be": the outlet's own statement


@needs_model
@pytest.mark.parametrize(
    "sentence",
    [
        "It is not clear whether the harbor board will raise the tolls before winter.",
        "It is unclear how the board would pay for the ferry.",
        "It is also clear that the ferry costs more than the bridge.",
    ],
)
def test_impersonal_clear_is_no_cue(sentence: str) -> None:
    assert not any(c.lower().endswith("clear") for c in _cues(_HEAD + sentence))


@needs_model
@pytest.mark.parametrize(
    "sentence, cue",
    [
        # a speaker who is clear about something still speaks
        ("Mayor Lena Voss was clear about one thing: the ferry must sail.", "clear"),
        # a listed cue beside the adjective keeps its claim
        ("Voss said it was not clear whether the tolls would rise.", "said"),
    ],
)
def test_clear_controls(sentence: str, cue: str) -> None:
    assert cue in _cues(_HEAD + sentence)


# --- "question" as a noun after a determiner or possessive: a topic, no act


@needs_model
@pytest.mark.parametrize(
    "sentence",
    [
        "The question of whether the tolls will rise has hung over the harbor for a year.",
        "The question is whether the ferry can sail in winter.",
    ],
)
def test_question_noun_is_no_cue(sentence: str) -> None:
    assert "question" not in _cues(_HEAD + sentence)


@needs_model
def test_question_verb_control() -> None:
    text = _HEAD + "Critics continued to question whether the board could pay for the ferry."
    assert "question" in _cues(text)
