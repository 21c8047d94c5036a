"""Messages: the goals screen (Mål), the plan screen (Handleplan) and their
dialogs (the action editor, the delete question, the effort/benefit 2×2),
and the date field they share.

Plain text with `str.format` fields, never markup. Fields that hold user
text (`{target}`, `{names}`, `{reason}`) are filled in as values; the
result is shown as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # -- keys (short: they share the Footer at 80 columns) -----------------------
    "ui_plan.key.add": {"da": "Tilføj", "en": "Add"},
    "ui_plan.key.add.tip": {
        "da": "Tilføj en handling til det tema, markøren står i",
        "en": "Add an action to the theme the cursor is in",
    },
    "ui_plan.key.edit": {"da": "Rediger", "en": "Edit"},
    "ui_plan.key.edit.tip": {
        "da": "Rediger handlingen under markøren (på »+ Tilføj handling«: tilføj en)",
        "en": "Edit the action under the cursor (on “+ Add an action”: add one)",
    },
    "ui_plan.key.delete": {"da": "Slet", "en": "Delete"},
    "ui_plan.key.delete.tip": {
        "da": "Slet handlingen under markøren (du bliver spurgt først)",
        "en": "Delete the action under the cursor (you are asked first)",
    },
    "ui_plan.key.follow_up_by": {"da": "Følges op af", "en": "Follow-up by"},
    "ui_plan.key.follow_up_by.tip": {
        "da": "Gå til feltet for, hvem der følger op på handleplanen",
        "en": "Go to the field for who follows up the action plan",
    },
    "ui_plan.key.matrix": {"da": "2×2", "en": "2×2"},
    "ui_plan.key.matrix.tip": {
        "da": "Vis handlingerne i et 2×2 efter indsats og gevinst",
        "en": "Show the actions in a 2×2 by effort and benefit",
    },
    "ui_plan.key.editor.done": {"da": "Færdig", "en": "Done"},
    "ui_plan.key.editor.done.tip": {
        "da": "Luk handlingen (alt er allerede gemt)",
        "en": "Close the action (everything is saved already)",
    },
    "ui_plan.key.next_field": {"da": "Næste felt", "en": "Next field"},
    "ui_plan.key.previous_field": {"da": "Forrige felt", "en": "Previous field"},
    "ui_plan.key.confirm.delete": {"da": "Ja, slet", "en": "Yes, delete"},
    "ui_plan.key.confirm.keep": {"da": "Nej, behold", "en": "No, keep it"},
    # -- help texts --------------------------------------------------------------
    "ui_plan.help.goals": {
        "da": "Mål (trivselskompasset): for hvert valgt tema sætter I mål for, hvor I gerne vil flytte jer hen. "
        "Hvor er I nu (rapportens score og evt. jeres egen vurdering fra 1 til 10), hvor vil I gerne hen, "
        "hvordan ser det ud, når I er der, hvordan vil I mærke det, og hvornår? Tab flytter til næste felt, "
        "også ud af et tekstfelt med flere linjer. Alt gemmes, mens du skriver. En dato skrives som "
        "24-12-2026, 24.12.2026 eller 2026-12-24 og vises med måneden som ord, så ingen læser den forkert.",
        "en": "Goals (the compass): for each chosen theme, set a goal for where you want to move. "
        "Where are you now (the report's score and, if you like, your own rating from 1 to 10), where do you "
        "want to be, what does it look like when you are there, how will you notice, and by when? Tab moves "
        "to the next field, also out of a multi-line field. Everything is saved as you type. Type a date as "
        "24-12-2026, 24.12.2026 or 2026-12-24; it is shown with the month as a word, so nobody misreads it.",
    },
    "ui_plan.help.plan": {
        "da": "Handleplan: handlingerne for hvert mål. Hver handling har hvad, ansvarlig, deadline, "
        "opfølgningsansvarlig, første skridt, indsats og gevinst (lav/middel/høj) og status. Vælg realistiske "
        "handlinger – hellere for små end for store – og overvej indsats i forhold til udbytte (2×2). "
        "Nederst står hele tiden, hvad planen mangler, før den er komplet: en ansvarlig og en deadline på "
        "hver handling, en handling for hvert valgt tema, nultolerancepunktet når rapporten kræver det, "
        "og datoen for næste opfølgning.",
        "en": "Action plan: the actions for each goal. Each action has what, owner, deadline, follow-up "
        "person, first step, effort and benefit (low/medium/high) and status. Choose realistic actions – "
        "rather too small than too big – and weigh effort against benefit (2×2). The bottom of the screen "
        "always says what the plan lacks before it is complete: an owner and a deadline on every action, an "
        "action for every chosen theme, the zero-tolerance point when the report calls for it, and the date "
        "of the next follow-up.",
    },
    "ui_plan.help.action_editor": {
        "da": "En handling. Alt gemmes, mens du skriver; Esc eller ctrl+j lukker. Tab eller Enter går til "
        "næste felt. Navne, der er skrevet før, foreslås, når du skriver begyndelsen: pil højre tager "
        "forslaget. En deadline, der ikke kan læses, bliver ikke gemt, og feltet siger hvorfor.",
        "en": "One action. Everything is saved as you type; Esc or ctrl+j closes. Tab or Enter goes to the "
        "next field. Names typed before are offered when you type their beginning: the right arrow takes "
        "the offer. A deadline that cannot be read is not saved, and the field says why.",
    },
    "ui_plan.help.confirm_delete": {
        "da": "Slet handlingen? j eller y sletter, n eller Esc beholder den.",
        "en": "Delete the action? j or y deletes, n or Esc keeps it.",
    },
    "ui_plan.help.effort_benefit": {
        "da": "Handlingerne efter indsats og gevinst. Øverst stor gevinst, til venstre lille indsats; "
        "»middel« tæller som stor. Handlinger uden indsats eller gevinst står for sig selv nederst.",
        "en": "The actions by effort and benefit. High benefit on top, low effort on the left; “medium” "
        "counts as high. Actions without effort or benefit are listed apart, at the bottom.",
    },
    # -- dates ---------------------------------------------------------------------
    # English shows dates for editing as ISO (format_input), so it asks for them that way.
    "ui_plan.date.placeholder": {"da": "dd-mm-åååå", "en": "yyyy-mm-dd"},
    "ui_plan.date.hint": {"da": "fx 24-12-2026", "en": "e.g. 2026-12-24"},
    "ui_plan.date.not_saved": {"da": "Ikke gemt: {reason}", "en": "Not saved: {reason}"},
    "ui_plan.date.kept": {"da": "Gemt er stadig {date}.", "en": "Still saved: {date}."},
    # -- goals ---------------------------------------------------------------------
    "ui_plan.goals.intro": {
        "da": "Sæt mål for, hvor I gerne vil flytte jer hen inden for hvert tema, I har valgt. Tab går til næste felt.",
        "en": "Set a goal for where you want to move within each theme you chose. Tab goes to the next field.",
    },
    "ui_plan.goals.no_themes": {
        "da": "I har ikke valgt nogen temaer endnu. Stem om temaerne under Afstemning (F4); "
        "de valgte temaer kommer så her.",
        "en": "You have not chosen any themes yet. Vote on the themes under Voting (F4); "
        "the chosen themes then appear here.",
    },
    "ui_plan.goals.score": {"da": "Hvor er vi nu? Rapporten:", "en": "Where are we now? The report:"},
    "ui_plan.goals.of_100": {"da": "af 100", "en": "of 100"},
    "ui_plan.goals.score_hidden": {
        "da": "Hvor er vi nu? Rapporten viser ikke scoren (under {n} svar).",
        "en": "Where are we now? The report does not show the score (fewer than {n} answers).",
    },
    "ui_plan.goals.score_none": {
        "da": "Hvor er vi nu? Temaet er ikke i rapporten; brug jeres egen vurdering.",
        "en": "Where are we now? The theme is not in the report; use your own rating.",
    },
    "ui_plan.goals.own_rating": {"da": "Jeres egen vurdering (1-10):", "en": "Your own rating (1-10):"},
    "ui_plan.goals.own_rating.of_10": {"da": "af 10", "en": "of 10"},
    "ui_plan.goals.own_rating.invalid": {
        "da": "Ikke gemt: skriv et tal fra 1 til 10.",
        "en": "Not saved: type a number from 1 to 10.",
    },
    "ui_plan.goals.target": {"da": "Hvor vil vi gerne hen?", "en": "Where do we want to be?"},
    "ui_plan.goals.looks_like": {
        "da": "Hvordan ser det ud, når vi er der?",
        "en": "What does it look like when we are there?",
    },
    "ui_plan.goals.how_we_notice": {"da": "Hvordan vil vi mærke det?", "en": "How will we notice?"},
    "ui_plan.goals.by_when": {"da": "Hvornår vil vi være der?", "en": "By when?"},
    # -- the plan ------------------------------------------------------------------
    "ui_plan.intro": {
        "da": "Vælg realistiske handlinger – hellere for små end for store. Hvem gør hvad og hvornår, "
        "og hvem følger op?",
        "en": "Choose realistic actions – rather too small than too big. Who does what and when, and who follows up?",
    },
    "ui_plan.add_entry": {"da": "+ Tilføj handling", "en": "+ Add an action"},
    "ui_plan.no_groups": {
        "da": "Ingen temaer er valgt endnu (Afstemning, F4). Tryk a for at tilføje en handling alligevel.",
        "en": "No themes are chosen yet (Voting, F4). Press a to add an action anyway.",
    },
    "ui_plan.goal_line": {"da": "Mål: {target}", "en": "Goal: {target}"},
    "ui_plan.no_goal": {"da": "Intet mål endnu (Mål, F5)", "en": "No goal yet (Goals, F5)"},
    "ui_plan.zero_tolerance.group": {
        "da": "Rapporten har {n} svar om at have været udsat for vold, trusler, mobning eller chikane. "
        "Arbejdspladsen skal reagere.",
        "en": "The report has {n} answers reporting exposure to violence, threats, bullying or harassment. "
        "The workplace must react.",
    },
    "ui_plan.field.owner": {"da": "Ansvarlig:", "en": "Owner:"},
    "ui_plan.field.deadline": {"da": "Deadline:", "en": "Deadline:"},
    "ui_plan.field.follow_up": {"da": "Følges op af:", "en": "Follow-up:"},
    "ui_plan.field.first_step": {"da": "Første skridt:", "en": "First step:"},
    "ui_plan.field.effort": {"da": "Indsats:", "en": "Effort:"},
    "ui_plan.field.benefit": {"da": "Gevinst:", "en": "Benefit:"},
    "ui_plan.missing_value": {"da": "MANGLER", "en": "MISSING"},
    "ui_plan.no_what": {"da": "(hvad skal gøres?)", "en": "(what is to be done?)"},
    "ui_plan.not_rated": {"da": "ikke vurderet", "en": "not rated"},
    "ui_plan.nothing_to_delete": {
        "da": "Stil markøren på en handling for at slette den.",
        "en": "Put the cursor on an action to delete it.",
    },
    "ui_plan.zt.title": {
        "da": "Nultolerance: håndtering efter organisationens politik",
        "en": "Zero tolerance: handling under the organisation's policy",
    },
    "ui_plan.zt.explain": {
        "da": "Rapporten har {n} svar om at have været udsat for vold, trusler om vold, mobning eller chikane, "
        "og arbejdspladsen skal reagere. Punktet er besvaret med mindst én handling under Nultolerance ovenfor, eller med en "
        "beskrivelse her af, hvordan det håndteres efter politikken, og en dato.",
        "en": "The report has {n} answers reporting exposure to violence, threats of violence, bullying or "
        "harassment, and the workplace must react. The point is answered by at least one action under Zero tolerance above, or "
        "by a record here of how it is handled under the policy, with a date.",
    },
    "ui_plan.zt.text": {
        "da": "Hvordan håndteres det efter politikken?",
        "en": "How is it handled under the policy?",
    },
    "ui_plan.zt.date": {"da": "Dato for beskrivelsen:", "en": "Date of the record:"},
    "ui_plan.zt.answered": {
        "da": "Nultolerancepunktet er besvaret.",
        "en": "The zero-tolerance point is answered.",
    },
    "ui_plan.zt.unanswered": {
        "da": "Nultolerancepunktet er IKKE besvaret endnu.",
        "en": "The zero-tolerance point is NOT answered yet.",
    },
    "ui_plan.next_follow_up": {"da": "Næste opfølgning:", "en": "Next follow-up:"},
    "ui_plan.missing_title": {"da": "Hvad mangler", "en": "What is missing"},
    "ui_plan.check.complete": {"da": "Planen er komplet.", "en": "The plan is complete."},
    "ui_plan.check.incomplete": {
        "da": "Planen er ikke komplet – mangler: {n}",
        "en": "The plan is not complete – missing: {n}",
    },
    "ui_plan.check.more": {
        "da": "… og {n} mere – se »Hvad mangler« nederst på siden.",
        "en": "… and {n} more – see “What is missing” at the bottom of the page.",
    },
    "ui_plan.check.note": {"da": "Bemærk:", "en": "Note:"},
    "ui_plan.check.notes": {"da": " · at bemærke: {n}", "en": " · to note: {n}"},
    "ui_plan.check.nothing": {"da": "Intet mangler.", "en": "Nothing is missing."},
    # -- the action editor -----------------------------------------------------------
    "ui_plan.editor.title_new": {"da": "Ny handling", "en": "New action"},
    "ui_plan.editor.title": {"da": "Handling {id}", "en": "Action {id}"},
    "ui_plan.editor.intro": {
        "da": "Gemmes, mens du skriver. Esc lukker.",
        "en": "Saved as you type. Esc closes.",
    },
    "ui_plan.editor.escape.nothing": {
        "da": "Esc lukker uden at gemme noget (der er ikke skrevet noget endnu).",
        "en": "Esc closes without saving anything (nothing has been typed yet).",
    },
    "ui_plan.editor.escape.complete": {
        "da": "Gemt. Esc lukker.",
        "en": "Saved. Esc closes.",
    },
    "ui_plan.editor.escape.incomplete": {
        "da": "Gemt, men mangler: {fields}. Esc lukker; handlingen står så på planen som MANGLER, "
        "indtil den er udfyldt eller slettet (d).",
        "en": "Saved, but missing: {fields}. Esc closes; the action then stays in the plan as MISSING "
        "until it is filled in or deleted (d).",
    },
    # What an action lacks, in the line about Escape ("Gemt, men mangler: …").
    "ui_plan.editor.gap.what": {"da": "hvad der skal gøres", "en": "what is to be done"},
    "ui_plan.editor.gap.owner": {"da": "en ansvarlig", "en": "an owner"},
    "ui_plan.editor.gap.deadline": {"da": "en deadline", "en": "a deadline"},
    "ui_plan.editor.gap.follow_up": {"da": "en opfølgningsansvarlig", "en": "a follow-up person"},
    "ui_plan.editor.theme": {"da": "Tema / mål", "en": "Theme / goal"},
    "ui_plan.editor.what": {"da": "Hvad", "en": "What"},
    "ui_plan.editor.what.placeholder": {"da": "lille og realistisk", "en": "small and realistic"},
    "ui_plan.editor.owner": {"da": "Ansvarlig", "en": "Owner"},
    "ui_plan.editor.deadline": {"da": "Deadline", "en": "Deadline"},
    "ui_plan.editor.follow_up": {"da": "Følges op af", "en": "Follow-up person"},
    "ui_plan.editor.first_step": {"da": "Første skridt", "en": "First step"},
    "ui_plan.editor.first_step.placeholder": {"da": "hvad sker der først?", "en": "what happens first?"},
    "ui_plan.editor.effort": {"da": "Indsats", "en": "Effort"},
    "ui_plan.editor.benefit": {"da": "Gevinst", "en": "Benefit"},
    "ui_plan.editor.status": {"da": "Status", "en": "Status"},
    "ui_plan.editor.names": {
        "da": "Navne fra planen: {names} · skriv begyndelsen, → tager forslaget",
        "en": "Names in the plan: {names} · type the beginning, → accepts the suggestion",
    },
    "ui_plan.editor.names_none": {
        "da": "Navne, du skriver her, foreslås igen i de næste handlinger.",
        "en": "Names you type here are offered again in the next actions.",
    },
    "ui_plan.editor.deadline_not_saved": {
        "da": "Deadline blev ikke gemt: {reason}",
        "en": "The deadline was not saved: {reason}",
    },
    # -- deleting ------------------------------------------------------------------
    "ui_plan.confirm.title": {"da": "Slet handling", "en": "Delete action"},
    "ui_plan.confirm.question": {"da": "Vil du slette denne handling?", "en": "Do you want to delete this action?"},
    "ui_plan.confirm.delete_button": {"da": "Slet (j)", "en": "Delete (y)"},
    "ui_plan.confirm.keep_button": {"da": "Behold (Esc)", "en": "Keep (Esc)"},
    # -- the 2×2 ---------------------------------------------------------------------
    "ui_plan.matrix.title": {"da": "Indsats og gevinst", "en": "Effort and benefit"},
    "ui_plan.matrix.axes": {
        "da": "Øverst: stor gevinst. Til venstre: lille indsats. »Middel« tæller som stor.",
        "en": "Top: high benefit. Left: low effort. “Medium” counts as high.",
    },
}
