"""Rebuild ``data/seas.geojson``: named oceans, seas and gulfs where capsules splash down.

Why a script: splashdown reports name a sea ("splashed down in the Gulf of Mexico", "приводнился в Тихом
океане", "in the Pacific west of Baja California"); the app reads the sea's area offline from a small committed
file, and this script is the recipe that makes it again from Natural Earth's marine polygons.

Source: Natural Earth 1:10m physical labels, ``ne_10m_geography_marine_polys`` (public domain), as GeoJSON.
No PyPI, npm or Debian package found ships this layer (see ``data/README.md``, section Seas), so the script reads
a local copy given with ``--source``; the one used is the CC0 GeoJSON conversion in the public repository
``martynafford/natural-earth-geojson`` (commit 0b9a6ceb, file ``10m/physical/ne_10m_geography_marine_polys.json``),
whose sha256 is pinned below and checked.

What it does, for each sea of ``SEAS``:

1. the union of the Natural Earth features that make it up (an ocean holds its marginal seas: the press says
   "in the Pacific" of a splashdown in the Philippine Sea; "Gulf of Mexico" holds the Bahía de Campeche);
2. simplified with a tolerance of ``TOL_DEG`` and grown back by the same tolerance, so the stored area always
   covers Natural Earth's (an estimate must never be smaller than the text allows) — checked;
3. written with curated names in the languages Touchdown reads (``~`` ends a stem: "Тих~ океан~" matches
   "Тихом океане"). Natural Earth's file has English and French names only: the others are ours.

Usage::

    python scripts/build_seas.py --source PATH/ne_10m_geography_marine_polys.json

The build is deterministic: running it twice gives byte-identical output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "seas.geojson"
SOURCE_SHA256 = "3a50bf3ffcd2fde0da13e5503099c549ccc46885164fd8010e679b2372538fbc"
# Simplification tolerance (degrees, ≈ 5.5 km at the equator): seas are thousands of km across, and the area is
# grown back by the same amount, so no part of Natural Earth's sea is lost.
TOL_DEG = 0.05
GRID_DEG = 1e-3  # ≈ 110 m output grid

_PACIFIC_NORTH = [
    "NORTH PACIFIC OCEAN", "Philippine Sea", "Bering Sea", "Sea of Okhotsk", "Sea of Japan", "East China Sea",
    "Yellow Sea", "Bo Hai", "South China Sea", "Gulf of Alaska", "Golfo de California", "Celebes Sea", "Sulu Sea",
    "Gulf of Thailand", "Gulf of Tonkin", "Golfo de Panamá", "Golfo de Tehuantepec", "Gulf of Anadyr'",
    "Shelikhova Gulf", "Gulf of Kamchatka", "Karaginskiy Gulf", "Kronotskiy Gulf", "Salish Sea", "Monterey Bay",
    "Cook Inlet", "Bristol Bay", "Norton Sound", "Prince William Sound", "Luzon Strait", "Taiwan Strait",
    "Korea Strait", "Tatar Strait", "La Perouse Strait", "Tsugaru Strait", "Gulf of Sakhalin", "Uda Bay",
    "Hecate Strait", "Dixon Entrance", "Queen Charlotte Sound", "Queen Charlotte Strait", "Uchiura Bay",
    "Hangzhou Bay", "Qiongzhou Strait", "Samar Sea", "Sibuyan Sea", "Visayan Sea", "Bohol Sea", "Leyte Gulf",
    "Davao Gulf", "Ragay Gulf", "Tayabas Bay", "Surigao Strait", "East Korea Bay", "Kotzebue Sound",
]
_PACIFIC_SOUTH = [
    "SOUTH PACIFIC OCEAN", "Coral Sea", "Tasman Sea", "Solomon Sea", "Bismarck Sea", "Bay of Plenty",
    "Golfo de Guayaquil", "Gulf of Papua", "Cook Strait", "Golfo Corcovado", "Golfo de Penas", "Molucca Sea",
    "Halmahera Sea", "Ceram Sea", "Banda Sea", "Gulf of Tomini", "Gulf of Buli", "Gulf of Kau",
]
_ATLANTIC_NORTH = [
    "NORTH ATLANTIC OCEAN", "Caribbean  Sea", "Gulf of Mexico", "Bahía de Campeche", "Sargasso Sea",
    "Gulf of Honduras", "Yucatan Channel", "Straits of Florida", "Gulf of Maine", "Bay of Fundy",
    "Gulf of St. Lawrence", "Labrador Sea", "Bay of Biscay", "Irish Sea", "English Channel", "Bristol Channel",
    "Massachusetts Bay", "Long Island Sound", "Delaware Bay", "Chesapeake Bay", "Albemarle Sound", "Pamlico Sound",
    "Golfo de Urabá", "Strait of Belle Isle", "Lake Pontchartrain", "Denmark  Strait", "Bight of Benin",
    "Strait of Gibraltar",
]
_ATLANTIC_SOUTH = [
    "SOUTH ATLANTIC OCEAN", "Gulf of Guinea", "Bight of Biafra", "Río de la Plata", "Golfo San Jorge",
    "Golfo San Mat’as", "Bahía Blanca", "Bahía Grande", "St. Helena Bay", "Baía de Marajó", "Baía de São Marcos",
]
_INDIAN = [
    "INDIAN OCEAN", "Arabian Sea", "Bay of Bengal", "Laccadive Sea", "Andaman Sea", "Gulf of Aden", "Gulf of Oman",
    "Mozambique Channel", "Great Australian Bight", "Timor Sea", "Gulf of Mannar", "Palk Strait", "Gulf of Kutch",
    "Gulf of Khambhät", "Gulf of Martaban", "Strait of Malacca", "Gulf of Masira", "Joseph Bonaparte Gulf",
    "Gulf St. Vincent", "Geographe Bay", "Shark Bay", "Antongila Bay", "Baia de Maputo", "Bass Strait",
]
_MEDITERRANEAN = [
    "Mediterranean Sea", "Tyrrhenian Sea", "Adriatic Sea", "Ionian Sea", "Aegean Sea", "Balearic Sea", "Alboran Sea",
    "Ligurian Sea", "Golfe du Lion", "Sea of Crete", "Gulf of Sidra", "Gulf of Gabès",
]

# id, kind, English name, Natural Earth features, names by language ("~" ends a stem).
SEAS: list[tuple[str, str, str, list[str], dict[str, list[str]]]] = [
    ("pacific", "ocean", "Pacific Ocean", _PACIFIC_NORTH + _PACIFIC_SOUTH, {
        "en": ["Pacific Ocean", "Pacific"], "fr": ["océan Pacifique", "Pacifique"],
        "de": ["Pazifik~", "Pazifisch~ Ozean~", "Still~ Ozean~"], "es": ["océano Pacífico", "Pacífico"],
        "it": ["oceano Pacifico", "Pacifico"], "pt": ["oceano Pacífico", "Pacífico"],
        "nl": ["Stille Oceaan", "Grote Oceaan"], "pl": ["Ocean~ Spokojn~", "Pacyfik~"],
        "cs": ["Tich~ oceán~", "Pacifik~"], "ro": ["Oceanul Pacific", "Pacificul"],
        "lt": ["Ramusis vandenynas", "Ramiajame vandenyne", "Ramiojo vandenyno", "Ramiajame"],
        "ru": ["Тих~ океан~"], "uk": ["Тих~ океан~"], "kk": ["Тынық мұхит~"], "tr": ["Pasifik~", "Büyük Okyanus"],
        "ar": ["المحيط الهادئ", "المحيط الهادي"], "zh": ["太平洋"], "ja": ["太平洋"]}),
    ("north-pacific", "ocean", "North Pacific Ocean", _PACIFIC_NORTH, {
        "en": ["North Pacific Ocean", "North Pacific", "northern Pacific"], "fr": ["Pacifique Nord", "Pacifique nord"],
        "de": ["Nordpazifik~"], "es": ["Pacífico Norte", "Pacífico norte"],
        "it": ["Pacifico settentrionale", "Pacifico del Nord"], "pt": ["Pacífico Norte"],
        "ru": ["северн~ част~ Тих~ океан~"]}),
    ("south-pacific", "ocean", "South Pacific Ocean", _PACIFIC_SOUTH, {
        "en": ["South Pacific Ocean", "South Pacific", "southern Pacific"], "fr": ["Pacifique Sud", "Pacifique sud"],
        "de": ["Südpazifik~"], "es": ["Pacífico Sur", "Pacífico sur"],
        "it": ["Pacifico meridionale", "Pacifico del Sud"], "pt": ["Pacífico Sul"],
        "ru": ["южн~ част~ Тих~ океан~"]}),
    ("atlantic", "ocean", "Atlantic Ocean", _ATLANTIC_NORTH + _ATLANTIC_SOUTH, {
        "en": ["Atlantic Ocean", "Atlantic"], "fr": ["océan Atlantique", "Atlantique"],
        "de": ["Atlantik~", "Atlantisch~ Ozean~"], "es": ["océano Atlántico", "Atlántico"],
        "it": ["oceano Atlantico", "Atlantico"], "pt": ["oceano Atlântico", "Atlântico"],
        "nl": ["Atlantische Oceaan"], "pl": ["Atlantyk~", "Ocean~ Atlantyck~"], "cs": ["Atlantsk~ oceán~", "Atlantik~"],
        "ro": ["Oceanul Atlantic", "Atlanticul"], "lt": ["Atlanto vandenyn~"], "ru": ["Атлантическ~ океан~"],
        "uk": ["Атлантичн~ океан~"], "kk": ["Атлант мұхит~"], "tr": ["Atlas Okyanusu", "Atlantik Okyanusu"],
        "ar": ["المحيط الأطلسي"], "zh": ["大西洋"], "ja": ["大西洋"]}),
    ("north-atlantic", "ocean", "North Atlantic Ocean", _ATLANTIC_NORTH, {
        "en": ["North Atlantic Ocean", "North Atlantic"], "fr": ["Atlantique Nord", "Atlantique nord"],
        "de": ["Nordatlantik~"], "es": ["Atlántico Norte"], "it": ["Atlantico settentrionale"],
        "pt": ["Atlântico Norte"], "ru": ["северн~ част~ Атлантическ~ океан~"]}),
    ("south-atlantic", "ocean", "South Atlantic Ocean", _ATLANTIC_SOUTH, {
        "en": ["South Atlantic Ocean", "South Atlantic"], "fr": ["Atlantique Sud", "Atlantique sud"],
        "de": ["Südatlantik~"], "es": ["Atlántico Sur"], "it": ["Atlantico meridionale"], "pt": ["Atlântico Sul"],
        "ru": ["южн~ част~ Атлантическ~ океан~"]}),
    ("indian", "ocean", "Indian Ocean", _INDIAN, {
        "en": ["Indian Ocean"], "fr": ["océan Indien"], "de": ["Indisch~ Ozean~", "Indik~"],
        "es": ["océano Índico", "Índico"], "it": ["oceano Indiano"], "pt": ["oceano Índico"],
        "nl": ["Indische Oceaan"], "pl": ["Ocean~ Indyjsk~"], "cs": ["Indick~ oceán~"], "ro": ["Oceanul Indian"],
        "lt": ["Indijos vandenyn~"], "ru": ["Индийск~ океан~"], "uk": ["Індійськ~ океан~"], "kk": ["Үнді мұхит~"],
        "tr": ["Hint Okyanusu"], "ar": ["المحيط الهندي"], "zh": ["印度洋"], "ja": ["インド洋"]}),
    ("arctic", "ocean", "Arctic Ocean", ["ARCTIC OCEAN", "Barents Sea", "Kara Sea", "Laptev Sea", "East Siberian Sea",
                                          "Chukchi Sea", "Beaufort Sea", "Greenland Sea", "Norwegian Sea", "White  Sea",
                                          "Lincoln Sea"], {
        "en": ["Arctic Ocean"], "fr": ["océan Arctique"], "de": ["Arktisch~ Ozean~", "Nordpolarmeer~"],
        "es": ["océano Ártico"], "it": ["oceano Artico", "mar Glaciale Artico"], "pt": ["oceano Ártico"],
        "nl": ["Noordelijke IJszee"], "pl": ["Ocean~ Arktyczn~"], "cs": ["Severn~ ledov~ oceán~"],
        "ro": ["Oceanul Arctic"], "lt": ["Arkties vandenyn~"], "ru": ["Северн~ Ледовит~ океан~"],
        "uk": ["Північн~ Льодовит~ океан~"], "kk": ["Солтүстік Мұзды мұхит~"], "tr": ["Arktik Okyanusu"],
        "ar": ["المحيط المتجمد الشمالي"], "zh": ["北冰洋"], "ja": ["北極海"]}),
    ("gulf-of-mexico", "gulf", "Gulf of Mexico", ["Gulf of Mexico", "Bahía de Campeche"], {
        "en": ["Gulf of Mexico", "Gulf of America"], "fr": ["golfe du Mexique"], "de": ["Golf von Mexiko"],
        "es": ["golfo de México"], "it": ["golfo del Messico"], "pt": ["golfo do México"], "nl": ["Golf van Mexico"],
        "pl": ["Zatok~ Meksykańsk~", "Zatoc~ Meksykańsk~"], "cs": ["Mexick~ záliv~"], "ro": ["Golful Mexic~"], "lt": ["Meksikos įlank~"],
        "ru": ["Мексиканск~ залив~"], "uk": ["Мексиканськ~ зато~"], "kk": ["Мексика шығанағ~"],
        "tr": ["Meksika Körfez~"], "ar": ["خليج المكسيك"], "zh": ["墨西哥湾"], "ja": ["メキシコ湾"]}),
    ("caribbean", "sea", "Caribbean Sea", ["Caribbean  Sea", "Gulf of Honduras", "Golfo de Urabá"], {
        "en": ["Caribbean Sea", "Caribbean"], "fr": ["mer des Caraïbes", "mer des Antilles"],
        "de": ["Karibisch~ Meer~", "Karibik"], "es": ["mar Caribe"], "it": ["mar dei Caraibi", "mare dei Caraibi"],
        "pt": ["mar do Caribe", "mar das Caraíbas"], "nl": ["Caribische Zee"], "pl": ["Morz~ Karaibsk~"],
        "cs": ["Karibsk~ moř~"], "ro": ["Marea Caraibilor"], "lt": ["Karibų jūr~"], "ru": ["Карибск~ мор~"],
        "uk": ["Карибськ~ мор~"], "kk": ["Кариб теңіз~"], "tr": ["Karayip Denizi"], "ar": ["البحر الكاريبي"],
        "zh": ["加勒比海"], "ja": ["カリブ海"]}),
    ("mediterranean", "sea", "Mediterranean Sea", _MEDITERRANEAN, {
        "en": ["Mediterranean Sea", "Mediterranean"], "fr": ["mer Méditerranée", "Méditerranée"],
        "de": ["Mittelmeer~"], "es": ["mar Mediterráneo", "Mediterráneo"], "it": ["mar Mediterraneo", "Mediterraneo"],
        "pt": ["mar Mediterrâneo"], "nl": ["Middellandse Zee"], "pl": ["Morz~ Śródziemn~"],
        "cs": ["Středozemn~ moř~"], "ro": ["Marea Mediterană"], "lt": ["Viduržemio jūr~"],
        "ru": ["Средиземн~ мор~"], "uk": ["Середземн~ мор~"], "kk": ["Жерорта теңіз~"], "tr": ["Akdeniz~"],
        "ar": ["البحر الأبيض المتوسط", "البحر المتوسط"], "zh": ["地中海"], "ja": ["地中海"]}),
    ("black-sea", "sea", "Black Sea", ["Black Sea", "Sea of Azov"], {
        "en": ["Black Sea"], "fr": ["mer Noire"], "de": ["Schwarz~ Meer~"], "es": ["mar Negro"], "it": ["mar Nero"],
        "pt": ["mar Negro"], "nl": ["Zwarte Zee"], "pl": ["Morz~ Czarn~"], "cs": ["Čern~ moř~"],
        "ro": ["Marea Neagră"], "lt": ["Juod~ jūr~"], "ru": ["Черн~ мор~", "Чёрн~ мор~"], "uk": ["Чорн~ мор~"],
        "kk": ["Қара теңіз~"], "tr": ["Karadeniz~"], "ar": ["البحر الأسود"], "zh": ["黑海"], "ja": ["黒海"]}),
    ("caspian", "sea", "Caspian Sea", ["Caspian Sea", "Garabogaz Bay"], {
        "en": ["Caspian Sea"], "fr": ["mer Caspienne"], "de": ["Kaspisch~ Meer~"], "es": ["mar Caspio"],
        "it": ["mar Caspio"], "pt": ["mar Cáspio"], "nl": ["Kaspische Zee"], "pl": ["Morz~ Kaspijsk~"],
        "cs": ["Kaspick~ moř~"], "ro": ["Marea Caspică"], "lt": ["Kaspijos jūr~"], "ru": ["Каспийск~ мор~"],
        "uk": ["Каспійськ~ мор~"], "kk": ["Каспий теңіз~"], "tr": ["Hazar Denizi"], "ar": ["بحر قزوين"],
        "zh": ["里海"], "ja": ["カスピ海"]}),
    ("baltic", "sea", "Baltic Sea", ["Baltic Sea", "Gulf of Bothnia", "Gulf of Finland", "Gulf of Riga",
                                      "Mecklenburger Bucht", "Øresund", "Kattegat"], {
        "en": ["Baltic Sea"], "fr": ["mer Baltique"], "de": ["Ostsee~"], "es": ["mar Báltico"], "it": ["mar Baltico"],
        "pt": ["mar Báltico"], "nl": ["Oostzee"], "pl": ["Bałtyk~", "Morz~ Bałtyck~"], "cs": ["Baltsk~ moř~"],
        "ro": ["Marea Baltică"], "lt": ["Baltijos jūr~"], "ru": ["Балтийск~ мор~"], "uk": ["Балтійськ~ мор~"],
        "kk": ["Балтық теңіз~"], "tr": ["Baltık Denizi"], "ar": ["بحر البلطيق"], "zh": ["波罗的海"], "ja": ["バルト海"]}),
    ("north-sea", "sea", "North Sea", ["North Sea", "Skagerrak"], {
        "en": ["North Sea"], "fr": ["mer du Nord"], "de": ["Nordsee~"], "es": ["mar del Norte"],
        "it": ["mare del Nord"], "pt": ["mar do Norte"], "nl": ["Noordzee"], "pl": ["Morz~ Północn~"],
        "cs": ["Severn~ moř~"], "ro": ["Marea Nordului"], "lt": ["Šiaurės jūr~"], "ru": ["Северн~ мор~"],
        "uk": ["Північн~ мор~"], "tr": ["Kuzey Denizi"], "ar": ["بحر الشمال"]}),
    ("arabian-sea", "sea", "Arabian Sea", ["Arabian Sea", "Laccadive Sea", "Gulf of Masira"], {
        "en": ["Arabian Sea"], "fr": ["mer d'Arabie", "mer d’Arabie", "mer d'Oman"], "de": ["Arabisch~ Meer~"],
        "es": ["mar Arábigo", "mar de Arabia"], "it": ["mar Arabico"], "pt": ["mar Arábico", "mar da Arábia"],
        "nl": ["Arabische Zee"], "pl": ["Morz~ Arabsk~"], "cs": ["Arabsk~ moř~"], "ro": ["Marea Arabiei"],
        "lt": ["Arabijos jūr~"], "ru": ["Аравийск~ мор~"], "uk": ["Аравійськ~ мор~"], "kk": ["Араб теңіз~"],
        "tr": ["Umman Denizi", "Arap Denizi"], "ar": ["بحر العرب"], "zh": ["阿拉伯海"], "ja": ["アラビア海"]}),
    ("bay-of-bengal", "bay", "Bay of Bengal", ["Bay of Bengal", "Andaman Sea", "Gulf of Martaban"], {
        "en": ["Bay of Bengal"], "fr": ["golfe du Bengale"], "de": ["Golf von Bengalen"], "es": ["golfo de Bengala"],
        "it": ["golfo del Bengala"], "pt": ["baía de Bengala", "golfo de Bengala"], "nl": ["Golf van Bengalen"],
        "pl": ["Zatok~ Bengalsk~", "Zatoc~ Bengalsk~"], "cs": ["Bengálsk~ záliv~"], "ro": ["Golful Bengal"], "lt": ["Bengalijos įlank~"],
        "ru": ["Бенгальск~ залив~"], "uk": ["Бенгальськ~ зато~"], "kk": ["Бенгал шығанағ~"], "tr": ["Bengal Körfezi"],
        "ar": ["خليج البنغال"], "zh": ["孟加拉湾"], "ja": ["ベンガル湾"]}),
    ("south-china-sea", "sea", "South China Sea", ["South China Sea", "Gulf of Thailand", "Gulf of Tonkin"], {
        "en": ["South China Sea"], "fr": ["mer de Chine méridionale"], "de": ["Südchinesisch~ Meer~"],
        "es": ["mar de la China Meridional", "mar de China Meridional"], "it": ["mar Cinese Meridionale"],
        "pt": ["mar do Sul da China", "mar da China Meridional"], "nl": ["Zuid-Chinese Zee"],
        "pl": ["Morz~ Południowochińsk~"], "cs": ["Jihočínsk~ moř~"], "ro": ["Marea Chinei de Sud"],
        "lt": ["Pietų Kinijos jūr~"], "ru": ["Южно-Китайск~ мор~"], "uk": ["Південнокитайськ~ мор~"],
        "kk": ["Оңтүстік Қытай теңіз~"], "tr": ["Güney Çin Denizi"], "ar": ["بحر الصين الجنوبي"],
        "zh": ["南中国海", "中国南海"], "ja": ["南シナ海"]}),
    ("sea-of-japan", "sea", "Sea of Japan", ["Sea of Japan", "Tatar Strait", "East Korea Bay"], {
        "en": ["Sea of Japan"], "fr": ["mer du Japon"], "de": ["Japanisch~ Meer~"],
        "es": ["mar de Japón", "mar del Japón"], "it": ["mar del Giappone"], "pt": ["mar do Japão"],
        "nl": ["Japanse Zee"], "pl": ["Morz~ Japońsk~"], "cs": ["Japonsk~ moř~"], "ro": ["Marea Japoniei"],
        "lt": ["Japonijos jūr~"], "ru": ["Японск~ мор~"], "uk": ["Японськ~ мор~"], "kk": ["Жапон теңіз~"],
        "tr": ["Japon Denizi"], "ar": ["بحر اليابان"], "zh": ["日本海"], "ja": ["日本海"]}),
    ("sea-of-okhotsk", "sea", "Sea of Okhotsk", ["Sea of Okhotsk", "Shelikhova Gulf", "Gulf of Sakhalin", "Uda Bay"], {
        "en": ["Sea of Okhotsk"], "fr": ["mer d'Okhotsk", "mer d’Okhotsk"], "de": ["Ochotskisch~ Meer~"],
        "es": ["mar de Ojotsk"], "it": ["mare di Ochotsk", "mare di Okhotsk"], "pt": ["mar de Okhotsk"],
        "nl": ["Zee van Ochotsk"], "pl": ["Morz~ Ochock~"], "cs": ["Ochotsk~ moř~"], "ro": ["Marea Ohotsk"],
        "lt": ["Ochotsko jūr~"], "ru": ["Охотск~ мор~"], "uk": ["Охотськ~ мор~"], "kk": ["Охот теңіз~"],
        "tr": ["Ohotsk Denizi"], "ar": ["بحر أوخوتسك"], "zh": ["鄂霍次克海"], "ja": ["オホーツク海"]}),
    ("bering-sea", "sea", "Bering Sea", ["Bering Sea", "Gulf of Anadyr'", "Bristol Bay", "Norton Sound"], {
        "en": ["Bering Sea"], "fr": ["mer de Béring"], "de": ["Beringmeer~"], "es": ["mar de Bering"],
        "it": ["mare di Bering", "mar di Bering"], "pt": ["mar de Bering"], "nl": ["Beringzee"],
        "pl": ["Morz~ Beringa"], "cs": ["Beringov~ moř~"], "ro": ["Marea Bering"], "lt": ["Beringo jūr~"],
        "ru": ["Берингов~ мор~"], "uk": ["Берингов~ мор~"], "kk": ["Беринг теңіз~"], "tr": ["Bering Denizi"],
        "ar": ["بحر بيرينغ"], "zh": ["白令海"], "ja": ["ベーリング海"]}),
    ("gulf-of-california", "gulf", "Gulf of California", ["Golfo de California"], {
        "en": ["Gulf of California", "Sea of Cortez"], "fr": ["golfe de Californie", "mer de Cortés"],
        "de": ["Golf von Kalifornien"], "es": ["golfo de California", "mar de Cortés"], "it": ["golfo di California"],
        "pt": ["golfo da Califórnia"], "nl": ["Golf van Californië"], "pl": ["Zatok~ Kalifornijsk~", "Zatoc~ Kalifornijsk~"],
        "cs": ["Kalifornsk~ záliv~"], "ro": ["Golful California"], "lt": ["Kalifornijos įlank~"],
        "ru": ["Калифорнийск~ залив~"], "uk": ["Каліфорнійськ~ зато~"], "kk": ["Калифорния шығанағ~"],
        "tr": ["Kaliforniya Körfezi"], "ar": ["خليج كاليفورنيا"], "zh": ["加利福尼亚湾"], "ja": ["カリフォルニア湾"]}),
    ("tasman-sea", "sea", "Tasman Sea", ["Tasman Sea"], {
        "en": ["Tasman Sea"], "fr": ["mer de Tasman"], "de": ["Tasmansee~"], "es": ["mar de Tasmania"],
        "it": ["mar di Tasman", "mar di Tasmania"], "pt": ["mar da Tasmânia"], "nl": ["Tasmanzee"],
        "pl": ["Morz~ Tasmana"], "cs": ["Tasmanov~ moř~"], "ro": ["Marea Tasmaniei"], "lt": ["Tasmano jūr~"],
        "ru": ["Тасманов~ мор~"], "uk": ["Тасманов~ мор~"], "kk": ["Тасман теңіз~"], "tr": ["Tasman Denizi"],
        "ar": ["بحر تسمان"], "zh": ["塔斯曼海"], "ja": ["タスマン海"]}),
    ("coral-sea", "sea", "Coral Sea", ["Coral Sea"], {
        "en": ["Coral Sea"], "fr": ["mer de Corail"], "de": ["Korallenmeer~"], "es": ["mar del Coral"],
        "it": ["mar dei Coralli"], "pt": ["mar de Coral"], "nl": ["Koraalzee"], "pl": ["Morz~ Koralow~"],
        "cs": ["Korálov~ moř~"], "ro": ["Marea Coralilor"], "lt": ["Koralų jūr~"], "ru": ["Кораллов~ мор~"],
        "uk": ["Коралов~ мор~"], "kk": ["Маржан теңіз~"], "tr": ["Mercan Denizi"], "ar": ["بحر المرجان"],
        "zh": ["珊瑚海"], "ja": ["珊瑚海", "サンゴ海"]}),
    ("philippine-sea", "sea", "Philippine Sea", ["Philippine Sea"], {
        "en": ["Philippine Sea"], "fr": ["mer des Philippines"], "de": ["Philippinensee~"],
        "es": ["mar de Filipinas"], "it": ["mar delle Filippine"], "pt": ["mar das Filipinas"],
        "nl": ["Filipijnenzee", "Filipijnse Zee"], "pl": ["Morz~ Filipińsk~"], "cs": ["Filipínsk~ moř~"],
        "ro": ["Marea Filipinelor"], "lt": ["Filipinų jūr~"], "ru": ["Филиппинск~ мор~"], "uk": ["Філіппінськ~ мор~"],
        "kk": ["Филиппин теңіз~"], "tr": ["Filipin Denizi"], "ar": ["بحر الفلبين"], "zh": ["菲律宾海"],
        "ja": ["フィリピン海"]}),
    ("barents-sea", "sea", "Barents Sea", ["Barents Sea"], {
        "en": ["Barents Sea"], "fr": ["mer de Barents"], "de": ["Barentssee~"], "es": ["mar de Barents"],
        "it": ["mare di Barents"], "pt": ["mar de Barents"], "nl": ["Barentszzee"], "pl": ["Morz~ Barentsa"],
        "cs": ["Barentsov~ moř~"], "ro": ["Marea Barents"], "lt": ["Barenco jūr~"], "ru": ["Баренцев~ мор~"],
        "uk": ["Баренцов~ мор~"], "kk": ["Баренц теңіз~"], "tr": ["Barents Denizi"], "ar": ["بحر بارنتس"],
        "zh": ["巴伦支海"], "ja": ["バレンツ海"]}),
    ("kara-sea", "sea", "Kara Sea", ["Kara Sea"], {
        "en": ["Kara Sea"], "fr": ["mer de Kara"], "de": ["Karasee~"], "es": ["mar de Kara"], "it": ["mare di Kara"],
        "pt": ["mar de Kara"], "nl": ["Karazee"], "pl": ["Morz~ Karsk~"], "cs": ["Karsk~ moř~"],
        "ro": ["Marea Kara"], "lt": ["Karos jūr~"], "ru": ["Карск~ мор~"], "uk": ["Карськ~ мор~"],
        "ar": ["بحر كارا"], "zh": ["喀拉海"], "ja": ["カラ海"]}),
    ("red-sea", "sea", "Red Sea", ["Red Sea", "Gulf of  Suez", "Gulf of Aqaba"], {
        "en": ["Red Sea"], "fr": ["mer Rouge"], "de": ["Rot~ Meer~"], "es": ["mar Rojo"], "it": ["mar Rosso"],
        "pt": ["mar Vermelho"], "nl": ["Rode Zee"], "pl": ["Morz~ Czerwon~"], "cs": ["Rud~ moř~"],
        "ro": ["Marea Roșie"], "lt": ["Raudon~ jūr~"], "ru": ["Красн~ мор~"], "uk": ["Червон~ мор~"],
        "kk": ["Қызыл теңіз~"], "tr": ["Kızıldeniz~"], "ar": ["البحر الأحمر"], "zh": ["红海"], "ja": ["紅海"]}),
]


def _grid(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), 3), round(float(coords[1]), 3)]
    return [_grid(c) for c in coords]


def build(source: Path) -> dict[str, Any]:
    """The FeatureCollection of ``SEAS`` from Natural Earth's marine polygons at ``source``."""
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"warning: {source} has sha256 {digest}, not the pinned {SOURCE_SHA256}", file=sys.stderr)
    fc = json.loads(raw)
    parts: dict[str, list[Any]] = {}
    for f in fc["features"]:
        name = f["properties"].get("name")
        if name and f.get("geometry"):
            parts.setdefault(name, []).append(shapely.make_valid(shape(f["geometry"])))
    features = []
    for sea_id, kind, name, members, names in SEAS:
        missing = [m for m in members if m not in parts]
        if missing:
            raise SystemExit(f"{sea_id}: not in the source: {missing}")
        exact = shapely.union_all([g for m in members for g in parts[m]])
        simple = shapely.simplify(exact, TOL_DEG, preserve_topology=True)
        grown = shapely.make_valid(shapely.buffer(simple, TOL_DEG, quad_segs=2, join_style="mitre", mitre_limit=2.0))
        grown = shapely.set_precision(grown, GRID_DEG)
        grown = shapely.make_valid(grown).intersection(shapely.box(-180, -90, 180, 90))
        lost = shapely.area(shapely.difference(exact, grown))
        if lost > 1e-6 * exact.area:
            raise SystemExit(f"{sea_id}: the simplified area misses {lost:.6f} deg² of the source")
        polys = [g for g in getattr(grown, "geoms", [grown]) if g.geom_type == "Polygon"]
        geom = shapely.MultiPolygon(polys) if len(polys) > 1 else polys[0]
        geom = shapely.orient_polygons(geom)
        features.append({
            "type": "Feature",
            "properties": {"id": sea_id, "kind": kind, "name": name, "names": names,
                           "ne_features": members, "source": "Natural Earth 1:10m ne_10m_geography_marine_polys"},
            "geometry": {"type": geom.geom_type, "coordinates": _grid(mapping(geom)["coordinates"])},
        })
    return {"type": "FeatureCollection",
            "about": ("Named oceans, seas and gulfs for splashdown reports (Touchdown). Geometry: Natural Earth 1:10m "
                      "marine polygons (public domain), unions as listed in ne_features, simplified and grown back "
                      f"by {TOL_DEG} deg so the source is covered. Names: curated, '~' ends a stem. Rebuild with "
                      "scripts/build_seas.py."),
            "source_sha256": digest, "features": features}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="ne_10m_geography_marine_polys GeoJSON")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    fc = build(args.source)
    args.out.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(fc['features'])} seas)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
