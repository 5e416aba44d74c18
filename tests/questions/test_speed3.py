"""Speed work with the same output (issue 7, speed3): what was added to make analysis faster.

Stories are invented. The collector pause and the lazily read lede are new behaviour; the
tests of the token regexes are controls (they pass on the code before too): they check that
the tokens are those of the plain pattern.
"""

from __future__ import annotations

import gc
import re
import threading

import pytest

from questions import analyze, pipeline
from questions.segment import _is_lede, _lede, _unit

STORY = (
    "Quarry council rejects night blasting\n"
    "\n"
    "The Tessaly quarry council rejected a plan for night blasting on Monday, its chairman, "
    "Arvo Lindqvist, told reporters.\n"
    "\n"
    '"Nobody in Brennmark wants to be woken at two in the morning," Lindqvist said.\n'
    "\n"
    "The operator, Kallstone, denied that the blasts had cracked any walls. She said the "
    "company would appeal.\n"
)


@pytest.fixture()
def collector_on():
    """The collector on for the test, as it was afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collector_paused_during_analysis_and_restored(collector_on, monkeypatch) -> None:
    seen = []
    read = pipeline.split_lines

    def spy(text):
        seen.append(gc.isenabled())
        return read(text)

    monkeypatch.setattr(pipeline, "split_lines", spy)
    analysis = analyze(STORY)
    assert seen == [False]
    assert gc.isenabled()
    assert analysis.stories and analysis.stories[0].claims


def test_collector_left_off_when_it_was_off(collector_on) -> None:
    gc.disable()
    analyze(STORY)
    assert not gc.isenabled()


def test_collector_restored_when_the_analysis_fails(collector_on, monkeypatch) -> None:
    def broken(text):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline, "split_lines", broken)
    with pytest.raises(RuntimeError):
        analyze(STORY)
    assert gc.isenabled()


def test_nested_and_concurrent_pauses_restore_once(collector_on) -> None:
    inner_states = []
    started, release = threading.Event(), threading.Event()

    def other():
        with pipeline.cycle_collection_paused():
            started.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with pipeline.cycle_collection_paused():
        thread.start()
        started.wait(5)
        with pipeline.cycle_collection_paused():
            inner_states.append(gc.isenabled())
        inner_states.append(gc.isenabled())
    inner_states.append(gc.isenabled())  # the thread's pause still holds
    release.set()
    thread.join(5)
    assert inner_states == [False, False, False]
    assert gc.isenabled()


def test_analysis_leaves_no_reference_cycles(collector_on) -> None:
    """The premise of the pause: nothing the analysis drops waits for the collector."""
    gc.collect()
    analysis = analyze(STORY + "\n---\n" + STORY)
    assert analysis.stories
    del analysis
    assert gc.collect() == 0


def test_lede_read_when_asked_is_the_eager_reading() -> None:
    lede = (
        "Kallstone has denied that night blasting at its Tessaly quarry cracked the walls of "
        "homes in Brennmark, the company said on Monday."
    )
    plain = "The walls were inspected twice and the council will meet again in the spring."
    for text in (lede, plain):
        unit = _unit(0, text, False)
        unit.lead = text
        assert unit.lede is None
        assert _lede(unit) is _is_lede(unit)
        assert unit.lede is _is_lede(unit)
    heading = _unit(0, "Quarry council rejects night blasting", True)
    assert _lede(heading) is False  # no lead paragraph: no lede


@pytest.mark.parametrize("module, name", [("sources", "TOKEN_RE"), ("learned", "WORD_RE")])
def test_token_regexes_match_as_without_their_space_lookahead(module: str, name: str) -> None:
    import importlib

    pattern = getattr(importlib.import_module(f"questions.{module}"), name)
    assert pattern.pattern.startswith("(?=\\S)(?:") and pattern.pattern.endswith(")")
    plain = re.compile(pattern.pattern[len("(?=\\S)(?:") : -1])
    text = (
        "Gov. Arvo Lindqvist of Helena, Mont., said; the dockworkers' union  \x01\x01\x01 -- "
        "U.S.-based Kallstone’s \t chairman (R-Calif.) x. Ala.x  ’' end"
    )
    for pos in range(len(text)):
        for end in (len(text), pos + 7, pos + 1):
            assert [(m.span(), m[0]) for m in pattern.finditer(text, pos, end)] == [
                (m.span(), m[0]) for m in plain.finditer(text, pos, end)
            ]
