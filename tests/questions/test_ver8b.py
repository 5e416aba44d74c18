"""Verification on wire stories, round ver8b.

Causes, each with its own-words story:

- "Reuters could not independently determine the cause of the blaze" was never read: a negated
  "determine"/"establish" counted only before a question word; now also when the outlet is its
  subject, or its object points back to a claim ("The tribunal said it could not establish that
  claim to the required standard, because …": the claim before, an accusation too);
- "checked" is a verb of verification, in the negated passive only ("the claim could not be
  independently checked"), its "the claim" read in the sentence before when the words before
  it in its own sentence hold no claim;
- "her account" of a person the story names by role only ("A former nurse there, who spoke on
  condition of anonymity because she …, told the AP that …") is "the former nurse's account that
  …"; the outlet's credit ("AP") is the outlet, so the options never say it denied;
- "the photographs or when they were taken", a paragraph of its own: the photographs the
  paragraph before brings in ("photographs of a jetty in Mpala");
- "that claim" whose clause has "him" for its own speaker is asked with the name; "the claim
  given by X" is never asked (it does not say what the claim is); "the company's assurance" with
  no content is not asked; "independently" is no part of a matter;
- the explanation of a matter no one stated ("how many flights", "the cause of the blaze")
  says the story leaves it open, not that it reports it unvouched.

Controls: "verify their identity", "confirm the nominee", "declined to confirm whether",
"investigators have not determined the cause" (an investigation, not a check), "a background
check", "checked in".

Every story here was written for these tests (invented names, places and facts).
"""

from __future__ import annotations

from questions import analyze
from tests.questions.story_kit import answer, kinds_built

ASK = "According to the story, "


def _asked(text: str) -> dict[str, str]:
    return {q.prompt: answer(q) for q in kinds_built(text, "verification")}


def _questions(text: str) -> list:
    return kinds_built(text, "verification")


WAREHOUSE = (
    "Fires hit bicycle maker's depots\n\n"
    "HALDEN, March 4 (Reuters) - Bicycle maker Ostrava Cycles said on Tuesday that two of its "
    "depots had burned down in a week and that it had suspended deliveries.\n\n"
    "Fire officials said they were still examining both sites.\n\n"
    "Reuters could not independently determine the cause of the blazes.\n\n"
    "Shares in the company fell 4 percent.\n"
)


def test_outlet_could_not_determine_is_asked() -> None:
    asked = _asked(WAREHOUSE)
    prompt = ASK + "was Reuters able to determine the cause of the blazes?"
    assert asked.get(prompt) == "Reuters could not determine it"


def test_open_matter_explanation_does_not_say_reported() -> None:
    (q,) = [q for q in _questions(WAREHOUSE) if "cause of the blazes" in q.prompt]
    assert "without vouching" not in q.explanation
    assert "leaves it open" in q.explanation


def test_investigators_not_determined_is_not_a_check() -> None:
    body = WAREHOUSE.replace(
        "Reuters could not independently determine the cause of the blazes.",
        "Investigators have not determined the cause of the blazes.",
    )
    assert not any("cause of the blazes" in p for p in _asked(body))


TRIBUNAL = (
    "Court convicts port official over fuel contracts\n\n"
    "VALMERA, May 2 (Reuters) - A court in Valmera on Friday jailed a former port official for "
    "three years for taking payments from a fuel supplier.\n\n"
    "Prosecutors had also alleged that tankers supplied under the contracts regularly arrived "
    "half empty. The tribunal said it could not establish that claim to the required standard, "
    "because delivery logs for two years had been lost.\n\n"
    "The official's lawyer said he would appeal.\n"
)


def test_court_could_not_establish_that_claim() -> None:
    asked = _asked(TRIBUNAL)
    prompt = (
        ASK + "was the tribunal able to establish the claim that tankers supplied under the "
        "contracts regularly arrived half empty?"
    )
    assert asked.get(prompt) == "The tribunal could not establish it"


LABOUR = (
    "Court fines builder over crane fall\n\n"
    "SURREN (AP) — A court on Monday fined a builder over a crane collapse that killed two men "
    "at a tower site in 2023.\n\n"
    "Unions say fines have been the usual outcome in cases brought under the workplace safety "
    "law. The labour ministry did not answer a request for data, and the claim could not "
    "be independently checked.\n"
)


def test_claim_could_not_be_checked_reads_the_sentence_before() -> None:
    asked = _asked(LABOUR)
    hits = {p: a for p, a in asked.items() if "fines have been the usual outcome" in p}
    assert len(hits) == 1
    ((prompt, key),) = hits.items()
    assert prompt.startswith(ASK + "was the Associated Press able to verify the claim that")
    assert key == "The Associated Press could not verify it"


def test_background_check_and_checked_in_are_nothing() -> None:
    text = (
        "Hotel reopens\n\nSURREN (AP) — The hotel reopened on Monday. Staff said guests had "
        "checked in by noon and that a background check of new workers could not be completed "
        "in time.\n"
    )
    assert not analyze(text).stories[0].verification
    bags = (
        "Delays\n\nSURREN (AP) — The bags could not be checked before the ferry left, the "
        "port said.\n"
    )
    assert not analyze(bags).stories[0].verification


TECHNICIAN = (
    "Swimmer's ban lifted over lab errors\n\n"
    "LIMA, Peru (AP) — An appeals panel lifted a two-year ban on swimmer Rosa Quispe on "
    "Wednesday, citing gaps in how her sample was stored.\n\n"
    "The clinic's manager did not answer calls seeking comment. A former nurse there, who "
    "spoke on condition of anonymity because she still works in the city, told The Associated "
    "Press that samples were often left unlabelled overnight during the busy season. The AP was "
    "unable to confirm her account with other staff.\n"
)


def test_her_account_of_an_unnamed_person_states_it() -> None:
    asked = _asked(TECHNICIAN)
    prompt = (
        ASK + "was the AP able to confirm the former nurse’s account that samples were often "
        "left unlabelled overnight during the busy season?"
    )
    assert asked.get(prompt) == "The AP could not confirm it"
    (q,) = [q for q in _questions(TECHNICIAN) if "former nurse" in q.prompt]
    assert not any("denied" in o for o in q.options)
    assert "the AP says it could not confirm this" in q.explanation  # "was unable to confirm"


def test_his_account_without_his_pronoun_is_not_asked() -> None:
    body = TECHNICIAN.replace("because she still", "because the nurse still")
    assert not any("former nurse" in p for p in _asked(body))


PHOTOS = (
    "Rowing body delays vote\n\n"
    "KAMPALA, Nov 3 (AFP) - A regional rowing body has postponed its election amid an inquiry "
    "into training grants, officials said on Monday.\n\n"
    "A person familiar with the case said the complaint included photographs of a jetty in "
    "Mpala that was closed on the days a camp was said to have been held there.\n\n"
    "AFP was unable to independently verify the photographs or when they were taken.\n\n"
    "The body's president denied any wrongdoing.\n"
)


def test_photographs_of_the_paragraph_before() -> None:
    asked = _asked(PHOTOS)
    prompt = ASK + "was AFP able to verify the photographs of a jetty in Mpala?"
    assert asked.get(prompt) == "AFP could not verify them"


def test_photographs_two_paragraphs_back_are_not_read() -> None:
    body = PHOTOS.replace(
        "AFP was unable", "The federation said it would respond in writing.\n\nAFP was unable"
    )
    assert not any("jetty" in p for p in _asked(body))


RESEARCHER = (
    "Regulator fines app maker over leak\n\n"
    "LISBON, June 9 (Reuters) - A data regulator fined app maker Fintro 2 million euros on "
    "Monday over an exposed database.\n\n"
    "Marta Quental, the engineer who found the database, told Reuters that records kept on the "
    "server showed another visitor had copied the data before her. Reuters could not verify that "
    "claim, and Fintro said it had found no sign of copying.\n"
)


def test_that_claim_with_her_for_the_speaker_is_asked_with_the_name() -> None:
    asked = _asked(RESEARCHER)
    prompt = (
        ASK + "was Reuters able to verify the claim that records kept on the server showed another "
        "visitor had copied the data before Quental?"
    )
    assert asked.get(prompt) == "Reuters could not verify it"
    assert not any("given by" in p for p in asked)


ASSURANCE = (
    "Court remands fund managers\n\n"
    "ABUJA, Oct 2 - A court remanded two fund managers on Tuesday over missing savings.\n\n"
    '"Every member\'s savings are safe," the company said in a statement.\n\n'
    "The regulator did not say whether members had lost money, and it was not possible to "
    "verify the company's assurance independently.\n"
)


def test_an_assurance_that_states_nothing_is_not_asked() -> None:
    asked = _asked(ASSURANCE)
    assert not any("assurance" in p for p in asked)


def test_controls_identity_nominee_whether() -> None:
    text = (
        "Senate vote\n\nTARVO (Reuters) - The senate will vote on Friday. Clerks could not "
        "verify their identity at the door. The committee did not confirm the nominee. The "
        "ministry declined to confirm whether the minister had resigned.\n"
    )
    # identity and nominee stay controls; the "whether" is asked as a value since branch ver9b
    # (a control here before: an open question)
    assert _asked(text) == {
        "According to the story, did the ministry confirm whether the minister had resigned?": (
            "The ministry declined to confirm it"
        )
    }
