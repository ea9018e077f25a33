"""Chinese and Japanese landing reports (geo.extract.cjk): anchor first, no spaces."""

from __future__ import annotations

import time

import pytest

from geo.extract import cjk, read

OFFSETS = [
    # text, anchor, distance, unit, direction, qualifier, sense, country
    ("返回舱于当地时间9时在哈萨克斯坦杰兹卡兹甘市东南方约150公里处着陆。", "杰兹卡兹甘", 150, "km", "SE", "约", "about", "KZ"),
    ("飞船返回舱降落在距阿尔卡雷克100多公里的草原上。", "阿尔卡雷克", 100, "km", None, "多", "above", None),
    ("返回舱在卡拉干达州杰兹卡兹甘西北偏北一百二十公里处着陆。", "杰兹卡兹甘", 120, "km", "NNW", None, None, "KZ"),
    ("返回舱降落在杰兹卡兹甘北偏东８０公里的地方。", "杰兹卡兹甘", 80, "km", "NNE", None, None, None),
    ("返回舱在中部城市阿尔卡雷克以南约60千米处安全着陆。", "阿尔卡雷克", 60, "km", "S", "约", "about", None),
    ("飞船按计划在杭州市东南50公里处着陆。", "杭州", 50, "km", "SE", None, None, None),
    ("龍飛船在加利福尼亞州聖迭戈以西約三百五十公里處濺落。", "聖迭戈", 350, "km", "W", "約", "about", "US"),
    ("帰還カプセルはカザフスタン中部のジェズカズガン市の南東約150キロの地点に着陸した。", "ジェズカズガン", 150, "km",
     "SE", "約", "about", "KZ"),
    ("ソユーズはカラガンダから北北西へおよそ２００ｋｍ離れた草原に着地した。", "カラガンダ", 200, "km", "NNW", "およそ",
     "about", None),
    ("カプセルはジェズカズガンから約90キロメートル離れた場所に着陸した。", "ジェズカズガン", 90, "km", None, "約", "about",
     None),
    ("宇宙船はペンサコーラ沖約40マイルの海上に着水した。", "ペンサコーラ", 40, "mi", None, "約", "about", None),
    ("着陸地点はカラガンダの西南西二百キロの平原だった。", "カラガンダ", 200, "km", "WSW", None, None, None),
]


@pytest.mark.parametrize(("text", "anchor", "distance", "unit", "direction", "qualifier", "sense", "country"), OFFSETS,
                         ids=[o[1] + str(o[2]) for o in OFFSETS])
def test_an_offset_is_read_with_every_field(text, anchor, distance, unit, direction, qualifier, sense, country):
    found = cjk.find_statements(text)
    assert len(found) == 1, found
    s = found[0]
    assert (s.kind, s.anchor, s.distance, s.unit, s.direction) == ("offset", anchor, distance, unit, direction)
    assert (s.qualifier, s.sense, s.country) == (qualifier, sense, country)
    assert text[s.anchor_span[0]:s.anchor_span[1]] == s.anchor
    assert text[s.span[0]:s.span[1]] == s.text
    if direction:
        from geo.extract import lexicon

        assert s.bearing_deg == lexicon.COMPASS[direction]
        assert s.bearing_halfwidth_deg == {1: 45.0, 2: 22.5, 3: 11.25}[len(direction)]
    else:
        assert s.bearing_deg is None and s.bearing_halfwidth_deg is None
    kinds = {p.kind for p in s.pieces}
    assert {"distance", "anchor"} <= kinds and ("direction" in kinds) == bool(direction)
    for p in s.pieces:
        assert text[p.span[0]:p.span[1]] == p.text


@pytest.mark.parametrize(("text", "kind", "anchor", "direction"), [
    ("返回舱最终落在阿尔卡雷克以东的草原上。", "direction", "阿尔卡雷克", "E"),
    ("飞船溅落在佛罗里达州彭萨科拉以南海域。", "direction", "彭萨科拉", "S"),
    ("カプセルはカザフスタンのジェズカズガンの北西に着陸した。", "direction", "ジェズカズガン", "NW"),
    ("帰還船はアルカリク南東へ降下した。", "direction", "アルカリク", "SE"),
    ("返回舱在哈萨克斯坦卡拉干达一带着陆。", "near", "卡拉干达", None),
    ("返回艙在傑茲卡茲甘市附近著陸。", "near", "傑茲卡茲甘", None),
    ("カプセルはカザフスタン・ジェズカズガン郊外に着陸した。", "near", "ジェズカズガン", None),
    ("宇宙船はフロリダ州タラハシーの沖合に着水した。", "near", "タラハシー", None),
    ("カプセルはカラガンダ（Karaganda）近くの草原に着陸した。", "near", "カラガンダ", None),
])
def test_directions_and_near_follow_the_anchor(text, kind, anchor, direction):
    found = cjk.find_statements(text)
    assert [(s.kind, s.anchor, s.direction) for s in found] == [(kind, anchor, direction)]
    s = found[0]
    assert text[s.anchor_span[0]:s.anchor_span[1]] == s.anchor


def test_two_offsets_in_one_clause_and_a_bracketed_conversion_is_not_a_second():
    text = "落点位于杰兹卡兹甘东南约140公里（约87英里）、卡拉干达西南约450公里，返回舱平稳着陆。"
    got = [(s.anchor, s.distance, s.unit, s.direction) for s in cjk.find_statements(text)]
    assert got == [("杰兹卡兹甘", 140, "km", "SE"), ("卡拉干达", 450, "km", "SW")]


@pytest.mark.parametrize("text", [
    "飞船将于明天在杰兹卡兹甘东南约146公里处着陆。",  # announced
    "神舟飞船计划于今晚降落在四子王旗附近。",  # planned
    "预计返回舱将在阿尔卡雷克以北约80公里处落地。",  # expected
    "ソユーズはジェズカズガンの南東約150キロに着陸する予定だ。",  # planned
    "カプセルはカラガンダ付近に着陸する見込みだ。",  # expected
    "返回舱在距地面约100公里的高空与推进舱分离，随后着陆。",  # altitude
    "返回舱以每小时约200公里的速度下降，最终着陆。",  # speed
    "カプセルは高度約100キロで分離し、その後着陸した。",  # altitude
    "着陸後、乗員はヘリでジェズカズガン近郊の空港に運ばれた。",  # transfer
    "返回舱着陆后，航天员被直升机送往杰兹卡兹甘以北的机场。",  # transfer
    "着陆场位于酒泉以东，距酒泉市区约200公里。",  # where a site lies
    "返回舱在数百公里外的草原着陆。",  # vague
    "返回舱落点偏离预定着陆点约30公里。",  # from the target
    "カプセルは目標地点から約2キロの地点に着陸した。",  # from the target
    "カプセルは重さ約40キロで、無事着陸した。",  # kilograms, no place
    "飞船在哈萨克斯坦西部草原着陆。",  # a region part, not a direction from a town
    "神舟飞船从酒泉卫星发射中心以东的发射场升空，返回舱将在东风着陆场着陆。",  # launch site, plan
])
def test_no_statement_is_read_from_other_events_or_plans(text):
    assert cjk.find_statements(text) == []


def test_a_plan_word_that_reports_a_real_landing_still_counts():
    assert [s.anchor for s in cjk.find_statements("ソユーズは予定通りカラガンダの南約100キロに着陸した。")] == ["カラガンダ"]
    assert [s.anchor for s in cjk.find_statements("返回舱按计划在阿尔卡雷克附近着陆。")] == ["阿尔卡雷克"]


def test_numerals_and_compass_words():
    assert [cjk.numeral_value(n) for n in ("一百四十八", "百四十", "四百", "两百", "一百零五", "一五〇", "十五")] == \
        [148, 140, 400, 200, 105, 150, 15]
    assert [cjk.compass_point(c) for c in ("东南", "南東", "东南偏南", "東南東", "北偏东", "西北偏西", "北北西", "东北东")] == \
        ["SE", "SE", "SSE", "ESE", "NNE", "WNW", "NNW", "ENE"]
    assert cjk.compass_point("南南") is None


def test_the_main_reader_takes_cjk_statements_and_latin_text_is_untouched():
    assert [s.anchor for s in read("返回舱在杰兹卡兹甘东南约150公里处着陆。").statements] == ["杰兹卡兹甘"]
    assert cjk.find_statements("The capsule landed 150 km southeast of Jezkazgan.") == []


def test_the_pipeline_places_the_anchors():
    from geo.pipeline import locate

    for text, gid in (("返回舱在哈萨克斯坦杰兹卡兹甘东南约150公里处着陆。", 1516589),
                      ("カプセルはカラガンダの南約100キロに着陸した。", 609655),
                      ("飞船溅落在佛罗里达州巴拿马城外海。", 4167694)):  # the state ties the town to the US
        est = locate(text, prior=False)
        assert [r.anchor.geonameid for r in est.regions if r.anchor is not None] == [gid], text


@pytest.mark.parametrize("hostile", [
    "着陆" + "以东南方" * 20000, "着陆" + "约1公里" * 20000, "着陆" + "附近" * 20000, "着陸" + "ア" * 40000 + "の南東約1キロ",
    "着陆" + "杰" * 40000 + "东南1公里", "着陸" + "（" * 40000 + "）近く", "着陆" + "一百" * 20000 + "公里",
])
def test_hostile_text_is_read_in_linear_time(hostile):
    t0 = time.perf_counter()
    cjk.find_statements(hostile)
    assert time.perf_counter() - t0 < 10
