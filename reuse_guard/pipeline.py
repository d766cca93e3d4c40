"""`check`: one original, one republished page, one policy -> a `Report`.

This is the only place the stages meet; data flows one way: load -> extract / read page -> tokenize ->
align -> measure -> find link -> judge.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from .align import Original, align, whole_sentences
from .decode import opens_as_page
from .errors import InputError, MissingOriginalURLError, PolicyError, mask_userinfo
from .extract import Article, extract_article
from .fetch import Transport, _size
from .links import LinkFinding, find_link
from .load import Document, Html, Limits, Source, Text, load
from .measure import measure
from .mojibake import repair
from .normalize import Tokens, has_unspaced, is_unspaced, tokenize
from .page import Page, read_page
from .policy import Policy
from .report import DocumentSummary, Report
from .translit import kazakh_latin_pair, rekey
from .urls import host_of, is_web_url
from .verdict import Finding, judge

__all__ = ["check"]


def _original_url(doc: Document, article: Article, given: str | None) -> str | None:
    return given or article.url or doc.url


def _needs_url(doc: Document, page: Page, reused: bool, policy: Policy) -> bool:
    """Whether the verdict depends on knowing the original's URL.

    An HTML original is a page that should declare where it lives, so it always needs one. A text original
    cannot declare one; the link rule is still decided without it when the republished page holds no
    hyperlink at all (nothing could qualify), and needs it otherwise.
    """
    if not policy.require_link:
        return False
    if doc.kind == "html":
        return True
    return reused and any(a.visible for a in page.anchors)


_CHARS_PER_WORD = 1.5  # a word of Chinese or Japanese is one to two characters
_SAMPLE = 5000  # tokens looked at to tell the original's script


def _min_tokens(tokens: Tokens, words: int) -> int:
    """The policy's minimum passage in tokens: words in spaced scripts; in scripts without spaces, where a
    token is a character, `_CHARS_PER_WORD` characters a word (8 characters are a set phrase, not reuse)."""
    sample = tokens.keys[:_SAMPLE]
    if sample and has_unspaced(tokens.text) and 2 * sum(map(is_unspaced, sample)) > len(sample):
        return math.ceil(words * _CHARS_PER_WORD)
    return words


_URL_TEXT = re.compile(r"\s*(?:https?://|www\.)\S+\s*", re.IGNORECASE)


def _link_spans(page: Page) -> list[tuple[int, int]]:
    """Where the page's visible links' texts stand in `page.text`."""
    return [(a.start, a.end) for a in page.anchors if a.visible and a.end > a.start]


def _without_urls(text: str, page: Page, original: str, links: list[tuple[int, int]]) -> str:
    """`text` with the URLs written in it blanked out (same length, so offsets still index it): the plain-text
    URLs, and links whose visible text is a URL, unless the `original` text prints that URL itself (then it
    is article text, and copying it is reuse). A slug ("/2026/11/27/bridge-repair-delayed-again") repeats
    the headline's words, which a source line would otherwise count as reused article text."""
    found = [(u.start, u.end) for u in page.text_urls]
    found += links
    # Only what is written as a URL ("https://", "www."): a bare "word.it" may be a missing space.
    spans = [(start, end) for start, end in found
             if _URL_TEXT.fullmatch(text, start, end) and text[start:end].strip() not in original]
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start >= at:
            parts += (text[at:start], " " * (end - start))
            at = end
    parts.append(text[at:])
    return "".join(parts)


_HREF = re.compile(r"<a\s[^>]*href\s*=", re.I)


def _looks_like_html(doc: Document) -> bool:
    """Whether a document read as text (a .txt file) is an HTML page saved under that name (it opens, after
    spaces and comments, with a doctype or an <html> tag), or holds an HTML hyperlink, which read as text is
    no link (HTML copied out of a CMS, a draft with an <a href> typed in)."""
    if doc.kind != "text":
        return False
    return opens_as_page(doc.content) or _HREF.search(doc.content) is not None


# What a partner checking a plain-text draft can do about the link rule (a text holds no <a href>).
_DRAFT_LINK = ("; a plain-text draft holds no HTML links: write it as [text](URL) or <URL> (Markdown), check the "
               "page's HTML, or check the share alone with --no-link-required (Policy(require_link=False) in Python)")


def _html_as_text(doc: Document) -> Finding:
    return Finding("text-is-html", "warning",
                   f"{doc.name} is read as plain text but holds HTML: its markup counts as words and its "
                   "links are not seen", "give the file an .html name (or pass it as Html) to read it as a page")


def _about_original(doc: Document, article: Article) -> tuple[Finding, ...]:
    """Notes an editor needs on where the original's text came from: the page's JSON-LD (it shows little of the
    article), or one page of several (the share is of this page's text)."""
    notes = []
    if article.method == "json-ld":
        notes.append(Finding(
            "original-from-json-ld", "warning",
            f"{doc.name} shows little of its article (a paywall, or text a script renders): the article text was "
            "taken from the page's own JSON-LD articleBody", "check the share against the article as readers see it"))
    if article.next_page:
        notes.append(Finding(
            "original-continues", "warning",
            f"{doc.name} says the article goes on at {article.next_page} (rel=next): the share is of this page's "
            "text alone", "check the other pages too, or pass the whole article as a .txt file"))
    return tuple(notes)


_FRAME = re.compile(r"<i?frame\b[^>]*?\ssrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,1000})</title", re.I)


def _page_title(doc: Document) -> str:
    """The `<title>` of an HTML page (its first 64 kB), entities decoded and spaces collapsed; "" for text."""
    found = _TITLE.search(doc.content[:65536]) if doc.kind == "html" else None
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


_REFRESH = re.compile(r"<meta[^>]+http-equiv\s*=\s*[\"']?refresh[^>]*?url\s*=\s*['\"]?([^'\">\s]+)", re.I)


def _no_text(doc: Document) -> str:
    """Why a republished page that shows a reader no words cannot be judged, and what to do."""
    refresh = _REFRESH.search(doc.content[:65536]) if doc.kind == "html" else None
    if refresh:
        return (f"{doc.name} shows no text: it sends the browser on to {refresh.group(1)} (<meta http-equiv="
                "refresh>); check that page instead")
    frame = _FRAME.search(doc.content) if doc.kind == "html" else None
    if frame:
        return (f"{doc.name} shows no text of its own: it shows another page in a frame (<iframe src=\""
                f"{frame.group(1)}\">), which is not fetched; check that page instead")
    if doc.kind == "html" and "<script" in doc.content.lower():
        return (f"{doc.name} shows no text without running its scripts (a page built by JavaScript); open it "
                "in a browser, save it (File > Save Page As) and check the saved file")
    return f"{doc.name} shows no text a reader would see: there is nothing to compare with the original"


def _domain(*urls: str | None) -> str | None:
    """The host of the first of `urls` that has one (a malformed URL has none)."""
    for u in urls:
        if u and is_web_url(u):
            host = urlsplit(u if "//" in u else "//" + u).hostname
            if host:
                return host
    return None


def _own_url(page: Page, original: str | None, aliases: tuple[str, ...]) -> str | None:
    """Where the republished page says it lives (its canonical, else og:url), unless that is on the original's
    host: a partner that credits the original with a cross-domain canonical (as syndication guides advise)
    does not thereby become the original's publisher, nor inherit its permission to reprint."""
    theirs = {host_of(u) for u in (original, *aliases) if u and is_web_url(u)}
    for declared in (page.canonical, page.og_url):
        if declared and is_web_url(declared) and host_of(declared) not in theirs:
            return declared
    return None


_SELF_URL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>|<meta\b[^>]*\bog:url\b[^>]*>", re.I)
_URL_ATTR = re.compile(r"\b(?:href|content)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)


def _declared(doc: Document) -> str:
    """What an original without a usable URL declares, for the error: nothing, or a canonical / og:url that is
    relative (with no page URL to resolve it), names the site's home page rather than the article, or is no web
    address at all."""
    value = ""
    for found in _SELF_URL.finditer(doc.content[:262144]) if doc.kind == "html" else ():
        attr = _URL_ATTR.search(found.group(0))
        value = next((v for v in attr.groups() if v is not None), "").strip() if attr else ""
        if value:
            break
    if not value:
        return "the page declares none (no canonical or og:url)"
    scheme = _SCHEME.match(value)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        why = "not a web address"
    elif scheme or value.startswith("//"):
        why = "the site's home page, not the article"
    else:
        why = "relative, with no page URL to resolve it against"
    return f"the page's canonical / og:url ({html.unescape(value)[:200]}) is {why}"


_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def _given_url(value: str | None, what: str) -> None:
    """Refuse a URL passed by the caller that no link could ever designate."""
    if value is not None and (not isinstance(value, str) or not is_web_url(value)):
        raise InputError(f"the {what} {value!r} is not a valid http(s) URL; give it as https://host/path")


_PREPARED: OrderedDict[tuple[bytes, str, str | None], tuple[Article, Original]] = OrderedDict()
_PREPARED_MAX = 128
_PREPARED_LOCK = threading.Lock()


def prepare_original(doc: Document) -> tuple[Article, Original]:
    """The original's article and its tokens prepared for alignment, kept for the last `_PREPARED_MAX`
    originals seen.

    An audit checks many republications of one original; its extraction, tokenisation and the alignment's
    indexes of it are done once.
    The key is a digest of the decoded content with the kind and URL (what the article depends on; the
    name only appears in errors, which are not kept), so a changed page is new work and a copy of one
    under another name is not. The cache holds only the (small) article and tokens, not whole pages.
    """
    digest = hashlib.sha256(doc.utf8_bytes()).digest()  # SHA-256 (OpenSSL): faster than BLAKE2b here
    key = (digest, doc.kind, doc.url)
    with _PREPARED_LOCK:
        hit = _PREPARED.get(key)
        if hit is not None:
            _PREPARED.move_to_end(key)
            return hit
    article = extract_article(doc)
    prepared = (article, Original(tokenize(repair(article.text))))  # repair keeps offsets: see mojibake
    with _PREPARED_LOCK:
        _PREPARED[key] = prepared
        while len(_PREPARED) > _PREPARED_MAX:
            _PREPARED.popitem(last=False)
    return prepared


def _label(source: Source) -> str:
    """How a progress line names an input: a path or URL as given (a password in a URL masked), else its name."""
    if isinstance(source, Html | Text):
        return source.name
    return mask_userinfo(str(source)) if source != "-" else "standard input"


def check(original: Source, republished: Source, *, original_url: str | None = None,
          republished_url: str | None = None, policy: Policy = Policy(), limits: Limits = Limits(),
          transport: Transport | None = None, progress: Callable[[str], object] | None = None) -> Report:
    """Check `republished` against `original` under `policy`.

    Sources are paths (`.html`/`.htm` read as HTML, `.txt` verbatim), http(s) URLs or "-" (stdin) as `str`,
    or in-memory `Html` / `Text`. `original_url` defaults to the original page's canonical or og:url.
    `limits` caps input size, fetch time and redirects; `transport` replaces the HTTP client (tests, proxies).
    `progress`, when given, is called with a short description of each stage as it starts ("reading
    page.html", "aligning the texts"): a huge page or a slow server takes seconds, and a caller can show why.

        >>> report = check(Path("original.html"), Path("republished.html"))  # doctest: +SKIP
        >>> report.reused_fraction, report.compliant, [v.code for v in report.violations]  # doctest: +SKIP
        (0.214, True, [])

    Raises `InputError` (or a subclass) naming the input when one cannot be read or used, and
    `MissingOriginalURLError` when the hyperlink rule needs the original's URL and nothing gives it.
    """
    if not isinstance(policy, Policy):
        raise PolicyError(f"policy must be a reuse_guard.Policy, got {type(policy).__name__}; build one with "
                          "Policy(...), Policy().with_fields(**values) or load_policy(path)")
    if not isinstance(limits, Limits):
        raise InputError(f"limits must be a reuse_guard.Limits, got {type(limits).__name__}")
    _given_url(original_url, "original URL")
    _given_url(republished_url, "republished URL")
    if progress:
        progress(f"reading {_label(original)}")
    odoc = load(original, limits=limits, transport=transport)
    if progress:
        progress(f"reading {_label(republished)}")
    rdoc = load(republished, limits=limits, transport=transport)
    if progress:
        progress(f"finding the article in {odoc.name}")
    article, prepared = prepare_original(odoc)
    otoks = prepared.tokens
    if not len(otoks):
        raise InputError(f"{odoc.name} holds no words (only spaces, punctuation or symbols): there is nothing "
                         "to measure reuse of")
    if progress:
        progress(f"reading the text of {rdoc.name} ({_size(len(rdoc.utf8_bytes()))})")
    page = read_page(rdoc, republished_url)
    if not any(ch.isalnum() for ch in page.text):
        raise InputError(_no_text(rdoc))
    links = _link_spans(page)
    url = _original_url(odoc, article, original_url)
    aliases = tuple(a for a in article.aliases if a != url)
    # The link is judged now, while the page's tree is at hand for the few anchors to the original (is one a
    # reader's, in a comment thread?); the tree is let go before the alignment, the longest stage.
    # Without a URL nothing can designate the original: _needs_url below rules out any anchor that might.
    link = find_link(page, url, aliases, policy=policy, editions=[e for _, e in article.editions]) if url \
        else LinkFinding(False, noindex=page.noindex)
    page = replace(page, in_thread=None)
    rtoks = tokenize(_without_urls(repair(page.text), page, otoks.text, links))
    # An original shorter than the minimum passage is reused when it is reused whole.
    min_words = max(1, min(_min_tokens(otoks, policy.min_passage_words), len(otoks)))
    compared, rcompared = prepared, rtoks
    if kazakh_latin_pair(otoks, rtoks):  # a Kazakh original copied onto a page in the other alphabet
        compared, rcompared = Original(rekey(otoks)), rekey(rtoks)
    if progress:
        progress(f"aligning {len(otoks):,} words with {len(rtoks):,}")
    passages = align(compared, rcompared, min_words=min_words)
    # A whole short sentence set as a paragraph of its own counts too; a linked headline (a teaser) does not.
    passages = whole_sentences(compared, rcompared, passages, min_words=min_words, skip=links)
    m = measure(otoks, passages, policy, article.paragraphs)
    if url is None and _needs_url(odoc, page, m.reused_words > 0, policy):
        raise MissingOriginalURLError(
            f"{odoc.name}: the original's URL is needed to judge the hyperlink, and {_declared(odoc)}; pass it with "
            "--original-url URL (original_url= in Python)")
    if progress:
        progress("judging the link and the policy")
    known = republished_url or rdoc.url or page.url  # given by the caller, or where the page was fetched from
    rep_url = known or _own_url(page, url, aliases)
    claimed = _domain(rep_url)
    unproven = known is None and policy.permits_full_reprint(claimed)
    # A saved page's own canonical is the copier's word: it proves no permission.
    verdict = judge(m, link, policy, None if unproven else claimed)
    if unproven and (m.fraction > policy.max_reuse_fraction or m.fraction >= policy.full_reprint_fraction):
        verdict = replace(verdict, warnings=(*verdict.warnings, Finding(
            "permission-unverified", "warning",
            f"the page says it lives on {claimed} (its canonical / og:url), a partner permitted to reprint "
            "in full, but a saved page can say anything: its permission is not applied",
            "give where the page is published with --republished-url URL (republished_url=), or check it by URL")))
    if rdoc.kind == "text" and not link.found:
        verdict = replace(verdict, violations=tuple(
            replace(v, fix=v.fix + _DRAFT_LINK) if v.code == "missing-link" else v for v in verdict.violations))
    return Report(
        reused_fraction=m.fraction,
        compliant=verdict.compliant,
        violations=verdict.violations,
        warnings=verdict.warnings + tuple(_html_as_text(doc) for doc in (odoc, rdoc) if _looks_like_html(doc))
        + _about_original(odoc, article),
        rules=verdict.rules,
        measurement=m,
        link=link,
        passages=passages,
        original=DocumentSummary(odoc.name, odoc.kind, url, article.text, m.total_words, odoc.encoding,
                                 article.title),
        republished=DocumentSummary(rdoc.name, rdoc.kind, rep_url, page.text, len(rtoks), rdoc.encoding,
                                    _page_title(rdoc)),
        policy=policy,
    )
