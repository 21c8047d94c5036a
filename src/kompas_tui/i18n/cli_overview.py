"""Messages: kompas overview --format and kompas due."""

MESSAGES: dict[str, dict[str, str]] = {
    "cliov.no_folder": {
        "da": "{folder}: mappen findes ikke",
        "en": "{folder}: no such folder",
    },
    "cliov.not_a_folder": {
        "da": "{folder}: er ikke en mappe",
        "en": "{folder}: is not a folder",
    },
    "cliov.warning": {
        "da": "advarsel: {file}: {reason}",
        "en": "warning: {file}: {reason}",
    },
    "cliov.yes": {"da": "ja", "en": "yes"},
    "cliov.no": {"da": "nej", "en": "no"},
    # CSV headers, one per column of cli_overview.COLUMNS.
    "cliov.col.unit": {"da": "Enhed", "en": "Unit"},
    "cliov.col.file": {"da": "Fil", "en": "File"},
    "cliov.col.measurement": {"da": "Måling", "en": "Measurement"},
    "cliov.col.colour": {"da": "Farve", "en": "Colour"},
    "cliov.col.track": {"da": "Spor", "en": "Track"},
    "cliov.col.remeasure": {"da": "Genmåling", "en": "Re-measurement"},
    "cliov.col.plan_complete": {"da": "Plan færdig", "en": "Plan complete"},
    "cliov.col.missing": {"da": "Mangler i planen", "en": "Missing in plan"},
    "cliov.col.actions_done": {"da": "Handlinger udført", "en": "Actions done"},
    "cliov.col.actions_total": {"da": "Handlinger i alt", "en": "Actions total"},
    "cliov.col.next_follow_up": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "cliov.col.overdue": {"da": "Overskredne", "en": "Overdue"},
    "cliov.col.zero_tolerance": {"da": "Nultolerance", "en": "Zero tolerance"},
    "cliov.col.zero_tolerance_answered": {"da": "Nultolerance besvaret", "en": "Zero tolerance answered"},
    "cliov.col.rounds": {"da": "Runder", "en": "Rounds"},
    "cliov.col.last_round": {"da": "Seneste runde", "en": "Last round"},
    "cliov.col.holder": {"da": "Åben hos", "en": "Open by"},
    "cliov.col.latest": {"da": "Tæller", "en": "Counts"},
    "cliov.col.follow_up_by": {"da": "Følger op", "en": "Follows up"},
    "cliov.col.follow_up_overdue": {"da": "Opfølgning overskredet", "en": "Follow-up overdue"},
    "cliov.col.remeasure_overdue": {"da": "Genmåling mangler", "en": "Re-measurement missing"},
    "cliov.col.sessions": {"da": "Sessioner for enheden", "en": "Sessions of the unit"},
    # kompas due
    "cliov.due.header": {
        "da": "Frister pr. {today}, {span} (til og med {last})",
        "en": "Deadlines as of {today}, {span} (up to and including {last})",
    },
    "cliov.due.nothing": {
        "da": "Intet overskredet pr. {today} og intet med frist til og med {last}.",
        "en": "Nothing overdue as of {today} and nothing due up to {last} inclusive.",
    },
    "cliov.due.span.one": {"da": "{n} dag frem", "en": "{n} day ahead"},
    "cliov.due.span.other": {"da": "{n} dage frem", "en": "{n} days ahead"},
    "cliov.due.overdue": {
        "da": "OVERSKREDET ({count})",
        "en": "OVERDUE ({count})",
    },
    "cliov.due.soon": {
        "da": "FRIST TIL OG MED {last} ({count})",
        "en": "DUE UP TO AND INCLUDING {last} ({count})",
    },
    "cliov.due.no_owner": {"da": "(ingen ansvarlig)", "en": "(no owner)"},
    "cliov.due.no_unit": {"da": "(ingen enhed)", "en": "(no unit)"},
    "cliov.due.no_what": {"da": "(ingen beskrivelse)", "en": "(no description)"},
    "cliov.due.line": {
        "da": "{deadline}, {days}: {what} ({follow_up}) [{id} i {file}]",
        "en": "{deadline}, {days}: {what} ({follow_up}) [{id} in {file}]",
    },
    "cliov.due.follow_up": {"da": "opfølgning: {name}", "en": "follow-up: {name}"},
    "cliov.due.no_follow_up": {"da": "ingen opfølgningsansvarlig", "en": "no follow-up person"},
    "cliov.due.plans": {
        "da": "OPFØLGNING PÅ PLANEN OVERSKREDET ({count})",
        "en": "FOLLOW-UP OF THE PLAN OVERDUE ({count})",
    },
    "cliov.due.plan_line": {
        "da": "Næste opfølgning {date}, {days}; {who} [{file}]",
        "en": "Next follow-up {date}, {days}; {who} [{file}]",
    },
    "cliov.due.plan_by": {"da": "følges op af {name}", "en": "followed up by {name}"},
    "cliov.due.plan_nobody": {"da": "ingen følger op på planen", "en": "nobody follows up the plan"},
    "cliov.due.over.one": {"da": "{n} dag over", "en": "{n} day overdue"},
    "cliov.due.over.other": {"da": "{n} dage over", "en": "{n} days overdue"},
    "cliov.due.today": {"da": "i dag", "en": "today"},
    "cliov.due.left.one": {"da": "om {n} dag", "en": "in {n} day"},
    "cliov.due.left.other": {"da": "om {n} dage", "en": "in {n} days"},
}
