"""Words the press uses to say where a landing happened, in eight languages.

English, French, Russian and German are first-class; Spanish, Italian, Portuguese and
Polish report landings with the same building blocks. Every list here is data, not
logic: ``statements.py`` compiles them into patterns. Entries are lower-case; matching
is case-insensitive unless a comment says otherwise.
"""

from __future__ import annotations

# ── units ────────────────────────────────────────────────────────────────────────────
# unit name -> metres, and the written forms that mean it.
UNIT_METRES = {"km": 1000.0, "mi": 1609.344, "nmi": 1852.0, "verst": 1066.8, "m": 1.0}

UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "nmi": (
        "nautical miles", "nautical mile", "nmi", "n mi", "milles nautiques", "mille nautique",
        "морских миль", "морские мили", "морских мили", "морская миля", "seemeilen", "seemeile",
        "millas náuticas", "millas nauticas", "miglia nautiche", "milhas náuticas", "milhas nauticas",
        "mil morskich", "mile morskie",
    ),
    "km": (
        "kilometres", "kilometers", "kilometre", "kilometer", "kilometern", "kilomètres", "kilomètre",
        "kilómetros", "kilometros", "kilómetro", "chilometri", "chilometro", "quilômetros", "quilómetros",
        "quilometros", "quilômetro", "kilometrów", "kilometrow", "kilometry", "kilometrach", "kilometra",
        "километрах", "километров", "километра", "километре", "километр", "км", "km", "kms", "klm",
    ),
    "mi": ("miles", "mile", "mi", "meilen", "meile", "milles", "millas", "miglia", "milhas", "mil", "миль", "мили"),
    "verst": ("versts", "verst", "вёрст", "верст", "версты"),
}

# ── qualifiers ───────────────────────────────────────────────────────────────────────
# sense: "below" (the true value is at most the number), "about" (either side),
# "above" (at least the number), "upto" (anywhere from 0 to the number).
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "below": (
        "nearly", "almost", "just under", "just short of", "a little under", "a little less than",
        "presque", "près de", "pres de", "pas loin de", "un peu moins de",
        "почти", "чуть менее", "чуть меньше", "без малого", "немногим менее",
        "knapp", "fast", "beinahe", "nahezu", "gut und gern",
        "casi", "poco menos de", "quasi", "poco meno di", "quase", "pouco menos de",
        "prawie", "niemal", "blisko", "niespełna",
    ),
    "about": (
        "about", "around", "some", "approximately", "approx.", "approx", "roughly", "circa", "ca.", "c.",
        "an estimated", "estimated", "or so", "~", "≈",
        "environ", "à peu près", "a peu pres", "quelque", "quelques", "approximativement", "autour de",
        "примерно", "около", "приблизительно", "порядка", "где-то", "ориентировочно", "~",
        "rund", "etwa", "ungefähr", "zirka", "ca", "gut", "an die",
        "unos", "unas", "aproximadamente", "alrededor de", "cerca de", "en torno a",
        "circa", "intorno a", "approssimativamente", "all'incirca", "una sessantina",
        "cerca de", "aproximadamente", "uns", "umas", "por volta de", "perto de",
        "około", "ok.", "mniej więcej", "jakieś", "jakies", "przeszło",
    ),
    "above": (
        "more than", "over", "beyond", "upwards of", "in excess of", "at least", "a good", "just over",
        "plus de", "au moins", "plus d'",
        "более", "более чем", "больше", "свыше", "не менее", "более, чем",
        "mehr als", "über", "ueber", "mindestens", "gut über",
        "más de", "mas de", "al menos", "più di", "piu di", "oltre", "almeno", "mais de", "pelo menos",
        "ponad", "ponad", "co najmniej", "powyżej",
    ),
    "upto": (
        "up to", "within", "less than", "no more than", "under", "fewer than", "at most",
        "moins de", "jusqu'à", "jusqu'a", "au plus", "dans un rayon de",
        "менее", "меньше", "не более", "не дальше", "до", "в пределах",
        "bis zu", "weniger als", "höchstens", "unter", "im umkreis von",
        "menos de", "hasta", "meno di", "fino a", "entro", "até", "ate",
        "mniej niż", "mniej niz", "do", "poniżej", "w promieniu",
    ),
}

# ── directions ───────────────────────────────────────────────────────────────────────
# Roots of compass words in every language, each mapped to its compass letter. A
# direction word is read by splitting it into roots ("юго-восточнее" -> юго + восточ ->
# S E -> "SE"; "sudoeste" -> sud + oeste -> "SW"; "west-southwest" -> W S W -> "WSW").
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (
    # English
    ("north", "N"), ("south", "S"), ("east", "E"), ("west", "W"),
    # French / Italian / Spanish / Portuguese
    ("norte", "N"), ("nord", "N"), ("nor", "N"),
    ("sul", "S"), ("sud", "S"), ("sur", "S"),
    ("leste", "E"), ("este", "E"), ("est", "E"), ("es", "E"),
    ("ouest", "W"), ("oeste", "W"), ("ovest", "W"), ("oes", "W"),
    # German
    ("süd", "S"), ("sued", "S"), ("ost", "E"), ("öst", "E"), ("oest", "E"),
    # Russian
    ("северо", "N"), ("север", "N"), ("северн", "N"),
    ("юго", "S"), ("южн", "S"), ("юг", "S"),
    ("восточно", "E"), ("восточ", "E"), ("восток", "E"), ("восто", "E"),
    ("западно", "W"), ("западн", "W"), ("запад", "W"),
    # Polish
    ("północno", "N"), ("północn", "N"), ("północ", "N"),
    ("południowo", "S"), ("południow", "S"), ("południe", "S"), ("południ", "S"),
    ("wschodnio", "E"), ("wschodni", "E"), ("wschodu", "E"), ("wschód", "E"),
    ("zachodnio", "W"), ("zachodni", "W"), ("zachodu", "W"), ("zachód", "W"),
    # Polish abbreviations, the dot part of the root ("na płd.-wsch. od X"): a bare dot after a full word ends
    # a sentence and must not be taken
    ("płd.", "S"), ("płn.", "N"), ("wsch.", "E"), ("zach.", "W"),
)

# Endings that may follow the last root: "southern", "südöstlich", "юго-восточнее",
# "к юго-востоку", "północnym".
DIRECTION_SUFFIXES: tuple[str, ...] = (
    "erly", "ern", "wards", "ward",
    "lich", "lichen", "licher", "en",
    "нее", "ее", "ку", "ке", "ом", "ой", "ого", "ая", "ый", "ий", "а", "е", "у", "ы",
    "ym", "ego", "y", "i", "e", "a",
)

# The 16 points with their nominal bearings (degrees clockwise from north).
COMPASS: dict[str, float] = {
    name: i * 22.5
    for i, name in enumerate(
        ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
    )
}

# Words that may stand before a direction word ("au sud-est de", "к юго-востоку от",
# "na południowy wschód od", "to the south-east of", "im Südosten von").
DIRECTION_PREFIXES: tuple[str, ...] = (
    "to the", "the", "au", "à l'", "a l'", "à", "al", "a", "ao", "à", "na", "к", "на", "в", "im", "nel", "no",
)

# Words that tie a distance or direction to its anchor.
RELATIONS: tuple[str, ...] = (
    "away from", "short of", "outside of", "outside", "off", "from", "of",
    "de la", "de l'", "du", "des", "de", "d'",
    "от", "из",
    "entfernt von", "von", "vom", "der", "des", "vor",
    "del", "de los", "de las",
    "della", "dello", "dalla", "dal", "dall'", "di", "da", "dell'",
    "do", "da", "dos", "das",
    "od",
    # a splashdown N km off a coastal town ("à 45 km au large de X", "a 450 km al largo di X")
    "au large de", "au large d'", "al largo di", "al largo de", "ao largo de", "ao largo da", "ao largo do",
)

# Words between the relation and the name ("the city of", "der Stadt", "города").
DESCRIPTORS: tuple[str, ...] = (
    "the", "a", "city of", "town of", "village of", "settlement of", "capital of", "regional capital",
    "mining town of", "copper town of", "steppe town of", "provincial capital of", "hamlet of",
    "la ville de", "la ville d'", "la localité de", "la localite de", "la ville minière de", "l'", "la", "le",
    "ville de", "ville d'", "localité de",
    "der stadt", "der kupferstadt", "der bergbaustadt", "der ortschaft", "des ortes", "der siedlung",
    "dem ort", "der kleinstadt", "stadt", "ortschaft",
    "города", "города-", "поселка", "посёлка", "села", "населенного пункта", "населённого пункта",
    "райцентра", "аула", "города горняков",
    "la ciudad de", "ciudad de", "la localidad de", "la città di", "città di", "la cittadina di",
    "la cidade de", "cidade de", "a cidade de", "da cidade de",
    "miasta", "miejscowości", "wsi",
)

# Anchors the press names without a place name; they are statements, but the gazetteer
# cannot place them ("400 km from the launch site").
UNNAMED_ANCHORS: tuple[str, ...] = (
    "launch site", "launch pad", "launchpad", "cosmodrome", "target", "landing target", "aim point",
    "planned landing site", "planned landing point", "designated landing site", "landing site",
    "landing zone", "recovery zone", "intended landing site", "expected landing site", "planned site",
    "designated site", "designated area", "designated point", "designated zone", "target point", "target area",
    "intended point", "aim point",
    "site de lancement", "cible", "zone prévue", "point prévu", "cosmodrome",
    "стартовой площадки", "космодрома", "расчетной точки", "расчётной точки", "расчетного района",
    "расчётного района", "точки посадки", "намеченной точки",
    "startplatz", "startplatzes", "ziel", "zielgebiet", "zielpunkt", "landeplatz", "geplanten landeplatz",
    "landeorts", "landeort", "landestelle", "landungsort", "landeplatzes",
    "sitio de lanzamiento", "punto previsto", "zona prevista", "sito di lancio", "punto previsto",
    "lieu prévu", "luogo previsto", "punto stabilito", "área prevista", "local previsto", "zona objetivo",
    "zona objetivo original", "zona objetivo inicial", "punto objetivo", "zona de amerizaje prevista",
    "zona prevista original", "zona di atterraggio prevista", "zone d'atterrissage prévue",
    "заданной точки", "расчетного места", "расчётного места",
    "local de lançamento", "ponto previsto", "miejsca startu", "celu", "planowanego miejsca",
)

# Facilities named after a town ("the Jezkazgan airfield"): the anchor keeps the word, the
# gazetteer places the town, and the explanation says the town stands in.
FACILITY_WORDS: tuple[str, ...] = (
    "airfield", "airport", "air base", "airbase", "base", "spaceport",
    "aéroport", "aérodrome", "аэропорт", "аэропорта", "аэродром", "аэродрома",
    "flughafen", "flugplatz", "aeropuerto", "aeroporto", "lotnisko", "lotniska",
)

# "near X", "outside X": a disc around the anchor.
NEAR_WORDS: tuple[str, ...] = (
    "in the area of", "in the vicinity of", "not far from", "close to", "near", "nearby",
    # splashdowns: "off (the coast of) X"
    "off the coast of", "off the coast near", "off the shore of", "off the coasts of", "off",
    "outside", "just outside", "on the outskirts of",
    "près de", "pres de", "non loin de", "à proximité de", "aux environs de", "dans la région de",
    "недалеко от", "неподалеку от", "неподалёку от", "близ", "возле", "вблизи", "в районе", "рядом с",
    "под",
    "in der nähe von", "in der nähe", "nahe", "unweit von", "unweit", "bei",
    "cerca de", "en las cercanías de", "no lejos de", "vicino a", "nei pressi di", "non lontano da",
    "perto de", "perto da", "perto do", "próximo a", "próximo de", "proximo a", "nas proximidades de",
    "niedaleko", "w pobliżu", "koło", "pod", "w okolicach", "w rejonie",
    # splashdowns and areas: "au large de X", "nella zona di X", "im Raum X", "vor der Küste von X"
    "au large de", "au large d'", "dans la région d'", "dans les environs de", "al largo di", "vicino ad",
    "nella zona di", "nella zona della", "nei pressi della", "nei pressi del", "in prossimità di",
    "frente a las costas de", "frente a la costa de", "frente a", "cercano a", "cerca del", "en la zona de",
    "ao largo de", "ao largo da", "perto da costa de", "nas imediações de", "na região de",
    "im raum", "vor der küste von", "vor der küste", "в окрестностях", "под городом", "в окрестности",
)

# Landing cues: a statement counts only in a sentence that talks about the landing.
LANDING_CUES: tuple[str, ...] = (
    "land", "touched down", "touch down", "touchdown", "came down", "come down", "comes down", "splashed",
    "splashdown", "parachuted", "parachute", "descent module", "capsule", "re-entry", "reentry",
    "atterri", "atterrissage", "posé", "posée", "pose", "retour sur terre", "capsule",
    "приземл", "посадк", "сел ", "спускаем", "капсул",
    "gelandet", "landete", "landung", "aufgesetzt", "niedergegangen", "kapsel", "landekapsel",
    "aterriz", "tocó tierra", "toco tierra", "tocaron tierra", "tomó tierra", "cápsula", "capsula", "atterr",
    # splashdowns and other verbs of coming down
    "splashed down", "amerri", "touché le sol", "amerizó", "acuatizó", "se posó", "ammarat", "amerissou", "desceu",
    "wasserte", "erreichte den boden", "приводнил", "osiadł", "spoczął", "opadł", "lądownik",
    "set down", "sets down", "abstiegsmodul", "landemodul", "herunter", "caiu", "wodowa",
    "toccato terra", "pousou", "pousaram", "pouso", "aterriss", "aterrou", "aterraram", "aterrag", "wylądował", "wyladowal", "lądowa", "ladowa", "kapsuła", "kapsula",
)

# Sentences about something other than the landing: what follows such a cue is not a
# landing statement even if a landing word is near ("flew in from the planned landing
# zone near Arkalyk", "Первоначально посадку планировали в районе города Аркалык").
NOT_LANDING_CUES: tuple[str, ...] = (
    "planned", "scheduled", "originally", "initially", "was supposed", "intended", "expected to land",
    "prévu", "prévue", "initialement", "планир", "первоначально", "предполагал", "должен был",
    "geplant", "ursprünglich", "eigentlich", "previst", "programad", "originalmente", "inicialmente",
    "planowan", "pierwotnie",
    # scheduled, appointed ("посадка назначена на 11:20": the time and point of a landing to come)
    "назначен", "призначен",
    # the future: a landing announced is not a landing that happened
    "due to land", "due back", "will land", "is to land", "set to land", "expected to touch", "will touch down",
    "doit se poser", "doit atterrir", "devrait se poser", "devrait atterrir", "se posera", "atterrira",
    "wird landen", "werden landen", "должен приземлиться",
    "должны приземлиться", "планируется", "приземлится", "è previsto", "dovrebbe atterrare", "atterrerà",
    "está previsto", "debe aterrizar", "aterrizará", "deverá pousar", "vai pousar", "pousará",
    "ma wylądować", "mają wylądować", "wyląduje",
    "flew in from", "flown from", "flown to", "flew to", "based in", "headquartered",
    "вылетел", "вылетела", "вылетели", "launched from", "lifted off", "took off", "décollé", "gestartet",
    "стартовал", "lies ", "located ", "se trouve", "находится", "liegt ",
    # expected, hoped for, aimed at: not (yet) a landing
    "is expected", "are expected", "expected to", "had hoped", "hoped to", "aimed", "designated",
    "ожидается", "ожидалось", "erwartet", "attendu", "se espera", "si prevede", "espera-se", "oczekuje",
    # the crew's journey after the landing
    "by helicopter", "helicopter to", "flown by", "вертолетом", "вертолётом", "на вертолете", "на вертолёте",
    "per hubschrauber", "mit dem hubschrauber", "en hélicoptère", "en helicóptero", "in elicottero",
    "de helicóptero", "helikopterem",
)
# "near" words that put the landing at sea off the place ("off the coast of X", "au large de X"): the land is
# left out of the region (a splashdown).
OFFSHORE_WORDS: tuple[str, ...] = (
    "off", "au large", "al largo", "frente a", "vor der küste", "ao largo", "voor de kust", "în largul",
    "u pobřeží", "у побережья", "біля узбережжя", "قبالة", "açıklarında", "netoli kranto", "przy wybrzeżu",
    "u wybrzeży",
)
# Before a "near X": the place is where something other than the landing is ("mission control near Moscow").
NOT_NEAR_CUES: tuple[str, ...] = (
    "mission control", "control center", "control centre", "headquarters", "центр управления", "цуп",
    "kontrollzentrum", "flugleitzentrum", "centre de contrôle", "centro de control", "centro di controllo",
    "centro de controle", "centrum kontroli", "star city",
    # mission control in the word orders of Italian, Portuguese, Spanish, French, and the town it is in
    "controllo missione", "controllo della missione", "controle da missão", "controle de missão",
    "controle da missao", "control de la misión", "control de misión", "contrôle de la mission",
    "contrôle de mission", "korolev", "koroliov", "koroljow", "королев", "королёв", "корольов", "звёздн", "звездн", "cosmonaut training",
    # where the recovery forces waited, not where the capsule came down
    "staged", "stationed", "positioned", "were based", "was based", "дежурил", "stationiert",
)

# Phrases that say a landing happened as planned ("landed on schedule", "à l'heure prévue", "как и
# планировалось"): their "planned"/"prévue" is no cue of another event, so they are blanked before the
# words-before check reads NOT_LANDING_CUES.
AS_PLANNED: tuple[str, ...] = (
    "as planned", "as scheduled", "on schedule", "at the scheduled time", "at the planned time",
    "right on schedule", "as expected",
    "à l'heure prévue", "a l'heure prevue", "comme prévu", "comme prevu", "à l'endroit prévu", "au moment prévu",
    "как и планировалось", "как планировалось", "в назначенное время", "в запланированное время",
    "в назначенном районе", "точно в назначенное время",
    "wie geplant", "wie vorgesehen", "zur geplanten zeit", "wie erwartet",
    "según lo previsto", "segun lo previsto", "como estaba previsto", "como se esperaba", "a la hora prevista",
    "come previsto", "all'ora prevista", "come da programma", "come programmato",
    "conforme previsto", "como previsto", "como planejado", "na hora prevista", "no horário previsto",
    "zgodnie z planem", "zgodnie z planami", "o planowanej godzinie", "zgodnie z przewidywaniami",
    # "landed in the planned area": where it was meant to, which is where it landed
    "in the planned area", "in the pre-planned", "in the preplanned", "in the designated area",
    "in the planned zone", "in the designated zone", "in the predetermined", "in the pre-determined",
    "в запланированном районе", "в заданном районе", "в расчётном районе", "в расчетном районе",
    "в запланованому районі", "в заданому районі", "у запланованому районі",
    "dans la zone prévue", "dans la zone prevue", "im vorgesehenen", "im geplanten gebiet",
    "en la zona prevista", "nella zona prevista", "na área prevista", "na zona prevista", "w wyznaczonym rejonie",
)

# Negations right before a statement's first word ("не под Аркалыком, а ...", "not near X but", "nicht bei X"):
# that statement denies the place.
NEGATIONS: tuple[str, ...] = (
    "not", "never", "не", "ни", "nicht", "kein", "keineswegs", "pas", "non", "no", "não", "nao", "nie", "ne",
)

# Words of debris, not of the craft: "в 40 км от X найден фрагмент обтекателя" reports where a part fell,
# with the grammar of a landing. Read in the clause of the statement, before and after it. Not the rocket's
# stages: "after the second stage failed, the capsule landed 30 km from X" is the landing of an abort.
DEBRIS_WORDS: tuple[str, ...] = (
    "debris", "fragment", "fairing", "wreckage", "spent stage",
    "фрагмент", "обломк", "обломок", "створк", "обтекател",
    "trümmer", "verkleidung", "trümmerteil",
    "débris", "coiffe", "morceau", "restos", "escombros", "fragmento", "carenado",
    "detriti", "frammento", "ogiva", "destroços", "carenagem", "szczątk", "owiewk", "odłam",
)

# The place of the landing as an unnamed anchor: "Karaganda, which lies 400 km north-east of the landing
# site" puts the landing 400 km south-west of Karaganda (the statement read the other way round).
LANDING_SITE_WORDS: tuple[str, ...] = (
    "landing site", "landing point", "landing spot", "landing place", "touchdown point",
    "touchdown site",
    "landeorts", "landeort", "landeplatz", "landeplatzes", "landestelle", "landestelle", "landungsort",
    "места посадки", "место посадки", "места приземления", "точки посадки",
    "lieu d'atterrissage", "site d'atterrissage", "point d'atterrissage", "lieu de l'atterrissage",
    "lugar del aterrizaje", "lugar de aterrizaje", "sitio de aterrizaje", "punto de aterrizaje",
    "luogo dell'atterraggio", "sito di atterraggio", "punto di atterraggio", "luogo di atterraggio",
    "local de pouso", "local do pouso", "local de aterragem", "local da aterragem",
    "miejsca lądowania", "miejsca lądowania kapsuły",
)
# Relative words that tie a clause to the town before it ("X, which lies", "X, das ... liegt", "X, situé").
RELATIVE_WORDS: tuple[str, ...] = (
    "which", "that", "lying", "located", "situated", "some", "about",
    "das", "die", "der", "welches", "welche", "gelegen",
    "qui", "située", "situé", "situe", "située", "à",
    "который", "которая", "которое", "что", "расположенный", "расположенная", "расположенной",
    "расположенного", "находящийся", "находящаяся", "находящейся", "находящегося",
    "que", "situada", "situado", "ubicada", "ubicado", "che", "situata", "situato", "posta",
    "który", "która", "które", "położony", "położona", "położonego", "położonej", "leżący", "leżąca",
)

# Written after the unit, not before the number ("a 20 km circa", "150 km environ", "150 km approximately").
POSTPOSED_QUALIFIERS: tuple[str, ...] = (
    "approximately", "approx.", "or so", "circa", "ca.", "environ", "à peu près", "aproximadamente",
    "approssimativamente", "all'incirca", "ungefähr", "примерно", "приблизительно",
)

# Words before a number that make "N km" describe the town that follows ("z odległego o 150 km Dżezkazganu":
# from Jezkazgan, 150 km away): the anchor comes right after the unit, with no relation word.
PRENOMINAL_DISTANCE: tuple[str, ...] = (
    "odległego o", "odległym o", "odległej o", "odległy o", "oddalonego o", "oddalonym o", "oddalonej o",
    "oddalony o", "położonego o", "położonym o", "удалённого на", "удаленного на", "удалённом на",
    "удаленном на", "отстоящего на",
)

# Collective numbers: "une vingtaine de kilomètres", "una sessantina di chilometri", "una veintena de
# kilómetros" (about N).
APPROXIMATE_NUMBERS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40,
    "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100,
    "decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
    "cincuentena": 50, "centenar": 100,
    "dezena": 10, "dúzia": 12, "duzia": 12, "vintena": 20, "trintena": 30, "centena": 100,
}

# Vague distances: "a few dozen kilometres", "several hundred miles", "hundreds of kilometres", "einige hundert
# Kilometer", "сотни километров", "des centaines de kilomètres", "kilkaset kilometrów". A count word with a
# multiple, or a multiple in the plural alone, says "from two to ten of them": a range, not a number.
VAGUE_COUNTS: tuple[str, ...] = (
    "a few", "few", "several", "a couple of", "einige", "ein paar", "mehrere", "etliche", "quelques", "plusieurs",
    "несколько", "нескольких", "kilka", "kilku", "varios", "varias", "unos", "unas", "alcune", "alcuni", "diverse",
    "diversi", "algumas", "alguns", "várias", "vários", "enkele", "een paar", "câteva", "několik", "кілька",
    "декілька",
)
# multiple -> its value; "singular" ones count only after a count word ("several hundred": "hundred km" alone is
# a hundred km, read as a number).
VAGUE_MULTIPLES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "dutzend": 12, "hundert": 100, "tausend": 1000,
    "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "dutzende": 12, "hunderte": 100,
    "tausende": 1000, "десятков": 10, "десятки": 10, "сотен": 100, "сотни": 100, "тысяч": 1000, "тысячи": 1000,
    "десятках": 10, "сотнях": 100, "тысячах": 1000, "десятків": 10, "сотень": 100, "сотні": 100, "dizaines": 10, "centaines": 100, "milliers": 1000,
    "decenas": 10, "cientos": 100, "centenares": 100, "decine": 10, "centinaia": 100, "migliaia": 1000,
    "dezenas": 10, "centenas": 100, "milhares": 1000, "dziesiątki": 10, "dziesiątek": 10, "setki": 100,
    "setek": 100, "tysiące": 1000, "tientallen": 10, "honderden": 100, "duizenden": 1000, "zeci": 10,
    "sute": 100, "desítky": 10, "stovky": 100, "kilkadziesiąt": 10, "kilkaset": 100,
}
VAGUE_SINGULAR_MULTIPLES: frozenset[str] = frozenset({"dozen", "hundred", "thousand", "dutzend", "hundert", "tausend"})
# "from two to ten" of the multiple (honest for "a few", "several", and the plural alone)
VAGUE_LOW_COUNT, VAGUE_HIGH_COUNT = 2, 10

# Point prepositions that say "at X" only right after a landing verb ("сел у Аркалыка", "è atterrata ad
# Arkalyk"): a disc around X, like "near". Elsewhere these words mean too many other things.
NEAR_AFTER_LANDING: tuple[str, ...] = ("у", "ad", "a")
# The verbs after which they are read (past forms; PAST_LANDING_FORMS are added).
LANDED_VERBS: tuple[str, ...] = (
    "сел", "села", "сели", "опустился", "опустилась", "приземлился", "приземлилась", "приземлились",
    "atterrato", "atterrata", "atterrati", "atterrate", "è atterrata", "è atterrato",
)

# A landing announced rather than reported. Word order puts the tell anywhere in the sentence
# ("Die Crew soll nächste Woche 220 km östlich von X landen", "È previsto che l'equipaggio atterri
# la prossima settimana a 90 km a est di X"), so these are read over the whole sentence, not just
# before the statement: an auxiliary followed later by a landing infinitive, or a future/plan phrase.
FUTURE_AUXILIARIES: tuple[str, ...] = (
    "will", "is to", "are to", "is due to", "are due to", "is expected to", "are expected to", "is set to",
    "are set to", "is scheduled to", "are scheduled to",
    "soll", "sollen", "wird", "werden",
    "doit", "doivent", "devrait", "devraient", "va", "vont",
    "должен", "должна", "должно", "должны",
    "debe", "deben", "va a", "van a", "deberá", "deberán",
    "dovrebbe", "dovrebbero", "deve", "devono", "dovrà", "dovranno",
    "deve", "devem", "vai", "vão", "deverá", "deverão",
    "ma", "mają", "powinien", "powinna", "powinni",
)
LANDING_INFINITIVES: tuple[str, ...] = (
    "land", "touch down", "come down", "splash down",
    "landen", "aufsetzen", "niedergehen",
    "atterrir", "se poser",
    "приземлиться", "совершить посадку",
    "aterrizar", "tomar tierra", "atterrare", "pousar", "aterrissar", "aterrar", "wylądować",
)
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    "è previsto", "è prevista", "sono previsti", "atterrerà", "atterreranno",
    "est prévu", "est prévue", "sont prévus", "atterrira", "atterriront", "se posera", "se poseront",
    "está previsto", "está prevista", "aterrizará", "aterrizarán", "pousará", "pousarão", "aterrissará",
    "wyląduje", "wylądują", "приземлится", "приземлятся", "планируется",
)
# ...unless the sentence also reports a landing in the past ("landed as planned", "soll ... gelandet sein").
PAST_LANDING_FORMS: tuple[str, ...] = (
    "landed", "touched down", "came down", "splashed down", "parachuted", "came to rest", "returned to earth",
    # Chinese and Japanese: a landing reported as done
    "成功着陆", "安全着陆", "顺利着陆", "着陆成功", "平安着陆", "成功著陸", "着陸した", "着陸しました", "着陸に成功",
    "帰還した", "着水した", "着地した", "着地しました", "着水しました",
    "gelandet", "landete", "landeten", "aufgesetzt", "niedergegangen",
    # French "atterri" only after an auxiliary: bare, it is also the Italian subjunctive ("che ... atterri")
    "a atterri", "ont atterri", "avait atterri", "avaient atterri", "ayant atterri", "a bien atterri",
    "ont bien atterri", "atterrie", "atterries", "posé", "posée", "posés", "posées",
    "приземлился", "приземлилась", "приземлились", "приземлилось", "совершил посадку", "совершила посадку",
    "aterrizó", "aterrizaron", "aterrizado", "atterrato", "atterrata", "atterrati", "atterrate",
    "pousou", "pousaram", "aterrissou", "aterrissaram", "aterrou", "aterraram",
    "wylądował", "wylądowała", "wylądowali", "wylądowało", "wyladowal", "osiadł", "osiadła", "osiadło",
    "opadł", "opadła", "spoczął", "spoczęła",
)

# After a distance, these words mean it is not a distance on the ground.
NOT_GROUND_AFTER: tuple[str, ...] = (
    "above", "high", "up", "altitude", "in altitude", "overhead", "per hour", "an hour", "a second",
    "per second", "/h", "/s", "long", "wide", "deep", "journey", "away in space", "in orbit", "orbit",
    "d'altitude", "de haut", "d'altitude", "à l'heure", "par heure",
    "höhe", "hoch", "pro stunde", "in der stunde",
    "высоте", "высота", "в час", "над",
    "de altura", "de altitud", "por hora", "di altitudine", "di quota", "all'ora", "orari",
    "de altitude", "wysokości", "na godzinę",
)

# Region hints: parts of an area, and words that make a capitalised phrase a region.
AREA_PARTS: dict[str, tuple[str, ...]] = {
    "north-central": ("north-central", "north central", "du centre-nord", "centre-nord", "nord-central",
                      "северо-центральн", "nordzentral", "centro-norte", "centro-nord", "północno-centraln"),
    "south-central": ("south-central", "south central", "centre-sud", "юго-центральн", "südzentral", "centro-sur",
                      "centro-sud", "centro-sul"),
    "north-eastern": ("north-eastern", "northeastern", "north-east", "northeast", "du nord-est", "северо-восточн",
                      "nordöstlich", "nordost", "noreste", "nord-est", "nordeste", "północno-wschodni"),
    "north-western": ("north-western", "northwestern", "north-west", "northwest", "du nord-ouest",
                      "северо-западн", "nordwestlich", "nordwest", "noroeste", "nord-ovest", "północno-zachodni"),
    "south-eastern": ("south-eastern", "southeastern", "south-east", "southeast", "du sud-est", "юго-восточн",
                      "südöstlich", "südost", "sureste", "sudeste", "sud-est", "południowo-wschodni"),
    "south-western": ("south-western", "southwestern", "south-west", "southwest", "du sud-ouest", "юго-западн",
                      "südwestlich", "südwest", "suroeste", "sudoeste", "sud-ovest", "południowo-zachodni"),
    "central": ("central", "centre", "center", "du centre", "центральн", "zentral", "mittler", "zentrum",
                "centro", "centrale", "centralny", "centralnym", "centralnego", "środkow"),
    "northern": ("northern", "north", "du nord", "северн", "nördlich", "nord", "norte", "settentrional",
                 "północn"),
    "southern": ("southern", "south", "du sud", "южн", "südlich", "süd", "sur", "meridional", "sud", "sul",
                 "południow"),
    "eastern": ("eastern", "east", "de l'est", "восточн", "östlich", "ost", "este", "orientale", "oriental",
                "leste", "wschodni"),
    "western": ("western", "west", "de l'ouest", "западн", "westlich", "west", "oeste", "occidentale",
                "occidental", "zachodni"),
}

# A compass part written as the first half of one word with the area's name (German "Zentralkasachstan",
# "Nordchina", Dutch "Noord-Kazachstan", "Centraal-Azië"): prefix -> AREA_PARTS key, longest first.
COMPOUND_PARTS: tuple[tuple[str, str], ...] = (
    ("nordost", "north-eastern"), ("nordwest", "north-western"), ("südost", "south-eastern"),
    ("südwest", "south-western"), ("zentral", "central"), ("mittel", "central"), ("nord", "northern"),
    ("süd", "southern"), ("ost", "eastern"), ("west", "western"),
    ("noordoost-", "north-eastern"), ("noordwest-", "north-western"), ("zuidoost-", "south-eastern"),
    ("zuidwest-", "south-western"), ("centraal-", "central"), ("midden-", "central"), ("noord-", "northern"),
    ("zuid-", "southern"), ("oost-", "eastern"), ("west-", "western"),
)

# Region words written before the name, between the locative and it: "в автономном районе Внутренняя Монголия",
# "in the autonomous region of Inner Mongolia", "dans la région autonome de Mongolie-Intérieure", "nella regione
# autonoma della Mongolia Interna", "в Карагандинской области" needs none of them.
PRENOMINAL_REGION_WORDS: tuple[str, ...] = (
    "автономном районе", "автономной области", "автономном округе", "автономном регионе", "районе", "регионе",
    "области", "провинции", "автономному району", "автономного района",
    "autonomous region of", "the autonomous region of", "region of", "province of", "state of",
    "région autonome de", "région autonome de la", "région de", "province de", "état de",
    "región autónoma de", "región de", "provincia de", "estado de",
    "regione autonoma della", "regione autonoma di", "regione della", "regione di", "provincia di",
    "região autônoma da", "região autónoma da", "região da", "região de", "província de", "estado de",
    "autonomicznym regionie", "regionie autonomicznym", "prowincji", "obwodzie",
)

REGION_WORDS: tuple[str, ...] = (
    "region", "province", "oblast", "district", "banner", "county", "state", "territory", "desert", "range",
    "steppe", "steppes", "grasslands",
    "région", "province", "désert", "steppe",
    "область", "области", "областью", "район", "района", "степи", "степь", "край", "края",
    "gebiet", "region", "provinz", "bezirk", "steppe", "wüste",
    "región", "provincia", "estepa", "desierto", "regione", "steppa", "deserto", "região", "estepe",
    "obwód", "obwodzie", "regionie", "stepie", "step", "prowincji",
)

# Adjectives that name a country's steppe/desert ("kasachische Steppe", "Kazakh steppe").
COUNTRY_ADJECTIVES: dict[str, str] = {
    "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "kasachisch": "Kazakhstan", "kazakhe": "Kazakhstan",
    "kazakhstanaise": "Kazakhstan", "казахск": "Kazakhstan", "казахстанск": "Kazakhstan",
    "kazajo": "Kazakhstan", "kazaja": "Kazakhstan", "kazaka": "Kazakhstan", "kazako": "Kazakhstan",
    "kazaki": "Kazakhstan", "cazaque": "Kazakhstan", "kazachsk": "Kazakhstan", "kazach": "Kazakhstan",
    "mongolian": "Mongolia", "монгольск": "Mongolia", "mongolisch": "Mongolia",
    "chinese": "China", "китайск": "China", "chinesisch": "China",
}

# Demonyms and country adjectives that stand between a relation and a town ("of the Kazakh city of X",
# "der kasachischen Stadt X", "казахстанского города X"): never an anchor themselves. Stems, matched at the
# start of a word (geo.extract.countries); the country they name becomes the anchor's country context.
# Country names themselves come from CLDR (babel), not from a list here.
DEMONYM_COUNTRIES: dict[str, str] = {
    **dict.fromkeys(("kazakh", "kazakhstani", "kazakhe", "kazakhstanais", "kasachisch", "казахск", "казахстанск",
                     "kazaj", "kazak", "kazako", "kazaka", "cazaque", "kazachsk", "kazachstańsk", "kazah",
                     "kazachs", "kazašsk", "kazachstánsk"), "KZ"),
    **dict.fromkeys(("russian", "russe", "russisch", "российск", "русск", "ruso", "rusa", "russo", "russa",
                     "rosyjsk", "russisch"), "RU"),
    **dict.fromkeys(("chinese", "chinois", "chinesisch", "китайск", "cinese", "chinês", "chinesa",
                     "chińsk", "chinees", "chinez", "čínsk"), "CN"),
    **dict.fromkeys(("american", "u.s.", "américain", "americain", "amerikanisch", "us-amerikanisch",
                     "американск", "estadounidense", "norteamerican", "statunitense", "americano", "americana",
                     "norte-american", "amerykańsk", "amerikaans", "american", "americk"), "US"),
    **dict.fromkeys(("mongolian", "mongol", "mongolisch", "монгольск", "mongolsk"), "MN"),
    **dict.fromkeys(("australian", "australien", "australisch", "австралийск", "australijsk", "australiano",
                     "australiana", "australisch"), "AU"),
    **dict.fromkeys(("japanese", "japonais", "japanisch", "японск", "japonés", "giapponese", "japonês",
                     "japońsk"), "JP"),
    **dict.fromkeys(("soviet", "soviétique", "sowjetisch", "советск", "soviético", "sovietico", "radzieck"), None),
}
DEMONYMS: tuple[str, ...] = ()  # demonym stems of no one country; language modules add theirs
COUNTRY_CODES: dict[str, str] = {
    "Kazakhstan": "KZ", "Russia": "RU", "China": "CN", "Mongolia": "MN", "United States": "US", "Australia": "AU",
    "Japan": "JP",
}
# Adjectives and nouns that may stand between the relation and a town ("the remote mining town of X",
# "der nächsten Stadt X", "the nearest settlement, X"); lower-case, one word each.
DESCRIPTOR_WORDS: tuple[str, ...] = (
    "remote", "small", "tiny", "little", "nearby", "nearest", "closest", "former", "mining", "copper", "industrial",
    "steppe", "regional", "provincial", "district", "dusty", "sleepy", "isolated", "central", "northern", "southern",
    "eastern", "western", "city", "town", "village", "settlement", "hamlet", "capital", "locality", "center",
    "centre", "hub", "outpost", "community",
    "petite", "petit", "proche", "minière", "industrielle", "ville", "localité", "bourgade", "cité",
    "nächsten", "nächstgelegenen", "kleinen", "nahen", "nahe", "gelegenen", "stadt", "kupferstadt",
    "bergbaustadt", "bergarbeiterstadt", "kleinstadt", "ortschaft", "siedlung", "dorf", "gemeinde",
    "hauptstadt", "provinzhauptstadt", "steppenstadt", "industriestadt",
    "ближайшего", "небольшого", "шахтерского", "шахтёрского", "города", "поселка", "посёлка", "села",
    "райцентра", "аула", "городка",
    "pequeña", "pequeño", "cercana", "cercano", "minera", "ciudad", "localidad", "pueblo",
    "piccola", "vicina", "città", "cittadina", "località", "paese",
    "pequena", "próxima", "cidade", "localidade", "vila",
    "miasta", "miasteczka", "miejscowości", "wsi", "pobliskiego", "najbliższego",
    # Italian written without accents on a keyboard that has none ("citta'" for "città")
    "citta'", "citta’", "localita'",
    # a facility before the town it is named after: the town stands in ("от аэродрома Жезказган")
    "аэродрома", "аэропорта", "аэродром", "аэропорт", "aeródromo", "aeroporto", "lotniska",
)
# The whole lists of the other languages (geo/extract/languages/), appended to the lists above.


def _merge_languages() -> None:
    from geo.extract import languages

    g = globals()
    for mod in languages.modules():
        for name in languages.TUPLE_FIELDS:
            g[name] = tuple(g[name]) + tuple(getattr(mod, name, ()))
        for name in languages.DICT_FIELDS:
            merged = dict(g[name])
            for k, v in getattr(mod, name, {}).items():
                merged[k] = tuple(merged.get(k, ())) + tuple(v)
            g[name] = merged
        COUNTRY_ADJECTIVES.update(getattr(mod, "COUNTRY_ADJECTIVES", {}))
        APPROXIMATE_NUMBERS.update(getattr(mod, "APPROXIMATE_NUMBERS", {}))
    # the landing site is an unnamed anchor like the target ("400 km from the landing site")
    g["UNNAMED_ANCHORS"] = tuple(dict.fromkeys((*g["UNNAMED_ANCHORS"], *g["LANDING_SITE_WORDS"])))


_merge_languages()


# ── the same words as patterns, for the times reader ─────────────────────────────────────────────────
# LANDING_CUES above are whole phrases, found in one Aho-Corasick pass to pick the sentences about the landing.
# The times reader needs the words as regular-expression stems (every inflection of a verb: "приземл\w*"),
# next to the other events of a return that carry their own clock time (launch, undocking, deorbit burn,
# hatch closing), which it must tell apart from the landing. Kept here so every word list has one home.
import re as _re  # noqa: E402 - for the one compiled pattern below

from geo.extract import clock_words as _cw  # noqa: E402 - the seven newer languages' time words

LANDING_WORD_PATTERN = (
    r"land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down|touchdown|splash(?:es|ed)?\s*down|splashdown|parachut\w*"
    r"|came\s+down|come\s+down|back\s+on\s+earth|returned\s+to\s+(?:the\s+)?earth"
    r"|posé(?:e|es|s)?|se\s+pose\w*|atterri\w*|amerri\w*|retour\s+sur\s+terre"
    r"|gelandet|landet(?:e|en)?|Landung|aufgesetzt|setzte\s+\w+\s+auf|wasserte|gewassert|Aufsetzen"
    r"|приземл\w*|посадк\w*|приводн\w*"
    r"|aterriz\w*|amariz\w*|amerriz\w*|toc[óo]\s+tierra"
    r"|atterr\w*|ammar\w*|toccato\s+terra"
    r"|pous(?:ou|o|ar|ada|aram)|aterriss\w*|aterr(?:ou|ar|agem)"
    r"|wyląd\w*|lądow\w*|ląduj\w*|wodowa\w*"
    # kk, tr, uk, nl, ro, cs, lt (geo/extract/clock_words.py)
    r"|" + _cw.LANDING
)
LAUNCH_WORD_PATTERN = (
    r"lift(?:s|ed|ing)?\s*-?off|liftoff|launch\w*|blast(?:s|ed)?\s+off|took\s+off|undock\w*|dock(?:s|ed|ing)?"
    r"|de-?orbit\w*|hatch(?:es)?\s+(?:closed|opened)|separation"
    r"|décoll\w*|lancement|lancée?s?|désamarr\w*|amarr\w*|décroch\w*|séparation"
    r"|gestartet|startet\w*|(?-i:Start)|abgedockt|abgekoppelt|abkoppel\w*|abdock\w*|gelöst|angedockt"
    r"|Bremsman\w*|Bremstriebwerk\w*|abgehoben"
    r"|старт\w*|запуск\w*|запущен\w*|отстык\w*|пристык\w*|стыковк\w*|расстыков\w*|тормозн\w*|взл[её]т\w*"
    r"|despeg\w*|lanzamiento|lanzad[oa]|desacopl\w*|acopl\w*"
    r"|decoll\w*|lancio|lanciat[oa]|sgancia\w*|attracc\w*"
    r"|decol(?:ou|agem|ar)|lançamento|lançad[oa]|lançou"
    r"|wystartowa\w*|startowa\w*|odłącz\w*|oddokowa\w*|przycumowa\w*|dokowa\w*"
    # the other events of a return, each with its own clock time: hatch closing, deorbit burn, entry
    r"|hatch(?:es)?\s+(?:(?:were|was)\s+)?(?:closed|closing|opened)|hatch\s+clos(?:ing|ure)"
    r"|clos(?:ed|ing)\s+(?:the\s+)?hatch(?:es)?|retro-?fire|re-?entry|entry\s+interface|(?:braking|retro)\s+burn"
    r"|ent(?:rance|ry|ered|ering|ers)\s+(?:in(?:to)?\s+)?(?:the\s+)?(?:earth['’]s\s+)?atmosphere|atmospheric\s+entry"
    r"|began\s+(?:the\s+)?braking"
    # ...and after the landing: the capsule found or recovered (its own clock time, hours later at times)
    r"|(?:was|were)\s+(?:found|recovered|retrieved|located)|recovery\s+teams?\s+(?:reached|found)"
    r"|fermeture\s+des?\s+(?:écoutilles?|sas)|écoutilles?\s+(?:(?:ont|a)\s+été\s+)?fermées?|désorbit\w*"
    r"|freinage|rentrée\s+atmosphérique"
    r"|Luken?schlie\w*|Luken?\s+(?:wurden?\s+)?geschlossen|schlossen\s+die\s+Luken?|Bremszündung|Wiedereintritt"
    r"|закрыт\w*\s+люк\w*|люк\w*\s+(?:был\w*\s+)?закрыт\w*|закрыли\s+люк\w*|сход\w*\s+с\s+орбиты"
    r"|вход\w*\s+в\s+атмосферу"
    r"|cierre\s+de\s+(?:las\s+)?escotillas?|escotillas?\s+(?:fueron\s+)?cerradas?|desorbit\w*"
    r"|encendido\s+de\s+frenado|reentrada"
    r"|chiusura\s+(?:del\s+|dei\s+)?portell[oi]|portell[oi]\s+(?:(?:è|sono)\s+stat[oi]\s+)?chius[oi]|deorbit\w*"
    r"|accensione\s+di\s+frenata|rientro\s+(?:in|nell')\s*atmosfera"
    r"|fechamento\s+das?\s+escotilhas?|escotilhas?\s+(?:foram\s+)?fechadas?|queima\s+de\s+(?:reentrada|frenagem)"
    r"|zamknięci\w*\s+właz\w*|zamknięto\s+właz\w*|właz\w*\s+(?:został\w*\s+)?zamknięt\w*|deorbitac\w*"
    r"|hamowani\w*|wejści\w*\s+w\s+atmosfer\w*"
    r"|" + _cw.OTHER_EVENTS
)

# Any landing word, as a whole word in the spaced languages and inside running text in Chinese, Japanese and
# Arabic: what the times reader and the statement reader both look for ("did the sentence say it landed?").
LANDING_WORD_RE = _re.compile(
    r"(?<!\w)(?:" + LANDING_WORD_PATTERN + r")(?!\w)|" + _cw.LANDING_UNSPACED, _re.IGNORECASE
)

# "N km short of the target": the descent ended early, uprange along the ground track (ballistic re-entries).
SHORT_OF_TARGET = ("short of", "undershot", "недолет", "недолёт", "не долетев", "не долетел", "zu kurz",
                   "vor dem ziel", "en deçà", "antes del objetivo", "prima dell'obiettivo", "przed celem")
