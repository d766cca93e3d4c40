"""Candidate passages from sentence similarity, refined at word level (the reworded-reuse half of `align`).

After Sanchez-Perez, Sidorov & Gelbukh (2014): both texts are cut into sentences, each a bag of
content-word stems (stop words dropped, words cut to a short prefix, weighted by inverse sentence frequency
among the original's sentences). Sentence pairs with cosine and Dice both >= 0.33 are seeds; seeds a few
sentences apart in both texts are grouped into fragment pairs, which must be similar as a whole (else they
are regrouped with a smaller gap). Each fragment is then tightened at word level (in-order alignment for a
near-verbatim copy, bag of words for a reworded one), split where a skipped stretch has no counterpart,
and accepted only when it is clearly reuse rather than two texts on one subject.

Weights and thresholds depend on the original only, never on the length of the republished text, so
unrelated text around a copy changes nothing.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, compress, count, pairwise, repeat
from operator import add, eq, itemgetter, le, mul, not_, sub, truediv
from re import Match
from typing import Any

from rapidfuzz.distance import Indel, LCSseq

from .normalize import Tokens, is_unspaced
from .stopwords import STOPWORDS

__all__ = ["STEM", "Frag", "Side", "fragments"]

STEM = 5  # prefix length that folds most inflection of English, Russian, Kazakh, Polish
SEED_COS = 0.33  # a sentence pair seeds a fragment when the cosine of its tf-isf bags ...
SEED_DICE = 0.33  # ... and the Dice overlap of its stem sets both reach these (SP14's values)
ECHO = 0.6  # a seed below this share of either sentence's best pair is an echo, not the copy
RARE = 32  # stems in at most this many original sentences propose candidate pairs
MAX_GAP = 4  # sentences between seeds of one fragment, in either text (SP14)
VALID_COS = 0.34  # cosine a whole fragment pair must reach (SP14)
ORDERED = 0.8  # share of the shorter side aligned in order above which a fragment is near-verbatim
SKIP_FACTOR = 2  # this many times min_words original words in a row without counterpart split a fragment
ORDERED_SKIP = 1.5  # ... in a near-verbatim fragment, where a counterpart is looked for near its place
NEAR = 3  # words either side of the republished stretch where an edited word's counterpart is looked for
MIN_SHARED = 4  # distinct content stems any passage shares
# A fragment is reuse when nearly verbatim (at least 2/3 of its words in order: Indel similarity), or
# when reworded but sharing many distinct content stems with a high Dice overlap and keeping some word
# order. Two texts on one subject share a few names and terms, not most of a passage's vocabulary.
# A reworded fragment whose original side is over BALANCE times its republished side loses the original
# sentences without a counterpart until it is at most BALANCE_TO times (see `_balance`).
BALANCE = 1.3
BALANCE_TO = 1.1
ACCEPT_SIM = 0.65
ACCEPT_SHARED = 10
ACCEPT_DICE = 0.4
REWORDED_SIM = 0.2
# Marks that end a sentence like a full stop (besides "." and line breaks).
_OTHER_STOPS = "!?;\u3002\uff01\uff1f\u2026"


def _stems(keys: tuple[str, ...]) -> list[str]:
    """Stems of `keys` (a prefix; "" for a stop word): each distinct key of the text is cut once, in C, and
    the keys are mapped through that small dictionary (a process-wide one would mostly miss on a new text,
    and its lookups would leave the CPU cache)."""
    uniq = set(keys)
    stems = dict(zip(uniq, map(_PREFIX, uniq), strict=True))
    stems.update(dict.fromkeys(uniq & STOPWORDS, ""))
    out = list(map(stems.__getitem__, keys))
    unspaced = {key for key in uniq if len(key) == 1 and is_unspaced(key)}
    if unspaced:
        _pair_unspaced(keys, out, unspaced)
    return out


def _pair_unspaced(keys: tuple[str, ...], stems: list[str], unspaced: set[str]) -> None:
    """In scripts without spaces a character is not a word: its stem becomes the pair it starts (the next
    character's too), so that the sentence and gap comparisons, which count shared stems, see words rather
    than the few thousand characters any two texts on one topic share. `unspaced` holds the keys of `keys`
    that are such characters (a set lookup per token, not a regex call)."""
    for i, (key, following) in enumerate(pairwise(keys)):
        if key in unspaced and following in unspaced and stems[i]:
            stems[i] = key + following


_PREFIX = itemgetter(slice(0, STEM))


@dataclass
class Side:
    """One text cut into sentences: token ranges, and (computed on demand) stem sets and bags."""

    tokens: Tokens
    stems: list[str]
    bounds: list[int]  # sentence k covers tokens bounds[k]:bounds[k+1]

    @classmethod
    def of(cls, tokens: Tokens) -> Side:
        stems = _stems(tokens.keys)
        return cls(tokens, stems, _bounds(tokens, len(stems)))

    @cached_property
    def sets(self) -> list[set[str]]:
        """Distinct content stems of each sentence."""
        stems = self.stems
        out = [set(stems[a:b]) for a, b in pairwise(self.bounds)]
        for s in out:
            s.discard("")
        return out

    @cached_property
    def sentence_freq(self) -> Counter[str]:
        """The number of sentences holding each content stem."""
        return Counter(chain.from_iterable(self.sets))

    @cached_property
    def weights(self) -> dict[str, float]:
        """Inverse sentence frequency of each content stem (see `_weights`)."""
        return _weights(self.sentence_freq, len(self.sets))

    def bag(self, a: int, b: int) -> Counter[str]:
        """Content stems of sentences a..b (inclusive) with their counts, in order of first occurrence."""
        return Counter(filter(None, self.stems[self.bounds[a] : self.bounds[b + 1]]))


_ELLIPSIS = re.compile(r"(?:\u2026|\.{2,})\]?")


def _bounds(tokens: Tokens, n: int) -> list[int]:
    """Token index where each sentence starts, then `n`.

    A sentence starts after a full stop (or ! ? ; and their CJK forms, an ellipsis unless the next word is
    lower-case), after a blank line, and after a line break unless the next word is lower-case (hard-wrapped
    text). Marks are found with
    str.split and mapped to the first token after them by bisection, all in C: a page of a thousand lines
    costs no Python loop over its lines."""
    text, starts = tokens.text, tokens.starts
    if n == 0:
        return [0, 0]
    flat = text
    for c in _OTHER_STOPS:
        if c in flat:
            flat = flat.replace(c, ".")
    after_stop = list(accumulate(map(len, flat.split(".")[:-1])))
    strong = set(map(bisect_left, repeat(starts), map(add, after_stop, count(1))))
    if "\u2026" in text or ".." in text:
        # An ellipsis before a lower-case word ends no sentence: an elision inside one ("… and then", "[…]
        # which"), or marks put between the words of a copy to cut it into pieces too short to match.
        strong -= {k for k in map(bisect_left, repeat(starts), map(Match.end, _ELLIPSIS.finditer(text)))
                   if k < n and text[starts[k]].islower()}
    lines = text.split("\n")
    after_nl = list(map(add, accumulate(map(len, lines[:-1])), count(1)))
    kn = list(map(bisect_left, repeat(starts), after_nl))
    # Two line breaks before one token with nothing but spaces between them: a blank line.
    twice = list(compress(count(), map(eq, kn, kn[1:])))
    if twice:
        between = map(text.__getitem__, map(slice, map(after_nl.__getitem__, twice),
                                            map(sub, map(after_nl.__getitem__, map(add, twice, repeat(1))),
                                                repeat(1))))
        strong.update(compress(map(kn.__getitem__, twice), map(not_, map(str.strip, between))))
    # A single line break before a lower-case word is hard wrapping, not a break.
    single = list(set(kn) - strong - {0, n})
    strong.update(compress(single, map(not_, map(str.islower, map(text.__getitem__, map(starts.__getitem__,
                                                                                       single))))))
    strong.discard(0)
    strong.discard(n)  # (no mark maps beyond n)
    return [0, *sorted(strong), n]


def _weights(sf: Counter[str], n: int) -> dict[str, float]:
    """Inverse sentence frequency of each stem among the original's `n` sentences (rare = telling), from
    `sf`, the number of sentences holding each stem."""
    return dict(zip(sf.keys(), map(math.log, map(add, repeat(1.0), map(truediv, repeat(n), sf.values()))),
                    strict=True))


def _cosine(a: Counter[str], b: Counter[str], w: dict[str, float]) -> float:
    """Cosine of two bags of stems weighted by `w` (stems unknown to the original weigh nothing)."""
    if len(a) > len(b):
        a, b = b, a
    # Terms computed and summed in C, in the order of a generator over the bags (so the same floats).
    both = list(compress(a, map(b.__contains__, a)))
    dot = sum(map(mul, map(mul, map(a.__getitem__, both), map(b.__getitem__, both)),
                  map(pow, map(w.get, both, repeat(0.0)), repeat(2))))
    if not dot:
        return 0.0
    na = math.sqrt(_norm2(a, w))
    nb = math.sqrt(_norm2(b, w))
    return dot / (na * nb) if na and nb else 0.0


def _norm2(bag: Counter[str], w: dict[str, float]) -> float:
    """Sum of (count * weight) ** 2 over a bag (stems unknown to `w` weigh nothing), in C."""
    return float(sum(map(pow, map(mul, bag.values(), map(w.get, bag, repeat(0.0))), repeat(2))))


def _sentence_seeds(orig: Side, rep: Side, sf: Counter[str], w: dict[str, float]) -> list[tuple[int, int]]:
    """(original sentence, republished sentence) pairs similar enough to seed a fragment.

    Candidates come from an inverted index of the original's rarer stems (in at most RARE sentences):
    a copied sentence keeps some of them, and common stems would make the cost quadratic in long texts.
    The work is done in C where it can be: republished sentences without a rare stem, or sharing too few
    stems with the whole original, are dropped in a few passes; a candidate's shared rare stems are counted
    in the list of its sentence's postings (in a long sentence only candidates listed twice can pass); and
    only the pairs passing the Dice test are scored on their bags (sums over maps, in the order of the
    generator they replace, so the floats are the same).
    """
    rare = set(compress(sf.keys(), map(le, sf.values(), repeat(RARE))))
    rstems, rbounds = rep.stems, rep.bounds
    # Republished sentences holding a rare stem (bisect_right gives sentence index + 1), and their stems:
    # found from the tokens in C, so that the many sentences of a page without one cost nothing more.
    ys = sorted(set(map(bisect_right, repeat(rbounds), compress(count(), map(rare.__contains__, rstems)))))
    if not ys:
        return []
    ysets = list(map(set, map(rstems.__getitem__, map(slice, map(rbounds.__getitem__, map(sub, ys, repeat(1))),
                                                      map(rbounds.__getitem__, ys)))))
    for yset in ysets:
        yset.discard("")
    osets = orig.sets
    shared_all = sf.keys() & set(rstems)
    rare_shared = rare & shared_all
    common_shared = shared_all - rare  # stems in more than RARE original sentences
    postings: dict[str, list[int]] = {s: [] for s in rare_shared}
    for x, stems in enumerate(osets):
        for s in stems & rare_shared:
            postings[s].append(x)
    osize = list(map(len, osets))
    w2 = dict(zip(w.keys(), map(mul, w.values(), w.values()), strict=True))
    onorm: dict[int, float] = {}
    obags: dict[int, Counter[str]] = {}
    # A republished sentence of `size` stems sharing `shared` with the whole original cannot reach the
    # Dice threshold with any sentence when shared < SEED_DICE * size / (2 - SEED_DICE): such sentences
    # are dropped at once, in C.
    bound = SEED_DICE / (2.0 - SEED_DICE) * (1.0 - 1e-9)
    reach = map(le, map(mul, repeat(bound), map(len, ysets)), map(len, map(shared_all.intersection, ysets)))
    scored: list[tuple[int, int, float]] = []
    for y1, yset in compress(zip(ys, ysets, strict=True), reach):
        y = y1 - 1
        size = len(yset)
        # Each candidate's shared stems: its rare ones counted in the list of their postings (a few small ints
        # compared in C: cheaper than a set intersection per candidate), plus any common ones.
        hits = list(chain.from_iterable(map(postings.__getitem__, yset & rare_shared)))
        ycommon = yset & common_shared
        if ycommon or SEED_DICE * (1 + size) <= 2:
            cands = set(hits)
        else:
            # A candidate sharing one stem fails the Dice test (even with a one-stem sentence): only those
            # listed twice or more in `hits` remain (most sentences have none).
            hits.sort()
            cands = set(compress(hits, map(eq, hits, hits[1:])))
            if not cands:
                continue
        # Dice test (2 * common >= SEED_DICE * (len(x) + len(y))); a comprehension over the few candidates
        # costs less than building a chain of maps for them. Shared rare stems are counted in the short list
        # of hits, or through a Counter when many candidates would each scan a long one.
        shared_rare = Counter(hits).__getitem__ if len(hits) > 24 else hits.count
        if ycommon:
            passed = [x for x in cands
                      if SEED_DICE * (osize[x] + size) <= 2 * (shared_rare(x) + len(ycommon & osets[x]))]
        else:
            passed = [x for x in cands if SEED_DICE * (osize[x] + size) <= 2 * shared_rare(x)]
        ybag: Counter[str] | None = None
        ynorm = 0.0
        passed.sort()
        for x in passed:
            if ybag is None:
                ybag = rep.bag(y, y)
                ynorm = math.sqrt(sum(map(mul, map(mul, ybag.values(), ybag.values()), map(w2.get, ybag,
                                                                                           repeat(0.0)))))
            ob = obags.get(x)
            if ob is None:
                ob = obags[x] = orig.bag(x, x)
                n = onorm[x] = math.sqrt(sum(map(mul, map(mul, ob.values(), ob.values()), map(w2.__getitem__, ob))))
            else:
                n = onorm[x]
            both = osets[x] & yset
            c = sum(map(mul, map(mul, map(ob.__getitem__, both), map(ybag.__getitem__, both)),
                        map(w2.__getitem__, both))) / (n * ynorm)
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


@dataclass
class Frag:
    i0: int  # original tokens i0..i1 (inclusive)
    i1: int
    j0: int  # republished tokens j0..j1 (inclusive)
    j1: int
    support: float  # shared distinct stems (more = better supported)
    exact: bool = False  # nothing but exact runs of min_words words: certain, so it wins conflicts
    seeds: tuple[tuple[int, int], ...] = ()  # the (original, republished) sentence pairs it grew from
    vetted: bool = False  # a piece of a fragment accepted as a whole (see `_balance`)


def _groups(orig: Side, rep: Side, seeds: list[tuple[int, int]], w: dict[str, float]) -> list[Frag]:
    """Validated fragment pairs from seeds; a failing group is retried with a smaller gap (as SP14)."""
    out: list[Frag] = []
    todo = [(g, MAX_GAP) for g in _extend(seeds, MAX_GAP)] if seeds else []
    while todo:
        group, gap = todo.pop()
        x0, x1 = min(s[0] for s in group), max(s[0] for s in group)
        y0, y1 = min(s[1] for s in group), max(s[1] for s in group)
        ob, rb = orig.bag(x0, x1), rep.bag(y0, y1)
        if _cosine(ob, rb, w) >= VALID_COS:
            out.append(Frag(orig.bounds[x0], orig.bounds[x1 + 1] - 1, rep.bounds[y0], rep.bounds[y1 + 1] - 1,
                             float(len(ob.keys() & rb.keys())), seeds=tuple(group)))
        elif gap > 1 and len(group) > 1:
            todo.extend((g, gap - 1) for g in _extend(group, gap - 1))
    return out


def _trim(f: Frag, orig: Side, rep: Side) -> Frag | None:
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
    return Frag(i0, i1, j0, j1, f.support, seeds=f.seeds)


def _shared(f: Frag, orig: Side, rep: Side) -> bool:
    """Set the support of `f` (distinct content stems its two sides share); whether it reaches MIN_SHARED."""
    a = set(orig.stems[f.i0 : f.i1 + 1])
    a.intersection_update(rep.stems[f.j0 : f.j1 + 1])
    a.discard("")
    f.support = float(len(a))
    return len(a) >= MIN_SHARED


def _accepted(f: Frag, orig: Side, rep: Side) -> bool:
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


def _near_hits(a: list[str], b: list[str], blocks: list[Any], ostems: list[str], at: int) -> bytearray:
    """Original words with a counterpart in a near-verbatim fragment: aligned in order (in runs of two words
    or more: a lone word in common may be chance), or content words found in the republished stretch between
    the aligned runs around them (give or take NEAR words). An edited or re-ordered word has its counterpart
    there; a sentence the copy left out has none, however many of its words the rest of the copy repeats."""
    hit = bytearray(len(a))
    solid = [(x.a, x.b, x.size) for x in blocks if x.size > 1]
    for blk_a, _, size in solid:
        hit[blk_a : blk_a + size] = b"\x01" * size
    prev_a = prev_b = 0
    for blk_a, blk_b, size in [*solid, (len(a), len(b), 0)]:
        if blk_a > prev_a:
            window = set(b[max(0, prev_b - NEAR) : blk_b + NEAR])
            # Each republished word between the runs stands for one original word at most: a gap far longer
            # in the original than in the copy is matched only at its edges.
            room = max(0, blk_b - prev_b) + 1
            for k in range(prev_a, blk_a):
                if ostems[at + k] and a[k] in window and (k - prev_a < room or blk_a - k <= room):
                    hit[k] = 1
        prev_a, prev_b = blk_a + size, blk_b + size
    return hit


def _segments(matched: bytearray, cost: float, least: int) -> list[tuple[int, int]]:
    """The best segment of `matched` (see `_best_segment`), then the best ones left of it and right of it
    that hold at least `least` matched words, and so on: two copied paragraphs far apart in one fragment
    are both found, not only the better one."""
    out: list[tuple[int, int]] = []
    todo = [(0, len(matched))]
    while todo:
        a, b = todo.pop()
        lo, hi = _best_segment(matched[a:b], cost)
        if hi < lo or (out and matched.count(1, a + lo, a + hi + 1) < least):
            continue
        out.append((a + lo, a + hi))
        todo += [(a, a + lo), (a + hi + 1, b)]
    return sorted(out)


def _refine(f: Frag, orig: Side, rep: Side, min_words: int) -> list[Frag]:
    """Tighten a fragment to where its words align: a sentence next to the copy that merely shares its
    subject falls outside, edited words inside stay. A near-verbatim fragment is aligned in order (LCS of
    stemmed words); a reworded one (shuffled, translated) by its bag of words, as its order is scrambled.
    Either is split where 2 * `min_words` or more original words in a row have no counterpart: a skipped
    sentence is not reused, a few words dropped by an editor are."""
    a = list(map(_PREFIX, orig.tokens.keys[f.i0 : f.i1 + 1]))
    b = list(map(_PREFIX, rep.tokens.keys[f.j0 : f.j1 + 1]))
    ma, mb = bytearray(len(a)), bytearray(len(b))
    blocks = [blk for blk in LCSseq.editops(a, b).as_matching_blocks() if blk.size]
    for blk in blocks:
        ma[blk.a : blk.a + blk.size] = b"\x01" * blk.size
        mb[blk.b : blk.b + blk.size] = b"\x01" * blk.size
    rate = (sum(ma) + sum(mb)) / (len(a) + len(b))
    sb = set(b)
    # Near-verbatim when most of the shorter side aligns in order (a copy that skips a paragraph of the
    # original is still a near-verbatim copy of the rest).
    ordered = sum(ma) >= ORDERED * min(len(a), len(b))
    if ordered:
        hit = _near_hits(a, b, blocks, orig.stems, f.i0)
    else:
        sa = set(a)
        ma = hit = bytearray(x in sb for x in a)
        rate = (sum(ma) + sum(x in sa for x in b)) / (len(a) + len(b))
    segments = _segments(ma, rate / 2, min_words) if ordered else [_best_segment(ma, rate / 2)]
    skip = round((ORDERED_SKIP if ordered else SKIP_FACTOR) * min_words)
    out: list[Frag] = []
    for s0, s1 in chain.from_iterable(_split_skips(hit, lo, hi, skip) for lo, hi in segments):
        if not ordered:
            s0, s1 = _whole_edges(hit, s0, s1, orig.bounds, f.i0)
            if s1 < s0:
                continue
        if ordered:
            span = _rep_span(blocks, s0, s1)
        else:
            # The republished side is matched against the chosen original words only, so that another
            # excerpt next to this one on the page is not claimed by it.
            chosen = set(a[s0 : s1 + 1])
            rlo, rhi = _best_segment(bytearray(x in chosen for x in b), rate / 2)
            span = (rlo, rhi) if rlo <= rhi else None
            if span is not None and s1 - s0 + 1 > BALANCE * (span[1] - span[0] + 1) and f.seeds:
                whole = Frag(f.i0 + s0, f.i0 + s1, f.j0 + span[0], f.j0 + span[1], f.support)
                if whole.i1 - whole.i0 + 1 >= min_words and _accepted(whole, orig, rep):
                    out += _balance(orig, rep, whole, f.seeds, min_words)
                continue
        if span is not None:
            out.append(Frag(f.i0 + s0, f.i0 + s1, f.j0 + span[0], f.j0 + span[1], f.support))
    return out


def _balance(orig: Side, rep: Side, whole: Frag, seeds: tuple[tuple[int, int], ...], min_words: int) -> list[Frag]:
    """An accepted reworded fragment whose original side is far longer than its republished side, cut down
    to the original sentences the republished span holds.

    Light edits keep a copy about as long as what it copies, so the excess is original text the copy
    skipped: in a shuffled copy of scattered paragraphs the bag of words spans them all, and the skipped
    sentences on the same subject find their words in it. The sentences that seeded the fragment (a
    counterpart in the span) stay. The others share what the seeds leave of the republished span: its
    sentences no seed names, BALANCE_TO times their words, times the ratio by which the seeded sentences
    were shortened in the copy. The most similar to those sentences go first: a sentence reworded too far
    to seed keeps its counterpart, a skipped one finds the span used up. A copy condensed overall (seeded
    sentences shortened by more than BALANCE) is left whole, as its length tells nothing of skips.

    What remains is cut into runs of adjacent sentences, each paired with the republished sentences its
    seeds name. Pieces holding a seed are reuse already accepted (`vetted`); the others are judged alone.
    """
    i0, i1, j0, j1 = whole.i0, whole.i1, whole.j0, whole.j1
    ob, rb = orig.bounds, rep.bounds
    ks = range(bisect_right(ob, i0) - 1, bisect_left(ob, i1 + 1))
    ys = range(bisect_right(rb, j0) - 1, bisect_left(rb, j1 + 1))
    pairs: dict[int, list[int]] = {}
    for x, y in seeds:
        if x in ks and y in ys:
            pairs.setdefault(x, []).append(y)
    if not pairs:
        return [whole]
    size = {k: min(ob[k + 1] - 1, i1) - max(ob[k], i0) + 1 for k in ks}
    named = {y for ys_k in pairs.values() for y in ys_k}
    rsize = {y: min(rb[y + 1] - 1, j1) - max(rb[y], j0) + 1 for y in ys}
    # Republished words of the span in sentences no seed names, scaled by how much the seeded sentences
    # were shortened: the room left for unseeded original sentences (a heavily reworded sentence has a
    # counterpart there, a skipped one has none).
    shrink = max(1.0, sum(size[x] for x in pairs) / max(1, sum(rsize[y] for y in named)))
    if shrink > BALANCE:
        return [whole]  # a condensed copy: its length tells nothing of skips
    room = BALANCE_TO * shrink * sum(rsize[y] for y in ys if y not in named)
    w = orig.weights
    bags = [rep.bag(y, y) for y in ys if y not in named]
    loose = sorted(((max((_cosine(orig.bag(k, k), b, w) for b in bags), default=0.0), k)
                    for k in ks if k not in pairs), reverse=True)
    kept = set(pairs)
    for _, k in loose:
        if size[k] > room:
            break
        kept.add(k)
        room -= size[k]
    # Runs of kept sentences whose seeds' republished sentences follow one another (a shuffled copy
    # breaks there); a kept sentence without a seed goes with the run it adjoins.
    runs: list[tuple[list[int], list[int]]] = []
    for k in ks:
        if k not in kept:
            runs.append(([], []))
            continue
        ys_k = sorted(pairs.get(k, ()))
        last = runs[-1] if runs and runs[-1][0] else None
        if last is not None and (not ys_k or not last[1] or min(ys_k) in (last[1][-1], last[1][-1] + 1)):
            last[0].append(k)
            last[1].extend(ys_k)
        else:
            runs.append(([k], ys_k))
    # A run shorter than `min_words` joins the run it adjoins in the original: alone it would not count.
    joined: list[tuple[list[int], list[int]]] = []
    for xs, ys_run in runs:
        prev = joined[-1] if joined else None
        if prev is not None and xs and prev[0] and (
                _words(ob, prev[0], i0, i1) < min_words or _words(ob, xs, i0, i1) < min_words):
            prev[0].extend(xs)
            prev[1].extend(ys_run)
        else:
            joined.append((xs, ys_run))
    out: list[Frag] = []
    for xs, ys_run in joined:
        if xs:
            lo, hi = (max(rb[min(ys_run)], j0), min(rb[max(ys_run) + 1] - 1, j1)) if ys_run else (j0, j1)
            x0, x1 = max(ob[xs[0]], i0), min(ob[xs[-1] + 1] - 1, i1)
            # The republished span tightened to where this piece's words are (its sentences may be long).
            mine = set(orig.stems[x0 : x1 + 1])  # with "", the stop words: they do not break a segment
            t0, t1 = _best_segment(bytearray(s in mine for s in rep.stems[lo : hi + 1]), 0.5)
            if t0 <= t1:
                lo, hi = lo + t0, lo + t1
            out.append(Frag(x0, x1, lo, hi, whole.support, vetted=bool(ys_run)))
    return out


def _whole_edges(hit: bytearray, s0: int, s1: int, bounds: list[int], at: int) -> tuple[int, int]:
    """A reworded piece s0..s1 (positions from original token `at`) without the partial sentences at its
    edges in which fewer than half the words have a counterpart: a word of a sentence the copy skipped,
    found elsewhere in the copy, is no start of the copied ones (a shuffled copy keeps whole sentences)."""
    k = bisect_right(bounds, at + s0)  # s0 is in sentence k - 1
    start = bounds[k] - at  # the next sentence's start
    if bounds[k - 1] != at + s0 and start <= s1 and 2 * hit.count(1, s0, start) < start - s0:
        s0 = start
    k = bisect_right(bounds, at + s1)  # s1 is in sentence k - 1
    end = bounds[k - 1] - at  # its start
    if bounds[k] != at + s1 + 1 and s0 < end and 2 * hit.count(1, end, s1 + 1) < s1 + 1 - end:
        s1 = end - 1
    return s0, s1


def _words(bounds: list[int], xs: list[int], i0: int, i1: int) -> int:
    """Words of the adjacent sentences `xs` within i0..i1."""
    return min(bounds[xs[-1] + 1] - 1, i1) - max(bounds[xs[0]], i0) + 1


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


def fragments(orig: Side, rep: Side, min_words: int) -> list[Frag]:
    """Accepted fragment pairs of at least `min_words` original words, tightened at word level."""
    sf, w = orig.sentence_freq, orig.weights
    out: list[Frag] = []
    for f in _groups(orig, rep, _sentence_seeds(orig, rep, sf, w), w):
        t = _trim(f, orig, rep)
        for r in _refine(t, orig, rep, min_words) if t is not None else ():
            if r.i1 - r.i0 + 1 >= min_words and (_shared(r, orig, rep) if r.vetted else _accepted(r, orig, rep)):
                out.append(r)
    return out
