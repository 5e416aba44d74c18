"""Discernment (d′) and calibration on worked examples."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from quiz.services.skills import Discernment, calibration, claim_index, discernment

OPTIONS = ["Reported as fact by the outlet", "A claim the story attributes to someone"]


def fact_or_claim(is_claim: bool, called_claim: bool, options=OPTIONS):
    question = SimpleNamespace(kind="fact_or_claim", options=options, answer=int(is_claim))
    return question, SimpleNamespace(choice=int(called_claim))


def test_calling_everything_a_claim_scores_zero():
    pairs = [fact_or_claim(True, True)] * 4 + [fact_or_claim(False, True)] * 4
    d = discernment(pairs)
    assert (d.hits, d.misses, d.false_alarms, d.correct_rejections) == (4, 0, 4, 0)
    assert d.d_prime == 0.0
    assert "do not tell facts from claims" in d.in_words()


def test_calling_everything_a_claim_stays_near_zero_with_unequal_counts():
    pairs = [fact_or_claim(True, True)] * 20 + [fact_or_claim(False, True)] * 20
    assert discernment(pairs).d_prime == 0.0
    uneven = [fact_or_claim(True, True)] * 12 + [fact_or_claim(False, True)] * 10
    assert abs(discernment(uneven).d_prime) < 0.1


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, 1.35), (2, 1.93), (5, 2.77), (10, 3.38)],  # 2·z((n + 0.5)/(n + 1)): the corrected maximum
)
def test_perfect_answers_reach_the_corrected_maximum(n, expected):
    pairs = [fact_or_claim(True, True)] * n + [fact_or_claim(False, False)] * n
    d = discernment(pairs)
    assert d.to_json() == {
        "hits": n,
        "misses": 0,
        "false_alarms": 0,
        "correct_rejections": n,
        "d_prime": expected,
    }


def test_a_worked_mixed_example():
    # 3 of 4 claims spotted, 1 of 4 facts doubted: H = 3.5/5 = .7, F = 1.5/5 = .3 → 2·z(.7) = 1.05
    pairs = (
        [fact_or_claim(True, True)] * 3
        + [fact_or_claim(True, False)]
        + [fact_or_claim(False, True)]
        + [fact_or_claim(False, False)] * 3
    )
    assert discernment(pairs).d_prime == 1.05


def test_no_d_prime_without_a_fact_and_a_claim_and_other_kinds_ignored():
    who = SimpleNamespace(kind="who_said", options=["a", "b"], answer=0)
    other = (who, SimpleNamespace(choice=0))
    d = discernment([fact_or_claim(True, True), other])
    assert d.to_json() == {
        "hits": 1,
        "misses": 0,
        "false_alarms": 0,
        "correct_rejections": 0,
        "d_prime": None,
    }
    assert Discernment().d_prime is None


def test_the_claim_option_is_found_by_its_words():
    assert claim_index(SimpleNamespace(options=["Claim", "Fact"])) == 0
    assert claim_index(SimpleNamespace(options=OPTIONS)) == 1


def answered(confidence, correct):
    return None, SimpleNamespace(confidence=confidence, correct=correct)


def test_calibration_worked_example():
    # 3 levels: 1 → 1/3, 2 → 2/3, 3 → 1. Squares: 0, 1, 1/9, 1/9 → Brier (1 + 2/9) / 4 = 0.306
    pairs = [answered(3, True), answered(3, False), answered(1, False), answered(2, True)]
    assert calibration(pairs, 3) == {
        "levels": {
            "1": {"answered": 1, "correct": 0},
            "2": {"answered": 1, "correct": 1},
            "3": {"answered": 2, "correct": 1},
        },
        "brier": 0.306,
    }


def test_calibration_extremes_and_off():
    sure_and_right = [answered(5, True)] * 4
    assert calibration(sure_and_right, 5)["brier"] == 0.0
    sure_half_right = [answered(5, True), answered(5, False)]
    assert calibration(sure_half_right, 5)["brier"] == 0.5
    assert calibration([answered(None, True)], 3)["brier"] is None
    assert calibration(sure_and_right, None) is None
