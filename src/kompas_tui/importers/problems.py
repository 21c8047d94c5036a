"""How importers show the values they found in a problem message.

Found values come from files anyone may have edited: they are cut short and
shown repr-style, so control characters and terminal escapes are visible as
escapes instead of acting on the terminal.
"""

from __future__ import annotations

import datetime as dt

from kompas_tui.i18n import t

#: Longest piece of a found value shown in a message.
MAX_SHOWN = 40


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
