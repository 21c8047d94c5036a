"""TOML reports: the app's own, strict format (docs/report-formats.md)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.errors import InputError, Problem
from kompas_tui.importers import load_report
from kompas_tui.importers.toml_report import dump_report_toml
from kompas_tui.toml_locations import TomlLineIndex, field_path

FIXTURES = Path(__file__).parent / "fixtures" / "reports"

GOOD = """\
unit = "Hjemmeplejen Nord"
measurement = "APV 2026"
invited = 20
answered = 15

[[themes]]
name = "Trivsel"
number = 1

[[themes.questions]]
id = "T1"
text = "Er du tilfreds?"
scale = "1-5"
n = 15
mean = 3.9

[[themes.questions]]
id = "T2"
text = "Kommer du bagud?"
scale = "1-5"
direction = "low"
mean = 2.5
org_mean = 2.4

[[themes]]
name = "Krænkende adfærd"

[[themes.questions]]
id = "K1"
text = "Mobning?"
kind = "incident"
count_yes = 2

[themes.questions.by_source]
colleagues = 2
"""


# Assert on the English texts (conftest puts the language back).
pytestmark = pytest.mark.usefixtures("english")


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "report.toml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def problems(tmp_path: Path, text: str | bytes) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_report(write(tmp_path, text))
    return caught.value.problems


def test_good_report(tmp_path):
    report = load_report(write(tmp_path, GOOD))
    assert report.source == "report.toml"
    assert (report.unit, report.measurement, report.invited, report.answered) == ("Hjemmeplejen Nord", "APV 2026", 20, 15)
    wellbeing, incidents = report.themes
    assert wellbeing.number == 1 and incidents.number is None
    assert wellbeing.questions[1] == Question(
        id="T2", text="Kommer du bagud?", scale="1-5", direction="low", mean=2.5, org_mean=2.4
    )
    assert incidents.is_incident_theme
    assert incidents.questions[0].by_source == IncidentSources(colleagues=2)


def test_one_table_per_theme_with_scores(tmp_path):
    text = 'unit = "U"\ncolour = "yellow"\n\n[[themes]]\nname = "Trivsel"\nscore = 72.5\norg_score = 70\nn = 12\ncolour = "green"\n'
    report = load_report(write(tmp_path, text))
    assert report.colour == "yellow"
    assert report.themes == [Theme(name="Trivsel", score=72.5, org_score=70.0, n=12, colour="green")]


def test_dump_and_load_give_the_same_report(tmp_path):
    report = Report(
        unit='Enhed "[bold]" æøå 🙂',
        measurement="2026",
        invited=3,
        answered=3,
        themes=[
            Theme(name="A;B,C", number=2, score=55.5),
            Theme(
                name="[/]",
                questions=[
                    Question(id="x", text="line\nbreak", scale="0-100", mean=0.0),
                    Question(id="y", kind="incident", count_yes=0, by_source=IncidentSources(citizens=0)),
                ],
            ),
        ],
    )
    loaded = load_report(write(tmp_path, dump_report_toml(report)))
    assert replace(loaded, source="") == report


def test_syntax_error_names_the_line(tmp_path):
    text = GOOD.replace('mean = 3.9', 'mean = 3,9')
    (problem,) = problems(tmp_path, text)
    assert problem.line == 15
    assert problem.message.startswith("invalid TOML at column ")
    assert "(at line" not in problem.message


def test_unclosed_string_at_the_end(tmp_path):
    (problem,) = problems(tmp_path, 'unit = "U\n')
    assert problem.line == 1 and "invalid TOML" in problem.message


def test_wrong_types(tmp_path):
    text = (
        GOOD.replace("invited = 20", 'invited = "20"')
        .replace("n = 15", "n = 15.5")
        .replace('mean = 2.5', 'mean = "2,5"')
        .replace('text = "Mobning?"', "text = 7")
    )
    found = problems(tmp_path, text)
    assert [(p.field, p.line) for p in found] == [
        ("invited", 3),
        ("themes[0].questions[0].n", 14),
        ("themes[0].questions[1].mean", 22),
        ("themes[1].questions[0].text", 30),
    ]
    assert found[0].expected == "a whole number" and found[0].found == "'20'"
    assert found[1].found == "15.5"
    assert found[2].expected.startswith("a number") and found[2].found == "'2,5'"
    assert found[3].expected == "text in quotes" and found[3].found == "7"


def test_unknown_keys(tmp_path):
    text = (
        GOOD.replace("answered = 15", "answered = 15\nsource = \"x.csv\"\nbesvarede = 15")
        .replace('number = 1', 'number = 1\ntema_nr = 1')
        .replace("colleagues = 2", "colleagues = 2\nkolleger = 2")
    )
    found = problems(tmp_path, text)
    assert sorted((p.field, p.line) for p in found) == [
        ("besvarede", 6),
        ("source", 5),
        ("themes[0].tema_nr", 11),
        ("themes[1].questions[0].by_source.kolleger", 39),
    ]
    by_field = {p.field: p for p in found}
    assert by_field["besvarede"].found == "the key 'besvarede'"
    assert "unit, measurement, invited, answered, colour, themes" in by_field["besvarede"].expected
    assert "source" not in by_field["besvarede"].expected
    assert "leader, colleagues, subordinates, citizens" in by_field["themes[1].questions[0].by_source.kolleger"].expected


def test_missing_keys_name_the_table_line(tmp_path):
    text = GOOD.replace('unit = "Hjemmeplejen Nord"\n', "").replace('name = "Krænkende adfærd"\n', "")
    found = problems(tmp_path, text)
    assert [(p.field, p.line, p.found) for p in found] == [
        ("unit", None, "no value"),
        ("themes[1].name", 24, "no value"),
    ]


def test_words_are_english_only(tmp_path):
    text = GOOD.replace('direction = "low"', 'direction = "lav"').replace('scale = "1-5"\nn = 15', 'scale = "1-6"\nn = 15')
    text = text.replace('kind = "incident"', 'kind = "haendelse"\ncolour = "grøn"')
    found = problems(tmp_path, text)
    assert [(p.field, p.expected) for p in found] == [
        ("themes[0].questions[0].scale", '"1-5", "1-7" or "0-100"'),
        ("themes[0].questions[1].direction", '"high" or "low"'),
        ("themes[1].questions[0].kind", '"scale" or "incident"'),
        ("themes[1].questions[0].colour", '"green", "yellow" or "red"'),
    ]
    assert found[3].found == "'grøn'"


def test_wrong_shapes(tmp_path):
    found = problems(tmp_path, 'unit = "U"\nthemes = "Trivsel"\n')
    assert [(p.field, p.line, p.expected, p.found) for p in found] == [
        ("themes", 2, "a list of tables ([[...]])", "'Trivsel'")
    ]
    found = problems(tmp_path, 'unit = "U"\n[[themes]]\nname = "T"\nscore = 50\nquestions = [1]\n')
    assert [(p.field, p.expected) for p in found] == [("themes[0].questions[0]", "a table")]


def test_rules_beyond_types(tmp_path):
    text = (
        GOOD.replace("answered = 15", "answered = 25")
        .replace("mean = 3.9", "mean = 5.5")
        .replace('id = "T2"', 'id = "T1"')
        .replace("count_yes = 2\n", "")
        .replace('scale = "1-5"\ndirection', "direction")
    )
    found = problems(tmp_path, text)
    assert [(p.field, p.line) for p in found] == [
        ("answered", 4),
        ("themes[0].questions[0].mean", 15),
        ("themes[0].questions[1].scale", 17),
        ("themes[0].questions[1].id", 18),
        ("themes[1].questions[0].count_yes", 27),
    ]
    assert found[0].expected == "at most 20 (the number invited)" and found[0].found == "25"
    assert found[1].expected == "a number from 1 to 5"
    assert found[3].expected == "a question id not used before (it is used at themes[0].questions[0].id (line 11))"


def test_theme_rules(tmp_path):
    text = 'unit = " "\n[[themes]]\nname = "A"\nscore = 101\n[[themes]]\nname = "A"\n[[themes]]\nname = "B"\nprevious_score = -1.5\n'
    found = problems(tmp_path, text)
    assert [(p.field, p.line) for p in found] == [
        ("unit", 1),
        ("themes[0].score", 4),
        ("themes[1].questions", 5),
        ("themes[1].name", 6),
        ("themes[2].questions", 7),
        ("themes[2].previous_score", 9),
    ]
    assert found[3].expected == "a theme name not used before (it is used at themes[0].name (line 3))"
    assert found[5].found == "-1.5"


def test_nan_and_infinity_are_refused_where_they_stand(tmp_path):
    """The reader refuses them before any other rule (safe_read.py): every
    place is named, with line and field."""
    text = 'unit = "U"\n[[themes]]\nname = "A"\nscore = nan\n[[themes]]\nname = "B"\norg_score = -inf\n'
    found = problems(tmp_path, text)
    assert [(p.field, p.line, p.found) for p in found] == [
        ("themes[0].score", 4, "nan"),
        ("themes[1].org_score", 7, "-inf"),
    ]
    assert found[0].expected == "a finite number"


def test_no_themes(tmp_path):
    (problem,) = problems(tmp_path, 'unit = "U"\n')
    assert problem.field == "themes" and problem.expected == "at least one theme"


@pytest.mark.parametrize("content", [b"", b"\n# only a comment\n"])
def test_empty(tmp_path, content):
    found = problems(tmp_path, content)
    assert found[0].line is None


def test_not_utf8(tmp_path):
    (problem,) = problems(tmp_path, 'unit = "Børn"\n'.encode("cp1252"))
    assert problem.line == 1 and problem.expected == "text in UTF-8" and "0xF8" in problem.found


def test_line_index_finds_keys_in_nested_tables():
    lines = TomlLineIndex(
        'unit = "U"\nnote = """\n[[themes]]\n"""\n[[themes]]\nname = "A"\n[[themes.questions]]\n'
        'id = "1"\n[[themes.questions]]\n"id" = "2"\n[themes.questions.by_source]\nleader = 1\n'
        "[[themes]]\n[[themes.questions]]\nmean = 3\n"
    )
    assert lines.line_of(("unit",)) == 1
    assert lines.line_of(("themes", 0)) == 5
    assert lines.line_of(("themes", 0, "questions", 1, "id")) == 10
    assert lines.line_of(("themes", 0, "questions", 1, "by_source", "leader")) == 12
    assert lines.line_of(("themes", 1, "questions", 0, "mean")) == 15
    assert lines.line_of(("themes", 1, "questions", 0, "text")) == 14
    assert lines.line_of(("nothing",)) is None


def test_field_path():
    assert field_path(("themes", 2, "questions", 0, "mean")) == "themes[2].questions[0].mean"
    assert field_path(("unit",)) == "unit"


def test_fixture_example_is_valid():
    report = load_report(FIXTURES / "example.toml")
    assert len(report.themes) == 11 and report.themes[-1].is_incident_theme


def test_absurdly_deep_nesting(tmp_path):
    (problem,) = problems(tmp_path, "a = " + "[" * 100_000)
    assert "nested more than 32 levels deep" in problem.message and problem.line == 1


def test_problems_are_in_the_order_of_the_file(tmp_path):
    """Unknown keys, type errors and rule checks come out by line, as for CSV."""
    text = GOOD.replace("invited = 20", 'invited = "20"').replace("answered = 15", 'answered = 15\nsource = "x.csv"')
    text = text.replace('text = "Er du tilfreds?"', "text = 7")
    found = problems(tmp_path, text)
    assert [(p.field, p.line) for p in found] == [
        ("invited", 3),
        ("source", 5),
        ("themes[0].questions[0].text", 13),
    ]
    assert [p.line for p in found] == sorted(p.line for p in found)


def test_syntax_error_in_danish(tmp_path, danish):
    (problem,) = problems(tmp_path, GOOD.replace("mean = 3.9", "mean = 3,9"))
    assert problem.line == 15
    assert problem.message == "ugyldig TOML i kolonne 9: forventede linjeskift efter værdien"


def test_syntax_error_in_english_keeps_tomllibs_words(tmp_path):
    (problem,) = problems(tmp_path, GOOD.replace("mean = 3.9", "mean = 3,9"))
    assert problem.message == "invalid TOML at column 9: Expected newline or end of document after a statement"
