"""The verdict: each rule of the policy held against its measured value, violations and warnings with fixes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .links import LinkFinding
from .measure import Measurement
from .policy import LinkPlacement, Policy

__all__ = ["Finding", "RuleResult", "Verdict", "judge"]

Severity = Literal["violation", "warning"]


@dataclass(frozen=True)
class Finding:
    """A violation (breaks the policy) or a warning (worth fixing, allowed): a stable code and actionable text."""

    code: str
    severity: Severity
    message: str
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class RuleResult:
    """One rule of the policy: what was measured, the limit it was held against, and whether it passed."""

    rule: str
    measured: float | bool | str | None
    limit: float | bool | str | None
    passed: bool
    applies: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "measured": self.measured, "limit": self.limit, "passed": self.passed,
                "applies": self.applies}


@dataclass(frozen=True)
class Verdict:
    """Whether the republication complies, and why: every rule, every violation and warning."""

    compliant: bool
    violations: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    rules: tuple[RuleResult, ...]


def percent(x: float, limit: float | None = None) -> str:
    """`x` as a percentage to one decimal, or to as many more (up to three) as it takes not to read as `limit`
    when it is not: 88 of 293 words is "30.03%", over a 30% limit, not "30.0%"."""
    for digits in range(1, 4):
        shown = f"{100 * x:.{digits}f}"
        if limit is None or x == limit or shown != f"{100 * limit:.{digits}f}":
            break
    return shown + "%"


def limit_percent(fraction: float) -> str:
    """A policy limit as a percentage, to two decimals at most: 30%, 12.5%, 33.33%."""
    return f"{100 * fraction:.2f}".rstrip("0").rstrip(".") + "%"


def _n(count: int, unit: str) -> str:
    """A count with its unit ("1 word", "3 words"; units are plural nouns)."""
    return f"{count} {unit[:-1] if count == 1 and unit.endswith('s') else unit}"


_LINK_WARNINGS: dict[str, tuple[str, str]] = {
    "link-nofollow": ("the link to the original carries rel nofollow/ugc/sponsored, so it is not an active, "
                      "indexable link", "remove rel=\"nofollow\" (and ugc/sponsored) from the link"),
    "link-noindex": ("the link to the original stands inside <noindex>, so Yandex does not index it: it is "
                     "not an active, indexable link", "take the link out of <noindex> (and <!--noindex-->)"),
    "link-hidden": ("a link to the original exists but a reader cannot see or click it (hidden element, "
                    "invisible ink, pointer-events:none, noscript, template or comment)",
                    "make the link visible and clickable in the article"),
    "link-homepage-only": ("the page links to the original site's home page, not to the article",
                           "link to the article's own URL"),
    "link-other-article": ("the page links to another article of the original site, not to this one",
                           "link to the article's own URL"),
    "link-other-language": ("the page links to the article's edition in another language (a translation the "
                            "original declares), not to the article it reuses", "link to the article's own URL"),
    "link-no-scheme": ("the link writes the article's address without https://, so a reader's browser opens a page of "
                       "this site instead", "write the link's address in full, starting with https://"),
    "link-shortener": ("the page links through a URL shortener; where it leads was not checked",
                       "link to the article's own URL, or check the short link by hand"),
    "link-plain-text": ("the original's URL is written as plain text, not as a clickable hyperlink",
                        "turn the URL into an <a href> hyperlink"),
    "link-not-in-body": ("the link to the original is outside the article body", "move the link into the article"),
    "link-not-in-first-paragraph": ("the link to the original is not in the first paragraph",
                                    "move the link into the first paragraph"),
    "link-javascript": ("a JavaScript pseudo-link carries the original's URL; it is not a real hyperlink",
                        "use the article's URL in href"),
    "link-redirect": ("the link reaches the original only through a redirector",
                      "link straight to the article's URL"),
    "link-in-comments": ("the only link to the original stands in the readers' comments: a reader's link, not "
                         "the publisher's credit", "credit the original with a link in the article itself"),
}


def _link_warnings(link: LinkFinding) -> list[Finding]:
    out = []
    for code in link.problems:
        message, fix = _LINK_WARNINGS.get(code, (code.replace("-", " "), ""))
        hidden_by = link.best.hidden_by if link.best is not None else None
        if code == "link-hidden" and hidden_by:
            message = f"a link to the original exists but a reader cannot see or click it ({hidden_by})"
        if code == "link-nofollow" and link.nofollow_page and link.best is not None \
                and not {"nofollow", "ugc", "sponsored"} & set(link.best.rel):
            message = ("the page's robots meta tag says nofollow, so search engines follow none of its links, the "
                       "one to the original included: it is not an active, indexable link")
            fix = "remove nofollow from the page's <meta name=\"robots\"> tag"
        out.append(Finding(code, "warning", message, fix))
    return out


def judge(m: Measurement, link: LinkFinding, policy: Policy, republished_domain: str | None) -> Verdict:
    """Hold the measurement and the link finding against `policy`; `republished_domain` is checked for permission."""
    violations: list[Finding] = []
    permitted = policy.permits_full_reprint(republished_domain)
    unit = m.unit.value
    full = m.reused > 0 and m.fraction >= policy.full_reprint_fraction
    excess = m.over_limit > 0
    rules = [
        RuleResult("max-reuse", round(m.fraction, 4), policy.max_reuse_fraction, not excess or permitted,
                   applies=not permitted),
        RuleResult("full-reprint-permission", round(m.fraction, 4), policy.full_reprint_fraction,
                   not full or permitted),
    ]
    if excess and not permitted:
        violations.append(Finding(
            "excess-reuse", "violation",
            f"{percent(m.fraction, policy.max_reuse_fraction)} of the original is reused ({m.reused} of "
            f"{_n(m.total, unit)}); the limit is {limit_percent(policy.max_reuse_fraction)} "
            f"({_n(m.allowed, unit)}), so {_n(m.over_limit, unit)} {'is' if m.over_limit == 1 else 'are'} over "
            "the limit",
            f"cut at least {_n(m.over_limit, unit)} of reused text, or get written permission"))
    if full and not permitted:
        if republished_domain is None and policy.permitted_domains:
            unpermitted = ("the republished page's site is unknown, so its permission cannot be checked (give the "
                           "page's URL: --republished-url, or republished_url= in Python)")
        else:
            unpermitted = f"{republished_domain or 'this site'} is not on the policy's list of partners permitted " \
                          "to reprint in full"
        violations.append(Finding(
            "full-reprint", "violation",
            f"this is a full reprint ({percent(m.fraction)} of the original), and {unpermitted}",
            "get written permission from the editors (the policy's permitted_domains, --permit)"
            + (", or reuse at most the allowed share" if policy.max_reuse_fraction < policy.full_reprint_fraction
               else "")))
    notes: list[Finding] = []
    if permitted and (excess or full):
        notes.append(Finding(
            "reprint-permitted", "warning",
            f"{republished_domain} is on the policy's list of partners permitted to reprint in full, so the "
            f"{limit_percent(policy.max_reuse_fraction)} limit does not apply to its {percent(m.fraction)}"))
    needs_link = policy.require_link and m.reused_words > 0
    rules.append(RuleResult("link-required", link.found, policy.require_link, link.found or not needs_link,
                            applies=needs_link))
    if needs_link and not link.found:
        why = {
            "link-hidden": "the only link to it is hidden from readers",
            "link-homepage-only": "the page links only to the original site's home page",
            "link-other-article": "the page links to another article of the original site",
            "link-other-language": "the page links only to the article's edition in another language",
            "link-no-scheme": "its link lacks https:// and opens a page of this site",
            "link-shortener": "the only candidate link goes through a URL shortener, which was not followed",
            "link-plain-text": "the original's URL appears only as plain text",
            "link-nofollow": "the only link to it is nofollow, and the policy demands an active link",
            "link-noindex": "the only link to it is inside <noindex>, and the policy demands an active link",
            "link-redirect": "the only link to it goes through a redirector, and the policy demands an active link",
            "link-javascript": "the only link to it is a JavaScript pseudo-link",
            "link-not-in-body": "the link is not in the article body, where the policy requires it",
            "link-not-in-first-paragraph": "the link is not in the first paragraph, where the policy requires it",
        }
        # (A home-page link the policy accepts is no reason: where it stands is.)
        reasons = [why[c] for c in link.problems if c in why
                   and not (c == "link-homepage-only" and policy.accept_homepage)]
        target = link.original_url or "the original article"
        message = f"reuse was found but there is no qualifying hyperlink to {target}"
        if reasons:
            message += ": " + "; ".join(reasons)
        where = {LinkPlacement.BODY: " in the article body",
                 LinkPlacement.FIRST_PARAGRAPH: " in the first paragraph"}.get(policy.link_placement, "")
        violations.append(Finding("missing-link", "violation", message,
                                  f"add a visible <a href=\"{target}\"> hyperlink{where}"))
    # Link warnings matter only where a link is owed: with no reuse there is nothing to credit.
    warnings = notes + (_link_warnings(link) if m.reused_words else [])
    return Verdict(not violations, tuple(violations), tuple(warnings), tuple(rules))
