"""Verification coverage on wire stories with several verification statements (round 12).

Causes: a pointing-back subject ("The figures could not be confirmed") read its claim only in
the sentence before, so a second verification statement standing between them ("Reuters could
not independently verify the footage.") cost the question; a restated clause opening on "they"
("Rebel fighters said they had captured …, a claim which could not be independently verified")
was never asked, "they" standing for no source the prompt could name; and share trimming cut a
story's third verification question (scarce) while a mark-the-words question stayed.
Controls: "declined to confirm whether …" asks nothing, "declined to confirm the report" is
asked, an identity is confirmed or not (never denied or shown false), "confirmed her
attendance" asks nothing, "they" of a named group is not resolved.

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from tests.questions.story_kit import answer, kinds_built

ASK = "According to the story, "


def _asked(text: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in kinds_built(text, "verification")}


def _shipped(text: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in generate(analyze(text)) if q.kind == "verification"}


DEPOT = (
    "Drone hits fuel depot\n\nKALDERA, Varnia (Reuters) — A drone struck a fuel depot outside "
    "the border town of Kaldera on Sunday, local officials said.\n\n"
    "Regional governor Tomas Lenk said four workers were killed and eleven were hurt in the "
    "strike.\n\n"
    "Reuters could not independently verify the footage.\n\n"
    "The figures could not be confirmed.\n\n"
    "The Varnian defence ministry declined to confirm whether the drone had been shot down "
    "before it reached the depot.\n\n"
    "Residents said fire crews worked through the night to put out the blaze.\n"
)


def test_figures_read_past_a_second_verification_statement() -> None:
    asked = _asked(DEPOT)
    prompt = (
        ASK + "was Reuters able to confirm the claim that four workers were killed and eleven "
        "were hurt in the strike?"
    )
    assert asked.get(prompt) == "Reuters could not confirm it"


def test_declined_to_confirm_whether_still_asks_nothing() -> None:
    assert not any("drone had been shot down" in p for p in _asked(DEPOT))


def test_figures_after_an_other_claim_between_are_not_read_back() -> None:
    # the sentence between is a claim, not a verification statement: "the figures" may be its
    body = DEPOT.replace(
        "Reuters could not independently verify the footage.",
        "Residents said a second depot nearby was also hit.",
    )
    assert not any("four workers" in p for p in _asked(body))


AIRFIELD = (
    "Rebels claim airfield\n\nTARSO, Delmar (Reuters) — Rebel fighters said on Tuesday they had "
    "captured a military airfield north of Tarso after two days of fighting, a claim which "
    "could not be independently verified.\n\n"
    "The army said its troops still held the airfield and had pushed the rebels back.\n\n"
    "A resident of a nearby village said he had heard heavy shelling throughout the night.\n"
)


def test_they_of_a_plain_group_is_the_group_in_a_restated_claim() -> None:
    prompt = (
        ASK + "was Reuters able to verify the claim that rebel fighters had captured a military "
        "airfield north of Tarso after two days of fighting?"
    )
    assert _asked(AIRFIELD).get(prompt) == "Reuters could not verify it"


def test_they_of_a_named_group_is_not_resolved() -> None:
    body = AIRFIELD.replace("Rebel fighters said", "The Black Tide Brigade said")
    assert not any("captured" in p for p in _asked(body))


def test_they_in_a_passive_clause_is_not_resolved() -> None:
    body = AIRFIELD.replace(
        "they had captured a military airfield north of Tarso after two days of fighting",
        "they had been shelled near a military airfield north of Tarso",
    )
    assert not any("shelled" in p for p in _asked(body))


TRADE = (
    "Ministry silent on trade report\n\nBRESSA, Ostmark (AFP) — A newspaper in Bressa reported "
    "on Monday that Ostmark had agreed to lift tariffs on steel in exchange for lower gas "
    "prices.\n\n"
    "The trade ministry declined to confirm the report.\n\n"
    "Opposition leader Vera Kolb said the government had kept parliament in the dark.\n\n"
    "Council member Dora Pell confirmed her attendance at a hearing on the deal next week.\n"
)


def test_declined_to_confirm_the_report_is_still_asked() -> None:
    prompt = (
        ASK + "did the trade ministry confirm the claim that Ostmark had agreed to lift tariffs "
        "on steel in exchange for lower gas prices?"
    )
    assert _asked(TRADE).get(prompt) == "The trade ministry declined to confirm it"


def test_confirmed_her_attendance_asks_nothing() -> None:
    assert not any("attendance" in p or "Pell" in p for p in _asked(TRADE))


def test_an_identity_not_confirmed_is_never_denied() -> None:
    text = (
        "Two die in fire\n\nMERRIDALE (AP) — Two people died when a fire tore through an "
        "apartment block early on Friday, the city fire service said.\n\n"
        "Police have not confirmed the identity of the victims.\n"
    )
    (q,) = [q for q in kinds_built(text, "verification") if "identity" in q.prompt]
    assert answer(q) == "The police have not confirmed it"
    assert not any("denied" in o or "false" in o for o in q.options)


# ---- caps: a story's third verification question outlasts a mark-the-words question

REBELS = (
    "Rebels claim airfield\n\nTARSO, Delmar (Reuters) — Rebel fighters said on Tuesday they had "
    "captured a military airfield north of Tarso after two days of fighting, a claim which "
    "could not be independently verified.\n\n"
    "The army said its troops still held the airfield and had pushed the rebels back.\n\n"
    "Rebel spokesman Idris Malo said 30 soldiers had surrendered. Reuters was unable to verify "
    "the number.\n\n"
    "The agency said it had verified the images posted by the rebels showing a burned-out "
    "hangar.\n\n"
    "A resident of a nearby village said he had heard heavy shelling throughout the night.\n"
)


def test_three_verification_questions_survive_the_share_cap() -> None:
    shipped = _shipped(REBELS)
    assert len(shipped) == 3
    assert shipped[
        ASK + "was Reuters able to verify the claim that 30 soldiers had surrendered?"
    ] == ("Reuters could not verify it")


def test_a_fourth_verification_question_is_still_trimmed_in_a_short_quiz() -> None:
    # four statements, few other questions: the share still holds verification to three
    body = REBELS.replace(
        "A resident of a nearby village said he had heard heavy shelling throughout the night.",
        "Army spokesman Oskar Brenn said 12 rebels had been killed. The figure could not be "
        "independently verified.",
    )
    assert len(_shipped(body)) <= 3


# ---- pointing nouns: "those emails", "the account of her brother"


def _velka(body: str) -> str:
    return "Mayor accused\n\nVELKA, Doran (Reuters) — " + body


def test_those_emails_are_asked_as_the_claim_they_were_cited_for() -> None:
    body = (
        "Prosecutor Hana Lute said the mayor had taken cash from a builder, citing emails "
        "seized at his office. Reuters has not seen those emails.\n\n"
        "The mayor's office said he would answer the charges in court.\n"
    )
    prompt = ASK + "has Reuters verified that the mayor had taken cash from a builder?"
    assert _asked(_velka(body)) == {prompt: "Reuters has not verified it"}


def test_those_documents_with_no_claim_cited_asks_nothing() -> None:
    body = (
        "A newspaper in Velka reported that the city had agreed to sell its harbour.\n\n"
        "The newspaper said it had obtained documents setting out the terms of the sale. "
        "Reuters has not seen those documents.\n"
    )
    assert not any("documents" in p for p in _asked(_velka(body)))


PROTEST = (
    "Organiser detained\n\nSAVONA, Orelia (AFP) — A leading protest organiser was detained in "
    "the capital Savona on Saturday, her family said.\n\n"
    "Her brother, Luca Renn, said men in plain clothes took her from her home before dawn.\n\n"
    "The interior ministry declined to confirm the arrest.\n\n"
    "A rights group said at least 40 activists had been detained since the protests began, a "
    "figure that could not be independently verified.\n\n"
    "It was not immediately possible to verify the account of her brother.\n"
)


def test_the_account_of_her_brother_is_the_named_brothers() -> None:
    shipped = _shipped(PROTEST)
    assert shipped[ASK + "was AFP able to verify Luca Renn’s account?"] == (
        "AFP could not verify it"
    )
    assert shipped[ASK + "did the interior ministry confirm the arrest?"] == (
        "The interior ministry declined to confirm it"
    )


def test_evidence_apart_is_the_claim_and_the_statement_only() -> None:
    (q,) = [q for q in kinds_built(PROTEST, "verification") if "Renn" in q.prompt]
    assert (
        q.evidence.text == "It was not immediately possible to verify the account of her brother."
    )
    assert q.evidence.earlier_text == (
        "Her brother, Luca Renn, said men in plain clothes took her from her home before dawn."
    )
    assert "declined to confirm the arrest" not in q.explanation


def test_the_account_of_her_brother_with_no_brother_named_asks_nothing() -> None:
    body = PROTEST.replace("Her brother, Luca Renn, said", "A neighbour, Luca Renn, said")
    assert not any("Renn" in p or "brother" in p for p in _asked(body))


# ---- a source with a relative clause: "Independent experts who reviewed the data confirmed"

RIVER = (
    "Toxic spill reported\n\nLUNDE (AP) — A chemical plant on the Lunde river released toxic "
    "waste into the water last week, a local environmental group said on Thursday.\n\n"
    "Independent experts who reviewed the data confirmed that levels of ammonia in the water "
    "were far above the legal limit.\n\n"
    "The company that runs the plant, Norvel Chemicals, said it had found no leak at the site.\n"
)


def test_experts_who_reviewed_the_data_are_the_confirming_source() -> None:
    found = [(c.source, c.source_text) for c in analyze(RIVER).stories[0].claims]
    assert ("Independent experts", "Independent experts who reviewed the data") in found
    assert not any(source == "data" for source, _ in found)


def test_experts_who_reviewed_the_data_confirmed_is_asked_as_confirmed() -> None:
    prompt = (
        ASK + "did independent experts confirm that levels of ammonia in the water were far "
        "above the legal limit?"
    )
    assert _asked(RIVER).get(prompt) == "Independent experts confirmed it"


def _sources(sentence: str) -> list[str]:
    text = "Storm hits coast\n\nPORTA, Estarra (AP) — " + sentence
    return [str(c.source) for c in analyze(text).stories[0].claims]


def test_residents_who_fled_the_town_said() -> None:
    assert _sources("Residents who fled the town said soldiers had burned their homes.") == [
        "Residents"
    ]


def test_an_appositive_who_clause_keeps_its_name() -> None:
    assert _sources("Mr Lund, who chairs the board, said profits rose.") == ["Lund"]


def test_a_who_clause_inside_a_phrase_is_left_alone() -> None:
    # "a report by doctors who treated the wounded said": not a subject opening its sentence
    assert "Doctors" not in _sources(
        "A report by doctors who treated the wounded said most had gunshot wounds."
    )


# ---- "said it had confirmed the breach": a breach is news, confirmed by its speaker

HACK = (
    "Hospital hit by hackers\n\nCARLOW BAY (AP) — A hospital in Carlow Bay said on Monday that "
    "hackers had broken into its systems and stolen the records of thousands of patients.\n\n"
    "A group calling itself Black Tide said it was behind the attack. The claim could not be "
    "verified.\n\n"
    "The national cyber agency said it had confirmed the breach.\n\n"
    "Police have not confirmed the number of patients affected.\n"
)


def test_said_it_had_confirmed_the_breach_is_asked_as_confirmed() -> None:
    shipped = _shipped(HACK)
    assert shipped[ASK + "did the national cyber agency confirm the breach?"] == (
        "The national cyber agency confirmed it"
    )
    assert shipped[ASK + "did the police confirm the number of patients affected?"] == (
        "The police have not confirmed it"
    )
    assert len(shipped) == 3
