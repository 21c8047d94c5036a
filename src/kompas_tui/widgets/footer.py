"""The Footer of every kompas screen and dialog: the keys that work there,
whole, on as many lines as they need.

Textual's Footer is one line, cut at the right edge ("^q Afslu"), and in
a dialog it leaves out the app's keys although ctrl+q still quits there.
This one takes its entries from `footer_keys(screen)` (the same active keys
the help screen lists), keeps the quit key on the first line, and moves
what does not fit to a line below: an entry is never cut. Entries come in
binding order, the most particular first: the focused widget's keys, the
screen's, then the app's. It redraws only when its entries change.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

from kompas_tui.widgets.keys import FooterEntry, footer_keys

#: Columns between two entries.
GAP = 1


def footer_lines(entries: list[FooterEntry], width: int) -> list[list[FooterEntry]]:
    """`entries` laid out on lines of `width` cells, in order, each whole;
    the pinned ones (quit) end the first line."""
    pinned = [entry for entry in entries if entry.pinned]
    lines: list[list[FooterEntry]] = [[]]
    used = sum(entry.width + GAP for entry in pinned)
    for entry in (entry for entry in entries if not entry.pinned):
        if lines[-1] and used + entry.width > width:
            lines.append([])
            used = 0
        lines[-1].append(entry)
        used += entry.width + GAP
    lines[0] += pinned
    return lines


class KompasFooter(Widget):
    """The keys of the screen it is on (see the module's doc)."""

    COMPONENT_CLASSES = {"kompas-footer--key", "kompas-footer--description", "kompas-footer--disabled"}
    # Not scoped: one rule below depends on the app's light or dark look.
    SCOPED_CSS = False

    DEFAULT_CSS = """
    KompasFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        /* Key colours that read at 4.5:1 or more on the Footer in the dark and
           the light look, on a 16-colour terminal and under NO_COLOR
           (tests/test_tui_contrast.py); the theme's own do not. */
        & > .kompas-footer--key {
            color: #ffd75f;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .kompas-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .kompas-footer--disabled {
            text-style: dim;
        }
    }
    .-light-mode KompasFooter > .kompas-footer--key {
        color: #0b3d91;
    }
    """

    def __init__(self, *, show_command_palette: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        #: ctrl+p has an entry too (the start and report screens).
        self.show_command_palette = show_command_palette
        self.entries: list[FooterEntry] = []
        #: The most lines it has had at the width it has now (see `_fit`).
        self._tallest = (0, 0)  # width, lines

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        entries = footer_keys(screen, palette=self.show_command_palette)
        if entries != self.entries:
            self.entries = entries
            self._fit()
            self.refresh()

    def _width(self) -> int:
        return self.size.width or self.screen.size.width or self.app.size.width

    def _fit(self) -> None:
        # The height as a style: a change of style always lays the screen
        # out again (a layout refresh can be lost while one is pending).
        # It does not shrink while the width stays: a cursor move that
        # offers fewer keys (Evaluering, from an action to an add entry)
        # would lay the screen out again and send all of it (18 KB), and
        # the list would jump. The lines left over are blank, above the keys.
        width = self._width()
        height = max(1, len(self.lines()))
        if self._tallest[0] == width:
            height = max(height, self._tallest[1])
        self._tallest = (width, height)
        if self.styles.height is None or self.styles.height.value != height:
            self.styles.height = height

    def on_resize(self) -> None:
        self._fit()

    def lines(self, width: int | None = None) -> list[list[FooterEntry]]:
        return footer_lines(self.entries, width if width is not None else self._width())

    def render(self) -> Text:
        key_style = self.get_component_rich_style("kompas-footer--key")
        description_style = self.get_component_rich_style("kompas-footer--description")
        disabled = self.get_component_rich_style("kompas-footer--disabled")
        rows: list[Text] = []
        for line in self.lines():
            row = Text(no_wrap=True, overflow="crop")
            for number, entry in enumerate(line):
                extra = disabled if not entry.enabled else Style()
                if number:
                    row.append(" " * GAP)
                row.append(entry.shown, key_style + extra)
                row.append(" " + entry.description, description_style + extra)
            rows.append(row)
        blank = [Text() for _ in range(self.size.height - len(rows))]
        return Text("\n").join([*blank, *rows])

    def on_click(self, event: events.Click) -> None:
        # The mouse is never needed, but a click on an entry works like its key.
        lines = self.lines()
        if not 0 <= event.y < len(lines):
            return
        x = 0
        for entry in lines[event.y]:
            if x <= event.x < x + entry.width and entry.enabled:
                self.app.simulate_key(entry.key)
                return
            x += entry.width + GAP
