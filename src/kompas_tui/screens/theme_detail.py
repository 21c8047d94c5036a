"""A theme's questions, opened with Enter on a row of the theme table:
each question's score, the organisation's and the previous one, and the
theme's difference to the organisation with its meaningful-change mark."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.domain.scoring import QuestionResult, ReportSummary, ThemeResult, is_meaningful
from kompas_tui.formatting import number, signed
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip
from kompas_tui.widgets.footer import KompasFooter


class ThemeDetail(KompasModal[None]):
    HELP = "ui.help.theme_detail"
    AUTO_FOCUS = "#detail-body"

    def __init__(self, theme: ThemeResult, summary: ReportSummary) -> None:
        super().__init__()
        self.theme = theme
        self.summary = summary

    def compose(self) -> ComposeResult:
        lang = self.kompas.lang
        with Vertical(id="dialog"):
            yield Static(Content.styled(safe_text(self.theme.name), "bold"), id="dialog-title")
            with VerticalScroll(id="detail-body"):
                yield Static(self._overview(lang), id="detail-overview")
                for result in self.theme.questions:
                    yield Static(self._question(result, lang), classes="question")
                if not self.theme.questions:
                    yield Static(t("ui.detail.no_questions"), classes="note", markup=False)
        yield KompasFooter()

    def _difference(self, label_key: str, difference: float | None, lang: str) -> Content:
        if difference is None:
            return Content("")
        meaningful = is_meaningful(difference, self.summary.profile)
        if meaningful:
            figure = f"{'▲' if difference > 0 else '▼'} {number(abs(difference), lang)}"
        else:
            figure = signed(difference, lang)
        word = t("domain.change.meaningful") if meaningful else t("domain.change.none")
        return Content.assemble(t(label_key), " ", (figure, "bold" if meaningful else ""), f" ({word})")

    def _overview(self, lang: str) -> Content:
        theme = self.theme
        if theme.suppressed:
            return Content(t("ui.detail.suppressed", n=self.summary.profile.min_respondents))
        lines = [
            Content.assemble(
                t("ui.detail.score"), " ", (number(theme.score, lang), "bold"), "  ", chip(theme.colour)
            ),
            Content(
                t("ui.detail.org_prev", org=number(theme.org_score, lang), previous=number(theme.previous_score, lang))
            ),
            self._difference("ui.detail.vs_org", theme.difference_org, lang),
            self._difference("ui.detail.vs_previous", theme.change, lang),
        ]
        return Content("\n").join(line for line in lines if line)

    def _question(self, result: QuestionResult, lang: str) -> Content:
        question = result.question
        text = safe_text(question.text or question.id)
        if result.suppressed:
            figures = Content.styled(t("ui.detail.question_suppressed", n=self.summary.profile.min_respondents), "italic")
        else:
            figures = Content(
                t(
                    "ui.detail.question_figures",
                    score=number(result.score, lang),
                    org=number(result.org_score, lang),
                    previous=number(result.previous_score, lang),
                )
            )
        lines = [Content.styled(text, "bold"), Content.assemble("  ", figures)]
        if question.direction == "low":
            lines.append(Content.styled("  " + t("ui.detail.reversed"), "italic"))
        return Content("\n").join(lines)
