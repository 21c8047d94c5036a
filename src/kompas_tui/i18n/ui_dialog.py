"""Messages: the Dialog screen (the discussion at the table).

The prompts themselves are in `i18n/dialog.py`; the guidance cards in
`i18n/domain.py` (the same texts as on the report screen).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "ui_dialog.key.next": {"da": "Næste", "en": "Next"},
    "ui_dialog.key.next.tip": {
        "da": "Gå til næste punkt i drøftelsen",
        "en": "Go to the next item of the discussion",
    },
    "ui_dialog.key.previous": {"da": "Forrige", "en": "Previous"},
    "ui_dialog.key.previous.tip": {
        "da": "Gå til forrige punkt i drøftelsen",
        "en": "Go to the previous item of the discussion",
    },
    "ui_dialog.key.timer_start": {"da": "Start timer", "en": "Start timer"},
    "ui_dialog.key.timer_start.tip": {
        "da": "Start punktets timer med de foreslåede eller valgte minutter (den er kun vejledende)",
        "en": "Start the item's timer with the suggested or chosen minutes (it is only advisory)",
    },
    "ui_dialog.key.timer_extend": {"da": "+5 min", "en": "+5 min"},
    "ui_dialog.key.timer_extend.tip": {
        "da": "Forlæng punktets timer med 5 minutter",
        "en": "Give the item's timer 5 more minutes",
    },
    "ui_dialog.key.timer_off": {"da": "Timer fra", "en": "Timer off"},
    "ui_dialog.key.timer_off.tip": {
        "da": "Slå punktets timer fra",
        "en": "Switch the item's timer off",
    },
    "ui_dialog.help.dialog": {
        "da": "Først mødets referat: forberedelsen i TRIO/MED (dato, hvem, noter) og dialogmødet (dato, "
        "sted, deltagere med rolle, fx »Jonas (AMR)«). "
        "Så drøftelsen ved bordet: kompassets spørgsmål og de råd, rapporten giver anledning til. "
        "Skriv jeres noter under hvert punkt; de gemmes, mens I skriver. Tab flytter ud af "
        "noterne. Hvert punkt har en timer, som kun er vejledende: den kan startes, forlænges "
        "med 5 minutter og slås fra, og den går aldrig videre af sig selv – I bestemmer, "
        "hvornår I er færdige.",
        "en": "First the record of the meeting: the preparation in TRIO/MED (date, who, notes) and the "
        "dialogue meeting (date, place, participants with their role, e.g. “Jonas (safety rep)”). "
        "Then the discussion at the table: the compass's questions and the guidance the report "
        "calls for. Write your notes under each item; they are saved as you type. Tab moves out "
        "of the notes. Each item has a timer that is only advisory: it can be started, given "
        "5 more minutes and switched off, and it never moves on by itself – you decide when "
        "you are done.",
    },
    "ui_dialog.position": {"da": "Punkt {number} af {count}", "en": "Item {number} of {count}"},
    "ui_dialog.next": {"da": "næste: {title}", "en": "next: {title}"},
    "ui_dialog.last": {"da": "sidste punkt", "en": "last item"},
    "ui_dialog.guidance": {"da": "Råd fra rapporten", "en": "Guidance from the report"},
    "ui_dialog.notes": {
        "da": "Noter (gemmes, mens I skriver)",
        "en": "Notes (saved as you type)",
    },
    "ui_dialog.notes.read_only": {
        "da": "Noter (kan kun læses)",
        "en": "Notes (read only)",
    },
    "ui_dialog.timer.off": {
        "da": "Timer: {minutes} min, ikke startet",
        "en": "Timer: {minutes} min, not started",
    },
    "ui_dialog.timer.running": {
        "da": "Timer: {left} tilbage af {minutes} min",
        "en": "Timer: {left} left of {minutes} min",
    },
    "ui_dialog.timer.done": {
        "da": "Tiden er gået ({minutes} min). I går videre, når I er klar.",
        "en": "Time is up ({minutes} min). Move on when you are ready.",
    },
    "ui_dialog.timer.done_notice": {
        "da": "Tiden er gået: {title}",
        "en": "Time is up: {title}",
    },
    "ui_dialog.timer.max": {
        "da": "En timer kan højst være {max} minutter.",
        "en": "A timer can be at most {max} minutes.",
    },
}
