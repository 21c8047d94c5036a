"""Messages: the comparison screen and adding a measurement."""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys (Footer words are short: the Footer has 80 columns).
    "ui.cmp.key.import": {"da": "Ny måling", "en": "New measurement"},
    "ui.cmp.key.import.tip": {
        "da": "Indlæs en senere rapport som ny måling i den åbne evalueringsrunde",
        "en": "Import a later report as a new measurement in the open evaluation round",
    },
    "ui.cmp.key.earlier": {"da": "Forrige par", "en": "Earlier pair"},
    "ui.cmp.key.earlier.tip": {
        "da": "Sammenlign et tidligere par af målinger",
        "en": "Compare an earlier pair of measurements",
    },
    "ui.cmp.key.later": {"da": "Næste par", "en": "Later pair"},
    "ui.cmp.key.later.tip": {
        "da": "Sammenlign et senere par af målinger",
        "en": "Compare a later pair of measurements",
    },
    # The page.
    "ui.cmp.title": {"da": "Målingerne tema for tema", "en": "The measurements theme by theme"},
    "ui.cmp.pair": {
        "da": "Måling {before} og {after} af {count}. [ og ] vælger to andre.",
        "en": "Measurements {before} and {after} of {count}. [ and ] choose another pair.",
    },
    "ui.cmp.overall": {"da": "Samlet", "en": "Overall"},
    "ui.cmp.track_before": {"da": "Opfølgning før:", "en": "Follow-up before:"},
    "ui.cmp.track_after": {"da": "Opfølgning efter:", "en": "Follow-up after:"},
    "ui.cmp.remeasure": {"da": "måles igen i {month}", "en": "measured again in {month}"},
    "ui.cmp.zero": {"da": "Nultolerance:", "en": "Zero tolerance:"},
    "ui.cmp.zero_counts": {
        "da": "svar om at have været udsat: før {before}, efter {after}",
        "en": "answers reporting exposure: before {before}, after {after}",
    },
    "ui.cmp.col.before": {"da": "Før", "en": "Before"},
    "ui.cmp.col.after": {"da": "Efter", "en": "After"},
    "ui.cmp.col.difference": {"da": "Forskel", "en": "Change"},
    "ui.cmp.col.colour": {"da": "Farve", "en": "Colour"},
    "ui.cmp.col.trend": {"da": "Forløb", "en": "Trend"},
    "ui.cmp.not_compared": {"da": "Ikke sammenlignet:", "en": "Not compared:"},
    "ui.cmp.legend": {
        "da": "Forskel = efter − før. ▲ ▼ reel: en forskel på {points} point eller mere; uden pil: "
        "ingen reel forskel. Et tema, der er skjult eller mangler i en af de to målinger, "
        "sammenlignes aldrig. Forløb: temaet i hver af de {count} målinger, de to "
        "sammenlignede fremhævet; · = skjult eller ikke målt.",
        "en": "Change = after − before. ▲ ▼ real: a difference of {points} points or more; no "
        "arrow: no real difference. A theme hidden or missing in either measurement is never "
        "compared. Trend: the theme in each of the {count} measurements, the two compared in bold; "
        "· = hidden or not measured.",
    },
    "ui.cmp.legend.digits": {
        "da": "Forløbet vises her som tiere: 6 betyder 60–69.",
        "en": "The trend is shown here as tens: 6 means 60–69.",
    },
    "ui.cmp.empty.one": {"da": "Sessionen har indtil videre én måling:", "en": "The session has one measurement so far:"},
    "ui.cmp.empty.how": {
        "da": "Tryk i for at indlæse en senere rapport (.csv, .xlsx eller .toml) som ny måling i den "
        "åbne evalueringsrunde. Så sammenlignes de to målinger her, tema for tema.",
        "en": "Press i to import a later report (.csv, .xlsx or .toml) as a new measurement in the "
        "open evaluation round. The two measurements are then compared here, theme by theme.",
    },
    "ui.cmp.empty.cli": {
        "da": "Fra kommandolinjen: kompas open SESSION.toml --measurement RAPPORT",
        "en": "From the command line: kompas open SESSION.toml --measurement REPORT",
    },
    # Adding a measurement.
    "ui.cmp.refused.no_round": {
        "da": "En ny måling hører til en evalueringsrunde. Start en runde på Evaluering først, "
        "og indlæs så målingen.",
        "en": "A new measurement belongs to an evaluation round. Start a round on Evaluation "
        "first, then import the measurement.",
    },
    "ui.cmp.refused.has_measurement": {
        "da": "Den åbne runde har allerede en ny måling ({name}). Start en ny runde for at "
        "tilføje den næste.",
        "en": "The open round already has a new measurement ({name}). Start a new round to add "
        "the next one.",
    },
    "ui.cmp.added": {"da": "Ny måling tilføjet: {name}", "en": "New measurement added: {name}"},
    "ui.cmp.open.title": {"da": "Ny måling fra en rapportfil", "en": "New measurement from a report file"},
    "ui.cmp.open.explain": {
        "da": "Skriv stien til den senere rapport (.csv, .xlsx eller .toml) og tryk Enter. "
        "Højre pil fuldfører et filnavn. Fejl i filen vises her, og intet tilføjes.",
        "en": "Type the path of the later report (.csv, .xlsx or .toml) and press Enter. "
        "The right arrow completes a file name. Problems with the file are shown here, and "
        "nothing is added.",
    },
    # Help.
    "ui.cmp.help": {
        "da": "To målinger sammenlignet tema for tema: score før og efter, forskellen med "
        "mærket for reel forskel (5 point eller mere), farven før og efter i ord, og temaets "
        "forløb over alle målinger. Et tema, der er skjult (for få svar) eller mangler i en af "
        "målingerne, sammenlignes aldrig. i indlæser en ny måling i den åbne runde; [ og ] "
        "(eller < og >) vælger, hvilke to målinger der sammenlignes.",
        "en": "Two measurements compared theme by theme: the score before and after, the "
        "change with the real-difference mark (5 points or more), the colour before and after "
        "in words, and the theme's trend over all measurements. A theme hidden (too few "
        "answers) or missing in either measurement is never compared. i imports a new "
        "measurement into the open round; [ and ] (or < and >) choose which two measurements "
        "are compared.",
    },
    "ui.cmp.help.open": {
        "da": "Skriv stien til en senere rapport. Den læses og kontrolleres, før noget gemmes; "
        "er der fejl, vises de her med fil, linje og felt.",
        "en": "Type the path of a later report. It is read and checked before anything is "
        "saved; problems are shown here with file, line and field.",
    },
}
