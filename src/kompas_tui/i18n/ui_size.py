"""The notice shown instead of the screen when the terminal is too small."""

MESSAGES = {
    "ui_size.title": {"da": "Vinduet er for lille", "en": "The window is too small"},
    "ui_size.needs": {
        "da": "kompas skal bruge mindst {width}×{height} tegn; dette vindue er {now_width}×{now_height}.",
        "en": "kompas needs at least {width}×{height} characters; this window is {now_width}×{now_height}.",
    },
    "ui_size.how": {
        "da": "Gør vinduet større eller skriftstørrelsen mindre (ctrl+minus i de fleste terminaler).",
        "en": "Make the window larger or the font smaller (ctrl+minus in most terminals).",
    },
    "ui_size.safe": {
        "da": "Intet er tabt: sessionen er åben og gemmes som før. Skærmen kommer tilbage, "
        "så snart vinduet er stort nok.",
        "en": "Nothing is lost: the session stays open and is saved as before. The screen comes "
        "back as soon as the window is large enough.",
    },
    "ui_size.quit": {"da": "ctrl+q gemmer og afslutter.", "en": "ctrl+q saves and quits."},
}
