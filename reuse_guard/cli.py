"""The `reuse-guard` command: parse arguments, call the library, render, exit with a meaningful code.

Exit codes: 0 compliant, 1 violation found, 2 usage or input error, 3 internal error (a bug: please report).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import threading
import time
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from . import __version__
from .errors import FetchError, MissingOriginalURLError, PolicyError, ReuseGuardError
from .load import MAX_TIMEOUT, Limits
from .pipeline import check
from .policy import LinkPlacement, Policy, ShareUnit, load_policy
from .render import plain, render_json, render_policy_toml, render_text
from .report import SCHEMA_VERSION

__all__ = ["main"]

EXIT_OK, EXIT_VIOLATION, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _fraction(text: str) -> float:
    try:
        # (rounded: 33.3% is 0.333, not 0.33299999999999996)
        value = round(float(text.rstrip("%")) / 100, 12) if text.endswith("%") else float(text)
    except ValueError:
        hint = f"; write a decimal point: {text.replace(',', '.')}" if "," in text else ""
        raise argparse.ArgumentTypeError(f"not a number: {text!r}{hint}") from None
    if not 0 <= value <= 1:
        hint = f"; for {value:g} percent write {value:g}% or {value / 100:g}" if not text.endswith("%") \
            and 1 < value <= 100 else ""
        raise argparse.ArgumentTypeError(f"must be between 0 and 1 (or 0% and 100%), got {text!r}{hint}")
    return value


def _whole_number(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `least`."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}, got {text!r}")
        return value
    return parse


_positive, _count = _whole_number(1), _whole_number(0)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most {MAX_TIMEOUT:.0f} seconds, got {text!r}")
    return value


def _add_policy_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("policy (a --policy file first, then these options override its fields)")
    g.add_argument("--policy", type=Path, metavar="FILE", help="TOML policy file (fields as in `reuse-guard policy`)")
    g.add_argument("--max-reuse", type=_fraction, metavar="SHARE",
                   help="largest share that may be reused, e.g. 0.3 or 30%% (default 0.30)")
    g.add_argument("--share-unit", choices=[u.value for u in ShareUnit],
                   help="count the share in words, characters or paragraphs (default words)")
    g.add_argument("--min-passage-words", type=_positive, metavar="N",
                   help="shortest run of words that counts as reuse (default 8)")
    g.add_argument("--no-link-required", dest="require_link", action="store_const", const=False,
                   help="do not require a hyperlink to the original")
    g.add_argument("--active-link", dest="allow_nofollow", action="store_const", const=False,
                   help="require an active link: rel nofollow/ugc/sponsored or <noindex> does not qualify")
    g.add_argument("--accept-homepage", action="store_const", const=True,
                   help="a link to the original site's home page qualifies")
    g.add_argument("--link-placement", choices=[p.value for p in LinkPlacement],
                   help="where the link must stand (default anywhere)")
    g.add_argument("--full-reprint-at", dest="full_reprint_fraction", type=_fraction, metavar="SHARE",
                   help="share from which a republication is a full reprint (default 0.90)")
    g.add_argument("--permit", dest="permitted_domains", action="append", metavar="DOMAIN",
                   help="domain permitted to reprint in full (repeatable; adds to the policy file's list)")


class _Parser(argparse.ArgumentParser):
    """argparse's parser, remembering the last usage error's message (for the JSON error document)."""

    message: str | None = None

    def error(self, message: str) -> NoReturn:
        _Parser.message = message
        super().error(message)


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether `argv` asks for JSON output (the last --format given wins, as in argparse), read before and
    whether or not the options parse."""
    wants = False
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        name, eq, value = arg.partition("=")
        if len(name) >= 4 and "--format".startswith(name):  # argparse takes unambiguous prefixes ("--fo")
            wants = (value if eq else (argv[i + 1] if i + 1 < len(argv) else "")) == "json"
    return wants


def _error_document(code: str, message: str) -> None:
    with contextlib.suppress(ReuseGuardError):
        _write(json.dumps({"schema_version": SCHEMA_VERSION, "error": {"code": code, "message": message}},
                          indent=2))


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog="reuse-guard",
        description="Check a republished news page against its original: how much was reused, whether the "
                    "required hyperlink is there, and the verdict under a syndication policy.",
        epilog="Exit codes: 0 compliant, 1 violation found, 2 usage or input error, 3 internal error.")
    ap.add_argument("--version", action="version", version=f"reuse-guard {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)
    c = sub.add_parser("check", help="check one republished page against its original",
                       description="Check REPUBLISHED against ORIGINAL. Each is a file (.html/.htm as HTML, "
                                   ".txt verbatim), an http(s) URL, or - for standard input.")
    c.add_argument("original", help="the original article: file, URL or -")
    c.add_argument("republished", help="the republished page or draft: file, URL or -")
    c.add_argument("--original-url", metavar="URL",
                   help="the original article's URL (default: the page's canonical or og:url)")
    c.add_argument("--republished-url", metavar="URL",
                   help="where the republished page lives (resolves relative links; its domain is checked "
                        "against the permission list)")
    c.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    c.add_argument("--passages", type=_count, default=5, metavar="N",
                   help="passages shown in text output (default 5; 0 for the summary alone)")
    c.add_argument("--timeout", type=_seconds, default=Limits.timeout, metavar="SECONDS",
                   help=f"per-request timeout for URLs (default {Limits.timeout:g})")
    c.add_argument("--max-bytes", type=_positive, default=Limits.max_bytes, metavar="N",
                   help=f"largest input accepted, in bytes (default {Limits.max_bytes})")
    c.add_argument("--max-redirects", type=_count, default=Limits.max_redirects, metavar="N",
                   help=f"redirects followed for URLs, 0 for none (default {Limits.max_redirects})")
    c.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    _add_policy_options(c)
    p = sub.add_parser("policy", help="print the effective policy as TOML",
                       description="Print the policy that `check` would apply, as a TOML file you can edit.")
    _add_policy_options(p)
    return ap


def _columns() -> int:
    """The width findings are wrapped to: the terminal's (from 50 to 100 columns) when standard output is one,
    else 100 (pipes, files and logs get the same text on every machine)."""
    try:
        if sys.stdout.isatty():
            return max(50, min(100, os.get_terminal_size(sys.stdout.fileno()).columns))
    except (OSError, ValueError, AttributeError):
        pass
    return 100


def _policy(ns: argparse.Namespace) -> Policy:
    base = load_policy(ns.policy) if ns.policy else Policy()
    overrides: dict[str, Any] = {}
    for name in ("max_reuse_fraction", "share_unit", "min_passage_words", "require_link", "allow_nofollow",
                 "accept_homepage", "link_placement", "full_reprint_fraction"):
        value = getattr(ns, "max_reuse" if name == "max_reuse_fraction" else name, None)
        if value is not None:
            overrides[name] = value
    if ns.permitted_domains:
        overrides["permitted_domains"] = [*base.permitted_domains, *ns.permitted_domains]
    try:
        return base.with_fields(**overrides)
    except PolicyError as exc:
        if ns.policy:  # a clash between the file and an option: say both are in play
            raise PolicyError(f"{exc} (with the fields of {ns.policy})") from None
        raise


class _Ticker:
    """The stage of a long check, on a terminal: nothing for the first second (most checks are over by then),
    then the stage and the seconds so far on one line of standard error, redrawn in place and erased at the end.
    """

    DELAY, EVERY = 1.0, 0.5  # seconds

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stage = "starting"
        self.shown = False
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="reuse-guard progress", daemon=True)

    def __call__(self, stage: str) -> None:
        self.stage = stage

    def __enter__(self) -> _Ticker:
        self.t0 = time.monotonic()
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()
        if self.shown:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\r\x1b[K")
                self.stream.flush()

    def _run(self) -> None:
        if self.done.wait(self.DELAY):
            return
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns  # the terminal stderr is on
        except (OSError, ValueError, AttributeError):
            columns = 0
        width = max((columns or shutil.get_terminal_size((80, 24)).columns) - 1, 20)  # 0: a size never set
        while not self.done.is_set():
            seconds = f"... {time.monotonic() - self.t0:.0f} s"
            line = _fit(f"reuse-guard: {plain(self.stage)}", width - len(seconds)) + seconds
            try:
                self.stream.write("\r\x1b[K" + line)
                self.stream.flush()
            except (OSError, ValueError):  # the terminal went away: the check goes on without it
                return
            self.shown = True
            self.done.wait(self.EVERY)


def _fit(text: str, columns: int) -> str:
    """`text` cut to at most `columns` screen columns (East Asian wide characters take two), so that the
    progress line never wraps: "\r" and erasing to the end of the line redraw only the last row."""
    used = 0
    for k, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used > columns:
            return text[:k]
    return text


def _progress_stream() -> TextIO | None:
    """Standard error, when it is a terminal that can redraw a line (not a pipe, a log or TERM=dumb)."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        return None
    return sys.stderr if tty and os.environ.get("TERM") != "dumb" else None


def _run(ns: argparse.Namespace) -> int:
    policy = _policy(ns)
    if ns.command == "policy":
        _write(render_policy_toml(policy))
        return EXIT_OK
    limits = Limits(max_bytes=ns.max_bytes, timeout=ns.timeout, max_redirects=ns.max_redirects)
    stream = _progress_stream()
    with _Ticker(stream) if stream else contextlib.nullcontext() as ticker:
        report = check(ns.original, ns.republished, original_url=ns.original_url,
                       republished_url=ns.republished_url, policy=policy, limits=limits, progress=ticker)
    code = EXIT_OK if report.compliant else EXIT_VIOLATION
    if ns.format == "json":
        out = render_json(report)
        if not _utf8(sys.stdout):
            out = json.dumps(json.loads(out), ensure_ascii=True, indent=2)  # the same JSON, in ASCII escapes
    else:
        out = render_text(report, max_passages=ns.passages, width=_columns())
    _write(out)
    return code


def _utf8(stream: TextIO) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


_WRITTEN = threading.Event()  # output has begun: an interrupted report is not followed by an error document


def _write(text: str) -> None:
    """Print `text`; a reader that closed the pipe early (`| head`) ends the output quietly, and characters
    the output's encoding lacks are written as escapes rather than failing the run."""
    _WRITTEN.set()
    try:
        if not _utf8(sys.stdout) and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="backslashreplace")
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Later writes (at exit) would fail too: point stdout at nothing. The verdict's exit code stands.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    except OSError as exc:
        raise OutputError(f"cannot write the report to standard output: {exc.strerror or exc}") from exc


def _error_code(exc: ReuseGuardError) -> str:
    """The stable code of an error in the JSON error document (README, "Exit codes")."""
    for kind, code in ((MissingOriginalURLError, "missing-original-url"), (FetchError, "fetch-error"),
                       (PolicyError, "policy-error"), (OutputError, "output-error")):
        if isinstance(exc, kind):
            return code
    return "input-error"


class OutputError(ReuseGuardError):
    """The report could not be written (a full disk, a closed terminal)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    wants_json = _wants_json(args)  # a script reading stdout gets a document, not nothing, whatever fails
    if sys.stderr is None:  # started with standard error closed (2>&-): messages must not reach stdout
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    ap = _parser()
    _Parser.message = None
    _WRITTEN.clear()
    try:
        ns = ap.parse_args(args)
        if ns.command == "check" and ns.original == ns.republished == "-":
            ap.error("only one of ORIGINAL and REPUBLISHED can be read from standard input (-)")
    except SystemExit as exc:
        if exc.code == EXIT_INPUT and wants_json and _Parser.message is not None:
            _error_document("usage-error", _Parser.message)
        raise
    wants_json = ns.format == "json" if ns.command == "check" else wants_json
    try:
        return _run(ns)
    except ReuseGuardError as exc:
        print(f"reuse-guard: error: {plain(str(exc))}", file=sys.stderr)
        if wants_json:
            _error_document(_error_code(exc), str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("reuse-guard: interrupted", file=sys.stderr)
        if wants_json and not _WRITTEN.is_set():  # a report half written stays as it is: no second document
            _error_document("interrupted", "interrupted (Ctrl-C) before the check ended")
        return 130
    except Exception as exc:  # a bug: say so plainly, keep the traceback for --debug
        if getattr(ns, "debug", False):
            traceback.print_exc()
        message = (f"internal error: {type(exc).__name__}: {exc} (a bug in reuse-guard; rerun with --debug and "
                   "report it)")
        print(f"reuse-guard: {plain(message)}", file=sys.stderr)
        if wants_json:
            _error_document("internal-error", message)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
