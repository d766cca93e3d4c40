"""The installed `reuse-guard` command, run in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EN_PARAGRAPHS, ORIGINAL_URL, republished_page

EXE = Path(sys.executable).parent / "reuse-guard"
LINK = f'Source: <a href="{ORIGINAL_URL}">Herald</a>'


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], input=stdin.decode() if stdin else None, capture_output=True,
                          text=True, cwd=cwd, timeout=60)


@pytest.fixture
def pages(tmp_path: Path, original_html: str) -> Path:
    (tmp_path / "original.html").write_text(original_html, encoding="utf-8")
    (tmp_path / "ok.html").write_text(republished_page(EN_PARAGRAPHS[:2], LINK), encoding="utf-8")
    (tmp_path / "bad.html").write_text(republished_page(EN_PARAGRAPHS[:6]), encoding="utf-8")
    return tmp_path


def test_compliant_exits_0_with_summary(pages: Path):
    p = run("check", "original.html", "ok.html", cwd=pages)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("COMPLIANT") and "more may be used" in p.stdout


def test_violation_exits_1_and_names_codes(pages: Path):
    p = run("check", "original.html", "bad.html", cwd=pages)
    assert p.returncode == 1
    assert "excess-reuse" in p.stdout and "missing-link" in p.stdout and "over the limit" in p.stdout


def test_json_output_is_the_report(pages: Path):
    p = run("check", "original.html", "bad.html", "--format", "json", cwd=pages)
    d = json.loads(p.stdout)
    assert d["schema_version"] == "1.1" and d["compliant"] is False
    assert {v["code"] for v in d["violations"]} == {"excess-reuse", "missing-link"}


def test_policy_options_override(pages: Path):
    p = run("check", "original.html", "bad.html", "--max-reuse", "90%", "--no-link-required", cwd=pages)
    assert p.returncode == 0, p.stdout
    (pages / "p.toml").write_text("max_reuse_fraction = 0.1\n")
    p = run("check", "original.html", "ok.html", "--policy", "p.toml", cwd=pages)
    assert p.returncode == 1 and "excess-reuse" in p.stdout


def test_stdin_draft(pages: Path):
    draft = (EN_PARAGRAPHS[0] + "\n").encode()
    p = run("check", "original.html", "-", stdin=draft, cwd=pages)
    assert p.returncode == 1 and "missing-link" in p.stdout


@pytest.mark.parametrize("args,needle", [
    (("check", "nope.html", "ok.html"), "nope.html"),
    (("check", "original.html", "ok.html", "--policy", "nope.toml"), "nope.toml"),
    (("check", "original.html", "ok.html", "--max-reuse", "2"), "between 0 and 1"),
    (("check", "-", "-"), "standard input"),
    (("frobnicate",), "invalid choice"),
])
def test_usage_and_input_errors_exit_2_without_traceback(pages: Path, args, needle):
    p = run(*args, cwd=pages)
    assert p.returncode == 2
    assert needle in p.stderr
    assert "Traceback" not in p.stderr


def test_python_dash_m_and_policy_command(pages: Path):
    p = subprocess.run([sys.executable, "-m", "reuse_guard", "policy", "--active-link"], capture_output=True,
                       text=True, cwd=pages)
    assert p.returncode == 0 and "allow_nofollow = false" in p.stdout
