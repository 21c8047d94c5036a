"""TOML reports: the app's own format, the `Report` model as tables.

The layout mirrors the model one to one (see docs/report-formats.md), so it
is read strictly: English keys only, values of the right TOML type, no
unknown keys (pydantic validates the report's dataclasses with the rules
they carry: domain/report.py). Every problem names the key path (`themes[2].questions[0].mean`)
and, as far as the text shows it, the line.
"""

from __future__ import annotations

from dataclasses import fields

from pydantic import ValidationError

from kompas_tui.domain.report import IncidentSources, Question, Report, Theme, report_adapter
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.domain.report_checks import Loc
from kompas_tui.importers.files import line_at
from kompas_tui.problem_text import UNKNOWN_KEY_ERRORS, describe_value, expected_text, quote, report_rule_problems
from kompas_tui.safe_read import REPORT, parse_toml
from kompas_tui.toml_locations import TomlLineIndex, field_path

#: The model at each place of the file (loc without list indexes).
_MODELS: dict[tuple[str, ...], type] = {
    (): Report,
    ("themes",): Theme,
    ("themes", "questions"): Question,
    ("themes", "questions", "by_source"): IncidentSources,
}
#: Model fields a file may not set: the importer fills them in.
_NOT_IN_FILE = {Report: {"source"}}


def read_toml_report(data: bytes, file: str) -> Report:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = Problem(
            file,
            line_at(data, exc.start),
            expected=t("errors.expect.utf8"),
            found=t("errors.found.byte", byte=f"0x{data[exc.start]:02X}"),
        )
        raise InputError([problem]) from None
    if not text.strip():
        raise InputError([Problem(file, message=t("errors.file_empty"))])
    # Structure bounded before parsing, NaN and infinity refused.
    document = parse_toml(text, file, REPORT)

    lines = TomlLineIndex(text)
    problems = [
        _unknown_key_problem(file, lines, (key,))
        for key in _NOT_IN_FILE[Report]
        if key in document
    ]
    for key in _NOT_IN_FILE[Report]:
        document.pop(key, None)
    try:
        report = report_adapter().validate_python(document)
    except ValidationError as exc:
        problems.extend(_error_problem(file, lines, error) for error in exc.errors(include_url=False))
        raise _by_line(problems) from None

    problems.extend(report_rule_problems(report, file, lambda: lines))
    if problems:
        raise _by_line(problems)
    return report


def dump_report_toml(report: Report) -> str:
    """The report in the layout `read_toml_report` reads (`source` is left out)."""
    import tomli_w

    document = report_adapter().dump_python(report, exclude_none=True, exclude={"source"})
    for theme in document["themes"]:
        if not theme["questions"]:
            del theme["questions"]
        for question in theme.get("questions", []):
            if question.get("by_source") == {}:
                del question["by_source"]
    return tomli_w.dumps(document)


def _by_line(problems: list[Problem]) -> InputError:
    """Problems in the order of the file, as for CSV (whole-file ones first)."""
    return InputError(sorted(problems, key=lambda problem: problem.line or 0))


def _known_keys(loc: Loc) -> str:
    model = _MODELS.get(tuple(part for part in loc if isinstance(part, str)), Report)
    hidden = _NOT_IN_FILE.get(model, set())
    return ", ".join(field.name for field in fields(model) if field.name not in hidden)


def _unknown_key_problem(file: str, lines: TomlLineIndex, loc: Loc) -> Problem:
    return Problem(
        file,
        lines.line_of(loc),
        field_path(loc),
        expected=t("errors.expect.known_key", keys=_known_keys(loc[:-1])),
        found=t("errors.found.key", key=quote(str(loc[-1]))),
    )


def _error_problem(file: str, lines: TomlLineIndex, error: dict) -> Problem:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    if kind in UNKNOWN_KEY_ERRORS:
        # Richer than expected_text's "a known key": this model's keys.
        return _unknown_key_problem(file, lines, loc)
    found = t("errors.found.nothing") if kind == "missing" else describe_value(error.get("input"))
    return Problem(file, lines.line_of(loc), field_path(loc) or None, expected=expected_text(error), found=found)


