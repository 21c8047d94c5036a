"""The top line of every screen: where in the follow-up you are, and whose
session is open."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t
from kompas_tui.screens.steps import steps
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

    def show_session(self, unit: str, read_only: bool) -> None:
        self.unit, self.read_only = unit, read_only
        self.update(self.build())

    def build(self) -> Content:
        parts: list[str | tuple[str, str]] = [("kompas", "bold"), "  "]
        for number, step in enumerate(("start", *steps()), 1):
            label = f" {number} {t(f'ui.step.{step}')} "
            if step == self.current:
                # Brackets too, so the current step shows without colour.
                parts.append((f"[{label.strip()}]", "bold reverse"))
            else:
                parts.append(label)
            parts.append(" ")
        # The read-only mark before the unit, so a long name cannot push it off.
        if self.read_only:
            parts += [" ", (f" {t('ui.read_only.short')} ", "bold reverse")]
        if self.unit:
            parts += ["  ", (safe_text(self.unit), "italic")]
        return Content.assemble(*parts)
