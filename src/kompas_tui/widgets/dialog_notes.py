"""The notes field of a discussion prompt: a plain multi-line TextArea.

Plain, so Tab moves on to the next field. The text is kept exactly as typed
or pasted; only what is drawn differs: control characters (a pasted escape
sequence, or one in a hand-edited session file) are drawn as visible
stand-ins, one character for one, so they can neither style nor move the
terminal (Textual's TextArea would send them to the terminal as they are).
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import BindingsMap
from textual.message import Message
from textual.widgets import TextArea

from kompas_tui.text import safe_text

#: Keys TextArea takes that are the app's step keys (F6 Handleplan, F7
#: Opsummering): they must work while a notes field has the focus.
_STEP_KEYS = frozenset({"f6", "f7"})


class NotesArea(TextArea):
    class Refused(Message):
        """Typing into a read-only notes field: the screen says why."""

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
        keys: dict[str, list] = {}
        for key, binding in self._bindings:
            if key not in _STEP_KEYS:
                keys.setdefault(key, []).append(binding)
        self._bindings = BindingsMap.from_keys(keys)

    async def _on_key(self, event: events.Key) -> None:
        # Read-only, TextArea lets letters through to the app's keys ("r"
        # would leave for the report): what is typed here stays here.
        if self.read_only and (event.is_printable or event.key == "enter"):
            event.stop()
            event.prevent_default()
            self.post_message(self.Refused())
            return
        await super()._on_key(event)

    def get_line(self, line_index: int) -> Text:
        # Tabs stay (TextArea expands them); every other control is shown.
        line = self.document.get_line(line_index)
        shown = "\t".join(safe_text(part) for part in line.split("\t"))
        return Text(shown, end="", no_wrap=True)
