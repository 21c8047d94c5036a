"""Messages: what the operating system refused (see os_errors.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "system.missing": {"da": "findes ikke", "en": "does not exist"},
    "system.denied": {"da": "ingen adgang (tjek rettighederne)", "en": "permission denied (check the permissions)"},
    "system.read_only": {"da": "filsystemet er skrivebeskyttet", "en": "the file system is read-only"},
    "system.full": {"da": "disken er fuld", "en": "the disk is full"},
    "system.not_folder": {"da": "er ikke en mappe", "en": "is not a folder"},
    "system.is_folder": {"da": "er en mappe, ikke en fil", "en": "is a folder, not a file"},
    "system.other": {"da": "systemet nægtede ({code})", "en": "the system refused ({code})"},
}
