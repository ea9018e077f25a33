"""Chinese and Japanese region hints, written without spaces: "返回舱在内蒙古中部着陆", "在哈萨克斯坦中部草原着陆",
"カプセルはオーストラリア南部の砂漠に着地した", "カザフスタンの草原に着陆した" (our own sentences).

Before, a Chinese or Japanese report that named only a region gave nothing to map: the hint reader needs a
preposition and a capital letter. The place is now read between the words that are certain (在/于 and the
landing verb; the verb's に), a part after the name (中部, 南部) is kept, and a country's CLDR name in any
language resolves to that country. A landing to come (将于, 预计, 予定) gives no estimate.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo import boundaries, places  # noqa: E402
from geo.extract.cjk import find_hints  # noqa: E402
from geo.geodesy import area_km2  # noqa: E402
from geo.pipeline import locate  # noqa: E402
from tests.cases import holds  # noqa: E402

NEAR_ZHEZKAZGAN = (47.36, 69.59)


def _site(site_id: str) -> tuple[float, float]:
    s = next(s for s in places.sites() if s.id == site_id)
    return s.lat, s.lon


def test_central_inner_mongolia_holds_the_siziwang_field_and_lies_in_inner_mongolia() -> None:
    est = locate("神舟飞船返回舱在内蒙古中部着陆。", prior=False)
    im = boundaries.lookup("Inner Mongolia")
    assert est.status == "ok", est.message
    assert holds(est.geometry, _site("siziwang-landing-site"))
    assert est.geometry.difference(im.geometry.buffer(0.01)).area < 1e-6
    assert est.area_km2 < 0.8 * area_km2(im.geometry)  # the central part, not the whole region


def test_inner_mongolia_holds_both_landing_sites() -> None:
    est = locate("返回舱在内蒙古成功着陆。", prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, _site("siziwang-landing-site"))
    assert holds(est.geometry, _site("dongfeng-landing-site"))


@pytest.mark.parametrize("text", [
    "联盟号返回舱在哈萨克斯坦中部草原着陆。",
    "ソユーズのカプセルはカザフスタンの草原に着陸した。",
])
def test_a_country_named_in_chinese_or_japanese(text: str) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, NEAR_ZHEZKAZGAN)


def test_southern_australia_and_the_woomera_desert() -> None:
    est = locate("はやぶさ2のカプセルはオーストラリア南部のウーメラ砂漠に着地した。", prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, _site("woomera-prohibited-area"))


@pytest.mark.parametrize("text", [
    "返回舱将于明天在内蒙古着陆。",
    "返回舱预计在内蒙古中部着陆。",
    "カプセルはオーストラリアの砂漠に着地する予定だ。",
])
def test_a_landing_to_come_gives_no_estimate(text: str) -> None:
    assert locate(text, prior=False).status == "nothing-to-map"


def test_as_planned_is_a_landing_that_happened() -> None:
    assert locate("返回舱按计划在内蒙古中部着陆。", prior=False).status == "ok"


def test_the_site_noun_is_not_a_region_hint() -> None:
    """"在东风着陆场着陆": 东风着陆场 is a site (geo.places), not a region named 东风."""
    assert [h.area for h in find_hints("返回舱在东风着陆场成功着陆。")] == []


@pytest.mark.parametrize("text", [
    "Капсула приземлилась в автономном районе Внутренняя Монголия.",
    "The capsule touched down in the autonomous region of Inner Mongolia.",
    "La capsule a atterri dans la région autonome de Mongolie-Intérieure.",
    "La capsula è atterrata nella regione autonoma della Mongolia Interna.",
])
def test_region_words_before_the_name_in_spaced_languages(text: str) -> None:
    """The same region named after its kind ("the autonomous region of"), in the languages that write it so."""
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, _site("siziwang-landing-site"))
    assert holds(est.geometry, _site("dongfeng-landing-site"))
