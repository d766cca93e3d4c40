import reuse_guard

PUBLIC = {
    "SCHEMA_VERSION", "Anchor", "DocumentSummary", "FetchError", "Finding", "Html", "InputError", "Limits",
    "LinkFinding", "LinkPlacement", "Measurement", "MissingOriginalURLError", "Passage", "Policy", "PolicyError",
    "Report", "ReuseGuardError", "RuleResult", "ShareUnit", "Text", "TextURL", "check", "load_policy",
}


def test_all_is_exactly_the_public_surface_and_sorted():
    assert set(reuse_guard.__all__) == PUBLIC
    assert reuse_guard.__all__ == sorted(reuse_guard.__all__, key=lambda n: (not n.isupper(), n))
    for name in reuse_guard.__all__:
        assert hasattr(reuse_guard, name)


def test_error_tree_has_one_root():
    for name in ("InputError", "FetchError", "MissingOriginalURLError", "PolicyError"):
        assert issubclass(getattr(reuse_guard, name), reuse_guard.ReuseGuardError)
    assert issubclass(reuse_guard.FetchError, reuse_guard.InputError)
    assert issubclass(reuse_guard.MissingOriginalURLError, reuse_guard.InputError)


def test_library_does_not_import_cli_frameworks():
    import subprocess
    import sys

    code = ("import sys, reuse_guard; reuse_guard.check; "
            "bad = [m for m in ('argparse', 'click', 'rich', 'tqdm', 'reuse_guard.cli') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_url_of_the_wrong_type_is_an_input_error_not_a_traceback() -> None:
    # Found by the UX audit: original_url=5 raised AttributeError.
    from pathlib import Path

    import pytest

    import reuse_guard
    examples = Path(__file__).resolve().parent.parent / "examples" / "en"
    with pytest.raises(reuse_guard.InputError, match="not a valid http"):
        reuse_guard.check(examples / "original.html", examples / "compliant.html", original_url=5)  # type: ignore[arg-type]
