"""Article extraction: the original page's article text (headline, standfirst, body), the 30% rule's denominator.

Also reads the URLs the page declares for itself (canonical, og:url, AMP and mobile alternates).

How: the page is flattened into text blocks (`extract_dom`). Long, link-poor blocks vote for every element
that encloses them; link-heavy and boilerplate-marked blocks vote against. The best-scoring element is the
article container (a JSON-LD `articleBody`, when the page has one, adds weight to the blocks it confirms).
Inside the container, blocks that look like boilerplate (bylines, dates, captions, share labels, rights
notices, link lists) are dropped; the headline and a standfirst found between it and the body are put first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError
from .extract_dom import Block, Flat, effective_length, flatten, parse_html
from .extract_meta import PageMeta, read_meta
from .load import Document

__all__ = ["Article", "extract_article"]


@dataclass(frozen=True)
class Article:
    """The original's article text and the URLs the page declares for itself.

    `text` is what passage offsets index into; `paragraphs` are (start, end) character spans in it.
    `url` is the page's own canonical (or og:url) URL, absolute; `aliases` every URL form it declares.
    `method` says how the text was found: "text" (a text document, verbatim) or "dom".
    """

    text: str
    title: str = ""
    url: str | None = None
    aliases: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    method: str = "dom"


_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_PARAGRAPHS = frozenset(["p", "blockquote", "li", "dd", "pre", "td", "h2", "h3", "h4", "h5", "h6"])
_CAPTION = 1000  # characters: more text than this in a picture box is not a caption
# A class naming a box of article text; only such a class tells the parts of a split body apart.
_BODY_CLASS = re.compile(r"article|body|content|entry|story|text|post|prose|rich|wysiwyg|news|materia", re.I)
_SHORT = 30  # effective characters of a sentence-sized block, used when a page has no long block
_LONG = 70  # effective characters from which a link-poor block counts as article-like
# Short blocks that are rights notices, labels, credits, bylines or dates rather than article text.
_NOTICE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|rights reserved|reproduc|reprint|republish|"
    r"права защищены|перепечат|при (?:полном или частичном )?(?:использовании|цитировании|копировании)|"
    r"ссылка (?:на .{0,60})?обязательна|гиперссылк|активная ссылка|сілтеме|көшіріп|"
    r"wszelkie prawa|prawa zastrzeżone|版权|版權|转载|轉載|πνευματικά δικαιώματα",
    re.I,
)
_LABEL = re.compile(
    r"^(?:advertisement|advertising|реклама|reklama|广告|share|share this(?: article| story)?|tweet|e-?mail|"
    r"print|comments?|read more|read next|continue reading|читать далее|подробнее|читайте также|"
    r"смотрите также|see also|related|follow us|подписывайтесь.*|subscribe.*|sign up.*|top|back to top|"
    r"жарнама|оқи отырыңыз|сондай-ақ оқыңыз|тағы оқыңыз|толығырақ|"
    r"(?:photo|foto|фото|сурет|image|picture|credit|source|источник|дереккөз|getty images|ap photo|reuters)\b.{0,80}|"
    r"(?:просмотр\w*|views?|қаралым|прочитали|комментари\w*|пікірлер)\s*:?\s*\(?[\d\s]+\)?|"
    r"(?:by|автор|авторы|author|autor|від|από|του|της|作者|记者|記者)\b.{0,60}|"
    r"(?:published|updated|posted|last updated|опубликовано|обновлено|дата публикации)\b.{0,80}|"
    r"[(（]?(?:记者|記者|作者|来源|來源|责任编辑|責任編輯|编辑|編輯)\S{0,30})$",
    re.I,
)
# Short blocks that sell something (a newsletter, an app, a channel) or credit the staff.
_PROMO = re.compile(
    r"\b(?:sign up|subscribe|newsletter|your inbox|download (?:our|the) app|follow (?:us|him|her|them)"
    r"|(?:additional )?(?:reporting|writing|editing|edited|compiled) by|contributed to (?:this|the) report"
    r"|(?:originally )?(?:published|appeared) (?:on|in|by) .{0,40}\. read the original|views .{0,30}expressed"
    r"|подпис(?:ывайтесь|аться|ку)|подпишитесь|наш (?:канал|телеграм)|присоединяйтесь|рассылк"
    r"|жазылыңыз|арнамызға|zapisz się|subskrybuj|newsletter)\b|[\w.+-]+@[\w-]+\.[a-z]{2,}"
    r"|(?:電話|电话|傳真|传真|\btel\b\.?|\bfax\b|телефон|\bтел\b\.?)\s*[:：]?\s*[\d(+]",
    re.I,
)
_AGO = re.compile(
    r"\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|\d+\s*(?:час\w*|минут\w*|дн\w*)\s+назад|"
    r"\d+\s*(?:godz\.?|minut\w*|dni)\s+temu|\d+\s*(?:小时|分钟|天)前",
    re.I,
)
# A year, a clock time or a day.month: what makes a short line a date rather than a table row.
_DATE_SHAPE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}\b")
_DATE_NOISE = re.compile(
    r"[\d\s:.,/\-–—|()+]|\b(?:am|pm|utc|gmt|msk|et|est|edt|bst|cet)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\b|"
    r"\b(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*",
    re.I,
)


def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip())


def _text_article(doc: Document) -> Article:
    """A text document is its own article, verbatim: paragraphs are its non-blank lines."""
    spans = _paragraph_spans(doc.content)
    title = doc.content[spans[0][0] : spans[0][1]].strip() if spans else ""
    return Article(doc.content, title=title, paragraphs=spans, method="text")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _boilerplate_text(block: Block) -> bool:
    text = block.text
    if text.startswith("<") and text.endswith(">"):
        return True  # markup shown as text (a <noscript> image beacon)
    if len(text) > 300:
        return False
    if _NOTICE.search(text) or _PROMO.search(text):
        return True
    if len(text) <= 120 and _LABEL.match(text):
        return True
    # Dates and times: almost nothing left once digits, separators and month-sized words are removed.
    if len(text) < 80 and _AGO.search(text):
        return True
    if len(text) >= 60 or not _DATE_SHAPE.search(text):
        return False
    return len(_DATE_NOISE.sub("", text)) <= 14


def _exempt_marks(flat: Flat, long_blocks: list[bool], title_at: int) -> set[int]:
    """Marked elements around the headline are wrappers, not boilerplate (a class like `has-comments` on
    the article's box); so are weakly marked ones (`l-sidebar-fixed`) holding most article-like text."""
    total = sum(effective_length(b.text) for b, is_long in zip(flat.blocks, long_blocks, strict=True) if is_long)
    inside: dict[int, int] = {}
    for block, is_long in zip(flat.blocks, long_blocks, strict=True):
        if is_long:
            for mark in block.marks:
                inside[mark] = inside.get(mark, 0) + effective_length(block.text)
    around_title = set(flat.blocks[title_at].marks) if title_at >= 0 else set()
    # A picture box holding more than a caption's worth of text is a misnamed wrapper.
    text_in: dict[int, int] = {}
    for block in flat.blocks:
        for mark in block.marks:
            if mark in flat.media:
                text_in[mark] = text_in.get(mark, 0) + len(block.text)
    around_title |= {mark for mark, size in text_in.items() if size > _CAPTION}
    return around_title | {mark for mark, size in inside.items() if size > 0.5 * total and mark in flat.weak}


def _confirmed(flat: Flat, meta: PageMeta) -> list[bool]:
    """Blocks whose words occur in the JSON-LD `articleBody` (all False when the page has none)."""
    body = _norm(meta.article_body)
    if len(body) < 200:
        return [False] * len(flat.blocks)
    return [len(n) >= 20 and n in body for n in (_norm(b.text) for b in flat.blocks)]


def _region(flat: Flat, weights: list[int], lists: set[int]) -> tuple[int, set[int]]:
    """Elements holding the article: the best-scoring container plus its article-like siblings.

    A block credits its parent fully and farther ancestors less (1/k at k levels up),
    so the tightest element around the run of paragraphs wins, as in Readability; siblings whose net
    content is at least a fifth of the winner's (a body split by an ad or an inline box) join it.
    """
    decayed: dict[int, float] = {}
    net: dict[int, int] = {}
    for block, weight in zip(flat.blocks, weights, strict=True):
        if not weight:
            continue
        for k, ident in enumerate(reversed(block.path)):
            net[ident] = net.get(ident, 0) + weight
            if k:
                decayed[ident] = decayed.get(ident, 0.0) + (weight if k < 2 else weight / k)
    if not decayed:
        return -1, set()
    top = max(decayed, key=lambda i: (decayed[i], flat.depth[i]))
    region = {top}
    parent = flat.parent[top]
    if parent < 0:
        return top, region | _same_boxes(flat, top, net)
    # Siblings join only when their paragraphs look like the winner's (same tag and class): the rest of
    # a body split by an ad does, a comment thread or a teaser list next to the article does not.
    floor = max(_LONG, 0.2 * net.get(top, 0))
    siblings = {i for i in net if flat.parent[i] == parent and i != top and net[i] >= floor and i not in lists}
    if not siblings:
        return top, region | _same_boxes(flat, top, net)
    styles: dict[int, dict[tuple[str, str], int]] = {}
    for block, weight in zip(flat.blocks, weights, strict=True):
        if weight > 0:
            owner = block.path[-1]
            style = (block.tag, flat.classes[owner])
            for ident in block.path:
                if ident == top or ident in siblings:
                    counts = styles.setdefault(ident, {})
                    counts[style] = counts.get(style, 0) + weight
    region.update(_same_boxes(flat, top, net))
    top_styles = styles.get(top, {})
    if not top_styles:
        return top, region
    main_style = max(top_styles, key=lambda st: top_styles[st])
    for sib in siblings:
        counts = styles.get(sib, {})
        if counts.get(main_style, 0) >= 0.5 * sum(counts.values()):
            region.add(sib)
    return top, region


def _same_boxes(flat: Flat, top: int, net: dict[int, int], levels: int = 5) -> set[int]:
    """Boxes with the winner's tag and (non-empty) class near it: a body split into several
    `<div class="article-body">` parts around figures or ads."""
    if not flat.classes[top]:
        return set()
    scope = top
    for _ in range(levels):
        if flat.parent[scope] < 0:
            break
        scope = flat.parent[scope]
    found: set[int] = set()
    floor = max(_LONG, 0.2 * net.get(top, 0))
    if not _BODY_CLASS.search(flat.classes[top]):
        return found  # a grid class ("row", "col-md-8") says nothing about being the same body
    for i, (tag, cls) in enumerate(zip(flat.tags, flat.classes, strict=True)):
        if i == top or tag != flat.tags[top] or cls != flat.classes[top] or net.get(i, 0) < floor:
            continue
        up = i
        for _ in range(levels + 2):
            up = flat.parent[up]
            if up < 0 or up == scope:
                break
        if up == scope:
            found.add(i)
    return found


def _lists_of(flat: Flat, items: set[int], levels: int = 3) -> set[int]:
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


def _list_items(flat: Flat, long_blocks: list[bool]) -> set[int]:
    """Elements that are items of a list of like boxes (teasers, comments, search results).

    Three or more siblings with the same tag and first class, each holding several blocks of which at
    least one is long, are items: a headline-and-blurb teaser or an author-date-text comment. An article
    body's paragraphs are single blocks and do not qualify.
    """
    count: dict[int, int] = {}
    longs: dict[int, int] = {}
    for block, is_long in zip(flat.blocks, long_blocks, strict=True):
        for ident in block.path[:-1]:
            count[ident] = count.get(ident, 0) + 1
            if is_long:
                longs[ident] = longs.get(ident, 0) + 1
    groups: dict[tuple[int, str, str], list[int]] = {}
    for ident, n in count.items():
        if n >= 2 and longs.get(ident, 0) >= 1:
            first = flat.classes[ident].split(" ", 1)[0]
            groups.setdefault((flat.parent[ident], flat.tags[ident], first), []).append(ident)
    return {i for members in groups.values() if len(members) >= 3 for i in members}


def _title_index(flat: Flat, meta: PageMeta) -> int:
    """Index of the headline block: a heading matching the page's declared title, else the first `h1`."""
    hints = [_norm(t) for t in meta.titles if len(_norm(t)) >= 8]
    best, best_key = -1, (0, 0)
    for i, block in enumerate(flat.blocks):
        if block.tag not in _HEADINGS and not hints:
            continue
        norm = _norm(block.text)
        if len(norm) < 8 or len(block.text) > 400:
            continue
        match = any(norm == h or (norm in h and len(norm) > 0.4 * len(h)) or h in norm for h in hints)
        key = (2 * match + (block.tag == "h1") + (block.tag in _HEADINGS), -i)
        if (match or block.tag == "h1") and key > best_key:
            best, best_key = i, key
    return best


def _keep(block: Block, exempt: set[int], confirmed: bool, quoted: bool = False) -> bool:
    """Whether a block of the article region is article text (`quoted`: it sits in a `<blockquote>`)."""
    if confirmed:
        return True
    if not quoted and any(m not in exempt for m in block.marks):
        return False
    density = block.link_density
    size = effective_length(block.text)
    sentence = block.text[-1:] in '.!?…»"”。！？)'
    # A sentence of prose that happens to be mostly links is still prose.
    limit = 0.8 if sentence and size >= 80 else 0.5 if size >= 200 else 0.3
    if density > limit:
        return False
    if _boilerplate_text(block):
        return False
    if block.tag in _HEADINGS:
        return size >= 4
    return size >= 25 or (block.tag in _PARAGRAPHS and sentence)


def _drop_orphan_headings(chosen: list[int], flat: Flat) -> list[int]:
    """A subheading with no kept text after it (before the next heading) heads boilerplate: drop it."""
    out: list[int] = []
    for pos, i in enumerate(chosen):
        if flat.blocks[i].tag in _HEADINGS:
            nxt = chosen[pos + 1] if pos + 1 < len(chosen) else None
            if nxt is None or flat.blocks[nxt].tag in _HEADINGS:
                continue
        out.append(i)
    return out


def _select(flat: Flat, meta: PageMeta) -> tuple[list[str], str]:
    blocks = flat.blocks
    sizes = [effective_length(b.text) for b in blocks]
    long_blocks = [s >= _LONG and b.link_density < 0.3 for b, s in zip(blocks, sizes, strict=True)]
    if not any(long_blocks):
        # A brief of short paragraphs: let sentence-sized, link-free text count as article-like.
        long_blocks = [s >= _SHORT and b.link_density < 0.1 for b, s in zip(blocks, sizes, strict=True)]
    title_at = _title_index(flat, meta)
    exempt = _exempt_marks(flat, long_blocks, title_at)
    confirmed = _confirmed(flat, meta)
    # Paragraphs right under the headline's nearest boxes are more likely the article than distant ones.
    near_title = set(blocks[title_at].path[-4:-1]) if title_at >= 0 else set()
    weights: list[int] = []
    for block, size, is_long, ok in zip(blocks, sizes, long_blocks, confirmed, strict=True):
        marked = any(m not in exempt for m in block.marks)
        if is_long and not near_title.isdisjoint(block.path[-3:-1]):
            size *= 2
        if ok:
            weights.append(2 * size)
        elif block.tag in _HEADINGS and not marked:
            weights.append(0)  # a long heading is a title or standfirst, not evidence of the body
        elif is_long:
            # Teasers (a linked headline plus a blurb) and list items count for less than paragraphs.
            share = (1.0 - 3.0 * block.link_density) * (0.5 if block.tag in ("li", "dd") else 1.0)
            weights.append(-size if marked else int(size * share))
        elif block.link_density > 0.5 or marked:
            weights.append(-len(block.text) // 2)
        else:
            weights.append(0)
    items = _list_items(flat, long_blocks)
    if items:
        weights = [
            w // 3 if w > 0 and not items.isdisjoint(b.path) else w for w, b in zip(weights, blocks, strict=True)
        ]
    top, region = _region(flat, weights, _lists_of(flat, items))
    inside = {i for i, b in enumerate(blocks) if not region.isdisjoint(b.path)}
    if inside:
        # Long prose just outside the region also counts: the standfirst between the headline and the
        # body, and paragraphs in the gaps of the body that sit directly in the winner's parent.
        first, last = min(inside), max(inside)
        scope = flat.parent[top]
        start = title_at + 1 if 0 <= title_at < first else first
        inside.update(
            i for i in range(start, last) if long_blocks[i] and (i < first or (scope >= 0 and scope in blocks[i].path))
        )
    quotes = {i for i, tag in enumerate(flat.tags) if tag == "blockquote"}
    chosen = [
        i
        for i in sorted(inside)
        if i != title_at and _keep(blocks[i], exempt, confirmed[i], not quotes.isdisjoint(blocks[i].path))
    ]
    chosen = _drop_orphan_headings(chosen, flat)
    title = blocks[title_at].text if title_at >= 0 else (meta.titles[0] if meta.titles else "")
    paragraphs: list[str] = []
    seen: set[str] = {_norm(title)}
    for i in chosen:
        key = _norm(blocks[i].text)
        if key and key not in seen:
            seen.add(key)
            paragraphs.append(blocks[i].text)
    return paragraphs, title


def extract_article(doc: Document) -> Article:
    """Extract the article from `doc`; a text document is its own article, verbatim.

    Raises `InputError` when an HTML page holds no article text at all.
    """
    if doc.kind == "text":
        return _text_article(doc)
    root = parse_html(doc.content)
    if root is None:
        raise InputError(f"no article text found in {doc.name}; pass the article as text")
    meta = read_meta(root, doc.url)
    paragraphs, title = _select(flatten(root), meta)
    if not paragraphs:
        raise InputError(f"no article text found in {doc.name}; pass the article as text")
    parts = [title, *paragraphs] if title else paragraphs
    text = "\n\n".join(parts)
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return Article(text, title=title, url=meta.url, aliases=meta.aliases, paragraphs=tuple(spans))
