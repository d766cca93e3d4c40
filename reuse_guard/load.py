"""Loading inputs: files, stdin, http(s) URLs and in-memory documents become a decoded `Document`.

Reading is capped by `Limits` (a file's size is checked before it is read), bytes are decoded by
`decode.decode` (BOM, HTTP charset, `<meta charset>`, detection) and URLs are fetched by `fetch.fetch`.
Every problem raises `InputError` (`FetchError` for URLs) naming the input and saying what to do:

    >>> load(Path("missing.html"))  # doctest: +SKIP
    reuse_guard.errors.InputError: missing.html: no such file; check the path
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from .decode import decode, opens_as_page
from .errors import FetchError, InputError
from .fetch import Transport, _size, fetch

__all__ = ["Document", "Html", "Limits", "Source", "Text", "load"]

Kind = Literal["html", "text"]


@dataclass(frozen=True)
class Html:
    """An HTML page held in memory. `url` is where it lives, when known (used to resolve links).

    `content` may be `str` or `bytes`; bytes are decoded like a file (BOM, `<meta charset>`, detection).
    """

    content: str | bytes
    url: str | None = None
    name: str = "<html>"


@dataclass(frozen=True)
class Text:
    """Plain text held in memory, used verbatim (offsets index into it unchanged); bytes are decoded."""

    content: str | bytes
    name: str = "<text>"


#: What `check` accepts for either side: a path, an http(s) URL or "-" (stdin) as `str`, or an in-memory value.
Source = Path | str | Html | Text


@dataclass(frozen=True)
class Limits:
    """Caps that keep a bad input from hanging or exhausting the machine.

    `max_bytes` bounds every input (file, stdin, download, and a download after decompression);
    `timeout` is the total time in seconds for each HTTP request (connect, headers and body);
    `max_redirects` bounds the redirects followed for one URL.
    Raises `InputError` (a `ReuseGuardError`, as every error reuse_guard raises) for a value out of range.
    """

    max_bytes: int = 16 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5

    def __post_init__(self) -> None:
        numbers = (self.max_bytes, self.timeout, self.max_redirects)
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in numbers) \
                or not isinstance(self.max_bytes, int) or not isinstance(self.max_redirects, int):
            raise InputError(f"limits must be numbers (max_bytes and max_redirects whole numbers): {self}")
        if self.max_bytes <= 0 or not 0 < self.timeout <= MAX_TIMEOUT or self.max_redirects < 0:
            raise InputError(f"limits must be positive, and the timeout at most {MAX_TIMEOUT:.0f} s: {self}")


MAX_TIMEOUT = 24 * 3600.0  # seconds: a day; beyond it a timeout is a typo (and overflows the platform's timers)


@dataclass(frozen=True)
class Document:
    """A decoded input: its display name, whether it is HTML or text, the decoded content and its URL.

    `url` is where the document lives (for a fetched page, the final URL after redirects); `encoding` is
    the codec its bytes were decoded with ('unicode' when it was given as `str`). `utf8` keeps the bytes read
    when they are exactly `content` in UTF-8 (most pages), so parsing and hashing need not encode it again.
    """

    name: str
    kind: Kind
    content: str
    url: str | None = None
    encoding: str = "utf-8"
    utf8: bytes | None = field(default=None, repr=False, compare=False)

    def utf8_bytes(self) -> bytes:
        """`content` in UTF-8 (lone surrogates, possible only in a `str` given in memory, kept as they are)."""
        return self.utf8 if self.utf8 is not None else self.content.encode("utf-8", "surrogatepass")


_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_URL = re.compile(r"https?://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_LOOKS_LIKE_HOST = re.compile(r"www\.[\w-]+(\.[\w-]+)+(/|$)|[\w-]+(\.[\w-]+)*\.[a-z]{2,}/")


def load(source: Source, *, limits: Limits = Limits(), stdin: BinaryIO | None = None,
         transport: Transport | None = None) -> Document:
    """Read and decode `source` into a `Document`; raise `InputError` naming it when that cannot be done.

    `stdin` replaces `sys.stdin.buffer` for "-"; `transport` replaces the HTTP client for URLs (tests).
    """
    if isinstance(source, Html | Text) and not isinstance(source.content, str | bytes):
        kind = type(source).__name__
        raise InputError(f"{kind}(...) takes the page's content as str or bytes, got "
                         f"{type(source.content).__name__}; to read a file, pass its path instead of {kind}")
    if isinstance(source, Html):
        return _from_memory(source.content, source.name, "html", source.url, limits)
    if isinstance(source, Text):
        return _from_memory(source.content, source.name, "text", None, limits)
    if isinstance(source, str):
        if "\n" in source or source.lstrip().startswith("<") or len(source) > 4096:
            raise InputError(f"{_short(source)}: this looks like page content, not a path or URL; pass it as "
                             "reuse_guard.Html(content) or reuse_guard.Text(content)")
        if source == "-":
            return _from_stdin(stdin or sys.stdin.buffer, limits)
        if _URL.match(source.strip()):
            return _from_url(source.strip(), limits, transport)
        other = _OTHER_SCHEME.match(source)
        if other:
            raise InputError(f"{source}: {other.group(1)}:// URLs are not supported; give an http(s) URL, "
                             "a file path or - for standard input")
        if not source.strip():
            raise InputError("an input path is empty; give a file path, an http(s) URL or - for standard input")
    if isinstance(source, str | os.PathLike):
        return _from_path(Path(source), str(source), limits)
    raise InputError(f"{_short(source)}: cannot load a {type(source).__name__}; give a path, an http(s) URL, "
                     "'-', Html(content) or Text(content)")


def _short(value: object) -> str:
    """`value`'s repr cut to a readable length for a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _from_memory(content: str | bytes, name: str, kind: Kind, url: str | None, limits: Limits) -> Document:
    if len(content) > limits.max_bytes:
        raise InputError(f"{name}: the document is {_size(len(content))}, over the {_size(limits.max_bytes)} "
                         "limit; raise Limits.max_bytes if it really is one page")
    if isinstance(content, str):
        _check_not_blank(content, name, "document")
        return Document(name, kind, content, url, "unicode")
    _check_not_blank(content, name, "document")
    decoded = decode(content, name, kind=kind)
    _check_not_blank(decoded.text, name, "document")
    return Document(name, kind, decoded.text, url, decoded.encoding, decoded.utf8)


def _read_capped(stream: BinaryIO, cap: int) -> bytes:
    """At most `cap` bytes of `stream`, read a mebibyte at a time: `read(cap)` reserves `cap` bytes up front,
    which a generous `--max-bytes` turns into a MemoryError before a byte is read."""
    chunks: list[bytes] = []
    size = 0
    while size < cap:
        chunk = stream.read(min(cap - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _from_stdin(stream: BinaryIO, limits: Limits) -> Document:
    name = "<stdin>"
    if stream.isatty():
        raise InputError(f"{name}: standard input is a terminal; pipe a page in (cat page.html | ...) "
                         "or give a file path")
    try:
        data = _read_capped(stream, limits.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read standard input ({exc.strerror or exc})") from None
    if len(data) > limits.max_bytes:
        raise InputError(f"{name}: standard input holds more than {_size(limits.max_bytes)}; "
                         "raise the limit with --max-bytes if it really is one page")
    return _from_bytes(data, name, None, None, "input", None)


def _from_url(url: str, limits: Limits, transport: Transport | None) -> Document:
    page = fetch(url, limits, transport)
    ctype = page.content_type
    kind: Kind | None = None
    if ctype in ("text/html", "application/xhtml+xml"):
        kind = "html"
    elif ctype == "text/plain" and not opens_as_page(page.body[:4096].lstrip().removeprefix(b"\xef\xbb\xbf")
                                                     .decode("latin-1")):
        kind = "text"  # (a misconfigured server sends pages as text/plain too: then the content decides)
    try:
        return _from_bytes(page.body, url, kind, page.url, "response", page.charset)
    except FetchError:
        raise
    except InputError as exc:
        said = f" (the server said Content-Type: {ctype})" if ctype else ""
        raise FetchError(f"{exc}{said}") from None


def _from_path(path: Path, name: str, limits: Limits) -> Document:
    try:
        info = path.stat()
    except FileNotFoundError:
        hint = ""
        if _LOOKS_LIKE_HOST.match(name) and path.suffix.lower() not in _HTML_SUFFIXES | {".txt"}:
            hint = f" (for a web page, give the full URL: https://{name})"
        raise InputError(f"{name}: no such file; check the path{hint}") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc}); check the path") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a file; give the path of an HTML or text file")
    if stat.S_ISREG(info.st_mode) and info.st_size > limits.max_bytes:
        raise InputError(f"{name}: the file is {_size(info.st_size)}, over the {_size(limits.max_bytes)} "
                         "limit; raise it with --max-bytes if it really is one page")
    try:
        with path.open("rb") as f:
            data = _read_capped(f, limits.max_bytes + 1)  # capped: devices and pipes have no size to check first
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > limits.max_bytes:
        raise InputError(f"{name}: holds more than {_size(limits.max_bytes)}; "
                         "raise the limit with --max-bytes if it really is one page")
    suffix = path.suffix.lower()
    kind: Kind | None = "html" if suffix in _HTML_SUFFIXES else "text" if suffix == ".txt" else None
    return _from_bytes(data, name, kind, None, "file", None)


def _from_bytes(data: bytes, name: str, kind: Kind | None, url: str | None, noun: str,
                http_charset: str | None) -> Document:
    _check_not_blank(data, name, noun)
    if kind != "text" and _MHTML_HEAD.match(data) is not None and _MIME_VERSION.search(data, 0, 8192) is not None:
        data, http_charset = _mhtml_page(data, name)
        kind = "html"
    decoded = decode(data, name, kind=kind, http_charset=http_charset)
    _check_not_blank(decoded.text, name, noun)
    return Document(name, decoded.kind, decoded.text, url, decoded.encoding, decoded.utf8)


# A web archive in one file (MHTML: Word's "Single File Web Page" .mht, a browser's "Save as .mhtml"): MIME
# headers, one of them declaring a multipart/related body, before the first blank line.
_MHTML_HEAD = re.compile(rb"(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,40}?"
                         rb"[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Tt][Yy][Pp][Ee]:\s*multipart/related", re.IGNORECASE)


_MIME_VERSION = re.compile(rb"(?im)^MIME-Version:")


def _mhtml_page(data: bytes, name: str) -> tuple[bytes, str | None]:
    """The page a web archive holds: the bytes of its first text/html part, with the part's charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
            payload = part.get_payload()
            if encoding == "base64" and isinstance(payload, str):
                try:  # (compat32 hands back the raw text of a base64 body it cannot decode: decoded here, strictly)
                    body: object = base64.b64decode("".join(payload.split()), validate=True)
                except (binascii.Error, ValueError):
                    raise InputError(f"{name}: a web archive whose page is damaged (its base64 text does not "
                                     "decode); save the page again") from None
            else:
                body = part.get_payload(decode=True)
            if isinstance(body, bytes) and body.strip():
                return body, part.get_content_charset()
    raise InputError(f"{name}: is a web archive (MHTML, a \"Single File Web Page\") holding no HTML page; save "
                     "the page as \"Web Page, HTML only\" (.htm) and check that file")


def _check_not_blank(content: str | bytes, name: str, noun: str) -> None:
    if isinstance(content, str) and content[:1] == "\ufeff":
        content = content[1:]
    if not content:
        what = {"response": "the server sent an empty page", "input": "nothing was read from standard input"}
        raise InputError(f"{name}: {what.get(noun, f'the {noun} is empty')}; give a page with some text")
    if content.isspace():
        raise InputError(f"{name}: the {noun} contains only whitespace; give a page with some text")
