"""Alignment: the passages of the original that the republished text reuses, with offsets in both texts.

How (after Sanchez-Perez, Sidorov & Gelbukh 2014, "A winning approach to text alignment"):

1. Seeds. Both texts are cut into sentences; each sentence is a bag of content-word stems (stop words
   dropped, words cut to a short prefix, weighted by how rare they are among the original's sentences).
   Sentence pairs with cosine and Dice both >= 0.33 are seeds. Bags ignore word order, case, punctuation,
   a few changed words, and (through `normalize.fold`) homoglyph and zero-width disguise. Exact runs of
   `min_words` equal words are seeds too, so that verbatim reuse is never missed.
2. Extension. Seeds close in both texts (a few sentences apart) are grouped; each group is one candidate
   fragment pair. Re-ordered paragraphs make separate groups.
3. Validation and filtering. A fragment pair must be similar as a whole, span at least `min_words`
   original words and share enough distinct content words; edges are trimmed to words found on the other
   side, and overlaps in the original go to the better-supported passage.

Nothing depends on the length of the republished text as a whole, so unrelated text around the copy
(menus, other articles) changes no passage. Cost is linear in the two lengths for ordinary text.
"""

from __future__ import annotations

import math
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Any
from dataclasses import dataclass

from rapidfuzz.distance import Indel, LCSseq

from .normalize import Tokens
from .stopwords import STOPWORDS

__all__ = ["Passage", "align"]

STEM = 5  # prefix length that folds most inflection of English, Russian, Kazakh, Polish
SEED_COS = float(os.environ.get("RG_COS", 0.33))  # sentence pair seed: cosine of tf-isf bags ...
SEED_DICE = float(os.environ.get("RG_DICE", 0.33))  # ... and Dice of the stem sets
MAX_GAP = int(os.environ.get("RG_GAP", 4))  # sentences between seeds of one fragment (in either text)
VALID_COS = float(os.environ.get("RG_VCOS", 0.34))  # cosine a whole fragment pair must reach
MIN_SHARED = int(os.environ.get("RG_MIN_SHARED", 4))  # distinct content stems any passage must share
# A fragment is accepted when nearly verbatim (Indel similarity of its words), or when it shares many
# distinct content stems with a high Dice overlap (a reworded or translated copy). Two texts on one topic
# share a few names and terms, not most of a passage's vocabulary.
ACCEPT_SIM = float(os.environ.get("RG_SIM", 0.5))
ACCEPT_SHARED = int(os.environ.get("RG_SHARED", 10))
ACCEPT_DICE = float(os.environ.get("RG_ADICE", 0.4))
REWORDED_SIM = float(os.environ.get("RG_RSIM", 0.25))  # some word order must survive rewording
ECHO = float(os.environ.get("RG_ECHO", 0.6))  # seeds below this share of the sentences' best pair are echoes
ORDERED = float(os.environ.get("RG_ORDERED", 0.6))  # LCS share above which a fragment is a near-verbatim copy
MERGE_GAP = int(os.environ.get("RG_MERGE", 50))  # words between two passages of one reworded excerpt
# Original words in a row without counterpart, in units of min_words, that split a near-verbatim
# fragment: a skipped sentence is not reused, a few words dropped by an editor are.
SKIP_FACTOR = int(os.environ.get("RG_SKIP", 2))
RARE = int(os.environ.get("RG_RARE", 32))  # stems in at most this many original sentences propose candidates
_BREAK = re.compile(r"[.!?;\u3002\uff01\uff1f\u2026]|\n\s*\n|\n")


@dataclass(frozen=True)
class Passage:
    """A reused passage: character spans (end exclusive) in both texts, its size and its similarity in [0, 1].

    `original_words` is the number of original tokens in the span; `similarity` the normalised Indel (LCS)
    similarity of the two spans' word keys, 1.0 for a verbatim copy.
    """

    original_start: int
    original_end: int
    republished_start: int
    republished_end: int
    original_words: int
    similarity: float


class _StemCache(dict[str, str]):
    def __missing__(self, key: str) -> str:
        stem = "" if key in STOPWORDS else key[:STEM]
        self[key] = stem
        return stem


_STEMS = _StemCache()


@dataclass
class _Side:
    """One text cut into sentences: token ranges and bags of stems."""

    tokens: Tokens
    stems: list[str]
    bounds: list[int]  # sentence k covers tokens bounds[k]:bounds[k+1]
    bags: list[Counter[str]]

    @classmethod
    def of(cls, tokens: Tokens) -> _Side:
        stems = list(map(_STEMS.__getitem__, tokens.keys))
        starts = tokens.starts
        bounds = [0]
        text = tokens.text
        for m in _BREAK.finditer(text):
            k = bisect_left(starts, m.end())
            if bounds[-1] < k < len(stems) and not (m.group() == "\n" and text[starts[k]].islower()):
                bounds.append(k)  # a line break before a lower-case word is hard wrapping, not a break
        bounds.append(len(stems))
        bags = [Counter(filter(None, stems[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)]
        return cls(tokens, stems, bounds, bags)


def _weights(orig: _Side) -> dict[str, float]:
    """Inverse sentence frequency of each stem among the original's sentences (rare = telling)."""
    sf: Counter[str] = Counter()
    for bag in orig.bags:
        sf.update(bag.keys())
    n = len(orig.bags)
    return {s: math.log(1.0 + n / f) for s, f in sf.items()}



def _cosine(a: Counter[str], b: Counter[str], w: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(a[s] * b[s] * w.get(s, 0.0) ** 2 for s in a if s in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum((c * w.get(s, 0.0)) ** 2 for s, c in a.items()))
    nb = math.sqrt(sum((c * w.get(s, 0.0)) ** 2 for s, c in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def _dice(a: Counter[str], b: Counter[str]) -> float:
    shared = sum(1 for s in a if s in b)
    return 2 * shared / (len(a) + len(b)) if a or b else 0.0


def _sentence_seeds(orig: _Side, rep: _Side, w: dict[str, float]) -> list[tuple[int, int]]:
    """(original sentence, republished sentence) pairs similar enough to seed a fragment.

    Candidates come from an inverted index of the original's rarer stems (in at most RARE sentences):
    a copied sentence keeps some of them, and common stems would make the cost quadratic in long texts.
    Each candidate pair is then scored on its full bags.
    """
    postings: dict[str, list[int]] = {}
    w2 = {s: v * v for s, v in w.items()}
    for x, bag in enumerate(orig.bags):
        for s in bag:
            postings.setdefault(s, []).append(x)
    onorm: dict[int, float] = {}
    rare = {s: p for s, p in postings.items() if len(p) <= RARE}
    obags = orig.bags
    scored: list[tuple[int, int, float]] = []
    for y, bag in enumerate(rep.bags):
        cand: set[int] = set()
        for s in bag:
            p = rare.get(s)
            if p is not None:
                cand.update(p)
        if not cand:
            continue
        ynorm = math.sqrt(sum(c * c * w2.get(s, 0.0) for s, c in bag.items()))
        size = len(bag)
        for x in cand:
            ob = obags[x]
            small, big = (ob, bag) if len(ob) <= size else (bag, ob)
            shared = 0
            dot = 0.0
            for s in small:
                if s in big:
                    shared += 1
                    dot += ob[s] * bag[s] * w2[s]
            if 2 * shared >= SEED_DICE * (len(ob) + size):
                n = onorm.get(x)
                if n is None:
                    n = onorm[x] = math.sqrt(sum(c * c * w2[s] for s, c in ob.items()))
                c = dot / (n * ynorm)
                if c >= SEED_COS:
                    scored.append((x, y, c))
    # A sentence pair far less similar than the best pair of either sentence is an echo (a neighbouring
    # sentence on the same subject), not the copy: dropping it keeps passages from spilling over.
    best_x: dict[int, float] = {}
    best_y: dict[int, float] = {}
    for x, y, c in scored:
        best_x[x] = max(best_x.get(x, 0.0), c)
        best_y[y] = max(best_y.get(y, 0.0), c)
    return [(x, y) for x, y, c in scored if c >= ECHO * max(best_x[x], best_y[y])]


def _exact_runs(orig: Tokens, rep: Tokens, n: int) -> list[tuple[int, int, int]]:
    """Maximal runs (original token, republished token, length) of at least `n` equal keys."""
    ok, rk = orig.keys, rep.keys
    if len(ok) < n or len(rk) < n:
        return []
    grams = list(zip(*(ok[s:] for s in range(n)), strict=False))
    first = {g: i for i, g in reversed(list(enumerate(grams)))}
    rgrams = zip(*(rk[s:] for s in range(n)), strict=False)
    if len(first) == len(grams):  # the usual case: no n-gram repeats in the original
        hits = [(first[g], j) for j, g in enumerate(rgrams) if g in first]
    else:
        index: dict[tuple[str, ...], list[int]] = {}
        for i, g in enumerate(grams):
            index.setdefault(g, []).append(i)
        hits = [(i, j) for j, g in enumerate(rgrams) if g in first for i in index[g]]
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    runs: list[tuple[int, int, int]] = []
    for i, j in hits:
        if runs:
            ri, rj, rl = runs[-1]
            if i - j == ri - rj and i <= ri + rl - n + 1:
                runs[-1] = (ri, rj, i + n - ri)
                continue
        runs.append((i, j, n))
    return runs


def _split(seeds: list[tuple[int, int]], axis: int, gap: int) -> list[list[tuple[int, int]]]:
    seeds = sorted(seeds, key=lambda s: s[axis])
    groups = [[seeds[0]]]
    for s in seeds[1:]:
        if s[axis] - groups[-1][-1][axis] > gap:
            groups.append([s])
        else:
            groups[-1].append(s)
    return groups


def _extend(seeds: list[tuple[int, int]], gap: int) -> list[list[tuple[int, int]]]:
    """Group seeds no more than `gap` sentences apart, alternately along each text, until stable."""
    todo = [seeds]
    done: list[list[tuple[int, int]]] = []
    axis = 0
    while todo:
        nxt: list[list[tuple[int, int]]] = []
        for group in todo:
            parts = _split(group, axis, gap)
            if len(parts) == 1 and (axis == 1 or len(_split(group, 1, gap)) == 1):
                done.append(group)
            else:
                nxt.extend(parts)
        todo = nxt
        axis = 1 - axis
    return done


def _bag(side: _Side, a: int, b: int) -> Counter[str]:
    out: Counter[str] = Counter()
    for bag in side.bags[a : b + 1]:
        out.update(bag)
    return out


@dataclass
class _Frag:
    i0: int  # original tokens i0..i1 (inclusive)
    i1: int
    j0: int  # republished tokens j0..j1 (inclusive)
    j1: int
    support: float  # shared distinct stems (more = better supported)
    exact: bool = False  # nothing but exact runs of min_words words: certain, so it wins conflicts


def _fragments(orig: _Side, rep: _Side, seeds: list[tuple[int, int]], w: dict[str, float]) -> list[_Frag]:
    """Validated fragment pairs from seeds; a failing group is retried with a smaller gap (as SP14)."""
    out: list[_Frag] = []
    todo = [(g, MAX_GAP) for g in _extend(seeds, MAX_GAP)] if seeds else []
    while todo:
        group, gap = todo.pop()
        x0, x1 = min(s[0] for s in group), max(s[0] for s in group)
        y0, y1 = min(s[1] for s in group), max(s[1] for s in group)
        ob, rb = _bag(orig, x0, x1), _bag(rep, y0, y1)
        if _cosine(ob, rb, w) >= VALID_COS:
            out.append(_Frag(orig.bounds[x0], orig.bounds[x1 + 1] - 1, rep.bounds[y0], rep.bounds[y1 + 1] - 1,
                             float(sum(1 for s in ob if s in rb))))
        elif gap > 1 and len(group) > 1:
            todo.extend((g, gap - 1) for g in _extend(group, gap - 1))
    return out


def _trim(f: _Frag, orig: _Side, rep: _Side) -> _Frag | None:
    """Shrink a fragment to the words found on the other side (edges only): a copy cut mid-sentence
    then counts only the words copied."""
    ok, rk = orig.tokens.keys, rep.tokens.keys
    ostems, rstems = orig.stems, rep.stems
    rset = set(rk[f.j0 : f.j1 + 1]) | set(rstems[f.j0 : f.j1 + 1])
    oset = set(ok[f.i0 : f.i1 + 1]) | set(ostems[f.i0 : f.i1 + 1])
    i0, i1, j0, j1 = f.i0, f.i1, f.j0, f.j1
    while i0 <= i1 and not (ostems[i0] and ostems[i0] in rset):
        i0 += 1
    while i1 >= i0 and not (ostems[i1] and ostems[i1] in rset):
        i1 -= 1
    while j0 <= j1 and not (rstems[j0] and rstems[j0] in oset):
        j0 += 1
    while j1 >= j0 and not (rstems[j1] and rstems[j1] in oset):
        j1 -= 1
    if i1 < i0 or j1 < j0:
        return None
    # Give back the function words just before a trimmed start when they are on the other side too.
    while i0 > f.i0 and j0 > f.j0 and ok[i0 - 1] == rk[j0 - 1]:
        i0, j0 = i0 - 1, j0 - 1
    while i1 < f.i1 and j1 < f.j1 and ok[i1 + 1] == rk[j1 + 1]:
        i1, j1 = i1 + 1, j1 + 1
    return _Frag(i0, i1, j0, j1, f.support)


def _accepted(f: _Frag, orig: _Side, rep: _Side) -> bool:
    """Whether a fragment pair is reuse rather than two texts on one topic (see ACCEPT_*)."""
    a = set(orig.stems[f.i0 : f.i1 + 1])
    b = set(rep.stems[f.j0 : f.j1 + 1])
    a.discard("")
    b.discard("")
    shared = len(a & b)
    f.support = float(shared)
    if shared < MIN_SHARED:
        return False
    ok, rk = orig.tokens.keys, rep.tokens.keys
    sim = Indel.normalized_similarity(ok[f.i0 : f.i1 + 1], rk[f.j0 : f.j1 + 1])
    if sim >= ACCEPT_SIM:
        return True
    return shared >= ACCEPT_SHARED and 2 * shared >= ACCEPT_DICE * (len(a) + len(b)) and sim >= REWORDED_SIM


def _best_segment(matched: bytearray, cost: float) -> tuple[int, int]:
    """The segment maximising (matched words) - cost * (words): where the match density stays above `cost`."""
    best, best_lo, best_hi = 0.0, 0, -1
    run, lo = 0.0, 0
    gain = 1.0 - cost
    for k, m in enumerate(matched):
        run += gain if m else -cost
        if run <= 0.0:
            run, lo = 0.0, k + 1
        elif run > best:
            best, best_lo, best_hi = run, lo, k
    return best_lo, best_hi


def _refine(f: _Frag, orig: _Side, rep: _Side, min_words: int) -> list[_Frag]:
    """Tighten a fragment to where its words align: a sentence next to the copy that merely shares its
    subject falls outside, edited words inside stay. A near-verbatim fragment is aligned in order (LCS of
    stemmed words); a reworded one (shuffled, translated) by its bag of words, as its order is scrambled.
    Either is split where 2 * `min_words` or more original words in a row have no counterpart: a skipped
    sentence is not reused, a few words dropped by an editor are."""
    a = [k[:STEM] for k in orig.tokens.keys[f.i0 : f.i1 + 1]]
    b = [k[:STEM] for k in rep.tokens.keys[f.j0 : f.j1 + 1]]
    ma, mb = bytearray(len(a)), bytearray(len(b))
    blocks = [blk for blk in LCSseq.editops(a, b).as_matching_blocks() if blk.size]
    for blk in blocks:
        ma[blk.a : blk.a + blk.size] = b"\x01" * blk.size
        mb[blk.b : blk.b + blk.size] = b"\x01" * blk.size
    rate = (sum(ma) + sum(mb)) / (len(a) + len(b))
    sb = set(b)
    ordered = rate >= ORDERED
    if ordered:
        # Words with a counterpart: aligned in order, or (content words) present on the other side.
        ostems = orig.stems
        hit = bytearray(m or (ostems[f.i0 + k] != "" and a[k] in sb) for k, m in enumerate(ma))
    else:
        sa = set(a)
        ma = hit = bytearray(x in sb for x in a)
        rate = (sum(ma) + sum(x in sa for x in b)) / (len(a) + len(b))
    lo, hi = _best_segment(ma, rate / 2)
    out: list[_Frag] = []
    for s0, s1 in _split_skips(hit, lo, hi, SKIP_FACTOR * min_words):
        if ordered:
            span = _rep_span(blocks, s0, s1)
        else:
            # The republished side is matched against the chosen original words only, so that another
            # excerpt next to this one on the page is not claimed by it.
            chosen = set(a[s0 : s1 + 1])
            rlo, rhi = _best_segment(bytearray(x in chosen for x in b), rate / 2)
            span = (rlo, rhi) if rlo <= rhi else None
        if span is not None:
            out.append(_Frag(f.i0 + s0, f.i0 + s1, f.j0 + span[0], f.j0 + span[1], f.support))
    return out


def _split_skips(hit: bytearray, lo: int, hi: int, skip: int) -> list[tuple[int, int]]:
    """Segments of lo..hi separated by runs of at least `skip` positions without a hit."""
    if hi < lo:
        return []
    out: list[tuple[int, int]] = []
    start, zeros = lo, 0
    for k in range(lo, hi + 1):
        if not hit[k]:
            zeros += 1
            continue
        if zeros >= skip:
            out.append((start, k - 1 - zeros))
            start = k
        zeros = 0
    out.append((start, hi))
    return out


def _rep_span(blocks: list[Any], lo: int, hi: int) -> tuple[int, int] | None:
    """First and last republished positions aligned to original positions lo..hi by the LCS blocks."""
    first = last = -1
    for blk in blocks:
        a0, a1 = max(lo, blk.a), min(hi, blk.a + blk.size - 1)
        if a0 > a1:
            continue
        if first < 0:
            first = blk.b + a0 - blk.a
        last = blk.b + a1 - blk.a
    return None if first < 0 else (first, last)


def _union(frags: list[_Frag]) -> list[_Frag]:
    """Merge fragments that overlap in both texts (an exact run inside a sentence fragment, ...)."""
    frags.sort(key=lambda f: (f.i0, f.j0))
    out: list[_Frag] = []
    for f in frags:
        for p in out[-8:]:
            if f.i0 <= p.i1 + 1 and p.i0 <= f.i1 + 1 and f.j0 <= p.j1 + 1 and p.j0 <= f.j1 + 1:
                p.i0, p.i1 = min(p.i0, f.i0), max(p.i1, f.i1)
                p.j0, p.j1 = min(p.j0, f.j0), max(p.j1, f.j1)
                p.support = max(p.support, f.support)
                p.exact = p.exact and f.exact
                break
        else:
            out.append(f)
    return out


def _merge(frags: list[_Frag], orig: _Side, rep: _Side) -> list[_Frag]:
    """Join passages of one reworded excerpt: close in both texts (either order in the republished one),
    and the original words between them found in the joined republished span about as often as the
    passages' own words. Skipped original text between two copied paragraphs stays out."""
    frags = sorted(frags, key=lambda f: f.i0)
    rspans = sorted((f.j0, f.j1) for f in frags)
    out: list[_Frag] = []
    for f in frags:
        p = out[-1] if out else None
        if p is not None and f.i0 - p.i1 <= MERGE_GAP and (
                max(f.j0, p.j0) - min(f.j1, p.j1) <= MERGE_GAP) and _gap_reused(p, f, orig, rep) and (
                not _between(rspans, min(p.j1, f.j1) + 1, max(p.j0, f.j0) - 1)):
            out[-1] = _Frag(p.i0, max(p.i1, f.i1), min(p.j0, f.j0), max(p.j1, f.j1), p.support + f.support,
                            p.exact and f.exact)
        else:
            out.append(f)
    return out


def _between(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether some span of `spans` (sorted) lies within lo..hi: another excerpt sits in the gap."""
    k = bisect_left(spans, (lo, -1))
    while k < len(spans) and spans[k][0] <= hi:
        if spans[k][1] <= hi:
            return True
        k += 1
    return False


def _gap_reused(p: _Frag, f: _Frag, orig: _Side, rep: _Side) -> bool:
    gap = [s for s in orig.stems[p.i1 + 1 : f.i0] if s]
    if not gap:
        return True
    j0, j1 = min(p.j0, f.j0), max(p.j1, f.j1)
    theirs = set(rep.stems[j0 : j1 + 1])
    own = [s for s in orig.stems[p.i0 : p.i1 + 1] + orig.stems[f.i0 : f.i1 + 1] if s]
    own_rate = sum(s in theirs for s in own) / max(len(own), 1)
    return sum(s in theirs for s in gap) / len(gap) >= own_rate / 2


def _clip(lo: int, hi: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """[lo, hi] shrunk off the taken intervals overlapping its ends; None when one lies strictly inside
    (the span would claim text around another passage's: it is an echo of that passage, not a copy)."""
    for a, b in sorted(taken):
        if a <= lo <= b:
            lo = b + 1
    for a, b in sorted(taken, reverse=True):
        if a <= hi <= b:
            hi = a - 1
    if hi < lo or any(lo <= a and b <= hi for a, b in taken):
        return None
    return lo, hi


def _disjoint(frags: list[_Frag], min_words: int, orig: Tokens, rep: Tokens) -> list[_Frag]:
    """Spans made disjoint in both texts: better-supported fragments keep the shared words. One
    republished sentence is a copy of one original place, not of every place resembling it. An exact
    run is an echo of a kept passage only if that passage's original holds its words; a reworded
    passage's loose republished span does not swallow another excerpt lying inside it."""
    otaken: list[tuple[int, int]] = []
    rtaken: list[tuple[int, int]] = []
    out: list[_Frag] = []
    for f in sorted(frags, key=lambda f: (-f.support, f.i0)):
        o = _clip(f.i0, f.i1, otaken)
        r = _clip(f.j0, f.j1, rtaken)
        if r is None and f.exact and not _echo(f, out, orig, rep):
            r = (f.j0, f.j1)
        if o is None or r is None or o[1] - o[0] + 1 < min_words:
            continue
        otaken.append(o)
        rtaken.append(r)
        out.append(_Frag(o[0], o[1], r[0], r[1], f.support, f.exact))
    out.sort(key=lambda f: f.i0)
    return out


def _echo(f: _Frag, kept: list[_Frag], orig: Tokens, rep: Tokens) -> bool:
    """Whether the republished words of `f` are mostly found in the original span of a kept passage
    overlapping it in the republished text (the same words credited twice)."""
    words = rep.keys[f.j0 : f.j1 + 1]
    for g in kept:
        if g.j0 <= f.j1 and f.j0 <= g.j1:
            theirs = set(orig.keys[g.i0 : g.i1 + 1])
            if 2 * sum(w in theirs for w in words) > len(words):
                return True
    return False


def align(original: Tokens, republished: Tokens, *, min_words: int = 8) -> tuple[Passage, ...]:
    """Find the passages of `original` reused in `republished`, sorted and non-overlapping in the original.

    `min_words` is the shortest run of original words that counts: shorter shared phrases are coincidence.
    """
    if min_words < 1:
        raise ValueError(f"min_words must be >= 1, got {min_words}")
    if not len(original) or not len(republished):
        return ()
    orig, rep = _Side.of(original), _Side.of(republished)
    w = _weights(orig)
    frags: list[_Frag] = []
    for f in _fragments(orig, rep, _sentence_seeds(orig, rep, w), w):
        t = _trim(f, orig, rep)
        for r in _refine(t, orig, rep, min_words) if t is not None else ():
            if r.i1 - r.i0 + 1 >= min_words and _accepted(r, orig, rep):
                frags.append(r)
    for i, j, n in _exact_runs(original, republished, min_words):
        frags.append(_Frag(i, i + n - 1, j, j + n - 1, float(n), True))
    merged = _merge(_union(frags), orig, rep)
    return tuple(_passage(original, republished, f) for f in _disjoint(merged, min_words, original, republished))


def _passage(original: Tokens, republished: Tokens, f: _Frag) -> Passage:
    sim = Indel.normalized_similarity(original.keys[f.i0 : f.i1 + 1], republished.keys[f.j0 : f.j1 + 1])
    return Passage(original.starts[f.i0], original.ends[f.i1], republished.starts[f.j0],
                   republished.ends[f.j1], f.i1 - f.i0 + 1, round(sim, 4))


__unused__ = (Sequence, bisect_right)
