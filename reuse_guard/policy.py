"""The syndication policy: one frozen, documented value, loaded from TOML or built in code.

The default is the common 30% rule: "Only 30% of an article may be used, with a mandatory hyperlink to
the original source. Re-publishing the full article requires written permission from the editors."

    >>> from dataclasses import replace
    >>> strict = replace(Policy(), max_reuse_fraction=0.2, allow_nofollow=False)
"""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import PolicyError

__all__ = ["LinkPlacement", "Policy", "ShareUnit", "load_policy"]


class ShareUnit(enum.Enum):
    """What the reuse share is counted in."""

    WORDS = "words"
    CHARACTERS = "characters"
    PARAGRAPHS = "paragraphs"


class LinkPlacement(enum.Enum):
    """Where the required hyperlink must stand on the republished page."""

    ANYWHERE = "anywhere"
    BODY = "body"
    FIRST_PARAGRAPH = "first-paragraph"


@dataclass(frozen=True)
class Policy:
    """The rules a republication is judged against. Every field has the default of the 30% rule.

    Attributes:
        max_reuse_fraction: largest share of the original that may be reused; reaching it exactly is allowed.
        share_unit: what the share counts: words (default), characters, or whole paragraphs.
        min_passage_words: shortest run of original words that counts as reuse, so that coincidental
            shared phrases (names, titles, set expressions) do not count. In scripts written without
            spaces (Chinese, Japanese), where a token is a character, 1.5 characters count as a word. A
            whole original sentence of 4 words or more that the page sets as a paragraph of its own (not
            as a link's text) counts even when shorter.
        require_link: a qualifying hyperlink to the original is required whenever any reuse is found.
        allow_nofollow: a link with rel nofollow/ugc/sponsored, or inside Yandex's <noindex>, still qualifies
            (reported as a warning); False demands an "active", indexable link.
        accept_homepage: a link to the original site's home page qualifies (reported as a warning).
        link_placement: where the link must stand: anywhere, in the article body, or in its first paragraph.
        full_reprint_fraction: share at or above which a republication is a full reprint.
        permitted_domains: domains (and their subdomains) with written permission for full reprints.
    """

    max_reuse_fraction: float = 0.30
    share_unit: ShareUnit = ShareUnit.WORDS
    min_passage_words: int = 8
    require_link: bool = True
    allow_nofollow: bool = True
    accept_homepage: bool = False
    link_placement: LinkPlacement = LinkPlacement.ANYWHERE
    full_reprint_fraction: float = 0.90
    permitted_domains: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name, enum_type in (("share_unit", ShareUnit), ("link_placement", LinkPlacement)):
            value = getattr(self, name)
            if isinstance(value, str) and not isinstance(value, enum_type):  # "characters", as TOML writes it
                try:
                    object.__setattr__(self, name, enum_type(value))
                except ValueError:
                    choices = ", ".join(e.value for e in enum_type)
                    raise PolicyError(f"policy field {name} must be one of {choices}, got {value!r}") from None
        for name in ("max_reuse_fraction", "full_reprint_fraction"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise PolicyError(f"policy field {name} must be a number from 0 to 1, got {value!r}")
        if not self.full_reprint_fraction > 0:
            raise PolicyError("policy field full_reprint_fraction must be more than 0 (a full reprint reuses "
                              f"most of the original), got {self.full_reprint_fraction!r}")
        if self.full_reprint_fraction < self.max_reuse_fraction:
            raise PolicyError(f"policy field full_reprint_fraction ({self.full_reprint_fraction:g}) must not be below "
                              f"max_reuse_fraction ({self.max_reuse_fraction:g}): a full reprint reuses more than "
                              "the limit allows; raise it with the limit (--full-reprint-at "
                              f"{self.max_reuse_fraction:g} or more, full_reprint_fraction in a policy file)")
        if isinstance(self.min_passage_words, bool) or not isinstance(self.min_passage_words, int) \
                or self.min_passage_words < 1:
            raise PolicyError("policy field min_passage_words must be a whole number >= 1, "
                              f"got {self.min_passage_words!r}")
        for name in ("require_link", "allow_nofollow", "accept_homepage"):
            if not isinstance(getattr(self, name), bool):
                raise PolicyError(f"policy field {name} must be true or false, got {getattr(self, name)!r}")
        if not isinstance(self.share_unit, ShareUnit) or not isinstance(self.link_placement, LinkPlacement):
            raise PolicyError("policy fields share_unit and link_placement take enum values; use with_fields()")
        domains = self.permitted_domains
        if isinstance(domains, str) or not all(isinstance(d, str) for d in domains):
            raise PolicyError(f"policy field permitted_domains must be a list of domain names, got {domains!r}")
        object.__setattr__(self, "permitted_domains", tuple(_domain(d) for d in domains if d.strip()))

    def with_fields(self, **values: Any) -> Policy:
        """A copy with fields replaced from plain values (strings for enums, lists for domains), as TOML gives them.

        Raises `PolicyError` for an unknown field or a value of the wrong kind.
        """
        known = {f.name for f in fields(self)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise PolicyError(f"unknown policy field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        conv = dict(values)
        for name, enum_type in (("share_unit", ShareUnit), ("link_placement", LinkPlacement)):
            if name in conv and not isinstance(conv[name], enum_type):
                try:
                    conv[name] = enum_type(conv[name])
                except ValueError:
                    choices = ", ".join(e.value for e in enum_type)
                    raise PolicyError(f"policy field {name} must be one of {choices}, got {conv[name]!r}") from None
        if "permitted_domains" in conv and isinstance(conv["permitted_domains"], list):
            conv["permitted_domains"] = tuple(conv["permitted_domains"])
        return replace(self, **conv)

    def to_dict(self) -> dict[str, Any]:
        """Plain values, as in a policy TOML file."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    def permits_full_reprint(self, domain: str | None) -> bool:
        """Whether `domain` (or a parent domain of it) is on the permission list."""
        if not domain:
            return False
        host = domain.lower().removeprefix("www.").rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.permitted_domains)


def _domain(value: str) -> str:
    """A permitted domain as written ("partner.kz", "https://www.partner.kz/", "Partner.KZ."): its host name.

    Wildcards and single labels ("*.kz", "kz") are refused: a permission names a partner, not a zone."""
    text = value.strip().lower()
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    host = host.removeprefix("www.").rstrip(".")
    if not host or "*" in text or "." not in host:
        raise PolicyError(f"permitted domain {value!r} is not a site's domain name; write it as partner.kz "
                          "(no wildcards: a domain also permits its subdomains)")
    return host


def load_policy(path: Path, base: Policy | None = None) -> Policy:
    """Read a policy from a TOML file: top-level keys (or a `[policy]` table) are `Policy` fields.

    Fields not in the file keep the values of `base` (the default 30% rule when omitted).
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file: {exc.strerror}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: not a valid TOML policy file: {exc}") from exc
    table = data.get("policy", data)
    if not isinstance(table, dict):
        raise PolicyError(f"{path}: [policy] must be a table of fields")
    try:
        return (base or Policy()).with_fields(**table)
    except PolicyError as exc:
        raise PolicyError(f"{path}: {exc}") from exc
