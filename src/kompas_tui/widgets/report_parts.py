"""The text blocks of the report screen, built as `Content` from a
`ReportSummary`. User text goes through `safe_text` and into Content as
text; catalog strings are plain text too, so nothing here is markup."""

from __future__ import annotations

from textual.content import Content

from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.report import INCIDENT_SOURCES
from kompas_tui.domain.scoring import ReportSummary, ZeroToleranceItem
from kompas_tui.formatting import (
    guidance_text,
    help_lines,
    low_response_text,
    number,
    response_text,
    track_text,
    whole,
)
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip

WARNING_STYLE = "bold reverse"


def heading(summary: ReportSummary) -> Content:
    """Unit and measurement."""
    report = summary.report
    parts: list[str | tuple[str, str]] = [(safe_text(report.unit), "bold")]
    if report.measurement:
        parts += ["  ·  ", safe_text(report.measurement)]
    return Content.assemble(*parts)


def response_line(summary: ReportSummary, lang: str) -> Content:
    """"21 af 24 svarede (87,5 %)", with a warning word below the limit."""
    text = response_text(summary, lang)
    if not summary.low_response:
        return Content(text)
    return Content.assemble(text, "  ", (f" {low_response_text(summary, lang)} ", WARNING_STYLE))


def overall(summary: ReportSummary, lang: str) -> Content:
    """Overall score, the organisation's, and the colour chip with its word."""
    score = number(summary.overall_score, lang)
    parts: list[str | tuple[str, str] | Content] = [
        t("ui.report.overall"),
        " ",
        (score, "bold"),
    ]
    if summary.org_overall_score is not None:
        parts += ["   ", t("ui.report.org_overall", score=number(summary.org_overall_score, lang))]
    parts += ["   ", t("ui.report.colour"), " ", chip(summary.colour)]
    return Content.assemble(*parts)


def track(summary: ReportSummary, lang: str) -> Content:
    """The follow-up track in plain words."""
    return Content.assemble((t("ui.report.track"), "bold"), " ", track_text(summary, lang))


def reversed_note(summary: ReportSummary) -> Content | None:
    if not any(theme.has_reversed for theme in summary.themes):
        return None
    return Content(t("ui.report.reversed"))


def table_legend(profile: OrgProfile, lang: str) -> Content:
    return Content(
        t(
            "ui.table.legend",
            points=whole(profile.meaningful_change, lang),
            n=profile.min_respondents,
        )
    )


def _sources(item: ZeroToleranceItem) -> str:
    known = [(s, item.by_source.get(s)) for s in INCIDENT_SOURCES]
    return " · ".join(f"{t(f'domain.source.{s}')} {count}" for s, count in known if count is not None)


def zero_tolerance(summary: ReportSummary) -> Content:
    exposed = summary.exposed > 0
    total = t("ui.zero.total", count=summary.exposed) if exposed else t("ui.zero.total_none")
    lines: list[Content] = [
        Content.assemble(
            (f" {t('ui.zero.title')} ", WARNING_STYLE if exposed else "bold"),
            "  ",
            (total, "bold"),
        )
    ]
    for item in summary.zero_tolerance:
        lines.append(Content(""))
        lines.append(Content(safe_text(item.question)))
        count = t("ui.zero.count", count=item.count)
        sources = _sources(item)
        lines.append(
            Content.assemble("  ", (count, "bold"), *(["  (", sources, ")"] if sources else []))
        )
    return Content("\n").join(lines)


def guidance(key: str, summary: ReportSummary, lang: str) -> Content:
    """A guidance card: its title in bold over its body."""
    title, body = guidance_text(summary, key, lang)
    text = Content("\n").join(Content(safe_text(line)) for line in body.splitlines())
    return Content.assemble((title, "bold"), "\n", text)


def help_card(profile: OrgProfile, lang: str) -> Content:
    """The organisation's policy links and help contacts, under the
    guidance (the profile's text is user text: made safe, never parsed)."""
    lines = [Content.styled(t("meeting.help.title", lang), "bold")]
    lines += [Content("- " + safe_text(line.text)) for line in help_lines(profile, lang)]
    return Content("\n").join(lines)
