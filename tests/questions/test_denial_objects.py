"""What a denial denies, named by a noun (issue 7, teachers' readings of fresh wire): clean
denials that asked nothing ("denied wrongdoing", "rejected the engineers' account of the
collapse", "disputed the findings", "Through his lawyer, Tom Hale denies the allegations"), and
a dismissal of an opinion asked as a denial ("dismissed the criticism as baseless"): rejecting
criticism, concerns or calls to resign denies no reported fact. Sentences of our own, with
controls: "dismissed the reports as false" stays a denial; "denied entry", "was denied bail",
"refused to comment" and "disputed territory" deny nothing.
"""

from __future__ import annotations

import pytest
from story_kit import answer, harbour_story, kinds_built

from questions.model import Question

DENIAL_KINDS = ("who_denied", "what_denied")


def _questions(body: str) -> list[Question]:
    return kinds_built(harbour_story("Inquiry opens", body), *DENIAL_KINDS)


def _who(body: str) -> dict[str, str]:
    """Prompt -> keyed answer of the who_denied questions."""
    return {q.prompt: answer(q) for q in _questions(body) if q.kind == "who_denied"}


def _what(body: str) -> dict[str, str]:
    """Prompt -> keyed answer of the what_denied questions."""
    return {q.prompt: answer(q) for q in _questions(body) if q.kind == "what_denied"}


# ---- "denied wrongdoing": no "any" needed


@pytest.mark.parametrize(
    ("body", "prompt", "denier"),
    [
        (
            "Auditors said Mayor Clara Ruiz had steered a paving contract to her brother's firm. "
            "Ruiz denied wrongdoing.",
            "According to the story, who denied wrongdoing?",
            "Clara Ruiz",
        ),
        (
            "Regulators said the trading firm Alvar Capital had hidden losses from investors. "
            "Alvar Capital denies wrongdoing.",
            "According to the story, who denied wrongdoing?",
            "Alvar Capital",
        ),
        (
            "Prosecutors said council member Peter Lund took cash from a developer. "
            "Lund has denied any wrongdoing.",
            "According to the story, who denied any wrongdoing?",
            "Peter Lund",
        ),
    ],
)
def test_denied_wrongdoing(body: str, prompt: str, denier: str) -> None:
    assert _who(body).get(prompt) == denier


# ---- someone's account, version or findings rejected or disputed


@pytest.mark.parametrize(
    ("body", "prompt", "denier"),
    [
        (
            "Inspector Rhea Maddox said the crane operator had ignored wind warnings. "
            "Crane firm Tolvik Lifting rejected Maddox's version of events.",
            "According to the story, who rejected Maddox's version of events?",
            "Tolvik Lifting",
        ),
        (
            "A panel of auditors found that the clinic had overbilled the province. "
            "Clinic director Ana Kessel rejected the auditors' findings.",
            "According to the story, who rejected the auditors' findings?",
            "Ana Kessel",
        ),
        (
            "Researchers at Caldera University said sweet drinks raised the risk of diabetes. "
            "Drinks maker Brisk Beverages disputed the study's methodology.",
            "According to the story, who disputed the study's methodology?",
            "Brisk Beverages",
        ),
        (
            "Engineers from the Delmar Institute said the pier collapsed because its cables "
            "had rusted. The contractor, Orvane Build, rejected the engineers' account of the "
            "collapse.",
            "According to the story, who rejected the engineers' account of the collapse?",
            "Orvane Build",
        ),
    ],
)
def test_someones_account_rejected(body: str, prompt: str, denier: str) -> None:
    assert _who(body).get(prompt) == denier


# ---- "disputed the findings", "disputes the figures": the one claim just before


def test_disputed_the_findings_of_the_report_before() -> None:
    body = (
        "A report by the watchdog Fairwater said the utility had overcharged customers "
        "by 12 percent. Harbour Power disputed the findings."
    )
    who = _who(body)
    assert who == {
        "According to the story, who disputed the findings that the utility had overcharged "
        "customers by 12 percent?": "Harbour Power"
    }
    assert _what(body) == {
        "According to the story, what did Harbour Power deny?": (
            "That the utility had overcharged customers by 12 percent"
        )
    }


def test_disputes_the_figures_of_the_claim_before() -> None:
    body = (
        "The union said nearly 400 workers had lost their jobs at the rolling mill this year. "
        "Velmar Steel disputes the figures."
    )
    assert _who(body) == {
        "According to the story, who disputed the figures that nearly 400 workers had lost "
        "their jobs at the rolling mill this year?": "Velmar Steel"
    }


# ---- a denial through a lawyer or a spokesperson: the denier is the one accused


@pytest.mark.parametrize(
    "denial",
    [
        "Through his lawyer, Tom Hale denies the allegations.",
        "Hale, through a spokesperson, denied the allegations.",
    ],
)
def test_allegations_denied_through_a_lawyer(denial: str) -> None:
    body = (
        "Prosecutors said businessman Tom Hale had hidden 3 million dollars in offshore "
        "accounts. " + denial
    )
    who = _who(body)
    assert list(who.values()) == ["Tom Hale"]
    [prompt] = who
    assert prompt == "According to the story, who denied the allegations made by prosecutors?"


# ---- an opinion dismissed is no fact denied


@pytest.mark.parametrize(
    "dismissal",
    [
        "Finance minister Petra Hollis dismissed the criticism as baseless.",
        "Finance minister Petra Hollis dismissed the criticism as a smear.",
        "Finance minister Petra Hollis dismissed the criticism as politically motivated.",
        "Finance minister Petra Hollis rejected the concerns as groundless.",
        "Finance minister Petra Hollis dismissed the calls for her resignation as nonsense.",
    ],
)
def test_dismissed_criticism_asks_no_denial(dismissal: str) -> None:
    body = (
        "Opposition leader Sven Adler said the budget would push thousands of families into "
        "poverty. " + dismissal
    )
    assert _questions(body) == []


def test_control_dismissed_the_reports_as_false_stays_a_denial() -> None:
    body = (
        "Local newspapers said minister Petra Hollis had flown a state jet to a family "
        "holiday. Hollis dismissed the reports as false."
    )
    assert _who(body) == {
        "According to the story, who dismissed the reports as false?": "Petra Hollis"
    }


@pytest.mark.parametrize(
    "body",
    [
        "Journalist Ana Brell said she was denied entry at the airport.",
        "Striker Hugo Lenz was denied bail on Monday.",
        "Police spokesman Erik Dahl refused to comment on the arrests.",
        "Troops patrolled the disputed territory near Lake Orva on Monday.",
        "Coach Ivo Dalen disputed territory and tactics with rival clubs for years.",
    ],
)
def test_controls_find_no_denial(body: str) -> None:
    assert _questions(body) == []


# ---- a reported matter denied in the speaker's own words

WHAT_UTILITY = "According to the story, what did the utility deny?"


@pytest.mark.parametrize(
    ("body", "who", "what"),
    [
        (
            "Forecasters said they had warned the Norva water utility about the rising river. "
            "The utility said it never received the alert.",
            {"According to the story, who denied receiving the alert?": "The utility"},
            {WHAT_UTILITY: "That it had received the alert"},
        ),
        (
            "Residents said the Norva water utility had been told of the leaking dam months ago. "
            "The utility insisted it had never been warned.",
            {"According to the story, who denied having been warned?": "The utility"},
            {WHAT_UTILITY: "That it had been warned"},
        ),
        (
            "Parents said they had complained to the Brantley school board about mould in the "
            "classrooms. The board said it did not receive any complaint.",
            {"According to the story, who denied receiving any complaint?": "The board"},
            {},
        ),
    ],
)
def test_denial_in_own_words(body: str, who: dict[str, str], what: dict[str, str]) -> None:
    assert _who(body) == who
    assert _what(body) == what


@pytest.mark.parametrize(
    "body",
    [
        # no report before that names the speaker
        "The Norva water utility said it never received the alert.",
        # an admission, not a denial: warning is asked only as "been warned"
        "Residents said the Norva water utility had failed them. "
        "The utility said it never warned residents.",
        # the pronoun is someone else's
        "Auditors said Mayor Clara Ruiz had approved the contract. "
        "Ruiz said he never signed the contract.",
        # what follows the verb changes what was denied
        "Forecasters said they had warned the Norva water utility about the river. "
        "The utility said it never received the alert until Tuesday.",
        # not what was reported: an excuse beside the report, no denial of it
        "Residents said the Kellan Chemical company had dumped waste in the river. "
        "The company said it was never told about the rules.",
        # a plain claim, no negation
        "Forecasters said they had warned the Norva water utility about the river. "
        "The utility said it received the alert on Tuesday.",
    ],
)
def test_own_words_controls_find_no_denial(body: str) -> None:
    assert _questions(body) == []


# ---- a lawyer's words for a client


@pytest.mark.parametrize(
    ("denial", "prompt"),
    [
        (
            "Hale's lawyer said his client denies the allegations.",
            "According to the story, who denied the allegations made by prosecutors?",
        ),
        (
            "Hale's attorney, Nina Ferro, said her client denied the allegations.",
            "According to the story, who denied the allegations made by prosecutors?",
        ),
        (
            "Hale's lawyer said his client has denied any wrongdoing.",
            "According to the story, who denied any wrongdoing?",
        ),
    ],
)
def test_a_lawyer_reports_the_clients_denial(denial: str, prompt: str) -> None:
    body = (
        "Prosecutors said businessman Tom Hale had hidden 3 million dollars in offshore "
        "accounts. " + denial
    )
    [q] = [q for q in _questions(body) if q.kind == "who_denied"]
    assert (q.prompt, answer(q)) == (prompt, "Tom Hale")
    assert "Nina Ferro" not in q.options  # the lawyer speaks for him: no wrong option
    assert "the words “his client" in q.explanation or "the words “her client" in q.explanation


@pytest.mark.parametrize(
    "body",
    [
        # the client is never named whole
        "Hale's lawyer said his client denies the allegations.",
        # a request turned down, no claim denied
        "Prosecutors said businessman Tom Hale had hidden money abroad. "
        "Hale's lawyer said his client rejected the plea offer.",
        # the lawyer's own words, no denial by the client
        "Prosecutors said businessman Tom Hale had hidden money abroad. "
        "Hale's lawyer said his client would appeal.",
    ],
)
def test_lawyer_controls_find_no_denial(body: str) -> None:
    assert _questions(body) == []
