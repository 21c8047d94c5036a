"""Problems with input files, reported all at once and never as a traceback.

An importer or loader collects every `Problem` it finds and raises one
`InputError`; the CLI prints one line per problem and exits with 1, the TUI
shows them in a dialog. Nothing is imported or saved when one is raised.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None = None
    field: str | None = None
    expected: str = ""
    found: str = ""
    #: A whole sentence, for problems that are not "expected X, found Y".
    message: str = ""

    def __str__(self) -> str:
        from kompas_tui.i18n import t

        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.field:
            parts.append(t("errors.field", field=self.field))
        text = self.message or t("errors.expected_found", expected=self.expected, found=self.found)
        return ": ".join(parts) + ": " + text


class InputError(Exception):
    """One or more problems with a file; nothing was imported."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
