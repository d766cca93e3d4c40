"""Bytes to text: byte-order marks, declared charsets, and detection for pages that declare wrongly or not at all.

Evidence is weighed in this order, cheapest and surest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. magic numbers: images, PDFs, archives and compressed files are refused, saying what they look like;
3. UTF-16/32 without a mark (NUL bytes in a regular pattern); then many NULs or control bytes are refused;
4. strict UTF-8: bytes with non-ASCII content that decode as UTF-8 are almost never anything else, so this
   beats a `<meta charset>` or HTTP charset that says otherwise (a common lie on old news sites);
5. every plausible legacy encoding (the declared one with a small head start) scored by how natural its
   decoding looks: frequent letters rather than rare ones or symbols, one alphabet per word, few capitals
   and no capital right after a small letter, frequent ideographs (see `_score_single`, `_score_multi`);
6. charset-normalizer, for scripts modelled only roughly here, when nothing above is convincing.

Nothing else is changed: no newline translation, so text offsets index the file's characters.
Problems (binary data, undecodable bytes) raise `InputError` naming the input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

from .errors import InputError

__all__ = ["Decoded", "binary_kind", "canonical_charset", "decode", "looks_like_html", "meta_charset"]

Kind = Literal["html", "text"]

_BOMS = (  # UTF-32 first: its little-endian mark starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels as browsers treat them (WHATWG Encoding): legacy labels name their Windows supersets.
_ALIASES = {
    "ascii": "windows-1252", "us-ascii": "windows-1252", "iso-8859-1": "windows-1252", "latin1": "windows-1252",
    "l1": "windows-1252", "iso8859-1": "windows-1252", "iso-8859-9": "windows-1254", "latin5": "windows-1254",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cn-big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "tis-620": "cp874",
    "x-mac-cyrillic": "mac-cyrillic", "ibm866": "cp866", "866": "cp866", "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8", "x-user-defined": "windows-1252", "koi8": "koi8-r", "cp1251": "windows-1251",
}

_NAMES = {  # Python codec name -> the label we report in Document.encoding
    "cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252", "cp1253": "windows-1253",
    "cp1254": "windows-1254", "iso8859-2": "iso-8859-2", "iso8859-5": "iso-8859-5", "iso8859-7": "iso-8859-7",
    "iso8859-15": "iso-8859-15", "euc_jp": "euc-jp", "iso2022_jp": "iso-2022-jp", "utf-8": "utf-8",
    "iso8859-1": "iso-8859-1",
}


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used (a label Python's codecs accept) and whether it is HTML or text.

    `utf8` holds the bytes when they are exactly `text` in UTF-8 (strict UTF-8 or ASCII, no BOM), so later
    stages that need UTF-8 (the HTML parser, the cache digest) use them instead of encoding the text again.
    """

    text: str
    encoding: str
    kind: Kind
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def canonical_charset(label: str) -> str | None:
    """The encoding a charset label means to a browser, as a Python codec label; None if Python lacks it."""
    key = label.strip().strip("'\"").lower()
    key = _ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    return _NAMES.get(name, name)


_META = re.compile(rb"<meta[^>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` near its start (either form), if any and known."""
    m = _META.search(data, 0, 8192)
    return canonical_charset(m.group(1).decode("ascii")) if m else None


_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|title|meta|link|script|style|div|p|h[1-6]|table|iframe|font|b|br|a|span"
    r"|article|section|main|header|footer|nav|aside|blockquote|figure|figcaption|ul|ol|dl|img|picture|center"
    r"|pre|form|hr)[\s>/]",
    re.IGNORECASE,
)
_HTML_ANYWHERE = re.compile(r"<(?:html|head|body)[\s>]|<!doctype\s+html", re.IGNORECASE)


_PAGE_START = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def _prolog_end(head: str) -> int:
    """Where `head` begins after spaces, a byte-order mark, an XML declaration and comments (skipped with find:
    a regex backtracks exponentially over "<!----><!---->..."); -1 inside an unclosed one."""
    at = 0
    while True:
        at = len(head) - len(head[at:].lstrip(" \t\r\n\f\v\ufeff"))
        if head.startswith("<?xml", at):
            end = head.find(">", at)
        elif head.startswith("<!--", at):
            end = head.find("-->", at + 4)
            end = end + 2 if end >= 0 else -1
        else:
            return at
        if end < 0:
            return -1
        at = end + 1


def looks_like_html(text: str) -> bool:
    """True when decoded text starts like HTML (a page, or a fragment opening with a tag) or names
    <html>/<body> early on."""
    head = text[:4096]
    at = _prolog_end(head)
    return (at >= 0 and _HTML_TAG.match(head, at) is not None) or _HTML_ANYWHERE.search(head, 0, 1024) is not None


def opens_as_page(text: str) -> bool:
    """True when `text` opens, after spaces, comments and an XML declaration, with a doctype or an <html> tag:
    a whole HTML page, whatever it was saved or served as."""
    head = text[:4096]
    at = _prolog_end(head)
    return at >= 0 and _PAGE_START.match(head, at) is not None


_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file (decompress it first, e.g. with gunzip)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt/.epub file)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file (decompress it first)"),
    (b"(\xb5/\xfd", "a zstd-compressed file (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc/.xls/.ppt)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"{\\rtf", "an RTF document (save it as plain text or HTML)"),
    (b"\xca\xfe\xba\xbe", "a Java class file"),
)
_MAGIC_RE = (
    (re.compile(rb"BZh[1-9]1AY&SY"), "a bzip2-compressed file (decompress it first)"),
    (re.compile(rb"RIFF....WEBP", re.DOTALL), "a WebP image"),
    (re.compile(rb"RIFF....WAVE", re.DOTALL), "a WAV audio file"),
    (re.compile(rb"RIFF....AVI ", re.DOTALL), "an AVI video"),
    (re.compile(rb"....ftyp", re.DOTALL), "an MP4/QuickTime video or HEIC image"),
    (re.compile(rb"ID3[\x02-\x04]\x00"), "an MP3 audio file"),
    (re.compile(rb"OggS\x00"), "an Ogg audio or video file"),
    (re.compile(rb"\x00\x00\x01\x00[\x01-\x20]\x00"), "an icon image"),
    (re.compile(rb"\x00asm"), "a WebAssembly module"),
    (re.compile(rb".{257}ustar[\x00 ]", re.DOTALL), "a tar archive"),
)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)  # deleted to count control bytes in C


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ('a JPEG image', 'binary data'...), or None when it may be text.

    Call it on data already known not to be UTF-16/32 (they contain NUL bytes legitimately).
    """
    return _magic_kind(data) or _content_kind(data)


def _magic_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    for pattern, what in _MAGIC_RE:
        if pattern.match(data):
            return what
    return None


def _content_kind(data: bytes) -> str | None:
    # Real text files do carry stray control bytes and even NULs (the PAN corpus has some), and their
    # offsets must still work: only call it binary when they are frequent and the rest is not UTF-8 text.
    head = data[:65536]
    if 0 in head and head.count(0) * 10 > len(head):  # (a one-byte search first: most pages hold no NUL)
        return "binary data (it contains many NUL bytes)"
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls * 3 > len(head) or (controls * 20 > len(head) and _utf8(head) is None):
        return "binary data (it contains many control bytes)"
    return None


def decode(data: bytes, name: str, *, kind: Kind | None = None, http_charset: str | None = None) -> Decoded:
    """Decode `data` (an input called `name`) to text, sniffing its kind when `kind` is None.

    `http_charset` is the charset parameter of an HTTP Content-Type, if any. A BOM is stripped; nothing else
    is changed (no newline translation), so text offsets index the file's characters one for one.
    Raises `InputError` for binary data or bytes no encoding explains.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                if enc != "utf-8":
                    raise InputError(f"{name}: starts with a {enc} byte-order mark but is not valid {enc}; "
                                     "save it again as UTF-8") from None
                data = data[len(bom):]  # a UTF-8 mark in front of legacy bytes: detect below
                break
            return Decoded(text, enc, kind or ("html" if looks_like_html(text) else "text"),
                           data[len(bom):] if enc == "utf-8" else None)
    what = _magic_kind(data)
    if what:
        raise InputError(f"{name}: looks like {what}, not HTML or text")
    wide = _wide_unicode(data)
    if wide:
        text = data.decode(wide)
        return Decoded(text, wide, kind or ("html" if looks_like_html(text) else "text"))
    what = _content_kind(data)
    if what:
        raise InputError(f"{name}: looks like {what}, not HTML or text")
    if kind is None:
        kind = "html" if looks_like_html(data[:4096].decode("latin-1")) else "text"
    declared = (canonical_charset(http_charset) if http_charset else None) or (
        meta_charset(data) if kind == "html" else None)
    text, enc = _decode_8bit(data, name, declared)
    # _utf8 replaces stray bytes: then the text is longer than the bytes' character count allows.
    exact = enc == "ascii" or (enc == "utf-8" and "\ufffd" not in text)
    return Decoded(text, enc, kind, data if exact else None)


def _wide_unicode(data: bytes) -> str | None:
    """UTF-32/UTF-16 (LE or BE) without a BOM, recognised by where the NUL bytes fall; else None."""
    head = data[:4096]
    if b"\x00" not in head or len(data) % 2:
        return None
    units = len(head) // 2
    for enc, zeros_at in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        regular = len(data) % 4 == 0 and all(head[i::4].count(0) * 4 >= len(head) * 0.9 for i in zeros_at)
        if regular and _plausible_wide(data, enc):
            return enc
    for enc, hi, lo in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        # Text in any script has some ASCII (spaces, digits, newlines): units with a zero high byte, and
        # almost none with a zero low byte.
        zeros_hi, zeros_lo = head[hi::2].count(0), head[lo::2].count(0)
        regular = zeros_hi >= units * 0.02 and zeros_lo <= units * 0.02 and zeros_hi > 2 * zeros_lo
        if regular and _plausible_wide(data, enc):
            return enc
    for enc in ("utf-16-le", "utf-16-be"):  # CJK without a single ASCII character: judge the ideographs
        if _plausible_wide(data, enc) and _score_multi(data[:8000].decode(enc, "ignore")) >= 1.0:
            return enc
    return None


def _plausible_wide(data: bytes, enc: str) -> bool:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return False
    sample = text[:4000]
    good = sum(1 for ch in sample if ch.isprintable() or ch in "\r\n\t\f")
    return good >= len(sample) * 0.97


# ---------------------------------------------------------------- legacy (8-bit and CJK multibyte) encodings

_SINGLE = ("windows-1252", "windows-1250", "iso-8859-2", "windows-1254", "windows-1251", "koi8-r", "koi8-u",
           "iso-8859-5", "cp866", "kz1048", "ptcp154", "mac-cyrillic", "windows-1253", "iso-8859-7",
           "iso-8859-1")
_RARE = ("windows-1256", "windows-1255")  # Arabic, Hebrew: only with enough evidence, and a handicap
_MULTI = ("gb18030", "big5hkscs", "cp932", "euc-jp")  # cp949 (Korean) too easily reads other text: only if declared
# A head start in characters' worth of evidence (scores are means per non-ASCII byte, so these count for
# less as the evidence grows): a declaration settles near ties but not a clear verdict of the bytes.
_DECLARED_BONUS = 4.0
# The most common legacy encodings win near ties; the rare ones need a clear lead.
_PRIOR = {"windows-1252": 2.0, "windows-1251": 2.0, "windows-1256": -10.0, "windows-1255": -10.0}
_ISO2022 = re.compile(rb"\x1b\$[@B]|\x1b\(J")


def _decode_8bit(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    if data.isascii():
        if b"\x1b" in data and _ISO2022.search(data) and _try(data, "iso-2022-jp"):
            return data.decode("iso-2022-jp"), "iso-2022-jp"
        return data.decode("ascii"), "ascii"
    utf8 = _utf8(data, declared == "utf-8")
    if utf8 is not None:
        return utf8, "utf-8"
    if declared and declared.startswith(("utf-16", "utf-32")):
        declared = None  # real UTF-16/32 was recognised above (BOM or NUL pattern); bytes here are 8-bit
    if declared and declared not in _SINGLE + _MULTI and _try(data, declared):
        # A code page modelled here only roughly or not at all (Hebrew, Thai, Baltic, Korean...): the
        # scores cannot overrule its declaration, so it is taken at its word when the bytes fit it.
        return data.decode(declared), declared
    enc = _best_legacy(data, declared)
    if enc is None:
        enc = _charset_normalizer(data)
    if enc is None:
        raise InputError(f"{name}: cannot tell its text encoding (it is neither UTF-8 nor a common legacy "
                         "encoding); save it as UTF-8")
    return data.decode(enc), enc


def _try(data: bytes, enc: str) -> bool:
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return False
    return True


def _utf8(data: bytes, declared: bool = False) -> str | None:
    """The UTF-8 reading when the bytes are UTF-8, tolerating a cut-off last character or rare stray bytes.

    A page that `declared` UTF-8 keeps it with a few stray bytes (one in a thousand at most) as long as its
    other non-ASCII bytes are valid UTF-8: an English page has few multibyte characters (curly quotes), so
    one stray byte must not turn all of them into mojibake. A page whose declaration lies (legacy bytes
    throughout) has far more invalid bytes than that."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data.decode("utf-8", "replace")  # a truncated download: only the last character is lost
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = len(data) - len(text) + bad  # bytes beyond the first of each valid multibyte character
    if declared and 1000 * bad <= len(data) and multibyte >= bad:
        return text
    return text if multibyte >= 50 * bad else None  # mostly UTF-8 with a few foreign bytes pasted in


@dataclass(frozen=True)
class _Stats:
    """Byte statistics of a sample, computed once and shared by every single-byte candidate."""

    counts: Counter[int]  # non-ASCII byte -> occurrences
    pairs: Counter[bytes]  # adjacent non-ASCII byte pairs (a sample of them) -> occurrences
    total: int  # non-ASCII bytes
    mixed: float  # share of non-ASCII bytes touching an ASCII letter ("Grüße", "zażółć")
    singles: float  # share of non-ASCII bytes alone between ASCII bytes

    @classmethod
    def of(cls, sample: bytes) -> _Stats:
        high = sample.translate(None, bytes(range(128)))
        total = len(high)
        return cls(Counter(high), Counter(_HIGH_PAIR.findall(sample)), total,
                   len(_TOUCHES_LETTER.findall(sample)) / total, len(_SINGLE_HIGH.findall(sample)) / total)


_TOUCHES_LETTER = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")
_SINGLE_HIGH = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")
_HIGH_PAIR = re.compile(rb"[\x80-\xff]{2}")


def _best_legacy(data: bytes, declared: str | None) -> str | None:
    cut = data.find(b"\n", 262144)
    sample = data if cut < 0 else data[: cut + 1]  # ends between characters in any ASCII-compatible encoding
    stats = _Stats.of(sample)
    # A few bytes could be two "ideographs" by chance: multibyte readings need some evidence first.
    candidates = list(_SINGLE + (_MULTI if stats.total >= 8 else ()) + (_RARE if stats.total >= 50 else ()))
    if declared and declared not in candidates and declared != "utf-8":
        candidates.append(declared)
    scored: list[tuple[float, int, str]] = []
    for order, enc in enumerate(candidates):
        if enc in _SINGLE or enc in _RARE:
            table = _table(enc)
            if any(table[b - 128] is None for b in stats.counts):
                continue
            score = _score_single(table, stats)
        else:
            try:
                text = sample.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
            score = _score_multi(text) - 3.0 * max(0.0, stats.singles - 0.5)  # CJK characters take 2+ bytes
        score += (_PRIOR.get(enc, 0.0) + (_DECLARED_BONUS if enc == declared else 0.0)) / stats.total
        scored.append((score, -order, enc))
    ranked = [enc for score, _, enc in sorted(scored, reverse=True) if score >= -1.0 and _try(data, enc)]
    best = max(scored)[0] if scored else -9.0
    if stats.total >= 100 and best < 0.8:
        # Many non-ASCII bytes yet no convincing reading: maybe a script modelled here only roughly
        # (Thai, Vietnamese...). charset-normalizer knows those; trust it only for them.
        other = _charset_normalizer(data)
        if other and other not in _SINGLE + _MULTI + _RARE:
            return other
        if best < 0.2:
            return other
    return ranked[0] if ranked else None


@cache
def _table(enc: str) -> tuple[str | None, ...]:
    out: list[str | None] = []
    for b in range(128, 256):
        try:
            out.append(bytes([b]).decode(enc))
        except UnicodeDecodeError:
            out.append(None)
    return tuple(out)


def _score_single(table: tuple[str | None, ...], stats: _Stats) -> float:
    """Mean naturalness of the characters the non-ASCII bytes become, less penalties for implausible shapes."""
    weighted = 0.0
    latin = other = upper = 0
    for b, n in stats.counts.items():
        ch = table[b - 128]
        assert ch is not None
        weighted += _weight(ch) * n
        if ch.isalpha():
            if unicodedata.name(ch, "").startswith("LATIN"):
                latin += n
            else:
                other += n
            if ch.isupper():
                upper += n
    # Latin letters arrive one or two at a time inside ASCII words; other alphabets fill whole words,
    # and one of their letters alone between ASCII bytes is rarely a word.
    penalty = latin * max(0.0, (1 - stats.singles) - 0.6) + other * max(0.0, max(stats.mixed, stats.singles) - 0.3)
    # A capital right after a small letter ("пРИВЕТ", "αΗν") is how a wrong code page looks.
    paired = sum(stats.pairs.values())
    if paired:
        flips = sum(n for pair, n in stats.pairs.items() if _case_flip(table, pair))
        penalty += stats.total * flips / paired
    # Prose is mostly small letters; a reading in capitals is suspect (but an all-caps text can still win).
    shouting = max(0.0, upper / (latin + other) - 0.5) if latin + other else 0.0
    return (weighted - 3.0 * penalty) / stats.total - 0.5 * shouting


def _case_flip(table: tuple[str | None, ...], pair: bytes) -> bool:
    first, second = table[pair[0] - 128], table[pair[1] - 128]
    return first is not None and second is not None and first.islower() and second.isupper()


def _score_multi(text: str) -> float:
    counts = Counter(ch for ch in text if ch >= "\x80")
    n = sum(counts.values())
    if not n:
        return -1.0
    return sum(_cjk_weight(ch) * k for ch, k in counts.items()) / n


_RUSSIAN = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
_GREEK = "αοιετσνηυρπκμλωγδχθφβζξψ"
_KAZAKH = "әіұқңғүөһ"
_UKRAINIAN = "їєґў"  # and Belarusian ў
_SOUTH_SLAVIC = "ђѓљњќћџјѕ"  # rare in our languages; typical of Kazakh or Ukrainian misread as windows-1251
_LATIN_COMMON = "éèàçêâôîûëïüöäßñáíóúãõåæøœąćęłńśźżšžčřěůýğış"
_LATIN_RARE = "ðþìòùÿťďňľĺŕőűăâșțţ"
_PUNCT = "«»“”„‘’‚–—…•№°©®™§·€\u00a0\u2009\u202f†"


@lru_cache(maxsize=4096)
def _weight(ch: str) -> float:
    """How natural a character is in running text: frequent letters high, symbols and controls negative."""
    low = ch.lower()
    upper = ch != low
    if low in _RUSSIAN:
        w = 2.0 - 1.4 * _RUSSIAN.index(low) / len(_RUSSIAN)
    elif low in _KAZAKH or low in _UKRAINIAN:
        w = 1.1
    elif low in _SOUTH_SLAVIC:
        w = -0.5
    elif low in _LATIN_COMMON:
        return 0.5 if upper else 1.2
    elif low in _LATIN_RARE:
        return 0.2 if upper else 0.4
    elif "\u03ac" <= low <= "\u03ce" or low == "\u0390":
        base = unicodedata.normalize("NFD", low)[0].replace("ς", "σ")
        w = 2.0 - 1.4 * _GREEK.index(base) / len(_GREEK) if base in _GREEK else 0.4
        return w - 0.0 if upper else w  # capitals with tonos start many Greek words: a smaller handicap
    elif ch in _PUNCT:
        return 0.5
    elif ch in "¼½¾¦\u00ad":  # fractions, the broken bar and the soft hyphen do occur in text
        return 0.0
    elif "\u0590" <= ch <= "\u06ff":
        return 1.3  # Hebrew and Arabic letters (no case)
    elif ch.isalpha():
        w = 0.2
    elif "\u2500" <= ch <= "\u259f" or unicodedata.category(ch)[0] == "C":
        return -4.0
    elif unicodedata.category(ch) == "Sc" and ch != "¤":
        return 0.8
    elif unicodedata.category(ch) in ("Pi", "Pf", "Pd", "Ps", "Pe") or ch in "¡¿":
        return 0.3
    else:
        return -2.0
    return w - 0.0 if upper else w


# The most frequent Chinese characters (simplified and traditional) and Japanese kanji: a right decoding
# of CJK text is mostly made of them, a wrong one of rare characters.
_FREQUENT_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道"
    "行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意"
    "无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什"
    "二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义"
    "各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金"
    "指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求"
    "据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林"
    "服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整"
    "府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广"
    "显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维"
    "革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故"
    "按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状"
    "們個這來為國說時會過對於後發經現動學開還與無關見點將長問從當種麼義產頭實樣氣進機業電體兩應間裡條總變區記"
    "聽東話軍戰處師書數報華讓認務識決幾網選議員萬邊設標單聯車場達論帶傳題紅門視聞際陸統價團興歷導術據權斷層節"
    "購熱轉類親觀護環備極讀錢結強張隊質鐵響號則圖灣臺錄愛歲壓臺灣黨總統銀萬韓歐鄉葉無醫藥術師們於與員達"
    "駅円込気売楽関図広応済県続働様読語検"
)


@lru_cache(maxsize=65536)
def _cjk_weight(ch: str) -> float:
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return 2.0 if ch in _FREQUENT_HAN else 0.5
    if 0x3040 <= o <= 0x309F:
        return 2.0  # hiragana
    if 0x30A0 <= o <= 0x30FF:
        return 1.5  # katakana
    if 0xAC00 <= o <= 0xD7A3:
        return 1.2  # hangul syllables
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
        return 1.0  # CJK and full-width punctuation
    if 0xFF61 <= o <= 0xFF9F:
        return -1.0  # half-width katakana: rare in real text, common in misreadings
    if 0xE000 <= o <= 0xF8FF or 0x3400 <= o <= 0x4DBF or o > 0xFFFF:
        return -3.0  # private use and rare extensions
    return min(_weight(ch), 0.3)


def _charset_normalizer(data: bytes) -> str | None:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:262144]).best()
    if best is None or best.chaos > 0.3:
        return None
    enc = canonical_charset(best.encoding)
    return enc if enc and _try(data, enc) else None
