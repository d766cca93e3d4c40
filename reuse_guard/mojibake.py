"""Mojibake: UTF-8 text that was once decoded as Latin-1 or Windows-1252 and encoded again.

Old news pages often carry "youâ€™ll" or "youâ\\x80\\x99ll" (the C1 controls are invisible in a browser,
so a reader sees "youâll") where the author wrote "you’ll"; a partner who copied the clean text must still
match it. `repair` undoes such sequences *in place*: each repaired character is padded with zero-width
spaces to the length of the sequence it replaces, so every offset into the result is an offset into the
input (tokenisation drops format characters inside words, and treats them as space elsewhere).

Only sequences that decode as strict UTF-8 to a non-ASCII character are touched, and only in texts that
hold several of them: a lone "Ã©" may be a name, twenty are an encoding accident.
"""

from __future__ import annotations

import re

__all__ = ["repair"]

# Windows-1252 characters at bytes 0x80-0x9F, which a double-encoded UTF-8 continuation byte may show as.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_CONT = "[\u0080-\u00bf" + _CP1252_HIGH + "]"
# A lead byte (2-, 3- or 4-byte sequence) read as Latin-1, then its continuation bytes.
_SEQUENCE = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
_LEAD = re.compile("[\u00c2-\u00f4]")  # a quick test: without a lead byte's letter nothing can match
_MIN_SEQUENCES = 3  # fewer is more likely a name or a symbol than an encoding accident
_PAD = "\u200b"
# What a repair may produce: not C1 controls, nor the rare scripts (Syriac, Thaana, NKo) that legitimate
# Latin-1 text would "repair" into ("Schluß»" is the bytes of an NKo letter).
_PLAUSIBLE = re.compile("[^\u0080-\u009f\u0700-\u07ff]+").fullmatch


def _bytes(run: str) -> bytes | None:
    """The bytes `run` came from, read back as Windows-1252 (or Latin-1 for the C1 controls)."""
    out = bytearray()
    for ch in run:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _fix(match: re.Match[str]) -> str:
    run = match.group()
    raw = _bytes(run)
    if raw is None:
        return run
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    if len(fixed) > len(run) or fixed.isascii() or not _PLAUSIBLE(fixed):
        return run
    return fixed + _PAD * (len(run) - len(fixed))


def repair(text: str) -> str:
    """`text` with double-encoded UTF-8 sequences repaired in place (same length, see the module doc)."""
    if text.isascii() or _LEAD.search(text) is None:
        return text
    if len(_SEQUENCE.findall(text)) < _MIN_SEQUENCES:
        return text
    return _SEQUENCE.sub(_fix, text)
