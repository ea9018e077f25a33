"""Clock times, their zone labels and the article's dateline, read from text.

Only text is read here: converting a time to UTC (DST, the landing place's zone, the
date) is :mod:`geo.timing`'s job. What this module must get right is *which* digits are
clock times ("12:57", "3h31", "0337 GMT", "13.43 Uhr") and which are not ("28,000 km/h",
"2.88-billion-mile", "29.09.2022", "3:1", "9/11", years), which label came with each
time, and how likely each one is to be the landing time rather than the launch, the
undocking or the moment the article was published.

The words of the ten languages read beyond the first eight (Chinese, Japanese, Arabic, Kazakh, Turkish,
Ukrainian, Dutch, Romanian, Czech, Lithuanian: month and weekday names from CLDR, zone labels, event and plan
words) are in :mod:`geo.extract.clock_words`; the grammar here reads them the same way, plus what those
languages do differently: a label before the time ("北京时间17时46分", "Astana уақытымен сағат 14:17-де"), a
case ending on it ("14.17'de"), "15 val. 39 min.", other scripts' digits, a day of the month alone ("14日").

Everything is plain ``re`` compiled once at import: ``find_times`` runs on every article
and must stay in the low milliseconds. ``dateparser`` is only a lazily imported fallback
of :func:`find_dateline` for dateline formats the regexes do not know.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from geo.extract import clock_words as _cw
from geo.extract import lexicon as lx
from geo.extract.text import contains_any, sentences
from geo.model import TimeMention

__all__ = ["LABEL_ZONES", "TextDate", "conventional_zone", "find_dateline", "find_times"]


class TextDate(date):
    """A date read from the text, that remembers where it came from and how precise it is.

    A plain :class:`datetime.date` for every other use (it compares, hashes and formats as
    one). ``source`` says in words what gave it ("wire dateline \"ALMATY, Kazakhstan, April
    6, 2024 (Reuters)\"", "\"yesterday\" against the dateline 2024-04-06"); ``precision`` is
    ``"day"``, or ``"month"``/``"year"`` when the text only gives a month or a year (the day is
    then the 15th or 1 July, used for nothing but the zone rules of that time).
    """

    source: str
    precision: str

    def __new__(cls, year: int, month: int, day: int, source: str = "", precision: str = "day") -> TextDate:
        self = super().__new__(cls, year, month, day)
        self.source = source
        self.precision = precision
        return self

    def __reduce__(self):  # noqa: ANN204 - pickling keeps the words
        return (TextDate, (self.year, self.month, self.day, self.source, self.precision))

    def __repr__(self) -> str:
        return f"TextDate({self.year}, {self.month}, {self.day}, {self.source!r}, {self.precision!r})"

# --------------------------------------------------------------------------------------
# Zone labels
# --------------------------------------------------------------------------------------

# (pattern, zone, fixed offset in minutes or None). A regional label keeps offset None so
# its DST follows the date; an abbreviation that names one side of DST ("EDT", "MESZ")
# is fixed, because the writer told us the offset, even if the date would disagree.
# Case-insensitive; longer phrases are tried first by the combined regex (sorted below).
_PHRASES: tuple[tuple[str, str, int | None], ...] = (
    # --- UTC, every language
    (r"(?:coordinated\s+)?universal\s+time", "UTC", 0),
    (r"greenwich\s+mean\s+time", "UTC", 0),
    (r"zulu(?:\s+time)?", "UTC", 0),
    (r"temps\s+universel(?:\s+coordonné)?", "UTC", 0),
    (r"heure\s+(?:de\s+Greenwich|GMT|UTC|TU)", "UTC", 0),
    (r"(?:koordinierter\s+)?Weltzeit", "UTC", 0),
    (r"(?:по\s+)?всемирно(?:го|му)(?:\s+координированно(?:го|му))?\s+времени", "UTC", 0),
    (r"по\s+Гринвичу", "UTC", 0),
    (r"по\s+(?:UTC|GMT)", "UTC", 0),
    (r"(?:tiempo|hora)\s+universal(?:\s+coordinad[oa])?", "UTC", 0),
    (r"(?:hora|horário)\s+(?:de\s+Greenwich|GMT|UTC)", "UTC", 0),
    (r"tempo\s+universal(?:\s+coordenado)?", "UTC", 0),
    (r"(?:tempo|ora)\s+universale(?:\s+coordinato)?", "UTC", 0),
    (r"ora\s+(?:di\s+Greenwich|GMT|UTC)", "UTC", 0),
    (r"czasu\s+(?:uniwersalnego(?:\s+koordynowanego)?|Greenwich|UTC|GMT)", "UTC", 0),
    # --- the landing place's own clock: the caller supplies its zone
    (r"local\s+time", "local", None),
    (r"local(?=\s*[,.;)])", "local", None),
    (r"heure\s+locale", "local", None),
    (r"(?:Ortszeit|örtlicher\s+Zeit)", "local", None),
    (r"(?:по\s+)?местному\s+времени|местного\s+времени", "local", None),
    (r"(?:hora|horário)\s+local", "local", None),
    (r"ora\s+locale", "local", None),
    (r"czasu\s+(?:lokalnego|miejscowego)", "local", None),
    # --- Moscow (Europe/Moscow: UTC+4 in summer before 2011 and all year 2011-03-27..2014-10-26)
    (r"Moscow\s+(?:standard\s+)?time", "Europe/Moscow", None),
    (r"Moscow\s+summer\s+time", "Europe/Moscow", 240),
    (
        r"по\s+московскому(?:\s+времени)?|московского\s+времени|московское\s+время|по\s+Москве",
        "Europe/Moscow",
        None,
    ),
    (r"heure\s+(?:de\s+Moscou|moscovite)", "Europe/Moscow", None),
    (r"Moskauer\s+Zeit", "Europe/Moscow", None),
    (r"(?:hora|horário)\s+de\s+Mosc(?:ú|ou)", "Europe/Moscow", None),
    (r"ora\s+di\s+Mosca", "Europe/Moscow", None),
    (r"czasu\s+moskiewskiego", "Europe/Moscow", None),
    # --- Kazakhstan (Astana and Almaty share Asia/Almaty; Baikonur keeps Kyzylorda's clock)
    (r"(?:Kazakh(?:stan)?|Astana|Almaty|Nur-Sultan)\s+time", "Asia/Almaty", None),
    (r"Baikonur\s+time", "Asia/Qyzylorda", None),
    (r"по\s+времени\s+(?:Астаны|Алматы|Нур-Султана|Казахстана)", "Asia/Almaty", None),
    (r"по\s+(?:астанинскому|алматинскому|казахстанскому)\s+времени", "Asia/Almaty", None),
    (r"по\s+(?:времени\s+Байконура|байконурскому\s+времени)", "Asia/Qyzylorda", None),
    (r"heure\s+(?:kazakhe|du\s+Kazakhstan|d'Astana)", "Asia/Almaty", None),
    (r"heure\s+de\s+Ba[ïi]konour", "Asia/Qyzylorda", None),
    (r"kasachischer\s+Zeit", "Asia/Almaty", None),
    (
        r"(?:hora|horário)\s+(?:de\s+|do\s+)?(?:Kazajist[aá]n|Cazaquist[aã]o)|hora\s+kazaja",
        "Asia/Almaty",
        None,
    ),
    (r"(?:hora|horário|ora)\s+di?\s*Baikonur", "Asia/Qyzylorda", None),
    (r"ora\s+(?:del\s+)?Kazakistan|ora\s+kazaka", "Asia/Almaty", None),
    (r"czasu\s+(?:kazachskiego|kazachstańskiego)", "Asia/Almaty", None),
    # --- China
    (r"(?:Beijing|China|Chinese)\s+(?:standard\s+)?time", "Asia/Shanghai", None),
    (r"по\s+пекинскому\s+времени", "Asia/Shanghai", None),
    (r"heure\s+(?:de\s+Pékin|chinoise)", "Asia/Shanghai", None),
    (r"(?:Pekinger|Beijinger|chinesischer)\s+Zeit", "Asia/Shanghai", None),
    (r"(?:hora|horário)\s+(?:de\s+Pek[ií]n|de\s+Pequim|china|chinesa)", "Asia/Shanghai", None),
    (r"ora\s+(?:di\s+Pechino|cinese)", "Asia/Shanghai", None),
    (r"czasu\s+(?:pekińskiego|chińskiego)", "Asia/Shanghai", None),
    # --- Europe
    (r"(?:French|Paris)\s+time", "Europe/Paris", None),
    (
        r"heure\s+(?:de\s+Paris|française|de\s+France|de\s+(?:la\s+)?métropole|métropolitaine)",
        "Europe/Paris",
        None,
    ),
    (r"heure\s+(?:belge|de\s+Bruxelles)", "Europe/Brussels", None),
    (r"heure\s+(?:suisse|de\s+Genève)", "Europe/Zurich", None),
    (r"(?:German|Berlin)\s+time", "Europe/Berlin", None),
    (r"(?:deutscher|unserer|Berliner)\s+Zeit", "Europe/Berlin", None),
    (r"(?:österreichischer|Wiener)\s+Zeit", "Europe/Vienna", None),
    (r"Schweizer\s+Zeit", "Europe/Zurich", None),
    (r"mitteleuropäischer\s+Sommerzeit", "Europe/Berlin", 120),
    (r"mitteleuropäischer\s+Zeit", "Europe/Berlin", 60),
    (r"Central\s+European\s+Summer\s+Time", "Europe/Paris", 120),
    (r"Central\s+European\s+Time", "Europe/Paris", 60),
    (r"(?:British|UK|London)\s+time", "Europe/London", None),
    (r"British\s+Summer\s+Time", "Europe/London", 60),
    (
        r"(?:hora|horário)\s+(?:peninsular|española|de\s+España|de\s+Madrid)(?:\s+española)?",
        "Europe/Madrid",
        None,
    ),
    (r"(?:hora|horário)\s+(?:de\s+Canarias|canaria)", "Atlantic/Canary", None),
    (r"ora\s+(?:italiana|di\s+Roma|dell'Italia)", "Europe/Rome", None),
    (r"ora\s+svizzera", "Europe/Zurich", None),
    (
        r"(?:hora|horário)\s+(?:de\s+Lisboa|de\s+Portugal(?:\s+continental)?|portuguesa)",
        "Europe/Lisbon",
        None,
    ),
    (r"czasu\s+polskiego|naszego\s+czasu", "Europe/Warsaw", None),
    (r"czasu\s+środkowoeuropejskiego\s+letniego", "Europe/Warsaw", 120),
    (r"czasu\s+środkowoeuropejskiego", "Europe/Warsaw", 60),
    (r"по\s+киевскому\s+времени", "Europe/Kyiv", None),
    # --- Americas
    (r"Eastern\s+Daylight\s+Time", "America/New_York", -240),
    (r"Eastern\s+Standard\s+Time", "America/New_York", -300),
    (r"(?:Eastern|East\s+Coast|Florida|Cape\s+Canaveral|Washington)\s+time", "America/New_York", None),
    (r"Central\s+Daylight\s+Time", "America/Chicago", -300),
    (r"Central\s+Standard\s+Time", "America/Chicago", -360),
    (r"(?:Central|Houston)\s+time", "America/Chicago", None),
    (r"Mountain\s+Daylight\s+Time", "America/Denver", -360),
    (r"Mountain\s+Standard\s+Time", "America/Denver", -420),
    (r"Mountain\s+time", "America/Denver", None),
    (r"Pacific\s+Daylight\s+Time", "America/Los_Angeles", -420),
    (r"Pacific\s+Standard\s+Time", "America/Los_Angeles", -480),
    (r"(?:Pacific|California)\s+time", "America/Los_Angeles", None),
    (r"heure\s+(?:de\s+l'Est|du\s+Québec|de\s+Montréal)", "America/Toronto", None),
    (r"heure\s+de\s+(?:Washington|New\s+York|Floride)", "America/New_York", None),
    (r"heure\s+de\s+Houston", "America/Chicago", None),
    (r"(?:US-)?Ostküstenzeit", "America/New_York", None),
    (
        r"(?:hora|horário)\s+(?:del\s+)?Este(?:\s+de\s+(?:EE\.?\s?UU\.?|Estados\s+Unidos))?",
        "America/New_York",
        None,
    ),
    (r"ora\s+(?:della\s+costa\s+(?:orientale|est)|di\s+New\s+York)", "America/New_York", None),
    (r"czasu\s+(?:wschodnioamerykańskiego|nowojorskiego)", "America/New_York", None),
    (r"(?:hora|horário)\s+(?:oficial\s+)?de\s+Brasília|de\s+Brasília", "America/Sao_Paulo", None),
    (
        r"(?:hora|horário)\s+(?:del\s+centro\s+de\s+México|de\s+(?:la\s+Ciudad\s+de\s+)?México)",
        "America/Mexico_City",
        None,
    ),
    (r"(?:hora|horário)\s+(?:de\s+)?Argentina|hora\s+argentina", "America/Argentina/Buenos_Aires", None),
    (r"(?:hora|horário)\s+(?:de\s+)?Chile|hora\s+chilena", "America/Santiago", None),
    (r"(?:hora|horário)\s+(?:de\s+)?Colombia|hora\s+colombiana", "America/Bogota", None),
    (r"Hawaii(?:an)?\s+time", "Pacific/Honolulu", None),
    # --- Asia-Pacific
    (r"(?:Japan(?:ese)?|Tokyo)\s+(?:standard\s+)?time", "Asia/Tokyo", None),
    (r"India(?:n)?\s+(?:standard\s+)?time", "Asia/Kolkata", None),
    # --- zh, ja, ar, kk, tr, uk, nl, ro, cs, lt (geo/extract/clock_words.py)
    *_cw.PHRASES,
)

# Case-sensitive: "ET", "PT", "Z" and "TU" are ordinary words in lower case. The zone
# of a fixed abbreviation only names the region it belongs to (see TimeMention).
_ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "UTC": ("UTC", 0),
    "GMT": ("UTC", 0),
    "UT": ("UTC", 0),
    "Z": ("UTC", 0),
    "TU": ("UTC", 0),
    # MSK is read as "Moscow time", not as a fixed +3: Russian writers kept writing MSK
    # (and "мск") while Moscow was at UTC+4 in 2011-2014, and tzdata itself calls that MSK.
    "MSK": ("Europe/Moscow", None),
    "МСК": ("Europe/Moscow", None),
    "мск": ("Europe/Moscow", None),
    "MSD": ("Europe/Moscow", 240),
    "CET": ("Europe/Paris", 60),
    "CEST": ("Europe/Paris", 120),
    "MEZ": ("Europe/Berlin", 60),
    "MESZ": ("Europe/Berlin", 120),
    "WET": ("Europe/Lisbon", 0),
    "WEST": ("Europe/Lisbon", 60),
    "EET": ("Europe/Athens", 120),
    "EEST": ("Europe/Athens", 180),
    "BST": ("Europe/London", 60),  # British Summer Time (not Bangladesh): the usage in space news
    "EST": ("America/New_York", -300),
    "EDT": ("America/New_York", -240),
    "ET": ("America/New_York", None),
    "CST": ("America/Chicago", -360),
    "CDT": ("America/Chicago", -300),
    "CT": ("America/Chicago", None),
    # MST stays UTC-7 in Arizona (America/Phoenix) all year; the offset is the same.
    "MST": ("America/Denver", -420),
    "MDT": ("America/Denver", -360),
    "MT": ("America/Denver", None),
    "PST": ("America/Los_Angeles", -480),
    "PDT": ("America/Los_Angeles", -420),
    "PT": ("America/Los_Angeles", None),
    "HST": ("Pacific/Honolulu", -600),
    "JST": ("Asia/Tokyo", 540),
    "KST": ("Asia/Seoul", 540),
    "IST": ("Asia/Kolkata", 330),  # India: ISRO news; Irish/Israel readings are rarer here
    "BJT": ("Asia/Shanghai", 480),
    "ALMT": ("Asia/Almaty", 360),
    "AEST": ("Australia/Sydney", 600),
    "AEDT": ("Australia/Sydney", 660),
    **_cw.ABBREVIATIONS,
}

#: Every label this module knows, for documentation and the UI: pattern → (zone, fixed offset).
LABEL_ZONES: dict[str, tuple[str, int | None]] = {p: (z, o) for p, z, o in _PHRASES} | _ABBREVIATIONS

_OFFSET_LABEL = r"(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?"
_LABEL_RE = re.compile(
    r"(?:(?P<off>"
    + _OFFSET_LABEL
    + r")"
    + r"|(?P<phrase>(?i:"
    + "|".join(p for p, _, _ in sorted(_PHRASES, key=lambda t: -len(t[0])))
    + r"))"
    + r"|(?P<abbr>"
    + "|".join(sorted(map(re.escape, _ABBREVIATIONS), key=len, reverse=True))
    + r"))(?!\w)"
)
# What may stand between a time and its label: "12:57 Uhr deutscher Zeit", "12:57 p.m. (French
# time)", "10h57, horário de Brasília", "10:57 по Гринвичу".
_WS = r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?"  # spaces, and at most one line break (wrapped text)
_LABEL_GAP_RE = re.compile(
    _WS + r"(?:(?:Uhr|uur|hodin)\b" + _WS + r"|(?:hrs?|horas|val|hod)\b\.?" + _WS + r")?(?:[(\[,–—（，、]" + _WS + ")?"
)
# A label written before the time: "北京时间2024年4月30日17时46分", "日本時間の11日午後10時12分", "Astana уақытымен
# сағат 14:17-де", "Moskova saatiyle 08.04'te", "за київським часом о 14:17". Between label and time may stand
# a date (its year, month, day), "same day" (同日), a weekday, a morning/evening word and the word for "hour".
_PRE_GAP = (
    r"(?P<pgap>[\s,，、:の]*"
    r"(?:(?P<py>(?:19[5-9]\d|20\d\d))\s*(?:年|жыл(?:ғы|ы|дың)|jyl(?:ǵy|ğy|y|ı)|m\.)\s*)?"
    r"(?:(?P<pm>[01]?\d)\s*月\s*)?(?:(?P<pd>[0-3]?\d)\s*[日号號]|同日?|当日|當日)?"
    r"(?:(?P<pkd>[0-3]?\d)\s+(?P<pkm>" + "|".join(sorted(map(re.escape, _cw.SUFFIXING_MONTHS), key=len, reverse=True))
    + r")['’]?[^\W\d_]{0,7}(?:\s+(?P<pky>(?:19[5-9]\d|20\d\d)))?)?"
    r"(?:\s*[(（][月火水木金土日][)）])?"
    r"[\s,、の]*(?:朝|夜|夕方|未明|深夜|晚|таңғы|түскі|кешкі|түнгі|tańǵy|túski|keshki|sabah|akşam|öğleden\s+sonra|gece)?"
    r"\s*(?:сағат|saǵat|sağat|saghat|saat|о|об|у|в|الساعة|في\s+الساعة)?\s*)"
)
_PRE_LABEL_RE = re.compile(
    r"(?<!(?![\u0600-\u06FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF])\w)(?P<plabel>(?i:"
    + "|".join(f"(?:{p})" for p, _, _ in sorted(_cw.PREFIX_PHRASES, key=lambda t: -len(t[0])))
    + r"))"
    + _PRE_GAP
    + r"$"
)
_PRE_LABEL_CHARS = 60

# --------------------------------------------------------------------------------------
# Clock times
# --------------------------------------------------------------------------------------

# Not right after a digit, a separator or a letter, except a letter of a script written without spaces before
# numbers (Chinese, Japanese, Arabic: "日本時間14:03", "الساعة14:00").
_NOT_BEFORE = r"(?<![\d:.,/_])(?<!(?![\u0600-\u06FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF])[^\W\d])"
_TIME_RE = re.compile(
    # ISO 8601 instant: the date comes with it
    r"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<imo>[01]\d)-(?P<id>[0-3]\d)"
    r"[T ](?P<ih>[0-2]\d):(?P<imi>[0-5]\d)"
    r"(?::(?P<is>[0-5]\d)(?:\.\d+)?)?(?P<iz>Z|[+-]\d\d:?\d\d)?(?![\d:]))"
    # 12:57, 07:24, 10:57:11 (never "3:1", "1:100 000", "12:57.3")
    r"|(?P<colon>" + _NOT_BEFORE + r"(?P<ch>\d{1,2}):(?P<cm>[0-5]\d)(?::(?P<cs>[0-5]\d))?(?!\d|[:.,/]\d))"
    # 13.43 Uhr, alle 12.57 (only with such context, checked below: never "29.09.2022" or "2.88")
    r"|(?P<dot>" + _NOT_BEFORE + r"(?P<dh>\d{1,2})\.(?P<dm>[0-5]\d)(?!\d|[:.,/]\d))"
    # 21,40 (ora italiana), 10,57 Uhr: a decimal comma between hour and minute (only with a zone label, "Uhr"
    # or am/pm right after, checked below: never "12,45 km" or "1,200")
    r"|(?P<comma>" + _NOT_BEFORE + r"(?P<kmh>\d{1,2}),(?P<kmm>[0-5]\d)(?!\d|[:.,/]\d))"
    # 14 val. 39 min., 14 год. 17 хв., 14 hodin 17 minut, 14 h 17 min
    r"|(?P<hmin>" + _NOT_BEFORE + r"(?P<uh>\d{1,2})[ \u00a0]?(?P<uu>год(?:ин[аи]?)?\.?|hod(?:in[ay]?)?\.?|val\.?|h)"
    r"[ \u00a0]?(?P<um>[0-5]?\d)[ \u00a0]?(?:хв(?:илин[аи]?)?|min(?:ut[ay]?|\.)?|minučių)(?!\w)\.?)"
    # Kazakh "11 сағат 03 минутта"
    r"|(?P<kk>" + _NOT_BEFORE + r"(?P<kh>\d{1,2})[ \u00a0]?(?:сағат|saǵat|sağat|saghat)[ \u00a0](?P<kmi>[0-5]?\d)[ \u00a0]?"
    r"(?:минут|mın[ýu]t|minut)\w*)"
    # 17时46分, 午後0時58分 (the morning/afternoon word before it is read in _raw_mentions), 10時半, 16时; a range
    # of minutes ("2時47~57分") is read from its first minute, not as the bare hour
    r"|(?P<cj>(?<![\d:.,/])(?P<cjh>\d{1,2})[ \u00a0]?[时時点點](?![间間])(?:[ \u00a0]?(?P<cjm>[0-5]?\d)(?:[~〜～\-－][0-5]?\d)?[ \u00a0]?分(?!钟|鐘|間)"
    r"|(?P<cjhalf>半))?(?:ごろ|頃|許|许|左右|前後)?)"
    # 3h31, 10h57, 12 h 57, à 15h
    r"|(?P<hfr>" + _NOT_BEFORE + r"(?P<hh>\d{1,2})[ \u00a0]?[hH][ \u00a0]?(?P<hm>[0-5]\d)?(?![\w:]))"
    # 0337 GMT (only with an abbreviation right after, checked below)
    r"|(?P<mil>" + _NOT_BEFORE + r"(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=[ \u00a0]?[A-ZМмبت]))"
    # 3 a.m., 6 Uhr, 6 uur, 15 val.
    r"|(?P<hour>" + _NOT_BEFORE + r"(?P<oh>\d{1,2})(?=[ \u00a0]?(?:[aApP]\.?[ \u00a0]?[mM]\b|Uhr\b|uur\b|val\.|hod(?:in|\.))))"
    # в 7 часов 24 минуты
    r"|(?P<ru>"
    + _NOT_BEFORE
    + r"(?P<rh>\d{1,2})[ \u00a0]?час(?:а|ов)?[ \u00a0](?P<rm>[0-5]?\d)[ \u00a0]?мин(?:ут[аы]?|\.)?)"
)
# A cheap first pass: a digit that could start a clock time. ``_TIME_RE`` (a long alternation
# with lookbehinds, slow to try at every position) is then only tried where this matches.
_TIME_START_RE = re.compile(
    r"\d(?=\d?(?:[:.,]\d|[ \u00a0]?[hH]|[ \u00a0]?[aApP]\.?[ \u00a0]?[mM]|[ \u00a0]?Uhr|[ \u00a0]?час"
    r"|[ \u00a0]?(?:uur|val\.|hod|год|сағат|saǵat|sağat|saghat)|[ \u00a0]?[时時点點])"
    r"|\d\d\d(?:-|[ \u00a0]?[A-ZМмبت]))"
)
# Arabic morning/evening words after the time ("8:31 صباحاً", "6:20 صباحًا", "9 مساءً"): letters and marks.
_AR_AMPM_RE = re.compile(
    r"[ \u00a0]*(?P<w>صباح|فجر|مساء|ظهر|عصر|ليل)[\u0621-\u065F\u0670]*(?![\u0621-\u064A])"
)
# Chinese/Japanese morning/afternoon words before the time: 午前, 午後, 上午, 下午, 凌晨, 早上, 晚上, 中午, 傍晚, 夜.
_CJK_AMPM_RE = re.compile(r"(?P<w>午前|午後|上午|下午|凌晨|早上|早晨|清晨|晚上|中午|傍晚|夜間|夜の|夜|深夜|夕方|朝)[ \u00a0]*$")
_CJK_PM = frozenset({"午後", "下午", "晚上", "傍晚", "夕方"})
_CJK_NIGHT = frozenset({"夜", "夜間", "夜の", "深夜"})  # evening if the clock says 6 or later, else small hours
# Kazakh and Turkish case endings after the time ("14:17-де", "14.17'de", "13:19-да"): part of the time's word.
_CASE_SUFFIX_RE = re.compile(r"(?:['’]|-)[^\W\d_]{1,4}(?!\w)")
_CJK_CHARS = re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\u0600-\u06FF]")
# Arabic-Indic, Persian and full-width digits read as ASCII ones, one character for one (offsets are kept).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９٫٬：", "012345678901234567890123456789.,:")
_OTHER_DIGITS_RE = re.compile("[٠-٩۰-۹０-９٫٬：]")


def _ascii_digits(text: str) -> str:
    """``text`` with other scripts' digits as ASCII ones (same length); the text itself when it has none."""
    return text.translate(_DIGITS) if _OTHER_DIGITS_RE.search(text) else text
_AMPM_RE = re.compile(r"\s?(?P<x>[aApP])(?P<d1>\.)?[ \u00a0]?[mM](?P<d2>\.)?(?!\w)")
# German "12:57 am Donnerstag": "am" is "on", not ante meridiem.
_GERMAN_AM_RE = re.compile(
    r"\s+(?:\d|[A-ZÄÖÜ][a-zäöüß]*tag\b|Mittwoch|Sonnabend|Morgen|Abend|Vormittag|Nachmittag|frühen|späten"
    r"|selben|gleichen|Ende|Anfang)"
)
_UHR_RE = re.compile(r"[ \u00a0]?(?:Uhr|h|hs|hrs|Std|uur|val|hod|hodin)\b\.?")
# Words right before a dotted or hour-only time that make it a clock reading.
_TIME_PREP_RE = re.compile(
    r"(?:\b(?:alle(?:\s+ore)?|ore|um|gegen|godz\.?|o\s+godz\.?|ok\.|около|a\s+las?|às|as|at|à|vers|dès|hacia"
    r"|sobre\s+las|verso\s+le|intorno\s+alle|pelas|por\s+volta\s+das|в|во|к|" + _cw.TIME_PREPOSITIONS
    + r")|\bin\s+den)\s*$",
    re.IGNORECASE,
)
# Words right before "3h30" that make it a duration ("pendant 3h30", "nach 3 h 30").
_DURATION_PREP_RE = re.compile(
    r"\b(?:pendant|durant|après|en|depuis|dans|pour|de|d'|plus\s+de|moins\s+de|of|for|after|in|within|nach|für"
    r"|seit|binnen|innerhalb|durante|por|dopo|tra|fra|entro|per|przez|po|za|через|за|после|спустя"
    r"|na|gedurende|după|timp\s+de|після|протягом|trval\w*|truko)\s*$",
    re.IGNORECASE,
)
_DURATION_AFTER_RE = re.compile(
    r"\s*(?:min\b|minutes?\b|mn\b|de\s+vol|d'attente|de\s+(?:marche|sortie))", re.IGNORECASE
)
# What follows a decimal number, not a clock time: "at 7.45 km/s", "um 2.50 Euro".
_QUANTITY_AFTER_RE = re.compile(
    r"\s*(?:[-%°$€£]|[kcmμ]?m\b|km|mi\b|miles?|kilo\w*|meter\w*|metre\w*|kg|t\b|tonnes?|tons?|g\b|billion"
    r"|million|mrd|mio|млн|млрд|тыс|км|м\b|кг|т\b|degrees?|grad\w*|градус\w*|per\s*cent|percent|prozent|procent"
    r"|euro\w*|dollar\w*|рубл\w*|x\b|times\b|mal\b|раз\w*|fois\b|veces\b|volte\b|vezes\b|razy\b)",
    re.IGNORECASE,
)
# "in 2005 GMT" is a year before a label, not 20:05.
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|until|by|of|year|the|en|depuis|année|im|seit|jahr|в|году|desde|del|dal|nel|em|od|roku)\s*$",
    re.IGNORECASE,
)
_RU_PREP_RE = re.compile(r"\b(?:в|около)\s*$", re.IGNORECASE)

# --------------------------------------------------------------------------------------
# Weekdays and dates next to a time
# --------------------------------------------------------------------------------------

_WEEKDAYS: tuple[tuple[int, str], ...] = (
    (0, r"Monday|lundi|Montag|понедельник|lunes|luned[iì]|segunda-feira|poniedziałek"),
    (1, r"Tuesday|mardi|Dienstag|вторник|martes|marted[iì]|terça-feira|wtorek"),
    (2, r"Wednesday|mercredi|Mittwoch|сред[ауы]|mi[ée]rcoles|mercoled[iì]|quarta-feira|środ[aęy]"),
    (3, r"Thursday|jeudi|Donnerstag|четверг|jueves|gioved[iì]|quinta-feira|czwart(?:ek|ku)"),
    (4, r"Friday|vendredi|Freitag|пятниц[ауы]|viernes|venerd[iì]|sexta-feira|piąt(?:ek|ku)"),
    (5, r"Saturday|samedi|Samstag|Sonnabend|суббот[ауы]|s[áa]bado|sabato|sobot[aęy]"),
    (6, r"Sunday|dimanche|Sonntag|воскресень[ея]|domingo|domenica|niedziel[aęi]"),
)
_WEEKDAY_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<w{i}>{p}|{_cw.WEEKDAYS[i]})" for i, p in _WEEKDAYS)
    + r"|(?:na|nesta)\s+(?P<wpt>segunda|terça|quarta|quinta|sexta)(?:-feira)?)(?!\w)"
    # Chinese and Japanese, with no spaces around: 星期六, 周六, 土曜日, (土)
    + "|" + "|".join(f"(?P<c{i}>{p})" for i, p in _cw.CJK_WEEKDAYS.items()),
    re.IGNORECASE,
)

# Twelve entries per line, January first; "a/b" lists spellings of one month. Russian and
# Polish give the genitive ("2 июня", "15 września") next to the nominative.
_MONTH_WORDS = (
    "january february march april may june july august september october november december",
    "jan feb/febr mar apr may jun jul aug sep/sept oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr/fevrier mars avr mai juin juil aout sept oct nov déc/decembre",
    "januar/jänner februar märz/maerz april mai juni juli august september oktober november dezember",
    "jan feb mär apr mai jun jul aug sep okt nov dez",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
)
_MONTHS: dict[str, int] = {
    spelling: num
    for line in _MONTH_WORDS
    for num, names in enumerate(line.split(), start=1)
    for spelling in names.split("/")
} | {k: v for k, v in _cw.MONTHS.items() if k not in ("mar", "may", "ara")}  # (the CLDR names of ten more languages)
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# A case ending Turkish and Kazakh put on the month ("Nisan'da", "қазанынан"); only those months take one, and
# an Arabic second name in apposition ("1 يوليو/تموز", "21 آذار (مارس)").
_MONTH_TAIL = r"(?P<x{n}>['’]?[^\W\d_]{{1,7}})?(?:\.|(?!\w))(?:[ \u00a0]*[/(][ \u00a0]*(?:" + _MONTH_ALT + r")\)?)?"
_DATE_RE = re.compile(
    # 11 October 2018, 16. September 2011, 2 июня 2010 г., 28 de febrero de 2018, le 17, 6 Nisan'da, 17 سبتمبر
    # (a wrapped line may break between the day and the month: "посадку 19\nмарта")
    r"(?<![\d\w])(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er|e|º|ª)?\.?[ \u00a0-]*(?:\r?\n[ \u00a0]*)?(?:de\s+|of\s+)?(?P<m1>"
    + _MONTH_ALT
    + r")" + _MONTH_TAIL.format(n=1) + r"(?:,?[ \u00a0-]*(?:de\s+)?(?P<y1>"
    + _YEAR
    + r")(?!\d))?"
    # Feb 28, 2018; October 17 2005; Oct. 24; balandžio 6 d.
    r"|(?<!\w)(?P<m2>" + _MONTH_ALT + r")(?:\.|(?!\w))[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])"
    r"(?:,?[ \u00a0]+(?P<y2>" + _YEAR + r")(?!\d))?"
    # Kazakh year first: 2024 жылғы 6 сәуірде, 2018 жылдың 20 қазанынан
    r"|(?<![\d\w])(?P<y6>" + _YEAR + r")[ \u00a0]*(?:жыл(?:ғы|ы|дың)|ж\.|jyl(?:ǵy|ğy|y|ı|dyń|dıñ))[ \u00a0]*"
    r"(?P<d6>[0-3]?\d)(?:-[^\W\d_]{1,3})?[ \u00a0]+(?P<m6>" + _MONTH_ALT + r")" + _MONTH_TAIL.format(n=6)
    # Lithuanian year first: 2024 m. balandžio 6 d.
    + r"|(?<![\d\w])(?P<y7>" + _YEAR + r")[ \u00a0]*m\.[ \u00a0]*(?P<m7>" + _MONTH_ALT + r")[ \u00a0]+(?P<d7>[0-3]?\d)(?![\d])"
    # Chinese and Japanese: 2024年4月30日, 4月30日, 4月30号
    r"|(?:(?P<y8>" + _YEAR + r")[ \u00a0]*年[ \u00a0]*)?(?<![\d.])(?P<m8>[01]?\d)[ \u00a0]*月[ \u00a0]*(?P<d8>[0-3]?\d)[ \u00a0]*[日号號]"
    # ... and a day of the month alone (14日), completed from the dateline
    r"|(?<![\d月年.])(?P<d9>[0-3]?\d)[ \u00a0]?日(?![本曜間间后後前ぶ以])"
    # 20-12-2018 (Dutch page stamps)
    r"|(?<![\d\-./])(?P<d10>[0-3]?\d)-(?P<m10>[01]?\d)-(?P<y10>" + _YEAR + r")(?![\d\-])"
    # 2023-09-15
    r"|(?<![\d\w])(?P<y3>" + _YEAR + r")-(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d)(?![\d\w])"
    # 29.09.2022, 11.10.2005
    r"|(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>" + _YEAR + r")(?![\d])"
    # 24/10/2008 or 10/24/2008 (only when one reading is impossible)
    r"|(?<![\d/])(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>" + _YEAR + r")(?![\d])",
    re.IGNORECASE,
)
# English "may"/"mar" and friends are ordinary words in lower case.
_LOWERCASE_NOT_MONTH = frozenset(
    {"may", "mar", "jan", "dec", "sep", "oct", "nov", "aug", "jun", "jul", "apr"}
)

# Small words allowed between a time and its weekday/date ("on", "в", "am ... um", "mercredi à").
_GAP_WORDS = frozenset(
    {
        "at",
        "on",
        "the",
        "this",
        "last",
        "past",
        "early",
        "late",
        "of",
        "in",
        "à",
        "a",
        "le",
        "la",
        "l",
        "au",
        "am",
        "um",
        "an",
        "gegen",
        "ca",
        "etwa",
        "kurz",
        "nach",
        "vor",
        "в",
        "во",
        "около",
        "примерно",
        "утром",
        "вечером",
        "днём",
        "днем",
        "ночью",
        "рано",
        "поздно",
        "el",
        "los",
        "las",
        "del",
        "de",
        "alle",
        "all",
        "al",
        "di",
        "nel",
        "nella",
        "ore",
        "às",
        "as",
        "na",
        "no",
        "nos",
        "pela",
        "pelas",
        "o",
        "godz",
        "godz.",
        "w",
        "we",
        "ok",
        "około",
        "morning",
        "evening",
        "afternoon",
        "night",
        "matin",
        "soir",
        "après-midi",
        "nuit",
        "morgen",
        "morgens",
        "früh",
        "frühen",
        "abend",
        "abends",
        "nachmittag",
        "nachmittags",
        "vormittag",
        "vormittags",
        "nacht",
        "mañana",
        "tarde",
        "noche",
        "madrugada",
        "mattina",
        "mattinata",
        "sera",
        "pomeriggio",
        "notte",
        "manhã",
        "noite",
        "rano",
        "wieczorem",
        "południu",
        "nad",
        "ranem",
        "about",
        "around",
        "approximately",
        "vers",
        "environ",
        "г",
        "г.",
        "года",
        "r",
        "r.",
        "roku",
        # zh, ja, ar, kk, tr, uk, nl, ro, cs, lt
        "午前", "午後", "上午", "下午", "凌晨", "早上", "晚上", "中午", "傍晚", "夜", "朝", "の", "同日", "同", "ごろ",
        "في", "يوم", "الساعة", "صباح", "مساء", "сағат", "күні", "таңғы", "түскі", "кешкі", "saat", "günü", "sabah",
        "akşam", "о", "об", "у", "близько", "ранку", "вечора", "року", "р.", "om", "op", "rond", "uur", "'s",
        "ora", "orele", "în", "pe", "dimineața", "seara", "v", "ve", "dne", "ráno", "večer", "kolem", "hodin", "apie",
        "val", "val.", "d.", "m.", "ryte", "vakare",
    }
)
_DIGIT_RE = re.compile(r"\d")
_GAP_TOKEN_RE = re.compile(r"[^\s,;()–—]+")

# --------------------------------------------------------------------------------------
# Context: landing words, launch words, sentences, publication lines
# --------------------------------------------------------------------------------------

# A time that is planned, not reported: "scheduled to land at", "doit se poser à", "планируется в".
# Such a cue counts for the nearest time after it (or just before it) with no other time between.
_PLANNED_RE = re.compile(
    r"(?<!\w)(?:scheduled|planned|expected|slated|due\s+to|set\s+to|targeted|targeting|estimated"
    r"|will\s+(?:land|touch\s+down|splash\s*down|return)|is\s+to\s+land|should\s+land"
    r"|prévue?s?|devrai(?:t|ent)|doit\s+(?:atterrir|se\s+poser|revenir)|programmée?s?|attendue?s?"
    r"|geplant\w*|voraussichtlich|erwartet\w*|vorgesehen\w*|soll(?:te|en)?\s+(?:\S+\s+){0,3}?landen"
    r"|запланирован\w*|планиру\w*|ожида\w*|должн\w*|намечен\w*|предполага\w*"
    r"|previst[oa]s?|programad[oa]s?|se\s+espera|deberá|debería|dovrebbe|dovrà|programmat[oa]|attes[oa]"
    r"|deve(?:rá)?\s+pousar|esperad[oa]s?"
    r"|planowan\w*|zaplanowan\w*|ma\s+wylądować|przewidywan\w*|spodziewan\w*|oczekiwan\w*|" + _cw.PLANNED
    + r")(?!\w)|" + _cw.PLANNED_UNSPACED,
    re.IGNORECASE,
)
# Plans written after the time in verb-final sentences ("着陸する予定", "14.17'de inmesi bekleniyor"): looked for
# further after the time.
_PLANNED_LATE_RE = re.compile(_cw.PLANNED_LATE, re.IGNORECASE)
_PLANNED_LATE_CHARS = 70
# "予定通り", "zoals gepland", "podle plánu", "كما كان مقررا": a plan word inside these reports what happened.
_AS_PLANNED_PHRASE_RE = re.compile(_cw.AS_PLANNED, re.IGNORECASE)
# "as planned", "earlier than expected", "comme prévu", "wie geplant", "как и планировалось": a report.
_AS_PLANNED_RE = re.compile(
    r"(?<!\w)(?:as|than|wie|als|comme|que|como|come|conforme|di\s+quanto|zgodnie\s+z|niż|как\s+и|чем|как)"
    r"(?:\s+(?:it\s+)?(?:was|had\s+been|estaba|era|était|было|war))?\s+$",
    re.IGNORECASE,
)
_PLANNED_BEFORE_CHARS = 70
_PLANNED_AFTER_CHARS = 25
_PLANNED_PENALTY = 1.2
# One pass finds both kinds of event words; the group that matched says which.
# Chinese, Japanese and Arabic words are found inside running text (no spaces bound them): their own groups.
_EVENT_RE = re.compile(
    r"(?<!\w)(?:(?P<land>" + lx.LANDING_WORD_PATTERN + r")|(?P<launch>" + lx.LAUNCH_WORD_PATTERN + r"))(?!\w)"
    r"|(?P<land2>" + _cw.LANDING_UNSPACED + r")|(?P<launch2>" + _cw.OTHER_EVENTS_UNSPACED + r")",
    re.IGNORECASE,
)
_LANDING_RE = lx.LANDING_WORD_RE
_PUBLISHED_RE = re.compile(
    r"^\W*(?:(?:(?:first|originally)\s+)?(?:published|posted)|publié|paru|veröffentlicht|stand|опубликовано"
    r"|дата\s+публикации|publicado|pubblicato|opublikowano|dodano|data\s+publikacji|" + _cw.PUBLISHED
    + r")\b|^\W*(?:发布时间|发布日期|发布于|發布時間|發佈時間|公開日|配信日|掲載日|投稿日)",
    re.IGNORECASE,
)
_UPDATED_RE = re.compile(
    r"\b(?:updated|last\s+modified|mis\s+à\s+jour|modifié|aktualisiert|обновлено|actualizado|atualizado"
    r"|aggiornato|zaktualizowano|aktualizacja|" + _cw.UPDATED + r")\b|更新时间|更新時間|更新日",
    re.IGNORECASE,
)

# Score parts. A landing word in the time's own sentence is the main evidence; how near
# it is decides between two times of one sentence ("undocked at 06:34 ... landed at
# 09:57"). A launch/undocking word nearer than any landing word makes the time that
# event's. A label adds a little (a writer labels the time that matters), an explicit
# UTC a little more, so that "9:37 a.m. local time (0337 GMT)" resolves to the GMT one.
_NEAR_CHARS = 200.0
_LABEL_BONUS = 0.2
_UTC_BONUS = 0.3
_NEIGHBOUR_SENTENCE = 0.2
_HOUR_ONLY_PENALTY = 0.1
_PUBLICATION_PENALTY = 2.0


# A landing report gives a handful of clock times (landing, undocking, deorbit burn, a conversion); the first
# this many are read. Beyond them a text is a timetable or hostile, and scoring every further time against its
# neighbours would cost seconds per megabyte.
MAX_TIME_MENTIONS = 200


def find_times(text: str) -> list[TimeMention]:
    """Every clock time in ``text`` with its zone label, weekday, date and score, in text order.

    Spans are code-point offsets covering the time and its label, parentheses included
    ("12:57 p.m. (French time)"). A time given twice in apposition ("9:37 a.m. local time
    (0337 GMT)") yields two mentions sharing one context score, the UTC one scoring higher,
    so a reader of the scores takes the restatement that converts without a place zone.
    """
    original, text = text, _ascii_digits(text)  # "١٢:٣٠" is 12:30; offsets are unchanged
    raw = list(itertools.islice(_raw_mentions(text), MAX_TIME_MENTIONS))
    if not raw:
        return []
    _inherit_range_labels(text, raw)
    ends = [e for _, e in sentences(text)][:-1]  # the one sentence splitter (geo.extract.text)
    events: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}
    pub_lines = _publication_lines(text)
    groups = _apposition_groups(text, raw)
    # relative days ("yesterday") are read against the text's own dateline, looked for only when needed
    needs_dateline = any(r["dom"] for r in raw) or ("日" in text and _DAY_ONLY_RE.search(text) is not None) or (
        contains_any(text, _RELATIVE_LITERALS) is not None and _RELATIVE_RE.search(text) is not None
    )
    dateline = find_dateline(text) if needs_dateline else None
    # the dateline's own words are the article's date, not a date written with the landing time
    skip = _wire_heads(text)
    starts = [r["start"] for r in raw]
    out: list[TimeMention] = []
    for group in groups:
        g_start, g_end = raw[group[0]]["start"], raw[group[-1]]["end"]
        ctx = _context_score(text, g_start, g_end, ends, events)
        planned = _planned(text, g_start, g_end, ends, starts)
        first = raw[group[0]]
        weekday, day, month_day = _weekday_and_date(
            text, g_start, g_end, ends, dateline, first["hour"], events, skip
        )
        for k, i in enumerate(group):
            r = raw[i]
            score = ctx
            if r["zone"] == "UTC":
                score += _UTC_BONUS
            elif r["zone"] is not None or r["offset"] is not None:
                score += _LABEL_BONUS
            if r["hour_only"]:
                score -= _HOUR_ONLY_PENALTY
            if any(a <= r["start"] < b for a, b in pub_lines):
                score -= _PUBLICATION_PENALTY
            if planned:
                score -= _PLANNED_PENALTY
            w, d, md = weekday, day, month_day
            if k:
                # A restatement ("10:47 p.m. EDT (0247 GMT Tuesday)") keeps only a date written right
                # after it: the group's date is the first time's, and in another zone it can be a
                # different day. geo.timing dates it through its partner.
                nxt = raw[group[k + 1]]["start"] if k + 1 < len(group) else min(len(text), r["end"] + 25)
                w, d, md = _evidence(text, r["end"], r["end"], r["end"], nxt, dateline, r["hour"], adjacent=True)
            if r["day"] is None and r["month_day"]:  # a date inside the label's phrase: "日本時間5月14日午前10時58分"
                d, md = None, r["month_day"]
            elif r["day"] is None and r["dom"] and (dd := _day_of_month(r["dom"], dateline)) is not None:
                d, md = dd, None  # "日本時間の11日午後10時12分": the 11th of the dateline's month
            d = r["day"] or d
            out.append(
                TimeMention(
                    text=original[r["start"] : r["end"]],
                    span=(r["start"], r["end"]),
                    hour=r["hour"],
                    minute=r["minute"],
                    second=r["second"],
                    zone=r["zone"],
                    day=d,
                    weekday=w,
                    score=round(score, 3),
                    utc_offset_min=r["offset"],
                    month_day=None if d else md,
                )
            )
    _restatement_dates(text, out, dateline)
    return out


_RESTATEMENT_CHARS = 30
# A day of the month written alone ("14日16时40分", "30日午前3時58分"), as the Chinese and Japanese press dates an
# event of the dateline's month.
_DAY_ONLY_RE = re.compile(r"(?<![\d月年])[0-3]?\d[ \u00a0]?日(?![本曜間间后後前ぶ以])")


def _day_of_month(dom: int, dateline: date | None) -> date | None:
    """The ``dom``-th of the dateline's month, or of the month before when that is after the dateline (never forward)."""
    if dateline is None or not 1 <= dom <= 31:
        return None
    y, mo = dateline.year, dateline.month
    if dom > dateline.day:
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    try:
        return TextDate(y, mo, dom, f'day {dom} of the month of the dateline {dateline.isoformat()}')
    except ValueError:
        return None


def _restatement_dates(text: str, out: list[TimeMention], dateline: date | None) -> None:
    """"11:25 p.m. EDT on Monday (0325 GMT)": Monday is the EDT time's; the GMT one keeps only its own.

    When two times in different zones follow each other with only date words between, the
    date written between them belongs to the first; the second keeps a date written right
    after it, or none (geo.timing then dates it through the first).
    """
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.zone, a.utc_offset_min) == (b.zone, b.utc_offset_min) or b.span[0] - a.span[1] > _RESTATEMENT_CHARS:
            continue
        gap = text[a.span[1] : b.span[0]]
        if not _gap_ok(gap.replace("(", " ").replace("[", " ")):
            continue
        if (a.weekday, a.day, a.month_day) != (b.weekday, b.day, b.month_day):
            continue
        hi = min(len(text), b.span[1] + _RESTATEMENT_CHARS)
        if i + 1 < len(out):
            hi = min(hi, out[i + 1].span[0])
        w, d, md = _evidence(text, b.span[1], b.span[1], b.span[1], hi, dateline, b.hour, adjacent=True)
        out[i] = replace(b, weekday=w, day=d, month_day=None if d else md)


def _planned(text: str, start: int, end: int, ends: list[int], starts: list[int]) -> bool:
    """True when a "scheduled/planned/expected" cue governs this time (see _PLANNED_RE)."""
    s0, s1 = _sentence_bounds(ends, start, len(text))
    lo, hi = max(s0, start - _PLANNED_BEFORE_CHARS), min(s1, end + _PLANNED_LATE_CHARS)
    reports = [x.span() for x in _AS_PLANNED_PHRASE_RE.finditer(text, lo, hi)]
    cues = itertools.chain(
        _PLANNED_RE.finditer(text, lo, min(s1, end + _PLANNED_AFTER_CHARS)),
        (x for x in _PLANNED_LATE_RE.finditer(text, end, hi)),
    )
    for m in cues:
        if _AS_PLANNED_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if any(a <= m.start() < b for a, b in reports):
            continue
        if m.end() <= start:
            a, b = m.end(), start
        elif m.start() >= end:
            a, b = end, m.start()
        else:
            continue
        # no other time between the cue and this one
        if bisect.bisect_left(starts, a) == bisect.bisect_left(starts, b):
            return True
    return False


def _raw_mentions(text: str) -> Iterator[dict]:
    """Clock-time candidates that pass the validity checks, as plain dicts (mutable for now)."""
    for m in _time_matches(text):
        kind = m.lastgroup
        start, end = m.span()
        second = 0
        day = None
        zone: str | None = None
        offset: int | None = None
        hour_only = False
        if kind == "iso":
            hour, minute = int(m["ih"]), int(m["imi"])
            second = int(m["is"] or 0)
            try:
                day = date(int(m["iy"]), int(m["imo"]), int(m["id"]))
            except ValueError:
                continue
            if hour > 23:
                continue
            if m["iz"] == "Z":
                zone, offset = "UTC", 0
            elif m["iz"]:
                offset = _parse_offset(m["iz"])
                zone = "UTC" if offset == 0 else _etc_zone(offset)
                if abs(offset) > MAX_UTC_OFFSET_MIN:
                    zone, offset = None, None  # an offset no zone has: the time stays unlabelled
            start = m.start("ih")  # the span is the clock time; the date is in ``day``
        elif kind == "colon":
            hour, minute, second = int(m["ch"]), int(m["cm"]), int(m["cs"] or 0)
        elif kind == "dot":
            hour, minute = int(m["dh"]), int(m["dm"])
        elif kind == "comma":
            hour, minute = int(m["kmh"]), int(m["kmm"])
        elif kind == "hfr":
            hour = int(m["hh"])
            if m["hm"] is None:
                hour_only, minute = True, 0
                if not _TIME_PREP_RE.search(text, max(0, start - 20), start):
                    continue
            else:
                minute = int(m["hm"])
                if _DURATION_PREP_RE.search(text, max(0, start - 15), start) or _DURATION_AFTER_RE.match(
                    text, end
                ):
                    continue
        elif kind == "mil":
            hour, minute = int(m["mh"]), int(m["mm"])
        elif kind == "hour":
            hour, minute, hour_only = int(m["oh"]), 0, True
            unit = text[m.end() : m.end() + 4].lstrip()
            if unit.startswith(("uur", "val", "hod")) and _DURATION_PREP_RE.search(text, max(0, start - 15), start):
                continue  # "po 3 val.", "na 6 uur": durations
        elif kind == "hmin":
            hour, minute = int(m["uh"]), int(m["um"])
            if _DURATION_PREP_RE.search(text, max(0, start - 15), start) or (
                m["uu"] == "h" and not _TIME_PREP_RE.search(text, max(0, start - 20), start)
            ):
                continue  # "per 3 val. 30 min.", "pendant 3 h 30 min" are durations
        elif kind == "kk":
            hour, minute = int(m["kh"]), int(m["kmi"])
        elif kind == "cj":
            hour = int(m["cjh"])
            minute = 30 if m["cjhalf"] else int(m["cjm"] or 0)
            hour_only = m["cjm"] is None and m["cjhalf"] is None
            w = _CJK_AMPM_RE.search(text, max(0, start - 4), start)
            if w is not None:
                start = w.start()
                word = w["w"]
                if word in _CJK_PM or (word in _CJK_NIGHT and 6 <= hour < 12):
                    hour = hour + 12 if hour < 12 else hour
                elif word == "中午" and hour < 5:
                    hour += 12
                elif word not in _CJK_NIGHT and hour == 12:  # 午前0時 is midnight; 上午12时 is rarely written
                    hour = 0 if word == "午前" else hour
        else:  # "ru"
            hour, minute = int(m["rh"]), int(m["rm"])
            if not _RU_PREP_RE.search(text, max(0, start - 6), start):
                continue

        ampm = None
        if kind in ("colon", "dot", "comma", "hour", "hfr") and not (kind == "hfr" and hour_only):
            a = _AMPM_RE.match(text, end)
            if a and not (
                a["d1"] is None and a["d2"] is None and a["x"] in "aA" and _GERMAN_AM_RE.match(text, a.end())
            ):
                ampm = a["x"].lower()
                end = a.end()
            elif (ar := _AR_AMPM_RE.match(text, end)) is not None and kind in ("colon", "dot", "comma", "hour"):
                end = ar.end()
                ampm = _arabic_half(ar["w"], hour)
        uhr = None
        if ampm is None and kind in ("colon", "dot", "comma", "hour"):
            uhr = _UHR_RE.match(text, end)
            if uhr:
                end = uhr.end()
        if kind == "hour" and not (ampm or uhr):
            continue
        suffix = _CASE_SUFFIX_RE.match(text, end) if kind in ("colon", "dot", "kk", "hour") else None
        if suffix is not None and text[end + 1 : suffix.end()].islower():
            end = suffix.end()  # "14.17'de", "14:17-де": the case ending is part of the time's word
        else:
            suffix = None

        if zone is None and offset is None:
            label = _match_label(text, end)
            if label is not None:
                zone, offset, end = label
        pre = None
        if zone is None and offset is None and kind != "iso":
            pre = _PRE_LABEL_RE.search(text, max(0, start - _PRE_LABEL_CHARS), start)
            if pre is not None:
                zone, offset = _label_zone(pre["plabel"])
        if kind == "mil" and (
            (zone is None and offset is None) or (hour in (19, 20) and _YEAR_PREP_RE.search(text, 0, start))
        ):
            continue
        if end < len(text) and text[end].isalpha() and not _CJK_CHARS.match(text, end):  # "3:10km"
            continue
        if (
            kind == "dot"
            and not (ampm or uhr or zone or offset is not None or suffix)
            and (
                not _TIME_PREP_RE.search(text, max(0, start - 20), start)
                or _QUANTITY_AFTER_RE.match(text, end)
            )
        ):
            continue
        if kind == "comma" and not (ampm or uhr or zone or offset is not None):
            continue  # a decimal number unless the clock is labelled
        if kind == "cj" and hour_only and not (zone or offset is not None or start < m.start()):
            continue  # "16时" alone: only with a zone or a morning/afternoon word

        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        elif hour > 23:
            continue
        month_day = dom = None
        if pre is not None:
            start = pre.start()  # the span covers the label: "北京时间2024年4月30日17时46分"
            if pre["pd"] or pre["pkd"]:
                dd = int(pre["pd"] or pre["pkd"])
                mo = int(pre["pm"]) if pre["pm"] else _cw.MONTHS[pre["pkm"].lower()] if pre["pkm"] else None
                ys = pre["py"] or pre["pky"]
                if mo and ys:
                    try:
                        day = TextDate(int(ys), mo, dd, f'"{pre.group(0).strip()}"')
                    except ValueError:
                        day = None
                elif mo and 1 <= dd <= 31:
                    month_day = (mo, dd)
                elif 1 <= dd <= 31:
                    dom = dd
        yield {
            "start": start,
            "end": end,
            "hour": hour,
            "minute": minute,
            "second": second,
            "zone": zone,
            "offset": offset,
            "day": day,
            "hour_only": hour_only,
            "month_day": month_day,
            "dom": dom,
            "prefixed": pre is not None,
        }


def _arabic_half(word: str, hour: int) -> str | None:
    """"a" or "p" for an Arabic time-of-day word after a twelve-hour clock, None for a 24-hour one ("14:00 مساءً").

    Morning and dawn are before noon; evening and afternoon after; noon (ظهر) is 12 to 5 in the afternoon;
    night (ليل) is the evening from 6 on and the small hours before (midnight is "12 ليلا").
    """
    if hour > 12:
        return None
    if word in ("صباح", "فجر"):
        return "a"
    if word in ("مساء", "عصر"):
        return "p"
    if word == "ظهر":
        return "p" if hour == 12 or hour <= 5 else "a"
    return "a" if hour == 12 or hour < 6 else "p"  # ليل


def _time_matches(text: str) -> Iterator[re.Match[str]]:
    """``_TIME_RE`` matches, tried only where ``_TIME_START_RE`` says a time may start."""
    pos = 0
    while (c := _TIME_START_RE.search(text, pos)) is not None:
        m = _TIME_RE.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _match_label(text: str, pos: int) -> tuple[str | None, int | None, int] | None:
    """The zone label right after a time, as (zone, fixed offset, end), or None."""
    gap = _LABEL_GAP_RE.match(text, pos)
    at = gap.end() if gap else pos
    m = _LABEL_RE.match(text, at)
    if m is None:
        return None
    end = m.end()
    if text[pos:at].rstrip().endswith("(") and text.startswith(")", end):
        end += 1
    if m["off"]:
        minutes = _parse_offset(m["off"][3:])
        if abs(minutes) > MAX_UTC_OFFSET_MIN:
            return None  # "GMT-91": no zone on Earth is that far from UTC; not a label
        return ("UTC" if minutes == 0 else _etc_zone(minutes)), minutes, end
    if m["abbr"]:
        zone, offset = _ABBREVIATIONS[m["abbr"]]
        return zone, offset, end
    zone, offset = _label_zone(m["phrase"])
    return zone, offset, end


def _label_zone(found: str) -> tuple[str | None, int | None]:
    """(zone, fixed offset) of a label phrase the combined regexes matched."""
    for rx, zone, offset in _phrase_res():
        if rx.fullmatch(found):
            return zone, offset
    return None, None  # pragma: no cover - the combined regexes only match listed phrases


@cache
def _phrase_res() -> tuple[tuple[re.Pattern[str], str, int | None], ...]:
    """Each phrase label compiled alone, to tell which one the combined regex matched (built on first use)."""
    return tuple((re.compile(p, re.IGNORECASE), z, o) for p, z, o in (*_PHRASES, *_cw.PREFIX_PHRASES))


# Zones run from UTC-12 to UTC+14; a written offset beyond either is not a zone.
MAX_UTC_OFFSET_MIN = 14 * 60


def _parse_offset(s: str) -> int:
    """Minutes east of UTC from "+6", "-04:00", "+0530", "−3"."""
    s = s.strip().replace("−", "-")
    sign = -1 if s.startswith("-") else 1
    digits = s.lstrip("+-").strip().replace(":", "")
    if len(digits) <= 2:
        return sign * int(digits) * 60
    return sign * (int(digits[:-2]) * 60 + int(digits[-2:]))


def _etc_zone(minutes: int) -> str | None:
    """The IANA Etc/GMT zone for a whole-hour offset (POSIX sign: Etc/GMT-6 is UTC+6)."""
    if minutes % 60 or not -14 * 60 <= minutes <= 12 * 60:
        return None
    return f"Etc/GMT{-minutes // 60:+d}" if minutes else "UTC"


def _inherit_range_labels(text: str, raw: list[dict]) -> None:
    """In "between 10:50 and 10:57 GMT" / "10:50–10:57 MSK" the first time shares the label."""
    for a, b in itertools.pairwise(raw):
        unlabelled, labelled = a["zone"] is None and a["offset"] is None, b["zone"] or b["offset"] is not None
        if unlabelled and labelled and _RANGE_GAP_RE.fullmatch(text, a["end"], b["start"]):
            a["zone"], a["offset"] = b["zone"], b["offset"]


_RANGE_GAP_RE = re.compile(
    r"\s*(?:-|–|—|to|and|until|till|bis|und|et|à|au|и|до|по|y|a|e|hasta|fino\s+alle|do|i)\s*", re.IGNORECASE
)
_APPOSITION_GAP_RE = re.compile(
    r"\s*[(\[/,]?\s*(?:or|soit|i\.\s?e\.|d\.\s?h\.|т\.\s?е\.|или|oder|ou|o\s+sea|ossia|czyli|lub)?\s*[(\[]?\s*"
)


def _apposition_groups(text: str, raw: list[dict]) -> list[list[int]]:
    """Runs of times that restate one instant ("9:37 a.m. local time (0337 GMT)")."""
    groups: list[list[int]] = [[0]]
    for i in range(1, len(raw)):
        prev = raw[groups[-1][-1]]
        if _APPOSITION_GAP_RE.fullmatch(text, prev["end"], raw[i]["start"]) and (
            prev["zone"] != raw[i]["zone"] or prev["offset"] != raw[i]["offset"]
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _sentence_bounds(ends: list[int], pos: int, n: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``, from the sorted sentence-end offsets."""
    i = bisect.bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else n)


def _events(text: str, s0: int, s1: int, cache: dict) -> list[tuple[int, int, bool]]:
    """(start, end, is_landing) of every landing/launch word in one sentence, cached per sentence."""
    key = (s0, s1)
    if key not in cache:
        cache[key] = [
            (m.start(), m.end(), m["land"] is not None or m["land2"] is not None)
            for m in _EVENT_RE.finditer(text, s0, s1)
            if not (m["land2"] is not None and _ATTRIBUTIVE_RE.match(text, m.end()))
        ]
    return cache[key]


# A Japanese landing verb that qualifies a noun ("着地したカプセルを発見": found the capsule that had landed) is not
# the event of the sentence's time; the clause's own verb comes last.
_ATTRIBUTIVE_RE = re.compile(r"し(?:た|ている|ていた)[\u30A0-\u30FF\u4E00-\u9FFF]")


def _nearest(starts: list[int], ends_: list[int], start: int, end: int, before: float = 0.0) -> float | None:
    """Distance in characters from text[start:end] to the nearest of the (sorted, non-overlapping) words.

    ``before`` is added to the distance to a word before the time: in a verb-final sentence the time's own verb
    comes after it ("日本時間午後0時58分に着陸した", "TSİ 06.53'te indi"), and the verb before it is the
    previous clause's ("...を離れ、").
    """
    if not starts:
        return None
    i = bisect.bisect_left(starts, start)
    best: float | None = None
    for j in (i - 1, i, i + 1):
        if 0 <= j < len(starts):
            a, b = starts[j], ends_[j]
            d = max(start - b + before if b <= start else a - end if a >= end else 0, 0)
            best = d if best is None else min(best, d)
    return best


# Letters of the verb-final languages read (Chinese and Japanese put the time before its verb too; Kazakh and
# Turkish letters no other language read has): there an event word after the time is its own.
_VERB_FINAL_RE = re.compile(r"[\u3040-\u30FF\u3400-\u9FFFәғқңөұүһǵğıİ]")
_VERB_FINAL_BEFORE = 60.0  # characters: a word before the time counts as this much further away


def _context_score(text: str, start: int, end: int, ends: list[int], cache: dict) -> float:
    """How much the time's sentence says "landing" rather than "launch/undocking", in [-1, 1]."""
    s0, s1 = _sentence_bounds(ends, start, len(text))
    key = ("kinds", s0, s1)
    if key not in cache:  # per kind, sorted by start: the nearest one is found by bisection
        evs = _events(text, s0, s1, cache)
        cache[key] = tuple(
            ([a for a, _, k in evs if k is kind], [b for _, b, k in evs if k is kind]) for kind in (True, False)
        )
    (land_a, land_b), (launch_a, launch_b) = cache[key]
    vkey = ("verb-final", s0, s1)
    if vkey not in cache:
        cache[vkey] = _VERB_FINAL_BEFORE if _VERB_FINAL_RE.search(text, s0, s1) else 0.0
    d_land = _nearest(land_a, land_b, start, end, cache[vkey])
    d_launch = _nearest(launch_a, launch_b, start, end, cache[vkey])

    def strength(d: float | None) -> float:
        return 0.0 if d is None else 0.6 + 0.4 * max(0.0, 1.0 - d / _NEAR_CHARS)

    land, launch = strength(d_land), strength(d_launch)
    if d_launch is not None and (d_land is None or d_launch < d_land):
        return land * 0.3 - launch
    score = land - 0.3 * launch
    if d_land is None and d_launch is None:
        # A landing sentence next door ("The capsule landed safely. It was 10:57 in Moscow.")
        p0 = _sentence_bounds(ends, s0 - 1, len(text))[0] if s0 else s0
        n1 = _sentence_bounds(ends, s1, len(text))[1] if s1 < len(text) else s1
        if _LANDING_RE.search(text, p0, s0) or _LANDING_RE.search(text, s1, n1):
            score += _NEIGHBOUR_SENTENCE
    return score


def _gap_ok(gap: str) -> bool:
    """True when only small connecting words, dates and weekdays stand between two pieces."""
    if len(gap) > 40:
        return False
    for tok in _GAP_TOKEN_RE.findall(gap):
        t = tok.lower().rstrip(".")
        if t in _GAP_WORDS or tok.lower() in _GAP_WORDS or t.isdigit() or t in _MONTHS:
            continue
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er|e)?", t) or _WEEKDAY_RE.fullmatch(tok):
            continue
        return False
    return True


# Relative days, resolved against the text's own dateline: (pattern, days from the dateline).
# A night word is the night before when the clock is in the evening (see _relative_day).
_RELATIVE_DAYS: tuple[tuple[str, int | None], ...] = (
    (r"yesterday|hier|gestern|вчера|ayer|ieri|ontem|wczoraj|anoche|last\s+night|vorige\s+Nacht", -1),
    (r"the\s+day\s+before|avant-hier|vorgestern|позавчера|anteayer|l'altro\s+ieri|anteontem|przedwczoraj", -2),
    (
        r"today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|aujourd'hui|ce\s+(?:matin|soir)"
        r"|cet\s+après-midi|heute(?:\s+(?:früh|Morgen|Abend|Nachmittag))?|сегодня(?:\s+(?:утром|днём|днем|вечером))?"
        r"|hoy|esta\s+(?:mañana|tarde|noche)|oggi|stamattina|stamani|stasera|questa\s+mattina|hoje"
        r"|(?:esta|nesta)\s+(?:manhã|tarde|noite)|dziś|dzisiaj|dziś\s+rano|dzisiaj\s+rano",
        0,
    ),
    (
        r"overnight|cette\s+nuit|in\s+der\s+Nacht|heute\s+Nacht|этой\s+ночью|сегодня\s+ночью|esta\s+madrugada"
        r"|stanotte|questa\s+notte|nesta\s+madrugada|tej\s+nocy|dziś\s+w\s+nocy",
        None,
    ),
    *_cw.RELATIVE_DAYS,
)
_RELATIVE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_RELATIVE_DAYS)) + r")(?!\w)"
    # Chinese and Japanese (no spaces): 昨天, 今日, 昨夜; their days are _RELATIVE_DAYS's after the spaced ones
    + "|" + "|".join(f"(?P<r{len(_RELATIVE_DAYS) + i}>{p})" for i, (p, _) in enumerate(_cw.RELATIVE_UNSPACED)),
    re.IGNORECASE,
)
_RELATIVE_DAYS = (*_RELATIVE_DAYS, *_cw.RELATIVE_UNSPACED)
# Every relative day above contains one of these (lower case): a text with none of them needs no regex search
# (the search costs half a millisecond per article even when it finds nothing).
_RELATIVE_LITERALS: tuple[str, ...] = (
    "yesterday", "hier", "gestern", "вчера", "ayer", "ieri", "ontem", "wczoraj", "anoche", "night", "nacht",
    "before", "altro", "today", "morning", "afternoon", "evening", "aujourd", "matin", "soir", "après-midi",
    "heute", "сегодня", "hoy", "mañana", "tarde", "noche", "oggi", "stamattina", "stamani", "stasera", "mattina",
    "hoje", "manhã", "noite", "dziś", "dzisiaj", "nuit", "ночью", "madrugada", "stanotte", "notte", "nocy",
    # geo/extract/clock_words.py
    "кеше", "keshe", "keşe", "dün", "вчора", "учора", "gister", "včera", "vakar", "أمس", "الأمس", "امس", "бүгін",
    "búgin", "bügın", "bugin", "bugün", "сьогодні", "vandaag", "vanochtend", "vanmorgen", "vanmiddag", "vanavond",
    "astăzi", "azi", "dnes", "šiandien", "اليوم", "vannacht", "цієї ночі", "šiąnakt", "الليلة", "昨", "今", "本日",
    "未明",
)
# A month and year, or a bare year, near the time: only the zone rules of that time follow from it.
# Month names in the form a month-and-year takes (twelve per language, in order).
_MONTHS_WITH_YEAR: tuple[str, ...] = tuple((
        "january february march april may june july august september october november december "
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "januar februar märz april mai juni juli august september oktober november dezember "
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре "
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
        "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu"
).split())
_MONTH_YEAR_RE = re.compile(
    r"(?<!\w)(?P<m>" + "|".join(sorted(map(re.escape, _MONTHS_WITH_YEAR), key=len, reverse=True)) + r")(?:\s+(?:de|del|of))?,?\s+(?P<y>" + r"(?:19[5-9]\d|20\d\d)" + r")(?!\d)"
    r"|(?<![\d.,/\w-])(?P<yy>(?:19[5-9]\d|20\d\d))(?:\s*(?:г\.|года|году|r\.|roku))?(?![\d.,:/\w-])"
    r"(?![ \u00a0]?(?-i:[A-Z]{1,4}\b|[hH]\b|Uhr|час))",
    re.IGNORECASE,
)
_MONTH_IN = {
    w: (i % 12) + 1
    for i, w in enumerate(_MONTHS_WITH_YEAR)
}
_SENTENCE_WINDOW = 300  # characters of a sentence (or the one before) searched for a date
_NEAR_WINDOW = 45  # "right next to the time"


def _weekday_and_date(
    text: str, start: int, end: int, ends: list[int], dateline: date | None = None, hour: int = 12,
    cache: dict | None = None, skip: list[tuple[int, int]] | None = None,
) -> tuple[int | None, date | None, tuple[int, int] | None]:
    """The weekday, date and/or (month, day) of the time, from the nearest evidence.

    In order: a weekday, date or relative day ("yesterday", resolved against the text's own
    ``dateline``) right next to the time; then one elsewhere in its sentence; then one in the
    sentence before, if that sentence is about the landing. A date tied to another event
    ("Launched on Monday, ...") is skipped. With no day at all, a month and year or a bare
    year near the time gives a :class:`TextDate` of precision "month" or "year": the zone rules
    of that time, not a date.
    """
    cache = {} if cache is None else cache
    s0, s1 = _sentence_bounds(ends, start, len(text))
    for a, b in skip or ():
        if a <= s0 < b or s0 <= a < start:
            s0 = max(s0, b) if b <= start else s0
    near = _evidence(text, max(s0, start - _NEAR_WINDOW), start, end, min(s1, end + _NEAR_WINDOW),
                     dateline, hour, adjacent=True)
    if near != (None, None, None):
        return near
    lo, hi = max(s0, start - _SENTENCE_WINDOW), min(s1, end + _SENTENCE_WINDOW)
    same = _evidence(text, lo, start, end, hi, dateline, hour, adjacent=False, ends=ends, cache=cache)
    if same != (None, None, None):
        return same
    if s0 > 0:
        p0 = max(_sentence_bounds(ends, s0 - 1, len(text))[0], s0 - _SENTENCE_WINDOW)
        if _LANDING_RE.search(text, p0, s0):
            prev = _evidence(text, p0, s0, s0, s0, dateline, hour, adjacent=False, ends=ends, cache=cache)
            if prev != (None, None, None):
                return prev
    return None, _rules_only_date(text, lo, start, end, hi), None


def _evidence(
    text: str, lo: int, start: int, end: int, hi: int, dateline: date | None, hour: int, *, adjacent: bool,
    ends: list[int] | None = None, cache: dict | None = None,
) -> tuple[int | None, date | None, tuple[int, int] | None]:
    """Weekday, date and (month, day) in text[lo:start] and text[end:hi], nearest first.

    ``adjacent``: only words a reader reads as part of the time's phrase may stand between
    (see _gap_ok); otherwise anything may, unless the date is nearer another event's word.
    """

    def gap_of(m: re.Match[str]) -> str | None:
        gap = text[m.end() : start] if m.end() <= start else text[end : m.start()] if m.start() >= end else ""
        if adjacent:
            return gap if _gap_ok(gap) else None
        if ends is not None and cache is not None and _tied_to_other_event(text, m.start(), m.end(), ends, cache):
            return None
        return gap

    weekday = None
    best_d = 1 << 30
    for m in _WEEKDAY_RE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        gap = gap_of(m)
        if gap is not None and len(gap) < best_d:
            best_d, weekday = len(gap), _weekday_of(m)
    day: date | None = None
    month_day = None
    best_d = 1 << 30
    for m, y, mo, dd in _dates_around(text, lo, start, end, hi):
        gap = gap_of(m)
        if gap is None or len(gap) >= best_d:
            continue
        if y is not None:
            try:
                day, month_day, best_d = date(y, mo, dd), None, len(gap)
            except ValueError:
                continue
        elif 1 <= mo <= 12 and 1 <= dd <= 31:
            day, month_day, best_d = None, (mo, dd), len(gap)
        elif mo == 0 and (dom := _day_of_month(dd, dateline)) is not None:
            day, month_day, best_d = dom, None, len(gap)
    if day is None and month_day is None and dateline is not None:
        for m in _RELATIVE_RE.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            gap = gap_of(m)
            if gap is None or len(gap) >= best_d:
                continue
            i = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
            delta = _RELATIVE_DAYS[i][1]
            if delta is None:  # "overnight": the night before if the clock is in the evening
                delta = -1 if hour >= 12 else 0
            d = dateline + timedelta(days=delta)
            day = TextDate(d.year, d.month, d.day, f'"{m.group(0)}" against the dateline {dateline.isoformat()}')
            best_d = len(gap)
            if weekday is not None and weekday != d.weekday():
                weekday = None  # the relative word is nearer and exact
    return weekday, day, month_day


def _wire_heads(text: str) -> list[tuple[int, int]]:
    """Spans of wire-dateline heads ("ALMATY, Kazakhstan, April 6, 2024 (Reuters) -") in the top lines."""
    out = []
    for a, b in _top_lines(text):
        line = text[a:b]
        lead = len(line) - len(line.lstrip())
        w = _wire_dateline(line.strip())
        if w is not None:
            i = line.find(w[3])
            out.append((a, a + (i if i >= 0 else lead) + len(w[3]) + 1))
    return out


def _tied_to_other_event(text: str, a: int, b: int, ends: list[int], cache: dict) -> bool:
    """True when the nearest event word of the sentence is not a landing word ("Launched on Monday")."""
    s0, s1 = _sentence_bounds(ends, a, len(text))
    best: tuple[int, bool] | None = None
    for x, y, is_land in _events(text, max(s0, a - _SENTENCE_WINDOW), min(s1, b + _SENTENCE_WINDOW), cache):
        d = a - y if y <= a else x - b if x >= b else 0
        if best is None or d < best[0]:
            best = (d, is_land)
    return best is not None and not best[1]


def _rules_only_date(text: str, lo: int, start: int, end: int, hi: int) -> date | None:
    """A month and year ("in April 2008") or a year near the time, as a TextDate for its zone rules."""
    found = None
    best_d = 1 << 30
    for a, b in ((lo, start), (end, hi)):
        if a >= b or not _DIGIT_RE.search(text, a, b):
            continue
        for m in _MONTH_YEAR_RE.finditer(text, a, b):
            d = start - m.end() if m.end() <= start else m.start() - end
            if d >= best_d:
                continue
            best_d = d
            if m["y"]:
                found = TextDate(int(m["y"]), _MONTH_IN[m["m"].lower()], 15, f'"{m.group(0)}"', "month")
            else:
                found = TextDate(int(m["yy"]), 7, 1, f'"{m.group(0)}"', "year")
    return found


def _dates_around(
    text: str, lo: int, start: int, end: int, hi: int
) -> Iterator[tuple[re.Match[str], int | None, int, int]]:
    """Dates in text[lo:start] and text[end:hi]; skipped fast when those hold no digit (the usual case)."""
    for a, b in ((lo, start), (end, hi)):
        if a < b and _DIGIT_RE.search(text, a, b):
            yield from _dates_in(text, a, b)


def _weekday_of(m: re.Match[str]) -> int:
    """Monday == 0 from a weekday match."""
    if m["wpt"]:
        return ("segunda", "terça", "quarta", "quinta", "sexta").index(m["wpt"].lower())
    for i, _ in _WEEKDAYS:
        if m[f"w{i}"] or m[f"c{i}"]:
            return i
    raise AssertionError("weekday regex matched no group")  # pragma: no cover


def _dates_in(
    text: str, lo: int = 0, hi: int | None = None
) -> Iterator[tuple[re.Match[str], int | None, int, int]]:
    """(match, year or None, month, day) for every date-looking string in text[lo:hi]."""
    for m in _DATE_RE.finditer(text, lo, len(text) if hi is None else hi):
        if m["m1"] or m["m2"] or m["m6"] or m["m7"]:
            name = m["m1"] or m["m2"] or m["m6"] or m["m7"]
            key = name.lower()
            if key in _LOWERCASE_NOT_MONTH and name.islower():
                continue
            if (m["x1"] or m["x6"]) and key not in _cw.SUFFIXING_MONTHS:
                continue  # "Marching", not "March" with a Turkish ending
            mo = _MONTHS[key]
            dd = int(m["d1"] or m["d2"] or m["d6"] or m["d7"])
            ys = m["y1"] or m["y2"] or m["y6"] or m["y7"]
            yield m, (int(ys) if ys else None), mo, dd
        elif m["m8"]:
            yield m, (int(m["y8"]) if m["y8"] else None), int(m["m8"]), int(m["d8"])
        elif m["d9"]:
            yield m, None, 0, int(m["d9"])  # the month is the dateline's: see _evidence
        elif m["y10"]:
            yield m, int(m["y10"]), int(m["m10"]), int(m["d10"])
        elif m["y3"]:
            yield m, int(m["y3"]), int(m["m3"]), int(m["d3"])
        elif m["y4"]:
            yield m, int(m["y4"]), int(m["m4"]), int(m["d4"])
        else:
            a, b = int(m["a5"]), int(m["b5"])
            if a > 12 >= b:
                yield m, int(m["y5"]), b, a
            elif b > 12 >= a:
                yield m, int(m["y5"]), a, b
            # else: 05/06/2010 is ambiguous between the US and everyone else; not guessed


# --------------------------------------------------------------------------------------
# Dateline
# --------------------------------------------------------------------------------------

_DATELINE_LINES = 5
_DATELINE_MAX_CHARS = 120  # a longer line is body text, unless it says "Published"
_DATEPARSER_MAX_CHARS = 60
_DATELINE_MAX_WORDS = 4  # words of 3+ letters besides the date: "Moskau", "by John", "Thu ... GMT"
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_CJK_IDEOGRAPHS_RE = re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]")
_YEAR_RE = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_AMBIGUOUS_SLASH_RE = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{2,4}")
_DATEPARSER_LANGS = ["en", "fr", "ru", "de", "es", "it", "pt", "pl", "nl", "ro", "cs", "lt", "uk", "kk", "tr", "ar", "zh", "ja"]


def _top_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first few non-empty lines."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text[:3000].splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n"))))
            if len(out) == _DATELINE_LINES:
                break
        pos += len(line)
    return out


def _full_date(line: str) -> date | None:
    """The first complete (day, month, year) date in a line that is a dateline, by the regexes.

    A dateline is the date plus a few words at most ("Moskau, 29.09.2022", "by John,
    September 29th, 2022", "Publié le 28 février 2018"); a short body sentence that
    happens to hold a date ("More text on 29 September 2022 ...") is not one.
    """
    for m, y, mo, dd in _dates_in(line):
        if y is None:
            continue
        try:
            d = date(y, mo, dd)
        except ValueError:
            continue
        return d if _few_words(line[: m.start()] + " " + line[m.end() :]) else None
    return None


def _few_words(rest: str) -> bool:
    """True when a line holds at most a few words besides its date (and weekday, time, keywords)."""
    rest = _PUBLISHED_RE.sub(" ", rest)
    rest = _UPDATED_RE.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest)
    # Chinese and Japanese have no spaces: every four characters count as a word
    cjk = len(_CJK_IDEOGRAPHS_RE.findall(rest))
    return sum(1 for w in _WORD_RE.findall(_CJK_IDEOGRAPHS_RE.sub(" ", rest))) + cjk // 4 <= _DATELINE_MAX_WORDS


_LINE_RE = re.compile(r"[^\n]+")
_STAMP_LINE_MAX = 200


def _publication_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are page timestamps, whose clock time is the page's, not an event's.

    The top lines that are datelines, and anywhere in the text a line that starts with
    "Published"/"Updated" (in the languages read) or is a short date-and-time line ("25.06.2024,
    10:47", "Jun 25, 2024 3:10 PM EDT") with little else.
    """
    out = []
    for i, (a, b) in enumerate(_top_lines(text)):
        line = text[a:b]
        short = len(line) <= _DATEPARSER_MAX_CHARS
        if (
            _PUBLISHED_RE.search(line)
            or (short and _UPDATED_RE.search(line))
            or (i and short and not _EVENT_RE.search(line) and _full_date(line))
        ):
            out.append((a, b))
    for m in _LINE_RE.finditer(text):
        a, b = m.span()
        if b - a > _STAMP_LINE_MAX or not _DIGIT_RE.search(text, a, b):
            continue
        line = m.group(0).strip(" \t*|•·-–—")
        if (
            _PUBLISHED_RE.match(line)
            or _UPDATED_RE.match(line)
            or (len(line) <= _DATEPARSER_MAX_CHARS and not _EVENT_RE.search(line) and _full_date(line))
        ):
            out.append((a, b))
    return out


# Wire and newspaper datelines at the head of the first paragraph: "ALMATY, Kazakhstan, April 6,
# 2024 (Reuters) - ...", "BEIJING, Nov. 4 (Xinhua) -- ...", "МОСКВА, 19 апр — РИА Новости.",
# "Moscú, 19 abr (EFE).- ...", "HOUSTON, June 24, 2024 /PRNewswire/ -- ...". The head ends at the
# first dash (or ").-"); it must start with a place name and hold a date and little else.
_WIRE_HEAD_CHARS = 160
_WIRE_SEP_RE = re.compile(r"(?:\)\.?|\s|/)(?:-{1,2}|–|—|\.-)(?=\s|[A-ZА-ЯЁ]|$)|\)\s*:|\)\.(?=\s)")
# Capitals that may start a wire dateline's place name ("ALMATY", "МОСКВА", "İSTANBUL").
_UPPER = "A-ZА-ЯЁÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚЄІЇЎҐӘҒҚҢӨҰҮҺ"
_WIRE_PLACE_RE = re.compile(r"\W{0,3}[" + _UPPER + r"\u0621-\u064A]")
_WIRE_AGENCY_RE = re.compile(r"\([^()\n]{1,40}\)|/[^/\n]{1,30}/")
_WIRE_MONTHS: dict[str, int] = _MONTHS | {
    spelling: num
    for line in (
        "ene feb mar abr may jun jul ago sep/set oct nov dic",
        "gen feb mar apr mag giu lug ago set ott nov dic",
        "jan fev mar abr mai jun jul ago set out nov dez",
        "янв фев мар апр мая/май июн июл авг сен/сент окт ноя/нояб дек",
        "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    )
    for num, names in enumerate(line.split(), start=1)
    for spelling in names.split("/")
}
_WIRE_MONTH_ALT = "|".join(sorted(map(re.escape, _WIRE_MONTHS), key=len, reverse=True))
_WIRE_DATE_RE = re.compile(
    r"(?<![\d\w])(?P<d1>[0-3]?\d)\.?[ \u00a0]+(?:de\s+)?(?P<m1>" + _WIRE_MONTH_ALT + r")\.?(?!\w)"
    r"(?:,?[ \u00a0]+(?:de\s+)?(?P<y1>" + _YEAR + r")(?!\d))?"
    r"|(?<!\w)(?P<m2>" + _WIRE_MONTH_ALT + r")\.?[ \u00a0]+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])"
    r"(?:,?[ \u00a0]+(?P<y2>" + _YEAR + r")(?!\d))?"
    r"|(?P<y3>" + _YEAR + r")年(?P<m3>[01]?\d)月(?P<d3>[0-3]?\d)日"
    r"|(?<!\d)(?P<m4>[01]?\d)月(?P<d4>[0-3]?\d)日",
    re.IGNORECASE,
)
# Chinese agency and paper datelines: "新华社北京11月4日电", "本报北京10月31日电", "中新网酒泉11月4日电"; Japanese
# "【11月19日 AFP】" (the 時事/共同 heads "【モスクワ時事】" name the place only, and give no date).
_XINHUA_RE = re.compile(
    r"(?:新华社|新華社|本报|本報|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中央社|中国新闻网|中國新聞網)[^\d\s]{0,8}?"
    r"(?:(?P<y>(?:19[5-9]\d|20\d\d))年)?(?P<m>[01]?\d)月(?P<d>[0-3]?\d)日[电電]"
    r"|【\s*(?:(?P<y2>(?:19[5-9]\d|20\d\d))年)?(?P<m2>[01]?\d)月(?P<d2>[0-3]?\d)日\s*[^】\d]{1,12}】"
)
_WIRE_MAX_WORDS = 6  # city, country or state, "Fla.", besides the date and the agency


def _wire_dateline(line: str) -> tuple[int | None, int, int, str] | None:
    """(year or None, month, day, head) from a wire dateline at the start of a line, or None."""
    x = _XINHUA_RE.search(line, 0, 40)
    if x:
        y = x["y"] or x["y2"]
        return (int(y) if y else None), int(x["m"] or x["m2"]), int(x["d"] or x["d2"]), x.group(0)
    head_text = line[:_WIRE_HEAD_CHARS]
    sep = _WIRE_SEP_RE.search(head_text)
    if sep is None or not _WIRE_PLACE_RE.match(head_text):
        return None
    head = head_text[: sep.start() + (1 if head_text[sep.start()] in ")/" else 0)].strip()
    bare = _WIRE_AGENCY_RE.sub(" ", head)
    m = _WIRE_DATE_RE.search(bare)
    if m is None:
        return None
    rest = bare[: m.start()] + " " + bare[m.end() :]
    if sum(1 for _ in _WORD_RE.finditer(_WEEKDAY_RE.sub(" ", rest))) > _WIRE_MAX_WORDS:
        return None
    if m["m1"] or m["m2"]:
        mo = _WIRE_MONTHS[(m["m1"] or m["m2"]).lower()]
        dd = int(m["d1"] or m["d2"])
        ys = m["y1"] or m["y2"]
    else:
        mo, dd, ys = int(m["m3"] or m["m4"]), int(m["d3"] or m["d4"]), m["y3"]
    if not (1 <= mo <= 12 and 1 <= dd <= 31):
        return None
    return (int(ys) if ys else None), mo, dd, head


_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def conventional_zone(text: str) -> str | None:
    """The zone the press of the text's language writes unlabelled clock times in, or None.

    Why: Chinese copy gives "10月31日8时11分" with no label because Beijing time is understood, and Japanese
    copy the same with Japan time; elsewhere an unlabelled time has no zone, and gives no UTC. Japanese is
    told by its kana; Chinese by Han characters outnumbering Latin and Cyrillic letters (a few Chinese names
    in an English article do not make it Chinese copy).

    >>> conventional_zone("返回舱于10月31日8时11分着陆"), conventional_zone("カプセルは午後0時58分に着陸した")
    ('Asia/Shanghai', 'Asia/Tokyo')
    >>> conventional_zone("The capsule (神舟十六号) landed at 8:11.") is None
    True
    """
    if _KANA.search(text):
        return "Asia/Tokyo"
    han = len(_HAN.findall(text))
    if han >= 6 and han > len(_LATIN_OR_CYRILLIC.findall(text)):
        return "Asia/Shanghai"
    return None


def find_dateline(text: str) -> date | None:
    """The article's date from its dateline, as a :class:`TextDate` saying which line gave it, or None.

    Only the first few non-empty lines are read. A wire dateline at the head of a line
    ("ALMATY, Kazakhstan, April 6, 2024 (Reuters) - ...", "BEIJING, Nov. 4 (Xinhua) --",
    "МОСКВА, 19 апр — РИА Новости") is the date of writing and wins; then a "Published ..."
    line, then a short line that is a date and little else, then an "Updated ..." line. A long
    line counts only through its wire head or its "Published" keyword, so that a date in the
    body ("in March 2022") is never taken for the dateline. A wire dateline without a year
    ("BEIJING, Nov. 4") takes it from another top line's date when it agrees within a few
    months, else from a lone year among the top lines. Numeric and month-name forms in the
    eighteen languages (and the agency heads of Chinese and Japanese) are read by regex; ``dateparser`` is imported only when a short top line
    holds a year the regexes could not read.
    """
    text = _ascii_digits(text)  # "موسكو ١٧ سبتمبر ٢٠١٢"
    found: list[tuple[int, int, date, str]] = []
    leftovers: list[tuple[int, int, str]] = []
    yearless: tuple[int, int, str] | None = None
    years: list[int] = []
    for order, (a, b) in enumerate(_top_lines(text)):
        line = text[a:b].strip()
        wire = _wire_dateline(line)
        if wire is not None:
            y, mo, dd, head = wire
            if y is None:
                yearless = yearless or (mo, dd, head)
            else:
                try:
                    found.append((0, order, date(y, mo, dd), f'wire dateline "{head}"'))
                except ValueError:
                    pass
        years.extend(int(y) for y in _YEAR_RE.findall(line[:_DATELINE_MAX_CHARS]))
        published = bool(_PUBLISHED_RE.search(line))
        if len(line) > _DATELINE_MAX_CHARS and not published:
            continue
        updated = bool(_UPDATED_RE.search(line))
        rank = 1 if published else 3 if updated else 2
        d = _full_date(line)
        if d is not None:
            kind = "publication line" if published else "update line" if updated else "dateline"
            found.append((rank, order, d, f'{kind} "{line[:80]}"'))
        elif (
            len(line) <= _DATEPARSER_MAX_CHARS
            and _YEAR_RE.search(line)
            and not _AMBIGUOUS_SLASH_RE.search(line)  # 05/06/2010: US or European? not guessed
            and _few_words(_YEAR_RE.sub(" ", line))
        ):
            leftovers.append((rank, order, line))
    if yearless is not None:
        d = _complete_year(yearless, [f[2] for f in found], years)
        if d is not None:
            found.append((0, -1, d, f'wire dateline "{yearless[2]}", year from the page'))
    if found:
        _rank, _order, d, source = min(found, key=lambda f: f[:2])
        return TextDate(d.year, d.month, d.day, source)
    for rank, _order, line in sorted(leftovers):
        d = _dateparser_date(line)
        if d is not None:
            kind = "publication line" if rank == 1 else "update line" if rank == 3 else "dateline"
            return TextDate(d.year, d.month, d.day, f'{kind} "{line[:80]}"')
    return None


def _complete_year(md: tuple[int, int, str], dates: list[date], years: list[int]) -> date | None:
    """The year of a yearless wire dateline: from a full date nearby in time, else a lone year."""
    mo, dd, _ = md
    for d in dates:
        for y in (d.year - 1, d.year, d.year + 1):
            try:
                cand = date(y, mo, dd)
            except ValueError:
                continue
            if abs((cand - d).days) <= 45:
                return cand
    if len(set(years)) == 1:
        try:
            return date(years[0], mo, dd)
        except ValueError:
            return None
    return None


def _dateparser_date(line: str) -> date | None:
    """dateparser's reading of one short line, requiring day, month and year."""
    import dateparser  # lazy: ~80 ms to import and ~50 ms on first use

    body = _PUBLISHED_RE.sub("", line).strip(" :,-–—")
    try:
        parsed = dateparser.parse(
            body,
            languages=_DATEPARSER_LANGS,
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
        )
    except (ValueError, TypeError, OverflowError, LookupError):  # odd input; a dateline is optional
        return None
    return parsed.date() if parsed else None
