"""The session: one unit's follow-up cycle, saved as one TOML file.

`measurements` holds a snapshot of every report the session used, first the
one it started from, so the file reads without the original report.
Bump `SCHEMA_VERSION` with every change to the saved shape and add the
migration in `storage/migrations.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from kompas_tui.domain.dialog import Dialog
from kompas_tui.domain.evaluation import Round
from kompas_tui.domain.meeting import Meeting, Preparation
from kompas_tui.domain.plan import Plan
from kompas_tui.domain.report import Report
from kompas_tui.domain.voting import Voting

SCHEMA_VERSION = 4

Language = Literal["da", "en"]
#: The steps of the meeting, in order (SPEC §3).
Step = Literal["report", "dialog", "voting", "goals", "plan", "summary", "evaluation"]


def now() -> dt.datetime:
    """Local time, to the second, with its UTC offset (TOML keeps it)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


class Session(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    schema_version: int = SCHEMA_VERSION
    unit: str
    # Looked up when called (not bound here), so the one clock is `now`.
    created: dt.datetime = Field(default_factory=lambda: now())
    updated: dt.datetime = Field(default_factory=lambda: now())
    language: Language = "da"
    step: Step = "report"
    measurements: list[Report] = Field(min_length=1)
    #: The TRIO's preparation of the dialogue (the deck's step 2).
    preparation: Preparation = Field(default_factory=Preparation.model_construct)
    #: The dialogue meeting: date, place, who took part in which role.
    meeting: Meeting = Field(default_factory=Meeting.model_construct)
    dialog: Dialog = Field(default_factory=Dialog.model_construct)
    voting: Voting = Field(default_factory=Voting.model_construct)
    plan: Plan = Field(default_factory=Plan.model_construct)
    #: The evaluation rounds, oldest first; only the last may be open.
    rounds: list[Round] = Field(default_factory=list)

    @field_validator("rounds")
    @classmethod
    def _rounds_consistent(cls, rounds: list[Round], info: ValidationInfo) -> list[Round]:
        """Only the last round may be open, and a round's measurement must be
        one of the session's (a hand-edited file could say otherwise)."""
        from kompas_tui.i18n import t

        if any(r.is_open for r in rounds[:-1]):
            raise ValueError(t("errors.expect.rounds_open_last"))
        count = len(info.data.get("measurements") or ())
        for number, item in enumerate(rounds, 1):
            if item.measurement is not None and count and item.measurement >= count:
                raise ValueError(t("errors.expect.round_measurement", round=number, index=item.measurement, count_last=count - 1))
        return rounds

    @property
    def report(self) -> Report:
        """The measurement the session started from."""
        return self.measurements[0]

    @classmethod
    def start(cls, report: Report, language: Language = "da", unit: str | None = None) -> Session:
        """A new session on a validated report. Built without validating
        again (every other field is a default), so starting a session does
        not wait for the whole model's schema (`defer_build`): `kompas demo`
        paints sooner. Assignments are validated as usual."""
        if unit:
            report = replace(report, unit=unit)
        if language not in ("da", "en"):
            raise ValueError(f"unknown language {language!r}")
        return cls.model_construct(unit=report.unit, language=language, measurements=[report])


def with_changes(session: Session, changes: Mapping[str, Any]) -> Session:
    """`session` with `changes` made, all or none: each field is validated
    as it is set on a copy (`validate_assignment`), and the copy is returned
    only when every change took. Raises pydantic's `ValidationError` for the
    first refused field; `session` itself is never changed. The one path of
    change: the session store (`session_store.py`) and the command line use it."""
    candidate = session.model_copy()
    for name, value in changes.items():
        setattr(candidate, name, value)
    return candidate
