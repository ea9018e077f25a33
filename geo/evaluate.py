"""``python -m geo eval CASES_DIR``: the yardstick, measured the same way on every run.

Reading: statements found vs expected (a found statement matches an expected one when
its anchor resolves to the same geonameid, or for unnamed anchors the same phrase, and
number, unit and compass point are equal; coordinates match on their values); hints
found; landing-time error. Regions: coverage (truth inside the estimate), best-point
error (median, p90) and estimate area (median) with the prior on (leave-one-out by
``catalog_mission``) and off, beside two baselines: "pin the anchor town" and the plain
point-radius circle (Wieczorek et al. 2004) of the first placed statement.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry import Point

from geo.extract.lexicon import UNIT_METRES
from geo.gazetteer import default
from geo.geodesy import distance_km
from geo.model import Estimate
from geo.names import key
from geo.pipeline import locate
from geo.regions import number_precision


@dataclass
class CaseResult:
    """Everything measured on one case."""

    id: str
    expected: int
    found: int
    matched: int
    hints_expected: int
    hints_found: int
    time_error_s: float | None
    status: str
    truth: tuple[float, float] | None
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)  # method -> inside, error_km, area_km2


def _same_statement(found: Any, exp: dict, anchor_gid: int | None) -> bool:
    if exp["kind"] == "coordinates":
        if exp.get("lat") is None or exp.get("lon") is None:
            return found.kind == "coordinates"
        return (found.kind == "coordinates" and abs(found.lat - exp["lat"]) < 1e-6
                and abs(found.lon - exp["lon"]) < 1e-6)
    if found.kind == "coordinates":
        return False
    if exp.get("geonameid"):
        if anchor_gid != exp["geonameid"]:
            return False
    elif key(found.anchor or "") != key(exp.get("anchor") or ""):
        return False
    if exp.get("distance") is not None:
        if found.distance is None or abs(found.distance - exp["distance"]) > 1e-9 or found.unit != exp.get("unit"):
            return False
        if (exp.get("distance_max") or None) != (found.distance_max or None):  # a vague range's top
            return False
    elif found.distance is not None:
        return False
    return (found.direction or None) == (exp.get("direction") or None)


def _count_matches(est: Estimate, expected: list[dict]) -> int:
    gids = {}
    for r in est.regions:
        if r.statement is not None and r.anchor is not None:
            gids[id(r.statement)] = r.anchor.geonameid
    found = list(est.reading.statements)
    gaz = default()
    for st in found:
        if id(st) not in gids and st.anchor:
            from geo.pipeline import _anchor_query

            q = _anchor_query(st.anchor)
            p = gaz.resolve(q) if q else None
            gids[id(st)] = p.geonameid if p else None
    used: set[int] = set()
    n = 0
    for exp in expected:
        for i, st in enumerate(found):
            if i not in used and _same_statement(st, exp, gids.get(id(st))):
                used.add(i)
                n += 1
                break
    return n


def _hints_found(est: Estimate, expected: list[str]) -> int:
    from rapidfuzz import fuzz

    got = [key(h.text) for h in est.reading.hints]
    return sum(1 for e in expected if any(fuzz.partial_ratio(key(e), g) >= 85 for g in got))


def _time_error(est: Estimate, case: dict) -> float | None:
    lt = est.landing_time
    if case.get("landed_at_utc") is None or lt is None:
        return None
    truth = datetime.fromisoformat(case["landed_at_utc"].replace("Z", "+00:00"))
    if lt.utc is not None:
        return abs((lt.utc - truth).total_seconds())
    if lt.time_utc is not None:
        a = lt.time_utc.hour * 3600 + lt.time_utc.minute * 60 + lt.time_utc.second
        b = truth.hour * 3600 + truth.minute * 60 + truth.second
        d = abs(a - b)
        return float(min(d, 86400 - d))
    return None


def _run(est: Estimate, truth: tuple[float, float] | None) -> dict[str, Any]:
    if truth is None or est.geometry is None or est.best is None:
        return {"inside": False if truth else None, "error_km": None, "area_km2": est.area_km2}
    inside = est.geometry.buffer(0).covers(Point(truth[1], truth[0]))
    return {"inside": bool(inside), "error_km": distance_km(est.best[0], est.best[1], *truth),
            "area_km2": est.area_km2}


def _baselines(est: Estimate, truth: tuple[float, float] | None) -> dict[str, dict[str, Any]]:
    """"Pin the anchor town" and the point-radius circle of the first placed statement."""
    from geo.geodesy import destination

    out: dict[str, dict[str, Any]] = {}
    first = next((r for r in est.regions if r.role == "statement"), None)
    if truth is None or first is None:
        return {"pin": {"inside": None, "error_km": None, "area_km2": None},
                "point-radius": {"inside": None, "error_km": None, "area_km2": None}}
    st = first.statement
    if first.anchor is not None:
        a = first.anchor
        out["pin"] = {"inside": None, "error_km": distance_km(a.lat, a.lon, *truth), "area_km2": 0.0}
        metres = UNIT_METRES.get(st.unit or "km", 1000.0) / 1000.0
        d = (st.distance or 0.0) * metres
        dist_err = number_precision(st.distance_text, st.distance) / 2 * metres
        if st.direction and d > 0:
            centre = destination(a.lat, a.lon, st.bearing_deg, d)
            dir_err = 2 * d * math.sin(math.radians(st.bearing_halfwidth_deg) / 2)
            radius = a.extent_km + dist_err + dir_err
        else:
            centre = (a.lat, a.lon)
            radius = a.extent_km + d + dist_err
    else:  # coordinates
        centre = (st.lat, st.lon)
        radius = distance_km(st.lat, st.lon, st.lat + st.precision_deg / 2, st.lon + st.precision_deg / 2)
        out["pin"] = {"inside": None, "error_km": distance_km(*centre, *truth), "area_km2": 0.0}
    err = distance_km(*centre, *truth)
    out["point-radius"] = {"inside": err <= radius, "error_km": err, "area_km2": math.pi * radius ** 2}
    return out


def evaluate(cases_dir: Path) -> list[CaseResult]:
    """Run every case of ``cases.json`` and measure it."""
    spec = json.loads((cases_dir / "cases.json").read_text(encoding="utf-8"))
    results = []
    for case in spec["cases"]:
        text = (cases_dir / case["file"]).read_text(encoding="utf-8")
        truth = (case["truth"]["lat"], case["truth"]["lon"]) if case.get("truth") else None
        est = locate(text, case.get("published"), exclude_mission=case.get("catalog_mission"))
        off = locate(text, case.get("published"), prior=False)
        res = CaseResult(
            id=case["id"], expected=len(case["statements"]), found=len(est.reading.statements),
            matched=_count_matches(est, case["statements"]), hints_expected=len(case.get("hints", [])),
            hints_found=_hints_found(est, case.get("hints", [])), time_error_s=_time_error(est, case),
            status=est.status, truth=truth,
        )
        res.runs["default"] = _run(est, truth)
        res.runs["prior-off"] = _run(off, truth)
        res.runs.update(_baselines(off, truth))
        results.append(res)
    return results


def summary(results: list[CaseResult]) -> dict[str, Any]:
    """Totals: precision, recall, time, nothing-to-map, and per-method accuracy."""
    found = sum(r.found for r in results)
    expected = sum(r.expected for r in results)
    matched = sum(r.matched for r in results)
    times = [r.time_error_s for r in results if r.time_error_s is not None]
    located = [r for r in results if r.truth is not None]
    methods: dict[str, dict[str, Any]] = {}
    for m in ("default", "prior-off", "pin", "point-radius"):
        errs = [r.runs[m]["error_km"] for r in located if r.runs[m]["error_km"] is not None]
        inside = [r.runs[m]["inside"] for r in located if r.runs[m]["inside"] is not None]
        areas = [r.runs[m]["area_km2"] for r in located if r.runs[m]["area_km2"] is not None]
        methods[m] = {
            "coverage": (sum(inside) / len(located)) if inside else None,
            "median_error_km": float(np.median(errs)) if errs else None,
            "p90_error_km": float(np.percentile(errs, 90)) if errs else None,
            "median_area_km2": float(np.median(areas)) if areas else None,
            "cases": len(errs),
        }
    no_truth = [r for r in results if r.truth is None]
    return {
        "cases": len(results),
        "statements": {"expected": expected, "found": found, "matched": matched,
                       "precision": matched / found if found else 1.0,
                       "recall": matched / expected if expected else 1.0},
        "hints": {"expected": sum(r.hints_expected for r in results), "found": sum(r.hints_found for r in results)},
        "time": {"cases": len(times), "max_error_s": max(times) if times else None,
                 "within_2_min": sum(1 for t in times if t <= 120)},
        "nothing_to_map": {"cases": len(no_truth), "correct": sum(1 for r in no_truth if r.status == "nothing-to-map")},
        "methods": methods,
    }


def _fmt(x: Any, spec: str = ".1f") -> str:
    if x is None:
        return "—"
    if isinstance(x, bool):
        return "yes" if x else "NO"
    return format(x, spec)


def render(results: list[CaseResult], totals: dict[str, Any]) -> str:
    """The evaluation table as text."""
    lines = [
        f"{'case':22} {'stmts':>9} {'hints':>6} {'time s':>7} {'status':>14} {'inside':>6} {'err km':>7} "
        f"{'area km²':>10} {'no-prior err':>12} {'inside':>6}",
    ]
    for r in results:
        d, o = r.runs["default"], r.runs["prior-off"]
        lines.append(
            f"{r.id:22} {r.matched:>3}/{r.found:<2}/{r.expected:<2} {r.hints_found:>3}/{r.hints_expected:<2} "
            f"{_fmt(r.time_error_s, '.0f'):>7} {r.status:>14} {_fmt(d['inside']):>6} {_fmt(d['error_km']):>7} "
            f"{_fmt(d['area_km2'], ',.0f'):>10} {_fmt(o['error_km']):>12} {_fmt(o['inside']):>6}"
        )
    s = totals["statements"]
    lines += [
        "",
        f"statements: matched {s['matched']} of {s['expected']} expected, {s['found']} found — "
        f"precision {s['precision']:.3f}, recall {s['recall']:.3f}",
        f"hints: {totals['hints']['found']} of {totals['hints']['expected']} found",
        f"landing time: {totals['time']['within_2_min']} of {totals['time']['cases']} within 2 min "
        f"(max error {_fmt(totals['time']['max_error_s'], '.0f')} s)",
        f"nothing to map: {totals['nothing_to_map']['correct']} of {totals['nothing_to_map']['cases']} correct",
        "",
        f"{'method':14} {'coverage':>9} {'median km':>10} {'p90 km':>8} {'median km²':>11}",
    ]
    for m, v in totals["methods"].items():
        cov = f"{v['coverage']:.0%}" if v["coverage"] is not None else "—"
        lines.append(f"{m:14} {cov:>9} {_fmt(v['median_error_km']):>10} {_fmt(v['p90_error_km']):>8} "
                     f"{_fmt(v['median_area_km2'], ',.0f'):>11}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ phrase suite


@dataclass
class PhraseResult:
    """One test sentence of the real-phrasing suite (``tests/phrases/<lang>.jsonl``)."""

    id: str
    lang: str
    expected: int
    found: int
    matched: int
    bad_anchors: list[str]  # found anchors the line says must never be anchors
    status: str


def evaluate_phrases(phrases_dir: Path) -> list[PhraseResult]:
    """Score every line of every ``*.jsonl`` in ``phrases_dir`` the way cases are scored (statements only).

    Each line is our own sentence written with the structure of a real published report; ``statements`` is
    what a careful reader takes from it and ``not_anchors`` names words that must never become anchors.
    Why beside the cases: the cases are whole articles with a true point; these are many short
    structures in many languages, which is where real press differs from our templates.
    """
    out = []
    for path in sorted(phrases_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            est = locate(item["text"], item.get("published"), prior=False)
            anchors = [key(s.anchor) for s in est.reading.statements if s.anchor]
            bad = [a for a in item.get("not_anchors", []) if key(a) in anchors]
            # a statement anchored on a place the line lists as a site or range ("в районе Дунфэн") reads that
            # place right: it is scored with the places, not as a statement found in excess
            on_places = sum(1 for r in est.regions if r.role == "statement" and r.anchor is not None
                            and r.anchor.site_id and item.get("places"))
            matched = _count_matches(est, item["statements"])
            out.append(PhraseResult(
                id=item["id"], lang=item.get("lang", path.stem), expected=len(item["statements"]),
                # a statement that matches an expected one was found, even on a site
                found=max(len(est.reading.statements) - on_places, matched), matched=matched,
                bad_anchors=bad, status=est.status))
    return out


def phrase_summary(results: list[PhraseResult]) -> dict[str, Any]:
    """Precision and recall of statements per language and in all, with the count of forbidden anchors."""
    def totals(rs: list[PhraseResult]) -> dict[str, Any]:
        found, expected, matched = (sum(getattr(r, f) for r in rs) for f in ("found", "expected", "matched"))
        return {"sentences": len(rs), "expected": expected, "found": found, "matched": matched,
                "precision": matched / found if found else 1.0, "recall": matched / expected if expected else 1.0,
                "forbidden_anchors": sum(len(r.bad_anchors) for r in rs),
                "non_statements_clean": sum(1 for r in rs if r.expected == 0 and r.found == 0),
                "non_statements": sum(1 for r in rs if r.expected == 0)}

    langs = sorted({r.lang for r in results})
    return {"all": totals(results), "languages": {lang: totals([r for r in results if r.lang == lang])
                                                   for lang in langs}}


def render_phrases(totals: dict[str, Any]) -> str:
    """The phrase-suite table: one line per language, then all."""
    lines = [f"{'language':9} {'sentences':>9} {'expected':>8} {'found':>6} {'matched':>7} {'precision':>9} "
             f"{'recall':>7} {'clean non-stmts':>15} {'bad anchors':>11}"]
    for lang, t in [*totals["languages"].items(), ("all", totals["all"])]:
        lines.append(f"{lang:9} {t['sentences']:>9} {t['expected']:>8} {t['found']:>6} {t['matched']:>7} "
                     f"{t['precision']:>9.3f} {t['recall']:>7.3f} "
                     f"{t['non_statements_clean']:>7}/{t['non_statements']:<7} {t['forbidden_anchors']:>11}")
    return "\n".join(lines)


def kind_summary(cases_dir: Path, results: list[CaseResult]) -> dict[str, dict[str, Any]]:
    """Coverage, median error and median area per case ``kind`` (site, region, country, target, splashdown):
    how well each level of evidence is mapped, with the prior on (leave-one-out) as users get it."""
    spec = json.loads((cases_dir / "cases.json").read_text(encoding="utf-8"))
    kinds = {c["id"]: c.get("kind", "town") for c in spec["cases"]}
    out: dict[str, dict[str, Any]] = {}
    for kind in sorted(set(kinds.values())):
        rs = [r for r in results if kinds.get(r.id) == kind and r.truth is not None]
        d = [r.runs["default"] for r in rs]
        errs = [x["error_km"] for x in d if x["error_km"] is not None]
        areas = [x["area_km2"] for x in d if x["area_km2"] is not None]
        out[kind] = {"cases": len(rs), "mapped": len(errs),
                     "coverage": sum(1 for x in d if x["inside"]) / len(rs) if rs else None,
                     "wrong": sum(1 for x in d if x["error_km"] is not None and not x["inside"]),
                     "median_error_km": float(np.median(errs)) if errs else None,
                     "median_area_km2": float(np.median(areas)) if areas else None}
    return out


def render_kinds(totals: dict[str, dict[str, Any]]) -> str:
    """The per-kind table."""
    lines = [f"{'kind':11} {'cases':>5} {'mapped':>6} {'coverage':>8} {'mapped, truth outside':>21} "
             f"{'median km':>9} {'median km²':>11}"]
    for kind, t in totals.items():
        cov = f"{t['coverage']:.0%}" if t["coverage"] is not None else "—"
        lines.append(f"{kind:11} {t['cases']:>5} {t['mapped']:>6} {cov:>8} {t['wrong']:>21} "
                     f"{_fmt(t['median_error_km']):>9} {_fmt(t['median_area_km2'], ',.0f'):>11}")
    return "\n".join(lines)
