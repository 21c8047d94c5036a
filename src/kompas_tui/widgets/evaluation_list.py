"""The plan's actions as an evaluation round sees them: per goal (theme) a
heading, its actions with status, owner, deadline (OVERSKREDET by word),
follow-up person, what the round changed and its note, and, while the
round is open, an entry to add one more.

It is the Handleplan's list (`PlanList`) with other entries: the same
cursor mark (">", so it shows under NO_COLOR), the same hanging-indent
wrapping, and the same cheap cursor move (only the two entries whose mark
moves are redrawn). The screen builds the entries; the list keeps the
cursor on the same action when they are rebuilt. Its own keys replace the
Handleplan's (there `d` deletes; here it changes the deadline).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList

from kompas_tui.widgets.option_lines import set_prompt_quietly
from kompas_tui.widgets.plan_list import ACTION, ADD, Card, PlanList

__all__ = ["ACTION", "ADD", "EvaluationList", "Entry"]

#: An entry: its text (without the cursor's gutter), its option id, and
#: whether it is a heading (not selectable).
Entry = tuple[Content, str, bool]


class EvaluationList(PlanList, inherit_bindings=False):
    BINDINGS: ClassVar[list[BindingType]] = [
        *OptionList.BINDINGS,
        Binding("enter", "select", "ui_evaluation.key.review", show=False, tooltip="ui_evaluation.key.review.tip",
                id="evaluation.review"),
    ]

    def show_entries(self, groups: Sequence[str], entries: list[Entry]) -> None:
        """Rebuild from `entries` (headings have ids "head:N", N the group's
        number in `groups`), keeping the cursor on the entry it was on."""
        if self._swap_in_place(groups, entries):
            return
        keep = self.current_id
        self.groups = list(groups)
        self._entries = entries
        self._build(keep)

    def _swap_in_place(self, groups: Sequence[str], entries: list[Entry]) -> bool:
        """When only texts changed and every changed entry keeps its height
        (a status key: "[i gang → gennemført]"), swap those entries' texts
        and redraw their lines alone: no rebuild, no new layout of the page.
        False, having changed nothing, when the list must be rebuilt."""
        old = self._entries
        width = self.scrollable_content_region.width
        if list(groups) != self.groups or len(entries) != len(old) or width <= 0:
            return False
        changed: list[tuple[int, Card]] = []
        for index, ((prompt, option_id, disabled), (was, old_id, old_disabled)) in enumerate(zip(entries, old)):
            if (option_id, disabled) != (old_id, old_disabled):
                return False
            if (prompt.plain, prompt.spans) == (was.plain, was.spans):
                continue
            card = Card(prompt, index == self.highlighted and not disabled)
            if card.get_height({}, width) != Card(was).get_height({}, width):
                return False
            changed.append((index, card))
        self._entries = entries
        for index, laid in changed:
            set_prompt_quietly(self, index, laid)
        return True

    @property
    def current_theme(self) -> str | None:
        """The theme of the group the cursor is in (also on its add entry)."""
        current = self.current_id or ""
        if current.startswith(ADD):
            return self.group_of(current)
        return self.current_group
