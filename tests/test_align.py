"""Golden alignment cases on invented articles (English, Russian, Kazakh, Chinese): verbatim excerpts,
light edits, re-ordered paragraphs, disguise, excerpts inside a busy page, and unrelated text."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from conftest import EN_PARAGRAPHS

from reuse_guard.align import Original, Passage, _passage, _to_sentence_edges, align, whole_sentences
from reuse_guard.fragments import Frag, Side
from reuse_guard.normalize import Tokens, fold, tokenize

EN = EN_PARAGRAPHS[:6]  # the shared invented article (tests/conftest.py)
RU = [
    "Старый речной порт у излучины Керей в четверг вновь открылся после года дноуглубительных работ.",
    "По словам начальника порта Даны Омаровой, глубина фарватера теперь не меньше четырёх метров, чего "
    "достаточно для тяжёлых барж, которые с прошлой осени разгружались ниже по течению.",
    "Работы обошлись областному бюджету намного дороже первоначальной сметы: водолазы нашли на дне два "
    "затонувших понтона и ржавый кран, который пришлось разрезать на части.",
    "Фермеры долины приветствуют новость, ведь перевозка пшеницы по воде почти вдвое дешевле доставки "
    "грузовиками, а ближайший железнодорожный разъезд находится в восьмидесяти километрах.",
    "Рыбаки из села Аксу недовольны: по их словам, грунт, сброшенный на восточные отмели, замутил "
    "нерестилища, где каждую весну собираются сазан и щука.",
]
KK = [
    "Керей иіріміндегі ескі өзен порты бір жылға созылған түбін тереңдету жұмыстарынан кейін бейсенбі "
    "күні қайта ашылды.",
    "Порт бастығы Дана Омарованың айтуынша, арнаның ең таяз жеріндегі тереңдігі қазір төрт метрге жетеді, "
    "бұл өткен күзден бері төменгі ағыста жүк түсіруге мәжбүр болған ауыр баржаларға жеткілікті.",
    "Жұмыстар облыстық бюджетке алғашқы сметадан әлдеқайда қымбатқа түсті, өйткені сүңгуірлер су түбінен "
    "екі батып кеткен понтон мен тот басқан кранды тапты.",
    "Алқаптағы фермерлер бұл жаңалықты қуана қарсы алды, себебі бидайды сумен тасымалдау жүк көлігімен "
    "жеткізуден екі есе арзан, ал ең жақын теміржол бекеті сексен шақырымнан астам жерде.",
]
ZH = [
    "克雷河湾的老港口在经过一年的疏浚工程后于周四重新开放，本季第一艘运粮驳船在中午前停靠北码头。",
    "港务长达娜说，航道最浅处现在也有四米水深，足以让自去年秋天以来只能在下游卸货的重型驳船通行。",
    "工程花费远超最初预算，因为潜水员在河底发现了两个沉没的浮筒和一台生锈的起重机，必须先切割拆除。",
    "河谷的农民对此表示欢迎，因为走水路运输小麦的成本大约只有卡车运输的一半，而最近的铁路站点在八十公里以外。",
]
MENU = "Home\nNews\nSport\nWeather\nSubscribe\n\n"
PARTNER = ("Our partner site reports that a new cycling path along the lake will open in spring, with "
           "benches, lamps and a small playground for children near the pier. ")
FOOTER = "\n\nMost read\nContact us\nAll rights reserved."


def covered(orig: Tokens, passages: tuple[Passage, ...]) -> set[int]:
    """Indices of original tokens inside some passage (as the measurement counts them)."""
    out: set[int] = set()
    for p in passages:
        out.update(range(bisect_left(orig.starts, p.original_start), bisect_left(orig.starts, p.original_end)))
    return out


def token_range(orig: Tokens, text: str, part: str) -> set[int]:
    start = text.index(part)
    return set(range(bisect_left(orig.starts, start), bisect_left(orig.starts, start + len(part))))


def check_wellformed(orig: Tokens, rep: Tokens, passages: tuple[Passage, ...]) -> None:
    previous = 0
    for p in passages:
        assert previous <= p.original_start < p.original_end <= len(orig.text)
        assert 0 <= p.republished_start < p.republished_end <= len(rep.text)
        assert 0.0 <= p.similarity <= 1.0
        previous = p.original_end


@pytest.mark.parametrize("paragraphs", [EN, RU, KK, ZH], ids=["en", "ru", "kk", "zh"])
def test_verbatim_middle_excerpt_in_a_busy_page_is_covered_exactly(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    excerpt = "\n\n".join(paragraphs[1:3])
    page = MENU + PARTNER + "\n\n" + excerpt + "\n\n" + PARTNER + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    passages = align(orig, rep)
    check_wellformed(orig, rep, passages)
    assert covered(orig, passages) == token_range(orig, text, excerpt)
    assert len(passages) == 1
    assert passages[0].similarity == 1.0
    # spans run from the first word's start to the last word's end: the final full stop is outside
    assert page[passages[0].republished_start : passages[0].republished_end] == excerpt.rstrip(".。")


@pytest.mark.parametrize("paragraphs", [EN, RU, KK, ZH], ids=["en", "ru", "kk", "zh"])
def test_identical_texts_are_fully_covered(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    orig = tokenize(text)
    assert covered(orig, align(orig, tokenize(text))) == set(range(len(orig)))


LIGHT_EN = [
    # a few words changed, dropped or added per sentence, case and punctuation changed
    "HARBOUR MASTER Dana Omarova told reporters the channel now holds four metres of water at its "
    "shallowest point - enough for heavier barges which had been forced to unload further downstream "
    "since last autumn.",
    "The works cost the regional budget much more than the first estimate because divers discovered two "
    "sunken pontoons and an old rusted crane that had to be cut apart before dredgers could pass.",
]


def test_lightly_edited_excerpt_covers_its_whole_sentences() -> None:
    text = "\n\n".join(EN)
    page = MENU + PARTNER + "\n\n" + "\n\n".join(LIGHT_EN) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    want = token_range(orig, text, "\n\n".join(EN[1:3]))
    assert len(got & want) >= 0.95 * len(want)
    assert len(got - want) <= 2


def test_reordered_paragraphs_are_both_found() -> None:
    text = "\n\n".join(EN)
    page = PARTNER + "\n\n" + EN[4] + "\n\n" + PARTNER + "\n\n" + EN[0] + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    passages = align(orig, rep)
    check_wellformed(orig, rep, passages)
    assert covered(orig, passages) == token_range(orig, text, EN[0]) | token_range(orig, text, EN[4])
    assert [p.republished_start for p in passages] == sorted(
        (p.republished_start for p in passages), reverse=True)


def test_zero_width_and_homoglyph_disguise_is_seen_through() -> None:
    text = "\n\n".join(RU)
    clean = RU[1] + " " + RU[2]
    disguised = (clean.replace("о", "o").replace("а", "a").replace("е", "e")  # Latin look-alikes
                 .replace("порта", "по\u200bрта").replace("бюджету", "бюд\u00adжету"))
    assert disguised != clean
    orig, rep = tokenize(text), tokenize(PARTNER + disguised + FOOTER)
    passages = align(orig, rep)
    assert covered(orig, passages) == token_range(orig, text, RU[1]) | token_range(orig, text, RU[2])
    assert passages[0].similarity == 1.0


def test_kazakh_excerpt_with_changed_endings_is_found() -> None:
    text = "\n\n".join(KK)
    edited = ("Порт бастығы Дана Омарова айтқандай, арнаның ең таяз жеріндегі тереңдігі енді төрт метрге "
              "жетеді, бұл өткен күзден бері төменгі ағыста жүк түсіруге мәжбүр болған ауыр баржалар үшін "
              "жеткілікті.")
    orig, rep = tokenize(text), tokenize(MENU + edited + FOOTER)
    got = covered(orig, align(orig, rep))
    want = token_range(orig, text, KK[1])
    assert len(got & want) >= 0.9 * len(want)
    assert got <= want


def test_excerpt_cut_mid_sentence_counts_only_the_words_copied() -> None:
    text = "\n\n".join(EN)
    head = EN[2][: EN[2].index(" because")]
    orig, rep = tokenize(text), tokenize(PARTNER + EN[1] + " " + head + "... Read more" + FOOTER)
    got = covered(orig, align(orig, rep))
    assert got == token_range(orig, text, EN[1]) | token_range(orig, text, head)


def test_unrelated_text_on_the_same_subject_is_not_reuse() -> None:
    text = "\n\n".join(EN)
    other = (
        "Barges are back on the river this week. A new channel was dug over the past year, and officials "
        "expect grain traffic to double. Wheat growers in the valley say the cheaper transport will help "
        "them, while anglers in Aksu worry about mud on the shoals where fish breed. The port plans a "
        "bigger warehouse and a longer quay in a later phase of the project.")
    orig = tokenize(text)
    assert align(orig, tokenize(MENU + other + FOOTER)) == ()
    assert align(orig, tokenize(PARTNER * 3)) == ()


def test_a_shared_phrase_shorter_than_min_words_does_not_count() -> None:
    orig = tokenize("\n\n".join(EN))
    phrase = "the first grain barge of the season"  # 7 words
    assert align(orig, tokenize(PARTNER + phrase + ". " + PARTNER)) == ()
    assert align(orig, tokenize(PARTNER + phrase + ". " + PARTNER), min_words=5) != ()


def test_empty_inputs_and_bad_min_words() -> None:
    assert align(tokenize(""), tokenize("anything at all")) == ()
    assert align(tokenize("anything at all"), tokenize("")) == ()
    with pytest.raises(ValueError, match="min_words"):
        align(tokenize("a b"), tokenize("a b"), min_words=0)


@pytest.mark.parametrize("paragraphs", [EN, RU, KK], ids=["en", "ru", "kk"])
def test_scattered_paragraphs_put_together_leave_the_skipped_one_out(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    page = MENU + paragraphs[0] + "\n\n" + paragraphs[2] + "\n\n" + PARTNER + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert got == token_range(orig, text, paragraphs[0]) | token_range(orig, text, paragraphs[2])


def test_reordered_excerpt_interleaved_with_partner_text_claims_nothing_else() -> None:
    text = "\n\n".join(EN)
    page = EN[3] + "\n\n" + PARTNER + "\n\n" + EN[1] + "\n\n" + PARTNER + "\n\n" + EN[5] + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    passages = align(orig, rep)
    check_wellformed(orig, rep, passages)
    assert covered(orig, passages) == set().union(*(token_range(orig, text, EN[k]) for k in (1, 3, 5)))


def test_lightly_edited_scattered_paragraphs_leave_the_skipped_one_out() -> None:
    text = "\n\n".join(EN)
    page = PARTNER + "\n\n" + LIGHT_EN[0] + "\n\n" + EN[3] + FOOTER  # EN[2] skipped
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert not got & token_range(orig, text, EN[2])
    assert len(got & token_range(orig, text, EN[1])) >= 0.9 * len(token_range(orig, text, EN[1]))
    assert got >= token_range(orig, text, EN[3])


BRIDGE = [
    "Repairs to the old bridge over the Sok river will last until the end of September, the regional "
    "transport ministry said on Tuesday.",
    "The contractor received the last batch of steel beams for the bridge only in February, three months "
    "after the date set in the repair schedule.",
    "The bridge was built in 1968 and has been closed to lorries since an inspection found cracked beams "
    "under the eastern span of the river crossing.",
    "Residents of the villages on the far bank of the river still cross on a temporary pontoon, which runs "
    "from six in the morning until eleven at night.",
    "The contractor has been fined for the delay, and the ministry says the cost of the bridge repair "
    "contract will not change despite the new schedule.",
    "Workers have already removed the old deck of the bridge, strengthened four of the six piers and poured "
    "new concrete footings on both banks of the river.",
    "In April the new steel beams will be pushed out over the piers, and the deck, the waterproofing and the "
    "asphalt of the bridge will follow in the summer.",
    "The district head asked the ministry to keep the pontoon open until midnight in the summer months, when "
    "the villages on the river fill with holiday visitors.",
]


def _lightly_edited(paragraph: str) -> str:
    """Every tenth word replaced, as an editor's light touch does."""
    words = paragraph.split()
    return " ".join("quite" if k % 10 == 4 else w for k, w in enumerate(words))


def _shuffled_light_copy() -> tuple[str, Tokens, set[int]]:
    """Six of the eight BRIDGE paragraphs, shuffled and lightly edited, on a partner page: the original's
    text, its tokens and the original tokens the copy covers."""
    text = "\n\n".join(BRIDGE)
    page = PARTNER + "\n\n" + "\n\n".join(_lightly_edited(BRIDGE[k]) for k in _COPIED) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    return text, orig, covered(orig, align(orig, rep))


_COPIED = [6, 0, 3, 1, 7, 5]


def test_a_lightly_edited_shuffled_copy_keeps_every_copied_paragraph() -> None:
    text, orig, got = _shuffled_light_copy()
    for k in _COPIED:
        part = token_range(orig, text, BRIDGE[k])
        assert len(got & part) >= 0.85 * len(part), k


@pytest.mark.parametrize("skipped", [2, 4])
def test_a_lightly_edited_shuffled_copy_leaves_a_skipped_paragraph_out(skipped: int) -> None:
    # The skipped paragraphs are on the same topic (bridge, river, contractor, ministry) but have no
    # counterpart sentence: a 3/4 copy then reads as a full reprint.
    text, orig, got = _shuffled_light_copy()
    assert not got & token_range(orig, text, BRIDGE[skipped])


def test_a_copy_edited_at_its_first_word_keeps_the_edited_words() -> None:
    # "Repairs to the old quite over the Sok river ...": the verbatim rest is an exact run, and the four
    # words before the edit belong to the passage too.
    text = "\n\n".join(BRIDGE)
    page = PARTNER + "\n\n" + _lightly_edited(BRIDGE[0]) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert got >= token_range(orig, text, BRIDGE[0])


@pytest.mark.parametrize("pair", [(0, 4), (1, 5), (2, 7)])
def test_two_edited_paragraphs_far_apart_in_one_fragment_are_both_found(pair: tuple[int, int]) -> None:
    # Every fifth word replaced leaves no exact run of 8 words: each paragraph is found only by the
    # sentence fragment spanning both, which holds two separate aligned stretches.
    text = "\n\n".join(BRIDGE)

    def edited(paragraph: str) -> str:
        return " ".join("quite" if k % 5 == 2 else w for k, w in enumerate(paragraph.split()))

    page = PARTNER + "\n\n" + edited(BRIDGE[pair[0]]) + "\n\n" + edited(BRIDGE[pair[1]]) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    for k in range(len(BRIDGE)):
        part = token_range(orig, text, BRIDGE[k])
        if k in pair:
            assert len(got & part) >= 0.9 * len(part), k
        else:
            assert not got & part, k


def test_a_paragraph_left_out_between_copied_ones_is_not_counted() -> None:
    # Lightly edited, in order, the partner's paragraphs merged: the copies of BRIDGE[1] and BRIDGE[3] abut on
    # the page, so BRIDGE[2] (on the same subject, its words all over the copy) has no room to be there.
    text = "\n\n".join(BRIDGE)
    copied = [_lightly_edited(BRIDGE[k]) for k in (0, 1, 3, 4)]
    page = PARTNER + "\n\n" + " ".join(copied[:3]) + "\n\n" + copied[3] + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert not got & token_range(orig, text, BRIDGE[2])
    for k in (0, 1, 3, 4):
        assert len(got & token_range(orig, text, BRIDGE[k])) >= 0.8 * len(token_range(orig, text, BRIDGE[k])), k


def test_the_last_sentence_left_out_of_each_copied_paragraph_is_not_counted() -> None:
    paragraphs = [BRIDGE[0] + " " + BRIDGE[1], BRIDGE[2] + " " + BRIDGE[3], BRIDGE[4] + " " + BRIDGE[5]]
    text = "\n\n".join(paragraphs)
    page = PARTNER + "\n\n" + "\n\n".join(_lightly_edited(BRIDGE[k]) for k in (0, 2, 4)) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    for k in (1, 3):  # its first word ("The") may align with the next copied sentence's first word
        assert len(got & token_range(orig, text, BRIDGE[k])) <= 1, k
    for k in (0, 2, 4):
        assert len(got & token_range(orig, text, BRIDGE[k])) >= 0.9 * len(token_range(orig, text, BRIDGE[k])), k


def test_a_verbatim_copy_cut_mid_sentence_does_not_reach_past_the_cut() -> None:
    text = "\n\n".join(BRIDGE)
    cut = " ".join(BRIDGE[2].split()[:14])  # "... since an inspection found" (the rest of the sentence is not copied)
    page = PARTNER + "\n\n" + BRIDGE[0] + "\n\n" + cut + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    part = token_range(orig, text, BRIDGE[2])
    assert len(got & part) == len(tokenize(cut))


# ------------------------------------------------------------------ whole short sentences

_SHORT = "Villagers welcomed the decision."  # 4 words: under the 8-word minimum passage


def _with_short(page_middle: str) -> tuple[Tokens, Tokens, str]:
    text = "\n\n".join([BRIDGE[0], _SHORT, BRIDGE[1]])
    page = PARTNER + "\n\n" + page_middle + FOOTER
    return tokenize(text), tokenize(page), page


def test_a_whole_short_sentence_set_as_its_own_paragraph_counts() -> None:
    orig, rep, page = _with_short(_SHORT)
    assert align(orig, rep) == ()
    got = whole_sentences(Original(orig), rep, (), min_words=8)
    assert len(got) == 1 and got[0].original_words == 4
    p = got[0]
    assert orig.text[p.original_start:p.original_end] == "Villagers welcomed the decision"
    assert page[p.republished_start:p.republished_end] == "Villagers welcomed the decision"


def test_a_short_sentence_inside_a_longer_line_or_in_a_link_does_not_count() -> None:
    # Inside a partner's own sentence it may be a stock phrase; as a link's text it is a teaser, not reuse.
    orig, rep, _ = _with_short("Reporters say that villagers welcomed the decision, and the council agreed.")
    assert whole_sentences(Original(orig), rep, (), min_words=8) == ()
    orig, rep, page = _with_short(_SHORT)
    start = page.index(_SHORT)
    assert whole_sentences(Original(orig), rep, (), min_words=8, skip=[(start, start + len(_SHORT))]) == ()


def test_a_short_sentence_already_inside_a_passage_is_not_added_again() -> None:
    text = "\n\n".join([BRIDGE[0], _SHORT, BRIDGE[1]])
    orig = tokenize(text)
    rep = tokenize(PARTNER + "\n\n" + text + FOOTER)
    passages = align(orig, rep)
    assert whole_sentences(Original(orig), rep, passages, min_words=8) == passages


def test_a_standfirst_left_out_between_the_copied_headline_and_lead_is_not_counted() -> None:
    # The partner keeps the headline, puts its own date line where the standfirst was, then the lead: the
    # 15-word standfirst (its words all over the copied lead) has no counterpart in the date line.
    headline = "Repairs to the Sok bridge will last until the end of September"
    standfirst = "Steel beams for the Sok bridge came three months late, the contractor said in February"
    text = "\n\n".join([headline, standfirst, BRIDGE[1], BRIDGE[2]])
    page = PARTNER + "\n\n" + headline + "\n\n27.11.2026, 08:15 | 297 views\n\n" + BRIDGE[1] + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert not got & token_range(orig, text, standfirst)
    assert got >= token_range(orig, text, headline) | token_range(orig, text, BRIDGE[1])


def test_text_repeating_a_short_period_on_both_sides_is_aligned_without_enumerating_every_pair() -> None:
    # "0 0 0 ..." against itself: every diagonal holds a run of the whole length. Seeding is bounded (few
    # runs, linear work) and every word is still found.
    from reuse_guard.align import _exact_runs

    text = tokenize("the cat sat on the mat " * 3000)
    runs = _exact_runs(text, text, 8)
    assert len(runs) <= 64
    passages = align(text, text)
    assert sum(p.original_words for p in passages) == len(text)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_short_sentence_left_out_between_two_copied_ones_is_not_counted(lang: str) -> None:
    # Under the gap that ends a passage (12 words): the copy joins the sentences either side of a skipped
    # 6-to-8-word one, which is not reuse (the partner left it out).
    first, skipped, last = {
        "en": ("More than 700 people signed up for the mobile library in its first month on the road.",
               "Most of them are pupils and pensioners.",
               "Librarians say the most requested books are folk tales and detective novels from the city."),
        "ru": ("За первый месяц в передвижной библиотеке записались больше семисот жителей окрестных сёл.",
               "Большинство из них школьники и пенсионеры района.",
               "По словам библиотекарей, чаще всего просят народные сказки и детективы местных авторов."),
        "kk": ("Алғашқы айда көшпелі кітапханаға жеті жүзден астам ауыл тұрғыны тіркелген.",
               "Олардың басым бөлігі мектеп оқушылары мен зейнеткерлер.",
               "Кітапханашылардың айтуынша, ең көп сұралатын кітаптар қазақ ертегілері мен детективтер."),
    }[lang]
    text = " ".join([first, skipped, last])
    page = PARTNER + "\n\n" + first + " " + last + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    passages = align(orig, rep)
    got = covered(orig, passages)
    check_wellformed(orig, rep, passages)
    assert not got & token_range(orig, text, skipped)
    assert token_range(orig, text, first) | token_range(orig, text, last) <= got
    for p in passages:  # each piece keeps its own republished words
        assert rep.text[p.republished_start : p.republished_end] in (first.rstrip("."), last.rstrip("."), first, last)


def test_a_number_rewritten_near_a_sentence_end_keeps_the_words_after_it() -> None:
    # "12,5 млн" written out as "12 500 000": a passage made of exact runs stops at "12"; the three words after
    # the number are too few for a passage of their own, yet they end the copied sentence.
    sentence = "Работы обошлись городу примерно в 12,5 млн тенге из резервного фонда."
    text = RU[0] + " " + sentence + " " + RU[1]
    orig, rep = tokenize(text), tokenize(PARTNER + " " + RU[0] + " " + sentence.replace("12,5 млн", "12 500 000"))
    o, r = Side.of(orig), Side.of(rep)
    i1 = orig.keys.index("12")
    j1 = rep.keys.index("12")
    first = token_range(orig, text, RU[0])
    stopped = Frag(min(first), i1, j1 - (i1 - min(first)), j1, 10.0, True)
    (got,) = _to_sentence_edges([stopped], o, r)
    assert orig.keys[got.i1] == rep.keys[got.j1] == fold("фонда")
    assert (got.i0, got.j0) == (stopped.i0, stopped.j0)
    # Not into words another passage holds, and not when the sentence's end differs.
    other = Frag(len(orig) - 3, len(orig) - 1, j1 + 3, j1 + 4, 5.0, True)
    assert _to_sentence_edges([stopped, other], o, r)[0] == stopped
    rep2 = tokenize(PARTNER + " " + RU[0] + " " + sentence.replace("12,5 млн тенге", "12 500 000 тенге из бюджета"))
    assert _to_sentence_edges([stopped], o, Side.of(rep2))[0] == stopped


def test_a_two_word_subheading_between_copied_paragraphs_counts_and_alone_it_does_not() -> None:
    text = "\n\n".join([BRIDGE[0], BRIDGE[1], "Entry is free", BRIDGE[2], BRIDGE[3]])
    orig = tokenize(text)
    copied = tokenize(PARTNER + "\n\n" + "\n\n".join([BRIDGE[0], "Entry is free", BRIDGE[3]]) + FOOTER)
    got = whole_sentences(Original(orig), copied, align(orig, copied), min_words=8)
    assert token_range(orig, text, "Entry is free") <= covered(orig, got)
    alone = tokenize(PARTNER + "\n\nEntry is free\n\n" + PARTNER + FOOTER)
    assert whole_sentences(Original(orig), alone, align(orig, alone), min_words=8) == ()


def test_a_paragraph_on_another_subject_left_out_of_a_long_shuffled_copy_is_not_counted() -> None:
    # The copy holds eight of nine paragraphs (too close to the whole for the 1.3x balance of
    # fragments._balance): the left-out paragraph, none of whose words the page holds, is cut out.
    other = ("Separately, the regional museum announced a winter exhibition of folk embroidery, with carpets and "
             "costumes lent by families from twelve mountain settlements near Almaty.")
    paragraphs = [*BRIDGE[:4], other, *BRIDGE[4:]]
    text = "\n\n".join(paragraphs)
    page = PARTNER + "\n\n" + "\n\n".join(_lightly_edited(BRIDGE[k]) for k in [6, 0, 3, 1, 7, 5, 2, 4]) + FOOTER
    orig, rep = tokenize(text), tokenize(page)
    got = covered(orig, align(orig, rep))
    assert not got & token_range(orig, text, other)
    # A sidebar that happens to share a few of its words (not a copy) changes nothing.
    sidebar = "\n\nAlso today: the museum opens on Sundays, and the library lends board games."
    assert covered(orig, align(orig, tokenize(page + sidebar))) == got
    for k in range(8):
        part = token_range(orig, text, BRIDGE[k])
        assert len(got & part) >= 0.85 * len(part), k


_GREENHOUSE = (
    "Новый тепличный комплекс под Павлодаром будет круглый год поддерживать в теплицах температуру не ниже "
    "двадцати градусов. Благодаря этому расходы на отопление сократятся почти втрое.\n\nЧто будут выращивать\n\n"
    "В первый год комплекс рассчитывает собрать около пяти тысяч тонн огурцов и томатов. Часть урожая "
    "пойдет в школьные столовые области.")


@pytest.mark.parametrize("quotes,expected", [
    # Two quotes of 5 and 6 words in the partner's own sentences on the same subject: under the minimum each.
    (("температуру не ниже двадцати градусов", "пяти тысяч тонн огурцов и томатов"), []),
    # Two quotes of 8 words: each counts, the original words between them (not on the page) do not.
    (("поддерживать в теплицах температуру не ниже двадцати градусов",
      "собрать около пяти тысяч тонн огурцов и томатов"),
     ["поддерживать в теплицах температуру не ниже двадцати градусов",
      "собрать около пяти тысяч тонн огурцов и томатов"]),
])
def test_quotes_set_in_the_partners_own_sentences_count_alone(quotes: tuple[str, str], expected: list[str]) -> None:
    page = (f"В Экибастузе тоже заложили первый камень тепличного комплекса, но поменьше. Агрономы советуют "
            f"{quotes[0]} держать в домашних парниках. Для сравнения: хозяйства области за прошлый год "
            f"вырастили меньше, чем {quotes[1]}, обещанных в Павлодаре.")
    orig = tokenize(_GREENHOUSE)
    got = [_GREENHOUSE[p.original_start : p.original_end] for p in align(orig, tokenize(page))]
    assert got == expected


def test_a_subheading_the_copy_dropped_between_two_copied_paragraphs_is_not_counted() -> None:
    first, second = EN_PARAGRAPHS[0], EN_PARAGRAPHS[1]
    text = f"{first}\n\nRegional money\n\n{second}"
    got = [text[p.original_start : p.original_end] for p in align(tokenize(text), tokenize(f"{first} {second}"))]
    assert "Regional money" not in " ".join(got)
    assert "Regional money" in " ".join(text[p.original_start : p.original_end]
                                      for p in align(tokenize(text), tokenize(text)))



def test_two_short_quotes_of_a_brief_with_the_partners_sentence_between_them_are_not_reuse() -> None:
    brief = ("Каток на Набережной закроют на ремонт\n\nЛедовый каток на Набережной закроется с понедельника. "
             "Подрядчик заменит холодильное оборудование и освещение. На время ремонта секции фигурного катания "
             "и хоккея будут заниматься на открытой площадке.")
    page = ("Городской каток снова ремонтируют. Подрядчик заменит холодильное оборудование и освещение. Работы "
            "займут несколько недель.\n\nЮных хоккеистов это не пугает: секции фигурного катания и хоккея будут "
            "тренироваться во дворе школы.")
    assert align(tokenize(brief), tokenize(page)) == ()
    # The whole second sentence copied is reuse.
    whole = page.replace("Работы займут несколько недель.\n\nЮных хоккеистов это не пугает: ", "На время ремонта ")
    assert align(tokenize(brief), tokenize(whole)) != ()


def test_a_retitled_headline_does_not_join_a_short_quote_into_a_passage() -> None:
    # Two words of the headline in the partner's own title, then a 6-word sentence: no 8-word passage.
    brief = ("Қаладағы трамвай бағыты қайта ашылады\n\nЖолдағы ескі рельстер жазда толық ауыстырылды. Вагондар "
             "таңғы алтыдан түнгі онға дейін жүреді.")
    page = ("Трамвай қайта жүре бастайды\n\nСарыарқа жаршысының хабарлауынша, жолдағы ескі рельстер жазда толық "
            "ауыстырылды. Сондықтан вагондар енді жылдамырақ жүруі мүмкін.")
    assert align(tokenize(brief), tokenize(page)) == ()



def test_a_word_the_original_repeats_across_a_line_break_is_counted_once_when_copied_once() -> None:
    # A passage whose original side starts on the subheading's last word, the word the next paragraph opens
    # with ("котельная / Котельная"), where the copy has it once: the passage starts on the paragraph.
    body = "Котельная на Ауельбекова построена за четырнадцать месяцев"
    text = f"Как устроена новая котельная\n\n{body}"
    orig, rep = tokenize(text), tokenize(f"Редакция следит.\n{body}")
    p = _passage(orig, rep, Frag(3, len(orig) - 1, 2, len(rep) - 1, 8.0, True))
    assert text[p.original_start : p.original_end] == body and p.original_words == 7
    whole = _passage(orig, orig, Frag(3, len(orig) - 1, 3, len(orig) - 1, 8.0, True))  # copied twice: both kept
    assert whole.original_words == 8


_MAINS = ("Городской водоканал во вторник закончил замену старых труб под улицей Ленина на две недели раньше "
          "обещанного срока. По словам инженеров новые трубы вдвое сократят число аварий в районе и жители "
          "перестанут сидеть без воды каждую зиму. Работы обошлись городскому бюджету примерно в четыреста "
          "миллионов тенге а подрядчик дал гарантию на сварные швы. В следующем году водоканал перейдет к улицам "
          "вокруг центрального рынка где сеть еще старше и протекает заметно чаще.")


def test_a_copy_with_words_replaced_all_along_is_not_cut_into_quotes() -> None:
    # Runs of 6 original words kept, the next 4 replaced by other words, all through: 60% is verbatim.
    own = ["шмыга", "брыль", "кудлатый", "пестрядь", "ворох", "зыбун", "турлучный", "пажить", "сусек", "ендова",
           "корчага", "поветь"]
    words, out, k = _MAINS.split(), [], 0
    while k < len(words):
        out += words[k : k + 6] + own[k % 9 : k % 9 + 3] + [own[(k + 5) % 12]]
        k += 10
    orig = tokenize(_MAINS)
    assert len(covered(orig, align(orig, tokenize(" ".join(out))))) > 0.5 * len(orig)


def test_text_elsewhere_on_the_page_does_not_decide_whether_quotes_are_apart() -> None:
    brief = ("Каток на Набережной закроют на ремонт\n\nЛедовый каток на Набережной закроется с понедельника. "
             "Подрядчик заменит холодильное оборудование и освещение. На время ремонта секции фигурного катания "
             "и хоккея будут заниматься на открытой площадке.")
    story = ("Городской каток снова ремонтируют. Подрядчик заменит холодильное оборудование и освещение. Работы "
             "займут несколько недель.\n\nЮных хоккеистов это не пугает: секции фигурного катания и хоккея будут "
             "тренироваться во дворе школы.")
    side = "\n\nДругие новости\n\nБиблиотека на время ремонта переехала в соседнее здание."
    orig = tokenize(brief)
    assert align(orig, tokenize(story)) == align(orig, tokenize(story + side)) == ()
    assert align(orig, tokenize(side + "\n\n" + story)) == ()


_PRICES = [
    "Food prices in Oral: what rose in November",
    "Analysts at the regional statistics department compared the prices of ten basic foods at the start and at "
    "the end of November.",
    "A kilogram of beef rose from 3 900 to 4 250 tenge. A kilogram of mutton went up in price from 4 100 to 4 300 "
    "tenge. Chicken fillet costs 2 150 tenge a kilogram against 1 980 tenge at the start of the month. Ten eggs of "
    "the first grade rose in price from 690 to 760 tenge. A litre of milk with 2.5 percent fat costs 480 tenge, a "
    "month ago it cost 455 tenge.",
    "A kilogram of potatoes fell from 210 to 195 tenge. A kilogram of onions costs 180 tenge, as it did a month "
    "ago. Sugar rose from 520 to 545 tenge a kilogram. A loaf of rye bread costs 170 tenge, the price has not "
    "changed since the summer. Buckwheat became cheaper, falling from 690 to 640 tenge a kilogram.",
    "Eggs rose the most over the month, by ten percent. The department explains this by the seasonal fall in "
    "output at the region's poultry farms.",
]
_ROWS = ["Buckwheat became cheaper, falling from 690 to 640 tenge a kilogram.",
         "Ten eggs of the first grade rose in price from 690 to 760 tenge.",
         "A kilogram of mutton went up in price from 4 100 to 4 300 tenge.",
         "A loaf of rye bread costs 170 tenge, the price has not changed since the summer.",
         "Chicken fillet costs 2 150 tenge a kilogram against 1 980 tenge at the start of the month."]


def test_rows_copied_in_another_order_claim_only_their_own_words() -> None:
    # Two sentences adjacent in the original (mutton, chicken) are copied with another row between them, so one
    # chain of runs spans another row's copy; the partner's retold intro must not make the whole stretch, the
    # headline and standfirst included, look like one reworded passage.
    text = "\n\n".join(_PRICES)
    page = (MENU + "What got dearer in Oral\n\nStatisticians looked at what five foods cost, reports the Steppe "
            "Herald:\n" + "\n".join(_ROWS) + FOOTER)
    orig, rep = tokenize(text), tokenize(page)
    passages = align(orig, rep)
    check_wellformed(orig, rep, passages)
    rows = set().union(*(token_range(orig, text, row) for row in _ROWS))
    got = covered(orig, passages)
    # Two rows take one word of the sentence before or after them in the original, where that word ends or
    # starts the row next to them in the copy too ("tenge. / A kilogram"): a common run, as the reference has it.
    assert rows <= got and len(got - rows) <= 2, sorted(got - rows)


@pytest.mark.xfail(strict=True, reason="a caption the original repeats in its story (and again under another photo) is "
                   "credited at both places: the exact run at the story's repetition joins the caption's passage, "
                   "and the sum of supports lets a later repetition win in `_disjoint` (waddle c0196, c0220)")
def test_a_caption_the_original_repeats_is_credited_once() -> None:
    head = "Drama theatre in Shymkent reopens after restoration"
    cap = "On Monday the regional drama theatre reopened its doors after a three year restoration of the main hall."
    body = ["The regional drama theatre reopened its doors on Monday after a three year restoration of the main hall, "
            "the city administration said on Tuesday.",
            "Builders replaced the roof, the seats and the old wooden floor of the stage, and the orchestra pit was "
            "made deeper by almost a metre.",
            "The first performance, a comedy by a local playwright, was sold out within two hours of the box office "
            "opening."]
    original = tokenize("\n\n".join([head, cap + " Photo shows the stage.", *body, cap + " Photo shows the foyer.",
                                     cap + " Photo shows the new seats."]))
    copy = tokenize("\n\n".join(["Other news of the day", head, cap + " Photo shows the stage.",
                                 "On Monday the regional drama theatre", "Snow is expected on Friday in the south."]))
    passages = align(original, copy, min_words=8)
    assert sum(p.original_words for p in passages) == 29  # the headline, the caption and its photo line


@pytest.mark.parametrize("mark", ["\u2026", "...", "[\u2026]"])
def test_a_copy_cut_up_by_ellipses_is_still_a_copy(mark: str) -> None:
    # Every fourth word replaced by an ellipsis (red team): the pieces are three words long, too short for a run,
    # and an ellipsis before a lower-case word ends no sentence, so the sentences still match.
    original = tokenize("\n\n".join(EN))
    words = "\n\n".join(EN).split(" ")
    copy = tokenize(" ".join(mark if k % 4 == 3 else w for k, w in enumerate(words)))
    reused = sum(p.original_words for p in align(original, copy, min_words=8))
    assert reused >= 0.7 * len(original)


def test_a_lead_echoing_part_of_the_headline_is_credited_for_the_words_it_keeps() -> None:
    # A partner's own lead retells the headline ("According to ..., <its first words>.") above the copied
    # paragraphs: the headline's last words, which the copy leaves out at the line break, are not reused.
    head = "Old river port at the Kerei bend reopens after a year of dredging works"
    text = "\n\n".join([head, *EN[:3]])
    lead = "According to the Steppe Herald, the old river port at the Kerei bend reopens."
    copy = "\n\n".join(["Partner news", lead, *EN[:3], "Weather for the weekend"])
    orig, rep = tokenize(text), tokenize(copy)
    passages = align(orig, rep, min_words=8)
    check_wellformed(orig, rep, passages)
    got = covered(orig, passages)
    left_out = token_range(orig, text, "after a year of dredging works")
    assert not got & left_out
    assert set().union(*(token_range(orig, text, p) for p in EN[:3])) <= got


@pytest.mark.parametrize("dropped", [1, 2])
def test_a_word_or_two_dropped_at_a_paragraph_break_is_still_part_of_the_copy(dropped: int) -> None:
    # A light edit: the last words of a copied paragraph left out; the copy stays whole, as before.
    text = "\n\n".join(EN[:4])
    words = EN[1].split(" ")
    copy = "\n\n".join([EN[0], " ".join(words[:-dropped]), *EN[2:4]])
    orig, rep = tokenize(text), tokenize(copy)
    got = covered(orig, align(orig, rep, min_words=8))
    assert got == set(range(len(orig)))


def test_a_paragraph_moved_elsewhere_on_the_page_is_not_cut_out_at_its_break() -> None:
    # The copy's stretch holds the paragraph in another place: moved, not left out.
    text = "\n\n".join(EN[:5])
    copy = "\n\n".join([EN[0], EN[1], EN[3], EN[2], EN[4]])
    orig, rep = tokenize(text), tokenize(copy)
    got = covered(orig, align(orig, rep, min_words=8))
    assert got == set(range(len(orig)))


@pytest.mark.parametrize("lead", [
    "Как сообщает «Степной вестник», речной порт у излучины Керей открылся.",  # a retelling
    "Старый речной порт у излучины открылся после работ",  # the headline edited, on a line of its own
])
def test_a_headline_retold_in_the_partners_lead_is_not_credited_but_an_edited_copy_is(lead: str) -> None:
    head = "Старый речной порт у излучины Керей вновь открылся после года работ"
    text = "\n\n".join([head, *RU])
    copy = "\n\n".join(["Новости партнёров", lead, *RU[:3], "Погода на выходные"])
    orig, rep = tokenize(text), tokenize(copy)
    passages = align(orig, rep, min_words=8)
    check_wellformed(orig, rep, passages)
    got = covered(orig, passages)
    headline = token_range(orig, text, head)
    assert set().union(*(token_range(orig, text, p) for p in RU[:3])) <= got
    if lead.startswith("Как"):
        assert not got & headline  # the page's own sentence: 6 of 11 words, a run under the minimum
    else:
        assert headline <= got  # a copy with words left out here and there counts whole


def test_words_the_page_rewrote_at_a_paragraphs_start_are_not_credited() -> None:
    # Partner review: "As Dana Abenova told Steppe Post:" set in front of a copied quote for "Farmers told us the
    # same thing again and again:" was credited as an edited copy (one word in common), pushing 29% over 30%.
    text = "\n\n".join(EN[:4])
    own = "According to what the port's own office told the Herald yesterday,"
    second = EN[1].replace("Harbour master Dana Omarova said", own)
    copy = "\n\n".join([EN[0], second, EN[2]])
    orig, rep = tokenize(text), tokenize(copy)
    got = covered(orig, align(orig, rep, min_words=8))
    assert not got & token_range(orig, text, "Harbour master Dana Omarova")
    assert token_range(orig, text, EN[0]) | token_range(orig, text, EN[2]) <= got
    assert token_range(orig, text, "the channel now holds four metres of water") <= got


@pytest.mark.parametrize(("headline", "lead", "credited"), [
    ("В Темиртау открыли зимний приют для кошек", "Читатели давно спрашивали о судьбе старой котельной.", False),
    ("В Темиртау открыли первый зимний приют для бездомных кошек", "Читатели давно спрашивали о котельной.", True),
    ("В Темиртау открыли зимний приют для кошек", "", True),  # a copy with two words left out, as a light edit
    # The headline cut short, one run, before a dateline (second review): its first words are copied.
    ("В Темиртау открыли первый зимний приют", "ТЕМИРТАУ, 20 ноября, корреспондент «Партнёра» —", None),
])
def test_a_partners_own_headline_made_of_some_of_the_originals_words_is_not_a_copy(headline: str, lead: str,
                                                                                   credited: bool | None) -> None:
    # Partner review: the page's h1 "В Караганде открыли зимний приют для собак" for "В Караганде открыли первый
    # зимний приют для бездомных собак", then the partner's own lead, then the copy: the headline counted whole
    # and an honest 29.7% excerpt read 33.1%.
    head = "В Темиртау открыли первый зимний приют для бездомных кошек"
    body = ["В Темиртау в субботу открылся зимний приют для бездомных кошек, который волонтёры называют первым "
            "такого рода в области.",
            "Приют разместился в бывшей котельной на окраине города, где раньше хранили уголь и старые трубы.",
            "По словам волонтёров, ремонт здания обошёлся примерно в восемь миллионов тенге, которые собрали жители."]
    text = "\n\n".join([head, *body])
    copy = "\n\n".join(filter(None, ["Новости партнёров", headline, lead, *body[:2], "Погода на выходные"]))
    orig, rep = tokenize(text), tokenize(copy)
    got = covered(orig, align(orig, rep, min_words=8))
    title = token_range(orig, text, head)
    if credited is None:  # the words kept
        assert token_range(orig, text, headline) <= got
    else:
        assert (title <= got) if credited else not got & title
    assert token_range(orig, text, body[0]) | token_range(orig, text, body[1]) <= got


def test_a_passage_within_the_headline_keeping_under_the_minimum_of_its_words_is_the_partners_own() -> None:
    from reuse_guard.align import _first_line_end, _retitled
    head = "В Темиртау открыли первый зимний приют для бездомных кошек"
    orig = tokenize(head + "\n\nПриют разместился в бывшей котельной на окраине города.")
    end = _first_line_end(orig)
    assert orig.keys[end] == fold("кошек")
    for page, expected in [("В Темиртау открыли зимний приют для кошек", True),  # 7 of 9 words: its own
                           ("В Темиртау открыли первый зимний приют для бездомных котов", False),  # 8 in order
                           (head, False)]:
        rep = tokenize(page)
        f = Frag(0, end, 0, len(rep) - 1, 5.0)
        assert _retitled(f, orig, rep, end, 8) is expected, page
    short = tokenize("В Темиртау открыли зимний приют для кошек")
    assert not _retitled(Frag(0, end, 0, len(short) - 1, 5.0, True), orig, short, end, 8)  # an exact run counts


def test_short_paragraphs_copied_without_their_first_words_count_only_the_words_copied() -> None:
    # Adversarial review: the copied parts are exact runs that the alignment joins across the left-out openers; the
    # joined passage counted the openers too (an honest 25% read 32%).
    paras = ["The ferry left the northern pier at seven in the morning with forty passengers on board.",
             "Fishermen from Kerbulak waved from their boats as it passed the old lighthouse on the cape.",
             "The captain said the crossing took an hour and a half in calm weather and light wind.",
             "A café on the upper deck sold tea, bread and dried fish to the travellers all the way.",
             "Children from the village school made the first trip free of charge with their teachers.",
             "Volunteers repainted the hull in white and blue, the colours it wore forty years ago.",
             "The regional transport fund paid for a new engine, the pumps and the electric wiring."]
    text = "\n\n".join(["Ferry crosses the lake again", *paras])
    copy = "\n\n".join(["Partner news", *(" ".join(p.split(" ")[3:]) for p in paras[:5]), "Weather for the weekend"])
    orig, rep = tokenize(text), tokenize(copy)
    passages = align(orig, rep, min_words=8)
    check_wellformed(orig, rep, passages)
    copied = sum(len(tokenize(" ".join(p.split(" ")[3:])).keys) for p in paras[:5])
    assert copied <= len(covered(orig, passages)) <= copied + 2
