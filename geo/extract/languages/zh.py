"""Words the press uses for landings in this language (ISO 639-1 "zh"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Chinese is read by ``geo.extract.cjk`` (anchor first, no spaces): the lists below that the main grammar
does not know (``CJK_*``) are that reader's own, with both simplified and traditional forms. Single
characters are used where Chinese writes the word as one character (约, 距); a CJK character never
occurs inside the text of another script, so they cannot match inside other languages.
"""

from __future__ import annotations

# ── units ───────────────────────────────────────────────────────────────────────────
# kilometres, miles ("英里"), nautical miles (海里, 浬)
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "km": ("公里", "千米", "公裡"),
    "mi": ("英里", "哩"),
    "nmi": ("海里", "海浬", "浬"),
}

# ── qualifiers written before the number ────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # nearly
    "below": ("将近", "將近", "接近", "几乎", "幾乎", "不到", "不足", "近"),
    # about
    "about": ("大约", "大約", "约为", "約為", "约莫", "大概", "大致", "约", "約"),
    # more than
    "above": ("超过", "超過", "至少", "逾", "多于", "多於"),
    # up to
    "upto": ("最多", "不超过", "不超過", "以内", "以內"),
}
# ...and written after the number or unit ("100多公里", "150公里左右"): word -> sense
CJK_QUALIFIERS_AFTER: dict[str, str] = {
    "多": "above", "余": "above", "餘": "above", "开外": "above", "開外": "above",
    "左右": "about", "上下": "about", "以内": "upto", "以內": "upto",
}

# ── directions ──────────────────────────────────────────────────────────────────────
# The compass characters (east/west written first in Chinese: 东南 = SE); 16 points as "东南偏南" (SSE).
CJK_COMPASS_CHARS: dict[str, str] = {"东": "E", "東": "E", "西": "W", "南": "S", "北": "N"}
# the "by" of 16-point directions: 东南偏南 = SSE, 北偏东 = NNE
CJK_DIRECTION_BY: tuple[str, ...] = ("偏",)
# written before a direction: 以东 "east of"
CJK_DIRECTION_BEFORE: tuple[str, ...] = ("以",)
# written after a direction: 东南方, 东南方向, 东南面, 东南侧
CJK_DIRECTION_AFTER: tuple[str, ...] = ("方向", "方位", "方", "面", "侧", "側", "边", "邊")

# ── relations ───────────────────────────────────────────────────────────────────────
# before the anchor of a distance with no direction: 距X约135公里, 离X约80公里
CJK_DISTANCE_FROM: tuple[str, ...] = ("距离", "距離", "距", "离", "離")
# words that end the run of characters before an anchor (prepositions, particles, verbs of place)
CJK_BEFORE_ANCHOR: tuple[str, ...] = (
    "距离", "距離", "距", "离", "離", "在", "于", "於", "从", "從", "到", "至", "往", "的", "与", "與", "及",
    "或", "落", "为", "為", "是",
)

# ── "near" ──────────────────────────────────────────────────────────────────────────
# after the anchor: X附近, X一带, X外海 ("off X"), X近海
NEAR_WORDS: tuple[str, ...] = (
    "附近", "一带", "一帶", "周边", "周邊", "近郊", "郊外", "郊区", "郊區", "外海", "近海", "沿海", "不远处", "不遠處",
)

# ── names and words before the anchor that are not the anchor ───────────────────────
# countries and regions written before a town (哈萨克斯坦杰兹卡兹甘, 佛罗里达州彭萨科拉) -> the ISO code of the
# country they tie the town to ("" for a sea or a region of no one country)
CJK_REGION_NAMES: dict[str, str] = {
    # Kazakhstan and its Karaganda region, Russia
    "哈萨克斯坦": "KZ", "哈薩克斯坦": "KZ", "哈萨克": "KZ", "哈薩克": "KZ", "哈国": "KZ", "哈國": "KZ",
    "卡拉干达州": "KZ", "卡拉干達州": "KZ", "俄罗斯": "RU", "俄羅斯": "RU", "俄国": "RU", "俄國": "RU",
    # China, Mongolia, Australia, Japan
    "中国": "CN", "中國": "CN", "内蒙古": "CN", "內蒙古": "CN", "蒙古国": "MN", "蒙古國": "MN", "蒙古": "MN",
    "澳大利亚": "AU", "澳大利亞": "AU", "澳洲": "AU", "南澳大利亚州": "AU", "日本": "JP",
    # the United States and the states of its landing and splashdown zones
    "美国": "US", "美國": "US", "佛罗里达": "US", "佛羅里達": "US", "加利福尼亚": "US", "加利福尼亞": "US",
    "加州": "US", "得克萨斯": "US", "德克萨斯": "US", "德克薩斯": "US", "德州": "US", "犹他": "US", "猶他": "US",
    "新墨西哥": "US", "内华达": "US", "內華達": "US", "亚利桑那": "US", "亞利桑那": "US",
    # seas and wider regions
    "中亚": "", "中亞": "", "墨西哥湾": "", "墨西哥灣": "", "大西洋": "", "太平洋": "", "南海": "", "东海": "",
    "東海": "", "黄海": "", "黃海": "", "渤海": "",
}
# descriptors between the region and the name: 中部城市, 城市, 小城
CJK_DESCRIPTORS: tuple[str, ...] = (
    "城市", "小城", "小镇", "小鎮", "城镇", "城鎮", "矿业城市", "礦業城市", "工业城市", "工業城市", "草原城市",
)
# parts of a region: 中部, 西北部 (also written before a descriptor: 中部城市)
CJK_PARTS: tuple[str, ...] = (
    "东北部", "東北部", "东南部", "東南部", "西北部", "西南部", "中部", "北部", "南部", "东部", "東部", "西部",
    "中北部", "中南部", "境内", "境內",
)
# words that end a region name written before a town: 卡拉干达州, 犹他州, 甘肃省
CJK_REGION_SUFFIXES: tuple[str, ...] = ("自治区", "自治區", "地区", "地區", "州", "省")
# after the name: X市, X市区
CJK_TOWN_SUFFIXES: tuple[str, ...] = ("市区", "市區", "城区", "城區", "市")
# a facility named after a town stands for the town: X机场
FACILITY_WORDS: tuple[str, ...] = ("机场", "機場")
# what the anchor is not: the target, the ground, a site, a sea, a region
CJK_NOT_PLACES: tuple[str, ...] = (
    "地面", "地球", "目标", "目標", "落点", "落點", "着陆点", "着陸點", "著陸點", "着陆场", "著陸場", "预定",
    "預定", "预选", "預選", "飞船", "飛船", "返回舱", "返回艙", "探测器", "探測器", "样本舱", "樣本艙",
)
# a name ending in one of these is a site, a region or a sea, not a town (州 only after two characters or
# more: 广州, 杭州 are towns, 犹他州 is a state)
CJK_NOT_PLACE_ENDINGS: tuple[str, ...] = (
    "点", "點", "场", "場", "中心", "基地", "站", "区域", "區域", "区", "區", "部", "国", "國", "州", "省",
    "草原", "沙漠", "海域", "洋", "湾", "灣", "空", "舱", "艙", "船", "器",
)

# ── landing cues ────────────────────────────────────────────────────────────────────
# found by substring: landed, came down, splashed down, the descent module, landed "at" (落在/落于)
LANDING_CUES: tuple[str, ...] = (
    "着陆", "著陸", "着陸", "降落", "落地", "溅落", "濺落", "落水", "返回舱", "返回艙", "返回器", "返回地球",
    "落在", "落于", "落於", "触地", "觸地", "回收舱", "着落",
)

# ── where a site lies (checked in the whole sentence before the statement): 着陆场位于…，距X约200公里
CJK_SITE_CUES: tuple[str, ...] = (
    "场位于", "場位於", "中心位于", "中心位於", "基地位于", "基地位於", "场距", "場距", "坐落于", "坐落於",
    "坐落在",
)

# ── another event ───────────────────────────────────────────────────────────────────
# launches, transfers after landing, mission control, where a facility lies (checked in the clause)
NOT_LANDING_CUES: tuple[str, ...] = (
    "升空", "发射", "發射", "起飞", "起飛", "飞往", "飛往", "送往", "运往", "運往", "转乘", "轉乘", "前往",
    "飞抵", "飛抵", "转运", "轉運", "控制中心", "飞控中心", "飛控中心", "距地面", "离地面", "離地面", "高度",
    "高空", "海拔", "时速", "時速", "每小时", "每小時", "秒速", "速度",
    *CJK_SITE_CUES,
)

# ── announced landings ──────────────────────────────────────────────────────────────
# plan and future words (checked in the clause of the statement): 计划于, 预计, 将于
CJK_FUTURE_CUES: tuple[str, ...] = (
    "计划于", "計劃於", "计划在", "計劃在", "计划将", "計劃將", "预计", "預計", "预期", "預期", "预定于",
    "預定於", "预定在", "預定在", "拟于", "擬於", "定于", "定於", "将于", "將於", "将在", "將在", "将会", "將會",
    "将要", "將要", "即将", "即將", "有望", "将着陆", "將著陸", "将降落", "將降落", "将返回", "將返回",
    "将溅落", "將濺落", "原计划", "原計劃", "原定于", "原定於",
)
# ...that still report a real landing ("按计划着陆": landed as planned; "比原计划晚": later than planned)
CJK_FUTURE_EXCEPTIONS: tuple[str, ...] = (
    "按计划", "按計劃", "按照计划", "按照計劃", "按预定计划", "按預定計劃", "如期", "比原计划", "比原計劃",
    "比原定", "比预定", "比預定", "比预计", "比預計",
)
# after a distance, these mean it is not a distance on the ground: 的高空, 的高度, 每小时
CJK_NOT_GROUND_AFTER: tuple[str, ...] = ("的高空", "的高度", "高空", "高度", "每小时", "每小時", "/小时", "/时")

# ── numbers ─────────────────────────────────────────────────────────────────────────
# Chinese numerals (一百四十八, 两百); "数百"/"几十" are vague and give no distance
CJK_NUMERAL_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
}
CJK_NUMERAL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CJK_VAGUE_BEFORE_NUMBER: tuple[str, ...] = ("数", "數", "几", "幾", "好")
