#!/usr/bin/env python3
"""Build the second hand-written Kazakh/Russian republication benchmark from src/*.json.

  python benchmarks/handcases2/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  5 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks, each a list of
                    sentences) on two invented outlets (Арна Ақпарат, Степной вестник)
src/partners.json   6 invented partner sites
src/cases.json      one dict per republication (see README.md for the item kinds)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original sentence the
partner copied (verbatim or lightly edited), each counted once; a `sub` part counts only the tokens of the
copied substring. The partner's own text and rewritten sentences count 0. Deterministic: no randomness.
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


# ------------------------------------------------------------------ links
QUALIFIES = {"exact", "noopener", "redirect", "print", "canonical-plus", "headline"}
NOT_QUALIFYING = {"none", "lang-other", "button", "iframe-srcdoc"}


def href_for(kind, o, p):
    u = o["url"]
    if kind in ("exact", "noopener", "canonical-plus", "headline"):
        return u
    if kind == "print":
        return u + "?print=1"
    if kind == "redirect":
        return f"https://{p['host']}/away?url={quote(u, safe='')}"
    if kind == "lang-other":
        return o["alt_url"]
    raise KeyError(kind)


def link_html(kind, o, p, anchor):
    a = esc(anchor)
    if kind in ("none", "headline"):
        return a
    if kind == "button":
        return f'<button type="button" class="source-btn" onclick="location.href=\'{attr(o["url"])}\'">{a}</button>'
    if kind == "iframe-srcdoc":
        inner = f'<a href="{attr(o["url"])}" target="_top">{a}</a>'
        return f'<iframe class="source-frame" width="220" height="24" srcdoc="{attr(inner)}"></iframe>'
    h = attr(href_for(kind, o, p))
    if kind == "noopener":
        return f'<a href="{h}" rel="noopener noreferrer" target="_blank">{a}</a>'
    if kind == "redirect":
        return f'<a href="{h}" rel="nofollow" target="_blank">{a}</a>'
    return f'<a href="{h}">{a}</a>'


def own_html(text, kind, o, p):
    parts = re.split(r"\[\[(.+?)\]\]", text)
    return "".join(link_html(kind, o, p, x) if i % 2 else esc(x) for i, x in enumerate(parts))


# ------------------------------------------------------------------ text effects on copied text
KK_LOOKALIKE = dict(zip("әқңөұүһіғӘҚҢӨҰҮҺІҒ", "акноуухигАКНОУУХИГ", strict=True))


def fx_kk_lookalike(t):
    return "".join(KK_LOOKALIKE.get(c, c) for c in t)


def fx_straight_quotes(t):
    return t.replace("«", '"').replace("»", '"').replace(" — ", " - ")


def fx_soft_hyphens(t):
    def hyph(m):
        w = m.group(0)
        return "\u00ad".join(w[i:i + 4] for i in range(0, len(w), 4)) if len(w) >= 8 else w
    return re.sub(r"\w+", hyph, t)


def fx_numbers(t):
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "", t)


FX = {"kk-lookalike": fx_kk_lookalike, "straight-quotes": fx_straight_quotes, "soft-hyphens": fx_soft_hyphens,
      "numbers": fx_numbers}


def html_br_inside(h, every):
    """A <br> after every `every`-th word: line breaks inside sentences."""
    ws = h.split(" ")
    return "".join(w + ("" if i == len(ws) - 1 else ("<br>\n" if i % every == every - 1 else " "))
                   for i, w in enumerate(ws))


# ------------------------------------------------------------------ one case
def render_copy(text, it, case_fx):
    for old, new in it.get("edits", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    for f in it.get("fx", case_fx):
        text = FX[f](text)
    h = esc(text)
    if it.get("br"):
        h = html_br_inside(h, it["br"])
    for old, new in it.get("hedits", []):
        assert old in h, old
        h = h.replace(old, new, 1)
    return h


def build_body(case, o, p):
    """Returns (html, used {(unit, sentence): tokens})."""
    us = units(o)
    kind = case["link"]
    case_fx = case.get("fx", [])
    used = {}
    out = []

    def use(u, k, n):
        used[(u, k)] = max(used.get((u, k), 0), n)

    def wrap(tag, h):
        if tag == "none":
            return h
        cls = {"blockquote": "<blockquote><p>{}</p></blockquote>"}.get(tag)
        return cls.format(h) if cls else f"<{tag}>{h}</{tag}>"

    for it in case["body"]:
        if "raw" in it:
            r = it["raw"].replace("{HREF}", attr(o["url"]))
            out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: link_html(kind, o, p, m.group(1)), r))
        elif "own" in it:
            out.append(wrap(it.get("tag", "p"), own_html(it["own"], kind, o, p)))
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
                    use(u, k, len(tokens(part["sub"])))
                    sent = part["sub"]
                else:
                    use(u, k, len(tokens(sent)))
                hs.append(render_copy(sent, part, case_fx))
            out.append(wrap(it.get("tag", "p"), "".join(hs)))
        else:
            u = it["copy"]
            sents = us[u][1]
            idx = it.get("sents", list(range(len(sents))))
            for k in idx:
                use(u, k, len(tokens(sents[k])))
            h = render_copy(" ".join(sents[k] for k in idx), it, case_fx)
            if it.get("prefix"):
                h = own_html(it["prefix"], kind, o, p) + h
            if it.get("suffix"):
                h = h + own_html(it["suffix"], kind, o, p)
            default = {"h2": "h2", "quote": "blockquote"}.get(us[u][0], "p")
            out.append(wrap(it.get("tag", default), h))
    return "\n".join(out), used


LABELS = {"kk": dict(search="Іздеу", home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", ad="Жарнама",
                     about="Біз туралы", contacts="Байланыс", share="Бөлісу"),
          "ru": dict(search="Поиск", home="Главная", comments="Комментарии", latest="Последние новости",
                     ad="Реклама", about="О редакции", contacts="Контакты", share="Поделиться")}


def republished_page(case, o, p, body, title_html, title_text):
    L = LABELS[p["lang"]]
    menu = "".join(f'<li><a href="/{slug}/">{esc(t)}</a></li>' for t, slug in p["menu"])
    side = "".join(f'<li><a href="/{p["path"]}/{slug}">{esc(t)}</a></li>' for t, slug in p["sidebar"])
    ci = case["n"] % len(p["comments"])
    com = "".join(f'<div class="comment"><b>{esc(a)}</b><p>{esc(t)}</p></div>'
                  for a, t in (p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]))
    canon = o["url"] if case["link"] == "canonical-plus" else case["republished_url"]
    share = "".join(f'<a class="sh-{s}" href="https://{s}.example/share?u={attr(case["republished_url"])}">{s}</a>'
                    for s in ("facebook", "telegram", "whatsapp"))
    after = case.get("after_body", "")
    if p["template"] == "magazine":
        return f"""<!DOCTYPE html>
<html lang="{p['lang']}"><head><meta charset="utf-8">
<title>{esc(title_text)} :: {esc(p['name'])}</title>
<link rel="canonical" href="{attr(canon)}">
<style>.acc-panel{{display:none}} .acc-open .acc-panel{{display:block}}</style>
</head>
<body class="magazine">
<div id="topline"><a href="/">{esc(p['name'])}</a> <span>{esc(p['date'])}</span></div>
<div id="nav"><ul>{menu}</ul></div>
<div id="wrap">
<div id="left"><div class="widget"><h4>{esc(L['latest'])}</h4><ul>{side}</ul></div>
<div class="widget ad"><a href="/adv/">{esc(L['ad'])}</a></div></div>
<div id="center">
<div class="story">
<h1>{title_html}</h1>
<div class="story-info">{esc(case['date'])}</div>
<div class="story-text">
{body}
</div>
{after}
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
<link rel="canonical" href="{attr(canon)}">
<style>.acc-panel{{display:none}} .acc-open .acc-panel{{display:block}}</style>
</head>
<body>
<header class="site-header"><a class="logo" href="/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="{attr(L['search'])}"></form></header>
<div class="layout">
<main>
<article class="entry">
<div class="crumbs"><a href="/">{esc(L['home'])}</a> / <a href="/{p['menu'][0][1]}/">{esc(p['menu'][0][0])}</a></div>
<h1 class="entry-title">{title_html}</h1>
<div class="entry-meta"><time>{esc(case['date'])}</time></div>
<div class="entry-content">
{body}
</div>
{after}
<div class="entry-share">{share}</div>
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
RIGHTS = {"kk": "Материалды толық немесе ішінара пайдаланғанда тікелей гиперсілтеме міндетті.",
          "ru": "При полном или частичном использовании материалов прямая гиперссылка обязательна."}


def original_arna(o):
    """Арна Ақпарат: a WordPress-like page; the lead is a bold first paragraph of the body, a 'read also' insert
    and a Telegram box sit between the paragraphs, the author line closes the body."""
    body = [f'<p class="lead"><strong>{esc(" ".join(o["standfirst"]))}</strong></p>']
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if kind == "h2":
            body.append(f"<h2>{t}</h2>")
        elif kind == "quote":
            body.append(f'<blockquote class="wp-block-quote"><p>{t}</p></blockquote>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 0:
            body.append(f'<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/{o["id"]}.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
        if i == 3:
            t0, u0 = o["related"][0]
            body.append(f'<div class="also-read"><span>Сондай-ақ оқыңыз:</span> '
                        f'<a href="{attr(u0)}">{esc(t0)}</a></div>')
        if i == 6:
            body.append('<div class="tg-box">Жаңалықтарды бірінші болып біліңіз: '
                        '<a href="https://t.me/arna_aqparat_example">Telegram-арнамызға</a> жазылыңыз!</div>')
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = " ".join(f'<a rel="tag" href="https://arna-aqparat.kz/tag/{i}/">#{esc(t)}</a>'
                    for i, t in enumerate(o["tags"]))
    return f"""<!DOCTYPE html>
<html lang="kk-KZ">
<head>
<meta charset="UTF-8">
<title>{esc(o['headline'])} &#8211; Арна Ақпарат</title>
<link rel="canonical" href="{attr(o['url'])}">
<meta property="og:url" content="{attr(o['url'])}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body class="post-template-default single single-post">
<div class="td-header"><a class="td-logo" href="https://arna-aqparat.kz/">Арна Ақпарат</a>
<ul class="td-menu"><li><a href="https://arna-aqparat.kz/zhanalyqtar/">Жаңалықтар</a></li>\
<li><a href="https://arna-aqparat.kz/qogam/">Қоғам</a></li><li><a href="https://arna-aqparat.kz/ekonomika/">Экономика</a></li>\
<li><a href="https://arna-aqparat.kz/video/">Бейне</a></li></ul></div>
<div class="td-main-content">
<div class="td-category"><a href="https://arna-aqparat.kz/zhanalyqtar/">{esc(o['rubric'])}</a></div>
<header class="td-post-title"><h1 class="entry-title">{esc(o['headline'])}</h1>
<div class="td-module-meta-info"><span class="td-post-date">{esc(o['date'])}</span>
<span class="td-post-views">2 017</span></div></header>
<div class="td-post-content">
{chr(10).join(body)}
<p class="author-line"><em>{esc(o['author'])}</em></p>
</div>
<div class="td-post-source-tags">{tags}</div>
<div class="td-post-sharing"><a href="https://facebook.example/sharer?u={attr(o['url'])}">Facebook</a> \
<a href="https://telegram.example/share?url={attr(o['url'])}">Telegram</a> \
<a href="{attr(o['url'])}?print=1" class="print">Басып шығару</a></div>
<div class="td-related"><h4>Тақырыпқа қатысты</h4><ul>{rel}</ul></div>
<div class="rights">{esc(RIGHTS['kk'])}</div>
</div>
<footer class="td-footer">© 2019–2026 Арна Ақпарат. {esc(RIGHTS['kk'])}</footer>
</body>
</html>
"""


def original_step(o):
    """Степной вестник: a bilingual portal (/kz/ and /ru/ versions of one article id); headline and lead in a
    header block, the body in itemprop=articleBody with a 'read also' card and a photo gallery."""
    lang = o["lang"]
    ru = lang == "ru"
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if kind == "h2":
            body.append(f"<h3>{t}</h3>")
        elif kind == "quote":
            body.append(f'<div class="material-quote"><p>{t}</p></div>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 2:
            t0, u0 = o["related"][0]
            lab = "Читайте также" if ru else "Оқи отырыңыз"
            body.append(f'<div class="read-also"><b>{lab}:</b> <a href="{attr(u0)}">{esc(t0)}</a></div>')
        if i == 5:
            body.append(f'<div class="gallery"><img src="/media/{o["id"]}-1.jpg" alt="">'
                        f'<img src="/media/{o["id"]}-2.jpg" alt="">'
                        f'<p class="gallery-caption">{esc(o["caption"])}</p></div>')
    other = "kz" if ru else "ru"
    L = dict(author="Автор" if ru else "Авторы", print="Версия для печати" if ru else "Басып шығару",
             err="Нашли ошибку? Выделите текст и нажмите Ctrl+Enter" if ru
             else "Қате тапсаңыз, мәтінді белгілеп, Ctrl+Enter басыңыз",
             news="Новости" if ru else "Жаңалықтар")
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    tags = ", ".join(f'<a href="https://stepvestnik.kz/{lang}/tag/{esc(t)}">{esc(t)}</a>' for t in o["tags"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Степной вестник</title>
<link rel="canonical" href="{attr(o['url'])}">
<link rel="alternate" hreflang="{other}" href="{attr(o['alt_url'])}">
<meta property="og:url" content="{attr(o['url'])}">
</head>
<body>
<div class="header"><a href="https://stepvestnik.kz/{lang}/" class="logo">Степной вестник</a>
<div class="lang-switch"><a href="{attr(o['alt_url'])}">{other.upper()}</a></div>
<ul class="nav"><li><a href="https://stepvestnik.kz/{lang}/news/">{L['news']}</a></li>\
<li><a href="https://stepvestnik.kz/{lang}/city/">{esc(o['rubric'])}</a></li></ul></div>
<div class="material" itemscope itemtype="https://schema.org/NewsArticle">
<header class="material-header">
<h1 itemprop="headline">{esc(o['headline'])}</h1>
<div class="material-lead" itemprop="description">{esc(" ".join(o['standfirst']))}</div>
<div class="material-meta">{L['author']}: {esc(o['author'])} · {esc(o['date'])} · \
<a href="{attr(o['url'])}?print=1">{L['print']}</a></div>
</header>
<div class="material-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="material-tags">{tags}</div>
<div class="material-error">{L['err']}</div>
</div>
<div class="more"><ul>{rel}</ul></div>
<div class="footer">© Степной вестник, 2012–2026. {esc(RIGHTS[lang])}</div>
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
        body, used = build_body(case, o, p)
        us = units(o)
        title = case["title"]
        if isinstance(title, int):
            used[(title, 0)] = len(tokens(us[title][1][0]))
            tt = us[title][1][0]
        else:
            tt = title
        th = esc(tt)
        if case["link"] == "headline":
            th = f'<a href="{attr(o["url"])}" target="_blank">{th}</a>'
        page = republished_page(case, o, p, body, th, tt)
        total = sum(len(tokens(s)) for _, ss in us for s in ss)
        reused = sum(used.values())
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
        orig_html = original_arna(o) if o["site"] == "arna" else original_step(o)
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
