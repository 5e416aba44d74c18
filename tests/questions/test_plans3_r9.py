"""Issue 7, helper "plans3", on invented wire stories.

A decision, plan or arrangement announced by a body or an authority — what it, or another
authority, will do ("310 coaches would be taken off the roads by Friday", "the national audit
office would review the hospital's figures", "the refunds would come from its reserve fund",
"it would join the case as a civil party") or what it has ordered ("it had ordered the kitchen
closed") — is no claim to judge: not asked in fact_or_claim, source_check or who_said.
Predictions and assessments ("prices would rise", "the dam would fail in a flood", "the ban
would cost jobs", "the shortage would last until spring") and a third party's word on another
body's plan stay claims.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.claims import pledge
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import KINDS, Context
from questions.model import Claim, Question

PLANS = (
    "Coach firm collapses\n\n"
    "The coach operator Brenna Lines went into administration on Tuesday. The administrators"
    " said 310 coaches would be taken off the roads by Friday.\n\n"
    "Health minister Tova Lind said the national audit office would review the hospital's"
    " figures.\n\n"
    "The Marsby council said the refunds would come from its reserve fund and would not affect"
    " other services.\n\n"
    "The Ostlund cycling federation said it would join the case as a civil party.\n\n"
    "The food safety agency said it had ordered the kitchen closed.\n\n"
    "The transport ministry said the fines would be refunded in full.\n\n"
    "The education board said an inquiry would be opened into the leak.\n\n"
    "The finance ministry said the state would pay for the repairs.\n\n"
    "The water regulator said the figures would be published next month.\n"
)

CONTROLS = (
    "Prices and plans\n\n"
    "Bank analysts said prices would rise.\n\n"
    "Engineer Ana Holt said the dam would fail in a flood.\n\n"
    "The farmers' union said the ban would cost jobs.\n\n"
    "The energy ministry said the shortage would last until spring.\n\n"
    "Union officials said the company would close the plant in March.\n\n"
    "Police said the driver would be charged.\n\n"
    "The health agency said the kitchen had been dirty for months.\n"
)


def _contexts(text: str) -> list[Context]:
    analysis = analyze(text)
    return [Context(analysis, story) for story in analysis.stories]


def _claim(text: str, words: str) -> tuple[Context, Claim]:
    found = [(ctx, c) for ctx in _contexts(text) for c in ctx.story.claims if words in c.content]
    assert len(found) == 1, [c.content for _, c in found]
    return found[0]


def _about(text: str, kind: str, words: str) -> list[Question]:
    built = [q for ctx in _contexts(text) for q in KINDS[kind].build(ctx)]
    return [
        q
        for q in built
        if words in q.prompt or words in q.explanation or any(words in o for o in q.options)
    ]


_PLANS = [
    "would be taken off the roads by Friday",
    "the national audit office would review",
    "the refunds would come from its reserve fund",
    "it would join the case as a civil party",
    "it had ordered the kitchen closed",
    "the fines would be refunded in full",
    "an inquiry would be opened into the leak",
    "the state would pay for the repairs",
    "the figures would be published next month",
]


@pytest.mark.parametrize("words", _PLANS)
def test_plan_is_no_claim(words: str) -> None:
    ctx, claim = _claim(PLANS, words)
    assert pledge(ctx.text, claim)
    assert claim_statement(ctx, claim) is None


@pytest.mark.parametrize("words", _PLANS)
def test_plan_is_not_asked(words: str) -> None:
    for kind in ("fact_or_claim", "who_said", "source_check"):
        assert not _about(PLANS, kind, words), kind


_KEPT = [
    "prices would rise",
    "the dam would fail in a flood",
    "the ban would cost jobs",
    "the shortage would last until spring",
    "the company would close the plant in March",  # the union on the company's plan
    "the driver would be charged",  # a third party's fate
    "the kitchen had been dirty for months",
]


@pytest.mark.parametrize("words", _KEPT)
def test_forecasts_and_assessments_stay_claims_control(words: str) -> None:
    ctx, claim = _claim(CONTROLS, words)
    assert not pledge(ctx.text, claim)
