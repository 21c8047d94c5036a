"""Messages: reading a folder of sessions (problems)."""

MESSAGES: dict[str, dict[str, str]] = {
    "folder.line": {
        "da": "linje {line}",
        "en": "line {line}",
    },
    "folder.broken_link": {
        "da": "en genvej (symbolsk link) der ikke fører til en fil",
        "en": "a symbolic link that leads to no file",
    },
    "folder.conflict_copy": {
        "da": "en anden servers udgave af {original} (kompas sync: ændret begge steder); "
        "sammenlign, ret sessionen og slet kopien",
        "en": "another server's version of {original} (kompas sync: changed on both); "
        "compare, correct the session and delete the copy",
    },
    "folder.a_report": {
        "da": "er en målingsrapport, ikke en session (start en session på den med kompas new)",
        "en": "is a survey report, not a session (start a session on it with kompas new)",
    },
    "folder.a_profile": {
        "da": "er en organisationsprofil, ikke en session (profilen hedder kompas.toml)",
        "en": "is an organisation profile, not a session (the profile is called kompas.toml)",
    },
    "folder.holder_unknown": {
        "da": "en anden (ukendt hvem)",
        "en": "someone else (not known who)",
    },
    "folder.unexpected": {
        "da": "kunne ikke læses ({error})",
        "en": "could not be read ({error})",
    },
}
