"""Every screen and dialog of kompas, and the keys that lead there: the
tests that must hold on every screen (the Footer whole at 80 columns, every
letter key in it, typing changes nothing, legible colours, snapshots) walk
this list, so a new screen is checked by adding one line here.

A stop names the session it starts from, the keys that lead to it and the
screen class on top when it is reached. Sessions are made in the test's
own folder: "none" (no session; the workshop file in the folder, so the
start screen and Gennemsyn list one), "demo" (a new session on the demo
report), "workshop" (a finished workshop: the schema-2 fixture), "round"
(the workshop with an open evaluation round) and "compared" (the round
with a second measurement).
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kompas_tui.app import KompasApp
from kompas_tui.domain.profile import OrgProfile

FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"
#: The demo's and the workshop's day.
TODAY = dt.date(2026, 11, 26)
#: Weeks later: the evaluation round's day.
LATER = dt.date(2027, 1, 20)
WORKSHOP_FILE = "hjemmeplejen-nord-2026-11-26.toml"


@dataclass(frozen=True)
class Stop:
    name: str
    session: str
    keys: tuple[str, ...] = ()
    #: The class name of the screen on top once the keys are pressed.
    screen: str = ""

    @property
    def today(self) -> dt.date:
        return LATER if self.session in ("round", "compared", "workshop-later") else TODAY

    def __str__(self) -> str:
        return self.name


NEXT = "ctrl+n"

#: The step screens of the meeting, each in the state a meeting shows it.
STEPS = (
    Stop("report", "demo", (), "ReportScreen"),
    # The record of the meeting first (preparation, the meeting), then the prompts and the cards.
    Stop("dialog-preparation", "demo", ("f3",), "DialogScreen"),
    Stop("dialog-meeting", "demo", ("f3", NEXT), "DialogScreen"),
    Stop("dialog", "demo", ("f3", NEXT, NEXT), "DialogScreen"),
    Stop("dialog-guidance", "demo", ("f3", *[NEXT] * 6), "DialogScreen"),
    Stop("voting", "demo", ("f4",), "VotingScreen"),
    Stop("voting-counted", "workshop", ("f4",), "VotingScreen"),
    Stop("goals", "workshop", ("f5",), "GoalsScreen"),
    Stop("plan", "workshop", ("f6",), "PlanScreen"),
    Stop("summary", "workshop", ("f7",), "SummaryScreen"),
    Stop("summary-no-date", "demo", ("f7",), "SummaryScreen"),
    Stop("evaluation-no-plan", "demo", ("f8",), "EvaluationScreen"),
    Stop("evaluation", "round", (), "EvaluationScreen"),
    Stop("comparison", "compared", ("m",), "ComparisonScreen"),
)

#: Every other screen and dialog.
OTHERS = (
    Stop("start", "none", (), "StartScreen"),
    Stop("open-report", "none", ("f",), "OpenReport"),
    Stop("review", "none", ("g",), "ReviewScreen"),
    Stop("review-session", "none", ("g", "down", "enter"), "ReviewSessionScreen"),
    Stop("version-history", "none", ("g", "down", "l"), "HistoryScreen"),
    Stop("overview", "none", ("v",), "OverviewScreen"),
    Stop("help", "demo", ("f1",), "HelpScreen"),
    Stop("theme-detail", "demo", ("enter",), "ThemeDetail"),
    Stop("add-theme", "demo", ("f4", "a"), "AddThemeDialog"),
    Stop("live-ballot", "demo", ("f4", "l"), "LiveBallotDialog"),
    Stop("action-editor", "workshop", ("f6", "enter"), "ActionEditor"),
    Stop("matrix", "workshop", ("f6", "m"), "EffortBenefit"),
    Stop("confirm-delete", "workshop", ("f6", "d"), "ConfirmDelete"),
    # Who follows up the plan: the field after the next follow-up date.
    Stop("plan-follow-up-by", "workshop", ("f6", "tab", "tab", "tab", "tab"), "PlanScreen"),
    Stop("round-offer", "workshop-later", (), "RoundQuestion"),
    Stop("round-participants", "round", ("p",), "EvaluationScreen"),
    Stop("review-editor", "round", ("enter",), "ReviewEditor"),
    Stop("goal-editor", "round", ("g",), "GoalEditor"),
    Stop("history", "round", ("h",), "HistoryView"),
    Stop("celebrate", "round", ("c",), "CelebrateView"),
    Stop("close-round", "round", ("x",), "RoundQuestion"),
)

EVERY = STEPS + OTHERS


def _apply(session: Any, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(session, name, value)


def _workshop(folder: Path) -> Path:
    path = folder / WORKSHOP_FILE
    shutil.copyfile(FIXTURE, path)
    path.chmod(0o600)
    return path


def _with_round(path: Path, measured: bool) -> None:
    from kompas_tui.domain.evaluation import add_measurement, review_action, start_round
    from kompas_tui.domain.meeting import parse_participants
    from kompas_tui.storage.session_file import load_session, save_session

    session = load_session(path)
    _apply(session, start_round(session, LATER, parse_participants("Mette (leder), Jonas (AMR)")))
    _apply(session, review_action(session, "a3", status="done"))
    if measured:
        from test_cli_measurement import later_report

        _apply(session, add_measurement(session, later_report()))
    save_session(session, path)


def make_app(stop: Stop, folder: Path, lang: str = "da") -> KompasApp:
    """The app at the start of `stop` (its keys not pressed yet), on a
    session made in `folder` (which must exist, private)."""
    from kompas_tui.storage.session_file import new_session, open_session

    handle = None
    if stop.session == "demo":
        from kompas_tui.demo import demo_report

        handle = new_session(demo_report(), folder, language=lang)
        handle.session.created = dt.datetime.combine(TODAY, dt.time(9, 0)).astimezone()
    elif stop.session != "none":
        path = _workshop(folder)
        if stop.session in ("round", "compared"):
            _with_round(path, measured=stop.session == "compared")
        handle = open_session(path)
    else:
        _workshop(folder)
    app = KompasApp(handle, sessions_dir=folder, profile=OrgProfile(), lang=lang, today=stop.today)
    app.animation_level = "none"
    return app


async def arrive(app: KompasApp, pilot: Any, stop: Stop) -> None:
    """Press the stop's keys, letting each land, and check where it led."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    for key in stop.keys:
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause()
    assert type(app.screen).__name__ == stop.screen, (stop.name, app.screen)


def screen_text(app: KompasApp) -> str:
    return "\n".join(strip.text.rstrip() for strip in app.screen._compositor.render_strips())
