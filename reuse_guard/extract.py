"""Article extraction: the original page's article text (headline, standfirst, body), the 30% rule's denominator.

Also reads the URLs the page declares for itself (canonical, og:url, AMP and mobile alternates, JSON-LD).

How: the page is flattened into text blocks (`extract_dom`); the boxes around long, link-poor blocks win
the article region (`extract_region`), helped by blocks a JSON-LD `articleBody` confirms and by nearness to
the headline, hindered by lists of like boxes (teasers, comments) and boilerplate markers. Inside the region,
blocks that read like furniture (`extract_text`: bylines, dates, captions, labels, promos, rights notices),
link lists, teaser items and feeds are dropped; the headline and a standfirst between it and the body go
first. A page that shows under a third of the `articleBody` it declares (script-rendered, paywalled) is
read from that `articleBody`. A text document is its own article, verbatim.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .errors import InputError
from .extract_dom import Block, Flat, flatten, parse_html
from .extract_meta import PageMeta, read_meta
from .extract_region import LONG, builder_marks, exempt_marks, find_region, list_items, lists_of
from .extract_text import boilerplate_text, comments_header
from .load import Document

__all__ = ["Article", "extract_article"]


@dataclass(frozen=True)
class Article:
    """The original's article text and the URLs the page declares for itself.

    `text` is what passage offsets index into; `paragraphs` are (start, end) character spans in it.
    `url` is the page's own canonical (or og:url) URL, absolute; `aliases` every URL form it declares.
    `method` says how the text was found: "text" (a text document, verbatim), "dom" (the page's
    visible article), or "json-ld" (the page shows little of the `articleBody` it declares).
    """

    text: str
    title: str = ""
    url: str | None = None
    aliases: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    method: str = "dom"
    editions: tuple[tuple[str, str], ...] = ()  # (hreflang, URL) of the article in other languages: translations
    next_page: str | None = None  # where the article goes on, as the page declares (<link rel="next">)


_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BULLETS = "–—-•·"  # what starts an item of a list written as lines of text
_STANDFIRST_MIN = 40  # effective characters of the shortest standfirst
_BOLD_HEADING = 80  # effective characters under which a line all in bold is a subheading
# A class naming a (sub)title box ("t-title", "article__subheading").
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:sub)?(?:title|heading|headline)(?:$|[\s_-])", re.I)
# Blocks whose one sentence is a paragraph of the article (a <summary> is a FAQ's question).
_PARAGRAPHS = frozenset(["p", "blockquote", "li", "dd", "pre", "td", "h2", "h3", "h4", "h5", "h6", "summary"])
_DECLARED_MIN = 200  # characters of JSON-LD articleBody worth falling back to
_TEASER = 500  # characters: a linked headline and a blurb; a longer box is no teaser
_WORD = re.compile(r"\w+")
_SHORT = 30  # effective characters of a sentence-sized block, used when a page has no long block


def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip())


def _text_article(doc: Document) -> Article:
    """A text document is its own article, verbatim: paragraphs are its non-blank lines."""
    spans = _paragraph_spans(doc.content)
    first = doc.content[spans[0][0] : spans[0][1]].strip() if spans else ""
    title = first if len(first) <= _TEXT_TITLE else ""  # a headline line, not a paragraph of prose
    return Article(doc.content, title=title, paragraphs=spans, method="text")


_TEXT_TITLE = 200  # characters: a longer first line of a text is its first paragraph


@functools.lru_cache(maxsize=2048)
def _norm(text: str) -> str:
    """Lower-cased words joined by single spaces; cached, as the headline search, the JSON-LD check and the
    duplicate filter ask it of the same blocks."""
    return " ".join(_WORD.findall(text.lower()))


def _grams(words: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _confirmed(flat: Flat, meta: PageMeta) -> list[bool]:
    """Blocks whose words occur in the JSON-LD `articleBody` (all False when the page has none).

    Compared by word 4-grams (nearly all of a block's must be in the body), in time linear in the page:
    a block found whole in the body passes at once, and counting stops once too many 4-grams are missing.
    """
    if len(meta.article_body) < _DECLARED_MIN:
        return [False] * len(flat.blocks)
    body = _norm(meta.article_body)
    declared = set(_grams(body.split()))
    spaced = f" {body} "
    out: list[bool] = []
    for block in flat.blocks:
        norm = _norm(block.text)
        words = norm.split()
        count = len(words) - 3  # 4-grams in the block
        if len(norm) < 20:
            out.append(False)
        elif count <= 0:
            out.append(norm in body)  # unspaced (CJK) text: a few long "words"
        elif f" {norm} " in spaced:
            out.append(True)  # every 4-gram of the block is one of the body's
        else:
            need = 0.9 * count
            missing = 0
            for i in range(count):
                if tuple(words[i : i + 4]) not in declared:
                    missing += 1
                    if count - missing < need:
                        break
            out.append(count - missing >= need)
    return out


def _title_index(flat: Flat, meta: PageMeta) -> int:
    """Index of the headline block: a heading matching the page's declared title, else the first `h1`.

    Headings are tried first; other blocks (a headline set in a styled `div`) only when no heading matches.
    """
    hints = [_norm(t) for t in meta.titles if len(_norm(t)) >= 8]
    declared = {_norm(t) for t in meta.declared}
    headings = [i for i, b in enumerate(flat.blocks) if b.tag in _HEADINGS]
    best, best_key = _best_title(flat, headings, hints, declared)
    if best_key[0] < 3 and hints:
        best, best_key = _best_title(flat, range(len(flat.blocks)), hints, declared)
    return best


def _best_title(flat: Flat, candidates: Iterable[int], hints: list[str],
                declared: AbstractSet[str] = frozenset()) -> tuple[int, tuple[int, int]]:
    best, best_key = -1, (0, 0)
    for i in candidates:
        block = flat.blocks[i]
        if len(block.text) > 400 or (block.tag not in _HEADINGS and len(block.text) < 8):
            continue
        norm = _norm(block.text)
        if len(norm) < 8:
            continue
        match = any(norm == h or (norm in h and len(norm) > 0.4 * len(h)) or h in norm for h in hints)
        # A block that is a title the page declares (og:title, JSON-LD), word for word and not a link (a logo),
        # beats one only matching part of a title: the site's long name in the header ("Akimat of ... district")
        # is part of "<headline> - <site name>".
        exact = match and norm in declared and block.link_density < 0.5
        key = (2 * match + exact + (block.tag == "h1") + (block.tag in _HEADINGS), -i)
        logo = block.link_density > 0.5 and not match  # <h1><a href="/">Site name</a></h1>
        if (match or (block.tag == "h1" and not logo)) and key > best_key:
            best, best_key = i, key
    return best, best_key


def _ancestors(flat: Flat, ident: int) -> set[int]:
    found = set()
    while ident >= 0:
        found.add(ident)
        ident = flat.parent[ident]
    return found


def _paired_blurbs(flat: Flat, long_blocks: list[bool]) -> set[int]:
    """Blurbs of a feed written as siblings: linked headline, blurb, linked headline, blurb...

    A `<dl>` of `<dt><a>` and `<dd>`, or `<h3><a>` and `<p>` pairs, three or more under one parent.
    """
    pairs: dict[int, list[int]] = {}
    longs: dict[int, int] = {}  # long blocks per parent
    blocks = flat.blocks
    for i, blurb in enumerate(blocks):
        if not long_blocks[i] or len(blurb.path) < 2:
            continue
        parent = blurb.path[-2]
        longs[parent] = longs.get(parent, 0) + 1
        head = blocks[i - 1] if i else None
        if head is None or head.link_density < 0.8 or len(head.text) > 200:
            continue
        if head.path[-2:-1] != (parent,) or head.marks != blurb.marks:
            continue  # not a sibling: a related-link box dropped between paragraphs
        pairs.setdefault(parent, []).append(i)
    # A feed is mostly such pairs; an article with a few linked lines between paragraphs is not.
    return {i for p, found in pairs.items() if len(found) >= 3 and len(found) >= 0.6 * longs[p] for i in found}


def _teasers(flat: Flat, items: set[int]) -> set[int]:
    """List items led by a link (a linked headline, then a blurb): teasers of other articles.

    A listicle's items are led by an unlinked heading and stay article text.
    """
    blocks, starts, ends = flat.blocks, flat.first, flat.last
    sizes = list(itertools.accumulate((len(b.text) for b in blocks), initial=0))
    return {
        i
        for i in items
        if ends[i] > starts[i]
        and blocks[starts[i]].link_density >= 0.8
        and sizes[ends[i]] - sizes[starts[i]] <= _TEASER
    }


def _keep(block: Block, exempt: set[int], confirmed: bool, quoted: bool = False, titled: bool = False) -> bool:
    """Whether a block of the article region is article text (`quoted`: it sits in a `<blockquote>`)."""
    if confirmed:
        return True
    if not quoted and not exempt.issuperset(block.marks):
        return False
    density = block.link_density
    size = block.size
    text = block.text
    # A sentence, or an item of a list written in the text ("кардиолог;", "– Автовокзал;"), or the lead-in
    # of one ("Для машин построят:"; one with nothing kept after it is dropped as an orphan).
    end = text[-1:]
    sentence = end in '.!?…»"”。！？)؟۔' or (end in ";:؛" and (block.tag in _PARAGRAPHS or text[:1] in _BULLETS))
    lead_in = end == ":" and size >= 10
    # A sentence of prose that happens to be mostly links is still prose.
    limit = 0.8 if sentence and size >= 80 else 0.5 if size >= 200 else 0.3
    if density > limit:
        return False
    heading = titled or _heading(block)
    listed = text[:1] in _BULLETS and sentence
    row = block.tag == "tr" and size >= 10  # a row of a data table: its figures make it short
    big_enough = size >= 4 if heading else (
        size >= 25 or (block.tag in _PARAGRAPHS and sentence) or listed or lead_in or row)
    # A timetable's row holds two clock times and reads as a date line ("No. 318 18:40 09:10 next day Mon").
    return big_enough and (not boilerplate_text(block.text) or (row and len(_CLOCK.findall(text)) >= 2))


# Effective characters of article prose before a block can open the comment section: an invitation to
# comment needs the body begun; a bare "Comments (3)" header most of a short article (toolbars show one).
_BEFORE_COMMENTS = (0, 1200, 400)


def _comments_start(flat: Flat, inside: list[int], long_blocks: list[bool]) -> int:
    """Index of the block that opens a comment section inside the region (len(flat.blocks) if none).

    A "Comments" link or counter in a toolbar is no section: links never count, and the cut needs article
    prose before it.
    """
    prose = 0
    for i in inside:
        block = flat.blocks[i]
        if block.link_density < 0.5 and prose >= _BEFORE_COMMENTS[2]:
            kind = comments_header(block.text)
            if kind == 1 and _heading(block):
                kind = 2  # a heading (or bold line) "Comments (2)" heads the section; a toolbar counter does not
            if kind and prose >= _BEFORE_COMMENTS[kind]:
                return i
        if long_blocks[i]:
            prose += block.size
    return len(flat.blocks)


def _titled(flat: Flat, i: int) -> bool:
    """Whether block `i` is short and its own box is classed as a title (a page builder's "t-title")."""
    block = flat.blocks[i]
    return bool(block.path) and block.size < _BOLD_HEADING and \
        _TITLE_CLASS.search(flat.classes[block.path[-1]]) is not None  # (text right in <body> has no box)


# The furniture a press release ends with: the forward-looking statements notice, media contacts and the wire's
# "SOURCE" line. (Its "About <Company>" section stays: the aeb benchmark's truth counts it.)
# As a heading ("Forward-Looking Statements", "Safe Harbor Statement") or the notice's legal opening ("This press
# release contains forward-looking statements"); a news sentence about a safe harbour or forecasts stays.
_FORWARD_HEAD = re.compile(r"^(?:cautionary (?:note|statement)s?\b.{0,40}|forward-looking statements?|"
                           r"safe harbou?r statements?|прогнозные заявления|заявления прогнозного характера)"
                           r"\s*:?$", re.I)
_FORWARD = re.compile(r"^(?:this|the) (?:press |news )?(?:release|announcement) (?:contains|includes|may contain)"
                      r"[^.]{0,40}forward-looking|^настоящ\w+ (?:пресс-)?релиз\w* содерж\w+ прогнозн", re.I)
_CONTACTS = re.compile(r"^(?:(?:media|press|investor|news)\s+(?:contacts?|relations|enquiries|inquiries)|"
                       r"контакты для (?:сми|прессы)|для сми|бақ үшін байланыс)\s*:?$", re.I)
_SOURCE = re.compile(r"^SOURCE\s+\S")
_RELEASE_WORDS = ("forward-looking", "safe harbo", "cautionary", "прогнозн", "contact", "для сми", "для прессы",
                  "бақ үшін")


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile("[а-яё]", re.I)


def _block_language(text: str) -> str:
    """"kk" for text with Kazakh letters, "ru" for other Cyrillic text, "" for the rest (names, figures)."""
    if not _KAZAKH_LETTERS.isdisjoint(text):
        return "kk"
    return "ru" if len(_CYRILLIC.findall(text)) > 10 else ""


def _page_language(chosen: list[int], flat: Flat, lang: str, title: str) -> tuple[list[int], str]:
    """A page that prints its story twice, in Kazakh and in Russian, one after the other: the article is the
    version in the page's language (`<html lang>`). Only two runs of one language each, both of three blocks
    and a third of the words or more, count as two versions; a Russian quote in a Kazakh story does not."""
    mine = lang.strip().lower()[:2]
    if mine not in ("kk", "ru") or len(chosen) < 6:
        return chosen, title
    blocks = flat.blocks
    tags = [_block_language(blocks[i].text) for i in chosen]
    langs: list[str] = []  # per run of one language: the language, its first and last position, its words
    firsts: list[int] = []
    lasts: list[int] = []
    words: list[int] = []
    for pos, (i, tag) in enumerate(zip(chosen, tags, strict=True)):
        if not tag:
            continue
        if langs and langs[-1] == tag:
            lasts[-1] = pos
            words[-1] += len(blocks[i].text.split())
        else:
            langs.append(tag)
            firsts.append(pos)
            lasts.append(pos)
            words.append(len(blocks[i].text.split()))
    if len(langs) != 2 or set(langs) != {"kk", "ru"}:
        return chosen, title
    if any(lasts[k] - firsts[k] < 2 or 3 * words[k] < sum(words) for k in (0, 1)):
        return chosen, title
    second = langs[1] == mine
    start = firsts[1] if second else 0
    end = len(chosen) if second else firsts[1]
    kept = chosen[start:end]
    if _block_language(title) not in ("", mine) and kept and _heading(blocks[kept[0]]):
        title, kept = blocks[kept[0]].text, kept[1:]  # the version's own headline
    return kept, title


_BOXES = frozenset(["aside", "blockquote", "figure"])  # boxes a pull quote stands in
# A box classed as a pull quote: said once where the body says it, kept when it says something the body does not
# (a newsletter's pull quote is often written for it).
_PULL_QUOTE = re.compile(r"pull-?quote", re.IGNORECASE)


def _repeated(keys: list[str], boxed: list[bool], pulled: list[bool]) -> set[str]:
    """The texts (normalised, 8 words or more) of blocks in a box of their own (`boxed`: an `<aside>`, a
    `<blockquote>`, a `<figure>`) that another, longer block holds too: pull quotes. A box classed as a pull
    quote (`pulled`) is one when most of its word pairs are said elsewhere (it is often trimmed or reworded:
    "Часть компаний отказалась..." over the body's "Часть из них отказалась..."), and kept when it says
    something the body does not."""
    out: set[str] = set()
    if not any(boxed) and not any(pulled):
        return out
    alike = collections.Counter(keys)
    everything = " " + " ".join(keys) + " "
    pairs: collections.Counter[tuple[str, str]] | None = None
    for key, box, pull in zip(keys, boxed, pulled, strict=True):
        if (box or pull) and key.count(" ") >= 7 and everything.count(f" {key} ") > alike[key]:
            out.add(key)
        elif pull and key:
            if pairs is None:
                pairs = collections.Counter(p for k in keys for p in itertools.pairwise(k.split()))
            own = collections.Counter(itertools.pairwise(key.split()))
            said = sum(1 for p, n in own.items() if pairs[p] > n)
            if own and said >= _PULL_SAID * len(own):
                out.add(key)
    return out


_PULL_SAID = 0.6  # share of a pull quote's word pairs said elsewhere in the article that makes it a repeat


def _without_release_furniture(chosen: list[int], flat: Flat) -> list[int]:
    """`chosen` without a press release's closing furniture (see `_FORWARD`): a forward-looking statements
    notice (and its heading); "Media contact:" and the short lines after it; "SOURCE X"."""
    blocks = flat.blocks
    text = "\n".join(blocks[i].text for i in chosen)
    low = text.lower()
    if "SOURCE " not in text and not any(word in low for word in _RELEASE_WORDS):
        return chosen  # (most articles: a few substring tests instead of three searches per block)
    drop: set[int] = set()
    for pos, i in enumerate(chosen):
        text = blocks[i].text
        if len(text) > 90:
            if (pos > 0 and chosen[pos - 1] in drop and _FORWARD_HEAD.match(blocks[chosen[pos - 1]].text)) \
                    or _FORWARD.search(text[:200]):
                drop.add(i)  # the notice under its heading, or opening with its legal formula
            continue
        if _FORWARD_HEAD.match(text) or _SOURCE.match(text):
            drop.add(i)
        elif _CONTACTS.match(text):
            drop.add(i)
            for k in chosen[pos + 1 :]:
                line = blocks[k].text
                if len(line) > 80 or line[-1:] in ".!?…":
                    break
                drop.add(k)
    return [i for i in chosen if i not in drop] if drop else chosen


_WORDY = re.compile(r"[^\W\d_]{3}")  # a word of three letters: an item of text, not a counter ("1 из 5")


def _whole_lists(chosen: list[int], ordered: list[int], flat: Flat, exempt: set[int]) -> list[int]:
    """`chosen` with the short items of a list in the article body put back: a `<ul>`/`<ol>` of link-free
    items between kept paragraphs, of which half are kept or all are short ("Aktobe – Aktau, daily", a list
    of village names), is the article's list; items too short to pass as paragraphs on their own are in it."""
    blocks = flat.blocks
    kept = set(chosen)
    lists: dict[int, list[int]] = {}
    for i in ordered:
        block = blocks[i]
        if block.tag == "li" and len(block.path) >= 2 and flat.tags[block.path[-2]] in ("ul", "ol"):
            lists.setdefault(block.path[-2], []).append(i)
    added: list[int] = []
    for items in lists.values():
        missing = [i for i in items if i not in kept]
        if not missing or len(items) < 2 or not (chosen and chosen[0] < items[0] and chosen[-1] > items[-1]):
            continue
        if any(blocks[i].link_density or not exempt.issuperset(blocks[i].marks) for i in items):
            continue
        if 2 * (len(items) - len(missing)) >= len(items) or (len(items) >= 3 and all(
                blocks[i].size < 40 for i in items)):
            added += [i for i in missing if not boilerplate_text(blocks[i].text) and _WORDY.search(blocks[i].text)]
    return sorted(kept.union(added)) if added else chosen


# Lines a page's layout puts between paragraphs: a picture's "click to enlarge", a screenshot's credit, an
# advertising label.
_LAYOUT_LINE = re.compile(r"\b(?:click|tap|enlarge|zoom|screenshot|advert\w*|sponsored|нажмите|увелич\w*|"
                          r"скриншот\w*|реклам\w*|жарнама\w*|басыңыз|үлкейту)", re.I)


def _plain_subheadings(flat: Flat, ordered: list[int], long_blocks: list[bool]) -> set[int]:
    """Short lines of a body written as lines of one box (`text<br><br>text`), set between two paragraphs of
    prose in that box: 3 to 8 words, no link, a capital first and no punctuation last ("Most borrowed books"),
    as a subheading typed without any markup reads."""
    out: set[int] = set()
    blocks = flat.blocks
    for pos in range(1, len(ordered) - 1):
        i = ordered[pos]
        block = blocks[i]
        text = block.text
        if block.link_density or not 3 <= len(text.split()) <= 8 or block.size >= _BOLD_HEADING:
            continue
        if not (text[:1].isupper() and text[-1:].isalnum()) or any(ch.isdigit() for ch in text) or \
                _LAYOUT_LINE.search(text) or boilerplate_text(text):
            continue
        before, after = ordered[pos - 1], ordered[pos + 1]
        if long_blocks[before] and long_blocks[after] and blocks[before].path == block.path == blocks[after].path:
            out.add(i)
    return out


def _heading(block: Block) -> bool:
    """A subheading: a heading tag, or a short line all in bold (a bold standfirst is a paragraph). A heading
    tag holding prose (two sentences or more, or a paragraph's length) is a standfirst set in a heading."""
    if block.tag == "summary" and _TOGGLE.fullmatch(block.text.strip(" .…»›→▾▼+")):
        return False  # a toggle's label ("Подробнее", "Read more"), not the title of the folded part
    if block.tag in _HEADINGS or block.tag == "summary":  # a <summary> titles the folded part under it
        return block.size < _HEADING_PROSE and (block.size < _BOLD_HEADING or _SENTENCES.search(block.text) is None)
    return (block.bold and block.size < _BOLD_HEADING) or _FACT_LABEL.fullmatch(block.text.strip()) is not None


# A fact box's label, however it is set (a bare <div class="card-header">, bold by a class the page's sheet styles).
_FACT_LABEL = re.compile(r"(?:Анықтама|Справка|Досье|Факты|Цифры|Сандар|Деректер|Key facts|Fact ?box|Fact ?file|"
                         r"At a glance|By the numbers)\s*:?", re.I)


_HEADING_PROSE = 200  # effective characters
_TOGGLE = re.compile(r"(?:read|show|see|view) (?:more|all|less)|more|подробнее|читать (?:далее|полностью|ещё)|"
                     r"показать (?:ещё|все|полностью)|развернуть|толығырақ(?: оқу)?|толық оқу|ашу|көбірек", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# A sentence's end followed by another sentence, and the text ending as a sentence does.
_SENTENCES = re.compile(r"[.!?…।。！？]\s+\S.*[.!?…।。！？]$", re.S)


def _leads(block: Block) -> bool:
    """A line that introduces what follows: a subheading, or a short lead-in ending in a colon."""
    return _heading(block) or (block.text[-1:] == ":" and block.size < _BOLD_HEADING)


def _drop_orphan_headings(chosen: list[int], flat: Flat, titled: AbstractSet[int] = frozenset()) -> list[int]:
    """A subheading with no kept text after it before the next subheading, or a lead-in ("Ссылки по теме:")
    with nothing after it before the next subheading or lead-in, heads boilerplate: drop it. A subheading
    followed by a lead-in heads that lead-in's list."""
    def subheading(i: int) -> bool:
        return i in titled or _heading(flat.blocks[i])

    out: list[int] = []
    kept = set(chosen)
    for pos, i in enumerate(chosen):
        k = chosen[pos + 1] if pos + 1 < len(chosen) else None
        if subheading(i):
            if k is None or subheading(k) or _heads_links(flat, i, k, kept):
                continue
        elif _leads(flat.blocks[i]) and (k is None or subheading(k) or _leads(flat.blocks[k])):
            continue
        out.append(i)
    return out


def _heads_links(flat: Flat, i: int, k: int, kept: AbstractSet[int]) -> bool:
    """Whether the subheading `i` heads a box of links of its own ("Басты жаңалықтар" over linked cards, set
    in the body): the smallest box around it holds two or more blocks after it, mostly links, none of them
    kept, and the next kept block `k` lies after the box."""
    for e in reversed(flat.blocks[i].path):
        end = flat.last[e]
        if end - flat.first[e] > 1:
            after = range(i + 1, min(end, k))
            return end <= k and len(after) >= 2 and kept.isdisjoint(after) and \
                2 * sum(1 for b in after if flat.blocks[b].link_density >= 0.5) > len(after)
    return False


def _weights(
    flat: Flat, sizes: list[int], long_blocks: list[bool], title_at: int, exempt: set[int], confirmed: list[bool]
) -> list[int]:
    """Each block's vote for the boxes around it: + for article-like prose, - for link lists and markers."""
    blocks = flat.blocks
    # Paragraphs right under the headline's nearest boxes are more likely the article than distant ones.
    near_title = set(blocks[title_at].path[-4:-1]) if title_at >= 0 else set()
    weights: list[int] = []
    for block, size, is_long, ok in zip(blocks, sizes, long_blocks, confirmed, strict=True):
        marked = not exempt.issuperset(block.marks)
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
    return weights


def _widen(flat: Flat, inside: set[int], top: int, title_at: int, long_blocks: list[bool],
           weights: list[int]) -> set[int]:
    """Long prose just outside the region also counts: the standfirst between the headline and the body,
    and paragraphs in the gaps of the body that sit directly in the winner's parent or vote for the article
    (a quote in a box of its own between two parts of the body). When the region holds
    less of the article's prose than came before it (a body cut into one box per paragraph group, as page
    builders make it, where a quote's box can win), the prose that follows it counts too, up to the first
    block voting against the article (tags, share buttons, a teaser, a comment)."""
    if not inside:
        return inside
    first, last = min(inside), max(inside)
    scope = flat.parent[top]
    start = title_at + 1 if 0 <= title_at < first else first
    in_scope = range(flat.first[scope], flat.last[scope]) if scope >= 0 else range(0)
    wider = inside | {
        i for i in range(start, last) if long_blocks[i] and (i < first or weights[i] > 0 or i in in_scope)
    }
    # A subheading in a box of its own between two parts of the body (a page builder's title record).
    wider.update(i for i in range(first + 1, last) if weights[i] >= 0 and _titled(flat, i))
    wider.update(_short_standfirst(flat, title_at, first, long_blocks))
    if sum(1 for i in wider if i < first and long_blocks[i]) >= sum(1 for i in inside if long_blocks[i]):
        wider.update(_prose_after(last, long_blocks, weights))
    return wider


def _short_standfirst(flat: Flat, title_at: int, first: int, long_blocks: list[bool]) -> list[int]:
    """The first block after the headline that is not furniture, when it is a whole sentence of 40+
    characters without links or markers (a caption seldom ends like a sentence); else nothing."""
    for i in range(title_at + 1, first) if 0 <= title_at < first else ():
        block = flat.blocks[i]
        if boilerplate_text(block.text):
            continue
        if (not long_blocks[i] and not block.links and not block.marks and block.size >= _STANDFIRST_MIN
                and block.text[-1:] in ".!?…"):
            return [i]
        break
    return []


def _described_standfirst(flat: Flat, meta: PageMeta, title_at: int, first: int,
                          long_blocks: list[bool]) -> int | None:
    """The block between the headline and the body's first paragraph (block `first` of the region, or a long
    block before it), or just over the headline, that says what the page's own description says (meta, og:,
    twitter: or JSON-LD; whole, or cut short with an ellipsis): the standfirst, whatever its box is classed
    (InstantCMS's `f_teaser` field) or however it is set (Substack's `<h3 class="subtitle">` over the byline)."""
    if title_at < 0 or not meta.descriptions:
        return None
    wanted: list[tuple[str, bool]] = []
    for d in meta.descriptions:
        d = d.strip()
        cut = d.endswith(("…", "..."))
        key = _norm(d)
        if len(key) >= _STANDFIRST_MIN:
            wanted.append((key, cut))
    if not wanted:
        return None

    def described(i: int) -> bool:
        block = flat.blocks[i]
        if block.size < _STANDFIRST_MIN or block.link_density >= 0.3:
            return False
        key = _norm(block.text)
        return any(key == w or (cut and key.startswith(w[: max(len(w) - 12, _STANDFIRST_MIN)])) for w, cut in wanted)

    for i in range(title_at + 1, min(first + 1, len(flat.blocks))):
        if described(i):
            return i
        if long_blocks[i]:
            break  # the body has begun
    # A design may set the standfirst over the headline (a Webflow template's dek above the h1).
    for i in range(title_at - 1, max(title_at - 1 - _DEK_ABOVE, -1), -1):
        if described(i):
            return i
        if long_blocks[i]:
            break
    return None


_DEK_ABOVE = 3  # blocks over the headline where a standfirst is looked for


def _prose_after(last: int, long_blocks: list[bool], weights: list[int]) -> list[int]:
    """The long blocks after block `last` up to the first one voting against the article."""
    out = []
    for i in range(last + 1, len(weights)):
        if weights[i] < 0:
            break
        if long_blocks[i]:
            out.append(i)
    return out


def _select(flat: Flat, meta: PageMeta) -> tuple[list[str], str]:
    """The article's paragraphs (in page order, without the headline) and its headline."""
    blocks = flat.blocks
    sizes = [b.size for b in blocks]
    long_blocks = [s >= LONG and b.link_density < 0.3 for b, s in zip(blocks, sizes, strict=True)]
    if not any(long_blocks):
        # A brief of short paragraphs: let sentence-sized, link-free text count as article-like.
        long_blocks = [s >= _SHORT and b.link_density < 0.1 for b, s in zip(blocks, sizes, strict=True)]
    title_at = _title_index(flat, meta)
    builder = builder_marks(flat, long_blocks, title_at)
    exempt = exempt_marks(flat, long_blocks, title_at, builder)
    confirmed = _confirmed(flat, meta)
    weights = _weights(flat, sizes, long_blocks, title_at, exempt, confirmed)
    items = list_items(flat, long_blocks)
    if items:
        weights = [
            w // 3 if w > 0 and not items.isdisjoint(b.path) else w for w, b in zip(weights, blocks, strict=True)
        ]
    blurbs = _paired_blurbs(flat, long_blocks)
    for i in blurbs:
        weights[i] = min(weights[i], 0)
    top, region = find_region(flat, weights, lists_of(flat, items), builder)
    inside = _widen(flat, {i for r in region for i in range(flat.first[r], flat.last[r])}, top, title_at, long_blocks,
                    weights)
    lead = _described_standfirst(flat, meta, title_at, min(inside), long_blocks) if inside else None
    if lead is not None:
        inside.add(lead)
        confirmed = [*confirmed]
        confirmed[lead] = True
    quotes = {i for i, tag in enumerate(flat.tags) if tag == "blockquote"} if "blockquote" in flat.tags else set()
    ordered = sorted(inside)
    cut = _comments_start(flat, ordered, long_blocks)
    # A short block whose own box is classed as a title (a page builder's "t-title" subheading).
    titled = {i for i in ordered if _titled(flat, i)} | _plain_subheadings(flat, ordered, long_blocks)
    chosen = [
        i
        for i in ordered
        if i < cut and i != title_at
        and _keep(blocks[i], exempt, confirmed[i], not quotes.isdisjoint(blocks[i].path), i in titled)
    ]
    chosen = _whole_lists(chosen, ordered[: bisect_left(ordered, cut)], flat, exempt)
    if "form" in flat.tags:  # a form inside the article (a calculator, a poll, a sign-up box) holds a widget's
        above = _ancestors(flat, top)  # labels and buttons; one around the whole page (ASP.NET) is not
        forms = {m for m, tag in enumerate(flat.tags) if tag == "form" and m not in above}
        # (Prose in it goes too: a "send to a friend" box's sentences are long; waddle c0118 counted them.)
        chosen = [i for i in chosen if forms.isdisjoint(blocks[i].path)]
    teasers = _teasers(flat, items)
    if teasers and teasers.isdisjoint(_ancestors(flat, top)):
        chosen = [i for i in chosen if teasers.isdisjoint(blocks[i].path)]
    chosen = _drop_orphan_headings([i for i in chosen if i not in blurbs], flat, titled)
    if lead is not None and lead not in chosen:  # a standfirst set as a heading over the byline is no orphan
        insort(chosen, lead)
    chosen = _without_release_furniture(chosen, flat)
    title = blocks[title_at].text if title_at >= 0 else (meta.titles[0] if meta.titles else "")
    chosen, title = _page_language(chosen, flat, meta.lang, title)
    paragraphs: list[str] = []
    seen: set[str] = {_norm(title)}
    # A pull quote repeats a sentence of the body (in an aside, or a box of its own): text of 8 words or more
    # that the other blocks hold too is said once, where the body says it.
    keys = [_norm(blocks[i].text) for i in chosen]
    tags = flat.tags
    classes = flat.classes
    repeats = _repeated(keys, [any(tags[m] in _BOXES for m in blocks[i].path) for i in chosen],
                        [any("pull" in classes[m] and _PULL_QUOTE.search(classes[m]) is not None
                             for m in blocks[i].path) for i in chosen])
    for i, key in zip(chosen, keys, strict=True):
        if key and key not in seen and key not in repeats:
            seen.add(key)
            paragraphs.append(blocks[i].text)
    return paragraphs, title


def extract_article(doc: Document) -> Article:
    """Extract the article from `doc`; a text document is its own article, verbatim.

    Raises `InputError` when an HTML page holds no article text at all.
    """
    if doc.kind == "text":
        return _text_article(doc)
    root = parse_html(doc.content, doc.utf8_bytes())
    if root is None:
        raise InputError(f"no article text found in {doc.name} (the page is empty once markup is removed); "
                         "pass the article as a .txt file")
    meta = read_meta(root, doc.url)
    paragraphs, title = _select(flatten(root), meta)
    method = "dom"
    declared = [line.strip() for line in meta.article_body.splitlines() if line.strip()]
    if len(meta.article_body) >= _DECLARED_MIN and sum(map(len, paragraphs)) < 0.3 * len(meta.article_body):
        # The page shows little of what it declares (rendered by script, or cut by a paywall): the
        # publisher's own JSON-LD `articleBody` is the article.
        paragraphs, method = declared, "json-ld"
        title = title or (meta.titles[0] if meta.titles else "")
    if not paragraphs:
        raise InputError(f"no article text found in {doc.name}: no paragraphs of prose outside menus, "
                         "lists and page furniture; pass the article as a .txt file")
    parts = [title, *paragraphs] if title else paragraphs
    text = "\n\n".join(parts)
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return Article(text, title=title, url=meta.url, aliases=meta.aliases, paragraphs=tuple(spans), method=method,
                   editions=meta.editions, next_page=meta.next_page)
