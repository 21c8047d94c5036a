"""The survey report as imported: raw numbers on the report's own scales.

Nothing here is computed; `scoring.py` turns a `Report` into what the screens
show. Keeping the raw numbers lets a session re-score its snapshot under
another org profile and keeps the snapshot faithful to the source file.

The report is plain data (standard library dataclasses, no pydantic at
import): the importers build it after checking every cell themselves, and
`kompas check` reads a report without importing pydantic (docs/speed.md).
Where a report enters or leaves a file as TOML (a session's measurements, a
TOML report), pydantic validates these same classes: each field's
`metadata` holds its pydantic rules (`strict`: the value's own TOML type, no
"3" for 3; `ge`: no negative count) and `__pydantic_config__` refuses
unknown keys, NaN and infinity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pydantic import TypeAdapter

Colour = Literal["green", "yellow", "red"]
ScaleName = Literal["1-5", "1-7", "0-100"]
Direction = Literal["high", "low"]
ItemKind = Literal["scale", "incident"]

#: (min, max) of each input scale, for normalisation to 0-100.
SCALE_BOUNDS: dict[str, tuple[float, float]] = {
    "1-5": (1.0, 5.0),
    "1-7": (1.0, 7.0),
    "0-100": (0.0, 100.0),
}

#: The sources an incident can come from, in report order.
INCIDENT_SOURCES = ("leader", "colleagues", "subordinates", "citizens")

#: pydantic's configuration of every report class, where one is validated:
#: no unknown keys; NaN and infinity are no survey result (files are refused
#: earlier, by safe_read.py).
_PYDANTIC_CONFIG = {"extra": "forbid", "allow_inf_nan": False}
#: pydantic's rules for a value (its own TOML type: no "3" for 3), for a
#: count, and for a choice (Literal) or a table (exact already).
_STRICT = {"strict": True}
_COUNT = {"strict": True, "ge": 0}
_AS_IS: dict[str, Any] = {}


def _value(default: Any = None, rules: dict[str, Any] = _STRICT) -> Any:
    """A field with a default and its pydantic rules."""
    return field(default=default, metadata=rules)


def _count() -> Any:
    """A count: a whole number, 0 or more, or none."""
    return _value(None, _COUNT)


def _list() -> Any:
    return field(default_factory=list, metadata=_STRICT)


@dataclass(kw_only=True)
class IncidentSources:
    """Counts of exposed employees by who the incident came from."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    leader: int | None = _count()
    colleagues: int | None = _count()
    subordinates: int | None = _count()
    citizens: int | None = _count()


@dataclass(kw_only=True)
class Question:
    """One survey item: a scale question or a zero-tolerance incident item."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    id: str = _value("")
    text: str = _value("")
    kind: ItemKind = _value("scale", _AS_IS)
    scale: ScaleName | None = _value(None, _AS_IS)
    direction: Direction = _value("high", _AS_IS)
    n: int | None = _count()
    mean: float | None = _value()
    org_mean: float | None = _value()
    previous_mean: float | None = _value()
    colour: Colour | None = _value(None, _AS_IS)
    count_yes: int | None = _count()
    by_source: IncidentSources | None = _value(None, _AS_IS)


@dataclass(kw_only=True)
class Theme:
    """A theme (group of questions). A report that has one row per theme gives
    the theme's scores directly, already on 0-100, in `score` and friends;
    `direction` then says whether they were reversed from a "low is good" item."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    name: str = field(metadata=_STRICT)
    number: int | None = _value()
    colour: Colour | None = _value(None, _AS_IS)
    direction: Direction | None = _value(None, _AS_IS)
    n: int | None = _count()
    score: float | None = _value()
    org_score: float | None = _value()
    previous_score: float | None = _value()
    questions: list[Question] = _list()

    @property
    def is_incident_theme(self) -> bool:
        return bool(self.questions) and all(q.kind == "incident" for q in self.questions)


@dataclass(kw_only=True)
class Report:
    """A unit's report from one measurement."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    unit: str = field(metadata=_STRICT)
    measurement: str = _value("")
    invited: int | None = _count()
    answered: int | None = _count()
    colour: Colour | None = _value(None, _AS_IS)
    source: str = _value("")
    themes: list[Theme] = _list()


@cache
def report_adapter() -> TypeAdapter[Report]:
    """pydantic's validator and serialiser of a `Report`, for where a report
    enters or leaves a TOML file; built on first use, so reading a report
    from CSV or XLSX never imports pydantic."""
    from pydantic import TypeAdapter

    return TypeAdapter(Report)
