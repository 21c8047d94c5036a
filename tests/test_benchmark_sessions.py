"""The big session the speed benchmarks open (benchmarks/session_io.py,
used by first_paint.py and keypress.py) is a valid session that survives
save and load: a schema change that breaks it breaks here, not in the
middle of a measurement."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from kompas_tui.storage.session_file import load_session, save_session

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _session_io():
    sys.path.insert(0, str(BENCHMARKS))  # session_io imports its neighbours
    try:
        spec = importlib.util.spec_from_file_location("session_io", BENCHMARKS / "session_io.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_big_session_saves_and_loads(tmp_path: Path) -> None:
    session = _session_io().big_session()
    assert len(session.plan.actions) == 200 and len(session.rounds) == 20
    assert [p.name for p in session.rounds[0].participants]  # people, with names
    path = tmp_path / "big.toml"
    save_session(session, path)
    assert load_session(path) == session
