"""The team load benchmark (issue 21): ten coder processes edit one PostgreSQL project at once.

Usage, from the repository root (PostgreSQL's binaries installed, as ``bash .ci/setup test`` does)::

    python tests/benchmarks/bench_team.py                       # 10 processes x 1,000 edits, a table
    python tests/benchmarks/bench_team.py --edits 300 --json    # smaller, records only on stdout

A throwaway cluster is started (tests/helpers/postgres.py) and a project made in it; five coder logins
(role ``coder``: grants and row-level security apply) are each used by two processes — the same coder at
two machines — so ten processes edit at once. Each first gets 10 annotations of its login to share with
its twin (the contested ones). Each process then makes ``--edits`` edits through the services, as the app
does: 40 % new annotations (a tag and a note), 25 % edits of a contested annotation (read its version,
write with it: the twin may have come first), 20 % edits of one of its own, 10 % deletions of its own,
5 % attempts on another login's annotation (the server must refuse). Meanwhile each listens to the
server's change notifications (``Project.live()``, as the window does) and notes when each other
process's new annotation reached it.

Checked afterwards, on the server: nothing lost or duplicated (the annotations there are exactly those
made and not deleted, each once, by their maker's coder, uuids unique, every one's text is the source's at
its offsets); every conflict reported (an annotation's version is 1 + the successful edits recorded for
it by both twins, and its note the last of them: no edit was overwritten unseen; the refused attempts
all raised and changed nothing); every new annotation reached all nine other processes. Printed: edits
per second (all ten together) and the p95 of one edit, against the same mix of edits (without conflicts
or refusals) by one writer on a SQLite project file, measured in the same run; and the delay from a
commit to its arrival in the others' event bus (median, p95, max, share within a second). Nothing is
asserted about times; a failed check prints FAILED and exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO_ROOT))

from run import Record, report  # noqa: E402

LOGINS = 5
PER_LOGIN = 2
SHARED = 10
WORDS = ("grain", "quota", "district", "harvest", "kulak", "brigade", "report", "village", "famine", "plan")


def _text(seed: int, size: int = 20_000) -> str:
    rng = random.Random(seed)
    words = [rng.choice(WORDS) for _ in range(size // 6)]
    return " ".join(words)[:size] + "\n"


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


# --- one coder process ------------------------------------------------------------------------------


def worker(url: str, plan_path: Path, out_path: Path, index: int, edits: int, start_at: float) -> None:
    from annotator.domain.errors import EditConflict, NotPermitted
    from annotator.services.events import AnnotationsChanged, Change, Event
    from annotator.services.project import Project

    plan = json.loads(plan_path.read_text())
    me = plan["workers"][index]
    rng = random.Random(1000 + index)
    received: list[tuple[int, float]] = []
    ops: list[dict[str, Any]] = []
    with Project.open(url) as project:

        def on_event(event: Event) -> None:
            # A new annotation arrives as "added", or as "removed" when its maker deleted it before this
            # process read the notices (a batch's events say where each annotation ended up).
            if isinstance(event, AnnotationsChanged) and event.change is not Change.UPDATED:
                now = time.time()
                received.extend((i, now) for i in event.annotation_ids)

        project.events.subscribe(on_event)
        live = project.live()
        assert live is not None
        live.start()
        sources, lengths = plan["sources"], plan["lengths"]
        shared, others = me["shared"], me["others"]
        own: list[int] = []
        # Every process starts together, once all are listening: a notice committed before a process's
        # LISTEN never reaches it (PostgreSQL keeps none for later listeners). A fixed delay was not enough
        # on a loaded 2-core machine: a process still importing the app missed the first annotations the
        # others made (the ~30 "never received" of earlier runs, all among the first ids).
        out_path.with_suffix(".ready").write_text("")
        give_up = start_at + 300
        while time.time() < give_up and (
            time.time() < start_at or len(list(out_path.parent.glob("worker*.ready"))) < len(plan["workers"])
        ):
            time.sleep(0.01)
        for n in range(edits):
            roll = rng.random()
            kind = "create"
            if roll >= 0.40 and roll < 0.65:
                kind = "contested"
            elif roll >= 0.65 and roll < 0.85 and own:
                kind = "update"
            elif roll >= 0.85 and roll < 0.95 and len(own) > 1:
                kind = "delete"
            elif roll >= 0.95:
                kind = "refused"
            note = f"w{index}-e{n}"
            started = time.time()
            record: dict[str, Any] = {"kind": kind, "note": note}
            try:
                if kind == "create":
                    source = rng.choice(sources)
                    start = rng.randrange(0, lengths[str(source)] - 40)
                    made = project.annotations.create(
                        source, start, start + rng.randrange(5, 40), ["bias/loaded-language"], note=note
                    )
                    own.append(made.id)
                    record.update(id=made.id, uuid=made.uuid)
                elif kind in ("contested", "update"):
                    target = rng.choice(shared if kind == "contested" else own)
                    version = project.annotations.get(target).version
                    project.annotations.update(target, note=note, expected_version=version)
                    record.update(id=target, version=version + 1)
                elif kind == "delete":
                    target = own.pop(rng.randrange(len(own)))
                    project.annotations.delete(target)
                    record.update(id=target)
                else:
                    target = rng.choice(others)
                    project.annotations.update(target, note=note)
                    record.update(id=target, result="NOT REFUSED")
            except EditConflict:
                record["result"] = "conflict"
            except NotPermitted:
                record["result"] = "refused"
            record.update(t0=started, t1=time.time())
            ops.append(record)
        # A last new annotation, the sentinel: notices arrive in commit order, so once another process's
        # sentinel is here, so is everything it committed before. Listen on until all nine are here: as
        # long as others are still editing (a process may finish minutes before the slowest on a loaded
        # machine; a deadline counted from its own end stopped it listening early, and the slowest one's
        # last annotations were counted as lost), then at most two minutes more (what is missing then never
        # arrived).
        t0 = time.time()
        sentinel = project.annotations.create(sources[0], 0, 1, note=f"sentinel {index}")
        ops.append({"kind": "create", "note": "sentinel", "id": sentinel.id, "t0": t0, "t1": time.time()})
        out_path.with_suffix(".part").write_text(str(sentinel.id))
        os.replace(out_path.with_suffix(".part"), out_path.with_suffix(".done"))  # whole when seen
        deadline: float | None = None
        gave_up = False
        while True:
            done = [p for p in out_path.parent.glob("worker*.done") if p != out_path.with_suffix(".done")]
            seen = {i for i, _ in received}
            if len(done) == len(plan["workers"]) - 1:
                if all(int(p.read_text()) in seen for p in done):
                    break
                deadline = deadline or time.time() + 120
                if time.time() > deadline:
                    gave_up = True
                    break
            time.sleep(0.1)
    out_path.write_text(json.dumps({"ops": ops, "received": received, "gave_up": gave_up}))


# --- the parent ---------------------------------------------------------------------------------------


def _setup(cluster: Any, edits: int, folder: Path) -> tuple[str, Path, dict[str, Any]]:
    from annotator.services.project import Project

    database = cluster.new_database()
    url = cluster.url(database)
    tail = os.urandom(3).hex()
    logins = [f"coder{i}_{tail}" for i in range(LOGINS)]
    with Project.open(url) as owner:
        for login in logins:
            owner.team.add(login, "coder", "benchmark")
        sources, lengths = [], {}
        for s in range(5):
            text = _text(s)
            sid = owner.sources.import_bytes(f"s{s}.txt", text.encode(), {"title": f"Report {s}"}).source_id
            sources.append(sid)
            lengths[str(sid)] = len(text)
    shared: dict[str, list[int]] = {}
    for login in logins:
        with Project.open(cluster.url(database, login)) as coder:
            shared[login] = [
                coder.annotations.create(sources[0], 10 * i, 10 * i + 5, note="shared").id
                for i in range(SHARED)
            ]
    workers = []
    for i in range(LOGINS * PER_LOGIN):
        login = logins[i // PER_LOGIN]
        others = [a for other, ids in shared.items() if other != login for a in ids]
        workers.append({"login": login, "shared": shared[login], "others": others})
    plan = {"sources": sources, "lengths": lengths, "workers": workers, "logins": logins}
    plan_path = folder / "plan.json"
    plan_path.write_text(json.dumps(plan))
    return database, plan_path, plan


def _run_workers(
    cluster: Any, database: str, plan_path: Path, plan: dict[str, Any], edits: int, folder: Path
) -> tuple[list[dict[str, Any]], float]:
    start_at = time.time() + 15.0  # after every process has imported the app and connected
    processes, outs = [], []
    for i, w in enumerate(plan["workers"]):
        out = folder / f"worker{i}.json"
        outs.append(out)
        command = [sys.executable, __file__, "--worker", str(i), "--url", cluster.url(database, w["login"]),
                   "--plan", str(plan_path), "--out", str(out), "--edits", str(edits),
                   "--start-at", str(start_at)]  # fmt: skip
        processes.append(subprocess.Popen(command, cwd=REPO_ROOT))
    for p in processes:
        if p.wait() != 0:
            raise SystemExit(f"a coder process failed (exit {p.returncode})")
    results = [json.loads(o.read_text()) for o in outs]
    ends = [op["t1"] for r in results for op in r["ops"]]
    starts = [op["t0"] for r in results for op in r["ops"]]
    return results, max(ends) - min(starts)


def _check(cluster: Any, database: str, plan: dict[str, Any], results: list[dict[str, Any]]) -> list[str]:
    """What went wrong on the server, if anything (empty: nothing lost, duplicated or overwritten unseen)."""
    import psycopg

    problems: list[str] = []
    with psycopg.connect(cluster.url(database)) as c:
        rows = c.execute(
            "SELECT a.id, a.uuid, a.note, a.version, co.login, a.exact, substr(t.text, a.start_pos + 1, "
            "a.end_pos - a.start_pos) FROM annotations a JOIN coders co ON co.id = a.coder_id "
            "JOIN source_texts t ON t.source_id = a.source_id"
        ).fetchall()
    by_id = {r[0]: r for r in rows}
    if len({r[1] for r in rows}) != len(rows):
        problems.append("duplicate uuids")
    made: dict[int, str] = {}
    deleted: set[int] = set()
    successes: dict[int, list[tuple[int, str]]] = {}
    for i, result in enumerate(results):
        login = plan["workers"][i]["login"]
        for op in result["ops"]:
            if op.get("result") == "NOT REFUSED":
                problems.append(
                    f"process {i}'s edit of another login's annotation {op['id']} was not refused"
                )
            if "result" in op:
                continue
            if op["kind"] == "create":
                made[op["id"]] = login
            elif op["kind"] in ("contested", "update"):
                successes.setdefault(op["id"], []).append((op["version"], op["note"]))
            elif op["kind"] == "delete":
                deleted.add(op["id"])
    shared = {a: w["login"] for w in plan["workers"] for a in w["shared"]}
    expected = {**{a: lo for a, lo in made.items() if a not in deleted}, **shared}
    if set(by_id) != set(expected):
        lost, extra = set(expected) - set(by_id), set(by_id) - set(expected)
        problems.append(f"{len(lost)} annotations lost, {len(extra)} not accounted for")
    for a, login in expected.items():
        row = by_id.get(a)
        if row is None:
            continue
        if row[4] != login:
            problems.append(f"annotation {a} is {row[4]}'s, made by {login}")
        if row[5] != row[6]:
            problems.append(f"annotation {a}'s text is not its source's at its offsets")
        edits = sorted(successes.get(a, []))
        if row[3] != 1 + len(edits) or [v for v, _ in edits] != list(range(2, 2 + len(edits))):
            problems.append(f"annotation {a}: version {row[3]} after {len(edits)} successful edits")
        elif edits and row[2] != edits[-1][1]:
            problems.append(f"annotation {a}: its note is not the last successful edit's")
    return problems


def _sqlite_baseline(plan: dict[str, Any], total: int, folder: Path) -> tuple[float, float]:
    """The same mix of edits by one writer on a project file: (edits per second, p95 of one edit)."""
    from annotator.services.project import Project

    rng = random.Random(7)
    times: list[float] = []
    with Project.open(folder / "baseline.annotator") as project:
        sources = []
        for s in range(5):
            text = _text(s)
            sources.append(
                (project.sources.import_bytes(f"s{s}.txt", text.encode(), {}).source_id, len(text))
            )
        shared = [project.annotations.create(sources[0][0], 10 * i, 10 * i + 5).id for i in range(SHARED)]
        own: list[int] = []
        project.annotations.create(sources[0][0], 0, 3)  # the first edit's statement compilation, untimed
        started = time.perf_counter()
        for n in range(total):
            roll = rng.random()
            t0 = time.perf_counter()
            if roll < 0.40 or not own or (0.85 <= roll < 0.95 and len(own) < 2):
                source, length = rng.choice(sources)
                start = rng.randrange(0, length - 40)
                own.append(
                    project.annotations.create(
                        source, start, start + rng.randrange(5, 40), ["bias/loaded-language"], note=f"e{n}"
                    ).id
                )
            elif roll < 0.65 or roll >= 0.95:
                target = rng.choice(shared)
                version = project.annotations.get(target).version
                project.annotations.update(target, note=f"e{n}", expected_version=version)
            elif roll < 0.85:
                target = rng.choice(own)
                version = project.annotations.get(target).version
                project.annotations.update(target, note=f"e{n}", expected_version=version)
            else:
                project.annotations.delete(own.pop(rng.randrange(len(own))))
            times.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - started
    return total / elapsed, _p95(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=1000, help="edits per process (default 1,000)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.url, args.plan, args.out, args.worker, args.edits, args.start_at)
        return 0

    from tests.helpers import postgres

    why = postgres.why_unavailable()
    if why is not None:
        print(f"skipped: {why}", file=sys.stderr)
        return 0
    began = time.perf_counter()
    cache = tempfile.TemporaryDirectory(prefix="bench-team-cache-")
    os.environ["XDG_CACHE_HOME"] = cache.name  # the processes' search-index caches, deleted after
    cluster = postgres.start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp:
            folder = Path(tmp)
            database, plan_path, plan = _setup(cluster, args.edits, folder)
            results, wall = _run_workers(cluster, database, plan_path, plan, args.edits, folder)
            problems = _check(cluster, database, plan, results)
            records, summary = _measure(plan, results, wall, folder)
    finally:
        cluster.stop()
        cache.cleanup()
    report(records, args.json, time.perf_counter() - began, "the same mix of edits by one writer on SQLite")
    if not args.json:
        print(summary)
    for p in problems[:20]:
        print(f"FAILED: {p}", file=sys.stderr)
    return 1 if problems else 0


def _measure(
    plan: dict[str, Any], results: list[dict[str, Any]], wall: float, folder: Path
) -> tuple[list[Record], str]:
    ops = [op for r in results for op in r["ops"]]
    durations = [op["t1"] - op["t0"] for op in ops]
    made_at = {
        op["id"]: (i, op["t1"])
        for i, r in enumerate(results)
        for op in r["ops"]
        if op["kind"] == "create" and "result" not in op
    }
    delays: list[float] = []
    missing = 0
    for i, r in enumerate(results):
        first = {}
        for annotation_id, t in r["received"]:
            first.setdefault(annotation_id, t)
        for annotation_id, (maker, committed) in made_at.items():
            if maker == i:
                continue
            if annotation_id in first:
                delays.append(max(0.0, first[annotation_id] - committed))
            else:
                missing += 1
    sqlite_rate, sqlite_p95 = _sqlite_baseline(plan, len(ops), folder)
    rate = len(ops) / wall
    within = sum(d <= 1.0 for d in delays) / len(delays) if delays else 0.0
    records = [
        Record("team_edits_per_second", rate, "edits/s", sqlite_rate),
        Record("team_edit_p95", _p95(durations) * 1000, "ms", sqlite_p95 * 1000),
        Record("team_visible_median", statistics.median(delays) * 1000 if delays else float("nan"), "ms"),
        Record("team_visible_p95", _p95(delays) * 1000 if delays else float("nan"), "ms"),
        Record("team_visible_max", max(delays) * 1000 if delays else float("nan"), "ms"),
        Record("team_notices_never_received", missing, "notices"),
    ]
    kinds: dict[str, int] = {}
    for op in ops:
        key = op.get("result", op["kind"])
        kinds[key] = kinds.get(key, 0) + 1
    summary = (
        f"{len(results)} processes, {len(ops)} edits in {wall:.1f} s: {kinds}; "
        f"new annotations seen by the others: {len(delays)} arrivals, {missing} notices never received, "
        f"{within:.1%} within a second; {sum(bool(r.get('gave_up')) for r in results)} processes stopped "
        "listening before the others' last annotations arrived"
    )
    return records, summary


if __name__ == "__main__":
    sys.exit(main())
