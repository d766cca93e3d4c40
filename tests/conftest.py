"""Shared fixtures: small invented articles (written for these tests) and page builders."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (CI and the README's command give one answer);
# HYPOTHESIS_PROFILE=explore draws new ones, to look for failures.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ORIGINAL_URL = "https://herald.example/news/2026/11/river-port-reopens-1234.html"

EN_TITLE = "River port reopens after a year of dredging works"
EN_PARAGRAPHS = [
    "The old river port at Kerey Bend reopened on Thursday after twelve months of dredging, and the first "
    "grain barge of the season tied up at the north quay shortly before noon.",
    "Harbour master Dana Omarova said the channel now holds four metres of water at its shallowest point, "
    "enough for the heavier barges that had been forced to unload downstream since last autumn.",
    "The works cost the regional budget far more than the first estimate, because divers found two sunken "
    "pontoons and a rusted crane that had to be cut apart before the dredgers could pass.",
    "Farmers along the valley welcomed the news. Shipping wheat by water costs roughly half as much as "
    "sending it by lorry, and the nearest railway siding lies more than eighty kilometres away.",
    "Not everyone is pleased. Fishermen from the village of Aksu complain that the spoil dumped on the "
    "eastern shoals has muddied the spawning grounds where carp and pike gather every spring.",
    "The port authority promised to monitor the water quality every month and to publish the readings on "
    "its website, together with a plan to move the spoil to a landfill site inland.",
    "A second phase, planned for the summer after next, would lengthen the south quay and add a covered "
    "warehouse large enough to keep a whole harvest dry through the autumn rains.",
    "For now the quays are busy again. Crane drivers who had spent the year repairing lorries in town are "
    "back at their cabins, and the café by the gate has reopened its terrace for the sailors.",
]

RU_TITLE = "Речной порт снова открыт после года дноуглубительных работ"
RU_PARAGRAPHS = [
    "Старый речной порт у излучины Керей открылся в четверг после двенадцати месяцев дноуглубительных "
    "работ, и первая баржа с зерном причалила к северному причалу незадолго до полудня.",
    "Начальник порта Дана Омарова сообщила, что глубина фарватера теперь составляет четыре метра даже в "
    "самом мелком месте, чего достаточно для тяжёлых барж, разгружавшихся ниже по течению с прошлой осени.",
    "Работы обошлись областному бюджету намного дороже первой сметы, потому что водолазы нашли два "
    "затонувших понтона и ржавый кран, которые пришлось разрезать, прежде чем земснаряды смогли пройти.",
    "Фермеры долины встретили новость с радостью. Перевозка пшеницы по воде обходится примерно вдвое "
    "дешевле, чем грузовиками, а ближайшая железнодорожная ветка находится более чем в восьмидесяти "
    "километрах.",
    "Довольны не все. Рыбаки из села Аксу жалуются, что грунт, сброшенный на восточные отмели, замутил "
    "нерестилища, где каждую весну собираются сазан и щука.",
    "Администрация порта пообещала ежемесячно проверять качество воды и публиковать результаты на своём "
    "сайте вместе с планом вывоза грунта на полигон вдали от реки.",
]

FILLER = [
    "Our city council met on Monday to discuss the new bicycle lanes planned for the central avenue.",
    "Tickets for the winter music festival go on sale next week at the usual kiosks and online.",
    "The weather service expects light snow over the weekend, with temperatures falling below zero.",
]


def article_page(title: str, paragraphs: Sequence[str], url: str | None = ORIGINAL_URL, lang: str = "en") -> str:
    """An original article page with the usual furniture around the article."""
    head = f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">' if url else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
{head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/weather/">Weather</a></li></ul></nav></header>
<main><article><h1>{html.escape(title)}</h1><div class="byline">By Staff Reporter, 27 November 2026</div>
<div class="article-body">{body}</div>
<div class="share"><a href="https://share.example/?u=1">Share</a> <a href="https://post.example/?u=1">Post</a></div>
</article>
<aside><h3>Related</h3><ul><li><a href="/news/1">Bridge repairs start in spring</a></li>
<li><a href="/news/2">New school opens in the district</a></li></ul></aside></main>
<footer><p>© 2026 Herald. All rights reserved. Reuse of up to 30% with a hyperlink.</p></footer></body></html>"""


def republished_page(paragraphs: Sequence[str], link: str = "", own: Sequence[str] = FILLER) -> str:
    """A partner page carrying `paragraphs` (copied text), its own text, and an optional link snippet."""
    blocks = [f"<p>{html.escape(own[0])}</p>"] if own else []
    blocks += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    if link:
        blocks.append(f"<p>{link}</p>")
    blocks += [f"<p>{html.escape(p)}</p>" for p in own[1:]]
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Partner news</title></head><body>
<nav><a href="/">Partner home</a> <a href="/about">About</a></nav>
<div class="content"><h1>City digest</h1>{''.join(blocks)}</div>
<footer>Partner Daily 2026</footer></body></html>"""


@pytest.fixture
def original_html() -> str:
    return article_page(EN_TITLE, EN_PARAGRAPHS)
