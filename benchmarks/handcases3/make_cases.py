#!/usr/bin/env python3
"""Build the third hand-written republication benchmark (Kazakh, Russian, Chinese) from src/*.json.

  python benchmarks/handcases3/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  4 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks, each a list of
                    sentences) on two invented outlets (Жетісу шұғыласы; Шёлковый вестник / 丝路通讯)
src/partners.json   7 invented partner sites (3 Kazakh, 2 Russian, 2 Chinese)
src/cases.json      one dict per republication (see README.md for the item kinds)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original sentence the
partner copied (verbatim or lightly edited: word order inside the sentence, merged / split sentences,
reformatted numbers and dates, homoglyphs, invisible characters, punctuation width, dropped particles,
Traditional characters), each counted once; a `sub` part counts only the tokens of the copied substring.
The partner's own text counts 0. Deterministic: no randomness.
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


def load(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return json.load(f)


def tokens(s):
    return TOKEN.findall(s)


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def esc(t):
    return html.escape(t, quote=False).replace("\u00a0", "&nbsp;")


def attr(t):
    return html.escape(t, quote=True)


# ------------------------------------------------------------------ URL variants of an original
def amp_url(o):
    u = o["url"]
    return u + "amp/" if u.endswith("/") else u.replace("silkvestnik.kz/", "silkvestnik.kz/amp/", 1)


def mobile_url(o):
    return o["url"].replace("https://", "https://m.", 1)


def home_url(o):
    return "https://" + o["url"].split("/")[2] + "/"


def rubric_url(o):
    u = o["url"]
    return "https://zhetisu-shugyla.kz/zhanalyqtar/" if "zhetisu" in u else f"https://silkvestnik.kz/{o['lang']}/news/"


# ------------------------------------------------------------------ links
QUALIFIES = {"exact", "first-para", "image", "nofollow-noopener", "utm", "upper-index", "upper-host", "amp",
             "mobile", "print", "partner-go", "aria-hidden", "image-noalt"}
NOT_QUALIFYING = {"none", "shortener", "go-home", "rubric", "homepage", "text-url", "noscript", "font-size-0",
                  "transparent", "template", "empty-anchor"}
SHORT = "https://qysqa.link/Tk8x2"


def href_for(kind, o, p):
    u = o["url"]
    if kind in ("exact", "first-para", "image", "image-noalt", "nofollow-noopener", "noscript", "font-size-0",
                "transparent", "template", "empty-anchor", "aria-hidden"):
        return u
    if kind == "utm":
        return u + f"?utm_source={p['id']}&utm_medium=partner&utm_campaign=syndication"
    if kind == "upper-index":
        host = u.split("/")[2]
        return u.replace("https://" + host, "HTTPS://" + host.upper(), 1) + "index.html"
    if kind == "upper-host":
        host = u.split("/")[2]
        return u.replace("https://" + host, "HTTPS://" + host.upper(), 1)
    if kind == "amp":
        return amp_url(o)
    if kind == "mobile":
        return mobile_url(o)
    if kind == "print":
        return u + "?print=1"
    if kind == "partner-go":
        return f"https://{p['host']}/go?url={u}"
    if kind == "go-home":
        return f"https://{p['host']}/go?url={quote(home_url(o), safe='')}"
    if kind == "shortener":
        return SHORT
    if kind == "rubric":
        return rubric_url(o)
    if kind == "homepage":
        return home_url(o)
    raise KeyError(kind)


def link_html(kind, o, p, anchor):
    a = esc(anchor)
    if kind == "none":
        return a
    if kind == "text-url":
        return f"{a} ({esc(o['url'])})"
    h = attr(href_for(kind, o, p))
    if kind in ("image", "image-noalt"):
        logo = "zhetisu" if "zhetisu" in o["url"] else "silk"
        alt = attr(anchor) if kind == "image" else ""
        img = f'<img src="/img/sources/{logo}.png" width="90" height="24" alt="{alt}">'
        return f'<a href="{h}" class="src-logo">{img}</a>'
    if kind == "nofollow-noopener":
        return f'<a href="{h}" rel="nofollow noopener" target="_blank">{a}</a>'
    if kind == "noscript":
        return f'{a}<noscript><a href="{h}">{a}</a></noscript>'
    if kind == "template":
        return f'{a}<template class="src-tpl"><a href="{h}">{a}</a></template>'
    if kind == "empty-anchor":
        return f'{a}<a href="{h}" class="src-link"></a>'
    if kind == "aria-hidden":
        return f'<a href="{h}" aria-hidden="true" tabindex="-1">{a}</a>'
    if kind == "font-size-0":
        return f'{a}<a href="{h}" style="font-size:0">{a}</a>'
    if kind == "transparent":
        return f'{a}<a href="{h}" style="color:transparent;text-decoration:none">{a}</a>'
    if kind in ("partner-go", "go-home"):
        return f'<a href="{h}" rel="nofollow" target="_blank">{a}</a>'
    return f'<a href="{h}">{a}</a>'


def own_html(text, kind, o, p):
    parts = re.split(r"\[\[(.+?)\]\]", text)
    return "".join(link_html(kind, o, p, x) if i % 2 else esc(x) for i, x in enumerate(parts))


# ------------------------------------------------------------------ text effects on copied text
CYR2LAT = dict(zip("аеорсхуАЕОРСТНКМВХ", "aeopcxyAEOPCTHKMBX", strict=True))


def fx_latin(t):
    """Latin homoglyphs for Cyrillic letters in every other word."""
    ws = t.split(" ")
    return " ".join("".join(CYR2LAT.get(c, c) for c in w) if i % 2 else w for i, w in enumerate(ws))


def fx_zwsp(t):
    """A zero-width space after every third letter of words of 6+ letters (Chinese: after every 4th character)."""
    def cut(m):
        w = m.group(0)
        return "\u200b".join(w[i:i + 3] for i in range(0, len(w), 3)) if len(w) >= 6 else w
    t = re.sub(r"[^\W\d_]+", cut, t)
    return t


def fx_zh_zwsp(t):
    return "".join(c + ("\u200b" if i % 4 == 3 else "") for i, c in enumerate(t))


def fx_soft_hyphens(t):
    def hyph(m):
        w = m.group(0)
        return "\u00ad".join(w[i:i + 4] for i in range(0, len(w), 4)) if len(w) >= 8 else w
    return re.sub(r"\w+", hyph, t)


ZH_HALF = {"，": ", ", "。": ". ", "：": ": ", "、": ", ", "；": "; ", "“": '"', "”": '"', "！": "! ", "？": "? "}


def fx_zh_half(t):
    for a, b in ZH_HALF.items():
        t = t.replace(a, b)
    return t.rstrip()


def fx_zh_fwdigits(t):
    return t.translate({ord(c): 0xFF10 + i for i, c in enumerate("0123456789")} | {ord("%"): "％"})


def fx_zh_drop(t):
    """The particles 的 and 了 dropped (the original uses both only as particles)."""
    return t.replace("的", "").replace("了", "")


# Simplified -> Traditional, written by hand for the sentences the Traditional case copies (same length)
TRAD_PAIRS = [
    ("霍尔果斯口岸冬季货运量创历史新高", "霍爾果斯口岸冬季貨運量創歷史新高"),
    ("今年十一月，经霍尔果斯口岸进出的货物首次突破一百万吨。",
     "今年十一月，經霍爾果斯口岸進出的貨物首次突破一百萬噸。"),
    ("新建的智能通关系统使车辆排队时间缩短了一半。",
     "新建的智能通關系統使車輛排隊時間縮短了一半。"),
    ("据霍尔果斯口岸管理部门11月27日发布的数据，本月前三周口岸货运量达到104万吨，同比增长18%。",
     "據霍爾果斯口岸管理部門11月27日發布的數據，本月前三週口岸貨運量達到104萬噸，同比增長18%。"),
    ("这是口岸自开通以来冬季月份的最高纪录。", "這是口岸自開通以來冬季月份的最高紀錄。"),
    ("其中，出口货物以机械设备、日用品和汽车配件为主，进口货物主要是粮食和化肥。",
     "其中，出口貨物以機械設備、日用品和汽車配件為主，進口貨物主要是糧食和化肥。"),
    ("货运量增长的一个重要原因是今年九月投入使用的智能通关系统。",
     "貨運量增長的一個重要原因是今年九月投入使用的智能通關系統。"),
    ("司机可以在到达口岸之前通过手机提交报关材料，系统自动分配通关时段。",
     "司機可以在到達口岸之前通過手機提交報關材料，系統自動分配通關時段。"),
    ("过去货车平均需要排队十个小时，现在缩短到五个小时左右。",
     "過去貨車平均需要排隊十個小時，現在縮短到五個小時左右。"),
]


def fx_zh_trad(t):
    for s, tr in TRAD_PAIRS:
        assert len(s) == len(tr), s
        t = t.replace(s, tr)
    assert not any(s in t for s, _ in TRAD_PAIRS)
    return t


KK_LATIN = {"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
            "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
            "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
            "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
            "ю": "iu", "я": "ia"}


def fx_kk_latin(t):
    """Kazakh Cyrillic transliterated to the 2021 Kazakh Latin alphabet."""
    def one(c):
        lat = KK_LATIN.get(c.lower())
        if lat is None:
            return c
        return lat.capitalize() if c.isupper() else lat
    return "".join(one(c) for c in t)


FX = {"kk-latin": fx_kk_latin, "latin": fx_latin, "zwsp": fx_zwsp, "zh-zwsp": fx_zh_zwsp,
      "soft-hyphens": fx_soft_hyphens, "zh-half": fx_zh_half, "zh-fwdigits": fx_zh_fwdigits, "zh-drop": fx_zh_drop,
      "zh-trad": fx_zh_trad}


# ------------------------------------------------------------------ one case
def render_copy(text, it, case_fx):
    for old, new in it.get("edits", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    for f in it.get("fx", case_fx):
        text = FX[f](text)
    h = esc(text)
    for old, new in it.get("hedits", []):
        assert old in h, old
        h = h.replace(old, new, 1)
    return h


class Body:
    """Renders item lists (body, header lead card, aside) and records the copied original sentences."""

    def __init__(self, case, o, p):
        self.case, self.o, self.p = case, o, p
        self.us = units(o)
        self.used = {}

    def use(self, u, k, n):
        self.used[(u, k)] = max(self.used.get((u, k), 0), n)

    @staticmethod
    def wrap(tag, h):
        if tag == "none":
            return h
        if tag == "blockquote":
            return f"<blockquote><p>{h}</p></blockquote>"
        return f"<{tag}>{h}</{tag}>"

    def render(self, items):
        case, o, p, us = self.case, self.o, self.p, self.us
        kind = case["link"]
        case_fx = case.get("fx", [])
        out = []
        for it in items:
            if "raw" in it:
                r = it["raw"]
                out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: link_html(kind, o, p, m.group(1)), r))
            elif "own" in it:
                out.append(self.wrap(it.get("tag", "p"), own_html(it["own"], kind, o, p)))
            elif "mix" in it:
                hs = []
                for part in it["mix"]:
                    if isinstance(part, str):
                        hs.append(own_html(part, kind, o, p))
                        continue
                    u, k = part["s"]
                    sent = us[u][1][k]
                    if "sub" in part:
                        assert part["sub"] in sent, part["sub"]
                        self.use(u, k, len(tokens(part["sub"])))
                        sent = part["sub"]
                    else:
                        self.use(u, k, len(tokens(sent)))
                    hs.append(render_copy(sent, part, case_fx))
                out.append(self.wrap(it.get("tag", "p"), "".join(hs)))
            else:
                u = it["copy"]
                sents = us[u][1]
                idx = it.get("sents", list(range(len(sents))))
                for k in idx:
                    self.use(u, k, len(tokens(sents[k])))
                sep = "" if o["lang"] == "zh" else " "
                h = render_copy(sep.join(sents[k] for k in idx), it, case_fx)
                if it.get("prefix"):
                    h = own_html(it["prefix"], kind, o, p) + h
                if it.get("suffix"):
                    h = h + own_html(it["suffix"], kind, o, p)
                default = {"h2": "h2", "quote": "blockquote"}.get(us[u][0], "p")
                out.append(self.wrap(it.get("tag", default), h))
        return "\n".join(out)


LABELS = {"kk": dict(search="Іздеу", home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", ad="Жарнама",
                     about="Біз туралы", contacts="Байланыс", share="Бөлісу"),
          "ru": dict(search="Поиск", home="Главная", comments="Комментарии", latest="Последние новости",
                     ad="Реклама", about="О редакции", contacts="Контакты", share="Поделиться"),
          "zh": dict(search="搜索", home="首页", comments="评论", latest="最新消息", ad="广告", about="关于我们",
                     contacts="联系我们", share="分享")}


def republished_page(case, o, p, body, lead, aside, title_html, title_text):
    L = LABELS[p["lang"]]
    menu = "".join(f'<li><a href="/{slug}/">{esc(t)}</a></li>' for t, slug in p["menu"])
    side = "".join(f'<li><a href="/{p["path"]}/{slug}">{esc(t)}</a></li>' for t, slug in p["sidebar"])
    ci = case["n"] % len(p["comments"])
    com = "".join(f'<div class="comment"><b>{esc(a)}</b><p>{esc(t)}</p></div>'
                  for a, t in (p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]))
    share = "".join(f'<a class="sh-{s}" href="https://{s}.example/share?u={attr(case["republished_url"])}">{s}</a>'
                    for s in ("facebook", "telegram", "whatsapp"))
    lead_html = f'<div class="lead-card">\n{lead}\n</div>' if lead else ""
    aside_html = f'<div class="pull-quote">\n{aside}\n</div>' if aside else ""
    if p["template"] == "magazine":
        return f"""<!DOCTYPE html>
<html lang="{p['lang']}"><head><meta charset="utf-8">
<title>{esc(title_text)} :: {esc(p['name'])}</title>
<link rel="canonical" href="{attr(case['republished_url'])}">
</head>
<body class="magazine">
<div id="topline"><a href="/">{esc(p['name'])}</a> <span>{esc(p['date'])}</span></div>
<div id="nav"><ul>{menu}</ul></div>
<div id="wrap">
<div id="left">{aside_html}<div class="widget"><h4>{esc(L['latest'])}</h4><ul>{side}</ul></div>
<div class="widget ad"><a href="/adv/">{esc(L['ad'])}</a></div></div>
<div id="center">
<div class="story">
<h1>{title_html}</h1>
{lead_html}
<div class="story-info">{esc(case['date'])}</div>
<div class="story-text">
{body}
</div>
<div class="story-share">{esc(L['share'])}: {share}</div>
</div>
<div class="story-comments"><h4>{esc(L['comments'])}</h4>{com}</div>
</div>
</div>
<div id="footer">{esc(p['footer'])} <a href="/about/">{esc(L['about'])}</a></div>
</body></html>
"""
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_text)} — {esc(p['name'])}</title>
<link rel="canonical" href="{attr(case['republished_url'])}">
</head>
<body>
<header class="site-header"><a class="logo" href="/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="{attr(L['search'])}"></form></header>
<div class="layout">
<main>
<article class="entry">
<div class="crumbs"><a href="/">{esc(L['home'])}</a> / <a href="/{p['menu'][0][1]}/">{esc(p['menu'][0][0])}</a></div>
<header class="entry-header">
<h1 class="entry-title">{title_html}</h1>
{lead_html}
<div class="entry-meta"><time>{esc(case['date'])}</time></div>
</header>
<div class="entry-content">
{body}
</div>
<div class="entry-share">{share}</div>
</article>
<section class="comments"><h3>{esc(L['comments'])}</h3>{com}</section>
</main>
<aside class="sidebar">{aside_html}<h3>{esc(L['latest'])}</h3><ul>{side}</ul></aside>
</div>
<footer><p>{esc(p['footer'])}</p><p><a href="/contacts/">{esc(L['contacts'])}</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ originals
RIGHTS = {"kk": "Материалды толық немесе ішінара пайдаланғанда тікелей гиперсілтеме міндетті.",
          "ru": "При полном или частичном использовании материалов прямая гиперссылка обязательна.",
          "zh": "转载请注明出处并附原文链接。"}


def original_zhetisu(o):
    """Жетісу шұғыласы: a news site whose headline and lead sit in a header card above the body; it declares an
    AMP version and a mobile (m.) alternate and links a print view (?print=1)."""
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if kind == "h2":
            body.append(f"<h2>{t}</h2>")
        elif kind == "quote":
            body.append(f'<blockquote class="post-quote">{t}</blockquote>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 0:
            body.append(f'<figure class="post-photo"><img src="/uploads/2026/11/{o["id"]}-1.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
        if i == 3:
            t0, u0 = o["related"][0]
            body.append(f'<aside class="inline-read"><b>Оқи отырыңыз:</b> <a href="{attr(u0)}">{esc(t0)}</a></aside>')
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = " ".join(f'<a href="https://zhetisu-shugyla.kz/tag/{esc(t)}/">#{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Жетісу шұғыласы</title>
<link rel="canonical" href="{attr(u)}">
<link rel="amphtml" href="{attr(amp_url(o))}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="{attr(mobile_url(o))}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<header class="site-head"><a class="brand" href="https://zhetisu-shugyla.kz/">Жетісу шұғыласы</a>
<ul class="menu"><li><a href="https://zhetisu-shugyla.kz/zhanalyqtar/">Жаңалықтар</a></li>\
<li><a href="https://zhetisu-shugyla.kz/turizm/">Туризм</a></li>\
<li><a href="https://zhetisu-shugyla.kz/ekonomika/">Экономика</a></li></ul></header>
<main class="post">
<div class="post-card">
<a class="post-rubric" href="https://zhetisu-shugyla.kz/zhanalyqtar/">{esc(o['rubric'])}</a>
<h1 class="post-title">{esc(o['headline'])}</h1>
<p class="post-lead">{esc(" ".join(o['standfirst']))}</p>
<div class="post-meta"><span class="author">{esc(o['author'])}</span> · <time>{esc(o['date'])}</time> · \
<a class="print" href="{attr(u)}?print=1">Басып шығару</a></div>
</div>
<div class="post-body">
{chr(10).join(body)}
</div>
<div class="post-tags">{tags}</div>
<div class="post-share"><a href="https://facebook.example/sharer?u={attr(u)}">Facebook</a> \
<a href="https://telegram.example/share?url={attr(u)}">Telegram</a></div>
<div class="post-related"><h4>Тақырыпқа қатысты</h4><ul>{rel}</ul></div>
</main>
<footer class="site-foot">© 2014–2026 Жетісу шұғыласы. {esc(RIGHTS['kk'])}</footer>
</body>
</html>
"""


def original_silk(o):
    """Шёлковый вестник / 丝路通讯: a bilingual (ru, zh) portal; lead under the headline, the body in
    itemprop=articleBody with a read-also card and a photo; AMP and mobile alternates declared."""
    zh = o["lang"] == "zh"
    sep = "" if zh else " "
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(sep.join(sents))
        if kind == "h2":
            body.append(f"<h3>{t}</h3>")
        elif kind == "quote":
            body.append(f'<div class="article-quote"><p>{t}</p></div>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 1:
            t0, u0 = o["related"][0]
            lab = "延伸阅读" if zh else "Читайте также"
            body.append(f'<div class="read-also"><b>{lab}:</b> <a href="{attr(u0)}">{esc(t0)}</a></div>')
        if i == 4:
            body.append(f'<figure><img src="/media/{o["id"]}.jpg" alt=""><figcaption>{esc(o["caption"])}'
                        f'</figcaption></figure>')
    L = (dict(name="丝路通讯", author="作者", print="打印", news="新闻", tags="标签", more="相关新闻")
         if zh else dict(name="Шёлковый вестник", author="Автор", print="Версия для печати", news="Новости",
                         tags="Теги", more="Ещё по теме"))
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = " ".join(f'<a href="https://silkvestnik.kz/{o["lang"]}/tag/{esc(t)}">{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} - {L['name']}</title>
<link rel="canonical" href="{attr(u)}">
<link rel="amphtml" href="{attr(amp_url(o))}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="{attr(mobile_url(o))}">
<meta property="og:url" content="{attr(u)}">
</head>
<body>
<div class="top"><a href="https://silkvestnik.kz/{o['lang']}/" class="logo">{L['name']}</a>
<ul class="nav"><li><a href="https://silkvestnik.kz/{o['lang']}/news/">{L['news']}</a></li>\
<li><a href="https://silkvestnik.kz/{o['lang']}/city/">{esc(o['rubric'])}</a></li></ul></div>
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{esc(o['headline'])}</h1>
<div class="article-lead" itemprop="description">{esc(sep.join(o['standfirst']))}</div>
<div class="article-meta">{L['author']}: {esc(o['author'])} · {esc(o['date'])} · \
<a href="{attr(u)}?print=1">{L['print']}</a></div>
<div class="article-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="article-tags">{L['tags']}: {tags}</div>
</div>
<div class="more"><h4>{L['more']}</h4><ul>{rel}</ul></div>
<div class="footer">© {L['name']}, 2016–2026. {esc(RIGHTS[o['lang']])}</div>
</body>
</html>
"""


# ------------------------------------------------------------------ main
def main():
    originals = {o["id"]: o for o in load("originals.json")}
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
        assert p["lang"] == o["lang"], case["id"]
        assert case["link"] in QUALIFIES | NOT_QUALIFYING, case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        case.setdefault("date", p["date"])
        b = Body(case, o, p)
        body = b.render(case["body"])
        lead = b.render(case.get("lead", []))
        aside = b.render(case.get("aside", []))
        us = b.us
        title = case["title"]
        if isinstance(title, int):
            b.use(title, 0, len(tokens(us[title][1][0])))
            tt = us[title][1][0]
            th = render_copy(tt, case.get("title_fx", {}), case.get("fx", []))
            tt = html.unescape(th)
        else:
            tt = title
            th = esc(tt)
        page = republished_page(case, o, p, body, lead, aside, th, tt)
        if case["link"] not in ("none", "text-url"):
            assert href_for(case["link"], o, p) in html.unescape(page) or case["link"].startswith("image"), case["id"]
        total = sum(len(tokens(s)) for _, ss in us for s in ss)
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
                     compliant=not (excess or missing or full), verdict_scored=True,
                     notes=case["notes"], original=o["id"], partner=p["host"])
        d = os.path.join(HERE, case["id"])
        os.makedirs(d)
        orig_html = original_zhetisu(o) if o["site"] == "zhetisu" else original_silk(o)
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
