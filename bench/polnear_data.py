"""Rebuild the PolNeAR folders the engine is tuned and checked on, from a fetched snapshot.

Usage: ``python bench/polnear_data.py GIT_DIR [OUT]`` (OUT defaults to /work/polnear).

GIT_DIR is the git directory the search tool's ``fetch`` of networkdynamics/PolNeAR brings (a
snapshot with no work tree). Writes OUT/train and OUT/dev, each holding ``NAME.txt`` and one
``NAME_ANNOTATOR.ann`` per article: the first annotator in sorted order where several annotated
it. The test compartment is reserved for independent evaluation and is never read. Nothing
written here may be committed: the corpus carries no licence to redistribute.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

COMPARTMENTS = ("train", "dev")  # never "test"


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True
    ).stdout


def rebuild(git_dir: str, out: Path) -> None:
    for part in COMPARTMENTS:
        names = _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", f"data/{part}").decode()
        anns: dict[str, str] = {}
        for path in sorted(names.split()):
            if path.startswith(f"data/{part}/attributions/") and path.endswith(".ann"):
                stem = Path(path).stem.rsplit("_", 1)[0]
                anns.setdefault(stem, path)
        folder = out / part
        folder.mkdir(parents=True, exist_ok=True)
        for stem, ann in anns.items():
            text = _git(git_dir, "show", f"HEAD:data/{part}/text/{stem}.txt")
            (folder / f"{stem}.txt").write_bytes(text)
            (folder / Path(ann).name).write_bytes(_git(git_dir, "show", f"HEAD:{ann}"))
        print(f"{part}: {len(anns)} articles -> {folder}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rebuild(sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "/work/polnear"))
