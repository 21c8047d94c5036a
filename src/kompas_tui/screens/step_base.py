"""What every step screen of the meeting shares (Dialog … Opsummering).

The step bar on top, the page in the middle, the Footer below; Escape goes
back to where you came from; F2–F7 (app keys) jump between steps. The
session is read from the app and changed only through
`self.store.update(...)`, which saves within a second and refuses
(with a notice) when the session is open read-only. A screen that shows the
session redraws what changed in `on_session_changed`.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding

from kompas_tui.screens.base import KompasScreen
from kompas_tui.screens.steps import STEP_SCREENS, numbered_steps
from kompas_tui.widgets.step_bar import StepBar
from kompas_tui.widgets.footer import KompasFooter


class StepScreen(KompasScreen):
    #: The step this screen shows: "dialog", "voting", "goals", "plan" or "summary".
    STEP: ClassVar[str] = ""

    BINDINGS = [
        Binding("escape", "back", "ui.key.back", tooltip="ui.key.back.step.tip", id="step.back"),
    ]

    def __init_subclass__(cls, **kwargs: object) -> None:
        # Each step's part of the stylesheet is read when its screen is first
        # shown, not at start-up (paths are relative to the screen's module).
        if cls.STEP and cls.CSS_PATH is None:
            cls.CSS_PATH = f"../styles/{cls.STEP}.tcss"
        # The way on, in the Footer: "f4 Afstemning" on the Dialog screen.
        # (The app's priority key does the work; this entry shows it.)
        order = list(STEP_SCREENS)
        if cls.STEP in order and order.index(cls.STEP) + 1 < len(order):
            following = order[order.index(cls.STEP) + 1]
            key = STEP_SCREENS[following][0]
            cls.BINDINGS = [
                *cls.BINDINGS,
                # Priority like the app's own step keys, so this entry is the one shown.
                Binding(key, f"app.go_step('{following}')", f"ui.step.{following}", priority=True,
                        tooltip="ui.key.next_step.tip", id=f"step.next.{following}"),
            ]
        # After: Textual merges the class's bindings here.
        super().__init_subclass__(**kwargs)

    def compose_step_bar(self) -> ComposeResult:
        store = self.store
        unit = store.session.unit if store.session else ""
        yield StepBar(self.STEP, numbered_steps(), unit=unit, read_only=store.read_only)

    def compose_footer(self) -> ComposeResult:
        # No ^p entry: the step screens need the width for their own keys
        # (ctrl+p still works, and the help lists it).
        yield KompasFooter()

    _was_suspended = False

    def on_mount(self) -> None:
        """Subclasses may extend it; listening starts on ScreenResume."""

    async def on_screen_resume(self) -> None:
        # Only the screen in view listens: a covered screen that handles a
        # message makes Textual repaint the whole top screen (8.2.8), which
        # would cost every key press a full repaint. It catches up here.
        signal = self.session_changed
        signal.unsubscribe(self)
        signal.subscribe(self, self._on_session_changed)
        if self._was_suspended:
            self._was_suspended = False
            await self.on_session_changed()

    def on_screen_suspend(self) -> None:
        self.session_changed.unsubscribe(self)
        self._was_suspended = True

    async def _on_session_changed(self, session: object) -> None:
        await self.on_session_changed()

    async def on_session_changed(self) -> None:
        """Override to redraw what the session change affects."""

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.kompas.action_go_step("report")
