"""What furniture reads like: rights notices, labels, credits, promos, bylines and dates in short blocks.

Article extraction asks this of the short blocks inside the article region; long prose is never judged by
its words. Patterns cover English, Russian and Kazakh (the project's languages) and the commonest forms in
Polish, Chinese and Greek.
"""

from __future__ import annotations

import re

__all__ = ["boilerplate_text", "comments_header"]

# _NOTICE, _PROMO, _EMAIL and _AGO are matched against the lower-cased text (faster than re.I).
# Short blocks that are rights notices, labels, credits, bylines or dates rather than article text.
_NOTICE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|rights reserved|"
    r"(?:reproduction|reprint\w*|republish\w*|redistribut\w*|copying)\b.{0,80}\b"
    r"(?:link|permission|consent|permitted|prohibited|allowed|only)|"
    r"(?:(?:may|must|can)\s?not|not to) be (?:re\w+|copied|published|broadcast)|"
    r"права (?:защищены|захищені)|перепечат|передрук|"
    r"при (?:полном или частичном )?(?:использовании|цитировании|копировании|воспроизведении|перепечатке)|"
    r"при (?:повному або частковому )?(?:використанні|цитуванні|копіюванні|передруку)|гіперпосилан|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tüm hakları saklıdır|"
    r"جميع الحقوق محفوظة|"
    r"ссылка (?:на .{0,60})?обязательна|гиперссылк|активная ссылка|"
    r"сілтеме\w*\s+(?:міндетті|қажет|жасау)|көшіріп\s+бас|құқықтар\w* қорғалған|құқық қорғалған|"
    r"giperhavola|havola\w* majburiy|шилтеме\w* (?:милдеттүү|зарыл)|"
    r"wszelkie prawa|prawa zastrzeżone|版权|版權|转载|轉載|πνευματικά δικαιώματα"
)
_LABEL = re.compile(
    r"^(?:advertisement|advertising|реклама|reklama|广告|share|share this(?: article| story)?|tweet|e-?mail|"
    r"print|comments?|read more|read next|continue reading|читать далее|подробнее|читайте также|"
    r"смотрите также|see also|related|follow us|подписывайтесь.*|subscribe.*|sign up.*|top|back to top|"
    r"жарнама|оқи отырыңыз|сондай-ақ оқыңыз|тағы оқыңыз|толығырақ|читайте також|поділитися|детальніше|"
    r"(?:share|поделиться|поділитися|бөлісу|teilen|partager|compartir|paylaş)\s*:?|"
    r"(?:просмотр\w*|перегляд\w*|views?|қаралым|прочитали|комментари\w*|коментар\w*|пікірлер\w*)"
    r"\s*:?\s*\(?[\d\s]+\)?|"
    r"[(（]?(?:本文|文章|稿件|新闻|新聞)?(?:记者|記者|作者|来源|來源|责任编辑|責任編輯|编辑|編輯)[:：\s]*[^\s。！？]{0,20}"
    r"(?:\s+摄)?[)）]?)$",
    re.I,
)
# A pointer to another article ("Read also: <headline>").
_READ_ALSO = re.compile(
    r"^[\W_]*(?:(?:read also|see also|also read|читайте также|также читайте|смотрите также|новость по теме|"
    r"читайте також|також читайте|дивіться також|"
    r"оқи отырыңыз|сондай-ақ оқыңыз|тағы оқыңыз|czytaj (?:też|także|również)|διαβάστε επίσης|"
    r"lesen sie (?:auch|mehr)|à lire aussi|a lire aussi|lire aussi|te puede interesar|noticia relacionada|"
    r"lee también|ilgili haber|اقرأ أيضا|اقرأ أيضاً|veja também|leia também|leggi anche)\b"
    # Headings of a list of other articles: alone on their line or before a colon.
    r"|(?:ilgili haberler|ti potrebbe interessare|potrebbe interessarti|related stories|you may also like|"
    r"sur le même sujet|mehr zum thema|das könnte sie auch interessieren|bunlar da ilginizi çekebilir|"
    r"ещё новости|еще новости|басқа жаңалықтар|більше новин|в этом номере|осы нөмірде|у цьому номері|"
    r"関連記事|関連ニュース|相关新闻|相關新聞|相关阅读|"
    r"相關閱讀|관련기사|관련 기사)\s*(?:[:：\-–—]|$)"
    r"|(?:related|more on this|по теме|на эту тему|за темою|осы тақырыпта|тақырыпқа қатысты)\s*[:：\-–—])"
    # A list of tags ("Теги: мост, ремонт"), in the project's languages and the commonest others.
    r"|^(?:tags?|теги|тэги|теґи|мітки|тегтер|schlagw(?:ö|oe)rter|étiquettes|mots-clés|etiquetas|etiketler)"
    r"\s*[:：]",
    re.I,
)
# A picture credit, source or time stamp line ("Photo: X", "Пресс-служба акимата", "Updated 10:02"); a
# sentence that merely starts with such a word ("Пресс-служба сообщила, что ...") ends like a sentence.
_CREDIT = re.compile(
    r"^(?:photo|foto|фото|сурет|image|picture|credit|source|источник|джерело|дереккөз|getty images|ap photo|"

    r"зураг|сүрөт|surat|fotoğraf|акс|صورة|عکس|تصویر|լուսանկար|ფოტო|"
    r"reuters|courtesy of|суретті түсірген|суретте|(?:фото )?(?:из )?личн\w+ архив\w*|пресс-служб\w+|"
    r"прес-служб\w+|архив\w*|кадр из|"
    r"published|updated|posted|last updated|опубликовано|обновлено|оновлено|опубліковано|дата публикации|"
    r"жариялаған|жарияланды|жарыяланды|жарияланған (?:күні|уақыты)|"  # not the bare participle ("the published list")
    r"actualizado|publicado|mis à jour|publié le|aktualisiert|veröffentlicht|güncelleme|yayınlanma)\b"
    r".{0,80}(?<![.!?…۔؟։।])$"
    # Chinese credit and meta lines: "来源：...", "编辑：X | 审核：Y", "（记者 X 通讯员 Y）", a "▲" caption. ("记者："
    # alone opens an interview's question.)
    r"|^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|审核|審核|终审|終審|发布时间|發佈時間|"
    r"视频|視頻|摄影|攝影|图片|圖片)\s*[：:].{0,120}$"
    r"|^[（(](?:记者|記者|通讯员|通訊員)\s.{0,60}[）)]$"
    r"|^[▲△▼]\s*[^。！？]{0,30}$"  # a photo's caption; a bullet of the text is a sentence
    # "Source:" in Tatar, Bashkir, Uzbek, Kyrgyz, Tajik, Turkish, Azerbaijani, Turkmen: the words also mean
    # "spring" or "welding", or name places ("Kaynak Mahallesi"), so only as a label.
    r"|^(?:чыганак|сығанаҡ|manba|манба|булак|манбаъ|kaynak|mənbə|çeşme)\s*[:：].{0,80}(?<![.!?…])$"
    # A film crew's credits: "Тілші: X, оператор: Y", "Корреспондент: X", "Camera: Y".
    r"|^(?:тілші|оператор\w*|видеооператор\w*|монтаж\w*|корреспондент|режиссер|режиссёр|"
    r"camera|cameraman|producer|reporter|video editor)\s*:.{0,100}(?<![.!?…])$"
    # An embedded Instagram post's line under it: "A post shared by Name (@handle)".
    r"|^(?:a post shared by|публикация от)\s.{1,80}\(@[\w.]{1,30}\)$"
    # A press office's signature in Kazakh, its name last ("Қызылорда облысы әкімдігінің баспасөз қызметі").
    r"|^[^.!?:]{0,80}\w(?:ның|нің|дың|дің|тың|тің) баспасөз (?:қызметі|орталығы)\.?$"
    # A caption that ends with its credit ("Участники акции (Фото: пресс-служба)").
    r"|^.{0,150}[(\s](?:фото|foto|photo|сурет|fotoğraf)\s*:\s*[^.!?:]{2,60}\)?$"
    # ... or with a credit phrase and a name that may have initials ("Соңғы тур. Суретті түсірген Д. Омарова").
    r"|^.{0,150}[(\s](?:суретті түсірген|photos? by|фото автора|фотограф)\b\s*:?\s*"
    r"(?-i:(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){0,2}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[^.!?:]{1,40}\)?$"
    # A byline with a second, labelled time stamp ("Name | City | 13/01/2027 - 14:25 Updated: 13/01/2027").
    r"|^.{0,80}\b(?:updated|обновлено|оновлено|actualizado|mis à jour|aktualisiert|güncelleme)\s*:?\s*"
    r"\d{1,2}[./:-]\d{1,2}.{0,30}$",
    re.I,
)
# A byline: "By Name Surname, role". A sentence that merely starts with "By" ends like a sentence; a label
# such as "By the numbers" or "By the way" goes on in lower case (a wire credit: "By The Associated Press").
_BYLINE = re.compile(r"^(?:by(?!(?-i:\s+(?:the|this|that|these|those|its|way|numbers)\b))"
                     r"|автор|авторы|авторлары|author|autor|від|από|του|της)\b.{0,60}(?<![.!?])$|"
                     r"^\[[^\]]{1,40}기자\]$|"
                     # "Ертіс-Ақпарат тілшісі Дәурен Қасымов", "Наш корреспондент Иван Петров": a role, then a name.
                     r"^[^.!?]{0,40}?\b(?:тілшісі|тілшіміз|корреспондент\w*|собкор\w*)(?-i:(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+){1,3})$",
                     re.I)
# Short blocks that sell something (a newsletter, an app, a channel) or credit the staff.
_PROMO = re.compile(
    # "Sign up ..." / "... subscribe to our ...", not "volunteers can sign up at the counter" (editor review).
    r"\b(?:(?<![\w ] )sign up|sign up (?:for|to|now|here|today)\b|(?<![\w ] )subscribe"
    r"|subscribe (?:to|for|now|here|today)\b|newsletter|your inbox|download (?:our|the) app|follow (?:us|him|her|them)"
    r"|(?:additional )?(?:reporting|writing|editing|edited|compiled) by|contributed to (?:this|the) report"
    r"|(?:originally )?(?:published|appeared) (?:on|in|by) .{0,40}\. read the original|views .{0,30}expressed"
    r"|подпис(?:ывайтесь|аться|ку)|подпишитесь|наш (?:канал|телеграм)|присоединяйтесь|рассылк"
    r"|підпис(?:уйтеся|атися|уйтесь)|підпишіться|наш (?:telegram|телеграм)|telegram-канал|телеграм-канал"
    r"|жазылыңыз|арнамызға|zapisz się|subskrybuj|newsletter"
    # A paywall's offer: "Продолжение материала доступно по подписке", "жазылушыларға ғана қолжетімді".
    r"|по подписке|оформи\w* подписк\w*|жазылушыларға)\b"
    # A correction note: "(This story corrects ...)", "Correction: ...".
    r"|^\(this (?:story|article) (?:corrects|has been corrected|was corrected|was updated|updates)|^correction\s*:"
    r"|(?:電話|电话|傳真|传真|\btel\b\.?|\bfax\b|телефон|\bтел\b\.?)\s*[:：]?\s*[\d(+]"
)
# The newsroom's standing lines, short and never a quote: an error report ("выделите её и нажмите Ctrl+Enter"), a
# call for tips ("Есть новость? Пишите нам в WhatsApp", "Жаңалығыңыз бар ма?"), the opinion disclaimer ("Мнение
# автора может не совпадать с позицией редакции", "Автордың пікірі редакцияның ... сәйкес келмеуі мүмкін"), a social
# promo ("Следите за новостями в нашем Instagram", "Follow Steppe Post on Telegram").
_STANDING = re.compile(
    r"ctrl\s*\+\s*enter|есть новост\w*\?|(?:на)?пишите нам\b|жаңалығыңыз бар ма|have a (?:news )?(?:story|tip)\?"
    r"|got a (?:news )?tip\?|не совпадать с (?:позицией|мнением|точкой зрения) редакции"
    r"|редакция\w*\s[^.!?]{0,40}сәйкес келмеуі мүмкін|do(?:es)? not necessarily (?:reflect|represent) the views"
    r"|следите за [^.!?]{0,40}(?:в нашем|в наших|на нашем)\s[^.!?]{0,20}(?:instagram|telegram|youtube|facebook"
    r"|tiktok|вконтакте|соцсет|телеграм)|^follow [^.!?]{1,40} on (?:telegram|instagram|facebook|x|twitter|youtube"
    r"|tiktok|threads|whatsapp)\b"
)
_ERROR_REPORT = re.compile(r"ctrl\s*\+\s*enter")
_STANDING_KEYS = ("ctrl", "новост", "пишите", "жаңалығыңыз", "have a", "got a", "совпадать", "сәйкес", "necessarily",
                  "следите", "follow")
_STANDING_MAX = 90  # characters: such lines are short; a sentence quoting someone is longer, or a quote
_QUOTE_MARKS = ("«", "“", "„", "\"", "—", "–")
# A WeChat account's sign-off line: "long-press the QR code", "share, like, 'wow'", "past picks", "read the
# original". Only a short line: the words also occur in sentences ("正在看", "网友纷纷点赞", "扫描二维码缴费").
_SIGN_OFF = re.compile(r"二维码|二維碼|点赞|點讚|在看|往期推荐|往期推薦|阅读原文|閱讀原文|关注我们|關注我們")
_SIGN_OFF_MAX = 30  # characters
_VIEWS = re.compile(r"(?:просмотр\w*|перегляд\w*|views?|қаралды|қаралым|прочитали|oqyldy|qaraldy)\s*:?\s*\d",
                    re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
_AGO = re.compile(
    r"\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|\d+\s*(?:час\w*|минут\w*|дн\w*)\s+назад|"
    r"\d+\s*(?:godz\.?|minut\w*|dni)\s+temu|\d+\s*(?:小时|分钟|天)前"
)


# What opens a comment section (or a "cite this article" block, which also follows the article). A bare
# header ("Comments (12)") is also what a toolbar above the body shows, so the caller asks more article text
# before it than before an invitation to comment or the rules for commenting, which only a comment section
# holds.
_BARE_COMMENTS = re.compile(
    r"^\W*(?:\d+\s+)?(?:(?:reader|readers'?|user|your|оқырман\w*|читател\w*)\s+)?(?:comments?|"
    r"комментари\w*|коментар\w*|пікірлер\w*|kommentare|commentaires|comentarios|yorumlar|التعليقات|"
    r"komentarz\w*|σχόλια|评论|評論|网友评论|網友評論|发表评论|發表評論|我要评论|我要評論)\W*\d*\W*$",
    re.I,
)
_OPEN_COMMENTS = re.compile(
    r"\b(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply)\b|\bjoin the (?:discussion|conversation)\b|"
    r"\b(?:add|post|share|leave) your (?:opinion|view)s?\b|"
    r"\bcite this (?:article|story|page)\b|\bhow to cite\b|"
    r"\bcomments? (?:are|is) (?:now )?closed\b|\bcommenting (?:is|has been) (?:now )?closed\b|"
    r"комментари\w* (?:закрыт|отключен)|"
    r"\b(?:you can|you may) comment\b|можете (?:оставить комментарий|комментировать)|"
    r"\bcomments? (?:are|is|will be) (?:subject to |being )?moderat|subject to moderation|"
    r"\bknow about comments\b|\bcomments? polic|\bcommenting (?:rules|guidelines|policy)|"
    r"(?:оставить|добавить|написать|оставьте|ваш) комментари|комментари\w* (?:модерир|проходят модерац)|"
    r"пікір (?:қалдыр|жаз)|(?:dodaj|napisz|skomentuj)\w* (?:komentarz|opini)|"
    r"σχολιάστε|γράψτε (?:το )?σχόλιο"
)  # matched against the lower-cased text, after a substring test: see comments_header
# Substrings without one of which `_OPEN_COMMENTS` cannot match (kept in step with it).
_OPEN_KEYS = ("comment", "reply", "discussion", "conversation", "opinion", "view", "cite", "moderat",
              "комментар", "пікір", "komentarz", "opini", "σχολ", "σχόλ")
_COMMENTS_MAX = 200  # characters: a header or a one-line rule, not a paragraph that mentions comments


def comments_header(text: str) -> int:
    """Whether a short block opens a comment section: 2 an invitation to comment or moderation rules,
    1 a bare header ("Comments (3)", also seen in toolbars), 0 neither."""
    if len(text) > _COMMENTS_MAX:
        return 0
    if _BARE_COMMENTS.match(text):
        return 1
    low = text.lower()
    return 2 if any(key in low for key in _OPEN_KEYS) and _OPEN_COMMENTS.search(low) else 0


def _keys(joined: str) -> tuple[str, ...]:
    return tuple(joined.split("|"))


_NOTICE_MAX = 600  # characters: a rights notice can be a paragraph of legalese
# A longer block is still a notice when it is mostly one: three or more distinct notice phrases in it.
_LEGALESE_MAX, _LEGALESE_HITS = 3000, 3

# Substrings without one of which the pattern above cannot match (kept in step with it).
_NOTICE_KEYS = _keys(
    "©|(c)|copyright|rights reserved|reproduction|reprint|republish|redistribut|copying|not be|not to be|"
    "права защищены|права захищені|перепечат|передрук|при |обязательна|гиперссылк|гіперпосилан|"
    "активная ссылка|сілтеме|көшіріп|құқы|havola|шилтеме|rechte vorbehalten|droits réservés|derechos reservados|"
    "hakları saklıdır|الحقوق|"
    "prawa|版权|版權|转载|轉載|πνευματικά"
)
_PROMO_KEYS = _keys(
    "sign up|subscribe|newsletter|inbox|download|follow|reporting|writing|editing|edited|compiled|contributed|"
    "read the original|this story|this article|correction|"
    "expressed|подпис|подпиш|канал|телеграм|telegram|присоединяйтесь|рассылк|жазылыңыз|арнамызға|zapisz|"
    "жазылушы|"
    "підпис|підпиш|"
    "subskrybuj|電話|电话|傳真|传真|tel|fax|телефон|тел"
)
_AGO_KEYS = ("ago", "назад", "temu", "前")
# An ASCII text can only hold the ASCII keys: a third as many substring tests.
_ASCII_KEYS = {keys: tuple(key for key in keys if key.isascii()) for keys in (_NOTICE_KEYS, _PROMO_KEYS, _AGO_KEYS)}
# A year, a clock time or a day.month: what makes a short line a date rather than a table row.
_DATE_SHAPE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}\b")
# Month names in Russian and Kazakh (their stems), shared by the date tests below.
_MONTHS_RU_KK = (r"\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\b|"
                 r"\b(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*")
_DATE_NOISE = re.compile(
    r"[\d\s:.,/\-–—|()+]|\b(?:am|pm|utc|gmt|msk|et|est|edt|bst|cet)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    + _MONTHS_RU_KK,
    re.I,
)


def _legalese(low: str) -> bool:
    """Whether a long lower-cased block is a rights notice: several distinct notice phrases."""
    if not any(key in low for key in _NOTICE_KEYS):
        return False
    return len({m.group() for m in _NOTICE.finditer(low)}) >= _LEGALESE_HITS


_FIELDS = re.compile(r" [·•|] ")
# A site's address as a masthead's last field: "www.paper.kz", "paper.kz", "https://paper.kz/".
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|uz|kg|ua|by|com|org|net|info|media|news|"
                     r"tv|қаз|рф)/?$", re.I)
# "Address of the article: https://paper.kz/news/4423": a label, then a URL with a path.
_URL_LINE = re.compile(r"^[^:\n]{1,40}:\s*(?:https?://|www\.)[^/\s]+/\S+$", re.I)
# A template's code left in the text: a BBCode element ("[thumb]left|/uploads/1.jpg[/thumb]") or placeholders
# ("[tags]{tags}[/tags]", "{poll}") and nothing else.
_TEMPLATE_CODE = re.compile(r"^(?:\s*(?:\[/?[a-z_][\w-]*(?:[=:][^\]]*)?\]|\{[a-z_][\w-]*\})\s*(?:[^\s\[\]{}]*))+\s*$",
                            re.I)
_AUTHOR_FIELD = re.compile(r"^(?:автор|авторы|авторлары|author|by)\b\s*:?\s*\w", re.I)


def _meta_fields(fields: list[str]) -> bool:
    """Whether the fields of a line set off by " · " or " | " are a date alone and an author line alone, or a
    masthead (a name and, last, the site's domain)."""
    fields = [f.strip() for f in fields]
    if len(fields) >= 2 and _DOMAIN.match(fields[-1]):
        return True
    return any(_AUTHOR_FIELD.match(f) and len(f) <= 50 for f in fields) and any(
        _DATE_SHAPE.search(f) and len(_DATE_NOISE.sub("", f)) <= 14 for f in fields)


def boilerplate_text(text: str) -> bool:
    """Whether a short block reads like furniture: a rights notice, label, credit, promo, byline or date."""
    if text.startswith("<") and text.endswith(">"):
        return True  # markup shown as text (a <noscript> image beacon)
    if len(text) > _NOTICE_MAX:
        return len(text) <= _LEGALESE_MAX and _legalese(text.lower())
    # Cheap substring tests first: the regular expressions are slow on the many blocks they cannot match.
    low = text.lower()
    ascii_only = low.isascii()
    keys = _ASCII_KEYS[_NOTICE_KEYS] if ascii_only else _NOTICE_KEYS
    if any(key in low for key in keys) and _NOTICE.search(low):
        return True  # rights notices run long: judged up to _NOTICE_MAX characters
    if len(text) > 300:
        return False
    keys = _ASCII_KEYS[_PROMO_KEYS] if ascii_only else _PROMO_KEYS
    if any(key in low for key in keys) and _PROMO.search(low):
        return True
    if "@" in low and _EMAIL.search(low):
        return True
    if len(text) <= _STANDING_MAX and any(key in low for key in _STANDING_KEYS) and _STANDING.search(low) \
            and not any(mark in text for mark in _QUOTE_MARKS):
        return True
    if "ctrl" in low and _ERROR_REPORT.search(low):  # "... выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции"
        return True
    if len(text) <= _SIGN_OFF_MAX and not ascii_only and _SIGN_OFF.search(text) and text[-1:] != "。":
        return True
    if len(text) <= 120 and (_LABEL.match(text) or _BYLINE.match(text) or _CREDIT.match(text)):
        return True
    if _READ_ALSO.match(text):
        return True
    # Dates and times: almost nothing left once digits, separators and month-sized words are removed.
    keys = _ASCII_KEYS[_AGO_KEYS] if ascii_only else _AGO_KEYS
    if len(text) < 80 and any(key in low for key in keys) and _AGO.search(low):
        return True
    if len(text) <= 120 and _VIEWS.search(text) and _DATE_SHAPE.search(text):
        return True  # a date with a view counter: "24.11.2026 | 10:42 Қаралды: 1 245 Басып шығару"
    if text.count(" | ") >= 2 and len(text) <= 150 and _DATE_SHAPE.search(text):
        return True  # fields of a masthead or a meta line: "Paper | № 131 | 12 November 2026"
    if (text.count(" · ") >= 2 or text.count(" • ") >= 2) and len(text) <= 150 and any(map(str.isdigit, text)):
        return True  # a meta line: "25 ноября · 3,2 тыс. дочитываний · 3 мин."
    if len(text) <= 150 and _FIELDS.search(text) and _meta_fields(_FIELDS.split(text)):
        return True  # "26.11.2026 09:10 · Автор: Name", "PAPER · regional daily · www.paper.kz"
    if len(text) <= 300 and ("[" in text or "{" in text) and _TEMPLATE_CODE.match(text):
        return True  # "[thumb]left|/uploads/posts/1.jpg[/thumb]", "{poll}"
    if len(text) <= 200 and _URL_LINE.match(text):
        return True  # "Мақаланың мекенжайы: https://paper.kz/news/4423" (a print page's address line)
    if len(text) >= 60 or not _DATE_SHAPE.search(text):
        return False
    if len(_DATE_NOISE.sub("", text)) > 14:
        return False
    # Three figures or more standing apart, and no month or clock time, make a row of a table ("Астана 240 520
    # 210 +1,8%"), not a date.
    return sum(1 for t in text.split() if _FIGURE.match(t)) < 3 or _MONTH_OR_CLOCK.search(text) is not None


_FIGURE = re.compile(r"^[+\-−–]?\d[\d.,]*%?$")
_MONTH_OR_CLOCK = re.compile(
    r"\d:\d\d|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|" + _MONTHS_RU_KK, re.I)
