"""The colour chip: a traffic-light colour that always carries its word.

Fixed colours (not theme variables) so a chip looks the same in the light
and the dark theme and in DataTable cells; each pairs a background with a
text colour that reads on it at 4.5:1 or more (WCAG AA) as drawn, on a
16-colour terminal (TERM=linux: the greens map to its bright green, not to
grey, the yellow to its yellow) and in the greys of NO_COLOR, where the
word is what tells them apart (tests/test_tui_contrast.py).
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from kompas_tui import formatting
from kompas_tui.i18n import language

CHIP_STYLES = {
    "green": "bold #000000 on #4caf50",
    "yellow": "bold #000000 on #f9c846",
    "red": "bold #ffffff on #c62828",
}

#: Bars and marks in the colour of their theme, readable on dark and light.
INK_STYLES = {
    "green": "#22a33a",
    "yellow": "#e0a800",
    "red": "#e53935",
}


def colour_word(colour: str | None) -> str:
    return formatting.colour_word(colour, language())


def chip(colour: str | None) -> Content:
    """" gul " on yellow; "ingen farve" plain when there is no colour."""
    if colour is None:
        return Content(colour_word(None))
    return Content.styled(f" {colour_word(colour)} ", CHIP_STYLES[colour])


def chip_text(colour: str | None) -> Text:
    """The chip for a DataTable cell."""
    if colour is None:
        return Text(colour_word(None))
    return Text(f" {colour_word(colour)} ", style=CHIP_STYLES[colour])
