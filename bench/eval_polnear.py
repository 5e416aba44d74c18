"""Score the engine's attribution finding against PolNeAR-style brat annotations.

Usage: ``python bench/eval_polnear.py [DIR] [--breakdown] [--cues N] [--errors N] [--no-engine]
[--claims-only] [--model WEIGHTS --fold K/N]``

DIR holds article texts ``NAME.txt`` and one brat file ``NAME_ANNOTATOR.ann`` per article (the
PolNeAR layout; default /work/polnear/dev). Each ``E`` line of type Attribution or
Attribution-no-source is one gold attribution, its Cue, Source and Content text-bound spans
possibly discontinuous (several fragments). Only offsets are read, so the text column of a ``T``
line may be left empty. The data are not part of the repository: ``bench/polnear_data.py GITDIR``
rebuilds train and dev from a fetch of networkdynamics/PolNeAR (its test compartment is never read).

Scoring (the issue's definition):

* A found claim matches a gold attribution when its ``cue_span`` overlaps any gold cue fragment;
  matching is one-to-one, greedy by the number of overlapping characters.
* Precision = matches / found claims with a cue; recall = matches / gold attributions.
* Claims whose ``cue_span`` is None (quote continuations and the like) cannot match by cue: they
  are left out of both precision and recall and reported as "no-cue claims".
* Found claims whose cue lies inside a span the annotators marked ``Discard`` (bylines, promos)
  are left out of precision too and counted apart.
* Source right: among matches, the found ``source_span`` overlaps a gold source fragment
  ("overlap") or equals the gold source span or one of its fragments ("exact"). A gold
  attribution without a source counts as right when the found ``source_span`` is None.

A regular-expression baseline (``said|says|told|according to`` ...) is scored the same way for
reference; the issue quotes about 0.52 F1 for such a baseline. Stdlib only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

Span = tuple[int, int]
DEFAULT_DIR = "/work/polnear/dev"
ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")
PRONOUNS = frozenset(
    "he she they it i we you him her them his its their who which this that".split()
)


@dataclass
class Gold:
    """One annotated attribution: its cue, source and content fragments."""

    cues: list[Span]
    sources: list[Span] = field(default_factory=list)
    contents: list[Span] = field(default_factory=list)


@dataclass
class Found:
    """One attribution found by a system, reduced to what the scoring needs."""

    cue: Span | None
    source: Span | None
    label: str = ""


@dataclass
class Article:
    """One article: its text, gold attributions and discarded regions."""

    name: str
    text: str
    gold: list[Gold]
    discard: list[Span]


@dataclass
class Score:
    """Counts accumulated over the corpus for one system."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    src_overlap: int = 0
    src_exact: int = 0
    no_cue: int = 0
    discarded: int = 0
    failures: int = 0

    def row(self, name: str) -> str:
        """Format one line of the results table."""
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        so = self.src_overlap / self.matched if self.matched else 0.0
        se = self.src_exact / self.matched if self.matched else 0.0
        return (
            f"{name:<10} {self.found:>6} {self.gold:>6} {self.matched:>6} {p:>6.3f} {r:>6.3f}"
            f" {f:>6.3f} {so:>8.3f} {se:>7.3f} {self.no_cue:>6} {self.discarded:>5}"
        )


def _fragments(spec: str) -> list[Span]:
    """Parse brat offsets like ``10 14;20 25`` into spans."""
    out = []
    for frag in spec.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(path: Path) -> tuple[list[Gold], list[Span]]:
    """Read a brat file into gold attributions and Discard spans."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _fragments(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            args = [a.split(":", 1) for a in parts[1].split()]
            events.append((args[0][0], [(re.sub(r"\d+$", "", r), t) for r, t in args[1:]]))
    gold = []
    for kind, args in events:
        if kind not in ATTRIBUTION_TYPES:
            continue
        g = Gold(cues=[])
        for role, tid in args:
            frags = spans.get(tid, ("", []))[1]
            {"Cue": g.cues, "Source": g.sources, "Content": g.contents}.get(role, []).extend(frags)
        if g.cues:
            gold.append(g)
    discard = [f for kind, frags in spans.values() if kind == "Discard" for f in frags]
    return gold, discard


def load_corpus(folder: Path) -> list[Article]:
    """Pair each ``.ann`` with its text; the first annotator's file wins for an article."""
    articles: dict[str, Article] = {}
    for ann in sorted(folder.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        txt = folder / f"{stem}.txt"
        if stem in articles or not txt.exists():
            continue
        gold, discard = parse_ann(ann)
        text = txt.read_text(encoding="utf-8")
        articles[stem] = Article(stem, text, gold, discard)
    return list(articles.values())


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(found: list[Found], gold: list[Gold]) -> list[tuple[int, int]]:
    """Pair found and gold attributions one-to-one, greedily by cue overlap."""
    pairs = []
    for i, f in enumerate(found):
        if f.cue is None:
            continue
        for j, g in enumerate(gold):
            ov = sum(_overlap(f.cue, c) for c in g.cues)
            if ov:
                pairs.append((ov, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_f, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def source_right(f: Found, g: Gold) -> tuple[bool, bool]:
    """Whether the found source overlaps / exactly equals the gold source."""
    if not g.sources:
        return f.source is None, f.source is None
    if f.source is None:
        return False, False
    whole = (min(s[0] for s in g.sources), max(s[1] for s in g.sources))
    overlap = any(_overlap(f.source, s) for s in g.sources)
    return overlap, f.source == whole or f.source in g.sources


# ---------------------------------------------------------------- systems


CLAIMS_ONLY = False  # --claims-only: leave out StoryAnalysis.others (hopes, requests, learned cues)


def engine_claims(text: str) -> list[Found]:
    """Run the engine on a whole text; every attribution (claims and others) of every story."""
    import questions

    out = []
    for story in questions.analyze(text).stories:
        for c in story.claims + ([] if CLAIMS_ONLY else story.others):
            cue = getattr(c, "cue_span", None)
            src = getattr(c, "source_span", None)
            out.append(
                Found(cue, src, f"{getattr(c, 'cue', '')!r} src={getattr(c, 'source', '')!r}")
            )
    return out


_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they|it|we|I|He|She|They|It|We)"
_CUE = r"said|says|say|told|tells|according to|added|asked|stated|reported"
_BEFORE = re.compile(rf"({_NAME})\s+(?:also\s+)?({_CUE})\b")
_AFTER = re.compile(rf"\b({_CUE})\s+({_NAME})")
_BARE = re.compile(rf"\b({_CUE})\b")


def baseline_claims(text: str) -> list[Found]:
    """A plain regular-expression attribution finder, for reference."""
    out: dict[Span, Found] = {}
    for m in _BEFORE.finditer(text):
        out[m.span(2)] = Found(m.span(2), m.span(1), "regex")
    for m in _AFTER.finditer(text):
        out.setdefault(m.span(1), Found(m.span(1), m.span(2), "regex"))
    for m in _BARE.finditer(text):
        out.setdefault(m.span(1), Found(m.span(1), None, "regex"))
    return list(out.values())


# ---------------------------------------------------------------- scoring


def _in_discard(span: Span | None, discard: list[Span]) -> bool:
    return span is not None and any(_overlap(span, d) for d in discard)


@dataclass
class Outcome:
    """Per-article result of one system: matches and the unmatched on each side."""

    article: Article
    found: list[Found]
    pairs: list[tuple[int, int]]


def score_system(articles: list[Article], system, score: Score) -> list[Outcome]:
    """Run one system over the corpus, adding to ``score``; return per-article outcomes."""
    outcomes = []
    for art in articles:
        try:
            found = system(art.text)
        except Exception as exc:  # a half-built engine must not stop the evaluation
            if not score.failures:
                print(f"  ! {art.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            score.failures += 1
            found = []
        score.no_cue += sum(1 for f in found if f.cue is None)
        score.discarded += sum(1 for f in found if _in_discard(f.cue, art.discard))
        found = [f for f in found if f.cue is not None and not _in_discard(f.cue, art.discard)]
        pairs = match(found, art.gold)
        score.found += len(found)
        score.gold += len(art.gold)
        score.matched += len(pairs)
        for i, j in pairs:
            ov, ex = source_right(found[i], art.gold[j])
            score.src_overlap += ov
            score.src_exact += ex
        outcomes.append(Outcome(art, found, pairs))
    return outcomes


# ---------------------------------------------------------------- reports


def _sentence(text: str, span: Span, marks: list[Span]) -> str:
    """The line around ``span`` (clipped to ~300 chars) with ``marks`` bracketed."""
    lo = text.rfind("\n", 0, span[0]) + 1
    hi = text.find("\n", span[1])
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, span[0] - 150), min(hi, span[1] + 150)
    out, pos = [], lo
    for a, b in sorted(m for m in marks if m[0] >= lo and m[1] <= hi):
        if a < pos:
            continue
        out += [text[pos:a], "[[", text[a:b], "]]"]
        pos = b
    out.append(text[pos:hi])
    return " ".join("".join(out).split())


def gold_cue_text(art: Article, g: Gold) -> str:
    """The gold cue's words, lower-cased, fragments joined by '…'."""
    return " … ".join(" ".join(art.text[a:b].lower().split()) for a, b in g.cues)


def print_errors(outcomes: list[Outcome], n: int) -> None:
    """Print up to n false positives, false negatives and wrong sources, with context."""
    fps, fns, srcs = [], [], []
    for o in outcomes:
        mf = {i for i, _ in o.pairs}
        mg = {j for _, j in o.pairs}
        text = o.article.text
        for i, f in enumerate(o.found):
            if i not in mf:
                fps.append(f"{o.article.name}: {f.label}\n    {_sentence(text, f.cue, [f.cue])}")
        for j, g in enumerate(o.article.gold):
            if j not in mg:
                src = "; ".join(text[a:b] for a, b in g.sources) or "-"
                ctx = _sentence(text, g.cues[0], g.cues + g.sources)
                fns.append(
                    f"{o.article.name}: cue={gold_cue_text(o.article, g)!r} src={src!r}\n    {ctx}"
                )
        for i, j in o.pairs:
            f, g = o.found[i], o.article.gold[j]
            if not source_right(f, g)[0]:
                got = text[f.source[0] : f.source[1]] if f.source else None
                want = "; ".join(text[a:b] for a, b in g.sources) or None
                srcs.append(
                    f"{o.article.name}: found src={got!r} gold src={want!r}\n    "
                    f"{_sentence(text, g.cues[0], g.cues + g.sources)}"
                )
    for title, items in (
        ("FALSE POSITIVES", fps),
        ("FALSE NEGATIVES", fns),
        ("WRONG SOURCE", srcs),
    ):
        print(f"\n== {title} ({len(items)}; showing {min(n, len(items))}) ==")
        for item in items[:n]:
            print("  " + item)


_SKIP = frozenset(
    "also has have had would will did does do is was were are be been being not n't never "
    "later then first previously repeatedly reportedly publicly privately just still "
    "to the a an 's ’s 're ’re 'd ’d 've ’ve".split()
)
_CLASSES = (
    ("colon (headline 'X: ...', transcript 'NAME:')", lambda c, h: c.rstrip().endswith(":")),
    ("according to", lambda c, h: h == "according"),
    ("speech verb", lambda c, h: h in _SPEECH),
    ("evidence (shows/found/in a poll)", lambda c, h: h in _EVIDENCE),
    ("belief / intention", lambda c, h: h in _MENTAL),
    ("other (action, stance, noun cue)", lambda c, h: True),
)
_SPEECH = frozenset(
    "said says say saying told tell tells telling wrote writes write added adds adding asked "
    "asking asks noted notes argued argues arguing claimed claims claiming insisted declared "
    "announced stated explained continued concluded recalled replied demanded suggested "
    "suggesting warned acknowledged reported reports described called calls calling urged "
    "urges vowed pledged promised denied admitted sings tweeting tweeted reads".split()
)
_EVIDENCE = frozenset(
    "shows show showed showing found finds reveals revealed indicate indicated in".split()
)
_MENTAL = frozenset(
    "think thinks believe believes want wants wish hope hopes fear fears expects expect "
    "worried afraid sure plans plan intends see sees views feel feels know knows "
    "suspect wondering wondered determined convinced frustrated loves likes need".split()
)


def cue_class(cue: str) -> str:
    """A coarse kind of cue, to group recall by construction."""
    head = cue_head(cue)
    return next(name for name, test in _CLASSES if test(cue, head))


def cue_head(cue: str) -> str:
    """The cue's first content word ('also said' -> 'said'), to group cue forms."""
    words = re.findall(r"[\w’']+|[:—]", cue)
    for w in words:
        if w not in _SKIP:
            return w
    return cue or "?"


def print_cue_table(outcomes: list[Outcome], n: int) -> None:
    """Print the n most frequent gold cue strings and heads with how often each was found."""
    for title, key in (("cue string", gold_cue_text), ("cue head word", None)):
        total, hit = Counter(), Counter()
        for o in outcomes:
            mg = {j for _, j in o.pairs}
            for j, g in enumerate(o.article.gold):
                k = gold_cue_text(o.article, g)
                k = k if key else cue_head(k)
                total[k] += 1
                hit[k] += j in mg
        print(f"\n== gold {title}s: top {n} (gold / found) ==")
        for k, c in total.most_common(n):
            print(f"  {k!r:<32} {c:>4} {hit[k]:>4}")


def print_breakdown(outcomes: list[Outcome]) -> None:
    """Recall by kind of gold attribution; false positives by found cue word."""
    groups: dict[str, list[int]] = {}

    def add(name: str, ok: bool) -> None:
        groups.setdefault(name, [0, 0])
        groups[name][0] += 1
        groups[name][1] += ok

    fp_words = Counter()
    nested = 0
    for o in outcomes:
        mg = {j for _, j in o.pairs}
        mf = {i for i, _ in o.pairs}
        text = o.article.text
        first_nl = text.find("\n")
        for j, g in enumerate(o.article.gold):
            ok = j in mg
            src = " ".join(text[a:b] for a, b in g.sources).strip().lower()
            add("all", ok)
            add(
                "no source"
                if not g.sources
                else ("pronoun source" if src in PRONOUNS else "named/NP source"),
                ok,
            )
            add("headline (first line)" if g.cues[0][0] < first_nl else "body", ok)
            add("cue: " + cue_class(gold_cue_text(o.article, g)), ok)
        contents = [c for g in o.article.gold for c in g.contents]
        for i, f in enumerate(o.found):
            if i not in mf:
                fp_words[cue_head(" ".join(text[f.cue[0] : f.cue[1]].lower().split()))] += 1
                nested += any(_overlap(f.cue, c) for c in contents)
    print("\n== recall by kind of gold attribution (gold / found / recall) ==")
    order = sorted(groups, key=lambda k: (k != "all", not k.startswith("cue:"), -groups[k][0]))
    for name in order:
        n, ok = groups[name]
        print(f"  {name:<52} {n:>5} {ok:>5} {ok / n:>6.2f}")
    print(
        f"\n== false positives by found cue head word ({nested} of them lie inside a gold "
        "content span: PolNeAR is univocal and never annotates nested attributions) =="
    )
    for w, c in fp_words.most_common(25):
        print(f"  {w!r:<24} {c:>4}")


def main(argv: list[str] | None = None) -> int:
    """Score the engine and the baseline over a folder and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=DEFAULT_DIR)
    ap.add_argument("--errors", type=int, default=0, help="print N FPs, FNs and wrong sources")
    ap.add_argument("--cues", type=int, default=0, help="print the N most frequent gold cues")
    ap.add_argument("--breakdown", action="store_true", help="recall by kind, FPs by cue word")
    ap.add_argument("--no-engine", action="store_true", help="score the baseline only")
    ap.add_argument(
        "--claims-only", action="store_true", help="score claims only, not StoryAnalysis.others"
    )
    ap.add_argument("--model", help="weights of the learned cue model to use instead")
    ap.add_argument(
        "--fold",
        default="",
        help="K/N: score only the articles whose sorted index is K modulo N (cross-validation "
        "with a model trained by train_cues.py --leave-out K/N)",
    )
    args = ap.parse_args(argv)
    if args.model:
        import questions.learned

        questions.learned.MODEL_PATH = Path(args.model)
        questions.learned.cue_model.cache_clear()
    global CLAIMS_ONLY
    CLAIMS_ONLY = args.claims_only
    if "test" in Path(args.folder).name.lower():
        print("PolNeAR's test compartment is reserved: not scored here", file=sys.stderr)
        return 2
    articles = load_corpus(Path(args.folder))
    if args.fold:
        k, n = map(int, args.fold.split("/"))
        articles = [a for i, a in enumerate(articles) if i % n == k]
    if not articles:
        print(f"no .txt/.ann pairs in {args.folder}", file=sys.stderr)
        return 2
    words = sum(len(a.text.split()) for a in articles)
    print(
        f"{len(articles)} articles, {words} words, "
        f"{sum(len(a.gold) for a in articles)} gold attributions"
    )
    print(
        f"{'system':<10} {'found':>6} {'gold':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}"
        f" {'src_ovl':>8} {'src_ex':>7} {'nocue':>6} {'disc':>5}"
    )
    base = Score()
    score_system(articles, baseline_claims, base)
    print(base.row("baseline"))
    if args.no_engine:
        return 0
    try:
        import questions  # noqa: F401  (imported before timing)
    except ImportError as exc:
        print(f"engine not importable: {exc}", file=sys.stderr)
        return 1
    eng = Score()
    t0 = time.perf_counter()
    outcomes = score_system(articles, engine_claims, eng)
    secs = time.perf_counter() - t0
    print(eng.row("engine"))
    print(f"engine: {words / secs:,.0f} words/s (incl. scoring), {eng.failures} articles failed")
    if args.breakdown:
        print_breakdown(outcomes)
    if args.cues:
        print_cue_table(outcomes, args.cues)
    if args.errors:
        print_errors(outcomes, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
