"""`kompas open SESSION.toml --measurement REPORT`: a later report added to
the session's evaluation round before the app starts, or refused with the
session file left exactly as it was."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kompas_tui import cli_commands
from kompas_tui.cli import main
from kompas_tui.demo import demo_report
from kompas_tui.domain import evaluation
from kompas_tui.domain.report import Report
from kompas_tui.storage.session_file import load_session, new_session, open_session

FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"

LATER = "Opfølgning marts 2027"
LEADER = "Nærmeste leder"
TRIVSEL = "Trivsel og arbejdsglæde"
PREDICTABILITY = "Forudsigelighed"

_HEADER = [
    "enhed", "maaling", "inviterede", "besvarede", "tema_nr", "tema", "spm_id", "spoergsmaal", "type",
    "skala", "retning", "n", "gns", "kommune_gns", "forrige_gns", "farve", "antal_ja",
    "fra_leder", "fra_kolleger", "fra_underordnede", "fra_borgere",
]
_KIND = {"scale": "skala", "incident": "haendelse"}
_DIRECTION = {"high": "hoej", "low": "lav"}


def later_report(name: str = LATER, renames: dict[str, str] | None = None) -> Report:
    """The demo report measured again: the leader theme up 0.4 on its 1-5
    scale (+10 points: a real difference), every other mean up 0.05 (+1.25:
    no real difference), predictability answered by 3 (suppressed), fewer
    incidents. `renames` gives themes other names (hostile text)."""
    renames = renames or {}
    base = demo_report()
    themes = []
    for theme in base.themes:
        questions = []
        for q in theme.questions:
            update: dict[str, object] = {}
            if q.kind == "scale" and q.mean is not None:
                step = 0.4 if theme.name == LEADER else 0.05
                update["mean"] = round(min(5.0, q.mean + step), 2)
                update["previous_mean"] = q.mean
            if theme.name == PREDICTABILITY:
                update["n"] = 3
            if q.kind == "incident" and q.count_yes:
                update["count_yes"] = q.count_yes - 1
                update["by_source"] = None
            questions.append(replace(q, **update))
        themes.append(replace(theme, name=renames.get(theme.name, theme.name), questions=questions))
    return replace(base, measurement=name, themes=themes, source="")


def _decimal(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def report_csv(report: Report) -> str:
    """`report` as Danish Excel writes it: `;`, decimal comma, one row per question."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_HEADER)
    for number, theme in enumerate(report.themes, 1):
        for q in theme.questions:
            sources = q.by_source
            writer.writerow([
                report.unit, report.measurement, report.invited or "", report.answered or "", number, theme.name,
                q.id, q.text, _KIND[q.kind], q.scale or "", _DIRECTION[q.direction],
                "" if q.n is None else q.n, _decimal(q.mean), _decimal(q.org_mean), _decimal(q.previous_mean),
                "", "" if q.count_yes is None else q.count_yes,
                *(("" if sources is None or getattr(sources, s) is None else getattr(sources, s))
                  for s in ("leader", "colleagues", "subordinates", "citizens")),
            ])
    return out.getvalue()


def write_report(path: Path, report: Report | None = None) -> Path:
    path.write_text(report_csv(report or later_report()), encoding="utf-8")
    return path


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """A saved workshop with a plan (schema 2: migrated when opened)."""
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    path = folder / "hjemmeplejen-nord.toml"
    shutil.copyfile(FIXTURE, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def app_runs(monkeypatch) -> list[dict]:
    """Pretend there is a terminal; record how the app would have been run."""
    runs: list[dict] = []

    def run_app(args, profile, handle=None, warnings=(), open_on=None):
        runs.append({"handle": handle, "open_on": open_on, "read_only": handle.read_only})
        handle.close()
        return 0

    monkeypatch.setattr(cli_commands, "has_terminal", lambda: True)
    monkeypatch.setattr(cli_commands, "run_app", run_app)
    return runs


def kompas(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kompas_tui", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "KOMPAS_LANG": "da"},
        stdin=subprocess.DEVNULL,
    )


def test_the_later_report_round_trips_through_csv(tmp_path: Path):
    from kompas_tui.importers import load_report

    loaded = load_report(write_report(tmp_path / "later.csv"))
    assert loaded.measurement == LATER
    assert [t.name for t in loaded.themes] == [t.name for t in demo_report().themes]


def test_a_measurement_is_added_in_a_new_round_and_the_app_opens_on_the_comparison(workshop, tmp_path, app_runs):
    report = write_report(tmp_path / "later.csv")
    assert main(["--sessions-dir", str(workshop.parent), "open", str(workshop), "--measurement", str(report)]) == 0
    assert [run["open_on"] for run in app_runs] == ["comparison"]
    saved = load_session(workshop)
    assert [m.measurement for m in saved.measurements] == ["Trivsels- og APV-måling 2026", LATER]
    assert len(saved.rounds) == 1
    (round_,) = saved.rounds
    assert round_.is_open and round_.measurement == 1
    assert saved.step == "evaluation"
    # The plan came through the migration untouched.
    assert len(saved.plan.actions) == 3
    # The schema-2 original is kept beside it.
    assert (workshop.parent / "hjemmeplejen-nord.toml.v2.bak").exists()


def test_an_open_round_without_a_measurement_gets_it(workshop, tmp_path, app_runs):
    with open_session(workshop) as handle:
        for name, value in evaluation.start_round(handle.session, dt.date(2027, 3, 1)).items():
            setattr(handle.session, name, value)
        handle.save()
    report = write_report(tmp_path / "later.csv")
    assert main(["open", str(workshop), "--measurement", str(report)]) == 0
    saved = load_session(workshop)
    assert len(saved.rounds) == 1 and saved.rounds[0].opened == dt.date(2027, 3, 1)
    assert saved.rounds[0].measurement == 1 and len(saved.measurements) == 2


def test_a_round_that_has_its_measurement_refuses_a_second(workshop, tmp_path, app_runs, capsys):
    report = write_report(tmp_path / "later.csv")
    assert main(["open", str(workshop), "--measurement", str(report)]) == 0
    before = workshop.read_bytes()
    second = write_report(tmp_path / "again.csv", later_report("Endnu en måling"))
    assert main(["open", str(workshop), "--measurement", str(second)]) == 1
    err = capsys.readouterr().err
    assert "allerede en ny måling" in err and LATER in err and "Intet er ændret" in err
    assert workshop.read_bytes() == before
    assert len(app_runs) == 1


def test_a_bad_report_is_refused_with_file_line_and_field_and_the_session_is_untouched(workshop, tmp_path):
    bad = tmp_path / "bad.csv"
    lines = report_csv(later_report()).splitlines()
    lines[3] = lines[3].replace(";29;", ";mange;", 1)
    bad.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    before = workshop.read_bytes()
    result = kompas("open", str(workshop), "--measurement", str(bad))
    assert result.returncode == 1
    # The answered count of line 4 (file, line, field, what was found).
    assert "bad.csv:4" in result.stderr and "besvarede" in result.stderr and "mange" in result.stderr
    assert "Traceback" not in result.stderr
    assert workshop.read_bytes() == before
    assert not (workshop.parent / "hjemmeplejen-nord.toml.v2.bak").exists()


def test_a_missing_report_is_refused_before_anything_else(workshop, tmp_path):
    before = workshop.read_bytes()
    result = kompas("--lang", "en", "open", str(workshop), "--measurement", str(tmp_path / "nope.csv"))
    assert result.returncode == 1 and "nope.csv" in result.stderr
    assert workshop.read_bytes() == before


def test_a_bad_session_is_refused(tmp_path):
    session = tmp_path / "broken.toml"
    session.write_text("schema_version = 3\nunit = [\n", encoding="utf-8")
    report = write_report(tmp_path / "later.csv")
    result = kompas("open", str(session), "--measurement", str(report))
    assert result.returncode == 1 and "broken.toml" in result.stderr and "Traceback" not in result.stderr


def test_without_a_terminal_nothing_is_changed(workshop, tmp_path):
    before = workshop.read_bytes()
    result = kompas("open", str(workshop), "--measurement", str(write_report(tmp_path / "later.csv")))
    assert result.returncode == 2 and "terminal" in result.stderr
    assert workshop.read_bytes() == before


def test_a_session_someone_else_is_writing_is_refused_naming_the_holder(workshop, tmp_path, app_runs, capsys):
    report = write_report(tmp_path / "later.csv")
    before = workshop.read_bytes()
    with open_session(workshop) as holder:
        assert not holder.read_only
        assert main(["--lang", "en", "open", str(workshop), "--measurement", str(report)]) == 1
    err = capsys.readouterr().err
    assert "open for editing by" in err and str(os.getpid()) in err
    assert "cannot be added" in err and "Nothing was changed" in err
    assert workshop.read_bytes() == before
    assert app_runs == []


def test_a_session_without_a_plan_is_refused(tmp_path, app_runs, capsys):
    handle = new_session(demo_report(), tmp_path / "sessions", language="da")
    handle.close()
    before = handle.path.read_bytes()
    report = write_report(tmp_path / "later.csv")
    assert main(["open", str(handle.path), "--measurement", str(report)]) == 1
    assert "ingen handleplan" in capsys.readouterr().err
    assert handle.path.read_bytes() == before and app_runs == []


def test_open_without_a_measurement_runs_as_before(workshop, app_runs):
    before = workshop.read_bytes()
    assert main(["open", str(workshop)]) == 0
    assert [run["open_on"] for run in app_runs] == [None]
    assert workshop.read_bytes() == before



def assert_refused_unchanged(workshop: Path, error: type[BaseException]) -> None:
    """Adding the later report raises `error`: the handle keeps the very
    session it had, unchanged (no half-started round), the file unwritten."""
    before = workshop.read_bytes()
    with open_session(workshop) as handle:
        original = handle.session
        dump = original.model_dump()
        with pytest.raises(error):
            cli_commands._add_measurement(handle, later_report())
        assert handle.session is original and original.model_dump() == dump
        assert original.rounds == [] and original.step != "evaluation"
    assert workshop.read_bytes() == before


def test_a_change_refused_part_way_leaves_the_session_and_its_file_as_they_were(workshop, monkeypatch):
    """The round is started, then adding the measurement is refused."""
    from pydantic import ValidationError

    monkeypatch.setattr(evaluation, "add_measurement", lambda session, report: {"measurements": []})
    assert_refused_unchanged(workshop, ValidationError)


def test_a_save_that_fails_leaves_the_session_and_its_file_as_they_were(workshop, tmp_path, monkeypatch, app_runs, capsys):
    from kompas_tui.storage import session_file

    def disk_full(path, *args, **kwargs):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(session_file, "atomic_write", disk_full)
    assert_refused_unchanged(workshop, OSError)
    # From the command line: the reason told, the app not started, the file as it was.
    before = workshop.read_bytes()
    report = write_report(tmp_path / "later.csv")
    assert main(["--lang", "en", "open", str(workshop), "--measurement", str(report)]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and workshop.name in err and "Traceback" not in err
    assert workshop.read_bytes() == before and app_runs == []
