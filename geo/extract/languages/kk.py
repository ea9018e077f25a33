"""Words the press uses for landings in this language (ISO 639-1 "kk"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Kazakh is written in Cyrillic and in Latin (the 2018 alphabet with acutes: ǵ ń ó ú ý ı; the 2021 one:
ğ ñ ö ü ş ı; and web transliteration with gh/sh/ng): each list has the forms of all of them. The anchor
comes first with a case suffix and the direction before the distance ("Жезқазғаннан оңтүстік-шығысқа
қарай 150 шақырым жерге"), which the main grammar does not read: the names below that are not lexicon
list names are read by geo/extract/suffixing.py, which says what each means.
"""

from __future__ import annotations


def _dotted(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word plus the form Python's lower() gives when the 2021 Latin capital "İ" starts it ("i̇")."""
    return tuple(dict.fromkeys([*words, *("i\u0307" + w[1:] for w in words if w.startswith("i"))]))


# ── lexicon lists ────────────────────────────────────────────────────────────────────
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # "шақырым" (the Kazakh word for km), with the case endings it takes, and the loanword
    "km": (
        "шақырым", "шақырымға", "шақырымнан", "шақырымда", "шақырымдық", "километр", "километрге",
        "километрден", "shaqyrym", "shaqyrymǵa", "shaqyrymnan", "shaqyrymda", "şaqyrym", "şaqırım",
        "şaqyrymğa", "şaqırımğa", "şaqyrymnan", "şaqırımnan", "shaqyrymgha", "kilometr",
    ),
    # miles and nautical miles (splashdowns)
    "mi": ("миль", "мильдей", "mil"),
    "nmi": ("теңіз милі", "теңіз мильі", "teñiz mili", "teńiz mili"),
}

QUALIFIERS: dict[str, tuple[str, ...]] = {
    # before the number (or before the anchor: "шамамен Жезқазғаннан 140 шақырым")
    "about": ("шамамен", "шамасы", "шамамен алғанда", "жуық шамамен", "shamamen", "şamamen", "shamasy",
              "şamasy"),
    "above": ("кем дегенде", "kem degende"),
}

# Landing cues (substrings of the lower-cased text). "түсті"/"tústi" (came down) only after a space:
# inside a word it is part of "оңтүстік"/"ońtústik" (south).
LANDING_CUES: tuple[str, ...] = _dotted((
    # landed / landing / to land (қон-), Cyrillic and Latin
    "қонды", "қону", "қонған", "қонуы", "қонып", "qondy", "qondı", "qonu", "qonýy", "qonuy", "qonǵan",
    "qonğan", "qonghan", "qonyp", "qonıp",
    # came down, touched the ground, returned to Earth
    " түсті", "табан тіреді", "жерге оралды", " tústi", " tüsti", "taban tiredi", "jerge oraldy",
    # the descent capsule, in every spelling
    "капсула", "kapsýla", "kapsula", "түсу аппарат", "túsý apparat", "tüsu apparat",
))

# A landing announced, not reported (tense.py reads them over the sentence, word-bounded).
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    # "is expected", "is planned", "was planned", "is foreseen"
    "күтілуде", "күтіледі", "жоспарланған", "жоспарлануда", "жоспарланып отыр", "көзделуде", "көзделіп отыр",
    "kútilýde", "kútiledi", "kütilude", "kütiledi", "kutilude", "josparlanǵan", "josparlanğan",
    "josparlanghan", "josparlanýda", "josparlanuda",
    # "will land", "must land", "will return"
    "қонады", "қонбақ", "қонуы тиіс", "қонуы керек", "оралады", "түседі", "qonady", "qonadı", "qonbaq",
    "oralady", "oraladı", "túsedi", "tüsedi",
)
PAST_LANDING_FORMS: tuple[str, ...] = (
    # "landed", "came down", "touched the ground", "returned"
    "қонды", "түсті", "табан тіреді", "оралды", "qondy", "qondı", "tústi", "tüsti", "oraldy", "oraldı",
    "taban tiredi",
)

# After a distance: not a distance on the ground (altitude, speed).
NOT_GROUND_AFTER: tuple[str, ...] = (
    "биіктікте", "биіктіктен", "биіктікке", "биіктіктегі", "жылдамдықпен", "bıiktikte", "bıiktikten",
    "biiktikte", "biyiktikte", "biıktikte", "jyldamdyqpen",
)

# Anchors named without a place ("белгіленген нүктеден 400 шақырым": from the designated point), in the
# ablative, as they stand before the distance.
UNNAMED_ANCHORS: tuple[str, ...] = (
    "белгіленген нүктеден", "белгіленген жерден", "белгіленген аудандан", "есептік нүктеден",
    "жоспарланған нүктеден", "межелі нүктеден", "ұшыру алаңынан", "belgilengen nükteden",
    "belgilengen nýkteden", "belgilengen jerden", "josparlanǵan nükteden",
)

# ── suffixing grammar (geo/extract/suffixing.py) ─────────────────────────────────────
# Case suffixes glued to a name (Cyrillic and Latin): ablative "Жезқазғаннан", "Арқалықтан",
# "Қарағандыдан"; genitive "Арқалықтың". Dative ones are left out: "-на" ends names ("Астана").
BARE_ABLATIVE_SUFFIXES: tuple[str, ...] = ("нан", "нен", "дан", "ден", "тан", "тен", "nan", "nen", "dan",
                                           "den", "tan", "ten")
BARE_GENITIVE_SUFFIXES: tuple[str, ...] = (
    "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń", "nyñ", "niñ", "dyñ",
    "diñ", "tyñ", "tiñ", "nıñ", "dıñ", "tıñ", "nyng", "ning", "dyng", "ding", "tyng", "ting",
)
# Words after a name that carry the case ("Жезқазған қаласынан", "Сан-Диего жағалауынан").
ABLATIVE_DESCRIPTORS: tuple[str, ...] = (
    "қаласынан", "кентінен", "ауылынан", "поселкесінен", "кентiнен", "елді мекенінен", "станциясынан",
    "жағалауынан", "қалашығынан", "qalasynan", "qalasınan", "kentinen", "aýylynan", "auylynan", "awylynan",
    "eldi mekeninen", "jaǵalaýynan", "jağalauynan", "zhagalauynan",
)
GENITIVE_DESCRIPTORS: tuple[str, ...] = (
    "қаласының", "кентінің", "ауылының", "поселкесінің", "елді мекенінің", "жағалауының", "qalasynyń",
    "qalasynyñ", "qalasınıñ", "qalasynyng", "kentiniń", "kentiniñ", "aýylynyń", "auylynyñ",
)
# ...and without a case, before a near word ("Жезқазған қаласы маңында")
NOMINATIVE_DESCRIPTORS: tuple[str, ...] = ("қаласы", "кенті", "ауылы", "qalasy", "qalası", "kenti", "aýyly",
                                           "auyly")

# Compass roots (root, compass letter): оңтүстік-шығыс = SE. Before a possessive ending the final
# к/k turns г/g (оңтүстігі), so both stems are listed.
COMPASS_ROOTS: tuple[tuple[str, str], ...] = (
    # Cyrillic
    ("оңтүстік", "S"), ("оңтүстіг", "S"), ("солтүстік", "N"), ("солтүстіг", "N"), ("шығыс", "E"),
    ("батыс", "W"),
    # Latin 2018
    ("ońtústik", "S"), ("ońtústig", "S"), ("soltústik", "N"), ("soltústig", "N"), ("shyǵys", "E"),
    ("batys", "W"),
    # Latin 2021
    ("oñtüstik", "S"), ("oñtüstig", "S"), ("soltüstik", "N"), ("soltüstig", "N"), ("şyğys", "E"),
    ("şığıs", "E"), ("batıs", "W"),
    # web transliteration
    ("ontustik", "S"), ("ontýstik", "S"), ("ontustig", "S"), ("ongtustik", "S"), ("soltustik", "N"),
    ("soltýstik", "N"), ("soltustig", "N"), ("shyghys", "E"), ("shygys", "E"),
)
# Endings after the last root: dative (-ке/-қа "towards"), locative (-те/-та), ablative (-тен/-тан), the
# adjectival locative (-тегі), and possessive + case (оңтүстігінде "in the south of", шығысына).
COMPASS_ENDINGS: tuple[str, ...] = (
    "ке", "қа", "ге", "ға", "те", "та", "тен", "тан", "тегі", "тағы",
    "і", "ы", "іне", "ына", "інде", "ында", "інен", "ынан", "індегі", "ындағы",
    "ke", "qa", "ge", "ǵa", "ğa", "gha", "te", "ta", "ten", "tan", "tegi", "taǵy", "tağy", "tağı", "taghy",
    "i", "y", "ı", "ine", "yna", "ına", "inde", "ynda", "ında", "inen", "ynan", "ınan",
    "indegi", "yndaǵy", "yndağy", "ındağı", "yndaghy",
)
# After a dative direction: "оңтүстік-шығысқа қарай" (towards the south-east)
DIRECTION_PARTICLES: tuple[str, ...] = ("қарай", "qaraı", "qarai", "qaray")

# After the unit, the word that makes the number a distance from the anchor ("150 шақырым жерге" = at a
# place 150 km away, "140 шақырым қашықтықта" = at a distance of).
DISTANCE_HEADS: tuple[str, ...] = (
    "жерге", "жерде", "жерден", "жердегі", "қашықтықта", "қашықтыққа", "қашықтықтағы", "қашықтықтан",
    "jerge", "jerde", "jerdegi", "zherge", "zherde", "qashyqtyqta", "qashyqtyqqa", "qashyqtyqtaǵy",
    "qaşyqtyqta", "qaşıqtıqta", "qaşyqtyqqa", "qaşıqtıqqa",
)

# Qualifiers after the number and unit: "150 шақырымға жуық" (nearly), "шақырымнан астам" (over),
# "150 шақырым шамасында" (about).
POSTPOSED_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "below": ("жуық", "jýyq", "juyq", "jwıq"),
    "above": ("астам", "артық", "astam", "artyq"),
    "about": ("шамасында", "шақты", "shamasynda", "şamasında", "şamasynda"),
}
# Suffixes glued to the unit meaning "about": "80 шақырымдай", "30 shaqyrymdaı".
UNIT_APPROXIMATORS: dict[str, tuple[str, ...]] = {
    "about": ("дай", "дей", "тай", "тей", "daı", "deı", "dai", "dei", "day", "dey"),
}

# Near: the postposition after the name ("Жезқазған маңында", "Arqalyq mańyna", "Мәскеу түбінде").
NEAR_POSTPOSITIONS: tuple[str, ...] = (
    "маңында", "маңына", "маңындағы", "маңайында", "маңайына", "маңайындағы", "төңірегінде", "төңірегіне",
    "төңірегіндегі", "түбінде", "түбіне", "түбіндегі", "іргесінде", "іргесіне", "жанында", "жанына",
    "mańynda", "mańyna", "mańyndaǵy", "mańaıynda", "mańaıyna", "tóńireginde", "tóńiregine", "túbinde",
    "mañynda", "mañyna", "mañyndağy", "mañaiynda", "mañayında", "töñireginde", "töñiregine", "tübinde",
    "manynda", "manyna", "mangynda", "mangyna", "janynda", "janyna",
)

# Adjectival endings ("Мәскеу түбіндегі Ұшуды басқару орталығы"): they describe where another named
# place is, not where the capsule came down.
ADJECTIVAL_ENDINGS: tuple[str, ...] = ("ғы", "гі", "ǵy", "gi", "ğy", "ğı", "ghy")

# The verb after the statement that moves it to another event (launch, mission control, transfer).
OTHER_EVENT_WORDS: tuple[str, ...] = (
    "ұшырылды", "ұшырылған", "ұшты", "басқару орталығ", "әуежай", "жеткізілді", "ushyryldy", "ushyrylǵan",
    "uşyryldy", "basqarý ortalyǵ", "basqaru ortalyğ", "áýejaı", "äuejai", "jetkizildi",
)

# Cardinal numbers (hundreds and thousands multiply: екі жүз елу = 250). Kept out of NUMBERS, which sums
# every word, and whose "он"/"on" (10) would match inside other languages' text.
CARDINALS: dict[str, int] = {
    # Cyrillic
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    "жүз": 100, "мың": 1000,
    # Latin 2018 / 2021 / web
    "bir": 1, "eki": 2, "úsh": 3, "üş": 3, "tórt": 4, "tört": 4, "bes": 5, "alty": 6, "altı": 6, "jeti": 7,
    "segiz": 8, "toǵyz": 9, "toğyz": 9, "toghyz": 9, "on": 10, "jıyrma": 20, "jiyrma": 20, "otyz": 30,
    "otız": 30, "qyryq": 40, "qırıq": 40, "elý": 50, "elu": 50, "alpys": 60, "alpıs": 60, "jetpis": 70,
    "seksen": 80, "toqsan": 90, "júz": 100, "jüz": 100, "zhuz": 100, "myń": 1000, "myñ": 1000, "mıñ": 1000,
}

# Capitalised words that start a sentence before a name but are not part of it ("Капсула Қарағандыдан").
NOT_NAME_WORDS: tuple[str, ...] = (
    "капсула", "капсуласы", "капсуланың", "кеме", "кемесі", "кеменің", "экипаж", "экипажы", "экипаждың",
    "ғарышкерлер", "аппарат", "аппараты", "союз", "зымыран", "түсу", "кеше", "бүгін",
    "kapsula", "kapsulasy", "kapsulanyń", "kapsýla", "kapsýlasy", "kapsýlanyń", "keme", "kemesi", "ekıpaj",
    "ekipaj", "ekıpajy", "ekipajy", "ǵaryshkerler", "ğaryşkerler", "gharyshkerler", "apparat", "soıýz",
    "soyuz", "túsý", "tüsu", "keshe", "búgin", "bügin",
)
