"""The page's own CSS: fast searches agree with slow, obviously-correct references."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reuse_guard.visible_css import (
    _HIDING_PROPERTIES,
    _hiding_declarations,
    _sheet_rules,
    _sheet_rules_walk,
    _style_hiding,
    hidden_rules,
)


def _hiding_declarations_reference(sheet: str) -> list[int]:
    """Positions of hiding declarations found on a lower-cased copy of the sheet (the former way)."""
    low = sheet.lower()
    if len(low) != len(sheet):
        from reuse_guard.visible_css import _HIDING_DECL

        return [m.start() for m in _HIDING_DECL.finditer(sheet)]
    out = []
    for m in re.finditer(r":\s*(?:none|hidden|collapse|rect|-\d{3})", low):
        at = m.start()
        while at and low[at - 1].isspace():
            at -= 1
        if low.endswith(_HIDING_PROPERTIES, 0, at):
            out.append(at - 1)
    return out


_css = st.lists(st.sampled_from([
    ".a", "#b", "p.c", "{", "}", ";", ",", " ", "\n", "display", "DISPLAY", "Display", ":", "none", "NONE", "None",
    "visibility", "hidden", "collapse", "collapſe", "overflow", "left", "top", "text-indent", "margin-left", "clip",
    "rect(0,0,0,0)", "-999px", "-9999px", "position:absolute", "width:0", "opacity:0", "!important", "@media x",
    "border", "float", "İ", "K", "/*", "*/", "x",
]), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_css)
def test_hiding_declarations_agree_with_the_lower_cased_search(sheet: str) -> None:
    assert _hiding_declarations(sheet) == _hiding_declarations_reference(sheet)


@settings(max_examples=500, deadline=None)
@given(_css)
def test_sheet_rules_by_brace_counts_agree_with_the_brace_walk_on_balanced_sheets(sheet: str) -> None:
    from reuse_guard.visible_css import _CSS_COMMENT

    body = _CSS_COMMENT.sub("", sheet)
    depth = 0
    for c in body:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return  # a stray brace: _sheet_rules walks such sheets itself
    if depth:
        return
    assert _sheet_rules.__wrapped__(sheet) == _sheet_rules_walk(body)


def test_unbalanced_sheets_are_walked_as_a_browser_would() -> None:
    # A stray "}" joins the next rule's selector, which no longer parses: that rule is dropped, not the sheet.
    assert hidden_rules("<style>}.a{display:none} .b{display:none</style>") == ({}, {})
    assert hidden_rules("<style>.a{display:none}} .b{visibility:hidden} .c{display:none}</style>") == (
        {"a": "display:none", "c": "display:none"}, {})


def test_important_and_letter_case_in_declarations() -> None:
    assert _style_hiding("DISPLAY: None !Important") == ("display:none", None, None)
    assert _style_hiding("display:block ! important") == (None, None, "block")
    assert _style_hiding("visibility: Collapse") == (None, "visibility:hidden", None)
    assert _style_hiding("display:none !important; display:block") == ("display:none", None, None)
    assert _style_hiding("display:none; display:block") == (None, None, "block")


def test_a_class_some_rule_displays_undoes_another_class_hiding() -> None:
    # Bootstrap's responsive utilities: "d-none d-md-block" is hidden on phones and shown from tablets up (red team:
    # an honest credit there failed as hidden); "d-none" alone stays hidden.
    from reuse_guard.load import Document
    from reuse_guard.page import read_page
    sheet = ("<style>.d-none{display:none!important}@media (min-width:768px){.d-md-block{display:block!important}}"
             "</style>")
    html = (f"<html><head>{sheet}</head><body><p>Source: <a class='d-none d-md-block' href='https://x.kz/a'>Herald</a>"
            " <a class='d-none' href='https://x.kz/b'>gone</a></p></body></html>")
    anchors = {a.href: a for a in read_page(Document("p.html", "html", html)).anchors}
    assert anchors["https://x.kz/a"].visible and not anchors["https://x.kz/b"].visible
    # Only a rule for some screen widths shows: print-only, or a rule for all screens (where the cascade decides,
    # which is not followed), proves nothing (adversarial review).
    other = ("<style>.d-none{display:none}.row{display:flex}@media print{.d-print-block{display:block}}</style>"
             "<p><a class='d-none row' href='https://x.kz/c'>c</a> <a class='d-none d-print-block' href='https://x.kz/d'>"
             "d</a></p>")
    anchors = {a.href: a for a in read_page(Document("p.html", "html", other)).anchors}
    assert not anchors["https://x.kz/c"].visible and not anchors["https://x.kz/d"].visible

