"""The republished side: the text a reader sees anywhere on the page, and every hyperlink with its context.

Scripts, styles, `<template>`, comments and hidden elements contribute no text; anchors inside hidden
elements (and inside HTML comments) are still recorded, with `visible=False` and the rule that hid them,
so the report can say a link was hidden. The walk itself lives in `visible` and its drivers (`visible_lxml`,
the fast path; `visible_stdlib`, for pages nested deeper than libxml2 goes).

    >>> from reuse_guard.load import Document
    >>> page = read_page(Document("p", "html", '<p>Read <a href="/a/1">the st<b>ory</b></a>.</p>'), "https://x.kz/")
    >>> page.text, page.anchors[0].url, page.anchors[0].text
    ('Read the story.', 'https://x.kz/a/1', 'the story')
"""

from __future__ import annotations

import base64
import bisect
import contextlib
import html as htmlmod
import operator
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes, urljoin, urlsplit

from lxml import etree

from .load import Document
from .normalize import _FORMAT, has_unspaced
from .visible import CLOSED_DETAILS, RawAnchor, Walker, WalkResult, hidden_rules, release_voids, walk_lxml
from .visible_css import ClassRules, settable
from .visible_lxml import GLUED_MIN, NeedsWalker, rarely_spaced, read_tree, space_classed, space_placed
from .visible_stdlib import walk_stdlib

__all__ = ["Anchor", "Page", "TextURL", "read_page"]


@dataclass(frozen=True)
class Anchor:
    """One `<a href>` of the republished page.

    `url` is `href` resolved against `<base>` and the page URL. `text` is the anchor's visible text (for a
    hidden anchor, the text it would show; for an image link, the image's alt text). `start`/`end` locate
    the text in `Page.text` (both -1 for an anchor that is not visible; equal for an image link). `rel`
    holds the lower-cased rel tokens; `hidden_by` names the rule that hides the anchor ("display:none",
    "visibility:hidden", "hidden attribute", "off-screen", "zero-size", "opacity:0", "noscript",
    "template", "comment", "empty" for a link with no text or image...). `in_body` says whether it lies
    in the page's main article region; `paragraph` is the 1-based index of its paragraph, counted within
    the body for an anchor in the body and within the whole page otherwise (None when not visible).
    `onclick` keeps the script (onclick, data-href) of links that navigate by JavaScript. `noindex` says
    that the anchor stands inside Yandex's `<noindex>` element or between `<!--noindex-->` and
    `<!--/noindex-->`: search engines that honour it (Yandex) do not index the link.
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
    onclick: str = ""
    noindex: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        d = asdict(self)
        d["rel"] = list(self.rel)
        return d


@dataclass(frozen=True)
class TextURL:
    """A URL written as plain text (not a hyperlink) in the page's visible text, at `start:end`."""

    url: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return asdict(self)


@dataclass(frozen=True)
class Page:
    """The republished page as a reader sees it: visible text, anchors, plain-text URLs, page-level signals.

    `paragraphs` are (start, end) spans of `text`, one per block of text; `body` is the span of the main
    article region (None when the page has no run of paragraph text). `noindex`/`nofollow` come from the
    robots meta tags (`robots`, `googlebot`, `yandex`).
    """

    text: str
    anchors: tuple[Anchor, ...] = ()
    text_urls: tuple[TextURL, ...] = ()
    url: str | None = None
    canonical: str | None = None
    og_url: str | None = None
    noindex: bool = False
    paragraphs: tuple[tuple[int, int], ...] = ()
    body: tuple[int, int] | None = None
    nofollow: bool = False
    # Whether the i-th anchor stands in a readers' comment thread, asked only of the few anchors to the original
    # (the page's tree is kept for it while the Page lives); None when the page was read without a tree.
    in_thread: Callable[[int], bool] | None = field(default=None, compare=False, repr=False)


# A Markdown inline link, [label](URL "title"), with a web URL: a draft written for a Markdown CMS links there. The
# label may run over lines, not over a blank one.
_MARKDOWN_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\n]|\n(?![ \t]*\r?\n)){1,500})\]\(\s*<?((?:https?://|www\.)[^\s()<>]+"
                            r"(?:\([^\s()<>]*\)[^\s()<>]*)*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)", re.I)
_AUTOLINK = re.compile(r"<((?:https?://)[^\s<>]+)>", re.I)  # CommonMark's <https://...>
# A reference definition, on a line of its own ([label]: URL "title"), and a reference to one: [text][label],
# [label][] or [label] alone (CommonMark matches labels case-insensitively, spaces collapsed).
_DEFINITION = re.compile(r"^ {0,3}\[([^\[\]\n]{1,500})\]:[ \t]*(?:\r?\n[ \t]*)?<?((?:https?://|www\.)[^\s<>]+)>?"
                         r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\r?$", re.I | re.M)
_REFERENCE = re.compile(r"(?<![!\]\\])\[((?:[^\[\]\n]|\n(?![ \t]*\r?\n)){1,500})\]"
                        r"(?:\[([^\[\]\n]{0,500})\])?(?![(:\[])")
# Code, where brackets are not links: a fenced block (``` or ~~~) or an inline code span.
# (A span stops at a blank line: a backtick typed as an apostrophe, "O`zbekiston", opens none across paragraphs.)
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)"
                   r"|(`+)(?!`)(?:(?!\n[ \t]*\r?\n).)+?(?<!`)\2(?!`)", re.M | re.S)
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _markdown_links(text: str, page_url: str | None) -> tuple[Anchor, ...]:
    """The Markdown links of a text draft ([label](URL), [text][ref] with its [ref]: URL line, and <URL>), as the
    anchors they become once published: visible, in the body (a draft is all article), in their paragraph
    (blank-line separated, from 1). Brackets in code (a span in backticks, a fenced block) are no link."""
    if "](" not in text and "<http" not in text.lower() and "]:" not in text:
        return ()
    code = [m.span() for m in _CODE.finditer(text)] if "`" in text or "~~~" in text else []
    found = [(m.start(), m.group(2), m.start(1), m.end(1)) for m in _MARKDOWN_LINK.finditer(text)] \
        if "](" in text else []
    if "<http" in text.lower():
        found += [(m.start(), m.group(1), m.start(1), m.end(1)) for m in _AUTOLINK.finditer(text)]
    lines: list[tuple[int, int]] = []  # the definitions' lines, which a published page does not show
    if "]:" in text:
        defined: dict[str, str] = {}
        for m in _DEFINITION.finditer(text):
            if not _in_code(m.start(), code):
                defined.setdefault(_label(m.group(1)), m.group(2))  # the first definition of a label wins
                lines.append(m.span())
        for m in _REFERENCE.finditer(text) if defined else ():
            href = defined.get(_label(m.group(2) or m.group(1)))
            if href is not None:
                found.append((m.start(), href, m.start(1), m.end(1)))
    breaks = [m.end() for m in _BLANK_LINE.finditer(text)] if found else []
    out = []
    for at, href, start, end in sorted(found):
        if _in_code(at, code) or _in_code(at, lines):
            continue
        resolved = href if "//" in href else "http://" + href
        paragraph = 1 + bisect.bisect_right(breaks, at)  # (blank lines before it)
        out.append(Anchor(href, urljoin(page_url or "", resolved), " ".join(text[start:end].split()), (), True, None,
                          in_body=True, paragraph=paragraph, start=start, end=end))
    return tuple(out)


def _in_code(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset `at` falls in one of `spans` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, at, key=_START) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _thread_of(elements: list[Any]) -> Callable[[int], bool]:
    threads: dict[Any, bool] = {}  # box -> whether it is a thread (a page may link the original a thousand times)

    def thread(box: Any) -> bool:
        got = threads.get(box)
        if got is None:
            got = threads[box] = _named_thread(box) and _holds_a_thread(box)
        return got

    def in_thread(i: int) -> bool:
        if not 0 <= i < len(elements):
            return False
        for up in elements[i].iterancestors():
            if up.tag == "body" or up.find(".//h1") is not None:  # the page, or a box holding the article's
                return False  # headline (a theme's "comments-wrapper" around it all), is no thread
            if thread(up):
                return True
        return False
    return in_thread


def _named_thread(el: Any) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    return (el.get("itemprop") or "").lower() == "comment" or any(map(_THREAD_CLASS.fullmatch, names))


def _holds_a_thread(box: Any) -> bool:
    """Whether a box named like a comment thread holds the marks of one: schema.org's Comment, an id naming the
    thread, another box so named inside it (a thread of comments), several posts, or a commenter's name, a date or
    a reply button. A partner's lone credit line in a box classed "comment" is none."""
    if (box.get("itemprop") or "").lower() == "comment":
        return True
    ident = (box.get("id") or "").lower().split()  # an id names the page's region (WordPress's #comments, Disqus's
    if any(map(_THREAD_CLASS.fullmatch, ident)):  # #disqus_thread): a thread, even of one bare post
        return True
    if sum(1 for el in box if isinstance(el.tag, str) and "".join(el.itertext()).strip()) >= 2:
        return True
    for el in box.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time" or _named_thread(el):
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
        if _COMMENT_MARK.search(names) is not None:
            return True
    return False


_COMMENT_MARK = re.compile(r"author|avatar|name|nick|reply|commenter|date|published|timestamp|vote|like")


# A box of readers' comments: one class or id naming it (WordPress `comments-area`, `commentlist`, `comment-body`;
# BEM `comments__list`; Disqus, Cackle, HyperComments; a Russian CMS's `kommentarii`), a few prefixes allowed
# ("post-comments", "wp-block-comments"); not a category, a tag, a state or a counter ("category-comment",
# "comments-open", "has-comments"), nor an expert's or editor's comment set in the article.
_THREAD_CLASS = re.compile(
    r"(?:(?:post|article|entry|story|page|wp-block|js|c|b|l|m)[_-])?"
    r"(?:comments?(?:(?:[_-]|__)(?:list|area|section|block|wrap|wrapper|container|thread|tree|box|items?|widget"
    r"|body|content|text|holder|inner|root))?"
    r"|commentlist|disqus(?:_thread)?|mc-comments|cackle\w*|hypercomments?|komm?entarii|kommentarii-\w+)(?:[_-]?\d+)?")


_TLD = r"(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59}|[а-яёәғқңөұүһі]{2,12})"
_COMMON_TLD = (r"(?:com|net|org|info|biz|news|media|ru|kz|ua|by|uz|kg|az|ge|am|tj|tm|md|uk|us|de|fr|it|es|pl"
               r"|cn|in|io|co|tv|me|eu|gov|edu|рф|қаз|бел|укр|срб)")
_PUNCT_TAIL = ".,;:!?)]}'\"»“”’…`*_~>"  # (and Markdown's emphasis and code marks around a URL)
# URL characters: anything but spaces, quotes, brackets of prose, and CJK text or full-width punctuation
# (which follow a URL without a space in Chinese and Japanese).
_URLCHARS = "[^\\s<>\"'«»“”\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
# Host-name letters: word characters except CJK ones, so a host written straight after Chinese text starts
# at the host.
_HOSTCHAR = "[^\\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_NOT_AFTER = f"(?<!{_HOSTCHAR})(?<![@./:-])"
_URL = re.compile(
    rf"(?:\bhttps?://|{_NOT_AFTER}www\.){_URLCHARS}+"
    rf"|{_NOT_AFTER}(?:(?:{_HOSTCHAR}|-)+\.)+{_TLD}(?::\d{{1,5}})?/{_URLCHARS}*"
    rf"|{_NOT_AFTER}(?:(?:{_HOSTCHAR}|-)+\.)+{_COMMON_TLD}(?![\w.-]*\w)(?!/)",
    re.I,
)
# Every URL lies within one run of non-space characters holding a "." or ":" followed by more of the run;
# the URL pattern is tried only on those runs (its look-behinds still see the text before a run).
_URL_HINT = re.compile(r"[.:](?=\S)")
_SPACE = re.compile(r"\s")
# What makes `urljoin` rewrite an href: parameters, IPv6 brackets, an empty query or fragment.
_HREF_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_UNSEEN_TEXT = re.compile(f"[\\s{_FORMAT}]*")
_UNSIMPLE_HREF = re.compile(r"[;\[\]]|\?#|[?#]$")
_STYLE_TAG = re.compile(r"<style\b", re.I)
_END_OF_PAGE = re.compile(r"</(?:body|html)\s*>", re.I)
_ONLY_END_TAGS = re.compile(r"(?:\s*</(?:body|html)\s*>)*\s*", re.I)
# The same two, over the page's UTF-8 bytes (faster than over text), with the white space of `\s` (what
# str.isspace() calls white space) spelled out in UTF-8.
_SPACE_UTF8 = (rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]"
               rb"|\xe2\x81\x9f|\xe3\x80\x80)")
_END_TAG_UTF8 = rb"</(?:body|html)" + _SPACE_UTF8 + rb"*>"
_END_OF_PAGE_UTF8 = re.compile(_END_TAG_UTF8, re.I)
_ONLY_END_TAGS_UTF8 = re.compile(rb"(?:" + _SPACE_UTF8 + rb"*" + _END_TAG_UTF8 + rb")*" + _SPACE_UTF8 + rb"*", re.I)
_ANCHOR_IN_COMMENT = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.I | re.S)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


def find_text_urls(text: str, skip: list[tuple[int, int]] | None = None) -> tuple[TextURL, ...]:
    """URLs written as plain text: `https://...`, `www....` and bare `host.tld/path` (or a bare common domain).

    Trailing punctuation is not part of a URL; spans overlapping `skip` (anchor text) are left out.
    """
    spans = sorted(span for span in skip or [] if span[1] > span[0])
    starts = [s for s, _ in spans]
    out = []
    run_end = -1
    for hit in _URL_HINT.finditer(text):
        at = hit.start()
        if at < run_end:
            continue  # in the run already searched
        # The run of non-space characters around the hit: every URL lies within one such run.
        run_start = at
        while run_start and not text[run_start - 1].isspace():
            run_start -= 1
        space = _SPACE.search(text, at)
        run_end = space.start() if space else len(text)
        for m in _URL.finditer(text, run_start, run_end):
            url, start = m.group(), m.start()
            while url and url[-1] in _PUNCT_TAIL:
                if url[-1] == ")" and url.count("(") >= url.count(")"):
                    break
                url = url[:-1]
            end = start + len(url)
            if not url or url.lower() in ("http://", "https://", "www."):
                continue
            i = bisect.bisect_left(starts, end) - 1
            if i >= 0 and spans[i][1] > start:
                continue
            out.append(TextURL(url, start, end))
    return tuple(out)


def read_page(doc: Document, url: str | None = None) -> Page:
    """Read the visible text and links of `doc` (at `url`, else `doc.url`); a text document is its own text.

    Never recurses on the tree: a page nested arbitrarily deep is read in full.
    """
    page_url = url or doc.url
    if doc.kind == "text":
        links = _markdown_links(doc.content, page_url)
        return Page(doc.content, anchors=links, url=page_url,
                    text_urls=find_text_urls(doc.content, [(a.start, a.end) for a in links]))
    walked = _walk(doc.content, doc.utf8)
    base = page_url or ""
    if walked.base:
        with contextlib.suppress(ValueError):  # a malformed <base href> is ignored, as browsers do
            base = urljoin(base, _clean_href(walked.base))
    resolve = _Resolver(base)

    body = walked.body
    paras = walked.paragraphs
    first_body = 0
    if body:
        first_body = bisect.bisect_left(paras, body[0], key=_START)
    anchors = _anchors(walked.anchors, resolve, walked.text, body, first_body)
    anchors += _comment_anchors(walked.comments, resolve)
    robots = set(walked.robots)
    visible_spans = [(a.start, a.end) for a in anchors if a.visible]
    return Page(
        text=walked.text,
        anchors=tuple(anchors),
        text_urls=find_text_urls(walked.text, visible_spans),
        url=page_url,
        canonical=resolve(walked.canonical) if walked.canonical else None,
        og_url=resolve(walked.og_url) if walked.og_url else None,
        noindex=bool(robots & {"noindex", "none"}),
        paragraphs=tuple(paras),
        body=body,
        nofollow=bool(robots & {"nofollow", "none"}),
        in_thread=_thread_of(walked.anchor_elements) if walked.anchor_elements else None,
    )


def _walk(content: str, data: bytes | None = None) -> WalkResult:
    """Read the page with lxml (the fast `read_tree`, else the event walk when the page needs it); fall back to
    the stdlib tokenizer when libxml2 hits its depth limit."""
    rules = hidden_rules(content) if _STYLE_TAG.search(content) else ({}, {})
    # Browsers put whatever follows </body> or </html> into the body; libxml2 drops it silently.
    if data is None:
        data = content.encode("utf-8", "replace")
    end = _END_OF_PAGE_UTF8.search(data)
    if end is not None and not _ONLY_END_TAGS_UTF8.fullmatch(data, end.start()):
        content = _END_OF_PAGE.sub("", content)
        data = content.encode("utf-8", "replace")
    root, parser = _parse_bytes(data)
    if root is None:  # nothing but whitespace
        return Walker(rules).finish()
    if any("depth" in e.message.lower() for e in parser.error_log):
        return walk_stdlib(content, Walker(rules))  # closed <details> read as open there
    closes = _DETAILS.search(data) is not None
    frames = _SRCDOC.search(data) is not None or _DATA_HTML_BYTES.search(data) is not None

    def prepare(root: Any) -> None:
        release_voids(root)
        if closes:
            _close_details(root)
        if frames:
            _open_srcdoc(root)

    def read(root: Any, spacing: dict[str, tuple[bool, bool]] | None = None) -> WalkResult:
        prepare(root)
        if spacing:
            space_classed(root, spacing)
        try:
            return read_tree(root, rules, data)  # (spaces placed elements among the styled ones it surveys)
        except NeedsWalker:
            root = _parse_bytes(data)[0]
            prepare(root)
            space_placed(root.iterfind(".//*[@style]"))
            if spacing:
                space_classed(root, spacing)
            return walk_lxml(root, Walker(rules))

    result = read(root)
    # Words a sheet's classes space (one span a word, no space between them) read as one long word: read again
    # with those gaps, only then (most pages' sheets space buttons and badges, and most pages' text is spaced).
    if isinstance(rules[0], ClassRules) and _glued(result.text, result.paragraphs):
        spacing = rules[0].spacing
        if spacing:
            result = read(_parse_bytes(data)[0], spacing)
    return result


def _glued(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether a paragraph of `text` reads as words run together: a long one with a space every 25 characters
    or fewer, in a script written with spaces (counted in C, paragraph by paragraph: other text on the page
    cannot hide a glued copy)."""
    count = text.count
    return any(end - start >= GLUED_MIN and rarely_spaced(count(" ", start, end) + count("\n", start, end), end - start)
               and _WORDY(text[start:end]) for start, end in paragraphs)


def _wordy(chunk: str) -> bool:
    """Whether `chunk` (without spaces) is letters in a script written with spaces, not a URL or a code."""
    return len(_NOT_WORDY.findall(chunk)) < 0.05 * len(chunk) and not has_unspaced(chunk)


_WORDY = _wordy
_NOT_WORDY = re.compile(r"[/:=&?_%<>\d@#\\|.·-]")




_DETAILS = re.compile(rb"<details", re.IGNORECASE)
_SRCDOC = re.compile(rb"<iframe[^>]*\ssrcdoc\s*=", re.IGNORECASE)
# A data: URL's media type, found from its colon (a search one regex with the one above, or opening with a
# letter under IGNORECASE, tried every position: 15 times slower); `_framed` reads the URL itself.
_DATA_HTML_BYTES = re.compile(rb":\s*text/html", re.IGNORECASE)


def _framed(frame: Any) -> str | None:
    """The HTML document a frame shows from the page itself: an iframe's `srcdoc`, or a `data:text/html` URL in
    an iframe's or embed's `src` or an object's `data` (base64 or percent-encoded); None for any other."""
    if frame.tag == "iframe":
        doc = frame.get("srcdoc")
        if doc and doc.strip():
            return str(doc)
    url = frame.get("data" if frame.tag == "object" else "src")
    m = _DATA_HTML.match(url) if url else None
    if m is None:
        return None
    params, payload = m.group(1).lower(), m.group(2)
    charset = next((p.split("=", 1)[1].strip() for p in params.split(";") if p.strip().startswith("charset=")),
                   "utf-8")
    try:
        raw = base64.b64decode("".join(payload.split()), validate=False) if ";base64" in params \
            else unquote_to_bytes(payload)
        return raw.decode(charset, "replace")
    except (ValueError, LookupError):  # bad base64, an unknown charset
        return None


_DATA_HTML = re.compile(r"\s*data:\s*text/html((?:\s*;[^,]*)?),(.*)\Z", re.I | re.S)


def _open_srcdoc(root: Any) -> None:
    """Put the document a frame shows from the page itself (`_framed`: `<iframe srcdoc="...">`, a
    `data:text/html` URL) in the page, in a box standing where the frame does (with its attributes, so a hidden
    frame stays hidden): a reader sees that text. Its links become plain text: a link inside the frame is the
    framed document's, not the page's own credit."""
    for frame in list(root.iter("iframe", "object", "embed")):
        doc = _framed(frame)
        if doc is None:
            continue
        try:
            inner = etree.fromstring(doc, etree.HTMLParser(encoding=None, collect_ids=False))
        except (etree.ParserError, ValueError):
            continue
        body = inner.find("body") if inner is not None else None
        if body is None:
            continue
        box = etree.Element("div")
        for name, value in frame.attrib.items():
            if name not in ("src", "srcdoc", "data", "type"):
                # libxml2's HTML parser keeps names lxml refuses to set ('data-x"', from stray quotes): a
                # browser ignores them too.
                with contextlib.suppress(ValueError):
                    box.set(name, value)
        box.text = settable(body.text)
        box.extend(list(body))
        for a in box.iter("a"):
            a.tag = "span"
            a.attrib.pop("href", None)
        box.tail = settable(frame.tail)
        frame.getparent().replace(frame, box)


def _close_details(root: Any) -> None:
    """Put what a closed `<details>` shows only when opened (all but its first `<summary>`: elements, text
    and comments) in one box hidden for the reason CLOSED_DETAILS: a credit link folded away there is not
    seen, while an article folded away is published (see `visible.collapsed`, which judges the box as a
    whole)."""
    for details in list(root.iter("details")):
        if details.get("open") is not None:
            continue
        summary = next((c for c in details if c.tag == "summary"), None)
        box = etree.Element("div", hidden=CLOSED_DETAILS)
        box.text = settable(details.text)
        details.text = None
        if summary is not None:
            box.text = settable((box.text or "") + (summary.tail or "")) or None
            summary.tail = None
        kids = [c for c in details if c is not summary]
        if not kids and not (box.text and box.text.strip()):
            continue
        details.insert(1 if summary is not None else 0, box)
        if summary is not None and details.index(summary) != 0:
            details.insert(0, summary)  # a browser shows the first summary first, wherever it stands
        box.extend(kids)


def _parse(content: str) -> tuple[Any, Any]:
    """(root element or None, the parser with its error log) of `content`."""
    return _parse_bytes(content.encode("utf-8", "replace"))


def _parse_bytes(data: bytes) -> tuple[Any, Any]:
    # No table of ids: nothing here looks elements up by id, and building it costs time and logs an error per
    # duplicate id (which the depth check below would read).
    parser = etree.HTMLParser(huge_tree=True, encoding="utf-8", remove_comments=False, collect_ids=False)
    return etree.fromstring(data, parser=parser), parser


def _clean_href(href: str) -> str:
    href = href.strip()
    if "\t" in href or "\n" in href or "\r" in href:
        href = re.sub(r"[\t\n\r]", "", href)
    if "\\" in href:  # a browser reads "https:\\host\\path" as "https://host/path" (not in another scheme's URL)
        scheme = _HREF_SCHEME.match(href)
        if scheme is None or scheme.group(1).lower() in ("http", "https"):
            href = href.replace("\\", "/")
    return href


class _Resolver:
    """`urljoin(base, href)` for the hrefs of one page, cached, with shortcuts for the common simple hrefs.

    An href with another scheme than the base's, or an absolute http(s) href, comes back as written, and a
    root-relative one ("/a/b") is appended to the base's scheme and host, whenever `urljoin` would give the
    same string: no parameters (";"), brackets, empty query or fragment, dot segments or doubled slashes,
    and an ASCII href.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.cache: dict[str, str] = {}
        self.scheme = self.root = ""
        try:
            parts = urlsplit(base)
        except ValueError:  # a malformed page URL resolves nothing: hrefs are kept as written
            self.base = base = ""
        if base:
            self.scheme = parts.scheme
            if parts.scheme in ("http", "https") and parts.netloc:
                self.root = f"{parts.scheme}://{parts.netloc}"

    def __call__(self, href: str) -> str:
        got = self.cache.get(href)
        if got is None:
            got = self.cache[href] = self._plain(href) or self._join(_clean_href(href))
        return got

    def _plain(self, h: str) -> str:
        """`_join`'s shortcuts for the commonest hrefs by string methods alone ("" when they do not apply).

        Printable ASCII without spaces leaves `_clean_href` nothing to strip, and with no ";", "[", "]",
        "?#" or "?"/"#" at the end it passes `_UNSIMPLE_HREF`.
        """
        if not (self.base and h.isascii() and h.isprintable()) or " " in h or ";" in h or "[" in h or "]" in h \
                or "?#" in h or h[-1:] in ("?", "#"):
            return ""
        if h.startswith(("http://", "https://")):
            if h[h.index("//") + 2:][:1] not in ("", "/", "?", "#"):
                return h
        elif self.root and h.startswith("/") and not h.startswith("//"):
            path = h.split("?", 1)[0].split("#", 1)[0]
            if "//" not in path and "/." not in path:
                return self.root + h
        return ""

    def _join(self, h: str) -> str:
        if not self.base:
            return h
        scheme = _HREF_SCHEME.match(h)
        if scheme and scheme.group(1).lower() != self.scheme and h.isascii() and "[" not in h and "]" not in h:
            return h  # another scheme (mailto:, javascript:, ...): urljoin leaves it as written
        if h.isascii() and not _UNSIMPLE_HREF.search(h):
            if h.startswith(("http://", "https://")):
                host_at = h.index("//") + 2
                if h[host_at:host_at + 1] not in ("", "/", "?", "#"):
                    return h
            elif self.root and h.startswith("/") and not h.startswith("//"):
                path = h.split("?", 1)[0].split("#", 1)[0]
                if "//" not in path and "/." not in path:
                    return self.root + h
        try:
            return urljoin(self.base, h)
        except ValueError:  # a host urllib cannot split ("http://[oops"): the link is kept as written
            return h


def _anchors(raws: list[RawAnchor], resolve: _Resolver, text: str, body: tuple[int, int] | None,
             first_body: int) -> list[Anchor]:
    """The page's `Anchor`s from the walk's records: one loop, the resolver's cache read inline (a page has
    hundreds of anchors, most of them sharing a few hrefs)."""
    cache = resolve.cache
    lo, hi = body if body else (0, -1)
    new, put = _NEW, _SET
    out = []
    for raw in raws:
        href = raw.href
        url = cache.get(href)
        if url is None:
            url = resolve(href)
        rel = tuple(raw.rel.lower().split()) if raw.rel else ()
        hidden_by = raw.hidden_by
        if hidden_by is None and raw.ink is not None and not raw.has_image:  # shown, but written unseen
            hidden_by = raw.ink
        elif hidden_by is None and not raw.has_image and raw.end > raw.start \
                and _UNSEEN_TEXT.fullmatch(text, raw.start, raw.end) is not None:
            hidden_by = "empty"  # nothing but characters a font draws as nothing (a zero-width space)
        elif hidden_by is None and raw.inert:  # shown, but it cannot be clicked
            hidden_by = "pointer-events:none"
        elif hidden_by is None and raw.placed:  # in published text placed where no reader sees it
            hidden_by = raw.placed
        if hidden_by is not None:
            seen = (text[raw.start : raw.end] if raw.hidden_by is None  # its text is on the page
                    else " ".join("".join(raw.hidden_text).split()))
            fields = {"href": href, "url": url, "text": seen or raw.alt, "rel": rel, "visible": False,
                      "hidden_by": hidden_by, "in_body": False, "paragraph": None, "start": -1, "end": -1,
                      "onclick": raw.onclick, "noindex": raw.noindex}
        else:
            start, end = raw.start, raw.end
            in_body = body is not None and lo <= start and end <= hi
            paragraph = raw.paragraph
            if paragraph is not None:
                paragraph += 1 - (first_body if in_body else 0)
            fields = {"href": href, "url": url, "text": text[start:end] if end > start else raw.alt, "rel": rel,
                      "visible": True, "hidden_by": None, "in_body": in_body, "paragraph": paragraph,
                      "start": start, "end": end, "onclick": raw.onclick, "noindex": raw.noindex}
        # `Anchor(...)` without the frozen dataclass's `__init__`, which sets each of its twelve fields through
        # `object.__setattr__`. The instance is the same (fields in `__dict__`).
        a = new(Anchor)
        put(a, "__dict__", fields)
        out.append(a)
    return out


_START = operator.itemgetter(0)
_NEW = object.__new__
_SET = object.__setattr__


def _comment_anchors(comments: list[str], resolve: Any) -> list[Anchor]:
    """Anchors written inside HTML comments: never shown, recorded so a commented-out link is reported."""
    out = []
    for comment in comments:
        if "href" not in comment.lower():
            continue
        for m in _ANCHOR_IN_COMMENT.finditer(comment):
            attrs = {k.lower(): htmlmod.unescape(v.strip("\"'")) for k, v in _ATTR.findall(m.group(1))}
            if "href" not in attrs:
                continue
            label = " ".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", m.group(2))).split())
            out.append(Anchor(attrs["href"], resolve(attrs["href"]), label,
                              tuple(attrs.get("rel", "").lower().split()), False, "comment",
                              onclick=attrs.get("onclick", "")))
    return out
