"""Messages: the command line and the plain-text and Markdown outputs."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.description": {
        "da": "kompas: opfølgning på trivsels- og APV-målingen, i terminalen.",
        "en": "kompas: follow-up on the wellbeing and workplace-assessment survey, in the terminal.",
    },
    "cli.epilog": {
        "da": "Uden kommando åbnes startskærmen. Afslutningskoder: 0 ok, 1 ugyldigt input, 2 forkert brug.",
        "en": "Without a command the start screen opens. Exit codes: 0 ok, 1 invalid input, 2 usage error.",
    },
    "cli.opt.sessions_dir": {
        "da": "mappe med sessioner (miljø: KOMPAS_SESSIONS_DIR; standard: ./sessions)",
        "en": "folder of sessions (env: KOMPAS_SESSIONS_DIR; default: ./sessions)",
    },
    "cli.opt.lang": {
        "da": "sprog for brugerfladen (miljø: KOMPAS_LANG; standard: da)",
        "en": "interface language (env: KOMPAS_LANG; default: da)",
    },
    "cli.opt.profile": {
        "da": "organisationsprofil (TOML); ellers kompas.toml i sessionsmappen",
        "en": "organisation profile (TOML); else kompas.toml in the sessions folder",
    },
    "cli.opt.version": {"da": "vis versionen og afslut", "en": "show the version and exit"},
    "cli.opt.help": {"da": "vis denne hjælp og afslut", "en": "show this help and exit"},
    "cli.cmd.demo": {
        "da": "ny session på den indbyggede demo-rapport",
        "en": "new session on the built-in demo report",
    },
    "cli.cmd.new": {
        "da": "ny session fra en rapportfil (.csv, .xlsx, .toml)",
        "en": "new session from a report file (.csv, .xlsx, .toml)",
    },
    "cli.cmd.open": {"da": "genoptag en gemt session", "en": "resume a saved session"},
    "cli.cmd.join": {
        "da": "stem fra din egen terminal, når ordstyreren har åbnet en afstemning",
        "en": "vote from your own terminal once the facilitator has opened a ballot",
    },
    "cli.cmd.check": {
        "da": "kontrollér en rapport- eller sessionsfil og opsummér den",
        "en": "validate a report or session file and summarise it",
    },
    "cli.cmd.export": {
        "da": "eksportér en session: referat (md), CSV til Defgo (csv) eller det hele (json)",
        "en": "export a session: minutes (md), CSV for Defgo (csv) or everything (json)",
    },
    "cli.cmd.log": {
        "da": "sessionens historik i ord, nyeste først (kræver en mappe med historik, se init-history)",
        "en": "the session's history in words, newest first (needs a folder with a history, see init-history)",
    },
    "cli.cmd.sync": {
        "da": "hent og send mappens historik til dens fjernserver (til cron: exit 1 ved problemer)",
        "en": "fetch and send the folder's history from and to its remote (for cron: exit 1 on problems)",
    },
    "cli.cmd.init-history": {
        "da": "gør en sessionsmappe til et git-arkiv med historik (eller --bare: fjernserveren)",
        "en": "make a sessions folder a git repository that keeps a history (or --bare: the remote)",
    },
    "cli.arg.log_format": {"da": "outputformat (standard: text)", "en": "output format (default: text)"},
    "cli.arg.remote": {
        "da": "adressen på det fælles arkiv, fx ssh://hr-server/srv/kompas/historik.git",
        "en": "the address of the shared repository, e.g. ssh://hr-server/srv/kompas/history.git",
    },
    "cli.arg.bare": {
        "da": "lav DIR til det fælles arkiv, som serverne synkroniserer med (på HR's server)",
        "en": "make DIR the shared repository the servers sync with (on HR's server)",
    },
    "cli.history.no_file": {"da": "{file}: filen findes ikke", "en": "{file}: no such file"},
    "cli.history.empty": {
        "da": "{file}: ingen versioner i historikken endnu (den første gemmes, når sessionen lukkes)",
        "en": "{file}: no versions in the history yet (the first is kept when the session is closed)",
    },
    "cli.history.title.one": {"da": "Historik for {file}: 1 version", "en": "History of {file}: 1 version"},
    "cli.history.title.other": {
        "da": "Historik for {file}: {n} versioner, nyeste først",
        "en": "History of {file}: {n} versions, newest first",
    },
    "cli.history.line": {"da": "{when}  {who}: {what}", "en": "{when}  {who}: {what}"},
    "cli.sync.copy": {
        "da": "{copy}: den anden servers udgave; sammenlign, ret sessionen og slet kopien",
        "en": "{copy}: the other server's version; compare, correct the session and delete the copy",
    },
    "cli.sync.done": {
        "da": "{remote}: {received} hentet, {sent} sendt, {committed} gemt i historikken først",
        "en": "{remote}: {received} fetched, {sent} sent, {committed} committed first",
    },
    "cli.arg.report": {"da": "rapportfil", "en": "report file"},
    "cli.arg.unit": {"da": "enhedens navn (i stedet for rapportens)", "en": "unit name (instead of the report's)"},
    "cli.arg.session": {"da": "sessionsfil (.toml)", "en": "session file (.toml)"},
    "cli.arg.file": {"da": "rapport- eller sessionsfil", "en": "report or session file"},
    "cli.arg.format": {"da": "outputformat", "en": "output format"},
    "cli.arg.due_date": {
        "da": "dagen, fristerne regnes fra (ÅÅÅÅ-MM-DD; standard: i dag)",
        "en": "the day deadlines are counted from (YYYY-MM-DD; default: today)",
    },
    "cli.arg.overview_date": {
        "da": "dagen, overskredne frister og genmåling regnes fra (ÅÅÅÅ-MM-DD; standard: i dag)",
        "en": "the day overdue deadlines and re-measurement are counted from (YYYY-MM-DD; default: today)",
    },
    "cli.arg.date": {
        "da": "dato for beregning af genmåling (ÅÅÅÅ-MM-DD; standard: i dag)",
        "en": "date the re-measurement is counted from (YYYY-MM-DD; default: today)",
    },
    "cli.arg.measurement": {
        "da": "en senere rapport (.csv/.xlsx/.toml) at sammenligne med i en evalueringsrunde",
        "en": "a later report (.csv/.xlsx/.toml) to compare with in an evaluation round",
    },
    "cli.arg.round": {
        "da": "kun referatet af evalueringsrunde N (md, html)",
        "en": "only the minutes of evaluation round N (md, html)",
    },
    "cli.cmd.review": {
        "da": "gennemse sessionerne i en mappe (skrivebeskyttet)",
        "en": "browse the sessions in a folder (read-only)",
    },
    "cli.cmd.overview": {
        "da": "alle enheders opfølgning i en mappe og dens undermapper (en tabel med --format)",
        "en": "every unit's follow-up in a folder and its subfolders (a table with --format)",
    },
    "cli.cmd.due": {
        "da": "handlinger med deadline inden for N dage og overskredne (exit 1: noget er overskredet)",
        "en": "actions due within N days and overdue ones (exit 1: something is overdue)",
    },
    "cli.arg.folder": {
        "da": "mappen med sessioner (standard: sessionsmappen)",
        "en": "the folder of sessions (default: the sessions folder)",
    },
    "cli.arg.overview_format": {
        "da": "skriv oversigten som csv eller json på standard-output i stedet for at åbne skærmen",
        "en": "print the overview as csv or json on standard output instead of opening the screen",
    },
    "cli.arg.days": {
        "da": "hvor mange dage frem (standard 7)",
        "en": "how many days ahead (default 7)",
    },
    "cli.bad_days": {
        "da": "ugyldigt antal dage '{value}': brug et helt tal, 0 eller mere",
        "en": "invalid number of days '{value}': use a whole number, 0 or more",
    },
    "cli.arg.output": {"da": "skriv til FIL i stedet for standard-output", "en": "write to FILE instead of standard output"},
    "cli.bad_date": {
        "da": "ugyldig dato '{value}': brug ÅÅÅÅ-MM-DD",
        "en": "invalid date '{value}': use YYYY-MM-DD",
    },
    "cli.cannot_use": {"da": "{file}: {reason}", "en": "{file}: {reason}"},
    "cli.export.onto_session": {
        "da": "{file} er en kompas-session; en eksport skrives aldrig oven i en session. "
        "Vælg et andet filnavn med -o.",
        "en": "{file} is a kompas session; an export is never written over a session. "
        "Choose another file name with -o.",
    },
    "cli.export.onto_locked": {
        "da": "{file} er åben i kompas (låst); en eksport skrives ikke oven i den.",
        "en": "{file} is open in kompas (locked); an export is not written over it.",
    },
    "cli.export.onto_special": {
        "da": "{file} er ikke en almindelig fil (et link, en mappe eller en særlig fil); "
        "en eksport skrives ikke oven i den.",
        "en": "{file} is not a regular file (a link, a folder or a special file); "
        "an export is not written over it.",
    },
    "cli.no_terminal": {
        "da": "kompas' skærmbillede kræver en terminal (standard-input og -output er ikke en terminal)",
        "en": "kompas' screens need a terminal (standard input and output are not a terminal)",
    },
    "cli.overall": {
        "da": "{score} (organisationen {org}), {colour}",
        "en": "{score} (organisation {org}), {colour}",
    },
    "cli.reversed": {
        "da": "Spørgsmål, hvor lavt er godt (fx arbejdsmængde), er vendt, så højere altid er bedre.",
        "en": "Items where low is good (e.g. workload) are reversed, so higher is always better.",
    },
    "cli.col.theme": {"da": "Tema", "en": "Theme"},
    "cli.col.score": {"da": "Score", "en": "Score"},
    "cli.col.org": {"da": "Org.", "en": "Org."},
    "cli.col.diff_org": {"da": "Forskel", "en": "Diff."},
    "cli.col.previous": {"da": "Forrige", "en": "Previous"},
    "cli.col.change": {"da": "Ændring", "en": "Change"},
    "cli.col.colour": {"da": "Farve", "en": "Colour"},
    "cli.suppressed": {
        "da": "skjult (færre end {n} svar)",
        "en": "hidden (fewer than {n} answers)",
    },
    "cli.legend_meaningful": {
        "da": "* reel forskel: {points} point eller mere på skalaen 0-100",
        "en": "* real difference: {points} points or more on the 0-100 scale",
    },
    "cli.legend_suppressed": {
        "da": "skjult: færre end {n} svar, så scoren vises ikke (anonymitet)",
        "en": "hidden: fewer than {n} answers, so the score is not shown (anonymity)",
    },
    "cli.zero_tolerance": {
        "da": "Nultolerance: {count} svar om at have været udsat i alt",
        "en": "Zero tolerance: {count} answers reporting exposure in all",
    },
    "cli.md.exposed": {
        "da": "{count} svar om at have været udsat i alt.",
        "en": "{count} answers reporting exposure in all.",
    },
    "cli.guidance": {"da": "Vejledning", "en": "Guidance"},
    "cli.session": {
        "da": "Session for {unit}, oprettet {created}, målinger: {count}",
        "en": "Session for {unit}, created {created}, measurements: {count}",
    },
    "cli.md.title": {"da": "Opfølgning: {unit}", "en": "Follow-up: {unit}"},
    "cli.md.report": {"da": "Rapport", "en": "Report"},
    "cli.md.measurement": {"da": "Måling", "en": "Measurement"},
    "cli.md.response": {"da": "Svar", "en": "Responses"},
    "cli.md.overall": {"da": "Samlet", "en": "Overall"},
    "cli.md.track": {"da": "Opfølgning", "en": "Follow-up"},
    "cli.md.themes": {"da": "Temaer", "en": "Themes"},
    "cli.md.zero_tolerance": {"da": "Nultolerance", "en": "Zero tolerance"},
    "cli.md.exported": {"da": "Eksporteret fra kompas {date}.", "en": "Exported from kompas on {date}."},
    # argparse's own words, keyed by its English text (see cli._localise_argparse).
    "cli.argparse:usage: ": {"da": "brug: ", "en": "usage: "},
    "cli.argparse:positional arguments": {"da": "argumenter", "en": "positional arguments"},
    "cli.argparse:options": {"da": "tilvalg", "en": "options"},
    "cli.argparse:the following arguments are required: %s": {
        "da": "disse argumenter mangler: %s",
        "en": "the following arguments are required: %s",
    },
    "cli.argparse:%(prog)s: error: %(message)s\n": {
        "da": "%(prog)s: fejl: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.argparse:invalid choice: %(value)r (choose from %(choices)s)": {
        "da": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse:unrecognized arguments: %s": {"da": "ukendte argumenter: %s", "en": "unrecognized arguments: %s"},
    "cli.argparse:expected one argument": {"da": "forventede ét argument", "en": "expected one argument"},
    "cli.argparse:argument %(argument_name)s: %(message)s": {
        "da": "argument %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse:invalid %(type)s value: %(value)r": {
        "da": "ugyldig %(type)s-værdi: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    # kompas open SESSION --measurement REPORT (cli_commands.run_open).
    "cli.measurement.read_only": {
        "da": "En ny måling kan ikke tilføjes til {file}, mens en anden skriver i sessionen. "
        "Intet er ændret; prøv igen, når den anden har lukket den.",
        "en": "A new measurement cannot be added to {file} while someone else is writing the "
        "session. Nothing was changed; try again once they have closed it.",
    },
    "cli.measurement.no_plan": {
        "da": "{file} har endnu ingen handleplan. En ny måling hører til en evalueringsrunde, "
        "og en runde følger op på planen: lav handleplanen først. Intet er ændret.",
        "en": "{file} has no action plan yet. A new measurement belongs to an evaluation round, "
        "and a round follows up the plan: make the action plan first. Nothing was changed.",
    },
    "cli.measurement.has_measurement": {
        "da": "Den åbne evalueringsrunde i {file} har allerede en ny måling ({name}). Luk runden "
        "og start en ny for at tilføje den næste. Intet er ændret.",
        "en": "The open evaluation round in {file} already has a new measurement ({name}). Close "
        "the round and start a new one to add the next. Nothing was changed.",
    },
    # --- kompas export --round -------------------------------------------------------------
    "cli.export.round.needs_minutes": {
        "da": "kompas export: fejl: --round kan kun bruges med --format md eller html",
        "en": "kompas export: error: --round can only be used with --format md or html",
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
