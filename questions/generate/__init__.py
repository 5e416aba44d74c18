"""Question generation: turn a story's analysis into validated quiz questions.

``generate(analysis)`` runs every registered kind (``questions/generate/kinds/``) over every
story, validates each question (``validate.py``), drops the failures and duplicates, keeps
at most each kind's limit per story, trims each kind to its share of the story, then drops a
question that gives away another's answer on the same sentence (``giveaway.py``; so a kind
may end over its share).
``generate_with_report`` also returns what was dropped.

A new kind is one module in ``kinds/`` whose builder is decorated with ``registry.register``,
imported in ``kinds/__init__.py`` (and named in ``KIND_ORDER`` for its place in reports).
``score_spot_the_cue`` is the marking rule of spot_the_cue answers, for the web app.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from questions.generate import kinds as _kinds  # noqa: F401 - registers the kinds
from questions.generate.giveaway import thin
from questions.generate.kinds.fact_or_claim import rebalance
from questions.generate.kinds.spot_the_cue import score_spot_the_cue
from questions.generate.options import uniform_people
from questions.generate.registry import KINDS, Context
from questions.generate.report import format_report
from questions.generate.validate import validate
from questions.model import Analysis, Question, StoryAnalysis

__all__ = [
    "KINDS",
    "GenerationReport",
    "format_report",
    "generate",
    "generate_with_report",
    "score_spot_the_cue",
    "validate",
]

log = logging.getLogger(__name__)

KIND_ORDER = (
    "fact_or_claim",
    "who_said",
    "who_denied",
    "what_denied",
    "verification",
    "source_check",
    "hedge_words",
    "characterization",
    "spot_the_cue",
)


@dataclass
class GenerationReport:
    """What generation kept and dropped: counts by kind, and drop reasons."""

    kept: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    trimmed: Counter[str] = field(default_factory=Counter)  # valid, but over the kind's share
    thinned: Counter[str] = field(default_factory=Counter)  # valid, but a giveaway (giveaway.py)
    errors: list[str] = field(default_factory=list)

    @property
    def dropped_total(self) -> int:
        """How many candidate questions failed validation or were duplicates."""
        return sum(self.dropped.values())


def _kind_names() -> list[str]:
    return [k for k in KIND_ORDER if k in KINDS] + [k for k in KINDS if k not in KIND_ORDER]


def generate_with_report(
    analysis: Analysis, *, thin_giveaways: bool = True
) -> tuple[list[Question], GenerationReport]:
    """The validated questions of every story, and a report of what was dropped and why.
    ``thin_giveaways=False`` keeps questions that give each other away (``giveaway.py``): for
    tests of what each kind builds, never for a quiz."""
    report = GenerationReport()
    out: list[Question] = []
    seen_ids: set[str] = set()
    for story in analysis.stories:
        ctx = Context(analysis, story)
        by_kind = _story_candidates(ctx, report)
        kept = {
            name: _keep(by_kind.get(name, []), analysis, story, seen_ids, report)[
                : KINDS[name].limit
            ]
            for name in _kind_names()
        }
        report.trimmed.update(_cap_shares(kept))
        if thin_giveaways:
            kept, gone = _thin(kept)
            report.thinned.update(q.kind for q in gone)
            # thinning may leave the filler over its share of what is left: trim it again, to
            # one question at least (removing a question gives nothing away, so no second
            # thinning is needed)
            report.trimmed.update(_cap_shares(kept, only=FILLER, least=1))
        for name in _kind_names():
            out.extend(kept[name])
    for q in out:
        report.kept[q.kind] += 1
    if report.dropped:
        log.info("dropped %d questions: %s", report.dropped_total, dict(report.dropped))
    return out, report


def _thin(kept: dict[str, list[Question]]) -> tuple[dict[str, list[Question]], list[Question]]:
    """A story's questions by kind without those that give away another's answer or have
    theirs given away (``giveaway.thin``; at most ``limit`` per kind, so the comparison of
    pairs stays bounded whatever the story's length); fact_or_claim is then balanced again
    (neither answer over 60%, ``fact_or_claim.balance``), as its builder balanced it."""
    flat, gone = thin(q for name in _kind_names() for q in kept[name])
    out = {name: [q for q in flat if q.kind == name] for name in _kind_names()}
    if "fact_or_claim" in out:
        out["fact_or_claim"], unbalanced = rebalance(out["fact_or_claim"])
        gone += unbalanced
    return out, gone


MIN_CAP = 2  # a kind may always keep this many questions of a story, whatever its share
# ... or more for the kinds a story seldom gives and a teacher asks for most: what a story could
# or could not confirm (three), and its denials (their limit, three: a story seldom holds more
# clean ones, and one question per denial is kept, giveaway.py). They outlast a second
# mark-the-words or who_said question when a short story must cut.
KIND_MIN_CAP = {"verification": 3, "who_denied": 3, "what_denied": 3}


def _cap(kind: str, total: int, own: int = 0) -> int:
    """How many questions of a kind a story of ``total`` questions (``own`` of them of this
    kind) may keep: its share, but at least ``MIN_CAP`` (or its ``KIND_MIN_CAP``). spot_the_cue,
    the easy mark-the-words filler, gets its share rounded down and no minimum, so it never
    outnumbers the other kinds of a story together; only a story with no other question keeps
    one of it."""
    spec = KINDS[kind]
    if spec.multi:
        return 1 if total == own else int(total * spec.share)
    return max(KIND_MIN_CAP.get(kind, MIN_CAP), int(total * spec.share))


# Kinds trimmed to their share again after thinning: the mark-the-words filler. The others
# keep what thinning left them: fact_or_claim, the quiz's own question, is balanced between its
# two answers, and trimming it again costs a fact question for each claim question.
FILLER = frozenset({"spot_the_cue"})


def _cap_shares(
    kept: dict[str, list[Question]], only: frozenset[str] | None = None, least: int = 0
) -> Counter[str]:
    """Trim kinds over their share of the story's questions (``KindSpec.share``, or
    ``MIN_CAP`` questions) until none is: the kind furthest over loses its last question of its
    most common answer, so fact_or_claim stays balanced (the filler, its last: its builder puts
    its most telling questions first). ``only``: trim these kinds alone,
    ``least``: never below this many. Returns how many each kind lost."""
    lost: Counter[str] = Counter()
    while True:
        total = sum(len(v) for v in kept.values())
        over = {
            k: len(v) - max(least, _cap(k, total, len(v)))
            for k, v in kept.items()
            if v and (only is None or k in only)
        }
        name = max(over, key=lambda k: over[k], default=None)
        if name is None or over[name] <= 0:
            return lost
        answers = Counter(str(q.answer) for q in kept[name])
        common = answers.most_common(1)[0][0]
        at = max(i for i, q in enumerate(kept[name]) if str(q.answer) == common)
        if name in FILLER:
            at = _filler_to_trim(kept, name)
        kept[name].pop(at)
        lost[name] += 1


def _filler_to_trim(kept: dict[str, list[Question]], name: str) -> int:
    """Which question of the filler to trim: the last (its builder puts the most telling
    first) of those on a sentence that another kind's question asks too, which thinning may
    drop as a giveaway; else its last."""
    spans = [
        q.evidence.span
        for k, v in kept.items()
        if k != name
        for q in v
        if getattr(q, "evidence", None) is not None
    ]
    shared = [
        i
        for i, q in enumerate(kept[name])
        if getattr(q, "evidence", None) is not None
        and any(s < q.evidence.span[1] and q.evidence.span[0] < e for s, e in spans)
    ]
    return shared[-1] if shared else len(kept[name]) - 1


def generate(analysis: Analysis, *, thin_giveaways: bool = True) -> list[Question]:
    """The validated questions of every story of an analysis, in a stable order."""
    return generate_with_report(analysis, thin_giveaways=thin_giveaways)[0]


def _story_candidates(ctx: Context, report: GenerationReport) -> dict[str, list[Question]]:
    """Every kind builder's questions for one story, grouped by the kind they say they are."""
    by_kind: dict[str, list[Question]] = {}
    builders = {id(spec.build): spec for spec in KINDS.values()}
    for spec in builders.values():
        try:
            questions = spec.build(ctx)
        except Exception as exc:  # a bad analysis must not cost the other kinds
            log.exception("kind %s failed on story %d", spec.name, ctx.story.index)
            report.errors.append(f"{spec.name} (story {ctx.story.index}): {exc!r}")
            continue
        for q in questions:
            shown = uniform_people(ctx, q)  # "Okafor" beside "Ana Reyes": all by surname
            if shown is None:
                report.dropped[f"{q.kind}: keyed person stands out in form"] += 1
                continue
            by_kind.setdefault(q.kind, []).append(shown)
    return by_kind


def _keep(
    questions: list[Question],
    analysis: Analysis,
    story: StoryAnalysis,
    seen_ids: set[str],
    report: GenerationReport,
) -> list[Question]:
    """The questions that pass validation and are not duplicates."""
    kept = []
    prompts: set[tuple[str, tuple[str, ...]]] = set()
    dropped = frozenset(d.line for d in story.dropped)
    for q in questions:
        problems = validate(q, analysis, story, dropped_lines=dropped)
        if q.id in seen_ids or (q.prompt, q.options) in prompts:
            problems.append("duplicate")
        if problems:
            for p in problems:
                report.dropped[f"{q.kind}: {p}"] += 1
            continue
        seen_ids.add(q.id)
        prompts.add((q.prompt, q.options))
        kept.append(q)
    return kept
