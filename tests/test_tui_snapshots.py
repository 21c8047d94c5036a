"""SVG snapshots of the screens at 80x24, to catch layout regressions.

Update them after an intended change with `pytest tests/test_tui_snapshots.py
--snapshot-update`, and look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytest_textual_snapshot")

from pilot_tools import report_in_full  # noqa: E402

SIZE = (80, 24)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_report_screen(snap_compare, make_app, demo_handle, lang):
    # The lower part is mounted after the first paint: the scrollbar is the whole page's.
    assert snap_compare(make_app(demo_handle, lang=lang), terminal_size=SIZE, run_before=report_in_full)


def test_report_scrolled_to_zero_tolerance(snap_compare, make_app, demo_handle):
    assert snap_compare(
        make_app(demo_handle), press=["pagedown", "pagedown"], terminal_size=SIZE, run_before=report_in_full
    )


def test_help_on_the_report(snap_compare, make_app, demo_handle):
    assert snap_compare(make_app(demo_handle, lang="en"), press=["f1"], terminal_size=SIZE, run_before=report_in_full)


def test_start_screen_without_sessions(snap_compare, make_app, tmp_path, monkeypatch):
    # A relative folder, as by default: the start screen shows its name.
    monkeypatch.chdir(tmp_path)
    assert snap_compare(make_app(sessions_dir=Path("sessions")), terminal_size=SIZE)
