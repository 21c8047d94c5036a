"""Messages: quitting when the session cannot be saved (screens/unsaved.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui_unsaved.title": {"da": "Ændringerne kan ikke gemmes", "en": "The changes cannot be saved"},
    "ui_unsaved.help": {
        "da": "Sessionen kan ikke gemmes i sin fil (fx fordi disken er fuld), så kompas afslutter ikke "
        "uden videre: dine ændringer findes kun i dette vindue. g prøver at gemme igen (fx når der er "
        "gjort plads), h gemmer en kopi som en ny fil i din hjemmemappe og afslutter, t afslutter og "
        "skriver hele sessionen i terminalen, så du kan kopiere den, a to gange afslutter uden at gemme. "
        "Esc går tilbage til arbejdet; intet går tabt, så længe kompas kører.",
        "en": "The session cannot be saved to its file (for example because the disk is full), so kompas "
        "does not just quit: your changes exist only in this window. g tries to save again (for example "
        "once space has been made), h saves a copy as a new file in your home folder and quits, t quits "
        "and writes the whole session in the terminal for you to copy, a twice quits without saving. "
        "Esc goes back to work; nothing is lost while kompas runs.",
    },
    "ui_unsaved.switch_refused": {
        "da": "Den anden session blev ikke åbnet: ændringerne i denne kan ikke gemmes. Gem dem først "
        "(fx ved at gøre plads på disken), eller afslut med ctrl+q for at lægge en kopi et andet sted.",
        "en": "The other session was not opened: the changes in this one cannot be saved. Save them "
        "first (for example by making space on the disk), or quit with ctrl+q to put a copy elsewhere.",
    },
    "ui_unsaved.key.retry": {"da": "Gem igen", "en": "Save again"},
    "ui_unsaved.key.home": {"da": "Kopi hjem", "en": "Copy home"},
    "ui_unsaved.key.terminal": {"da": "Terminal", "en": "Terminal"},
    "ui_unsaved.key.abandon": {"da": "Afslut uden at gemme", "en": "Quit without saving"},
    "ui_unsaved.cannot_save": {
        "da": "Sessionen {file} kan ikke gemmes: {reason}.",
        "en": "The session {file} cannot be saved: {reason}.",
    },
    "ui_unsaved.unknown_reason": {"da": "ukendt fejl", "en": "unknown error"},
    "ui_unsaved.only_here": {
        "da": "Dine seneste ændringer findes kun i dette vindue. Afslutter du nu, går de tabt.",
        "en": "Your latest changes exist only in this window. If you quit now, they are lost.",
    },
    "ui_unsaved.choices": {
        "da": "g: prøv at gemme igen (når der er gjort plads)\n"
        "h: gem en kopi som en ny fil i {home} og afslut\n"
        "t: afslut og skriv hele sessionen i terminalen, så du kan kopiere den\n"
        "a: afslut uden at gemme (tryk a to gange)\n"
        "Esc: tilbage til arbejdet",
        "en": "g: try to save again (once space has been made)\n"
        "h: save a copy as a new file in {home} and quit\n"
        "t: quit and write the whole session in the terminal for you to copy\n"
        "a: quit without saving (press a twice)\n"
        "Esc: back to work",
    },
    "ui_unsaved.still_not": {
        "da": "Kan stadig ikke gemme: {reason}.",
        "en": "Still cannot save: {reason}.",
    },
    "ui_unsaved.home_failed": {
        "da": "Kopien kunne ikke gemmes ({file}: {reason}). Prøv t for at få sessionen i terminalen.",
        "en": "The copy could not be saved ({file}: {reason}). Try t to get the session in the terminal.",
    },
    "ui_unsaved.confirm_abandon": {
        "da": "Afslut uden at gemme? Ændringerne siden sidste gemning går tabt. Tryk a igen.",
        "en": "Quit without saving? The changes since the last save are lost. Press a again.",
    },
    "ui_unsaved.after.home": {
        "da": "kompas: sessionen kunne ikke gemmes i sin fil; en kopi med dine ændringer er gemt i {file} "
        "(åbn den med: kompas open {file})",
        "en": "kompas: the session could not be saved to its file; a copy with your changes is in {file} "
        "(open it with: kompas open {file})",
    },
    "ui_unsaved.after.terminal": {
        "da": "kompas: sessionen {file} kunne ikke gemmes. Her er den hele (TOML): gem teksten som en .toml-fil "
        "og åbn den med kompas open.",
        "en": "kompas: the session {file} could not be saved. Here it is whole (TOML): save the text as a "
        ".toml file and open it with kompas open.",
    },
}
