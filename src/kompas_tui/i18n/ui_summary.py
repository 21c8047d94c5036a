"""Messages: the summary screen (Opsummering). The exports of the plan
(Markdown minutes and CSV) are in `export.py`.

Plain text with `str.format` fields; fields that
hold user text are filled in as values and rendered as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # -- keys -------------------------------------------------------------------------
    "ui_summary.key.export": {"da": "Eksportér", "en": "Export"},
    "ui_summary.key.export.tip": {
        "da": "Gem referatet (Markdown) og handleplanen (CSV) ved siden af sessionsfilen",
        "en": "Save the minutes (Markdown) and the action plan (CSV) next to the session file",
    },
    "ui_summary.key.follow_up": {"da": "Dato", "en": "Date"},
    "ui_summary.key.follow_up.tip": {
        "da": "Skriv datoen for næste opfølgning, fx 24-03-2027",
        "en": "Type the date of the next follow-up, e.g. 24-03-2027",
    },
    "ui_summary.key.save_date": {"da": "Gem dato", "en": "Save date"},
    "ui_summary.key.save_date.tip": {
        "da": "Gem datoen (Tab ud af feltet gemmer også)",
        "en": "Save the date (Tab out of the field saves too)",
    },
    "ui_summary.key.cancel_date": {"da": "Fortryd", "en": "Undo"},
    "ui_summary.key.cancel_date.tip": {
        "da": "Sæt datoen tilbage til den gemte og forlad feltet",
        "en": "Put the date back to the saved one and leave the field",
    },
    # -- the screen -------------------------------------------------------------------
    "ui_summary.help": {
        "da": "Opsummeringen: hvem gør hvad hvornår, datoen for næste opfølgning og det, der "
        "mangler, før planen er komplet. Tryk n for at skrive datoen (fx 24-03-2027, "
        "24.03.27 eller 2027-03-24) og Enter for at gemme den. Tryk e for at gemme referatet "
        "(.md) og handleplanen (.csv til Excel og Defgo) ved siden af sessionsfilen.",
        "en": "The summary: who does what by when, the date of the next follow-up and what is "
        "missing before the plan is complete. Press n to type the date (e.g. 24-03-2027, "
        "24.03.27 or 2027-03-24) and Enter to save it. Press e to save the minutes (.md) and "
        "the action plan (.csv for Excel and Defgo) next to the session file.",
    },
    "ui_summary.status.complete": {
        "da": "Planen er komplet.",
        "en": "The plan is complete.",
    },
    "ui_summary.status.incomplete.one": {
        "da": "Planen er ikke komplet: {n} ting mangler (se nederst).",
        "en": "The plan is not complete: {n} thing is missing (see below).",
    },
    "ui_summary.status.incomplete.other": {
        "da": "Planen er ikke komplet: {n} ting mangler (se nederst).",
        "en": "The plan is not complete: {n} things are missing (see below).",
    },
    "ui_summary.status.overdue.one": {
        "da": "{n} handling har overskredet sin deadline.",
        "en": "{n} action is past its deadline.",
    },
    "ui_summary.status.overdue.other": {
        "da": "{n} handlinger har overskredet deres deadline.",
        "en": "{n} actions are past their deadline.",
    },
    "ui_summary.who.title": {"da": "Hvem gør hvad hvornår", "en": "Who does what by when"},
    "ui_summary.col.deadline": {"da": "Deadline", "en": "Deadline"},
    "ui_summary.col.what": {"da": "Hvad", "en": "What"},
    "ui_summary.col.owner": {"da": "Ansvarlig", "en": "Owner"},
    "ui_summary.col.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "ui_summary.col.status": {"da": "Status", "en": "Status"},
    "ui_summary.overdue": {"da": "OVERSKREDET", "en": "OVERDUE"},
    "ui_summary.missing_value": {"da": "(mangler)", "en": "(missing)"},
    "ui_summary.no_actions": {
        "da": "Der er endnu ingen handlinger. Tilføj dem under Handleplan (F6).",
        "en": "There are no actions yet. Add them under Action plan (F6).",
    },
    "ui_summary.follow_up.title": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "ui_summary.follow_up.label": {"da": "Dato:", "en": "Date:"},
    "ui_summary.follow_up.placeholder": {"da": "fx 24-03-2027", "en": "e.g. 24-03-2027"},
    "ui_summary.follow_up.none": {
        "da": "Ingen dato endnu: skriv den i feltet og tryk Enter (n går til feltet).",
        "en": "No date yet: type it in the field and press Enter (n goes to the field).",
    },
    "ui_summary.follow_up.shown": {"da": "Næste opfølgning: {date}", "en": "Next follow-up: {date}"},
    "ui_summary.follow_up.past": {
        "da": "Næste opfølgning: {date} (datoen er passeret)",
        "en": "Next follow-up: {date} (the date has passed)",
    },
    "ui_summary.missing.title": {"da": "Det mangler", "en": "What is missing"},
    "ui_summary.missing.none": {"da": "Intet mangler.", "en": "Nothing is missing."},
    "ui_summary.missing.blocking": {"da": "MANGLER", "en": "MISSING"},
    "ui_summary.missing.warning": {"da": "BEMÆRK", "en": "NOTE"},
    "ui_summary.export.title": {"da": "Eksport", "en": "Export"},
    "ui_summary.export.hint": {
        "da": "Tryk e for at gemme referatet (Markdown og HTML til mail og print) og handleplanen "
        "(CSV til Excel og Defgo) ved siden af sessionsfilen.",
        "en": "Press e to save the minutes (Markdown, and HTML to mail and print) and the action plan "
        "(CSV for Excel and Defgo) next to the session file.",
    },
    "ui_summary.export.done": {
        "da": "Gemt i {folder}: referatet som {md} og {html}, handleplanen som {csv}.",
        "en": "Saved in {folder}: the minutes as {md} and {html}, the action plan as {csv}.",
    },
    "ui_summary.export.read_only": {
        "da": "Skrivebeskyttet: eksporten gemmes ikke ved siden af en session, som en anden har åben. "
        "Brug i stedet: kompas export SESSION.toml --format md -o FIL",
        "en": "Read-only: the export is not saved next to a session someone else has open. "
        "Use instead: kompas export SESSION.toml --format md -o FILE",
    },
    "ui_summary.export.failed": {
        "da": "Eksporten kunne ikke gemmes: {reason}",
        "en": "The export could not be saved: {reason}",
    },
}
