"""The command line: ``python -m questions analyze|generate PATH [--json]``."""

from __future__ import annotations

import json

import pytest

from questions import __all__ as public
from questions import analyze

SEED = "seeds/000_7b7fc36af96453cb.txt"
STORY_KEYS = [
    "index",
    "start_line",
    "end_line",
    "title",
    "dropped",
    "headings",
    "claims",
    "verification",
    "hedges",
]
CLAIM_KEYS = [
    "line",
    "sentence",
    "source",
    "source_text",
    "source_span",
    "source_kind",
    "cue",
    "cue_span",
    "content",
    "content_span",
    "stance",
    "quote",
    "channel",
]


@pytest.fixture(scope="module")
def seed_json(cli) -> dict:
    result = cli.run("analyze", SEED, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_analyze_json_shape(seed_json: dict) -> None:
    assert list(seed_json) == ["file", "stories"]
    assert seed_json["file"] == SEED  # the path as given
    assert [s["index"] for s in seed_json["stories"]] == [0, 1, 2, 3]
    for story in seed_json["stories"]:
        assert list(story) == STORY_KEYS
        assert all(set(d) == {"line", "reason"} for d in story["dropped"])
        assert all(list(c) == CLAIM_KEYS for c in story["claims"])


def test_analyze_json_equals_library(seed_json: dict, seed_text: str) -> None:
    assert seed_json == analyze(seed_text).to_json(file=SEED)


def test_analyze_json_spans_index_the_file(seed_json: dict, seed_text: str) -> None:
    for story in seed_json["stories"]:
        for claim in story["claims"]:
            s, e = claim["content_span"]
            assert seed_text[s:e] == claim["content"]
        for hedge in story["hedges"]:
            s, e = hedge["span"]
            assert seed_text[s:e].lower() == hedge["word"].lower()


def test_analyze_report_is_readable(cli) -> None:
    result = cli.run("analyze", SEED)
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith(f"File: {SEED}\nStories: 4\n")
    assert "Story 3: lines 72-87" in out
    assert "Title: China has criticised a British warship’s passage" in out
    assert "    14  Who was behind the alleged attack?" in out
    assert "    64  cookie       Unfortunately we have been unable" in out
    assert "    69  video_title  Russia ‘relentlessly terrorises’ Kyiv, says Zelenskyy" in out
    for section in ("Dropped lines", "Headings", "Claims", "Verification", "Hedges"):
        assert out.count(f"{section} (") == 4


def test_generate_json(cli) -> None:
    result = cli.run("generate", SEED, "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc) == ["questions"]
    assert doc["questions"], "the seed should give some questions"
    keys = {"id", "story", "kind", "prompt", "options", "answer"}
    assert all(keys <= set(q) for q in doc["questions"])


def test_generate_report(cli) -> None:
    result = cli.run("generate", SEED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


def test_help(cli) -> None:
    result = cli.run("--help")
    assert result.returncode == 0 and "analyze" in result.stdout and "generate" in result.stdout


def test_public_entry_points() -> None:
    import questions

    for name in ("analyze", "read_text", "decode_bytes", "InputError", "Analysis", "Claim"):
        assert name in public and getattr(questions, name)
    assert callable(questions.generate)
