"""The fast lxml driver gives exactly what the event walk gives, on hand-written edge cases and generated pages."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reuse_guard.page import _END_OF_PAGE, _STYLE_TAG, _parse
from reuse_guard.visible import Walker, hidden_rules, walk_lxml
from reuse_guard.visible_lxml import NeedsWalker, _holds_sentinels, read_tree, space_placed

SHEET = "<style>.gone{display:none} #away{visibility:hidden} .mob{display:none} @media (x){.wide{display:none}}</style>"


def both(html: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(the event walk's result, the fast driver's result or None when it hands the page to the walk)."""
    rules = hidden_rules(html) if _STYLE_TAG.search(html) else ({}, {})
    html = _END_OF_PAGE.sub("", html)
    root = _parse(html)[0]
    space_placed(root.iterfind(".//*[@style]"))  # as `page._walk` does before the event walk
    reference = dataclasses.asdict(walk_lxml(root, Walker(rules)))
    try:
        fast = dataclasses.asdict(read_tree(_parse(html)[0], rules, html))
    except NeedsWalker:
        return reference, None
    # The fast driver notes images only for anchors without text, the only ones whose text they give; it alone
    # keeps the anchors' elements (asked whether one stands in a comment thread).
    assert len(fast.pop("anchor_elements")) == len(fast["anchors"])
    reference.pop("anchor_elements")
    for walked in (reference, fast):
        for a in walked["anchors"]:
            if a["hidden_by"] is None and a["end"] > a["start"]:
                a["alt"], a["has_image"] = "", False
    return reference, fast


def same(html: str) -> None:
    reference, fast = both(html)
    assert fast is not None, "the fast driver gave the page to the walk"
    assert fast == reference


def wrap(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head><title>T</title>{SHEET}{head}</head><body>{body}</body></html>"


LONG = " ".join(["The harbour reopened after a year of dredging and the first barge tied up at noon."] * 5)


@pytest.mark.parametrize("body", [
    "<p>Read <a href='/a'>the st<b>ory</b></a> now.</p><div>Second<br>line<br><br>third</div>",
    "<p><a href='/a'>big <b>news</b> <!-- c --> today</a> and <a href='/b'> spaced </a>.</p>",
    "<p>See <a href='/x'><span style='display:none'>secret words</span></a> and "
    "<a href='/y'><script>var s = 'not text';</script></a>.</p>",
    "<p>Logo <a href='/home'><img src='l.png' alt=' The   Harbour '></a> <a href='/i'><img src='x.png'></a></p>",
    "<div class='gone'><a href='/g'>gone</a></div><p id='away'><a href='/w'>away <b>far</b></a></p>"
    "<div class='wide'><a href='/m'>media rule keeps it</a></div>",
    "<p>Inline <span style='display:block'>block span</span> and <div style='display:inline'>inline div</div>.</p>",
    "<p>A <a href='/blk' style='display:block'>block link</a> and <br style='display:inline'>no break.</p>",
    "<p>Word<o:p></o:p> and <o:p>office para</o:p> end.</p>",
    f"<div style='display:none'><p>{LONG}</p><p>{LONG}</p><a href='/r'>revealed</a></div>",
    f"<noscript><p>{LONG}</p><p>{LONG}</p></noscript><noscript><img src='pixel'></noscript>",
    "<p hidden>attr</p><p hidden='until-found'>found</p><input type='hidden'><template><a href='/t'>t</a></template>",
    "<table><tr><td>cell <a href='/c'>one</a></td><td>two</td></tr></table><ul><li>a</li><li>b</li></ul>",
    "<p>trail <a href='/t'>x</a></p>\n  \n<p>  lead</p>",
    "<p><a href='/e'></a><a href='/f'> </a><a href='/h' style='visibility:hidden'>vh</a></p>",
    "<a href='/o'>outer <a href='/n'>nested</a> tail</a>",
    "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字</ruby> and <ruby>word<rt><a href='/r'>guide</a></rt></ruby></p>",
    "<div><template shadowrootmode='open'><p>shadow <a href='/sh'>link</a></p></template></div><template><a href='/t'>"
    "t</a></template>",
    "<p>Lead<span style='margin-left:.3em'>one</span><span style='padding-right:2px'>two</span>three"
    "<b style='margin:0 1px'>four</b>five</p>",
    "<dialog><a href='/d'>closed</a></dialog><dialog open><a href='/o'>open</a></dialog><div popover><a href='/p'>p</a>"
    "</div><p hidden='until-found'><a href='/u'>u</a></p><svg width='0'><a href='/s'><text>s</text></a></svg>",
    "<p><a href='/t' style='transform:scale(0)'>t</a> <a href='/f' style='font:0/0 a'>f</a> <span style='font:0/0 a'>"
    "<a href='/g' style='font-size:14px'>g</a></span> <a href='/c' style='clip-path:inset(100%)'>c</a></p>",
    "<div><p>x &#xA0; y</p><p>tab\tand\x0bvertical</p></div>",
    "<p><a href='/s'><span style='display:none'>gone <script>var x = 1;</script></span></a> <a href='/t'>"
    "<script>x()</script><style>p{}</style></a> after<script>y()</script> tail</p>",
])
def test_edge_cases_read_the_same(body: str) -> None:
    same(wrap(body))


@pytest.mark.parametrize("body", [
    "<p><a href='/a'><span style='font-size:0'>unseen</span></a> <a href='/b' style='font-size:0'>"
    "<b style='font-size:14px'>seen</b></a> <a href='/c' style='font-size:0'><i style='font-size:2em'>no</i></a></p>",
    "<p><a href='/d' style='color:transparent'>half <b style='color:#000'>seen</b></a> <a href='/e'>"
    "<span style='-webkit-text-fill-color:transparent;color:red'>fill</span><!-- c --> </a></p>",
    "<p><a href='/o' style='font-size:0'>outer <a href='/n' style='font-size:12px'>nested</a> tail</a></p>",
    "<p><a href='/h'><span style='font-size:0'>x</span><span style='display:none'>gone</span></a> <span "
    "style='font-size:0'><a href='/l'>a box's zero size</a></span></p>",
    "<p><a href='/s'><b style='font-size:0'>port</b><script>shown()</script></a></p>",  # a script's text is not
])
def test_invisible_ink_reads_the_same(body: str) -> None:
    reference, fast = both(wrap(body))
    assert fast == reference
    expected = {"/a": "font-size:0", "/b": None, "/c": "font-size:0", "/d": None, "/e": "color:transparent",
                "/o": "font-size:0", "/n": None, "/h": "font-size:0", "/l": None, "/s": "font-size:0"}
    assert {a["href"]: a["ink"] for a in reference["anchors"]} == {h: expected[h] for h in expected if f"'{h}'" in body}


@pytest.mark.parametrize("body", [
    "<p>Source: <noindex><a href='/q'>quiet</a></noindex> and <a href='/l'>loud</a>.</p>",
    "<p><!--noindex--><a href='/q'>quiet</a> <b><a href='/r'>also</a></b><!--/noindex--> <a href='/l'>loud</a></p>",
    "<NOINDEX><div class='gone'><a href='/h'>hidden and quiet</a></div></NOINDEX><p><a href='/l'>loud</a></p>",
    "<p><!-- NoIndex --><a href='/q'>quiet</a><!-- unrelated --><a href='/q2'>still</a><!--/noindex--></p>",
])
def test_noindex_marks_read_the_same(body: str) -> None:
    reference, fast = both(wrap(body))
    assert fast == reference
    quiet = [a["href"] for a in reference["anchors"] if a["noindex"]]
    loud = [a["href"] for a in reference["anchors"] if not a["noindex"]]
    assert quiet and all(h.startswith(("/q", "/r", "/h")) for h in quiet)
    assert all(h.startswith("/l") for h in loud)


def test_head_links_and_meta_read_the_same() -> None:
    same(wrap("<p>x</p>", head="<base href='/b/'><link rel='canonical' href='/c'><meta property='og:url' "
                              "content='/o'><meta name='robots' content='noindex, nofollow'>"))


@pytest.mark.parametrize("body", [
    "<p>a \ufdd1 sentinel in the text</p>",
    "<p>a reference &#xFDD3; to one</p>",
    "<div style='visibility:hidden'>gone <span style='visibility:visible'>back</span></div>",
    "<p>a <x:a href='/n'>namespaced link</x:a></p>",
    "<p>our own <rg--block>tag</rg--block></p>",
])
def test_pages_it_cannot_read_exactly_go_to_the_walk(body: str) -> None:
    _, fast = both(wrap(body))
    assert fast is None


def test_deep_nesting_within_libxml2_limits() -> None:
    html = wrap("<div>" * 1500 + "<p>deep <a href='/d'>link</a></p>" + "</div>" * 1500)
    same(html)


_words = st.sampled_from(["port", "barge", "quay", "порт", "жаңа", "a", "&amp;", "x1", " ", "\n", ""])
_inline = st.sampled_from(["b", "i", "span", "em"])
_block = st.sampled_from(["p", "div", "li", "h2", "td", "section"])
_style = st.sampled_from(["", " style='display:none'", " style='display:block'", " style='display:inline'",
                          " class='gone'", " id='away'", " hidden", " style='visibility:hidden'",
                          " style='font-size:0'", " style='font-size:12px'", " style='font-size:1.5em'",
                          " style='color:transparent'", " style='color:#222'", " style='pointer-events:none'",
                          " style='pointer-events:auto'"])


@st.composite
def _tree(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 7 if depth < 4 else 3))
        if kind == 0:
            parts.append(draw(_words))
        elif kind == 1:
            parts.append("<br>")
        elif kind == 2:
            parts.append(f"<img src='i' alt='{draw(_words)}'>")
        elif kind == 3:
            parts.append(f"<!--{draw(_words)}-->")
        elif kind in (4, 5):
            tag = draw(_inline if kind == 4 else _block)
            parts.append(f"<{tag}{draw(_style)}>{draw(_tree(depth + 1))}</{tag}>")
        elif kind == 6:
            parts.append(f"<a href='/p/{draw(st.integers(0, 9))}'{draw(_style)}>{draw(_tree(depth + 1))}</a>")
        else:
            parts.append(f"<script>{draw(_words)}</script>")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(_tree())
def test_generated_pages_read_the_same(body: str) -> None:
    same(wrap(body))


_source = st.lists(st.sampled_from(["a", "&#", "x", "X", "0", "fdd", "FdD", "3", "b", "c", ";", "6497", "6498", "6",
                                    "9", "\ufdd0", "\ufddb", "\ufddc", "\ufdcf", "\uff0c", "\ufdd5", "é", "порт"]),
                   max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_source)
def test_sentinel_check_on_bytes_agrees_with_the_check_on_text(html: str) -> None:
    assert _holds_sentinels(html.encode("utf-8")) == _holds_sentinels(html)


@pytest.mark.parametrize("style", ["position:absolute;left:-9999px", "height:0;overflow:hidden",
                                   "position:absolute;clip:rect(0 0 0 0)"])
def test_links_in_a_long_placed_box_are_hidden_alike(style: str) -> None:
    box = "".join(f"<p>{LONG} <a href='https://x.kz/{k}'>link {k}</a></p>" for k in range(2))
    html = wrap(f"<p>Before.</p><div style='{style}'><div>{box}<span style='display:none'><a href='/h'>h</a></span>"
                f"</div></div><p>After <a href='/a'>a</a>.</p>")
    same(html)
    reference, _ = both(html)
    reason = "off-screen" if "left" in style else "zero-size"
    assert [a["placed"] for a in reference["anchors"]] == [reason] * 3 + [None]



def _lay_out_of(monkeypatch: pytest.MonkeyPatch, marked: str, anchors: int, blocks: int) -> Any:
    """`_lay_out` of a tree of `anchors` links and `blocks` divs, the stylesheet's output replaced by `marked`."""
    from lxml import etree

    from reuse_guard import visible_lxml
    root = etree.Element("span")
    links = [etree.SubElement(root, "a", href=f"/{i}") for i in range(anchors)]
    for _ in range(blocks):
        etree.SubElement(root, "div")
    monkeypatch.setattr(visible_lxml, "_MARKUP", lambda _root: marked)
    raws: list[Any] = [None] * anchors
    return visible_lxml._lay_out(root, {}, links, raws, [["href"]] * anchors), raws


@pytest.mark.parametrize(("marked", "anchors", "blocks"), [
    ("\ufdd2a\ufdd3 \ufdd2b\ufdd3", 1, 0),  # an anchor more than the tree shows
    ("\ufdd2a\ufdd3", 2, 0),  # one fewer
    ("x\ufdd3", 0, 0),  # an anchor's end with none open
    ("\ufdd2a", 1, 0),  # an anchor left open
    ("\ufdd6p\ufdd0\ufdd0", 0, 1),  # a block end more
    ("\ufdd6p", 0, 1),  # a block left open
    ("\ufdd5p\ufdd0", 0, 0),  # a block by style the tree does not have
])
def test_stylesheet_output_that_does_not_fit_the_tree_goes_to_the_walk(monkeypatch: pytest.MonkeyPatch, marked: str,
                                                                      anchors: int, blocks: int) -> None:
    with pytest.raises(NeedsWalker):
        _lay_out_of(monkeypatch, marked, anchors, blocks)


def test_stylesheet_output_that_fits_is_laid_out(monkeypatch: pytest.MonkeyPatch) -> None:
    (text, paragraphs, *_), raws = _lay_out_of(monkeypatch, "\ufdd6Read \ufdd2the story\ufdd3 now\ufdd0", 1, 1)
    assert (text, paragraphs) == ("Read the story now", [(0, 18)])
    assert (raws[0].start, raws[0].end) == (5, 14)
