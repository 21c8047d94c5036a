"""Messages: the Overblik (overview) screen."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui_overview.title": {"da": "Overblik", "en": "Overview"},
    "ui_overview.start": {"da": "Overblik over alle enheder i mappen", "en": "Overview of every unit in the folder"},
    "ui_overview.start.tip": {
        "da": "HR's overblik: farve, opfølgning, januar-listen, planer og nultolerance for hver enhed i mappen",
        "en": "HR's overview: colour, track, January list, plans and zero tolerance of every unit in the folder",
    },
    "ui_overview.help": {
        "da": "Alle enheder i mappen og dens undermapper: farve, opfølgning, om enheden skal "
        "måles igen i januar, om handleplanen er færdig, handlinger over deadline og om "
        "nultolerance-punktet er besvaret. »opf.« under For sent: planens næste opfølgning er "
        "overskredet; MANGLER under Januar: januarmålingen er ikke kommet. Har en enhed flere "
        "sessioner, tæller den nyeste måling (og af samme måling den, hvor mest er skrevet); h viser "
        "også de andre. Bogstaverne a, j, u, o og n viser kun de enheder, "
        "HR skal se på; / søger på enhedens navn; s sorterer; Enter åbner enheden "
        "skrivebeskyttet. Filer, der ikke kunne læses, står bag p med deres grund. "
        "Overblikket ændrer aldrig en fil.",
        "en": "Every unit in the folder and its subfolders: colour, follow-up, whether the unit "
        "is measured again in January, whether the action plan is complete, actions past "
        "their deadline and whether the zero-tolerance point is answered. “f-up” under Overdue: "
        "the plan's next follow-up date has passed; MISSING under January: the January "
        "re-measurement has not come. When a unit has several sessions, the latest measurement's "
        "counts (and of one measurement's, the one with the most entered); h shows the others too. "
        "The letters a, j, u, "
        "o and n show only the units HR needs to look at; / searches the unit names; s sorts; "
        "Enter opens the unit read-only. Files that could not be read are behind p with "
        "their reason. The overview never changes a file.",
    },
    "ui_overview.help.problems": {
        "da": "Filer i mappen, som ikke kunne læses som en kompas-session, hver med sin grund. "
        "De tælles ikke med i overblikket.",
        "en": "Files in the folder that could not be read as a kompas session, each with its "
        "reason. They are not counted in the overview.",
    },
    # Keys
    "ui_overview.key.open": {"da": "Åbn", "en": "Open"},
    "ui_overview.key.open.tip": {"da": "Åbn enheden skrivebeskyttet", "en": "Open the unit read-only"},
    "ui_overview.key.search": {"da": "Søg", "en": "Search"},
    "ui_overview.key.search.tip": {"da": "Vis kun enheder, hvis navn indeholder teksten", "en": "Show only units whose name contains the text"},
    "ui_overview.key.sort": {"da": "Sortér", "en": "Sort"},
    "ui_overview.key.sort.tip": {
        "da": "Skift sortering: enhed, farve, for sent, januar",
        "en": "Change the order: unit, colour, overdue, January",
    },
    "ui_overview.key.problems": {"da": "Problemer", "en": "Problems"},
    "ui_overview.key.problems.tip": {"da": "Filer, der ikke kunne læses, og hvorfor", "en": "Files that could not be read, and why"},
    "ui_overview.key.reload": {"da": "Læs igen", "en": "Reload"},
    "ui_overview.key.reload.tip": {"da": "Læs mappen igen", "en": "Read the folder again"},
    "ui_overview.key.back": {"da": "Start", "en": "Start"},
    "ui_overview.key.back.tip": {
        "da": "Til startskærmen (med en søgning: ryd den først)",
        "en": "To the start screen (with a search: clear it first)",
    },
    "ui_overview.key.views": {"da": "Vis", "en": "Show"},
    "ui_overview.key.filter.all": {"da": "Alle", "en": "All"},
    "ui_overview.key.filter.january": {"da": "Januar-listen", "en": "January list"},
    "ui_overview.key.filter.incomplete": {"da": "Plan ikke færdig", "en": "Plan incomplete"},
    "ui_overview.key.filter.overdue": {"da": "For sent", "en": "Overdue"},
    "ui_overview.key.filter.unanswered": {"da": "Nultolerance ubesvaret", "en": "Zero tolerance unanswered"},
    "ui_overview.key.filter.tip": {"da": "Vis kun disse enheder", "en": "Show only these units"},
    # Loading
    "ui_overview.reading": {"da": "Læser {folder} …", "en": "Reading {folder} …"},
    "ui_overview.progress": {"da": "Læst {done} af {total} filer", "en": "Read {done} of {total} files"},
    "ui_overview.failed": {"da": "Mappen kunne ikke læses: {reason}", "en": "The folder could not be read: {reason}"},
    "ui_overview.empty": {
        "da": "Ingen kompas-sessioner i {folder} eller dens undermapper.",
        "en": "No kompas sessions in {folder} or its subfolders.",
    },
    # Totals
    "ui_overview.units.one": {"da": "{n} enhed", "en": "{n} unit"},
    "ui_overview.units.other": {"da": "{n} enheder", "en": "{n} units"},
    "ui_overview.colour.unknown": {"da": "ukendt", "en": "unknown"},
    "ui_overview.tracks": {"da": "Opfølgning", "en": "Follow-up"},
    "ui_overview.track.local": {"da": "lokalt", "en": "locally"},
    "ui_overview.track.department_head": {"da": "med afdelingschef", "en": "with department head"},
    "ui_overview.track.department_head_and_hr": {"da": "med afdelingschef og HR", "en": "with department head and HR"},
    "ui_overview.views": {"da": "Vis", "en": "Show"},
    "ui_overview.view_short.all": {"da": "alle", "en": "all"},
    "ui_overview.view_short.january": {"da": "januar-listen", "en": "January list"},
    "ui_overview.view_short.incomplete": {"da": "plan ikke færdig", "en": "plan incomplete"},
    "ui_overview.view_short.overdue": {"da": "for sent", "en": "overdue"},
    "ui_overview.view_short.unanswered": {"da": "nultolerance ubesvaret", "en": "zero tolerance unanswered"},
    # What is shown
    "ui_overview.showing.all": {"da": "Viser alle {count} enheder", "en": "Showing all {count} units"},
    "ui_overview.showing.some": {
        "da": "Viser {shown} af {count}: {view}",
        "en": "Showing {shown} of {count}: {view}",
    },
    "ui_overview.view.all": {"da": "alle", "en": "all"},
    "ui_overview.view.january": {"da": "kun januar-listen", "en": "only the January list"},
    "ui_overview.view.incomplete": {"da": "kun planer, der ikke er færdige", "en": "only incomplete plans"},
    "ui_overview.view.overdue": {"da": "kun enheder med handlinger for sent", "en": "only units with overdue actions"},
    "ui_overview.view.unanswered": {"da": "kun nultolerance ikke besvaret", "en": "only zero tolerance not answered"},
    "ui_overview.search_for": {"da": "navn med “{text}”", "en": "name with “{text}”"},
    "ui_overview.sorted": {"da": "sorteret efter {order}", "en": "sorted by {order}"},
    "ui_overview.sort.unit": {"da": "enhed", "en": "unit"},
    "ui_overview.sort.colour": {"da": "farve (rød først)", "en": "colour (red first)"},
    "ui_overview.sort.overdue": {"da": "handlinger for sent", "en": "overdue actions"},
    "ui_overview.sort.january": {"da": "januar-listen først", "en": "January list first"},
    "ui_overview.older_hidden.one": {
        "da": "{n} session, der ikke tæller, skjult (h)",
        "en": "{n} session that does not count hidden (h)",
    },
    "ui_overview.older_hidden.other": {
        "da": "{n} sessioner, der ikke tæller, skjult (h)",
        "en": "{n} sessions that do not count hidden (h)",
    },
    "ui_overview.not_counted": {"da": "tæller ikke", "en": "does not count"},
    "ui_overview.key.history": {"da": "Ældre", "en": "Older"},
    "ui_overview.key.history.tip": {
        "da": "Vis også enhedernes sessioner, der ikke tæller (tidligere år, tomme kopier), eller kun den, "
        "der tæller",
        "en": "Also show the units' sessions that do not count (earlier years, empty copies), or only the "
        "one that counts",
    },
    "ui_overview.history": {"da": "med sessioner, der ikke tæller", "en": "with sessions that do not count"},
    "ui_overview.none_match": {"da": "Ingen enheder passer.", "en": "No units match."},
    "ui_overview.search.placeholder": {
        "da": "Søg på enhedens navn (Enter: til listen, Escape: ryd)",
        "en": "Search the unit names (Enter: to the list, Escape: clear)",
    },
    "ui_overview.problems.one": {
        "da": "{n} fil kunne ikke læses — tryk p",
        "en": "{n} file could not be read — press p",
    },
    "ui_overview.problems.other": {
        "da": "{n} filer kunne ikke læses — tryk p",
        "en": "{n} files could not be read — press p",
    },
    "ui_overview.problems.none": {"da": "Alle filer kunne læses.", "en": "Every file could be read."},
    "ui_overview.problems.title": {"da": "Filer, der ikke kunne læses", "en": "Files that could not be read"},
    # The table
    "ui_overview.col.unit": {"da": "Enhed", "en": "Unit"},
    "ui_overview.col.colour": {"da": "Farve", "en": "Colour"},
    "ui_overview.col.track": {"da": "Spor", "en": "Track"},
    "ui_overview.col.january": {"da": "Januar", "en": "January"},
    "ui_overview.col.plan": {"da": "Plan", "en": "Plan"},
    "ui_overview.col.overdue": {"da": "For sent", "en": "Overdue"},
    "ui_overview.col.zero": {"da": "Nultol.", "en": "Zero tol."},
    "ui_overview.detail.rounds": {"da": "{n} evalueringsrunder", "en": "{n} evaluation rounds"},
    "ui_overview.detail.counts": {"da": "{count} sessioner: denne tæller", "en": "{count} sessions: this one counts"},
    "ui_overview.detail.not_counted": {
        "da": "{count} sessioner: denne tæller ikke",
        "en": "{count} sessions: this one does not count",
    },
    "ui_overview.detail.follow_up_overdue": {
        "da": "OPFØLGNING OVERSKREDET {date}",
        "en": "FOLLOW-UP OVERDUE {date}",
    },
    "ui_overview.detail.remeasure_missing": {
        "da": "GENMÅLING MANGLER ({month})",
        "en": "RE-MEASUREMENT MISSING ({month})",
    },
    "ui_overview.cell.follow_up_overdue": {"da": "opf.", "en": "f-up"},
    "ui_overview.cell.remeasure_missing": {"da": "MANGLER", "en": "MISSING"},
    "ui_overview.cell.track.local": {"da": "lokal", "en": "local"},
    "ui_overview.cell.track.department_head": {"da": "chef", "en": "head"},
    "ui_overview.cell.track.department_head_and_hr": {"da": "chef+HR", "en": "head+HR"},
    "ui_overview.cell.yes": {"da": "ja", "en": "yes"},
    "ui_overview.cell.no_missing": {"da": "nej ({count})", "en": "no ({count})"},
    "ui_overview.cell.no": {"da": "nej", "en": "no"},
    "ui_overview.cell.zero.answered": {"da": "besvaret", "en": "answered"},
    "ui_overview.cell.zero.unanswered": {"da": "IKKE BESVARET", "en": "NOT ANSWERED"},
}
