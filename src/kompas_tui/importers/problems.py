"""`quote` for the importers' column and row modules.

The wording of problems lives in `kompas_tui.problem_text`, shared with the
storage (session and profile files).
"""

from __future__ import annotations

from kompas_tui.problem_text import quote

__all__ = ["quote"]
