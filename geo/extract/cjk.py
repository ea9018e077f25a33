"""Landing statements in languages whose word order the main grammar (statements.py) does not cover.

Chinese and Japanese: no spaces between words, the anchor before the distance and direction (X市东南方146公里处, Xの南東約146キロ).

The reader starts from the words that are certain (a unit after a number, a compass word, a "near" word)
and reads backwards from them: qualifier (约, 約), direction (东南方, 以东, 南東方向, 南へ), the tie to the
anchor (の, から, 沖), then the anchor itself, cut out of the unbroken run of characters before it (the
katakana run in Japanese, the Han run after the last preposition in Chinese), with a leading country,
region or descriptor and a trailing 市 taken off. Every lookback is bounded, so the cost stays linear in
the text. The words are in ``geo/extract/languages/zh.py`` and ``ja.py``; whether an anchor is a real town
is the gazetteer's business (``geo.pipeline``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from geo.extract import lexicon as lx
from geo.extract.languages import ja, zh
from geo.extract.text import cue_windows, finditer_in, sentence_at
from geo.model import Hint, Piece, Statement

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"  # 々 repeats a kanji in Japanese names
_KATA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # katakana without the ・ separator
_HIRA = "\u3041-\u309f"
_ANY_CJK = re.compile(f"[{_HAN}{_KATA}{_HIRA}]")
_IS_HAN = re.compile(f"[{_HAN}]")
_IS_KATA = re.compile(f"[{_KATA}]")
_HAS_HIRA = re.compile(f"[{_HIRA}]")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_DIGITS_BEFORE = re.compile(r"(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?\s*$")
_NOT_BEFORE_DIGITS = re.compile(r"[A-Za-z\-−^/.:_]")

# How far back (characters) an anchor, a direction or a qualifier may reach: a name, not a clause.
_ANCHOR_REACH = 30
_CUE_BEFORE = 30
_CUE_AFTER = 15
# Clause ends inside a sentence: a comma ends a Chinese clause (、 only enumerates there); in Japanese 、
# ends a clause as well.
_ZH_CLAUSE_ENDS = "，,；;：:"
_JA_CLAUSE_ENDS = "，,；;、"


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


@dataclass(frozen=True)
class _Words:
    units: dict[str, str]
    unit_re: re.Pattern[str]
    not_km_after_kiro: tuple[str, ...]
    qual_before: tuple[tuple[str, str], ...]
    qual_after: tuple[tuple[str, str], ...]
    between_number_and_unit: tuple[str, ...]
    compass: dict[str, str]
    direction_re: re.Pattern[str]
    direction_end_re: re.Pattern[str]
    direction_links: tuple[str, ...]
    after_anchor: tuple[str, ...]
    distance_from_after: tuple[str, ...]
    distance_from_before: tuple[str, ...]
    before_anchor: tuple[str, ...]
    near_re: re.Pattern[str]
    region_names: tuple[str, ...]
    region_countries: dict[str, str]
    prefix_re: re.Pattern[str]
    before_anchor_re: re.Pattern[str]
    not_place_end_re: re.Pattern[str]
    region_end_re: re.Pattern[str]
    number_follows_re: re.Pattern[str]
    not_landing_re: re.Pattern[str]
    site_re: re.Pattern[str]
    future_re: re.Pattern[str]
    descriptors: tuple[str, ...]
    parts: tuple[str, ...]
    region_suffixes: tuple[str, ...]
    town_suffixes: tuple[str, ...]
    facilities: tuple[str, ...]
    not_places: frozenset[str]
    not_place_endings: tuple[str, ...]
    not_landing: tuple[str, ...]
    site_cues: tuple[str, ...]
    future: tuple[str, ...]
    future_exceptions: tuple[str, ...]
    not_ground_after: tuple[str, ...]
    numeral_digits: dict[str, int]
    numeral_units: dict[str, int]
    vague_before_number: tuple[str, ...]


@lru_cache(maxsize=1)
def _words() -> _Words:
    mods = (zh, ja)

    def tup(name: str) -> tuple[str, ...]:
        return _longest_first(w for m in mods for w in getattr(m, name, ()))

    def dct(name: str) -> dict:
        out: dict = {}
        for m in mods:
            out.update(getattr(m, name, {}))
        return out

    units = {form: unit for m in mods for unit, forms in m.UNIT_WORDS.items() for form in forms}
    units.update({"km": "km", "kms": "km", "ＫＭ": "km", "Ｋｍ": "km"})
    qual_before = tuple(sorted(((q, s) for m in mods for s, qs in m.QUALIFIERS.items() for q in qs),
                               key=lambda x: -len(x[0])))
    qual_after = tuple(sorted(dct("CJK_QUALIFIERS_AFTER").items(), key=lambda x: -len(x[0])))
    compass = dct("CJK_COMPASS_CHARS")
    chars = "".join(sorted(compass))
    by = _alt(tup("CJK_DIRECTION_BY"))
    before = _alt(tup("CJK_DIRECTION_BEFORE"))
    after = _alt(tup("CJK_DIRECTION_AFTER"))
    core = rf"[{chars}]{{1,3}}(?:(?:{by})[{chars}])?"
    direction = rf"(?P<yi>{before})?(?P<core>{core})(?P<suf>{after})?"
    return _Words(
        units=units,
        unit_re=re.compile(rf"(?:{_alt(units)})", re.IGNORECASE),
        not_km_after_kiro=tup("CJK_NOT_KM_AFTER_KIRO"),
        qual_before=qual_before,
        qual_after=qual_after,
        between_number_and_unit=tuple(q for q, _ in qual_after if len(q) == 1 and _IS_HAN.match(q)),
        compass=compass,
        direction_re=re.compile(direction),
        direction_end_re=re.compile(direction + r"$"),
        direction_links=tup("CJK_DIRECTION_LINKS"),
        after_anchor=tup("CJK_AFTER_ANCHOR"),
        distance_from_after=tup("CJK_DISTANCE_FROM_AFTER"),
        distance_from_before=tup("CJK_DISTANCE_FROM"),
        before_anchor=tup("CJK_BEFORE_ANCHOR"),
        near_re=re.compile(rf"(?:{_alt(tup('NEAR_WORDS'))})"),
        region_names=tup("CJK_REGION_NAMES"),
        region_countries=dct("CJK_REGION_NAMES"),
        prefix_re=re.compile(rf"(?:{_alt((*tup('CJK_REGION_NAMES'), *tup('CJK_PARTS'), *tup('CJK_DESCRIPTORS')))})"),
        before_anchor_re=re.compile(rf"(?:{_alt(tup('CJK_BEFORE_ANCHOR'))})"),
        not_place_end_re=re.compile(rf"(?:{_alt(tup('CJK_NOT_PLACE_ENDINGS'))})$"),
        region_end_re=re.compile(rf"(?:{_alt(n for n, c in dct('CJK_REGION_NAMES').items() if c)})$"),
        number_follows_re=re.compile(rf"\s*(?:[へに])?(?:{_alt(q for m in mods for qs in m.QUALIFIERS.values() for q in qs)})?"
                                     rf"\s*[0-9０-９{''.join(dct('CJK_NUMERAL_DIGITS'))}{''.join(dct('CJK_NUMERAL_UNITS'))}]"),
        not_landing_re=re.compile(_alt(tup("NOT_LANDING_CUES"))),
        site_re=re.compile(_alt(tup("CJK_SITE_CUES"))),
        future_re=re.compile(_alt(tup("CJK_FUTURE_CUES"))),
        descriptors=tup("CJK_DESCRIPTORS"),
        parts=tup("CJK_PARTS"),
        region_suffixes=tup("CJK_REGION_SUFFIXES"),
        town_suffixes=tup("CJK_TOWN_SUFFIXES"),
        facilities=tuple(w for w in tup("FACILITY_WORDS") if _ANY_CJK.match(w)),
        not_places=frozenset(tup("CJK_NOT_PLACES")),
        not_place_endings=tup("CJK_NOT_PLACE_ENDINGS"),
        not_landing=tup("NOT_LANDING_CUES"),
        site_cues=tup("CJK_SITE_CUES"),
        future=tup("CJK_FUTURE_CUES"),
        future_exceptions=tup("CJK_FUTURE_EXCEPTIONS"),
        not_ground_after=tup("CJK_NOT_GROUND_AFTER"),
        numeral_digits=dct("CJK_NUMERAL_DIGITS"),
        numeral_units=dct("CJK_NUMERAL_UNITS"),
        vague_before_number=tup("CJK_VAGUE_BEFORE_NUMBER"),
    )


# ── numbers ──────────────────────────────────────────────────────────────────────────
def numeral_value(numerals: str) -> int | None:
    """A number in Chinese or kanji numerals: "一百四十八" -> 148, "百四十" -> 140, "两百" -> 200,
    "一百零五" -> 105, "一五〇" -> 150 (digit by digit).

    >>> numeral_value("一百四十八"), numeral_value("百四十"), numeral_value("四百")
    (148, 140, 400)
    """
    w = _words()
    total = 0
    current: int | None = None
    for ch in numerals:
        if ch in w.numeral_digits:
            d = w.numeral_digits[ch]
            current = d if current is None else current * 10 + d
        elif ch in w.numeral_units:
            total += (1 if current is None else current) * w.numeral_units[ch]
            current = None
        else:
            return None
    value = total + (current or 0)
    return value or None


def _number_before(text: str, end: int, floor: int) -> tuple[tuple[int, int], float, str] | None:
    """The number that ends at ``end``: (span, value, its digits)."""
    from geo.extract.statements import parse_number

    w = _words()
    lo = max(floor, end - 20)
    m = _DIGITS_BEFORE.search(text, lo, end)
    if m:
        start = m.start()
        if start > floor and _NOT_BEFORE_DIGITS.match(text, start - 1):
            return None  # "MS-25", "10^3", "3.2.1"
        digits = m.group(0).strip().translate(_FULLWIDTH)
        try:
            value = parse_number(digits)
        except ValueError:
            return None
        if not value:
            return None
        return (start, start + len(m.group(0).rstrip())), value, digits
    start = end
    while start > max(floor, end - 12) and (text[start - 1] in w.numeral_digits or text[start - 1] in w.numeral_units):
        start -= 1
    if start == end:
        return None
    if any(text.endswith(v, max(floor, start - len(v)), start) for v in w.vague_before_number):
        return None  # 数百公里: several hundred
    value = numeral_value(text[start:end])
    if value is None:
        return None
    from geo.extract.numbers import precision_text

    return (start, end), float(value), precision_text(value)


# ── directions ───────────────────────────────────────────────────────────────────────
def _inter(a: str, b: str) -> str | None:
    ns = [x for x in (a, b) if x in "NS"]
    ew = [x for x in (a, b) if x in "EW"]
    return ns[0] + ew[0] if len(ns) == 1 and len(ew) == 1 else None


def compass_point(core: str) -> str | None:
    """A CJK compass word as a 16-point name: 东南 and 南東 -> SE, 东南偏南 -> SSE, 東南東 -> ESE,
    北偏东 -> NNE.

    >>> compass_point("东南"), compass_point("南東"), compass_point("东南偏南"), compass_point("東南東")
    ('SE', 'SE', 'SSE', 'ESE')
    """
    w = _words()
    by = next((b for b in zh.CJK_DIRECTION_BY if b in core), None)
    if by:
        head, _, tail = core.partition(by)
        letters = [w.compass.get(c) for c in head]
        last = w.compass.get(tail)
        if None in letters or last is None:
            return None
        if len(letters) == 1:
            inter = _inter(letters[0], last)
            point = letters[0] + inter if inter else None
        elif len(letters) == 2:
            inter = _inter(*letters)
            point = last + inter if inter and last in letters else None
        else:
            point = None
    else:
        letters = [w.compass.get(c) for c in core]
        if None in letters or not letters:
            return None
        if len(letters) == 1:
            point = letters[0]
        elif len(letters) == 2:
            point = _inter(*letters)
        else:
            inter = _inter(letters[1], letters[2])
            point = letters[0] + inter if inter and letters[0] in letters[1:] else None
    return point if point in lx.COMPASS else None


def _direction_before(text: str, end: int, floor: int) -> tuple[int, int, str, bool] | None:
    """The direction word that ends at ``end``: (start, end, compass point, strong) — strong when it is
    written as a relation (以东) or with a suffix (东南方, 南東方向)."""
    w = _words()
    m = w.direction_end_re.search(text, max(floor, end - 10), end)
    if not m:
        return None
    core_start = m.start("core")
    core = m.group("core")
    # "河南南约": the first characters may belong to the name; take the longest valid tail
    for k in range(len(core)):
        point = compass_point(core[k:])
        if point:
            start = m.start() if (k == 0 and m.group("yi")) else core_start + k
            return start, m.end(), point, bool((k == 0 and m.group("yi")) or m.group("suf"))
    return None


# ── anchors ──────────────────────────────────────────────────────────────────────────
def _strip_prefixes(name: str) -> tuple[int, str | None]:
    """How many leading characters of ``name`` are a country, region, part or descriptor, and the ISO code
    of the country the first of them names."""
    w = _words()
    cut = 0
    country: str | None = None
    changed = True
    while changed:
        changed = False
        rest = name[cut:]
        m = w.prefix_re.match(rest)
        # the longest prefix that leaves a name of two characters or more
        p = m.group(0) if m else ""
        while p and len(rest) - len(p) < 2:
            shorter = w.prefix_re.match(rest[: len(p) - 1]) if len(p) > 1 else None
            p = shorter.group(0) if shorter else ""
        if p:
            cut += len(p)
            country = country or w.region_countries.get(p) or None
            changed = True
            continue
        # a region written with its kind: 卡拉干达州, 犹他州, ユタ州 (not 广州: the rest must be a name)
        for suffix in w.region_suffixes:
            i = rest.find(suffix, 0 if cut else 1)
            if i != -1 and len(rest) - i - len(suffix) >= 2:
                country = country or w.region_countries.get(rest[:i + len(suffix)]) \
                    or w.region_countries.get(rest[:i]) or None
                cut += i + len(suffix)
                changed = True
                break
    return cut, country


def _country_before(text: str, start: int, floor: int) -> str | None:
    """The country of a region written just before the anchor with a separator: カザフスタン・カラガンダ,
    カザフスタンのジェズカズガン, フロリダ州ペンサコーラ (the katakana run stops at 州)."""
    w = _words()
    end = start
    for group in (("の都市", "・", "の", "州", "省", "共和国", "都市"), w.parts, ("の",)):
        for sep in group:
            if text.endswith(sep, max(floor, end - len(sep)), end):
                end -= len(sep)
                break
    m = w.region_end_re.search(text, max(floor, end - 12), end)
    return w.region_countries.get(m.group(0)) if m else None


def _valid_name(name: str) -> bool:
    w = _words()
    if len(name) < 2 or name in w.not_places or name in w.region_names or name in w.parts:
        return False
    if w.not_place_end_re.search(name) and not (len(name) == 2 and name.endswith("州")):
        return False
    return not any(name.startswith(p) for p in w.not_places)


def _anchor_before(text: str, end: int, floor: int) -> tuple[int, int, str, str | None] | None:
    """The anchor name that ends at ``end`` (before a direction, relation or "near" word):
    (start, end, the word written just before it, the ISO code of the country written before it)."""
    w = _words()
    floor = max(floor, end - _ANCHOR_REACH - 12)
    # a bracketed aside after the name: ジェズカズガン（Dzhezkazgan）近く
    if end > floor and text[end - 1] in "）)":
        opening = max(text.rfind("（", floor, end), text.rfind("(", floor, end))
        if opening == -1 or end - opening > 40:
            return None
        end = opening
    # X市, X市区: the name without it (not when the rest is too short to be a name)
    for s in w.town_suffixes:
        if text.endswith(s, floor, end) and end - len(s) - 2 >= floor and _ANY_CJK.match(text, end - len(s) - 1):
            end -= len(s)
            break
    # a facility named after the town: X机场, X空港
    for f in w.facilities:
        if text.endswith(f, floor, end) and end - len(f) - 2 >= floor:
            end -= len(f)
            break
    if end <= floor:
        return None
    start = end
    lo = max(floor, end - _ANCHOR_REACH)
    if _IS_KATA.match(text, end - 1):
        while start > lo and _IS_KATA.match(text, start - 1):
            start -= 1
        before = text[start - 1] if start > 0 else ""
    elif _IS_HAN.match(text, end - 1):
        while start > lo and _IS_HAN.match(text, start - 1):
            start -= 1
        run = text[start:end]
        cut, before = 0, text[start - 1] if start > 0 else ""
        for t in w.before_anchor_re.finditer(run):  # the last preposition before the name (距离 before 离)
            if t.end() < len(run):
                cut, before = t.end(), t.group(0)
        start += cut
    else:
        return None
    cut, country = _strip_prefixes(text[start:end])
    start += cut
    if not _valid_name(text[start:end]):
        return None
    if country is None:
        country = _country_before(text, start, floor)
    return start, end, before, country


# ── the sentence around a statement ─────────────────────────────────────────────────
# How far the sentence around a statement is read for cues: a long sentence (or a hostile text with no
# sentence end) is read only this far either side, so each statement costs the same.
_SCOPE = 160


def _clause(text: str, start: int, end: int, ends: str, s: int, e: int) -> tuple[int, int]:
    lo, hi = max(s, start - _SCOPE), min(e, end + _SCOPE)
    cs = max([lo, *(text.rfind(c, lo, start) + 1 for c in ends)])
    found = [i for i in (text.find(c, end, hi) for c in ends) if i != -1]
    return cs, min(found) if found else hi


def _excluded(text: str, start: int, end: int) -> bool:
    """True when the statement at ``text[start:end]`` is about another event or a landing to come."""
    w = _words()
    s, e = sentence_at(text, start)
    s, e = max(s, start - _SCOPE), min(e, end + _SCOPE)
    japanese = _HAS_HIRA.search(text, s, e) is not None
    cs, ce = _clause(text, start, end, _JA_CLAUSE_ENDS if japanese else _ZH_CLAUSE_ENDS, s, e)
    if w.not_landing_re.search(text, max(cs, start - _CUE_BEFORE), min(ce, end + _CUE_AFTER)):
        return True
    # the sentence says where a site lies, not where this landing happened
    if w.site_re.search(text, s, start):
        return True
    return announces(text[s:e] if japanese else text[cs:ce])


def reports_landing(sentence: str) -> bool:
    """True when a Chinese or Japanese landing verb closes a clause of ``sentence`` and nothing announces it.

    >>> reports_landing("返回舱在内蒙古中部着陆。"), reports_landing("返回舱将于明天在内蒙古着陆。")
    (True, False)
    """
    return _CLAUSE_FINAL_LANDING.search(sentence) is not None and not announces(sentence)


def announces(scope: str) -> bool:
    """True when Chinese or Japanese words in ``scope`` announce a landing to come (预计, 将于, 予定); the words
    of one that happened as planned (按计划, 如期) do not count.

    >>> announces("返回舱预计在内蒙古着陆"), announces("返回舱按计划在内蒙古着陆")
    (True, False)
    """
    w = _words()
    for x in w.future_exceptions:
        if x in scope:
            scope = scope.replace(x, "\x00")
    return w.future_re.search(scope) is not None


def _qualifier_before(text: str, end: int, floor: int) -> tuple[int, str, str] | None:
    w = _words()
    for q, sense in w.qual_before:
        if text.endswith(q, max(floor, end - len(q)), end) and end - len(q) >= floor:
            return end - len(q), q, sense
    return None


def _halfwidth(point: str) -> float:
    from geo.extract.statements import halfwidth_deg

    return halfwidth_deg(point)


# ── finders ──────────────────────────────────────────────────────────────────────────
def _offsets(text: str, windows: tuple[tuple[int, int], ...]) -> list[Statement]:
    w = _words()
    out: list[Statement] = []
    for u in finditer_in(w.unit_re, text, windows, lookahead=16):
        unit_word = u.group(0)
        if unit_word == "キロ" and text.startswith(w.not_km_after_kiro, u.end()):
            continue
        if _ANY_CJK.match(text, u.start()) is None and (u.start() > 0 and text[u.start() - 1].isascii()
                                                        and text[u.start() - 1].isalpha()):
            continue  # "km" inside a Latin word
        if u.end() < len(text) and text[u.end()].isascii() and text[u.end()].isalpha() \
                and not _ANY_CJK.match(unit_word):
            continue
        s0, _s1 = sentence_at(text, u.start())
        pos = u.start()
        after_q: tuple[str, str, tuple[int, int]] | None = None
        # "100多公里": more than 100
        for q in w.between_number_and_unit:
            if text.endswith(q, max(s0, pos - len(q)), pos):
                after_q = (q, dict(w.qual_after)[q], (pos - len(q), pos))
                pos -= len(q)
                break
        num = _number_before(text, pos, s0)
        if num is None:
            continue
        (n_start, n_end), value, digits = num
        end = u.end()
        if after_q is None:
            for q, sense in w.qual_after:
                if text.startswith(q, end):
                    after_q = (q, sense, (end, end + len(q)))
                    break
        tail = after_q[2][1] if after_q and after_q[2][0] >= end else end
        if text.startswith(w.not_ground_after, tail):
            continue
        pieces = [Piece("distance", text[n_start:u.end()], (n_start, u.end()))]
        qual = _qualifier_before(text, n_start, s0)
        p = qual[0] if qual else n_start
        if qual:
            pieces.append(Piece("qualifier", qual[1], (qual[0], n_start)))
        elif after_q:
            pieces.append(Piece("qualifier", after_q[0], after_q[2]))
        # Xから南へ約120キロ: the link between the direction and the distance
        link = next((lk for lk in w.direction_links if text.endswith(lk, max(s0, p - len(lk)), p)), None)
        d = _direction_before(text, p - len(link) if link else p, s0)
        if d is None and link:
            continue
        direction = None
        if d is not None:
            direction = d[2]
            pieces.append(Piece("direction", text[d[0]:d[1]], (d[0], d[1])))
            p = d[0]
        # the tie after the anchor: の, から, 沖
        tie = next((t for t in w.after_anchor if text.endswith(t, max(s0, p - len(t)), p)), None)
        if tie:
            p -= len(tie)
        anchor = _anchor_before(text, p, s0)
        if anchor is None:
            continue
        a_start, a_end, before, country = anchor
        if direction is None and tie not in w.distance_from_after and before not in w.distance_from_before:
            continue  # a distance tied to no place: 高度约140公里, 飞行了400公里
        end = max(u.end(), tail)
        if _excluded(text, a_start, end):
            continue
        pieces.append(Piece("anchor", text[a_start:a_end], (a_start, a_end)))
        q_text, q_sense = (qual[1], qual[2]) if qual else ((after_q[0], after_q[1]) if after_q else (None, None))
        out.append(Statement(
            kind="offset",
            text=text[a_start:end],
            span=(a_start, end),
            anchor=text[a_start:a_end],
            anchor_span=(a_start, a_end),
            distance=value,
            distance_text=digits,
            unit=w.units.get(unit_word, w.units.get(unit_word.lower(), "km")),
            qualifier=q_text,
            sense=q_sense,
            direction=direction,
            bearing_deg=lx.COMPASS[direction] if direction else None,
            bearing_halfwidth_deg=_halfwidth(direction) if direction else None,
            pieces=tuple(sorted(pieces, key=lambda x: x.span)),
            country=country,
        ))
    return out


# What may follow a direction written with no suffix and no 以 for it to be "direction of X":
# 的 (zh), へ/に/の/で (ja), a sea area. Not 部 (北部 is "the north of", a region).
_BARE_DIRECTION_FOLLOW = ("的", "へ", "に", "の", "で", "海域", "一带", "一帶", "地区", "地區")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` is inside one of ``spans`` (sorted, not overlapping): a binary search, as a long
    article may hold many statements."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _directions(text: str, windows: tuple[tuple[int, int], ...], taken: list[tuple[int, int]]) -> list[Statement]:
    w = _words()
    out: list[Statement] = []
    for m in finditer_in(w.direction_re, text, windows, lookahead=8):
        if _inside(taken, m.start()):
            continue
        s0, _ = sentence_at(text, m.start())
        d = _direction_before(text, m.end(), max(s0, m.start()))
        if d is None:
            continue
        d_start, d_end, point, strong = d
        if not strong and not text.startswith(_BARE_DIRECTION_FOLLOW, d_end):
            continue
        # followed by a number: that is an offset (read, or rejected, by ``_offsets``)
        if w.number_follows_re.match(text, d_end):
            continue
        p = d_start
        tie = next((t for t in ("から", "の") if text.endswith(t, max(s0, p - len(t)), p)), None)
        if tie:
            p -= len(tie)
        anchor = _anchor_before(text, p, s0)
        if anchor is None:
            continue
        a_start, a_end, _, country = anchor
        if _excluded(text, a_start, d_end):
            continue
        out.append(Statement(
            kind="direction",
            text=text[a_start:d_end],
            span=(a_start, d_end),
            anchor=text[a_start:a_end],
            anchor_span=(a_start, a_end),
            direction=point,
            bearing_deg=lx.COMPASS[point],
            bearing_halfwidth_deg=_halfwidth(point),
            pieces=(Piece("anchor", text[a_start:a_end], (a_start, a_end)),
                    Piece("direction", text[d_start:d_end], (d_start, d_end))),
            country=country,
        ))
    return out


def _near(text: str, windows: tuple[tuple[int, int], ...], taken: list[tuple[int, int]]) -> list[Statement]:
    w = _words()
    out: list[Statement] = []
    for m in finditer_in(w.near_re, text, windows, lookahead=4):
        if _inside(taken, m.start()):
            continue
        s0, _ = sentence_at(text, m.start())
        p = m.start()
        if text.endswith("の", max(s0, p - 1), p):
            p -= 1
        anchor = _anchor_before(text, p, s0)
        if anchor is None:
            continue
        a_start, a_end, _, country = anchor
        if _excluded(text, a_start, m.end()):
            continue
        out.append(Statement(
            kind="near",
            text=text[a_start:m.end()],
            span=(a_start, m.end()),
            anchor=text[a_start:a_end],
            anchor_span=(a_start, a_end),
            qualifier=m.group(0),
            pieces=(Piece("anchor", text[a_start:a_end], (a_start, a_end)), Piece("qualifier", m.group(0), m.span())),
            country=country,
        ))
    return out


def find_statements(text: str) -> list[Statement]:
    """Every landing statement in this word order, in reading order."""
    if _ANY_CJK.search(text) is None:
        return []
    windows = tuple((s, e) for s, e in cue_windows(text, lx.LANDING_CUES) if _ANY_CJK.search(text, s, e))
    if not windows:
        return []
    offsets = _offsets(text, windows)
    taken = [s.span for s in offsets]
    directions = _directions(text, windows, taken)
    taken = sorted([*taken, *(s.span for s in directions)])
    near = _near(text, windows, taken)
    return sorted([*offsets, *directions, *near], key=lambda s: s.span)


# ── region hints: 在内蒙古中部着陆, 返回舱在内蒙古成功着陆, カプセルはオーストラリア南部の砂漠に着地した ─────────────
# A part written after the name -> the key of lexicon.AREA_PARTS ("" for 境内, "within": the whole area).
_PART_KEYS: dict[str, str] = {
    "东北部": "north-eastern", "東北部": "north-eastern", "北東部": "north-eastern",
    "东南部": "south-eastern", "東南部": "south-eastern", "南東部": "south-eastern",
    "西北部": "north-western", "北西部": "north-western", "西南部": "south-western", "南西部": "south-western",
    "中北部": "north-central", "中南部": "south-central", "中部": "central", "中央部": "central",
    "北部": "northern", "南部": "southern", "东部": "eastern", "東部": "eastern", "西部": "western",
    "境内": "", "境內": "",
}
# Chinese and Japanese verbs of coming down
LANDED_VERBS: tuple[str, ...] = ("着陆", "着陸", "著陸", "降落", "落地", "着地", "着水", "溅落", "濺落")
_LANDED = "|".join(LANDED_VERBS)
# Chinese marks no tense: a landing verb that ends its clause ("返回舱在内蒙古中部着陆。", "...着陆了") reports it
_CLAUSE_FINAL_LANDING = re.compile(rf"(?:{_LANDED})(?:了|。|，|,|；|$)")
_ADVERBS = "成功|安全|顺利|順利|平安|准确|準確|无事|無事に|無事"
# 在/于 + the place + (an adverb) + the landing verb, not the noun 着陆场 (the site, read by geo.places)
_ZH_HINT = re.compile(
    rf"(?:在|于|於)(?P<run>[{_HAN}]{{2,16}}?)(?:(?:{_ADVERBS}))?(?:{_LANDED})(?![场場点點区區])"
)
# the place + に + (無事に) + the landing verb; the place may be a chain joined by の (オーストラリア南部の砂漠)
_JA_HINT = re.compile(
    rf"(?P<run>[{_HAN}{_KATA}]{{2,20}}(?:の[{_HAN}{_KATA}]{{1,20}}){{0,3}})に(?:無事に|無事)?(?:{_LANDED})"
)
# what a place run may end with and is no part of the area's name: 砂漠 (desert), 草原 (steppe), 地区 (area)
_AREA_NOUNS = ("沙漠", "砂漠", "草原", "地区", "地區", "地域", "一带", "一帯", "附近", "付近")


def _hint_of(segment: str, start: int) -> Hint | None:
    """A hint from one place segment ("内蒙古中部", "オーストラリア南部"), or None when nothing is left of it."""
    name, part = segment, None
    for noun in _AREA_NOUNS:
        if name.endswith(noun) and len(name) > len(noun):
            name = name[: -len(noun)]
            break
    for word in sorted(_PART_KEYS, key=len, reverse=True):
        if name.endswith(word) and len(name) > len(word):
            name, part = name[: -len(word)], _PART_KEYS[word] or None
            break
    for suffix in zh.CJK_REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
            break
    if len(name) < 2 or name in _AREA_NOUNS or any(w in name for w in zh.CJK_NOT_PLACES):
        return None
    return Hint(text=segment, span=(start, start + len(segment)), area=name, part=part, kind="area")


def find_hints(text: str) -> list[Hint]:
    """Region hints of Chinese and Japanese sentences about the landing, in reading order.

    The place is read between the words that are certain, 在/于 and the landing verb in Chinese, the verb's
    に in Japanese (each の-joined segment on its own: "オーストラリア南部の砂漠" gives southern Australia); a
    part after the name (中部, 南部) is the part. Whether a name is an area is for the boundaries to say.

    >>> [(h.area, h.part) for h in find_hints("返回舱在内蒙古中部着陆。")]
    [('内蒙古', 'central')]
    """
    if _ANY_CJK.search(text) is None:
        return []
    windows = tuple((s, e) for s, e in cue_windows(text, lx.LANDING_CUES) if _ANY_CJK.search(text, s, e))
    out: list[Hint] = []
    for m in finditer_in(_ZH_HINT, text, windows):
        if not _excluded(text, m.start(), m.end()) and (h := _hint_of(m.group("run"), m.start("run"))) is not None:
            out.append(h)
    for m in finditer_in(_JA_HINT, text, windows):
        if _excluded(text, m.start(), m.end()):
            continue  # another event, or a landing to come
        pos = m.start("run")
        for segment in m.group("run").split("の"):
            if (h := _hint_of(segment, pos)) is not None:
                out.append(h)
            pos += len(segment) + 1
    return sorted(out, key=lambda h: h.span)
