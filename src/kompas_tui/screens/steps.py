"""The steps of the meeting and the screens that show them.

Each step has a screen and a function key (F1 is help): F2 Rapport, F3
Dialog, F4 Afstemning, F5 Mål, F6 Handleplan, F7 Opsummering, F8 Evaluering. Function keys
survive SSH and tmux and never collide with typing in a text field. A step
appears in the step bar and gets its key once its screen is registered
here; screens are imported when first shown.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kompas_tui.screens.base import KompasScreen

#: step → (function key, "module:Class" of its screen), in the order of the process.
STEP_SCREENS: dict[str, tuple[str, str]] = {
    "report": ("f2", "kompas_tui.screens.report:ReportScreen"),
    "dialog": ("f3", "kompas_tui.screens.dialog:DialogScreen"),
    "voting": ("f4", "kompas_tui.screens.voting:VotingScreen"),
    "goals": ("f5", "kompas_tui.screens.goals:GoalsScreen"),
    "plan": ("f6", "kompas_tui.screens.plan:PlanScreen"),
    "summary": ("f7", "kompas_tui.screens.summary:SummaryScreen"),
    "evaluation": ("f8", "kompas_tui.screens.evaluation:EvaluationScreen"),
}


@cache
def steps() -> tuple[str, ...]:
    """The steps whose screen is installed (found without importing it)."""
    return tuple(step for step, (_, target) in STEP_SCREENS.items() if find_spec(target.split(":")[0]))


def numbered_steps() -> tuple[tuple[int, str], ...]:
    """The step bar's steps: the start and every installed step, each with
    its number in the process (as the F-keys: 2 is F2), also while a step
    before it is not installed."""
    available = steps()
    numbered = enumerate(("start", *STEP_SCREENS), 1)
    return tuple((number, step) for number, step in numbered if step == "start" or step in available)


def step_key(step: str) -> str:
    return STEP_SCREENS[step][0]


def step_screen_class(step: str) -> type[KompasScreen]:
    module, name = STEP_SCREENS[step][1].split(":")
    return getattr(import_module(module), name)
