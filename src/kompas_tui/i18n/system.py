"""Messages: what the operating system refused (see os_errors.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "os.missing": {"da": "findes ikke", "en": "does not exist"},
    "os.denied": {"da": "ingen adgang (tjek rettighederne)", "en": "permission denied (check the permissions)"},
    "os.read_only": {"da": "filsystemet er skrivebeskyttet", "en": "the file system is read-only"},
    "os.full": {"da": "disken er fuld", "en": "the disk is full"},
    "os.not_folder": {"da": "er ikke en mappe", "en": "is not a folder"},
    "os.is_folder": {"da": "er en mappe, ikke en fil", "en": "is a folder, not a file"},
    "os.other": {"da": "systemet nægtede ({code})", "en": "the system refused ({code})"},
}
