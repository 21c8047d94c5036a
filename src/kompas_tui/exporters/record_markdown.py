"""The record of the meeting in the Markdown minutes (SPEC §2, "The record
of the meeting"): what an HR consultant or the MED committee must see at a
glance, first in the minutes. The unit; the dialogue meeting's date and
place; who took part, each with a role in words; the TRIO's preparation
(when, by whom, notes); who follows up the plan and the work group.

Also here: a round's participants with their roles, the zero-tolerance
point opened again by a round's later measurement, and the organisation's
policy links and help contacts shown with the guidance. User text goes
through `markdown.inline` and `markdown.block` like the rest of the minutes.
"""

from __future__ import annotations

import re

from kompas_tui import formatting as fmt
from kompas_tui.domain.dates import format_date
from kompas_tui.domain.evaluation import (
    exposed_count,
    round_answers_zero_tolerance,
    round_reports_exposure,
)
from kompas_tui.domain.meeting import Participant, role_word
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, answers_zero_tolerance
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.session import Session
from kompas_tui.exporters.markdown import block, date_text, inline, title_lines
from kompas_tui.i18n import t


def _label(key: str, lang: str) -> str:
    return t(f"meeting.md.{key}", lang)


def _or_not_given(text: str, lang: str) -> str:
    return inline(text) if text.strip() else _label("not_given", lang)


def participant_line(participant: Participant, lang: str) -> str:
    """"Jonas (AMR)": the name as typed and the role in words."""
    return f"{inline(participant.name)} ({role_word(participant.role, lang)})"


def participants_inline(people: list[Participant], lang: str) -> str:
    return ", ".join(participant_line(p, lang) for p in people if p.name.strip())


def record_section(session: Session, lang: str) -> list[str]:
    """The first section of the minutes: unit, date and place, participants
    with roles, the preparation, who follows up the plan, the work group."""
    meeting, preparation, plan = session.meeting, session.preparation, session.plan
    not_given = _label("not_given", lang)
    lines = title_lines(_label("record", lang))
    lines += [
        f"- **{_label('unit', lang)}:** {inline(session.unit)}",
        f"- **{_label('date', lang)}:** {format_date(meeting.date, lang) if meeting.date else not_given}",
        f"- **{_label('place', lang)}:** {_or_not_given(meeting.place, lang)}",
    ]
    people = [p for p in meeting.participants if p.name.strip()]
    if people:
        lines.append(f"- **{_label('participants', lang)} ({len(people)}):**")
        lines += [f"  - {participant_line(p, lang)}" for p in people]
    else:
        lines.append(f"- **{_label('participants', lang)}:** {_label('no_participants', lang)}")
    group = ", ".join(inline(name) for name in plan.work_group if name.strip())
    lines += [
        f"- **{_label('preparation', lang)}:** {_preparation(session, lang)}",
        f"- **{_label('follow_up_by', lang)}:** {_or_not_given(plan.follow_up_by, lang)}",
        f"- **{_label('work_group', lang)}:** {group or _label('no_work_group', lang)}",
    ]
    if preparation.notes.strip():
        lines += ["", f"**{_label('preparation_notes', lang)}:**", "", *block(preparation.notes)]
    return lines


#: A profile table named in a placeholder ("[[policy_links]]"), shown as code.
_TABLE_NAME = re.compile(r"\[\[[a-z_]+\]\]")


def _preparation(session: Session, lang: str) -> str:
    """"19. nov. 2026, af Mette, Jonas, Ali", or that it is not given."""
    preparation = session.preparation
    by = ", ".join(inline(name) for name in preparation.by if name.strip())
    if preparation.date is None and not by:
        return _label("not_given", lang)
    date = format_date(preparation.date, lang) if preparation.date else _label("no_date", lang)
    return f"{date}, {t('meeting.md.by', lang, names=by or _label('not_given', lang))}"


def help_section(profile: OrgProfile, lang: str, level: int = 3) -> list[str]:
    """The organisation's policy links and help contacts (or where to put
    them), as a list under its own heading."""
    lines = title_lines(t("meeting.help.title", lang), level)
    for line in fmt.help_lines(profile, lang):
        text = inline(line.text) if line.own else _TABLE_NAME.sub(lambda m: f"`{m.group(0)}`", line.text)
        lines.append(f"- {text}")
    return lines


# --- evaluation rounds ------------------------------------------------------------------


def round_zero_tolerance(session: Session, index: int, lang: str) -> list[str]:
    """The zero-tolerance point in round `index`, when the measurement the
    round added reports exposure again: open again, and how the round
    answered it (its record, the actions on the point it added or noted)."""
    if not round_reports_exposure(session, index):
        return []
    this = session.rounds[index]
    added = session.measurements[this.measurement or 0]
    lines = title_lines(t("export_rounds.zero_tolerance", lang), 3)
    lines.append(t("export_rounds.zero_tolerance.reopened", lang, count=exposed_count(added)))
    if round_answers_zero_tolerance(session, index):
        state = "answered"
    elif any(round_answers_zero_tolerance(session, later) for later in range(index + 1, len(session.rounds))):
        state = "answered_later"
    else:
        state = "unanswered"
    lines += ["", f"**{t('export.col.status', lang)}:** {t(f'export_rounds.zero_tolerance.{state}', lang)}"]
    record = this.zero_tolerance
    if record is not None and (record.text.strip() or record.recorded is not None):
        lines += ["", t("export.md.policy", lang, date=date_text(record.recorded, lang)) + ":", ""]
        lines += block(record.text) or [f"> {fmt.DASH}"]
    touched = {c.action for c in this.changes if c.field == "added"} | {
        r.action for r in this.reviews if r.note.strip()
    }
    actions = [
        a for a in session.plan.actions
        if a.theme == ZERO_TOLERANCE_THEME and a.id in touched and answers_zero_tolerance(a)
    ]
    if actions:
        lines += ["", f"{t('export.md.actions', lang)}:", ""]
        lines += [f"- **{inline(a.id)}** · {inline(a.what)}" for a in actions]
    return lines
