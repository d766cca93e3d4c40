"""PAN 2013 text alignment: plagdet of `normalize.tokenize` + `align.align` on plain-text pairs, with time.

    .venv/bin/python benchmarks/bench_pan.py --corpus ../shared/corpora/pan13-train [--subsets 01,02,03,04,05]
        [--limit N] [--min-words 8] [--baseline-sample 100]

Files are decoded from bytes without newline translation, so offsets are the files' character offsets (as
`reuse_guard.check` reads `.txt`). Scored with the plagdet function of ../shared/tools/score_pan.py. The
baseline is that tool's naive difflib peer, timed on a sample of the same pairs to give a speed ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reuse_guard.align import align  # noqa: E402
from reuse_guard.normalize import tokenize  # noqa: E402


def _tools(corpus: Path) -> object:
    for cand in (corpus.parent.parent / "tools", ROOT.parent / "shared" / "tools"):
        if (cand / "score_pan.py").exists():
            sys.path.insert(0, str(cand))
            import score_pan  # type: ignore[import-not-found]
            return score_pan
    raise SystemExit("score_pan.py not found next to the corpus (../tools) nor in ../shared/tools")


def _pairs(corpus: Path, sub: str, limit: int, sp: object) -> list[tuple[str, str, str, list, bool]]:
    xs = sorted(x for x in os.listdir(corpus / sub) if x.endswith(".xml"))
    if limit:
        xs = xs[:limit]
    out = []
    for x in xs:
        susp, src = x[:-4].split("-source-")
        tr, annotated = sp.truth(str(corpus / sub / x))  # type: ignore[attr-defined]
        if sub.startswith("05") and not annotated:
            continue
        out.append((x, str(corpus / "src" / f"source-{src}.txt"), str(corpus / "susp" / f"{susp}.txt"), tr,
                    annotated))
    return out


def run_project(src: str, susp: str, min_words: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    a = Path(src).read_bytes().decode("utf-8")
    b = Path(susp).read_bytes().decode("utf-8")
    ps = align(tokenize(a), tokenize(b), min_words=min_words)
    return [((p.republished_start, p.republished_end), (p.original_start, p.original_end)) for p in ps]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "pan13-train")
    ap.add_argument("--subsets", default="01,02,03,04,05")
    ap.add_argument("--limit", type=int, default=0, help="pairs per subset (0 = all)")
    ap.add_argument("--min-words", type=int, default=8)
    ap.add_argument("--baseline-sample", type=int, default=0, help="pairs to time the difflib peer on")
    ap.add_argument("--show-01", action="store_true", help="list 01 detections (false positives)")
    a = ap.parse_args()
    sp = _tools(a.corpus)
    want = [s for s in sp.SUBSETS if s[:2] in a.subsets.split(",")]  # type: ignore[attr-defined]
    allc: list = []
    alld: list = []
    total = 0.0
    npairs = 0
    sampled: list[tuple[str, str]] = []
    longest01 = 0
    for sub in want:
        cases: list = []
        dets: list = []
        t_sub = 0.0
        pairs = _pairs(a.corpus, sub, a.limit, sp)
        for pid, src, susp, tr, _ in pairs:
            cases += [(pid, t[0], t[1]) for t in tr]
            t0 = time.perf_counter()
            found = run_project(src, susp, a.min_words)
            t_sub += time.perf_counter() - t0
            dets += [(pid, f[0], f[1]) for f in found]
            sampled.append((src, susp))
            if sub.startswith("01") and found:
                words = max(len(tokenize(Path(src).read_bytes().decode("utf-8")[f[1][0]:f[1][1]]))
                            for f in found)
                longest01 = max(longest01, words)
                if a.show_01:
                    print("  01 detection", pid, found, words)
        total += t_sub
        npairs += len(pairs)
        r = sp.plagdet(cases, dets)  # type: ignore[attr-defined]
        print(f"{sub:28s} pairs={len(pairs):5d} plagdet={r['plagdet']:.4f} precision={r['precision']:.4f} "
              f"recall={r['recall']:.4f} granularity={r['granularity']:.4f} cases={r['cases']} "
              f"detections={r['detections']} seconds={t_sub:.1f}", flush=True)
        allc += cases
        alld += dets
    r = sp.plagdet(allc, alld)  # type: ignore[attr-defined]
    print(f"{'all':28s} pairs={npairs:5d} plagdet={r['plagdet']:.4f} precision={r['precision']:.4f} "
          f"recall={r['recall']:.4f} granularity={r['granularity']:.4f} cases={r['cases']} "
          f"detections={r['detections']}")
    print(f"total_seconds={total:.1f} ms_per_pair={1000 * total / max(npairs, 1):.2f} "
          f"longest_01_passage_words={longest01}")
    if a.baseline_sample and sampled:
        rnd = random.Random(13)
        sample = rnd.sample(sampled, min(a.baseline_sample, len(sampled)))
        t0 = time.perf_counter()
        for src, susp in sample:
            sp.sys_difflib(src, susp)  # type: ignore[attr-defined]
        t_base = time.perf_counter() - t0
        t0 = time.perf_counter()
        for src, susp in sample:
            run_project(src, susp, a.min_words)
        t_proj = time.perf_counter() - t0
        print(f"baseline difflib on {len(sample)} pairs: {1000 * t_base / len(sample):.1f} ms/pair; project on "
              f"the same pairs: {1000 * t_proj / len(sample):.2f} ms/pair; speed ratio {t_base / t_proj:.1f}x")


if __name__ == "__main__":
    main()
