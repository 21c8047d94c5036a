"""Messages: evaluation rounds (domain: refusals).

One text per `RoundRefused` key in `domain/evaluation.py`. Fields that hold
user text (`{theme}`) are filled in as values; the result is shown as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "evaluation.refused.no_open_round": {
        "da": "Der er ingen åben evalueringsrunde. En lukket runde er historik og kan ikke ændres; "
        "start en ny runde for at fortsætte.",
        "en": "There is no open evaluation round. A closed round is history and cannot be changed; "
        "start a new round to go on.",
    },
    "evaluation.refused.round_open": {
        "da": "Der er allerede en åben evalueringsrunde. Fortsæt den, eller luk den først.",
        "en": "An evaluation round is already open. Go on with it, or close it first.",
    },
    "evaluation.refused.no_plan": {
        "da": "Planen har ingen handlinger endnu, så der er intet at evaluere. Lav planen først (F6).",
        "en": "The plan has no actions yet, so there is nothing to evaluate. Make the plan first (F6).",
    },
    "evaluation.refused.zero_tolerance_open": {
        "da": "Runden kan ikke lukkes: den nye måling viser igen udsatte medarbejdere, og nultolerancepunktet "
        "er ikke besvaret i runde {round}. Tilføj en handling på punktet, eller beskriv med dato, hvordan det "
        "håndteres.",
        "en": "The round cannot be closed: the new measurement shows exposed employees again, and the "
        "zero-tolerance point is not answered in round {round}. Add an action on the point, or record, with "
        "a date, how it is handled.",
    },
    "evaluation.refused.nothing_to_reopen": {
        "da": "Der er ingen lukket runde at genåbne.",
        "en": "There is no closed round to reopen.",
    },
    "evaluation.refused.unknown_action": {
        "da": "Handlingen {id} findes ikke i planen.",
        "en": "The action {id} is not in the plan.",
    },
    "evaluation.refused.not_added_here": {
        "da": "Handlingen {id} er fra før runden. Skift ansvarlig, deadline eller opfølgningsansvarlig "
        "med o, d eller f, så ændringen bliver skrevet i runden.",
        "en": "The action {id} is from before the round. Change its owner, deadline or follow-up "
        "person with o, d or f, so the change is recorded in the round.",
    },
    "evaluation.refused.goal_blank": {
        "da": "Et nyt mål skal have et tema.",
        "en": "A new goal needs a theme.",
    },
    "evaluation.refused.remove_older": {
        "da": "Handlingen {id} er fra før runden og kan ikke slettes. Sæt den til droppet (5), "
        "så runden viser, at I har valgt den fra.",
        "en": "The action {id} is from before the round and cannot be deleted. Set it to dropped (5), "
        "so the round shows that you let it go.",
    },
    "evaluation.refused.goal_exists": {
        "da": "Planen har allerede et mål for temaet »{theme}«.",
        "en": "The plan already has a goal for the theme “{theme}”.",
    },
    "evaluation.refused.unknown_goal": {
        "da": "Planen har intet mål for temaet »{theme}«.",
        "en": "The plan has no goal for the theme “{theme}”.",
    },
    "evaluation.refused.measurement_in_round": {
        "da": "Runden har allerede fået en ny måling. Den næste måling hører til en ny runde.",
        "en": "This round already has a new measurement. The next one belongs to a new round.",
    },
}
