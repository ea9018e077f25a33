"""Words the press uses for landings in this language (ISO 639-1 "ro"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Romanian reports say "la aproximativ 145 de kilometri sud-est de orașul (kazah) Jezkazgan", "la nord de X",
"în apropiere de X", "lângă localitatea X", "în largul orașului X". Numbers of 20 and more take "de" before
the unit ("150 de kilometri"): the grammar reads number + unit with nothing between, so "de kilometri",
"de km" and "de mile" are listed as unit words. The press writes both the comma-below letters (ș ț) and the
older cedilla ones (ş ţ), and online copy often drops the diacritics: every phrase with them is listed in
the three spellings (``_spellings``).
"""

from __future__ import annotations


def _spellings(*phrases: str) -> tuple[str, ...]:
    """Each phrase with ș/ț (comma below), with ş/ţ (cedilla) and without diacritics, in that order."""
    out: list[str] = []
    for p in phrases:
        cedilla = p.replace("ș", "ş").replace("ț", "ţ")
        plain = cedilla.translate(str.maketrans("şţăâî", "staai"))
        for form in (p, cedilla, plain):
            if form not in out:
                out.append(form)
    return tuple(out)


# ── units ────────────────────────────────────────────────────────────────────────────
# "kilometri"/"kilometru" and, for 20 and more, with the "de" the number takes ("150 de kilometri").
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "km": ("kilometri", "kilometru", "kilometrii", "de kilometri", "de km"),
    # "mile" (miles) is in the lexicon; with "de" and the singular "milă"
    "mi": _spellings("de mile", "milă"),
    "nmi": _spellings("mile marine", "de mile marine", "mile nautice", "de mile nautice", "milă marină"),
}

# ── qualifiers ───────────────────────────────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # nearly
    "below": _spellings("aproape", "puțin sub", "ceva mai puțin de"),
    # about ("circa" is in the lexicon)
    "about": _spellings("aproximativ", "cam", "în jur de", "în jurul a", "vreo", "circa la", "aproximativ la"),
    # more than
    "above": _spellings("peste", "mai mult de", "mai bine de", "cel puțin", "puțin peste", "ceva mai mult de"),
    # up to
    "upto": _spellings("până la", "mai puțin de", "sub", "cel mult", "în raza de", "pe o rază de"),
}

# ── directions ───────────────────────────────────────────────────────────────────────
# Romanian uses nord, sud, est (in the lexicon) and vest: "sud-vest", "nord-vest", "la vest de".
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (("vest", "W"),)

# ── relations and descriptors ────────────────────────────────────────────────────────
# "de" is in the lexicon; "față de" ("150 km față de X"), "distanță de".
RELATIONS: tuple[str, ...] = _spellings("față de", "distanță de", "departe de")

# Place nouns before the name, nominative and genitive ("de orașul X", "în largul orașului X").
_MASCULINE_NOUNS = _spellings(
    "orașul", "orașului", "orășelul", "orășelului", "satul", "satului", "municipiul", "municipiului",
)
_FEMININE_NOUNS = _spellings("localitatea", "localității", "comuna", "comunei", "capitala", "capitalei",
                             "stațiunea", "stațiunii")
# The launch base and airports, named before the town ("la 400 km de cosmodromul Baikonur").
_FACILITY_NOUNS = _spellings(
    "cosmodromul", "cosmodromului", "cosmodromul din", "aeroportul", "aeroportului", "aeroportul din",
    "baza aeriană", "baza aeriană din",
)
# "cel mai apropiat oraș, X": the name in apposition after the nearest town.
_NEAREST = _spellings(
    "cel mai apropiat oraș,", "cel mai apropiat oraș", "cea mai apropiată localitate,", "cea mai apropiată localitate",
    "orașul cel mai apropiat,", "localitatea cea mai apropiată,",
)
# A demonym after the noun ("orașul kazah X", "localitatea kazahă X") is part of the descriptor, so it never
# becomes the anchor; the adjective agrees with the noun.
_MASCULINE_ADJECTIVES = _spellings("kazah", "kazahstanez", "rus", "rusesc", "american", "chinez", "chinezesc",
                                   "mexican", "mongol", "japonez", "australian", "uzbec", "kârgâz")
_FEMININE_ADJECTIVES = _spellings("kazahă", "kazahe", "kazahstaneză", "kazahstaneze", "rusă", "ruse",
                                  "rusească", "rusești", "americană", "americane", "chineză", "chineze",
                                  "mexicană", "mexicane", "mongolă", "mongole", "japoneză", "australiană")
DESCRIPTORS: tuple[str, ...] = (
    *_MASCULINE_NOUNS, *_FEMININE_NOUNS, *_NEAREST,
    *_FACILITY_NOUNS,
    *(f"{n} {a}" for n in _MASCULINE_NOUNS for a in _MASCULINE_ADJECTIVES),
    *(f"{n} {a}" for n in _FEMININE_NOUNS for a in _FEMININE_ADJECTIVES),
)

# ── near ─────────────────────────────────────────────────────────────────────────────
NEAR_WORDS: tuple[str, ...] = _spellings(
    # near, not far from, in the surroundings of
    "în apropiere de", "în apropierea", "aproape de", "lângă", "nu departe de", "nu foarte departe de",
    "în preajma", "în vecinătatea", "în împrejurimile", "în zona orașului", "în zona localității",
    "la periferia", "în afara",
    # splashdowns: off (the coast of) X, abeam X
    "în largul", "în largul coastei", "în largul coastelor", "în dreptul",
)

# ── landing cues ─────────────────────────────────────────────────────────────────────
# "capsula" is in the lexicon (Italian/Spanish); Romanian "aterizare" has one r, so "aterriz" does not read it.
LANDING_CUES: tuple[str, ...] = (
    "ateriz", "ameriz", "amariz", "capsul",
    *_spellings("atins solul", "atins pământul", "modulul de coborâre", "modul de coborâre", "modulului de coborâre",
                "revenit pe terra", "revenit pe pământ", "revenirea pe terra", "revenirea pe pământ",
                "întors pe pământ", "întors pe terra", "întoarcerea pe pământ", "parașut", "a coborât", "au coborât"),
)

# Sentences about another event: the plan, the launch, the transfer, mission control, the orbit.
NOT_LANDING_CUES: tuple[str, ...] = _spellings(
    # planned, originally (not bare "prevăzut"/"planificat": "a aterizat așa cum era prevăzut" is a real landing)
    "prevăzut să", "prevăzută să", "este prevăzut", "este prevăzută", "prevăzută pentru", "prevăzut pentru",
    "planificat să", "planificată să", "planificată pentru", "planificat pentru", "este planificat",
    "este planificată", "inițial", "urma să", "ar fi trebuit", "trebuia să",
    # the future
    "va ateriza", "vor ateriza", "urmează să", "va amariza", "va ameriza",
    # the launch and the flights afterwards
    "lansat", "lansată", "lansarea de la", "decolat", "decolare", "transportat", "transportați", "duși cu",
    "zbura spre", "zboară spre", "au plecat spre",
    # where something is, not where the capsule came down
    "centrul de control", "se află",
    # altitude and speed ("la o altitudine de 400 de km")
    "altitudine de", "altitudinea de", "înălțime de", "viteză de", "viteza de",
)

# A landing announced rather than reported: "va ateriza", "urmează să aterizeze", "este prevăzută".
FUTURE_AUXILIARIES: tuple[str, ...] = _spellings(
    # ("vor" alone is left out: it is German "before", and German "landen" is an infinitive here)
    "o să", "urmează să", "urma să", "ar urma să", "trebuie să", "trebuia să", "ar trebui să",
    "este programată să", "este programat să", "este așteptată să", "este așteptat să", "sunt așteptați să",
    "se așteaptă să",
)
LANDING_INFINITIVES: tuple[str, ...] = _spellings(
    "ateriza", "aterizeze", "ameriza", "amerizeze", "amariza", "amarizeze", "revină", "se întoarcă",
)
FUTURE_LANDING_PHRASES: tuple[str, ...] = _spellings(
    "va ateriza", "vor ateriza", "va amariza", "vor amariza", "va ameriza", "vor ameriza", "va reveni pe pământ",
    "este prevăzută", "este prevăzut", "e prevăzută", "sunt prevăzute", "este programată", "este programat",
    "e programată", "sunt programate", "este planificată", "este planificat", "este așteptată", "este estimată",
)
# ...unless the sentence also reports a landing that happened ("a aterizat așa cum era programat").
PAST_LANDING_FORMS: tuple[str, ...] = _spellings(
    "aterizat", "aterizată", "aterizase", "aterizaseră", "amerizat", "amerizată", "amarizat", "amarizată",
    "a atins solul", "au atins solul", "a revenit", "au revenit", "s-a întors", "s-au întors",
    "a coborât", "au coborât", "a coborat", "au coborat",
)

# After a distance: not a distance on the ground ("400 de kilometri altitudine", "28.000 de km pe oră").
NOT_GROUND_AFTER: tuple[str, ...] = _spellings(
    "altitudine", "de altitudine", "înălțime", "de înălțime", "pe oră", "pe secundă", "la oră", "pe orbită",
    "deasupra", "în spațiu",
)

# ── hints ────────────────────────────────────────────────────────────────────────────
# Words that make a name a region ("regiunea Karaganda", "stepa kazahă").
REGION_WORDS: tuple[str, ...] = _spellings(
    "regiunea", "regiunii", "provincia", "provinciei", "stepa", "stepele", "stepă", "deșertul", "deșertului",
    "statul", "statului",
)
# Adjectives that name a country ("stepa kazahă").
COUNTRY_ADJECTIVES: dict[str, str] = {"kazah": "Kazakhstan", "mongol": "Mongolia", "chinez": "China"}
# Demonyms and country adjectives (stems) that are never an anchor.
DEMONYMS: tuple[str, ...] = (
    "kazah", "kazahstanez", "rusesc", "rusește", "american", "chinez", "mexican", "japonez", "mongol",
    "sovietic", "australian", "uzbec",
)

# ── numbers in words ─────────────────────────────────────────────────────────────────
# Summed ("o sută cincizeci" = 100 + 50; "douăzeci și cinci" = 20 + 0 + 5; "două mii" = 2 x 1000).
# "o" (one, in "o sută") is left out: the tables add, so "o sută" would be 101. "sute" (hundreds, as in
# "două sute") is left out too: summed it would give 102; it needs the grammar to multiply by 100.
# "și" joins tens and units (value 0); its spelling without diacritics, "si", is left out: it is French and
# Spanish for "if" and would glue onto their number words.
NUMBERS: dict[str, int] = {"și": 0, "şi": 0, "unu": 1, "doi": 2, "două": 2, "doua": 2}
for _words, _value in (
    (("trei",), 3), (("patru",), 4), (("cinci",), 5), (_spellings("șase"), 6), (_spellings("șapte"), 7),
    (("opt",), 8), (_spellings("nouă"), 9), (("zece",), 10),
    (("unsprezece",), 11), (_spellings("doisprezece", "douăsprezece"), 12), (("treisprezece",), 13),
    (("paisprezece",), 14), (("cincisprezece",), 15), (_spellings("șaisprezece"), 16),
    (_spellings("șaptesprezece"), 17), (("optsprezece",), 18), (_spellings("nouăsprezece"), 19),
    (_spellings("douăzeci"), 20), (("treizeci",), 30), (("patruzeci",), 40), (("cincizeci",), 50),
    (_spellings("șaizeci"), 60), (_spellings("șaptezeci"), 70), (("optzeci",), 80), (_spellings("nouăzeci"), 90),
    (_spellings("sută"), 100), (("mie", "mii"), 1000),
):
    NUMBERS.update(dict.fromkeys(_words, _value))

# "două sute" (2 x 100), "trei sute cincizeci" (3 x 100 + 50): geo.extract.numbers multiplies, and reads "sute"
# only after a number word.
NUMBER_MULTIPLIERS: dict[str, int] = dict.fromkeys(("sute",), 100)

LANDING_SITE_WORDS: tuple[str, ...] = ("locul aterizării", "locului aterizării", "locul de aterizare",
                                       "locului de aterizare")
RELATIVE_WORDS: tuple[str, ...] = ("care", "aflat", "aflată", "situat", "situată")
NEGATIONS: tuple[str, ...] = ("nu",)
