"""The contract enums name exactly what the engine produces."""

from __future__ import annotations

from questions import model
from questions.contract import (
    KIND_SKILL,
    QuestionKind,
    QuoteKind,
    Skill,
    SourceKind,
    Stance,
    VerificationStatus,
)
from questions.generate import KIND_ORDER, KINDS


def test_kinds_match_the_registry():
    assert {k.value for k in QuestionKind} == set(KINDS)
    assert [k.value for k in QuestionKind] == [k for k in KIND_ORDER if k in KINDS]
    assert {k.value: s.value for k, s in KIND_SKILL.items()} == {
        name: spec.skill for name, spec in KINDS.items()
    }


def test_value_lists_match_the_model():
    assert [s.value for s in Skill] == list(model.SKILLS)
    assert [s.value for s in Stance] == list(model.STANCES)
    assert [q.value for q in QuoteKind] == list(model.QUOTE_KINDS)
    assert [s.value for s in SourceKind] == list(model.SOURCE_KINDS)
    assert [v.value for v in VerificationStatus] == list(model.VERIFICATION_STATUSES)
