"""The built-in demo report, shipped as package data."""

from __future__ import annotations

import tomllib
from importlib.resources import files

from kompas_tui.domain.report import Report


def demo_report() -> Report:
    text = files("kompas_tui").joinpath("data/demo_report.toml").read_text(encoding="utf-8")
    report = Report.model_validate(tomllib.loads(text))
    return report.model_copy(update={"source": "demo"})
