"""Run a shared scorer tool with reuse_guard's cache of prepared originals turned off.

    python benchmarks/_cold.py TOOL.py ARGS...

A check normally keeps the last originals' article and tokens (an audit checks many pages against one
original); the syndication cases reuse some originals, so the default timing profits from it. This runs
the same tool with every original extracted afresh, for a like-for-like comparison with the peer.
"""

from __future__ import annotations

import runpy
import sys

from reuse_guard import pipeline

pipeline._PREPARED_MAX = 0  # every original is extracted afresh: nothing is kept
tool = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(tool, run_name="__main__")
