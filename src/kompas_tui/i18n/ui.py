"""Messages: ui (the Textual interface).

`key.*` are the descriptions of key bindings (short: they fit the Footer at
80 columns); `ui.help.*` explain each screen on the help screen. Plain text
with str.format fields, never markup.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # -- keys (Footer, help screen, command palette) ---------------------------
    "ui.key.help": {"da": "Hjælp", "en": "Help"},
    "ui.key.start": {"da": "Start", "en": "Start"},
    "ui.key.report": {"da": "Rapport", "en": "Report"},
    "ui.key.theme": {"da": "Lyst/mørkt udseende", "en": "Light/dark look"},
    "ui.key.quit": {"da": "Afslut", "en": "Quit"},
    "ui.key.palette": {"da": "Kommandoer", "en": "Commands"},
    "ui.key.close": {"da": "Luk", "en": "Close"},
    "ui.key.menu.dismiss": {"da": "Luk listen", "en": "Close the list"},
    "ui.key.back": {"da": "Tilbage", "en": "Back"},
    "ui.key.details": {"da": "Spørgsmål", "en": "Questions"},
    "ui.key.start.tip": {"da": "Gå til startskærmen", "en": "Go to the start screen"},
    "ui.key.report.tip": {"da": "Vis rapporten for den åbne session", "en": "Show the report of the open session"},
    "ui.key.back.tip": {"da": "Tilbage til startskærmen", "en": "Back to the start screen"},
    "ui.key.next_step.tip": {"da": "Videre til næste trin i mødet", "en": "On to the next step of the meeting"},
    "ui.key.back.step.tip": {"da": "Tilbage til forrige skærm", "en": "Back to the previous screen"},
    "ui.key.details.tip": {"da": "Vis spørgsmålene i det valgte tema", "en": "Show the questions of the selected theme"},
    "ui.key.theme.tip": {
        "da": "Skift mellem lyst og mørkt udseende (lyst er ofte bedst på en projektor)",
        "en": "Switch between light and dark (light is often best on a projector)",
    },
    "ui.key.page": {"da": "Rul en side op eller ned", "en": "Scroll a page up or down"},
    "ui.key.page_ends": {"da": "Til toppen eller bunden", "en": "To the top or the bottom"},
    "ui.key.demo": {"da": "Demo", "en": "Demo"},
    "ui.key.from_file": {"da": "Rapportfil", "en": "Report file"},
    "ui.key.open_recent": {"da": "Åbn seneste session nr.", "en": "Open recent session no."},
    "ui.key.open_recent.group": {"da": "Session", "en": "Session"},
    # -- app -------------------------------------------------------------------
    "ui.help.steps": {"da": "Gå til et trin", "en": "Go to a step"},
    "ui.step.start": {"da": "Start", "en": "Start"},
    "ui.step.report": {"da": "Rapport", "en": "Report"},
    "ui.step.dialog": {"da": "Dialog", "en": "Dialogue"},
    "ui.step.voting": {"da": "Afstemning", "en": "Voting"},
    "ui.step.goals": {"da": "Mål", "en": "Goals"},
    "ui.step.plan": {"da": "Handleplan", "en": "Action plan"},
    "ui.step.summary": {"da": "Opsummering", "en": "Summary"},
    "ui.step.evaluation": {"da": "Evaluering", "en": "Evaluation"},
    "ui.palette.no_matches": {"da": "Ingen kommandoer passer", "en": "No matches found"},
    "ui.palette.placeholder": {"da": "Søg efter en kommando …", "en": "Search for a command …"},
    "ui.quit_hint": {"da": "Tryk ctrl+q for at afslutte.", "en": "Press ctrl+q to quit."},
    "ui.read_only.short": {"da": "SKRIVEBESKYTTET", "en": "READ-ONLY"},
    "ui.read_only.plain": {
        "da": "Skrivebeskyttet — sessionen kan ikke gemmes herfra.",
        "en": "Read-only — the session cannot be saved from here.",
    },
    "ui.read_only.holder": {
        "da": "Skrivebeskyttet — åbnet af {user} på {host} (PID {pid}) siden {since}. "
        "Når den er lukket dér, så vælg sessionen igen på startskærmen.",
        "en": "Read-only — opened by {user} on {host} (PID {pid}) since {since}. "
        "Once it is closed there, choose the session again on the start screen.",
    },
    "ui.read_only.holder_no_time": {
        "da": "Skrivebeskyttet — åbnet af {user} på {host} (PID {pid}). "
        "Når den er lukket dér, så vælg sessionen igen på startskærmen.",
        "en": "Read-only — opened by {user} on {host} (PID {pid}). "
        "Once it is closed there, choose the session again on the start screen.",
    },
    "ui.error.save": {
        "da": "Kunne ikke gemme sessionen: {reason}. Ændringen gemmes igen ved næste ændring.",
        "en": "Could not save the session: {reason}. It is saved again with the next change.",
    },
    "ui.error.file": {"da": "{file}: {reason}", "en": "{file}: {reason}"},
    "ui.error.unexpected": {
        "da": "Uventet fejl: {reason}",
        "en": "Unexpected error: {reason}",
    },
    "ui.command.open_session": {"da": "Åbn session: {unit}", "en": "Open session: {unit}"},
    # -- start screen -------------------------------------------------------------
    "ui.start.welcome": {
        "da": "Opfølgning på trivsels- og APV-målingen. Vælg med piletasterne og Enter.",
        "en": "Follow-up on the wellbeing and workplace survey. Choose with the arrow keys and Enter.",
    },
    "ui.start.demo": {"da": "Ny session fra demo-rapporten", "en": "New session from the demo report"},
    "ui.start.from_file": {"da": "Ny session fra en rapportfil…", "en": "New session from a report file…"},
    "ui.start.recent": {"da": "Seneste sessioner i {folder}", "en": "Recent sessions in {folder}"},
    "ui.start.loading": {"da": "Henter sessioner …", "en": "Reading sessions …"},
    "ui.start.no_sessions": {
        "da": "Ingen gemte sessioner endnu. Start med demo-rapporten.",
        "en": "No saved sessions yet. Start with the demo report.",
    },
    "ui.start.enter.demo": {
        "da": "Enter opretter en ny session (en ny fil) på demo-rapporten.",
        "en": "Enter creates a new session (a new file) on the demo report.",
    },
    "ui.start.enter.demo_leaving": {
        "da": "Enter opretter en ny session (en ny fil) på demo-rapporten og lukker {open} (alt er gemt).",
        "en": "Enter creates a new session (a new file) on the demo report and closes {open} (everything is saved).",
    },
    "ui.start.enter.open": {"da": "Enter åbner {unit}.", "en": "Enter opens {unit}."},
    "ui.start.enter.open_leaving": {
        "da": "Enter åbner {unit} og lukker {open} (alt er gemt).",
        "en": "Enter opens {unit} and closes {open} (everything is saved).",
    },
    "ui.start.broken": {"da": "Kan ikke åbnes: {reason}", "en": "Cannot be opened: {reason}"},
    "ui.start.changed": {"da": "ændret {when}", "en": "changed {when}"},
    "ui.start.no_such_session": {
        "da": "Der er ingen session nr. {number} på listen.",
        "en": "There is no session no. {number} in the list.",
    },
    # -- open a report file ------------------------------------------------------
    "ui.open.title": {"da": "Ny session fra en rapportfil", "en": "New session from a report file"},
    "ui.open.explain": {
        "da": "Skriv stien til rapporten (.csv, .xlsx eller .toml) og tryk Enter. "
        "Højre pil fuldfører et filnavn.",
        "en": "Type the path of the report (.csv, .xlsx or .toml) and press Enter. "
        "The right arrow completes a file name.",
    },
    "ui.open.placeholder": {"da": "fx rapporter/hjemmeplejen.csv", "en": "e.g. reports/home-care.csv"},
    "ui.open.empty": {"da": "Skriv en sti til en rapportfil.", "en": "Type the path of a report file."},
    "ui.open.reading": {"da": "Læser {path} …", "en": "Reading {path} …"},
    "ui.open.no_importer": {
        "da": "Rapportfiler kan ikke læses i denne version.",
        "en": "Report files cannot be read in this version.",
    },
    # -- report screen -----------------------------------------------------------
    "ui.report.response": {
        "da": "{answered} af {invited} svarede ({rate})",
        "en": "{answered} of {invited} answered ({rate})",
    },
    "ui.report.answered_only": {"da": "{answered} svarede", "en": "{answered} answered"},
    "ui.report.response_unknown": {"da": "Svarprocent ukendt", "en": "Response rate unknown"},
    "ui.report.low_response": {
        "da": "LAV SVARPROCENT (under {limit} %)",
        "en": "LOW RESPONSE RATE (below {limit}%)",
    },
    "ui.report.overall": {"da": "Samlet score", "en": "Overall score"},
    "ui.report.org_overall": {"da": "organisationen {score}", "en": "organisation {score}"},
    "ui.report.colour": {"da": "Farve", "en": "Colour"},
    "ui.report.track": {"da": "Opfølgning:", "en": "Follow-up:"},
    "ui.report.reversed": {
        "da": "Spørgsmål, hvor en lav score er godt (fx arbejdsmængde og tempo), er vendt, "
        "så en høj score altid er bedst.",
        "en": "Questions where low is good (e.g. workload and pace) are reversed, "
        "so a high score is always better.",
    },
    "ui.table.theme": {"da": "Tema", "en": "Theme"},
    "ui.table.score": {"da": "Score", "en": "Score"},
    "ui.table.colour": {"da": "Farve", "en": "Colour"},
    "ui.table.org": {"da": "Org.", "en": "Org."},
    "ui.table.previous": {"da": "Forrige", "en": "Previous"},
    "ui.table.change": {"da": "Ændring", "en": "Change"},
    "ui.table.real": {"da": "reel", "en": "real"},
    "ui.table.too_few": {"da": "<{n} svar", "en": "<{n} ans."},
    "ui.table.legend": {
        "da": "Ændring siden forrige måling. ▲ ▼ reel: en forskel på {points} point eller mere; "
        "uden pil: ingen reel forskel. ▲ ▼ ved Org.: enheden ligger reelt over eller under "
        "organisationen. Skjult: færre end {n} svar, af hensyn til anonymiteten. "
        "Enter viser temaets spørgsmål.",
        "en": "Change since the previous measurement. ▲ ▼ real: a difference of {points} points "
        "or more; no arrow: no real difference. ▲ ▼ by Org.: the unit is really above or below "
        "the organisation. Hidden: fewer than {n} answers, to protect anonymity. "
        "Enter shows the theme's questions.",
    },
    "ui.chart.title": {"da": "Temaerne i søjler", "en": "The themes as bars"},
    "ui.chart.unit": {"da": "enhedens score", "en": "the unit's score"},
    "ui.chart.org": {"da": "organisationens gennemsnit", "en": "the organisation's average"},
    "ui.chart.scale": {"da": "skala 0–100", "en": "scale 0–100"},
    "ui.chart.suppressed": {"da": "skjult (<{n} svar)", "en": "hidden (<{n} answers)"},
    "ui.zero.title": {"da": "NULTOLERANCE", "en": "ZERO TOLERANCE"},
    "ui.zero.total_none": {
        "da": "ingen har svaret, at de har været udsat",
        "en": "nobody answered that they had been exposed",
    },
    "ui.zero.total": {
        "da": "{count} svar om at have været udsat i alt — arbejdspladsen skal reagere",
        "en": "{count} answers reporting exposure in total — the workplace must react",
    },
    "ui.zero.count": {"da": "{count} udsat", "en": "{count} exposed"},
    # -- theme detail ------------------------------------------------------------
    "ui.detail.score": {"da": "Score", "en": "Score"},
    "ui.detail.org_prev": {
        "da": "Organisationen {org} · forrige måling {previous}",
        "en": "Organisation {org} · previous measurement {previous}",
    },
    "ui.detail.vs_org": {"da": "Forskel til organisationen:", "en": "Difference to the organisation:"},
    "ui.detail.vs_previous": {"da": "Ændring siden forrige:", "en": "Change since previous:"},
    "ui.detail.suppressed": {
        "da": "Skjult: færre end {n} svar, af hensyn til anonymiteten.",
        "en": "Hidden: fewer than {n} answers, to protect anonymity.",
    },
    "ui.detail.question_figures": {
        "da": "score {score} · organisationen {org} · forrige {previous}",
        "en": "score {score} · organisation {org} · previous {previous}",
    },
    "ui.detail.question_suppressed": {"da": "skjult (<{n} svar)", "en": "hidden (<{n} answers)"},
    "ui.detail.reversed": {
        "da": "vendt: her er et lavt svar godt, så skalaen er vendt",
        "en": "reversed: low is good here, so the score is turned around",
    },
    "ui.detail.no_questions": {
        "da": "Rapporten giver kun temaets samlede score.",
        "en": "The report gives only the theme's overall score.",
    },
    # -- help ------------------------------------------------------------------------
    "ui.help.title": {"da": "Hjælp", "en": "Help"},
    "ui.help.keys": {"da": "Taster på denne skærm", "en": "Keys on this screen"},
    "ui.help.disabled": {"da": "ikke nu", "en": "not now"},
    "ui.help.general": {
        "da": "Piletasterne flytter, Enter vælger, Tab skifter felt, Escape går tilbage; "
        "i ctrl+p kan du søge efter alt, der kan gøres her.",
        "en": "The arrow keys move, Enter chooses, Tab changes field, Escape goes back; "
        "in ctrl+p you can search for everything you can do here.",
    },
    "ui.help.start": {
        "da": "Start en ny opfølgning fra demo-rapporten eller fra jeres egen rapportfil, "
        "eller fortsæt en gemt session. Hver session gemmes i sin egen fil i sessionsmappen, "
        "hver gang noget ændres.",
        "en": "Start a new follow-up from the demo report or from your own report file, or "
        "continue a saved session. Each session is saved in its own file in the sessions "
        "folder whenever something changes.",
    },
    "ui.help.report": {
        "da": "Rapporten: svarprocent, samlet farve og opfølgning, temaerne mod organisationen og "
        "sidste måling, nultolerance og råd. Piletasterne går gennem temaerne og videre ned "
        "ad siden; Enter viser et temas spørgsmål.",
        "en": "The report: response rate, overall colour and follow-up, the themes against the "
        "organisation and the last measurement, zero tolerance and guidance. The arrow keys go "
        "through the themes and on down the page; Enter shows a theme's questions.",
    },
    "ui.help.theme_detail": {
        "da": "Temaets spørgsmål med enhedens score, organisationens gennemsnit og forrige måling.",
        "en": "The theme's questions with the unit's score, the organisation's average and "
        "the previous measurement.",
    },
    "ui.help.open_report": {
        "da": "Skriv stien til en rapportfil og tryk Enter. Er der fejl i filen, vises hver "
        "fejl her med linje og kolonne, og intet bliver importeret.",
        "en": "Type the path of a report file and press Enter. If the file has errors, each "
        "is shown here with its line and column, and nothing is imported.",
    },
    "ui.help.help": {
        "da": "Denne hjælp.",
        "en": "This help.",
    },
}
