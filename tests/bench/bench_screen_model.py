"""Benchmark: the sensitive-data screen's learned head (numpy all-MiniLM-L6-v2 + softmax layer).

Run: uv run python tests/bench/bench_screen_model.py [--repeat 3]
     OPENBLAS_NUM_THREADS=1 uv run python tests/bench/bench_screen_model.py   # one BLAS thread

Prints: import time of heliograph.policy.screen (fresh process) and whether it imports numpy; model
load time and resident memory before/after; per-sentence embedding time (one text per call) for a
20-word sentence and over the corpus sentences, median and p90; batched throughput; and
screen_text per call, split by which path answered (rules or model).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "policy" / "screen_corpus.tsv"
TWENTY_WORDS = (
    "My husband was diagnosed with Parkinson's last autumn, and he still climbs up every week "
    "to clean our solar panels."
)


def rss_mib() -> float:
    """Resident memory of this process in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    """The q-quantile of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def import_time() -> None:
    code = (
        "import time, sys; t = time.perf_counter(); import heliograph.policy.screen; "
        "print(f'{(time.perf_counter() - t) * 1e3:.0f} ms, numpy imported: {\"numpy\" in sys.modules}')"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
            for _ in range(3)]  # fmt: skip
    print(f"import heliograph.policy.screen (fresh process, 3 runs): {'; '.join(runs)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus")
    args = parser.parse_args()
    import_time()

    from heliograph.policy import _embedding, _learned, screen

    texts = [line.partition("\t")[2] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    before = rss_mib()
    start = time.perf_counter()
    screen.warm_up()
    print(f"warm_up (tokenizer, weights, head, 3 passes): {time.perf_counter() - start:.2f} s; "
          f"RSS {before:.0f} -> {rss_mib():.0f} MiB")  # fmt: skip

    words = len(TWENTY_WORDS.split())
    timings = []
    for _ in range(200):
        t = time.perf_counter()
        _embedding.features([TWENTY_WORDS])
        timings.append(time.perf_counter() - t)
    print(f"{words}-word sentence, one per call (200 calls): median {statistics.median(timings) * 1e3:.1f} ms, "
          f"p90 {pct(timings, 0.9) * 1e3:.1f} ms, min {min(timings) * 1e3:.1f} ms")  # fmt: skip

    timings = []
    for _ in range(args.repeat):
        for text in texts:
            t = time.perf_counter()
            _embedding.features([text])
            timings.append(time.perf_counter() - t)
    print(f"corpus sentences, one per call ({len(timings)} calls): median {statistics.median(timings) * 1e3:.1f} ms, "
          f"p90 {pct(timings, 0.9) * 1e3:.1f} ms, max {max(timings) * 1e3:.1f} ms")  # fmt: skip

    t = time.perf_counter()
    _embedding.features(texts)
    batch = time.perf_counter() - t
    print(f"corpus in one batched call: {batch:.2f} s = {batch / len(texts) * 1e3:.1f} ms per sentence")

    by_path: dict[str, list[float]] = {"rules": [], "model": [], "neither": []}
    for _ in range(args.repeat):
        for text in texts:
            t = time.perf_counter()
            hit = screen.screen_text(text)
            elapsed = time.perf_counter() - t
            path = "neither" if hit is None else ("model" if hit.evidence.startswith("model:") else "rules")
            by_path[path].append(elapsed)
    for path, values in by_path.items():
        if values:
            print(f"screen_text answered by {path:8} ({len(values):>4} calls): median "
                  f"{statistics.median(values) * 1e3:.2f} ms, p90 {pct(values, 0.9) * 1e3:.2f} ms")  # fmt: skip

    long_text = " ".join(texts[:200])
    t = time.perf_counter()
    _learned.classify(long_text)
    print(f"classify one text of {len(long_text.split())} words ({len(_learned.pieces(long_text))} pieces): "
          f"{(time.perf_counter() - t) * 1e3:.0f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
