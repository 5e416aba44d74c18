"""The validator on broken questions, spot_the_cue scoring, determinism and the text helpers."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gen_fixtures import freedonia  # noqa: E402

from questions.generate import format_report, generate, score_spot_the_cue, validate  # noqa: E402
from questions.generate import text as T  # noqa: E402
from questions.model import Dropped, Evidence, Question  # noqa: E402

ANALYSIS = freedonia()
STORY = ANALYSIS.stories[0]
GOOD = generate(ANALYSIS, thin_giveaways=False)  # one valid question of every kind


def first(kind: str) -> Question:
    return next(q for q in GOOD if q.kind == kind)


def broken(of: str, **changes: object) -> Question:
    return dataclasses.replace(first(of), **changes)


def test_generated_questions_pass() -> None:
    assert GOOD and all(validate(q, ANALYSIS, STORY) == [] for q in GOOD)


def _bad_evidence() -> Evidence:
    ev = first("who_said").evidence
    return Evidence(ev.line, ev.span, ev.text + "x", ev.cue)


def _moved_evidence() -> Evidence:
    ev = first("who_said").evidence
    return Evidence(ev.line + 1, ev.span, ev.text, ev.cue)


WHO = first("who_said")
BROKEN = [
    ("no question mark", broken("who_said", prompt=WHO.prompt[:-1] + ".")),
    ("lowercase", broken("who_said", prompt="according" + WHO.prompt[9:])),
    ("pronoun first", broken("who_said", prompt="He said what?")),
    ("unbalanced", broken("who_said", prompt="Who said “this?")),
    ("two options", broken("who_said", options=WHO.options[:2], answer=0)),
    (
        "five options",
        broken("who_said", options=(*WHO.options, *("Someone", "Nobody")[: 5 - len(WHO.options)])),
    ),
    ("answer out of range", broken("who_said", answer=7)),
    ("duplicate options", broken("who_said", options=("Russia", "russia", "Kyiv"), answer=0)),
    ("option inside another", broken("who_said", options=("Russia", "Russia's army", "Kyiv"))),
    (
        "singular and plural of one option",
        broken("who_said", options=("Republicans", "Democrats", "Republican"), answer=0),
    ),
    (
        "gives answer away",
        broken(
            "who_said",
            prompt="Who said Maria Lind was right?",
            options=("Maria Lind", "Tomas Berg", "Anna Kovac"),
            answer=0,
        ),
    ),
    ("evidence text", broken("who_said", evidence=_bad_evidence())),
    ("evidence line", broken("who_said", evidence=_moved_evidence())),
    ("explanation", broken("who_said", explanation="Because.")),
    ("skill", broken("who_said", skill="Hedging")),
    ("difficulty", broken("who_said", difficulty=4)),
    ("binary with three", broken("fact_or_claim", options=("A", "B", "C"))),
    ("statement pronoun", broken("fact_or_claim", prompt="“He went home.” — Fact or claim?")),
    ("statement conjunction", broken("fact_or_claim", prompt="“But the army left.” — Fact?")),
    ("spot unsorted", broken("spot_the_cue", answer=(3, 1))),
    ("spot empty", broken("spot_the_cue", answer=())),
    ("spot all", broken("spot_the_cue", answer=tuple(range(len(first("spot_the_cue").options))))),
    ("spot words", broken("spot_the_cue", options=("Not", "the", "sentence"), answer=(0,))),
    ("unknown kind", broken("who_said", kind="trivia")),
]


@pytest.mark.parametrize(("why", "question"), BROKEN, ids=[b[0] for b in BROKEN])
def test_validator_rejects(why: str, question: Question) -> None:
    assert validate(question, ANALYSIS, STORY), why


def test_validator_rejects_evidence_on_dropped_line() -> None:
    q = first("who_said")
    story = dataclasses.replace(STORY, dropped=[Dropped(q.evidence.line, "caption")])
    assert "evidence on a dropped line" in validate(q, ANALYSIS, story)


def test_generation_is_deterministic() -> None:
    again = generate(freedonia(), thin_giveaways=False)
    assert [q.to_json() for q in again] == [q.to_json() for q in GOOD]
    assert len({q.id for q in GOOD}) == len(GOOD)


def test_ids_are_stable_across_processes() -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from gen_fixtures import freedonia; "
        "from questions.generate import generate; "
        "print(' '.join(q.id for q in generate(freedonia(), thin_giveaways=False)))"
    )
    here = str(Path(__file__).parent)
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script, here],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert out.stdout.split() == [q.id for q in GOOD]


def test_report_marks_the_right_option() -> None:
    report = format_report(ANALYSIS, GOOD)
    assert "=== Story 1" in report
    assert "* " in report and "Why: " in report
    assert f"{len(GOOD)} questions in all." in report


@pytest.mark.parametrize(
    ("answer", "choice", "ok"),
    [
        ((0, 1), (0, 1), True),
        ((0, 1, 2, 3, 4), (3, 4), False),  # "Peskov told" of "Kremlin spokesman Dmitry Peskov told"
        ((0, 1, 2, 3, 4), (1, 2, 3, 4), True),
        ((0, 1), (0, 1, 2), True),  # one extra word
        ((0, 1), tuple(range(10)), False),  # the whole sentence
        ((0, 1), (), False),
        ((), (0,), False),
        ((5, 6), (0, 1), False),
    ],
)
def test_score_spot_the_cue(answer: tuple[int, ...], choice: tuple[int, ...], ok: bool) -> None:
    assert score_spot_the_cue(answer, choice) is ok


@pytest.mark.parametrize(
    ("content", "source", "kind", "statement"),
    [
        (
            "it would only commit to a ceasefire if Kyiv stops",
            "Russia",
            "government",
            "Russia would only commit to a ceasefire if Kyiv stops.",
        ),
        (
            "its patrol vessel was on a routine voyage",
            "Royal Navy",
            "organisation",
            "The Royal Navy’s patrol vessel was on a routine voyage.",
        ),
        (
            "he will decide within two weeks",
            "Donald Trump",
            "official",
            "Donald Trump will decide within two weeks.",
        ),
        (
            "that more than 70 attackers have been killed",
            "Russia",
            "government",
            "More than 70 attackers have been killed.",
        ),
        (
            "“Regime change is unacceptable.”",
            "the Kremlin",
            "government",
            "Regime change is unacceptable.",
        ),
    ],
)
def test_statement_from_content(content: str, source: str, kind: str, statement: str) -> None:
    assert T.statement_from_content(content, source, kind) == statement


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("More than 70 attackers have been killed in the region.", None),
        ("But the army had left the town by then.", "starts with 'but'"),
        ("It had nothing to do with the attack on the town.", "starts with 'it'"),
        ("He said the army had left the town by then.", "starts with 'he'"),
        ("The army said they had left the town by then.", "unresolved pronoun 'they'"),
        ("Kyiv had nothing to do with the attack on it.", "unresolved pronoun 'it'"),
        ("Far too short.", "too short"),
        ("The “army had left the town by then.", "unbalanced quotes"),
        ("the army had left the town by then.", "starts lowercase"),
        ("The US navy had left the town by then.", None),
    ],
)
def test_statement_problem(statement: str, problem: str | None) -> None:
    assert T.statement_problem(statement) == problem


@pytest.mark.parametrize(
    ("fragment", "clause"),
    [
        ("the army had shelled civilian areas", True),
        ("Graivoron also came under attack", True),
        ("the claims about the captured villages", False),
        ("another spike in movements, concentrated in the strait", False),
        ("a long-planned deployment", False),
    ],
)
def test_is_clause(fragment: str, clause: bool) -> None:
    assert T.is_clause(fragment) is clause
