"""Speed of question generation on pathological texts (issue 7), CPU seconds on one core.

``--worst [CHARS]`` (the default): every text of ``questions.generate.worst_cases`` (the
analysis's own worst cases, and news-like texts with thousands of claims, sources, denials,
verification statements, hedges or ``---`` stories) at 50,000 characters and at CHARS (default
200,000, the app's import cap). For each: the analysis, then generation, timed apart, and the
number of questions made. Times are ``time.process_time`` of this process, so other jobs on a
shared machine do not count.

Run: ``.venv/bin/python bench/bench_generate.py [--worst [CHARS]]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, not installed

from questions import analyze  # noqa: E402
from questions.generate import generate  # noqa: E402
from questions.generate.worst_cases import GENERATION_CASES  # noqa: E402


def worst(chars: int) -> None:
    """Time the analysis and the generation of each pathological text at two sizes."""
    print(f"worst cases (CPU seconds: analysis + generation; 50,000 and {chars:,} characters):")
    for name, make in GENERATION_CASES.items():
        cells = []
        gen_times = []
        for size in (50_000, chars):
            text = make(size)
            start = time.process_time()
            analysis = analyze(text)
            mid = time.process_time()
            questions = generate(analysis)
            end = time.process_time()
            gen_times.append(end - mid)
            cells.append(f"{mid - start:5.2f} + {end - mid:5.2f} s ({len(questions):4d} q)")
        ratio = gen_times[1] / max(gen_times[0], 1e-3)
        print(f"  {name:<26} {cells[0]}   {cells[1]}   generation ratio {ratio:4.1f}")


def main() -> None:
    """Parse the command line and run the bench."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worst", nargs="?", type=int, const=200_000, default=200_000)
    args = parser.parse_args()
    worst(args.worst)


if __name__ == "__main__":
    main()
