"""The text blocks of the report screen, built as `Content` from a
`ReportSummary`. User text goes through `safe_text` and into Content as
text; catalog strings are plain text too, so nothing here is markup."""

from __future__ import annotations

from textual.content import Content

from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.report import INCIDENT_SOURCES
from kompas_tui.domain.scoring import ReportSummary, ZeroToleranceItem
from kompas_tui.formatting import month_text, number, percent, whole
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
    report = summary.report
    if summary.response_rate is None or report.answered is None or report.invited is None:
        if report.answered is not None:
            return Content(t("ui.report.answered_only", answered=report.answered))
        return Content(t("ui.report.response_unknown"))
    text = t(
        "ui.report.response",
        answered=report.answered,
        invited=report.invited,
        rate=percent(summary.response_rate, lang),
    )
    if not summary.low_response:
        return Content(text)
    limit = whole(summary.profile.response_rate_warning, lang)
    warning = t("ui.report.low_response", limit=limit)
    return Content.assemble(text, "  ", (f" {warning} ", WARNING_STYLE))


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
    month = month_text(summary.remeasure, lang) if summary.remeasure else ""
    sentence = t(f"track.{summary.track}", month=month)
    return Content.assemble((t("ui.report.track"), "bold"), " ", sentence)


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
    return " · ".join(f"{t(f'source.{s}')} {count}" for s, count in known if count is not None)


def zero_tolerance(summary: ReportSummary) -> Content:
    lines: list[Content] = [
        Content.assemble(
            (f" {t('ui.zero.title')} ", WARNING_STYLE),
            "  ",
            (t("ui.zero.total", count=summary.exposed), "bold"),
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


def guidance(key: str, profile: OrgProfile, lang: str) -> Content:
    """A guidance card: its title in bold over its body."""
    return Content.assemble((t(f"guidance.{key}.title"), "bold"), "\n", guidance_body(key, profile, lang))


def guidance_body(key: str, profile: OrgProfile, lang: str) -> Content:
    """The built-in text, or the organisation's own from its profile."""
    limit = whole(profile.response_rate_warning, lang)
    own = profile.guidance.get(key)
    text = own.get(lang) if own is not None else ""
    if text:
        # Profile text is user text: no str.format on it, only the one field.
        body = text.replace("{limit}", limit)
        return Content("\n").join(Content(safe_text(line)) for line in body.splitlines())
    return Content(t(f"guidance.{key}.body", limit=limit))
