"""Text normalisation and tokenisation with offsets that map back to the un-normalised text.

Words are runs of Unicode letters and digits (combining marks stay inside the word, and invisible format
characters such as zero-width spaces or soft hyphens inside a word neither split it nor reach its key).
Han, kana, Thai and other scripts written without spaces are one token per character. On ordinary text the
word count equals ``len(re.findall(r"[\\u4e00-\\u9fff\\u3400-\\u4dbf]|[^\\W_]+", text))``.

Keys are folded so that disguised copies compare equal to their source: format characters removed, NFKC,
case folded, diacritics dropped (ё = е, é = e; Kazakh ә ғ қ ң ө ұ ү і count as а г к н о у у и, as typed on a
Russian keyboard), Cyrillic/Greek letters that look like Latin ones mapped to that Latin letter (on both
sides, so a Russian word and its homoglyph-spoofed copy share one skeleton), and Traditional Chinese
characters read as their Simplified forms (`hanzi`).

    >>> t = tokenize("Сit\\u200by hall, 北京!")
    >>> t.keys, list(t.starts), list(t.ends)
    (('city', 'hall', '北', '京'), [0, 6, 12, 13], [5, 10, 13, 14])
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import add, contains, is_

from .hanzi import T2S

__all__ = ["Tokens", "count_words", "fold", "has_unspaced", "is_unspaced", "tokenize"]

# Invisible characters that disguise a copy when put inside a word: Unicode's Default_Ignorable_Code_Point set
# (soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian
# variation selectors and vowel separator, zero-width space/joiners, LRM/RLM, bidi embeddings, overrides and
# isolates, word joiner and invisible operators, variation selectors, byte-order mark, shorthand format
# controls, musical formatting, tag characters), which a font draws as nothing.
_IGNORABLE = ((0xAD, 0xAD), (0x34F, 0x34F), (0x61C, 0x61C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
              (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F),
              (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
              (0xE0000, 0xE0FFF))
_FORMAT_BMP = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _IGNORABLE if b < 0x10000)
_FORMAT_ASTRAL = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _IGNORABLE if a >= 0x10000)
_FORMAT = _FORMAT_BMP + _FORMAT_ASTRAL
# Scripts written without spaces between words: one token per character.
_NOSPACE = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # Hiragana, Katakana (and half-width)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"  # Han
)


_UNSPACED = re.compile(f"[{_NOSPACE}]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def is_unspaced(key: str) -> bool:
    """Whether a token is one character of a script written without spaces (a Han character, say)."""
    return len(key) == 1 and _UNSPACED.match(key) is not None


def has_unspaced(text: str) -> bool:
    """Whether `text` holds any character of a script written without spaces (one search in C)."""
    return _UNSPACED.search(text) is not None


def _mark_class() -> str:
    """The combining marks (Mn, Mc, Me) of the Basic Multilingual Plane as a regex class body."""
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_MARKS = _mark_class()
_WORD = f"[^\\W_{_NOSPACE}]"  # a letter or digit of a spaced script
# Runs of letters or marks, matched a run at a time and possessively (no backtracking into a run): the same
# tokens as one character at a time, about a third faster.
_LETTERS_OR_MARKS = f"(?:{_WORD}++|[{_MARKS}]++)"
_GENERAL = re.compile(
    f"([{_NOSPACE}][{_MARKS}]*+|{_WORD}{_LETTERS_OR_MARKS}*+(?:[{_FORMAT}]++{_LETTERS_OR_MARKS}++)*+)")
# Most texts hold no mark, format character or unspaced script: then a plain word pattern is exact and
# about twice as fast.
# (The ignorable characters beyond the Basic Multilingual Plane are looked for only in a text holding such
# characters: each range in a class costs every character a comparison, and they doubled the search's time.)
_SPECIAL = re.compile(f"[{_FORMAT_BMP}{_NOSPACE}{_MARKS}]")
_ASTRAL_FORMAT = re.compile(f"[{_FORMAT_ASTRAL}]")
_COMPACT = sys.getsizeof("\u00e9") - 2  # a non-ASCII str's header: CPython stores (length + 1) * width bytes after it


def _wide(text: str) -> bool:
    """Whether `text` holds a character beyond the Basic Multilingual Plane: CPython stores such a text four bytes
    a character (read off its size, without a pass over it; elsewhere every text is taken to be wide)."""
    return sys.implementation.name != "cpython" or sys.getsizeof(text) - _COMPACT >= 4 * (len(text) + 1)
_PLAIN = re.compile(r"(\w+)")
_PLAIN_NO_UNDERSCORE = re.compile(r"([^\W_]+)")

_DELETE_FORMAT: dict[int, None] = dict.fromkeys(cp for a, b in _IGNORABLE for cp in range(a, b + 1))
# Before NFKC, which makes the lunate sigma (a "c" in a disguised copy) a Greek sigma: as the letter it looks like.
_LUNATE = {0x3F2: "c", 0x3F9: "C"}
_BEFORE_NFKC: dict[int, str | None] = {**_DELETE_FORMAT, **_LUNATE}
# A combining accent written after a Latin, Greek or Cyrillic letter (a stress mark, or one added to disguise
# a copy): dropped like a precomposed letter's (NFD leaves such a pair as it is).
_MARKED_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f][\u0300-\u036f\u0483-\u0489]")
# Greek capitals whose lower-case form looks like another Latin letter (H/η~n, N/ν~v): folded before casefold.
_BEFORE_CASEFOLD = str.maketrans({"Η": "H", "Ν": "N"})
# After casefold: Cyrillic and Greek letters that look like a Latin letter in either case.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y",
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c",
    "ı": "i", "ɑ": "a", "ɡ": "g", "ℓ": "l", "ɩ": "i", "ϳ": "j",
    # Small capitals (which NFKC keeps), as the letter each stands for (ᴛ ᴍ ʙ pass for т м в too).
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l",
    "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y",
    "ᴢ": "z", "ᴎ": "i", "ᴦ": "г", "ᴨ": "п", "ᴫ": "л",
    # Armenian letters that pass for Latin ones.
    "օ": "o", "ո": "n", "հ": "h", "ս": "u", "ց": "g", "ք": "p", "զ": "q",
    # Kazakh letters folded like diacritics to the base letter a Russian keyboard types for them (and the
    # Latin schwa and barred o often typed for ә and ө), then to that letter's skeleton as above.
    "ә": "a", "ə": "a", "ǝ": "a", "ө": "o", "ɵ": "o", "қ": "k", "ң": "h", "ұ": "y", "ғ": "г",
    # ... and і, typed as the Russian и (and so every и, й included, shares its key with і).
    "и": "i",
})


def fold(word: str) -> str:
    """The comparison key of one raw word: format characters removed, NFKC, casefold, no diacritics, and
    Cyrillic/Greek look-alikes mapped to Latin.

        >>> fold("Рrеss"), fold("ПРЕСС") == fold("пресс"), fold("Éte\\u00adté")
        ('press', True, 'etete')
    """
    if word.isascii():
        return word.lower()
    w = unicodedata.normalize("NFKC", word.translate(_BEFORE_NFKC)).translate(_BEFORE_CASEFOLD).casefold()
    if not w.isascii():
        d = unicodedata.normalize("NFD", w)
        if len(d) != len(w) or d != w or _MARKED_LETTER.search(w) is not None:
            w = unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))
        w = w.translate(_HOMOGLYPHS)
        if _HAN.search(w) is not None:
            w = w.translate(T2S)
    return w


class _Marks(dict[int, int | None]):
    """str.translate table deleting combining characters (canonical combining class > 0), filled on demand."""

    def __missing__(self, cp: int) -> int | None:
        out = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = out
        return out


_STRIP_MARKS = _Marks()


def _replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """`text` with each character of `pairs` replaced. A chain of str.replace calls scans in C at memory speed,
    where str.translate with a dict costs a dictionary lookup per character (15 times slower on a page)."""
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


_HAS_FORMAT = re.compile(f"[{_FORMAT}]")
_BEFORE_CASEFOLD_PAIRS = (("Η", "H"), ("Ν", "N"))
_HOMOGLYPH_PAIRS = tuple((chr(cp), str(to)) for cp, to in _HOMOGLYPHS.items())


def _fold_many(words: list[str]) -> list[str]:
    """`[fold(w) for w in words]`, computed on the words joined by line breaks so that each step is one pass
    in C over all of them (no word holds a line break, and no step creates or removes one)."""
    if not words:
        return []
    joined = "\n".join(words)
    if joined.isascii():
        return joined.lower().split("\n")
    if _HAS_FORMAT.search(joined) is not None:
        joined = _HAS_FORMAT.sub("", joined)
    if "\u03f2" in joined or "\u03f9" in joined:
        joined = joined.translate(_LUNATE)
    folded = _replace_each(unicodedata.normalize("NFKC", joined), _BEFORE_CASEFOLD_PAIRS).casefold()
    out = folded.split("\n")
    if len(out) != len(words):  # a compatibility form holding a line break: never seen, but be exact
        return [fold(w) for w in words]
    # Some word has a diacritic to drop (precomposed, or written as a combining accent after its letter).
    if unicodedata.normalize("NFD", folded) != folded or _MARKED_LETTER.search(folded) is not None:
        for k, w in enumerate(out):
            if not w.isascii():
                d = unicodedata.normalize("NFD", w)
                if d != w or _MARKED_LETTER.search(w) is not None:
                    out[k] = unicodedata.normalize("NFC", d.translate(_STRIP_MARKS))
        folded = "\n".join(out)
    folded = _replace_each(folded, _HOMOGLYPH_PAIRS)
    if _HAN.search(folded) is not None:
        folded = folded.translate(T2S)  # Traditional Chinese characters as their Simplified forms
    return folded.split("\n")


_CACHE: dict[str, str] = {}  # raw word -> key, filled for the words of each text not seen before
_INTERNED: dict[str, str] = {}  # key -> the one string object for it (equal keys compare by identity)
_CACHE_LIMIT = 2_000_000  # a long-running process must not grow without bound


def _keys(words: list[str]) -> tuple[str, ...]:
    """Keys of `words`: one dictionary lookup per word; the words not seen before are folded together."""
    keys = tuple(map(_CACHE.get, words))
    if all(keys):  # (a truth test per item in C; `None in keys` would compare each key with None)
        return keys  # type: ignore[return-value]  # (no None: every word was known)
    todo = list(set(compress(words, map(is_, keys, repeat(None)))))
    if len(_CACHE) + len(todo) > _CACHE_LIMIT:
        _CACHE.clear()
        _INTERNED.clear()
    folded = _fold_many(todo)
    _CACHE.update(zip(todo, map(_INTERNED.setdefault, folded, folded), strict=True))
    return tuple(map(_CACHE.__getitem__, words))


@dataclass(frozen=True)
class Tokens:
    """Tokens of a text: folded `keys` and the `starts`/`ends` character offsets of each in the text.

    Offsets index `text` itself (not a normalised copy); `ends` are exclusive. They are compact
    `array('I')` values (indexable and sliceable like tuples) so that a page of a million words stays small.
    """

    text: str
    keys: tuple[str, ...]
    starts: Sequence[int]
    ends: Sequence[int]

    def __len__(self) -> int:
        return len(self.keys)


# Mask of a text for the split-based tokenisers: ASCII letters and digits lower-cased (their key), any other
# word character as _WORDY, every other character as a space. str.translate of an ASCII string with an
# ASCII-to-ASCII table runs in C at memory speed.
_WORDY = "\x01"
_ASCII_MASK = str.maketrans({c: (c.lower() if c.isalnum() else " ") for c in map(chr, range(128))})
_ASCII_MASK_WORDY = {**_ASCII_MASK, ord(_WORDY): _WORDY}
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# Above this share of non-ASCII characters (Cyrillic, Greek, ...) the regular expression is cheaper than masking.
_MASK_MAX_SHARE = 0.125


def _split_mask(mask: str) -> tuple[list[str], array[int], array[int]]:
    """Words of a mask (runs of non-spaces) with their offsets: str.split on the one separator gives empty
    parts between adjacent separators, so a part's offset is the running sum of the lengths before it plus
    its index (all in C)."""
    parts = mask.split(" ")
    lens = list(map(len, parts))
    words = list(filter(None, parts))
    starts = array("I", compress(accumulate(map(add, lens, repeat(1)), initial=0), lens))
    ends = array("I", map(add, starts, map(len, words)))
    return words, starts, ends


def _tokenize_masked(text: str) -> Tokens | None:
    """Tokens of a text whose words are runs of letters and digits (no mark, format character or unspaced
    script), from a mask split in C; None when the text is not suited (mostly non-ASCII, or holding the
    mask's own placeholder), for the regular expression to do it."""
    if text.isascii():
        words, starts, ends = _split_mask(text.translate(_ASCII_MASK))
        return Tokens(text, tuple(words), starts, ends)
    # The share of non-ASCII characters from an encoding that drops them, then those characters by deleting
    # the ASCII runs: both in C, faster than a search for the non-ASCII ones.
    if len(text) - len(text.encode("ascii", "ignore")) > _MASK_MAX_SHARE * len(text) or _WORDY in text:
        return None
    chars = set(_ASCII_RUNS.sub("", text))
    if _SPECIAL.search("".join(chars)) is not None or _ASTRAL_FORMAT.search("".join(chars)) is not None:
        return None
    mask = text
    letters = False
    for c in chars:  # one pass in C per distinct non-ASCII character (a few in an English text)
        letter = c.isalnum()
        letters |= letter
        mask = mask.replace(c, _WORDY if letter else " ")
    words, starts, ends = _split_mask(mask.translate(_ASCII_MASK_WORDY))
    # A word holding a non-ASCII letter is folded from its raw text; the others' mask is their key.
    if letters:
        wordy = list(compress(count(), map(contains, words, repeat(_WORDY))))
        raw = list(map(text.__getitem__, map(slice, map(starts.__getitem__, wordy), map(ends.__getitem__, wordy))))
        for k, key in zip(wordy, _keys(raw), strict=True):
            words[k] = key
    return Tokens(text, tuple(words), starts, ends)


def tokenize(text: str) -> Tokens:
    """Split `text` into folded tokens with their character offsets in `text`."""
    fast = _tokenize_masked(text)
    if fast is not None:
        return fast
    if _SPECIAL.search(text) is not None or (_wide(text) and _ASTRAL_FORMAT.search(text) is not None):
        pattern = _GENERAL
    elif "_" in text:
        pattern = _PLAIN_NO_UNDERSCORE
    else:
        pattern = _PLAIN
    # split() with a capturing group alternates separator, word, separator, ...: the running sum of
    # their lengths gives every offset without a Python-level loop.
    parts = pattern.split(text)
    words = parts[1::2]
    offsets = array("I", accumulate(map(len, parts), initial=0))  # "I" converts 3x faster than "i"
    del parts
    keys = _keys(words)
    return Tokens(text, keys, offsets[1:-1:2], offsets[2::2])


def count_words(text: str) -> int:
    """Number of words (characters, for scripts without spaces) in `text`."""
    return len(tokenize(text))
