"""Models to TOML text, exactly and in a fixed layout.

Session files are meant to be read and diffed in git, so their layout is part
of the documented format (docs/session-format.md) and is written here rather
than left to a library's heuristics. tomli_w was the first choice, but it
writes a list of small tables inline and switches the whole list to
`[[tables]]` as soon as one entry grows past 100 characters (one long note
rewrites every action's lines in a diff), and its multi-line strings turn
"\\r\\n" into "\\n". Reading is the standard library's `tomllib` (or `tomli`,
the same parser compiled, when it is installed: safe_read.py).

The layout:

- keys in model field order; within a table its plain values first, then its
  sub-tables and lists of tables in field order (TOML requires that);
- a non-empty list of tables is always `[[name]]` sections, each after a
  blank line; other arrays put one item per line;
- strings with a newline are multi-line basic strings; in every string
  backslash, '"' and control characters except tab and newline are escaped,
  so terminal escape sequences are visible in the file as `\\u001b`;
- datetimes in RFC 3339 with their UTC offset; fields that are None are left
  out (TOML has no null, so every optional field must default to None).

Every Python `str` round-trips exactly except lone surrogates (U+D800-U+DFFF),
which are not characters and cannot be encoded as UTF-8: they are saved as
U+FFFD rather than failing the save. TOML offsets are whole minutes, so a
datetime whose offset has seconds (only historic local times) is written in
UTC, the same instant.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from pydantic import BaseModel

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
#: Lone surrogates (UTF-8 cannot hold them): written as U+FFFD.
SURROGATE = re.compile("[\ud800-\udfff]")
# Characters a TOML basic string cannot hold as they are (tab may stay).
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x08\x0a-\x1f\x7f]')
_NEEDS_ESCAPE_MULTILINE = re.compile('[\\\\"\x00-\x08\x0b-\x1f\x7f]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_INDENT = "    "


def model_to_data(model: BaseModel | Any) -> dict[str, Any]:
    """The model (a pydantic model, or a dataclass such as the report) as
    plain data, fields in declaration order, None left out: what
    `model_dump(exclude_none=True)` gives for these models (no aliases, no
    custom serialisers), but walked here so that saving a new session does
    not build pydantic's serialiser first (start-up, SPEC §8)."""
    return {
        name: _plain(value)
        for name in _field_names(type(model))
        if (value := getattr(model, name)) is not None
    }


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if is_dataclass(kind):
            names = tuple(item.name for item in fields(kind))
        else:
            names = tuple(kind.model_fields)
        _FIELD_NAMES[kind] = names
    return names


#: The field names of each model class, in declaration order.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if isinstance(value, BaseModel) or type(value) in _FIELD_NAMES or is_dataclass(value):
        return model_to_data(value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items() if item is not None}
    return value


#: Types written as they are; checked first, as isinstance against the
#: model and mapping ABCs is slow and most values are text.
_SCALARS = frozenset({str, int, float, bool, dt.date, dt.datetime})


def dumps_model(model: BaseModel) -> str:
    return dumps(model_to_data(model))


def model_to_bytes(model: BaseModel) -> bytes:
    return dumps_model(model).encode("utf-8")


def dumps(data: Mapping[str, Any]) -> str:
    """TOML text for a document of dicts, lists and TOML scalars."""
    out: list[str] = []
    _table(out, data, "")
    return "".join(out).lstrip("\n")


def _table(out: list[str], table: Mapping[str, Any], header: str, *, in_list: bool = False) -> None:
    """Append `table`'s lines to `out`; `header` is its dotted name, already
    written as keys ("" for the document). Appending to one list, not nested
    generators: a session with hundreds of reviews and actions is written in
    half the time."""
    plain = []
    nested = []
    for key, value in table.items():
        if _is_table(value) or _is_table_list(value):
            nested.append((key, value))
        else:
            plain.append((key, value))
    if header and (in_list or plain or not table):
        out.append(f"\n[[{header}]]\n" if in_list else f"\n[{header}]\n")
    for key, value in plain:
        out.append(f"{_key(key)} = {_value(value, 0)}\n")
    for key, value in nested:
        name = f"{header}.{_key(key)}" if header else _key(key)
        if _is_table(value):
            _table(out, value, name)
        else:
            for item in value:
                _table(out, item, name, in_list=True)


def _is_table(value: Any) -> bool:
    # The ABC check is slow: plain values and dicts are answered first.
    kind = type(value)
    return kind is dict or (kind not in _SCALARS and isinstance(value, Mapping))


def _is_table_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(_is_table(v) for v in value)


def _key(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML keys are strings, not {type(key).__name__}")
    return key if _BARE_KEY.fullmatch(key) else _string(key, multiline=False)


def _value(value: Any, depth: int) -> str:
    # bool before int: True is an int in Python.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return _string(value, multiline="\n" in value)
    if isinstance(value, dt.datetime):
        return _datetime(value)
    if isinstance(value, (dt.date, dt.time)):
        if isinstance(value, dt.time) and value.tzinfo is not None:
            raise ValueError("TOML has no times with an offset")
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return _array(value, depth)
    if isinstance(value, Mapping):
        pairs = ", ".join(f"{_key(k)} = {_value(v, depth)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _float(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)  # the shortest text that reads back as the same float


def _datetime(value: dt.datetime) -> str:
    offset = value.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):
        value = value.astimezone(dt.timezone.utc)
    return value.isoformat()


def _array(items: list[Any] | tuple[Any, ...], depth: int) -> str:
    if not items:
        return "[]"
    inner = _INDENT * (depth + 1)
    lines = "".join(f"{inner}{_value(item, depth + 1)},\n" for item in items)
    return f"[\n{lines}{_INDENT * depth}]"


def _string(text: str, *, multiline: bool) -> str:
    text = SURROGATE.sub("\ufffd", text)
    if multiline:
        # The newline after the opening quotes is dropped by readers, so a
        # leading newline of the text survives as the next one.
        return '"""\n' + _NEEDS_ESCAPE_MULTILINE.sub(_escape, text) + '"""'
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"
