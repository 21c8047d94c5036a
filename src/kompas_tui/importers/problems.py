"""How problems show what was found and what was expected.

Found values come from files anyone may have edited: they are cut short and
shown repr-style, so control characters and terminal escapes are visible as
escapes instead of acting on the terminal.

`expected_text(error)` turns a pydantic error into what the key should have
held, in the interface language. The TOML report importer and the session
and profile loaders (`storage/problems.py`) both use it, so every TOML file
is explained the same way, never with pydantic's English.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from kompas_tui.i18n import t

#: Longest piece of a found value shown in a message.
MAX_SHOWN = 40

#: pydantic error type -> catalog key of what was expected.
_EXPECTED_BY_TYPE = {
    "missing": "errors.expect.value",
    "extra_forbidden": "errors.expect.a_known_key",
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
        try:
            return json.dumps(ast.literal_eval(choice), ensure_ascii=False)
        except (ValueError, SyntaxError):
            return choice
    return {"True": "true", "False": "false"}.get(choice, choice)
