"""The built-in demo report, shipped as package data."""

from __future__ import annotations

import tomllib
from importlib.resources import files

from kompas_tui.domain.report import Report, report_adapter


def demo_report() -> Report:
    text = files("kompas_tui").joinpath("data/demo_report.toml").read_text(encoding="utf-8")
    report = report_adapter().validate_python(tomllib.loads(text))
    report.source = "demo"
    return report
