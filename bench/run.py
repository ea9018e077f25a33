"""Touchdown's performance figures in one run, printed beside their targets (never asserted).

    python bench/run.py                          # everything, on a 10,000-article archive (make bench)
    python bench/run.py --parts cold,warm        # some parts only
    python bench/run.py --n 2000 --runs 3        # a quicker run
    python bench/run.py --archive my.jsonl       # reuse an archive written by bench/archive.py

Parts (``--parts``, comma-separated; default all):

- ``cold``: ``python -m geo map SEED`` as a whole process, several runs, median (what a user waits for);
- ``warm``: the engine in a warm process, text -> estimate -> GeoJSON string, over the developer cases
  (tests/cases): median and p95 per article;
- ``profile``: per-stage ms per article on the archive, cost against length, hottest functions
  (``bench/stages.py``);
- ``batch``: ``python -m geo batch ARCHIVE -o out.gpkg`` on one process: articles/s over the whole run
  (start-up and writing included) and the process's peak RSS; then how the rows compare with the
  archive's truth;
- ``parallel``: the same with ``--workers 2`` and ``--dask local --workers 2`` (a LocalCluster on
  loopback), checking that every row equals the single-process run;
- ``geotext``: for context, a plain toponym finder from the registries (``geotext``, a regex city
  matcher) on the same articles: its throughput and how many articles it finds a place in;
- ``browser``: the dashboard (server already running) in headless Chromium with every outside request
  blocked: time from navigation to a drawn map, and from "Map" to the drawn estimate.

Why figures and not assertions: the machine is shared and timings vary; the targets say what "fast
enough on this 2-core machine" means, and the printout shows where the project stands against them.
The load average is printed at the start and the end: figures taken on a busy machine say so.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import archive as archive_mod  # noqa: E402 - after the path set-up, on purpose
from bench import stages  # noqa: E402

SEED = REPO / "tests" / "seeds" / "000_4cfedc4fb6fdb4a5.txt"
CASES = REPO / "tests" / "cases"
PARTS = ("cold", "warm", "profile", "batch", "parallel", "geotext", "browser")

# Targets on this 2-core machine (issue 7). Printed beside the figures.
TARGET_WARM_MS = 50.0
TARGET_BATCH_PER_S = 300.0
TARGET_COLD_S = 2.0
TARGET_RSS_MB = 400.0
TARGET_FIRST_MAP_S = 3.0


# ------------------------------------------------------------------------------------------ helpers


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _p95(xs: list[float]) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def _verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM, Python, OS, and the versions that matter for speed."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    versions = {}
    for mod in ("shapely", "pyproj", "numpy", "dask", "distributed", "streamlit", "geotext", "playwright"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod)
        except Exception:  # noqa: BLE001 - a missing package is shown as such
            versions[mod] = "-"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "versions": versions,
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None}


def print_machine(m: dict[str, Any]) -> None:
    """The machine header."""
    print("Touchdown benchmark")
    print(f"  machine  {m['cpu']}, {m['cores']} cores, {m['ram_gb']:.1f} GB RAM, {m['os']}")
    print(f"  python   {m['python']}  ({', '.join(f'{k} {v}' for k, v in m['versions'].items())})")
    if m["load"]:
        print(f"  load     {m['load'][0]:.2f} {m['load'][1]:.2f} {m['load'][2]:.2f} (1/5/15 min; "
              f"above {m['cores']} the machine is busy and the timings pessimistic)")


class TreeSampler:
    """Peak summed RSS of a process and its descendants, sampled every 0.2 s (needs psutil)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_mb, self._stop = pid, 0.0, threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop.wait(0.2)

    def __enter__(self) -> TreeSampler:
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join(timeout=2)


def run_measured(cmd: list[str], log: Path | None = None) -> dict[str, Any]:
    """Run a command; wall time, exit code, its own peak RSS (wait4) and the tree's (sampled)."""
    err = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=err)
    with TreeSampler(proc.pid) as sampler:
        out = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if log:
        err.close()  # type: ignore[union-attr]
    return {"wall_s": wall, "rc": proc.returncode, "rss_mb": usage.ru_maxrss / 1024, "tree_mb": sampler.peak_mb,
            "stdout": out.decode("utf-8", "replace")}


# ------------------------------------------------------------------------------------------ parts


def part_cold(runs: int) -> dict[str, Any]:
    """Cold CLI start: the whole ``python -m geo map SEED`` process, median of ``runs`` after one warm-up."""
    cmd = [sys.executable, "-m", "geo", "map", str(SEED)]
    run_measured(cmd)  # file cache, .pyc, gazetteer index: a user's second run, not their first install
    walls, rcs = [], []
    for _ in range(runs):
        r = run_measured(cmd)
        walls.append(r["wall_s"])
        rcs.append(r["rc"])
    med = _median(walls)
    print(f"\ncold CLI start: python -m geo map {SEED.name} (whole process, {runs} runs)")
    print(f"  median {med:.2f} s  (min {min(walls):.2f}, max {max(walls):.2f}; exit codes {sorted(set(rcs))})"
          f"   target ≤ {TARGET_COLD_S:.0f} s: {_verdict(med <= TARGET_COLD_S)}")
    return {"median_s": med, "runs_s": walls}


def _cases() -> list[tuple[str, str]]:
    spec = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
    return [(c["id"], (CASES / c["file"]).read_text(encoding="utf-8")) for c in spec["cases"]]


def part_warm(reps: int) -> dict[str, Any]:
    """Warm per-article latency: text -> Estimate -> GeoJSON string, in one warm process."""
    import geo
    from geo.export import dumps

    cases = _cases()
    for _, text in cases:  # warm-up: gazetteer, boundaries, catalog, caches
        dumps(geo.locate(text))
    per_case: dict[str, list[float]] = defaultdict(list)
    for _ in range(reps):
        for cid, text in cases:
            t0 = time.perf_counter()
            dumps(geo.locate(text))
            per_case[cid].append(1000 * (time.perf_counter() - t0))
    allv = [v for vs in per_case.values() for v in vs]
    med, p95 = _median(allv), _p95(allv)
    print(f"\nwarm per-article latency: text -> estimate -> GeoJSON string ({len(cases)} cases × {reps})")
    print(f"  median {med:.1f} ms, p95 {p95:.1f} ms   target ≤ {TARGET_WARM_MS:.0f} ms: median "
          f"{_verdict(med <= TARGET_WARM_MS)}, p95 {_verdict(p95 <= TARGET_WARM_MS)}")
    slow = sorted(per_case.items(), key=lambda kv: -_median(kv[1]))[:3]
    print("  slowest cases: " + ", ".join(f"{cid} {_median(v):.1f} ms" for cid, v in slow))
    return {"median_ms": med, "p95_ms": p95}


def _truths(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield {"id": rec["id"], "lang": rec.get("lang"), "kind": rec.get("kind"), "truth": rec.get("truth")}


def _read_rows(out: Path) -> Any:
    import pyogrio

    from geo.batch import GPKG_LAYER

    return pyogrio.read_dataframe(out, layer=GPKG_LAYER)


def quality(out: Path, archive: Path) -> dict[str, Any]:
    """How the batch rows compare with the archive's truth (context for the speed figures)."""
    from pyproj import Geod
    from shapely.geometry import Point

    geod = Geod(ellps="WGS84")
    df = _read_rows(out)
    by_lang: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    statuses: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    for (_, row), rec in zip(df.iterrows(), _truths(archive), strict=True):
        statuses[row["status"]] += 1
        t = rec["truth"]
        lang = rec["lang"] or "?"
        placed = row["status"] in ("ok", "conflict") and not math.isnan(row["best_lat"])
        if t is None:
            by_lang[lang]["negatives"].append(placed)
            if placed:
                false_pos[rec["kind"]] += 1
            continue
        by_lang[lang]["placed"].append(placed)
        if placed:
            _, _, d = geod.inv(row["best_lon"], row["best_lat"], t["lon"], t["lat"])
            by_lang[lang]["err_km"].append(d / 1000)
            g = row["geometry"]
            by_lang[lang]["hit"].append(bool(g is not None and g.buffer(1e-9).contains(Point(t["lon"], t["lat"]))))
    print(f"  rows: {dict(statuses)}")
    print("  against the archive's truth (landing articles: placed, truth inside the estimate, median error of "
          "the best point; other articles: wrongly mapped):")
    tot = defaultdict(list)
    for lang in sorted(by_lang):
        d = by_lang[lang]
        for k, v in d.items():
            tot[k] += v
        print(f"    {lang}: placed {_pct(d['placed'])}, inside {_pct(d['hit'])}, median error "
              f"{_median(d['err_km']):.0f} km; no-landing mapped {sum(d['negatives'])} of {len(d['negatives'])}")
    print(f"    all: placed {_pct(tot['placed'])} of {len(tot['placed'])}, inside {_pct(tot['hit'])}, median error "
          f"{_median(tot['err_km']):.0f} km; no-landing mapped {sum(tot['negatives'])} of {len(tot['negatives'])} "
          f"({dict(false_pos)})")
    return {"placed": sum(tot["placed"]), "landing": len(tot["placed"]), "false_positives": sum(tot["negatives"]),
            "negatives": len(tot["negatives"]), "statuses": dict(statuses)}


def _pct(xs: list) -> str:
    return f"{100 * sum(xs) / len(xs):.0f} %" if xs else "-"


def batch_cli(archive: Path, out: Path, n: int, extra: list[str], label: str, work: Path) -> dict[str, Any]:
    """``python -m geo batch`` over the archive as a subprocess; throughput and memory."""
    cmd = [sys.executable, "-m", "geo", "batch", str(archive), "-o", str(out), *extra]
    r = run_measured(cmd, log=work / f"batch-{label}.log")
    rate = n / r["wall_s"]
    print(f"  {label:<34} {r['wall_s']:7.1f} s  {rate:7.1f} articles/s  peak RSS {r['rss_mb']:6.0f} MB "
          f"(process tree {r['tree_mb']:.0f} MB)  exit {r['rc']}   target ≥ {TARGET_BATCH_PER_S:.0f}/s: "
          f"{_verdict(rate >= TARGET_BATCH_PER_S)}")
    if r["rc"] != 0:
        print("    " + (work / f"batch-{label}.log").read_text(errors="replace")[-600:].replace("\r", "\n"))
    return {"wall_s": r["wall_s"], "per_s": rate, "rss_mb": r["rss_mb"], "tree_mb": r["tree_mb"], "rc": r["rc"]}


def part_batch(archive: Path, n: int, work: Path) -> dict[str, Any]:
    """The single-process batch: throughput, peak RSS, and the rows against the truth."""
    print(f"\nbatch: python -m geo batch ARCHIVE -o out.gpkg ({n:,} articles, "
          f"{archive.stat().st_size / 2**20:.0f} MB JSON Lines; wall time includes start-up and writing)")
    out = work / "out-1.gpkg"
    r = batch_cli(archive, out, n, [], "1 process", work)
    print(f"  peak RSS of the single-process batch {r['rss_mb']:.0f} MB   target ≤ {TARGET_RSS_MB:.0f} MB: "
          f"{_verdict(r['rss_mb'] <= TARGET_RSS_MB)}")
    if r["rc"] == 0:
        r["quality"] = quality(out, archive)
    return r


def _same_rows(a: Path, b: Path) -> tuple[int, int]:
    """(rows equal, rows) comparing status, best point, area, uncertainty, time, statements, prior, geometry."""
    da, db = _read_rows(a), _read_rows(b)
    cols = ["source", "status", "best_lat", "best_lon", "area_km2", "uncertainty_m", "landed_at_utc",
            "landed_time_utc", "statements", "prior"]
    same = 0
    for (_, ra), (_, rb) in zip(da.iterrows(), db.iterrows(), strict=False):
        ok = all((ra[c] == rb[c]) or (ra[c] != ra[c] and rb[c] != rb[c]) for c in cols)
        ga, gb = ra["geometry"], rb["geometry"]
        ok = ok and ((ga is None and gb is None) or (ga is not None and gb is not None and ga.equals_exact(gb, 0)))
        same += ok
    return same, max(len(da), len(db))


def part_parallel(archive: Path, n: int, work: Path) -> dict[str, Any]:
    """A process pool and a Dask LocalCluster, two workers each; rows compared with one process."""
    print(f"\nbatch in parallel on {os.cpu_count()} cores ({n:,} articles)")
    res = {}
    for label, extra, name in (("--workers 2 (process pool)", ["--workers", "2"], "pool"),
                               ("--dask local --workers 2", ["--dask", "local", "--workers", "2"], "dask")):
        out = work / f"out-{name}.gpkg"
        r = batch_cli(archive, out, n, extra, label, work)
        single = work / "out-1.gpkg"
        if r["rc"] == 0 and single.exists():
            same, total = _same_rows(single, out)
            r["identical"] = (same, total)
            print(f"    rows identical to the single-process run: {same:,} of {total:,}")
        res[name] = r
    return res


def part_geotext(archive: Path, batch_quality: dict[str, Any] | None) -> dict[str, Any]:
    """geotext (regex city matcher) on the same articles: throughput and articles with a place."""
    try:
        from geotext import GeoText
    except ImportError:
        print("\ngeotext: not installed (pip install geotext); skipped")
        return {}
    t0 = time.perf_counter()
    GeoText("warm-up in Paris")
    load = time.perf_counter() - t0
    found = Counter()
    totals = Counter()
    named_anchor = 0
    elapsed = 0.0
    for line in open(archive, encoding="utf-8"):
        rec = json.loads(line)
        kind = "landing" if rec.get("truth") else "no landing"
        t0 = time.perf_counter()
        cities = GeoText(rec["text"]).cities
        elapsed += time.perf_counter() - t0
        totals[kind] += 1
        if cities:
            found[kind] += 1
            if rec.get("truth") and rec["truth"]["anchor"].get("written") in cities:
                named_anchor += 1
    n = sum(totals.values())
    print(f"\ngeotext (regex city matcher; context, not a competitor: it finds town names, "
          f"not where anything landed) on the same {n:,} articles")
    print(f"  {n / elapsed:,.0f} articles/s in one process (plus {load:.1f} s to load its data)")
    print(f"  a place found in {found['landing']:,} of {totals['landing']:,} landing articles "
          f"(the anchor town as written in {named_anchor:,}) and in {found['no landing']:,} of "
          f"{totals['no landing']:,} articles with no landing")
    if batch_quality:
        print(f"  Touchdown placed a landing in {batch_quality['placed']:,} of {batch_quality['landing']:,} landing "
              f"articles and in {batch_quality['false_positives']:,} of {batch_quality['negatives']:,} with none")
    return {"per_s": n / elapsed, "found": dict(found), "totals": dict(totals), "named_anchor": named_anchor}


IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _map_frame(page: Any) -> Any:
    page.locator(IFRAME).last.wait_for(state="attached", timeout=60_000)
    frame = page.locator(IFRAME).last.element_handle().content_frame()
    frame.wait_for_selector(".leaflet-container", state="visible", timeout=60_000)
    return frame


def _landing_cases() -> list[str]:
    """Texts of the developer cases that map (a different one per mapping run: a new estimate each time)."""
    spec = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
    return [(CASES / c["file"]).read_text(encoding="utf-8") for c in spec["cases"] if c.get("truth")]


_NEW_MAP = """() => {
    const f = [...document.querySelectorAll('iframe[title="streamlit_folium.st_folium"]')];
    return f.length > 0 && !f[f.length - 1].dataset.benchOld;
}"""


def part_browser(runs: int, work: Path) -> dict[str, Any]:
    """Dashboard: navigation -> drawn map, and "Map" -> drawn estimate, in offline headless Chromium.

    Navigations come first, on an empty workspace (the page a new user sees: Kazakhstan from the shipped
    boundaries). Then each mapping run pastes a different case and waits for the *new* map (the old map
    frame is marked before the click; the app gives a new estimate a new map component) to draw its shapes.
    """
    if not Path("/usr/bin/chromium").exists():
        print("\ndashboard: /usr/bin/chromium not found (apt-get install chromium); skipped")
        return {}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("\ndashboard: playwright not installed; skipped")
        return {}
    from tests.browser_helpers import offline_context, start_streamlit

    print(f"\ndashboard: headless Chromium, every outside request blocked, server already running ({runs} runs)")
    nav: list[float] = []
    marks: list[tuple[float, float]] = []
    mapped: list[float] = []
    texts = _landing_cases()
    env = {"TOUCHDOWN_DB": str(work / "bench-workspace.sqlite3")}
    with start_streamlit(REPO / "app.py", env=env) as (_proc, base_url), sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        try:
            for _ in range(runs + 1):
                context, blocked = offline_context(browser, viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(base_url)
                page.locator(IFRAME).last.wait_for(state="attached", timeout=60_000)
                t_iframe = time.perf_counter() - t0
                frame = _map_frame(page)
                t_leaflet = time.perf_counter() - t0
                frame.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 0",
                                        timeout=60_000)
                nav.append(time.perf_counter() - t0)
                marks.append((t_iframe, t_leaflet))
                if blocked:
                    print(f"  note: {len(blocked)} outside requests were blocked (first: {blocked[0]})")
                context.close()
            context, _blocked = offline_context(browser, viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(base_url)
            _map_frame(page)
            for text in texts[: max(1, runs)]:
                page.get_by_label("Article text").fill(text)
                page.locator(IFRAME).last.evaluate("e => { e.dataset.benchOld = '1'; }")
                t1 = time.perf_counter()
                page.get_by_role("button", name="Map", exact=True).click()
                page.wait_for_function(_NEW_MAP, timeout=90_000)
                frame = _map_frame(page)
                frame.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length >= 2",
                                        timeout=60_000)
                mapped.append(time.perf_counter() - t1)
            context.close()
        finally:
            browser.close()
    warm = nav[1:]
    med = _median(warm)
    print(f"  navigation -> drawn map: median {med:.2f} s (min {min(warm):.2f}, max {max(warm):.2f}); first "
          f"visit after the server started {nav[0]:.2f} s   target ≤ {TARGET_FIRST_MAP_S:.0f} s: "
          f"{_verdict(med <= TARGET_FIRST_MAP_S)}")
    print(f"    of which: map iframe in the page {_median([m[0] for m in marks[1:]]):.2f} s, Leaflet map visible "
          f"{_median([m[1] for m in marks[1:]]):.2f} s, shapes drawn {med:.2f} s (medians from navigation)")
    print(f"  paste an article, click Map -> its estimate drawn: median {_median(mapped):.2f} s "
          f"(min {min(mapped):.2f}, max {max(mapped):.2f}; {len(mapped)} different cases)")
    return {"first_map_s": med, "first_visit_s": nav[0], "map_article_s": _median(mapped)}


# ------------------------------------------------------------------------------------------ main


@contextmanager
def _workdir(keep: bool) -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix="touchdown-bench-"))
    try:
        yield work
    finally:
        if keep:
            print(f"\n(work files kept in {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _summary(res: dict[str, Any], m: dict[str, Any]) -> None:
    print("\nsummary (this machine: " f"{m['cores']} cores; targets from issue 7)")
    rows: list[tuple[str, str, str, str]] = []

    def add(name: str, value: str, target: str, ok: bool | None) -> None:
        rows.append((name, value, target, "" if ok is None else _verdict(ok)))

    if "cold" in res:
        add("cold CLI start (median)", f"{res['cold']['median_s']:.2f} s", "≤ 2 s", res["cold"]["median_s"] <= 2)
    if "warm" in res:
        w = res["warm"]
        add("warm per article (median / p95)", f"{w['median_ms']:.1f} / {w['p95_ms']:.1f} ms", "≤ 50 ms",
            w["p95_ms"] <= TARGET_WARM_MS)
    if "profile" in res:
        p = res["profile"]["mean_ms"]
        add("engine alone on the archive (mean)", f"{p:.1f} ms = {1000 / p:.0f} articles/s/core", "", None)
    if "batch" in res:
        b = res["batch"]
        add("batch, 1 process", f"{b['per_s']:.1f} articles/s", "≥ 300/s", b["per_s"] >= TARGET_BATCH_PER_S)
        add("peak RSS, 1-process batch", f"{b['rss_mb']:.0f} MB", "≤ 400 MB", b["rss_mb"] <= TARGET_RSS_MB)
    for name, label in (("pool", "batch, --workers 2"), ("dask", "batch, Dask LocalCluster ×2")):
        r = res.get("parallel", {}).get(name)
        if r:
            same = r.get("identical")
            extra = f" (rows identical {same[0]:,}/{same[1]:,})" if same else ""
            add(label, f"{r['per_s']:.1f} articles/s{extra}", "≥ 300/s", r["per_s"] >= TARGET_BATCH_PER_S)
    if res.get("geotext"):
        add("geotext (context)", f"{res['geotext']['per_s']:,.0f} articles/s", "", None)
    if res.get("browser"):
        add("first map in the dashboard (median)", f"{res['browser']['first_map_s']:.2f} s", "≤ 3 s",
            res["browser"]["first_map_s"] <= TARGET_FIRST_MAP_S)
    width = max((len(r[0]) for r in rows), default=10)
    vw = max((len(r[1]) for r in rows), default=10)
    for name, value, target, verdict in rows:
        print(f"  {name:<{width}}  {value:<{vw}}  {target:<9} {verdict}")


def main(argv: list[str] | None = None) -> int:
    """Run the selected parts; print every figure and a summary against the targets."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    p.add_argument("--n", type=int, default=10_000, help="archive size (default 10000)")
    p.add_argument("--seed", type=int, default=0, help="archive seed (default 0)")
    p.add_argument("--archive", type=Path, help="use this JSON Lines archive instead of generating one")
    p.add_argument("--runs", type=int, default=5, help="runs for the cold start and the browser (default 5)")
    p.add_argument("--reps", type=int, default=10, help="repetitions of each case for warm latency (default 10)")
    p.add_argument("--profile-n", type=int, default=1000, help="archive articles to profile (default 1000)")
    p.add_argument("--keep", action="store_true", help="keep the work folder (archive, outputs, logs)")
    p.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    a = p.parse_args(argv)
    parts = [x.strip() for x in a.parts.split(",") if x.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        p.error(f"unknown parts: {', '.join(sorted(unknown))}")
    m = machine()
    print_machine(m)
    res: dict[str, Any] = {"machine": m}
    t_start = time.perf_counter()
    with _workdir(a.keep) as work:
        archive = a.archive
        needs_archive = {"profile", "batch", "parallel", "geotext"} & set(parts)
        if needs_archive and archive is None:
            archive = work / "archive.jsonl"
            t0 = time.perf_counter()
            info = archive_mod.write(archive, a.n, a.seed)
            print(f"\narchive: {info['articles']:,} articles (seed {a.seed}) in {time.perf_counter() - t0:.1f} s; "
                  f"languages {info['languages']}; kinds {info['kinds']}; "
                  f"{info['landing_anchors']} different anchors; no landing {100 * info['no_landing_share']:.0f} %; "
                  f"sizes {info['bytes']['min']:,}-{info['bytes']['max']:,} bytes (median {info['bytes']['median']:,})")
            res["archive"] = info
        n = sum(1 for _ in open(archive, encoding="utf-8")) if archive else 0
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("cold", lambda: part_cold(a.runs)),
            ("warm", lambda: part_warm(a.reps)),
            ("profile", lambda: stages.profile(archive, a.profile_n)),
            ("batch", lambda: part_batch(archive, n, work)),
            ("parallel", lambda: part_parallel(archive, n, work)),
            ("geotext", lambda: part_geotext(archive, (res.get("batch") or {}).get("quality"))),
            ("browser", lambda: part_browser(a.runs, work)),
        ]
        for name, fn in steps:
            if name not in parts:
                continue
            try:
                res[name] = fn()
            except Exception as exc:  # noqa: BLE001 - one failed part must not hide the others' figures
                print(f"\n{name}: FAILED: {type(exc).__name__}: {str(exc)[:500]}")
        m_end = os.getloadavg() if hasattr(os, "getloadavg") else None
        _summary(res, m)
        if m_end:
            print(f"  (load average at the end: {m_end[0]:.2f}; the whole run took "
                  f"{(time.perf_counter() - t_start) / 60:.1f} min)")
        if a.json:
            a.json.write_text(json.dumps(res, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
