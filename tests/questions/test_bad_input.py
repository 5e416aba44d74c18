"""Bad input via the command line: a one-line message or an empty result, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from questions import MAX_BYTES, InputError, analyze, decode_bytes, read_text

STORY = (
    "Russia says more than 70 attackers have been killed in the Belgorod region.\n"
    "Image: Smoke over the region. Pic: AP\n"
    "“We will respond,” the governor said.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def analyse_json(cli, path: Path) -> dict:
    result = cli.run("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def assert_refused(cli, path: Path, words: str) -> None:
    for args in (("analyze", path), ("analyze", path, "--json"), ("generate", path)):
        result = cli.run(*args)
        assert result.returncode == 2
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0]


# --- refused: a one-line message on stderr, exit status 2 ---------------------------------


def test_missing_file(cli, tmp_path: Path) -> None:
    assert_refused(cli, tmp_path / "nope.txt", "no such file")


def test_directory(cli, tmp_path: Path) -> None:
    assert_refused(cli, tmp_path, "directory")


def test_binary_file(cli, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert_refused(cli, write(tmp_path, "pic.png", png), "binary")


def test_control_characters_without_nul(cli, tmp_path: Path) -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50 + b"some text"
    assert_refused(cli, write(tmp_path, "ctl.txt", data), "binary")


def test_too_large_file(cli, tmp_path: Path) -> None:
    line = b"The minister said the talks would continue next week.\n"
    path = write(tmp_path, "huge.txt", line * (MAX_BYTES // len(line) + 2))
    assert_refused(cli, path, "too large")


def test_bad_command_line(cli) -> None:
    result = cli.run("frobnicate", "x.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


# --- accepted: an empty result for what has nothing in it ----------------------------------


def test_empty_file(cli, tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    assert analyse_json(cli, path) == {"file": str(path), "stories": []}
    result = cli.run("analyze", path)
    assert result.returncode == 0 and "No story text found." in result.stdout


def test_whitespace_only_file(cli, tmp_path: Path) -> None:
    assert analyse_json(cli, write(tmp_path, "blank.txt", b" \n\n\t\r\n"))["stories"] == []


def test_only_furniture(cli, tmp_path: Path) -> None:
    data = "Advertisement\nImage: A tank. Pic: AP\nMore on Russia\nRelated Topics:\n1:35\n"
    assert analyse_json(cli, write(tmp_path, "furniture.txt", data.encode()))["stories"] == []
    result = cli.run("generate", tmp_path / "furniture.txt", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == {"questions": []}


def test_story_without_attributions(cli, tmp_path: Path) -> None:
    data = b"The river burst its banks on Tuesday.\nHundreds of homes were flooded.\n"
    doc = analyse_json(cli, write(tmp_path, "plain.txt", data))
    assert len(doc["stories"]) == 1
    assert doc["stories"][0]["claims"] == []
    assert cli.run("generate", tmp_path / "plain.txt", "--json").returncode == 0


def test_five_megabyte_file_is_analysed(cli, tmp_path: Path, seed_text: str) -> None:
    unit = (seed_text + "\n---\n").encode("utf-8")
    path = write(tmp_path, "big.txt", unit * (5_000_000 // len(unit)))
    result = cli.run("analyze", path, "--json", timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)["stories"]) == 4 * (5_000_000 // len(unit))


# --- decoding -------------------------------------------------------------------------------


def test_latin1_file(cli, tmp_path: Path) -> None:
    data = "The café owner in Zürich said prices rose.\n".encode("latin-1")
    doc = analyse_json(cli, write(tmp_path, "latin1.txt", data))
    assert doc["stories"][0]["title"] == "The café owner in Zürich said prices rose."


def test_cp1252_curly_quotes() -> None:
    text = decode_bytes(b"\x93We will win,\x94 he said \x96 again.")
    assert text == "“We will win,” he said – again."


def test_utf16_with_bom() -> None:
    assert decode_bytes("“Hello,” she said.\r\n".encode("utf-16")) == "“Hello,” she said.\n"


def test_bad_utf16_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode_bytes(b"\xff\xfe\x00\xd8")


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes("\ufeffHello.".encode()) == "Hello."


def test_crlf_file_matches_lf_file(cli, tmp_path: Path) -> None:
    lf = analyse_json(cli, write(tmp_path, "lf.txt", STORY.encode()))
    crlf = analyse_json(cli, write(tmp_path, "crlf.txt", STORY.replace("\n", "\r\n").encode()))
    lf.pop("file"), crlf.pop("file")
    assert crlf == lf


def test_read_text_normalises_newlines(tmp_path: Path) -> None:
    text = read_text(write(tmp_path, "crlf.txt", b"One.\r\nTwo.\rThree.\n"))
    assert text == "One.\nTwo.\nThree.\n"


def test_no_final_newline(tmp_path: Path) -> None:
    text = read_text(write(tmp_path, "nonl.txt", STORY.rstrip("\n").encode()))
    analysis = analyze(text)
    last = analysis.stories[0].sentences[-1]
    assert last.line == 3 and last.text == "“We will respond,” the governor said."


@pytest.mark.parametrize("data", [b"\x00\x01", b"abc\x00def"])
def test_decode_bytes_refuses_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


def test_input_error_is_a_value_error() -> None:
    assert issubclass(InputError, ValueError)


def test_decode_bytes_refuses_too_large() -> None:
    with pytest.raises(InputError, match="too large"):
        decode_bytes(b"a" * (MAX_BYTES + 1))
