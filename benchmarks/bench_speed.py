"""Time per syndication case, reuse_guard against the naive peer, interleaved case by case in one process.

    python benchmarks/bench_speed.py [--pools aeb,waddle] [--n 400] [--seed 11] [--limit N] [--rounds 2]

The scorer (`score_syndbench.py`) times one system per process, one after the other; on a shared 2-core
machine the load drifts between those runs by 20-30%, which is as large as the difference measured. Here
both systems run on every case in turn (the order alternating from case to case), using the scorer's own
functions for each (`run_project`, `run_difflib`), so drift hits both alike. reuse_guard is timed twice:
cold (its cache of prepared originals emptied before every case, as the peer has none) and as shipped
(the last originals kept: some cases share an original, as an audit of many pages against one does).
Prints the median milliseconds of each and the ratios peer / reuse_guard (target >= 2).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from _shared import TOOLS, require_shared
from bench_syndbench import add_case_options, cases

from reuse_guard import pipeline

Runner = Callable[[str, dict[str, Any]], dict[str, Any]]


def _timed(fn: Runner, d: str, t: dict[str, Any]) -> float:
    t0 = time.perf_counter()
    fn(d, t)
    return time.perf_counter() - t0


def measure(pool: str, n: int, seed: int, limit: int, rounds: int) -> dict[str, float]:
    sys.path.insert(0, str(TOOLS))
    import score_syndbench as scorer  # the scorer's own runners: same calls as its figures

    root = cases(pool, n, seed)
    with open(os.path.join(root, "cases.jsonl"), encoding="utf-8") as f:
        truths = [json.loads(line) for line in f]
    truths = truths[:limit] if limit else truths
    first = truths[0]
    for fn in (scorer.run_project, scorer.run_difflib):  # imports and first-call set-up, not timed
        fn(os.path.join(root, first["id"]), first)

    kept: OrderedDict[Any, Any] = OrderedDict()  # the shipped run's cache, carried from case to case

    def cold(d: str, t: dict[str, Any]) -> dict[str, Any]:
        pipeline._PREPARED = OrderedDict()  # nothing kept
        result: dict[str, Any] = scorer.run_project(d, t)
        return result

    def shipped(d: str, t: dict[str, Any]) -> dict[str, Any]:
        pipeline._PREPARED = kept
        result: dict[str, Any] = scorer.run_project(d, t)
        return result

    times: dict[str, list[float]] = {"peer": [], "cold": [], "shipped": []}
    for r in range(rounds):
        kept.clear()
        for k, t in enumerate(truths):
            d = os.path.join(root, t["id"])
            order = [("peer", scorer.run_difflib), ("cold", cold)]
            if (k + r) % 2:
                order.reverse()
            for name, fn in order:
                times[name].append(_timed(fn, d, t))
            times["shipped"].append(_timed(shipped, d, t))
    med = {name: 1000 * statistics.median(v) for name, v in times.items()}
    return {
        "cases": len(truths) * rounds,
        "peer_ms": round(med["peer"], 2),
        "cold_ms": round(med["cold"], 2),
        "shipped_ms": round(med["shipped"], 2),
        "peer_over_cold": round(med["peer"] / med["cold"], 2),
        "peer_over_shipped": round(med["peer"] / med["shipped"], 2),
        "median_case_ratio_cold": round(statistics.median(
            p / c for p, c in zip(times["peer"], times["cold"], strict=True)), 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_case_options(ap)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    require_shared()
    for pool in a.pools.split(","):
        res = measure(pool, a.n, a.seed, a.limit, a.rounds)
        print(f"== speed {pool} (n={a.n}, seed={a.seed}, {res['cases']} timed cases per system, interleaved)")
        print(f"  median ms: peer {res['peer_ms']}, reuse_guard cold {res['cold_ms']}, "
              f"as shipped {res['shipped_ms']}")
        print(f"  peer / reuse_guard: cold {res['peer_over_cold']}x (median per case "
              f"{res['median_case_ratio_cold']}x), as shipped {res['peer_over_shipped']}x (target >= 2)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
