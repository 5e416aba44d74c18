"""The engine against the hand annotation of the seed story file (tests/seed_gold.json).

Sources are compared case-insensitively, ignoring "the" and curly versus straight apostrophes.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from questions import Analysis, Claim, analyze

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "seed_gold.json").read_text(encoding="utf-8"))
SEED = ROOT / "seeds" / GOLD["file"]
ATTRIBUTIONS = GOLD["attributions"]
REQUIRED = [a for a in ATTRIBUTIONS if a["required"]]


@cache
def analysis() -> Analysis:
    return analyze(SEED.read_text(encoding="utf-8"))


def claims() -> list[Claim]:
    return [c for story in analysis().stories for c in story.claims]


def norm(name: str | None) -> str:
    """A name lower-cased, with straight apostrophes and without "the"."""
    name = (name or "").lower().replace("’", "'").replace("‘", "'")
    return " ".join(w for w in re.findall(r"[\w'-]+", name) if w != "the")


def names(gold: dict) -> set[str]:
    return {norm(gold["source"]), *(norm(a) for a in gold.get("source_aliases", []))}


def matches(gold: dict, claim: Claim) -> bool:
    """Whether a found claim is the annotated attribution: same line, source and stance."""
    return (
        claim.line == gold["line"]
        and norm(claim.source) in names(gold)
        and claim.stance == gold["stance"]
    )


def _id(gold: dict) -> str:
    return f"line{gold['line']}-{gold['source']}-{gold.get('cue')}"


@pytest.mark.parametrize("gold", REQUIRED, ids=_id)
def test_required_attribution_is_found(gold: dict) -> None:
    found = [c for c in claims() if c.line == gold["line"]]
    assert any(matches(gold, c) for c in found), [(c.source, c.stance, c.cue) for c in found]


def test_ninety_percent_of_all_attributions_are_found() -> None:
    hits = [g for g in ATTRIBUTIONS if any(matches(g, c) for c in claims())]
    assert len(hits) / len(ATTRIBUTIONS) >= 0.9, [_id(g) for g in ATTRIBUTIONS if g not in hits]


@pytest.mark.parametrize("gold", GOLD["verification"], ids=lambda g: f"line{g['line']}")
def test_verification_statement(gold: dict) -> None:
    found = [v for s in analysis().stories for v in s.verification if v.line == gold["line"]]
    aliases = {norm(gold["by"])} | {
        norm(a)
        for g in ATTRIBUTIONS
        if norm(g["source"]) == norm(gold["by"])
        for a in g.get("source_aliases", [])
    }
    assert any(v.status == gold["status"] and norm(v.by) in aliases for v in found), found


def test_trap_that_said_is_not_a_source() -> None:
    on_line = [c for c in claims() if c.line == 119]
    assert any(norm(c.source) == "sources" for c in on_line)
    assert not any("that said" in norm(c.source_text) for c in on_line)


def test_trap_the_video_poster_is_not_the_claimant() -> None:
    on_line = [c for c in claims() if c.line == 28]
    assert on_line and all(norm(c.source) == "two men" for c in on_line)


@pytest.mark.parametrize("line", [64, 69])
def test_trap_furniture_lines_yield_nothing(line: int) -> None:
    stories = analysis().stories
    assert not [c for c in claims() if c.line == line]
    assert not [v for s in stories for v in s.verification if v.line == line]


def test_outlet_voice_lines_stay_free_of_claims() -> None:
    annotated = {g["line"] for g in ATTRIBUTIONS}
    stray = [c for c in claims() if c.line not in annotated]
    assert len(stray) <= 2, [(c.line, c.source, c.cue) for c in stray]
    outlet = set(GOLD["outlet_voice_facts"]) | set(GOLD["outlet_voice_analysis"])
    assert len([c for c in stray if c.line in outlet]) <= 2


@pytest.mark.parametrize("gold", GOLD["hedges"], ids=lambda g: f"line{g['line']}")
def test_hedges_are_found(gold: dict) -> None:
    words = [h.word.lower() for s in analysis().stories for h in s.hedges if h.line == gold["line"]]
    for word in gold["words"]:
        assert word in words


def test_spans_index_the_text() -> None:
    text = analysis().text
    for c in claims():
        assert text[c.content_span[0] : c.content_span[1]] == c.content
        if c.source_span:
            assert text[c.source_span[0] : c.source_span[1]] == c.source_text
        if c.cue_span:
            assert text[c.cue_span[0] : c.cue_span[1]] == c.cue
