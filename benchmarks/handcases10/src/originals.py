"""The three invented originals of handcases10 (every sentence invented for this benchmark).

Units: 0 headline, 1 standfirst, 2.. body blocks (`p` or `quote`), each a list of sentences.
"""

ORIGINALS = {
    "k1": dict(
        lang="kk", site="saryzhailau", rubric="Қоғам", author="Гүлнар Сейітова", date="27.11.2026, 09:20",
        url="https://saryzhailau-aqparat.kz/kk/zhanalyqtar/2026/11/27/pavlodarda-zhylu-zhelisi-zhanartyldy-6120",
        caption="Жаңа құбырлар төселген учаске. Фото: Сарыжайлау ақпарат",
        tags=["Павлодар", "жылу"],
        related=[("Екібастұзда екі мектепке спортзал салынды",
                  "https://saryzhailau-aqparat.kz/kk/zhanalyqtar/2026/11/24/ekibastuzda-sportzal-6101")],
        headline="Павлодарда он екі шақырым жылу желісі толық жаңартылды",
        standfirst=["Жөндеуден кейін қаланың солтүстік шағынаудандарындағы үйлерге жылу бұрынғыдан әлдеқайда "
                    "тұрақты жетеді деп күтілуде, деп хабарлады қалалық әкімдік."],
        blocks=[
            ("p", ["Жұмыстар қалалық энергетика және тұрғын үй-коммуналдық шаруашылығы бөлімінің бағдарламасы "
                   "бойынша 26 қарашада аяқталды.",
                   "Мердігерлер тозығы жеткен құбырларды алмастырып, жылу камераларын қайта салып, оқшаулау "
                   "қабатын түгел жаңартты."]),
            ("p", ["Жобаға жергілікті бюджеттен 4,8 миллиард теңге бөлінген, оның бір бөлігі инфрақұрылымдық "
                   "несие есебінен қаржыландырылды.",
                   "Жаңа құбырлар полимер қабықпен қапталған, сондықтан олардың қызмет ету мерзімі кемінде отыз "
                   "жылға жетеді."]),
            ("p", ["Былтырғы қыста солтүстік шағынаудандардағы жылу желісінде он бір рет апат болып, мыңдаған "
                   "тұрғын суық пәтерде отырған.",
                   "Ең ұзақ үзіліс қаңтардың аязды күндерінде үш тәулікке созылып, мектептер уақытша қашықтан "
                   "оқуға көшкен еді."]),
            ("quote", ["«Біз бұл учаскелерді бірнеше жыл бойы уақытша жамаумен ұстап келдік, енді оларды толық "
                       "ауыстырдық», — деді жылу желілері кәсіпорнының бас инженері Асқар Төлеуов.",
                       "«Келесі кезекте орталық көшелердің астындағы ескі магистральдарды жаңарту жоспарланып "
                       "отыр», — деп қосты ол."]),
            ("p", ["Әкімдік 2027 жылы тағы сегіз шақырым желіні ауыстыру үшін республикалық бюджеттен қосымша "
                   "қаржы сұрады.",
                   "Қала тұрғындары жылу берудегі ақаулар туралы бірыңғай диспетчерлік қызметке тәулік бойы "
                   "хабарлай алады."]),
            ("p", ["Мамандардың айтуынша, жаңартылған желідегі жылу шығыны шамамен төрттен бір бөлікке азаяды.",
                   "Үнемделген қаражатты кәсіпорын шағынаудандардағы ескі қазандықтарды жөндеуге жұмсауды "
                   "көздеп отыр."]),
        ],
    ),
    "r1": dict(
        lang="ru", site="saryarka", rubric="Общество", author="Денис Ковалев", date="27 ноября 2026, 11:05",
        url="https://saryarka-press.kz/ru/news/obshchestvo/2026/11/27/v-karagande-otkryli-ledovuyu-arenu-3381.html",
        caption="Первая тренировка на новом льду. Фото: Сарыарка Пресс",
        tags=["Караганда", "спорт"],
        related=[("В Темиртау отремонтируют стадион «Металлург»",
                  "https://saryarka-press.kz/ru/news/obshchestvo/2026/11/25/temirtau-stadion-3370.html")],
        headline="В Караганде открыли крытую ледовую арену для детских секций",
        standfirst=["Арена рассчитана на восемьсот зрителей, а тренироваться на ней бесплатно смогут воспитанники "
                    "всех городских хоккейных и фигурных школ."],
        blocks=[
            ("p", ["Арену в микрорайоне Степной открыли 26 ноября в рамках областной программы развития массового "
                   "детского спорта.",
                   "Строительство продолжалось почти два года и несколько раз останавливалось из-за смены "
                   "генерального подрядчика."]),
            ("p", ["На проект из областного бюджета направили 6,3 миллиарда тенге, еще около 400 миллионов вложил "
                   "частный инвестор.",
                   "Инфраструктура комплекса включает раздевалки, тренажерный зал, пункт проката коньков и "
                   "медицинский кабинет."]),
            ("p", ["До сих пор детские команды Караганды тренировались на единственном городском катке, где лед "
                   "приходилось делить по часам.",
                   "Многие родители возили детей на занятия в Темиртау, потому что свободного времени на местном "
                   "льду не оставалось."]),
            ("quote", ["«Теперь у каждой секции будет свое расписание, и тренировки больше не придется назначать "
                       "на шесть утра», — сказал директор арены Марат Жакупов.",
                       "«Уже в декабре мы планируем провести здесь первый областной турнир среди юношеских "
                       "команд», — добавил он."]),
            ("p", ["Вечером и в выходные арена будет открыта для массового катания, билет для взрослых обойдется "
                   "в 1 200 тенге.",
                   "Пенсионеры, многодетные семьи и люди с инвалидностью смогут кататься бесплатно по предъявлении "
                   "удостоверения."]),
            ("p", ["В управлении физической культуры и спорта сообщили, что следующую арену построят в Сатпаеве "
                   "к концу 2028 года.",
                   "Проектно-сметная документация для нее уже прошла государственную экспертизу."]),
        ],
    ),
    "e1": dict(
        lang="en", site="ledger", rubric="Business", author="Dana Abenova", date="November 27, 2026",
        url="https://caspianledger.com/2026/11/27/aktau-desalination-plant-second-line/",
        caption="The new membrane hall of the plant. Photo: Caspian Ledger",
        tags=["Aktau", "water"],
        related=[("Mangystau bus fleet gets forty electric buses",
                  "https://caspianledger.com/2026/11/20/mangystau-electric-buses/")],
        headline="Aktau desalination plant switches on its second production line",
        standfirst=["The new line adds forty thousand cubic metres of drinking water a day, enough to end the "
                    "summer rationing the city has lived with since 2021."],
        blocks=[
            ("p", ["Engineers started the line on November 26 after three weeks of trial runs supervised by the "
                   "regional utilities department.",
                   "The plant now filters seawater from the Caspian through membranes instead of the older thermal "
                   "process."]),
            ("p", ["The expansion cost 21 billion tenge, most of it covered by a loan from a state development "
                   "bank.",
                   "Officials say the membrane technology uses roughly half the electricity of the evaporators it "
                   "replaces."]),
            ("p", ["For the past five summers, residents of several microdistricts received tap water only in the "
                   "morning and late evening.",
                   "Hotels on the coast trucked in water at their own expense, and some guesthouses closed early "
                   "in August."]),
            ("quote", ["“This line means that a family in the fourteenth microdistrict will no longer plan its day "
                       "around the water schedule,” said plant director Yerlan Sadykov.",
                       "“We still have to replace the old intake pipes, and that work begins in the spring,” he "
                       "added."]),
            ("p", ["The utilities department plans a third line by 2029, when the city's population is expected "
                   "to pass 250,000.",
                   "Tariffs for households will not change before the end of next year, according to the regional "
                   "akimat."]),
            ("p", ["Environmental groups have asked the operator to publish monthly data on the brine it returns to "
                   "the sea.",
                   "The company said it would post the first report on its website in January."]),
        ],
    ),
}
