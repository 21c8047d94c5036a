"""Messages: kompas join: the participant's voting screen.

Counts are worded with the `voting.unit.*` forms of i18n/voting.py before
they are put in these strings ("2 af 5 prikker").
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The command line.
    "ui_join.cli.missing": {
        "da": "kompas join: {file} findes ikke — spørg ordstyreren om stien til sessionsfilen",
        "en": "kompas join: {file} does not exist — ask the facilitator for the session file's path",
    },
    "ui_join.cli.unreadable": {
        "da": "kompas join: {file} er ikke din at læse — bed ordstyreren om at sætte dig i mappens gruppe",
        "en": "kompas join: {file} is not yours to read — ask the facilitator to add you to the folder's group",
    },
    # The screen.
    "ui_join.title": {"da": "Afstemning", "en": "Voting"},
    "ui_join.title.unit": {"da": "Afstemning — {unit}", "en": "Voting — {unit}"},
    "ui_join.title.by": {"da": "{title} · ordstyrer: {facilitator}", "en": "{title} · facilitator: {facilitator}"},
    "ui_join.column.theme": {"da": "Tema", "en": "Theme"},
    "ui_join.column.dots": {"da": "Dine prikker", "en": "Your dots"},
    "ui_join.help": {
        "da": "Stem på temaerne fra din egen terminal. Vælg et tema med pilene op og ned, og giv det "
        "prikker med + og - (eller højre og venstre pil), eller skriv antallet med et ciffer. Hver "
        "ændring afgives med det samme, så intet går tabt, hvis forbindelsen ryger; start kompas join "
        "igen for at fortsætte. Du kan ændre din stemme, indtil ordstyreren lukker afstemningen. "
        "De andre deltagere kan ikke se, hvad du stemmer, og kun summen gemmes i sessionen.",
        "en": "Vote on the themes from your own terminal. Pick a theme with the up and down arrows and "
        "give it dots with + and - (or the right and left arrows), or type the number as a digit. "
        "Every change is cast at once, so nothing is lost if the connection drops; run kompas join "
        "again to go on. You can change your vote until the facilitator closes the ballot. No "
        "other participant can see what you vote, and only the totals are kept in the session.",
    },
    "ui_join.state.reading": {
        "da": "Læser afstemningen …",
        "en": "Reading the ballot …",
    },
    "ui_join.state.waiting": {
        "da": "Der er ingen åben afstemning endnu — vent på ordstyreren",
        "en": "There is no open ballot yet — wait for the facilitator",
    },
    "ui_join.state.open": {
        "da": "Afstemningen er åben: fordel dine prikker på temaerne",
        "en": "The ballot is open: spread your dots over the themes",
    },
    "ui_join.state.closed": {"da": "Afstemningen er lukket", "en": "The ballot is closed"},
    "ui_join.state.closed_cast": {
        "da": "Afstemningen er lukket — din stemme er afgivet",
        "en": "The ballot is closed — your vote is cast",
    },
    "ui_join.state.gone": {
        "da": "Afstemningen er afsluttet hos ordstyreren",
        "en": "The facilitator has ended the ballot",
    },
    "ui_join.state.unreadable": {
        "da": "Afstemningen kan ikke læses — bed ordstyreren om at sætte dig i mappens gruppe",
        "en": "The ballot cannot be read — ask the facilitator to add you to the folder's group",
    },
    "ui_join.budget": {
        "da": "Du har {left} af {votes} tilbage",
        "en": "You have {left} of {votes} left",
    },
    "ui_join.cap": {"da": "Højst {cap} på ét tema", "en": "At most {cap} on one theme"},
    "ui_join.no_cap": {"da": "Intet loft pr. tema", "en": "No cap per theme"},
    "ui_join.over_cap": {"da": "Højst {cap} på ét tema", "en": "At most {cap} on one theme"},
    "ui_join.over_budget": {
        "da": "Du har kun {left} tilbage",
        "en": "You have only {left} left",
    },
    "ui_join.no_budget_left": {
        "da": "Du har ikke flere prikker — tag én fra et andet tema først",
        "en": "You have no dots left — take one from another theme first",
    },
    "ui_join.none_to_take": {
        "da": "Der er ingen prikker at tage fra '{theme}'",
        "en": "There are no dots to take from '{theme}'",
    },
    "ui_join.not_open": {
        "da": "Afstemningen er ikke åben: din stemme kan ikke ændres",
        "en": "The ballot is not open: your vote cannot be changed",
    },
    "ui_join.cast": {
        "da": "Afgivet kl. {time} — du kan ændre den, indtil afstemningen lukker",
        "en": "Cast at {time} — you can change it until the ballot closes",
    },
    "ui_join.cast_resumed": {
        "da": "Din stemme er afgivet — du kan ændre den, indtil afstemningen lukker",
        "en": "Your vote is cast — you can change it until the ballot closes",
    },
    "ui_join.not_cast": {
        "da": "Du har ikke stemt endnu: din første prik afgiver stemmen",
        "en": "You have not voted yet: your first dot casts your vote",
    },
    "ui_join.cast_failed": {
        "da": "Stemmen kunne ikke afgives: {reason}",
        "en": "The vote could not be cast: {reason}",
    },
    # Keys (short: they fit the Footer) and their explanations.
    "ui_join.key.plus": {"da": "Prik til", "en": "Add dot"},
    "ui_join.key.plus.tip": {
        "da": "Giv det valgte tema én prik mere (også højre pil og =)",
        "en": "Give the selected theme one more dot (right arrow and = too)",
    },
    "ui_join.key.minus": {"da": "Prik fra", "en": "Take dot"},
    "ui_join.key.minus.tip": {
        "da": "Tag én prik fra det valgte tema (også venstre pil)",
        "en": "Take one dot from the selected theme (left arrow too)",
    },
    "ui_join.key.digits": {"da": "Sæt antal", "en": "Set number"},
    "ui_join.key.digits.tip": {
        "da": "Giv det valgte tema netop så mange prikker (0–9)",
        "en": "Give the selected theme exactly that many dots (0–9)",
    },
}
