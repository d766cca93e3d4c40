"""The visible-text walk's helpers: fast forms agree with their plain definitions."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reuse_guard.visible import _NEGATIVE, _POSITIVE, COLLAPSED_MIN_CHARS, COLLAPSED_MIN_PARAGRAPHS, _hints, collapsed

_names = st.lists(st.sampled_from(["nav", "NAV", "Menu", "article", "ARTICLE-body", "tag", "tags", "ad", "ads",
                                   "ſhare", "ſidebar", "Kookie", "\u212aookie", "İtem", "x", "-", "_", " ", "post",
                                   "story", "sub", "scri", "RSS", "rss2", "vote", "footer"]),
                  max_size=6).map("".join)


@settings(max_examples=500, deadline=None)
@given(_names)
def test_class_hints_agree_with_the_case_insensitive_patterns(names: str) -> None:
    _hints.cache_clear()
    assert _hints(names) == (bool(_NEGATIVE.search(names)), bool(_POSITIVE.search(names)))


def _collapsed_reference(node: Any) -> bool:
    """`collapsed` by its plain definition: every text node outside scripts, styles and templates."""
    texts = node.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
    if sum(len(t.strip()) for t in texts) < COLLAPSED_MIN_CHARS:
        return False
    return int(node.xpath("count(.//p|.//br|.//li)")) >= COLLAPSED_MIN_PARAGRAPHS


_LONG = "The harbour reopened after a year of dredging and the first barge tied up at noon. " * 2
_piece = st.sampled_from([f"<p>{_LONG}</p>", "<p>short</p>", "<br>", "<li>item</li>", f"<script>{_LONG}</script>",
                          f"<style>{_LONG}</style>", f"<template><p>{_LONG}</p></template>", f"<div>{_LONG}</div>",
                          f"<template><div><p>{_LONG}</p></div></template>", "<span>  </span>", _LONG])


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=6), st.sampled_from(["div", "template", "script", "noscript"]))
def test_collapsed_agrees_with_its_plain_definition(pieces: list[str], outer: str) -> None:
    root = etree.fromstring(f"<html><body><{outer}><div>{''.join(pieces)}</div></{outer}></body></html>",
                            etree.HTMLParser())
    for node in root.iter(etree.Element):
        assert collapsed(node) == _collapsed_reference(node)
