"""Kazakh written in the Latin alphabet, compared with Kazakh written in Cyrillic.

Kazakhstan is moving its writing to a Latin alphabet (the 2021 version: ä ğ ı ñ ö ş ū ü q), and partners
republish Cyrillic articles in it. A transliterated copy shares no word key with its original (`normalize`
folds look-alike letters, not alphabets), so when a Cyrillic Kazakh original meets a page written in Kazakh
Latin, both texts are re-keyed through one Latin skeleton: Cyrillic letters are transliterated, diacritics
dropped, and the spellings the Latin versions disagree on (ш = ş / sh, ч = ç / ch, ц = ts / c, я = ia / ya /
ä, ю = iu / yu / ü) merged. Offsets are those of the texts themselves: only the keys change.

    >>> skeleton("Қазақстан"), skeleton("Qazaqstan"), skeleton("шаңырақ") == skeleton("şañyraq")
    ('qazaqstan', 'qazaqstan', True)
    >>> skeleton("бюджет") == skeleton("büdjet") == skeleton("biudjet")
    True
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import Tokens

__all__ = ["kazakh_latin_pair", "rekey", "skeleton"]

_CYRILLIC = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
    "и": "i", "й": "i", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "c",
    "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})
# Latin spellings merged into the skeleton's single letters (longest first: "shch" before "sh").
# я and ю are written ia / ya / ä and iu / yu / ü: the skeleton keeps their vowel only.
_DIGRAPHS = re.compile(r"shch|sch|sh|ch|ts|zh|kh|[iy][auo]|w")
_DIGRAPH_TO = {"shch": "s", "sch": "s", "sh": "s", "ch": "c", "ts": "c", "zh": "j", "kh": "h", "w": "u",
               **{f"{i}{v}": v for i in "iy" for v in "auo"}}
_DOTLESS = str.maketrans({"ı": "i", "ç": "c"})
# Letters of the Kazakh Latin alphabets that English and Russian text do not use, and Kazakh Cyrillic letters.
_KAZAKH_LATIN = re.compile(r"[äğıñöşūüÄĞÑÖŞŪÜ]")
_KAZAKH_CYRILLIC = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LATIN_LETTERS_MIN = 8  # letters: a page naming one Kazakh place in Latin letters is not written in them


def skeleton(word: str) -> str:
    """The key of a Kazakh word in either alphabet: lower case, Cyrillic transliterated, no diacritics."""
    w = word.casefold().translate(_CYRILLIC).translate(_DOTLESS)
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_TO[m.group()], w)


def kazakh_latin_pair(original: str, page: str) -> bool:
    """Whether `original` is Kazakh in Cyrillic letters and `page` holds Kazakh written in Latin letters."""
    if len(_KAZAKH_LATIN.findall(page)) < _LATIN_LETTERS_MIN:
        return False
    return len(_KAZAKH_CYRILLIC.findall(original)) >= _LATIN_LETTERS_MIN


def rekey(tokens: Tokens) -> Tokens:
    """`tokens` with every key replaced by the skeleton of its word (same text and offsets). Words of scripts
    other than Latin and Cyrillic keep their key."""
    text = tokens.text
    cache: dict[str, str] = {}
    keys = []
    for key, start, end in zip(tokens.keys, tokens.starts, tokens.ends, strict=True):
        word = text[start:end]
        got = cache.get(word)
        if got is None:
            got = cache[word] = skeleton(word) if _latin_or_cyrillic(word) else key
        keys.append(got)
    return Tokens(text, tuple(keys), tokens.starts, tokens.ends)


def _latin_or_cyrillic(word: str) -> bool:
    return word.isascii() or all(c < "\u0530" or "\u1e00" <= c < "\u1f00" for c in word)
