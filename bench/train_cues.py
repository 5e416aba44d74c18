"""Train the learned cue detector (``questions.learned``) on PolNeAR's train compartment.

Usage: ``python bench/train_cues.py [TRAIN_DIR] [--epochs N] [--out questions/models/cues.tsv]``

Reads the articles and their first annotator's brat file in sorted order (as
``bench/eval_polnear.py`` does), cuts them into the engine's own paragraphs and sentences with
quotations masked, and labels each word whose form was part of an annotated cue at least
``MIN_CUE_COUNT`` times: 1 when it lies inside a gold cue, else 0. An averaged perceptron (stdlib
only, fixed random seed) learns from them; the last tenth of the articles is held out to report
precision and recall of the word decisions. Only features and their weights are written (no
text of any article). The test compartment is never read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_polnear import load_corpus  # noqa: E402

from questions.attribution import _paragraphs, heading_sentences  # noqa: E402
from questions.cues import CUES  # noqa: E402
from questions.learned import MODEL_PATH, CueModel, features, tokenize  # noqa: E402
from questions.pipeline import _read_story  # noqa: E402
from questions.segment import story_ranges  # noqa: E402
from questions.stories import classify_lines, split_lines  # noqa: E402
from questions.text import load_lexicon  # noqa: E402

MIN_CUE_COUNT = 2
MIN_CUE_RATE = 0.05  # a form is a candidate when at least this share of its uses are cues
MIN_FEATURE_COUNT = 3
MIN_WEIGHT = 0.01
FIRE_THRESHOLD = -0.5
MIN_FIRE_RATE = 0.1


def sentences(text: str):
    """(masked paragraph text, lo, hi, paragraph offset) of each sentence, as the engine reads."""
    lines = split_lines(text)
    kinds = classify_lines(lines)
    for first, last in story_ranges(lines, kinds):
        story = _read_story(text, lines[first : last + 1], kinds[first : last + 1], 0)
        found = sorted([*story.sentences, *heading_sentences(text, story)], key=lambda s: s.span)
        for para in _paragraphs(text, found):
            for sentence in para.sentences:
                lo, hi = sentence.span[0] - para.start, sentence.span[1] - para.start
                yield para.masked, lo, hi, para.start


def examples(articles, model=None):
    """(features, label) of each candidate word; with no model, (cue counts, word counts)."""
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    out = []
    for art in articles:
        cues = sorted(c for g in art.gold for c in g.cues)
        for masked, lo, hi, base in sentences(art.text):
            if model is None:
                for t in tokenize(masked, lo, hi):
                    s, e = base + t.start, base + t.end
                    counts[t.low] += any(a < e and s < b for a, b in cues)
                    seen[t.low] += 1
                continue
            quoted = "\x01" in masked[lo:hi]
            for s, e in model.candidates(masked, lo, hi):
                inside = any(a < base + e and base + s < b for a, b in cues)
                feats = features(masked, lo, hi, s, e, quoted)
                out.append((feats, 1 if inside else -1))
    return (counts, seen) if model is None else out


def train(data, epochs: int, seed: int = 7) -> dict[str, float]:
    """An averaged perceptron over (features, ±1) examples."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, y = data[k]
            step += 1
            if y * sum(w[f] for f in feats) <= 0:
                for f in feats:
                    total[f] += (step - stamp[f]) * w[f]
                    stamp[f] = step
                    w[f] += y
    return {f: (total[f] + (step - stamp[f]) * w[f]) / step for f in w}


def report(weights: dict[str, float], data, name: str) -> None:
    """Precision and recall of the word decisions at a few thresholds."""
    for threshold in (-0.2, 0.0, 0.2, 0.5):
        tp = fp = fn = 0
        for feats, y in data:
            hit = sum(weights.get(f, 0.0) for f in feats) > threshold
            tp += hit and y > 0
            fp += hit and y < 0
            fn += not hit and y > 0
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        print(f"{name} threshold {threshold:+.1f}: P {p:.3f} R {r:.3f} ({tp} tp, {fp} fp, {fn} fn)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="/work/polnear/train")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--min-cue-rate", type=float, default=MIN_CUE_RATE)
    ap.add_argument("--min-fire-rate", type=float, default=MIN_FIRE_RATE)
    ap.add_argument("--min-cue-count", type=int, default=MIN_CUE_COUNT)
    ap.add_argument(
        "--leave-out",
        default="",
        help="K/N: train without articles whose sorted index is K modulo N (cross-validation)",
    )
    args = ap.parse_args()
    if "test" in Path(args.folder).name:
        print("the test compartment is reserved", file=sys.stderr)
        return 2
    articles = load_corpus(Path(args.folder))
    if args.leave_out:
        k, n = map(int, args.leave_out.split("/"))
        articles = [a for i, a in enumerate(articles) if i % n != k]
    cut = len(articles) * 9 // 10
    counts, seen_words = examples(articles)  # type: ignore[misc]
    function_words = set(load_lexicon("cohesion_stopwords")) - set(CUES)
    vocab = {
        w
        for w, c in counts.items()
        if c >= args.min_cue_count
        and c >= args.min_cue_rate * seen_words[w]
        and w != "\x01"
        and w not in function_words
    }
    covered = sum(c for w, c in counts.items() if w in vocab)
    print(f"candidate forms cover {covered} of {sum(counts.values())} cue words")
    print(f"{len(articles)} articles, {len(vocab)} candidate word forms")
    model = CueModel({"w=" + w: 0.0 for w in vocab})
    held = examples(articles[cut:], model)
    data = examples(articles[:cut], model)
    weights = train(data, args.epochs)
    report(weights, held, "held-out tenth")
    data += held
    seen = Counter(f for feats, _ in data for f in feats)
    weights = train(data, args.epochs)
    kept = {
        f: round(v, 3)
        for f, v in weights.items()
        if (seen[f] >= MIN_FEATURE_COUNT or f.startswith("w=")) and abs(v) >= MIN_WEIGHT
    }
    # forms the model takes for a cue often enough stay candidates: scoring the others would
    # cost time for next to no cues
    fires: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for feats, _ in data:
        uses[feats[1]] += 1
        if sum(kept.get(f, 0.0) for f in feats) > FIRE_THRESHOLD:
            fires[feats[1]] += 1
    keep = {f for f, n in fires.items() if n >= args.min_fire_rate * uses[f]}
    for feature in [f for f in kept if f.startswith("w=")]:
        if feature not in keep:
            del kept[feature]
    for feature in keep:
        kept.setdefault(feature, 0.0)
    print(
        f"{len(keep)} candidate forms kept (taken for a cue in at least "
        f"{args.min_fire_rate:.0%} of their uses), {sum(uses[f] for f in keep)} of "
        f"{sum(uses.values())} candidate uses"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Weights of questions.learned's cue detector (averaged perceptron), trained by\n"
            "# bench/train_cues.py on PolNeAR train (first annotator of each article).\n"
            "# feature<TAB>weight; features name words and shapes only, never article text.\n"
        )
        for f in sorted(kept):
            fh.write(f"{f}\t{kept[f]}\n")
    print(f"{len(kept)} features written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
