"""Messages: the exported documents of a session (`exporters/markdown.py`,
`exporters/csv_export.py`): headings, columns and the words in them.

Plain text with `str.format` fields, never markup.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- CSV columns -------------------------------------------------------------------
    "export.col.goal_reached": {"da": "Mål nået", "en": "Goal reached"},
    "export.col.added_in_round": {"da": "Tilføjet i runde", "en": "Added in round"},
    "export.col.last_round": {"da": "Seneste runde", "en": "Last round"},
    "export.col.last_round_note": {"da": "Note fra seneste runde", "en": "Note from the last round"},
    # The CSV's row for a zero-tolerance record (status column).
    "export.zero_tolerance.recorded": {"da": "registreret efter politik", "en": "recorded under policy"},
    # -- the exports ------------------------------------------------------------------
    "export.col.id": {"da": "Nr.", "en": "No."},
    "export.col.theme": {"da": "Tema", "en": "Theme"},
    "export.col.goal": {"da": "Mål", "en": "Goal"},
    "export.col.what": {"da": "Handling", "en": "Action"},
    "export.col.owner": {"da": "Ansvarlig", "en": "Owner"},
    "export.col.deadline": {"da": "Deadline", "en": "Deadline"},
    "export.col.follow_up": {"da": "Opfølgningsansvarlig", "en": "Follow-up person"},
    "export.col.first_step": {"da": "Første skridt", "en": "First step"},
    "export.col.effort": {"da": "Indsats", "en": "Effort"},
    "export.col.benefit": {"da": "Gevinst", "en": "Benefit"},
    "export.col.status": {"da": "Status", "en": "Status"},
    "export.goal.where_now": {"da": "Hvor er vi nu", "en": "Where we are"},
    "export.goal.target": {"da": "Hvor vil vi gerne være", "en": "Where we want to be"},
    "export.goal.looks_like": {
        "da": "Sådan ser det ud, når vi er der",
        "en": "What it looks like when we are there",
    },
    "export.goal.how_we_notice": {"da": "Sådan mærker vi det", "en": "How we will notice"},
    "export.goal.by_when": {"da": "Hvornår", "en": "By when"},
    "export.missing_value": {"da": "(mangler)", "en": "(missing)"},
    "export.overdue": {"da": "OVERSKREDET", "en": "OVERDUE"},
    "export.no_theme": {"da": "Uden tema", "en": "No theme"},
    "export.md.dialog": {"da": "Dialog", "en": "Dialogue"},
    "export.md.other_prompt": {
        "da": "Noter til spørgsmålet »{id}«",
        "en": "Notes on the prompt “{id}”",
    },
    "export.md.no_notes": {"da": "Der blev ikke skrevet noter.", "en": "No notes were written."},
    "export.md.vote": {"da": "Afstemning", "en": "Vote"},
    "export.md.participants": {"da": "Deltagere", "en": "Participants"},
    "export.md.votes_per_person": {"da": "Stemmer pr. person", "en": "Votes per person"},
    "export.md.max_per_theme": {"da": "Højst pr. tema pr. person", "en": "At most per theme per person"},
    "export.md.no_cap": {"da": "ingen grænse", "en": "no limit"},
    "export.md.total_dots": {"da": "Prikker i alt", "en": "Dots in all"},
    "export.md.dots_of": {"da": "{total} af {budget}", "en": "{total} of {budget}"},
    "export.md.col.rank": {"da": "Plads", "en": "Place"},
    "export.md.col.theme": {"da": "Tema", "en": "Theme"},
    "export.md.col.dots": {"da": "Prikker", "en": "Dots"},
    "export.md.col.chosen": {"da": "Valgt", "en": "Chosen"},
    "export.md.tied": {"da": "{rank} (delt)", "en": "{rank} (tied)"},
    "export.md.chosen_mark": {"da": "valgt", "en": "chosen"},
    "export.md.no_dots": {"da": "Ingen prikker", "en": "No dots"},
    "export.md.no_votes": {"da": "Der er ikke talt prikker op.", "en": "No dots have been counted."},
    "export.md.chosen": {"da": "Valgte temaer", "en": "Chosen themes"},
    "export.md.none_chosen": {"da": "Der er ikke valgt temaer.", "en": "No themes have been chosen."},
    "export.md.goals": {"da": "Mål og handlinger", "en": "Goals and actions"},
    "export.md.no_themes": {
        "da": "Der er ikke valgt temaer, sat mål eller lagt handlinger.",
        "en": "No themes have been chosen, no goals set and no actions planned.",
    },
    "export.md.not_chosen": {"da": "ikke blandt de valgte temaer", "en": "not among the chosen themes"},
    "export.md.goal": {"da": "Mål", "en": "Goal"},
    "export.md.no_goal": {"da": "(intet mål sat)", "en": "(no goal set)"},
    "export.md.score": {"da": "score {score} ({colour})", "en": "score {score} ({colour})"},
    "export.md.score_hidden": {
        "da": "scoren er skjult (færre end {n} svar)",
        "en": "the score is hidden (fewer than {n} answers)",
    },
    "export.md.own_rating": {"da": "gruppens egen vurdering {rating} af 10", "en": "the group's own rating {rating} of 10"},
    "export.md.actions": {"da": "Handlinger", "en": "Actions"},
    "export.md.no_actions": {"da": "Ingen handlinger.", "en": "No actions."},
    "export.md.zero_tolerance": {"da": "Nultolerancepunktet", "en": "The zero-tolerance point"},
    "export.md.zero_tolerance.why": {
        "da": "Rapporten har {count} svar om at have været udsat for vold, trusler om vold, mobning "
        "eller seksuel chikane. Arbejdspladsen skal reagere, og punktet skal besvares med mindst én "
        "handling eller en dateret beskrivelse af, hvordan det håndteres.",
        "en": "The report has {count} answers reporting exposure to violence, threats of violence, "
        "bullying or sexual harassment. The workplace must react, and the point must be answered by "
        "at least one action or a dated record of how it is handled.",
    },
    "export.md.answered": {"da": "besvaret", "en": "answered"},
    "export.md.unanswered": {"da": "IKKE BESVARET", "en": "NOT ANSWERED"},
    "export.md.reopened": {
        "da": "åbent igen i evalueringsrunde {round}: den nye måling viser igen udsatte",
        "en": "open again in evaluation round {round}: the new measurement shows exposure again",
    },
    "export.md.policy": {
        "da": "Sådan håndteres det efter organisationens politik (noteret {date})",
        "en": "How it is handled under the organisation's policy (recorded {date})",
    },
    "export.md.who": {"da": "Hvem gør hvad hvornår", "en": "Who does what by when"},
    "export.md.next_follow_up": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "export.md.no_follow_up": {"da": "Ikke fastsat.", "en": "Not set."},
    "export.md.missing": {"da": "Det mangler", "en": "What is missing"},
    "export.md.complete": {"da": "Planen er komplet.", "en": "The plan is complete."},
    "export.md.incomplete": {"da": "Planen er ikke komplet.", "en": "The plan is not complete."},
    "export.md.blocking": {"da": "Mangler", "en": "Missing"},
    "export.md.warning": {"da": "Bemærk", "en": "Note"},
}
