"""Redrawing one option of an OptionList, not the whole list.

Textual's OptionList (8.2.8) repaints every visible line when its cursor
moves, and `replace_option_prompt_at_index` also lays every option out
again: on the start menu that was 7 KB per arrow key, on a long plan more.
Redrawing only the lines of the options whose look changed needs to know
where those lines are, which OptionList keeps in a private line cache that
no public method reads. These two functions are the only place kompas
touches OptionList's private state (`_index_to_line`, `_heights`,
`_option_render_cache`, `Option._set_prompt`);
`tests/test_textual_contract.py` fails on a Textual where any of it is
gone or means something else.
"""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import OptionList


def redraw_option(option_list: OptionList, index: int | None) -> None:
    """Redraw the lines of the option at `index` (its look may have
    changed, its height not)."""
    if index is None or index >= option_list.option_count:
        return
    line = option_list._index_to_line.get(index)
    if line is not None:
        option_list.refresh_lines(line, option_list._heights.get(index, 1))


def set_prompt_quietly(option_list: OptionList, index: int, prompt: VisualType) -> None:
    """Give the option at `index` a prompt of the same height and redraw its
    lines alone; the line layout of the list stays as it is."""
    option_list.get_option_at_index(index)._set_prompt(prompt)
    option_list._option_render_cache.clear()  # rendered strips of the old prompt
    redraw_option(option_list, index)
