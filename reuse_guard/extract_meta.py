"""What a page says about itself in its metadata: its own URLs, its headline, and a JSON-LD article body.

Self-URLs come from `<link rel=canonical>`, `og:url`, `<link rel=amphtml>`, `<link rel=shortlink>`, mobile
`<link rel=alternate media=...>`, an alternate edition in the page's language in another script
(`hreflang=kk-Latn` on a page in `kk`; not a translation), `twitter:url` and JSON-LD `url` /
`mainEntityOfPage`; relative ones are resolved against `<base href>` and the page URL. The JSON-LD
`articleBody`, when a page publishes one, is the publisher's own statement of the article text and serves to
confirm which DOM blocks are the article.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from .extract_dom import Element

__all__ = ["PageMeta", "read_meta"]

_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:/»·]+\s+")
_PAGE_TYPES = re.compile(r"^(?:WebPage|ItemPage)$")
_MOBILE_MEDIA = re.compile(r"handheld|max-width|only\s+screen", re.I)


@dataclass(frozen=True)
class PageMeta:
    """The page's self-declared URL (canonical, else og:url), every alias, headline hints (most trusted
    first: JSON-LD headline, og:title, the longest part of <title>), and the JSON-LD article body."""

    url: str | None
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    article_body: str
    declared: tuple[str, ...] = ()  # the titles the page declares as such (JSON-LD headline, og:/twitter:title)
    lang: str = ""  # <html lang>
    descriptions: tuple[str, ...] = ()  # the page's summaries of itself: meta, og:, twitter: and JSON-LD description
    editions: tuple[tuple[str, str], ...] = ()  # (hreflang, URL) of its editions in other languages: translations
    next_page: str | None = None  # the page's <link rel="next">: the article goes on there


def _attr(el: Element, name: str) -> str:
    return (el.get(name) or "").strip()


def _json_nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in `value` (`@graph` and nested lists included), to a sane depth."""
    if depth > 12:
        return
    if isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in value:
                yield from _json_nodes(value[key], depth + 1)
    elif isinstance(value, list):
        for item in value[:200]:
            yield from _json_nodes(item, depth + 1)


def _json_ld(root: Element) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for script in root.iter("script"):
        kind = script.get("type")
        if not kind or "ld+json" not in kind.lower() or not script.text:
            continue
        raw = script.text.strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        nodes.extend(_json_nodes(data))
    return nodes


def _is_a(node: dict[str, Any], kinds_pattern: re.Pattern[str]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and kinds_pattern.search(k) for k in kinds)


def _ld_urls(node: dict[str, Any]) -> list[str]:
    urls: list[str] = []
    for key in ("url", "mainEntityOfPage", "@id"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and (key != "@id" or "#" not in value):
            urls.append(value)
    return urls


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "data:")):
        return None
    if href.startswith("//") and not base:
        href = "https:" + href  # protocol-relative, with no page URL to take the scheme from: the web's default
    try:
        resolved = urljoin(base, href) if base else href
        parts = urlsplit(resolved)
    except ValueError:
        return None
    return resolved if parts.scheme in ("http", "https") and parts.netloc else None


def _is_home(url: str) -> bool:
    """A site's front page: a misconfigured og:url or canonical that names the site, not the article.

    Counting it as the article's own URL would make a link to the homepage qualify as a link to the article.
    """
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _same_language(hreflang: str, lang: str) -> bool:
    """Whether an alternate edition in `hreflang` is the page's own language in another script (kk-Latn for a
    page in kk): the same text. An edition in another language is a translation; a region alone (ru for a page
    whose template says ru-RU whatever its language) says nothing."""
    theirs = hreflang.strip().lower().replace("_", "-").split("-")
    mine = lang.strip().lower().replace("_", "-").split("-")
    script = len(theirs) > 1 and len(theirs[1]) == 4 and theirs[1].isalpha()
    return script and theirs[0] == mine[0] and theirs != mine


def _deep(href: str) -> bool:
    """Whether `href` names a page below a section (two path segments, or a query), not an edition's home
    page (`/latn/`)."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return bool(parts.query) or sum(1 for seg in parts.path.split("/") if seg) >= 2


def read_meta(root: Element, page_url: str | None) -> PageMeta:
    """Read self-URLs, headline hints and the JSON-LD article body from the parsed page `root`."""
    canonical: list[str] = []
    og: list[str] = []
    others: list[str] = []
    titles: list[str] = []  # og:title and twitter:title, in page order
    descriptions: list[str] = []
    editions: list[tuple[str, str]] = []
    next_page: str | None = None
    page_title = ""
    ld_titles: list[str] = []
    base = page_url
    lang = root.get("lang") or ""
    for el in root.iter("base", "link", "meta", "title"):
        tag = el.tag
        if tag == "base" and _attr(el, "href"):
            base = urljoin(page_url, _attr(el, "href")) if page_url else _attr(el, "href")
        elif tag == "link":
            rel = _attr(el, "rel").lower().split()
            href = _attr(el, "href")
            if "canonical" in rel:
                canonical.append(href)
            elif "next" in rel and href:
                next_page = next_page or href
            elif "amphtml" in rel or "shortlink" in rel or ("alternate" in rel and (
                    _MOBILE_MEDIA.search(_attr(el, "media")) or (
                        _same_language(_attr(el, "hreflang"), lang) and _deep(_attr(el, "href"))))):
                others.append(href)
            elif "alternate" in rel and _attr(el, "hreflang") and _attr(el, "hreflang").lower() != "x-default":
                editions.append((_attr(el, "hreflang"), href))
        elif tag == "meta":
            key = (_attr(el, "property") or _attr(el, "name")).lower()
            if key == "og:url":
                og.append(_attr(el, "content"))
            elif key == "twitter:url":
                others.append(_attr(el, "content"))
            elif key in ("og:title", "twitter:title"):
                titles.append(_attr(el, "content"))
            elif key in ("description", "og:description", "twitter:description"):
                descriptions.append(_attr(el, "content"))
        elif tag == "title" and el.text:
            page_title = page_title or el.text.strip()
    body = ""
    for node in _json_ld(root):
        if _is_a(node, _PAGE_TYPES):
            others.extend(_ld_urls(node))  # the WebPage node describing this very page
            continue
        if not _is_a(node, _ARTICLE_TYPES):
            continue
        others.extend(_ld_urls(node))
        headline = node.get("headline") or node.get("name")
        if isinstance(headline, str):
            ld_titles.append(headline.strip())
        summary = node.get("description")
        if isinstance(summary, str):
            descriptions.append(summary.strip())
        text = node.get("articleBody")
        if isinstance(text, str) and len(text) > len(body):
            body = text
    if "<" in body and ">" in body:
        try:
            body = lxml.html.fromstring(f"<div>{body}</div>").text_content()
        except (lxml.etree.ParserError, ValueError):
            body = ""
    body = html.unescape(body)
    absolute = [_absolute(h, base) for h in canonical + og]
    # Without a page URL, a relative canonical can still resolve against an absolute og:url.
    anchor = base or next((u for u in absolute if u), None)
    aliases: list[str] = []
    for href in canonical + og + others:
        url = _absolute(href, anchor)
        if url and url not in aliases and not _is_home(url):
            aliases.append(url)
    own = next((u for u in (_absolute(h, anchor) for h in canonical + og) if u and not _is_home(u)), None)
    # Most trusted first; a <title> also in its parts ("Headline | Site | keywords").
    longest = max((p.strip() for p in _TITLE_SEPARATORS.split(page_title)), key=len, default="")
    ordered = [*ld_titles, *titles, longest if len(longest) >= 15 else "", page_title]
    unique = tuple(dict.fromkeys(t for t in ordered if t))
    translations = tuple((hreflang, url) for hreflang, url in ((h, _absolute(e, anchor)) for h, e in editions)
                         if url and url not in aliases and not _is_home(url))
    return PageMeta(own, tuple(aliases), unique, body, tuple(t for t in [*ld_titles, *titles] if t), lang,
                    tuple(dict.fromkeys(html.unescape(d) for d in descriptions if d)), translations,
                    _continuation(_absolute(next_page, anchor) if next_page else None, own or anchor))


_PAGE_PARAM = re.compile(r"(?:^|&)(?:page|p|pg|part|start|pagen_\d+|str|bet)=\d+", re.I)
_PAGE_PATH = re.compile(r"(?:/page/?|/)\d{1,3}/?$", re.I)  # (not "-2": WordPress's slug for a second same-titled post)


def _continuation(next_url: str | None, own: str | None) -> str | None:
    """`next_url` when it continues the article at `own` (its second page: `?page=2`, `/2/` on the same path), not
    the next article a theme links as rel=next."""
    if not next_url:
        return None
    try:
        nxt = urlsplit(next_url)
        mine = urlsplit(own) if own else None
    except ValueError:
        return None
    path = re.sub(r"\.[a-z0-9]{2,5}$", "", nxt.path, flags=re.I)
    if mine is not None:
        base = re.sub(r"\.[a-z0-9]{2,5}$", "", mine.path, flags=re.I).rstrip("/")
        if nxt.netloc.lower() != mine.netloc.lower() or not base or not path.startswith(base):
            return None
        return next_url if _PAGE_PARAM.search(nxt.query) or _PAGE_PATH.search(path[len(base):] or "/") else None
    return next_url if _PAGE_PARAM.search(nxt.query) or _PAGE_PATH.search(path) else None
