"""Fuzz the whole pipeline (extract -> gazetteer -> regions -> fuse -> GeoJSON) with many generated texts.

    python bench/fuzz.py                 # 10,000 examples on every core
    python bench/fuzz.py --n 50000 --workers 2 --seed 7

Why: CI runs a few dozen examples per property (``tests/test_fuzz.py``) to stay fast; a crash or an invalid
polygon that shows up once in thousands of texts needs many more. This runs the very same generators and
property (``tests/fuzz_strategies.py``), but instead of stopping at the first failure it records every one
and keeps going, then prints the number of examples, the distinct failures (each with its shortest
text) and the time taken. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _signature(exc: BaseException) -> str:
    """Where and how it failed, without the example-specific text: one line that groups equal failures."""
    tb = traceback.extract_tb(exc.__traceback__)
    frame = next((f for f in reversed(tb) if "/geo/" in f.filename), tb[-1] if tb else None)
    where = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" if frame else "?"
    if isinstance(exc, AssertionError):
        detail = exc.args[0] if exc.args else ""
        if isinstance(detail, tuple):  # (where, index, what, ...) from check_geojson: keep only the what
            detail = tuple(sorted(x) if isinstance(x, dict) else x for x in detail[1:]
                           if not isinstance(x, (int, float)))
        return f"AssertionError at {where}: {str(detail)[:160]}"
    return f"{type(exc).__name__} at {where}: {str(exc)[:160]}"


def _worker(args: tuple[int, int, str]) -> tuple[int, dict[str, tuple[int, str, str]], float]:
    """Run ``n`` examples with ``seed``; return (examples run, {signature: (count, shortest text, traceback)})."""
    n, seed, which = args
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    from tests import fuzz_strategies as fs

    strategy = {"any": fs.any_text, "article": fs.article_text, "random": fs.random_text}[which]()
    count = 0
    failures: dict[str, tuple[int, str, str]] = {}

    @hseed(seed)
    @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(text: str) -> None:
        nonlocal count
        count += 1
        try:
            fs.check_output(text)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded, none stops the run
            sig = _signature(exc)
            seen, shortest, tb = failures.get(sig, (0, text, ""))
            if not tb or len(text) < len(shortest):
                shortest, tb = text, "".join(traceback.format_exception(exc))[-3000:]
            failures[sig] = (seen + 1, shortest, tb)

    import geo

    geo.locate("The capsule landed 150 km south-east of Zhezkazgan.")  # load the gazetteer before timing
    t0 = time.perf_counter()
    run()
    return count, failures, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000, help="number of examples in all (default 10000)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: every core)")
    p.add_argument("--seed", type=int, default=0, help="base seed; worker i uses seed + i (default 0)")
    p.add_argument("--strategy", choices=("any", "article", "random"), default="any",
                   help="article-like text, pure random Unicode, or the mix the tests use (default)")
    p.add_argument("--show", type=int, default=3, help="tracebacks to print in full (default 3)")
    p.add_argument("--save", type=Path, help="write each distinct failure (signature, count, full shortest text) "
                                               "to this JSON file, to replay with tests.fuzz_strategies.check_output")
    a = p.parse_args(argv)
    workers = max(1, min(a.workers, a.n))
    shares = [a.n // workers + (1 if i < a.n % workers else 0) for i in range(workers)]
    jobs = [(share, a.seed + i, a.strategy) for i, share in enumerate(shares)]
    print(f"fuzzing {a.n} examples ({a.strategy}) on {workers} process(es), seed {a.seed} ...", flush=True)
    t0 = time.perf_counter()
    if workers == 1:
        results = [_worker(jobs[0])]
    else:
        with mp.get_context("fork").Pool(workers) as pool:
            results = pool.map(_worker, jobs)
    wall = time.perf_counter() - t0
    count = sum(r[0] for r in results)
    merged: dict[str, tuple[int, str, str]] = {}
    for _, failures, _ in results:
        for sig, (k, text, tb) in failures.items():
            k0, t_old, tb_old = merged.get(sig, (0, text, tb))
            merged[sig] = (k0 + k, text if len(text) <= len(t_old) else t_old, tb if len(text) <= len(t_old) else tb_old)
    n_failed = sum(k for k, _, _ in merged.values())
    busy = sum(r[2] for r in results)
    print(f"examples: {count}")
    print(f"failures: {n_failed} ({len(merged)} distinct)")
    print(f"time: {wall:.1f} s wall, {busy / max(count, 1) * 1000:.1f} ms per example per process")
    for i, (sig, (k, text, tb)) in enumerate(sorted(merged.items(), key=lambda kv: -kv[1][0])):
        print(f"\n[{k}x] {sig}\n  shortest text: {text[:500]!r}")
        if i < a.show:
            print("  " + tb.replace("\n", "\n  "))
    if a.save:
        rows = [{"signature": sig, "count": k, "text": text} for sig, (k, text, _) in merged.items()]
        a.save.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nfailures saved to {a.save}")
    return 1 if merged else 0


if __name__ == "__main__":
    sys.exit(main())
