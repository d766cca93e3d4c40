"""Mojibake repair: same length, clean tokens, and nothing touched in clean text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reuse_guard import Html, Text, check
from reuse_guard.mojibake import repair
from reuse_guard.normalize import tokenize

CLEAN = "If you’re tired, you’ll rest. The café’s “menu” — naïve résumé. Өскемен қаласы «жаңа» көпір ашты."


def _latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _cp1252(text: str) -> str:
    # Browsers show the five bytes Windows-1252 leaves undefined as C1 controls.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_latin1_and_cp1252_mojibake_tokenise_like_the_clean_text() -> None:
    for garbled in (_latin1(CLEAN), _cp1252(CLEAN)):
        fixed = repair(garbled)
        assert len(fixed) == len(garbled)
        assert tokenize(fixed).keys == tokenize(CLEAN).keys


RU_KK = ("Паром через Иртыш. Әкім совершил последний рейс — «Ласточка» ушла на стоянку. Ёлку поставят у №5. "
         "Өскемен қаласы жаңа көпір ашты, ал ұлттық мектеп үйірмелері қайта жұмыс істейді.")


def _cp1251(text: str) -> str:
    # Byte 0x98 (in И, Ә), undefined in Windows-1251, shows as the C1 control U+0098.
    return "".join(bytes([b]).decode("cp1251", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_windows_1251_mojibake_tokenises_like_the_clean_text() -> None:
    garbled = _cp1251(RU_KK)  # "РџР°СЂРѕРј С‡РµСЂРµР·..."
    fixed = repair(garbled)
    assert len(fixed) == len(garbled)
    assert tokenize(fixed).keys == tokenize(RU_KK).keys


def test_russian_capitals_and_tight_quotes_are_not_read_as_mojibake() -> None:
    text = "ВСЁ ПРОШЛО В«ТИХОМ» РЕЖИМЕ. ЗАРЁЙ, СЁМГОЙ И ТЁМНЫМ ВЕЧЕРОМ В«ОКТЯБРЬ» И СЁЛА ОТКРЫЛИ В«ДОМ» ДЛЯ ВСЕХ."
    assert repair(text) == text


def test_clean_text_and_a_lone_sequence_are_left_alone() -> None:
    assert repair(CLEAN) is CLEAN
    name = "Interview with Ã‰lodie, 2026"  # one sequence: more likely a name than an accident
    assert repair(name) == name


@given(st.text())
def test_repair_keeps_every_offset(text: str) -> None:
    assert len(repair(text)) == len(text)
    assert len(repair(_latin1(text))) == len(_latin1(text))
    garbled = text.encode("utf-8").decode("cp1251", errors="replace")
    assert len(repair(garbled)) == len(garbled)


@given(st.text(alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0x4FF, categories=["Ll", "Lu"]),
               min_size=3, max_size=40))
def test_garbled_letters_come_back(word: str) -> None:
    text = f"{word} and {word}, then {word}."  # enough sequences to be an accident
    fixed = repair(_latin1(text))
    assert fixed.replace("\u200b", "") == text


def test_copy_of_a_garbled_original_is_found() -> None:
    paragraphs = [
        "The town’s new ferry “Swallow” made its first crossing on Monday, carrying forty cars.",
        "Passengers said the café on board was crowded but the crossing took only twenty minutes.",
        "The operator’s timetable adds two evening sailings from next week — weather permitting.",
    ]
    garbled = "<html><body><h1>Ferry</h1>" + "".join(f"<p>{_latin1(p)}</p>" for p in paragraphs) + "</body></html>"
    report = check(Html(garbled, url="https://news.example/ferry"), Text("\n\n".join(paragraphs)))
    assert report.reused_fraction > 0.95


def test_latin1_text_is_not_repaired_into_rare_scripts() -> None:
    german = "Schluß» und Gruß» und Fuß» am Ende."  # each "ß»" is valid UTF-8 for an NKo letter
    assert repair(german) == german


def test_ukrainian_kazakh_and_serbian_letter_pairs_are_not_read_as_windows_1251_mojibake() -> None:
    # Found by review: Рі, Сі, Ті (і after a capital), РІ in capitals, СЉ in Serbian, «ТЕАТР» before a guillemet.
    texts = [
        "Рівне і Різдво: у Рівному та Сімферополі Тімур і Рінат святкували Різдво, Сірко і Тіна теж. " * 3,
        "ЖЕРІ ТҮРІ ӨНЕРІ: ТЕАТРІ, САУРІ, КӨРІ, ТҰРІ, ЖҮРІ және СІРӘ, ТІЛЕУОВ, РІЗА. " * 3,
        "Артисты «ТЕАТР» и «АКИМАТ» выступили, а «СПОРТ» и «КОНЦЕРТ» ждут зрителей в «КУЛЬТУР». " * 3,
        "СЉУБАВ и ЊИВА, СЊЕГ и ЉУДИ: српски текст са словима Љ и Њ после С. " * 3,
    ]
    for text in texts:
        assert repair(text) == text, text[:40]
