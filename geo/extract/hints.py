"""Region hints: "in central Kazakhstan", "the steppe of Kazakhstan", "Karaganda region",
"в Карагандинскую область", "kasachische Steppe", "Siziwang Banner in Inner Mongolia".

The extractor only finds the phrases (a named area, an optional part such as "central",
a kind); whether the name is a real area is for ``geo.boundaries`` to say.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.extract import cjk
from geo.extract import lexicon as lx
from geo.extract.countries import LOCALES, country_names, country_word, is_country_name, territory_code
from geo.extract.tense import announces_landing
from geo.extract.text import Spans, alternation, contains_any, cue_windows, finditer_in, sentence_at
from geo.model import Hint

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŻА-ЯЁІЇЄҚҒҮҰӨҺӘ"
# A word of a name is at most 64 characters (the longest place names have about 58): an unbounded run lets a
# hyphen chain of 100 KB be rescanned from each of its capitals (quadratic time).
_WORD = rf"(?-i:[{_UPPER}])[\w'’\-]{{0,63}}(?![\w'’\-])"
_NAME = rf"{_WORD}(?:[ \t\u00a0]+(?:and[ \t]+|of[ \t]+|de[ \t]+)?{_WORD}){{0,4}}"
_PART = alternation(tuple(w for ws in lx.AREA_PARTS.values() for w in ws))
_REGION = alternation(lx.REGION_WORDS)
_PRENOMINAL_REGION = alternation(lx.PRENOMINAL_REGION_WORDS)  # lower case as written: "в автономном районе"
_LOCATIVE = alternation((
    # not "of": "southeast of American Samoa" says where the landing is not
    "in", "into", "on", "onto", "across", "within", "inside", "im", "in der", "in die", "dans", "dans le",
    "dans la", "dans les", "en", "au", "aux", "в", "во", "на", "na", "w", "we", "nel", "nella", "nelle", "no",
    "nas", "del", "della", "de", "du", "des", "der",
    # uk, cs, ro, lt, nl: "у Казахстані", "v Kazachstánu", "în Kazahstan", "din Kazahstan", "į", "in de"
    "у", "v", "ve", "în", "din", "in de",
))
_STEPPE = alternation(("steppe", "steppes", "степи", "степь", "steppen", "estepa", "estepas", "steppa", "estepe",
                       "stepie", "step", "grasslands", "desert", "désert", "wüste", "пустыне", "desierto",
                       # uk, cs, ro, lt, tr, kk
                       "степу", "степах", "степ", "stepi", "stepích", "stepele", "stepa", "stepă", "stepėje",
                       "stepėse", "stepė", "bozkır", "bozkırı", "bozkırında", "bozkırlarında", "даласы",
                       "даласында", "далада"))

_PATTERNS = (
    # "in (the) (north-)central Kazakhstan (region)"; "в Карагандинской области"
    re.compile(
        rf"(?<![\w])(?:{_LOCATIVE})\s+(?:the\s+|der\s+|la\s+|le\s+|les\s+|el\s+|il\s+|o\s+|a\s+)?"
        rf"(?:(?P<part>{_PART})(?:[a-zа-яё]*)\s+)?(?:(?-i:{_PRENOMINAL_REGION})\s+)?(?P<name>{_NAME})"
        rf"(?:\s+(?P<region>{_REGION}))?",
        re.IGNORECASE,
    ),
    # "steppe of (north-central) Kazakhstan", "steppes du Kazakhstan", "степи Казахстана"
    re.compile(
        # a compass word before the steppe ("the southern steppes of Kazakhstan") is the writer's colour, not a
        # part of the country: landings said to be "southern" lie in central Kazakhstan, so it is not kept
        rf"(?<![\w])(?:(?:{_PART})[a-zа-яё]*\s+)?(?P<steppe>{_STEPPE})\s+(?:of\s+|du\s+|de\s+|des\s+|del\s+|di\s+|do\s+|da\s+"
        rf"|din\s+|van\s+)?"
        rf"(?:(?P<part>{_PART})(?:[a-zа-яё]*)\s+)?(?P<name>{_NAME})",
        re.IGNORECASE,
    ),
    # "Utah Test and Training Range", "Siziwang Banner"
    re.compile(
        rf"(?<![\w\-])(?P<name>(?:{_WORD}[ \t]+(?:and[ \t]+|of[ \t]+)?){{1,4}}"
        rf"(?-i:Range|Banner|Region|Desert|Province|Oblast|Territory|Steppe|County|District))(?![\w])"
    ),
    # "kasachische Steppe", "Kazakh steppe", "казахстанской степи"
    re.compile(rf"(?<![\w])(?P<adj>[\w]+)\s+(?P<steppe>{_STEPPE})(?![\w])", re.IGNORECASE),
    # the adjective after it: "la estepa kazaja", "la steppe kazakhe", "la steppa kazaka", "a estepe cazaque"
    re.compile(rf"(?<![\w])(?P<steppe>{_STEPPE})\s+(?P<adj>[\w]+)(?![\w])", re.IGNORECASE),
)
# "off the coast of Florida", "320 km off the Florida coast", "off Florida's Atlantic coast", "au large des côtes
# de la Floride", "frente a las costas de Florida", "vor der Küste Floridas", "у побережья Флориды": the sea along
# that area's coast (a hint of kind "coast"; a town there is a "near" statement of the statement reader instead).
_UNIT = alternation(tuple(w for ws in lx.UNIT_WORDS.values() for w in ws))
_COAST_WORD = (r"(?:coasts?|coastline|shores?|côtes?|costas?|coste|(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)?küste"
               r"|побережья|узбережжя|(?:noord|zuid|oost|west)?kust|wybrzeż[aeuy]|wybrzeży)")
_COAST_OF = (r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]|las\s+|los\s+)?|d['’]|du\s+|des\s+|di\s+|della\s+|dello\s+|del\s+"
             r"|da\s+|do\s+|dos\s+|das\s+|van\s+)?")
_OFF_ALONE = (r"off|au\s+large\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])|al\s+largo\s+(?:della|delle|dello|del|di|de)"
              r"|frente\s+a(?:\s+las|\s+los|\s+la)?|ao\s+largo\s+(?:da|do|de|das|dos)")
_OFF_WITH_COAST = r"vor\s+der|voor\s+de|у|біля|przy|u"
_DISTANCE_OUT = rf"(?:(?P<num>\d{{1,5}}(?:[.,]\d+)?)[ \u00a0-]*(?P<unit>{_UNIT})\s+)?"
_COAST_PATTERNS = (
    re.compile(
        rf"(?<![\w]){_DISTANCE_OUT}(?P<off>{_OFF_ALONE})\s*(?:(?:the|la|las|los|les|a|as|os)\s+)?"
        rf"(?:{_COAST_WORD}\s+{_COAST_OF})?(?P<name>{_NAME})(?:['’]s)?"
        rf"(?P<coast_after>\s+(?:[\w\-]+\s+)?{_COAST_WORD}(?![\w]))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![\w]){_DISTANCE_OUT}(?P<off>{_OFF_WITH_COAST})\s+{_COAST_WORD}\s+{_COAST_OF}(?P<name>{_NAME})",
        re.IGNORECASE,
    ),
    # a distance from the coast, which only the distance makes offshore: "a 400 kilómetros de la costa de Texas",
    # "a 1.200 km da costa mexicana de Sonora", "300 miles from the coast of Georgia"
    re.compile(
        rf"(?<![\w])(?P<num>\d{{1,3}}(?:[.,\u00a0 ]\d{{3}})*(?:[.,]\d+)?)[ \u00a0-]*(?P<unit>{_UNIT})\s+"
        rf"(?P<off>from\s+the|de\s+la|de\s+las|da|do|das|dalla|della|von\s+der)\s+{_COAST_WORD}"
        rf"(?:\s+(?-i:[a-zà-ÿ]+))?\s+{_COAST_OF}(?P<name>{_NAME})",
        re.IGNORECASE,
    ),
)
# A country named by its case alone: Turkish "Kazakistan'a" / "Kazakistan'da", Kazakh "Қазақстанға" /
# "Қазақстанда", Lithuanian "Kazachstane" (locative), and Arabic "في كازاخستان" (in).
_CASE_MARKED_COUNTRY = re.compile(
    rf"(?<![\w'’])(?P<name>(?-i:[{_UPPER}])\w{{3,40}}(?:['’](?:da|de|ta|te|a|e|ya|ye))"
    rf"|(?-i:[{_UPPER}])\w{{3,40}}(?:ға|ге|қа|ке|да|де|та|те|нда|нде|на|не)"
    rf"|(?-i:[{_UPPER}])\w{{3,40}}(?:e|oje))(?![\w'’])"
    rf"|(?<![\w])في\s+(?P<ar>[\u0621-\u064A]{{3,30}})(?![\w])"
)
_NOT_AREAS = {"the", "a", "moscow", "earth", "space", "orbit"}
# Words that make a capitalised phrase an organisation or a building, not an area ("the Russian Mission Control
# Center", "Johnson Space Center", "Центр управления полётами").
# "Gulf of Mexico", "Sea of Okhotsk", "Golfe du Mexique": a sea named after a country is not the country.
_SEA_WORDS = frozenset({"gulf", "sea", "ocean", "bay", "strait", "golfe", "golfo", "mer", "mar", "meer", "golf",
                        "море", "залив", "океан", "морю", "заливе", "morze", "zatoka", "oceano", "océan", "ozean"})
_ORGANISATION_WORDS = frozenset({
    "center", "centre", "control", "agency", "station", "mission", "administration", "institute", "university",
    "corporation", "company", "ministry", "academy", "committee", "nasa", "roscosmos", "esa", "iss", "crew",
    "capsule", "spacecraft", "ship", "module", "zentrum", "agentur", "centro", "agencia", "agenzia", "agência",
    "центр", "центра", "агентство", "корпорация", "мкс", "экипаж", "капсула", "military", "военного", "округа",
})


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (wide and abbreviated) in every language read, from CLDR: never an area."""
    from babel import Locale

    words: set[str] = set()
    for loc in LOCALES:
        cal = Locale.parse(loc)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                words |= {v.lower().strip(".") for v in cal.months[context][width].values()}
                words |= {v.lower().strip(".") for v in cal.days[context][width].values()}
    return frozenset(w for w in words if len(w) >= 3)


def _not_an_area(name: str, demonym_ok: bool = False) -> bool:
    """A month, a weekday, an organisation, or a demonym on its own ("Russian") is no area.

    ``demonym_ok``: a single word that looks like a demonym may still be tried as an area (a coast hint:
    "au large de la Floride", where "Floride" reads like an adjective of Florida); the boundaries decide.
    """
    words = [w.strip("'’").lower() for w in name.split()]
    if not words:
        return True
    if words[0] in _calendar_words() or any(w in _ORGANISATION_WORDS for w in words) or words[0] in _SEA_WORDS:
        return True
    if len(words) == 1 and not demonym_ok and "-" not in name:  # "Mongolie-Intérieure" starts like a demonym
        return country_word(name) is not None and not is_country_name(name)
    return False


def _country_of_adjective(word: str) -> str | None:
    low = word.lower()
    for stem, country in lx.COUNTRY_ADJECTIVES.items():
        if low.startswith(stem):
            return country
    return None


# A country's name with a possessive at the start of a name ("China's Inner Mongolia", "Kazakhstan's Karaganda").
_POSSESSIVE_COUNTRY = re.compile(r"^[\w\-]+['’]s?\s+")


def _part_of_a_country(ending: str, name: str) -> bool:
    """True when a compass part is written onto a country, not onto the region named after it.

    ``ending`` is what follows the compass word in the same word ("ern" in "northern", "chinesischen" in
    "nordchinesischen"); ``name`` the capitalised name after it. The part belongs to the country when the
    ending is a demonym ("nord|chinesischen") or the name starts with a country's possessive ("north China's
    Inner Mongolia"), and something is named after the country.
    """
    if len(ending.strip()) >= 5 and ending.strip()[:1].isalpha() and country_word(ending.strip()):
        return True
    m = _POSSESSIVE_COUNTRY.match(name)
    return bool(m) and m.end() < len(name) and is_country_name(m.group(0).strip())


_GENITIVES = frozenset({"of", "de", "du", "des", "der", "del", "della", "do", "da"})
_WORD_RE = re.compile(r"[\w'’\-]+")
# Words of an organisation's name besides _ORGANISATION_WORDS: "Centre de contrôle des vols spatiaux de Russie".
_ORGANISATION_NAME_WORDS = frozenset({"flight", "flights", "vols", "vuelos", "voli", "voos", "spatiaux", "espaciales",
                                      "spaziali", "espaciais", "space", "spatiale", "espacial", "spaziale"})


def _of_an_organisation(text: str, start: int, sentence_start: int) -> bool:
    """True when the area follows a genitive ("de", "of") that ends an organisation's name: "the Flight Control
    Centre of Russia", "el Centro de Control de Vuelos Espaciales de Rusia" say whose centre, not where it landed.
    """
    words = _WORD_RE.findall(text[max(sentence_start, start - 80): start + 5].lower())
    if not words or words[-1] not in _GENITIVES and (len(words) < 2 or words[-2] not in _GENITIVES):
        return False
    before = words[-7:-1]
    return any(w in _ORGANISATION_WORDS or w in _ORGANISATION_NAME_WORDS for w in before)


_TIME_REMARK_WORDS = frozenset({"time", "hora", "horário", "horario", "heure", "zeit", "время", "ora", "czasu", "tijd",
                                "saati"})


def _in_a_time_remark(text: str, start: int, sentence_start: int, sentence_end: int) -> bool:
    """True inside a parenthesis about the clock: "0h24 (early Tuesday in Brazil)" says when, for the reader's
    country, not where the landing was."""
    opened = text.rfind("(", sentence_start, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    closed = text.find(")", start, sentence_end)
    inside = text[opened + 1: closed if closed >= 0 else min(sentence_end, start + 80)].lower()
    words = set(_WORD_RE.findall(inside))
    return bool(words & _calendar_words()) or bool(words & _TIME_REMARK_WORDS) or \
        bool(re.search(r"\d{1,2}[:h.]\d{2}", inside))


def _part_key(word: str | None) -> str | None:
    if not word:
        return None
    low = word.lower()
    for key, forms in lx.AREA_PARTS.items():
        if any(low.startswith(f) for f in forms):
            return key
    return None


def compound_part(name: str) -> tuple[str, str] | None:
    """(part, the rest) of a one-word name that begins with a compass part: "Zentralkasachstan" ->
    ("central", "Kasachstan"), "Noord-Kazachstan" -> ("northern", "Kazachstan"); None otherwise.

    Whether the rest is an area (and whether the whole word is one itself, as "Nordkorea" is) is for the
    boundaries to say.

    >>> compound_part("Zentralkasachstan"), compound_part("Kasachstan")
    (('central', 'Kasachstan'), None)
    """
    if " " in name:
        return None
    low = name.lower()
    for prefix, part in lx.COMPOUND_PARTS:
        if low.startswith(prefix) and len(name) - len(prefix) >= 4:
            rest = name[len(prefix):].lstrip("-")
            return part, rest[:1].upper() + rest[1:]
    return None


def _before_possessive(name: str) -> str:
    """The words up to the first possessive one, without its "'s": "Florida's Gulf" -> "Florida"."""
    words = name.split()
    for i, w in enumerate(words):
        stripped = re.sub(r"['’]s?$", "", w)
        if stripped != w:
            return " ".join([*words[:i], stripped])
    return name


def _after_possessive(name: str) -> str:
    """The words after a leading possessive (the country's, kept as context): "Mexico's Baja California" ->
    "Baja California"; the name unchanged when it has none."""
    rest = _POSSESSIVE_COUNTRY.sub("", name, count=1)
    return rest if rest and rest != name else name


def _reach_km(number: str | None, unit: str | None) -> float | None:
    """"320 km off the coast": the distance out to sea in km, or None when none is written."""
    if not number or not unit:
        return None
    code = next((c for c, words in lx.UNIT_WORDS.items() if unit.lower() in words), None)
    if code is None:
        return None
    from geo.extract.statements import parse_number  # "1.200" is 1200, "10,5" ten and a half

    value = parse_number(number)
    return None if value is None else value * lx.UNIT_METRES[code] / 1000.0


def find_hints(text: str, exclude: list[tuple[int, int]] = ()) -> list[Hint]:
    """Region hints in sentences about the landing, minus the phrases that are anchors."""
    found: dict[tuple[int, int], Hint] = {}  # the first hint found for each span
    announced: dict[tuple[int, int], bool] = {}  # per sentence: each is tested once, however many matches
    excluded = Spans(exclude)
    landing = cue_windows(text, lx.LANDING_CUES)  # hints are looked for in sentences about the landing only
    for pattern in (*_COAST_PATTERNS, *_PATTERNS):
        for m in finditer_in(pattern, text, landing):
            s, e = sentence_at(text, m.start())
            if (s, e) not in announced:
                announced[(s, e)] = announces_landing(text[s:e])
            if announced[(s, e)] or contains_any(text[max(s, m.start() - 50): m.start()], lx.NOT_LANDING_CUES):
                continue
            gd = m.groupdict()
            if gd.get("adj") is not None:
                country = _country_of_adjective(gd["adj"])
                if not country:
                    continue
                hint = Hint(text=m.group(0), span=m.span(), area=country, kind="steppe")
            else:
                name = gd["name"].strip()
                if gd.get("off"):
                    # "off Florida's Gulf coast": Florida; "off Mexico's Baja California": Baja California
                    name = _before_possessive(name) if gd.get("coast_after") else _after_possessive(name)
                if name.lower() in _NOT_AREAS or _not_an_area(name, demonym_ok=bool(gd.get("off"))):
                    continue
                nspan = m.span("name")
                # a steppe is no organisation's name: "De capsule landde in de steppen van Kazachstan"
                if excluded.holds(nspan[0]) or (not gd.get("steppe") and _of_an_organisation(text, m.start(), s)) or \
                        _in_a_time_remark(text, m.start(), s, e):
                    continue
                part = gd.get("part")
                if part and _part_of_a_country(text[m.end("part"):nspan[0]], name):
                    # "north China's Inner Mongolia", "nordchinesischen Inneren Mongolei": the part is China's
                    # (Inner Mongolia lies in the north of China), not the region's: the whole region
                    part, name = None, _POSSESSIVE_COUNTRY.sub("", name, count=1)
                if gd.get("off"):
                    hint = Hint(text=m.group(0), span=m.span(), area=name, kind="coast",
                                reach_km=_reach_km(gd.get("num"), gd.get("unit")))
                    found.setdefault(hint.span, hint)
                    continue
                start = m.start("part") if part else (m.start("steppe") if gd.get("steppe") else nspan[0])
                end = m.end("region") if gd.get("region") else nspan[1]
                area = name + (" " + gd["region"] if gd.get("region") else "")
                kind = "steppe" if gd.get("steppe") else ("region" if gd.get("region") else "area")
                hint = Hint(text=text[start:end], span=(start, end), area=area, part=_part_key(part),
                            kind=kind)
            found.setdefault(hint.span, hint)
    for m in finditer_in(_CASE_MARKED_COUNTRY, text, landing):
        # "Kazakistan'a indi", "Қазақстанға қонды", "nusileido Kazachstane", "هبطت في كازاخستان": the place by
        # its case (or Arabic في) alone, no preposition; only a country's own name, in a locative or dative form
        written = m.group("name") or m.group("ar")
        name = re.sub(r"['’]\w+$", "", written)  # "Kazakistan'a": Kazakistan
        if not territory_code(name):
            continue
        if m.group("name") and name == written and country_word(written) and is_country_name(written) and \
                written.lower() in country_names():
            continue  # a name as it stands ("Russie", "Chine"): its case says nothing; the locatives read it
        s, e = sentence_at(text, m.start())
        if _of_an_organisation(text, m.start(), s):
            continue  # "le Centre de contrôle des vols spatiaux de Russie"
        if excluded.holds(m.end() - 1) or announces_landing(text[s:e]) or \
                contains_any(text[max(s, m.start() - 50): m.start()], lx.NOT_LANDING_CUES):
            continue
        hint = Hint(text=m.group(0), span=m.span(), area=name, kind="area")
        found.setdefault(hint.span, hint)
    for hint in cjk.find_hints(text):  # no spaces between words: read between the words that are certain
        s, e = sentence_at(text, hint.span[0])
        if excluded.holds(hint.span[0]) or announces_landing(text[s:e]) or \
                contains_any(text[max(s, hint.span[0] - 20): hint.span[0]], lx.NOT_LANDING_CUES):
            continue
        found.setdefault(hint.span, hint)
    return _outermost(found)


def _outermost(found: dict[tuple[int, int], Hint]) -> list[Hint]:
    """The hints whose span lies inside no other's ("in central Kazakhstan" over "Kazakhstan"), by position.

    One sweep in order of start (longest first at equal starts): a span is inside another exactly when an
    earlier one reaches at least as far. Comparing each hint with all others was quadratic in their number.
    """
    kept, reach = [], -1
    for span in sorted(found, key=lambda sp: (sp[0], -sp[1])):
        if span[1] > reach:
            kept.append(found[span])
            reach = span[1]
    return kept
