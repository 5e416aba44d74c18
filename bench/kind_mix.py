"""The kind mix of generated questions over a folder of articles (issue 7).

Runs ``analyze`` then ``generate`` on every ``*.txt`` of the folder (a PolNeAR compartment built by
``bench/polnear_data.py``: train or dev, never test) and prints how many questions of each kind
were made, with their share. Run: ``.venv/bin/python bench/kind_mix.py /work/polnear/dev``
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, not installed

from questions import analyze  # noqa: E402
from questions.generate import KIND_ORDER, _cap, generate  # noqa: E402


def main() -> None:
    """Print the kind mix of the folder given on the command line."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/polnear/dev")
    if folder.name == "test":
        sys.exit("refused: the test compartment is reserved")
    files = sorted(folder.glob("*.txt"))
    kinds: Counter[str] = Counter()
    stories = over = 0
    for path in files:
        made = generate(analyze(path.read_text(encoding="utf-8")))
        kinds.update(q.kind for q in made)
        for story in {q.story for q in made}:
            own = Counter(q.kind for q in made if q.story == story)
            total = sum(own.values())
            stories += 1
            over += any(n > _cap(kind, total, n) for kind, n in own.items())
    total = sum(kinds.values())
    print(f"{len(files)} articles, {total} questions")
    print(f"  {stories} stories with questions, {over} with a kind over its share")
    for kind in KIND_ORDER:
        share = 100 * kinds[kind] / total if total else 0.0
        print(f"  {kind:<17} {kinds[kind]:5d}  {share:4.1f}%")


if __name__ == "__main__":
    main()
