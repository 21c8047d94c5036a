"""Bad, hand-edited, old and newer session files, and profiles (SPEC §6, §7)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kompas_tui import i18n
from kompas_tui.domain.profile import DEFAULT_PROFILE
from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.errors import InputError
from kompas_tui.storage import migrations
from kompas_tui.storage.lock import lock_path
from kompas_tui.storage.migrations import migrate
from kompas_tui.storage.profile import load_profile
from kompas_tui.storage.session_file import load_session, new_session, open_session
from kompas_tui.toml_locations import TomlLineIndex, field_path

# Assert on the English texts (conftest puts the language back).
pytestmark = pytest.mark.usefixtures("english")

#: The first line of a file this kompas writes.
CURRENT = f"schema_version = {migrations.SCHEMA_VERSION}"


def report() -> Report:
    return Report(
        unit="Hjemmeplejen",
        invited=20,
        answered=15,
        themes=[
            Theme(name="Trivsel", questions=[Question(id="q1", text="Jeg trives", scale="1-5", mean=3.9)]),
            Theme(name="Ledelse"),
            Theme(name="Arbejdsmængde", questions=[Question(id="q2", text="Tempo\nog pres", mean=2.1)]),
        ],
    )


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    with new_session(report(), tmp_path) as handle:
        return handle.path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def line_number(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().split("\n"), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def problems_of(path: Path):
    with pytest.raises(InputError) as raised:
        load_session(path)
    return raised.value.problems


def assert_open_refused_and_file_untouched(path: Path) -> None:
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    listing = sorted(os.listdir(path.parent))
    with pytest.raises(InputError):
        open_session(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert sorted(os.listdir(path.parent)) == listing
    assert not lock_path(path).exists()


def test_newer_schema_is_refused_with_a_clear_message(session_file: Path) -> None:
    newer = migrations.SCHEMA_VERSION + 1
    edit(session_file, CURRENT, f"schema_version = {newer}")
    (problem,) = problems_of(session_file)
    assert problem.field == "schema_version" and problem.line == 1
    assert f"written by a newer kompas (schema {newer})" in str(problem)
    assert f"reads up to schema {migrations.SCHEMA_VERSION}" in str(problem)
    assert "update kompas" in str(problem)
    assert_open_refused_and_file_untouched(session_file)


def test_newer_schema_message_in_danish(session_file: Path) -> None:
    edit(session_file, CURRENT, "schema_version = 9")
    i18n.set_language("da")
    (problem,) = problems_of(session_file)
    assert "nyere kompas (skema 9)" in str(problem)


def test_missing_schema_version(session_file: Path) -> None:
    edit(session_file, CURRENT + "\n", "")
    (problem,) = problems_of(session_file)
    assert problem.field == "schema_version" and "missing" in str(problem)
    assert_open_refused_and_file_untouched(session_file)


@pytest.mark.parametrize("value", ['"1"', "1.0", "true", "[1]"])
def test_schema_version_must_be_a_whole_number(session_file: Path, value: str) -> None:
    edit(session_file, CURRENT, f"schema_version = {value}")
    (problem,) = problems_of(session_file)
    assert problem.field == "schema_version" and problem.line == 1
    assert "whole number" in str(problem)


def test_schema_version_zero_is_unknown(session_file: Path) -> None:
    edit(session_file, CURRENT, "schema_version = 0")
    (problem,) = problems_of(session_file)
    assert "unknown schema version 0" in str(problem)


def rename_old(document: dict) -> dict:
    document["renamed"] = document.pop("old")
    return document


def test_older_versions_are_migrated_in_memory(monkeypatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        {1: lambda d: {**d, "added_in_2": True}, 2: rename_old},
    )
    original = {"schema_version": 1, "old": "x"}
    upgraded = migrate(original, "f.toml")
    assert upgraded == {"schema_version": 3, "added_in_2": True, "renamed": "x"}
    assert original == {"schema_version": 1, "old": "x"}


def test_a_gap_in_the_migrations_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {2: lambda d: d})
    with pytest.raises(InputError, match="unknown schema version 1"):
        migrate({"schema_version": 1}, "f.toml")


def test_current_version_passes_unchanged() -> None:
    data = {"schema_version": migrations.SCHEMA_VERSION, "unit": "U"}
    assert migrate(data, "f.toml") == data


def test_truncated_file_names_file_and_line(session_file: Path) -> None:
    raw = session_file.read_bytes()
    cut = raw.index(b'name = "Ledelse"') + len(b'name = "Led')
    session_file.write_bytes(raw[:cut])
    (problem,) = problems_of(session_file)
    assert problem.file == str(session_file)
    assert problem.line == line_number(session_file, 'name = "Led')
    assert "invalid TOML" in str(problem)
    assert f"{session_file}:{problem.line}" in str(problem)
    assert_open_refused_and_file_untouched(session_file)


def test_syntax_error_names_line_and_column(session_file: Path) -> None:
    edit(session_file, "invited = 20", "invited = = 20")
    (problem,) = problems_of(session_file)
    assert problem.line == line_number(session_file, "invited = = 20")
    assert "column" in str(problem)


def test_binary_garbage_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(b"schema_version = 1\nunit = \"\xff\xfe\"\n")
    (problem,) = problems_of(path)
    assert problem.line == 2 and "UTF-8" in str(problem)
    assert_open_refused_and_file_untouched(path)


def test_hand_edited_wrong_type_gives_field_path_and_line(session_file: Path) -> None:
    edit(session_file, "answered = 15", 'answered = "many"')
    (problem,) = problems_of(session_file)
    assert problem.field == "measurements[0].answered"
    assert problem.line == line_number(session_file, 'answered = "many"')
    assert "'many'" in str(problem)
    assert_open_refused_and_file_untouched(session_file)


def test_deep_field_path(session_file: Path) -> None:
    edit(session_file, 'name = "Arbejdsmængde"', "name = 42")
    edit(session_file, 'scale = "1-5"', 'scale = "1-10"')
    problems = problems_of(session_file)
    by_field = {p.field: p for p in problems}
    assert set(by_field) == {"measurements[0].themes[2].name", "measurements[0].themes[0].questions[0].scale"}
    assert by_field["measurements[0].themes[2].name"].line == line_number(session_file, "name = 42")
    scale = by_field["measurements[0].themes[0].questions[0].scale"]
    assert scale.line == line_number(session_file, 'scale = "1-10"')


def test_missing_and_unknown_fields(session_file: Path) -> None:
    edit(session_file, 'name = "Ledelse"', 'navn = "Ledelse"')
    problems = problems_of(session_file)
    by_field = {p.field: str(p) for p in problems}
    assert "is missing" in by_field["measurements[0].themes[1].name"]
    assert "unknown field" in by_field["measurements[0].themes[1].navn"]


def test_not_a_session_file(tmp_path: Path) -> None:
    path = tmp_path / "report.toml"
    path.write_text('[[rows]]\nunit = "U"\n')
    (problem,) = problems_of(path)
    assert "not a kompas session file" in str(problem)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    assert "not a kompas session file" in str(problems_of(empty)[0])


def test_missing_file(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "nope.toml")
    assert problem.file == str(tmp_path / "nope.toml") and problem.message == "The file does not exist."
    with pytest.raises(InputError):
        open_session(tmp_path / "nope.toml")
    assert os.listdir(tmp_path) == []


def test_bad_values_are_shown_escaped(session_file: Path) -> None:
    edit(session_file, "answered = 15", 'answered = "\\u001b[31m"')
    (problem,) = problems_of(session_file)
    assert "\x1b" not in str(problem)


def test_field_path() -> None:
    assert field_path(("measurements", 0, "themes", 2, "name")) == "measurements[0].themes[2].name"
    assert field_path(()) == ""


def test_line_index_handles_quoted_keys_strings_and_arrays() -> None:
    text = "\n".join(
        [
            'a = "x = [y"',  # 1
            "b = [",  # 2
            '    "c = 1",',  # 3
            "    [1, 2],",  # 4
            "]",  # 5
            'd = """',  # 6
            "[not.a.table]",  # 7
            'e = 1 """',  # 8
            '"quoted key".f = 2',  # 9
            "[[t]]",  # 10
            "[[t]]",  # 11
            "g = { h = 1 }",  # 12
            "[t.sub]  # comment",  # 13
            "i = 3",  # 14
        ]
    )
    index = TomlLineIndex(text)
    assert index.line_of(("a",)) == 1
    assert index.line_of(("b",)) == 2
    assert index.line_of(("b", 0)) == 2
    assert index.line_of(("d",)) == 6
    assert index.line_of(("not",)) is None
    assert index.line_of(("e",)) is None
    assert index.line_of(("quoted key", "f")) == 9
    assert index.line_of(("t", 0)) == 10
    assert index.line_of(("t", 1, "g", "h")) == 12
    assert index.line_of(("t", 1, "sub", "i")) == 14
    assert index.line_of(("t", 0, "sub", "i")) == 10


# -- profiles ---------------------------------------------------------------


def test_no_profile_gives_defaults(tmp_path: Path) -> None:
    assert load_profile(None, tmp_path) == DEFAULT_PROFILE
    assert load_profile(None, tmp_path / "missing-folder") == DEFAULT_PROFILE


def test_profile_in_the_sessions_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "kompas.toml").write_text('organisation = "Kommunen"\nmin_respondents = 3\n')
    profile = load_profile(None, tmp_path)
    assert profile.organisation == "Kommunen" and profile.min_respondents == 3


def test_explicit_profile_wins(tmp_path: Path) -> None:
    (tmp_path / "kompas.toml").write_text('organisation = "Folder"\n')
    explicit = tmp_path / "other.toml"
    explicit.write_text('organisation = "Explicit"\n')
    assert load_profile(explicit, tmp_path).organisation == "Explicit"


def test_missing_explicit_profile_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_profile(tmp_path / "nope.toml", tmp_path)


def test_bad_profile_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "kompas.toml"
    path.write_text(
        'organisation = "K"\ngreen_min = 170\n\n[[help_contacts]]\nname = "A"\n\n[[help_contacts]]\nphone = "1"\n'
    )
    with pytest.raises(InputError) as raised:
        load_profile(None, tmp_path)
    by_field = {p.field: p for p in raised.value.problems}
    assert by_field["green_min"].line == 2 and by_field["green_min"].file == str(path)
    assert by_field["help_contacts[1].name"].line == 7


def test_profile_rule_across_fields(tmp_path: Path) -> None:
    path = tmp_path / "kompas.toml"
    path.write_text("green_min = 40\nred_below = 60\n")
    with pytest.raises(InputError, match=r"expected red_below \(60\) of at most green_min \(40\)"):
        load_profile(path, tmp_path)


def test_profile_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "kompas.toml"
    path.write_text('organisation = "K"\nmin_respondents = \n')
    with pytest.raises(InputError) as raised:
        load_profile(path, tmp_path)
    assert raised.value.problems[0].line == 2


# -- problems in Danish -------------------------------------------------------

#: Pieces of pydantic's own (English) messages, which must never reach a user.
PYDANTIC_ENGLISH = ("Input should", "Value error", "Field required", "should have at least", "valid")




@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    [
        ("answered = 15", 'answered = "mange"', "measurements[0].answered", "forventede et helt tal, fandt 'mange'"),
        ("answered = 15", "answered = -1", "measurements[0].answered", "forventede et tal på mindst 0, fandt -1"),
        ("mean = 3.9", 'mean = "3,9"', "measurements[0].themes[0].questions[0].mean", "forventede et tal"),
        ('scale = "1-5"', 'scale = "1-10"', "measurements[0].themes[0].questions[0].scale",
         'forventede "1-5", "1-7" eller "0-100", fandt \'1-10\''),
        ('language = "da"', 'language = "de"', "language", 'forventede "da" eller "en"'),
        ('unit = "Hjemmeplejen"', "unit = 7", "unit", "forventede tekst i anførselstegn, fandt 7"),
        ('name = "Trivsel"', "name = false", "measurements[0].themes[0].name", "forventede tekst i anførselstegn"),
        ("questions = []", "questions = 3", "measurements[0].themes[1].questions", "forventede en liste af tabeller"),
        ("questions = []", "questions = [1]", "measurements[0].themes[1].questions[0]", "forventede en tabel, fandt 1"),
        ("created = ", 'created = "igår" # ', "created", "forventede en dato med klokkeslæt"),
        # The report in a session (plain dataclasses, validated by pydantic
        # at the file: domain/report.py) is held to a TOML report's rules.
        ('source = ""', 'colour = "blå"', "measurements[0].colour",
         'forventede "green", "yellow" eller "red", fandt \'blå\''),
        ('source = ""', 'kilde = "x"', "measurements[0].kilde", "ukendt felt"),
        ("mean = 3.9", "n = -2", "measurements[0].themes[0].questions[0].n", "forventede et tal på mindst 0, fandt -2"),
        ("answered = 15", "answered = 15.0", "measurements[0].answered", "forventede et helt tal, fandt 15.0"),
        ("answered = 15", 'answered = "15"', "measurements[0].answered", "forventede et helt tal, fandt '15'"),
        ("mean = 3.9", 'mean = "3.9"', "measurements[0].themes[0].questions[0].mean", "forventede et tal"),
    ],
)
def test_session_problems_in_danish_have_no_pydantic_english(
    session_file: Path, danish, old: str, new: str, field: str, expected: str
) -> None:
    edit(session_file, old, new)
    (problem,) = problems_of(session_file)
    message = str(problem)
    assert problem.field == field and problem.line == line_number(session_file, new)
    assert expected in message
    assert not [text for text in PYDANTIC_ENGLISH if text in message], message


def test_session_without_measurements_in_danish(tmp_path: Path, danish) -> None:
    path = tmp_path / "s.toml"
    path.write_text('schema_version = 1\nunit = "U"\nmeasurements = []\n', encoding="utf-8")
    (problem,) = problems_of(path)
    assert (problem.field, problem.line) == ("measurements", 3)
    assert "forventede en liste med mindst ét element, fandt en liste" in str(problem)


def test_missing_and_unknown_fields_in_danish(session_file: Path, danish) -> None:
    edit(session_file, 'name = "Ledelse"', 'navn = "Ledelse"')
    by_field = {p.field: str(p) for p in problems_of(session_file)}
    assert by_field["measurements[0].themes[1].name"].endswith("felt 'measurements[0].themes[1].name': mangler")
    assert "ukendt felt" in by_field["measurements[0].themes[1].navn"]


def test_line_index_finds_a_key_by_what_is_inside_it() -> None:
    index = TomlLineIndex('a = 1\n[guidance.card]\nda = "x"\n[x.y]\nb = 2\n[x]\nc = 3\nd.e = 4\n')
    assert index.line_of(("guidance",)) == 2
    assert index.line_of(("guidance", "other")) == 2
    assert index.line_of(("x",)) == 6  # the file names it; that wins over [x.y] above
    assert index.line_of(("x", "d")) == 8  # only named as part of d.e
    assert index.line_of(("nothing",)) is None


def test_a_sessions_incident_counts_are_checked_at_the_file(tmp_path: Path, danish) -> None:
    """The report's innermost table (by_source) is validated where the
    session is read: a negative count and an unknown key, each at its line."""
    incident = Question(id="v1", text="Vold", kind="incident", n=15, count_yes=2, by_source=IncidentSources(leader=2))
    with new_session(Report(unit="U", themes=[Theme(name="Vold", questions=[incident])]), tmp_path) as handle:
        path = handle.path
    edit(path, "leader = 2", "leader = -2\nborgere = 1")
    by_field = {p.field: p for p in problems_of(path)}
    where = "measurements[0].themes[0].questions[0].by_source"
    assert set(by_field) == {f"{where}.leader", f"{where}.borgere"}
    assert by_field[f"{where}.leader"].line == line_number(path, "leader = -2")
    assert "forventede et tal på mindst 0, fandt -2" in str(by_field[f"{where}.leader"])
    assert by_field[f"{where}.borgere"].line == line_number(path, "borgere = 1")
    assert "ukendt felt" in str(by_field[f"{where}.borgere"])
