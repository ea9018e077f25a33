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


# Chinese marks no tense: a landing verb that ends its clause ("返回舱在内蒙古中部着陆。", "...着陆了") reports the
# landing, unless the sentence announces one (将, 预计: announces_landing).
_CJK_CLAUSE_FINAL_LANDING = re.compile(r"(?:着陆|着陸|著陸|降落|落地|着地|着水|溅落|濺落)(?:了|。|，|,|；|$)")


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
        _SEPARABLE_PAST.search(sentence) is not None or \
        (_CJK_CLAUSE_FINAL_LANDING.search(sentence) is not None and not announces_landing(sentence)
         and not _announces_in_cjk(sentence))


@lru_cache(maxsize=1)
def _cjk_future() -> tuple[re.Pattern[str], tuple[str, ...]]:
    from geo.extract.languages import ja, zh

    cues = {*zh.CJK_FUTURE_CUES, *ja.CJK_FUTURE_CUES}
    exceptions = (*zh.CJK_FUTURE_EXCEPTIONS, *ja.CJK_FUTURE_EXCEPTIONS)
    return re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))), exceptions


def _announces_in_cjk(sentence: str) -> bool:
    """预计, 将于, 計劃在 ...: a landing to come (按计划, 如期: as planned, one that happened)."""
    future, exceptions = _cjk_future()
    for x in exceptions:
        sentence = sentence.replace(x, "\x00")
    return future.search(sentence) is not None
