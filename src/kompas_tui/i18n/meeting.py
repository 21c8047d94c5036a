"""Messages: the record of the meeting (`domain/meeting.py`): roles in words,
the record's labels in the minutes, and the help and policy lines shown with
the guidance (`formatting.help_lines`).

Fields holding user text (`{name}`, `{title}`, `{url}`) are values, never
formatted further; render the result as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Roles, as the record shows them (SPEC §2).
    "meeting.role.leader": {"da": "leder", "en": "leader"},
    "meeting.role.tr": {"da": "TR", "en": "union rep"},
    "meeting.role.amr": {"da": "AMR", "en": "safety rep"},
    "meeting.role.employee": {"da": "medarbejder", "en": "employee"},
    "meeting.role.hr": {"da": "HR", "en": "HR"},
    "meeting.role.consultant": {"da": "konsulent", "en": "consultant"},
    "meeting.role.other": {"da": "andet", "en": "other"},
    "meeting.role.none": {"da": "rolle mangler", "en": "role missing"},
    # The record at the top of the minutes.
    "meeting.md.record": {"da": "Mødet", "en": "The meeting"},
    "meeting.md.unit": {"da": "Enhed", "en": "Unit"},
    "meeting.md.date": {"da": "Dialogmødets dato", "en": "Date of the dialogue meeting"},
    "meeting.md.place": {"da": "Sted", "en": "Place"},
    "meeting.md.participants": {"da": "Deltagere", "en": "Participants"},
    "meeting.md.no_participants": {"da": "ingen angivet", "en": "none given"},
    "meeting.md.not_given": {"da": "ikke angivet", "en": "not given"},
    "meeting.md.preparation": {"da": "Forberedelse (TRIO/MED)", "en": "Preparation (TRIO/MED)"},
    "meeting.md.no_date": {"da": "dato ikke angivet", "en": "no date given"},
    "meeting.md.by": {"da": "af {names}", "en": "by {names}"},
    "meeting.md.preparation_notes": {"da": "Noter fra forberedelsen", "en": "Notes from the preparation"},
    "meeting.md.follow_up_by": {"da": "Følger op på handleplanen", "en": "Follows up the action plan"},
    "meeting.md.work_group": {"da": "Arbejdsgruppe", "en": "Work group"},
    "meeting.md.no_work_group": {"da": "ingen", "en": "none"},
    # Help and policy, with the guidance (report, dialogue, plan, minutes).
    "meeting.help.title": {"da": "Politik og hjælp", "en": "Policy and help"},
    "meeting.help.link": {"da": "{title}: {url}", "en": "{title}: {url}"},
    "meeting.help.no_links": {
        "da": "Organisationens politik (fx om vold, trusler, mobning og chikane): "
        "indsæt jeres egne links under [[policy_links]] i kompas.toml i sessionsmappen.",
        "en": "The organisation's policy (e.g. on violence, threats, bullying and harassment): "
        "put your own links under [[policy_links]] in kompas.toml in the sessions folder.",
    },
    "meeting.help.no_contacts": {
        "da": "Hjælp (HR, arbejdsmiljø, konsulent): indsæt jeres egne kontakter "
        "under [[help_contacts]] i kompas.toml i sessionsmappen.",
        "en": "Help (HR, working environment, consultant): put your own contacts "
        "under [[help_contacts]] in kompas.toml in the sessions folder.",
    },
}
