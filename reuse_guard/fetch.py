"""Fetching http(s) inputs: a small GET client over an injectable transport, with caps on time, size, redirects.

A `Transport` performs one request and follows no redirects; `fetch` follows redirects (relative ones too),
undoes gzip/deflate compression and turns every failure into a `FetchError` that names the URL and says
what to do. The default `HttpTransport` uses only the standard library. Tests inject their own transport
or serve pages on 127.0.0.1; nothing here is ever mocked at the socket level.

    >>> fetch("https://news.example/a", Limits(timeout=5))  # doctest: +SKIP
    Fetched(url='https://news.example/a', status=200, ...)
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, urljoin, urlsplit

from .errors import FetchError
from .urls import ascii_host

if TYPE_CHECKING:
    from .load import Limits

__all__ = ["USER_AGENT", "Fetched", "HttpTransport", "Response", "Transport", "fetch"]


def _version() -> str:
    try:
        return metadata.version("reuse-guard")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"reuse-guard/{_version()} (syndication compliance checker)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Response:
    """One HTTP response as a transport returns it: no redirect followed, body still Content-Encoded.

    `headers` has lower-case names. `body` is empty for redirects, and a transport may stop reading after
    `max_bytes + 1` bytes: anything longer than `max_bytes` is rejected anyway.
    """

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    reason: str = ""


class Transport(Protocol):
    """Performs one GET of `url` within `timeout` seconds in total, reading at most `max_bytes + 1` bytes.

    It may raise `FetchError`, `TimeoutError`, `OSError` (refused, DNS, TLS...) or `http.client.HTTPException`;
    `fetch` explains each of them.
    """

    def __call__(self, url: str, timeout: float, max_bytes: int) -> Response: ...


@dataclass(frozen=True)
class Fetched:
    """A fetched page: its final URL (after redirects), status, headers and decompressed body."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        """The media type, lower case without parameters ('text/html'), or '' when the server sent none."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset parameter of Content-Type, if any."""
        for param in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip().strip("\"'"):
                return value.strip().strip("\"'")
        return None


def fetch(url: str, limits: Limits, transport: Transport | None = None) -> Fetched:
    """GET `url`, following up to `limits.max_redirects` redirects; raise `FetchError` naming `url` on failure."""
    send = transport or HttpTransport()
    _check_url(url, url)
    chain = [url]
    current = url
    while True:
        resp = _request(send, current, url, limits)
        if resp.status not in _REDIRECTS:
            break
        location = resp.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"{url}: the server answered {resp.status} (redirect) without a Location; "
                             "check the URL in a browser")
        nxt = urljoin(current, location)
        _check_url(nxt, url)
        if nxt in chain:
            raise FetchError(f"{url}: redirect loop ({' -> '.join([*chain, nxt])}); check the URL in a browser")
        chain.append(nxt)
        if len(chain) - 1 > limits.max_redirects:
            raise FetchError(f"{url}: more than {limits.max_redirects} redirects (the last to {nxt}); "
                             "give the final URL instead")
        current = nxt
    where = "" if current == url else f" (after redirects, at {current})"
    if not 200 <= resp.status < 300:
        reason = f" {resp.reason}" if resp.reason else ""
        raise FetchError(f"{url}: the server answered {resp.status}{reason}{where}; check the URL")
    body = _decompress(resp.body, resp.headers.get("content-encoding", ""), limits.max_bytes, url)
    return Fetched(current, resp.status, resp.headers, body, tuple(chain[1:]))


def _check_url(url: str, name: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[oops": an unbalanced IPv6 bracket
        raise FetchError(f"{name}: the URL's host part is malformed; check the URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"a {parts.scheme}: URL" if parts.scheme else "a URL without http:// or https://"
        raise FetchError(f"{name}: leads to {shown} ({url}); only http and https pages can be fetched")
    try:
        port = parts.port
    except ValueError:
        raise FetchError(f"{name}: the URL has an invalid port; check the URL") from None
    if not parts.hostname:
        raise FetchError(f"{name}: the URL has no host name; check the URL")
    if any(ch.isspace() or ord(ch) < 32 for ch in parts.netloc) or (port is not None and port == 0):
        raise FetchError(f"{name}: the URL's host part is malformed; check the URL")
    host = parts.hostname
    if not host.startswith("[") and ":" not in host:  # not an IPv6 literal
        try:
            ascii_host(host)  # an empty label ("a..b"), one over 63 letters, a leading dot
        except UnicodeError:
            raise FetchError(f"{name}: the host name {host!r} is not a valid domain name; check the URL") from None


def _request(send: Transport, current: str, name: str, limits: Limits) -> Response:
    host = urlsplit(current).hostname or current  # `current` passed _check_url: it splits
    try:
        resp = send(current, limits.timeout, limits.max_bytes)
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError(f"{name}: timed out after {limits.timeout:g} s; try --timeout") from None
    except socket.gaierror:
        raise FetchError(f"{name}: cannot find the host {host!r} (DNS lookup failed); "
                         "check the URL and the network connection") from None
    except ConnectionRefusedError:
        raise FetchError(f"{name}: {host} refused the connection; check the URL, or that the server is up") from None
    except ssl.SSLCertVerificationError as exc:
        raise FetchError(f"{name}: the site's TLS certificate is not valid ({exc.verify_message}); "
                         "check the URL") from None
    except ssl.SSLError as exc:
        raise FetchError(f"{name}: TLS failed ({getattr(exc, 'reason', None) or exc}); check the URL") from None
    except http.client.IncompleteRead as exc:
        got = len(exc.partial)
        raise FetchError(f"{name}: the server closed the connection after {got} of {got + (exc.expected or 0)} "
                         "bytes; try again later") from None
    except http.client.HTTPException as exc:
        raise FetchError(f"{name}: the server sent a broken response ({type(exc).__name__}); "
                         "try again later") from None
    except (OSError, UnicodeError, ValueError) as exc:
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise FetchError(f"{name}: cannot fetch it ({why}); check the URL and the network connection") from None
    length = resp.headers.get("content-length", "").strip()
    if len(resp.body) > limits.max_bytes or (length.isdigit() and int(length) > limits.max_bytes):
        size = _size(int(length)) if length.isdigit() else f"over {_size(limits.max_bytes)}"
        raise FetchError(f"{name}: the response is {size}, over the {_size(limits.max_bytes)} limit; "
                         "raise it with --max-bytes if this really is a page")
    return resp


def _decompress(body: bytes, encoding: str, max_bytes: int, name: str) -> bytes:
    """Undo Content-Encoding (gzip, deflate, or a list of them), never producing more than `max_bytes`."""
    for enc in reversed([e.strip().lower() for e in encoding.split(",") if e.strip()]):
        if enc == "identity":
            continue
        if enc not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"{name}: the server compressed the page as {enc!r}, which reuse-guard cannot "
                             "read; save the page and give the file")
        # deflate should be zlib-wrapped but some servers send it raw; gzip with 16 + MAX_WBITS.
        wbits_options = (16 + zlib.MAX_WBITS,) if enc != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
        for i, wbits in enumerate(wbits_options):
            inflater = zlib.decompressobj(wbits)
            try:
                out = inflater.decompress(body, max_bytes + 1)
            except zlib.error:
                if i + 1 < len(wbits_options):
                    continue
                raise FetchError(f"{name}: the {enc}-compressed body is corrupt; try again later") from None
            break
        if len(out) > max_bytes:
            raise FetchError(f"{name}: the page expands to over {_size(max_bytes)} when decompressed; "
                             "raise the limit with --max-bytes if this really is a page")
        if not inflater.eof:
            raise FetchError(f"{name}: the {enc}-compressed body is cut short; try again later")
        body = out
    return body


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


class HttpTransport:
    """The default transport: one GET with `http.client`, no redirects, a hard deadline for the whole request.

    Name resolution runs in a helper thread we stop waiting for at the deadline; the socket timeout bounds
    every connect and read; and a watchdog shuts the socket when `timeout` seconds have passed in total, so
    a server that trickles bytes cannot hold us forever.
    """

    def __init__(self, user_agent: str = USER_AGENT) -> None:
        self.user_agent = user_agent

    def __call__(self, url: str, timeout: float, max_bytes: int) -> Response:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host.isascii():
            host = ascii_host(host)
        https = parts.scheme.lower() == "https"
        port = parts.port or (443 if https else 80)
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~") + (
            "?" + quote(parts.query, safe="/%:@!$&'()*+,;=~?") if parts.query else "")
        deadline = time.monotonic() + timeout
        conn: http.client.HTTPConnection
        if https:
            conn = http.client.HTTPSConnection(host, port, timeout=timeout)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        expired = threading.Event()
        socks: list[socket.socket] = []  # the connected socket, for the watchdog (conn.sock goes None early)
        watchdog = threading.Timer(timeout, self._expire, (socks, expired))
        watchdog.daemon = True
        watchdog.start()
        resp: http.client.HTTPResponse | None = None
        try:
            sock = self._connect(host, port, https, deadline)
            socks.append(sock)
            conn.sock = sock
            conn.request("GET", target, headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "gzip, deflate",
                "Connection": "close",
            })
            resp = conn.getresponse()
            headers = {k.lower(): v for k, v in resp.getheaders()}
            length = headers.get("content-length", "").strip()
            body = b""
            if resp.status not in _REDIRECTS and not (length.isdigit() and int(length) > max_bytes):
                body = self._read(resp, sock, deadline, max_bytes)
            if expired.is_set():
                raise TimeoutError
            return Response(resp.status, headers, body, resp.reason)
        except (OSError, http.client.HTTPException):
            if expired.is_set() or time.monotonic() >= deadline:
                raise TimeoutError from None
            raise
        finally:
            watchdog.cancel()
            if resp is not None:
                resp.close()
            conn.close()

    @staticmethod
    def _connect(host: str, port: int, https: bool, deadline: float) -> socket.socket:
        """Resolve (in a helper thread, so a hung resolver cannot outlast the deadline), connect, wrap TLS."""
        found: list[list[tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]]] = []
        failed: list[Exception] = []

        def resolve() -> None:
            try:
                found.append(list(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)))
            except (OSError, UnicodeError, ValueError) as exc:  # a name the resolver cannot encode, too
                failed.append(exc)

        resolver = threading.Thread(target=resolve, daemon=True)
        resolver.start()
        resolver.join(max(deadline - time.monotonic(), 0.0))
        if failed:
            raise failed[0]
        if not found:
            raise TimeoutError
        error: OSError = OSError(f"no address for {host}")
        for family, kind, proto, _, address in found[0]:
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                sock.connect(address)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            if not https:
                return sock
            try:
                return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
            except OSError:
                sock.close()
                raise
        raise error

    @staticmethod
    def _read(resp: http.client.HTTPResponse, sock: socket.socket | None, deadline: float, max_bytes: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if sock is not None:
                sock.settimeout(remaining)
            chunk = resp.read1(65536)
            if not chunk:
                if resp.length:  # the declared Content-Length was not reached: the page is cut off
                    raise http.client.IncompleteRead(b"".join(chunks), resp.length)
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)

    @staticmethod
    def _expire(socks: list[socket.socket], expired: threading.Event) -> None:
        expired.set()
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
