"""Bytes to text: BOMs, declared charsets that tell the truth or lie, detection across scripts, binary refusal.

Every fixture sentence here was written for these tests (a barge of grain reaching a river port).
"""

from __future__ import annotations

import codecs
import gzip
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reuse_guard.decode import binary_kind, canonical_charset, decode, looks_like_html, meta_charset
from reuse_guard.errors import InputError

RU = ("Вчера вечером в городском порту началась разгрузка первой баржи с зерном. Капитан судна рассказал "
      "журналистам, что путь по реке занял почти неделю из-за низкой воды и сильного встречного ветра. "
      "Жители соседних сёл надеются, что теперь цены на хлеб немного снизятся.")
KK = ("Кеше кешке қалалық портта астық тиелген алғашқы баржаны түсіру басталды. Кеме капитаны журналистерге "
      "өзен арқылы жол судың аздығынан және қатты қарсы желден бір аптаға жуық уақыт алғанын айтты. "
      "Көрші ауылдардың тұрғындары енді нан бағасы сәл төмендейді деп үміттенеді.")
UK = ("Учора ввечері в міському порту почалося розвантаження першої баржі із зерном. Капітан розповів "
      "журналістам, що подорож річкою тривала майже тиждень через низьку воду і сильний зустрічний вітер.")
ZH = ("昨天晚上，城市港口开始卸下第一艘装满粮食的驳船。船长对记者说，由于水位很低，又遇到强烈的逆风，"
      "这段河上的航程用了将近一个星期。附近村庄的居民希望面包的价格现在能够稍微下降。")
ZHT = ("昨天晚上，城市港口開始卸下第一艘裝滿糧食的駁船。船長對記者說，由於水位很低，又遇到強烈的逆風，"
       "這段河上的航程用了將近一個星期。附近村莊的居民希望麵包的價格現在能夠稍微下降。")
JA = ("昨日の夜、市の港で穀物を積んだ最初のはしけの荷降ろしが始まりました。船長は記者に対し、水位が低く"
      "強い向かい風もあったため、川の旅にはほぼ一週間かかったと語りました。")
EL = ("Χθες το βράδυ άρχισε στο λιμάνι της πόλης η εκφόρτωση της πρώτης φορτηγίδας με σιτάρι. Ο καπετάνιος "
      "είπε στους δημοσιογράφους ότι το ταξίδι στο ποτάμι κράτησε σχεδόν μία εβδομάδα.")
PL = ("Wczoraj wieczorem w porcie rzecznym rozpoczął się rozładunek pierwszej barki ze zbożem. Kapitan "
      "powiedział dziennikarzom, że podróż trwała prawie tydzień z powodu niskiej wody i silnego wiatru.")
FR = ("Hier soir, le déchargement de la première péniche de blé a commencé au port. Le capitaine a déclaré "
      "aux journalistes que le voyage avait duré près d’une semaine à cause des basses eaux.")
DE = ("Gestern Abend begann im Stadthafen das Entladen des ersten Getreidekahns. Der Kapitän sagte, die Fahrt "
      "über den Fluss habe wegen des niedrigen Wasserstands fast eine Woche gedauert – die Anwohner hoffen "
      "nun auf günstigere Brotpreise.")
TR = ("Dün akşam şehir limanında buğday yüklü ilk mavnanın boşaltılmasına başlandı. Kaptan gazetecilere "
      "yolculuğun düşük su seviyesi nedeniyle neredeyse bir hafta sürdüğünü söyledi.")
AR = ("وصلت أمس أول سفينة محملة بالقمح إلى ميناء المدينة بعد أسبوع من الإبحار في النهر، وقال القبطان إن "
      "انخفاض منسوب المياه أخر الرحلة كثيرا.")

# (text, encoding the bytes are in, the encoding decode should report)
UNDECLARED = [
    (RU, "windows-1251", "windows-1251"),
    (RU, "koi8-r", "koi8-r"),
    (RU, "iso-8859-5", "iso-8859-5"),
    (RU, "cp866", "cp866"),
    (KK, "kz1048", "kz1048"),
    (KK, "ptcp154", "ptcp154"),
    (UK, "windows-1251", "windows-1251"),
    (UK, "koi8-u", "koi8-u"),
    (ZH, "gb2312", "gb18030"),
    (ZH, "gbk", "gb18030"),
    (ZH, "gb18030", "gb18030"),
    (ZHT, "big5", "big5hkscs"),
    (JA, "shift_jis", "cp932"),
    (JA, "euc-jp", "euc-jp"),
    (JA, "iso-2022-jp", "iso-2022-jp"),
    (EL, "windows-1253", "windows-1253"),
    (EL, "iso-8859-7", "iso-8859-7"),
    (PL, "windows-1250", "windows-1250"),
    (PL, "iso-8859-2", "iso-8859-2"),
    (FR, "windows-1252", "windows-1252"),
    (DE, "windows-1252", "windows-1252"),
    (TR, "windows-1254", "windows-1254"),
    (AR, "windows-1256", "windows-1256"),
    (RU, "utf-8", "utf-8"),
    (ZH, "utf-8", "utf-8"),
    (RU, "utf-16-le", "utf-16-le"),
    (RU, "utf-16-be", "utf-16-be"),
    (ZH, "utf-16-le", "utf-16-le"),
    (FR, "utf-16-le", "utf-16-le"),
    (RU, "utf-32-le", "utf-32-le"),
]


def same_codec(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


@pytest.mark.parametrize("text,enc,expected", UNDECLARED, ids=[f"{t[:2]}-{e}" for t, e, _ in UNDECLARED])
def test_plain_text_in_any_listed_encoding_decodes_exactly(text: str, enc: str, expected: str):
    data = text.encode(enc)
    d = decode(data, "story.txt", kind="text")
    assert d.text == text
    # The reported encoding is the expected one, or one that reads these bytes identically.
    assert same_codec(d.encoding, expected) or data.decode(d.encoding) == text, d.encoding
    assert d.kind == "text"


SHORT = [(RU, "koi8-r"), (RU, "cp866"), (RU, "iso-8859-5"), (RU, "windows-1251"), (KK, "kz1048"),
         (ZH, "gbk"), (ZHT, "big5"), (JA, "shift_jis"), (EL, "iso-8859-7")]


@pytest.mark.parametrize("text,enc", SHORT, ids=[f"{t[:2]}-{e}" for t, e in SHORT])
def test_one_short_sentence_is_enough(text: str, enc: str):
    sentence = text[:40]
    assert decode(sentence.encode(enc), "s.txt", kind="text").text == sentence


def page(body: str, meta: str | None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<!DOCTYPE html>\n<html><head>{head}<title>Порт</title></head><body><p>{body}</p></body></html>\n"


LYING = [
    # (text, real encoding of the bytes, what <meta> claims)
    (RU, "utf-8", "windows-1251"),
    (KK, "utf-8", "windows-1251"),
    (ZH, "utf-8", "gb2312"),
    (RU, "windows-1251", "utf-8"),
    (RU, "koi8-r", "utf-8"),
    (RU, "koi8-r", "windows-1251"),
    (RU, "windows-1251", "koi8-r"),
    (RU, "cp866", "windows-1251"),
    (KK, "kz1048", "utf-8"),
    (KK, "kz1048", "windows-1251"),
    (KK, "ptcp154", "windows-1251"),
    (KK, "ptcp154", "kz1048"),
    (ZHT, "big5", "gb2312"),
    (ZH, "gbk", "big5"),
    (JA, "shift_jis", "euc-jp"),
    (PL, "iso-8859-2", "iso-8859-1"),
    (EL, "iso-8859-7", "utf-8"),
]


@pytest.mark.parametrize("text,real,claimed", LYING, ids=[f"{t[:2]}-{r}-says-{c}" for t, r, c in LYING])
def test_a_lying_meta_charset_does_not_win(text: str, real: str, claimed: str):
    html = page(text, claimed)
    html = html.replace("Порт", "Port")  # keep the title encodable in every code page
    d = decode(html.encode(real), "page.html", kind="html")
    assert d.text == html
    assert d.kind == "html"


def test_a_lying_http_charset_does_not_win():
    html = page(RU, None)
    d = decode(html.encode("koi8-r"), "https://x/y", kind="html", http_charset="windows-1251")
    assert d.text == html and d.encoding == "koi8-r"
    d = decode(html.encode("utf-8"), "https://x/y", kind="html", http_charset="koi8-r")
    assert d.text == html and d.encoding == "utf-8"


def test_a_truthful_declaration_settles_near_ties():
    # Russian without the few letters where windows-1251 and kz1048 differ decodes the same in both: the
    # declaration, true here, decides which name is reported.
    html = page(RU, "kz1048").replace("Порт", "Port")
    assert decode(html.encode("kz1048"), "p.html", kind="html").encoding == "kz1048"
    html = page(UK, "koi8-u").replace("Порт", "Port")
    assert decode(html.encode("koi8-u"), "p.html", kind="html").encoding == "koi8-u"


def test_http_equiv_and_charset_meta_are_both_read():
    assert meta_charset(b'<meta charset="KOI8-R">') == "koi8-r"
    assert meta_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>") \
        == "windows-1251"
    assert meta_charset(b"<meta charset=no-such-charset>") is None
    assert meta_charset(b"<p>no meta here</p>") is None


@pytest.mark.parametrize("label,expected", [
    ("ISO-8859-1", "windows-1252"), ("latin1", "windows-1252"), ("us-ascii", "windows-1252"),
    ("GB2312", "gb18030"), ("gbk", "gb18030"), ("Big5", "big5hkscs"), ("Shift_JIS", "cp932"),
    ("cp1251", "windows-1251"), ("KOI8-R", "koi8-r"), ("utf8", "utf-8"), ("'UTF-8'", "utf-8"),
    ("x-mac-cyrillic", "mac-cyrillic"), ("bogus", None),
])
def test_charset_labels_mean_what_browsers_take_them_to_mean(label: str, expected: str | None):
    assert canonical_charset(label) == expected


@pytest.mark.parametrize("bom,enc", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_a_bom_decides_and_is_stripped(bom: bytes, enc: str):
    text = "Строка одна\r\nLine two\r\n"
    d = decode(bom + text.encode(enc), "bom.txt", kind="text")
    assert (d.text, d.encoding) == (text, enc)
    html = page(RU, "windows-1251")  # the BOM outranks the meta
    d = decode(bom + html.encode(enc), "bom.html")
    assert (d.text, d.encoding, d.kind) == (html, enc, "html")


def test_a_broken_utf16_bom_file_is_an_error_naming_it():
    with pytest.raises(InputError, match=r"^odd\.txt: .*utf-16-le.*UTF-8"):
        decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8", "odd.txt")


def test_utf8_bom_in_front_of_legacy_bytes_is_dropped_and_the_rest_detected():
    d = decode(codecs.BOM_UTF8 + RU.encode("windows-1251"), "x.txt", kind="text")
    assert (d.text, d.encoding) == (RU, "windows-1251")


@pytest.mark.parametrize("enc", ["utf-8", "windows-1251", "koi8-r", "utf-16-le"])
def test_line_endings_are_never_translated(enc: str):
    text = "Первая строка\r\nвторая\rтретья\nчетвёртая\r\n\r\n"
    d = decode(text.encode(enc), "lines.txt", kind="text")
    assert d.text == text


def test_a_cut_off_last_utf8_character_costs_only_that_character():
    data = RU.encode("utf-8")[:-1]  # the final "." is ASCII: cut inside the last letter instead
    data = RU[:-1].encode("utf-8")[:-1]
    d = decode(data, "cut.txt", kind="text")
    assert d.encoding == "utf-8"
    assert d.text == RU[:-2] + "\ufffd"


def test_a_stray_legacy_byte_in_long_utf8_is_replaced_not_misread():
    data = (RU * 3).encode("utf-8") + b" caf\xe9 " + (RU * 3).encode("utf-8")
    d = decode(data, "mixed.txt", kind="text")
    assert d.encoding == "utf-8"
    assert d.text == RU * 3 + " caf\ufffd " + RU * 3


def test_pure_ascii_reports_ascii():
    d = decode(b"<html><body><p>Plain words only.</p></body></html>", "a.html")
    assert (d.encoding, d.kind) == ("ascii", "html")


MAGIC = [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"GIF89a\x01\x00", "a GIF image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    (gzip.compress(b"<html></html>"), "a gzip-compressed file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"),
    (b"\x00\x00\x00\x18ftypmp42", "an MP4"),
    (b"\x7fELF\x02\x01\x01", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "a Microsoft Office document"),
    (b"BZh91AY&SY", "a bzip2-compressed file"),
    (b"\x01\x02\x03\x04" * 300, "binary data"),
    (bytes(range(256)) * 4, "binary data"),
]


@pytest.mark.parametrize("data,what", MAGIC, ids=[w for _, w in MAGIC])
def test_binary_files_say_what_they_look_like(data: bytes, what: str):
    with pytest.raises(InputError) as err:
        decode(data, "photo.jpg")
    assert str(err.value).startswith(f"photo.jpg: looks like {what}")
    assert str(err.value).endswith("not HTML or text") or "not HTML or text;" in str(err.value) \
        or "not HTML or text" in str(err.value)
    assert binary_kind(data) is not None


def test_text_that_merely_starts_like_a_container_name_is_text():
    # The shared Clough corpus has an answer starting "Object oriented": `file` calls it Avro. We must not.
    assert binary_kind(b"Object oriented programming is a style of programming.") is None
    assert decode(b"ID3 tags are metadata in MP3 files.", "t.txt").kind == "text"


def test_bytes_no_encoding_explains_are_an_error_naming_the_input():
    rng = random.Random(7)
    junk = bytes(rng.choice(b"abcdefgh ") if rng.random() < 0.5 else rng.randrange(0x80, 0x100)
                 for _ in range(3000))
    with pytest.raises(InputError, match=r"^junk\.txt: cannot tell its text encoding.*save it as UTF-8"):
        decode(junk, "junk.txt")


@pytest.mark.parametrize("head,html", [
    ("<!DOCTYPE html><html>", True), ("  \n<!doctype HTML>", True), ("<html lang=ru>", True),
    ("<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0'><html>", True),
    ("<!-- saved page -->\n<head><title>x</title></head>", True), ("<p>Just a paragraph</p>", True),
    ("Plain text that mentions a <tag> later on.", False), ("a < b and b > c", False), ("", False),
])
def test_html_is_sniffed_from_how_a_document_starts(head: str, html: bool):
    assert looks_like_html(head) is html


def test_utf16_html_without_bom_is_sniffed_as_html():
    html = page(RU, "utf-16")
    d = decode(html.encode("utf-16-le"), "page")
    assert (d.text, d.kind, d.encoding) == (html, "html", "utf-16-le")


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from("\r\n\t"),
                min_size=1, max_size=200)


@given(_TEXT)
def test_any_utf8_text_decodes_to_itself(text: str):
    data = text.encode("utf-8")
    assume(binary_kind(data) is None and not data.startswith(codecs.BOM_UTF8))
    assert decode(data, "p.txt", kind="text").text == text


RU_WORDS = ("порт баржа зерно река вода ветер капитан неделя город жители хлеб цена причал груз судно берег "
            "утро вечер дождь мост дорога поле село завод рабочий новость год день час путь")


def _styled(word: str, style: int) -> str:
    return (word, word.title(), word.upper())[style]


@given(st.lists(st.tuples(st.sampled_from(RU_WORDS.split()), st.sampled_from([0, 0, 0, 0, 1, 2])),
                min_size=1, max_size=40),
       st.sampled_from(["windows-1251", "koi8-r", "cp866", "iso-8859-5"]))
def test_russian_words_in_any_cyrillic_code_page_decode_exactly(words: list[tuple[str, int]], enc: str):
    text = " ".join(_styled(w, s) for w, s in words) + "."
    assume(sum(ch.isupper() for ch in text) * 2 < len(text))  # mostly small letters, as prose is
    data = text.encode(enc)
    d = decode(data, "p.txt", kind="text")
    assert len(d.text) == len(data)  # offsets index the file's characters, one per byte
    if len({w for w, _ in words}) >= 5:  # a few distinct words are evidence enough; "хлеб хлеб" is not
        assert d.text == text


def test_text_with_stray_control_bytes_and_nuls_is_still_text():
    # Real corpora hold text files with a few NULs and control bytes from bad conversions. Refusing them
    # would stop a whole benchmark; they are text, kept verbatim so that offsets still match.
    text = "A clean sentence.\n1. \x00\\ \x04 \x00 \x04 \\.\nMore prose follows here, and more.\n" * 3
    assert decode(text.encode(), "pan.txt", kind="text").text == text
    noisy = ("word \x0e\x17 / \x005 . ~\x14 e ] h9 \x0e 7\x17\x17 e v2 D $\x13 2E I\x08 , r w " * 20)
    assert decode(noisy.encode(), "noisy.txt", kind="text").text == noisy


def test_a_utf16_declaration_on_8bit_bytes_is_ignored():
    html = page(RU, "utf-16").replace("Порт", "Port")
    d = decode(html.encode("windows-1251"), "p.html", http_charset="utf-16")
    assert (d.text, d.encoding) == (html, "windows-1251")


def test_http_charset_labels_are_read_like_meta_labels():
    html = page(RU, None).replace("Порт", "Port")
    d = decode(html.encode("kz1048"), "u", kind="html", http_charset="KZ-1048")
    assert (d.text, d.encoding) == (html, "kz1048")  # identical to windows-1251 here: the label decides
    d = decode(html.encode("kz1048"), "u", kind="html", http_charset="no-such-charset")
    assert (d.text, d.encoding) == (html, "windows-1251")


HE = ("אתמול בערב החלה פריקת הדוברה הראשונה עם חיטה בנמל העיר. רב החובל סיפר לעיתונאים שהמסע בנהר נמשך "
      "כמעט שבוע בגלל המים הנמוכים.")
TH = "เมื่อวานนี้เรือบรรทุกข้าวสาลีลำแรกมาถึงท่าเรือของเมือง กัปตันบอกนักข่าวว่าการเดินทางใช้เวลาเกือบหนึ่งสัปดาห์"


KO = "어제 저녁 도시 항구에서 밀을 실은 첫 번째 바지선의 하역이 시작되었습니다."


@pytest.mark.parametrize("text,enc,label", [(HE, "windows-1255", "windows-1255"), (TH, "cp874", "TIS-620"),
                                            (KO, "cp949", "euc-kr")])
def test_a_declared_code_page_not_modelled_here_is_taken_at_its_word(text: str, enc: str, label: str):
    html = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'
    d = decode(html.encode(enc), "p.html")
    assert d.text == html


@pytest.mark.xfail(strict=True, reason="Hebrew windows-1255 without a declaration reads as plausible "
                                       "windows-1251 Russian to letter-frequency scores")
def test_undeclared_hebrew():
    assert decode(HE.encode("windows-1255"), "he.txt", kind="text").text == HE


@pytest.mark.xfail(strict=True, reason="a text entirely in capitals in KOI8-R reads as windows-1251 small "
                                       "letters: the capitals-share penalty that catches lying metas on prose "
                                       "cannot tell it from that mistake")
def test_a_text_all_in_capitals():
    caps = "ПРАВИТЕЛЬСТВО ОБЪЯВИЛО О НОВЫХ МЕРАХ ПОДДЕРЖКИ"
    assert decode(caps.encode("koi8-r"), "caps.txt", kind="text").text == caps


@pytest.mark.parametrize(
    "data",
    [
        b"<p>plain ascii</p>",
        "<p>Қазақстан — жаңалықтар, «цитата»</p>".encode(),
        b"\xef\xbb\xbf" + "<p>с меткой порядка байтов</p>".encode(),
        "<p>a real replacement character \ufffd stays</p>".encode(),
        "<p>обрезанная страница".encode()[:-1],  # cut inside the last character
        "<p>почти UTF-8 ".encode() * 60 + b"\xff",  # a stray foreign byte
        "<p>Привет, мир, это текст</p>".encode("cp1251"),
    ],
)
def test_utf8_bytes_are_kept_only_when_they_are_the_text_exactly(data: bytes):
    got = decode(data, "page.html", kind="html")
    if got.utf8 is not None:
        assert got.utf8 == got.text.encode("utf-8")
    exact = got.text.encode("utf-8", "surrogatepass") in (data, data.removeprefix(b"\xef\xbb\xbf"))
    # Kept whenever exact, except for a genuine U+FFFD, which is read as a sign of replaced bytes.
    assert (got.utf8 is not None) == (exact and "\ufffd" not in got.text)


def test_one_stray_byte_in_a_page_declared_utf8_keeps_it_utf8() -> None:
    # An English page has few multibyte characters (curly quotes): one pasted Latin-1 byte must not turn
    # every one of them into mojibake by picking a legacy code page for the whole page.
    menu = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(60))  # a page's furniture
    page = (f"<html><head><meta charset='utf-8'></head><body><ul>{menu}</ul><p>The port\u2019s new quay opened "
            "on Monday, the harbour master\u2019s office said.</p><footer>caf\xe9</footer></body></html>")
    data = page.encode("utf-8").replace("caf\xe9".encode(), b"caf\xe9")
    got = decode(data, "p.html")
    assert got.encoding == "utf-8" and "port\u2019s" in got.text and "\u00e2\u20ac" not in got.text


@pytest.mark.parametrize("text,html", [("<i>Draft:</i> the port reopened on Thursday.", False),
                                       ("<strong>Note</strong> for the editor", False), ("<em>x</em> y", False),
                                       ("<article><p>The port</p></article>", True), ("<ul><li>a</li></ul>", True),
                                       ("<!-- saved --> <section class='post'>", True), ("<!---->" * 500 + "x", False)])
def test_a_draft_opening_with_emphasis_is_text_a_fragment_opening_with_a_box_is_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html
