"""The measurement: how much of the original's article text the aligned passages cover.

The share is counted in the policy's unit: words (default), characters of words, or whole paragraphs (a
paragraph counts when most of its words are reused). Words are the tokens of `normalize.tokenize`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .align import Passage
from .normalize import Tokens
from .policy import Policy, ShareUnit

__all__ = ["Measurement", "covered_mask", "measure"]


@dataclass(frozen=True)
class Measurement:
    """Reuse measured in the policy's unit, with the word figures always given too.

    `allowed` is the most units that may be reused under the policy's limit; `over_limit` how many units
    exceed it (0 when within); `remaining` how many more may still be used (0 when over).
    """

    unit: ShareUnit
    reused: int
    total: int
    fraction: float
    reused_words: int
    total_words: int
    allowed: int
    over_limit: int
    remaining: int


def covered_mask(tokens: Tokens, passages: Sequence[Passage]) -> list[bool]:
    """For each token of the original, whether it lies inside some passage's original span."""
    mask = [False] * len(tokens)
    starts = tokens.starts
    for p in passages:
        i = bisect_left(starts, p.original_start)
        while i < len(tokens) and tokens.ends[i] <= p.original_end:
            mask[i] = True
            i += 1
    return mask


def _paragraph_counts(tokens: Tokens, mask: Sequence[bool], spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    reused = total = 0
    for start, end in spans:
        lo, hi = bisect_left(tokens.starts, start), bisect_left(tokens.starts, end)
        if hi <= lo:
            continue
        total += 1
        if 2 * sum(mask[lo:hi]) > hi - lo:
            reused += 1
    return reused, total


def measure(tokens: Tokens, passages: Sequence[Passage], policy: Policy,
            paragraphs: Sequence[tuple[int, int]] = ()) -> Measurement:
    """Measure the reuse of the original (`tokens`, its `paragraphs` spans) that `passages` cover."""
    mask = covered_mask(tokens, passages)
    reused_words, total_words = sum(mask), len(tokens)
    if policy.share_unit is ShareUnit.CHARACTERS:
        lengths = [e - s for s, e in zip(tokens.starts, tokens.ends, strict=True)]
        reused = sum(n for n, hit in zip(lengths, mask, strict=True) if hit)
        total = sum(lengths)
    elif policy.share_unit is ShareUnit.PARAGRAPHS:
        reused, total = _paragraph_counts(tokens, mask, paragraphs or [(0, tokens.ends[-1] if len(tokens) else 0)])
    else:
        reused, total = reused_words, total_words
    fraction = reused / total if total else 0.0
    # Exactly reaching the limit is allowed; the tiny tolerance absorbs float error in limit * total.
    allowed = math.floor(policy.max_reuse_fraction * total + 1e-9)
    return Measurement(policy.share_unit, reused, total, fraction, reused_words, total_words, allowed,
                       max(0, reused - allowed), max(0, allowed - reused))
