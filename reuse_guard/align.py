"""Alignment: the passages of the original that the republished text reuses, with offsets in both texts."""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import Tokens

__all__ = ["Passage", "align"]


@dataclass(frozen=True)
class Passage:
    """A reused passage: character spans (end exclusive) in both texts, its size and its similarity in [0, 1]."""

    original_start: int
    original_end: int
    republished_start: int
    republished_end: int
    original_words: int
    similarity: float


def align(original: Tokens, republished: Tokens, *, min_words: int = 8) -> tuple[Passage, ...]:
    """Find the passages of `original` reused in `republished` (naive placeholder: exact n-gram runs)."""
    n = min_words
    index: dict[tuple[str, ...], int] = {}
    for j in range(len(republished) - n + 1):
        index.setdefault(tuple(republished.keys[j : j + n]), j)
    out: list[Passage] = []
    i = 0
    while i <= len(original) - n:
        j = index.get(tuple(original.keys[i : i + n]))
        if j is None:
            i += 1
            continue
        k = n
        while i + k < len(original) and j + k < len(republished) and original.keys[i + k] == republished.keys[j + k]:
            k += 1
        out.append(Passage(original.starts[i], original.ends[i + k - 1], republished.starts[j],
                           republished.ends[j + k - 1], k, 1.0))
        i += k
    return tuple(out)
