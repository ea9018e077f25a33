"""Find the statements of where a landing happened: distances, directions, "near X".

The grammar is the one the press uses in every language we read:

    [qualifier] NUMBER UNIT [(conversion)] [DIRECTION] [RELATION] [DESCRIPTOR] ANCHOR
    "nearly 150 kilometers from the city of Jezkazgan"
    "примерно в 150 км юго-восточнее Жезказгана"
    "rund 150 Kilometer südöstlich der Kupferstadt Sheskasgan"
    "à 146 km au sud-est de la ville de Jezkazgan"

plus direction-only ("southeast of the town of X") and "near X" statements. A match
counts only inside a sentence that talks about the landing (``LANDING_CUES``) and not
right after words that move it to another event ("planned", "flew in from"): orbit
altitudes, launch sites and recovery bases are described with the same grammar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from geo.extract import cjk, suffixing
from geo.extract import lexicon as lx
from geo.extract.countries import country_word
from geo.extract.numbers import NUMBER_WORDS, ends_with_number_word, precision_text, vague_range, words_to_number
from geo.extract.tense import announces_landing
from geo.extract.text import Spans, alternation, contains_any, cue_windows, finditer_in, sentence_at
from geo.model import Piece, Statement

# ── numbers ──────────────────────────────────────────────────────────────────────────
# Not after "^" ("10^9": an exponent) nor after a standalone minus sign ("-150 km": no distance is negative).
_NUM = r"(?<![\w.,^])(?<![\s(\[][-−])(?<!^[-−])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3}){1,4}(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
# Arabic-Indic, Persian and full-width digits as ASCII (Python's \d and float() accept them; the precision rules
# read the written digits, so they are kept as ASCII).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９٫٬", "012345678901234567890123456789.,")
_UNIT_FORMS = {form: unit for unit, forms in lx.UNIT_WORDS.items() for form in forms}
_UNIT = alternation(tuple(_UNIT_FORMS))
# A Russian or Ukrainian ordinal ending may stand between ("в 118-м километре", "на 20-ом км").
_ORDINAL = r"(?:-(?:м|й|ом|ем|ой|му|ому|ти|ий)(?![\w]))?"
_DISTANCE = re.compile(_NUM + _ORDINAL + r"(?:\s*-\s*|\s*)(" + _UNIT + r")(?![\w])", re.IGNORECASE)
# "une vingtaine de kilomètres", "una sessantina di chilometri": a collective number (about N), then the unit.
_COLLECTIVE = re.compile(
    rf"(?<![\w])({alternation(tuple(lx.APPROXIMATE_NUMBERS))})\s+(?:de\s+|di\s+|d['’]|of\s+)?({_UNIT})(?![\w])",
    re.IGNORECASE,
)
_UNIT_ONLY = re.compile(r"(?<![\w])(" + _UNIT + r")(?![\w])", re.IGNORECASE)
# "a few dozen kilometres", "hundreds of miles", "сотни километров", "des centaines de kilomètres"
_VAGUE_DISTANCE = re.compile(
    rf"(?<![\w])((?:(?:{alternation(lx.VAGUE_COUNTS)})\s+)?(?:{alternation(tuple(lx.VAGUE_MULTIPLES))}))"
    rf"\s+(?:of\s+|de\s+|di\s+|d['’])?({_UNIT})(?![\w])",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"(?<![\w])(" + NUMBER_WORDS + r")$", re.IGNORECASE)


def _distances(text: str, windows: tuple[tuple[int, int], ...],
               lookahead: int = 64) -> list[tuple[tuple[int, int], float, str, str, tuple[int, int]]]:
    """Every number + unit starting in ``windows``: (span, value, number as written or its digits, unit
    word, number span)."""
    out = []
    for m in finditer_in(_DISTANCE, text, windows, lookahead):
        written = m.group(1).translate(_DIGITS)  # "١٥٠" is 150 written with other digits: same precision
        out.append((m.span(), parse_number(written), written, m.group(2), m.span(1)))
    # Numbers in words: find the unit first, then the words just before it (one pass of a large
    # alternation over the whole text would cost more than everything else the extractor does).
    for u in finditer_in(_UNIT_ONLY, text, windows, lookahead):
        window_start = max(0, u.start() - 80)
        if not ends_with_number_word(text[window_start:u.start()]):
            continue
        w = _WORDS_BEFORE.search(text, window_start, u.start())
        if w is None:
            continue
        value = words_to_number(w.group(1))
        if value is not None and value > 0:
            out.append(((w.start(), u.end()), value, precision_text(value), u.group(1), (w.start(), w.end())))
    for c in finditer_in(_COLLECTIVE, text, windows, lookahead):
        value = float(lx.APPROXIMATE_NUMBERS[c.group(1).lower()])
        out.append((c.span(), value, precision_text(value), c.group(2), c.span(1)))
    vague = []
    if contains_any(text, tuple(lx.VAGUE_MULTIPLES)) is not None:
        for v in finditer_in(_VAGUE_DISTANCE, text, windows, lookahead):
            rng = vague_range(v.group(1))
            last = text[max(0, v.start() - 30):v.start()].split()[-1:] or [""]
            if last[0][-1:].isdigit() or words_to_number(last[0]) is not None:
                continue  # "două sute", "2 Dutzend", "двух сотнях": a number counts the multiple, no vague range
            if rng is not None:  # the phrase as written stands for the number: vague_range reads it again
                vague.append((v.span(), rng[0], v.group(1), v.group(2), v.span(1)))
    if vague:
        # "a few dozen km" is not also "dozen km" (12): a vague phrase replaces the number read inside it
        ends = {span[1] for span, *_ in vague}
        out = [d for d in out if d[0][1] not in ends] + vague
    return sorted(out)


def _vague_max(number_text: str) -> float | None:
    """The top of the range a vague distance phrase gives ("several hundred"), or None for a number."""
    rng = vague_range(number_text) if number_text[:1].isalpha() else None
    return rng[1] if rng else None


def parse_number(text: str) -> float | None:
    """A number as the press writes it: "1,600", "1 600", "1.600" (de), "10,5" (fr), "2.88".

    A separator followed by exactly three digits groups thousands; otherwise it is the
    decimal mark.
    """
    t = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    groups = re.split(r"[ .,]", t)
    seps = re.findall(r"[ .,]", t)
    if not seps:
        return float(t)
    if len(groups) > 2 or (len(groups[-1]) == 3 and len(groups[0]) <= 3 and seps[-1] != " " or seps[-1] == " "):
        if len(groups[-1]) == 3 or seps[-1] == " ":
            return float("".join(groups))
        # "1,600.5": the last separator is the decimal mark
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float(groups[0] + "." + groups[1])


# ── directions ───────────────────────────────────────────────────────────────────────
_ROOTS = sorted(lx.DIRECTION_ROOTS, key=lambda r: -len(r[0]))
_ROOTS_RE = alternation(tuple(r for r, _ in lx.DIRECTION_ROOTS) + ("nörd", "юж"))
_SUFFIX_RE = alternation(lx.DIRECTION_SUFFIXES)
_DIR_WORD = (
    rf"(?:{_ROOTS_RE})(?:{_SUFFIX_RE})?(?:[-\s]?(?:{_ROOTS_RE})(?:{_SUFFIX_RE})?){{0,2}}"
)
_ABBR = r"(?-i:N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW)"
_EXTRA_ROOTS = (("nörd", "N"), ("юж", "S"))


@lru_cache(maxsize=4096)
def compass_point(words: str) -> str | None:
    """Read a direction word in any of our languages as a 16-point compass name.

    >>> compass_point("юго-восточнее"), compass_point("west-southwest"), compass_point("sudoeste")
    ('SE', 'WSW', 'SW')
    """
    if re.fullmatch(_ABBR, words.strip()):
        return words.strip()
    letters = ""
    for token in re.split(r"(?<=\.)|[-\s]+", words.lower().strip()):
        if not token:
            continue
        part = _decompose(token)
        if part is None:
            return None
        letters += part
    return letters if letters in lx.COMPASS else None


def _decompose(token: str) -> str | None:
    for suffix in ("", *sorted(lx.DIRECTION_SUFFIXES, key=len, reverse=True)):
        if suffix and not token.endswith(suffix):
            continue
        stem = token[: len(token) - len(suffix)] if suffix else token
        got = _roots(stem)
        if got:
            return got
    return None


def _roots(stem: str) -> str | None:
    if not stem:
        return ""
    for root, letter in (*_ROOTS, *_EXTRA_ROOTS):
        if stem.startswith(root):
            rest = _roots(stem[len(root):])
            if rest is not None and len(letter + rest) <= 3:
                return letter + rest
    return None


def halfwidth_deg(point: str) -> float:
    """Half the sector a compass word covers: 4 points ±45°, 8 points ±22.5°, 16 points ±11.25°.

    The Georeferencing Calculator's ``getDirectionError`` convention (Wieczorek et al. 2004).
    """
    return {1: 45.0, 2: 22.5, 3: 11.25}[len(point)]


# ── anchors ──────────────────────────────────────────────────────────────────────────
# Letters that may start a name: capitals of the Latin and Cyrillic scripts read, and every Arabic letter
# (Arabic has no case: there the gazetteer alone decides what a name is).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯЁІЇЄҚҒҮҰӨҺӘ\u0621-\u064a"
# At most 64 characters a word (the longest place names have about 58), so a 100 KB hyphen chain is not
# rescanned from every capital in it.
_NAME_WORD = rf"(?-i:[{_UPPER}])[\w'’\-]{{0,63}}(?![\w'’\-])"
_NAME = rf"{_NAME_WORD}(?:(?:[ \u00a0\-]|\n(?!\n))(?:{_NAME_WORD}))" + "{0,3}"
_RELATION = alternation(lx.RELATIONS)
_DESCRIPTOR = alternation(lx.DESCRIPTORS)
_GERMAN_PLACE_NOUN = r"[\w]*(?:stadt|ortschaft|siedlung|dorf|gemeinde|hauptstadt)"
_UNNAMED = alternation(lx.UNNAMED_ANCHORS)
_FACILITY = alternation(lx.FACILITY_WORDS)
_PREFIX = alternation(lx.DIRECTION_PREFIXES)

_ANCHOR_TAIL = re.compile(
    rf"""
    (?:(?:{_DESCRIPTOR})(?:\s+|(?<=['’]))|{_GERMAN_PLACE_NOUN}\s+(?=(?-i:[{_UPPER}])))*
    (?:
        (?P<unnamed>(?:its\s+|the\s+|their\s+|sa\s+|son\s+|la\s+|le\s+|il\s+|o\s+|el\s+|seinem\s+|dem\s+)?
                    (?:planned\s+|intended\s+|original\s+)?(?:{_UNNAMED}))(?![\w])
      |
        (?P<name>{_NAME})(?:\s+(?P<facility>{_FACILITY})(?![\w]))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Words that look like names but never are (sentence starts, days, months, agencies).
_NOT_NAMES = {
    "the", "a", "it", "its", "earth", "erde", "земли", "terre", "tierra", "terra", "ziemi", "nasa", "roscosmos",
    "roskosmos", "роскосмос", "esa", "iss", "мкс", "международной", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "station", "space",
}


_SKIP_LOWER = frozenset(
    {w for phrase in (*lx.DESCRIPTORS, *lx.RELATIONS) for w in phrase.split() if "'" not in w and "’" not in w}
    | set(lx.DESCRIPTOR_WORDS) | {"the", "a", "an", "les", "el", "lo", "los", "las", "die", "das", "dem", "den"}
)
_TOKEN = re.compile(r"[ \u00a0]*([^\W\d_][\w.’'\-]*)(,?)")
# Capitalised words that make a country name part of a town's ("Panama City", "Kuwait City").
_COMPOUND_AFTER_COUNTRY = frozenset({"city", "ciudad", "town", "island", "bay", "beach", "sitis", "sičio", "sityje",
                                     "sitį", "siti", "сіті", "сити"})
_MAX_SKIPPED = 6
_COAST_AFTER = re.compile(r"[ \u00a0]+(?:coast|coastline|coasts|shore|shores|seaboard|küste|côte|côtes|costa|costas|"
                          r"coste|побережь|wybrzeż|kust)", re.IGNORECASE)


def _skip_descriptors(text: str, pos: int) -> tuple[int, int, str | None]:
    """Skip the words a reader passes over between a relation and a town name: articles, adjectives, place
    nouns, demonyms, country names and possessives ("the remote Kazakh mining town of", "Kazakhstan's",
    "der kasachischen Stadt", "казахстанского города"). Returns (new position, words skipped, country code of
    a demonym or country among them). Lower-case words are skipped only when listed; a country word in any
    case, unless a capitalised word makes it part of a compound name ("Panama City")."""
    skipped, country = 0, None
    while skipped < _MAX_SKIPPED:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        code = country_word(word)
        if code is not None:
            nxt = _TOKEN.match(text, m.end())
            if (nxt and not m.group(2) and nxt.group(1)[:1].isupper() and not re.search(r"['’]s?$", word)
                    and nxt.group(1).lower().rstrip(".") in _COMPOUND_AFTER_COUNTRY):
                break
            country = country or code or None
        elif not (word[:1].islower() and low in _SKIP_LOWER):
            break
        pos = m.end()
        skipped += 1
    if skipped:
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
    return pos, skipped, country


def _match_anchor(text: str, pos: int, allow_unnamed: bool = True) -> tuple[str, tuple[int, int], bool] | None:
    """An anchor phrase starting at ``pos`` (after descriptors): (text, span, is_named).

    A demonym or a country never becomes the anchor: words that only describe the town are skipped first.
    """
    start, skipped, _country = _skip_descriptors(text, pos)
    got = _match_anchor_at(text, start, allow_unnamed)
    if got is not None and got[2] and _COAST_AFTER.match(text, got[1][1]):
        return None  # "off the Florida coast": a coastline of a state or country, not a town
    if got is None and skipped:
        # "the city of" may also introduce the unnamed or descriptor forms the tail pattern knows
        got = _match_anchor_at(text, pos, allow_unnamed)
        if got is not None and got[2] and country_word(got[0].split()[0]) is not None:
            return None
    return got


_AFTER_ANCHOR_COUNTRY = re.compile(r",?[ \u00a0]+(?:in[ \u00a0]+)?([^\W\d_][\w’'\-]*)")


def anchor_country(text: str, pos: int, anchor_end: int | None = None) -> str | None:
    """The country the text ties to the anchor: a demonym or country name between ``pos`` and the town
    ("the Russian town of Orsk", "Kazakhstan's Jezkazgan"), or right after it ("Dzhezkazgan, Kazakhstan")."""
    code = _skip_descriptors(text, pos)[2]
    if code is None and anchor_end is not None:
        m = _AFTER_ANCHOR_COUNTRY.match(text, anchor_end)
        if m:
            code = country_word(m.group(1)) or None
    return code


def _match_anchor_at(text: str, pos: int, allow_unnamed: bool = True) -> tuple[str, tuple[int, int], bool] | None:
    m = _ANCHOR_TAIL.match(text, pos)
    if not m:
        return None
    if m.group("unnamed"):
        if not allow_unnamed:
            return None
        phrase = re.sub(r"^(?:its|the|their|sa|son|la|le|il|o|el|seinem|dem)\s+", "", m.group("unnamed"),
                        flags=re.IGNORECASE)
        start = m.end() - len(phrase)
        return phrase, (start, m.end()), False
    name = m.group("name")
    if name is None:
        return None
    # A name is a run of capitalised words; cut at a word that starts a new clause.
    words = re.split(r"(?<=\S)(?=[ \u00a0\n])", name)
    kept: list[str] = []
    pos = m.start("name")
    for w in words:
        if w.strip().lower().strip("'’") in _NOT_NAMES:
            break
        # A name may wrap onto the next line ("Salt Lake\nCity"), but a capitalised word there that a
        # lower-case word follows starts a sentence (a headline with no full stop, then "Three cosmonauts").
        if kept and w.startswith("\n") and re.match(r"[ \u00a0]+[^\W\d_]", text[pos + len(w):]) and \
                text[pos + len(w):].lstrip(" \u00a0")[:1].islower():
            break
        kept.append(w)
        pos += len(w)
    if not kept:
        return None
    name = "".join(kept)
    start = m.start("name")
    end = start + len(name)
    if m.group("facility") and len(kept) == len(words):
        end = m.end("facility")
    return text[start:end], (start, end), True


# ── statements ───────────────────────────────────────────────────────────────────────
_QUALIFIERS = sorted(((q, s) for s, qs in lx.QUALIFIERS.items() for q in qs), key=lambda x: -len(x[0]))
_PREPOSITIONS_BEFORE_NUMBER = re.compile(
    r"(?:\b(?:at|in|à|a|в|na|w|um|im|in|ad|em|di|от|о|of|by|some|de|за|на)\s*)$", re.IGNORECASE
)
_AFTER_UNIT = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?")
_DIRECTION_PHRASE = re.compile(
    rf"(?:(?:{_PREFIX})\s+)?(?P<dir>{_DIR_WORD}|{_ABBR})(?![\w])", re.IGNORECASE
)
_REL = re.compile(rf"\s*(?P<rel>{_RELATION})(?:(?<=['’])|\s+)", re.IGNORECASE)
_NOT_GROUND = re.compile(rf"\s*(?:{alternation(lx.NOT_GROUND_AFTER)})(?![\w])", re.IGNORECASE)
_NEGATION_WINDOW = 70


def _qualifier(text: str, number_start: int, floor: int) -> tuple[str, str, tuple[int, int]] | None:
    """The qualifier written before the number ("nearly", "примерно в", "à environ")."""
    window_start = max(floor, number_start - 40)
    before = text[window_start:number_start]
    stripped = before.rstrip()
    # skip one preposition between qualifier and number ("примерно в 150", "a unos 150")
    pm = _PREPOSITIONS_BEFORE_NUMBER.search(stripped)
    candidates = [stripped]
    if pm:
        candidates.append(stripped[: pm.start()].rstrip())
    for cand in candidates:
        low = cand.lower()
        for q, sense in _QUALIFIERS:
            if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum() or not q[0].isalnum()):
                start = window_start + len(cand) - len(q)
                return text[start: start + len(q)], sense, (start, start + len(q))
    return None


def _landing(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences about the landing: the only places a statement is looked for."""
    return cue_windows(text, lx.LANDING_CUES)


_AS_PLANNED = re.compile(rf"(?<![\w])(?:{alternation(lx.AS_PLANNED)})(?![\w])", re.IGNORECASE)


def _negated(text: str, pos: int) -> bool:
    """True when words just before ``pos`` in its sentence move it to another event, or the sentence
    announces a landing to come.

    "as planned", "à l'heure prévue" are blanked first: they report a landing that went to plan, and their
    "planned" is no plan of another one.
    """
    s, e = sentence_at(text, pos)
    window = _AS_PLANNED.sub(" ", text[max(s, pos - _NEGATION_WINDOW): pos])
    return contains_any(window, lx.NOT_LANDING_CUES) is not None or announces_landing(text[s:e])


def _near_belongs_to_another(text: str, lo: int, pos: int) -> bool:
    """True when the "near" at ``pos`` follows mission control, a training town or the recovery forces
    ("Mission control near Moscow", "forces staged near X") in ``text[lo:pos]``, with no landing word between:
    "Mission control said the capsule landed near Arkalyk" places the landing.
    """
    window = text[lo:pos]
    cue = contains_any(window, lx.NOT_NEAR_CUES)
    if cue is None:
        return False
    after = window.lower().rfind(cue) + len(cue)
    return lx.LANDING_WORD_RE.search(window, after) is None


_DENIED = re.compile(rf"(?<![\w])(?:{alternation(lx.NEGATIONS)})[ \u00a0]+$", re.IGNORECASE)
_DEBRIS_REACH = 50


def _denied(text: str, pos: int) -> bool:
    """True when a negation stands right before ``pos`` ("не под Аркалыком, а под Жезказганом", "not near X
    but"): the statement says where the landing was not."""
    return _DENIED.search(text, max(0, pos - 12), pos) is not None


def _about_debris(text: str, start: int, end: int) -> bool:
    """True when the clause around ``[start, end)`` speaks of debris ("в 40 км от X найден фрагмент
    обтекателя", "fairing fragments fell 30 km from X"): where a part fell, not where the craft landed."""
    s, e = sentence_at(text, start)
    return contains_any(text[max(s, start - _DEBRIS_REACH): min(e, end + _DEBRIS_REACH)], lx.DEBRIS_WORDS) is not None


def reported_landing(text: str, pos: int) -> bool:
    """True when the words at ``pos`` are in a sentence about a landing that happened: not moved to another
    event by the words before them ("launched from", "planned"), not a landing announced for later."""
    return not _negated(text, pos)


_POSTPOSED = re.compile(rf"(?:{alternation(lx.POSTPOSED_QUALIFIERS)})(?![\w])\s*", re.IGNORECASE)
_PRENOMINAL = re.compile(rf"(?<![\w])(?:{alternation(lx.PRENOMINAL_DISTANCE)})\s*$", re.IGNORECASE)
# "30–35 km", "от 30 до 35 км", "between 30 and 35 km": the first number, then a word or dash to the second.
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,])(\d{1,5}(?:[.,]\d+)?)\s*(?:[–—-]|(?:to|and|à|a|et|y|e|до|и|bis|und|do|i|až|iki|la|tot)\s)\s*$",
    re.IGNORECASE,
)
_LANDING_SITE = frozenset(w.lower() for w in lx.LANDING_SITE_WORDS)
_RELATIVE = alternation(lx.RELATIVE_WORDS)
# The town a clause places from the landing site: "Karaganda, das rund 400 Kilometer nordöstlich des
# Landeorts liegt", "Karagandą, esančią maždaug 380 km ..." (a participle may stand before the comma: "nach
# Karaganda gebracht, das"). At most three words between the relative word and
# the distance ("which lies about", "что расположен в"), each bounded like a name word.
_TOWN_BEFORE_CLAUSE = re.compile(
    rf"(?P<name>{_NAME})(?:[ \u00a0]+(?-i:[^\W\d_A-ZА-ЯЁ])[\w'’]{{0,30}})?,[ \u00a0]+(?:{_RELATIVE})(?:[ \u00a0]+[^\W\d_][\w'’]{{0,30}}){{0,3}}[ \u00a0]*$",
    re.IGNORECASE,
)
_OPPOSITE = {p: list(lx.COMPASS)[(i + 8) % 16] for i, p in enumerate(lx.COMPASS)}


def _range_start(text: str, num_start: int, floor: int, value: float) -> tuple[int, float, str] | None:
    """The first number of a range written before ``num_start`` ("30–35 km"): (its start, value, digits),
    when the second number is within the reach an "at least" statement of the first allows."""
    m = _RANGE_BEFORE.search(text, max(floor, num_start - 24), num_start)
    if not m:
        return None
    first = parse_number(m.group(1))
    if first is None or not 0 < first < value or value > first * 1.2 + number_precision_half(m.group(1)):
        return None
    return m.start(1), first, m.group(1)


def number_precision_half(written: str) -> float:
    """Half the precision of a number as written ("30" -> 5, "148" -> 0.5); see geo.regions.number_precision."""
    digits = re.sub(r"\D", "", written.split(",")[0].split(".")[0]).lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    if digits == "1" + "0" * trailing and trailing >= 1:
        return 10.0 ** (trailing - 1) / 2
    return 10.0 ** trailing / 2


def _reversed_offset(text: str, st: Statement) -> Statement | None:
    """"Karaganda, which lies 400 km north-east of the landing site" read the other way round: the landing
    is 400 km south-west of Karaganda. Only for a distance from the landing site itself (not from a target)
    with a town named just before the clause."""
    if st.anchor is None or st.anchor.lower() not in _LANDING_SITE:
        return None
    s0 = sentence_at(text, st.span[0])[0]
    m = _TOWN_BEFORE_CLAUSE.search(text, max(s0, st.span[0] - 160), st.span[0])
    if not m:
        return None
    name_start = m.start("name")
    while name_start < m.end("name") and not text[name_start].isupper():
        name_start += 1  # a lower-case preposition the name pattern took ("į Karagandą")
    got = _match_anchor(text, name_start, allow_unnamed=False)
    if got is None:
        return None
    name, aspan, _ = got
    direction = _OPPOSITE[st.direction] if st.direction else None
    pieces = [p for p in st.pieces if p.kind != "anchor"] + [Piece("anchor", name, aspan)]
    return replace(st, text=text[aspan[0]: st.span[1]], span=(aspan[0], st.span[1]), anchor=name, anchor_span=aspan,
                   direction=direction, bearing_deg=lx.COMPASS[direction] if direction else None,
                   pieces=tuple(sorted(pieces, key=lambda p: p.span)), country=anchor_country(text, name_start, aspan[1]))


def find_offsets(text: str) -> list[Statement]:
    """Distance statements: a number and unit tied to an anchor (with or without direction)."""
    out: list[Statement] = []
    for (m_start, m_end), value, number_text, unit_word, num_span in _distances(text, _landing(text)):
        # a clause placing a town from the landing site is a statement even in a sentence about the crew's
        # helicopter flight to that town, so the words-before check waits until the anchor is known
        negated = _negated(text, m_start)
        pos = _AFTER_UNIT.match(text, m_end).end()
        if _NOT_GROUND.match(text, pos):
            continue
        post_q = None
        pq = _POSTPOSED.match(text, pos)
        if pq:
            post_q = (text[pq.start(): pq.end()].rstrip(), "about", (pq.start(), pq.start() + len(pq.group(0).rstrip())))
            pos = pq.end()
        pieces = [Piece("distance", text[m_start:m_end], (m_start, m_end))]
        direction = None
        dm = _DIRECTION_PHRASE.match(text, pos)
        if dm:
            point = compass_point(dm.group("dir"))
            if point:
                direction = point
                pieces.append(Piece("direction", dm.group(0), dm.span()))
                pos = dm.end()
        rm = _REL.match(text, pos)
        s0 = sentence_at(text, m_start)[0]
        if rm:
            pos = rm.end()
        elif direction is None and not _PRENOMINAL.search(text, max(s0, m_start - 30), m_start):
            continue  # "z odległego o 150 km Dżezkazganu": the town follows the unit
        else:
            while pos < len(text) and text[pos].isspace():
                pos += 1
        anchor = _match_anchor(text, pos)
        if anchor is None:
            continue
        name, aspan, _named = anchor
        country = anchor_country(text, pos, aspan[1])
        pieces.append(Piece("anchor", name, aspan))
        unit = _UNIT_FORMS.get(unit_word.lower(), _UNIT_FORMS.get(unit_word, "km"))
        sense_override = None
        rng = _range_start(text, num_span[0], s0, value) if number_text[:1].isdigit() else None
        if rng:
            # "30–35 km": at least the first number, reaching the second
            num_span = (rng[0], num_span[1])
            value, number_text, sense_override = rng[1], rng[2], "above"
            m_start = rng[0]
            pieces[0] = Piece("distance", text[m_start:m_end], (m_start, m_end))
        q = _qualifier(text, num_span[0], s0)
        if q is None and text[num_span[0]:num_span[1]].lower() in lx.APPROXIMATE_NUMBERS:
            q = (text[num_span[0]:num_span[1]], "about", num_span)  # "une vingtaine": about twenty
        elif q is None and post_q:
            q = post_q
        if q and q[2][0] >= m_start:
            pieces.append(Piece("qualifier", q[0], q[2]))
        elif q:
            pieces.insert(0, Piece("qualifier", q[0], q[2]))
        start = min(q[2][0], m_start) if q else m_start
        if _about_debris(text, start, aspan[1]):
            continue
        sense = sense_override or (q[1] if q else None)
        st = Statement(
            kind="offset",
            text=text[start: aspan[1]],
            span=(start, aspan[1]),
            anchor=name,
            anchor_span=aspan,
            distance=value,
            distance_text=number_text,
            distance_max=_vague_max(number_text),
            unit=unit,
            qualifier=q[0] if q else (text[m_start:num_span[1]] if rng else None),
            sense=sense,
            direction=direction,
            bearing_deg=lx.COMPASS[direction] if direction else None,
            bearing_halfwidth_deg=halfwidth_deg(direction) if direction else None,
            pieces=tuple(sorted(pieces, key=lambda p: p.span)),
            country=country,
        )
        if not _named:
            flipped = _reversed_offset(text, st)
            if flipped is not None:
                out.append(flipped)
                continue
        if negated:
            continue
        out.append(st)
    return out


_DIRECTION_ONLY = re.compile(
    rf"(?<![\w])(?:(?:{_PREFIX})\s+)?(?P<dir>{_DIR_WORD}|{_ABBR})(?![\w])", re.IGNORECASE
)


# "roughly 600 southwest of X": a number whose unit the writer left out (kept as a distance without a unit, which
# geo.regions reads as any unit a reporter uses, up to nautical miles: the open sector reaches that far).
_BARE_NUMBER_BEFORE = re.compile(r"(?<![\w.,\-–/])(\d{2,3}(?:,\d{3})?)[ \u00a0]+$")  # not a year, not "MS-25"


def find_directions(text: str, taken: list[tuple[int, int]]) -> list[Statement]:
    """Direction-only statements: "landed southeast of the town of X" (no distance)."""
    out: list[Statement] = []
    taken_spans = Spans(taken)
    for m in finditer_in(_DIRECTION_ONLY, text, _landing(text)):
        if taken_spans.holds(m.start()):
            continue
        point = compass_point(m.group("dir"))
        if not point or _negated(text, m.start()) or _denied(text, m.start()):
            continue
        word = m.group("dir").lower()
        genitive = word.endswith(("нее", "lich"))
        rm = _REL.match(text, m.end())
        if rm:
            pos = rm.end()
        elif genitive:
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            continue
        anchor = _match_anchor(text, pos, allow_unnamed=False)
        if anchor is None:
            continue
        name, aspan, _ = anchor
        if _about_debris(text, m.start(), aspan[1]):
            continue
        bare = _BARE_NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start())
        out.append(
            Statement(
                kind="direction",
                distance=float(bare.group(1).replace(",", "")) if bare else None,
                distance_text=bare.group(1) if bare else None,
                text=text[m.start(): aspan[1]],
                span=(m.start(), aspan[1]),
                anchor=name,
                anchor_span=aspan,
                direction=point,
                bearing_deg=lx.COMPASS[point],
                bearing_halfwidth_deg=halfwidth_deg(point),
                pieces=(Piece("direction", m.group(0), m.span()), Piece("anchor", name, aspan)),
                country=anchor_country(text, pos, aspan[1]),
            )
        )
    return out


# A near word ends in a space or in an elided article ("dans la région d'Arkalyk", "près d'Orsk").
_NEAR = re.compile(rf"(?<![\w])(?P<near>{alternation(lx.NEAR_WORDS)})(?:(?<=['’])|\s+)", re.IGNORECASE)
# "сел у Аркалыка", "è atterrata ad Arkalyk": a point preposition right after a landing verb.
_LANDED_AT = re.compile(
    rf"(?<![\w])(?:{alternation((*lx.LANDED_VERBS, *lx.PAST_LANDING_FORMS))})\s+"
    rf"(?P<near>{alternation(lx.NEAR_AFTER_LANDING)})\s+",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(rf"[ \u00a0]+(?:{alternation(lx.REGION_WORDS)})(?![\w])", re.IGNORECASE)


def find_near(text: str, taken: list[tuple[int, int]]) -> list[Statement]:
    """"near X" / "outside X" / "в районе X" statements, and "landed at X" with a point preposition."""
    out: list[Statement] = []
    taken_spans = Spans(taken)
    windows = _landing(text)
    matches = sorted([*finditer_in(_NEAR, text, windows), *finditer_in(_LANDED_AT, text, windows)],
                     key=lambda m: m.start("near"))
    last_end = -1
    for m in matches:
        start = m.start("near")
        if start < last_end or taken_spans.holds(start):
            continue
        if _negated(text, start) or _denied(text, start):
            continue
        s0 = sentence_at(text, start)[0]
        if _near_belongs_to_another(text, max(s0, start - 60), start):
            continue
        anchor = _match_anchor(text, m.end(), allow_unnamed=False)
        if anchor is None:
            continue
        name, aspan, _ = anchor
        if m.re is _LANDED_AT and _REGION_AFTER.match(text, aspan[1]):
            continue  # "landed in the Karaganda region" is a region, said by the hints
        if _about_debris(text, start, aspan[1]):
            continue
        last_end = aspan[1]
        out.append(
            Statement(
                kind="near",
                text=text[start: aspan[1]],
                span=(start, aspan[1]),
                anchor=name,
                anchor_span=aspan,
                qualifier=m.group("near"),
                pieces=(Piece("qualifier", m.group("near"), m.span("near")), Piece("anchor", name, aspan)),
                country=anchor_country(text, m.end(), aspan[1]),
            )
        )
    return out


_BACK_REFERENCE = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:away|off|distant|de distance|entfernt|далее|from\s+(?:the|this|that)\s+"
    r"(?:town|city|settlement|village|site)|from\s+(?:it|there)|от\s+(?:города|поселка|посёлка|него|населенного"
    r"\s+пункта)|de\s+la\s+(?:ville|localité)|de\s+celle-ci|von\s+der\s+Stadt|von\s+dort|de\s+la\s+ciudad|"
    r"dalla\s+città|da\s+cidade|od\s+miasta)?\s*(?=[,.;:)\n]|$)",
    re.IGNORECASE,
)


def _with_back_referenced_distance(text: str, d: Statement, taken: Spans) -> Statement:
    """"southeast of X, about 150 km from the town": the direction statement takes the distance."""
    s0, s1 = sentence_at(text, d.span[0])
    for (m_start, m_end), value, number_text, unit_word, num_span in _distances(text, ((s0, s1),), lookahead=0):
        if m_start < s0 or taken.holds(m_start):
            continue
        if not _BACK_REFERENCE.match(text, m_end):
            continue
        q = _qualifier(text, num_span[0], s0)
        unit = _UNIT_FORMS.get(unit_word.lower(), _UNIT_FORMS.get(unit_word, "km"))
        pieces = [*d.pieces, Piece("distance", text[m_start:m_end], (m_start, m_end))]
        if q:
            pieces.append(Piece("qualifier", q[0], q[2]))
        start, end = min(d.span[0], m_start), max(d.span[1], m_end)
        return replace(d, kind="offset", text=text[start:end], span=(start, end), distance=value,
                       distance_text=number_text, distance_max=_vague_max(number_text), unit=unit, qualifier=q[0] if q else None,
                       sense=q[1] if q else None, pieces=tuple(sorted(pieces, key=lambda p: p.span)))
    return d


# Between "near X," and the distance that follows it: a comma and at most two short words ("в", "примерно в").
_GAP_TO_DISTANCE = re.compile(r"[ \u00a0]*[,–—][ \u00a0]*(?:[^\W\d_]{1,12}[ \u00a0]+){0,2}")


def _near_with_distance(text: str, n: Statement, taken: Spans) -> Statement:
    """"в районе города X, в 151 километре юго-восточнее": the near statement takes the distance and the
    direction that follow it and refer back to X (nothing after them but the end of the clause)."""
    if n.anchor_span is None:
        return n
    s0, s1 = sentence_at(text, n.span[0])
    end = n.anchor_span[1]
    gap = _GAP_TO_DISTANCE.match(text, end)
    if gap is None:
        return n
    for (m_start, m_end), value, number_text, unit_word, num_span in _distances(text, ((end, min(s1, end + 40)),),
                                                                                  lookahead=0):
        if m_start > gap.end() or taken.holds(m_start):
            continue
        pos = _AFTER_UNIT.match(text, m_end).end()
        direction, pieces = None, [*n.pieces, Piece("distance", text[m_start:m_end], (m_start, m_end))]
        dm = _DIRECTION_PHRASE.match(text, pos)
        if dm and (point := compass_point(dm.group("dir"))):
            direction, pos = point, dm.end()
            pieces.append(Piece("direction", dm.group(0), dm.span()))
        if not _BACK_REFERENCE.match(text, pos):
            continue
        q = _qualifier(text, num_span[0], s0)
        unit = _UNIT_FORMS.get(unit_word.lower(), _UNIT_FORMS.get(unit_word, "km"))
        stop = pos if direction else m_end
        pieces = [p for p in pieces if p.kind != "qualifier"]
        if q:
            pieces.append(Piece("qualifier", q[0], q[2]))
        return replace(n, kind="offset", text=text[n.span[0]:stop], span=(n.span[0], stop), distance=value,
                       distance_text=number_text, distance_max=_vague_max(number_text), unit=unit, qualifier=q[0] if q else None,
                       sense=q[1] if q else None, direction=direction,
                       bearing_deg=lx.COMPASS[direction] if direction else None,
                       bearing_halfwidth_deg=halfwidth_deg(direction) if direction else None,
                       pieces=tuple(sorted(pieces, key=lambda p: p.span)))
    return n


_CJK_LETTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Letters of Turkish and Kazakh (both scripts) that no other language read here uses.
_TURKIC_LETTERS = re.compile(r"[ıİşŞğĞәғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Kazakh in plain ASCII transliteration has none of them: its postposition "qaray", its word for kilometre.
_KAZAKH_ASCII_WORDS = ("qaray", "shaqyrym", "qaraı", "qondy")


def find_statements(text: str) -> list[Statement]:
    """Every landing statement in reading order (offsets, then direction-only, then near)."""
    offsets = find_offsets(text)
    taken = [s.span for s in offsets]
    offset_spans = Spans(taken)
    directions = [_with_back_referenced_distance(text, d, offset_spans) for d in find_directions(text, taken)]
    taken += [s.span for s in directions]
    taken_now = Spans(taken)
    near = [_near_with_distance(text, n, taken_now) for n in find_near(text, taken)]
    taken += [s.span for s in near]
    # Word orders of their own: anchor first (Chinese, Japanese, Turkish, Kazakh).
    # Each runs only where its scripts are (a cheap test): most articles are neither.
    finders = []
    if _CJK_LETTERS.search(text):
        finders.append(cjk.find_statements)
    if _TURKIC_LETTERS.search(text) or contains_any(text, _KAZAKH_ASCII_WORDS) is not None:
        finders.append(suffixing.find_statements)
    taken_spans = Spans(taken)
    other = [s for finder in finders for s in finder(text) if not taken_spans.overlaps(*s.span)]
    return sorted([*offsets, *directions, *near, *other], key=lambda s: s.span)
