import codecs
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from reuse_guard import LinkPlacement, Policy, PolicyError, ShareUnit, cli, load_policy
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
                                    {"full_reprint_fraction": 0.1},
                                    {"max_reuse_fraction": 0.95, "full_reprint_fraction": 0.9}])
def test_policies_that_cannot_mean_anything_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(PolicyError):
        Policy(**fields)  # type: ignore[arg-type]


def test_a_policy_file_saved_with_a_utf8_bom_loads(tmp_path: Path) -> None:
    f = tmp_path / "notepad.toml"
    f.write_bytes(codecs.BOM_UTF8 + "max_reuse_fraction = 0.2  # Ақтау редакциясы\n".encode())
    assert load_policy(f).max_reuse_fraction == 0.2


@pytest.mark.parametrize("encoded", [codecs.BOM_UTF16_LE + "allow_nofollow = false\r\n".encode("utf-16-le"),
                                     codecs.BOM_UTF16_BE + "allow_nofollow = false\r\n".encode("utf-16-be")],
                         ids=["utf-16-le", "utf-16-be"])
def test_a_utf16_policy_file_with_its_bom_loads(tmp_path: Path, encoded: bytes) -> None:
    f = tmp_path / "unicode.toml"
    f.write_bytes(encoded)
    assert load_policy(f).allow_nofollow is False


@pytest.mark.parametrize("encoded", ["max_reuse_fraction = 0.2  # доля\n".encode("cp1251"),
                                     "max_reuse_fraction = 0.2\n".encode("utf-16-le"),
                                     codecs.BOM_UTF16_LE + b"m\x00a"],
                         ids=["cp1251", "utf-16-without-bom", "utf-16-bom-odd-length"])
def test_a_policy_file_in_another_encoding_says_to_save_it_as_utf8(tmp_path: Path, encoded: bytes) -> None:
    f = tmp_path / "legacy.toml"
    f.write_bytes(encoded)
    with pytest.raises(PolicyError, match=r"^\S*legacy\.toml: .*save the policy file as UTF-8$") as info:
        load_policy(f)
    assert "codec" not in str(info.value)


def test_a_limit_above_the_default_full_reprint_threshold_raises_it_when_that_is_unset(tmp_path: Path) -> None:
    assert Policy(max_reuse_fraction=1).full_reprint_fraction == 1
    assert Policy(max_reuse_fraction=0.95).full_reprint_fraction == 0.95
    assert Policy(max_reuse_fraction=0.5).full_reprint_fraction == 0.90
    f = tmp_path / "one.toml"
    f.write_text("max_reuse_fraction = 1\n")
    loaded = load_policy(f)
    assert (loaded.max_reuse_fraction, loaded.full_reprint_fraction) == (1, 1)
    # the unset threshold comes back down with the limit, through with_fields and replace alike
    assert loaded.with_fields(max_reuse_fraction=0.3).full_reprint_fraction == 0.90
    assert replace(loaded, max_reuse_fraction=0.3).full_reprint_fraction == 0.90
    # what `reuse-guard policy` prints reads back as the same policy
    f.write_text(render_policy_toml(loaded))
    assert load_policy(f) == loaded


def test_the_cli_takes_max_reuse_100_percent_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["policy", "--max-reuse", "100%"]) == 0
    out = capsys.readouterr().out
    assert "max_reuse_fraction = 1.0" in out and "full_reprint_fraction = 1.0" in out


@pytest.mark.parametrize("build", [lambda f: Policy(max_reuse_fraction=0.95, full_reprint_fraction=0.9),
                                   lambda f: load_policy(f).with_fields(max_reuse_fraction=0.95)])
def test_a_full_reprint_threshold_set_below_the_limit_is_refused_naming_both_fields(tmp_path: Path, build) -> None:
    f = tmp_path / "set.toml"
    f.write_text("full_reprint_fraction = 0.9\n")
    with pytest.raises(PolicyError) as info:
        build(f)
    message = str(info.value)
    assert "full_reprint_fraction (0.9) is below max_reuse_fraction (0.95)" in message
    assert "set full_reprint_fraction = 0.95 or more" in message


@pytest.mark.parametrize(("toml", "spelled"), [
    ("min_passage_words = true", "got true"),
    ('require_link = "yes"', 'got "yes"'),
    ("permitted_domains = [1]", "got [1]"),
    ('permitted_domains = "partner.kz"', 'write permitted_domains = ["partner.kz"]'),
    ('link_placement = "first_paragraph"', '"anywhere", "body", "first-paragraph", got "first_paragraph"'),
    ("max_reuse_fraction = 30", "got 30; write 0.3 for 30%"),
    ('max_reuse_fraction = "30%"', 'got "30%"; write 0.3 for 30%'),
    ("max_reuse_fraction = {share = 0.3}", "got {share = 0.3}"),
    ("full_reprint_fraction = 1979-05-27", "got 1979-05-27"),
])
def test_messages_spell_the_bad_value_as_toml_does(tmp_path: Path, toml: str, spelled: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(toml + "\n")
    with pytest.raises(PolicyError) as info:
        load_policy(f)
    message = str(info.value)
    assert message.startswith(f"{f}: policy field {toml.split()[0]} ") and spelled in message, message
    assert not any(python in message for python in ("True", "(1,)", "'", "nan'", "datetime"))


@pytest.mark.parametrize(("toml", "named"), [
    ("max_reuse_fraction = 0.2\n[policy]\nmax_reuse_fraction = 0.25\n",
     "max_reuse_fraction is outside the [policy] table, so it would be ignored"),
    ('allow_nofollow = false\nshare_unit = "characters"\n[policy]\nrequire_link = true\n',
     "allow_nofollow, share_unit are outside the [policy] table, so they would be ignored"),
    ("[policy]\nrequire_link = true\n[link]\nrequire = true\n", "link is outside the [policy] table"),
])
def test_keys_outside_a_policy_table_are_refused_not_ignored(tmp_path: Path, toml: str, named: str) -> None:
    f = tmp_path / "mixed.toml"
    f.write_text(toml)
    with pytest.raises(PolicyError) as info:
        load_policy(f)
    assert str(info.value).startswith(f"{f}: {named}")
    assert "move" in str(info.value) and "[policy] line" in str(info.value)


@pytest.mark.parametrize("domain", [".kz", "partner..kz", "partner .kz", "a.kz, b.kz"])
def test_a_permitted_domain_with_an_empty_label_or_a_space_is_refused(tmp_path: Path, domain: str) -> None:
    f = tmp_path / "domains.toml"
    f.write_text(f"permitted_domains = [{json.dumps(domain)}]\n")
    with pytest.raises(PolicyError, match=rf'^\S*domains\.toml: permitted domain {re.escape(json.dumps(domain))} '
                                          r'is not a site.s domain name; write it as "partner\.kz"'):
        load_policy(f)


def test_permitted_domains_written_twice_are_kept_once() -> None:
    assert Policy(permitted_domains=("https://qazwire.example/", "QazWire.example", "a.kz")).permitted_domains == (
        "qazwire.example", "a.kz")


@pytest.mark.parametrize(("permitted", "republished"), [
    ("партнёр.рф", "xn--80a0aefbk0i.xn--p1ai"), ("xn--80a0aefbk0i.xn--p1ai", "news.партнёр.рф"),
    ("ПАРТНЁР.РФ", "www.xn--80a0aefbk0i.xn--p1ai")])
def test_an_internationalised_permitted_domain_matches_in_either_spelling(permitted: str, republished: str) -> None:
    assert Policy(permitted_domains=(permitted,)).permits_full_reprint(republished)
    assert not Policy(permitted_domains=(permitted,)).permits_full_reprint("xn--80a0aefbk0i.kz")
