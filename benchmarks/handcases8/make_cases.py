#!/usr/bin/env python3
"""Build the eighth hand-written republication benchmark (Kazakh, Russian, English) from src/*.json: Kazakh in
three Latin alphabets against Cyrillic originals (and a Latin original copied in Cyrillic), originals that quote
an official press release or statement the partner also quotes, an interview in questions and answers, a table
of figures, a "five things to know" list, digests carrying several articles of one outlet, shares one word over
and under the 30% line, the 8-word minimum passage, and 26 link situations (declared shortlink, Latin-alphabet
alternate, Google AMP cache, caption, footer sources list, <base> with a path, a scheme-less href, text
fragments, rel in mixed case, t.me and bit.ly, _openstat / erid parameters, ...).

  python benchmarks/handcases8/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.json  13 invented originals (units: 0 headline, 1 standfirst, 2.. body blocks `p`, `h2`, `quote`,
                    `q` / `a` (interview question / answer), `ol` (items "Lead.|text"), `table` (rows "a | b | c");
                    each a list of sentences / items / rows) on three invented outlets (Жайық нұры, kk, with a
                    Latin-alphabet edition; Актюбинский обозреватель, ru; Irtysh Observer, en). k3 is published in
                    the 2021 Kazakh Latin alphabet: its text is kept in Cyrillic here and transliterated (`lat21`).
src/partners.json   7 invented partner sites (2 Kazakh Cyrillic, 1 Kazakh Latin, 3 Russian incl. a digest, 1 English)
src/cases.json      one dict per republication (see README.md for the item kinds)

Truth is computed here, never by hand: reused_words = syndbench TOKEN count (of the original's own text, i.e.
the Latin text for k3) of every original sentence the partner copied into the page's visible text (verbatim,
lightly edited or transliterated into another alphabet of the same language), each counted once, under the
policy's minimum passage length: a copied stretch of fewer than 8 words inside the partner's own sentence counts
0; a whole original sentence (or list item, table, heading) of 4 words or more set as a paragraph / line of its
own counts. Text the original quotes from a press release or statement counts like the rest of its article text
(README "Quoted press releases"). The partner's own text counts 0. Deterministic: no randomness.
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


def load(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return json.load(f)


def tokens(s):
    return TOKEN.findall(s)


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


# ------------------------------------------------------------------ Kazakh alphabets
def _table(pairs):
    m = {}
    for cyr, lat in pairs.items():
        m[cyr] = lat
        up = cyr.upper()
        if up != cyr and up not in m:
            m[up] = lat[:1].upper() + lat[1:] if lat else ""
    return m


# the 2021 Latin alphabet (ä ğ ı ñ ö ş ū ü q; И/Й -> İ i, І -> I ı, Ы -> Y y)
LAT21 = _table({"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
                "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
                "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
                "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "",
                "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia"})
LAT21.update({"И": "İ", "Й": "İ", "І": "I", "Ё": "İo", "Ю": "İu", "Я": "İa"})
# the 2018 alphabet with acute accents (á ǵ ń ó ú ý, sh ch; И/Й -> I ı, І -> I i, У -> Ý ý, Ұ -> U u)
LAT18 = _table({"а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "ıo",
                "ж": "j", "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
                "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u",
                "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shsh", "ъ": "",
                "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "ıý", "я": "ıa"})
LAT18.update({"И": "I", "Й": "I", "І": "I"})
# the 2017 alphabet with apostrophes (a' g' n' o' u' y' s' c' i')
LAT17 = _table({"а": "a", "ә": "a'", "б": "b", "в": "v", "г": "g", "ғ": "g'", "д": "d", "е": "e", "ё": "io",
                "ж": "j", "з": "z", "и": "i'", "й": "i'", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
                "ң": "n'", "о": "o", "ө": "o'", "п": "p", "р": "r", "с": "s", "т": "t", "у": "y'", "ұ": "u",
                "ү": "u'", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "c'", "ш": "s'", "щ": "s's'", "ъ": "",
                "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iy'", "я": "ia"})


# the 2021 alphabet typed without its diacritics, as many sites and messengers do (ä -> a, ğ -> g, ı -> i, ñ -> n,
# ö -> o, ş -> sh, ū/ü -> u, ç -> ch)
PLAIN = {"ä": "a", "Ä": "A", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ñ": "n", "Ñ": "N", "ö": "o", "Ö": "O",
         "ş": "sh", "Ş": "Sh", "ū": "u", "Ū": "U", "ü": "u", "Ü": "U", "ç": "ch", "Ç": "Ch"}


def translit(table):
    return lambda t: "".join(table.get(c, c) for c in t)


FX = {"lat21": translit(LAT21), "lat18": translit(LAT18), "lat17": translit(LAT17), "cyr": lambda t: t,
      "plain": translit(PLAIN)}


def apply_fx(text, fx):
    for f in fx or []:
        text = FX[f](text)
    return text


# ------------------------------------------------------------------ originals: URLs and text
def setup(o):
    s, n = o["slug"], o["num"]
    if o["site"] == "zhaiyq":
        cyr = f"https://zhaiyq-nury.kz/kk/zhanalyqtar/2026/11/27/{s}-{n}"
        lat = f"https://zhaiyq-nury.kz/lat/janalyqtar/2026/11/27/{s}-{n}"
        o["url"] = lat if o.get("script") == "lat21" else cyr
        o["lat_url"] = None if o.get("script") == "lat21" else lat
        o["amp"] = o["url"] + "/amp"
        o["shortlink"] = f"https://zhaiyq-nury.kz/?p={n}"
        o["home"] = "https://zhaiyq-nury.kz/"
        o["base_dir"] = o["url"].rsplit("/", 1)[0] + "/"
    elif o["site"] == "oboz":
        o["url"] = f"https://aktobe-obozrevatel.kz/news/society/{n}-{s}.html"
        o["amp"] = f"https://aktobe-obozrevatel.kz/amp/news/society/{n}-{s}.html"
        o["home"] = "https://aktobe-obozrevatel.kz/"
        o["base_dir"] = "https://aktobe-obozrevatel.kz/news/society/"
    else:
        o["url"] = f"https://irtysh-observer.com/2026/11/27/{s}/"
        o["amp"] = o["url"] + "amp/"
        o["home"] = "https://irtysh-observer.com/"
        o["base_dir"] = "https://irtysh-observer.com/2026/11/27/"


def otext(o, s):
    """An original sentence as the original page prints it (k3: in the 2021 Latin alphabet)."""
    s = s.replace("|", " ")
    return apply_fx(s, ["lat21"]) if o.get("script") == "lat21" else s


def units(o):
    return [["h1", [o["headline"]]], ["lead", o["standfirst"]], *o["blocks"]]


def ntok(o, s):
    return len(tokens(otext(o, s)))


# ------------------------------------------------------------------ links
# A qualifying link: a visible, clickable <a href> that designates the article (see README.md).
QUALIFIES = {"exact", "nofollow-mixed", "nofollow-upper", "noopener", "amp", "latin-alt", "shortlink", "amp-cache",
             "caption", "footer-sources", "base-path", "utm", "openstat", "utm-erid", "text-fragment", "picture"}
NOT_QUALIFYING = {"none", "bitly", "tme", "akim-tme", "gov-press", "no-scheme", "url-anchor-home", "digest-unlinked",
                  "digest-home", "digest-swapped"}
SHORT = {"k1": "https://bit.ly/3Zq8Kx1", "e1": "https://bit.ly/4nTbus8"}


def href_for(kind, o, case):
    u = o["url"]
    if kind in ("homepage", "digest-home", "url-anchor-home"):
        return o["home"]
    if kind == "amp":
        return o["amp"]
    if kind == "latin-alt":
        return o["lat_url"]
    if kind == "shortlink":
        return o["shortlink"]
    if kind == "amp-cache":
        cache = u.split("/")[2].replace("-", "--").replace(".", "-")
        return f"https://{cache}.cdn.ampproject.org/c/s/{o['amp'].split('://', 1)[1]}"
    if kind == "base-path":
        return u[len(o["base_dir"]):]
    if kind == "utm":
        return u + "?utm_source=" + case["partner_host"] + "&utm_medium=referral&utm_campaign=syndication"
    if kind == "openstat":
        return u + "?_openstat=bGF0eW5xYXphcS5rejtqYW5hbHlxdGFyOzs7"
    if kind == "utm-erid":
        return u + "?utm_source=" + case["partner_host"] + "&utm_medium=digest&erid=2VtzqwKfN7aP"
    if kind == "text-fragment":
        return u + "#:~:text=" + quote(case["fragment"])
    if kind == "bitly":
        return SHORT[o["id"]]
    if kind == "tme":
        return "https://t.me/zhaiyq_nury/8841"
    if kind == "akim-tme":
        return "https://t.me/akim_aktobe_official/2214"
    if kind == "gov-press":
        return "https://www.gov.kz/memleket/entities/bko-jolaushylar/press/news/details/1048812?lang=kk"
    if kind == "no-scheme":
        return u.split("://", 1)[1]
    return u


def link_html(kind, o, anchor, case, ctx="text"):
    """The partner's credit `[[anchor]]` rendered for the case's link kind (ctx: text, figure, footer)."""
    a = esc(anchor)
    if kind in ("none", "digest-unlinked", "digest-swapped") or (kind == "caption" and ctx != "figure") \
            or (kind == "footer-sources" and ctx != "footer"):
        return a
    u = attr(href_for(kind, o, case))
    if kind == "nofollow-mixed":
        return f'<a href="{u}" rel="NoFollow">{a}</a>'
    if kind == "nofollow-upper":
        return f'<a href="{u}" rel="NOFOLLOW noopener" target="_blank">{a}</a>'
    if kind == "noopener":
        return f'<a href="{u}" rel="noopener noreferrer" target="_blank">{a}</a>'
    if kind == "url-anchor-home":
        return f'{a} (<a href="{u}">{esc(o["url"])}</a>)'
    if kind == "picture":
        return (f'<a href="{u}" class="src-logo"><picture><source srcset="/img/partners/{o["site"]}.webp" '
                f'type="image/webp"><img src="/img/partners/{o["site"]}.png" alt="" width="120" height="32">'
                f'</picture></a> {a}')
    return f'<a href="{u}" target="_blank">{a}</a>'


# ------------------------------------------------------------------ one case
def render_copy(o, sent, it, fx=None):
    """A copied original sentence: the original's own text unless `fx` (an alphabet) is given; then `edits`."""
    fx = fx if fx is not None else it.get("fx")
    text = sent.replace("|", " ")
    text = apply_fx(text, fx) if fx else otext(o, text)
    for old, new in it.get("edits", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    return esc(text)


class Body:
    """Renders item lists and records the copied original sentences (visible text only)."""

    def __init__(self, case, o, originals):
        self.case, self.o, self.originals = case, o, originals
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

    def own(self, text, ctx="text"):
        text = apply_fx(text, self.case.get("own_fx"))
        parts = re.split(r"\[\[(.+?)\]\]", text)
        return "".join(link_html(self.case["link"], self.o, x, self.case, ctx) if i % 2 else esc(x)
                       for i, x in enumerate(parts))

    def parts(self, parts):
        """Own strings and copied sentences ({"s": [unit, k]}, optional "sub", "fx", "edits") inside one
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
            u, k = part["s"]
            sent = self.us[u][1][k].replace("|", " ")
            if "sub" in part:
                assert part["sub"] in sent, part["sub"]
                n = ntok(self.o, part["sub"])
                run.append(((u, k), n, True))
                hs.append(render_copy(self.o, part["sub"], part))
            else:
                run.append(((u, k), ntok(self.o, sent), False))
                hs.append(render_copy(self.o, sent, part))
        runs.append(run)
        alone = len(parts) == 1 and not isinstance(parts[0], str)
        for r in runs:
            n = sum(x[1] for x in r)
            if n >= MIN_PASSAGE or (alone and not r[0][2] and n >= 4):
                for (u, k), m, _ in r:
                    self.use(u, k, m)
        return "".join(hs)

    def digest_item(self, it):
        """One story of a digest: the headline (h3), the given sentences of the standfirst / body and a "more"
        link. Only the case's own original counts."""
        case = self.case
        L = LABELS[case["labels"]]
        d = self.originals[it["dig"]]
        du = units(d)
        mine = it["dig"] == case["orig"]
        out = [f"<h3>{esc(otext(d, du[0][1][0]))}</h3>"]
        if mine:
            self.use(0, 0, ntok(d, du[0][1][0]))
        for u, ks in it["parts"]:
            out.append("<p>" + esc(" ".join(otext(d, du[u][1][k]) for k in ks)) + "</p>")
            if mine:
                for k in ks:
                    self.use(u, k, ntok(d, du[u][1][k]))
        kind = case["link"]
        if kind == "digest-home":
            href = None
        elif not mine:
            href = d["url"]
        elif kind == "digest-unlinked":
            href = None
        elif kind == "digest-swapped":
            href = self.originals[it["swap"]]["url"]
        else:
            href = href_for(kind, self.o, case)
        more = f'<a href="{attr(href)}">{esc(L["more"])}</a>' if href else ""
        if more:
            out.append(f'<p class="more">{more}</p>')
        return '<div class="digest-item">' + "".join(out) + "</div>"

    def render(self, items):
        o, us = self.o, self.us
        out = []
        for i, it in enumerate(items):
            if "raw" in it:
                out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: link_html(self.case["link"], o, m.group(1), self.case),
                                  it["raw"]))
            elif "own" in it:
                out.append(self.wrap(it.get("tag", "p"), self.own(it["own"])))
            elif "figure" in it:
                out.append(f'<figure class="photo"><img src="/uploads/2026/11/{self.case["slug"]}.jpg" alt="">'
                           f'<figcaption>{self.own(it["figure"], "figure")}</figcaption></figure>')
            elif "mix" in it:
                out.append(self.wrap(it.get("tag", "p"), self.parts(it["mix"])))
            elif "dig" in it:
                out.append(self.digest_item(it))
            elif "li" in it:
                # a list whose items are mix parts (own lead-ins with copied or own text)
                t = it.get("tag", "ul")
                out.append(f"<{t}>" + "".join(f"<li>{self.parts(p)}</li>" for p in it["li"]) + f"</{t}>")
            elif us[it["copy"]][0] == "ol":
                # list items in the partner's order (`sents`), each a line of its own: an item of 4+ words counts
                u = it["copy"]
                idx = it.get("sents", list(range(len(us[u][1]))))
                lis = []
                for k in idx:
                    item = us[u][1][k]
                    self.use(u, k, ntok(o, item))
                    lead, _, rest = item.partition("|")
                    lis.append(f"<li><strong>{render_copy(o, lead, it)}</strong> {render_copy(o, rest, it)}</li>")
                t = it.get("tag", "ol")
                out.append(f"<{t}>" + "".join(lis) + f"</{t}>")
            elif us[it["copy"]][0] == "table":
                u = it["copy"]
                rows = us[u][1]
                for k, r in enumerate(rows):
                    self.use(u, k, ntok(o, r))
                head = "".join(f"<th>{esc(c.strip())}</th>" for c in rows[0].split("|"))
                body = "".join("<tr>" + "".join(f"<td>{esc(c.strip())}</td>" for c in r.split("|")) + "</tr>"
                               for r in rows[1:])
                out.append(f'<table class="figures"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
            else:
                u = it["copy"]
                sents = us[u][1]
                idx = it.get("sents", list(range(len(sents))))
                n = sum(ntok(o, sents[k]) for k in idx)
                near_copy = any(0 <= j < len(items) and "copy" in items[j] for j in (i - 1, i + 1))
                if (n >= MIN_PASSAGE or (n >= 4 and not it.get("prefix") and not it.get("suffix"))
                        or (us[u][0] == "h2" and near_copy)):
                    for k in idx:
                        self.use(u, k, ntok(o, sents[k]))
                h = " ".join(render_copy(o, sents[k], it) for k in idx)
                if us[u][0] == "q" and not it.get("plain"):
                    h = f"<strong>{h}</strong>"
                if it.get("prefix"):
                    h = self.own(it["prefix"]) + h
                if it.get("suffix"):
                    h = h + self.own(it["suffix"])
                default = {"h2": "h2", "quote": "blockquote"}.get(us[u][0], "p")
                out.append(self.wrap(it.get("tag", default), h))
        return "\n".join(out)


LABELS = {"kk": dict(search="Іздеу", home="Басты бет", comments="Пікірлер", latest="Соңғы жаңалықтар", ad="Жарнама",
                     about="Біз туралы", contacts="Байланыс", share="Бөлісу", more="Толығырақ",
                     sources="Дереккөздер"),
          "kk-Latn": dict(search="İzdeu", home="Basty bet", comments="Pıkırler", latest="Soñğy jañalyqtar",
                          ad="Jarnama", about="Bız turaly", contacts="Bailanys", share="Bölısu", more="Tolyğyraq",
                          sources="Derekközder"),
          "ru": dict(search="Поиск", home="Главная", comments="Комментарии", latest="Последние новости",
                     ad="Реклама", about="О редакции", contacts="Контакты", share="Поделиться", more="Подробнее",
                     sources="Источники"),
          "en": dict(search="Search", home="Home", comments="Comments", latest="Latest", ad="Advertising",
                     about="About us", contacts="Contacts", share="Share", more="Read more", sources="Sources")}


def republished_page(case, o, p, parts, title_html, title_text):
    L = LABELS[p["labels"]]
    lang = "kk-Latn" if p["labels"] == "kk-Latn" else p["lang"]
    menu = "".join(f'<li><a href="/{slug}/">{esc(t)}</a></li>' for t, slug in p["menu"])
    side = "".join(f'<li><a href="/{p["path"]}/{slug}">{esc(t)}</a></li>' for t, slug in p["sidebar"])
    ci = case["n"] % len(p["comments"])
    com = "".join(f'<div class="comment"><b>{esc(a)}</b><p>{esc(t)}</p></div>'
                  for a, t in (p["comments"][ci], p["comments"][(ci + 1) % len(p["comments"])]))
    share = "".join(f'<a class="sh-{s}" href="https://{s}.example/share?u={attr(case["republished_url"])}">{s}</a>'
                    for s in ("facebook", "telegram", "whatsapp"))
    canon = case["republished_url"]
    meta = f'<base href="{attr(o["base_dir"])}">\n' if case["link"] == "base-path" else ""
    lead = f'<div class="entry-lead">\n{parts["lead"]}\n</div>\n' if parts["lead"] else ""
    body = parts["body"]
    sources = ""
    if case.get("sources"):
        lis = "".join(f"<li>{parts['own_footer'](s)}</li>" for s in case["sources"])
        sources = f'<div class="sources"><h4>{esc(L["sources"])}</h4><ol>{lis}</ol></div>'
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_text)} — {esc(p['name'])}</title>
<link rel="canonical" href="{attr(canon)}">
{meta}</head>
"""
    if p["template"] == "magazine":
        return head + f"""<body class="magazine">
<div id="topline"><a href="https://{p['host']}/">{esc(p['name'])}</a> <span>{esc(p['date'])}</span></div>
<div id="nav"><ul>{menu}</ul></div>
<div id="wrap">
<div id="left"><div class="widget"><h4>{esc(L['latest'])}</h4><ul>{side}</ul></div>
<div class="widget ad"><a href="/adv/">{esc(L['ad'])}</a></div></div>
<div id="center">
<div class="story">
<h1>{title_html}</h1>
<div class="story-info">{esc(case['date'])}</div>
{lead}<div class="story-text">
{body}
</div>
<div class="story-share">{esc(L['share'])}: {share}</div>
</div>
<div class="story-comments"><h4>{esc(L['comments'])}</h4>{com}</div>
</div>
</div>
<div id="footer">{sources}{esc(p['footer'])} <a href="/about/">{esc(L['about'])}</a></div>
</body></html>
"""
    return head + f"""<body>
<header class="site-header"><a class="logo" href="https://{p['host']}/">{esc(p['name'])}</a>
<nav><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="{attr(L['search'])}"></form></header>
<div class="layout">
<main>
<article class="entry">
<div class="crumbs"><a href="https://{p['host']}/">{esc(L['home'])}</a> / \
<a href="/{p['menu'][0][1]}/">{esc(p['menu'][0][0])}</a></div>
<h1 class="entry-title">{title_html}</h1>
<div class="entry-meta"><time>{esc(case['date'])}</time></div>
{lead}<div class="entry-content">
{body}
</div>
<div class="entry-share">{share}</div>
</article>
<section class="comments"><h3>{esc(L['comments'])}</h3>{com}</section>
</main>
<aside class="sidebar"><h3>{esc(L['latest'])}</h3><ul>{side}</ul></aside>
</div>
<footer>{sources}<p>{esc(p['footer'])}</p><p><a href="/contacts/">{esc(L['contacts'])}</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ originals
def body_html(o, sub_tag):
    body = []
    for i, (kind, sents) in enumerate(o["blocks"]):
        t = esc(" ".join(otext(o, s) for s in sents))
        if kind == "h2":
            body.append(f"<{sub_tag}>{t}</{sub_tag}>")
        elif kind == "quote":
            body.append(f'<blockquote class="q"><p>{t}</p></blockquote>')
        elif kind == "q":
            body.append(f'<p class="question"><strong>— {t}</strong></p>')
        elif kind == "a":
            body.append(f"<p>— {t}</p>")
        elif kind == "ol":
            lis = []
            for x in sents:
                lead, _, rest = x.partition("|")
                lis.append(f"<li><strong>{esc(otext(o, lead))}</strong> {esc(otext(o, rest))}</li>")
            body.append('<ol class="facts">' + "".join(lis) + "</ol>")
        elif kind == "table":
            head = "".join(f"<th>{esc(c.strip())}</th>" for c in sents[0].split("|"))
            rows = "".join("<tr>" + "".join(f"<td>{esc(c.strip())}</td>" for c in r.split("|")) + "</tr>"
                           for r in sents[1:])
            body.append(f'<table class="tariffs"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        else:
            body.append(f"<p>{t}</p>")
        if i == 0 and o.get("caption"):
            body.append(f'<figure class="photo"><img src="/uploads/2026/11/{o["num"]}-1.jpg" alt="">'
                        f'<figcaption>{esc(o["caption"])}</figcaption></figure>')
    return "\n".join(body)


def original_zhaiyq(o):
    """Жайық нұры: a Kazakh regional site with a Cyrillic and a Latin-alphabet edition; h1, a lead paragraph,
    author line, a photo after the first paragraph, <h2> subheadings, <blockquote> quotes, an <ol> of facts.
    The head declares the AMP view, the WordPress shortlink and (Cyrillic articles) the Latin edition."""
    lat = o.get("script") == "lat21"
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    rel_h = "Ūqsas jañalyqtar" if lat else "Ұқсас жаңалықтар"
    rel = f'<section class="related"><h3>{rel_h}</h3><ul>{rel}</ul></section>' if rel else ""
    tag_root = "https://zhaiyq-nury.kz/lat/tag/" if lat else "https://zhaiyq-nury.kz/kk/tag/"
    tags = " ".join(f'<a href="{tag_root}{attr(quote(t))}">#{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    name = "Jaiyq nūry" if lat else "Жайық нұры"
    alt = ""
    switch = ""
    if o.get("lat_url"):
        alt = (f'<link rel="alternate" hreflang="kk-Cyrl" href="{attr(u)}">\n'
               f'<link rel="alternate" hreflang="kk-Latn" href="{attr(o["lat_url"])}">\n')
        switch = f' <a class="abc" href="{attr(o["lat_url"])}">Latyn</a>'
    nav = ('<a href="https://zhaiyq-nury.kz/lat/janalyqtar/">Jañalyqtar</a> <a href="https://zhaiyq-nury.kz/lat/aimaq/">Aimaq</a>'
           if lat else '<a href="https://zhaiyq-nury.kz/kk/zhanalyqtar/">Жаңалықтар</a> '
           '<a href="https://zhaiyq-nury.kz/kk/aimaq/">Аймақ</a>')
    share = "Bölısu" if lat else "Бөлісу"
    foot = ("© 2010–2026 «Jaiyq nūry». Materialdardy köşırıp basqanda tüpnūsqağa belsendı gipersılteme qoiu mındettı."
            if lat else "© 2010–2026 «Жайық нұры». Материалдарды көшіріп басқанда түпнұсқаға белсенді гиперсілтеме "
            "қою міндетті.")
    return f"""<!DOCTYPE html>
<html lang="{'kk-Latn' if lat else 'kk'}">
<head>
<meta charset="utf-8">
<title>{esc(otext(o, o['headline']))} - {name}</title>
<link rel="canonical" href="{attr(u)}">
<link rel="shortlink" href="{attr(o['shortlink'])}">
<link rel="amphtml" href="{attr(o['amp'])}">
{alt}<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(otext(o, o['headline']))}">
</head>
<body>
<header class="head"><a class="logo" href="https://zhaiyq-nury.kz/">{name}</a>
<nav>{nav}{switch}</nav></header>
<main>
<article class="post">
<div class="post-rubric">{esc(o['rubric'])}</div>
<h1>{esc(otext(o, o['headline']))}</h1>
<p class="post-lead">{esc(" ".join(otext(o, s) for s in o["standfirst"]))}</p>
<div class="post-meta">{esc(o['author'])} | {esc(o['date'])}</div>
<div class="post-body">
{body_html(o, "h2")}
</div>
<div class="post-tags">{tags}</div>
<div class="post-share">{share}: <a href="https://facebook.example/sharer?u={attr(u)}">Facebook</a></div>
</article>
{rel}
</main>
<footer>{foot}</footer>
</body>
</html>
"""


def original_oboz(o):
    """Актюбинский обозреватель: a Russian portal; header block with h1 and lead, the body in
    itemprop=articleBody; <h3> subheadings, <blockquote> quotes, interview questions in bold, a table."""
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    rel = f'<div class="more-news"><h4>Читайте также</h4><ul>{rel}</ul></div>' if rel else ""
    tags = ", ".join(f'<a href="https://aktobe-obozrevatel.kz/tags/{attr(quote(t))}/">{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    mob = u.replace("https://", "https://m.")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Актюбинский обозреватель</title>
<link rel="canonical" href="{attr(u)}">
<link rel="amphtml" href="{attr(o['amp'])}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="{attr(mob)}">
<meta property="og:url" content="{attr(u)}">
<meta property="og:title" content="{attr(o['headline'])}">
</head>
<body>
<div class="header"><a href="https://aktobe-obozrevatel.kz/" class="logo">Актюбинский обозреватель</a>
<ul class="menu"><li><a href="https://aktobe-obozrevatel.kz/news/">Новости</a></li>\
<li><a href="https://aktobe-obozrevatel.kz/news/society/">Общество</a></li></ul></div>
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-head">
<span class="rubric">{esc(o['rubric'])}</span>
<h1 itemprop="headline">{esc(o['headline'])}</h1>
<div class="lead" itemprop="description">{esc(" ".join(o["standfirst"]))}</div>
<div class="meta">{esc(o['date'])} · {esc(o['author'])}</div>
</div>
<div class="article-text" itemprop="articleBody">
{body_html(o, "h3")}
</div>
<div class="article-tags">Теги: {tags}</div>
</div>
{rel}
<div class="footer">© Актюбинский обозреватель, 2009–2026. При использовании материалов гиперссылка на \
aktobe-obozrevatel.kz обязательна.</div>
</body>
</html>
"""


def original_irtysh(o):
    """Irtysh Observer: an English-language site; h1, standfirst, byline, body with <h2> and <blockquote>."""
    rel = "".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o["related"])
    rel = f'<aside class="related"><h3>Related</h3><ul>{rel}</ul></aside>' if rel else ""
    tags = " ".join(f'<a href="https://irtysh-observer.com/tag/{attr(quote(t))}/">{esc(t)}</a>' for t in o["tags"])
    u = o["url"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(o['headline'])} | Irtysh Observer</title>
<link rel="canonical" href="{attr(u)}">
<link rel="amphtml" href="{attr(o['amp'])}">
<meta property="og:url" content="{attr(u)}">
</head>
<body>
<header><a class="brand" href="https://irtysh-observer.com/">Irtysh Observer</a>
<nav><a href="https://irtysh-observer.com/city/">City</a> <a href="https://irtysh-observer.com/business/">Business</a></nav></header>
<main>
<article>
<p class="kicker">{esc(o['rubric'])}</p>
<h1>{esc(o['headline'])}</h1>
<p class="standfirst">{esc(" ".join(o["standfirst"]))}</p>
<p class="byline">{esc(o['author'])} · {esc(o['date'])}</p>
<div class="article-body">
{body_html(o, "h2")}
</div>
<p class="tags">Tags: {tags}</p>
</article>
{rel}
</main>
<footer>© 2026 Irtysh Observer. Republishing requires a link to the original article.</footer>
</body>
</html>
"""


ORIGINAL_PAGE = {"zhaiyq": original_zhaiyq, "oboz": original_oboz, "irtysh": original_irtysh}


# ------------------------------------------------------------------ main
def main():
    originals = {o["id"]: o for o in load("originals.json")}
    for o in originals.values():
        setup(o)
        if o.get("script") == "lat21":  # transliteration keeps every word: the Latin text has the same tokens
            for _, ss in units(o):
                for s in ss:
                    assert len(tokens(otext(o, s))) == len(tokens(s.replace("|", " "))), s
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
        case["labels"] = p["labels"]
        case["partner_host"] = p["host"]
        assert case["link"] in QUALIFIES | NOT_QUALIFYING, case["link"]
        case["republished_url"] = f"https://{p['host']}/{p['path']}/{case['slug']}"
        case.setdefault("date", p["date"])
        b = Body(case, o, originals)
        parts = dict(body=b.render(case["body"]), lead=b.render(case.get("lead", [])),
                     own_footer=lambda s, b=b: b.own(s, "footer"))
        us = b.us
        title = case["title"]
        if isinstance(title, int):
            b.use(title, 0, ntok(o, us[title][1][0]))
            fx = case.get("title_fx")
            tt = apply_fx(us[title][1][0], fx) if fx else otext(o, us[title][1][0])
        else:
            tt = apply_fx(title, case.get("own_fx"))
        page = republished_page(case, o, p, parts, esc(tt), tt)
        kind = case["link"]
        if kind in QUALIFIES:
            assert f'href="{attr(href_for(kind, o, case))}"' in page, case["id"]
        else:
            for u in (o["url"], o["amp"], o.get("lat_url"), o.get("shortlink")):
                if u:
                    assert f'href="{attr(u)}' not in page, case["id"]
        total = sum(ntok(o, s) for _, ss in us for s in ss)
        reused = sum(b.used.values())
        frac = reused / total
        link_ok = kind in QUALIFIES
        excess = frac > 0.30
        missing = reused > 0 and not link_ok
        full = frac >= 0.90
        truth = dict(id=case["id"], original_url=o["url"], republished_url=case["republished_url"], lang=o["lang"],
                     mode=case["mode"], transform=case["transform"], link=kind,
                     reused_words=reused, original_words=total, reused_fraction=round(frac, 4), link_ok=link_ok,
                     expected_violations=sorted((["excess-reuse"] if excess else [])
                                                + (["missing-link"] if missing else [])),
                     compliant=not (excess or missing or full), verdict_scored=case.get("verdict_scored", True),
                     notes=case["notes"], original=o["id"], partner=p["host"])
        if "expect_reused" in case:
            assert reused == case["expect_reused"], (case["id"], reused, case["expect_reused"])
        d = os.path.join(HERE, case["id"])
        os.makedirs(d)
        for name, text in (("original.html", ORIGINAL_PAGE[o["site"]](o)), ("republished.html", page)):
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
