"""Messages: kompas overview --format and kompas due."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli_overview.no_folder": {
        "da": "{folder}: mappen findes ikke",
        "en": "{folder}: no such folder",
    },
    "cli_overview.not_a_folder": {
        "da": "{folder}: er ikke en mappe",
        "en": "{folder}: is not a folder",
    },
    "cli_overview.warning": {
        "da": "advarsel: {file}: {reason}",
        "en": "warning: {file}: {reason}",
    },
    "cli_overview.yes": {"da": "ja", "en": "yes"},
    "cli_overview.no": {"da": "nej", "en": "no"},
    # CSV headers, one per column of cli_overview.COLUMNS.
    "cli_overview.col.unit": {"da": "Enhed", "en": "Unit"},
    "cli_overview.col.file": {"da": "Fil", "en": "File"},
    "cli_overview.col.measurement": {"da": "Måling", "en": "Measurement"},
    "cli_overview.col.colour": {"da": "Farve", "en": "Colour"},
    "cli_overview.col.track": {"da": "Spor", "en": "Track"},
    "cli_overview.col.remeasure": {"da": "Genmåling", "en": "Re-measurement"},
    "cli_overview.col.plan_complete": {"da": "Plan færdig", "en": "Plan complete"},
    "cli_overview.col.missing": {"da": "Mangler i planen", "en": "Missing in plan"},
    "cli_overview.col.actions_done": {"da": "Handlinger udført", "en": "Actions done"},
    "cli_overview.col.actions_total": {"da": "Handlinger i alt", "en": "Actions total"},
    "cli_overview.col.next_follow_up": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "cli_overview.col.overdue": {"da": "Overskredne", "en": "Overdue"},
    "cli_overview.col.zero_tolerance": {"da": "Nultolerance", "en": "Zero tolerance"},
    "cli_overview.col.zero_tolerance_answered": {"da": "Nultolerance besvaret", "en": "Zero tolerance answered"},
    "cli_overview.col.rounds": {"da": "Runder", "en": "Rounds"},
    "cli_overview.col.last_round": {"da": "Seneste runde", "en": "Last round"},
    "cli_overview.col.holder": {"da": "Åben hos", "en": "Open by"},
    "cli_overview.col.latest": {"da": "Tæller", "en": "Counts"},
    "cli_overview.col.follow_up_by": {"da": "Følger op", "en": "Follows up"},
    "cli_overview.col.follow_up_overdue": {"da": "Opfølgning overskredet", "en": "Follow-up overdue"},
    "cli_overview.col.remeasure_overdue": {"da": "Genmåling mangler", "en": "Re-measurement missing"},
    "cli_overview.col.sessions": {"da": "Sessioner for enheden", "en": "Sessions of the unit"},
    # kompas due
    "cli_overview.due.header": {
        "da": "Frister pr. {today}, {span} (til og med {last})",
        "en": "Deadlines as of {today}, {span} (up to and including {last})",
    },
    "cli_overview.due.nothing": {
        "da": "Intet overskredet pr. {today} og intet med frist til og med {last}.",
        "en": "Nothing overdue as of {today} and nothing due up to {last} inclusive.",
    },
    "cli_overview.due.span.one": {"da": "{n} dag frem", "en": "{n} day ahead"},
    "cli_overview.due.span.other": {"da": "{n} dage frem", "en": "{n} days ahead"},
    "cli_overview.due.overdue": {
        "da": "OVERSKREDET ({count})",
        "en": "OVERDUE ({count})",
    },
    "cli_overview.due.soon": {
        "da": "FRIST TIL OG MED {last} ({count})",
        "en": "DUE UP TO AND INCLUDING {last} ({count})",
    },
    "cli_overview.due.no_owner": {"da": "(ingen ansvarlig)", "en": "(no owner)"},
    "cli_overview.due.no_unit": {"da": "(ingen enhed)", "en": "(no unit)"},
    "cli_overview.due.no_what": {"da": "(ingen beskrivelse)", "en": "(no description)"},
    "cli_overview.due.line": {
        "da": "{deadline}, {days}: {what} ({follow_up}) [{id} i {file}]",
        "en": "{deadline}, {days}: {what} ({follow_up}) [{id} in {file}]",
    },
    "cli_overview.due.follow_up": {"da": "opfølgning: {name}", "en": "follow-up: {name}"},
    "cli_overview.due.no_follow_up": {"da": "ingen opfølgningsansvarlig", "en": "no follow-up person"},
    "cli_overview.due.plans": {
        "da": "OPFØLGNING PÅ PLANEN OVERSKREDET ({count})",
        "en": "FOLLOW-UP OF THE PLAN OVERDUE ({count})",
    },
    "cli_overview.due.plan_line": {
        "da": "Næste opfølgning {date}, {days}; {who} [{file}]",
        "en": "Next follow-up {date}, {days}; {who} [{file}]",
    },
    "cli_overview.due.plan_by": {"da": "følges op af {name}", "en": "followed up by {name}"},
    "cli_overview.due.plan_nobody": {"da": "ingen følger op på planen", "en": "nobody follows up the plan"},
    "cli_overview.due.over.one": {"da": "{n} dag over", "en": "{n} day overdue"},
    "cli_overview.due.over.other": {"da": "{n} dage over", "en": "{n} days overdue"},
    "cli_overview.due.today": {"da": "i dag", "en": "today"},
    "cli_overview.due.left.one": {"da": "om {n} dag", "en": "in {n} day"},
    "cli_overview.due.left.other": {"da": "om {n} dage", "en": "in {n} days"},
}
