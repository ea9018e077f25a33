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


def is_capitalised(word: str) -> bool:
    """True when a word starts with an upper-case letter, in any script."""
    return bool(word) and word[0].isupper()
