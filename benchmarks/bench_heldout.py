"""Held-out pages: extraction and syndication figures on the invented news sites in benchmarks/heldout*.

    python benchmarks/bench_heldout.py [--groups heldout/kk,...] [--n 150] [--seed 5] [--no-peer]

Each group is a few invented sites (templates and text written for reuse_guard; see its README): the
shared tools read it as an aeb pool. Prints extraction P/R/F1 (and trafilatura's), then syndbench cases
built from those pages, scored for reuse_guard and the naive peer. `heldout2` was measured before any
change was made for it; `heldout` was written first and the extractor was then fixed on what it showed.
"""

from __future__ import annotations

import argparse
import sys

from _shared import HELDOUT_GROUPS, heldout_cases, heldout_pool, parse_dict_lines, parse_json, require_shared, run_tool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--groups", default=",".join(HELDOUT_GROUPS))
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--no-peer", action="store_true", help="skip trafilatura and the difflib peer")
    a = ap.parse_args()
    require_shared()
    for group in a.groups.split(","):
        pool = heldout_pool(group)
        print(f"== {group}")
        systems = ["project"] if a.no_peer else ["project", "trafilatura"]
        for system in systems:
            r = parse_dict_lines(run_tool("score_extract.py", "--pool", "aeb", "--data", str(pool), "--system",
                                          system))
            print(f"  extract {system:12} pages {r['pages']}, P {r['precision']}, R {r['recall']}, F1 {r['f1']}")
        cases = heldout_cases(pool, a.n, a.seed)
        for system in ["project"] if a.no_peer else ["project", "difflib"]:
            r = parse_json(run_tool("score_syndbench.py", str(cases), "--system", system))
            worst = min(r["link_acc_by_kind"].values()) if r["link_acc_by_kind"] else None
            print(f"  syndbench {system:10} cases {r['cases']}, MAE {r['mae']} (worst transform "
                  f"{max(r['mae_by_transform'].values())}), verdict {r['verdict_acc']}, codes {r['codes_acc']}, "
                  f"link {r['link_acc']} (worst situation {worst})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
