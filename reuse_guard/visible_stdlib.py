"""The standard-library driver of the visible-text walk, for pages libxml2 cannot nest deep enough.

libxml2 stops building the tree at depth 2048 and silently drops what lies below; the stdlib tokenizer has
no depth limit. A minimal tree builder on top of it closes what HTML closes implicitly (p, li, td, a...)
and feeds the same `Walker` as the lxml driver, so both give the same text for the same page (one
difference: content folded away behind hiding is not measured here, so it stays hidden).
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from .visible import VOID, Walker, WalkResult

__all__ = ["walk_stdlib"]

_P_CLOSERS = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt"
})
_SCOPE = frozenset({
    "html", "body", "table", "td", "th", "caption", "template", "object", "button", "marquee", "applet"
})
_IMPLIED = {"li": ({"li"}, {"ul", "ol"}), "dt": ({"dt", "dd"}, {"dl"}), "dd": ({"dt", "dd"}, {"dl"}),
            "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
            "td": ({"td", "th"}, {"tr", "table"}), "th": ({"td", "th"}, {"tr", "table"}),
            "option": ({"option"}, {"select", "datalist", "optgroup"}), "a": ({"a"}, set())}


class _Tokens(HTMLParser):
    """A minimal HTML tree builder over the stdlib tokenizer: implied end tags for p, li, td, a..., void
    elements, and end tags that close everything opened inside them."""

    def __init__(self, walker: Walker) -> None:
        super().__init__(convert_charrefs=True)
        self.w = walker
        self.open: list[str] = []
        self.count: Counter[str] = Counter()

    def _close_to(self, tag: str) -> None:
        while self.open:
            t = self.open.pop()
            self.count[t] -= 1
            self.w.end()
            if t == tag:
                return

    def _find(self, targets: set[str] | frozenset[str], stops: set[str] | frozenset[str]) -> str | None:
        for t in reversed(self.open[-64:]):
            if t in targets:
                return t
            if t in stops or t in _SCOPE:
                return None
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _P_CLOSERS and self.count["p"]:
            found = self._find({"p"}, set())
            if found:
                self._close_to(found)
        rule = _IMPLIED.get(tag)
        if rule and any(self.count[t] for t in rule[0]):
            found = self._find(rule[0], rule[1])
            if found:
                self._close_to(found)
        d: dict[str, str] = {}
        for k, v in attrs:
            d.setdefault(k, v or "")
        self.w.start(tag, d)
        if tag in VOID:
            self.w.end()
        else:
            self.open.append(tag)
            self.count[tag] += 1
            if tag == "textarea":
                self.set_cdata_mode(tag)  # its content is text up to </textarea>, as a browser reads it

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # HTML ignores "/>" on non-void elements

    def handle_endtag(self, tag: str) -> None:
        if self.count[tag]:
            self._close_to(tag)
        elif tag in ("br", "p"):  # browsers turn a stray </br> or </p> into an element
            self.w.start(tag, {})
            self.w.end()

    def handle_data(self, data: str) -> None:
        self.w.data(data)

    def handle_comment(self, data: str) -> None:
        self.w.comment(data)


def walk_stdlib(html: str, walker: Walker) -> WalkResult:
    """Feed `html` to `walker` through the standard library's tokenizer (any depth, pure Python)."""
    tokens = _Tokens(walker)
    tokens.feed(html)
    tokens.close()
    return walker.finish()
