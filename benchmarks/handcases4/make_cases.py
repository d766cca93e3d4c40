#!/usr/bin/env python3
"""Build the fourth hand-written republication benchmark (Kazakh and Russian) from src/*.json.

  python benchmarks/handcases4/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  5 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks `p`, `h2`, `quote`,
                    `ul`, each a list of sentences / list items) on two invented outlets (Ұлытау үні,
                    Каспийский меридиан); o3 is a long-read with subheadings and a list
src/partners.json   7 invented partner sites (4 Kazakh, 3 Russian; two of them news aggregators)
src/cases.json      one dict per republication (see README.md for the item kinds)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original sentence the
partner copied into the page's visible text (verbatim or lightly edited: one word replaced by a synonym,
typos, list items re-ordered or joined, other HTML structure), each counted once; a `sub` part (a sentence
cut at a comma, a speaker's words) counts only the tokens of the copied substring. The partner's own text,
rewritten sentences, translations and text that sits only in attributes (`alt`, `title`, `<meta>`) count 0.
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


def home_url(o):
    return "https://" + o["url"].split("/")[2] + "/"


# ------------------------------------------------------------------ links
# A qualifying link: a visible, clickable <a href> that designates the article (see README.md).
QUALIFIES = {"exact", "top", "byline", "headline", "sponsored", "partner-url-anchor", "role-button", "two-links",
             "block-card", "fb-redirect"}
NOT_QUALIFYING = {"none", "button", "telegram", "canonical-only", "home-headline", "page2-only", "text-credit",
                  "data-href"}


def href_for(kind, o):
    if kind == "fb-redirect":
        return "https://l.facebook.com/l.php?u=" + quote(o["url"], safe="") + "&h=AT3kq9XzR0"
    return o["url"]


def link_html(kind, o, p, anchor):
    """The partner's credit `[[anchor]]` rendered for the case's link kind; `[[home|anchor]]` is always a link to
    the outlet's home page (a second link next to the credit)."""
    if anchor.startswith("home|"):
        return f'<a href="{attr(home_url(o))}" target="_blank">{esc(anchor[5:])}</a>'
    a = esc(anchor)
    u = attr(href_for(kind, o))
    if kind in ("none", "canonical-only", "page2-only", "text-credit"):
        return a
    if kind == "button":
        return (f'<button type="button" class="btn-source" onclick="location.href=\'{u}\'">{a}</button>')
    if kind == "data-href":
        return f'<span class="js-link" data-href="{u}">{a}</span>'
    if kind == "telegram":
        return f'<a href="{attr(o["tg_post"])}" target="_blank" rel="noopener">{a}</a>'
    if kind == "home-headline":
        return f'<a href="{attr(home_url(o))}" target="_blank">{a}</a>'
    if kind == "sponsored":
        return f'<a href="{u}" rel="sponsored noopener" target="_blank">{a}</a>'
    if kind == "role-button":
        return f'<a href="{u}" class="btn btn-primary btn-source" role="button" target="_blank">{a}</a>'
    return f'<a href="{u}" target="_blank">{a}</a>'


def own_html(text, kind, o, p):
    parts = re.split(r"\[\[(.+?)\]\]", text)
    return "".join(link_html(kind, o, p, x) if i % 2 else esc(x) for i, x in enumerate(parts))


# ------------------------------------------------------------------ one case
def render_copy(text, it):
    for old, new in it.get("edits", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    h = esc(text)
    for old, new in it.get("hedits", []):
        assert old in h, old
        h = h.replace(old, new, 1)
    return h


class Body:
    """Renders item lists and records the copied original sentences (visible text only)."""

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
        return f"<{tag}>{h}</{tag.split()[0]}>"

    def own(self, text):
        """The partner's text; `[[s:U:K]]` is a credit whose anchor text is original sentence K of unit U (e.g. the
        original headline as link text): a copy, counted."""
        def anchor(m):
            a = m.group(1)
            if a.startswith("s:"):
                u, k = (int(x) for x in a[2:].split(":"))
                a = self.us[u][1][k]
                self.use(u, k, len(tokens(a)))
            return f"[[{a}]]"
        return own_html(re.sub(r"\[\[(.+?)\]\]", anchor, text), self.case["link"], self.o, self.p)

    def parts(self, parts):
        """Own strings and copied sentences ({"s": [unit, k]}, optional "sub", "edits") inside one element."""
        hs = []
        for part in parts:
            if isinstance(part, str):
                hs.append(self.own(part))
                continue
            u, k = part["s"]
            sent = self.us[u][1][k]
            if "sub" in part:
                assert part["sub"] in sent, part["sub"]
                self.use(u, k, len(tokens(part["sub"])))
                sent = part["sub"]
            else:
                self.use(u, k, len(tokens(sent)))
            hs.append(render_copy(sent, part))
        return "".join(hs)

    def attr_text(self, refs):
        """Original sentences placed in attributes only: not visible text, not counted."""
        return " ".join(self.us[u][1][k] for u, k in refs)

    def render(self, items):
        case, o, p, us = self.case, self.o, self.p, self.us
        kind = case["link"]
        out = []
        for it in items:
            if "raw" in it:
                out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: link_html(kind, o, p, m.group(1)), it["raw"]))
            elif "own" in it:
                out.append(self.wrap(it.get("tag", "p"), self.own(it["own"])))
            elif "mix" in it:
                out.append(self.wrap(it.get("tag", "p"), self.parts(it["mix"])))
            elif "rows" in it:
                tag = it["rows"]
                if tag == "table":
                    head = "".join(f"<th>{esc(c)}</th>" for c in it.get("head", []))
                    rows = "".join("<tr>" + "".join(f"<td>{self.parts(c)}</td>" for c in row) + "</tr>"
                                   for row in it["items"])
                    cap = f"<caption>{esc(it['caption'])}</caption>" if it.get("caption") else ""
                    out.append(f'<table class="infographic">{cap}<thead><tr>{head}</tr></thead>'
                               f"<tbody>{rows}</tbody></table>")
                else:
                    lis = "".join(f"<li>{self.parts(x)}</li>" for x in it["items"])
                    out.append(f"<{tag}>{lis}</{tag}>")
            elif "alink" in it:
                inner = self.render(it["alink"])
                out.append(f'<a class="card-link" href="{attr(href_for(kind, o))}" target="_blank">\n{inner}\n</a>')
            elif "figure" in it:
                cap = self.parts(it["figure"])
                out.append(f'<figure class="wp-caption"><img src="/uploads/2026/11/{case["slug"]}.jpg" '
                           f'width="800" height="533" alt=""><figcaption>{cap}</figcaption></figure>')
            elif "img_attr" in it:
                t = attr(self.attr_text(it["img_attr"]))
                cap = self.own(it["caption"])
                out.append(f'<figure class="photo"><img src="/uploads/2026/11/{case["slug"]}-{len(out)}.jpg" '
                           f'width="800" height="533" alt="{t}" title="{t}"><figcaption>{cap}</figcaption></figure>')
            else:
                u = it["copy"]
                sents = us[u][1]
                idx = it.get("sents", list(range(len(sents))))
                for k in idx:
                    self.use(u, k, len(tokens(sents[k])))
                if us[u][0] == "ul" and "tag" not in it:
                    h = "".join(f"<li>{render_copy(sents[k], it)}</li>" for k in idx)
                    out.append(f"<ul>{h}</ul>")
                    continue
                h = render_copy(" ".join(sents[k] for k in idx), it)
                if it.get("prefix"):
                    h = self.own(it["prefix"]) + h
                if it.get("suffix"):
                    h = h + self.own(it["suffix"])
                default = {"h2": "h2", "quote": "blockquote"}.get(us[u][0], "p")
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
    canon = o["url"] if case["link"] == "canonical-only" else case["republished_url"]
    desc = parts["meta_desc"]
    meta = (f'<meta name="description" content="{attr(desc)}">\n<meta property="og:description" '
            f'content="{attr(desc)}">\n' if desc else "")
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
    if p["template"] == "aggregator":
        cards = "".join(f'<div class="card"><a class="card-title" href="/{p["path"]}/{slug}">{esc(t)}</a>'
                        f'<p class="card-lead">{esc(ld)}</p><span class="card-src">{esc(L["source"])}: '
                        f'{esc(src)}</span></div>\n' for t, slug, ld, src in p["cards"])
        return head + f"""<body class="aggregator">
<header class="agg-head"><a class="logo" href="/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav></header>
<main class="feed">
{top}<article class="card card-main">
<h1 class="card-title">{title_html}</h1>
<div class="card-meta"><time>{esc(case['date'])}</time>{byline}</div>
{lead}<div class="card-body">
{body}
</div>
{after}<div class="card-share">{share}</div>
</article>
<section class="feed-more"><h3>{esc(L['feed'])}</h3>
{cards}</section>
</main>
<footer><p>{esc(p['footer'])}</p><p><a href="/contacts/">{esc(L['contacts'])}</a></p></footer>
</body>
</html>
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
RIGHTS = {"kk": "Материалды толық немесе ішінара пайдаланғанда «Ұлытау үні» сайтына белсенді гиперсілтеме міндетті.",
          "ru": "Перепечатка материалов допускается только с активной гиперссылкой на «Каспийский меридиан»."}


def original_ulytau(o):
    """Ұлытау үні: a Kazakh regional news site; breadcrumbs, h1, lead paragraph, author line; the body holds a
    photo after the first paragraph, a Telegram box after the second block and a "Тағы оқыңыз" insert after the
    fifth; list blocks are <ul class="article-list">."""
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        if kind == "h2":
            body.append(f"<h2>{esc(sents[0])}</h2>")
        elif kind == "quote":
            body.append(f'<blockquote class="article-quote"><p>{esc(" ".join(sents))}</p></blockquote>')
        elif kind == "ul":
            body.append('<ul class="article-list">' + "".join(f"<li>{esc(s)}</li>" for s in sents) + "</ul>")
        else:
            body.append(f"<p>{esc(' '.join(sents))}</p>")
        if i == 0:
            body.append(f'<figure class="article-photo"><img src="/media/2026/11/{o["id"]}.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
        if i == 1:
            body.append('<div class="tg-box">Жаңалықтарды бірінші болып оқығыңыз келсе, '
                        '<a href="https://t.me/ulytau_uni">Telegram-арнамызға</a> жазылыңыз.</div>')
        if i == 4:
            t0, u0 = o["related"][0]
            body.append(f'<div class="read-more"><b>Тағы оқыңыз:</b> <a href="{attr(u0)}">{esc(t0)}</a></div>')
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = " ".join(f'<a href="https://ulytau-uni.kz/kk/tag/{esc(t)}">#{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Ұлытау үні</title>
<link rel="canonical" href="{attr(u)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
<meta property="og:description" content="{attr(o['standfirst'][0])}">
</head>
<body>
<header class="site-head"><a class="brand" href="https://ulytau-uni.kz/">Ұлытау үні</a>
<ul class="menu"><li><a href="https://ulytau-uni.kz/kk/news/">Жаңалықтар</a></li>\
<li><a href="https://ulytau-uni.kz/kk/longread/">Лонгрид</a></li>\
<li><a href="https://ulytau-uni.kz/kk/qogam/">Қоғам</a></li></ul></header>
<main class="article">
<div class="crumbs"><a href="https://ulytau-uni.kz/">Басты бет</a> / {esc(o['rubric'])}</div>
<h1 class="article-title">{esc(o['headline'])}</h1>
<p class="article-lead">{esc(" ".join(o['standfirst']))}</p>
<div class="article-meta"><span class="author">{esc(o['author'])}</span> · <time>{esc(o['date'])}</time> · \
<a class="tg-post" href="{attr(o['tg_post'])}">Telegram-да талқылау</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-tags">{tags}</div>
<div class="article-share"><a href="https://facebook.example/sharer?u={attr(u)}">Facebook</a> \
<a href="https://telegram.example/share?url={attr(u)}">Telegram</a></div>
<div class="article-related"><h4>Тақырыпқа қатысты</h4><ul>{rel}</ul></div>
</main>
<footer class="site-foot">© 2017–2026 Ұлытау үні. {esc(RIGHTS['kk'])}</footer>
</body>
</html>
"""


def original_kasp(o):
    """Каспийский меридиан: a Russian regional portal; header block with h1 and lead, the body in
    itemprop=articleBody with a photo, a "Читайте также" card and a Telegram box; subheadings are <h3>."""
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if kind == "h2":
            body.append(f"<h3>{t}</h3>")
        elif kind == "quote":
            body.append(f'<div class="news-quote"><p>{t}</p></div>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 1:
            t0, u0 = o["related"][0]
            body.append(f'<div class="read-also"><b>Читайте также:</b> <a href="{attr(u0)}">{esc(t0)}</a></div>')
        if i == 3:
            body.append(f'<figure><img src="/upload/{o["id"]}.jpg" alt=""><figcaption>{esc(o["caption"])}'
                        f'</figcaption></figure>')
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = ", ".join(f'<a href="https://kaspmeridian.kz/ru/tag/{esc(t)}">{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} — Каспийский меридиан</title>
<link rel="canonical" href="{attr(u)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<div class="top"><a href="https://kaspmeridian.kz/ru/" class="logo">Каспийский меридиан</a>
<ul class="nav"><li><a href="https://kaspmeridian.kz/ru/news/">Новости</a></li>\
<li><a href="https://kaspmeridian.kz/ru/society/">Общество</a></li>\
<li><a href="https://kaspmeridian.kz/ru/economy/">Экономика</a></li></ul></div>
<div class="news" itemscope itemtype="https://schema.org/NewsArticle">
<div class="news-head">
<div class="news-rubric">{esc(o['rubric'])}</div>
<h1 itemprop="headline">{esc(o['headline'])}</h1>
<div class="news-lead" itemprop="description">{esc(" ".join(o['standfirst']))}</div>
<div class="news-meta">{esc(o['date'])} · Автор: {esc(o['author'])}</div>
</div>
<div class="news-text" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="news-tg">Обсудить новость в <a href="{attr(o['tg_post'])}">нашем Telegram-канале</a></div>
<div class="news-tags">Теги: {tags}</div>
</div>
<div class="more"><h4>Другие новости</h4><ul>{rel}</ul></div>
<div class="footer">© Каспийский меридиан, 2015–2026. {esc(RIGHTS['ru'])}</div>
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
        assert p["lang"] == o["lang"] or case["transform"].startswith("translation"), case["id"]
        assert case["link"] in QUALIFIES | NOT_QUALIFYING, case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        case.setdefault("date", p["date"])
        b = Body(case, o, p)
        parts = dict(body=b.render(case["body"]), lead=b.render(case.get("lead", [])),
                     top=b.render(case.get("top", [])),
                     byline=own_html(case["byline"], case["link"], o, p) if case.get("byline") else "",
                     after=case.get("after_body", ""),
                     meta_desc=b.attr_text(case.get("meta_desc", [])))
        us = b.us
        title = case["title"]
        if isinstance(title, int):
            b.use(title, 0, len(tokens(us[title][1][0])))
            tt = us[title][1][0]
        else:
            tt = title
        th = esc(tt)
        if case.get("title_link"):
            th = link_html(case["link"], o, p, tt)
        page = republished_page(case, o, p, parts, th, tt)
        if case["link"] in QUALIFIES:
            assert f'href="{attr(href_for(case["link"], o))}"' in page, case["id"]
        else:
            assert f'<a href="{attr(o["url"])}"' not in page, case["id"]
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
        orig_html = original_ulytau(o) if o["site"] == "ulytau" else original_kasp(o)
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
