"""The hyperlink finding on invented pages: the eight link situations, policies, and the evidence."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from reuse_guard.errors import MissingOriginalURLError
from reuse_guard.links import LINK_PROBLEMS, LinkFinding, find_link
from reuse_guard.load import Document
from reuse_guard.page import read_page
from reuse_guard.policy import LinkPlacement, Policy

EN_URL = "https://www.steppe-herald.kz/news/2026/11/port-reopens-1234.html"
KK_URL = "https://жаңалықтар.kz/қоғам/2026/11/порт-ашылды-77"
KK_PUNY_HOST = "жаңалықтар.kz".encode("idna").decode("ascii")
PAGE_URL = "https://partner.example.kz/economy/port-77.html"

EN_PARAS = [
    "The old river port at Kerey Bend reopened on Thursday after twelve months of dredging, and the first "
    "grain barge of the season tied up at the north quay shortly before noon.",
    "Harbour master Dana Omarova said the channel now holds four metres of water at its shallowest point, "
    "enough for the heavier barges that had been forced to unload downstream since last autumn.",
    "Farmers along the valley welcomed the news. Shipping wheat by water costs roughly half as much as "
    "sending it by lorry, and the nearest railway siding lies far away.",
]
KK_PARAS = [
    "Керей иініндегі ескі өзен порты он екі айлық түбін тереңдету жұмыстарынан кейін бейсенбі күні қайта "
    "ашылды, маусымның алғашқы астық баржасы түске дейін солтүстік айлаққа тоқтады.",
    "Порт басшысы Дана Омарова арнаның ең таяз жерінде енді төрт метр су бар екенін айтты, бұл ауыр "
    "баржалар үшін жеткілікті.",
    "Алқап фермерлері бұл жаңалықты қуана қарсы алды, өйткені бидайды сумен тасу жүк көлігімен "
    "тасығаннан екі есе арзан.",
]
RU_PARAS = [
    "Старый речной порт у излучины Керей открылся в четверг после двенадцати месяцев дноуглубительных "
    "работ, и первая баржа с зерном причалила к северному причалу незадолго до полудня.",
    "Начальник порта Дана Омарова сообщила, что глубина фарватера теперь составляет четыре метра даже в "
    "самом мелком месте.",
    "Фермеры долины встретили новость с радостью: перевозка пшеницы по воде обходится вдвое дешевле.",
]


def republished(source_line: str, paras: list[str] = EN_PARAS, *, first: bool = False, head: str = "") -> str:
    """A partner's page: its menu, the article with a source line, a sidebar of its own links, a footer."""
    menu = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(6))
    body = [f"<p>{p}</p>" for p in paras]
    if source_line:
        body.insert(0 if first else len(body), f"<p>{source_line}</p>")
    sidebar = "".join(f"<li><a href='/economy/story-{i}.html'>Another partner story {i}</a></li>" for i in range(5))
    return (f"<!doctype html><html><head><title>Partner</title>{head}</head><body>"
            f"<header><a href='/'>Partner Daily</a><nav><ul>{menu}</ul></nav></header>"
            f"<main><article><h1>Port reopens</h1><div class='article-body'>{''.join(body)}</div></article>"
            f"<aside class='sidebar'><ul>{sidebar}</ul></aside></main>"
            f"<footer><a href='/about'>About</a> <a href='mailto:desk@partner.example.kz'>Write</a></footer>"
            "</body></html>")


def finding(html: str, original: str = EN_URL, aliases: tuple[str, ...] = (), policy: Policy = Policy()
            ) -> LinkFinding:
    return find_link(read_page(Document("r.html", "html", html, PAGE_URL)), original, aliases, policy=policy)


# ------------------------------------------------------------------------------------------ situations

SITUATIONS = {
    "none": ("", False, ()),
    "exact": (f"Source: <a href='{EN_URL}'>Steppe Herald</a>", True, ()),
    "variant": ("Source: <a href='HTTP://STEPPE-HERALD.KZ/news/2026/11/port-reopens-1234.html/"
                "?utm_source=partner&amp;utm_medium=referral#comments' target='_blank'>Steppe Herald</a>",
                True, ()),
    "nofollow": (f"Source: <a href='{EN_URL}' rel='nofollow noopener'>Steppe Herald</a>", True,
                 ("link-nofollow",)),
    "homepage": ("Source: <a href='https://steppe-herald.kz/'>Steppe Herald</a>", False,
                 ("link-homepage-only",)),
    "other-article": ("Source: <a href='https://www.steppe-herald.kz/news/2026/11/grain-prices-999.html'>"
                      "Steppe Herald</a>", False, ("link-other-article",)),
    "hidden-display": (f"Source: Steppe Herald<span style='display:none'><a href='{EN_URL}'>x</a></span>",
                       False, ("link-hidden",)),
    "hidden-visibility": (f"Source: Steppe Herald<span style='visibility: hidden'><a href='{EN_URL}'>x</a>"
                          "</span>", False, ("link-hidden",)),
    "hidden-attribute": (f"Source: Steppe Herald<span hidden><a href='{EN_URL}'>x</a></span>", False,
                         ("link-hidden",)),
    "text-url": (f"Source: {EN_URL}", False, ("link-plain-text",)),
}


@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_situations(situation: str) -> None:
    line, found, problems = SITUATIONS[situation]
    for first in (False, True):
        f = finding(republished(line, first=first))
        assert f.found is found, situation
        assert f.problems == problems, situation


def test_best_anchor_and_lists() -> None:
    html = republished(f"Source: <a href='{EN_URL}'>Steppe Herald</a> (<a href='https://steppe-herald.kz/'>"
                       "home</a>, <a href='https://steppe-herald.kz/news/'>news</a>)")
    f = finding(html)
    assert f.found and f.best is not None
    assert f.best.text == "Steppe Herald" and f.best.in_body
    assert [a.text for a in f.article_anchors] == ["Steppe Herald"]
    assert [a.text for a in f.homepage_anchors] == ["home"]
    assert [a.text for a in f.other_article_anchors] == ["news"]
    assert f.problems == ()


def test_partner_menus_and_sidebars_are_unrelated() -> None:
    f = finding(republished(""))
    assert (f.article_anchors, f.homepage_anchors, f.other_article_anchors) == ((), (), ())
    assert f.best is None


def test_visible_link_wins_over_hidden_copy() -> None:
    html = republished(f"Source: <a href='{EN_URL}'>Steppe Herald</a><span hidden><a href='{EN_URL}'>x</a></span>")
    f = finding(html)
    assert f.found and f.best is not None and f.best.visible
    assert "link-hidden" not in f.problems
    assert len(f.article_anchors) == 2


def test_hidden_best_candidate_carries_the_reason() -> None:
    f = finding(republished(SITUATIONS["hidden-display"][0]))
    assert f.best is not None and not f.best.visible and f.best.hidden_by == "display:none"


def test_link_in_an_html_comment_is_hidden() -> None:
    f = finding(republished(f"Source: Steppe Herald <!-- <a href='{EN_URL}'>Steppe Herald</a> -->"))
    assert not f.found and f.problems == ("link-hidden",)
    assert f.best is not None and f.best.hidden_by == "comment"


def _with_thread(page: str, box: str, rel: str = "") -> str:
    """`page` with a readers' comment thread (`box`: its opening tag) in which a reader links the original."""
    rel = f" rel='{rel}'" if rel else ""
    thread = (f"{box}<h3>Comments (2)</h3><div class='comment'><b>Aigerim</b>: the same story is here "
              f"<a href='{EN_URL}'{rel}>{EN_URL}</a></div><div class='comment'><b>Marat</b>: good news for the "
              "farmers.</div></div>")
    return page.replace("</main>", thread + "</main>")


@pytest.mark.parametrize("box", ["<section class='comments'>", "<div id='comments' class='comments-area'>",
                                 "<div id='disqus_thread'>", "<div class='post-comments'>",
                                 "<div itemprop='comment'>"])
@pytest.mark.parametrize("rel", ["", "ugc nofollow"])
def test_a_readers_link_in_the_comments_is_no_credit(box: str, rel: str) -> None:
    f = finding(_with_thread(republished(""), box, rel))
    assert not f.found
    assert f.problems == ("link-in-comments",)


@pytest.mark.parametrize("item", ["<div class='comment'><span class='comment-author'>Aigerim</span>",
                                  "<li class='comment'><time datetime='2026-11-20'>20 Nov</time>",
                                  "<div class='comment'><div class='avatar'></div>"])
def test_a_lone_readers_comment_is_still_a_thread(item: str) -> None:
    # One comment, with what a comment carries (a commenter's name, a date, an avatar): a reader's link.
    tag = item[1:].split()[0]
    page = republished("").replace("</main>", f"{item} the same story: <a href='{EN_URL}'>{EN_URL}</a></{tag}></main>")
    assert finding(page).problems == ("link-in-comments",)


@pytest.mark.parametrize("box", ["<div itemprop='comment'>", "<div class='comments'><div>Good news.</div>",
                                 "<div id='comments'>"])
def test_a_thread_without_names_or_dates_is_still_a_thread(box: str) -> None:
    # schema.org's Comment says so itself; two posts in a box named for comments are a thread (adversarial review)
    page = republished("").replace("</main>", f"{box}<div>The same story: <a href='{EN_URL}'>{EN_URL}</a></div></div>"
                                              "</main>")
    assert finding(page).problems == ("link-in-comments",)


@pytest.mark.parametrize("box", ["<div class='comment'>", "<div class='comments'>", "<div class='post-comments'>",
                                 "<div class='disqus_thread'>", "<p class='editor-comment'>"])
def test_a_partners_credit_boxed_as_a_comment_is_no_thread(box: str) -> None:
    # A lone credit line the partner's template calls a "comment" (red team): nothing in it is a thread's.
    tag = box[1:].split()[0]
    page = republished("").replace("</main>", f"{box}Source: <a href='{EN_URL}'>Steppe Herald</a></{tag}></main>")
    assert finding(page).found


def test_the_publishers_credit_still_qualifies_beside_a_readers_link() -> None:
    credit = republished(f"Source: <a href='{EN_URL}'>Steppe Herald</a>")
    f = finding(_with_thread(credit, "<section class='comments'>"))
    assert f.found and f.best is not None and f.best.in_body and "link-in-comments" not in f.problems


@pytest.mark.parametrize("wrapper", ["<div class='post type-post category-comment tag-comments'>",
                                     "<div id='comments-wrapper'>", "<section class='comment'>",
                                     "<div class='expert-comment'>", "<div itemprop='comment'>"])
def test_a_box_around_the_article_named_for_comments_is_no_thread(wrapper: str) -> None:
    # A "Comment" rubric, a theme's wrapper, an editor's commentary: the credit in the article still counts.
    tag = wrapper[1:].split()[0].rstrip(">")
    page = republished(f"Source: <a href='{EN_URL}'>Steppe Herald</a>").replace(
        "<main><article>", f"<main>{wrapper}<article>").replace("</article>", f"</article></{tag}>")
    f = finding(page)
    assert f.found and "link-in-comments" not in f.problems


@pytest.mark.parametrize("state", ["comments-open", "has-comments", "comments-count"])
def test_a_class_naming_a_comments_state_or_counter_is_no_thread(state: str) -> None:
    page = republished(f"Source: <a href='{EN_URL}'>Steppe Herald</a>").replace(
        "<div class='article-body'>", f"<div class='article-body {state}'>")
    assert finding(page).found


def test_an_href_written_with_backslashes_is_read_as_a_browser_reads_it() -> None:
    backslashed = EN_URL.replace("/", "\\")
    assert finding(republished(f"Source: <a href='{backslashed}'>Steppe Herald</a>")).found
    f = finding(republished(f"Source: <a href=\"javascript:go('{backslashed}')\">Steppe Herald</a>"))
    assert not f.found  # (a script's string is left as written)


def test_javascript_pseudo_link() -> None:
    line = f"Source: <a href='#' onclick=\"window.open('{EN_URL}')\">Steppe Herald</a>"
    f = finding(republished(line))
    assert not f.found and "link-javascript" in f.problems
    f = finding(republished(f"Source: <a href=\"javascript:window.open('{EN_URL}')\">Steppe Herald</a>"))
    assert not f.found and "link-javascript" in f.problems


def test_redirector_link_counts_unless_an_active_link_is_required() -> None:
    line = ("Source: <a href='https://partner.example.kz/go?url=https%3A%2F%2Fwww.steppe-herald.kz%2Fnews%2F2026"
            "%2F11%2Fport-reopens-1234.html'>Steppe Herald</a>")
    f = finding(republished(line))
    assert f.found and f.problems == ("link-redirect",)
    assert not finding(republished(line), policy=replace(Policy(), allow_nofollow=False)).found


def test_google_amp_cache_link_designates_the_article() -> None:
    line = ("Source: <a href='https://www-steppe--herald-kz.cdn.ampproject.org/c/s/www.steppe-herald.kz/news/"
            "2026/11/port-reopens-1234.html'>Steppe Herald</a>")
    f = finding(republished(line))
    assert f.found and f.problems == ()


def test_misplaced_article_link_is_reported_even_with_a_home_page_link_in_place() -> None:
    policy = replace(Policy(), link_placement=LinkPlacement.BODY)
    html = republished(SITUATIONS["homepage"][0]).replace(
        "<a href='/about'>About</a>", f"<a href='{EN_URL}'>Original</a>")
    f = finding(html, policy=policy)
    assert not f.found and f.problems == ("link-not-in-body",)


def test_page_wide_nofollow_meta() -> None:
    html = republished(SITUATIONS["exact"][0], head="<meta name='robots' content='nofollow'>")
    f = finding(html)
    assert f.found and f.problems == ("link-nofollow",) and f.nofollow_page
    assert not finding(html, policy=replace(Policy(), allow_nofollow=False)).found


# ------------------------------------------------------------------------------------------ policies

@pytest.mark.parametrize("rel", ["nofollow", "ugc", "sponsored", "noopener NOFOLLOW"])
def test_active_link_policy_rejects_nofollow(rel: str) -> None:
    html = republished(f"Source: <a href='{EN_URL}' rel='{rel}'>Steppe Herald</a>")
    assert finding(html).found
    f = finding(html, policy=replace(Policy(), allow_nofollow=False))
    assert not f.found and f.problems == ("link-nofollow",)


@pytest.mark.parametrize("line", [
    f"Source: <noindex><a href='{EN_URL}'>Steppe Herald</a></noindex>",
    f"Source: <!--noindex--><a href='{EN_URL}'>Steppe Herald</a><!--/noindex-->",
])
def test_a_link_inside_yandex_noindex_is_not_active(line: str) -> None:
    # Runet sites hide links from Yandex's index with <noindex> (an element, or a pair of comments): it is
    # visible and clickable, so it qualifies by default with a warning, and fails a policy of active links.
    html = republished(line)
    f = finding(html)
    assert f.found and f.problems == ("link-noindex",) and f.best is not None and f.best.noindex
    strict = finding(html, policy=replace(Policy(), allow_nofollow=False))
    assert not strict.found and strict.problems == ("link-noindex",)


def test_a_noindex_block_ends_at_its_closing_comment() -> None:
    html = republished(f"<!--noindex--><a href='/ads'>Ad</a><!--/noindex--> Source: <a href='{EN_URL}'>Herald</a>")
    f = finding(html, policy=replace(Policy(), allow_nofollow=False))
    assert f.found and f.problems == () and f.best is not None and not f.best.noindex


def test_homepage_accepted_when_the_policy_says_so() -> None:
    html = republished(SITUATIONS["homepage"][0])
    f = finding(html, policy=replace(Policy(), accept_homepage=True))
    assert f.found and f.problems == ("link-homepage-only",)
    assert f.best is not None and f.best.url == "https://steppe-herald.kz/"


def test_placement_body() -> None:
    policy = replace(Policy(), link_placement=LinkPlacement.BODY)
    assert finding(republished(SITUATIONS["exact"][0]), policy=policy).found
    footer_link = republished("").replace("<a href='/about'>About</a>", f"<a href='{EN_URL}'>Original</a>")
    assert finding(footer_link).found
    f = finding(footer_link, policy=policy)
    assert not f.found and f.problems == ("link-not-in-body",)


def test_placement_first_paragraph() -> None:
    policy = replace(Policy(), link_placement=LinkPlacement.FIRST_PARAGRAPH)
    in_lead = [f"{EN_PARAS[0]} Reported by <a href='{EN_URL}'>Steppe Herald</a>.", *EN_PARAS[1:]]
    assert finding(republished("", in_lead), policy=policy).found
    # A source line standing before the first paragraph is read first, so it counts as the first paragraph.
    assert finding(republished(SITUATIONS["exact"][0], first=True), policy=policy).found
    f = finding(republished(SITUATIONS["exact"][0]), policy=policy)
    assert not f.found and f.problems == ("link-not-in-first-paragraph",)


def test_page_without_an_article_region_is_all_body() -> None:
    page = read_page(Document("r.html", "html", f"<p>Port news. <a href='{EN_URL}'>Source</a></p>", None), PAGE_URL)
    assert page.body is None
    for placement in (LinkPlacement.BODY, LinkPlacement.FIRST_PARAGRAPH):
        assert find_link(page, EN_URL, policy=replace(Policy(), link_placement=placement)).found


def test_missing_original_url_raises() -> None:
    page = read_page(Document("r.html", "html", republished(""), PAGE_URL))
    with pytest.raises(MissingOriginalURLError, match="original_url"):
        find_link(page, None)
    with pytest.raises(MissingOriginalURLError):
        find_link(page, "mailto:desk@steppe-herald.kz")


# ------------------------------------------------------------------------------------------ Cyrillic

def test_kazakh_idn_link_in_punycode_designates_the_unicode_url() -> None:
    href = f"http://{KK_PUNY_HOST}/%D2%9B%D0%BE%D2%93%D0%B0%D0%BC/2026/11/%D0%BF%D0%BE%D1%80%D1%82-" \
           "%D0%B0%D1%88%D1%8B%D0%BB%D0%B4%D1%8B-77/?utm_source=partner"
    f = finding(republished(f"Дереккөз: <a href='{href}'>Жаңалықтар</a>", KK_PARAS), KK_URL)
    assert f.found and f.problems == ()
    assert f.best is not None and f.best.text == "Жаңалықтар"


def test_kazakh_homepage_and_plain_text() -> None:
    f = finding(republished(f"Дереккөз: <a href='https://{KK_PUNY_HOST}/'>Жаңалықтар</a>", KK_PARAS), KK_URL)
    assert not f.found and f.problems == ("link-homepage-only",)
    f = finding(republished("Дереккөз: жаңалықтар.kz/қоғам/2026/11/порт-ашылды-77", KK_PARAS), KK_URL)
    assert not f.found and f.problems == ("link-plain-text",)
    assert [t.url for t in f.text_urls] == ["жаңалықтар.kz/қоғам/2026/11/порт-ашылды-77"]


def test_russian_page_with_amp_alias() -> None:
    original = "https://новости.рф/общество/порт-открылся-55"
    amp = "https://новости.рф/amp/общество/порт-открылся-55"
    puny = "новости.рф".encode("idna").decode("ascii")
    line = f"Источник: <a href='https://{puny}/amp/общество/порт-открылся-55'>Новости</a>"
    f = finding(republished(line, RU_PARAS), original, aliases=(amp,))
    assert f.found and f.aliases == (amp,)


def test_an_alias_that_is_the_home_page_does_not_make_a_homepage_link_qualify() -> None:
    f = finding(republished(SITUATIONS["homepage"][0]), aliases=("https://www.steppe-herald.kz/",))
    assert not f.found and f.problems == ("link-homepage-only",)


def test_canonical_to_original_and_noindex_are_reported_but_are_not_links() -> None:
    head = f"<link rel='canonical' href='{EN_URL}'><meta name='robots' content='noindex'>"
    f = finding(republished("", head=head))
    assert not f.found
    assert f.canonical_to_original and f.noindex


def test_to_dict_is_json_ready() -> None:
    f = finding(republished(SITUATIONS["nofollow"][0]))
    d = json.loads(json.dumps(f.to_dict()))
    assert d["found"] is True
    assert d["best"]["href"] == EN_URL and d["best"]["rel"] == ["nofollow", "noopener"]
    assert d["best"]["in_body"] is True and d["best"]["visible"] is True and d["best"]["hidden_by"] is None
    assert d["best"]["text"] == "Steppe Herald" and isinstance(d["best"]["paragraph"], int)
    assert d["problems"] == ["link-nofollow"]
    assert {"article_anchors", "homepage_anchors", "other_article_anchors", "text_urls",
            "canonical_to_original", "noindex"} <= set(d)


def test_every_problem_code_is_documented() -> None:
    assert set(LINK_PROBLEMS) == {
        "link-nofollow", "link-noindex", "link-redirect", "link-hidden", "link-homepage-only", "link-other-article",
        "link-other-language", "link-plain-text", "link-javascript", "link-not-in-body", "link-not-in-first-paragraph",
        "link-in-comments", "link-no-scheme", "link-shortener"}


@pytest.mark.parametrize("href", [
    "https://www-steppe--herald-kz.cdn.ampproject.org/c/s/www.steppe-herald.kz/news/2026/11/port-reopens-1234.html",
    "https://www.google.com/amp/s/www.steppe-herald.kz/news/2026/11/port-reopens-1234.html",
    "https://partner.example.kz/go?url=https://www.steppe-herald.kz/news/2026/11/port-reopens-1234.html",
    "https://partner.example.kz/go?url=https%3A%2F%2Fwww.steppe-herald.kz%2Fnews%2F2026%2F11%2Fport-reopens-1234.html",
    f"https://{KK_PUNY_HOST}/%D2%9B%D0%BE%D2%93%D0%B0%D0%BC/2026/11/%D0%BF%D0%BE%D1%80%D1%82-%D0%B0%D1%88%D1%8B%D0%BB%D0%B4%D1%8B-77",
    "https://STEPPE-HERALD.KZ/news/2026/11/port-reopens-1234.html",
    "https://news.steppe-herald.kz/", "https://elsewhere.kz/steppe", "https://other.kz/a?u=steppe-herald.kz",
])
def test_skipping_anchors_that_cannot_reach_the_site_changes_no_finding(href: str, monkeypatch: Any) -> None:
    import reuse_guard.links as links

    for target in (EN_URL, KK_URL):
        p = read_page(Document("p", "html", f"<p>{EN_PARAS[0]} <a href='{href}'>source</a></p>"), PAGE_URL)
        fast = find_link(p, target).to_dict()
        monkeypatch.setattr(links, "_cannot_reach", lambda url, needles: False)
        assert find_link(p, target).to_dict() == fast
        monkeypatch.undo()


@pytest.mark.parametrize("style,reason", [("font-size:0", "font-size:0"), ("font-size: 0px !important", "font-size:0"),
                                          ("font-size:0 !important; font-size:14px", "font-size:0"),
                                          ("color:transparent;text-decoration:none", "color:transparent"),
                                          ("color: rgba(255, 255, 255, 0)", "color:transparent")])
def test_a_link_written_in_invisible_ink_is_hidden(style: str, reason: str) -> None:
    f = finding(republished(f"Source: Steppe Herald <a href='{EN_URL}' style='{style}'>Steppe Herald</a>"))
    assert not f.found and f.problems == ("link-hidden",)
    assert f.best is not None and f.best.hidden_by == reason


@pytest.mark.parametrize("inner,reason", [
    ("<span style='font-size:0'>Steppe Herald</span>", "font-size:0"),
    ("<span style='color:rgba(0,0,0,0)'>Steppe</span> <b style='color:transparent'>Herald</b>", "color:transparent"),
    ("<span style='font-size:0'><em style='font-size:150%'>Steppe Herald</em></span>", "font-size:0"),
])
def test_a_link_whose_children_write_its_text_in_invisible_ink_is_hidden(inner: str, reason: str) -> None:
    f = finding(republished(f"Source: Steppe Herald <a href='{EN_URL}'>{inner}</a>"))
    assert not f.found and f.problems == ("link-hidden",)
    assert f.best is not None and f.best.hidden_by == reason


@pytest.mark.parametrize("style,found", [("pointer-events:none", False), ("pointer-events: none !important", False),
                                         ("pointer-events:none; pointer-events:auto", True),
                                         ("pointer-events:none !important; pointer-events:auto", False)])
def test_a_link_that_cannot_be_clicked_is_hidden(style: str, found: bool) -> None:
    f = finding(republished(f"Source: <a href='{EN_URL}' style='{style}'>Steppe Herald</a>"))
    assert f.found is found
    if not found:
        assert f.problems == ("link-hidden",) and f.best is not None and f.best.hidden_by == "pointer-events:none"


@pytest.mark.parametrize("around,own,found", [("pointer-events:none", "", False),
                                              ("pointer-events:none", " style='pointer-events:auto'", True),
                                              ("pointer-events:auto", " style='pointer-events:none'", False),
                                              ("pointer-events:none; color:#222", " style='color:#333'", False)])
def test_pointer_events_are_inherited_from_the_boxes_around_a_link(around: str, own: str, found: bool) -> None:
    f = finding(republished(f"<div style='{around}'><p>Source: <a href='{EN_URL}'{own}>Steppe Herald</a></p></div>"))
    assert f.found is found
    if not found:
        assert f.best is not None and f.best.hidden_by == "pointer-events:none"


def test_a_link_whose_text_takes_the_pointer_back_can_be_clicked() -> None:
    # Found by review: the span is clickable, and a click on it opens the link around it.
    inner = "<span style='pointer-events:auto'>Steppe Herald</span>"
    f = finding(republished(f"<div style='pointer-events:none'><p>Source: <a href='{EN_URL}'>{inner}</a></p></div>"))
    assert f.found


def test_a_link_drawn_in_an_svg_is_a_credit() -> None:
    svg = f"<svg width='120' height='20'><a href='{EN_URL}'><text x='0' y='15'>Steppe Herald</text></a></svg>"
    assert finding(republished(f"Source: {svg}")).found


def test_a_box_with_font_size_0_around_a_link_is_a_layout_device() -> None:
    html = republished(f"<span style='font-size:0'><a href='{EN_URL}' style='font-size:14px'>Steppe Herald</a></span>")
    assert finding(html).found


@pytest.mark.parametrize("html", [
    f"<a href='{EN_URL}' style='font-size:0'><img src='/logo.png' alt='Steppe Herald'></a>",  # an image link
    f"<a href='{EN_URL}' style='color:transparent; color:#333'>Steppe Herald</a>",  # the last colour wins
    f"<a href='{EN_URL}' style='background-clip:text; -webkit-background-clip:text; color:transparent'>"
    "Steppe Herald</a>",  # gradient text
    f"<a href='{EN_URL}' style='font-size:0'><span style='font-size:15px'>Steppe Herald</span></a>",  # a child's size
    f"<a href='{EN_URL}'><span style='font-size:0'>&#8203;</span>Steppe Herald</a>",  # some of the text is seen
    f"<a href='{EN_URL}' style='color:transparent'><span style='-webkit-text-fill-color:#111'>Steppe Herald</span></a>",
])
def test_links_styled_to_be_seen_stay_credits(html: str) -> None:
    assert finding(republished(f"Source: {html}")).found


def test_a_credit_rewritten_by_a_web_archive_capture_designates_the_article() -> None:
    # The Wayback Machine rewrites every link of a capture to /web/<timestamp>/<the URL>.
    capture = "https://web.archive.org/web/20261127093512/https://partner.kz/news/99"
    html = republished(f"Source: <a href='/web/20261127093512/{EN_URL}'>Steppe Herald</a>")
    f = find_link(read_page(Document("r.html", "html", html, capture)), EN_URL)
    assert f.found and f.best is not None and f.best.url.startswith("https://web.archive.org/web/")
    other = republished("Source: <a href='/web/20261127093512/https://www.steppe-herald.kz/news/2026/11/other-9.html'>"
                        "Steppe Herald</a>")
    assert not find_link(read_page(Document("r.html", "html", other, capture)), EN_URL).found
    # A live page linking to an archived copy sends no reader to the publisher (found by review).
    for original in (EN_URL, "https://dalajarshy.example/kk/news/mektep-451"):  # ("amp" in "example")
        live = republished(f"Source: <a href='https://web.archive.org/web/20261127093512/{original}'>Herald</a>")
        page = read_page(Document("r.html", "html", live, "https://partner.kz/news/99"))
        assert not find_link(page, original).found


@pytest.mark.parametrize("extra", ["", "\ufdd0", "<svg:a xmlns:svg='http://www.w3.org/2000/svg'>x</svg:a>"])
def test_a_thread_inside_the_article_region_and_on_the_event_walk_is_still_a_thread(extra: str) -> None:
    # A short page's region takes in its thread; a sentinel character or a namespaced link sends the page to
    # the event walk, which must keep the anchors' elements too.
    body = "<p>" + EN_PARAS[0] + " " + EN_PARAS[1] + "</p>"
    thread = (f"<section class='comments'><h3>Comments</h3><div class='comment'>Same story: <a href='{EN_URL}'>"
              f"{EN_URL}</a></div></section>")
    html = f"<html><body><main><article><h1>Port</h1>{body}<p>{extra}</p></article>{thread}</main></body></html>"
    f = finding(html)
    assert not f.found and f.problems == ("link-in-comments",)
