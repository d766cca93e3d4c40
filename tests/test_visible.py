"""The visible-text walk's helpers: fast forms agree with their plain definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reuse_guard.visible import _NEGATIVE, _POSITIVE, _hints

_names = st.lists(st.sampled_from(["nav", "NAV", "Menu", "article", "ARTICLE-body", "tag", "tags", "ad", "ads",
                                   "ſhare", "ſidebar", "Kookie", "\u212aookie", "İtem", "x", "-", "_", " ", "post",
                                   "story", "sub", "scri", "RSS", "rss2", "vote", "footer"]),
                  max_size=6).map("".join)


@settings(max_examples=500, deadline=None)
@given(_names)
def test_class_hints_agree_with_the_case_insensitive_patterns(names: str) -> None:
    _hints.cache_clear()
    assert _hints(names) == (bool(_NEGATIVE.search(names)), bool(_POSITIVE.search(names)))
