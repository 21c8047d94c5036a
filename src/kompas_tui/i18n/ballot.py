"""Messages: live voting through the shared folder (errors and notes).

`BallotError.text()` and `BallotNote.text()` word them; a note always has
`{file}` (the file's name in the ballot box), `{problems}` is the ballot's
problems worded and joined.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Errors: what could not be done.
    "ballot.error.already_open": {
        "da": "Der er allerede en afstemning i gang for dette møde. Afslut eller kassér den først.",
        "en": "A ballot is already open for this session. Reveal or discard it first.",
    },
    "ballot.error.cannot_open": {
        "da": "Afstemningen kunne ikke åbnes: {reason}.",
        "en": "The ballot could not be opened: {reason}.",
    },
    "ballot.error.unreadable": {
        "da": "Du har ikke adgang til afstemningen i {path}. Spørg mødelederen, om du er med i gruppen.",
        "en": "You do not have access to the ballot in {path}. Ask the facilitator whether you are in the group.",
    },
    "ballot.error.cannot_read": {
        "da": "Afstemningen kunne ikke læses: {reason}.",
        "en": "The ballot could not be read: {reason}.",
    },
    "ballot.error.damaged": {
        "da": "Afstemningens fil {path} er beskadiget. Ordstyreren kan kassere afstemningen (d) og åbne en ny.",
        "en": "The ballot's file {path} is damaged. The facilitator can discard the ballot and open a new one.",
    },
    "ballot.error.none": {
        "da": "Der er ingen åben afstemning for dette møde lige nu.",
        "en": "There is no open ballot for this session right now.",
    },
    "ballot.error.closed": {
        "da": "Afstemningen er lukket. Din sidste afgivne stemme tæller.",
        "en": "The ballot has closed. Your last ballot cast counts.",
    },
    "ballot.error.invalid": {
        "da": "Stemmen kan ikke afgives: {problems}",
        "en": "The ballot cannot be cast: {problems}",
    },
    "ballot.error.name_taken": {
        "da": "En anden bruger har lagt en fil med dit navn ({user}) i afstemningen. Sig det til mødelederen.",
        "en": "Another user has put a file with your name ({user}) in the ballot. Tell the facilitator.",
    },
    "ballot.error.cannot_cast": {
        "da": "Din stemme kunne ikke gemmes: {reason}.",
        "en": "Your ballot could not be saved: {reason}.",
    },
    "ballot.error.bad_user": {
        "da": "Brugernavnet '{user}' kan ikke bruges til en stemmeseddel.",
        "en": "The user name '{user}' cannot be used for a ballot.",
    },
    "ballot.error.cannot_change": {
        "da": "Afstemningen kunne ikke ændres: {reason}.",
        "en": "The ballot could not be changed: {reason}.",
    },
    "ballot.error.not_removed": {
        "da": "Afstemningen er kasseret, men disse filer kunne ikke fjernes: {files}.",
        "en": "The ballot was discarded, but these files could not be removed: {files}.",
    },
    # The facilitator's box is not theirs any more (replaced, or its owner or
    # mode changed): nothing in it is counted or revealed.
    "ballot.error.replaced": {
        "da": "Stemmeurnen {path} er ikke den, du åbnede (ejer {owner}, rettigheder {mode}): "
        "den tælles ikke, og dens resultat vises ikke. Kassér den med d, og åbn en ny afstemning; "
        "se docs/live-voting.md om mappens rettigheder.",
        "en": "The ballot box {path} is not the one you opened (owner {owner}, mode {mode}): "
        "it is not counted and its result is not revealed. Discard it with d and open a new ballot; "
        "see docs/live-voting.md about the folder's permissions.",
    },
    # A participant's kompas join: a box kompas did not make for this session.
    "ballot.error.not_genuine": {
        "da": "Stemmeurnen {path} er ikke sat op af kompas for dette møde (ejer {owner}, rettigheder {mode}). "
        "Der stemmes ikke i den — sig det til ordstyreren.",
        "en": "The ballot box {path} was not set up by kompas for this session (owner {owner}, mode {mode}). "
        "No vote is cast in it — tell the facilitator.",
    },
    "ballot.error.nobody": {
        "da": "Ingen har stemt endnu.",
        "en": "Nobody has voted yet.",
    },
    "ballot.error.too_many": {
        "da": "{voted} har stemt, men afstemningen er sat til {participants} deltagere.",
        "en": "{voted} have voted, but the vote is set to {participants} participants.",
    },
    # A warning to the facilitator: the box fell back to the team group.
    "ballot.group_readable": {
        "da": "Stemmesedlerne kan læses af gruppen — se docs/live-voting.md",
        "en": "The ballots can be read by the group — see docs/live-voting.md",
    },
    # Notes: a file in the ballot box that was not counted.
    "ballot.note.not_a_ballot": {
        "da": "{file} er ikke en stemmeseddel og tælles ikke med.",
        "en": "{file} is not a ballot and is not counted.",
    },
    "ballot.note.foreign": {
        "da": "{file} er ikke skrevet af brugeren {user} og tælles ikke med.",
        "en": "{file} was not written by the user {user} and is not counted.",
    },
    "ballot.note.unreadable": {
        "da": "{file} kan ikke læses og tælles ikke med.",
        "en": "{file} cannot be read and is not counted.",
    },
    "ballot.note.oversized": {
        "da": "{file} er for stor til at være en stemmeseddel og tælles ikke med.",
        "en": "{file} is too big to be a ballot and is not counted.",
    },
    "ballot.note.malformed": {
        "da": "{file} kan ikke læses som en stemmeseddel og tælles ikke med.",
        "en": "{file} cannot be read as a ballot and is not counted.",
    },
    "ballot.note.other_ballot": {
        "da": "{file} hører til en anden afstemning og tælles ikke med.",
        "en": "{file} belongs to another ballot and is not counted.",
    },
    "ballot.note.invalid": {
        "da": "{file} bryder afstemningens regler og tælles ikke med. {problems}",
        "en": "{file} breaks the ballot's rules and is not counted. {problems}",
    },
    "ballot.note.not_removed": {
        "da": "{file} kunne ikke fjernes.",
        "en": "{file} could not be removed.",
    },
}
