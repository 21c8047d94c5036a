"""Messages: the facilitator's live ballot on the Afstemning screen."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui_live.key.open": {"da": "Live afstemning", "en": "Live ballot"},
    "ui_live.key.open.tip": {
        "da": "Lad deltagerne stemme fra deres egne terminaler (kompas join)",
        "en": "Let the participants vote from their own terminals (kompas join)",
    },
    "ui_live.title": {"da": "Live afstemning", "en": "Live ballot"},
    "ui_live.help": {
        "da": "Live afstemning: deltagerne stemmer hver fra deres egen terminal med "
        "kompas join og stien til sessionen. Du ser kun, hvor mange der har stemt og "
        "hvem, aldrig hvad. o åbner afstemningen (eller åbner den igen, når den er lukket), "
        "c lukker den, r lukker den og tæller stemmerne op: summen lægges i afstemningens "
        "prikker og gemmes; de enkelte stemmesedler slettes. d kasserer afstemningen uden "
        "at tælle (tryk d to gange). Esc lukker vinduet; afstemningen fortsætter, og l "
        "viser den igen.",
        "en": "Live ballot: the participants each vote from their own terminal with "
        "kompas join and the session's path. You see only how many have voted and who, "
        "never what. o opens the ballot (or reopens it when it is closed), c closes it, "
        "r closes it and counts the votes: the totals are added to the vote's dots and "
        "saved; the single ballots are deleted. d discards the ballot without counting "
        "(press d twice). Esc closes the window; the ballot goes on, and l shows it again.",
    },
    "ui_live.key.open_ballot": {"da": "Åbn", "en": "Open"},
    "ui_live.key.open_ballot.tip": {
        "da": "Åbn afstemningen (eller åbn den igen, når den er lukket)",
        "en": "Open the ballot (or reopen it when it is closed)",
    },
    "ui_live.key.close_ballot": {"da": "Stop", "en": "Stop"},
    "ui_live.key.close_ballot.tip": {
        "da": "Luk afstemningen: deltagerne kan ikke længere stemme",
        "en": "Close the ballot: the participants can no longer vote",
    },
    "ui_live.key.reveal": {"da": "Vis resultat", "en": "Reveal"},
    "ui_live.key.reveal.tip": {
        "da": "Luk og tæl op: summen går i afstemningens prikker",
        "en": "Close and count: the totals go into the vote's dots",
    },
    "ui_live.key.discard": {"da": "Kassér", "en": "Discard"},
    "ui_live.key.discard.tip": {
        "da": "Kassér afstemningen uden at tælle stemmerne",
        "en": "Discard the ballot without counting the votes",
    },
    # -- the state --------------------------------------------------------------
    "ui_live.reading": {
        "da": "Læser stemmeurnen …",
        "en": "Reading the ballot box …",
    },
    "ui_live.none": {
        "da": "Ingen live afstemning er åben.",
        "en": "No live ballot is open.",
    },
    "ui_live.will_open": {
        "da": "o åbner en med {themes} temaer, {votes} stemmer pr. person, {cap} og {participants}.",
        "en": "o opens one on {themes} themes, {votes} votes per person, {cap} and {participants}.",
    },
    "ui_live.cap": {"da": "højst {cap} pr. tema", "en": "at most {cap} per theme"},
    "ui_live.no_cap": {"da": "intet loft pr. tema", "en": "no cap per theme"},
    "ui_live.participants": {"da": "{n} deltagere", "en": "{n} participants"},
    "ui_live.participants_unknown": {
        "da": "antal deltagere ikke sat",
        "en": "the number of participants not set",
    },
    "ui_live.state.open": {
        "da": "Afstemningen er åben (siden {time}).",
        "en": "The ballot is open (since {time}).",
    },
    "ui_live.state.closed": {
        "da": "Afstemningen er lukket. o åbner den igen, r viser resultatet.",
        "en": "The ballot is closed. o reopens it, r reveals the result.",
    },
    "ui_live.rules": {
        "da": "{themes} temaer · {votes} stemmer pr. person · {cap}",
        "en": "{themes} themes · {votes} votes per person · {cap}",
    },
    "ui_live.count.of.one": {"da": "{n} af {participants} har stemt", "en": "{n} of {participants} has voted"},
    "ui_live.count.of.other": {"da": "{n} af {participants} har stemt", "en": "{n} of {participants} have voted"},
    "ui_live.count.one": {"da": "{n} har stemt", "en": "{n} has voted"},
    "ui_live.count.other": {"da": "{n} har stemt", "en": "{n} have voted"},
    "ui_live.voters": {"da": "Har stemt: {names}", "en": "Voted: {names}"},
    "ui_live.join": {
        "da": "Deltagerne skriver i deres egen terminal:",
        "en": "The participants type in their own terminal:",
    },
    "ui_live.notes.one": {
        "da": "{n} stemmefil blev ikke talt med:",
        "en": "{n} ballot file was not counted:",
    },
    "ui_live.notes.other": {
        "da": "{n} stemmefiler blev ikke talt med:",
        "en": "{n} ballot files were not counted:",
    },
    "ui_live.note.unknown": {"da": "ikke gyldig ({key})", "en": "not valid ({key})"},
    "ui_live.keys.none": {
        "da": "o: åbn · Esc: tilbage",
        "en": "o: open · Esc: back",
    },
    "ui_live.keys.problem": {
        "da": "d: kassér · Esc: tilbage",
        "en": "d: discard · Esc: back",
    },
    "ui_live.keys.open": {
        "da": "c: stop · r: luk og vis resultatet · d: kassér · Esc: tilbage (afstemningen fortsætter)",
        "en": "c: stop · r: close and reveal · d: discard · Esc: back (the ballot goes on)",
    },
    "ui_live.keys.closed": {
        "da": "o: åbn igen · r: vis resultatet · d: kassér · Esc: tilbage",
        "en": "o: reopen · r: reveal · d: discard · Esc: back",
    },
    # -- refusals and confirmations -------------------------------------------------
    "ui_live.refused": {"da": "Kan ikke: {reason}", "en": "Cannot: {reason}"},
    "ui_live.refused.no_themes": {
        "da": "afstemningen har ingen temaer.",
        "en": "the vote has no themes.",
    },
    "ui_live.refused.already_open": {
        "da": "der er allerede en afstemning på denne session (måske fra en tidligere kørsel). "
        "Den vises her: følg den, eller kassér den med d.",
        "en": "there is already a ballot on this session (perhaps from an earlier run). "
        "It is shown here: watch it, or discard it with d.",
    },
    "ui_live.refused.is_open": {"da": "afstemningen er allerede åben.", "en": "the ballot is already open."},
    "ui_live.refused.is_closed": {"da": "afstemningen er allerede lukket.", "en": "the ballot is already closed."},
    "ui_live.refused.none": {"da": "ingen afstemning er åben.", "en": "no ballot is open."},
    "ui_live.refused.nobody": {
        "da": "ingen har stemt endnu. d kasserer afstemningen.",
        "en": "nobody has voted yet. d discards the ballot.",
    },
    "ui_live.refused.too_many": {
        "da": "{voted} har stemt, men afstemningen er sat til {participants} deltagere. "
        "Ret antallet af deltagere først.",
        "en": "{voted} have voted, but the vote is set to {participants} participants. "
        "Correct the number of participants first.",
    },
    "ui_live.error": {"da": "Fejl: {reason}", "en": "Error: {reason}"},
    "ui_live.confirm.discard": {
        "da": "Kassér afstemningen med {voted} stemmeseddel/-sedler uden at tælle? Tryk d igen.",
        "en": "Discard the ballot with {voted} ballots without counting? Press d again.",
    },
    "ui_live.confirm.reveal": {
        "da": "Optællingen har allerede {dots} prikker; stemmesedlerne lægges oveni. Tryk r igen.",
        "en": "The tally already has {dots} dots; the ballots are added to them. Press r again.",
    },
    "ui_live.opened": {"da": "Afstemningen er åben.", "en": "The ballot is open."},
    "ui_live.closed": {
        "da": "Afstemningen er lukket: deltagerne kan ikke længere stemme.",
        "en": "The ballot is closed: the participants can no longer vote.",
    },
    "ui_live.reopened": {"da": "Afstemningen er åben igen.", "en": "The ballot is open again."},
    "ui_live.discarded": {
        "da": "Afstemningen er kasseret; ingen stemmer er talt med.",
        "en": "The ballot was discarded; no votes were counted.",
    },
    "ui_live.revealed.one": {
        "da": "{n} stemmeseddel talt op — resultatet står i afstemningen",
        "en": "{n} ballot counted — the result is in the vote",
    },
    "ui_live.revealed.other": {
        "da": "{n} stemmesedler talt op — resultatet står i afstemningen",
        "en": "{n} ballots counted — the result is in the vote",
    },
    "ui_live.revealed.problem": {
        "da": "Stemmerne er lagt i afstemningen, men: {reason}",
        "en": "The votes are in the vote, but: {reason}",
    },
    "ui_live.revealed.unsaved": {
        "da": "Resultatet kunne ikke gemmes. Tast prikkerne ind: {totals}",
        "en": "The result could not be saved. Key in the dots: {totals}",
    },
}
