#!/usr/bin/env python3
"""Build the seventh hand-written republication benchmark (Kazakh and Russian) from src/*.json: the edges of the
measure (news briefs of 33-63 words, long-reads of 1,200 words, originals that repeat themselves, aggregator
headline / headline + lead copies, figure-heavy texts with re-ordered lists).

  python benchmarks/handcases7/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  10 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks `p`, `h2`, `quote`,
                    `pull` (a pull-quote), `ul` (list items); each a list of sentences / items) on two invented
                    outlets (Сарыарқа жаршысы, kk; Голос Кокшетау, ru)
src/partners.json   6 invented partner sites (3 Kazakh, 3 Russian)
src/cases.json      one dict per republication (see README.md for the item kinds)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original sentence the
partner copied into the page's visible text (verbatim or lightly edited), each counted once, under the policy's
minimum passage length: a copied stretch of fewer than 8 words inside the partner's own sentence counts 0; a
whole original sentence (or list item) of 4 words or more set as a paragraph / line of its own counts. The
partner's own text counts 0. Text the original repeats (a lead repeated as the first paragraph, a quote repeated
as a pull-quote) counts once on the partner's side: the copied words are counted at one of their occurrences.
Deterministic: no randomness.
"""
import html
import json
import os
import re
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN
MIN_PASSAGE = 8  # the default policy's min_passage_words
SHY = "\u00ad"
NBSP = "\u00a0"


def load(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return json.load(f)


def tokens(s):
    return TOKEN.findall(s)


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def esc(t):
    return html.escape(t, quote=False).replace(NBSP, "&nbsp;")


def attr(t):
    return html.escape(t, quote=True)


HOSTS = {"saryarqa": "saryarqa-zharshysy.kz", "kokshe": "golos-kokshetau.kz"}


def setup_urls(o):
    """o["url"]: the article URL as the outlet publishes it (Latin slugs)."""
    host = HOSTS[o["site"]]
    if o["site"] == "saryarqa":
        o["url"] = f"https://{host}/kk/news/2026/11/27/{o['slug']}-{o['num']}"
    else:
        o["url"] = f"https://{host}/news/city/{o['slug']}/"
    o["home"] = f"https://{host}/"


# ------------------------------------------------------------------ text effects
RU_KEYBOARD = str.maketrans("әӘқҚңҢөӨұҰүҮіІғҒһҺ", "аАкКнНоОуУуУиИгГхХ")
RU_KEYBOARD_LATIN_I = str.maketrans("әӘқҚңҢөӨұҰүҮіІғҒһҺ", "аАкКнНоОуУуУiIгГхХ")


def typography(t):
    """A partner CMS's typographic noise: «» -> "", — -> -, ё -> е, non-breaking spaces after numbers and short
    words, soft hyphens inside long words."""
    t = t.replace("«", '"').replace("»", '"').replace("—", "-").replace("ё", "е").replace("Ё", "Е")
    t = re.sub(r"(?<=\d) (?=\w)", NBSP, t)
    t = re.sub(r"\b(\w{1,2}) ", lambda m: m.group(1) + NBSP, t)
    return re.sub(r"\w{11,}", lambda m: m.group(0)[:5] + SHY + m.group(0)[5:], t)


FX = {"rukbd": lambda t: t.translate(RU_KEYBOARD), "rukbd-i": lambda t: t.translate(RU_KEYBOARD_LATIN_I),
      "typo": typography}


def apply_fx(text, fx):
    for f in fx or []:
        text = FX[f](text)
    return text


# ------------------------------------------------------------------ links
# A qualifying link: a visible, clickable <a href> that designates the article (see README.md).
QUALIFIES = {"exact", "nofollow", "title-link"}
NOT_QUALIFYING = {"none", "homepage", "plain-text-url", "other-article"}


def href_for(kind, o):
    if kind == "homepage":
        return o["home"]
    if kind == "other-article":
        return o["related"][0][1]
    return o["url"]


def link_html(kind, o, anchor, others):
    """The partner's credit `[[anchor]]` rendered for the case's link kind."""
    a = esc(anchor)
    u = attr(href_for(kind, o))
    if kind == "none":
        return a
    if kind == "plain-text-url":
        return f"{a} ({esc(o['url'])})"
    if kind == "nofollow":
        return f'<a href="{u}" rel="nofollow">{a}</a>'
    return f'<a href="{u}" target="_blank">{a}</a>'


def own_html(text, kind, o, others):
    parts = re.split(r"\[\[(.+?)\]\]", text)
    return "".join(link_html(kind, o, x, others) if i % 2 else esc(x) for i, x in enumerate(parts))


# ------------------------------------------------------------------ unrelated feed (the partner's own stories)
FEED = {
    "kk": dict(
        cities=["Семей", "Риддер", "Аягөз", "Зайсан", "Шемонаиха", "Глубокое", "Курчатов", "Үржар", "Тарбағатай",
                "Көкпекті", "Бесқарағай", "Ақсуат"],
        temps=["минус он", "минус он бес", "минус жиырма", "минус сегіз", "минус он екі", "минус алты"],
        templates=[
            "{c} ауданында аудандық мәдениет үйінде жас әншілердің байқауы өтіп, оған {n} қатысушы келді.",
            "Ертең {c} маңында күн бұлтты болады, түнде ауа температурасы {t} градусқа дейін төмендейді деп күтілуде.",
            "{c} қаласының спорт мектебінде күрестен облыстық жарыс аяқталып, жүлделі орындар анықталды.",
            "{c} кентінде көктемде жаңа балалар алаңы салынады, оның жобасын тұрғындар өздері таңдады.",
            "Аудандық кітапхана {c} тұрғындарын қысқы демалыс кезінде шахмат үйірмесіне шақырады.",
            "{c} ауылында мал дәрігерлері жоспарлы егу жұмыстарын аяқтап, {n} бас ірі қараны тексерді.",
            "{c} аудандық ауруханасына екі жаңа жедел жәрдем көлігі берілді, олар алыс ауылдарға қызмет етеді.",
            "Оқушылар {c} өлкетану мұражайында соғыс жылдарының хаттарынан жасалған көрмені тамашалады.",
        ]),
    "ru": dict(
        cities=["Аксу", "Баянаул", "Майкаин", "Иртышск", "Щербакты", "Успенка", "Железинка", "Качиры", "Лебяжье",
                "Шарбакты", "Калкаман", "Теренколь"],
        temps=["минус десяти", "минус пятнадцати", "минус двадцати", "минус восьми", "минус двенадцати",
               "минус шести"],
        templates=[
            "В районном доме культуры поселка {c} прошел конкурс молодых исполнителей, в нем участвовали {n} человек.",
            "Завтра в районе {c} ожидается облачная погода, ночью столбик термометра опустится до {t} градусов.",
            "В спортивной школе {c} завершилось областное первенство по борьбе, призеры поедут в Астану.",
            "Весной в {c} построят новую детскую площадку, проект жители выбрали на общем собрании.",
            "Районная библиотека приглашает жителей {c} на зимние занятия шахматного кружка для детей и взрослых.",
            "Ветеринары в селе {c} закончили плановую вакцинацию и осмотрели {n} голов крупного рогатого скота.",
            "Районная больница {c} получила две новые машины скорой помощи для выездов в дальние села.",
            "Школьники посетили краеведческий музей {c}, где открылась выставка писем военных лет.",
        ]),
}


def feed_html(lang, n_words, L):
    """The partner's own briefs, about n_words words: invented, unrelated to the originals."""
    f = FEED[lang]
    out, count, i = [], 0, 0
    while count < n_words:
        c = f["cities"][i % len(f["cities"])]
        t = f["templates"][(i * 5 + i // len(f["cities"])) % len(f["templates"])]
        s = t.format(c=c, n=17 + (i * 37) % 180, t=f["temps"][i % len(f["temps"])])
        out.append(f'<div class="brief"><h3>{esc(c)}</h3><p>{esc(s)}</p></div>')
        count += len(tokens(s)) + len(tokens(c))
        i += 1
    return f'<section class="briefs"><h2>{esc(L["feed"])}</h2>\n' + "\n".join(out) + "\n</section>"


# ------------------------------------------------------------------ one case
def render_copy(text, it, fx=None):
    for old, new in it.get("edits", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    text = apply_fx(text, fx if fx is not None else it.get("fx"))
    h = esc(text)
    for old, new in it.get("hedits", []):
        assert old in h, old
        h = h.replace(old, new, 1)
    return h


def same_words(a, b):
    return sorted(x.lower() for x in tokens(a)) == sorted(x.lower() for x in tokens(b))


class Body:
    """Renders item lists and records the copied original sentences (visible text only)."""

    def __init__(self, case, o, others):
        self.case, self.o, self.others = case, o, others
        self.us = units(o)
        self.used = {}

    def use(self, u, k, n):
        # a unit the original repeats (o["repeats"]: {unit: [unit, sentence]}) is the same text as the unit it
        # repeats: copying either (or both) counts once
        u, k = self.o.get("repeats", {}).get(str(u), (u, k))
        self.used[(u, k)] = max(self.used.get((u, k), 0), n)

    @staticmethod
    def wrap(tag, h):
        if tag == "none":
            return h
        if tag == "blockquote":
            return f"<blockquote><p>{h}</p></blockquote>"
        return f"<{tag}>{h}</{tag.split()[0]}>"

    def own(self, text):
        return own_html(text, self.case["link"], self.o, self.others)

    def sentence(self, part):
        """The copied text of a {"s": [unit, k]} part: the sentence, its `sub` part, or `as` (the same words in
        another order, checked)."""
        u, k = part["s"]
        sent = self.us[u][1][k]
        if "sub" in part:
            assert part["sub"] in sent, part["sub"]
            return part["sub"], True
        if "as" in part:
            assert same_words(sent, part["as"]), part["as"]
            return part["as"], False
        return sent, False

    def parts(self, parts):
        """Own strings and copied sentences ({"s": [unit, k]}, optional "sub", "as", "edits", "fx") inside one
        element. A copied run (copied parts separated only by spaces / punctuation) of fewer than MIN_PASSAGE
        words counts 0, unless it is a whole sentence of 4+ words standing alone as the element's only text."""
        hs, runs, run = [], [], []
        for part in parts:
            if isinstance(part, str):
                hs.append(self.own(part))
                if tokens(part):
                    runs.append(run)
                    run = []
                continue
            text, is_sub = self.sentence(part)
            run.append((part["s"], len(tokens(text)) if is_sub else len(tokens(self.us[part["s"][0]][1][part["s"][1]])),
                        is_sub))
            hs.append(render_copy(text, part))
        runs.append(run)
        alone = len(parts) == 1 and not isinstance(parts[0], str)
        for r in runs:
            n = sum(x[1] for x in r)
            if n >= MIN_PASSAGE or (alone and not r[0][2] and n >= 4):
                for (u, k), m, _ in r:
                    self.use(u, k, m)
        return "".join(hs)

    def render(self, items):
        case, o, us = self.case, self.o, self.us
        L = LABELS[case["lang_p"]]
        out = []
        for i, it in enumerate(items):
            if "raw" in it:
                out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: link_html(case["link"], o, m.group(1), self.others),
                                  it["raw"]))
            elif "own" in it:
                out.append(self.wrap(it.get("tag", "p"), self.own(it["own"])))
            elif "mix" in it:
                out.append(self.wrap(it.get("tag", "p"), self.parts(it["mix"])))
            elif "feed" in it:
                out.append(feed_html(case["lang_p"], it["feed"], L))
            elif "other" in it:
                # sentences copied from another original: on the page, not counted against this case's original
                ou = units(self.others[it["other"]])[it["copy"]]
                idx = it.get("sents", list(range(len(ou[1]))))
                h = render_copy(" ".join(ou[1][k] for k in idx), it)
                default = {"h2": "h2", "quote": "blockquote"}.get(ou[0], "p")
                out.append(self.wrap(it.get("tag", default), h))
            elif us[it["copy"]][0] == "ul" and it.get("tag", "ul") in ("ul", "ol"):
                # list items, in the partner's order (`sents`), each on a line of its own: an item of 4+ words counts
                u = it["copy"]
                idx = it.get("sents", list(range(len(us[u][1]))))
                lis = []
                for k in idx:
                    item = us[u][1][k]
                    if len(tokens(item)) >= 4:
                        self.use(u, k, len(tokens(item)))
                    lis.append(f"<li>{render_copy(item, {'edits': it.get('iedits', {}).get(str(k), [])})}</li>")
                t = it.get("tag", "ul")
                out.append(f"<{t}>" + "".join(lis) + f"</{t}>")
            else:
                u = it["copy"]
                sents = us[u][1]
                idx = it.get("sents", list(range(len(sents))))
                n = sum(len(tokens(sents[k])) for k in idx)
                near_copy = any(0 <= j < len(items) and "copy" in items[j] and "other" not in items[j]
                                for j in (i - 1, i + 1))
                if (n >= MIN_PASSAGE or (n >= 4 and not it.get("prefix") and not it.get("suffix"))
                        or (us[u][0] == "h2" and near_copy)):
                    # a whole paragraph, a short whole sentence set as a paragraph of its own, or a subheading
                    # of two or three words standing right next to copied text
                    for k in idx:
                        self.use(u, k, len(tokens(sents[k])))
                texts = []
                for k in idx:
                    if str(k) in it.get("as", {}):
                        assert same_words(sents[k], it["as"][str(k)]), it["as"][str(k)]
                        texts.append(it["as"][str(k)])
                    else:
                        texts.append(sents[k])
                h = render_copy(" ".join(texts), it)
                if it.get("prefix"):
                    h = self.own(it["prefix"]) + h
                if it.get("suffix"):
                    h = h + self.own(it["suffix"])
                default = {"h2": "h2", "quote": "blockquote", "pull": "blockquote"}.get(us[u][0], "p")
                out.append(self.wrap(it.get("tag", default), h))
        return "\n".join(out)


LABELS = {"kk": dict(search="Іздеу", home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", ad="Жарнама",
                     about="Біз туралы", contacts="Байланыс", share="Бөлісу", feed="Жаңалықтар ағыны",
                     source="Дереккөз"),
          "ru": dict(search="Поиск", home="Главная", comments="Комментарии", latest="Последние новости",
                     ad="Реклама", about="О редакции", contacts="Контакты", share="Поделиться",
                     feed="Лента новостей", source="Источник")}


def republished_page(case, o, p, parts, title_html, title_text):
    """parts: dict of rendered html: top, lead, body, byline, after, meta_desc."""
    L = LABELS[p["lang"]]
    menu = "".join(f'<li><a href="/{slug}/">{esc(t)}</a></li>' for t, slug in p["menu"])
    side = "".join(f'<li><a href="/{p["path"]}/{slug}">{esc(t)}</a></li>' for t, slug in p["sidebar"])
    ci = case["n"] % len(p["comments"])
    com = "".join(f'<div class="comment"><b>{esc(a)}</b><p>{esc(t)}</p></div>'
                  for a, t in (p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]))
    share = "".join(f'<a class="sh-{s}" href="https://{s}.example/share?u={attr(case["republished_url"])}">{s}</a>'
                    for s in ("facebook", "telegram", "whatsapp"))
    canon = case["republished_url"]
    meta = f'<base href="{attr(o["home"])}">\n' if case["link"] == "base-relative" else ""
    top = f'<div class="source-top">{parts["top"]}</div>\n' if parts["top"] else ""
    byline = f' · <span class="byline">{parts["byline"]}</span>' if parts["byline"] else ""
    lead = f'<div class="entry-lead">\n{parts["lead"]}\n</div>\n' if parts["lead"] else ""
    body, after = parts["body"], parts["after"]
    head = f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_text)} — {esc(p['name'])}</title>
<link rel="canonical" href="{attr(canon)}">
{meta}</head>
"""
    if p["template"] == "magazine":
        return head + f"""<body class="magazine">
<div id="topline"><a href="/">{esc(p['name'])}</a> <span>{esc(p['date'])}</span></div>
<div id="nav"><ul>{menu}</ul></div>
<div id="wrap">
<div id="left"><div class="widget"><h4>{esc(L['latest'])}</h4><ul>{side}</ul></div>
<div class="widget ad"><a href="/adv/">{esc(L['ad'])}</a></div></div>
<div id="center">
<div class="story">
{top}<h1>{title_html}</h1>
<div class="story-info">{esc(case['date'])}{byline}</div>
{lead}<div class="story-text">
{body}
</div>
{after}<div class="story-share">{esc(L['share'])}: {share}</div>
</div>
<div class="story-comments"><h4>{esc(L['comments'])}</h4>{com}</div>
</div>
</div>
<div id="footer">{esc(p['footer'])} <a href="/about/">{esc(L['about'])}</a></div>
</body></html>
"""
    return head + f"""<body>
<header class="site-header"><a class="logo" href="/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="{attr(L['search'])}"></form></header>
<div class="layout">
<main>
<article class="entry">
<div class="crumbs"><a href="/">{esc(L['home'])}</a> / <a href="/{p['menu'][0][1]}/">{esc(p['menu'][0][0])}</a></div>
{top}<h1 class="entry-title">{title_html}</h1>
<div class="entry-meta"><time>{esc(case['date'])}</time>{byline}</div>
{lead}<div class="entry-content">
{body}
</div>
{after}<div class="entry-share">{share}</div>
</article>
<section class="comments"><h3>{esc(L['comments'])}</h3>{com}</section>
</main>
<aside class="sidebar"><h3>{esc(L['latest'])}</h3><ul>{side}</ul></aside>
</div>
<footer><p>{esc(p['footer'])}</p><p><a href="/contacts/">{esc(L['contacts'])}</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ originals
def body_html(o, sub_tag):
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if kind == "h2":
            body.append(f"<{sub_tag}>{t}</{sub_tag}>")
        elif kind == "quote":
            body.append(f'<blockquote class="q"><p>{t}</p></blockquote>')
        elif kind == "pull":
            body.append(f'<blockquote class="pullquote"><p>{t}</p></blockquote>')
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in sents) + "</ul>")
        else:
            body.append(f"<p>{t}</p>")
        if i == 0 and o.get("caption"):
            body.append(f'<figure class="photo"><img src="/uploads/2026/11/{o["id"]}-1.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
    return "\n".join(body)


def original_saryarqa(o):
    """Сарыарқа жаршысы: a Kazakh regional site; h1, a lead paragraph (none for briefs), author line, a photo
    after the first paragraph (long pieces), subheadings <h2>, quotes and pull-quotes <blockquote>, lists <ul>."""
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    rel = f'<section class="related"><h3>Ұқсас жаңалықтар</h3><ul>{rel}</ul></section>' if rel else ""
    tags = " ".join(f'<a href="https://saryarqa-zharshysy.kz/kk/tag/{attr(quote(t))}">#{esc(t)}</a>'
                    for t in o["tags"])
    lead = f'<p class="post-lead">{esc(" ".join(o["standfirst"]))}</p>' if o["standfirst"] else ""
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} - Сарыарқа жаршысы</title>
<link rel="canonical" href="{attr(u)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<header class="head"><a class="logo" href="https://saryarqa-zharshysy.kz/kk/">Сарыарқа жаршысы</a>
<nav><a href="https://saryarqa-zharshysy.kz/kk/news/">Жаңалықтар</a> \
<a href="https://saryarqa-zharshysy.kz/kk/aimaq/">Аймақ</a></nav></header>
<main>
<article class="post">
<div class="post-rubric">{esc(o['rubric'])}</div>
<h1>{esc(o['headline'])}</h1>
{lead}
<div class="post-meta">{esc(o['author'])} | {esc(o['date'])}</div>
<div class="post-body">
{body_html(o, "h2")}
</div>
<div class="post-tags">{tags}</div>
<div class="post-share">Бөлісу: <a href="https://facebook.example/sharer?u={attr(u)}">Facebook</a></div>
</article>
{rel}
</main>
<footer>© 2015–2026 «Сарыарқа жаршысы». Материалдарды көшіріп басқанда түпнұсқаға белсенді гиперсілтеме қою \
міндетті.</footer>
</body>
</html>
"""


def original_kokshe(o):
    """Голос Кокшетау: a Russian regional portal; header block with h1 and lead (none for briefs), the body in
    itemprop=articleBody; subheadings <h3>, quotes and pull-quotes <blockquote>, lists <ul>."""
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    rel = f'<div class="more-news"><h4>Ещё по теме</h4><ul>{rel}</ul></div>' if rel else ""
    tags = ", ".join(f'<a href="https://golos-kokshetau.kz/tags/{attr(quote(t))}/">{esc(t)}</a>' for t in o["tags"])
    lead = (f'<div class="lead" itemprop="description">{esc(" ".join(o["standfirst"]))}</div>'
            if o["standfirst"] else "")
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Голос Кокшетау</title>
<link rel="canonical" href="{attr(u)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<div class="header"><a href="https://golos-kokshetau.kz/" class="logo">Голос Кокшетау</a>
<ul class="menu"><li><a href="https://golos-kokshetau.kz/news/">Новости</a></li>\
<li><a href="https://golos-kokshetau.kz/news/economy/">Экономика</a></li></ul></div>
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-head">
<span class="rubric">{esc(o['rubric'])}</span>
<h1 itemprop="headline">{esc(o['headline'])}</h1>
{lead}
<div class="meta">{esc(o['date'])} · {esc(o['author'])}</div>
</div>
<div class="article-text" itemprop="articleBody">
{body_html(o, "h3")}
</div>
<div class="article-tags">Теги: {tags}</div>
</div>
{rel}
<div class="footer">© Голос Кокшетау, 2012–2026. Использование материалов возможно только с гиперссылкой на \
golos-kokshetau.kz.</div>
</body>
</html>
"""


# ------------------------------------------------------------------ main
def main():
    originals = {o["id"]: o for o in load("originals.json")}
    for o in originals.values():
        setup_urls(o)
    partners = {p["id"]: p for p in load("partners.json")}
    cases = load("cases.json")
    for d in os.listdir(HERE):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(HERE, d))
    lines = []
    for n, case in enumerate(cases):
        case = dict(case, n=n, id=f"c{n:04d}")
        o = originals[case["orig"]]
        p = partners[case["partner"]]
        case["lang_p"] = p["lang"]
        assert p["lang"] == o["lang"], case["id"]
        assert case["link"] in QUALIFIES | NOT_QUALIFYING, case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        case.setdefault("date", p["date"])
        b = Body(case, o, originals)
        parts = dict(body=b.render(case["body"]), lead=b.render(case.get("lead", [])),
                     top=b.render(case.get("top", [])), byline="", after="")
        us = b.us
        title = case["title"]
        if isinstance(title, int):
            b.use(title, 0, len(tokens(us[title][1][0])))
            tt = apply_fx(us[title][1][0], case.get("title_fx"))
        else:
            tt = title
        th = esc(tt)
        if case["link"] == "title-link":  # the aggregator's card: the copied headline is the link
            th = f'<a href="{attr(o["url"])}" target="_blank">{th}</a>'
        page = republished_page(case, o, p, parts, th, tt)
        href = attr(href_for(case["link"], o))
        if case["link"] in QUALIFIES:
            assert f'<a href="{href}"' in page, case["id"]
        else:
            assert f'<a href="{attr(o["url"])}' not in page, case["id"]
        # the article text with its verbatim repeats counted once (see README "Repeated text")
        total = sum(len(tokens(s)) for i, (_, ss) in enumerate(us) if str(i) not in o.get("repeats", {}) for s in ss)
        reused = sum(b.used.values())
        frac = reused / total
        link_ok = case["link"] in QUALIFIES
        excess = frac > 0.30
        missing = reused > 0 and not link_ok
        full = frac >= 0.90
        truth = dict(id=case["id"], original_url=o["url"], republished_url=case["republished_url"], lang=o["lang"],
                     mode=case["mode"], transform=case["transform"], link=case["link"],
                     reused_words=reused, original_words=total, reused_fraction=round(frac, 4), link_ok=link_ok,
                     expected_violations=sorted((["excess-reuse"] if excess else [])
                                                + (["missing-link"] if missing else [])),
                     compliant=not (excess or missing or full), verdict_scored=case.get("verdict_scored", True),
                     notes=case["notes"], original=o["id"], partner=p["host"])
        if "expect_reused" in case:
            assert reused == case["expect_reused"], (case["id"], reused, case["expect_reused"])
        d = os.path.join(HERE, case["id"])
        os.makedirs(d)
        orig_html = original_saryarqa(o) if o["site"] == "saryarqa" else original_kokshe(o)
        for name, text in (("original.html", orig_html), ("republished.html", page)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        lines.append(json.dumps(truth, ensure_ascii=False))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} cases written to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
