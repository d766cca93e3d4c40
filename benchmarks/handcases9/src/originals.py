"""The three invented originals of handcases9 (every sentence invented for this benchmark).

Units: 0 headline, 1 standfirst, 2.. body blocks (`p` or `quote`), each a list of sentences.
"""

ORIGINALS = {
    "k1": dict(
        lang="kk", site="tobyl", rubric="Аймақ", author="Ержан Қайырбеков", date="27.11.2026, 10:45",
        url="https://tobyl-tany.kz/kk/news/2026/11/27/auyldyq-zholdar-zhondeldi-4410",
        caption="Қарасу ауылына апаратын жаңа жол. Фото: Тобыл таңы",
        tags=["Қостанай", "жол"],
        related=[("Рудныйда жаңа аялдамалар орнатылды",
                  "https://tobyl-tany.kz/kk/news/2026/11/20/rudnyida-aialdamalar-4372")],
        headline="Қостанай облысында он төрт ауылға апаратын жол жөнделді",
        standfirst=["Биыл облыста 1 500 шақырымнан астам жергілікті жол жөнделіп, оның үштен бірі шалғай "
                    "ауылдарға апаратын бағыттарға тиесілі болды."],
        blocks=[
            ("p", ["Жөндеу жұмыстары ҚР Индустрия және инфрақұрылымдық даму министрлігінің бағдарламасы аясында "
                   "27 қарашада толық аяқталды.",
                   "Мердігер компаниялар жаңа асфальт төсеп, жол жиектерін нығайтып, көпірлердің қоршауларын "
                   "ауыстырды."]),
            ("p", ["Облыстық жолаушылар көлігі басқармасының мәліметінше, жұмыстарға республикалық және жергілікті "
                   "бюджеттен 12,4 миллиард теңге бөлінді.",
                   "Қаражаттың басым бөлігі Әулиекөл, Денисов және Жангелдин аудандарындағы учаскелерге жұмсалды."]),
            ("p", ["Бұған дейін Қарасу ауылының тұрғындары аудан орталығына жету үшін екі сағаттан астам уақыт "
                   "жұмсайтын.",
                   "Енді бұл жолды жеңіл көлікпен қырық минутта жүріп өтуге болады."]),
            ("quote", ["«Көктемде жол батпаққа айналып, мектеп автобустары апталап ауылға кіре алмайтын еді», — "
                       "деді Қарасу ауылының әкімі Нұрлан Әбілқасымов.",
                       "«Енді балалар сабаққа уақытында жетеді, ал жедел жәрдем көлігі ауылға кедергісіз келеді», — "
                       "деп қосты ол."]),
            ("p", ["Басқарма келесі жылы тағы 38 ауылдық жолды жөндеуге өтінім берген.",
                   "Жобалық-сметалық құжаттама 2027 жылдың наурыз айына дейін дайындалып, мемлекеттік сараптамадан "
                   "өтуі тиіс."]),
            ("p", ["Тұрғындар жол сапасына қатысты шағымдарын облыс әкімдігінің ресми сайтындағы арнайы бөлім "
                   "арқылы жібере алады.",
                   "Кепілдік мерзімі ішінде анықталған ақауларды мердігерлер өз есебінен жөндеуге міндетті."]),
        ],
    ),
    "r1": dict(
        lang="ru", site="vestnik", rubric="Общество", author="Ольга Кравченко", date="27 ноября 2026, 12:10",
        url="https://sev-vestnik.kz/news/society/7731-tretiy-centr-aktivnogo-dolgoletiya.html",
        caption="Занятие в компьютерном классе нового центра. Фото: Северный вестник",
        tags=["Петропавловск", "пенсионеры"],
        related=[("В Петропавловске отремонтируют двенадцать подъездов",
                  "https://sev-vestnik.kz/news/society/7702-remont-podezdov.html")],
        headline="В Петропавловске открылся третий центр активного долголетия",
        standfirst=["Занятия в новом центре бесплатны для всех жителей старше шестидесяти лет, записаться можно "
                    "по телефону или в поликлинике по месту жительства."],
        blocks=[
            ("p", ["Центр на улице Интернациональной открыли 27 ноября по программе Министерства труда и "
                   "социальной защиты населения РК.",
                   "Под него отремонтировали первый этаж бывшего здания районного узла связи, пустовавшего почти "
                   "восемь лет."]),
            ("p", ["Ремонт и оборудование обошлись областному бюджету в 186 миллионов тенге, еще 20 миллионов "
                   "выделил местный спонсор.",
                   "В центре работают компьютерный класс, зал лечебной физкультуры, библиотека и мастерская "
                   "прикладного творчества."]),
            ("p", ["Уже в первую неделю на курсы записались 1 500 человек, и часть групп пришлось перенести на "
                   "вечернее время.",
                   "Больше всего желающих оказалось на занятиях по работе со смартфоном и на скандинавской ходьбе."]),
            ("quote", ["«Пожилые люди часто остаются дома одни, а здесь они находят друзей и новое дело», — сказала "
                       "директор центра Галина Ершова.",
                       "«Мы хотим, чтобы к лету в каждом районе города появилась хотя бы одна такая площадка», — "
                       "добавила она."]),
            ("p", ["Управление координации занятости и социальных программ обещает открыть еще два центра в "
                   "Тайыншинском и Есильском районах.",
                   "Помещения для них уже выбраны, а проектная документация будет готова до конца марта 2027 "
                   "года."]),
            ("p", ["Расписание занятий публикуется на странице центра в социальных сетях и обновляется каждый "
                   "понедельник.",
                   "Для участия достаточно удостоверения личности, справка о состоянии здоровья нужна только для "
                   "групп лечебной физкультуры."]),
        ],
    ),
    "e1": dict(
        lang="en", site="courier", rubric="City", author="Dana Sultanova", date="27 November 2026",
        url="https://steppecourier.com/2026/11/27/astana-library-night-reading-hall/",
        caption="Students in the new night hall. Photo: Steppe Courier",
        tags=["Astana", "libraries"],
        related=[("Astana adds ten bus routes to the left bank",
                  "https://steppecourier.com/2026/11/19/astana-left-bank-bus-routes/")],
        headline="Astana's central library opens a night reading hall for students",
        standfirst=["The hall on the ground floor will stay open until two in the morning during exam season "
                    "and is free for anyone with a library card."],
        blocks=[
            ("p", ["The National Academic Library opened the hall on 27 November under a programme of the RK "
                   "Ministry of Culture and Information.",
                   "Builders turned a former storage room into a bright space with 120 desks, charging sockets and "
                   "quiet booths for group work."]),
            ("p", ["The refurbishment cost 94 million tenge, and a local bank paid for the new furniture and the "
                   "lighting.",
                   "Students from eleven universities asked for late opening hours in a petition signed by 1,500 "
                   "people last spring."]),
            ("p", ["In its first week the hall welcomed more than four hundred visitors a night, most of them "
                   "between ten and midnight.",
                   "Librarians say the busiest sections are law, medicine and foreign languages."]),
            ("quote", ["“Many students share small flats and simply have no quiet corner to work in the evening,” "
                       "said the library's deputy director, Saule Nurpeisova.",
                       "“We want the hall to feel like a second home during the exam session,” she added."]),
            ("p", ["The library plans to extend the scheme to its reading rooms in the left-bank district if "
                   "demand stays high after the winter exams.",
                   "A decision is expected by the end of March 2027, once the city council approves next year's "
                   "budget."]),
            ("p", ["Visitors must register at the entrance with a library card or a student ID after eight in the "
                   "evening.",
                   "Security guards will patrol the building, and a shuttle bus will run to the main bus terminals "
                   "twice an hour."]),
        ],
    ),
}
