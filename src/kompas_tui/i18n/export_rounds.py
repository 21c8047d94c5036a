"""Messages: the rounds in exports (`export.rounds.*` in the Markdown
minutes, `export.col.*` the CSV's extra columns, `cli.export.round.*` the
usage errors of `kompas export --round`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- a round's minutes -------------------------------------------------
    "export.rounds.title": {"da": "Evalueringsrunde {number} — {date}", "en": "Evaluation round {number} — {date}"},
    "export.rounds.date": {"da": "Dato", "en": "Date"},
    "export.rounds.state": {"da": "Runden", "en": "The round"},
    "export.rounds.state.open": {"da": "åben (ikke afsluttet)", "en": "open (not closed yet)"},
    "export.rounds.state.closed": {"da": "afsluttet {date}", "en": "closed {date}"},
    "export.rounds.participants": {"da": "Deltagere", "en": "Participants"},
    "export.rounds.no_participants": {"da": "(ingen skrevet op)", "en": "(none recorded)"},
    "export.rounds.next_follow_up": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "export.rounds.follow_up_by": {"da": "Følger op på handleplanen", "en": "Follows up the action plan"},
    "export.rounds.work_group": {"da": "Arbejdsgruppe", "en": "Work group"},
    "export.rounds.zero_tolerance": {"da": "Nultolerance: åbent igen", "en": "Zero tolerance: open again"},
    "export.rounds.zero_tolerance.reopened": {
        "da": "Den nye måling, som runden tilføjede, har igen {count} svar om at have været udsat for vold, "
        "trusler om vold, mobning eller seksuel chikane. Nultolerancepunktet er derfor åbent igen i runden, "
        "til det er besvaret på ny med en handling eller en dateret beskrivelse.",
        "en": "The new measurement the round added again has {count} answers reporting exposure to violence, "
        "threats of violence, bullying or sexual harassment. The zero-tolerance point is therefore open again "
        "in the round until it is answered anew, by an action or a dated record.",
    },
    "export.rounds.zero_tolerance.answered": {"da": "besvaret i runden", "en": "answered in the round"},
    "export.rounds.zero_tolerance.unanswered": {"da": "IKKE BESVARET", "en": "NOT ANSWERED"},
    "export.rounds.zero_tolerance.answered_later": {
        "da": "besvaret i en senere runde",
        "en": "answered in a later round",
    },
    "export.rounds.no_next_follow_up": {"da": "ikke fastsat i runden", "en": "not set in this round"},
    "export.rounds.measurement": {"da": "Ny måling", "en": "New measurement"},
    "export.rounds.notes": {"da": "Noter", "en": "Notes"},
    "export.rounds.no_notes": {"da": "Der blev ikke skrevet noter.", "en": "No notes were written."},
    "export.rounds.reviews": {"da": "Status på handlingerne", "en": "How the actions stand"},
    "export.rounds.no_reviews": {
        "da": "Ingen handlinger blev gennemgået i runden.",
        "en": "No action was reviewed in this round.",
    },
    "export.rounds.unchanged": {"da": "{status} (uændret)", "en": "{status} (unchanged)"},
    "export.rounds.note": {"da": "Note", "en": "Note"},
    "export.rounds.removed_action": {"da": "(handlingen findes ikke længere)", "en": "(the action no longer exists)"},
    "export.rounds.celebrated": {
        "da": "Det fejrer vi: gennemført siden sidste runde",
        "en": "To celebrate: done since the last round",
    },
    "export.rounds.none_celebrated": {
        "da": "Ingen handlinger blev gennemført siden sidste runde.",
        "en": "No action was completed since the last round.",
    },
    "export.rounds.changes": {"da": "Ændringer i planen", "en": "Changes to the plan"},
    "export.rounds.no_changes": {"da": "Planen blev ikke ændret i runden.", "en": "The plan was not changed in this round."},
    "export.rounds.no_value": {"da": "(ingen)", "en": "(none)"},
    "export.rounds.new_action": {"da": "Ny handling", "en": "New action"},
    "export.rounds.new_goal": {"da": "Nyt mål", "en": "New goal"},
    "export.rounds.goal_reached": {"da": "Mål nået", "en": "Goal reached"},
    "export.rounds.goal_not_reached": {"da": "Mål ikke længere nået", "en": "Goal no longer reached"},
    "export.rounds.was_reached": {"da": "var markeret nået {date}", "en": "was marked reached {date}"},
    "export.rounds.reached_on": {"da": "nået {date}", "en": "reached {date}"},
    "export.rounds.reached": {"da": "Nået", "en": "Reached"},
    # --- a new measurement compared ------------------------------------------
    "export.rounds.comparison": {"da": "Den nye måling, tema for tema", "en": "The new measurement, theme by theme"},
    "export.rounds.compared": {
        "da": "{after} sammenlignet med {before}.",
        "en": "{after} compared with {before}.",
    },
    "export.rounds.col.theme": {"da": "Tema", "en": "Theme"},
    "export.rounds.col.before": {"da": "Før", "en": "Before"},
    "export.rounds.col.after": {"da": "Efter", "en": "After"},
    "export.rounds.col.difference": {"da": "Forskel", "en": "Difference"},
    "export.rounds.reason.missing_before": {
        "da": "ikke sammenlignet: ikke i den forrige måling",
        "en": "not compared: not in the earlier measurement",
    },
    "export.rounds.reason.missing_after": {
        "da": "ikke sammenlignet: ikke i den nye måling",
        "en": "not compared: not in the new measurement",
    },
    "export.rounds.reason.suppressed_both": {
        "da": "ikke sammenlignet: skjult i begge målinger",
        "en": "not compared: hidden in both measurements",
    },
    "export.rounds.reason.suppressed_before": {
        "da": "ikke sammenlignet: skjult i den forrige måling",
        "en": "not compared: hidden in the earlier measurement",
    },
    "export.rounds.reason.suppressed_after": {
        "da": "ikke sammenlignet: skjult i den nye måling",
        "en": "not compared: hidden in the new measurement",
    },
    "export.rounds.legend": {
        "da": "En forskel på {points} point eller mere er en reel forskel. Et tema med færre end {n} svar i en af målingerne sammenlignes ikke.",
        "en": "A difference of {points} points or more is a real difference. A theme with fewer than {n} answers in either measurement is not compared.",
    },
    # --- one round as its own document --------------------------------------------
    "export.rounds.doc_title": {
        "da": "Referat: {unit}, evalueringsrunde {number}",
        "en": "Minutes: {unit}, evaluation round {number}",
    },
    "export.rounds.unit": {"da": "Enhed", "en": "Unit"},
    "export.rounds.session": {"da": "Opfølgningsforløb", "en": "Follow-up cycle"},
    "export.rounds.session_value": {"da": "{measurement}, startet {date}", "en": "{measurement}, started {date}"},
    "export.rounds.file": {"da": "Sessionsfil", "en": "Session file"},
    "export.rounds.round_of": {"da": "Runde {number} af {count}", "en": "Round {number} of {count}"},
    "export.rounds.appendix": {"da": "Bilag: handleplanen nu", "en": "Appendix: the plan now"},
    "export.rounds.as_of": {"da": "Sådan står planen {date}.", "en": "The plan as it stands on {date}."},
    "export.rounds.open_actions": {"da": "Åbne handlinger", "en": "Open actions"},
    "export.rounds.no_open_actions": {"da": "Ingen åbne handlinger.", "en": "No open actions."},
    "export.rounds.closed_count": {
        "da": "Gennemført eller droppet: {count} af {total} handlinger.",
        "en": "Done or dropped: {count} of {total} actions.",
    },
    "export.rounds.goals": {"da": "Mål", "en": "Goals"},
    "export.rounds.not_reached": {"da": "ikke nået endnu", "en": "not reached yet"},
    # --- CSV columns -------------------------------------------------------------------
    "export.col.goal_reached": {"da": "Mål nået", "en": "Goal reached"},
    "export.col.added_in_round": {"da": "Tilføjet i runde", "en": "Added in round"},
    "export.col.last_round": {"da": "Seneste runde", "en": "Last round"},
    "export.col.last_round_note": {"da": "Note fra seneste runde", "en": "Note from the last round"},
    # --- kompas export --round -------------------------------------------------------------
    "cli.export.round.needs_md": {
        "da": "kompas export: fejl: --round kan kun bruges med --format md",
        "en": "kompas export: error: --round can only be used with --format md",
    },
    "cli.export.round.none": {
        "da": "kompas export: fejl: {file} har ingen evalueringsrunder endnu",
        "en": "kompas export: error: {file} has no evaluation rounds yet",
    },
    "cli.export.round.out_of_range": {
        "da": "kompas export: fejl: {file} har ingen runde {number}; vælg en runde fra 1 til {count}",
        "en": "kompas export: error: {file} has no round {number}; choose a round from 1 to {count}",
    },
}
