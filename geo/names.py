"""Name normalisation shared by the gazetteer and the extractor.

Place names reach us in many scripts and spellings (Jezkazgan, Zhezkazgan, Dzhezkazgan,
Жезказгана, Żezkazganu, Sheskasgan, Dscheskasgan). Two keys make them comparable:

- ``key``: transliterated to ASCII with ``anyascii``, lower-cased, punctuation folded to
  single spaces. Equal keys mean "the same spelling up to script and case".
- ``skeleton``: a rough phonetic key over ``key`` that merges the consonants different
  transliteration traditions write differently (zh/j/dzh/sh/sch/dsch, z/s, q/k, kh/h,
  gh/g, w/v, y/i ...), drops spaces and collapses doubled letters. Equal skeletons mean
  "probably the same name heard through another language".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SOUND_LETTERS = str.maketrans(
    {"ż": "zh", "Ż": "Zh", "ž": "zh", "Ž": "Zh", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ş": "sh", "Ş": "Sh"}
)

# Ordered: longer clusters first so "dsch" is not read as "d" + "sch".
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("dsch", "j"),
    ("tsch", "c"),
    ("sch", "j"),
    ("zh", "j"),
    ("sh", "j"),
    ("dj", "j"),
    ("dz", "j"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("z", "s"),
    ("y", "i"),
    ("ie", "i"),
    ("ou", "u"),
)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """ASCII, lower-case, punctuation-folded form of a name ("Jezqazğan" -> "jezqazgan")."""
    text = unicodedata.normalize("NFKC", name)
    # anyascii maps "ł" and "ż" sensibly but turns apostrophe-like letters into quotes;
    # drop those before folding so "Jezqazg'on" keys like "jezqazgon".
    text = text.replace("ʼ", "").replace("’", "").replace("'", "").replace("ˌ", "")
    # Slavic and Turkic letters whose sound anyascii would flatten ("Ż" -> "Z"): keep the
    # digraph so Polish "Żezkazgan" meets Russian "Жезказган".
    text = text.translate(_SOUND_LETTERS)
    return _NON_ALNUM.sub(" ", anyascii(text).lower()).strip()


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """Phonetic key that survives transliteration differences (see module docstring)."""
    s = key(name).replace(" ", "")
    for old, new in _SKELETON_RULES:
        s = s.replace(old, new)
    # "j" at the start of Spanish/Czech spellings vs. "i": leave it; collapse doubles.
    return re.sub(r"(.)\1+", r"\1", s)


class RatioIndex:
    """Strings grouped by length, searched with rapidfuzz's ``fuzz.ratio`` above a cutoff.

    Why: a ratio of at least ``c`` is impossible between strings whose lengths differ too much
    (the ratio is at most 200·min(l1, l2)/(l1 + l2)), so only a band of lengths needs scoring: at a
    cutoff of 90 that halves a lookup among the 30,000 region names (at the gazetteer's looser 84 the
    band is wide and one whole-list call is faster, so it keeps that). ``extract`` returns
    exactly what ``rapidfuzz.process.extract`` over the whole list returns: (string, score, position),
    best score first, ties in list order.
    """

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        by_length: dict[int, tuple[list[str], list[int]]] = {}
        for i, s in enumerate(strings):
            bucket = by_length.setdefault(len(s), ([], []))
            bucket[0].append(s)
            bucket[1].append(i)
        self._by_length = by_length

    def extract(self, query: str, cutoff: float, limit: int) -> list[tuple[str, float, int]]:
        from rapidfuzz import fuzz, process

        n = len(query)
        if cutoff <= 0 or n == 0:
            return [(s, score, i) for s, score, i in
                    process.extract(query, self.strings, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]
        shortest = int(n * cutoff / (200.0 - cutoff)) - 1  # a margin of one on each side for rounding
        longest = int(n * (200.0 - cutoff) / cutoff) + 2
        hits: list[tuple[str, float, int]] = []
        for length in range(max(shortest, 0), longest + 1):
            bucket = self._by_length.get(length)
            if bucket is None:
                continue
            strings, positions = bucket
            for s, score, j in process.extract(query, strings, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit):
                hits.append((s, score, positions[j]))
        hits.sort(key=lambda h: (-h[1], h[2]))
        return hits[:limit]
