"""What kompas shows instead of a screen that does not fit: below 80x24 the
screens would cut field values and Footer keys, so the whole terminal says
what it needs instead (docs/ui.md, "Sizes").

The notice is a widget on the screen's `_loading` layer (above the page,
below notifications, so a failed save is still told). It hides the screen
without touching it: nothing is closed, the session is saved as before, and
the screen is back as it was once the terminal is large enough. While it is
shown the app lets no key through but ctrl+q (`KompasApp.on_event`).
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

from kompas_tui.i18n import t

#: The smallest terminal every screen is made for.
MIN_WIDTH, MIN_HEIGHT = 80, 24


def too_small(size: Size) -> bool:
    """True when a terminal of `size` cannot show kompas' screens whole.
    (0x0 is a terminal not measured yet, never too small.)"""
    width, height = size
    return (0 < width < MIN_WIDTH) or (0 < height < MIN_HEIGHT)


def notice_text(size: Size) -> Content:
    width, height = size
    needs = t("ui_size.needs", width=MIN_WIDTH, height=MIN_HEIGHT, now_width=width, now_height=height)
    return Content("\n\n").join(
        [
            Content.styled(t("ui_size.title"), "bold"),
            Content(needs),
            Content(t("ui_size.how")),
            Content(t("ui_size.safe")),
            Content.styled(t("ui_size.quit"), "bold"),
        ]
    )


class SizeNotice(Static):
    """The whole screen: how big the terminal must be, and that nothing is lost."""

    DEFAULT_CSS = """
    SizeNotice {
        layer: _loading;
        dock: top;
        width: 100%;
        height: 100%;
        padding: 1 2;
        background: $background;
        color: $text;
    }
    """


def sync_size_notice(screen: Screen[object], size: Size) -> None:
    """Show, update or remove the notice on `screen` for a terminal of `size`."""
    shown = screen.query_children(SizeNotice)
    if not too_small(size):
        shown.remove()
        return
    text = notice_text(size)
    if shown:
        shown.first().update(text)
    else:
        screen.mount(SizeNotice(text))
