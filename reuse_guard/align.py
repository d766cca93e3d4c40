"""Alignment: the passages of the original that the republished text reuses, with offsets in both texts.

Two kinds of evidence, merged:

* exact runs of at least `min_words` equal word keys (verbatim reuse is never missed; keys see through
  case, punctuation, homoglyph and zero-width disguise, see `normalize`);
* fragment pairs from sentence similarity refined at word level, for lightly edited, shuffled or
  translated copies (see `fragments`, after Sanchez-Perez, Sidorov & Gelbukh 2014).

A sentence fragment that merely spans several verbatim pieces (scattered or re-ordered paragraphs) is
replaced by those pieces; pieces of one excerpt are joined (when the words between them were reused too
and no other excerpt sits between them on the page); overlaps are resolved so that passages are sorted
and disjoint in the original, each republished sentence credited to one original place. A passage spans
from its first to its last reused word, so the words an editor changed inside it count, and a skipped
sentence does not.

Nothing depends on the length of the republished text, so menus, other articles and partner text around
the copy change no passage. Cost grows linearly with the two lengths.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, pairwise, repeat
from operator import add, itemgetter

from rapidfuzz.distance import Indel

from .fragments import NEAR, ORDERED, SKIP_FACTOR, Frag, Side, fragments
from .normalize import Tokens, is_unspaced

__all__ = ["Original", "Passage", "align", "whole_sentences"]

MERGE_GAP = 50  # words between two pieces of one reworded excerpt (in either text)
GAP_ROOM = 0.1  # a gap of GAP_MIN * min_words or more needs this share of its length between the copies
GAP_MIN = 1.5
MIN_REST = 4  # distinct content stems outside verbatim pieces below which a fragment is all verbatim


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


_MAX_PAIRS = 16  # (original, republished) seed pairs per word of the two texts beyond which seeding is bounded
_MAX_REPEATS = 8  # ... and a repeated k-gram seeds runs from this many places (see `_exact_runs`)
SHORT_SENTENCE = 4  # words: a whole sentence this long, shorter than the minimum passage, copied as a paragraph
SHORT_UNSPACED = 6  # ... in characters, in scripts without spaces (a word is one to two characters)
GLUED_LINE = 2  # words: a shorter whole line (a subheading) counts when it stands right next to a passage
GLUED_UNSPACED = 4  # ... in characters


def _grams(keys: tuple[str, ...], k: int) -> dict[tuple[str, ...], int]:
    """Each k-gram of `keys` -> the position of its last occurrence (tuples built by zip over shifted
    slices, in C)."""
    return dict(zip(zip(*(keys[s:] for s in range(k)), strict=False), count()))


class Original:
    """An original prepared for `align`: its sentences and stems (`fragments.Side`) and its k-gram indexes,
    computed once and reused against every republished text it is aligned with (an audit checks many pages
    against one article). Aligning a prepared original gives the same passages as aligning its tokens."""

    __slots__ = ("_grams", "_short", "side", "tokens")

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self.side = Side.of(tokens)
        self._grams: dict[int, dict[tuple[str, ...], int]] = {}
        self._short: dict[int, dict[tuple[str, ...], int]] = {}

    def short_sentences(self, min_words: int) -> dict[tuple[str, ...], int]:
        """The original's sentences of GLUED_LINE to `min_words` - 1 words (GLUED_UNSPACED characters in
        scripts without spaces), by
        their word keys -> the token index where the first of them starts; built on first use."""
        got = self._short.get(min_words)
        if got is None:
            got = {}
            keys, bounds = self.tokens.keys, self.side.bounds
            for a, b in pairwise(bounds):
                if GLUED_LINE <= b - a < min_words:
                    key = keys[a:b]
                    if key not in got and (b - a >= GLUED_UNSPACED or not any(map(is_unspaced, key))):
                        got[key] = a
            self._short[min_words] = got
        return got

    def grams(self, k: int) -> dict[tuple[str, ...], int]:
        """The k-gram index of the original's keys (see `_grams`), built on first use."""
        got = self._grams.get(k)
        if got is None:
            got = self._grams[k] = _grams(self.tokens.keys, k)
        return got


def _exact_runs(orig: Tokens, rep: Tokens, n: int,
                prepared: Original | None = None) -> list[tuple[int, int, int]]:
    """Maximal runs (original token, republished token, length) of at least `n` equal keys, sorted by
    diagonal then position.

    A run of `n` words holds, at one of any `q` consecutive republished positions, a `k`-gram of its words
    with k = n - q + 1. So the original's k-grams are put in a dictionary (`_grams`; a `prepared` original
    keeps it) and the republished text is probed only every `q` words; each hit is widened to its
    maximal run by comparing the keys around it (slices compared in C), once per run.
    """
    ok, rk = orig.keys, rep.keys
    lo, lr = len(ok), len(rk)
    if lo < n or lr < n:
        return []
    q = max(1, n // 2)  # (any q finds every run; with k > q a hit is widened left by fewer than q words)
    k = n - q + 1
    first = prepared.grams(k) if prepared is not None else _grams(ok, k)  # k-gram -> its (last) position
    probes = zip(*(rk[s::q] for s in range(k)), strict=False)
    jpos = list(compress(count(0, q), map(first.__contains__, probes)))
    if not jpos:
        return []
    grams = map(rk.__getitem__, map(slice, jpos, map(add, jpos, repeat(k))))
    bounded = False
    if len(first) == lo - k + 1:  # the usual case: no k-gram repeats in the original
        hits: list[tuple[int, int]] = list(zip(map(first.__getitem__, grams), jpos, strict=True))
    else:
        index: dict[tuple[str, ...], list[int]] = {}
        wanted = [rk[j : j + k] for j in jpos]
        shared = set(wanted)
        for i, g in enumerate(zip(*(ok[s:] for s in range(k)), strict=False)):
            if g in shared:
                index.setdefault(g, []).append(i)
        # Text repeating a short period in both texts ("0 0 0 ...", a chorus) pairs every place with every
        # other: then a k-gram seeds runs from its first _MAX_REPEATS places only, and (below) original words
        # already inside two runs seed no more, so the work stays linear; every original word a run can
        # reach is still reached. Otherwise every maximal run is found.
        bounded = sum(map(len, map(index.__getitem__, wanted))) > _MAX_PAIRS * (lo + lr)
        if bounded:
            index = {g: places[:_MAX_REPEATS] for g, places in index.items()}
        hits = [(i, j) for j, g in zip(jpos, wanted, strict=True) for i in index[g]]
    reach: dict[int, int] = {}  # diagonal -> republished end of the last run found on it
    runs: list[tuple[int, int, int]] = []
    once: bytearray | None = bytearray(lo) if bounded else None
    twice: bytearray | None = bytearray(lo) if bounded else None
    for i, j in hits:
        d = i - j
        if j < reach.get(d, -1):
            continue  # inside a run already found (probes are in republished order)
        if twice is not None and twice[i]:
            continue
        a, b = i, j
        while a and b and ok[a - 1] == rk[b - 1]:
            a -= 1
            b -= 1
        e = k
        while i + e + 32 <= lo and j + e + 32 <= lr and ok[i + e : i + e + 32] == rk[j + e : j + e + 32]:
            e += 32
        while i + e < lo and j + e < lr and ok[i + e] == rk[j + e]:
            e += 1
        reach[d] = j + e
        if j + e - b >= n:
            runs.append((a, b, j + e - b))
            if once is not None and twice is not None:
                twice[a : i + e] = once[a : i + e]
                once[a : i + e] = b"\x01" * (i + e - a)
    runs.sort(key=lambda r: (r[0] - r[1], r[0]))
    return runs


def _chains(runs: list[Frag], gap: int, orig: Side, rep: Side, long: int) -> list[Frag]:
    """Exact runs joined into chains: in the same order in both texts, fewer than `gap` words apart
    (the words an editor changed between two runs belong to the passage). Over `long` original words or
    more, the words between the two runs in the copy must hold a third of the original gap's content stems
    (an edited sentence does; a partner's date line where the standfirst was does not)."""
    out: list[Frag] = []
    for f in sorted(runs, key=lambda f: (f.i0, f.j0)):
        p = out[-1] if out else None
        if p is not None and 0 <= f.i0 - p.i1 - 1 < gap and 0 <= f.j0 - p.j1 - 1 < gap and (
                f.i0 - p.i1 - 1 < long or _edited(p, f, orig, rep)):
            out[-1] = Frag(p.i0, f.i1, p.j0, f.j1, p.support + f.support, True)
        else:
            out.append(Frag(f.i0, f.i1, f.j0, f.j1, f.support, True))
    return out


def _edited(p: Frag, f: Frag, orig: Side, rep: Side) -> bool:
    """Whether the original words between runs `p` and `f` have a counterpart (a third of their distinct
    content stems) in the copy's words between them, give or take NEAR words."""
    mine = set(orig.stems[p.i1 + 1 : f.i0])
    mine.discard("")
    theirs = set(rep.stems[max(0, p.j1 + 1 - NEAR) : f.j0 + NEAR])
    return 3 * len(mine & theirs) >= len(mine)


def _explained(frags: list[Frag], runs: list[Frag], min_words: int, orig: Side, rep: Side) -> list[Frag]:
    """Sentence fragments, except those that chains of exact runs explain: when a fragment holds
    verbatim pieces and the rest of it has no reworded counterpart in the rest of its republished span,
    the fragment is replaced by those pieces. A loose span over scattered or
    re-ordered verbatim paragraphs would otherwise claim the skipped text between them; a reworded or
    translated copy, whose remaining words do have a counterpart, keeps its fragment."""
    if not runs:
        return frags
    chains = _chains(runs, SKIP_FACTOR * min_words, orig, rep, round(GAP_MIN * min_words))
    ocov = _covered((c.i0, c.i1) for c in chains)
    rcov = _covered((c.j0, c.j1) for c in chains)  # a chain's copy may hold another's (re-ordered rows)
    out: list[Frag] = []
    meeting = _Overlaps([(c.j0, c.j1) for c in chains])
    for f in frags:
        inside = [c for c in map(chains.__getitem__, meeting(f.j0, f.j1)) if f.i0 <= c.i1 and c.i0 <= f.i1]
        if inside and not _rest_reused(f, ocov, rcov, orig, rep) and not _nearly_verbatim(f, inside, ocov, orig,
                                                                                            rep):
            out.extend(inside)
        else:
            out.append(f)
    return out


class _Overlaps:
    """The indexes (ascending) of the `spans` (inclusive (start, end) pairs) that meet a query span.

    Spans sorted by start with the running maximum of their ends: the spans meeting [lo, hi] are among those
    starting at or before hi, and the scan back from there stops where no earlier span reaches lo. A page
    holding a thousand copies of the article has thousands of chains; testing each against every fragment
    was quadratic.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.order]
        self.ends = [spans[k][1] for k in self.order]
        self.reach = list(accumulate(self.ends, max))

    def __call__(self, lo: int, hi: int) -> list[int]:
        k = bisect_right(self.starts, hi) - 1
        reach, ends, order = self.reach, self.ends, self.order
        hits = []
        while k >= 0 and reach[k] >= lo:
            if ends[k] >= lo:
                hits.append(order[k])
            k -= 1
        hits.sort()
        return hits


def _rest_reused(f: Frag, ocov: list[tuple[int, int]], rcov: list[tuple[int, int]], orig: Side,
                 rep: Side) -> bool:
    """Whether the original words of `f` outside every chain (`ocov`, `rcov`: the chains' sorted spans in
    each text) have a counterpart (a third of their distinct content stems) among its republished words
    outside every chain."""
    mine = _content(orig, f.i0, _outside(ocov, f.i0, f.i1))
    theirs = _content(rep, f.j0, _outside(rcov, f.j0, f.j1))
    return len(mine) >= MIN_REST and 3 * len(mine & theirs) >= len(mine)


def _nearly_verbatim(f: Frag, inside: list[Frag], everywhere: list[tuple[int, int]], orig: Side, rep: Side) -> bool:
    """Whether `f` is its chains (`inside`) and a few edited words: fewer than MIN_REST distinct content stems
    outside them in either text, and (but for one dropped word) as many words outside them in the copy as in
    the original, and none of them copied elsewhere (`everywhere`: every chain's original span, sorted). The
    words an editor changed at a passage's edge then stay in it
    ("Repairs to the old bridge" before a verbatim rest)."""
    ocov = _covered((c.i0, c.i1) for c in inside)
    rcov = _covered((c.j0, c.j1) for c in inside)
    oout, rout = _outside(ocov, f.i0, f.i1), _outside(rcov, f.j0, f.j1)
    mine, theirs = _content(orig, f.i0, oout), _content(rep, f.j0, rout)
    # Edited words have a counterpart in the copy; original words beyond the copy's end do not.
    if not (len(mine) < MIN_REST and len(theirs) < MIN_REST and sum(oout) <= sum(rout) + 1):
        return False
    # A word the fragment would add that another chain copies elsewhere is that chain's, not an edit here.
    return oout == _outside(everywhere, f.i0, f.i1)


def _content(side: Side, lo: int, where: bytearray) -> set[str]:
    """The distinct content stems of `side` at positions lo, lo + 1, ... where `where` holds 1."""
    out = set(compress(side.stems[lo : lo + len(where)], where))
    out.discard("")
    return out


def _covered(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The positions the inclusive `spans` cover, as sorted disjoint spans (`_outside` needs them unnested)."""
    out: list[tuple[int, int]] = []
    for a, e in sorted(spans):
        if out and a <= out[-1][1] + 1:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((a, e))
    return out


def _outside(spans: list[tuple[int, int]], lo: int, hi: int) -> bytearray:
    """For each position lo..hi, 1 when it lies outside `spans` (sorted by start), else 0. A position is
    judged against the last span starting at or before it (the spans are not expected to nest). Built by
    slice assignment: a few C calls per span instead of a search per position; only the spans that can
    govern a position in lo..hi are visited (the last starting at or before lo, and those starting inside),
    so a long text's many fragments do not each walk all its spans."""
    out = bytearray(b"\x01") * (hi - lo + 1)
    first = max(0, bisect_right(spans, lo, key=_START) - 1)
    stop = bisect_right(spans, hi, key=_START)
    for t in range(first, stop):
        a, e = spans[t]
        nxt = spans[t + 1][0] if t + 1 < len(spans) else None
        if nxt == a:
            continue  # a later span with the same start governs its positions
        a0, a1 = max(a, lo), min(e if nxt is None else min(e, nxt - 1), hi)
        if a0 <= a1:
            out[a0 - lo : a1 - lo + 1] = bytes(a1 - a0 + 1)
    return out


_START = itemgetter(0)


def _union(frags: list[Frag]) -> list[Frag]:
    """Merge fragments that overlap in both texts (an exact run inside a sentence fragment, ...)."""
    frags.sort(key=lambda f: (f.i0, f.j0))
    out: list[Frag] = []
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


def _merge(frags: list[Frag], orig: Side, rep: Side, min_words: int) -> list[Frag]:
    """Join passages of one reworded excerpt: close in both texts (either order in the republished one),
    and the original words between them found in the joined republished span about as often as the
    passages' own words. Skipped original text between two copied paragraphs stays out."""
    frags = sorted(frags, key=lambda f: f.i0)
    rspans = sorted((f.j0, f.j1) for f in frags)
    out: list[Frag] = []
    for f in frags:
        p = out[-1] if out else None
        if p is not None and f.i0 - p.i1 <= MERGE_GAP and (
                max(f.j0, p.j0) - min(f.j1, p.j1) <= MERGE_GAP) and _gap_reused(p, f, orig, rep, min_words) and (
                not _between(rspans, min(p.j1, f.j1) + 1, max(p.j0, f.j0) - 1)):
            out[-1] = Frag(p.i0, max(p.i1, f.i1), min(p.j0, f.j0), max(p.j1, f.j1), p.support + f.support,
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


def _gap_reused(p: Frag, f: Frag, orig: Side, rep: Side, min_words: int) -> bool:
    """Whether the original words between `p` and `f` are copied too: found in the joined republished span
    about half as often as the passages' own words, and (for a gap of `min_words` or more) with room for them
    between the two republished spans. A paragraph the copy left out between two copied ones has no room
    there (the copies abut), however many of its words the passages on either side repeat."""
    gap = [s for s in orig.stems[p.i1 + 1 : f.i0] if s]
    if not gap:
        return True
    width = f.i0 - p.i1 - 1
    room = max(p.j0, f.j0) - min(p.j1, f.j1) - 1  # republished words between the two spans
    long_gap = width >= GAP_MIN * min_words
    if long_gap and 0 <= room < GAP_ROOM * width:
        return False
    j0, j1 = min(p.j0, f.j0), max(p.j1, f.j1)
    theirs = set(rep.stems[j0 : j1 + 1])
    own = [s for s in orig.stems[p.i0 : p.i1 + 1] + orig.stems[f.i0 : f.i1 + 1] if s]
    own_rate = sum(s in theirs for s in own) / max(len(own), 1)
    if long_gap and room >= 0 and _verbatim(p, orig, rep) and _verbatim(f, orig, rep):
        # Near-verbatim copies in order with text between them: a long gap must be found there (give or take
        # NEAR words). Reworded copies move words across their edges, so for them the joined span is asked.
        g0, g1 = min(p.j1, f.j1) + 1, max(p.j0, f.j0) - 1
        theirs = set(rep.stems[max(0, g0 - NEAR) : g1 + 1 + NEAR])
    return sum(s in theirs for s in gap) / len(gap) >= own_rate / 2


def _verbatim(f: Frag, orig: Side, rep: Side) -> bool:
    """Whether a passage is a near-verbatim copy (ORDERED of its words aligned in order: Indel similarity)."""
    return Indel.normalized_similarity(orig.tokens.keys[f.i0 : f.i1 + 1], rep.tokens.keys[f.j0 : f.j1 + 1]) >= ORDERED


def _clip(lo: int, hi: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """[lo, hi] shrunk off the taken intervals overlapping its ends; None when one lies strictly inside
    (the span would claim text around another passage's: it is an echo of that passage, not a copy).

    `taken` is sorted. Going up, `lo` moves past each interval holding it, and no interval starting after
    `lo` can hold it later; going down, an interval starting after `hi` never holds it; an interval inside
    starts in lo..hi. So only the intervals found by bisection are visited.
    """
    for a, b in taken:
        if a > lo:
            break
        if lo <= b:
            lo = b + 1
    for k in range(bisect_right(taken, hi, key=_START) - 1, -1, -1):
        a, b = taken[k]
        if a <= hi <= b:
            hi = a - 1
    if hi < lo:
        return None
    for k in range(bisect_left(taken, lo, key=_START), bisect_right(taken, hi, key=_START)):
        if taken[k][1] <= hi:
            return None
    return lo, hi


def _disjoint(frags: list[Frag], min_words: int, orig: Tokens, rep: Tokens) -> list[Frag]:
    """Spans made disjoint in both texts: better-supported fragments keep the shared words. One
    republished sentence is a copy of one original place, not of every place resembling it; but a
    passage lying inside another's republished span is an echo of it only if the other's original holds
    its words (a reworded passage's loose span does not swallow a separate excerpt)."""
    otaken: list[tuple[int, int]] = []
    rtaken: list[tuple[int, int]] = []
    out: list[Frag] = []
    for f in sorted(frags, key=lambda f: (-f.support, f.i0)):
        o = _clip(f.i0, f.i1, otaken)
        r = _clip(f.j0, f.j1, rtaken)
        if r is None and not _echo(f, out, orig, rep):
            r = (f.j0, f.j1)
        if o is None or r is None or o[1] - o[0] + 1 < min_words:
            continue
        insort(otaken, o)
        insort(rtaken, r)
        out.append(Frag(o[0], o[1], r[0], r[1], f.support, f.exact))
    out.sort(key=lambda f: f.i0)
    return out


def _echo(f: Frag, kept: list[Frag], orig: Tokens, rep: Tokens) -> bool:
    """Whether the republished words of `f` are mostly found in the original span of a kept passage
    overlapping it in the republished text (the same words credited twice). In scripts without spaces a
    character is compared with the one after it: a headline's characters are all in the story below it."""
    words = _words(rep.keys, f.j0, f.j1)
    for g in kept:
        if g.j0 <= f.j1 and f.j0 <= g.j1:
            theirs = set(_words(orig.keys, g.i0, g.i1))
            if 2 * sum(w in theirs for w in words) > len(words):
                return True
    return False


def _words(keys: tuple[str, ...], a: int, b: int) -> Sequence[str]:
    """keys[a..b] (inclusive), each character of a script without spaces joined with the next one."""
    span = keys[a : b + 1]
    if not any(map(is_unspaced, span)):
        return span
    return [k + n if is_unspaced(k) else k for k, n in zip(span, (*span[1:], ""), strict=True)]


def align(original: Tokens | Original, republished: Tokens, *, min_words: int = 8) -> tuple[Passage, ...]:
    """Find the passages of `original` reused in `republished`, sorted and non-overlapping in the original.

    `min_words` is the shortest run of original words that counts: shorter shared phrases are coincidence.
    An `Original` (prepared tokens) saves its preparation when one original meets many republished texts.
    """
    if min_words < 1:
        raise ValueError(f"min_words must be >= 1, got {min_words}")
    tokens = original.tokens if isinstance(original, Original) else original
    if not len(tokens) or not len(republished):
        return ()
    prepared = original if isinstance(original, Original) else Original(tokens)
    orig, rep = prepared.side, Side.of(republished)
    runs = [Frag(i, i + n - 1, j, j + n - 1, float(n), True)
            for i, j, n in _exact_runs(tokens, republished, min_words, prepared)]
    frags = _explained(fragments(orig, rep, min_words), runs, min_words, orig, rep) + runs
    merged = _merge(_union(frags), orig, rep, min_words)
    kept = _to_sentence_edges(_disjoint(merged, min_words, tokens, republished), orig, rep)
    # The stems of the page from the first passage's republished words to the last one's: not of the whole
    # page, so that text added around the copy, unrelated to the original, changes nothing.
    lo, hi = (min(f.j0 for f in kept), max(f.j1 for f in kept) + 1) if kept else (0, 0)
    copied = set(rep.stems[lo:hi])
    pieces = (g for f in kept for g in _without_skipped(f, orig, rep, copied))
    condensed = [g for g in (_condensed(g, orig, rep, min_words) for g in pieces) if g is not None]
    page = _PageGrams(republished.keys[lo:hi], 3)  # the copy's stretch, as `copied`
    pairs = _PageGrams(republished.keys[lo:hi], 2)
    trimmed = (_without_retold_edges(q, orig, rep, min_words, pairs, copied) for g in condensed
               for q in _quotes(g, orig, rep, min_words, page))
    head = _first_line_end(tokens)
    passages = (_passage(tokens, republished, _without_stray_edge(e, tokens, republished, min_words))
                for q in trimmed if q is not None and not _retitled(q, tokens, republished, head, min_words)
                for e in _without_left_out_at_breaks(q, orig, rep, pairs, min_words))
    return tuple(p for p in passages if p.similarity >= RETOLD_SIM)


def _first_line_end(tokens: Tokens) -> int:
    """The index of the last token of the text's first line (its headline, in an article)."""
    nl = tokens.text.find("\n")
    return bisect_left(tokens.starts, nl) - 1 if nl >= 0 else len(tokens) - 1


RETITLED_MISSING = 2  # words of the headline a partner's own headline leaves out, from which it is its own


def _retitled(f: Frag, original: Tokens, republished: Tokens, head: int, min_words: int) -> bool:
    """Whether `f`, a passage within the original's first line (its headline, tokens up to `head`), is the
    partner's own headline made of some of its words: under `min_words` of them aligned in order, RETITLED_MISSING
    or more left out ("В Караганде открыли зимний приют для собак" for "В Караганде открыли первый зимний приют
    для бездомных собак"). A run that short would not count alone; the sentence comparison had taken it as an
    edited copy. An exact run, a headline cut short (one run), or one copied with a word changed still counts."""
    if f.exact or f.i1 > head:
        return False
    okeys, rkeys = original.keys[f.i0 : f.i1 + 1], republished.keys[f.j0 : f.j1 + 1]
    blocks = [m.size for m in Indel.editops(okeys, rkeys).as_matching_blocks() if m.size]
    kept = sum(blocks)
    # In two runs or more: words left out inside it. A headline cut short, one run, is a copy of its first words.
    return kept < min_words and len(okeys) - kept >= RETITLED_MISSING and len(blocks) >= 2


STRAY_EDGE = 2  # words at most


def _without_stray_edge(f: Frag, original: Tokens, republished: Tokens, min_words: int) -> Frag:
    """`f` without a word or two at an edge of its copy that end (or open) another paragraph of the page, when
    the original runs on without a break there: a line before the copy ending in "… say forecast officials"
    gave "Officials in Almaty said …" its first word back, and adding text to a page changed its share."""
    ok, rk = original.keys, republished.keys
    otext, rtext = original.text, republished.text
    ostarts, oends, rstarts, rends = original.starts, original.ends, republished.starts, republished.ends
    i0, i1, j0, j1 = f.i0, f.i1, f.j0, f.j1

    def rbreak(j: int) -> bool:  # a line break between republished tokens j and j + 1
        return "\n" in rtext[rends[j] : rstarts[j + 1]]

    def obreak(i: int) -> bool:
        return "\n" in otext[oends[i] : ostarts[i + 1]]

    for k in range(1, STRAY_EDGE + 1):
        if j0 > 0 and j0 + k <= j1 and i0 + k <= i1 and not rbreak(j0 - 1) and rbreak(j0 + k - 1) \
                and not obreak(i0 + k - 1) and ok[i0 : i0 + k] == rk[j0 : j0 + k]:
            i0, j0 = i0 + k, j0 + k
            break
    for k in range(1, STRAY_EDGE + 1):
        if j1 + 1 < len(rk) and j1 - k >= j0 and i1 - k >= i0 and not rbreak(j1) and rbreak(j1 - k) \
                and not obreak(i1 - k) and ok[i1 - k + 1 : i1 + 1] == rk[j1 - k + 1 : j1 + 1]:
            i1, j1 = i1 - k, j1 - k
            break
    if (i0, i1) == (f.i0, f.i1) or i1 - i0 + 1 < min_words:
        return f
    return Frag(i0, i1, j0, j1, f.support, f.exact, f.seeds, f.vetted)


LEFT_OUT = 3  # original words: a run this long that a copy leaves out at a line break is not credited ...
REPLACED = 5  # ... nor one this long that it replaces with as many words of its own or more


ECHO_MISSING = 2  # words of a line the copy's version lacks, from which it is a retelling (see below)
ECHO_OWN = 2  # words of the page's own before it on its line, from which it sits in the page's own sentence
ECHO_BETWEEN = 4  # ... or words of the page's own after it, before the copy (the partner's lead)


def _without_retold_first_line(f: Frag, orig: Side, rep: Side, at: dict[int, int], aligned: list[int], end: int,
                               min_words: int) -> tuple[Frag, list[int]]:
    """`f` without its first original line (tokens up to `end`: a headline, mostly) when the page retells it in a
    sentence of its own that the copy follows on a new line ("Как сообщает Степной вестник, в ауле открыли
    библиотеку в старом вагоне." for "В степном ауле открыли библиотеку в старом железнодорожном вагоне"): under
    `min_words` of the line's words aligned in order (`at`, `aligned`), ECHO_MISSING or more of them missing,
    ECHO_OWN or more words of the page's own before them on their line (words of the line before the passage
    are not the page's own) or ECHO_BETWEEN or more between them and the copy (the partner's headline, then its
    own lead: "В Караганде открыли зимний приют для собак" for "... открыли первый зимний приют для бездомных
    собак"), a line break before the next aligned word, and `min_words` or more left after it.
    Such a lead, alone, is a run under the minimum; aligned with the paragraphs copied after it, it credited the
    whole headline."""
    k = bisect_right(aligned, end)  # aligned words of the first line
    if not 0 < k < len(aligned) or end + 1 - f.i0 - k < ECHO_MISSING or f.i1 - aligned[k] + 1 < min_words:
        return f, aligned
    otoks, rtoks = orig.tokens, rep.tokens
    last, following = at[aligned[k - 1]], at[aligned[k]]
    if "\n" not in rtoks.text[rtoks.ends[last] : rtoks.starts[following]]:
        return f, aligned
    first = at[aligned[0]]
    line_start = bisect_left(rtoks.starts, rtoks.text.rfind("\n", 0, rtoks.starts[first]) + 1)
    theirs = set(otoks.keys[bisect_left(otoks.starts, otoks.text.rfind("\n", 0, otoks.starts[aligned[0]]) + 1)
                             : aligned[0]])
    if sum(rtoks.keys[j] not in theirs for j in range(line_start, first)) < ECHO_OWN:  # not in the page's sentence
        # The page's own words between it and the copy (its lead) make it the partner's headline only when words
        # are left out inside it: a headline cut short (one run) before a dateline is its first words, copied.
        one_run = all(b - a == 1 and at[b] - at[a] == 1 for a, b in pairwise(aligned[:k]))
        if following - last - 1 < ECHO_BETWEEN or one_run:
            return f, aligned
    return Frag(aligned[k], f.i1, following, f.j1, f.support, f.exact, f.seeds, f.vetted), aligned[k:]


def _without_left_out_at_breaks(f: Frag, orig: Side, rep: Side, pairs: _PageGrams, min_words: int) -> list[Frag]:
    """`f`, a near-verbatim copy, cut where it leaves out LEFT_OUT or more original words at one of the original's
    line breaks (the end of a headline, a subheading or a paragraph, or the start of the next): more words
    missing there than the copy puts in their place. A partner's lead echoing the headline ("According to the
    Gazette, a passenger ferry returns to the northern lake." for "Passenger ferry returns to the northern lake
    after a decade ashore"), aligned with the paragraphs copied after it, credited the headline's last words
    too; so too a stretch of REPLACED words or more the page rewrote with as many of its own there (a quote's
    attribution set in front of it: "As Dana Abenova told Steppe Post:" for "Farmers told us again and again:").
    A word dropped or changed here and there (a light edit) is still part of the copy, and words the page holds
    elsewhere (`pairs`: half of their pairs of adjacent words in the copy's stretch) were moved, not left out.
    Exact runs joined across a gap (`_merge` keeps them exact) are checked too: their spans differ in length."""
    if f.exact and f.i1 - f.i0 == f.j1 - f.j0:
        return [f]
    otoks = orig.tokens
    text, starts, ends = otoks.text, otoks.starts, otoks.ends
    # Tokens a line break follows (not a hard-wrapped text's, before a lower-case word: see fragments._bounds),
    # found by str.find: a whole copy of a long text has few lines and many words.
    breaks: list[int] = []
    at_nl = text.find("\n", starts[f.i0], ends[f.i1])
    while at_nl >= 0:
        i = bisect_right(starts, at_nl) - 1  # the token before the break (tokens hold no line break)
        if not text[starts[i + 1]].islower():
            breaks.append(i)
        at_nl = text.find("\n", starts[i + 1], ends[f.i1])
    if not breaks:
        return [f]
    # A re-ordered or reworded copy aligns little in order: `_verbatim`'s test, read off the alignment needed below
    # (Indel similarity is 1 - (n - 2 * LCS) / n) instead of aligning the passage twice.
    blocks = _in_order(f, orig, rep)
    size = f.i1 - f.i0 + f.j1 - f.j0 + 2
    if 1.0 - (size - 2 * sum(n for _, _, n in blocks)) / size < ORDERED:
        return [f]
    at: dict[int, int] = {}  # original token -> republished token, aligned in order
    for i, j, n in blocks:
        at.update(zip(range(i, i + n), range(j, j + n), strict=True))
    aligned = sorted(at)
    if aligned and bisect_right(aligned, breaks[0]) < min_words:
        f, aligned = _without_retold_first_line(f, orig, rep, at, aligned, breaks[0], min_words)
    cuts: list[tuple[int, int]] = []  # (last aligned original token before a cut, first one after it)
    for b in breaks:
        k = bisect_right(aligned, b)
        before = aligned[k - 1] if k else None
        after = aligned[k] if k < len(aligned) else None
        if before is None or after is None:
            continue
        # A lone word aligned inside a stretch the page rewrote ("told" in "As Dana Abenova, one of the founders,
        # told Steppe Post:" for "Farmers told us the same thing again and again:") is chance.
        for _ in range(2):
            if k + 1 < len(aligned) and aligned[k + 1] - after > 1 and (after - 1 not in at) \
                    and at[aligned[k + 1]] - at[after] > 1 and after - before > 1:
                k += 1
                after = aligned[k]
        ogap, rgap = after - before - 1, at[after] - at[before] - 1
        if (ogap - rgap < LEFT_OUT and min(ogap, rgap) < REPLACED) or (cuts and cuts[-1] == (before, after)):
            continue
        gap = otoks.keys[before + 1 : after]
        if 2 * sum(pair in pairs for pair in pairwise(gap)) >= len(gap) - 1:
            continue  # moved elsewhere on the page (a re-ordered copy)
        cuts.append((before, after))
    if not cuts:
        return [f]
    pieces: list[Frag] = []
    i0, j0 = f.i0, f.j0
    for before, after in cuts:
        pieces.append(Frag(i0, before, j0, at[before], f.support, f.exact, f.seeds, f.vetted))
        i0, j0 = after, at[after]
    pieces.append(Frag(i0, f.i1, j0, f.j1, f.support, f.exact, f.seeds, f.vetted))
    return pieces


EDGE_PAIRS = 0.2  # an edge sentence of a passage with under this share of its words in word pairs of the copy
EDGE_STEMS = 0.7  # ... and under this share of its content stems in the copy is retold


def _without_retold_edges(f: Frag, orig: Side, rep: Side, min_words: int, pairs: _PageGrams,
                          copied: set[str]) -> Frag | None:
    """`f` without its first and last original sentences (while more than one is left) that are retold: under
    EDGE_PAIRS of their words are in a pair of adjacent words found in the copy (`pairs`: the page from the
    first passage to the last, where a re-ordered copy keeps its pairs), and under EDGE_STEMS of their content
    stems are there (`copied`). The alignment bridges from a copied paragraph into the partner's retelling of
    the next ones, which shares names, figures and a phrase or two; a light edit keeps most pairs, and a
    paraphrase or a translation most content words. The copy is cut to the span of the pairs the kept
    sentences share; None when what is left is under `min_words`."""
    if f.exact:
        return f
    bounds = orig.bounds
    first, last = bisect_right(bounds, f.i0) - 1, bisect_right(bounds, f.i1) - 1
    if first == last:
        return f
    ok, rk = orig.tokens.keys, rep.tokens.keys

    def paired(k: int) -> bool:
        return (k > f.i0 and (ok[k - 1], ok[k]) in pairs) or (k < f.i1 and (ok[k], ok[k + 1]) in pairs)

    def retold(s: int) -> bool:
        lo, hi = max(bounds[s], f.i0), min(bounds[s + 1], f.i1 + 1)
        if hi - lo < min_words or sum(map(paired, range(lo, hi))) >= EDGE_PAIRS * (hi - lo):
            return False
        mine = set(orig.stems[lo:hi])
        mine.discard("")
        return len(mine & copied) < EDGE_STEMS * len(mine)

    a, b = first, last
    while b > a and retold(b):
        b -= 1
    while a < b and retold(a):
        a += 1
    if a == first and b == last:
        return f
    i0, i1 = max(bounds[a], f.i0), min(bounds[b + 1], f.i1 + 1) - 1
    if i1 - i0 + 1 < min_words:
        return None
    kept = set(pairwise(ok[i0 : i1 + 1]))
    at = [j for j in range(f.j0, f.j1) if (rk[j], rk[j + 1]) in kept]
    if not at:
        return f
    return Frag(i0, i1, at[0], at[-1] + 1, f.support, f.exact, f.seeds, f.vetted)


# A passage less similar than this (Indel, over its words) to its counterpart is a retelling: the partner's
# own sentences around names, figures and a few short quotes each under the minimum passage, which the
# alignment strung together. Measured on the hand-written and held-out sets, 0.2 removes only such passages
# (0.25 starts to cut heavily edited copies).
RETOLD_SIM = 0.2


QUOTE_SIM = 0.7  # a passage this similar (Indel) is a light edit, whatever its runs
QUOTE_RUN = 4  # words in order from which a shared stretch of a passage is a quote ...
QUOTE_SHARE = 0.8  # ... when its quotes hold this share of the words it aligns in order in runs of two or more
QUOTE_STRAY = 2  # original words outside the quotes in a 3-word run of the page that may be chance
QUOTES_MAX = 3  # a passage parting into more quotes than this is a copy edited all along
APART = 4  # words of their own on both sides between two quotes part them; or ...
APART_EACH = 3  # ... this many on both sides, and ...
APART_SUM = 8  # ... this many in all, a sentence beginning among them in both texts (the partner's own)


class _PageGrams:
    """The word `k`-grams of the republished text's stretch from the first passage to the last, built on first
    use (most pages need none)."""

    def __init__(self, keys: tuple[str, ...], k: int) -> None:
        self.keys, self.k = keys, k
        self._grams: dict[tuple[str, ...], int] | None = None

    def __contains__(self, gram: tuple[str, ...]) -> bool:
        if self._grams is None:
            self._grams = _grams(self.keys, self.k)
        return gram in self._grams


def _quotes(f: Frag, orig: Side, rep: Side, min_words: int, page: _PageGrams) -> list[Frag]:
    """A passage whose shared words are verbatim quotes set in other words (short quotes woven into the
    partner's own sentences, or a clause quoted between retold ones): each quote, cut to its first and last
    run of two words or more, if it holds `min_words`; not the original words around and between them.

    Its shared words are quotes when it is under QUOTE_SIM similar (not a light edit), runs of QUOTE_RUN
    words aligned in order hold QUOTE_SHARE of the words aligned in runs of two or more (a reworded or
    shuffled copy keeps short runs), and at most QUOTE_STRAY of its other words are in a 3-word run found
    anywhere on the page (a re-ordered copy has the rest of its words elsewhere on the page). Quotes are
    apart where both texts have APART words of their own between them, or APART_EACH and APART_SUM in all with
    a sentence starting there in both; where the words between or around them are retold (`_retold`), the
    passage is a paraphrase keeping some phrases and stays whole. Other passages are returned as they are."""
    okeys = orig.tokens.keys
    if Indel.normalized_similarity(okeys[f.i0 : f.i1 + 1], rep.tokens.keys[f.j0 : f.j1 + 1]) >= QUOTE_SIM:
        return [f]
    solid = [blk for blk in _in_order(f, orig, rep) if blk[2] > 1]
    if not solid or sum(n for *_, n in solid if n >= QUOTE_RUN) < QUOTE_SHARE * sum(n for *_, n in solid):
        return [f]
    covered = bytearray(f.i1 - f.i0 + 1)
    for i, _, n in solid:
        covered[i - f.i0 : i - f.i0 + n] = b"\x01" * n
    found = bytearray(len(covered))
    for k in range(f.i0, f.i1 - 1):
        if (okeys[k], okeys[k + 1], okeys[k + 2]) in page:
            found[k - f.i0 : k - f.i0 + 3] = b"\x01\x01\x01"
    if sum(1 for c, g in zip(covered, found, strict=True) if g and not c) > QUOTE_STRAY:
        return [f]
    groups = [[solid[0]]]
    for prev, blk in pairwise(solid):
        i, j = prev[0] + prev[2], prev[1] + prev[2]
        own_o, own_r = blk[0] - i, blk[1] - j
        new_sentence = _sentence_at(rep, j, blk[1]) and _sentence_at(orig, i, blk[0])
        # As many words put in as taken out inside a sentence is an edit, not other words.
        apart = (new_sentence or abs(own_o - own_r) > 1) and (
            min(own_o, own_r) >= APART or (min(own_o, own_r) >= APART_EACH and own_o + own_r >= APART_SUM
                                           and new_sentence))
        if apart and not _retold(orig, rep, i, blk[0], j, blk[1]):
            groups.append([blk])
        else:
            groups[-1].append(blk)
    if len(groups) > QUOTES_MAX:
        return [f]  # words replaced all along: a heavily edited copy, not a few quotes
    first, last = groups[0][0], groups[-1][-1]
    if _retold(orig, rep, f.i0, first[0], f.j0, first[1]) or \
            _retold(orig, rep, last[0] + last[2], f.i1 + 1, last[1] + last[2], f.j1 + 1):
        return [f]  # the words around the quotes are retold, not the partner's own
    out = []
    for group in groups:
        (i0, j0, _), (a, b, n) = group[0], group[-1]
        if a + n - i0 >= min_words:
            out.append(Frag(i0, a + n - 1, j0, b + n - 1, f.support, f.exact, f.seeds, f.vetted))
    return out


def _sentence_at(side: Side, lo: int, hi: int) -> bool:
    """Whether a sentence of `side` starts at one of its tokens lo..hi."""
    return bisect_left(side.bounds, lo) < bisect_right(side.bounds, hi)


QUOTE_RETOLD = 4  # original words between quotes are retold when this many times their shared stems ...


def _retold(orig: Side, rep: Side, i0: int, i1: int, j0: int, j1: int) -> bool:
    """Whether the original's words i0..i1-1 are retold in the republished words j0..j1-1: at least a
    QUOTE_RETOLD-th of their content stems are there, and three of them (all, when they are fewer): a
    paraphrase between two quotes, not a word or two in common on the same subject (a retitled headline)."""
    mine = set(orig.stems[i0:i1])
    mine.discard("")
    shared = len(mine.intersection(rep.stems[j0:j1]))
    return shared >= min(3, len(mine)) and QUOTE_RETOLD * shared >= len(mine) > 0

CONDENSED = 0.6  # a reworded passage whose copy has under this share of its original words, and ...
CONDENSED_SIM = 0.6  # ... the words aligned in order between its first and last shared word
CONDENSED_MAX = 3  # ... in a copy under this many minimum passages (long reworded copies are left whole)


def _condensed(f: Frag, orig: Side, rep: Side, min_words: int) -> Frag | None:
    """A reworded passage whose copy is far shorter than its original side (a rewrite keeping the figures and
    names, or a light copy whose span ran on past its end) shrunk to the stretch aligned in order (first to
    last shared word); None when that stretch is under `min_words` words or not a near copy (under
    CONDENSED_SIM similar). Other passages are returned as they are."""
    copy = f.j1 - f.j0 + 1
    if f.exact or copy >= CONDENSED * (f.i1 - f.i0 + 1) or copy >= CONDENSED_MAX * min_words:
        return f
    blocks = _in_order(f, orig, rep)
    if not blocks:
        return None
    (i0, j0, _), (a, b, n) = blocks[0], blocks[-1]
    i1, j1 = a + n - 1, b + n - 1
    shared = sum(n for _, _, n in blocks)
    if i1 - i0 + 1 < min_words or 2 * shared < CONDENSED_SIM * (i1 - i0 + 1 + j1 - j0 + 1):
        return None
    return Frag(i0, i1, j0, j1, f.support, f.exact, f.seeds, f.vetted)


def _in_order(f: Frag, orig: Side, rep: Side) -> list[tuple[int, int, int]]:
    """The (original index, republished index, length) blocks of `f`'s words aligned in order (LCS)."""
    okeys, rkeys = orig.tokens.keys[f.i0 : f.i1 + 1], rep.tokens.keys[f.j0 : f.j1 + 1]
    return [(f.i0 + m.a, f.j0 + m.b, m.size) for m in Indel.editops(okeys, rkeys).as_matching_blocks() if m.size]


BAG_SKIPPED = 10  # words: a sentence this long with under a quarter of its stems on the page is not in a reworded copy
EDGE_SKIP = 2  # tokens an edit may change (on either side) just before a sentence's copied last words
EDGE_TAIL = 8  # ... and at most this many original tokens between the passage's end and the sentence's


def _to_sentence_edges(frags: list[Frag], orig: Side, rep: Side) -> list[Frag]:
    """Passages that stop a few words short of their sentence's end (or start) because an edit changed a word
    there ("12,5 мың теңге" copied as "12 500 теңге") reach that end when the rest of the sentence follows
    verbatim within EDGE_SKIP tokens on each side, into words no other passage holds in either text.
    `frags` are sorted and disjoint in the original."""
    okeys, rkeys, bounds = orig.tokens.keys, rep.tokens.keys, orig.bounds
    spans = sorted((f.j0, f.j1) for f in frags)
    out: list[Frag] = []
    for k, f in enumerate(frags):
        i1, j1, i0, j0 = f.i1, f.j1, f.i0, f.j0
        end = bounds[bisect_right(bounds, i1)]  # the original sentence holding i1 ends before `end`
        if 0 < end - 1 - i1 <= EDGE_TAIL and (k + 1 == len(frags) or end <= frags[k + 1].i0):
            got = _tail(okeys, rkeys, i1 + 1, j1 + 1, end, len(rkeys), 1)
            if got is not None and _free(spans, j1 + 1, got):
                i1, j1 = end - 1, got
        start = bounds[bisect_right(bounds, i0) - 1]
        if 0 < i0 - start <= EDGE_TAIL and (not out or start > out[-1].i1):
            got = _tail(okeys, rkeys, i0 - 1, j0 - 1, start - 1, -1, -1)
            if got is not None and _free(spans, got, j0 - 1):
                i0, j0 = start, got
        out.append(f if (i0, i1, j0, j1) == (f.i0, f.i1, f.j0, f.j1) else
                   Frag(i0, i1, j0, j1, f.support, f.exact, f.seeds, f.vetted))
    return out


def _free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether no span of `spans` holds any of the republished tokens a..b (inclusive)."""
    return not any(s0 <= b and a <= s1 for s0, s1 in spans[: bisect_right(spans, (b, b))])


def _tail(okeys: tuple[str, ...], rkeys: tuple[str, ...], i: int, j: int, stop: int, limit: int,
          step: int) -> int | None:
    """Walking by `step` from original token i and republished token j: the republished index of the original's
    token `stop - step` when, after skipping at most EDGE_SKIP tokens in either text (one of them an edit),
    the original's tokens up to `stop` (exclusive) follow verbatim, staying short of republished `limit`."""
    n = (stop - i) * step  # original tokens to the sentence's edge
    for a in range(EDGE_SKIP + 1):
        for b in range(EDGE_SKIP + 1):
            if (a == 0 and b == 0) or n - a < 1:
                continue
            first, last = j + b * step, j + (b + n - a - 1) * step
            if not (min(first, last) > limit if step < 0 else max(first, last) < limit) or min(first, last) < 0:
                continue
            if all(okeys[i + (a + t) * step] == rkeys[first + t * step] for t in range(n - a)):
                return last
    return None


def _without_skipped(f: Frag, orig: Side, rep: Side, copied: set[str]) -> list[Frag]:
    """`f`, a near-verbatim copy, cut around the whole original sentences inside it that the copy left out
    (a reworded one may move them out of its republished span): a sentence of
    SHORT_SENTENCE words or more with two content stems or more, or a subheading (a line of its own) of two
    words or more, under a third of whose stems appear anywhere in the republished span (an edited sentence
    keeps most of its stems, a moved one all of them). The
    pieces keep the republished words aligned in order with their original words."""
    bounds = orig.bounds
    first, last = bisect_right(bounds, f.i0), bisect_right(bounds, f.i1) - 2  # sentences strictly inside
    if first > last:
        return [f]
    ordered = _verbatim(f, orig, rep)
    # A reworded copy may move a sentence anywhere: then only a longer sentence few of whose stems any passage
    # holds on the page (a paragraph the copy left out) is cut, and its pieces keep the whole republished span.
    shortest, share = (SHORT_SENTENCE, 3) if ordered else (BAG_SKIPPED, 4)
    theirs: set[str] | None = None
    blocks: list[tuple[int, int, int]] | None = None
    skipped: list[tuple[int, int]] = []
    for k in range(first, last + 1):
        a, b = bounds[k], bounds[k + 1]
        mine = orig.sets[k]
        if (b - a < shortest or len(mine) < 2) and not (ordered and b - a >= 2 and mine and _own_line(orig, a, b)):
            continue
        if theirs is None:
            theirs = set(rep.stems[f.j0 : f.j1 + 1]) if ordered else copied
        if ordered and _subheading(orig, a, b):
            # A subheading's words recur in the paragraphs it heads: it is left out when the copy holds it
            # nowhere as a run (a moved one is still there) and under half of its words are aligned in order
            # with the copy (an edited one keeps most of them in place).
            if blocks is None:
                blocks = _in_order(f, orig, rep)
            aligned = sum(max(0, min(b, i + n) - max(a, i)) for i, _j, n in blocks)
            if 2 * aligned < b - a and not _holds_run(rep, orig.tokens.keys[a:b]):
                if skipped and skipped[-1][1] == a:
                    skipped[-1] = (skipped[-1][0], b)
                else:
                    skipped.append((a, b))
            continue
        if share * len(mine & theirs) < len(mine):
            if skipped and skipped[-1][1] == a:
                skipped[-1] = (skipped[-1][0], b)
            else:
                skipped.append((a, b))
    if not skipped:
        return [f]
    if not ordered:
        cuts = [f.i0] + [x for a, b in skipped for x in (a, b)] + [f.i1 + 1]
        return [Frag(lo, hi - 1, f.j0, f.j1, f.support, f.exact, f.seeds, f.vetted)
                for lo, hi in zip(cuts[::2], cuts[1::2], strict=True) if hi - lo >= SHORT_SENTENCE]
    if blocks is None:
        blocks = _in_order(f, orig, rep)
    pieces: list[Frag] = []
    lo = f.i0
    for a, b in [*skipped, (f.i1 + 1, f.i1 + 1)]:
        # The aligned blocks over lo..a-1, clipped to it (a block may run on into the left-out sentence, whose
        # first words repeat the ones after it: "...were built. / Volunteers and... / Volunteers say...").
        inside = [(max(i, lo), j + max(i, lo) - i, min(i + n, a) - max(i, lo)) for i, j, n in blocks
                  if i < a and i + n > lo]
        if inside and a - lo >= SHORT_SENTENCE:
            pieces.append(Frag(lo, a - 1, inside[0][1] if lo > f.i0 else f.j0,
                               inside[-1][1] + inside[-1][2] - 1 if a <= f.i1 else f.j1, f.support, f.exact))
        lo = b
    return pieces


def _holds_run(side: Side, keys: Sequence[str]) -> bool:
    """Whether `side` holds the words `keys` one after another somewhere."""
    rk, want = side.tokens.keys, tuple(keys)
    j = -1
    while True:
        try:
            j = rk.index(want[0], j + 1)
        except ValueError:
            return False
        if rk[j : j + len(want)] == want:
            return True


def _subheading(side: Side, a: int, b: int) -> bool:
    """Whether the original's tokens a..b-1 are a subheading: a line of its own of 3 to SUBHEADING_MAX words not
    ending as a sentence does (for a 2-word one the stem test decides)."""
    if not 3 <= b - a <= SUBHEADING_MAX or not _own_line(side, a, b):
        return False
    toks = side.tokens
    return toks.text[toks.ends[b - 1] : toks.starts[b] if b < len(toks.starts) else len(toks.text)].strip()[:1] \
        not in (".", "!", "?", "…", "。")


SUBHEADING_MAX = 10  # words


def _own_line(side: Side, a: int, b: int) -> bool:
    """Whether the original's tokens a..b-1 are a line of their own (a subheading between two paragraphs)."""
    toks = side.tokens
    text, starts, ends = toks.text, toks.starts, toks.ends
    return "\n" in text[ends[a - 1] : starts[a]] and "\n" in text[ends[b - 1] : starts[b]]


def _passage(original: Tokens, republished: Tokens, f: Frag) -> Passage:
    """The passage of `f`, without an original word at an edge that repeats its neighbour where the copy has
    that word once ("…новая котельная / Котельная на…" copied from "Котельная на…")."""
    ok, rk = original.keys, republished.keys
    i0, i1 = f.i0, f.i1
    if i1 > i0 and ok[i0] == ok[i0 + 1] == rk[f.j0] and (f.j0 == f.j1 or rk[f.j0 + 1] != rk[f.j0]):
        i0 += 1
    if i1 > i0 and ok[i1] == ok[i1 - 1] == rk[f.j1] and (f.j0 == f.j1 or rk[f.j1 - 1] != rk[f.j1]):
        i1 -= 1
    sim = Indel.normalized_similarity(ok[i0 : i1 + 1], rk[f.j0 : f.j1 + 1])
    return Passage(original.starts[i0], original.ends[i1], republished.starts[f.j0],
                   republished.ends[f.j1], i1 - i0 + 1, round(sim, 4))


def whole_sentences(original: Original, republished: Tokens, passages: tuple[Passage, ...], *, min_words: int,
                    skip: Sequence[tuple[int, int]] = ()) -> tuple[Passage, ...]:
    """Whole original sentences shorter than `min_words` that the republished text sets as a paragraph of
    their own (a line holding exactly their words), outside `passages` and outside the `skip` spans
    (character spans of the republished text, e.g. link texts: a headline linked as a teaser is a link,
    not reuse).

    The minimum passage keeps stock phrases that happen to recur inside sentences from counting; a complete
    sentence copied as its own paragraph is reuse even when it is short ("Ауыл тұрғындары бұл шешімді
    қолдады."). Returns the passages with these added, sorted by their original start.
    """
    index = original.short_sentences(min_words)
    if not index or not len(republished):
        return passages
    text, starts, keys = republished.text, republished.starts, republished.keys
    taken = sorted((p.original_start, p.original_end) for p in passages)
    around = sorted((p.republished_start, p.republished_end) for p in passages)
    ostarts, oends = original.tokens.starts, original.tokens.ends
    found: list[Passage] = []
    used: set[int] = set()
    skipped = sorted(skip)
    skip_starts = [a for a, _ in skipped]
    skip_reach = list(accumulate((b for _, b in skipped), max))

    def inside_skip(r0: int, r1: int) -> bool:  # within one of the `skip` spans: one starting by r0 reaches r1
        k = bisect_right(skip_starts, r0)
        return k > 0 and skip_reach[k - 1] >= r1

    at = 0
    for line in text.split("\n"):
        begin, at = at, at + len(line) + 1
        if not line:
            continue
        j0 = bisect_left(starts, begin)
        j1 = bisect_left(starts, begin + len(line))
        n = j1 - j0
        if not GLUED_LINE <= n < min_words:
            continue
        key = keys[j0:j1]
        i0 = index.get(key)
        if i0 is None or i0 in used:
            continue
        o0, o1 = ostarts[i0], oends[i0 + n - 1]
        r0, r1 = starts[j0], republished.ends[j1 - 1]
        if inside_skip(r0, r1):
            continue
        if n < (SHORT_UNSPACED if is_unspaced(key[0]) else SHORT_SENTENCE) and not _glued(text, r0, r1, around):
            continue  # a line of two or three words counts only between copied lines (a subheading)
        k = bisect_right(taken, (o0, o1))
        if (k and taken[k - 1][1] > o0) or (k < len(taken) and taken[k][0] < o1):
            continue  # part of a passage already
        used.add(i0)
        found.append(Passage(o0, o1, r0, r1, j1 - j0, 1.0))
    if not found:
        return passages
    return tuple(sorted((*passages, *found), key=lambda p: p.original_start))


def _glued(text: str, r0: int, r1: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the line text[r0:r1] has a passage's republished span (`spans`, sorted) right before or right
    after it, nothing but spaces and punctuation between."""
    k = bisect_left(spans, (r1, -1))
    if k < len(spans) and _blank(text[r1 : spans[k][0]]):
        return True
    k = bisect_right(spans, (r0, r0)) - 1
    return k >= 0 and spans[k][1] <= r0 and _blank(text[spans[k][1] : r0])


def _blank(gap: str) -> bool:
    return len(gap) < 40 and not any(c.isalnum() for c in gap)
