"""Opening and saving a big session (SPEC §8: a session with 200 actions and
20 rounds opens or saves in under 50 ms).

Run: python benchmarks/session_io.py [--runs N] [--keep FOLDER]

The session is realistic: 200 actions with every field filled in Danish
(some multi-line), goals for the demo report's 12 themes, notes, votes, two
measurements of the demo report and 20 rounds, each reviewing 25-40 actions
with notes (statuses moving forward over the rounds) and making about five
changes. A worst case has every round review all 200 actions.

Measured, each many times (median and p95, ms):

- `load_session`: read, parse, migrate, validate (what `kompas open`,
  `check` and `export` do before anything else);
- `open_session`: the same plus taking and releasing the write lock;
- `save_session`: write the file atomically (temporary file, fsync, the
  `.bak` backup, rename, fsync of the folder);
- `session_to_bytes`: the TOML text alone, without the disk.

The machine is shared and noisy, so two references run interleaved in the
same loop and the ratios are printed: `tomllib.loads` of the same file text
(parsing with the standard library alone), and a fixed CPU loop. Loading
parses with `tomli` when it is installed (safe_read.py), about 3×
faster than tomllib; the first line says which.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import random
import statistics
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from kompas_tui.demo import demo_report
from kompas_tui.domain.dialog import Dialog, PromptNotes
from kompas_tui.domain.evaluation import ActionReview, Change, Round
from kompas_tui.domain.meeting import Participant
from kompas_tui.domain.plan import Action, Goal, Plan, Status, ZeroToleranceRecord
from kompas_tui.domain.session import Session
from kompas_tui.domain.voting import Voting, VotingSettings
from kompas_tui.storage.session_file import load_session, open_session, save_session, session_to_bytes

BUDGET_MS = 50.0
ACTIONS = 200
ROUNDS = 20

NAMES = ["Mette", "Jonas (AMR)", "Sofie", "Ali", "Bo", "Åse", "Søren", "Fatima", "Niels", "Pernille", "Ærø-Hansen"]
VERBS = ["Indfør", "Aftal", "Afprøv", "Planlæg", "Evaluér", "Drøft", "Fastlæg", "Ryd op i"]
THINGS = [
    "fast overlevering kl. 7.50", "makkerordning for nye kolleger", "ugentligt tavlemøde", "pauser uden telefon",
    "fælles frokost om fredagen", "tydelig prioritering af ruterne", "kvarter til faglig sparring",
    "opfølgning på sygefravær", "rutine for registrering af trusler", "introduktion af vikarer",
]
NOTES = [
    "Kører godt; alle kender aftalen.", "Vi nåede det ikke før ferien.", "Skubbet: mangler lokale.",
    "Halvdelen af holdet er med.\nResten starter i næste måned.", "Ændret til hver anden uge.",
    "Droppet: det gav ikke mening efter omlægningen.", "Færdig 🎉 — tak til Åse.",
]
NEXT: dict[Status, list[Status]] = {
    "not_started": ["in_progress", "in_progress", "adjusted", "not_started"],
    "in_progress": ["in_progress", "done", "done", "adjusted"],
    "adjusted": ["in_progress", "done", "dropped"],
    "done": ["done", "in_progress"],
    "dropped": ["dropped"],
}


def big_session(*, review_all: bool = False, seed: int = 4) -> Session:
    """The realistic session (see the module's docstring); `review_all`:
    every round reviews every action (the worst case)."""
    rnd = random.Random(seed)
    report = demo_report()
    later = copy.deepcopy(report)
    later.measurement = "Trivsels- og APV-måling 2027"
    for theme in later.themes:
        for question in theme.questions:
            if question.mean is not None:
                question.mean = round(question.mean + rnd.choice([-0.3, -0.1, 0.0, 0.2, 0.4]), 1)
    themes = [theme.name for theme in report.themes]
    session = Session.start(report)
    session.created = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    session.step = "evaluation"
    session.dialog = Dialog(prompts=[
        PromptNotes(prompt=p, notes="\n".join(rnd.sample(NOTES, 4)), timer_minutes=10)
        for p in ("concerns", "planning", "process", "next_steps")
    ])
    session.voting = Voting(
        settings=VotingSettings(participants=18, votes_per_person=3, top_n=5),
        added_themes=["Morgenmødet", "Vikarer"],
        dots={name: rnd.randint(0, 12) for name in [*themes, "Morgenmødet", "Vikarer"]},
        chosen=themes[:5],
    )
    goals = [
        Goal(theme=name, own_rating=rnd.randint(3, 7), target=f"{rnd.randint(60, 80)} om et år",
             looks_like="Vi taler om det på tavlemødet.\nAlle ved, hvem der gør hvad.",
             how_we_notice="Færre overarbejdstimer og bedre stemning.", by_when=dt.date(2027, 12, 1))
        for name in themes
    ]
    actions = []
    for n in range(1, ACTIONS + 1):
        what = f"{rnd.choice(VERBS)} {rnd.choice(THINGS)}"
        if n % 9 == 0:
            what += "\nFørst på dagholdet, så på aftenholdet."
        actions.append(Action(
            id=f"a{n}", theme=themes[n % len(themes)], what=what, owner=rnd.choice(NAMES),
            deadline=dt.date(2027, 1, 1) + dt.timedelta(days=rnd.randint(0, 500)), follow_up=rnd.choice(NAMES),
            first_step=rnd.choice(["Tal med planlæggeren", "Book lokalet", "Skriv til MED-udvalget\nog AMR"]),
            effort=rnd.choice(["low", "medium", "high"]), benefit=rnd.choice(["low", "medium", "high"]),
        ))
    plan = Plan(goals=goals, actions=actions, next_follow_up=dt.date(2027, 2, 1), last_action_number=ACTIONS,
                zero_tolerance=ZeroToleranceRecord(text="Gennemgået med AMR efter kommunens politik.",
                                                   recorded=dt.date(2026, 11, 26)))
    rounds = []
    opened = dt.date(2027, 2, 1)
    for number in range(ROUNDS):
        chosen = plan.actions if review_all else rnd.sample(plan.actions, rnd.randint(25, 40))
        reviews = []
        for action in chosen:
            status = rnd.choice(NEXT[action.status])
            reviews.append(ActionReview(action=action.id, was=action.status, status=status, note=rnd.choice(NOTES)))
            action.status = status
        changes = []
        for action in rnd.sample(plan.actions, 4):
            field = rnd.choice(["owner", "deadline", "follow_up"])
            before = getattr(action, field)
            after = before + dt.timedelta(days=30) if field == "deadline" else rnd.choice(NAMES)
            setattr(action, field, after)
            changes.append(Change(action=action.id, field=field, before=str(before), after=str(after)))
        follow_up = opened + dt.timedelta(days=70)
        changes.append(Change(field="next_follow_up", before=str(plan.next_follow_up), after=str(follow_up)))
        plan.next_follow_up = follow_up
        if number == 7:
            plan.goals[0].reached = opened
            changes.append(Change(goal=plan.goals[0].theme, field="reached", after=str(opened)))
        last = number == ROUNDS - 1
        rounds.append(Round(
            opened=opened, closed=None if last else opened, participants=[Participant(name=name) for name in rnd.sample(NAMES, rnd.randint(5, 8))],
            notes="Gennemgang af handleplanen.\n" + rnd.choice(NOTES), next_follow_up=follow_up,
            measurement=1 if number == 4 else None, reviews=reviews, changes=changes,
        ))
        opened = follow_up
    session.measurements = [report, later]
    session.plan = plan
    session.rounds = rounds
    return Session.model_validate(session.model_dump())


def cpu_reference() -> None:
    """A fixed amount of plain CPU work (a few milliseconds)."""
    data = b"kompas" * 1000
    for _ in range(1000):
        data = hashlib.sha256(data).digest() * 200


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def run(name: str, session: Session, folder: Path, runs: int) -> dict[str, float]:
    path = folder / f"{name}.toml"
    save_session(session, path)
    text = path.read_text(encoding="utf-8")
    cases: dict[str, Callable[[], object]] = {
        "load_session": lambda: load_session(path),
        "open_session": lambda: open_session(path).close(),
        "save_session": lambda: save_session(session, path),
        "session_to_bytes": lambda: session_to_bytes(session),
        "ref tomllib.loads": lambda: tomllib.loads(text),
        "ref CPU loop": cpu_reference,
    }
    times: dict[str, list[float]] = {case: [] for case in cases}
    for function in cases.values():  # warm-up
        function()
    for _ in range(runs):
        for case, function in cases.items():  # interleaved: noise hits every case alike
            times[case].append(timed(function))
    reviews = sum(len(r.reviews) for r in session.rounds)
    changes = sum(len(r.changes) for r in session.rounds)
    print(
        f"\n{name}: {len(session.plan.actions)} actions, {len(session.rounds)} rounds, {reviews} reviews, "
        f"{changes} changes; file {path.stat().st_size / 1024:.0f} KiB, {text.count(chr(10))} lines"
    )
    for case, values in times.items():
        over = "  OVER BUDGET" if not case.startswith("ref") and p95(values) > BUDGET_MS else ""
        print(f"  {case:18} median {statistics.median(values):6.1f} ms  p95 {p95(values):6.1f} ms{over}")
    medians = {case: statistics.median(values) for case, values in times.items()}
    parse, cpu = medians["ref tomllib.loads"], medians["ref CPU loop"]
    print(
        f"  ratios: load/parse {medians['load_session'] / parse:.2f}x  "
        + "  ".join(f"{case}/CPU {medians[case] / cpu:.1f}x"
                    for case in ("load_session", "open_session", "save_session", "session_to_bytes"))
    )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="also write the sessions into this folder")
    args = parser.parse_args()
    from kompas_tui.safe_read import _fast_loads

    parser_name = "tomli (compiled)" if _fast_loads() is not None else "tomllib (tomli not installed)"
    print(f"runs: {args.runs} each, interleaved; budget {BUDGET_MS:.0f} ms to open or save (SPEC §8)")
    print(f"session files parsed by {parser_name}")
    with tempfile.TemporaryDirectory() as folder:
        for name, session in (("realistic", big_session()), ("worst-case", big_session(review_all=True))):
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                save_session(session, args.keep / f"{name}.toml")
            run(name, session, Path(folder), args.runs)


if __name__ == "__main__":
    main()
