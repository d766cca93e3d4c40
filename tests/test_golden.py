"""Golden end-to-end cases (tests/golden/check_cases.json): invented pages, the expected share and verdict, and why.

`expected_fraction` was computed from which original paragraphs each republication copies (words of those
paragraphs / words of headline and paragraphs), not from the tool's own output.
"""

import json
from pathlib import Path

import pytest

from reuse_guard import Html, check

CASES = json.loads((Path(__file__).parent / "golden" / "check_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case):
    r = check(Html(case["original_html"]), Html(case["republished_html"]), original_url=case["original_url"])
    assert r.reused_fraction == pytest.approx(case["expected_fraction"], abs=case["tolerance"]), case["why"]
    assert sorted(v.code for v in r.violations) == case["expected_violations"], case["why"]
