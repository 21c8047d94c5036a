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

from kompas_tui.widgets.plan_list import ACTION, ADD, PlanList

__all__ = ["ACTION", "ADD", "EvaluationList", "Entry"]

#: An entry: its text (without the cursor's gutter), its option id, and
#: whether it is a heading (not selectable).
Entry = tuple[Content, str, bool]


class EvaluationList(PlanList, inherit_bindings=False):
    BINDINGS: ClassVar[list[BindingType]] = [
        *OptionList.BINDINGS,
        Binding("enter", "select", "key.evaluation.review", show=False, tooltip="key.evaluation.review.tip",
                id="evaluation.review"),
    ]

    def show_entries(self, groups: Sequence[str], entries: list[Entry]) -> None:
        """Rebuild from `entries` (headings have ids "head:N", N the group's
        number in `groups`), keeping the cursor on the entry it was on."""
        keep = self.current_id
        self.groups = list(groups)
        self._entries = entries
        self._build(keep)

    @property
    def current_theme(self) -> str | None:
        """The theme of the group the cursor is in (also on its add entry)."""
        current = self.current_id or ""
        if current.startswith(ADD):
            return self.group_of(current)
        return self.current_group
