"""Words the press uses for landings in this language (ISO 639-1 "ja"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.

Japanese is read by ``geo.extract.cjk`` (anchor first, no spaces): the lists below that the main grammar
does not know (``CJK_*``) are that reader's own. Single characters (約, 沖) are used where Japanese writes
the word as one character; a CJK character never occurs inside the text of another script.
"""

from __future__ import annotations

# ── units ───────────────────────────────────────────────────────────────────────────
# キロ is kilometres after a distance (キログラム is excluded in the reader); full-width ｋｍ
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "km": ("キロメートル", "キロメーター", "キロ", "ｋｍ", "㎞"),
    "mi": ("マイル",),
    "nmi": ("海里", "カイリ", "浬"),
}
# words after キロ that make it another unit (kilograms, kilowatts)
CJK_NOT_KM_AFTER_KIRO: tuple[str, ...] = ("グラム", "ワット", "カロリー", "バイト", "リットル", "ヘルツ")

# ── qualifiers written before the number ────────────────────────────────────────────
QUALIFIERS: dict[str, tuple[str, ...]] = {
    # nearly
    "below": ("ほぼ", "ほとんど"),
    # about
    "about": ("およそ", "おおよそ", "おおむね", "概ね", "約"),
    # more than
    "above": ("少なくとも", "最低"),
    # up to
    "upto": ("最大", "最長"),
}
# ...and written after the number or unit ("150キロ余り", "100キロ以上"): word -> sense
CJK_QUALIFIERS_AFTER: dict[str, str] = {
    "以上": "above", "余り": "above", "あまり": "above", "強": "above", "超": "above",
    "足らず": "below", "弱": "below", "近く": "below",
    "ほど": "about", "程度": "about", "前後": "about", "ぐらい": "about", "くらい": "about",
    "以内": "upto", "以下": "upto", "未満": "upto",
}

# ── directions ──────────────────────────────────────────────────────────────────────
# The compass characters: 南東 (SE), 東南東 (ESE), 北北西 (NNW)
CJK_COMPASS_CHARS: dict[str, str] = {"東": "E", "西": "W", "南": "S", "北": "N"}
# written after a direction: 南東方向, 南東側
CJK_DIRECTION_AFTER: tuple[str, ...] = ("方向", "方面", "方角", "側", "方")
# between a direction and the distance: Xから南へ約120キロ, Xから北西に約100キロ
CJK_DIRECTION_LINKS: tuple[str, ...] = ("へ", "に", "へ約", "に約")

# ── relations ───────────────────────────────────────────────────────────────────────
# after the anchor: Xの南東, Xから北東, X沖約50キロ
CJK_AFTER_ANCHOR: tuple[str, ...] = ("から", "の沖合", "の沖", "沖合", "沖", "の")
# after the anchor of a distance with no direction: Xから約100キロ離れた, X沖約50キロ
CJK_DISTANCE_FROM_AFTER: tuple[str, ...] = ("から", "の沖合", "の沖", "沖合", "沖")

# ── "near" ──────────────────────────────────────────────────────────────────────────
# after the anchor (also after の): X近く, X近郊, X付近, X沖, Xの沖合
NEAR_WORDS: tuple[str, ...] = ("近く", "近郊", "付近", "郊外", "周辺", "近辺", "沖合", "沖")

# ── names and words before the anchor that are not the anchor ───────────────────────
# countries and regions written before a town (カザフスタン・カラガンダ, 米ユタ州ソルトレークシティー) -> the ISO
# code of the country they tie the town to ("" for a sea or a region of no one country)
CJK_REGION_NAMES: dict[str, str] = {
    # Kazakhstan and its Karaganda region, Russia
    "カザフスタン共和国": "KZ", "カザフスタン": "KZ", "カラガンダ州": "KZ", "ロシア連邦": "RU", "ロシア": "RU",
    # China, Mongolia, Australia
    "中国": "CN", "内モンゴル自治区": "CN", "内モンゴル": "CN", "モンゴル": "MN", "オーストラリア": "AU",
    "豪州": "AU", "南オーストラリア州": "AU",
    # the United States and the states of its landing and splashdown zones
    "アメリカ合衆国": "US", "アメリカ": "US", "米国": "US", "フロリダ": "US", "カリフォルニア": "US",
    "テキサス": "US", "ユタ": "US", "ニューメキシコ": "US", "ネバダ": "US", "アリゾナ": "US",
    # seas and wider regions
    "メキシコ湾": "", "大西洋": "", "太平洋": "", "中央アジア": "", "日本海": "", "東シナ海": "", "オホーツク海": "",
}
# descriptors before the name: 都市, 町, 村
CJK_DESCRIPTORS: tuple[str, ...] = ("都市", "地方都市", "鉱山都市", "町", "村")
# parts of a region: 中部, 北部
CJK_PARTS: tuple[str, ...] = (
    "北東部", "北西部", "南東部", "南西部", "中部", "北部", "南部", "東部", "西部", "中央部", "中北部", "中南部",
)
# words that end a region name written before a town: ユタ州, 共和国
CJK_REGION_SUFFIXES: tuple[str, ...] = ("自治区", "共和国", "地方", "州", "省", "県")
# after the name: X市, X市街
CJK_TOWN_SUFFIXES: tuple[str, ...] = ("市街地", "市街", "市")
# a facility named after a town stands for the town: X空港
FACILITY_WORDS: tuple[str, ...] = ("空港",)
# what the anchor is not: spacecraft, the target point, units
CJK_NOT_PLACES: tuple[str, ...] = (
    "ソユーズ", "カプセル", "クルードラゴン", "ドラゴン", "スターライナー", "オリオン", "モジュール", "キロ",
    "キロメートル", "マイル", "メートル", "ヘリコプター", "ヘリ", "チーム", "ステップ", "目標", "予定", "地球",
)
# a name ending in one of these is a site, a region or a sea, not a town
CJK_NOT_PLACE_ENDINGS: tuple[str, ...] = (
    "点", "地点", "場", "基地", "センター", "区域", "区", "部", "国", "州", "省", "県", "草原", "砂漠", "洋",
    "湾", "船", "上空",
)

# ── landing cues ────────────────────────────────────────────────────────────────────
# found by substring: landed, touched ground, splashed down, returned, came down, the capsule
LANDING_CUES: tuple[str, ...] = (
    "着陸", "着地", "着水", "帰還", "降下", "降り立", "降りた", "落下", "カプセル", "地球に戻",
)

# ── where a site lies (checked in the whole sentence before the statement): 東風着陸場は酒泉の東約200キロ
CJK_SITE_CUES: tuple[str, ...] = (
    "着陸場は", "発射場は", "試験場は", "実験場は", "基地は", "センターは", "宇宙センターは",
)

# ── another event ───────────────────────────────────────────────────────────────────
# launches, transfers, mission control, where a place lies, altitude and speed
NOT_LANDING_CUES: tuple[str, ...] = (
    "打ち上げ", "打ち上が", "発射", "運ばれ", "搬送", "移送", "向かう", "向かっ", "向かい", "管制センター",
    "離陸", "高度", "上空", "時速", "秒速", "速度",
)

# ── announced landings ──────────────────────────────────────────────────────────────
# plan and future words (checked in the sentence of the statement): 予定で, 見込み, 見通し
CJK_FUTURE_CUES: tuple[str, ...] = (
    "予定で", "予定だ", "予定です", "予定。", "予定と", "予定に", "る予定", "見込み", "見通し", "計画だ", "計画で",
    "計画です", "方針", "目指す", "目指して",
)
# ...that still report a real landing: 予定通り (as planned), 予定より早く (earlier than planned)
CJK_FUTURE_EXCEPTIONS: tuple[str, ...] = (
    "予定通り", "予定どおり", "予定より", "予定時刻に", "予定の時刻", "予定地点に着", "予定区域に着",
)
# after a distance, these mean it is not a distance on the ground: の上空, で分離
CJK_NOT_GROUND_AFTER: tuple[str, ...] = ("の上空", "上空", "の高度", "の高さ", "毎時", "/時")

# ── numbers ─────────────────────────────────────────────────────────────────────────
# kanji numerals (百四十, 二百); "数百" is vague and gives no distance
CJK_NUMERAL_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CJK_NUMERAL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CJK_VAGUE_BEFORE_NUMBER: tuple[str, ...] = ("数", "何", "十数")
