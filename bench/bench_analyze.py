"""Speed of the analysis, in words per second on one core.

Builds a corpus of at least 1,000 stories by recombining and varying the paragraphs of the seed
stories and of the test texts (deterministic: a fixed random seed), writes it to a temporary
file, and times

* the baseline: reading the file and tokenising it with one regular expression;
* the full analysis (``questions.analyze``: furniture, headings, story splitting, sentences,
  claims, verification, hedges), with the time of each stage.

Two more cases (issue 7):

* ``--polnear [DIR]``: long political articles, about 400,000 words of PolNeAR's train compartment
  (articles in sorted order, joined by ``---`` lines), built at run time from
  ``/work/polnear/train`` and never written into the repository; skipped with a message when the
  folder is absent (``bench/polnear_data.py`` rebuilds it);
* ``--worst [CHARS]``: the pathological texts of ``questions.worst_cases`` (one huge line of
  "Tom said Ann said ...", thousands of quotations or separators, ...) at 50,000 and at CHARS
  characters (default 200,000, the app's import cap), each timed once.

Times are CPU seconds of this process (``time.process_time``), so other jobs on a shared machine
do not count; the analysis runs on one core.

Run: ``.venv/bin/python bench/bench_analyze.py [--stories N] [--repeat R] [--polnear] [--worst]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, not installed

from questions import analyze, read_text  # noqa: E402
from questions.attribution import find_claims  # noqa: E402
from questions.model import StoryAnalysis  # noqa: E402
from questions.pipeline import mark_attributed  # noqa: E402
from questions.segment import story_ranges  # noqa: E402
from questions.sentences import paragraph_sentences  # noqa: E402
from questions.stories import classify_lines, split_lines  # noqa: E402
from questions.verification import find_hedges, find_verification  # noqa: E402
from questions.worst_cases import WORST_CASES, worst_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    (ROOT / "seeds" / "000_7b7fc36af96453cb.txt", [1, 32, 72, 88]),
    (ROOT / "tests" / "questions" / "data" / "three_stories.txt", [1, 14, 26]),
    (ROOT / "tests" / "questions" / "data" / "related_no_separator.txt", [1, 11]),
    (ROOT / "tests" / "questions" / "data" / "single_long.txt", [1]),
    (ROOT / "tests" / "questions" / "data" / "four_styles.txt", [1, 8, 19, 27]),
    (ROOT / "tests" / "questions" / "data" / "us_wire.txt", [1, 8, 14]),
    (ROOT / "tests" / "questions" / "data" / "crossheads_single.txt", [1]),
]
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
WORD = re.compile(r"\S+")
FURNITURE = ["Advertisement", "Image: A scene from the day. Pic: Reuters", "More on Politics"]
NAMES = ["Russia", "China", "the minister", "Mr Peskov", "the governor", "Kyiv", "the council"]


def source_stories() -> list[list[str]]:
    """Every story of the source texts, as lists of lines."""
    stories = []
    for path, starts in SOURCES:
        lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        edges = [s - 1 for s in starts] + [len(lines)]
        stories += [lines[a:b] for a, b in zip(edges, edges[1:], strict=False)]
    return stories


def vary(story: list[str], rng: random.Random) -> list[str]:
    """A variant of a story: its lede kept, some later paragraphs shuffled, dropped or renamed."""
    head, rest = story[:1], story[1:]
    rest = [line for line in rest if rng.random() > 0.15]
    for _ in range(len(rest) // 4):
        i, j = rng.randrange(len(rest)), rng.randrange(len(rest))
        rest[i], rest[j] = rest[j], rest[i]
    if rest and rng.random() < 0.5:
        rest.insert(rng.randrange(len(rest)), rng.choice(FURNITURE))
    if rest and rng.random() < 0.3:
        i = rng.randrange(len(rest))
        rest[i] = rest[i].replace("Russia", rng.choice(NAMES), 1)
    return head + rest


def build_corpus(n_stories: int, seed: int = 1234) -> str:
    """A text of ``n_stories`` varied stories, some after a ``---`` line, most without."""
    rng = random.Random(seed)
    stories = source_stories()
    parts = []
    for n in range(n_stories):
        if n and rng.random() < 0.3:
            parts.append(["---"])
        parts.append(vary(rng.choice(stories), rng))
    return "\n".join(line for part in parts for line in part) + "\n"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The best time of ``repeat`` runs of fn, and fn's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def stages(text: str) -> dict[str, float]:
    """Seconds spent in each stage of the analysis of ``text`` (one run)."""
    spent = dict.fromkeys(["lines", "stories", "sentences", "claims", "verification"], 0.0)
    t = time.process_time()
    lines = split_lines(text)
    kinds = classify_lines(lines)
    spent["lines"] = time.process_time() - t
    t = time.process_time()
    ranges = story_ranges(lines, kinds)
    spent["stories"] = time.process_time() - t
    for n, (first, last) in enumerate(ranges):
        story = StoryAnalysis(n, first + 1, last + 1, "", (0, 0))
        t = time.process_time()
        for i in range(first, last + 1):
            if kinds[i].kind == "body":
                story.sentences.extend(paragraph_sentences(text, lines[i]))
            elif kinds[i].kind == "heading":
                story.headings.append(lines[i].number)
        spent["sentences"] += time.process_time() - t
        t = time.process_time()
        story.claims = find_claims(text, story)
        story.sentences = mark_attributed(story.sentences, story.claims)
        spent["claims"] += time.process_time() - t
        t = time.process_time()
        story.verification = find_verification(text, story, story.claims)
        story.hedges = find_hedges(text, story)
        spent["verification"] += time.process_time() - t
    return spent


POLNEAR_TRAIN = Path("/work/polnear/train")
POLNEAR_WORDS = 400_000


def polnear_corpus(folder: Path, words: int = POLNEAR_WORDS) -> str | None:
    """About ``words`` words of the folder's articles (sorted by name) joined by ``---`` lines."""
    if not folder.is_dir():
        return None
    parts, count = [], 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip("\n")
        parts.append(text)
        count += len(WORD.findall(text))
        if count >= words:
            break
    return "\n---\n".join(parts) + "\n" if parts else None


def worst(chars: int) -> None:
    """Time each pathological text at 50,000 and at ``chars`` characters."""
    print(f"worst cases (seconds for one analysis; 50,000 and {chars:,} characters):")
    for name, unit in WORST_CASES.items():
        times = []
        for size in (50_000, chars):
            text = worst_text(unit, size)
            start = time.process_time()
            analyze(text)
            times.append(time.process_time() - start)
        print(f"  {name:<24} {times[0]:7.2f} s {times[1]:7.2f} s  ratio {times[1] / times[0]:.1f}")


def main() -> None:
    """Build the corpus, time the baseline and the analysis, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--polnear", nargs="?", const=str(POLNEAR_TRAIN), default=None)
    parser.add_argument("--worst", nargs="?", type=int, const=200_000, default=None)
    args = parser.parse_args()
    if args.worst:
        worst(args.worst)
        return
    if args.polnear:
        corpus = polnear_corpus(Path(args.polnear))
        if corpus is None:
            print(f"skipped: no PolNeAR articles in {args.polnear} (bench/polnear_data.py)")
            return
        print(f"PolNeAR articles from {args.polnear}, joined by ---")
    else:
        corpus = build_corpus(args.stories)
    words = len(WORD.findall(corpus))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.txt"
        path.write_text(corpus, encoding="utf-8")
        base, _ = timed(lambda: TOKEN.findall(read_text(path)), args.repeat)
        full, analysis = timed(lambda: analyze(read_text(path)), args.repeat)
    found = len(analysis.stories)  # type: ignore[attr-defined]
    claims = sum(len(s.claims) for s in analysis.stories)  # type: ignore[attr-defined]
    print(
        f"corpus: {'PolNeAR' if args.polnear else args.stories} stories, {found} found, "
        f"{words:,} words, "
        f"{len(corpus.encode()):,} bytes, {claims:,} claims"
    )
    print(f"read + tokenise (one regex): {base:.3f} s  {words / base:>12,.0f} words/s")
    print(f"read + full analysis:        {full:.3f} s  {words / full:>12,.0f} words/s")
    print(f"analysis / baseline: {full / base:.1f}x")
    for stage, seconds in stages(corpus).items():
        print(f"  {stage:<13} {seconds:.3f} s  {words / seconds:>12,.0f} words/s")


if __name__ == "__main__":
    main()
