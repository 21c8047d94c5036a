"""Property tests: any valid report written as CSV, XLSX or TOML imports back
to the same Report, and no input makes an importer fail with anything but an
InputError."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import replace
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_tui.domain.report import SCALE_BOUNDS, IncidentSources, Question, Report, Theme
from kompas_tui.errors import InputError
from kompas_tui.importers import load_report
from kompas_tui.importers.toml_report import dump_report_toml

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: (canonical, Danish, English) column names, in the order they are written.
COLUMNS = [
    ("unit", "enhed", "unit"),
    ("measurement", "maaling", "measurement"),
    ("invited", "inviterede", "invited"),
    ("answered", "besvarede", "answered"),
    ("theme_no", "tema_nr", "theme_no"),
    ("theme", "tema", "theme"),
    ("question_id", "spm_id", "question_id"),
    ("question", "spoergsmaal", "question"),
    ("kind", "type", "type"),
    ("scale", "skala", "scale"),
    ("direction", "retning", "direction"),
    ("n", "n", "n"),
    ("mean", "gns", "mean"),
    ("org_mean", "kommune_gns", "org_mean"),
    ("previous_mean", "forrige_gns", "previous_mean"),
    ("colour", "farve", "colour"),
    ("count_yes", "antal_ja", "count_yes"),
    ("from_leader", "fra_leder", "from_leader"),
    ("from_colleagues", "fra_kolleger", "from_colleagues"),
    ("from_subordinates", "fra_underordnede", "from_subordinates"),
    ("from_citizens", "fra_borgere", "from_citizens"),
]
#: How each enum value may be spelled in a cell.
WORDS = {
    "scale": ["skala", "scale", "Skala", "SCALE"],
    "incident": ["haendelse", "hændelse", "incident", "Hændelse"],
    "high": ["hoej", "høj", "high", "HØJ"],
    "low": ["lav", "low", "Lav"],
    "green": ["grøn", "groen", "green"],
    "yellow": ["gul", "yellow", "Gul"],
    "red": ["rød", "roed", "rod", "red"],
}

# --- strategies ----------------------------------------------------------------

#: Text a spreadsheet cell can hold: no control characters (XML forbids most),
#: no surrogates or unassigned code points; surrounding space is trimmed on import.
_cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=16
).map(str.strip)
_tricky = st.sampled_from(
    ["Ærø æøå ÆØÅ", "🙂 trivsel 🚀", "[bold]fed[/]", "[/", "[red]x[/red]", '"citat" \'enkelt\'', "a;b,c", "=1+2", "1,5", "-"]
)
names = st.one_of(_tricky, _cell_text).filter(bool)


def means(scale: str) -> st.SearchStrategy[float]:
    low, high = SCALE_BOUNDS[scale]
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


counts = st.integers(min_value=0, max_value=10_000)


@st.composite
def questions(draw, question_id: str) -> Question:
    kind = draw(st.sampled_from(["scale", "scale", "incident"]))
    scale = draw(st.sampled_from(["1-5", "1-7", "0-100"]))
    maybe_mean = st.none() | means(scale)
    common = dict(
        id=question_id,
        text=draw(st.just("") | names),
        kind=kind,
        direction=draw(st.sampled_from(["high", "low"])),
        n=draw(st.none() | counts),
        colour=draw(st.none() | st.sampled_from(["green", "yellow", "red"])),
    )
    if kind == "scale":
        return Question(
            **common,
            scale=scale,
            mean=draw(means(scale)),
            org_mean=draw(maybe_mean),
            previous_mean=draw(maybe_mean),
        )
    sources = draw(
        st.fixed_dictionaries({}, optional={s: counts for s in ("leader", "colleagues", "subordinates", "citizens")})
    )
    has_scale = draw(st.booleans())
    return Question(
        **common,
        scale=scale if has_scale else None,
        mean=draw(maybe_mean) if has_scale else None,
        count_yes=draw(counts),
        by_source=IncidentSources(**sources) if sources else None,
    )


@st.composite
def reports(draw) -> Report:
    theme_names = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    sizes = [draw(st.integers(min_value=1, max_value=3)) for _ in theme_names]
    question_ids = draw(st.lists(names, min_size=sum(sizes), max_size=sum(sizes), unique=True))
    numbered = draw(st.booleans())
    numbers = draw(st.permutations(range(1, len(theme_names) + 1))) if numbered else [None] * len(theme_names)
    themes = []
    for name, size, number in zip(theme_names, sizes, numbers):
        ids, question_ids = question_ids[:size], question_ids[size:]
        themes.append(Theme(name=name, number=number, questions=[draw(questions(i)) for i in ids]))
    invited = draw(st.none() | counts)
    answered = draw(st.none() | st.integers(min_value=0, max_value=invited if invited is not None else 10_000))
    return Report(
        unit=draw(names),
        measurement=draw(st.just("") | names),
        invited=invited,
        answered=answered,
        themes=themes,
    )


def expected_after_import(report: Report) -> Report:
    """Numbered themes are read back in number order."""
    if all(theme.number is not None for theme in report.themes):
        return replace(report, themes=sorted(report.themes, key=lambda theme: theme.number))
    return report


# --- writers -------------------------------------------------------------------


def report_rows(report: Report, draw_word, decimal: str = ".", numbers_as_text: bool = True) -> list[dict[str, object]]:
    """One dict per question, canonical column -> cell value ('' for empty)."""

    def number(value: float | None) -> object:
        if value is None:
            return ""
        return repr(value).replace(".", decimal) if numbers_as_text else value

    def count(value: int | None) -> object:
        if value is None:
            return ""
        return str(value) if numbers_as_text else value

    rows = []
    for theme in report.themes:
        for q in theme.questions:
            sources = q.by_source or IncidentSources()
            rows.append(
                {
                    "unit": report.unit,
                    "measurement": report.measurement,
                    "invited": count(report.invited),
                    "answered": count(report.answered),
                    "theme_no": count(theme.number),
                    "theme": theme.name,
                    "question_id": q.id,
                    "question": q.text,
                    "kind": draw_word(q.kind),
                    "scale": q.scale or "",
                    "direction": draw_word(q.direction),
                    "n": count(q.n),
                    "mean": number(q.mean),
                    "org_mean": number(q.org_mean),
                    "previous_mean": number(q.previous_mean),
                    "colour": draw_word(q.colour) if q.colour else "",
                    "count_yes": count(q.count_yes),
                    "from_leader": count(sources.leader),
                    "from_colleagues": count(sources.colleagues),
                    "from_subordinates": count(sources.subordinates),
                    "from_citizens": count(sources.citizens),
                }
            )
    return rows


def header(danish: bool) -> list[str]:
    return [da if danish else en for _, da, en in COLUMNS]


def csv_text(rows: list[dict[str, object]], danish: bool, separator: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header(danish))
    for row in rows:
        writer.writerow([row[canonical] for canonical, _, _ in COLUMNS])
    return out.getvalue()


def load_bytes(data: bytes, suffix: str) -> Report:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        return load_report(path)


def without_source(report: Report) -> Report:
    return replace(report, source="")


# --- properties ----------------------------------------------------------------


@PROPERTY_SETTINGS
@given(
    report=reports(),
    danish=st.booleans(),
    separator=st.sampled_from([";", ",", "\t"]),
    decimal=st.sampled_from([",", "."]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    data=st.data(),
)
def test_csv_round_trip(report, danish, separator, decimal, encoding, data):
    def draw_word(value: str) -> str:
        return data.draw(st.sampled_from(WORDS[value]))

    text = csv_text(report_rows(report, draw_word, decimal), danish, separator)
    if encoding == "cp1252":
        try:
            encoded = text.encode("cp1252")
        except UnicodeEncodeError:
            encoded = text.encode("utf-8")
        else:
            # A cp1252 file that is also valid UTF-8 (e.g. 'Ã¦') is read as
            # UTF-8, as any program guessing the encoding would; skip those.
            try:
                if encoded.decode("utf-8") != text:
                    encoded = text.encode("utf-8")
            except UnicodeDecodeError:
                pass
    else:
        encoded = text.encode(encoding)
    assert without_source(load_bytes(encoded, ".csv")) == expected_after_import(report)


def with_excel_precision(report: Report) -> Report:
    """Excel (and openpyxl) store numbers with 15 significant digits, so number
    cells cannot carry every float; six decimals survive."""

    def rounded(question: Question) -> Question:
        values = {name: getattr(question, name) for name in ("mean", "org_mean", "previous_mean")}
        return replace(question, **{k: None if v is None else round(v, 6) for k, v in values.items()})

    themes = [replace(theme, questions=[rounded(q) for q in theme.questions]) for theme in report.themes]
    return replace(report, themes=themes)


@PROPERTY_SETTINGS
@given(report=reports(), danish=st.booleans(), numbers_as_text=st.booleans(), data=st.data())
def test_xlsx_round_trip(report, danish, numbers_as_text, data):
    def draw_word(value: str) -> str:
        return data.draw(st.sampled_from(WORDS[value]))

    if not numbers_as_text:
        report = with_excel_precision(report)

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header(danish))
    for row in report_rows(report, draw_word, ",", numbers_as_text):
        sheet.append([row[canonical] if row[canonical] != "" else None for canonical, _, _ in COLUMNS])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # keep '=1+2' a string, not a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert without_source(load_bytes(buffer.getvalue(), ".xlsx")) == expected_after_import(report)


@PROPERTY_SETTINGS
@given(report=reports())
def test_toml_round_trip(report):
    loaded = load_bytes(dump_report_toml(report).encode("utf-8"), ".toml")
    assert without_source(loaded) == report


# --- never anything but InputError ------------------------------------------------

_HEADER_LINE = ";".join(header(True)).encode()
_cell_words = st.sampled_from(
    ["", "U", "T", "Q1", "Q2", "1-5", "0-100", "skala", "haendelse", "hoej", "lav", "grøn", "3,5", "4.2", "-1",
     "99999999999999999999999", "1e400", "nan", "7", "0", '"', ";", "\n", "\r", "\x00", "æ", "\ufeff"]
)
_structured_csv = st.lists(st.lists(_cell_words, max_size=24), max_size=6).map(
    lambda rows: _HEADER_LINE + b"\n" + "\n".join(";".join(row) for row in rows).encode("utf-8")
)


def _must_not_crash(data: bytes, suffix: str) -> None:
    try:
        report = load_bytes(data, suffix)
    except InputError as error:
        assert error.problems
        assert all(str(problem) for problem in error.problems)
    else:
        assert isinstance(report, Report)


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(st.binary(max_size=600), _structured_csv, st.text(max_size=300).map(str.encode)))
def test_any_bytes_as_csv(data):
    _must_not_crash(data, ".csv")


@settings(max_examples=50, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(alphabet='[]{}="\'.,\n abcdefghijklmnopqrstuvwxyz0123456789_-#', max_size=200).map(str.encode),
        st.sampled_from(['unit = "U"\n[[themes]]\n', "themes = [{name = 1}]\n", "[[themes.questions]]\nid = 1\n"]).map(
            str.encode
        ),
    )
)
def test_any_bytes_as_toml(data):
    _must_not_crash(data, ".toml")


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_as_xlsx(data):
    _must_not_crash(data, ".xlsx")
