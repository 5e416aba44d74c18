"""Denials apposed to the claim before them, in one sentence (issue 7): "Officials said X, a claim
Dravia denies", "…, a charge that the government strongly denied", "…, which the ministry
denied", "…, which the ministry said was false". The denier denies the claim just before the
comma; the claim's words end at that comma. Sentences of our own, with controls: no denier
("a claim that could not be verified"), no denial verb ("a claim the ministry repeated"), a
negated verb, a pronoun for a denier, and a claim that would need a pronoun resolved.
"""

from __future__ import annotations

from story_kit import answer, kinds_built, verifications, wrong_options

from questions import analyze
from questions.model import Claim, Question

# sources enough for wrong options (people and an expert), none of them about the fighting
FILLER = (
    "Fisherman Jonas Petrov said the harbour had been closed since dawn. "
    "Historian Lena Varro said the old port was built in 1870. "
    "Shopkeeper Mira Olsen said bread prices had doubled in a week."
)


def _text(body: str) -> str:
    return "Border town shelled\n\nZARVOSK, Velonia (AP) — " + body + "\n\n" + FILLER + "\n"


def _questions(body: str, *kinds: str) -> list[Question]:
    return kinds_built(_text(body), *kinds)


def _claims(body: str) -> list[Claim]:
    """The claims and other attributions of the body's own sentence (line 3)."""
    story = analyze(_text(body)).stories[0]
    return sorted(
        (c for c in [*story.claims, *story.others] if c.line == 3), key=lambda c: c.content_span
    )


SHELLED = "Velonian officials said Dravian gunners shelled the fishing port of Zarvosk overnight"
BRELL = "Activist Ana Brell said the plant had leaked chemicals into the river"
HELICOPTER = "Rebel commanders said rebel fighters had downed a military helicopter"


# ---- the analysis: the claim ends at the comma, the denial is a claim of its own


def test_the_denial_is_read_and_the_claim_ends_at_the_comma() -> None:
    first, denial = _claims(SHELLED + ", a claim Dravia denies.")
    assert first.source == "Velonian officials"
    assert first.content == "Dravian gunners shelled the fishing port of Zarvosk overnight"
    assert first.stance == "asserts"
    assert (denial.source, denial.cue, denial.stance) == ("Dravia", "denies", "denies")
    assert denial.content == "a claim"  # the noun standing for what is denied
    assert denial.act == "claim"


def test_which_the_ministry_denied_ends_the_claim_before_which() -> None:
    first, denial = _claims(HELICOPTER + ", which the defence ministry denied.")
    assert first.content == "rebel fighters had downed a military helicopter"
    assert (denial.source_text, denial.stance, denial.content) == (
        "the defence ministry",
        "denies",
        "which",
    )


def test_which_the_ministry_said_was_false_is_no_denial_by_the_rebels() -> None:
    # before: the rebels' words ran on to "…, which the ministry said was false" and made the
    # rebels' claim a denial
    first, denial = _claims(HELICOPTER + ", which the ministry said was false.")
    assert first.content == "rebel fighters had downed a military helicopter"
    assert first.stance == "asserts"
    assert (denial.source_text, denial.stance) == ("the ministry", "denies")


# ---- the questions


def test_a_claim_a_country_denies() -> None:
    body = SHELLED + ", a claim Dravia denies."
    qs = _questions(body, "who_denied", "what_denied")
    (who,) = [q for q in qs if q.kind == "who_denied"]
    (what,) = [q for q in qs if q.kind == "what_denied"]
    assert who.prompt == (
        "According to the story, who denied the claim that Dravian gunners shelled the fishing"
        " port of Zarvosk overnight?"
    )
    assert answer(who) == "Dravia"
    assert "Velonian officials" not in wrong_options(who)
    assert "“a claim” stands for the claim of Velonian officials that" in who.explanation
    assert who.evidence.text.startswith("Velonian officials said")
    assert what.prompt == "According to the story, what did Dravia deny?"
    assert answer(what) == "That Dravian gunners shelled the fishing port of Zarvosk overnight"


def test_the_claimant_is_never_a_wrong_option() -> None:
    # she is named in the denial's own sentence (sources.distractors leaves such names out)
    body = BRELL + ", a claim Norvex denies."
    (who,) = _questions(body, "who_denied")
    assert answer(who) == "Norvex"
    assert len(wrong_options(who)) >= 2
    assert not any("Brell" in o for o in wrong_options(who))


def test_a_claim_that_a_country_has_denied() -> None:
    body = (
        "Vessian officials said Vessian troops had captured the village of Orlo,"
        " a claim that Kaldova has denied."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who denied the claim that Vessian troops had captured the"
        " village of Orlo?"
    )
    assert answer(who) == "Kaldova"


def test_a_charge_that_the_government_strongly_denied() -> None:
    body = (
        "Vessian officials said Vessian troops had captured the village of Orlo,"
        " a charge that the government strongly denied."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who denied the charge that Vessian troops had captured the"
        " village of Orlo?"
    )
    assert answer(who) == "The government"


def test_which_the_ministry_denied_asks_without_a_noun() -> None:
    qs = _questions(
        HELICOPTER + ", which the defence ministry denied.", "who_denied", "what_denied"
    )
    (who,) = [q for q in qs if q.kind == "who_denied"]
    (what,) = [q for q in qs if q.kind == "what_denied"]
    assert who.prompt == (
        "According to the story, who denied that rebel fighters had downed a military helicopter?"
    )
    assert answer(who) == "The defence ministry"
    assert "“which” stands for the claim of" in who.explanation
    assert answer(what) == "That rebel fighters had downed a military helicopter"


def test_which_the_ministry_said_was_false_is_a_denial() -> None:
    (who,) = _questions(HELICOPTER + ", which the ministry said was false.", "who_denied")
    assert who.prompt == (
        "According to the story, who denied that rebel fighters had downed a military helicopter?"
    )
    assert answer(who) == "The ministry"


def test_an_allegation_the_company_rejects_keeps_the_verb_in_the_past() -> None:
    body = (
        "The dockers' union said the firm had cut wages by half, an allegation the company rejects."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who rejected the allegation that the firm had cut wages by half?"
    )
    assert answer(who) == "The company"


def test_a_claim_the_ministry_dismissed_as_propaganda() -> None:
    (who,) = _questions(
        HELICOPTER + ", a claim the ministry dismissed as propaganda.", "who_denied"
    )
    assert who.prompt == (
        "According to the story, who dismissed the claim that rebel fighters had downed a"
        " military helicopter?"
    )
    assert answer(who) == "The ministry"


# ---- controls


def test_control_a_claim_that_could_not_be_verified_is_no_denial() -> None:
    body = HELICOPTER + ", a claim that could not be independently verified."
    first, *rest = _claims(body)
    assert first.content == "rebel fighters had downed a military helicopter"
    assert not [c for c in rest if c.stance == "denies"]
    assert not _questions(body, "who_denied", "what_denied")
    assert verifications(_text(body)) == [
        ("The Associated Press", "unverified", "rebel fighters had downed a military helicopter")
    ]


def test_control_a_claim_the_ministry_repeated_is_no_denial() -> None:
    body = HELICOPTER + ", a claim the ministry repeated on Monday."
    assert not [c for c in _claims(body) if c.stance == "denies"]
    assert not _questions(body, "who_denied", "what_denied")


def test_control_a_claim_the_ministry_did_not_deny() -> None:
    body = HELICOPTER + ", a claim the ministry did not deny."
    assert not [c for c in _claims(body) if c.content == "a claim"]
    assert not _questions(body, "who_denied", "what_denied")


def test_control_a_pronoun_denier_is_not_asked_about() -> None:
    # "he" may be anyone of the story: no denial is read from the appositive
    body = (
        "Activist Ana Brell said the plant had leaked chemicals into the river, a claim he denies."
    )
    assert not [c for c in _claims(body) if c.content == "a claim"]
    assert not _questions(body, "who_denied", "what_denied")


def test_control_a_claim_with_a_pronoun_is_not_asked_about() -> None:
    # "their fighters": whose, in a prompt read alone? no question rather than a vague one
    body = (
        "Rebel commanders said their fighters had downed a military helicopter,"
        " a claim the ministry dismissed as propaganda."
    )
    assert not _questions(body, "who_denied", "what_denied")


def test_control_which_the_ministry_said_was_possible_is_no_denial() -> None:
    body = HELICOPTER + ", which the ministry said was possible."
    assert not [c for c in _claims(body) if c.stance == "denies"]
    assert not _questions(body, "who_denied", "what_denied")


def test_control_which_may_stand_for_a_request() -> None:
    # "which" may stand for "the request", denied as a ruling: no denial of the clause is read
    body = (
        "Farm leader Tomas Breck said the council had approved the request, which the mayor denied."
    )
    assert not [c for c in _claims(body) if c.stance == "denies" and c.content == "which"]
    assert not _questions(body, "who_denied", "what_denied")


def test_control_which_the_ministry_rejected_may_be_a_plan() -> None:
    # "rejected" after "which" may take a plan or a bill: only a verb of denying is read
    body = HELICOPTER + ", which the ministry rejected."
    assert not [c for c in _claims(body) if c.stance == "denies" and c.content == "which"]
