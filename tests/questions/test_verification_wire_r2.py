"""Verification after the second fresh-wire reading: refusals to confirm, agentless passives
that are no check of the outlet's own, indefinite agents, and prompts that stand on their own.

Every story here was written for these tests (invented names, places and facts); each fix has a
control that must not change.
"""

from __future__ import annotations

from questions.verification import NO_VERIFIER
from tests.questions.story_kit import answer, kinds_built, verifications, wrong_options

HEAD = "Quarry blast\n\nDUNMORE, April 9 - "


def _verif(body: str) -> list:
    return kinds_built(HEAD + body + "\n", "verification")


def _one(body: str) -> tuple[str, str, list[str]]:
    (q,) = _verif(body)
    return q.prompt, answer(q), wrong_options(q)


# ---- "declined to confirm": unverified, asked, keyed as written


def test_declined_to_confirm_a_thing_named_just_before_is_asked() -> None:
    body = (
        "The rower's coach argued that the dose found in her sample was too small to matter. "
        "The rowing federation declined to confirm the dose."
    )
    assert verifications(HEAD + body) == [("rowing federation", "unverified", "the dose")]
    prompt, right, wrong = _one(body)
    assert prompt == "According to the story, did the rowing federation confirm the dose?"
    assert right == "The rowing federation declined to confirm it"
    assert "The rowing federation confirmed it" in wrong


def test_refused_to_confirm_a_withheld_identity_is_unverified() -> None:
    found = verifications(HEAD + "Harbour police refused to confirm her identity.")
    assert found == [("Harbour police", "unverified", "her identity")]


def test_declined_to_confirm_an_appointment_is_nothing() -> None:  # control
    assert verifications(HEAD + "The assembly declined to confirm the nominee.") == []
    assert verifications(HEAD + "The inn declined to confirm the reservation.") == []


def test_declined_to_comment_is_no_verification() -> None:  # control
    assert verifications(HEAD + "The quarry owner declined to comment on the blast.") == []


def test_a_short_withheld_object_not_named_before_is_not_asked() -> None:  # control
    body = "Rangers closed the park road. A ranger declined to confirm the date."
    assert _verif(body) == []


# ---- agentless passives: the outlet only when it is its own check


def test_has_not_been_confirmed_names_no_verifier() -> None:
    body = (
        "Mudslides buried two roads on Monday. The number of missing climbers has not been "
        "confirmed."
    )
    assert verifications(HEAD + body) == [
        (NO_VERIFIER, "unverified", "the number of missing climbers")
    ]
    prompt, right, wrong = _one(body)
    assert prompt == "According to the story, has the number of missing climbers been confirmed?"
    assert right == "No, it has not been confirmed"
    assert not any("outlet" in o.lower() or "denied" in o for o in wrong)


def test_could_not_be_confirmed_stays_the_outlet_s_check() -> None:  # control
    body = "Rescuers said nine miners were trapped, a figure that could not be confirmed."
    assert [by for by, _, _ in verifications(HEAD + body)] == ["the outlet"]


def test_the_outlet_s_own_check_never_offers_that_it_denied() -> None:
    body = "Villagers said 40 sheep were killed by the blast. The figure could not be confirmed."
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, was the outlet able to confirm the claim that 40 sheep were "
        "killed by the blast?"
    )
    assert answer(q) == "The outlet could not confirm it"
    assert not any("denied" in o for o in q.options)


def test_remains_unconfirmed_names_no_verifier_but_unverified_is_the_outlet() -> None:
    assert verifications(HEAD + "The cause of the collapse remains unconfirmed.") == [
        (NO_VERIFIER, "unverified", "the cause of the collapse")
    ]
    assert verifications(HEAD + "The video remains unverified.") == [
        ("the outlet", "unverified", "the video")
    ]


def test_an_indefinite_agent_is_no_one_to_ask() -> None:
    body = (
        "Geologists at Marl University said the rock was 40 million years old. The results of "
        "the dating have not been independently confirmed by another laboratory."
    )
    (q,) = _verif(body)
    assert q.prompt == "According to the story, have the results of the dating been confirmed?"
    assert answer(q) == "No, they have not been confirmed"
    assert not any("laboratory" in o for o in q.options)


def test_a_named_agent_is_still_asked() -> None:  # control
    body = "Two workers died in the blast. The deaths were confirmed by the county coroner."
    (q,) = _verif(body)
    assert q.prompt == "According to the story, did the county coroner confirm the deaths?"
    assert answer(q) == "The county coroner confirmed them"


# ---- prompts that stand on their own


def test_content_runs_to_the_clause_end() -> None:
    body = (
        "The river rescue service confirmed that two canoeists had been taken to hospital but "
        "said neither was badly hurt."
    )
    (q,) = [q for q in _verif(body) if q.prompt.startswith("According to the story, did")]
    assert q.prompt == (
        "According to the story, did the river rescue service confirm that two canoeists had "
        "been taken to hospital?"
    )


def test_geolocating_to_a_place_still_keeps_the_thing() -> None:  # control
    body = "Analysts were able to geolocate the film to a bridge near Tarrow."
    (q,) = _verif(body)
    assert "the film" in q.prompt and "bridge" not in q.prompt


def test_a_dangling_their_is_not_asked() -> None:
    body = (
        "Three divers were found dead on Sunday, although the coastguard has not confirmed "
        "whether the storm caused their deaths."
    )
    assert _verif(body) == []


def test_their_with_its_owner_inside_is_asked() -> None:
    # not asked in rounds 9-12 (a "whether" is an open question); asked as a value since
    # branch ver9b, "their" having its owner inside the clause
    body = "The coastguard has not confirmed whether the divers had checked their tanks."
    (q,) = _verif(body)
    assert q.prompt.endswith("confirm whether the divers had checked their tanks?")


def test_sentence_initial_common_noun_verifier_is_lower_cased_and_short() -> None:
    body = (
        "Two fishermen drowned off Kettleby. Coastguard officers in the port of Hale confirmed "
        "the deaths."
    )
    (q,) = _verif(body)
    assert q.prompt == "According to the story, did coastguard officers in Hale confirm the deaths?"
    assert answer(q) == "Coastguard officers in Hale confirmed them"


def test_a_proper_adjective_verifier_keeps_its_capital() -> None:  # control
    body = "Two fishermen drowned off Kettleby. Norvish officials confirmed the deaths."
    (q,) = _verif(body)
    assert q.prompt == "According to the story, did Norvish officials confirm the deaths?"


def test_a_noun_for_several_things_is_resolved_from_the_sentence_before() -> None:
    body = (
        "Customers sent reports of cracked screens. A former technician, Ida Vale, wrote online "
        "that she had warned of the flaw in a confidential memo report. Lumatek neither confirmed "
        "nor denied the existence of the report."
    )
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did Lumatek confirm the existence of the confidential memo report?"
    )


def test_a_noun_for_one_thing_is_left_as_it_is() -> None:  # control
    body = (
        "A wildfire spread near Orla on Friday. The cause of the fire has not been confirmed. "
        "Crews said the fire was moving north."
    )
    (q,) = _verif(body)
    assert q.prompt == "According to the story, has the cause of the fire been confirmed?"


def test_a_confirmation_after_its_clause_is_asked() -> None:
    body = "The new speed limit takes effect at midnight, the transport ministry confirmed."
    (q,) = _verif(body)
    assert q.prompt == (
        "According to the story, did the transport ministry confirm that the new speed limit "
        "takes effect at midnight?"
    )


def test_an_organisation_confirming_its_own_act_keeps_its_it() -> None:
    body = "The food safety agency confirmed it had opened an inquiry into the bakery."
    qs = _verif(body)
    assert any(
        q.prompt == "According to the story, did the food safety agency confirm that it had "
        "opened an inquiry into the bakery?"
        for q in qs
    )


def test_a_person_s_it_is_not_read_as_the_verifier() -> None:  # control
    body = "A spokesman confirmed it had been postponed."
    assert not any("that it" in q.prompt for q in _verif(body))


def test_a_quotation_s_full_stop_does_not_stand_before_the_question_mark() -> None:
    body = (
        'The water board confirmed that it was "reviewing every pump station in the valley." '
        "Engineers began work on Monday."
    )
    qs = [q for q in _verif(body) if "that it was" in q.prompt]
    assert [q.prompt[-8:] for q in qs] == ['valley"?']


def test_not_confirming_a_reported_interview_is_asked() -> None:
    body = (
        "Her agent, Tomas Hed, reportedly told a radio station that the transfer was agreed. "
        "Hed has not confirmed the interview."
    )
    assert verifications(HEAD + body) == [("Hed", "unverified", "the interview")]
    prompt, right, _ = _one(body)
    assert prompt == "According to the story, did Hed confirm the interview?"
    assert right == "Hed has not confirmed it"


def test_confirming_an_interview_slot_is_nothing() -> None:  # control
    assert verifications(HEAD + "The college confirmed the interview for Monday.") == []


def test_his_identity_is_the_one_man_brought_in_before() -> None:
    body = (
        "A man was detained at the border crossing on Tuesday, customs officers said. He was "
        "carrying forged papers. Customs officers declined to confirm his identity."
    )
    (q,) = [q for q in _verif(body) if "identity" in q.prompt]
    assert q.prompt == "According to the story, did customs officers confirm the man’s identity?"
    assert answer(q) == "Customs officers declined to confirm it"


def test_his_identity_with_two_men_before_is_not_asked() -> None:  # control
    body = (
        "A man was detained at the border crossing and a driver was questioned on Tuesday. "
        "Customs officers declined to confirm his identity."
    )
    assert not any("identity" in q.prompt for q in _verif(body))


def test_an_indefinite_speaker_agent_is_still_a_verifier() -> None:  # as on main
    found = verifications(HEAD + "The blast was confirmed by a mining ministry spokesman.")
    assert found == [("mining ministry spokesman", "confirmed", "the blast")]


def test_refusing_to_confirm_a_person_appointed_is_nothing() -> None:
    assert verifications(HEAD + "The assembly refused to confirm the minister of trade.") == []
