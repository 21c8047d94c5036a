"""The top line of every screen: where in the follow-up you are, and whose
session is open."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t
from kompas_tui.screens.steps import STEP_SCREENS, steps
from kompas_tui.text import safe_text


class StepBar(Static):
    DEFAULT_CSS = """
    StepBar {
        dock: top;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    """

    def __init__(self, current: str, unit: str = "", read_only: bool = False) -> None:
        super().__init__()
        self.current = current
        self.unit = unit
        self.read_only = read_only

    def on_mount(self) -> None:
        self.update(self.build())

    def on_resize(self) -> None:
        self.update(self.build())

    def show_session(self, unit: str, read_only: bool) -> None:
        self.unit, self.read_only = unit, read_only
        self.update(self.build())

    def build(self) -> Content:
        """Every step with its name when there is room; else the other steps
        by number only, so the current step and the unit stay in view."""
        width = self.size.width or self.app.size.width
        content = self._build(names=True)
        if content.cell_length > width:
            content = self._build(names=False)
        return content

    def _build(self, *, names: bool) -> Content:
        parts: list[str | tuple[str, str]] = [("kompas", "bold"), "  "]
        available = steps()
        # Numbers follow the process (and the F-keys: 2 is F2), also while a
        # step's screen is not installed.
        for number, step in enumerate(("start", *STEP_SCREENS), 1):
            if step != "start" and step not in available:
                continue
            if step == self.current:
                # Brackets too, so the current step shows without colour.
                parts.append((f"[{number} {t(f'ui.step.{step}')}]", "bold reverse"))
            else:
                parts.append(f" {number} {t(f'ui.step.{step}')} " if names else f"{number}")
            parts.append(" ")
        # The read-only mark before the unit, so a long name cannot push it off.
        if self.read_only:
            parts += [" ", (f" {t('ui.read_only.short')} ", "bold reverse")]
        if self.unit:
            parts += ["  ", (safe_text(self.unit), "italic")]
        return Content.assemble(*parts)
