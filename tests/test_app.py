"""The dashboard page without a browser (streamlit.testing AppTest): widgets, messages, the map's script."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.cases import REPO, SEED, case

APP = str(REPO / "app.py")


def _map_script(at: AppTest) -> str:
    """folium's script inside the streamlit-folium component (an unknown element to AppTest)."""
    for el in at.get("arrow_vega_lite_chart") + at.main.get("component_instance") + list(at.main):
        proto = getattr(el, "proto", None)
        args = getattr(proto, "json_args", None)
        if args and "script" in args:
            return json.loads(args)["script"]
    raise AssertionError("no map component on the page")


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def test_the_page_opens_on_a_map_of_kazakhstan() -> None:
    at = _app()
    assert at.title[0].value == "Touchdown"
    assert at.button[0].label == "Map"
    script = _map_script(at)
    assert "fitBounds" in script and "[[40.5, 46.5], [55.5, 87.5]]" in script


def test_mapping_the_seed_draws_the_estimate_and_keeps_the_article() -> None:
    at = _app()
    at.text_area[0].input(SEED.read_text(encoding="utf-8"))
    at.button[0].click().run()
    assert not at.exception
    assert "statement fused into" in at.success[0].value
    script = _map_script(at)
    assert '"Estimate"' in script or "Estimate" in script
    assert "69.6" in script  # the estimate's coordinates near the true point
    assert any("Jezkazgan" in str(df.value) for df in at.dataframe)
    assert any("Three Russian cosmonauts" in o for o in at.sidebar.radio[0].options)


def test_empty_text_gives_a_clear_message_and_loses_nothing() -> None:
    at = _app()
    at.text_area[0].input(SEED.read_text(encoding="utf-8"))
    at.button[0].click().run()
    at.text_area[0].input("   ")
    at.button[0].click().run()
    assert not at.exception
    assert at.error and "empty" in at.error[0].value.lower()
    assert len(at.sidebar.radio[0].options) == 1  # the mapped article is still there


def test_a_correction_in_the_store_remaps_the_article() -> None:
    from geo.store import Workspace

    at = _app()
    at.text_area[0].input(case("ms06-en")["text"])
    at.button[0].click().run()
    ws = Workspace.open()
    article_id = ws.articles()[0].id
    saved = json.loads(ws.estimate(article_id)[0])
    assert _statement(saved)["distance_km"]["nominal"] == 146
    ws.set_correction(article_id, 0, "distance", 300)
    at.run()
    assert not at.exception
    saved = json.loads(ws.estimate(article_id)[0])
    assert _statement(saved)["distance_km"]["nominal"] == 300


def _statement(doc: dict) -> dict:
    return next(f["properties"] for f in doc["features"] if f["properties"]["role"] == "statement")


def test_a_launch_report_says_nothing_to_map() -> None:
    at = _app()
    at.text_area[0].input(case("launch-no-landing-en")["text"])
    at.button[0].click().run()
    assert not at.exception
    assert "Nothing to map" in at.warning[0].value
