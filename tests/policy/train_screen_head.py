"""Train the learned head of the sensitive-data screen and write platform/heliograph/policy/screen_head.npz.

Plain script (not collected by pytest):

    uv run python tests/policy/train_screen_head.py                       # train on screen_corpus.tsv
    uv run python tests/policy/train_screen_head.py --also tests/policy/screen_holdout.tsv
    uv run python tests/policy/train_screen_head.py --report tests/policy/screen_holdout.tsv  # evaluate only

The shipped head is trained on the corpus and the holdout. To reproduce the held-out figures (a head
trained on the corpus alone, measured on the holdout), train with --out /tmp/head.npz and no --also,
then run --report tests/policy/screen_holdout.tsv --out /tmp/head.npz.

Training: features of each labelled text (``_embedding.features``: sentence embedding + lexical
embedding, 768 numbers), a softmax regression over the six categories and "none" with L2
regularisation. The regularisation strength, the class weighting and the kind of threshold are chosen
by stratified 5-fold cross-validation repeated with three shuffles; a held-out text is scored the way
``classify`` scores text (best category over its pieces), and the figures are those of the whole
screen: the rules first, the head only on texts the rules pass (as ``screen_text`` runs them).

Thresholds: either one for every category, the lowest that keeps the benign texts flagged by the whole
screen at TARGET_FPR or below out of fold, or one per category, each allowed a sixth of that budget.
The kind with the better mean recall of the whole screen wins; the head is then fitted on every text
and saved.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from heliograph.policy import _embedding, _learned, screen
from heliograph.policy.screen import CATEGORIES

HERE = Path(__file__).parent
CORPUS = HERE / "screen_corpus.tsv"
CLASSES = (*CATEGORIES, "none")
NONE = len(CATEGORIES)
LAMBDAS = (1e-2, 3e-2, 1e-1)  # the last heads chose 3e-2 from a grid three times as wide
WEIGHTINGS = ("balanced", "none")
SEEDS = (0, 1, 2)
FOLDS = 5
TARGET_FPR = 0.015
MIN_THRESHOLD = 0.5
MAX_THRESHOLD = 0.999  # a category whose budget is spent is all but switched off


def read_tsv(path: Path) -> list[tuple[str, str]]:
    """(label, text) rows of a corpus file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label, _, text = line.partition("\t")
            assert label in CLASSES, (path, line)
            rows.append((label, text))
    return rows


def fit(feats: np.ndarray, y: np.ndarray, lam: float, weighting: str, iterations: int = 1000) -> dict[str, np.ndarray]:
    """Softmax regression on standardised features by Nesterov gradient descent (the problem is convex)."""
    mean = feats.mean(axis=0)
    scale = feats.std(axis=0) + 1e-6
    z = ((feats - mean) / scale).astype(np.float64)
    n, d = z.shape
    k = len(CLASSES)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    class_weight = n / (k * np.maximum(counts, 1)) if weighting == "balanced" else np.ones(k)
    sample_weight = class_weight[y] / class_weight[y].sum()
    target = np.eye(k)[y]
    # Step 1/L, with L bounding the curvature: softmax's Hessian is at most 1/2 of the weighted Gram matrix.
    gram = z.T @ (z * sample_weight[:, None])
    lipschitz = 0.5 * (float(np.linalg.eigvalsh(gram)[-1]) + 1.0) + lam
    w, b = np.zeros((d, k)), np.zeros(k)
    yw, yb, t = w.copy(), b.copy(), 1.0
    for step in range(iterations):  # FISTA: gradient steps from an extrapolated point
        logits = z @ yw + yb
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - target) * sample_weight[:, None]
        gw, gb = z.T @ g + lam * yw, g.sum(axis=0)
        if step % 25 == 0 and np.sqrt(np.sum(gw * gw) + np.sum(gb * gb)) < 1e-5:
            break
        nw, nb = yw - gw / lipschitz, yb - gb / lipschitz
        t_next = (1 + np.sqrt(1 + 4 * t * t)) / 2
        yw, yb = nw + (t - 1) / t_next * (nw - w), nb + (t - 1) / t_next * (nb - b)
        w, b, t = nw, nb, t_next
    return {"mean": mean, "scale": scale, "weights": w, "bias": b}


def as_head(params: dict[str, np.ndarray], thresholds: np.ndarray) -> _learned.Head:
    """A head object from fitted parameters."""
    return _learned.Head(
        classes=CLASSES,
        mean=params["mean"].astype(np.float32),
        scale=params["scale"].astype(np.float32),
        weights=params["weights"].astype(np.float32),
        bias=params["bias"].astype(np.float32),
        thresholds=thresholds.astype(np.float32),
    )


def stratified_folds(y: np.ndarray, seed: int) -> np.ndarray:
    """Fold number of every row, each class spread evenly over the folds."""
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(y), dtype=int)
    for c in range(len(CLASSES)):
        idx = np.flatnonzero(y == c)
        rng.shuffle(idx)
        fold[idx] = np.arange(len(idx)) % FOLDS
    return fold


def category_scores(h: _learned.Head, piece_feats: list[np.ndarray]) -> np.ndarray:
    """Each text's best probability of each category over its pieces, (texts, categories); 0 for no pieces."""
    scores = np.zeros((len(piece_feats), NONE))
    for i, f in enumerate(piece_feats):
        if len(f):
            scores[i] = h.probabilities(f)[:, :NONE].max(axis=0)
    return scores


def verdicts(scores: np.ndarray, rules: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """What the whole screen says of each text: the rules' category, else the head's (classify's rule), else NONE."""
    margin = scores - thresholds
    best = margin.argmax(axis=1)
    head = np.where(margin[np.arange(len(scores)), best] >= 0, best, NONE)
    return np.where(rules != NONE, rules, head)


def lowest_threshold(benign_scores: np.ndarray, allowed: int) -> float:
    """The lowest threshold (at least MIN_THRESHOLD) at which at most `allowed` of the benign scores reach it."""
    ordered = np.sort(benign_scores)[::-1]
    t = np.nextafter(ordered[allowed], 1.0) if 0 <= allowed < len(ordered) else (0.0 if allowed >= 0 else 1.0)
    return float(min(max(t, MIN_THRESHOLD), MAX_THRESHOLD))


def thresholds_for(scores: np.ndarray, rules: np.ndarray, y: np.ndarray, per_category: bool) -> np.ndarray:
    """Thresholds that keep the whole screen's benign flag rate at TARGET_FPR or below.

    The benign texts the rules already flag use up part of the budget; the head gets the rest, either
    under one threshold or split evenly over the categories.
    """
    benign = (y == NONE) & (rules == NONE)
    budget = int(np.floor(TARGET_FPR * np.sum(y == NONE))) - int(np.sum((y == NONE) & (rules != NONE)))
    if not per_category:
        return np.full(NONE, lowest_threshold(scores[benign].max(axis=1), budget))
    return np.array([lowest_threshold(scores[benign, c], budget // NONE) for c in range(NONE)])


def measure(y: np.ndarray, got: np.ndarray) -> tuple[list[float], float]:
    """Recall of each category and the benign flag rate of a set of verdicts."""
    rec = [float(np.mean(got[y == c] == c)) for c in range(NONE)]
    return rec, float(np.mean(got[y == NONE] != NONE))


def cross_validate(feats: np.ndarray, piece_feats: list[np.ndarray], y: np.ndarray, rules: np.ndarray) -> dict:
    """Grid search over regularisation, class weighting and the kind of threshold, scored on the whole screen."""
    results = []
    zero = np.zeros(NONE)
    for weighting in WEIGHTINGS:
        for lam in LAMBDAS:
            runs = []
            for seed in SEEDS:
                fold = stratified_folds(y, seed)
                scores = np.zeros((len(y), NONE))
                for k in range(FOLDS):
                    train, test = fold != k, np.flatnonzero(fold == k)
                    h = as_head(fit(feats[train], y[train], lam, weighting), zero)
                    scores[test] = category_scores(h, [piece_feats[i] for i in test])
                runs.append(scores)
            stacked = np.concatenate(runs)
            y3, rules3 = np.tile(y, len(SEEDS)), np.tile(rules, len(SEEDS))
            for per_category in (False, True):
                t = thresholds_for(stacked, rules3, y3, per_category)
                per_seed = [measure(y, verdicts(scores, rules, t)) for scores in runs]
                mean_recall = [float(np.mean([r[0][c] for r in per_seed])) for c in range(NONE)]
                fpr = float(np.mean([r[1] for r in per_seed]))
                results.append(
                    {
                        "lambda": lam,
                        "weighting": weighting,
                        "per_category": per_category,
                        "thresholds": [round(float(v), 4) for v in t],
                        "recall": mean_recall,
                        "fpr": fpr,
                    }
                )
                print(
                    f"  {weighting:8} lambda={lam:<6g} {'per-category' if per_category else 'one threshold'} "
                    f"t={'/'.join(f'{v:.2f}' for v in t)} FPR={fpr:.3f} "
                    f"recall mean={np.mean(mean_recall):.3f} min={min(mean_recall):.3f}",
                    flush=True,
                )
    return max(results, key=lambda r: (round(float(np.mean(r["recall"])), 3), r["lambda"], not r["per_category"]))


def train(rows: list[tuple[str, str]], out: Path) -> None:
    """Cross-validate, fit on every row and save the head."""
    texts = [t for _, t in rows]
    y = np.array([CLASSES.index(label) for label, _ in rows])
    start = time.perf_counter()
    feats = _embedding.features(texts)
    parts = [_learned.pieces(t) for t in texts]
    flat = [p for ps in parts for p in ps]
    flat_feats = _embedding.features(flat)
    piece_feats, at = [], 0
    for text, ps in zip(texts, parts, strict=True):
        # a text the head does not read (screen.head_reads) scores 0, as it does in the screen
        piece_feats.append(flat_feats[at : at + len(ps)] if screen.head_reads(text) else flat_feats[at:at])
        at += len(ps)
    print(f"features of {len(texts)} texts and {len(flat)} pieces in {time.perf_counter() - start:.1f} s")
    rules = np.array([CLASSES.index(hit.category) if (hit := screen._rule_hit(t)) else NONE for t in texts])
    print(f"rules alone flag {np.mean(rules[y == NONE] != NONE):.3f} of the benign texts")
    best = cross_validate(feats, piece_feats, y, rules)
    print(f"chosen: {best}")
    params = fit(feats, y, best["lambda"], best["weighting"])
    thresholds = np.array(best["thresholds"], dtype=np.float32)
    info = {**best, "rows": len(rows), "target_fpr": TARGET_FPR, "seeds": list(SEEDS), "folds": FOLDS}
    np.savez_compressed(
        out,
        classes=np.array(CLASSES),
        mean=params["mean"].astype(np.float32),
        scale=params["scale"].astype(np.float32),
        weights=params["weights"].astype(np.float32),
        bias=params["bias"].astype(np.float32),
        thresholds=thresholds,
        info=np.array(json.dumps(info)),
    )
    print(f"wrote {out} ({out.stat().st_size} bytes)")


def report(rows: list[tuple[str, str]], head_path: Path) -> None:
    """Per-category precision, recall and FPR of rules only, model only and both, over a labelled file."""
    _learned._head = _learned.load_head(head_path)
    y = [label for label, _ in rows]
    texts = [t for _, t in rows]
    rules = [(hit.category if (hit := screen._rule_hit(t)) else "none") for t in texts]
    model = [(found[0] if found else "none") for found in _learned.classify_many(texts)]
    heads = screen.model_hits(texts)  # as screen_text: the head's verdict counts where the rules found nothing
    both = [r if r != "none" else (h.category if h else "none") for r, h in zip(rules, heads, strict=True)]
    for name, got in (("rules only", rules), ("model only", model), ("combined", both)):
        print(f"\n{name}")
        print(f"  {'category':36} {'n':>4} {'tp':>4} {'fp':>3} {'fn':>3} {'prec':>6} {'recall':>6} {'fpr':>6}")
        for c in CATEGORIES:
            tp = sum(1 for a, b in zip(y, got, strict=True) if a == c and b == c)
            fn = sum(1 for a, b in zip(y, got, strict=True) if a == c and b != c)
            fp = sum(1 for a, b in zip(y, got, strict=True) if a != c and b == c)
            neg = sum(1 for a in y if a != c)
            prec = tp / (tp + fp) if tp + fp else 1.0
            print(f"  {c:36} {tp + fn:>4} {tp:>4} {fp:>3} {fn:>3} {prec:>6.3f} {tp / (tp + fn):>6.3f} {fp / neg:>6.3f}")
        benign = [b for a, b in zip(y, got, strict=True) if a == "none"]
        print(f"  benign flagged: {sum(b != 'none' for b in benign)}/{len(benign)} = "
              f"{sum(b != 'none' for b in benign) / len(benign):.3f}")  # fmt: skip
    print("\nmisses and false alarms of the combined screen:")
    for (label, text), r, m, b in zip(rows, rules, model, both, strict=True):
        if label != b:
            print(f"  {label} -> {b} (rules {r}, model {m}): {text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--also", type=Path, action="append", default=[], help="more labelled files to train on")
    parser.add_argument("--out", type=Path, default=_learned.HEAD_PATH)
    parser.add_argument("--report", type=Path, help="only evaluate the head at --out on this labelled file")
    args = parser.parse_args()
    if args.report:
        report(read_tsv(args.report), args.out)
        return 0
    rows = read_tsv(CORPUS)
    for path in args.also:
        rows += read_tsv(path)
    train(rows, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
