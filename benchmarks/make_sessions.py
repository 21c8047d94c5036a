"""Write N realistic session files into a folder tree, for the scale
benchmark (benchmarks/folder_scale.py) and for trying the overview, the
review list and `kompas due` on a whole organisation.

Run: python benchmarks/make_sessions.py DIR --count N [--seed S] [--messy]
     [--today YYYY-MM-DD] [--jobs J]

The tree is one organisation: an area per subfolder (`aeldre/`,
`boern-og-unge/`, `teknik-og-miljoe/`, ...), a subfolder per kind of unit
inside it (`aeldre/hjemmeplejen/`), and the units' sessions there, one per
measurement year (2024-2026) and unit, named as kompas names them.

Every session is built from the demo report with the unit's own numbers
(green, yellow and red units, all three tracks, suppressed themes,
zero-tolerance exposure now and then) and taken to a stage: only the
report (~10 %), part way through the workshop (~8 %), or a finished plan
of 3-12 actions (owners, deadlines spread around `--today`, statuses, a few
plans left incomplete), often followed by 1-4 evaluation rounds made with
`domain/evaluation.py` (reviews, changed deadlines and owners, new actions,
goals reached, the next follow-up date), a fifth of those with a January
re-measurement added in a round. Files are written with kompas' own
`save_session` (mode 0600 in a private folder, as kompas writes them).

`--messy` adds the files a real shared folder collects: a corrupt file, a
truncated one, one of a newer schema, a TOML file that is not a session,
an empty one, one that is not UTF-8, an unreadable one, a `.bak` (a
session saved twice), a stale `.lock`, a left-over temporary file and a
`kompas.toml` org profile.

The same `--seed` and `--today` give the same files, whatever `--jobs`,
except the `updated` time that `save_session` stamps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing
import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MEASUREMENT_YEARS = (2024, 2025, 2026)

#: area folder → (area name, kinds of unit: (subfolder, name prefix)).
AREAS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "aeldre": ("Ældre", [
        ("hjemmeplejen", "Hjemmeplejen"), ("plejecentre", "Plejecenter"), ("sygeplejen", "Sygeplejen"),
        ("traening", "Træningsenheden"), ("madservice", "Madservice"),
    ]),
    "boern-og-unge": ("Børn og unge", [
        ("dagtilbud", "Børnehuset"), ("dagplejen", "Dagplejen"), ("skoler", "Skolen"), ("sfo", "SFO"),
        ("familie", "Familieafdelingen"),
    ]),
    "teknik-og-miljoe": ("Teknik og miljø", [
        ("vej-og-park", "Vej og Park"), ("byggesag", "Byggesag"), ("affald", "Affald og Genbrug"),
        ("natur", "Natur og Miljø"),
    ]),
    "sundhed": ("Sundhed", [
        ("sundhedsplejen", "Sundhedsplejen"), ("tandplejen", "Tandplejen"), ("rehabilitering", "Rehabilitering"),
        ("forebyggelse", "Forebyggelse"),
    ]),
    "social-og-handicap": ("Social og handicap", [
        ("botilbud", "Botilbud"), ("aktivitet", "Aktivitetscentret"), ("socialpsykiatri", "Socialpsykiatrien"),
        ("stoettecentre", "Støttecentret"),
    ]),
    "kultur-og-fritid": ("Kultur og fritid", [
        ("biblioteker", "Biblioteket"), ("musikskolen", "Musikskolen"), ("idraet", "Svømmehallen"),
    ]),
    "beskaeftigelse": ("Beskæftigelse", [
        ("jobcenter", "Jobcentret"), ("ydelse", "Ydelsesservice"), ("integration", "Integration"),
    ]),
    "administration": ("Administration", [
        ("hr", "Løn og Personale"), ("it", "IT"), ("oekonomi", "Økonomi"), ("borgerservice", "Borgerservice"),
    ]),
}
PLACES = [
    "Nord", "Syd", "Øst", "Vest", "Centrum", "Åbyen", "Strandby", "Skovlunde", "Bakkegården", "Møllevang",
    "Kærby", "Ørnehøj", "Fjordparken", "Lindely", "Søhøj", "Egebjerg", "Havnen", "Rosenvænget", "Toftegård",
    "Æblehaven",
]
TEAMS = ["", " – team 1", " – team 2", " – team 3", " dag", " aften", " nat", " – hold A", " – hold B"]
#: Unit names that must show literally (emoji, markup-like brackets).
SPECIAL_UNITS = [
    ("boern-og-unge", "dagtilbud", "Børnehuset Mælkebøtten 🌼"),
    ("teknik-og-miljoe", "vej-og-park", "Vej og Park 🚜 Øst"),
    ("aeldre", "plejecentre", "Plejecenter Åbrinken [aften]"),
    ("administration", "it", "IT-support [/] \"helpdesk\""),
]
#: How likely a unit is to look green, yellow or red, and the score band of each.
COLOUR_BANDS = [(0.45, 71.0, 86.0), (0.40, 52.0, 68.0), (0.15, 36.0, 48.0)]

NAMES = [
    "Mette", "Jonas (AMR)", "Sofie", "Ali", "Bo", "Åse", "Søren", "Fatima", "Niels", "Pernille", "Ærø-Hansen",
    "Lærke", "Mads", "Birgitte", "Ahmad", "Jørgen", "Camilla", "Kim (TR)", "Rasmus", "Ida", "Yasmin", "Henrik",
]
LEADERS = ["Leder", "Afdelingsleder", "Souschef", "Teamleder"]
VERBS = ["Indfør", "Aftal", "Afprøv", "Planlæg", "Evaluér", "Drøft", "Fastlæg", "Ryd op i", "Genindfør"]
THINGS = [
    "fast overlevering kl. 7.50", "makkerordning for nye kolleger", "ugentligt tavlemøde", "pauser uden telefon",
    "fælles frokost om fredagen", "tydelig prioritering af opgaverne", "kvarter til faglig sparring",
    "opfølgning på sygefravær", "rutine for registrering af trusler", "introduktion af vikarer",
    "månedlig trivselssnak", "plan for ferieafvikling", "tjekliste ved vagtskifte", "MUS i grupper",
]
NOTES = [
    "Kører godt; alle kender aftalen.", "Vi nåede det ikke før ferien.", "Skubbet: mangler lokale.",
    "Halvdelen af holdet er med.\nResten starter i næste måned.", "Ændret til hver anden uge.",
    "Droppet: det gav ikke mening efter omlægningen.", "Færdig 🎉 — tak til Åse.", "",
]
DIALOG_NOTES = [
    "Travlhed om morgenen går igen i mange svar.", "Vi savner at blive hørt, når planen ændres.",
    "Godt samarbejde, men overleveringen halter.", "Flere nævner trusler fra borgere om aftenen.",
    "Lederen er meget ude af huset; svært at få fat i.", "Vi er stolte af arbejdet, men trætte.",
]
#: How a status may move in a round (as benchmarks/session_io.py).
NEXT = {
    "not_started": ["in_progress", "in_progress", "adjusted", "not_started", "done"],
    "in_progress": ["in_progress", "done", "done", "adjusted"],
    "adjusted": ["in_progress", "done", "dropped"],
    "done": ["done"],
    "dropped": ["dropped"],
}


@dataclass(frozen=True)
class Spec:
    """One session to write: its unit, year, folder (relative) and seed."""

    index: int
    area: str
    folder: str
    unit: str
    year: int
    quality: float  # the unit's own level, 0-100, kept roughly over the years
    seed: str


# --- planning the tree (in the parent, cheap) ----------------------------------


def plan(count: int, seed: int) -> list[Spec]:
    """`count` sessions: units in a shuffled order, each with a session per
    measurement year (a few units only from 2025), until `count` is reached."""
    rnd = random.Random(f"plan-{seed}")
    units: list[tuple[str, str, str]] = [(a, f, n) for a, f, n in SPECIAL_UNITS]
    combos = [
        (area, folder, f"{prefix} {place}{team}")
        for area, (_, kinds) in AREAS.items()
        for folder, prefix in kinds
        for place in PLACES
        for team in TEAMS
    ]
    rnd.shuffle(combos)
    units += combos
    specs: list[Spec] = []
    round_number = 1
    while len(specs) < count:
        for area, folder, unit in units:
            name = unit if round_number == 1 else f"{unit} ({round_number})"
            quality = _draw_quality(rnd)
            years = MEASUREMENT_YEARS[1:] if rnd.random() < 0.15 else MEASUREMENT_YEARS
            for year in years:
                if len(specs) == count:
                    return specs
                quality = min(92.0, max(30.0, quality + rnd.gauss(1.0, 5.0)))
                index = len(specs)
                specs.append(Spec(index, area, f"{area}/{folder}", name, year, quality, f"{seed}-{index}"))
        round_number += 1
    return specs


def _draw_quality(rnd: random.Random) -> float:
    pick = rnd.random()
    for share, low, high in COLOUR_BANDS:
        if pick < share:
            return rnd.uniform(low, high)
        pick -= share
    return rnd.uniform(COLOUR_BANDS[-1][1], COLOUR_BANDS[-1][2])


# --- one session (in a worker) ------------------------------------------------------

_DEMO: dict | None = None


def _demo_dict() -> dict:
    global _DEMO
    if _DEMO is None:
        from kompas_tui.demo import demo_report
        from kompas_tui.domain.report import report_adapter

        _DEMO = report_adapter().dump_python(demo_report(), exclude_none=True)
    return _DEMO


def _mean_for(score: float, direction: str) -> float:
    """A 1-5 mean whose 0-100 score (higher is better) is `score`."""
    score = min(100.0, max(0.0, score))
    value = 1 + 4 * score / 100 if direction != "low" else 1 + 4 * (100 - score) / 100
    return round(value, 1)


def make_report(rnd: random.Random, unit: str, label: str, quality: float, org_shift: float):
    """The demo report with the unit's numbers: theme scores around
    `quality`, the organisation's around 62 + `org_shift`, now and then a
    suppressed theme and zero-tolerance exposure."""
    import copy

    from kompas_tui.domain.report import report_adapter

    data = copy.deepcopy(_demo_dict())
    invited = rnd.randint(10, 60)
    answered = max(1, round(invited * rnd.uniform(0.45, 0.98)))
    tiny = rnd.random() < 0.01  # so few answers that every theme is suppressed
    if tiny:
        invited, answered = rnd.randint(4, 8), rnd.randint(2, 4)
    data.update(unit=unit, measurement=label, invited=invited, answered=answered, source="generated")
    scale_themes = [t for t in data["themes"] if not all(q.get("kind") == "incident" for q in t["questions"])]
    hidden = {rnd.randrange(len(scale_themes))} if rnd.random() < 0.12 else set()
    exposed = rnd.random() < 0.3
    care = unit.split()[0] in {"Hjemmeplejen", "Plejecenter", "Botilbud", "Socialpsykiatrien", "Jobcentret"}
    for number, theme in enumerate(scale_themes):
        level = quality + rnd.gauss(0, 7)
        org_level = 62.0 + org_shift + rnd.gauss(0, 4)
        small = number in hidden or theme["name"].startswith("Aften")
        for q in theme["questions"]:
            direction = q.get("direction", "high")
            q["mean"] = _mean_for(level + rnd.gauss(0, 3), direction)
            q["org_mean"] = _mean_for(org_level, direction)
            if "previous_mean" in q or rnd.random() < 0.5:
                q["previous_mean"] = _mean_for(level + rnd.gauss(0, 6), direction)
            n = answered - rnd.choice((0, 0, 0, 1))
            q["n"] = rnd.randint(1, 4) if small and rnd.random() < 0.7 else max(1, n)
            if tiny:
                q["n"] = answered
    for theme in data["themes"]:
        for q in theme["questions"]:
            if q.get("kind") != "incident":
                continue
            count = 0
            if exposed and rnd.random() < 0.5:
                count = min(answered, rnd.choice((1, 1, 1, 2, 2, 3, 4, 6)))
            source = rnd.choice(("citizens", "citizens", "colleagues") if care else ("colleagues", "leader", "citizens"))
            q.update(n=answered, count_yes=count, by_source={s: (count if s == source else 0) for s in
                                                              ("leader", "colleagues", "subordinates", "citizens")})
    return report_adapter().validate_python(data)


def _date_in(rnd: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=rnd.randint(0, (end - start).days))


def _at(day: dt.date, rnd: random.Random) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rnd.randint(8, 15), rnd.choice((0, 15, 30, 45))).astimezone()


def build_session(spec: Spec, today: dt.date):
    """The session of `spec`, at a random stage (see the module's docstring)."""
    from kompas_tui.domain import evaluation as ev
    from kompas_tui.domain.dialog import BUILTIN_PROMPT_IDS, Dialog, PromptNotes
    from kompas_tui.domain.meeting import ROLES, Meeting, Participant, Preparation
    from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action, Goal, Plan, ZeroToleranceRecord
    from kompas_tui.domain.scoring import summarise
    from kompas_tui.domain.session import Session
    from kompas_tui.domain.voting import Voting, VotingSettings, default_votes, effective_chosen, vote_themes

    rnd = random.Random(spec.seed)
    # The organisation's averages: a little better each year, and per area.
    area = list(AREAS).index(spec.area) if spec.area in AREAS else 2
    org_shift = {2024: -1.0, 2025: 0.0, 2026: 1.0}[spec.year] + (area % 5 - 2) * 1.5
    created_day = _date_in(rnd, dt.date(spec.year, 2, 15), min(dt.date(spec.year, 11, 30), today - dt.timedelta(1)))
    report = make_report(rnd, spec.unit, f"Trivsels- og APV-måling {spec.year}", spec.quality, org_shift)
    session = Session.start(report, language="en" if rnd.random() < 0.05 else "da")
    session.created = _at(created_day, rnd)
    stage = rnd.random()
    if stage < 0.10:
        return session  # only the report, read before the meeting
    summary = summarise(report, today=created_day)
    visible = [t for t in summary.themes if not t.suppressed]
    prompts = rnd.sample(BUILTIN_PROMPT_IDS, rnd.randint(1, len(BUILTIN_PROMPT_IDS)))
    session.dialog = Dialog(prompts=[PromptNotes(prompt=p, notes=rnd.choice(DIALOG_NOTES)) for p in prompts])
    session.step = "dialog"

    def people(count: int) -> list[Participant]:
        names = rnd.sample(NAMES, min(count, len(NAMES)))
        roles = ["leader", "tr", "amr"] + ["employee"] * len(names)
        return [Participant(name=n, role=roles[i] if rnd.random() < 0.9 else rnd.choice(ROLES))
                for i, n in enumerate(names)]

    if rnd.random() < 0.85:  # the record of the meeting (some leave it for later)
        session.preparation = Preparation(date=created_day - dt.timedelta(days=rnd.randint(3, 14)),
                                          by=rnd.sample(NAMES, 3), notes=rnd.choice(DIALOG_NOTES))
        session.meeting = Meeting(date=created_day, place="Personalerummet", participants=people(rnd.randint(4, 16)))
    partial = stage < 0.18
    if partial and rnd.random() < 0.3:
        return session  # stopped during the dialogue

    themes = vote_themes(report, Voting())
    participants = rnd.randint(4, 20)
    votes = default_votes(len(themes))
    # Dots go mostly to the weakest themes.
    weights = {t.name: max(1.0, 100.0 - (t.score or 60.0)) ** 2 for t in visible} or {themes[0]: 1.0}
    dots: dict[str, int] = {}
    for _ in range(rnd.randint(participants * votes // 2, participants * votes)):
        name = rnd.choices(list(weights), list(weights.values()))[0]
        dots[name] = dots.get(name, 0) + 1
    voting = Voting(settings=VotingSettings(participants=participants), dots=dots)
    if rnd.random() < 0.25:
        ranked = sorted(dots, key=lambda n: -dots[n])
        voting = voting.model_copy(update={"chosen": ranked[: rnd.randint(2, 4)]})
    session.voting = voting
    session.step = "voting"
    chosen = list(effective_chosen(voting, vote_themes(report, voting))) or [visible[0].name if visible else themes[0]]
    deadline_span = (21, 240)

    def new_action(number: int, theme: str) -> Action:
        return Action(
            id=f"a{number}", theme=theme,
            what=f"{rnd.choice(VERBS)} {rnd.choice(THINGS)}",
            owner=rnd.choice(NAMES + LEADERS),
            deadline=created_day + dt.timedelta(days=rnd.randint(*deadline_span)),
            follow_up=rnd.choice(NAMES) if rnd.random() < 0.95 else "",
            first_step="Sæt det på næste personalemøde." if rnd.random() < 0.4 else "",
            effort=rnd.choice(("low", "medium", "high")),
            benefit=rnd.choice(("low", "medium", "high")),
        )

    goals = [
        Goal(theme=name, own_rating=rnd.randint(3, 8), target=f"Vi vil løfte {name.lower()}",
             looks_like="Færre dage, hvor vi går hjem med dårlig samvittighed.",
             how_we_notice="Vi spørger på tavlemødet hver måned.",
             by_when=created_day + dt.timedelta(days=rnd.randint(120, 330)))
        for name in chosen if rnd.random() < 0.85
    ]
    if partial:
        session.plan = Plan(goals=goals[:1])
        session.step = rnd.choice(("goals", "plan"))
        if session.step == "plan":
            session.plan = Plan(goals=goals, actions=[new_action(1, chosen[0])], last_action_number=1)
            session.plan.actions[0].owner = ""
        return session

    count = rnd.randint(3, 12)
    exposed = "zero_tolerance" in summary.guidance
    answer = rnd.random()
    themes_for_actions = list(chosen)
    if exposed and answer < 0.75:
        themes_for_actions.append(ZERO_TOLERANCE_THEME)
    while len(themes_for_actions) < count:
        themes_for_actions.append(rnd.choice(chosen))
    actions = [new_action(n, theme) for n, theme in enumerate(themes_for_actions[:max(count, len(chosen))], 1)]
    zero = ZeroToleranceRecord()
    if exposed and 0.75 <= answer < 0.87:
        zero = ZeroToleranceRecord(text="Håndteres efter kommunens politik; AMR følger op.", recorded=created_day)
    follow_up = created_day + dt.timedelta(days=rnd.randint(60, 120))
    if rnd.random() < 0.10:  # an incomplete plan
        gap = rnd.choice(actions)
        if rnd.random() < 0.5:
            gap.owner = ""
        else:
            gap.deadline = None
        if rnd.random() < 0.3:
            follow_up = None
    session.plan = Plan(goals=goals, actions=actions, zero_tolerance=zero, next_follow_up=follow_up,
                        follow_up_by=rnd.choice(LEADERS) if rnd.random() < 0.9 else "",
                        work_group=rnd.sample(NAMES, 2) if rnd.random() < 0.4 else [],
                        last_action_number=len(actions))
    session.step = "summary"

    # A diligent unit closes its actions by their deadline; another leaves
    # some open past it (the overview's overdue list).
    diligent = rnd.random() < 0.6

    def tidy() -> None:
        for action in session.plan.actions:
            if action.status in ("done", "dropped") or action.deadline is None or action.deadline >= today:
                if action.status == "not_started" and (today - created_day).days > 20 and rnd.random() < 0.3:
                    action.status = "in_progress"
                continue
            if diligent or rnd.random() < 0.6:
                action.status = "dropped" if rnd.random() < 0.05 else "done"
            elif rnd.random() < 0.5:
                action.status = "in_progress"

    elapsed = (today - created_day).days
    rounds_possible = min(4, elapsed // 75)
    with_rounds = rounds_possible >= 1 and rnd.random() < 0.65
    if not with_rounds:
        tidy()
        return session

    def apply(fields: dict) -> None:
        nonlocal session
        session = session.model_copy(update=fields)

    # A unit not on the local track is measured again in January.
    measured = rnd.random() < (0.8 if summary.track != "local" else 0.15)
    opened = created_day
    rounds = rnd.randint(1, rounds_possible)
    for number in range(rounds):
        opened = opened + dt.timedelta(days=rnd.randint(60, 110))
        if opened >= today:
            break
        last = number == rounds - 1
        apply(ev.start_round(session, opened, people(rnd.randint(2, 6))))
        for action in list(session.plan.actions):
            if action.status in ("done", "dropped") or rnd.random() < 0.3:
                continue
            status = rnd.choice(NEXT[action.status])
            note = rnd.choice(NOTES) if rnd.random() < 0.4 else None
            apply(ev.review_action(session, action.id, status=status, note=note))
            if status not in ("done", "dropped") and rnd.random() < 0.2:
                apply(ev.change_action(session, action.id, "deadline",
                                       (action.deadline or opened) + dt.timedelta(days=rnd.randint(30, 120))))
            if rnd.random() < 0.05:
                apply(ev.change_action(session, action.id, "owner", rnd.choice(NAMES)))
        if rnd.random() < 0.25:
            fields, _ = ev.add_round_action(
                session, rnd.choice(chosen), what=f"{rnd.choice(VERBS)} {rnd.choice(THINGS)}",
                owner=rnd.choice(NAMES), deadline=opened + dt.timedelta(days=rnd.randint(30, 150)))
            apply(fields)
        if session.plan.goals and rnd.random() < 0.2:
            goal = rnd.choice(session.plan.goals)
            if goal.reached is None:
                apply(ev.mark_goal_reached(session, goal.theme, opened))
        if measured and opened >= dt.date(spec.year + 1, 1, 1) and len(session.measurements) == 1:
            later = make_report(rnd, spec.unit, f"Genmåling januar {spec.year + 1}",
                                spec.quality + rnd.gauss(4, 5), org_shift)
            apply(ev.add_measurement(session, later))
            if ev.zero_tolerance_reopened(session) is not None and rnd.random() < 0.85:
                apply(ev.set_round_zero_tolerance(session, "Gennemgået igen efter politikken med AMR.", opened))
        apply(ev.set_next_follow_up(session, opened + dt.timedelta(days=rnd.randint(60, 120))))
        closed = opened + dt.timedelta(days=rnd.randint(0, 6))
        if last and (closed >= today or rnd.random() < 0.2):
            break  # the last round is still open
        if ev.zero_tolerance_reopened(session) is not None:
            break  # a round cannot close with the point open again: it stays open
        apply(ev.close_round(session, min(closed, today)))
    tidy()  # what was done (or not) since the last round
    return session


def write_one(spec: Spec, root: Path, today: dt.date) -> str:
    from kompas_tui.storage.folder import session_filename
    from kompas_tui.storage.session_file import save_session

    session = build_session(spec, today)
    folder = root / spec.folder
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = session_filename(session.unit, session.created.date())
    path = folder / name
    number = 2
    while path.exists():  # as new_session names a second session of a unit on one day
        path = folder / f"{name.removesuffix('.toml')}-{number}.toml"
        number += 1
    save_session(session, path)
    return str(path)


def _work(job: tuple[list[Spec], str, str]) -> int:
    specs, root, today = job
    day = dt.date.fromisoformat(today)
    for spec in specs:
        write_one(spec, Path(root), day)
    return len(specs)


# --- messy files ----------------------------------------------------------------


def write_messy(root: Path, today: dt.date, seed: int) -> list[str]:
    """The odd files of a real folder (see the module's docstring); their paths."""
    from kompas_tui.domain.session import SCHEMA_VERSION
    from kompas_tui.storage.lock import LockInfo, lock_path
    from kompas_tui.storage.session_file import save_session, session_to_bytes

    folder = root / "diverse"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    spec = Spec(10**9, "diverse", "diverse", "Rod i mappen", 2025, 60.0, f"{seed}-messy")
    session = build_session(spec, today)
    text = session_to_bytes(session).decode()
    written: list[str] = []

    def put(name: str, data: bytes, mode: int = 0o600) -> None:
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(path, mode)
        written.append(str(path))

    lines = text.splitlines(keepends=True)
    put("oedelagt-2025-05-01.toml", "".join(lines[:20] + ["measurements = [[[ broken\n"] + lines[20:]).encode())
    put("afkortet-2025-05-02.toml", "".join(lines[: len(lines) // 2]).encode())  # cut at a line break
    put("afkortet-midt-i-linje-2025-05-03.toml", text[: len(text) // 3].encode())  # cut inside a line
    newer = text.replace(f"schema_version = {SCHEMA_VERSION}", f"schema_version = {SCHEMA_VERSION + 1}", 1)
    put("fremtidig-2027-01-10.toml", newer.encode())
    put("pyproject.toml", b'[tool.black]\nline-length = 100\n\n[project]\nname = "ikke-kompas"\n')
    put("tom-2025-05-04.toml", b"")
    put("latin1-2025-05-05.toml", 'unit = "Kær"\n'.encode("latin-1"))
    put("ulaeselig-2025-05-06.toml", text.encode(), mode=0o000)
    # A session saved twice: the real save path keeps the first as NAME.toml.bak.
    saved = folder / "gemt-to-gange-2025-05-07.toml"
    save_session(session, saved)
    session.plan.next_follow_up = today
    save_session(session, saved)
    written += [str(saved), str(saved) + ".bak"]
    # A lock left behind by a kompas that is no longer running.
    stale = LockInfo(user="mette", host="pc-hr-07", pid=4_000_000, since=dt.datetime(2025, 5, 7, 9, 0).astimezone())
    put(lock_path(saved).name, stale.to_json())
    put(".gemt-to-gange-2025-05-07.toml.abc123.tmp", text[:100].encode())
    (root / "kompas.toml").write_text('organisation = "Fjordby Kommune"\n', encoding="utf-8")
    os.chmod(root / "kompas.toml", 0o600)
    written.append(str(root / "kompas.toml"))
    return written


# --- main -----------------------------------------------------------------------------


def generate(root: Path | str, count: int, *, seed: int = 1, today: dt.date | None = None,
             messy: bool = False, jobs: int | None = None) -> float:
    """Write the folder; returns the seconds it took."""
    started = time.perf_counter()
    root = Path(root)
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    today = today or dt.date.today()
    specs = plan(count, seed)
    jobs = jobs or min(os.cpu_count() or 1, max(1, count // 200))
    # Small chunks so a slow one does not leave a core idle at the end.
    size = max(1, min(250, math.ceil(len(specs) / (jobs * 4))))
    chunks = [(specs[i:i + size], str(root), today.isoformat()) for i in range(0, len(specs), size)]
    if jobs == 1:
        for chunk in chunks:
            _work(chunk)
    else:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for _ in pool.imap_unordered(_work, chunks):
                pass
    if messy:
        write_messy(root, today, seed)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", metavar="DIR")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--messy", action="store_true", help="add corrupt, truncated, locked, ... files")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: the cores)")
    args = parser.parse_args(argv)
    seconds = generate(args.folder, args.count, seed=args.seed, today=args.today, messy=args.messy, jobs=args.jobs)
    print(f"wrote {args.count} sessions{' and the messy files' if args.messy else ''} to {args.folder} "
          f"in {seconds:.1f} s ({args.count / seconds:.0f} files/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
