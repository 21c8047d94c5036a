"""Messages: dates as shown and read (`domain/dates.py`): the format, the
month names, and why a typed date was not understood.

Plain text with `str.format` fields, never markup.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "date.month.1": {"da": "januar", "en": "January"},
    "date.month.2": {"da": "februar", "en": "February"},
    "date.month.3": {"da": "marts", "en": "March"},
    "date.month.4": {"da": "april", "en": "April"},
    "date.month.5": {"da": "maj", "en": "May"},
    "date.month.6": {"da": "juni", "en": "June"},
    "date.month.7": {"da": "juli", "en": "July"},
    "date.month.8": {"da": "august", "en": "August"},
    "date.month.9": {"da": "september", "en": "September"},
    "date.month.10": {"da": "oktober", "en": "October"},
    "date.month.11": {"da": "november", "en": "November"},
    "date.month.12": {"da": "december", "en": "December"},
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
    # The same refusals, short, for the line beside a date field (one line
    # of a form at 80 columns; the full sentence is told when a dialog closes).
    "date.short.empty": {"da": "ingen dato", "en": "no date"},
    "date.short.unreadable": {"da": "ikke en dato", "en": "not a date"},
    "date.short.no_separator": {"da": "sæt tegn mellem tallene", "en": "separate the numbers"},
    "date.short.month_first": {"da": "dagen skal stå først", "en": "type the day first"},
    "date.short.no_month": {"da": "ingen måned {number}", "en": "no month {number}"},
    "date.short.no_day": {"da": "ingen dag {number}", "en": "no day {number}"},
    "date.short.too_many_days": {"da": "kun {days} dage i {month}", "en": "only {days} days in {month}"},
    "date.short.too_many_days_ever": {"da": "højst {days} dage i {month}", "en": "at most {days} days in {month}"},
    "date.short.unknown_month": {"da": "ukendt måned", "en": "unknown month"},
    "date.short.year_digits": {"da": "året: 2 eller 4 cifre", "en": "year: 2 or 4 digits"},
    "date.short.year_range": {"da": "året: {first}-{last}", "en": "year: {first}-{last}"},
    "date.year_range": {
        "da": "Året {year} ligner en tastefejl: året skal ligge mellem {first} og {last}.",
        "en": "The year {year} looks like a typo: the year must be between {first} and {last}.",
    },
}
