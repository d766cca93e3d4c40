"""Sentence seeds, stems and the cosine of `fragments` against their definitions (brute force on small texts)."""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reuse_guard.fragments import (
    ECHO,
    RARE,
    SEED_COS,
    SEED_DICE,
    Side,
    _cosine,
    _sentence_seeds,
    _stems,
    _weights,
    _whole_edges,
)
from reuse_guard.normalize import fold, tokenize

# Invented words with distinct 5-letter prefixes, and two stop words.
VOCAB = ["harbour", "barges", "quayside", "tugboat", "cranes", "ferryman", "lighthouse", "moorings", "pilots",
         "dockers", "the", "of"]


@st.composite
def sentences(draw: st.DrawFn, max_sentences: int) -> str:
    """Many short sentences from few words: stems shared by more than RARE sentences, one-word sentences,
    sentences sharing one or several stems."""
    n = draw(st.integers(1, max_sentences))
    return ". ".join(" ".join(draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=9))) for _ in range(n))


def reference_seeds(orig: Side, rep: Side, sf: Counter[str], w: dict[str, float]) -> list[tuple[int, int]]:
    """Every sentence pair sharing a rare stem, by the definition: Dice and cosine of the pair, then the echo
    rule; pairs in (republished, original) order."""
    rare = {s for s, f in sf.items() if f <= RARE}
    w2 = {s: v * v for s, v in w.items()}
    scored = []
    for y, yset in enumerate(rep.sets):
        for x, xset in enumerate(orig.sets):
            common = xset & yset
            if not common & rare or 2 * len(common) < SEED_DICE * (len(xset) + len(yset)):
                continue
            ob, yb = orig.bag(x, x), rep.bag(y, y)
            on = math.sqrt(sum(c * c * w2[s] for s, c in ob.items()))
            yn = math.sqrt(sum(c * c * w2.get(s, 0.0) for s, c in yb.items()))
            c = sum(ob[s] * yb[s] * w2[s] for s in xset & yset) / (on * yn)
            if c >= SEED_COS:
                scored.append((x, y, c))
    best_x: dict[int, float] = {}
    best_y: dict[int, float] = {}
    for x, y, c in scored:
        best_x[x] = max(best_x.get(x, 0.0), c)
        best_y[y] = max(best_y.get(y, 0.0), c)
    return [(x, y) for x, y, c in scored if c >= ECHO * max(best_x[x], best_y[y])]


@given(sentences(80), sentences(30))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_sentence_seeds_are_the_pairs_of_the_definition(a: str, b: str) -> None:
    orig, rep = Side.of(tokenize(a)), Side.of(tokenize(b))
    sf = Counter(chain.from_iterable(orig.sets))
    w = _weights(sf, len(orig.sets))
    assert _sentence_seeds(orig, rep, sf, w) == reference_seeds(orig, rep, sf, w)


FILLER = [f"harbour {w}" for w in ("barges", "cranes", "pilots", "dockers")] * 10  # "harbour" in 40 sentences
UNKNOWN = "zebra yakety walrus voles urchin newts moles kiwis"  # words the original does not have: weigh nothing


@pytest.mark.parametrize(("original", "republished", "seed"), [
    # One rare and one common stem shared: the Dice overlap passes only with the common stem counted.
    (". ".join([*FILLER, "harbour quayside"]), "harbour quayside " + UNKNOWN[:-12], (len(FILLER), 0)),
    # A two-word original sentence inside a ten-word one: an overlap just above the Dice threshold.
    ("quayside tugboat. barges cranes pilots", "quayside tugboat " + UNKNOWN, (0, 0)),
])
def test_seeds_count_every_shared_stem_down_to_the_dice_threshold(original: str, republished: str,
                                                                    seed: tuple[int, int]) -> None:
    orig, rep = Side.of(tokenize(original)), Side.of(tokenize(republished))
    sf = Counter(chain.from_iterable(orig.sets))
    w = _weights(sf, len(orig.sets))
    assert _sentence_seeds(orig, rep, sf, w) == reference_seeds(orig, rep, sf, w) == [seed]


def test_stems_cut_a_prefix_and_blank_stop_words_the_same_way_every_time() -> None:
    keys = ("the", "harbour", "of", "reopened", "quay")
    assert _stems(keys) == ["", "harbo", "", "reope", "quay"]
    assert _stems(keys) == _stems(keys[::-1])[::-1]


def test_cosine_is_the_weighted_cosine_of_two_bags() -> None:
    a = Counter({"harbo": 2, "barge": 1, "crane": 1})
    b = Counter({"harbo": 1, "barge": 3, "pilot": 2})
    w = {"harbo": 0.5, "barge": 1.5, "crane": 2.0}  # "pilot" unknown to the original: weighs nothing
    dot = 2 * 1 * 0.25 + 1 * 3 * 2.25
    na = math.sqrt((2 * 0.5) ** 2 + 1.5 ** 2 + 2.0 ** 2)
    nb = math.sqrt(0.5 ** 2 + (3 * 1.5) ** 2)
    assert math.isclose(_cosine(a, b, w), dot / (na * nb))
    assert _cosine(a, b, w) == _cosine(b, a, w)
    assert _cosine(a, Counter({"pilot": 1}), w) == 0.0


@pytest.mark.parametrize("hits,piece,expected", [
    # Sentences at tokens 0-4, 5-14 and 15-19. A piece starting on a chance hit in the last words of a
    # skipped sentence starts at the next sentence; a well-matched partial sentence stays.
    ("00010" "1111111111" "11111", (2, 19), (5, 19)),
    ("01111" "1111111111" "11111", (1, 19), (1, 19)),
    # The same at the end: a partial last sentence with one hit in three is left out.
    ("11111" "1111111111" "10011", (0, 17), (0, 14)),
    ("11111" "1111111111" "11011", (0, 17), (0, 17)),
    # A piece on whole sentences, or inside one sentence, is left as it is.
    ("00000" "1111111111" "00000", (5, 14), (5, 14)),
    ("11111" "1000000001" "11111", (6, 9), (6, 9)),
])
def test_a_reworded_piece_drops_partial_edge_sentences_with_few_counterparts(
        hits: str, piece: tuple[int, int], expected: tuple[int, int]) -> None:
    hit = bytearray(int(c) for c in hits)
    assert _whole_edges(hit, *piece, [0, 5, 15, 20, 40], 0) == expected


@pytest.mark.parametrize("sentence,content", [
    ("اور انتظامیہ کے مطابق کسانوں کو جگہ ملے گی", {"انتظا", "مطابق", "کسانو", "جگہ", "ملے"}),  # Urdu
    ("و در این شهر کتابخانه را با کمک مردم ساختند", {"شهر", "کتابخ", "کمک", "مردم", "ساختن"}),  # Persian
    ("وقال المدير إن المكتبة في المدينة مع الطلاب", {"وقال", "المدي", "المكت", "الطلا"}),  # Arabic
    ("ve bu yıl bir kütüphane için de yeni bina", {"yıl", "kütüp", "yeni", "bina"}),  # Turkish
])
def test_function_words_of_arabic_script_languages_and_turkish_are_no_evidence(sentence: str,
                                                                               content: set[str]) -> None:
    assert {s for s in _stems(tokenize(sentence).keys) if s} == {fold(c) for c in content}
