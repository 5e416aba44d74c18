"""Denials of wire stories the engine left unasked (issue 7, set 8), on stories of our own:

- a denial in a relative clause after its denier's name ("Dorvan, who denied wrongdoing
  throughout the nine-week trial, will appeal"), cut at the clause's closing comma;
- an opening "It" resolved to the one named body of the sentence before ("Kestrel Motors said
  …. It rejected suggestions that …"), with a public body the story quotes as a wrong option
  beside the company's chief executive, who is never one;
- "rejected the allegations" after the allegations of one body named also by its noun ("the
  regulator"): asked as "the allegations made by …";
- "The company denied that." after "X said … and accused it of …": the accusation of the
  denier, not X's other claim;
- a denied clause that leaves its object to the sentence before ("that union members were
  involved") is not asked;
- controls: "denied entry", "denied bail", "did not deny", an "It" that may be either of two
  bodies.
"""

from __future__ import annotations

from story_kit import (
    DENIAL_FILLER,
    answer,
    denial_story,
    denials_asked,
    one_denial,
    wrong_options,
)

FILLER = DENIAL_FILLER
_story = denial_story
_asked = denials_asked
_one = one_denial


# 1. a denial in a relative clause

TRIAL = _story(
    "Former harbour official jailed over dredging contracts",
    "A court in Tarvik on Monday jailed a former harbour official for three years for taking "
    "kickbacks from dredging firms.\n\n"
    "Piet Dorvan, who denied wrongdoing throughout the nine-week trial, will appeal, his "
    "lawyer Maren Holt told reporters outside the court.\n\n"
    "Presiding judge Elsa Varn said Dorvan had hidden the kickbacks in invoices for dredging "
    "survey work.\n\n"
    "Harbour director Hugo Brand said dredging tenders at the harbour were now handled by a "
    "national agency because of the Dorvan case.",
)


def test_relative_clause_denial_is_asked_without_the_main_clause() -> None:
    q = _one(TRIAL, "According to the story, who denied wrongdoing throughout the nine-week trial?")
    assert "Dorvan" in answer(q)
    assert not any("Holt" in o for o in wrong_options(q))  # his own lawyer


# 2. "It" after the one body of the sentence before

RECALL = _story(
    "Olmenia orders recall of 9,000 delivery vans after brake failures",
    "Olmenia's transport safety office has ordered carmaker Kestrel Motors to recall about "
    "9,000 delivery vans after a series of brake failures, the office said.\n\n"
    "Kestrel Motors, which sells through about 200 dealers, said it had started a free repair "
    "programme in May. It rejected suggestions that the brake pads themselves were faulty.\n\n"
    '"Our vans meet every safety rule," chief executive Bram Tollen said in a statement.\n\n'
    "The office declined to comment beyond the order.",
)


def test_it_is_the_company_named_in_the_sentence_before() -> None:
    prompt = "According to the story, who denied that the brake pads themselves were faulty?"
    q = _one(RECALL, prompt)
    assert answer(q) == "Kestrel Motors"
    assert not any("Tollen" in o for o in wrong_options(q))  # the company's own head


def test_it_that_may_be_either_of_two_bodies_is_not_resolved() -> None:
    text = RECALL.replace(
        "Kestrel Motors, which sells through about 200 dealers, said it had started a free "
        "repair programme in May.",
        "Kestrel Motors said its supplier Brenna Parts had made the pads in March.",
    )
    assert not [a for a in _asked(text) if "brake pads" in a[1]]


# 3. the allegations of one body, named also by its noun

ALLEGATIONS = _story(
    "Regulator sues home goods chain over delivery fees",
    "The Olmenian Competition Authority has taken retailer Brisk Home to court, alleging the "
    "company charged customers delivery fees it had promised to waive.\n\n"
    "The regulator alleges that internal emails showed managers knew of the charges for a "
    "year.\n\n"
    '"Customers deserve honest prices," authority head Ilse Marrow said in a statement.\n\n'
    "Brisk Home rejected the allegations. A spokesman said the fees had been shown at "
    "checkout.",
)


def test_allegations_of_one_body_are_asked_by_whom_they_were_made() -> None:
    prompt = (
        "According to the story, who rejected the allegations made by the Olmenian "
        "Competition Authority?"
    )
    q = _one(ALLEGATIONS, prompt)
    assert answer(q) == "Brisk Home"
    assert not any("Marrow" in o or "Authority" in o for o in wrong_options(q))


# 4. "The company denied that." after "… and accused it of …"

ACCUSED = _story(
    "Food maker to end night shifts at village bakery",
    "Food maker Harlow Foods said on Tuesday its bakery in the village of Brenn would stop "
    "night shifts from June.\n\n"
    "Residents reacted angrily. Mayor Anton Weiss said the company had given the village "
    '"barely a week\'s notice" and accused it of using the staff shortage to move jobs to the '
    "city plant.\n\n"
    "The company denied that. A spokesperson said there was no plan to close the bakery for "
    "good.",
)


def test_company_denied_the_accusation_just_before() -> None:
    prompt = (
        "According to the story, who denied the accusation of using the staff shortage to "
        "move jobs to the city plant?"
    )
    q = _one(ACCUSED, prompt)
    assert answer(q) == "Harlow Foods"


def test_that_after_a_claim_and_an_accusation_of_another_is_not_asked() -> None:
    text = ACCUSED.replace("and accused it of using", "and accused the union of using")
    assert not [a for a in _asked(text) if "accusation" in a[1] or "claim that" in a[1]]


# 5. a denied clause that leans on the sentence before for its object


SHORT_FILLER = (
    "Weather officer Greta Lune said strong winds would return on Thursday.\n\n"
    "Teacher Lina Vos said the school gym would reopen next week.\n"
)


def test_involved_in_what_is_not_asked() -> None:
    text = _story(
        "Dock strike enters second week",
        "A strike by 900 dock workers at the port of Tarvik entered its second week on "
        "Monday.\n\n"
        "Dock operator Sarn Terminals said in a statement that its offer to the striking dock "
        'workers was "fair" and that two of its cranes had been damaged on Friday night.\n\n'
        "DWU regional secretary Tomas Reel denied that union members were involved. "
        '"We have told our members to keep the picket at the port peaceful," he said.',
        SHORT_FILLER,
    )
    assert not [a for a in _asked(text) if "involved" in a[1]]


# 6. controls: no denial of a claim


def test_denied_entry_bail_and_did_not_deny_ask_nothing() -> None:
    text = _story(
        "Reporters turned back at border",
        "Border police denied entry to two reporters at Tarvik airport on Sunday, their "
        "editor Ola Brandt said.\n\n"
        "A court in Tarvik denied bail to the two men accused of the robbery.\n\n"
        "The club did not deny that its coach had been paid twice.",
    )
    assert _asked(text) == []
