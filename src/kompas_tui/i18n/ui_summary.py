"""Messages: the summary screen (Opsummering) and the exports of the plan
(Markdown minutes and CSV).

`summary.*` are the screen's, `export.*` the exports' (`export.col.*` are
also the CSV's headers). Plain text with `str.format` fields; fields that
hold user text are filled in as values and rendered as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # -- keys -------------------------------------------------------------------------
    "summary.key.export": {"da": "Eksportér", "en": "Export"},
    "summary.key.export.tip": {
        "da": "Gem referatet (Markdown) og handleplanen (CSV) ved siden af sessionsfilen",
        "en": "Save the minutes (Markdown) and the action plan (CSV) next to the session file",
    },
    "summary.key.follow_up": {"da": "Dato", "en": "Date"},
    "summary.key.follow_up.tip": {
        "da": "Skriv datoen for næste opfølgning, fx 24-03-2027",
        "en": "Type the date of the next follow-up, e.g. 24-03-2027",
    },
    "summary.key.save_date": {"da": "Gem dato", "en": "Save date"},
    "summary.key.save_date.tip": {
        "da": "Gem datoen (Tab ud af feltet gemmer også)",
        "en": "Save the date (Tab out of the field saves too)",
    },
    "summary.key.cancel_date": {"da": "Fortryd", "en": "Undo"},
    "summary.key.cancel_date.tip": {
        "da": "Sæt datoen tilbage til den gemte og forlad feltet",
        "en": "Put the date back to the saved one and leave the field",
    },
    # -- the screen -------------------------------------------------------------------
    "summary.help": {
        "da": "Opsummeringen: hvem gør hvad hvornår, datoen for næste opfølgning og det, der "
        "mangler, før planen er komplet. Tryk n for at skrive datoen (fx 24-03-2027, "
        "24.03.27 eller 2027-03-24) og Enter for at gemme den. Tryk e for at gemme referatet "
        "(.md) og handleplanen (.csv til Excel og Defgo) ved siden af sessionsfilen.",
        "en": "The summary: who does what by when, the date of the next follow-up and what is "
        "missing before the plan is complete. Press n to type the date (e.g. 24-03-2027, "
        "24.03.27 or 2027-03-24) and Enter to save it. Press e to save the minutes (.md) and "
        "the action plan (.csv for Excel and Defgo) next to the session file.",
    },
    "summary.status.complete": {
        "da": "Planen er komplet.",
        "en": "The plan is complete.",
    },
    "summary.status.incomplete.one": {
        "da": "Planen er ikke komplet: {n} ting mangler (se nederst).",
        "en": "The plan is not complete: {n} thing is missing (see below).",
    },
    "summary.status.incomplete.other": {
        "da": "Planen er ikke komplet: {n} ting mangler (se nederst).",
        "en": "The plan is not complete: {n} things are missing (see below).",
    },
    "summary.status.overdue.one": {
        "da": "{n} handling har overskredet sin deadline.",
        "en": "{n} action is past its deadline.",
    },
    "summary.status.overdue.other": {
        "da": "{n} handlinger har overskredet deres deadline.",
        "en": "{n} actions are past their deadline.",
    },
    "summary.who.title": {"da": "Hvem gør hvad hvornår", "en": "Who does what by when"},
    "summary.col.deadline": {"da": "Deadline", "en": "Deadline"},
    "summary.col.what": {"da": "Hvad", "en": "What"},
    "summary.col.owner": {"da": "Ansvarlig", "en": "Owner"},
    "summary.col.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "summary.col.status": {"da": "Status", "en": "Status"},
    "summary.overdue": {"da": "OVERSKREDET", "en": "OVERDUE"},
    "summary.missing_value": {"da": "(mangler)", "en": "(missing)"},
    "summary.no_actions": {
        "da": "Der er endnu ingen handlinger. Tilføj dem under Handleplan (F6).",
        "en": "There are no actions yet. Add them under Action plan (F6).",
    },
    "summary.follow_up.title": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "summary.follow_up.label": {"da": "Dato:", "en": "Date:"},
    "summary.follow_up.placeholder": {"da": "fx 24-03-2027", "en": "e.g. 24-03-2027"},
    "summary.follow_up.none": {
        "da": "Ingen dato endnu: skriv den i feltet og tryk Enter (n går til feltet).",
        "en": "No date yet: type it in the field and press Enter (n goes to the field).",
    },
    "summary.follow_up.shown": {"da": "Næste opfølgning: {date}", "en": "Next follow-up: {date}"},
    "summary.follow_up.past": {
        "da": "Næste opfølgning: {date} (datoen er passeret)",
        "en": "Next follow-up: {date} (the date has passed)",
    },
    "summary.missing.title": {"da": "Det mangler", "en": "What is missing"},
    "summary.missing.none": {"da": "Intet mangler.", "en": "Nothing is missing."},
    "summary.missing.blocking": {"da": "MANGLER", "en": "MISSING"},
    "summary.missing.warning": {"da": "BEMÆRK", "en": "NOTE"},
    "summary.export.title": {"da": "Eksport", "en": "Export"},
    "summary.export.hint": {
        "da": "Tryk e for at gemme referatet (Markdown) og handleplanen (CSV til Excel og Defgo) "
        "ved siden af sessionsfilen.",
        "en": "Press e to save the minutes (Markdown) and the action plan (CSV for Excel and Defgo) "
        "next to the session file.",
    },
    "summary.export.done": {
        "da": "Gemt i {folder}: {md} (referat) og {csv} (handleplan).",
        "en": "Saved in {folder}: {md} (minutes) and {csv} (action plan).",
    },
    "summary.export.read_only": {
        "da": "Skrivebeskyttet: eksporten gemmes ikke ved siden af en session, som en anden har åben. "
        "Brug i stedet: kompas export SESSION.toml --format md -o FIL",
        "en": "Read-only: the export is not saved next to a session someone else has open. "
        "Use instead: kompas export SESSION.toml --format md -o FILE",
    },
    "summary.export.failed": {
        "da": "Eksporten kunne ikke gemmes: {reason}",
        "en": "The export could not be saved: {reason}",
    },
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
