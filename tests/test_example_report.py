"""The shared example report imports and scores to its expected `kompas check` JSON."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kompas_tui.domain.scoring import summarise
from kompas_tui.importers import load_report

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
# Copies of the project's shared example (data/example-report.*), so the test
# runs wherever the repository is checked out.
EXAMPLE_CSV = FIXTURES / "example-report.csv"
EXPECTED_JSON = FIXTURES / "example-report.expected.json"
EXAMPLE_TOML = FIXTURES / "example.toml"
SHARED_DATA = [
    Path(__file__).resolve().parents[1] / "data",
    Path(__file__).resolve().parents[2] / "shared" / "data",
]


def assert_close(got: object, want: object, path: str = "$") -> None:
    """Equal, except floats may differ by 0.1 (SPEC §6: the last rounding step)."""
    if isinstance(want, float) or (isinstance(got, float) and isinstance(want, int) and not isinstance(want, bool)):
        assert isinstance(got, (int, float)) and not isinstance(got, bool), f"{path}: {got!r} != {want!r}"
        assert math.isclose(got, want, abs_tol=0.1 + 1e-9), f"{path}: {got!r} != {want!r}"
    elif isinstance(want, dict):
        assert isinstance(got, dict) and list(got) == list(want), f"{path}: keys {list(got)} != {list(want)}"
        for key in want:
            assert_close(got[key], want[key], f"{path}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), f"{path}: {got!r} != {want!r}"
        for i, (g, w) in enumerate(zip(got, want)):
            assert_close(g, w, f"{path}[{i}]")
    else:
        assert got == want and type(got) is type(want), f"{path}: {got!r} != {want!r}"


def test_example_csv_matches_expected_check_json():
    report = load_report(EXAMPLE_CSV)
    summary = summarise(report, today=date(2026, 11, 26))
    expected = json.loads(EXPECTED_JSON.read_text(encoding="utf-8"))
    assert_close(summary.to_check_json(), expected)


def test_example_csv_source_is_the_file_name():
    assert load_report(EXAMPLE_CSV).source == "example-report.csv"


def test_example_toml_is_the_same_report():
    from_csv = load_report(EXAMPLE_CSV)
    from_toml = load_report(EXAMPLE_TOML)
    assert replace(from_toml, source="") == replace(from_csv, source="")


@pytest.mark.parametrize("name", ["example-report.csv", "example-report.expected.json"])
def test_fixture_copies_match_the_shared_example(name):
    originals = [folder / name for folder in SHARED_DATA if (folder / name).exists()]
    if not originals:
        pytest.skip("shared example data not present")
    for original in originals:
        assert (FIXTURES / name).read_bytes() == original.read_bytes()
