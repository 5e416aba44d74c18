"""Denial forms a fresh reading found unasked (issue 7), on sentences of our own, with controls:

- "denied that" + a clause opening on a bare plural ("denied that refunds had been withheld");
- "denied" + an adverb and a gerund ("denied knowingly selling …"), "denied any <noun>";
- a denier named by a bare proper name that opens its sentence ("Vossland has denied …");
- "rejected that, saying …": the claim of the sentence just before;
- "…, an accusation Marlow denies" after "accused the company of …": the accusation;
- a role that names no organisation ("A spokesperson, Ida Fenn") is no wrong option beside a
  denying organisation;
- "rejected that interpretation", the quoted denial of "a Doltra spokesman", a possessive denier
  the learned model reads ("Ostberg's guild has denied …", "Lind's management called the story
  …"), "called the statement “a shameless lie”" (not "his statement": whose?).
"""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions.model import Question

FILLER = (
    "Harbour master Olga Brandt said the quay would reopen on Monday. "
    "Fire chief Nils Ostrow said two crews had stayed overnight. "
    "Teacher Paulo Dente said pupils had been sent home early."
)


def _questions(body: str, *kinds: str) -> list[Question]:
    text = "Dispute at the docks\n\nKELMA, Varnia (AP) — " + FILLER + "\n\n" + body + "\n"
    return kinds_built(text, *kinds)


def _prompts(body: str) -> list[str]:
    return [q.prompt for q in _questions(body, "who_denied")]


def test_denied_that_with_a_bare_plural_subject() -> None:
    body = "Norda Rail denied that refunds had been withheld from stranded passengers."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who denied that refunds had been withheld from stranded "
        "passengers?"
    )
    assert answer(who) == "Norda Rail"


def test_denied_an_adverb_and_a_gerund() -> None:
    body = "Sprinter Lotta Veng denied knowingly taking a banned inhaler before the final."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who denied knowingly taking a banned inhaler before the final?"
    )
    assert "Lotta Veng" in answer(who)


def test_denied_any_noun() -> None:
    body = "Vossland has denied any naval exercise in the strait."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who denied any naval exercise in the strait?"
    assert answer(who) == "Vossland"


def test_control_denied_any_appeal_is_a_ruling() -> None:
    assert _prompts("The tribunal has denied any appeal against the fine.") == []


def test_control_the_name_must_open_the_sentence() -> None:
    # the denier is the minister, named after a clause: no bare-name denier is read
    body = "After the vote, Vossland's minister Ada Korr denied any naval exercise in the strait."
    assert "Vossland" not in [answer(q) for q in _questions(body, "who_denied")]


def test_rejected_that_is_the_claim_before() -> None:
    body = (
        "The port board said in a statement that every berth had been inspected in March. "
        "Dockers' spokeswoman Rita Salo rejected that, saying only two berths had been checked."
    )
    qs = _questions(body, "who_denied", "what_denied")
    who = [q for q in qs if q.kind == "who_denied"]
    assert [q.prompt for q in who] == [
        "According to the story, who rejected the claim that every berth had been inspected "
        "in March?"
    ]
    assert answer(who[0]) == "Rita Salo"
    assert "“that” is the claim of" in who[0].explanation
    what = [q for q in qs if q.kind == "what_denied"]
    assert [answer(q) for q in what] == ["That every berth had been inspected in March"]


def test_control_rejected_that_after_two_claims_is_not_asked() -> None:
    body = (
        "The port board said every berth had been inspected and the mayor said the cranes were "
        "new. Dockers' spokeswoman Rita Salo rejected that."
    )
    assert not [p for p in _prompts(body) if "rejected the claim" in p]


def test_apposed_accusation_against_the_company() -> None:
    body = (
        "Regulator Hedda Moll said 30 complaints had been filed. Campaign group Clean Tide also "
        "accused the company of hiding test results for two years, an accusation Marlow denies. "
        "A spokesperson, Ida Fenn, said the firm would cooperate."
    )
    who = _questions(body, "who_denied")
    assert [q.prompt for q in who] == [
        "According to the story, who denied the accusation of hiding test results for two years?"
    ]
    assert answer(who[0]) == "Marlow"
    assert "stands for Clean Tide’s accusation of hiding test results" in who[0].explanation
    # the spokesperson speaks for someone the story does not name: maybe Marlow
    assert "Ida Fenn" not in wrong_options(who[0])


def test_control_accusation_of_another_named_source_is_not_asked() -> None:
    body = (
        "Campaign group Clean Tide accused Harbour Oil of hiding test results for two years, an "
        "accusation Marlow denies."
    )
    assert _prompts(body) == []


def test_rejected_that_interpretation_is_the_claim_before() -> None:
    body = (
        "Economist Ruth Amsel said the March figures showed the island was in recession. "
        "Finance minister Petra Lund rejected that interpretation."
    )
    qs = _questions(body, "who_denied", "what_denied")
    assert [q.prompt for q in qs if q.kind == "who_denied"] == [
        "According to the story, who rejected the interpretation that the March figures showed "
        "the island was in recession?"
    ]
    assert "“that interpretation” is the claim of Ruth Amsel" in qs[0].explanation
    assert [answer(q) for q in qs if q.kind == "what_denied"] == [
        "That the March figures showed the island was in recession"
    ]


def test_control_rejected_the_plan_is_no_denial() -> None:
    body = (
        "Economist Ruth Amsel said a new bridge would cost 40 million. "
        "Finance minister Petra Lund rejected that plan."
    )
    assert _prompts(body) == []


def test_a_named_firms_unnamed_spokesman_makes_a_quoted_denial() -> None:
    body = (
        "Councillor Ines Marr said Quarry firm Doltra had lobbied the harbour office. "
        "“We have never had any dealings with the harbour office,” a Doltra spokesman said."
    )
    who = _questions(body, "who_denied")
    assert [q.prompt for q in who] == [
        "Who made this denial: “We have never had any dealings with the harbour office”?"
    ]
    assert answer(who[0]) == "A Doltra spokesman"


def test_control_no_contact_as_a_plain_fact_is_no_denial() -> None:
    body = "Coast guard officer Ines Marr said the trawler had no radio contact with the harbour."
    assert _prompts(body) == []


def test_a_possessive_denier_read_by_the_model() -> None:
    body = (
        "Campaigners at Blue Tide said the guild took gifts from timber buyers. "
        "Ostberg's guild has denied taking gifts from timber buyers."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who denied taking gifts from timber buyers?"
    assert answer(who) == "Ostberg's guild"


def test_called_the_report_baseless_by_a_possessive_denier() -> None:
    body = "Lind's management called the story “false and malicious.”"
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who called the story “false and malicious”?"
    assert answer(who) == "Lind's management"


def test_called_the_statement_a_shameless_lie() -> None:
    body = (
        "Senator Aldo Brisk said the governor had hidden the budget shortfall. "
        "The governor's spokesman, Tavo Berin, called the statement “a shameless lie.”"
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who called the statement “a shameless lie”?"
    assert answer(who) == "Tavo Berin"


def test_control_called_his_statement_a_lie_is_not_asked() -> None:
    # "his statement": whose? a prompt alone does not say
    body = (
        "Senator Aldo Brisk said the governor had hidden the budget shortfall. "
        "The governor's spokesman, Tavo Berin, called his statement “a shameless lie.”"
    )
    assert _prompts(body) == []


def test_the_regional_board_dismissed_the_claim_saying() -> None:
    body = (
        "Campaign group Clear Tap said the reservoir had gone unchecked for a year. "
        "The regional board dismissed the claim, saying the reservoir was tested every month."
    )
    what = _questions(body, "what_denied")
    assert [q.prompt for q in what] == ["According to the story, what did the regional board deny?"]
    assert answer(what[0]) == "That the reservoir had gone unchecked for a year"


def test_called_the_reports_false_is_no_double_negative() -> None:
    body = "Ferry captain Arne Holt called the reports false."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who called the reports false?"
    assert "Arne Holt" in answer(who)


def test_a_short_claim_before_the_denial_is_quoted_in_the_explanation() -> None:
    # the claim's sentence is under 60 characters: the explanation quotes both sentences as one
    # passage, as the evidence holds them, so the question is not dropped as unexplained
    body = "Anglers said the pier had cracked. Harbour firm Selva Docks rejected the claim."
    qs = _questions(body, "who_denied")
    assert [q.prompt for q in qs] == [
        "According to the story, who rejected the claim that the pier had cracked?"
    ]
    assert "“Anglers said the pier had cracked. Harbour firm Selva Docks rejected the claim.”" in (
        qs[0].explanation
    )
