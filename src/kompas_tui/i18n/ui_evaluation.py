"""Messages: the Evaluering screen, its dialogs (the offer of a round, an
action's review, a new goal, celebrate, history), and the notice on the
workshop's screens once a round exists.

Plain text with `str.format` fields, never markup. Fields that hold user
text (`{names}`, `{theme}`, `{what}`, `{before}`, `{after}`) are filled in
as values; the result is shown as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # -- keys (short: they share the Footer at 80 columns) -------------------------
    "ui_evaluation.key.status": {"da": "Status", "en": "Status"},
    "ui_evaluation.key.status.tip": {
        "da": "Sæt status på handlingen under markøren: 1 ikke startet, 2 i gang, 3 gennemført, "
        "4 justeret, 5 droppet",
        "en": "Set the status of the action under the cursor: 1 not started, 2 in progress, 3 done, "
        "4 adjusted, 5 dropped",
    },
    "ui_evaluation.key.note": {"da": "Note", "en": "Note"},
    "ui_evaluation.key.note.tip": {
        "da": "Skriv rundens note om handlingen under markøren",
        "en": "Write the round's note on the action under the cursor",
    },
    "ui_evaluation.key.new_round": {"da": "Ny runde", "en": "New round"},
    "ui_evaluation.key.new_round.tip": {
        "da": "Start en ny evalueringsrunde i dag",
        "en": "Start a new evaluation round today",
    },
    "ui_evaluation.key.add": {"da": "Tilføj", "en": "Add"},
    "ui_evaluation.key.add.tip": {
        "da": "Tilføj en ny handling til det mål, markøren står i (skrives i runden som ny)",
        "en": "Add a new action to the goal the cursor is in (recorded in the round as new)",
    },
    "ui_evaluation.key.celebrate": {"da": "Fejr", "en": "Celebrate"},
    "ui_evaluation.key.celebrate.tip": {
        "da": "Vis det, I har nået siden sidste runde – fejr successerne!",
        "en": "Show what you have achieved since the last round – celebrate your successes!",
    },
    "ui_evaluation.key.close": {"da": "Luk runde", "en": "Close round"},
    "ui_evaluation.key.close.tip": {
        "da": "Luk runden, når I er færdige: den bliver historik (du bliver spurgt først)",
        "en": "Close the round when you are done: it becomes history (you are asked first)",
    },
    "ui_evaluation.key.reopen": {"da": "Genåbn", "en": "Reopen"},
    "ui_evaluation.key.reopen.tip": {
        "da": "Genåbn den seneste runde, hvis den blev lukket ved en fejl",
        "en": "Reopen the last round if it was closed by mistake",
    },
    "ui_evaluation.key.fields": {"da": "Ansvarlig/frist/opf.", "en": "Owner/deadline/follow-up"},
    "ui_evaluation.key.owner": {"da": "Ansvarlig", "en": "Owner"},
    "ui_evaluation.key.owner.tip": {
        "da": "Skift ansvarlig for handlingen (skrives i runden: før → efter)",
        "en": "Change the action's owner (recorded in the round: before → after)",
    },
    "ui_evaluation.key.deadline": {"da": "Deadline", "en": "Deadline"},
    "ui_evaluation.key.deadline.tip": {
        "da": "Flyt handlingens deadline (skrives i runden: før → efter)",
        "en": "Move the action's deadline (recorded in the round: before → after)",
    },
    "ui_evaluation.key.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "ui_evaluation.key.follow_up.tip": {
        "da": "Skift opfølgningsansvarlig for handlingen (skrives i runden: før → efter)",
        "en": "Change the action's follow-up person (recorded in the round: before → after)",
    },
    "ui_evaluation.key.remove": {"da": "Slet ny handling", "en": "Delete new action"},
    "ui_evaluation.key.remove.tip": {
        "da": "Slet en handling, der er tilføjet i denne runde (en ældre handling slettes ikke: sæt den til droppet med 5)",
        "en": "Delete an action added in this round (an older action is never deleted: set it to dropped with 5)",
    },
    "ui_evaluation.key.goal": {"da": "Nyt mål", "en": "New goal"},
    "ui_evaluation.key.goal.tip": {
        "da": "Sæt et nyt mål for et tema – når de første handlinger er gennemført",
        "en": "Set a new goal for a theme – once the first actions are done",
    },
    "ui_evaluation.key.goal.add": {"da": "Tilføj mål", "en": "Add goal"},
    "ui_evaluation.key.goal.add.tip": {
        "da": "Tilføj målet til planen",
        "en": "Add the goal to the plan",
    },
    "ui_evaluation.key.reached": {"da": "Mål nået", "en": "Goal reached"},
    "ui_evaluation.key.reached.tip": {
        "da": "Markér målet, markøren står i, som nået i dag (igen: ikke nået alligevel)",
        "en": "Mark the goal the cursor is in as reached today (press again to undo)",
    },
    "ui_evaluation.key.history": {"da": "Historik", "en": "History"},
    "ui_evaluation.key.history.tip": {
        "da": "Se de tidligere runder (kun læsning)",
        "en": "See the earlier rounds (read-only)",
    },
    "ui_evaluation.key.comparison": {"da": "Ny måling", "en": "New measurement"},
    "ui_evaluation.key.comparison.tip": {
        "da": "Indlæs en ny måling og sammenlign tema for tema",
        "en": "Import a new measurement and compare theme by theme",
    },
    "ui_evaluation.key.participants": {"da": "Deltagere", "en": "Participants"},
    "ui_evaluation.key.participants.tip": {
        "da": "Skriv, hvem der er med i runden",
        "en": "Type who takes part in the round",
    },
    "ui_evaluation.key.next_date": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "ui_evaluation.key.next_date.tip": {
        "da": "Sæt datoen for næste opfølgning",
        "en": "Set the date of the next follow-up",
    },
    "ui_evaluation.key.review": {"da": "Gennemgå", "en": "Review"},
    "ui_evaluation.key.review.tip": {
        "da": "Gennemgå handlingen under markøren: status, note, ansvarlig, deadline og opfølgning "
        "(på »+ Tilføj handling«: tilføj en)",
        "en": "Review the action under the cursor: status, note, owner, deadline and follow-up "
        "(on “+ Add an action”: add one)",
    },
    # -- help texts ----------------------------------------------------------------
    "ui_evaluation.help.evaluation": {
        "da": "Evaluering: følg løbende op på handleplanen. Gå handlingerne igennem én for én: hvordan "
        "står det til (1–5), hvad skal med i noten (n), og skal noget justeres – en ny ansvarlig (o), en "
        "ny deadline (d) eller en anden til at følge op (f)? Ændringerne skrives i runden med før og efter, "
        "så intet overskrives i stilhed. Overskredne deadlines står med ord. Fejr successerne (c), sæt nye "
        "mål (g), når de første er nået (r), tilføj handlinger (a), og sæt datoen for næste opfølgning. "
        "Hver runde gemmes i sessionsfilen; en lukket runde er historik (h) og kan ikke ændres.",
        "en": "Evaluation: follow up on the action plan as you go. Go through the actions one by one: how "
        "is it going (1–5), what goes in the note (n), and does something need adjusting – a new owner "
        "(o), a new deadline (d) or someone else to follow up (f)? Changes are recorded in the round with "
        "before and after, so nothing is overwritten silently. Overdue deadlines are marked OVERDUE. "
        "Celebrate your successes (c), set new goals (g) once the first are reached (r), add actions (a), "
        "and set the date of the next follow-up. Every round is kept in the session file; a closed round "
        "is history (h) and cannot be changed.",
    },
    "ui_evaluation.help.round_question": {
        "da": "Enter svarer ja, Escape nej. Begge dele kan gøres om: en lukket runde kan genåbnes, og "
        "en runde startet ved en fejl kan lukkes igen.",
        "en": "Enter answers yes, Escape no. Either can be undone: a closed round can be reopened, and a "
        "round started by mistake can be closed again.",
    },
    "ui_evaluation.help.review_editor": {
        "da": "Handlingen i runden: status, rundens note og evt. ny ansvarlig, deadline eller "
        "opfølgningsansvarlig. Alt gemmes, mens du skriver; ændringer skrives i runden med før og "
        "efter. Tab flytter til næste felt, også ud af noten. Escape eller ctrl+j lukker.",
        "en": "The action in the round: status, the round's note and, if needed, a new owner, deadline "
        "or follow-up person. Everything is saved as you type; changes are recorded in the round with "
        "before and after. Tab moves to the next field, also out of the note. Escape or ctrl+j closes.",
    },
    "ui_evaluation.help.goal_editor": {
        "da": "Et nyt mål: temaet (skriv det, eller tag et af de tilbudte med højre pil), hvor I gerne "
        "vil hen, og hvornår. ctrl+j (eller Enter i sidste felt) tilføjer målet; Escape fortryder.",
        "en": "A new goal: the theme (type it, or take one offered with the right arrow), where you want "
        "to be, and by when. ctrl+j (or Enter in the last field) adds the goal; Escape cancels.",
    },
    "ui_evaluation.help.celebrate": {
        "da": "Det, runden har set gennemført, og de mål, den har set nået. Fejr det sammen!",
        "en": "What the round saw done, and the goals it saw reached. Celebrate it together!",
    },
    "ui_evaluation.help.history": {
        "da": "Runderne indtil nu, den nyeste først. Enter viser en runde; intet kan ændres her.",
        "en": "The rounds so far, the newest first. Enter shows a round; nothing can be changed here.",
    },
    "ui_evaluation.help.round_detail": {
        "da": "En runde, som den blev holdt: deltagere, handlingernes status, ændringer i planen, det "
        "der blev fejret, og rundens noter. Kun læsning.",
        "en": "A round as it was held: participants, the actions' status, changes to the plan, what was "
        "celebrated, and the round's notes. Read-only.",
    },
    # -- the workshop's screens once a round exists --------------------------------
    "ui_evaluation.workshop_locked": {
        "da": "Workshoppen er historik, nu hvor der er en evalueringsrunde. Planen ændres i "
        "evalueringen (F8), hvor hver ændring skrives i runden.",
        "en": "The workshop is history now that there is an evaluation round. The plan is changed in "
        "the evaluation (F8), where every change is recorded in the round.",
    },
    # -- the offer, and the round's other questions ----------------------------------
    "ui_evaluation.offer.title": {"da": "Evaluering", "en": "Evaluation"},
    "ui_evaluation.offer.question": {
        "da": "Start evalueringsrunde {number} ({date})?",
        "en": "Start evaluation round {number} ({date})?",
    },
    "ui_evaluation.offer.explain": {
        "da": "Gå handleplanen igennem: hvordan står det til med hver handling, skal planen justeres, "
        "og hvad kan I fejre? Runden gemmes i sessionen med dato og deltagere.",
        "en": "Go through the action plan: how is each action doing, does the plan need adjusting, and "
        "what can you celebrate? The round is saved in the session with its date and participants.",
    },
    "ui_evaluation.offer.participants": {
        "da": "Deltagerne fra sidste runde er skrevet på: {names}.",
        "en": "The participants of the last round are filled in: {names}.",
    },
    "ui_evaluation.offer.yes": {"da": "Start runde {number}", "en": "Start round {number}"},
    "ui_evaluation.offer.not_now": {"da": "Ikke nu", "en": "Not now"},
    "ui_evaluation.offer.no": {"da": "Bare åbn sessionen", "en": "Just open the session"},
    "ui_evaluation.close.title": {"da": "Luk runden", "en": "Close the round"},
    "ui_evaluation.close.question": {"da": "Luk evalueringsrunde {number}?", "en": "Close evaluation round {number}?"},
    "ui_evaluation.close.explain": {
        "da": "Runden bliver historik og kan ikke ændres bagefter. Er den lukket ved en fejl, kan den "
        "genåbnes (x), indtil en ny runde er startet.",
        "en": "The round becomes history and cannot be changed afterwards. If it was closed by mistake, "
        "it can be reopened (x) until a new round has been started.",
    },
    "ui_evaluation.close.yes": {"da": "Luk runden", "en": "Close the round"},
    "ui_evaluation.close.no": {"da": "Fortsæt runden", "en": "Continue the round"},
    "ui_evaluation.reopen.title": {"da": "Genåbn runden", "en": "Reopen the round"},
    "ui_evaluation.reopen.question": {
        "da": "Genåbn evalueringsrunde {number}?",
        "en": "Reopen evaluation round {number}?",
    },
    "ui_evaluation.reopen.explain": {
        "da": "Brug det, hvis runden blev lukket ved en fejl: så kan den ændres igen.",
        "en": "Use it if the round was closed by mistake: it can then be changed again.",
    },
    "ui_evaluation.reopen.yes": {"da": "Genåbn", "en": "Reopen"},
    "ui_evaluation.reopen.no": {"da": "Lad den være lukket", "en": "Keep it closed"},
    # -- the page --------------------------------------------------------------------
    "ui_evaluation.round_title": {"da": "Evalueringsrunde {number} · {date}", "en": "Evaluation round {number} · {date}"},
    "ui_evaluation.open": {"da": "åben", "en": "open"},
    "ui_evaluation.closed_on": {"da": "lukket {date}", "en": "closed {date}"},
    "ui_evaluation.no_round_title": {"da": "Evaluering", "en": "Evaluation"},
    "ui_evaluation.participants": {"da": "Deltagere:", "en": "Participants:"},
    "ui_evaluation.nobody": {"da": "(ingen skrevet på endnu)", "en": "(none written down yet)"},
    "ui_evaluation.next_follow_up": {"da": "Næste opfølgning:", "en": "Next follow-up:"},
    "ui_evaluation.no_date": {"da": "(ingen dato)", "en": "(no date)"},
    "ui_evaluation.count.one": {"da": "{n} handling", "en": "{n} action"},
    "ui_evaluation.count.other": {"da": "{n} handlinger", "en": "{n} actions"},
    "ui_evaluation.overdue": {"da": "OVERSKREDET", "en": "OVERDUE"},
    "ui_evaluation.state.no_plan": {
        "da": "Planen har ingen handlinger endnu, så der er intet at evaluere. Lav planen først (F6).",
        "en": "The plan has no actions yet, so there is nothing to evaluate. Make the plan first (F6).",
    },
    "ui_evaluation.state.no_round": {
        "da": "Ingen evalueringsrunde endnu. Tryk n for at starte runde 1 i dag ({date}).",
        "en": "No evaluation round yet. Press n to start round 1 today ({date}).",
    },
    "ui_evaluation.state.closed": {
        "da": "Runde {number} er lukket og er nu historik. Tryk n for at starte runde {next}, eller x "
        "for at genåbne runde {number}, hvis den blev lukket ved en fejl.",
        "en": "Round {number} is closed and is now history. Press n to start round {next}, or x to "
        "reopen round {number} if it was closed by mistake.",
    },
    "ui_evaluation.new_in_round": {"da": "ny i runden", "en": "new this round"},
    "ui_evaluation.new_goal_in_round": {"da": "nyt mål i runden", "en": "new goal this round"},
    "ui_evaluation.goal_no_target": {"da": "Mål: (intet skrevet)", "en": "Goal: (nothing written)"},
    "ui_evaluation.reached": {"da": "NÅET {date}", "en": "REACHED {date}"},
    "ui_evaluation.note": {"da": "Note:", "en": "Note:"},
    "ui_evaluation.participants.label": {
        "da": "Deltagere i runden (adskilt med komma)",
        "en": "Participants in the round (separated by commas)",
    },
    "ui_evaluation.participants.placeholder": {"da": "fx Mette, Jonas (AMR), Ali (TR)", "en": "e.g. Mette, Jonas (AMR), Ali (TR)"},
    "ui_evaluation.next_follow_up.label": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "ui_evaluation.notes.label": {"da": "Noter fra runden", "en": "Notes from the round"},
    "ui_evaluation.notes": {"da": "Noter fra runden", "en": "Notes from the round"},
    "ui_evaluation.no_action": {
        "da": "Stil markøren på en handling først.",
        "en": "Put the cursor on an action first.",
    },
    "ui_evaluation.no_goal_here": {
        "da": "Stil markøren i et mål (et tema med et mål) først.",
        "en": "Put the cursor in a goal (a theme with a goal) first.",
    },
    "ui_evaluation.goal_reached": {"da": "Målet for »{theme}« er nået. Godt gået!", "en": "The goal for “{theme}” is reached. Well done!"},
    "ui_evaluation.goal_not_reached": {
        "da": "Målet for »{theme}« er ikke længere markeret som nået.",
        "en": "The goal for “{theme}” is no longer marked as reached.",
    },
    "ui_evaluation.no_comparison": {
        "da": "Sammenligning med en ny måling findes ikke i denne version.",
        "en": "Comparing with a new measurement is not available in this version.",
    },
    # -- recorded changes ------------------------------------------------------------
    "ui_evaluation.change.none": {"da": "(ingen)", "en": "(none)"},
    "ui_evaluation.change.status": {
        "da": "status ændret: {before} → {after}",
        "en": "status changed: {before} → {after}",
    },
    "ui_evaluation.change.owner": {
        "da": "ansvarlig ændret: {before} → {after}",
        "en": "owner changed: {before} → {after}",
    },
    "ui_evaluation.change.deadline": {
        "da": "deadline ændret: {before} → {after}",
        "en": "deadline changed: {before} → {after}",
    },
    "ui_evaluation.change.follow_up": {
        "da": "opfølgningsansvarlig ændret: {before} → {after}",
        "en": "follow-up person changed: {before} → {after}",
    },
    "ui_evaluation.change.next_follow_up": {
        "da": "næste opfølgning ændret: {before} → {after}",
        "en": "next follow-up changed: {before} → {after}",
    },
    "ui_evaluation.change.follow_up_by": {
        "da": "opfølgning på planen ændret: {before} → {after}",
        "en": "follow-up of the plan changed: {before} → {after}",
    },
    "ui_evaluation.change.work_group": {
        "da": "arbejdsgruppe ændret: {before} → {after}",
        "en": "work group changed: {before} → {after}",
    },
    "ui_evaluation.change.action_added": {"da": "ny handling {id}: {what}", "en": "new action {id}: {what}"},
    "ui_evaluation.change.goal_added": {"da": "nyt mål: {theme}", "en": "new goal: {theme}"},
    "ui_evaluation.change.reached": {"da": "mål nået: {theme} ({date})", "en": "goal reached: {theme} ({date})"},
    "ui_evaluation.change.not_reached": {
        "da": "mål ikke nået alligevel: {theme}",
        "en": "goal not reached after all: {theme}",
    },
    # -- an action in the round ------------------------------------------------------
    "ui_evaluation.review.title": {"da": "{id} {what}", "en": "{id} {what}"},
    "ui_evaluation.review.status": {"da": "Status", "en": "Status"},
    "ui_evaluation.review.was": {
        "da": "Var {status}, da runden begyndte.",
        "en": "Was {status} when the round began.",
    },
    "ui_evaluation.review.note": {"da": "Rundens note om handlingen", "en": "The round's note on the action"},
    "ui_evaluation.review.changes": {"da": "Ændret i runden", "en": "Changed in this round"},
    # -- a new goal ------------------------------------------------------------------
    "ui_evaluation.goal.title": {"da": "Nyt mål", "en": "New goal"},
    "ui_evaluation.goal.intro": {
        "da": "Når de første handlinger er gennemført, så sæt nye mål og lav nye handlinger.",
        "en": "Once the first actions are done, set new goals and make new actions.",
    },
    "ui_evaluation.goal.theme": {"da": "Tema", "en": "Theme"},
    "ui_evaluation.goal.themes": {"da": "Temaer uden mål: {themes}", "en": "Themes without a goal: {themes}"},
    "ui_evaluation.goal.target": {"da": "Hvor vil I hen", "en": "Where you want to be"},
    "ui_evaluation.goal.target.placeholder": {"da": "fx 7 om et år", "en": "e.g. 7 in a year"},
    "ui_evaluation.goal.by_when": {"da": "Hvornår", "en": "By when"},
    "ui_evaluation.goal.no_theme": {"da": "Skriv temaet for målet.", "en": "Type the goal's theme."},
    # -- celebrate -------------------------------------------------------------------
    "ui_evaluation.celebrate.title": {"da": "Det har I nået", "en": "What you have achieved"},
    "ui_evaluation.celebrate.intro": {
        "da": "Gennemført siden sidste runde – tak til alle, der har været med:",
        "en": "Done since the last round – thank you to everyone who took part:",
    },
    "ui_evaluation.celebrate.goal": {"da": "Mål nået: {theme}", "en": "Goal reached: {theme}"},
    "ui_evaluation.celebrate.outro": {
        "da": "Fejr successerne! Sig det højt på næste personalemøde, så alle ser, at det nytter.",
        "en": "Celebrate your successes! Say it out loud at the next staff meeting, so everyone sees it "
        "makes a difference.",
    },
    "ui_evaluation.celebrate.empty": {
        "da": "Der er ikke meldt noget gennemført i denne runde endnu – og det er helt i orden. Små "
        "skridt tæller også, og det, der er i gang, er værd at nævne. Sæt status 3 (gennemført) på det, "
        "der er nået.",
        "en": "Nothing has been reported done in this round yet – and that is fine. Small steps count "
        "too, and what is under way is worth a mention. Set status 3 (done) on what has been achieved.",
    },
    # -- history ---------------------------------------------------------------------
    "ui_evaluation.history.title": {"da": "Runderne indtil nu", "en": "The rounds so far"},
    "ui_evaluation.history.intro": {
        "da": "Vælg en runde med piletasterne og Enter. Tidligere runder kan kun læses.",
        "en": "Choose a round with the arrow keys and Enter. Earlier rounds are read-only.",
    },
    "ui_evaluation.history.none": {"da": "Ingen runder endnu.", "en": "No rounds yet."},
    "ui_evaluation.history.summary": {
        "da": "deltagere: {people} · gennemgået: {reviews} · ændringer: {changes} · gennemført: {done}",
        "en": "participants: {people} · reviewed: {reviews} · changes: {changes} · done: {done}",
    },
    "ui_evaluation.history.measurement": {"da": "Ny måling:", "en": "New measurement:"},
    "ui_evaluation.history.reviews": {"da": "Handlingerne", "en": "The actions"},
    "ui_evaluation.history.status_change": {"da": "{was} → {now}", "en": "{was} → {now}"},
    "ui_evaluation.history.status_same": {"da": "{now} (uændret)", "en": "{now} (unchanged)"},
    "ui_evaluation.history.not_reviewed": {
        "da": "Ikke gennemgået i runden: {actions}",
        "en": "Not reviewed in the round: {actions}",
    },
    "ui_evaluation.history.no_reviews": {
        "da": "Ingen handlinger blev gennemgået.",
        "en": "No actions were reviewed.",
    },
    "ui_evaluation.history.changes": {"da": "Ændringer i planen", "en": "Changes to the plan"},
    "ui_evaluation.history.no_changes": {"da": "Ingen ændringer.", "en": "No changes."},
    "ui_evaluation.history.nothing_done": {"da": "Intet meldt gennemført.", "en": "Nothing reported done."},
    "ui_evaluation.history.no_notes": {"da": "Ingen noter.", "en": "No notes."},
}
