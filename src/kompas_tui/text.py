"""Making user text safe to show in a terminal.

Report and session texts come from files anyone can edit. An escape sequence
in a theme name must neither style nor move the screen, so every control
character is replaced by a visible stand-in before it is shown.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_VISIBLE = {"\x1b": "␛", "\r": "␍", "\t": " "}


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """`text` with every control character (but newlines) made visible."""
    cleaned = _CONTROL.sub(lambda m: _VISIBLE.get(m.group(), "�"), text)
    return cleaned if keep_newlines else cleaned.replace("\n", " ")
