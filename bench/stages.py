"""Where the engine spends its time: per-stage milliseconds per article, cost against length, hot functions.

    python bench/stages.py ARCHIVE.jsonl [--n 1000] [--top 20]

Why: "make it faster" needs to know which stage to work on. This wraps the stages that
``geo.pipeline.locate`` and ``geo.export`` call (by patching the module attributes they look up at call
time, never editing them), runs articles of the archive through locate -> to_geojson -> JSON text, and
reports per stage the mean ms per article, its share, and the articles where it ran; then the cost per
article against its length (it should grow linearly), and the functions cProfile finds hottest. The
figures are of this process only, after a warm-up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# (label, module path, attribute) in pipeline order; nearest_rival_km is a Gazetteer method.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("extract.read (text -> statements, hints, times)", "geo.extract", "read"),
    ("hints (boundaries lookup, sub-areas)", "geo.pipeline", "_hints"),
    ("gazetteer (place_statements: resolve)", "geo.pipeline", "place_statements"),
    ("gazetteer.nearest_rival_km ('near X')", "geo.gazetteer:Gazetteer", "nearest_rival_km"),
    ("regions.statement_region", "geo.pipeline", "statement_region"),
    ("timing.landing_time", "geo.timing", "landing_time"),
    ("catalog.prior_points", "geo.catalog", "prior_points"),
    ("fuse (intersection, prior, best point)", "geo.pipeline", "fuse"),
    ("export.geometry_json (in to_geojson)", "geo.export", "geometry_json"),
)


def read_articles(path: Path, n: int) -> Iterator[dict]:
    """The first ``n`` records of a JSON Lines archive."""
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                return
            yield json.loads(line)


@contextmanager
def instrumented() -> Iterator[dict[str, float]]:
    """Patch every stage with a timer; yield the per-article accumulator {label: seconds}."""
    import importlib

    acc: dict[str, float] = defaultdict(float)
    saved: list[tuple[Any, str, Any]] = []

    def wrap(label: str, fn: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                acc[label] += time.perf_counter() - t0

        return timed

    for label, mod_path, attr in STAGES:
        mod_name, _, cls = mod_path.partition(":")
        owner = importlib.import_module(mod_name)
        if cls:
            owner = getattr(owner, cls)
        fn = getattr(owner, attr)
        saved.append((owner, attr, fn))
        setattr(owner, attr, wrap(label, fn))
    try:
        yield acc
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)


def _one(text: str) -> tuple[float, float, float, float, str]:
    """(textio s, locate s, to_geojson s, json s, status) for one article.

    ``textio.from_text`` (normalising pasted text) is not part of the engine's text -> GeoJSON path but is
    what ``python -m geo batch`` does first with every JSON Lines record, so it is timed too.
    """
    import geo
    from geo.export import to_geojson
    from geo.textio import from_text

    t0 = time.perf_counter()
    article = from_text(text)
    t1 = time.perf_counter()
    est = geo.locate(article.text)
    t2 = time.perf_counter()
    doc = to_geojson(est)
    t3 = time.perf_counter()
    json.dumps(doc, ensure_ascii=False, allow_nan=False)
    return t1 - t0, t2 - t1, t3 - t2, time.perf_counter() - t3, est.status


def profile(path: Path, n: int = 1000, top: int = 20) -> dict:
    """Run the per-stage profile on ``n`` articles; print it; return the figures."""
    import geo

    articles = list(read_articles(path, n))
    for rec in articles[:20]:  # warm-up: gazetteer index, boundaries, catalog, caches
        geo.locate(rec["text"])
    per_stage: dict[str, list[float]] = defaultdict(list)
    rows = []
    textio: list[float] = []
    with instrumented() as acc:
        for rec in articles:
            acc.clear()
            tio, loc, exp, js, status = _one(rec["text"])
            textio.append(tio)
            inner_export = acc.get(STAGES[-1][0], 0.0)
            for label, _, _ in STAGES:
                per_stage[label].append(acc.get(label, 0.0))
            located = sum(v for k, v in acc.items() if k != STAGES[-1][0])
            per_stage["locate: rest (Estimate, messages, glue)"].append(max(loc - located, 0.0))
            per_stage["export.to_geojson: rest (properties)"].append(max(exp - inner_export, 0.0))
            per_stage["json.dumps"].append(js)
            rows.append((len(rec["text"].encode("utf-8")), loc + exp + js, acc.get(STAGES[0][0], 0.0), status,
                         rec.get("kind", "?")))
    total = sum(r[1] for r in rows)
    print(f"\nEngine per stage over {len(rows)} archive articles (text -> estimate -> GeoJSON string), "
          f"mean {1000 * total / len(rows):.2f} ms/article")
    print(f"  {'stage':<52} {'ms/article':>10} {'share':>7} {'ran in':>8} {'ms when ran':>12}")
    order = [s[0] for s in STAGES[:-1]] + ["locate: rest (Estimate, messages, glue)", STAGES[-1][0],
                                          "export.to_geojson: rest (properties)", "json.dumps"]
    figures = {}
    for label in order:
        v = per_stage[label]
        ran = [x for x in v if x > 0]
        mean = 1000 * sum(v) / len(v)
        figures[label] = mean
        when = 1000 * statistics.mean(ran) if ran else 0.0
        print(f"  {label:<52} {mean:>10.2f} {100 * sum(v) / total:>6.1f}% {len(ran):>8} {when:>12.2f}")
    figures["textio.from_text"] = 1000 * statistics.mean(textio)
    print(f"  {'(batch only) textio.from_text, before the engine':<52} {figures['textio.from_text']:>10.2f}"
          f" {'':>7} {len(textio):>8}")
    print("\n  by kind of article (mean ms):")
    kinds: dict[str, list[float]] = defaultdict(list)
    for _size, t, _, status, kind in rows:
        kinds[f"{kind} / {status}"].append(t)
    for k, v in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"    {k:<32} n={len(v):<5} {1000 * statistics.mean(v):7.2f} ms")
    scaling = length_scaling(rows)
    hot = hot_functions(articles[: min(len(articles), 400)], top)
    return {"stages_ms": figures, "mean_ms": 1000 * total / len(rows), "scaling": scaling, "hot": hot}


def length_scaling(rows: list[tuple]) -> dict:
    """Mean cost by article length, and a least-squares line ms = a + b·KB (linear growth check)."""
    bins = ((0, 1024), (1024, 2048), (2048, 5120), (5120, 10240), (10240, 20481))
    print("\n  cost against length (all stages; extract alone):")
    out = {}
    for lo, hi in bins:
        sel = [r for r in rows if lo <= r[0] < hi]
        if not sel:
            continue
        t = 1000 * statistics.mean(r[1] for r in sel)
        ex = 1000 * statistics.mean(r[2] for r in sel)
        out[f"{lo // 1024}-{hi // 1024} KB"] = (t, ex, len(sel))
        print(f"    {lo / 1024:4.1f}-{hi / 1024:4.1f} KB  n={len(sel):<5} {t:7.2f} ms  extract {ex:6.2f} ms")
    xs = [r[0] / 1024 for r in rows]
    for name, ys in (("all", [1000 * r[1] for r in rows]), ("extract", [1000 * r[2] for r in rows])):
        mx, my = statistics.mean(xs), statistics.mean(ys)
        sxx = sum((x - mx) ** 2 for x in xs) or 1.0
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
        a = my - b * mx
        out[f"fit_{name}"] = (a, b)
        print(f"    fit {name:<8} ms ≈ {a:.2f} + {b:.3f} × KB")
    return out


def hot_functions(articles: list[dict], top: int) -> list[tuple[str, float, float]]:
    """cProfile's hottest functions (own time) over some articles, and the cumulative time of geo's own."""
    prof = cProfile.Profile()
    prof.enable()
    for rec in articles:
        _one(rec["text"])
    prof.disable()
    n = len(articles)
    st = pstats.Stats(prof, stream=io.StringIO())
    entries = []
    for (file, line, func), (_, _, tt, ct, _) in st.stats.items():  # type: ignore[attr-defined]
        short = file.replace(str(REPO) + "/", "")
        short = short.split("site-packages/")[-1]
        entries.append((f"{short}:{line}({func})", 1000 * tt / n, 1000 * ct / n))
    print(f"\n  hottest functions by own time over {n} articles (ms/article, own / cumulative):")
    for name, tt, ct in sorted(entries, key=lambda e: -e[1])[:top]:
        print(f"    {tt:7.3f} {ct:8.3f}  {name}")
    print("\n  geo functions by cumulative time (ms/article):")
    geo_entries = [e for e in entries if e[0].startswith("geo/")]
    for name, tt, ct in sorted(geo_entries, key=lambda e: -e[2])[:top]:
        print(f"    {ct:8.3f} {tt:7.3f}  {name}")
    return sorted(entries, key=lambda e: -e[1])[:top]


def main(argv: list[str] | None = None) -> int:
    """Command line: profile an archive written by ``bench/archive.py``."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("archive", type=Path)
    p.add_argument("--n", type=int, default=1000, help="articles to profile (default 1000)")
    p.add_argument("--top", type=int, default=20)
    a = p.parse_args(argv)
    profile(a.archive, a.n, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
