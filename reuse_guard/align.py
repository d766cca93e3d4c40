"""Alignment: the passages of the original that the republished text reuses, with offsets in both texts.

How (after Sanchez-Perez, Sidorov & Gelbukh 2014, at word rather than sentence level):

1. Seeds. Exact runs of `min_words` equal keys, plus pairs of nearby content words (stop words dropped,
   words stemmed to a short prefix, order within the pair ignored) found in both texts. A pair survives a
   changed, dropped, added or swapped word, a case or punctuation change, and (through `normalize.fold`)
   homoglyph and zero-width disguise.
2. Extension. Seeds close to each other in both texts (within `gap` words) are clustered by single
   linkage; a cluster's bounding box is a candidate passage. Re-ordered paragraphs give separate clusters.
3. Verification. A candidate must span at least `min_words` original words and cover enough of them with
   matches (density), or hold an exact run of `min_words` words. Candidates close in both texts are merged
   (one passage per reused excerpt); overlaps in the original go to the better-supported passage.

Cost is linear in the two lengths: the original is indexed once, the republished text is streamed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .normalize import Tokens
from .stopwords import STOPWORDS

__all__ = ["Passage", "align"]

STEM = 5  # prefix length that folds most inflection of English, Russian, Kazakh, Polish for seeding
WINDOW = 3  # content words paired with each content word (tolerates one changed or inserted word)
MAX_PAIR_REPEAT = 8  # a pair repeated more often in the original is boilerplate, not evidence
GAP = 30  # words between seeds that still belong to one passage (in either text)
MERGE_GAP = 60  # words between two verified passages that are still one excerpt
DENSITY = 0.3  # share of a passage's original content words that must be matched


@dataclass(frozen=True)
class Passage:
    """A reused passage: character spans (end exclusive) in both texts, its size and its similarity in [0, 1]."""

    original_start: int
    original_end: int
    republished_start: int
    republished_end: int
    original_words: int
    similarity: float


@dataclass
class _Cluster:
    i0: int
    i1: int
    j0: int
    j1: int
    orig: set[int]
    rep: set[int]
    exact: int = 0  # longest exact run seeded inside (words)


class _StemCache(dict[str, str | None]):
    def __missing__(self, key: str) -> str | None:
        stem = None if key in STOPWORDS else key[:STEM]
        self[key] = stem
        return stem


_STEMS = _StemCache()


def _content(tokens: Tokens) -> tuple[list[int], list[str]]:
    """Token indices of the content words and their stems."""
    stems = list(map(_STEMS.__getitem__, tokens.keys))
    pos = [i for i, s in enumerate(stems) if s is not None]
    return pos, [stems[i] for i in pos]  # type: ignore[misc]


def _pair_seeds(original: Tokens, republished: Tokens) -> list[tuple[int, int]]:
    """(original index, republished index) of content words matched through a shared nearby pair."""
    opos, ostem = _content(original)
    rpos, rstem = _content(republished)
    index: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for d in range(1, WINDOW + 1):
        for k, pair in enumerate(zip(ostem, ostem[d:], strict=False)):
            index.setdefault(pair, []).append((k, k + d))
            index.setdefault((pair[1], pair[0]), []).append((k + d, k))
    seeds: list[tuple[int, int]] = []
    for d in range(1, WINDOW + 1):
        get = index.get
        for q, pair in enumerate(zip(rstem, rstem[d:], strict=False)):
            hits = get(pair)
            if hits is None or len(hits) > MAX_PAIR_REPEAT:
                continue
            ja, jb = rpos[q], rpos[q + d]
            for a, b in hits:
                seeds.append((opos[a], ja))
                seeds.append((opos[b], jb))
    return seeds


def _exact_seeds(original: Tokens, republished: Tokens, n: int) -> list[tuple[int, int]]:
    """(original index, republished index) of the first word of every shared run of `n` equal keys."""
    ok, rk = original.keys, republished.keys
    if len(ok) < n or len(rk) < n:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for i, gram in enumerate(zip(*(ok[s:] for s in range(n)), strict=False)):
        index.setdefault(gram, []).append(i)
    out: list[tuple[int, int]] = []
    for j, gram in enumerate(zip(*(rk[s:] for s in range(n)), strict=False)):
        hits = index.get(gram)
        if hits is not None:
            out.extend((i, j) for i in hits)
    return out


def _cluster(seeds: Iterable[tuple[int, int]], exact: Iterable[tuple[int, int]], n: int,
             gap: int) -> list[_Cluster]:
    """Single-linkage clusters of seeds within `gap` words of a cluster's box in both texts."""
    points = [(i, j, 0) for i, j in seeds]
    for i, j in exact:
        points.extend((i + k, j + k, 1) for k in range(n))
    points.sort()
    active: list[_Cluster] = []
    done: list[_Cluster] = []
    for i, j, ex in points:
        keep: list[_Cluster] = []
        hit: list[_Cluster] = []
        for c in active:
            if c.i1 < i - gap:
                done.append(c)
            elif c.j0 - gap <= j <= c.j1 + gap:
                hit.append(c)
            else:
                keep.append(c)
        if hit:
            c = hit[0]
            for other in hit[1:]:
                c.i0, c.i1 = min(c.i0, other.i0), max(c.i1, other.i1)
                c.j0, c.j1 = min(c.j0, other.j0), max(c.j1, other.j1)
                c.orig |= other.orig
                c.rep |= other.rep
                c.exact = max(c.exact, other.exact)
            c.i1 = max(c.i1, i)
            c.j0, c.j1 = min(c.j0, j), max(c.j1, j)
            c.orig.add(i)
            c.rep.add(j)
            if ex:
                c.exact = max(c.exact, n)
        else:
            c = _Cluster(i, i, j, j, {i}, {j}, n if ex else 0)
        keep.append(c)
        active = keep
    return done + active


def _verified(c: _Cluster, ocontent: Sequence[int], rcontent: Sequence[int], min_words: int) -> bool:
    """Whether a cluster is real reuse: long enough and densely matched (or an exact run)."""
    if c.i1 - c.i0 + 1 < min_words:
        return False
    if c.exact >= min_words:
        return True
    o_words = ocontent[c.i1 + 1] - ocontent[c.i0]
    r_words = rcontent[c.j1 + 1] - rcontent[c.j0]
    return len(c.orig) >= DENSITY * o_words and len(c.rep) >= DENSITY * r_words and len(c.orig) >= 4


def _prefix_counts(tokens: Tokens) -> list[int]:
    """counts[i] = content words among tokens[:i]."""
    out = [0]
    total = 0
    for k in tokens.keys:
        total += _STEMS[k] is not None
        out.append(total)
    return out


def align(original: Tokens, republished: Tokens, *, min_words: int = 8) -> tuple[Passage, ...]:
    """Find the passages of `original` reused in `republished`, sorted and non-overlapping in the original.

    `min_words` is the shortest run of original words that counts: shorter shared phrases are coincidence.
    """
    if min_words < 1:
        raise ValueError(f"min_words must be >= 1, got {min_words}")
    if not len(original) or not len(republished):
        return ()
    seeds = _pair_seeds(original, republished)
    exact = _exact_seeds(original, republished, min_words)
    clusters = _cluster(seeds, exact, min_words, GAP)
    ocount, rcount = _prefix_counts(original), _prefix_counts(republished)
    good = [c for c in clusters if _verified(c, ocount, rcount, min_words)]
    good = _merge(good)
    return tuple(_passage(original, republished, c) for c in _resolve_overlaps(good))


def _merge(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join verified clusters close in both texts and in the same order: one excerpt, one passage."""
    clusters.sort(key=lambda c: (c.i0, c.j0))
    out: list[_Cluster] = []
    for c in clusters:
        for p in reversed(out[-4:]):
            if c.i0 - p.i1 <= MERGE_GAP and -GAP <= c.j0 - p.j1 <= MERGE_GAP:
                p.i1, p.j1 = max(p.i1, c.i1), max(p.j1, c.j1)
                p.i0, p.j0 = min(p.i0, c.i0), min(p.j0, c.j0)
                p.orig |= c.orig
                p.rep |= c.rep
                p.exact = max(p.exact, c.exact)
                break
        else:
            out.append(c)
    return out


def _resolve_overlaps(clusters: list[_Cluster]) -> list[_Cluster]:
    """Make original spans disjoint: a better-supported passage keeps the words it shares with another."""
    ranked = sorted(clusters, key=lambda c: -len(c.orig))
    taken: list[tuple[int, int]] = []
    out: list[_Cluster] = []
    for c in ranked:
        lo, hi = c.i0, c.i1
        for a, b in taken:
            if a <= lo <= b:
                lo = b + 1
            if a <= hi <= b:
                hi = a - 1
        if hi < lo or any(lo <= a and b <= hi for a, b in taken):
            continue
        if (lo, hi) != (c.i0, c.i1):
            c = _Cluster(lo, hi, c.j0, c.j1, {i for i in c.orig if lo <= i <= hi}, c.rep, c.exact)
        taken.append((lo, hi))
        out.append(c)
    out.sort(key=lambda c: c.i0)
    return out


def _passage(original: Tokens, republished: Tokens, c: _Cluster) -> Passage:
    sim = Indel.normalized_similarity(original.keys[c.i0 : c.i1 + 1], republished.keys[c.j0 : c.j1 + 1])
    return Passage(original.starts[c.i0], original.ends[c.i1], republished.starts[c.j0],
                   republished.ends[c.j1], c.i1 - c.i0 + 1, round(sim, 4))
