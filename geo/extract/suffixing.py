"""Landing statements in languages whose word order the main grammar (statements.py) does not cover.

Turkish and Kazakh: agglutinative, the anchor first with a case suffix, the direction last (Jezkazgan'ın 148 km güneydoğusunda, Жезқазғаннан оңтүстік-шығысқа қарай 150 шақырым).

The grammar, read left to right:

    offset     [QUAL] ANCHOR [PARTICLE] [DIRECTION [қарай]] [QUAL] NUMBER UNIT[~] [QUAL] [DIRECTION | HEAD]
               "Jezkazgan kentinin 148 kilometre güneydoğusuna", "Arkalık'a yaklaşık 100 kilometre mesafede",
               "Жезқазғаннан оңтүстік-шығысқа қарай 150 шақырым жерге", "Арқалықтан 80 шақырымдай жерге"
    direction  ANCHOR DIRECTION [қарай]               "Tallahassee'nin güneyinde", "Арқалықтан солтүстік-шығысқа қарай"
    near       NAME [DESCRIPTOR] NEAR                 "Jezkazgan yakınlarında", "Жезқазған маңында"
    arrival    NAME DATIVE-DESCRIPTOR LANDING-VERB    "Jezkazgan şehrine iniş yaptı" (near the town)

ANCHOR is a capitalised name with a case: after an apostrophe ("Arkalık'ın", "City'nin"), glued (Kazakh
"Жезқазғаннан"), or carried by the word after it ("Jezkazgan kentinin", "Жезқазған қаласынан"); the
anchor is the name without it, exactly as written. The words are each language module's own lists
(``geo/extract/languages/tr.py``, ``kk.py``): a module that defines ``COMPASS_ROOTS`` and
``NEAR_POSTPOSITIONS`` is read with this grammar. Every part of every pattern is bounded (names of at
most four words, one optional word per slot), so a scan costs a constant per position.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from geo.model import Piece, Statement

# Capital letters that may start a name: every upper-case letter of the Latin and Cyrillic blocks
# (Turkish Ç Ğ İ Ö Ş Ü, Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І and the Latin Á Ǵ Ń Ó Ú Ý).
_UPPER = "".join(
    chr(c) for lo, hi in ((0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF)) for c in range(lo, hi + 1)
    if chr(c).isupper()
)
_CAP = "(?-i:[" + re.escape(_UPPER) + "])"
# One word of a name ("Jezkazgan", "Панама-Сити", "MS-25"); a name is one to four of them.
# Possessive and atomic: a name is taken whole and never re-cut letter by letter (a case glued to it is
# cut off in code), which keeps a scan over a page of capitalised words linear and cheap.
_WORD = _CAP + r"[\w\-]++"
_NAME = rf"(?<![\w'’\-])(?>{_WORD}(?:[ \u00a0]{_WORD}){{0,3}})"
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[\u00a0.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_APOSTROPHE = "['’]"
# Every pattern starts at a word start: the engine drops the positions inside words at once.
_AT_WORD = r"(?<![\w'’\-])"
# Characters of the clause after a statement that are read for the verb governing it.
_CLAUSE_AFTER = 60


def _alt(words) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank; never empty."""
    from geo.extract.text import alternation

    words = tuple(w for w in words if w)
    return alternation(words) if words else r"(?!x)x"


def _words(mod, name: str) -> tuple[str, ...]:
    return tuple(getattr(mod, name, ()))


@dataclass(frozen=True)
class _Grammar:
    """One language's patterns and word tables."""

    code: str
    offset: re.Pattern[str]
    direction: re.Pattern[str]
    near: re.Pattern[str]
    arrival: re.Pattern[str] | None
    compass: re.Pattern[str]
    roots: tuple[tuple[str, str], ...]
    endings: tuple[str, ...]
    adjectival: tuple[str, ...]
    units: dict[str, str]
    cardinals: dict[str, int]
    qualifiers: dict[str, str]
    post_qualifiers: dict[str, str]
    approximators: dict[str, str]
    ablative: frozenset[str]
    bare_genitive: tuple[str, ...]
    bare_ablative: tuple[str, ...]
    unnamed: frozenset[str]
    not_names: frozenset[str]
    other_event: tuple[str, ...]
    aircraft: tuple[str, ...]
    future_suffix: re.Pattern[str] | None
    past: re.Pattern[str]


def _grammar(code: str, mod) -> _Grammar:
    units = {f.lower(): u for u, forms in getattr(mod, "UNIT_WORDS", {}).items() for f in forms}
    units.update({"km": "km", "км": "km"})
    cardinals = {w.lower(): v for w, v in getattr(mod, "CARDINALS", {}).items()}
    qualifiers = {q: s for s, qs in getattr(mod, "QUALIFIERS", {}).items() for q in qs}
    post = {q: s for s, qs in getattr(mod, "POSTPOSED_QUALIFIERS", {}).items() for q in qs}
    approx = {q: s for s, qs in getattr(mod, "UNIT_APPROXIMATORS", {}).items() for q in qs}
    roots = tuple(sorted(_words(mod, "COMPASS_ROOTS"), key=lambda r: -len(r[0])))
    endings = _words(mod, "COMPASS_ENDINGS")
    root_re = _alt(tuple(r for r, _ in roots))
    direction = rf"(?:{root_re})(?:[-\s]?(?:{root_re})){{0,2}}(?:{_alt(endings)})?(?![\w])"
    particle = _alt(_words(mod, "DIRECTION_PARTICLES"))
    gen_suffixes = _words(mod, "GENITIVE_SUFFIXES")
    abl_suffixes = _words(mod, "ABLATIVE_SUFFIXES")
    dat_suffixes = _words(mod, "DATIVE_SUFFIXES")
    descriptors = (*_words(mod, "GENITIVE_DESCRIPTORS"), *_words(mod, "ABLATIVE_DESCRIPTORS"),
                   *_words(mod, "DATIVE_DESCRIPTORS"))
    unnamed = _words(mod, "UNNAMED_ANCHORS")
    # the case after an apostrophe or in the next word; none: it may be glued to the name (cut in code)
    anchor = (
        rf"(?P<name>{_NAME})(?:{_APOSTROPHE}(?P<asuf>{_alt((*gen_suffixes, *abl_suffixes, *dat_suffixes))})"
        rf"(?![\w])|\s+(?P<desc>{_alt(descriptors)})(?![\w]))?(?![\w'’])"
    )
    if unnamed:
        anchor = rf"(?:{anchor}|(?<![\w])(?P<unnamed>{_alt(unnamed)})(?![\w]))"
    qual = _alt(tuple(qualifiers))
    number = rf"(?:{_DIGITS}|(?<![\w])(?:{_alt(tuple(cardinals))})(?:\s+(?:{_alt(tuple(cardinals))})){{0,5}})"
    unit = (rf"(?P<unit>{_alt(tuple(units))})(?:-?(?P<approx>{_alt(tuple(approx))}))?"
            rf"(?:{_APOSTROPHE}\w{{1,4}})?(?![\w])")
    offset = re.compile(
        rf"{_AT_WORD}(?:(?P<q0>{qual})\s+)?{anchor}"
        rf"(?:\s+(?:{_alt(_words(mod, 'ANCHOR_PARTICLES'))})(?![\w]))?"
        rf"(?:\s+(?P<dir1>{direction})(?:\s+(?:{particle})(?![\w]))?)?"
        rf"(?:\s+(?P<q1>{qual})(?![\w]))?"
        rf"\s+(?P<num>{number})\s*(?:-\s*)?{unit}"
        rf"(?:\s+(?P<post>{_alt(tuple(post))})(?![\w]))?"
        rf"(?:\s+(?P<dir2>{direction})(?:\s+(?:{particle})(?![\w]))?|\s+(?P<head>{_alt(_words(mod, 'DISTANCE_HEADS'))})"
        rf"(?![\w]))?",
        re.IGNORECASE,
    )
    direction_only = re.compile(
        rf"{_AT_WORD}{anchor}\s+(?P<dir>{direction})(?:\s+(?P<particle>{particle})(?![\w]))?", re.IGNORECASE
    )
    near = re.compile(
        rf"{_AT_WORD}(?P<name>{_NAME})(?:{_APOSTROPHE}(?:{_alt(gen_suffixes)})|\s+(?:"
        rf"{_alt((*_words(mod, 'NOMINATIVE_DESCRIPTORS'), *_words(mod, 'GENITIVE_DESCRIPTORS')))}))?"
        rf"\s+(?P<near>{_alt(_words(mod, 'NEAR_POSTPOSITIONS'))})(?![\w])",
        re.IGNORECASE,
    )
    arrival = None
    if _words(mod, "ARRIVAL_VERBS") and _words(mod, "DATIVE_DESCRIPTORS"):
        arrival = re.compile(
            rf"{_AT_WORD}(?P<name>{_NAME})\s+(?P<desc>{_alt(_words(mod, 'DATIVE_DESCRIPTORS'))})"
            rf"\s+(?P<verb>{_alt(_words(mod, 'ARRIVAL_VERBS'))})(?![\w])",
            re.IGNORECASE,
        )
    future_suffix = None
    if _words(mod, "FUTURE_SUFFIXES"):
        future_suffix = re.compile(rf"(?<=\w\w\w)(?:{_alt(_words(mod, 'FUTURE_SUFFIXES'))})(?![\w])", re.IGNORECASE)
    past = _words(mod, "PAST_LANDING_FORMS")
    return _Grammar(
        code=code, offset=offset, direction=direction_only, near=near, arrival=arrival,
        compass=re.compile(root_re, re.IGNORECASE), roots=roots, endings=endings,
        adjectival=_words(mod, "ADJECTIVAL_ENDINGS"), units=units, cardinals=cardinals, qualifiers=qualifiers,
        post_qualifiers=post, approximators=approx,
        ablative=frozenset(w.lower() for w in (*abl_suffixes, *_words(mod, "BARE_ABLATIVE_SUFFIXES"),
                                               *_words(mod, "ABLATIVE_DESCRIPTORS"))),
        bare_genitive=tuple(sorted(_words(mod, "BARE_GENITIVE_SUFFIXES"), key=len, reverse=True)),
        bare_ablative=tuple(sorted(_words(mod, "BARE_ABLATIVE_SUFFIXES"), key=len, reverse=True)),
        unnamed=frozenset(w.lower() for w in unnamed),
        not_names=frozenset(w.lower() for w in _words(mod, "NOT_NAME_WORDS")),
        other_event=_words(mod, "OTHER_EVENT_WORDS"),
        aircraft=_words(mod, "AIRCRAFT_WORDS"),
        future_suffix=future_suffix,
        past=re.compile(rf"(?<![\w])(?:{_alt(past)})(?![\w])", re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def _grammars() -> tuple[_Grammar, ...]:
    from geo.extract import languages

    out = []
    for code, mod in zip(languages.LANGUAGES, languages.modules(), strict=True):
        if getattr(mod, "COMPASS_ROOTS", None) and getattr(mod, "NEAR_POSTPOSITIONS", None):
            out.append(_grammar(code, mod))
    return tuple(out)


# ── reading the pieces ───────────────────────────────────────────────────────────────
def _compass(g: _Grammar, word: str) -> str | None:
    """A direction word of the language as a 16-point compass name ("güneydoğusunda" -> "SE")."""
    from geo.extract import lexicon as lx

    letters = ""
    pos = 0
    low = word.lower()
    for m in g.compass.finditer(low):
        if low[pos:m.start()].strip(" -"):
            break  # the ending starts
        root = m.group(0)
        letter = next((lt for r, lt in g.roots if r == root), None)
        if letter is None:  # a case-insensitive match of another spelling ("ı" for "i")
            letter = next((lt for r, lt in g.roots if r.lower() == root or re.fullmatch(re.escape(r), root, re.I)),
                          None)
        if letter is None:
            return None
        letters += letter
        pos = m.end()
    return letters if letters in lx.COMPASS else None


def _adjectival_before_name(g: _Grammar, text: str, word_end: int, word: str) -> bool:
    """"Moskova yakınlarındaki Korolyov", "Kazakistan'ın kuzeyindeki Arkalık": an adjectival form before a
    capitalised word places that other named thing, not the landing."""
    if not word.lower().endswith(tuple(g.adjectival)) or not g.adjectival:
        return False
    return re.match(rf"\s+{_CAP}", text[word_end: word_end + 4]) is not None


def _cardinal(g: _Grammar, words: str) -> float | None:
    """A number in words, hundreds and thousands multiplying ("iki yüz elli" = 250, "жүз қырық жеті" = 147)."""
    total = current = 0
    seen = False
    for w in words.lower().split():
        v = g.cardinals.get(w)
        if v is None:
            return None
        seen = True
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100 if current < 100 else current + 100
        else:
            current += v
    return float(total + current) if seen and total + current > 0 else None


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Every language's NOT_NAME_WORDS: a sentence of one language may be read by another's grammar."""
    from geo.extract.statements import _NOT_NAMES

    return frozenset().union(_NOT_NAMES, *(g.not_names for g in _grammars()))


def _trim_name(g: _Grammar, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without the leading capitalised common words a sentence starts with ("Araç Jezkazgan")."""
    while True:
        m = re.match(r"[^ \u00a0]+", text[start:end])
        if m is None:
            return None
        w = m.group(0).lower()
        if w in _not_names():
            nxt = start + m.end()
            if nxt >= end:
                return None
            start = nxt + 1
            continue
        return start, end


def _glued_case(g: _Grammar, text: str, start: int, end: int, cases: str = "ga") -> tuple[int, str] | None:
    """A case suffix glued to the name's last word ("Жезқазғаннан", "Арқалықтың"): (end of the stem,
    suffix), or None. ``cases``: "g" genitive, "a" ablative. The stem keeps at least three letters."""
    low = text[start:end].lower()
    for kind, suffixes in (("g", g.bare_genitive), ("a", g.bare_ablative)):
        if kind not in cases:
            continue
        for suf in suffixes:
            if low.endswith(suf) and len(low.rsplit(" ", 1)[-1]) - len(suf) >= 3:
                return end - len(suf), suf
    return None


# Sentences judged once per call: a hostile "sentence" of megabytes may hold thousands of matches.
_SentenceCache = dict


def _elsewhere(g: _Grammar, text: str, start: int, end: int, seen: _SentenceCache) -> bool:
    """True when the statement at ``start..end`` is not about a landing that happened: the words just
    before it move it to another event (``NOT_LANDING_CUES``), or its sentence announces a landing
    ("inmesi bekleniyor", "қонуы күтілуде", a future "-ecek" with no past landing form), or the verb
    right after it is another event's ("... Uçuş Kontrol Merkezi'nden izlendi", "... ұшырылды")."""
    from geo.extract import lexicon as lx
    from geo.extract.statements import _NEGATION_WINDOW
    from geo.extract.tense import announces_landing
    from geo.extract.text import contains_any, sentence_at

    s, e = sentence_at(text, start)
    if contains_any(text[max(s, start - _NEGATION_WINDOW): start], lx.NOT_LANDING_CUES) is not None:
        return True
    key = (g.code, s, e)
    if key not in seen:
        sentence = text[s:e]
        seen[key] = announces_landing(sentence) or (
            g.future_suffix is not None and g.future_suffix.search(sentence) is not None
            and g.past.search(sentence) is None)
    if seen[key]:
        return True
    clause = re.split(r"[,;:]", text[end: min(e, end + _CLAUSE_AFTER)], maxsplit=1)[0].lower()
    return any(w in clause for w in g.other_event)


def _qualifier(g: _Grammar, m: re.Match[str], group: str) -> tuple[str, str, tuple[int, int]] | None:
    if m.group(group) is None:
        return None
    return m.group(group), g.qualifiers.get(m.group(group).lower(), "about"), m.span(group)


# ── the finders ──────────────────────────────────────────────────────────────────────
def _offsets(g: _Grammar, text: str, windows, seen: _SentenceCache) -> list[Statement]:
    from geo.extract import lexicon as lx
    from geo.extract.statements import _NOT_GROUND, halfwidth_deg, parse_number
    from geo.extract.text import finditer_in

    out: list[Statement] = []
    for m in finditer_in(g.offset, text, windows, lookahead=160):
        case = (m.group("asuf") or m.group("desc") or "").lower()
        if m.groupdict().get("unnamed"):
            aspan = m.span("unnamed")
        else:
            aspan = _trim_name(g, text, m.start("name"), m.end("name"))
            if aspan is None:
                continue
            if not case:
                glued = _glued_case(g, text, *aspan)
                if glued is None:
                    continue  # a bare name before a number is not an anchor
                aspan, case = (aspan[0], glued[0]), glued[1]
        unit_word = m.group("unit").lower()
        dir_group = "dir1" if m.group("dir1") else "dir2" if m.group("dir2") else None
        direction = _compass(g, m.group(dir_group)) if dir_group else None
        if dir_group and direction is None:
            continue
        # A distance with no direction and no "uzaklıkta"/"жерге" must hang on an ablative ("from"); and the
        # statement must say something only this language says beyond a name and "km".
        if direction is None and m.group("head") is None and case not in g.ablative and not m.groupdict().get("unnamed"):
            continue
        if not (direction or m.group("head") or m.group("desc") or m.group("asuf") or m.groupdict().get("unnamed")
                or unit_word not in ("km", "км", "mi")):
            continue
        if _NOT_GROUND.match(text, m.end("unit")) or _NOT_GROUND.match(text, m.end()):
            continue
        if _elsewhere(g, text, m.start(), m.end(), seen):
            continue
        num_text = m.group("num")
        value = parse_number(num_text) if num_text[:1].isdigit() else _cardinal(g, num_text)
        if value is None or value <= 0:
            continue
        q = _qualifier(g, m, "q1") or _qualifier(g, m, "q0")
        if q is None and m.group("post"):
            q = (m.group("post"), g.post_qualifiers.get(m.group("post").lower(), "about"), m.span("post"))
        if q is None and m.group("approx"):
            q = (m.group("approx"), g.approximators.get(m.group("approx").lower(), "about"), m.span("approx"))
        dist_span = (m.start("num"), m.end("unit") if not m.group("approx") else m.end("approx"))
        pieces = [Piece("anchor", text[aspan[0]:aspan[1]], aspan), Piece("distance", text[dist_span[0]:dist_span[1]],
                                                                         dist_span)]
        if direction:
            pieces.append(Piece("direction", m.group(dir_group), m.span(dir_group)))
        if q and q[2] != m.span("approx"):
            pieces.append(Piece("qualifier", q[0], q[2]))
        start = min(p.span[0] for p in pieces)
        end = max(p.span[1] for p in pieces)
        if m.group("head"):
            end = max(end, m.end("head"))
        out.append(Statement(
            kind="offset", text=text[start:end], span=(start, end), anchor=text[aspan[0]:aspan[1]],
            anchor_span=aspan, distance=value,
            distance_text=num_text if num_text[:1].isdigit() else f"{value:g}",
            unit=g.units.get(unit_word, "km"), qualifier=q[0] if q else None, sense=q[1] if q else None,
            direction=direction, bearing_deg=lx.COMPASS[direction] if direction else None,
            bearing_halfwidth_deg=halfwidth_deg(direction) if direction else None,
            pieces=tuple(sorted(pieces, key=lambda p: p.span)), lang=g.code,
        ))
    return out


def _directions(g: _Grammar, text: str, windows, seen: _SentenceCache) -> list[Statement]:
    from geo.extract import lexicon as lx
    from geo.extract.statements import halfwidth_deg
    from geo.extract.text import finditer_in

    out: list[Statement] = []
    for m in finditer_in(g.direction, text, windows, lookahead=120):
        if m.groupdict().get("unnamed"):
            continue
        word = m.group("dir")
        low = word.lower()
        if not low.endswith(tuple(e for e in g.endings if e)):
            continue  # a bare root ("güney bölgesi") is an adjective, not "south of"
        point = _compass(g, word)
        if point is None or _adjectival_before_name(g, text, m.end("dir"), word):
            continue
        aspan = _trim_name(g, text, m.start("name"), m.end("name"))
        if aspan is None or _elsewhere(g, text, m.start(), m.end(), seen):
            continue
        if not (m.group("asuf") or m.group("desc")):
            glued = _glued_case(g, text, *aspan)
            if glued is None:
                continue  # "Kazakistan kuzeyinde": no case, no "of"
            aspan = (aspan[0], glued[0])
        end = m.end()
        pieces = (Piece("anchor", text[aspan[0]:aspan[1]], aspan), Piece("direction", word, m.span("dir")))
        out.append(Statement(
            kind="direction", text=text[aspan[0]:end], span=(aspan[0], end), anchor=text[aspan[0]:aspan[1]],
            anchor_span=aspan, direction=point, bearing_deg=lx.COMPASS[point],
            bearing_halfwidth_deg=halfwidth_deg(point), pieces=pieces, lang=g.code,
        ))
    return out


def _near(g: _Grammar, text: str, windows, seen: _SentenceCache) -> list[Statement]:
    from geo.extract.text import contains_any, finditer_in, sentence_at

    out: list[Statement] = []
    patterns = [(g.near, "near")] + ([(g.arrival, "verb")] if g.arrival is not None else [])
    for pattern, group in patterns:
        for m in finditer_in(pattern, text, windows, lookahead=80):
            if group == "near" and _adjectival_before_name(g, text, m.end("near"), m.group("near")):
                continue
            aspan = _trim_name(g, text, m.start("name"), m.end("name"))
            if aspan is None:
                continue
            glued = _glued_case(g, text, *aspan, cases="g")
            if glued is not None:
                aspan = (aspan[0], glued[0])
            if _elsewhere(g, text, m.start(), m.end(), seen):
                continue
            if group == "verb" and contains_any(text[slice(*sentence_at(text, m.start()))], g.aircraft):
                continue  # "the plane landed at the town": a transfer flight
            cue = m.group("near") if group == "near" else m.group("desc")
            cue_span = m.span("near") if group == "near" else m.span("desc")
            end = m.end(group)
            out.append(Statement(
                kind="near", text=text[aspan[0]:end], span=(aspan[0], end), anchor=text[aspan[0]:aspan[1]],
                anchor_span=aspan, qualifier=cue,
                pieces=(Piece("anchor", text[aspan[0]:aspan[1]], aspan), Piece("qualifier", cue, cue_span)),
                lang=g.code,
            ))
    return out


def find_statements(text: str) -> list[Statement]:
    """Every landing statement in this word order, in reading order."""
    from geo.extract.statements import _landing

    grammars = _grammars()
    if not grammars or not text:
        return []
    windows = _landing(text)
    if not windows:
        return []
    seen: _SentenceCache = {}
    found = [s for g in grammars for finder in (_offsets, _directions, _near)
             for s in finder(g, text, windows, seen)]
    # Where readings overlap (a Turkish sentence read by the Kazakh grammar too, an offset and the
    # direction inside it), the fullest one wins: most pieces, then the longest span. The kept spans never
    # overlap, so a binary search over their starts finds the only two that could.
    found.sort(key=lambda s: (-len(s.pieces), -(s.span[1] - s.span[0]), s.span))
    out: list[Statement] = []
    starts: list[int] = []
    for s in found:
        i = bisect_left(starts, s.span[0])
        if (i > 0 and out[i - 1].span[1] > s.span[0]) or (i < len(out) and out[i].span[0] < s.span[1]):
            continue
        starts.insert(i, s.span[0])
        out.insert(i, s)
    return sorted(out, key=lambda s: s.span)

