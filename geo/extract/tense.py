"""Whether a sentence announces a landing still to come rather than reporting one.

A planned landing is described with exactly the grammar of a real one ("soll nächste Woche etwa
220 Kilometer östlich der Stadt X landen"), and in verb-final or subordinate-clause word order the
tell comes after the distance, out of reach of the words-before check in ``statements``. So the
whole sentence is read: an auxiliary followed by a landing infinitive, or a future/plan phrase,
makes it an announcement, unless the sentence also has a past landing form ("landed as planned",
"soll ... gelandet sein", reported speech).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.extract import lexicon as lx
from geo.extract.text import alternation


def _words(words: tuple[str, ...]) -> str:
    return rf"(?<![\w])(?:{alternation(words)})(?![\w])"


# At most this many characters between the auxiliary and its infinitive: a clause, not a page. The bound
# also keeps the search linear in a hostile "sentence" of megabytes full of auxiliaries.
AUXILIARY_REACH = 200
_AUXILIARY_THEN_INFINITIVE = re.compile(
    _words(lx.FUTURE_AUXILIARIES) + rf".{{0,{AUXILIARY_REACH}}}?" + _words(lx.LANDING_INFINITIVES),
    re.IGNORECASE | re.DOTALL,
)
_FUTURE_PHRASE = re.compile(_words(lx.FUTURE_LANDING_PHRASES), re.IGNORECASE)
_PAST_FORM = re.compile(_words(lx.PAST_LANDING_FORMS), re.IGNORECASE)


@lru_cache(maxsize=256)
def announces_landing(sentence: str) -> bool:
    """True when ``sentence`` speaks of a landing to come and of none that happened."""
    if not (_AUXILIARY_THEN_INFINITIVE.search(sentence) or _FUTURE_PHRASE.search(sentence)):
        return False
    return _PAST_FORM.search(sentence) is None
