"""Clough & Stevenson corpus: reused fraction of each answer against its Wikipedia source.

    .venv/bin/python benchmarks/bench_clough.py [--data ../shared/corpora/clough] [--min-words 8]

The fraction is the share of the source's tokens inside the passages' original spans (as the lead's
`measure` counts it). Prints the mean fraction per category (cut > light > heavy > non expected), the AUC
of reused (cut/light/heavy) vs independent (non) answers, and the accuracy of the alarm "fraction > 0"
(these plain-text answers carry no link, so any reuse found is an alarm).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reuse_guard.align import Passage, align  # noqa: E402
from reuse_guard.normalize import Tokens, tokenize  # noqa: E402


def fraction(orig: Tokens, passages: tuple[Passage, ...]) -> float:
    """Share of `orig` tokens lying inside some passage's original span."""
    covered = 0
    for p in passages:
        lo = bisect_left(orig.starts, p.original_start)
        hi = bisect_left(orig.starts, p.original_end)
        covered += hi - lo
    return covered / len(orig) if len(orig) else 0.0


def auc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "corpora" / "clough")
    ap.add_argument("--min-words", type=int, default=8)
    ap.add_argument("--show", action="store_true", help="print every answer's fraction")
    a = ap.parse_args()
    with open(a.data / "file_information.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by: dict[str, list[float]] = {}
    flags: list[bool] = []
    t0 = time.perf_counter()
    for r in rows:
        if r["Category"] == "orig":
            continue
        orig = tokenize((a.data / f"orig_task{r['Task']}.txt").read_bytes().decode("utf-8", "replace"))
        ans = tokenize((a.data / r["File"]).read_bytes().decode("utf-8", "replace"))
        f = fraction(orig, align(orig, ans, min_words=a.min_words))
        by.setdefault(r["Category"], []).append(f)
        flags.append((f > 0) == (r["Category"] != "non"))
        if a.show:
            print(f"  {r['File']:18s} {r['Category']:6s} {f:.3f}")
    seconds = time.perf_counter() - t0
    pos = by["cut"] + by["light"] + by["heavy"]
    print("mean fraction", {k: round(statistics.mean(v), 3) for k, v in sorted(by.items())})
    print(f"auc_reused_vs_non {auc(pos, by['non']):.4f} auc_heavy_vs_non {auc(by['heavy'], by['non']):.4f}")
    print(f"alarm_accuracy {sum(flags) / len(flags):.4f} ({sum(flags)}/{len(flags)}) seconds={seconds:.2f}")


if __name__ == "__main__":
    main()
