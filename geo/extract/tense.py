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
from geo.extract.text import alternation, contains_any


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


# German reports a landing with a separable verb whose particle closes the clause: "Die Kapsel setzte um 10:57 Uhr
# in der kasachischen Steppe auf", "schlug ... auf", "ging ... nieder". The finite verb stands far before the
# particle, so no single past form holds both; a particle followed by more words ("setzte auf eine neue
# Strategie") is a different verb and is not taken.
_SEPARABLE_PAST = re.compile(
    r"(?<![\w])(?:setzte|setzten|schlug|schlugen|ging|gingen)(?![\w])[^.;!?\n]{0,200}?(?<![\w])(?:auf|nieder)"
    r"(?=\s*(?:[.;,!?)]|$)|\s+(?:und|—|–)\s)",
    re.IGNORECASE,
)


# A landing told as a noun with a verb of doing or happening: "made a soft landing", "совершил мягкую посадку",
# "a effectué un atterrissage", "realizó un aterrizaje", "the splashdown took place / occurred", "das Landung
# erfolgte", "приземление состоялось". Up to two words (adjectives) may stand between.
_NOUN_EVENT_PAST = re.compile(
    r"(?<![\w])(?:"
    r"(?:made|performed|completed)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:landing|splashdown|touchdown)"
    r"|соверши(?:л|ла|ли|ло)\s+(?:[\w-]+\s+){0,2}(?:посадку|приземление|приводнение)"
    r"|(?:a|ont)\s+effectué\s+(?:un|son|leur)\s+(?:[\w-]+\s+){0,2}(?:atterrissage|amerrissage)"
    r"|realiz(?:ó|aron)\s+(?:un|su)\s+(?:[\w-]+\s+){0,2}(?:aterrizaje|amerizaje|amerizaje)"
    r"|(?:landing|splashdown|touchdown)\s+(?:took\s+place|occurred|happened)"
    r"|(?:посадка|приземление|приводнение)\s+(?:прошла|прошло|состоялась|состоялось)"
    r")(?![\w])",
    re.IGNORECASE,
)


def reports_past_landing(sentence: str) -> bool:
    """True when ``sentence`` reports a landing as done: a past landing form, a German separable verb in the
    past whose particle closes the clause, or a Chinese landing verb closing its clause in a sentence that
    announces nothing.

    >>> reports_past_landing("Die Kapsel setzte sanft in Kasachstan auf.")
    True
    >>> reports_past_landing("Die Behörde setzte auf eine Landung in Kasachstan.")
    False
    >>> reports_past_landing("返回舱在内蒙古中部着陆。"), reports_past_landing("返回舱将于明天在内蒙古着陆。")
    (True, False)
    """
    return contains_any(sentence.lower(), lx.PAST_LANDING_FORMS) is not None or \
        _SEPARABLE_PAST.search(sentence) is not None or _NOUN_EVENT_PAST.search(sentence) is not None or \
        (_cjk_reports_landing(sentence) and not announces_landing(sentence))


def _cjk_reports_landing(sentence: str) -> bool:
    from geo.extract import cjk  # the Chinese and Japanese verbs and future words live with that reader

    return cjk.reports_landing(sentence)
