"""Hypothesis strategies for article-like and hostile text, and the property every Touchdown output must keep.

Why a module of its own: the same generators and the same property run in two places, a bounded number of
examples in CI (``tests/test_fuzz.py``) and ten thousand or more on demand (``bench/fuzz.py``); keeping
them here means the benchmark cannot drift from what the tests assert.

The generators mix real fragments of landing reports (numbers with thousands separators and decimal
commas, units and qualifiers in eight languages, compass words, towns in several scripts and misspelt,
region hints, landing times, written coordinates) with what breaks parsers: absurd numbers ("10^9 km",
"-5 km", "999°N", twenty-digit integers), control characters, bidirectional marks, combining marks,
very long words and arbitrary Unicode. Towns near the antimeridian and the poles are there on purpose:
a thousand kilometres from Anadyr or Longyearbyen is where geodesic shapes go wrong.

The property (:func:`check_output`): the pipeline never raises; ``status`` is one of the three in the
output contract; the FeatureCollection serialises with ``allow_nan=False`` and is valid RFC 7946 as
checked by ``geojson-validator`` (structure and geometry) and by shapely (``is_valid``), with every
position inside [-180, 180] x [-90, 90], exterior rings counter-clockwise and holes clockwise.
"""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import strategies as st
from loguru import logger
from shapely.geometry import shape

# geojson-validator logs every result at INFO to stderr through loguru: thousands of lines per fuzz run.
logger.disable("geojson_validator")

STATUSES = frozenset({"ok", "conflict", "nothing-to-map"})

# geojson-validator's "problematic" findings that are errors for Touchdown. Not flagged here: "holes" (a ring
# is a polygon with a hole), "excessive_vertices" (a geodesic ring has many), "duplicate_nodes" (legal), and
# "crosses_antimeridian": its check maps +180 to -180, so a polygon correctly split at the antimeridian
# (RFC 7946 §3.1.9) and ending on +180 is reported as crossing it. :func:`_no_antimeridian_jump` checks what
# the RFC actually asks.
FORBIDDEN_PROBLEMS = ("self_intersection", "inner_and_exterior_ring_intersect", "outside_lat_lon_boundaries",
                      "3d_coordinates", "excessive_coordinate_precision")

# ── fragments of real landing reports ───────────────────────────────────────────────────────────────────────

LANDING_CUES = (
    "The capsule landed", "landed", "touched down", "The Soyuz descent module came down", "splashed down",
    "a atterri", "La capsule s'est posée", "приземлился", "Спускаемый аппарат приземлился", "ist gelandet",
    "Die Kapsel landete", "aterrizó", "La cápsula aterrizó", "è atterrata", "pousou", "wylądował",
    "Капсула села", "The crew came down",
)
QUALIFIERS = (
    "nearly", "about", "some", "roughly", "more than", "up to", "within", "~", "≈", "approximately",
    "environ", "près de", "à peu près", "plus de", "примерно", "около", "почти", "более", "свыше",
    "rund", "etwa", "knapp", "mehr als", "unos", "cerca de", "circa", "oltre", "cerca de", "około",
    "prawie", "ponad", "just under", "at least",
)
NUMBERS = (
    "150", "148", "140", "100", "146", "55", "40", "1,600", "1.600", "1 600", "1\u202f600", "10,5", "10.5",
    "0", "0.0001", "-5", "-150", "10^9", "1e9", "1E9", "150000000", "99999999999999999999", "1e308",
    "1e999", "NaN", "inf", "½", "٣", "१५०", "１５０", "one hundred", "сто пятьдесят", "hundert",
    "1,000,000,000,000", "0,0", "00000150", "150.000.000", ".5", "5.", "1/2", "3-4", "150–160",
)
UNITS = (
    "km", "kilometres", "kilometers", "kilometre", "miles", "mile", "mi", "nautical miles", "nmi", "m",
    "kilomètres", "km.", "км", "километрах", "километров", "километра", "миль", "морских миль",
    "Kilometer", "Kilometern", "Meilen", "Seemeilen", "kilómetros", "millas", "chilometri", "miglia",
    "quilômetros", "milhas", "kilometrów", "mil", "verst", "вёрст", "公里", "كم", "קמ", "KM", "Km",
    "kilometres/h", "km/h", "km above the Earth", "km altitude",
)
DIRECTIONS = (
    "south-east of", "southeast of", "SE of", "ESE of", "west-southwest of", "north of", "to the north of",
    "au sud-est de", "au nord-est de", "à l'ouest de", "юго-восточнее", "к юго-востоку от", "северо-западнее",
    "südöstlich von", "südöstlich der", "nordwestlich von", "al sureste de", "al norte de", "a sud-est di",
    "a sudeste de", "na południowy wschód od", "from", "of", "away from", "outside", "от", "de", "von",
    "NNW of", "S of", "south-south-east of", "northeast from",
)
DESCRIPTORS = (
    "", "", "", "the city of", "the town of", "the mining town of", "la ville de", "der Stadt", "der Kupferstadt",
    "города", "посёлка", "la ciudad de", "la città di", "a cidade de", "miasta",
)
TOWNS = (
    # the Soyuz recovery area, in several scripts and case endings
    "Zhezkazgan", "Jezkazgan", "Dzhezkazgan", "Zhezqazghan", "Jezqazğan", "Sheskasgan", "Dżezkazganu",
    "Жезказган", "Жезказгана", "Жезқазған", "Arkalyk", "Arkalyk's", "Аркалыка", "Аркалык", "Karaganda",
    "Qaraghandy", "Караганды", "Baikonur", "Байконур", "Kzyl-Orda", "Kyzylorda", "Astana", "Almaty",
    # misspellings
    "Zhezkazghan", "Jezkazagn", "Zhezkazgn", "Dzhezkasgan", "Arkalik", "Karagandy", "Zhez-kazgan",
    # elsewhere, including near the antimeridian and the poles
    "Siziwang", "四子王旗", "Dongfeng", "Ulaanbaatar", "Улан-Батор", "Moscow", "Москва", "Paris", "Houston",
    "Wendover", "Anadyr", "Анадырь", "Suva", "Nuku'alofa", "Apia", "Longyearbyen", "Ushuaia", "Tiksi",
    "Utqiagvik", "McMurdo", "Petropavlovsk-Kamchatsky",
    # not places, or not in any gazetteer
    "Xyzzyville", "Springfield", "Nowhere", "The", "Earth", "ISS", "Soyuz", "Zzz'", "O'Brien-Smith",
)
HINTS = (
    "in central Kazakhstan", "in north-central Kazakhstan", "in the Karaganda region", "in Kazakhstan",
    "in the steppe of Kazakhstan", "in Inner Mongolia", "in Utah", "in the Ulytau region",
    "dans le centre du Kazakhstan", "au Kazakhstan", "в Казахстане", "в Карагандинской области",
    "в центральном Казахстане", "in der kasachischen Steppe", "im Gebiet Karaganda", "en Kazajistán",
    "in Kazakistan", "w centralnym Kazachstanie", "in the Gobi desert", "in Atlantis", "in the Sea of Tranquility",
)
TIMES = (
    "at 10:57 GMT", "at 0337 GMT", "в 07:24 по московскому времени", "at 12:57 p.m. (French time)",
    "um 5:59 Uhr MESZ", "à 3h31 heure de Paris", "at 9:13 a.m. local time", "at 25:99 UTC", "at 23:59:60 UTC",
    "on 29 September 2022", "on 31 February 2022", "on Tuesday", "2 июня 2010", "on 1 January 0001",
    "on 31 December 9999", "at 00:00 UTC on 29 February 2100", "heute um 10 Uhr", "at noon Baikonur time",
)
DATELINES = (
    "ALMATY, Kazakhstan, Sept. 29 (Reuters) -", "MOSCOW, April 10 (AP) —", "2 июня 2010", "Paris, le 14 mai 2018",
    "Updated 31/02/2022 25:61", "September 29, 2022", "",
)
COORDINATES = (
    "47.3833°N 69.65°E", "47.3833° N, 69.6500° E", "47°22′N 69°39′E", "47°22'59\"N 69°39'00\"E",
    "50 градусов северной широты и 67 градусов восточной долготы", "N 47.38 E 69.65", "47.38, 69.65",
    "999°N 999°E", "-91.5°N 200.0°E", "90°N 180°E", "90°S 180°W", "0°N 0°E", "89.9999°N 179.9999°W",
    "47.383333333333333333333°N 69.65°E", "1e9°N 5°E", "-0°N -0°E", "47°N", "69°E",
)
UNICODE_JUNK = (
    "\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u00ad",
    "\u0301\u0301\u0301", "\u0338", "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\t",
    "\x0b", "\x0c", "🚀", "🪂👩‍🚀", "🇰🇿", "𝟏𝟓𝟎", "ﷺ", "Ꙭ", "\U0010fffd", "\ufffd", "\\u0000", "%s%n",
    "${alert(1)}", "`", "\\", "<script>", "]]>", "{{7*7}}", "'\"", "&amp;", "&#0;",
)
SEPARATORS = (" ", " ", " ", "\n", "\n\n", ", ", ". ", " — ", "\t", "\u00a0", "\u200f", "", "\r\n")


@st.composite
def long_word(draw: st.DrawFn) -> str:
    """One "word" of 200-6000 characters: what a pasted base64 blob or a stuck key looks like."""
    n = draw(st.integers(min_value=200, max_value=6000))
    seed = draw(st.sampled_from(("a", "Zhezkazgan", "км", "9", "-", "ñ", "\u0301", "kilometres")))
    return (seed * (n // len(seed) + 1))[:n]


@st.composite
def distance(draw: st.DrawFn) -> str:
    """A number and a unit: a sampled real or absurd number, or a generated one with separators."""
    number = draw(st.one_of(
        st.sampled_from(NUMBERS),
        st.integers(min_value=-(10**25), max_value=10**25).map(str),
        st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
        st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.decimals(min_value=0, max_value=10**6, places=3).map(lambda d: str(d).replace(".", ",")),
    ))
    space = draw(st.sampled_from(("", " ", " ", "\u00a0", "\u202f", "  ")))
    return f"{number}{space}{draw(st.sampled_from(UNITS))}"


@st.composite
def statement(draw: st.DrawFn) -> str:
    """One landing-statement-like sentence with parts randomly left out or replaced by junk."""
    parts = [
        draw(st.sampled_from(LANDING_CUES)),
        draw(st.sampled_from(("", "", *QUALIFIERS))),
        draw(distance()),
        draw(st.sampled_from(DIRECTIONS)),
        draw(st.sampled_from(DESCRIPTORS)),
        draw(st.sampled_from(TOWNS)),
    ]
    if draw(st.integers(0, 4)) == 0:
        parts[2] = ""  # direction only, or "near X"
    if draw(st.integers(0, 3)) == 0:
        parts.append(draw(st.sampled_from(HINTS)))
    if draw(st.integers(0, 3)) == 0:
        parts.append(draw(st.sampled_from(TIMES)))
    if draw(st.integers(0, 5)) == 0:
        i = draw(st.integers(0, len(parts)))
        parts.insert(i, draw(st.sampled_from(UNICODE_JUNK)))
    return " ".join(p for p in parts if p) + draw(st.sampled_from((".", ".", "", "!", ";", "\n")))


@st.composite
def fragment(draw: st.DrawFn) -> str:
    """Any one piece of an article: a statement, a loose fragment, junk or random text."""
    return draw(st.one_of(
        statement(),
        statement(),
        distance(),
        st.sampled_from(TOWNS),
        st.sampled_from(HINTS),
        st.sampled_from(TIMES),
        st.sampled_from(DATELINES),
        st.sampled_from(COORDINATES).map(lambda c: f"The capsule landed at {c}."),
        st.sampled_from(COORDINATES),
        st.sampled_from(QUALIFIERS + DIRECTIONS + UNITS),
        st.sampled_from(UNICODE_JUNK),
        st.text(max_size=40),
        long_word(),
    ))


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """An article-like text: 1-12 fragments joined by sentence and line separators."""
    pieces = draw(st.lists(fragment(), min_size=1, max_size=12))
    out = []
    for p in pieces:
        out.append(p)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


def random_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode (no lone surrogates: a Python str from a decoded file or a browser never has them)."""
    return st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


def any_text() -> st.SearchStrategy[str]:
    """What the fuzzers feed the pipeline: mostly article-like text, sometimes pure random Unicode."""
    return st.one_of(article_text(), article_text(), article_text(), random_text())


# ── the property ────────────────────────────────────────────────────────────────────────────────────────────


def _positions(coords: Any) -> list[list[float]]:
    if coords and isinstance(coords[0], (int, float)):
        return [coords]
    return [p for c in coords for p in _positions(c)]


def _no_antimeridian_jump(ring: list[list[float]]) -> bool:
    """No edge spans more than 180° of longitude (RFC 7946 §3.1.9: cut at the antimeridian instead).

    An edge along a pole (both ends at latitude ±90) is exempt: it is how a region that holds the pole is
    closed in longitude/latitude (the pole is one point, whatever the longitude), as Natural Earth's
    Antarctica is.
    """
    return all(abs(b[0] - a[0]) <= 180 or abs(a[1]) == abs(b[1]) == 90 for a, b in zip(ring, ring[1:], strict=False))


def check_geojson(doc: dict, where: str = "") -> None:
    """Assert that a Touchdown FeatureCollection is valid RFC 7946 (raises AssertionError saying what is not)."""
    from geojson_validator import validate_geometries, validate_structure
    from shapely.geometry import MultiPolygon, Polygon

    text = json.dumps(doc, allow_nan=False, ensure_ascii=False)  # NaN or Infinity anywhere raises ValueError
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection", where
    assert doc["touchdown"]["status"] in STATUSES, (where, doc["touchdown"]["status"])
    structure = validate_structure(doc, check_crs=True)
    assert structure == {}, (where, structure)
    if not doc["features"]:
        return
    result = validate_geometries(doc)
    assert result["invalid"] == {}, (where, result["invalid"])
    bad = {k: v for k, v in result["problematic"].items() if k in FORBIDDEN_PROBLEMS}
    assert bad == {}, (where, bad)
    for i, f in enumerate(doc["features"]):
        g = f["geometry"]
        for lon, lat, *rest in _positions(g["coordinates"]):
            assert not rest, (where, i, "3-D position")
            assert math.isfinite(lon) and math.isfinite(lat), (where, i, lon, lat)
            assert -180 <= lon <= 180 and -90 <= lat <= 90, (where, i, f["properties"].get("role"), lon, lat)
        geom = shape(g)
        assert geom.is_valid, (where, i, f["properties"].get("role"), _explain(geom))
        polys = [geom] if isinstance(geom, Polygon) else list(geom.geoms) if isinstance(geom, MultiPolygon) else []
        for p in polys:
            assert not p.is_empty, (where, i, "empty polygon")
            assert p.exterior.is_ccw, (where, i, "exterior ring not counter-clockwise")
            assert all(not h.is_ccw for h in p.interiors), (where, i, "hole not clockwise")
            for ring in (p.exterior, *p.interiors):
                assert _no_antimeridian_jump([list(c) for c in ring.coords]), (where, i, "edge crosses 180°")


def _explain(geom: Any) -> str:
    from shapely.validation import explain_validity

    return explain_validity(geom)


def check_output(text: str, *, published: str | None = None, prior: bool = True) -> dict:
    """Run the whole pipeline on ``text`` and assert the output contract; return the FeatureCollection.

    ``geo.locate`` (extract -> gazetteer -> regions -> fuse), then ``geo.export.to_geojson``; every
    exception propagates, so a crash fails the property with its traceback.
    """
    import geo
    from geo.export import to_geojson

    est = geo.locate(text, published, prior=prior)
    assert est.status in STATUSES, est.status
    doc = to_geojson(est)
    check_geojson(doc, where=repr(text[:200]))
    roles = [f["properties"]["role"] for f in doc["features"]]
    if est.status == "nothing-to-map":
        assert "estimate" not in roles and "best" not in roles, roles
    elif est.status == "ok":
        assert roles.count("estimate") == 1 and roles.count("best") == 1, roles
    for f in doc["features"]:
        p = f["properties"]
        if p["role"] == "statement" and p.get("span"):
            s, e = p["span"]
            assert 0 <= s <= e <= len(text), (p["span"], len(text))
        if p["role"] == "best":
            assert -90 <= p["decimalLatitude"] <= 90 and -180 <= p["decimalLongitude"] <= 180, p
            assert p["coordinateUncertaintyInMeters"] >= 0, p
    return doc
