"""How tokenising + aligning grows with length, and peak memory of a long original against a huge page.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 1000,10000,100000] [--memory 100000,1000000]
        [--baseline-max 10000] [--copies 10,100,1000,2000]

Texts are generated (invented words with a Zipf-like frequency, sentences of 8-30 words), so nothing is
copied from a corpus. The republished side is a page of the same size: unrelated text of the same
vocabulary around excerpts making up 30% of the original, lightly edited (a word changed every ~12).
For each size it prints seconds for tokenize + align (the fastest of --repeat runs, caches emptied before
each: load on this shared machine only ever adds time), the reused fraction found, and the naive difflib
peer's seconds (up to --baseline-max words: it grows much faster). The memory run happens in a fresh
subprocess and reports its peak RSS (resource.getrusage, texts included). The copies run checks (whole
pipeline) the English example against a page holding 10 to 2000 copies of its excessive republication
(2000 copies: 14 MB): time should grow about as the page does.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reuse_guard import normalize  # noqa: E402
from reuse_guard.align import align  # noqa: E402
from reuse_guard.normalize import tokenize  # noqa: E402


def vocabulary(rnd: random.Random, size: int = 30_000) -> list[str]:
    letters = "aeioubcdfghklmnprstvz"
    return ["".join(rnd.choice(letters) for _ in range(rnd.randint(2, 10))) for _ in range(size)]


def sentences(rnd: random.Random, vocab: list[str], words: int) -> list[str]:
    """Sentences totalling `words` words, words drawn with a Zipf-like law (a few very common)."""
    cum = list(accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    out: list[str] = []
    left = words
    while left > 0:
        n = min(left, rnd.randint(8, 30))
        ws = rnd.choices(vocab, cum_weights=cum, k=n)
        out.append(" ".join(ws).capitalize() + ".")
        left -= n
    return out


def make_pair(words: int, page_words: int, seed: int = 7) -> tuple[str, str, float]:
    """An original of `words` words and a page of `page_words` words reusing ~30% of it lightly edited."""
    rnd = random.Random(seed)
    vocab = vocabulary(rnd)
    orig = sentences(rnd, vocab, words)
    paragraphs = [" ".join(orig[k : k + 5]) for k in range(0, len(orig), 5)]
    chosen = sorted(rnd.sample(range(len(paragraphs)), max(1, round(0.3 * len(paragraphs)))))
    excerpts = []
    for k in chosen:
        ws = paragraphs[k].split(" ")
        for _ in range(len(ws) // 12):  # light edit: one word in ~12 replaced
            ws[rnd.randrange(len(ws))] = rnd.choice(vocab)
        excerpts.append(" ".join(ws))
    reused_words = sum(len(paragraphs[k].split()) for k in chosen)
    filler_words = max(page_words - reused_words, 0)
    filler = sentences(random.Random(seed + 1), vocab, filler_words)
    per_gap = max(1, len(filler) // (len(excerpts) + 1))
    page_parts: list[str] = []
    for i, ex in enumerate(excerpts):
        page_parts.append(" ".join(filler[i * per_gap : (i + 1) * per_gap]))
        page_parts.append(ex)
    page_parts.append(" ".join(filler[len(excerpts) * per_gap :]))
    return "\n\n".join(paragraphs), "\n\n".join(p for p in page_parts if p), reused_words / words


def run(orig_text: str, page_text: str) -> tuple[float, float]:
    normalize._CACHE.clear()  # every run folds its words afresh: repeats must not profit from earlier ones
    normalize._INTERNED.clear()
    t0 = time.perf_counter()
    orig = tokenize(orig_text)
    passages = align(orig, tokenize(page_text))
    seconds = time.perf_counter() - t0
    covered = sum(bisect_left(orig.starts, p.original_end) - bisect_left(orig.starts, p.original_start)
                  for p in passages)
    return seconds, covered / len(orig)


def difflib_peer(a: str, b: str) -> float:
    """The naive peer of ../shared/tools/score_pan.py: word lists compared with SequenceMatcher."""
    import difflib
    import re

    t0 = time.perf_counter()
    ta = [m.group().lower() for m in re.finditer(r"\w+", a)]
    tb = [m.group().lower() for m in re.finditer(r"\w+", b)]
    difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks()
    return time.perf_counter() - t0


def copies_run(copies: int) -> float:
    """Seconds to check the bundled English example original against a page holding `copies` copies of its
    `excessive.html` republication (whole pages, menus and credit links included, back to back: a scraper's
    archive, a forum thread quoting it again and again)."""
    from reuse_guard import Html, check, pipeline

    examples = ROOT / "examples" / "en"
    page = (examples / "excessive.html").read_text(encoding="utf-8") * copies
    pipeline._PREPARED.clear()
    t0 = time.perf_counter()
    check(examples / "original.html", Html(page, url="https://copies.example.com/"))
    return time.perf_counter() - t0


def memory_child(words: int, page_words: int) -> None:
    import resource

    orig_text, page_text, _ = make_pair(words, page_words)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds, fraction = run(orig_text, page_text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rss_after_generating_texts_mb": round(before / 1024, 1),
                      "peak_rss_mb": round(peak / 1024, 1), "seconds": round(seconds, 1),
                      "fraction": round(fraction, 3)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--memory", default="100000,1000000", help="ORIGINAL_WORDS,PAGE_WORDS ('' to skip)")
    ap.add_argument("--baseline-max", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest is shown (noise is additive)")
    ap.add_argument("--copies", default="10,100,1000,2000",
                    help="whole checks of a page holding this many copies of an example page ('' to skip)")
    ap.add_argument("--child", default="", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        w, p = (int(x) for x in a.child.split(","))
        memory_child(w, p)
        return
    previous = None
    for n in (int(x) for x in a.sizes.split(",") if x):
        orig_text, page_text, truth = make_pair(n, n)
        seconds, fraction = min(run(orig_text, page_text) for _ in range(a.repeat))
        base = f"{difflib_peer(orig_text, page_text):.3f}s" if n <= a.baseline_max else "skipped"
        growth = f" x{seconds / previous[1]:.1f} for x{n / previous[0]:.0f} words" if previous else ""
        print(f"words={n:7d} (+ page {n}) seconds={seconds:.3f}{growth} fraction={fraction:.3f} "
              f"(truth {truth:.3f}) difflib={base}", flush=True)
        previous = (n, seconds)
    if a.memory:
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child", a.memory], capture_output=True, text=True,
                             check=True)
        w, p = a.memory.split(",")
        print(f"memory: original {w} words vs page {p} words: {out.stdout.strip()} "
              f"(wall {time.perf_counter() - t0:.1f}s incl. generating the texts)")
    # After the memory run: a child inherits its parent's peak RSS, and these checks read pages of 14 MB.
    previous = None
    for k in (int(x) for x in a.copies.split(",") if x):
        seconds = min(copies_run(k) for _ in range(a.repeat if k < 1000 else 1))
        growth = f" x{seconds / previous[1]:.1f} for x{k / previous[0]:.0f} copies" if previous else ""
        print(f"copies={k:5d} check seconds={seconds:.3f}{growth}", flush=True)
        previous = (k, seconds)


if __name__ == "__main__":
    main()
