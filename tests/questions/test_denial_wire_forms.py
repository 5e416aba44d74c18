"""Denials of short wire stories left unasked (issue 7), on sentences of our own, with controls:

- "X disputed that account." / "X rejected that account as “groundless”." after the one claim of
  the sentence before: the account (not "the account" alone, which may be a bank's);
- "Organisers disputed the police account.": the telling of the source the owner names, only
  after that source's claim, and never one with a pronoun a prompt cannot resolve;
- "X denied the allegation in a brief statement": how it was denied is not what was denied;
- "The regional electoral commission rejected …": a body named by two modifiers and its head;
- "what did the hospital deny?": a claim naming the denier is no wrong option (it may deny it).
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
    text = "Row at the games\n\nTESSLE, Varnia (AP) — " + FILLER + "\n\n" + body + "\n"
    return kinds_built(text, *kinds)


def _prompts(body: str, kind: str = "who_denied") -> list[str]:
    return [q.prompt for q in _questions(body, kind)]


LAB = (
    "The agency's director, Piet Holm, said the laboratory had found a masking agent in the sample."
)


def test_disputed_that_account_is_the_claim_before() -> None:
    body = LAB + "\n\nAttorney Greta Sunde disputed that account, saying the drug was in a remedy."
    (what,) = _questions(body, "what_denied")
    assert what.prompt == "According to the story, what did Greta Sunde deny?"
    assert answer(what) == "That the laboratory had found a masking agent in the sample"
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who disputed the account that the laboratory had found a "
        "masking agent in the sample?"
    )
    assert answer(who) == "Greta Sunde"


def test_rejected_that_account_as_groundless() -> None:
    body = (
        "Officials in Dravo said border guards had fired on a fishing boat near the island.\n\n"
        "Selvan's foreign ministry rejected that account as “groundless” and called for talks."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who rejected the account that border guards had fired on a "
        "fishing boat near the island?"
    )
    assert "foreign ministry" in answer(who)


def test_control_account_with_a_pronoun_is_not_asked() -> None:
    # "its side": whose side, in a prompt alone?
    body = (
        "Officials in Dravo said border guards had crossed to its side of the river at night.\n\n"
        "Selvan's foreign ministry rejected that account as “groundless”."
    )
    assert _prompts(body) == []


def test_control_the_account_alone_is_not_a_claim() -> None:
    body = LAB + "\n\nThe bank of Norvik denied the account, saying it had been closed in May."
    assert not [p for p in _prompts(body) if "laboratory" in p]


def test_the_police_account() -> None:
    body = (
        "Police said many fans had climbed over fences after the gates were closed.\n\n"
        "Lumen Events disputed the police account, saying a gate had opened late."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who disputed the police account that many fans had climbed "
        "over fences after the gates were closed?"
    )
    assert answer(who) == "Lumen Events"


def test_control_another_owners_account_is_not_the_claim_before() -> None:
    body = (
        "Police said many fans had climbed over fences after the gates were closed.\n\n"
        "Lumen Events disputed the union account, saying a gate had opened late."
    )
    assert not [p for p in _prompts(body) if "fences" in p]


def test_denied_the_allegation_in_a_brief_statement() -> None:
    body = (
        "The Velda Courier reported that Stenmark Construction had paid for three family "
        "ski trips.\n\nMinister Agnes Torvik denied the allegation in a brief statement."
    )
    prompts = _prompts(body)
    assert prompts == [
        "According to the story, who denied the allegation that Stenmark Construction had paid "
        "for three family ski trips?"
    ]


def test_a_body_with_two_modifiers_denies() -> None:
    body = (
        "The Civic League said observers had seen ballot boxes opened after polls closed.\n\n"
        "The regional electoral commission rejected that account, saying boxes were sealed."
    )
    qs = _questions(body, "who_denied")
    assert [answer(q) for q in qs] == ["The regional electoral commission"]


def test_control_a_claim_naming_the_denier_is_no_wrong_option() -> None:
    body = (
        "The nurses' union said Brenmoor Hospital had turned away ambulances on twelve nights.\n\n"
        "Ambulance director Hanna Cole said crews had been told to take patients elsewhere.\n\n"
        "The hospital disputed that account, saying the ambulance service had decided itself."
    )
    qs = _questions(body, "what_denied")
    assert [answer(q) for q in qs] == ["That crews had been told to take patients elsewhere"]
    assert not [w for q in qs for w in wrong_options(q) if "Brenmoor" in w]


def test_controls_find_no_denial() -> None:
    for body in (
        "The reporter was denied entry to the courtroom, officials said.",
        "Engineer Jonas Brek was denied bail on Tuesday, his lawyer Mia Tull said.",
        "Coach Erik Lund refused to comment on the case.",
        "The two countries have disputed the territory since 1990, officials said.",
        "Mayor Rasa Oskin rejected the offer of a loan from the regional bank.",
        "Minister Ola Venn dismissed the criticism as politically motivated.",
    ):
        assert _prompts(body) == [], body
        assert _prompts(body, "what_denied") == [], body


def test_control_an_unresolved_allegation_in_a_statement_is_not_asked() -> None:
    # no claim just before: "who denied the allegation in a brief statement?" asks nothing clear
    body = (
        "Mayor Lena Ostby said the plan was costly, and Nils Dahl said it was late.\n\n"
        "Minister Agnes Torvik denied the allegation in a brief statement."
    )
    assert _prompts(body) == []


def test_what_denied_leaves_out_how_the_denial_was_made() -> None:
    body = "Minister Agnes Torvik denied that she had taken the trips, in a brief statement."
    assert [answer(q) for q in _questions(body, "what_denied")] == ["That she had taken the trips"]
