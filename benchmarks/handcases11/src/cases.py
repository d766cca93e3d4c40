"""The partner sites and the cases of handcases11 (every sentence invented for this benchmark).

Body items: {"own": text} (the partner's text; [[anchor]] is its credit, rendered per the case's `link`);
a copied item {"c": [[unit, k], ...], "t": the text as the page prints it (default: the original sentences
verbatim), "count": "zero" (copied text that is not article text of the original: captions), "tag": p |
blockquote | strong | figcaption | h2, "pre": the partner's own words before it in the same element};
{"mix": [own str | copied item, ...]} (one paragraph); {"rows": [unit, [k, ...]], "caption": own text} (a table
of copied rows, row 0 = the head row); {"hl": 1} (the original's headline as the text of the credit link).
`title`: the partner's own headline (str) or 0 (the original's headline verbatim).
`link`: exact | nofollow (rel="nofollow") | headline (the only link is the {"hl"} teaser) | homepage | none.
`expect`: the author's reused-word count, asserted by make_cases.py.
"""


def C(u, k, t=None, **kw):
    d = {"c": [[u, k]]}
    if t:
        d["t"] = t
    d.update(kw)
    return d


def M(keys, t=None, **kw):
    d = {"c": [list(x) for x in keys]}
    if t:
        d["t"] = t
    d.update(kw)
    return d


def own(t):
    return {"own": t}


# B1's body with three one-word substitutions (sentence 2 is printed verbatim)
B1_EDIT = ["Павлодардағы Ертіс көпірі сенбі және жексенбі күндері жөндеу жұмыстарына байланысты жабылады.",
           "Қалалық автобустары уақытша жаңа саяжай жолы арқылы жүреді.", None,
           "Көпір дүйсенбі күні ерте қайта ашылады."]

PARTNERS = [
    dict(id="zhaiyq", name="Жайық жаршысы", host="zhaiyq-zharshysy.kz", lang="kk", path="kk/zhanalyqtar",
         date="27.11.2026 17:30", menu=[["Қоғам", "qogam"], ["Аймақ", "aimaq"], ["Мәдениет", "madeniet"]],
         sidebar=[["Ақтөбеде жаңа саябақ ашылды", "sayabaq"], ["Қандыағашта су құбыры жөнделді", "su-qubyry"],
                  ["Шалқарда жастар форумы өтті", "forum"]],
         comments=[["Серік", "Жақсы жаңалық екен."], ["Қонақ", "Біздің ауданға да осындай керек."],
                   ["Айгерім", "Рахмет, пайдалы ақпарат."]],
         footer="© 2026 «Жайық жаршысы» ақпараттық порталы."),
    dict(id="saryarqa", name="Сарыарқа үні", host="saryarqa-uni.kz", lang="kk", path="news",
         date="27.11.2026 18:05", menu=[["Жаңалықтар", "zhanalyqtar"], ["Өңір", "onir"], ["Спорт", "sport"]],
         sidebar=[["Теміртауда қысқы спорт кешені салынады", "kesen"], ["Балқашта жаңа емхана", "emhana"],
                  ["Осакаровкада егін жиналды", "egin"]],
         comments=[["Нұрлан", "Сапасы қандай болар екен."], ["Гүлнар", "Көп рахмет."],
                   ["Қонақ", "Біздің ауылдың жолы әлі жөнделмеді."]],
         footer="© 2026 «Сарыарқа үні». Барлық құқықтар қорғалған."),
    dict(id="batys", name="Батыс-Пресс", host="batys-press.kz", lang="ru", path="news",
         date="27.11.2026 16:40", menu=[["Общество", "society"], ["Регион", "region"], ["Происшествия", "chp"]],
         sidebar=[["В Аксае открылся зимний каток", "katok"], ["Чингирлау получит новую котельную", "kotelnaya"],
                  ["В Бурлине прошла ярмарка", "yarmarka"]],
         comments=[["Валентина", "Хорошее дело."], ["Гость", "А в нашем районе когда?"],
                   ["Игорь", "Спасибо, что пишете об этом."]],
         footer="© 2026 Батыс-Пресс. Все права защищены."),
    dict(id="stolica", name="Столичный курьер", host="stolichny-kurier.kz", lang="ru", path="novosti",
         date="27.11.2026 19:15", menu=[["Новости", "novosti"], ["Город", "gorod"], ["Люди", "lyudi"]],
         sidebar=[["Новые автобусы вышли на линию", "avtobusy"], ["Школьники победили на олимпиаде", "olimpiada"],
                  ["В парке установили ёлку", "yolka"]],
         comments=[["Николай", "Побольше бы таких новостей."], ["Айгуль", "Спасибо за информацию."],
                   ["Гость", "Интересно, что будет дальше."]],
         footer="© 2026 «Столичный курьер». Перепечатка только с разрешения редакции."),
    dict(id="digest", name="Kazakh Digest", host="kazakhdigest.com", lang="en", path="news",
         date="27 November 2026, 18:20", menu=[["News", "news"], ["Regions", "regions"], ["Opinion", "opinion"]],
         sidebar=[["Shymkent opens a new tram depot", "tram-depot"], ["Karaganda warms up for winter", "winter"],
                  ["Aktau port sets a cargo record", "port-record"]],
         comments=[["Aidos", "Interesting read."], ["Guest", "Will other cities do the same?"],
                   ["Maria", "I have been there, it is exactly like that."]],
         footer="© 2026 Kazakh Digest. All rights reserved."),
    dict(id="caweekly", name="Central Asia Weekly", host="ca-weekly.com", lang="en", path="stories",
         date="27 November 2026", menu=[["Stories", "stories"], ["Society", "society"], ["Economy", "economy"]],
         sidebar=[["Bishkek tests electric buses", "bishkek-buses"], ["Tashkent metro extends hours", "metro"],
                  ["Almaty cafes go cashless", "cashless"]],
         comments=[["Timur", "Good story."], ["Guest", "More of these, please."],
                   ["Lena", "Sad and beautiful at the same time."]],
         footer="© 2026 Central Asia Weekly."),
]

CASES = [
    # ============================================================ L1: live blog (ru), units 2..8 = entries 21:40 .. 09:10
    dict(orig="L1", partner="batys", slug="ural-voda-vecher", mode="liveblog", transform="latest-entry", link="exact",
         title="В Уральске на ночь оставят двенадцать бригад",
         body=[own("Ситуация с паводком в Уральске остаётся напряжённой, сообщает [[«Уральское обозрение»]]."),
               M([[2, 0], [2, 1]]),
               own("Мы будем следить за развитием событий.")],
         notes="Only the newest entry (21:40) of the live blog, credited: the entry's words count, the other entries "
               "and their times do not."),
    dict(orig="L1", partner="stolica", slug="uralsk-shtab", mode="liveblog", transform="three-entries",
         link="nofollow", title="Уральск: штаб, дамба и пункт размещения",
         body=[own("Коллеги из [[Уральского обозрения]] весь день ведут онлайн-трансляцию о подъёме воды."),
               M([[3, 0], [3, 1]], pre="19:15. "), M([[4, 0], [4, 1]], pre="17:05. "),
               M([[5, 0], [5, 1]], pre="15:30. "),
               own("Редакция «Столичного курьера» направила в Уральск своего корреспондента.")],
         notes="Three consecutive entries of the live blog with their times, nofollow credit."),
    dict(orig="L1", partner="batys", slug="ural-pik-vody", mode="liveblog", transform="headline-lead-oldest",
         link="none", title=0,
         body=[C(1, 0), M([[8, 0], [8, 1]]), M([[7, 0], [7, 1]]),
               own("По данным «Уральского обозрения», ночью на дамбах продолжат работу спасатели.")],
         notes="Headline, standfirst and the two oldest entries (09:10, 11:00) as an article, the outlet named in "
               "plain text."),
    dict(orig="L1", partner="stolica", slug="uralsk-hronika-polnostyu", mode="liveblog",
         transform="full-chronological", link="exact", title=0,
         body=[C(1, 0)] + [M([[u, 0], [u, 1]], pre=t + " ") for u, t in
                           ((8, "09:10"), (7, "11:00"), (6, "13:20"), (5, "15:30"), (4, "17:05"), (3, "19:15"),
                            (2, "21:40"))]
              + [own("Источник: [[Уральское обозрение]].")],
         notes="The whole live blog re-ordered oldest first (as a chronicle), credited: full reprint."),
    dict(orig="L1", partner="batys", slug="nash-onlain-pavodok", mode="liveblog", transform="own-blog-two-sentences",
         link="homepage", title="Паводок: наша онлайн-лента",
         body=[own("10:30. Наш корреспондент прибыл на дамбу у посёлка Зачаганск, там работают экскаваторы."),
               own("12:45. Жители Набережной собирают вещи, многие уезжают к родственникам."),
               C(4, 0, pre="14:10. Коллеги из [[Уральского обозрения]] пишут: "),
               own("16:20. Мы побывали в школе, где обустроены кровати и горячее питание."),
               C(7, 1, pre="18:00. ")],
         notes="The partner's own live blog; two sentences of two entries of the original inside its entries, the "
               "credit links the outlet's home page only."),
    # ============================================================ I1: interview Q&A (kk), q 2,4,6,8; a 3,5,7,9
    dict(orig="I1", partner="zhaiyq", slug="domby-ra-sheberi", mode="interview", transform="two-qa-pairs",
         link="exact", title="Семейлік шебер: домбыра асығысты көтермейді",
         body=[own("[[Ертіс таңы]] басылымы семейлік шебер Бақытжан Ораловпен сұхбаттасқан. Сұхбаттың бір бөлігін "
                   "ұсынамыз."),
               C(2, 0, tag="strong"), M([[3, 0], [3, 1], [3, 2]]), C(4, 0, tag="strong"),
               M([[5, 0], [5, 1], [5, 2]])],
         notes="The first two question / answer pairs, questions in bold, credited."),
    dict(orig="I1", partner="saryarqa", slug="sheber-shakirtteri", mode="interview", transform="answer-monologue",
         link="nofollow", title="Шебердің төрт шәкірті бар",
         body=[own("Семейдегі домбыра шебері Бақытжан Оралов шәкірт тәрбиелеп жүр. Ол [[Ертіс таңы]] тілшісіне "
                   "былай деді:"),
               M([[7, 0], [7, 1], [7, 2]], tag="blockquote"),
               own("Біздің өңірде де ұлттық аспап жасайтын шеберлер бар, олар туралы алдағы уақытта жазамыз.")],
         notes="One answer printed as a quoted monologue, no question, nofollow credit."),
    dict(orig="I1", partner="zhaiyq", slug="oralov-muzei", mode="interview", transform="answers-near-line",
         link="exact", title="Бақытжан Оралов мұражай ашпақ",
         body=[own("Шебер Бақытжан Оралов [[сұхбатында]] алғашқы домбырасы мен болашақ жоспары туралы айтты."),
               M([[3, 0], [3, 1]]), M([[9, 0], [9, 1], [9, 2]]),
               own("Мұражайдың қашан ашылатыны әзірге белгісіз.")],
         notes="Two sentences of the first answer and the whole last answer, without the questions."),
    dict(orig="I1", partner="saryarqa", slug="domby-ra-suhbat-tolyq", mode="interview", transform="full-reprint",
         link="none", title=0,
         body=[M([[1, 0], [1, 1]])] + [C(u, 0, tag="strong") if u % 2 == 0 else M([[u, 0], [u, 1], [u, 2]])
                                       for u in range(2, 10)]
              + [own("Дереккөз: «Ертіс таңы» газеті.")],
         notes="The whole interview, the outlet named in plain text."),
    dict(orig="I1", partner="zhaiyq", slug="agash-tandau", mode="interview", transform="standfirst-one-sentence",
         link="headline", title="Домбыраға қай ағаш жарайды?",
         body=[own("Ұлттық аспап жасаушылар ағашты мұқият таңдайды."),
               C(1, 0),
               own("Шебердің айтуынша, ең маңыздысы ағашты дұрыс кептіру."),
               C(5, 1),
               {"hl": 1}],
         notes="The standfirst's first sentence and one answer sentence; the only link is the original's headline "
               "(7 words, a teaser: counts 0) under 'Оқи отырыңыз'."),
    # ============================================================ P1: photo story (en), 2 intro, 3..8 figures, 9 closing
    dict(orig="P1", partner="digest", slug="shymkent-bird-market-gallery", mode="photostory",
         transform="captions-only", link="none", title="Shymkent's Sunday bird market in six pictures",
         body=[own("Our readers sent us a link to a beautiful photo series from the south."),
               C(3, 0, tag="figcaption", count="zero", t=None) | {"c": [[3, 0], [3, 1]]},
               M([[4, 0], [4, 1]], tag="figcaption", count="zero"),
               M([[5, 0], [5, 1]], tag="figcaption", count="zero"),
               M([[6, 0], [6, 1]], tag="figcaption", count="zero"),
               M([[7, 0], [7, 1]], tag="figcaption", count="zero"),
               M([[8, 0], [8, 1]], tag="figcaption", count="zero"),
               own("The photographs were published by the Steppe Courier.")],
         notes="All six captions under the partner's own pictures, the outlet named in plain text: captions are not "
               "the original's article text (README), so 0."),
    dict(orig="P1", partner="caweekly", slug="bird-market-shymkent", mode="photostory",
         transform="intro-plus-captions", link="exact", title="Inside the bird market of Shymkent",
         body=[M([[2, 0], [2, 1]]),
               M([[4, 0], [4, 1]], tag="figcaption", count="zero"),
               M([[5, 0], [5, 1]], tag="figcaption", count="zero"),
               M([[8, 0], [8, 1]], tag="figcaption", count="zero"),
               own("Photos and story first appeared in the [[Steppe Courier]].")],
         notes="The intro paragraph (counts) and three captions (0), credited."),
    dict(orig="P1", partner="digest", slug="bird-market-winter", mode="photostory",
         transform="headline-closing-captions", link="exact", title=0,
         body=[own("A photographer of the [[Steppe Courier]] spent a morning among pigeon breeders."),
               M([[3, 0], [3, 1]], tag="figcaption", count="zero"),
               M([[4, 0], [4, 1]], tag="figcaption", count="zero"),
               M([[5, 0], [5, 1]], tag="figcaption", count="zero"),
               M([[6, 0], [6, 1]], tag="figcaption", count="zero"),
               M([[7, 0], [7, 1]], tag="figcaption", count="zero"),
               M([[8, 0], [8, 1]], tag="figcaption", count="zero"),
               C(9, 0)],
         notes="The headline, all six captions (0) and the closing paragraph: just over the line only because "
               "captions are not article text."),
    dict(orig="P1", partner="caweekly", slug="shymkent-birds-full", mode="photostory", transform="full-reprint",
         link="exact", title=0,
         body=[C(1, 0), M([[2, 0], [2, 1]])]
              + [M([[u, 0], [u, 1]], tag="figcaption", count="zero") for u in range(3, 9)]
              + [C(9, 0), own("Republished with a link to the [[Steppe Courier]].")],
         notes="The whole photo story with every caption, credited: full reprint."),
    dict(orig="P1", partner="digest", slug="birds-one-line", mode="photostory", transform="one-sentence-captions",
         link="none", title="Pigeons, canaries and frost",
         body=[own("In Shymkent, the Sunday bird market opens before sunrise even in winter."),
               C(2, 1),
               M([[4, 0], [4, 1]], tag="figcaption", count="zero"),
               M([[6, 0], [6, 1]], tag="figcaption", count="zero")],
         notes="One sentence of the intro and two captions, no credit."),
    # ============================================================ T1: table (ru), 2 p, 3 table (rows 0..17), 4 p, 5 p
    dict(orig="T1", partner="stolica", slug="tseny-tablitsa", mode="table", transform="whole-table", link="exact",
         title="Сколько стоят хлеб и молоко в разных городах",
         body=[own("Коллеги из [[«Северного вестника»]] сравнили цены в семнадцати городах. Приводим их таблицу."),
               {"rows": [3, list(range(0, 18))]},
               own("В Астане, по нашим наблюдениям, цены в ноябре почти не изменились.")],
         notes="The whole table (head row and 17 rows), credited."),
    dict(orig="T1", partner="batys", slug="tseny-sever", mode="table", transform="table-block", link="exact",
         title="Цены на продукты: где дешевле",
         body=[own("По данным [[«Северного вестника»]], цены выросли во всех городах."),
               {"rows": [3, [0, 1, 2, 3, 4, 5, 6]]},
               own("Мы продолжим следить за ценами на западе страны.")],
         notes="The head row and the first six rows of the table, credited."),
    dict(orig="T1", partner="stolica", slug="tseny-noyabr", mode="table", transform="headline-lead-rows",
         link="nofollow", title=0,
         body=[C(1, 0), {"rows": [3, [0, 12, 13, 14, 15, 16, 17]], "caption": "Данные: [[Северный вестник]]"}],
         notes="Headline, standfirst and a block of the table (head + six rows), nofollow credit."),
    dict(orig="T1", partner="batys", slug="tseny-produkty-polnostyu", mode="table", transform="full-reprint",
         link="none", title=0,
         body=[C(1, 0), M([[2, 0], [2, 1]]), {"rows": [3, list(range(0, 18))]}, M([[4, 0], [4, 1]]),
               M([[5, 0], [5, 1]])],
         notes="The whole article with its table, no credit."),
    dict(orig="T1", partner="stolica", slug="tseny-tekst-bez-tablitsy", mode="table", transform="text-without-table",
         link="exact", title="Дороже всего продукты на западе",
         body=[own("[[«Северный вестник»]] опубликовал сравнение цен на хлеб, молоко и картофель."),
               M([[2, 0], [2, 1]]), M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]]),
               own("Саму таблицу можно посмотреть на сайте коллег.")],
         notes="All the prose of the article without its table: the table stays in the denominator."),
    # ============================================================ S1: statement in a blockquote (kk), 2 p, 3 quote(6), 4 p, 5 p
    dict(orig="S1", partner="saryarqa", slug="mektep-avtobustary-malimdeme", mode="statement",
         transform="statement-only", link="none", title="Облысқа қырық мектеп автобусы келеді",
         body=[own("Облыс әкімдігі мектеп автобустарына қатысты мәлімдеме жасады."),
               M([[3, 0], [3, 1]], tag="blockquote"), M([[3, 2], [3, 3]], tag="blockquote"),
               M([[3, 4], [3, 5]], tag="blockquote")],
         notes="The whole official statement the original quotes, without credit to the original: the statement "
               "is the original's article text (handcases8's rule), so it counts."),
    dict(orig="S1", partner="zhaiyq", slug="avtobus-ata-analar", mode="statement", transform="prose-without-statement",
         link="exact", title="Ата-аналар жаңа автобустарды күтеді",
         body=[own("[[Ертіс таңы]] басылымының жазуынша, облыста жаңа мектеп автобустары пайда болады."),
               C(4, 0), C(5, 0), C(5, 1),
               own("Біздің облыста да осындай мәселе бар.")],
         notes="The original's own sentences after the statement, credited: under the line."),
    dict(orig="S1", partner="saryarqa", slug="mektep-avtobusy-qysqasha", mode="statement", transform="headline-only",
         link="headline", title="Қарағандыда мектеп автобустары тексерілді",
         body=[own("Облыстық білім басқармасы мектеп автобустарының техникалық жағдайын тексерді."),
               own("Тексеру нәтижесінде үш автобус жөндеуге жіберілді."),
               {"hl": 1}],
         notes="Headline-only republication: the original's 7-word headline as the link text under the partner's "
               "own story (a teaser: 0)."),
    dict(orig="S1", partner="zhaiyq", slug="avtobus-bagdarlamasy", mode="statement", transform="statement-part",
         link="nofollow", title="Мектеп автобустары: не белгілі",
         body=[own("[[Ертіс таңы]] әкімдіктің мәлімдемесін жариялады. Оның бір бөлігін келтіреміз."),
               M([[3, 0], [3, 1]], tag="blockquote"),
               C(5, 0),
               own("Біз облыстық білім басқармасына сауал жібердік.")],
         notes="Two sentences of the statement and one sentence of the prose, nofollow credit."),
    dict(orig="S1", partner="saryarqa", slug="qyryq-avtobus-tolyq", mode="statement", transform="full-reprint",
         link="exact", title=0,
         body=[C(1, 0), M([[2, 0], [2, 1]]), M([[3, 0], [3, 1]], tag="blockquote"),
               M([[3, 2], [3, 3]], tag="blockquote"), M([[3, 4], [3, 5]], tag="blockquote"),
               M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]]), own("Дереккөз: [[Ертіс таңы]].")],
         notes="The whole article with the statement, credited: full reprint."),
    # ============================================================ F1: footnotes and sources (en), 2..5 p, 6 fn(3), 7 src
    dict(orig="F1", partner="digest", slug="astana-water-taste-explained", mode="footnotes",
         transform="two-paragraphs-no-markers", link="exact", title="Astana water: the iron explained",
         body=[own("The [[Steppe Courier]] looked into the complaints about tap water."),
               M([[3, 0], [3, 1]]), M([[4, 0], [4, 1]])],
         notes="Paragraphs 2 and 3 without their footnote markers, credited."),
    dict(orig="F1", partner="caweekly", slug="astana-reserve-intake", mode="footnotes",
         transform="paragraph-plus-footnote", link="nofollow", title="Why the water changed",
         body=[M([[2, 0], [2, 1]]),
               C(6, 0, pre="(Note: "),
               own("Read more at the [[Steppe Courier]].")],
         notes="The first paragraph and its footnote (printed as a note), nofollow credit."),
    dict(orig="F1", partner="digest", slug="astana-water-full", mode="footnotes",
         transform="full-with-footnotes-and-sources", link="exact", title=0,
         body=[C(1, 0), M([[2, 0], [2, 1]]), M([[3, 0], [3, 1]]), M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]]),
               C(6, 0, pre="1. "), C(6, 1, pre="2. "), C(6, 2, pre="3. "),
               C(7, 0, count="zero", pre="Sources: "), C(7, 1, count="zero"), C(7, 2, count="zero"),
               own("First published by the [[Steppe Courier]].")],
         notes="Everything, footnotes and the sources list included (the sources are not article text), credited."),
    dict(orig="F1", partner="caweekly", slug="tap-water-body", mode="footnotes", transform="body-without-footnotes",
         link="none", title=0,
         body=[C(1, 0), M([[2, 0], [2, 1]]), M([[3, 0], [3, 1]]), M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]])],
         notes="Headline, standfirst and all body paragraphs, not the footnotes, no credit."),
    dict(orig="F1", partner="digest", slug="water-taste-advice", mode="footnotes", transform="near-line",
         link="exact", title="What to do if your tap water tastes of metal",
         body=[C(1, 0), M([[5, 0], [5, 1]]), C(6, 1),
               own("The full explanation is in the [[Steppe Courier]].")],
         notes="Standfirst, the advice paragraph and one footnote (printed as a paragraph): just over the line."),
    # ============================================================ C1: numbered chapters (ru), h2 2,4,6,8,10; p 3,5,7,9,11
    dict(orig="C1", partner="stolica", slug="skoraya-noch", mode="chapters", transform="two-chapters", link="exact",
         title="Ночь со скорой: начало смены",
         body=[own("Корреспондент [[«Северного вестника»]] провёл ночь с бригадой скорой помощи."),
               C(2, 0, tag="h2"), M([[3, 0], [3, 1]]), C(4, 0, tag="h2"), M([[5, 0], [5, 1]])],
         notes="Chapters 1 and 2 with their numbered subheadings, credited."),
    dict(orig="C1", partner="batys", slug="skoraya-studenta-spasli", mode="chapters", transform="one-chapter-body",
         link="nofollow", title="Скорая спасла студента колледжа",
         body=[own("В Петропавловске бригада скорой помощи ночью спасла студента, пишет [[«Северный вестник»]]."),
               M([[9, 0], [9, 1]])],
         notes="The paragraph of chapter 4 without its subheading, nofollow credit."),
    dict(orig="C1", partner="stolica", slug="skoraya-ssylka", mode="chapters", transform="headline-only",
         link="headline", title="В Астане ищут фельдшеров",
         body=[own("Городская станция скорой помощи объявила набор фельдшеров и водителей."),
               own("Зарплату обещают повысить с января."),
               {"hl": 1, "label": "Читайте также"}],
         notes="Headline-only republication: the original's 8-word headline is the link text (a run of 8 words "
               "counts, like handcases' headline-link)."),
    dict(orig="C1", partner="batys", slug="skoraya-pyat-glav", mode="chapters", transform="chapters-unlabelled",
         link="homepage", title="Одна ночь скорой помощи",
         body=[own("Журналисты [[«Северного вестника»]] рассказали о работе ночной смены.")]
              + [M([[u, 0], [u, 1]]) for u in (3, 5, 7, 9, 11)],
         notes="All five chapter paragraphs without the chapter headings; the credit links the home page."),
    dict(orig="C1", partner="stolica", slug="skoraya-polnoch", mode="chapters", transform="chapters-near-line",
         link="exact", title=0,
         body=[own("О ночной смене скорой помощи рассказал [[«Северный вестник»]]."),
               C(6, 0, tag="h2"), M([[7, 0], [7, 1]]), C(10, 0, tag="h2"), C(11, 0)],
         notes="The headline, chapter 3 with its subheading, and chapter 5's subheading with its first sentence: "
               "just over the line."),
    # ============================================================ B1: brief of 40 words (kk)
    dict(orig="B1", partner="zhaiyq", slug="ertis-kopiri", mode="brief", transform="whole-three-words",
         link="exact", title=0,
         body=[C(2, 0, t=B1_EDIT[0]), C(2, 1, t=B1_EDIT[1]), C(2, 2), C(2, 3, t=B1_EDIT[3]),
               own("Дереккөз: [[Ертіс таңы]].")],
         notes="The whole 40-word brief with three words changed ('мен' -> 'және', 'Жолаушылар' -> 'Қалалық', "
               "'таңертең' -> 'ерте'), credited: full reprint."),
    dict(orig="B1", partner="saryarqa", slug="kopir-zhabylady", mode="brief", transform="whole-three-words",
         link="none", title="Павлодарда көпір жабылады",
         body=[C(2, 0, t=B1_EDIT[0]), C(2, 1, t=B1_EDIT[1]), C(2, 2), C(2, 3, t=B1_EDIT[3])],
         notes="The brief's text under the partner's own headline, the same three words changed, no credit."),
    dict(orig="B1", partner="zhaiyq", slug="kopir-avtobus", mode="brief", transform="headline-one-sentence",
         link="nofollow", title=0,
         body=[C(2, 1), own("Толығырақ: [[Ертіс таңы]].")],
         notes="The headline and one sentence of the brief: just over the line."),
    dict(orig="B1", partner="saryarqa", slug="demalys-kuni-zhol", mode="brief", transform="headline-only",
         link="headline", title="Демалыс күндері жолға шығатындарға",
         body=[own("Демалыс күндері облыс жолдарында бірнеше учаске жөнделеді."),
               own("Жүргізушілер жол белгілеріне мұқият болуы керек."), {"hl": 1}],
         notes="Headline-only republication: the 5-word headline as a link (a teaser: 0)."),
    # ============================================================ D1: standfirst = first sentence of paragraph 1 (ru)
    dict(orig="D1", partner="batys", slug="aksai-dom-tvorchestva", mode="standfirst-repeat",
         transform="first-paragraph", link="exact", title="Для детей Аксая открыли новый центр",
         body=[own("Об открытии рассказало [[«Уральское обозрение»]]."), M([[2, 0], [2, 1]]),
               own("В нашем городе подобный центр тоже обещают построить.")],
         notes="The first paragraph, whose first sentence is also the standfirst: the copy reproduces both places "
               "(13 + 24 words)."),
    dict(orig="D1", partner="stolica", slug="aksai-den-otkrytyh-dverei", mode="standfirst-repeat",
         transform="last-paragraph", link="nofollow", title="День открытых дверей в Аксае",
         body=[own("Родителей приглашают в новый дом творчества, сообщает [[«Уральское обозрение»]]."),
               M([[5, 0], [5, 1]])],
         notes="The last paragraph only, nofollow credit."),
    dict(orig="D1", partner="batys", slug="aksai-dom-anons", mode="standfirst-repeat", transform="headline-lead",
         link="exact", title=0,
         body=[C(1, 0), own("Подробности — в материале [[«Уральского обозрения»]].")],
         notes="Headline and standfirst, a teaser: the standfirst sentence is also the first paragraph's opening, "
               "so it counts twice (7 + 13 + 13)."),
    dict(orig="D1", partner="stolica", slug="aksai-tvorchestvo-polnostyu", mode="standfirst-repeat",
         transform="full-sentence-once", link="none", title=0,
         body=[M([[2, 0], [2, 1]]), M([[3, 0], [3, 1]]), M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]])],
         notes="Headline and the whole body, the repeated sentence printed once: full reprint, no credit."),
    dict(orig="D1", partner="batys", slug="aksai-podryadchik", mode="standfirst-repeat", transform="two-paragraphs",
         link="homepage", title="Дом творчества в Аксае сдали с опозданием",
         body=[own("Как пишет [[«Уральское обозрение»]], объект обошёлся бюджету недёшево."),
               M([[4, 0], [4, 1]]), M([[5, 0], [5, 1]])],
         notes="Paragraphs 3 and 4; the credit links the home page."),
]

# ============================================================ R1: long read of 1505 words (en)
_R1_OWN = [
    "The story, published this week, follows one fishing village for a whole year.",
    "It is a slow read, but a rewarding one.",
    "The village lies about an hour's drive from Aktau.",
    "Scientists have warned about the falling level for years.",
    "Our own reporter visited the coast last spring and saw similar scenes.",
    "Officials in Aktau did not answer our questions by the time of publication.",
    "Tourism is one of the few growing businesses on the coast.",
    "The school is the largest building in the village.",
    "Similar problems with wells have been reported in other coastal villages.",
    "The port is expected to open two new berths next year.",
    "Local residents we spoke to on the phone confirmed the account.",
    "The ending of the piece is worth reading in full.",
]


def _r1(keys, link_text, n_own):
    """A partner article made of many short copied pieces: each copied sentence its own paragraph or glued to one
    of the partner's own sentences."""
    body = [own(f"A long read in the [[{link_text}]] tells how a village lives after the sea has gone.")]
    for i, key in enumerate(keys):
        if i % 3 == 1 and i // 3 < n_own:
            body.append({"mix": [_R1_OWN[(i // 3) % len(_R1_OWN)] + " ", C(*key)]})
        else:
            body.append(C(*key))
    return body


_R1_SCATTER_A = [[2, 0], [2, 3], [3, 2], [5, 2], [5, 3], [6, 3], [7, 1], [7, 3], [9, 3], [10, 1], [11, 0], [11, 3],
                 [13, 1], [14, 3], [15, 1], [16, 1], [18, 2], [18, 3], [20, 0], [22, 1], [23, 2]]
_R1_SCATTER_B = _R1_SCATTER_A + [[3, 3]]
_R1_SCATTER_C = [[2, 0], [5, 2], [7, 3], [9, 3], [13, 1], [16, 1], [18, 3], [20, 0], [22, 1], [24, 3]]
_R1_SCATTER_D = _R1_SCATTER_B + [[13, 3], [19, 1], [24, 1], [2, 1], [3, 0], [5, 0], [6, 0], [9, 0], [10, 0], [10, 3], [11, 1], [14, 0],
                                 [15, 2], [19, 0], [20, 2], [23, 0], [23, 3]]

CASES += [
    dict(orig="R1", partner="digest", slug="bautino-sea-left", mode="longread", transform="many-pieces-under-line",
         link="exact", title="The Caspian village where the sea left", body=_r1(_R1_SCATTER_A, "Steppe Courier", 8),
         notes="21 sentences from all over the long read, each alone or after one of the partner's sentences, "
               "credited: just under the line."),
    dict(orig="R1", partner="caweekly", slug="caspian-village-retreat", mode="longread",
         transform="many-pieces-over-line", link="nofollow", title="Life on a shrinking Caspian coast",
         body=_r1(_R1_SCATTER_B, "Steppe Courier", 8),
         notes="22 scattered sentences, nofollow credit: just over the line."),
    dict(orig="R1", partner="digest", slug="bautino-ten-quotes", mode="longread", transform="few-pieces",
         link="none", title="A village without its sea", body=[own("A long read about Bautino is making the rounds.")]
         + [C(*k) for k in _R1_SCATTER_C],
         notes="10 scattered sentences, no credit."),
    dict(orig="R1", partner="caweekly", slug="bautino-half", mode="longread", transform="many-pieces-half",
         link="exact", title="The sea left, the people stayed", body=_r1(_R1_SCATTER_D, "Steppe Courier", 12),
         notes="40 scattered sentences (about half of the text), credited."),
    dict(orig="R1", partner="digest", slug="weekend-reading", mode="longread", transform="headline-only",
         link="headline", title="Weekend reading: five stories we liked",
         body=[own("Every Friday we pick long stories from other outlets that are worth your weekend."),
               own("This week the choice includes a piece on a Caspian village and its missing sea."),
               {"hl": 1, "label": "Read"},
               own("Our other picks cover a theatre in Karaganda and a new cycling route in Almaty.")],
         notes="Headline-only republication in a reading list: the 10-word headline as the link text (a run of 8+ "
               "words counts)."),
    dict(orig="R1", partner="caweekly", slug="bautino-full", mode="longread", transform="full-reprint", link="exact",
         title=0,
         body=[M([[1, 0], [1, 1]])]
              + [C(u, 0, tag="h2") if b[0] == "h2" else M([[u, k] for k in range(len(b[1]))])
                 for u, b in ((i + 2, b) for i, b in enumerate(__import__("originals").ORIGINALS["R1"]["blocks"]))]
              + [own("Republished with permission request pending; original at the [[Steppe Courier]].")],
         notes="The whole long read, credited: full reprint."),
]
