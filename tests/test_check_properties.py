"""Invariants of the measure, end to end through check() on text inputs (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reuse_guard import Text, check

# Two disjoint vocabularies: "unrelated" text shares no word with the original.
VOCAB = ["river", "port", "barge", "quay", "grain", "harbour", "dredging", "channel", "water", "crane",
         "порт", "баржа", "зерно", "река", "причал", "қала", "жаңа", "өзен", "астық", "кеме"]
OTHER = ["museum", "violin", "orchard", "comet", "lantern", "saddle", "meadow", "pepper", "quartz", "tundra"]

words = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=120)
other = st.lists(st.sampled_from(OTHER), min_size=1, max_size=80)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(words, words)
def test_fraction_is_a_share(a, b):
    r = check(Text(" ".join(a)), Text(" ".join(b)))
    assert 0.0 <= r.reused_fraction <= 1.0
    for p in r.passages:
        assert 0 <= p.original_start < p.original_end <= len(r.original.text)
        assert 0 <= p.republished_start < p.republished_end <= len(r.republished.text)


@FAST
@given(st.lists(st.sampled_from(VOCAB), min_size=8, max_size=120))
def test_identical_texts_give_one(a):
    text = " ".join(a)
    assert check(Text(text), Text(text)).reused_fraction == 1.0


@FAST
@given(words, other)
def test_unrelated_texts_give_zero(a, b):
    assert check(Text(" ".join(a)), Text(" ".join(b))).reused_fraction == 0.0


@FAST
@given(words, words, other, st.booleans())
def test_adding_unrelated_text_never_changes_the_share(a, b, extra, before):
    original, page = " ".join(a), " ".join(b)
    longer = (" ".join(extra) + "\n\n" + page) if before else (page + "\n\n" + " ".join(extra))
    assert check(Text(original), Text(longer)).reused_fraction == check(Text(original), Text(page)).reused_fraction


@FAST
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7))
def test_identical_texts_give_one_even_below_the_minimum_passage(a):
    text = " ".join(a)
    assert check(Text(text), Text(text)).reused_fraction == 1.0
