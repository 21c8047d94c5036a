"""The survey report as imported: raw numbers on the report's own scales.

Nothing here is computed; `scoring.py` turns a `Report` into what the screens
show. Keeping the raw numbers lets a session re-score its snapshot under
another org profile and keeps the snapshot faithful to the source file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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


class _Model(BaseModel):
    # NaN and infinity are no survey result; refused wherever a report's
    # numbers come from (files are refused earlier, by safe_read.py).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class IncidentSources(_Model):
    """Counts of exposed employees by who the incident came from."""

    leader: int | None = Field(default=None, ge=0)
    colleagues: int | None = Field(default=None, ge=0)
    subordinates: int | None = Field(default=None, ge=0)
    citizens: int | None = Field(default=None, ge=0)


class Question(_Model):
    """One survey item: a scale question or a zero-tolerance incident item."""

    id: str = ""
    text: str = ""
    kind: ItemKind = "scale"
    scale: ScaleName | None = None
    direction: Direction = "high"
    n: int | None = Field(default=None, ge=0)
    mean: float | None = None
    org_mean: float | None = None
    previous_mean: float | None = None
    colour: Colour | None = None
    count_yes: int | None = Field(default=None, ge=0)
    by_source: IncidentSources | None = None


class Theme(_Model):
    """A theme (group of questions). A report that has one row per theme gives
    the theme's scores directly, already on 0-100, in `score` and friends;
    `direction` then says whether they were reversed from a "low is good" item."""

    name: str
    number: int | None = None
    colour: Colour | None = None
    direction: Direction | None = None
    n: int | None = Field(default=None, ge=0)
    score: float | None = None
    org_score: float | None = None
    previous_score: float | None = None
    questions: list[Question] = Field(default_factory=list)

    @property
    def is_incident_theme(self) -> bool:
        return bool(self.questions) and all(q.kind == "incident" for q in self.questions)


class Report(_Model):
    """A unit's report from one measurement."""

    unit: str
    measurement: str = ""
    invited: int | None = Field(default=None, ge=0)
    answered: int | None = Field(default=None, ge=0)
    colour: Colour | None = None
    source: str = ""
    themes: list[Theme] = Field(default_factory=list)
