"""Targets of the issues that the measure does not reach yet, kept visible as strict xfails.

Each test computes the figure with the shared scorers (../shared, as CI has it) and asserts the issue's
target; `xfail(strict=True)` turns a surprise pass into a failure, so a fixed gap is noticed and moved
to the pinned floors (benchmarks/floors.toml). Needs the shared corpora; skipped without them.
"""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REUSE_GUARD_SHARED", ROOT.parent / "shared"))
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (SHARED / "tools").is_dir(), reason=f"shared corpora not at {SHARED}")]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.mark.xfail(strict=True, reason="PAN 05 (summaries): the truth spans the whole source behind a summary of "
                   "scattered sentences; stretching passages over it is the overcount the 30% rule must avoid, "
                   "so 'all' stays near 0.85 (random obfuscation is found in pieces by fragments._balance: "
                   "see floors.toml)")
def test_pan_plagdet_over_all_subsets_reaches_090():
    from gate import pan

    assert pan({"limit": 100})["all.plagdet"] >= 0.90


@pytest.mark.xfail(strict=True, reason="two 'cut' answers (g2pE_taskc, g4pD_taskb) copy Wikipedia text that is not "
                   "in the given source file, so they rightly score 0; that caps the AUC at 0.9825")
def test_clough_auc_reaches_099():
    from gate import clough

    assert clough({})["auc"] >= 0.99


@pytest.mark.xfail(strict=True, reason="a coverage measure does not order cut > light > heavy: cut answers copy "
                   "partly from outside the source excerpt, heavy rewrites paraphrase most of it")
def test_clough_mean_fraction_ordered_cut_light_heavy_non():
    from gate import clough

    assert clough({})["mean_order_cut_light_heavy_non"] == 1.0


@pytest.mark.xfail(strict=True, reason="waddle-dev (MAE 0.025-0.032): about half of the 20 largest errors are originals"
                   " whose reference text is truncated, spans pages the HTML does not hold, or includes dates, ads and "
                   "captions (the truth's denominator); the rest are multi-story pages and scattered copies")
def test_syndbench_waddle_mae_within_002():
    from gate import syndbench

    assert syndbench({"n": 300, "seed": 5})["waddle.mae"] <= 0.02
