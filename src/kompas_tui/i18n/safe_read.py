"""Messages: files refused before they are read or parsed (safe_read.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "safe_read.link_refuse": {
        "da": "Filen er et symbolsk link; kompas følger ikke links til sessioner, sikkerhedskopier, låse og "
        "stemmesedler. Brug filen, linket peger på.",
        "en": "The file is a symbolic link; kompas does not follow links to sessions, backups, locks and "
        "ballots. Use the file the link points to.",
    },
    "safe_read.link_own": {
        "da": "Filen er et symbolsk link, som en anden bruger har lavet; kompas følger kun links, du selv ejer.",
        "en": "The file is a symbolic link another user made; kompas only follows links you own.",
    },
    "safe_read.not_regular": {
        "da": "Filen er ikke en almindelig fil, men {kind}; kompas læser den ikke.",
        "en": "This is not a regular file but {kind}; kompas does not read it.",
    },
    "safe_read.special.fifo": {"da": "en navngiven pipe (FIFO)", "en": "a named pipe (FIFO)"},
    "safe_read.special.device": {"da": "en enhed", "en": "a device"},
    "safe_read.special.socket": {"da": "en socket", "en": "a socket"},
    "safe_read.changed": {
        "da": "Filen blev skiftet ud, mens den blev åbnet, og er ikke læst. Prøv igen.",
        "en": "The file was replaced while it was being opened and has not been read. Try again.",
    },
    "safe_read.too_big": {
        "da": "Filen er for stor: {kind} fylder højst {limit}.",
        "en": "The file is too big: {kind} is at most {limit}.",
    },
    "safe_read.too_many_items": {
        "da": "Filen har flere end {limit} nøgler, værdier og tabeller; {kind} har langt færre.",
        "en": "The file has more than {limit} keys, values and tables; {kind} has far fewer.",
    },
    "safe_read.too_deep": {
        "da": "Lister og tabeller ligger mere end {limit} niveauer inde i hinanden.",
        "en": "Lists and tables are nested more than {limit} levels deep.",
    },
    "safe_read.key_too_long": {
        "da": "En nøgle har mere end {limit} dele adskilt af punktum.",
        "en": "A key has more than {limit} parts separated by dots.",
    },
    "safe_read.expect_finite": {"da": "et endeligt tal", "en": "a finite number"},
    "safe_read.kind.session": {"da": "en session", "en": "a session"},
    "safe_read.kind.profile": {"da": "en profil", "en": "a profile"},
    "safe_read.kind.report": {"da": "en rapport", "en": "a report"},
    "safe_read.kind.ballot": {"da": "en stemmeseddel", "en": "a ballot"},
    "safe_read.kind.lock": {"da": "en låsefil", "en": "a lock file"},
}
