"""Fetching: a real HTTP server on 127.0.0.1 (redirects, errors, slow and huge bodies, compression) and a fake
injected transport (failures a local server cannot produce, such as DNS and TLS). Nothing leaves the machine.
"""

from __future__ import annotations

import gzip
import http.client
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_decode import RU

from reuse_guard.errors import FetchError
from reuse_guard.fetch import USER_AGENT, HttpTransport, Response, fetch
from reuse_guard.load import Limits, load

PAGE = f"<!DOCTYPE html><html><head><title>Port</title></head><body><p>{RU}</p></body></html>\n"
BOMB = zlib.compress(bytes(8 * 1024 * 1024), 9)  # 8 MB of zeros in a few kB


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            self.send(200, PAGE.encode(), "text/html; charset=utf-8")
        elif path == "/page-as-text":  # a misconfigured server
            self.send(200, PAGE.encode(), "text/plain; charset=utf-8")
        elif path == "/note":
            self.send(200, b"A note: <b> is bold in HTML.", "text/plain")
        elif path == "/commented-note":  # (a regex over the comments backtracked exponentially)
            self.send(200, b"<!---->" * 40 + b" A note after empty comments.", "text/plain")
        elif path == "/bom-page-as-text":
            self.send(200, b"\xef\xbb\xbf<!-- saved --><!DOCTYPE html>" + PAGE.encode(), "text/plain")
        elif path == "/agent":
            self.send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        elif path == "/host":
            self.send(200, self.headers.get("Host", "").encode(), "text/plain")
        elif path == "/redirect":
            self.send(302, b"", headers={"Location": "/hop/1"})
        elif path == "/hop/1":
            self.send(301, b"", headers={"Location": "2"})  # relative to /hop/
        elif path == "/hop/2":
            self.send(307, b"", headers={"Location": f"http://127.0.0.1:{self.server.server_address[1]}/page"})
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(302, b"", headers={"Location": f"/chain/{n + 1}"})
        elif path == "/loop":
            self.send(302, b"", headers={"Location": "/loop-back"})
        elif path == "/loop-back":
            self.send(302, b"", headers={"Location": "/loop"})
        elif path == "/no-location":
            self.send(302, b"")
        elif path == "/to-ftp":
            self.send(302, b"", headers={"Location": "ftp://files.example/a"})
        elif path == "/missing":
            self.send(404, b"<h1>Not here</h1>", "text/html")
        elif path == "/broken":
            self.send(500, b"oops", "text/plain")
        elif path == "/gzip":
            self.send(200, gzip.compress(PAGE.encode()), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
        elif path == "/deflate":
            self.send(200, zlib.compress(PAGE.encode()), "text/html", {"Content-Encoding": "deflate"})
        elif path == "/bomb":
            self.send(200, BOMB, "text/html", {"Content-Encoding": "deflate"})
        elif path == "/cp1251":
            self.send(200, PAGE.encode("windows-1251"), "text/html; charset=windows-1251")
        elif path == "/big":
            self.send(200, b"<p>" + b"x" * 300_000, "text/html")
        elif path == "/big-chunked":
            self.stream(b"<p>" + b"y" * 9_997, count=100, delay=0.0)  # 1 MB with no Content-Length
        elif path == "/trickle":
            self.stream(b"<p>drip</p>", count=400, delay=0.02)  # 8 s if we let it
        elif path == "/slow-headers":
            time.sleep(1.5)
            self.send(200, PAGE.encode(), "text/html")
        elif path == "/empty":
            self.send(200, b"", "text/html")
        elif path == "/cut":  # declares the whole page, sends half of it and hangs up
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        else:
            self.send(404, b"", "text/plain")

    def send(self, status: int, body: bytes, ctype: str | None = None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def stream(self, piece: bytes, count: int, delay: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for _ in range(count):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
                time.sleep(delay)
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client gave up, as it should

    def log_message(self, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up mid-body is part of these tests


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    srv = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


FAST = Limits(timeout=5.0, max_bytes=200_000, max_redirects=5)


# ---------------------------------------------------------------------------------------- real server

def test_a_page_loads_with_its_url(base: str):
    doc = load(f"{base}/page", limits=FAST)
    assert (doc.kind, doc.content, doc.url, doc.encoding) == ("html", PAGE, f"{base}/page", "utf-8")


def test_an_html_page_served_as_text_plain_is_read_as_html_and_real_text_stays_text(base: str):
    assert load(f"{base}/page-as-text", limits=FAST).kind == "html"
    assert load(f"{base}/note", limits=FAST).kind == "text"
    assert load(f"{base}/bom-page-as-text", limits=FAST).kind == "html"


def test_a_note_opening_with_many_empty_comments_is_read_at_once(base: str):
    # A regex over "<!---->" * 40 backtracked for hours; a hang guard (30 s), not a speed test.
    import subprocess
    import sys
    code = f"from reuse_guard.load import load; print(load({base + '/commented-note'!r}).kind)"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert p.stdout.strip() == "text", p.stderr


def test_the_user_agent_names_reuse_guard(base: str):
    body = fetch(f"{base}/agent", FAST).body.decode()
    assert body == USER_AGENT and body.startswith("reuse-guard/")


def test_redirects_are_followed_relative_ones_too(base: str):
    page = fetch(f"{base}/redirect", FAST)
    assert page.url == f"{base}/page"
    assert page.redirects == (f"{base}/hop/1", f"{base}/hop/2", f"{base}/page")
    assert load(f"{base}/redirect", limits=FAST).url == f"{base}/page"


def test_too_many_redirects(base: str):
    with pytest.raises(FetchError, match=r"/chain/0: more than 5 redirects \(the last to .*/chain/6\); "
                                         r"give the final URL instead"):
        fetch(f"{base}/chain/0", FAST)
    assert fetch(f"{base}/redirect", Limits(max_redirects=3)).status == 200
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(f"{base}/redirect", Limits(max_redirects=2))


def test_a_redirect_loop(base: str):
    with pytest.raises(FetchError, match=r"/loop: redirect loop \(.*/loop -> .*/loop-back -> .*/loop\)"):
        fetch(f"{base}/loop", FAST)


def test_bad_redirects(base: str):
    with pytest.raises(FetchError, match=r"/no-location: the server answered 302 \(redirect\) without a Location"):
        fetch(f"{base}/no-location", FAST)
    with pytest.raises(FetchError, match=r"/to-ftp: leads to a ftp: URL \(ftp://files\.example/a\); only http"):
        fetch(f"{base}/to-ftp", FAST)


@pytest.mark.parametrize("path,status", [("/missing", "404 Not Found"), ("/broken", "500 Internal Server Error")])
def test_error_statuses(base: str, path: str, status: str):
    with pytest.raises(FetchError, match=rf"^{base}{path}: the server answered {status}; check the URL$"):
        load(f"{base}{path}", limits=FAST)


def test_a_trickling_server_hits_the_total_deadline(base: str):
    t0 = time.perf_counter()
    with pytest.raises(FetchError, match=r"/trickle: timed out after 0\.5 s; try --timeout$"):
        load(f"{base}/trickle", limits=Limits(timeout=0.5))
    assert time.perf_counter() - t0 < 1.5


def test_slow_headers_time_out(base: str):
    t0 = time.perf_counter()
    with pytest.raises(FetchError, match=r"timed out after 0\.4 s"):
        fetch(f"{base}/slow-headers", Limits(timeout=0.4))
    assert time.perf_counter() - t0 < 1.2


def test_an_oversized_body_is_refused(base: str):
    with pytest.raises(FetchError, match=r"/big: the response is 293\.0 kB, over the 195\.3 kB limit; "
                                         r"raise it with --max-bytes"):
        load(f"{base}/big", limits=FAST)
    with pytest.raises(FetchError, match=r"/big-chunked: the response is over 195\.3 kB"):
        load(f"{base}/big-chunked", limits=FAST)
    assert len(fetch(f"{base}/big-chunked", Limits(max_bytes=2_000_000)).body) == 1_000_000


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_compressed_bodies_are_expanded(base: str, path: str):
    assert load(f"{base}{path}", limits=FAST).content == PAGE


def test_a_compression_bomb_is_stopped_at_the_cap(base: str):
    with pytest.raises(FetchError, match=r"/bomb: the page expands to over 195\.3 kB when decompressed"):
        fetch(f"{base}/bomb", FAST)


def test_the_http_charset_decodes_the_page(base: str):
    doc = load(f"{base}/cp1251", limits=FAST)
    assert (doc.content, doc.encoding) == (PAGE, "windows-1251")


def test_an_empty_body(base: str):
    with pytest.raises(FetchError, match=r"/empty: the server sent an empty page"):
        load(f"{base}/empty", limits=FAST)


def test_a_page_cut_off_before_its_declared_length_is_an_error(base: str):
    with pytest.raises(FetchError, match=r"/cut: the server closed the connection after \d+ of \d+ bytes"):
        load(f"{base}/cut", limits=FAST)


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    with pytest.raises(FetchError, match=rf"^http://127\.0\.0\.1:{port}/a: 127\.0\.0\.1 refused the connection"):
        load(f"http://127.0.0.1:{port}/a", limits=FAST)


# ------------------------------------------------------------------------------ URLs refused up front

class MustNotBeCalled:
    def __call__(self, url: str, timeout: float, max_bytes: int) -> Response:
        raise AssertionError(f"transport called for {url}")


@pytest.mark.parametrize("url,message", [
    ("http://", "the URL has no host name"),
    ("https:///path/only", "the URL has no host name"),
    ("http://news.example:http/a", "the URL has an invalid port"),
    ("http://news.example:99999/a", "the URL has an invalid port"),
    ("http://bad host.example/a", "the URL's host part is malformed"),
    ("http://a..b.example/x", "the host name 'a..b.example' is not a valid domain name"),
    ("http://" + "x" * 64 + ".example/x", "the host name '" + "x" * 64 + ".example' is not a valid domain name"),
    ("ftp://files.example/a", "leads to a ftp: URL"),
    ("news.example/a", "leads to a URL without http:// or https://"),
])
def test_invalid_urls_are_refused_before_any_request(url: str, message: str):
    with pytest.raises(FetchError, match=f"^{url}: {message}"):
        fetch(url, FAST, MustNotBeCalled())


# ------------------------------------------------------------------------------------ fake transports

class Raising:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __call__(self, url: str, timeout: float, max_bytes: int) -> Response:
        raise self.exc


def cert_error() -> ssl.SSLCertVerificationError:
    exc = ssl.SSLCertVerificationError(1, "certificate verify failed")
    exc.verify_message = "certificate has expired"
    return exc


@pytest.mark.parametrize("exc,message", [
    (TimeoutError(), r"timed out after 20 s; try --timeout$"),
    (socket.gaierror(-2, "Name or service not known"), r"cannot find the host 'x\.example' \(DNS lookup failed\)"),
    (ConnectionRefusedError(111, "Connection refused"), r"x\.example refused the connection"),
    (cert_error(), r"the site's TLS certificate is not valid \(certificate has expired\)"),
    (ssl.SSLError(1, "wrong version number"), r"TLS failed"),
    (http.client.RemoteDisconnected("closed"), r"the server sent a broken response \(RemoteDisconnected\)"),
    (ConnectionResetError(104, "Connection reset by peer"), r"cannot fetch it \(Connection reset by peer\)"),
])
def test_transport_failures_become_fetch_errors_naming_the_url(exc: BaseException, message: str):
    with pytest.raises(FetchError, match=rf"^https://x\.example/a: {message}"):
        load("https://x.example/a", transport=Raising(exc))


def test_a_transport_body_over_the_cap_or_a_large_content_length_is_refused():
    def huge(url: str, timeout: float, max_bytes: int) -> Response:
        return Response(200, {"content-type": "text/html"}, b"x" * (max_bytes + 1))

    def announced(url: str, timeout: float, max_bytes: int) -> Response:
        return Response(200, {"content-length": str(50 * 1024 * 1024)}, b"")

    with pytest.raises(FetchError, match=r"the response is over 1\.0 kB, over the 1\.0 kB limit"):
        fetch("https://x.example/", Limits(max_bytes=1024), huge)
    with pytest.raises(FetchError, match=r"the response is 50\.0 MB, over the 16\.0 MB limit"):
        fetch("https://x.example/", Limits(), announced)


@pytest.mark.parametrize("encoding,body,message", [
    ("br", b"\x1b\x00", r"the server compressed the page as 'br', which reuse-guard cannot read"),
    ("gzip", b"not gzip at all", r"the gzip-compressed body is corrupt"),
    ("gzip", gzip.compress(PAGE.encode())[:-20], r"the gzip-compressed body is cut short"),
])
def test_bad_content_encodings(encoding: str, body: bytes, message: str):
    def send(url: str, timeout: float, max_bytes: int) -> Response:
        return Response(200, {"content-encoding": encoding, "content-type": "text/html"}, body)

    with pytest.raises(FetchError, match=f"^https://x\\.example/: {message}"):
        fetch("https://x.example/", FAST, send)


def test_raw_deflate_and_stacked_encodings_are_undone():
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = raw.compress(PAGE.encode()) + raw.flush()

    def send(url: str, timeout: float, max_bytes: int) -> Response:
        if url.endswith("/raw"):
            return Response(200, {"content-encoding": "deflate"}, body)
        return Response(200, {"content-encoding": "deflate, gzip"}, gzip.compress(zlib.compress(PAGE.encode())))

    assert fetch("https://x.example/raw", FAST, send).body == PAGE.encode()
    assert fetch("https://x.example/stacked", FAST, send).body == PAGE.encode()


def test_303_and_308_redirects_and_the_content_type_helpers():
    routes = {
        "https://x.example/a": Response(303, {"location": "https://y.example/b?q=1"}),
        "https://y.example/b?q=1": Response(308, {"location": "../c"}),
        "https://y.example/c": Response(200, {"content-type": 'Text/HTML; Charset="KOI8-R"'}, b"<p>ok</p>"),
    }

    def send(url: str, timeout: float, max_bytes: int) -> Response:
        return routes[url]

    page = fetch("https://x.example/a", FAST, send)
    assert (page.url, page.content_type, page.charset) == ("https://y.example/c", "text/html", "KOI8-R")


def test_the_default_transport_talks_to_a_real_server(base: str):
    resp = HttpTransport(user_agent="probe/1")(f"{base}/redirect", 5.0, 1000)
    assert (resp.status, resp.headers["location"], resp.body) == (302, "/hop/1", b"")
    resp = HttpTransport()(f"{base}/big-chunked", 5.0, 100)  # reads at most a little over the cap
    assert resp.status == 200 and 100 < len(resp.body) <= 100 + 65536
    resp = HttpTransport()(f"{base}/big", 5.0, 100)  # a Content-Length over the cap: the body is not read
    assert (resp.status, resp.headers["content-length"], resp.body) == (200, "300003", b"")


def test_an_idna2008_host_is_resolved_and_asked_for_by_its_own_name(base: str, monkeypatch: pytest.MonkeyPatch):
    # faß.de is xn--fa-hia.de; Python's "idna" codec (IDNA2003) would look up, and ask, fass.de: another site.
    asked: list[str] = []
    real = socket.getaddrinfo

    def lookup(host: str, port: int, *args: object, **kwargs: object) -> object:
        asked.append(host)
        return real("127.0.0.1", port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    port = base.rsplit(":", 1)[1]
    resp = HttpTransport()(f"http://faß.de:{port}/host", 5.0, 1000)
    assert asked == ["xn--fa-hia.de"] and resp.body == f"xn--fa-hia.de:{port}".encode()


def test_a_hung_name_lookup_still_hits_the_deadline(monkeypatch: pytest.MonkeyPatch):
    def hang(*args: object, **kwargs: object) -> list[object]:
        time.sleep(2)
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", hang)  # a resolver that never answers, without any network
    t0 = time.perf_counter()
    with pytest.raises(FetchError, match=r"^http://slow-dns\.example/: timed out after 0\.3 s"):
        fetch("http://slow-dns.example/", Limits(timeout=0.3))
    assert time.perf_counter() - t0 < 1.0


def test_https_to_a_plain_http_server_is_a_tls_error(base: str):
    with pytest.raises(FetchError, match=r"^https://127\.0\.0\.1:\d+/page: TLS failed"):
        fetch(base.replace("http://", "https://") + "/page", FAST)


def test_a_password_in_the_url_is_not_echoed(base: str):
    url = base.replace("http://", "http://editor:s3cret@") + "/status/404"
    with pytest.raises(FetchError) as err:
        load(url)
    assert "s3cret" not in str(err.value) and "editor" not in str(err.value)
    assert "http://***@127.0.0.1" in str(err.value) and "404" in str(err.value)
