import pytest

from reuse_guard.align import Passage
from reuse_guard.measure import covered_mask, measure
from reuse_guard.normalize import tokenize
from reuse_guard.policy import Policy, ShareUnit

TEXT = "Alpha beta gamma delta.\n\nEpsilon zeta eta theta iota kappa.\n\nLambda mu."
PARAS = ((0, 23), (25, 59), (61, 71))


def passage(start: int, end: int) -> Passage:
    return Passage(start, end, 0, end - start, 0, 1.0)


def test_no_passages_measures_zero():
    m = measure(tokenize(TEXT), (), Policy(), PARAS)
    assert (m.reused, m.total, m.fraction) == (0, 12, 0.0)
    assert m.allowed == 3 and m.remaining == 3 and m.over_limit == 0


def test_words_inside_passage_spans_count_once():
    toks = tokenize(TEXT)
    ps = (passage(25, 59), passage(30, 45))  # the second lies inside the first
    m = measure(toks, ps, Policy(), PARAS)
    assert m.reused == 6 and m.fraction == pytest.approx(0.5)
    assert m.over_limit == 3 and m.remaining == 0


def test_partial_token_at_span_edge_is_not_counted():
    toks = tokenize(TEXT)
    mask = covered_mask(toks, (passage(0, 8),))  # "Alpha be|ta"
    assert mask[:2] == [True, False]


def test_exactly_at_the_limit_is_allowed():
    text = " ".join(f"w{i}" for i in range(10))
    toks = tokenize(text)
    m = measure(toks, (passage(0, toks.ends[2]),), Policy(), ())
    assert m.fraction == pytest.approx(0.3) and m.over_limit == 0 and m.remaining == 0


def test_characters_and_paragraph_units():
    toks = tokenize(TEXT)
    ps = (passage(25, 59),)
    chars = measure(toks, ps, Policy(share_unit=ShareUnit.CHARACTERS), PARAS)
    assert chars.total == sum(e - s for s, e in zip(toks.starts, toks.ends))
    assert chars.reused == len("Epsilonzetaetathetaiotakappa")
    paras = measure(toks, ps, Policy(share_unit=ShareUnit.PARAGRAPHS), PARAS)
    assert (paras.reused, paras.total) == (1, 3)
    assert paras.reused_words == 6 and paras.total_words == 12


def test_empty_original_measures_zero_not_nan():
    m = measure(tokenize(""), (), Policy(), ())
    assert m.fraction == 0.0 and m.total == 0
