#!/usr/bin/env python3
"""Build the sixth hand-written republication benchmark (Kazakh, Russian, English) from src/*.json.

  python benchmarks/handcases6/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  3 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks `p`, `h2`, `quote`,
                    each a list of sentences) on three invented outlets (kk, ru, en)
src/partners.json   6 invented partner sites (2 Kazakh, 2 Russian, 2 English)
src/cases.json      one dict per republication (see README.md for the item kinds, wraps and effects)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count of every original unit the partner
copied into the text a reader sees on the page (README "What a reader sees"), each unit counted once. Every copy
is a whole paragraph / quote / standfirst of 17 words or more, so the minimum passage (8 words) never cuts one.
Deterministic: no randomness.
"""
import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN
WORD = re.compile(r"[^\W_]+", re.UNICODE)
LIMIT = 0.30

# which wraps put the copied text into what a browser shows when the page loads
SEEN = {"p", "details-open", "textarea", "pre", "marquee", "upper-css", "cells", "twocol", "divspans", "spaced",
        "svgtext"}
UNSEEN = {"alt", "noscript", "template", "comment", "tab-hidden", "hidden-attr", "vis-hidden", "details-closed",
          "glued"}
LINK_OK = {"exact": True, "nofollow": True, "aria-hidden": True, "svg-a": True, "footer-only": True,
           "details-open": True, "none": False, "details-closed": False, "button": False}


def load(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return json.load(f)


def tokens(s):
    return TOKEN.findall(s)


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


def url(o):
    return f"https://{o['host']}{o['path']}"


# ------------------------------------------------------------------ text effects (plain text -> HTML)
ZW, WJ, SHY, NBSP = "\u200b", "\u2060", "\u00ad", "\u00a0"
LRO, RLO, PDF = "\u202d", "\u202e", "\u202c"
CYR2LAT = str.maketrans("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX")
LAT2CYR = str.maketrans("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ")
KK_HOMO = str.maketrans("әӘіІөӨ", "\u0259\u018f\u0069\u0049\u0275\u019f")  # ə Ə i I ɵ Ɵ (Latin)
VOWELS = set("аеёиоуыэюяәіөұүAEIOUaeiouАЕЁИОУЫЭЮЯ")


def per_word(t, fn, minlen=1):
    """Apply fn to every word of at least minlen characters of the escaped text t."""
    return WORD.sub(lambda m: fn(m.group(0)) if len(m.group(0)) >= minlen else m.group(0), esc(t))


def mid(w, ins):
    k = len(w) // 2
    return w[:k] + ins + w[k:]


def fx_zw(t):
    return per_word(t, lambda w: mid(w, ZW), 4)


def fx_wbr(t):
    return per_word(t, lambda w: mid(w, "<wbr>"), 5)


def fx_wj_bidi(t):
    """U+2060 word joiners inside words, and every long word wrapped in LRO..PDF with one letter inside RLO..PDF:
    invisible, the browser shows the same letters in the same order."""
    def one(w):
        w = mid(w, WJ)
        return LRO + w[0] + RLO + w[1] + PDF + w[2:] + PDF
    return per_word(t, one, 5)


def fx_bidirev(t):
    """Every word stored reversed inside RLO..PDF: the browser displays it in the original order."""
    return per_word(t, lambda w: RLO + w[::-1] + PDF, 2)


def fx_kkhomo(t):
    return esc(t.translate(KK_HOMO))


def fx_homozw(t):
    """Homoglyphs from the other script and a zero-width space in the same word (every second word)."""
    lat = any("a" <= c <= "z" for c in t.lower())
    table = LAT2CYR if lat else CYR2LAT
    state = {"i": 0}

    def one(w):
        state["i"] += 1
        if state["i"] % 2:
            return mid(w.translate(table), ZW)
        return w
    return per_word(t, one, 4)


def fx_comb(t):
    """A combining acute accent (U+0301) after the first vowel of every word of 5+ letters (stress marks)."""
    def one(w):
        for i, c in enumerate(w):
            if c in VOWELS:
                return w[:i + 1] + "\u0301" + w[i + 1:]
        return w
    return per_word(t, one, 5)


def fx_typo(t):
    """Character entities for every third letter, non-breaking spaces, straight quotes and hyphens for dashes."""
    t = t.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"').replace("—", "-")
    out = []
    n = 0
    for c in t:
        if c.isalpha():
            n += 1
            out.append(f"&#{ord(c)};" if n % 3 == 0 else c)
        elif c == " ":
            out.append("&nbsp;" if n % 2 else " ")
        else:
            out.append(esc(c).replace('"', "&quot;"))
    return "".join(out)


def fx_split(t):
    """Inline markup inside words (<b>сло</b>во) and changed case (every third word in capitals)."""
    state = {"i": 0}

    def one(w):
        state["i"] += 1
        if state["i"] % 3 == 0:
            w = w.upper()
        if len(w) >= 5:
            k = len(w) // 2
            return f"<b>{w[:k]}</b>{w[k:]}"
        return w
    return per_word(t, one)


def fx_fullwidth(t):
    def fw(c):
        if "A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9":
            return chr(ord(c) - 0x21 + 0xFF01)
        return c
    return esc("".join(fw(c) for c in t))


def fx_mathbold(t):
    def mb(c):
        if "A" <= c <= "Z":
            return chr(0x1D400 + ord(c) - 65)
        if "a" <= c <= "z":
            return chr(0x1D41A + ord(c) - 97)
        if "0" <= c <= "9":
            return chr(0x1D7CE + ord(c) - 48)
        return c
    return esc("".join(mb(c) for c in t))


def fx_wbrshy(t):
    """<wbr> in long words, soft hyphens in the others, non-breaking spaces between words."""
    def one(w):
        return mid(w, "<wbr>") if len(w) >= 7 else mid(w, SHY) if len(w) >= 4 else w
    return per_word(t, one).replace(" ", "&nbsp;")


def fx_upper(t):
    return esc(t.upper())


FX = {"none": esc, "zw": fx_zw, "wbr": fx_wbr, "wj-bidi": fx_wj_bidi, "bidi-reversed": fx_bidirev,
      "kk-homoglyph": fx_kkhomo, "homoglyph-zw": fx_homozw, "combining": fx_comb, "typography": fx_typo,
      "split-case": fx_split, "fullwidth": fx_fullwidth, "mathbold": fx_mathbold, "wbr-shy-nbsp": fx_wbrshy,
      "upper": fx_upper}


# ------------------------------------------------------------------ wraps (copied units -> HTML)
def wrap(kind, blocks, fx, lang):
    """blocks: list of (tag, text) of the copied units; returns HTML."""
    f = FX[fx]
    paras = [(tag, f(text)) for tag, text in blocks]
    plain = [text for _, text in blocks]

    def ps(items):
        return "\n".join(f"<h3>{h}</h3>" if tag == "h2" else f"<p>{h}</p>" for tag, h in items)
    more = {"kk": "Толығырақ", "ru": "Подробнее", "en": "More"}[lang]
    if kind == "p":
        return ps(paras)
    if kind == "alt":
        txt = " ".join(plain)
        return (f'<figure class="photo"><img src="/img/2026/11/photo-31.jpg" width="800" height="450" '
                f'alt="{attr(txt)}" title="{attr(txt)}"></figure>')
    if kind == "noscript":
        return f"<noscript>\n{ps(paras)}\n</noscript>"
    if kind == "template":
        return f'<template id="more-text">\n<div class="more">{ps(paras)}</div>\n</template>'
    if kind == "comment":
        return f"<!-- архив / archive:\n{ps(paras)}\n-->"
    if kind == "tab-hidden":
        return ('<div class="tabs"><button type="button" class="tab active">1</button>'
                '<button type="button" class="tab">2</button></div>\n'
                f'<div class="tab-panel" style="display:none">\n{ps(paras)}\n</div>')
    if kind == "hidden-attr":
        return f'<div class="expand" hidden>\n{ps(paras)}\n</div>'
    if kind == "vis-hidden":
        return f'<div class="reserve" style="visibility:hidden;height:0;overflow:hidden">\n{ps(paras)}\n</div>'
    if kind == "details-open":
        return f"<details open>\n<summary>{more}</summary>\n{ps(paras)}\n</details>"
    if kind == "details-closed":
        return f"<details>\n<summary>{more}</summary>\n{ps(paras)}\n</details>"
    if kind == "textarea":
        return ('<label for="embed">Embed</label>\n<textarea id="embed" readonly rows="12" cols="70">'
                + "\n\n".join(esc(p) for p in plain) + "</textarea>")
    if kind == "pre":
        lines = []
        for p in plain:
            cur = ""
            for w in p.split(" "):
                if cur and len(cur) + 1 + len(w) > 66:
                    lines.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            lines.append(cur)
            lines.append("")
        return "<pre>" + esc("\n".join(lines).rstrip("\n")) + "</pre>"
    if kind == "marquee":
        return '<marquee behavior="scroll" scrollamount="4">' + " ".join(h for _, h in paras) + "</marquee>"
    if kind == "upper-css":
        return f'<div class="shout" style="text-transform:uppercase">\n{ps(paras)}\n</div>'
    if kind == "cells":
        rows = []
        for p in plain:
            ws = p.split(" ")
            for i in range(0, len(ws), 8):
                rows.append("<tr>" + "".join(f"<td>{esc(w)}</td>" for w in ws[i:i + 8]) + "</tr>")
        return '<table class="word-grid">\n' + "\n".join(rows) + "\n</table>"
    if kind == "twocol":
        rows = []
        for i in range(0, len(paras), 2):
            pair = paras[i:i + 2] + [("p", "")] * (2 - len(paras[i:i + 2]))
            rows.append("<tr>" + "".join(f'<td valign="top" width="50%"><p>{h}</p></td>' for _, h in pair) + "</tr>")
        return '<table class="cols" width="100%">\n' + "\n".join(rows) + "\n</table>"
    if kind == "divspans":
        out = []
        for p in plain:
            for s in re.split(r"(?<=[.!?»”])\s+", p):
                out.append('<div class="s">' + " ".join(f"<span>{esc(w)}</span>" for w in s.split(" ")) + "</div>")
        return '<div class="story">\n' + "\n".join(out) + "\n</div>"
    if kind in ("glued", "spaced"):
        out = []
        for p in plain:
            ws = p.split(" ")
            if kind == "glued":
                out.append("<p>" + "".join(f"<span>{esc(w)}</span>" if i % 2 == 0 else esc(w)
                                           for i, w in enumerate(ws)) + "</p>")
            else:
                out.append("<p>" + " ".join(f"<span>{esc(w)}</span>" if i % 2 == 0 else esc(w)
                                            for i, w in enumerate(ws)) + "</p>")
        return "\n".join(out)
    if kind == "svgtext":
        lines = []
        for p in plain:
            ws = p.split(" ")
            lines += [" ".join(ws[i:i + 7]) for i in range(0, len(ws), 7)]
        tsp = "".join(f'<tspan x="16" dy="26">{esc(x)}</tspan>' for x in lines)
        h = 30 + 26 * len(lines)
        return (f'<svg class="pullquote" width="640" height="{h}" viewBox="0 0 640 {h}" role="img">'
                f'<rect width="640" height="{h}" fill="#f3efe6"/><text x="16" y="8" font-size="18" '
                f'fill="#222">{tsp}</text></svg>')
    raise ValueError(kind)


# ------------------------------------------------------------------ pages
def render_original(o):
    us = units(o)
    body = []
    for i, (tag, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(sents))
        if tag == "h2":
            body.append(f"<h2>{t}</h2>")
        elif tag == "quote":
            body.append(f"<blockquote><p>{t}</p></blockquote>")
        else:
            body.append(f"<p>{t}</p>")
        if i == 0:
            body.append(f'<figure><img src="/upload/photo-1.jpg" alt=""><figcaption>{esc(o["caption"])}'
                        "</figcaption></figure>")
    rel = "".join(f'<li><a href="https://{o["host"]}/{s}">{esc(t)}</a></li>' for t, s in o["related"])
    tags = " ".join(f'<a href="https://{o["host"]}/tag/{quote_tag(t)}">#{esc(t)}</a>' for t in o["tags"])
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | {esc(o['site'])}</title>
<link rel="canonical" href="{url(o)}">
<meta property="og:url" content="{url(o)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<header class="site-header"><a class="logo" href="https://{o['host']}/">{esc(o['site'])}</a></header>
<main>
<article>
<h1>{esc(us[0][1][0])}</h1>
<p class="lead"><strong>{esc(' '.join(o['standfirst']))}</strong></p>
<div class="byline">{esc(o['author'])} · {esc(o['date'])}</div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="tags">{tags}</div>
</article>
<aside><ul class="related">{rel}</ul></aside>
</main>
<footer>© 2026 {esc(o['site'])}</footer>
</body>
</html>
"""


def quote_tag(t):
    from urllib.parse import quote
    return quote(t)


def credit(link, anchor, o, lang):
    u = url(o)
    a = esc(anchor)
    if link == "exact":
        return f'<a href="{u}">{a}</a>'
    if link == "nofollow":
        return f'<a href="{u}" rel="nofollow" target="_blank">{a}</a>'
    if link == "aria-hidden":
        return f'<span aria-hidden="true"><a href="{u}">{a}</a></span>'
    if link == "button":
        return f'<button type="button" class="src-btn"><a href="{u}">{a}</a></button>'
    if link == "svg-a":
        w = 12 * len(anchor) + 10
        return (f'<svg class="src" width="{w}" height="22" viewBox="0 0 {w} 22"><a href="{u}">'
                f'<text x="2" y="16" font-size="16" fill="#06c">{a}</text></a></svg>')
    return a  # none, details-closed, details-open, footer-only: the anchor is plain text here


def render_partner(c, o, p):
    lang = p["lang"]
    body, comments = [], []
    for it in c["body"]:
        if "own" in it:
            txt = it["own"]
            m = re.search(r"\[\[(.+?)\]\]", txt)
            if m:
                pre, post = esc(txt[:m.start()]), esc(txt[m.end():])
                txt = pre + credit(c["link"], m.group(1), o, lang) + post
            else:
                txt = esc(txt)
            body.append(f"<p>{txt}</p>")
        elif "copy" in it:
            us = units(o)
            blocks = [(us[u][0], " ".join(us[u][1])) for u in it["copy"]]
            html_ = wrap(it.get("wrap", "p"), blocks, it.get("fx", "none"), lang)
            if it.get("where") == "comments":
                comments.append(f'<div class="comment"><div class="who"><b>{esc(it["who"])}</b></div>'
                                f'<p>{esc(it["say"])}</p>\n{html_}</div>')
            else:
                body.append(html_)
    if c["link"] in ("details-closed", "details-open"):
        summ = {"kk": "Дереккөз", "ru": "Источник", "en": "Source"}[lang]
        op = " open" if c["link"] == "details-open" else ""
        body.append(f'<details class="source"{op}><summary>{summ}</summary><p><a href="{url(o)}">{esc(o["site"])}'
                    "</a></p></details>")
    footer = esc(p["footer"])
    if c["link"] == "footer-only":
        lab = {"kk": "Дереккөз", "ru": "Источник материала", "en": "Source"}[lang]
        footer = f'<p class="src">{lab}: <a href="{url(o)}">{esc(o["site"])}</a></p>\n<p>{footer}</p>'
    nav = "".join(f'<li><a href="https://{p["host"]}/{s}">{esc(t)}</a></li>' for t, s in p["menu"])
    side = "".join(f'<li><a href="https://{p["host"]}/{p["path"]}/side-{i}">{esc(t)}</a></li>'
                   for i, t in enumerate(p["sidebar"]))
    comm_head = {"kk": "Пікірлер", "ru": "Комментарии", "en": "Comments"}[lang]
    comms = [f'<div class="comment"><div class="who"><b>{esc(w)}</b></div><p>{esc(t)}</p></div>'
             for w, t in p["comments"]] + comments
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(c['title'])} — {esc(p['name'])}</title>
<link rel="canonical" href="{c['republished_url']}">
<style>.tab-panel{{padding:8px}} .word-grid td{{padding:0 4px}} .s span{{margin:0}}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header><a class="logo" href="https://{p['host']}/">{esc(p['name'])}</a><nav><ul>{nav}</ul></nav></header>
<div class="wrap">
<main>
<article class="post">
<h1>{esc(c['title'])}</h1>
<div class="meta">{esc(p['date'])}</div>
<p class="lead">{esc(c['lead'])}</p>
<div class="post-body">
{chr(10).join(body)}
</div>
</article>
<section class="comments"><h2>{comm_head}</h2>
{chr(10).join(comms)}
</section>
</main>
<aside class="sidebar"><ul>{side}</ul></aside>
</div>
<footer>{footer}</footer>
</body>
</html>
"""


def main():
    origs = {o["id"]: o for o in load("originals.json")}
    parts = {p["id"]: p for p in load("partners.json")}
    cases = load("cases.json")
    for d in os.listdir(HERE):
        if re.fullmatch(r"c\d{4}", d):
            shutil.rmtree(os.path.join(HERE, d))
    lines = []
    for n, c in enumerate(cases):
        cid = f"c{n:04d}"
        o, p = origs[c["o"]], parts[c["partner"]]
        us = units(o)
        total = sum(len(tokens(" ".join(s))) for _, s in us)
        seen = set()
        for it in c["body"]:
            if "copy" in it:
                w = it.get("wrap", "p")
                assert w in SEEN or w in UNSEEN, w
                if w in SEEN:
                    seen.update(it["copy"])
        reused = sum(len(tokens(" ".join(us[u][1]))) for u in sorted(seen))
        assert reused == c["expect"], (cid, reused, c["expect"])
        frac = round(reused / total, 4)
        link_ok = LINK_OK[c["link"]]
        viol = (["excess-reuse"] if frac > LIMIT else []) + (["missing-link"] if reused and not link_ok else [])
        c["republished_url"] = f"https://{p['host']}/{p['path']}/{c['slug']}"
        rep = render_partner(c, o, p)
        if link_ok and c["link"] != "footer-only":
            assert f'href="{url(o)}"' in rep.split("<footer>")[0], cid
        if c["link"] in ("none",):
            assert f'href="{url(o)}"' not in rep, cid
        truth = {"id": cid, "original_url": url(o), "republished_url": c["republished_url"], "lang": o["lang"],
                 "mode": "excerpt", "transform": c["transform"], "link": c["link"], "reused_words": reused,
                 "original_words": total, "reused_fraction": frac, "link_ok": link_ok,
                 "expected_violations": sorted(viol), "compliant": not viol and frac < 0.9,
                 "verdict_scored": abs(frac - LIMIT) >= 0.04, "notes": c["notes"], "original": c["o"],
                 "partner": p["host"]}
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        with open(os.path.join(d, "original.html"), "w", encoding="utf-8") as f:
            f.write(render_original(o))
        with open(os.path.join(d, "republished.html"), "w", encoding="utf-8") as f:
            f.write(rep)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        lines.append(json.dumps(truth, ensure_ascii=False))
        print(cid, c["o"], p["host"], c["transform"], c["link"], f"{reused}/{total}", frac, link_ok,
              ",".join(sorted(viol)) or "-")
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
