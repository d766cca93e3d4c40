"""Benchmark article extraction against the shared corpora's ground truth.

Runs `reuse_guard.extract.extract_article` (and, for comparison, trafilatura 2.3's `extract`) on the
original pages of a pool and prints precision / recall / F1 over word 4-gram shingles (the scorer of
../shared/tools/score_extract.py) per pool and per language, and the median milliseconds per page: wall
clock and process CPU time (the CPU figure is the one to compare on a shared, loaded machine; with
--repeat N each page is run N times and its fastest run counts).

    .venv/bin/python benchmarks/bench_extract.py --pool aeb|waddle [--langs ru] [--limit N]
        [--no-trafilatura] [--worst K] [--data DIR] [--repeat N]

The corpora are read from ../shared (never copied into the project).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "tools"))
sys.path.insert(0, str(ROOT))

from score_extract import prf  # noqa: E402
from syndbench import load_aeb, load_waddle  # noqa: E402

from reuse_guard.errors import InputError  # noqa: E402
from reuse_guard.extract import extract_article  # noqa: E402
from reuse_guard.load import Document  # noqa: E402


def _ours(page: dict[str, Any]) -> str:
    doc = Document(page["id"], "html", page["html"], page["url"])
    try:
        return extract_article(doc).text
    except InputError:
        return ""


def _trafilatura(page: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(page["html"]) or ""


def _run(
    name: str,
    fn: Callable[[dict[str, Any]], str],
    pages: list[dict[str, Any]],
    worst: int,
    dump: str = "",
    repeat: int = 1,
) -> None:
    by_lang: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    times: list[float] = []
    cpu: list[float] = []
    scored: list[tuple[float, str, str]] = []
    for page in pages:
        wall = spent = float("inf")
        for _ in range(max(1, repeat)):
            t0, c0 = time.perf_counter(), time.process_time()
            text = fn(page)
            spent = min(spent, time.process_time() - c0)
            wall = min(wall, time.perf_counter() - t0)
        times.append(wall)
        cpu.append(spent)
        score = prf(text, "\n".join(page["paras"]))
        by_lang[page["lang"]].append(score)
        scored.append((score[2], page["id"], f"P={score[0]:.2f} R={score[1]:.2f} {page['domain']}"))
    if dump:
        Path(dump).write_text(json.dumps({pid: round(f1, 4) for f1, pid, _ in scored}, indent=0))
    every = [s for scores in by_lang.values() for s in scores]
    groups = [("all", every), *sorted(by_lang.items())] if len(by_lang) > 1 else [("all", every)]
    for lang, scores in groups:
        p, r, f = (statistics.mean(x) for x in zip(*scores, strict=True))
        print(f"{name:12s} {lang:4s} pages={len(scores):4d}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(
        f"{name:12s} median_ms={1000 * statistics.median(times):.1f} mean_ms={1000 * statistics.mean(times):.1f}"
        f" cpu_median_ms={1000 * statistics.median(cpu):.2f} cpu_mean_ms={1000 * statistics.mean(cpu):.2f}"
    )
    for f1, pid, info in sorted(scored)[:worst]:
        print(f"   worst F1={f1:.2f} {pid} {info}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", choices=["aeb", "waddle"], required=True)
    ap.add_argument("--data", default="")
    ap.add_argument("--langs", default="")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--worst", type=int, default=0, help="list the K worst pages of our extractor")
    ap.add_argument("--dump", default="", help="write our per-page F1 as JSON to this file")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura comparison")
    ap.add_argument("--repeat", type=int, default=1, help="runs per page; the fastest counts (default 1)")
    a = ap.parse_args()
    data = Path(a.data) if a.data else SHARED / "corpora" / ("aeb" if a.pool == "aeb" else "waddle-dev")
    pages = load_aeb(str(data)) if a.pool == "aeb" else load_waddle(str(data))
    if a.langs:
        pages = [p for p in pages if p["lang"] in a.langs.split(",")]
    if a.limit:
        pages = pages[: a.limit]
    _run("reuse_guard", _ours, pages, a.worst, a.dump, a.repeat)
    if not a.no_trafilatura:
        _run("trafilatura", _trafilatura, pages, 0, repeat=a.repeat)


if __name__ == "__main__":
    main()
