"""Rows of a CSV file or XLSX sheet -> a `Report`.

Both readers hand over the resolved header and the data rows as raw text keyed
by canonical column. Everything about what the cells mean lives here, so both
formats accept exactly the same reports and word their problems the same way.

A row with a question id or question text is a question; a row with neither
is a whole theme, whose mean is normalised into the theme's 0-100 score.
Themes keep the order they first appear in, or `tema_nr` order when every
theme has a number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.domain.scoring import normalise
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.domain.report_checks import Issue, Loc, question_issues, report_issues
from kompas_tui.importers.columns import CELL_PARSERS, Header
from kompas_tui.importers.problems import quote

#: (line in the file, canonical column -> cell text).
Row = tuple[int, Mapping[str, str]]

#: Columns that describe the whole report and must agree on every row.
REPORT_COLUMNS = ("unit", "measurement", "invited", "answered")

#: Question field -> the column it is read from.
QUESTION_COLUMNS = {
    "id": "question_id",
    "text": "question",
    "kind": "kind",
    "scale": "scale",
    "direction": "direction",
    "n": "n",
    "mean": "mean",
    "org_mean": "org_mean",
    "previous_mean": "previous_mean",
    "colour": "colour",
    "count_yes": "count_yes",
}
#: IncidentSources field -> column.
SOURCE_COLUMNS = {
    "leader": "from_leader",
    "colleagues": "from_colleagues",
    "subordinates": "from_subordinates",
    "citizens": "from_citizens",
}
#: Theme field -> the column it is read from (on a theme row).
THEME_COLUMNS = {
    "name": "theme",
    "number": "theme_no",
    "colour": "colour",
    "n": "n",
    "score": "mean",
    "org_score": "org_mean",
    "previous_score": "previous_mean",
}


def build_report(file: str, header: Header, rows: Sequence[Row], problems: Iterable[Problem] = ()) -> Report:
    """The report in `rows`, or one InputError with every problem found,
    including the `problems` the reader already found."""
    return _ReportBuilder(file, header, list(problems)).build(rows)


# Builder state, never compared or shown: no __eq__ or __repr__ to
# generate (a dataclass's methods are compiled when it is defined).
@dataclass(eq=False, repr=False)
class _Cells:
    """One data row: its cells as written (stripped) and the parsed good ones."""

    line: int
    raw: dict[str, str]
    values: dict[str, object]


@dataclass(eq=False, repr=False)
class _ThemeRows:
    name: str
    first: _Cells
    number: int | None = None
    number_row: _Cells | None = None
    theme_row: _Cells | None = None
    questions: list[_Cells] = field(default_factory=list)


class _ReportBuilder:
    def __init__(self, file: str, header: Header, problems: list[Problem]):
        self.file = file
        self.header = header
        self.problems = problems
        #: (line, column) of cells already reported, so one bad cell is one problem.
        self.bad_cells: set[tuple[int, str]] = set()
        self.missing_columns: set[str] = set()
        #: Where each part of the model came from: loc -> its row.
        self.rows_at: dict[Loc, _Cells] = {}

    # --- problems ---

    def _problem(self, line: int, column: str, expected: str, found: str) -> None:
        self.bad_cells.add((line, column))
        self.problems.append(Problem(self.file, line, self.header.name(column), expected=expected, found=found))

    def _found(self, row: _Cells | None, column: str) -> str:
        raw = row.raw.get(column, "") if row else ""
        return quote(raw) if raw else t("errors.found.empty")

    def _missing_column(self, column: str) -> None:
        if column in self.missing_columns:
            return
        self.missing_columns.add(column)
        name = self.header.name(column)
        self.problems.append(
            Problem(
                self.file,
                self.header.line,
                name,
                expected=t("errors.expect.column", name=name),
                found=t("errors.found.no_column"),
            )
        )

    def _fail(self) -> InputError:
        # Header problems first, then by line; same line keeps finding order.
        return InputError(sorted(self.problems, key=lambda p: p.line or 0))

    # --- building ---

    def build(self, rows: Sequence[Row]) -> Report:
        if not rows:
            # Rows the reader rejected (wrong field count) are not "no rows".
            if not any((problem.line or 0) > self.header.line for problem in self.problems):
                self.problems.append(Problem(self.file, self.header.line, message=t("errors.no_rows")))
            raise self._fail()
        for column in ("unit", "theme"):
            if not self.header.has(column):
                self._missing_column(column)
        cells = [self._parse(line, raw) for line, raw in rows]
        report_values = self._report_values(cells)
        # Plain data, not validated again: every cell was parsed above, and
        # the rules of a report are checked below.
        report = Report(
            unit=report_values.get("unit", ""),
            measurement=report_values.get("measurement", ""),
            invited=report_values.get("invited"),
            answered=report_values.get("answered"),
            themes=self._themes(cells),
        )
        for issue in report_issues(report, self._describe):
            self._issue(issue)
        if self.problems:
            raise self._fail()
        return report

    def _parse(self, line: int, raw: Mapping[str, str]) -> _Cells:
        texts = {column: text.strip() for column, text in raw.items()}
        values: dict[str, object] = {}
        for column, text in texts.items():
            if not text:
                continue
            parser = CELL_PARSERS.get(column)
            if parser is None:
                values[column] = text
                continue
            parse, expected_key = parser
            try:
                values[column] = parse(text)
            except ValueError:
                self._problem(line, column, t(expected_key), quote(text))
        return _Cells(line, texts, values)

    def _report_values(self, cells: list[_Cells]) -> dict[str, object]:
        values: dict[str, object] = {}
        for column in REPORT_COLUMNS:
            first: _Cells | None = None
            for row in cells:
                if column not in row.values:
                    continue
                if first is None:
                    first = row
                    values[column] = row.values[column]
                    self.rows_at[(column,)] = row
                elif row.values[column] != first.values[column]:
                    expected = t("errors.expect.same_as_line", line=first.line, value=quote(first.raw[column]))
                    self._problem(row.line, column, expected, quote(row.raw[column]))
            if first is None:
                # Missing everywhere: a later check names the first data row.
                self.rows_at[(column,)] = cells[0]
        return values

    def _kind(self, row: _Cells) -> str:
        kind = row.values.get("kind")
        if isinstance(kind, str):
            return kind
        # No type given: a row with a yes-count and no mean is an incident item.
        return "incident" if "count_yes" in row.values and not row.raw.get("mean") else "scale"

    def _themes(self, cells: list[_Cells]) -> list[Theme]:
        groups: dict[str, _ThemeRows] = {}
        for row in cells:
            name = row.values.get("theme")
            if not isinstance(name, str):
                if self.header.has("theme"):
                    self._problem(row.line, "theme", t("errors.expect.theme_name"), t("errors.found.empty"))
                continue
            group = groups.setdefault(name, _ThemeRows(name, row))
            self._theme_number(group, row)
            is_theme_row = not row.raw.get("question_id") and not row.raw.get("question")
            if is_theme_row and self._kind(row) == "scale":
                if group.theme_row is None:
                    group.theme_row = row
                else:
                    expected = t("errors.expect.one_theme_row", line=group.theme_row.line)
                    self._problem(row.line, "theme", expected, quote(name))
            else:
                group.questions.append(row)
        ordered = list(groups.values())
        if all(group.number is not None for group in ordered):
            ordered.sort(key=lambda group: group.number or 0)
        return [self._theme(i, group) for i, group in enumerate(ordered)]

    def _theme_number(self, group: _ThemeRows, row: _Cells) -> None:
        number = row.values.get("theme_no")
        if not isinstance(number, int):
            return
        if group.number_row is None:
            group.number, group.number_row = number, row
        elif number != group.number:
            first = group.number_row
            expected = t("errors.expect.same_as_line", line=first.line, value=quote(first.raw["theme_no"]))
            self._problem(row.line, "theme_no", expected, quote(row.raw["theme_no"]))

    def _theme(self, index: int, group: _ThemeRows) -> Theme:
        loc: Loc = ("themes", index)
        self.rows_at[loc] = group.theme_row or group.first
        questions = []
        for j, row in enumerate(group.questions):
            self.rows_at[loc + ("questions", j)] = row
            # An incident row for a whole theme is still an item: it is named after its theme.
            questions.append(self._question(row, fallback_text=group.name))
        scores: dict[str, object] = {}
        if group.theme_row is not None:
            scores = self._theme_scores(loc, group.theme_row)
        return Theme(name=group.name, number=group.number, questions=questions, **scores)

    def _theme_scores(self, loc: Loc, row: _Cells) -> dict[str, object]:
        row_loc = loc + ("theme_row",)
        self.rows_at[row_loc] = row
        item = self._question(row)
        issues = question_issues(item, row_loc)
        for issue in issues:
            self._issue(issue)
        scores: dict[str, object] = {"n": item.n, "colour": item.colour, "direction": item.direction}
        if issues or item.scale is None or item.mean is None:
            return scores

        def score(value: float | None) -> float | None:
            return None if value is None else normalise(value, item.scale, item.direction)

        scores.update(
            score=score(item.mean),
            org_score=score(item.org_mean),
            previous_score=score(item.previous_mean),
        )
        return scores

    def _question(self, row: _Cells, fallback_text: str = "") -> Question:
        values = row.values
        sources = {source: values[column] for source, column in SOURCE_COLUMNS.items() if column in values}
        question_id = values.get("question_id", "")
        text = values.get("question", "")
        return Question(
            id=question_id,
            text=text or ("" if question_id else fallback_text),
            kind=self._kind(row),
            scale=values.get("scale"),
            direction=values.get("direction", "high"),
            n=values.get("n"),
            mean=values.get("mean"),
            org_mean=values.get("org_mean"),
            previous_mean=values.get("previous_mean"),
            colour=values.get("colour"),
            count_yes=values.get("count_yes"),
            by_source=IncidentSources(**sources) if sources else None,
        )

    # --- mapping model places back to the file ---

    def _locate(self, loc: Loc) -> tuple[_Cells | None, str | None]:
        """The row and column a model place came from (column None: the whole file)."""
        head = loc[0]
        if head in REPORT_COLUMNS:
            return self.rows_at.get((head,)), str(head)
        if len(loc) < 3:
            return None, None
        theme_loc, rest = loc[:2], loc[2:]
        if rest[0] == "questions" and len(rest) >= 3:
            return self.rows_at.get(theme_loc + rest[:2]), _item_column(rest[2:])
        if rest[0] == "theme_row" and len(rest) >= 2:
            return self.rows_at.get(theme_loc + rest[:1]), _item_column(rest[1:])
        return self.rows_at.get(theme_loc), THEME_COLUMNS.get(str(rest[0]))

    def _describe(self, loc: Loc) -> str:
        row, _column = self._locate(loc)
        return t("errors.where.line", line=row.line) if row else ""

    def _issue(self, issue: Issue) -> None:
        row, column = self._locate(issue.loc)
        if column is None:
            # Whole-theme or whole-report issues (no themes, a theme without
            # content) only follow from rows already reported as bad.
            if not self.problems:
                line = row.line if row else self.header.line
                found = t("errors.found.empty")
                self.problems.append(Problem(self.file, line, expected=issue.expected, found=found))
            return
        if not self.header.has(column):
            self._missing_column(column)
            return
        line = row.line if row else self.header.line
        if (line, column) in self.bad_cells:
            return
        self._problem(line, column, issue.expected, self._found(row, column))


def _item_column(path: Loc) -> str | None:
    """The column of a Question field path: ('mean',) or ('by_source', 'leader')."""
    if path[0] == "by_source":
        return SOURCE_COLUMNS.get(str(path[1])) if len(path) > 1 else None
    return QUESTION_COLUMNS.get(str(path[0]))

