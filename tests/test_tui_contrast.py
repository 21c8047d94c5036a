"""Legible on a washed-out projector (issue 12, part 4): every word on the
screens with colour chips and cursor rows reads at a contrast ratio of at
least 4.5:1 (WCAG AA), computed from the rendered screen's own styles:

- dark and light: the colours as drawn;
- ansi: a 16-colour terminal (TERM=linux), where each colour becomes the
  nearest of the 16 (as Rich sends it) and is shown in the Linux console's
  own palette, bold dark colours drawn bright, as the console does;
- NO_COLOR: the greys Textual turns every colour into (its Monochrome
  filter), in the dark and the light look.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from textual.color import Color
from textual.filter import Monochrome
from textual.geometry import Region
from textual.screen import ModalScreen

from screen_tour import EVERY, arrive, make_app

#: The Linux console's default palette (drivers/tty/vt), colours 0-15.
LINUX_CONSOLE = (
    *("000000", "aa0000", "00aa00", "aa5500", "0000aa", "aa00aa", "00aaaa", "aaaaaa"),
    *("555555", "ff5555", "55ff55", "ffff55", "5555ff", "ff55ff", "55ffff", "ffffff"),
)
#: (theme, how the terminal shows it)
MODES = (
    ("textual-dark", "truecolor"),
    ("textual-dark", "ansi"),
    ("textual-dark", "no-color"),
    ("textual-light", "truecolor"),
    ("textual-light", "no-color"),
)
#: The screens with chips, cursor rows and the Footer, at their busiest.
STOPS = [
    stop
    for stop in EVERY
    if stop.name
    in {
        *("start", "report", "theme-detail", "voting-counted", "goals", "plan", "summary"),
        *("evaluation", "comparison", "review", "review-session", "overview", "history"),
        # The record of the meeting's fields and hints.
        *("dialog-meeting", "plan-follow-up-by", "round-participants"),
    }
]

RGB = tuple[int, int, int]


def luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = rgb
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: RGB, other: RGB) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula():
    assert round(contrast((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert round(contrast((0x76, 0x76, 0x76), (255, 255, 255)), 2) == 4.54  # WCAG's own example grey
    assert contrast((10, 20, 30), (10, 20, 30)) == 1.0


def shown(color: RichColor, mode: str, *, foreground: bool, bold: bool) -> RGB:
    if mode == "ansi":
        number = color.downgrade(ColorSystem.STANDARD).number or 0
        if foreground and bold and number < 8:
            number += 8  # the console shows bold as bright
        value = LINUX_CONSOLE[number]
        return int(value[:2], 16), int(value[2:4], 16), int(value[4:], 16)
    triplet = color.get_truecolor()
    return triplet.red, triplet.green, triplet.blue


def is_text(text: str) -> bool:
    """Words, numbers and marks; not borders, scrollbars or block bars."""
    return any(not ch.isspace() and not 0x2500 <= ord(ch) <= 0x259F for ch in text)


def dialog_regions(screen) -> list[Region] | None:
    """A dialog's own regions (the screen under it is shown dimmed on
    purpose, as a backdrop); None for a full screen."""
    if not isinstance(screen, ModalScreen):
        return None
    return [child.region for child in screen.children if child.display]


def words(app, mode: str) -> Iterator[tuple[int, str, RGB, RGB]]:
    """(line, text, foreground, background) of every word on the screen."""
    regions = dialog_regions(app.screen)
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        segments: list[Segment] = list(strip)
        if mode == "no-color":
            segments = Monochrome().apply(segments, Color(0, 0, 0))
        x = 0
        for segment in segments:
            style, start = segment.style, x
            x += segment.cell_length
            if regions is not None and not any(region.contains(start, y) for region in regions):
                continue
            if style is None or not is_text(segment.text) or style.color is None or style.bgcolor is None:
                continue
            fg = shown(style.color, mode, foreground=True, bold=bool(style.bold))
            bg = shown(style.bgcolor, mode, foreground=False, bold=False)
            yield y, segment.text.strip(), fg, bg


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "sessions"
    path.mkdir(mode=0o700)
    return path


@pytest.mark.parametrize("stop", STOPS, ids=str)
async def test_every_word_reads_at_4_5_to_1(stop, folder):
    app = make_app(stop, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await arrive(app, pilot, stop)
        failures = []
        checked = 0
        for theme, mode in MODES:
            if app.theme != theme:
                app.theme = theme
                await pilot.pause()
                await pilot.pause()
            for y, text, fg, bg in words(app, mode):
                checked += 1
                ratio = contrast(fg, bg)
                if ratio < 4.5:
                    failures.append(f"{theme} {mode} line {y}: {text!r} {fg} on {bg}: {ratio:.2f}")
        assert checked > 20  # the screen was read (a dialog has fewer words)
        assert not failures, "\n".join(dict.fromkeys(failures))


async def test_the_chip_under_the_cursor_keeps_its_colours(folder):
    """The issue's case: "gul" on the report's first row, under the cursor,
    was light on yellow; now the chip keeps its black on yellow, in a row of
    white on dark blue."""
    [report] = [stop for stop in STOPS if stop.name == "report"]
    app = make_app(report, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await arrive(app, pilot, report)
        rows = {}
        for y, text, fg, bg in words(app, "truecolor"):
            rows.setdefault(y, []).append((text, fg, bg))
        # A run of one look is one "word" here: the row's name shares its run
        # with the cells beside it that look the same (widgets/compact_lines.py).
        [cursor] = [
            row
            for row in rows.values()
            if any(
                text.startswith("Trivsel og arbejdsglæde") and (fg, bg) == ((255, 255, 255), (0, 74, 153))
                for text, fg, bg in row
            )
        ]
        assert ("gul", (0, 0, 0), (249, 200, 70)) in cursor
