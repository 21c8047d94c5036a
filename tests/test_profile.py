"""The org profile: the spec's defaults, overrides from TOML, and clear refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.errors import InputError
from kompas_tui.i18n import set_language
from kompas_tui.storage.profile import load_profile

DOCS = Path(__file__).resolve().parent.parent / "docs" / "profile.md"


def test_defaults_are_the_numbers_of_the_spec():
    assert DEFAULT_PROFILE == OrgProfile()
    p = DEFAULT_PROFILE
    assert (p.green_min, p.red_below, p.min_respondents) == (70, 50, 5)
    assert (p.meaningful_change, p.response_rate_warning, p.remeasure_month) == (5.0, 60.0, 1)
    assert p.leadership_words == ["leder", "ledelse", "chef", "leader", "manager", "management", "supervisor"]
    assert p.leadership_exclude == ["vejleder", "vejledere", "vejlederen", "vejledning", "selvledelse", "selvledende"]


def test_no_file_gives_defaults(tmp_path: Path):
    assert load_profile(None, tmp_path) is DEFAULT_PROFILE


def test_kompas_toml_in_sessions_folder_is_used(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("min_respondents = 8\n", encoding="utf-8")
    assert load_profile(None, tmp_path).min_respondents == 8


def test_explicit_profile_wins_over_the_folder(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("min_respondents = 8\n", encoding="utf-8")
    explicit = tmp_path / "org.toml"
    explicit.write_text("min_respondents = 3\n", encoding="utf-8")
    assert load_profile(explicit, tmp_path).min_respondents == 3


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("green_min = 70\nred_below = 'x'\n", 2, "red_below"),
        ("min_respondents = 0\n", 1, "min_respondents"),
        ("remeasure_month = 13\n", 1, "remeasure_month"),
        ("leadership_words = ['leder', 'team leader']\n", 1, "leadership_words[1]"),
        ("\n\ncolour_green = 70\n", 3, "colour_green"),
        ("[guidance.unknown_card]\nda = 'x'\n", 1, "guidance"),
    ],
)
def test_bad_profile_names_file_line_and_field(tmp_path: Path, text: str, line: int, field: str):
    path = tmp_path / "kompas.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(None, tmp_path)
    message = str(caught.value)
    assert f"kompas.toml:{line}" in message and field in message


def test_inverted_thresholds_are_refused(tmp_path: Path):
    path = tmp_path / "p.toml"
    path.write_text("green_min = 40\nred_below = 60\n", encoding="utf-8")
    with pytest.raises(InputError, match="p.toml"):
        load_profile(path, tmp_path)


def test_toml_syntax_error_names_the_line(tmp_path: Path):
    path = tmp_path / "p.toml"
    path.write_text("green_min = 70\nred_below = \n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p.toml:2"):
        load_profile(path, tmp_path)


def test_documented_example_loads(tmp_path: Path):
    example = re.search(r"```toml\n(.+?)```", DOCS.read_text(encoding="utf-8"), re.S).group(1)
    path = tmp_path / "kompas.toml"
    path.write_text(example, encoding="utf-8")
    profile = load_profile(None, tmp_path)
    assert profile.green_min == 72 and profile.remeasure_month == 2
    assert profile.guidance["zero_tolerance"].get("en").startswith("Follow")
    assert profile.policy_links[0].url.startswith("https://")


#: Pieces of pydantic's own (English) messages, which must never reach a user.
PYDANTIC_ENGLISH = ("Input should", "Value error", "Field required", "Extra inputs", "valid")




@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("red_below = 'x'\n", 1, "felt 'red_below': forventede et tal (med decimalpunktum, fx 3.5), fandt 'x'"),
        ("min_respondents = 0\n", 1, "felt 'min_respondents': forventede et tal på mindst 1, fandt 0"),
        ("remeasure_month = 13\n", 1, "felt 'remeasure_month': forventede et tal på højst 12, fandt 13"),
        ("meaningful_change = 0\n", 1, "felt 'meaningful_change': forventede et tal over 0, fandt 0"),
        ("green_min = 100.5\n", 1, "felt 'green_min': forventede et tal på højst 100, fandt 100.5"),
        (
            "leadership_exclude = ['selv ledelse']\n",
            1,
            "felt 'leadership_exclude[0]': forventede ét ord af bogstaver og tal, højst 40 tegn, fandt 'selv ledelse'",
        ),
        ("leadership_words = 'leder'\n", 1, "felt 'leadership_words': forventede en liste af ord, fx ['leder', 'chef'], fandt 'leder'"),
        (
            "[guidance.unknown_card]\nda = 'x'\n",
            1,
            "felt 'guidance': forventede kun vejledninger med kendte navne (zero_tolerance, leadership_low, "
            "worse_than_expected, low_response_rate), ikke 'unknown_card', fandt en tabel",
        ),
        ("guidance = []\n", 1, "felt 'guidance': forventede en tabel, fandt en liste"),
        ("green_min = 40\nred_below = 60\n", None, "forventede red_below (60) på højst green_min (40)"),
        ("replace_prompts = 'ja'\n", 1, "felt 'replace_prompts': forventede true eller false, fandt 'ja'"),
        ("organisation = 3\n", 1, "felt 'organisation': forventede tekst i anførselstegn, fandt 3"),
        ("policy_links = 'x'\n", 1, "felt 'policy_links': forventede en liste af tabeller ([[...]]), fandt 'x'"),
        ("[[prompts]]\nid = 'a'\ntitle = 'x'\n", 3, "felt 'prompts[0].title': forventede en tabel, fandt 'x'"),
        (
            "[[prompts]]\nid = 'a'\ntitle.da = 'x'\nminutes = 1.5\n",
            4,
            "felt 'prompts[0].minutes': forventede et helt tal, fandt 1.5",
        ),
        ("[[help_contacts]]\nphone = '1'\n", 1, "felt 'help_contacts[0].name': mangler"),
        ("colour_green = 70\n", 1, "felt 'colour_green': ukendt felt"),
    ],
)
def test_profile_problems_in_danish_have_no_pydantic_english(
    tmp_path: Path, danish, text: str, line: int | None, expected: str
):
    path = tmp_path / "kompas.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(None, tmp_path)
    (problem,) = caught.value.problems
    message = str(problem)
    assert problem.line == line
    assert expected in message
    assert not [english for english in PYDANTIC_ENGLISH if english in message], message


def test_profile_problems_in_english(tmp_path: Path):
    set_language("en")
    try:
        path = tmp_path / "kompas.toml"
        path.write_text("min_respondents = 0\n[guidance.x]\n", encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load_profile(None, tmp_path)
        messages = [str(problem) for problem in caught.value.problems]
    finally:
        set_language("da")
    assert messages == [
        f"{path}:1: field 'min_respondents': expected a number of at least 1, found 0",
        f"{path}:2: field 'guidance': expected only guidance with known names (zero_tolerance, leadership_low, "
        "worse_than_expected, low_response_rate), not 'x', found a table",
    ]


@pytest.mark.parametrize(
    ("name", "da", "en"),
    [
        ("org.toml", "Filen findes ikke.", "The file does not exist."),
        (".", "Det er en mappe, ikke en fil.", "This is a folder, not a file."),
    ],
)
def test_an_unreadable_profile_is_explained_without_the_systems_english(tmp_path: Path, name, da, en):
    path = tmp_path / name
    for lang, text in (("da", da), ("en", en)):
        set_language(lang)
        with pytest.raises(InputError) as caught:
            load_profile(path, tmp_path)
        assert str(caught.value) == f"{path}: {text}", lang
        assert "No such file" not in str(caught.value) and "Is a directory" not in str(caught.value)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("da", "p.toml:2: ugyldig TOML i kolonne 13: ugyldig værdi"),
        ("en", "p.toml:2: invalid TOML at column 13: Invalid value"),
    ],
)
def test_toml_syntax_error_in_both_languages(tmp_path: Path, lang: str, expected: str):
    path = tmp_path / "p.toml"
    path.write_text("green_min = 70\nred_below = \n", encoding="utf-8")
    set_language(lang)
    with pytest.raises(InputError) as caught:
        load_profile(path, tmp_path)
    assert str(caught.value).endswith(expected)


def test_the_readme_configuration_example_loads_without_warnings(tmp_path: Path):
    from kompas_tui.storage.profile import read_profile

    readme = (DOCS.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1]
    example = re.search(r"```toml\n(.+?)```", section, re.S).group(1)
    (tmp_path / "kompas.toml").write_text(example, encoding="utf-8")
    profile, warnings = read_profile(None, tmp_path)
    assert warnings == []
    assert profile.leadership_words == DEFAULT_PROFILE.leadership_words
    assert profile.leadership_exclude == DEFAULT_PROFILE.leadership_exclude
