"""Help (? or F1): what the screen underneath is for, and every key that
works there, generated from the bindings so it can never drift."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from kompas_tui.i18n import catalog, t
from kompas_tui.screens.base import KompasModal
from kompas_tui.widgets.keys import KeyHelp, key_help
from kompas_tui.widgets.footer import KompasFooter


def _keys_label(keys: tuple[str, ...]) -> str:
    """"1, 2, … 9" becomes "1–9", and "f2, f3, … f7" becomes "f2–f7"; a key
    shown the same way by several bindings ("0–9") is named once."""
    keys = tuple(dict.fromkeys(keys))
    for prefix in ("", "f"):
        digits = [k[len(prefix) :] for k in keys]
        if len(keys) > 2 and all(k.startswith(prefix) and d.isdigit() for k, d in zip(keys, digits)):
            numbers = sorted(int(d) for d in digits)
            if numbers == list(range(numbers[0], numbers[-1] + 1)):
                return f"{prefix}{numbers[0]}–{prefix}{numbers[-1]}"
    return ", ".join(keys)


_STEP_ACTION = "go_step("


def _grouped(entries: list[KeyHelp]) -> list[tuple[str, KeyHelp]]:
    """One line per description (the nine "open recent session" digits are
    one), and one line for the step keys, naming each step."""
    lines: dict[tuple[int, str], list[KeyHelp]] = {}
    for entry in entries:
        group = _STEP_ACTION if entry.action.startswith(_STEP_ACTION) else entry.description
        lines.setdefault((id(entry.namespace), group), []).append(entry)
    result = []
    for (_, group_name), group in lines.items():
        keys = tuple(k for entry in group for k in entry.keys)
        entry = group[0]
        if group_name == _STEP_ACTION:
            steps = ", ".join(f"{e.description} ({e.keys[0]})" for e in group)
            entry = replace(entry, description=t("ui.help.steps"), tooltip=steps)
        result.append((_keys_label(keys), entry))
    return result


#: Text width inside the dialog (76 wide, less border, padding and the
#: scrollbar a long help needs).
_TEXT_WIDTH = 70


class HelpScreen(KompasModal[None]):
    HELP = "ui.help.help"
    AUTO_FOCUS = "#help-body"

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self.target = screen
        self.entries = key_help(screen)

    def compose(self) -> ComposeResult:
        help_key = getattr(self.target, "HELP", "")
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui.help.title"))
            with VerticalScroll(id="help-body"):
                if help_key and help_key in catalog():
                    yield Static(t(help_key), id="help-text", markup=False)
                yield Static(self._keys(), id="help-keys")
                yield Static(t("ui.help.general"), id="help-general", classes="note", markup=False)
        yield KompasFooter()

    def _keys(self) -> Content:
        # The Footer's keys first, in the Footer's order; then the rest.
        rows = sorted(_grouped(self.entries), key=lambda row: not row[1].in_footer)
        width = max((len(keys) for keys, _ in rows), default=4) + 2
        lines = [Content.styled(t("ui.help.keys"), "bold")]
        for keys, entry in rows:
            text = entry.description
            if entry.tooltip and entry.tooltip != entry.description:
                text = f"{text}: {entry.tooltip}"
            if not entry.enabled:
                text = f"{text} ({t('ui.help.disabled')})"
            # A hanging indent, so a long line stays in its column.
            wrapped = textwrap.wrap(text, max(20, _TEXT_WIDTH - width)) or [""]
            lines.append(Content.assemble((keys.ljust(width), "bold"), wrapped[0]))
            lines += [Content(" " * width + more) for more in wrapped[1:]]
        return Content("\n").join(lines)
