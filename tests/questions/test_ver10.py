"""Verification questions left unasked by round ver9b (branch ver10, issue 7).

``data/ver10/`` holds our own short wire stories. Each checks a form the engine missed, the
question asked whole (prompt and keyed answer: status and verifier), with controls that must
give nothing (or keep what they gave):

- "Neither claim could be verified" after a claim whose verb is an irregular past ("their units
  still held …"): ``is_clause`` read "held" as no finite verb, so the second claim was unasked;
- "X has not confirmed the report" after "The newspaper said Ostlund had told the board she
  would leave …": the clause's "she" is its subject's own, kept as the story writes it
  (controls: another pronoun after it, a subject no claim of the story names as a person);
- "…, but could not establish when it was filmed" after "X was able to confirm the location of
  the clip": the second clause shares the first's subject, and its "it" is the one clip named
  (control: two pictures named, "it" left open, nothing asked);
- "the location of the video" after "Footage posted online …": footage, video, clip and
  recording name one thing when the story brings in only one of them (control: footage and a
  clip, not asked);
- "…, three former guards told The Harbour Star." / "told the Ledger" with "The Ledger could not
  confirm …": the paper a source speaks to is the outlet (control: "told The Hague tribunal");
- "The claim remains unverified." after "The network posted a sample of …" (an act read as a
  claim): the one claim of the sentence before that (control: two claims there, not asked);
- "said it had received reports of looting but could not confirm those reports itself": "itself"
  is no part of the matter, and "those reports" are the reports of looting (control: reports of
  another sentence, not asked);
- "the claim that Rebel fighters …": a capital the group's name had only at its sentence's start
  is lowered in the prompt (control: a name keeps its capitals).
"""

from __future__ import annotations

from pathlib import Path

from questions import analyze
from questions.generate import generate
from tests.questions.story_kit import answer

CASES = Path(__file__).parent / "data" / "ver10"
ASK = "According to the story, "


def _asked(name: str, thin: bool = True) -> dict[str, str]:
    """Prompt (without the frame) -> keyed answer of a story's verification questions."""
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    qs = [q for q in generate(analyze(text), thin_giveaways=thin) if q.kind == "verification"]
    return {q.prompt.removeprefix(ASK): answer(q) for q in qs}


def _found(name: str) -> list[tuple[str, str, str]]:
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    return [(v.status, v.by, v.object) for v in analyze(text).stories[0].verification]


def test_neither_claim_reads_a_claim_with_an_irregular_past() -> None:
    # both claims are asked before thinning (the quiz keeps one: each one's evidence shows the
    # other's answer)
    assert _asked("w01_both_sides_held", thin=False) == {
        "was the outlet able to verify the claim that the navy’s marines had taken the harbour "
        "of Pellan after a night of shelling?": "The outlet could not verify it",
        "was the outlet able to verify the claim by Separatist commanders that their units "
        "still held the lighthouse and the grain quay?": "The outlet could not verify it",
    }


def test_report_whose_clause_has_its_subjects_own_pronoun() -> None:
    assert _asked("w02_report_she") == {
        "did the utility confirm the claim that Ostlund had told the board she would leave at "
        "the end of the month?": "The utility has not confirmed it",
    }


def test_report_with_a_second_pronoun_is_not_asked() -> None:
    # "he would be replaced by his assistant": whose assistant the prompt cannot say for sure
    assert _asked("w03_report_he_other") == {}


def test_report_whose_subject_is_no_named_person_is_not_asked() -> None:
    # "Haldor had told friends she …": no claim of the story names Haldor as a person
    assert _asked("w04_report_unnamed_subject") == {}


def test_second_clause_after_but_shares_the_verifier() -> None:
    assert ("unverified", "Courier", "when the clip was filmed") in _found("w07_where_not_when")
    asked = _asked("w07_where_not_when", thin=False)
    assert asked["was the Courier able to establish when the clip was filmed?"] == (
        "The Courier could not establish it"
    )


def test_second_clause_with_two_pictures_keeps_its_it_and_is_not_asked() -> None:
    assert ("unverified", "Courier", "when it was taken") in _found("w08_two_pictures")
    assert not any("taken" in p for p in _asked("w08_two_pictures", thin=False))


def test_group_named_at_a_sentence_start_is_lowered_in_the_prompt() -> None:
    assert _asked("w05_capital_opener") == {
        "was the outlet able to verify the claim that militia fighters in the western valley "
        "had blown up a road bridge over the river Tarn?": "The outlet could not verify it",
    }


def test_a_name_opening_the_sentence_keeps_its_capitals() -> None:
    assert _asked("w06_name_opener") == {
        "was the outlet able to verify the claim that Varden Guard commanders had shot down "
        "four drones over the port of Ilsk?": "The outlet could not verify it",
    }


def test_the_video_is_the_footage_the_story_brought_in() -> None:
    assert _asked("w09_footage_the_video") == {
        "was the Courier able to verify the location of the video?": "The Courier verified it",
    }


def test_the_video_after_footage_and_a_clip_is_not_asked() -> None:
    # two recordings brought in: which one "the video" is, the prompt cannot say
    assert _asked("w10_footage_and_clip") == {}


def test_paper_a_source_told_is_the_outlet() -> None:
    assert _found("w11_told_the_paper") == [("unverified", "the Harbour Star", "the figure")]
    assert _asked("w11_told_the_paper") == {
        "was the Harbour Star able to verify the figure given by three former guards?": (
            "The Harbour Star could not verify it"
        ),
    }


def test_a_tribunal_told_is_no_outlet() -> None:
    # "told The Hague tribunal": a court named after its city, not the paper
    assert _found("w12_told_the_tribunal") == [("unverified", "the outlet", "the figure")]


def test_paper_told_and_checking_is_asked_as_the_outlets_own_check() -> None:
    # "told the Ledger" and "The Ledger could not independently confirm the figure": the
    # outlet's own check ("was … able to confirm", "could not"), not a third party's silence
    assert _asked("w13_told_the_ledger") == {
        "was the Ledger able to confirm the claim that at least 300 night shifts worked at the "
        "Selm docks had not been paid?": "The Ledger could not confirm it",
    }


def test_the_claim_after_a_posting_is_the_claim_before_it() -> None:
    # "The network posted a sample of the files …" is an act, not what "the claim" stands for
    assert _asked("w14_posted_then_claim", thin=False) == {
        "was the outlet able to verify the claim that the network of activists had obtained the "
        "tax files of 200 senior officials in the province of Dorn?": (
            "The outlet could not verify it"
        ),
    }


def test_the_claim_after_a_posting_and_two_claims_is_not_asked() -> None:
    assert _asked("w15_posted_two_claims", thin=False) == {}


def test_reports_a_body_received_but_could_not_confirm_itself() -> None:
    assert ("unverified", "mission of ceasefire monitors in the district", "those reports") in (
        _found("w16_reports_itself")
    )
    assert _asked("w16_reports_itself", thin=False) == {
        "did the mission of ceasefire monitors in the district confirm the reports of looting?": (
            "The mission of ceasefire monitors in the district has not confirmed them"
        ),
    }


def test_those_reports_of_another_sentence_are_not_asked() -> None:
    # "itself" is cut from the matter, but what "those reports" are, the prompt cannot say
    assert _found("w17_those_reports_back") == [
        ("unverified", "mission of ceasefire monitors", "those reports")
    ]
    assert _asked("w17_those_reports_back", thin=False) == {}


def test_round_ver9b_stories_left_unasked_are_asked() -> None:
    ver9b = CASES.parent / "ver9b"

    def asked(name: str, thin: bool = True) -> dict[str, str]:
        text = (ver9b / f"{name}.txt").read_text(encoding="utf-8")
        qs = generate(analyze(text), thin_giveaways=thin)
        return {q.prompt.removeprefix(ASK): answer(q) for q in qs if q.kind == "verification"}

    assert asked("v14_has_not_confirmed_report") == {
        "did the prime minister's office confirm the claim that Voss had told colleagues she "
        "would step down before the end of the week?": "The prime minister's office has not "
        "confirmed it",
    }
    assert asked("v20_remains_unverified") == {
        "was the outlet able to verify the claim that the group of hackers had stolen the "
        "personal data of more than a million customers of Norland Savings Bank?": (
            "The outlet could not verify it"
        ),
    }
    assert len(asked("v23_neither_claim", thin=False)) == 2
    assert asked("v36_location_not_when", thin=False) == {
        "was Reuters able to confirm the location of the video?": "Reuters confirmed it",
        "was Reuters able to establish when the video was filmed?": (
            "Reuters could not establish it"
        ),
    }
