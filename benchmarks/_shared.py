"""Where the shared corpora and scorer tools live, and how to run a scorer and read its figures."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REUSE_GUARD_SHARED", ROOT.parent / "shared"))
TOOLS = SHARED / "tools"
CORPORA = SHARED / "corpora"
BUILD = ROOT / "build"


def require_shared() -> None:
    if not TOOLS.is_dir():
        sys.exit(f"benchmarks need the shared corpora and tools at {SHARED} (set REUSE_GUARD_SHARED)")


def run_tool(script: str, *args: str, cold: bool = False) -> str:
    """Run one of the shared scorer tools with this interpreter; return its standard output.

    `cold` turns reuse_guard's cache of prepared originals off for the run (see _cold.py).
    """
    wrapper = [str(Path(__file__).with_name("_cold.py"))] if cold else []
    cmd = [sys.executable, *wrapper, str(TOOLS / script), *args]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def parse_dict_lines(out: str) -> dict[str, Any]:
    """Read `key value` lines (score_pan) or a printed dict (score_extract) into one dict."""
    res: dict[str, Any] = {}
    for line in out.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            res.update(ast.literal_eval(line))
            continue
        key, _, value = line.partition(" ")
        try:
            res[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            res[key] = value
    return res


def parse_json(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out)
    return data


HELDOUT = ROOT / "benchmarks"
HELDOUT_GROUPS = ("heldout/kk", "heldout/ru", "heldout/intl", "heldout2/kkru", "heldout2/intl", "heldout3/kkru",
                  "heldout3/intl", "heldout4/kkru", "heldout4/intl", "heldout5/kkru",
                  "heldout6/mixed", "heldout7/cjk", "heldout8/kkru",
                  "heldout9/intl", "heldout10/mixed", "heldout11/kkru", "heldout12/intl",
                  "heldout13/kkru", "heldout14/mixed", "heldout15/mixed", "heldout16/mixed", "heldout17/kkru",
                  "heldout18/mixed", "heldout19/kkru", "heldout20/mixed",
                  "heldout21/mixed", "heldout22/kkru", "heldout23/mixed")


def heldout_cases(pool: Path, n: int, seed: int) -> Path:
    """The syndbench cases built from a held-out `pool` (`n` cases, `seed`), under build/; built again when the
    pool changed after them (cases of old pages would score the new extraction against old truths)."""
    import shutil

    cases = pool.parent / f"{pool.name}-cases-n{n}-s{seed}"
    made = cases / "cases.jsonl"
    if not made.exists() or made.stat().st_mtime < (pool / "ground-truth.json").stat().st_mtime:
        shutil.rmtree(cases, ignore_errors=True)
        run_tool("syndbench.py", "--pool", "aeb", "--data", str(pool), "--out", str(cases), "--n", str(n),
                 "--seed", str(seed))
    return cases


def heldout_pool(group: str) -> Path:
    """The invented pages of benchmarks/<group> (pages/*.html + ground-truth.json) laid out as the shared
    tools read the aeb pool (html/<id>.html.gz + ground-truth.json), under build/; rebuilt when a page changed."""
    import gzip
    import shutil

    src = HELDOUT / group
    out = BUILD / "heldout" / group.replace("/", "-")
    pages = sorted((src / "pages").glob("*.html"))
    stamp = max(p.stat().st_mtime for p in [*pages, src / "ground-truth.json"])
    if not (out / "ground-truth.json").exists() or (out / "ground-truth.json").stat().st_mtime < stamp:
        shutil.rmtree(out, ignore_errors=True)
        (out / "html").mkdir(parents=True)
        for page in pages:
            (out / "html" / f"{page.name}.gz").write_bytes(gzip.compress(page.read_bytes(), mtime=0))
        shutil.copyfile(src / "ground-truth.json", out / "ground-truth.json")
    return out
