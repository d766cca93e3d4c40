"""The README's example output blocks: each `<!-- run: COMMAND -->` line is followed by a ```console block
holding `$ COMMAND` and what it prints. tests/test_readme.py checks them; `python tests/readme_blocks.py`
rewrites them from real runs (from the repository root, with the package installed)."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- run: (?P<cmd>.+?) -->\n```console\n(?P<body>.*?)```\n", re.S)


def run(cmd: str) -> str:
    """Run a README command (`reuse-guard ...` from this interpreter's environment) and format it as shown."""
    argv = shlex.split(cmd)
    if argv[0] == "reuse-guard":
        argv[0] = str(Path(sys.executable).parent / "reuse-guard")
    env = {**os.environ, "COLUMNS": "100"}
    p = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    out = p.stdout + p.stderr
    if "--format json" in cmd and p.returncode in (0, 1):
        out = json.dumps(_abridge(json.loads(p.stdout)), ensure_ascii=False, indent=2)
    return f"$ {cmd}\n{out.rstrip()}\n" + (f"$ echo $?\n{p.returncode}\n" if "--format json" not in cmd else "")


def _abridge(value: Any) -> Any:
    """Cut `text` fields to 60 characters and lists to their first item, as the README shows JSON."""
    if isinstance(value, dict):
        return {k: (v[:60] + "…" if k == "text" and isinstance(v, str) and len(v) > 60 else _abridge(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_abridge(v) for v in value[:1]]
    return value


def blocks(text: str) -> list[tuple[str, str]]:
    return [(m["cmd"], m["body"]) for m in BLOCK.finditer(text)]


def rewrite() -> None:
    text = README.read_text(encoding="utf-8")
    README.write_text(BLOCK.sub(lambda m: f"<!-- run: {m['cmd']} -->\n```console\n{run(m['cmd'])}```\n", text),
                      encoding="utf-8")


if __name__ == "__main__":
    rewrite()
