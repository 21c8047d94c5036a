"""Messages: the rounds in the Markdown minutes. The CSV's extra
columns are in `export.py`, the usage errors of `kompas export --round` in
`cli.py`."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- a round's minutes -------------------------------------------------
    "export_rounds.title": {"da": "Evalueringsrunde {number} — {date}", "en": "Evaluation round {number} — {date}"},
    "export_rounds.date": {"da": "Dato", "en": "Date"},
    "export_rounds.state": {"da": "Runden", "en": "The round"},
    "export_rounds.state.open": {"da": "åben (ikke afsluttet)", "en": "open (not closed yet)"},
    "export_rounds.state.closed": {"da": "afsluttet {date}", "en": "closed {date}"},
    "export_rounds.participants": {"da": "Deltagere", "en": "Participants"},
    "export_rounds.no_participants": {"da": "(ingen skrevet op)", "en": "(none recorded)"},
    "export_rounds.next_follow_up": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "export_rounds.follow_up_by": {"da": "Følger op på handleplanen", "en": "Follows up the action plan"},
    "export_rounds.work_group": {"da": "Arbejdsgruppe", "en": "Work group"},
    "export_rounds.zero_tolerance": {"da": "Nultolerance: åbent igen", "en": "Zero tolerance: open again"},
    "export_rounds.zero_tolerance.reopened": {
        "da": "Den nye måling, som runden tilføjede, har igen {count} svar om at have været udsat for vold, "
        "trusler om vold, mobning eller seksuel chikane. Nultolerancepunktet er derfor åbent igen i runden, "
        "til det er besvaret på ny med en handling eller en dateret beskrivelse.",
        "en": "The new measurement the round added again has {count} answers reporting exposure to violence, "
        "threats of violence, bullying or sexual harassment. The zero-tolerance point is therefore open again "
        "in the round until it is answered anew, by an action or a dated record.",
    },
    "export_rounds.zero_tolerance.answered": {"da": "besvaret i runden", "en": "answered in the round"},
    "export_rounds.zero_tolerance.unanswered": {"da": "IKKE BESVARET", "en": "NOT ANSWERED"},
    "export_rounds.zero_tolerance.answered_later": {
        "da": "besvaret i en senere runde",
        "en": "answered in a later round",
    },
    "export_rounds.no_next_follow_up": {"da": "ikke fastsat i runden", "en": "not set in this round"},
    "export_rounds.measurement": {"da": "Ny måling", "en": "New measurement"},
    "export_rounds.notes": {"da": "Noter", "en": "Notes"},
    "export_rounds.no_notes": {"da": "Der blev ikke skrevet noter.", "en": "No notes were written."},
    "export_rounds.reviews": {"da": "Status på handlingerne", "en": "How the actions stand"},
    "export_rounds.no_reviews": {
        "da": "Ingen handlinger blev gennemgået i runden.",
        "en": "No action was reviewed in this round.",
    },
    "export_rounds.unchanged": {"da": "{status} (uændret)", "en": "{status} (unchanged)"},
    "export_rounds.note": {"da": "Note", "en": "Note"},
    "export_rounds.removed_action": {"da": "(handlingen findes ikke længere)", "en": "(the action no longer exists)"},
    "export_rounds.celebrated": {
        "da": "Det fejrer vi: gennemført siden sidste runde",
        "en": "To celebrate: done since the last round",
    },
    "export_rounds.none_celebrated": {
        "da": "Ingen handlinger blev gennemført siden sidste runde.",
        "en": "No action was completed since the last round.",
    },
    "export_rounds.changes": {"da": "Ændringer i planen", "en": "Changes to the plan"},
    "export_rounds.no_changes": {"da": "Planen blev ikke ændret i runden.", "en": "The plan was not changed in this round."},
    "export_rounds.no_value": {"da": "(ingen)", "en": "(none)"},
    "export_rounds.new_action": {"da": "Ny handling", "en": "New action"},
    "export_rounds.new_goal": {"da": "Nyt mål", "en": "New goal"},
    "export_rounds.goal_reached": {"da": "Mål nået", "en": "Goal reached"},
    "export_rounds.goal_not_reached": {"da": "Mål ikke længere nået", "en": "Goal no longer reached"},
    "export_rounds.was_reached": {"da": "var markeret nået {date}", "en": "was marked reached {date}"},
    "export_rounds.reached_on": {"da": "nået {date}", "en": "reached {date}"},
    "export_rounds.reached": {"da": "Nået", "en": "Reached"},
    # --- a new measurement compared ------------------------------------------
    "export_rounds.comparison": {"da": "Den nye måling, tema for tema", "en": "The new measurement, theme by theme"},
    "export_rounds.compared": {
        "da": "{after} sammenlignet med {before}.",
        "en": "{after} compared with {before}.",
    },
    "export_rounds.col.theme": {"da": "Tema", "en": "Theme"},
    "export_rounds.col.before": {"da": "Før", "en": "Before"},
    "export_rounds.col.after": {"da": "Efter", "en": "After"},
    "export_rounds.col.difference": {"da": "Forskel", "en": "Difference"},
    "export_rounds.reason.missing_before": {
        "da": "ikke sammenlignet: ikke i den forrige måling",
        "en": "not compared: not in the earlier measurement",
    },
    "export_rounds.reason.missing_after": {
        "da": "ikke sammenlignet: ikke i den nye måling",
        "en": "not compared: not in the new measurement",
    },
    "export_rounds.reason.suppressed_both": {
        "da": "ikke sammenlignet: skjult i begge målinger",
        "en": "not compared: hidden in both measurements",
    },
    "export_rounds.reason.suppressed_before": {
        "da": "ikke sammenlignet: skjult i den forrige måling",
        "en": "not compared: hidden in the earlier measurement",
    },
    "export_rounds.reason.suppressed_after": {
        "da": "ikke sammenlignet: skjult i den nye måling",
        "en": "not compared: hidden in the new measurement",
    },
    "export_rounds.legend": {
        "da": "En forskel på {points} point eller mere er en reel forskel. Et tema med færre end {n} svar i en af målingerne sammenlignes ikke.",
        "en": "A difference of {points} points or more is a real difference. A theme with fewer than {n} answers in either measurement is not compared.",
    },
    # --- one round as its own document --------------------------------------------
    "export_rounds.doc_title": {
        "da": "Referat: {unit}, evalueringsrunde {number}",
        "en": "Minutes: {unit}, evaluation round {number}",
    },
    "export_rounds.unit": {"da": "Enhed", "en": "Unit"},
    "export_rounds.session": {"da": "Opfølgningsforløb", "en": "Follow-up cycle"},
    "export_rounds.session_value": {"da": "{measurement}, startet {date}", "en": "{measurement}, started {date}"},
    "export_rounds.file": {"da": "Sessionsfil", "en": "Session file"},
    "export_rounds.round_of": {"da": "Runde {number} af {count}", "en": "Round {number} of {count}"},
    "export_rounds.appendix": {"da": "Bilag: handleplanen nu", "en": "Appendix: the plan now"},
    "export_rounds.as_of": {"da": "Sådan står planen {date}.", "en": "The plan as it stands on {date}."},
    "export_rounds.open_actions": {"da": "Åbne handlinger", "en": "Open actions"},
    "export_rounds.no_open_actions": {"da": "Ingen åbne handlinger.", "en": "No open actions."},
    "export_rounds.closed_count": {
        "da": "Gennemført eller droppet: {count} af {total} handlinger.",
        "en": "Done or dropped: {count} of {total} actions.",
    },
    "export_rounds.goals": {"da": "Mål", "en": "Goals"},
    "export_rounds.not_reached": {"da": "ikke nået endnu", "en": "not reached yet"},
}
