"""Clock, date, zone and event words of the ten languages read beyond the first eight, for ``geo.extract.times``.

Why a module of its own: ``times.py`` holds the grammar (what a clock time, a date, a label is); this holds the
words of Chinese, Japanese, Arabic, Kazakh, Turkish, Ukrainian, Dutch, Romanian, Czech and Lithuanian, so that a
reader of one of them can correct its words in one place. Month and weekday names come from CLDR through
``babel`` (already a dependency for country names), in the forms the press writes them: the genitive of Ukrainian,
Czech and Lithuanian ("6 квітня", "6. dubna", "balandžio 6 d."), the Levantine and Maghrebi Arabic month names
beside the Egyptian ones. CLDR has no Kazakh Latin locale, so those names are typed here (the 2018 alphabet with
acutes, the 2021 one with breves and cedillas, and the web transliteration).

Every value is a regex fragment (an alternation, matched case-insensitively unless said) or a plain table;
nothing here is compiled.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "AS_PLANNED",
    "CJK_WEEKDAYS",
    "LANDING",
    "LANDING_UNSPACED",
    "MONTHS",
    "OTHER_EVENTS",
    "OTHER_EVENTS_UNSPACED",
    "PHRASES",
    "PLANNED",
    "PLANNED_LATE",
    "PLANNED_UNSPACED",
    "PREFIX_PHRASES",
    "PUBLISHED",
    "RELATIVE_DAYS",
    "RELATIVE_UNSPACED",
    "SUFFIXING_MONTHS",
    "TIME_PREPOSITIONS",
    "UPDATED",
    "WEEKDAYS",
]

# --------------------------------------------------------------------------------------
# Months and weekdays (CLDR through babel, plus the spellings CLDR lacks)
# --------------------------------------------------------------------------------------

# Locales whose month names the press of these languages uses: "format" is the form after a day number
# (the genitive in uk/cs/lt), "stand-alone" the nominative. Arabic: Egyptian/Gulf (ar), Levantine and Iraqi
# (ar_SY: نيسان, تشرين الأول), Algerian/Tunisian (ar_DZ: أفريل, جوان), Moroccan (ar_MA: شتنبر).
_MONTH_LOCALES = ("uk", "kk", "tr", "nl", "ro", "cs", "lt", "ar", "ar_SY", "ar_DZ", "ar_MA")
# Kazakh in Latin letters: 2018 alphabet, 2021 alphabet, web transliteration (twelve per line, January first).
_KAZAKH_LATIN_MONTHS = (
    "qańtar aqpan naýryz sáýir mamyr maýsym shilde tamyz qyrkúıek qazan qarasha jeltoqsan",
    "qañtar aqpan nauryz säuır mamyr mausym şılde tamyz qyrküiek qazan qaraşa jeltoqsan",
    "qantar aqpan nauryz sauir mamyr mausym shilde tamyz qyrkuiek qazan qarasha zheltoqsan",
)
# Abbreviations the wires and page stamps use that CLDR spells with a dot or not at all (twelve per line).
_MONTH_ABBREVIATIONS = (
    "jan feb mrt apr mei jun jul aug sep okt nov dec",  # Dutch
    "ian feb mar apr mai iun iul aug sept oct nov dec",  # Romanian
    "січ лют бер квіт трав черв лип серп вер жовт лист груд",  # Ukrainian
    "oca şub mar nis may haz tem ağu eyl eki kas ara",  # Turkish
)
# Turkish and Kazakh put the case ending on the month itself ("6 Nisan'da", "20 қазанынан"): for these, the date
# regex lets a suffix follow the name.
_SUFFIXING_LOCALES = ("tr", "kk")


def _alef_variants(word: str) -> list[str]:
    """An Arabic word with each hamza-carrying alef also written bare, as much of the press writes it."""
    bare = re.sub("[أإآ]", "ا", word)
    return [word] if bare == word else [word, bare]


def _turkish_lower_variants(word: str) -> list[str]:
    """"ekim" plus "eki̇m": Python lower-cases a capital "İ" ("EKİM") to "i" and a combining dot."""
    return [word, word.replace("i", "i\u0307")] if "i" in word else [word]


def _load_months() -> tuple[dict[str, int], frozenset[str]]:
    from babel import Locale  # CLDR month names

    months: dict[str, int] = {}
    suffixing: set[str] = set()
    for code in _MONTH_LOCALES:
        loc = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for num, name in loc.months[context]["wide"].items():
                for w in _alef_variants(name.lower()):
                    for v in _turkish_lower_variants(w) if code == "tr" else [w]:
                        months.setdefault(v, num)
                        if code in _SUFFIXING_LOCALES:
                            suffixing.add(v)
    for line in _KAZAKH_LATIN_MONTHS:
        for num, name in enumerate(line.split(), start=1):
            months.setdefault(name, num)
            suffixing.add(name)
    for line in _MONTH_ABBREVIATIONS:
        for num, name in enumerate(line.split(), start=1):
            months.setdefault(name, num)
            if line is _MONTH_ABBREVIATIONS[3]:
                suffixing.add(name)
    return months, frozenset(suffixing)


#: Month name (lower case) -> number, for the languages of this module.
MONTHS, SUFFIXING_MONTHS = _load_months()

_WEEKDAY_LOCALES = ("uk", "kk", "tr", "nl", "ro", "cs", "lt", "ar")


_NOT_AFTER_A_COUNT = "".join(
    rf"(?<!{re.escape(w)}\s)" for w in "două trei patru cinci șase şase șapte şapte opt nouă zece câteva multe ultimele".split()
) + r"(?<!\d\s)"


def _weekday_forms(code: str, name: str) -> str:
    """A weekday in the case forms a time phrase puts it in, derived from CLDR's nominative.

    Czech and Ukrainian say "on Saturday" with the accusative ("v sobotu", "у суботу", "у середу"), Lithuanian
    too ("šeštadienį"); Kazakh and Turkish add the case ending to the word ("сенбіде", "Pazartesi'ye"). The
    endings are spelled out, not a wildcard: "серед" is also "among".
    """
    w = re.escape(name.lower())
    if code == "cs":
        if name == "středa":  # "ve středu" is "on Wednesday", "ve středu Kazachstánu" "in the centre of Kazakhstan"
            return w[:-1] + r"[auyě](?!\s+(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))"
        if name.endswith("a"):
            return w[:-1] + "[auyě]"
        if name.endswith("e"):
            return w[:-1] + "[eiy]"
        if name.endswith("ek"):
            return w[:-2] + "(?:ek|ku)"
        return w
    if code == "uk":
        w = w.replace("ʼ", "[ʼ'’]")
        if name.endswith("а"):
            return w[:-1] + "[аиу]"
        if name.endswith("я"):
            return w[:-1] + "[яюі]"
        if name.endswith("ок"):
            return w[:-2] + "(?:ок|ка)"
        return w + "(?:га)?"
    if code == "lt":
        return w[:-2] + "(?:is|į|io|yje)" if name.endswith("is") else w
    if code == "ro":
        w = w.replace("ț", "[țţ]").replace("ă", "[ăa]").replace("â", "[âa]")
        # "luni" is Monday and also "months" ("șase luni în spațiu"): not after a number
        return _NOT_AFTER_A_COUNT + w if name == "luni" else w
    if code in ("kk", "tr"):
        return w + r"(?:['’]?[^\W\d_]{1,4})?"
    if code == "ar":
        return "|".join(map(re.escape, _alef_variants(name)))
    return w


def _load_weekdays() -> dict[int, str]:
    from babel import Locale

    out: dict[int, list[str]] = {i: [] for i in range(7)}
    for code in _WEEKDAY_LOCALES:
        for num, name in Locale.parse(code).days["format"]["wide"].items():
            out[num].append(_weekday_forms(code, name))
    # longest first, so that "Cumartesi" is tried before "Cuma" and "Pazartesi" before "Pazar"
    return {i: "|".join(sorted(set(v), key=len, reverse=True)) for i, v in out.items()}


#: Monday == 0 -> regex alternation of that weekday in the spaced languages of this module.
WEEKDAYS: dict[int, str] = _load_weekdays()
#: The same for Chinese and Japanese, matched without word boundaries (no spaces there): 星期六, 周六, 土曜日, "(土)".
CJK_WEEKDAYS: dict[int, str] = {
    i: f"星期{zh}|禮拜{zh}|礼拜{zh}|周{zh}|週{zh}|{ja}曜日?|[(（]{ja}[)）]"
    for i, (zh, ja) in enumerate(
        (("一", "月"), ("二", "火"), ("三", "水"), ("四", "木"), ("五", "金"), ("六", "土"), ("[日天]", "日"))
    )
}

# --------------------------------------------------------------------------------------
# Zone labels
# --------------------------------------------------------------------------------------

_ALMATY, _MOSCOW, _SHANGHAI, _TOKYO, _NY = "Asia/Almaty", "Europe/Moscow", "Asia/Shanghai", "Asia/Tokyo", (
    "America/New_York"
)
# Kazakh "by X time": Cyrillic "уақытымен" / "уақыты бойынша", Latin "ýaqytymen", "uaqytymen", "uaqıtımen".
_KK_TIME_WORDS = r"уақытымен|уақыты\s+бойынша|[uý]aq[yı]t[yı]men|[uý]aq[yı]t[yı]\s+bo[ıi]yn(?:sha|şa)"
_KK_TIME = f"(?:{_KK_TIME_WORDS})"
_KK_LOCAL = r"(?:жергілікті\s+уақыт(?:пен|\s+бойынша)|jerg[iı]l[iı]kt[iı]\s+[uý]aq[yı]t(?:pen|\s+bo[ıi]yn(?:sha|şa)))"

#: (pattern, zone, fixed offset) for labels after the time ("14:17 за київським часом", "13.29 uur Nederlandse
#: tijd", "02:53 بتوقيت غرينتش", "15 val. 39 min. Lietuvos laiku"); same meaning as ``times._PHRASES``.
PHRASES: tuple[tuple[str, str, int | None], ...] = (
    # --- Arabic (بتوقيت "by the time of"; ت.غ is the papers' short "Greenwich time")
    (r"(?:ب|حسب\s+|وفق\s+)?توقيت\s+(?:[غج]ريني?تشي?|[غج]رينيش|[غج]رينويتش)", "UTC", 0),
    (r"(?:ب|حسب\s+)?التوقيت\s+العالمي(?:\s+الموحد)?", "UTC", 0),
    (r"ت\s?\.\s?غ\.?", "UTC", 0),
    (r"(?:ب|حسب\s+)?توقيت\s+موسكو", _MOSCOW, None),
    (r"(?:ب|حسب\s+|بحسب\s+|وفق\s+)?التوقيت\s+المحل[يّ]+", "local", None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:كازاخستان|قازاقستان|[أاآ]ستانا|[أا]لماتي)", _ALMATY, None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:بكين|الصين)", _SHANGHAI, None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:مكة(?:\s+المكرمة)?|السعودية|الرياض)", "Asia/Riyadh", None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:الإمارات|الامارات|[أا]بو\s?ظبي|دبي)", "Asia/Dubai", None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:القاهرة|مصر)", "Africa/Cairo", None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:الدوحة|قطر)", "Asia/Qatar", None),
    (r"(?:ب|حسب\s+)?توقيت\s+(?:شرق\s+الولايات\s+المتحدة|واشنطن|نيويورك|فلوريدا)", _NY, None),
    # --- Chinese and Japanese, after the time ("16:40（北京时间）", "14:03(日本時間)")
    (r"北京[时時][间間]?|北京时间", _SHANGHAI, None),
    (r"日本[时時]間|日本时间", _TOKYO, None),
    (r"格林[尼威]治(?:标准|標準)?[时時][间間]?|世界[时時]|[协協][调調]世界[时時]|グリニッジ標準時|協定世界時|世界標準時",
     "UTC", 0),
    (r"莫斯科[时時][间間]?|モスクワ時間", _MOSCOW, None),
    (r"[当當]地[时時][间間]?|現地時間", "local", None),
    # --- Kazakh
    (r"(?:Астана|Нұр-?Сұлтан|Алматы|Astana|Nur-?Sultan|Nūr-?Sūltan|Almaty)\s+" + _KK_TIME, _ALMATY, None),
    (r"(?:Мәскеу|Máskeý|Mäskeu|Maskeu)\s+" + _KK_TIME, _MOSCOW, None),
    (r"(?:Байқоңыр|Baıqońyr|Baiqoñyr|Baiqonyr)\s+" + _KK_TIME, "Asia/Qyzylorda", None),
    (r"(?:Гринвич|Grınvıch|Grinvich)\s+(?:" + _KK_TIME_WORDS + r"|бойынша|bo[ıi]yn(?:sha|şa))", "UTC", 0),
    (r"(?:әлемдік|álemdik|älemdık)\s+" + _KK_TIME, "UTC", 0),
    (_KK_LOCAL, "local", None),
    # --- Turkish (TSİ "Türkiye saati" is read as Turkey's clock of the date: +2/+3 until 2016, +3 since)
    (r"T[üu]rkiye\s+saat(?:i(?:yle|\s+ile)|iyle)", "Europe/Istanbul", None),
    (r"yerel\s+saat(?:le|\s+ile|iyle)", "local", None),
    (r"Moskova\s+saat(?:iyle|i\s+ile)", _MOSCOW, None),
    (r"(?:Kazakistan|Astana|Almatı|Almaty)\s+saat(?:iyle|i\s+ile)", _ALMATY, None),
    (r"(?:Greenwich|GMT|UTC)\s+saat(?:iyle|i\s+ile)|evrensel\s+saat(?:le|iyle)", "UTC", 0),
    (r"Pekin\s+saat(?:iyle|i\s+ile)", _SHANGHAI, None),
    # --- Ukrainian
    (r"за\s+київським\s+часом|київського\s+часу|за\s+Києвом", "Europe/Kyiv", None),
    (r"за\s+московським\s+часом|московського\s+часу|за\s+Москвою", _MOSCOW, None),
    (r"за\s+місцевим\s+часом|місцевого\s+часу", "local", None),
    (r"за\s+Гринвічем|за\s+(?:всесвітнім|універсальним)(?:\s+координованим)?\s+часом|за\s+(?:UTC|GMT)", "UTC", 0),
    (r"за\s+(?:часом\s+(?:Астани|Алмати|Казахстану)|астанинським\s+часом|казахстанським\s+часом)", _ALMATY, None),
    (r"за\s+пекінським\s+часом", _SHANGHAI, None),
    # --- Dutch
    (r"(?:Nederlandse|Amsterdamse|onze)\s+tijd", "Europe/Amsterdam", None),
    (r"Belgische\s+tijd", "Europe/Brussels", None),
    (r"(?:lokale|plaatselijke)\s+tijd", "local", None),
    (r"Moskouse\s+tijd|Moskou-tijd", _MOSCOW, None),
    (r"(?:Kazachse|Kazachstaanse)\s+tijd", _ALMATY, None),
    (r"Greenwich(?:-|\s+)tijd|wereldtijd|universele\s+tijd|(?:UTC|GMT)-tijd", "UTC", 0),
    (r"Midden-Europese\s+zomertijd", "Europe/Amsterdam", 120),
    (r"Midden-Europese\s+(?:winter)?tijd", "Europe/Amsterdam", 60),
    (r"(?:Chinese|Pekingse)\s+tijd", _SHANGHAI, None),
    (r"(?:Amerikaanse\s+)?[Oo]ostkusttijd", _NY, None),
    # --- Romanian (ş/ș and ţ/ț are both in use)
    (r"ora\s+(?:Rom[âa]niei|Bucure[șşs]tiului|noastr[ăa])", "Europe/Bucharest", None),
    (r"ora\s+(?:Moldovei|Chi[șşs]in[ăa]ului)", "Europe/Chisinau", None),
    (r"ora\s+Moscovei", _MOSCOW, None),
    (r"ora\s+local[ăa]", "local", None),
    (r"ora\s+(?:Kazahstanului|Astanei)", _ALMATY, None),
    (r"ora\s+(?:Greenwich|universal[ăa])", "UTC", 0),
    (r"ora\s+(?:Beijingului|Chinei|Beijing)", _SHANGHAI, None),
    # --- Czech
    (r"středoevropského\s+letního\s+času", "Europe/Prague", 120),
    (r"středoevropského\s+času", "Europe/Prague", 60),
    (r"(?:našeho|českého|pražského)\s+času", "Europe/Prague", None),
    (r"místního\s+času", "local", None),
    (r"moskevského\s+času", _MOSCOW, None),
    (r"(?:koordinovaného\s+)?světového\s+času|greenwichského\s+času", "UTC", 0),
    (r"(?:kazašského|kazachstánského|astanského)\s+času", _ALMATY, None),
    (r"(?:pekingského|čínského)\s+času", _SHANGHAI, None),
    (r"východoamerického\s+času", _NY, None),
    # --- Lithuanian
    (r"(?:Lietuvos|Vilniaus|mūsų)\s+laiku", "Europe/Vilnius", None),
    (r"Maskvos\s+laiku", _MOSCOW, None),
    (r"(?:vietos|vietiniu)\s+laiku", "local", None),
    (r"(?:Grinvičo|pasauliniu|koordinuotuoju\s+pasauliniu|UTC|GMT)\s+laiku", "UTC", 0),
    (r"(?:Kazachstano|Astanos)\s+laiku", _ALMATY, None),
    (r"Pekino\s+laiku", _SHANGHAI, None),
)

#: Case-sensitive abbreviations: Czech SELČ/SEČ (středoevropský letní/standardní čas), Turkish TSİ (Türkiye saati).
ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "SELČ": ("Europe/Prague", 120),
    "SEČ": ("Europe/Prague", 60),
    "TSİ": ("Europe/Istanbul", None),
    "TSI": ("Europe/Istanbul", None),
}

#: Labels written before the time: "北京时间2024年4月30日17时46分", "日本時間の11日午後10時12分", "Astana уақытымен сағат
#: 14:17-де", "Moskova saatiyle 08.04'te", "TSİ 14.17'de", "за київським часом о 14:17". ``times`` lets a date,
#: "сағат"/"saat"/"الساعة" and a morning/evening word stand between (see times._PRE_GAP).
PREFIX_PHRASES: tuple[tuple[str, str, int | None], ...] = (
    (r"北京[时時][间間]?|北京时间", _SHANGHAI, None),
    (r"日本[时時]間|日本时间", _TOKYO, None),
    (r"(?:GMT|UTC)\s*[(（](?:グリニッジ標準時|格林[尼威]治[时時][间間]?)[)）]|(?:グリニッジ標準時|格林[尼威]治(?:标准|標準)?[时時][间間]?)"
     r"(?:\s*[(（](?:GMT|UTC)[)）])?|世界[时時]|[协協][调調]世界[时時]|協定世界時|世界標準時", "UTC", 0),
    (r"莫斯科[时時][间間]?|モスクワ時間", _MOSCOW, None),
    (r"[当當]地[时時][间間]?|現地時間", "local", None),
    (r"米(?:国)?東部(?:標準)?時間", _NY, None),
    (r"米(?:国)?東部夏時間", _NY, -240),
    (r"哈萨克斯坦[时時][间間]?|阿斯塔纳[时時][间間]?|カザフスタン時間", _ALMATY, None),
    *(p for p in PHRASES if p[1] in (_ALMATY, _MOSCOW, "UTC", "local", "Asia/Qyzylorda") and re.search(
        "уақыт|aq[yı]t|бойынша", p[0])),
    (r"TS[İI](?:\s+ile)?", "Europe/Istanbul", None),
    *(p for p in PHRASES if "saat" in p[0]),
    *(p for p in PHRASES if p[0].startswith("за\\s+")),
)

# --------------------------------------------------------------------------------------
# Clock words
# --------------------------------------------------------------------------------------

#: Words right before a dotted time that make it a clock reading ("om 13.29", "la ora 15.16", "v 16.52", "saat
#: 14.17", "сағат 14.17", "о 14.17", "apie 15.39", "الساعة 8.31").
TIME_PREPOSITIONS = (
    r"om|rond|omstreeks|tegen|la(?:\s+ora|\s+orele)?|ora|orele|[îi]n\s+jurul\s+orei|pe\s+la|v|ve|kolem|okolo"
    r"|apie|nuo|о|об|близько|приблизно|saat|сағат|saǵat|sağat|saghat|الساعة|تمام\s+الساعة"
)

# --------------------------------------------------------------------------------------
# Events: the landing, the other events of a return, plans
# --------------------------------------------------------------------------------------

#: Landing words of the spaced languages, matched as whole words (``times`` adds the word boundaries).
LANDING = (
    # Kazakh: қонды (landed), қону/қонуы (the landing), табан тіреді (touched down), Жерге оралды (back on Earth)
    r"қон(?:ды|у|уы|ған|ғаннан|ып|удан)|табан\s+тіреді|(?:Жерге|жерге)\s+оралды"
    r"|qon(?:dy|dı|u|ýy|uy|ǵan|ğan|ğannan|ǵannan|yp|ıp)|taban\s+t[iı]red[iı]"
    # Turkish: iniş (the landing) with its endings, indi, inmiş, yere değdi, Dünya'ya döndü
    r"|[iİ]ni[şs]\w*|indi(?:ler)?|inmi[şs](?:ti)?|indiği|yere\s+(?:indi|değdi)|D[üu]nya['’]?ya\s+d[öo]nd[üu]"
    # Ukrainian (приземл-, посадк- are the Russian stems too)
    r"|приземлив\w*|приземлил\w*|приземлен\w*|приземлення|посадк\w*|здійснив\w*\s+посадку|сів|сіла|приводнив\w*"
    # Dutch
    r"|geland|landde(?:n)?|neergekomen|kwam\s+\w*\s*neer|neerkwam|terug\s+op\s+(?:de\s+)?aarde"
    # Romanian
    r"|ateriz\w*|a\s+amerizat|amerizare|s-a\s+întors\s+pe\s+Pământ|a\s+revenit\s+pe\s+(?:Pământ|Terra)"
    # Czech
    r"|přistál\w*|přistání|přistan\w*|dosedl\w*|se\s+vrátil\w*\s+na\s+Zemi"
    # Lithuanian
    r"|nusileid\w*|nusileido|(?:su)?grįžo\s+į\s+Žemę|nutūpė"
)
#: Chinese, Japanese and Arabic landing words, matched inside running text (no spaces to bound them).
LANDING_UNSPACED = (
    r"着陆|著陆|著陸|着陸|着地|着水|落地|溅落|濺落|降落|返回地面|安全返回|平安(?:归来|歸來)|帰還|地球に戻|地上に戻|降り立"
    # Arabic: هبط/هبوط in every form (prefixes و ف ب ل ال before it), حطت "alighted" only as a word of its own
    # (it is inside محطتها "its station"), عادت إلى الأرض "returned to Earth"
    r"|(?<![\u0621-\u064A])[وف]?(?:ب|ل|ال|بال|لل)?(?:هبوط|هبط|تهبط|يهبط)"
    r"|(?<![\u0621-\u064A])[وف]?(?:حطت|حطّت)|عادت\s+إلى\s+الأرض|لامست\s+الأرض"
)
#: The other events of a return, each with its own clock time: undocking, separation, hatch closing, deorbit
#: burn, entry; and launches and dockings (spaced languages, whole words).
OTHER_EVENTS = (
    # Kazakh
    r"ажыратыл\w*|ажырау\w*|бөлін\w*|ұшырыл\w*|ұшыру\w*|түйіс\w*|тежеу\w*|тежегіш\w*|орбитадан\s+шығу\w*"
    r"|люк\w*\s+жабыл\w*|атмосфераға\s+ен\w*|ajyratyl\w*|bólin\w*|bölin\w*|ushyryl\w*|uşyryl\w*|tejeý\w*|tejeu\w*"
    # Turkish
    r"|ayrıl\w*|ayrıldı|kenetlen\w*|fırlat\w*|havaland\w*|kalkış\w*|kapak\w*\s+kapat\w*|kapaklar\w*|yörüngeden\s+çık\w*"
    r"|frenle\w*|fren\s+(?:motor|ateşleme)\w*|atmosfere\s+gir\w*"
    # Ukrainian
    r"|розстикув\w*|відстикув\w*|стикув\w*|пристикув\w*|запуск\w*|запущен\w*|стартув\w*|люк\w*\s+(?:було\s+)?закри\w*"
    r"|закри\w*\s+люк\w*|гальмівн\w*|з[ій]ш(?:ов|ла)\s+з\s+орбіти|сход\w*\s+з\s+орбіти|вхід\w*\s+в\s+атмосферу"
    r"|відокрем\w*|від'єдна\w*"
    # Dutch
    r"|koppelde\s+(?:\w+\s+)?los|losgekoppeld|ontkoppel\w*|afgemeerd|meerde\s+(?:\w+\s+)?af|afkoppel\w*|gelanceerd"
    r"|lancering|opgestegen|steeg\s+op|gekoppeld|aangemeerd|luik(?:en)?\s+(?:werd(?:en)?\s+)?gesloten"
    r"|sluiting\s+van\s+de\s+luiken|remmanoeuvre|remraket\w*|afrem\w*|dampkring\s+(?:binnen|in)|terugkeer\s+in\s+de\s+dampkring"
    # Romanian
    r"|decolat|decolare[a]?|lansat\w*|lansare[a]?|s-a\s+desprins|desprindere[a]?|decuplat\w*|decuplare[a]?"
    r"|s-a\s+(?:de)?conectat|andocat\w*|andocare[a]?|trapa\s+(?:a\s+fost\s+)?închisă|închiderea\s+trapei"
    r"|frânare[a]?|deorbitare[a]?|reintrare[a]?|intrarea\s+în\s+atmosferă"
    # Czech
    r"|odpojil\w*|odpojení|oddělil\w*|oddělení|odstartoval\w*|vzlet\w*|připojil\w*|připojení|zakotvil\w*|zakotvení"
    r"|průlez\w*\s+(?:byl\w*\s+)?uzavřen\w*|uzavření\s+průlezu|poklop\w*\s+(?:byl\w*\s+)?uzavřen\w*|brzdn\w*"
    r"|deorbitační\w*|vstup\w*\s+do\s+atmosféry"
    # Lithuanian
    r"|atsiskyr\w*|atsiskirs|atsijung\w*|pakilo|paleist\w*|startav\w*|išskrido|prisijung\w*|prisišvartav\w*"
    r"|liuk\w*\s+(?:buvo\s+)?uždary\w*|uždar\w*\s+liuk\w*|stabdym\w*|įėj\w*\s+į\s+atmosferą"
)
#: The same for Chinese, Japanese and Arabic, inside running text.
OTHER_EVENTS_UNSPACED = (
    # Chinese: separation, return command, deorbit burn, main parachute, hatch, egress, undocking, launch, docking
    r"分离|分離|返回指令|制动(?:发动机)?点火|制動(?:發動機)?點火|主伞|主傘|舱门打开|艙門打開|打开舱门|出舱|出艙|撤离|撤離"
    r"|发射|發射|升空|对接|對接|黑障"
    # Japanese: undocking, separation, hatch, deorbit burn, entry, launch, docking
    r"|離脱|離れ|分離|ドッキング解除|切り離|ハッチ(?:が|を)?閉|ハッチ閉鎖|軌道離脱|噴射|減速|大気圏(?:に|へ)?突入|再突入"
    r"|打ち上げ|打ち上が|ドッキング|乗り込"
    # ...and after the landing: the capsule found, recovered (発見, 回収), like Chinese 发现/找到
    r"|発見|回収|发现|發現|找到"
    # Arabic: separation, undocking, launch, docking, hatch, braking
    r"|انفصل\w*|الانفصال|فك\s+الالتحام|انطلق\w*|[أا]طلق\w*|[أا]قلع\w*|التحم\w*|الالتحام|[إا]غلاق\s+(?:الكوة|البوابة|الفتحة)"
    r"|محركات\s+الكبح|الخروج\s+من\s+المدار"
)
#: "Scheduled/planned/expected" cues that come before the time or just after it (whole words; see times._PLANNED_RE).
PLANNED = (
    r"жоспарлан\w*|күтіл\w*|тиіс|josparlan\w*|kútil\w*|kütil\w*"
    r"|planlan\w*|beklen\w*|öngörül\w*|programlan\w*|inecek"
    r"|запланован\w*|заплановано|планує\w*|плануєт\w*|очікує\w*|очікуван\w*|має\s+приземлитися|мають\s+приземлитися"
    r"|повин\w*"
    r"|gepland|verwacht\w*|voorzien|zou(?:den)?\s+(?:\w+\s+){0,3}?landen|moet(?:en)?\s+(?:\w+\s+){0,3}?landen"
    r"|programat\w*|planificat\w*|prevăzut\w*|preconizat\w*|așteptat\w*|aşteptat\w*|urmează\s+să|ar\s+urma\s+să"
    r"|va\s+ateriza"
    r"|plánov[aá]n\w*|naplánov[aá]n\w*|plánuje|očekávan\w*|předpokládá\w*|má\s+přistát|mají\s+přistát|by\s+měl\w*"
    r"|přistane"
    r"|planuojam\w*|planuota|numatyt\w*|turėtų|turi\s+nusileisti|tikimasi|laukiama|nusileis|pasieks"
    r"|من\s+المقرر|المقرر|من\s+المتوقع|المتوقع|يتوقع|يُتوقع|ستهبط|سيهبط|وستهبط|سوف\s+تهبط|المخطط|المزمع"
)
#: Chinese plan words, inside running text.
PLANNED_UNSPACED = r"计划|計劃|预计|預計|预定|預定|将于|將於|拟于|擬於|定于|定於|即将|即將"
#: Plans written after the time in verb-final sentences ("... 14.17'de inmesi bekleniyor", "着陸する予定"):
#: looked for further after the time than ``PLANNED``.
PLANNED_LATE = r"予定|見込み|見通し|planlanıyor|bekleniyor|öngörülüyor|жоспарлануда|күтілуде|josparlanýda|kútilýde"
#: Phrases that report a landing that happened as planned: a plan word inside them is no plan.
AS_PLANNED = (
    r"予定(?:どおり|通り|より)|按(?:照)?计划|按(?:照)?計劃|如期|在预定(?:区域|地点|着陆区)|在預定(?:區域|地點|著陸區)"
    r"|予定(?:の)?(?:区域|地点|地域)(?:に|へ)"
    r"|in\s+the\s+(?:pre-?)?(?:planned|designated|predetermined|pre-determined)\s+(?:area|zone|region)"
    r"|в\s+(?:запланированном|заданном|расч[её]тном|назначенном)\s+районе|[ву]\s+(?:запланованому|заданому)\s+районі"
    r"|planlandığı\s+(?:gibi|şekilde)|beklendiği\s+gibi"
    r"|zoals\s+(?:gepland|voorzien|verwacht)|volgens\s+(?:plan|schema)|conform\s+planului|cum\s+era\s+(?:programat|prevăzut)"
    r"|a[șşs]a\s+cum\s+era\s+(?:programat|prevăzut)|după\s+cum\s+era\s+planificat|jak\s+bylo\s+plánováno|dříve,?\s+než"
    r"|kaip\s+ir\s+(?:buvo\s+)?planuota|kaip\s+planuota|pagal\s+planą|як\s+і\s+планувалося|як\s+і\s+очікувалося"
    r"|كما\s+كان\s+(?:مقررا|مقرراً|مخططا|متوقعا)|في\s+الموعد\s+المقرر|жоспарланғандай|белгіленген\s+уақытта"
)

# --------------------------------------------------------------------------------------
# Relative days and page stamps
# --------------------------------------------------------------------------------------

#: (pattern, days from the dateline) in the spaced languages; None is "overnight" (see times._RELATIVE_DAYS).
RELATIVE_DAYS: tuple[tuple[str, int | None], ...] = (
    (r"кеше|keshe|keşe|dün|вчора|учора|gisteren|gisteravond|gistermorgen|včera|vakar|أمس|الأمس|امس", -1),
    (r"бүгін|búgin|bügın|bugin|bugün|сьогодні|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|astăzi|azi|dnes"
     r"|dnes\s+ráno|šiandien|اليوم", 0),
    (r"vannacht|azi-noapte|azi\s+noapte|сьогодні\s+вночі|цієї\s+ночі|dnes\s+v\s+noci|šiąnakt|الليلة\s+الماضية", None),
)
#: Chinese and Japanese relative days (no word boundaries): yesterday, today, last night.
RELATIVE_UNSPACED: tuple[tuple[str, int | None], ...] = (
    (r"昨天|昨日", -1),
    (r"今天|今日|本日|今晨|今朝", 0),
    (r"昨夜|昨晚|今夜未明|未明", None),
)
#: "Published ..." lines in these languages (start of a line).
PUBLISHED = (
    r"gepubliceerd|geplaatst|publicat|data\s+public[ăa]rii|publikováno|vydáno|publikuota|опубліковано"
    r"|дата\s+публікації|жарияланды|жарияланған|yayınlanma|yayın\s+tarihi|yayınlandı|نشر\s+في|نُشر|تاريخ\s+النشر"
)
#: "Updated ..." in these languages.
UPDATED = (
    r"bijgewerkt|laatste\s+update|actualizat|ultima\s+actualizare|aktualizováno|aktualizace|atnaujinta|оновлено"
    r"|жаңартылды|güncelleme|güncellenme|آخر\s+تحديث|تحديث"
)
