"""fact_or_claim on a sentence whose content a source gives just before or after it, on stories
of our own, with controls:

- "The union says the pit lost 40 jobs in March …" then "The pit lost 40 jobs in March, …" in
  the outlet's voice: the second restates the union's claim, so it is not keyed "fact" (the same
  with the claim after it, "The union also says …", "In its report, the union says …", or a
  ", the union says" tail);
- shares carried on from an attributed poll ("According to a survey …, nearly half of …" /
  "About 3 in 10 …"), before or after: the poll's finding, not the outlet's fact;
- a claim that the next sentence shows to be right ("That figure is correct.", "Inspection
  records bear this out.", "Records from the state office list …") is not keyed "claim";
- controls: a fact beside a claim about something else, a share beside a claim with no share,
  a poll's margin of error, and a claim the next sentence does not check stay as they were.
"""

from __future__ import annotations

from questions import analyze
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context


def _text(*paragraphs: str) -> str:
    return "\n\n".join(
        [
            "COLTON, Wales (Wire) — Workers at the Pennant colliery walked out on Thursday after "
            "a roof fall injured two miners at the pit, which employs 310 people.",
            *paragraphs,
            "The walkout began at 6 a.m. on Thursday and ended 12 hours later.",
        ]
    )


def _asked(*paragraphs: str) -> dict[str, str]:
    """Every statement fact_or_claim would ask of the story (before balancing) → its key."""
    analysis = analyze(_text(*paragraphs))
    ctx = Context(analysis, analysis.stories[0])
    original = fact_or_claim._balance
    fact_or_claim._balance = lambda n_fact, n_claim: (n_fact, n_claim)
    try:
        qs = fact_or_claim.build(ctx)
    finally:
        fact_or_claim._balance = original
    return {q.prompt.split(" — ")[0].strip("“”"): str(q.options[q.answer]) for q in qs}


_FACT = fact_or_claim.FACT


def _facts(*paragraphs: str) -> set[str]:
    return {k for k, v in _asked(*paragraphs).items() if v == _FACT}


def test_restatement_after_the_claim_is_no_fact() -> None:
    facts = _facts(
        "The union says the pit lost 40 jobs in March when the east seam closed.",
        "The pit lost 40 jobs in March, when the east seam closed.",
    )
    assert not any("40 jobs" in f for f in facts)


def test_restatement_before_an_also_says_is_no_fact() -> None:
    facts = _facts(
        "The pit lost 40 jobs in March, when the east seam closed.",
        "The union also says the pit lost 40 jobs in March when the east seam closed.",
    )
    assert not any("40 jobs" in f for f in facts)


def test_restatement_after_a_says_tail_is_no_fact() -> None:
    facts = _facts(
        "The mine is unsafe, the union says. It says the pit has had 12 roof falls since 2020.",
        "The pit has had 12 roof falls since 2020.",
    )
    assert not any("roof falls" in f for f in facts)


def test_restatement_after_in_its_report_is_no_fact() -> None:
    facts = _facts(
        "In its report, the union says the east seam closed in March with the loss of 40 jobs.",
        "The east seam closed in March with the loss of 40 jobs.",
    )
    assert not any("east seam" in f for f in facts)


def test_poll_shares_carried_on_are_no_fact() -> None:
    poll = (
        "According to a union survey published on Friday, nearly half of the miners at the pit "
        "are over 50."
    )
    share = "About 3 in 10 miners at the pit are under 25."
    assert share not in _facts(share, poll)  # the poll named after the shares
    assert share not in _facts(poll, share)
    close = (
        "Among miners under 30, the two answers stood level, 44% to 43%, inside the "
        "survey's margin of error."
    )
    assert close not in _facts(close, poll)  # a finding, not the margin of error itself


def test_claim_shown_right_next_is_not_keyed_claim() -> None:
    for check in (
        "That figure is correct.",
        "Inspection records from the state office bear this out.",
        "Records from the state mining office list failed inspections on May 4, July 9 and "
        "Sept. 2.",
    ):
        asked = _asked(
            "The union says the mine has failed three safety inspections since May. " + check
        )
        assert "The mine has failed three safety inspections since May." not in asked, check


# ---- controls


def test_control_fact_beside_a_claim_about_something_else() -> None:
    facts = _facts(
        "The union says the pit lost 40 jobs in March.",
        "The east seam closed in March after 60 years of work.",
    )
    assert "The east seam closed in March after 60 years of work." in facts


def test_control_share_beside_a_claim_without_shares() -> None:
    facts = _facts(
        "The owners say the pit is safe.", "About 3 in 10 miners at the pit are under 25."
    )
    assert "About 3 in 10 miners at the pit are under 25." in facts


def test_control_margin_of_error_stays_a_fact() -> None:
    facts = _facts(
        "According to a union survey, most miners at the pit fear for their safety.",
        "The survey of 400 miners had a margin of error of 5 percentage points.",
    )
    assert "The survey of 400 miners had a margin of error of 5 percentage points." in facts


def test_control_claim_not_checked_stays_a_claim() -> None:
    asked = _asked(
        "The union says the mine has failed three safety inspections since May. The owners "
        "have not commented."
    )
    assert asked.get("The mine has failed three safety inspections since May.") != _FACT
    assert "The mine has failed three safety inspections since May." in asked


def test_control_claim_with_negated_check_stays_a_claim() -> None:
    asked = _asked(
        "The union says the mine has failed three safety inspections since May. The figure is "
        "not correct, the owners say."
    )
    assert "The mine has failed three safety inspections since May." in asked
