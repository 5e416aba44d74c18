"""Per story of a folder of *.txt: each denial the analysis found (a rule claim, or one only the
learned model read), whether its denier is a known source, the phrase the question would ask,
and what became of its who_denied/what_denied candidates (validation problems, kept, or lost to
the share cap or to thinning). Usage: python bench/denials_report.py DIR"""

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


def report(path: Path) -> None:
    """Print the denials of one file and the fate of their questions."""
    an = analyze(path.read_text(encoding="utf-8"))
    for story in an.stories:
        ctx = Context(an, story)
        print(f"===== {path.name} story {story.index}")
        sources = story_sources(ctx)
        learned = w._learned_denials(ctx)
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
        dropped = frozenset(d.line for d in story.dropped)
        for name in ("who_denied", "what_denied"):
            for q in KINDS[name].build(ctx):
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
