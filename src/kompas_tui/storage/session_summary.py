"""The summary line: a session's follow-up state in one comment line, so a
folder of 10,000 sessions is scanned in seconds (SPEC §8) without parsing
and validating every file.

Every save writes, just before the trailer::

    # kompas-summary: {"v":1,"schema":3,...,"digest":"<sha1 hex>"}
    # end of kompas session

The JSON is ASCII only (`ensure_ascii`, and DEL written as \\u007f), one
line. `digest` is the SHA-1 of every byte of the file before the summary
line, so a hand edit, a cut-off copy or an older kompas's file is noticed
and read the slow way (`load_session` + `unit_status`). It is a comment:
the schema and the loader ignore it; files without it are simply slower.

It holds what `unit_status` needs that does not depend on the
organisation's profile (unit, dates, plan complete, missing, actions,
zero tolerance, rounds), and for the profile-dependent part (overall score,
colour, track, January list) the raw numbers to recompute it under any
profile: the latest measurement's own colour if the report gave one, the
day it entered the session, and its overall and organisation overall score
for each number of respondents below which answers are hidden
(`min_respondents`). Suppression is the only way the profile changes those
two scores, and it changes only where `min_respondents` passes one of the
report's respondent counts plus one, so a short table covers every value:
`"overall": [[k, overall, org_overall], ...]`, for min_respondents ≥ k.
Thresholds and the re-measurement month are applied when reading. The
scores are written as shown (`scoring.summarise` rounds them); a line from
before that rule held unrounded means, so they are shown again on reading
(`scoring.shown` is idempotent) and every rule reads the number as shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kompas_tui.domain.overview import UnitStatus
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.domain.report import Report
    from kompas_tui.domain.session import Session

PREFIX = b"# kompas-summary: "
#: The summary format; a reader that does not know it reads the file fully.
#: 2 adds who follows up the plan and how much is entered (`progress`).
VERSION = 2


def digest(body: bytes) -> str:
    return hashlib.sha1(body, usedforsecurity=False).hexdigest()


def _respondent_counts(report: Report) -> set[int]:
    counts = {report.answered} if report.answered is not None else set()
    for theme in report.themes:
        if theme.n is not None:
            counts.add(theme.n)
        counts.update(q.n for q in theme.questions if q.n is not None)
    return counts


def _overall_table(report: Report, entered: dt.date) -> list[list[Any]]:
    """[[k, overall, org_overall], ...]: the scores for min_respondents from
    k up to the next row's k. A hidden answer is one with n < min_respondents,
    so the scores change only where min_respondents passes some n + 1."""
    from kompas_tui.domain.profile import DEFAULT_PROFILE
    from kompas_tui.domain.scoring import summarise

    table: list[list[Any]] = []
    for k in sorted({1} | {max(1, n + 1) for n in _respondent_counts(report)}):
        profile = replace(DEFAULT_PROFILE, min_respondents=k)
        summary = summarise(report, profile, entered)
        row = [summary.overall_score, summary.org_overall_score]
        if not table or table[-1][1:] != row:
            table.append([k, *row])
    return table


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _as_written(session: Session) -> Session:
    """The session as it will load: TOML offsets are whole minutes, so a
    datetime whose offset has seconds is written in UTC (storage/toml_io.py),
    which may change its date."""
    update = {}
    for name in ("created", "updated"):
        value = getattr(session, name)
        offset = value.utcoffset()
        if offset is not None and offset % dt.timedelta(minutes=1):
            update[name] = value.astimezone(dt.timezone.utc)
    return session.model_copy(update=update) if update else session


def _strings_as_written(value: Any) -> Any:
    """Lone surrogates are saved as U+FFFD (storage/toml_io.py)."""
    from kompas_tui.storage.toml_io import SURROGATE

    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_strings_as_written(v) for v in value]
    if isinstance(value, dict):
        return {k: _strings_as_written(v) for k, v in value.items()}
    return value


def summary_line(session: Session, body: bytes) -> bytes:
    """The line (without its newline) for a file whose bytes before the
    line are `body`."""
    return PREFIX + summary_json(session, body)


def summary_json(session: Session, body: bytes = b"") -> bytes:
    """The summary as one line of ASCII JSON (the summary line without its
    prefix; what storage/checked_summaries.py keeps)."""
    return _json_of(summary_fields(session), body)


def summary_fields(session: Session) -> dict[str, Any]:
    """What the summary line says of `session`, but the digest: plain data,
    taken where the session is changed, so the line can be finished on
    another thread (`summary_bytes`)."""
    from kompas_tui.domain.comparison import measurement_dates
    from kompas_tui.domain.overview import unit_status
    from kompas_tui.domain.profile import DEFAULT_PROFILE
    from kompas_tui.domain.session import SCHEMA_VERSION

    session = _as_written(session)
    status = unit_status(session, DEFAULT_PROFILE)
    latest = session.measurements[-1]
    entered = measurement_dates(session)[-1]
    data = {
        "v": VERSION,
        "schema": SCHEMA_VERSION,
        "unit": status.unit,
        "measurement": status.measurement,
        "created": _iso(status.created),
        "updated": _iso(status.updated),
        "language": status.language,
        "entered": _iso(entered),
        "colour": latest.colour,
        "overall": _overall_table(latest, entered),
        "measurements": status.measurements,
        "plan_complete": status.plan_complete,
        "missing": status.missing,
        "done": status.actions_done,
        "total": status.actions_total,
        "next_follow_up": _iso(status.next_follow_up),
        "open": [[a.id, a.what, a.owner, a.follow_up, _iso(a.deadline), a.theme] for a in status.open_actions],
        "zero_tolerance": status.zero_tolerance,
        "zero_tolerance_answered": status.zero_tolerance_answered,
        "rounds": status.rounds,
        "last_round": _iso(status.last_round),
        "round_open": status.round_open,
        "follow_up_by": status.follow_up_by,
        "progress": list(status.progress),
    }
    return data


def summary_bytes(fields: dict[str, Any], body: bytes) -> bytes:
    """The summary line of `fields` (`summary_fields`) for a file whose
    bytes before the line are `body`."""
    return PREFIX + _json_of(fields, body)


def _json_of(fields: dict[str, Any], body: bytes) -> bytes:
    data = _strings_as_written({**fields, "digest": digest(body)})
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=True)
    return text.replace("\x7f", "\\u007f").encode("ascii")


def _summary_span(raw: bytes) -> tuple[int, int] | None:
    """Where the summary line is in a file's bytes (start, end without its
    newline), when the line before the trailer is one."""
    from kompas_tui.storage.session_file import TRAILER

    trailer = TRAILER.encode() + b"\n"
    if not raw.endswith(b"\n" + trailer):
        return None
    end = len(raw) - len(trailer) - 1  # the summary line's newline
    start = raw.rfind(b"\n", 0, end) + 1
    if start == 0 or not raw.startswith(PREFIX, start):
        return None
    return start, end


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: never in a summary kompas writes


def parse_summary(text: bytes) -> dict[str, Any] | None:
    """A summary's JSON when it is one of this kompas's format; else None."""
    from kompas_tui.domain.session import SCHEMA_VERSION

    try:
        data = json.loads(text, parse_constant=_no_constant)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("v") != VERSION or data.get("schema") != SCHEMA_VERSION:
        return None
    return data


def read_summary(raw: bytes) -> dict[str, Any] | None:
    """The summary of a file's bytes, when it has one, its digest matches
    the bytes before it, the trailer follows it and its format is known;
    else None. A folder scan does not believe it (anyone who can write the
    file can write the line, digest and all): it reads its own summaries of
    files it has loaded (storage/checked_summaries.py)."""
    span = _summary_span(raw)
    if span is None:
        return None
    start, end = span
    data = parse_summary(raw[start + len(PREFIX) : end])
    if data is None or data.get("digest") != digest(raw[:start]):
        return None
    return data


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def status_from_summary(data: dict[str, Any], profile: OrgProfile, path: str = "") -> UnitStatus:
    """The `UnitStatus` that `unit_status(load_session(path), profile, path)`
    gives, from the summary. Raises (ValueError, TypeError, KeyError,
    IndexError) on a summary that is not what kompas writes."""
    from kompas_tui.domain.overview import OpenAction, UnitStatus
    from kompas_tui.domain.scoring import colour_for, next_remeasure, shown, track_for

    overall = org = None
    for k, row_overall, row_org in data["overall"]:
        if k > profile.min_respondents:
            break
        overall, org = shown(row_overall), shown(row_org)
    given = data["colour"]
    if given not in (None, "green", "yellow", "red"):
        raise ValueError(given)
    colour = given or (colour_for(overall, profile) if overall is not None else None)
    track = track_for(colour, overall, org)
    entered = dt.date.fromisoformat(data["entered"])
    remeasure = next_remeasure(entered, profile.remeasure_month) if track != "local" else None
    actions = tuple(
        OpenAction(_str(i), _str(what), _str(owner), _str(follow), _date(deadline), _str(theme))
        for i, what, owner, follow, deadline, theme in data["open"]
    )
    return UnitStatus(
        path=path,
        unit=_str(data["unit"]),
        measurement=_str(data["measurement"]),
        created=dt.date.fromisoformat(data["created"]),
        updated=dt.datetime.fromisoformat(data["updated"]),
        language=_str(data["language"]),
        overall=overall,
        colour=colour,
        track=track,
        remeasure=remeasure,
        measurements=int(data["measurements"]),
        plan_complete=bool(data["plan_complete"]),
        missing=int(data["missing"]),
        actions_done=int(data["done"]),
        actions_total=int(data["total"]),
        next_follow_up=_date(data["next_follow_up"]),
        open_actions=actions,
        zero_tolerance=bool(data["zero_tolerance"]),
        zero_tolerance_answered=bool(data["zero_tolerance_answered"]),
        rounds=int(data["rounds"]),
        last_round=_date(data["last_round"]),
        round_open=bool(data["round_open"]),
        follow_up_by=_str(data["follow_up_by"]),
        entered=entered,
        progress=tuple(int(n) for n in data["progress"]),
    )
