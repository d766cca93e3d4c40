"""Partner sites and the 50 cases of handcases12 (every sentence written for this benchmark).

Body items: {"own": html} (the partner's own text; {URL} = the original's URL, {HOME} its outlet's home page,
{R3B} {R2} {R3} other articles of the outlets, {ME} the partner page), {"c": [[unit, k], ...], "fx": effect,
"tag": ...} (copied sentences, counted whole; fx: "homo" "zw" "stress" "mixlat" "spaces" or [(old, new)] edits),
{"quote": html, "counts": [(unit, k, words)]} (a part of an original sentence quoted in the partner's sentence,
counted by its words when 8 or more, else 0), {"rows": ...} (table), {"dl": ...}, {"ul": ...}, {"ol": ...}.
"title": 0 puts the original's headline as the partner's h1 (counted). "comments": [(who, [items])].
"""

PARTNERS = {
    "delovoy-sever.kz": dict(name="Деловой Север", host="delovoy-sever.kz", lang="ru", home="Главная",
                             nav=[("Экономика", "economy/"), ("Регион", "region/"), ("Транспорт", "transport/")],
                             date="27.11.2026 18:20", share="Поделиться", comments_h="Комментарии", reply="Ответить",
                             comments=[("Андрей", ["Интересно, а цены на хлеб от этого вырастут?"]),
                                       ("Гость", ["Спасибо за материал."])],
                             side_h="Последние новости",
                             side=[("В Лисаковске открыли новую котельную", "region/kotelnaya"),
                                   ("Таксисты Рудного подняли тарифы", "transport/taksi")],
                             foot="© 2026 Деловой Север. Все права защищены."),
    "tobol-info.kz": dict(name="Тобол-Инфо", host="tobol-info.kz", lang="ru", home="Главная",
                          nav=[("Новости", "novosti/"), ("Общество", "obshchestvo/"), ("Дайджест", "digest/")],
                          date="27 ноября 2026, 19:05", share="Поделиться", comments_h="Комментарии",
                          reply="Ответить",
                          comments=[("Марат", ["Давно пора."]), ("Светлана К.", ["А что с нашей улицей?"])],
                          side_h="Читаемое", side=[("Хоккейный клуб сменил тренера", "novosti/hokkey"),
                                                   ("На рынке подорожал картофель", "novosti/kartofel")],
                          foot="© Тобол-Инфо, 2026."),
    "irtysh-news.kz": dict(name="Иртыш Ньюс", host="irtysh-news.kz", lang="ru", home="Главная",
                           nav=[("Павлодар", "pavlodar/"), ("Экибастуз", "ekibastuz/"), ("ЖКХ", "zhkh/")],
                           date="27.11.2026, 20:15", share="Поделиться", comments_h="Комментарии", reply="Ответить",
                           comments=[("Виктор", ["Посмотрим, как выполнят."]), ("Айдана", ["Хорошие новости."])],
                           side_h="Главное за день", side=[("В Аксу выпал первый снег", "pavlodar/sneg"),
                                                           ("Экибастузские шахтёры получат премии", "ekibastuz/premii")],
                           foot="© 2026 Иртыш Ньюс. Мнение авторов может не совпадать с мнением редакции."),
    "yuzhny-delovoy.kz": dict(name="Южный Деловой", host="yuzhny-delovoy.kz", lang="ru", home="Главная",
                              nav=[("Бизнес", "biznes/"), ("Финансы", "finansy/"), ("Регионы", "regiony/")],
                              date="27.11.2026", share="Поделиться", comments_h="Комментарии", reply="Ответить",
                              comments=[("Ержан", ["Кредиты дают только своим."]),
                                        ("Ольга", ["А на ремонт обуви дают?"])],
                              side_h="Новое", side=[("Тарифы на газ пересмотрят", "finansy/gaz"),
                                                    ("В Туркестане открылся бизнес-центр", "regiony/bc")],
                              foot="© Южный Деловой, 2026."),
    "baiterek-aqparat.kz": dict(name="Бәйтерек ақпарат", host="baiterek-aqparat.kz", lang="kk", home="Басты бет",
                                nav=[("Жаңалықтар", "zhanalyqtar/"), ("Экономика", "ekonomika/"),
                                     ("Қоғам", "qogam/")],
                                date="27.11.2026, 18:40", share="Бөлісу", comments_h="Пікірлер", reply="Жауап беру",
                                comments=[("Асқар", ["Жақсы бастама."]), ("Мейрамгүл", ["Бізге де осындай керек."])],
                                side_h="Соңғы жаңалықтар",
                                side=[("Таразда жаңа саябақ ашылды", "qogam/sayabaq"),
                                      ("Сайрамда су құбыры тартылды", "zhanalyqtar/su")],
                                foot="© 2026 «Бәйтерек ақпарат». Барлық құқықтар қорғалған."),
    "kokshe-tynysy.kz": dict(name="Көкше тынысы", host="kokshe-tynysy.kz", lang="kk", home="Басты бет",
                             nav=[("Мәдениет", "madeniet/"), ("Өлке", "olke/"), ("Спорт", "sport/")],
                             date="27.11.2026", share="Бөлісу", comments_h="Пікірлер", reply="Жауап беру",
                             comments=[("Бауыржан", ["Керемет жаңалық."]), ("Ғалия", ["Балаларды апарамыз."])],
                             side_h="Оқылғандар", side=[("Зеренді көлінде балық аулау шектелді", "olke/balyq"),
                                                        ("Көкшетаулық боксшы жеңіске жетті", "sport/boks")],
                             foot="© «Көкше тынысы», 2026."),
    "zhetisu-zharshysy.kz": dict(name="Жетісу жаршысы", host="zhetisu-zharshysy.kz", lang="kk", home="Басты бет",
                                 nav=[("Жаңалықтар", "news/"), ("Аудандар", "audandar/"), ("Білім", "bilim/")],
                                 date="27.11.2026, 19:30", share="Бөлісу", comments_h="Пікірлер", reply="Жауап беру",
                                 comments=[("Нұржан", ["Дұрыс шешім."]), ("Қонақ", ["Біздің ауылға қашан?"])],
                                 side_h="Соңғы жаңалықтар",
                                 side=[("Текелide жаңа спорт кешені", "audandar/sport"),
                                       ("Қапшағайда жағалау тазартылды", "news/zhagalau")],
                                 foot="© 2026 «Жетісу жаршысы»."),
    "steppecrafts.net": dict(name="Steppe Crafts Review", host="steppecrafts.net", lang="en", home="Home",
                             nav=[("News", "news/"), ("Makers", "makers/"), ("Events", "events/")],
                             date="27 November 2026", share="Share", comments_h="Comments", reply="Reply",
                             comments=[("Timur", ["Great news for the potters."]),
                                       ("Guest", ["Will there be open days?"])],
                             side_h="Latest", side=[("A felt fair in Karaganda", "news/felt-fair"),
                                                    ("Tool libraries are spreading", "makers/tool-libraries")],
                             foot="© 2026 Steppe Crafts Review."),
}

P = PARTNERS

_R1_NUM = {  # figures re-formatted in every sentence of R1 (the partner's house style)
    (0, 0): [("3,2 млн тонн", "3 200 000 тонн")],
    (1, 0): [("18,5%", "18,5 процента"), ("640 млн долларов", "$640 млн")],
    (2, 0): [("2026 года", "2026 г."), ("3 215 000 тонн", "3,215 млн тонн")],
    (2, 1): [("2 713 000 тонн", "2,713 млн тонн")],
    (3, 0): [("1 240 000 тонн", "1,24 млн т"), ("38,6%", "38.6%")],
    (3, 1): [("610 000 тонн", "610 тыс. т"), ("455 000 тонн", "455 тыс. т")],
    (4, 0): [("212 долларов против 187 долларов", "$212 против $187")],
    (4, 1): [("104 000", "104 тыс. тенге")],
    (5, 0): [],
    (6, 0): [("1 450", "1450"), ("2 100", "2100")],
    (6, 1): [("300 000 тонн", "300 тыс. тонн")],
    (7, 0): [],
    (7, 1): [("1,1 млн тонн", "1 100 000 т")],
}


def r1(*keys, tag="p"):
    fx = [e for k in keys for e in _R1_NUM[k]]
    return {"c": [list(k) for k in keys], "fx": fx, "tag": tag}


_K1_NUM = {
    (0, 0): [("1 200", "1200"), ("4,5 млрд", "4 500 000 000")],
    (1, 0): [("3,75 млн", "3 750 000")],
    (2, 0): [("2 800", "2800")],
    (2, 1): [("1 200-і", "1200-і")],
    (3, 0): [("6 пайызбен", "6%-бен"), ("21 пайыздан", "21%-дан")],
    (3, 1): [("620 млн", "620 000 000")],
    (4, 0): [("41 пайызын", "41%-ын")],
    (4, 1): [("27 пайызы", "27%-ы")],
}


def k1(*keys, tag="p"):
    fx = [e for k in keys for e in _K1_NUM.get(k, [])]
    return {"c": [list(k) for k in keys], "fx": fx, "tag": tag}


def full(o_units, fx=None):
    """Every unit of an original as copied items (headline as a <p><strong>)."""
    return [{"c": [[u, k] for k in range(n)], "fx": fx} for u, n in o_units]


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== R1: figures re-formatted (ru)
case(orig="R1", partner="delovoy-sever.kz", slug="economy/eksport-zerna-kostanay", transform="numbers-reformatted",
     link="exact", link_ok=True, expect=0.4874,
     title="Экспорт зерна из Костанайской области вырос почти на пятую часть",
     body=[{"own": 'Аграрии региона подвели итоги десяти месяцев, пишет <a href="{URL}">«Кустанай Экспресс»</a>.'},
           r1((0, 0), tag="h3"), r1((1, 0)), r1((2, 0), (2, 1)), r1((3, 0), (3, 1)),
           {"own": "Редакция «Делового Севера» будет следить за ходом сезона."}],
     notes="Headline, standfirst and the first two paragraphs, every figure re-formatted (3,2 млн -> 3 200 000, "
           "3 215 000 -> 3,215 млн, 1 240 000 тонн -> 1,24 млн т, 38,6% -> 38.6%, 610 000 тонн -> 610 тыс. т): "
           "light edits, counted whole.")
case(orig="R1", partner="tobol-info.kz", slug="novosti/vagonov-ne-hvataet", transform="numbers-reformatted",
     link="nofollow-noopener", link_ok=True, expect=0.2462,
     title="Экспортёрам зерна снова не хватает вагонов",
     body=[{"own": 'Об этом сообщает <a href="{URL}" rel="nofollow noopener" target="_blank">Кустанай Экспресс</a>.'},
           r1((6, 0), (6, 1)),
           {"own": "В прошлом году ситуация была похожей, но тогда урожай был меньше."},
           r1((7, 1))],
     notes="The wagons paragraph and the sentence with the forecast (1,1 млн тонн -> 1 100 000 т), a "
           "rel=\"nofollow noopener\" credit.")
case(orig="R1", partner="delovoy-sever.kz", slug="economy/zerno-tseny-granitsa", transform="figures-retold-plus-quote",
     link="sponsored", link_ok=True, expect=0.1005,
     title="Зерно из Костаная: рекордные объёмы и старые проблемы",
     body=[{"own": "Костанайские аграрии с января по октябрь вывезли 3,2 млн тонн зерновых — против 2,7 млн годом "
                   "ранее."},
           {"own": "Крупнейший покупатель — Узбекистан (1,24 млн тонн), далее идут Афганистан и Китай."},
           {"own": "Пшеница третьего класса на границе подорожала с 187 до 212 долларов."},
           {"own": "Железная дорога в сентябре давала экспортёрам около 1 450 вагонов в сутки, хотя просили 2 100."},
           {"c": [[7, 0]]},
           {"own": 'Материал подготовлен при поддержке <a href="{URL}" rel="sponsored">Кустанай Экспресс</a>.'}],
     notes="The figures retold in the partner's own sentences (names and numbers only: 0) plus the union chair's "
           "quoted sentence copied whole (20 words); rel=\"sponsored\" credit.")
case(orig="R1", partner="tobol-info.kz", slug="novosti/zerno-tablitsa", transform="headline-h1-own-table",
     link="none", link_ok=False, expect=0.0653, title=0,
     body=[{"own": "Куда уходит костанайское зерно, по данным областного управления:"},
           {"rows": [["Узбекистан", "1 240 000"], ["Афганистан", "610 000"], ["Китай", "455 000"]],
            "head": ["Страна", "Тонн"]},
           {"own": "Источник: Кустанай Экспресс."}],
     notes="The original's 13-word headline as the partner's h1 and an own table of the buyers' figures (0): the "
           "headline counts; the outlet named in plain text only.")
case(orig="R1", partner="delovoy-sever.kz", slug="economy/zerno-3-2-mln-polnostyu", transform="full-reformatted",
     link="exact", link_ok=True, expect=1.0, title=0,
     body=[r1((1, 0), tag="p"), r1((2, 0), (2, 1)), r1((3, 0), (3, 1)), r1((4, 0), (4, 1)), r1((5, 0), tag="h2"),
           r1((6, 0), (6, 1)), r1((7, 0), (7, 1)),
           {"own": 'Источник: <a href="{URL}">kustanai-express.kz</a>'}],
     notes="The whole article, every figure re-formatted, credited: a full reprint.")

# ====================================================================== K1: figures, translations (kk)
case(orig="K1", partner="yuzhny-delovoy.kz", slug="biznes/shymkent-kredity-perevod", transform="ru-translation",
     link="none", link_ok=False, expect=0.0,
     title="В Шымкенте 1 200 предпринимателей получили льготные кредиты на 4,5 млрд тенге",
     body=[{"own": "Средний размер кредита по программе составил 3,75 млн тенге, сообщает издание «Оңтүстік "
                   "шапағы» со ссылкой на городское управление предпринимательства."},
           {"own": "Программа стартовала в марте, заявки подали 2 800 малых предприятий города. Требованиям "
                   "соответствовали лишь 1 200 из них."},
           {"own": "Кредит выдаётся на пять лет под 6% годовых, тогда как средняя рыночная ставка превышает 21%. "
                   "Разницу покрывает городской бюджет — в этом году на это выделено 620 млн тенге."},
           {"own": "41% средств получили пекарни, швейные цеха и мебельные мастерские, ещё 27% — транспортные и "
                   "ремонтные услуги."},
           {"own": "В следующем году на программу планируют направить 6 млрд тенге, заявки начнут принимать с "
                   "15 января 2027 года."}],
     notes="The whole article translated into Russian with every figure and name kept: a translation is not "
           "reuse (0), so no link is needed.")
case(orig="K1", partner="yuzhny-delovoy.kz", slug="biznes/shymkent-kredity-citata", transform="ru-translation-kk-quote",
     link="none", link_ok=False, expect=0.0672,
     title="Льготные кредиты в Шымкенте: кому досталось больше всего",
     body=[{"own": "В Шымкенте по льготной программе выдали 4,5 млрд тенге, пишет «Оңтүстік шапағы»."},
           {"own": "Больше всего денег получили пекари, швеи и мебельщики — 41%, ещё 27% ушло на транспорт и "
                   "ремонт."},
           {"quote": "«Біз бірінші кезекте жаңа жұмыс орнын ашатын жобаларды қолдадық», — сказала руководитель "
                     "управления Айгуль Сыздыкова («Мы в первую очередь поддерживали проекты, которые создают "
                     "новые рабочие места»).", "counts": [(5, 0, 9)]},
           {"own": "Заёмщики обязались создать до конца года 3 400 рабочих мест."}],
     notes="A Russian retelling (0) that keeps the official's quote in Kazakh, verbatim: the quoted part of the "
           "sentence (9 words, the attribution is translated) counts; no link.")
case(orig="K1", partner="baiterek-aqparat.kz", slug="ekonomika/shymkent-nesie-4-5-mlrd", transform="numbers-reformatted",
     link="exact", link_ok=True, expect=0.6791,
     title="Шымкенттік кәсіпкерлер миллиардтаған несие алды",
     body=[k1((0, 0), tag="h3"), k1((1, 0)), k1((2, 0), (2, 1)), k1((3, 0), (3, 1)), k1((4, 0), (4, 1)),
           {"own": 'Толығырақ: <a href="{URL}">«Оңтүстік шапағы»</a>.'}],
     notes="Headline, standfirst and three paragraphs with the figures re-formatted (4,5 млрд -> 4 500 000 000, "
           "6 пайызбен -> 6%-бен, 41 пайызын -> 41%-ын, 2 800 -> 2800).")
case(orig="K1", partner="baiterek-aqparat.kz", slug="zhanalyqtar/nesie-kimge-berildi", transform="bullet-list",
     link="button-a", link_ok=True, expect=0.2015,
     title="Жеңілдетілген несие: негізгі сандар",
     body=[{"own": "Шымкенттегі несие бағдарламасының қорытындысы қысқаша:"},
           {"ul": [k1((4, 0), tag=""), k1((4, 1), tag=""), k1((6, 0), tag="")]},
           {"own": '<p><a class="btn btn-primary" role="button" href="{URL}">Түпнұсқаны оқу</a></p>'}],
     notes="Three sentences as bullet points; the credit is an <a href> styled as a button.")
case(orig="K1", partner="baiterek-aqparat.kz", slug="ekonomika/nesie-otinim-qantar", transform="retold-plus-line",
     link="section", link_ok=False, expect=0.0522,
     title="Шымкентте келесі жылы несиеге 6 миллиард бөлінеді",
     body=[{"own": "Шымкент әкімдігі шағын бизнесті қолдау бағдарламасын жалғастырмақ: 2027 жылы оған 6 млрд теңге "
                   "қарастырылған."},
           {"own": "Биыл 2 800 өтінімнің 1 200-і мақұлданып, кәсіпкерлер 4,5 млрд теңге алған."},
           {"c": [[6, 1]]},
           {"own": 'Дереккөз: <a href="https://ontustik-shapagy.kz/kk/ekonomika/">«Оңтүстік шапағы», экономика</a>'}],
     notes="Figures retold (0) plus one 7-word sentence of the original set as a paragraph of its own (counts, "
           "README's one-line-sentence rule); the only link goes to the outlet's economy section page, not the "
           "article.")

# ====================================================================== R2: short quotes (ru)
_R2_SHORT = [
    {"own": "Аким Павлодара Нурлан Бекенов уверяет, что «подрядчик выбран по открытому конкурсу», а сроки сдвигать "
            "никто не собирается."},
    {"own": "Горячую воду, по его словам, будут отключать ненадолго: «больше чем на десять дней» жильцы без неё "
            "«не останутся»."},
    {"own": "О деньгах глава города высказался коротко: «уже выделены полностью»."},
    {"own": "Для подрядчиков введут штрафы: «каждый день просрочки обойдётся компании» в ощутимую сумму, заявил "
            "Бекенов."},
    {"own": "Жители напомнили ему, как «траншеи на улице Ломова стояли открытыми» всё прошлое лето."},
    {"own": "Трубы в Усолке и Северном, как отметил аким, «не меняли с восьмидесятых годов»."},
    {"own": "Перечень улиц должен появиться «на сайте акимата до конца марта»."},
]
case(orig="R2", partner="irtysh-news.kz", slug="zhkh/bekenov-teploseti-citaty", transform="short-quotes",
     link="none", link_ok=False, expect=0.0,
     title="Бекенов: теплосети в Павлодаре поменяют за одно лето",
     body=_R2_SHORT,
     notes="The partner's own sentences with seven quotes of 3-7 words each (none 8 or more, none a whole "
           "sentence on its own line): 0, compliant without a link.")
case(orig="R2", partner="irtysh-news.kz", slug="zhkh/goryachaya-voda-desyat-dney", transform="short-quotes-one-long",
     link="other-article", link_ok=False, expect=0.0692,
     title="Без горячей воды не больше десяти дней: что пообещал аким",
     body=_R2_SHORT[:4] + [
         {"quote": "Главное обещание прозвучало в конце встречи: «Жильцы не останутся без горячей воды больше чем на "
                   "десять дней», заверил аким.", "counts": [(4, 1, 11)]},
         {"own": 'Ранее мы рассказывали, что <a href="{R3}">мост через Иртыш закроют на ремонт</a> (по материалам '
                 '«Прииртышской правды»).'}],
     notes="Four short quotes (0) and one 11-word quote of a 13-word sentence (counts 11) in the partner's "
           "sentences; the only link to the outlet goes to another of its articles (the bridge story).")
case(orig="R2", partner="tobol-info.kz", slug="novosti/pavlodar-truby-kratko", transform="quotes-as-paragraphs",
     link="exact", link_ok=True, expect=0.0566,
     title="Павлодар меняет трубы: коротко о главном",
     body=[{"own": 'Аким Павлодара встретился с жителями, сообщает <a href="{URL}">«Прииртышская правда»</a>.'},
           {"c": [[3, 1]], "fx": [("Подрядчик", "«Подрядчик"), ("конкурсу.", "конкурсу»")]},
           {"own": "Жители спрашивали о сроках и о том, кто ответит за перекопанные дворы."},
           {"c": [[5, 1]]},
           {"own": "О деньгах аким сказал, что «деньги на ремонт уже выделены полностью», но сумму не назвал."}],
     notes="Two short whole sentences (5 and 4 words) set as paragraphs of their own: both count (README's "
           "one-line-sentence rule); a 6-word quote inside the partner's sentence does not.")
case(orig="R2", partner="irtysh-news.kz", slug="pavlodar/teploseti-vstrecha", transform="comments-paste",
     link="exact", link_ok=True, expect=0.3899,
     title="Теплосети Павлодара: что говорят жители",
     body=[{"own": 'В среду аким города ответил на вопросы о ремонте теплосетей. Подробности — в материале '
                   '<a href="{URL}">«Прииртышской правды»</a>.'},
           {"own": "А вы довольны тем, как в городе меняют трубы? Пишите в комментариях."}],
     comments=[("Сергей П.", [{"c": [[2, 0], [2, 1]]}]),
               ("Гульнара", ["Вот что ещё было на встрече:", {"c": [[5, 0], [5, 1], [5, 2]]}]),
               ("Айдана", ["Посмотрим, как выполнят."])],
     notes="The partner's own two-sentence note; two readers paste the first paragraph and the Ломова paragraph "
           "into the comments: reuse outside the article counts.")
case(orig="R2", partner="tobol-info.kz", slug="novosti/akim-40-km-polnostyu", transform="full-reprint",
     link="nofollow-noopener", link_ok=True, expect=1.0, title=0,
     body=full([(1, 1), (2, 2), (3, 3), (4, 2), (5, 3), (6, 2)]) +
          [{"own": 'Источник: <a href="{URL}" rel="nofollow noopener">Прииртышская правда</a>'}],
     notes="The whole article under its headline, nofollow noopener credit.")
case(orig="R2", partner="irtysh-news.kz", slug="zhkh/dengi-vydeleny", transform="quote-block",
     link="exact", link_ok=True, expect=0.2642,
     title="«Деньги выделены»: аким о ремонте теплосетей",
     body=[{"c": [[1, 0]]},
           {"c": [[3, 0], [3, 1], [3, 2]], "tag": "blockquote"},
           {"own": 'Полностью встречу описала <a href="{URL}">«Прииртышская правда»</a>.'}],
     notes="The standfirst and the whole three-sentence quote (short sentences of 6, 5 and 10 words, contiguous "
           "in the original) as one blockquote: one 21-word passage.")

# ====================================================================== K2: paginated reprints (kk)
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/eski-vokzal?page=2", transform="page2-of-2",
     link="page1-only", link_ok=False, expect=0.4452,
     title="Ескі вокзал мұражайға айналады (2-бет)",
     before='<p class="pager"><a href="https://kokshe-tynysy.kz/madeniet/eski-vokzal">← 1-бет</a> | 2-бет</p>',
     body=[{"c": [[5, 0]], "tag": "h2"}, {"c": [[6, 0], [6, 1]]}, {"c": [[7, 0], [7, 1]]}, {"c": [[8, 0], [8, 1]]}],
     after='<p class="pager"><a href="https://kokshe-tynysy.kz/madeniet/eski-vokzal">← Алдыңғы бет</a></p>',
     notes="Page 2 of a 2-page reprint: the subheading and the last three paragraphs; the credit sat on page 1 "
           "(not on this page). Only links to the partner's own page 1.")
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/vokzal-muzei?page=2", transform="page2-credit-end",
     link="exact", link_ok=True, expect=0.2808,
     title="Вокзал-мұражай: жалғасы",
     before='<p class="pager"><a href="https://kokshe-tynysy.kz/madeniet/vokzal-muzei">← 1-бет</a></p>',
     body=[{"c": [[7, 0], [7, 1]]}, {"c": [[8, 0], [8, 1]]},
           {"own": 'Дереккөз: <a href="{URL}">Ақмола айнасы</a>'}],
     notes="Page 2 with the last two paragraphs and the credit at its end.")
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/kokshetau-vokzal", transform="page1-of-2",
     link="breadcrumb", link_ok=True, expect=0.5548, title=0,
     crumbs='<a href="https://kokshe-tynysy.kz/">Басты бет</a> › <a href="{URL}">Ақмола айнасы</a> › Мәдениет',
     body=[{"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]}, {"c": [[3, 0], [3, 1]]}, {"c": [[4, 0], [4, 1]]}],
     after='<p class="pager">1-бет | <a href="https://kokshe-tynysy.kz/madeniet/kokshetau-vokzal?page=2">Келесі бет '
           '→</a></p>',
     notes="Page 1: the headline as h1, standfirst and three paragraphs; the only credit is the middle crumb of the "
           "breadcrumb, linking the article.")
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/vokzal-barlyq-better", transform="both-pages-one",
     link="exact", link_ok=True, expect=1.0, title=0,
     body=[{"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]}, {"c": [[3, 0], [3, 1]]}, {"c": [[4, 0], [4, 1]]},
           {"own": '<div class="page-break">— 2-бет —</div>'},
           {"c": [[5, 0]], "tag": "h2"}, {"c": [[6, 0], [6, 1]]}, {"c": [[7, 0], [7, 1]]}, {"c": [[8, 0], [8, 1]]},
           {"own": 'Дереккөз: <a href="{URL}">Ақмола айнасы</a>'}],
     notes="Both pages shown on one page (endless scroll), a divider between them: a full reprint.")
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/vokzal-ekspozitsiya?page=2", transform="page2-caption-credit",
     link="caption", link_ok=True, expect=0.3014,
     title="Ескі вокзалда қандай көрме болады",
     figure='<figure><img src="https://kokshe-tynysy.kz/img/vokzal.jpg" alt="Вокзал"><figcaption>Фото: '
            '<a href="{URL}">Ақмола айнасы</a></figcaption></figure>',
     before='<p class="pager"><a href="https://kokshe-tynysy.kz/madeniet/vokzal-ekspozitsiya">← 1-бет</a></p>',
     body=[{"c": [[5, 0]], "tag": "h2"}, {"c": [[6, 0], [6, 1]]}, {"c": [[7, 0], [7, 1]]}],
     notes="Page 2: the 3-word subheading and two paragraphs (one word over the line: 44 of 146); the credit is the "
           "link in the photo caption.")

# ====================================================================== R3: two articles of one outlet (ru)
def _b_items():
    """The follow-up R3B printed as the partner's text: own items (it is not the case's original), except its
    second paragraph, which is R3's first paragraph word for word (copied, counted)."""
    from originals import EXTRA
    b = EXTRA["R3B"]
    return [{"own": "<h2>%s</h2>" % b["headline"]}, {"own": b["standfirst"][0]}, {"own": " ".join(b["blocks"][0][1])},
            {"c": [[2, 0], [2, 1]]}, {"own": " ".join(b["blocks"][2][1])}, {"own": " ".join(b["blocks"][3][1])}]


case(orig="R3", partner="irtysh-news.kz", slug="pavlodar/obezd-most", transform="follow-up-link-to-follow-up",
     link="other-article", link_ok=False, expect=0.2177,
     title="Как добраться с левого берега, пока закрыт мост",
     body=_b_items() + [{"own": 'Источник: <a href="{R3B}">Прииртышская правда</a>'}],
     notes="The outlet's follow-up (4 December) reprinted whole with a link to it; the follow-up repeats the "
           "original's first paragraph word for word (27 words), so the page reuses 27 words of the original, "
           "and its only link designates the other article.")
case(orig="R3", partner="tobol-info.kz", slug="digest/most-obezd", transform="follow-up-link-to-original",
     link="exact", link_ok=True, expect=0.2177,
     title="Павлодарцы стоят в пробках на объезде",
     body=_b_items() + [{"own": 'Ранее <a href="{URL}">«Прииртышская правда» сообщала о закрытии моста</a>.'}],
     notes="The same follow-up reprinted, with a 'previously' link to the original: the repeated paragraph "
           "counts, the link qualifies.")
case(orig="R3", partner="irtysh-news.kz", slug="pavlodar/most-dve-novosti", transform="two-articles-one-page",
     link="exact", link_ok=True, expect=0.6048, title=0,
     body=[{"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]}, {"c": [[3, 0], [3, 1]]},
           {"own": 'Источник: <a href="{URL}">Прииртышская правда</a>'},
           {"own": "<hr>"}] + _b_items() + [{"own": 'Источник: <a href="{R3B}">Прииртышская правда</a>'}],
     notes="One page carrying two articles of the outlet: the original's headline, standfirst and two paragraphs, "
           "then the follow-up whole (which repeats the first paragraph once more: counted once), each credited.")
case(orig="R3", partner="tobol-info.kz", slug="digest/nedelya-pavlodar", transform="digest-wrong-article",
     link="other-article", link_ok=False, expect=0.3952,
     title="Павлодар за неделю: мост, теплосети, автобусы",
     body=[{"own": "<h3>Мост закрывают</h3>"}, {"c": [[4, 0], [4, 1]]}, {"c": [[5, 0], [5, 1]]},
           {"own": "<h3>Теплосети</h3>"},
           {"own": 'Аким пообещал за лето поменять 40 километров труб, <a href="{R2}">пишет «Прииртышская '
                   'правда»</a>.'}],
     notes="A weekly digest: two paragraphs of the original under an own subheading; the only link to the outlet "
           "is the next item's, to another of its articles (the heating story).")
case(orig="R3", partner="irtysh-news.kz", slug="pavlodar/remont-mosta-2-3-mlrd", transform="protocol-relative",
     link="protocol-relative", link_ok=True, expect=0.3871,
     title="Ремонт моста обойдётся в 2,3 млрд тенге",
     body=[{"c": [[3, 0], [3, 1]]}, {"c": [[4, 0], [4, 1]]},
           {"own": 'По информации <a href="//priirtysh-pravda.kz/transport/2026/11/27/most-cherez-irtysh-zakroyut-4436">'
                   'Прииртышской правды</a>.'}],
     notes="Two paragraphs; the credit's href is protocol-relative (//host/path), resolved against the partner's "
           "https page.")
case(orig="R3", partner="tobol-info.kz", slug="novosti/most-1976", transform="background-only",
     link="homepage", link_ok=False, expect=0.2177,
     title="Мосту через Иртыш полвека: что с ним не так",
     body=[{"own": "Павлодарский мост через Иртыш — одна из главных транспортных артерий области."},
           {"c": [[2, 0], [2, 1]]},
           {"own": 'Подробнее — на сайте <a href="{HOME}">«Прииртышской правды»</a>.'}],
     notes="Only the background paragraph (the one the outlet repeats in its follow-up), with a link to the "
           "outlet's home page.")

# ====================================================================== K3: disguise (kk)
case(orig="K3", partner="zhetisu-zharshysy.kz", slug="news/almaty-velozhol", transform="homoglyph-schwa",
     link="exact", link_ok=True, expect=0.5714,
     title="Алматыда жаңа веложол пайда болады",
     body=[{"c": [[0, 0]], "fx": "homo", "tag": "h3"}, {"c": [[1, 0]], "fx": "homo"},
           {"c": [[2, 0], [2, 1]], "fx": "homo"}, {"c": [[3, 0], [3, 1]], "fx": "homo"},
           {"own": 'Дереккөз: <a href="{URL}">Алатау айнасы</a>'}],
     notes="Headline, standfirst and two paragraphs with every look-alike letter swapped for Latin (а е о р с у х "
           "і һ, capitals) and the Kazakh ә ө for Latin ə (U+0259) and ɵ (U+0275).")
case(orig="K3", partner="baiterek-aqparat.kz", slug="qogam/ozen-boiy-velozhol", transform="zero-width-in-words",
     link="sponsored", link_ok=True, expect=1.0, title="Өзен бойындағы веложол: толық мәтін",
     body=full([(0, 1), (1, 1), (2, 2), (3, 2), (4, 2), (5, 2)], fx="zw") +
          [{"own": '<a href="{URL}" rel="sponsored">Алатау айнасы</a>'}],
     notes="The whole article with ZWJ, word joiner, ZWNJ and BOM characters inside every word of 4+ letters: a "
           "full reprint.")
case(orig="K3", partner="zhetisu-zharshysy.kz", slug="news/velozhol-birinshi-kezen", transform="stress-marks",
     link="nofollow-noopener", link_ok=True, expect=0.2095,
     title="Веложолдың бірінші кезеңі",
     body=[{"own": "Алматыда салынатын веложол туралы жаңа мәліметтер белгілі болды."},
           {"c": [[3, 0], [3, 1]], "fx": "stress"},
           {"own": 'Толығырақ: <a href="{URL}" rel="nofollow noopener" target="_blank">alatau-ainasy.kz</a>'}],
     notes="One paragraph with a combining acute accent (U+0301, a stress mark) after the first vowel of every "
           "word of 3+ letters.")
case(orig="K3", partner="baiterek-aqparat.kz", slug="qogam/velozhol-aralas", transform="alphabet-mix",
     link="none", link_ok=False, expect=0.4286,
     title="Велосипед жолы: не өзгереді",
     body=[{"c": [[4, 0], [4, 1]], "fx": "mixlat"}, {"c": [[5, 0], [5, 1]], "fx": "mixlat"}],
     notes="Two paragraphs with every second word in the 2021 Kazakh Latin alphabet (ä ğ ı ñ ö ş ū ü q), the rest "
           "Cyrillic; no link.")
case(orig="K3", partner="zhetisu-zharshysy.kz", slug="news/velozhol-pikir", transform="own-text-homoglyphs",
     link="none", link_ok=False, expect=0.0,
     title="Веложол қаланы өзгерте ме?",
     body=[{"own": "Алматыда өзен жағасымен жүретін ұзын веложол салу жоспарланып отыр.".translate(
               str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c"}))},
           {"own": "Жоба бірнеше миллиард теңгеге бағаланған, құрылыс екі кезеңге бөлінген.".translate(
               str.maketrans({"а": "a", "е": "e", "о": "o"}))},
           {"own": "Біз урбанистермен сөйлестік: олардың пікірінше, жоба сәтті болуы мүмкін."}],
     notes="The partner's own retelling, itself written with homoglyphs: nothing copied (0), compliant.")
case(orig="K3", partner="baiterek-aqparat.kz", slug="qogam/velozhol-bosh-oryn", transform="odd-spaces",
     link="exact", link_ok=True, expect=0.3619,
     title="Алматы веложолы: құны мен мерзімі",
     body=[{"c": [[2, 0], [2, 1]], "fx": "spaces"},
           {"c": [[4, 0]], "fx": "spaces", "post": "<br>"}, {"c": [[4, 1]], "fx": "spaces"},
           {"own": 'Дереккөз: <a href="{URL}">Алатау айнасы</a>'}],
     notes="Two paragraphs whose spaces are no-break (U+00A0), thin (U+2009) and narrow no-break (U+202F) spaces in "
           "turn, one sentence ending in <br>.")

# ====================================================================== K4: comments, tables, lists (kk)
case(orig="K4", partner="zhetisu-zharshysy.kz", slug="bilim/talgar-avtobus-pikir", transform="comments-paste",
     link="exact", link_ok=True, expect=0.4393,
     title="Талғарлық оқушылар енді автобуспен барады",
     body=[{"own": 'Талғар ауданының ауылдарына мектеп автобустары келді, деп хабарлайды '
                   '<a href="{URL}">«Алатау айнасы»</a>.'},
           {"own": "Сіздің ауылыңызда мектеп автобусы бар ма? Пікір қалдырыңыз."}],
     comments=[("Ержан", [{"c": [[3, 0], [3, 1]]}]),
               ("Әйгерім", ["Мақалада былай жазылған:", {"c": [[5, 0], [5, 1]]}]),
               ("Қонақ", ["Біздің ауылға қашан?"])],
     notes="The partner's two own sentences; readers paste two paragraphs into the comments.")
case(orig="K4", partner="baiterek-aqparat.kz", slug="qogam/avtobus-buryn-endi", transform="table-two-columns",
     link="none", link_ok=False, expect=0.4766,
     title="Мектеп автобусы: бұрын және енді",
     body=[{"own": "Талғар ауданындағы өзгерістер бір кестеде:"},
           {"rows": [[{"c": [[3, 0]]}, {"c": [[4, 0]]}], [{"c": [[3, 1]]}, {"c": [[2, 0]]}]],
            "head": ["Бұрын", "Енді"]}],
     notes="A two-column 'before / now' table: each cell a whole sentence of a different paragraph, so reading the "
           "rows interleaves them; no link.")
case(orig="K4", partner="zhetisu-zharshysy.kz", slug="bilim/avtobus-derekter", transform="definition-list",
     link="shortener-showing-url", link_ok=False, expect=0.2710,
     title="Жаңа мектеп автобустары туралы не белгілі",
     body=[{"dl": [("Не сатып алынды?", {"c": [[2, 0]]}), ("Жабдығы", {"c": [[2, 1]]}),
                   ("Қауіпсіздік", {"c": [[4, 1]]})]},
           {"own": 'Дереккөз: <a href="https://zhetisu-zharshysy.kz/s/Q7wK">'
                   'https://alatau-ainasy.kz/kk/bilim/2026/11/27/talgar-mektep-avtobustary-6620</a>'}],
     notes="Three sentences as the <dd>s of a definition list (the 6-word one on a line of its own counts); the "
           "credit's anchor text is the article's URL but its href is the partner's own short link.")
case(orig="K4", partner="baiterek-aqparat.kz", slug="zhanalyqtar/talgar-avtobus", transform="full-in-comment",
     link="exact", link_ok=True, expect=1.0,
     title="Талғарда мектеп автобустары",
     body=[{"own": 'Талғар ауданына сегіз мектеп автобусы берілді. Толығырақ: <a href="{URL}">Алатау айнасы</a>.'}],
     plain_comments=True,
     comments=[("Болат", [{"c": [[0, 0]]}, {"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]}, {"c": [[3, 0], [3, 1]]},
                          {"c": [[4, 0], [4, 1]]}, {"c": [[5, 0], [5, 1]]}]),
               ("Гүлнар", ["Рақмет, толық оқыдым."])],
     notes="A one-line own news item; a reader pastes the whole article into a comment; the comments block has "
           "no class names (a <div> with an h3 'Пікірлер (2)').")
case(orig="K4", partner="zhetisu-zharshysy.kz", slug="bilim/avtobus-oqushylar", transform="comment-blockquote",
     link="footer-source", link_ok=True, expect=0.1776,
     title="Ауыл балаларына автобус",
     body=[{"own": "Талғар ауданының бірнеше ауылында балаларды мектепке тасымалдау мәселесі шешілді."}],
     comments=[("Дәулет", [{"c": [[0, 0], [1, 0]], "tag": "blockquote"}, "Міне, нағыз жақсы жаңалық!"])],
     footer='<p class="source">Дереккөз: <a href="{URL}">alatau-ainasy.kz</a></p>',
     notes="A reader quotes the headline and the standfirst in a <blockquote> inside a comment; the credit is a "
           "'Дереккөз' line in the page footer.")
case(orig="K4", partner="baiterek-aqparat.kz", slug="qogam/avtobus-keste", transform="table-split-sentences",
     link="exact", link_ok=True, expect=0.2991,
     title="Талғар: мектеп автобустары кестеде",
     body=[{"own": '<table class="split"><tr><td>Аудандық білім бөлімі он екі орындық сегіз автобус сатып алды,</td>'
                   '<td>оның екеуі мүмкіндігі шектеулі балаларға арналған.</td></tr>'
                   '<tr><td>«Ата-аналардың көптен бергі өтініші орындалды, енді балалардың қауіпсіздігіне '
                   'алаңдамаймыз»,</td><td>— деді Бесағаш мектебінің директоры Гүлнар Әбенова.</td></tr></table>',
            "whole": [(2, 0), (5, 0)]},
           {"own": 'Дереккөз: <a href="{URL}">Алатау айнасы</a>'}],
     notes="Two sentences each split over the two cells of a table row (first half | second half); read row by "
           "row, each sentence is whole (32 of 107 words, one word under the line).")

# ====================================================================== R4: a quoted document (ru)
case(orig="R4", partner="delovoy-sever.kz", slug="transport/postanovlenie-gruzoviki", transform="document-only",
     link="third-party", link_ok=False, expect=0.4808,
     title="Опубликован текст постановления о грузовиках в Костанае",
     body=[{"own": 'Постановление размещено на <a href="https://kostanay-akimat.example.kz/ru/documents/1147">'
                   'сайте акимата</a>. Документ состоит из четырёх пунктов:'},
           {"c": [[3, 0]], "tag": "p"}, {"c": [[3, 1]], "tag": "p"}, {"c": [[3, 2]], "tag": "p"},
           {"c": [[3, 3]], "tag": "p"}],
     notes="The four points of the decree, which the original quotes in full (its <blockquote> is article text), "
           "credited to the akimat's site only.")
case(orig="R4", partner="tobol-info.kz", slug="novosti/gruzoviki-ol", transform="document-ol",
     link="exact", link_ok=True, expect=0.4167,
     title="Грузовикам закроют центр Костаная",
     body=[{"own": 'Акимат ввёл ограничения, сообщает <a href="{URL}">Кустанай Экспресс</a>. Главное:'},
           {"ol": [{"c": [[3, 0]], "fx": [("1. ", "")]}, {"c": [[3, 1]], "fx": [("2. ", "")]}]},
           {"c": [[4, 0], [4, 1]]}],
     notes="Points 1 and 2 as <ol> items (the list draws the numbers the original typed), and the detour "
           "paragraph.")
case(orig="R4", partner="delovoy-sever.kz", slug="transport/obezd-karbysheva", transform="prose-only",
     link="nofollow-ugc", link_ok=True, expect=0.2756,
     title="Перевозчики Костаная недовольны объездом",
     body=[{"c": [[4, 0], [4, 1]]}, {"c": [[5, 0], [5, 1]]},
           {"own": '<p class="note">По материалам <a href="{URL}" rel="nofollow ugc">kustanai-express.kz</a></p>'}],
     notes="The two prose paragraphs after the decree, rel=\"nofollow ugc\" credit.")
case(orig="R4", partner="tobol-info.kz", slug="novosti/gruzoviki-pereskaz", transform="document-paraphrased",
     link="none", link_ok=False, expect=0.0,
     title="Что запрещает новое постановление акимата",
     body=[{"own": "С января фурам тяжелее 12 тонн нельзя будет ездить днём по Байтурсынова, Гоголя, Алтынсарина и "
                   "Тауелсиздик."},
           {"own": "Ночью, с 22 до 7, в центр пустят коммунальщиков, скорую и машины с товаром для магазинов — но "
                   "только с пропуском."},
           {"own": "Пропуск бесплатный, его оформляет городской отдел ЖКХ, пассажирского транспорта и дорог за пять "
                   "рабочих дней."}],
     notes="The decree's points retold in the partner's words (shared names and figures only): 0, compliant.")
case(orig="R4", partner="delovoy-sever.kz", slug="transport/postanovlenie-polnostyu", transform="full-reprint",
     link="text-fragment", link_ok=True, expect=1.0, title=0,
     body=[{"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]},
           {"c": [[3, 0], [3, 1], [3, 2], [3, 3]], "tag": "bqp"},
           {"c": [[4, 0], [4, 1]]}, {"c": [[5, 0], [5, 1]]},
           {"own": '<a href="{URL}#:~:text=%D0%97%D0%B0%D0%BF%D1%80%D0%B5%D1%82%D0%B8%D1%82%D1%8C">Кустанай '
                   'Экспресс</a>'}],
     notes="The whole article; the credit's href carries a text fragment (#:~:text=Запретить).")

# ====================================================================== E1: where the credit is (en)
_E1_BASE = [{"own": "Semey's long-empty tannery is getting a second life."}, {"c": [[3, 0], [3, 1]]},
            {"own": "We will follow the project as the first workshops move in."}]
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-caption", transform="caption-credit",
     link="caption", link_ok=True, expect=0.2034,
     title="Semey tannery to house makers",
     figure='<figure><img src="https://steppecrafts.net/img/tannery.jpg" alt="The tannery"><figcaption>The tannery '
            'halls. Photo: <a href="{URL}">Irtysh Observer</a></figcaption></figure>',
     body=_E1_BASE,
     notes="The lease paragraph; the credit is the link in the partner's photo caption.")
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-section", transform="section-link",
     link="section", link_ok=False, expect=0.2034,
     title="A tannery for makers in Semey",
     body=_E1_BASE + [{"own": 'Source: <a href="https://irtyshobserver.com/business/">Irtysh Observer, Business</a>'}],
     notes="The same paragraph; the only link goes to the outlet's business section, not to the article.")
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-short", transform="shortener-showing-url",
     link="shortener-showing-url", link_ok=False, expect=0.2034,
     title="One tenge a year: Semey leases its tannery",
     body=_E1_BASE + [{"own": 'Source: <a href="https://steppecrafts.net/go/8kq2">'
                              'https://irtyshobserver.com/business/2026/11/27/semey-tannery-makers-hub-1188</a>'}],
     notes="The same paragraph; the anchor text shows the article's URL, but the href is the partner's own short "
           "link (where it leads cannot be read from the page).")
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-icon", transform="empty-anchor",
     link="empty-anchor", link_ok=False, expect=0.2034,
     title="Semey's tannery gets tenants",
     body=_E1_BASE + [{"own": 'Source: Irtysh Observer <a class="src-icon" href="{URL}" aria-label="Irtysh '
                              'Observer"></a>'}],
     notes="The same paragraph; the outlet named in plain text, followed by an empty <a href> to the article "
           "(an icon the stylesheet never draws: no text, no image, nothing to click).")
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-full-story", transform="lead-block",
     link="nofollow-noopener-noreferrer", link_ok=True, expect=0.5989, title=0,
     body=[{"c": [[1, 0]]}, {"c": [[2, 0], [2, 1]]}, {"c": [[3, 0], [3, 1]]},
           {"own": 'Read the full story at <a href="{URL}" rel="nofollow noopener noreferrer" target="_blank">Irtysh '
                   'Observer</a>.'}],
     notes="Headline as h1, standfirst and two paragraphs, a rel=\"nofollow noopener noreferrer\" target=_blank "
           "credit.")
case(orig="E1", partner="steppecrafts.net", slug="makers/tool-room-semey", transform="sidebar-box-copy",
     link="exact", link_ok=True, expect=0.2260,
     title="Why shared tool rooms matter",
     body=[{"own": "Shared workshops are appearing across the region, and they change how small makers start out."},
           {"own": "A kiln or a laser cutter is too expensive for one potter, but not for forty."}],
     aside=[{"own": '<div class="partner-box"><h4>From our partners</h4>'},
            {"c": [[4, 0], [4, 1]]},
            {"own": '<p><a href="{URL}">Irtysh Observer</a></p></div>'}],
     notes="The partner's own article copies nothing; a 'From our partners' box in the sidebar holds the tenants "
           "paragraph and the credit: reuse outside the main article counts.")

# ====================================================================== added: short quotes / retellings next to a legitimate share
case(orig="K2", partner="kokshe-tynysy.kz", slug="madeniet/vokzal-dauysy", transform="short-quotes-in-order",
     link="exact", link_ok=True, expect=0.0,
     title="Ескі вокзалдың жаңа өмірі",
     body=[{"own": "Ғимарат кезінде жолаушыларды «Петропавл мен Астанаға аттандырған»."},
           {"own": "Кейін ол ұзақ жылдар бойы «қойма ретінде пайдаланылып», иесіз қалған."},
           {"own": "Жөндеуге «облыстық бюджеттен 780 миллион теңге» қарастырылды."},
           {"own": "Мамандар ескі «қарағай бөренелердің жартысына жуығын» сақтамақ."},
           {"own": "Жаңа бөренелер «Бурабай маңындағы орман шаруашылығынан» жеткізіледі."},
           {"own": "Ал «балаларға арналған үйірмелер» жоғарғы қабатта ашылады."},
           {"own": "Сәулетшінің мақсаты — «ғимараттың бұрынғы келбетін» қайтару."},
           {"own": "Мұражайды «2027 жылдың мамыр айында» ашпақ."},
           {"own": 'Толығырақ: <a href="{URL}">Ақмола айнасы</a>'}],
     notes="Eight quotes of 3-5 words, in the original's order, each in its own sentence of the partner: 0, "
           "credited anyway.")
case(orig="E1", partner="steppecrafts.net", slug="news/semey-tannery-quotes", transform="short-quotes-plus-paragraph",
     link="exact", link_ok=True, expect=0.1977,
     title="Semey's tannery: what we know",
     body=[{"c": [[2, 0], [2, 1]]},
           {"own": "The lease, the city says, runs \u201cfor fifteen years\u201d at \u201cone tenge a year\u201d."},
           {"own": "In exchange the makers must fix \u201cthe roofs and the heating\u201d themselves."},
           {"own": "The repair bill is put \u201cat about 180 million tenge\u201d."},
           {"own": "Among the first tenants will be \u201ca ceramics studio\u201d and a brewery."},
           {"own": "Members will share \u201ca laser cutter and a kiln\u201d."},
           {"own": "The chair hopes the old halls will let residents see \u201cthings being made again\u201d."},
           {"own": "The opening is planned for \u201cSeptember 2027\u201d."},
           {"own": 'Source: <a href="{URL}">Irtysh Observer</a>'}],
     notes="The first paragraph copied whole (35 words), then seven short quotes (2-6 words) from the next three "
           "paragraphs, in order, in the partner's own sentences (0).")
case(orig="R1", partner="tobol-info.kz", slug="novosti/zerno-itogi-pereskaz", transform="retold-near-line",
     link="exact", link_ok=True, expect=0.2412,
     title="Зерновой экспорт: итоги десяти месяцев",
     body=[{"c": [[2, 0], [2, 1]]},
           {"own": "Крупнейшим покупателем костанайского зерна по-прежнему остаётся Узбекистан — 1 240 000 тонн. За "
                   "ним следуют Афганистан (610 000) и Китай (455 000)."},
           {"own": "Пшеница третьего класса на границе стоит теперь 212 долларов за тонну, годом ранее было 187."},
           {"own": "В сентябре экспортёры просили 2 100 вагонов в сутки, а получали не больше 1 450, поэтому около "
                   "300 000 тонн осталось на элеваторах."},
           {"c": [[7, 1]]},
           {"own": 'Источник: <a href="{URL}">Кустанай Экспресс</a>'}],
     notes="The first paragraph and the forecast sentence copied (48 words, 0.24); the buyers, prices and wagons "
           "paragraphs retold in the partner's words with the same figures (0).")
case(orig="R4", partner="delovoy-sever.kz", slug="transport/gruzoviki-pereskaz-i-obezd", transform="paraphrase-plus-prose",
     link="exact", link_ok=True, expect=0.2756,
     title="Запрет для грузовиков: что изменится с января",
     body=[{"own": "С января фурам тяжелее 12 тонн нельзя будет ездить днём по Байтурсынова, Гоголя, Алтынсарина и "
                   "Тауелсиздик."},
           {"own": "Ночью, с 22 до 7, в центр пустят коммунальщиков, скорую и машины с товаром для магазинов — но "
                   "только с пропуском."},
           {"own": "Пропуск бесплатный, его оформляет городской отдел ЖКХ, пассажирского транспорта и дорог за пять "
                   "рабочих дней."},
           {"c": [[4, 0], [4, 1]]}, {"c": [[5, 0], [5, 1]]},
           {"own": 'По материалам <a href="{URL}">Кустанай Экспресс</a>.'}],
     notes="The decree retold in the partner's words (c0042's text, 0) followed by the two prose paragraphs copied "
           "(43 words, 0.2756).")
