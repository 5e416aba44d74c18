"""Check that no PolNeAR text found its way into the repository (issue 7: never commit corpus text).

Prints, per tracked file, the 7-word sequences it shares with the articles of the PolNeAR
compartments rebuilt by ``bench/polnear_data.py`` (train and dev; the test compartment is never
read), and exits 1 when there is any. The model's weights file is left out (features, not text).

Run from the repository root: ``.venv/bin/python bench/corpus_overlap.py [/work/polnear]``
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r"[a-z0-9']+")
N = 7


def shingles(text: str) -> set[str]:
    """The sequences of N lower-cased words of a text."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + N]) for i in range(len(words) - N + 1)}


def main() -> int:
    """Scan every tracked file against the corpus; 1 when any sequence is shared."""
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/polnear")
    corpus: set[str] = set()
    for part in ("train", "dev"):
        for path in (root / part).glob("*.txt"):
            corpus |= shingles(path.read_text(encoding="utf-8"))
    if not corpus:
        print(f"no PolNeAR articles under {root} (bench/polnear_data.py rebuilds them)")
        return 2
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True)
    shared = 0
    for name in files.stdout.split():
        if name.startswith("questions/models/"):
            continue
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits = sorted(shingles(text) & corpus)
        shared += len(hits)
        if hits:
            print(name, len(hits), *(f"    {h}" for h in hits[:8]), sep="\n")
    print(f"{shared} shared {N}-word sequences")
    return 1 if shared else 0


if __name__ == "__main__":
    sys.exit(main())
