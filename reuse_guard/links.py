"""The hyperlink finding: does the republished page link, visibly and really, to the original article?

Every anchor of the page is sorted into one of: a link to the article (any of its URLs, after
normalisation; also through a redirector that carries it in its query), a link to the original site's home
page, a link to another page of the original site, a JavaScript pseudo-link carrying the article's URL, or
unrelated. A link qualifies when it is visible, a real URL designating the article (or the home page, when
the policy accepts that), placed where the policy asks, and not nofollow/ugc/sponsored (nor inside Yandex's
<noindex>, nor a redirect) when the policy demands an active link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import MissingOriginalURLError
from .page import Anchor, Page, TextURL
from .policy import LinkPlacement, Policy
from .urls import (
    archived_url,
    designates,
    embedded_urls,
    is_homepage,
    is_web_url,
    normalize_url,
    same_site,
    site_of,
)

__all__ = ["LINK_PROBLEMS", "LinkFinding", "find_link"]

#: Every warning code `find_link` can report, with what it means.
LINK_PROBLEMS = {
    "link-nofollow": "the link to the original carries rel nofollow/ugc/sponsored (or the page is nofollow)",
    "link-noindex": "the link to the original stands inside Yandex's <noindex> (element or comments)",
    "link-redirect": "the link reaches the original only through a redirector",
    "link-hidden": "a link to the article exists but no reader can see or click it",
    "link-homepage-only": "the page links to the original site's home page, not to the article",
    "link-other-article": "the page links to another page of the original site, not to the article",
    "link-other-language": "the page links to the article's edition in another language (a translation the original "
                           "declares with hreflang), not to the article",
    "link-no-scheme": "the link writes the article's address without https:// (href=\"site.kz/...\"), so it leads to a "
                      "page of the partner's own site",
    "link-shortener": "the page links through a URL shortener, whose target cannot be checked without following it",
    "link-plain-text": "the article's URL is written as plain text, not as a hyperlink",
    "link-javascript": "a JavaScript pseudo-link carries the article's URL; it is not a real hyperlink",
    "link-not-in-body": "the link stands outside the article body, which the policy requires",
    "link-not-in-first-paragraph": "the link is not in the first paragraph, which the policy requires",
    "link-in-comments": "the only link to the article stands in the readers' comments, not in the publisher's text",
}
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.I)
_INACTIVE_REL = frozenset({"nofollow", "ugc", "sponsored"})
_URL_IN_SCRIPT = re.compile(r"""(?:https?:)?//[^\s'"<>)]+|www\.[^\s'"<>)]+""", re.I)
_LEAD_MIN_CHARS = 80  # a "first paragraph" has at least this much text; shorter lines before it are lead-ins


@dataclass(frozen=True)
class LinkFinding:
    """What the page offers as a link to the original, judged under a policy.

    `found` is True when a qualifying hyperlink is present: visible, a real URL designating the article
    (or its site's home page, when the policy accepts that), placed where the policy asks, and not
    nofollow when the policy demands an active link. `best` is that anchor, or failing one the closest
    candidate. `problems` lists warning codes about the link (see `LINK_PROBLEMS`); whether each is a
    warning or makes the link fail is the policy's call. `text_urls` are the plain-text URLs that designate
    the article or its site; `redirect_anchors` the article links that go through a redirector.
    """

    found: bool
    best: Anchor | None = None
    article_anchors: tuple[Anchor, ...] = ()
    homepage_anchors: tuple[Anchor, ...] = ()
    other_article_anchors: tuple[Anchor, ...] = ()
    text_urls: tuple[TextURL, ...] = ()
    canonical_to_original: bool = False
    noindex: bool = False
    original_url: str | None = None
    aliases: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    javascript_anchors: tuple[Anchor, ...] = ()
    redirect_anchors: tuple[Anchor, ...] = ()
    nofollow_page: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready evidence: `found`, the best anchor, every classified anchor, plain-text URLs, problems."""

        def anchors(items: tuple[Anchor, ...]) -> list[dict[str, Any]]:
            return [a.to_dict() for a in items]

        return {
            "found": self.found,
            "best": self.best.to_dict() if self.best else None,
            "problems": list(self.problems),
            "original_url": self.original_url,
            "aliases": list(self.aliases),
            "article_anchors": anchors(self.article_anchors),
            "homepage_anchors": anchors(self.homepage_anchors),
            "other_article_anchors": anchors(self.other_article_anchors),
            "javascript_anchors": anchors(self.javascript_anchors),
            "redirect_anchors": anchors(self.redirect_anchors),
            "text_urls": [t.to_dict() for t in self.text_urls],
            "canonical_to_original": self.canonical_to_original,
            "noindex": self.noindex,
            "nofollow_page": self.nofollow_page,
        }


def find_link(page: Page, original_url: str | None, aliases: Sequence[str] = (), *,
              policy: Policy = Policy(), editions: Sequence[str] = ()) -> LinkFinding:
    """Classify the anchors of `page` against the original article (`original_url` and its `aliases`; `editions`
    are the URLs of its translations, which a link to is told apart from one to another article).

    Raises `MissingOriginalURLError` when no URL of the original is given: a link cannot be judged then.
    """
    targets = tuple(u for u in (original_url, *aliases) if u and is_web_url(u))
    if original_url and is_web_url(original_url):
        # Pages sometimes declare their home page as og:url or canonical; that alias is not the article.
        targets = (original_url, *(u for u in targets[1:] if not is_homepage(u, u) or is_homepage(original_url, u)))
    if not targets:
        raise MissingOriginalURLError(
            "the original article's URL is needed to look for a link to it; pass original_url "
            "(or an original page that declares its canonical URL)")
    keys = {normalize_url(t) for t in targets}
    article, homepage, other, scripted, redirected = [], [], [], [], []
    sites = {site_of(t) for t in targets}
    # An ASCII URL without escapes reaches the original's site (directly, or through an AMP cache, an AMP
    # viewer or a redirector, which all carry its URL) only if it writes one of the sites (see `_cannot_reach`).
    needles = tuple(sites) if all(x.isascii() for x in sites) else None
    captured = "archive.org/web/" in (page.url or "")
    schemeless: list[Anchor] = []
    for a in page.anchors:
        # Most anchors point elsewhere and name no site of the original anywhere (href, URL or script):
        # neither a link to it nor a script that opens it, whatever they are.
        # (An absolute href resolves to itself: it is not read twice.)
        if needles is not None and _cannot_reach(a.url, needles) and (
                a.href == a.url or _cannot_reach(a.href, needles)) and (
                not a.onclick or _cannot_reach(a.onclick, needles)):
            continue
        if not _is_real(a):
            if _script_designates(a, keys):
                scripted.append(a)
            continue
        if needles is not None and _cannot_reach(a.url, needles):
            continue
        if site_of(a.url) not in sites:
            if _SCHEMELESS.match(a.href) and normalize_url("https://" + a.href.strip()) in keys:
                schemeless.append(a)  # href="site.kz/news/..." resolves on the page's own site
                continue
            # Elsewhere: only an AMP cache, a web archive's capture or a redirector can carry the article.
            # (A capture's links are the page's own only on a page viewed as a capture: a live page linking to
            # an archived copy sends no reader to the publisher.)
            carried = archived_url(a.url) if captured and "archive.org/web/" in a.url else (
                a.url if "amp" in a.url.lower() else None)  # (normalize_url unwraps an AMP cache's URL)
            if carried and normalize_url(carried) in keys:
                article.append(a)
            elif "?" in a.url and any(normalize_url(u) in keys for u in embedded_urls(a.url)):
                article.append(a)
                redirected.append(a)
        elif normalize_url(a.url) in keys:
            article.append(a)
        elif any(is_homepage(a.url, t) for t in targets):
            homepage.append(a)
        else:
            other.append(a)
    redirect_ids = {id(a) for a in redirected}
    # A link to the article in the readers' comments is a reader's, not the publisher's credit (the thread
    # may lie inside the page's article region: the body found is the run of paragraph text, which a long
    # thread joins).
    threaded: set[int] = set()
    if page.in_thread is not None and article:
        at = {id(a): k for k, a in enumerate(page.anchors)}
        threaded = {id(a) for a in article if page.in_thread(at[id(a)])}

    def inactive(a: Anchor) -> bool:
        return page.nofollow or bool(_INACTIVE_REL & set(a.rel)) or a.noindex or id(a) in redirect_ids

    lead = _lead_paragraph(page)

    # A page with no article region told apart from the rest is all article: every place is in the body.
    whole = page.body is None

    def in_body(a: Anchor) -> bool:
        return a.in_body or (whole and a.visible)

    def placed(a: Anchor) -> bool:
        if policy.link_placement is LinkPlacement.ANYWHERE:
            return True
        if not in_body(a):
            return False
        return policy.link_placement is LinkPlacement.BODY or (a.paragraph or 0) <= lead

    def qualifies(a: Anchor) -> bool:
        return a.visible and placed(a) and (policy.allow_nofollow or not inactive(a)) and id(a) not in threaded

    pool = article + (homepage if policy.accept_homepage else [])
    good = [a for a in pool if qualifies(a)]
    # Prefer the article over the home page, an active link, one in the body, then document order.
    rank = {id(a): i for i, a in enumerate(article)}
    good.sort(key=lambda a: (id(a) not in rank, inactive(a), not a.in_body))
    if good:
        best: Anchor | None = good[0]
    else:
        ordered = ([a for a in article if a.visible] + [a for a in homepage if a.visible]
                   + [a for a in other if a.visible] + article + scripted)
        best = ordered[0] if ordered else None

    visible_article = [a for a in article if a.visible]
    text_urls = tuple(t for t in page.text_urls if _designates_site(t.url, targets))
    article_text = any(designates(t.url, targets) for t in text_urls)
    problems = []
    linked = {id(a) for a in article + homepage} - threaded  # (a reader's link's rel is not the publisher's)
    if best is not None and id(best) in linked and (page.nofollow or _INACTIVE_REL & set(best.rel)):
        problems.append("link-nofollow")
    if best is not None and id(best) in linked and best.noindex:
        problems.append("link-noindex")
    if best is not None and id(best) in linked and id(best) in redirect_ids:
        problems.append("link-redirect")
    if article and not visible_article:
        problems.append("link-hidden")
    if not good and any(a.visible and id(a) in threaded for a in article):
        problems.append("link-in-comments")
    if not visible_article:
        if any(a.visible for a in homepage):
            problems.append("link-homepage-only")
        shown = [a for a in other if a.visible]
        translated = [a for a in shown if editions and designates(a.url, editions)]
        if translated:
            problems.append("link-other-language")
        if len(translated) < len(shown):
            problems.append("link-other-article")
        if article_text:
            problems.append("link-plain-text")
        if any(a.visible for a in schemeless):
            problems.append("link-no-scheme")
        if not article and any(a.visible and _SHORTENER.search(a.url) for a in page.anchors):
            problems.append("link-shortener")
        if scripted:
            problems.append("link-javascript")
    candidates = [a for a in pool if a.visible]
    if policy.link_placement is not LinkPlacement.ANYWHERE and candidates and not any(map(placed, candidates)):
        if not any(in_body(a) for a in candidates):
            problems.append("link-not-in-body")
        else:
            problems.append("link-not-in-first-paragraph")
    return LinkFinding(
        found=bool(good),
        best=best,
        article_anchors=tuple(article),
        homepage_anchors=tuple(homepage),
        other_article_anchors=tuple(other),
        text_urls=text_urls,
        canonical_to_original=bool(page.canonical and designates(page.canonical, targets)),
        noindex=page.noindex,
        original_url=original_url,
        aliases=tuple(aliases),
        problems=tuple(problems),
        javascript_anchors=tuple(scripted),
        redirect_anchors=tuple(redirected),
        nofollow_page=page.nofollow,
    )


# An href written as a bare address ("tengrinews.kz/news/..."): a browser reads it as a path of the page's own site.
_SCHEMELESS = re.compile(r"\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[:/?#]|$)", re.I)
# A URL shortener's link (its host, right after the scheme).
_SHORTENER = re.compile(r"^https?://(?:www\.)?(?:bit\.ly|clck\.ru|t\.co|goo\.gl|tinyurl\.com|ow\.ly|is\.gd|vk\.cc|u\.to"
                        r"|cutt\.ly|rebrand\.ly|tiny\.cc|buff\.ly|bit\.do|qps\.ru|surl\.li|shorturl\.at|t\.ly|lnkd\.in"
                        r"|s\.id|rb\.gy)/", re.I)


def _cannot_reach(url: str, needles: tuple[str, ...]) -> bool:
    """Whether `url` certainly neither lies on the original's site nor carries it (AMP cache, redirector).

    Its host, or the URL an AMP cache, AMP viewer or redirector carries, would write one of `needles` (the
    sites, in ASCII) in the URL, unless the URL hides them behind escapes, punycode or base64.
    """
    if not url.isascii() or "%" in url or "aHR0c" in url:  # escapes, or a base64 URL ("http" opens "aHR0c")
        return False
    low = url.lower()
    return "xn--" not in low and not any(n in low for n in needles)


def _is_real(a: Anchor) -> bool:
    """Whether following the anchor loads a web page other than this one's fragment."""
    href = a.href.strip()
    if not href.startswith(("https://", "http://")):
        scheme = _SCHEME.match(href)
        if not href or href.startswith("#") or (scheme and scheme.group(1).lower() not in ("http", "https")):
            return False
    return is_web_url(a.url)


def _same_site(url: str, targets: Sequence[str]) -> bool:
    return any(same_site(url, t) for t in targets)


def _designates_site(url: str, targets: Sequence[str]) -> bool:
    return is_web_url(url) and _same_site(url, targets)


def _script_designates(a: Anchor, keys: set[str]) -> bool:
    """Whether a non-web anchor (javascript:, #) carries the article's URL in its href or onclick."""
    for m in _URL_IN_SCRIPT.finditer(a.href + " " + a.onclick):
        if is_web_url(m.group()) and normalize_url(m.group()) in keys:
            return True
    return False


def _lead_paragraph(page: Page) -> int:
    """Index (in the body, or the page without one) of the first paragraph with real text.

    Lead-in lines before it (a source line, a dateline) are read first, so they count as first too.
    """
    lo, hi = page.body or (0, len(page.text))
    n = 0
    for start, end in page.paragraphs:
        if start < lo or end > hi:
            continue
        n += 1
        if end - start >= _LEAD_MIN_CHARS:
            return n
    return max(n, 1)
