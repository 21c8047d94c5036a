"""How problems with input files are worded, shared by the importers and
the storage (neither imports the other; both import this).

- `quote` and `describe_value`: what was found. Values come from files anyone
  may have edited: they are cut short and shown repr-style, so control
  characters and terminal escapes are visible as escapes instead of acting on
  the terminal.
- `expected_text(error)`: what a key should have held, for a pydantic error,
  in the interface language, so every TOML file (reports, sessions, profiles)
  is explained the same way, never with pydantic's English.
- `cannot_read_problem(file, exc)`: a file that could not be read, with the
  operating system's reason in the interface language (`strerror` is always
  English).
- `toml_decode_problem(exc, file, text)`: a TOML syntax error with its line;
  tomllib's English detail is translated by the catalog keys `storage.toml:<text>`
  (i18n/storage.py).
"""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from kompas_tui.errors import Problem
from kompas_tui.i18n import entry, language, t

if TYPE_CHECKING:
    import tomllib

    from kompas_tui.domain.report import Report
    from kompas_tui.toml_locations import Loc, TomlLineIndex

# ast, json and the TOML line index are imported where they are used: the
# CSV importer words its problems with `quote` alone (`kompas check`).

#: Longest piece of a found value shown in a message.
MAX_SHOWN = 40

#: pydantic's error types for a key the table may not have: a model's, and
#: a dataclass's (the report, domain/report.py).
UNKNOWN_KEY_ERRORS = frozenset({"extra_forbidden", "unexpected_keyword_argument"})
#: pydantic error type -> catalog key of what was expected.
_EXPECTED_BY_TYPE = {
    "missing": "errors.expect.value",
    "extra_forbidden": "errors.expect.a_known_key",
    "unexpected_keyword_argument": "errors.expect.a_known_key",
    "int_type": "errors.expect.whole_number",
    "int_parsing": "errors.expect.whole_number",
    "int_parsing_size": "errors.expect.whole_number",
    "int_from_float": "errors.expect.whole_number",
    "float_type": "errors.expect.toml_number",
    "float_parsing": "errors.expect.toml_number",
    "finite_number": "errors.expect.toml_number",
    "string_type": "errors.expect.toml_text",
    "bool_type": "errors.expect.toml_bool",
    "bool_parsing": "errors.expect.toml_bool",
    "list_type": "errors.expect.toml_list",
    "model_type": "errors.expect.toml_table",
    "model_attributes_type": "errors.expect.toml_table",
    "dataclass_type": "errors.expect.toml_table",
    "dict_type": "errors.expect.toml_table",
    "datetime_type": "errors.expect.datetime",
    "datetime_parsing": "errors.expect.datetime",
    "datetime_from_date_parsing": "errors.expect.datetime",
    "datetime_object_invalid": "errors.expect.datetime",
    "date_type": "errors.expect.date",
    "date_parsing": "errors.expect.date",
    "date_from_datetime_parsing": "errors.expect.date",
    "date_from_datetime_inexact": "errors.expect.date",
}
#: pydantic error type -> (catalog key, the bound's name in error["ctx"]).
_EXPECTED_BOUND = {
    "greater_than": ("errors.expect.number_above", "gt"),
    "greater_than_equal": ("errors.expect.number_at_least", "ge"),
    "less_than": ("errors.expect.number_below", "lt"),
    "less_than_equal": ("errors.expect.number_at_most", "le"),
}
#: One choice in pydantic's literal_error ctx["expected"] ("'a', 'b' or 'c'"),
#: and the separator after it.
_CHOICE = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s,'"]+)(, | or |$)""")


def quote(value: str) -> str:
    """'abc' for abc; long text is cut with an ellipsis, control characters escaped."""
    if len(value) <= MAX_SHOWN:
        return repr(value)
    return repr(value[: MAX_SHOWN - 1]) + "…"


def describe_value(value: object) -> str:
    """A value read from a TOML file, the way the file spells it."""
    if value is None:
        return t("errors.found.nothing")
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return t("errors.found.table")
    if isinstance(value, list):
        return t("errors.found.list")
    return quote(repr(value))


def expected_text(error: Mapping[str, Any]) -> str:
    """What the key at `error["loc"]` should hold, for one error of
    `ValidationError.errors()`. Types without a text of their own fall back
    to pydantic's message."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in _EXPECTED_BY_TYPE:
        return t(_EXPECTED_BY_TYPE[kind])
    if kind in _EXPECTED_BOUND and _EXPECTED_BOUND[kind][1] in ctx:
        key, bound = _EXPECTED_BOUND[kind]
        return t(key, bound=_toml_number(ctx[bound]))
    if kind == "literal_error" and "expected" in ctx:
        return _choices(str(ctx["expected"]))
    if kind in ("too_short", "string_too_short") and "min_length" in ctx:
        count = ctx["min_length"]
        if kind == "too_short":
            if count == 1:
                return t("errors.expect.list_not_empty")
            return t("errors.expect.list_at_least", count=count)
        if count == 1:
            return t("errors.expect.text_not_empty")
        return t("errors.expect.text_at_least", count=count)
    if kind in ("value_error", "assertion_error"):
        # Our validators raise their message already in the interface language.
        if "error" in ctx:
            return str(ctx["error"])
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return str(error["msg"])


def _toml_number(value: object) -> str:
    """A bound as a TOML file spells it: 100 for 100.0, 0.5 for 0.5."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _choices(expected: str) -> str:
    """pydantic's "'high' or 'low'" as '"high" eller "low"': TOML quotes,
    the interface language's "or". Anything unexpected is kept as it is."""
    choices, pos = [], 0
    while pos < len(expected):
        match = _CHOICE.match(expected, pos)
        if match is None:
            return expected
        choices.append(_toml_spelling(match[1]))
        pos = match.end()
        if not match[2]:
            break
    if not choices or pos != len(expected):
        return expected
    if len(choices) == 1:
        return choices[0]
    return t("errors.expect.one_of", choices=", ".join(choices[:-1]), last=choices[-1])


def _toml_spelling(choice: str) -> str:
    """A Python repr as TOML writes it: "text" in double quotes, true/false."""
    if choice[0] in "'\"":
        import ast
        import json

        try:
            return json.dumps(ast.literal_eval(choice), ensure_ascii=False)
        except (ValueError, SyntaxError):
            return choice
    return {"True": "true", "False": "false"}.get(choice, choice)


# -- files that cannot be read ---------------------------------------------

#: errno -> catalog key of the whole sentence.
_CANNOT_READ = {
    errno.ENOENT: "errors.file_missing",
    errno.EISDIR: "errors.file_is_folder",
    errno.EACCES: "errors.file_permission",
    errno.EPERM: "errors.file_permission",
    errno.ENOTDIR: "errors.file_path_not_folder",
    errno.ELOOP: "errors.file_link_loop",
    errno.EIO: "errors.file_io_error",
}


def cannot_read_problem(file: str, exc: OSError) -> Problem:
    """`file` could not be read, and why, in the interface language. The
    rare reasons without a text of their own are named by their errno
    ("ENAMETOOLONG"), never by the operating system's English."""
    key = _CANNOT_READ.get(exc.errno) if exc.errno is not None else None
    if key is None:
        if isinstance(exc, FileNotFoundError):
            key = "errors.file_missing"
        elif isinstance(exc, IsADirectoryError):
            key = "errors.file_is_folder"
        elif isinstance(exc, PermissionError):
            key = "errors.file_permission"
    if key is not None:
        return Problem(file, message=t(key))
    code = errno.errorcode.get(exc.errno, "") if exc.errno is not None else ""
    return Problem(file, message=t("errors.file_unreadable", code=code or type(exc).__name__))


# -- TOML syntax errors ----------------------------------------------------

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")

#: tomllib's messages that carry a value: the pattern, and the catalog key
#: the named groups are filled into. Fixed messages are looked up as they are.
_TOML_PATTERNS = tuple(
    (re.compile(pattern, re.S), key)
    for pattern, key in (
        (r"Illegal character (?P<char>'.*'|\".*\")", "storage.toml:Illegal character {char}"),
        (r"Found invalid character (?P<char>'.*'|\".*\")", "storage.toml:Found invalid character {char}"),
        (r"Expected (?P<expected>'.*'|\".*\")", "storage.toml:Expected {expected}"),
        (r"Cannot declare (?P<key>.+) twice", "storage.toml:Cannot declare {key} twice"),
        (r"Cannot mutate immutable namespace (?P<key>.+)", "storage.toml:Cannot mutate immutable namespace {key}"),
        (r"Cannot redefine namespace (?P<key>.+)", "storage.toml:Cannot redefine namespace {key}"),
        (r"Duplicate inline table key (?P<key>.+)", "storage.toml:Duplicate inline table key {key}"),
    )
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_decode_problem(exc: tomllib.TOMLDecodeError, file: str, text: str) -> Problem:
    """tomllib puts the place in its message: "(at line 3, column 5)" or
    "(at end of document)"; move it into the Problem's line."""
    detail = str(exc)
    line: int | None = getattr(exc, "lineno", None)  # Python 3.14+
    column: int | None = getattr(exc, "colno", None)
    if match := _AT_LINE.search(detail):
        line, column = int(match.group(1)), int(match.group(2))
        detail = detail[: match.start()]
    elif match := _AT_END.search(detail):
        line, column = _last_line(text), None
        detail = detail[: match.start()]
    localised = localised_toml_detail(detail.strip())
    if localised is None:
        # A message the catalog does not know: a plain "invalid TOML syntax"
        # rather than English in another language.
        if column is not None:
            message = t("storage.toml_syntax_unknown_at", column=column)
        else:
            message = t("storage.toml_syntax_unknown")
    elif column is not None:
        message = t("storage.toml_syntax_at", detail=localised, column=column)
    else:
        message = t("storage.toml_syntax", detail=localised)
    return Problem(file=file, line=line, message=message)


def localised_toml_detail(detail: str) -> str | None:
    """tomllib's English `detail` in the interface language, or None when
    the catalog has no translation. English keeps tomllib's own text."""
    if language() == "en":
        return detail
    texts = entry("storage.toml:" + detail)
    if texts is not None:
        return texts[language()].format()
    for pattern, key in _TOML_PATTERNS:
        if match := pattern.fullmatch(detail):
            values = {name: _toml_key(value) if name == "key" else value for name, value in match.groupdict().items()}
            return t(key, **values)
    return None


def _toml_key(text: str) -> str:
    """tomllib's key, a Python tuple or string repr ("('a', 'b c')"), as a
    TOML file writes it: a.'b c'. Anything else is kept as it is."""
    import ast

    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text
    parts = (value,) if isinstance(value, str) else value
    if not isinstance(parts, tuple) or not parts or not all(isinstance(part, str) for part in parts):
        return text
    return ".".join(part if _BARE_KEY.fullmatch(part) else quote(part) for part in parts)


def _last_line(text: str) -> int:
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


# -- the rules of a report, in a TOML file ---------------------------------


def report_rule_problems(
    report: Report, file: str, lines: Callable[[], TomlLineIndex], prefix: Loc = (), *, numbers_only: bool = False
) -> list[Problem]:
    """One problem per rule of `domain/report_checks.py` that `report`
    breaks, at its line in a TOML file where the report sits at `prefix`
    (`()` for a TOML report, `("measurements", 2)` for a session's third
    measurement). A session's measurements are held to the rules on the
    numbers (`numbers_only`, `number_issues`), so a hand edit cannot slip in
    what no import would take (`answered` above `invited`, a mean off its
    scale).
    `lines()` gives the file's line index, built only when a rule is broken
    (a big session's takes longer to build than to load the file)."""
    from kompas_tui.domain.report_checks import number_issues, report_issues
    from kompas_tui.toml_locations import field_path

    def describe(loc: Loc) -> str:
        where = (*prefix, *loc)
        line = lines().line_of(where)
        return f"{field_path(where)} ({t('errors.where.line', line=line)})" if line else field_path(where)

    return [
        Problem(
            file,
            lines().line_of((*prefix, *issue.loc)),
            field_path((*prefix, *issue.loc)),
            expected=issue.expected,
            found=describe_value(issue.value),
        )
        for issue in (number_issues(report) if numbers_only else report_issues(report, describe))
    ]
