"""URL normalisation and comparison: does a link designate the original article, its site, or something else?"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["normalize_url"]


def normalize_url(url: str) -> str:
    """A comparable form of `url` (placeholder: host and path, lower-cased host, no trailing slash)."""
    s = urlsplit(url.strip())
    host = (s.hostname or "").lower().removeprefix("www.")
    return host + (s.path.rstrip("/") or "/")
