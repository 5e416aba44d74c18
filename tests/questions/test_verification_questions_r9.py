"""Verification questions on short wire stories (round 9, the question builder).

Forms readers listed that the engine read but asked badly, or did not ask: "declined to confirm
the identity of the dead man" offered "Officials denied it" (no one denies an identity); "The
woman's nationality has not yet been confirmed", "had not been able to confirm the sighting",
"had not confirmed the identities of the two victims" were not read at all; "verified the
location of the video but not when it was filmed" was not asked. And prompts that said more or
other than the sentence: "has not confirmed whether …" (an open question, no matter to key), "The
figure could not be verified" after two figures (which one?), or after a claim with a time and a
place (only the number is unverified). Controls: forms asked before keep their question; the
nominee, a bank's identity check, "declined to comment", a confirmation hearing find nothing; a
council confirming its own act is asked as confirmed.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

from questions import analyze
from tests.questions.story_kit import answer, kinds_built, wrong_options

HEAD = "Boat found adrift\n\nPORT ELLIS (AP) — "
ASK = "According to the story, "


def _asked(body: str) -> dict[str, str]:
    """Prompt -> keyed answer of the verification questions of one wire story."""
    return {q.prompt: answer(q) for q in kinds_built(HEAD + body, "verification")}


def _question(body: str, prompt: str):  # noqa: ANN202 - a Question
    (q,) = [q for q in kinds_built(HEAD + body, "verification") if q.prompt == ASK + prompt]
    return q


def _found(body: str) -> list[tuple[str, str, str]]:
    return [(v.by, v.status, v.object) for v in analyze(HEAD + body).stories[0].verification]


# ---- a value (an identity, a nationality, a location) is confirmed or not, never denied


IDENTITY = (
    "A body was recovered from the water near the harbour wall on Tuesday. Officials declined "
    "to confirm the identity of the dead man."
)


def test_declined_to_confirm_an_identity_offers_no_denial() -> None:
    q = _question(IDENTITY, "did officials confirm the identity of the dead man?")
    assert answer(q) == "Officials declined to confirm it"
    assert sorted(wrong_options(q)) == ["Officials confirmed it", "The story does not say"]
    assert "“Officials declined to confirm the identity of the dead man.”" in q.explanation


def test_a_nationality_not_yet_confirmed_is_asked_with_no_verifier() -> None:
    body = (
        "A woman pulled from the sea by fishermen was taken to Ellis General Hospital. The "
        "woman's nationality has not yet been confirmed."
    )
    assert _asked(body) == {
        ASK + "has the woman's nationality been confirmed?": "No, it has not been confirmed"
    }


def test_had_not_confirmed_the_identities_of_two_victims() -> None:
    body = (
        "Two hikers died on Mount Tarrow last week. Authorities had not confirmed the identities "
        "of the two victims."
    )
    q = _question(body, "did authorities confirm the identities of the two victims?")
    assert answer(q) == "Authorities have not confirmed them"
    assert not any("denied" in o or "false" in o for o in q.options)


def test_had_not_been_able_to_confirm_a_sighting() -> None:
    body = (
        "A hiker told local radio she had seen a figure in a red jacket near the summit. Police "
        "had not been able to confirm the sighting near the summit."
    )
    assert _asked(body) == {
        ASK + "did the police confirm the sighting near the summit?": (
            "The police have not confirmed it"
        )
    }


def test_verified_one_thing_but_not_another_asks_the_first() -> None:
    body = (
        "A video shared online appeared to show tanks burning on a highway. The Associated "
        "Press verified the location of the highway video but not when it was filmed."
    )
    q = _question(
        body, "was the Associated Press able to verify the location of the highway video?"
    )
    assert answer(q) == "The Associated Press verified it"
    assert "The story does not say" in q.options
    assert not any("false" in o for o in q.options)


def test_how_a_fire_started_is_a_value_too() -> None:
    q = _question(
        "Fire officials have not confirmed how the fire started.",
        "did fire officials confirm how the fire started?",
    )
    assert answer(q) == "Fire officials have not confirmed it"
    assert not any("denied" in o for o in q.options)


# ---- matters the prompt cannot carry faithfully


def test_whether_is_asked_as_a_value() -> None:
    # Changed (branch ver9b): a teacher's reading of fresh stories counted "has yet to confirm
    # whether …" and "declined to confirm whether …" unasked; the open question is asked as a
    # value now — confirmed or not, never denied.
    body = "The coastguard has not confirmed whether the divers had checked their tanks."
    q = _question(body, "did the coastguard confirm whether the divers had checked their tanks?")
    assert answer(q) == "The coastguard has not confirmed it"
    assert "The story does not say" in q.options
    assert not any("denied" in o or "false" in o for o in q.options)


def test_whether_of_two_matters_is_not_asked() -> None:
    body = "The coastguard has not confirmed whether the divers were local or visitors."
    assert _found(body)  # read, but not asked: "whether X or Y" holds two matters
    assert _asked(body) == {}


def test_the_figure_after_two_figures_is_not_asked() -> None:
    body = (
        "The army said 12 rebels were killed and 30 captured. The figure could not be "
        "independently verified."
    )
    assert _asked(body) == {}


def test_the_figure_of_a_claim_with_a_time_and_place_is_the_figure_given() -> None:
    body = (
        "The rebel command said 40 government soldiers were killed near the town of Orvasa on "
        "Monday. The figure could not be independently verified."
    )
    assert _asked(body) == {
        ASK + "was the Associated Press able to verify the figure given by the rebel command?": (
            "The Associated Press could not verify it"
        )
    }


def test_it_with_nothing_before_is_not_asked() -> None:
    assert _asked("Officials declined to confirm it.") == {}


# ---- controls: asked as before


def test_neither_confirm_nor_deny_a_clause_is_kept() -> None:
    body = "Police would neither confirm nor deny that the boat had been carrying migrants."
    q = _question(body, "did the police confirm that the boat had been carrying migrants?")
    assert answer(q) == "The police neither confirmed nor denied it"
    assert "The police denied it" in q.options  # a clause can be denied


def test_casualty_figures_and_a_gerund_keep_their_questions() -> None:
    body = (
        "Rebels said they had handed evidence of the attack to a United Nations envoy. The "
        "rebels' casualty figures could not be independently verified. The envoy's office "
        "declined to confirm receiving the evidence."
    )
    assert _asked(body) == {
        ASK + "was the Associated Press able to verify the rebels' casualty figures?": (
            "The Associated Press could not verify them"
        ),
        ASK + "did the envoy's office confirm receiving the evidence?": (
            "The envoy's office declined to confirm it"
        ),
    }


def test_a_figure_with_no_time_or_place_stays_the_claim() -> None:
    body = "Villagers said 40 sheep were killed by the blast. The figure could not be confirmed."
    assert _asked(body) == {
        ASK + "was the Associated Press able to confirm the claim that 40 sheep were killed by "
        "the blast?": "The Associated Press could not confirm it"
    }


def test_a_council_confirming_its_own_act() -> None:
    body = "The Lindholm town council confirmed it had closed the Brook Street pool on Tuesday."
    q = _question(
        body,
        "did the Lindholm town council confirm that it had closed the Brook Street pool on "
        "Tuesday?",
    )
    assert answer(q) == "The Lindholm town council confirmed it"


def test_nominee_bank_identity_comment_and_hearing_find_nothing() -> None:
    body = (
        "The Senate is expected to confirm the nominee, Judge Amos Terrell, next week. A "
        "confirmation hearing is set for Thursday. Customers of Harlow Savings Bank were asked "
        "to verify their identity before the branch reopened. A bank spokeswoman declined to "
        "comment."
    )
    assert _found(body) == []
    assert _asked(body) == {}


# ---- "his identity": the one person the sentences before bring in, told apart from others


def test_his_identity_when_the_story_has_another_man_is_not_asked() -> None:
    body = (
        "A man was killed when a fire broke out at a fuel depot on Friday. Another man was "
        "arrested nearby. Police declined to confirm his identity."
    )
    assert _asked(body) == {}


def test_his_identity_names_the_second_man() -> None:
    body = (
        "A man was killed when a fire broke out at a fuel depot on Friday.\n\n"
        "Firefighters worked through the night to put out the blaze.\n\n"
        "A second man was seen running from the depot. Police declined to confirm his identity."
    )
    q = _question(body, "did the police confirm the second man’s identity?")
    assert answer(q) == "The police declined to confirm it"
    assert not any("denied" in o for o in q.options)


def test_his_identity_with_one_man_in_the_story() -> None:  # control
    body = "A man was killed at the depot on Friday. Police declined to confirm his identity."
    assert list(_asked(body)) == [ASK + "did the police confirm the man’s identity?"]


def test_the_figure_after_two_sources_figures_is_not_asked() -> None:
    body = (
        "The army said 12 rebels were killed, while the rebels said 40 soldiers had died. The "
        "figure could not be independently verified."
    )
    assert _asked(body) == {}
