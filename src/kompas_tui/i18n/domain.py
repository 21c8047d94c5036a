"""Messages: the words of the domain (colours, tracks, guidance cards).

Guidance texts are the built-in defaults; an org profile can replace any of
them (`[guidance.<key>]` with `da` and `en`).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "domain.colour.green": {"da": "grøn", "en": "green"},
    "domain.colour.yellow": {"da": "gul", "en": "yellow"},
    "domain.colour.red": {"da": "rød", "en": "red"},
    "domain.colour.none": {"da": "ingen farve", "en": "no colour"},
    "domain.colour.suppressed": {"da": "skjult", "en": "hidden"},
    "domain.track.local": {
        "da": "Enheden tilrettelægger selv dialogen og opfølgningen.",
        "en": "The unit plans its own dialogue and follow-up.",
    },
    "domain.track.department_head": {
        "da": "Dialogen og opfølgningen tilrettelægges sammen med afdelingschefen, "
        "og enheden måles igen i {month}.",
        "en": "The dialogue and follow-up are planned with the department head, "
        "and the unit is measured again in {month}.",
    },
    "domain.track.department_head_and_hr": {
        "da": "Dialogen og opfølgningen tilrettelægges sammen med afdelingschefen og HR, "
        "og enheden måles igen i {month}.",
        "en": "The dialogue and follow-up are planned with the department head and HR, "
        "and the unit is measured again in {month}.",
    },
    "domain.track.short.local": {"da": "egen opfølgning", "en": "own follow-up"},
    "domain.track.short.department_head": {"da": "med afdelingschef", "en": "with department head"},
    "domain.track.short.department_head_and_hr": {
        "da": "med afdelingschef og HR",
        "en": "with department head and HR",
    },
    "domain.change.meaningful": {"da": "reel forskel", "en": "real difference"},
    "domain.change.none": {"da": "ingen reel forskel", "en": "no real difference"},
    "domain.source.leader": {"da": "leder", "en": "leader"},
    "domain.source.colleagues": {"da": "kolleger", "en": "colleagues"},
    "domain.source.subordinates": {"da": "underordnede", "en": "subordinates"},
    "domain.source.citizens": {"da": "borgere", "en": "citizens"},
    "domain.guidance.zero_tolerance.title": {
        "da": "Nultolerance: vold, trusler, mobning og chikane",
        "en": "Zero tolerance: violence, threats, bullying and harassment",
    },
    "domain.guidance.zero_tolerance.body": {
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
    "domain.guidance.leadership_low.title": {
        "da": "Lav score på ledelse",
        "en": "Leadership scores low",
    },
    "domain.guidance.leadership_low.body": {
        "da": "Hold en undersøgende og anerkendende dialog, der tager udgangspunkt i "
        "konkrete eksempler. Lederen tager først snakken med sin egen leder. "
        "Overvej en konsulent udefra til at facilitere mødet.",
        "en": "Hold an investigative, appreciative dialogue built on concrete "
        "examples. The leader talks with their own leader first. Consider an "
        "outside facilitator for the meeting.",
    },
    "domain.guidance.worse_than_expected.title": {
        "da": "Hvis resultatet er dårligere end ventet",
        "en": "If the result is worse than expected",
    },
    "domain.guidance.worse_than_expected.body": {
        "da": "I er ikke de eneste. Tal med andre enheder. Vær nysgerrige, og tag det "
        "ikke personligt. Hold fast i, at trivsel er et fælles ansvar.",
        "en": "You are not the only ones. Talk to other units. Be curious and don't "
        "take it personally. Insist that wellbeing is a shared responsibility.",
    },
    "domain.guidance.worse_than_expected.fell": {
        "da": "Den samlede score er faldet {points} point siden sidste måling ({before} → {after}).",
        "en": "The overall score fell {points} points since the previous measurement ({before} → {after}).",
    },
    "domain.guidance.low_response_rate.title": {
        "da": "Lav svarprocent",
        "en": "Low response rate",
    },
    "domain.guidance.low_response_rate.body": {
        "da": "Under {limit} % har svaret. Læs resultaterne varsomt, og spørg på mødet, "
        "om billedet genkendes af dem, der ikke svarede.",
        "en": "Fewer than {limit} % answered. Read the results with care, and ask at "
        "the meeting whether those who did not answer recognise the picture.",
    },
}
