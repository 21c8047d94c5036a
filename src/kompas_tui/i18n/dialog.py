"""Messages: the Dialog step (`domain/dialog.py`).

The built-in discussion prompts for the table dialogue, after the deck's
"Drøftelse ved bordet": a title and a short body each. An org profile can add
its own or replace them (`[[prompts]]`, docs/profile.md).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "dialog.prompt.concerns.title": {
        "da": "Det, der optager os mest",
        "en": "What concerns us most",
    },
    "dialog.prompt.concerns.body": {
        "da": "Hvad optager jer mest i det, vi har hørt og talt om indtil nu? "
        "Hvad kan I genkende fra hverdagen, og hvad overrasker jer?",
        "en": "Of what we have heard and talked about so far, what concerns you most? "
        "What do you recognise from your working day, and what surprises you?",
    },
    "dialog.prompt.planning.title": {
        "da": "Når vi planlægger opfølgningen",
        "en": "Planning our follow-up",
    },
    "dialog.prompt.planning.body": {
        "da": "Hvad er vigtigt for jer, når vi planlægger vores opfølgning? "
        "Tænk på, hvem der skal være med, hvad der kan lade sig gøre i en travl hverdag, "
        "og hvordan alle bliver hørt.",
        "en": "What matters to you when we plan our follow-up? "
        "Think of who should take part, what can be done in a busy working day, "
        "and how everyone gets heard.",
    },
    "dialog.prompt.process.title": {
        "da": "En god proces på arbejdspladsen",
        "en": "A good process at our workplace",
    },
    "dialog.prompt.process.body": {
        "da": "Hvordan sikrer vi en god proces her på arbejdspladsen, hvor både ledere "
        "og medarbejdere tager del i ansvaret? Er trivselskompasset et godt værktøj for os – "
        "hvorfor eller hvorfor ikke?",
        "en": "How do we make sure of a good process here at our workplace, with managers "
        "and employees sharing the responsibility? Is the wellbeing compass a good tool for us – "
        "why or why not?",
    },
    "dialog.prompt.next_steps.title": {
        "da": "Vores næste tre skridt",
        "en": "Our next three steps",
    },
    "dialog.prompt.next_steps.body": {
        "da": "Hvad er vores næste tre skridt i opfølgningen? "
        "Gør dem små og konkrete: hvem gør hvad, og hvornår?",
        "en": "What are our next three steps in the follow-up? "
        "Keep them small and concrete: who does what, and by when?",
    },
}
