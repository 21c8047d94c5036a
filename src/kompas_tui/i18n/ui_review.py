"""Messages: the Gennemsyn (review) screens."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- the list --------------------------------------------------------------
    "review.title": {"da": "Gennemsyn", "en": "Review"},
    "review.help": {
        "da": "Gennemsyn viser sessionerne i en mappe og dens undermapper, uden at ændre dem. "
        "Skriv i feltet øverst for at filtrere på enhed, måling eller filnavn (store og små bogstaver "
        "og accenter er ligegyldige). Pil ned eller Enter går til listen; / eller et bogstav går tilbage til feltet. "
        "s skifter sortering (enhed, dato, farve, spor, overskredne), S vender rækkefølgen. "
        "Enter åbner sessionen skrivebeskyttet: rapport, handleplan, forløbet og temaerne på tværs af "
        "målinger. l viser sessionens historik: hvem ændrede hvad hvornår (når mappen har en historik, se kompas init-history). p viser filer, der ikke kunne læses, med årsagen.",
        "en": "Review lists the sessions in a folder and its subfolders without changing them. "
        "Type in the field at the top to filter on unit, measurement or file name (case and accents "
        "do not matter). Down or Enter moves to the list; / or a letter goes back to the field. "
        "s changes the sort (unit, date, colour, track, overdue), S reverses it. "
        "Enter opens the session read-only: report, action plan, the timeline and the themes across "
        "measurements. l shows the session's history: who changed what when (when the folder keeps a history, see kompas init-history). p shows the files that could not be read, with the reason.",
    },
    "review.folder": {"da": "Mappe: {folder}", "en": "Folder: {folder}"},
    "review.filter.placeholder": {
        "da": "Filtrér: skriv en del af enhed, måling eller filnavn",
        "en": "Filter: type part of a unit, measurement or file name",
    },
    "review.loading": {"da": "Læser sessionerne …", "en": "Reading the sessions …"},
    "review.progress": {
        "da": "Læser {done} af {total} sessioner …",
        "en": "Reading {done} of {total} sessions …",
    },
    "review.count": {"da": "{shown} af {total} sessioner", "en": "{shown} of {total} sessions"},
    "review.sorted": {"da": "sorteret: {column}", "en": "sorted: {column}"},
    "review.problems.count.one": {"da": "1 ulæselig fil (p)", "en": "1 unreadable file (p)"},
    "review.problems.count.other": {"da": "{n} ulæselige filer (p)", "en": "{n} unreadable files (p)"},
    "review.empty": {
        "da": "Ingen sessioner i mappen.",
        "en": "No sessions in the folder.",
    },
    "review.no_match": {
        "da": "Ingen sessioner passer til filteret.",
        "en": "No sessions match the filter.",
    },
    "review.failed": {
        "da": "Mappen kunne ikke læses: {reason}",
        "en": "The folder could not be read: {reason}",
    },
    "review.sort.unit": {"da": "enhed", "en": "unit"},
    "review.sort.date": {"da": "dato (nyeste først)", "en": "date (newest first)"},
    "review.sort.colour": {"da": "farve (rød først)", "en": "colour (red first)"},
    "review.sort.track": {"da": "spor (HR først)", "en": "track (HR first)"},
    "review.sort.overdue": {"da": "overskredne (flest først)", "en": "overdue (most first)"},
    "review.sort.unit.reverse": {"da": "enhed (omvendt)", "en": "unit (reversed)"},
    "review.sort.date.reverse": {"da": "dato (ældste først)", "en": "date (oldest first)"},
    "review.sort.colour.reverse": {"da": "farve (grøn først)", "en": "colour (green first)"},
    "review.sort.track.reverse": {"da": "spor (egen først)", "en": "track (own first)"},
    "review.sort.overdue.reverse": {"da": "overskredne (færrest først)", "en": "overdue (fewest first)"},
    # Column headings: short, the table must fit 80 columns.
    "review.col.unit": {"da": "Enhed", "en": "Unit"},
    "review.col.date": {"da": "Dato", "en": "Date"},
    "review.col.colour": {"da": "Farve", "en": "Colour"},
    "review.col.track": {"da": "Spor", "en": "Track"},
    "review.col.actions": {"da": "Handl", "en": "Acts"},
    "review.col.next": {"da": "Næste opf", "en": "Next f-up"},
    "review.col.overdue": {"da": "For sent", "en": "Overdue"},
    "review.track.local": {"da": "egen", "en": "own"},
    "review.track.department_head": {"da": "afd.chef", "en": "dept."},
    "review.track.department_head_and_hr": {"da": "afd.+HR", "en": "dept.+HR"},
    "review.colour.none": {"da": "ingen", "en": "none"},
    # A count under the column's word: the unit's name gets the room.
    "review.overdue": {"da": "{n}", "en": "{n}"},
    "review.problems.title": {"da": "Filer der ikke kunne læses", "en": "Files that could not be read"},
    "review.problems.none": {"da": "Alle filer kunne læses.", "en": "Every file could be read."},
    "review.problems.help": {
        "da": "Filerne i mappen, som ikke er læsbare kompas-sessioner, med årsagen. "
        "De ændres ikke. Escape lukker.",
        "en": "The files in the folder that are not readable kompas sessions, with the reason. "
        "They are not changed. Escape closes.",
    },
    # Keys.
    "review.key.open": {"da": "åbn", "en": "open"},
    "review.key.open.tip": {
        "da": "Vis sessionen skrivebeskyttet",
        "en": "Show the session read-only",
    },
    "review.key.sort": {"da": "sortér", "en": "sort"},
    "review.key.sort.tip": {
        "da": "Sortér efter næste kolonne: enhed, dato, farve, spor, overskredne",
        "en": "Sort by the next column: unit, date, colour, track, overdue",
    },
    "review.key.reverse": {"da": "omvendt", "en": "reverse"},
    "review.key.reverse.tip": {"da": "Vend sorteringen", "en": "Reverse the sort"},
    "review.key.filter": {"da": "filtrér", "en": "filter"},
    "review.key.filter.tip": {"da": "Gå til filterfeltet", "en": "Go to the filter field"},
    "review.key.list": {"da": "listen", "en": "list"},
    "review.key.list.tip": {"da": "Gå til listen", "en": "Go to the list"},
    "review.key.problems": {"da": "problemer", "en": "problems"},
    "review.key.problems.tip": {
        "da": "Vis filer, der ikke kunne læses, og hvorfor",
        "en": "Show the files that could not be read, and why",
    },
    "review.key.reload": {"da": "læs igen", "en": "reload"},
    "review.key.reload.tip": {"da": "Læs mappen igen", "en": "Read the folder again"},
    "review.key.history": {"da": "historik", "en": "log"},
    "review.key.history.tip": {
        "da": "Sessionens historik: hvem ændrede hvad hvornår (når mappen har en historik)",
        "en": "The session's history: who changed what when (when the folder keeps a history)",
    },
    "review.key.back": {"da": "tilbage", "en": "back"},
    "review.key.export": {"da": "eksportér", "en": "export"},
    "review.key.export.tip": {
        "da": "Gem referatet (Markdown) ved siden af sessionen",
        "en": "Save the minutes (Markdown) next to the session",
    },
    "review.key.take_over": {"da": "åbn til redigering", "en": "open for editing"},
    "review.key.take_over.tip": {
        "da": "Åbn sessionen for alvor (skrivebeskyttet, hvis en anden har den åben)",
        "en": "Open the session for real (read-only if someone else has it open)",
    },
    "review.start.entry": {"da": "Gennemsyn af sessionerne i mappen", "en": "Review of the sessions in the folder"},
    # -- one session -------------------------------------------------------------
    "review.session.help": {
        "da": "Én session, skrivebeskyttet: intet gemmes, og filen låses ikke. PgUp/PgDn bladrer. "
        "e gemmer referatet (Markdown) ved siden af sessionen, eller i den aktuelle mappe, hvis "
        "sessionens mappe ikke er skrivbar. o åbner sessionen til redigering. l viser dens historik. Escape går tilbage "
        "til listen.",
        "en": "One session, read-only: nothing is saved and the file is not locked. PgUp/PgDn page. "
        "e saves the minutes (Markdown) next to the session, or in the current folder when the "
        "session's folder is not writable. o opens the session for editing. l shows its history. Escape goes back to "
        "the list.",
    },
    "review.session.read_only": {
        "da": "Gennemsyn · skrivebeskyttet · {file}",
        "en": "Review · read-only · {file}",
    },
    "review.session.failed": {
        "da": "Sessionen kunne ikke læses: {reason}",
        "en": "The session could not be read: {reason}",
    },
    "review.session.created": {"da": "Oprettet {date}", "en": "Created {date}"},
    "review.session.measurements": {"da": "Målinger", "en": "Measurements"},
    "review.session.measurement": {
        "da": "{n}. {name} · {date} · samlet {score} · ",
        "en": "{n}. {name} · {date} · overall {score} · ",
    },
    "review.session.now": {"da": "Nu: ", "en": "Now: "},
    "review.session.plan": {"da": "Handleplan", "en": "Action plan"},
    "review.session.goals": {"da": "Mål", "en": "Goals"},
    "review.session.goal": {"da": "{theme}: {target}", "en": "{theme}: {target}"},
    "review.session.goal_reached": {"da": " (nået {date})", "en": " (reached {date})"},
    "review.session.no_goals": {"da": "Ingen mål.", "en": "No goals."},
    "review.session.actions": {
        "da": "Handlinger ({done} af {total} gennemført)",
        "en": "Actions ({done} of {total} done)",
    },
    "review.session.no_actions": {"da": "Ingen handlinger.", "en": "No actions."},
    "review.session.owner": {"da": "Ansvarlig: {owner}", "en": "Owner: {owner}"},
    "review.session.deadline": {"da": "Deadline: {date}", "en": "Deadline: {date}"},
    "review.session.next": {"da": "Næste opfølgning: {date}", "en": "Next follow-up: {date}"},
    "review.session.timeline": {"da": "Forløb (nyeste først)", "en": "Timeline (newest first)"},
    "review.session.round": {"da": "Runde {n}", "en": "Round {n}"},
    "review.session.round.open": {"da": "åben", "en": "open"},
    "review.session.round.participants.one": {"da": "{n} deltager", "en": "{n} participant"},
    "review.session.round.participants.other": {"da": "{n} deltagere", "en": "{n} participants"},
    "review.session.round.reviewed": {
        "da": "{reviewed} af {total} handlinger gennemgået, {done} gennemført",
        "en": "{reviewed} of {total} actions reviewed, {done} done",
    },
    "review.session.round.changes.one": {"da": "{n} ændring", "en": "{n} change"},
    "review.session.round.changes.other": {"da": "{n} ændringer", "en": "{n} changes"},
    "review.session.round.measurement": {"da": "måling {n} tilføjet", "en": "measurement {n} added"},
    "review.session.workshop": {
        "da": "Workshop: start på forløbet",
        "en": "Workshop: where it started",
    },
    "review.session.themes": {
        "da": "Temaer på tværs af målinger",
        "en": "Themes across measurements",
    },
    "review.session.theme": {"da": "Tema", "en": "Theme"},
    "review.export.done": {"da": "Referatet er gemt: {path}", "en": "The minutes are saved: {path}"},
    "review.export.elsewhere": {
        "da": "Sessionens mappe er ikke skrivbar; referatet er gemt her: {path}",
        "en": "The session's folder is not writable; the minutes are saved here: {path}",
    },
    "review.export.failed": {
        "da": "Referatet kunne ikke gemmes: {reason}",
        "en": "The minutes could not be saved: {reason}",
    },
    # A unit with several sessions: which counts (SPEC §2).
    "review.not_counted": {"da": "tæller ikke", "en": "does not count"},
    "review.sessions.counts": {
        "da": "enheden har {count} sessioner: denne tæller",
        "en": "the unit has {count} sessions: this one counts",
    },
    "review.sessions.not_counted": {
        "da": "enheden har {count} sessioner: denne tæller ikke",
        "en": "the unit has {count} sessions: this one does not count",
    },
}
