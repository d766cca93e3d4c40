"""Every source type becomes a decoded Document, and every bad input an InputError that names it.

URLs are served by a fake transport here; tests/test_fetch.py covers real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import time
from collections.abc import Mapping
from pathlib import Path

import pytest
from test_decode import KK, RU, ZH

from reuse_guard.errors import FetchError, InputError
from reuse_guard.fetch import Response
from reuse_guard.load import Document, Html, Limits, Text, load

PAGE = f"<!DOCTYPE html><html><head><title>Port</title></head><body><p>{RU}</p></body></html>\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------ source types

@pytest.mark.parametrize("suffix", [".html", ".htm", ".xhtml", ".HTML"])
def test_html_suffixes_read_as_html(tmp_path: Path, suffix: str):
    path = write(tmp_path, "page" + suffix, PAGE.encode())
    doc = load(path)
    assert doc == Document(str(path), "html", PAGE, None, "utf-8")


def test_str_paths_work_like_paths(tmp_path: Path):
    path = write(tmp_path, "page.html", PAGE.encode())
    assert load(str(path)) == load(path)


def test_txt_is_read_verbatim_crlf_and_all(tmp_path: Path):
    text = "First line — «one»\r\nSecond line\rThird\n\n  indented\t\r\n"
    for enc, bom in (("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE)):
        doc = load(write(tmp_path, "a.txt", bom + text.encode(enc)))
        assert (doc.kind, doc.content) == ("text", text)  # only the BOM is gone
        assert doc.encoding == enc


def test_txt_that_looks_like_html_is_still_text(tmp_path: Path):
    doc = load(write(tmp_path, "markup.txt", PAGE.encode()))
    assert (doc.kind, doc.content) == ("text", PAGE)


def test_legacy_txt_keeps_one_character_per_byte(tmp_path: Path):
    text = RU.replace(". ", ".\r\n")
    doc = load(write(tmp_path, "ru.txt", text.encode("koi8-r")))
    assert (doc.content, doc.encoding) == (text, "koi8-r")
    assert len(doc.content) == len(text.encode("koi8-r"))


@pytest.mark.parametrize("name,content,kind", [
    ("saved-page", PAGE, "html"), ("notes.md", "# Notes\n\n" + RU, "text"), ("article", RU, "text"),
    ("page.php", PAGE, "html"),
])
def test_other_suffixes_are_sniffed(tmp_path: Path, name: str, content: str, kind: str):
    doc = load(write(tmp_path, name, content.encode("windows-1251")))
    assert (doc.kind, doc.content, doc.encoding) == (kind, content, "windows-1251")


def _mhtml(html: str, charset: str, encoding: str, head: str = "MIME-Version: 1.0\r\n") -> bytes:
    """A web archive as Word ("Single File Web Page") or a browser (with From/Subject headers) saves one."""
    import base64
    import quopri

    raw = html.encode(charset)
    body = quopri.encodestring(raw) if encoding == "quoted-printable" else base64.encodebytes(raw)
    parts = [
        head.encode(), b'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n',
        b"This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n",
        b"------=_NextPart_01\r\nContent-Location: file:///C:/Users/ed/draft.htm\r\n",
        f"Content-Transfer-Encoding: {encoding}\r\nContent-Type: text/html; charset=\"{charset}\"\r\n\r\n".encode(),
        body.replace(b"\n", b"\r\n"), b"\r\n------=_NextPart_01\r\nContent-Type: text/css\r\n\r\n",
        b"body { font-family: Arial }\r\n------=_NextPart_01--\r\n",
    ]
    return b"".join(parts)


@pytest.mark.parametrize("charset,encoding,head", [
    ("windows-1251", "quoted-printable", "MIME-Version: 1.0\r\n"),
    ("utf-8", "base64", "From: <Saved by Blink>\r\nSubject: draft\r\nMIME-Version: 1.0\r\n"),
])
def test_a_web_archive_is_read_as_the_page_it_holds(tmp_path: Path, charset: str, encoding: str, head: str):
    html = f"<html><body><h1>Черновик</h1><p>{RU}</p><p><a href='https://a.kz/n/1'>Источник</a></p></body></html>"
    f = tmp_path / "draft.mht"
    f.write_bytes(_mhtml(html, charset, encoding, head))
    doc = load(f)
    assert doc.kind == "html" and RU in doc.content and "a.kz/n/1" in doc.content


def test_a_web_archive_without_a_page_says_how_to_save_one(tmp_path: Path):
    f = tmp_path / "draft.mht"
    f.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
                  b"Content-Type: text/css\r\n\r\np { color: red }\r\n--x--\r\n")
    with pytest.raises(InputError, match="Web Page, HTML only"):
        load(f)


def test_a_web_archive_with_damaged_base64_is_refused(tmp_path: Path):
    f = tmp_path / "draft.mht"
    good = _mhtml(f"<html><body><p>{RU}</p></body></html>", "utf-8", "base64")
    f.write_bytes(good.replace(b"------=_NextPart_01\r\nContent-Type: text/css", b"!!\r\n------=_NextPart_01\r\n"
                                                                               b"Content-Type: text/css"))
    with pytest.raises(InputError, match="damaged"):
        load(f)


@pytest.mark.parametrize("name", ["notes.txt", "page.html"])
def test_a_file_opening_like_mime_headers_is_no_archive_without_a_mime_version(tmp_path: Path, name: str):
    text = "Content-Type: multipart/related is what Word writes.\n\n" + RU
    doc = load(write(tmp_path, name, text.encode("utf-8")))
    assert RU in doc.content


def test_stdin_is_sniffed(tmp_path: Path):
    doc = load("-", stdin=io.BytesIO(PAGE.encode("koi8-r")))
    assert (doc.name, doc.kind, doc.content, doc.encoding) == ("<stdin>", "html", PAGE, "koi8-r")
    doc = load("-", stdin=io.BytesIO(KK.encode("utf-8")))
    assert (doc.kind, doc.content) == ("text", KK)


def test_in_memory_str_is_used_as_given():
    assert load(Html(PAGE, url="https://x.example/a", name="orig")) == \
        Document("orig", "html", PAGE, "https://x.example/a", "unicode")
    text = "\ufeffkept verbatim\r\n"
    assert load(Text(text)) == Document("<text>", "text", text, None, "unicode")


def test_in_memory_bytes_are_decoded():
    page = PAGE.replace("<head>", '<head><meta charset="koi8-r">')
    doc = load(Html(page.encode("koi8-r"), url="https://x.example/a"))
    assert (doc.kind, doc.content, doc.encoding, doc.url) == ("html", page, "koi8-r", "https://x.example/a")
    doc = load(Text(ZH.encode("gb18030"), name="zh"))
    assert (doc.kind, doc.content, doc.encoding) == ("text", ZH, "gb18030")
    assert load(Text(PAGE.encode())).kind == "text"  # Text is text even if it looks like HTML


def test_malformed_and_truncated_html_is_not_an_error(tmp_path: Path):
    cut = PAGE.encode()[: len(PAGE.encode()) // 2]  # cut inside a Cyrillic letter, in the middle of <p>
    doc = load(write(tmp_path, "cut.html", cut))
    assert doc.kind == "html" and doc.content.startswith("<!DOCTYPE html>")
    assert load(Html("<p>unclosed <b>bold <i>mess</p>")).content == "<p>unclosed <b>bold <i>mess</p>"


# ----------------------------------------------------------------------------------------------- URLs

class FakeTransport:
    """Serves canned responses by URL and records the requests."""

    def __init__(self, routes: Mapping[str, Response]) -> None:
        self.routes = routes
        self.calls: list[tuple[str, float, int]] = []

    def __call__(self, url: str, timeout: float, max_bytes: int) -> Response:
        self.calls.append((url, timeout, max_bytes))
        return self.routes[url]


def html_response(body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> Response:
    return Response(200, {"content-type": ctype, **headers}, body)


def test_url_kind_comes_from_content_type_and_url_from_the_last_redirect():
    fake = FakeTransport({
        "https://a.example/story": Response(301, {"location": "/story/"}),
        "https://a.example/story/": html_response(PAGE.encode()),
        "https://a.example/plain": html_response(b"A note on the port, not a page.", "text/plain"),
        "https://a.example/page-as-plain": html_response(PAGE.encode(), "text/plain"),
        "https://a.example/unlabelled": html_response(PAGE.encode(), ""),
    })
    limits = Limits(timeout=3, max_bytes=100_000)
    doc = load("https://a.example/story", limits=limits, transport=fake)
    assert doc == Document("https://a.example/story", "html", PAGE, "https://a.example/story/", "utf-8")
    assert fake.calls[0] == ("https://a.example/story", 3, 100_000)
    assert load("https://a.example/plain", transport=fake).kind == "text"
    assert load("https://a.example/page-as-plain", transport=fake).kind == "html"  # a misconfigured server
    assert load("https://a.example/unlabelled", transport=fake).kind == "html"


def test_http_charset_is_used_and_gzip_undone():
    body = gzip.compress(PAGE.encode("windows-1251"))
    fake = FakeTransport({"http://b.example/": html_response(body, "text/html; charset=windows-1251",
                                                            **{"content-encoding": "gzip"})})
    doc = load("http://b.example/", transport=fake)
    assert (doc.content, doc.encoding) == (PAGE, "windows-1251")


def test_url_errors_name_the_url():
    fake = FakeTransport({
        "https://c.example/img": Response(200, {"content-type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(99)),
        "https://c.example/empty": Response(200, {"content-type": "text/html"}, b""),
        "https://c.example/gone": Response(410, {}, b"", "Gone"),
    })
    with pytest.raises(FetchError, match=r"^https://c\.example/img: looks like a PNG image.*Content-Type: image/png"):
        load("https://c.example/img", transport=fake)
    with pytest.raises(InputError, match=r"^https://c\.example/empty: the server sent an empty page"):
        load("https://c.example/empty", transport=fake)
    with pytest.raises(FetchError, match=r"^https://c\.example/gone: the server answered 410 Gone"):
        load("https://c.example/gone", transport=fake)


@pytest.mark.parametrize("source", ["ftp://files.example/a.html", "file:///etc/hosts", "gopher://x/"])
def test_other_url_schemes_are_refused(source: str):
    with pytest.raises(InputError, match=rf"^{source}: .* URLs are not supported; give an http\(s\) URL"):
        load(source)


# ----------------------------------------------------------------------------------------- bad input

def test_missing_file(tmp_path: Path):
    with pytest.raises(InputError, match=r"missing\.html: no such file; check the path$"):
        load(tmp_path / "missing.html")


def test_missing_file_that_looks_like_a_url_without_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"give the full URL: https://www\.news\.example/a/b\)$"):
        load("www.news.example/a/b")
    with pytest.raises(InputError, match=r"give the full URL: https://news\.example\.com/story\)$"):
        load("news.example.com/story")
    with pytest.raises(InputError, match=r"^notes\.md: no such file; check the path$"):
        load("notes.md")


def test_directory(tmp_path: Path):
    with pytest.raises(InputError, match=rf"^{tmp_path}: is a directory, not a file"):
        load(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write(tmp_path, "secret.html", PAGE.encode())

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # the tests may run as root, who can read anything
    with pytest.raises(InputError, match=r"secret\.html: permission denied; check the file's permissions"):
        load(path)


@pytest.mark.parametrize("data,message", [
    (b"", "the file is empty"),
    (b" \r\n\t \n", "the file contains only whitespace"),
    (codecs.BOM_UTF8, "the file is empty"),
    (codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le"), "the file contains only whitespace"),
    ("\u00a0\u2003\n".encode(), "the file contains only whitespace"),
])
def test_empty_and_blank_files(tmp_path: Path, data: bytes, message: str):
    for name in ("original.html", "notes.txt"):
        with pytest.raises(InputError, match=rf"{name}: {message}; give a page with some text$"):
            load(write(tmp_path, name, data))


@pytest.mark.parametrize("source,message", [
    (Html(""), "<html>: the document is empty"), (Text("  \n"), "<text>: the document contains only whitespace"),
    (Text(b""), "<text>: the document is empty"),
])
def test_empty_in_memory_documents(source: Html | Text, message: str):
    with pytest.raises(InputError, match=f"^{message}"):
        load(source)


def test_empty_stdin_and_terminal_stdin():
    with pytest.raises(InputError, match=r"^<stdin>: nothing was read from standard input"):
        load("-", stdin=io.BytesIO(b""))

    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    with pytest.raises(InputError, match=r"^<stdin>: standard input is a terminal"):
        load("-", stdin=Terminal(b""))


@pytest.mark.parametrize("name,data,what", [
    ("photo.jpg", b"\xff\xd8\xff\xe1\x00\x18Exif\x00\x00", "a JPEG image"),
    ("page.html.gz", gzip.compress(PAGE.encode()), "a gzip-compressed file"),
    ("report.pdf", b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n", "a PDF document"),
    ("logo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("data.txt", b"\x00\x01\x02\x03" * 100, "binary data"),
])
def test_binary_files_say_what_they_look_like(tmp_path: Path, name: str, data: bytes, what: str):
    with pytest.raises(InputError) as err:
        load(write(tmp_path, name, data))
    assert str(err.value).startswith(f"{tmp_path / name}: looks like {what}")
    assert "not HTML or text" in str(err.value)


def test_a_huge_file_is_refused_from_its_size_without_reading_it(tmp_path: Path):
    big = tmp_path / "huge.html"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of size, no time to write
    t0 = time.perf_counter()
    with pytest.raises(InputError, match=r"huge\.html: the file is 50\.0 MB, over the 16\.0 MB limit; "
                                         r"raise it with --max-bytes"):
        load(big)
    assert time.perf_counter() - t0 < 0.5


def test_a_stream_without_a_size_is_read_only_up_to_the_cap():
    if not os.path.exists("/dev/zero"):  # pragma: no cover - POSIX only
        pytest.xfail("needs /dev/zero")
    with pytest.raises(InputError, match=r"^/dev/zero: holds more than 1000 bytes; raise the limit"):
        load("/dev/zero", limits=Limits(max_bytes=1000))

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
            buf[:] = b"a" * len(buf)
            return len(buf)

    with pytest.raises(InputError, match=r"^<stdin>: standard input holds more than 1\.0 kB"):
        load("-", stdin=io.BufferedReader(Endless()), limits=Limits(max_bytes=1024))


def test_size_limit_applies_to_in_memory_documents_too():
    with pytest.raises(InputError, match=r"^<html>: the document is 2\.0 kB, over the 1\.0 kB limit"):
        load(Html("x" * 2048), limits=Limits(max_bytes=1024))


def test_undecodable_bytes_name_the_file(tmp_path: Path):
    import random

    rng = random.Random(7)
    junk = bytes(rng.choice(b"abcdefgh ") if rng.random() < 0.5 else rng.randrange(0x80, 0x100)
                 for _ in range(3000))
    with pytest.raises(InputError, match=r"junk\.txt: cannot tell its text encoding.*save it as UTF-8"):
        load(write(tmp_path, "junk.txt", junk))


def test_a_source_of_the_wrong_type_is_an_input_error():
    with pytest.raises(InputError, match=r"^42: cannot load a int"):
        load(42)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="an input path is empty"):
        load("")


@pytest.mark.parametrize("kwargs", [{"max_bytes": 0}, {"timeout": 0}, {"timeout": -1.0}, {"max_redirects": -1}])
def test_limits_must_be_positive(kwargs: dict[str, float]):
    with pytest.raises(InputError, match="limits must be positive"):  # under ReuseGuardError, as every error
        Limits(**kwargs)  # type: ignore[arg-type]


def test_a_utf8_file_keeps_its_bytes_for_parsing_and_a_legacy_one_does_not(tmp_path: Path):
    utf8 = tmp_path / "a.html"
    utf8.write_bytes("<p>Жаңалық мәтіні</p>".encode())
    legacy = tmp_path / "b.html"
    legacy.write_bytes("<p>Текст новости на русском языке</p>".encode("cp1251"))
    a, b = load(utf8), load(legacy)
    assert a.utf8 == utf8.read_bytes() and a.utf8_bytes() == a.content.encode()
    assert b.utf8 is None and b.utf8_bytes() == b.content.encode()
    assert a == load(Html(utf8.read_bytes(), name=str(utf8))) == Document(str(utf8), "html", a.content)


def test_a_huge_max_bytes_reads_what_there_is(tmp_path: Path):
    # Review: read(max_bytes + 1) reserved the whole limit up front: --max-bytes 100000000000 was a MemoryError
    # (an internal error), 10**23 an OverflowError.
    page = tmp_path / "page.html"
    page.write_text("<p>Ақтауда жаңа мектеп ашылды.</p>", encoding="utf-8")
    for cap in (10**11, 10**23):
        assert load(page, limits=Limits(max_bytes=cap)).content.startswith("<p>Ақтауда")
