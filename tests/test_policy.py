from dataclasses import replace
from pathlib import Path

import pytest

from reuse_guard import LinkPlacement, Policy, PolicyError, ShareUnit, load_policy
from reuse_guard.render import render_policy_toml


def test_default_is_the_30_percent_rule():
    p = Policy()
    assert p.max_reuse_fraction == 0.30
    assert p.require_link and p.allow_nofollow and not p.accept_homepage
    assert p.share_unit is ShareUnit.WORDS and p.link_placement is LinkPlacement.ANYWHERE
    assert p.permitted_domains == ()


def test_policy_is_frozen_and_replaceable():
    p = Policy()
    with pytest.raises(AttributeError):
        p.max_reuse_fraction = 0.5  # type: ignore[misc]
    assert replace(p, max_reuse_fraction=0.2).max_reuse_fraction == 0.2


@pytest.mark.parametrize("field,value", [
    ("max_reuse_fraction", 1.5), ("max_reuse_fraction", -0.1), ("max_reuse_fraction", "0.3"),
    ("full_reprint_fraction", 2), ("min_passage_words", 0), ("min_passage_words", 2.5),
    ("require_link", "yes"), ("permitted_domains", "partner.kz"),
])
def test_invalid_fields_raise_policy_error_naming_the_field(field, value):
    with pytest.raises(PolicyError, match=field):
        Policy().with_fields(**{field: value})


def test_unknown_field_is_named():
    with pytest.raises(PolicyError, match="max_reuse"):
        Policy().with_fields(max_reuse=0.2)


def test_enum_fields_from_strings_and_bad_values():
    p = Policy().with_fields(share_unit="characters", link_placement="first-paragraph")
    assert p.share_unit is ShareUnit.CHARACTERS and p.link_placement is LinkPlacement.FIRST_PARAGRAPH
    with pytest.raises(PolicyError, match="share_unit must be one of"):
        Policy().with_fields(share_unit="sentences")


def test_permitted_domains_are_normalised_and_match_subdomains():
    p = Policy(permitted_domains=("WWW.Partner.KZ", " ally.example "))
    assert p.permitted_domains == ("partner.kz", "ally.example")
    assert p.permits_full_reprint("news.partner.kz")
    assert p.permits_full_reprint("www.partner.kz")
    assert not p.permits_full_reprint("notpartner.kz")
    assert not p.permits_full_reprint(None)


def test_load_policy_from_toml_top_level_and_table(tmp_path: Path):
    f = tmp_path / "p.toml"
    f.write_text('max_reuse_fraction = 0.2\nallow_nofollow = false\npermitted_domains = ["a.kz"]\n')
    p = load_policy(f)
    assert (p.max_reuse_fraction, p.allow_nofollow, p.permitted_domains) == (0.2, False, ("a.kz",))
    f.write_text('[policy]\nlink_placement = "body"\n')
    assert load_policy(f).link_placement is LinkPlacement.BODY


def test_load_policy_errors_name_the_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("max_reuse_fraction = = 3")
    with pytest.raises(PolicyError, match="bad.toml"):
        load_policy(bad)
    with pytest.raises(PolicyError, match="missing.toml"):
        load_policy(tmp_path / "missing.toml")
    bad.write_text("colour = 'red'\n")
    with pytest.raises(PolicyError, match="unknown policy field"):
        load_policy(bad)


def test_rendered_policy_reads_back(tmp_path: Path):
    p = Policy(max_reuse_fraction=0.25, share_unit=ShareUnit.PARAGRAPHS, permitted_domains=("x.kz",),
               allow_nofollow=False)
    f = tmp_path / "round.toml"
    f.write_text(render_policy_toml(p))
    assert load_policy(f) == p


def test_enum_fields_accept_their_names_and_domains_are_normalised() -> None:
    assert replace(Policy(), share_unit="characters").share_unit is ShareUnit.CHARACTERS
    assert Policy(link_placement="first-paragraph").link_placement is LinkPlacement.FIRST_PARAGRAPH
    assert Policy(permitted_domains=("https://www.Partner.KZ/news/", "ally.kz.")).permitted_domains == (
        "partner.kz", "ally.kz")


@pytest.mark.parametrize("fields", [{"full_reprint_fraction": 0}, {"permitted_domains": ("*.kz",)},
                                    {"permitted_domains": ("kz",)}, {"share_unit": "pages"},
                                    {"full_reprint_fraction": 0.1}, {"max_reuse_fraction": 0.95}])
def test_policies_that_cannot_mean_anything_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(PolicyError):
        Policy(**fields)  # type: ignore[arg-type]
