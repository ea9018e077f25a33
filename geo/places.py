"""Spaceflight places: landing sites, zones, ranges, banners, recovery zones and spaceports (``data/places.csv``).

Why a gazetteer of its own: about half of real landing reports never give "N km from a town"; they name the place
the landing happened at ("touched down at the Dongfeng landing site", "on the Utah Test and Training Range", "in
Siziwang Banner", "in the recovery zone off Pensacola"). GeoNames has towns, not these; and where it has a town of
the same name (Dongfeng in Jilin, Baikonur the town) the town is the wrong answer when the text calls the place a
site, a range or a banner. Every row of the CSV has a source and an honest extent (a radius that holds the whole
place, larger rather than smaller; see ``data/README.md``).

Two uses:

- :func:`find_mentions`: the places named in the sentences about the landing, each an honest area
  (``pipeline`` turns the area kinds into regions with the role ``"site"``);
- :func:`site_for_anchor`: the place a statement's anchor names when the text calls it a site ("400 km from the
  Baikonur Cosmodrome"), before the town gazetteer is asked.

Names are found with one Aho-Corasick automaton (``pyahocorasick``) over every spelling in every language, in
linear time whatever the text.

>>> [m.site.id for m in find_mentions("The capsule touched down at the Dongfeng landing site on Sunday.")]
['dongfeng-landing-site']
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from shapely import wkt as shapely_wkt
from shapely.geometry.base import BaseGeometry

from geo.resources import data_dir

PLACES_CSV = data_dir() / "places.csv"
# Kinds that are an area where a landing happens (a statement "at X" makes a region); spaceports are where
# launches happen: named, they are anchors only ("400 km from the Baikonur Cosmodrome").
AREA_KINDS = frozenset({"landing_site", "landing_zone", "range", "banner", "recovery_zone", "test_site"})
SEA_KINDS = frozenset({"recovery_zone"})
# Words that make a name a site rather than a town of that name, when written next to it.
SITE_WORDS = (
    "site", "landing site", "landing field", "landing area", "landing zone", "zone", "range", "banner", "field",
    "cosmodrome", "spaceport", "launch center", "launch centre", "test range", "proving ground", "space harbor",
    "missile range", "prohibited area", "космодром", "полигон", "площадк", "район посадки", "着陆场", "著陸場",
    "旗", "发射中心", "発射場", "cosmódromo", "cosmodromo", "kosmodrom", "landeplatz", "landegebiet",
    "site d'atterrissage", "zone d'atterrissage", "sitio de aterrizaje", "zona de aterrizaje",
)


@dataclass(frozen=True)
class Site:
    """One row of ``data/places.csv``."""

    id: str
    kind: str
    name: str
    names: tuple[str, ...]
    country: str
    lat: float
    lon: float
    radius_km: float
    polygon: BaseGeometry | None
    vehicles: tuple[str, ...]
    source: str
    note: str

    @property
    def is_area(self) -> bool:
        """True when a landing "at" this place is a statement of where it happened."""
        return self.kind in AREA_KINDS


@dataclass(frozen=True)
class Mention:
    """A place of ``places.csv`` named in the text."""

    site: Site
    span: tuple[int, int]
    text: str


@lru_cache(maxsize=1)
def sites() -> tuple[Site, ...]:
    """Every row of ``data/places.csv``."""
    out = []
    with open(PLACES_CSV, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            poly = row.get("polygon_wkt") or ""
            out.append(Site(
                id=row["id"], kind=row["kind"], name=row["name"],
                names=tuple(n.strip() for n in (row["name"] + "|" + row["names"]).split("|") if n.strip()),
                country=row["country"], lat=float(row["lat"]), lon=float(row["lon"]),
                radius_km=float(row["radius_km"]), polygon=shapely_wkt.loads(poly) if poly.strip() else None,
                vehicles=tuple(v for v in row["vehicles"].split("|") if v), source=row["source"],
                note=row.get("note", "")))
    return tuple(out)


def _fold(text: str) -> str:
    """Lower case, one code point for one (so spans found in the folded text are the text's)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _needs_boundaries(name: str) -> bool:
    """Latin, Cyrillic, Greek, Arabic names need word boundaries; CJK and kana have no spaces to find."""
    return not any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for ch in name)


@lru_cache(maxsize=1)
def _automaton():  # noqa: ANN202 - ahocorasick.Automaton
    import ahocorasick

    auto = ahocorasick.Automaton()
    by_name: dict[str, list[int]] = {}
    for i, site in enumerate(sites()):
        for name in site.names:
            if len(name) >= 2:
                by_name.setdefault(_fold(name), []).append(i)
    for name, idx in by_name.items():
        auto.add_word(name, (name, tuple(idx)))
    auto.make_automaton()
    return auto


def _mentions(text: str) -> list[Mention]:
    """Every place name in ``text`` (longest match wins where names overlap: "Siziwang Banner landing site")."""
    if not text:
        return []
    folded = _fold(text)
    hits = []
    for end, (name, idx) in _automaton().iter(folded):
        start = end - len(name) + 1
        if _needs_boundaries(name):
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end + 1 < len(folded) and folded[end + 1].isalnum():
                continue
        hits.append((start, end + 1, idx))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Mention] = []
    last_end = -1
    for start, end, idx in hits:
        if start < last_end:
            continue
        site = min((sites()[i] for i in idx), key=lambda s: s.radius_km)  # the most specific place of the name
        out.append(Mention(site, (start, end), text[start:end]))
        last_end = end
    return out


def find_mentions(text: str, windows: tuple[tuple[int, int], ...] | None = None) -> list[Mention]:
    """The places of ``places.csv`` named in ``text`` (only inside ``windows`` when given), in reading order."""
    if windows is None:
        return _mentions(text)
    out = []
    for s, e in windows:
        out += [Mention(m.site, (m.span[0] + s, m.span[1] + s), m.text) for m in _mentions(text[s:e])]
    return out


def site_for_anchor(text: str, span: tuple[int, int]) -> Site | None:
    """The place an anchor names when the text calls it a site ("the Baikonur Cosmodrome", "Siziwang Banner",
    "the Dongfeng landing site"), else None (the town gazetteer decides)."""
    s, e = span
    window = text[s: min(len(text), e + 30)]
    found = _mentions(window)
    if not found or found[0].span[0] != 0:
        return None
    m = found[0]
    named = _fold(m.text)
    after = _fold(text[s + m.span[1]: s + m.span[1] + 30]).lstrip()
    if any(w in named for w in SITE_WORDS) or after.startswith(SITE_WORDS):
        return m.site
    return None


def site_named(name: str) -> Site | None:
    """The place one of whose spellings is exactly ``name`` (any case), the most specific one; or None."""
    if not name.strip():
        return None
    found = _mentions(name.strip())
    if len(found) == 1 and found[0].span == (0, len(name.strip())):
        return found[0].site
    return None


def region_of(site: Site) -> BaseGeometry:
    """The site's area: its outline where the data has one, else the geodesic disc of its radius; sea zones
    without the land."""
    from geo.regions import disc

    geom = site.polygon if site.polygon is not None else disc(site.lat, site.lon, site.radius_km)
    if site.kind in SEA_KINDS:
        from geo.boundaries import land

        geom = geom.difference(land())
    return geom


# The nominal landing area of a vehicle, for "N km short of the target" / "from the planned landing point"
# (an unnamed anchor). Soyuz: both recovery zones of places.csv (the target moved between them by mission and
# inclination, so the honest target is either); Shenzhou: Siziwang until Shenzhou-11 (2016), Dongfeng since
# Shenzhou-12 (2021), per the rows' sources.
_VEHICLE_WORDS: dict[str, tuple[str, ...]] = {
    "Soyuz": ("soyuz", "союз", "sojus", "soyouz", "soiuz", "sojuz", "soiuz", "联盟", "ソユーズ", "سويوز", "союз"),
    "Shenzhou": ("shenzhou", "神舟", "шэньчжоу", "шеньчжоу", "神舟"),
}
_TARGETS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "Soyuz": (("soyuz-zone-zhezkazgan", 1900, 2100), ("soyuz-zone-arkalyk", 1900, 2100)),
    "Shenzhou": (("siziwang-landing-site", 1999, 2020), ("dongfeng-landing-site", 2021, 2100)),
}


def vehicle_of(text: str) -> str | None:
    """The vehicle an article is about, when it names exactly one of those with a known target area."""
    low = text.lower()
    found = [v for v, words in _VEHICLE_WORDS.items() if any(w in low for w in words)]
    return found[0] if len(found) == 1 else None


# Where each crewed vehicle family comes down (its anchors are towns of these countries): Soyuz on the Kazakh
# steppe, Shenzhou in Inner Mongolia, the US capsules off Florida and California or in the western US deserts.
_LANDING_COUNTRIES: dict[str, tuple[str, ...]] = {
    "soyuz": ("KZ",), "союз": ("KZ",), "sojus": ("KZ",), "soyouz": ("KZ",), "soiuz": ("KZ",), "sojuz": ("KZ",),
    "联盟": ("KZ",), "ソユーズ": ("KZ",), "سويوز": ("KZ",),
    "shenzhou": ("CN",), "神舟": ("CN",), "шэньчжоу": ("CN",), "шеньчжоу": ("CN",),
    "dragon": ("US",), "spacex": ("US",), "starliner": ("US",),
    "orion": ("US",), "orión": ("US",), "artemis": ("US",), "apollo": ("US",), "apolo": ("US",),
    "osiris-rex": ("US",), "stardust": ("US",),
}


def landing_countries(text: str) -> tuple[str, ...]:
    """The countries where the vehicles the text names come down, in the order first named.

    Why: a town name with a homonym abroad ("Aksu" is in Kazakhstan and in China) is weighed by the text's
    own evidence, and the vehicle is evidence: a Soyuz report's towns are Kazakh ones.

    >>> landing_countries("The Soyuz MS-24 capsule landed near Aksu."), landing_countries("no vehicle")
    (('KZ',), ())
    """
    from geo.extract.text import _automaton

    low = text.lower()
    out: list[str] = []
    if len(low) != len(text):
        low = text  # lower-casing moved offsets: only exact-case words are found, in order all the same
    for end, length in _automaton(tuple(_LANDING_COUNTRIES)).iter(low):  # in reading order, one pass
        out += [c for c in _LANDING_COUNTRIES[low[end - length + 1:end + 1]] if c not in out]
    return tuple(out)


# Orbits the vehicles return from, for "short of the target": a ballistic or early descent falls uprange along
# the ground track. Soyuz: the ISS, Mir and Salyut orbits are all inclined 51.6° (NASA, "International Space
# Station Facts and Figures"); Shenzhou: Tiangong's 41.5° (CMSA, Tiangong space station overview).
_INCLINATION_DEG: dict[str, float] = {"Soyuz": 51.6, "Shenzhou": 41.5}
# How far off the ground track's line an uprange landing may lie, either side (cross-range error of a ballistic
# descent plus the two possible passes' spread).
UPRANGE_MARGIN_DEG = 25.0


def uprange_bearings(text: str, lat: float) -> tuple[float, float, str] | None:
    """Bearings (from, to, clockwise, degrees) from a target at latitude ``lat`` towards where a descent that
    fell short lands, with the reason in words; None when the vehicle or its orbit is not known.

    The ground track of an orbit inclined ``i`` crosses latitude φ heading h with sin h = cos i / cos φ, north-east
    on an ascending pass, south-east on a descending one; short of the target is behind the craft: h + 180°.
    Both passes are allowed, widened by ``UPRANGE_MARGIN_DEG``.

    >>> b0, b1, why = uprange_bearings("a Soyuz capsule", 47.4)
    >>> round(b0), round(b1)
    (222, 318)
    """
    import math

    vehicle = vehicle_of(text)
    inclination = _INCLINATION_DEG.get(vehicle or "")
    if inclination is None:
        return None
    ratio = math.cos(math.radians(inclination)) / math.cos(math.radians(lat))
    if ratio >= 1.0:
        return None  # the target lies beyond the orbit's reach in latitude: no ground-track heading
    ascending = math.degrees(math.asin(ratio))
    b0, b1 = 180.0 + ascending - UPRANGE_MARGIN_DEG, 360.0 - ascending + UPRANGE_MARGIN_DEG
    why = (f"short of the target: uprange along the {vehicle} ground track (orbit inclined {inclination:g}°), "
           f"bearings {b0:.0f}°–{b1:.0f}° from the target")
    return b0, b1, why


def target_area(text: str, year: int | None) -> tuple[str, tuple[float, float], float, str] | None:
    """(label, centre (lat, lon), radius km, source) of the nominal landing area of the article's vehicle in that
    year: one circle holding every zone it may have aimed at; None when the vehicle is not known."""
    from geo.geodesy import destination, distance_km

    vehicle = vehicle_of(text)
    if vehicle is None:
        return None
    by_id = {s.id: s for s in sites()}
    zones = [by_id[i] for i, y0, y1 in _TARGETS[vehicle] if i in by_id and (year is None or y0 <= year <= y1)]
    if not zones:
        return None
    if len(zones) == 1:
        z = zones[0]
        return f"the nominal {vehicle} landing area ({z.name})", (z.lat, z.lon), z.radius_km, z.source
    a, b = zones[0], zones[1]
    from geo.geodesy import bearing_deg

    d = distance_km(a.lat, a.lon, b.lat, b.lon)
    mid = destination(a.lat, a.lon, bearing_deg(a.lat, a.lon, b.lat, b.lon), d / 2)
    radius = d / 2 + max(z.radius_km for z in zones)
    names = " or ".join(z.name for z in zones)
    return f"the nominal {vehicle} landing area ({names})", mid, radius, " | ".join(z.source for z in zones)
