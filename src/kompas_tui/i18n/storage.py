"""Messages: session files, profiles, locks and the sessions folder."""

MESSAGES: dict[str, dict[str, str]] = {
    # The sessions folder
    "storage.folder_world_readable": {
        "da": "Alle brugere på maskinen kan se indholdet af sessionsmappen {path}. "
        "Begræns adgangen, fx med: chmod o-rwx {path}",
        "en": "Every user on this machine can list the sessions folder {path}. "
        "Restrict it, e.g. with: chmod o-rwx {path}",
    },
    "storage.folder_world_writable": {
        "da": "Alle brugere på maskinen kan ændre og slette filer i sessionsmappen {path}. "
        "Begræns adgangen, fx med: chmod o-rwx {path}",
        "en": "Every user on this machine can change and delete files in the sessions folder {path}. "
        "Restrict it, e.g. with: chmod o-rwx {path}",
    },
    "storage.folder_not_sticky": {
        "da": "Gruppens medlemmer kan omdøbe, erstatte og slette hinandens sessioner og afstemninger i "
        "sessionsmappen {path}: den mangler sticky-bit. Ret det med: chmod +t {path} (se docs/live-voting.md)",
        "en": "Members of the group can rename, replace and delete each other's sessions and ballots in "
        "the sessions folder {path}: it lacks the sticky bit. Fix it with: chmod +t {path} (see docs/live-voting.md)",
    },
    "storage.not_a_folder": {
        "da": "findes, men er ikke en mappe",
        "en": "exists but is not a folder",
    },
    "storage.cannot_create_folder": {
        "da": "mappen kan ikke oprettes ({reason})",
        "en": "the folder cannot be created ({reason})",
    },
    # Profiles
    "storage.profile_pattern_unused": {
        "da": "bruges ikke længere: lederemner findes nu ud fra ordene i leadership_words og "
        "leadership_exclude (se docs/profile.md); standardordene gælder, indtil du skriver dine egne",
        "en": "is no longer used: leadership themes are now found by the words in leadership_words "
        "and leadership_exclude (see docs/profile.md); the default words apply until you write your own",
    },
    # Reading files
    "storage.not_utf8": {
        "da": "filen er ikke gyldig UTF-8-tekst (gem den som UTF-8)",
        "en": "the file is not valid UTF-8 text (save it as UTF-8)",
    },
    "storage.toml_syntax": {
        "da": "ugyldig TOML: {detail}",
        "en": "invalid TOML: {detail}",
    },
    "storage.toml_syntax_at": {
        "da": "ugyldig TOML i kolonne {column}: {detail}",
        "en": "invalid TOML at column {column}: {detail}",
    },
    # tomllib said something the catalog has no translation for (English
    # keeps tomllib's text and never uses these).
    "storage.toml_syntax_unknown": {"da": "ugyldig TOML-syntaks", "en": "invalid TOML syntax"},
    "storage.toml_syntax_unknown_at": {
        "da": "ugyldig TOML-syntaks i kolonne {column}",
        "en": "invalid TOML syntax at column {column}",
    },
    "storage.not_a_session": {
        "da": "er ikke en kompas-sessionsfil (den har hverken schema_version eller measurements)",
        "en": "is not a kompas session file (it has neither schema_version nor measurements)",
    },
    "storage.field_missing": {"da": "mangler", "en": "is missing"},
    "storage.field_unknown": {
        "da": "ukendt felt (stavefejl, eller skrevet af en anden version af kompas?)",
        "en": "unknown field (a typo, or written by another version of kompas?)",
    },
    # Schema versions
    "storage.schema_missing": {
        "da": "mangler; en sessionsfil begynder med schema_version = 1",
        "en": "is missing; a session file starts with schema_version = 1",
    },
    "storage.schema_not_int": {
        "da": "skal være et heltal, fandt {found}",
        "en": "must be a whole number, found {found}",
    },
    "storage.schema_newer": {
        "da": "skrevet af en nyere kompas (skema {version}); denne kompas læser op til skema "
        "{supported} — opdatér kompas",
        "en": "written by a newer kompas (schema {version}); this kompas reads up to schema "
        "{supported} — update kompas",
    },
    "storage.schema_unknown": {
        "da": "ukendt skemaversion {version}; denne kompas læser skema 1 til {supported}",
        "en": "unknown schema version {version}; this kompas reads schema 1 to {supported}",
    },
    # Locks and read-only sessions
    "storage.read_only_locked": {
        "da": "{path} er åben til redigering hos {holder} siden {since}; den er åbnet skrivebeskyttet",
        "en": "{path} is open for editing by {holder} since {since}; it was opened read-only",
    },
    "storage.read_only_unknown_holder": {
        "da": "{path} er åben til redigering i et andet program; den er åbnet skrivebeskyttet",
        "en": "{path} is open for editing elsewhere; it was opened read-only",
    },
    "storage.read_only_no_permission": {
        "da": "{path} kan ikke låses til redigering (ingen skriveadgang til mappen); "
        "den er åbnet skrivebeskyttet",
        "en": "{path} cannot be locked for editing (no write access to the folder); "
        "it was opened read-only",
    },
    "storage.read_only_closed": {
        "da": "{path} er lukket og kan ikke gemmes igen",
        "en": "{path} is closed and cannot be saved again",
    },
    "storage.holder": {
        "da": "{user} på {host} (proces {pid})",
        "en": "{user} on {host} (process {pid})",
    },
    "storage.unknown_since": {"da": "ukendt tidspunkt", "en": "an unknown time"},
    "storage.truncated": {
        "da": "filen ser ud til at være afkortet: dens sidste linje skal være '{trailer}'. "
        "Brug sikkerhedskopien (.bak), eller tilføj linjen, hvis du selv har redigeret filen",
        "en": "the file seems cut off: its last line must be '{trailer}'. "
        "Use the backup (.bak), or add the line back if you edited the file by hand",
    },
    # tomllib's own words, keyed by its English text (see problem_text.localised_toml_detail).
    # English shows tomllib's text itself; the "en" texts are tomllib's, for reference.
    # Like every catalog text these are str.format strings: "}}" is one "}".
    "storage.toml:Invalid statement": {"da": "ugyldig linje", "en": "Invalid statement"},
    "storage.toml:Expected newline or end of document after a statement": {
        "da": "forventede linjeskift efter værdien",
        "en": "Expected newline or end of document after a statement",
    },
    "storage.toml:Cannot overwrite a value": {"da": "en værdi er givet to gange", "en": "Cannot overwrite a value"},
    "storage.toml:Expected ']' at the end of a table declaration": {
        "da": "forventede ']' efter tabellens navn",
        "en": "Expected ']' at the end of a table declaration",
    },
    "storage.toml:Expected ']]' at the end of an array declaration": {
        "da": "forventede ']]' efter navnet på listen af tabeller",
        "en": "Expected ']]' at the end of an array declaration",
    },
    "storage.toml:Expected '=' after a key in a key/value pair": {
        "da": "forventede '=' efter en nøgle",
        "en": "Expected '=' after a key in a key/value pair",
    },
    "storage.toml:Invalid initial character for a key part": {
        "da": "ugyldigt første tegn i en nøgle",
        "en": "Invalid initial character for a key part",
    },
    "storage.toml:Unclosed array": {"da": "en liste er ikke lukket med ]", "en": "Unclosed array"},
    "storage.toml:Unclosed inline table": {"da": "en inline-tabel er ikke lukket med }}", "en": "Unclosed inline table"},
    "storage.toml:Unescaped '\\' in a string": {
        "da": "ugyldig '\\' i en tekst (skriv '\\\\' for en omvendt skråstreg)",
        "en": "Unescaped '\\' in a string",
    },
    "storage.toml:Invalid hex value": {
        "da": "ugyldigt hex-tal efter \\u eller \\U i en tekst",
        "en": "Invalid hex value",
    },
    "storage.toml:Escaped character is not a Unicode scalar value": {
        "da": "tegnkoden efter \\u eller \\U er ikke et gyldigt Unicode-tegn",
        "en": "Escaped character is not a Unicode scalar value",
    },
    "storage.toml:Unterminated string": {"da": "en tekst mangler sit afsluttende anførselstegn", "en": "Unterminated string"},
    "storage.toml:Illegal character in string": {"da": "ulovligt tegn i en tekst", "en": "Illegal character in string"},
    "storage.toml:Invalid date or datetime": {"da": "ugyldig dato eller tidspunkt", "en": "Invalid date or datetime"},
    "storage.toml:Invalid value": {"da": "ugyldig værdi", "en": "Invalid value"},
    # Messages with a value in them (problem_text._TOML_PATTERNS); {key} is
    # shown as the file writes it (a.b), {char} and {expected} as tomllib quotes them.
    "storage.toml:Illegal character {char}": {
        "da": "ulovligt tegn {char} i en tekst",
        "en": "Illegal character {char}",
    },
    "storage.toml:Found invalid character {char}": {
        "da": "ugyldigt tegn {char} i en kommentar eller tekst",
        "en": "Found invalid character {char}",
    },
    "storage.toml:Expected {expected}": {
        "da": "forventede {expected}, der afslutter teksten",
        "en": "Expected {expected}",
    },
    "storage.toml:Cannot declare {key} twice": {
        "da": "tabellen [{key}] er allerede defineret",
        "en": "Cannot declare {key} twice",
    },
    "storage.toml:Cannot mutate immutable namespace {key}": {
        "da": "{key} er allerede givet som værdi eller inline-tabel og kan ikke udvides",
        "en": "Cannot mutate immutable namespace {key}",
    },
    "storage.toml:Cannot redefine namespace {key}": {
        "da": "{key} er allerede defineret og kan ikke defineres igen",
        "en": "Cannot redefine namespace {key}",
    },
    "storage.toml:Duplicate inline table key {key}": {
        "da": "nøglen {key} står to gange i en inline-tabel",
        "en": "Duplicate inline table key {key}",
    },
}
