"""How well a paste of several stories is split into them.

Pastes are built by putting 1-4 stories one after another with no marker (deterministic: a fixed
random seed), from

* the stories of the seed and of the test texts in ``tests/questions/data`` (default), or
* a folder of article files, one story a file (``--dir``; e.g. the PolNeAR dev articles, whose
  headlines end in a full stop that real pages do not have, so it is removed);

and the story starts found are compared with the true ones. Reports the share of pastes split
exactly, false splits and missed starts per paste, and false splits inside single articles.

Run: ``.venv/bin/python bench/bench_split.py [--dir DIR] [--pastes N]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, not installed

from bench_analyze import source_stories  # noqa: E402

from questions.segment import story_ranges  # noqa: E402
from questions.stories import classify_lines, split_lines  # noqa: E402

HEADLINE_STOP = re.compile(r"\.([’”'\"]?)\.?$")


def split_starts(text: str) -> list[int]:
    """The first line numbers of the stories found in a text."""
    lines = split_lines(text)
    return [lines[first].number for first, _ in story_ranges(lines, classify_lines(lines))]


def folder_stories(folder: Path) -> list[list[str]]:
    """One story a ``.txt`` file; a full stop ending the first line (the headline) removed."""
    stories = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        lines[0] = HEADLINE_STOP.sub(r"\1", lines[0])
        stories.append(lines)
    return stories


def score(stories: list[list[str]], pastes: int, seed: int) -> dict[str, float]:
    """Exact share, false splits and missed starts per paste over random pastes."""
    rng = random.Random(seed)
    exact = false = missed = 0
    for _ in range(pastes):
        pick = rng.sample(range(len(stories)), rng.choice([1, 2, 3, 4]))
        lines: list[str] = []
        expected = []
        for p in pick:
            expected.append(len(lines) + 1)
            lines += stories[p]
        got = split_starts("\n".join(lines))
        exact += got == expected
        false += len(set(got) - set(expected))
        missed += len(set(expected) - set(got))
    return {"exact": exact / pastes, "false": false / pastes, "missed": missed / pastes}


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="a folder of one-story .txt files")
    parser.add_argument("--pastes", type=int, default=300)
    args = parser.parse_args()
    stories = folder_stories(args.dir) if args.dir else source_stories()
    singles = sum(len(split_starts("\n".join(s))) - 1 for s in stories)
    print(f"{len(stories)} stories; false splits inside single stories: {singles}")
    for seed in (1, 2, 3):
        figures = score(stories, args.pastes, seed)
        print(
            f"seed {seed}: {args.pastes} pastes of 1-4 stories: exact {figures['exact']:.0%}, "
            f"false splits {figures['false']:.2f} and missed starts {figures['missed']:.2f} a paste"
        )


if __name__ == "__main__":
    main()
