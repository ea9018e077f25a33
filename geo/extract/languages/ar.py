"""Words the press uses for landings in this language (ISO 639-1 "ar"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Arabic notes for whoever edits this file:
- Word order is DISTANCE DIRECTION RELATION [DESCRIPTOR] ANCHOR: "على بعد 147 كيلومترا جنوب شرقي مدينة
  جيزكازغان". The direction is a noun in the construct state, so it governs the town directly (no "of").
- Conjunctions and prepositions are written attached to the next word (و "and", ف "then", ب "in/with",
  ل "for", س "will", ال "the"). The grammar matches whole words ((?<![\\w]) ... (?![\\w])), so the lists
  below spell out the attached forms that matter ("وهبطت", "وبالقرب من", "ومن المقرر").
- Journalists often drop the hamza (أ/إ -> ا) and write alif maqsura for ya (حوالي / حوالى): both spellings
  are listed where they are common.
- A final tanween (كيلومتراً, ميلاً) is a combining mark, not a word character: the forms with and without
  it are both listed, or the mark would stop a match in the middle of the word.
- Two-letter words ("كم" km, "من"/"عن" from, "ست" six) are listed because they are the only way the
  language says these things; Arabic script cannot collide with the other languages' text.
"""

from __future__ import annotations


def _with_and(*words: str) -> tuple[str, ...]:
    """The words, and the same words with the conjunction و ("and") attached, as Arabic writes it."""
    return tuple(words) + tuple("و" + w for w in words)


# ── units ────────────────────────────────────────────────────────────────────────────
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # nautical miles (before plain miles: the longer phrase wins)
    "nmi": (
        "ميل بحري", "ميلا بحريا", "ميلاً بحرياً", "ميلًا بحريًا", "أميال بحرية", "اميال بحرية",
    ),
    # kilometre: singular/genitive, accusative with and without tanween, plural, the abbreviations كم and كلم
    "km": (
        "كيلومتر", "كيلومترا", "كيلومتراً", "كيلومترًا", "كيلومترات", "كيلو متر", "كيلو مترا", "كيلو متراً",
        "كيلو مترات", "كم", "كلم",
    ),
    # statute mile: singular, accusative, plural
    "mi": ("ميل", "ميلا", "ميلاً", "ميلًا", "أميال", "اميال"),
}

# ── qualifiers ───────────────────────────────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # "almost": just under the number
    "below": ("ما يقل قليلا عن", "أقل بقليل من", "اقل بقليل من"),
    # "about", "around", "approximately" (نحو is by far the most common)
    "about": (
        "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقرب من", "ما يقارب", "يقارب", "تقارب", "ما يناهز",
        "يناهز", "تقريبا", "تقريباً", "في حدود",
    ),
    # "more than", "at least"
    "above": (
        "أكثر من", "اكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "أزيد من", "ازيد من",
        "ما لا يقل عن", "لا يقل عن",
    ),
    # "less than", "within", "up to"
    "upto": (
        "أقل من", "اقل من", "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يزيد على", "في نطاق",
        "في دائرة نصف قطرها", "ضمن دائرة نصف قطرها", "حتى",
    ),
}

# ── directions ───────────────────────────────────────────────────────────────────────
# The four compass nouns, bare ("جنوب شرق") and with the article ("إلى الجنوب الشرقي من").
DIRECTION_ROOTS: tuple[tuple[str, str], ...] = (
    ("شمال", "N"), ("جنوب", "S"), ("شرق", "E"), ("غرب", "W"),
    ("الشمال", "N"), ("الجنوب", "S"), ("الشرق", "E"), ("الغرب", "W"),
)
# Endings: the nisba adjective ("شرقي", "الجنوبي"; the press writes "جنوب شرقي" as often as "جنوب شرق")
# and the adverbial accusative ("شمالا", "جنوباً" = northwards).
DIRECTION_SUFFIXES: tuple[str, ...] = ("ي", "ا", "اً", "ًا")
# Words before a direction: "إلى الجنوب الشرقي من", "باتجاه الشرق", postposed "تقريبا" before the direction.
DIRECTION_PREFIXES: tuple[str, ...] = (
    "إلى", "الى", "باتجاه", "في اتجاه", "بإتجاه", "جهة", "تقريبا", "تقريباً",
)

# ── relations and descriptors ────────────────────────────────────────────────────────
RELATIONS: tuple[str, ...] = (
    # "from": عن after بعد/تبعد, من after مسافة or a direction
    "من", "عن", "بعيدا عن", "بعيداً عن",
    # "off" a coastal town (a splashdown), "off the coast of"
    "قبالة", "قبالة سواحل", "قبالة ساحل",
    # the qualifier "approximately" written after the unit, then "from" ("140 كيلومترا تقريبا من مدينة X")
    "تقريبا من", "تقريباً من", "تقريبا عن", "تقريباً عن",
    # a direction noun governs the town noun directly ("غرب مدينة X" = west of the city of X): the place
    # noun stands where other languages have "of" (the town name is read after it)
    "مدينة", "بلدة", "قرية", "مدينه",
    # ...or with ل ("of") attached: "إلى الجنوب الشرقي لمدينة X"
    "لمدينة", "لبلدة", "لقرية", "لمدينه",
)
# Between the relation and the name: "مدينة X", "أقرب مدينة، X" (the nearest town, X), "المدينة الكازاخية X".
DESCRIPTORS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "المدينة", "البلدة", "القرية", "العاصمة", "عاصمة", "مستوطنة",
    "مدينة التعدين", "بلدة التعدين", "مركز مقاطعة",
    # a facility named after its town comes first in Arabic ("مطار جيزكازغان" = Jezkazgan airport): the town
    "مطار",
    "أقرب مدينة،", "أقرب مدينة", "اقرب مدينة،", "اقرب مدينة", "أقرب بلدة،", "أقرب بلدة", "اقرب بلدة،",
    "اقرب بلدة", "أقرب مدينة وهي", "أقرب مدينة، وهي", "أقرب تجمع سكني،", "أقرب منطقة مأهولة،",
    "المدينة الكازاخية", "المدينة الكازاخستانية", "البلدة الكازاخية", "البلدة الكازاخستانية",
)
# Anchors without a place name: the target point, the landing zone, the launch site.
UNNAMED_ANCHORS: tuple[str, ...] = (
    "النقطة المحددة", "النقطة المحددة لهبوطها", "نقطة الهبوط المحددة", "نقطة الهبوط المقررة",
    "نقطة الهبوط المخططة", "النقطة المستهدفة", "نقطة الهدف", "المنطقة المستهدفة", "المنطقة المحددة",
    "منطقة الهبوط المحددة", "منطقة الهبوط المقررة", "موقع الهبوط المحدد", "موقع الهبوط المقرر",
    "الموقع المحدد", "الموقع المقرر", "موقع الإطلاق", "منصة الإطلاق", "قاعدة الإطلاق",
)
# "near X", "off X" (a splashdown off a coastal town), "on the outskirts of X".
NEAR_WORDS: tuple[str, ...] = _with_and(
    "قرب", "بالقرب من", "على مقربة من", "بمقربة من", "قريبا من", "قريباً من", "قريبة من", "قريب من", "بجوار",
    "قبالة",
    "غير بعيد عن", "ليس بعيدا عن", "في محيط", "في ضواحي", "بضواحي", "على مشارف", "على أطراف", "في جوار",
)

# ── landing cues ─────────────────────────────────────────────────────────────────────
LANDING_CUES: tuple[str, ...] = (
    # the verb "to land" in every person and its noun (substrings: هبط covers هبطت, وهبطت, يهبط, الهبوط no)
    "هبط", "هبوط",
    # "alighted" (حطت: with a space or a conjunction before it, since bare it is inside محطتها "its station")
    " حطت", "وحطت", "فحطت", "تحط ",
    # "settled", "splashed down", "returned to Earth", "touched the ground" (not سقطت "fell": the press uses it
    # for shells and debris falling N km from a town)
    "استقرت", "غطست", "العودة إلى الأرض", "عادت إلى الأرض", "لامست الأرض", "لامست سطح الأرض",
    # the capsule, the descent module, the parachute (not bare المظلة: also "umbrella", as in "تحت مظلة")
    "كبسولة", "مركبة الهبوط", "وحدة الهبوط", "مقصورة الهبوط", "بالمظلة", "المظلات", "مظلة الهبوط",
    "فتح المظلة", "فتحت المظلة", "انفتحت المظلة",
)
# What follows these words is not the landing: a plan, a launch, a location, a transfer.
NOT_LANDING_CUES: tuple[str, ...] = (
    # planned ("it was scheduled that it land ..."), originally
    # ("كما كان مقررا" = "as scheduled" reports a landing that happened, so it is not listed)
    "المقرر أن", "المخطط", "كان يفترض", "من المفترض", "في الأصل", "المزمع",
    # the future
    "ستهبط", "سيهبط", "سوف تهبط", "سوف يهبط", "ستحط", "سيحط", "ستعود", "سيعود",
    # the launch
    "انطلقت", "أطلقت", "اطلقت", "أقلعت", "اقلعت", "انطلق من",
    # located in (masculine: a centre, a base; "منطقة تقع ..." describes the landing zone itself), based in
    "الواقع في", "ومقره", "ومقرها", "مقره في", "مقرها في",
    # the transfer of the crew after the landing
    "سينقل", "ستنقل", "سيتم نقل", "نقل الرواد", "نقل رواد", "نقل الطاقم", "نقلوا", "طاروا إلى",
)
# The future: an auxiliary then a landing verb in the present ("من المقرر أن تهبط"), or a future form made
# with the attached prefix س ("ستهبط").
FUTURE_AUXILIARIES: tuple[str, ...] = _with_and(
    "سوف", "من المقرر أن", "المقرر أن", "من المتوقع أن", "المتوقع أن", "يتوقع أن", "يُتوقع أن", "من المزمع أن",
    # "is preparing (to land)", "is getting ready"
    "تستعد", "يستعد", "تتأهب", "يتأهب",
)
LANDING_INFINITIVES: tuple[str, ...] = (
    "تهبط", "يهبط", "يهبطوا", "تحط", "يحط", "تستقر", "تغطس", "تعود", "يعود", "يعودوا", "الهبوط", "للهبوط",
)
FUTURE_LANDING_PHRASES: tuple[str, ...] = _with_and(
    "ستهبط", "سيهبط", "سيهبطون", "ستحط", "سيحط", "ستستقر", "ستغطس", "ستعود", "سيعود", "سيعودون",
    "من المقرر", "من المتوقع", "من المزمع",
    # "preparing to land", "the awaited landing"
    "تستعد للهبوط", "يستعد للهبوط", "استعدادا للهبوط", "استعداداً للهبوط", "تمهيدا للهبوط", "الهبوط المرتقب",
)
# ...unless the sentence also reports a landing that happened (the past forms, with و/ف attached).
PAST_LANDING_FORMS: tuple[str, ...] = (
    *_with_and("هبطت", "هبط", "هبطوا", "حطت", "استقرت", "غطست", "سقطت", "عادت", "عاد"),
    "فهبطت", "فحطت", "فاستقرت",
    # the landing as a noun with a past verb ("وجرت عملية الهبوط", "تم الهبوط")
    *_with_and("جرت عملية الهبوط", "تمت عملية الهبوط", "تم الهبوط", "جرى الهبوط"),
)

# After a distance: altitude, speed, the orbit.
NOT_GROUND_AFTER: tuple[str, ...] = (
    "فوق", "فوق سطح", "في الساعة", "بالساعة", "في الثانية", "بالثانية", "ارتفاعا", "ارتفاعاً", "في المدار",
    "في الفضاء", "طولا", "عرضا", "عمقا",
)

# ── region hints ─────────────────────────────────────────────────────────────────────
# Kinds of area ("منطقة قاراغندا" = Karaganda region, "صحراء جوبي", "سهوب كازاخستان"), with ب/في attached forms.
REGION_WORDS: tuple[str, ...] = (
    "منطقة", "بمنطقة", "مقاطعة", "بمقاطعة", "ولاية", "بولاية", "إقليم", "بإقليم", "محافظة", "صحراء", "بصحراء",
    "سهوب", "السهوب", "بسهوب",
)
# Parts of an area ("وسط كازاخستان", "شمال كازاخستان").
AREA_PARTS: dict[str, tuple[str, ...]] = {
    "north-eastern": ("شمال شرق", "شمال شرقي"),
    "north-western": ("شمال غرب", "شمال غربي"),
    "south-eastern": ("جنوب شرق", "جنوب شرقي"),
    "south-western": ("جنوب غرب", "جنوب غربي"),
    "central": ("وسط",),
    "northern": ("شمال", "شمالي"),
    "southern": ("جنوب", "جنوبي"),
    "eastern": ("شرق", "شرقي"),
    "western": ("غرب", "غربي"),
}
# Country adjectives (stems with the article, matched at the start of a word: "الكازاخية", "الكازاخستانية").
# Without the article a stem would also start town names ("روسي" / Rostov), so only the article forms.
COUNTRY_ADJECTIVES: dict[str, str] = {
    "الكازاخ": "Kazakhstan", "كازاخستاني": "Kazakhstan",
    "الروسي": "Russia", "المنغولي": "Mongolia", "الصيني": "China",
    "الأمريكي": "United States", "الأميركي": "United States", "الامريكي": "United States",
    "الاميركي": "United States",
}
# Demonyms of no one country.
DEMONYMS: tuple[str, ...] = ("السوفيتي", "السوفياتي")

# ── numbers in words ─────────────────────────────────────────────────────────────────
# Cardinals in the forms used before a unit (nominative -ون/-ان and oblique -ين/-ين, masculine and
# feminine), summed ("مائة وخمسين" = 100 + 50, "أحد عشر" = 1 + 10); ألف/آلاف multiply ("ثلاثة آلاف").
_UNITS = {
    **dict.fromkeys(("واحد", "واحدة", "أحد", "احد", "إحدى", "احدى"), 1),
    **dict.fromkeys(("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا", "إثنين", "إثنان"), 2),
    **dict.fromkeys(("ثلاث", "ثلاثة"), 3), **dict.fromkeys(("أربع", "أربعة", "اربع", "اربعة"), 4),
    **dict.fromkeys(("خمس", "خمسة"), 5), **dict.fromkeys(("ست", "ستة"), 6),
    **dict.fromkeys(("سبع", "سبعة"), 7), **dict.fromkeys(("ثمان", "ثماني", "ثمانية"), 8),
    **dict.fromkeys(("تسع", "تسعة"), 9), **dict.fromkeys(("عشر", "عشرة"), 10),
    **dict.fromkeys(("عشرون", "عشرين"), 20), **dict.fromkeys(("ثلاثون", "ثلاثين"), 30),
    **dict.fromkeys(("أربعون", "أربعين", "اربعون", "اربعين"), 40), **dict.fromkeys(("خمسون", "خمسين"), 50),
    **dict.fromkeys(("ستون", "ستين"), 60), **dict.fromkeys(("سبعون", "سبعين"), 70),
    **dict.fromkeys(("ثمانون", "ثمانين"), 80), **dict.fromkeys(("تسعون", "تسعين"), 90),
    **dict.fromkeys(("مائة", "مئة", "مائه", "مئه"), 100),
    **dict.fromkeys(("مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مئتا"), 200),
    **dict.fromkeys(("ثلاثمائة", "ثلاثمئة"), 300), **dict.fromkeys(("أربعمائة", "أربعمئة", "اربعمائة", "اربعمئة"), 400),
    **dict.fromkeys(("خمسمائة", "خمسمئة"), 500), **dict.fromkeys(("ستمائة", "ستمئة"), 600),
    **dict.fromkeys(("سبعمائة", "سبعمئة"), 700), **dict.fromkeys(("ثمانمائة", "ثمانمئة", "ثمانيمائة"), 800),
    **dict.fromkeys(("تسعمائة", "تسعمئة"), 900),
    **dict.fromkeys(("ألف", "الف", "آلاف", "الاف"), 1000),
    **dict.fromkeys(("ألفين", "ألفان", "الفين", "الفان"), 2000),
}
# ...and each with the conjunction و attached, as the second part of a compound ("خمسة وعشرين").
NUMBERS: dict[str, int] = {**_UNITS, **{"و" + w: v for w, v in _UNITS.items()}}

# "near X" after these is where someone else is: "المركز الروسي قرب موسكو" (the Russian centre near Moscow), the
# mission control centre (مركز التحكم، مركز مراقبة الرحلات), the headquarters (مقر); a landing word after them
# gives the "near" back to the landing ("قال المركز إن الكبسولة هبطت قرب أركاليك").
NOT_NEAR_CUES: tuple[str, ...] = ("المركز", "مركز التحكم", "مركز مراقبة", "مركز إدارة", "مقر")
