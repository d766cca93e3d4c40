"""The hyperlink finding: does the republished page link, visibly and really, to the original article?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .page import Anchor, Page, TextURL
from .policy import Policy
from .urls import normalize_url

__all__ = ["LinkFinding", "find_link"]


@dataclass(frozen=True)
class LinkFinding:
    """What the page offers as a link to the original, judged under a policy.

    `found` is True when a qualifying hyperlink is present: visible, a real URL designating the article
    (or its site's home page, when the policy accepts that), placed where the policy asks, and not
    nofollow when the policy demands an active link. `best` is that anchor, or failing one the closest
    candidate. `problems` lists warning codes about the link (e.g. "link-nofollow", "link-hidden",
    "link-homepage-only", "link-other-article", "link-plain-text", "link-not-in-body",
    "link-not-in-first-paragraph"); whether each is a warning or makes the link fail is the policy's call.
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


def find_link(page: Page, original_url: str | None, aliases: Sequence[str] = (), *,
              policy: Policy = Policy()) -> LinkFinding:
    """Find the anchors of `page` that designate the original (placeholder: exact normalised match)."""
    targets = {normalize_url(u) for u in (original_url, *aliases) if u}
    hits = tuple(a for a in page.anchors if normalize_url(a.url) in targets)
    return LinkFinding(bool(hits), hits[0] if hits else None, hits, original_url=original_url,
                       aliases=tuple(aliases))
