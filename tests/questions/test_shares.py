"""No kind crowds out the others in a story's questions (``generate._cap_shares``).

The kinds are trimmed to their shares before ``giveaway.py`` thins questions that give each
other away; thinning can leave the mark-the-words filler over its share of what is left, so it
is trimmed again. Stories here are the own fixtures of ``data/`` (invented news)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from questions import analyze
from questions.generate import _cap, generate

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_spot_the_cue_stays_within_its_share_after_thinning(name: str) -> None:
    made = generate(analyze((DATA / name).read_text(encoding="utf-8")))
    for story in {q.story for q in made}:
        own = Counter(q.kind for q in made if q.story == story)
        spots = own["spot_the_cue"]
        # its share of what thinning left, but one question at least
        assert spots <= max(1, _cap("spot_the_cue", sum(own.values()), spots)), dict(own)


def test_the_filler_alone_in_a_story_keeps_one_question() -> None:
    # a story with no other question keeps one mark-the-words question (a control: the trim
    # never empties a story that has only the filler to offer)
    assert _cap("spot_the_cue", 1, 1) == 1
    assert _cap("spot_the_cue", 6, 2) == 1
