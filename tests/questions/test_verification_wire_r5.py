"""Verification after the fifth fresh-wire reading (wire_r5): the cue an explanation quotes is
whole words of the story, "he"/"she" as a verifier is the person the pronoun agrees with, a
records sentence is no bare fact of the outlet's, and more statements asked with a prompt that
stands on its own ("that figure", "the report", "the valuation", "it" after a shared subject).

Every story here was written for these tests (invented names, places and facts); each fix has a
control that must not change.
"""

from __future__ import annotations

import re

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.kinds.fact_or_claim import plain_fact
from questions.model import Claim
from questions.verification import _antecedent
from tests.questions.story_kit import DATA, answer, kinds_built, verifications, wrong_options

HEAD = "Harbour row\n\nKESTON, March 3 (Wire) - "


def _verif(body: str) -> list:
    return kinds_built(HEAD + body + "\n", "verification")


def _prompts(body: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in _verif(body)}


# ---- the cue an explanation quotes: whole words of the story

STORIES = [
    "The Coastal Pipeline Operator confirmed it had shut the valve near Rennick. Its "
    "spokesman, Ivo Brandt, said the leak was found on Monday.",
    "The state Auditor confirmed that three invoices had been paid twice. The mayor said the "
    "money would be repaid.",
    "Fishermen said about 200 nets had been cut. The Harbour Conservator has not confirmed that "
    "figure.",
    "A clip of the flooded tunnel was shared online on Friday. Fire officials said they had "
    "seen the clip but could not verify it.",
]
_QUOTE_MARKS = re.compile(r"[“”‘’\"']")
_CUE = re.compile(r"the words? “((?:[^“”]|“[^”]*”)*?)”")


def _whole_words_in_order(cue: str, text: str) -> bool:
    """Whether every word of a cue is a whole word of the text, in the cue's order."""
    words = [w for w in _QUOTE_MARKS.sub("'", cue).split() if w != "…"]
    pattern = r"[\s\S]*?".join(rf"(?<![\w'-]){re.escape(w)}(?![\w'-])" for w in words)
    return re.search(pattern, _QUOTE_MARKS.sub("'", text)) is not None


def _texts() -> list[str]:
    fixtures = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    return fixtures + [HEAD + body + "\n" for body in STORIES]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t.split("\n", 1)[0][:30])
def test_explanation_cue_words_are_whole_words_of_the_story(text: str) -> None:
    analysis = analyze(text)
    for q in generate(analysis, thin_giveaways=False):
        evidence = q.evidence
        if evidence.cue_span is not None:  # the marked cue starts and ends on word edges
            s, e = evidence.cue_span
            assert not (s > 0 and text[s - 1].isalnum() and text[s].isalnum()), q.explanation
            assert not (e < len(text) and text[e - 1].isalnum() and text[e].isalnum())
        for m in _CUE.finditer(q.explanation):
            assert _whole_words_in_order(m.group(1), evidence.text), (m.group(1), q.explanation)


def test_a_name_ending_in_or_is_not_part_of_the_cue() -> None:
    (q,) = [q for q in _verif(STORIES[0]) if "valve" in q.prompt]
    assert "the word “confirmed”" in q.explanation
    assert "“or confirmed”" not in q.explanation
    s, e = q.evidence.cue_span
    assert q.evidence.text.startswith("The Coastal Pipeline Operator confirmed")
    assert (HEAD + STORIES[0] + "\n")[s:e] == "confirmed"


def test_a_frame_word_before_the_verb_is_still_quoted() -> None:  # control
    body = "Berth workers said a crane had toppled. The port has not confirmed the collapse."
    (q,) = _verif(body)
    assert "“has not confirmed”" in q.explanation


# ---- "he"/"she" as a verifier


def test_he_is_the_man_who_spoke_just_before_not_the_woman_named_earlier() -> None:
    body = (
        'Festival director Wanda Pirelli said the stage had been built to code. "We followed '
        'every rule," she told reporters. Fire officers said the blaze began near a generator. '
        "Site manager Bruno Kallas said crews were still cooling the site. He declined to "
        "confirm reports that a fuel can had been found near the stage."
    )
    found = verifications(HEAD + body)
    assert [by for by, _, _ in found] == ["Bruno Kallas"]
    (q,) = _verif(body)
    assert "Bruno Kallas" in q.prompt and "Pirelli" not in " ".join(q.options)
    assert answer(q) == "Bruno Kallas declined to confirm them"


def test_she_stays_with_the_woman() -> None:  # control
    body = (
        "Festival director Wanda Pirelli said the stage had been built to code. She declined to "
        "confirm reports that a fuel can had been found near the stage."
    )
    assert [by for by, _, _ in verifications(HEAD + body)] == ["Wanda Pirelli"]


def _claim(source: str, kind: str | None, at: int, written: str | None = None) -> Claim:
    return Claim(
        line=1,
        sentence="x",
        sentence_span=(at, at + 50),
        source=source,
        source_text=written or source,
        source_span=(at, at + 5),
        source_kind=kind,
        cue="said",
        cue_span=(at + 6, at + 10),
        content="y",
        content_span=(at + 11, at + 49),
        stance="asserts",
        quote="indirect",
    )


def test_he_with_two_people_of_unknown_gender_close_by_is_not_resolved() -> None:
    claims = [_claim("Tarik Orlov", "person", 0), _claim("Juno Adeyemi", "person", 60)]
    assert _antecedent("he", 130, claims) is None


def test_he_skips_a_woman_the_story_calls_she() -> None:
    claims = [
        _claim("Juno Adeyemi", "person", 0),
        _claim("Tarik Orlov", "person", 60),
        _claim("Tarik Orlov", "person", 120, written="she"),
    ]
    assert _antecedent("he", 200, claims) == "Juno Adeyemi"


# ---- records and data: no bare fact of the outlet's


def test_a_records_sentence_is_not_asked_as_the_outlet_s_fact() -> None:
    assert not plain_fact(
        "Figures released by the port authority show cargo volumes fell by 12 percent in March."
    )
    assert not plain_fact("Shipping logs show the tanker left Keston on 4 March.")
    body = (
        "Figures released by the port authority show cargo volumes fell by 12 percent in March. "
        "Dock union leader Mira Solberg said 300 jobs were at risk."
    )
    for q in kinds_built(HEAD + body + "\n", "fact_or_claim"):
        assert "no source is named" not in q.explanation or "Figures" not in q.explanation


def test_the_same_fact_in_the_outlet_s_own_words_is_still_plain() -> None:  # control
    assert plain_fact("Cargo volumes fell by 12 percent in March.")
    assert plain_fact("The show at the harbour drew 4,000 visitors on Sunday.")


# ---- statements asked with a prompt that stands on its own


def test_has_not_confirmed_that_figure_asks_the_claim_with_the_figure() -> None:
    prompts = _prompts(STORIES[2])
    assert prompts == {
        "According to the story, did the Harbour Conservator confirm the claim that about 200 "
        "nets had been cut?": "The Harbour Conservator has not confirmed it"
    }


def test_has_not_confirmed_that_a_clause_is_still_a_clause() -> None:  # control
    body = "The Harbour Conservator has not confirmed that the nets had been cut."
    assert verifications(HEAD + body) == [
        ("Harbour Conservator", "unverified", "the nets had been cut")
    ]


def test_neither_confirmed_nor_denied_that_account() -> None:
    body = (
        "Diver Tomas Ekberg said the hull had been patched with wood. The ferry company neither "
        "confirmed nor denied that account."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the ferry company confirm the claim that the hull had been "
        "patched with wood?"
    )
    assert answer(q) == "The ferry company neither confirmed nor denied it"


def test_has_yet_to_confirm_the_report_asks_what_was_reported() -> None:  # control
    # (asked before this round: the report's source is read by the rules)
    body = (
        "Radio Ostmark reported that a lorry carrying ballot papers had been found in a barn near "
        "Lunde. The county board has yet to confirm the report."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the county board confirm the claim that a lorry carrying "
        "ballot papers had been found in a barn near Lunde?"
    )
    assert answer(q) == "The county board has not confirmed it"


def test_the_report_of_a_name_the_rules_do_not_read_is_still_resolved() -> None:
    body = (
        "Local station KX 9 reported that a lorry carrying ballot papers had been found in a barn "
        "near Lunde. The county board has yet to confirm the report."
    )
    (q,) = _verif(body)
    assert "a lorry carrying ballot papers had been found" in q.prompt


def test_the_report_with_nothing_reported_before_is_not_asked() -> None:  # control
    body = "Voting ended at eight. The county board has yet to confirm the report."
    assert _verif(body) == []


def test_the_valuation_after_what_records_show() -> None:
    body = (
        "Customs documents seen by Wire show the statue was insured for 4 million euros. The "
        "gallery has not confirmed the valuation."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the gallery confirm that the statue was insured for 4 "
        "million euros?"
    )
    assert answer(q) == "The gallery has not confirmed it"


def test_the_valuation_with_no_figure_before_is_not_asked() -> None:  # control
    body = (
        "Customs documents seen by Wire show the statue was insured. The gallery has not "
        "confirmed the valuation."
    )
    assert _verif(body) == []


def test_it_neither_confirmed_nor_denied_that_it_was_doing_something() -> None:
    body = (
        "The port authority said it had received no complaint about the berth. It neither "
        "confirmed nor denied that it was weighing a bid from the shipping firm."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the port authority confirm that it was weighing a bid from "
        "the shipping firm?"
    )
    assert answer(q) == "The port authority neither confirmed nor denied it"
    assert "The port authority confirmed it" in wrong_options(q)


def test_a_geological_survey_is_a_verifier() -> None:
    body = (
        "The regional geological survey was able to confirm that a tremor of magnitude 3.4 was "
        "recorded near the dam on Sunday, but said it was too early to link it to the cracks."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the regional geological survey confirm that a tremor of "
        "magnitude 3.4 was recorded near the dam on Sunday?"
    )
    assert answer(q) == "The regional geological survey confirmed it"
    assert q.explanation.endswith("the regional geological survey confirmed this.")


def test_a_survey_of_people_is_no_verifier() -> None:
    # the head before "of" is a record (was read as the verifier "survey of residents")
    body = "A survey of residents was able to confirm that most wanted the dam repaired."
    assert verifications(HEAD + body) == []


def test_could_not_verify_it_after_a_shared_subject() -> None:
    (q,) = _verif(STORIES[3])
    assert q.prompt == "According to the story, were fire officials able to verify the clip?"
    assert answer(q) == "Fire officials could not verify it"


def test_could_not_verify_it_with_no_thing_named_is_not_asked() -> None:  # control
    body = "Fire officials said they were worried but could not verify it."
    assert _verif(body) == []


def test_confirmed_it_had_received_and_not_confirmed_what_will_happen() -> None:  # control
    # (both were built before this round; the reading saw neither shipped, for the story's
    # share cap on one kind)
    body = (
        "Councillor Edda Lund wrote to the transport minister asking for the ferry to be saved. "
        "The ministry confirmed it had received the petition. The operator has not confirmed "
        "what will happen to the crew."
    )
    prompts = _prompts(body)
    assert prompts[
        "According to the story, did the ministry confirm that it had received the petition?"
    ] == ("The ministry confirmed it")
    assert prompts[
        "According to the story, did the operator confirm what will happen to the crew?"
    ] == ("The operator has not confirmed it")
