"""Messages: the comparison screen and adding a measurement."""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys (Footer words are short: the Footer has 80 columns).
    "ui_comparison.key.import": {"da": "Ny måling", "en": "New measurement"},
    "ui_comparison.key.import.tip": {
        "da": "Indlæs en senere rapport som ny måling i den åbne evalueringsrunde",
        "en": "Import a later report as a new measurement in the open evaluation round",
    },
    "ui_comparison.key.earlier": {"da": "Forrige par", "en": "Earlier pair"},
    "ui_comparison.key.earlier.tip": {
        "da": "Sammenlign et tidligere par af målinger",
        "en": "Compare an earlier pair of measurements",
    },
    "ui_comparison.key.later": {"da": "Næste par", "en": "Later pair"},
    "ui_comparison.key.later.tip": {
        "da": "Sammenlign et senere par af målinger",
        "en": "Compare a later pair of measurements",
    },
    # The page.
    "ui_comparison.title": {"da": "Målingerne tema for tema", "en": "The measurements theme by theme"},
    "ui_comparison.pair": {
        "da": "Måling {before} og {after} af {count}. [ og ] vælger to andre.",
        "en": "Measurements {before} and {after} of {count}. [ and ] choose another pair.",
    },
    "ui_comparison.overall": {"da": "Samlet", "en": "Overall"},
    "ui_comparison.track_before": {"da": "Opfølgning før:", "en": "Follow-up before:"},
    "ui_comparison.track_after": {"da": "Opfølgning efter:", "en": "Follow-up after:"},
    "ui_comparison.remeasure": {"da": "måles igen i {month}", "en": "measured again in {month}"},
    "ui_comparison.zero": {"da": "Nultolerance:", "en": "Zero tolerance:"},
    "ui_comparison.zero_counts": {
        "da": "svar om at have været udsat: før {before}, efter {after}",
        "en": "answers reporting exposure: before {before}, after {after}",
    },
    "ui_comparison.col.before": {"da": "Før", "en": "Before"},
    "ui_comparison.col.after": {"da": "Efter", "en": "After"},
    "ui_comparison.col.difference": {"da": "Forskel", "en": "Change"},
    "ui_comparison.col.colour": {"da": "Farve", "en": "Colour"},
    "ui_comparison.col.trend": {"da": "Forløb", "en": "Trend"},
    "ui_comparison.not_compared": {"da": "Ikke sammenlignet:", "en": "Not compared:"},
    "ui_comparison.legend": {
        "da": "Forskel = efter − før. ▲ ▼ reel: en forskel på {points} point eller mere; uden pil: "
        "ingen reel forskel. Et tema, der er skjult eller mangler i en af de to målinger, "
        "sammenlignes aldrig.",
        "en": "Change = after − before. ▲ ▼ real: a difference of {points} points or more; no "
        "arrow: no real difference. A theme hidden or missing in either measurement is never "
        "compared.",
    },
    "ui_comparison.legend.trend": {
        "da": "Forløb: temaet i hver af de {count} målinger, de to sammenlignede fremhævet; "
        "· = skjult eller ikke målt.",
        "en": "Trend: the theme in each of the {count} measurements, the two compared in bold; "
        "· = hidden or not measured.",
    },
    "ui_comparison.legend.digits": {
        "da": "Forløbet vises her som tiere: 6 betyder 60–69.",
        "en": "The trend is shown here as tens: 6 means 60–69.",
    },
    "ui_comparison.empty.one": {"da": "Sessionen har indtil videre én måling:", "en": "The session has one measurement so far:"},
    "ui_comparison.empty.how": {
        "da": "Tryk i for at indlæse en senere rapport (.csv, .xlsx eller .toml) som ny måling i den "
        "åbne evalueringsrunde. Så sammenlignes de to målinger her, tema for tema.",
        "en": "Press i to import a later report (.csv, .xlsx or .toml) as a new measurement in the "
        "open evaluation round. The two measurements are then compared here, theme by theme.",
    },
    "ui_comparison.empty.cli": {
        "da": "Fra kommandolinjen: kompas open SESSION.toml --measurement RAPPORT",
        "en": "From the command line: kompas open SESSION.toml --measurement REPORT",
    },
    # Adding a measurement.
    "ui_comparison.refused.no_round": {
        "da": "En ny måling hører til en evalueringsrunde. Start en runde på Evaluering først, "
        "og indlæs så målingen.",
        "en": "A new measurement belongs to an evaluation round. Start a round on Evaluation "
        "first, then import the measurement.",
    },
    "ui_comparison.refused.has_measurement": {
        "da": "Den åbne runde har allerede en ny måling ({name}). Start en ny runde for at "
        "tilføje den næste.",
        "en": "The open round already has a new measurement ({name}). Start a new round to add "
        "the next one.",
    },
    "ui_comparison.added": {"da": "Ny måling tilføjet: {name}", "en": "New measurement added: {name}"},
    "ui_comparison.open.title": {"da": "Ny måling fra en rapportfil", "en": "New measurement from a report file"},
    "ui_comparison.open.explain": {
        "da": "Skriv stien til den senere rapport (.csv, .xlsx eller .toml) og tryk Enter. "
        "Højre pil fuldfører et filnavn. Fejl i filen vises her, og intet tilføjes.",
        "en": "Type the path of the later report (.csv, .xlsx or .toml) and press Enter. "
        "The right arrow completes a file name. Problems with the file are shown here, and "
        "nothing is added.",
    },
    # Help.
    "ui_comparison.help": {
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
    "ui_comparison.help.open": {
        "da": "Skriv stien til en senere rapport. Den læses og kontrolleres, før noget gemmes; "
        "er der fejl, vises de her med fil, linje og felt.",
        "en": "Type the path of a later report. It is read and checked before anything is "
        "saved; problems are shown here with file, line and field.",
    },
}
