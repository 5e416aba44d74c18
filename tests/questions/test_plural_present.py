"""Cues in the present tense after a plural subject ("Prosecutors allege that …", "Critics accuse
the mayor of …", "Residents describe the water as …"): the lexicon held only "alleges",
"accuses", "describes" for some thirty verbs, so wire copy in the present tense lost its claims.
Controls: the bare form after "to" is no cue of its own.
"""

from __future__ import annotations

import pytest

from questions import analyze

HEAD = "Mayor charged\n\nHARTLEY (AP) — "


def _claims(sentence: str) -> list[tuple[str, str, str]]:
    story = analyze(HEAD + sentence + "\n").stories[0]
    return [(c.source or "", c.cue or "", c.stance) for c in story.claims if c.line == 3]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prosecutors allege that Gerald Finn steered three contracts to a builder.",
            ("Prosecutors", "allege", "accuses"),
        ),
        ("Critics accuse the mayor of ignoring the flood.", ("Critics", "accuse", "accuses")),
        (
            "Residents describe the water as brown and bitter.",
            ("Residents", "describe", "characterizes"),
        ),
        (
            "Both governments reject the charge that they armed the rebels.",
            ("Both governments", "reject", "denies"),
        ),
        (
            "“We will win,” write the authors of the letter.",
            ("authors of the letter", "write", "asserts"),
        ),
    ],
)
def test_a_plural_subject_in_the_present(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("He decided to write a book about the war.", "write"),
        ("Officials refused to describe the plan.", "describe"),
    ],
)
def test_control_the_bare_form_after_to_is_no_cue_of_its_own(sentence: str, cue: str) -> None:
    assert all(not c[1].endswith(cue) for c in _claims(sentence))
