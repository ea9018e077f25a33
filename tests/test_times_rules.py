"""Landing times like a careful editor (issue 14): datelines, the right day, that day's zone rules,
the right event, local time beside UTC. Own sentences, eight languages (plus a Chinese dateline).

Each corpus row is (id, text, published, landing-site zone, true landing instant or None).
``python tests/test_times_rules.py`` prints the share of these articles and of the developer
cases with a landing time within two minutes of the truth.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.extract.times import TextDate, find_dateline, find_times  # noqa: E402
from geo.timing import landing_time  # noqa: E402

ALMATY, MOSCOW_Z, NY = "Asia/Almaty", "Europe/Moscow", "America/New_York"


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


# (id, text, published, site zone, truth)
CORPUS: list[tuple[str, str, date | None, str | None, datetime | None]] = [
    # --- wire datelines give the date; "local time" at a Kazakh site uses the rules of that date (UTC+5 since 2024-03-01)
    ("en-wire-kz2024", "Soyuz returns\nALMATY, Kazakhstan, April 6, 2024 (Reuters) - A Soyuz capsule with three crew "
     "landed on the steppe at 12:17 p.m. local time on Saturday.", None, ALMATY, utc("2024-04-06T07:17")),
    ("en-wire-kz2023", "Soyuz returns\nALMATY, Kazakhstan, Oct. 7, 2023 (Reuters) - The capsule touched down at 1:17 p.m. "
     "local time.", None, ALMATY, utc("2023-10-07T07:17")),
    ("ru-wire-msk2008", "Возвращение\nМОСКВА, 19 апр 2008 — РИА Новости. Спускаемый аппарат приземлился в 12:30 по "
     "московскому времени.", None, None, utc("2008-04-19T08:30")),
    ("ru-wire-msk2012", "Возвращение\nМОСКВА, 10 дек 2012 — РИА Новости. Капсула приземлилась в 12:30 по московскому "
     "времени.", None, None, utc("2012-12-10T08:30")),
    ("ru-wire-msk2016", "Возвращение\nМОСКВА, 10 дек 2016 — РИА Новости. Капсула приземлилась в 12:30 по московскому "
     "времени.", None, None, utc("2016-12-10T09:30")),
    ("en-dateline-msk2008-winter", "Soyuz lands\nMOSCOW, Dec. 10, 2008\n\nThe capsule landed at 12:30 Moscow time.",
     None, None, utc("2008-12-10T09:30")),
    ("fr-wire", "Retour\nMOSCOU, 19 avril 2008 (AFP) - La capsule s'est posée à 12h30 heure de Moscou.", None, None,
     utc("2008-04-19T08:30")),
    ("de-wire", "Rückkehr\nMoskau, 24. März 2011 (dpa) - Die Kapsel landete um 12:30 Uhr Moskauer Zeit.", None, None,
     utc("2011-03-24T09:30")),
    ("de-wire-after-change", "Rückkehr\nMoskau, 30. März 2011 (dpa) - Die Kapsel landete um 12:30 Uhr Moskauer Zeit.",
     None, None, utc("2011-03-30T08:30")),
    ("es-wire", "Regreso\nMoscú, 19 abr 2008 (EFE).- La cápsula aterrizó a las 12:30 hora de Moscú.", None, None,
     utc("2008-04-19T08:30")),
    ("it-wire", "Rientro\nMOSCA, 19 APR 2008 - La capsula è atterrata alle 12:30 ora di Mosca.", None, None,
     utc("2008-04-19T08:30")),
    ("pt-wire", "Regresso\nMoscovo, 19 abr 2008 (Lusa) - A cápsula pousou às 12h30 horário de Moscou.", None, None,
     utc("2008-04-19T08:30")),
    ("pl-wire", "Powrót\nMoskwa, 19 kwietnia 2008 (PAP) - Kapsuła wylądowała o godz. 12:30 czasu moskiewskiego.",
     None, None, utc("2008-04-19T08:30")),
    ("zh-xinhua", "神舟返回\n新华社北京11月4日电 返回舱着陆。\n发布时间 2022年11月4日\n\nThe capsule landed at 8:09 p.m. "
     "Beijing time yesterday.", None, None, utc("2022-11-03T12:09")),
    # --- a weekday or relative day resolved against the dateline, never forward in time
    ("en-weekday-back", "Splashdown\nHOUSTON, June 26, 2024 (AP) - The capsule splashed down on Monday at 4:47 p.m. EDT.",
     None, None, utc("2024-06-24T20:47")),
    ("fr-hier", "Retour\nMOSCOU, 20 avril 2008 (AFP) - La capsule s'est posée hier à 12h30 heure de Moscou.", None, None,
     utc("2008-04-19T08:30")),
    ("de-gestern", "Rückkehr\nMoskau, 20. April 2008 (dpa) - Die Kapsel ist gestern um 12:30 Uhr Moskauer Zeit gelandet.",
     None, None, utc("2008-04-19T08:30")),
    ("es-ayer", "Regreso\nMoscú, 20 abr 2008 (EFE).- La cápsula aterrizó ayer a las 12:30 hora de Moscú.", None, None,
     utc("2008-04-19T08:30")),
    ("it-ieri", "Rientro\nMOSCA, 20 APR 2008 - La capsula è atterrata ieri alle 12:30 ora di Mosca.", None, None,
     utc("2008-04-19T08:30")),
    ("pt-ontem", "Regresso\nMoscovo, 20 abr 2008 (Lusa) - A cápsula pousou ontem às 12h30 horário de Moscou.", None,
     None, utc("2008-04-19T08:30")),
    ("pl-wczoraj", "Powrót\nMoskwa, 20 kwietnia 2008 (PAP) - Kapsuła wylądowała wczoraj o godz. 12:30 czasu "
     "moskiewskiego.", None, None, utc("2008-04-19T08:30")),
    ("ru-vchera", "Возвращение\nМОСКВА, 20 апр 2008 — РИА Новости. Спускаемый аппарат вчера приземлился в 12:30 по "
     "московскому времени.", None, None, utc("2008-04-19T08:30")),
    ("en-date-in-sentence", "Starliner home\nHOUSTON, June 26, 2024 (AP) - On Monday, June 24, the capsule splashed "
     "down off California at 9:47 p.m. PDT.", None, None, utc("2024-06-25T04:47")),
    ("en-date-previous-sentence", "Soyuz home\nMOSCOW, April 21, 2008\n\nThe Soyuz landed on April 19 in Kazakhstan. "
     "Touchdown came at 12:30 Moscow time.", None, None, utc("2008-04-19T08:30")),
    # --- a UTC/GMT time beside a local one keeps its own date
    ("en-gmt-next-day", "Splashdown\nHOUSTON, June 26, 2024 (AP) - The capsule splashed down at 11:25 p.m. EDT on "
     "Monday (0325 GMT).", None, None, utc("2024-06-25T03:25")),
    ("en-gmt-after-date", "Splashdown\nThe capsule splashed down at 10:47 p.m. EDT on June 24 (0247 GMT).",
     date(2024, 6, 26), None, utc("2024-06-25T02:47")),
    # --- zone rules of the date: US DST, Beijing, Kazakhstan "Astana time"
    ("en-eastern-winter", "Splashdown\nJan. 10, 2024\n\nThe capsule splashed down at 9:30 a.m. Eastern time.", None, None,
     utc("2024-01-10T14:30")),
    ("en-eastern-summer", "Splashdown\nJuly 10, 2024\n\nThe capsule splashed down at 9:30 a.m. Eastern time.", None,
     None, utc("2024-07-10T13:30")),
    ("en-beijing", "Shenzhou lands\nBEIJING, Oct. 17, 2005 (Xinhua) -- The capsule landed at 4:33 a.m. Beijing time.",
     None, None, utc("2005-10-16T20:33")),
    ("en-astana-2023", "Soyuz lands\nASTANA, Sept. 27, 2023 (Kazinform) - The capsule landed at 17:17 Astana time.",
     None, None, utc("2023-09-27T11:17")),
    ("ru-astana-2024", "Посадка\nАСТАНА, 6 апр 2024 — Казинформ. Капсула приземлилась в 12:17 по времени Астаны.",
     None, None, utc("2024-04-06T07:17")),
    # --- the landing's time, not another event's
    ("en-planned", "Soyuz lands\nSept. 29, 2022\n\nThe capsule was scheduled to land at 10:50 GMT. It landed at 10:57 GMT.",
     None, None, utc("2022-09-29T10:57")),
    ("fr-prevu", "Retour\n29 septembre 2022\n\nL'atterrissage est prévu à 12h50 heure de Paris. La capsule s'est posée à "
     "12h57 heure de Paris.", None, None, utc("2022-09-29T10:57")),
    ("de-geplant", "Rückkehr\n29.09.2022\n\nDie Landung war für 12:50 Uhr MESZ geplant. Die Kapsel landete um 12:57 Uhr "
     "MESZ.", None, None, utc("2022-09-29T10:57")),
    ("ru-zaplanirovano", "Возвращение\n29.09.2022\n\nПосадка запланирована на 13:50 по московскому времени. Капсула "
     "приземлилась в 13:57 по московскому времени.", None, None, utc("2022-09-29T10:57")),
    ("es-prevista", "Regreso\n29 de septiembre de 2022\n\nEl aterrizaje estaba previsto a las 12:50 hora peninsular. "
     "La cápsula aterrizó a las 12:57 hora peninsular.", None, None, utc("2022-09-29T10:57")),
    ("it-previsto", "Rientro\n29 settembre 2022\n\nL'atterraggio è previsto alle 12:50 ora italiana. La capsula è "
     "atterrata alle 12:57 ora italiana.", None, None, utc("2022-09-29T10:57")),
    ("pt-prevista", "Regresso\n29 de setembro de 2022\n\nA aterragem está prevista para as 11h50 hora de Lisboa. A "
     "cápsula pousou às 11h57 hora de Lisboa.", None, None, utc("2022-09-29T10:57")),
    ("pl-planowane", "Powrót\n29 września 2022 r.\n\nLądowanie planowane jest na godz. 12:50 czasu polskiego. Kapsuła "
     "wylądowała o godz. 12:57 czasu polskiego.", None, None, utc("2022-09-29T10:57")),
    ("en-hatch-deorbit", "Soyuz lands\nSept. 29, 2022\n\nThe hatch was closed at 03:10 GMT. The deorbit burn began at "
     "10:05 GMT. The capsule landed at 10:57 GMT.", None, None, utc("2022-09-29T10:57")),
    ("ru-luk", "Возвращение\n29.09.2022\n\nЛюки были закрыты в 06:10 по московскому времени. Капсула приземлилась в "
     "13:57 по московскому времени.", None, None, utc("2022-09-29T10:57")),
    ("fr-ecoutilles", "Retour\n29 septembre 2022\n\nLa fermeture des écoutilles a eu lieu à 5h10 heure de Paris. La "
     "capsule s'est posée à 12h57 heure de Paris.", None, None, utc("2022-09-29T10:57")),
    ("de-abdocken", "Rückkehr\n29.09.2022\n\nDas Raumschiff dockte um 9:34 Uhr MESZ ab. Die Kapsel landete um 12:57 Uhr "
     "MESZ.", None, None, utc("2022-09-29T10:57")),
    ("es-escotilla", "Regreso\n29 de septiembre de 2022\n\nEl cierre de escotillas fue a las 5:10 hora peninsular. "
     "La cápsula aterrizó a las 12:57 hora peninsular.", None, None, utc("2022-09-29T10:57")),
    ("it-portello", "Rientro\n29 settembre 2022\n\nLa chiusura del portello è avvenuta alle 5:10 ora italiana. La "
     "capsula è atterrata alle 12:57 ora italiana.", None, None, utc("2022-09-29T10:57")),
    ("pt-escotilha", "Regresso\n29 de setembro de 2022\n\nO fechamento das escotilhas foi às 4h10 hora de Lisboa. A "
     "cápsula pousou às 11h57 hora de Lisboa.", None, None, utc("2022-09-29T10:57")),
    ("pl-wlaz", "Powrót\n29 września 2022 r.\n\nZamknięcie włazu nastąpiło o godz. 5:10 czasu polskiego. Kapsuła "
     "wylądowała o godz. 12:57 czasu polskiego.", None, None, utc("2022-09-29T10:57")),
    ("en-page-stamp", "Soyuz lands\nSept. 29, 2022\n\nThe capsule landed at 10:57 GMT.\n\nUpdated 14:02 GMT, Sept. 29, "
     "2022. The landing story was updated.", None, None, utc("2022-09-29T10:57")),
    # --- the consistent pair wins when the text gives two times for the landing
    ("de-mez-mislabel", "Rückkehr\n29.09.2022\n\nDie Kapsel landete um 12:57 Uhr MEZ, um 16:57 Uhr Ortszeit, in der "
     "Steppe.", None, ALMATY, utc("2022-09-29T10:57")),
    # --- only a year or month, or only a publication date: the rules of that date, not today's
    ("en-month-year-only", "Soyuz lands\nIn April 2008, the capsule landed at 12:30 Moscow time.", None, None,
     utc("2008-04-19T08:30")),
    ("ru-published-only", "Посадка\nКапсула приземлилась в 12:30 по московскому времени.", date(2012, 12, 10), None,
     utc("2012-12-10T08:30")),
]


def _read(text: str, published: date | None, zone: str | None):
    return landing_time(find_times(text), find_dateline(text), published, zone)


def _within(lt, truth: datetime | None) -> bool:
    if truth is None:
        return lt.utc is None and lt.time_utc is None
    if lt.utc is not None:
        return abs((lt.utc - truth).total_seconds()) <= 120
    if lt.time_utc is not None:  # only the time of day is known: scored on it, as geo.evaluate does
        a = lt.time_utc.hour * 3600 + lt.time_utc.minute * 60
        b = truth.hour * 3600 + truth.minute * 60
        return min(abs(a - b), 86400 - abs(a - b)) <= 120
    return False


@pytest.mark.parametrize(("cid", "text", "published", "zone", "truth"), CORPUS, ids=[c[0] for c in CORPUS])
def test_corpus_landing_time(cid: str, text: str, published: date | None, zone: str | None, truth) -> None:
    lt = _read(text, published, zone)
    assert _within(lt, truth), lt.note
    if "month-year" not in cid:
        assert lt.utc is not None, lt.note


# --- datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        ("T\nALMATY, Kazakhstan, April 6, 2024 (Reuters) - A capsule landed.", date(2024, 4, 6), "Reuters"),
        ("T\nBEIJING, Nov. 4 (Xinhua) -- Three astronauts landed.\nUpdated 2022-11-04 10:00", date(2022, 11, 4),
         "year from the page"),
        ("T\nMOSCOW, April 19, 2008\nThe capsule landed.", date(2008, 4, 19), "MOSCOW"),
        ("T\nCAPE CANAVERAL, Fla., June 24, 2024 (AP) — The capsule landed.", date(2024, 6, 24), "AP"),
        ("T\nHOUSTON, June 24, 2024 /PRNewswire/ -- NASA said.", date(2024, 6, 24), "PRNewswire"),
        ("Т\nМОСКВА, 19 апр 2008 — РИА Новости. Аппарат приземлился.", date(2008, 4, 19), "МОСКВА"),
        ("T\nMOSCOU, 19 avril 2008 (AFP) - La capsule s'est posée.", date(2008, 4, 19), "AFP"),
        ("T\nMoskau, 19. April 2008 (dpa) - Die Kapsel ist gelandet.", date(2008, 4, 19), "dpa"),
        ("T\nMoscú, 19 abr 2008 (EFE).- La cápsula aterrizó.", date(2008, 4, 19), "EFE"),
        ("T\nMOSCA, 19 APR 2008 - La capsula è atterrata.", date(2008, 4, 19), "MOSCA"),
        ("T\nMoscovo, 19 abr 2008 (Lusa) - A cápsula pousou.", date(2008, 4, 19), "Lusa"),
        ("T\nMoskwa, 19 kwietnia 2008 (PAP) - Kapsuła wylądowała.", date(2008, 4, 19), "PAP"),
        ("标题\n新华社北京11月4日电 返回舱着陆。\n2022年11月4日", date(2022, 11, 4), "新华社"),
        ("T\nFirst published on Thu 29 Sep 2022 10.15 BST\n", date(2022, 9, 29), "publication line"),
        ("T\nOpublikowano: 29.09.2022\n", date(2022, 9, 29), "publication line"),
        ("T\nДата публикации: 29.09.2022\n", date(2022, 9, 29), "publication line"),
    ],
)
def test_dateline_forms(text: str, expected: date, words: str) -> None:
    d = find_dateline(text)
    assert d == expected
    assert isinstance(d, TextDate) and words in d.source


def test_wire_dateline_beats_the_published_line() -> None:
    text = "T\nPublished 2008-04-20\nMOSCOW, April 19, 2008 (Reuters) - The capsule landed."
    assert find_dateline(text) == date(2008, 4, 19)


def test_yearless_wire_dateline_without_a_year_anywhere_is_no_date() -> None:
    assert find_dateline("T\nBEIJING, Nov. 4 (Xinhua) -- Astronauts landed in 2005 and in 2022.") is None


def test_given_date_overrides_the_dateline() -> None:
    text = "T\nMOSCOW, April 19, 2008 (Reuters) - The capsule landed at 12:30 Moscow time."
    lt = _read(text, date(2008, 4, 20), None)
    assert lt.utc == utc("2008-04-20T08:30") and "dateline says 2008-04-19" in lt.note


def test_weekday_never_forward_of_the_dateline() -> None:
    # Saturday 2024-04-06 dateline; "Sunday" is the Sunday before, not the next day
    text = "T\nALMATY, Kazakhstan, April 6, 2024 (Reuters) - The capsule landed on Sunday at 12:17 p.m. local time."
    lt = _read(text, None, ALMATY)
    assert lt.utc == utc("2024-03-31T07:17"), lt.note


# --- rules of the date, stated -----------------------------------------------------------------------


def test_rules_date_and_local_time_are_given() -> None:
    text = "T\nALMATY, Kazakhstan, April 6, 2024 (Reuters) - The capsule landed at 12:17 p.m. local time."
    lt = _read(text, None, ALMATY)
    assert lt.rules_date == date(2024, 4, 6) and "Reuters" in lt.rules_from
    assert lt.local.isoformat() == "2024-04-06T12:17:00+05:00" and lt.local_zone == ALMATY
    assert "zone rules of that date" in lt.note


def test_year_only_gives_that_years_rules_and_says_so() -> None:
    lt = _read("T\nIn 2012 the capsule landed at 12:30 Moscow time, far from home.", None, None)
    assert lt.utc is None and lt.time_utc.hour == 8 and lt.rules_date.year == 2012
    assert "zone rules of 2012" in lt.note


def test_no_date_says_the_rules_are_this_years() -> None:
    lt = _read("T\nThe capsule landed at 12:30 Moscow time.", None, None)
    assert "no date in the text or given" in lt.rules_from


def test_inconsistency_is_flagged() -> None:
    text = "T\n29.09.2022\n\nDie Kapsel landete um 12:57 Uhr MEZ, um 16:57 Uhr Ortszeit, in der Steppe."
    lt = _read(text, None, ALMATY)
    assert lt.inconsistent and "MEZ" in lt.inconsistent
    assert lt.source.text.startswith("16:57")


def test_as_planned_is_a_report() -> None:
    for s in ("The capsule landed at 10:57 GMT, as planned.", "Die Kapsel landete wie geplant um 12:57 Uhr MESZ.",
              "La capsule s'est posée comme prévu à 12h57 heure de Paris."):
        assert max(t.score for t in find_times(s)) > 0.1


def _cases_share() -> tuple[int, int]:
    from tests.test_timing import ANCHOR_ZONE, CASES_DIR

    cases = json.loads((CASES_DIR / "cases.json").read_text(encoding="utf-8"))["cases"]
    ok = n = 0
    for c in cases:
        if not c["time_text"] or not c["landed_at_utc"]:
            continue
        text = (CASES_DIR / c["file"]).read_text(encoding="utf-8")
        pub = date.fromisoformat(c["published"]) if c["published"] else None
        lt = _read(text, pub, ANCHOR_ZONE[c["id"]])
        n += 1
        ok += _within(lt, datetime.fromisoformat(c["landed_at_utc"].replace("Z", "+00:00")))
    return ok, n


if __name__ == "__main__":
    from tests.test_times_languages import ROWS  # the ten languages beyond the first eight

    corpus = [*CORPUS, *((r[0], r[1], r[2], r[3], r[5]) for r in ROWS)]
    ok = sum(_within(_read(t, p, z), truth) for _, t, p, z, truth in corpus)
    c_ok, c_n = _cases_share()
    print(f"test articles: {ok} of {len(corpus)} within 2 min")
    print(f"case articles: {c_ok} of {c_n} within 2 min")
    print(f"all: {ok + c_ok} of {len(corpus) + c_n} within 2 min ({(ok + c_ok) / (len(corpus) + c_n):.0%})")
