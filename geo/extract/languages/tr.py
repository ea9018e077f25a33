"""Words the press uses for landings in this language (ISO 639-1 "tr"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Turkish puts the anchor first and the direction last ("Jezkazgan'ın 148 km güneydoğusunda"), which the
main grammar does not read: the names below that are not lexicon list names (GENITIVE_SUFFIXES,
COMPASS_ROOTS, NEAR_POSTPOSITIONS ...) are read by geo/extract/suffixing.py, which says what each means.
"""

from __future__ import annotations


def _dotted(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word, plus the forms Python's lower() gives for a capital "İ" ("İniş" -> "i̇niş", "İNİŞ" -> "i̇ni̇ş"):
    LANDING_CUES are found by plain substring search in the lower-cased text."""
    out = list(words)
    for w in words:
        if w.startswith("i"):
            out.append("i\u0307" + w[1:])
        if "i" in w:
            out.append(w.replace("i", "i\u0307"))
    return tuple(dict.fromkeys(out))


# ── lexicon lists ────────────────────────────────────────────────────────────────────
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # kilometre with the case endings it takes before a direction or "uzaklıkta"
    "km": ("kilometre", "kilometrelik", "kilometreden", "kilometreye", "kilometrede"),
    # statute and nautical miles (splashdowns)
    "mi": ("mil", "millik"),
    "nmi": ("deniz mili", "deniz mil"),
}

QUALIFIERS: dict[str, tuple[str, ...]] = {
    # before the number: "yaklaşık 150 km", "takriben 90 kilometre"
    "about": ("yaklaşık", "yaklaşık olarak", "yaklasik", "takriben", "tahminen", "aşağı yukarı", "kabaca",
              "ortalama"),
    "below": ("neredeyse", "yaklaşık olarak en fazla"),
    "above": ("en az", "en azından"),
    "upto": ("en fazla", "en çok"),
}

# Landing cues (substrings of the lower-cased text). "indi" (landed) is written with the character before it
# and after it, because bare it is inside "India", "individual", "indicate" of other languages' text.
LANDING_CUES: tuple[str, ...] = _dotted((
    # the landing noun and its forms (iniş, inişin, inişi, inişten)
    "iniş", "inis ",
    # the verb "landed" as a word, and its reported-past and participle forms
    " indi ", " indi.", " indi,", " indi;", " indi\n", " indiler", " indiği", " inmişti", " inmiş ",
    # descent capsule / module, parachute, touching the ground
    "kapsül", "iniş modülü", "paraşüt", "yere temas", "yere değdi", "suya indi", "denize indi",
))

# A landing announced, not reported: read over the whole sentence (tense.py), word-bounded and
# case-insensitive (Python's re matches "İ" with "i", so no dotted forms are needed from here on).
FUTURE_LANDING_PHRASES: tuple[str, ...] = (
    # "is expected / planned / foreseen to land"
    "inmesi bekleniyor", "inmesi planlanıyor", "inmesi öngörülüyor", "iniş yapması bekleniyor",
    "iniş yapması planlanıyor", "inişi bekleniyor", "inişi planlanıyor", "bekleniyor", "planlanıyor",
    "öngörülüyor",
    # future tense and future participle of "land"
    "inecek", "inecektir", "inecekler", "ineceği", "ineceğini", "iniş yapacak", "iniş yapacağı",
    "dönecek", "dönmesi bekleniyor",
)
PAST_LANDING_FORMS: tuple[str, ...] = (
    # "landed", "made a landing", "touched the ground", reported past
    "indi", "indiler", "iniş yaptı", "iniş gerçekleştirdi", "yere temas etti", "yere indi", "indiği",
    "inmişti", "indiğini",
)

# After a distance: not a distance on the ground (altitude, speed).
NOT_GROUND_AFTER: tuple[str, ...] = (
    "yükseklikte", "yükseklikten", "yükseklikteki", "yüksekliğe", "yükseklikle", "irtifada", "irtifadan",
    "irtifaya", "hızla", "hızıyla", "hızında", "yörüngede", "yörüngesinde",
)

# ── suffixing grammar (geo/extract/suffixing.py) ─────────────────────────────────────
# Case endings after the apostrophe of a proper name: genitive ("Arkalık'ın", "City'nin"), ablative
# ("Arkalık'tan"), dative ("Arkalık'a"). 1-2 letter entries are essential here and only read right after
# an apostrophe that ends a capitalised name.
GENITIVE_SUFFIXES: tuple[str, ...] = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "ının", "inin")
ABLATIVE_SUFFIXES: tuple[str, ...] = ("dan", "den", "tan", "ten", "ndan", "nden")
DATIVE_SUFFIXES: tuple[str, ...] = ("a", "e", "ya", "ye", "na", "ne")

# Words after a name that carry the case instead ("Jezkazgan kentinin", "Arkalık şehrine").
GENITIVE_DESCRIPTORS: tuple[str, ...] = (
    "kentinin", "şehrinin", "kasabasının", "ilçesinin", "köyünün", "beldesinin", "yerleşim yerinin",
    "ilinin", "merkezinin", "sehrinin",
)
ABLATIVE_DESCRIPTORS: tuple[str, ...] = (
    "kentinden", "şehrinden", "kasabasından", "ilçesinden", "köyünden", "beldesinden", "sehrinden",
)
DATIVE_DESCRIPTORS: tuple[str, ...] = (
    "kentine", "şehrine", "kasabasına", "ilçesine", "köyüne", "beldesine", "sehrine",
)
# ...and without a case, before a near word ("Pensacola kenti açıklarında")
# "the coast of" is one too: "San Diego kıyısı açıklarında" (off San Diego's coast), "sahili", "kıyıları".
NOMINATIVE_DESCRIPTORS: tuple[str, ...] = ("kenti", "şehri", "kasabası", "ilçesi", "köyü", "beldesi", "sehri",
                                           "kıyısı", "kıyıları", "sahili", "sahilleri", "kiyisi")

# Particles between the anchor and the number: "Karaganda'nın ise 450 km güneybatısına" (the 2-letter
# "da/de" = "also" are read only in this slot).
ANCHOR_PARTICLES: tuple[str, ...] = ("ise", "da", "de")

# Compass roots (root, compass letter), joined into compounds: kuzeydoğu = NE, güney-güneybatı = SSW.
COMPASS_ROOTS: tuple[tuple[str, str], ...] = (
    ("kuzey", "N"), ("güney", "S"), ("doğu", "E"), ("batı", "W"),
    # without Turkish letters (web copy)
    ("guney", "S"), ("dogu", "E"),
)
# Endings after the last root: possessive (kuzeyi, doğusu, batısı) + case (-nda at, -na to, -ndaki the one
# at, -ndan from), and the bare cases (güneyde, doğuya).
COMPASS_ENDINGS: tuple[str, ...] = tuple(
    p + c
    for p in ("i", "ı", "u", "ü", "si", "sı", "su", "sü")
    for c in ("", "nde", "nda", "ne", "na", "ndeki", "ndaki", "nden", "ndan", "ni", "nı")
) + ("de", "da", "deki", "daki", "e", "a", "ye", "ya", "den", "dan")

# After the unit, the word that makes the number a distance from the anchor ("90 kilometre uzağına",
# "146 kilometre uzaklıktaki", "100 kilometre mesafede", "off the coast by ...").
DISTANCE_HEADS: tuple[str, ...] = (
    "uzağına", "uzağında", "uzağındaki", "uzağa", "uzakta", "uzaktaki", "uzaklıkta", "uzaklıktaki",
    "uzaklığa", "uzaklığında", "uzaklığındaki", "mesafede", "mesafedeki", "mesafeye", "mesafesinde",
    "mesafesindeki", "ötesine", "ötesinde", "ötesindeki", "açığına", "açığında", "açığındaki",
    "açıklarına", "açıklarında",
)

# Qualifiers written after the number and unit: "20 kilometre kadar", "150 km civarında".
POSTPOSED_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "about": ("kadar", "civarında", "civarı", "dolayında", "kadarlık"),
}

# Near: the postposition after the name ("Jezkazgan yakınlarında", "Pensacola kenti açıklarında").
NEAR_POSTPOSITIONS: tuple[str, ...] = (
    "yakınlarında", "yakınlarına", "yakınlarındaki", "yakınında", "yakınına", "yakınındaki",
    "civarında", "civarına", "civarındaki", "çevresinde", "çevresine", "çevresindeki",
    "açıklarında", "açıklarına", "açıklarındaki", "açığında", "açığına", "açığındaki",
    "dolaylarında", "dolaylarına", "yöresinde", "yöresine", "yakınlarinda", "yakininda",
)

# "landed at the city" ("Jezkazgan şehrine iniş yaptı"): a dative descriptor right before one of these
# is a near statement (the steppe around the town).
ARRIVAL_VERBS: tuple[str, ...] = (
    "indi", "indiler", "iniş yaptı", "iniş gerçekleştirdi", "yere indi", "yere temas etti", "inmişti",
)

# In a sentence naming an aircraft, "landed at the city" is a transfer flight, not the capsule.
AIRCRAFT_WORDS: tuple[str, ...] = ("uçak", "uçağı", "uçağın", "helikopter", "jet ", "uçuşla")

# Endings adjectival forms take: "Moskova yakınlarındaki Korolyov", "Kazakistan'ın kuzeyindeki Arkalık"
# describe where another named place is, not where the capsule came down.
ADJECTIVAL_ENDINGS: tuple[str, ...] = ("ki",)

# The verb after the statement that moves it to another event (launch, mission control, recovery flight).
OTHER_EVENT_WORDS: tuple[str, ...] = (
    "fırlatıl", "fırlatma", "havalandı", "kontrol merkez", "götürül", "nakledil", "taşındı", "uçuruldu",
    "izlendi", "havalimanı", "havaalanı",
)

# Endings of the future tense and future participle ("geçecek", "ineceği", "yapacaklar"): a sentence with
# one and no past landing form announces the landing.
FUTURE_SUFFIXES: tuple[str, ...] = (
    "ecek", "acak", "ecektir", "acaktır", "ecekler", "acaklar", "eceği", "acağı", "eceğini", "acağını",
)

# Cardinal numbers (hundreds and thousands multiply: iki yüz elli = 250). Kept out of NUMBERS, which sums
# every word, and whose "on" (10) would match English "on".
CARDINALS: dict[str, int] = {
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80,
    "doksan": 90, "yüz": 100, "bin": 1000,
    # without Turkish letters
    "uc": 3, "dort": 4, "bes": 5, "alti": 6, "kirk": 40, "altmis": 60, "yetmis": 70, "yuz": 100,
}

# Capitalised words that start a sentence before a name but are not part of it ("Araç Jezkazgan'ın ...").
NOT_NAME_WORDS: tuple[str, ...] = (
    "kapsül", "kapsülü", "kapsülün", "araç", "aracı", "aracın", "uzay", "mürettebat", "mürettebatı", "ekip",
    "ekibi", "astronotlar", "kozmonotlar", "iniş", "modül", "modülü", "soyuz", "dragon", "shenzhou", "orion",
    "roscosmos", "nasa", "kazakistan", "dün", "bugün", "sabah", "akşam",
)
