"""Start-up stays lean: each path imports only what it needs (SPEC §8).

Which layer may import what (the domain no Textual) is tests/test_layers.py's."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_help_and_version_import_neither_textual_nor_pydantic():
    loaded = _modules_after("from kompas_tui.cli import build_parser; build_parser()")
    assert not {m for m in loaded if m.startswith(("textual", "pydantic", "openpyxl"))}


@pytest.mark.parametrize(
    "module",
    ["kompas_tui.app", "kompas_tui.screens.report", "kompas_tui.storage.session_file", "kompas_tui.demo"],
)
def test_the_demo_path_leaves_out_what_it_does_not_need(module):
    loaded = _modules_after(f"import {module}")
    unwanted = {"openpyxl", "kompas_tui.importers.xlsx_report", "kompas_tui.importers.csv_report",
                "kompas_tui.screens.help", "kompas_tui.screens.open_report", "kompas_tui.screens.commands"}
    assert not loaded & unwanted
