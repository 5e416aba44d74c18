"""Verification questions a strict teacher failed or missed (issue 7, round v4):

* "X has not verified the videos" says no attempt failed: keyed "X has not verified them" and
  asked "has X verified …?", never "X could not verify it";
* a plural matter ("the videos", "reports that …") is "them" in the options;
* "The board confirmed that a survey took place but did not publish its results": what was
  confirmed ends before "but did not …", the board's own act;
* "Officials have not confirmed reports that X" after an official stated X asks nothing;
* "could not independently establish how much …" is a check that failed, as "verify" is.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

import pytest

from tests.questions.story_kit import answer, kinds_built, verifications, wrong_options

HEAD = "Harbour row\n\nKESTON, March 3 (AP) - "


def _questions(body: str):
    return kinds_built(HEAD + body + "\n", "verification")


def _asked(body: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in _questions(body)}


CLIPS = (
    "Crowds gathered in the main square of Keston on Saturday, witnesses said. Videos posted "
    "online appear to show guards firing into the crowd. Reuters has not verified the videos of "
    "the shooting."
)


def test_has_not_verified_is_keyed_as_not_yet_verified() -> None:
    qs = _questions(CLIPS)
    assert len(qs) == 1
    q = qs[0]
    assert q.prompt == "According to the story, has Reuters verified the videos of the shooting?"
    assert answer(q) == "Reuters has not verified them"
    assert "Reuters verified them" in wrong_options(q)
    assert not any("could not" in o for o in [answer(q), *wrong_options(q)])
    assert "could not" not in q.explanation


def test_could_not_verify_keeps_could_not_with_them() -> None:
    body = CLIPS.replace(
        "Reuters has not verified the videos", "Reuters could not verify the videos"
    )
    qs = _questions(body)
    assert [answer(q) for q in qs] == ["Reuters could not verify them"]
    assert qs[0].prompt == (
        "According to the story, was Reuters able to verify the videos of the shooting?"
    )


def test_a_single_matter_stays_it() -> None:
    body = (
        "Footage shared by activists appears to show guards firing near the Keston dock. "
        "Reuters has not verified the footage of the dock."
    )
    assert _asked(body) == {
        "According to the story, has Reuters verified the footage of the dock?": (
            "Reuters has not verified it"
        )
    }


def test_the_confirmed_matter_ends_before_the_verifiers_own_act() -> None:
    body = (
        "Mayor Tilda Orsk said the pier would reopen in June. The harbour board confirmed that "
        "a survey took place in April but did not publish its results."
    )
    assert _asked(body) == {
        "According to the story, did the harbour board confirm that a survey took place in "
        "April?": "The harbour board confirmed it"
    }


def test_but_with_a_subject_of_its_own_is_kept() -> None:
    body = (
        "The harbour board confirmed that a survey took place in April but the results were "
        "never sent to the council."
    )
    found = verifications(HEAD + body + "\n")
    assert [v[2] for v in found] == [
        "a survey took place in April but the results were never sent to the council"
    ]


STORM = (
    "A storm hit the coast near Keston on Friday. Fire chief Ansel Brint said three barns were "
    "destroyed. Officials have not confirmed reports that three barns were destroyed."
)


def test_not_confirmed_after_an_official_stated_it_asks_nothing() -> None:
    assert _asked(STORM) == {}


def test_not_confirmed_after_a_farmer_said_it_is_asked() -> None:
    body = STORM.replace("Fire chief Ansel Brint", "A farmer, Ansel Brint,")
    assert _asked(body) == {
        "According to the story, did officials confirm reports that three barns were "
        "destroyed?": "Officials have not confirmed them"
    }


def test_could_not_establish_how_much_is_a_failed_check() -> None:
    body = (
        "The ministry said the bridge repair had cost far more than planned. Reuters could not "
        "independently establish how much the repair had cost."
    )
    assert _asked(body) == {
        "According to the story, was Reuters able to establish how much the repair had cost?": (
            "Reuters could not establish it"
        )
    }


@pytest.mark.parametrize(
    "body",
    [
        "Police could not establish the cause of the blaze at the Keston depot.",
        "Investigators have not determined how the blaze at the Keston depot started.",
        "Passengers are asked to verify your identity at the gate, the ferry company said.",
        "Travellers must confirm the booking a day ahead, the ferry company said.",
        "The harbour master would not say whether he had resigned.",
        "The senator faces a confirmation hearing next week, her office said.",
    ],
)
def test_controls_ask_nothing(body: str) -> None:
    assert _asked(body) == {}


@pytest.mark.parametrize(
    ("body", "right"),
    [
        (
            "The rebel group Vashti Front said it had downed a drone over the valley. The AP "
            "could not verify the claim.",
            "The AP could not verify it",
        ),
        (
            "A shopkeeper said he had seen soldiers loading crates at night. Reuters was not "
            "able to verify that account.",
            "Reuters could not verify it",
        ),
        (
            "The council published a paper it said came from the port authority. The AP was "
            "able to verify that a copy of the paper matched the one filed with the court.",
            "The AP verified it",
        ),
        (
            "Local television reported that the harbour master had resigned. The port "
            "authority declined to confirm that report.",
            "The port authority declined to confirm it",
        ),
    ],
)
def test_other_wire_forms_keep_their_questions(body: str, right: str) -> None:
    assert list(_asked(body).values()) == [right]


def test_would_not_confirm_whether_is_asked_as_a_value() -> None:
    # not asked in rounds 9-12 (an open question, no claim to key); asked again since branch
    # ver9b as a value, confirmed or not: a teacher counted such statements unasked
    body = (
        "Harbour master Olin Varga left the office on Monday. The port authority would not "
        "confirm whether Varga had resigned."
    )
    asked = _asked(body)
    assert list(asked) == [
        "According to the story, did the port authority confirm whether Varga had resigned?"
    ]
    assert "denied" not in " ".join(asked.values())
