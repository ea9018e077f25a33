"""Fuzz decoding, the pipeline and every exporter for a number of examples or a set time; keep what breaks.

    python bench/fuzz.py --minutes 30                  # every target, 30 minutes, one process
    python bench/fuzz.py --target export --minutes 5 --workers 2
    python bench/fuzz.py --n 10000 --target text       # the pipeline on 10,000 texts (the old default)
    python bench/fuzz.py --engine atheris --minutes 10 # coverage-guided (libFuzzer) instead of random

Targets (``tests/fuzz_strategies.TARGETS``; ``all`` mixes them):

- ``text``: ``geo.locate`` on article-like or random text, GeoJSON checked (RFC 7946, geojson-validator, shapely);
- ``decode``: ``geo.textio.decode`` on arbitrary bytes named x.txt / x.html / x.md / x.jsonl ..., refused with an
  ``InputError`` or decoded to clean text that maps; JSON Lines also through the batch's record reader;
- ``locate``: text with random published dates and 0-3 constraints (bow-ties, tiny, out of range, across the
  antimeridian, at a pole, holes, not polygons at all); a ``GeometryError`` refusal is an allowed outcome;
- ``export``: the same, then every format of ``geo.export.render`` and ``geo.mapping.to_html``, each parsed back
  (XML parser for KML, gpxpy, GDAL for the GeoPackage, csv, lxml, geojson-validator).

Why a harness of its own: CI runs a few dozen examples per property (``tests/test_fuzz.py``); a crash that shows up
once in thousands needs many more. Instead of stopping at the first failure it records every one and keeps going;
each example runs in a worker process watched by this one, so an input that kills the interpreter (a segfault in
GEOS) or hangs is recorded too and the worker restarts. At the end each distinct failure is shrunk (in child
processes) and written to ``tests/fuzz_corpus/`` as a JSON file, which ``tests/test_fuzz.py`` replays as a
regression test. Inputs that hit a known failure whose fix is pending (``KNOWN_FAILURES``, each an xfail corpus
entry) are skipped and counted. Prints examples, failures, skipped, time; exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import multiprocessing.connection
import os
import pickle
import re
import signal
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORPUS = REPO / "tests" / "fuzz_corpus"
TARGET_CHOICES = ("text", "decode", "locate", "export")
WARM_UP = "The capsule landed 150 km south-east of Zhezkazgan."


class _TimeUp(BaseException):
    """Raised inside the property when the time is up: hypothesis stops at the first exception it sees."""


# ── failures: how they are named and grouped ────────────────────────────────────────────────────────────────


def _frame(tb: list[traceback.FrameSummary]) -> traceback.FrameSummary | None:
    """The innermost frame in the engine or in the property (an assert): it names the failure."""
    ours = [f for f in tb if "/geo/" in f.filename or f.filename.endswith("fuzz_strategies.py")]
    return ours[-1] if ours else (tb[-1] if tb else None)


def failure_key(exc: BaseException) -> str:
    """Type and place, without the example's text: equal failures share it, shrinking must keep it."""
    f = _frame(traceback.extract_tb(exc.__traceback__))
    where = f"{Path(f.filename).name}:{f.lineno} in {f.name}" if f else "?"
    return f"{type(exc).__name__} at {where}"


def _detail(exc: BaseException) -> str:
    detail = exc.args[0] if isinstance(exc, AssertionError) and exc.args else str(exc)
    if isinstance(detail, tuple):  # (where, what, ...) from the checks: the where is the example's own text
        detail = tuple(x for x in detail[1:] if not isinstance(x, (int, float)))
    return str(detail)[:160]


def crash_key(returncode: int, faults: str) -> str:
    """A process that died (a signal, or libFuzzer's exit after one): the signal and faulthandler's frame."""
    name = signal.Signals(-returncode).name if returncode < 0 else f"exit {returncode}"
    frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', faults)
    ours = [f for f in frames if "/geo/" in f[0] or f[0].endswith("fuzz_strategies.py")]
    top = ours[0] if ours else (frames[0] if frames else None)  # faulthandler prints the innermost frame first
    return f"crash ({name}) at {Path(top[0]).name}:{top[1]} in {top[2]}" if top else f"crash ({name})"


# ── the worker: runs examples, writes the one it is on before running it ────────────────────────────────────


def _strategy(target: str, text_strategy: str) -> Any:
    """(target, input) pairs for one target or for all of them."""
    from hypothesis import strategies as st

    from tests import fuzz_strategies as fs

    def one(t: str) -> Any:
        if t == "text":
            texts = {"any": fs.any_text, "article": fs.article_text, "random": fs.random_text}[text_strategy]()
            return texts.map(lambda s: ("text", {"text": s}))
        return fs.TARGETS[t][0]().map(lambda inp, t=t: (t, inp))

    return one(target) if target != "all" else st.one_of(*(one(t) for t in TARGET_CHOICES))


def _atomic_pickle(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(obj, fh)
    os.replace(tmp, path)


def _worker(wid: int, life: int, seed: int, a: argparse.Namespace, n: int | None, deadline: float,
            state: Path) -> None:
    """One process: run examples until ``n`` are done or ``deadline``; every failure is written to ``state``."""
    import faulthandler

    faults = open(state / f"faults-{wid}-{life}.txt", "w")  # noqa: SIM115 - open until the process ends
    faulthandler.enable(file=faults)
    if a.engine == "atheris":
        import importlib
        import pkgutil

        import atheris

        with atheris.instrument_imports(include=["geo"]):  # only what is imported inside is instrumented
            import geo

            for m in pkgutil.walk_packages(geo.__path__, "geo."):
                if not m.name.endswith("__main__"):
                    importlib.import_module(m.name)
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as hseed

    import geo
    from tests import fuzz_strategies as fs

    geo.locate(WARM_UP)  # load the gazetteer and boundaries before the clock matters
    cur = state / f"current-{wid}.pkl"
    stats = {"count": 0, "skipped": 0, "busy": 0.0, "slowest": (0.0, "", {})}
    failures: dict[str, dict] = {}

    def one(pair: tuple[str, dict]) -> None:
        if time.time() > deadline or (n is not None and stats["count"] >= n):
            raise _TimeUp
        target, inp = pair
        if not a.keep_known and fs.known_failure(target, inp):
            stats["skipped"] += 1
            return
        stats["count"] += 1
        _atomic_pickle(cur, (target, inp, stats))  # what the watcher reads if this example kills the process
        t0 = time.perf_counter()
        try:
            fs.run_target(target, inp)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded, none stops the run
            key = failure_key(exc)
            rec = failures.get(key)
            size = fs.input_size(inp)
            if rec is None or size < rec["size"]:
                rec = {"key": key, "target": target, "input": inp, "size": size, "count": rec["count"] if rec else 0,
                       "detail": _detail(exc), "traceback": "".join(traceback.format_exception(exc))[-3000:]}
            rec["count"] += 1
            failures[key] = rec
            _atomic_pickle(state / f"fail-{wid}-{life}-{hashlib.sha1(key.encode()).hexdigest()[:10]}.pkl", rec)
        finally:
            dt = time.perf_counter() - t0
            stats["busy"] += dt
            if dt > stats["slowest"][0]:
                stats["slowest"] = (dt, target, inp)

    strategy = _strategy(a.target, a.strategy)
    cfg = settings(max_examples=10**9, deadline=None, database=None, phases=[Phase.generate],
                   suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet, print_blob=False)

    @hseed(seed)
    @cfg
    @given(strategy)
    def prop(pair: tuple[str, dict]) -> None:
        one(pair)

    if a.engine == "atheris":
        import atheris

        lf_corpus = state / "libfuzzer-corpus"
        lf_corpus.mkdir(exist_ok=True)
        args = [sys.argv[0], f"-seed={seed + 1}", "-timeout=100000", "-rss_limit_mb=8192", "-print_final_stats=1",
                "-max_len=20000", "-len_control=0", f"-max_total_time={max(1, int(deadline - time.time()))}",
                f"-artifact_prefix={state}/", str(lf_corpus)]  # libFuzzer's crash files stay out of the checkout
        if n is not None:
            args.append(f"-runs={n}")

        def fuzz_one(data: bytes) -> None:
            try:
                prop.hypothesis.fuzz_one_input(data)
            except _TimeUp:
                _atomic_pickle(state / f"done-{wid}-{life}.pkl", stats)
                os._exit(0)
            _atomic_pickle(state / f"stats-{wid}-{life}.pkl", stats)

        atheris.Setup(args, fuzz_one)
        atheris.Fuzz()  # exits the process when the time is up
    try:
        prop()
    except _TimeUp:
        pass
    _atomic_pickle(state / f"done-{wid}-{life}.pkl", stats)


# ── the watcher: starts workers, restarts them after a crash or hang, collects everything ───────────────────


def _load(path: Path) -> Any:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError):
        return None


def _run_all(a: argparse.Namespace, state: Path) -> tuple[dict, list[dict], list[dict]]:
    """Run the workers to the end; return (summed stats, failures, crashes and hangs)."""
    ctx = mp.get_context("fork")
    deadline = time.time() + a.minutes * 60 if a.minutes else float("inf")
    totals = {"count": 0, "skipped": 0, "busy": 0.0, "slowest": (0.0, "", {}), "restarts": 0}
    remaining = {w: (a.n // a.workers + (1 if w < a.n % a.workers else 0)) if a.n else None for w in range(a.workers)}
    crashes: list[dict] = []
    running: dict[int, tuple[Any, int, float]] = {}
    lives = dict.fromkeys(range(a.workers), 0)

    def start(w: int) -> None:
        life = lives[w]
        lives[w] += 1
        p = ctx.Process(target=_worker, args=(w, life, a.seed + w + 1000 * life, a, remaining[w], deadline, state),
                        daemon=True)
        (state / f"current-{w}.pkl").unlink(missing_ok=True)
        p.start()
        running[w] = (p, life, time.time())

    def finish(w: int, hung: bool) -> None:
        p, life, _ = running.pop(w)
        done = _load(state / f"done-{w}-{life}.pkl") or _load(state / f"stats-{w}-{life}.pkl")
        current = _load(state / f"current-{w}.pkl")
        died = hung or (p.exitcode != 0 and done is None)
        stats = done if done is not None else (current[2] if current else None)
        if stats:
            totals["count"] += stats["count"]
            totals["skipped"] += stats["skipped"]
            totals["busy"] += stats["busy"]
            totals["slowest"] = max(totals["slowest"], stats["slowest"], key=lambda s: s[0])
            if remaining[w] is not None:
                remaining[w] -= stats["count"]
        if died and current:
            faults = (state / f"faults-{w}-{life}.txt").read_text(errors="replace")
            key = f"hang (over {a.hang_seconds:g} s)" if hung else crash_key(p.exitcode or 1, faults)
            crashes.append({"key": key, "target": current[0], "input": current[1], "count": 1, "crash": True,
                            "size": 0, "detail": key, "traceback": faults[-3000:]})
            totals["restarts"] += 1
        elif died:
            raise SystemExit(f"worker {w} died before its first example (exit {p.exitcode}):\n"
                             + (state / f"faults-{w}-{life}.txt").read_text(errors="replace")[-3000:])
        more = time.time() < deadline - 5 and (remaining[w] is None or remaining[w] > 0)
        if died and more:
            start(w)

    for w in range(a.workers):
        start(w)
    while running:
        sentinels = {running[w][0].sentinel: w for w in running}
        ready = mp.connection.wait(list(sentinels), timeout=5)
        for s in ready:
            w = sentinels[s]
            running[w][0].join()
            finish(w, hung=False)
        for w in list(running):  # an example running for longer than --hang-seconds: kill and record it
            p, life, _ = running[w]
            cur = state / f"current-{w}.pkl"
            if cur.exists() and time.time() - cur.stat().st_mtime > a.hang_seconds and p.is_alive():
                stats_path = state / f"stats-{w}-{life}.pkl"
                if a.engine == "atheris" and stats_path.exists() and stats_path.stat().st_mtime > cur.stat().st_mtime:
                    continue  # atheris writes stats after each example: this one finished
                p.kill()
                p.join()
                finish(w, hung=True)
        if time.time() > deadline + a.hang_seconds + 60:  # a last example that never ends is a hang too
            for w in list(running):
                running[w][0].kill()
                running[w][0].join()
                finish(w, hung=True)
    failures: dict[str, dict] = {}
    for path in sorted(state.glob("fail-*.pkl")):
        rec = _load(path)
        if rec is None:
            continue
        old = failures.get(rec["key"])
        if old is None:
            failures[rec["key"]] = rec
        else:
            keep = rec if rec["size"] < old["size"] else old
            failures[rec["key"]] = {**keep, "count": old["count"] + rec["count"]}
    merged_crashes: dict[str, dict] = {}
    for c in crashes:
        if c["key"] in merged_crashes:
            merged_crashes[c["key"]]["count"] += 1
        else:
            merged_crashes[c["key"]] = c
    return totals, list(failures.values()), list(merged_crashes.values())


# ── shrinking and the corpus ────────────────────────────────────────────────────────────────────────────────


def _outcome_in_child(target: str, inp: dict, timeout: float) -> str | None:
    """The failure key of one input run in a forked child (a crash or a hang kills only the child), or None."""
    import faulthandler

    r, w = os.pipe()
    fault_file = tempfile.NamedTemporaryFile(prefix="touchdown-fuzz-", suffix=".txt", delete=False)  # noqa: SIM115
    pid = os.fork()
    if pid == 0:  # the child: run, write the key, leave without cleanup
        os.close(r)
        faulthandler.enable(file=fault_file)
        from tests import fuzz_strategies as fs

        key = ""
        try:
            fs.run_target(target, inp)
        except Exception as exc:  # noqa: BLE001 - its key is the answer
            key = failure_key(exc)
        os.write(w, key.encode())
        os._exit(0)
    os.close(w)
    end = time.monotonic() + timeout
    status = None
    while time.monotonic() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.005)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(r)
        return f"hang (over {timeout:g} s)"
    out = b""
    while chunk := os.read(r, 65536):
        out += chunk
    os.close(r)
    fault_file.close()
    faults = Path(fault_file.name).read_text(errors="replace")
    os.unlink(fault_file.name)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        return crash_key(code, faults)
    return out.decode() or None


def _minimise(rec: dict, seconds: float, hang_seconds: float) -> dict:
    """The failure's input shrunk while it still fails the same way (checked in child processes)."""
    from tests import fuzz_strategies as fs

    target, key = rec["target"], rec["key"]
    if key.startswith("hang"):
        return rec["input"]  # each try would take the full hang time
    timeout = min(hang_seconds, 60.0)

    def still_fails(cand: dict) -> bool:
        if fs.known_failure(target, cand) and not fs.known_failure(target, rec["input"]):
            return False
        return _outcome_in_child(target, cand, timeout) == key

    if not still_fails(rec["input"]):
        print(f"  (does not reproduce alone: kept as found) {key}")
        return rec["input"]
    return fs.shrink(rec["input"], still_fails, seconds)


def _save(rec: dict, inp: dict, corpus: Path, how: str) -> Path | None:
    """Write the failure to the corpus unless an entry with the same target and failure is there already."""
    from tests import fuzz_strategies as fs

    corpus.mkdir(parents=True, exist_ok=True)
    for p in corpus.glob("*.json"):
        try:
            e = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if e.get("target") == rec["target"] and e.get("signature") == rec["key"]:
            print(f"  already in the corpus as {p.name}")
            return None
    entry = {"target": rec["target"], "signature": rec["key"], "detail": rec["detail"],
             "found": f"{datetime.now(UTC):%Y-%m-%d} by bench/fuzz.py ({how})", "input": inp}
    if rec.get("crash"):
        entry["crash"] = True
    text = fs.corpus_entry_text(entry)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    path = corpus / f"{rec['target']}-{digest}.json"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, help="run for this long (with --n: whichever ends first)")
    p.add_argument("--n", type=int, help="number of examples in all (default 10000 without --minutes)")
    p.add_argument("--target", choices=(*TARGET_CHOICES, "all"), default="all", help="what to fuzz (default all)")
    p.add_argument("--strategy", choices=("any", "article", "random"), default="any",
                   help="for the text target: article-like text, pure random Unicode, or the mix the tests use")
    p.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis",
                   help="hypothesis's random generation, or libFuzzer's coverage guidance over the same "
                        "strategies (atheris; in requirements-dev.txt on Linux x86-64)")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument("--seed", type=int, default=0, help="base seed; worker i uses seed + i (default 0)")
    p.add_argument("--hang-seconds", type=float, default=120.0,
                   help="an example running longer is killed and recorded as a hang (default 120)")
    p.add_argument("--corpus", type=Path, default=CORPUS, help=f"where shrunk failures go (default {CORPUS})")
    p.add_argument("--no-corpus", action="store_true", help="report failures, write nothing")
    p.add_argument("--shrink-seconds", type=float, default=90.0, help="time to shrink each failure (default 90)")
    p.add_argument("--keep-known", action="store_true",
                   help="also run inputs that hit a known failure whose fix is pending (KNOWN_FAILURES)")
    p.add_argument("--show", type=int, default=3, help="tracebacks to print in full (default 3)")
    p.add_argument("--save", type=Path, help="also write every distinct failure (key, count, input) to this JSON file")
    a = p.parse_args(argv)
    if a.n is None and a.minutes is None:
        a.n = 10_000
    a.workers = max(1, min(a.workers, a.n or a.workers))
    budget = " and ".join(x for x in (f"{a.n} examples" if a.n else "", f"{a.minutes:g} min" if a.minutes else "") if x)
    print(f"fuzzing {a.target} ({a.engine}) for {budget} on {a.workers} process(es), seed {a.seed} ...", flush=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="touchdown-fuzz-") as tmp:
        totals, failures, crashes = _run_all(a, Path(tmp))
    wall = time.perf_counter() - t0
    everything = sorted(failures + crashes, key=lambda r: -r["count"])
    n_failed = sum(r["count"] for r in everything)
    print(f"examples: {totals['count']} in {wall / 60:.1f} min ({a.target}, {a.engine})")
    print(f"failures: {n_failed} ({len(everything)} distinct; {len(crashes)} crashes or hangs, "
          f"{totals['restarts']} worker restarts)")
    print(f"skipped as known failures: {totals['skipped']}")
    print(f"time: {totals['busy'] / max(totals['count'], 1) * 1000:.1f} ms per example per process")
    slow_s, slow_target, slow_inp = totals["slowest"]
    if slow_target:
        print(f"slowest example: {slow_s:.1f} s ({slow_target}): {json.dumps(slow_inp, default=str)[:300]}")
    for i, rec in enumerate(everything):
        print(f"\n[{rec['count']}x] {rec['target']}: {rec['key']}: {rec['detail']}\n"
              f"  shortest input: {json.dumps(rec['input'], default=repr, ensure_ascii=False)[:500]}")
        if i < a.show:
            print("  " + rec["traceback"].replace("\n", "\n  "))
    if everything and not a.no_corpus:
        import geo
        from tests import fuzz_strategies as fs

        geo.locate(WARM_UP)  # shrinking forks a child per try: load the data once, here
        print(f"\nshrinking {len(everything)} failure(s), up to {a.shrink_seconds:g} s each ...", flush=True)
        for rec in everything:
            inp = _minimise(rec, a.shrink_seconds, a.hang_seconds)
            path = _save(rec, inp, a.corpus, f"{a.engine}, seed {a.seed}")
            if path:
                where = path.relative_to(REPO) if path.is_relative_to(REPO) else path
                print(f"  {rec['key']}: {fs.input_size(rec['input'])} -> {fs.input_size(inp)} characters, saved as {where}")
    if a.save:
        rows = [{"target": r["target"], "key": r["key"], "count": r["count"], "input": r["input"]} for r in everything]
        a.save.write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=repr), encoding="utf-8")
        print(f"\nfailures saved to {a.save}")
    return 1 if everything else 0


if __name__ == "__main__":
    sys.exit(main())
