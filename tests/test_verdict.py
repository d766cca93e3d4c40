import pytest

from reuse_guard.links import LinkFinding
from reuse_guard.measure import Measurement
from reuse_guard.page import Anchor
from reuse_guard.policy import Policy, ShareUnit
from reuse_guard.verdict import judge, percent

URL = "https://herald.example/news/1.html"
GOOD = LinkFinding(True, Anchor(URL, URL, "Herald"), original_url=URL)
NONE = LinkFinding(False, original_url=URL)


def m(reused: int, total: int = 100, limit: float = 0.30) -> Measurement:
    allowed = int(limit * total + 1e-9)
    return Measurement(ShareUnit.WORDS, reused, total, reused / total, reused, total, allowed,
                       max(0, reused - allowed), max(0, allowed - reused))


def codes(v):
    return [f.code for f in v.violations]


def test_within_limit_with_link_is_compliant():
    v = judge(m(20), GOOD, Policy(), "partner.example")
    assert v.compliant and codes(v) == []
    assert {r.rule: r.passed for r in v.rules} == {"max-reuse": True, "full-reprint-permission": True,
                                                   "link-required": True}


def test_exactly_30_percent_is_allowed_31_is_not():
    assert judge(m(30), GOOD, Policy(), None).compliant
    v = judge(m(31), GOOD, Policy(), None)
    assert codes(v) == ["excess-reuse"]
    assert "1 word is over the limit" in v.violations[0].message


@pytest.mark.parametrize("x,limit,shown", [(88 / 293, 0.3, "30.03%"), (0.3, 0.3, "30.0%"), (0.2999, 0.3, "29.99%"),
                                            (0.30001, 0.3, "30.001%"), (0.55, 0.3, "55.0%"), (0.3004, None, "30.0%")])
def test_a_share_just_over_or_under_the_limit_does_not_read_as_the_limit(x: float, limit: float | None,
                                                                          shown: str) -> None:
    assert percent(x, limit) == shown


def test_missing_link_only_when_reuse_found():
    assert codes(judge(m(10), NONE, Policy(), None)) == ["missing-link"]
    assert judge(m(0), NONE, Policy(), None).compliant
    assert judge(m(10), NONE, Policy(require_link=False), None).compliant


def test_full_reprint_needs_permission():
    v = judge(m(100), GOOD, Policy(), "copycat.example")
    assert codes(v) == ["excess-reuse", "full-reprint"]
    permitted = judge(m(100), GOOD, Policy(permitted_domains=("ally.example",)), "news.ally.example")
    assert permitted.compliant
    rule = next(r for r in permitted.rules if r.rule == "max-reuse")
    assert rule.passed and not rule.applies
    # The report says why a share over the limit is allowed.
    assert [w.code for w in permitted.warnings] == ["reprint-permitted"]
    assert "news.ally.example" in permitted.warnings[0].message
    assert judge(m(20), GOOD, Policy(permitted_domains=("ally.example",)), "ally.example").warnings == ()
    # With a permission list and no known site, the message asks for the page's URL.
    unknown = judge(m(100), GOOD, Policy(permitted_domains=("ally.example",)), None)
    assert "--republished-url" in next(v for v in unknown.violations if v.code == "full-reprint").message


def test_link_problems_become_warnings_and_explain_missing_link():
    hidden = LinkFinding(False, original_url=URL, problems=("link-hidden",))
    v = judge(m(10), hidden, Policy(), None)
    assert codes(v) == ["missing-link"]
    assert "hidden" in v.violations[0].message
    assert [w.code for w in v.warnings] == ["link-hidden"]
    nofollow = LinkFinding(True, Anchor(URL, URL, "x", rel=("nofollow",)), original_url=URL,
                           problems=("link-nofollow",))
    v = judge(m(10), nofollow, Policy(), None)
    assert v.compliant and [w.code for w in v.warnings] == ["link-nofollow"]


@pytest.mark.parametrize("reused", [0, 1, 29, 30, 31, 89, 90, 100])
def test_messages_are_sentences_with_fixes(reused):
    v = judge(m(reused), NONE, Policy(), None)
    for f in v.violations:
        assert f.message and f.fix and f.severity == "violation"
