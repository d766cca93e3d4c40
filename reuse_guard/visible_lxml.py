"""The fast lxml driver of the visible-text walk: mark the tree up in place, then read it with one C-level join.

`visible.walk_lxml` feeds every element of the tree to the `Walker` from Python, which costs most of the
time of reading a page. `read_tree` gives the same `WalkResult` (text, paragraph spans, anchors, body span,
head metadata, comments) while touching from Python only the elements that can matter:

1. candidates for hiding (skipped tags, `hidden`, `style`, the classes and ids the page's sheets hide) come
   from one pass over the tree, with the anchors, head tags and comments; each outermost hidden subtree is
   read for its anchors (by C-level text joins, or by a `Walker` of its own where visibility rules apply),
   then emptied in place;
2. one XSLT pass (libxslt, in C) writes the remaining, visible text with sentinels (Unicode noncharacters,
   which no page text should hold) at block, line-break and anchor boundaries;
3. one pass over the tokens between sentinels lays the text out as the `Walker` does, giving paragraph
   spans, block spans and anchor offsets; the body span comes from the same `body_span`.

A page this cannot read exactly (sentinels already in its text, `visibility:visible` inside
`visibility:hidden`, namespaced anchors, images or head tags, our own tag names) raises `NeedsWalker`; the
caller then walks a fresh tree with the `Walker`. `tests/test_visible_lxml.py` checks both give the same
result; on the 800 syndbench pages of build/cases they agree on every page (4 go to the walk). The
text inside anchors is told by an XSLT mode, and hidden elements are emptied only after all are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from .visible import (
    BLOCK,
    PARA_LIKE,
    PLACED,
    REVEALABLE,
    SKIP,
    RawAnchor,
    Walker,
    WalkResult,
    _weight,
    body_span,
    collapsed,
    noindex_mark,
    shadow_root,
)
from .visible_css import INK_PROPS, SEEN, Ink, gaps, inert, ink_reason, ink_under, settable

__all__ = ["NeedsWalker", "read_tree"]

# Sentinels (Unicode noncharacters, which no page text should hold; see `read_tree` and `_lay_out`): a block
# closes, a line break, an anchor opens, an anchor closes, a text node inside an anchor begins, and a block
# opens, by kind of tag (what the body search asks of a tag: see `visible.body_span` and `visible._weight`);
# a block by style opens with _OVERRIDE_OPEN and names its tag in _TAG_ATTR.
_CB, _BR, _OA, _CA, _INL, _OVERRIDE_OPEN = (chr(c) for c in range(0xFDD0, 0xFDD6))
_SENTINELS = (_CB, _BR, _OA, _CA, _INL)
_BLOCK_TAGS = sorted(BLOCK - {"br"})
_KINDS = ("p", "body", "html", "aside", "article", "div")  # one tag stands for its kind
_KIND_OF_TAG = {**{t: "div" for t in BLOCK}, **{t: "p" for t in PARA_LIKE}, "body": "body", "html": "html",
                **{t: "aside" for t in ("aside", "nav", "footer", "header", "form")}, "article": "article",
                "main": "article"}
_OPEN_OF_KIND = {kind: chr(0xFDD6 + i) for i, kind in enumerate(_KINDS)}
_OPEN_OF_TAG = {tag: _OPEN_OF_KIND[_KIND_OF_TAG[tag]] for tag in _BLOCK_TAGS}
_KIND_OF_OPEN = {code: kind for kind, code in _OPEN_OF_KIND.items()}
_ALL_SENTINEL_CHARS = tuple(chr(c) for c in range(0xFDD0, 0xFDDC))
# Tokens: a run of block boundaries and line breaks (with the white space after them, which never shows: a
# boundary writes a newline instead), an anchor holding only text, an anchor opening or closing, or text
# (text nodes of an anchor each begin with _INL).
# An anchor's end takes the white space after it along (white space between two links would be a token of its
# own otherwise).
_TOKEN = re.compile("(?:[\ufdd0\ufdd1\ufdd5-\ufddb]\\s*)+|\ufdd2[^\ufdd0-\ufdd3\ufdd5-\ufddb]*\ufdd3\\s*"
                    "|\ufdd2|\ufdd3\\s*|[^\ufdd0-\ufdd3\ufdd5-\ufddb]+")
_RUN_START = frozenset((*_KIND_OF_OPEN, _OVERRIDE_OPEN, _CB, _BR))
_SENTINEL_REFERENCE = re.compile("&#(?:[xX]0*[fF][dD][dD][0-9a-bA-B]|0*649(?:7[6-9]|8[0-7]))")
_SENTINEL_REFERENCE_UTF8 = re.compile(_SENTINEL_REFERENCE.pattern.encode())
_SENTINEL_UTF8 = re.compile(b"\xef\xb7[\x90-\x9b]")  # U+FDD0..U+FDDB in UTF-8
# Elements whose style (or namespace prefix) changes whether they are blocks are renamed for the stylesheet.
_AS_BLOCK, _AS_BLOCK_ANCHOR, _AS_INLINE, _TAG_ATTR = "rg--block", "rg--block-a", "rg--inline", "rg--tag"
_HIDDEN_TAG = "rg--hidden"  # an emptied hidden element: no tag filter of ours matches it
_OUR_TAGS = (_AS_BLOCK, _AS_BLOCK_ANCHOR, _AS_INLINE, _HIDDEN_TAG)


def _stylesheet() -> Any:
    """The XSLT that writes the visible tree's text with sentinels at block, line-break and anchor boundaries.

    Match patterns are a name with a predicate at most: libxslt tests `*[...]` and `text()[...]` against
    every sibling, which is quadratic on a page of thousands of siblings. Literal output only (an XPath
    per block, like `name()`, doubles the cost). Text inside an anchor is told by the mode ("i", entered at
    the anchor), not by a pattern `a[@href]//text()`, which libxslt checks by walking up every text node's
    ancestors.
    """
    cb, br, oa, ca, inl = (f"&#x{ord(c):X};" for c in _SENTINELS)
    override = f"&#x{ord(_OVERRIDE_OPEN):X};"
    rules = []
    for mode in ("", ' mode="i"'):
        rules += [f'<xsl:template match="{tag}"{mode}>&#x{ord(code):X};<xsl:apply-templates{mode}/>{cb}</xsl:template>'
                  for tag, code in _OPEN_OF_TAG.items()]
        rules += [f'<xsl:template match="br"{mode}>{br}</xsl:template>',
                  f'<xsl:template match="a[@href]"{mode}>{oa}<xsl:apply-templates mode="i"/>{ca}</xsl:template>',
                  f'<xsl:template match="{_AS_BLOCK}"{mode}>{override}<xsl:apply-templates{mode}/>{cb}</xsl:template>',
                  f'<xsl:template match="{_AS_BLOCK_ANCHOR}"{mode}>{override}{oa}'
                  f'<xsl:apply-templates mode="i"/>{cb}{ca}</xsl:template>']
    rules.append(f'<xsl:template match="text()" mode="i">{inl}<xsl:value-of select="."/></xsl:template>')
    rules += ['<xsl:template match="script|style"/>', '<xsl:template match="script|style" mode="i"/>']
    body = "\n".join(rules)
    return etree.XSLT(etree.XML(f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
{body}
</xsl:stylesheet>"""))


_MARKUP = _stylesheet()
# Local names the fast path does not follow under a namespace prefix ("x:a"): the walk handles those pages.
_UNFOLLOWED = frozenset({"a", "img", "base", "link", "meta", "br"})
_CANDIDATE, _ANCHOR, _HEAD, _OURS, _SILENT = range(5)
# Scripts and styles are left to the stylesheet, which writes nothing for them (their content is text: they
# hold no anchor, and a hidden element around one reads its text as the walk does).
_SURVEYED = {**{tag: _CANDIDATE for tag in (*SKIP, "input", "dialog")}, "script": _SILENT, "style": _SILENT,
             "a": _ANCHOR, "base": _HEAD, "link": _HEAD, "meta": _HEAD, **{tag: _OURS for tag in _OUR_TAGS}}


_NOINDEX_TAG = re.compile(rb"<noindex[\s>]", re.IGNORECASE)
_NOINDEX_TAG_TEXT = re.compile(r"<noindex[\s>]", re.IGNORECASE)


class NeedsWalker(Exception):
    """The page needs the event walk (see the module docstring); never reaches users."""


def read_tree(root: Any, rules: tuple[dict[str, str], dict[str, str]], html: str | bytes) -> WalkResult:
    """Read the visible text of the lxml tree `root` (modified in place) under the sheets' hiding `rules`.

    `html` is the page source the tree was parsed from (text, or the UTF-8 bytes given to the parser),
    checked for sentinel characters.
    """
    if _holds_sentinels(html):
        raise NeedsWalker("the page holds sentinel characters")
    walker = Walker(rules)
    candidates, all_anchors, head, comments, quiet, anchor_keys = _survey(root, rules)
    slot = {el: i for i, el in enumerate(all_anchors)}
    raws: list[RawAnchor | None] = [None] * len(all_anchors)
    for el in head:
        walker._head(el.tag, el.attrib)
    if _has_noindex_tag(html):  # Yandex's <noindex> element (rare): the anchors inside it
        quiet.update(i for i, a in enumerate(all_anchors) if next(a.iterancestors("noindex"), None) is not None)

    pointers = _pointer_events(candidates, slot)  # before `_hide` empties hidden elements
    space_placed(candidates)
    placed: dict[int, str] = {}  # anchors in revealed placed boxes: their reasons (outermost box first)
    overrides = _hide(candidates, walker, slot, raws, placed)
    inked = _inked_anchors(candidates, slot)
    text, paragraphs, blocks, block_end, para_meta, block_els, length = _lay_out(root, overrides, all_anchors, raws,
                                                                                 anchor_keys)
    for i in inked:
        raw = raws[i]
        if raw is not None and raw.hidden_by is None and raw.end > raw.start:
            raw.ink = _ink_of_text(all_anchors[i])

    for i, off in pointers.items():
        raw = raws[i]
        if raw is not None:
            raw.inert = off
    for i, reason in placed.items():
        raw = raws[i]
        if raw is not None:
            raw.placed = reason
    anchors = [r for r in raws if r is not None]
    if len(anchors) != len(raws):
        raise NeedsWalker("an anchor was neither shown nor hidden")
    for i in quiet:
        anchors[i].noindex = True
    result = walker.result
    result.text = text
    result.paragraphs = paragraphs
    result.anchors = anchors
    result.body = body_span(blocks, block_end, length, paragraphs, para_meta, _Weights(blocks, block_els), anchors)
    result.comments = comments
    result.anchor_elements = all_anchors
    return result


def _has_noindex_tag(html: str | bytes) -> bool:
    if isinstance(html, bytes):
        return _NOINDEX_TAG.search(html) is not None
    return _NOINDEX_TAG_TEXT.search(html) is not None


def _holds_sentinels(html: str | bytes) -> bool:
    """Whether the page source writes a sentinel character, as itself or as a character reference.

    In UTF-8 bytes, every sentinel begins with the byte EF, which a one-byte probe (memchr) rules out on most
    pages, and the regexes run over bytes, faster than over text.
    """
    if isinstance(html, bytes):
        if b"\xef" in html and _SENTINEL_UTF8.search(html) is not None:
            return True
        return _SENTINEL_REFERENCE_UTF8.search(html) is not None
    if any(c in html for c in _ALL_SENTINEL_CHARS):
        return True
    return _SENTINEL_REFERENCE.search(html) is not None


def _hide(candidates: list[Any], walker: Walker, slot: dict[Any, int],
          raws: list[RawAnchor | None], placed: dict[int, str]) -> dict[Any, tuple[bool, str]]:
    """Empty every outermost hidden one of the `candidates`, recording the anchors inside; returns the block
    overrides.

    The overrides map a candidate element to (is it a block, its local tag name) where styles or a namespace
    prefix make that differ from its tag.
    """
    overrides: dict[Any, tuple[bool, str]] = {}
    hidden: list[tuple[Any, str | None, str | None]] = []
    vis_hidden = vis_shown = False
    for el in candidates:
        tag = el.tag
        if tag in SKIP and not (tag == "template" and shadow_root(el.attrib)):
            hidden.append((el, SKIP[tag], None))  # hidden whatever its style says; nothing inside can show again
            continue
        if ":" in tag or not tag.islower():
            tag = tag.lower().rpartition(":")[2]
            if tag in _UNFOLLOWED:
                raise NeedsWalker(f"namespaced <{el.tag}>")
        own, own_vis, display = walker._own_hiding(tag, dict(el.items()))
        is_block = display == "block" or (tag in BLOCK and display != "inline")
        if is_block != (el.tag in BLOCK) or tag != el.tag:
            overrides[el] = (is_block, tag)
        if own_vis == "visible":
            vis_shown = True
        elif own is None and own_vis == "visibility:hidden":
            vis_hidden = True
        if own is not None or own_vis == "visibility:hidden":
            hidden.append((el, own, own_vis))
    if vis_hidden and vis_shown:
        raise NeedsWalker("visibility:visible may undo visibility:hidden")

    # Elements are renamed as they are found hidden and emptied at the end. They come in document order and
    # the emptied ones do not nest, so an element inside one already emptied is inside the last one: only
    # when that one has children is there anything to look for (by a C-level search of the ancestors).
    emptied: list[Any] = []
    last_has_children = False
    for el, own, _vis in hidden:
        if last_has_children and next(el.iterancestors(_HIDDEN_TAG), None) is not None:
            continue
        if (own in REVEALABLE or own is None) and collapsed(el):
            if own in PLACED:  # its text is shown, its links are not (see RawAnchor.placed)
                placed.update((slot[a], own) for a in el.iter("a") if a in slot)
            continue  # folded-away article content counts as shown (see `visible.collapsed`)
        if len(el) or own not in ("script", "style"):  # a script's or style's text never counts
            _record_hidden(el, own, walker, slot, raws)
        el.tag = _HIDDEN_TAG
        emptied.append(el)
        last_has_children = len(el) > 0
    for el in emptied:
        el.clear(keep_tail=True)
    return overrides


def _survey(root: Any, rules: tuple[dict[str, str], dict[str, str]]) -> tuple[list[Any], list[Any], list[Any],
                                                                          list[str], set[int], list[list[str]]]:
    """One pass over the tree, in document order: (elements that may hide their content or change their display,
    anchors with an href, base/link/meta elements, the comments' texts, the indexes of the anchors between
    <!--noindex--> and <!--/noindex-->, each anchor's attribute names).

    An anchor's attribute names are read once here (an element's `keys()`, which the survey reads anyway): its
    href is then known present without a lookup, and `_shown_anchor` reads only the attributes it has.

    One pass from Python is cheaper than an XPath with a test per tag name, and than a C-level tag search
    per kind (each walks the whole tree). Raises `NeedsWalker` on our own tag names.
    """
    classes, ids = set(rules[0]), set(rules[1])
    kinds = _SURVEYED
    candidates: list[Any] = []
    anchors: list[Any] = []
    head: list[Any] = []
    comments: list[str] = []
    quiet: set[int] = set()
    anchor_keys: list[list[str]] = []
    in_quiet = False
    comment = etree.Comment
    for el in root.iter():
        tag = el.tag
        if tag.__class__ is not str:  # a comment, processing instruction or entity
            if tag is comment:
                text = el.text
                if text:
                    comments.append(text)
                    mark = noindex_mark(text)
                    if mark is not None:
                        in_quiet = mark
            continue
        keys = None
        kind = kinds.get(tag)
        if kind is not None:
            if kind == _CANDIDATE:
                candidates.append(el)
                continue
            if kind == _SILENT:
                continue
            if kind == _ANCHOR:
                keys = el.keys()
                if "href" in keys:
                    if in_quiet:
                        quiet.add(len(anchors))
                    anchors.append(el)
                    anchor_keys.append(keys)
            elif kind == _HEAD:
                head.append(el)
            else:
                raise NeedsWalker(f"the page uses our tag name <{tag}>")
        elif ":" in tag:
            candidates.append(el)
            continue
        if keys is None:
            keys = el.keys()
        if not keys:
            continue
        if ("style" in keys or "hidden" in keys or "popover" in keys
                or (tag == "svg" and ("width" in keys or "height" in keys))
                or (classes and "class" in keys and not classes.isdisjoint(el.get("class").split()))
                or (ids and el.get("id") in ids)):
            candidates.append(el)
    return candidates, anchors, head, comments, quiet, anchor_keys


def _record_hidden(h: Any, own: str | None, walker: Walker, slot: dict[Any, int],
                   raws: list[RawAnchor | None]) -> None:
    """Record the anchors inside the hidden element `h`, and its text for the shown anchor around it.

    `own` is the reason `h` itself is hidden (None when only its visibility hides it). Every element inside
    an element hidden for a reason is hidden for that reason, so the common cases are read with C-level
    text joins; others (visibility, anchors both inside and around) take a `Walker` of their own.
    """
    if len(h):
        inner = [a for a in h.iter("a") if "href" in a.attrib]
    else:
        inner = [h] if h.tag == "a" and "href" in h.attrib else []
    if not inner and (not (h.text or len(h)) or own in ("script", "style")):
        return  # no anchor inside, and no text for an anchor around it (a script's never counts)
    around = next((a for a in h.iterancestors("a") if "href" in a.attrib), None)
    if not inner and around is None:
        return
    if own is not None and not (inner and around is not None) \
            and not any(next(a.iterdescendants("a"), None) is not None for a in inner):
        if around is not None:
            i = slot[around]
            ctx = raws[i]
            if ctx is None:
                ctx = raws[i] = _shown_anchor(around)
            ctx.hidden_text.extend(h.itertext())
        for a in inner:
            raw = _shown_anchor(a)
            raw.hidden_by = own
            raw.hidden_text = list(a.itertext())
            raws[slot[a]] = raw
        return
    sub = Walker((walker.classes, walker.ids))
    sub._style_cache = walker._style_cache
    if around is not None:
        i = slot[around]
        ctx = raws[i]
        if ctx is None:
            ctx = raws[i] = _shown_anchor(around)
        sub.anchors = [ctx]
    sub.stack = [["#context", -1, None, None, 0 if around is not None else -1, 0, SEEN, False]]
    for event, el in etree.iterwalk(h, events=("start", "end", "comment")):
        if event == "start":
            tag = el.tag.lower() if isinstance(el.tag, str) else "#other"
            sub.start(tag.rpartition(":")[2], el.attrib, el)
            if el.text:
                sub.data(el.text)
        elif event == "end":
            sub.end()
            if el.tail and el is not h:
                sub.data(el.tail)
        elif el.tail:
            sub.data(el.tail)
    made = sub.anchors[1:] if around is not None else sub.anchors
    if len(made) != len(inner):
        raise NeedsWalker("hidden anchors do not match")
    for a, raw in zip(inner, made, strict=True):
        raws[slot[a]] = raw


def _lay_out(root: Any, overrides: Mapping[Any, tuple[bool, str]], all_anchors: list[Any],
             raws: list[RawAnchor | None], anchor_keys: list[list[str]],
             ) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, int, str]], dict[int, int],
                        list[tuple[int, int]], list[Any], int]:
    """Read the (now all visible) tree through `_MARKUP` and lay its text out as the `Walker` does.

    Returns the text, paragraph spans, blocks (id, parent, start, tag), block ends, paragraph owners and link
    lengths, the block elements (in block id order, from 1) and the text length.
    """
    shown = [i for i, r in enumerate(raws) if r is None or r.hidden_by is None]
    for i in shown:
        if raws[i] is None:
            raws[i] = _shown_anchor_of(all_anchors[i], anchor_keys[i])
    for el, (is_block, tag) in overrides.items():
        if el.tag == _HIDDEN_TAG:
            continue
        el.set(_TAG_ATTR, tag)
        if is_block:
            el.tag = _AS_BLOCK_ANCHOR if el.tag == "a" and "href" in el.attrib else _AS_BLOCK
        else:
            el.tag = _AS_INLINE
    try:
        marked = str(_MARKUP(root)) + (root.tail or "")
    except etree.XSLTError as e:  # libxslt's own limits (depth, memory)
        raise NeedsWalker(f"the stylesheet failed: {e}") from e
    block_els = list(root.iter(*_BLOCK_TAGS, _AS_BLOCK, _AS_BLOCK_ANCHOR))
    try:
        return _laid_out(marked, shown, block_els, all_anchors, raws)
    except (IndexError, StopIteration) as e:  # more anchor or block ends than the tree has (see `_laid_out`)
        raise NeedsWalker("anchors or blocks do not match") from e


def _laid_out(marked: str, shown: list[int], block_els: list[Any], all_anchors: list[Any],
              raws: list[RawAnchor | None]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, int, str]],
                                                     dict[int, int], list[tuple[int, int]], list[Any], int]:
    """The text laid out from the stylesheet's output `marked`, as `_lay_out` returns it.

    Every sentinel of `marked` is read here (each one a token's first character, or an anchor's end closing a
    token of text), so a count of them would read the text once more: an anchor opening beyond the `shown`
    ones, or a block or anchor end with none open, raises IndexError or StopIteration, and the checks at the
    end find what stayed open or unread.
    """

    out: list[str] = []
    emit = out.append
    length = 0
    pending = True  # a block boundary or line break since the last text: the next text starts a new line
    space = False
    lines = 0
    paragraphs: list[tuple[int, int]] = []
    para_meta: list[tuple[int, int]] = []
    para_start, para_owner, para_link = -1, 0, 0
    blocks: list[tuple[int, int, int, str]] = [(0, -1, 0, "#root")]
    block_end: dict[int, int] = {}
    owners: list[int] = []
    owner = 0
    open_anchors: list[int] = []
    unread = iter(shown)
    next_anchor = unread.__next__
    tag_of = _KIND_OF_OPEN
    run_start = _RUN_START
    cb, br, oa, ca, inl = _SENTINELS
    for tok in _TOKEN.findall(marked):
        c = tok[0]
        if c in run_start:  # block boundaries and line breaks
            run = tok if len(tok) == 1 else "".join(tok.split())
            if br not in run:  # block boundaries only (the common run): each breaks the paragraph
                for m in run:
                    if m == cb:
                        block_end[owner] = length
                        owner = owners.pop()
                    else:
                        bid = len(blocks)
                        blocks.append((bid, owner, length, tag_of.get(m) or block_els[bid - 1].get(_TAG_ATTR)))
                        owners.append(owner)
                        owner = bid
                broken = True
                lines = 0
            else:
                broken = False
                for m in run:
                    if m == cb:
                        block_end[owner] = length
                        owner = owners.pop()
                    elif m == br:
                        if lines:  # a second line break in a row breaks the paragraph, as a block does
                            broken = True
                            lines = 0
                        else:
                            lines = 1
                        continue
                    else:
                        bid = len(blocks)
                        blocks.append((bid, owner, length, tag_of.get(m) or block_els[bid - 1].get(_TAG_ATTR)))
                        owners.append(owner)
                        owner = bid
                    broken = True
                    lines = 0
            if broken and para_start >= 0:
                paragraphs.append((para_start, length))
                para_meta.append((para_owner, para_link))
                para_start = -1
            pending = True
            space = False
            continue
        closing = trailing = False
        if c == oa:
            open_anchors.append(next_anchor())
            if len(tok) == 1:
                continue
            if tok[-1] != ca:  # white space after the anchor
                tok = tok.rstrip()
                trailing = True
            tok = tok[1:-1]  # an anchor holding only text: its text, then its end
            closing = True
        elif c == ca:
            trailing = len(tok) > 1
            tok = ""
            closing = True
        if tok:
            parts = None
            if open_anchors:  # text nodes inside an anchor begin with _INL (and only those)
                if tok[0] == inl and tok.count(inl) == 1:  # one text node
                    tok = tok[1:]
                elif inl in tok:
                    parts = tok.split(inl)
                    tok = "".join(parts)
            words = tok.split()
            if not words:
                if tok:
                    space = True
            else:
                if length:
                    if pending:
                        emit("\n")
                        length += 1
                    elif space or tok[0].isspace():
                        emit(" ")
                        length += 1
                if para_start < 0:
                    para_start, para_owner, para_link = length, owner, 0
                chunk = " ".join(words)
                begin = length
                emit(chunk)
                length += len(chunk)
                pending = False
                lines = 0
                space = tok[-1].isspace()
                if open_anchors:
                    rec = raws[open_anchors[-1]]
                    assert rec is not None
                    if rec.start < 0:
                        rec.start = begin
                        rec.paragraph = len(paragraphs)
                    rec.end = length
                    # Link length counts each text node's words, as the walk reads them one by one.
                    para_link += len(chunk) if parts is None else sum(len(" ".join(p.split())) for p in parts)
        if closing:
            i = open_anchors.pop()
            rec = raws[i]
            assert rec is not None
            if rec.start < 0:
                _image_link(rec, all_anchors[i])
                if rec.has_image:
                    rec.start = rec.end = length
                    rec.paragraph = max(len(paragraphs) - (para_start < 0), 0)
                else:
                    rec.hidden_by = "empty"
            if trailing:
                space = True
    if owners or open_anchors or len(blocks) != len(block_els) + 1 or next(unread, None) is not None:
        raise NeedsWalker("unbalanced sentinels")
    if para_start >= 0:
        paragraphs.append((para_start, length))
        para_meta.append((para_owner, para_link))
    return "".join(out), paragraphs, blocks, block_end, para_meta, block_els, length


def _inked_anchors(candidates: list[Any], slot: dict[Any, int]) -> set[int]:
    """The indexes of the anchors an inline style may write unseen: their own, or a child's inside them (the
    survey's candidates include every element with a style; the hidden ones are emptied by now)."""
    out: set[int] = set()
    for el in candidates:
        if el.tag == _HIDDEN_TAG:
            continue
        style = el.get("style")
        if not style or INK_PROPS.search(style) is None:
            continue
        a = el if el.tag == "a" and "href" in el.attrib else \
            next((x for x in el.iterancestors("a") if "href" in x.attrib), None)
        if a is not None:
            out.add(slot[a])
    return out


# An inline style that places its element on its own (`left:60px`, `position:absolute`), as PDF-to-HTML
# converters set every word or line; a relative nudge (`position:relative; left:-1px` on a letter) moves an
# element within its line.
_PLACED_STYLE = re.compile(r"(?:^|;)\s*(?:left|right)\s*:|position\s*:\s*(?:absolute|fixed)", re.IGNORECASE)
_NUDGED = re.compile(r"position\s*:\s*(?:relative|static|sticky)", re.IGNORECASE)


def space_placed(elements: Iterable[Any]) -> None:
    """A space after each of `elements` an inline style places by itself (a PDF converter's one span per word,
    `<span style="left:60px">Water</span><span style="left:111px">for</span>`): its text never runs into the
    next element's on screen. So too on the side where an inline element's style sets a horizontal margin or
    padding (`<span style="margin-right:.3em">word</span><span ...>next</span>`, words spaced by CSS alone)."""
    for el in elements:
        style = el.get("style")
        if not style:
            continue
        low = style.lower()
        after = ("left" in low or "right" in low or "position" in low) and _PLACED_STYLE.search(low) is not None \
            and _NUDGED.search(low) is None
        before = False
        if ("margin" in low or "padding" in low) and el.tag not in BLOCK and _worded(el):
            before, gap_after = gaps(low)
            after = after or gap_after
        _space(el, before, after)


def space_classed(root: Any, spacing: Mapping[str, tuple[bool, bool]]) -> None:
    """Spaces around the inline elements of `root` whose class a sheet gives a word-gap margin or padding
    (`ClassRules.spacing`: `.w {padding-right: .28em}` on one span per word, words spaced by CSS alone), in the
    blocks whose text reads as glued words only: elsewhere a class's gap inside a word ("fer<span class=g>ry</span>",
    with a gap no reader sees) would cut words that the page spaces as usual."""
    glued: dict[Any, bool] = {}
    for el in root.iterfind(".//*[@class]"):
        if el.tag in BLOCK or not isinstance(el.tag, str):
            continue
        sides = [spacing[name] for name in el.get("class", "").split() if name in spacing]
        if not sides or not _worded(el):
            continue
        block = next((up for up in el.iterancestors() if up.tag in BLOCK), None)
        if block is None:
            continue
        inside = glued.get(block)
        if inside is None:
            text = "".join(block.itertext())
            spaces = text.count(" ") + text.count("\n")
            inside = glued[block] = len(text.strip()) >= GLUED_MIN and rarely_spaced(spaces, len(text))
        if inside:
            _space(el, any(b for b, _ in sides), any(a for _, a in sides))


GLUED_MIN = 60  # characters of a paragraph's or block's text, at least, to read as glued words


def rarely_spaced(spaces: int, length: int) -> bool:
    """Whether a text of `length` characters with `spaces` spaces and line breaks reads as words run together:
    a space every 25 characters or fewer (words are about 6)."""
    return 25 * spaces < length


def _space(el: Any, before: bool, after: bool) -> None:
    """A space after and/or before `el`, where its text would otherwise run into its neighbour's."""
    if after:
        tail = el.tail
        if not tail or not tail[0].isspace():
            el.tail = settable(" " + (tail or ""))
    if before:
        prev = el.getprevious()
        if prev is not None:
            if not prev.tail or not prev.tail[-1].isspace():
                prev.tail = settable((prev.tail or "") + " ")
        else:
            parent = el.getparent()
            if parent is not None and parent.text and not parent.text[-1].isspace():
                parent.text = settable(parent.text + " ")


def _worded(el: Any) -> bool:
    """Whether an element holds more than a letter: a gap around one letter is a drop cap, a stress mark's letter
    or letter-spacing drawn span by span, not a word break."""
    text = el.text or ""
    if len(text.strip()) > 1:
        return True
    return len(el) > 0 and len("".join(el.itertext()).strip()) > 1


def _pointer_events(candidates: list[Any], slot: dict[Any, int]) -> dict[int, bool]:
    """Whether each anchor under an element whose inline style declares `pointer-events` ignores the pointer,
    as `Walker` finds: the declaration nearest the anchor (its own or an ancestor's) decides, unless a part of
    the link takes the pointer back. The candidates are in document order, so an inner declaration comes after,
    and overrides, an outer one."""
    out: dict[int, bool] = {}
    links: dict[int, Any] = {}
    for el in candidates:
        style = el.get("style")
        if not style or "pointer-events" not in style.lower():
            continue
        off = inert(style, True)
        if off == inert(style, False):  # declared (an inherited value would differ between the two)
            for a in el.iter("a"):
                i = slot.get(a)
                if i is not None:
                    out[i], links[i] = off, a
    for i, off in out.items():
        if off and _takes_pointer_back(links[i]):
            out[i] = False
    return out


def _takes_pointer_back(a: Any) -> bool:
    """Whether an element inside the link `a` (not inside a link nested in it) declares pointer events other
    than none: a click on that part opens the link."""
    walk = etree.iterwalk(a, events=("start",))
    for _, el in walk:
        if el is a:
            continue
        if el.tag == "a" and "href" in el.attrib:
            walk.skip_subtree()
            continue
        style = el.get("style")
        if style and not inert(style, True):
            return True
    return False


def _ink_of_text(a: Any) -> str | None:
    """Why all the shown text of the anchor `a` is unseen, or None, as `Walker` finds (after `_lay_out`:
    hidden elements are emptied, restyled ones renamed, scripts and styles kept as they are)."""
    inks: list[Ink] = []
    ink = SEEN
    reason = None
    walk = etree.iterwalk(a, events=("start", "end", "comment"))
    for event, el in walk:
        if event == "start":
            inks.append(ink)
            nested = (el.tag == "a" or el.tag == _AS_BLOCK_ANCHOR) and "href" in el.attrib
            if el is not a and (nested or el.tag in SKIP):
                walk.skip_subtree()  # a nested anchor's text is its own; a script's is never shown
                continue
            style = el.get("style")
            if style and (el is a or INK_PROPS.search(style)):
                ink = ink_under(style, ink)
            text = el.text
        else:
            if event == "end":
                ink = inks.pop()
                if el is a:
                    break
            text = el.tail
        if text and not text.isspace():
            why = ink_reason(ink)
            if why is None:
                return None
            reason = reason or why
    return reason


def _shown_anchor(a: Any) -> RawAnchor:
    get = a.get
    style = get("style")
    return RawAnchor(get("href"), get("rel") or "", get("onclick") or get("data-href") or get("data-url") or "", None,
                     inert=bool(style) and inert(style))


def _shown_anchor_of(a: Any, keys: list[str]) -> RawAnchor:
    """`_shown_anchor(a)` given the names of `a`'s attributes (as the survey read them): an attribute not among
    them is not looked up (most anchors have none of rel, onclick, data-href, data-url, style). Keep the two
    in step."""
    get = a.get
    rel = (get("rel") or "") if "rel" in keys else ""
    script = ""
    if "onclick" in keys or "data-href" in keys or "data-url" in keys:
        script = get("onclick") or get("data-href") or get("data-url") or ""
    style = get("style") if "style" in keys else None
    return RawAnchor(get("href"), rel, script, None, inert=bool(style) and inert(style))


def _image_link(rec: RawAnchor, a: Any) -> None:
    """Note the images of a shown anchor without text (those not inside an anchor nested in it)."""
    n = len(a)
    if n == 0:
        return
    if n == 1 and a[0].tag == "img":  # the common image link, without a search of the subtree
        rec.has_image = True
        rec.alt = rec.alt or " ".join(a[0].get("alt", "").split())
        return
    for img in a.iter("img", _AS_BLOCK, _AS_INLINE):
        if img.tag != "img" and img.get(_TAG_ATTR) != "img":
            continue
        if next((x for x in img.iterancestors("a", _AS_BLOCK_ANCHOR) if "href" in x.attrib), None) is a:
            rec.has_image = True
            rec.alt = rec.alt or " ".join(img.get("alt", "").split())


class _Weights:
    """Block weights (see `visible._weight`), computed only for the blocks the body search asks about."""

    def __init__(self, blocks: list[tuple[int, int, int, str]], els: list[Any]) -> None:
        self.blocks, self.els = blocks, els
        self.memo: dict[int, float] = {0: 1.0}

    def __getitem__(self, b: int) -> float:
        memo = self.memo
        chain = []
        top = b
        while top not in memo:
            chain.append(top)
            top = self.blocks[top][1]
        w = memo[top]
        for c in reversed(chain):
            w = memo[c] = _weight(self.blocks[c][3], self.els[c - 1], w)  # the element reads as a mapping
        return memo[b]
