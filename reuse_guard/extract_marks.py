"""Boilerplate markers of elements: what a tag, class, id, role, itemprop or style says about a page part.

`_mark` grades an element 0 (no marker), 1 (weak: may be a layout wrapper), 2 (strong: never article text)
or 3 (a picture box); `_invisible` tells an inline element a reader does not see. The walk of `extract_dom`
asks `_plain_kind` (class and id only) or `_rare_kind` (a style, role, itemprop or hidden attribute too)
once per distinct element signature and keeps the answers in `_PLAIN` and `_MARKED_KINDS`.
"""

from __future__ import annotations

import functools
import re

#: Elements that do not break a paragraph; every other element does.
_INLINE = frozenset(
    [
        "a",
        "noindex",  # Yandex's <noindex> wraps links and words inside sentences
        "span",
        "b",
        "i",
        "em",
        "strong",
        "u",
        "s",
        "small",
        "big",
        "font",
        "sub",
        "sup",
        "abbr",
        "cite",
        "q",
        "code",
        "mark",
        "time",
        "label",
        "var",
        "dfn",
        "kbd",
        "samp",
        "tt",
        "ins",
        "del",
        "bdi",
        "bdo",
        "nobr",
        "acronym",
        "strike",
        "data",
        "ruby",
        "rt",
        "rp",
        "img",
        "wbr",
    ]
)
#: Elements that are boilerplate by their nature.
_BOILER_TAGS = frozenset(["nav", "aside", "footer", "menu"])
_BOILER_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
     "doc-endnotes", "doc-footnote"]
)
_BOILER_ITEMPROPS = frozenset(["author", "datepublished", "datemodified", "publisher", "keywords", "comment"])
# Class/id patterns are matched against " " + the lower-cased names: a token starts after a separator, and
# without re.I the regex engine scans for separators in C instead of trying every position.
# A class/id token naming a page part that is never article text (share bars, comments, related lists...).
_STRONG_CLASS = re.compile(
    r"[\s_-]((?:c?omm?ents?(?:list|form|box|section|block|area|wrap|wrapper|container|thread|count)?|komm?ent\w*|kommentar\w*|disqus|share|sharing|sharebar|shares|social|"
    r"socials|related(?:-?posts?)?|recommend(?:ed|ations?)?|newsletter|subscribe|subscription|cookies?|popup|modal|"
    r"byline|author|authors|autor|breadcrumbs?|caption|captions|podpis\w*|legende|leyenda|credits?|copyright|rights|disclaimer|signup|login|"
    r"more-?stories|most-?(?:read|popular|viewed)|read-?more|see-?also|outbrain|taboola|tooltips?|skip|"
    r"(?:auto|machine)-?translat\w*|"
    r"sr-only|visually-?hidden|screen-?reader(?:-text)?|photo-?credit|footnotes?|footnote-?(?:content|text|body)|endnotes|paywall[_-]+(?:offer|cta|prompt|promo|banner|message|notice|title|text|login|modal|bar)|"
    r"locker-?(?:paywall|info|wrap)?|donat(?:e|ions?)|support-?(?:us|box|block|banner|cta|journalism)|membership-?(?:box|cta|banner)))(?=$|[\s_\d-])"
)
# A token naming a picture box: its text is a caption or credit, unless there is a lot of it.
_MEDIA_CLASS = re.compile(
    r"[\s_-](?:photos?|fotos?|images?|img|picture|gallery|thumb|thumbnail|slideshow|video-?player|figure)(?=$|[\s_\d-])"
)
# A token that says the element may well be the article ("box article modal-enabled", "post-share" is not
# enough to rule it out): it weakens a strong marker, except a comments one, to a weak one (as Readability).
_ARTICLE_CLASS = re.compile(r"article|body|content|entry|story|main|column|text")
# A token that usually, but not always, names boilerplate ("l-sidebar-fixed" may wrap the article).
_WEAK_CLASS = re.compile(
    r"[\s_-](?:promo|advert|advertisement|(?:ads?|adv)(?=$|[\s_-]|\d+(?:$|[\s_x-]))|banner|sponsor(?:ed)?|dateline|date|time|timestamp|"
    r"published|meta|tags?|tag-?list|keywords|menu|nav|navbar|navigation|footer|sidebar|widget|toolbar|"
    r"pagination|pager|popular|trending|also|rating|vote|voting|polls?|survey|masthead|teasers?|inline-?related|"
    r"kicker|posts|cta)(?=$|[\s_\d-])"
)
# Any of the three above (a superset test: most class and id strings have none).
_ANY_CLASS = re.compile(
    r"[\s_-](?:"
    + "|".join(
        rx.pattern[len(r"[\s_-]") : rx.pattern.rindex("(?=")] for rx in (_STRONG_CLASS, _WEAK_CLASS, _MEDIA_CLASS)
    )
    + r")(?=$|[\s_\d-])"
)
_POPUP_CLASS = re.compile(
    r"[\s_-](?:popup|popover|rollover|hover-?card|tooltip|dropdown|sr-only|visually-?hidden|"
    r"screen-?reader(?:-text)?|element-?invisible|fn|fn-?ref|footnote-?(?:ref|anchor)|noteref)(?=$|[\s_-])"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Attributes besides class and id that can mark an element (rare: such elements take the slow path).
_RARE_ATTRS = frozenset(["itemprop", "hidden", "aria-hidden", "style", "role"])
_TAG_MARK = {"figure": 3, "figcaption": 3, "nav": 1, "aside": 1, "footer": 1, "menu": 1}
_UNMARKED_TAGS = frozenset(["html", "body", "main", "article"])

def _mark(attrs: dict[str, str], tag: str) -> int:
    """0: no boilerplate marker; 1: a weak one (may be a layout wrapper); 2: a strong one; 3: a picture box."""
    if not attrs:
        return 3 if tag in ("figure", "figcaption") else 1 if tag in _BOILER_TAGS else 0
    prop = attrs.get("itemprop")
    if prop and prop.lower() in _BOILER_ITEMPROPS:
        return 2
    if tag in ("figure", "figcaption"):
        return 3
    if tag == "aside":  # weak by its tag (a tip inside an article is prose); strong by a furniture class
        return max(1, _class_mark(attrs.get("class") or "", attrs.get("id") or ""))
    if tag in _BOILER_TAGS or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return 1
    style = attrs.get("style")
    if style and ("none" in style.lower() or "hidden" in style.lower()) and _HIDDEN_STYLE.search(style):
        return 1
    role = attrs.get("role")
    if role and role.lower() in _BOILER_ROLES:
        return 1
    if tag in ("html", "body", "main", "article"):
        return 0
    return _class_mark(attrs.get("class") or "", attrs.get("id") or "")


def _invisible(attrs: dict[str, str]) -> bool:
    """An inline element a reader does not see in the sentence: hidden, or a popup, hover card, tooltip."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and ("none" in style.lower() or "hidden" in style.lower()) and _HIDDEN_STYLE.search(style):
        return True
    names = attrs.get("class")
    return bool(names) and _popup_class(names)


@functools.lru_cache(maxsize=4096)
def _popup_class(names: str) -> bool:
    return bool(_POPUP_CLASS.search(" " + names.lower()))


@functools.lru_cache(maxsize=16384)
def _class_part(part: str) -> tuple[str, bool, bool]:
    """In one class or id string: its first strong token ("" if none), whether it has a weak and a media one.

    Most strings have none of them, found by one search; ids are often unique, so this is the common case.
    """
    low = " " + part.lower()
    if not _ANY_CLASS.search(low):
        return "", False, False
    strong = _STRONG_CLASS.search(low)
    return (strong.group(1) if strong else ""), bool(_WEAK_CLASS.search(low)), bool(_MEDIA_CLASS.search(low))


_NO_PART = ("", False, False)


def weak_tokens(names: str) -> list[str]:
    """The tokens of a class/id string that carry a weak marker ("elementor-widget", "l-sidebar-fixed")."""
    return [t for t in names.lower().split() if _WEAK_CLASS.search(" " + t)]


def _class_mark(cls: str, ident: str) -> int:
    """The marker strength (as `_mark`) that an element's class and id strings give it.

    Tokens never span the two strings, so each is read (and cached) on its own.
    """
    strong_c, weak_c, media_c = _class_part(cls) if cls else _NO_PART
    strong_i, weak_i, media_i = _class_part(ident) if ident else _NO_PART
    strong = strong_c or strong_i  # the first strong token of "class id"
    if strong and ("ment" in strong or not _ARTICLE_CLASS.search((cls + " " + ident).lower())):
        return 2
    if strong or weak_c or weak_i:
        return 1
    return 3 if media_c or media_i else 0


def _plain_kind(tag: str, cls: str | None, ident: str | None) -> tuple[int, str, bool]:
    """Mark strength, class/id string and invisibility of an element with no attribute but class and id."""
    names = ((cls or "") + " " + (ident or "")).strip()
    if tag in _TAG_MARK:
        strength = _TAG_MARK[tag]
        if tag == "aside" and names:  # as `_mark`: strong by a furniture class
            strength = max(strength, _class_mark(cls or "", ident or ""))
    elif tag in _UNMARKED_TAGS or not names:
        strength = 0
    else:
        strength = _class_mark(cls or "", ident or "")
    return strength, names, tag in _INLINE and bool(cls) and _popup_class(cls or "")


# `_plain_kind` per (tag, class, id), shared by walks; cleared when it grows past _PLAIN_MAX entries.
_PLAIN: dict[tuple[str, str | None, str | None], tuple[int, str, bool]] = {}
# About 10 MB at most; at 8192 it was emptied every hundred pages or so of a run over many pages of a few sites,
# each time reading every signature again.
_PLAIN_MAX = 16384

# `_rare_kind` per (tag, walk kind, marking attributes), for elements with a rare attribute.
_MARKED_KINDS: dict[tuple[str, int, tuple[tuple[str, str | None], ...]], tuple[int, str, bool]] = {}
_MARKING_ATTRS = _RARE_ATTRS | {"class", "id"}


def _rare_kind(tag: str, inline: bool, attrs: dict[str, str | None]) -> tuple[int, str, bool]:
    """Mark strength, class/id string and invisibility of an element with a rare attribute (`_RARE_ATTRS`):
    an `inline` one hidden or a popup, a box aria-hidden."""
    names = ((attrs.get("class") or "") + " " + (attrs.get("id") or "")).strip()
    plain = {name: value or "" for name, value in attrs.items()}
    # aria-hidden="true" on a box: decoration that repeats the text for the eye (a pull quote, a teaser
    # overlay), which screen readers skip and so does the article.
    skip = _invisible(plain) if inline else plain.get("aria-hidden", "").strip().lower() == "true"
    return _mark(plain, tag), names, skip
