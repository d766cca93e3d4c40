#!/usr/bin/env python3
"""Build the tenth hand-written republication benchmark (Kazakh, Russian, English): the republished side is not
a news article page. News aggregator feeds (cards from many outlets), Telegram channel web previews (t.me/s/),
VK / Facebook-like posts with readers' comments, forum threads with quote blocks, newspaper pages converted from
PDF (absolutely positioned lines or words, hyphenated line breaks), e-mail newsletter archives (tables, inline
styles, hidden preheaders), AMP pages, copies inside <iframe srcdoc>, Google-cache and Wayback-like wrappers,
print views and round-trip machine translations.

  python benchmarks/handcases10/make_cases.py    # (re)writes c0000.. and cases.jsonl next to this file

src/originals.py  3 invented originals (k1 kk, r1 ru, e1 en); units 0 headline, 1 standfirst, 2.. blocks
src/cases.py      the partner pages' furniture and one dict per case (see README.md)

Truth is computed here, never by hand (README.md "How truth is counted"): reused_words = syndbench TOKEN count of
the original words of every copied sentence a reader sees (each sentence once, the largest count if it appears
twice); a sentence shown with light edits counts whole, a part of a sentence counts its words when it has 8 or
more, a translation or text a reader does not see counts 0. Deterministic: no randomness.
"""
# ruff: noqa: E501  (long lines are HTML templates copied from the page kinds)
import html
import json
import os
import re
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, os.path.join(HERE, "src"))
from cases import CASES, FILL, PARTNERS  # noqa: E402
from originals import ORIGINALS  # noqa: E402

TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[^\W_]+", re.UNICODE)  # the same as syndbench.TOKEN
MIN_PASSAGE = 8  # the default policy's min_passage_words
LINE = 0.30

# link kinds: does the credit qualify (README.md "Link kinds")
QUALIFIES = {"exact": True, "go-enc": True, "go-plain": True, "wayback": True, "mail-enc": True,
             "comment": True, "tg-preview": True, "go-id": False, "mail-opaque": False, "text": False,
             "text-url": False, "srcdoc": False, "none": False}


def tokens(s):
    return TOKEN.findall(s)


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


def units(o):
    return [("h1", [o["headline"]]), ("lead", o["standfirst"]), *o["blocks"]]


# ------------------------------------------------------------------ text of a case
class Story:
    """Turns a case's paragraphs (lists of parts) into HTML or plain text and keeps the truth count."""

    def __init__(self, case, o, p):
        self.case, self.o, self.p = case, o, p
        self.us = units(o)
        self.used = {}

    def use(self, key, n):
        self.used[key] = max(self.used.get(key, 0), n)

    def href(self):
        u = self.o["url"]
        k = self.case["link"]
        if k in ("exact", "comment", "tg-preview", "srcdoc"):
            return u
        if k == "go-enc":
            return f"https://{self.p['host']}/go?to={quote(u, safe='')}"
        if k == "go-plain":
            return f"https://{self.p['host']}/away.php?to={u}"
        if k == "go-id":
            return f"https://{self.p['host']}/go/{48213 + self.case['n']}"
        if k == "wayback":
            return f"/web/20261127093512/{u}"
        if k == "mail-enc":
            return f"https://click.{self.p['host']}/track?u={quote(u, safe='')}&amp;m=2611{self.case['n']:02d}"
        if k == "mail-opaque":
            return f"https://click.{self.p['host']}/c/q{self.case['n']:02d}Xk7fZ2"
        return None

    def part(self, x, mode, count=True, link=True):
        """One part: own text (str, [[anchor]] = the credit) or a copied sentence (tuple)."""
        if isinstance(x, str):
            out = []
            for i, s in enumerate(re.split(r"\[\[(.+?)\]\]", x)):
                h = self.href() if (i % 2 and link) else None
                if i % 2 and self.case["link"] == "text-url":
                    out.append(esc(s) + " " + esc(self.o["url"]) if mode == "html" else s + " " + self.o["url"])
                elif h and mode == "html":
                    rel = ' rel="nofollow ugc"' if self.case["link"] == "comment" else ""
                    out.append(f'<a href="{h}"{rel} target="_blank">{esc(s)}</a>')
                else:
                    out.append(esc(s) if mode == "html" else s)
            return "".join(out)
        if x[0] == "L":  # a copied part that is itself the credit's anchor text
            inner = self.part(x[1], mode, count, link)
            h = self.href() if link else None
            if mode == "html" and h and self.case["link"] not in ("text", "text-url", "none"):
                return f'<a href="{h}" target="_blank">{inner}</a>'
            return inner
        kind, u, k = x[0], x[1], x[2]
        sent = self.us[u][1][k]
        if kind == "c":  # verbatim
            text, n = sent, len(tokens(sent))
        elif kind == "e":  # shown with edits, counted whole
            text, n = x[3], len(tokens(sent))
        elif kind == "s":  # a part of the sentence
            assert x[3] in sent, x
            text = x[3]
            n = len(tokens(text)) if len(tokens(text)) >= MIN_PASSAGE else 0
        else:
            assert kind == "z", x  # shown, counted 0 (a translation)
            text, n = x[3], 0
        if count:
            self.use((u, k), n)
        return esc(text) if mode == "html" else text

    def para(self, para, mode="html", count=True, link=True):
        if isinstance(para, (str, tuple)):
            para = [para]
        return " ".join(self.part(x, mode, count, link) for x in para)

    def paras(self, paras, tag="p", count=True, link=True):
        return "\n".join(f"<{tag}>{self.para(x, count=count, link=link)}</{tag}>" for x in paras)


# ------------------------------------------------------------------ page kinds
def head(title, lang, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
            f"{extra}</head>\n")


def page_agg(st, c, p, url):
    """A news aggregator's feed: cards from many outlets; the case's cards sit among them at `at`."""
    fill = FILL[p["lang"]]["cards"]
    cards = []
    for i, (outlet, t, lead) in enumerate(fill):
        cards.append(f'<div class="card"><div class="src">{esc(outlet)} · {10 + i}:{15 + i * 7}</div>'
                     f'<h3><a href="https://{p["host"]}/go/{9000 + i * 13}">{esc(t)}</a></h3><p>{esc(lead)}</p>'
                     f'<a class="more" href="https://{p["host"]}/go/{9000 + i * 13}">{esc(p["more"])}</a></div>')
    for at, card in sorted(c["cards"], key=lambda x: -x[0]):
        title = st.para(card["title"])
        body = st.paras(card.get("text", []))
        more = st.para(card["more"]) if card.get("more") else ""
        cards.insert(at, f'<div class="card"><div class="src">{esc(card["outlet"])} · 09:4{at}</div>'
                         f'<h3>{title}</h3>\n{body}\n<div class="more">{more}</div></div>')
    nav = "".join(f'<a href="/feed/{i}">{esc(t)}</a>' for i, t in enumerate(p["menu"]))
    return head(f"{p['name']} — {p['feedtitle']}", p["lang"], f'<link rel="canonical" href="{attr(url)}">\n') + \
        f"""<body>
<header><a class="logo" href="https://{p['host']}/">{esc(p['name'])}</a><nav>{nav}</nav></header>
<main class="feed">
<h1>{esc(p['feedtitle'])}</h1>
{chr(10).join(cards)}
<div class="pager"><a href="?page=2">2</a> <a href="?page=3">3</a></div>
</main>
<footer>{esc(p['footer'])}</footer>
</body>
</html>
"""


def tg_text(st, paras):
    return "<br/><br/>".join(st.para(x) for x in paras)


def page_tg(st, c, p, url):
    """A Telegram channel's web preview (t.me/s/<channel>): posts oldest first, the case's posts among them."""
    fill = FILL[p["lang"]]["posts"]
    posts = [("own", t) for t in fill]
    for at, post in sorted(c["posts"], key=lambda x: -x[0]):
        posts.insert(at, ("case", post))
    out = []
    for i, (kind, post) in enumerate(posts):
        pid = 2210 + i
        if kind == "own":
            text, prev = esc(post), ""
        else:
            text = tg_text(st, post["text"])
            prev = ""
            if post.get("preview"):
                pv = post["preview"]
                desc = st.para(pv["desc"]) if pv.get("desc") else ""
                prev = (f'<a class="tgme_widget_message_link_preview" href="{attr(st.o["url"])}">'
                        f'<div class="link_preview_site_name" dir="auto">{esc(pv["site"])}</div>'
                        f'<div class="link_preview_title" dir="auto">{st.para(pv["title"])}</div>'
                        f'<div class="link_preview_description" dir="auto">{desc}</div></a>')
        out.append(f"""<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{p['channel']}/{pid}">
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_owner_name"><span dir="auto">{esc(p['name'])}</span></div>
<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>
{prev}
<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{1200 + i * 311}</span>
<a class="tgme_widget_message_date" href="https://t.me/{p['channel']}/{pid}"><time datetime="2026-11-27T0{i % 9}:10:00+00:00">0{i % 9}:10</time></a></div>
</div></div></div>""")
    return head(f"{p['name']} – Telegram", p["lang"],
                f'<meta property="og:title" content="{attr(p["name"])}">\n'
                f'<link rel="canonical" href="{attr(url)}">\n') + f"""<body class="widget_frame_base tgme_webpreview">
<header class="tgme_header"><div class="tgme_header_title"><span dir="auto">{esc(p['name'])}</span></div>
<div class="tgme_header_counter">{esc(p['subs'])}</div>
<a class="tgme_action_button" href="https://t.me/{p['channel']}">{esc(p['view'])}</a></header>
<main class="tgme_channel_history js-message_history">
{chr(10).join(out)}
</main>
</body>
</html>
"""


def page_social(st, c, p, url):
    """A VK / Facebook-like post: text folded after `fold` paragraphs ("Show more"), comments below."""
    paras = c["post"]
    fold = c.get("fold", len(paras))
    vis = "<br><br>".join(st.para(x) for x in paras[:fold])
    more = ""
    if fold < len(paras):
        rest = "<br><br>".join(st.para(x) for x in paras[fold:])
        more = (f'<span class="wall_post_more_text" style="display:none"><br><br>{rest}</span>'
                f'<a class="wall_post_more" onclick="return showMore(this)">{esc(p["more"])}</a>')
    fill = FILL[p["lang"]]["comments"]
    coms = list(fill)
    for at, (who, cparas) in sorted(c.get("comments", []), key=lambda x: -x[0]):
        coms.insert(at, (who, cparas))
    ch = []
    for who, cp in coms:
        t = esc(cp) if isinstance(cp, str) else "<br>".join(st.para(x) for x in cp)
        ch.append(f'<div class="reply"><a class="reply_author" href="/id{abs(hash_(who)) % 99999}">{esc(who)}'
                  f'</a><div class="reply_text">{t}</div><div class="reply_date">27 {esc(p["month"])}</div></div>')
    return head(f"{p['name']} | {p['net']}", p["lang"], f'<link rel="canonical" href="{attr(url)}">\n') + \
        f"""<body class="{p['net'].lower()}">
<div id="page_header"><a href="/" class="top_home_logo">{esc(p['net'])}</a>
<input type="search" placeholder="{attr(p['search'])}"></div>
<div id="wall">
<div class="post">
<div class="post_header"><a class="author" href="/{p['channel']}">{esc(p['name'])}</a>
<span class="rel_date">{esc(p['date'])}</span></div>
<div class="wall_post_text">{vis}{more}</div>
{c.get('attach', '')}
<div class="like_btns"><span class="like">{esc(p['likes'])} 148</span><span class="share">{esc(p['share'])} 23</span></div>
</div>
<div class="replies"><h4>{esc(p['comments'])}</h4>
{chr(10).join(ch)}
</div>
</div>
</body>
</html>
"""


def hash_(s):
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(s))


def page_forum(st, c, p, url):
    """A forum thread: posts with author boxes; a post may open with a quote block (pasted text)."""
    out = []
    for i, post in enumerate(c["posts"]):
        who = post["who"]
        q = ""
        if post.get("quote"):
            q = (f'<blockquote class="bbcode_quote"><div class="quote_title">{esc(post.get("qtitle", p["quote"]))}'
                 f'</div><div class="quote_body">{"<br><br>".join(st.para(x) for x in post["quote"])}</div>'
                 f"</blockquote>")
        own = "<br><br>".join(st.para(x) for x in post.get("own", []))
        out.append(f"""<div class="post" id="p{77410 + i}">
<div class="postprofile"><a class="username" href="/memberlist.php?u={hash_(who) % 9000}">{esc(who)}</a>
<div class="rank">{esc(p['rank'])}</div></div>
<div class="postbody"><p class="author">{esc(p['posted'])} 27.11.2026, {10 + i}:0{i}</p>
<div class="content">{q}{own}</div></div></div>""")
    crumbs = " › ".join(f'<a href="/viewforum.php?f={i + 3}">{esc(t)}</a>' for i, t in enumerate(p["crumbs"]))
    return head(f"{c['topic']} - {p['name']}", p["lang"], f'<link rel="canonical" href="{attr(url)}">\n') + \
        f"""<body id="phpbb">
<div class="headerbar"><a href="./index.php" class="logo">{esc(p['name'])}</a>
<a href="./ucp.php?mode=login">{esc(p['login'])}</a></div>
<div class="navbar">{crumbs}</div>
<h2 class="topic-title">{esc(c['topic'])}</h2>
{chr(10).join(out)}
<div class="pagination">{esc(p['pages'])}</div>
<div class="copyright">Powered by phpBB®</div>
</body>
</html>
"""


def hyphenate(word):
    """Split a long word for a line end: after the first vowel past its middle (deterministic)."""
    vow = "аеёиоуыэюяәөұүіAEIOUaeiouy"
    mid = len(word) // 2
    for j in range(mid, len(word) - 3):
        if word[j] in vow:
            return word[:j + 1], word[j + 1:]
    return None


def lines_of(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if len(cand) <= width:
            cur = cand
            continue
        core = re.fullmatch(r"([^\W\d_]{9,})([,.:;»”]*)", w)
        split = hyphenate(core.group(1)) if core else None
        if split and len(cur) + 1 + len(split[0]) + 1 <= width + 2:
            lines.append((cur + " " + split[0] + "-").strip())
            cur = split[1] + core.group(2)
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def page_pdf(st, c, p, url):
    """A newspaper page converted from PDF: every line (or, with `words`, every word) an absolutely positioned
    element, no whitespace between them; long words hyphenated at line ends."""
    col = []
    y = 120
    blocks = [("title", c["title"])] + [("p", x) for x in c["paras"]]
    for kind, para in blocks:
        text = st.para(para, mode="text")
        width = 30 if kind == "title" else 44
        fs = "fs3" if kind == "title" else "fs1"
        for ln in lines_of(text, width):
            if c.get("words"):
                x = 60
                spans = []
                for w in ln.split(" "):
                    spans.append(f'<span class="w" style="left:{x}px">{esc(w)}</span>')
                    x += 9 * len(w) + 6
                col.append(f'<div class="t {fs}" style="top:{y}px">{"".join(spans)}</div>')
            else:
                col.append(f'<div class="t m0 x1 {fs} ff2" style="left:60px;top:{y}px">{esc(ln)}</div>')
            y += 26 if kind == "title" else 17
        y += 8
    other = []
    y2 = 120
    for para in FILL[p["lang"]]["column"]:
        for ln in lines_of(para, 44):
            other.append(f'<div class="t m0 x2 fs1 ff2" style="left:470px;top:{y2}px">{esc(ln)}</div>')
            y2 += 17
        y2 += 8
    return head(f"{p['name']} № 47 (2026) — {p['pageword']} 3", p["lang"],
                "<style>.pf{position:relative;width:900px;height:1270px}.t{position:absolute;white-space:pre}"
                ".w{position:absolute}.fs1{font-size:13px}.fs3{font-size:22px;font-weight:bold}</style>\n") + \
        f"""<body>
<div id="sidebar"><div class="outline"><a href="#pf1">1</a> <a href="#pf2">2</a> <a href="#pf3">3</a></div></div>
<div id="page-container">
<div id="pf3" class="pf w0 h0" data-page-no="3"><div class="pc pc3 w0 h0">
<img class="bi x0 y0 w1 h1" alt="" src="bg3.png">
<div class="t m0 x0 fs1 ff1" style="left:60px;top:40px">{esc(p['name'])} · № 47 · 27.11.2026 · {esc(p['pageword'])} 3</div>{"".join(col)}{"".join(other)}
</div></div>
</div>
</body>
</html>
"""


def page_mail(st, c, p, url):
    """An e-mail newsletter in the partner's web archive: nested tables, inline styles, a hidden preheader."""
    pre = ""
    if c.get("preheader"):
        pre = (f'<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;'
               f'max-width:0px;opacity:0;overflow:hidden;">{st.para(c["preheader"], count=False)}</div>')
    rows = []
    stories = list(FILL[p["lang"]]["mail"])
    for at, s in sorted(c["stories"], key=lambda x: -x[0]):
        stories.insert(at, s)
    for s in stories:
        if isinstance(s, tuple):
            t, body = s
            th, bh, mh = esc(t), f'<p style="margin:0 0 12px 0;">{esc(body)}</p>', ""
        else:
            th = st.para(s["title"])
            bh = "\n".join(f'<p style="margin:0 0 12px 0;">{st.para(x)}</p>' for x in s["text"])
            mh = st.para(s["more"]) if s.get("more") else ""
        rows.append(f"""<tr><td style="padding:18px 24px;border-bottom:1px solid #e5e5e5;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222222;">
<h2 style="font-size:19px;line-height:25px;margin:0 0 8px 0;color:#0b3d6e;">{th}</h2>
{bh}
<p style="margin:0;">{mh}</p></td></tr>""")
    return head(f"{p['name']} — {p['issue']}", p["lang"], f'<link rel="canonical" href="{attr(url)}">\n') + \
        f"""<body style="margin:0;padding:0;background:#f2f2f2;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;">
<a href="https://{p['host']}/newsletter/archive/" style="color:#888888;">{esc(p['webview'])}</a></td></tr>
<tr><td style="padding:20px 24px;background:#0b3d6e;font-family:Georgia,serif;font-size:26px;color:#ffffff;">{esc(p['name'])}<br>
<span style="font-size:13px;">{esc(p['issue'])}</span></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:18px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;">{esc(p['footer'])}<br>
<a href="https://{p['host']}/newsletter/unsubscribe?e=%2A%7CEMAIL%7C%2A" style="color:#888888;">{esc(p['unsub'])}</a></td></tr>
</table></td></tr></table>
</body>
</html>
"""


def page_amp(st, c, p, url):
    """The partner's AMP page: amp-sidebar menu, amp-img, the copy (a part in an amp-accordion, folded)."""
    body = st.paras(c["paras"])
    acc = ""
    if c.get("folded"):
        acc = (f'<amp-accordion layout="container"><section><h4>{esc(p["fulltext"])}</h4><div>\n'
               f'{st.paras(c["folded"])}\n</div></section></amp-accordion>')
    nav = "".join(f'<li><a href="/amp/{i}/">{esc(t)}</a></li>' for i, t in enumerate(p["menu"]))
    title = st.para(c["title"])
    tplain = st.para(c["title"], mode="text", count=False)
    canon = url.replace("/amp/", "/")
    return (f'<!doctype html>\n<html amp lang="{p["lang"]}">\n<head>\n<meta charset="utf-8">\n'
            f'<script async src="https://cdn.ampproject.org/v0.js"></script>\n<title>{esc(tplain)}</title>\n'
            f'<link rel="canonical" href="{attr(canon)}">\n<meta name="viewport" content="width=device-width">\n'
            f"<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
            f"animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>\n"
            f"<style amp-custom>body{{font-family:sans-serif}}.art p{{font-size:17px}}</style>\n</head>\n") + \
        f"""<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{nav}</ul></amp-sidebar>
<header><button on="tap:menu.toggle">☰</button><a href="https://{p['host']}/">{esc(p['name'])}</a></header>
<article class="art">
<h1>{title}</h1>
<div class="date">{esc(p['date'])}</div>
<amp-img src="https://{p['host']}/img/{c['slug']}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
{body}
{acc}
</article>
<footer>{esc(p['footer'])}</footer>
</body>
</html>
"""


def article_shell(st, c, p, url, extra_head="", banner="", base=""):
    title = st.para(c["title"])
    tplain = st.para(c["title"], mode="text", count=False)
    body = st.paras(c["paras"])
    nav = "".join(f'<li><a href="/{i}/">{esc(t)}</a></li>' for i, t in enumerate(p["menu"]))
    side = "".join(f"<li><a href=\"/news/{i}\">{esc(t)}</a></li>" for i, t in enumerate(FILL[p['lang']]['side']))
    return head(f"{tplain} — {p['name']}", p["lang"], base + extra_head) + f"""<body>
{banner}<div class="site">
<header class="site-header"><a class="logo" href="https://{p['host']}/">{esc(p['name'])}</a><nav><ul>{nav}</ul></nav></header>
<main><article class="entry">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><time>{esc(p['date'])}</time></div>
<div class="entry-content">
{body}
</div></article></main>
<aside class="sidebar"><ul>{side}</ul></aside>
<footer><p>{esc(p['footer'])}</p></footer>
</div>
</body>
</html>
"""


def page_gcache(st, c, p, url):
    """A Google-cache-like copy of the partner's article: a banner on top, <base> to the partner's page."""
    purl = c["partner_url"]
    banner = (f'<div style="position:relative;background:#f5f5f5;border-bottom:1px solid #ccc;padding:8px;'
              f'font:13px arial,sans-serif"><div>{esc(p["cache1"])} <a href="{attr(purl)}">{esc(purl)}</a>. '
              f'{esc(p["cache2"])}</div><div><a href="{attr(url)}&amp;strip=1">{esc(p["cache3"])}</a></div></div>\n')
    return article_shell(st, c, p, url, banner=banner, base=f'<base href="{attr(purl)}">\n')


def page_wayback(st, c, p, url):
    """A Wayback-like capture: the archive's toolbar on top, the partner's links rewritten to /web/<ts>/..."""
    purl = c["partner_url"]
    banner = (f'<div id="wm-ipp-base" style="display:block"><div id="wm-ipp" style="position:relative">'
              f'<table id="wm-toolbar"><tr><td><a href="/web/">Wayback Machine</a></td>'
              f'<td><input name="url" value="{attr(purl)}"></td><td>{esc(p["wb1"])}</td>'
              f'<td><a href="/web/20261127093512*/{attr(purl)}">{esc(p["wb2"])}</a></td></tr></table>'
              f"</div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n")
    return article_shell(st, c, p, url, banner=banner)


def page_print(st, c, p, url):
    """The partner's print view: no menus, the text, the page address printed under it."""
    title = st.para(c["title"])
    tplain = st.para(c["title"], mode="text", count=False)
    body = st.paras(c["paras"])
    return head(f"{tplain} — {p['name']}", p["lang"], '<meta name="robots" content="noindex">\n'
                '<style>body{font-family:serif;max-width:700px}</style>\n') + f"""<body onload="window.print()">
<div class="print-logo">{esc(p['name'])} · {esc(p['host'])}</div>
<h1>{title}</h1>
<div class="print-date">{esc(p['date'])}</div>
{body}
<hr>
<div class="print-url">{esc(p['printurl'])}: {esc(c['partner_url'])}</div>
</body>
</html>
"""


def page_iframe(st, c, p, url):
    """The copy sits in an <iframe srcdoc> (a 'partner widget'); the outer page has the partner's own text."""
    inner_body = st.paras(c["inner"], link=c["link"] == "srcdoc")
    inner = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;margin:0}'
             f'</style></head><body><div class="widget">{inner_body}</div></body></html>')
    outer = st.paras(c.get("outer", []), link=c["link"] != "srcdoc")
    c2 = dict(c, paras=[])
    page = article_shell(st, c2, p, url)
    frame = f'<iframe class="partner-widget" width="100%" height="900" frameborder="0" srcdoc="{attr(inner)}"></iframe>'
    return page.replace('<div class="entry-content">\n\n</div>',
                        f'<div class="entry-content">\n{outer}\n{frame}\n{st.paras(c.get("after", []))}\n</div>')


def page_plain(st, c, p, url):
    """An ordinary partner article page (round-trip translations)."""
    return article_shell(st, c, p, url, extra_head=f'<link rel="canonical" href="{attr(url)}">\n')


KINDS = {"agg": page_agg, "tg": page_tg, "social": page_social, "forum": page_forum, "pdf": page_pdf,
         "mail": page_mail, "amp": page_amp, "gcache": page_gcache, "wayback": page_wayback, "print": page_print,
         "iframe": page_iframe, "plain": page_plain}


# ------------------------------------------------------------------ the original's page
SITES = {
    "saryzhailau": dict(name="Сарыжайлау ақпарат", home="https://saryzhailau-aqparat.kz/", lang="kk",
                        related="Ұқсас жаңалықтар", tags="Тегтер", share="Бөлісу",
                        nav=[("Жаңалықтар", "kk/zhanalyqtar/"), ("Қоғам", "kk/qogam/"), ("Аймақ", "kk/aimaq/")],
                        foot="© 2015–2026 «Сарыжайлау ақпарат». Материалдарды пайдаланғанда белсенді гиперсілтеме "
                             "міндетті."),
    "saryarka": dict(name="Сарыарка Пресс", home="https://saryarka-press.kz/", lang="ru", related="Читайте также",
                     tags="Теги", share="Поделиться",
                     nav=[("Новости", "ru/news/"), ("Общество", "ru/news/obshchestvo/"), ("Спорт", "ru/news/sport/")],
                     foot="© Сарыарка Пресс, 2011–2026. Перепечатка разрешена только с активной гиперссылкой."),
    "ledger": dict(name="Caspian Ledger", home="https://caspianledger.com/", lang="en", related="Related",
                   tags="Tags", share="Share",
                   nav=[("Business", "business/"), ("Regions", "regions/"), ("Energy", "energy/")],
                   foot="© 2026 Caspian Ledger. Republishing requires a hyperlink to the original article."),
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
        url = case["url"]
        st = Story(case, o, p)
        page = KINDS[case["kind"]](st, case, p, url)
        ok = QUALIFIES[case["link"]]
        if case["link"] in ("exact", "comment", "tg-preview"):
            assert f'href="{attr(o["url"])}"' in page, case["id"]
        if not ok and case["link"] != "srcdoc":
            assert f'href="{attr(o["url"])}' not in page, case["id"]
            assert quote(o["url"], safe="") not in page, case["id"]
        total = sum(len(tokens(s)) for _, ss in units(o) for s in ss)
        reused = sum(st.used.values())
        if "expect" in case:
            assert reused == case["expect"], (case["id"], reused, case["expect"])
        frac = reused / total
        excess = frac > LINE
        missing = reused > 0 and not ok
        full = frac >= 0.90
        truth = dict(id=case["id"], original_url=o["url"], republished_url=url, lang=o["lang"],
                     mode=case["kind"], transform=case["transform"], link=case["link"],
                     reused_words=reused, original_words=total, reused_fraction=round(frac, 4), link_ok=ok,
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
