"""Quality gate: run the shared scorers on fixed samples and hold each figure against its pinned floor.

    python benchmarks/gate.py [--floors benchmarks/floors.toml] [--only syndbench,pan,clough,extract,heldout,handcases]

Floors live in benchmarks/floors.toml, each with the command-sized sample it was measured on; a figure
below its floor (or above its ceiling) fails with exit code 1. Floors are raised when the measure improves
and never lowered silently: lowering one needs a commit that says why. tests/test_quality_gate.py runs this.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

from _shared import (
    BUILD,
    CORPORA,
    HELDOUT_GROUPS,
    heldout_cases,
    heldout_pool,
    parse_dict_lines,
    parse_json,
    require_shared,
    run_tool,
)

HERE = Path(__file__).resolve().parent


def syndbench(cfg: dict[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    for pool, data in (("aeb", "aeb"), ("waddle", "waddle-dev")):
        d = BUILD / "gate" / f"syndbench-{pool}-n{cfg['n']}-s{cfg['seed']}"
        if not (d / "cases.jsonl").exists():
            run_tool("syndbench.py", "--pool", pool, "--data", str(CORPORA / data), "--out", str(d),
                     "--n", str(cfg["n"]), "--seed", str(cfg["seed"]))
        r = parse_json(run_tool("score_syndbench.py", str(d), "--system", "project"))
        out[f"{pool}.errors"] = r["errors"]
        out[f"{pool}.mae"] = r["mae"]
        out[f"{pool}.mae_worst_transform"] = max(r["mae_by_transform"].values())
        out[f"{pool}.verdict_acc"] = r["verdict_acc"]
        out[f"{pool}.link_acc_worst_kind"] = min(r["link_acc_by_kind"].values())
    return out


def pan(cfg: dict[str, Any]) -> dict[str, float]:
    r = parse_dict_lines(run_tool("score_pan.py", str(CORPORA / "pan13-train"), "--system", "project",
                                  "--subsets", "02,03,04,05", "--limit", str(cfg["limit"])))
    out = {f"{k[:2]}.plagdet": v["plagdet"] for k, v in r.items() if isinstance(v, dict) and k[:2].isdigit()}
    out["all.plagdet"] = r["all"]["plagdet"]
    out["all.granularity"] = r["all"]["granularity"]
    out["errors"] = r["errors"]
    return out


def clough(cfg: dict[str, Any]) -> dict[str, float]:
    lines = run_tool("score_clough.py", str(CORPORA / "clough"), "--system", "project").splitlines()
    means = parse_dict_lines(lines[0])
    words = " ".join(lines[1:]).split()
    vals = {words[i]: float(words[i + 1]) for i in range(0, len(words) - 1, 2)}
    ordered = means["cut"] > means["light"] > means["heavy"] > means["non"]
    return {"alarm_accuracy": vals["alarm_accuracy"], "auc": vals["auc_reused_vs_non"],
            "mean_order_cut_light_heavy_non": float(ordered)}


def extract(cfg: dict[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    r = parse_dict_lines(run_tool("score_extract.py", "--pool", "aeb", "--data", str(CORPORA / "aeb")))
    out["aeb.f1"] = r["f1"]
    for lang in cfg["waddle_langs"]:
        r = parse_dict_lines(run_tool("score_extract.py", "--pool", "waddle", "--data",
                                      str(CORPORA / "waddle-dev"), "--langs", lang, "--limit",
                                      str(cfg["waddle_limit"])))
        out[f"waddle.{lang}.f1"] = r["f1"]
    return out


def heldout(cfg: dict[str, Any]) -> dict[str, float]:
    """The invented sites of benchmarks/heldout*: extraction F1, and syndbench cases built from them."""
    out: dict[str, float] = {}
    for group in HELDOUT_GROUPS:
        pool, name = heldout_pool(group), group.replace("/", ".")
        out[f"{name}.f1"] = parse_dict_lines(run_tool("score_extract.py", "--pool", "aeb", "--data", str(pool)))["f1"]
        cases = heldout_cases(pool, cfg["n"], cfg["seed"])
        r = parse_json(run_tool("score_syndbench.py", str(cases), "--system", "project"))
        out[f"{name}.mae"] = r["mae"]
        out[f"{name}.verdict_acc"] = r["verdict_acc"]
        out[f"{name}.link_acc_worst_kind"] = min(r["link_acc_by_kind"].values())
    return out


def handcases(cfg: dict[str, Any]) -> dict[str, float]:
    """The hand-written Kazakh and Russian (and English and Chinese) republications of benchmarks/handcases
    to handcases12, scored as syndbench cases."""
    out: dict[str, float] = {}
    for name in ("handcases", "handcases2", "handcases3", "handcases4", "handcases5", "handcases6", "handcases7",
                 "handcases8", "handcases9", "handcases10", "handcases11", "handcases12"):
        r = parse_json(run_tool("score_syndbench.py", str(HERE / name), "--system", "project"))
        out.update({f"{name}.errors": r["errors"], f"{name}.mae": r["mae"], f"{name}.verdict_acc": r["verdict_acc"],
                    f"{name}.codes_acc": r["codes_acc"],
                    f"{name}.link_acc_worst_kind": min(r["link_acc_by_kind"].values())})
    return out


SUITES = {"syndbench": syndbench, "pan": pan, "clough": clough, "extract": extract, "heldout": heldout,
          "handcases": handcases}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", type=Path, default=HERE / "floors.toml")
    ap.add_argument("--only", default=",".join(SUITES))
    a = ap.parse_args()
    require_shared()
    floors = tomllib.loads(a.floors.read_text(encoding="utf-8"))
    failed = []
    for name in a.only.split(","):
        spec = floors[name]
        t0 = time.perf_counter()
        got = SUITES[name](spec.get("sample", {}))
        print(f"== {name} ({time.perf_counter() - t0:.0f} s, sample {spec.get('sample', {})})")
        for key, value in sorted(got.items()):
            lo, hi = spec.get("min", {}).get(key), spec.get("max", {}).get(key)
            bad = (lo is not None and value < lo) or (hi is not None and value > hi)
            bound = f">= {lo}" if lo is not None else f"<= {hi}" if hi is not None else "(no floor)"
            print(f"  {'FAIL' if bad else 'ok  '} {key:32} {value:<10} {bound}")
            if bad:
                failed.append(f"{name}.{key}")
        sys.stdout.flush()
    if failed:
        print("below the pinned floors: " + ", ".join(failed))
        return 1
    print("all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
