"""Rendering a report for people (a concise summary) and for scripts (JSON)."""

from __future__ import annotations

import json
import textwrap

from .page import Anchor
from .policy import Policy
from .report import Report
from .verdict import limit_percent, percent

__all__ = ["plain", "render_json", "render_policy_toml", "render_text"]

# Control characters a terminal acts on (C0 but tab and newline, DEL, C1, and the bidirectional controls that
# reorder what is shown): text from a page (a link's text, a server's status line) must not write escape
# sequences to an editor's terminal, erase the verdict or print another over it.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if c not in (0x09, 0x0A)}
_CONTROLS.update({c: f"\\u{c:04x}" for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]})


# The same characters in JSON: json.dumps escapes C0 but writes DEL, C1 and the bidirectional controls as
# themselves (and U+2028/2029, which end a line for many tools). As JSON escapes they are the same strings.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in _CONTROLS if c >= 0x7F}
_JSON_ESCAPES.update({0x2028: "\\u2028", 0x2029: "\\u2029"})


def plain(text: str) -> str:
    """`text` with the characters a terminal would act on written as visible escapes (`\\x1b`)."""
    return text.translate(_CONTROLS)


def render_json(report: Report) -> str:
    """The report as indented JSON (schema in the README), with no character a terminal acts on: `| cat` or
    `| less -R` of a report cannot be made to rewrite the screen by a page's text."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).translate(_JSON_ESCAPES)


def _excerpt(text: str, width: int = 72) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _wrap(prefix: str, text: str, width: int = 100) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=prefix, subsequent_indent=" " * len(prefix),
                         break_long_words=False, break_on_hyphens=False) or [prefix]


def _placed(b: Anchor) -> str:
    """An anchor's text and where it stands: '"Herald", in the article body, paragraph 3'."""
    where = "in the article body" if b.in_body else "outside the article body"
    para = f", paragraph {b.paragraph}" if b.paragraph else ""
    return f"\"{_excerpt(b.text, 40)}\", {where}{para}"


def render_text(report: Report, *, max_passages: int = 5, width: int = 100) -> str:
    """A concise human summary: verdict, the reuse against the limit, the link, findings and main passages."""
    m, link, pol = report.measurement, report.link, report.policy
    head = "COMPLIANT" if report.compliant else "VIOLATION"
    share = percent(m.fraction, pol.max_reuse_fraction)
    # A partner permitted to reprint in full has no limit: its share is not measured against one.
    unlimited = any(r.rule == "max-reuse" and not r.applies for r in report.rules)
    limit = "full reprint permitted" if unlimited else f"limit {limit_percent(pol.max_reuse_fraction)}"
    lines = [f"{head}: {report.republished.name} reuses {share} of {report.original.name} ({limit})", ""]
    unit = m.unit.value
    budget = ("the limit does not apply (a partner permitted to reprint in full)" if unlimited
              else f"{m.over_limit} over the limit of {m.allowed}" if m.over_limit
              else f"{m.remaining} more may be used")
    lines.append(f"  Reused     {m.reused} of {m.total} {unit}; {budget}")
    if m.unit.value != "words":
        lines.append(f"             ({m.reused_words} of {m.total_words} words)")
    if link.found and link.best is not None:
        b = link.best
        rel = f", rel={' '.join(b.rel)}" if b.rel else ""
        lines.append(f"  Hyperlink  found: {b.url} ({_placed(b)}{rel})")
    elif link.original_url is None:
        lines.append("  Hyperlink  not found (the original's URL is unknown; pass --original-url)")
    elif link.best is not None and link.best.visible and any(a is link.best for a in link.article_anchors):
        # a link to the article that does not qualify (placement, rel, a reader's comment)
        lines.append(f"  Hyperlink  does not qualify: {link.best.url} ({_placed(link.best)}); see below")
    else:
        lines.append(f"  Hyperlink  not found: no qualifying link to {link.original_url}")
    lines.append(f"  Original   {report.original.url or report.original.name} ({m.total_words} words)")
    for title, items, mark in (("Violations", report.violations, "x"), ("Warnings", report.warnings, "!")):
        if items:
            lines += ["", title]
            for f in items:
                lines += _wrap(f"  {mark} {f.code}: ", f.message + (f". Fix: {f.fix}." if f.fix else "."), width)
    if report.passages and max_passages > 0:
        shown = sorted(report.passages, key=lambda p: -p.original_words)[:max_passages]
        lines += ["", f"Passages ({len(report.passages)}, largest first)"]
        otext = report.original.text
        for p in shown:
            lines.append(f"  original {p.original_start}-{p.original_end} <-> republished "
                         f"{p.republished_start}-{p.republished_end}: {p.original_words} words, "
                         f"similarity {p.similarity:.2f}")
            lines.append(f"    \"{_excerpt(otext[p.original_start:p.original_end])}\"")
        if len(report.passages) > len(shown):
            lines.append(f"  ... {len(report.passages) - len(shown)} more (--format json lists them all)")
    return plain("\n".join(lines))


def render_policy_toml(policy: Policy) -> str:
    """The policy as a TOML file that `load_policy` reads back."""
    out = []
    for key, value in policy.to_dict().items():
        if isinstance(value, bool):
            out.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, list):
            out.append(f"{key} = [" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]")
        elif isinstance(value, str):
            out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        else:
            out.append(f"{key} = {value}")
    return "\n".join(out)


