"""Parsing an HTML page and flattening its body into text blocks, the raw material of article extraction.

A block is the text a reader sees as one unit: a paragraph, heading, list item, table cell, or the text
between two `<br>`s. Each block remembers the elements it sits in (so the extractor can score containers),
how much of it is link text, and whether a boilerplate marker (see `extract_marks`: a `footer` or
`aside` element, a class such as `share-bar` or `comments`, `itemprop=author`) encloses it. `<nav>` is not
walked. Walking is iterative, so a page nested 10,000 levels deep cannot exhaust the Python stack.

Speed: the walk visits every element of the page in Python, so it is one loop with local state; an
element's marking is worked out once per distinct (tag, class, id), or per distinct set of marking
attributes for the few with a style, role or itemprop (both cached across pages; an href is never read),
only the attributes present are read, inline leaves (most links) get no id,
and each element records the run of blocks inside it, so the extractor sums over an element's blocks
with prefix sums instead of scanning every block's path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeAlias

import lxml.etree

from .extract_marks import (
    _INLINE,
    _MARKED_KINDS,
    _MARKING_ATTRS,
    _PLAIN,
    _PLAIN_MAX,
    _RARE_ATTRS,
    _TAG_MARK,
    _plain_kind,
    _rare_kind,
)
from .extract_text import boilerplate_text
from .visible import release_voids
from .visible_css import settable

__all__ = ["Block", "Element", "Flat", "flatten", "parse_html"]

#: A parsed element (lxml's plain `_Element`).
Element: TypeAlias = lxml.etree._Element

#: Elements whose content a reader never sees as article text.
_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "canvas",
        "video",
        "audio",
        "source",
        "picture",
        "map",
        "area",
        "dialog",
        "marquee",  # a scrolling ticker of headlines
        "rt",  # a ruby annotation (furigana, a stress or reading guide over a word): not the sentence's words
        "rp",
    ]
)
_STRIP = ("script", "style", "noscript", "template", "svg", "math", "select", "textarea", "iframe", "object")
# Tags a too-deeply nested page is parsed without (boxes, inline markup, lists and tables).
_FLATTEN_TAGS = re.compile(
    r"</?(?!(?:p|h[1-6]|br|li|title|meta|link|script|style|head|body|html)\b)[a-z][a-z0-9]*\b[^>]*>", re.I
)
# Runs of CJK characters: counting them by run is several times faster than by character.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
# A character at or above the first CJK one: a text without any (Cyrillic, Greek...) holds no CJK run, and
# this one-range test is several times faster than the search for runs.
_HIGH = re.compile("[\u3040-\uffff]")
_MAX_PATH = 60
# An inline style writing its text in bold (a site builder's subheading: <span style="font-weight:bold">).
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)


@dataclass(slots=True)
class Block:
    """One visual paragraph of the page, in document order.

    `path` holds the ids of the elements enclosing it (outermost first, at most the nearest 60);
    `tag` is the innermost enclosing block-level tag; `links` the characters inside `<a>`;
    `marks` the ids of the boilerplate-marked elements around it (outermost first); `size` the
    `effective_length` of the text; `link_density` the share of it inside links. Plain fields, computed
    once: the extractor reads them many times.
    """

    text: str
    tag: str
    path: tuple[int, ...]
    links: int
    marks: tuple[int, ...]
    size: int
    link_density: float
    bold: bool = False  # all of its text is one <b>/<strong>: a subheading written without a heading tag


@dataclass
class Flat:
    """A flattened page: its blocks; per element id, the element's tag, depth, parent and class/id, and
    the range `first[i]:last[i]` of the blocks inside it (blocks are in page order, so an element's blocks
    are a run); and the ids of elements only weakly marked as boilerplate, and of picture boxes."""

    blocks: list[Block] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    depth: list[int] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    weak: set[int] = field(default_factory=set)
    media: set[int] = field(default_factory=set)
    classes: list[str] = field(default_factory=list)
    first: list[int] = field(default_factory=list)
    last: list[int] = field(default_factory=list)


def _parse(content: str, data: bytes | None = None) -> tuple[Element | None, bool]:
    # A plain etree parser: lxml.html's element classes cost a Python call per element.
    parser = lxml.etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True, collect_ids=False
    )
    try:
        root = lxml.etree.fromstring(content.encode("utf-8", "surrogatepass") if data is None else data, parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError, UnicodeError):
        return None, False
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return root, too_deep


def parse_html(content: str, data: bytes | None = None) -> Element | None:
    """Parse `content` leniently (any declared encoding is ignored: the text is already decoded).

    libxml2 stops at a nesting depth of a few thousand and drops the rest of the page; such a page is
    parsed again with its boxes and inline tags removed, keeping paragraphs, headings and metadata.
    """
    if not content or content.isspace():  # as `not content.strip()`, without copying the page
        return None
    root, too_deep = _parse(content, data)
    if too_deep:
        root, _ = _parse(_FLATTEN_TAGS.sub(" ", content))
    if root is not None:
        release_voids(root)
        if b"<dt" in data if data is not None else "<dt" in content:
            _join_terms(root)
        if any(mark in content for mark in _EMBED_MARKS):  # (substring tests, in C: a regex alternation crawls)
            _drop_embedded_posts(root)
    return root


_EMBED_MARKS = ("instagram-media", "tiktok-embed")
_EMBEDDED_POST = frozenset(["instagram-media", "tiktok-embed"])


def _drop_embedded_posts(root: Element) -> None:
    """Take out the blockquotes of embedded Instagram and TikTok posts (`<blockquote class="instagram-media">`):
    their caption is the poster's, not the article's. A tweet's, which aeb's truth counts as article text, stays."""
    for quote in list(root.iter("blockquote")):
        if not _EMBEDDED_POST.isdisjoint((quote.get("class") or "").split()):
            parent = quote.getparent()
            if parent is not None:
                tail = quote.tail
                prev = quote.getprevious()
                parent.remove(quote)
                if tail:  # the text after the post stays where it was
                    if prev is not None:
                        prev.tail = (prev.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail


_TERM_MAX = 60  # characters
_TERM_INLINE = frozenset(["b", "strong", "em", "i", "span"])


def _plain_term(dt: Element) -> bool:
    """Whether a term is plain text a reader sees: no attribute but a class (no style, no hidden, no screen-reader
    class), and no element in it but bare emphasis (a link is a feed's teaser; a script, a hidden or a line-broken
    piece would be glued into the definition)."""
    if any(name != "class" for name in dt.attrib) or _POPUP_TERM.search(dt.get("class") or ""):
        return False
    return all(child.tag in _TERM_INLINE and not child.attrib for child in dt.iterdescendants())


_POPUP_TERM = re.compile(r"sr-only|visually-?hidden|screen-?reader|hidden|invisible", re.I)


def _join_terms(root: Element) -> None:
    """Put a short term of a definition list in front of its definition, as one line: a fact box's "42 метра" /
    "— на столько поднялся уровень моря" is one fact, and the term alone is a line too short to keep."""
    for dt in list(root.iter("dt")):
        dd = dt.getnext()
        if dd is None or dd.tag != "dd" or (dt.tail and dt.tail.strip()) or not _plain_term(dt):
            continue
        term = " ".join("".join(dt.itertext()).split())
        if not term or len(term) > _TERM_MAX or boilerplate_text(term):
            continue  # a label ("Source:") or a time stamp stays apart
        dd.text = f"{term} {dd.text or ''}"
        dt.getparent().remove(dt)  # its tail (whitespace between the two) goes with it


def effective_length(text: str) -> int:
    """Length of `text` with CJK characters counted thrice (one CJK character carries about a word)."""
    if text.isascii() or _HIGH.search(text) is None:
        return len(text)
    return len(text) + 2 * sum(map(len, _CJK.findall(text)))


def _data_cell(el: Element) -> bool:
    """A table cell holding a value (text, links, emphasis) rather than a layout box or paragraphs."""
    return all(isinstance(child.tag, str) and child.tag in _INLINE for child in el) and len(el.text or "") < 200


_BOXES = frozenset(["div", "section", "header"])
# Walk-end codes kept per open element: bit 1 block, 2 marked, 4 link; negative for an element without
# an id (-1 an invisible inline element, -2 a skipped one or a line break, -3 an inline leaf).
_BLOCK, _MARKED, _LINK, _LEAF = 1, 2, 4, -3


# What the walk does with a tag: 0 inline, 1 block, 2 skip (with its content), 3 line break. Tags not
# listed (custom elements, "o:p") are classified on the spot.
_INLINE_KIND, _BLOCK_KIND, _SKIP_KIND, _BREAK_KIND = 0, 1, 2, 3
_KIND = {
    **dict.fromkeys(
        [
            "html",
            "body",
            "div",
            "p",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "main",
            "figure",
            "figcaption",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "form",
            "fieldset",
            "legend",
            "center",
            "address",
            "details",
            "summary",
            "hgroup",
            "menu",
        ],
        _BLOCK_KIND,
    ),
    **dict.fromkeys(_INLINE, _INLINE_KIND),
    **dict.fromkeys(_SKIP, _SKIP_KIND),
    # Navigation never holds article text, and its menus are a seventh of a news page's elements (a fifth
    # with the footer, which may hold a quote's attribution and is kept): its links are not walked.
    "nav": _SKIP_KIND,
    "br": _BREAK_KIND,
    "hr": _BREAK_KIND,
}


def _kind(tag: object) -> tuple[str, int]:
    """The normalised tag ("" for a comment) and its walk kind, for a tag missing from `_KIND`."""
    if not isinstance(tag, str):
        return "", _SKIP_KIND
    if ":" in tag:
        tag = tag.lower().rpartition(":")[2]
    if not tag or tag in _SKIP:
        return tag, _SKIP_KIND
    if tag == "br" or tag == "hr":
        return tag, _BREAK_KIND
    return tag, _INLINE_KIND if tag in _INLINE else _BLOCK_KIND


def _block(
    parts: list[str], link_chars: int, spaces: int, block_tags: list[str], path: list[int], marks: list[int],
    bold: str | None = None,
) -> Block:
    """The block of the open paragraph's text `parts` (`_walk`'s state, read where the paragraph ends).

    A module function, not a closure: the walk's state then stays in fast locals.
    """
    raw = "".join(parts)
    # As re.sub(r"\s+", " ", raw).strip(); a printable text holds no whitespace but " ".
    text = raw.strip() if raw.isprintable() and "  " not in raw else " ".join(raw.split())
    n = len(text)
    links = min(n, int(link_chars * n / (len(raw) + spaces))) if link_chars else 0
    owner = block_tags[-1] if block_tags else "body"
    size = n if text.isascii() or _HIGH.search(text) is None else n + 2 * sum(map(len, _CJK.findall(text)))
    enclosing = tuple(path) if len(path) <= _MAX_PATH else tuple(path[-_MAX_PATH:])
    return Block(text, owner, enclosing, links, tuple(marks), size, links / n,
                 bold is not None and text == " ".join(bold.split()))


def _caption(el: Element) -> bool:
    """Whether `el` (an image, a line break, then text) holds one caption-sized line of inline text."""
    return all(isinstance(c.tag, str) and (c.tag in _INLINE or c.tag == "br") for c in el) \
        and sum(1 for c in el if c.tag == "br") == 1 and len("".join(el.itertext())) <= _CAPTION_LINE


_CAPTION_LINE = 160  # characters


def _opens_sentence(el: Element) -> bool:
    """Whether a sentence's worth of text follows `el` in its parent (its tail), so that it is part of it."""
    tail = el.tail
    return tail is not None and len(tail) >= _SENTENCE_TAIL and len(tail.strip()) >= _SENTENCE_TAIL


_SENTENCE_TAIL = 40  # characters


def _pictured(figure: Element) -> bool:
    """Whether `figure` holds an image outside its tables (an icon or emoji in a cell is the table's)."""
    for img in figure.iter("img"):
        for up in img.iterancestors():
            if up is figure:
                return True
            if up.tag == "table":
                break
    return False


def _walk(root: Element) -> Flat:
    """Depth-first walk (lxml's C `iterwalk`) that cuts the text under `root` into `Block`s.

    One flat loop with local state: this runs for every element of the page, so it avoids method calls.
    """
    blocks: list[Block] = []
    # Per element id, one column each (appended in step, cheaper than a tuple per element to transpose):
    # tag, depth, parent, class/id.
    tags: list[str] = []
    depths: list[int] = []
    parents: list[int] = []
    classes: list[str] = []
    weak: set[int] = set()
    media: set[int] = set()
    firsts: list[int] = []
    lasts: list[int] = []
    parts: list[str] = []  # text of the open paragraph; never starts with a whitespace-only piece
    spaces = 0  # characters of whitespace-only pieces left out before the paragraph's first text
    link_chars = 0
    path: list[int] = []
    marks: list[int] = []  # ids of open marked elements, outermost first
    block_tags: list[str] = []
    in_link = 0
    bold: str | None = None  # the text of a bold leaf the open paragraph starts with
    codes: list[int] = []  # per open element, its walk-end code
    kinds = _KIND
    plain = _PLAIN
    marked = _MARKED_KINDS

    if len(plain) > _PLAIN_MAX:
        plain.clear()  # ids are often unique: keep the cache from growing page after page
    if len(marked) > _PLAIN_MAX:
        marked.clear()
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "end":
            code = codes.pop()
            if code > 0:
                if code & _LINK:
                    in_link -= 1
                if code & _BLOCK:
                    if parts:
                        blocks.append(_block(parts, link_chars, spaces, block_tags, path, marks, bold))
                        parts.clear()
                        bold = None
                        link_chars = spaces = 0
                    elif spaces:
                        spaces = link_chars = 0
                    block_tags.pop()
                if code & _MARKED:
                    marks.pop()
            if code >= 0:
                lasts[path.pop()] = len(blocks)
            elif code == _LEAF:
                continue  # its tail was read with its text
            tail = el.tail
            if tail:
                if parts or not tail.isspace():
                    parts.append(tail)
                else:
                    spaces += len(tail)
                if in_link:
                    link_chars += len(tail)
            continue
        tag = el.tag
        kind = kinds.get(tag)
        if kind is None:
            tag, kind = _kind(tag)
        if kind >= _SKIP_KIND:
            if kind == _BREAK_KIND:
                if parts:
                    blocks.append(_block(parts, link_chars, spaces, block_tags, path, marks, bold))
                    parts.clear()
                    bold = None
                    link_chars = spaces = 0
                elif spaces:
                    spaces = link_chars = 0
            else:
                walker.skip_subtree()
            codes.append(-2)  # no id, nothing to undo: only the tail is read
            continue
        keys = el.keys()
        if not keys or ("class" not in keys and "id" not in keys and _RARE_ATTRS.isdisjoint(keys)):
            strength, names, invisible = _TAG_MARK.get(tag, 0), "", False  # e.g. a link with only an href
        elif _RARE_ATTRS.isdisjoint(keys):
            # Read only the attributes present: most elements with a class have no id, and each read
            # parses its name in lxml.
            key = (tag, el.get("class") if "class" in keys else None, el.get("id") if "id" in keys else None)
            hit = plain.get(key)
            if hit is None:
                hit = plain[key] = _plain_kind(*key)
            strength, names, invisible = hit
        else:
            # Only the attributes `_mark` and `_invisible` read (an href or src is long and never repeats).
            rare = tuple([(name, el.get(name)) for name in keys if name in _MARKING_ATTRS])
            key2 = (tag, kind, rare)
            hit = marked.get(key2)
            if hit is None:
                hit = marked[key2] = _rare_kind(tag, kind == _INLINE_KIND, dict(rare))
            strength, names, invisible = hit
            if kind == _BLOCK_KIND and ("role", "heading") in rare:
                tag = "h2"  # <div role="heading"> is a subheading written without a heading tag
        if (tag == "p" or tag == "div" or tag == "td") and not strength and len(el) > 1 and el[0].tag == "img" \
                and el[1].tag == "br" \
                and not (el.text and el.text.strip()) and not (el[0].tail and el[0].tail.strip()) and _caption(el):
            strength = 3  # a picture paragraph, box or cell: the line under the image is its caption
        if strength == 3 and tag == "figure" and el.find(".//table") is not None and not _pictured(el):
            strength = 0  # a data table set in a figure (a block editor's table block) is text, not a picture box
        if invisible:
            walker.skip_subtree()  # a hover card or screen-reader aside inside a sentence
            codes.append(-1)
            continue
        # A marked span directly in a box ("<div class=info><span class=date>..") is a field of its own,
        # unless a sentence follows it in the box (a wire dateline: "<span class=dateline>ASTANA —</span> The..").
        field = False
        if strength and block_tags and block_tags[-1] in _BOXES:
            field = not _opens_sentence(el)
        if not kind and not len(el) and not field:
            # An inline leaf (a link, an image, a bold word) holds no block and no other element, so
            # nothing refers to it: its text and tail join the paragraph and it gets no id.
            text = el.text
            if text:
                if parts or not text.isspace():
                    if not parts and (tag == "b" or tag == "strong" or (
                            "style" in keys and _BOLD_STYLE.search(el.get("style") or "") is not None)):
                        bold = text  # the paragraph opens in bold: all of it may be (a subheading)
                    parts.append(text)
                else:
                    spaces += len(text)
                if in_link or tag == "a":
                    link_chars += len(text)
            tail = el.tail
            if tail:
                if parts or not tail.isspace():
                    parts.append(tail)
                else:
                    spaces += len(tail)
                if in_link:
                    link_chars += len(tail)
            codes.append(_LEAF)
            continue
        ident = len(tags)
        tags.append(tag)
        depths.append(len(path))
        parents.append(path[-1] if path else -1)
        classes.append(names)
        code = kind  # _BLOCK_KIND == _BLOCK
        if not code and field:
            code = _BLOCK  # cut out as a block so that its marker applies to it alone
        if code and (tag == "td" or tag == "th") and block_tags and block_tags[-1] == "tr" and _data_cell(el):
            code = 0  # a data cell: the table row is the paragraph, its cells words in it
            if parts:
                parts.append(" ")
            else:
                spaces += 1
            if in_link:
                link_chars += 1
        if code:
            if parts:
                blocks.append(_block(parts, link_chars, spaces, block_tags, path, marks, bold))
                parts.clear()
                bold = None
                link_chars = spaces = 0
            elif spaces:
                spaces = link_chars = 0
            block_tags.append(tag)
        path.append(ident)
        at = len(blocks)
        firsts.append(at)
        lasts.append(at)
        if strength:
            code |= _MARKED
            marks.append(ident)
            if strength == 1:
                weak.add(ident)
            elif strength == 3:
                media.add(ident)
        if tag == "a":
            code |= _LINK
            in_link += 1
        elif not parts and not kind and (tag == "b" or tag == "strong" or (
                "style" in keys and _BOLD_STYLE.search(el.get("style") or "") is not None)):
            # A paragraph opening in a bold element holding others (<b><span>..</span></b>, as Word and
            # WeChat editors write it): all of it may be bold, as for a bold leaf.
            bold = "".join(el.itertext())
        text = el.text
        if text:
            if parts or not text.isspace():
                parts.append(text)
            else:
                spaces += len(text)
            if in_link:
                link_chars += len(text)
        codes.append(code)
    if parts:
        blocks.append(_block(parts, link_chars, spaces, block_tags, path, marks, bold))
    return Flat(blocks, tags, depths, parents, weak, media, classes, firsts, lasts)


def flatten(root: Element) -> Flat:
    """Cut the page's `<body>` (or the whole tree when it has none) into text blocks.

    Scripts, styles and the like are removed from `root` first: read metadata (JSON-LD) before.
    """
    body = root.find("body")
    body = body if body is not None else root
    # Drop scripts, styles, SVG icons and the like in C before walking (their tails stay in place).
    lxml.etree.strip_elements(body, *_STRIP, with_tail=False)
    _unwrap_cell_paragraphs(body)
    return _walk(body)


def _unwrap_cell_paragraphs(body: Element) -> None:
    """Table cells holding one short paragraph of inline content (`<td><p><span>12.4</span></p></td>`, as
    press-release wires and office suites write them) hold their value directly: a data cell, so the row
    stays one line of the table rather than a paragraph per number, each too short to keep."""
    for cell in body.iter("td", "th"):
        if len(cell) != 1 or (cell.text and not cell.text.isspace()):
            continue
        inner = cell[0]
        if inner.tag not in ("p", "div") or len(inner.attrib) > 2 or not _data_cell(inner):
            continue
        text, tail = inner.text or "", inner.tail or ""
        children = list(inner)
        cell.remove(inner)  # (drops its tail: put back below)
        cell.extend(children)
        if children:
            cell.text = settable((cell.text or "") + text)
            children[-1].tail = settable((children[-1].tail or "") + tail)
        else:
            cell.text = settable((cell.text or "") + text + tail)
