"""The installed `reuse-guard` command, run in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EN_PARAGRAPHS, EN_TITLE, ORIGINAL_URL, article_page, republished_page

EXE = Path(sys.executable).parent / "reuse-guard"
LINK = f'Source: <a href="{ORIGINAL_URL}">Herald</a>'


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], input=stdin.decode() if stdin else None, capture_output=True,
                          text=True, cwd=cwd, timeout=60)


@pytest.fixture
def pages(tmp_path: Path, original_html: str) -> Path:
    (tmp_path / "original.html").write_text(original_html, encoding="utf-8")
    (tmp_path / "ok.html").write_text(republished_page(EN_PARAGRAPHS[:2], LINK), encoding="utf-8")
    (tmp_path / "bad.html").write_text(republished_page(EN_PARAGRAPHS[:6]), encoding="utf-8")
    return tmp_path


def test_compliant_exits_0_with_summary(pages: Path):
    p = run("check", "original.html", "ok.html", cwd=pages)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("COMPLIANT") and "more may be used" in p.stdout


def test_violation_exits_1_and_names_codes(pages: Path):
    p = run("check", "original.html", "bad.html", cwd=pages)
    assert p.returncode == 1
    assert "excess-reuse" in p.stdout and "missing-link" in p.stdout and "over the limit" in p.stdout


def test_json_output_is_the_report(pages: Path):
    p = run("check", "original.html", "bad.html", "--format", "json", cwd=pages)
    d = json.loads(p.stdout)
    assert d["schema_version"] == "1.1" and d["compliant"] is False
    assert {v["code"] for v in d["violations"]} == {"excess-reuse", "missing-link"}


def test_policy_options_override(pages: Path):
    p = run("check", "original.html", "bad.html", "--max-reuse", "90%", "--no-link-required", cwd=pages)
    assert p.returncode == 0, p.stdout
    assert "(limit 90%)" in p.stdout.splitlines()[0]
    p = run("check", "original.html", "bad.html", "--max-reuse", "12.5%", cwd=pages)
    assert "(limit 12.5%)" in p.stdout.splitlines()[0]  # the limit as written, not rounded to 13%
    (pages / "p.toml").write_text("max_reuse_fraction = 0.1\n")
    p = run("check", "original.html", "ok.html", "--policy", "p.toml", cwd=pages)
    assert p.returncode == 1 and "excess-reuse" in p.stdout


def test_stdin_draft(pages: Path):
    draft = (EN_PARAGRAPHS[0] + "\n").encode()
    p = run("check", "original.html", "-", stdin=draft, cwd=pages)
    assert p.returncode == 1 and "missing-link" in p.stdout


@pytest.mark.parametrize("args,needle", [
    (("check", "nope.html", "ok.html"), "nope.html"),
    (("check", "original.html", "ok.html", "--policy", "nope.toml"), "nope.toml"),
    (("check", "original.html", "ok.html", "--max-reuse", "2"), "between 0 and 1"),
    (("check", "-", "-"), "standard input"),
    (("frobnicate",), "invalid choice"),
])
def test_usage_and_input_errors_exit_2_without_traceback(pages: Path, args, needle):
    p = run(*args, cwd=pages)
    assert p.returncode == 2
    assert needle in p.stderr
    assert "Traceback" not in p.stderr


def test_python_dash_m_and_policy_command(pages: Path):
    p = subprocess.run([sys.executable, "-m", "reuse_guard", "policy", "--active-link"], capture_output=True,
                       text=True, cwd=pages)
    assert p.returncode == 0 and "allow_nofollow = false" in p.stdout


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_a_reader_closing_the_pipe_early_does_not_make_an_internal_error(tmp_path: Path):
    # `reuse-guard check ... | head -c 10`: the report is cut short, the verdict's exit code stands. The page
    # is large, so that the JSON report (which holds its text) overflows the pipe's buffer.
    page = (EXAMPLES / "en/excessive.html").read_text(encoding="utf-8")
    big = page.replace("</body>", "<p>" + "Partner text of our own about the weather. " * 8000 + "</p></body>")
    (tmp_path / "big.html").write_text(big, encoding="utf-8")
    args = [str(EXE), "check", str(EXAMPLES / "en/original.html"), str(tmp_path / "big.html"), "--format", "json"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 1 and "internal error" not in err


@pytest.mark.parametrize("encoding", ["cp1251", "ascii"])
def test_an_output_encoding_without_kazakh_letters_still_gets_the_report(encoding: str):
    import os

    args = [str(EXE), "check", str(EXAMPLES / "kk/original.html"), str(EXAMPLES / "kk/excessive.html")]
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    text = subprocess.run(args, capture_output=True, env=env, timeout=60)
    assert text.returncode == 1 and b"VIOLATION" in text.stdout and not text.stderr
    js = subprocess.run([*args, "--format", "json"], capture_output=True, env=env, timeout=60)
    assert js.returncode == 1 and json.loads(js.stdout)["original"]["title"].startswith("Ақтау")


@pytest.mark.parametrize(("option", "value"), [("--timeout", "inf"), ("--timeout", "1e10"), ("--full-reprint-at", "0"),
                                               ("--permit", "*.partner.kz"), ("--permit", "kz")])
def test_unusable_limits_and_policy_values_are_usage_errors(pages: Path, option: str, value: str):
    p = run("check", "original.html", "ok.html", option, value, cwd=pages)
    assert p.returncode == 2 and "internal error" not in p.stderr and "Traceback" not in p.stderr


@pytest.mark.parametrize("args,code", [
    (("check", "nope.html", "ok.html"), "input-error"),
    (("check", "original.html", "ok.html", "--policy", "bad.toml"), "policy-error"),
    (("check", "original.html", "http://127.0.0.1:9/a", "--timeout", "2"), "fetch-error"),
])
def test_json_errors_are_a_json_document_on_stdout(pages: Path, args, code):
    (pages / "bad.toml").write_text("max_reuse_fraction = 7\n")
    p = run(*args, "--format", "json", cwd=pages)
    assert p.returncode == 2 and "reuse-guard: error:" in p.stderr
    d = json.loads(p.stdout)
    assert d["schema_version"] == "1.1" and d["error"]["code"] == code and d["error"]["message"] in p.stderr


@pytest.mark.parametrize("args", [
    ("check", "original.html", "--format", "json"),  # a missing argument
    ("check", "original.html", "ok.html", "--format=json", "--bogus"),  # an unknown option
    ("check", "original.html", "ok.html", "--form", "json", "--max-reuse", "2"),  # a value out of range
    ("check", "-", "-", "--format", "json"),
])
def test_json_usage_errors_are_a_json_document_too(pages: Path, args):
    p = run(*args, cwd=pages)
    assert p.returncode == 2 and "usage:" in p.stderr
    d = json.loads(p.stdout)
    assert d["error"]["code"] == "usage-error" and d["error"]["message"] in p.stderr


def test_text_usage_errors_print_nothing_on_stdout(pages: Path):
    p = run("check", "original.html", cwd=pages)
    assert p.returncode == 2 and p.stdout == "" and "usage:" in p.stderr


def test_an_internal_error_is_a_json_document_with_json(pages: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]):
    from reuse_guard import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\x1b[2J")

    monkeypatch.setattr(cli, "check", broken)
    monkeypatch.chdir(pages)
    assert cli.main(["check", "original.html", "ok.html", "--format", "json"]) == 3
    out, err = capsys.readouterr()
    d = json.loads(out)
    assert d["error"]["code"] == "internal-error" and "RuntimeError: boom" in d["error"]["message"]
    assert "\x1b" not in out and "\x1b" not in err  # the JSON escapes it (\u001b), the message as \\x1b


def test_json_reports_escape_what_a_terminal_acts_on(pages: Path):
    # DEL, C1 controls (U+009B opens an escape sequence on many terminals) and bidi overrides pass json.dumps
    # as themselves with ensure_ascii=False: the report writes them as JSON escapes, the same strings.
    trick = "Herald\x9b2J\u202eTNAILPMOC\u2028\x7f"
    (pages / "trick.html").write_text(republished_page(EN_PARAGRAPHS[:1], f'<a href="{ORIGINAL_URL}">{trick}</a>'),
                                      encoding="utf-8")
    p = run("check", "original.html", "trick.html", "--format", "json", cwd=pages)
    assert not any(ch in p.stdout for ch in "\x9b\u202e\u2028\x7f")
    assert "\\u009b2J\\u202eTNAILPMOC" in p.stdout
    assert json.loads(p.stdout)["link"]["best"]["text"].startswith(trick[:-2])


def test_terminal_control_characters_from_a_page_are_escaped(pages: Path):
    # A link text that clears the screen and prints a fake verdict must not reach the terminal as such.
    trick = "Herald\x1b[2J\x1b[HCOMPLIANT\u202e"
    (pages / "trick.html").write_text(republished_page(EN_PARAGRAPHS[:1], f'<a href="{ORIGINAL_URL}">{trick}</a>'),
                                      encoding="utf-8")
    p = run("check", "original.html", "trick.html", cwd=pages)
    assert "\x1b" not in p.stdout and "\u202e" not in p.stdout
    assert "Herald\\x1b[2J\\x1b[HCOMPLIANT\\u202e" in p.stdout


# ------------------------------------------------------------------------------------ progress on a terminal

def test_a_slow_check_shows_its_stage_on_a_terminal_then_erases_it(pages: Path):
    import os
    import pty
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = republished_page(EN_PARAGRAPHS[:2], LINK).encode()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(1.8)  # longer than the ticker's first second of silence
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/story"
    main, tty = pty.openpty()
    try:
        p = subprocess.run([str(EXE), "check", "original.html", url], stdout=subprocess.PIPE, stderr=tty,
                           cwd=pages, timeout=60, env={**os.environ, "TERM": "xterm"})
        os.close(tty)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other end is closed: all of it read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
        srv.shutdown()
        srv.server_close()
    assert p.returncode == 0 and p.stdout.startswith(b"COMPLIANT")
    assert f"\r\x1b[Kreuse-guard: reading {url}... 1 s".encode() in shown
    assert shown.endswith(b"\r\x1b[K")  # the line is erased before the report


def test_no_progress_reaches_a_pipe(pages: Path):
    p = run("check", "original.html", "ok.html", cwd=pages)
    assert p.returncode == 0 and p.stderr == ""


def test_the_ticker_stays_silent_for_a_quick_check_and_redraws_a_slow_one():
    import io
    import time

    from reuse_guard.cli import _Ticker

    quick = io.StringIO()
    with _Ticker(quick) as tick:
        tick("reading a.html")
    assert quick.getvalue() == ""

    slow = io.StringIO()

    class Fast(_Ticker):
        DELAY, EVERY = 0.05, 0.05

    with Fast(slow) as tick:
        tick("aligning 10 words with \x1b[2J20")
        time.sleep(0.3)
    out = slow.getvalue()
    assert out.startswith("\r\x1b[Kreuse-guard: aligning 10 words with \\x1b[2J20... 0 s") and out.endswith("\r\x1b[K")
    assert out.count("\r\x1b[K") >= 3


def test_check_reports_each_stage_to_a_progress_callback(pages: Path):
    from reuse_guard import check

    stages: list[str] = []
    check(pages / "original.html", pages / "ok.html", progress=stages.append)
    assert [s.split(" ")[0] for s in stages] == ["reading", "reading", "finding", "reading", "aligning", "judging"]
    assert stages[0] == f"reading {pages / 'original.html'}" and stages[3].endswith(" kB)")


@pytest.mark.parametrize("args,document", [
    (("check", "original.html", "nope.html", "--fo", "json"), True),  # argparse's shortest unambiguous prefix
    (("check", "original.html", "nope.html", "--fo=json"), True),
    (("check", "original.html", "nope.html", "--format", "json", "--format", "text"), False),  # the last wins
    (("check", "original.html", "nope.html", "--format", "text", "--format", "json"), True),
])
def test_the_json_error_document_follows_the_format_argparse_uses(pages: Path, args, document: bool):
    # Review: "--fo json" got no document, and the first of two --format options decided.
    p = run(*args, cwd=pages)
    assert p.returncode == 2
    assert (json.loads(p.stdout)["error"]["code"] == "input-error") if document else p.stdout == ""


def test_with_standard_error_closed_stdout_is_still_only_the_json_document(pages: Path):
    # Review: with fd 2 closed, sys.stderr is None and print(..., file=None) wrote the message to stdout.
    for args in (("check", "original.html", "nope.html", "--format", "json"), ("check", "--format", "json")):
        p = subprocess.run(f"{EXE} {' '.join(args)} 2>&-", shell=True, capture_output=True, text=True, cwd=pages,
                           timeout=60)
        assert p.returncode == 2 and json.loads(p.stdout)["error"]["code"] in ("input-error", "usage-error")


def test_an_interrupted_check_with_json_prints_a_document(pages: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]):
    from reuse_guard import cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "check", interrupted)
    monkeypatch.chdir(pages)
    assert cli.main(["check", "original.html", "ok.html", "--format", "json"]) == 130
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "interrupted"


def test_the_progress_line_fits_the_terminal_in_screen_columns():
    from reuse_guard.cli import _fit

    assert _fit("reading 北京新闻报道.html", 14) == "reading 北京新"  # 8 + 3 wide characters = 14 columns
    assert _fit("short", 20) == "short"


def test_an_interrupt_while_the_report_is_written_adds_no_second_document(
        pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    # Review: Ctrl-C during a large JSON report left the cut report followed by an "interrupted" document.
    from reuse_guard import cli

    real = cli._write

    def cut(text: str) -> None:
        real(text[:100])
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_write", cut)
    monkeypatch.chdir(pages)
    assert cli.main(["check", "original.html", "ok.html", "--format", "json"]) == 130
    assert '"interrupted"' not in capsys.readouterr().out


def test_policy_command_spells_shares_and_domains_as_written(pages: Path):
    p = run("policy", "--max-reuse", "33.3%", "--permit", "Қазақпарат.kz", cwd=pages)
    assert p.returncode == 0, p.stderr
    assert "max_reuse_fraction = 0.333\n" in p.stdout and '["қазақпарат.kz"]' in p.stdout


def test_a_decimal_comma_is_pointed_out(pages: Path):
    p = run("check", "original.html", "ok.html", "--max-reuse", "0,3", cwd=pages)
    assert p.returncode == 2 and "write a decimal point: 0.3" in p.stderr


def test_no_redirects_may_be_asked_for(pages: Path):
    assert run("check", "original.html", "ok.html", "--max-redirects", "0", cwd=pages).returncode == 0
    assert run("check", "original.html", "ok.html", "--max-redirects", "-1", cwd=pages).returncode == 2


def test_a_clash_between_the_policy_file_and_an_option_names_the_file(pages: Path):
    (pages / "p.toml").write_text("full_reprint_fraction = 0.9\n", encoding="utf-8")
    p = run("check", "original.html", "ok.html", "--policy", "p.toml", "--max-reuse", "100%", cwd=pages)
    assert p.returncode == 2 and "p.toml" in p.stderr and "full_reprint_fraction" in p.stderr


def test_a_full_reprint_under_a_limit_at_its_threshold_is_told_only_to_get_permission(pages: Path):
    (pages / "all.html").write_text(republished_page(EN_PARAGRAPHS, LINK), encoding="utf-8")
    p = run("check", "original.html", "all.html", "--max-reuse", "95%", "--format", "json", cwd=pages)
    fix = next(v["fix"] for v in json.loads(p.stdout)["violations"] if v["code"] == "full-reprint")
    assert "permission" in fix and "allowed share" not in fix


def test_a_share_written_as_a_whole_percent_gets_a_hint(pages: Path):
    p = run("check", "original.html", "ok.html", "--max-reuse", "30", cwd=pages)
    assert p.returncode == 2 and "write 30% or 0.3" in p.stderr


def test_a_permitted_full_reprint_says_the_limit_does_not_apply_and_passages_0_lists_none(tmp_path: Path) -> None:
    # Partner review: "COMPLIANT ... (limit 30%)" over "290 of 290 words; 203 over the limit of 87" read as a
    # contradiction; and a script could not ask for the summary alone.
    original = tmp_path / "original.html"
    original.write_text(article_page(EN_TITLE, EN_PARAGRAPHS), encoding="utf-8")
    copy = tmp_path / "copy.html"
    copy.write_text(republished_page([EN_TITLE, *EN_PARAGRAPHS], link=f'<a href="{ORIGINAL_URL}">Herald</a>'),
                    encoding="utf-8")
    done = run("check", str(original), str(copy), "--republished-url", "https://partner.example/a",
               "--permit", "partner.example", "--passages", "0")
    assert done.returncode == 0, done.stderr
    assert "(full reprint permitted)" in done.stdout and "the limit does not apply" in done.stdout
    assert "over the limit of" not in done.stdout and "Passages" not in done.stdout
