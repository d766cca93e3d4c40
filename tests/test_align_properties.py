"""Invariants of the alignment (hypothesis), and the fast aligner against the brute-force reference."""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reuse_guard.align import Original, Passage, _exact_runs, align
from reuse_guard.align_reference import reference_coverage, reference_passages
from reuse_guard.fragments import Side
from reuse_guard.normalize import Tokens, tokenize
from reuse_guard.stopwords import STOPWORDS


def _pool(seed: int, size: int, letters: str) -> list[str]:
    """Invented words with distinct 5-letter prefixes (so stems never collide), none a stop word."""
    rnd = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < size:
        w = "".join(rnd.choice(letters) for _ in range(rnd.randint(5, 9)))
        if w[:5] not in seen and w not in STOPWORDS:
            seen.add(w[:5])
            out.append(w)
    return out


POOL = _pool(1, 400, "abcdefghijklmnoprstuvw")
OTHER = _pool(2, 200, "абвгдежзиклмнпрстуфхцчшщыэюя")  # no word shared with POOL
SMALL = [*POOL[:12], "the", "of", "and"]  # few words: many repeats and accidental runs
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def render(words: list[str], breaks: list[int]) -> str:
    """Words as prose: a full stop after every word whose index is in `breaks`, a blank line now and then."""
    parts = []
    for k, w in enumerate(words):
        parts.append(w)
        if k in breaks:
            parts.append(".\n\n" if k % 3 == 0 else ". ")
        else:
            parts.append(" ")
    return "".join(parts).strip()


@st.composite
def prose(draw: st.DrawFn, vocab: list[str], min_size: int = 0, max_size: int = 80) -> str:
    words = draw(st.lists(st.sampled_from(vocab), min_size=min_size, max_size=max_size))
    breaks = draw(st.sets(st.integers(0, max(len(words) - 1, 0)), max_size=max(len(words) // 6, 1)))
    return render(words, sorted(breaks))


def covered(orig: Tokens, passages: tuple[Passage, ...]) -> set[int]:
    out: set[int] = set()
    for p in passages:
        out.update(range(bisect_left(orig.starts, p.original_start), bisect_left(orig.starts, p.original_end)))
    return out


def wellformed(orig: Tokens, rep: Tokens, passages: tuple[Passage, ...]) -> None:
    previous = 0
    for p in passages:
        assert previous <= p.original_start < p.original_end <= len(orig.text)
        assert 0 <= p.republished_start < p.republished_end <= len(rep.text)
        assert 0.0 <= p.similarity <= 1.0 and p.original_words >= 1
        previous = p.original_end


@given(prose(SMALL), prose(SMALL), st.integers(1, 12))
@SETTINGS
def test_passages_are_within_the_texts_sorted_and_disjoint(a: str, b: str, min_words: int) -> None:
    orig, rep = tokenize(a), tokenize(b)
    passages = align(orig, rep, min_words=min_words)
    wellformed(orig, rep, passages)
    fraction = len(covered(orig, passages)) / len(orig) if len(orig) else 0.0
    assert 0.0 <= fraction <= 1.0
    for p in passages:
        words = covered(orig, (p,))
        assert len(words) >= min_words


@given(prose(POOL + SMALL, min_size=8))
@SETTINGS
def test_identical_texts_are_fully_covered(a: str) -> None:
    orig = tokenize(a)
    assert covered(orig, align(orig, tokenize(a))) == set(range(len(orig)))


@given(prose(POOL + SMALL), prose(OTHER))
@SETTINGS
def test_unrelated_texts_share_nothing(a: str, b: str) -> None:
    assert align(tokenize(a), tokenize(b)) == ()


@given(prose(SMALL + POOL[:40], min_size=10), prose(SMALL + POOL[:40]), prose(OTHER, min_size=1),
       prose(OTHER, min_size=1))
@SETTINGS
def test_unrelated_text_around_the_republished_text_changes_no_coverage(a: str, b: str, before: str,
                                                                       after: str) -> None:
    orig = tokenize(a)
    alone = align(orig, tokenize(b))
    framed = align(orig, tokenize(before + "\n\n" + b + "\n\n" + after))
    assert [(p.original_start, p.original_end) for p in framed] == [
        (p.original_start, p.original_end) for p in alone]
    shift = len(before) + 2
    assert [p.republished_start - shift for p in framed] == [p.republished_start for p in alone]


@given(prose(SMALL + POOL[:30]), prose(SMALL + POOL[:30]), st.integers(3, 10))
@SETTINGS
def test_fast_aligner_covers_every_verbatim_run_of_the_reference(a: str, b: str, min_words: int) -> None:
    orig, rep = tokenize(a), tokenize(b)
    # Where the original repeats a run, one republished copy is credited to one place only.
    grams = [orig.keys[i : i + min_words] for i in range(len(orig) - min_words + 1)]
    assume(len(set(grams)) == len(grams))
    assert reference_coverage(orig, rep, min_words) <= covered(orig, align(orig, rep, min_words=min_words))


@st.composite
def excerpt_page(draw: st.DrawFn) -> tuple[str, str, int]:
    """An original of distinct words, and a page of unrelated text with verbatim excerpts of it, in any
    order. Excerpts are at least min_words long and at least 2 * min_words apart in the original (or
    adjacent), so that skipped text is a real gap."""
    min_words = draw(st.integers(4, 10))
    n = draw(st.integers(2 * min_words, 160))
    words = POOL[:n]
    breaks = draw(st.sets(st.integers(0, n - 1), max_size=n // 8))
    cuts = sorted(draw(st.sets(st.integers(0, n), max_size=6)) | {0, n})
    pieces = [(lo, hi) for lo, hi in pairwise(cuts) if hi - lo >= min_words]
    chosen = draw(st.lists(st.sampled_from(pieces), unique=True, max_size=4)) if pieces else []
    chosen_sorted = sorted(chosen)
    for (_, hi1), (lo2, _) in pairwise(chosen_sorted):
        assume(lo2 == hi1 or lo2 - hi1 >= 2 * min_words)
    filler = [render(draw(st.lists(st.sampled_from(OTHER), min_size=1, max_size=30)), [])
              for _ in range(len(chosen) + 1)]
    page = filler[0]
    for (lo, hi), fill in zip(chosen, filler[1:], strict=True):
        page += "\n\n" + render(words[lo:hi], [k - lo for k in breaks if lo <= k < hi]) + "\n\n" + fill
    return render(words, sorted(breaks)), page, min_words


@given(excerpt_page())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.filter_too_much])
def test_fast_aligner_equals_reference_on_verbatim_excerpts(case: tuple[str, str, int]) -> None:
    a, b, min_words = case
    orig, rep = tokenize(a), tokenize(b)
    fast = align(orig, rep, min_words=min_words)
    wellformed(orig, rep, fast)
    assert covered(orig, fast) == reference_coverage(orig, rep, min_words)
    # Each fast passage is made of reference runs (several when one excerpt was split by an insertion).
    runs = reference_passages(orig, rep, min_words)
    for p in fast:
        inside = [r for r in runs if p.original_start <= r.original_start and r.original_end <= p.original_end]
        assert inside and inside[0].original_start == p.original_start
        assert max(r.original_end for r in inside) == p.original_end


_BREAK = re.compile(r"[.!?;\u3002\uff01\uff1f\u2026]|\n\s*\n|\n")
_ELLIPSIS_MARK = re.compile(r"(?:\u2026|\.{2,})\]?")


def reference_bounds(tokens: Tokens) -> list[int]:
    """Sentence starts by the definition: after each break mark, the first token at or after its end, except
    after a lone line break followed by a lower-case word (hard-wrapped text), and after a stop when an
    ellipsis ("…", "..", "[…]") comes right before that token and it is lower-case (an elision)."""
    def first_after(m: re.Match[str]) -> int:
        return bisect_left(tokens.starts, m.end())

    def lower(k: int) -> bool:
        return tokens.text[tokens.starts[k]].islower()

    elided = {k for k in map(first_after, _ELLIPSIS_MARK.finditer(tokens.text)) if k < len(tokens) and lower(k)}
    starts = set()
    for m in _BREAK.finditer(tokens.text):
        k = first_after(m)
        if 0 < k < len(tokens) and not (m.group() == "\n" and lower(k)) and not (
                m.group() in ".!?;\u3002\uff01\uff1f\u2026" and k in elided):
            starts.add(k)
    return [0, *sorted(starts), len(tokens)]


@given(st.lists(st.sampled_from(
    ["ab", "Cd", "éf", "Жю", "中", " ", "\n", "\n \n", "\n-\n", "\r", "\u00a0", ".", "!", "?", ";", "\u3002",
     "\u2026", "_", "\u200b", "-", "[", "]", "..."]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_sentence_bounds_agree_with_the_break_definition(text: str) -> None:
    tokens = tokenize(text)
    assert Side.of(tokens).bounds == reference_bounds(tokens)


@st.composite
def copied(draw: st.DrawFn) -> tuple[str, str, int]:
    """An original from few words (repeats and accidental runs), and a page holding a slice of it."""
    a = draw(prose(SMALL, max_size=60))
    words = a.split(" ")
    lo = draw(st.integers(0, len(words)))
    hi = draw(st.integers(lo, len(words)))
    b = " ".join([draw(prose(SMALL, max_size=20)), *words[lo:hi], draw(prose(SMALL, max_size=20))])
    return a, b, draw(st.integers(1, 12))


@given(copied())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_exact_runs_are_the_maximal_common_runs_of_the_reference(case: tuple[str, str, int]) -> None:
    a, b, n = case
    orig, rep = tokenize(a), tokenize(b)
    runs = _exact_runs(orig, rep, n)
    assert runs == sorted(runs, key=lambda r: (r[0] - r[1], r[0]))
    got = sorted((orig.starts[i], orig.ends[i + k - 1], rep.starts[j], rep.ends[j + k - 1]) for i, j, k in runs)
    want = sorted((p.original_start, p.original_end, p.republished_start, p.republished_end)
                  for p in reference_passages(orig, rep, n))
    assert got == want


@SETTINGS
@given(prose(POOL, 20, 120), st.lists(prose(POOL[:60] + OTHER[:20]), min_size=1, max_size=4),
       st.lists(st.integers(1, 12), min_size=1, max_size=4))
def test_a_prepared_original_aligns_exactly_like_its_tokens(original: str, pages: list[str], sizes: list[int]):
    # One prepared original reused against several pages and minimum lengths (its k-gram indexes differ).
    tokens = tokenize(original)
    prepared = Original(tokens)
    for k, page in enumerate(pages):
        rep = tokenize(f"{page}. {original[len(original) * k // 5 :]}")  # reuses a different tail each time
        for n in sizes:
            assert align(prepared, rep, min_words=n) == align(tokens, rep, min_words=n)


@pytest.mark.xfail(strict=True, reason="a sentence fragment that ends one word into the next verbatim excerpt "
                   "(the word copied elsewhere, with the excerpt) keeps that word; the excerpt left is then 3 "
                   "words, under the minimum of 4, and is lost (found by a randomised hypothesis run)")
def test_an_excerpt_starting_on_the_last_word_of_a_copied_sentence_is_kept() -> None:
    a = ("tcidpo vmgdpamn aoihtdkaa vsamw narhop hlhwhojan vdfvjdkrn wgjjtprmt phmnw lswlco dfrmlpapb. uttmvff "
         "hagsshmrl loiwsuamr rsgnbp tsgrnpl lassuuko ahvfstfcs bwccaoa hiduflj ffirf vjokppd jmkng dirguna "
         "amebfo wnshvrohr")
    b = ("ввмюе\n\nvmgdpamn aoihtdkaa vsamw narhop hlhwhojan vdfvjdkrn wgjjtprmt phmnw lswlco\n\nввмюе\n\njmkng "
         "dirguna amebfo wnshvrohr\n\nввмюе ввмюе\n\ndfrmlpapb.\n\nuttmvff hagsshmrl loiwsuamr\n\nввмюе")
    orig, rep = tokenize(a), tokenize(b)
    assert covered(orig, align(orig, rep, min_words=4)) == reference_coverage(orig, rep, 4)


def test_a_passage_reaching_its_sentence_edge_does_not_run_into_the_next_passage() -> None:
    # Found by a review at 1,500 examples of the property above: the edge extension (align._to_sentence_edges)
    # took the original words of the next passage.
    orig = tokenize("tcidpo tcidpo tcidpo tcidpo tcidpo tcidpo. vmgdpamn aoihtdkaa tcidpo")
    rep = tokenize("tcidpo vmgdpamn vsamw vmgdpamn vmgdpamn tcidpo")
    passages = align(orig, rep, min_words=1)
    ends = [(p.original_start, p.original_end) for p in passages]
    assert all(a[1] <= b[0] for a, b in pairwise(ends)), ends
