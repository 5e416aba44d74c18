"""Verification statements on short wire stories of our own become verification questions
(branch ver9b, issue 7).

``data/ver9b/`` holds 37 invented stories (headline, blank line, paragraphs), each with a
verification statement in a different common form. Each fixture's verification questions, as
generated for a quiz (thinning on), are checked whole: prompt and keyed answer, so the status
(confirmed / not verified / neither) and the verifier (the outlet by its own name when the story
names itself or carries an agency credit, else "the outlet") are both checked.

On main before this branch 16 of the 35 fixtures with a verification statement gave a
verification question (17 questions); now 31 (32). Drops fixed here, each a form of English, not
one story's words:

- a claim whose words run on over the check joined to it ("X said 23 were trapped, and Reuters
  could not verify the figure") was no antecedent of "the figure";
- a claim naming its speaker only by a pronoun ("Government forces said they had …", "the party
  said 300 of its supporters …") or opening on a bare noun ("Protesters said police fired …"):
  asked as "the claim by <speaker> that …";
- "whether" (could not be established whether, declined to confirm whether, neither confirm
  nor deny whether): asked as a value, confirmed or not, never denied;
- "the footage", "the recording", "the emails", "the videos" of a verification: the one such
  thing the story brings in (validate.py), also when the sentence bringing it in is in no form
  ``_evidence_before`` reads;
- how the check was made or why it was withheld (", by comparing …", ", citing …") is cut
  from the matter; ", a day after …" after a noun phrase too;
- "It could not confirm …" right after "Reuters was able to verify …" is Reuters;
- "seen by Reuters" names the outlet, and "seen by the Harbour Herald" does when the story
  also says "this newspaper";
- "There was no (independent) confirmation of the figure" is read;
- a headline's "Ministry confirms …" is not asked (the first sentence says it again);
- "confirmed the closure" is a confirmation of news (ver_news_objects.txt).

Still unasked (left): v04 ("The claims, which the BBC has not independently verified, were made
by six people": an accusation before), v14 ("has not confirmed the report" after a report whose
clause holds "she"), v18 ("told The Courier": no self-naming read), v20 ("The claim remains
unverified." after a "posted" claim), and the second claim of v23 ("their fighters still held
…": "held" is no finite verb to ``is_clause``).
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.verification import outlet_name
from tests.questions.story_kit import DATA, answer

CASES = DATA / "ver9b"
ASK = "According to the story, "


def _asked(name: str) -> dict[str, str]:
    """Prompt (without the frame) -> keyed answer of a fixture's verification questions."""
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    qs = [q for q in generate(analyze(text)) if q.kind == "verification"]
    return {q.prompt.removeprefix(ASK): answer(q) for q in qs}


def _found(name: str) -> list[tuple[str, str]]:
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    return [(v.status, v.by) for v in analyze(text).stories[0].verification]


EXPECTED = {
    "v01_own_sentence": None,  # checked below: its "Rebel" keeps a capital
    "v02_second_clause": {
        "was Reuters able to verify the claim that 23 workers were underground when part of "
        "the tunnel gave way?": "Reuters could not verify it",
    },
    "v03_appositive_claim": {
        "was the outlet able to verify the claim that the militia group in the east of Ostrana "
        "had captured a government supply convoy of 12 trucks?": "The outlet could not verify it",
    },
    "v05_yet_to_confirm": {
        "did officials confirm how many people were injured?": "Officials have not confirmed it",
    },
    "v06_declined_to_confirm": {
        "did the club confirm the payment?": "The club declined to confirm it",
    },
    "v07_neither_confirm_nor_deny": {
        "did Estarra's defence ministry confirm that the vessel had entered the area?": (
            "Estarra's defence ministry neither confirmed nor denied it"
        ),
    },
    "v08_did_not_confirm_or_deny": {
        "did Inga Solberg confirm reports that the companies were in talks?": (
            "Inga Solberg neither confirmed nor denied them"
        ),
    },
    "v09_confirmed_by_agent": {
        "did the defence ministry confirm the deaths?": "The defence ministry confirmed them",
    },
    "v10_ministry_confirmed_that": {
        "did the agriculture ministry confirm that the virus had been detected in samples "
        "taken from the farm?": "The agriculture ministry confirmed it",
    },
    "v11_able_to_verify": {"was the AP able to verify the video?": "The AP verified it"},
    "v12_geolocated": {
        "was Reuters able to verify where the footage was filmed?": "Reuters verified it",
    },
    "v13_not_established": {
        "was the outlet able to establish whether the building had been empty at the time?": (
            "The outlet could not establish it"
        ),
    },
    "v16_police_confirmed_death": {
        "did the police confirm the death of a climber on Mount Haldor on Sunday?": (
            "The police confirmed it"
        ),
    },
    "v17_mayor_confirmed": {
        "did Jonas Reiter confirm the closure at a news conference on Tuesday?": (
            "Jonas Reiter confirmed it"
        ),
    },
    "v19_independently_confirmed_ap": {
        "was the Associated Press able to confirm the claim by protesters in the Valdian city "
        "of Darro that police fired live rounds at a crowd of demonstrators on Saturday?": (
            "The Associated Press could not confirm it"
        ),
    },
    "v21_authenticity": {
        "have authorities verified the authenticity of the recording?": (
            "Authorities have not verified it"
        ),
    },
    "v22_outlet_has_verified": {
        "was Reuters able to verify the images, which show a breach near the top of the dam "
        "wall?": "Reuters verified them",
    },
    "v23_neither_claim": {
        "was the outlet able to verify the claim by government forces that they had retaken "
        "the airport outside the city of Brisk after two days of fighting?": (
            "The outlet could not verify it"
        ),
    },
    "v24_not_immediately_possible": {
        "was Reuters able to verify the claim that the attackers had arrived on motorbikes and "
        "fled into the forest?": "Reuters could not verify it",
    },
    "v25_unable_to_verify": {
        "was Reuters able to verify the claim by Kaldova's main opposition party that more "
        "than 300 of its supporters had been detained after a rally in the capital?": (
            "Reuters could not verify it"
        ),
    },
    "v26_spokesperson_confirmed": {
        "did Hilde Brun confirm the arrests on Wednesday?": "Hilde Brun confirmed them",
    },
    "v27_no_independent_confirmation": {
        "was the outlet able to confirm the claim that 40 rebel fighters had been killed in a "
        "raid on a camp in the mountains near the border?": "The outlet could not confirm it",
    },
    "v28_bbc_could_not_verify": {
        "was the BBC able to verify the claim that the hospital ran out of oxygen on Monday and "
        "that at least six patients died as a result?": "The BBC could not verify it",
    },
    "v30_not_confirmed_passive": {
        "has the cause of the blast at the plant been confirmed?": "No, it has not been confirmed",
    },
    "v31_it_after_outlet_check": {
        "was Reuters able to verify that photographs shared by the cooperative were taken on "
        "the Selva?": "Reuters verified it",
        "was Reuters able to confirm the cause of the colour change?": (
            "Reuters could not confirm it"
        ),
    },
    "v32_declined_whether": {
        "did Piet Acker confirm whether the company's offices had been searched?": (
            "Piet Acker declined to confirm it"
        ),
    },
    "v33_headline_confirms": {  # the headline's "Ministry confirms …" is not asked again
        "did the regional health ministry confirm that two children at primary schools in the "
        "city of Harlow have measles?": "The regional health ministry confirmed it",
    },
    "v34_citing_investigation": {
        "did the police confirm whether a weapon had been found at the scene?": (
            "The police neither confirmed nor denied it"
        ),
    },
    "v35_seen_by_this_paper": {
        "was the Harbour Herald able to establish the authenticity of the emails?": (
            "The Harbour Herald could not establish it"
        ),
    },
    "v36_location_not_when": {
        "was Reuters able to confirm the location of the video?": "Reuters confirmed it",
    },
    "v37_videos_unclear": {  # videos the sentence before brings in, in no form _CITED reads
        "was the outlet able to verify the videos?": "The outlet could not verify them",
    },
}


@pytest.mark.parametrize("name", sorted(k for k, v in EXPECTED.items() if v is not None))
def test_fixture_asks_its_verification(name: str) -> None:
    assert _asked(name) == EXPECTED[name]


def test_a_claim_on_its_own_line_asked_about_the_claim_before() -> None:
    (prompt,) = _asked("v01_own_sentence")
    assert prompt.lower() == (
        "was the outlet able to verify the claim that rebel fighters in the northern hills had "
        "shot down an army helicopter near the town of varsko?"
    )


def test_no_wrong_option_denies_a_value_or_a_whether() -> None:
    for name in ("v05_yet_to_confirm", "v13_not_established", "v32_declined_whether"):
        text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
        (q,) = [q for q in generate(analyze(text)) if q.kind == "verification"]
        assert not any("denied" in o or "false" in o for o in q.options), q.options
        assert "The story does not say" in q.options


# ---- controls


def test_document_seen_by_an_outlet_verifies_nothing() -> None:
    # "according to a document seen by Reuters": the outlet saw the paper; it says nothing of
    # having checked what the paper says — no verification statement, no question
    assert _found("v15_document_seen") == []
    assert _asked("v15_document_seen") == {}


def test_identity_nominee_and_hearing_are_no_verification() -> None:
    assert _found("v29_controls") == []
    assert _asked("v29_controls") == {}


def test_headline_confirmation_is_read_but_not_asked() -> None:
    found = _found("v33_headline_confirms")
    assert len(found) == 1  # the first sentence's; the headline, a heading, gives none asked
    assert len(_asked("v33_headline_confirms")) == 1


def test_headline_with_its_own_confirmation_is_not_asked() -> None:
    # a headline "…, health department confirms" is read, but asked only from the sentence
    text = (
        "Two patients die in ward infection outbreak, health department confirms\n\n"
        "Two patients have died after an infection spread through a surgical ward at Arnholt "
        "General Hospital, the regional health department confirmed on Tuesday.\n\n"
        "The ward has been closed to new patients.\n"
    )
    a = analyze(text)
    assert [v.line for v in a.stories[0].verification] == [1, 3]
    qs = [q for q in generate(a) if q.kind == "verification"]
    assert [q.evidence.line for q in qs] == [3]


def test_it_after_another_source_is_not_taken_for_the_outlet() -> None:
    # "It" opens a sentence after a quoted source, not after the outlet's own check: the
    # attribution's reading stands (here the company, not Reuters)
    text = (
        "Mill closes after spill\n\n"
        "Reuters was able to verify a video of the spill.\n\n"
        "Serrana Paper said the leak had been stopped. It could not confirm the cause of the "
        "leak.\n"
    )
    found = [(v.status, v.by) for v in analyze(text).stories[0].verification]
    assert ("unverified", "Reuters") not in found


def test_seen_by_names_the_outlet_only_when_known_or_self_named() -> None:
    body = "Plant to shut\n\nThe plant will shut, according to a letter seen by Reuters.\n"
    a = analyze(body)
    assert outlet_name(a.text, a.stories[0]) == "Reuters"
    body = "Plant to shut\n\nThe plant will shut, according to a letter seen by Tolva Weekly.\n"
    a = analyze(body)
    assert outlet_name(a.text, a.stories[0]) == "the outlet"  # no "this newspaper": unknown


def test_no_confirmation_without_independent_names_no_one() -> None:
    text = (
        "Flood kills farmers, radio says\n\n"
        "Floods in the Marla valley have killed at least 11 farmers, a local radio station "
        "reported on Monday.\n\n"
        "There has been no official confirmation of the deaths.\n"
    )
    qs = [q for q in generate(analyze(text)) if q.kind == "verification"]
    assert {q.prompt.removeprefix(ASK): answer(q) for q in qs} == {
        "have the deaths been confirmed?": "No, they have not been confirmed"
    }


def test_videos_with_a_second_video_in_the_story_stay_unasked() -> None:
    text = (CASES / "v37_videos_unclear.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Results are expected on Monday.",
        "A second video, posted by a candidate, showed a crowded queue.",
    )
    assert [q for q in generate(analyze(text)) if q.kind == "verification"] == []


def test_bare_definite_of_two_things_stays_unasked() -> None:
    # two videos brought in: "the video" says nothing of which one
    text = (
        "Blasts in Kelso\n\n"
        "A video shared on Monday showed smoke over the port. Another video showed a fire at "
        "the station.\n\n"
        "Reuters was able to verify the video.\n"
    )
    qs = [q for q in generate(analyze(text)) if q.kind == "verification"]
    assert qs == []
