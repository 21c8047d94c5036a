"""A DataTable whose `update_cell` repaints the one cell, not the table.

Textual's `DataTable.update_cell` (8.2.8) stores the value and repaints the
whole table: one dot typed on the voting tally sent ~3 KB over SSH. Mixed
in before `DataTable`, `update_cell` still stores the value through
Textual's own method (so the table's caches know of it), holds back the
whole-table repaint that method asks for, and repaints the cell's region
alone. Only for values that keep their column's width and row's height
(`update_width=True` is passed on unchanged). Public API only: on a Textual
whose `update_cell` repaints differently this costs bytes, never a stale
cell (`tests/test_textual_contract.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.geometry import Region

if TYPE_CHECKING:
    from textual.widgets import DataTable
    from textual.widgets.data_table import ColumnKey, RowKey


class QuietCells:
    _holding_repaint = False

    def update_cell(
        self, row_key: RowKey | str, column_key: ColumnKey | str, value: Any, *, update_width: bool = False
    ) -> None:
        table: DataTable[Any] = self  # type: ignore[assignment]
        if update_width:
            super().update_cell(row_key, column_key, value, update_width=True)  # type: ignore[misc]
            return
        self._holding_repaint = True
        try:
            super().update_cell(row_key, column_key, value)  # type: ignore[misc]
        finally:
            self._holding_repaint = False
        table.refresh_coordinate(table.get_cell_coordinate(row_key, column_key))

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Any:
        if self._holding_repaint and not (regions or layout or recompose):
            return self  # update_cell's whole-table repaint: the cell's own follows
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)  # type: ignore[misc]
