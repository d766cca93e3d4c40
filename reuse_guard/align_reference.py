"""A slow, obviously-correct reference for the verbatim part of `align.align`, for tests on small inputs.

It answers one question by brute force: which words of the original lie inside a run of at least
`min_words` consecutive words whose keys equal a run of the republished text? Every such word is reused
verbatim, so the fast aligner must cover it; and when the republished text is made only of verbatim
excerpts and unrelated text, the fast aligner must cover exactly these words. Cost is cubic: keep inputs
to a few hundred words.
"""

from __future__ import annotations

from .align import Passage
from .normalize import Tokens

__all__ = ["reference_coverage", "reference_passages"]


def _runs(original: Tokens, republished: Tokens, min_words: int) -> list[tuple[int, int, int]]:
    """Every maximal common run (i, j, length >= min_words), found by trying every start pair."""
    ok, rk = original.keys, republished.keys
    out = []
    for i in range(len(ok)):
        for j in range(len(rk)):
            if i > 0 and j > 0 and ok[i - 1] == rk[j - 1]:
                continue  # not maximal to the left: counted from an earlier start
            n = 0
            while i + n < len(ok) and j + n < len(rk) and ok[i + n] == rk[j + n]:
                n += 1
            if n >= min_words:
                out.append((i, j, n))
    return out


def reference_coverage(original: Tokens, republished: Tokens, min_words: int = 8) -> frozenset[int]:
    """Indices of the original's tokens inside some common run of at least `min_words` words."""
    return frozenset(i + k for i, _, n in _runs(original, republished, min_words) for k in range(n))


def reference_passages(original: Tokens, republished: Tokens, min_words: int = 8) -> tuple[Passage, ...]:
    """Every maximal common run as a passage (they may overlap when text repeats), sorted by position."""
    return tuple(
        Passage(original.starts[i], original.ends[i + n - 1], republished.starts[j],
                republished.ends[j + n - 1], n, 1.0)
        for i, j, n in sorted(_runs(original, republished, min_words)))
