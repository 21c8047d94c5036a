"""Messages: the history of a sessions folder (domain/changes.py,
storage/history.py, storage/history_log.py, storage/sync.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- what changed, in words (domain/changes.py) ------------------------------
    "history.section.line": {"da": "{section}: {changes}", "en": "{section}: {changes}"},
    "history.no_changes": {"da": "ingen ændringer i indholdet", "en": "no change to the content"},
    "history.none": {"da": "ingen", "en": "none"},
    "history.section.session": {"da": "Session", "en": "Session"},
    "history.section.record": {"da": "Mødet", "en": "The meeting"},
    "history.section.dialog": {"da": "Dialog", "en": "Dialogue"},
    "history.section.voting": {"da": "Afstemning", "en": "Voting"},
    "history.section.goals": {"da": "Mål", "en": "Goals"},
    "history.section.plan": {"da": "Handleplan", "en": "Action plan"},
    "history.section.rounds": {"da": "Evaluering", "en": "Evaluation"},
    "history.section.other": {"da": "Øvrigt", "en": "Other"},
    "history.first": {
        "da": "første version i historikken ({unit})",
        "en": "first version in the history ({unit})",
    },
    "history.count.actions.one": {"da": "1 handling", "en": "1 action"},
    "history.count.actions.other": {"da": "{n} handlinger", "en": "{n} actions"},
    "history.count.rounds.one": {"da": "1 evalueringsrunde", "en": "1 evaluation round"},
    "history.count.rounds.other": {"da": "{n} evalueringsrunder", "en": "{n} evaluation rounds"},
    "history.session.unit": {"da": "enheden hedder nu {unit}", "en": "the unit is now called {unit}"},
    "history.session.measurement": {"da": "måling tilføjet: {name}", "en": "measurement added: {name}"},
    "history.dialog.written": {"da": "noter skrevet til »{prompt}«", "en": "notes written under “{prompt}”"},
    "history.dialog.changed": {"da": "noter til »{prompt}« ændret", "en": "notes under “{prompt}” changed"},
    "history.voting.settings": {"da": "indstillinger ændret", "en": "settings changed"},
    "history.voting.theme_added": {"da": "tema »{theme}« tilføjet", "en": "theme “{theme}” added"},
    "history.voting.theme_removed": {"da": "tema »{theme}« fjernet", "en": "theme “{theme}” removed"},
    "history.voting.dots.one": {"da": "1 prik i alt", "en": "1 dot in all"},
    "history.voting.dots.other": {"da": "{n} prikker i alt", "en": "{n} dots in all"},
    "history.voting.chosen": {"da": "valgte temaer: {themes}", "en": "themes chosen: {themes}"},
    "history.voting.chosen_default": {
        "da": "valget af temaer følger igen stemmerne",
        "en": "the chosen themes follow the votes again",
    },
    "history.goal.added": {"da": "mål for »{theme}« tilføjet", "en": "goal for “{theme}” added"},
    "history.goal.changed": {"da": "mål for »{theme}« ændret", "en": "goal for “{theme}” changed"},
    "history.goal.removed": {"da": "mål for »{theme}« fjernet", "en": "goal for “{theme}” removed"},
    "history.goal.reached": {"da": "mål for »{theme}« nået {date}", "en": "goal for “{theme}” reached {date}"},
    "history.goal.not_reached": {
        "da": "mål for »{theme}« alligevel ikke nået",
        "en": "goal for “{theme}” not reached after all",
    },
    "history.action.added": {"da": "{id} tilføjet", "en": "{id} added"},
    "history.action.added_owner": {"da": "{id} tilføjet ({owner})", "en": "{id} added ({owner})"},
    "history.action.added_deadline": {"da": "{id} tilføjet ({date})", "en": "{id} added ({date})"},
    "history.action.added_owner_deadline": {
        "da": "{id} tilføjet ({owner}, {date})",
        "en": "{id} added ({owner}, {date})",
    },
    "history.action.removed": {"da": "{id} slettet", "en": "{id} deleted"},
    "history.action.changed": {"da": "{id} ændret", "en": "{id} changed"},
    "history.action.status.not_started": {"da": "{id} ikke startet", "en": "{id} not started"},
    "history.action.status.in_progress": {"da": "{id} i gang", "en": "{id} in progress"},
    "history.action.status.done": {"da": "{id} gennemført", "en": "{id} done"},
    "history.action.status.adjusted": {"da": "{id} justeret", "en": "{id} adjusted"},
    "history.action.status.dropped": {"da": "{id} droppet", "en": "{id} dropped"},
    "history.action.owner": {"da": "{id}: ny ansvarlig {owner}", "en": "{id}: new owner {owner}"},
    "history.action.owner_removed": {"da": "{id}: ingen ansvarlig", "en": "{id}: no owner"},
    "history.action.deadline": {"da": "{id}: ny frist {date}", "en": "{id}: new deadline {date}"},
    "history.action.deadline_removed": {"da": "{id}: ingen frist", "en": "{id}: no deadline"},
    "history.action.follow_up": {
        "da": "{id}: ny opfølgningsansvarlig {name}",
        "en": "{id}: new follow-up person {name}",
    },
    "history.action.follow_up_removed": {"da": "{id}: ingen opfølgningsansvarlig", "en": "{id}: no follow-up person"},
    "history.plan.zero_tolerance": {
        "da": "håndteringen af nultolerance noteret",
        "en": "the handling of zero tolerance recorded",
    },
    "history.plan.next": {"da": "næste opfølgning {date}", "en": "next follow-up {date}"},
    "history.plan.follow_up_by": {"da": "følges op af {name}", "en": "followed up by {name}"},
    "history.plan.follow_up_by_removed": {"da": "ingen følger op på planen", "en": "nobody follows up the plan"},
    "history.plan.work_group": {"da": "arbejdsgruppe ændret", "en": "work group changed"},
    "history.record.preparation": {"da": "forberedelsen noteret", "en": "the preparation recorded"},
    "history.record.date": {"da": "dialogmøde {date}", "en": "dialogue meeting {date}"},
    "history.record.date_removed": {"da": "dialogmødets dato fjernet", "en": "the dialogue meeting's date removed"},
    "history.record.place": {"da": "sted ændret", "en": "place changed"},
    "history.record.participants.one": {"da": "1 deltager", "en": "1 participant"},
    "history.record.participants.other": {"da": "{n} deltagere", "en": "{n} participants"},
    "history.plan.next_removed": {"da": "ingen næste opfølgning", "en": "no next follow-up"},
    "history.round.started": {"da": "runde {n} startet {date}", "en": "round {n} started {date}"},
    "history.round.closed": {"da": "runde {n} afsluttet {date}", "en": "round {n} closed {date}"},
    "history.round.reopened": {"da": "runde {n} genåbnet", "en": "round {n} reopened"},
    "history.round.participants": {"da": "runde {n}: deltagere ændret", "en": "round {n}: participants changed"},
    "history.round.notes": {"da": "runde {n}: noter ændret", "en": "round {n}: notes changed"},
    "history.round.zero_tolerance": {
        "da": "runde {n}: håndteringen af nultolerance noteret",
        "en": "round {n}: the handling of zero tolerance recorded",
    },
    "history.round.removed": {"da": "runde {n} fjernet", "en": "round {n} removed"},
    "history.other.changed": {"da": "{name} ændret", "en": "{name} changed"},
    # -- checkpoints.py (the app) ----------------------------------------------------
    "history.checkpoint_failed": {
        "da": "Historikken blev ikke opdateret ({reason}). Sessionen er gemt som altid.",
        "en": "The history was not updated ({reason}). The session is saved as always.",
    },
    # -- storage/history.py ---------------------------------------------------------
    "history.error.no_git": {
        "da": "historikken kan ikke gemmes: programmet git er ikke installeret (apt-get install git)",
        "en": "the history cannot be kept: the program git is not installed (apt-get install git)",
    },
    "history.error.git": {"da": "git: {reason}", "en": "git: {reason}"},
    "history.error.unsafe": {
        "da": "kompas kører ikke git i denne mappe: dens indstillinger ({config}) nævner et program ({setting})",
        "en": "kompas does not run git in this folder: its settings ({config}) name a program ({setting})",
    },
    "history.error.too_big": {
        "da": "versionen er for stor til at læse ({size} MB)",
        "en": "the version is too big to read ({size} MB)",
    },
    "history.error.not_kept": {
        "da": "{file}: mappen har ingen historik (ikke et git-arkiv; se docs/history.md)",
        "en": "{file}: the folder keeps no history (not a git repository; see docs/history.md)",
    },
    "history.error.not_session": {
        "da": "{file} er ikke en læsbar session og gemmes ikke i historikken: {reason}",
        "en": "{file} is not a readable session and is not kept in the history: {reason}",
    },
    "history.error.busy": {
        "da": "historikken blev ændret af andre hele tiden; prøv igen",
        "en": "the history kept being changed by others; try again",
    },
    # -- storage/history_log.py -----------------------------------------------------
    "history.log.conflict": {
        "da": "synkroniseret: ændret både her og på {host}; udgaven fra {host} ligger ved siden af som {copy}",
        "en": "synced: changed both here and on {host}; the version from {host} is kept beside it as {copy}",
    },
    "history.log.unreadable": {
        "da": "denne version kan ikke læses: {reason}",
        "en": "this version cannot be read: {reason}",
    },
    "history.log.on_host": {"da": "{who} på {host}", "en": "{who} on {host}"},
    "history.log.parallel": {
        "da": "[samtidig med ændringer på {host}]",
        "en": "[at the same time as changes on {host}]",
    },
    "history.log.removed": {"da": "filen blev slettet", "en": "the file was deleted"},
    # -- storage/sync.py ------------------------------------------------------------
    "history.sync.not_kept": {
        "da": "{folder}: mappen har ingen historik at synkronisere (se kompas init-history og docs/history.md)",
        "en": "{folder}: the folder keeps no history to sync (see kompas init-history and docs/history.md)",
    },
    "history.sync.detached": {
        "da": "{folder}: historikken står ikke på en gren (git checkout main)",
        "en": "{folder}: the history is not on a branch (git checkout main)",
    },
    "history.sync.no_remote": {
        "da": "{folder}: ingen fjernserver sat op (kompas init-history --remote URL)",
        "en": "{folder}: no remote set up (kompas init-history --remote URL)",
    },
    "history.sync.unreachable": {
        "da": "{remote} kan ikke nås: {reason}",
        "en": "{remote} cannot be reached: {reason}",
    },
    "history.sync.busy": {
        "da": "{remote} blev ændret hele tiden under synkroniseringen; prøv igen",
        "en": "{remote} kept changing during the sync; try again",
    },
    "history.sync.push_failed": {
        "da": "{remote} tog ikke imod ændringerne: {reason}",
        "en": "{remote} did not accept the changes: {reason}",
    },
    "history.sync.open_here": {
        "da": "{file} er åben hos {user} på {host}; synkroniseres, når den er lukket",
        "en": "{file} is open by {user} on {host}; it is synced once it is closed",
    },
    "history.sync.uncommitted": {
        "da": "{file} er ændret her uden for kompas og ikke gemt i historikken; intet er synkroniseret",
        "en": "{file} was changed here outside kompas and is not in the history; nothing was synced",
    },
    "history.sync.not_yours": {
        "da": "{file} kan ikke erstattes af dig (en andens fil i en mappe med sticky bit); "
        "kør kompas sync som mappens ejer",
        "en": "{file} cannot be replaced by you (another user's file in a sticky folder); "
        "run kompas sync as the folder's owner",
    },
    "history.sync.write_failed": {
        "da": "{file} kunne ikke skrives: {reason}; kør kompas sync igen",
        "en": "{file} could not be written: {reason}; run kompas sync again",
    },
    "history.sync.conflict": {
        "da": "{file} ændret både her og på {host}; udgaven fra {host} gemt som {copy}",
        "en": "{file} changed both here and on {host}; the version from {host} kept as {copy}",
    },
    "history.sync.deleted_here": {
        "da": "{file} var slettet her, men ændret på den anden server; den er tilbage",
        "en": "{file} was deleted here but changed on the other server; it is back",
    },
    "history.sync.deleted_there": {
        "da": "{file} var slettet på den anden server, men ændret her; den er bevaret",
        "en": "{file} was deleted on the other server but changed here; it is kept",
    },
    "history.sync.kept_deleted": {
        "da": "{file}: den anden servers ændringer bevaret (filen var slettet her)",
        "en": "{file}: the other server's changes kept (the file was deleted here)",
    },
    # -- storage/history_setup.py (kompas init-history) ------------------------------
    "history.init.created": {
        "da": "{folder} har nu en historik (et git-arkiv)",
        "en": "{folder} now keeps a history (a git repository)",
    },
    "history.init.exists": {
        "da": "{folder} har allerede en historik; indstillingerne er tjekket",
        "en": "{folder} keeps a history already; its settings are checked",
    },
    "history.init.gitignore": {
        "da": ".gitignore holder låse, sikkerhedskopier og stemmebokse uden for historikken",
        "en": ".gitignore keeps locks, backups and ballot boxes out of the history",
    },
    "history.init.gitignore_commit": {
        "da": "Låse, sikkerhedskopier og stemmebokse holdes uden for historikken",
        "en": "Locks, backups and ballot boxes are kept out of the history",
    },
    "history.init.committed.none": {"da": "Ingen sessioner i mappen endnu", "en": "No sessions in the folder yet"},
    "history.init.committed.one": {
        "da": "1 session gemt som første version",
        "en": "1 session committed as its first version",
    },
    "history.init.committed.other": {
        "da": "{n} sessioner gemt som første version",
        "en": "{n} sessions committed as their first version",
    },
    "history.init.remote": {
        "da": "kompas sync synkroniserer med {remote}",
        "en": "kompas sync syncs with {remote}",
    },
    "history.init.no_remote": {
        "da": "Ingen fjernserver: historikken bliver på denne server (kompas init-history --remote URL for at dele den)",
        "en": "No remote: the history stays on this server (kompas init-history --remote URL to share it)",
    },
    "history.init.readable": {
        "da": "Advarsel: andre brugere kan læse {folder}, og dermed alle versioner af sessionerne",
        "en": "Warning: other users can read {folder}, and so every version of the sessions",
    },
    "history.init.bare_created": {
        "da": "{folder} er nu det fælles arkiv, som serverne synkroniserer med",
        "en": "{folder} is now the shared repository the servers sync with",
    },
    "history.init.bare_exists": {
        "da": "{folder} er allerede et fælles arkiv; indstillingerne er tjekket",
        "en": "{folder} is a shared repository already; its settings are checked",
    },
    "history.init.bare_not_empty": {
        "da": "{folder} er hverken tom eller et arkiv; vælg en tom mappe",
        "en": "{folder} is neither empty nor a repository; choose an empty folder",
    },
    "history.init.bare_next": {
        "da": "På hver server: kompas init-history SESSIONSMAPPE --remote ssh://DENNE-SERVER{folder}",
        "en": "On each server: kompas init-history SESSIONS-FOLDER --remote ssh://THIS-SERVER{folder}",
    },
}
