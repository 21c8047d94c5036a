"""Messages: the words of the domain (colours, tracks, guidance cards).

Guidance texts are the built-in defaults; an org profile can replace any of
them (`[guidance.<key>]` with `da` and `en`).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "colour.green": {"da": "grøn", "en": "green"},
    "colour.yellow": {"da": "gul", "en": "yellow"},
    "colour.red": {"da": "rød", "en": "red"},
    "colour.none": {"da": "ingen farve", "en": "no colour"},
    "colour.suppressed": {"da": "skjult", "en": "hidden"},
    "track.local": {
        "da": "Enheden tilrettelægger selv dialogen og opfølgningen.",
        "en": "The unit plans its own dialogue and follow-up.",
    },
    "track.department_head": {
        "da": "Dialogen og opfølgningen tilrettelægges sammen med afdelingschefen, "
        "og enheden måles igen i {month}.",
        "en": "The dialogue and follow-up are planned with the department head, "
        "and the unit is measured again in {month}.",
    },
    "track.department_head_and_hr": {
        "da": "Dialogen og opfølgningen tilrettelægges sammen med afdelingschefen og HR, "
        "og enheden måles igen i {month}.",
        "en": "The dialogue and follow-up are planned with the department head and HR, "
        "and the unit is measured again in {month}.",
    },
    "track.short.local": {"da": "egen opfølgning", "en": "own follow-up"},
    "track.short.department_head": {"da": "med afdelingschef", "en": "with department head"},
    "track.short.department_head_and_hr": {
        "da": "med afdelingschef og HR",
        "en": "with department head and HR",
    },
    "change.meaningful": {"da": "reel forskel", "en": "real difference"},
    "change.none": {"da": "ingen reel forskel", "en": "no real difference"},
    "source.leader": {"da": "leder", "en": "leader"},
    "source.colleagues": {"da": "kolleger", "en": "colleagues"},
    "source.subordinates": {"da": "underordnede", "en": "subordinates"},
    "source.citizens": {"da": "borgere", "en": "citizens"},
    "month.1": {"da": "januar", "en": "January"},
    "month.2": {"da": "februar", "en": "February"},
    "month.3": {"da": "marts", "en": "March"},
    "month.4": {"da": "april", "en": "April"},
    "month.5": {"da": "maj", "en": "May"},
    "month.6": {"da": "juni", "en": "June"},
    "month.7": {"da": "juli", "en": "July"},
    "month.8": {"da": "august", "en": "August"},
    "month.9": {"da": "september", "en": "September"},
    "month.10": {"da": "oktober", "en": "October"},
    "month.11": {"da": "november", "en": "November"},
    "month.12": {"da": "december", "en": "December"},
    "guidance.zero_tolerance.title": {
        "da": "Nultolerance: vold, trusler, mobning og chikane",
        "en": "Zero tolerance: violence, threats, bullying and harassment",
    },
    "guidance.zero_tolerance.body": {
        "da": "Målingen viser, at en eller flere medarbejdere har været udsat. "
        "Arbejdspladsen skal reagere: planen skal have mindst én handling, eller en "
        "dateret beskrivelse af, hvordan det håndteres efter organisationens politik. "
        "Både ledelse og medarbejdere har ansvar for at forebygge og håndtere det. "
        "Forsøg aldrig at finde ud af, hvem der har svaret.",
        "en": "The survey shows that one or more employees have been exposed. "
        "The workplace must react: the plan needs at least one action, or a dated "
        "record of how it is handled under the organisation's policy. Leaders and "
        "employees share the duty to prevent and handle it. Never try to find out "
        "who answered.",
    },
    "guidance.leadership_low.title": {
        "da": "Lav score på ledelse",
        "en": "Leadership scores low",
    },
    "guidance.leadership_low.body": {
        "da": "Hold en undersøgende og anerkendende dialog, der tager udgangspunkt i "
        "konkrete eksempler. Lederen tager først snakken med sin egen leder. "
        "Overvej en konsulent udefra til at facilitere mødet.",
        "en": "Hold an investigative, appreciative dialogue built on concrete "
        "examples. The leader talks with their own leader first. Consider an "
        "outside facilitator for the meeting.",
    },
    "guidance.worse_than_expected.title": {
        "da": "Hvis resultatet er dårligere end ventet",
        "en": "If the result is worse than expected",
    },
    "guidance.worse_than_expected.body": {
        "da": "I er ikke de eneste. Tal med andre enheder. Vær nysgerrige, og tag det "
        "ikke personligt. Hold fast i, at trivsel er et fælles ansvar.",
        "en": "You are not the only ones. Talk to other units. Be curious and don't "
        "take it personally. Insist that wellbeing is a shared responsibility.",
    },
    "guidance.worse_than_expected.fell": {
        "da": "Den samlede score er faldet {points} point siden sidste måling ({before} → {after}).",
        "en": "The overall score fell {points} points since the previous measurement ({before} → {after}).",
    },
    "guidance.low_response_rate.title": {
        "da": "Lav svarprocent",
        "en": "Low response rate",
    },
    "guidance.low_response_rate.body": {
        "da": "Under {limit} % har svaret. Læs resultaterne varsomt, og spørg på mødet, "
        "om billedet genkendes af dem, der ikke svarede.",
        "en": "Fewer than {limit} % answered. Read the results with care, and ask at "
        "the meeting whether those who did not answer recognise the picture.",
    },
}
