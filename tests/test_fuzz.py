"""Property tests: whatever text comes in, the pipeline never raises and always writes valid RFC 7946.

Why: an article is untrusted and unbounded input (pasted, dropped, batch-read from a folder), and the
GeoJSON goes straight into QGIS, geojson.io or kepler.gl, which reject or mis-draw invalid polygons. The
generators and the property live in ``tests/fuzz_strategies.py`` and are shared with ``bench/fuzz.py``,
which runs ten thousand examples or more; here a bounded, derandomised number keeps CI quick and
repeatable (about 20 s). Failures found by fuzzing (since fixed) stay below as minimal regression tests.

The harness's other targets run here too, a few examples each: ``decode`` on arbitrary bytes, ``locate`` with
random published dates and drawn constraints (bow-ties, tiny, out of range, across the antimeridian), and
``export`` through every format, parsed back. Every failure ``bench/fuzz.py`` finds is shrunk and kept in
``tests/fuzz_corpus/``; each file there is replayed below (in a child process when it once killed the
interpreter), xfail(strict) while its fix is pending in a file the fuzzer's owner does not edit.

Also here: absurd numbers ("10^9 km", "-150 km", "99999999999999999999 km") and distances so long that a
ring or sector reaches past a pole or the antipode, checked against the area of the same shape on a sphere.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import Point, shape

import geo
from geo.export import to_geojson
from geo.textio import InputError, decode, from_text
from tests import fuzz_strategies as fs
from tests.fuzz_strategies import STATUSES, article_text, check_geojson, check_output, random_text

CI = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                                           HealthCheck.data_too_large])
ZHEZKAZGAN = (47.79411, 67.70628)  # GeoNames 1516589, the anchor the gazetteer returns
EARTH_R_KM = 6371.0088  # mean radius (IUGG): spherical areas to compare the ellipsoidal ones with
HALF_CIRCUMFERENCE_KM = math.pi * EARTH_R_KM  # ~20,015 km: no point on Earth is farther from another
WGS84 = Geod(ellps="WGS84")


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load the gazetteer and boundaries once, so the first example does not pay for it."""
    geo.locate("The capsule landed 150 km south-east of Zhezkazgan in central Kazakhstan.")


# ── the properties ──────────────────────────────────────────────────────────────────────────────────────────


@CI
@given(text=article_text(), published=st.none() | st.dates(date(1957, 10, 4), date(2100, 12, 31)),
       prior=st.booleans())
def test_article_like_text_always_gives_valid_geojson(text: str, published: date | None, prior: bool) -> None:
    check_output(text, published=published.isoformat() if published else None, prior=prior)


@CI
@given(text=random_text())
def test_random_unicode_always_gives_valid_geojson(text: str) -> None:
    check_output(text)


@settings(CI, max_examples=40)
@given(raw=st.one_of(st.text(max_size=300), article_text().map(lambda t: t + "\ud800")),
       as_html=st.sampled_from([None, False, True]))
def test_pasted_text_of_any_kind_is_refused_cleanly_or_mapped(raw: str, as_html: bool | None) -> None:
    """What the dashboard does with a paste (lone surrogates included: a browser can send them)."""
    try:
        article = from_text(raw, html_mode=as_html)
    except InputError as exc:
        assert str(exc) and exc.reason in {"empty", "too-large", "binary", "no-text", "encoding"}, exc.reason
        return
    check_output(article.text)


@settings(CI, max_examples=40)
@given(data=st.one_of(st.binary(max_size=400), article_text().map(lambda t: t.encode("utf-8", "surrogatepass"))),
       name=st.sampled_from(["a.txt", "a.html", "a.md", None]))
def test_dropped_bytes_of_any_kind_are_refused_cleanly_or_mapped(data: bytes, name: str | None) -> None:
    """What the dashboard and the CLI do with a dropped file: InputError (exit 2) or an estimate."""
    try:
        article = decode(data, name=name)
    except InputError as exc:
        assert str(exc), exc.reason
        return
    check_output(article.text)


# ── absurd numbers: no crash, and either no statement or a valid region ─────────────────────────────────────

ABSURD = ["10^9", "1e9", "-150", "-5", "0", "150000000", "0.0001", "99999999999999999999", "1e308",
          "1,000,000,000,000", "0,0000001"]


@pytest.mark.parametrize("relation", ["from", "south-east of"])
@pytest.mark.parametrize("number", ABSURD)
def test_an_absurd_distance_from_a_real_town_is_no_statement_or_a_valid_region(number: str, relation: str) -> None:
    text = f"The capsule landed {number} km {relation} Zhezkazgan."
    doc = check_output(text)
    assert doc["touchdown"]["status"] in STATUSES
    for f in doc["features"]:
        p = f["properties"]
        if p["role"] == "statement":
            assert p["anchor"]["geonameid"] == 1516589, p["anchor"]
            assert shape(f["geometry"]).area > 0, ("empty region", p)
            if p["distance_km"]:
                assert 0 <= p["distance_km"]["min"] <= p["distance_km"]["max"], p["distance_km"]


@pytest.mark.parametrize("written", ["10^9", "2^10"])
def test_a_power_is_not_read_as_its_exponent(written: str) -> None:
    est = geo.locate(f"The capsule landed {written} km south-east of Zhezkazgan.")
    exponent = float(written.split("^")[1])
    assert all(s.distance != exponent for s in est.reading.statements), [s.text for s in est.reading.statements]


def test_the_public_api_survives_a_lone_surrogate() -> None:
    check_output("The capsule landed 150 km south-east of Zhezkazgan.\ud800")


# ── long distances: the region must be the shape the words describe ─────────────────────────────────────────


def _spherical_annulus_km2(lo: float, hi: float) -> float:
    lo, hi = min(lo, HALF_CIRCUMFERENCE_KM), min(hi, HALF_CIRCUMFERENCE_KM)
    return 2 * math.pi * EARTH_R_KM**2 * (math.cos(lo / EARTH_R_KM) - math.cos(hi / EARTH_R_KM))


def _statement(text: str) -> dict:
    doc = check_output(text, prior=False)
    feats = [f for f in doc["features"] if f["properties"]["role"] == "statement"]
    assert len(feats) == 1, f"expected one statement region, got {len(feats)}: {doc['touchdown']['message']}"
    return feats[0]


def _point_at(bearing: float, km: float) -> Point:
    lon, lat, _ = WGS84.fwd(ZHEZKAZGAN[1], ZHEZKAZGAN[0], bearing, km * 1000)
    return Point(lon, lat)




@pytest.mark.parametrize("km", [150, 1000, 3000, 5000, 8000, 10000, 12000, 15000, 18000])
def test_a_distance_only_ring_has_the_area_of_the_annulus_and_holds_the_stated_distance(km: int) -> None:
    f = _statement(f"The capsule landed {km} km from Zhezkazgan.")
    d = f["properties"]["distance_km"]
    expected = _spherical_annulus_km2(d["min"], d["max"])
    assert f["properties"]["area_km2"] == pytest.approx(expected, rel=0.01)
    region = shape(f["geometry"])
    for bearing in (0, 90, 180, 270):
        assert region.intersects(_point_at(bearing, km)), bearing




@pytest.mark.parametrize(("km", "direction", "bearing"), [
    (150, "south-east", 135), (3000, "north", 0), (3000, "south", 180), (8000, "south-east", 135),
    (4500, "north", 0), (5000, "north", 0),
])
def test_a_sector_has_its_share_of_the_annulus_even_across_a_pole(km: int, direction: str, bearing: float) -> None:
    f = _statement(f"The capsule landed {km} km {direction} of Zhezkazgan.")
    p = f["properties"]
    share = (p["bearing_deg"]["max"] - p["bearing_deg"]["min"]) % 360 / 360
    expected = share * _spherical_annulus_km2(p["distance_km"]["min"], p["distance_km"]["max"])
    assert p["area_km2"] == pytest.approx(expected, rel=0.02)
    assert shape(f["geometry"]).intersects(_point_at(bearing, km))




@pytest.mark.parametrize("text", [
    "The capsule landed more than 30,969 km from Kyzylorda.",
    "The capsule landed about 16,924 km from Moscow.",
])
def test_a_distance_longer_than_half_the_earth_is_not_an_empty_polygon(text: str) -> None:
    doc = check_output(text)
    assert all(shape(f["geometry"]).area > 0 for f in doc["features"] if f["geometry"]["type"] != "Point")


def test_regions_near_the_antimeridian_and_the_poles_are_split_and_valid() -> None:
    for text in ("The capsule landed 1,000 km south of Anadyr.", "The capsule landed 500 km from Longyearbyen.",
                 "The capsule landed near Suva.", "The capsule landed at 90°S 180°W.",
                 "The capsule landed 300 km east of Petropavlovsk-Kamchatsky."):
        doc = to_geojson(geo.locate(text))
        check_geojson(doc, where=text)


# ── the harness's other targets: decoding, locate with constraints and dates, every exporter ─────────────────


@settings(CI, max_examples=40)
@given(inp=fs.decode_input())
def test_any_bytes_decode_to_clean_text_that_maps_or_are_refused_with_a_reason(inp: dict) -> None:
    assume(fs.known_failure("decode", inp) is None)
    fs.run_target("decode", inp)


@settings(CI, max_examples=40)
@given(inp=fs.locate_input())
def test_any_constraints_and_dates_give_valid_geojson_or_a_geometry_refusal(inp: dict) -> None:
    assume(fs.known_failure("locate", inp) is None)  # the empty-hole segfault would take pytest down with it
    fs.run_target("locate", inp)


@settings(CI, max_examples=8)
@given(inp=fs.export_input())
def test_every_export_of_any_input_is_well_formed(inp: dict) -> None:
    assume(fs.known_failure("export", inp) is None)
    fs.run_target("export", inp)


@pytest.mark.parametrize("ring", [
    [[67.0, 47.0], [68.0, 48.0], [68.0, 47.0], [67.0, 48.0], [67.0, 47.0]],  # bow-tie: repaired into two triangles
    [[67.0, 47.0], [67.0000001, 47.0], [67.0000001, 47.0000001], [67.0, 47.0]],  # tiny: refused
    [[67.0, 47.0], [68.0, 47.0], [68.0, 95.0], [67.0, 47.0]],  # beyond the pole: refused
    [[170.0, 40.0], [190.0, 40.0], [190.0, 50.0], [170.0, 50.0], [170.0, 40.0]],  # across 180°: wrapped and cut
    [[400.0, 47.0], [401.0, 47.0], [401.0, 48.0], [400.0, 47.0]],  # on a repeated world copy: wrapped
])
def test_the_shapes_that_broke_exports_export_well_formed_or_are_refused(ring: list) -> None:
    fs.run_target("export", {"text": "The capsule landed 150 km south-east of Zhezkazgan.", "published": "2022-09-29",
                             "prior": True, "constraints": [{"type": "Polygon", "coordinates": [ring]}],
                             "title": "=HYPERLINK(\"x\")\ufffe"})


# ── the corpus of found failures, replayed ──────────────────────────────────────────────────────────────────

CORPUS = Path(__file__).resolve().parent / "fuzz_corpus"
REPO = CORPUS.parent.parent
# A crash (a signal) cannot be caught in-process: replayed in a child, whose exit status is the verdict.
REPLAY = ("import sys; sys.path.insert(0, sys.argv[1]); from tests import fuzz_strategies as fs; "
          "e = fs.load_corpus_entry(sys.argv[2]); fs.run_target(e['target'], e['input'])")


def _corpus() -> list:
    params = []
    for path in sorted(CORPUS.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(strict=True, reason=entry["xfail"])] if entry.get("xfail") else []
        params.append(pytest.param(path, marks=marks, id=path.stem))
    return params


@pytest.mark.parametrize("path", _corpus())
def test_a_failure_the_fuzzer_found_stays_fixed(path: Path) -> None:
    entry = fs.load_corpus_entry(path)
    if entry.get("crash"):
        r = subprocess.run([sys.executable, "-c", REPLAY, str(REPO), str(path)], capture_output=True, text=True,
                           timeout=600)
        assert r.returncode == 0, f"{entry['signature']} (exit {r.returncode}):\n{r.stderr[-2000:]}"
    else:
        fs.run_target(entry["target"], entry["input"])


def test_the_corpus_is_there_and_every_entry_names_its_target_and_failure() -> None:
    entries = [fs.load_corpus_entry(p) for p in sorted(CORPUS.glob("*.json"))]
    assert entries, "tests/fuzz_corpus/ is empty"
    for e in entries:
        assert e["target"] in fs.TARGETS and e["signature"] and isinstance(e["input"], dict), e


def test_each_known_failure_matches_its_xfail_corpus_entry_and_no_other_target() -> None:
    """The fuzzer skips what KNOWN_FAILURES matches: each must match the xfail entry it names, so that fixing the
    code (the entry XPASSes) and removing the entry also brings those inputs back into the fuzz."""
    for name, hit in fs.KNOWN_FAILURES.items():
        entry = fs.load_corpus_entry(CORPUS / name)
        assert entry.get("xfail"), f"{name} is skipped by the fuzzer but not marked xfail"
        assert hit(entry["target"], entry["input"]), name
        assert not hit("text", {"text": "The capsule landed 150 km south-east of Zhezkazgan."}), name
    xfails = {p.name for p in CORPUS.glob("*.json") if json.loads(p.read_text(encoding="utf-8")).get("xfail")}
    assert xfails <= set(fs.KNOWN_FAILURES), xfails - set(fs.KNOWN_FAILURES)


def test_a_corpus_entry_keeps_bytes_nan_and_lone_surrogates(tmp_path: Path) -> None:
    entry = {"target": "decode", "signature": "s", "input": {"data": b"\x00\xff<p>\xd0", "name": "x\ud800.html"}}
    (tmp_path / "a.json").write_text(fs.corpus_entry_text(entry), encoding="utf-8")
    assert fs.load_corpus_entry(tmp_path / "a.json")["input"] == entry["input"]
    nan = {"target": "locate", "signature": "s", "input": {"text": "Жезказган", "constraints": [
        {"type": "Polygon", "coordinates": [[[math.nan, 1.0]]]}]}}
    (tmp_path / "b.json").write_text(fs.corpus_entry_text(nan), encoding="utf-8")
    back = fs.load_corpus_entry(tmp_path / "b.json")["input"]
    assert "Жезказган" in (tmp_path / "b.json").read_text(encoding="utf-8")  # readable, not escaped
    assert math.isnan(back["constraints"][0]["coordinates"][0][0][0])


def test_shrinking_keeps_the_failure_and_removes_the_rest() -> None:
    def fails(inp: dict) -> bool:  # as bench/fuzz.py's does, a candidate that breaks differently does not fail
        try:
            return "Zhez" in inp["text"] and any(c["type"] == "Polygon" and len(c["coordinates"][0]) >= 3
                                                 for c in inp["constraints"])
        except (IndexError, KeyError, TypeError):
            return False

    big = {"text": "The capsule landed 150 km south-east of Zhezkazgan in central Kazakhstan.", "published": "2022-09-29",
           "prior": True, "constraints": [{"type": "Polygon", "coordinates": [[[1.23456, 2.5], [3.0, 4.0], [5.0, 6.0],
                                                                               [7.0, 8.0], [1.23456, 2.5]]]},
                                          {"type": "Point", "coordinates": [1.0, 2.0, 3.0]}]}
    small = fs.shrink(big, fails, seconds=30)
    assert fails(small)
    assert small["text"] == "Zhez" and small["published"] is None and len(small["constraints"]) == 1
    assert len(small["constraints"][0]["coordinates"][0]) == 3


def _fuzz_module():  # noqa: ANN202 - bench/fuzz.py, imported as a module
    import importlib

    return importlib.import_module("bench.fuzz")


def test_the_harness_survives_a_crash_and_a_hang_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """What lets bench/fuzz.py record a segfault (GEOS) or an endless loop as a failure and go on."""
    bench = _fuzz_module()

    def crash(inp: dict) -> None:
        os.kill(os.getpid(), signal.SIGSEGV)

    def hang(inp: dict) -> None:
        time.sleep(60)

    monkeypatch.setitem(fs.TARGETS, "crash", (fs.decode_input, crash))
    monkeypatch.setitem(fs.TARGETS, "hang", (fs.decode_input, hang))
    assert bench._outcome_in_child("crash", {}, timeout=30).startswith("crash (SIGSEGV)")
    assert bench._outcome_in_child("hang", {}, timeout=0.5).startswith("hang")
    assert bench._outcome_in_child("text", {"text": "x"}, timeout=60) is None


def test_the_harness_runs_for_a_set_time_and_reports(tmp_path: Path) -> None:
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "bench/fuzz.py", "--minutes", "0.1", "--target", "decode", "--seed", "3",
                        "--corpus", str(tmp_path)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "failures: 0 (0 distinct" in r.stdout and not list(tmp_path.iterdir())
    n = int(r.stdout.split("examples: ")[1].split()[0])
    assert n > 0 and time.monotonic() - t0 < 120, r.stdout
