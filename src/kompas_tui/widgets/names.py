"""Names typed once, offered again: as owner, follow-up person, participant
or preparer alike (`domain.meeting.session_names` gives them, most recent
first).

`NameSuggester` completes a field that holds one name; `NameListSuggester`
the last entry of a field that holds several, separated by commas
("Mette (leder), Jo" → "Mette (leder), Jonas"), leaving out names already
in the list. Both offer the name as it was written (→ takes it); matching
ignores case. `names_hint` is the line under a field listing some of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rich.highlighter import Highlighter
from rich.text import Text
from textual.content import Content
from textual.suggester import Suggester
from textual.widgets import Input

from kompas_tui.domain.meeting import name_key, parse_participant
from kompas_tui.i18n import t
from kompas_tui.text import safe_text

#: How many known names a hint lists.
NAMES_SHOWN = 6

#: The last entry of a list: what follows the last separator and its spaces.
_LAST_ENTRY = re.compile(r"(?P<before>(?:.*[,;])?\s*)(?P<typed>[^,;]*)$", re.DOTALL)


class NameSuggester(Suggester):
    """Offers the first name that starts with what is typed (any case),
    from a list that can grow while the field is shown."""

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self._names = names

    async def get_suggestion(self, value: str) -> str | None:
        if not value.strip():
            return None
        return next((name for name in self._names() if name.casefold().startswith(value)), None)


class NameListSuggester(Suggester):
    """Completes the last name of a comma-separated list, with a name not
    yet in it. Case-sensitive on Textual's side, so the names already typed
    keep their spelling when the offer is taken; matching ignores case."""

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._names = names

    async def get_suggestion(self, value: str) -> str | None:
        return complete_last_name(value, self._names())


def complete_last_name(value: str, names: Sequence[str]) -> str | None:
    """`value` with its last entry completed to a known name, or None."""
    match = _LAST_ENTRY.match(value)
    if match is None or not match.group("typed").strip():
        return None
    before, typed = match.group("before"), match.group("typed")
    taken = set()
    for entry in re.split(r"[,;]", before):
        person = parse_participant(entry)
        if person is not None:
            taken.add(name_key(person.name))
    start = typed.lstrip().casefold()
    for name in names:
        if name.casefold().startswith(start) and len(name) > len(start) and name_key(name) not in taken:
            return before + typed[: len(typed) - len(typed.lstrip())] + name
    return None


def names_hint(names: Sequence[str], lang: str | None = None) -> Content:
    """"Navne brugt før: Mette, Jonas, …" (or that there are none yet)."""
    if not names:
        return Content(t("ui_plan.editor.names_none", lang))
    shown = ", ".join(safe_text(name) for name in names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += ", …"
    return Content(t("ui_plan.editor.names", lang, names=shown))


class ShownAsText(Highlighter):
    """An `Input`'s text as the terminal draws it: control characters (a
    pasted escape sequence) as visible stand-ins, one for one (`safe_text`),
    so they are shown, never obeyed; the field's value stays as typed."""

    def __call__(self, text: str | Text) -> Text:
        plain = text.plain if isinstance(text, Text) else text
        return Text(safe_text(plain), no_wrap=True, overflow="ignore", end="")

    def highlight(self, text: Text) -> None:  # pragma: no cover - __call__ does the work
        pass


#: One for every field of names and places typed in the record.
SHOWN_AS_TEXT = ShownAsText()


def name_field(
    value: str,
    *,
    id: str,
    names: Callable[[], Sequence[str]],
    placeholder: str = "",
    several: bool = False,
    disabled: bool = False,
) -> Input:
    """A field for a name (`several`: a comma-separated list of names),
    offering the names typed before and drawing control characters as
    stand-ins."""
    suggester = NameListSuggester(names) if several else NameSuggester(names)
    return Input(
        value, placeholder=placeholder, suggester=suggester, id=id, highlighter=SHOWN_AS_TEXT, disabled=disabled
    )
