"""Tokens and keys: word boundaries agree with the benchmark's definition, offsets index the raw text,
and keys see through case, width, diacritics, homoglyphs and invisible characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reuse_guard.hanzi import T2S
from reuse_guard.normalize import count_words, fold, tokenize

TRUTH = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+")

ORDINARY = [
    "The port reopened on Thursday, and the first barge tied up at 11:45 (local time).",
    "Порт на излучине Керей открылся в четверг; первая баржа пришла в 11:45.",
    "Керей иіріміндегі порт бейсенбі күні қайта ашылды, алғашқы баржа түске дейін келді.",
    "Port w zakolu Kerej został otwarty w czwartek — pierwsza barka przypłynęła przed południem.",
    "克雷河湾的老港口周四重新开放，第一艘驳船在中午前靠岸。",
    "snake_case_names and e-mail addresses: dana.omarova@herald.example, 3.5% of 2,000",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_word_count_agrees_with_benchmark_truth(text: str) -> None:
    assert count_words(text) == len(TRUTH.findall(text))


@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 _.,;-\n\tйцуӘғқңөұүһі'\"«»—")), max_size=80))
@settings(max_examples=200, deadline=None)
def test_word_count_agrees_on_random_spaced_text(text: str) -> None:
    assert count_words(text) == len(TRUTH.findall(text))


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_offsets_are_ordered_and_index_the_raw_text(text: str) -> None:
    t = tokenize(text)
    assert len(t.keys) == len(t.starts) == len(t.ends) == len(t)
    previous_end = 0
    for key, start, end in zip(t.keys, t.starts, t.ends, strict=True):
        assert previous_end <= start < end <= len(text)
        assert key == fold(text[start:end])
        previous_end = end


def test_offsets_point_at_the_words() -> None:
    text = "  Harbour master, Dana!"
    t = tokenize(text)
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)] == ["Harbour", "master", "Dana"]
    assert t.keys == ("harbour", "master", "dana")


def test_kazakh_letters_are_letters() -> None:
    t = tokenize("Қазақстан әңгіме ғалым құс өнер ұлт үй һәм ішкі")
    assert len(t) == 9
    assert t.keys[0] == fold("ҚАЗАҚСТАН")


def test_scripts_without_spaces_are_one_token_per_character() -> None:
    assert tokenize("港口重新开放").keys == tuple("港口重新开放")
    assert len(tokenize("ひらがなカタカナ")) == 8
    assert len(tokenize("ภาษาไทย")) == 7
    assert len(tokenize("กั้น")) == 2  # Thai combining vowel and tone marks stay with their consonant


def test_combining_marks_stay_inside_the_word() -> None:
    t = tokenize("cafe\u0301 au lait")
    assert len(t) == 3
    assert t.keys[0] == "cafe" == fold("café")


def test_a_combining_accent_without_a_precomposed_letter_is_dropped() -> None:
    # Stress marks on Cyrillic vowels (no precomposed form): the key is the plain word, in both folds.
    text = "Ре\u0301ставрацию о\u0301платят из бю\u0301джета"
    assert tokenize(text).keys == tokenize("Реставрацию оплатят из бюджета").keys
    assert fold("бю\u0301джета") == fold("бюджета")
    assert fold("й") == fold("и\u0306")  # a letter's own mark folds as before


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e",
                                       "\u202d", "\u202c", "\u2066", "\u2069", "\u061c",
                                       # the rest of Unicode's default-ignorable characters (red team): combining
                                       # grapheme joiner, variation selectors, Mongolian vowel separator and
                                       # selector, Hangul fillers, tag characters, musical and shorthand controls
                                       "\u034f", "\ufe0e", "\ufe0f", "\u180e", "\u180b", "\u3164", "\u115f",
                                       "\uffa0", "\U000e0061", "\U000e0001", "\U0001d173", "\U0001bca0", "\u206a"])
def test_format_characters_inside_a_word_neither_split_it_nor_reach_the_key(invisible: str) -> None:
    t = tokenize(f"re{invisible}opened the port")
    assert t.keys == ("reopened", "the", "port")
    assert (t.starts[0], t.ends[0]) == (0, 8 + len(invisible))
    ru = tokenize(f"Порт вновь от{invisible}крылся")  # the same in a mostly non-ASCII text (the regex path)
    assert ru.keys == tokenize("Порт вновь открылся").keys


def test_format_characters_between_words_are_not_tokens() -> None:
    assert tokenize("port\u200b \u200bquay").keys == ("port", "quay")


@pytest.mark.parametrize(("disguised", "clean"), [
    ("Рrеss", "Press"),  # Cyrillic Р and е
    ("сооperation", "cooperation"),  # Cyrillic с and о
    ("Ηarbour", "Harbour"),  # Greek capital eta
    ("ΑΒΕΚΜΝΟΡΤΧ", "ABEKMNOPTX"),  # Greek capitals
    ("АВЕКМНОРСТХ", "ABEKMHOPCTX"),  # Cyrillic capitals
    ("ＢＡＲＧＥ", "barge"),  # full width
    ("STRASSE", "straße"),
    ("ﬁsh", "fish"),  # ligature
    # red team: small capitals, Armenian letters and the lunate sigma, which NFKC keeps or makes Greek
    ("ᴛᴇʟᴇᴘʜᴏɴᴇ", "telephone"),
    ("пᴏᴦᴏдᴀ", "погода"),  # small capitals standing for Cyrillic letters
    ("ᴨᴫᴀʜ", "план"),
    ("ϲօոϲert", "concert"),  # lunate sigma, Armenian o and n
    ("ցհօst", "ghost"),
    ("ϹAT", "cat"),
])
def test_homoglyph_width_and_case_disguises_fold_to_one_key(disguised: str, clean: str) -> None:
    assert fold(disguised) == fold(clean)


def test_russian_keys_are_case_and_yo_insensitive_and_distinct_words_stay_distinct() -> None:
    assert fold("ЁЛКА") == fold("елка")
    assert fold("порт") == fold("ПОРТ")
    assert fold("порт") != fold("торт")
    assert fold("қала") != fold("кала") or fold("қ") == fold("к")


def test_tokens_are_compact() -> None:
    t = tokenize("one two three")
    assert t.starts[1] == 4 and list(t.ends) == [3, 7, 13]
    assert isinstance(t.keys, tuple)


def test_long_text_tokenises_in_linear_time() -> None:
    words = ["порт", "barge", "quay", "Қазақ", "港", "re\u200bopened"] * 20_000
    t = tokenize(" ".join(words))
    assert len(t) == len(words)


SPACED = re.compile(r"[^\W_]+")  # the word definition for text without marks, format characters or unspaced scripts


def _by_definition(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group())) for m in SPACED.finditer(text)]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    t = tokenize(text)
    return list(zip(t.starts, t.ends, t.keys, strict=True))


# The non-ASCII punctuation and letters of ordinary English and European text, digits that are not ASCII, and
# the tokenizer's own placeholder character.
_ODD = ["\u2019", "\u201c", "\u2014", "\u00a0", "\u2022", "é", "ß", "Ω", "ё", "Д", "\u00b2", "\u0663",
        "\U0001d400", "™", "\x01"]


@st.composite
def _mostly_ascii(draw: st.DrawFn) -> str:
    """ASCII text (words, digits, punctuation, underscores, controls) with a few non-ASCII characters spread
    through it, as in most English pages: the texts the split-based tokenizer takes."""
    text = draw(st.lists(st.sampled_from([*"aZ9 _.,-'\"\n\t\x00", "port", "Quay "]), max_size=80).map("".join))
    for c in draw(st.lists(st.sampled_from(_ODD), max_size=4)):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + c + text[at:]
    return text


@given(_mostly_ascii())
@settings(max_examples=500, deadline=None)
def test_split_based_tokenizer_agrees_with_the_word_definition(text: str) -> None:
    assert _tokens(text) == _by_definition(text)


@pytest.mark.parametrize("text", [
    "plain ASCII words, 42 of them_here",
    "curly \u2019quotes\u2019 and\u00a0non-breaking\u00a0spaces \u2014 in English",
    "a placeholder \x01 character between words and in\x01side one",
    "Сплошь кириллица: порт открылся в четверг, баржа пришла.",  # mostly non-ASCII
    "half и half, mixed",
])
def test_every_tokenizer_path_agrees_with_the_word_definition(text: str) -> None:
    assert _tokens(text) == _by_definition(text)


def test_kazakh_typed_on_a_russian_keyboard_matches() -> None:
    # Kazakh text is often typed without its letters (ә ғ қ ң ө ұ ү as а г к н о у у, і as Latin i) or with
    # the Latin schwa and barred o: the same words must give the same keys.
    written = "Өскемен қаласында жаңа көпір ашылды. Әкім ғимаратты аралады, Ұлы дала."
    typed = "Оскемен каласында жана копiр ашылды. əкім гимаратты аралады, Улы дала."
    assert tokenize(written).keys == tokenize(typed).keys
    assert tokenize("Ɵскемен").keys == tokenize("өскемен").keys
    # і typed as the Russian и: "күріш" as "куриш", "бірінші" as "биринши".
    assert tokenize("Күріш алқабы, бірінші рет").keys == tokenize("Куриш алкабы, биринши рет").keys


def test_kazakh_letters_stay_inside_words() -> None:
    text = "Қазақстан әлемдегі ең ірі құрлықішілік мемлекет"
    assert len(tokenize(text).keys) == 6
    assert count_words(text) == 6


def test_traditional_chinese_characters_fold_to_their_simplified_forms():
    # A Traditional-character copy of a Simplified original (a Taiwan or Hong Kong partner) is the same text.
    assert tokenize("霍爾果斯口岸冬季貨運量創歷史新高").keys == tokenize("霍尔果斯口岸冬季货运量创历史新高").keys
    assert fold("貨") == fold("货") == "货" and fold("中") == "中"
    assert len(T2S) > 5000 and all(t != s and s not in T2S for t, s in T2S.items())  # folding twice: no change
