"""Text normalisation and tokenisation with offsets that map back to the un-normalised text.

Words are runs of Unicode letters and digits; Han, kana and other scripts written without spaces are
one token per character. Keys are folded (NFKC, case, homoglyphs, format characters removed) so that
disguised copies compare equal to their source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Tokens", "count_words", "tokenize"]

_TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+")


@dataclass(frozen=True)
class Tokens:
    """Tokens of a text: folded `keys` and the `starts`/`ends` character offsets of each in the text."""

    text: str
    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.keys)


def tokenize(text: str) -> Tokens:
    """Split `text` into folded tokens with their offsets."""
    ms = list(_TOKEN.finditer(text))
    return Tokens(text, tuple(m.group().casefold() for m in ms), tuple(m.start() for m in ms),
                  tuple(m.end() for m in ms))


def count_words(text: str) -> int:
    """Number of words (characters, for scripts without spaces) in `text`."""
    return len(tokenize(text))
