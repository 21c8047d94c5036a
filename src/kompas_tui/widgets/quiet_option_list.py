"""An OptionList whose cursor move redraws the two options whose look
changes, not the whole list (Textual's OptionList repaints every visible
line on a move: the start screen's menu sent 7 KB per arrow key at
truecolor, this sends a few hundred bytes). A move that scrolls still
redraws what scrolled."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList


class QuietOptionList(OptionList):
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in {old, new}:
            self.redraw_option(index)
        super().watch_highlighted(new)

    def redraw_option(self, index: int | None) -> None:
        """Redraw the lines of the option at `index` (its look may have
        changed, its height not). Private OptionList state: Textual is pinned."""
        if index is None or index >= self.option_count:
            return
        line = self._index_to_line.get(index)
        if line is not None:
            self.refresh_lines(line, self._heights.get(index, 1))
