"""Plain-text formatting of domain values, shared by the CLI, exports and screens.

Danish uses a decimal comma, English a point. Every function returns plain
text; callers decide how to render it (never as markup). Numbers are
rounded half away from zero (`scoring.rounded`), the rounding every rule
reads, so a number is never written otherwise than the rules saw it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from kompas_tui.domain.scoring import ReportSummary, is_meaningful, rounded, shown
from kompas_tui.i18n import t

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile

DASH = "–"


def number(value: float | None, lang: str, decimals: int = 1) -> str:
    """A number with the language's decimal mark; a dash for no value."""
    if value is None:
        return DASH
    text = f"{rounded(value, decimals):.{decimals}f}"  # never "-0,0": rounded gives 0.0
    return text.replace(".", ",") if lang == "da" else text


def percent(value: float, lang: str) -> str:
    """Danish puts a space before the percent sign, English none."""
    return f"{number(value, lang)} %" if lang == "da" else f"{number(value, lang)}%"


def whole(value: float, lang: str) -> str:
    """A threshold such as 60 or 62.5, without a needless ",0"."""
    return number(value, lang, 0) if float(value).is_integer() else number(value, lang)


def timestamp(value: dt.datetime, lang: str) -> str:
    """Day-month-year in Danish, ISO order in English; both unambiguous."""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d-%m-%Y %H:%M" if lang == "da" else "%Y-%m-%d %H:%M")


def signed(value: float | None, lang: str) -> str:
    """A difference with its sign; zero as shown has none."""
    value = shown(value)
    if value is None:
        return DASH
    if value == 0:
        return number(0.0, lang)
    sign = "+" if value > 0 else "−"
    return sign + number(abs(value), lang)


def colour_word(colour: str | None, lang: str) -> str:
    return t(f"domain.colour.{colour}" if colour else "domain.colour.none", lang)


def change_word(difference: float | None, summary: ReportSummary, lang: str) -> str:
    if difference is None:
        return ""
    meaningful = is_meaningful(difference, summary.profile)
    return t("domain.change.meaningful" if meaningful else "domain.change.none", lang)


def month_text(year_month: str | None, lang: str) -> str:
    """'2027-01' → 'januar 2027' / 'January 2027'."""
    if not year_month:
        return ""
    year, month = year_month.split("-")
    return f"{t(f'date.month.{int(month)}', lang)} {year}"


def track_text(summary: ReportSummary, lang: str) -> str:
    return t(f"domain.track.{summary.track}", lang, month=month_text(summary.remeasure, lang))


def response_text(summary: ReportSummary, lang: str) -> str:
    """"21 af 24 svarede (87,5 %)"; what is known when a count is missing."""
    report = summary.report
    if summary.response_rate is None or report.answered is None or report.invited is None:
        if report.answered is not None:
            return t("ui.report.answered_only", lang, answered=report.answered)
        return t("ui.report.response_unknown", lang)
    rate = percent(summary.response_rate, lang)
    return t("ui.report.response", lang, answered=report.answered, invited=report.invited, rate=rate)


def low_response_text(summary: ReportSummary, lang: str) -> str:
    """"LAV SVARPROCENT (under 60 %)"."""
    return t("ui.report.low_response", lang, limit=whole(summary.profile.response_rate_warning, lang))


def guidance_text(summary: ReportSummary, key: str, lang: str) -> tuple[str, str]:
    """(title, body) of a guidance card. The org profile's text replaces the
    built-in body when it has one in either language; `{limit}` is the
    response-rate limit in any card. Profile text is user text: no
    str.format on it, only that one field is filled in. When the overall
    score fell by a meaningful difference, the worse-than-expected card
    says so first, with the two scores."""
    title = t(f"domain.guidance.{key}.title", lang)
    own = summary.profile.guidance.get(key)
    body = (own.get(lang) if own is not None else "") or t(f"domain.guidance.{key}.body", lang)
    body = body.replace("{limit}", whole(summary.profile.response_rate_warning, lang))
    if key == "worse_than_expected" and summary.overall_fell:
        fell = t(
            "domain.guidance.worse_than_expected.fell",
            lang,
            points=number(abs(summary.overall_change or 0.0), lang),
            before=number(summary.previous_overall_score, lang),
            after=number(summary.overall_score, lang),
        )
        body = f"{fell} {body}"
    return title, body


class HelpLine(NamedTuple):
    """A line of `help_lines`: `own` is the profile's text (user text),
    else it is the catalog's placeholder saying where to put it."""

    text: str
    own: bool


def help_lines(profile: OrgProfile, lang: str) -> list[HelpLine]:
    """The organisation's policy links and help contacts (profile), one a
    line, shown with the guidance on the report, in the dialogue, on the
    plan and in the minutes; where the profile has none, a line saying
    where to put the organisation's own (`kompas.toml`). Plain text: the
    titles, names and addresses are the profile's, never formatted."""
    lines = [
        HelpLine(t("meeting.help.link", lang, title=link.title.get(lang) or link.url, url=link.url), True)
        for link in profile.policy_links
    ] or [HelpLine(t("meeting.help.no_links", lang), False)]
    for contact in profile.help_contacts:
        parts = (contact.name, contact.role.get(lang), contact.phone, contact.email)
        lines.append(HelpLine(" · ".join(part.strip() for part in parts if part.strip()), True))
    if not profile.help_contacts:
        lines.append(HelpLine(t("meeting.help.no_contacts", lang), False))
    return lines
