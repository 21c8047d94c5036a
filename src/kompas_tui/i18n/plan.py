"""Messages: goals, the action plan, and dates (`domain/plan.py`, `domain/dates.py`).

Fields that hold user text (`{action}`, `{theme}`, `{text}`, `{word}`) are
filled in as values, never formatted further; render the result as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Dates shown: "24. dec. 2026" / "24 Dec 2026".
    "date.format": {"da": "{day}. {month} {year}", "en": "{day} {month} {year}"},
    "date.month_short.1": {"da": "jan.", "en": "Jan"},
    "date.month_short.2": {"da": "feb.", "en": "Feb"},
    "date.month_short.3": {"da": "mar.", "en": "Mar"},
    "date.month_short.4": {"da": "apr.", "en": "Apr"},
    "date.month_short.5": {"da": "maj", "en": "May"},
    "date.month_short.6": {"da": "jun.", "en": "Jun"},
    "date.month_short.7": {"da": "jul.", "en": "Jul"},
    "date.month_short.8": {"da": "aug.", "en": "Aug"},
    "date.month_short.9": {"da": "sep.", "en": "Sep"},
    "date.month_short.10": {"da": "okt.", "en": "Oct"},
    "date.month_short.11": {"da": "nov.", "en": "Nov"},
    "date.month_short.12": {"da": "dec.", "en": "Dec"},
    # Dates refused (DateError).
    "date.empty": {
        "da": "Skriv en dato, fx 24-12-2026.",
        "en": "Type a date, e.g. 24-12-2026.",
    },
    "date.unreadable": {
        "da": "»{text}« kan ikke læses som en dato. Skriv dag, måned og år, fx 24-12-2026 eller 2026-12-24.",
        "en": "“{text}” cannot be read as a date. Type day, month and year, e.g. 24-12-2026 or 2026-12-24.",
    },
    "date.no_separator": {
        "da": "»{text}« er svær at læse sikkert. Sæt tegn mellem dag, måned og år, fx 24-12-2026.",
        "en": "“{text}” is too easy to misread. Separate day, month and year, e.g. 24-12-2026.",
    },
    "date.month_first": {
        "da": "»{text}« ser ud til at have måneden først. Skriv dagen først, fx 24-12-2026.",
        "en": "“{text}” seems to have the month first. Type the day first, e.g. 24-12-2026.",
    },
    "date.no_month": {
        "da": "Der er ingen måned {number}. Måneden er 1-12.",
        "en": "There is no month {number}. The month is 1-12.",
    },
    "date.no_day": {
        "da": "Der er ingen dag {number} i en måned.",
        "en": "There is no day {number} in a month.",
    },
    "date.too_many_days": {
        "da": "Den dato findes ikke: {month} {year} har kun {days} dage.",
        "en": "That date does not exist: {month} {year} has only {days} days.",
    },
    "date.too_many_days_ever": {
        "da": "Den dato findes ikke: {month} har højst {days} dage.",
        "en": "That date does not exist: {month} has at most {days} days.",
    },
    "date.unknown_month": {
        "da": "»{word}« er ikke en måned.",
        "en": "“{word}” is not a month.",
    },
    "date.year_digits": {
        "da": "Året »{year}« skal have to eller fire cifre, fx 26 eller 2026.",
        "en": "The year “{year}” needs two or four digits, e.g. 26 or 2026.",
    },
    "date.year_range": {
        "da": "Året {year} ligner en tastefejl: året skal ligge mellem {first} og {last}.",
        "en": "The year {year} looks like a typo: the year must be between {first} and {last}.",
    },
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
