"""The top line of every screen: where in the follow-up you are, and whose
session is open. The screens give it the steps (`screens.steps.numbered_steps`)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t
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

    def __init__(
        self, current: str, steps: Sequence[tuple[int, str]], unit: str = "", read_only: bool = False
    ) -> None:
        super().__init__()
        self.current = current
        #: (number, step) of each step shown, "start" first.
        self.steps = tuple(steps)
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
        for number, step in self.steps:
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
