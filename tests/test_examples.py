"""Every case of examples/expected.json, through the library and (a sample) through the installed command."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reuse_guard import Policy, check, load_policy

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CASES = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))["cases"]


def policy_for(case) -> Policy:
    base = load_policy(EXAMPLES / case["policy_file"]) if case.get("policy_file") else Policy()
    return base.with_fields(**case.get("policy", {}))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_example(case):
    r = check(EXAMPLES / case["original"], EXAMPLES / case["republished"], original_url=case["original_url"],
              republished_url=case.get("republished_url"), policy=policy_for(case))
    assert r.reused_fraction == pytest.approx(case["reused_share"], abs=case["tolerance"]), case["why"]
    assert r.compliant is case["compliant"], case["why"]
    assert sorted(v.code for v in r.violations) == case["violations"], case["why"]
    assert set(case["warnings"]) <= {w.code for w in r.warnings}, case["why"]


def test_readme_first_command_runs_on_the_bundled_example():
    exe = Path(sys.executable).parent / "reuse-guard"
    p = subprocess.run([str(exe), "check", "examples/en/original.html", "examples/en/excessive.html"],
                       capture_output=True, text=True, cwd=EXAMPLES.parent, timeout=60)
    assert p.returncode == 1, p.stderr
    assert "excess-reuse" in p.stdout


def test_the_examples_readme_table_shows_the_shares_the_tool_prints():
    # Rows of examples/README.md run under the default policy: "| `en/x.html` | what | 17.3% | verdict |".
    rows = re.findall(r"^\| `(\w\w/[\w-]+\.(?:html|txt))` \| [^|]+ \| ([\d.]+)% \|", (EXAMPLES / "README.md").read_text(
        encoding="utf-8"), re.M)
    assert len(rows) >= 10
    url = {c["original"]: c["original_url"] for c in CASES}
    for name, share in rows:
        original = f"{name[:2]}/original.html"
        r = check(EXAMPLES / original, EXAMPLES / name, original_url=url[original], policy=Policy(require_link=False))
        assert float(f"{100 * r.reused_fraction:.1f}") == float(share), name
