"""Messages: the screens' parts of the record of the meeting (the Dialog
step's preparation and meeting items, `widgets/meeting_fields.py`; the
plan's follow-up fields; the policy and help lines with the guidance).

Fields holding user text (`{names}`) are values; render the result as text.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The Dialog step's first two items (the deck's steps 2 and 3).
    "ui_meeting.preparation.title": {
        "da": "Forberedelse i TRIO/MED (trin 2)",
        "en": "Preparation in TRIO/MED (step 2)",
    },
    "ui_meeting.preparation.body": {
        "da": "Før dialogmødet forbereder lederen, TR og AMR (TRIO) eller MED-udvalget dialogen med "
        "medarbejderne: hvad viser rapporten, hvilke temaer skal drøftes, og hvordan sikrer I en god og "
        "tryg proces? Skriv, hvornår I forberedte jer, hvem der var med, og hvad I aftalte.",
        "en": "Before the dialogue meeting, the leader, the union rep and the safety rep (the TRIO) or the "
        "MED committee prepare the dialogue with the employees: what does the report show, which themes "
        "need discussing, and how do you make the process good and safe? Write when you prepared, who "
        "took part and what you agreed.",
    },
    "ui_meeting.preparation.date": {"da": "Dato", "en": "Date"},
    "ui_meeting.preparation.by": {"da": "Forberedt af", "en": "Prepared by"},
    "ui_meeting.preparation.by.placeholder": {"da": "fx Mette, Ali, Jonas", "en": "e.g. Mette, Ali, Jonas"},
    "ui_meeting.preparation.notes": {
        "da": "Noter fra forberedelsen (gemmes, mens I skriver)",
        "en": "Notes from the preparation (saved as you type)",
    },
    "ui_meeting.meeting.title": {"da": "Dialogmødet (trin 3)", "en": "The dialogue meeting (step 3)"},
    "ui_meeting.meeting.body": {
        "da": "På dialogmødet uddyber I resultaterne sammen med medarbejderne og finder forslag til "
        "handlinger. Skriv dato, sted og hvem der deltager, hver med sin rolle: så viser referatet HR og "
        "MED-udvalget, at dialogen blev holdt, hvornår og af hvem.",
        "en": "At the dialogue meeting you go deeper into the results with the employees and find "
        "proposals for actions. Write the date, the place and who takes part, each with their role: then "
        "the minutes show HR and the MED committee that the dialogue was held, when and by whom.",
    },
    "ui_meeting.date": {"da": "Dato", "en": "Date"},
    "ui_meeting.place": {"da": "Sted", "en": "Place"},
    "ui_meeting.participants": {"da": "Deltagere", "en": "Participants"},
    "ui_meeting.participants.placeholder": {
        "da": "fx Mette (leder), Ali (TR), Jonas (AMR), Sanne",
        "en": "e.g. Mette (leader), Ali (union rep), Jonas (safety rep), Sanne",
    },
    "ui_meeting.participants.none": {"da": "Ingen deltagere skrevet endnu.", "en": "No participants written yet."},
    "ui_meeting.participants.count.one": {"da": "{n} deltager:", "en": "{n} participant:"},
    "ui_meeting.participants.count.other": {"da": "{n} deltagere:", "en": "{n} participants:"},
    "ui_meeting.participants.roles": {
        "da": "Skriv rollen i parentes efter navnet (uden rolle: medarbejder), og adskil med komma. "
        "Roller: {roles}.",
        "en": "Write the role in parentheses after the name (no role: employee), and separate with commas. "
        "Roles: {roles}.",
    },
    # The plan's follow-up (Handleplan).
    "ui_meeting.plan.follow_up_by": {
        "da": "Hvem følger op på handleplanen?",
        "en": "Who follows up the action plan?",
    },
    "ui_meeting.plan.follow_up_by.placeholder": {"da": "som regel lederen, fx Mette", "en": "usually the leader, e.g. Mette"},
    "ui_meeting.plan.work_group": {
        "da": "Arbejdsgruppe, hvis en gruppe arbejder videre med idéerne (navne, adskilt med komma):",
        "en": "Work group, if a group carries the ideas on (names, separated by commas):",
    },
    "ui_meeting.plan.work_group.placeholder": {"da": "fx Ali, Sanne", "en": "e.g. Ali, Sanne"},
    # The zero-tolerance point open again in an evaluation round.
    "ui_meeting.round.zt.title": {
        "da": "Nultolerance: åbent igen i runden",
        "en": "Zero tolerance: open again in this round",
    },
    "ui_meeting.round.zt.explain": {
        "da": "Den nye måling har igen {count} svar om at have været udsat for vold, trusler om vold, mobning "
        "eller seksuel chikane. Arbejdspladsen skal reagere igen: tilføj en handling på nultolerancepunktet "
        "(a), eller beskriv med dato, hvordan det håndteres efter organisationens politik. Runden kan ikke "
        "lukkes, før punktet er besvaret.",
        "en": "The new measurement again has {count} answers reporting exposure to violence, threats of "
        "violence, bullying or sexual harassment. The workplace must react again: add an action on the "
        "zero-tolerance point (a), or record, with a date, how it is handled under the organisation's "
        "policy. The round cannot be closed until the point is answered.",
    },
    "ui_meeting.round.zt.answered": {"da": "Besvaret i runden.", "en": "Answered in this round."},
    "ui_meeting.round.zt.unanswered": {
        "da": "IKKE BESVARET i runden endnu.",
        "en": "NOT ANSWERED in this round yet.",
    },
}
