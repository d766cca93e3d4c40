"""Hyperlink accuracy of `read_page` + `find_link` on syndbench cases, by link situation, and speed.

    .venv/bin/python benchmarks/bench_links.py [CASES_DIR ...] [--n 300] [--seed 7] [--limit N] [--floor 0.99]

Cases come from ../shared/tools/syndbench.py; without CASES_DIR both pools are generated (once) under
build/synd_<pool> with --n and --seed. A case counts when its reused fraction is above zero (as
score_syndbench.py counts it); the finding is right when `found` equals truth's `link_ok`. Also printed:
whether the expected warning was raised per situation, how often the qualifying link was found in the
body, and median/max milliseconds. Exits 1 when a situation's accuracy is below --floor.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from _shared import BUILD, CORPORA, require_shared, run_tool

from reuse_guard.links import find_link
from reuse_guard.load import Document
from reuse_guard.page import read_page

#: The warning each situation must raise (the generator's link stands in the partner article's body).
EXPECTED_PROBLEM = {"nofollow": "link-nofollow", "homepage": "link-homepage-only", "hidden": "link-hidden",
                    "other-article": "link-other-article", "text-url": "link-plain-text"}


def run(cases: Path, limit: int, show: int) -> dict[str, object]:
    truths = [json.loads(line) for line in (cases / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    truths = [t for t in truths if t["reused_fraction"] > 0][: limit or None]
    right: dict[str, list[bool]] = defaultdict(list)
    problem_ok: dict[str, list[bool]] = defaultdict(list)
    in_body: list[bool] = []
    times, misses = [], []
    for t in truths:
        html = (cases / t["id"] / "republished.html").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        page = read_page(Document(t["id"], "html", html, t["republished_url"]))
        finding = find_link(page, t["original_url"])
        times.append(time.perf_counter() - t0)
        ok = finding.found == t["link_ok"]
        right[t["link"]].append(ok)
        want = EXPECTED_PROBLEM.get(t["link"])
        problem_ok[t["link"]].append(want in finding.problems if want else not (
            set(finding.problems) - {"link-nofollow"} if t["link"] != "none" else finding.best))
        if finding.found and finding.best is not None:
            in_body.append(finding.best.in_body)
        if not ok:
            misses.append((t["id"], t["link"], finding.found, list(finding.problems)))
    result = {
        "cases": str(cases), "scored": len(truths),

        "accuracy": round(sum(sum(v) for v in right.values()) / max(1, len(truths)), 4),
        "by_situation": {k: round(sum(v) / len(v), 4) for k, v in sorted(right.items())},
        "right_of": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(right.items())},
        "problems_right": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(problem_ok.items())},
        "qualifying_link_in_body": f"{sum(in_body)}/{len(in_body)}",
        "median_ms": round(1000 * statistics.median(times), 2) if times else None,
        "max_ms": round(1000 * max(times), 2) if times else None,
        "misses": misses[:show],
    }
    return result


def generated(pool: str, n: int, seed: int) -> Path:
    """The syndbench cases of `pool`, generated on first use."""
    require_shared()
    out = BUILD / f"synd_{pool}" if (n, seed) == (300, 7) else BUILD / f"synd_{pool}_n{n}_s{seed}"
    if not (out / "cases.jsonl").exists():
        data = CORPORA / ("aeb" if pool == "aeb" else "waddle-dev")
        run_tool("syndbench.py", "--pool", pool, "--data", str(data), "--out", str(out), "--n", str(n),
                 "--seed", str(seed))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="*", type=Path)
    ap.add_argument("--n", type=int, default=300, help="cases per pool when generating")
    ap.add_argument("--seed", type=int, default=7, help="generator seed when generating")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N cases of each directory")
    ap.add_argument("--show", type=int, default=10, help="list at most this many misses")
    ap.add_argument("--floor", type=float, default=0.99, help="lowest acceptable accuracy per situation")
    a = ap.parse_args()
    dirs = a.cases or [generated(pool, a.n, a.seed) for pool in ("aeb", "waddle")]
    low = []
    for d in dirs:
        res = run(d, a.limit, a.show)
        print(json.dumps(res, ensure_ascii=False, indent=1))
        by = res["by_situation"]
        assert isinstance(by, dict)
        low += [f"{d}:{k}" for k, v in by.items() if v < a.floor]
    if low:
        print(f"below the floor {a.floor}: {', '.join(low)}")
        return 1
    print(f"every situation at or above {a.floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
