"""An OptionList whose cursor move redraws the two options whose look
changes, not the whole list (Textual's OptionList repaints every visible
line on a move: the start screen's menu sent 7 KB per arrow key at
truecolor, this sends a few hundred bytes). A move that scrolls still
redraws what scrolled. Its lines go out in as few style runs as they have
looks (compact_lines.py).

When the list changes size (the start menu grows once its recent sessions
are in), the option under the cursor is kept in view, scrolling no more
than that needs."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList

from kompas_tui.widgets.compact_lines import CompactLines
from kompas_tui.widgets.option_lines import redraw_option


class QuietOptionList(CompactLines, OptionList):
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in {old, new}:
            redraw_option(self, index)
        super().watch_highlighted(new)

    def on_resize(self) -> None:
        self.scroll_to_highlight()
