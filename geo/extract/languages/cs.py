"""Words the press uses for landings in this language (ISO 639-1 "cs"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Czech puts the direction as an adverb ("147 km jihovýchodně od města Džezkazgan") or as "na" + a compass
noun ("140 km na jihovýchod od Džezkazganu"); the town follows "od" (from) in the genitive
("Džezkazganu", "Arkalyku", "Pensacoly"), or stays in the nominative after "města" (of the town).
"""

from __future__ import annotations

# ── units ─────────────────────────────────────────────────────────────────────────────
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # nautical miles: "námořních mil", "námořní míle"
    "nmi": ("námořních mil", "námořní míle", "námořní míli", "námořních mílích", "námořní míle"),
    # kilometre in every case and number ("147 kilometrů", "2 kilometry", "v 150 kilometrech")
    "km": ("kilometrů", "kilometry", "kilometr", "kilometru", "kilometrech", "kilometrem", "kilometrům",
           "kilometrama"),
    # statute miles ("mil" itself is already in the lexicon)
    "mi": ("míle", "mílí", "míli", "mílích", "mílemi"),
}

# ── qualifiers before the number ──────────────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # a little less than: "téměř 150 km", "necelých 150 km", "bezmála"
    "below": ("téměř", "skoro", "necelých", "necelé", "necelý", "bezmála", "takřka", "bez mála"),
    # either side: "přibližně", "zhruba", "asi", "kolem", "okolo", "cca"
    "about": ("přibližně", "zhruba", "asi", "kolem", "okolo", "cca", "cca.", "řádově", "nějakých", "zhruba asi",
              "odhadem", "údajně asi"),
    # at least: "více než 100 km", "přes 100 km", "nejméně"
    "above": ("více než", "víc než", "přes", "nejméně", "alespoň", "minimálně", "dobrých", "přinejmenším"),
    # anywhere up to: "až 30 km", "méně než", "nanejvýš", "v okruhu" ("až" is two letters, but it is the Czech
    # "up to" and is only read right before a number)
    "upto": ("až", "méně než", "míň než", "nanejvýš", "maximálně", "v okruhu", "v okruhu do", "do vzdálenosti"),
}

# ── directions ────────────────────────────────────────────────────────────────────────
# Compass roots: adverbs "severně, jižně, východně, západně" and their compounds ("jihovýchodně",
# "severozápadně"), adjectives ("jihovýchodní"), nouns after "na" ("na jihovýchod od", "na sever od").
# "jv.", "sv.", "jz.", "sz." are the abbreviated compounds newsrooms write ("146 km jv. od X"); they are two
# letters but carry their full stop, so they cannot match inside a word of another language.
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (
    ("severo", "N"), ("sever", "N"),
    ("jiho", "S"), ("jih", "S"), ("již", "S"),
    ("východo", "E"), ("východ", "E"),
    ("západo", "W"), ("západ", "W"),
    ("jv.", "SE"), ("sv.", "NE"), ("jz.", "SW"), ("sz.", "NW"),
)
# Endings after the last root: adverb "-ně" ("východně", "jižně"), adjective "-ní/-ního/-ním" ("jihovýchodní"),
# the locative and genitive of the noun ("na jihovýchodě", "od severu").
DIRECTION_SUFFIXES: tuple[str, ...] = ("ně", "ní", "ního", "ním", "ě", "u", "em")

# Relation "od" (from) is already in the lexicon (Polish); Czech also writes "vzdálen od" (distant from).
RELATIONS: tuple[str, ...] = ("vzdáleno od", "vzdálený od", "vzdálené od", "daleko od")

# Words between the relation and the name: "od města X", "od kazašského města X", "od obce X".
DESCRIPTORS: tuple[str, ...] = (
    # the kind of place, genitive
    "města", "městečka", "obce", "vesnice", "vsi", "osady", "sídla", "hlavního města", "krajského města",
    "okresního města", "hornického města", "důlního města", "správního střediska",
    # a country's adjective before "města" (genitive, masculine/neuter and feminine)
    "kazašského", "kazachstánského", "kazašské", "kazachstánské", "ruského", "ruské", "čínského", "čínské",
    "amerického", "americké", "mongolského", "mongolské", "australského", "australské", "japonského",
    "sovětského", "uzbeckého", "kyrgyzského",
)

# Anchors without a place name ("od místa startu", "od kosmodromu").
UNNAMED_ANCHORS: tuple[str, ...] = ("místa startu", "kosmodromu", "startovací rampy", "odpalovací rampy")

# Facilities named after the town ("letiště Džezkazgan" comes before the name, so only the words that follow).
FACILITY_WORDS: tuple[str, ...] = ("letiště", "letišti", "kosmodrom", "kosmodromu")

# "near X": "nedaleko Arkalyku", "poblíž Džezkazganu", "v blízkosti", "v okolí", "u Žezkazganu".
# "u" + genitive is one letter, but it is the commonest Czech "near a town" ("přistála u Žezkazganu") and it
# needs a capitalised name right after it, so it is kept.
NEAR_WORDS: tuple[str, ...] = (
    "nedaleko od", "nedaleko", "poblíž", "v blízkosti", "blízko", "v okolí", "kousek od", "nedaleko města",
    "nedaleko obce", "u pobřeží", "u břehů", "při pobřeží", "nedaleko pobřeží", "poblíž pobřeží", "u",
)

# Sentences that speak about the landing: "přistál/-a/-i", "přistání", "dosedl/-a", "dopadl/-a", the capsule.
LANDING_CUES: tuple[str, ...] = (
    "přistál", "přistání", "přistan", "přistáv", "přistát", "dosedl", "dosedn", "dosedá", "dopadl",
    "kapsl", "kabin", "návratov", "sestupn", "padák", "na hladinu", "na hladině",
)

# Another event than the landing: plans, launches, flights onward, mission control, the place where a thing is.
NOT_LANDING_CUES: tuple[str, ...] = (
    # plans and the originally intended point
    "plánovan", "naplánován", "původně", "zpočátku", "mělo přistát", "měl přistát", "měla přistát",
    "měli přistát", "očekává", "předpoklád",
    # launches, onward flights and transfers
    "odstartoval", "odstartuje", "odstartovat", "startoval", "vzlétl", "odletěl", "odletí", "poletí",
    "přepraví", "převezou", "převezli", "přeletěl", "přeletí",
    # mission control, places described
    "řízení letů", "řídicí středisko", "sídlí", "nachází", "leží ",
)

# A landing announced: "by měl dosednout", "má přistát", "bude přistávat", "přistane", "je naplánováno".
# "má" is two letters, but it is the Czech auxiliary "is to" and is read only before a landing infinitive.
FUTURE_AUXILIARIES: tuple[str, ...] = (
    "by měl", "by měla", "by mělo", "by měli", "by měly", "měl by", "měla by", "mělo by", "měli by", "má",
    "mají", "bude", "budou", "musí", "mají se", "se chystá", "se chystají",
)
LANDING_INFINITIVES: tuple[str, ...] = ("přistát", "dosednout", "přistávat", "sestoupit", "dopadnout")
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    "přistane", "přistanou", "dosedne", "dosednou", "je naplánováno", "je naplánován", "je naplánována",
    "je plánováno", "je plánován", "je plánována", "se očekává", "očekává se", "naplánováno na",
)
PAST_LANDING_FORMS: tuple[str, ...] = (
    "přistál", "přistála", "přistálo", "přistáli", "přistály", "dosedl", "dosedla", "dosedlo", "dosedli",
    "dosedly", "dopadl", "dopadla", "dopadli",
)

# After the distance: not a distance on the ground (altitude, speed, distance from Earth).
NOT_GROUND_AFTER: tuple[str, ...] = (
    "nad zemí", "nad povrchem", "nad", "za hodinu", "v hodině", "za sekundu", "vysoko", "výšky", "od země",
    "od zemského povrchu", "daleko od země",
)

# Region hints: region kinds and parts of an area ("v Karagandské oblasti", "ve střední části Kazachstánu").
REGION_WORDS: tuple[str, ...] = (
    "oblast", "oblasti", "kraj", "kraje", "kraji", "provincie", "provincii", "step", "stepi", "poušť", "poušti",
    "region", "regionu", "okres", "okresu", "stát", "státu",
)
AREA_PARTS: dict[str, tuple[str, ...]] = {
    "north-eastern": ("severovýchodní", "severovýchod"),
    "north-western": ("severozápadní", "severozápad"),
    "south-eastern": ("jihovýchodní", "jihovýchod"),
    "south-western": ("jihozápadní", "jihozápad"),
    "central": ("střední", "středu", "centrální"),
    "northern": ("severní", "severu"),
    "southern": ("jižní", "jihu"),
    "eastern": ("východní", "východu"),
    "western": ("západní", "západu"),
}

# A country named by its adjective ("kazašské stepi", "od kazašského města X"): the stem is skipped before a
# town and gives its country.
COUNTRY_ADJECTIVES: dict[str, str] = {
    "kazašsk": "Kazakhstan", "kazachstánsk": "Kazakhstan", "mongolsk": "Mongolia", "čínsk": "China",
    "rusk": "Russia", "americk": "United States", "australsk": "Australia", "japonsk": "Japan",
}

# Demonym stems of no one country ("sovětského města").
DEMONYMS: tuple[str, ...] = ("sovětsk",)

# Numbers in words, in the cases used with distances ("dvacet kilometrů", "ve dvaceti kilometrech").
# Hundreds above one hundred are written as two words ("dvě stě", "pět set") that a sum cannot read, so
# "stě", "sta", "set" are left out: such a number is not read rather than read wrong.
NUMBERS: dict[str, int] = {
    **dict.fromkeys(("jeden", "jedna", "jedno", "jednoho", "jedné", "jednom"), 1),
    **dict.fromkeys(("dva", "dvě", "dvou", "dvěma"), 2), **dict.fromkeys(("tři", "tří", "třech", "třemi"), 3),
    **dict.fromkeys(("čtyři", "čtyř", "čtyřech", "čtyřmi"), 4), **dict.fromkeys(("pět", "pěti"), 5),
    **dict.fromkeys(("šest", "šesti"), 6), **dict.fromkeys(("sedm", "sedmi"), 7),
    **dict.fromkeys(("osm", "osmi"), 8), **dict.fromkeys(("devět", "devíti"), 9),
    **dict.fromkeys(("deset", "deseti"), 10), **dict.fromkeys(("jedenáct", "jedenácti"), 11),
    **dict.fromkeys(("dvanáct", "dvanácti"), 12), **dict.fromkeys(("třináct", "třinácti"), 13),
    **dict.fromkeys(("čtrnáct", "čtrnácti"), 14), **dict.fromkeys(("patnáct", "patnácti"), 15),
    **dict.fromkeys(("šestnáct", "šestnácti"), 16), **dict.fromkeys(("sedmnáct", "sedmnácti"), 17),
    **dict.fromkeys(("osmnáct", "osmnácti"), 18), **dict.fromkeys(("devatenáct", "devatenácti"), 19),
    **dict.fromkeys(("dvacet", "dvaceti"), 20), **dict.fromkeys(("třicet", "třiceti"), 30),
    **dict.fromkeys(("čtyřicet", "čtyřiceti"), 40), **dict.fromkeys(("padesát", "padesáti"), 50),
    **dict.fromkeys(("šedesát", "šedesáti"), 60), **dict.fromkeys(("sedmdesát", "sedmdesáti"), 70),
    **dict.fromkeys(("osmdesát", "osmdesáti"), 80), **dict.fromkeys(("devadesát", "devadesáti"), 90),
    **dict.fromkeys(("sto", "stu", "stech"), 100),
    **dict.fromkeys(("tisíc", "tisíce", "tisíci"), 1000),
}

# Hundreds after a multiplier ("dvě stě", "tři sta", "pět set" = 2, 3, 5 x 100): geo.extract.numbers multiplies,
# and reads them only after a number word, so "set" or "sta" alone are never a number.
NUMBER_MULTIPLIERS: dict[str, int] = dict.fromkeys(("stě", "sta", "set"), 100)

# "Karaganda, která leží 400 km severovýchodně od místa přistání": the clause places the town from the landing.
LANDING_SITE_WORDS: tuple[str, ...] = ("místa přistání", "místo přistání", "místě přistání")
RELATIVE_WORDS: tuple[str, ...] = ("který", "která", "které", "jež", "jenž", "ležící", "vzdálené", "vzdálený")
NEGATIONS: tuple[str, ...] = ("ne",)
