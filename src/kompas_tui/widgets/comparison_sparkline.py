"""A theme's scores over all the session's measurements as one line of text.

One character per measurement: a block from ▁ (0) to █ (100), or `·` where
the theme was suppressed or not measured. The two measurements being
compared are bold, the others dim, so the line reads without colour. The
Linux console (TERM=linux) has no ▁▂▃▅▆▇; there each point is the score's
tens digit instead (0-9, 100 counts as 9).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from rich.text import Text

BLOCKS = "▁▂▃▄▅▆▇█"
DIGITS = "0123456789"
GAP = "·"


def plain_glyphs() -> bool:
    """True on terminals whose font lacks the eighth blocks."""
    return os.environ.get("TERM", "") in ("linux", "vt100", "vt220", "dumb")


def glyph(score: float | None, *, plain: bool = False) -> str:
    if score is None:
        return GAP
    value = max(0.0, min(100.0, score))
    if plain:
        return DIGITS[min(9, int(value // 10))]
    return BLOCKS[min(len(BLOCKS) - 1, int(value / 100 * len(BLOCKS)))]


def sparkline(
    series: Sequence[float | None], highlight: Sequence[int] = (), *, plain: bool | None = None
) -> Text:
    """`series` as text; the points at `highlight` bold, the others dim."""
    plain = plain_glyphs() if plain is None else plain
    text = Text(no_wrap=True, overflow="crop")
    for index, score in enumerate(series):
        text.append(glyph(score, plain=plain), style="bold" if index in highlight else "dim")
    return text
