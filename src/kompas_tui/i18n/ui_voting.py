"""Messages: the voting screen (Afstemning).

Counts are worded with the `voting.unit.*` forms of i18n/voting.py before
they are put in these strings ("37 af 40 prikker brugt").
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys (short: they fit the Footer) and their explanations.
    "ui_voting.key.dots": {"da": "Prikker", "en": "Dots"},
    "ui_voting.key.plus": {"da": "Prik til", "en": "Add dot"},
    "ui_voting.key.plus.tip": {
        "da": "Giv det valgte tema én prik mere (også =)",
        "en": "Give the selected theme one more dot (= too)",
    },
    "ui_voting.key.minus": {"da": "Prik fra", "en": "Take dot"},
    "ui_voting.key.minus.tip": {
        "da": "Tag én prik fra det valgte tema",
        "en": "Take one dot from the selected theme",
    },
    "ui_voting.key.digits": {"da": "Skriv antal", "en": "Type number"},
    "ui_voting.key.digits.tip": {
        "da": "Skriv antallet af prikker for det valgte tema; Enter, en pil eller et øjeblik gemmer det",
        "en": "Type the number of dots for the selected theme; Enter, an arrow or a moment's pause saves it",
    },
    "ui_voting.key.commit": {"da": "Gem og næste", "en": "Save, next"},
    "ui_voting.key.commit.tip": {
        "da": "Gem det skrevne tal og gå til næste tema",
        "en": "Save the typed number and go to the next theme",
    },
    "ui_voting.key.erase": {"da": "Slet ciffer", "en": "Erase digit"},
    "ui_voting.key.cancel": {"da": "Fortryd tal", "en": "Cancel number"},
    "ui_voting.key.cancel.tip": {
        "da": "Glem det tal, du er i gang med at skrive",
        "en": "Forget the number you are typing",
    },
    "ui_voting.key.participants": {"da": "Deltagere", "en": "Participants"},
    "ui_voting.key.participants.tip": {
        "da": "Skriv antallet af deltagere og de andre regler for afstemningen (Enter går videre)",
        "en": "Type the number of participants and the vote's other rules (Enter moves on)",
    },
    "ui_voting.key.to_tally": {"da": "Til tabellen", "en": "To the table"},
    "ui_voting.key.to_tally.tip": {
        "da": "Tilbage til tabellen, hvor prikkerne tælles",
        "en": "Back to the table where the dots are counted",
    },
    "ui_voting.key.add_theme": {"da": "Nyt tema", "en": "New theme"},
    "ui_voting.key.add_theme.tip": {
        "da": "Tilføj et tema, gruppen vil stemme om ud over rapportens",
        "en": "Add a theme the group wants to vote on besides the report's",
    },
    "ui_voting.key.remove_theme": {"da": "Fjern tema", "en": "Remove theme"},
    "ui_voting.key.remove_theme.tip": {
        "da": "Fjern et tema, I selv har tilføjet (med dets prikker)",
        "en": "Remove a theme you added yourselves (with its dots)",
    },
    "ui_voting.key.choose": {"da": "Vælg til/fra", "en": "Choose"},
    "ui_voting.key.choose.tip": {
        "da": "Tag det valgte tema med blandt dem, I arbejder videre med, eller tag det ud",
        "en": "Put the selected theme among the ones you will work on, or take it out",
    },
    "ui_voting.key.reset_choice": {"da": "Standardvalg", "en": "Default choice"},
    "ui_voting.key.reset_choice.tip": {
        "da": "Vælg igen temaerne med flest prikker",
        "en": "Choose the themes with the most dots again",
    },
    # The settings.
    "ui_voting.settings.participants": {"da": "Deltagere", "en": "Participants"},
    "ui_voting.settings.votes": {"da": "Stemmer pr. person", "en": "Votes per person"},
    "ui_voting.settings.max": {"da": "Højst pr. tema pr. deltager", "en": "Max per theme per participant"},
    "ui_voting.settings.top_n": {"da": "Temaer at vælge", "en": "Themes to choose"},
    "ui_voting.settings.unset": {"da": "antal", "en": "number"},
    "ui_voting.settings.default": {"da": "std. {n}", "en": "default {n}"},
    "ui_voting.settings.no_max": {"da": "ingen", "en": "none"},
    "ui_voting.settings.invalid": {
        "da": "{setting} skal være et tal fra {low} til {high}.",
        "en": "{setting} must be a number from {low} to {high}.",
    },
    # The budget line and how it is made up.
    "ui_voting.budget.used": {
        "da": "{used} af {budget} brugt · {left} tilbage",
        "en": "{used} of {budget} used · {left} left",
    },
    "ui_voting.budget.over": {
        "da": "{used} af {budget} brugt · {over} for mange",
        "en": "{used} of {budget} used · {over} too many",
    },
    "ui_voting.budget.unknown": {
        "da": "{used} talt · tryk p og skriv antallet af deltagere, så tjekkes budgettet",
        "en": "{used} counted · press p and type the number of participants to check the budget",
    },
    "ui_voting.rule.votes": {"da": "{votes} pr. person", "en": "{votes} per person"},
    "ui_voting.rule.votes_default": {
        "da": "{votes} pr. person (standard ved {themes} temaer)",
        "en": "{votes} per person (default for {themes} themes)",
    },
    "ui_voting.rule.cap": {
        "da": "højst {cap} pr. tema ({per_person} pr. deltager)",
        "en": "at most {cap} per theme ({per_person} per participant)",
    },
    "ui_voting.rule.cap_unknown": {
        "da": "højst {per_person} pr. tema pr. deltager",
        "en": "at most {per_person} per theme per participant",
    },
    "ui_voting.rule.no_cap": {"da": "ingen grænse pr. tema", "en": "no limit per theme"},
    # The line beside the table: a hint, what is being typed, or why a key was refused.
    "ui_voting.hint": {
        "da": "Vælg tema med pilene, tryk + eller −, eller skriv antallet af prikker. "
        "Tasterne står nederst; f1 forklarer dem.",
        "en": "Select a theme with the arrows, press + or −, or type the number of dots. "
        "The keys are at the bottom; f1 explains them.",
    },
    "ui_voting.hint.read_only": {
        "da": "Sessionen er skrivebeskyttet: prikker, temaer og valg kan ses, men ikke ændres.",
        "en": "The session is read-only: dots, themes and choices can be seen but not changed.",
    },
    "ui_voting.pending": {
        "da": "Prikker til '{theme}': {digits} · Enter gemmer og går til næste tema, Esc fortryder",
        "en": "Dots for '{theme}': {digits} · Enter saves and moves to the next theme, Esc cancels",
    },
    "ui_voting.refused": {"da": "Ikke ændret: {reason}", "en": "Not changed: {reason}"},
    "ui_voting.read_only": {"da": "sessionen er skrivebeskyttet.", "en": "the session is read-only."},
    "ui_voting.problem": {"da": "Bemærk: {problem}", "en": "Note: {problem}"},
    "ui_voting.remove.confirm": {
        "da": "Tryk x igen for at fjerne '{theme}' og dets {dots}.",
        "en": "Press x again to remove '{theme}' and its {dots}.",
    },
    "ui_voting.removed": {"da": "'{theme}' er fjernet.", "en": "'{theme}' was removed."},
    "ui_voting.added": {"da": "'{theme}' er tilføjet.", "en": "'{theme}' was added."},
    # The tally and the result.
    "ui_voting.col.theme": {"da": "Tema", "en": "Theme"},
    "ui_voting.col.dots": {"da": "Prikker", "en": "Dots"},
    "ui_voting.col.rank": {"da": "Plads", "en": "Rank"},
    "ui_voting.col.chosen": {"da": "Valgt", "en": "Chosen"},
    "ui_voting.rank.tied": {"da": "{rank} delt", "en": "{rank} tied"},
    "ui_voting.chosen.mark": {"da": "valgt", "en": "chosen"},
    "ui_voting.added.mark": {"da": "(tilføjet)", "en": "(added)"},
    "ui_voting.result.title": {"da": "Resultat", "en": "Result"},
    "ui_voting.result.empty": {"da": "Ingen prikker endnu.", "en": "No dots yet."},
    "ui_voting.chosen.title": {"da": "Temaer I arbejder videre med", "en": "Themes you will work on"},
    "ui_voting.chosen.default": {
        "da": "Som standard de {n} temaer med flest prikker; v vælger et tema til eller fra.",
        "en": "By default the {n} themes with the most dots; v puts a theme in or takes it out.",
    },
    "ui_voting.chosen.custom": {
        "da": "Valgt af jer; n går tilbage til de {n} temaer med flest prikker.",
        "en": "Chosen by you; n goes back to the {n} themes with the most dots.",
    },
    "ui_voting.chosen.none": {"da": "Ingen temaer valgt endnu.", "en": "No themes chosen yet."},
    "ui_voting.chosen.line": {"da": "{number}. {theme} ({dots})", "en": "{number}. {theme} ({dots})"},
    # Adding a theme.
    "ui_voting.add.title": {"da": "Nyt tema", "en": "New theme"},
    "ui_voting.add.explain": {
        "da": "Et tema, gruppen vil stemme om ud over rapportens. Enter tilføjer det, Esc lukker.",
        "en": "A theme the group wants to vote on besides the report's. Enter adds it, Esc closes.",
    },
    "ui_voting.add.placeholder": {"da": "Temaets navn", "en": "Name of the theme"},
    # Help texts.
    "ui_voting.help": {
        "da": "Afstemning med prikker: skriv antallet af deltagere og evt. stemmer pr. person "
        "og højst pr. tema øverst. Vælg så et tema i tabellen med pilene og tast prikkerne "
        "fra væggen ind med + og − eller ved at skrive tallet (Enter gemmer og går videre). "
        "Budgettet tjekkes hele vejen; en tast, der ville bryde det, ændrer intet og siger "
        "hvorfor. Resultatet står under tabellen, lige mange prikker giver delt plads. I "
        "arbejder som standard videre med temaerne med flest prikker; v vælger til og fra, "
        "n går tilbage til standarden. Tab flytter mellem felterne og tabellerne.",
        "en": "Dot voting: type the number of participants, and if you like the votes per "
        "person and the most per theme, at the top. Then select a theme in the table with the "
        "arrows and key in the dots from the wall with + and − or by typing the number (Enter "
        "saves and moves on). The budget is checked all the way; a key that would break it "
        "changes nothing and says why. The result is below the table; equal dots share a "
        "rank. By default you work on the themes with the most dots; v puts one in or takes "
        "it out, n goes back to the default. Tab moves between the fields and the tables.",
    },
    "ui_voting.help.add": {
        "da": "Skriv navnet på et tema, gruppen vil stemme om. Et navn, der allerede er der, "
        "afvises. Enter tilføjer, Esc lukker uden at tilføje.",
        "en": "Type the name of a theme the group wants to vote on. A name that is already "
        "there is refused. Enter adds it, Esc closes without adding.",
    },
}
