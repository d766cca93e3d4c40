"""URL normalisation and comparison: does a link designate the original article, its site, or something else?

Two URLs designate the same article when their `normalize_url` forms are equal. The form ignores what
does not change which article a reader gets: scheme (http = https), host case, `www.`/mobile/AMP host
prefixes, IDN spelling (punycode = Unicode), default ports, percent-encoding, trailing slashes and index
files, AMP and print-view path and query variants, tracking parameters, parameter order and fragments.

    >>> normalize_url("HTTP://WWW.Example.com:80/news/1/?utm_source=x&id=7#top")
    'example.com/news/1?id=7'
    >>> same_article("https://m.example.com/a/amp/", "http://example.com/a")
    True
"""

from __future__ import annotations

import base64
import contextlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import idna

__all__ = [
    "archived_url",
    "ascii_host",
    "designates",
    "embedded_urls",
    "host_of",
    "is_homepage",
    "is_web_url",
    "normalize_url",
    "same_article",
    "same_site",
    "site_of",
]

# Host labels that select a rendering of the same site, not another site.
_HOST_PREFIXES = ("www", "www2", "www3", "m", "mobile", "amp", "touch", "pda", "wap")

# Query parameters that only say where a reader came from; they never select another article.
_TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "_openstat", "igshid",
    "ref", "ref_src", "ref_url", "referer", "referrer", "from", "via", "share", "smid", "cmpid", "cmp",
    "ocid", "ncid", "spm", "srcref", "rss", "feature", "s_cid", "_ga", "_gl", "ito", "at_medium",
    "at_campaign", "at_source", "__twitter_impression", "mkt_tok", "oly_enc_id", "oly_anon_id", "vero_id",
    "wt.mc_id", "si", "amp", "outputtype", "output", "_amp", "usqp", "amp_js_v", "amp_gsa",
    "erid", "clid", "yadclid", "yadordid", "roistat", "rb_clickid",  # Russian ad labels and click ids
    "jsessionid", "phpsessid", "sessionid",  # a server's session
})
# Syndication labels ("?source=partner", "?partner=ally"), unless the value is a number (an id picking the page).
_LABELS = frozenset({"source", "partner"})
_TRACKING_PREFIXES = ("utm_", "mc_", "_hs", "hsa_", "pk_", "piwik_", "matomo_", "ga_", "ym_", "stm_")
# `output=amp` and `outputType=amp` are AMP switches; other values of these keys are kept.
_AMP_VALUED = frozenset({"output", "outputtype"})
# Switches to the article's print view ("?print=1", "?view=print"): the same article.
_PRINT = frozenset({"print", "printable", "printer", "print_version", "printversion"})
_PRINT_VALUED = frozenset({"view", "mode", "format", "output", "version", "type"})

_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:html?|shtml|php\d?|aspx?|jsp|cfm)$", re.I)
_NON_WEB = re.compile(r"^(?:javascript|mailto|tel|sms|data|about|blob|file|ftp|callto|skype|whatsapp|viber"
                      r"|tg|geo|market|intent|chrome|news|irc):", re.I)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_BARE_HOST = re.compile(r"^(?:[\w-]+\.)+(?:[^\W\d_]{2,24}|xn--[a-z0-9-]+)(?::\d+)?(?:[/?#]|$)", re.I)
# Second-level labels under which registrations happen (co.uk, com.au, org.kz ...): a short public-suffix
# approximation, enough to tell news.example.co.uk and example.co.uk apart from example2.co.uk.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "mil", "nic", "int",
                           "info", "biz", "nom", "ltd", "plc", "sch", "gob", "gen", "web", "in", "msk", "spb"})
_NETLOC_END = re.compile(r"[/?#]")
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(.+)$")
_GOOGLE_AMP = re.compile(r"^/amp/(?:s/)?(.+)$")


@lru_cache(maxsize=65536)
def is_web_url(url: str) -> bool:
    """Whether `url` can be followed to a web page: http(s), protocol-relative or a scheme-less host/path.

    `javascript:`, `mailto:`, `tel:`, `data:` and fragment-only (`#...`) links are not.
    """
    u = _clean(url)
    if u.startswith(("https://", "http://")) and u.isascii():
        # What `urlsplit(u).hostname` says of the common case, without splitting: a host before any port.
        netloc = _NETLOC_END.split(u[u.index("//") + 2:], 1)[0]
        if not any(c in netloc for c in "@[]"):
            return bool(netloc.partition(":")[0])
    if not u or u.startswith("#") or _NON_WEB.match(u):
        return False
    m = _SCHEME.match(u)
    if m and m.group(1).lower() not in ("http", "https"):
        # "example.kz:8080/x" looks like a scheme; a host-like head with a port is still a web URL.
        return bool(_BARE_HOST.match(u))
    if m or u.startswith("//"):
        try:
            host = urlsplit(u).hostname
        except ValueError:  # "http://[oops": an unbalanced IPv6 bracket, nothing a browser could follow
            return False
        if not host:
            return not m  # "//" with no host is still followed (as before); "https://" is not
        return host.isascii() or _labels_survive(host)
    return bool(_BARE_HOST.match(u))


@lru_cache(maxsize=65536)
def host_of(url: str) -> str:
    """The host of `url` as `normalize_url` spells it: lower-case Unicode, no `www.`/mobile/AMP prefix."""
    return _split_host(_absolute(_clean(url)))[0]


@lru_cache(maxsize=65536)
def site_of(url_or_host: str) -> str:
    """The registrable domain of a URL or host (`news.bbc.co.uk` -> `bbc.co.uk`), approximately.

    Uses a short list of second-level registration labels instead of the full public suffix list.
    """
    host = host_of(url_or_host) if ("/" in url_or_host or ":" in url_or_host) else _norm_host(url_or_host)
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _SHARED_HOSTING:
        return ".".join(labels[-3:])  # each outlet on a hosting service's subdomain is a site of its own
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# Services that give every customer a subdomain (uCoz, narod, Tilda, WordPress.com, Blogger...): two outlets there are
# two sites (an editor review: a partner's own links on aqsu-tany.ucoz.kz read as "another article of the original
# site" on ekibastuz-habar.ucoz.kz).
_SHARED_HOSTING = frozenset({
    "ucoz.kz", "ucoz.ru", "ucoz.net", "ucoz.org", "ucoz.ua", "at.ua", "my1.ru", "3dn.ru", "narod.ru", "narod2.ru",
    "tilda.ws", "wordpress.com", "blogspot.com", "livejournal.com", "wixsite.com", "github.io", "netlify.app",
    "vercel.app", "tumblr.com", "substack.com", "weebly.com", "webflow.io", "blogspot.kz", "blogspot.ru",
})


def same_site(a: str, b: str) -> bool:
    """Whether two URLs (or hosts) belong to the same registrable domain, subdomains included."""
    sa, sb = site_of(a), site_of(b)
    return bool(sa) and sa == sb


@lru_cache(maxsize=65536)
def normalize_url(url: str) -> str:
    """A comparable form of `url`: equal forms designate the same article (see the module docstring).

    The form is `host[:port]/path[?query]` with a Unicode host and an unquoted path. A URL that is not a
    web URL (`mailto:`, `javascript:`, ...) comes back stripped and otherwise unchanged, so it never equals
    the form of a web URL.
    """
    u = _clean(url)
    if not is_web_url(u):
        return u
    for _ in range(_UNWRAP_MAX):  # an AMP cache URL carries another URL: its key is that URL's
        parts = urlsplit(_absolute(u))
        host, port = _split_host(parts.geturl())
        path, query = parts.path, parts.query
        unwrapped = _amp_cache_target(host, path)
        if unwrapped is None:
            break
        u = _clean(unwrapped)
    path = _norm_path(path)
    query_pairs = _norm_query(query)
    path = _strip_view_path(path)
    key = host + (f":{port}" if port else "") + path
    if query_pairs:
        key += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query_pairs)
    if parts.fragment.startswith("!"):  # a hash-bang route selects content
        key += "#" + unquote(parts.fragment)
    return key


def same_article(a: str, b: str) -> bool:
    """Whether two URLs designate the same article (equal normalised forms, both web URLs)."""
    return is_web_url(a) and is_web_url(b) and normalize_url(a) == normalize_url(b)


def designates(url: str, targets: Iterable[str]) -> bool:
    """Whether `url` designates any of `targets` (URLs of one article: its URL, canonical, aliases)."""
    if not is_web_url(url):
        return False
    key = normalize_url(url)
    return any(is_web_url(t) and normalize_url(t) == key for t in targets)


def is_homepage(url: str, of_url: str) -> bool:
    """Whether `url` is the home page of the site of `of_url`: its root (or a language root like `/en/`).

    The root of the article's own host or of its registrable domain counts (`https://bbc.co.uk/` for
    `https://news.bbc.co.uk/x`); a query other than tracking parameters makes it another page.
    """
    if not (is_web_url(url) and is_web_url(of_url)):
        return False
    key = normalize_url(url)
    host, _, rest = key.partition("/")
    if "?" in rest or "#" in rest:
        return False
    if rest and not re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", rest, re.I):
        return False
    host = host.split(":")[0]
    return host == host_of(of_url) or host == site_of(of_url)


def embedded_urls(url: str) -> tuple[str, ...]:
    """Web URLs carried in the query of `url`, as redirectors write them (`/go?url=https%3A%2F%2F...`)."""
    if not is_web_url(url):
        return ()
    out = []
    query = urlsplit(_absolute(_clean(url))).query
    if re.match(r"^(?:https?(?::|%3a))", query, re.I):  # uCoz's /go?https://... : the whole query is the URL
        carried = unquote(query) if query[:8].lower().startswith(("https%3a", "http%3a")) else query
        if is_web_url(carried):
            out.append(carried)
    for _, value in parse_qsl(query, keep_blank_values=True):
        v = value.strip()
        if re.match(r"^(?:https?:)?//|^www\.", v, re.I) and is_web_url(v):
            out.append(v)
        elif len(v) >= 16 and _BASE64_URL.fullmatch(v.replace(" ", "+")):  # (a query reads "+" as a space)
            decoded = _base64_url(v.replace(" ", "+"))  # DataLife Engine's /engine/go.php?url=aHR0cHM6Ly8...
            if decoded is not None:
                out.append(decoded)
    return tuple(out)


_BASE64_URL = re.compile(r"aHR0c[A-Za-z0-9+/_-]+={0,2}")  # "http" in base64 opens "aHR0c"


def _base64_url(value: str) -> str | None:
    """The http(s) URL `value` encodes in base64 (standard or URL-safe), or None."""
    try:
        raw = base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4), validate=True)
        text = raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return text if re.match(r"^https?://\S+$", text, re.I) and is_web_url(text) else None


# ---------------------------------------------------------------------------------------------- helpers

def _clean(url: str) -> str:
    """Strip surrounding whitespace and the tabs/newlines browsers drop from inside a URL."""
    url = url.strip()
    if "\t" in url or "\n" in url or "\r" in url:
        return re.sub(r"[\t\n\r]", "", url)
    return url


def _absolute(u: str) -> str:
    if u.startswith("//"):
        return "https:" + u
    m = _SCHEME.match(u)
    if m and m.group(1).lower() in ("http", "https"):
        return u
    return "http://" + u


def _norm_host(host: str) -> str:
    host = unquote(host).strip().rstrip(".")
    if not host.isascii():
        host = _uts46(host).rstrip(".")
    labels = []
    for label in host.split("."):
        if label[:4].lower() == "xn--":
            label = _from_punycode(label)
        labels.append(label.lower() if label.isascii() else unicodedata.normalize("NFC", label).lower())
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:  # "m.kz" alone is a whole name: kept
        labels.pop(0)
    return ".".join(labels)


def _labels_survive(host: str) -> bool:
    """Whether a non-ASCII `host` keeps every label once mapped as browsers map it: a label of nothing but
    characters the mapping drops (a soft hyphen, U+3164 HANGUL FILLER) leaves an empty one, a host no browser
    opens ("https://\u00ad.example.kz/" is refused, not sent to example.kz)."""
    return all(_uts46(host).rstrip(".").split("."))


def _uts46(host: str) -> str:
    """`host` mapped as browsers map a typed host (UTS #46, as IDNA2008 applications do): full-width letters
    and dots to ASCII, case folded, NFC. A host the mapping refuses is only NFC'd and its dots unified."""
    try:
        return idna.uts46_remap(host, std3_rules=False, transitional=False)
    except (idna.IDNAError, ValueError):
        return unicodedata.normalize("NFC", host).replace("\u3002", ".").replace("\uff0e", ".").replace("\uff61", ".")


def _from_punycode(label: str) -> str:
    """The Unicode spelling of an "xn--" label: IDNA2008 (which keeps ß, ς and the joiners that IDNA2003 maps
    away), else IDNA2003 (emoji labels); as written when it is not valid punycode, or longer than a DNS label
    may be (63 characters: decoding is quadratic in the length, and no host has such a label)."""
    if len(label) > 63:
        return label
    try:
        return idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError):
        pass
    with contextlib.suppress(UnicodeError, ValueError):
        return label.encode("ascii").decode("idna")
    return label


def ascii_host(host: str) -> str:
    """The host name `host` as sent on the wire (punycode), as a browser resolves it.

    IDNA2008 with the UTS #46 mapping (`faß.de` is `xn--fa-hia.de`; Python's own "idna" codec, IDNA2003, makes
    it `fass.de`, another site), falling back to IDNA2003 for the hosts IDNA2008 refuses but browsers still open
    (emoji labels). Raises `UnicodeError` for a host neither accepts (an empty label, one over 63 letters).
    """
    if host.isascii():
        host.encode("idna")  # checks the labels' lengths (and leaves underscores, as resolvers do)
        return host
    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return host.encode("idna").decode("ascii")


def _split_host(absolute: str) -> tuple[str, str]:
    try:
        parts = urlsplit(absolute)
    except ValueError:  # not a web URL (see is_web_url): no host
        return "", ""
    netloc = parts.netloc.rpartition("@")[2]
    if netloc.startswith("["):  # IPv6 literal
        host, _, port = netloc[1:].partition("]")
        port = port.lstrip(":")
    else:
        host, _, port = netloc.partition(":")
    scheme = parts.scheme.lower()
    if port in ("", "80", "443") or (port == "80" and scheme == "http"):
        port = ""
    return _norm_host(host), port


_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid)=[^/;]*", re.I)  # a Java or PHP server's session id


def _norm_path(path: str) -> str:
    if ";" in path:
        path = _SESSION_IN_PATH.sub("", path)
    path = unicodedata.normalize("NFC", unquote(path, errors="replace"))
    segments: list[str] = []
    for seg in re.sub(r"/{2,}", "/", path).split("/"):
        if seg == "..":
            if segments:
                segments.pop()
        elif seg not in (".", ""):
            segments.append(seg)
    out = "/" + "/".join(segments)
    out = _INDEX_FILE.sub("/", out)
    # Characters that would read as URL syntax once unquoted stay escaped, so the form is stable.
    out = out.replace("%", "%25").replace("?", "%3F").replace("#", "%23").replace(" ", "%20")
    return out.rstrip("/") or "/"


# Path segments that open or close the address of an article's print view ("/print/news/12", "/news/12/print").
_PRINT_SEGMENTS = frozenset({"print", "printable", "print-version", "printversion"})


def _strip_view_path(path: str) -> str:
    """Remove AMP spellings from a path (an `amp` segment, an `.amp` before the extension, `/amp` at the end)
    and a print view's first or last segment."""
    segs = [s for s in path.split("/") if s and s.lower() != "amp"]
    if len(segs) > 1 and segs[0].lower() in _PRINT_SEGMENTS:
        segs = segs[1:]
    elif len(segs) > 1 and segs[-1].lower() in _PRINT_SEGMENTS:
        segs = segs[:-1]
    if segs:
        last = re.sub(r"\.amp(\.html?)$", r"\1", segs[-1], flags=re.I)
        last = re.sub(r"(?<=.)[-_]amp(\.html?)$", r"\1", last, flags=re.I)
        last = re.sub(r"(?<=.)\.amp$", "", last, flags=re.I)
        segs[-1] = last
    return "/" + "/".join(segs) if segs else "/"


def _norm_query(query: str) -> list[tuple[str, str]]:
    pairs = []
    items = parse_qsl(query, keep_blank_values=True)
    # Joomla's non-SEF article URL: index.php?option=com_content&view=article&id=7731:slug&catid=12&Itemid=101.
    # The article is its id's number; the menu item, category and slug only say how a reader got there.
    joomla = any(k.lower() == "option" and v.lower() == "com_content" for k, v in items)
    for k, v in items:
        lk = k.lower()
        while lk.startswith("amp;"):  # "&amp;amp;utm_medium=": a CMS escaped the ampersand twice
            k, lk = k[4:], lk[4:]
        if not lk or (lk in _LABELS and not v.strip().isdigit()):
            continue
        if lk in _TRACKING and (lk not in _AMP_VALUED or v.lower() == "amp"):
            continue
        if lk in _PRINT or (lk in _PRINT_VALUED and v.lower() == "print"):
            continue  # the article's print view: "?print=1", "?view=print"
        if lk.startswith(_TRACKING_PREFIXES):
            continue
        if joomla and lk in _JOOMLA_CONTEXT:
            continue
        if joomla and lk == "id":
            v = v.split(":", 1)[0]
        pairs.append((unicodedata.normalize("NFC", k), unicodedata.normalize("NFC", v)))
    return sorted(pairs)


_JOOMLA_CONTEXT = frozenset({"itemid", "catid", "tmpl"})  # (not lang: another language is a translation)

_UNWRAP_MAX = 4  # layers of carried URLs unwrapped (an AMP cache page of an AMP cache page ...); deeper is junk

# A Wayback Machine capture: /web/<timestamp>[modifier]/<the archived URL>, the URL's "//" at times squeezed.
_WAYBACK = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(https?):/+(.+)$", re.I)


def archived_url(url: str) -> str | None:
    """The URL a Wayback Machine capture URL carries (`https://web.archive.org/web/<ts>/<URL>`: a capture
    rewrites a page's links so), unwrapped up to a few layers; None for any other URL. Only a page viewed as a
    capture has its links read through this (see `links.find_link`): elsewhere an archived copy is another
    site's page."""
    found = None
    for _ in range(_UNWRAP_MAX):
        try:
            parts = urlsplit(url)
        except ValueError:
            return found
        if (parts.hostname or "") not in ("web.archive.org", "wayback.archive.org"):
            return found
        m = _WAYBACK.match(parts.path)
        if m is None:
            return found
        url = found = f"{m.group(1)}://{m.group(2)}" + (f"?{parts.query}" if parts.query else "")
    return found


def _amp_cache_target(host: str, path: str) -> str | None:
    """The publisher URL behind a Google AMP cache or AMP viewer URL, when `host`/`path` are one."""
    if host.endswith(".cdn.ampproject.org"):
        m = _AMP_CACHE.match(path)
        return "https://" + m.group(1) if m else None
    if re.fullmatch(r"google\.(?:com|[a-z]{2}|com?\.[a-z]{2})", host):
        m = _GOOGLE_AMP.match(path)
        return "https://" + m.group(1) if m else None
    return None
