"""Loading and decoding inputs: files, stdin, http(s) URLs and in-memory documents become a `Document`.

Bytes in any common encoding decode to text here (BOM, HTTP charset, `<meta charset>`, detection),
and every problem with an input raises `InputError` naming it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from .errors import InputError

__all__ = ["Document", "Html", "Limits", "Source", "Text", "load"]

Kind = Literal["html", "text"]


@dataclass(frozen=True)
class Html:
    """An HTML page held in memory. `url` is where it lives, when known (used to resolve links)."""

    content: str | bytes
    url: str | None = None
    name: str = "<html>"


@dataclass(frozen=True)
class Text:
    """Plain text held in memory, used verbatim (offsets index into it unchanged)."""

    content: str | bytes
    name: str = "<text>"


#: What `check` accepts for either side: a path, an http(s) URL or "-" (stdin) as `str`, or an in-memory value.
Source = Path | str | Html | Text


@dataclass(frozen=True)
class Limits:
    """Caps that keep a bad input from hanging or exhausting the machine."""

    max_bytes: int = 64 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Document:
    """A decoded input: its display name, whether it is HTML or text, the decoded content and its URL."""

    name: str
    kind: Kind
    content: str
    url: str | None = None
    encoding: str = "utf-8"


def load(source: Source, *, limits: Limits = Limits(), stdin: BinaryIO | None = None) -> Document:
    """Read and decode `source` into a `Document`; raise `InputError` naming it when that cannot be done."""
    if isinstance(source, Html):
        text = source.content if isinstance(source.content, str) else source.content.decode("utf-8", "replace")
        return Document(source.name, "html", text, source.url)
    if isinstance(source, Text):
        text = source.content if isinstance(source.content, str) else source.content.decode("utf-8", "replace")
        return Document(source.name, "text", text)
    if isinstance(source, str) and source == "-":
        data = (stdin or sys.stdin.buffer).read()
        text = data.decode("utf-8", "replace")
        kind: Kind = "html" if text.lstrip()[:1] == "<" else "text"
        return Document("<stdin>", kind, text)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    text = data.decode("utf-8", "replace")
    kind = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    return Document(str(path), kind, text)
