"""Six wire-style stories written for these tests (tests/questions/data/wire_grain_port.txt,
wire_dam_flood.txt, wire_court_ruling.txt, wire_border_troops.txt, wire_hospital_strike.txt,
wire_summit_spy.txt: invented places, people and outlets), and one-sentence regressions of our own
for each failure they showed when their questions were read as a teacher would:

- "Neither government has confirmed …" was read as a confirmation;
- a sentence-initial group ("Officials have yet to confirm …") and an outlet written with "The"
  ("The Ledger could not …") were shown as "did Officials confirm", "did Ledger confirm";
- "verify the number of people killed after …" was asked as "verify that the number …";
- "the casualty figures" after a claim of two "that" clauses asked about both clauses;
- "…, a claim Reuters was unable to verify" (no "that") was no verification, and stayed inside
  the who_said prompt as if the source had said it;
- a name cut short everywhere ("World Health" of "World Health Organization") was an option;
- "Its director, Sara Lind" was a wrong option beside her own group;
- "denied receiving any payment", "dismissed the figure as guesswork" gave no denial question.
"""

from __future__ import annotations

import pytest
from story_kit import answer as _answer
from story_kit import built as _questions
from story_kit import kind_answers as _kind
from story_kit import verifications as _verification
from story_kit import wire_questions as _story_questions

from questions import analyze
from questions.generate import generate
from questions.generate.text import drop_outlet_aside
from questions.model import Question

STORIES = (
    "wire_grain_port.txt",
    "wire_dam_flood.txt",
    "wire_court_ruling.txt",
    "wire_border_troops.txt",
    "wire_hospital_strike.txt",
    "wire_summit_spy.txt",
)


@pytest.fixture(scope="module")
def stories() -> dict[str, list[Question]]:
    return {name: _questions(name) for name in STORIES}


def _one(qs: list[Question], kind: str, words: str) -> Question:
    (q,) = [q for q in qs if q.kind == kind and words in q.prompt]
    return q


# ---- the stories


def test_all_kinds_over_the_six_stories(stories: dict[str, list[Question]]) -> None:
    kinds = {q.kind for qs in stories.values() for q in qs}
    assert kinds >= {
        "who_said",
        "spot_the_cue",
        "fact_or_claim",
        "source_check",
        "hedge_words",
        "characterization",
        "who_denied",
        "what_denied",
        "verification",
    }


def test_no_garbled_or_negated_option(stories: dict[str, list[Question]]) -> None:
    for qs in stories.values():
        for q in qs:
            for option in q.options:
                assert not option.endswith("World Health"), (q.prompt, option)
                assert not option.startswith(("Neither", "The Neither")), (q.prompt, option)
            assert "a claim Reuters" not in q.prompt


def test_grain_port_verification(stories: dict[str, list[Question]]) -> None:
    qs = _kind(stories["wire_grain_port.txt"], "verification")
    assert qs == {
        "According to the story, was the Associated Press able to verify the claim that all 19 "
        "drones launched had reached their targets?": "The Associated Press could not verify it",
        # the outlet's own check, "Associated Press" in the statement, "The Associated Press"
        # its credit (branch ver10): asked as its own, like the verification before it
        "According to the story, was the Associated Press able to confirm the figures given by "
        "either side?": "The Associated Press could not confirm them",
        "According to the story, did officials confirm how many workers remain missing?": (
            "Officials have not confirmed it"
        ),
    }


def test_grain_port_denier(stories: dict[str, list[Question]]) -> None:
    q = _one(stories["wire_grain_port.txt"], "who_denied", "targeting civilian facilities")
    assert _answer(q) == "Dravia's defence ministry"


def test_dam_flood_outlet_names_itself(stories: dict[str, list[Question]]) -> None:
    qs = _kind(stories["wire_dam_flood.txt"], "verification")
    assert qs == {
        "According to the story, was Northline News able to verify the number of people killed "
        "after a dam burst in the Ardel valley on Friday night?": (
            "Northline News could not verify it"
        ),
        # not asked in r10-r12 ("which videos, it does not say"); since branch ver9b a bare
        # "the videos" of a verification is the one set of videos the story brings in
        "According to the story, was Northline News able to verify the location of two of the "
        "videos?": "Northline News verified it",
    }


def test_dam_flood_denials(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_dam_flood.txt"]
    q = _one(qs, "who_denied", "guesswork")
    assert q.prompt == "According to the story, who dismissed the charity's figure as guesswork?"
    assert _answer(q) == "Anton Brisk"
    assert "Dmitri Holm" not in q.options  # he denied something too
    q = _one(qs, "what_denied", "Dmitri Holm")
    assert _answer(q) == "That the agency had ignored the engineers' warnings"


def test_court_ruling(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_court_ruling.txt"]
    # "The Ledger could not independently confirm whether …": not asked in rounds 9-12 (an open
    # question), asked as a value since branch ver9b
    assert _kind(qs, "verification") == {
        "According to the story, did the Ledger confirm whether the supreme court would hear "
        "the appeal by December?": "The Ledger has not confirmed it",
        "According to the story, did the court's press office confirm the report that two of "
        "the three judges on the panel had asked to be moved to other cases before the "
        "hearing?": "The court's press office neither confirmed nor denied it",
        "According to the story, did prison officials confirm Alena’s account?": (
            "Prison officials have not confirmed it"
        ),
    }
    q = _one(qs, "who_denied", "receiving any payment")
    assert _answer(q) == "Filip Dorn"
    q = _one(qs, "who_said", "14 prosecutions")
    assert _answer(q) == "Open Press Watch"
    assert "Sara Lind" not in q.options  # "Its director, Sara Lind": the group's own director


def test_border_troops_broadcaster(stories: dict[str, list[Question]]) -> None:
    qs = _kind(stories["wire_border_troops.txt"], "verification")
    assert qs == {
        "According to the story, was Sky News able to verify the number of troops?": (
            "Sky News could not verify it"
        )
    }


def test_hospital_strike(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_hospital_strike.txt"]
    ver = _kind(qs, "verification")
    assert ver[
        "According to the story, was Reuters able to verify the claim that 27 people had been "
        "wounded?"
    ] == ("Reuters could not verify it")
    assert ver[
        "According to the story, was Reuters able to verify that the missile had been fired from "
        "a ship in the Dark Sea?"
    ] == ("Reuters could not verify it")
    q = _one(qs, "who_said", "Dark Sea")
    assert q.prompt.endswith("fired from a ship in the Dark Sea?")
    assert _answer(q) == "Andrei Kolt"
    q = _one(qs, "who_said", "Saturday's attack")
    assert _answer(q) == "Ben Auker"
    assert not any("World Health" in o for o in q.options)  # his own agency
    q = _one(qs, "who_denied", "targeting civilians")
    assert _answer(q) == "Dravian officials"
    assert "who deny this" in q.explanation


def test_summit_spy(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_summit_spy.txt"]
    assert _kind(qs, "verification") == {
        "According to the story, was AFP able to confirm the claim that the official was paid "
        "15,000 euros in cash?": "AFP could not confirm it"
    }
    # den7: the accusation is Estarra's ("Estarra expelled a senior diplomat …, accusing him of
    # spying"), its one accuser, named by the prompt; both sentences are the evidence
    q = _one(qs, "who_denied", "made by Estarra")
    assert q.prompt == "According to the story, who rejected the accusation made by Estarra?"
    assert _answer(q) == "Lorvia's foreign ministry"
    assert q.evidence.earlier_text and "accusing him of spying" in q.evidence.earlier_text


# ---- one-sentence regressions (analysis)


def test_neither_subject_is_not_a_confirmation() -> None:
    found = _verification("Neither ministry has confirmed the strike on the bridge.")
    assert [(by, status) for by, status, _ in found] == [("Neither ministry", "unverified")]


def test_no_subject_is_not_a_confirmation() -> None:
    found = _verification("No official has confirmed the deaths of the two guards.")
    assert [status for _, status, _ in found] == ["unverified"]


def test_a_plain_confirmation_still_confirms() -> None:
    found = _verification("The harbour police confirmed the deaths of two divers on Friday.")
    assert [status for _, status, _ in found] == ["confirmed"]


def test_zero_relative_aside_is_a_verification() -> None:
    text = (
        "Ferry sinks off Tarn\n\nTARN, Ostrana (Reuters) - A ferry sank on Monday.\n\n"
        "Mayor Ann Reed said 40 passengers had been rescued, a claim Reuters was unable to "
        "verify.\n"
    )
    assert ("Reuters", "unverified", "40 passengers had been rescued") in _verification(text)


def test_amount_is_news() -> None:
    text = "The filing says he was paid 9,000 euros. The amount could not be confirmed.\n"
    assert [(s, o) for _, s, o in _verification(text)] == [("unverified", "the amount")]


# ---- one-sentence regressions (generation)


def test_group_verifier_is_lower_case_and_plural() -> None:
    qs = _story_questions(
        "A storm flooded the port of Porta on Tuesday.\n\n"
        "Officials have yet to confirm how many fishing boats sank in the harbour.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt == (
        "According to the story, did officials confirm how many fishing boats sank in the harbour?"
    )
    assert _answer(q) == "Officials have not confirmed it"


def test_outlet_with_the_keeps_it() -> None:
    qs = generate(
        analyze(
            "Mill fire\n\nA fire destroyed the old mill on Sunday.\n\n"
            "The Courier could not confirm the cause of the fire.\n"
        )
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt.startswith("According to the story, did the Courier confirm the cause")
    assert _answer(q) == "The Courier has not confirmed it"


def test_number_of_is_a_noun_phrase() -> None:
    qs = _story_questions(
        "The Associated Press has been unable to verify the number of people injured after the "
        "storm reached Porta on Tuesday.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert "verify the number of people injured after the storm" in q.prompt
    assert "verify that" not in q.prompt


def test_figures_take_the_counted_clause() -> None:
    qs = _story_questions(
        "The coast guard said 12 people had been hurt and that divers were still searching the "
        "harbour. The Associated Press could not independently verify the figures.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt == (
        "According to the story, was the Associated Press able to verify the claim that 12 people "
        "had been hurt?"
    )


def test_neither_verifier_gives_no_status_question() -> None:
    qs = _story_questions(
        "A storm flooded the port of Porta on Tuesday.\n\n"
        "Neither company has confirmed whether the cargo was insured.\n"
    )
    assert not [q for q in qs if q.kind == "verification"]


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "the missile had been fired from a ship, a claim Reuters was unable to verify",
            "the missile had been fired from a ship",
        ),
        (
            "40 people had died, a claim that could not be independently verified",
            "40 people had died",
        ),
        ("the bridge was closed, an allegation the ministry denies", "the bridge was closed"),
        ("she had filed a claim, a form the insurer sent back", None),  # no aside: kept whole
        ("the plan, a claim for damages, was filed on Monday", None),
    ],
)
def test_drop_outlet_aside(content: str, kept: str | None) -> None:
    assert drop_outlet_aside(content) == (kept if kept is not None else content)


def test_aside_not_in_who_said_prompt() -> None:
    qs = _story_questions(
        "Harbour master Tom Hale said the tanker had run aground on a sandbank near the pier, a "
        "claim the Associated Press was unable to verify.\n\n"
        "Mayor Ann Reed said the beaches would stay closed until Friday.\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n"
    )
    q = _one(qs, "who_said", "sandbank")
    assert q.prompt.endswith("had run aground on a sandbank near the pier?")
    assert _answer(q) == "Tom Hale"


def test_its_director_is_no_option_beside_the_group() -> None:
    qs = _story_questions(
        "Rights group Coast Watch said 14 boats had been lost in the storm on Tuesday.\n\n"
        "Its director, Jane Doe, called the response “far too slow” on Wednesday.\n\n"
        "Mayor Ann Reed said the beaches would stay closed until Friday.\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n\n"
        "Harbour master Tom Hale said the port would reopen on Monday.\n"
    )
    q = _one(qs, "who_said", "14 boats")
    assert _answer(q) == "Coast Watch"
    assert "Jane Doe" not in q.options


@pytest.mark.parametrize(
    ("sentence", "prompt", "denier"),
    [
        (
            "Mayor Ann Reed has always denied receiving any money from the developer.",
            "According to the story, who denied receiving any money from the developer?",
            "Ann Reed",
        ),
        (
            "Harbour master Tom Hale dismissed the union's figure as guesswork.",
            "According to the story, who dismissed the union's figure as guesswork?",
            "Tom Hale",
        ),
    ],
)
def test_gerund_and_dismissed_as_denials(sentence: str, prompt: str, denier: str) -> None:
    qs = _story_questions(
        f"{sentence}\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n\n"
        "Union leader Petra Kovac said the port would reopen on Monday.\n\n"
        "Lifeguard Jane Doe said the beaches would stay closed until Friday.\n"
    )
    (q,) = [q for q in qs if q.kind == "who_denied"]
    assert q.prompt == prompt
    assert _answer(q) == denier


def test_dismissed_a_proposal_is_no_denial() -> None:
    qs = _story_questions(
        "Harbour master Tom Hale dismissed the idea as nonsense.\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n\n"
        "Union leader Petra Kovac said the port would reopen on Monday.\n"
    )
    assert not [q for q in qs if q.kind == "who_denied"]


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("The World Health Organization said on Monday it had sent doctors.", "World Health", True),
        (
            "The World Health Organization said on Monday it had sent doctors.",
            "Health Organization",
            False,
        ),
        ("Former mayor Tom Hale Jr. said the port would reopen.", "Tom Hale", False),
        ("Ann Reed Tuesday said the port would reopen. Reed left.", "Ann Reed", False),
        ("Mayor Ann Reed said the port would reopen. Ann Reed Smith left.", "Ann Reed", False),
    ],
)
def test_name_cut_everywhere(text: str, name: str, cut: bool) -> None:
    from questions.generate.registry import Context
    from questions.generate.sources import _cut_everywhere

    analysis = analyze(text)
    assert _cut_everywhere(Context(analysis, analysis.stories[0]), name) is cut


def test_her_account_is_the_speaker_s_account() -> None:
    qs = _story_questions(
        "A storm flooded the port of Porta on Tuesday and the harbour prison lost power.\n\n"
        "Inmate Ann Reed said guards had left the cells unlocked for six hours.\n\n"
        "Prison officials have not confirmed her account.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt == "According to the story, did prison officials confirm Ann Reed’s account?"
    assert _answer(q) == "Prison officials have not confirmed it"
    assert "prison officials have not confirmed this" in q.explanation


def test_neither_confirm_nor_deny_a_bare_noun_asks_the_report_before() -> None:
    qs = _story_questions(
        "The Gazette has learned that the harbour master had asked to close the port on Monday.\n\n"
        "The port authority would neither confirm nor deny the request.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt == (
        "According to the story, did the port authority confirm the report that the harbour "
        "master had asked to close the port on Monday?"
    )
    assert _answer(q) == "The port authority neither confirmed nor denied it"


def test_nationality_group_keeps_its_capital() -> None:
    qs = _story_questions(
        "A storm flooded the port of Porta on Tuesday.\n\n"
        "Kaldovan officials have yet to confirm how many fishing boats sank in the harbour.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt.startswith("According to the story, did Kaldovan officials confirm")


# ---- three more stories, read on the code after the first round of fixes


@pytest.fixture(scope="module")
def fresh() -> dict[str, list[Question]]:
    names = ("wire_mine_collapse.txt", "wire_election_fraud.txt", "wire_ferry_sinking.txt")
    return {name: _questions(name) for name in names}


def test_mine_collapse(fresh: dict[str, list[Question]]) -> None:
    qs = fresh["wire_mine_collapse.txt"]
    assert _kind(qs, "verification") == {
        # the outlet's own check (its credit "(AP)"), asked as its own since branch ver10
        "According to the story, was the Associated Press able to confirm that contact had been "
        "made?": "The Associated Press could not confirm it"
    }
    q = _one(qs, "who_said", "600 metres")
    assert _answer(q) == "Redstone Metals"
    assert "Ivo Kart" not in q.options  # "A company spokesman, Ivo Kart": the firm's own


def test_election_fraud(fresh: dict[str, list[Question]]) -> None:
    qs = fresh["wire_election_fraud.txt"]
    q = _one(qs, "verification", "opposition's claims")
    assert _answer(q) == "The BBC could not verify them"
    assert "the BBC says it could not verify this" in q.explanation  # the outlet's own
    q = _one(qs, "who_denied", "tear gas")
    assert q.prompt == (
        "According to the story, who denied that police had used tear gas against protesters?"
    )
    assert _answer(q) == "The interior ministry"
    assert "Rita Holm" not in q.options  # the ministry's own spokeswoman
    options = {o for q in qs for o in q.options}
    assert "Videos" not in options
    assert "Neighbouring Estarra" not in options


def test_ferry_sinking(fresh: dict[str, list[Question]]) -> None:
    qs = fresh["wire_ferry_sinking.txt"]
    # "Reuters could not verify whether the list was complete": not asked in rounds 9-12; asked
    # as a value since branch ver9b (confirmed or not, never denied)
    assert _kind(qs, "verification") == {
        "According to the story, was Reuters able to verify whether the list was complete?": (
            "Reuters could not verify it"
        ),
    }
    q = _one(qs, "who_said", "250 passengers")
    assert _answer(q) == "Blue Gulf Lines"
    assert "Nora Falk" not in q.options  # "The company's chief executive, Nora Falk"


def test_the_outlet_with_the_names_itself() -> None:
    text = (
        "Storm hits coast\n\nThe Gazette has not been able to verify the reports of looting.\n\n"
        "The figures could not be independently verified.\n"
    )
    found = _verification(text)
    assert ("BBC", "unverified", "the figures") not in found
    text = text.replace("Gazette", "BBC")
    assert ("BBC", "unverified", "the figures") in _verification(text)


def test_confirm_that_lower_case_clause() -> None:
    qs = _story_questions(
        "A storm flooded the port of Porta on Tuesday.\n\n"
        "The Associated Press could not independently confirm that power had been restored.\n"
    )
    (q,) = [q for q in qs if q.kind == "verification"]
    assert q.prompt == (
        "According to the story, was the Associated Press able to confirm that power had been "
        "restored?"
    )  # the outlet's own check (branch ver10)


def test_the_interior_ministry_denier_and_its_spokeswoman() -> None:
    qs = _story_questions(
        "The interior ministry denied reports that police had closed the harbour road.\n\n"
        "A ministry spokeswoman, Ann Reed, said officers had acted to protect drivers.\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n\n"
        "Lifeguard Jane Doe said the beaches would stay closed until Friday.\n"
    )
    q = _one(qs, "who_denied", "harbour road")
    assert _answer(q) == "The interior ministry"
    assert "Ann Reed" not in q.options


def test_company_spokesman_is_no_option_beside_the_company() -> None:
    qs = _story_questions(
        "Acme Shipping said the tanker had been inspected by the coast guard in March.\n\n"
        "A company spokesman, Tom Hale, said the crew had been trained in May.\n\n"
        "Fisherman Omar Salib said the storm had destroyed six boats in the harbour.\n\n"
        "Union leader Petra Kovac said the port would reopen on Monday.\n\n"
        "Mayor Ann Reed said the beaches would stay closed until Friday.\n"
    )
    q = _one(qs, "who_said", "trained in May")
    assert _answer(q) == "Tom Hale"
    assert "Acme Shipping" not in q.options  # his own company


@pytest.mark.parametrize(
    ("source", "shown"),
    [("Neighbouring Estarra", "Estarra"), ("Fellow Ostran Party", "Ostran Party")],
)
def test_place_descriptor_dropped(source: str, shown: str) -> None:
    from questions.generate.text import option_name

    assert option_name(source) == shown
