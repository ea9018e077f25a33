"""The dashboard page without a browser (streamlit.testing AppTest): widgets, messages, the map's script."""

from __future__ import annotations

import json

import pytest
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
    assert "Mapped from 1 description of where it landed" in at.success[0].value
    assert "fused" not in at.success[0].value and "statement" not in at.success[0].value
    script = _map_script(at)
    assert "Landing area (estimate)" in script and "Zoom to the estimate" in script
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


# ── issue 15: plain words, the article's own date, a re-pasted article, the "How sure is this?" panel ─────


def _map(at: AppTest, text: str) -> AppTest:
    at.text_area[0].input(text)
    at.button[0].click().run()
    assert not at.exception
    return at


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_the_panel_says_how_sure_in_plain_words() -> None:
    at = _map(_app(), SEED.read_text(encoding="utf-8"))
    text = _markdown(at)
    assert "How sure is this?" in [h.value for h in at.subheader]
    assert "give or take 39 km" in text
    assert "as much as a circle of 25 km radius" in text and "km²" in text
    assert "a distance or direction from a named place" in text  # the level, in words
    assert "Soyuz MS\\-06 \\(2018\\-02\\-28\\)" in text  # which past landings, with their dates
    codes = [c.value for c in at.code]
    assert codes[0].startswith("47.3") and "°" in codes[1] and "″ N" in codes[1]  # decimal and DMS, copyable
    assert "10\\:57 UTC" in text and "date is unknown" in text
    for jargon in ("fused", "prior on", "prior off", "statement"):
        assert jargon not in text.lower().replace("\\", ""), jargon


def test_the_article_date_is_editable_after_mapping_and_kept() -> None:
    from datetime import date

    from geo.store import Workspace

    at = _map(_app(), SEED.read_text(encoding="utf-8"))
    day = next(d for d in at.date_input if d.label == "Published on")
    assert day.value is None
    day.set_value(date(2022, 9, 29)).run()
    assert not at.exception
    text = _markdown(at)
    assert "2022\\-09\\-29 10\\:57 UTC" in text  # the landing time follows the date
    assert "local time at the site" in text
    ws = Workspace.open()
    assert ws.articles()[0].published == date(2022, 9, 29)  # kept in the workspace
    fresh = _app()  # another visitor sees the date too
    assert next(d for d in fresh.date_input if d.label == "Published on").value == date(2022, 9, 29)


def test_a_re_pasted_article_is_opened_and_said_to_be_there() -> None:
    at = _map(_app(), case("ms06-en")["text"])
    _map(at, SEED.read_text(encoding="utf-8"))
    _map(at, case("ms06-en")["text"])
    assert len(at.sidebar.radio[0].options) == 2
    assert "Already in the workspace" in at.info[0].value and "Soyuz MS" in at.info[0].value
    assert "Soyuz MS-06" in str(at.sidebar.radio[0].value) or at.sidebar.radio[0].value == 1


def test_switching_every_description_off_says_so() -> None:
    from geo.store import Workspace

    at = _map(_app(), case("ms06-en")["text"])
    ws = Workspace.open()
    ws.set_correction(ws.articles()[0].id, 0, "disabled", True)
    at.run()
    assert not at.exception
    said = " ".join(w.value for w in at.warning)
    assert "switched off" in said and "no statement" not in said.lower()


def test_an_unchanged_article_is_not_computed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from pages import ui

    _map(_app(), case("ms21-de")["text"])
    calls: list[str] = []
    real = ui.locate
    monkeypatch.setattr(ui, "locate", lambda *a, **k: calls.append("locate") or real(*a, **k))
    visitor = _app()  # a second visitor only opens the page
    assert visitor.success or visitor.warning
    assert calls == []


def test_the_main_page_has_a_name_and_the_uploader_states_the_real_limit() -> None:
    at = _app()
    assert "up to 5 MB each" in at.get("file_uploader")[0].proto.label
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == 5
    source = (REPO / "app.py").read_text(encoding="utf-8")
    assert 'st.navigation' in source and 'title="Map an article"' in source


def test_the_html_export_is_a_report_with_a_title_and_caption() -> None:
    import geo
    from geo.mapping import to_html

    est = geo.locate(case("ms06-en")["text"], "2018-02-28", title="Soyuz <b>MS-06</b> lands")
    page = to_html(est).decode("utf-8")
    assert "<title>Touchdown: where it landed — Soyuz &lt;b&gt;MS-06&lt;/b&gt; lands</title>" in page
    assert 'id="td-caption"' in page and "published 2018-02-28" in page and "Landed 2018-02-28" in page
    assert "<b>MS-06</b>" not in page


def test_the_view_fits_the_estimate_and_its_anchor_not_the_ring() -> None:
    import geo
    from geo.mapping import estimate_bounds

    est = geo.locate(SEED.read_text(encoding="utf-8"))
    (s, w), (n, e) = estimate_bounds(est)
    ring = next(r for r in est.regions if r.role == "statement").geometry.bounds
    assert (e - w) < (ring[2] - ring[0]) / 2  # much tighter than the 150 km ring
    a = est.anchors[0]
    assert s <= a.lat <= n and w <= a.lon <= e  # Jezkazgan in view
    eb = est.geometry.bounds
    assert w <= eb[0] and eb[2] <= e and s <= eb[1] and eb[3] <= n


def test_the_offline_basemap_names_the_towns_around_the_estimate() -> None:
    import geo
    from geo.mapping import TownLabels, estimate_map

    est = geo.locate(SEED.read_text(encoding="utf-8"))
    html_text = estimate_map(est).get_root().render()
    assert "td-town" in html_text and '"Zhezqazghan"' in html_text and '"Satpayev"' in html_text
    hostile = TownLabels((("</script><b>x", 47.0, 67.0, 5000),)).towns_json
    assert "<" not in hostile and ">" not in hostile  # a name can never close the script it sits in


def test_a_damaged_workspace_says_what_to_do_not_a_traceback(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    db = tmp_path / "workspace.sqlite3"
    db.write_bytes(b"\x00not a database\x00" * 256)
    monkeypatch.setenv("TOUCHDOWN_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    (err,) = at.error
    assert "damaged" in err.value and str(db) in err.value and "move it away" in err.value
    assert db.read_bytes().startswith(b"\x00not a database")  # left untouched


def test_a_vague_distance_shows_its_range_and_a_typed_distance_replaces_it() -> None:
    """'a few hundred kilometres' is 200 to 1000 km: the grid shows both ends, not the lower one alone."""
    from geo.store import Workspace

    at = _map(_app(), "The capsule landed a few hundred kilometres northeast of Zhezkazgan, officials said.")
    grid = next(df.value for df in at.dataframe if "up to" in df.value.columns)
    assert list(grid["distance"]) == [200] and list(grid["up to"]) == [1000], grid
    ws = Workspace.open()
    ws.set_correction(ws.articles()[0].id, 0, "distance", 300)
    at.run()
    assert not at.exception
    grid = next(df.value for df in at.dataframe if "up to" in df.value.columns)
    assert list(grid["distance"]) == [300] and grid["up to"].isna().all(), grid
