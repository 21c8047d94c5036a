"""Messages: goals and the action plan (`domain/plan.py`).
Dates are in `date.py`.

Fields that hold user text (`{action}`, `{theme}`, `{text}`, `{word}`) are
filled in as values, never formatted further; render the result as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Effort and benefit, status.
    "plan.level.low": {"da": "lav", "en": "low"},
    "plan.level.medium": {"da": "middel", "en": "medium"},
    "plan.level.high": {"da": "høj", "en": "high"},
    "plan.status.not_started": {"da": "ikke startet", "en": "not started"},
    "plan.status.in_progress": {"da": "i gang", "en": "in progress"},
    "plan.status.done": {"da": "gennemført", "en": "done"},
    "plan.status.adjusted": {"da": "justeret", "en": "adjusted"},
    "plan.status.dropped": {"da": "droppet", "en": "dropped"},
    # The effort/benefit 2×2.
    "plan.quadrant.quick_win": {"da": "Lavthængende frugter", "en": "Quick wins"},
    "plan.quadrant.big_bet": {"da": "Store satsninger", "en": "Big bets"},
    "plan.quadrant.fill_in": {"da": "Småting", "en": "Fill-ins"},
    "plan.quadrant.reconsider": {"da": "Overvej igen", "en": "Reconsider"},
    "plan.quadrant.unrated": {"da": "Ikke vurderet", "en": "Not rated"},
    "plan.quadrant.quick_win.hint": {
        "da": "lille indsats, stor gevinst",
        "en": "low effort, high benefit",
    },
    "plan.quadrant.big_bet.hint": {"da": "stor indsats, stor gevinst", "en": "high effort, high benefit"},
    "plan.quadrant.fill_in.hint": {"da": "lille indsats, lille gevinst", "en": "low effort, low benefit"},
    "plan.quadrant.reconsider.hint": {
        "da": "stor indsats, lille gevinst",
        "en": "high effort, low benefit",
    },
    "plan.quadrant.unrated.hint": {
        "da": "indsats eller gevinst er ikke sat",
        "en": "effort or benefit not set",
    },
    # The reserved theme of actions that answer the zero-tolerance point.
    "plan.zero_tolerance.theme": {"da": "Nultolerance", "en": "Zero tolerance"},
    # An action named in a message: its id, and what it is when that is known.
    "plan.action_ref": {"da": "{id} »{what}«", "en": "{id} “{what}”"},
    # What the completeness check finds missing.
    "plan.missing.action_what": {
        "da": "Handling {action} mangler en beskrivelse af, hvad der skal gøres.",
        "en": "Action {action} does not say what is to be done.",
    },
    "plan.missing.action_owner": {
        "da": "Handling {action} mangler en ansvarlig.",
        "en": "Action {action} has no owner.",
    },
    "plan.missing.action_deadline": {
        "da": "Handling {action} mangler en deadline.",
        "en": "Action {action} has no deadline.",
    },
    "plan.missing.action_follow_up": {
        "da": "Handling {action} mangler en opfølgningsansvarlig.",
        "en": "Action {action} has no follow-up person.",
    },
    "plan.missing.action_theme": {
        "da": "Handling {action} hører ikke til et tema.",
        "en": "Action {action} does not belong to a theme.",
    },
    "plan.missing.action_unchosen": {
        "da": "Handling {action} hører til temaet »{theme}«, som ikke er blandt de valgte temaer.",
        "en": "Action {action} belongs to the theme “{theme}”, which is not among the chosen themes.",
    },
    "plan.missing.theme_goal": {
        "da": "Temaet »{theme}« har intet mål: hvor vil I gerne være?",
        "en": "The theme “{theme}” has no goal: where do you want to be?",
    },
    "plan.missing.theme_action": {
        "da": "Temaet »{theme}« har ingen handling. Tilføj en lille handling, eller fravælg temaet.",
        "en": "The theme “{theme}” has no action. Add a small action, or drop the theme.",
    },
    "plan.missing.zero_tolerance": {
        "da": "Nultolerancepunktet er ikke besvaret: tilføj mindst én handling, eller beskriv med dato, "
        "hvordan det håndteres efter organisationens politik.",
        "en": "The zero-tolerance point is not answered: add at least one action, or record, with a date, "
        "how it is handled under the organisation's policy.",
    },
    "plan.missing.zero_tolerance_date": {
        "da": "Beskrivelsen af, hvordan nultolerancepunktet håndteres, mangler en dato.",
        "en": "The record of how the zero-tolerance point is handled has no date.",
    },
    "plan.missing.zero_tolerance_text": {
        "da": "Nultolerancepunktet har en dato, men ingen beskrivelse af, hvordan det håndteres.",
        "en": "The zero-tolerance point has a date but no record of how it is handled.",
    },
    "plan.missing.next_follow_up": {
        "da": "Planen mangler en dato for næste opfølgning.",
        "en": "The plan has no date for the next follow-up.",
    },
    "plan.missing.follow_up_by": {
        "da": "Planen mangler en, der følger op på den som helhed (som regel lederen).",
        "en": "The plan has nobody who follows it up as a whole (usually the leader).",
    },
    "plan.missing.zero_tolerance_round": {
        "da": "Den nye måling i evalueringsrunde {round} viser igen udsatte medarbejdere: nultolerancepunktet "
        "skal besvares igen i runden, med en handling eller en dateret beskrivelse.",
        "en": "The new measurement in evaluation round {round} shows exposed employees again: the "
        "zero-tolerance point must be answered again in the round, by an action or a dated record.",
    },
}
