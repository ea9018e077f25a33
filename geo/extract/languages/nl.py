"""Words the press uses for landings in this language (ISO 639-1 "nl"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Dutch reports say "op zo'n 146 kilometer ten zuidoosten van (de stad) Dzjezkazgan", "zuidoostelijk van",
"150 km ZO van" (O = oost), "in de buurt van", "vlak bij", "voor de kust van". Verbs are often split
around the place ("kwam ... neer", "plofte ... neer"), so the cues below are the words that stay whole.
"""

from __future__ import annotations

# ── units ────────────────────────────────────────────────────────────────────────────
# "kilometer"/"km" are in the lexicon already; miles and nautical miles ("zeemijl") are Dutch words.
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "mi": ("mijl", "mijlen", "engelse mijl", "engelse mijlen"),
    "nmi": ("zeemijl", "zeemijlen", "nautische mijl", "nautische mijlen"),
}

# ── qualifiers ───────────────────────────────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # just under the number ("bijna 150 km", "krap 150 km", "een kleine 150 km")
    "below": ("bijna", "nagenoeg", "haast", "krap", "een kleine", "net geen", "iets minder dan"),
    # either side ("ongeveer", "zo'n" with straight or curly apostrophe, "pakweg", "naar schatting")
    "about": (
        "ongeveer", "zo'n", "zo’n", "circa", "rond de", "rond", "omstreeks", "pakweg", "plusminus", "grofweg",
        "ruwweg", "naar schatting", "om en nabij de", "om en nabij", "zowat", "ongeveer op",
    ),
    # at least the number ("ruim 80 km" = more than 80 km)
    "above": ("ruim", "meer dan", "minstens", "ten minste", "tenminste", "zeker", "een goede", "dik", "iets meer dan"),
    # anywhere up to the number
    "upto": ("tot op", "hooguit", "maximaal", "minder dan", "nog geen", "binnen een straal van", "binnen"),
}

# ── directions ───────────────────────────────────────────────────────────────────────
# Compass roots: noord, zuid, oost ("west" is in the lexicon): "zuidoosten", "noordnoordoosten".
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (
    ("noord", "N"), ("zuid", "S"), ("oost", "E"),
    # Dutch abbreviations, where O is east: "150 km ZO van X". Two letters because that is how they are
    # written; the compass check and the relation that must follow ("van") keep the Dutch word "zo" out.
    ("zo", "SE"), ("zw", "SW"), ("no", "NE"),
    # the three-letter ones that contain Z or O (NNW, WNW... are the English letters)
    ("nno", "NNE"), ("ono", "ENE"), ("ozo", "ESE"), ("zzo", "SSE"), ("zzw", "SSW"), ("wzw", "WSW"),
)
# Adjectival endings: "zuidoostelijk van", "noordelijk van" ("-en" of "zuidoosten" is in the lexicon).
DIRECTION_SUFFIXES: tuple[str, ...] = ("elijk", "elijke", "lijk", "lijke")
# "ten zuidoosten van X"
DIRECTION_PREFIXES: tuple[str, ...] = ("ten",)

# ── relations and descriptors ────────────────────────────────────────────────────────
# Words that tie a distance or direction to the town: "van", "vanaf", "150 km verwijderd van",
# "20 zeemijl voor de kust van", "20 km buiten".
RELATIONS: tuple[str, ...] = (
    "van", "vanaf", "verwijderd van", "vandaan van", "voor de kust van", "uit de kust van", "buiten",
)

# Place nouns before the name, with or without the article ("de stad X", "het dorp X", "de hoofdstad X").
_PLACE_NOUNS = (
    "stad", "stadje", "plaats", "plaatsje", "dorp", "dorpje", "gemeente", "nederzetting", "hoofdstad",
    "provinciehoofdstad", "regiohoofdstad", "mijnstad", "mijnbouwstad", "koperstad", "steppestad", "havenstad",
    "kustplaats", "badplaats", "kuststad", "grensstad", "districtshoofdstad",
)
_ARTICLED = tuple(f"de {n}" for n in _PLACE_NOUNS if n not in ("stadje", "plaatsje", "dorp", "dorpje"))
_ARTICLED_HET = ("het stadje", "het plaatsje", "het dorp", "het dorpje")
# Demonyms before the place noun ("de Kazachse stad X", "de Russische stad X"): the adjective is part of the
# descriptor, so it never becomes the anchor.
_DEMONYM_ADJECTIVES = (
    "kazachse", "kazachstaanse", "russische", "amerikaanse", "chinese", "mongoolse", "japanse", "australische",
    "mexicaanse", "oezbeekse", "kirgizische",
)
_DEMONYM_DESCRIPTORS = tuple(
    f"{article}{adj} {noun}"
    for adj in _DEMONYM_ADJECTIVES
    for noun in ("stad", "mijnstad", "steppestad", "havenstad", "kustplaats", "badplaats", "hoofdstad", "plaats",
                 "provinciehoofdstad", "gemeente")
    for article in ("de ", "")
) + tuple(f"het {adj} {noun}" for adj in _DEMONYM_ADJECTIVES for noun in ("stadje", "plaatsje", "dorp", "dorpje"))
# Facilities and the launch base, named before the town ("het vliegveld van X", "de lanceerbasis Bajkonoer").
_FACILITY_DESCRIPTORS = (
    "het vliegveld van", "het vliegveld", "de luchthaven van", "de luchthaven", "de vliegbasis", "de lanceerbasis",
    "lanceerbasis", "de russische lanceerbasis", "de kazachse lanceerbasis", "het kosmodroom", "kosmodroom",
    "de ruimtehaven",
)
DESCRIPTORS: tuple[str, ...] = (
    *_ARTICLED, *_ARTICLED_HET, *_PLACE_NOUNS, *_DEMONYM_DESCRIPTORS, *_FACILITY_DESCRIPTORS,
)

# ── near ─────────────────────────────────────────────────────────────────────────────
NEAR_WORDS: tuple[str, ...] = (
    # near, close to, in the area of
    "in de buurt van", "in de omgeving van", "in de nabijheid van", "in de regio rond", "vlak bij", "vlakbij",
    "dicht bij", "dichtbij", "nabij", "niet ver van", "op korte afstand van",
    # "bij X" = at/near X (three letters, Dutch only; the capitalised name that must follow keeps "bij de landing" out)
    "bij",
    # just outside
    "net buiten", "vlak buiten", "even buiten", "buiten",
    # splashdowns: off the coast of X, abeam X
    "voor de kust van", "voor de kust bij", "uit de kust van", "ter hoogte van",
)

# ── landing cues ─────────────────────────────────────────────────────────────────────
# "land" (lexicon) already covers landde, landden, geland, landing, landingscapsule. The separable verb
# "neerkomen" appears as "kwam ... neer": " neer" (with its space, so "wanneer" is not one).
LANDING_CUES: tuple[str, ...] = (
    " neer", "neergekomen", "neerkwam", "neerkwamen", "neergestort",
    "plons", "geplonsd",
    "terugkeer", "keerde terug", "keerden terug", "teruggekeerd",
    "afdalingsmodule", "daalde",
)

# Sentences about another event: the plan, the launch, the flight to the recovery base, mission control.
NOT_LANDING_CUES: tuple[str, ...] = (
    # planned, intended, originally (not bare "gepland": "landde zoals gepland" is a real landing)
    "geplande", "staat gepland", "stond gepland", "was gepland", "is gepland", "gepland op", "gepland om",
    "gepland voor", "oorspronkelijk", "aanvankelijk", "beoogd", "de bedoeling", "verwacht te landen",
    "wordt verwacht", "worden verwacht", "zou moeten",
    # the future
    "zal landen", "zullen landen", "gaat landen", "gaan landen", "moet landen", "moeten landen", "zal neerkomen",
    "zullen neerkomen",
    # the launch and the flights afterwards
    "vertrok", "vertrokken", "gelanceerd", "gelanceerd vanaf", "opgestegen", "steeg op", "lanceerde",
    "vloog naar", "vlogen naar", "gevlogen naar", "overgevlogen", "overgebracht", "vloog vanaf",
    # where something is, not where the capsule came down
    "vluchtleiding", "controlecentrum", "gevestigd", "ligt ", "hoofdkwartier",
    # altitude and speed ("op een hoogte van 400 km")
    "hoogte van", "snelheid van",
)

# A landing announced rather than reported: "zal ... landen", "moet ... neerkomen", "staat gepland".
FUTURE_AUXILIARIES: tuple[str, ...] = ("zal", "zullen", "gaat", "gaan", "moet", "moeten", "zou", "zouden")
LANDING_INFINITIVES: tuple[str, ...] = (
    "landen", "te landen", "neerkomen", "neer te komen", "neerplonzen", "terugkeren", "terug te keren",
    "aan de grond komen",
)
# Present tense with a time still to come means the future ("Kuipers landt zondagochtend").
_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WHEN = (
    *_DAYS, *(d + part for d in _DAYS for part in ("ochtend", "middag", "avond", "nacht")),
    "morgen", "morgenochtend", "morgenmiddag", "morgenavond", "overmorgen", "vanavond", "vannacht",
    "vanmiddag", "straks", "later vandaag", "volgende week", "deze week", "naar verwachting",
)
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    "staat gepland", "stond gepland", "is gepland", "gepland staat", "wordt verwacht", "worden verwacht",
    "zal landen", "zullen landen",
    *(f"{verb} {when}" for verb in ("landt", "landen") for when in _WHEN),
)
# ...unless the sentence also reports a landing that happened ("landde zoals gepland").
PAST_LANDING_FORMS: tuple[str, ...] = (
    "landde", "landden", "geland", "neergekomen", "kwam neer", "kwamen neer", "neerkwam", "neerkwamen",
    "plonsde", "plonsden", "geplonsd", "neergeplonsd", "teruggekeerd", "keerde terug", "keerden terug",
)

# After a distance: not a distance on the ground ("op 400 kilometer hoogte", "40.000 kilometer per uur").
NOT_GROUND_AFTER: tuple[str, ...] = (
    "hoogte", "hoog", "boven", "boven de aarde", "per uur", "per seconde", "in een baan", "lang", "breed",
    "diep", "afgelegd",
)

# ── hints ────────────────────────────────────────────────────────────────────────────
# Words that make a name a region ("de regio Karaganda", "het gebied", "de woestijn").
REGION_WORDS: tuple[str, ...] = ("regio", "provincie", "gebied", "woestijn", "deelstaat", "steppen")
# Adjectives that name a country's steppe ("Kazachse steppe" is read by the lexicon's "kazach").
COUNTRY_ADJECTIVES: dict[str, str] = {"mongools": "Mongolia", "chinees": "China"}
# Demonyms and country adjectives (stems) that are never an anchor.
DEMONYMS: tuple[str, ...] = (
    "kazachs", "kazachstaans", "russisch", "chinees", "amerikaans", "japans", "mongools", "sovjet",
    "australisch", "nederlands", "belgisch", "mexicaans", "oezbeeks", "kirgizisch",
)

# ── numbers in words ─────────────────────────────────────────────────────────────────
# Dutch writes numbers as one word ("honderdvijftig", "vijfenveertig"), so the compounds are listed:
# 1-99, the hundreds and the hundreds plus a round ten. Summed like the other tables
# ("honderd vijftig" written apart = 150).
_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9}
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
          "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
         "tachtig": 80, "negentig": 90}
_COMPOUNDS = {
    # "eenentwintig", "tweeëntwintig" (a diaeresis after -e), "vijfenveertig"
    (u + ("ën" if u.endswith("e") and u != "een" else "en") + t): uv + tv
    for u, uv in _UNITS.items() if u != "één" for t, tv in _TENS.items()
}
_HUNDREDS = {"honderd": 100, **{u + "honderd": uv * 100 for u, uv in _UNITS.items() if u not in ("een", "één")}}
_HUNDRED_AND_TENS = {h + t: hv + tv for h, hv in _HUNDREDS.items() for t, tv in {"tien": 10, **_TENS}.items()}
NUMBERS: dict[str, int] = {
    **_UNITS, **_TEENS, **_TENS, **_COMPOUNDS, **_HUNDREDS, **_HUNDRED_AND_TENS,
    "duizend": 1000, "tweeduizend": 2000, "drieduizend": 3000,
}

# "Karaganda, dat zo'n 400 km ten noordoosten van de landingsplaats ligt": the town placed from the landing.
LANDING_SITE_WORDS: tuple[str, ...] = ("landingsplaats", "landingsplek", "plaats van de landing")
RELATIVE_WORDS: tuple[str, ...] = ("dat", "die", "gelegen", "zo'n", "ongeveer")
NEGATIONS: tuple[str, ...] = ("niet",)
