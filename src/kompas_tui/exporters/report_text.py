"""A report summary as plain text (`kompas check --format text`) and as
Markdown (`kompas export --format md`). Both read one `ReportSummary`."""

from __future__ import annotations

import textwrap

from kompas_tui import formatting as fmt
from kompas_tui.domain.report import INCIDENT_SOURCES
from kompas_tui.domain.scoring import ReportSummary, ThemeResult, is_meaningful
from kompas_tui.i18n import t


def _theme_cells(theme: ThemeResult, summary: ReportSummary, lang: str, *, compact: bool) -> list[str]:
    """One table row. Compact rows mark a real difference with '*' (and a
    legend below the table); full rows spell it out."""
    if theme.suppressed:
        hidden = t("domain.colour.suppressed", lang) if compact else t("cli.suppressed", lang, n=summary.profile.min_respondents)
        return [theme.name, fmt.DASH, fmt.DASH, fmt.DASH, fmt.DASH, fmt.DASH, hidden]

    def with_mark(diff: float | None) -> str:
        if diff is None:
            return fmt.DASH
        if compact:
            return fmt.signed(diff, lang) + ("*" if is_meaningful(diff, summary.profile) else "")
        return f"{fmt.signed(diff, lang)} ({fmt.change_word(diff, summary, lang)})"

    return [
        theme.name,
        fmt.number(theme.score, lang),
        fmt.number(theme.org_score, lang),
        with_mark(theme.difference_org),
        fmt.number(theme.previous_score, lang),
        with_mark(theme.change),
        fmt.colour_word(theme.colour, lang),
    ]


def _headers(lang: str) -> list[str]:
    keys = ("theme", "score", "org", "diff_org", "previous", "change", "colour")
    return [t(f"cli.col.{k}", lang) for k in keys]


def _source_counts(by_source: dict[str, int | None], lang: str) -> str:
    parts = [
        f"{t(f'domain.source.{s}', lang)} {by_source[s]}" for s in INCIDENT_SOURCES if by_source.get(s) is not None
    ]
    return ", ".join(parts)


_HEADER_LABELS = ("measurement", "response", "overall", "track")


def _header_values(summary: ReportSummary, lang: str) -> list[str]:
    """Measurement, response, overall and track, without their labels."""
    response = fmt.response_text(summary, lang)
    if summary.low_response:
        response += f" {fmt.low_response_text(summary, lang)}"
    overall = t(
        "cli.overall",
        lang,
        score=fmt.number(summary.overall_score, lang),
        org=fmt.number(summary.org_overall_score, lang),
        colour=fmt.colour_word(summary.colour, lang),
    )
    return [summary.report.measurement, response, overall, fmt.track_text(summary, lang)]


#: Plain-text output fits an 80-column terminal.
TEXT_WIDTH = 79


def _wrap(text: str, indent: str, first: str = "") -> list[str]:
    return textwrap.wrap(text, TEXT_WIDTH, initial_indent=first, subsequent_indent=indent) or [first]


def render_text(summary: ReportSummary, lang: str) -> str:
    """A terminal-friendly summary: aligned columns, no colour codes."""
    measurement, response, overall, track = _header_values(summary, lang)
    lines = [
        summary.report.unit,
        measurement,
        response,
        f"{t('cli.md.overall', lang)}: {overall}",
        *_wrap(f"{t('cli.md.track', lang)}: {track}", ""),
        "",
    ]
    rows = [_headers(lang)] + [_theme_cells(th, summary, lang, compact=True) for th in summary.themes]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    points = fmt.number(summary.profile.meaningful_change, lang)
    lines += _wrap(t("cli.legend_meaningful", lang, points=points), "  ")
    if any(th.suppressed for th in summary.themes):
        lines += _wrap(t("cli.legend_suppressed", lang, n=summary.profile.min_respondents), "  ")
    if any(th.has_reversed for th in summary.themes):
        lines += ["", *_wrap(t("cli.reversed", lang), "")]
    if summary.zero_tolerance:
        lines += ["", t("cli.zero_tolerance", lang, count=summary.exposed)]
        for item in summary.zero_tolerance:
            sources = _source_counts(item.by_source, lang)
            lines += _wrap(f"{item.count:>5}  {item.question}", " " * 7)
            if sources:
                lines += _wrap(f"({sources})", " " * 7, first=" " * 7)
    if summary.guidance:
        lines += ["", t("cli.guidance", lang) + ":"]
        for key in summary.guidance:
            title, body = fmt.guidance_text(summary, key, lang)
            lines += [f"- {title}", *_wrap(body, "  ", first="  ")]
        lines += ["", t("meeting.help.title", lang) + ":"]
        for line in fmt.help_lines(summary.profile, lang):
            # A link is never cut: it must still open when pasted.
            lines += textwrap.wrap(
                line.text, TEXT_WIDTH, initial_indent="- ", subsequent_indent="  ",
                break_long_words=False, break_on_hyphens=False,
            )
    return "\n".join(lines) + "\n"


def render_markdown(summary: ReportSummary, lang: str) -> list[str]:
    """The report section of the Markdown minutes, as lines (user text
    marked with `md_text.user`, for `md_text.finish`)."""
    # Imported here: `kompas check` prints render_text and needs no Markdown.
    from kompas_tui.exporters.md_text import user

    lines = [f"## {t('cli.md.report', lang)}", ""]
    for label, value in zip(_HEADER_LABELS, _header_values(summary, lang)):
        lines.append(f"- **{t(f'cli.md.{label}', lang)}:** {user(value)}")
    lines += ["", f"### {t('cli.md.themes', lang)}", ""]
    headers = _headers(lang)
    lines.append("| " + " | ".join(headers) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * 5 + ["---"]) + "|")
    for theme in summary.themes:
        cells = [user(c) for c in _theme_cells(theme, summary, lang, compact=False)]
        lines.append("| " + " | ".join(cells) + " |")
    if any(th.has_reversed for th in summary.themes):
        lines += ["", t("cli.reversed", lang)]
    if summary.zero_tolerance:
        lines += ["", f"### {t('cli.md.zero_tolerance', lang)}", ""]
        lines.append(user(t("cli.md.exposed", lang, count=summary.exposed)))
        lines.append("")
        for item in summary.zero_tolerance:
            sources = _source_counts(item.by_source, lang)
            extra = f" ({user(sources)})" if sources else ""
            lines.append(f"- {item.count}: {user(item.question)}{extra}")
    if summary.guidance:
        lines += ["", f"### {t('cli.guidance', lang)}", ""]
        for key in summary.guidance:
            title, body = fmt.guidance_text(summary, key, lang)
            lines.append(f"- **{user(title)}.** {user(body)}")
    return lines
