"""No kind crowds out the others in a story's questions (``generate._cap_shares``).

The kinds are trimmed to their shares before ``giveaway.py`` thins questions that give each
other away; thinning can leave the mark-the-words filler over its share of what is left, so it
is trimmed again. Stories here are the own fixtures of ``data/`` (invented news)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from fakes import fake_question

from questions import analyze
from questions.generate import FILLER, _cap, _cap_shares, generate
from questions.model import Question

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_spot_the_cue_stays_within_its_share_after_thinning(name: str) -> None:
    made = generate(analyze((DATA / name).read_text(encoding="utf-8")))
    for story in {q.story for q in made}:
        own = Counter(q.kind for q in made if q.story == story)
        spots = own["spot_the_cue"]
        # its share of what thinning left, but one question at least
        assert spots <= max(1, _cap("spot_the_cue", sum(own.values()), spots)), dict(own)


def _kept(**counts: int) -> dict[str, list[Question]]:
    """A story's questions by kind, ``counts[kind]`` hand-made questions of each."""
    sentence = "Ann Reed said the old bridge would close on May 3."
    return {
        kind: [
            fake_question(
                kind, f"{kind} {n}?", ("A", "B"), n % 2, sentence=sentence, span=(n, n + 1)
            )
            for n in range(count)
        ]
        for kind, count in counts.items()
    }


def test_after_thinning_only_the_filler_is_trimmed_and_to_one_at_least() -> None:
    # two spot_the_cue beside four fact_or_claim: the filler's share of six is one; the
    # fact_or_claim questions, over their own share, are left as thinning left them
    kept = _kept(fact_or_claim=4, spot_the_cue=2)
    assert _cap_shares(kept, only=FILLER, least=1) == {"spot_the_cue": 1}
    assert {k: len(v) for k, v in kept.items()} == {"fact_or_claim": 4, "spot_the_cue": 1}
    # one spot_the_cue beside two other questions: its share of three rounds down to none, but
    # the trim keeps one
    kept = _kept(fact_or_claim=2, spot_the_cue=1)
    assert _cap_shares(kept, only=FILLER, least=1) == {}
    assert len(kept["spot_the_cue"]) == 1
    # a control: the first trim (every kind, no floor) does cut both
    kept = _kept(fact_or_claim=4, spot_the_cue=2)
    assert set(_cap_shares(kept)) == {"fact_or_claim", "spot_the_cue"}
