"""Kazakh written in the Latin alphabet, compared with Kazakh written in Cyrillic.

Kazakhstan is moving its writing to a Latin alphabet (the 2021 version: ä ğ ı ñ ö ş ū ü q), and partners
republish Cyrillic articles in it (and Cyrillic partners copy outlets that already write in Latin). A
transliterated copy shares no word key with its original (`normalize` folds look-alike letters, not
alphabets), so when a Kazakh original meets a page written in the other alphabet, both texts are re-keyed
through one Latin skeleton: Cyrillic letters are transliterated, diacritics dropped, and the spellings the
Latin versions disagree on (ш = ş / sh, ч = ç / ch, ц = ts / c, я = ia / ya / ä, ю = iu / yu / ü) merged.
Offsets are those of the texts themselves: only the keys change.

    >>> skeleton("Қазақстан"), skeleton("Qazaqstan"), skeleton("шаңырақ") == skeleton("şañyraq")
    ('qazaqstan', 'qazaqstan', True)
    >>> skeleton("бюджет") == skeleton("büdjet") == skeleton("biudjet")
    True
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import _DELETE_FORMAT, Tokens, fold
from .stopwords import CYRILLIC_WORDS

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


# Latin and Cyrillic letters that look alike (one inside a word of the other script disguises it).
_PAIRS = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "i": "і", "h": "һ",
          "m": "м", "t": "т", "b": "в"}
_TO_CYRILLIC = str.maketrans(_PAIRS)
_TO_LATIN = str.maketrans({c: latin for latin, c in _PAIRS.items()})
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_EVIDENCE = 8  # distinct words of 4+ letters, Latin on the page and Cyrillic in the original, with one skeleton


def skeleton(word: str) -> str:
    """The key of a Kazakh word in either alphabet: format characters dropped, compatibility forms and case
    folded, look-alike letters read in the script of the rest of the word, Cyrillic transliterated, no
    diacritics."""
    w = unicodedata.normalize("NFKC", word.translate(_DELETE_FORMAT)).casefold()
    if not w.isascii():
        cyrillic = len(_CYRILLIC_LETTER.findall(w))
        if 0 < cyrillic < len(w):  # a word in two scripts: the look-alikes are of the script most letters use
            w = w.translate(_TO_CYRILLIC if 2 * cyrillic > len(w) else _TO_LATIN)
    w = w.translate(_CYRILLIC).translate(_DOTLESS)
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_TO[m.group()], w)


def kazakh_latin_pair(original: Tokens, page: Tokens) -> bool:
    """Whether `original` is Kazakh in one alphabet (Cyrillic or Latin) and `page` holds some of its words
    written in the other (8 distinct words of 4 letters or more), so that text in other Latin alphabets
    (German, Turkish) or Russian added to a page never switches the comparison."""
    if len(_KAZAKH_CYRILLIC.findall(original.text)) >= _LATIN_LETTERS_MIN and (  # the shorter text first
            len(_KAZAKH_LATIN.findall(page.text)) >= _LATIN_LETTERS_MIN and _shared_skeletons(original, page)):
        return True
    if len(_KAZAKH_LATIN.findall(original.text)) >= _LATIN_LETTERS_MIN:  # a Latin original copied in Cyrillic
        return len(_KAZAKH_CYRILLIC.findall(page.text)) >= _LATIN_LETTERS_MIN and _shared_skeletons(page, original)
    return False


def _shared_skeletons(cyrillic: Tokens, latin: Tokens) -> bool:
    """Whether 8 distinct words of 4 letters or more written in Latin letters in `latin` have the skeleton of a
    word written in Cyrillic letters in `cyrillic`."""
    theirs = {skeleton(w) for w in _words(cyrillic) if len(w) >= 4 and 2 * len(_CYRILLIC_LETTER.findall(w)) > len(w)}
    mine = {w for w in _words(latin)
            if len(w) >= 4 and _latin_or_cyrillic(w) and 2 * len(_CYRILLIC_LETTER.findall(w)) < len(w)}
    return sum(skeleton(w) in theirs for w in mine) >= _EVIDENCE


def _words(tokens: Tokens) -> set[str]:
    text = tokens.text
    return {text[a:b] for a, b in zip(tokens.starts, tokens.ends, strict=True)}


def rekey(tokens: Tokens) -> Tokens:
    """`tokens` with every key replaced by the skeleton of its word (same text and offsets); a Kazakh or
    Russian function word gets its usual key, so it stays a stop word. Words of scripts other than Latin and
    Cyrillic keep their key."""
    text = tokens.text
    cache: dict[str, str] = {}
    keys = []
    for key, start, end in zip(tokens.keys, tokens.starts, tokens.ends, strict=True):
        word = text[start:end]
        got = cache.get(word)
        if got is None:
            if _latin_or_cyrillic(word):
                sk = skeleton(word)
                got = _FUNCTION.get(sk, sk)
            else:
                got = key
            cache[word] = got
        keys.append(got)
    return Tokens(text, tuple(keys), tokens.starts, tokens.ends)


def _latin_or_cyrillic(word: str) -> bool:
    return word.isascii() or all(c < "\u0530" or "\u1e00" <= c < "\u1f00" or c in _FORMAT_CHARS for c in word)


_FORMAT_CHARS = frozenset(chr(cp) for cp in _DELETE_FORMAT)
_FUNCTION = {skeleton(w): fold(w) for w in CYRILLIC_WORDS}  # skeleton -> the stop word's usual key
