"""Messages: the history of one session in Gennemsyn (screens/history.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui_history.title": {"da": "Historik", "en": "History"},
    "ui_history.help": {
        "da": "Sessionens historik, nyeste først: hvornår, hvem og hvad der blev ændret, i ord. "
        "Den gemmes, når sessionsmappen er et git-arkiv (kompas init-history), ved hvert checkpoint: "
        "når sessionen lukkes eller forlades, en runde afsluttes, en afstemning afsløres, og ved eksport. "
        "Enter viser den version skrivebeskyttet, sådan som den var. Escape går tilbage.",
        "en": "The session's history, newest first: when, who and what changed, in words. "
        "It is kept when the sessions folder is a git repository (kompas init-history), at each checkpoint: "
        "when the session is closed or left, a round is closed, a ballot is revealed, and on export. "
        "Enter shows that version read-only, as it was. Escape goes back.",
    },
    "ui_history.loading": {"da": "Læser historikken …", "en": "Reading the history …"},
    "ui_history.count.one": {"da": "1 version", "en": "1 version"},
    "ui_history.count.other": {"da": "{n} versioner, nyeste først", "en": "{n} versions, newest first"},
    "ui_history.empty": {
        "da": "Ingen versioner i historikken endnu: den første gemmes, når sessionen lukkes.",
        "en": "No versions in the history yet: the first is kept when the session is closed.",
    },
    "ui_history.key.show": {"da": "vis version", "en": "show version"},
    "ui_history.key.show.tip": {
        "da": "Vis sessionen, som den var i denne version (skrivebeskyttet)",
        "en": "Show the session as it was in this version (read-only)",
    },
    "ui_history.version_note": {
        "da": "Historik · version fra {when} ({who}) · {file} · skrivebeskyttet",
        "en": "History · version of {when} ({who}) · {file} · read-only",
    },
    "ui_history.version_failed": {
        "da": "Versionen kan ikke vises: {reason}",
        "en": "The version cannot be shown: {reason}",
    },
}
