"""Mojibake: UTF-8 text that was once decoded as Latin-1, Windows-1252 or Windows-1251 and encoded again.

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
    if text.isascii():
        return text
    if _LEAD.search(text) is not None and len(_SEQUENCE.findall(text)) >= _MIN_SEQUENCES:
        text = _SEQUENCE.sub(_fix, text)
    if _LEAD_1251.search(text) is not None and len(_EVIDENCE_1251.findall(text)) >= _MIN_SEQUENCES_1251:
        cache: dict[str, str] = {}
        text = _SEQUENCE_1251.sub(lambda m: _fix_1251(m.group(), cache), text)
    return text


# The same accident through Windows-1251, the Cyrillic code page: "Привет" becomes "РџСЂРёРІРµС‚". UTF-8's
# Cyrillic lead bytes D0-D3 read as Р С Т У, its continuation bytes as the upper half's first 64 characters
# (Ђ Ѓ ‚ ... ї), punctuation (E2 80 xx) as "вЂ"..., and « » and the no-break space (C2 xx) as "В«".
# Byte 0x98, which Windows-1251 leaves undefined (the second byte of И and Ә), shows as the C1 control U+0098.
_CONT_1251 = bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore") + "\u0098"
_SEQUENCE_1251 = re.compile(f"[\u0420\u0421\u0422\u0423\u0412][{_CONT_1251}]|\u0432[{_CONT_1251}]{{2}}")
_LEAD_1251 = re.compile("[\u0420-\u0423][\u0402\u0403\u0409-\u040f\u0452-\u045f]")  # Рџ СЂ ... in a word
# Sequences no Cyrillic text writes: a lead letter and a symbol (Р° for а, Рµ for е, С‚ for т, Р· for з...).
# Letter pairs like Рі, Сі, Ті (Ukrainian and Kazakh і), РЁ or СЉ (Serbian) are real words' letters, so they
# are no evidence, though a text shown to be garbled has them repaired too.
# (A closing guillemet or a no-break space after a word in capitals, «ТЕАТР», is real text too.)
_EVIDENCE_1251 = re.compile("[\u0420-\u0423\u0432][\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u2010-\u203a\u20ac"
                            "\u2116\u2122\u0098]")
_MIN_SEQUENCES_1251 = 8
# What a Windows-1251 repair may produce: the Cyrillic letters of Russian, Kazakh, Ukrainian and Belarusian,
# and the punctuation UTF-8 text carries (« » no-break space ° № dashes, quotes, ellipsis).
_PLAUSIBLE_1251 = re.compile("[\u0401\u0404\u0406\u0407\u040e\u0410-\u044f\u0451\u0454\u0456\u0457"
                             "\u045e\u0490\u0491\u0492\u0493\u049a\u049b\u04a2\u04a3\u04ae-\u04b1\u04ba"
                             "\u04bb\u04d8\u04d9\u04e8\u04e9\u00a0\u00ab\u00bb\u00b0\u00a9\u2010-\u2026"
                             "\u2116\u20ac\u2122]").fullmatch


def _fix_1251(run: str, cache: dict[str, str]) -> str:
    """The repair of one sequence (a garbled text is made of a few hundred distinct ones: each is worked out once)."""
    got = cache.get(run)
    if got is not None:
        return got
    try:
        fixed = b"".join(b"\x98" if ch == "\u0098" else ch.encode("cp1251") for ch in run).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        fixed = ""
    got = fixed + _PAD * (len(run) - 1) if len(fixed) == 1 and _PLAUSIBLE_1251(fixed) else run
    cache[run] = got
    return got
