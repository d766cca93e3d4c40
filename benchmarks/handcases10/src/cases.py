"""Partner pages and cases of handcases10 (every sentence invented for this benchmark).

A paragraph is a list of parts: own text (str; `[[anchor]]` is the credit, rendered per the case's `link`),
C(u, k) a sentence copied verbatim, E(u, k, text) a sentence shown with edits and counted whole (a round-trip
translation), S(u, k, part) a part of a sentence (counted when 8+ words), Z(u, k, text) a translation (counted 0),
L(part) a copied part that is itself the credit's anchor text. Units: 0 headline, 1 standfirst, 2.. blocks.
"""


def C(u, k):
    return ("c", u, k)


def E(u, k, text):
    return ("e", u, k, text)


def S(u, k, part):
    return ("s", u, k, part)


def Z(u, k, text):
    return ("z", u, k, text)


def L(part):
    return ("L", part)


def P(u):
    """A whole block (both sentences) as one paragraph."""
    return [C(u, 0), C(u, 1)]


def ALL():
    return [[C(1, 0)]] + [P(u) for u in range(2, 8)]


# ------------------------------------------------------------------ partners
PARTNERS = [
    # Kazakh
    dict(id="k-agg", lang="kk", host="zhanalyq-legi.kz", name="Жаңалықтар легі", feedtitle="Өңір жаңалықтары",
         more="Толығырақ", menu=["Басты", "Өңірлер", "Қоғам", "Спорт"],
         footer="Жаңалықтар легі — ақпарат агрегаторы. Материалдар үшін дереккөздер жауап береді."),
    dict(id="k-tg", lang="kk", host="t.me", channel="pavlodar_bugin", name="Павлодар бүгін",
         subs="14.2K subscribers", view="View in Telegram"),
    dict(id="k-social", lang="kk", host="vk.com", channel="ertis_zhagasy", name="Ертіс жағасы | Павлодар",
         net="ВКонтакте", more="Толығырақ көрсету…", comments="Пікірлер", month="қар", likes="Ұнайды",
         share="Бөлісу", search="Іздеу", date="бүгін 10:42"),
    dict(id="k-forum", lang="kk", host="forum.ertis-alany.kz", name="Ертіс алаңы форумы", quote="Дәйексөз",
         rank="Белсенді қатысушы", posted="Жіберілді:", crumbs=["Форум", "Қала өмірі", "Коммуналдық мәселелер"],
         login="Кіру", pages="1-бет, барлығы 1"),
    dict(id="k-pdf", lang="kk", host="ertis-oniri-gazeti.kz", name="Ертіс өңірі", pageword="бет"),
    dict(id="k-mail", lang="kk", host="apta-digest.kz", name="Апта дайджесі", webview="Хатты браузерде ашу",
         issue="27 қараша 2026 жылғы шығарылым", unsub="Жазылымнан бас тарту",
         footer="Сіз бұл хатты apta-digest.kz сайтында жазылғаныңыз үшін алдыңыз."),
    dict(id="k-site", lang="kk", host="kereku-news.kz", name="Керекү ньюс", date="27.11.2026",
         menu=["Жаңалықтар", "Қала", "Экономика"], fulltext="Толық мәтін",
         footer="© Керекү ньюс, 2026", printurl="Материалдың мекенжайы",
         cache1="Бұл — бет көшірмесі:", cache2="Бұл көшірме 2026 жылғы 27 қарашада сақталған.",
         cache3="Тек мәтіндік нұсқа", wb1="27 қараша 2026 сақталған", wb2="12 көшірме"),
    # Russian
    dict(id="r-agg", lang="ru", host="lenta-oblastey.kz", name="Лента областей", feedtitle="Новости регионов",
         more="Читать полностью", menu=["Главное", "Регионы", "Общество", "Спорт"],
         footer="Лента областей — агрегатор новостей. За содержание материалов отвечают источники."),
    dict(id="r-tg", lang="ru", host="t.me", channel="karaganda_seychas", name="Караганда сейчас",
         subs="38.9K subscribers", view="View in Telegram"),
    dict(id="r-social", lang="ru", host="facebook.com", channel="nash.temirtau", name="Наш Темиртау",
         net="Facebook", more="Ещё", comments="Комментарии", month="ноя", likes="Нравится",
         share="Поделиться", search="Поиск", date="27 ноября в 12:18"),
    dict(id="r-forum", lang="ru", host="forum.krg-life.kz", name="Форум КРГ-Лайф", quote="Цитата",
         rank="Постоялец", posted="Добавлено:", crumbs=["Форум", "Город", "Спорт и отдых"],
         login="Вход", pages="Страница 1 из 1"),
    dict(id="r-pdf", lang="ru", host="industr-gazeta.kz", name="Индустриальная газета", pageword="стр."),
    dict(id="r-mail", lang="ru", host="dayjest-nedeli.kz", name="Дайджест недели",
         webview="Открыть письмо в браузере", issue="Выпуск от 27 ноября 2026",
         unsub="Отписаться от рассылки",
         footer="Вы получили это письмо, потому что подписались на рассылку на сайте dayjest-nedeli.kz."),
    dict(id="r-site", lang="ru", host="krg-vesti.kz", name="КРГ Вести", date="27.11.2026",
         menu=["Новости", "Город", "Спорт"], fulltext="Полный текст",
         footer="© КРГ Вести, 2026", printurl="Адрес материала",
         cache1="Это копия страницы", cache2="Снимок сделан 27 ноября 2026 года.",
         cache3="Текстовая версия", wb1="сохранено 27 ноября 2026", wb2="9 снимков"),
    # English
    dict(id="e-agg", lang="en", host="centralasiafeed.com", name="Central Asia Feed", feedtitle="Top stories",
         more="Read full story", menu=["Top", "Kazakhstan", "Business", "Energy"],
         footer="Central Asia Feed collects headlines from regional publishers."),
    dict(id="e-tg", lang="en", host="t.me", channel="caspian_brief", name="Caspian Brief",
         subs="9.8K subscribers", view="View in Telegram"),
    dict(id="e-social", lang="en", host="facebook.com", channel="aktau.expats", name="Aktau Expats & Friends",
         net="Facebook", more="See more", comments="Comments", month="Nov", likes="Like",
         share="Share", search="Search", date="November 27 at 1:05 PM"),
    dict(id="e-forum", lang="en", host="forum.caspianexpat.net", name="Caspian Expat Forum", quote="Quote",
         rank="Senior member", posted="Posted:", crumbs=["Board index", "Living in Aktau", "Utilities"],
         login="Log in", pages="Page 1 of 1"),
    dict(id="e-pdf", lang="en", host="mangystauweekly.com", name="Mangystau Weekly", pageword="page"),
    dict(id="e-mail", lang="en", host="steppebriefing.com", name="The Steppe Briefing",
         webview="View this email in your browser", issue="Issue of November 27, 2026",
         unsub="Unsubscribe", footer="You are receiving this email because you signed up at steppebriefing.com."),
    dict(id="e-site", lang="en", host="westkazpost.com", name="West Kaz Post", date="Nov 27, 2026",
         menu=["News", "Business", "Travel"], fulltext="Full text",
         footer="© 2026 West Kaz Post", printurl="Article address",
         cache1="This is a cached copy of", cache2="The snapshot was taken on 27 Nov 2026.",
         cache3="Text-only version", wb1="captured 27 Nov 2026", wb2="14 captures"),
]

# ------------------------------------------------------------------ the partners' own text around the copies
FILL = {
    "kk": dict(
        cards=[("Қарағанды таңы", "Теміртауда жаңа балабақша ашылды",
                "Балабақша екі жүз қырық орынға арналған, оның құрылысы бір жылда аяқталды."),
               ("Атырау айнасы", "Жайық жағалауында велосипед жолы ұзартылады",
                "Жаңа учаске көктемде қала тұрғындарына ашылады деп жоспарланып отыр."),
               ("Түркістан тынысы", "Кентауда көше шамдары ауыстырылды",
                "Үнемді шамдар қаланың жиырма көшесінде орнатылды."),
               ("Ақтөбе апталығы", "Облыстық кітапханада кітап көрмесі ашылды",
                "Көрмеге өлкетанушылардың үш жүзден астам еңбегі қойылды.")],
        posts=["Бүгін кешке қалада қар жауып, жел күшейеді деп күтілуде. Жүргізушілер абай болыңыздар.",
               "Қалалық саябақта жексенбі күні жәрмеңке өтеді, фермерлер ет пен сүт өнімдерін әкеледі.",
               "Автобус №21 бағыты уақытша өзгерді: жөндеу жұмыстарына байланысты ол Естай көшесімен жүреді."],
        comments=[("Самат Қ.", "Біздің үйде де жылу жиі өшетін, енді көрейік."),
                  ("Айгүл", "Жақсы жаңалық, бірақ аулалардағы жолдарды да жөндеу керек.")],
        column=["Облыстық театрда жаңа маусым ашылды, алғашқы қойылымға көрермендер көп жиналды.",
                "Режиссердің айтуынша, биыл репертуарға жас драматургтердің үш пьесасы енгізілген.",
                "Билеттерді театр кассасынан және ресми сайттан алуға болады."],
        mail=[("Апта қорытындысы", "Осы аптада облыста үш жаңа мектеп пайдалануға берілді, ал ауыл "
               "шаруашылығы жәрмеңкесі рекорд келушілер санын жинады."),
              ("Ауа райы", "Келесі аптада күн суытып, түнде аяз жиырма градусқа дейін жетеді.")],
        side=["Қалада жаңа аялдамалар орнатылды", "Жексенбіде жәрмеңке өтеді", "Мектептерде карантин жоқ",
              "Ертіс жағалауы абаттандырылады"]),
    "ru": dict(
        cards=[("Вести Жезказгана", "В Жезказгане отремонтируют три школы",
                "Работы начнутся весной и завершатся к началу учебного года."),
               ("Балхаш сегодня", "В Балхаше появятся новые автобусные маршруты",
                "Два маршрута свяжут новые микрорайоны с центром города."),
               ("Темиртау Инфо", "В Темиртау открыли пункт приема вторсырья",
                "Жители могут сдать пластик, стекло и бумагу шесть дней в неделю."),
               ("Шахтинский вестник", "В Шахтинске выбрали лучших учителей года",
                "Конкурс проходил в три этапа, в финал вышли двенадцать педагогов.")],
        posts=["Синоптики обещают в выходные метель и усиление ветра до двадцати метров в секунду.",
               "В центральном парке с субботы работает ярмарка, фермеры привезут мясо и молочную продукцию.",
               "Автобус №35 временно изменит маршрут из-за ремонта теплосети на улице Ерубаева."],
        comments=[("Ольга Ш.", "Наконец-то! Сын занимается хоккеем, ездили за сорок километров."),
                  ("Ерлан", "Хорошо бы ещё парковку рядом сделать нормальную.")],
        column=["В областном драмтеатре открылся новый сезон, на премьеру пришли больше пятисот зрителей.",
                "По словам режиссера, в этом году в репертуар вошли три пьесы молодых авторов.",
                "Билеты продаются в кассе театра и на его официальном сайте."],
        mail=[("Коротко за неделю", "На этой неделе в области открыли три новые школы, а сельская ярмарка "
               "собрала рекордное число посетителей."),
              ("Погода", "На следующей неделе похолодает, ночью до минус двадцати.")],
        side=["В городе установят новые остановки", "В выходные пройдет ярмарка", "Карантина в школах нет",
              "Набережную благоустроят"]),
    "en": dict(
        cards=[("Atyrau Today", "Atyrau opens a riverside cycling path",
                "The four-kilometre path runs along the Ural embankment."),
               ("Astana Monitor", "Capital's metro tender delayed again",
                "Bidders asked for more time to prepare their technical offers."),
               ("Shymkent Herald", "Shymkent airport adds night flights",
                "Two carriers will fly to Istanbul after midnight from December."),
               ("Almaty Wire", "Almaty schools trial a four-day timetable",
                "Twelve schools volunteered for the pilot, which runs until May.")],
        posts=["Strong winds are forecast for the coast tonight; the port may close for small vessels.",
               "The Saturday farmers' market moves indoors for the winter season.",
               "Bus route 7 is diverted this week because of road works near the central mosque."],
        comments=[("Mike T.", "Finally. We had water for two hours a day last August."),
                  ("Aigerim S.", "Good news, but what about the old pipes in our block?")],
        column=["The regional drama theatre opened its new season with a full house on Friday.",
                "The director said three plays by young local writers had been added to the programme.",
                "Tickets are sold at the box office and on the theatre's website."],
        mail=[("The week in brief", "Three new schools opened across the region this week, and the harvest "
               "fair drew a record number of visitors."),
              ("Weather", "Temperatures drop next week, with night frosts down to minus fifteen.")],
        side=["New bus stops for the city", "Weekend market moves indoors", "No school closures this week",
              "Embankment works to resume"]),
}

# ------------------------------------------------------------------ cases
K, R, EN = "k1", "r1", "e1"
KURL = "https://kereku-news.kz/kk/news/2026/11/27/zhylu-zhelisi"
RURL = "https://krg-vesti.kz/news/2026/11/27/ledovaya-arena"
EURL = "https://westkazpost.com/2026/11/27/aktau-water-line/"

CASES = [
    # ================================================================ Kazakh (k1, 195 words)
    dict(orig=K, partner="k-agg", kind="agg", link="exact", transform="agg-card-headline-lead",
         url="https://zhanalyq-legi.kz/feed/aimaqtar", expect=25,
         cards=[(2, dict(outlet="Сарыжайлау ақпарат", title=L(C(0, 0)), text=[[C(1, 0)]]))],
         notes="Aggregator feed: the original's card (its headline, linked to the article, and the standfirst) "
               "among four cards of other outlets: 25/195."),
    dict(orig=K, partner="k-agg", kind="agg", link="go-enc", transform="agg-card-long-lead",
         url="https://zhanalyq-legi.kz/feed/aimaqtar?page=1", expect=59,
         cards=[(1, dict(outlet="Сарыжайлау ақпарат", title="Павлодардың солтүстігінде жылу құбырлары ауыстырылды",
                         text=[[C(1, 0)], P(2), [C(3, 0)]], more="[[Толығырақ]]"))],
         notes="Aggregator card with the aggregator's own headline and a long lead (standfirst, first paragraph, "
               "one more sentence); 'Толығырақ' goes through the aggregator's /go?to=<encoded article URL>: "
               "59/195, just over the line."),
    dict(orig=K, partner="k-agg", kind="agg", link="go-id", transform="agg-two-cards",
         url="https://zhanalyq-legi.kz/feed/pavlodar", expect=56,
         cards=[(1, dict(outlet="Сарыжайлау ақпарат", title=L(C(0, 0)), text=[[C(1, 0)]],
                         more="[[Толығырақ]]")),
                (4, dict(outlet="Ертіс жаңалықтары", title=L("Жылу желісі жаңарды: былтырғы апаттар қайталанбайды"),
                         text=[P(4)], more="[[Толығырақ]]"))],
         notes="Two cards: the original's (headline + standfirst) and another outlet's card whose lead is the "
               "original's third paragraph; every link is the aggregator's opaque /go/<id>: 56/195, no "
               "qualifying link."),
    dict(orig=K, partner="k-tg", kind="tg", link="exact", transform="tg-post-excerpt",
         url="https://t.me/s/pavlodar_bugin", expect=64,
         posts=[(2, dict(text=[[C(0, 0)], P(2), P(3), ["Толығырақ: [[saryzhailau-aqparat.kz]]"]]))],
         notes="Telegram web preview: one post copies the headline and the first two paragraphs, with the "
               "article URL linked in the text; three unrelated posts around it: 64/195."),
    dict(orig=K, partner="k-tg", kind="tg", link="tg-preview", transform="tg-link-preview",
         url="https://t.me/s/pavlodar_bugin?before=2215", expect=41,
         posts=[(1, dict(text=[["Қаладағы жылу желісі туралы жақсы жаңалық."], [C(4, 0)]],
                         preview=dict(site="Сарыжайлау ақпарат", title=C(0, 0), desc=C(1, 0))))],
         notes="Telegram post with one copied sentence; the link preview card under it (a block <a href> to "
               "the article) shows the headline and the standfirst: 8 + 17 + 16 = 41/195."),
    dict(orig=K, partner="k-tg", kind="tg", link="text", transform="tg-full-two-posts",
         url="https://t.me/s/pavlodar_bugin?before=2216", expect=195,
         posts=[(1, dict(text=[[C(0, 0), "(1/2)"], [C(1, 0)], P(2), P(3), P(4)])),
                (2, dict(text=[["(2/2)"], P(5), P(6), P(7), ["Дереккөз: [[Сарыжайлау ақпарат]]"]]))],
         notes="The whole article in two consecutive posts '(1/2)' and '(2/2)', the outlet named in plain text: "
               "full reprint, no link."),
    dict(orig=K, partner="k-social", kind="social", link="text", transform="social-folded",
         url="https://vk.com/wall-218830412_9917", expect=112, fold=2,
         post=[[C(0, 0)], [C(1, 0)], P(2), P(3), P(4), ["Дереккөз: [[Сарыжайлау ақпарат]]"]],
         notes="VK-like post: headline and standfirst visible, three paragraphs behind 'Толығырақ көрсету…' "
               "(display:none until clicked) - a folded article is published (README): 112/195; credit in "
               "plain text."),
    dict(orig=K, partner="k-social", kind="social", link="comment", transform="social-copy-in-comments",
         url="https://vk.com/wall-218830412_9921", expect=60,
         post=[["Павлодарда жылу желісін жөндеу аяқталды. Сіздің үйде жылу қалай?"]],
         comments=[(1, ("Дана Ержанқызы", [P(3), ["Толығы: [[saryzhailau-aqparat.kz]]"]])),
                   (2, ("Бауыржан", [P(4)]))],
         notes="The group's post is its own question; two readers paste the second and third paragraphs into "
               "the comments, one with the article link (rel nofollow ugc): 60/195, the link counts (placement "
               "anywhere)."),
    dict(orig=K, partner="k-forum", kind="forum", link="exact", transform="forum-full-paste",
         url="https://forum.ertis-alany.kz/viewtopic.php?t=4412", expect=195,
         topic="Жылу желісі жаңартылды ма?",
         posts=[dict(who="ertis_adamy", own=[["Жаңалықтан: [[Сарыжайлау ақпарат]]"]],
                     quote=[[C(0, 0)], *ALL()]),
                dict(who="Marat_77", quote=[[C(5, 0)]], own=[["Көрейік, қыста не болады."]]),
                dict(who="aigerim.p", own=[["Бізде үшінші шағынауданда бәрі бұрынғыдай."]])],
         notes="Forum thread: the first post pastes the whole article in a quote block under a linked credit; a "
               "reply re-quotes the engineer's first sentence (counted once): full reprint."),
    dict(orig=K, partner="k-forum", kind="forum", link="comment", transform="forum-link-in-reply",
         url="https://forum.ertis-alany.kz/viewtopic.php?t=4415", expect=39,
         topic="Солтүстік шағынаудандағы жылу",
         posts=[dict(who="kerey_b", quote=[[C(0, 0)], P(4)], own=[["Осы рас па?"]]),
                dict(who="moderator_ertis", own=[["Иә, түпнұсқасы осында: [[Сарыжайлау ақпарат]]"]])],
         notes="First post pastes the headline and the third paragraph without a source; a second user (the "
               "moderator) posts the article link: 39/195, the link in a reply counts."),
    dict(orig=K, partner="k-pdf", kind="pdf", link="text-url", transform="pdf-lines-hyphenated",
         url="https://ertis-oniri-gazeti.kz/archive/2026/47/page-3.html", expect=147,
         title=[C(0, 0)], paras=[[C(1, 0)], P(2), P(3), P(4), P(5), ["Дереккөз: [[Сарыжайлау ақпарат]]"]],
         notes="Newspaper page converted from PDF: one absolutely positioned <div> per line, long words broken at "
               "line ends with a hyphen ('инфрақұры-' / 'лымдық'); the source URL only printed as text: 147/195."),
    dict(orig=K, partner="k-pdf", kind="pdf", link="text", transform="pdf-word-spans", words=True,
         url="https://ertis-oniri-gazeti.kz/archive/2026/47/page-3-v.html", expect=57,
         title=["Жылу желісі: не өзгерді?"], paras=[[C(1, 0)], P(2), [C(6, 1)], ["Сарыжайлау ақпарат"]],
         notes="PDF conversion with one absolutely positioned <span> per word and no space characters between "
               "them (the gaps are coordinates): the reader sees separate words, counted: 57/195, near the line; "
               "credit in text."),
    dict(orig=K, partner="k-mail", kind="mail", link="mail-enc", transform="mail-teaser",
         url="https://apta-digest.kz/newsletter/archive/2026-11-27.html", expect=25, preheader=[C(2, 0)],
         stories=[(1, dict(title=C(0, 0), text=[[C(1, 0)]], more="[[Толығырақ оқу →]]"))],
         notes="Newsletter archive: headline + standfirst as one story with a click-tracker link whose u= "
               "carries the encoded article URL; the first body sentence is only in the hidden preheader "
               "(not seen, 0): 25/195."),
    dict(orig=K, partner="k-mail", kind="mail", link="mail-opaque", transform="mail-long-story",
         url="https://apta-digest.kz/newsletter/archive/2026-11-20.html", expect=147,
         stories=[(0, dict(title=C(0, 0), text=[[C(1, 0)], P(2), P(3), P(4), P(5)],
                           more="[[Сарыжайлау ақпарат]]"))],
         notes="Newsletter story holding most of the article; the credit is an opaque click-tracker URL "
               "(/c/<token>): 147/195, no qualifying link."),
    dict(orig=K, partner="k-site", kind="amp", link="exact", transform="amp-accordion",
         url="https://kereku-news.kz/amp/kk/news/2026/11/27/zhylu-zhelisi", slug="zhylu", expect=87,
         title="Павлодардағы жылу желісі: жөндеу аяқталды",
         paras=[P(2), ["Дереккөз: [[Сарыжайлау ақпарат]]"]], folded=[P(3), P(4)],
         notes="AMP page: the first paragraph in the body, two more inside a collapsed <amp-accordion> "
               "('Толық мәтін') - folded text is published: 87/195."),
    dict(orig=K, partner="k-site", kind="iframe", link="exact", transform="iframe-srcdoc-text",
         url=KURL + "-widget", expect=81, title="Жылу желісі жаңартылды",
         outer=[["Серіктесіміз [[Сарыжайлау ақпарат]] материалы:"]], inner=[[C(0, 0)], [C(1, 0)], P(2), P(3)],
         notes="The copy (headline, standfirst, two paragraphs) sits in <iframe srcdoc>, drawn on the page; the "
               "credit link is in the page itself: 81/195 (srcdoc text is seen, counted)."),
    dict(orig=K, partner="k-site", kind="gcache", link="exact", transform="cache-wrapper",
         url="https://webcache.googleusercontent.com/search?q=cache:" + KURL, partner_url=KURL, expect=56,
         title=C(0, 0), paras=[["Қала тұрғындарына жақсы жаңалық."], P(6), P(7),
                               ["Дереккөз: [[Сарыжайлау ақпарат]]"]],
         notes="A cache copy of the partner's page (banner on top, <base> to the partner): headline and the "
               "last two paragraphs, linked: 56/195."),
    dict(orig=K, partner="k-site", kind="wayback", link="wayback", transform="wayback-wrapper",
         url="https://web.archive.org/web/20261127093512/" + KURL, partner_url=KURL, expect=52,
         title="Жылу желісі жаңартылды", paras=[[C(1, 0)], P(5), ["Дереккөз: [[Сарыжайлау ақпарат]]"]],
         notes="Wayback-like capture of the partner's page: the credit is rewritten to /web/<timestamp>/<article "
               "URL>: the article's URL is explicit in the href (handcases8's amp-cache rule): 52/195."),
    # ================================================================ Russian (r1, 212 words)
    dict(orig=R, partner="r-agg", kind="agg", link="go-enc", transform="agg-card-headline-lead",
         url="https://lenta-oblastey.kz/feed/karaganda", expect=42,
         cards=[(2, dict(outlet="Сарыарка Пресс", title=L(C(0, 0)), text=[[C(1, 0), C(2, 0)]],
                         more="[[Читать полностью]]"))],
         notes="Aggregator card: headline (linked), standfirst and one sentence; both links go through "
               "/go?to=<encoded article URL>: 42/212."),
    dict(orig=R, partner="r-agg", kind="agg", link="go-plain", transform="agg-reader-full",
         url="https://lenta-oblastey.kz/read/88213", expect=212,
         cards=[(0, dict(outlet="Сарыарка Пресс", title=C(0, 0), text=ALL(),
                         more="Источник: [[Сарыарка Пресс]]"))],
         notes="The aggregator's 'reader mode' shows the whole article in the feed; the source link is "
               "/away.php?to=<article URL> (unencoded): full reprint."),
    dict(orig=R, partner="r-agg", kind="agg", link="text", transform="agg-card-text-source",
         url="https://lenta-oblastey.kz/feed/sport", expect=73,
         cards=[(1, dict(outlet="Сарыарка Пресс", title=C(0, 0), text=[[C(1, 0)], P(2), [C(3, 0)]],
                         more="Источник: Сарыарка Пресс"))],
         notes="Aggregator card with headline, standfirst, first paragraph and a sentence, 'Источник: Сарыарка "
               "Пресс' in plain text: 73/212, no link."),
    dict(orig=R, partner="r-tg", kind="tg", link="exact", transform="tg-post-excerpt",
         url="https://t.me/s/karaganda_seychas", expect=64,
         posts=[(2, dict(text=[[C(0, 0)], P(4), [C(5, 0)], ["[[Подробнее]]"]]))],
         notes="Telegram post: headline, the paragraph on the old rink and the director's first quote, "
               "'Подробнее' linked: 64/212, near the line (0.3019)."),
    dict(orig=R, partner="r-tg", kind="tg", link="tg-preview", transform="tg-preview-plus-post",
         url="https://t.me/s/karaganda_seychas?before=2214", expect=63,
         posts=[(0, dict(text=[["Новая арена в Караганде 👇"]],
                         preview=dict(site="Сарыарка Пресс", title=C(0, 0), desc=C(1, 0)))),
                (3, dict(text=[P(5), ["#спорт #Караганда"]]))],
         notes="Two posts: one with only a link preview card (headline + standfirst), a later one quoting both "
               "of the director's sentences without a link; the preview card's link qualifies: 63/212."),
    dict(orig=R, partner="r-social", kind="social", link="exact", transform="social-folded",
         url="https://www.facebook.com/nash.temirtau/posts/pfbid0Xk8", expect=85, fold=1,
         post=[[C(0, 0)], [C(1, 0)], P(2), P(3), ["Источник: [[Сарыарка Пресс]]"]],
         notes="Facebook-like post: the headline visible, the rest (standfirst, two paragraphs, linked credit) "
               "behind 'Ещё': published (README): 85/212."),
    dict(orig=R, partner="r-social", kind="social", link="none", transform="social-copy-in-comments",
         url="https://www.facebook.com/nash.temirtau/posts/pfbid0Xk9", expect=55,
         post=[["Кто уже был на новой арене в Степном? Делитесь впечатлениями!"]],
         comments=[(0, ("Наталья Б.", [P(4)])), (2, ("Ринат К.", [C(5, 0)]))],
         notes="The page's own post is a question; readers paste a paragraph and the director's quote into "
               "the comments, no link anywhere: 55/212."),
    dict(orig=R, partner="r-forum", kind="forum", link="exact", transform="forum-full-paste",
         url="https://forum.krg-life.kz/topic/3391-ledovaya-arena/", expect=212, topic="Ледовая арена в Степном",
         posts=[dict(who="Hockey_Dad", own=[["Вот, наконец открыли: [[Сарыарка Пресс]]"]],
                     quote=[[C(0, 0)], *ALL()]),
                dict(who="Lena_K", quote=[[C(6, 0)]], own=[["1 200 за взрослого - нормально."]])],
         notes="Forum: the whole article pasted in a quote block with a linked credit; a reply re-quotes the "
               "ticket sentence: full reprint."),
    dict(orig=R, partner="r-forum", kind="forum", link="go-plain", transform="forum-requotes",
         url="https://forum.krg-life.kz/topic/3395-arena-raspisanie/", expect=63, topic="Расписание на арене",
         posts=[dict(who="Sport_KRG", quote=[P(3), P(4)], own=[["Из новости: [[Сарыарка Пресс]]"]]),
                dict(who="Aset", quote=[[C(4, 0)]], own=[["А где сейчас тренируются?"]]),
                dict(who="Hockey_Dad", quote=[[C(4, 0)], [C(4, 1)]], own=[["Так и есть, мы в Темиртау ездили."]])],
         notes="Forum: two paragraphs quoted, then two replies re-quote the same sentences (each counted once); "
               "the forum's /away.php?to=<article URL> link: 63/212, near the line."),
    dict(orig=R, partner="r-pdf", kind="pdf", link="text-url", transform="pdf-lines-hyphenated",
         url="https://industr-gazeta.kz/pdf/2026-47/4.html", expect=119,
         title=[C(0, 0)], paras=[[C(1, 0)], P(2), P(3), P(4), ["Источник: [[Сарыарка Пресс]]"]],
         notes="Newspaper page from PDF, one positioned line per <div>, hyphenated line ends ('генераль-' / "
               "'ного'); the source address printed as text: 119/212."),
    dict(orig=R, partner="r-pdf", kind="pdf", link="text", transform="pdf-word-spans", words=True,
         url="https://industr-gazeta.kz/pdf/2026-47/5.html", expect=60,
         title=["Лед для всех"], paras=[P(3), P(6), ["По материалам «Сарыарка Пресс»."]],
         notes="PDF conversion with one positioned <span> per word, no spaces between the spans: 60/212, near "
               "the line; credit in text."),
    dict(orig=R, partner="r-mail", kind="mail", link="mail-enc", transform="mail-teaser",
         url="https://dayjest-nedeli.kz/archive/2026-11-27.html", expect=27, preheader=[C(2, 0), C(2, 1)],
         stories=[(0, dict(title=C(0, 0), text=[[C(1, 0)]], more="[[Читать полностью →]]"))],
         notes="Newsletter: headline + standfirst with a tracker link carrying the encoded article URL; the first "
               "paragraph only in the hidden preheader (0): 27/212."),
    dict(orig=R, partner="r-site", kind="amp", link="exact", transform="amp-full",
         url="https://krg-vesti.kz/amp/news/2026/11/27/ledovaya-arena", slug="arena", expect=212,
         title=C(0, 0), paras=[*ALL(), ["Источник: [[Сарыарка Пресс]]"]],
         notes="The partner's AMP page reprints the whole article with a linked credit: full reprint."),
    dict(orig=R, partner="r-site", kind="iframe", link="srcdoc", transform="iframe-srcdoc-link-inside",
         url=RURL + "-vidzhet", expect=67, title="Арена: расписание и цены",
         outer=[["Публикуем материал наших партнеров."]], inner=[P(5), P(6), ["Источник: [[Сарыарка Пресс]]"]],
         notes="Two paragraphs in <iframe srcdoc>, the credit link only inside the srcdoc document: the text is "
               "seen (67/212) but a link in the framed document is not the page's (handcases2)."),
    dict(orig=R, partner="r-site", kind="wayback", link="wayback", transform="wayback-wrapper",
         url="https://web.archive.org/web/20261127093512/" + RURL, partner_url=RURL, expect=64,
         title=C(0, 0), paras=[P(2), P(7), ["Источник: [[Сарыарка Пресс]]"]],
         notes="Wayback-like capture; headline, first and last paragraphs; the credit rewritten to "
               "/web/<ts>/<article URL>: 64/212, near the line (0.3019)."),
    dict(orig=R, partner="r-site", kind="print", link="text-url", transform="print-view",
         url=RURL + "/print", partner_url=RURL, expect=47,
         title="Арена в Степном открыта", paras=[[C(1, 0)], P(2), ["Источник: [[Сарыарка Пресс]]"]],
         notes="The partner's print view: standfirst and first paragraph; the source URL printed as text, "
               "no <a>: 47/212."),
    dict(orig=R, partner="r-site", kind="plain", link="exact", transform="roundtrip-full",
         url=RURL + "-2", expect=212,
         title=E(0, 0, "В Караганде открылась крытая ледовая арена для детских секций"),
         paras=[[E(1, 0, "Арена рассчитана на 800 зрителей, и бесплатно тренироваться на ней смогут ученики всех "
                         "городских школ хоккея и фигурного катания.")],
                [E(2, 0, "Арену в микрорайоне Степной открыли 26 ноября в рамках региональной программы развития "
                         "массового спорта для детей."),
                 E(2, 1, "Строительство длилось почти два года и несколько раз приостанавливалось из-за замены "
                         "генерального подрядчика.")],
                [E(3, 0, "На проект из бюджета области выделили 6,3 млрд тенге, а еще примерно 400 миллионов "
                         "инвестировал частный инвестор."),
                 E(3, 1, "Инфраструктура комплекса включает раздевалки, спортзал, прокат коньков и медицинский "
                         "кабинет.")],
                [E(4, 0, "До сих пор детские команды Караганды тренировались на единственном катке города, где "
                         "лед нужно было делить по часам."),
                 E(4, 1, "Многие родители возили детей на тренировки в Темиртау, так как на местном льду не "
                         "оставалось свободного времени.")],
                [E(5, 0, "«Теперь у каждой секции будет собственное расписание, и больше не нужно будет назначать "
                         "тренировки на шесть утра», — сказал директор арены Марат Жакупов."),
                 E(5, 1, "«Уже в декабре мы планируем провести тут первый региональный турнир среди молодежных "
                         "команд», — добавил он.")],
                [E(6, 0, "По вечерам и в выходные арена будет открыта для массового катания, взрослый билет будет "
                         "стоить 1 200 тенге."),
                 E(6, 1, "Пенсионеры, многодетные семьи и люди с инвалидностью смогут кататься бесплатно при "
                         "предъявлении удостоверения.")],
                [E(7, 0, "В управлении физкультуры и спорта сообщили, что следующая арена будет построена в "
                         "Сатпаеве к концу 2028 года."),
                 E(7, 1, "Проектно-сметная документация на нее уже прошла госэкспертизу.")],
                ["Источник: [[Сарыарка Пресс]]"]],
         notes="The whole article run through a machine translator to English and back: every sentence kept in "
               "order, words replaced one for one (построят -> будет построена, областной -> региональной): a "
               "laundered full reprint, counted whole."),
    dict(orig=R, partner="e-site", kind="plain", link="exact", transform="translation-en",
         url="https://westkazpost.com/2026/11/27/karaganda-ice-arena/", expect=0,
         title="Karaganda opens an indoor ice arena for children's clubs",
         paras=[[Z(2, 0, "The arena in the Stepnoy microdistrict opened on November 26 under a regional programme "
                         "for children's mass sport."),
                 Z(2, 1, "Construction took almost two years and stopped several times when the general "
                         "contractor changed.")],
                [Z(3, 0, "The regional budget spent 6.3 billion tenge on the project, and a private investor added "
                         "about 400 million.")],
                [Z(5, 0, "“Now every club will have its own schedule, and practice will no longer start at six in "
                         "the morning,” arena director Marat Zhakupov said.")],
                ["Source: [[Saryarka Press]]"]],
         notes="An English partner's translation of four sentences of the Russian original, linked: a "
               "translation is not reuse (earlier sets): 0.0."),
    # ================================================================ English (e1, 252 words)
    dict(orig=EN, partner="e-agg", kind="agg", link="exact", transform="agg-card-headline-lead",
         url="https://centralasiafeed.com/top", expect=35,
         cards=[(3, dict(outlet="Caspian Ledger", title=L(C(0, 0)), text=[[C(1, 0)]]))],
         notes="Aggregator card: linked headline and standfirst among four other outlets' cards: 35/252."),
    dict(orig=EN, partner="e-agg", kind="agg", link="go-id", transform="agg-card-opaque-redirect",
         url="https://centralasiafeed.com/business", expect=54,
         cards=[(0, dict(outlet="Caspian Ledger", title=L(C(0, 0)), text=[[C(1, 0), C(2, 0)]],
                         more="[[Read full story]]"))],
         notes="Aggregator card whose links are the aggregator's opaque /go/<id>: 54/252, no qualifying link."),
    dict(orig=EN, partner="e-agg", kind="agg", link="go-enc", transform="agg-two-cards",
         url="https://centralasiafeed.com/energy", expect=78,
         cards=[(1, dict(outlet="Caspian Ledger", title=L(C(0, 0)), text=[[C(1, 0)]], more="[[Read full story]]")),
                (3, dict(outlet="Mangystau Weekly", title="Plant boss: no more water schedule in Aktau",
                         text=[P(5)], more="[[Read full story]]"))],
         notes="Two cards: the original's (headline + standfirst) and another outlet's that quotes both of the "
               "director's sentences; links via /go?to=<encoded URL>: 78/252, near the line (0.3095)."),
    dict(orig=EN, partner="e-tg", kind="tg", link="tg-preview", transform="tg-post-and-preview",
         url="https://t.me/s/caspian_brief", expect=103,
         posts=[(2, dict(text=[P(2), P(3)], preview=dict(site="Caspian Ledger", title=C(0, 0), desc=C(1, 0))))],
         notes="Telegram post copying two paragraphs; its link preview card shows headline and standfirst: "
               "103/252."),
    dict(orig=EN, partner="e-tg", kind="tg", link="exact", transform="tg-quote-only",
         url="https://t.me/s/caspian_brief?before=2214", expect=25,
         posts=[(1, dict(text=[["💧 Aktau:"], [C(5, 0)], ["More: [[caspianledger.com]]"]]))],
         notes="Telegram post quoting the director's first sentence: 25/252."),
    dict(orig=EN, partner="e-social", kind="social", link="comment", transform="social-folded-full",
         url="https://www.facebook.com/aktau.expats/posts/pfbid02Qw", expect=252, fold=2,
         post=[[C(0, 0)], [C(1, 0)], *ALL()[1:]],
         comments=[(0, ("Aktau Expats & Friends", [["Source: [[Caspian Ledger]]"]]))],
         notes="Group post with the whole article, all but the first two paragraphs behind 'See more'; the "
               "source link is in the first comment (by the group itself): full reprint."),
    dict(orig=EN, partner="e-social", kind="social", link="exact", transform="social-copy-in-comments",
         url="https://www.facebook.com/aktau.expats/posts/pfbid02Qx", expect=57,
         post=[["Good news for the 14th microdistrict! [[caspianledger.com]]"]],
         comments=[(1, ("Daniyar", [P(4)])), (2, ("Sophie R.", [C(6, 0)]))],
         notes="The group's own post with the article link; readers paste a paragraph and a sentence into the "
               "comments: 57/252."),
    dict(orig=EN, partner="e-forum", kind="forum", link="text", transform="forum-paste-no-link",
         url="https://forum.caspianexpat.net/t/aktau-water/1187", expect=94, topic="Aktau water - good news?",
         posts=[dict(who="oilfield_ollie", quote=[[C(1, 0)], P(2), P(3)], qtitle="Caspian Ledger wrote:",
                     own=[["(from Caspian Ledger)"]]),
                dict(who="marina_k", own=[["Let's see if it holds in July."]])],
         notes="Forum: standfirst and two paragraphs pasted in a quote titled 'Caspian Ledger wrote:', no "
               "link: 94/252."),
    dict(orig=EN, partner="e-pdf", kind="pdf", link="text-url", transform="pdf-lines-hyphenated",
         url="https://mangystauweekly.com/e-paper/2026-47/p2.html", expect=121,
         title=[C(0, 0)], paras=[P(5), P(6), P(7), ["Source: [[Caspian Ledger]]"]],
         notes="E-paper page from PDF, positioned lines, hyphenated line ends ('microdis-' / 'trict'); the "
               "source URL printed as text: 121/252."),
    dict(orig=EN, partner="e-pdf", kind="pdf", link="text", transform="pdf-word-spans", words=True,
         url="https://mangystauweekly.com/e-paper/2026-47/p3.html", expect=76,
         title=["Water for the 14th"], paras=[[C(1, 0)], P(2), [C(3, 1)], ["Caspian Ledger"]],
         notes="PDF conversion with one positioned <span> per word, no spaces: 76/252, near the line (0.3016); "
               "credit in text."),
    dict(orig=EN, partner="e-mail", kind="mail", link="mail-enc", transform="mail-teaser",
         url="https://steppebriefing.com/archive/2026-11-27/", expect=54, preheader=[C(3, 0)],
         stories=[(1, dict(title=C(0, 0), text=[[C(1, 0)], [C(2, 0)]], more="[[Read more]]"))],
         notes="Newsletter story with headline, standfirst and a sentence; tracker link with the encoded URL; "
               "another sentence only in the hidden preheader (0): 54/252."),
    dict(orig=EN, partner="e-site", kind="amp", link="exact", transform="amp-accordion",
         url="https://westkazpost.com/amp/2026/11/27/aktau-water-line/", slug="aktau", expect=150,
         title=C(0, 0), paras=[[C(1, 0)], P(2), ["Source: [[Caspian Ledger]]"]], folded=[P(5), P(6)],
         notes="AMP page: headline, standfirst and a paragraph, two more paragraphs in a collapsed "
               "<amp-accordion>: 150/252."),
    dict(orig=EN, partner="e-site", kind="iframe", link="exact", transform="iframe-srcdoc-text",
         url=EURL + "embed/", expect=105, title="Aktau water: the details",
         outer=[["Published with [[Caspian Ledger]]."]], inner=[P(2), P(3), P(4)],
         after=[["Our own reporting on the tariffs follows next week."]],
         notes="Three paragraphs in <iframe srcdoc>, the credit link on the page itself: 105/252."),
    dict(orig=EN, partner="e-site", kind="gcache", link="exact", transform="cache-wrapper",
         url="https://webcache.googleusercontent.com/search?q=cache:" + EURL, partner_url=EURL, expect=89,
         title=C(0, 0), paras=[P(4), P(5), ["Source: [[Caspian Ledger]]"]],
         notes="A cache copy of the partner's page (banner, <base>): headline and two paragraphs, linked: 89/252."),
    dict(orig=EN, partner="e-site", kind="wayback", link="wayback", transform="wayback-wrapper",
         url="https://web.archive.org/web/20261127093512/" + EURL, partner_url=EURL, expect=58,
         title="Aktau's water line", paras=[[C(1, 0)], P(7), ["Source: [[Caspian Ledger]]"]],
         notes="Wayback-like capture, the credit rewritten to /web/<ts>/<article URL>: 58/252."),
    dict(orig=EN, partner="e-site", kind="print", link="exact", transform="print-view-full",
         url=EURL + "print/", partner_url=EURL, expect=252,
         title=C(0, 0), paras=[*ALL(), ["Source: [[Caspian Ledger]]"]],
         notes="Print view of a partner's full reprint with the linked credit: full reprint."),
    dict(orig=EN, partner="e-site", kind="plain", link="exact", transform="roundtrip-partial",
         url=EURL + "2/", expect=105,
         title="Aktau gets more water",
         paras=[[E(2, 0, "Engineers launched the line on 26 November after three weeks of test runs overseen by "
                         "the regional utility department."),
                 E(2, 1, "The plant now filters Caspian seawater through membranes instead of the older thermal "
                         "process.")],
                [E(3, 0, "The expansion cost 21 billion tenge, most of which was covered by a loan from a state "
                         "development bank."),
                 E(3, 1, "According to officials, membrane technology uses about half as much electricity as the "
                         "evaporators it replaces.")],
                [E(4, 0, "Over the past five summers, residents of several microdistricts got tap water only in the "
                         "morning and late in the evening."),
                 E(4, 1, "Coastal hotels brought in water by truck at their own expense, and some guest houses "
                         "closed early in August.")],
                ["Source: [[Caspian Ledger]]"]],
         notes="Three paragraphs run through a translator to Russian and back: each sentence kept in order, "
               "words replaced one for one: counted whole (105/252)."),
    dict(orig=EN, partner="r-site", kind="plain", link="exact", transform="translation-ru",
         url="https://krg-vesti.kz/news/2026/11/27/aktau-opresnitel", expect=0,
         title="В Актау заработала вторая линия опреснительного завода",
         paras=[[Z(1, 0, "Новая линия дает сорок тысяч кубометров питьевой воды в сутки, этого хватит, чтобы "
                         "отменить летние ограничения, действующие в городе с 2021 года.")],
                [Z(4, 0, "Последние пять лет жители нескольких микрорайонов получали воду из крана только утром и "
                         "поздно вечером."),
                 Z(4, 1, "Гостиницы на побережье возили воду за свой счет, а некоторые гостевые дома закрывались "
                         "уже в августе.")],
                ["Источник: [[Caspian Ledger]]"]],
         notes="A Russian partner's translation of three sentences of the English original, linked: 0.0."),
]
