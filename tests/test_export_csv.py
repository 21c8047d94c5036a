"""The action plan as CSV for Danish Excel and Defgo: UTF-8 with BOM, ';',
CRLF, Danish dates, proper quoting, no formulas; read back with the csv
module exactly as written."""

from __future__ import annotations

import csv
import io

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.session import Session
from kompas_tui.exporters.csv_export import guard_formula, session_csv
from kompas_tui.text import printable
from test_export_session import HOSTILE, INFLUENCE, MEANING, OWN_THEME, WORK, filled_session


def read_back(data: bytes) -> list[list[str]]:
    """As a program (or Excel) reads the file: BOM, ';', quoted fields."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_the_file_is_utf8_with_bom_semicolons_and_crlf():
    data = session_csv(filled_session(), OrgProfile(), "da")
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    assert b"sep=" not in data  # Excel would then ignore the BOM
    assert data.endswith(b"\r\n")
    # Every record ends in CRLF; a bare LF only occurs inside a quoted field.
    records = data.decode("utf-8-sig").split("\r\n")[:-1]
    assert len(records) == 7  # the header, five actions, the zero-tolerance record
    assert records[0] == (
        "Nr.;Tema;Mål;Handling;Ansvarlig;Deadline;Opfølgningsansvarlig;Første skridt;Indsats;Gevinst;Status"
    )
    assert "\x1b" not in data.decode("utf-8")


def test_one_row_per_action_with_every_field_its_theme_and_goal():
    rows = read_back(session_csv(filled_session(), OrgProfile(), "da"))
    header, body = rows[0], rows[1:]
    assert len(header) == 11 and all(len(row) == 11 for row in body)
    assert body == [
        [
            "a1",
            WORK,
            "'=HYPERLINK(\"x\") mere glæde",
            'Tavlemøde; "hver" mandag\nkl. 9',
            "'=cmd|' /C calc'!A0",
            "01-11-2026",
            "Jens 😀",
            "'-start med en dagsorden",
            "lav",
            "høj",
            "i gang",
        ],
        ["a2", MEANING, "", printable(HOSTILE), "", "", "'@ole", "", "", "", "ikke startet"],
        ["a4", OWN_THEME, "Kaffe hver dag", "Ny kaffemaskine", "'+Mette", "01-10-2026", "Jens 😀", "", "", "", "gennemført"],
        ["a5", INFLUENCE, "", "Planlægning sammen", "Kim", "01-02-2027", "", "", "", "", "ikke startet"],
        [
            "a3",
            "Nultolerance",
            "",
            "Gennemgå politikken for vold og trusler",
            "Leder Åse",
            "10-01-2027",
            "",
            "",
            "middel",
            "høj",
            "ikke startet",
        ],
        # The record of how the point is handled reaches Defgo too: its text and date.
        ["zt", "Nultolerance", "", "Håndteres efter politikken\nlinje to [/]", "", "20-11-2026", "", "", "", "",
         "registreret efter politik"],
    ]


def test_english_headers_words_and_iso_dates():
    rows = read_back(session_csv(filled_session("en"), OrgProfile(), "en"))
    assert rows[0] == [
        "No.",
        "Theme",
        "Goal",
        "Action",
        "Owner",
        "Deadline",
        "Follow-up person",
        "First step",
        "Effort",
        "Benefit",
        "Status",
    ]
    assert rows[1][5:] == ["2026-11-01", "Jens 😀", "'-start med en dagsorden", "low", "high", "in progress"]
    assert rows[-1][1] == "Zero tolerance"


def test_separators_quotes_and_line_breaks_are_quoted_not_split():
    data = session_csv(filled_session(), OrgProfile(), "da").decode("utf-8-sig")
    assert '"Tavlemøde; ""hver"" mandag\nkl. 9"' in data
    hostile = printable(HOSTILE).replace('"', '""')
    assert f';"{hostile}";' in data


def test_a_plan_without_actions_is_just_the_header():
    rows = read_back(session_csv(Session.start(demo_report()), OrgProfile(), "da"))
    assert len(rows) == 1 and rows[0][0] == "Nr."


@pytest.mark.parametrize(
    ("value", "guarded"),
    [
        ("=1+1", "'=1+1"),
        ("+45 12 34 56 78", "'+45 12 34 56 78"),
        ("-5 % sygefravær", "'-5 % sygefravær"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'  =1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("\t1", "'\t1"),
        ("\r1", "'\r1"),
        ("a=1", "a=1"),
        ("Mette-Marie", "Mette-Marie"),
        ("", ""),
    ],
)
def test_formula_injection_is_defused_with_an_apostrophe(value, guarded):
    assert guard_formula(value) == guarded
