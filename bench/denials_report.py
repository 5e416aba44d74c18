"""Per story of a folder of *.txt: each denial the analysis found (a rule claim, or one only the
learned model read), whether its denier is a known source, the phrase the question would ask,
why no question came of it (the check of who_denied's reading, build_who or build_what that
dropped it, as those note it in the story's cache: see ``who_denied.denial_drops``), and what
became of its who_denied/what_denied candidates (validation problems, kept, or lost to the share
cap or to thinning). Usage: python bench/denials_report.py DIR"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questions import analyze  # noqa: E402
from questions.generate import KINDS, generate_with_report  # noqa: E402
from questions.generate.claims import is_claim, nested  # noqa: E402
from questions.generate.kinds import who_denied as w  # noqa: E402
from questions.generate.registry import Context  # noqa: E402
from questions.generate.sources import doubtful_source, source_key, story_sources  # noqa: E402
from questions.generate.validate import validate  # noqa: E402
from questions.model import Claim  # noqa: E402


def _same(note: Claim, c: Claim) -> bool:
    """A note's claim is this denial (the reading may have recut it: same cue, or content
    that overlaps)."""
    if note.cue_span is not None and note.cue_span == c.cue_span:
        return True
    (a, b), (x, y) = note.content_span, c.content_span
    return note.sentence_span == c.sentence_span and a < y and x < b


def report(path: Path) -> None:
    """Print the denials of one file and the fate of their questions."""
    an = analyze(path.read_text(encoding="utf-8"))
    for story in an.stories:
        ctx = Context(an, story)
        print(f"===== {path.name} story {story.index}")
        sources = story_sources(ctx)
        learned = w._learned_denials(ctx)
        dropped = frozenset(d.line for d in story.dropped)
        built = {name: KINDS[name].build(ctx) for name in ("who_denied", "what_denied")}
        notes = w.denial_drops(ctx)
        shown: set[int] = set()
        for c in [*story.claims, *story.others]:
            if c.stance != "denies":
                continue
            info = sources.get(source_key(c.source or "")) or w._unlisted_denier(ctx, c)
            checked = replace(c, content="the claim", source_span=None) if w._apposed(c) else c
            print(f"  [{c.act}] {c.source_text!r} {c.cue!r} -> {c.content[:80]!r}")
            print(
                f"     denier known={info is not None} learned-ok={c in learned} "
                f"nested={nested(ctx, c)} is_claim={is_claim(ctx, checked)} "
                f"doubtful={doubtful_source(ctx, c)}"
            )
            if info is not None:
                ante = w.denied_antecedent(ctx, c)
                phrase = ante[1] if ante else w.denied_phrase(ctx, c)
                print(f"     phrase={phrase!r} own={w._self_denial(ctx, c, info)!r}")
            if c in story.others and c not in learned:
                print("     not read: an aside or a claim the learned-denial filter left out")
            for i, (stage, note, why) in enumerate(notes):
                if _same(note, c):
                    shown.add(i)
                    print(f"     DROPPED at {stage}: {why}")
        for i, (stage, note, why) in enumerate(notes):
            if i not in shown:  # a denial the reading made of its own ("pushed back", "said it …")
                print(f"  [read] {note.source_text!r} {note.cue!r} -> {note.content[:60]!r}")
                print(f"     DROPPED at {stage}: {why}")
        for name in ("who_denied", "what_denied"):
            for q in built[name]:
                problems = validate(q, an, story, dropped_lines=dropped)
                print(f"  built {name}: {q.prompt} -> {problems or 'valid'}")
        kept, rep = generate_with_report(an)
        for q in kept:
            if q.story == story.index and q.kind in ("who_denied", "what_denied"):
                print(f"  KEPT {q.kind}: {q.prompt}")
        print(f"  trimmed {dict(rep.trimmed)} thinned {dict(rep.thinned)}")


if __name__ == "__main__":
    for f in sorted(Path(sys.argv[1]).glob("*.txt")):
        report(f)
