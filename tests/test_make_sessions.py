"""The benchmark's session generator (benchmarks/make_sessions.py) writes
valid, varied sessions the way kompas writes them."""

from __future__ import annotations

import datetime as dt
import importlib.util
import stat
import sys
from pathlib import Path

import pytest

from kompas_tui.domain.overview import unit_status
from kompas_tui.domain.profile import DEFAULT_PROFILE
from kompas_tui.errors import InputError
from kompas_tui.storage.session_file import TRAILER, load_session

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 26)


def _generator():
    path = HERE.parent / "benchmarks" / "make_sessions.py"
    spec = importlib.util.spec_from_file_location("make_sessions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_sessions", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("org")
    _generator().generate(root, 40, seed=7, today=TODAY, messy=True, jobs=1)
    return root


def _sessions(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.toml") if p.parent.name != "diverse" and p.name != "kompas.toml")


def test_every_session_loads_and_is_private(generated: Path) -> None:
    paths = _sessions(generated)
    assert len(paths) == 40
    for path in paths:
        session = load_session(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_text(encoding="utf-8").rstrip().endswith(TRAILER)
        assert 2024 <= session.created.year <= 2026
        assert session.created.date() <= TODAY
        # In an area folder and a unit-kind folder below it.
        assert len(path.relative_to(generated).parts) == 3


def test_sessions_vary(generated: Path) -> None:
    statuses = [unit_status(load_session(p), DEFAULT_PROFILE, str(p)) for p in _sessions(generated)]
    assert {s.colour for s in statuses} >= {"green", "yellow", "red"}
    assert {s.track for s in statuses} >= {"local", "department_head"}
    assert {s.created.year for s in statuses} == {2024, 2025, 2026}
    assert any(s.actions_total == 0 for s in statuses)  # only the report, or stopped early
    assert any(s.actions_total >= 3 for s in statuses)
    assert any(s.rounds > 0 for s in statuses) and any(s.rounds == 0 for s in statuses)
    assert any(s.overdue(TODAY) for s in statuses)
    assert any(not s.overdue(TODAY) for s in statuses)
    assert len({p.parts[len(generated.parts)] for p in _sessions(generated)}) >= 4  # several areas
    # Some unit names are not ASCII (æøå, emoji).
    assert any(not s.unit.isascii() for s in statuses)


def test_messy_files(generated: Path) -> None:
    folder = generated / "diverse"
    names = {p.name for p in folder.iterdir()}
    assert {"gemt-to-gange-2025-05-07.toml.bak", "gemt-to-gange-2025-05-07.toml.lock", "pyproject.toml"} <= names
    load_session(folder / "gemt-to-gange-2025-05-07.toml")  # the one saved twice is fine
    for name in ("oedelagt-2025-05-01.toml", "afkortet-2025-05-02.toml", "fremtidig-2027-01-10.toml",
                 "pyproject.toml", "tom-2025-05-04.toml", "latin1-2025-05-05.toml"):
        with pytest.raises(InputError):
            load_session(folder / name)
    assert stat.S_IMODE((folder / "ulaeselig-2025-05-06.toml").stat().st_mode) == 0


def test_same_seed_same_sessions(tmp_path: Path) -> None:
    generator = _generator()
    for name in ("a", "b"):
        generator.generate(tmp_path / name, 6, seed=3, today=TODAY, jobs=1)
    first, second = _sessions(tmp_path / "a"), _sessions(tmp_path / "b")
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in second]
    for a, b in zip(first, second):
        one, two = load_session(a), load_session(b)
        assert one.model_dump(exclude={"updated"}) == two.model_dump(exclude={"updated"})
