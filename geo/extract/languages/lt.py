"""Words the press uses for landings in this language (ISO 639-1 "lt"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Lithuanian puts the direction as "į" + a compass noun in the accusative ("už 143 km į pietryčius nuo
Žezkazgano miesto", "į šiaurės rytus nuo Arkalyko"); the town follows "nuo" (from) in the genitive, and the
word for "town" comes after the name ("Žezkazgano miesto"), where the name has already ended.
"""

from __future__ import annotations

# ── units ─────────────────────────────────────────────────────────────────────────────
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # nautical miles: "jūrmylių", "jūrinių mylių"
    "nmi": ("jūrmylių", "jūrmylės", "jūrmylė", "jūrmyles", "jūrinių mylių", "jūrinės mylios", "jūrmylėmis"),
    # kilometre in every case and number ("143 kilometrų", "85 kilometrai", "už 1 kilometro")
    "km": ("kilometrų", "kilometrai", "kilometras", "kilometro", "kilometrus", "kilometrą", "kilometre",
           "kilometruose", "kilometrais", "kilometrams"),
    # statute miles
    "mi": ("mylių", "mylios", "mylia", "mylias", "myliomis", "mylią"),
}

# ── qualifiers before the number ──────────────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # a little less than: "beveik 150 km", "vos ne", "bemaž"
    "below": ("beveik", "bemaž", "vos ne", "kone", "kiek mažiau nei", "kiek mažiau kaip", "arti"),
    # either side: "maždaug", "apie", "apytiksliai", "apytikriai", "kokių"
    "about": ("maždaug", "apie", "apytiksliai", "apytikriai", "apytikslai", "kokių", "kokius"),
    # at least: "daugiau nei", "daugiau kaip", "mažiausiai", "ne mažiau kaip" ("per" is left out: Italian "for")
    "above": ("daugiau nei", "daugiau kaip", "daugiau negu", "mažiausiai", "ne mažiau kaip", "ne mažiau nei",
              "virš"),
    # anywhere up to: "iki", "mažiau nei", "ne daugiau kaip", "ne toliau kaip"
    "upto": ("iki", "mažiau nei", "mažiau kaip", "mažiau negu", "ne daugiau kaip", "ne daugiau nei",
             "ne toliau kaip", "ne toliau nei", "spinduliu iki"),
}

# ── directions ────────────────────────────────────────────────────────────────────────
# Compass roots: šiaurė (N), pietūs (S), rytai (E), vakarai (W), and the compounds "pietryčiai" (ryt -> ryč),
# "pietvakariai", "šiaurės rytai" (two words), "šiaurrytis"; adjectives "pietinis", "rytinis".
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (
    ("šiaurės", "N"), ("šiaur", "N"),
    ("piet", "S"),
    ("ryč", "E"), ("ryt", "E"),
    ("vakar", "W"),
)
# Endings after the last root, in the cases the press uses: accusative after "į" ("į pietus, į rytus,
# į šiaurę, į pietryčius"), genitive ("pietryčių", "šiaurės"), locative ("pietryčiuose", "šiaurėje"), and the
# adjective ("pietinėje", "rytiniame"). "-as" and "-ą" are left out: "rytas/rytą" is "morning".
DIRECTION_SUFFIXES: tuple[str, ...] = (
    "ūs", "us", "ų", "uose", "ai",
    "iai", "ius", "ių", "iuose",
    "ė", "ę", "ėje",
    "inis", "inė", "inėje", "iniame", "inio", "inės", "iniai", "inių",
)
# "į" (to, into) stands before the direction noun: "į pietryčius nuo X". One letter, but it is how
# Lithuanian says "to the south-east of"; it is only read right before a compass word.
DIRECTION_PREFIXES: tuple[str, ...] = ("į",)

# Words that tie the distance or the direction to the town: "nuo" (from), "nutolusi nuo" (distant from).
RELATIONS: tuple[str, ...] = ("nuo", "nutolusi nuo", "nutolęs nuo", "nutolusioje nuo", "atstumu nuo")

# Words between "nuo" and the name. The kind of place usually follows the name ("Žezkazgano miesto"), where the
# name has already ended; before it stand a country's genitive ("nuo Kazachstano Žezkazgano miesto") or
# "miesto" itself in some copy.
DESCRIPTORS: tuple[str, ...] = (
    "miesto", "miestelio", "kaimo", "gyvenvietės", "sostinės", "srities centro", "rajono centro",
    "kazachstano miesto", "kazachų miesto",
    # a country's or a US state's genitive before the town ("nuo Kazachstano Žezkazgano miesto", "netoli Floridos
    # Tampos miesto")
    "kazachstano", "rusijos", "kinijos", "mongolijos", "jav", "jungtinių valstijų", "floridos", "kalifornijos",
    "teksaso", "jutos", "naujosios meksikos",
)

# Anchors without a place name ("nuo kosmodromo", "nuo starto aikštelės").
UNNAMED_ANCHORS: tuple[str, ...] = ("kosmodromo", "starto aikštelės", "paleidimo aikštelės")

# Facilities named after the town ("Žezkazgano oro uosto").
FACILITY_WORDS: tuple[str, ...] = ("oro uosto", "oro uostas", "oro uoste", "aerodromo", "aerodromas")

# "near X": "netoli Arkalyko", "prie Arkalyko", "šalia", "arti", "Žezkazgano apylinkėse" is name-first and not here.
NEAR_WORDS: tuple[str, ...] = ("netoli", "prie", "prie pat", "šalia", "visai netoli", "nedaug nuo", "arti")

# Sentences about the landing: "nusileido", "nusileidimo aparatas", "kapsulė", "palietė žemę", splashdowns.
LANDING_CUES: tuple[str, ...] = (
    "nusileid", "nusileis", "nusileist", "leidosi", "nutūpė", "palietė žemę", "kapsul", "parašiut",
    "pliumptelėj", "įkrito į vandenį", "baigė skrydį", "grįžo į žemę", "sugrįžo į žemę",
)

# Another event than the landing: plans, launches, flights onward, mission control.
NOT_LANDING_CUES: tuple[str, ...] = (
    # plans and the intended point
    "planuojam", "planuota", "numatyt", "numatom", "turėjo nusileisti", "iš pradžių", "turėtų",
    # launches and onward flights
    "pakilo", "startavo", "išskrido", "išskris", "nuskraidin", "nugabent",
    # mission control, places described
    "valdymo centr", "įsikūr",
)

# A landing announced: "turėtų nusileisti", "turi nusileisti", "nusileis", "pasieks Žemę".
FUTURE_AUXILIARIES: tuple[str, ...] = ("turėtų", "turi", "turės", "planuoja", "ketina", "numatyta", "numatoma")
LANDING_INFINITIVES: tuple[str, ...] = ("nusileisti", "leistis", "nutūpti", "grįžti į žemę", "pasiekti žemę")
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    "nusileis", "nusileistų", "pasieks žemę", "grįš į žemę", "sugrįš į žemę", "planuojama", "numatoma",
    "turėtų nusileisti",
)
PAST_LANDING_FORMS: tuple[str, ...] = (
    "nusileido", "nusileidusi", "nusileidęs", "nusileidę", "nutūpė", "palietė žemę", "grįžo į žemę",
)

# After the distance: not a distance on the ground (altitude, speed, distance from Earth).
NOT_GROUND_AFTER: tuple[str, ...] = (
    "aukštyje", "aukščio", "aukštyn", "virš", "per valandą", "per sekundę", "į valandą", "nuo žemės",
)

# Region hints: region kinds and parts of an area ("Karagandos srityje", "centriniame Kazachstane").
REGION_WORDS: tuple[str, ...] = (
    "sritis", "srityje", "srities", "regionas", "regione", "regiono", "provincija", "provincijoje", "stepė",
    "stepėje", "stepės", "dykuma", "dykumoje", "dykumos", "valstija", "valstijoje", "valstijos", "rajonas",
    "rajone",
)
AREA_PARTS: dict[str, tuple[str, ...]] = {
    "north-eastern": ("šiaurės rytų", "šiaurės rytin"),
    "north-western": ("šiaurės vakarų", "šiaurės vakarin"),
    "south-eastern": ("pietryčių",),
    "south-western": ("pietvakarių",),
    "central": ("centrin", "vidurio"),
    "northern": ("šiaurin", "šiaurės"),
    "southern": ("pietin", "pietų"),
    "eastern": ("rytin", "rytų"),
    "western": ("vakarin", "vakarų"),
}

# A country named by its adjective or genitive ("Kazachstano stepėje", "kazachų stepėje", "nuo Rusijos
# miesto"): skipped before a town, and its country is the town's.
COUNTRY_ADJECTIVES: dict[str, str] = {
    "kazachstan": "Kazakhstan", "kazach": "Kazakhstan", "mongolij": "Mongolia", "rusijos": "Russia",
    "kinijos": "China", "australijos": "Australia", "japonijos": "Japan",
}

# Numbers in words ("dvidešimt kilometrų", "už penkiasdešimties kilometrų"). "du" (2) is left out: two
# letters, and the French "du" would read as a number; "dvi", "dviejų" are kept. "šimtai"/"šimtų" only follow a
# multiplier ("du šimtai" = 200), which a sum cannot read, so only "šimtas" (one hundred) is here.
NUMBERS: dict[str, int] = {
    **dict.fromkeys(("vienas", "vieno", "vieną", "viena", "vienos"), 1), **dict.fromkeys(("dvi", "dviejų"), 2),
    **dict.fromkeys(("trys", "trijų", "tris"), 3), **dict.fromkeys(("keturi", "keturių", "keturis"), 4),
    **dict.fromkeys(("penki", "penkių", "penkis"), 5), **dict.fromkeys(("šeši", "šešių", "šešis"), 6),
    **dict.fromkeys(("septyni", "septynių", "septynis"), 7), **dict.fromkeys(("aštuoni", "aštuonių", "aštuonis"), 8),
    **dict.fromkeys(("devyni", "devynių", "devynis"), 9), **dict.fromkeys(("dešimt", "dešimties"), 10),
    **dict.fromkeys(("vienuolika", "vienuolikos"), 11), **dict.fromkeys(("dvylika", "dvylikos"), 12),
    **dict.fromkeys(("trylika", "trylikos"), 13), **dict.fromkeys(("keturiolika", "keturiolikos"), 14),
    **dict.fromkeys(("penkiolika", "penkiolikos"), 15), **dict.fromkeys(("šešiolika", "šešiolikos"), 16),
    **dict.fromkeys(("septyniolika", "septyniolikos"), 17), **dict.fromkeys(("aštuoniolika", "aštuoniolikos"), 18),
    **dict.fromkeys(("devyniolika", "devyniolikos"), 19), **dict.fromkeys(("dvidešimt", "dvidešimties"), 20),
    **dict.fromkeys(("trisdešimt", "trisdešimties"), 30), **dict.fromkeys(("keturiasdešimt", "keturiasdešimties"), 40),
    **dict.fromkeys(("penkiasdešimt", "penkiasdešimties"), 50),
    **dict.fromkeys(("šešiasdešimt", "šešiasdešimties"), 60),
    **dict.fromkeys(("septyniasdešimt", "septyniasdešimties"), 70),
    **dict.fromkeys(("aštuoniasdešimt", "aštuoniasdešimties"), 80),
    **dict.fromkeys(("devyniasdešimt", "devyniasdešimties"), 90),
    **dict.fromkeys(("šimtas", "šimto", "šimtą"), 100),
    **dict.fromkeys(("tūkstantis", "tūkstančio", "tūkstančių", "tūkstančiai"), 1000),
}
# Hundreds after a multiplier ("dviejų šimtų kilometrų" = 2 x 100): geo.extract.numbers multiplies.
NUMBER_MULTIPLIERS: dict[str, int] = dict.fromkeys(("šimtai", "šimtų", "šimtus", "šimtais"), 100)

# "Karagandą, esančią 380 km į šiaurės rytus nuo nusileidimo vietos": the town, then a clause placing it
# from the landing site (the statement read the other way round).
LANDING_SITE_WORDS: tuple[str, ...] = ("nusileidimo vietos", "nusileidimo vietą", "nusileidimo taško")
RELATIVE_WORDS: tuple[str, ...] = (
    "esančią", "esantį", "esančio", "esanti", "esantis", "esančios", "kuris", "kuri", "kurį", "kurią",
    "nutolusį", "nutolusią",
)
NEGATIONS: tuple[str, ...] = ("ne",)
