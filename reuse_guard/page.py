"""The republished side: the text a reader sees anywhere on the page, and every hyperlink with its context.

Scripts, styles, `<template>`, comments and hidden elements contribute no text; anchors inside hidden
elements are still recorded (with `visible=False` and why) so the report can say a link was hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from .load import Document

__all__ = ["Anchor", "Page", "TextURL", "read_page"]


@dataclass(frozen=True)
class Anchor:
    """One `<a href>` of the republished page.

    `url` is `href` resolved against `<base>` and the page URL. `start`/`end` locate the anchor text in
    `Page.text` (both -1 for an anchor that is not visible). `paragraph` is the 1-based index of the
    paragraph of `Page.paragraphs` holding it, `in_body` whether it lies in the page's main article region.
    """

    href: str
    url: str
    text: str
    rel: tuple[str, ...] = ()
    visible: bool = True
    hidden_by: str | None = None
    in_body: bool = False
    paragraph: int | None = None
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class TextURL:
    """A URL written as plain text (not a hyperlink) in the page's visible text."""

    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Page:
    """The republished page as a reader sees it: visible text, anchors, plain-text URLs, page-level signals."""

    text: str
    anchors: tuple[Anchor, ...] = ()
    text_urls: tuple[TextURL, ...] = ()
    url: str | None = None
    canonical: str | None = None
    og_url: str | None = None
    noindex: bool = False
    paragraphs: tuple[tuple[int, int], ...] = ()
    body: tuple[int, int] | None = None


_URL = re.compile(r"\bhttps?://[^\s<>\"'«»]+", re.I)


def read_page(doc: Document, url: str | None = None) -> Page:
    """Read the visible text and links of `doc`; a text document is its own visible text."""
    page_url = url or doc.url
    if doc.kind == "text":
        urls = tuple(TextURL(m.group(), m.start(), m.end()) for m in _URL.finditer(doc.content))
        return Page(doc.content, text_urls=urls, url=page_url)
    tree = lxml.html.document_fromstring(doc.content)
    for bad in tree.xpath("//script|//style|//template|//noscript"):
        bad.drop_tree()
    text = tree.text_content()
    anchors = tuple(
        Anchor(a.get("href", ""), a.get("href", ""), a.text_content(), tuple((a.get("rel") or "").split()))
        for a in tree.iter("a")
        if a.get("href")
    )
    return Page(text, anchors=anchors, url=page_url)
