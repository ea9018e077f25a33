"""Landing times in the ten languages read for places beyond the first eight (issue 14): Chinese, Japanese,
Arabic, Kazakh (Cyrillic and Latin), Turkish, Ukrainian, Dutch, Romanian, Czech, Lithuanian.

Own sentences, built on the structures the press of each language uses (label before the time in Chinese,
Japanese, Kazakh and Turkish; case endings on the time; "15 val. 39 min."; Arabic-Indic digits; datelines of
the agencies). Every expected instant was worked out by hand from the zone rules of the landing date (Moscow
UTC+4 in 2011-2014, Kazakhstan UTC+6 until March 2024 and UTC+5 since, Turkey UTC+2/+3 before 2016, EU summer
time), not read off the code. Each language has at least one distractor: a time of another event (undocking,
the return command, a launch, the crew's egress) or a planned time, which must not be taken.

Each row is (id, text, published, landing-site zone, zone of the mention that must be chosen (or, for a
refused time, read), UTC instant or None when no landing time may be taken).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from geo.extract.times import TextDate, find_dateline, find_times
from geo.timing import landing_time

ALMATY = "Asia/Almaty"


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


Row = tuple[str, str, date | None, str | None, str | None, datetime | None]

ZH: list[Row] = [
    ("zh-beijing-full-date", "神舟返回\n新华社北京4月30日电 神舟十七号返回舱于北京时间2024年4月30日17时46分在东风着陆场成功着陆。",
     None, None, "Asia/Shanghai", utc("2024-04-30T09:46")),
    ("zh-evening-word", "返回舱于北京时间11月4日晚上8时09分在东风着陆场平安着陆。", date(2022, 11, 4), None,
     "Asia/Shanghai", utc("2022-11-04T12:09")),
    ("zh-day-of-dateline-month", "神舟返回\n新华社酒泉6月4日电（记者）\n2022年6月4日\n北京时间4日12时09分，返回舱在东风着陆场着陆。",
     None, None, "Asia/Shanghai", utc("2022-06-04T04:09")),
    ("zh-utc-beside-beijing", "返回舱于格林尼治时间9时46分（北京时间17时46分）着陆。", date(2024, 4, 30), None, "UTC",
     utc("2024-04-30T09:46")),
    # distractors: the return command and the crew's egress have their own times
    ("zh-not-the-return-command", "返回\n北京时间7时21分，北京航天飞行控制中心发出返回指令，轨道舱与返回舱分离。北京时间8时11分，"
     "返回舱在东风着陆场着陆。", date(2023, 10, 31), None, "Asia/Shanghai", utc("2023-10-31T00:11")),
    ("zh-not-the-egress", "北京时间11月14日16时40分，返回舱成功着陆。北京时间17时13分，航天员安全出舱。", date(2025, 11, 14), None,
     "Asia/Shanghai", utc("2025-11-14T08:40")),
    ("zh-planned", "返回舱预计于北京时间4月30日17时46分着陆。", date(2024, 4, 29), None, "Asia/Shanghai", None),
]

JA: list[Row] = [
    ("ja-jst-with-date", "ソユーズ宇宙船は日本時間5月14日午前10時58分、カザフスタンに着陸した。", date(2014, 5, 14), None,
     "Asia/Tokyo", utc("2014-05-14T01:58")),
    ("ja-afp-dateline-gmt", "見出し\n【10月30日 AFP】3人を乗せたソユーズは、グリニッジ標準時(GMT)30日午前3時58分(日本時間同日午後0時58分)、"
     "カザフスタンの草原に着陸した。\n2016年10月30日 13時10分", None, None, "UTC", utc("2016-10-30T03:58")),
    ("ja-jst-day-only", "ソユーズは日本時間の30日午後0時58分に着陸しました。", date(2016, 10, 30), None, "Asia/Tokyo",
     utc("2016-10-30T03:58")),
    ("ja-jiji-local-then-jst", "【モスクワ時事】ソユーズは2日午前7時25分(日本時間同日午後0時25分)、カザフスタン中部に着陸した。",
     date(2010, 6, 2), ALMATY, "Asia/Tokyo", utc("2010-06-02T03:25")),
    ("ja-utc-colon", "Soyuz MS-27は2025年12月9日05:03 UTC(日本時間14:03)にカザフスタンへ着陸した。", None, None, "UTC",
     utc("2025-12-09T05:03")),
    # distractors: leaving the station, and a planned time
    ("ja-not-the-undocking", "ソユーズは日本時間午前9時35分に宇宙ステーションを離れ、日本時間午後0時58分にカザフスタンに着陸した。",
     date(2016, 10, 30), None, "Asia/Tokyo", utc("2016-10-30T03:58")),
    ("ja-planned", "ソユーズは日本時間の11日午後10時12分ごろ、カザフスタンの平原に着陸する予定です。", date(2015, 12, 11), None,
     "Asia/Tokyo", None),
]

AR: list[Row] = [
    ("ar-gmt", "هبطت الكبسولة في سهوب كازاخستان الساعة 02:53 بتوقيت غرينتش.", date(2012, 9, 17), None, "UTC",
     utc("2012-09-17T02:53")),
    ("ar-indic-digits-weekday", "وهبطت المركبة عند الساعة ٠٧:٥٤ بتوقيت جرينتش يوم الأربعاء.", date(2011, 3, 17), None, "UTC",
     utc("2011-03-16T07:54")),
    ("ar-moscow-2012", "هبط الطاقم في الأراضي الكازاخية في الساعة 12:15 بتوقيت موسكو يوم الأحد 1 يوليو/تموز 2012.", None, None,
     "Europe/Moscow", utc("2012-07-01T08:15")),
    ("ar-local-then-gmt", "هبطت المركبة الساعة 8:31 صباحاً بالتوقيت المحلي (02:31 بتوقيت غرينيتش).", date(2018, 2, 28), ALMATY,
     "UTC", utc("2018-02-28T02:31")),
    ("ar-evening-moscow", "هبطت الكبسولة في الساعة 4:26 مساءً بتوقيت موسكو.", date(2016, 3, 2), None, "Europe/Moscow",
     utc("2016-03-02T13:26")),
    ("ar-wire-dateline", "عنوان\nموسكو 17 سبتمبر 2012 (رويترز) - هبطت الكبسولة الساعة 02:53 بتوقيت غرينتش.", None, None, "UTC",
     utc("2012-09-17T02:53")),
    # distractors: the separation from the station, and a scheduled time
    ("ar-not-the-separation", "انفصلت سويوز عن المحطة الساعة 23:20 بتوقيت غرينتش. وهبطت الكبسولة الساعة 02:53 بتوقيت غرينتش.",
     date(2012, 9, 17), None, "UTC", utc("2012-09-17T02:53")),
    ("ar-scheduled", "ومن المقرر أن تهبط الكبسولة الساعة 10:20 بتوقيت غرينتش.", date(2015, 6, 11), None, "UTC", None),
]

KK: list[Row] = [
    ("kk-astana-2024", "Капсула Астана уақытымен сағат 14:17-де Жезқазғаннан оңтүстік-шығысқа қарай қонды.", date(2024, 4, 6),
     None, ALMATY, utc("2024-04-06T09:17")),
    ("kk-astana-2018-words", "Капсула Астана уақытымен 2018 жылғы 20 қазанда 11 сағат 03 минутта қонды.", None, None, ALMATY,
     utc("2018-10-20T05:03")),
    ("kk-wire-dateline-local", "Тақырып\nАстана. 6 сәуір. ҚазАқпарат – Капсула жергілікті уақытпен сағат 12:17-де қонды.\n06.04.2024",
     None, ALMATY, "local", utc("2024-04-06T07:17")),
    ("kk-latin", "Kapsýla Astana ýaqytymen saǵat 14:17-de qondy.", date(2024, 4, 6), None, ALMATY, utc("2024-04-06T09:17")),
    ("kk-moscow-2012", "Капсула Мәскеу уақытымен сағат 06:53-те қонды.", date(2012, 9, 17), None, "Europe/Moscow",
     utc("2012-09-17T02:53")),
    # distractors: the undocking (its UTC date differs too), and a planned time
    ("kk-not-the-undocking", "«Союз» Астана уақытымен сағат 00:57-де станциядан ажыратылды. Капсула Астана уақытымен сағат 04:20-да "
     "қонды.", date(2025, 4, 20), None, ALMATY, utc("2025-04-19T23:20")),
    ("kk-planned", "Капсула Астана уақытымен сағат 14:17-де қонуы жоспарлануда.", date(2024, 4, 5), None, ALMATY, None),
]

TR: list[Row] = [
    ("tr-moscow", "Kapsül Moskova saatiyle 08.04'te Kazakistan'a iniş yaptı.", date(2025, 12, 9), None, "Europe/Moscow",
     utc("2025-12-09T05:04")),
    ("tr-tsi-winter-2012", "Kapsül TSİ 06.53'te Kazakistan'a indi.", date(2012, 12, 19), None, "Europe/Istanbul",
     utc("2012-12-19T04:53")),
    ("tr-turkey-time-2024", "Kapsül, Türkiye saatiyle 10.17'de Kazakistan bozkırına iniş yaptı.", date(2024, 4, 6), None,
     "Europe/Istanbul", utc("2024-04-06T07:17")),
    ("tr-local-with-date", "Kapsül 19 Kasım 2012 Pazartesi günü yerel saatle 07.53'te indi.", None, ALMATY, "local",
     utc("2012-11-19T01:53")),
    ("tr-gmt-suffix", "Kapsül saat 05.02 GMT'de yere indi.", date(2018, 12, 20), None, "UTC", utc("2018-12-20T05:02")),
    # distractors: leaving the station, and an expected time
    ("tr-not-the-undocking", "Soyuz TSİ 23.40'ta istasyondan ayrıldı. Kapsül TSİ 03.13'te Kazakistan'a indi.", date(2012, 12, 20),
     None, "Europe/Istanbul", utc("2012-12-20T01:13")),
    ("tr-expected", "Kapsülün TSİ 14.17'de Kazakistan'a inmesi bekleniyor.", date(2024, 4, 6), None, "Europe/Istanbul", None),
]

UK: list[Row] = [
    ("uk-kyiv-summer", "Спускний апарат приземлився о 14:17 за київським часом.", date(2024, 4, 6), None, "Europe/Kyiv",
     utc("2024-04-06T11:17")),
    ("uk-kyiv-winter-weekday", "Капсула приземлилася о 07:20 за київським часом у четвер, 20 грудня.", date(2018, 12, 21), None,
     "Europe/Kyiv", utc("2018-12-20T05:20")),
    ("uk-moscow-2013", "Капсула приземлилася 16 березня 2013 року о 07:06 за московським часом.", None, None, "Europe/Moscow",
     utc("2013-03-16T03:06")),
    ("uk-hours-minutes", "Спускний апарат здійснив посадку о 9 год. 23 хв. за місцевим часом.", date(2010, 9, 25), ALMATY,
     "local", utc("2010-09-25T03:23")),
    ("uk-wire-dateline", "Заголовок\nКИЇВ, 6 квітня 2024 (Укрінформ) – Капсула приземлилася о 10:17 за київським часом.", None,
     None, "Europe/Kyiv", utc("2024-04-06T07:17")),
    # distractors: the undocking, and a planned time
    ("uk-not-the-undocking", "Корабель відстикувався від станції о 00:40 за київським часом. Капсула приземлилася о 04:03 за "
     "київським часом.", date(2018, 12, 20), None, "Europe/Kyiv", utc("2018-12-20T02:03")),
    ("uk-planned", "Посадка запланована на 14:17 за київським часом.", date(2024, 4, 6), None, "Europe/Kyiv", None),
]

NL: list[Row] = [
    ("nl-summer", "De capsule landde om 13.29 uur Nederlandse tijd in Kazachstan.", date(2022, 3, 30), None,
     "Europe/Amsterdam", utc("2022-03-30T11:29")),
    ("nl-winter", "De Sojoez is om 04.05 uur Nederlandse tijd geland.", date(2013, 3, 16), None, "Europe/Amsterdam",
     utc("2013-03-16T03:05")),
    ("nl-belgian", "De capsule landde om 06.02 uur Belgische tijd op de steppe.", date(2018, 12, 20), None, "Europe/Brussels",
     utc("2018-12-20T05:02")),
    ("nl-date-in-sentence", "Op zaterdag 16 maart 2013 om 04.05 uur Nederlandse tijd is de capsule geland.", None, None,
     "Europe/Amsterdam", utc("2013-03-16T03:05")),
    ("nl-local", "De capsule kwam neer om 11.31 uur lokale tijd.", date(2012, 7, 1), ALMATY, "local",
     utc("2012-07-01T05:31")),
    # distractors: the undocking in the same sentence, and a planned time
    ("nl-not-the-undocking", "De Sojoez koppelde om 2.40 uur Belgische tijd los van het ISS en landde om 6.02 uur Belgische tijd "
     "in Kazachstan.", date(2018, 12, 20), None, "Europe/Brussels", utc("2018-12-20T05:02")),
    ("nl-planned", "De landing is voorzien voor zaterdag 01.34 uur Belgische tijd.", date(2019, 9, 6), None, "Europe/Brussels", None),
]

RO: list[Row] = [
    ("ro-gmt", "Capsula Soyuz a aterizat la 05:02 GMT, la sud-est de Jezkazgan.", date(2018, 12, 20), None, "UTC",
     utc("2018-12-20T05:02")),
    ("ro-romania-winter", "Capsula a aterizat la ora 7.02 ora României.", date(2018, 12, 20), None, "Europe/Bucharest",
     utc("2018-12-20T05:02")),
    ("ro-romania-summer-date", "Capsula a aterizat joi, 3 iunie 2021, la ora 12.39 ora României.", None, None,
     "Europe/Bucharest", utc("2021-06-03T09:39")),
    ("ro-moldova", "Capsula navetei a aterizat la 6:35, ora Moldovei, în Kazahstan.", date(2010, 6, 2), None,
     "Europe/Chisinau", utc("2010-06-02T03:35")),
    ("ro-moscow-2011", "Capsula a aterizat la ora 11.54 ora Moscovei, pe 16 martie 2011.", None, None, "Europe/Moscow",
     utc("2011-03-16T08:54")),
    # distractors: the launch, and a planned time
    ("ro-not-the-launch", "Racheta a decolat la ora 13.16 GMT (15.16 ora României). Capsula a aterizat la ora 7.02 ora "
     "României.", date(2018, 12, 20), None, "Europe/Bucharest", utc("2018-12-20T05:02")),
    ("ro-planned", "Capsula urmează să aterizeze la ora 12.39 ora României.", date(2021, 6, 3), None, "Europe/Bucharest", None),
]

CS: list[Row] = [
    ("cs-selc", "Sojuz dosedl podle plánu v 02:51 SELČ.", date(2015, 9, 12), None, "Europe/Prague", utc("2015-09-12T00:51")),
    ("cs-sec", "Kabina přistála v 10:12 SEČ ve stepi.", date(2015, 12, 11), None, "Europe/Prague", utc("2015-12-11T09:12")),
    ("cs-hours-minutes-words", "Přistávací modul přistál ve 14 hodin 39 minut středoevropského letního času.", date(2018, 6, 3),
     None, "Europe/Prague", utc("2018-06-03T12:39")),
    ("cs-moscow-date", "Loď přistála 3. června 2018 v 15.39 moskevského času.", None, None, "Europe/Moscow",
     utc("2018-06-03T12:39")),
    ("cs-weekday", "Sojuz přistál v sobotu v 02:51 SELČ.", date(2015, 9, 13), None, "Europe/Prague", utc("2015-09-12T00:51")),
    # distractors: the undocking, and a planned time
    ("cs-not-the-undocking", "Loď se od stanice odpojila ve 23:20 SELČ. Sojuz přistál ve 02:51 SELČ.", date(2015, 9, 12), None,
     "Europe/Prague", utc("2015-09-12T00:51")),
    ("cs-planned", "Přistání je plánováno na 14:17 SELČ.", date(2024, 4, 6), None, "Europe/Prague", None),
]

LT: list[Row] = [
    ("lt-hours-minutes", "Kapsulė nusileido 15 val. 39 min. Lietuvos laiku.", date(2018, 6, 3), None, "Europe/Vilnius",
     utc("2018-06-03T12:39")),
    ("lt-dotted-val", "Kapsulė nusileido 15.39 val. Lietuvos laiku.", date(2018, 6, 3), None, "Europe/Vilnius",
     utc("2018-06-03T12:39")),
    ("lt-local-then-lithuanian", "Kapsulė parašiutu nusileido 18 val. 39 min. vietos laiku (15 val. 39 min. Lietuvos laiku).",
     date(2018, 6, 3), ALMATY, None, utc("2018-06-03T12:39")),
    ("lt-winter-month-day", "Erdvėlaivis nusileido gruodžio 20 d. 7 val. 2 min. Lietuvos laiku.", date(2018, 12, 21), None,
     "Europe/Vilnius", utc("2018-12-20T05:02")),
    ("lt-moscow-2012-year-first", "Kapsulė nusileido 2012 m. rugsėjo 17 d. 6 val. 53 min. Maskvos laiku.", None, None,
     "Europe/Moscow", utc("2012-09-17T02:53")),
    # distractors: the separation from the station, and a planned time
    ("lt-not-the-separation", "Įgula nuo stoties atsiskyrė 12 val. 16 min. Lietuvos laiku. Kapsulė nusileido 15 val. 39 min. "
     "Lietuvos laiku.", date(2018, 6, 3), None, "Europe/Vilnius", utc("2018-06-03T12:39")),
    ("lt-planned", "Kapsulė turėtų nusileisti 15 val. 38 min. Lietuvos laiku.", date(2018, 6, 3), None, "Europe/Vilnius", None),
]

LANGUAGES: dict[str, list[Row]] = {
    "zh": ZH, "ja": JA, "ar": AR, "kk": KK, "tr": TR, "uk": UK, "nl": NL, "ro": RO, "cs": CS, "lt": LT,
}
ROWS = [row for rows in LANGUAGES.values() for row in rows]


def _read(text: str, published: date | None, zone: str | None):
    return landing_time(find_times(text), find_dateline(text), published, zone)


@pytest.mark.parametrize(("cid", "text", "published", "site", "label_zone", "truth"), ROWS, ids=[r[0] for r in ROWS])
def test_landing_instant(cid: str, text: str, published, site, label_zone, truth) -> None:
    lt = _read(text, published, site)
    if truth is None:  # the time is read, with its label, and refused
        assert any(m.zone == label_zone for m in find_times(text)), find_times(text)
        assert lt.utc is None and lt.time_utc is None, lt.note
        return
    assert lt.utc == truth, lt.note
    if label_zone is not None:
        assert lt.source is not None and lt.source.zone == label_zone, lt.note


def test_every_language_has_six_rows_and_a_distractor() -> None:
    for lang, rows in LANGUAGES.items():
        assert len(rows) >= 6, lang
        assert any(r[5] is None or "-not-" in r[0] for r in rows), lang


# --- the pieces, one by one -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hour", "minute", "zone", "offset"),
    [
        ("返回舱于北京时间17时46分着陆。", 17, 46, "Asia/Shanghai", None),
        ("返回舱于下午4时40分着陆。", 16, 40, None, None),
        ("ソユーズは日本時間午後0時58分に着陸した。", 12, 58, "Asia/Tokyo", None),
        ("ソユーズは午前10時半に着陸した。", 10, 30, None, None),
        ("هبطت الكبسولة الساعة ١٢:١٥ بتوقيت موسكو", 12, 15, "Europe/Moscow", None),
        ("هبطت الكبسولة في الساعة 6:20 مساءً", 18, 20, None, None),
        ("Капсула сағат 13:19-да (Нұрсұлтан уақыты бойынша) қонды.", 13, 19, ALMATY, None),
        ("Kapsül saat 14.17'de (TSİ) indi.", 14, 17, "Europe/Istanbul", None),
        ("Капсула приземлилася о 14 год. 17 хв. за київським часом.", 14, 17, "Europe/Kyiv", None),
        ("De capsule landde om 6 uur Belgische tijd.", 6, 0, "Europe/Brussels", None),
        ("Capsula a aterizat la ora 3.06 GMT.", 3, 6, "UTC", 0),
        ("Sojuz přistál v 16.52 SEČ.", 16, 52, "Europe/Prague", 60),
        ("Kapsulė nusileido 15.39 val. Grinvičo laiku.", 15, 39, "UTC", 0),
    ],
)
def test_clock_and_label(sentence: str, hour: int, minute: int, zone: str | None, offset: int | None) -> None:
    m = max(find_times(sentence), key=lambda t: t.score)
    assert (m.hour, m.minute, m.zone, m.utc_offset_min) == (hour, minute, zone, offset)


@pytest.mark.parametrize(
    "text",
    [
        "Полёт длился 3 часа. Kapsül 2,5 saat sürdü.",  # no clock time: a duration
        "ソユーズは約3時間後に着陸した。",  # 3時間 is three hours
        "Kelionė truko per 3 val. 30 min.",  # "per": a duration
        "De reis duurde 3.5 km lang.",  # a decimal number
        "Kapsula prošla 2.50 km.",  # a decimal number
    ],
)
def test_not_clock_times(text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        ("标题\n本报北京10月31日电 返回舱着陆。\n2023年10月31日", date(2023, 10, 31), "本报北京"),
        ("标题\n中新网酒泉11月4日电 返回舱着陆。\n发布时间：2022年11月4日", date(2022, 11, 4), "中新网"),
        ("見出し\n【11月19日 AFP】ソユーズが着陸した。\n2012年11月19日 12時10分", date(2012, 11, 19), "AFP"),
        ("عنوان\nموسكو 17 سبتمبر 2012 (رويترز) - هبطت الكبسولة.", date(2012, 9, 17), "رويترز"),
        ("Тақырып\nАстана. 6 сәуір. ҚазАқпарат – Капсула қонды.\n06.04.2024", date(2024, 4, 6), "ҚазАқпарат"),
        ("Başlık\nİstanbul, 6 Nisan 2024 (AA) – Kapsül indi.", date(2024, 4, 6), "AA"),
        ("Заголовок\nКИЇВ, 6 квітня 2024 (Укрінформ) – Капсула приземлилася.", date(2024, 4, 6), "Укрінформ"),
        ("Kop\nMOSKOU, 16 maart 2013 (ANP) - De capsule is geland.", date(2013, 3, 16), "ANP"),
        ("Titlu\nMOSCOVA, 16 martie 2011 (Agerpres) - Capsula a aterizat.", date(2011, 3, 16), "Agerpres"),
        ("Titulek\nMoskva 12. září 2015 (ČTK) - Sojuz přistál.", date(2015, 9, 12), "ČTK"),
        ("Antraštė\nVilnius, birželio 3 d. (ELTA). Kapsulė nusileido.\n2018-06-03 18:14", date(2018, 6, 3), "ELTA"),
        ("Kop\nGepubliceerd: 20-12-2018 om 07:20\n", date(2018, 12, 20), "publication line"),
    ],
)
def test_dateline_forms(text: str, expected: date, words: str) -> None:
    d = find_dateline(text)
    assert d == expected
    assert isinstance(d, TextDate) and words in d.source


@pytest.mark.parametrize(
    ("sentence", "weekday"),
    [
        ("返回舱于星期六北京时间17时46分着陆。", 5),
        ("ソユーズは5月14日(水)午前10時58分に着陸した。", 2),
        ("هبطت الكبسولة يوم الأحد الساعة 02:53 بتوقيت غرينتش", 6),
        ("Капсула сенбі күні сағат 14:17-де қонды.", 5),
        ("Kapsül Pazartesi günü saat 14.17'de indi.", 0),
        ("Kapsül Cumartesi saat 14.17'de indi.", 5),
        ("Капсула приземлилася у середу о 14:17.", 2),
        ("De capsule landde op donderdag om 13.29 uur.", 3),
        ("Capsula a aterizat vineri la ora 12.39.", 4),
        ("Sojuz přistál ve středu v 02:51 SELČ.", 2),
        ("Kapsulė nusileido šeštadienį 15 val. 39 min.", 5),
    ],
)
def test_weekday_next_to_the_time(sentence: str, weekday: int) -> None:
    m = max(find_times(sentence), key=lambda t: t.score)
    assert m.weekday == weekday


def test_wednesday_is_not_the_centre() -> None:
    # "ve středu Kazachstánu" is "in the centre of Kazakhstan", not "on Wednesday"
    m = max(find_times("Sojuz přistál ve středu Kazachstánu v 02:51 SELČ."), key=lambda t: t.score)
    assert m.weekday is None


def test_months_are_not_monday() -> None:
    # Romanian "luni" is Monday and also "months"
    m = max(find_times("După șase luni în spațiu, capsula a aterizat la ora 12.39 ora României."), key=lambda t: t.score)
    assert m.weekday is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Kapsül 6 Nisan'da TSİ 10.17'de indi.", (4, 6)),
        ("Капсула 20 қазанда Астана уақытымен сағат 11:03-те қонды.", (10, 20)),
        ("Капсула приземлилася 6 квітня о 10:17 за київським часом.", (4, 6)),
        ("De capsule landde op 16 maart om 04.05 uur Nederlandse tijd.", (3, 16)),
        ("Capsula a aterizat pe 20 decembrie la ora 7.02 ora României.", (12, 20)),
        ("Sojuz přistál 12. září v 02:51 SELČ.", (9, 12)),
        ("Kapsulė nusileido birželio 3 d. 15 val. 39 min. Lietuvos laiku.", (6, 3)),
        ("هبطت الكبسولة في 17 أيلول الساعة 02:53 بتوقيت غرينتش", (9, 17)),
        ("هبطت الكبسولة في 21 آذار (مارس) الساعة 02:53 بتوقيت غرينتش", (3, 21)),
        ("返回舱于11月4日20时09分着陆。", (11, 4)),
    ],
)
def test_month_and_day_next_to_the_time(sentence: str, day: tuple[int, int]) -> None:
    m = max(find_times(sentence), key=lambda t: t.score)
    assert m.month_day == day


def test_day_only_is_read_in_the_datelines_month_never_forward() -> None:
    # the 30th against a dateline of 2 November is 30 October
    text = "見出し\n【11月2日 AFP】ソユーズはグリニッジ標準時30日午前3時58分に着陸した。\n2016年11月2日 13時10分"
    lt = _read(text, None, None)
    assert lt.utc == utc("2016-10-30T03:58"), lt.note


def test_arabic_indic_digits_in_the_dateline() -> None:
    text = "عنوان\nموسكو ١٧ سبتمبر ٢٠١٢ (رويترز) - هبطت الكبسولة الساعة ٠٢:٥٣ بتوقيت غرينتش."
    assert find_dateline(text) == date(2012, 9, 17)
    lt = _read(text, None, None)
    assert lt.utc == utc("2012-09-17T02:53") and lt.source.text == "٠٢:٥٣ بتوقيت غرينتش", lt.note


def test_unlabelled_chinese_and_japanese_times_are_read_in_their_press_zone() -> None:
    """Chinese copy writes Beijing time unlabelled, Japanese copy Japan time; an English text gets no assumed zone."""
    from datetime import UTC, datetime

    from geo import locate

    zh = locate("神舟十六号载人飞船返回舱于10月31日8时11分在东风着陆场成功着陆。", "2023-10-31")
    assert zh.landing_time.utc == datetime(2023, 10, 31, 0, 11, tzinfo=UTC)
    assert "assumed Asia/Shanghai" in zh.landing_time.note
    ja = locate("ソユーズ宇宙船は12月20日午後0時58分にカザフスタンの草原に着陸した。", "2019-12-20")
    assert ja.landing_time.utc == datetime(2019, 12, 20, 3, 58, tzinfo=UTC)
    en = locate("The capsule landed at 8:11 on 31 October, 150 km southeast of Zhezkazgan.", "2023-10-31")
    assert en.landing_time.utc is None


def test_a_date_wrapped_across_a_line_break_is_still_the_landing_date() -> None:
    """Plain-text copy wrapped at 80 columns breaks "19 марта" or "March\\n19" over two lines."""
    from datetime import UTC, datetime

    from geo import locate

    ru = locate("Заголовок\n20 марта 1965\n\nКорабль совершил посадку 19\nмарта в 12:02 по московскому времени.",
                "1965-03-20")
    assert ru.landing_time.utc == datetime(1965, 3, 19, 9, 2, tzinfo=UTC)
    en = locate("The capsule landed on March\n19 at 12:02 Moscow time, 150 km from Zhezkazgan.", "2010-03-20")
    assert en.landing_time.utc == datetime(2010, 3, 19, 9, 2, tzinfo=UTC)
