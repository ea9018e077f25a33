"""Word lists of the languages read beyond the eight in ``geo.extract.lexicon``, one module per language.

Why one module per language: a language is added (or corrected) by someone who reads it, in one file,
without touching the grammar. Each module defines any of the lexicon's list names (``FIELDS``) with the
same meaning and format as in ``lexicon.py``; ``lexicon`` appends them to its own lists at import, so the
grammar in ``statements.py``, ``tense.py`` and ``hints.py`` reads every language the same way. ``NUMBERS``
(word -> value, summed like "сто п'ятдесят" = 100 + 50, a thousand word multiplies) feeds
``geo.extract.numbers``.

>>> from geo.extract import lexicon
>>> "kilometer" in lexicon.UNIT_WORDS["km"]
True
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

# ISO 639-1 codes; each is a module here.
LANGUAGES: tuple[str, ...] = ("nl", "ro", "cs", "lt", "uk", "kk", "tr", "ar", "zh", "ja")

# Tuple-valued lists (appended) and dict-valued ones (appended per key) that a module may define.
TUPLE_FIELDS: tuple[str, ...] = (
    "DIRECTION_ROOTS", "DIRECTION_SUFFIXES", "DIRECTION_PREFIXES", "RELATIONS", "DESCRIPTORS", "UNNAMED_ANCHORS",
    "FACILITY_WORDS", "NEAR_WORDS", "LANDING_CUES", "NOT_LANDING_CUES", "FUTURE_AUXILIARIES",
    "LANDING_INFINITIVES", "FUTURE_LANDING_PHRASES", "PAST_LANDING_FORMS", "NOT_GROUND_AFTER", "REGION_WORDS",
    "DEMONYMS", "NOT_NEAR_CUES", "DESCRIPTOR_WORDS", "OFFSHORE_WORDS", "AS_PLANNED", "NEGATIONS", "DEBRIS_WORDS",
    "LANDING_SITE_WORDS", "RELATIVE_WORDS", "POSTPOSED_QUALIFIERS", "PRENOMINAL_DISTANCE", "NEAR_AFTER_LANDING",
    "LANDED_VERBS",
)
DICT_FIELDS: tuple[str, ...] = ("UNIT_WORDS", "QUALIFIERS", "AREA_PARTS")
# COUNTRY_ADJECTIVES and APPROXIMATE_NUMBERS are updated key by key; NUMBERS and NUMBER_MULTIPLIERS (words
# that multiply the number before them: Romanian "două sute", Czech "dvě stě") feed geo.extract.numbers.
FIELDS = (*TUPLE_FIELDS, *DICT_FIELDS, "COUNTRY_ADJECTIVES", "APPROXIMATE_NUMBERS", "NUMBERS", "NUMBER_MULTIPLIERS")


@lru_cache(maxsize=1)
def modules() -> tuple[ModuleType, ...]:
    """Every language module, in ``LANGUAGES`` order."""
    return tuple(importlib.import_module(f"{__name__}.{code}") for code in LANGUAGES)
