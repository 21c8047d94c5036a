"""The evaluation rounds in the exports: the Markdown minutes of each round
(da and en), one round as its own document (`--round N`), the CSV's round
columns, the JSON dump, and user text that stays literal. Sessions are built
with the domain's round operations on the committed schema-2 workshop."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from kompas_tui.cli import main
from kompas_tui.domain import evaluation as ev
from kompas_tui.domain.dates import format_date
from kompas_tui.domain.meeting import Participant
from kompas_tui.domain.plan import Goal
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.report import Report
from kompas_tui.domain.session import Session
from kompas_tui.exporters import rounds_markdown
from kompas_tui.exporters.csv_export import COLUMNS, session_csv
from kompas_tui.exporters.markdown import session_markdown
from kompas_tui.exporters.rounds_markdown import round_document
from kompas_tui.storage.session_file import load_session, save_session
from kompas_tui.text import printable

FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"
TODAY = dt.date(2027, 5, 2)
HOSTILE = '[/] [/ [bold]x | a;b *fed* # `kode` \x1b[31m 😀 æøå'
NOTES = "Godt i gang [/]\n# ikke en overskrift\n- ikke en liste\n\x1b[31mrød *fed* `kode`"
RENDERER = MarkdownIt("commonmark").enable("table")
# The fixture's themes (the demo report's).
MEANING, INFLUENCE, WORK = "Meningsfuldt arbejde", "Indflydelse på arbejdsdagen", "Trivsel og arbejdsglæde"


PEOPLE = [Participant(name="Mette", role="leader"), Participant(name=f"Jonas {HOSTILE}", role="amr")]


def apply(session: Session, fields: dict | tuple) -> Session:
    if isinstance(fields, tuple):
        fields = fields[0]
    return session.model_copy(update=fields)


def later_report(report: Report) -> Report:
    """The next measurement: the first theme 10 points better, the second
    with too few answers (suppressed), the third renamed (so in one
    measurement only), the rest 2.5 points better."""
    themes = []
    for number, theme in enumerate(report.themes):
        questions = []
        for question in theme.questions:
            update: dict = {}
            if question.kind == "scale" and question.mean is not None:
                update["mean"] = min(question.mean + (0.4 if number == 0 else 0.1), 5)
            if number == 1:
                update["n"] = 3
            questions.append(replace(question, **update))
        renamed = {"name": "Nyt tema [bold] | x"} if number == 2 else {}
        themes.append(replace(theme, questions=questions, **renamed))
    return replace(report, measurement="Måling 2027 *ny*", themes=themes)


def rounds_session(lang: str = "da") -> Session:
    """The fixture's workshop, then round 1 (closed): participants, notes,
    a1 done with a note, a3 only noted (overdue at the round), a2's
    deadline and owner changed, a new action, a new goal, a goal reached,
    the next follow-up; round 2 (open): the new action's owner changed, a2
    in progress with a formula for a note, a new measurement."""
    session = load_session(FIXTURE).model_copy(update={"language": lang})
    session = apply(session, ev.start_round(session, dt.date(2027, 2, 3), PEOPLE))
    session = apply(session, ev.set_notes(session, NOTES))
    session = apply(session, ev.review_action(session, "a1", status="done", note="Virker *fint*\nanden linje [/]"))
    session = apply(session, ev.review_action(session, "a3", note="Mangler tid"))
    session = apply(session, ev.change_action(session, "a2", "deadline", dt.date(2027, 3, 1)))
    session = apply(session, ev.change_action(session, "a2", "owner", "Ali (TR)"))
    session = apply(
        session,
        ev.add_round_action(session, MEANING, what=f"Ny handling {HOSTILE}", owner="Kim", deadline=dt.date(2027, 4, 1)),
    )
    session = apply(session, ev.add_round_goal(session, Goal(theme=WORK, target="Mere [bold] glæde")))
    session = apply(session, ev.mark_goal_reached(session, MEANING, dt.date(2027, 2, 3)))
    session = apply(session, ev.set_next_follow_up(session, dt.date(2027, 5, 1)))
    session = apply(session, ev.close_round(session, dt.date(2027, 2, 4)))
    session = apply(session, ev.start_round(session, dt.date(2027, 5, 1)))
    session = apply(session, ev.change_action(session, "a4", "owner", "Bo"))
    session = apply(session, ev.review_action(session, "a2", status="in_progress", note="=SUM(A1)"))
    return apply(session, ev.add_measurement(session, later_report(session.report)))


def minutes(lang: str = "da", session: Session | None = None) -> str:
    return session_markdown(session or rounds_session(lang), OrgProfile(), lang, TODAY)


def section(markdown: str, title: str) -> str:
    """The source of one "## title" section."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else len(markdown)]


def part(markdown: str, title: str) -> str:
    """The source of one "### title" part (up to the next heading)."""
    start = markdown.index(f"\n### {title}\n")
    end = re.compile(r"\n##+ ").search(markdown, start + 1)
    return markdown[start : end.start() if end else len(markdown)]


def shown_text(markdown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", RENDERER.render(markdown)))


@pytest.fixture(scope="module")
def danish() -> str:
    return minutes("da")


@pytest.fixture(scope="module")
def english() -> str:
    return minutes("en")


# --- the whole minutes --------------------------------------------------------------


def test_a_section_per_round_after_the_workshop(danish, english):
    found = re.findall(r"^## (.+)$", danish, flags=re.M)
    assert found[-3:] == ["Det mangler", "Evalueringsrunde 1 — 3. feb. 2027", "Evalueringsrunde 2 — 1. maj 2027"]
    found = re.findall(r"^## (.+)$", english, flags=re.M)
    assert found[-3:] == ["What is missing", "Evaluation round 1 — 3 Feb 2027", "Evaluation round 2 — 1 May 2027"]
    assert "\n\n\n" not in danish and danish.endswith("Eksporteret fra kompas 2. maj 2027.\n")


def test_a_session_without_rounds_has_no_round_section():
    text = minutes(session=load_session(FIXTURE))
    assert "Evalueringsrunde" not in text


def test_the_round_facts_open_or_closed(danish):
    first = section(danish, "Evalueringsrunde 1 — 3. feb. 2027")
    assert "- **Dato:** 3. feb. 2027" in first
    assert "- **Runden:** afsluttet 4. feb. 2027" in first
    assert "- **Næste opfølgning:** 1. maj 2027" in first
    assert "- **Deltagere:** Mette (leder), Jonas [/] [/ [bold]x | a;b \\*fed\\*" in first
    assert "😀 æøå (AMR)" in first
    second = section(danish, "Evalueringsrunde 2 — 1. maj 2027")
    assert "- **Runden:** åben (ikke afsluttet)" in second
    assert "- **Næste opfølgning:** 1. maj 2027" in second  # as the round's screen shows it
    assert "- **Ny måling:** Måling 2027 \\*ny\\*" in second


def test_who_does_what_keeps_deadline_order_after_the_rounds(danish):
    # Round 1 closed a1, moved a2's deadline and added a4; the table is
    # still by deadline (done ones in their place, undated last).
    session = rounds_session()
    rows = [r for r in section(danish, "Hvem gør hvad hvornår").splitlines() if r.startswith("| ")][1:]
    assert len(rows) == len(session.plan.actions)
    dates = [a.deadline for a in session.plan.actions]
    expected = sorted(dates, key=lambda d: d or dt.date.max)
    shown = [row.split(" | ")[0].removeprefix("| ").split(" (")[0] for row in rows]
    assert shown == [format_date(d, "da") if d else "(mangler)" for d in expected]
    done = next(i for i, row in enumerate(rows) if row.endswith("| gennemført |"))
    assert done < len(rows) - 1, "a done action is not pushed to the end"


def test_the_status_of_each_action_reviewed_with_its_note(danish):
    reviews = part(section(danish, "Evalueringsrunde 1 — 3. feb. 2027"), "Status på handlingerne")
    assert "- **a1** · Fast overlevering kl. 7.50: i gang → gennemført  \n  **Note:** Virker \\*fint\\*  \n" in reviews
    assert "  anden linje [/]" in reviews
    # a3 was still open after the round and its deadline had passed.
    assert (
        "- **a3** · Gennemgå proceduren for trusler: ikke startet (uændret)"
        " · Deadline 15. dec. 2026 (OVERSKREDET)  \n  **Note:** Mangler tid"
    ) in reviews
    # Plan order: a1 before a3.
    assert reviews.index("**a1**") < reviews.index("**a3**")


def test_what_was_completed_is_celebrated(danish):
    first = section(danish, "Evalueringsrunde 1 — 3. feb. 2027")
    celebrate = part(first, "Det fejrer vi: gennemført siden sidste runde")
    assert "- **a1** · Fast overlevering kl. 7.50 (Ansvarlig: Mette)" in celebrate
    second = section(danish, "Evalueringsrunde 2 — 1. maj 2027")
    assert "Ingen handlinger blev gennemført siden sidste runde." in second


def test_changes_before_and_after_with_dates_as_in_the_minutes(danish):
    changes = part(section(danish, "Evalueringsrunde 1 — 3. feb. 2027"), "Ændringer i planen")
    assert "- **a2** · Ugentligt tavlemøde 🙂 æøå — Deadline: 1. feb. 2027 → 1. mar. 2027" in changes
    assert "- **a2** · Ugentligt tavlemøde 🙂 æøå — Ansvarlig: Jonas (AMR) → Ali (TR)" in changes
    # The new action as it stood when round 1 closed: Kim, not round 2's Bo.
    assert "- Ny handling: **a4** · Ny handling [/]" in changes
    assert "(Meningsfuldt arbejde; Ansvarlig: Kim; Deadline: 1. apr. 2027; Opfølgningsansvarlig: (ingen))" in changes
    assert "- Nyt mål: **Trivsel og arbejdsglæde** · Mere [bold] glæde" in changes
    assert "- Mål nået: **Meningsfuldt arbejde** (3. feb. 2027)" in changes
    assert "- Næste opfølgning: 3. feb. 2027 → 1. maj 2027" in changes
    later = part(section(danish, "Evalueringsrunde 2 — 1. maj 2027"), "Ændringer i planen")
    assert "— Ansvarlig: Kim → Bo" in later


def test_the_goal_reached_shows_in_the_goals_section(danish, english):
    assert "- **Nået:** 3. feb. 2027" in section(danish, "Mål og handlinger")
    assert "- **Reached:** 3 Feb 2027" in section(english, "Goals and actions")


def test_the_new_measurement_compared_theme_by_theme(danish):
    second = section(danish, "Evalueringsrunde 2 — 1. maj 2027")
    comparison = part(second, "Den nye måling, tema for tema")
    assert "Måling 2027 \\*ny\\* sammenlignet med Trivsels- og APV-måling 2026." in comparison
    assert "| Trivsel og arbejdsglæde | 66,3 (gul) | 76,3 (grøn) | +10,0 (reel forskel) |" in comparison
    assert "| Indflydelse på arbejdsdagen | 55,0 (gul) | 57,5 (gul) | +2,5 (ingen reel forskel) |" in comparison
    # Suppressed in the new measurement: no score, no difference.
    row = next(line for line in comparison.splitlines() if line.startswith("| Meningsfuldt arbejde |"))
    assert row == "| Meningsfuldt arbejde | 85,0 (grøn) | skjult | ikke sammenlignet: skjult i den nye måling |"
    assert "| Aften- og nattevagter | skjult | skjult | ikke sammenlignet: skjult i begge målinger |" in comparison
    assert "| Nyt tema [bold] \\| x | – | 76,3 (grøn) | ikke sammenlignet: ikke i den forrige måling |" in comparison
    assert "ikke sammenlignet: ikke i den nye måling |" in comparison
    assert "En forskel på 5 point eller mere er en reel forskel." in comparison
    assert "<table>" in RENDERER.render(comparison)
    # Round 1 added no measurement.
    assert "Den nye måling" not in section(danish, "Evalueringsrunde 1 — 3. feb. 2027")


def test_english_minutes_of_a_round(english):
    first = section(english, "Evaluation round 1 — 3 Feb 2027")
    for expected in (
        "- **Date:** 3 Feb 2027",
        "- **The round:** closed 4 Feb 2027",
        "- **a1** · Fast overlevering kl. 7.50: in progress → done",
        "not started (unchanged) · Deadline 15 Dec 2026 (OVERDUE)",
        "### To celebrate: done since the last round",
        "- **a2** · Ugentligt tavlemøde 🙂 æøå — Deadline: 1 Feb 2027 → 1 Mar 2027",
        "- New goal: **Trivsel og arbejdsglæde**",
        "- Goal reached: **Meningsfuldt arbejde** (3 Feb 2027)",
        "- Next follow-up: 3 Feb 2027 → 1 May 2027",
    ):
        assert expected in first, expected
    second = section(english, "Evaluation round 2 — 1 May 2027")
    assert "- **The round:** open (not closed yet)" in second
    assert "| Trivsel og arbejdsglæde | 66.3 (yellow) | 76.3 (green) | +10.0 (real difference) |" in second
    assert "not compared: hidden in the new measurement" in second
    for danish_word in ("Evalueringsrunde", "Deltagere", "Ændringer", "reel forskel", "skjult", "OVERSKREDET"):
        assert danish_word not in english


def test_an_action_done_before_the_round_is_celebrated_and_kept_on_closing():
    session = load_session(FIXTURE)
    plan = session.plan.model_copy(deep=True)
    plan.actions[1].status = "done"  # a2, done between the workshop and the round
    session = session.model_copy(update={"plan": plan})
    session = apply(session, ev.start_round(session, dt.date(2027, 2, 3)))
    session = apply(session, ev.close_round(session, dt.date(2027, 2, 3)))
    first = section(minutes(session=session), "Evalueringsrunde 1 — 3. feb. 2027")
    assert "- **a2** · Ugentligt tavlemøde 🙂 æøå (Ansvarlig: Jonas (AMR))" in part(
        first, "Det fejrer vi: gennemført siden sidste runde"
    )
    assert "- **a2** · Ugentligt tavlemøde 🙂 æøå: gennemført (uændret)" in first


# --- hostile text ------------------------------------------------------------------------


def test_user_text_in_the_rounds_stays_literal(danish):
    rounds = danish[danish.index("\n## Evalueringsrunde 1") :]
    assert "\x1b" not in danish
    page = RENDERER.render(rounds)
    assert "<h1>" not in page and "<em>" not in page and "<code>" not in page
    assert "<strong>x" not in page and "<strong>fed" not in page
    seen = shown_text(rounds)
    for piece in ("[/] [/ [bold]x | a;b *fed* # `kode`", "😀 æøå", "Godt i gang [/]", "# ikke en overskrift",
                  "- ikke en liste", printable("\x1b[31mrød *fed* `kode`"), "Mere [bold] glæde", "Nyt tema [bold] | x",
                  "Virker *fint*", "Måling 2027 *ny*"):
        assert piece in seen, piece
    # The notes keep their line breaks.
    notes = RENDERER.render(part(rounds, "Noter"))
    assert notes.count("<br />") == 3


# --- one round as its own document --------------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "hjemmeplejen.toml"
    save_session(rounds_session(), path)
    return path


@pytest.fixture
def fixed_today(monkeypatch):
    moment = dt.datetime(2027, 5, 2, 12, 0, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(rounds_markdown, "now", lambda: moment)


def test_round_n_is_a_document_a_committee_files(saved: Path, capsys, fixed_today):
    assert main(["export", str(saved), "--format", "md", "--round", "1"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Referat: Hjemmeplejen Nord, evalueringsrunde 1\n")
    assert "- **Enhed:** Hjemmeplejen Nord" in text
    assert "- **Opfølgningsforløb:** Trivsels- og APV-måling 2026, startet 26. nov. 2026" in text
    assert "- **Sessionsfil:** hjemmeplejen.toml" in text and "- Runde 1 af 2" in text
    assert re.findall(r"^## (.+)$", text, flags=re.M) == ["Evalueringsrunde 1 — 3. feb. 2027", "Bilag: handleplanen nu"]
    assert "Evalueringsrunde 2" not in text and "## Afstemning" not in text
    appendix = section(text, "Bilag: handleplanen nu")
    assert "Sådan står planen 2. maj 2027." in appendix
    assert "| Ansvarlig | Handling | Deadline | Status | Nr. |" in appendix
    assert "| Mette | Gennemgå proceduren for trusler | 15. dec. 2026 (OVERSKREDET) | ikke startet | a3 |" in appendix
    assert "| Ali (TR) | Ugentligt tavlemøde 🙂 æøå | 1. mar. 2027 (OVERSKREDET) | i gang | a2 |" in appendix
    assert "| Bo | Ny handling [/] [/ [bold]x \\| a;b" in appendix
    assert "Fast overlevering" not in appendix  # done
    assert "Gennemført eller droppet: 1 af 4 handlinger." in appendix
    assert "- **Meningsfuldt arbejde:** 6 om et halvt år (nået 3. feb. 2027)" in appendix
    assert "- **Trivsel og arbejdsglæde:** Mere [bold] glæde (ikke nået endnu)" in appendix
    assert "**Næste opfølgning:** 1. maj 2027" in appendix
    assert text.endswith("Eksporteret fra kompas 2. maj 2027.\n") and "\x1b" not in text


def test_round_n_in_english_and_to_a_file(saved: Path, tmp_path: Path, fixed_today):
    out = tmp_path / "runde2.md"
    assert main(["export", str(saved), "--format", "md", "--round", "2", "--lang", "en", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Minutes: Hjemmeplejen Nord, evaluation round 2\n")
    assert "- Round 2 of 2" in text and "## Evaluation round 2 — 1 May 2027" in text
    assert "## Appendix: the plan now" in text and "(OVERDUE)" in text
    assert "### The new measurement, theme by theme" in text
    assert out.stat().st_mode & 0o777 == 0o600


def test_round_document_equals_the_section_in_the_full_minutes(danish):
    document = round_document(rounds_session(), OrgProfile(), 0, "da", TODAY)
    title = "Evalueringsrunde 1 — 3. feb. 2027"
    assert section(document, title) == section(danish, title)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv", "--round", "1"], "--round kan kun bruges med --format md eller html"),
        (["--format", "json", "--round", "1"], "--round kan kun bruges med --format md eller html"),
        (["--format", "md", "--round", "3"], "hjemmeplejen.toml har ingen runde 3; vælg en runde fra 1 til 2"),
        (["--format", "md", "--round", "0"], "har ingen runde 0; vælg en runde fra 1 til 2"),
        (["--format", "md", "--round", "-1"], "har ingen runde -1"),
    ],
)
def test_round_usage_errors_exit_2_and_write_nothing(saved: Path, tmp_path: Path, capsys, args, message):
    out = tmp_path / "out.md"
    assert main(["export", str(saved), *args, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("kompas export: fejl: ") and message in captured.err
    assert captured.out == "" and not out.exists()


def test_round_usage_errors_in_english_and_without_rounds(tmp_path: Path, capsys):
    path = tmp_path / "workshop.toml"
    shutil.copy(FIXTURE, path)
    assert main(["--lang", "en", "export", str(path), "--format", "md", "--round", "1"]) == 2
    assert capsys.readouterr().err == "kompas export: error: workshop.toml has no evaluation rounds yet\n"
    assert main(["export", str(path), "--format", "csv", "--round", "1", "--lang", "en"]) == 2
    assert "--round can only be used with --format md or html" in capsys.readouterr().err


# --- CSV ----------------------------------------------------------------------------------------


def read_back(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_with_rounds_has_the_round_columns():
    rows = read_back(session_csv(rounds_session(), OrgProfile(), "da"))
    header, body = rows[0], rows[1:]
    assert header[:11] == read_back(session_csv(load_session(FIXTURE), OrgProfile(), "da"))[0]
    assert header[11:] == ["Mål nået", "Tilføjet i runde", "Seneste runde", "Note fra seneste runde"]
    assert all(len(row) == len(COLUMNS) + 4 for row in body)
    by_id = {row[0]: row for row in body}
    assert by_id["a1"][10:] == ["gennemført", "03-02-2027", "", "03-02-2027", "Virker *fint*\nanden linje [/]"]
    # Round 2 reviewed a2 with a formula for a note: defused.
    assert by_id["a2"][10:] == ["i gang", "", "", "01-05-2027", "'=SUM(A1)"]
    assert by_id["a3"][10:] == ["ikke startet", "", "", "03-02-2027", "Mangler tid"]
    # Added in round 1, its owner changed in round 2 (no note there).
    assert by_id["a4"][4] == "Bo" and by_id["a4"][11:] == ["03-02-2027", "1", "01-05-2027", ""]
    assert by_id["a4"][3] == printable(f"Ny handling {HOSTILE}")


def test_csv_round_columns_in_english_with_iso_dates():
    rows = read_back(session_csv(rounds_session("en"), OrgProfile(), "en"))
    assert rows[0][11:] == ["Goal reached", "Added in round", "Last round", "Note from the last round"]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["a1"][11:13] == ["2027-02-03", ""]
    assert by_id["a4"][12:14] == ["1", "2027-05-01"]


def test_csv_without_rounds_keeps_the_workshop_shape():
    rows = read_back(session_csv(load_session(FIXTURE), OrgProfile(), "da"))
    assert len(rows[0]) == len(COLUMNS) == 11


# --- JSON ---------------------------------------------------------------------------------------


def test_json_carries_the_rounds_and_goals_reached(saved: Path, capsys):
    assert main(["export", str(saved), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 4
    assert len(data["measurements"]) == 2 and data["measurements"][1]["measurement"] == "Måling 2027 *ny*"
    goals = {goal["theme"]: goal for goal in data["plan"]["goals"]}
    assert goals[MEANING]["reached"] == "2027-02-03" and goals[INFLUENCE]["reached"] is None
    first, second = data["rounds"]
    assert first["opened"] == "2027-02-03" and first["closed"] == "2027-02-04"
    assert first["participants"] == [
        {"name": "Mette", "role": "leader"},
        {"name": " ".join(f"Jonas {HOSTILE}".split()), "role": "amr"},
    ]
    assert first["notes"] == NOTES and first["next_follow_up"] == "2027-05-01"
    assert {"action": "a1", "was": "in_progress", "status": "done", "note": "Virker *fint*\nanden linje [/]"} in first[
        "reviews"
    ]
    assert {"action": "a2", "goal": None, "field": "deadline", "before": "2027-02-01", "after": "2027-03-01"} in first[
        "changes"
    ]
    assert {"action": "a4", "goal": None, "field": "added", "before": "", "after": MEANING} in first["changes"]
    assert {"action": None, "goal": MEANING, "field": "reached", "before": "", "after": "2027-02-03"} in first["changes"]
    assert second["closed"] is None and second["measurement"] == 1
    assert {"action": "a4", "goal": None, "field": "owner", "before": "Kim", "after": "Bo"} in second["changes"]
