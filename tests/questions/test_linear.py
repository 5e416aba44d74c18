"""The analysis takes time linear in its input, however pathological (issue 7).

Wall-clock limits would be flaky on a shared machine, so each case compares the best of three
CPU timings of an input of n characters and of 4n: linear work gives a ratio near 4, quadratic work
16 and more (before the fix "Tom said Ann said ..." went from 1 s at 10,000 characters to 44 s
at 40,000). The margin (ratio below 10) absorbs noise. The absolute times are in the bench
(``bench/bench_analyze.py --worst``).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import analyze
from questions.attribution import MAX_CUES_PER_SENTENCE
from questions.sentences import MAX_SENTENCE_CHARS
from questions.worst_cases import WORST_CASES, worst_text

SMALL = 6_000
MAX_RATIO = 10.0
CASES = [
    "said chain (one line)",
    "according to chain",
    "quotations (one line)",
    "pronouns (one line)",
    "relative clauses",
]


def _best_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()  # CPU time: other jobs on the machine do not count
        analyze(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("case", CASES)
def test_time_grows_linearly(case: str) -> None:
    unit = WORST_CASES[case]
    small = _best_time(worst_text(unit, SMALL))
    large = _best_time(worst_text(unit, 4 * SMALL))
    assert large / max(small, 1e-3) < MAX_RATIO, (case, small, large)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    unit=st.lists(
        st.sampled_from(["Tom", "said", "Ann", "told", ",", "“", "”", '"', "who", "according to"]),
        min_size=1,
        max_size=6,
    )
)
def test_any_repetition_keeps_sentences_and_cues_bounded(unit: list[str]) -> None:
    """Whatever is repeated on one line, no sentence exceeds the cap and claims stay bounded."""
    text = worst_text(" ".join(unit) + " ", 5_000)
    analysis = analyze(text)
    for story in analysis.stories:
        assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in story.sentences)
        per_sentence: dict[tuple[int, int], int] = {}
        for claim in story.claims:
            per_sentence[claim.sentence_span] = per_sentence.get(claim.sentence_span, 0) + 1
        assert max(per_sentence.values(), default=0) <= MAX_CUES_PER_SENTENCE
