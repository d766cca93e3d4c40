"""The 10 invented originals of handcases11 (every sentence written for this benchmark; events and people are
fictional, place names real). Each original: `headline`, `standfirst` (list of sentences), `blocks` (list of
[kind, sentences, extra]); unit 0 is the headline, 1 the standfirst, 2.. the blocks in order.

Block kinds that are article text: p, h2 (subheading / chapter title), quote (a <blockquote>), q (an interview
question, bold), a (an answer), entry (a live-blog entry; `extra` is its time, which is not article text),
table (each "sentence" a row: a list of cells; `extra` the column heads, which are article text and unit k=-1
is not used: the head row is sentence 0), fn (footnotes, an <ol>; every item a sentence).
Block kinds that are NOT article text: fig (a photo with its caption: `extra` is the image name), src (a
"Sources" list of linked references; every item a sentence).
"""

ORIGINALS = {
    # ------------------------------------------------------------------ live blog (ru)
    "L1": dict(
        lang="ru", site="ural", slug="live/2026/11/27/podyom-vody-v-urale-hronika-dnya-8812",
        headline="Подъём воды в Урале: хроника дня в Уральске",
        standfirst=["Уровень реки у гидропоста Кушум за сутки вырос на 38 сантиметров, городские власти "
                    "открыли два пункта временного размещения жителей."],
        author="Дежурная смена «Уральского обозрения»", date="27 ноября 2026, обновляется",
        blocks=[
            ["entry", ["Дежурные службы сообщают, что за последний час вода поднялась ещё на два сантиметра.",
                       "Ночью на дамбах останутся двенадцать бригад и шесть единиц тяжёлой техники."], "21:40"],
            ["entry", ["Аким города Ержан Сапаров провёл совещание штаба прямо на дамбе у посёлка Зачаганск.",
                       "Он поручил до утра досыпать мешки с песком на участке длиной четыреста метров."], "19:15"],
            ["entry", ["В школе номер 14 развернули пункт временного размещения на двести мест.",
                       "Туда уже приехали тридцать семь жителей улицы Набережной, в основном пенсионеры и семьи "
                       "с маленькими детьми."], "17:05"],
            ["entry", ["Департамент по чрезвычайным ситуациям попросил водителей не заезжать на мост через "
                       "протоку Кушум.",
                       "Проезд для легковых машин закрыт до особого распоряжения штаба."], "15:30"],
            ["entry", ["Волонтёры из городского молодёжного центра привезли на дамбу горячий обед для рабочих.",
                       "Желающие помочь могут записаться по телефону оперативного штаба 112."], "13:20"],
            ["entry", ["Гидрологи ожидают, что пик подъёма воды придётся на ночь со вторника на среду.",
                       "По их прогнозу уровень может превысить прошлогодний максимум на пятнадцать сантиметров."],
             "11:00"],
            ["entry", ["Утром уровень воды у гидропоста Кушум составил 742 сантиметра.",
                       "Это на 38 сантиметров выше, чем сутки назад, и на 60 сантиметров ниже опасной отметки."],
             "09:10"],
        ]),
    # ------------------------------------------------------------------ interview Q&A (kk)
    "I1": dict(
        lang="kk", site="ertis", slug="kk/suhbat/2026/11/27/sheber-domby-ra-asyqpai-5521",
        headline="Шебер Бақытжан Оралов: «Домбыраны асықпай жасау керек»",
        standfirst=["Семейлік шебер отыз жыл бойы қолдан домбыра жасап келеді.",
                    "Біз онымен шеберханасында кездесіп, кәсібінің қыр-сырын сұрадық."],
        author="Сұхбаттасқан Әйгерім Нұрболқызы", date="27.11.2026, 10:15",
        blocks=[
            ["q", ["Бақытжан аға, домбыра жасауды қашан және қалай бастадыңыз?"]],
            ["a", ["Алғашқы домбырамды он алты жасымда әкемнің ескі құралдарымен жасадым.",
                   "Ол кезде ағашты қалай кептіру керегін білмедім, сондықтан домбыра бір жылдан соң жарылып кетті.",
                   "Содан бері әр ағаштың мінезін түсінуге тырысамын, бұл кәсіптің ең қиын тұсы да сол."]],
            ["q", ["Қандай ағаш жақсы дыбыс береді?"]],
            ["a", ["Мен көбіне үйеңкі мен өрікті таңдаймын, себебі олардың дыбысы жұмсақ әрі терең шығады.",
                   "Ағашты кемінде үш жыл көлеңкеде кептіремін, асыққан шебердің аспабы ұзаққа шыдамайды.",
                   "Кейде бір бөренеден тек екі ғана шанақ шығады, қалғаны жарамсыз болып қалады."]],
            ["q", ["Шеберханаңызға шәкірттер келе ме?"]],
            ["a", ["Биыл маған төрт жас жігіт келді, екеуі колледжде оқиды, екеуі ауылдан арнайы көшіп келді.",
                   "Мен оларға алдымен сабырлы болуды үйретемін, өйткені бір домбыраға екі ай уақыт кетеді.",
                   "Шәкірттерімнің бірі өткен айда өз қолымен жасаған алғашқы аспабын сатты, мен оған қатты "
                   "қуандым."]],
            ["q", ["Болашаққа қандай жоспарыңыз бар?"]],
            ["a", ["Келесі жылы Семейде шағын мұражай ашып, ескі аспаптарды жинағым келеді.",
                   "Онда балалар домбыраның қалай жасалатынын өз көзімен көріп, қолдарымен ұстап көре алады.",
                   "Қалалық мәдениет бөлімі бізге бос ғимараттың бір қабатын беруге уәде етті."]],
        ]),
    # ------------------------------------------------------------------ photo story (en)
    "P1": dict(
        lang="en", site="courier", slug="2026/11/27/photo-story-shymkent-bird-market-winter/",
        headline="Photo story: a winter Sunday at the Shymkent bird market",
        standfirst=["Every Sunday before dawn, breeders from three regions bring pigeons, canaries and quails to "
                    "a dusty lot on the edge of the city."],
        author="Photos and text by Dana Seitkali", date="27 November 2026",
        blocks=[
            ["p", ["The market has no sign, no website and no fixed prices, yet regulars say it is the largest "
                   "of its kind in the south of the country.",
                   "Our photographer spent one cold Sunday there, from the first lorry to the last sale."]],
            ["fig", ["At half past five the first breeders unload wooden cages from a truck that came overnight "
                     "from Turkestan.",
                     "The birds are covered with old blankets so that the frost does not reach them."], "birds-1"],
            ["fig", ["Serik Abenov, seventy-one, has sold tumbler pigeons here for forty years and remembers "
                     "every buyer by name.",
                     "He says a good pair can cost as much as a month of his pension."], "birds-2"],
            ["fig", ["Children crowd around a cage of yellow canaries while their fathers argue about the price "
                     "of feed.",
                     "A bag of mixed grain went up by a third this autumn, the sellers complain."], "birds-3"],
            ["fig", ["By nine the lot is full and buyers have to park along the road to the railway crossing.",
                     "Traffic police usually come once in the morning and leave without fines."], "birds-4"],
            ["fig", ["A young couple from Kentau inspects a pair of quails they plan to keep on their balcony.",
                     "The seller gives them a handwritten sheet with advice on feeding and light."], "birds-5"],
            ["fig", ["Shortly after noon the last cages are loaded back onto the trucks and the lot empties "
                     "within half an hour.",
                     "Only feathers and grain husks remain on the frozen ground until next Sunday."], "birds-6"],
            ["p", ["The city has promised to pave the lot and install a water tap next spring, but breeders doubt "
                   "that anything will change."]],
        ]),
    # ------------------------------------------------------------------ long table of figures (ru)
    "T1": dict(
        lang="ru", site="vestnik", slug="news/economy/8140-tseny-na-produkty-v-oblastnyh-tsentrah.html",
        headline="Цены на хлеб, молоко и картофель в областных центрах в ноябре",
        standfirst=["Редакция сравнила цены на три базовых продукта в семнадцати городах страны."],
        author="Отдел экономики", date="27.11.2026 09:30",
        blocks=[
            ["p", ["Данные собраны волонтёрами редакции в крупных магазинах и на рынках с 20 по 25 ноября.",
                   "Цены указаны в тенге за килограмм хлеба, литр молока и килограмм картофеля."]],
            ["table", [["Город", "Хлеб", "Молоко", "Картофель", "За месяц"],
                       ["Астана", "240", "520", "210", "+1,8%"],
                       ["Алматы", "250", "540", "220", "+2,4%"],
                       ["Шымкент", "210", "480", "170", "+1,1%"],
                       ["Актобе", "225", "500", "190", "+2,0%"],
                       ["Караганда", "230", "495", "185", "+1,5%"],
                       ["Павлодар", "220", "470", "175", "+0,9%"],
                       ["Усть-Каменогорск", "235", "505", "180", "+1,7%"],
                       ["Костанай", "215", "465", "160", "+0,6%"],
                       ["Петропавловск", "218", "455", "158", "+0,8%"],
                       ["Кокшетау", "222", "475", "165", "+1,2%"],
                       ["Уральск", "228", "490", "195", "+2,2%"],
                       ["Атырау", "260", "560", "240", "+3,1%"],
                       ["Актау", "270", "580", "255", "+3,4%"],
                       ["Кызылорда", "205", "470", "200", "+1,9%"],
                       ["Тараз", "200", "460", "175", "+1,0%"],
                       ["Талдыкорган", "212", "485", "182", "+1,3%"],
                       ["Туркестан", "198", "450", "168", "+0,7%"]]],
            ["p", ["Дороже всего продукты стоят на западе страны, где большую часть картофеля и молока завозят "
                   "из других регионов.",
                   "Самые низкие цены на хлеб редакция нашла в Туркестане и Таразе."]],
            ["p", ["Экономист Арман Жумабеков считает, что в декабре цены вырастут ещё на один-два процента.",
                   "По его словам, главная причина роста в этом году связана с подорожанием перевозок."]],
        ]),
    # ------------------------------------------------------------------ long official statement (kk)
    "S1": dict(
        lang="kk", site="ertis", slug="kk/qogam/2026/11/27/akimdik-mektep-avtobustary-5530",
        headline="Әкімдік аудандарға қырық жаңа мектеп автобусын береді",
        standfirst=["Облыс әкімдігі алыс ауылдардағы оқушыларды тасымалдауға арналған бағдарламаны жариялады."],
        author="Дархан Сейітов", date="27.11.2026, 12:40",
        blocks=[
            ["p", ["Бағдарлама туралы ақпарат әкімдіктің ресми парақшасында бүгін таңертең жарияланды.",
                   "Мәлімдеменің толық мәтінін төменде ұсынамыз."]],
            ["quote", ["Облыс әкімдігі 2027 жылдың көктеміне дейін аудандарға қырық жаңа мектеп автобусын "
                       "сатып алып беретінін хабарлайды.",
                       "Автобустардың жиырма бесі ең алыс он екі ауылға, қалғаны мектебі жабылған елді "
                       "мекендерге бөлінеді.",
                       "Әр автобус жылу жүйесімен, қауіпсіздік белдіктерімен және жерсерік арқылы бақылау "
                       "құрылғысымен жабдықталады.",
                       "Жүргізушілерді іріктеу желтоқсан айында басталады, олардың барлығы арнайы медициналық "
                       "тексеруден өтеді.",
                       "Бағдарламаға облыстық бюджеттен төрт миллиард теңге бөлінді, қаржы екі жылға бөліп "
                       "төленеді.",
                       "Ата-аналар автобустардың кестесі туралы ұсыныстарын аудандық білім бөлімдеріне "
                       "жолдай алады."]],
            ["p", ["Былтыр облыста отыздан астам ауыл оқушысы мектепке жаяу немесе жеке көлікпен қатынады.",
                   "Ата-аналар бұл мәселені бірнеше рет көтерген еді."]],
            ["p", ["Ақсу ауылының тұрғыны Гүлмира Асқарова жаңалықты қуанышпен қабылдағанын айтты.",
                   "Оның айтуынша, қыста балалар аялдамада жарты сағатқа дейін күтетін."]],
        ]),
    # ------------------------------------------------------------------ footnotes and sources (en)
    "F1": dict(
        lang="en", site="courier", slug="2026/11/27/why-astana-tap-water-tastes-different/",
        headline="Why Astana's tap water tasted different this autumn",
        standfirst=["Residents noticed a faint metallic taste in October; the water utility says a change of "
                    "source is to blame and the water was safe."],
        author="Nurlan Ospanov", date="27 November 2026",
        blocks=[
            ["p", ["In early October the utility switched part of the city's supply from the Vyacheslavsky "
                   "reservoir to a reserve intake on the Ishim.",
                   "The reserve water is harder and carries more dissolved iron, which many people can taste even "
                   "at low levels."]],
            ["p", ["Laboratory tests published by the utility show iron at about half of the permitted limit "
                   "throughout the month.",
                   "Independent samples taken by a university group in three districts gave similar figures."]],
            ["p", ["The switch was needed because the main pipeline from the reservoir was being repaired after "
                   "a leak in September.",
                   "Supply from the reservoir was fully restored on 18 November, and complaints dropped within "
                   "a week."]],
            ["p", ["Engineers advise residents who still notice the taste to run the cold tap for a minute in "
                   "the morning.",
                   "Household filters with activated carbon also remove most of the metallic note."]],
            ["fn", ["The reserve intake is used for a few weeks in most years, usually during spring floods.",
                    "The permitted limit for iron in drinking water is 0.3 milligrams per litre.",
                    "The university group published its figures on its own website and shared them with the "
                    "utility."]],
            ["src", ["City water utility, monthly water quality report, October 2026",
                     "Department of Chemistry, water sampling notes, November 2026",
                     "Sanitary rules for drinking water, current edition"]],
        ]),
    # ------------------------------------------------------------------ numbered chapters (ru)
    "C1": dict(
        lang="ru", site="vestnik", slug="news/society/8152-kak-ustroena-nochnaya-smena-skoroy-pomoschi.html",
        headline="Как устроена ночная смена скорой помощи в Петропавловске",
        standfirst=["Корреспондент провёл ночь с бригадой городской станции скорой помощи и записал, что "
                    "происходит между вызовами."],
        author="Ольга Мельник", date="27.11.2026 08:00",
        blocks=[
            ["h2", ["Глава 1. Начало смены"]],
            ["p", ["Смена начинается в восемь вечера с осмотра машины и проверки кислородных баллонов.",
                   "Фельдшер Марина Котова говорит, что за двадцать лет работы ни разу не пропустила эту "
                   "проверку."]],
            ["h2", ["Глава 2. Первые вызовы"]],
            ["p", ["Первый вызов поступает через сорок минут: у пожилого мужчины на окраине поднялось давление.",
                   "Дорогу к дому приходится искать по фонарику, потому что на улице не горит ни один столб."]],
            ["h2", ["Глава 3. Полночь"]],
            ["p", ["К полуночи бригада успевает съездить на пять вызовов, из них два оказываются ложными.",
                   "Диспетчер объясняет, что ночью люди чаще звонят от одиночества, чем от боли."]],
            ["h2", ["Глава 4. Под утро"]],
            ["p", ["Самый тяжёлый вызов случается в четыре утра, когда в общежитии колледжа студенту становится "
                   "плохо после тренировки.",
                   "Бригада довозит его до областной больницы за двенадцать минут, и врачи позже сообщают, что "
                   "опасность миновала."]],
            ["h2", ["Глава 5. Что нужно станции"]],
            ["p", ["На станции не хватает девяти фельдшеров, а три машины из четырнадцати старше десяти лет.",
                   "Руководство обещает обновить парк в следующем году, если область выделит деньги."]],
        ]),
    # ------------------------------------------------------------------ brief of 40 words (kk)
    "B1": dict(
        lang="kk", site="ertis", slug="kk/qysqa/2026/11/27/kopir-zhabyldy-5541",
        headline="Ертіс көпірі екі күнге жабылады",
        standfirst=[],
        author="Ақпарат қызметі", date="27.11.2026, 15:05",
        blocks=[
            ["p", ["Павлодардағы Ертіс көпірі сенбі мен жексенбі күндері жөндеу жұмыстарына байланысты жабылады.",
                   "Жолаушылар автобустары уақытша жаңа саяжай жолы арқылы жүреді.",
                   "Жол полициясы жүргізушілерге көпірге баратын жолды алдын ала жоспарлауды ұсынады.",
                   "Көпір дүйсенбі күні таңертең қайта ашылады."]],
        ]),
    # ------------------------------------------------------------------ standfirst repeats the first paragraph (ru)
    "D1": dict(
        lang="ru", site="ural", slug="news/2026/11/27/v-aksae-otkryli-dom-tvorchestva-8830",
        headline="В Аксае открыли новый дом детского творчества",
        standfirst=["В Аксае после двух лет строительства открылся дом детского творчества на четыреста мест."],
        author="Салтанат Ермекова", date="27 ноября 2026, 14:20",
        blocks=[
            ["p", ["В Аксае после двух лет строительства открылся дом детского творчества на четыреста мест.",
                   "В здании работают танцевальный зал, гончарная мастерская и студия робототехники."]],
            ["p", ["Занятия для детей бесплатные, записаться можно через портал электронного правительства или "
                   "на вахте.",
                   "Первые группы начнут заниматься уже в понедельник."]],
            ["p", ["Строительство обошлось районному бюджету в один миллиард двести миллионов тенге.",
                   "Подрядчик сдал объект на три месяца позже срока из-за нехватки кирпича летом."]],
            ["p", ["Директор дома творчества Лаура Беккали пригласила родителей на день открытых дверей в "
                   "субботу.",
                   "По её словам, педагоги покажут детям все кружки и помогут выбрать занятие."]],
        ]),
}

# ---------------------------------------------------------------------- a long read of 1500+ words (en)
_R1 = [
    ["p", ["When Gulnar Tasova opened her fish shop in the village of Bautino in 1998, the sea came almost to the "
           "back door of the building.",
           "Today she has to walk for eleven minutes across cracked grey mud before she reaches water deep enough "
           "to rinse a bucket.",
           "Nobody in the village agrees on exactly how fast the Caspian is retreating, but everybody has a story "
           "that measures it.",
           "For Gulnar, the measure is the rusty mooring ring that her late husband fixed to a concrete block on "
           "the shore."]],
    ["p", ["The ring now stands in the middle of a field of dry reeds, and children use it as the goal post of "
           "their football pitch.",
           "She laughs when visitors ask to photograph it, although she admits that the joke stopped being funny "
           "several years ago.",
           "Her shop still sells fish, but most of it now arrives by refrigerated van from a processing plant two "
           "hundred kilometres away.",
           "The local boats that once brought sturgeon, sprat and mullet to her counter have mostly been sold for "
           "scrap."]],
    ["h2", ["A harbour without water"]],
    ["p", ["The village harbour was built in the late nineteen sixties for a fleet of about forty wooden "
           "fishing boats.",
           "Its quay was designed for a depth of three metres, and for decades the boats moored there without any "
           "trouble at all.",
           "Harbour master Yerlan Dzhaksybekov keeps a notebook in which he has written the depth at the end of "
           "the quay every first of May since 2009.",
           "The first entry says two metres and seventy centimetres; the entry from this spring says ninety "
           "centimetres."]],
    ["p", ["He shows the notebook without comment, turning the pages slowly so that the numbers speak for "
           "themselves.",
           "Only at the last page does he say that he expects to write the word dry before he retires.",
           "Dredging the harbour was discussed at three district meetings, each time with a different estimate "
           "and a different contractor.",
           "The most recent estimate, prepared last year, put the cost at four times the annual budget of the "
           "whole district."]],
    ["p", ["Boat owners have found their own solutions, some of them ingenious and some of them dangerous.",
           "Several families now keep their boats on wheeled trailers and tow them to the water with old tractors "
           "every morning.",
           "Others have moved to a sandy spit six kilometres to the south, where the bottom drops more steeply "
           "and a small boat can still float.",
           "There is no road to the spit, and in spring the track turns into a ribbon of mud that swallows cars "
           "up to their axles."]],
    ["h2", ["What the scientists measure"]],
    ["p", ["At the regional hydrometeorological station, researchers have tracked the level of the sea for more "
           "than sixty years.",
           "Their charts show long cycles in which the level rose and fell by several metres over a few decades.",
           "What worries the researchers now is that the recent fall has been steeper than anything in their "
           "records.",
           "Senior researcher Aliya Mukanova says the evaporation in hot summers now outweighs the water that "
           "rivers bring from the north."]],
    ["p", ["She is careful to explain that the sea has retreated before and has come back before.",
           "In the nineteen seventies, she reminds visitors, engineers planned canals to bring water from Siberian "
           "rivers because the level was falling.",
           "A decade later the sea rose so quickly that new houses on the coast had to be abandoned and moved "
           "inland.",
           "The lesson, in her view, is that the coast needs plans for both directions instead of one large "
           "project for a single forecast."]],
    ["p", ["Her team now places small pressure sensors along the shore that report the water level every ten "
           "minutes.",
           "The data are published on the station's website, and fishermen have started to check it on their "
           "phones before going out.",
           "Some of them send back photographs of the shoreline, which the researchers use to check their "
           "satellite images.",
           "Mukanova calls it the most useful collaboration she has had in her career, and it costs almost "
           "nothing."]],
    ["h2", ["Life on the new shore"]],
    ["p", ["The retreat of the water has not only taken things away from the village.",
           "On the newly exposed ground, a strip of salt meadow has appeared, and in spring it is full of "
           "migrating birds.",
           "Birdwatchers from Almaty and from abroad have started to rent rooms in the village for a week or two "
           "every April.",
           "Gulnar's neighbour, a retired teacher, turned two rooms of her house into a guest house and now earns "
           "more in a month than her pension."]],
    ["p", ["The guests ask for simple things, she says: clean sheets, hot water, fish for dinner and a lift to "
           "the spit at dawn.",
           "She keeps a guest book in which visitors from twelve countries have drawn the birds they saw.",
           "Her grandson has learned enough English from the guests to guide small groups along the shore.",
           "He wants to study biology in Aktau and come back to work at the station, which would make him the "
           "first scientist from the village."]],
    ["p", ["Not everybody welcomes the newcomers with the same enthusiasm.",
           "Some fishermen complain that the birdwatchers drive their cars across the meadow and frighten the "
           "herds of the local farmers.",
           "Others say the visitors bring money but no jobs that could keep young men in the village through the "
           "winter.",
           "The village council has proposed a marked path across the meadow and a small fee, but no decision "
           "has been taken."]],
    ["p", ["In the evenings the council office turns into a kind of debating club where every proposal is discussed "
           "at length.",
           "The chairman, a former ship mechanic, lets everybody speak and writes the main points on a whiteboard "
           "that nobody ever wipes clean.",
           "After a month the board is covered with arrows, question marks and the names of people who promised to "
           "find out more.",
           "He says the board is the most honest document in the district, because it shows how many questions "
           "remain open."]],
    ["h2", ["The question of water"]],
    ["p", ["Ironically, the retreating sea has made fresh water harder to find in the village.",
           "Several old wells have turned salty as the underground layers shifted with the falling level.",
           "Families now buy drinking water from a tanker that comes twice a week and charges by the barrel.",
           "A desalination unit, promised by the district three years ago, is still waiting for a connection to "
           "the power line."]],
    ["p", ["The district administration says the unit will be switched on before next summer.",
           "An official who asked not to be named said the delay came from a dispute over who should pay for the "
           "last two kilometres of cable.",
           "Villagers have heard similar promises before, and many keep plastic barrels on their roofs just in "
           "case.",
           "The tanker driver, a cheerful man named Bolat, jokes that he would lose his best customers if the "
           "unit ever worked."]],
    ["p", ["In the school, teachers use the water problem as a lesson in science and in patience.",
           "Pupils measure the salt in each well with simple kits donated by a university in Atyrau.",
           "They have drawn a map of the village with the wells coloured from blue to red, and the map hangs in "
           "the corridor next to the portrait of the founder.",
           "The headteacher says the map has made the children the best informed people in the village about "
           "their own water."]],
    ["h2", ["Looking ahead"]],
    ["p", ["Nobody in Bautino expects the sea to return to the mooring ring within their lifetime.",
           "The question most people ask is not whether the water will come back but what the village should "
           "become without it.",
           "Some imagine a small tourist town with guest houses, a museum of fishing and boat trips from the "
           "southern spit.",
           "Others hope for work at the new port further along the coast, which is hiring welders and crane "
           "operators."]],
    ["p", ["Gulnar has thought about closing her shop and moving to her daughter's flat in Aktau.",
           "Each time she decides to stay for one more season, because the shop is the place where the village "
           "meets.",
           "In the mornings old men sit on the bench by the door, drink tea from her thermos and argue about the "
           "level of the sea.",
           "She says she will leave the day they stop arguing, because then she will know that nobody cares any "
           "more."]],
    ["p", ["As the sun sets, the harbour master walks once more to the end of the quay with his measuring pole.",
           "He lowers it into the shallow water, reads the mark and writes a number in his notebook even though it "
           "is not the first of May.",
           "He says he measures more often now, because he does not want to miss the day when the numbers "
           "change direction.",
           "Then he walks home across the dry reeds, past the rusty ring where the children have left their "
           "football for the night."]],
]

ORIGINALS["R1"] = dict(
    lang="en", site="courier", slug="2026/11/27/long-read-bautino-village-where-the-sea-left/",
    headline="The village the sea left behind: a year in Bautino",
    standfirst=["The Caspian has retreated hundreds of metres from a fishing village on the Mangystau coast.",
                "We spent a year with the people who stayed to see what a shore town becomes when its shore "
                "moves away."],
    author="Text by Aset Bekov, photos by Dana Seitkali", date="27 November 2026",
    blocks=_R1)

# footnote markers of F1: after sentence "unit.k" the page prints <sup><a href="#fnN">N</a></sup> (not article text)
ORIGINALS["F1"]["marks"] = {"2.0": 1, "3.0": 2, "3.1": 3}
