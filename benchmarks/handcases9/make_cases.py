#!/usr/bin/env python3
"""Build the ninth hand-written republication benchmark (Kazakh, Russian, English): how editors edit what they
copy. Sentences split and merged, direct speech turned into reported speech and back, active/passive swaps,
numbers, dates and abbreviations re-written, synonyms every few words, word order changed, summaries keeping a
few verbatim clauses, a rewritten headline over a copied body, the partner's bracketed comments inside copied
sentences, quotes given to another speaker, every sentence cut short, typos, Kazakh case endings and Russian case
changes, English tense / number changes, and copies placed in an image's alt text, a <figcaption>, a
<blockquote> or a table's cells.

  python benchmarks/handcases9/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.py  3 invented originals (k1 kk, r1 ru, e1 en); units 0 headline, 1 standfirst, 2.. blocks
src/cases.py      the partner sites and one dict per case (see README.md for the item kinds)

Truth is computed here, never by hand (README.md "How truth is counted"): reused_words = syndbench TOKEN count of
the original words of every copied sentence (each sentence once, the largest count if it appears twice): a
sentence copied with light edits counts all its words (`count` "whole"), a copy that keeps only parts of a
sentence counts the words of the parts (`sub`, each an exact substring of the original sentence; a part under 8
words counts 0), a retelling or text a reader does not see counts 0. Deterministic: no randomness.
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


def tokens(s):
    return TOKEN.findall(s)


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


def units(o):
    return [("h1", [o["headline"]]), ("lead", o["standfirst"]), *o["blocks"]]


def typo(text):
    """Deterministic typing slips: in every third word of 5+ letters, two inner letters swapped."""
    out, n = [], 0
    for w in re.split(r"(\s+)", text):
        core = re.match(r"^([«“(]*)([^\W\d_]{5,})(.*)$", w)
        if core:
            n += 1
            if n % 3 == 2:
                a, b, c = core.groups()
                b = b[0] + b[2] + b[1] + b[3:]
                w = a + b + c
        out.append(w)
    return "".join(out)


# ------------------------------------------------------------------ the partner's page
LABELS = {"kk": dict(home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", share="Бөлісу",
                     contacts="Байланыс", search="Іздеу"),
          "ru": dict(home="Главная", comments="Комментарии", latest="Последние новости", share="Поделиться",
                     contacts="Контакты", search="Поиск"),
          "en": dict(home="Home", comments="Comments", latest="Latest", share="Share", contacts="Contact us",
                     search="Search")}


class Page:
    def __init__(self, case, o):
        self.case, self.o = case, o
        self.us = units(o)
        self.used = {}
        self.pieces = []  # (page text, original sentence) pairs, for the sanity check

    def use(self, key, n):
        self.used[key] = max(self.used.get(key, 0), n)

    def own(self, text):
        parts = re.split(r"\[\[(.+?)\]\]", text)
        out = []
        for i, x in enumerate(parts):
            if i % 2 and self.case["link"] == "exact":
                out.append(f'<a href="{attr(self.o["url"])}" target="_blank">{esc(x)}</a>')
            else:
                out.append(esc(x))
        return "".join(out)

    def copied(self, it):
        """A copied item: its page text and what it counts."""
        keys = [tuple(k) for k in it["c"]]
        sents = [self.us[u][1][k] for u, k in keys]
        text = it.get("t") or " ".join(sents)
        if it.get("fx") == "typo":
            text = typo(text)
        count = it.get("count", "whole")
        if count == "whole":
            for key, s in zip(keys, sents, strict=True):
                self.use(key, len(tokens(s)))
                self.pieces.append((text, s))
        elif count == "sub":
            subs = it["sub"]
            for key, s in zip(keys, sents, strict=True):
                n = 0
                for sub in subs.get(f"{key[0]}.{key[1]}", []):
                    assert sub in s, (self.case["slug"], sub)
                    m = len(tokens(sub))
                    if m >= MIN_PASSAGE:
                        n += m
                        self.pieces.append((text, sub))
                self.use(key, n)
        else:
            assert count == "zero", count
            for key in keys:
                self.use(key, 0)
        return text

    def item(self, it):
        pre = self.own(it["pre"]) if it.get("pre") else ""
        post = self.own(it["post"]) if it.get("post") else ""
        if "own" in it:
            return f"<p>{self.own(it['own'])}</p>"
        if "mix" in it:  # one paragraph of the partner's own words (str) and copied items (dict)
            h = "".join(self.own(x) if isinstance(x, str) else esc(self.copied(x)) for x in it["mix"])
            return f"<{it.get('tag', 'p')}>{h}</{it.get('tag', 'p')}>"
        if "rows" in it:  # a table: each row [own label, item]; an item is own text (str) or a copied item (dict)
            rows = []
            for label, cell in it["rows"]:
                c = esc(self.copied(cell)) if isinstance(cell, dict) else self.own(cell)
                rows.append(f"<tr>\n<th>{esc(label)}</th>\n<td>{c}</td>\n</tr>")
            cap = f"<caption>{esc(it['caption'])}</caption>" if it.get("caption") else ""
            return f'<table class="facts">{cap}<tbody>\n{"".join(rows)}</tbody></table>'
        text = self.copied(it)
        tag = it.get("tag", "p")
        body = pre + esc(text) + post
        if tag == "blockquote":
            return f'<blockquote class="cite"><p>{body}</p></blockquote>'
        if tag == "figcaption":
            return (f'<figure class="wp-caption"><img src="/uploads/2026/11/{self.case["slug"]}.jpg" alt="">'
                    f"<figcaption>{body}</figcaption></figure>")
        if tag == "alt":
            return (f'<figure class="wp-caption"><img src="/uploads/2026/11/{self.case["slug"]}.jpg" '
                    f'alt="{attr(text)}" title="{attr(text)}" width="800" height="533">'
                    f"<figcaption>{self.own(it['caption'])}</figcaption></figure>")
        return f"<{tag}>{body}</{tag}>"

    def render(self, p):
        case = self.case
        L = LABELS[p["lang"]]
        body = "\n".join(self.item(it) for it in case["body"])
        title = case["title"]
        if isinstance(title, dict):
            title = self.copied(title)
        elif title == 0:
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


# ------------------------------------------------------------------ the original's page
SITES = {
    "tobyl": dict(name="Тобыл таңы", home="https://tobyl-tany.kz/", lang="kk", related="Ұқсас жаңалықтар",
                  tags="Тегтер", share="Бөлісу", sub="h2",
                  nav=[("Жаңалықтар", "kk/news/"), ("Аймақ", "kk/aimaq/"), ("Қоғам", "kk/qogam/")],
                  foot="© 2012–2026 «Тобыл таңы». Материалдарды көшіріп басқанда белсенді гиперсілтеме қою "
                       "міндетті."),
    "vestnik": dict(name="Северный вестник", home="https://sev-vestnik.kz/", lang="ru", related="Читайте также",
                    tags="Теги", share="Поделиться", sub="h3",
                    nav=[("Новости", "news/"), ("Общество", "news/society/"), ("Экономика", "news/economy/")],
                    foot="© Северный вестник, 2008–2026. При использовании материалов гиперссылка на "
                         "sev-vestnik.kz обязательна."),
    "courier": dict(name="Steppe Courier", home="https://steppecourier.com/", lang="en", related="Related",
                    tags="Tags", share="Share", sub="h2",
                    nav=[("City", "city/"), ("Business", "business/"), ("Culture", "culture/")],
                    foot="© 2026 Steppe Courier. Republishing requires a link to the original article."),
}


def original_page(o):
    s = SITES[o["site"]]
    u = o["url"]
    nav = " ".join(f'<a href="{s["home"]}{p}">{esc(t)}</a>' for t, p in s["nav"])
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        body.append(f'<blockquote class="q"><p>{t}</p></blockquote>' if kind == "quote" else f"<p>{t}</p>")
        if i == 0:
            body.append(f'<figure class="photo"><img src="/uploads/2026/11/{o["site"]}-1.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
    body = "\n".join(body)
    tags = " ".join(f'<a href="{s["home"]}tag/{attr(t)}/">#{esc(t)}</a>' for t in o["tags"])
    rel = "".join(f'<li><a href="{attr(ru)}">{esc(rt)}</a></li>' for rt, ru in o["related"])
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
<header class="head"><a class="logo" href="{s['home']}">{esc(s['name'])}</a>
<nav>{nav}</nav></header>
<main>
<article class="post">
<div class="post-rubric">{esc(o['rubric'])}</div>
<h1>{esc(o['headline'])}</h1>
<p class="post-lead"><strong>{esc(" ".join(o['standfirst']))}</strong></p>
<div class="post-meta">{esc(o['author'])} | {esc(o['date'])}</div>
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


# ------------------------------------------------------------------ sanity check of light edits
def stems(s):
    return {w.lower()[:4] for w in tokens(s)}


def check_piece(cid, page_text, sent):
    """A copy counted whole must still carry most of its sentence's word stems (catches authoring slips)."""
    st = [w.lower()[:4] for w in tokens(sent)]
    have = stems(page_text)
    share = sum(1 for w in st if w in have) / len(st)
    assert share >= 0.5, (cid, round(share, 2), sent)


# ------------------------------------------------------------------ main
def main():
    partners = {p["id"]: p for p in PARTNERS}
    for d in os.listdir(HERE):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(HERE, d))
    lines = []
    for n, case in enumerate(CASES):
        case = dict(case, n=n, id=f"c{n:04d}")
        o = ORIGINALS[case["orig"]]
        o = dict(o, id=case["orig"])
        p = partners[case["partner"]]
        assert case["link"] in ("exact", "none"), case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        pg = Page(case, o)
        page = pg.render(p)
        for text, sent in pg.pieces:
            check_piece(case["id"], text, sent)
        if case["link"] == "exact":
            assert f'href="{attr(o["url"])}"' in page, case["id"]
        else:
            assert attr(o["url"]) not in page, case["id"]
        total = sum(len(tokens(s)) for _, ss in units(o) for s in ss)
        reused = sum(pg.used.values())
        assert reused == case["expect"], (case["id"], case["slug"], reused, case["expect"])
        frac = reused / total
        link_ok = case["link"] == "exact"
        excess = frac > LINE
        missing = reused > 0 and not link_ok
        full = frac >= 0.90
        truth = dict(id=case["id"], original_url=o["url"], republished_url=case["republished_url"], lang=o["lang"],
                     mode=case.get("mode", "excerpt"), transform=case["transform"], link=case["link"],
                     reused_words=reused, original_words=total, reused_fraction=round(frac, 4), link_ok=link_ok,
                     expected_violations=sorted((["excess-reuse"] if excess else [])
                                                + (["missing-link"] if missing else [])),
                     compliant=not (excess or missing or full), verdict_scored=case.get("verdict_scored", True),
                     notes=case["notes"], original=o["id"], partner=p["host"], side=case["side"])
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
