"""Messages: voting (Afstemning).

Counts are worded by `Message.text` (domain/message.py) with the `voting.unit.*` forms, so
a field such as `{cap}` reads "1 prik" or "4 prikker"; theme lists read
"'A', 'B' og 'C'".
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Counts with their unit.
    "voting.unit.dot.one": {"da": "{n} prik", "en": "{n} dot"},
    "voting.unit.dot.other": {"da": "{n} prikker", "en": "{n} dots"},
    "voting.unit.vote.one": {"da": "{n} stemme", "en": "{n} vote"},
    "voting.unit.vote.other": {"da": "{n} stemmer", "en": "{n} votes"},
    "voting.unit.participant.one": {"da": "{n} deltager", "en": "{n} participant"},
    "voting.unit.participant.other": {"da": "{n} deltagere", "en": "{n} participants"},
    "voting.unit.ballot.one": {"da": "{n} stemmeseddel", "en": "{n} ballot"},
    "voting.unit.ballot.other": {"da": "{n} stemmesedler", "en": "{n} ballots"},
    "voting.unit.last_place.one": {"da": "den sidste plads", "en": "the last place"},
    "voting.unit.last_place.other": {"da": "de sidste {n} pladser", "en": "the last {n} places"},
    "voting.and": {"da": "og", "en": "and"},
    # An operation that was refused (nothing changed).
    "voting.refused.unknown_theme": {
        "da": "'{theme}' er ikke et af afstemningens temaer.",
        "en": "'{theme}' is not one of the themes in this vote.",
    },
    "voting.refused.negative": {
        "da": "'{theme}' kan ikke have færre end 0 prikker.",
        "en": "'{theme}' cannot have fewer than 0 dots.",
    },
    "voting.refused.over_cap": {
        "da": "'{theme}' kan højst have {cap} ({participants} med højst {per_person} hver), ikke {wanted}.",
        "en": "'{theme}' can have at most {cap} ({participants} with at most {per_person} each), not {wanted}.",
    },
    "voting.refused.over_budget": {
        "da": "Det ville give {total} i alt, men der er kun {budget} at fordele ({participants} med {votes} hver).",
        "en": "That would make {total} in all, but only {budget} can be given ({participants} with {votes} each).",
    },
    "voting.refused.empty_name": {
        "da": "Skriv et navn til temaet.",
        "en": "Type a name for the theme.",
    },
    "voting.refused.duplicate_theme": {
        "da": "Temaet '{theme}' er der allerede.",
        "en": "The theme '{theme}' is already there.",
    },
    "voting.refused.report_theme": {
        "da": "'{theme}' er et af rapportens temaer og kan ikke fjernes.",
        "en": "'{theme}' is one of the report's themes and cannot be removed.",
    },
    "voting.refused.too_many_ballots": {
        "da": "Der er {ballots}, men kun {participants}.",
        "en": "There are {ballots} but only {participants}.",
    },
    # What is wrong with the tally as it stands.
    "voting.problem.unknown_theme": {
        "da": "'{theme}' har {dots}, men er ikke et af afstemningens temaer.",
        "en": "'{theme}' has {dots} but is not one of the themes in this vote.",
    },
    "voting.problem.negative": {
        "da": "'{theme}' har et negativt antal prikker ({count}).",
        "en": "'{theme}' has a negative number of dots ({count}).",
    },
    "voting.problem.over_cap": {
        "da": "'{theme}' har {dots}, men kan højst have {cap} ({participants} med højst {per_person} hver).",
        "en": "'{theme}' has {dots} but can have at most {cap} ({participants} with at most {per_person} each).",
    },
    "voting.problem.over_budget": {
        "da": "Der er talt {total}, men der er kun {budget} at fordele ({participants} med {votes} hver).",
        "en": "The count is {total}, but only {budget} can be given ({participants} with {votes} each).",
    },
    "voting.problem.chosen_unknown": {
        "da": "Det valgte tema '{theme}' er ikke et af afstemningens temaer.",
        "en": "The chosen theme '{theme}' is not one of the themes in this vote.",
    },
    # One participant's ballot (live voting).
    "voting.ballot.over_cap": {
        "da": "Du kan højst sætte {cap} på '{theme}', ikke {wanted}.",
        "en": "You can put at most {cap} on '{theme}', not {wanted}.",
    },
    "voting.ballot.over_budget": {
        "da": "Du har sat {total}, men har kun {own} at give.",
        "en": "You have put {total}, but you have only {own} to give.",
    },
    # The default choice.
    "voting.notice.tied_at_cut": {
        "da": "Stemmelighed om {places}: {themes} har lige mange prikker. Vælg selv, hvilke I vil arbejde med.",
        "en": "A tie for {places}: {themes} have the same number of dots. Choose which ones to work on.",
    },
}
