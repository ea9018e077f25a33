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

The other targets of ``bench/fuzz.py`` (:data:`TARGETS`): ``decode`` (arbitrary bytes as a dropped .txt,
.html, .md or .jsonl file: refused with a reason, or clean text that maps), ``locate`` (random published
dates and drawn constraints: bow-ties, tiny shapes, out of range, across the antimeridian, at a pole, holes,
non-polygons; a ``GeometryError`` refusal is allowed) and ``export`` (every format parsed back by its own
reader). Below them: the known failures the fuzzer skips while their fix is pending, the corpus format of
``tests/fuzz_corpus/`` and the shrinker.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date
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
        if g is None:  # RFC 7946 §3.2: a region too small for the output's precision (never the best point)
            assert f["properties"].get("role") not in ("best", "anchor"), (where, i, "point with no geometry")
            continue
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

    est = geo.locate(text, published, prior=prior)
    return check_estimate(est, text)


# ── decoding: raw bytes as a file dropped on the dashboard or read by the batch ─────────────────────────────

# What ``decode`` may say about a file it refuses (``InputError.reason``); anything else is a new failure mode.
DECODE_REASONS = frozenset({"empty", "too-large", "binary", "no-text", "encoding"})
# File names pick the decoder's path (HTML, Markdown, plain text) and the batch's JSON Lines reader.
DECODE_NAMES = ("x.txt", "x.html", "x.htm", "x.md", "x.jsonl", "x.ndjson", "x.TXT", "x.HTML", "x", "x.pdf", None)
JSONL_NAMES = (".jsonl", ".ndjson")
CODECS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1251", "koi8-r", "latin-1",
          "cp1252", "iso-8859-5", "mac_cyrillic", "cp866", "shift_jis", "gb18030", "big5", "iso-8859-2")
MAGIC = (b"%PDF-1.7\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"\x1f\x8b\x08",
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"SQLite format 3\x00",
         b"\x7fELF", b"{\\rtf1", b"<?xml version='1.0'?>", b"\x00")
CHARSETS = ("utf-8", "UTF-8", "windows-1251", "koi8-r", "iso-8859-1", "utf-16", "x-user-defined", "bogus-42",
            "", "utf-8\"; x=\"", "ＵＴＦ８")
ENTITIES = ("&amp;", "&nbsp;", "&#xFFFE;", "&#0;", "&#1;", "&#x1FFFF;", "&#1114112;", "&#x110000;", "&#99999999999;",
            "&#xD800;", "&lt;script&gt;", "&bogus;", "&#", "&#x;", "&mdash;", "&#8203;")
TAGS = ("p", "div", "span", "script", "style", "title", "h1", "article", "main", "br", "noscript", "template",
        "svg", "math", "table", "td", "iframe", "textarea", "pre", "a", "meta", "head", "body", "html")


@st.composite
def html_page(draw: st.DrawFn) -> str:
    """An HTML page built around article text: charset declarations, titles, scripts, entities, broken tags."""
    body = []
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(st.sampled_from(TAGS))
        inner = draw(st.one_of(fragment(), st.sampled_from(ENTITIES), st.just("")))
        close = draw(st.sampled_from((f"</{tag}>", "", f"</{tag}", "<!--", "]]>")))
        attrs = draw(st.sampled_from(("", ' class="article"', ' onerror="x"', ' style="display:none"', " hidden",
                                      ' lang="ru"', " =", ' href="javascript:alert(1)"')))
        body.append(f"<{tag}{attrs}>{inner}{close}")
    head = draw(st.sampled_from(("", "<head>", "<head><meta charset={cs}>", '<meta http-equiv="Content-Type" '
                                 'content="text/html; charset={cs}">', "<title>{title}</title>",
                                 "<head><title>{title}</title><meta charset='{cs}'></head>")))
    head = head.format(cs=draw(st.sampled_from(CHARSETS)),
                       title=draw(st.one_of(st.sampled_from(TOWNS + UNICODE_JUNK + ENTITIES), st.text(max_size=30))))
    doctype = draw(st.sampled_from(("", "<!DOCTYPE html>", "<!doctype html><html>", "<?xml version='1.0'?>")))
    return f"{doctype}{head}<body>{''.join(body)}{draw(article_text())}" + draw(st.sampled_from(("", "</body>")))


@st.composite
def jsonl_records(draw: st.DrawFn) -> str:
    """JSON Lines as a scraper writes them: records with or without text, title, published, id, and broken lines."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        rec: dict[str, Any] = {}
        if draw(st.booleans()):
            rec["text"] = draw(st.one_of(article_text(), st.integers(), st.none(), st.lists(st.text(max_size=5))))
        if draw(st.booleans()):
            rec["title"] = draw(st.one_of(st.sampled_from(UNICODE_JUNK + TOWNS), st.text(max_size=30), st.integers()))
        if draw(st.booleans()):
            rec["published"] = draw(st.one_of(st.dates().map(str), st.sampled_from(("2022-02-30", "yesterday", "", "0")),
                                              st.integers(), st.floats()))
        if draw(st.booleans()):
            rec["id"] = draw(st.one_of(st.integers(), st.text(max_size=10), st.none()))
        if draw(st.integers(0, 5)) == 0:
            rec["error"] = draw(st.text(max_size=20))
        line = json.dumps(rec, ensure_ascii=draw(st.booleans()))
        line = draw(st.sampled_from((line, line, line[: len(line) // 2], "[1, 2]", "null", '"text"', "{", "",
                                     line.replace('"text": "', '"text": "\\ud800', 1), '{"text": NaN}',
                                     '{"text": "a", "id": 1' + "0" * 5000 + "}")))
        lines.append(line)
    return draw(st.sampled_from(("\n", "\r\n", "\n\n"))).join(lines)


@st.composite
def raw_bytes(draw: st.DrawFn) -> bytes:
    """Bytes of a dropped file: random bytes, article text in a random encoding, an HTML page, JSON Lines,
    each sometimes behind a magic number or a BOM, or with a few bytes changed."""
    kind = draw(st.sampled_from(("binary", "text", "text", "html", "html", "jsonl")))
    if kind == "binary":
        data = draw(st.binary(max_size=2000))
    else:
        text = draw({"text": article_text(), "html": html_page(), "jsonl": jsonl_records()}[kind])
        codec = "utf-8" if kind == "jsonl" else draw(st.sampled_from(CODECS))
        data = text.encode(codec, errors=draw(st.sampled_from(("replace", "ignore", "surrogatepass")))
                           if codec.startswith("utf") else draw(st.sampled_from(("replace", "ignore"))))
    if draw(st.integers(0, 5)) == 0:
        data = draw(st.sampled_from(MAGIC)) + data
    for _ in range(draw(st.integers(0, 3)) if draw(st.booleans()) else 0):
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(min_size=1, max_size=4)) + data[i + draw(st.integers(0, 2)):]
    return data


def decode_input() -> st.SearchStrategy[dict]:
    """The ``decode`` target's input: ``{"data": bytes, "name": file name or None}``."""
    return st.fixed_dictionaries({"data": raw_bytes(), "name": st.sampled_from(DECODE_NAMES)})


# ── shapes drawn on the map (constraints) and publication dates ─────────────────────────────────────────────

ZHEZKAZGAN_LONLAT = (67.70628, 47.79411)


def _lon() -> st.SearchStrategy[float]:
    return st.one_of(st.floats(-180, 180), st.floats(-720, 720), st.sampled_from((-180.0, 180.0, 179.9999, -0.0)),
                     st.floats(60, 75))


def _lat() -> st.SearchStrategy[float]:
    return st.one_of(st.floats(-90, 90), st.floats(-100, 100), st.sampled_from((-90.0, 90.0, 89.9999)),
                     st.floats(40, 55))


def _closed(ring: list[list[float]]) -> list[list[float]]:
    return [*ring, ring[0]] if ring else ring


@st.composite
def ring(draw: st.DrawFn) -> list[list[float]]:
    """One linear ring, of the kinds that broke the engine before: a bow-tie, a shape smaller than a metre, one
    out of range or across the antimeridian, a circle of any radius, a degenerate line, or random points."""
    kind = draw(st.sampled_from(("random", "box", "bowtie", "tiny", "antimeridian", "circle", "degenerate",
                                 "pole", "far-copy", "huge")))
    cx, cy = draw(st.one_of(st.just(ZHEZKAZGAN_LONLAT), st.tuples(_lon(), _lat())))
    w = draw(st.one_of(st.floats(1e-9, 1e-3), st.floats(1e-3, 10), st.floats(10, 400)))
    h = draw(st.one_of(st.floats(1e-9, 1e-3), st.floats(1e-3, 10), st.floats(10, 200)))
    if kind == "random":
        pts = draw(st.lists(st.tuples(_lon(), _lat()).map(list), min_size=0, max_size=12))
        return _closed(pts) if draw(st.booleans()) else pts
    if kind == "box":
        return _closed([[cx, cy], [cx + w, cy], [cx + w, cy + h], [cx, cy + h]])
    if kind == "bowtie":
        return _closed([[cx, cy], [cx + w, cy + h], [cx + w, cy], [cx, cy + h]])
    if kind == "tiny":
        d = draw(st.floats(1e-12, 1e-5))
        return _closed([[cx, cy], [cx + d, cy], [cx + d, cy + d]])
    if kind == "antimeridian":
        west = draw(st.sampled_from((170.0, 179.0, 179.999, -190.0, 175.0)))
        east = draw(st.sampled_from((-170.0, 190.0, -179.0, 185.0, -175.0, 180.0)))
        lo, hi = sorted((cy, cy + h))
        return _closed([[west, lo], [east, lo], [east, hi], [west, hi]])
    if kind == "circle":
        n = draw(st.integers(3, 64))
        r = draw(st.one_of(st.floats(1e-8, 1), st.floats(1, 120)))
        return _closed([[cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)]
                        for i in range(n)])
    if kind == "degenerate":
        return draw(st.sampled_from((
            [[cx, cy], [cx + w, cy], [cx, cy]],  # a line, closed
            [[cx, cy], [cx, cy], [cx, cy], [cx, cy]],  # one point four times
            [[cx, cy], [cx + w, cy + h], [cx + 2 * w, cy + 2 * h], [cx, cy]],  # collinear
            [[cx, cy]], [],
        )))
    if kind == "pole":
        lat = draw(st.sampled_from((90.0, -90.0, 89.999, -89.999)))
        return _closed([[-180.0, lat], [180.0, lat], [180.0, lat - math.copysign(h % 30 + 1, lat)],
                        [-180.0, lat - math.copysign(h % 30 + 1, lat)]])
    if kind == "far-copy":
        k = draw(st.integers(-15, 15)) * 360
        return _closed([[cx + k, cy], [cx + k + w % 20 + 0.1, cy], [cx + k + w % 20 + 0.1, cy + 1]])
    return _closed([[-180 - w, -89.0], [180 + w, -89.0], [180 + w, 89.0], [-180 - w, 89.0]])  # huge


@st.composite
def constraint(draw: st.DrawFn) -> Any:
    """A constraint as the dashboard or the CLI would hand it over: a GeoJSON (Multi)Polygon, sometimes in a
    Feature, sometimes not a polygon at all or not well-formed (NaN, strings, wrong nesting)."""
    kind = draw(st.sampled_from(("polygon", "polygon", "polygon", "holes", "multi", "feature", "garbage")))
    if kind == "polygon":
        return {"type": "Polygon", "coordinates": [draw(ring())]}
    if kind == "holes":
        return {"type": "Polygon", "coordinates": [draw(ring()), *draw(st.lists(ring(), min_size=1, max_size=2))]}
    if kind == "multi":
        return {"type": "MultiPolygon", "coordinates": [[draw(ring())] for _ in range(draw(st.integers(0, 3)))]}
    if kind == "feature":
        return {"type": "Feature", "properties": {}, "geometry": draw(constraint())}
    return draw(st.sampled_from((
        {"type": "Point", "coordinates": [67.0, 47.0]},
        {"type": "LineString", "coordinates": [[67.0, 47.0], [68.0, 48.0]]},
        {"type": "Polygon"}, {"type": "Polygon", "coordinates": None}, {"type": "Polygon", "coordinates": []},
        {"type": "Polygon", "coordinates": [[["a", "b"], ["c", "d"], ["e", "f"], ["a", "b"]]]},
        {"type": "Polygon", "coordinates": [[[math.nan, 47.0], [68.0, 47.0], [68.0, 48.0], [math.nan, 47.0]]]},
        {"type": "Polygon", "coordinates": [[[math.inf, 47.0], [68.0, 47.0], [68.0, 48.0], [math.inf, 47.0]]]},
        {"type": "Polygon", "coordinates": [[[67.0, 47.0, 5.0], [68.0, 47.0, 5.0], [68.0, 48.0, 5.0],
                                             [67.0, 47.0, 5.0]]]},
        {"type": "Polygon", "coordinates": [[67.0, 47.0], [68.0, 47.0], [68.0, 48.0]]},  # one level short
        {"type": "Polygon", "coordinates": [[[[67.0, 47.0]]]]},  # one level too deep
        {"type": "Polygon", "coordinates": [[[67, 47], [68, 47], [68, 48], [67, 47]]], "bbox": "x"},
        {"type": "Feature", "geometry": None}, {"type": "FeatureCollection", "features": []}, {}, {"type": 5},
        {"type": "MultiPolygon", "coordinates": [[]]}, {"type": "GeometryCollection", "geometries": []},
    )))


def published() -> st.SearchStrategy[str | None]:
    """A publication date as the CLI's ``--published`` or a JSON Lines record gives it: none, or any ISO date
    from year 1 to 9999 (most near the space age, where the catalog and the region names have dates)."""
    return st.one_of(st.none(), st.dates(date(1957, 1, 1), date(2100, 12, 31)).map(date.isoformat),
                     st.dates().map(date.isoformat), st.sampled_from(("", "0001-01-01", "9999-12-31", "2000-02-29")))


def locate_input() -> st.SearchStrategy[dict]:
    """The ``locate`` target's input: text, published date, prior on or off, and 0-3 constraints."""
    return st.fixed_dictionaries({"text": any_text(), "published": published(), "prior": st.booleans(),
                                  "constraints": st.lists(constraint(), max_size=3)})


def export_input() -> st.SearchStrategy[dict]:
    """The ``export`` target's input: a ``locate`` input plus a title (a hostile one goes into every format)."""
    return st.fixed_dictionaries({
        "text": any_text(), "published": published(), "prior": st.booleans(),
        "constraints": st.lists(constraint(), max_size=2),
        "title": st.one_of(st.none(), st.text(max_size=60), st.sampled_from(UNICODE_JUNK + TOWNS),
                           st.sampled_from(("=HYPERLINK(\"http://evil\")", "@SUM(A1)", "<b>x</b>", "]]><x/>"))),
    })


# ── the properties of the three targets ─────────────────────────────────────────────────────────────────────


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _clean_text(s: str, where: str) -> None:
    """No character an export cannot carry: decoding removes them (``geo.textio.scrub``), the exporters too."""
    from geo.textio import scrub

    assert scrub(s) == s, (where, "unwritable character", sorted({hex(ord(c)) for c in s if c not in scrub(c)}))


def check_decode(data: bytes, name: str | None) -> None:
    """``decode`` either refuses the bytes with a user message (InputError) or returns clean text that maps;
    a JSON Lines name also goes through the batch's record reader, which refuses a bad record in its row."""
    from geo.textio import InputError, decode

    try:
        article = decode(data, name=name)
    except InputError as exc:
        assert str(exc).strip() and exc.reason in DECODE_REASONS, ("decode", "refusal", exc.reason, str(exc)[:80])
    else:
        assert article.text.strip(), ("decode", "empty text returned")
        _clean_text(article.text, "decode text")
        _clean_text(article.title or "", "decode title")
        article.text.encode("utf-8")  # a lone surrogate would raise here
        check_output(article.text)
    if name and name.lower().endswith(JSONL_NAMES):
        check_jsonl(data)


def check_jsonl(data: bytes) -> None:
    """Each line through the batch's JSON Lines record reader: a row, never an exception."""
    from geo import batch

    for lineno, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            continue  # the reader makes an error row of it before any parsing (batch._iter_jsonl)
        if not line.strip():
            continue
        row = batch._from_record(f"x.jsonl#{lineno}", line, None, True)  # exceptions propagate (process_one hides them)
        assert row.status in (*STATUSES, "error"), ("jsonl", "row status", row.status)
        _clean_text(row.title or "", "jsonl title")


def run_locate(inp: dict) -> Any:
    """``geo.locate`` on a target input; None when a constraint is refused (GeometryError, the allowed outcome)."""
    import geo
    from geo.geodesy import GeometryError

    try:
        return geo.locate(inp["text"], inp.get("published"), prior=inp.get("prior", True),
                          constraints=inp.get("constraints", ()), title=inp.get("title"))
    except GeometryError as exc:
        assert inp.get("constraints"), ("locate", "GeometryError without a constraint")
        assert str(exc).strip() and exc.reason == "geometry", ("locate", "GeometryError message", exc.reason)
        return None


def check_locate(inp: dict) -> dict | None:
    """The output contract of :func:`check_output`, for any published date and any constraints."""
    est = run_locate(inp)
    if est is None:
        return None
    return check_estimate(est, inp["text"])


def check_estimate(est: Any, text: str) -> dict:
    """An estimate's GeoJSON obeys the output contract (see :func:`check_output`); return it."""
    from geo.export import to_geojson

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


EXPORT_FORMATS = ("geojson", "kml", "gpx", "gpkg", "csv", "html")


def check_exports(inp: dict) -> None:
    """Every exporter's output for the estimate, parsed back by the reader its format is for."""
    from geo import export
    from geo.mapping import to_html

    est = run_locate(inp)
    if est is None:
        return
    assert set(export.FORMATS) | {"html"} == set(EXPORT_FORMATS), ("export", "a format the fuzzer does not check")
    geojson = export.render(est, "geojson")
    doc = json.loads(geojson.decode("utf-8"))  # strict UTF-8, strict JSON: what the other formats must hold
    for fmt in EXPORT_FORMATS:
        check_export(fmt, geojson if fmt == "geojson" else to_html(est) if fmt == "html" else export.render(est, fmt),
                     doc)


def check_export(fmt: str, data: bytes, doc: dict) -> None:
    """One export is well-formed and holds what the GeoJSON ``doc`` of the same estimate holds.

    GeoJSON by ``check_geojson`` (RFC 7946, geojson-validator, shapely), KML by an XML parser, GPX by gpxpy and
    an XML parser, CSV by the csv module (formula cells neutralised), GeoPackage by GDAL (pyogrio) and SQLite's
    integrity check, HTML by lxml after strict UTF-8 decoding.
    """
    import csv
    import io
    import xml.etree.ElementTree as ET

    placed = [f for f in doc["features"] if f.get("geometry")]
    if fmt == "geojson":
        check_geojson(json.loads(data.decode("utf-8")), where="geojson export")
        for s in _strings(doc):
            _clean_text(s, "geojson")
    elif fmt == "kml":
        root = ET.fromstring(data)
        assert root.tag.endswith("kml"), ("kml", "root", root.tag)
        marks = [e for e in root.iter() if e.tag.endswith("Placemark")]
        assert len(marks) == len(placed), ("kml", "placemarks", len(marks), len(placed))
    elif fmt == "gpx":
        import gpxpy

        ET.fromstring(data)
        g = gpxpy.parse(data.decode("utf-8"))
        assert g.name, ("gpx", "no name")
        assert len(g.waypoints) + len(g.tracks) == len(placed), ("gpx", "items", len(g.waypoints), len(g.tracks))
        for p in [*g.waypoints, *(pt for t in g.tracks for s in t.segments for pt in s.points)]:
            assert -90 <= p.latitude <= 90 and -180 <= p.longitude <= 180, ("gpx", "position", p.latitude, p.longitude)
    elif fmt == "csv":
        from shapely import wkt

        from geo.export import CSV_FORMULA_STARTS

        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
        assert len(rows) == len(doc["features"]), ("csv", "rows", len(rows), len(doc["features"]))
        for r in rows:
            for v in r.values():
                assert not (v or "").startswith(CSV_FORMULA_STARTS) or _is_number(v), ("csv", "formula cell", v[:40])
                _clean_text(v or "", "csv")
            if r.get("wkt"):
                wkt.loads(r["wkt"])  # parses (validity is checked on the GeoJSON)
    elif fmt == "gpkg":
        _check_gpkg(data, doc)
    elif fmt == "html":
        import lxml.html

        text = data.decode("utf-8")
        root = lxml.html.document_fromstring(text)
        assert root.find(".//body") is not None, ("html", "no body")
        for s in (doc["touchdown"]["article"].get("title") or "",):
            _clean_text(s, "html title")
    else:
        raise AssertionError(("export", "unknown format", fmt))


def _is_number(cell: str) -> bool:
    """A cell that is a number as written ("-63.2"): a spreadsheet reads it as a number, never as a formula."""
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False


def _check_gpkg(data: bytes, doc: dict) -> None:
    import sqlite3
    import tempfile
    from pathlib import Path

    import pyogrio

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "out.gpkg"
        p.write_bytes(data)
        layers = pyogrio.list_layers(p)
        assert len(layers), ("gpkg", "no layer")
        n = 0
        for name, _ in layers:
            df = pyogrio.read_dataframe(p, layer=name)
            n += 0 if name == "status" else len(df)
        placed = [f for f in doc["features"] if f.get("geometry")]
        assert n == len(placed), ("gpkg", "rows", n, len(placed))
        with sqlite3.connect(p) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", ("gpkg", "integrity")


# ── targets: what bench/fuzz.py runs and tests/test_fuzz.py replays from tests/fuzz_corpus/ ─────────────────

TARGETS: dict[str, tuple[Callable[[], st.SearchStrategy[dict]], Callable[[dict], Any]]] = {
    "text": (lambda: any_text().map(lambda t: {"text": t}), lambda inp: check_output(inp["text"])),
    "decode": (decode_input, lambda inp: check_decode(inp["data"], inp.get("name"))),
    "locate": (locate_input, check_locate),
    "export": (export_input, check_exports),
}


def run_target(target: str, inp: dict) -> None:
    """Run one input through one target's property (raises what the property raises)."""
    TARGETS[target][1](inp)


# ── known failures: inputs the fuzzer skips while their fix is pending (each has an xfail corpus entry) ───────


def _has_empty_ring(geom: Any) -> bool:
    """A (Multi)Polygon, bare or in a Feature, with a ring that has no positions (``[]``)."""
    if not isinstance(geom, dict):
        return False
    if geom.get("type") == "Feature":
        return _has_empty_ring(geom.get("geometry"))
    coords = geom.get("coordinates")
    if not isinstance(coords, list):
        return False
    polys = coords if geom.get("type") == "MultiPolygon" else [coords]
    return any(isinstance(p, list) and any(r == [] for r in p[1:]) for p in polys)


def _has_long_edge(geom: Any) -> bool:
    """A ring, anywhere in a (Multi)Polygon or Feature, with an edge spanning more than 180° of longitude
    (not along a pole, where every longitude is the same point)."""
    def rings(x: Any) -> list[list]:
        if isinstance(x, list) and x and all(_is_position(p) for p in x):
            return [x]
        return [r for v in x for r in rings(v)] if isinstance(x, list) else []

    if not isinstance(geom, dict):
        return False
    if geom.get("type") == "Feature":
        return _has_long_edge(geom.get("geometry"))
    return any(abs(b[0] - a[0]) > 180 and not abs(a[1]) == abs(b[1]) == 90
               for r in rings(geom.get("coordinates")) for a, b in zip(r, r[1:], strict=False))


_OFFSET_LABEL = re.compile(r"(?:UTC|GMT)\s?[+\u2212-]\s?(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def _has_huge_offset(inp: dict) -> bool:
    """Text (or bytes, read loosely) with a "GMT-91"-like label: an offset of 24 hours or more."""
    texts = [v for v in (inp.get("text"), inp.get("title")) if isinstance(v, str)]
    if isinstance(inp.get("data"), bytes):
        texts.append(inp["data"].replace(b"\x00", b"").decode("utf-8", "ignore"))
        texts.append(inp["data"].replace(b"\x00", b"").decode("latin-1"))
    return any(int(m[1]) * 60 + int(m[2] or 0) >= 24 * 60 for t in texts for m in _OFFSET_LABEL.finditer(t))


def _is_position(p: Any) -> bool:
    return isinstance(p, list) and len(p) >= 2 and all(isinstance(v, (int, float)) for v in p[:2])


# corpus file name -> predicate. While one is here, bench/fuzz.py skips the inputs it matches (so a long run
# reports the failures that are new, not the same one a thousand times) and tests/test_fuzz.py checks that
# the predicate still matches its corpus entry, which is xfail(strict): once fixed, the XPASS says to remove both.
KNOWN_FAILURES: dict[str, Callable[[str, dict], bool]] = {
    # none open: the empty-hole segfault, the edge over 180°, the offset beyond ±14 h and the huge JSON integer
    # found by the first runs are fixed (geodesy.clean_geometry, extract.times, batch._from_record); their corpus
    # entries are regression tests now.
}


def known_failure(target: str, inp: dict) -> str | None:
    """The corpus entry of a known, not yet fixed failure this input would hit, or None."""
    return next((name for name, hit in KNOWN_FAILURES.items() if hit(target, inp)), None)


# ── the corpus: every failure the fuzzer found, minimised, one JSON file each in tests/fuzz_corpus/ ───────────


def input_to_json(inp: dict) -> dict:
    """A target input as JSON: bytes as ``{"base64": ...}`` (everything else is JSON already; NaN is allowed)."""
    import base64

    return {k: {"base64": base64.b64encode(v).decode("ascii")} if isinstance(v, bytes) else v for k, v in inp.items()}


def input_from_json(obj: dict) -> dict:
    """The inverse of :func:`input_to_json`."""
    import base64

    return {k: base64.b64decode(v["base64"]) if isinstance(v, dict) and set(v) == {"base64"} else v
            for k, v in obj.items()}


def corpus_entry_text(entry: dict) -> str:
    """A corpus entry as the text of its file: readable UTF-8 where it can be, escapes where it must (a lone
    surrogate has no UTF-8 form)."""
    entry = {**entry, "input": input_to_json(entry["input"])}
    text = json.dumps(entry, ensure_ascii=False, indent=1)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(entry, ensure_ascii=True, indent=1)
    return text + "\n"


def load_corpus_entry(path: Any) -> dict:
    """One corpus file: ``target``, ``input`` (decoded), ``signature``, optional ``crash`` and ``xfail``."""
    from pathlib import Path

    entry = json.loads(Path(path).read_text(encoding="utf-8"))
    assert entry.get("target") in TARGETS, (str(path), "unknown target", entry.get("target"))
    return {**entry, "input": input_from_json(entry["input"])}


def input_size(inp: dict) -> int:
    """How big an input is, for keeping the shortest example of a failure and for shrinking."""
    return len(json.dumps(input_to_json(inp), ensure_ascii=False, default=str))


def _smaller_structures(inp: dict) -> list[dict]:
    """Inputs one structural step smaller: a field reset, a constraint, ring or vertex dropped, numbers rounded."""
    out: list[dict] = []
    for k, default in (("published", None), ("title", None), ("name", None)):
        if inp.get(k) is not None:
            out.append({**inp, k: default})
    cons = inp.get("constraints") or []
    for i in range(len(cons)):
        out.append({**inp, "constraints": cons[:i] + cons[i + 1:]})
    for i, c in enumerate(cons):
        for smaller in _smaller_geometries(c):
            out.append({**inp, "constraints": [*cons[:i], smaller, *cons[i + 1:]]})
    return out


def _smaller_geometries(g: Any) -> list[Any]:
    if not isinstance(g, dict):
        return []
    if g.get("type") == "Feature":
        return [g.get("geometry"), *({**g, "geometry": s} for s in _smaller_geometries(g.get("geometry")))]
    coords = g.get("coordinates")
    if not isinstance(coords, list):
        return []
    out = []
    for path, seq in _lists(coords, ()):
        for i in range(len(seq)):
            out.append({**g, "coordinates": _replace_at(coords, path, seq[:i] + seq[i + 1:])})
    rounded = _rounded(coords)
    if rounded != coords:
        out.append({**g, "coordinates": rounded})
    return out


def _lists(x: Any, path: tuple[int, ...]) -> list[tuple[tuple[int, ...], list]]:
    """Every nested list of a coordinates array with its path (positions are not split)."""
    if not isinstance(x, list) or (x and all(isinstance(v, (int, float)) for v in x)):
        return []
    return [(path, x), *(p for i, v in enumerate(x) for p in _lists(v, (*path, i)))]


def _replace_at(x: list, path: tuple[int, ...], value: list) -> list:
    if not path:
        return value
    return [_replace_at(v, path[1:], value) if i == path[0] else v for i, v in enumerate(x)]


def _rounded(x: Any) -> Any:
    if isinstance(x, float) and math.isfinite(x):
        return round(x, 1)
    if isinstance(x, list):
        return [_rounded(v) for v in x]
    return x


def _shrink_sequence(seq: Any, test: Callable[[Any], bool], time_left: Callable[[], bool]) -> Any:
    """Delta debugging, greedy: remove halves, then quarters, ... then single items while ``test`` holds."""
    chunk = max(1, len(seq) // 2)
    while chunk >= 1 and time_left():
        i = 0
        while i < len(seq) and time_left():
            cand = seq[:i] + seq[i + chunk:]
            if test(cand):
                seq = cand
            else:
                i += chunk
        chunk //= 2
    return seq


def shrink(inp: dict, still_fails: Callable[[dict], bool], seconds: float = 60.0) -> dict:
    """A smaller input on which ``still_fails`` is still true (the failure reproduces), within ``seconds``.

    Why our own: the harness records every failure and keeps going (hypothesis shrinks only the first, and
    cannot shrink a crash that kills the process), so each distinct one is shrunk afterwards by running
    candidates through ``still_fails``, which bench/fuzz.py evaluates in a child process.
    """
    import time

    end = time.monotonic() + seconds

    def time_left() -> bool:
        return time.monotonic() < end

    best = dict(inp)
    progress = True
    while progress and time_left():
        progress = False
        for field in ("text", "data", "title"):
            seq = best.get(field)
            if isinstance(seq, (str, bytes)) and seq:
                new = _shrink_sequence(seq, lambda s, f=field, b=best: still_fails({**b, f: s}), time_left)
                if len(new) < len(seq):
                    best, progress = {**best, field: new}, True
        for cand in _smaller_structures(best):
            if not time_left():
                break
            if input_size(cand) < input_size(best) and still_fails(cand):
                best, progress = cand, True
                break
    return best
