"""The syndication policy: one frozen, documented value, loaded from TOML or built in code.

The default is the common 30% rule: "Only 30% of an article may be used, with a mandatory hyperlink to
the original source. Re-publishing the full article requires written permission from the editors."

    >>> from dataclasses import replace
    >>> strict = replace(Policy(), max_reuse_fraction=0.2, allow_nofollow=False)
"""

from __future__ import annotations

import codecs
import datetime
import enum
import json
import math
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from .errors import PolicyError
from .urls import ascii_host

__all__ = ["LinkPlacement", "Policy", "ShareUnit", "load_policy"]

_E = TypeVar("_E", bound=enum.Enum)


class ShareUnit(enum.Enum):
    """What the reuse share is counted in."""

    WORDS = "words"
    CHARACTERS = "characters"
    PARAGRAPHS = "paragraphs"


class _DefaultReprint(float):
    """The full-reprint threshold nobody set: 0.90, or the reuse limit when that is higher.

    A plain float is a threshold the user chose, which is kept (and refused if below the limit); this marker
    lets the default follow a raised limit (max_reuse_fraction = 1 alone just works) and come back down
    with it, through `replace` and `with_fields` alike. It is a float, so it compares, prints and
    serialises as one."""


_FULL_REPRINT_DEFAULT = 0.90


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
        full_reprint_fraction: share at or above which a republication is a full reprint. Left unset it is
            0.90, or max_reuse_fraction when that is higher; a value you set must not be below max_reuse_fraction.
        permitted_domains: domains (and their subdomains) with written permission for full reprints.
    """

    max_reuse_fraction: float = 0.30
    share_unit: ShareUnit = ShareUnit.WORDS
    min_passage_words: int = 8
    require_link: bool = True
    allow_nofollow: bool = True
    accept_homepage: bool = False
    link_placement: LinkPlacement = LinkPlacement.ANYWHERE
    full_reprint_fraction: float = _DefaultReprint(_FULL_REPRINT_DEFAULT)
    permitted_domains: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name, enum_type in (("share_unit", ShareUnit), ("link_placement", LinkPlacement)):
            value = getattr(self, name)
            if isinstance(value, str) and not isinstance(value, enum_type):  # "characters", as TOML writes it
                object.__setattr__(self, name, _choice(name, enum_type, value))
        for name in ("max_reuse_fraction", "full_reprint_fraction"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise PolicyError(f"policy field {name} must be a number from 0 to 1, got {_toml(value)}"
                                  f"{_fraction_hint(value)}")
        if isinstance(self.full_reprint_fraction, _DefaultReprint):  # unset: follows a limit above 0.90
            object.__setattr__(self, "full_reprint_fraction",
                               _DefaultReprint(max(_FULL_REPRINT_DEFAULT, self.max_reuse_fraction)))
        if not self.full_reprint_fraction > 0:
            raise PolicyError("policy field full_reprint_fraction must be more than 0 (a full reprint reuses "
                              f"most of the original), got {_toml(self.full_reprint_fraction)}")
        if self.full_reprint_fraction < self.max_reuse_fraction:
            limit = _toml(self.max_reuse_fraction)
            raise PolicyError(f"policy field full_reprint_fraction ({_toml(self.full_reprint_fraction)}) is below "
                              f"max_reuse_fraction ({limit}): set full_reprint_fraction = {limit} or more "
                              f"(--full-reprint-at {limit}), or leave it out to follow the limit")
        if isinstance(self.min_passage_words, bool) or not isinstance(self.min_passage_words, int) \
                or self.min_passage_words < 1:
            raise PolicyError("policy field min_passage_words must be a whole number >= 1, "
                              f"got {_toml(self.min_passage_words)}")
        for name in ("require_link", "allow_nofollow", "accept_homepage"):
            value = getattr(self, name)
            if not isinstance(value, bool):
                raise PolicyError(f"policy field {name} must be true or false"
                                  f"{' (no quotes)' if isinstance(value, str) else ''}, got {_toml(value)}")
        if not isinstance(self.share_unit, ShareUnit) or not isinstance(self.link_placement, LinkPlacement):
            raise PolicyError("policy fields share_unit and link_placement take enum values; use with_fields()")
        domains = self.permitted_domains
        if isinstance(domains, str):
            raise PolicyError(f"policy field permitted_domains must be a list of domain names, got {_toml(domains)}; "
                              f"write permitted_domains = [{_toml(domains)}]")
        if not all(isinstance(d, str) for d in domains):
            raise PolicyError(f"policy field permitted_domains must be a list of domain names, got {_toml(domains)}; "
                              'write each in quotes: ["partner.kz"]')
        object.__setattr__(self, "permitted_domains", tuple(dict.fromkeys(_domain(d) for d in domains if d.strip())))

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
                conv[name] = _choice(name, enum_type, conv[name])
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
        """Whether `domain` (or a parent domain of it) is on the permission list; an internationalised name
        matches in either spelling (партнёр.рф is xn--80a0aefbk0i.xn--p1ai)."""
        if not domain:
            return False
        host = _wire(domain.lower().removeprefix("www.").rstrip("."))
        return any(host == d or host.endswith("." + d) for d in map(_wire, self.permitted_domains))


def _wire(host: str) -> str:
    """`host` as sent on the wire (punycode), or as it is when it cannot be encoded."""
    try:
        return ascii_host(host)
    except UnicodeError:
        return host


def _domain(value: str) -> str:
    """A permitted domain as written ("partner.kz", "https://www.partner.kz/", "Partner.KZ."): its host name.

    Wildcards and single labels ("*.kz", "kz") are refused: a permission names a partner, not a zone. So are
    names with an empty label (".kz", "partner..kz") or a space or comma in them ("partner .kz", "a.kz, b.kz")."""
    text = value.strip().lower()
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    host = host.removeprefix("www.").rstrip(".")
    if not host or "*" in text or "." not in host or "" in host.split(".") or re.search(r"[\s,;]", host):
        raise PolicyError(f"permitted domain {_toml(value)} is not a site's domain name; write it as \"partner.kz\" "
                          "(no wildcards: a domain also permits its subdomains)")
    return host


def _choice(name: str, enum_type: type[_E], value: object) -> _E:
    """`value` (a string as TOML gives it) as a member of `enum_type`, or a `PolicyError` listing the choices."""
    try:
        return enum_type(value)
    except ValueError:
        choices = ", ".join(_toml(e.value) for e in enum_type)
        raise PolicyError(f"policy field {name} must be one of {choices}, got {_toml(value)}") from None


def _toml(value: object) -> str:
    """`value` as a TOML file writes it, for messages: true, 0.3, inf, "text", [1, 2], {a = 1}.

    A value of a type TOML does not have keeps its Python repr."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _toml(value.value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("inf" if value > 0 else "-inf") if math.isinf(value) else float.__repr__(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string: the same quotes and escapes
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = (k if isinstance(k, str) and _BARE_KEY.fullmatch(k) else _toml(str(k)) for k in value)
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in zip(keys, value.values(), strict=True)) + "}"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return repr(value)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _fraction_hint(value: object) -> str:
    """What to write for a share given as a percentage (30, "30%") or in quotes ("0.3"), else ""."""
    if isinstance(value, str):
        text = value.strip()
        percent = text.endswith("%")
        try:
            number = float(text.removesuffix("%").strip())
        except ValueError:
            return ""
        if percent:
            number /= 100
            return f"; write {_toml(number)} for {text}" if 0 <= number <= 1 else ""
        return f"; write {_toml(number)} without quotes" if 0 <= number <= 1 else ""
    if isinstance(value, int | float) and not isinstance(value, bool) and 2 <= value <= 100:
        return f"; write {_toml(value / 100)} for {_toml(value)}%"
    return ""


# Byte order marks a policy file may start with, and the codec that drops the mark while decoding.
_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32", "utf-32"), (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
         (codecs.BOM_UTF8, "UTF-8", "utf-8-sig"), (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
         (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"))


def _decode(path: Path, raw: bytes) -> str:
    """The text of a policy file: UTF-8, with or without a byte order mark, or UTF-16/32 that starts with one.

    Anything else is a `PolicyError` naming the file and saying to save it as UTF-8."""
    name, codec = next(((name, codec) for bom, name, codec in _BOMS if raw.startswith(bom)), ("UTF-8", "utf-8"))
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        if codec != "utf-8":
            raise PolicyError(f"{path}: starts with a {name} byte order mark but is not {name} text; "
                              "save the policy file as UTF-8") from None
        line = raw[:exc.start].count(b"\n") + 1
        raise PolicyError(f"{path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}); "
                          "save the policy file as UTF-8") from None
    if "\0" in text:
        raise PolicyError(f"{path}: holds NUL characters, as UTF-16 text without a byte order mark does; "
                          "save the policy file as UTF-8")
    return text


def load_policy(path: Path, base: Policy | None = None) -> Policy:
    """Read a policy from a TOML file: top-level keys (or a `[policy]` table) are `Policy` fields.

    The file is UTF-8 (a byte order mark, as Windows Notepad writes, is dropped), or UTF-16 with its byte order
    mark. Fields not in the file keep the values of `base` (the default 30% rule when omitted). Keys outside a
    `[policy]` table, when the file has one, are refused rather than ignored.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file: {exc.strerror}") from exc
    try:
        data = tomllib.loads(_decode(path, raw))
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: not a valid TOML policy file: {exc}") from exc
    table = data
    if "policy" in data:
        table = data["policy"]
        if not isinstance(table, dict):
            raise PolicyError(f"{path}: policy must be a table of fields (a [policy] line, the fields under it), "
                              f"got policy = {_toml(table)}")
        outside = sorted(set(data) - {"policy"})
        if outside:
            one = len(outside) == 1
            raise PolicyError(f"{path}: {', '.join(outside)} {'is' if one else 'are'} outside the [policy] table, "
                              f"so {'it' if one else 'they'} would be ignored; move {'it' if one else 'them'} "
                              "under [policy], or delete the [policy] line")
    try:
        return (base or Policy()).with_fields(**table)
    except PolicyError as exc:
        raise PolicyError(f"{path}: {exc}") from exc
