"""The visible-text walk behind `page.read_page`: markup events in, the text a reader sees and its anchors out.

One `Walker` consumes a flat stream of events (start tag, end, text, comment) and never recurses, so a page
nested thousands of levels deep costs a list, not the Python stack. Two drivers feed it: lxml's tree
(`walk_lxml` here) and the standard library's tokenizer (`visible_stdlib.walk_stdlib`, used when libxml2
gives up on excessive nesting, since it silently drops everything below its depth limit). Most pages never
reach the `Walker`: `visible_lxml.read_tree` gives the same result from C-level passes over the tree, and
hands the rare page it cannot read exactly to `walk_lxml`. The page's own style sheets are read in
`visible_css`.

Text rules: block elements separate text with a newline, inline elements add nothing (`wo<b>rd</b>` stays
one word), runs of whitespace become one space. Hidden content (script, style, template, noscript, head,
the `hidden` attribute, `display:none`, `visibility:hidden`, off-screen or zero-size boxes, and simple
class/id rules of the page's own `<style>` sheets) gives no text, but its anchors are recorded with the rule
that hid them. `aria-hidden="true"` hides only from screen readers: sighted readers see that text, so it
counts. Article-length content that is folded away (see `collapsed`) counts as shown.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import etree

from .visible_css import INK_PROPS, SEEN, ClassRules, _length, _style_hiding, hidden_rules, inert, ink_reason, ink_under

__all__ = ["RawAnchor", "WalkResult", "Walker", "body_span", "collapsed", "hidden_rules", "walk_lxml"]

BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "summary", "table", "tbody",
    "td", "text", "tfoot", "textarea", "th", "thead", "tr", "ul"
})
# Elements whose content a reader never sees as text, with the reason recorded for anchors inside them (a
# <textarea>'s text is shown in its box, and read; so is an SVG's <text>, its own line, but not its title
# and description, which are tooltips and metadata).
SKIP = {"script": "script", "style": "style", "template": "template", "noscript": "noscript", "head": "head",
        "title": "head", "iframe": "iframe", "object": "object", "embed": "object", "desc": "svg", "metadata": "svg",
        # SVG parts that are never drawn where they stand (definitions, symbols, masks, patterns).
        "defs": "svg", "symbol": "svg", "clippath": "svg", "mask": "svg", "pattern": "svg", "marker": "svg",
        "canvas": "canvas", "video": "video", "audio": "audio", "select": "select", "datalist": "select",
        "frameset": "frameset",
        # A ruby annotation is drawn over its word (furigana, a reading guide), not in the line: reading it in the
        # line glues it to the word ("вагон" + "ударение").
        "rt": "ruby", "rp": "ruby"}
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen"
})
def shadow_root(attrs: Mapping[str, str]) -> bool:
    """Whether a `<template>` with `attrs` is a declarative shadow root (`shadowrootmode`, or Chrome's older
    `shadowroot`): a browser draws its content on the page, as the element's own."""
    return "shadowrootmode" in attrs or "shadowroot" in attrs


# Void elements libxml2's HTML parser does not know as void: it puts everything after `<embed src=..>` (up to
# the end of its parent) inside it, where an element skipped as unseen (embed) would hide the rest of the page.
_SWALLOWING = ("embed", "source", "track", "wbr", "keygen")


def release_voids(root: Any) -> None:
    """Give back what libxml2 put inside a void element (see `_SWALLOWING`): its text and children follow it, as
    in a browser's tree. (A C-level search of the tree: cheaper than looking for the tags in the source.)"""
    for el in list(root.iter(*_SWALLOWING)):
        parent = el.getparent()
        if parent is None or (not len(el) and not el.text):
            continue
        kids, text, tail = list(el), el.text, el.tail
        el.text = None
        el.tail = text
        at = parent.index(el)
        for k, kid in enumerate(kids, start=1):
            parent.insert(at + k, kid)  # (moves it, with its own tail)
        last = kids[-1] if kids else el
        last.tail = (last.tail or "") + (tail or "") or None


# Paragraph-like blocks: their text is credited to the container holding them when scoring the body.
PARA_LIKE = frozenset({
    "p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption",
    "td", "th", "summary"
})

# Hiding that also folds away long content ("read more", tabs, share previews, microdata copies, the no-script
# rendering of an article, a height:0 accordion) or cloaks it for search engines (off-screen, clipped): when the
# element holds article-length text, the site publishes it and readers or robots can read it (see `collapsed`).
REVEALABLE = frozenset({"display:none", "hidden attribute", "opacity:0", "noscript", "closed <details>", "off-screen",
                        "zero-size", "until-found", "closed <dialog>", "popover", "content-visibility:hidden",
                        "folded"})
PLACED = frozenset({"off-screen", "zero-size"})  # revealed for their text, never for their links
# The value `page` gives the `hidden` attribute of what a closed <details> shows only when opened.
CLOSED_DETAILS = "rg-closed-details"
COLLAPSED_MIN_CHARS = 300
COLLAPSED_MIN_PARAGRAPHS = 2
_POSITIVE = re.compile(r"article|story|content|entry|post|body|text|main|news|blog|materi|statya|novost", re.I)
_NEGATIVE = re.compile(r"comment|sidebar|footer|related|\bnav|menu|widget|promo|sponsor|share|social|\btags?\b"
                       r"|breadcrumb|banner|advert|\bads?\b|popup|modal|cookie|subscri|newsletter|masthead"
                       r"|header|teaser|recommend|popular|trending|outbrain|taboola|disqus|reply|login|rating"
                       r"|\bvote|copyright|\brss\b|sitemap", re.I)

_NEGATIVE_LOWER = re.compile(_NEGATIVE.pattern)
_POSITIVE_LOWER = re.compile(_POSITIVE.pattern)
_LINE, _PARA = 1, 2
_START, _END = operator.itemgetter(0), operator.itemgetter(1)
_STRING_LENGTH = etree.XPath("string-length(.)")
_TEXTLESS = ("script", "style", "template")  # their text is never shown (see `collapsed`)
_TEXTS = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
_TEXTS_BY_PARENT = etree.XPath(".//text()[not(parent::script or parent::style)]")
_PARAGRAPH_MARKS = etree.XPath("count(.//p|.//br|.//li)")



@dataclass(slots=True)
class RawAnchor:
    """An anchor as the walk found it (mutable while walking; `page` turns it into an `Anchor`)."""

    href: str
    rel: str
    onclick: str
    hidden_by: str | None
    start: int = -1
    end: int = -1
    paragraph: int | None = None  # 0-based index into WalkResult.paragraphs
    hidden_text: list[str] = field(default_factory=list)
    alt: str = ""
    has_image: bool = False
    noindex: bool = False  # inside Yandex's <noindex> element or between <!--noindex--> and <!--/noindex-->
    # Why all of the link's shown text is unseen ("font-size:0", "color:transparent"), by its own inline style
    # and its children's; None when some of it is seen (or it has none).
    ink: str | None = None
    inert: bool = False  # inline styles (its own or, inherited, an ancestor's) say `pointer-events: none`
    # Set when it stands in an article-length box placed off-screen, clipped or zero-size: the box's text is
    # published (see `collapsed`), but no reader can see or click the link.
    placed: str | None = None


@dataclass
class WalkResult:
    """Everything one walk gathers: text, paragraph spans, anchors, the body span and head metadata."""

    text: str
    paragraphs: list[tuple[int, int]]
    anchors: list[RawAnchor]
    body: tuple[int, int] | None
    base: str | None = None
    canonical: str | None = None
    og_url: str | None = None
    robots: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    # The anchors' elements, in the order of `anchors` (the fast lxml reader only; [] from the other walks).
    anchor_elements: list[Any] = field(default_factory=list)


@lru_cache(maxsize=8192)
def _hints(names: str) -> tuple[bool, bool]:
    if names.isascii():  # the same matches, three times faster without case folding (for ASCII text)
        low = names.lower()
        return bool(_NEGATIVE_LOWER.search(low)), bool(_POSITIVE_LOWER.search(low))
    return bool(_NEGATIVE.search(names)), bool(_POSITIVE.search(names))


def _weight(tag: str, attrs: Mapping[str, str], parent: float) -> float:
    """How article-like a block looks from its tag, class, id and itemprop (readability's class weights).

    Positive and negative hints cancel out ("l-sidebar-fixed l-article-body"). A block without hints of
    its own stays in its parent's penalty: the rules text of a comments modal is not the article.
    """
    names = attrs.get("class", "") + " " + attrs.get("id", "")
    neg, pos = _hints(names) if names != " " else (False, False)
    negative = tag in ("aside", "nav", "footer", "header", "form") or neg
    positive = tag in ("article", "main") or attrs.get("itemprop", "").lower() == "articlebody" \
        or attrs.get("role", "").lower() == "main" or pos
    if negative == positive:
        return min(parent, 1.0)
    return 1.5 * min(parent, 1.0) if positive else 0.3


def collapsed(node: Any) -> bool:
    """Whether a hidden lxml element holds article-length content (several paragraphs, hundreds of characters).

    The link-hiding trick hides a small element around a link; a whole article folded away behind a
    "read more" toggle, in a tab, kept as a share preview or schema.org copy, or given to readers without
    scripts is published content, so its text and links count as shown.
    """
    # All its text, scripts' too, is an upper bound: most hidden elements are far too small.
    if len(node) == 0:
        if len(node.text or "") < COLLAPSED_MIN_CHARS:
            return False
    elif _STRING_LENGTH(node) < COLLAPSED_MIN_CHARS:
        return False
    # Scripts and styles hold only text, so a text node is inside one when its parent is one; where no
    # template (which holds elements) is around or inside, that test spares the walk up every text node's
    # ancestors.
    if next(node.iter("template"), None) is None and next(node.iterancestors(*_TEXTLESS), None) is None:
        texts = _TEXTS_BY_PARENT(node)
    else:
        texts = _TEXTS(node)
    if sum(len(t.strip()) for t in texts) < COLLAPSED_MIN_CHARS:
        return False
    return int(_PARAGRAPH_MARKS(node)) >= COLLAPSED_MIN_PARAGRAPHS


def noindex_mark(comment: str) -> bool | None:
    """True for Yandex's <!--noindex--> (links after it are not indexed), False for <!--/noindex-->, else None."""
    mark = comment.strip().lower()
    return True if mark == "noindex" else False if mark == "/noindex" else None


class Walker:
    """Consumes markup events and builds the visible text, paragraph spans, anchors and body span."""

    def __init__(self, rules: tuple[dict[str, str], dict[str, str]] = ({}, {})) -> None:
        self.classes, self.ids = rules
        self.out: list[str] = []
        self.length = 0
        self.pending = _PARA  # nothing written yet
        self.space = False
        self.lines_since_text = 0
        # frame: [tag, block_id_or_-1, hidden, vis, anchor_index, owner_block_id, ink (inside an anchor)]
        self.stack: list[list[Any]] = [["#root", 0, None, None, -1, 0, SEEN, False]]
        self.blocks: list[tuple[int, int, int, str]] = [(0, -1, 0, "#root")]  # id -> (id, parent, start, tag)
        self.block_end: dict[int, int] = {}
        self.paragraphs: list[tuple[int, int]] = []
        self.para_meta: list[tuple[int, int]] = []  # (owner block id, chars inside anchors)
        self.para_start = -1
        self.para_owner = 0
        self.para_link = 0
        self.anchors: list[RawAnchor] = []
        self.anchor_nodes: list[Any] = []  # the lxml elements of `anchors`, when the walk has them
        # per open anchor with shown text: [some of it is seen, the reason the first unseen piece is unseen]
        self.inks: dict[int, list[Any]] = {}
        self.result = WalkResult("", [], [], None)
        self._style_cache: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.weight: list[float] = [1.0]  # per block: how article-like its class/id/tag look (see _weight)
        self.reveal: Callable[[Any], bool] | None = None
        self.placed: list[tuple[int, str]] = []  # (stack depth, reason) of the revealed placed boxes open
        self.noindex = 0  # open <noindex> elements
        self.noindex_comment = False  # after <!--noindex-->, before <!--/noindex-->

    # ---------------------------------------------------------------- events
    def start(self, tag: str, attrs: Mapping[str, str], node: Any = None) -> None:
        """An element opens. `node` (the lxml element, when there is one) lets `reveal` measure its content."""
        parent = self.stack[-1]
        hidden, vis, anchor = parent[2], parent[3], parent[4]
        own, own_vis, display = self._own_hiding(tag, attrs)
        if (own in REVEALABLE or (own is None and own_vis == "visibility:hidden")) and hidden is None and vis is None \
                and self.reveal is not None and node is not None and self.reveal(node):
            if own in PLACED:
                self.placed.append((len(self.stack), own))
            own, own_vis = None, None  # collapsed content, not a hidden element: see `collapsed`
        if own_vis:
            vis = None if own_vis == "visible" else own_vis
        if hidden is None:
            hidden = own
        visible = hidden is None and vis is None
        is_block = display == "block" or (tag in BLOCK and display != "inline")
        owner = parent[5]
        ink = parent[6]
        block_id = -1
        if is_block:
            block_id = len(self.blocks)
            self.blocks.append((block_id, owner, self.length, tag))
            self.weight.append(_weight(tag, attrs, self.weight[owner]))
            owner = block_id
            if visible:
                if tag == "br":
                    self._line()
                else:
                    self._break()
        style = attrs.get("style")
        pointer = parent[7] if not style else inert(style, parent[7])
        if tag == "a" and "href" in attrs:
            anchor = len(self.anchors)
            ink = ink_under(style) if style else SEEN
            self.anchors.append(RawAnchor(attrs["href"], attrs.get("rel", ""),
                                          attrs.get("onclick", "") or attrs.get("data-href", "")
                                          or attrs.get("data-url", ""), hidden or vis,
                                          noindex=self.noindex > 0 or self.noindex_comment, inert=pointer,
                                          placed=self.placed[-1][1] if self.placed else None))
            if node is not None:
                self.anchor_nodes.append(node)
        elif tag == "img" and anchor >= 0 and visible:
            rec = self.anchors[anchor]
            rec.has_image = True
            rec.alt = rec.alt or " ".join(attrs.get("alt", "").split())
        elif tag in ("base", "link", "meta"):
            self._head(tag, attrs)
        elif tag == "noindex":
            self.noindex += 1
        if anchor >= 0 and anchor == parent[4] and style:  # inside a link opened before
            if INK_PROPS.search(style):
                ink = ink_under(style, ink)
            if not pointer and parent[7]:  # part of the link takes the pointer back: a click on it opens the link
                self.anchors[anchor].inert = False
        self.stack.append([tag, block_id, hidden, vis, anchor, owner, ink, pointer])

    def _own_hiding(self, tag: str, attrs: Mapping[str, str]) -> tuple[str | None, str | None, str | None]:
        """(reason the element itself is hidden, its visibility, its display) from tag and attributes."""
        hidden, vis, display = None, None, None
        if not attrs and tag not in SKIP and tag != "dialog":
            return hidden, vis, display
        if tag in SKIP:
            if not (tag == "template" and shadow_root(attrs)):
                hidden = SKIP[tag]
        elif "hidden" in attrs:
            value = attrs["hidden"]
            hidden = "closed <details>" if value == CLOSED_DETAILS else "until-found" \
                if value.strip().lower() == "until-found" else "hidden attribute"
        elif tag == "input" and attrs.get("type", "").lower() == "hidden":
            hidden = "hidden input"
        elif tag == "dialog" and "open" not in attrs:
            hidden = "closed <dialog>"
        elif "popover" in attrs:
            hidden = "popover"  # shown only when a button or script opens it
        elif tag == "svg" and any(_length(attrs.get(k, "")) == 0 for k in ("width", "height")):
            hidden = "zero-size"
        style = attrs.get("style")
        if style:
            got = self._style_cache.get(style)
            if got is None:
                got = self._style_cache[style] = _style_hiding(style)
            hidden = hidden or got[0]
            vis, display = got[1], got[2]
        if self.classes and hidden is None and "class" in attrs:
            names = attrs["class"].split()
            reasons = [r for r in map(self.classes.get, names) if r]
            if reasons and len(names) > len(reasons) and isinstance(self.classes, ClassRules) \
                    and not self.classes.shown.isdisjoint(names):
                reasons = []  # a class some rule displays it by: shown on some screen
            for reason in reasons:
                hidden, vis = (hidden, reason) if reason.startswith("visibility") else (reason, vis)
        if self.ids and hidden is None and attrs.get("id") in self.ids:
            reason = self.ids[attrs["id"]]
            hidden, vis = (hidden, reason) if reason.startswith("visibility") else (reason, vis)
        return hidden, vis, display

    def end(self) -> None:
        if len(self.stack) == 1:
            return
        frame = self.stack.pop()
        if self.placed and self.placed[-1][0] == len(self.stack):
            self.placed.pop()
        if frame[0] == "noindex":
            self.noindex -= 1
        if frame[1] >= 0:
            self.block_end[frame[1]] = self.length
            if frame[2] is None and frame[3] is None and frame[0] != "br":
                self._break()
        if frame[4] >= 0 and frame[4] != self.stack[-1][4]:
            rec = self.anchors[frame[4]]
            inks = self.inks.pop(frame[4], None)
            if inks is not None and not inks[0]:
                rec.ink = inks[1]  # all its shown text is unseen
            if rec.hidden_by is None and rec.start < 0:
                if rec.has_image:
                    rec.start = rec.end = self.length
                    rec.paragraph = max(len(self.paragraphs) - (self.para_start < 0), 0)
                else:
                    rec.hidden_by = "empty"

    def data(self, text: str) -> None:
        top = self.stack[-1]
        if top[2] is not None or top[3] is not None:
            if top[4] >= 0 and top[2] not in ("script", "style"):
                self.anchors[top[4]].hidden_text.append(text)
            return
        words = text.split()
        if not words:
            if text:
                self.space = True
            return
        if text[0].isspace():
            self.space = True
        chunk = " ".join(words)
        if self.length:
            sep = "\n" if self.pending else " " if self.space else ""
            if sep:
                self.out.append(sep)
                self.length += 1
        if self.para_start < 0:
            self.para_start, self.para_owner, self.para_link = self.length, top[5], 0
        begin = self.length
        self.out.append(chunk)
        self.length += len(chunk)
        self.pending = 0
        self.lines_since_text = 0
        self.space = text[-1].isspace()
        if top[4] >= 0:
            rec = self.anchors[top[4]]
            if rec.hidden_by is not None:  # revealed by a descendant's visibility:visible
                rec.hidden_by = None
            if rec.start < 0:
                rec.start = begin
                rec.paragraph = len(self.paragraphs)
            rec.end = self.length
            self.para_link += len(chunk)
            inks = self.inks.setdefault(top[4], [False, None])
            reason = ink_reason(top[6])
            if reason is None:
                inks[0] = True
            elif inks[1] is None:
                inks[1] = reason

    def comment(self, text: str) -> None:
        self.result.comments.append(text)
        mark = noindex_mark(text)
        if mark is not None:
            self.noindex_comment = mark

    # ---------------------------------------------------------------- text layout
    def _break(self) -> None:
        if self.para_start >= 0:
            self.paragraphs.append((self.para_start, self.length))
            self.para_meta.append((self.para_owner, self.para_link))
            self.para_start = -1
        self.pending = _PARA
        self.space = False
        self.lines_since_text = 0

    def _line(self) -> None:
        self.lines_since_text += 1
        if self.lines_since_text >= 2:  # <br><br>: a paragraph break
            self._break()
        else:
            self.pending = max(self.pending, _LINE)
            self.space = False

    def _head(self, tag: str, attrs: Mapping[str, str]) -> None:
        r = self.result
        if tag == "base" and r.base is None and attrs.get("href"):
            r.base = attrs["href"].strip()
        elif tag == "link" and r.canonical is None and "canonical" in attrs.get("rel", "").lower().split():
            r.canonical = attrs.get("href", "").strip() or None
        elif tag == "meta":
            prop = (attrs.get("property") or attrs.get("name") or "").strip().lower()
            if prop == "og:url" and r.og_url is None:
                r.og_url = attrs.get("content", "").strip() or None
            elif prop in ("robots", "googlebot", "yandex"):
                r.robots += [t.strip() for t in attrs.get("content", "").lower().split(",")]

    # ---------------------------------------------------------------- result
    def finish(self) -> WalkResult:
        while len(self.stack) > 1:
            self.end()
        self._break()
        r = self.result
        r.text = "".join(self.out)
        r.paragraphs = self.paragraphs
        r.anchors = self.anchors
        if self.anchor_nodes and len(self.anchor_nodes) == len(self.anchors):
            r.anchor_elements = self.anchor_nodes  # (the lxml event walk: a comment thread can be asked about)
        r.body = self._body()
        return r

    def _body(self) -> tuple[int, int] | None:
        return body_span(self.blocks, self.block_end, self.length, self.paragraphs, self.para_meta, self.weight,
                         self.anchors)


def body_span(blocks: Sequence[tuple[int, int, int, str]], block_end: Mapping[int, int], length: int,
              paragraphs: Sequence[tuple[int, int]], para_meta: Sequence[tuple[int, int]],
              weight: Any, anchors: Sequence[RawAnchor]) -> tuple[int, int] | None:
    """The span of the main article region: the block credited with most paragraph text.

    Readability's idea: a paragraph's text (not counting link text) is credited to the container that
    holds it, half to the container's parent. The winner is widened to an ancestor that adds little
    text (a source line or tag list beside the article), so the body is the article and its trimmings.
    """
    score: dict[int, float] = {}
    for (start, end), (owner, link) in zip(paragraphs, para_meta, strict=True):
        own = end - start - link
        if own < 25 or link > own:
            continue
        target = blocks[owner][1] if blocks[owner][3] in PARA_LIKE else owner
        w = weight[target]
        score[target] = score.get(target, 0.0) + own * w
        up = blocks[target][1]
        if up > 0:
            score[up] = score.get(up, 0.0) + own / 2 * min(w, weight[up])
    score.pop(0, None)
    if not score:
        return None
    best = max(score, key=lambda b: (score[b], -b))

    links = sorted((a.start, a.end) for a in anchors if a.hidden_by is None and a.end > a.start)
    starts = [a for a, _ in links]
    sums = [0]
    for a, b in links:
        sums.append(sums[-1] + b - a)

    def measure(b: int) -> tuple[int, int]:
        """(characters, characters inside links) of block `b`."""
        lo, hi = blocks[b][2], block_end.get(b, length)
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return hi - lo, sums[j] - sums[i]

    size, linked = measure(best)
    while True:  # widen over a wrapper that adds little text and few links (a source line, a byline)
        up = blocks[best][1]
        if up <= 0 or blocks[up][3] in ("body", "html"):
            break
        up_size, up_linked = measure(up)
        if up_size - size > 0.25 * size + 40 or up_linked - linked > 80:
            break
        best, size, linked = up, up_size, up_linked
    lo, hi = blocks[best][2], block_end.get(best, length)
    # The paragraphs inside: a run of them (they come in order and do not overlap), found by bisection.
    first = bisect.bisect_left(paragraphs, lo, key=_START)
    last = bisect.bisect_right(paragraphs, hi, key=_END) - 1
    return (paragraphs[first][0], paragraphs[last][1]) if first <= last else None


# -------------------------------------------------------------------------------------------- drivers

def walk_lxml(root: Any, walker: Walker) -> WalkResult:
    """Feed an lxml tree to `walker` through `iterwalk` (no recursion)."""
    walker.reveal = collapsed
    for event, el in etree.iterwalk(root, events=("start", "end", "comment")):
        if event == "start":
            tag = el.tag.lower() if isinstance(el.tag, str) else "#other"
            walker.start(tag.rpartition(":")[2], el.attrib, el)
            if el.text:
                walker.data(el.text)
        elif event == "end":
            walker.end()
            if el.tail:
                walker.data(el.tail)
        else:
            if el.text and el.tag is etree.Comment:
                walker.comment(el.text)
            if el.tail:
                walker.data(el.tail)
    return walker.finish()
