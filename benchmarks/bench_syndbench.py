"""Syndication cases (../shared/tools/syndbench.py): reuse_guard against the naive difflib peer, same run.

    python benchmarks/bench_syndbench.py [--pools aeb,waddle] [--n 400] [--seed 11] [--limit N]

Prints, per pool, MAE of reused_fraction (overall and per transform), verdict, code and hyperlink accuracy
(per link situation), median ms per case for both systems and their ratio. The project is timed twice: as
shipped (the last originals' articles are kept, and some cases share an original) and cold (every original
extracted afresh, as the peer does).
"""

from __future__ import annotations

import argparse
import json
import sys

from _shared import BUILD, CORPORA, parse_json, require_shared, run_tool

POOLS = {"aeb": CORPORA / "aeb", "waddle": CORPORA / "waddle-dev"}


def cases(pool: str, n: int, seed: int) -> str:
    out = BUILD / "syndbench" / f"{pool}-n{n}-s{seed}"
    if not (out / "cases.jsonl").exists():
        run_tool("syndbench.py", "--pool", pool, "--data", str(POOLS[pool]), "--out", str(out), "--n", str(n),
                 "--seed", str(seed))
    return str(out)


def score(pool: str, n: int, seed: int, limit: int, peer: bool) -> dict[str, object]:
    d = cases(pool, n, seed)
    extra = ["--limit", str(limit)] if limit else []
    project = parse_json(run_tool("score_syndbench.py", d, "--system", "project", *extra))
    res: dict[str, object] = {"project": project}
    if peer:
        cold = parse_json(run_tool("score_syndbench.py", d, "--system", "project", *extra, cold=True))
        difflib = parse_json(run_tool("score_syndbench.py", d, "--system", "difflib", *extra))
        res["cold"] = cold
        res["difflib"] = difflib
        res["speed_ratio_peer_over_project"] = round(difflib["median_ms"] / project["median_ms"], 2)
        res["speed_ratio_peer_over_cold"] = round(difflib["median_ms"] / cold["median_ms"], 2)
    return res


def add_case_options(ap: argparse.ArgumentParser) -> None:
    """The options that choose the syndication cases (pools, how many, seed, how many of them to score)."""
    ap.add_argument("--pools", default="aeb,waddle")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--limit", type=int, default=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_case_options(ap)
    ap.add_argument("--no-peer", action="store_true", help="skip the difflib peer")
    a = ap.parse_args()
    require_shared()
    for pool in a.pools.split(","):
        res = score(pool, a.n, a.seed, a.limit, not a.no_peer)
        p = res["project"]
        assert isinstance(p, dict)
        print(f"== syndbench {pool} (n={a.n}, seed={a.seed})")
        for key in ("cases", "errors", "mae", "mae_by_transform", "verdict_acc", "codes_acc", "link_acc",
                    "link_acc_by_kind", "median_ms", "first_errors", "worst"):
            print(f"  {key}: {json.dumps(p.get(key), ensure_ascii=False)}")
        if "difflib" in res:
            q = res["difflib"]
            assert isinstance(q, dict)
            print(f"  peer difflib: mae {q['mae']} verdict {q['verdict_acc']} link {q['link_acc']} "
                  f"median_ms {q['median_ms']}")
            c = res["cold"]
            assert isinstance(c, dict)
            print(f"  speed: peer median / project median = {res['speed_ratio_peer_over_project']}x "
                  f"(target >= 2); with every original extracted afresh (no cache): {c['median_ms']} ms, "
                  f"{res['speed_ratio_peer_over_cold']}x")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
