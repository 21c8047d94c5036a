"""Messages: problems with input files (reports, sessions, profiles).

`errors.expect.*` texts follow "expected" and `errors.found.*` texts follow
"found" in `errors.expected_found`; other entries are whole sentences
(`Problem.message`).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "errors.field": {"da": "felt '{field}'", "en": "field '{field}'"},
    "errors.expected_found": {
        "da": "forventede {expected}, fandt {found}",
        "en": "expected {expected}, found {found}",
    },
    # --- where ---
    "errors.where.line": {"da": "linje {line}", "en": "line {line}"},
    # --- whole-file problems ---
    "errors.file_missing": {"da": "Filen findes ikke.", "en": "The file does not exist."},
    "errors.file_is_folder": {
        "da": "Det er en mappe, ikke en fil.",
        "en": "This is a folder, not a file.",
    },
    "errors.file_permission": {
        "da": "Filen kan ikke læses: adgang nægtet.",
        "en": "The file cannot be read: permission denied.",
    },
    "errors.file_path_not_folder": {
        "da": "Filen kan ikke læses: en del af stien er en fil, ikke en mappe.",
        "en": "The file cannot be read: part of the path is a file, not a folder.",
    },
    "errors.file_link_loop": {
        "da": "Filen kan ikke læses: for mange symbolske links i stien (måske en løkke).",
        "en": "The file cannot be read: too many symbolic links in the path (perhaps a loop).",
    },
    "errors.file_io_error": {
        "da": "Filen kan ikke læses: læsefejl på disken eller drevet.",
        "en": "The file cannot be read: the disk or drive reported a read error.",
    },
    # Rare reasons, named by their errno (EFBIG, ENAMETOOLONG, ...).
    "errors.file_unreadable": {
        "da": "Filen kan ikke læses (fejlkode {code}).",
        "en": "The file cannot be read (error code {code}).",
    },
    "errors.file_empty": {"da": "Filen er tom.", "en": "The file is empty."},
    "errors.no_rows": {
        "da": "Filen har kun en overskriftslinje og ingen rækker med data.",
        "en": "The file has only a header line and no rows of data.",
    },
    "errors.xlsx_too_big": {
        "da": "Projektmappen fylder {size} MB udpakket i {parts} dele; en rapport fylder højst {limit} MB "
        "i højst {max_parts} dele.",
        "en": "The workbook unpacks to {size} MB in {parts} parts; a report is at most {limit} MB "
        "in at most {max_parts} parts.",
    },
    "errors.xlsx_too_many_rows": {
        "da": "{part} har {count} rækker; en enheds rapport har højst {limit}.",
        "en": "{part} has {count} rows; a unit's report has at most {limit}.",
    },
    "errors.xlsx_too_many_cells": {
        "da": "{part} har {count} celler; en enheds rapport har højst {limit}.",
        "en": "{part} has {count} cells; a unit's report has at most {limit}.",
    },
    "errors.xlsx_too_many_strings": {
        "da": "{part} har {count} tekster; en enheds rapport har højst {limit}.",
        "en": "{part} has {count} strings; a unit's report has at most {limit}.",
    },
    "errors.sheet_empty": {
        "da": "Projektmappens første ark er tomt.",
        "en": "The workbook's first sheet is empty.",
    },
    "errors.csv_unreadable": {
        "da": "Linjen kan ikke læses som CSV ({detail}); resten af filen er ikke læst.",
        "en": "The line cannot be read as CSV ({detail}); the rest of the file was not read.",
    },
    "errors.toml_too_deep": {
        "da": "Filen er ikke gyldig TOML: tabeller og lister er lagt for dybt i hinanden.",
        "en": "The file is not valid TOML: tables and lists are nested too deeply.",
    },
    "errors.column_twice": {
        "da": "Kolonnen findes to gange (første gang som '{first}').",
        "en": "The column appears twice (first as '{first}').",
    },
    "errors.separator_tab": {"da": "tabulator", "en": "tab"},
    # --- what was expected ---
    "errors.expect.report_suffix": {
        "da": "en rapport i .csv, .xlsx eller .toml",
        "en": "a report in .csv, .xlsx or .toml",
    },
    "errors.expect.text_encoding": {
        "da": "tekst i UTF-8 eller Windows-1252",
        "en": "text in UTF-8 or Windows-1252",
    },
    "errors.expect.utf8": {"da": "tekst i UTF-8", "en": "text in UTF-8"},
    "errors.expect.xlsx": {
        "da": "en Excel-projektmappe (.xlsx)",
        "en": "an Excel workbook (.xlsx)",
    },
    # Worded so that any count reads right ("1 felter" does not): followed
    # by errors.found.field_count, "..., fandt 1 i denne linje".
    "errors.expect.field_count": {
        "da": "lige så mange felter som overskriftslinjen ({count}), adskilt af {separator}",
        "en": "as many fields as the header line ({count}), separated by {separator}",
    },
    "errors.expect.column": {"da": "en kolonne '{name}'", "en": "a column '{name}'"},
    "errors.expect.known_column": {
        "da": "en kendt kolonne, fx '{name}'",
        "en": "a known column such as '{name}'",
    },
    "errors.expect.number": {
        "da": "et tal (med decimalkomma eller -punktum)",
        "en": "a number (with decimal comma or point)",
    },
    "errors.expect.number_between": {
        "da": "et tal fra {low} til {high}",
        "en": "a number from {low} to {high}",
    },
    "errors.expect.count": {"da": "et helt tal, 0 eller mere", "en": "a whole number, 0 or more"},
    "errors.expect.whole_number": {"da": "et helt tal", "en": "a whole number"},
    "errors.expect.kind": {
        "da": "'skala'/'scale' eller 'haendelse'/'incident'",
        "en": "'skala'/'scale' or 'haendelse'/'incident'",
    },
    "errors.expect.scale": {"da": "'1-5', '1-7' eller '0-100'", "en": "'1-5', '1-7' or '0-100'"},
    "errors.expect.direction": {
        "da": "'hoej'/'high' eller 'lav'/'low'",
        "en": "'hoej'/'high' or 'lav'/'low'",
    },
    "errors.expect.colour": {
        "da": "'grøn'/'green', 'gul'/'yellow' eller 'rød'/'red'",
        "en": "'grøn'/'green', 'gul'/'yellow' or 'rød'/'red'",
    },
    "errors.expect.toml_text": {"da": "tekst i anførselstegn", "en": "text in quotes"},
    "errors.expect.toml_list": {
        "da": "en liste af tabeller ([[...]])",
        "en": "a list of tables ([[...]])",
    },
    "errors.expect.toml_table": {"da": "en tabel", "en": "a table"},
    "errors.expect.toml_number": {
        "da": "et tal (med decimalpunktum, fx 3.5)",
        "en": "a number (with a decimal point, e.g. 3.5)",
    },
    "errors.expect.toml_bool": {"da": "true eller false", "en": "true or false"},
    "errors.expect.datetime": {
        "da": "en dato med klokkeslæt, fx 2026-03-01T09:30:00+01:00",
        "en": "a date and time such as 2026-03-01T09:30:00+01:00",
    },
    "errors.expect.date": {"da": "en dato, fx 2026-03-01", "en": "a date such as 2026-03-01"},
    "errors.expect.number_above": {"da": "et tal over {bound}", "en": "a number greater than {bound}"},
    "errors.expect.number_at_least": {
        "da": "et tal på mindst {bound}",
        "en": "a number of at least {bound}",
    },
    "errors.expect.number_below": {"da": "et tal under {bound}", "en": "a number less than {bound}"},
    "errors.expect.number_at_most": {
        "da": "et tal på højst {bound}",
        "en": "a number of at most {bound}",
    },
    # The last two of a list of choices: '"a", "b" eller "c"'.
    "errors.expect.one_of": {"da": "{choices} eller {last}", "en": "{choices} or {last}"},
    "errors.expect.list_not_empty": {
        "da": "en liste med mindst ét element",
        "en": "a list with at least one item",
    },
    "errors.expect.list_at_least": {
        "da": "en liste med mindst {count} elementer",
        "en": "a list with at least {count} items",
    },
    "errors.expect.text_not_empty": {"da": "en tekst, der ikke er tom", "en": "a text that is not empty"},
    "errors.expect.text_at_least": {
        "da": "en tekst på mindst {count} tegn",
        "en": "a text of at least {count} characters",
    },
    "errors.expect.a_known_key": {"da": "en kendt nøgle", "en": "a known key"},
    # Texts of the org profile's own checks (domain/profile.py).
    "errors.expect.one_word": {
        "da": "ét ord af bogstaver og tal, højst {length} tegn",
        "en": "one word of letters and digits, at most {length} characters",
    },
    "errors.expect.word_list": {
        "da": "en liste af ord, fx ['leder', 'chef']",
        "en": "a list of words, e.g. ['leader', 'manager']",
    },
    "errors.expect.words_at_most": {
        "da": "en liste med højst {count} ord",
        "en": "a list of at most {count} words",
    },
    "errors.expect.known_guidance": {
        "da": "kun vejledninger med kendte navne ({known}), ikke {unknown}",
        "en": "only guidance with known names ({known}), not {unknown}",
    },
    "errors.expect.rounds_open_last": {
        "da": "runder, hvor kun den sidste er åben (de andre har 'closed')",
        "en": "rounds of which only the last is open (the others have 'closed')",
    },
    "errors.expect.round_measurement": {
        "da": "en måling fra 1 til {count_last} i runde {round} (sessionens egne), ikke {index}",
        "en": "a measurement from 1 to {count_last} in round {round} (the session's own), not {index}",
    },
    "errors.expect.thresholds_ordered": {
        "da": "red_below ({red_below}) på højst green_min ({green_min})",
        "en": "red_below ({red_below}) of at most green_min ({green_min})",
    },
    "errors.expect.value": {"da": "en værdi", "en": "a value"},
    "errors.expect.known_key": {
        "da": "en af nøglerne {keys}",
        "en": "one of the keys {keys}",
    },
    "errors.expect.unit": {"da": "enhedens navn", "en": "the unit's name"},
    "errors.expect.theme_name": {"da": "temaets navn", "en": "the theme's name"},
    "errors.expect.themes": {"da": "mindst ét tema", "en": "at least one theme"},
    "errors.expect.theme_content": {
        "da": "spørgsmål eller en score for temaet",
        "en": "questions or a score for the theme",
    },
    "errors.expect.question_text": {
        "da": "et spørgsmåls-id eller en spørgsmålstekst",
        "en": "a question id or question text",
    },
    "errors.expect.same_as_line": {
        "da": "samme værdi som i linje {line} ({value})",
        "en": "the same value as on line {line} ({value})",
    },
    "errors.expect.at_most_invited": {
        "da": "højst {invited} (antal inviterede)",
        "en": "at most {invited} (the number invited)",
    },
    "errors.expect.scale_needed": {
        "da": "en skala ('1-5', '1-7' eller '0-100')",
        "en": "a scale ('1-5', '1-7' or '0-100')",
    },
    "errors.expect.mean_needed": {
        "da": "enhedens gennemsnit på spørgsmålets skala",
        "en": "the unit's mean on the item's scale",
    },
    "errors.expect.count_yes_needed": {
        "da": "antal udsatte medarbejdere (et helt tal)",
        "en": "the number of employees exposed (a whole number)",
    },
    "errors.expect.unique_id": {
        "da": "et spørgsmåls-id, der ikke er brugt før (det er brugt i {where})",
        "en": "a question id not used before (it is used at {where})",
    },
    "errors.expect.unique_theme": {
        "da": "et temanavn, der ikke er brugt før (det er brugt i {where})",
        "en": "a theme name not used before (it is used at {where})",
    },
    "errors.expect.one_theme_row": {
        "da": "én række for temaet (den første er linje {line})",
        "en": "one row for the theme (the first is line {line})",
    },
    # --- what was found ---
    "errors.found.empty": {"da": "en tom celle", "en": "an empty cell"},
    "errors.found.nothing": {"da": "ingen værdi", "en": "no value"},
    "errors.found.no_column": {"da": "ingen sådan kolonne", "en": "no such column"},
    "errors.found.no_suffix": {"da": "et filnavn uden endelse", "en": "a file name without an extension"},
    "errors.found.byte": {"da": "byten {byte}", "en": "the byte {byte}"},
    "errors.found.binary": {"da": "binære data (en NUL-byte)", "en": "binary data (a NUL byte)"},
    "errors.found.field_count": {"da": "{count} i denne linje", "en": "{count} on this line"},
    "errors.found.not_zip": {
        "da": "en fil, der ikke er en projektmappe (ikke et zip-arkiv)",
        "en": "a file that is not a workbook (not a zip archive)",
    },
    "errors.found.damaged": {
        "da": "en beskadiget projektmappe ({detail})",
        "en": "a damaged workbook ({detail})",
    },
    "errors.found.key": {"da": "nøglen {key}", "en": "the key {key}"},
    "errors.found.table": {"da": "en tabel", "en": "a table"},
    "errors.found.list": {"da": "en liste", "en": "a list"},
}
