"""Verification statements a teacher-reader found without a question (fresh wire stories, r2),
and a wrong option that was defensibly right:

* "X reported that Y, but that could not be independently verified": "that" is Y, the claim of
  its own sentence (never a claim of the sentence before), and Y ends before ", but that …";
* "Its claims could not be independently verified" after a group's claims: "Grey Heron’s
  claims" (not when a person or two organisations speak before it);
* "The documents could not be independently verified" after "… includes invoices that appear
  to show …": those invoices (not when the sentence before brings in two sets of papers);
* "X's office confirmed the conversation took place but gave no details": a confirmation of a
  clause without "that", and "but gave no details" is no part of it;
* "Brightwater Books confirmed that it had paid …": "it" is the company, which the analysis
  took for a person by its two capitalised words;
* "what did the police confirm?" never offers as a wrong option what the police spokeswoman
  said: her words are the police's.

Every story here was written for these tests (invented names, places and facts). Controls
(non-verification uses of "confirm" and "verify", unclear antecedents) must stay without a
question.
"""

from __future__ import annotations

import pytest

from questions import analyze
from tests.questions.story_kit import answer, kinds_built, wrong_options

HEAD = "Harbour row\n\nKESTON, March 3 (AP) - "


def _verif(text: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in kinds_built(text, "verification")}


def _body(body: str) -> dict[str, str]:
    return _verif(HEAD + body + "\n")


BARNS = (
    "Blaze destroys barns near Ostrel\n\n"
    "OSTREL, Varnia (Reuters) - A fire destroyed three barns outside the village of Ostrel on "
    "Monday, the regional fire brigade said.\n\n"
    "Two cows died in the blaze, the brigade said. Regional radio reported that a faulty heater "
    "may have started the fire, but that could not be independently verified. The farm's owner, "
    "Piet Grauer, said he had checked the heaters on Sunday.\n"
)

BAKERY = (
    "Blast damages bakery in Tulm\n\n"
    "TULM, Varnia (Reuters) - An explosion damaged a bakery in the centre of Tulm early on "
    "Monday, police said.\n\n"
    "Nobody was hurt, police said. Neighbours said a gas cylinder had exploded in the kitchen, "
    "but that could not be independently verified. The bakery's owner, Mira Sant, said the shop "
    "would reopen within a month.\n"
)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (BARNS, "a faulty heater may have started the fire"),
        (BAKERY, "a gas cylinder had exploded in the kitchen"),
    ],
)
def test_that_after_but_is_the_claim_of_its_own_sentence(text: str, claim: str) -> None:
    assert _verif(text) == {
        f"According to the story, was Reuters able to verify the claim that {claim}?": (
            "Reuters could not verify it"
        )
    }


def test_the_claim_ends_before_the_outlets_check() -> None:
    (said,) = [c for c in analyze(BAKERY).stories[0].claims if c.source == "Neighbours"]
    assert said.content == "a gas cylinder had exploded in the kitchen"


def test_a_pointing_back_subject_that_opens_its_sentence_still_reads_the_sentence_before() -> None:
    # control: "However, the figure …" points back to the claim before, as it did
    assert _body(
        "Harbour officials said 40 boats were damaged in the storm. However, the figure could "
        "not be independently verified."
    ) == {
        "According to the story, was the Associated Press able to verify the claim that 40 "
        "boats were damaged in the storm?": "The Associated Press could not verify it"
    }


CLINIC = (
    "Clinic says patient files were stolen\n\n"
    "DORRIN (AP) - The Elmfield Clinic said on Tuesday that hackers had broken into its computer "
    "network and taken the records of some 40,000 patients.\n\n"
    "A group calling itself Grey Heron posted a message on a forum and said it had copied the "
    "files of every patient treated since 2019. The group said it would sell the files unless "
    "the clinic paid. Its claims could not be independently verified.\n\n"
    "The clinic's director, Olga Brandt, said the police had been told.\n"
)


def test_its_claims_are_the_claims_of_the_group_before() -> None:
    assert _verif(CLINIC) == {
        "According to the story, was the Associated Press able to verify Grey Heron’s claims?": (
            "The Associated Press could not verify them"
        )
    }


@pytest.mark.parametrize(
    "body",
    [
        # two organisations speak before "its claims": which one is not clear
        "The Harbour Board said the berths had been sold. The Dockers Union said the sale was "
        "illegal. Its claims could not be independently verified.",
        # a person speaks before it: "its" is not his
        "Harbour master Ivo Marr said the berths had been sold. Its claims could not be "
        "independently verified.",
    ],
)
def test_its_claims_unclear_asks_nothing(body: str) -> None:
    assert _body(body) == {}


FEES = (
    "Footballer sues former agent over fees\n\n"
    "LONDON (AP) - Footballer Sam Okafor has sued his former agent, Leon Marsh, accusing him of "
    "taking secret fees from three transfers, according to a complaint filed in the High Court "
    "on Tuesday.\n\n"
    "Marsh denied the allegations through his lawyer.\n\n"
    "The complaint, which the AP reviewed, includes invoices that appear to show payments from "
    "two clubs to a firm owned by Marsh. The documents could not be independently verified.\n\n"
    "The clubs did not answer our requests for comment.\n"
)


def test_the_documents_are_the_papers_the_sentence_before_brings_in() -> None:
    assert _verif(FEES) == {
        "According to the story, was the Associated Press able to verify the invoices that "
        "appear to show payments from two clubs to a firm owned by Marsh?": (
            "The Associated Press could not verify them"
        )
    }


def test_the_documents_question_shows_the_papers_in_its_evidence() -> None:
    (q,) = kinds_built(FEES, "verification")
    assert q.evidence.text.startswith("The complaint, which the AP reviewed, includes invoices")


@pytest.mark.parametrize(
    "body",
    [
        # two sets of papers: which ones is not clear
        "The complaint includes invoices and emails that appear to show payments to a firm "
        "owned by the mayor. The documents could not be independently verified.",
        # "said letters": no modifier, and "the letters" would say no more than the story
        "A union official said letters appeared to show the deadline had been moved. The "
        "documents could not be independently verified.",
    ],
)
def test_the_documents_unclear_asks_nothing(body: str) -> None:
    assert _body(body) == {}


PREMIERS = (
    "Premiers agree to keep talking over fishing dispute\n\n"
    "TORVIK (Reuters) - The premier of Osland, Hanna Veer, said she had spoken by phone with "
    "her Norvand counterpart, Jon Ekdal, on Friday and that they had agreed to meet next "
    "month.\n\n"
    "Ekdal's office confirmed the conversation took place but gave no details. Fishermen in "
    "both countries have complained about new quotas.\n"
)


def test_confirmed_a_clause_without_that() -> None:
    (v,) = [v for v in analyze(PREMIERS).stories[0].verification if v.status == "confirmed"]
    assert (v.by, v.object) == ("Ekdal's office", "the conversation took place")
    assert _verif(PREMIERS) == {
        "According to the story, did Ekdal's office confirm that the conversation took place?": (
            "Ekdal's office confirmed it"
        )
    }


PUBLISHER = (
    "Author sues agent over missing royalties\n\n"
    "LONDON (AP) - Novelist Clara Fenn has sued her former agent, claiming he kept royalties "
    "from her first two books, according to a lawsuit filed on Tuesday.\n\n"
    "Her agent, Hugo Brandt, denied the claims. His lawyer said all payments had been made on "
    "time.\n\n"
    "Fenn's publisher, Brightwater Books, confirmed that it had paid the royalties to the agency "
    "named in the lawsuit but declined to comment on the dispute. \u201cWe are not involved in "
    "this case,\u201d a spokeswoman said.\n\n"
    "Fenn's third novel is due out in May.\n"
)


def test_it_is_the_company_that_confirms() -> None:
    assert _verif(PUBLISHER) == {
        "According to the story, did Brightwater Books confirm that it had paid the royalties to "
        "the agency named in the lawsuit?": "Brightwater Books confirmed it"
    }


GALLERY = (
    "Paintings stolen from Halvik gallery\n\n"
    "HALVIK, Norvand (AFP) - Thieves stole two paintings from the Halvik Art Gallery overnight, "
    "police said on Tuesday.\n\n"
    "Police spokeswoman Ida Roos said the thieves had broken a window at the back of the "
    "building. She said officers were questioning several people who lived nearby.\n\n"
    "Police confirmed that a guard had seen a van leave the car park shortly after 3 a.m. but "
    "said no one had been arrested.\n\n"
    "Gallery director Tomas Lind said the paintings were worth about 2 million euros. Culture "
    "minister Anja Holt said she would meet gallery owners next week.\n"
)


def test_what_the_police_confirmed_offers_no_words_of_their_spokeswoman() -> None:
    (q,) = [q for q in kinds_built(GALLERY, "verification") if "what did" in q.prompt]
    assert q.prompt == "According to the story, what did the police confirm?"
    assert answer(q).startswith("That a guard had seen a van")
    assert sorted(wrong_options(q)) == [
        "That Anja Holt would meet gallery owners next week",
        "That the paintings were worth about 2 million euros",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The Senate confirmed the nominee on Tuesday. Senator Ada Brin said the vote was close.",
        "A confirmation hearing for the judge will be held on Monday, officials said.",
        "Voters must verify their identity before casting a ballot, the election board said.",
        "The Keston mayor, Ivo Marr, confirmed his attendance at the summit. He said the talks "
        "would start on Friday.",
        # no clause confirmed: "the call" alone, then the office's own silence
        "Mayor Ivo Marr said he had spoken to the minister. The minister's office confirmed the "
        "call but gave no details.",
        # a person confirms: "it" is not hers, and the prompt could not say whose it is
        "Tessa Marr said a letter was sent to the council in May. Ruth Ondine confirmed it had "
        "been delivered late.",
    ],
)
def test_controls_ask_nothing(body: str) -> None:
    assert _body(body) == {}
