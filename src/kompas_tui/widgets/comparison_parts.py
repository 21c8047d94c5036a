"""The text blocks of the comparison screen, built as `Content` from a
`Comparison`. User text (measurement and theme names) goes through
`safe_text` into Content as text; catalog strings are plain text."""

from __future__ import annotations

from textual.content import Content

from kompas_tui.domain.comparison import Comparison, Side, ThemeComparison
from kompas_tui.domain.scoring import is_meaningful
from kompas_tui.formatting import month_text, number, signed, whole
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip
from kompas_tui.widgets.comparison_sparkline import plain_glyphs
from kompas_tui.widgets.comparison_table import shows_trend


def heading(comparison: Comparison) -> Content:
    """"Trivselsmåling 2026 → Opfølgende måling 2027"."""
    return Content.assemble(
        (safe_text(comparison.before.name), "bold"), " → ", (safe_text(comparison.after.name), "bold")
    )


def pair_line(comparison: Comparison) -> Content:
    """Which two of how many measurements, and how to choose others."""
    return Content(
        t(
            "ui_comparison.pair",
            before=comparison.before.index + 1,
            after=comparison.after.index + 1,
            count=len(comparison.measurements),
        )
    )


def difference_text(difference: float | None, comparison: Comparison, lang: str) -> Content:
    """"▲ 5,0 reel forskel" / "+2,5 ingen reel forskel"."""
    if difference is None:
        return Content("")
    if is_meaningful(difference, comparison.profile):
        arrow = "▲" if difference > 0 else "▼"
        return Content.assemble((f"{arrow} {number(abs(difference), lang)}", "bold"), " ", t("domain.change.meaningful"))
    return Content.assemble(signed(difference, lang), " ", t("domain.change.none"))


def overall(comparison: Comparison, lang: str) -> Content:
    """Overall score and colour before → after, and the difference."""
    before, after = comparison.before, comparison.after
    parts: list[str | tuple[str, str] | Content] = [
        (t("ui_comparison.overall"), "bold"),
        " ",
        (number(before.overall, lang), "bold"),
        " ",
        chip(before.colour),
        " → ",
        (number(after.overall, lang), "bold"),
        " ",
        chip(after.colour),
    ]
    if comparison.overall_difference is not None:
        parts += ["   ", difference_text(comparison.overall_difference, comparison, lang)]
    return Content.assemble(*parts)


def _track(side: Side, lang: str) -> str:
    text = t(f"domain.track.short.{side.track}")
    if side.remeasure:
        text += ", " + t("ui_comparison.remeasure", month=month_text(side.remeasure, lang))
    return text


def track(comparison: Comparison, lang: str) -> Content:
    """The follow-up track before and after, in plain words."""
    return Content("\n").join(
        [
            Content.assemble((t("ui_comparison.track_before"), "bold"), " ", _track(comparison.before, lang)),
            Content.assemble((t("ui_comparison.track_after"), "bold"), " ", _track(comparison.after, lang)),
        ]
    )


def zero_tolerance(comparison: Comparison) -> Content | None:
    """Employees exposed before → after, when either report has the items."""
    before, after = comparison.before.summary, comparison.after.summary
    if not before.zero_tolerance and not after.zero_tolerance:
        return None
    return Content.assemble(
        (t("ui_comparison.zero"), "bold"), " ", t("ui_comparison.zero_counts", before=before.exposed, after=after.exposed)
    )


def reason_text(row: ThemeComparison, comparison: Comparison) -> str:
    assert row.reason is not None
    return t(f"comparison.reason.{row.reason}", n=comparison.profile.min_respondents)


def not_compared(comparison: Comparison) -> Content | None:
    """The themes without a difference, each with its reason."""
    rows = comparison.not_compared
    if not rows:
        return None
    lines = [Content.styled(t("ui_comparison.not_compared"), "bold")]
    for row in rows:
        lines.append(Content.assemble("• ", safe_text(row.name), ": ", (reason_text(row, comparison), "italic")))
    return Content("\n").join(lines)


def legend(comparison: Comparison, lang: str) -> Content:
    text = t("ui_comparison.legend", points=whole(comparison.profile.meaningful_change, lang))
    if shows_trend(comparison):
        text += " " + t("ui_comparison.legend.trend", count=len(comparison.measurements))
        if plain_glyphs():
            text += " " + t("ui_comparison.legend.digits")
    return Content(text)


def empty(session_measurement: str) -> Content:
    """Only one measurement: how to add the next."""
    return Content("\n\n").join(
        [
            Content.assemble(t("ui_comparison.empty.one"), " ", (safe_text(session_measurement), "bold")),
            Content(t("ui_comparison.empty.how")),
            Content(t("ui_comparison.empty.cli")),
        ]
    )
