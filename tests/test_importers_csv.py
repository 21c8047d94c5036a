"""CSV reports as Danish and English Excel save them (SPEC §6)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kompas_tui.domain.report import IncidentSources, Report
from kompas_tui.domain.scoring import summarise
from kompas_tui.errors import InputError
from kompas_tui.importers import load_report
from kompas_tui.importers.csv_report import sniff_separator

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
EXAMPLE = FIXTURES / "example-report.csv"


def without_source(report: Report) -> Report:
    return replace(report, source="")


def rewrite(text: str, separator: str, decimal: str) -> str:
    """The example CSV with another separator and decimal mark, quoting as Excel does."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    number_columns = {"gns", "kommune_gns", "forrige_gns"}
    header = rows[0]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows[1:]:
        writer.writerow(
            [cell.replace(",", decimal) if name in number_columns else cell for name, cell in zip(header, row)]
        )
    return out.getvalue()


@pytest.fixture(scope="module")
def example() -> Report:
    return load_report(EXAMPLE)


def write(tmp_path: Path, data: bytes | str, name: str = "report.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- the example and its variants ---------------------------------------------


def test_example_reads_units_themes_and_incidents(example):
    assert example.unit == "Eksempelenheden"
    assert example.measurement == "Trivsels- og APV-måling 2026"
    assert (example.invited, example.answered) == (24, 21)
    assert [theme.number for theme in example.themes] == list(range(1, 12))
    first = example.themes[0].questions[0]
    assert (first.id, first.scale, first.direction, first.n) == ("T1a", "1-5", "high", 21)
    assert (first.mean, first.org_mean, first.previous_mean) == (3.9, 4.0, 3.8)
    workload = example.themes[5]
    assert workload.name == "Arbejdsmængde og tempo"
    assert {q.direction for q in workload.questions} == {"low"}
    incidents = example.themes[-1]
    assert incidents.is_incident_theme
    assert incidents.questions[0].count_yes == 2
    assert incidents.questions[0].by_source == IncidentSources(leader=0, colleagues=2, subordinates=0, citizens=0)


@pytest.mark.parametrize("separator", [";", ",", "\t"])
@pytest.mark.parametrize("decimal", [",", "."])
def test_separators_and_decimal_marks(tmp_path, example, separator, decimal):
    # With both "," the writer quotes the numbers, as Excel does.
    text = rewrite(EXAMPLE.read_text(encoding="utf-8"), separator, decimal)
    assert without_source(load_report(write(tmp_path, text))) == without_source(example)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings(tmp_path, example, encoding):
    text = EXAMPLE.read_text(encoding="utf-8")
    report = load_report(write(tmp_path, text.encode(encoding)))
    assert without_source(report) == without_source(example)
    assert report.themes[4].name == "Nærmeste leder"


def test_cp1252_with_danish_letters_in_every_text_column(tmp_path):
    text = (
        "enhed;måling;tema;spm_id;spørgsmål;skala;gns\r\n"
        "Børnehuset Ærø;Måling år 2026;Følelsesmæssige krav;Å1;Er du glad for æbler og øl?;1-5;4,5\r\n"
    )
    report = load_report(write(tmp_path, text.encode("cp1252")))
    assert report.unit == "Børnehuset Ærø"
    assert report.measurement == "Måling år 2026"
    question = report.themes[0].questions[0]
    assert (question.id, question.text, question.mean) == ("Å1", "Er du glad for æbler og øl?", 4.5)


def test_english_headers_fixture_orders_themes_by_number():
    report = load_report(FIXTURES / "english-comma.csv")
    assert report.unit == "Home care North"
    assert [theme.name for theme in report.themes] == ["Leadership, nearest", "Workload", "Offensive behaviour"]
    leadership = report.themes[0]
    assert [q.scale for q in leadership.questions] == ["1-7", "0-100"]
    assert leadership.questions[0].colour == "green"
    assert leadership.questions[1].org_mean == 60.0
    bullying = report.themes[2].questions[0]
    assert bullying.kind == "incident"
    assert bullying.by_source == IncidentSources(leader=1, colleagues=1)


def test_themes_keep_first_appearance_order_without_numbers(tmp_path):
    text = (
        "enhed;tema;spm_id;skala;gns\n"
        "U;Beta;B1;1-5;3\n"
        "U;Alfa;A1;1-5;3\n"
        "U;Beta;B2;1-5;4\n"
    )
    report = load_report(write(tmp_path, text))
    assert [theme.name for theme in report.themes] == ["Beta", "Alfa"]
    assert [q.id for q in report.themes[0].questions] == ["B1", "B2"]


def test_one_row_per_theme_is_normalised():
    report = load_report(FIXTURES / "per-theme.csv")
    wellbeing, pace, physical = report.themes
    assert wellbeing.questions == [] and wellbeing.n == 10
    assert wellbeing.score == pytest.approx(80.0)
    assert wellbeing.org_score == pytest.approx(75.0)
    assert wellbeing.previous_score == pytest.approx(72.5)
    # "lav": low is good, so the score is reversed.
    assert pace.score == pytest.approx(30.0) and pace.org_score == pytest.approx(40.0)
    assert pace.colour == "yellow" and pace.previous_score is None
    assert physical.score == pytest.approx(55.0) and physical.n == 4

    summary = summarise(report, today=date(2026, 11, 26))
    assert [theme.suppressed for theme in summary.themes] == [False, False, True]
    assert summary.overall_score == pytest.approx(55.0)


def test_theme_row_with_empty_question_columns(tmp_path):
    text = (
        "enhed;tema;spm_id;spoergsmaal;type;skala;retning;gns;antal_ja\n"
        "U;Trivsel;;;skala;1-7;hoej;4;\n"
        "U;Vold;;;haendelse;;;;2\n"
    )
    report = load_report(write(tmp_path, text))
    wellbeing, violence = report.themes
    assert wellbeing.score == pytest.approx(50.0) and wellbeing.questions == []
    # An incident row for a whole theme is an item named after the theme.
    assert violence.is_incident_theme
    assert violence.questions[0].text == "Vold" and violence.questions[0].count_yes == 2


def test_header_and_word_spellings(tmp_path):
    text = (
        " Enhed ;MÅLING;Tema Nr.;TEMA;Spm-id;Spørgsmål;Type;Skala;Retning;N;Gns;Kommune gns;Farve;Antal ja\n"
        "U;M;1;T;Q1;Tekst;Skala;1 – 5;Høj;5;3,5;;Grøn;\n"
        "U;M;1;T;Q2;Tekst;SCALE;1-5;HOEJ;5;3,5;;roed;\n"
        "U;M;1;T;Q3;Tekst;skala;1-5;hoj;5;3,5;;RØD;\n"
        "U;M;1;T;Q4;Tekst;scale;1-5;Lav;5;3,5;;gul;\n"
        "U;M;1;T;Q5;Tekst;Hændelse;;low;5;;;;1\n"
    )
    report = load_report(write(tmp_path, text))
    questions = report.themes[0].questions
    assert report.measurement == "M" and report.themes[0].number == 1
    assert [q.scale for q in questions] == ["1-5", "1-5", "1-5", "1-5", None]
    assert [q.direction for q in questions] == ["high", "high", "high", "low", "low"]
    assert [q.colour for q in questions] == ["green", "red", "red", "yellow", None]
    assert [q.kind for q in questions] == ["scale"] * 4 + ["incident"]
    assert questions[4].count_yes == 1


def test_type_column_is_optional(tmp_path):
    text = "enhed;tema;spm_id;skala;gns;antal_ja\nU;T;Q1;1-5;4;\nU;Vold;K1;;;3\n"
    report = load_report(write(tmp_path, text))
    assert report.themes[0].questions[0].kind == "scale"
    assert report.themes[1].questions[0].kind == "incident"


def test_unit_and_counts_may_be_given_on_the_first_row_only(tmp_path):
    text = "enhed;inviterede;besvarede;tema;spm_id;skala;gns\nU;10;8;T;Q1;1-5;4\n;;;T;Q2;1-5;3\n"
    report = load_report(write(tmp_path, text))
    assert (report.unit, report.invited, report.answered) == ("U", 10, 8)
    assert len(report.themes[0].questions) == 2


def test_unknown_columns_are_ignored(tmp_path):
    text = "enhed;kommentar;tema;spm_id;skala;gns;svarprocent\nU;hej;T;Q1;1-5;4;80 %\n"
    report = load_report(write(tmp_path, text))
    assert report.themes[0].questions[0].mean == 4.0


def test_blank_lines_trailing_separators_and_quoted_line_breaks(tmp_path):
    text = (
        "\r\n"
        "enhed;tema;spm_id;spoergsmaal;skala;gns;\r\n"
        'U;T;Q1;"Første linje\r\nanden linje";1-5;4,25;\r\n'
        ";;;;;;\r\n"
        "\r\n"
        "U;T;Q2;Andet;1-5;2;;\r\n"
    )
    report = load_report(write(tmp_path, text))
    questions = report.themes[0].questions
    assert questions[0].text == "Første linje\r\nanden linje"
    assert [q.mean for q in questions] == [4.25, 2.0]


def test_line_numbers_count_file_lines_after_multi_line_cells(tmp_path):
    text = 'enhed;tema;spm_id;spoergsmaal;skala;gns\nU;T;Q1;"a\nb\nc";1-5;4\nU;T;Q2;x;1-5;9\n'
    with pytest.raises(InputError) as caught:
        load_report(write(tmp_path, text))
    assert [(p.line, p.field) for p in caught.value.problems] == [(5, "gns")]


def test_values_and_names_are_trimmed(tmp_path):
    text = "enhed;tema;spm_id;skala;gns;farve\n  U  ; T ; Q1 ; 1-5 ;  4,0 ; gul \n"
    report = load_report(write(tmp_path, text))
    assert report.unit == "U" and report.themes[0].name == "T"
    assert report.themes[0].questions[0].id == "Q1"
    assert report.themes[0].questions[0].colour == "yellow"


def test_markup_and_escapes_in_names_stay_text(tmp_path):
    name = "[bold]Tema[/] \x1b[31m 🙂"
    text = f'enhed;tema;spm_id;skala;gns\n"[/";"{name}";"Q\'1";1-5;4\n'
    report = load_report(write(tmp_path, text))
    assert report.unit == "[/"
    assert report.themes[0].name == name
    assert report.themes[0].questions[0].id == "Q'1"


@pytest.mark.parametrize(
    ("first_line", "separator"),
    [
        ("enhed;tema;gns", ";"),
        ("unit,theme,mean", ","),
        ("unit\ttheme\tmean", "\t"),
        ('"enhed, navn";tema;gns', ";"),
        ('"a;b;c",theme,mean,n', ","),
        ("enhed", ";"),
    ],
)
def test_sniff_separator(first_line, separator):
    assert sniff_separator(first_line + "\nx;y,z\n") == separator


def test_utf8_bom_on_a_cp1252_file(tmp_path):
    data = b"\xef\xbb\xbfenhed;tema;spm_id;skala;gns\nB\xf8rnehuset;T;Q1;1-5;3\n"
    assert load_report(write(tmp_path, data)).unit == "Børnehuset"
