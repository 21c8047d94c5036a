"""Markdown minutes of a session (`kompas export --format md`), in the
session's language. For now they hold the report summary; the workshop
sections are added as the steps are built."""

from __future__ import annotations

from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.scoring import summarise
from kompas_tui.domain.session import Session, now
from kompas_tui.exporters.report_text import md_escape, render_markdown
from kompas_tui.i18n import t
from kompas_tui.text import printable


def session_markdown(session: Session, profile: OrgProfile, lang: str) -> str:
    summary = summarise(session.report, profile, session.created.date())
    lines = [f"# {md_escape(t('cli.md.title', lang, unit=session.unit))}", ""]
    lines += render_markdown(summary, lang)
    lines += ["", "---", "", t("cli.md.exported", lang, date=now().date().isoformat())]
    return printable("\n".join(lines) + "\n")
