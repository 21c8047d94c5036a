"""The examples in docs/report-formats.md import as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kompas_tui.importers import load_report

DOC = Path(__file__).resolve().parents[1] / "docs" / "report-formats.md"


def examples() -> list[tuple[str, str]]:
    blocks = re.findall(r"```(\w*)\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    found = [(".toml", body) for lang, body in blocks if lang == "toml"]
    found += [(".csv", body) for lang, body in blocks if not lang and body.startswith(("enhed", "unit"))]
    return found


@pytest.mark.skipif(not DOC.exists(), reason="docs not present")
def test_documented_examples_import(tmp_path):
    cases = examples()
    assert len(cases) == 3
    for number, (suffix, body) in enumerate(cases):
        path = tmp_path / f"example{number}{suffix}"
        path.write_text(body, encoding="utf-8")
        report = load_report(path)
        assert report.unit and report.themes
