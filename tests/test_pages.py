"""The Batch, History and Gazetteer pages without a browser (streamlit.testing AppTest).

AppTest runs a page script as Streamlit would and shows its widgets, messages and tables; the map is an
unknown component whose ``json_args`` hold folium's script, and the timeline a Vega-Lite spec. Rendering,
downloads and the offline check are in ``tests/test_pages_e2e.py``.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo import catalog
from tests.cases import CASES_DIR, REPO

BATCH = str(REPO / "pages" / "1_Batch.py")
HISTORY = str(REPO / "pages" / "2_History.py")
GAZETTEER = str(REPO / "pages" / "3_Gazetteer.py")
ZHEZKAZGAN = 1516589


def _page(path: str) -> AppTest:
    at = AppTest.from_file(path, default_timeout=180)
    at.run()
    assert not at.exception
    return at


def _unknown(at: AppTest, kind: str) -> list[Any]:
    """Elements AppTest has no class for (the folium component, Vega-Lite charts), by proto type."""
    return [el for el in at.main if getattr(el, "type", None) == kind]


def _map_script(at: AppTest) -> str:
    for el in _unknown(at, "component_instance"):
        args = getattr(el.proto, "json_args", None)
        if args and "script" in args:
            return json.loads(args)["script"]
    raise AssertionError("no map component on the page")


def _upload(at: AppTest, names: list[str]) -> None:
    at.file_uploader[0].set_value([(n, (CASES_DIR / n).read_bytes(), "text/plain") for n in names])
    at.run()


# ── History ─────────────────────────────────────────────────────────────────────────────────


def test_history_lists_every_catalog_landing_oldest_first() -> None:
    at = _page(HISTORY)
    df = at.dataframe[0].value
    assert len(df) == len(catalog.landings())
    assert list(df.columns[:3]) == ["mission", "landed", "kind"]
    assert df.landed.is_monotonic_increasing
    assert {"grade", "source", "lat", "lon"} <= set(df.columns)


def test_history_maps_every_landing_and_fits_them_all() -> None:
    script = _map_script(_page(HISTORY))
    assert script.count("L.circleMarker") == len(catalog.landings())
    assert "Stardust" in script and "fitBounds" in script
    assert "-115.5" in script  # the view reaches Utah's Stardust capsule, not only Kazakhstan


def test_history_timeline_plots_date_against_mission_by_kind() -> None:
    charts = _unknown(_page(HISTORY), "vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    enc = spec["encoding"]
    assert (enc["x"]["field"], enc["x"]["type"]) == ("landed", "temporal")
    assert enc["y"]["field"] == "mission" and enc["color"]["field"] == "kind"


# ── Gazetteer ───────────────────────────────────────────────────────────────────────────────


def test_gazetteer_opens_on_a_case_ending_and_finds_zhezkazgan() -> None:
    at = _page(GAZETTEER)
    assert at.text_input(key="gaz_name").value == "Жезказгана"
    df = at.dataframe[0].value
    chosen = df[df.chosen]
    assert chosen.geonameid.tolist() == [ZHEZKAZGAN] and chosen.match.tolist() == ["inflected"]
    assert "case ending" in at.success[0].value
    assert "47.79" in _map_script(at)


def test_gazetteer_lookup_of_a_german_spelling() -> None:
    at = _page(GAZETTEER)
    at.text_input(key="gaz_name").input("Sheskasgan")
    at.button[0].click().run()
    assert not at.exception
    df = at.dataframe[0].value
    assert df[df.chosen].geonameid.tolist() == [ZHEZKAZGAN]
    assert df.match.iloc[0] == "skeleton"


@pytest.mark.parametrize("name", ["Dongfeng", "东风着陆场", "Siziwang"])
def test_gazetteer_shows_a_spaceflight_place_before_the_towns_of_its_name(name: str) -> None:
    at = _page(GAZETTEER)
    at.text_input(key="gaz_name").input(name)
    at.button[0].click().run()
    assert not at.exception
    shown = at.success[0].value.replace("\\", "")  # Markdown-escaped
    assert "data/places.csv" in shown and "before any town of the name" in shown


def test_gazetteer_explains_a_refused_everyday_word_and_country_context_accepts_it() -> None:
    at = _page(GAZETTEER)
    at.text_input(key="gaz_name").input("Station")
    at.button[0].click().run()
    assert not at.success and "everyday word" in at.warning[0].value
    assert not at.dataframe[0].value.chosen.any()
    at.multiselect(key="gaz_countries").set_value(["CH"])
    at.button[0].click().run()
    assert at.success and at.dataframe[0].value.chosen.iloc[0]


def test_gazetteer_says_when_nothing_matches() -> None:
    at = _page(GAZETTEER)
    at.text_input(key="gaz_name").input("Qwertzuiopasd")
    at.button[0].click().run()
    assert not at.exception and not at.dataframe
    assert "No place" in at.warning[0].value


def test_gazetteer_escapes_the_query_in_its_message() -> None:
    at = _page(GAZETTEER)
    at.text_input(key="gaz_name").input("**Paris**")
    at.button[0].click().run()
    assert not at.exception
    # chosen or refused (the gazetteer's rules change), the query is shown as typed, not as Markdown
    assert "\\*\\*Paris\\*\\*" in (at.success or at.warning)[0].value


# ── Batch ───────────────────────────────────────────────────────────────────────────────────


def test_batch_waits_for_files() -> None:
    at = _page(BATCH)
    assert at.file_uploader[0].accept_multiple_files
    assert set(at.file_uploader[0].allowed_type) >= {".txt", ".md", ".html", ".htm", ".jsonl"}
    assert at.button[0].label == "Run batch" and at.button[0].disabled
    assert not at.dataframe


def test_batch_maps_each_article_and_says_nothing_to_map_for_a_launch() -> None:
    at = _page(BATCH)
    _upload(at, ["ms21-de.txt", "tma17-ru.txt", "launch-no-landing-en.txt"])
    at.button[0].click().run()
    assert not at.exception and not at.error
    df = at.dataframe[0].value
    assert df.source.tolist() == ["ms21-de.txt", "tma17-ru.txt", "launch-no-landing-en.txt"]
    assert df.status.iloc[2] == "nothing-to-map" and pd.isna(df["best point"].iloc[2])
    assert df["best point"].iloc[:2].notna().all()
    script = _map_script(at)
    assert script.count("L.circleMarker") >= 2 and "fitBounds" in script
    assert [b.label for b in at.get("download_button")] == ["Download GeoPackage", "Download GeoJSON",
                                                            "Download CSV"]


def test_batch_results_survive_a_rerun() -> None:
    at = _page(BATCH)
    _upload(at, ["ms06-en.txt"])
    at.button[0].click().run()
    at.run()
    assert not at.exception and len(at.dataframe[0].value) == 1


@pytest.mark.parametrize("limit", ["2"])
def test_batch_over_the_file_limit_is_refused_with_a_message(limit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHDOWN_MAX_FILES", limit)
    at = _page(BATCH)
    _upload(at, ["ms06-en.txt", "ms06-fr.txt", "ms10-en.txt"])
    at.button[0].click().run()
    assert not at.exception and not at.dataframe
    assert "limit is 2" in at.error[0].value


def test_batch_reads_each_jsonl_line_as_an_article_and_reports_a_bad_one() -> None:
    from tests.cases import case

    lines = [json.dumps({"id": "a1", "text": case("ms21-de")["text"]}, ensure_ascii=False), "", "{not json"]
    at = _page(BATCH)
    at.file_uploader[0].set_value([("feed.jsonl", "\n".join(lines).encode("utf-8"), "application/jsonl")])
    at.run()
    at.button[0].click().run()
    assert not at.exception
    df = at.dataframe[0].value
    assert df.source.tolist() == ["feed.jsonl#1", "feed.jsonl#3"]
    assert df.status.tolist() == ["ok", "error"]
    assert "not a JSON record" in df.message.iloc[1]
