#!/usr/bin/env python3
"""Build the hand-written Kazakh/Russian republication benchmark from src/*.py.

  python benchmarks/handcases/make_cases.py          # (re)writes c0000.. and cases.jsonl next to this file

src/originals.py  invented original articles (units: 0 headline, 1 standfirst, 2.. body blocks,
                  each a list of sentences)
src/partners.py   invented partner sites (menus, own sidebar stories, comments, footers)
src/cases.py      one dict per republication: which units/sentences the partner copied, with which edits,
                  its own text, the page layout and the kind of link to the original

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original sentence
the partner copied (verbatim or lightly edited), each sentence counted once; the partner's own text and
paraphrases count 0. Deterministic: no randomness, same output every run.
"""
import html
import json
import os
import re
import shutil
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from cases import CASES  # noqa: E402
from originals import ORIGINALS  # noqa: E402
from partners import PARTNERS  # noqa: E402

TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN


def tokens(s):
    return TOKEN.findall(s)


ORIG = {o["id"]: o for o in ORIGINALS}


def units(o):
    return [("h1", [o["headline"]]), ("lead", o["standfirst"]), *o["blocks"]]


def amp_url(o):
    s = urlsplit(o["url"])
    if o["site"] == "ertis":
        return o["url"] + "amp/"
    return f"{s.scheme}://{s.netloc}/amp{s.path}"


# ------------------------------------------------------------------ links
QUALIFIES = {"exact", "http", "www", "http-www", "utm", "slash", "fragment", "upper-http", "amp", "mobile",
             "protocol-relative", "image", "noindex", "noindex-nofollow", "nofollow", "utm-slash",
             "href-spaces", "upper-scheme", "sidebar"}


def href_for(kind, o):
    u = o["url"]
    s = urlsplit(u)
    host, path = s.netloc, s.path
    if kind in ("exact", "image", "noindex", "nofollow", "noindex-nofollow", "hidden-css", "hidden-attr", "comment",
                "noscript", "visibility", "sidebar"):
        return u
    if kind == "href-spaces":
        return "\n   " + u + "  "
    if kind == "upper-scheme":
        return "HTTPS://" + host.upper() + path
    if kind == "http":
        return "http://" + host + path
    if kind == "www":
        return "https://www." + host + path
    if kind == "http-www":
        return "http://www." + host + path
    if kind == "utm":
        return u + "?utm_source=partner&utm_medium=referral&utm_campaign=news_feed"
    if kind == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if kind == "utm-slash":
        return (u[:-1] if u.endswith("/") else u + "/") + "?utm_source=partner"
    if kind == "fragment":
        return u + "#comments"
    if kind == "upper-http":
        return "http://" + host.upper() + path
    if kind == "amp":
        return amp_url(o)
    if kind == "mobile":
        return "https://m." + host + path
    if kind == "protocol-relative":
        return "//" + host + path
    if kind == "homepage":
        return f"https://{host}/"
    if kind == "other-article":
        return o["other_url"]
    raise KeyError(kind)


def link_html(kind, o, anchor):
    """HTML for the partner's credit at a [[anchor]] marker, for the case's link kind."""
    a = html.escape(anchor, quote=False)
    if kind in ("none", "canonical-only"):
        return a
    if kind == "text-url":
        return f"{a} ({html.escape(o['url'], quote=False)})"
    if kind == "javascript":
        return f'<a href="javascript:void(0)" onclick="window.open(\'{o["url"]}\')">{a}</a>'
    h = html.escape(href_for(kind, o), quote=True)
    if kind == "image":
        return (f'<a href="{h}" target="_blank">'
                f'<img src="/img/partners/source-logo.png" alt="{a}" width="90" height="24"></a>')
    if kind == "noindex":
        return f'<noindex><a href="{h}" target="_blank">{a}</a></noindex>'
    if kind == "noindex-nofollow":
        return f'<noindex><a href="{h}" rel="nofollow" target="_blank">{a}</a></noindex>'
    if kind == "nofollow":
        return f'<a href="{h}" rel="nofollow noopener" target="_blank">{a}</a>'
    if kind == "hidden-css":
        return f'{a}<span class="src-link" style="display:none"><a href="{h}">{a}</a></span>'
    if kind == "hidden-attr":
        return f'{a}<a href="{h}" hidden>{a}</a>'
    if kind == "noscript":
        return f'{a}<noscript><a href="{h}">{a}</a></noscript>'
    if kind == "visibility":
        return f'<a href="{h}" style="visibility: hidden">{a}</a>{a}'
    if kind == "comment":
        return f'{a}<!-- <a href="{h}">{a}</a> -->'
    return f'<a href="{h}" target="_blank">{a}</a>'


# ------------------------------------------------------------------ text effects on copied text
HOMO = dict(zip("аеорсхАЕОРСХ", "aeopcxAEOPCX", strict=True))


def fx_typography(t):
    t = t.replace("«", '"').replace("»", '"').replace(" — ", " - ").replace("—", "-")
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "", t)  # 1 200 -> 1200


def fx_disguise(t):
    out = []
    for i, w in enumerate(t.split(" ")):
        if i % 4 == 1:
            w = "".join(HOMO.get(c, c) for c in w)
        if i % 6 == 3 and len(w) > 5:
            w = w[:3] + "\u200b" + w[3:]
        if i % 9 == 5 and len(w) > 6:
            w = w[:4] + "\u00ad" + w[4:]
        out.append(w)
    return " ".join(out)


def fx_nbsp(t):
    ws = t.split(" ")
    return "".join(w + ("" if i == len(ws) - 1 else ("\u00a0" if i % 3 == 2 else " ")) for i, w in enumerate(ws))


def fx_upper(t):
    return t.upper()


def fx_spaces(t):
    return t.replace(", ", " ,  ").replace(". ", ".  ")


FX = {"typography": fx_typography, "disguise": fx_disguise, "nbsp": fx_nbsp, "upper": fx_upper, "spaces": fx_spaces}


def esc(t):
    return html.escape(t, quote=False).replace("\u00a0", "&nbsp;")


def own_html(text, kind, o):
    parts = re.split(r"\[\[(.+?)\]\]", text)
    out = []
    for i, p in enumerate(parts):
        out.append(link_html(kind, o, p) if i % 2 else esc(p))
    return "".join(out)


# ------------------------------------------------------------------ one case
def build_blocks(case, o):
    """Returns ([(tag, html)], used {(unit, sentence)})."""
    us = units(o)
    kind = case["link"]
    used = set()
    blocks = []
    case_fx = case.get("fx", [])
    for it in case["body"]:
        if "own" in it:
            blocks.append((it.get("tag", "p"), own_html(it["own"], kind, o)))
            continue
        if "html" in it:
            blocks.append((it.get("tag", "p"), it["html"]))
            continue
        if "mix" in it:
            hs = []
            for part in it["mix"]:
                if isinstance(part, str):
                    hs.append(own_html(part, kind, o))
                else:
                    r, k = part
                    used.add((r, k))
                    text = us[r][1][k]
                    for f in it.get("fx", case_fx):
                        text = FX[f](text)
                    hs.append(esc(text))
            blocks.append(("p", " ".join(hs)))
            continue
        refs = it["copy"] if isinstance(it["copy"], list) else [it["copy"]]
        pieces = []
        for r in refs:
            sents = us[r][1]
            idx = it.get("sents", list(range(len(sents)))) if len(refs) == 1 else list(range(len(sents)))
            for k in idx:
                used.add((r, k))
                pieces.append((k, sents[k]))
        tag = it.get("tag") or {"h2": "h3", "quote": "blockquote", "h1": "p", "lead": "p"}.get(us[refs[0]][0], "p")
        split = it.get("split")
        if split is None:
            groups = [[t for k, t in pieces]]
        else:
            groups = [[t for k, t in pieces[:split]], [t for k, t in pieces[split:]]]
        for gi, g in enumerate(groups):
            text = " ".join(g)
            for old, new in it.get("edits", []) if gi == 0 or split is None else []:
                assert old in text, (case["id"], old)
                text = text.replace(old, new, 1)
            if split is not None and gi == 1:
                for old, new in it.get("edits2", []):
                    assert old in text, (case["id"], old)
                    text = text.replace(old, new, 1)
            if it.get("lower") and gi == 0:
                text = text[0].lower() + text[1:]
            for f in it.get("fx", case_fx):
                text = FX[f](text)
            h = link_html(kind, o, text) if it.get("as_link") else esc(text)
            if gi == 0 and it.get("prefix"):
                h = own_html(it["prefix"], kind, o) + h
            if gi == len(groups) - 1 and it.get("suffix"):
                h = h + own_html(it["suffix"], kind, o)
            blocks.append((tag, h))
    return blocks, used


def layout_html(blocks, layout):
    if layout == "p":
        out = []
        for tag, h in blocks:
            if tag == "blockquote":
                out.append(f"<blockquote><p>{h}</p></blockquote>")
            else:
                out.append(f"<{tag}>{h}</{tag}>")
        return '<div class="article-text">\n' + "\n".join(out) + "\n</div>"
    if layout == "div":
        out = []
        for tag, h in blocks:
            cls = {"h3": "subtitle", "blockquote": "cite"}.get(tag, "txt")
            out.append(f'<div class="{cls}"><span>{h}</span></div>')
        return '<div class="news-body">\n' + "\n".join(out) + "\n</div>"
    if layout == "br":
        parts = [f"<b>{h}</b>" if tag == "h3" else h for tag, h in blocks]
        return '<div class="news-text">\n' + "\n<br><br>\n".join(parts) + "\n</div>"
    if layout == "table":
        rows = [f'<tr><td class="{"sub" if tag == "h3" else "text"}">{h}</td></tr>' for tag, h in blocks]
        return '<table class="content" width="100%" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"
    raise KeyError(layout)


def republished_page(case, o, p, blocks, title_html, title_text):
    L = p["labels"]
    menu = "".join(f'<li><a href="/{slug}/">{html.escape(t)}</a></li>' for t, slug in p["menu"])
    side = "".join(f'<li><a href="/news/{slug}.html">{html.escape(t)}</a></li>' for t, slug in p["sidebar"])
    if case.get("sidebar_link"):
        side += f'<li class="partner-feed">{own_html(case["sidebar_link"], case["link"], o)}</li>'
    ci = case["n"] % len(p["comments"])
    comments = [p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]]
    com = "".join(f'<div class="comment"><div class="comment-author">{html.escape(a)}</div>'
                  f'<div class="comment-text">{html.escape(t)}</div></div>' for a, t in comments)
    head_extra = ""
    if case["link"] == "canonical-only":
        head_extra = f'<link rel="canonical" href="{html.escape(o["url"], quote=True)}">\n'
    else:
        head_extra = f'<link rel="canonical" href="{html.escape(case["republished_url"], quote=True)}">\n'
    body = layout_html(blocks, case.get("layout", "p"))
    rep_url = html.escape(case["republished_url"], quote=True)
    share = "".join(f'<a class="share-{s}" href="https://{s}.example/share?u={rep_url}">{s}</a>'
                    for s in ("facebook", "telegram", "whatsapp"))
    if p["style"] == "table":
        return f"""<!DOCTYPE html>
<html lang="{p['lang']}"><head><meta charset="utf-8"><title>{html.escape(title_text)} | {html.escape(p['name'])}</title>
{head_extra}<link rel="stylesheet" href="/css/old.css"></head>
<body bgcolor="#ffffff">
<table width="980" align="center" border="0"><tr><td colspan="2" class="top">\
<a href="/"><img src="/img/logo.gif" alt="{html.escape(p['name'])}"></a> {html.escape(p['slogan'])}</td></tr>
<tr><td colspan="2" class="menu"><ul>{menu}</ul></td></tr>
<tr><td width="700" valign="top">
<h1 class="title">{title_html}</h1>
<div class="date">{html.escape(case['date'])} | {html.escape(L['views'])}: {case['n'] * 37 + 112}</div>
{body}
<div class="share">{share}</div>
<div class="comments"><h4>{html.escape(L['comments'])}</h4>{com}</div>
</td><td width="280" valign="top" class="right"><h4>{html.escape(L['latest'])}</h4><ul>{side}</ul></td></tr>
<tr><td colspan="2" class="footer">{html.escape(p['footer'])}</td></tr></table>
</body></html>
"""
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title_text)} — {html.escape(p['name'])}</title>
<meta property="og:site_name" content="{html.escape(p['name'])}">
{head_extra}</head>
<body>
<header class="site-header"><div class="logo"><a href="/">{html.escape(p['name'])}</a></div>
<nav class="main-menu"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="{html.escape(L['search'])}"></form></header>
<div class="container">
<main class="content">
<article class="post">
<div class="breadcrumbs"><a href="/">{html.escape(L['home'])}</a> / \
<a href="/{p['menu'][0][1]}/">{html.escape(p['menu'][0][0])}</a></div>
<h1 class="post-title">{title_html}</h1>
<div class="post-meta"><span class="date">{html.escape(case['date'])}</span> \
<span class="views">{case['n'] * 37 + 112}</span></div>
{body}
<div class="post-share">{share}</div>
</article>
<section class="comments"><h3>{html.escape(L['comments'])} (2)</h3>{com}</section>
</main>
<aside class="sidebar"><h3>{html.escape(L['latest'])}</h3><ul>{side}</ul>
<div class="banner"><a href="/reklama/">{html.escape(L['ad'])}</a></div></aside>
</div>
<footer class="site-footer"><p>{html.escape(p['footer'])}</p>\
<p><a href="/about/">{html.escape(L['about'])}</a> · <a href="/contacts/">{html.escape(L['contacts'])}</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ originals
SITES = {
    "dala": dict(name="DalaNews", home="https://dalanews.kz/",
                 menu_kk=["Басты", "Қоғам", "Саясат", "Экономика", "Білім", "Спорт", "Мәдениет"],
                 menu_ru=["Главная", "Общество", "Политика", "Экономика", "Город", "Спорт", "Культура"]),
    "ertis": dict(name="Ертіс-Ақпарат", home="https://ertis-aqparat.kz/",
                  menu_kk=["Жаңалықтар", "Қала", "Аудандар", "Экономика", "Спорт", "Видео"]),
}
RIGHTS = {"kk": "Материалды пайдаланғанда белсенді гиперсілтеме міндетті.",
          "ru": "При использовании материалов активная гиперссылка обязательна."}
OLAB = {"kk": dict(share="Бөлісу", related="Оқи отырыңыз", tags="Тегтер", author="Автор", views="Қаралым"),
        "ru": dict(share="Поделиться", related="Читайте также", tags="Теги", author="Автор", views="Просмотры")}


def original_page_old_cms(o):
    """Ertis-Aqparat runs an old table CMS: the body is one <br><br> text box with the caption, an inline
    read-also line, the author line and the rights notice inside it."""
    s = SITES[o["site"]]
    L = OLAB[o["lang"]]

    def e(u):
        return html.escape(u, quote=True)

    parts = [f"<b>{html.escape(' '.join(o['standfirst']), quote=False)}</b>"]
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = html.escape(" ".join(sents), quote=False)
        parts.append(f"<b>{t}</b>" if kind == "h2" else t)
        if i == 0:
            parts.append(f'<img src="/files/{o["id"]}.jpg" width="600"><br><i>{html.escape(o["caption"])}</i>')
        if i == 4:
            t0, u0 = o["related"][0]
            parts.append(f'<b>{L["related"]}:</b> <a href="{e(u0)}">{html.escape(t0)}</a>')
    parts.append(html.escape(o["author"]))
    parts.append(f"<i>{RIGHTS[o['lang']]}</i>")
    menu = "".join(f'<td class="m"><a href="{s["home"]}cat/{i}/">{html.escape(m)}</a></td>'
                   for i, m in enumerate(s["menu_kk"]))
    side = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in o["related"])
    share = " ".join(f'<a href="https://{n}.example/share?url={e(o["url"])}">{n.capitalize()}</a>'
                     for n in ("facebook", "telegram", "whatsapp"))
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
<meta charset="utf-8">
<title>{html.escape(o['headline'])} - {html.escape(s['name'])}</title>
<link rel="canonical" href="{e(o['url'])}">
<link rel="amphtml" href="{e(amp_url(o))}">
<meta property="og:url" content="{e(o['url'])}">
</head>
<body>
<table width="1000" align="center" cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="2" class="head">\
<a href="{s['home']}"><img src="/img/logo.png" alt="{html.escape(s['name'])}"></a></td></tr>
<tr><td colspan="2"><table class="menu"><tr>{menu}</tr></table></td></tr>
<tr><td width="720" valign="top" class="content">
<div class="news-title"><h1>{html.escape(o['headline'])}</h1></div>
<div class="news-date">{html.escape(o['date'])} | {L['views']}: 512</div>
<div class="news-text">
{("<br><br>" + chr(10)).join(parts)}
</div>
<div class="news-tags">{L['tags']}: {", ".join(html.escape(t) for t in o['tags'])}</div>
<div class="news-share">{L['share']}: {share}</div>
</td>
<td width="280" valign="top" class="right"><div class="block-title">{L['related']}</div><ul>{side}</ul></td></tr>
<tr><td colspan="2" class="foot">© 2009-2026 {html.escape(s['name'])}. {RIGHTS[o['lang']]}</td></tr>
</table>
</body>
</html>
"""


def original_page(o):
    s = SITES[o["site"]]
    if o["site"] == "ertis":
        return original_page_old_cms(o)
    L = OLAB[o["lang"]]
    menu = s.get("menu_" + o["lang"], s["menu_kk"])
    nav = "".join(f'<li><a href="{s["home"]}{o["lang"]}/{i}/">{html.escape(m)}</a></li>' for i, m in enumerate(menu))
    body = []
    for kind, sents in o["blocks"]:
        t = html.escape(" ".join(sents), quote=False)
        if kind == "h2":
            body.append(f"<h2>{t}</h2>")
        elif kind == "quote":
            body.append(f'<blockquote class="quote"><p>{t}</p></blockquote>')
        else:
            body.append(f"<p>{t}</p>")
    # the photo sits after the first paragraph
    body.insert(1, f'<figure class="article-photo"><img src="/uploads/2026/11/{o["id"]}.jpg" alt="">'
                   f'<figcaption>{html.escape(o["caption"])}</figcaption></figure>')
    rel = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in o["related"])
    tags = "".join(f'<a class="tag" href="{s["home"]}tag/{i}/">{html.escape(t)}</a>' for i, t in enumerate(o["tags"]))

    def e(u):
        return html.escape(u, quote=True)

    share = "".join(f'<a class="share-btn share-{n}" href="https://{n}.example/share?url={e(o["url"])}">'
                    f'{n.capitalize()}</a>' for n in ("facebook", "telegram", "whatsapp", "vk"))
    ld_headline = json.dumps(o["headline"], ensure_ascii=False)
    year_line = f"© 2014–2026 {s['name']}. {RIGHTS[o['lang']]}"
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(o['headline'])} | {html.escape(s['name'])}</title>
<link rel="canonical" href="{e(o['url'])}">
<link rel="amphtml" href="{e(amp_url(o))}">
<meta property="og:url" content="{e(o['url'])}">
<meta property="og:title" content="{e(o['headline'])}">
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": {ld_headline}}}</script>
</head>
<body>
<div class="top-bar"><span class="weather">Астана −7° · Алматы +2°</span> \
<a href="{s['home']}kk/">ҚАЗ</a> | <a href="{s['home']}ru/">РУС</a></div>
<header><a class="logo" href="{s['home']}">{html.escape(s['name'])}</a>
<nav class="menu"><ul>{nav}</ul></nav></header>
<main class="page">
<div class="breadcrumbs"><a href="{s['home']}">{html.escape(menu[0])}</a> › \
<span>{html.escape(o['rubric'])}</span></div>
<article class="article">
<h1 class="article-title">{html.escape(o['headline'])}</h1>
<div class="article-meta"><span class="author">{L['author']}: {html.escape(o['author'])}</span> \
<time>{html.escape(o['date'])}</time> <span class="views">{L['views']}: 1 284</span></div>
<div class="article-lead">{html.escape(" ".join(o['standfirst']), quote=False)}</div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-tags">{L['tags']}: {tags}</div>
<div class="article-share"><span>{L['share']}:</span> {share}</div>
<div class="rights-notice">{RIGHTS[o['lang']]}</div>
</article>
<section class="related"><h3>{L['related']}</h3><ul>{rel}</ul></section>
</main>
<footer class="footer"><ul class="footer-menu">{nav}</ul><p>{html.escape(year_line)}</p><p>18+</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ main
def main():
    out = HERE
    for d in os.listdir(out):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(out, d))
    P = {p["id"]: p for p in PARTNERS}
    lines = []
    for n, case in enumerate(CASES):
        case = dict(case, n=n, id=f"c{n:04d}")
        o = ORIG[case["orig"]]
        p = P[case["partner"]]
        assert p["lang"] == o["lang"] or case.get("cross_lang"), case["id"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        case.setdefault("date", p["date"])
        blocks, used = build_blocks(case, o)
        us = units(o)
        title = case["title"]
        if isinstance(title, int):
            used.add((title, 0))
            tt = us[title][1][0]
            for old, new in case.get("title_edits", []):
                assert old in tt, (case["id"], old)
                tt = tt.replace(old, new, 1)
            for f in case.get("title_fx", case.get("fx", [])):
                tt = FX[f](tt)
        else:
            tt = title
        page = republished_page(case, o, p, blocks, esc(tt), tt)
        total = sum(len(tokens(s)) for _, ss in us for s in ss)
        reused = sum(len(tokens(us[u][1][k])) for u, k in used)
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
        d = os.path.join(out, case["id"])
        os.makedirs(d)
        with open(os.path.join(d, "original.html"), "w", encoding="utf-8") as f:
            f.write(original_page(o))
        with open(os.path.join(d, "republished.html"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        lines.append(json.dumps(truth, ensure_ascii=False))
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} cases written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
