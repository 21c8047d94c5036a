"""Messages: the Gennemsyn (review) screens."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- the list --------------------------------------------------------------
    "ui_review.title": {"da": "Gennemsyn", "en": "Review"},
    "ui_review.help": {
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
    "ui_review.folder": {"da": "Mappe: {folder}", "en": "Folder: {folder}"},
    "ui_review.filter.placeholder": {
        "da": "Filtrér: skriv en del af enhed, måling eller filnavn",
        "en": "Filter: type part of a unit, measurement or file name",
    },
    "ui_review.loading": {"da": "Læser sessionerne …", "en": "Reading the sessions …"},
    "ui_review.progress": {
        "da": "Læser {done} af {total} sessioner …",
        "en": "Reading {done} of {total} sessions …",
    },
    "ui_review.count": {"da": "{shown} af {total} sessioner", "en": "{shown} of {total} sessions"},
    "ui_review.sorted": {"da": "sorteret: {column}", "en": "sorted: {column}"},
    "ui_review.problems.count.one": {"da": "1 ulæselig fil (p)", "en": "1 unreadable file (p)"},
    "ui_review.problems.count.other": {"da": "{n} ulæselige filer (p)", "en": "{n} unreadable files (p)"},
    "ui_review.empty": {
        "da": "Ingen sessioner i mappen.",
        "en": "No sessions in the folder.",
    },
    "ui_review.no_match": {
        "da": "Ingen sessioner passer til filteret.",
        "en": "No sessions match the filter.",
    },
    "ui_review.failed": {
        "da": "Mappen kunne ikke læses: {reason}",
        "en": "The folder could not be read: {reason}",
    },
    "ui_review.sort.unit": {"da": "enhed", "en": "unit"},
    "ui_review.sort.date": {"da": "dato (nyeste først)", "en": "date (newest first)"},
    "ui_review.sort.colour": {"da": "farve (rød først)", "en": "colour (red first)"},
    "ui_review.sort.track": {"da": "spor (HR først)", "en": "track (HR first)"},
    "ui_review.sort.overdue": {"da": "overskredne (flest først)", "en": "overdue (most first)"},
    "ui_review.sort.unit.reverse": {"da": "enhed (omvendt)", "en": "unit (reversed)"},
    "ui_review.sort.date.reverse": {"da": "dato (ældste først)", "en": "date (oldest first)"},
    "ui_review.sort.colour.reverse": {"da": "farve (grøn først)", "en": "colour (green first)"},
    "ui_review.sort.track.reverse": {"da": "spor (egen først)", "en": "track (own first)"},
    "ui_review.sort.overdue.reverse": {"da": "overskredne (færrest først)", "en": "overdue (fewest first)"},
    # Column headings: short, the table must fit 80 columns.
    "ui_review.col.unit": {"da": "Enhed", "en": "Unit"},
    "ui_review.col.date": {"da": "Dato", "en": "Date"},
    "ui_review.col.colour": {"da": "Farve", "en": "Colour"},
    "ui_review.col.track": {"da": "Spor", "en": "Track"},
    "ui_review.col.actions": {"da": "Handl", "en": "Acts"},
    "ui_review.col.next": {"da": "Næste opf", "en": "Next f-up"},
    "ui_review.col.overdue": {"da": "For sent", "en": "Overdue"},
    "ui_review.track.local": {"da": "egen", "en": "own"},
    "ui_review.track.department_head": {"da": "afd.chef", "en": "dept."},
    "ui_review.track.department_head_and_hr": {"da": "afd.+HR", "en": "dept.+HR"},
    "ui_review.colour.none": {"da": "ingen", "en": "none"},
    # A count under the column's word: the unit's name gets the room.
    "ui_review.overdue": {"da": "{n}", "en": "{n}"},
    "ui_review.problems.title": {"da": "Filer der ikke kunne læses", "en": "Files that could not be read"},
    "ui_review.problems.none": {"da": "Alle filer kunne læses.", "en": "Every file could be read."},
    "ui_review.problems.help": {
        "da": "Filerne i mappen, som ikke er læsbare kompas-sessioner, med årsagen. "
        "De ændres ikke. Escape lukker.",
        "en": "The files in the folder that are not readable kompas sessions, with the reason. "
        "They are not changed. Escape closes.",
    },
    # Keys.
    "ui_review.key.open": {"da": "åbn", "en": "open"},
    "ui_review.key.open.tip": {
        "da": "Vis sessionen skrivebeskyttet",
        "en": "Show the session read-only",
    },
    "ui_review.key.sort": {"da": "sortér", "en": "sort"},
    "ui_review.key.sort.tip": {
        "da": "Sortér efter næste kolonne: enhed, dato, farve, spor, overskredne",
        "en": "Sort by the next column: unit, date, colour, track, overdue",
    },
    "ui_review.key.reverse": {"da": "omvendt", "en": "reverse"},
    "ui_review.key.reverse.tip": {"da": "Vend sorteringen", "en": "Reverse the sort"},
    "ui_review.key.filter": {"da": "filtrér", "en": "filter"},
    "ui_review.key.filter.tip": {"da": "Gå til filterfeltet", "en": "Go to the filter field"},
    "ui_review.key.list": {"da": "listen", "en": "list"},
    "ui_review.key.list.tip": {"da": "Gå til listen", "en": "Go to the list"},
    "ui_review.key.problems": {"da": "problemer", "en": "problems"},
    "ui_review.key.problems.tip": {
        "da": "Vis filer, der ikke kunne læses, og hvorfor",
        "en": "Show the files that could not be read, and why",
    },
    "ui_review.key.reload": {"da": "læs igen", "en": "reload"},
    "ui_review.key.reload.tip": {"da": "Læs mappen igen", "en": "Read the folder again"},
    "ui_review.key.history": {"da": "historik", "en": "log"},
    "ui_review.key.history.tip": {
        "da": "Sessionens historik: hvem ændrede hvad hvornår (når mappen har en historik)",
        "en": "The session's history: who changed what when (when the folder keeps a history)",
    },
    "ui_review.key.back": {"da": "tilbage", "en": "back"},
    "ui_review.key.export": {"da": "eksportér", "en": "export"},
    "ui_review.key.export.tip": {
        "da": "Gem referatet (Markdown) og tabellen (CSV) ved siden af sessionen",
        "en": "Save the minutes (Markdown) and the table (CSV) next to the session",
    },
    "ui_review.key.take_over": {"da": "åbn til redigering", "en": "open for editing"},
    "ui_review.key.take_over.tip": {
        "da": "Åbn sessionen for alvor (skrivebeskyttet, hvis en anden har den åben)",
        "en": "Open the session for real (read-only if someone else has it open)",
    },
    "ui_review.start.entry": {"da": "Gennemsyn af sessionerne i mappen", "en": "Review of the sessions in the folder"},
    # -- one session -------------------------------------------------------------
    "ui_review.session.help": {
        "da": "Én session, skrivebeskyttet: intet gemmes, og filen låses ikke. PgUp/PgDn bladrer. "
        "e gemmer referatet (Markdown) og tabellen (CSV) ved siden af sessionen, eller i den aktuelle mappe, hvis "
        "sessionens mappe ikke er skrivbar; findes de allerede, spørger kompas først. o åbner sessionen til redigering. l viser dens historik. Escape går tilbage "
        "til listen.",
        "en": "One session, read-only: nothing is saved and the file is not locked. PgUp/PgDn page. "
        "e saves the minutes (Markdown) and the table (CSV) next to the session, or in the current folder when the "
        "session's folder is not writable; when they are already there, kompas asks first. o opens the session for editing. l shows its history. Escape goes back to "
        "the list.",
    },
    "ui_review.session.read_only": {
        "da": "Gennemsyn · skrivebeskyttet · {file}",
        "en": "Review · read-only · {file}",
    },
    "ui_review.session.failed": {
        "da": "Sessionen kunne ikke læses: {reason}",
        "en": "The session could not be read: {reason}",
    },
    "ui_review.session.created": {"da": "Oprettet {date}", "en": "Created {date}"},
    "ui_review.session.measurements": {"da": "Målinger", "en": "Measurements"},
    "ui_review.session.measurement": {
        "da": "{n}. {name} · {date} · samlet {score} · ",
        "en": "{n}. {name} · {date} · overall {score} · ",
    },
    "ui_review.session.now": {"da": "Nu: ", "en": "Now: "},
    "ui_review.session.plan": {"da": "Handleplan", "en": "Action plan"},
    "ui_review.session.goals": {"da": "Mål", "en": "Goals"},
    "ui_review.session.goal": {"da": "{theme}: {target}", "en": "{theme}: {target}"},
    "ui_review.session.goal_reached": {"da": " (nået {date})", "en": " (reached {date})"},
    "ui_review.session.no_goals": {"da": "Ingen mål.", "en": "No goals."},
    "ui_review.session.actions": {
        "da": "Handlinger ({done} af {total} gennemført)",
        "en": "Actions ({done} of {total} done)",
    },
    "ui_review.session.no_actions": {"da": "Ingen handlinger.", "en": "No actions."},
    "ui_review.session.owner": {"da": "Ansvarlig: {owner}", "en": "Owner: {owner}"},
    "ui_review.session.deadline": {"da": "Deadline: {date}", "en": "Deadline: {date}"},
    "ui_review.session.next": {"da": "Næste opfølgning: {date}", "en": "Next follow-up: {date}"},
    "ui_review.session.timeline": {"da": "Forløb (nyeste først)", "en": "Timeline (newest first)"},
    "ui_review.session.round": {"da": "Runde {n}", "en": "Round {n}"},
    "ui_review.session.round.open": {"da": "åben", "en": "open"},
    "ui_review.session.round.participants.one": {"da": "{n} deltager", "en": "{n} participant"},
    "ui_review.session.round.participants.other": {"da": "{n} deltagere", "en": "{n} participants"},
    "ui_review.session.round.reviewed": {
        "da": "{reviewed} af {total} handlinger gennemgået, {done} gennemført",
        "en": "{reviewed} of {total} actions reviewed, {done} done",
    },
    "ui_review.session.round.changes.one": {"da": "{n} ændring", "en": "{n} change"},
    "ui_review.session.round.changes.other": {"da": "{n} ændringer", "en": "{n} changes"},
    "ui_review.session.round.measurement": {"da": "måling {n} tilføjet", "en": "measurement {n} added"},
    "ui_review.session.workshop": {
        "da": "Workshop: start på forløbet",
        "en": "Workshop: where it started",
    },
    "ui_review.session.themes": {
        "da": "Temaer på tværs af målinger",
        "en": "Themes across measurements",
    },
    "ui_review.session.theme": {"da": "Tema", "en": "Theme"},
    "ui_review.export.done": {
        "da": "Referatet og tabellen er gemt i {folder}: {md}, {html} og {csv}",
        "en": "The minutes and the table are saved in {folder}: {md}, {html} and {csv}",
    },
    "ui_review.export.elsewhere": {
        "da": "Sessionens mappe er ikke skrivbar; referatet og tabellen er gemt i {folder}: {md}, {html} og {csv}",
        "en": "The session's folder is not writable; the minutes and the table are saved in {folder}: "
        "{md}, {html} and {csv}",
    },
    "ui_review.export.kept": {
        "da": "Intet er gemt; filerne er som før.",
        "en": "Nothing is saved; the files are as they were.",
    },
    # -- asking before an export overwrites files -------------------------------
    "ui_review.overwrite.title": {"da": "Overskriv?", "en": "Overwrite?"},
    "ui_review.overwrite.question": {
        "da": "Disse filer findes allerede i {folder} og bliver erstattet:",
        "en": "These files are already in {folder} and will be replaced:",
    },
    "ui_review.overwrite.yes_button": {"da": "Overskriv (j)", "en": "Overwrite (y)"},
    "ui_review.overwrite.keep_button": {"da": "Behold (Esc)", "en": "Keep (Esc)"},
    "ui_review.overwrite.key.yes": {"da": "Ja, overskriv", "en": "Yes, overwrite"},
    "ui_review.overwrite.key.no": {"da": "Nej, behold", "en": "No, keep them"},
    "ui_review.overwrite.help": {
        "da": "Overskriv filerne? j eller y overskriver dem med et nyt referat (Markdown og HTML) og en ny tabel, "
        "n eller Esc beholder dem, som de er.",
        "en": "Overwrite the files? j or y replaces them with new minutes (Markdown and HTML) and a new table, "
        "n or Esc keeps them as they are.",
    },
    "ui_review.export.failed": {
        "da": "Referatet kunne ikke gemmes: {reason}",
        "en": "The minutes could not be saved: {reason}",
    },
    # A unit with several sessions: which counts (SPEC §2).
    "ui_review.not_counted": {"da": "tæller ikke", "en": "does not count"},
    "ui_review.sessions.counts": {
        "da": "enheden har {count} sessioner: denne tæller",
        "en": "the unit has {count} sessions: this one counts",
    },
    "ui_review.sessions.not_counted": {
        "da": "enheden har {count} sessioner: denne tæller ikke",
        "en": "the unit has {count} sessions: this one does not count",
    },
}
