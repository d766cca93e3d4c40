"""Where the article is: scoring the page's boxes by the text blocks they hold.

Long, link-poor blocks vote for the boxes around them, most for the nearest (as in Readability); link
lists and boilerplate-marked blocks vote against. The winner is joined by siblings written in the same
paragraph style and by same-class parts of a body split around figures or ads, never by a list of like
boxes (teasers, comments). Markers that wrap the headline, a picture box holding a body's worth of text,
or a weak marker around most of the page's prose are exemptions, not boilerplate.
"""

from __future__ import annotations

import collections
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .extract_dom import Flat
from .extract_marks import weak_tokens

__all__ = ["LONG", "builder_marks", "exempt_marks", "find_region", "list_items", "lists_of"]

LONG = 70  # effective characters from which a link-poor block counts as article-like
_CAPTION = 1000  # characters: more text than this in a picture box is not a caption
# A class naming a box of article text; only such a class tells the parts of a split body apart.
_BODY_CLASS = re.compile(r"article|body|content|entry|story|text|post|prose|rich|wysiwyg|news|materia", re.I)


def exempt_marks(flat: Flat, long_blocks: list[bool], title_at: int, builder: set[int]) -> set[int]:
    """Marked elements around the headline are wrappers, not boilerplate (a class like `has-comments` on
    the article's box); so are weakly marked ones (`l-sidebar-fixed`) holding most article-like text, and
    asides of prose inside the article (`_article_asides`), and a page builder's boxes (`builder`, from
    `builder_marks`)."""
    total = sum(b.size for b, is_long in zip(flat.blocks, long_blocks, strict=True) if is_long)
    inside: dict[int, int] = {}
    for block, is_long in zip(flat.blocks, long_blocks, strict=True):
        if is_long:
            for mark in block.marks:
                inside[mark] = inside.get(mark, 0) + block.size
    around_title = set(flat.blocks[title_at].marks) if title_at >= 0 else set()
    # A picture box holding more than a caption's worth of text is a misnamed wrapper.
    text_in: dict[int, int] = {}
    for block in flat.blocks:
        for mark in block.marks:
            if mark in flat.media:
                text_in[mark] = text_in.get(mark, 0) + len(block.text)
    around_title |= {mark for mark, size in text_in.items() if size > _CAPTION}
    return around_title | _article_asides(flat) | builder | _photo_story(flat, long_blocks) | {
        mark for mark, size in inside.items() if size > 0.5 * total and mark in flat.weak}


_STORY_CAPTIONS = 3  # captions of a sentence or more, at least, in a photo story ...
_STORY_SHARE = 3  # ... holding this many times the text of the prose outside the pictures


def _photo_story(flat: Flat, long_blocks: list[bool]) -> set[int]:
    """The picture boxes and caption elements of a photo story, whose captions tell it: _STORY_CAPTIONS or more
    blocks marked only as pictures or captions, each a sentence of 60 characters or more, holding _STORY_SHARE
    times the text of the long unmarked blocks (a short lead). An article with photos tells its story outside
    them (an intro and a closing paragraph of a few sentences already outweigh six captions)."""
    if not flat.media:
        return set()
    pictured: set[int] = set()
    captions = 0
    told = 0
    for block in flat.blocks:
        if not block.marks or len(block.text) < 60 or block.text[-1:] not in ".!?…»\"":
            continue
        if all(m in flat.media or flat.tags[m] == "figcaption" or "caption" in flat.classes[m].lower()
               for m in block.marks):
            pictured.update(block.marks)
            captions += 1
            told += block.size
    if captions < _STORY_CAPTIONS:
        return set()
    prose = sum(b.size for b, is_long in zip(flat.blocks, long_blocks, strict=True) if is_long and not b.marks)
    return pictured if told > _STORY_SHARE * prose else set()


def builder_marks(flat: Flat, long_blocks: list[bool], title_at: int) -> set[int]:
    """Weakly marked elements named by a token that the boxes around the headline and those holding most of
    the article-like text carry: a page builder's naming (Elementor wraps every block, the headline and the
    paragraphs too, in an `elementor-widget`), not furniture. They are judged as unmarked boxes (links, size)
    instead. A sidebar's text widgets (`textwidget`) hold no headline."""
    if title_at < 0 or not flat.weak:
        return set()
    titled = {t for mark in flat.blocks[title_at].marks if mark in flat.weak for t in weak_tokens(flat.classes[mark])}
    if not titled:
        return set()
    total = sum(b.size for b, is_long in zip(flat.blocks, long_blocks, strict=True) if is_long)
    tokens = {mark: weak_tokens(flat.classes[mark]) for mark in flat.weak}
    inside: dict[str, int] = {}
    for block, is_long in zip(flat.blocks, long_blocks, strict=True):
        if is_long:
            for token in {t for mark in block.marks if mark in tokens for t in tokens[mark]}:
                inside[token] = inside.get(token, 0) + block.size
    builder = {token for token, size in inside.items() if size > 0.5 * total and token in titled}
    return {mark for mark, names in tokens.items() if not builder.isdisjoint(names)} if builder else set()


_ASIDE_LINKS = 0.1  # share of an aside's text in links under which it is a box of the article's own prose


def _article_asides(flat: Flat) -> set[int]:
    """`<aside>`s inside an `<article>` written as prose (a tip, a "key points" box), not link boxes: their
    text is part of the article. A sidebar stands outside the article; an inset teaser's headline is a link."""
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    for block in flat.blocks:
        for mark in block.marks:
            if flat.tags[mark] == "aside":
                chars[mark] = chars.get(mark, 0) + len(block.text)
                links[mark] = links.get(mark, 0) + block.links
    out = set()
    for mark, n in chars.items():
        if links[mark] < _ASIDE_LINKS * n and mark in flat.weak:  # not an aside classed as furniture
            up = flat.parent[mark]
            while up >= 0 and flat.tags[up] != "article":
                up = flat.parent[up]
            if up >= 0:
                out.add(mark)
    return out


def _sums(values: Iterable[int]) -> list[int]:
    """Prefix sums: an element's total over its blocks is `sums[last] - sums[first]`."""
    return list(itertools.accumulate(values, initial=0))


# Tags that make their text one paragraph; text right inside any other element holding several blocks is a
# paragraph of that element, split off by line breaks.
_PARAGRAPH_TAGS = frozenset(["p", "li", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                             "pre", "figcaption", "caption"])
_NO_ELEMENT = -1  # the last entry of a path that stands for the paragraph such text forms (never an index)


def find_region(flat: Flat, weights: list[int], lists: set[int], builder: set[int]) -> tuple[int, set[int]]:
    """Elements holding the article: the best-scoring container plus its article-like siblings.

    A block credits its parent fully and farther ancestors less (1/k at k levels up),
    so the tightest element around the run of paragraphs wins, as in Readability; siblings whose net
    content is at least a fifth of the winner's (a body split by an ad or an inline box) join it. A page
    builder's widget (`builder`: see `builder_marks`) is one block of a column of widgets: the column wins.
    """
    # Blocks side by side in one parent (the paragraphs of a body, the items of a menu) share every
    # ancestor: their votes are added up first and cast once.
    runs: list[tuple[tuple[int, ...], int]] = []
    last_parent, total = -1, 0
    last_path: tuple[int, ...] = ()
    tags, first, last = flat.tags, flat.first, flat.last
    for block, weight in zip(flat.blocks, weights, strict=True):
        path = block.path
        if not weight or not path:
            continue
        own = path[-1]
        if last[own] - first[own] > 1 and tags[own] not in _PARAGRAPH_TAGS:
            # Text right inside a box that holds other blocks too (paragraphs split by <br><br> in one
            # <div>): the box is the paragraphs' parent, so it is the box that their votes credit.
            path += (_NO_ELEMENT,)
        elif len(path) < 2:
            continue
        if path[-2] == last_parent and len(path) == len(last_path):
            total += weight
            continue
        if last_path:
            runs.append((last_path, total))
        last_parent, total, last_path = path[-2], weight, path
    if last_path:
        runs.append((last_path, total))
    decayed = [0.0] * len(flat.tags)
    scored: set[int] = set()
    for path, weight in runs:
        scored.update(path[:-1])
        decayed[path[-2]] += weight
        # decayed[ident] += weight / k for the ancestors k >= 2 levels up, run in C (int.__truediv__ is `/`).
        ups = path[-3::-1]
        shares = map(operator.add, map(decayed.__getitem__, ups), map(weight.__truediv__, range(2, len(path))))
        collections.deque(map(decayed.__setitem__, ups, shares), maxlen=0)
    if not scored:
        return -1, set()
    # Ties go to the deeper element, then to the first in page order (the first to receive a vote).
    top = max(sorted(scored), key=list(zip(decayed, flat.depth, strict=True)).__getitem__)
    sums = _sums(weights)

    def net(i: int) -> int:
        return sums[last[i]] - sums[first[i]]

    region = {top}
    if top in builder and flat.parent[top] in builder:
        # A widget holds its text in a container of its own, and the widgets stand in a column (the outermost
        # of the builder's boxes around them). The region is the column holding the most article-like text
        # (the best single widget may be a text widget in the sidebar's column); its widgets' furniture is
        # told block by block, as in any box.
        column = top
        while flat.parent[column] in builder:
            column = flat.parent[column]
        plus = _sums(max(w, 0) for w in weights)
        best = max(sorted(c for c in builder if flat.depth[c] == flat.depth[column]),
                   key=lambda c: plus[last[c]] - plus[first[c]])
        return best, {best}
    parent = flat.parent[top]
    if parent < 0:
        return top, region | _same_boxes(flat, top, net)
    # Siblings join only when their paragraphs look like the winner's (same tag and class): the rest of
    # a body split by an ad does, a comment thread or a teaser list next to the article does not.
    floor = max(LONG, 0.2 * net(top))
    siblings = {i for i in _positions(flat.parent, parent) if i != top and net(i) >= floor and i not in lists}
    if not siblings:
        return top, region | _same_boxes(flat, top, net)
    region.update(_same_boxes(flat, top, net))
    top_styles = _styles(flat, weights, top)
    if not top_styles:
        return top, region
    main_style = max(top_styles, key=lambda st: top_styles[st])
    for sib in siblings:
        counts = _styles(flat, weights, sib)
        if counts.get(main_style, 0) >= 0.5 * sum(counts.values()):
            region.add(sib)
    return top, region


def _styles(flat: Flat, weights: list[int], ident: int) -> dict[tuple[str, str], int]:
    """Positive weight inside element `ident` per paragraph style (block tag, class of its element)."""
    counts: dict[tuple[str, str], int] = {}
    blocks, classes = flat.blocks, flat.classes
    for i in range(flat.first[ident], flat.last[ident]):
        weight = weights[i]
        if weight > 0:
            block = blocks[i]
            style = (block.tag, classes[block.path[-1]])
            counts[style] = counts.get(style, 0) + weight
    return counts


def _positions(values: list[Any], value: Any) -> Iterator[int]:
    """Indexes of `value` in `values`, found by `list.index` (a scan in C)."""
    at = -1
    while True:
        try:
            at = values.index(value, at + 1)
        except ValueError:
            return
        yield at


def _same_boxes(flat: Flat, top: int, net: Callable[[int], int], levels: int = 5) -> set[int]:
    """Boxes with the winner's tag and (non-empty) class near it: a body split into several
    `<div class="article-body">` parts around figures or ads."""
    top_class = flat.classes[top]
    if not top_class or not _BODY_CLASS.search(top_class):
        return set()  # a grid class ("row", "col-md-8") says nothing about being the same body
    scope = top
    for _ in range(levels):
        if flat.parent[scope] < 0:
            break
        scope = flat.parent[scope]
    found: set[int] = set()
    floor = max(LONG, 0.2 * net(top))
    headlines = [k for k, block in enumerate(flat.blocks) if block.tag == "h1"]
    for i in _positions(flat.classes, top_class):
        if i == top or flat.tags[i] != flat.tags[top] or net(i) < floor:
            continue
        lo, hi = (flat.last[top], flat.first[i]) if flat.first[i] >= flat.last[top] else (flat.last[i], flat.first[top])
        if any(lo <= k < hi for k in headlines) or -1 != _story(flat, i) != _story(flat, top) != -1:
            continue  # another story's body, after its own headline (the next story of an endless feed)
        up = i
        for _ in range(levels + 2):
            up = flat.parent[up]
            if up < 0 or up == scope:
                break
        if up == scope:
            found.add(i)
    return found


def _story(flat: Flat, ident: int) -> int:
    """The nearest `<article>` around element `ident` (-1 if none)."""
    while ident >= 0 and flat.tags[ident] != "article":
        ident = flat.parent[ident]
    return ident


def lists_of(flat: Flat, items: set[int], levels: int = 3) -> set[int]:
    """The items and the boxes holding them (a few levels up): a teaser list is no part of a split body."""
    found = set(items)
    for item in items:
        up = flat.parent[item]
        for _ in range(levels):
            if up < 0:
                break
            found.add(up)
            up = flat.parent[up]
    return found


def list_items(flat: Flat, long_blocks: list[bool]) -> set[int]:
    """Elements that are items of a list of like boxes (teasers, comments, search results).

    Three or more siblings with the same tag and first class, each holding several blocks of which at
    least one is long, are items: a headline-and-blurb teaser or an author-date-text comment. An article
    body's paragraphs are single blocks and do not qualify, nor do the parts of a body split into boxes of
    several paragraphs each (`_parts`), nor `<details>` (a FAQ's questions and answers).
    """
    longs = _sums(long_blocks)  # a True adds 1
    starts, ends = flat.first, flat.last
    groups: dict[tuple[int, str, str], list[int]] = {}
    # The elements holding two or more blocks, found in C (2 <= end - start): most hold one or none.
    several = itertools.compress(range(len(starts)), map((2).__le__, map(operator.sub, ends, starts)))
    for ident in several:
        if longs[ends[ident]] > longs[starts[ident]] and flat.tags[ident] != "details":
            first = flat.classes[ident].split(" ", 1)[0]
            groups.setdefault((flat.parent[ident], flat.tags[ident], first), []).append(ident)
    return {i for members in groups.values() if len(members) >= 3 and not _parts(members, flat, long_blocks, longs)
            for i in members}


def _parts(members: list[int], flat: Flat, long_blocks: list[bool], longs: list[int]) -> bool:
    """Whether like boxes are the parts of one body (`<section class="article-part">` between ads, the
    entries of a live blog), not a list: two thirds of them hold two long blocks or more (a teaser holds one
    blurb, a comment one text), or unmarked text none of which is mostly links, a long block among it (a
    teaser's headline is a link; a comment's text is inside a marked thread; an entry's time stamp and
    share buttons are marked furniture of its own)."""
    def part(i: int) -> bool:
        lo, hi = flat.first[i], flat.last[i]
        if longs[hi] - longs[lo] >= 2:
            return True
        own = [k for k in range(lo, hi) if not flat.blocks[k].marks]
        return any(long_blocks[k] for k in own) and all(flat.blocks[k].link_density <= 0.5 for k in own)

    return 3 * sum(1 for i in members if part(i)) >= 2 * len(members)
