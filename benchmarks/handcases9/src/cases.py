"""The partner sites and the cases of handcases9 (every sentence invented for this benchmark).

Body items: {"own": text} (the partner's text; [[anchor]] is its credit, a link to the article when `link` is
"exact"); a copied item {"c": [[unit, k], ...], "t": the text as the page prints it (default: the original
sentences verbatim), "count": "whole" | "sub" | "zero", "sub": {"u.k": [exact substrings of the original
sentence]}, "fx": "typo", "tag": "p" | "blockquote" | "figcaption" | "alt" (with "caption"), "pre" / "post":
the partner's own words in the same element}; {"mix": [own str | copied item, ...]} (one paragraph);
{"rows": [[label, own text or copied item], ...]} (a table).
`title`: the partner's own headline (str), 0 (the original's headline verbatim) or a copied item.
`expect`: the author's reused-word count, asserted by make_cases.py. `side`: under / near / over the line.
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


def S(u, k, t, sub=None):
    """A copied part printed as `t`; counts the words of `sub` (default `t`), exact substrings of the original
    sentence, each only when 8 words or more."""
    return {"c": [[u, k]], "t": t, "count": "sub", "sub": {f"{u}.{k}": sub or [t]}}


def own(t):
    return {"own": t}


PARTNERS = [
    dict(id="saryarqa", name="Сарыарқа үні", host="saryarqa-uni.kz", lang="kk", path="kk/zhanalyqtar",
         date="27.11.2026 17:30", menu=[["Қоғам", "qogam"], ["Аймақ", "aimaq"], ["Экономика", "ekonomika"]],
         sidebar=[["Теміртауда жаңа саябақ ашылды", "sayabaq"], ["Балқашта су құбыры жөнделді", "su-qubyry"],
                  ["Жезқазғанда жастар форумы өтті", "forum"]],
         comments=[["Серік", "Жақсы жаңалық екен."], ["Қонақ", "Біздің ауданға да жол керек."],
                   ["Айгерім", "Рахмет, пайдалы ақпарат."]],
         footer="© 2026 «Сарыарқа үні» ақпараттық порталы."),
    dict(id="qostanai", name="Қостанай хабары", host="qostanai-habary.kz", lang="kk", path="news",
         date="27.11.2026 18:05", menu=[["Жаңалықтар", "zhanalyqtar"], ["Өңір", "onir"], ["Спорт", "sport"]],
         sidebar=[["Арқалықта қысқы спорт кешені салынады", "kesen"], ["Лисаковскіде жаңа емхана", "emhana"],
                  ["Федоров ауданында егін жиналды", "egin"]],
         comments=[["Нұрлан", "Сапасы қандай болар екен."], ["Гүлнар", "Көп рахмет."],
                   ["Қонақ", "Біздің ауылдың жолы әлі жөнделмеді."]],
         footer="© 2026 «Қостанай хабары». Барлық құқықтар қорғалған."),
    dict(id="esil", name="Есиль-Информ", host="esil-inform.kz", lang="ru", path="news",
         date="27.11.2026 16:40", menu=[["Общество", "society"], ["Регион", "region"], ["Спорт", "sport"]],
         sidebar=[["В Кокшетау открылся зимний каток", "katok"], ["Тайынша получит новую котельную", "kotelnaya"],
                  ["В Булаево прошла ярмарка", "yarmarka"]],
         comments=[["Валентина", "Хорошее дело, надо записаться."], ["Гость", "А в нашем районе когда?"],
                   ["Игорь", "Мама уже ходит туда, довольна."]],
         footer="© 2026 Есиль-Информ. Все права защищены."),
    dict(id="kyzylzhar", name="Кызылжар сегодня", host="kyzylzhar-today.kz", lang="ru", path="novosti",
         date="27.11.2026 19:15", menu=[["Новости", "novosti"], ["Город", "gorod"], ["Люди", "lyudi"]],
         sidebar=[["Мамлютка готовится к зиме", "mamlyutka"], ["Новые автобусы вышли на линию", "avtobusy"],
                  ["Школьники победили на олимпиаде", "olimpiada"]],
         comments=[["Николай", "Побольше бы таких новостей."], ["Айгуль", "Спасибо за информацию."],
                   ["Гость", "Интересно, а запись онлайн есть?"]],
         footer="© 2026 «Кызылжар сегодня». Перепечатка только с разрешения редакции."),
    dict(id="digest", name="Kazakh Digest", host="kazakhdigest.com", lang="en", path="news",
         date="27 November 2026, 18:20", menu=[["News", "news"], ["Regions", "regions"], ["Opinion", "opinion"]],
         sidebar=[["Shymkent opens a new tram depot", "tram-depot"], ["Karaganda warms up for winter", "winter"],
                  ["Aktau port sets a cargo record", "port-record"]],
         comments=[["Aidos", "Finally, good news for students."], ["Guest", "Will other cities do the same?"],
                   ["Maria", "My daughter studies there every night now."]],
         footer="© 2026 Kazakh Digest. All rights reserved."),
    dict(id="caweekly", name="Central Asia Weekly", host="ca-weekly.com", lang="en", path="stories",
         date="27 November 2026", menu=[["Stories", "stories"], ["Society", "society"], ["Economy", "economy"]],
         sidebar=[["Bishkek tests electric buses", "bishkek-buses"], ["Tashkent metro extends hours", "metro"],
                  ["Almaty cafes go cashless", "cashless"]],
         comments=[["Timur", "Good idea."], ["Guest", "Night buses would help too."],
                   ["Lena", "Libraries should do this everywhere."]],
         footer="© 2026 Central Asia Weekly. Contact the editors for republishing."),
]

K, R, E = "k1", "r1", "e1"

CASES = [
    # ---------------------------------------------------------------- split / merge
    dict(orig=K, partner="saryarqa", slug="qostanai-zholdary", transform="split-merge", link="exact", side="under",
         title="Қостанай өңірінде ауылдық жолдар жаңартылды",
         body=[own("Көрші өңірдегі жол жөндеу науқаны туралы [[Тобыл таңы]] порталы хабарлады."),
               C(2, 0, "Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму министрлігінің бағдарламасы "
                       "аясында жүргізілді. Олар 27 қарашада толық аяқталды."),
               M([(4, 0), (4, 1)], "Бұған дейін Қарасу ауылының тұрғындары аудан орталығына жету үшін екі "
                                   "сағаттан астам уақыт жұмсайтын, енді бұл жолды жеңіл көлікпен қырық минутта "
                                   "жүріп өтуге болады."),
               own("Біздің облыста да осындай жобалар күтіліп отыр.")],
         expect=38, notes="One sentence split in two (a subject pronoun added) and two sentences merged with a "
                          "comma: light edits, both counted whole: 38/179."),
    dict(orig=R, partner="esil", slug="centr-dolgoletiya-petropavlovsk", transform="split-merge", link="exact",
         side="over", title="Для пенсионеров Петропавловска открыли еще один центр",
         body=[M([(2, 0), (2, 1)], "Центр на улице Интернациональной открыли 27 ноября по программе Министерства "
                                   "труда и социальной защиты населения РК, отремонтировав под него первый этаж "
                                   "бывшего здания районного узла связи, пустовавшего почти восемь лет."),
               C(3, 0, "Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге. Еще 20 "
                       "миллионов выделил местный спонсор."),
               C(3, 1),
               C(4, 0, "Уже в первую неделю на курсы записались 1 500 человек. Часть групп пришлось перенести на "
                       "вечернее время."),
               own("Об этом сообщает [[Северный вестник]].")],
         expect=77, notes="Two sentences merged (the second as a participle clause), two split at the comma, one "
                          "verbatim: 77/214, over the line."),
    dict(orig=E, partner="digest", slug="astana-night-library-hall", transform="split-merge", link="exact",
         side="near", title="Night owls get a library hall in Astana",
         body=[own("Students in the capital now have somewhere to revise after dark, the [[Steppe Courier]] "
                   "reports."),
               C(2, 1, "Builders turned a former storage room into a bright space. It has 120 desks, charging "
                       "sockets and quiet booths for group work."),
               M([(3, 0), (3, 1)], "The refurbishment cost 94 million tenge, and a local bank paid for the new "
                                   "furniture and the lighting, after students from eleven universities asked for "
                                   "late opening hours in a petition signed by 1,500 people last spring."),
               C(6, 0, "The library plans to extend the scheme to its reading rooms in the left-bank district. That "
                       "will happen if demand stays high after the winter exams.")],
         expect=82, notes="Two sentences split, two merged with 'after': 82/270 = 0.3037, one word over the line."),
    # ---------------------------------------------------------------- direct <-> reported speech
    dict(orig=K, partner="qostanai", slug="qarasu-zholy-akim", transform="quote-reported", link="exact",
         side="near", title="Қарасу тұрғындары жаңа жолға қуанышты",
         body=[C(5, 0, "Қарасу ауылының әкімі Нұрлан Әбілқасымовтың айтуынша, көктемде жол батпаққа айналып, "
                       "мектеп автобустары апталап ауылға кіре алмайтын болған."),
               C(5, 1, "Ол енді балалар сабаққа уақытында жететінін, ал жедел жәрдем көлігі ауылға кедергісіз "
                       "келетінін қосты."),
               C(2, 1), C(6, 0),
               own("Толығырақ: [[Тобыл таңы]].")],
         expect=53, notes="Both quotes turned into reported speech (the attribution moved to the front, the verbs "
                          "made indirect: -тынын, болған), two sentences verbatim: 53/179 = 0.2961, just under."),
    dict(orig=R, partner="kyzylzhar", slug="centr-dolgoletiya-ershova", transform="quote-reported", link="none",
         side="under", title="Пенсионеры нашли новое дело",
         body=[C(5, 0, "Директор центра Галина Ершова сказала, что пожилые люди часто остаются дома одни, а "
                       "здесь они находят друзей и новое дело."),
               C(6, 0, "«Мы откроем еще два центра в Тайыншинском и Есильском районах», — пообещали в "
                       "управлении координации занятости и социальных программ."),
               own("Как рассказали в «Северном вестнике», запись уже идет.")],
         expect=35, notes="A quote turned into reported speech ('сказала, что ...') and a reported statement turned "
                          "into a direct quote ('Мы откроем ...'): both light edits, counted whole; no link: "
                          "35/214, missing-link."),
    dict(orig=E, partner="caweekly", slug="astana-library-nurpeisova", transform="quote-reported", link="exact",
         side="over", title="Astana library stays open past midnight",
         body=[C(1, 0), C(2, 0),
               C(5, 0, "The library's deputy director, Saule Nurpeisova, said many students share small flats and "
                       "simply have no quiet corner to work in the evening."),
               C(5, 1, "She added that the library wants the hall to feel like a second home during the exam "
                       "session."),
               C(4, 1, "“The busiest sections are law, medicine and foreign languages,” librarians say."),
               own("Source: [[Steppe Courier]].")],
         expect=98, notes="Two quotes in reported speech, a reported statement made a quote, standfirst and one "
                          "paragraph verbatim: 98/270 = 0.363."),
    # ---------------------------------------------------------------- active / passive
    dict(orig=K, partner="saryarqa", slug="zhol-zhondeu-medigerler", transform="active-passive", link="exact",
         side="under", title="Мердігерлер кепілдік бойынша жауап береді",
         body=[own("[[Тобыл таңы]] мәліметіне сүйенсек, көрші облыста жөндеу маусымы аяқталды."),
               C(2, 1, "Мердігер компаниялар тарапынан жаңа асфальт төселіп, жол жиектері нығайтылып, "
                       "көпірлердің қоршаулары ауыстырылды."),
               C(3, 1, "Басқарма қаражаттың басым бөлігін Әулиекөл, Денисов және Жангелдин аудандарындағы "
                       "учаскелерге жұмсады."),
               C(6, 0, "Келесі жылы тағы 38 ауылдық жолды жөндеуге басқарма тарапынан өтінім берілген."),
               C(7, 1, "Кепілдік мерзімі ішінде анықталған ақаулар мердігерлердің өз есебінен жөнделуге тиіс.")],
         expect=41, notes="Three active sentences made passive and one passive made active (Kazakh -ыл- / "
                          "тарапынан): light edits, counted whole: 41/179."),
    dict(orig=R, partner="esil", slug="centr-na-internacionalnoy", transform="active-passive", link="exact",
         side="near", title="Бывший узел связи стал центром для пенсионеров",
         body=[C(2, 0, "Центр на улице Интернациональной был открыт 27 ноября по программе Министерства труда и "
                       "социальной защиты населения РК."),
               C(2, 1, "Для него был отремонтирован первый этаж бывшего здания районного узла связи, пустовавшего "
                       "почти восемь лет."),
               C(3, 0, "Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге, еще 20 миллионов "
                       "было выделено местным спонсором."),
               C(6, 1, "Помещения для них уже выбрали, а проектную документацию подготовят до конца марта 2027 "
                       "года."),
               own("По материалам [[Северного вестника]].")],
         expect=61, notes="Active/passive swaps in four sentences (открыли -> был открыт, выделил -> было "
                          "выделено, выбраны -> выбрали): 61/214 = 0.285, under."),
    dict(orig=E, partner="digest", slug="night-hall-passive", transform="active-passive", link="none",
         side="over", title="A storage room becomes a night hall",
         body=[C(2, 0, "The hall was opened by the National Academic Library on 27 November under a programme of "
                       "the RK Ministry of Culture and Information."),
               C(2, 1, "A former storage room was turned by builders into a bright space with 120 desks, charging "
                       "sockets and quiet booths for group work."),
               C(3, 0, "The refurbishment cost 94 million tenge, and the new furniture and the lighting were paid "
                       "for by a local bank."),
               C(3, 1, "Late opening hours were requested by students from eleven universities in a petition "
                       "signed by 1,500 people last spring."),
               C(7, 1, "The building will be patrolled by security guards, and a shuttle bus will run to the main "
                       "bus terminals twice an hour."),
               own("Based on reporting by the Steppe Courier.")],
         expect=99, notes="Five sentences turned from active to passive ('was opened by', 'were paid for by'); "
                          "no link: 99/270 = 0.3667, excess-reuse and missing-link."),
    # ---------------------------------------------------------------- numbers and dates
    dict(orig=K, partner="qostanai", slug="bir-zharym-myn-shaqyrym", transform="numbers-dates", link="exact",
         side="over", title="Бір жарым мың шақырым жол жөнделді",
         body=[C(1, 0, "Биыл облыста бір жарым мың шақырымнан астам жергілікті жол жөнделіп, оның 33 пайызы "
                       "шалғай ауылдарға апаратын бағыттарға тиесілі болды."),
               C(2, 0, "Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму министрлігінің бағдарламасы "
                       "аясында 27.11-де толық аяқталды."),
               C(3, 0, "Облыстық жолаушылар көлігі басқармасының мәліметінше, жұмыстарға республикалық және "
                       "жергілікті бюджеттен 12 400 000 000 теңге бөлінді."),
               C(4, 1, "Енді бұл жолды жеңіл көлікпен 40 минутта жүріп өтуге болады."),
               C(6, 0, "Басқарма келесі жылы тағы отыз сегіз ауылдық жолды жөндеуге өтінім берген."),
               C(6, 1, "Жобалық-сметалық құжаттама 2027 ж. наурыз айына дейін дайындалып, мемлекеттік "
                       "сараптамадан өтуі тиіс."),
               own("Дереккөз: [[Тобыл таңы]].")],
         expect=80, notes="Numbers and dates re-written inside otherwise copied sentences (1 500 -> бір жарым мың, "
                          "үштен бірі -> 33 пайызы, 27 қарашада -> 27.11-де, 12,4 миллиард -> 12 400 000 000, "
                          "қырық -> 40, 38 -> отыз сегіз, 2027 жылдың -> 2027 ж.): 80/179."),
    dict(orig=R, partner="kyzylzhar", slug="poltory-tysyachi-pensionerov", transform="numbers-dates",
         link="exact", side="under", title="Полторы тысячи пенсионеров пошли учиться",
         body=[C(2, 0, "Центр на улице Интернациональной открыли 27.11 по программе Министерства труда и "
                       "социальной защиты населения РК."),
               C(3, 0, "Ремонт и оборудование обошлись областному бюджету в 186 млн тенге, еще 20 млн выделил "
                       "местный спонсор."),
               C(4, 0, "Уже в первую неделю на курсы записались полторы тысячи человек, и часть групп пришлось "
                       "перенести на вечернее время."),
               own("Подробности — на сайте [[«Северного вестника»]].")],
         expect=50, notes="27 ноября -> 27.11, миллионов -> млн, 1 500 -> полторы тысячи in copied sentences: "
                          "light edits, counted whole: 50/214."),
    dict(orig=E, partner="caweekly", slug="library-hall-figures", transform="numbers-dates", link="exact",
         side="near", title="A library that never sleeps",
         body=[C(2, 0, "The National Academic Library opened the hall on Nov. 27 under a programme of the RK "
                       "Ministry of Culture and Information."),
               C(2, 1, "Builders turned a former storage room into a bright space with one hundred and twenty "
                       "desks, charging sockets and quiet booths for group work."),
               C(3, 1, "Students from eleven universities asked for late opening hours in a petition signed by "
                       "1500 people last spring."),
               C(6, 1, "A decision is expected by 31.03.2027, once the city council approves next year's budget."),
               own("Read the original story at the [[Steppe Courier]].")],
         expect=80, notes="27 November -> Nov. 27, 120 -> one hundred and twenty, 1,500 -> 1500, the end of March "
                          "2027 -> 31.03.2027: 80/270 = 0.2963, just under."),
    # ---------------------------------------------------------------- abbreviations
    dict(orig=K, partner="saryarqa", slug="kr-ministrligi-zhol", transform="abbreviations", link="exact",
         side="near", title="Министрлік бағдарламасы бойынша жол жөнделді",
         body=[C(2, 0, "Жөндеу жұмыстары Қазақстан Республикасы Индустрия және инфрақұрылымдық даму "
                       "министрлігінің бағдарламасы аясында 27 қарашада толық аяқталды."),
               C(3, 0, "Облыстық ЖКБ мәліметінше, жұмыстарға республикалық және жергілікті бюджеттен 12,4 "
                       "миллиард теңге бөлінді."),
               C(4, 0),
               C(6, 1, "ЖСҚ 2027 жылдың наурыз айына дейін дайындалып, мемлекеттік сараптамадан өтуі тиіс."),
               own("Ақпарат көзі — [[Тобыл таңы]].")],
         expect=56, notes="ҚР expanded to Қазақстан Республикасы, 'жолаушылар көлігі басқармасы' contracted to "
                          "ЖКБ, 'Жобалық-сметалық құжаттама' to ЖСҚ: 56/179 = 0.3128, over."),
    dict(orig=R, partner="esil", slug="mtszn-centr", transform="abbreviations", link="none", side="over",
         title="МТСЗН открыло центр для пожилых",
         body=[C(1, 0),
               C(2, 0, "Центр на улице Интернациональной открыли 27 ноября по программе МТСЗН Республики "
                       "Казахстан."),
               C(3, 1, "В центре работают компьютерный класс, зал ЛФК, библиотека и мастерская прикладного "
                       "творчества."),
               C(4, 1),
               C(6, 0, "УКЗиСП обещает открыть еще два центра в Тайыншинском и Есильском районах."),
               C(7, 1, "Для участия достаточно удостоверения личности, справка о состоянии здоровья нужна только "
                       "для групп ЛФК.")],
         expect=95, notes="'Министерства труда и социальной защиты населения РК' -> 'МТСЗН Республики Казахстан', "
                          "'лечебной физкультуры' -> ЛФК, the department's name -> УКЗиСП; no link: 95/214."),
    dict(orig=E, partner="digest", slug="nal-night-hall", transform="abbreviations", link="exact",
         side="under", title="NAL opens its doors at night",
         body=[C(2, 0, "The NAL opened the hall on 27 November under a programme of the Republic of Kazakhstan's "
                       "Ministry of Culture and Information."),
               C(7, 0, "Visitors must register at the entrance with a library card or a student identity card "
                       "after eight in the evening."),
               own("More details: [[Steppe Courier]].")],
         expect=40, notes="'National Academic Library' contracted to NAL, RK expanded to 'Republic of "
                          "Kazakhstan's', ID expanded: 40/270."),
    # ---------------------------------------------------------------- synonyms every few words
    dict(orig=K, partner="qostanai", slug="qarasu-trassa", transform="synonyms", link="exact", side="under",
         title="Қарасуға дейін қырық минут",
         body=[C(4, 0, "Осыған дейін Қарасу ауылының халқы аудан орталығына бару үшін екі сағаттан артық уақыт "
                       "жұмсайтын."),
               C(4, 1, "Қазір бұл трассаны жеңіл автокөлікпен қырық минутта жүріп өтуге мүмкін."),
               C(7, 0, "Халық жол сапасына байланысты арыздарын облыс әкімдігінің ресми порталындағы арнайы бөлім "
                       "арқылы жолдай алады."),
               own("[[Тобыл таңы]] материалы бойынша.")],
         expect=38, notes="A synonym every two to four words (тұрғындары -> халқы, жету -> бару, астам -> артық, "
                          "шағымдарын -> арыздарын, сайтындағы -> порталындағы), no 8-word run left, the "
                          "sentences' structure and length kept: one-for-one replacements, counted whole: 38/179."),
    dict(orig=R, partner="kyzylzhar", slug="tretiy-centr-zarabotal", transform="synonyms", link="exact",
         side="near",
         title={"c": [[0, 0]], "t": "В Петропавловске заработал третий центр активного долголетия"},
         body=[C(2, 1, "Для него отремонтировали нижний этаж прежнего здания районного отделения связи, "
                       "пустовавшего почти восемь лет."),
               C(3, 1, "В центре действуют компьютерный кабинет, зал лечебной гимнастики, библиотека и студия "
                       "прикладного творчества."),
               C(4, 1, "Больше всего охотников нашлось на уроках по работе с телефоном и на скандинавской "
                       "ходьбе."),
               C(6, 1, "Помещения для них уже подобраны, а проектная документация будет подготовлена до конца "
                       "марта 2027 года."),
               own("Источник: [[Северный вестник]].")],
         expect=63, notes="The headline with one verb swapped and four sentences with a synonym every few words: "
                          "63/214 = 0.2944, under."),
    dict(orig=E, partner="caweekly", slug="library-room-open-late", transform="synonyms", link="exact",
         side="over", title="Capital library keeps the lights on",
         body=[C(1, 0, "The room on the ground level will remain open until two in the morning during exam period "
                       "and costs nothing for anyone holding a library card."),
               C(4, 0, "In its opening week the room received over four hundred guests a night, most of them "
                       "between ten and midnight."),
               C(6, 0, "The library intends to expand the project to its study rooms in the left-bank area if "
                       "interest remains high after the winter tests."),
               C(7, 1, "Security staff will guard the premises, and a shuttle coach will go to the main bus "
                       "stations twice an hour."),
               own("Via [[Steppe Courier]].")],
         expect=91, notes="A synonym every two to four words in four sentences: one-for-one replacements, counted "
                          "whole: 91/270 = 0.337."),
    # ---------------------------------------------------------------- word order
    dict(orig=K, partner="saryarqa", slug="zhol-qarzhysy-audandar", transform="word-order", link="exact",
         side="over", title="Жол жөндеуге 12 миллиардтан астам қаржы жұмсалды",
         body=[C(3, 0, "Республикалық және жергілікті бюджеттен жұмыстарға 12,4 миллиард теңге бөлінді, облыстық "
                       "жолаушылар көлігі басқармасының мәліметінше."),
               C(3, 1, "Әулиекөл, Денисов және Жангелдин аудандарындағы учаскелерге жұмсалды қаражаттың басым "
                       "бөлігі."),
               C(2, 1, "Жаңа асфальт төсеп, жол жиектерін нығайтып, көпірлердің қоршауларын мердігер компаниялар "
                       "ауыстырды."),
               C(4, 0, "Аудан орталығына жету үшін бұған дейін екі сағаттан астам уақыт жұмсайтын Қарасу "
                       "ауылының тұрғындары."),
               C(7, 0, "Облыс әкімдігінің ресми сайтындағы арнайы бөлім арқылы тұрғындар жол сапасына қатысты "
                       "шағымдарын жібере алады."),
               own("Толық нұсқасы: [[Тобыл таңы]].")],
         expect=64, notes="Every word of five sentences kept, their clauses moved (Kazakh word order is free): "
                          "light edits, counted whole: 64/179."),
    dict(orig=R, partner="esil", slug="zapis-na-kursy", transform="word-order", link="none", side="under",
         title="Курсы для пожилых переполнены",
         body=[own("Коллеги из Петропавловска рассказали о неожиданном спросе."),
               C(4, 0, "Уже в первую неделю 1 500 человек записались на курсы, и пришлось часть групп перенести на "
                       "вечернее время."),
               C(7, 1, "Достаточно для участия удостоверения личности, а справка о состоянии здоровья нужна только "
                       "для групп лечебной физкультуры."),
               own("Так пишет «Северный вестник».")],
         expect=33, notes="Two sentences with their words re-ordered (subject and verb swapped, 'а' added); no "
                          "link: 33/214, missing-link."),
    dict(orig=E, partner="digest", slug="night-hall-exact-line", transform="word-order", link="exact",
         side="near", title="Late hours for Astana's readers",
         body=[C(3, 1, "In a petition signed by 1,500 people last spring, students from eleven universities asked "
                       "for late opening hours."),
               C(6, 0, "If demand stays high after the winter exams, the library plans to extend the scheme to its "
                       "reading rooms in the left-bank district."),
               C(6, 1, "Once the city council approves next year's budget, a decision is expected by the end of "
                       "March 2027."),
               C(7, 0, "After eight in the evening, visitors must register at the entrance with a library card or "
                       "a student ID."),
               own("Originally published by the [[Steppe Courier]].")],
         expect=81, notes="Adverbial and conditional clauses moved to the front of four sentences: 81/270 = 0.3000 "
                          "exactly (allowed)."),
    # ---------------------------------------------------------------- summaries with verbatim clauses
    dict(orig=K, partner="qostanai", slug="zhol-qysqasha", transform="summary-clauses", link="exact",
         side="under", title="Қостанай жолдары: қысқаша",
         body=[own("Көрші облыстағы жол жөндеу туралы [[Тобыл таңы]] жазды."),
               {"mix": ["Қысқаша айтқанда, мердігерлер ",
                        S(2, 1, "жаңа асфальт төсеп, жол жиектерін нығайтып, көпірлердің қоршауларын ауыстырды"),
                        ". Ақшаның көзі де белгілі: ",
                        S(3, 0, "республикалық және жергілікті бюджеттен 12,4 миллиард теңге бөлінді"), "."]},
               {"mix": ["Ауыл әкімі бұрын ", S(5, 0, "мектеп автобустары апталап ауылға кіре алмайтын"),
                        "ын еске алды. Ақау шықса, оны ",
                        S(7, 1, "анықталған ақауларды мердігерлер өз есебінен жөндеуге міндетті"),
                        " деген талап бойынша түзетеді."]}],
         expect=18, notes="The partner's own summary keeping two verbatim clauses of 9 words (counted) and clauses "
                          "of 6 and 7 words (under the 8-word minimum: 0): 18/179."),
    dict(orig=R, partner="kyzylzhar", slug="centr-dolgoletiya-kratko", transform="summary-clauses", link="exact",
         side="over", title="Центр долголетия: главное",
         body=[own("В Петропавловске заработал очередной центр для людей преклонного возраста, пишет "
                   "[[«Северный вестник»]]."),
               {"mix": ["Интерес оказался огромным: ",
                        S(4, 0, "записались 1 500 человек, и часть групп пришлось перенести на вечернее время"),
                        "."]},
               {"mix": ["Директор Галина Ершова объясняет успех просто: одиночество, ",
                        S(5, 0, "а здесь они находят друзей и новое дело"), "."]},
               {"mix": ["Посещение ", S(1, 0, "бесплатны для всех жителей старше шестидесяти лет"),
                        " — так решили в акимате."]},
               C(2, 0), C(2, 1), C(6, 0), C(6, 1)],
         expect=81, notes="A summary with verbatim clauses of 12 and 8 words (counted) and 7 words (0), then four "
                          "sentences verbatim: 81/214 = 0.3785."),
    dict(orig=E, partner="caweekly", slug="library-summary", transform="summary-clauses", link="exact",
         side="near", title="What Astana's night library offers",
         body=[{"mix": ["Builders at the National Academic Library have converted ",
                        S(2, 1, "a former storage room into a bright space with 120 desks"),
                        ", the [[Steppe Courier]] reports, and students are already filling it."]},
               {"mix": ["Why does it matter? Because they often ",
                        S(5, 0, "share small flats and simply have no quiet corner to work in the evening"),
                        ", the deputy director told the paper. Readers had ",
                        S(3, 1, "asked for late opening hours"), " long before this winter."]},
               {"mix": ["According to staff, ",
                        S(4, 1, "the busiest sections are law, medicine and foreign languages"), "."]},
               C(1, 0), own("Here is how it works from now on."), C(6, 0)],
         expect=84, notes="A summary keeping verbatim clauses of 11, 14 and 9 words (counted) and 5 words (0), plus "
                          "two sentences verbatim: 84/270 = 0.3111, over."),
    # ---------------------------------------------------------------- headline rewritten, body copied
    dict(orig=K, partner="saryarqa", slug="qostanai-zhol-tolyq", transform="headline-rewritten", link="exact",
         side="over", mode="full-reprint", title="Қостанай өңірінде 1 500 шақырым жол жаңарды",
         body=[C(1, 0), C(2, 0), C(2, 1), C(3, 0), C(3, 1), C(4, 0), C(4, 1), C(5, 0), C(5, 1), C(6, 0), C(6, 1),
               C(7, 0), C(7, 1), own("Дереккөз: [[Тобыл таңы]].")],
         expect=171, notes="The whole body reprinted under the partner's own headline: 171/179 = 0.9553, a full "
                           "reprint."),
    dict(orig=R, partner="esil", slug="pensioneram-novyy-centr", transform="headline-rewritten", link="none",
         side="near", title="Пенсионерам Петропавловска подарили новый центр",
         body=[C(2, 0), C(2, 1), C(4, 0), C(4, 1), own("Об этом пишет «Северный вестник».")],
         expect=62, notes="The partner's own headline over two copied paragraphs; the outlet named without a "
                          "link: 62/214 = 0.2897, missing-link."),
    dict(orig=E, partner="digest", slug="students-get-night-hall", transform="headline-rewritten",
         link="exact", side="under", title="Students win late-night study space in the capital",
         body=[C(2, 0), C(2, 1), own("Full story: [[Steppe Courier]].")],
         expect=42, notes="Own headline, first paragraph copied: 42/270."),
    # ---------------------------------------------------------------- the partner's bracketed comments
    dict(orig=K, partner="qostanai", slug="zhol-red-eskertpe", transform="bracket-comments", link="exact",
         side="near", title="Жол жөндеу: редакцияның ескертпесімен",
         body=[C(2, 0, "Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму министрлігінің бағдарламасы "
                       "аясында (ред.: бағдарлама 2025 жылы басталған) 27 қарашада толық аяқталды."),
               C(2, 1, "Мердігер компаниялар жаңа асфальт төсеп, жол жиектерін нығайтып, көпірлердің "
                       "қоршауларын [ред.: ескілері сексенінші жылдары орнатылған] ауыстырды."),
               C(5, 0, "«Көктемде жол батпаққа айналып, [біздің облыста да солай] мектеп автобустары апталап "
                       "ауылға кіре алмайтын еді», — деді Қарасу ауылының әкімі Нұрлан Әбілқасымов."),
               C(6, 0, "Басқарма келесі жылы тағы 38 (біздің облыста – 25) ауылдық жолды жөндеуге өтінім "
                       "берген."),
               own("[[Тобыл таңы]] материалы негізінде.")],
         expect=52, notes="The partner's comments in brackets inserted inside four copied sentences; the "
                          "sentences count whole, the comments 0: 52/179 = 0.2905."),
    dict(orig=R, partner="kyzylzhar", slug="centr-s-kommentariyami", transform="bracket-comments", link="exact",
         side="under", title="Центр долголетия: во что он обошелся",
         body=[C(3, 0, "Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге (для сравнения: "
                       "весь годовой бюджет городского отдела соцзащиты — около 900 миллионов), еще 20 миллионов "
                       "выделил местный спонсор."),
               C(5, 1, "«Мы хотим, чтобы к лету в каждом районе города [прим. ред.: в Петропавловске их два] "
                       "появилась хотя бы одна такая площадка», — добавила она."),
               own("Источник: [[Северный вестник]].")],
         expect=33, notes="Two copied sentences with the partner's bracketed notes inside: 33/214."),
    dict(orig=E, partner="caweekly", slug="night-hall-annotated", transform="bracket-comments", link="none",
         side="over", title="Astana's night library, annotated",
         body=[C(3, 0, "The refurbishment cost 94 million tenge, and a local bank [Editor's note: the bank asked "
                       "not to be named] paid for the new furniture and the lighting."),
               C(3, 1, "Students from eleven universities asked for late opening hours (our own poll found "
                       "similar demand) in a petition signed by 1,500 people last spring."),
               C(4, 0, "In its first week the hall welcomed more than four hundred visitors a night, [we visited "
                       "on a Tuesday and counted about 300] most of them between ten and midnight."),
               C(5, 0, "“Many students share small flats [true for most of our staff, too] and simply have no "
                       "quiet corner to work in the evening,” said the library's deputy director, Saule "
                       "Nurpeisova."),
               C(6, 1, "A decision is expected by the end of March 2027, once the city council [which meets in "
                       "February] approves next year's budget."),
               own("First reported by the Steppe Courier.")],
         expect=101, notes="Five copied sentences each carrying an editor's note in brackets; no link: 101/270 = "
                           "0.3741, excess-reuse and missing-link."),
    # ---------------------------------------------------------------- quotes given to another speaker
    dict(orig=K, partner="saryarqa", slug="mektep-avtobustary", transform="quote-reattributed", link="exact",
         side="under", title="Мектеп автобустары енді ауылға кедергісіз жетеді",
         body=[{"mix": [S(5, 0, "«Көктемде жол батпаққа айналып, мектеп автобустары апталап ауылға кіре алмайтын "
                                "еді»"),
                        ", — дейді аудандық білім бөлімінің басшысы Гүлжан Сарина."]},
               {"mix": [S(5, 1, "«Енді балалар сабаққа уақытында жетеді, ал жедел жәрдем көлігі ауылға "
                                "кедергісіз келеді»"),
                        ", — дейді облыстық денсаулық сақтау басқармасының өкілі."]},
               C(4, 1), own("Дереккөз: [[Тобыл таңы]].")],
         expect=33, notes="The village head's two quotes given to an education official and a health official: "
                          "the spoken words count (11 + 12), the original attributions are not on the page; one "
                          "sentence verbatim: 33/179."),
    dict(orig=R, partner="esil", slug="akim-o-centre", transform="quote-reattributed", link="exact",
         side="over", title="Аким: такие центры нужны в каждом районе",
         body=[C(1, 0),
               {"mix": [S(5, 0, "«Пожилые люди часто остаются дома одни, а здесь они находят друзей и новое "
                                "дело»"), ", — заявил аким города."]},
               {"mix": [S(5, 1, "«Мы хотим, чтобы к лету в каждом районе города появилась хотя бы одна такая "
                                "площадка»"), ", — уточнили в управлении."]},
               C(3, 0), C(3, 1), own("По информации [[«Северного вестника»]].")],
         expect=79, notes="The director's quotes given to the akim and to the department; spoken words counted "
                          "(14 + 15), three sentences verbatim: 79/214 = 0.3692."),
    dict(orig=E, partner="digest", slug="deputy-mayor-library", transform="quote-reattributed", link="exact",
         side="near", title="Deputy mayor backs night reading hall",
         body=[C(1, 0),
               {"mix": ["Arman Tulegenov, a deputy mayor of Astana, put it plainly: “",
                        S(5, 0, "Many students share small flats and simply have no quiet corner to work in the "
                                "evening"), ".”"]},
               {"mix": ["The mayor's office also said: “",
                        S(5, 1, "We want the hall to feel like a second home during the exam session"), ".”"]},
               C(6, 0), own("Via the [[Steppe Courier]].")],
         expect=80, notes="The deputy director's quotes put in the mouth of a deputy mayor and the mayor's office: "
                          "spoken words counted (16 + 14): 80/270 = 0.2963, under."),
    # ---------------------------------------------------------------- every sentence cut short
    dict(orig=K, partner="qostanai", slug="zhol-qysqa-qaiyrylgan", transform="truncated", link="exact",
         side="over", title="Жолдар жөнделді, ауылдар қуанышты",
         body=[C(1, 0, "Биыл облыста 1 500 шақырымнан астам жергілікті жол жөнделді.", count="sub",
                 sub={"1.0": ["Биыл облыста 1 500 шақырымнан астам жергілікті жол жөнделіп"]}),
               M([(2, 0), (3, 0)], "Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму министрлігінің "
                                   "бағдарламасы аясында жүргізілді. Облыстық жолаушылар көлігі басқармасының "
                                   "мәліметінше, жұмыстарға республикалық және жергілікті бюджеттен қаражат "
                                   "бөлінді.",
                 count="sub", sub={"2.0": ["Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму "
                                           "министрлігінің бағдарламасы аясында"],
                                   "3.0": ["Облыстық жолаушылар көлігі басқармасының мәліметінше, жұмыстарға "
                                           "республикалық және жергілікті бюджеттен"]}),
               C(4, 0, "Бұған дейін Қарасу ауылының тұрғындары аудан орталығына жету үшін көп уақыт жұмсайтын.",
                 count="sub", sub={"4.0": ["Бұған дейін Қарасу ауылының тұрғындары аудан орталығына жету үшін"]}),
               C(5, 0, "«Көктемде жол батпаққа айналып, мектеп автобустары апталап ауылға кіре алмайтын еді», — "
                       "деді әкім.", count="sub",
                 sub={"5.0": ["Көктемде жол батпаққа айналып, мектеп автобустары апталап ауылға кіре алмайтын "
                              "еді», — деді"]}),
               C(6, 1, "Жобалық-сметалық құжаттама 2027 жылдың наурыз айына дейін дайындалады.", count="sub",
                 sub={"6.1": ["Жобалық-сметалық құжаттама 2027 жылдың наурыз айына дейін дайындалып"]}),
               own("Толығырақ: [[Тобыл таңы]].")],
         expect=59, notes="Six sentences each cut short (the tail clause dropped, the last kept verb re-inflected "
                          "to close the sentence: жөнделіп -> жөнделді, дайындалып -> дайындалады); the kept "
                          "parts count (9-12 words each): 59/179 = 0.3296."),
    dict(orig=R, partner="kyzylzhar", slug="centr-korotko-obrezano", transform="truncated", link="exact",
         side="near", title="Третий центр для пожилых открыт",
         body=[C(1, 0, "Занятия в новом центре бесплатны для всех жителей старше шестидесяти лет.", count="sub",
                 sub={"1.0": ["Занятия в новом центре бесплатны для всех жителей старше шестидесяти лет"]}),
               C(2, 1, "Под него отремонтировали первый этаж бывшего здания районного узла связи.", count="sub",
                 sub={"2.1": ["Под него отремонтировали первый этаж бывшего здания районного узла связи"]}),
               M([(3, 0), (4, 0), (4, 1)],
                 "Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге. Уже в первую неделю "
                 "на курсы записались 1 500 человек. Больше всего желающих оказалось на занятиях по работе со "
                 "смартфоном.", count="sub",
                 sub={"3.0": ["Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге"],
                      "4.0": ["Уже в первую неделю на курсы записались 1 500 человек"],
                      "4.1": ["Больше всего желающих оказалось на занятиях по работе со смартфоном"]}),
               C(5, 0, "«Пожилые люди часто остаются дома одни», — сказала директор центра Галина Ершова.",
                 count="sub", sub={"5.0": ["Пожилые люди часто остаются дома одни", "сказала директор центра "
                                                                                      "Галина Ершова"]}),
               M([(6, 0), (7, 1)], "Управление координации занятости и социальных программ обещает открыть еще "
                                   "два центра. Для участия достаточно удостоверения личности.",
                 count="sub", sub={"6.0": ["Управление координации занятости и социальных программ обещает "
                                           "открыть еще два центра"],
                                   "7.1": ["Для участия достаточно удостоверения личности"]}),
               own("По материалам [[«Северного вестника»]].")],
         expect=62, notes="Every copied sentence cut at a comma or before its last phrase; kept parts of 10-11 "
                          "words count, the quote cut to 6 words plus its 5-word attribution and a 5-word stub "
                          "count 0: 62/214 = 0.2897, under."),
    dict(orig=E, partner="caweekly", slug="night-hall-short", transform="truncated", link="none",
         side="under", title="Night hall opens in Astana",
         body=[M([(2, 0), (3, 0)], "The National Academic Library opened the hall on 27 November. The "
                                   "refurbishment cost 94 million tenge.",
                 count="sub", sub={"2.0": ["The National Academic Library opened the hall on 27 November"],
                                   "3.0": ["The refurbishment cost 94 million tenge"]}),
               C(4, 0, "In its first week the hall welcomed more than four hundred visitors a night.",
                 count="sub", sub={"4.0": ["In its first week the hall welcomed more than four hundred visitors a "
                                           "night"]}),
               C(6, 0, "The library plans to extend the scheme to its reading rooms in the left-bank district.",
                 count="sub", sub={"6.0": ["The library plans to extend the scheme to its reading rooms in the "
                                           "left-bank district"]}),
               own("Source: Steppe Courier.")],
         expect=40, notes="Sentences cut before their last clause (10, 14, 16 words kept; a 6-word stub counts 0); "
                          "no link: 40/270, missing-link."),
    # ---------------------------------------------------------------- typos
    dict(orig=K, partner="saryarqa", slug="zhol-qatelermen", transform="typos", link="exact", side="near",
         title="Ауыл жолдары жаңарды",
         body=[C(2, 0, fx="typo"), C(3, 0, fx="typo"), C(5, 1, fx="typo"), C(6, 0, fx="typo"),
               own("[[Тобыл таңы]] сайтынан алынды.")],
         expect=54, notes="Four sentences copied with typing slips (two inner letters swapped in every third "
                          "long word): 54/179 = 0.3017, one word over."),
    dict(orig=R, partner="esil", slug="centr-s-opechatkami", transform="typos", link="exact", side="over",
         title="Новый центр ждет пенсионеров",
         body=[C(1, 0, fx="typo"), C(2, 0, fx="typo"), C(2, 1, fx="typo"), C(5, 0, fx="typo"),
               C(5, 1, fx="typo"), own("Источник — [[Северный вестник]].")],
         expect=87, notes="Five sentences with a typing slip in every third long word: 87/214 = 0.4065."),
    dict(orig=E, partner="digest", slug="night-hall-typos", transform="typos", link="exact", side="under",
         title="Astana students study through the night",
         body=[C(4, 0, fx="typo"), C(7, 1, fx="typo"), own("Reported by the [[Steppe Courier]].")],
         expect=41, notes="Two sentences with typing slips: 41/270."),
    # ------------------------------------------ word forms: kk case endings, ru cases, en tense / number
    dict(orig=K, partner="qostanai", slug="zhol-zhalgaular", transform="word-forms", link="exact",
         side="over", title="Облыстағы жолдардың үштен бірі ауылдарға апарады",
         body=[C(1, 0, "Биыл облыстағы 1 500 шақырымнан астам жергілікті жолдар жөнделіп, олардың үштен бірі "
                       "шалғай ауылдарға апаратын бағыттар болды."),
               C(2, 0, "Жөндеу жұмыстарының ҚР Индустрия және инфрақұрылымдық даму министрлігі бағдарламасы "
                       "аясында 27 қарашада толық аяқталғаны хабарланды."),
               C(3, 1, "Қаражаттың басым бөлігін Әулиекөл, Денисов және Жангелдин аудандарының учаскелеріне "
                       "жұмсады."),
               C(4, 0, "Бұған дейін Қарасу ауылындағы тұрғындар аудан орталығына жетуге екі сағаттан астам "
                       "уақытын жұмсайтын."),
               C(7, 0, "Тұрғындар жол сапасы жайлы шағымды облыс әкімдігі ресми сайтының арнайы бөлімі арқылы "
                       "жібере алады."),
               own("Дереккөз: [[Тобыл таңы]].")],
         expect=70, notes="Case and possessive endings changed on many words of five sentences (облыста -> "
                          "облыстағы, жұмыстары -> жұмыстарының, аудандарындағы -> аудандарының, ауылының -> "
                          "ауылындағы, сайтындағы -> сайтының ...): the same words re-inflected, counted whole: "
                          "70/179."),
    dict(orig=R, partner="kyzylzhar", slug="skolko-stoil-centr", transform="word-forms", link="none",
         side="under", title="Сколько стоил центр долголетия",
         body=[C(3, 0, "На ремонт и оборудование из областного бюджета ушло 186 миллионов тенге, еще 20 миллионов "
                       "выделено местным спонсором."),
               C(6, 0, "По словам управления координации занятости и социальных программ, открытие еще двух "
                       "центров ожидается в Тайыншинском и Есильском районах."),
               own("Пишет «Северный вестник».")],
         expect=32, notes="Two sentences re-phrased around the same words so that most nouns change case (ремонт "
                          "-> на ремонт, бюджету -> из бюджета, два центра -> двух центров): counted whole; no "
                          "link: 32/214, missing-link."),
    dict(orig=E, partner="caweekly", slug="library-hall-forms", transform="word-forms", link="exact",
         side="near", title="Astana library reinvents its evenings",
         body=[C(1, 0, "The hall on the ground floor stays open until two in the morning during exam seasons and "
                       "is free for everyone with a library card."),
               C(2, 1, "Builders have turned former storage rooms into bright spaces with 120 desks, a charging "
                       "socket and a quiet booth for group work."),
               C(7, 0, "Each visitor has to register at the entrance with a library card or student ID after eight "
                       "in the evening."),
               C(6, 1, "A decision was expected by the end of March 2027, once the city council approved the next "
                       "year's budget."),
               own("Adapted from the [[Steppe Courier]].")],
         expect=85, notes="Tense, number and determiners changed along four sentences (will stay -> stays, turned "
                          "-> have turned, desks/sockets singular-plural swaps, must -> has to): 85/270 = "
                          "0.3148, over."),
    # ------------------------------------------ where on the page: alt, figcaption, blockquote, table
    dict(orig=K, partner="saryarqa", slug="zhol-foto-alt", transform="in-alt", link="exact", side="under",
         title="Қарасу жолы суретте",
         body=[{"c": [[1, 0], [2, 0], [2, 1], [3, 0]], "count": "zero", "tag": "alt",
                "caption": "Жаңа жол. Фото: [[Тобыл таңы]]"},
               own("Көрші облыстың шалғай ауылдарына апаратын жолдар жаңарды."),
               C(4, 0)],
         expect=14, notes="Standfirst and three sentences (58 words) only in an image's alt and title attributes "
                          "(not seen by a reader, handcases4/6): 0; one sentence in the text: 14/179 (0.40 if the "
                          "alt text were counted)."),
    dict(orig=K, partner="qostanai", slug="zhol-dayekses", transform="in-blockquote", link="exact",
         side="near", title="Басқарма: қаражат негізінен үш ауданға жұмсалды",
         body=[own("[[Тобыл таңы]] басқарманың мәліметін келтіреді:"),
               M([(3, 0), (3, 1)], tag="blockquote"),
               own("Ауыл әкімі де пікір білдірді:"),
               C(5, 0, tag="blockquote"),
               C(6, 1)],
         expect=55, notes="Copied sentences set as <blockquote> citations (visible text): 55/179 = 0.3073, over."),
    dict(orig=K, partner="saryarqa", slug="zhol-kesteside", transform="in-table", link="none", side="under",
         title="Жол жөндеу: негізгі деректер",
         body=[own("Қостанай облысындағы жол жөндеу туралы негізгі деректер."),
               {"rows": [["Келесі жыл", C(6, 0)], ["Құжаттама", C(6, 1)], ["Шағымдар", C(7, 0)],
                         ["Кепілдік", C(7, 1)]], "caption": "Деректер: Тобыл таңы"}],
         expect=47, notes="Four sentences as the cells of a facts table (visible text); the outlet named in the "
                          "table caption, no link: 47/179, missing-link."),
    dict(orig=R, partner="esil", slug="centr-foto-podpis", transform="in-figcaption", link="exact",
         side="near", title="Центр долголетия: фоторепортаж",
         body=[C(2, 0, tag="figcaption"), C(2, 1, tag="figcaption"), C(4, 0), C(5, 0),
               own("Фото и текст: [[Северный вестник]].")],
         expect=67, notes="Two sentences as photo captions (<figcaption>, visible on the partner's page, unlike "
                          "the original's own caption, which is furniture) and two in the text: 67/214 = 0.3131, "
                          "over (37/214 without the captions)."),
    dict(orig=R, partner="kyzylzhar", slug="centr-citata", transform="in-blockquote", link="exact",
         side="over", title="Что известно о новом центре",
         body=[own("Коллеги из [[«Северного вестника»]] пишут:"),
               M([(1, 0), (2, 0), (2, 1)], tag="blockquote"),
               C(5, 0)],
         expect=70, notes="Standfirst and first paragraph as one <blockquote>, a quote in the text: 70/214."),
    dict(orig=R, partner="esil", slug="centr-tablica", transform="in-table", link="exact", side="under",
         title="Центр долголетия в цифрах",
         body=[own("Главное о новом центре по данным [[«Северного вестника»]]."),
               {"rows": [["Стоимость", C(3, 0)], ["Что внутри", C(3, 1)], ["Спрос", C(4, 0)]]}],
         expect=47, notes="Three sentences as table cells: 47/214."),
    dict(orig=E, partner="digest", slug="night-hall-photo", transform="in-alt", link="none", side="under",
         title="Photo of the day: a library after dark",
         body=[{"c": [[2, 0], [2, 1]], "count": "zero", "tag": "alt",
                "caption": "Students at work late at night in Astana."},
               own("Our photo of the day comes from the capital, where readers now stay until the small hours.")],
         expect=0, notes="The first paragraph (42 words) only in an image's alt and title attributes, the "
                         "partner's own caption and text: 0, compliant (missing-link if the alt text were "
                         "counted)."),
    dict(orig=E, partner="caweekly", slug="nurpeisova-caption", transform="in-figcaption", link="exact",
         side="under", title="A second home for students",
         body=[C(5, 0, tag="figcaption"), C(6, 0), own("Source: [[Steppe Courier]].")],
         expect=48, notes="The quote with its attribution as a photo caption and one sentence in the text: 48/270."),
    dict(orig=E, partner="digest", slug="night-hall-key-facts", transform="in-table", link="exact",
         side="near", title="Key facts: Astana's night reading hall",
         body=[own("Everything you need to know, based on the [[Steppe Courier]]'s report."),
               {"rows": [["Hours", C(1, 0)], ["Opened", C(2, 0)], ["Cost", C(3, 0)], ["Demand", C(3, 1)]]}],
         expect=84, notes="Four sentences as the cells of a key-facts table: 84/270 = 0.3111, over."),
    # ---------------------------------------------------------------- retellings (the contrast: 0)
    dict(orig=K, partner="qostanai", slug="zhol-oz-sozimizben", transform="retelling", link="none",
         side="under", title="Көрші облыста жол жөндеу маусымы аяқталды",
         body=[own("Қостанай өңірінде биыл жүздеген шақырым ауылдық жол жаңартылды. Әсіресе Қарасу ауылының "
                   "тұрғындары риза: енді олар аудан орталығына бұрынғыдан үш есе тез жетеді."),
               own("Бұл іске екі деңгейлі бюджеттен он екі миллиардтан астам теңге жұмсалған. Келесі жылы "
                   "басқарма отыздан астам жаңа учаскені қолға алмақ.")],
         expect=0, notes="The partner's own retelling keeping only names and figures (Қарасу, 12 миллиард, 38 "
                         "roads as 'отыздан астам'), no 8-word run: 0, compliant without a link."),
    dict(orig=R, partner="kyzylzhar", slug="centr-svoimi-slovami", transform="retelling", link="none",
         side="under", title="Пенсионеры Петропавловска осваивают смартфоны",
         body=[own("На Интернациональной теперь учат пожилых горожан работать с телефонами и ходить с "
                   "палками. За неделю желающих набралось около полутора тысяч."),
               own("Здание бывшего узла связи восемь лет стояло пустым, а теперь его первый этаж отдан "
                   "пенсионерам. Следующие такие центры появятся в Тайыншинском и Есильском районах.")],
         expect=0, notes="A retelling in the partner's own words sharing names and figures only: 0, compliant "
                         "without a link."),
    dict(orig=E, partner="caweekly", slug="library-own-words", transform="retelling", link="none",
         side="under", title="Why Astana's students are queuing for a library at midnight",
         body=[own("The capital's biggest library has given its ground floor over to late-night study. About "
                   "1,500 students signed a petition for it, and the city found 94 million tenge."),
               own("Hundreds come every evening, mostly for law and medicine books. Whether the idea spreads "
                   "to the left bank will be decided next spring.")],
         expect=0, notes="The partner's own account with the same figures and topics and no 8-word run: 0."),
]
