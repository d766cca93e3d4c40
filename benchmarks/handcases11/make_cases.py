#!/usr/bin/env python3
"""Build the eleventh hand-written republication benchmark (Kazakh, Russian, English): the ORIGINAL's page is the
hard side. A live blog with timestamped entries, an interview in Q&A form with long answers, a photo story whose
text is mostly captions, an article with a long table of figures, an article quoting a long official statement in
a <blockquote>, an article with footnotes and a sources list, an article in numbered chapters, a long read of
1500+ words copied in many short pieces, a 40-word brief, headline-only republications, and an article whose
standfirst repeats its first paragraph's opening sentence. The partner pages are ordinary news pages.

  python benchmarks/handcases11/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.py  10 invented originals (L1 I1 P1 T1 S1 F1 C1 B1 D1 R1); units 0 headline, 1 standfirst, 2.. blocks
src/cases.py      the partner sites and one dict per case (see README.md for the item kinds)

Truth is computed here, never by hand (README.md "How truth is counted"). Deterministic: no randomness.
"""
import html
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, os.path.join(HERE, "src"))
from cases import CASES, PARTNERS  # noqa: E402
from originals import ORIGINALS  # noqa: E402

TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN
MIN_PASSAGE = 8  # the default policy's min_passage_words
LINE = 0.30
NOT_TEXT = ("fig", "src")  # block kinds that are not article text (captions, sources list)


def tokens(s):
    return TOKEN.findall(s)


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


def sent_text(s):
    return s if isinstance(s, str) else " ".join(s)  # a table row is a list of cells


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def article_keys(o):
    """(unit, k) of every sentence / row / heading that is article text."""
    return [(u, k) for u, b in enumerate(units(o)) if b[0] not in NOT_TEXT for k in range(len(b[1]))]


# ------------------------------------------------------------------ the original's page
SITES = {
    "ural": dict(name="Уральское обозрение", host="ural-obozrenie.kz", lang="ru", related="Читайте также",
                 tags="Теги", share="Поделиться", live="Онлайн", sources="Источники",
                 nav=[("Новости", "news/"), ("Онлайн", "live/"), ("Город", "gorod/")], tagl=["Уральск", "паводок"],
                 foot="© Уральское обозрение, 2010–2026. При использовании материалов гиперссылка обязательна.",
                 rel=[("В Уральске отремонтируют набережную", "news/2026/11/26/naberezhnaya-8790"),
                      ("Зимние маршруты автобусов утвердили", "news/2026/11/25/marshruty-8771")]),
    "ertis": dict(name="Ертіс таңы", host="ertis-tany.kz", lang="kk", related="Ұқсас жаңалықтар",
                  tags="Тегтер", share="Бөлісу", live="Тікелей", sources="Дереккөздер",
                  nav=[("Жаңалықтар", "kk/zhanalyqtar/"), ("Сұхбат", "kk/suhbat/"), ("Қоғам", "kk/qogam/")],
                  tagl=["Павлодар", "Семей"],
                  foot="© 2014–2026 «Ертіс таңы». Материалдарды көшіріп басқанда белсенді гиперсілтеме қою "
                       "міндетті.",
                  rel=[("Екібастұзда жаңа мектеп ашылды", "kk/zhanalyqtar/2026/11/26/mektep-5501"),
                       ("Ақсуда жол жөнделді", "kk/zhanalyqtar/2026/11/25/zhol-5490")]),
    "vestnik": dict(name="Северный вестник", host="sev-vestnik.kz", lang="ru", related="Читайте также",
                    tags="Теги", share="Поделиться", live="Онлайн", sources="Источники",
                    nav=[("Новости", "news/"), ("Общество", "news/society/"), ("Экономика", "news/economy/")],
                    tagl=["цены", "Петропавловск"],
                    foot="© Северный вестник, 2008–2026. При использовании материалов гиперссылка на "
                         "sev-vestnik.kz обязательна.",
                    rel=[("Тарифы на отопление не изменятся", "news/economy/8121-tarify.html"),
                         ("В городе открылся новый каток", "news/society/8133-katok.html")]),
    "courier": dict(name="Steppe Courier", host="steppecourier.com", lang="en", related="Related",
                    tags="Tags", share="Share", live="Live", sources="Sources",
                    nav=[("City", "city/"), ("Features", "features/"), ("Photo", "photo/")],
                    tagl=["Kazakhstan", "features"],
                    foot="© 2026 Steppe Courier. Republishing requires a link to the original article.",
                    rel=[("Astana's new bus lanes, one month on", "2026/11/20/astana-bus-lanes/"),
                         ("Karaganda's miners' museum reopens", "2026/11/18/karaganda-museum/")]),
}


def url_of(o):
    return f"https://{SITES[o['site']]['host']}/{o['slug']}"


def original_page(o):
    s = SITES[o["site"]]
    home = f"https://{s['host']}/"
    u = url_of(o)
    nav = " ".join(f'<a href="{home}{p}">{esc(t)}</a>' for t, p in s["nav"])
    marks = o.get("marks", {})
    body, live, fns = [], [], 0
    for i, (kind, sents, *extra) in enumerate(o["blocks"]):
        uidx = i + 2
        if kind == "entry":
            live.append(f'<div class="lb-entry"><time class="lb-time">{esc(extra[0])}</time>'
                        f'<div class="lb-text"><p>{esc(" ".join(sents))}</p></div>'
                        f'<a class="lb-share" href="{attr(u)}#e{len(sents)}{i}">#</a></div>')
            continue
        if live:
            body.append('<div class="liveblog">\n' + "\n".join(live) + "\n</div>")
            live = []
        if kind == "p" or kind == "a":
            parts = []
            for k, x in enumerate(sents):
                m = marks.get(f"{uidx}.{k}")
                parts.append(esc(x) + (f'<sup class="fn-ref"><a href="#fn{m}">{m}</a></sup>' if m else ""))
            body.append(f"<p>{' '.join(parts)}</p>")
        elif kind == "q":
            body.append(f'<p class="question"><strong>{esc(" ".join(sents))}</strong></p>')
        elif kind == "h2":
            body.append(f"<h2>{esc(sents[0])}</h2>")
        elif kind == "quote":
            paras = [" ".join(sents[j:j + 2]) for j in range(0, len(sents), 2)]
            body.append('<blockquote class="statement">' + "".join(f"<p>{esc(x)}</p>" for x in paras)
                        + "</blockquote>")
        elif kind == "fig":
            body.append(f'<figure class="photo"><img src="/uploads/2026/11/{extra[0]}.jpg" alt="" width="1200" '
                        f'height="800"><figcaption>{esc(" ".join(sents))}</figcaption></figure>')
        elif kind == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in sents[0])
            rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in sents[1:])
            body.append(f'<table class="data">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>')
        elif kind == "fn":
            items = []
            for x in sents:
                fns += 1
                items.append(f'<li id="fn{fns}">{esc(x)}</li>')
            body.append('<div class="footnotes"><hr><ol>' + "".join(items) + "</ol></div>")
        elif kind == "src":
            items = "".join(f'<li><a href="https://docs.example.kz/ref/{j + 1}">{esc(x)}</a></li>'
                            for j, x in enumerate(sents))
            body.append(f'<div class="sources"><h3>{esc(s["sources"])}</h3><ul>{items}</ul></div>')
        else:
            raise ValueError(kind)
    if live:
        body.append('<div class="liveblog">\n' + "\n".join(live) + "\n</div>")
    body = "\n".join(body)
    lead = (f'<p class="post-lead"><strong>{esc(" ".join(o["standfirst"]))}</strong></p>\n'
            if o["standfirst"] else "")
    badge = f'<div class="badge-live">{esc(s["live"])}</div>\n' if o["blocks"][0][0] == "entry" else ""
    tags = " ".join(f'<a href="{home}tag/{attr(t)}/">#{esc(t)}</a>' for t in s["tagl"])
    rel = "".join(f'<li><a href="{home}{p}">{esc(t)}</a></li>' for t, p in s["rel"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | {esc(s['name'])}</title>
<link rel="canonical" href="{attr(u)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<header class="head"><a class="logo" href="{home}">{esc(s['name'])}</a>
<nav>{nav}</nav></header>
<main>
<article class="post">
{badge}<h1>{esc(o['headline'])}</h1>
{lead}<div class="post-meta">{esc(o['author'])} | {esc(o['date'])}</div>
<div class="post-body">
{body}
</div>
<div class="post-tags">{esc(s['tags'])}: {tags}</div>
<div class="post-share">{esc(s['share'])}: <a href="https://facebook.example/sharer?u={attr(u)}">Facebook</a></div>
</article>
<section class="related"><h3>{esc(s['related'])}</h3><ul>{rel}</ul></section>
</main>
<footer>{esc(s['foot'])}</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ the partner's page
LABELS = {"kk": dict(home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", share="Бөлісу",
                     contacts="Байланыс", search="Іздеу", more="Оқи отырыңыз"),
          "ru": dict(home="Главная", comments="Комментарии", latest="Последние новости", share="Поделиться",
                     contacts="Контакты", search="Поиск", more="Читайте также"),
          "en": dict(home="Home", comments="Comments", latest="Latest", share="Share", contacts="Contact us",
                     search="Search", more="Also read")}


class Page:
    def __init__(self, case, o):
        self.case, self.o = case, o
        self.us = units(o)
        self.used = {}

    def use(self, key, n):
        self.used[key] = max(self.used.get(key, 0), n)

    def href(self):
        o, kind = self.o, self.case["link"]
        if kind in ("exact", "nofollow", "headline"):
            return url_of(o)
        if kind == "homepage":
            return f"https://{SITES[o['site']]['host']}/"
        return None

    def anchor(self, text):
        h, kind = self.href(), self.case["link"]
        if h is None:
            return esc(text)
        rel = ' rel="nofollow"' if kind == "nofollow" else ""
        return f'<a href="{attr(h)}"{rel} target="_blank">{esc(text)}</a>'

    def own(self, text):
        parts = re.split(r"\[\[(.+?)\]\]", text)
        return "".join(self.anchor(x) if i % 2 else esc(x) for i, x in enumerate(parts))

    def sent(self, key):
        u, k = key
        return sent_text(self.us[u][1][k])

    def copied(self, it):
        """A copied item: its page text; counts every original sentence whole (or 0 when `count` is zero)."""
        keys = [tuple(k) for k in it["c"]]
        text = it.get("t") or " ".join(self.sent(k) for k in keys)
        for key in keys:
            assert self.us[key[0]][0] not in NOT_TEXT or it.get("count") == "zero", (self.case["slug"], key)
            self.use(key, 0 if it.get("count") == "zero" else len(tokens(self.sent(key))))
        return text

    def item(self, it):
        if "own" in it:
            return f"<p>{self.own(it['own'])}</p>"
        if "mix" in it:
            h = "".join(self.own(x) if isinstance(x, str) else esc(self.copied(x)) for x in it["mix"])
            return f"<p>{h}</p>"
        if "rows" in it:  # a table of copied rows: [unit, [k, ...]] (a block of consecutive rows in order)
            u, ks = it["rows"]
            n = 0
            trs = []
            for k in ks:
                cells = self.us[u][1][k]
                tag = "th" if k == 0 else "td"
                trs.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                n += len(tokens(sent_text(cells)))
            assert n >= MIN_PASSAGE
            for k in ks:
                self.use((u, k), len(tokens(sent_text(self.us[u][1][k]))))
            cap = f"<caption>{self.own(it['caption'])}</caption>" if it.get("caption") else ""
            return f'<table class="tbl">{cap}\n' + "\n".join(trs) + "\n</table>"
        if "hl" in it:  # the original's headline as the text of a link (a teaser): counts only from 8 words on
            h = self.o["headline"]
            n = len(tokens(h))
            self.use((0, 0), n if n >= MIN_PASSAGE else 0)
            L = LABELS[self.o["lang"]]
            return (f'<div class="also"><b>{esc(it.get("label", L["more"]))}:</b> '
                    f'{self.anchor(h)}</div>')
        text = self.copied(it)
        tag = it.get("tag", "p")
        pre = self.own(it["pre"]) if it.get("pre") else ""
        body = pre + esc(text)
        if tag == "blockquote":
            return f'<blockquote><p>{body}</p></blockquote>'
        if tag == "strong":
            return f"<p><strong>{body}</strong></p>"
        if tag == "figcaption":
            return (f'<figure><img src="/img/{self.case["slug"]}-{len(self.used)}.jpg" alt="">'
                    f"<figcaption>{body}</figcaption></figure>")
        return f"<{tag}>{body}</{tag}>"

    def render(self, p):
        case = self.case
        L = LABELS[p["lang"]]
        body = "\n".join(self.item(it) for it in case["body"])
        title = case["title"]
        if title == 0:
            title = self.copied({"c": [[0, 0]]})
        menu = "".join(f'<li><a href="/{s}/">{esc(t)}</a></li>' for t, s in p["menu"])
        side = "".join(f'<li><a href="/{p["path"]}/{s}">{esc(t)}</a></li>' for t, s in p["sidebar"])
        ci = case["n"] % len(p["comments"])
        com = "".join(f'<div class="comment"><b>{esc(a)}</b><p>{esc(t)}</p></div>'
                      for a, t in (p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]))
        url = case["republished_url"]
        share = "".join(f'<a class="sh-{s}" href="https://{s}.example/share?u={attr(url)}">{s}</a>'
                        for s in ("facebook", "telegram", "whatsapp"))
        return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — {esc(p['name'])}</title>
<link rel="canonical" href="{attr(url)}">
</head>
<body>
<header class="site-header"><a class="logo" href="https://{p['host']}/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="{attr(L['search'])}"></form></header>
<div class="layout">
<main>
<article class="entry">
<div class="crumbs"><a href="https://{p['host']}/">{esc(L['home'])}</a> / \
<a href="/{p['menu'][0][1]}/">{esc(p['menu'][0][0])}</a></div>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><time>{esc(p['date'])}</time></div>
<div class="entry-content">
{body}
</div>
<div class="entry-share">{esc(L['share'])}: {share}</div>
</article>
<section class="comments"><h3>{esc(L['comments'])}</h3>{com}</section>
</main>
<aside class="sidebar"><h3>{esc(L['latest'])}</h3><ul>{side}</ul></aside>
</div>
<footer><p>{esc(p['footer'])}</p><p><a href="/contacts/">{esc(L['contacts'])}</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ main
def side_of(frac):
    if frac >= 0.90:
        return "full"
    if abs(frac - LINE) <= 0.02:
        return "near"
    return "over" if frac > LINE else "under"


def main():
    partners = {p["id"]: p for p in PARTNERS}
    for d in os.listdir(HERE):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(HERE, d))
    lines = []
    for n, case in enumerate(CASES):
        case = dict(case, n=n, id=f"c{n:04d}")
        o = dict(ORIGINALS[case["orig"]], id=case["orig"])
        p = partners[case["partner"]]
        assert case["link"] in ("exact", "nofollow", "headline", "homepage", "none"), case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        pg = Page(case, o)
        page = pg.render(p)
        # a sentence printed twice in the original (D1: the standfirst repeats the first paragraph's opening):
        # a copy of that text reproduces both places, so both count
        for key in list(pg.used):
            for other in article_keys(o):
                if other != key and pg.sent(other) == pg.sent(key):
                    pg.use(other, pg.used[key])
        ourl = url_of(o)
        link_ok = case["link"] in ("exact", "nofollow", "headline")
        if link_ok:
            assert f'href="{attr(ourl)}"' in page, case["id"]
        else:
            assert attr(ourl) not in page, case["id"]
        total = sum(len(tokens(pg.sent(k))) for k in article_keys(o))
        reused = sum(pg.used.values())
        if "expect" in case:
            assert reused == case["expect"], (case["id"], case["slug"], reused, case["expect"])
        frac = reused / total
        excess = frac > LINE
        missing = reused > 0 and not link_ok
        full = frac >= 0.90
        truth = dict(id=case["id"], original_url=ourl, republished_url=case["republished_url"], lang=o["lang"],
                     mode=case["mode"], transform=case["transform"], link=case["link"],
                     reused_words=reused, original_words=total, reused_fraction=round(frac, 4), link_ok=link_ok,
                     expected_violations=sorted((["excess-reuse"] if excess else [])
                                                + (["missing-link"] if missing else [])),
                     compliant=not (excess or missing or full), verdict_scored=True,
                     notes=case["notes"], original=o["id"], partner=p["host"], side=side_of(frac))
        d = os.path.join(HERE, case["id"])
        os.makedirs(d)
        for name, text in (("original.html", original_page(o)), ("republished.html", page)):
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
