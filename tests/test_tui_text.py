"""safe_text and the number formats, without a terminal."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kompas_tui.formatting import month_text, number, percent, timestamp, whole
from kompas_tui.text import is_unsafe, safe_text


@given(st.text())
def test_no_control_character_survives(text):
    shown = safe_text(text)
    assert not any(unicodedata.category(c) == "Cc" for c in shown)
    assert not any(is_unsafe(c) for c in shown)
    assert "\x1b" not in shown and "\n" not in shown and "\r" not in shown


@given(st.text())
def test_one_character_in_one_character_out(text):
    # Placeholders keep the text's shape: nothing is dropped or added.
    assert len(safe_text(text)) == len(text)


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Zl", "Zp", "Cf"))))
def test_ordinary_text_is_untouched(text):
    assert safe_text(text) == text


def test_what_the_placeholders_look_like():
    assert safe_text("\x1b[31mred") == "␛[31mred"
    assert safe_text("a\nb\tc\x00") == "a␊b␉c␀"
    assert safe_text("\x7f\x9b\u202e") == "␡\ufffd\ufffd"
    assert safe_text("[bold]x 😀 æøå [/") == "[bold]x 😀 æøå [/"


def test_danish_and_english_numbers():
    assert number(87.5, "da") == "87,5" and number(87.5, "en") == "87.5"
    assert number(-0.04, "da") == "0,0"
    assert percent(87.5, "da") == "87,5 %" and percent(87.5, "en") == "87.5%"
    assert whole(60.0, "da") == "60" and whole(62.5, "da") == "62,5"


def test_months_and_times():
    assert month_text("2027-01", "da") == "januar 2027"
    assert month_text("2027-01", "en") == "January 2027"
    moment = dt.datetime(2026, 11, 26, 14, 3)
    assert timestamp(moment, "da") == "26-11-2026 14:03"
    assert timestamp(moment, "en") == "2026-11-26 14:03"


def test_traffic_light_colours_survive_a_16_colour_terminal():
    from rich.color import Color, ColorSystem
    from rich.style import Style

    from kompas_tui.widgets.chips import CHIP_STYLES, INK_STYLES

    ansi = {"green": {2, 10}, "yellow": {3, 11}, "red": {1, 9}}
    for colour, style in CHIP_STYLES.items():
        background = Style.parse(style).bgcolor
        assert background.downgrade(ColorSystem.STANDARD).number in ansi[colour], colour
    for colour, ink in INK_STYLES.items():
        assert Color.parse(ink).downgrade(ColorSystem.STANDARD).number in ansi[colour], colour
