"""Coordinates written in the text, with the uncertainty their precision implies.

Decimal ("47.38 N, 69.65 E", "47.38°N 69.65°E"), degrees-minutes-seconds ("50°59' N and
67°18' E", "47°21′08″N") and words ("50 degrees north latitude", "50 градусов северной
широты", "50 Grad nördlicher Breite"). The precision is the size of the last written
unit (1° for whole degrees, 1' for minutes, 0.01° for two decimals): the true point lies
within half of it (Chapman & Wieczorek 2020, coordinate precision).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.model import Piece, Statement

_DEG = (r"(?:°|º|˚|\s*(?:degrees|degree|градусов|градуса|градус|degrés|degré|degres|degre|grados|grado|gradi|grad"
        r"|graus|grau|stopnia|stopni|deg\.|deg)(?![\w]))")
_MIN = r"(?:['′’]|\s*(?:minutes?|минут(?:ы|а)?|min\.?|minuten|minutos|minuti|minut(?:y)?))"
_SEC = r"(?:[\"″”]|''|\s*(?:seconds?|секунд(?:ы|а)?|sekunden|secondes|segundos|secondi|sekund(?:y)?))"
_NUM = r"(\d{1,3}(?:[.,]\d+)?)"
# Russian and Ukrainian abbreviate the hemisphere with the axis: "с. ш." / "пн. ш." (northern latitude),
# "ю. ш." / "пд. ш.", "в. д." / "сх. д." (eastern longitude), "з. д." / "зх. д.". Their letters say both, so
# each abbreviation is a hemisphere word (the axis follows from the letter).
_ABBR_N = r"(?:с|пн)\.\s?ш\.?"
_ABBR_S = r"(?:ю|пд)\.\s?ш\.?"
_ABBR_E = r"(?:в|сх)\.\s?д\.?"
_ABBR_W = r"(?:з|зх)\.\s?д\.?"
_HEMI_WORDS = {
    "N": rf"north(?:ern)?|nord|northern|северн\w*|північн\w*|nördlich\w*|norte|północn\w*|{_ABBR_N}|N",
    "S": rf"south(?:ern)?|sud|южн\w*|південн\w*|südlich\w*|sur|sul|południow\w*|{_ABBR_S}|S",
    "E": rf"east(?:ern)?|est|восточн\w*|східн\w*|östlich\w*|este|leste|wschodni\w*|{_ABBR_E}|E|O(?=\b)",
    "W": rf"west(?:ern)?|ouest|западн\w*|західн\w*|westlich\w*|oeste|ovest|zachodni\w*|{_ABBR_W}|W",
}
_LAT_WORDS = r"latitude|latitud|latitudine|широт\w*|breite|szerokości\w*"
_LON_WORDS = r"longitude|longitud|longitudine|долгот\w*|довгот\w*|länge|długości\w*"
_COMPONENT = re.compile(
    rf"(?<![\w.,])(?:(?P<pre>[NSEW])\s*)?{_NUM}{_DEG}\s*(?:{_NUM}{_MIN}\s*(?:{_NUM}{_SEC})?)?"
    rf"(?P<tail>(?:\s*(?:of\s+|de\s+)?(?:{_LAT_WORDS}|{_LON_WORDS}|"
    rf"{'|'.join(_HEMI_WORDS.values())})(?![\w])){{0,3}})",
    re.IGNORECASE,
)
# The first digit is matched before the look-behind (same condition, written "\d(?<![\w.,]\d)") so the
# pattern starts with a digit class and the regex engine can skip ahead to digits.
# Every component holds a digit followed by a degree word or sign: texts without one (almost all) skip the
# component pattern, whose optional hemisphere letter and look-behind make it try at every position.
_DEGREE_AFTER_DIGIT = re.compile(rf"\d{_DEG}", re.IGNORECASE)
_DECIMAL = re.compile(
    r"(?P<lat>\d(?<![\w.,]\d)\d?[.,]\d{1,6})\s*°?\s*(?P<ns>[NS])\b[\s,;/and]*(?P<lon>\d{1,3}[.,]\d{1,6})\s*°?\s*(?P<ew>[EW])\b"
)


_HEMI_PATTERNS = {hemi: re.compile(rf"(?<![\w])(?:{pattern})(?![\w])", re.IGNORECASE)
                  for hemi, pattern in _HEMI_WORDS.items()}
_LAT = re.compile(_LAT_WORDS, re.IGNORECASE)
_LON = re.compile(_LON_WORDS, re.IGNORECASE)


def _hemisphere(tail: str, pre: str | None) -> tuple[str | None, str | None]:
    """(axis, sign letter): axis "lat" or "lon" from the words around the number."""
    t = tail.strip()
    letter = pre.upper() if pre else None
    if not t and letter is None:
        return None, None  # a bare "20 degrees" (of heat, of tilt): no axis
    for hemi, pattern in _HEMI_PATTERNS.items():
        if pattern.search(t):
            letter = letter or hemi
    axis = None
    if _LAT.search(t):
        axis = "lat"
    elif _LON.search(t):
        axis = "lon"
    if letter in ("N", "S"):
        axis = axis or "lat"
    elif letter in ("E", "W"):
        axis = axis or "lon"
    return axis, letter


def _value(deg: str, mnt: str | None, sec: str | None) -> tuple[float, float]:
    def f(x: str) -> float:
        return float(x.replace(",", "."))

    value = f(deg) + (f(mnt) / 60 if mnt else 0) + (f(sec) / 3600 if sec else 0)
    last = sec or mnt or deg
    scale = 3600 if sec else 60 if mnt else 1
    decimals = len(last.replace(",", ".").split(".")[1]) if "." in last.replace(",", ".") else 0
    precision = (10 ** -decimals) / scale
    return value, precision


_PRE_LETTER = re.compile(r"[NSEW]", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def _components(text: str) -> Iterator[re.Match[str]]:
    """What ``_COMPONENT.finditer(text)`` yields, tried only where a number meets a degree word or sign.

    Why: the pattern's optional hemisphere letter and look-behind make it try at every character (0.4 ms an
    article with weather in it: "20 degrees"). Every match holds a number directly followed by a degree
    (``_DEGREE_AFTER_DIGIT`` finds its last digit), and the number starts where its run of digits, points
    and commas starts (its look-behind forbids a start inside one); the match itself starts there or at a
    hemisphere letter and spaces just before. Those are the only places tried, leftmost first, and no match
    may start inside the previous one, as in ``finditer``.
    """
    done = 0
    for hit in _DEGREE_AFTER_DIGIT.finditer(text):
        r = hit.start()
        while r and (text[r - 1].isdecimal() or text[r - 1] in ".,"):
            r -= 1
        if r < done or not text[r].isdecimal():
            continue
        q = r
        while q and _SPACE.match(text, q - 1):
            q -= 1
        starts = ([q - 1] if q and q - 1 >= done and _PRE_LETTER.match(text, q - 1) else []) + [r]
        for start in starts:
            m = _COMPONENT.match(text, start)
            if m is not None:
                done = m.end()
                yield m
                break


def find_coordinates(text: str) -> list[Statement]:
    """Latitude/longitude pairs written in the text, as ``coordinates`` statements."""
    out: list[Statement] = []
    for m in _DECIMAL.finditer(text):
        lat, plat = _value(m.group("lat"), None, None)
        lon, plon = _value(m.group("lon"), None, None)
        lat = -lat if m.group("ns") == "S" else lat
        lon = -lon if m.group("ew") == "W" else lon
        out.append(_statement(text, m.span(), lat, lon, max(plat, plon)))
    taken = [s.span for s in out]
    comps = []
    for m in _components(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        axis, letter = _hemisphere(m.group("tail"), m.group("pre"))
        if axis is None:
            continue
        value, precision = _value(m.group(2), m.group(3), m.group(4))
        if letter in ("S", "W"):
            value = -value
        comps.append((axis, value, precision, m.span()))
    i = 0
    while i < len(comps) - 1:
        a, b = comps[i], comps[i + 1]
        if {a[0], b[0]} == {"lat", "lon"} and b[3][0] - a[3][1] < 60:
            lat_c, lon_c = (a, b) if a[0] == "lat" else (b, a)
            if abs(lat_c[1]) <= 90 and abs(lon_c[1]) <= 180:
                out.append(_statement(text, (a[3][0], b[3][1]), lat_c[1], lon_c[1], max(a[2], b[2])))
            i += 2
        else:
            i += 1
    return sorted(out, key=lambda s: s.span)


def _statement(text: str, span: tuple[int, int], lat: float, lon: float, precision: float) -> Statement:
    return Statement(
        kind="coordinates",
        text=text[span[0]: span[1]],
        span=span,
        lat=lat,
        lon=lon,
        precision_deg=precision,
        pieces=(Piece("coordinates", text[span[0]: span[1]], span),),
    )
