"""Command line: ``python -m questions analyze|generate PATH [--json]``.

Exit status: 0 on success (also when the text holds no story), 2 for a bad command line or an
input that cannot be read (missing, a directory, binary, undecodable, too large: one line on
stderr), 1 for an unexpected internal error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from questions.pipeline import analyze
from questions.report import format_analysis
from questions.text import InputError, read_text


def _parser() -> argparse.ArgumentParser:
    """The argument parser of the two commands."""
    parser = argparse.ArgumentParser(
        prog="python -m questions",
        description="Find what news stories report as fact and what they attribute to someone.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("analyze", "print the analysis of every story in a text file"),
        ("generate", "print the questions for every story in a text file"),
    ):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("path", metavar="PATH", help="a text file of one or more news stories")
        cmd.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def run(args: argparse.Namespace) -> str:
    """The output of one command as a string."""
    text = read_text(args.path)
    analysis = analyze(text)
    if args.command == "analyze":
        if args.json:
            return _dumps(analysis.to_json(file=args.path))
        return format_analysis(analysis, args.path)
    from questions.generate import format_report, generate

    questions = generate(analysis)
    if args.json:
        return _dumps({"questions": [q.to_json() for q in questions]})
    return format_report(analysis, questions)


def _dumps(document: object) -> str:
    """JSON text, keeping non-ASCII characters as they are."""
    return json.dumps(document, ensure_ascii=False, indent=2)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        output = run(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the contract is one line, never a traceback
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show “ ” gets ?
    try:
        sys.stdout.write(output.rstrip("\n") + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
    return 0


if __name__ == "__main__":
    sys.exit(main())
