"""The participant's side of a ballot box, as `kompas join` runs it in
thread workers (screens/join.py): one read of the box, one cast. Each
returns what happened, errors included, so the screen decides what to say.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kompas_tui.domain.voting import Ballot
from kompas_tui.storage import ballot_box


@dataclass(frozen=True)
class BoxLook:
    """What a read of the box found: the ballot (None: no ballot), the
    participant's own dots in it when it is not the ballot the screen
    knew, or why the box cannot be read (`error`: a `BallotError`, or an
    `OSError` for the plain "cannot be read")."""

    info: ballot_box.BallotInfo | None = None
    own: dict[str, int] | None = None
    error: ballot_box.BallotError | OSError | None = None


@dataclass(frozen=True)
class CastResult:
    """How a cast went: the dots cast, or why not."""

    dots: dict[str, int]
    refused: ballot_box.BallotError | None = None
    failed: OSError | None = None


def look_at_box(session_path: Path, known_ballot: str | None) -> BoxLook:
    """Read the box; the participant's own ballot too when the ballot is not
    `known_ballot` (a new one, or the first seen)."""
    try:
        info = ballot_box.read_ballot(session_path)
    except (ballot_box.BallotError, OSError) as error:
        return BoxLook(error=error)
    if info is None or info.id == known_ballot:
        return BoxLook(info=info)
    try:
        own = ballot_box.own_ballot(session_path)
    except (ballot_box.BallotError, OSError):
        own = None
    return BoxLook(info=info, own=dict(own.dots) if own else {})


def cast_dots(session_path: Path, dots: dict[str, int]) -> CastResult:
    """Cast `dots` as this participant's ballot."""
    try:
        ballot_box.cast(session_path, Ballot(dots=dots))
    except ballot_box.BallotError as error:
        return CastResult(dots, refused=error)
    except OSError as error:
        return CastResult(dots, failed=error)
    return CastResult(dots)
