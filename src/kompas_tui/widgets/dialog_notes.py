"""The notes field of a discussion prompt: a plain multi-line TextArea.

Plain, so Tab moves on to the next field. The text is kept exactly as typed
or pasted; only what is drawn differs: control characters (a pasted escape
sequence, or one in a hand-edited session file) are drawn as visible
stand-ins, one character for one, so they can neither style nor move the
terminal (Textual's TextArea would send them to the terminal as they are).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult, Location, Selection

from kompas_tui.text import safe_text

#: Keys TextArea takes that are the app's step keys (F6 Handleplan, F7
#: Opsummering): they must work while a notes field has the focus.
_STEP_KEYS = frozenset({"f6", "f7"})


class NotesArea(TextArea):
    class Refused(Message):
        """Typing into a read-only notes field: the screen says why."""

    # In place of TextArea's F6 and F7 (a subclass's binding of a key wins).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, "pass_step_key", show=False) for key in sorted(_STEP_KEYS)
    ]

    DEFAULT_CSS = """
    NotesArea {
        height: auto;
        min-height: 6;
        max-height: 14;
    }
    """

    def __init__(self, text: str, *, prompt_id: str, read_only: bool = False, id: str | None = None) -> None:
        super().__init__(
            text,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            read_only=read_only,
            id=id,
            classes="notes",
        )
        #: The prompt (`Prompt.id`) whose notes these are.
        self.prompt_id = prompt_id
        #: Where the bracket matching the cursor's was drawn (redrawn when it goes).
        self._bracket_drawn: Location | None = None

    def action_pass_step_key(self) -> None:
        """F6 and F7 are TextArea's (select line, select all); here they
        are passed on to the screen and the app, whose step keys they are
        (where the app refuses a step, over a dialog, they do nothing)."""
        raise SkipAction()

    def on_key(self, event: events.Key) -> None:
        # Read-only, TextArea lets letters through to the app's keys ("r"
        # would leave for the report): what is typed here stays here.
        # prevent_default: TextArea's own key handling does not run.
        if self.read_only and (event.is_printable or event.key == "enter"):
            event.stop()
            event.prevent_default()
            self.post_message(self.Refused())

    def get_line(self, line_index: int) -> Text:
        # Tabs stay (TextArea expands them); every other control is shown.
        line = self.document.get_line(line_index)
        shown = "\t".join(safe_text(part) for part in line.split("\t"))
        return Text(shown, end="", no_wrap=True)

    # -- redrawing what changed, not the field (issue 14) ---------------------------
    # Textual's TextArea redraws the whole field whenever the selection is
    # set, which is on every typed character and cursor move: 1.8 KB at
    # truecolor for a six-line field. Here only the lines whose look
    # changes are redrawn (about 250 bytes a character), found through
    # TextArea's public wrapped_document and matching_bracket_location.

    selection: reactive[Selection] = reactive(Selection(), init=False, always_update=True, repaint=False)

    def watch_selection(self, previous_selection: Selection, selection: Selection) -> None:
        # After TextArea's own watcher, which has found the new bracket match.
        if not self.is_mounted:
            return
        locations = [*previous_selection, *selection]
        for location in (self._bracket_drawn, self.matching_bracket_location):
            if location is not None:
                locations.append(location)
        self._bracket_drawn = self.matching_bracket_location
        self._refresh_document_lines(min(row for row, _ in locations), max(row for row, _ in locations))

    def edit(self, edit: Edit) -> EditResult:
        lines, rows = self.document.line_count, self.wrapped_document.height
        was_empty = not self.text
        result = super().edit(edit)
        same_shape = lines == self.document.line_count and rows == self.wrapped_document.height
        if not same_shape or (self.placeholder and (was_empty or not self.text)):
            self.refresh()  # lines moved (or the placeholder came or went): all of it
        else:
            self._refresh_document_lines(edit.top[0], result.end_location[0])
        return result

    def _refresh_document_lines(self, first: int, last: int) -> None:
        """Redraw the screen rows of document lines `first` to `last`."""
        wrapped = self.wrapped_document
        last = min(last, self.document.line_count - 1)
        if first > last:
            return
        top = wrapped.location_to_offset((first, 0)).y
        bottom = wrapped.location_to_offset((last, 0)).y + len(wrapped.get_offsets(last))
        self.refresh_lines(top, bottom - top + 1)
