"""The README shows real output: every `<!-- run: ... -->` block is what the command prints today."""

import pytest
from readme_blocks import README, blocks, run

BLOCKS = blocks(README.read_text(encoding="utf-8"))


def test_readme_starts_with_the_two_setup_commands():
    text = README.read_text(encoding="utf-8")
    head = text[: text.index("## ", 1) if "## " in text[1:] else len(text)]
    assert "pip install -e ." in head and "reuse-guard check examples/" in head
    assert "pip install -e '.[dev]'" in head and "pytest" in head


def test_readme_has_output_blocks():
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("cmd,shown", BLOCKS, ids=[c for c, _ in BLOCKS])
def test_block_matches_a_real_run(cmd, shown):
    assert run(cmd) == shown, "README output is stale: run `python tests/readme_blocks.py` and review the diff"
