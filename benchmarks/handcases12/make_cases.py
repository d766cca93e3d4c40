#!/usr/bin/env python3
"""Build the twelfth hand-written republication benchmark (Kazakh, Russian, English): short quotes under the
minimum passage, paginated reprints seen from page 2, two articles of one outlet on one partner page (the outlet's
follow-up repeating the original's paragraph), readers' comments, tables / definition lists / bullet lists,
figures re-formatted in every sentence, translations with a quote kept in the original language, Kazakh-specific
homoglyphs (ə ɵ), zero-width characters inside words, combining stress marks, word-by-word alphabet mixing, odd
spaces, and credit links in captions, breadcrumbs, section pages, shorteners showing the article URL, empty
anchors and text fragments.

  python benchmarks/handcases12/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

Truth is computed here, never by hand (README.md "How truth is counted"). Deterministic: no randomness.
"""
import html
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
from cases import CASES, PARTNERS  # noqa: E402
from originals import EXTRA, ORIGINALS, OUTLETS  # noqa: E402

TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN
LINE = 0.30


def tokens(s):
    return TOKEN.findall(s)


def esc(t):
    return html.escape(t, quote=False)


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def url_of(o):
    return "https://%s/%s" % (OUTLETS[o["outlet"]]["host"], o["path"])


def total_words(o):
    return sum(len(tokens(s)) for b in units(o) for s in b[1])


# ------------------------------------------------------------------ disguise / edit effects on copied text
HOMO_KK = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "һ": "h",
                         "ә": "\u0259", "ө": "\u0275", "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X",
                         "К": "K", "М": "M", "Т": "T", "Н": "H", "В": "B", "Ә": "\u018f", "Ө": "\u019f"})
ZW = ["\u200d", "\u2060", "\u200c", "\ufeff"]
VOWELS = set("аәеиоөұүыіэюяуАӘЕИОӨҰҮЫІЭЮЯУ")
LAT = {"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
       "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
       "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
       "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
       "ю": "iu", "я": "ia"}


def fx_homo(t):
    return t.translate(HOMO_KK)


def fx_zw(t):
    out, n = [], 0
    for w in re.split(r"(\w+)", t):
        if len(w) >= 4 and w.isalpha():
            mid = len(w) // 2
            w = w[:mid] + ZW[n % 4] + w[mid:]
            if len(w) >= 8:
                w = w[:2] + ZW[(n + 1) % 4] + w[2:]
            n += 1
        out.append(w)
    return "".join(out)


def fx_stress(t):
    out = []
    for w in re.split(r"(\w+)", t):
        if len(w) >= 3 and w.isalpha():
            for i, ch in enumerate(w):
                if ch in VOWELS:
                    w = w[:i + 1] + "\u0301" + w[i + 1:]
                    break
        out.append(w)
    return "".join(out)


def lat_word(w):
    s = "".join(LAT.get(ch.lower(), ch.lower()) for ch in w)
    return s[:1].upper() + s[1:] if w[:1].isupper() else s


def fx_mixlat(t):
    out, n = [], 0
    for w in re.split(r"(\w+)", t):
        if w.isalpha():
            if n % 2 == 1:
                w = lat_word(w)
            n += 1
        out.append(w)
    return "".join(out)


def fx_spaces(t):
    seps = ["\u00a0", "\u2009", "\u202f", " "]
    parts = t.split(" ")
    return "".join(p + (seps[i % 4] if i < len(parts) - 1 else "") for i, p in enumerate(parts))


FX = {"homo": fx_homo, "zw": fx_zw, "stress": fx_stress, "mixlat": fx_mixlat, "spaces": fx_spaces}


def apply_fx(text, fx):
    if not fx:
        return text
    if isinstance(fx, str):
        return FX[fx](text)
    for a, b in fx:  # [(old, new), ...] edits on the copied text (numbers re-formatted, ...)
        assert a in text, (a, text)
        text = text.replace(a, b)
    return text


# ------------------------------------------------------------------ the original's page
def original_page(o):
    s = OUTLETS[o["outlet"]]
    url = url_of(o)
    base = "https://%s/" % s["host"]
    body = []
    for kind, sents in o["blocks"]:
        if kind == "p":
            body.append("<p>%s</p>" % esc(" ".join(sents)))
        elif kind == "h2":
            body.append("<h2>%s</h2>" % esc(sents[0]))
        elif kind == "quote":
            body.append("<blockquote>%s</blockquote>" % "".join("<p>%s</p>" % esc(x) for x in sents))
    if len(body) > 2:
        body.insert(2, '<figure class="photo"><img src="%sstatic/img/%s.jpg" alt=""><figcaption>%s</figcaption>'
                       '</figure>' % (base, o["path"].rsplit("/", 1)[-1], esc(s["name"] + " / " + o["author"])))
    nav = "".join('<li><a href="%s%s">%s</a></li>' % (base, p, esc(n)) for n, p in s["nav"])
    tags = " ".join('<a href="%stag/%s/">%s</a>' % (base, i, esc(t)) for i, t in enumerate(s["tagl"]))
    rel = "".join('<li><a href="%s%s">%s</a></li>' % (base, p, esc(t)) for t, p in s["rel"])
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{title}">
</head>
<body>
<header class="top"><a class="logo" href="{base}">{site}</a><nav><ul>{nav}</ul></nav></header>
<main>
<article class="news">
<h1>{title}</h1>
<p class="lead"><strong>{lead}</strong></p>
<div class="meta"><span class="author">{author}</span> <time>{date}</time></div>
<div class="news-body">
{body}
</div>
<div class="tags">{tagsl}: {tags}</div>
<div class="share"><a href="https://t.me/share/url?url={url}">Telegram</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
</article>
<section class="related"><h3>{related}</h3><ul>{rel}</ul></section>
</main>
<footer><p>{foot}</p></footer>
</body>
</html>
""".format(lang=s["lang"], title=esc(o["headline"]), site=esc(s["name"]), url=url, base=base, nav=nav,
           lead=esc(" ".join(o["standfirst"])), author=esc(o["author"]), date=esc(o["date"]), body="\n".join(body),
           tagsl=esc(s["tags"]), tags=tags, related=esc(s["related"]), rel=rel, foot=esc(s["foot"]))


# ------------------------------------------------------------------ the partner's page
def sub_links(t, c):
    """{URL} the original, {HOME} its outlet's home page, {R3B} {R2} {R3} other articles of the outlets."""
    o = ORIGINALS[c["orig"]]
    rep = {"{URL}": url_of(o), "{HOME}": "https://%s/" % OUTLETS[o["outlet"]]["host"],
           "{R3B}": url_of(EXTRA["R3B"]), "{R2}": url_of(ORIGINALS["R2"]), "{R3}": url_of(ORIGINALS["R3"]),
           "{ME}": c["rep_url"]}
    for k, v in rep.items():
        t = t.replace(k, v)
    return t


def copied_text(o, item):
    us = units(o)
    text = " ".join(us[u][1][k] for u, k in item["c"])
    return apply_fx(text, item.get("fx"))


def render_item(o, item, c, reused):
    """Render one body item; add the (unit, k) -> counted words it copies to `reused`."""
    if "own" in item:  # "whole": sentences the raw html holds whole (split over table cells), counted whole
        for u, k in item.get("whole", []):
            reused[(u, k)] = len(tokens(units(o)[u][1][k]))
        t = sub_links(item["own"], c)
        return t if t.startswith("<") else "<p>%s</p>" % t
    if "c" in item:
        for u, k in item["c"]:
            n = item.get("n", {}).get((u, k), len(tokens(units(o)[u][1][k])))
            reused[(u, k)] = max(reused.get((u, k), 0), n)
        txt = esc(copied_text(o, item))
        if "pre" in item or "post" in item:
            txt = sub_links(item.get("pre", ""), c) + txt + sub_links(item.get("post", ""), c)
        tag = item.get("tag", "p")
        if tag == "bqp":  # a <blockquote> of one <p> per sentence, as the original prints its quoted document
            return "<blockquote>%s</blockquote>" % "".join(
                "<p>%s</p>" % esc(apply_fx(units(o)[u][1][k], item.get("fx"))) for u, k in item["c"])
        if tag == "blockquote":
            return "<blockquote><p>%s</p></blockquote>" % txt
        if tag == "":
            return txt
        return "<%s>%s</%s>" % (tag, txt, tag)
    if "quote" in item:  # the partner's sentence holding a part of an original sentence: [(u, k, words)]
        for u, k, n in item["counts"]:
            reused[(u, k)] = max(reused.get((u, k), 0), n)
        return "<p>%s</p>" % sub_links(item["quote"], c)
    if "rows" in item:  # a table: each cell an own string or {"c": ...}
        out = ['<table class="%s">' % item.get("cls", "tbl")]
        if item.get("head"):
            out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(h) for h in item["head"]))
        for row in item["rows"]:
            out.append("<tr>%s</tr>" % "".join(
                "<td>%s</td>" % (render_item(o, dict(cell, tag=""), c, reused) if isinstance(cell, dict)
                                 else esc(cell)) for cell in row))
        out.append("</table>")
        return "\n".join(out)
    if "dl" in item:
        return "<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (esc(dt), render_item(o, dict(dd, tag=""), c, reused))
                                       for dt, dd in item["dl"])
    if "ul" in item:
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % (render_item(o, dict(li, tag=""), c, reused)
                                                        if isinstance(li, dict) else sub_links(li, c))
                                       for li in item["ul"])
    if "ol" in item:
        return "<ol>%s</ol>" % "".join("<li>%s</li>" % render_item(o, dict(li, tag=""), c, reused)
                                       for li in item["ol"])
    raise ValueError(item)


def partner_page(c, reused):
    p = PARTNERS[c["partner"]]
    o = ORIGINALS[c["orig"]]
    base = "https://%s/" % p["host"]
    body = "\n".join(render_item(o, it, c, reused) for it in c["body"])
    if c.get("title", "") == 0:
        title = o["headline"]
        reused[(0, 0)] = len(tokens(o["headline"]))
    else:
        title = c["title"]
    comments = []
    for who, items in c.get("comments", p["comments"]):
        inner = "\n".join(render_item(o, it, c, reused) if isinstance(it, dict) else "<p>%s</p>" % esc(it)
                          for it in items)
        if c.get("plain_comments"):
            comments.append("<div><b>%s</b>\n%s\n<span>%s</span></div>" % (esc(who), inner, esc(p["reply"])))
        else:
            comments.append('<div class="comment"><b class="comment-author">%s</b>\n%s\n<a class="reply" href="#">'
                            '%s</a></div>' % (esc(who), inner, esc(p["reply"])))
    csec = ("<div><h3>%s (%d)</h3>\n%s\n</div>" if c.get("plain_comments") else
            '<section class="comments" id="comments"><h3>%s (%d)</h3>\n%s\n</section>') % (
        esc(p["comments_h"]), len(comments), "\n".join(comments))
    nav = "".join('<li><a href="%s%s">%s</a></li>' % (base, u, esc(n)) for n, u in p["nav"])
    side = "".join('<li><a href="%s%s">%s</a></li>' % (base, u, esc(t)) for t, u in p["side"])
    crumbs = sub_links(c.get("crumbs", '<a href="%s">%s</a> / <a href="%s%s">%s</a>' % (
        base, esc(p["home"]), base, p["nav"][0][1], esc(p["nav"][0][0]))), c)
    figure = sub_links(c.get("figure", ""), c)
    before = sub_links(c.get("before", ""), c)
    after = sub_links(c.get("after", ""), c)
    aside_extra = "\n".join(render_item(o, it, c, reused) for it in c.get("aside", []))
    footer = sub_links(c.get("footer", ""), c)
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — {site}</title>
<link rel="canonical" href="{me}">
</head>
<body>
<header class="site-header"><a class="logo" href="{base}">{site}</a>
<nav><ul>{nav}</ul></nav></header>
<div class="layout">
<main>
<article class="post">
<nav class="crumbs">{crumbs}</nav>
<h1 class="post-title">{title}</h1>
<div class="post-meta"><time>{date}</time></div>
{figure}
<div class="post-content">
{before}
{body}
{after}
</div>
<div class="post-share">{share}: <a href="https://t.me/share/url?url={me}">Telegram</a> <a href="https://facebook.example/sharer?u={me}">Facebook</a></div>
</article>
{comments}
</main>
<aside class="sidebar">{aside_extra}<h3>{side_h}</h3><ul>{side}</ul></aside>
</div>
<footer>{footer}<p>{foot}</p></footer>
</body>
</html>
""".format(lang=p["lang"], title=esc(title), site=esc(p["name"]), me=c["rep_url"], base=base, nav=nav,
           crumbs=crumbs, date=esc(p["date"]), figure=figure, before=before, body=body, after=after,
           share=esc(p["share"]), comments=csec, aside_extra=aside_extra, side_h=esc(p["side_h"]), side=side,
           footer=footer, foot=esc(p["foot"]))


def main():
    for d in os.listdir(HERE):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(HERE, d))
    lines = []
    for i, c in enumerate(CASES):
        cid = "c%04d" % i
        o = ORIGINALS[c["orig"]]
        p = PARTNERS[c["partner"]]
        c["rep_url"] = "https://%s/%s" % (p["host"], c["slug"])
        reused = {}
        rep = partner_page(c, reused)
        for u, k in reused:
            assert units(o)[u][1][k]
        rw = sum(reused.values())
        tw = total_words(o)
        frac = round(rw / tw, 4)
        viol = (["excess-reuse"] if rw / tw > LINE else []) + (["missing-link"] if rw and not c["link_ok"] else [])
        side = "full" if frac >= 0.9 else "near" if abs(frac - LINE) <= 0.02 else "over" if frac > LINE else "under"
        if "expect" in c:
            assert abs(frac - c["expect"]) < 0.00005, (cid, c["transform"], rw, tw, frac, c["expect"])
        t = dict(id=cid, original_url=url_of(o), republished_url=c["rep_url"], lang=p["lang"], mode=o["mode"],
                 transform=c["transform"], link=c["link"], reused_words=rw, original_words=tw,
                 reused_fraction=frac, link_ok=c["link_ok"], expected_violations=sorted(viol),
                 compliant=not viol and frac < 0.9, verdict_scored=True, notes=c["notes"], original=c["orig"],
                 partner=p["host"], side=side)
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        with open(os.path.join(d, "original.html"), "w", encoding="utf-8") as f:
            f.write(original_page(o))
        with open(os.path.join(d, "republished.html"), "w", encoding="utf-8") as f:
            f.write(rep)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")
        lines.append(json.dumps(t, ensure_ascii=False))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if "--table" in sys.argv:
        for ln in lines:
            t = json.loads(ln)
            print("| %s | %s | %s | %s | %s | %s | %d/%d | %s | %s | %s | %s | %s |" % (
                t["id"], t["original"], t["lang"], t["mode"], t["transform"], t["link"], t["reused_words"],
                t["original_words"], t["reused_fraction"], t["link_ok"], ", ".join(t["expected_violations"]) or "-",
                t["compliant"], t["side"]))


if __name__ == "__main__":
    main()
