"""Bad input, end to end through the installed command: a clear message naming the input, exit code 2,
never a traceback, never a silent wrong answer."""

import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import EN_PARAGRAPHS, EN_TITLE, ORIGINAL_URL, article_page, republished_page

EXE = Path(sys.executable).parent / "reuse-guard"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def work(tmp_path: Path, original_html: str) -> Path:
    (tmp_path / "original.html").write_text(original_html, encoding="utf-8")
    (tmp_path / "ok.html").write_text(republished_page(EN_PARAGRAPHS[:2]), encoding="utf-8")
    return tmp_path


def assert_input_error(p: subprocess.CompletedProcess[str], name: str) -> None:
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert "Traceback" not in p.stderr
    assert name in p.stderr
    assert p.stdout == ""


@pytest.mark.parametrize("name,content", [
    ("empty.html", b""),
    ("blank.txt", b"   \n\t  \n"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    ("binary.txt", b"\x00\x01\x02\x03" * 500),
])
def test_empty_and_binary_inputs(work: Path, name: str, content: bytes):
    (work / name).write_bytes(content)
    assert_input_error(run("check", name, "ok.html", cwd=work), name)
    assert_input_error(run("check", "original.html", name, cwd=work), name)


@pytest.mark.parametrize("content,needle", [
    ('<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>',
     "without running its scripts"),
    ('<html><head><meta http-equiv="refresh" content="0; url=https://partner.example/news/5"></head><body></body>'
     "</html>", "https://partner.example/news/5"),
    ("<html><body><div class='wrap'><span></span></div><p> &nbsp; </p></body></html>", "shows no text"),
    ('<html><body><iframe src="https://partner.example/frame/5" width="800"></iframe></body></html>',
     'another page in a frame (<iframe src="https://partner.example/frame/5">)'),
])
def test_a_republished_page_showing_no_text_is_an_input_error(work: Path, content: str, needle: str):
    # A silent "compliant, 0%" for a page whose text only a browser builds would be a wrong answer.
    (work / "blank.html").write_text(content, encoding="utf-8")
    p = run("check", "original.html", "blank.html", cwd=work)
    assert_input_error(p, "blank.html")
    assert needle in p.stderr


def test_directory_and_missing_file(work: Path):
    assert_input_error(run("check", str(work), "ok.html", cwd=work), str(work))
    assert_input_error(run("check", "original.html", "missing.html", cwd=work), "missing.html")


def test_page_over_the_size_cap_fails_fast(work: Path):
    big = work / "huge.html"
    with big.open("wb") as f:
        f.write(b"<html><body>")
        chunk = b"<p>" + b"filler words for a very large page " * 100 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    t0 = time.perf_counter()
    p = run("check", "original.html", "huge.html", cwd=work)
    assert_input_error(p, "huge.html")
    assert time.perf_counter() - t0 < 20
    assert "--max-bytes" in p.stderr


def test_truncated_html_still_gives_an_answer(work: Path, original_html: str):
    cut = republished_page(EN_PARAGRAPHS[:4], f'<a href="{ORIGINAL_URL}">src</a>')
    (work / "cut.html").write_text(cut[: len(cut) * 3 // 4], encoding="utf-8")
    p = run("check", "original.html", "cut.html", "--format", "json", cwd=work)
    assert p.returncode in (0, 1), p.stderr
    assert '"reused_fraction"' in p.stdout


def test_deeply_nested_markup(work: Path):
    depth = 20000
    page = "<html><body>" + "<div>" * depth + "<p>" + EN_PARAGRAPHS[0] + "</p>" + "</div>" * depth + "</body></html>"
    (work / "deep.html").write_text(page, encoding="utf-8")
    p = run("check", "original.html", "deep.html", cwd=work)
    assert p.returncode in (1, 2), p.stderr
    assert "Traceback" not in p.stderr and "RecursionError" not in p.stderr
    (work / "deep-original.html").write_text(
        article_page(EN_TITLE, EN_PARAGRAPHS).replace("<main>", "<main>" + "<div>" * depth), encoding="utf-8")
    p = run("check", "deep-original.html", "ok.html", cwd=work)
    assert p.returncode in (0, 1, 2) and "Traceback" not in p.stderr


def test_original_page_without_url(work: Path):
    (work / "nourl.html").write_text(article_page(EN_TITLE, EN_PARAGRAPHS, url=None), encoding="utf-8")
    p = run("check", "nourl.html", "ok.html", cwd=work)
    assert_input_error(p, "nourl.html")
    assert "--original-url" in p.stderr


class _Slow(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(5)
        body = article_page(EN_TITLE, EN_PARAGRAPHS).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_urls_fetch_from_a_local_server(work: Path, server: str):
    p = run("check", f"{server}/article", "ok.html", cwd=work)
    assert p.returncode == 1, p.stderr  # two paragraphs reused, no link
    assert "missing-link" in p.stdout


def test_slow_url_times_out(work: Path, server: str):
    t0 = time.perf_counter()
    p = run("check", f"{server}/slow", "ok.html", "--timeout", "1", cwd=work)
    assert_input_error(p, "/slow")
    assert time.perf_counter() - t0 < 4.5


def test_unreachable_url(work: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    p = run("check", f"http://127.0.0.1:{port}/a.html", "ok.html", "--timeout", "2", cwd=work)
    assert_input_error(p, f"127.0.0.1:{port}")


_MALFORMED_URLS = ["http://[oops", "https://[::1", "//[x]/", "http://%zz/", "http://a.example:port/", "ht!tp://x"]


@pytest.mark.parametrize("bad", _MALFORMED_URLS)
def test_malformed_urls_inside_pages_never_break_a_check(original_html: str, bad: str):
    from reuse_guard import Html, check

    rep = (f"<html><head><base href='{bad}'><link rel=canonical href='{bad}'></head><body>"
           + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS[:2])
           + f"<p><a href='{bad}'>source</a> <a href='{ORIGINAL_URL}'>Herald</a> see {bad}</p></body></html>")
    report = check(Html(original_html), Html(rep, url=bad))
    assert report.link.found  # the good link still qualifies; the bad ones are reported as written
    broken = article_page(EN_TITLE, EN_PARAGRAPHS, url=bad)
    assert check(Html(broken), Html(rep), original_url=ORIGINAL_URL).reused_fraction > 0


@pytest.mark.parametrize("bad", ["http://[oops", "ht!tp://x", "mailto:desk@herald.example"])
def test_malformed_url_arguments_are_input_errors(work: Path, bad: str):
    p = run("check", "original.html", "ok.html", "--original-url", bad, cwd=work)
    assert_input_error(p, bad)
    assert "original URL" in p.stderr


def test_malformed_url_source_is_an_input_error(work: Path):
    assert_input_error(run("check", "http://[oops/a", "ok.html", cwd=work), "http://[oops/a")


def test_a_text_opening_with_many_empty_comments_is_read_at_once(work: Path):
    # "<!---->" * 40 before a sentence once sent a backtracking regex (the HTML-in-a-.txt check) into minutes.
    (work / "comments.txt").write_text("<!---->" * 40 + " " + EN_PARAGRAPHS[0], encoding="utf-8")
    p = subprocess.run([str(EXE), "check", "original.html", "comments.txt", "--no-link-required"], capture_output=True,
                       text=True, cwd=work, timeout=30)
    assert p.returncode in (0, 1), p.stderr
